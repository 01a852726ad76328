"""Table stages at the cell edge, on hand-built words and rules: a word too wide for its cell
split by the producer, and the row rules a table broken by a page implies but does not draw."""

from __future__ import annotations

from test_layout_support import line_words

from plancheck.layout.rules import implied_rules
from plancheck.layout.tables import cell_text

CELL = (100.0, 100.0, 190.0, 160.0)  # text from x 104 (4 pt padding): 82 pt of text width


def test_a_word_wider_than_its_cell_split_at_the_edge_is_joined():
    # "bygg/Kom" + "munalsjef" is 85 pt: wider than the cell, so the producer split it at the
    # edge; the words then tell ("munalsjef" is no word, "Kommunalsjef" is)
    words = line_words("Plan og bygg/Kom", 104, 104) + line_words("munalsjef helse", 104, 116)
    assert cell_text(words, CELL) == "Plan og bygg/Kommunalsjef helse"


def test_a_line_broken_before_a_word_that_fits_a_line_keeps_the_space():
    # "bygg/Xyq" + "vrt" is 55 pt: it would have fitted a line, so this is an ordinary wrap
    words = line_words("Plan og bygg/Xyq", 104, 104) + line_words("vrt helse", 104, 116)
    assert cell_text(words, CELL) == "Plan og bygg/Xyq vrt helse"


def test_a_line_ending_with_room_to_spare_is_not_split():
    words = line_words("Plan og bygg", 104, 104) + line_words("vrtlmxyzqwrtpl helse", 104, 116)
    assert cell_text(words, CELL) == "Plan og bygg vrtlmxyzqwrtpl helse"


def test_a_too_wide_word_started_on_a_fresh_line_is_split_there_not_before():
    # "og" ends at the edge and the next line's first word runs to the edge as well: that word
    # is too wide of its own and was started on a fresh line, so "og" keeps its space (how
    # it goes on after a one-word line is for the words to tell)
    words = (
        line_words("Tjenesteleder og", 104, 104)
        + line_words("omsorgs/Kommunal", 104, 116)
        + line_words("sjef oppvekst", 104, 128)
    )
    assert cell_text(words, CELL).startswith("Tjenesteleder og omsorgs/Kommunal")


def test_a_whole_word_filling_a_narrow_cell_keeps_its_space():
    cell = (100.0, 100.0, 170.0, 160.0)  # 62 pt of text width
    words = line_words("Kommunalsjef", 104, 104) + line_words("oppvekst", 104, 116)
    assert cell_text(words, cell) == "Kommunalsjef oppvekst"


def test_a_compound_of_three_words_split_after_its_linking_s_is_joined():
    # "Samhällsbyggnads" (16 letters, 80 pt) fills the 82 pt cell and "förvaltningen," would
    # not have fitted after it; the whole is a compound of a compound ("samhällsbyggnad" + s)
    # and a word, and the line's last piece is no word of its own: one word broken by the edge
    from plancheck.ingest import text as text_mod

    old = text_mod.current_language()
    text_mod.use_language("sv")
    try:
        words = (
            line_words("Samhällsbyggnads", 104, 104)
            + line_words("förvaltningen,", 104, 116)
            + line_words("Rektorer", 104, 128)
        )
        assert cell_text(words, CELL) == "Samhällsbyggnadsförvaltningen, Rektorer"
        # the same two words with room to spare on the line keep their space
        wide = (100.0, 100.0, 260.0, 160.0)
        assert cell_text(words, wide) == "Samhällsbyggnads förvaltningen, Rektorer"
    finally:
        text_mod.use_language(old)


def test_a_word_wider_than_every_line_of_its_cell_may_be_split_by_a_wider_right_padding():
    # "helsestasj" + "on/Ein" is 80 pt: within the 82 pt the cell would hold with a right
    # padding equal to its left one, but wider than any of its lines (78 pt); a producer with
    # a wider right padding split it, and the words tell ("helsestasjon" is a word)
    from plancheck.ingest import text as text_mod

    old = text_mod.current_language()
    text_mod.use_language("nb")
    try:
        words = line_words("Leiar helsestasj", 104, 104) + line_words("on/Ein fritid", 104, 116)
        assert cell_text(words, CELL) == "Leiar helsestasjon/Ein fritid"
        # a next word no wider than the widest line was wrapped whole
        words = line_words("Leiar helsestasj", 104, 104) + line_words("on/E fritid", 104, 116)
        assert cell_text(words, CELL) == "Leiar helsestasj on/E fritid"
    finally:
        text_mod.use_language(old)


def test_digits_split_over_three_lines_are_one_number():
    cell = (100.0, 100.0, 162.0, 160.0)  # 54 pt of text width
    words = line_words("Hver høst 2", 104, 104) + line_words("024/2025/2", 104, 116) + line_words("026", 104, 128)
    assert cell_text(words, cell) == "Hver høst 2024/2025/2026"


def _v(x: float, top: float, bottom: float) -> dict:
    return {"orientation": "v", "x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0.0, "height": bottom - top}


def _h(x0: float, x1: float, y: float) -> dict:
    return {"orientation": "h", "x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "height": 0.0}


def _rules(implied: list[dict]) -> list[tuple[float, float, float]]:
    return sorted((r["top"], r["x0"], r["x1"]) for r in implied)


def test_column_rules_that_break_at_one_level_imply_a_row_rule_there():
    # a header repeated over a continued row: its column rules stop at 70, the row's start there
    edges = [_h(0, 300, 50), _h(0, 300, 150)]
    edges += [_v(x, 50, 70) for x in (0, 100, 200, 300)] + [_v(x, 70, 150) for x in (0, 100, 200, 300)]
    assert _rules(implied_rules(edges)) == [(70, 0, 100), (70, 100, 200), (70, 200, 300)]


def test_column_rules_running_past_the_last_row_rule_close_the_open_row():
    edges = [_h(0, 300, 50), _h(0, 300, 70)] + [_v(x, 50, 150) for x in (0, 100, 200, 300)]
    assert _rules(implied_rules(edges)) == [(150, 0, 100), (150, 100, 200), (150, 200, 300)]


def test_a_cell_merged_down_over_the_level_is_not_cut():
    edges = [_h(0, 300, 50), _h(0, 300, 150)]
    edges += [_v(x, 50, 70) for x in (0, 200, 300)] + [_v(x, 70, 150) for x in (0, 200, 300)]
    edges.append(_v(100, 50, 150))  # a rule passing through 70: the cells beside it go on
    assert _rules(implied_rules(edges)) == [(70, 200, 300)]


def test_drawn_rules_and_boxes_side_by_side_imply_nothing():
    ruled = [_h(0, 300, 50), _h(0, 300, 100), _h(0, 300, 150)]
    ruled += [_v(x, 50, 100) for x in (0, 100, 200, 300)] + [_v(x, 100, 150) for x in (0, 100, 200, 300)]
    assert implied_rules(ruled) == []
    boxes = [_h(0, 100, 50), _h(0, 100, 150), _h(150, 250, 50), _h(150, 250, 150)]
    boxes += [_v(x, 50, 150) for x in (0, 100, 150, 250)]
    assert implied_rules(boxes) == []


def test_a_table_beside_one_closed_at_the_same_level_still_has_its_open_row_closed():
    # two columns of a page, balanced by the browser: the left table cut by the column break
    # (its column rules run past its last row rule), the right one closed by a drawn rule at
    # the very level where the left one stops; that rule is the right table's, not the left's
    left = [_h(0, 300, 50), _h(0, 300, 70)] + [_v(x, 50, 150) for x in (0, 100, 200, 300)]
    right = [_h(320, 620, 50), _h(320, 620, 70), _h(320, 620, 150)]
    right += [_v(x, 50, 70) for x in (320, 420, 520, 620)] + [_v(x, 70, 150) for x in (320, 420, 520, 620)]
    assert _rules(implied_rules(left + right)) == [(150, 0, 100), (150, 100, 200), (150, 200, 300)]


def _row(top: float, *cells: tuple[float, str]) -> list:
    return [w for x, text in cells for w in line_words(text, x, top)]


def _texts(piece) -> list[list[str]]:
    return [[c.text for c in row] for row in piece.rows]


def test_a_continued_cell_set_a_little_higher_does_not_set_the_leading():
    """The first column's lines stand 2 pt above the others (a cell continued from the page
    before, no top padding): the 2 pt from one column's line to the other's next line is no
    leading, and the lines of each cell stay one row."""
    from plancheck.layout.lines import words_to_lines
    from plancheck.layout.tables import find_unruled_tables

    head = _row(100, (50, "Mål"), (200, "Tiltak"), (350, "Ansvar"), (450, "Frist"))
    for w in head:
        w.bold = True
    words = head + _row(118, (50, "Fortsatt mål tekst")) + _row(132, (50, "videre her"))
    words += _row(120, (200, "Gjøre noe med"), (350, "Teknisk"), (450, "2026")) + _row(134, (200, "noe mer"))
    words += _row(152, (50, "Nytt mål"), (200, "Lage en plan"), (350, "Drift"), (450, "2027"))
    [(piece, _used)] = find_unruled_tables(words_to_lines(words, 1), lambda _t: None, 1)
    assert _texts(piece)[1:] == [
        ["Fortsatt mål tekst videre her", "Gjøre noe med noe mer", "Teknisk", "2026"],
        ["Nytt mål", "Lage en plan", "Drift", "2027"],
    ]


def test_the_header_repeated_on_the_next_page_tells_the_row_padding():
    """A table goes on over a page break with its header repeated: the gap under the repeat
    is a row's padding, wider than the leading, so the lines at the leading are one row's
    even though no gap between the lines themselves is wider."""
    from plancheck.layout.lines import words_to_lines
    from plancheck.layout.tables import find_unruled_tables

    words = _row(50, (50, "Mål"), (200, "Tiltak"), (350, "Ansvar"), (450, "Frist"))
    words += _row(66, (50, "Mål a")) + _row(80, (50, "fortsetter")) + _row(94, (50, "videre")) + _row(108, (50, "og slutt"))
    words += _row(66, (200, "Tiltak en"), (350, "Teknisk"), (450, "2026")) + _row(80, (200, "går videre"))
    words += _row(99, (200, "Tiltak to"), (350, "Drift"), (450, "2027"))
    carry = ([50.0, 200.0, 350.0, 450.0], ["Mål", "Tiltak", "Ansvar", "Frist"], 10.0)
    found = find_unruled_tables(words_to_lines(words, 2), lambda _t: None, 2, carry)
    assert _texts(found[0][0]) == [
        ["Mål a fortsetter videre og slutt", "Tiltak en går videre", "Teknisk", "2026"],
        ["", "Tiltak to", "Drift", "2027"],
    ]


def test_a_level_with_a_rule_drawn_over_part_of_it_implies_nothing():
    # a two-row header in a browser: the tall cells' column rules are drawn row by row (they
    # break at 70), but the rule drawn under the group cell (200-300) shows the level is
    # a row boundary only there
    edges = [_h(0, 300, 50), _h(200, 300, 70), _h(0, 300, 150)]
    edges += [_v(x, 50, 70) for x in (0, 100, 200, 300)] + [_v(x, 70, 150) for x in (0, 100, 200, 250, 300)]
    assert implied_rules(edges) == []


def test_a_cell_filled_to_its_edge_beside_the_next_cell_is_no_running_text():
    from plancheck.layout.lines import words_to_lines
    from plancheck.layout.tables import _crosses_columns

    col_x = [50.0, 200.0, 300.0]
    # "mellan" ends 4 pt before the next column, whose cell starts exactly at its edge
    [row] = words_to_lines(_row(100, (138, "Utöka mellan"), (200, "Kommunlednings"), (300, "2026")), 1)
    assert not _crosses_columns(row, col_x)
    # running text: the word after the edge stands as close, but off the edge
    [text] = words_to_lines(_row(100, (139, "Utöka mellan"), (300, "2026")) + line_words("Kommun", 201.3, 100), 1)
    assert _crosses_columns(text, col_x)
    # a group row whose word meets a column start a word space after the word before
    [group] = words_to_lines(line_words("Delmål", 164, 100) + line_words("1.2: Ungdom skal ha", 197, 100), 1)
    assert _crosses_columns(group, [50.0, 198.0, 300.0])


def test_the_rest_of_a_row_split_by_the_page_break_is_a_row_of_its_own():
    """At the top of the page a table goes on to (here without its header repeated), the last line of
    a measure the page break split stands alone in its column, a row's padding above the next
    numbered row: it is a row of its own (joined to the row it goes on from when the pieces are
    joined), not the first line of the next row's measure."""
    from plancheck.layout.lines import words_to_lines
    from plancheck.layout.tables import find_unruled_tables

    words = _row(72, (100, "med vekt på brukerne"))
    words += _row(94, (50, "2.3"), (100, "Bygge ut ladepunkter"), (350, "Teknisk"), (450, "2026"))
    words += _row(106, (100, "ved alle bygg"))
    words += _row(128, (50, "2.4"), (100, "Lage en plan"), (350, "Drift"), (450, "2027"))
    carry = ([50.0, 100.0, 350.0, 450.0], ["Nr", "Tiltak", "Ansvar", "Frist"], 10.0)
    found = find_unruled_tables(words_to_lines(words, 2), lambda _t: None, 2, carry)
    assert _texts(found[0][0]) == [
        ["", "med vekt på brukerne", "", ""],
        ["2.3", "Bygge ut ladepunkter ved alle bygg", "Teknisk", "2026"],
        ["2.4", "Lage en plan", "Drift", "2027"],
    ]
def _implied_rules_by_scan(edges, tol=1.0, min_ends=3):
    """implied_rules as first written, every rule scanned at every level: the reference its
    bisecting version must agree with."""
    import itertools

    vs = [e for e in edges if e["orientation"] == "v" and e["height"] >= 3.0]
    hs = [e for e in edges if e["orientation"] == "h" and e["width"] >= 3.0]
    if len(vs) < min_ends or not hs:
        return []
    levels = []
    for y in sorted(y for v in vs for y in (v["top"], v["bottom"])):
        if not levels or y - levels[-1] > tol:
            levels.append(y)
    out = []
    for y in levels:
        ends = sorted({round(v["x0"], 1) for v in vs if abs(v["top"] - y) <= tol or abs(v["bottom"] - y) <= tol})
        if len(ends) < min_ends:
            continue
        through = [v["x0"] for v in vs if v["top"] < y - tol and v["bottom"] > y + tol]
        above = [h for h in hs if h["top"] < y - tol]
        # the ends in groups of one table each (neighbours spanned by a rule above), each group
        # skipped where a rule is drawn over part of it (since session 26: a drawn rule is no
        # other table's)
        groups = [[ends[0]]]
        for a, b in itertools.pairwise(ends):
            if any(h["x0"] <= a + tol and h["x1"] >= b - tol for h in above):
                groups[-1].append(b)
            else:
                groups.append([b])
        for group in groups:
            if [h for h in hs if abs(h["top"] - y) <= tol and h["x1"] > group[0] + tol and h["x0"] < group[-1] - tol]:
                continue
            for a, b in itertools.pairwise(group):
                if b - a <= tol or any(a + tol < x < b - tol for x in through):
                    continue
                if not any(h["x0"] <= a + tol and h["x1"] >= b - tol for h in above):
                    continue
                out.append({"object_type": "line", "x0": a, "x1": b, "top": y, "bottom": y,
                            "doctop": y, "width": b - a, "height": 0.0})
    return out


def _edge(x0, top, x1, bottom, orientation):
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
            "width": x1 - x0, "height": bottom - top, "orientation": orientation}


def test_implied_rules_found_by_bisection_are_those_of_a_full_scan():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from plancheck.layout.settings import LayoutSettings

    coord = st.sampled_from([0.0, 50.0, 99.5, 100.0, 100.4, 101.0, 150.0, 200.0, 200.9, 300.0])
    vertical = st.builds(lambda x, a, b: _edge(x, min(a, b), x, max(a, b), "v"), coord, coord, coord)
    horizontal = st.builds(lambda y, a, b: _edge(min(a, b), y, max(a, b), y, "h"), coord, coord, coord)
    tolerance = LayoutSettings().implied_rule_tolerance
    min_ends = LayoutSettings().implied_rule_min_ends

    @settings(max_examples=300)
    @given(st.lists(vertical, max_size=14), st.lists(horizontal, max_size=8))
    def agree(vs, hs):
        edges = vs + hs
        assert implied_rules(edges) == _implied_rules_by_scan(edges, tolerance, min_ends)

    agree()


def test_a_bold_row_spanning_the_table_that_wraps_keeps_its_rest():
    """A goal written as a bold row across an unruled table ('Delmål 1.1: …') wraps: its last
    word stands alone on the next line at the leading, in the first column. It is the rest of
    the span, not a row of its own (read as a measure 'planperioden')."""
    from plancheck.layout.lines import words_to_lines
    from plancheck.layout.tables import find_unruled_tables

    head = _row(100, (50, "Tiltak"), (300, "Ansvar"), (420, "Frist"))
    span = _row(118, (50, "Delmål 1.1: Familier skal kunne bo hjemme så lenge som mulig gjennom hele"))
    rest = _row(130, (50, "planperioden"))
    for w in head + span + rest:
        w.bold = True
    body = _row(150, (50, "Tilby gratis leksehjelp"), (300, "Skolesjef"), (420, "2026"))
    body += _row(170, (50, "Bygge trygge skoleveier"), (300, "Teknisk drift"), (420, "2027"))
    [(piece, _used)] = find_unruled_tables(words_to_lines(head + span + rest + body, 1), lambda _t: None, 1)
    texts = [[c.text if c else "" for c in row] for row in piece.rows]
    assert texts[1][0] == "Delmål 1.1: Familier skal kunne bo hjemme så lenge som mulig gjennom hele planperioden"
    assert texts[2][0] == "Tilby gratis leksehjelp" and len(texts) == 4
    # a span that is not full (the next line's first word would have fitted after it), or a
    # line under it set with a row's padding, is no wrap of it
    from plancheck.layout.tables import _span_wraps

    lines = words_to_lines(head + span + rest, 1)
    assert _span_wraps(lines[1], lines[2], lines[:2])
    short = words_to_lines(head + _row(118, (50, "Delmål 1.1: Familier skal bo trygt")) + rest, 1)
    for ln in short:
        ln.bold = True
    assert not _span_wraps(short[1], short[2], short[:2])
    lower = words_to_lines(head + span + _row(136, (50, "planperioden")), 1)
    for ln in lower:
        ln.bold = True
    assert not _span_wraps(lower[1], lower[2], lower[:2])


def test_a_bold_row_spanning_the_table_that_wraps_onto_a_year_alone_keeps_it():
    """The rest of the span is a year alone ('… med 40 prosent innan' / '2035'): a line of
    figures is not called bold (a line's weight is its letters'), but its words are."""
    from plancheck.layout.lines import words_to_lines
    from plancheck.layout.tables import find_unruled_tables

    head = _row(100, (50, "Tiltak"), (300, "Ansvar"), (420, "Frist"))
    span = _row(118, (50, "Mål 3: Bygdene skal kutte utsleppa frå vegtransporten med 40 prosent og meir innan"))
    rest = _row(130, (50, "2035"))
    for w in head + span + rest:
        w.bold = True
    body = _row(150, (50, "Tilby gratis leksehjelp"), (300, "Skolesjef"), (420, "2026"))
    body += _row(170, (50, "Bygge trygge skoleveier"), (300, "Teknisk drift"), (420, "2027"))
    [(piece, _used)] = find_unruled_tables(words_to_lines(head + span + rest + body, 1), lambda _t: None, 1)
    texts = [[c.text if c else "" for c in row] for row in piece.rows]
    assert texts[1][0].endswith("og meir innan 2035")
    assert [row[0] for row in texts[2:]] == ["Tilby gratis leksehjelp", "Bygge trygge skoleveier"]


def test_a_repeated_header_with_a_wrapped_cell_is_no_row_over_the_rest_of_a_cut_row():
    """The header repeated at the top of the page a table goes on to, its narrow last cell
    wrapped as on the first page ("Gjennomføri" over "ng"): the repeat with its wrapped line
    is the header, not a row, so the rest of the row the page break cut ("barnehage", alone
    in its column) stays a row of its own to go on with that row."""
    from plancheck.layout.lines import words_to_lines
    from plancheck.layout.tables import find_unruled_tables

    words = _row(72, (50, "Nr."), (100, "Tiltak"), (350, "Ansvarlig enhet"), (450, "Gjennomføri"))
    words += _row(84, (450, "ng"))
    words += _row(104, (350, "barnehage"))
    words += _row(126, (50, "1.2"), (100, "Lage en plan"), (350, "Drift"), (450, "2027"))
    carry = ([50.0, 100.0, 350.0, 450.0], ["Nr.", "Tiltak", "Ansvarlig enhet", "Gjennomføring"], 10.0)
    found = find_unruled_tables(words_to_lines(words, 2), lambda _t: None, 2, carry)
    assert _texts(found[0][0]) == [
        ["", "", "barnehage", ""],
        ["1.2", "Lage en plan", "Drift", "2027"],
    ]


def test_a_line_with_room_for_the_next_lines_first_letter_was_not_broken_inside_a_word():
    """A producer that breaks a word too wide for its cell fills the line letter by letter: a
    line that ends with room for the next line's first letter was broken at a space. Owner
    words too wide for a narrow cell ("Afdeling" / "sleder" / "hjemmepl" / "ejen"): the break
    after "sleder", its line ending with a letter and more to spare, is a space, though the
    two together make a compound the word lists know."""
    from plancheck.ingest import text as text_mod

    old = text_mod.current_language()
    try:
        for lang, width, lines, whole in [
            ("da", 40, ["Afdeling", "sleder", "hjemmepl", "ejen"], "Afdelingsleder hjemmeplejen"),
            ("sv", 60, ["Verksamhetsc", "hef", "äldreomsorg"], "Verksamhetschef äldreomsorg"),
        ]:
            text_mod.use_language(lang)
            cell = (100.0, 100.0, 108.0 + width, 160.0)  # text from x 104, 5 pt a letter, 4 pt padding
            words = [w for k, t in enumerate(lines) for w in line_words(t, 104, 104 + 12 * k)]
            assert cell_text(words, cell) == whole
            # the same line set flush with the edge may be a word broken there
            words = [w for k, t in enumerate(lines) for w in line_words(t, 104 if k != 1 else 104 + width - 5 * len(t), 104 + 12 * k)]
            assert cell_text(words, cell) != whole
    finally:
        text_mod.use_language(old)


def test_room_for_a_narrow_letter_is_no_room_for_a_wide_one():
    """'Procure' / 'ment' in a cell whose line ends 9 pt short of the edge: room for an average
    letter and the padding's slack, not for an "m" (three times an "i"). The letter is measured
    by its share of its word's width, so the break may be inside the word: the words tell."""
    from plancheck.ingest import text as text_mod

    old = text_mod.current_language()
    text_mod.use_language("en")
    try:
        cell = (100.0, 100.0, 152.0, 160.0)  # text from x 104 to 148
        words = line_words("Procure", 104, 104) + line_words("ment", 104, 116) + line_words("Director", 104, 128)
        assert cell_text(words, cell) == "Procurement Director"
    finally:
        text_mod.use_language(old)
