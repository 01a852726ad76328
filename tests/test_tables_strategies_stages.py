"""Stages touched for issue 9's tables, columns, strategies and goals, on hand-built inputs."""

from __future__ import annotations

import pytest
from test_layout_support import line_words

from plancheck.extract.plan import build_plan
from plancheck.extract.roles import goal_reference
from plancheck.layout.blocks import build_blocks
from plancheck.layout.lines import words_to_lines
from plancheck.layout.marks import bullet_words, is_mark
from plancheck.models import Block, BlockKind, Document, Provenance, Section

# --------------------------------------------------------------------------- drawn bullets


def test_a_drawn_disc_left_of_a_line_becomes_its_bullet():
    words = line_words("Styrke samarbeidet mellom tjenestene", 70, 100)
    words += line_words("Bruke nye metoder i arbeidet", 70, 114)
    discs = [(60.0, 103.0, 63.5, 106.5), (60.0, 117.0, 63.5, 120.5)]
    words += bullet_words(discs, words)
    blocks = build_blocks([words_to_lines(words, 1)], [])
    assert [(b.kind, b.text) for b in blocks] == [
        ("list_item", "Styrke samarbeidet mellom tjenestene"),
        ("list_item", "Bruke nye metoder i arbeidet"),
    ]


def test_without_the_discs_the_same_lines_are_one_paragraph():
    words = line_words("Styrke samarbeidet mellom tjenestene", 70, 100)
    words += line_words("Bruke nye metoder i arbeidet", 70, 112)
    blocks = build_blocks([words_to_lines(words, 1)], [])
    assert [b.kind for b in blocks] == ["paragraph"]


@pytest.mark.parametrize(
    "box",
    [
        (60.0, 103.0, 63.5, 106.5),  # a disc
        (60.0, 103.0, 62.0, 105.0),  # a small square
    ],
)
def test_marks_are_small_and_square(box):
    assert is_mark(box)


@pytest.mark.parametrize(
    "box",
    [
        (60.0, 103.0, 160.0, 103.5),  # a rule
        (60.0, 80.0, 90.0, 120.0),  # a box
        (60.0, 103.0, 66.0, 104.0),  # a dash-like bar
    ],
)
def test_rules_and_boxes_are_not_marks(box):
    assert not is_mark(box)


def test_a_mark_far_from_text_or_between_lines_is_ignored():
    words = line_words("Styrke samarbeidet", 70, 100)
    assert bullet_words([(20.0, 103.0, 23.5, 106.5)], words) == []  # too far left
    assert bullet_words([(60.0, 130.0, 63.5, 133.5)], words) == []  # on no line
    assert bullet_words([(100.0, 103.0, 103.5, 106.5)], words) == []  # over a word


# --------------------------------------------------------------------------- goal references


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Strategier for mål 2", ("strategy", ["2"], True)),
        ("Strategiar for mål 3:", ("strategy", ["3"], True)),
        ("Strategies for goal 1", ("strategy", ["1"], True)),
        ("Tiltak for delmål 1.1", ("measure", ["1.1"], True)),
        ("Slik når vi mål 2", ("strategy", ["2"], False)),
        ("Så når vi mål 4", ("strategy", ["4"], False)),
        ("Sådan når vi mål 2", ("strategy", ["2"], False)),
        ("How we will achieve goal 4", ("strategy", ["4"], False)),
        ("For å nå mål 2 vil vi:", ("strategy", ["2"], False)),
        ("For at nå mål 3 vil vi:", ("strategy", ["3"], False)),
        ("För att nå mål 2 ska vi:", ("strategy", ["2"], False)),
        ("To achieve goal 2 we will:", ("strategy", ["2"], False)),
        ("Dette henger sammen med mål 2:", (None, ["2"], False)),
    ],
)
def test_a_line_naming_a_goal_says_what_follows(text, expected):
    assert goal_reference(text) == expected


@pytest.mark.parametrize("text", ["Mål 2: Trygge skoleveier", "Strategier", "Vi vil styrke samarbeidet"])
def test_a_goal_label_or_no_goal_number_is_no_reference(text):
    assert goal_reference(text) is None


def _doc(blocks: list[tuple[BlockKind, str, dict]]) -> Document:
    return Document(
        path="x.pdf",
        page_count=1,
        sections=[Section(id="s1", title="Mål", level=1)],
        blocks=[
            Block(id=f"b{i}", kind=kind, text=text, provenance=Provenance(page=1), section_id="s1", **kw)
            for i, (kind, text, kw) in enumerate(blocks)
        ],
    )


GOALS = [
    (BlockKind.heading, "Mål", {"level": 1}),
    (BlockKind.list_item, "Alle barn skal ha en trygg oppvekst", {"number": "1."}),
    (BlockKind.list_item, "Eldre skal kunne bo hjemme lenger", {"number": "2."}),
]


@pytest.mark.parametrize(
    "intro",
    [
        (BlockKind.paragraph, "For å nå mål 2 vil vi:", {}),
        (BlockKind.paragraph, "Strategier for mål 2:", {}),
        (BlockKind.heading, "Slik når vi mål 2", {"level": 2}),
        (BlockKind.heading, "Strategier for mål 2", {"level": 2}),
    ],
)
def test_bullets_after_a_goal_reference_are_strategies_of_that_goal(intro):
    bullets = [(BlockKind.list_item, t, {"bullet": "•"}) for t in ("Styrke samarbeidet med frivillige", "Ta i bruk ny teknologi")]
    plan = build_plan(_doc([*GOALS, intro, *bullets]), lang="nb", model=None)
    assert [g.text for g in plan.goals] == ["Alle barn skal ha en trygg oppvekst", "Eldre skal kunne bo hjemme lenger"]
    goal2 = plan.goals[1].id
    assert [(s.text, s.goal_ids) for s in plan.strategies] == [
        ("Styrke samarbeidet med frivillige", [goal2]),
        ("Ta i bruk ny teknologi", [goal2]),
    ]


def test_a_goal_reference_under_a_measure_chapter_keeps_its_measures():
    blocks = [
        *GOALS,
        (BlockKind.heading, "Tiltak", {"level": 1}),
        (BlockKind.paragraph, "For å nå mål 1 vil vi:", {}),
        (BlockKind.list_item, "Etablere et lavterskeltilbud for ungdom", {"bullet": "•"}),
    ]
    plan = build_plan(_doc(blocks), lang="nb", model=None)
    assert plan.strategies == []
    assert [(m.text, m.goal_ids) for m in plan.measures] == [("Etablere et lavterskeltilbud for ungdom", [plan.goals[0].id])]


# --------------------------------------------------------------------------- unruled tables


def _unruled(rows: list[tuple[int, str, str, str]], *, leading: float = 12, padding: float = 9):
    """A header and rows of (lines, goal, measure, deadline) with no ruling lines: each row's
    cells wrap over ``lines`` lines, ``leading`` apart, and rows are ``padding`` further apart;
    a goal given as "" is merged down from the row above (its cell left empty)."""
    from plancheck.layout.tables import find_unruled_tables

    words = [*line_words("Mål", 50, 100), *line_words("Tiltak", 200, 100), *line_words("Frist", 450, 100)]
    for w in words:
        w.bold = True
    top = 100 + leading + padding
    for n, goal, what, when in rows:
        parts = what.split(" / ")
        for k in range(n):
            if k == 0 and goal:
                words += line_words(goal, 50, top)
            if k < len(parts):
                words += line_words(parts[k], 200, top)
            if k == 0:
                words += line_words(when, 450, top)
            top += leading
        top += padding
    found = find_unruled_tables(words_to_lines(words, 1), lambda _t: None, 1)
    assert len(found) == 1
    return [[c.text for c in row] for row in found[0][0].rows[1:]]


def test_unruled_rows_whose_measure_wraps_are_told_apart_by_the_padding_between_rows():
    rows = _unruled([
        (2, "Trygg oppvekst", "Bygge ny gangvei / langs skolen", "2026"),
        (1, "", "Male fotgjengerfelt", "2025"),
        (3, "", "Sette opp lys / ved alle / busstopp", "2027"),
    ])
    assert rows == [
        ["Trygg oppvekst", "Bygge ny gangvei langs skolen", "2026"],
        ["", "Male fotgjengerfelt", "2025"],
        ["", "Sette opp lys ved alle busstopp", "2027"],
    ]


def test_unruled_rows_of_one_line_each_stay_apart_under_a_merged_goal():
    rows = _unruled([
        (1, "Trygg oppvekst", "Bygge ny gangvei", "2026"),
        (1, "", "Male fotgjengerfelt", "2025"),
        (1, "Aktive eldre", "Sette opp benker", "2027"),
    ], leading=12, padding=6)
    assert rows == [
        ["Trygg oppvekst", "Bygge ny gangvei", "2026"],
        ["", "Male fotgjengerfelt", "2025"],
        ["Aktive eldre", "Sette opp benker", "2027"],
    ]


def test_unruled_rows_without_padding_go_on_where_the_first_cell_is_empty():
    rows = _unruled([
        (2, "Trygg oppvekst", "Bygge ny gangvei / langs skolen", "2026"),
        (1, "Aktive eldre", "Sette opp benker", "2027"),
    ], padding=0)
    assert rows == [
        ["Trygg oppvekst", "Bygge ny gangvei langs skolen", "2026"],
        ["Aktive eldre", "Sette opp benker", "2027"],
    ]


def test_an_unruled_cell_word_split_by_the_column_edge_after_other_words_is_joined():
    """reportlab splits a word too wide for its cell where the line runs out, even after
    other words on that line: "Hver høst 20" / "24/2025/202" / "6". The column draws no edge,
    so its widest line marks it; a line running to it whose last word and the next line's
    first are together wider than the column was split mid-word, whether or not it holds
    other words. A line ending short of the edge keeps its space ("Hver vår" / "2026")."""
    from plancheck.layout.tables import find_unruled_tables

    words = _bold([*line_words("Mål", 50, 100), *line_words("Tiltak", 200, 100), *line_words("Frist", 450, 100)])
    cells = [  # (goal, measure, deadline) lines of each row
        (["Trygg vei"], ["Bygge ny gangvei", "langs skolen"], ["Hver høst 20", "24/2025/202", "6"]),
        (["Aktive eldre"], ["Sette opp benker"], ["Hver vår", "2026"]),
    ]
    top = 121.0
    for row in cells:
        for col, x in zip(row, (50, 200, 450), strict=True):
            for k, text in enumerate(col):
                words += line_words(text, x, top + 12 * k)
        top += 12 * max(len(c) for c in row) + 9
    found = find_unruled_tables(words_to_lines(words, 1), lambda _t: None, 1)
    assert len(found) == 1
    rows = [[c.text for c in row] for row in found[0][0].rows[1:]]
    assert rows == [
        ["Trygg vei", "Bygge ny gangvei langs skolen", "Hver høst 2024/2025/2026"],
        ["Aktive eldre", "Sette opp benker", "Hver vår 2026"],
    ]


# --------------------------------------------------------------------------- total rows


def _row(*texts: str):
    from plancheck.models import Cell

    return [Cell(row=0, col=i, text=t) for i, t in enumerate(texts)]


ROLES = ["goal", "measure", "owner", "cost", "cost"]


def test_a_total_row_of_a_cost_table_is_no_measure():
    from plancheck.extract.tables import _is_total_row

    assert _is_total_row(_row("Mål 1", "Sum mål 1", "", "1 150", "1 300"), ROLES, 1)
    assert _is_total_row(_row("", "Totalt", "", "2,5 mill. kr", "40 %"), ROLES, 1)
    assert _is_total_row(_row("", "Grand total", "", "$40,000", ""), ROLES, 1)


def test_a_measure_that_opens_with_a_total_word_stays_a_measure():
    from plancheck.extract.tables import _is_total_row

    # an owner or a deadline in the row: a measure ("Total renovation …" by a unit)
    assert not _is_total_row(_row("", "Total renovering av skolen", "Eiendom", "1 150", ""), ROLES, 1)
    # a long label is a measure's text, not a total's
    assert not _is_total_row(_row("", "Sum up the survey results for the council", "", "300", ""), ROLES, 1)
    # a row without amounts is not a total
    assert not _is_total_row(_row("", "Sum", "", "", ""), ROLES, 1)
    assert not _is_total_row(_row("", "Ansette ergoterapeut", "", "600", "600"), ROLES, 1)


def _bold(words):
    for w in words:
        w.bold = True
    return words


def test_a_header_cell_wrapped_onto_a_second_line_is_one_header_cell():
    """"Gjennomfør" over "ing" in a narrow last column, at the header's leading, then rows."""
    from plancheck.layout.tables import find_unruled_tables

    words = _bold([*line_words("Mål", 50, 100), *line_words("Tiltak", 200, 100), *line_words("Gjennomfør", 450, 100)])
    words += _bold(line_words("ing", 450, 112))
    for i, (what, when) in enumerate([("Bygge ny gangvei", "2026"), ("Male fotgjengerfelt", "2025"), ("Sette opp lys", "2027")]):
        top = 130 + 20 * i
        words += line_words("Trygg vei", 50, top) + line_words(what, 200, top) + line_words(when, 450, top)
    found = find_unruled_tables(words_to_lines(words, 1), lambda _t: None, 1)
    assert len(found) == 1
    rows = [[c.text for c in row] for row in found[0][0].rows]
    assert rows[0] == ["Mål", "Tiltak", "Gjennomføring"]
    assert rows[1] == ["Trygg vei", "Bygge ny gangvei", "2026"]


def test_a_body_line_under_a_regular_weight_header_is_not_taken_for_its_wrap():
    from plancheck.layout.tables import header_wraps

    head = words_to_lines([*line_words("Mål", 50, 100), *line_words("Tiltak", 200, 100), *line_words("Frist", 450, 100)], 1)[0]
    row = words_to_lines([*line_words("Trygg", 50, 112), *line_words("Bygge", 200, 112), *line_words("2026", 450, 112)], 1)[0]
    assert header_wraps(head, [row], [50, 200, 450]) == []
    wrap = words_to_lines(line_words("ansvar", 200, 112), 1)[0]
    assert header_wraps(head, [wrap], [50, 200, 450]) == [wrap]


def test_one_row_under_a_header_whose_cells_wrap_at_the_leading_stays_one_row():
    """The only row of a table piece at a page's foot: its lines are all at the leading, so
    spacing alone cannot tell rows apart, but the gap under the header (a row's padding) can:
    a measure number broken in a narrow column ("1.1." over "1") stays in its row."""
    from plancheck.layout.tables import find_unruled_tables

    words = _bold([*line_words("Nr.", 50, 100), *line_words("Tiltak", 120, 100), *line_words("Frist", 450, 100)])
    words += line_words("1.1.", 50, 122) + line_words("Tilby kurs i", 120, 122) + line_words("i løpet av", 450, 122)
    words += line_words("1", 50, 134) + line_words("relasjonsbygging", 120, 134) + line_words("planperioden", 450, 134)
    words += line_words("for alle ansatte", 120, 146)
    roles = {"Tiltak": "measure", "Frist": "deadline"}
    found = find_unruled_tables(words_to_lines(words, 1), roles.get, 1)
    assert len(found) == 1
    rows = [[c.text for c in row] for row in found[0][0].rows[1:]]
    assert rows == [["1.1.1", "Tilby kurs i relasjonsbygging for alle ansatte", "i løpet av planperioden"]]


def test_a_repeated_two_row_header_is_dropped_and_the_row_split_by_the_page_break_joined():
    from plancheck.layout.tables import TablePiece, join_pieces
    from plancheck.models import BBox, Cell

    def cell(page, r, c, text, x0, x1, merged_from=None, boxed=True):
        bbox = BBox(x0=x0, top=100 + 20 * r, x1=x1, bottom=120 + 20 * r) if boxed else None
        return Cell(row=r, col=c, text=text, page=page, bbox=bbox, merged_from=merged_from)

    def header(page):
        return [
            [cell(page, 0, 0, "Tiltak", 50, 300), cell(page, 0, 1, "Gjennomføring", 300, 500), cell(page, 0, 2, "", 0, 0, boxed=False)],
            [cell(page, 1, 0, "Tiltak", 50, 300, merged_from=0), cell(page, 1, 1, "Ansvar", 300, 400), cell(page, 1, 2, "Frist", 400, 500)],
        ]

    first = TablePiece(1, (50, 100, 500, 800), [50, 300, 400],
                       [*header(1), [cell(1, 2, 0, "Lage en rutine for", 50, 300), cell(1, 2, 1, "Rektor", 300, 400),
                                     cell(1, 2, 2, "innen utgangen av", 400, 500)]], [False] * 3)
    second = TablePiece(2, (50, 60, 500, 300), [50, 300, 400],
                        [*header(2), [cell(2, 2, 0, "overgang til skolen", 50, 300), cell(2, 2, 1, "", 300, 400),
                                      cell(2, 2, 2, "2026", 400, 500)],
                         [cell(2, 3, 0, "Male fotgjengerfelt", 50, 300), cell(2, 3, 1, "Drift", 300, 400),
                          cell(2, 3, 2, "2025", 400, 500)]], [False] * 3)
    [(_, table)] = join_pieces([first, second], {1: 842, 2: 842}, {1: (100, 800), 2: (60, 300)})
    assert [[c.text for c in r] for r in table.rows] == [
        ["Lage en rutine for overgang til skolen", "Rektor", "innen utgangen av 2026"],
        ["Male fotgjengerfelt", "Drift", "2025"],
    ]


def test_cells_merged_down_from_a_row_continued_over_the_page_break_keep_the_whole_text():
    """A goal cell spanning several rows, cut by the page break: its rest on the next page
    goes on with the previous page's row, and the rows under it there are merged from that
    row, not from a new goal that is only the rest of the sentence."""
    from plancheck.layout.tables import TablePiece, join_pieces
    from plancheck.models import BBox, Cell

    def cell(page, r, c, text, merged_from=None):
        return Cell(row=r, col=c, text=text, page=page, merged_from=merged_from,
                    bbox=BBox(x0=50 + 150 * c, top=100 + 20 * r, x1=200 + 150 * c, bottom=120 + 20 * r))

    def header(page):
        return [cell(page, 0, 0, "Mål"), cell(page, 0, 1, "Aktivitet"), cell(page, 0, 2, "Ansvar")]

    first = TablePiece(1, (50, 100, 500, 800), [50, 200, 350],
                       [header(1), [cell(1, 1, 0, "Färre unga ska begå brott"), cell(1, 1, 1, "Införa samverkan med"),
                                    cell(1, 1, 2, "Polisen")]], [False] * 3)
    second = TablePiece(2, (50, 60, 500, 300), [50, 200, 350],
                        [header(2), [cell(2, 1, 0, "eller utsättas för brott."), cell(2, 1, 1, "fritid"), cell(2, 1, 2, "")],
                         [cell(2, 2, 0, "eller utsättas för brott.", merged_from=1), cell(2, 2, 1, "Utbilda personalen"),
                          cell(2, 2, 2, "Skolan")],
                         [cell(2, 3, 0, "eller utsättas för brott.", merged_from=1), cell(2, 3, 1, "Erbjuda föräldrastöd"),
                          cell(2, 3, 2, "")]], [False] * 3)
    [(_, table)] = join_pieces([first, second], {1: 842, 2: 842}, {1: (100, 800), 2: (60, 300)})
    goal = "Färre unga ska begå brott eller utsättas för brott."
    assert [[c.text for c in r][:2] for r in table.rows] == [
        [goal, "Införa samverkan med fritid"], [goal, "Utbilda personalen"], [goal, "Erbjuda föräldrastöd"],
    ]
    assert [r[0].merged_from for r in table.rows] == [None, 0, 0]


def test_a_number_or_a_span_of_years_broken_by_a_narrow_cell_is_joined_without_a_space():
    from plancheck.ingest.text import join_lines

    assert join_lines(["Hver høst 2024/2025/2", "026"], full_width=[True, False]) == "Hver høst 2024/2025/2026"
    assert join_lines(["31.12.202", "6"], full_width=[True, False]) == "31.12.2026"
    assert join_lines(["2025–", "2027"]) == "2025–2027"
    assert join_lines(["2025", "2026"], full_width=[True, False]) == "2025 2026"  # two years
    assert join_lines(["31.12.202", "6"]) == "31.12.202 6"  # the cell was not full


def test_a_word_broken_by_a_narrow_cell_next_to_a_slash_is_joined():
    from plancheck.ingest.text import join_lines, use_language

    use_language("nb")
    assert join_lines(["Frivilligsentrale", "n/Rektorane"], full_width=[True, False]) == "Frivilligsentralen/Rektorane"
    assert join_lines(["NAV/Frivilligsentr", "alen"], full_width=[True, False]) == "NAV/Frivilligsentralen"


def test_a_compound_broken_inside_one_of_its_words_by_a_narrow_cell_is_one_word():
    """'Fri' / 'villigkontoret': the compound 'frivillig' + 'kontoret' was broken inside its first
    word, so the pieces are one word although each reads as one ('fri', 'villig…'); so too over
    three lines and after a lone capital. Where some split of the whole meets the break ('Etter'
    / 'behov', 'opp' / 'saker'), or when the cell was not full, the words stay two."""
    from plancheck.ingest.text import join_lines, use_language

    use_language("nb")
    assert join_lines(["Kulturskolen/Fri", "villigkontoret"], full_width=[True, False]) == "Kulturskolen/Frivilligkontoret"
    assert join_lines(["Rådgiver/Fri", "villigkont", "oret"], full_width=[True, True, False]) == "Rådgiver/Frivilligkontoret"
    # 'opps' + 'aker' is no reason to join 'følge opp' + 'saker': 'opp' + 'saker' splits at the break
    assert join_lines(["og følge opp", "saker som"], full_width=[True, False]) == "og følge opp saker som"
    assert join_lines(["Etter", "behov"], full_width=[True, False]) == "Etter behov"
    assert join_lines(["i løpet", "av året"], full_width=[True, False]) == "i løpet av året"
    assert join_lines(["Kulturskolen/Fri", "villigkontoret"], full_width=[False, False]) == "Kulturskolen/Fri villigkontoret"
    use_language("da")
    assert join_lines(["Ledelsen/S", "undhedsafdelingen"], full_width=[True, False]) == "Ledelsen/Sundhedsafdelingen"


def test_two_words_of_their_own_at_a_full_cell_edge_stay_two():
    """'skal ha' / 'trygge': each piece is a word of the list, so the break is a space, although
    the whole splits elsewhere into two other words ('hat' + 'rygge')."""
    from plancheck.ingest.text import join_lines, use_language

    use_language("nb")
    assert join_lines(["Alle barn skal ha", "trygge skoleveier."], full_width=[True, False]) == "Alle barn skal ha trygge skoleveier."


def test_a_cell_left_open_by_the_page_break_keeps_its_words():
    """A goal cell spanning two rows whose bottom rule is on the next page is no cell to
    pdfplumber (no closed rectangle): its slots come back empty, but its words are there."""
    from types import SimpleNamespace

    from plancheck.layout.tables import find_ruled_tables

    head = [(50, 100, 200, 120), (200, 100, 400, 120), (400, 100, 500, 120)]
    row1 = [None, (200, 120, 400, 160), (400, 120, 500, 160)]
    row2 = [None, (200, 160, 400, 200), (400, 160, 500, 200)]
    rows = [SimpleNamespace(cells=cells, bbox=(50, top, 500, bottom))
            for cells, top, bottom in [(head, 100, 120), (row1, 120, 160), (row2, 160, 200)]]
    table = SimpleNamespace(rows=rows, cells=[c for r in (head, row1, row2) for c in r if c], bbox=(50, 100, 500, 200))
    page = SimpleNamespace(find_tables=lambda _settings: [table], height=250)
    words = [*line_words("Mål", 55, 105), *line_words("Tiltak", 205, 105), *line_words("Frist", 405, 105),
             *line_words("Trygg skolevei", 55, 125), *line_words("Bygge gangvei", 205, 125), *line_words("2026", 405, 125),
             *line_words("Male striper", 205, 165), *line_words("2027", 405, 165)]
    [piece] = find_ruled_tables(page, words, 1)
    assert [[c.text for c in r] for r in piece.rows] == [
        ["Mål", "Tiltak", "Frist"], ["Trygg skolevei", "Bygge gangvei", "2026"], ["Trygg skolevei", "Male striper", "2027"]]
    assert piece.rows[2][0].merged_from == 1  # the open cell spans down to the table's foot
    high = SimpleNamespace(find_tables=lambda _settings: [table], height=800)
    [piece] = find_ruled_tables(high, words, 1)  # a table ending high on its page: no page break
    assert [c.text for c in piece.rows[1]] == ["", "Bygge gangvei", "2026"]


def _cut_row_pieces(cut: bool):
    """A ruled table whose last row the page break cut (bottom rule undrawn when ``cut``), and
    its piece on the next page: the header repeated above the rest of the row, whose one
    filled cell starts in upper case ("Kommunedirektør", the second of two owners)."""
    from plancheck.layout.tables import TablePiece
    from plancheck.models import BBox, Cell

    def cell(page, r, c, text):
        return Cell(row=r, col=c, text=text, page=page,
                    bbox=BBox(x0=50 + 150 * c, top=100 + 20 * r, x1=200 + 150 * c, bottom=120 + 20 * r))

    def header(page):
        return [cell(page, 0, 0, "Aktivitet"), cell(page, 0, 1, "Ansvar"), cell(page, 0, 2, "Frist")]

    first = TablePiece(1, (50, 600, 500, 790), [50, 200, 350],
                       [header(1), [cell(1, 1, 0, "Etablere et lavterskeltilbud"), cell(1, 1, 1, "Kommunalsjef oppvekst,"),
                                    cell(1, 1, 2, "1. mars 2025")]], [False] * 3)
    first.open_foot = cut
    second = TablePiece(2, (50, 50, 500, 120), [50, 200, 350],
                        [header(2), [cell(2, 1, 0, ""), cell(2, 1, 1, "Kommunedirektør"), cell(2, 1, 2, "")],
                         [cell(2, 2, 0, "Sikre skoleveier"), cell(2, 2, 1, "PPT"), cell(2, 2, 2, "2026")]], [False] * 3)
    return [first, second]


def test_the_rest_of_a_row_cut_by_the_page_break_joins_it_whatever_its_case():
    from plancheck.layout.tables import join_pieces

    [(_, table)] = join_pieces(_cut_row_pieces(cut=True), {1: 842, 2: 842}, {1: (100, 790), 2: (50, 120)})
    assert [[c.text for c in r] for r in table.rows] == [
        ["Etablere et lavterskeltilbud", "Kommunalsjef oppvekst, Kommunedirektør", "1. mars 2025"],
        ["Sikre skoleveier", "PPT", "2026"],
    ]


def test_a_row_closed_before_the_page_break_is_not_joined_by_the_next_pages_first_row():
    from plancheck.layout.tables import join_pieces

    [(_, table)] = join_pieces(_cut_row_pieces(cut=False), {1: 842, 2: 842}, {1: (100, 790), 2: (50, 120)})
    assert [[c.text for c in r][1] for r in table.rows] == ["Kommunalsjef oppvekst,", "Kommunedirektør", "PPT"]


def test_a_table_is_cut_at_its_foot_only_where_its_bottom_rule_is_implied_low_on_the_page():
    from plancheck.layout.tables import cut_at_foot

    rule = {"x0": 50.0, "x1": 200.0, "top": 790.0}
    assert cut_at_foot([rule], (50, 600, 500, 790), 842)
    assert not cut_at_foot([], (50, 600, 500, 790), 842)  # the rule is drawn: the row closed
    assert not cut_at_foot([{**rule, "top": 700.0}], (50, 600, 500, 790), 842)  # a rule inside the table
    assert not cut_at_foot([{**rule, "top": 300.0}], (50, 100, 500, 300), 842)  # a table ending high
