"""A tab-stop table whose band of rows the page's column cut read apart: the first column's
lines (goal, strategy, measure) first, the owner and deadline columns after them. A
right-aligned deadline wrapped onto a line of its own ('by the end of' / '2027') stands level
with no line of the first column: it belongs between the lines already read, under its row,
not after the last of them (there it cut the table short before the next goal and gave the
'2027' to the last measure) — hand-built lines, as reportlab prints a borderless table."""

from __future__ import annotations

import pytest

from plancheck.layout.lines import words_to_lines
from plancheck.layout.tables import find_tab_stop_table, segments
from plancheck.layout.words import Word

RIGHT = 539.0


def _line(parts: list[tuple], top: float, region: int, bold: bool = False):
    """Words 5 pt a letter, 3 pt spaces; a part at x, or right-aligned at RIGHT when x is None
    (at its third item when it has one)."""
    words = []
    for text, x, *end in parts:
        width = sum(5 * len(w) for w in text.split()) + 3 * (len(text.split()) - 1)
        x0 = (end[0] if end else RIGHT) - width if x is None else x
        for w in text.split():
            words.append(Word(w, x0, top, x0 + 5 * len(w), top + 10, 10, bold=bold))
            x0 += 5 * len(w) + 3
    [ln] = words_to_lines(words, 1)
    ln.region = region
    return ln


def _table(owners: list[str], deadline_first: str, deadline_rest: str):
    head = _line([("Lead", 350.0), ("By when", None)], 500, 0, bold=True)
    first = [
        _line([("Children will take part in good work", 68.0)], 520, 1, bold=True),
        _line([("Involve residents in services", 91.0)], 536, 1, bold=True),
        _line([("Deliver energy works in council", 114.0)], 552, 1),
        _line([("Work with the community sector", 91.0)], 580, 2, bold=True),
        _line([("Review requirements in all", 114.0)], 596, 2),
        _line([("Strengthen partnership working", 91.0)], 624, 3, bold=True),
        _line([("Deliver safe routes to school", 114.0)], 640, 3),
    ]
    later = [
        _line([(owners[0], 350.0), (deadline_first, None)], 552, 4),
        _line([(deadline_rest, None)], 564, 4),
        _line([(owners[1], 350.0), (deadline_first, None)], 596, 5),
        _line([(deadline_rest, None)], 608, 5),
        _line([(owners[2], 350.0)], 640, 6),
    ]
    after = [
        _line([("All pupils will get early help", 68.0)], 663, 7, bold=True),
        _line([("Prioritise early intervention", 91.0)], 681, 7, bold=True),
        _line([("Set up volunteer hubs", 114.0), ("Road Safety", 350.0), ("31 March 2027", None)], 697, 7),
        _line([("Expand a team for families", 114.0), ("All departments", 350.0), ("31.12.2026", None)], 713, 7),
    ]
    segs = segments(head)
    found = find_tab_stop_table(head, segs, [*first, *later, *after], 1)
    assert found is not None
    piece, _used = found
    return [[c.text if c else "" for c in row] for row in piece.rows]


@pytest.mark.parametrize(("owners", "first", "rest"), [
    (["Procurement", "Chief Executive", "Highways"], "by the end of", "2027"),
    (["Innkjøp", "Rådmannen", "Teknisk drift"], "innen utgangen av", "2027"),
])
def test_a_wrapped_right_aligned_cell_read_after_its_column_goes_under_its_row(owners, first, rest):
    rows = _table(owners, first, rest)
    assert ["Deliver energy works in council", owners[0], f"{first} {rest}"] in rows
    assert ["Review requirements in all", owners[1], f"{first} {rest}"] in rows
    assert ["Deliver safe routes to school", owners[2], ""] in rows
    assert ["Set up volunteer hubs", "Road Safety", "31 March 2027"] in rows
    assert ["Expand a team for families", "All departments", "31.12.2026"] in rows


def _run_over(deadline_end: float, owner: str = "Helsetjenesten") -> list[list[str]]:
    """A tab-stop line whose right-aligned deadline ('Høst 2024, evaluering innen 30.06.25') did
    not fit beside the owner: set flush after it, its tail wrapped back to the line's indent,
    the measure's cell nearly full (no room there for 'innen' either)."""
    head = _line([("Ansvar", 345.0), ("Gjennomføring", None)], 500, 0, bold=True)
    owner_end = 345.0 + 5 * len(owner)
    deadline_start = deadline_end - (5 * len("Høst2024ogevaluering") + 9)
    if owner == "Helsetjenesten":
        assert deadline_start - owner_end < 20  # pushed against the owner: no room for 'innen'
    assert 108.0 + 5 * len("Oppdatereenoversiktoverkommunaleboliger") + 15 + 5 * len("innen") > 341  # nor in the measure's cell
    lines = [
        _line([("Barn skal ha det trygt", 62.0)], 520, 1, bold=True),
        _line([("Tilby sommerjobb for ungdom", 108.0), ("NAV", 345.0), ("31.12.25", None)], 536, 1),
        _line([("Lage en plan for alle", 108.0), ("Rektorer", 345.0), ("Løpende", None)], 552, 1),
        _line([("Oppdatere en oversikt over kommunale boliger", 108.0), (owner, 345.0),
               ("Høst 2024 og evaluering", None, deadline_end)], 568, 1),
        _line([("innen 30.06.25", 108.0)], 579, 1),
        _line([("Gjennomføre kurs for ansatte", 108.0), ("NAV", 345.0), ("Hver høst", None)], 595, 1),
    ]
    found = find_tab_stop_table(head, segments(head), lines, 1)
    assert found is not None
    return [[c.text if c else "" for c in row] for row in found[0].rows]


def test_a_right_aligned_cell_ending_short_of_its_stop_ran_over_and_its_tail_is_its_own():
    rows = _run_over(RIGHT - 2.7)
    assert ["Oppdatere en oversikt over kommunale boliger", "Helsetjenesten", "Høst 2024 og evaluering innen 30.06.25"] in rows


def test_a_right_aligned_cell_at_its_stop_leaves_the_line_under_it_to_the_full_first_cell():
    rows = _run_over(RIGHT)
    assert ["Oppdatere en oversikt over kommunale boliger innen 30.06.25", "Helsetjenesten", "Høst 2024 og evaluering"] in rows


def test_a_right_aligned_cell_ending_short_of_its_stop_ran_over_though_room_was_left_before_it():
    """LibreOffice sets a right tab's text that does not fit from where it would start and
    wraps its end: the cell ends short of the stop with a gap before it wider than a word."""
    rows = _run_over(RIGHT - 2.7, owner="NAV")
    assert ["Oppdatere en oversikt over kommunale boliger", "NAV", "Høst 2024 og evaluering innen 30.06.25"] in rows
    rows = _run_over(RIGHT, owner="NAV")
    assert ["Oppdatere en oversikt over kommunale boliger innen 30.06.25", "NAV", "Høst 2024 og evaluering"] in rows
