"""Two text columns of structured text (headings, short list items, lead-ins), as plan
templates set them: hand-built pages for the column stage (round trip seeds 11 and 12)."""

from __future__ import annotations

from test_layout_support import line_words

from plancheck.layout.columns import Region, _headed_pair, looks_like_columns, xy_cut
from plancheck.layout.settings import DEFAULT
from plancheck.layout.words import Word

LEFT, RIGHT, GUTTER = 62.0, 306.0, 290.0
FULL = "lang linje som fyller hele spalten ut mot"  # 5 pt a letter: about 220 pt, the column's width


def section(x: float, top: float, heading: str, items: int) -> tuple[list[Word], float]:
    """A heading in larger type, then list items of one full line and a short last line."""
    words = line_words(heading, x, top, size=13)
    top += 24
    for k in range(items):
        words += line_words(f"{k + 1}. {FULL}", x, top)
        words += line_words("slutt", x + 12, top + 12)
        top += 30
    return words, top + 10


def side_of(region: Region) -> str:
    return "left" if region.x1 <= GUTTER else "right" if region.x0 >= GUTTER else "both"


def test_columns_of_headings_and_short_list_lines_are_read_column_by_column():
    """Most lines are short (headings, the last lines of items), so the median line does not
    fill the column; the lines that wrap do, and the page is two columns."""
    words = line_words("Tittel på planen", LEFT, 40, size=18)
    top_l, top_r = 80.0, 86.0
    for name in ("Mål", "Strategier"):
        part, top_l = section(LEFT, top_l, name, 2)
        words += part
        part, top_r = section(RIGHT, top_r, name + " to", 1)
        words += part
    regions = xy_cut(words, 595)
    sides = [side_of(r) for r in regions if r.top > 70]
    assert "both" not in sides
    assert sides == sorted(sides)  # every left region before every right one


def test_headings_level_in_both_columns_do_not_make_a_table():
    """Headings at the same heights in both columns match paragraph breaks as a table's rows
    would, but the other breaks start beside the middle of a line of the other column."""
    words: list[Word] = []
    for s in range(4):
        top = 60.0 + 100 * s
        words += line_words(f"Overskrift {s} venstre", LEFT, top, size=12)
        words += line_words(f"Overskrift {s} høyre", RIGHT, top, size=12)
        for t in (20, 34, 48, 69, 83):  # a new paragraph at 69
            words += line_words(FULL, LEFT, top + t)
        for t in (20, 41, 55, 76, 90):  # new paragraphs at 41 and 76: beside the middle of a left line
            words += line_words(FULL, RIGHT, top + t)
    left = [w for w in words if w.x1 <= GUTTER]
    right = [w for w in words if w.x0 >= GUTTER]
    assert looks_like_columns([left, right], 595)
    regions = xy_cut(words, 595)
    sides = [side_of(r) for r in regions]
    assert "both" not in sides
    assert sides == sorted(sides)


def test_a_title_over_columns_split_by_level_headings_is_read_before_whole_columns():
    """A vision line across part of the gutter sits in the same band as the first line of the
    right column; under it the columns have a blank band across both (headings level). The
    title and vision are read first, then the left column to its end, then the right one."""
    words = line_words("Tittel på planen over to spalter", LEFT, 40, size=18)
    words += line_words("Visjonen står over begge spaltene og går forbi midten av siden", LEFT, 70)
    words += line_words("Strategier høyre", RIGHT, 88, size=12)
    top_r = 108.0
    for _ in range(3):
        words += line_words(FULL, RIGHT, top_r)
        top_r += 14
    top_l = 104.0
    part, top_l = section(LEFT, top_l, "Mål venstre", 3)
    words += part
    # both columns start a heading at the same height, with blank space above it in both
    top = max(top_l, top_r + 20)
    part, _ = section(LEFT, top, "Strategier venstre", 2)
    words += part
    part, _ = section(RIGHT, top, "Mål høyre", 2)
    words += part
    regions = xy_cut(words, 595)
    below = [side_of(r) for r in regions if r.top > 85]
    assert "both" not in below
    assert below == sorted(below)


def test_the_short_last_line_of_a_paragraph_over_columns_stays_with_its_paragraph():
    """The paragraph across the top ends in a short line over the left column: it is the
    paragraph's, not the first line of that column."""
    words = line_words("Tittel på planen over to spalter", LEFT, 40, size=18)
    words += line_words("Innledningen går over begge spaltene og forbi midten av siden helt ut", LEFT, 70)
    words += line_words("og slutter her.", LEFT, 82)
    top = 110.0
    for name in ("Mål", "Strategier"):
        part, _ = section(LEFT, top, name + " venstre", 2)
        words += part
        part, top = section(RIGHT, top + 4, name + " høyre", 3)
        words += part
    regions = xy_cut(words, 595)
    ends = next(r for r in regions if any(w.text == "slutter" for w in r.words))
    assert any(w.text == "Innledningen" for w in ends.words) and not ends.column
    below = [side_of(r) for r in regions if r.top > 100]
    assert "both" not in below and below == sorted(below)


def test_a_paragraph_over_columns_that_runs_to_the_page_end_is_no_peel():
    """When the lines that go on with the top paragraph reach the end of the page, nothing is
    left to split into columns (Knoxville p. 11 raised an IndexError here)."""
    words = line_words("Innledningen går over begge spaltene og forbi midten av siden helt ut", LEFT, 70)
    for k in range(8):
        words += line_words(FULL, LEFT, 84 + 12 * k)
        words += line_words(FULL, RIGHT, 84 + 12 * k)
    regions = xy_cut(words, 595)
    assert sum(len(r.words) for r in regions) == len(words)


def test_level_headings_and_items_in_both_columns_are_not_table_rows():
    """Two columns of one design: headings and items start level on both sides (most breaks
    match as a table's rows would), but one column's new item starts level with a line that
    goes on from the line above in the other. A table row starts at one top in every cell,
    so the page is read column by column."""
    words: list[Word] = []
    for x, starts in ((LEFT, (0, 40, 94, 146, 186)), (RIGHT, (0, 40, 94, 134, 186))):
        words += line_words("Overskrift", x, 60, size=12)
        for k, t in enumerate(starts):
            words += line_words(f"{k + 1}) {FULL}", x, 80 + t)
            words += line_words("slutt", x, 80 + t + 13)
    # the left column's item at 146 starts level with the right's second line at 147
    left = [w for w in words if w.x1 <= GUTTER]
    right = [w for w in words if w.x0 >= GUTTER]
    assert looks_like_columns([left, right], 595)
    sides = [side_of(r) for r in xy_cut(words, 595)]
    assert "both" not in sides
    assert sides == sorted(sides)


def test_a_table_header_row_over_a_gutter_is_not_peeled_off_as_a_heading():
    """A table goes on at the top of a page under its header repeated: the goal and measure
    columns nearly touch, owner and deadline stand right of a gutter. The rows' breaks match
    on both sides with the header row, and the page does not split into columns; peeling the
    header row off (as a heading over columns) leaves too few matching breaks to see the
    table, so the header row, standing inside the two sides, is not peeled."""
    rows = [  # top, then (x0, x1) of each cell's text on that line: measured from a printed table
        (44.1, [(65, 99), (176, 206), (378, 414), (470, 507)]),
        (65.8, [(65, 111), (176, 353), (378, 461), (470, 516)]),
        (77.9, [(176, 345), (378, 411)]),
        (90.0, [(176, 366)]),
        (111.7, [(65, 165), (176, 363), (378, 430), (470, 529)]),
        (123.8, [(65, 367), (378, 455)]),
        (135.9, [(65, 156), (176, 254)]),
        (148.0, [(65, 158)]),
        (157.6, [(176, 369), (470, 517)]),
        (169.7, [(176, 350)]),
        (181.8, [(176, 268)]),
        (203.5, [(65, 147), (176, 332), (378, 461), (470, 528)]),
        (215.6, [(65, 307)]),
        (227.7, [(65, 167), (176, 367)]),
        (239.8, [(176, 355)]),
    ]
    words = [w for top, cells in rows for x0, x1 in cells for w in _filled(x0, x1, top)]
    regions = xy_cut(words, 595)
    assert not any(r.column for r in regions)


def _filled(x0: float, x1: float, top: float) -> list[Word]:
    """Words about 30 pt wide, a 3 pt space apart, filling ``x0``..``x1`` on one line."""
    out, x = [], x0
    while x < x1:
        end = min(x + 30, x1)
        out.append(Word("ord", x, top, end, top + 10.5, 10.5))
        x = end + 3
    return out


def test_an_outline_beside_two_owner_rows_one_wrapped_is_one_table_not_two_columns():
    """An outline's lines at the left and, beside two of its measures, the owner and deadline
    cells at the right, the second deadline wrapped onto a line of its own: the right side has
    only two rows, both level with a line at the left. Its lines hold wide-gapped cells: the
    columns of one table, read row by row (not the outline, then the cells)."""
    words: list[Word] = []
    for top, text, x in ((100, "All pupils will have a wide range of leisure activities", 60),
                         (118, "Strengthen partnership working across services", 80),
                         (134, "Introduce low-carbon requirements in all", 100),
                         (150, "Work closely with the voluntary and community sector", 80),
                         (166, "Roll out a daily mile in every primary school", 100),
                         (194, "Use new technology where it improves services", 80)):
        words += line_words(text, x, top)
    words += line_words("Housing Services", 350, 134) + line_words("Q3 2027", 505, 134)
    words += line_words("All departments", 350, 166) + line_words("by the end of", 470, 166)
    words += line_words("2027", 520, 178)
    regions = xy_cut(words, 595)
    assert len(regions) == 1


def test_a_two_column_table_whose_left_cells_never_wrap_is_no_pair_of_text_columns():
    """'Tiltak | Ansvar (frist)' without rules: every action one line, rows 18 pt apart; the
    owner cells beside them, some wrapped at the 14 pt leading. The left side alone shows no
    leading (its narrowest step is a row), so its rows are measured with the right side's: the
    breaks of both sides fall together and the page is a table, read row by row."""
    words: list[Word] = []
    top = 100.0
    for k in range(12):
        words += line_words(f"Gjennomføre tiltak nummer {k + 1:02d} i hele kommunen", LEFT, top)
        words += line_words(f"Enhet {k + 1:02d} og Tildelingskontoret", RIGHT, top)
        if k % 3 == 1:  # an owner cell wrapped onto a second line: a taller row
            words += line_words("(innen utgangen av 2027)", RIGHT, top + 14)
            top += 14
        top += 18
    left = [w for w in words if w.x1 <= GUTTER]
    right = [w for w in words if w.x0 >= GUTTER]
    assert not looks_like_columns([left, right], 595)
    # two text columns of one design still are: both sides wrap at the leading
    words = []
    for side, space in ((LEFT, 6), (RIGHT, 11)):
        top = 100.0
        for _k in range(6):
            for _ in range(3):
                words += line_words(FULL, side, top)
                top += 14
            top += space  # paragraphs spaced apart, their breaks never level
    left = [w for w in words if w.x1 <= GUTTER]
    right = [w for w in words if w.x0 >= GUTTER]
    assert looks_like_columns([left, right], 595)


def test_an_unruled_table_of_three_rows_is_no_pair_of_text_columns():
    """Three rows: two breaks on each side, both level, and the first row starts level on both
    sides too — three row starts, as many as a longer table needs. The actions fill their
    column (one wraps), the owner cells wrap at the leading; read row by row."""
    words: list[Word] = []
    top = 120.0
    for k, (left_lines, right_lines) in enumerate(((1, 2), (1, 3), (2, 3))):
        for i in range(left_lines):
            words += line_words(FULL if i == 0 else "og skolen", LEFT, top + 12 * i)
        for i in range(right_lines):
            words += line_words(f"Enhet {k} og omsorg" if i == 0 else "helsestasjonen", RIGHT, top + 12 * i)
        top += 12 * max(left_lines, right_lines) + 10
    left = [w for w in words if w.x1 <= GUTTER]
    right = [w for w in words if w.x0 >= GUTTER]
    assert not looks_like_columns([left, right], 595)
    # the first lines not level (the right side starts a line lower, its breaks with it): two
    # breaks in common are not enough
    from plancheck.layout.columns import _breaks_match
    from plancheck.layout.settings import DEFAULT

    assert _breaks_match(left, right, DEFAULT)
    lower = [Word(w.text, w.x0, w.top + 12, w.x1, w.bottom + 12, w.size) if w.top < 150 else w for w in right]
    assert not _breaks_match(left, lower, DEFAULT)


def test_an_unruled_two_column_table_across_the_middle_of_a_landscape_page_is_no_spread():
    """Nothing stands at the middle of the landscape page (the actions end short of it, the
    owners start past it), as at the fold of two pages printed side by side; but the rows'
    breaks fall together on both sides: one table, not two pages."""
    from plancheck.layout.columns import spread_halves

    words: list[Word] = []
    top = 100.0
    for k in range(10):
        words += line_words(f"Gjennomføre tiltak nummer {k + 1:02d} i hele kommunen", 62.0, top)
        words += line_words(f"Enhet {k + 1:02d} og Tildelingskontoret", 470.0, top)
        if k % 3 == 1:
            words += line_words("(innen utgangen av 2027)", 470.0, top + 14)
            top += 14
        top += 18
    assert spread_halves(words, 842.0, 595.0) is None
    # two pages side by side, each a column of text, still are a spread
    pages: list[Word] = []
    for x in (62.0, 470.0):
        top = 100.0
        for _k in range(5):
            for _ in range(3):
                pages += line_words(FULL[:60], x, top)
                top += 14
            top += 6 if x < 400 else 11
    assert spread_halves(pages, 842.0, 595.0) is not None


def test_one_odd_narrow_step_is_no_leading_two_text_columns_share():
    """Two columns of running text set alike, level line for line, one holding a short label
    9 pt under one of its lines (an icon's caption): that one narrow step is not the leading
    of the side, so the other side's lines are not all breaks at it, and the page stays two
    text columns (with the odd step taken for the leading both sides' lines are breaks that
    fall together, and the columns were read row by row as a table)."""
    from plancheck.layout.settings import DEFAULT

    words: list[Word] = []
    for side in (LEFT, RIGHT):
        for k in range(18):  # lines level on both sides, paragraphs set without space
            words += line_words(FULL, side, 100.0 + 14 * k)
    words += line_words("C.I.", LEFT + 150, 109.0)
    left = [w for w in words if w.x1 <= GUTTER]
    right = [w for w in words if w.x0 >= GUTTER]
    assert looks_like_columns([left, right], 595)
    assert not looks_like_columns([left, right], 595, DEFAULT.model_copy(update={"shared_leading_min_ratio": 0.0}))


def test_a_table_whose_few_wrapped_cells_show_the_leading_is_read_row_by_row():
    """Rows 18 pt apart, one line each but for a few cells on each side that wrap at the 12 pt
    leading — fewer than a fifth of all the steps, so a low quantile of the steps is the row's
    step. Both sides' narrowest steps agree: that is the leading, and each row starts a cell
    on both sides (a table), not a line that goes on from the row above."""
    words: list[Word] = []
    top = 100.0
    for k in range(16):
        words += line_words(f"Gjennomføre tiltak nummer {k + 1:02d} i hele kommunen", LEFT, top)
        words += line_words(f"Enhet {k + 1:02d} og Tildelingskontoret", RIGHT, top)
        lines = 1
        if k in (2, 9):
            words += line_words("og skolen", LEFT, top + 12)
            lines = 2
        if k in (5, 12):
            words += line_words("(innen utgangen av 2027)", RIGHT, top + 12)
            lines = 2
        top += 12 * (lines - 1) + 18
    left = [w for w in words if w.x1 <= GUTTER]
    right = [w for w in words if w.x0 >= GUTTER]
    assert not looks_like_columns([left, right], 595)


def test_a_table_whose_cells_never_wrap_is_read_row_by_row():
    """'Activities | Department (by when)' on a landscape page: every cell one line, the rows
    two sizes apart, so no step is a line's leading; group rows on the left only leave the
    right side's cells further apart. Each line starts a cell, and the starts of the right
    side's cells all stand level with rows of the left: a table. Two text columns whose
    lines step one and a half sizes are still columns."""
    words: list[Word] = []
    top = 80.0
    for k in range(7):
        if k in (0, 4):
            words += line_words(f"Mål {k + 1}: alle skal ha et godt tilbud", LEFT, top)
        else:
            words += line_words(f"Gjennomføre tiltak nummer {k + 1:02d} i hele kommunen", LEFT, top)
            words += line_words(f"Enhet {k + 1:02d} og omsorg, Kulturenheten (2027)", RIGHT, top)
        top += 21
    left = [w for w in words if w.x1 <= GUTTER]
    right = [w for w in words if w.x0 >= GUTTER]
    assert not looks_like_columns([left, right], 595)
    words = []
    for side, first in ((LEFT, 80.0), (RIGHT, 80.0)):
        top = first
        for k in range(12):
            words += line_words(FULL, side, top)
            top += 15 + (10 if k % 4 == 3 and side == LEFT else 0) + (10 if k % 5 == 4 and side == RIGHT else 0)
    left = [w for w in words if w.x1 <= GUTTER]
    right = [w for w in words if w.x0 >= GUTTER]
    assert looks_like_columns([left, right], 595)


def test_the_last_rows_of_a_short_table_are_not_peeled_off_as_a_closing_line():
    """A heading over a short unruled table whose last rows' actions run close to the owner
    column: the rows above alone are too few to show a table and would split as two columns
    under the heading, the last rows a line across them. But those rows stand inside the
    sides, each cell in its column, and leave the gutter open, as a header row does: the
    whole is one region (a table), not columns with a closing line."""
    words = line_words("Handlingsplan", LEFT, 60, size=14)
    words += line_words("Tiltak", LEFT + 2, 86)
    words += line_words("Ansvar (frist)", RIGHT, 86)
    top = 104.0
    rows = [
        ("Mål 1: alle skal få hjelp tidlig", None),
        ("Gjennomføre hjemmebesøk hos alle", ("Kommunalsjef helse og omsorg", "(31.12.2026)")),
        ("Mål 2: alle skal ha et godt tilbud", None),
        ("Kartlegge skoleveier ved alle skolene", ("Rådmannen, Kulturenheten", "(2026–2028)")),
        ("Revidere rutinen for overgang fra barnehagen", ("Innkjøp, Veg (Ved behov)", None)),
        ("Etablere et tverrfaglig team for familier nå", ("Leder for Bolig, Veg", "(2026–2028)")),
    ]
    for action, cell in rows:
        words += line_words(action, LEFT + 2, top)
        if cell is None:
            top += 18
            continue
        words += line_words(cell[0], RIGHT, top)
        if cell[1]:
            words += line_words(cell[1], RIGHT, top + 12)
            top += 12
        top += 18
    regions = xy_cut(words, 595)
    assert not any(r.column for r in regions), [(r.column, " ".join(w.text for w in r.words)[:40]) for r in regions]


def test_two_short_columns_each_under_its_heading_are_columns():
    """'Focus area' over a paragraph beside 'Goals' over one numbered goal, each three lines:
    the right side's short lines (its heading, the goal's last line) leave too few filled lines
    for a text column, and no break is shared to make a table. Each side opens with a heading
    set larger than the lines under it, which wrap at the side's edge, and the sides are of one
    width: two columns. A two-row table whose head row is set in the body's size is not."""
    half = "ord som fyller spalten ut mot kanten"  # 36 letters: about 200 pt
    words = line_words("Et godt samfunn", LEFT, 100, size=14)
    words += line_words(half, LEFT, 118) + line_words("men ikke alle", LEFT, 132) + line_words("slutt.", LEFT, 146)
    words += line_words("Hovedmål", RIGHT, 100, size=14)
    words += line_words("1. " + half, RIGHT, 118) + line_words("er enkle", RIGHT, 132)
    left = [w for w in words if w.x1 <= GUTTER]
    right = [w for w in words if w.x0 >= GUTTER]
    assert looks_like_columns([left, right], 595)
    flat = [Word(w.text, w.x0, w.top, w.x1, w.top + 10, 10) for w in words]
    left = [w for w in flat if w.x1 <= GUTTER]
    right = [w for w in flat if w.x0 >= GUTTER]
    assert not looks_like_columns([left, right], 595)


def test_columns_under_a_line_across_are_found_when_their_lines_interleave():
    """A vision line across the page, then two short columns whose headings stand at different
    heights, so their lines interleave: the rows of the whole are more than either side's. The
    line across is peeled off the top even when fewer than two sides' worth of rows are left
    under it, and the columns are read one after the other."""
    half = "ord som fyller spalten ut mot kanten"
    words = line_words("Visjon", LEFT, 60, size=16)
    words += line_words("Sammen skaper vi et trygt og godt lokalsamfunn for alle som bor her", LEFT, 86)
    words += line_words("Overordnede mål", RIGHT, 104, size=13)
    words += line_words("Attraktiv kommune", LEFT, 119, size=16)
    words += line_words("1. " + half, RIGHT, 131) + line_words("bolig i hele perioden", RIGHT, 145)
    words += line_words(half, LEFT, 145) + line_words("vil stige i perioden.", LEFT, 159)
    regions = xy_cut(words, 595)
    texts = [" ".join(w.text for w in sorted(r.words, key=lambda w: (w.top, w.x0))) for r in regions]
    left = next(k for k, t in enumerate(texts) if "Attraktiv" in t)
    right = next(k for k, t in enumerate(texts) if "Overordnede" in t)
    assert "Overordnede" not in texts[left] and "Attraktiv" not in texts[right]
    assert left < right


def test_two_headed_sides_whose_breaks_fall_level_are_columns():
    """Two focus areas side by side, each a heading set larger than its text over a paragraph
    that wraps, their lines level row for row (the sides were laid out alike): the breaks match
    as a table's rows would, but a table's head row is set in its body's size. Two columns;
    set in one size, the same lines are a table."""
    half = "ord som fyller spalten ut mot kanten"
    words = line_words("Klima og natur", LEFT, 100, size=16)
    words += line_words(half, LEFT, 124) + line_words("og litt til.", LEFT, 136)
    words += line_words("A " + half, LEFT, 160) + line_words("med mer.", LEFT, 172)
    words += line_words("Trygge oppvekstvilkår", RIGHT, 100, size=16)
    words += line_words(half, RIGHT, 124) + line_words("for alle barn.", RIGHT, 136)
    words += line_words("C " + half, RIGHT, 160) + line_words("og unge.", RIGHT, 172)
    left = [w for w in words if w.x1 <= GUTTER]
    right = [w for w in words if w.x0 >= GUTTER]
    assert looks_like_columns([left, right], 595)
    flat = [Word(w.text, w.x0, w.top, w.x1, w.top + 10, 10) for w in words]
    left = [w for w in flat if w.x1 <= GUTTER]
    right = [w for w in flat if w.x0 >= GUTTER]
    assert not looks_like_columns([left, right], 595)


def test_a_gutter_left_open_by_the_word_gaps_of_letter_spaced_lines_is_none():
    """Two long headings in letter-spaced display type (13 pt, 3.4 pt tracking: word gaps of
    10.4 pt, as wide as a narrow gutter) over the rows of a definition list on a landscape page:
    their word gaps happen to fall level near x 170 and x 500, where no row reaches. The
    headings run across both, so no gutter stands there; with no tracking known it is one.
    Two such headings side by side with a gutter wider than their word gaps keep it."""
    heads = {
        88.5: [(62.5, 122.0), (132.4, 165.0), (175.3, 209.3), (219.7, 296.8), (307.3, 335.7), (346.1, 368.0),
               (378.3, 436.5), (446.8, 496.5), (506.9, 536.7), (547.2, 595.3), (605.8, 624.3), (634.7, 685.6)],
        367.4: [(62.5, 122.0), (132.4, 165.0), (175.3, 270.5), (280.9, 309.4), (319.8, 356.7), (367.0, 385.6),
                (396.0, 442.0), (452.4, 496.2), (506.7, 529.3), (539.7, 575.1), (585.5, 611.0), (621.4, 640.0),
                (650.3, 674.4), (684.9, 716.6)],
        382.4: [(62.5, 159.9)],
    }
    rows = {  # a label at x 65, its value's words from x 184
        111.6: [(64.7, 105.0), (184.3, 236.8), (239.7, 333.0), (336.0, 338.3), (341.1, 398.4), (401.2, 424.6), (427.5, 477.1)],
        133.3: [(64.7, 109.6), (184.3, 261.3), (264.2, 281.1), (284.0, 366.9)],
        155.0: [(64.7, 88.6), (184.3, 236.8)],
        193.9: [(64.7, 105.0), (184.3, 220.4), (223.4, 287.5), (290.5, 338.9), (341.7, 358.7), (361.6, 377.9), (380.8, 421.1),
                (424.0, 443.8), (446.7, 468.9), (471.8, 483.4), (486.4, 495.7)],
        215.6: [(64.7, 109.6), (184.3, 265.3), (268.2, 326.6)],
        237.3: [(64.7, 88.6), (184.3, 207.6)],
        276.2: [(64.7, 105.0), (184.3, 211.1), (214.1, 242.0), (244.9, 271.2), (274.1, 309.7), (312.6, 339.4), (342.3, 390.1)],
        297.9: [(64.7, 109.6), (184.3, 232.7)],
        319.6: [(64.7, 88.6), (184.3, 233.9)],
        405.5: [(64.7, 105.0), (184.3, 226.3), (229.2, 258.9), (261.8, 274.1), (277.0, 288.7), (291.6, 310.8), (313.8, 331.3),
                (334.1, 355.2), (358.1, 377.9), (380.8, 393.1), (396.0, 408.8)],
        427.2: [(64.7, 109.6), (184.3, 267.1), (270.0, 286.9), (289.8, 342.3), (345.2, 390.7)],
        448.9: [(64.7, 88.6), (184.3, 236.8)],
        487.8: [(64.7, 105.0), (184.3, 229.2), (232.1, 257.8), (260.7, 305.6), (308.5, 331.2), (334.1, 350.5), (353.4, 408.3)],
        509.5: [(64.7, 109.6), (184.3, 267.1), (270.0, 286.9), (289.8, 351.1)],
        531.2: [(64.7, 88.6), (184.3, 236.8)],
    }

    def page(tracking: float) -> list[Word]:
        words = [Word("Aaaa", 62.5, 52.9, 213.3, 68.9, 16, tracking=tracking)]
        for top, spans in heads.items():
            words += [Word("Aaaa", x0, top, x1, top + 13, 13, tracking=tracking) for x0, x1 in spans]
        for top, spans in rows.items():
            words += [Word("Aaaa", x0, top, x1, top + 10.5, 10.5) for x0, x1 in spans]
        return words

    from plancheck.layout.columns import _spaced_word_gap
    from plancheck.layout.settings import DEFAULT

    for cut in (170.1, 501.6):  # where the gutters of the page's words open
        assert _spaced_word_gap(cut, page(3.4), DEFAULT)
        assert not _spaced_word_gap(cut, page(0.0), DEFAULT)  # no tracking known: a gutter
    # two letter-spaced headings level in two columns 17 pt apart: their own gaps are 10 pt
    beside = [Word("Aaaa", x0, 90, x1, 103, 13, tracking=3.4) for x0, x1 in [(62, 120), (130, 200), (217, 260), (270, 330)]]
    assert not _spaced_word_gap(208.5, beside, DEFAULT)


def test_a_wrapped_last_cell_of_an_unruled_table_is_not_peeled_off_as_a_closing_line():
    """An unruled two-column table whose rows step about two font sizes apart (cell padding)
    and whose only wrapped cell is the last row's owner cell: with that wrapped line the sides
    show a table (the owner side's leading makes every row a break). Peeled off as a closing
    line, the rest is rows of one line each at one step on both sides, which reads as two text
    columns. A bottom line that stands inside one side, leaving the gutter open, is part of
    what did not split, not a line under columns."""
    size = 9.5
    words = line_words("Indsatser", 72, 60, size=15)
    words += line_words("Handling", 72, 86, size=size)
    words += line_words("Ansvarlig enhed (hvornår)", 371, 86, size=size)
    words += line_words("Mål 1: Familier skal have gode skrivefærdigheder", 72, 104, size=size)
    rows = [
        ("Udvide daglig bevægelse i skoletiden", "(Årligt)"),
        ("Etablere ladestandere til elbiler ved bygninger", "Jobcentret (Løbende)"),
        ("Oprette et team for familier med komplekse behov", "Familieafdelingen, Klimakoordinator"),
    ]
    top = 122.0
    for action, owner in rows:
        words += line_words(action, 72, top, size=size)
        words += line_words(owner, 371, top, size=size)
        top += 18
    words += line_words("og Ældrechef (1. marts 2027)", 371, top - 6, size=size)
    regions = xy_cut(words, 595)
    assert not any(r.column for r in regions), [(r.column, " ".join(w.text for w in r.words)[:40]) for r in regions]


def test_short_cells_beside_every_row_down_to_the_last_are_no_leftover_column():
    """An unruled table whose cells never wrap, its rows two font sizes apart (cell padding),
    the owner cells short and some rows without one (group rows): the owner side fills none of
    its lines, so it could only be the leftover lines of a text flow, and such lines stop
    above the foot of the full column beside them. Cells that run down to the last row are
    a table's column: the page is read row by row, not as two columns."""
    size = 9.5
    words = line_words("Tiltak", 68, 60, size=15)
    words += line_words("Aktivitet", 72, 86, size=size) + line_words("Ansvarleg (ferdigstilt)", 527, 86, size=size)
    rows = [
        ("Delmål 1.1: Kommunen skal vere ein trygg stad å ferdast for alle", None),
        ("Sikre trafikksikre skulevegar rundt alle barneskulane", "Familiesenteret (Vår 2027)"),
        ("Innføre rutinar for oppfølging av barn som uroar", "Rektorane"),
        ("Etablere eit lågterskeltilbod for ungdom med plager", "Helsestasjonen (2026–2028)"),
        ("Delmål 1.2: Innbyggjarane skal delta aktivt i arbeidslivet", None),
        ("Revidere ein felles rutine for overgang mellom barnehage", "Eigedom og Kommunedirektør (2026)"),
        ("Tilby kurs i relasjonsbygging for tilsette i barnehage", "Helsestasjonen og Einingsleiar barnehage (2. kvartal 2027)"),
        ("Gjennomføre heimebesøk til alle som fyller 78 år", "Leiar for tildelingskontoret (2027)"),
        ("Mål 2: Eldre skal kunne bu heime så lenge som mogleg", None),
        ("Etablere ladepunkt for elbil ved alle kommunale bygg", "PPT (Ved behov)"),
        ("Tilby sommarjobb for ungdom mellom 15 og 18 år", "PPT (2027)"),
        ("Vidareutvikle ei tverrfagleg ressursgruppe for familiar", "Rektorane (innan 30.06.27)"),
    ]
    top = 104.0
    for action, owner in rows:
        words += line_words(action, 72, top, size=size)
        if owner:
            words += line_words(owner, 527, top, size=size)
        top += 18
    regions = xy_cut(words, 842)
    assert not any(r.column for r in regions), [(r.column, " ".join(w.text for w in r.words)[:40]) for r in regions]


def test_two_short_headed_sides_whose_widths_differ_only_by_their_wraps_are_columns():
    """A focus area (heading, a two-line paragraph) beside "Vores mål" over one numbered goal
    that wraps early because its next word is long: the right side's text is narrower than the
    left's, but the word that did not fit shows its column may be as wide. Two columns, the goal
    read with its heading, not level with the paragraph beside it."""
    words = line_words("Gode levevilkår", LEFT, 177, size=16)
    words += line_words("Samarbejde på tværs af forvaltningerne er en", LEFT, 201)
    words += line_words("forudsætning for at lykkes.", LEFT, 213)
    words += line_words("Vores mål", RIGHT, 177, size=13)
    words += line_words("1. Unge skal have gode læse- og", RIGHT + 11, 198)
    words += line_words("skrivefærdigheder", RIGHT + 34, 210)
    left = [w for w in words if w.x1 <= GUTTER]
    right = [w for w in words if w.x0 >= GUTTER]
    assert _headed_pair([left, right], 595, DEFAULT)
    assert looks_like_columns([left, right], 595)
    # the next line's first word short enough to have fitted after the wrapped line: the right
    # side's column is no wider than its text, too narrow beside the left one
    short = [w for w in right if w.text != "skrivefærdigheder"] + line_words("ord", RIGHT + 34, 210)
    assert not _headed_pair([left, short], 595, DEFAULT)


def test_short_headed_sides_under_lines_over_the_first_column_only_are_read_column_by_column():
    """The byline and the vision over the pair stand within the first column's span (short
    lines at the left margin), with no line across the gutter to peel off: the pair starts
    where both sides do, at their headings, and the goal under "Våre mål" is read after the
    paragraph beside it, not joined to it line by line. (A web page's two-column section, its
    words as Chromium printed them.)"""
    spec = [
        ("Handlingsplan for folkehelse 2025–2028", 63.0, 72.7, 20.0),
        ("Elvdal kommune", 63.0, 108.7, 10.5), ("Visjon", 63.0, 131.4, 15.0), ("Sammen for gode liv", 63.0, 159.0, 10.5),
        ("Oppvekst og læring", 63.0, 181.7, 15.0), ("Mange barn leser for lite, og forskjellene øker", 63.0, 209.2, 10.5),
        ("gjennom skoleløpet.", 63.0, 221.2, 10.5),
        ("Våre mål", 310.1, 181.4, 12.5), ("1. Alle barn skal ha gode lese- og", 316.4, 200.2, 10.5),
        ("skriveferdigheter", 328.1, 212.2, 10.5),
    ]
    words = []
    for text, x, top, size in spec:  # 0.5 of the size a letter, a third of it between words
        for t in text.split():
            words.append(Word(t, x, top, x + 0.5 * size * len(t), top + size, size))
            x += 0.5 * size * len(t) + size / 3
    regions = xy_cut(words, 595)
    goal = next(r for r in regions if any(w.text == "skriveferdigheter" for w in r.words))
    assert all(w.x0 >= GUTTER for w in goal.words)
    texts = [" ".join(w.text for w in r.words) for r in regions]
    assert max(k for k, t in enumerate(texts) if "skoleløpet." in t) < texts.index(" ".join(w.text for w in goal.words))


def _short_table(heading_lines: list[str], header: list[tuple[str, float]], rows: list[list[tuple[float, list[str]]]],
                 top: float = 636.0) -> list[Word]:
    """A heading across the page (one line or more, larger type), a table's header row and its
    rows, the cells wrapping onto lines of their own: ``rows`` hold (x, lines) per cell."""
    words: list[Word] = []
    for text in heading_lines:
        words += line_words(text, 62, top, size=13)
        top += 15
    top += 8
    for text, x in header:
        words += line_words(text, x, top)
    top += 21.2  # 11.2 pt blank under each row, as printed
    for row in rows:
        for x, lines in row:
            for k, text in enumerate(lines):
                words += line_words(text, x, top + 12 * k)
        top += 12 * max(len(lines) for _x, lines in row) + 9.2
    return words


def test_a_header_row_under_a_heading_over_two_rows_is_one_table_not_columns():
    """At the foot of a page, a heading of two lines, then a table's header row and only two
    rows (the cells wrapped): with the header row the rows do not split into columns, without
    it they would (too few rows to show a table). The header row is a row of cells over the
    sides' gutters, not the last line of a heading: the rows stay one region, read row by row
    (round trip seed 342, an unruled odt table)."""
    # the lead's and the date's cells nearly touch where a lead runs long: no gutter between them
    header = [("Ref", 65), ("Initiative", 101), ("Lead", 346), ("Target date", 449)]
    rows = [
        [(65, ["3.1.1"]), (101, ["Deliver training in practice for", "school staff and report to the", "year"]),
         (346, ["Communications"]), (449, ["2026-2028"])],
        [(65, ["3.1.2"]), (101, ["Offer summer jobs for young people", "for all staff in social care"]),
         (346, ["Procurement, Head of", "Adult Care"]), (449, ["April 2027"])],
    ]
    for heading in (["Objective 3.1: Our communities will cut direct carbon emissions by",
                     "half by 2030 wherever they live, whatever their age or their income"],
                    ["Delmål 3.1: Færre utslipp fra kommunens egne bygg og biler"],
                    ["Mål 3: Trygge skoleveier", "for alle barn", "i hele kommunen"]):
        regions = xy_cut(_short_table(heading, header, rows), 595)
        assert not any(r.column for r in regions), heading
        texts = [" ".join(w.text for w in r.words) for r in regions]
        assert any("3.1.1" in t and "Communications" in t and "3.1.2" in t for t in texts), texts


def test_column_headings_under_a_title_still_head_two_columns():
    """The same shape with text columns: a title of two lines across, a heading level at the top
    of each column and long paragraphs under them. The headings' line is no header row: the
    columns are read one after the other."""
    words = line_words("Plan for helse og omsorg i kommunen, med", 62, 40, size=16)
    words += line_words("tiltak og mål for perioden", 62, 60, size=16)
    words += line_words("Mål", LEFT, 90, size=12) + line_words("Strategier", RIGHT, 90, size=12)
    for k in range(12):
        words += line_words(FULL, LEFT, 110 + 12 * k) + line_words(FULL, RIGHT, 110 + 12 * k)
    sides = [side_of(r) for r in xy_cut(words, 595)]
    assert sides.count("left") and sides.count("right")
    assert sides == sorted(sides, key=("both", "left", "right").index)
