"""A point listing what to give of each of a class of things, answered by a table whose
columns restate the items: the one column no item restates holds the one item said in other
words (MatchSettings.leftover_column; judge23, issue 11). Invented plans, hand-built."""

from __future__ import annotations

from dataclasses import replace

from plancheck.extract.plan import build_plan
from plancheck.mandate import find_points
from plancheck.mandate.match import DEFAULT_SETTINGS, _header_cells, assess_points
from plancheck.models import Block, BlockKind, Cell, Document, Provenance, Section, Table

OFF = replace(DEFAULT_SETTINGS, leftover_column=0)
POINT = "Mandat\n\n1. Kartlegge kommunens badeplasser, deres vannkvalitet, toaletter og parkering."


def _table(header: list[str], rows: list[list[str]]) -> Table:
    return Table(
        header=header,
        rows=[
            [Cell(row=r, col=c, text=t, page=2) for c, t in enumerate(row)]
            for r, row in enumerate(rows)
        ],
        pages=[2],
    )


def _doc(table: Table) -> Document:
    title, heading = "Plan for badeplassene i Nordvik", "Badeplassene våre"
    blocks = [
        Block(id="b0", kind=BlockKind.heading, text=title, provenance=Provenance(page=1), section_id="s1"),
        Block(
            id="b1",
            kind=BlockKind.paragraph,
            text="Planen gjelder de offentlige badeplassene i Nordvik.",
            provenance=Provenance(page=1),
            section_id="s1",
        ),
        Block(id="b2", kind=BlockKind.heading, text=heading, provenance=Provenance(page=2), section_id="s2"),
        Block(id="b3", kind=BlockKind.table, text="", provenance=Provenance(page=None), section_id="s2", table=table),
    ]
    return Document(
        path="x.pdf",
        page_count=2,
        sections=[
            Section(id="s1", title=title, level=1, page=1),
            Section(id="s2", title=heading, level=1, page=2),
        ],
        blocks=blocks,
    )


ROWS = [
    ["Sandvika", "Godkjent alle uker", "To toaletter", "40 plasser"],
    ["Holmen", "Stengt én uke i juli", "Ett toalett", "12 plasser"],
    ["Furuodden", "Godkjent alle uker", "Ingen", "25 plasser"],
]


def _assess(table: Table, settings=DEFAULT_SETTINGS):
    plan = build_plan(_doc(table), lang="nb")
    (c,) = assess_points(plan, find_points([POINT]), "nb", settings=settings)
    return c


def test_the_one_column_no_item_restates_answers_the_one_item_said_otherwise() -> None:
    table = _table(["Badeplass", "Prøvesvar", "Toaletter", "Parkering"], ROWS)
    # off: "vannkvalitet" has no word of its own in the table, and the point is partial
    off = _assess(table, OFF)
    assert off.status == "partial"
    assert any("vannkvalitet" in m for m in off.missing)
    on = _assess(table)
    assert on.status == "covered", on.missing


def test_two_columns_left_over_say_not_which_holds_the_item() -> None:
    """The trap: with two columns no item restates, the item may be in either or in none."""
    table = _table(
        ["Badeplass", "Prøvesvar", "Badevakt", "Toaletter", "Parkering"],
        [[*r[:2], "Nei", *r[2:]] for r in ROWS],
    )
    assert _assess(table).status == "partial"


def test_no_column_left_over_is_the_item_missing() -> None:
    table = _table(["Badeplass", "Toaletter", "Parkering"], [[r[0], *r[2:]] for r in ROWS])
    c = _assess(table)
    assert c.status == "partial"
    assert any("vannkvalitet" in m for m in c.missing)


def test_header_cells_of_a_table_passage_only() -> None:
    from plancheck.mandate.match import Unit

    assert _header_cells(Unit("t1", "table", "A | B | C\n1 | 2 | 3", 1, None)) == ["A", "B", "C"]
    assert _header_cells(Unit("p1", "passage", "A | B", 1, None)) == []
    assert _header_cells(Unit("t2", "table", "Bare én kolonne\nx", 1, None)) == []
