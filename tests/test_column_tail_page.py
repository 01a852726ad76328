"""The last lines of a two-column flow alone on a page (Word and LibreOffice columns whose
text runs a line or two over the page): too few lines for a column cut of their own, they were
read across the gutter ('I11 (Indsats) Revidere procedurer Ansvarlig: Dagtilbudschef – inden').
The page before ends in two columns; lines that leave its gutter open and stand in its
columns are read column by column — hand-built words."""

from __future__ import annotations

from plancheck.layout.columns import Region, carried_columns, xy_cut
from plancheck.layout.words import Word

# the page before: columns 62-290 and 305-533
PREV = (62.0, 290.0, 305.0, 533.0)


def _words(text: str, x: float, top: float) -> list[Word]:
    out = []
    for w in text.split():
        out.append(Word(w, x, top, x + 5 * len(w), top + 10, 10))
        x += 5 * len(w) + 3
    return out


def _tail(left: list[str], right: list[str], left_x: float = 62.0, right_x: float = 305.0) -> list[Word]:
    words = []
    for k, t in enumerate(left):
        words += _words(t, left_x, 80 + 13 * k)
    for k, t in enumerate(right):
        words += _words(t, right_x, 80 + 13 * k)
    return words


def _texts(sides: list[list[Word]] | None) -> list[str] | None:
    if sides is None:
        return None
    return [" ".join(w.text for w in sorted(side, key=lambda w: (w.top, w.x0))) for side in sides]


def test_two_lines_in_the_page_befores_columns_are_read_column_by_column():
    words = _tail(["I11 (Indsats) Revidere procedurer", "for opfølgning på underretninger –"],
                  ["Ansvarlig: Dagtilbudschef – inden", "30.06.26"])
    assert len(xy_cut(words, 595)) == 1  # too few lines for a cut of their own
    assert _texts(carried_columns(words, PREV)) == [
        "I11 (Indsats) Revidere procedurer for opfølgning på underretninger –",
        "Ansvarlig: Dagtilbudschef – inden 30.06.26",
    ]


def test_one_line_in_the_right_column_beside_three_in_the_left():
    words = _tail(["Action 4.2 Review the routines for", "children at risk – Lead:", "Head of"], ["Education – 2026"])
    assert _texts(carried_columns(words, PREV)) == ["Action 4.2 Review the routines for children at risk – Lead: Head of",
                                                    "Education – 2026"]


def test_a_line_across_the_gutter_or_outside_the_columns_is_no_tail():
    across = _words("This sentence runs right across the gutter of the page before", 62, 80)
    assert carried_columns(across, PREV) is None
    # a word standing in the gutter
    row = _tail(["Tiltak"], ["Ansvar"], right_x=295.0)
    assert carried_columns(row, PREV) is None
    # one side only: nothing to part
    assert carried_columns(_tail(["Only the left column", "goes on here"], []), PREV) is None
    # lines enough for two columns: the column cut of the page itself decides
    many = _tail(["a b c", "d e f", "g h i", "s t u", "v w x", "y z"], ["j k l", "m n o", "p q r"])
    assert carried_columns(many, PREV) is None


def test_regions_of_the_page_before():
    from plancheck.layout.columns import last_column_pair

    left = Region(_words("left", 62, 100) + _words("text", 62, 700), 62, 100, 290, 710, column=True)
    right = Region(_words("right", 305, 100) + _words("text", 305, 700), 305, 100, 533, 710, column=True)
    head = Region(_words("Title", 62, 60), 62, 60, 200, 70)
    assert last_column_pair([head, left, right]) == (62, 290, 305, 533)
    assert last_column_pair([head]) is None
    # a column cut into items: the regions on each side make its box
    item = Region(_words("item", 330, 720), 330, 720, 520, 740, column=True)
    assert last_column_pair([head, left, right, item]) == (62, 290, 305, 533)
    # text across the page after the columns: the flow ended on the page
    foot = Region(_words("after", 62, 760) + _words("more", 62, 773), 62, 760, 533, 783)
    assert last_column_pair([left, right, foot]) is None


def test_a_page_going_on_with_other_text_keeps_its_regions():
    """A table's head over its rows on the next page stands in both columns too ('Mål  Handling'
    | 'Ansvar  Når'): the page holds more than the flow's tail, and its regions stay."""
    from plancheck.layout.columns import carried_flow

    head = _tail(["Tiltak", "Mål  Handling"], ["", "Ansvar  Når"])
    rows = [_words("Mål 1 Utrede et tilbud om leksehjelp Frivilligsentralen 2026", 62, 140 + 13 * k) for k in range(4)]
    regions = [Region(head, 62, 80, 533, 103), Region([w for r in rows for w in r], 62, 140, 533, 189)]
    assert carried_flow(regions, PREV) is regions
    # the tail alone (under a running head of one line) is read column by column
    tail = _tail(["I11 (Indsats) Revidere procedurer", "for opfølgning på underretninger –"],
                 ["Ansvarlig: Dagtilbudschef – inden", "30.06.26"])
    running = Region(_words("Kommune · Plan 2025", 62, 40), 62, 40, 200, 50)
    out = carried_flow([running, Region(tail, 62, 80, 533, 103)], PREV)
    assert [r.column for r in out] == [False, True, True]


def test_a_running_head_across_the_gutter_set_close_over_the_tail_is_peeled_off():
    """A Writer page's running head set a line's space over the flow's tail falls in the tail's
    region ('Westfield Council · Economic Development Plan' over 'works in council buildings
    (owner:' | 'Executive; due: As needed)' / 'Leisure Services and Chief'): the head, a row
    across the gutter at the region's top, is a region of its own and the rest is read column
    by column; a row across the gutter inside the lines is no head."""
    from plancheck.layout.columns import carried_flow

    head = _words("Westfield Council · Economic Development Plan 2026–2029", 62, 66)
    tail = _tail(["works in council buildings (owner:", "Leisure Services and Chief"], ["Executive; due: As needed)"])
    out = carried_flow([Region(head + tail, 62, 66, 533, 103)], PREV)
    assert [r.column for r in out] == [False, True, True]
    assert " ".join(w.text for w in out[0].words) == "Westfield Council · Economic Development Plan 2026–2029"
    assert _texts([out[1].words, out[2].words]) == ["works in council buildings (owner: Leisure Services and Chief",
                                                    "Executive; due: As needed)"]
    # the same at the foot (a running foot across the gutter)
    foot = _words("Westfield Council · Economic Development Plan 2026–2029", 62, 110)
    out = carried_flow([Region(tail + foot, 62, 80, 533, 120)], PREV)
    assert [r.column for r in out] == [True, True, False]
    # a row across the gutter between the tail's lines: text of the page's own
    middle = _tail(["works in council buildings", "", "Leisure Services and Chief"], ["Executive; due: As needed)"])
    middle += _words("This sentence runs right across the gutter of the page before", 62, 93)
    regions = [Region(middle, 62, 80, 533, 120)]
    assert carried_flow(regions, PREV) is regions


def test_a_running_foot_cut_into_one_line_columns_does_not_hide_the_flows_columns():
    """Chromium's foot ('file:///…' in the left corner, '1/2' in the right) is cut with the
    columns above it into one-line column regions after them: the flow's columns are the last
    ones of more than one line."""
    from plancheck.layout.columns import last_column_pair

    left = Region(_words("left", 62, 100) + _words("text", 62, 700), 62, 100, 290, 710, column=True)
    url = Region(_words("file:///tmp/plan.html", 24, 815), 24, 815, 160, 825, column=True)
    right = Region(_words("right", 305, 100) + _words("text", 305, 700), 305, 100, 533, 710, column=True)
    page = Region(_words("1/2", 558, 815), 558, 815, 571, 825, column=True)
    _lx0, lx1, rx0, rx1 = last_column_pair([left, url, right, page])
    assert (lx1, rx0, rx1) == (290, 305, 533)


def test_a_short_paragraph_kept_whole_in_the_right_column_beside_a_two_line_tail():
    """Columns balanced on the flow's last page under widow and orphan control (two lines each,
    the default of CSS, Word and Writer): a paragraph of three lines cannot be split, so it
    stands whole in the right column beside the two-line tail of the item before ('Konsulent
    for sundhedsfremme; frist: Efter' / 'behov)' | 'Indsats 5.2: Etablere mødesteder …' in
    three lines). The right side runs one line longer than the left; read column by column."""
    from plancheck.layout.columns import carried_flow

    tail = _tail(["Konsulent for sundhedsfremme; frist: Efter", "behov)"],
                 ["Indsats 5.2: Etablere mødesteder for", "frivillige i alle lokalområder (ansvar:", "Dagtilbudschef)"])
    out = carried_flow([Region(tail, 62, 80, 533, 116)], PREV)
    assert [r.column for r in out] == [True, True]
    assert _texts([out[0].words, out[1].words]) == [
        "Konsulent for sundhedsfremme; frist: Efter behov)",
        "Indsats 5.2: Etablere mødesteder for frivillige i alle lokalområder (ansvar: Dagtilbudschef)",
    ]
    # one line on the left beside two on the right (a table's head over a row), or a right side
    # longer by more than a line: no balanced flow's tail, the regions stay
    for left, right in ((["Mål  Handling"], ["Ansvar  Når", "Skolechef"]),
                        (["Tiltak 3.1 Revidere", "procedurer"], ["a b c", "d e f", "g h i", "j k l"])):
        regions = [Region(_tail(left, right), 62, 80, 533, 130)]
        assert carried_flow(regions, PREV) is regions


def test_a_left_line_longer_than_any_on_the_page_before_reaches_into_the_gutter():
    """Ragged-right lines may all have ended short of the left column's edge on the page
    before; the tail's longer line ends past them, still well clear of the right column."""
    left = [*_words("och följa upp effekterna", 62, 80), Word("(ansvar:", 250, 80, 294, 90, 10)]
    words = left + _words("Åtgärd 2.2: Etablera", 305, 80) + _words("Kulturchef; tid: 2027", 305, 93)
    assert _texts(carried_columns(words, PREV)) == ["och följa upp effekterna (ansvar:",
                                                    "Åtgärd 2.2: Etablera Kulturchef; tid: 2027"]
    # a word ending past the gutter's middle (15 pt wide): no tail
    far = [*_words("och följa upp effekterna", 62, 80), Word("(ansvar:", 255, 80, 299, 90, 10)]
    assert carried_columns(far + _words("Åtgärd 2.2: Etablera", 305, 80), PREV) is None
