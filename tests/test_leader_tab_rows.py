"""Rows set with tab stops that have a dotted leader ('Tiltak ..... Ansvar ..... Frist'): the
dots are drawn right up to the text on both sides, so the fields come as words glued by dots.
The leader is a word of its own that parts two cells; a line whose leaders part three fields, or
whose number after the leader is a year, is no contents line."""

from __future__ import annotations

from plancheck.lang.vocab import column_role
from plancheck.layout.furniture import mark_toc
from plancheck.layout.lines import Line, line_text, segments
from plancheck.layout.tables import find_unruled_tables
from plancheck.layout.words import Char, split_words

SIZE = 10.0


def _chars(fields: list[tuple[float, str]], top: float, *, bold: bool = False, fill_to: list[float] | None = None) -> list[Char]:
    """Characters of one line: each field's text from its x, letters 5 pt wide, spaces 2.5 pt;
    with ``fill_to``, dots 2.5 pt wide from the end of each field up to the next field's x."""
    out: list[Char] = []
    for k, (x, text) in enumerate(fields):
        for ch in text:
            w = 2.5 if ch in " ." else 5.0
            out.append(Char(ch, x, top, x + w, top + SIZE, SIZE, "Sans-Bold" if bold else "Sans", bold))
            x += w
        if fill_to is not None and k + 1 < len(fields):
            while x + 2.5 <= fields[k + 1][0]:
                out.append(Char(".", x, top, x + 2.5, top + SIZE, SIZE, "Sans-Bold" if bold else "Sans", bold))
                x += 2.5
    return out


def _line(fields: list[tuple[float, str]], top: float, *, bold: bool = False, leaders: bool = True) -> Line:
    words = split_words(_chars(fields, top, bold=bold, fill_to=[f[0] for f in fields] if leaders else None))
    text = " ".join(w.text for w in words)
    return Line(page=1, words=words, x0=words[0].x0, x1=words[-1].x1, top=top, bottom=top + SIZE, size=SIZE,
                bold=bold, text=text)


ROW = [(60.0, "Kartlegge krysninger"), (300.0, "Plan og bygg"), (450.0, "2026")]


def test_a_leader_is_a_word_of_its_own_at_the_dots_place():
    words = split_words(_chars(ROW, 100, fill_to=[]))
    texts = [w.text for w in words]
    assert "krysninger" in texts and "Plan" in texts and "2026" in texts
    leaders = [w for w in words if w.leader]
    assert len(leaders) == 2 and all(set(w.text) == {"."} for w in leaders)
    assert next(w for w in words if w.text == "Plan").x0 == 300.0  # exact: placed by its characters


def test_a_few_dots_are_no_leader():
    words = split_words(_chars([(60.0, "Vent...")], 100))
    assert [(w.text, w.leader) for w in words] == [("Vent...", False)]


def test_segments_part_a_line_at_its_leaders_and_leave_them_out():
    segs = segments(_line(ROW, 100))
    assert [line_text(s) for s in segs] == ["Kartlegge krysninger", "Plan og bygg", "2026"]


def test_a_head_and_rows_set_with_leaders_are_a_table():
    lines = [
        _line([(60.0, "Tiltak"), (300.0, "Ansvar"), (450.0, "Frist")], 100, bold=True),
        _line(ROW, 114),
        _line([(60.0, "Lage rutine for overgang"), (300.0, "Skole"), (450.0, "Høst 2027")], 128),
    ]
    found = find_unruled_tables(lines, column_role, 1)
    assert len(found) == 1
    rows = [[c.text if c else "" for c in r] for r in found[0][0].rows]
    assert rows == [["Tiltak", "Ansvar", "Frist"], ["Kartlegge krysninger", "Plan og bygg", "2026"],
                    ["Lage rutine for overgang", "Skole", "Høst 2027"]]


def test_a_line_of_three_fields_between_leaders_or_ending_in_a_year_is_no_contents_line():
    toc = _line([(60.0, "Innledning"), (450.0, "3")], 100)
    row = _line(ROW, 114)
    dated = _line([(60.0, "Kartlegge krysninger"), (450.0, "2026")], 128)
    mark_toc([[toc, row, dated]])
    assert toc.kind == "toc"
    assert row.kind == "" and dated.kind == ""


def test_a_leader_between_labelled_fields_opens_no_table():
    """'Ansvar: … ..... Frist: …' under each item: one record's fields on a line, read by their
    labels; the leader parts them, but the line names no columns."""
    lines = [
        _line([(60.0, "1.1 Lage ein plan for ungdomsrådet")], 100, leaders=False),
        _line([(60.0, "Ansvar: Kulturkontoret"), (450.0, "Frist: 2027")], 114),
        _line([(60.0, "1.2 Tilsetje ein koordinator")], 128, leaders=False),
        _line([(60.0, "Ansvar: Rådmannen"), (450.0, "Frist: Hausten 2026")], 142),
    ]
    assert find_unruled_tables(lines, column_role, 1) == []


def test_two_leaders_make_a_tabbed_row_even_when_a_page_number_ends_it():
    """Three fields between two leaders ending in a short number (a count, a measure's number) are
    a row set with tab stops, not a contents line: the year rule alone does not catch it."""
    toc = _line([(60.0, "Innledning"), (450.0, "3")], 100)
    row = _line([(60.0, "Kartlegge krysninger"), (300.0, "Plan og bygg"), (450.0, "12")], 114)
    mark_toc([[toc, row]])
    assert toc.kind == "toc"
    assert row.kind == ""


def _right(text: str, end: float) -> tuple[float, str]:
    """A field set at a right-aligned stop ending at ``end`` (letters 5 pt, spaces and dots 2.5)."""
    width = sum(2.5 if ch in " ." else 5.0 for ch in text)
    return (end - width, text)


def test_an_outline_with_right_aligned_stops_behind_leaders_is_a_table():
    # goals half a centimetre left of the measures (14 pt, less than a centred head's slack), the
    # owner and the year each set at a right-aligned stop with a dotted leader before it: a
    # long owner starts left of its heading, and is still that column's by where it ends
    head = _line([(75.0, "Tiltak"), _right("Ansvar", 330.0), _right("Frist", 450.0)], 100, bold=True, leaders=False)
    goal = _line([(61.0, "Alle skal ha en trygg skolevei")], 114, bold=True, leaders=False)
    short = _line([(75.0, "Kartlegge krysninger"), _right("Plan", 330.0), _right("2026", 450.0)], 128)
    long = _line([(75.0, "Merke skoleveier"), _right("Plan og bygg og Skole", 330.0), _right("Høst 2027", 450.0)], 142)
    found = find_unruled_tables([head, goal, short, long], column_role, 1)
    assert len(found) == 1
    rows = [[c.text if c else "" for c in r] for r in found[0][0].rows]
    assert rows[-2:] == [["", "Kartlegge krysninger", "Plan", "2026"], ["", "Merke skoleveier", "Plan og bygg og Skole", "Høst 2027"]]
    assert rows[1][0] == "Alle skal ha en trygg skolevei"


def test_without_leaders_a_small_indent_under_a_head_is_no_outline():
    # the same lines with plain gaps: nothing says the tabs are there, and an indent less than
    # the slack of a centred head does not make the goal line a column of its own
    head = _line([(75.0, "Tiltak"), _right("Ansvar", 330.0), _right("Frist", 450.0)], 100, bold=True, leaders=False)
    goal = _line([(61.0, "Alle skal ha en trygg skolevei")], 114, bold=True, leaders=False)
    short = _line([(75.0, "Kartlegge krysninger"), _right("Plan", 330.0), _right("2026", 450.0)], 128, leaders=False)
    long = _line([(75.0, "Merke skoleveier"), _right("Plan og bygg og Skole", 330.0), _right("Høst 2027", 450.0)], 142, leaders=False)
    found = find_unruled_tables([head, goal, short, long], column_role, 1)
    assert all(p.tab_stops is None for p, _ in found)
