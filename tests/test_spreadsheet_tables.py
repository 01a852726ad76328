"""Measure tables as a spreadsheet prints them, on small hand-built inputs: a title row above the
header row inside the table, a second sheet listing work done before the plan (its title says
so), and a goal row with no measure rows under it."""

from __future__ import annotations

import pytest

from plancheck.extract.plan import build_plan
from plancheck.extract.tables import lists_done_work, title_texts
from plancheck.models import Block, BlockKind, Document, Provenance, Section, Table
from tests.conftest import table_of

HEADER = ["ID", "Tiltak", "Ansvarlig", "Fullført"]
DONE_ROWS = [
    ["G1", "Innført nytt turnussystem i hjemmetjenesten", "Enhetsleder", "2024"],
    ["G2", "Tatt i bruk digitalt søknadsskjema", "HR-sjef", "2023"],
]


def _doc(*blocks: tuple[BlockKind, object]) -> Document:
    out = []
    for i, (kind, content) in enumerate(blocks):
        if kind == BlockKind.table:
            out.append(Block(id=f"b{i}", kind=kind, provenance=Provenance(page=1), section_id="s1", table=content))
        else:
            out.append(Block(id=f"b{i}", kind=kind, text=str(content), provenance=Provenance(page=1), section_id="s1"))
    return Document(path="x.pdf", page_count=1, sections=[Section(id="s1", title="Plan", level=1, page=1)], blocks=out)


def _titled(title: str, header: list[str], rows: list[list[str]]) -> Table:
    """A sheet printed as one table: its title in the first row, the header row under it."""
    blank = [""] * (len(header) - 1)
    return table_of([title, *blank], [header, *rows])


@pytest.mark.parametrize(
    ("title", "done"),
    [
        ("Gjennomført 2022–2025", True),
        ("Gjennomført i 2023–2024", True),
        ("2 Dette har vi gjort 2022–2025", True),
        ("Det har vi nået", True),
        ("Det här har vi gjort 2022–2025", True),
        ("Completed actions 2020–2024", True),
        ("Fullført videregående opplæring", False),  # one done word before a topic: a topic
        ("Gjennomføring av tiltakene", False),
        ("Handlingsplan 2026–2028", False),
        ("Tiltak", False),
    ],
)
def test_a_title_saying_the_work_is_done(title, done):
    assert lists_done_work(title) is done


def test_the_title_rows_above_the_real_header():
    table = _titled("Gjennomført 2022–2025", HEADER, DONE_ROWS)
    assert title_texts(table) == ["Gjennomført 2022–2025"]
    assert title_texts(table_of(HEADER, DONE_ROWS)) == []  # the header is the first row


def test_a_sheet_titled_as_done_work_gives_no_measures():
    plan = build_plan(_doc((BlockKind.table, _titled("Gjennomført 2022–2025", HEADER, DONE_ROWS))), lang="nb")
    assert plan.measures == []


def test_the_same_sheet_under_the_plans_title_gives_its_measures():
    table = _titled("Handlingsplan 2026–2028", ["ID", "Tiltak", "Ansvarlig", "Frist"], DONE_ROWS)
    plan = build_plan(_doc((BlockKind.table, table)), lang="nb")
    assert [m.text for m in plan.measures] == [r[1] for r in DONE_ROWS]


@pytest.mark.parametrize(("heading", "measures"), [("Dette har vi gjort 2022–2025", 0), ("Oppvekst", 2)])
def test_a_heading_right_above_the_table_saying_the_work_is_done(heading, measures):
    table = table_of(["ID", "Tiltak", "Ansvarlig", "Frist"], DONE_ROWS)
    plan = build_plan(_doc((BlockKind.heading, heading), (BlockKind.table, table)), lang="nb")
    assert len(plan.measures) == measures
