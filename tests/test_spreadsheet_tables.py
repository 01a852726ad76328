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
        ("Gjennomført i 2019–2020", True),
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


SHEET_HEADER = ["ID", "Mål", "Tiltak", "Ansvarlig", "Tidsramme", "Status"]
SHEET_ROWS = [
    ["T1.1", "M1 – Alle barn skal ha en trygg skolevei.", "Merke skoleveiene i sentrum", "Vegsjef", "2026", "Pågår"],
    ["T1.2", "", "Senke farten forbi skolene", "Vegsjef", "", "Utsatt til 2027"],
    ["T2.1", "M2 – Flere skal sykle til jobb.", "Bygge sykkelparkering ved rådhuset", "Eiendomssjef", "Q3 2026", "Ikke startet"],
    SHEET_HEADER,  # the header row repeated on the next page
    ["M3", "M3 – Færre skal skades i trafikken.", "", "", "", "Vurderes ved rullering 2027"],
]


def test_a_goal_row_with_no_measure_is_a_goal_in_reading_order():
    plan = build_plan(_doc((BlockKind.table, table_of(SHEET_HEADER, SHEET_ROWS))), lang="nb")
    # a goal opening with its code and a dash: the code is the goal's number, not its words
    assert [(g.number, g.text) for g in plan.goals] == [
        ("M1", "Alle barn skal ha en trygg skolevei."),
        ("M2", "Flere skal sykle til jobb."),
        ("M3", "Færre skal skades i trafikken."),
    ]
    by_text = {m.text: m for m in plan.measures}
    assert len(plan.measures) == 3  # the goal row and the repeated header are no measures
    assert by_text["Senke farten forbi skolene"].goal_ids == [plan.goals[0].id]
    assert by_text["Bygge sykkelparkering ved rådhuset"].goal_ids == [plan.goals[1].id]
    assert not any(plan.goals[2].id in m.goal_ids for m in plan.measures)


def test_the_status_column_is_no_deadline():
    plan = build_plan(_doc((BlockKind.table, table_of(SHEET_HEADER, SHEET_ROWS))), lang="nb")
    postponed = next(m for m in plan.measures if m.text == "Senke farten forbi skolene")
    assert postponed.deadline is None and postponed.status == "Utsatt til 2027"


def test_a_goal_cell_over_measure_rows_below_it_is_not_alone():
    """The goal on a row of its own, its measures in the rows under it: no goal is made twice."""
    rows = [
        ["", "M1 – Alle barn skal ha en trygg skolevei.", "", "", "", ""],
        ["T1.1", "", "Merke skoleveiene i sentrum", "Vegsjef", "2026", "Pågår"],
        ["T1.2", "", "Senke farten forbi skolene", "Vegsjef", "2027", "Pågår"],
    ]
    plan = build_plan(_doc((BlockKind.table, table_of(SHEET_HEADER, rows))), lang="nb")
    assert len(plan.goals) == 1
    assert all(m.goal_ids == [plan.goals[0].id] for m in plan.measures) and len(plan.measures) == 2


def test_the_goal_rows_alone_pass_over_the_repeated_header():
    from plancheck.extract.tables import goal_rows_alone, table_roles
    from plancheck.ingest.text import normalise

    table = table_of(SHEET_HEADER, SHEET_ROWS)
    roles = table_roles(table.header)
    header_norm = [normalise(h) for h in table.header]
    assert goal_rows_alone(table.rows, roles, roles.index("measure"), header_norm) == {4}
    served = table_of(SHEET_HEADER, SHEET_ROWS[:3])
    assert goal_rows_alone(served.rows, roles, roles.index("measure"), header_norm) == set()


def test_figures_set_under_the_measure_rows_are_no_measures():
    """A sheet whose key figures follow its measure rows in the same columns: an owner cell
    holding only a number or a share names no one."""
    rows = [
        ["T1.1", "Merke skoleveiene i sentrum", "Vegsjef", "2026"],
        ["", "", "", ""],
        ["Nøkkeltall 2025", "", "", ""],
        ["", "Skadde i trafikken", "14", "Mål 2028: 5"],
        ["", "Andel som sykler til skolen", "48 %", ""],
    ]
    plan = build_plan(_doc((BlockKind.table, _titled("Handlingsplan 2026–2028", ["ID", "Tiltak", "Ansvarlig", "Frist"], rows))), lang="nb")
    assert [m.text for m in plan.measures] == ["Merke skoleveiene i sentrum"]


def test_a_year_alone_in_a_shared_owner_and_deadline_cell_is_no_figure():
    rows = [
        ["Merke skoleveiene i sentrum", "Vegsjef Haust 2026"],
        ["Lage ny trafikksikkerhetsplan", "2031"],  # the deadline alone, no owner
    ]
    plan = build_plan(_doc((BlockKind.table, table_of(["Tiltak", "Ansvar / frist"], rows))), lang="nn")
    assert [m.text for m in plan.measures] == [r[0] for r in rows]
