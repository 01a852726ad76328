"""Parent goals whatever the table layout, on small hand-built inputs: a ``Satsingsområde | Vi vil
| Slik måler vi`` table (the "Vi vil" column is the goal column beside an indicator, the repeated
theme cell its focus area) and a target map ("målkarta": focus areas in the header cells, goals
as bullets in the body cells)."""

from __future__ import annotations

import pytest

from plancheck.extract.plan import build_plan
from plancheck.extract.tables import focus_grid, goal_table, measured_goal_roles, table_roles
from plancheck.mandate.parents import parent_goals, table_focus
from plancheck.models import Block, BlockKind, Document, Provenance, Section, Table
from tests.conftest import table_of

_table = table_of


def _doc(*tables: Table, title: str = "Samfunnsdelen") -> Document:
    blocks = [
        Block(id="b0", kind=BlockKind.heading, text=title, provenance=Provenance(page=1), section_id="s1"),
        Block(
            id="b1",
            kind=BlockKind.paragraph,
            text="Kommunen har mange bygder og en sterk landbruksnæring.",
            provenance=Provenance(page=1),
            section_id="s1",
        ),
    ]
    for i, t in enumerate(tables):
        blocks.append(
            Block(id=f"b{i + 2}", kind=BlockKind.table, provenance=Provenance(page=1), section_id="s1", table=t)
        )
    return Document(
        path="x.pdf",
        page_count=1,
        sections=[Section(id="s1", title=title, level=1, page=1)],
        blocks=blocks,
    )


def row_texts(table: Table) -> list[list[str]]:
    return [[c.text for c in row] for row in table.rows]


WANT_TABLE = _table(
    ["Satsingsområde", "Vi vil", "Slik måler vi"],
    [
        ["Verdiskaping", "Øke produksjonen av mat i bygdene", "Dyrka areal i drift (daa)"],
        ["Verdiskaping", "Skape flere arbeidsplasser i turisme", "Sysselsatte i reiselivet (SSB)"],
        ["Klima og miljø", "Kutte utslippene fra transport og bygg", "Utslipp i tonn CO₂"],
    ],
)


def test_a_we_want_column_beside_an_indicator_is_the_goal_column():
    roles = table_roles(WANT_TABLE.header)
    assert roles == ["theme", "strategy", "indicator"]  # "Vi vil" alone is what we want: a strategy
    assert measured_goal_roles(roles) == ["theme", "goal", "indicator"]
    assert goal_table(WANT_TABLE.header, measured_goal_roles(roles))


@pytest.mark.parametrize(
    "header",
    [
        ["Mål", "Vi vil", "Indikator"],  # a goal column: "Vi vil" are its strategies
        ["Satsingsområde", "Vi vil"],  # nothing measured: no goals read from the column
        ["Vi vil", "Tiltak", "Indikator"],  # a measure column: another kind of table
    ],
)
def test_a_we_want_column_is_no_goal_column_otherwise(header):
    roles = measured_goal_roles(table_roles(header))
    assert roles.count("goal") <= 1
    if "Mål" in header:
        assert roles[header.index("Vi vil")] == "strategy"
    else:
        assert not goal_table(header, roles)


def test_the_rows_of_a_we_want_table_are_goals_with_their_focus_area_and_indicator():
    plan = build_plan(_doc(WANT_TABLE), lang="nb")
    assert [g.text for g in plan.goals] == [
        "Øke produksjonen av mat i bygdene",
        "Skape flere arbeidsplasser i turisme",
        "Kutte utslippene fra transport og bygg",
    ]
    areas = {f.id: f.text for f in plan.focus_areas}
    assert [areas[g.focus_area_id] for g in plan.goals] == ["Verdiskaping", "Verdiskaping", "Klima og miljø"]
    assert len(plan.focus_areas) == 2  # the area repeated on the next row is the same area
    assert not plan.measures and not plan.strategies
    assert [(i.text, i.goal_ids) for i in plan.indicators] == [
        (ind, [g.id]) for ind, g in zip([r[2] for r in row_texts(WANT_TABLE)], plan.goals, strict=True)
    ]
    # the rød tråd takes the goals, and their focus area is the table's, not the heading's
    goals = parent_goals(plan)
    assert len(goals) == 3
    assert table_focus(goals[2], plan) == "Klima og miljø"


def test_a_focus_area_that_is_a_heading_is_no_table_focus():
    plan = build_plan(_doc(WANT_TABLE, title="Verdiskaping"), lang="nb")
    assert table_focus(plan.goals[0], plan) is None  # the section already says it
    assert table_focus(plan.goals[2], plan) == "Klima og miljø"


TARGET_MAP = _table(
    ["Livslångt lärande", "Delaktighet och demokrati"],
    [
        [
            "• Alla elever ska kunna simma. • Vuxna ska kunna studera vidare på orten.",
            "• Invånarna ska kunna påverka kommunens beslut.",
        ]
    ],
)


def test_the_bullets_of_a_target_map_are_goals_of_the_focus_area_above_them():
    assert focus_grid(TARGET_MAP, table_roles(TARGET_MAP.header), "sv")
    plan = build_plan(_doc(TARGET_MAP, title="Kommunfullmäktiges mål"), lang="sv")
    assert [g.text for g in plan.goals] == [
        "Alla elever ska kunna simma.",
        "Vuxna ska kunna studera vidare på orten.",
        "Invånarna ska kunna påverka kommunens beslut.",
    ]
    areas = {f.id: f.text for f in plan.focus_areas}
    assert [areas[g.focus_area_id] for g in plan.goals] == [
        "Livslångt lärande",
        "Livslångt lärande",
        "Delaktighet och demokrati",
    ]


@pytest.mark.parametrize(
    "table",
    [
        # strengths and weaknesses: bullets under headers with no role, but facts, not aims
        _table(
            ["Styrker", "Svakheter"],
            [["• Kommunen har gode skoler. • Mange frivillige lag.", "• Lang reisevei til sykehuset."]],
        ),
        # one bullet without a modal: not every item an aim
        _table(
            ["Oppvekst", "Helse"],
            [["• Alle barn skal ha en trygg oppvekst.", "• Legevakten i nabokommunen."]],
        ),
        # not bulleted: a box of text, not a map of goals
        _table(["Oppvekst", "Helse"], [["Alle barn skal ha en trygg oppvekst.", "Alle skal få hjelp."]]),
        # a header cell names a column role: another kind of table
        _table(["Mål", "Tiltak"], [["• Alle barn skal trives.", "• Vi skal ansette flere."]]),
        # one column: a box
        _table(["Oppvekst"], [["• Alle barn skal ha en trygg oppvekst."]]),
    ],
)
def test_no_goals_from_a_grid_that_is_no_target_map(table):
    assert not focus_grid(table, table_roles(table.header), "nb")
    plan = build_plan(_doc(table, title="Bakgrunn"), lang="nb")
    assert not any(g.text.startswith("Alle barn") and g.focus_area_id for g in plan.goals)


def test_the_rod_trad_reads_a_cell_of_bullets_as_one_statement_per_bullet():
    # not a target map (one bullet states no aim), and the document does not name itself an
    # overarching plan, so the extractor reads no goals from it; read as a parent, its goal
    # statements (extract/goalstatements.py) take each bullet worded as a goal on its own
    table = _table(
        ["Oppvekst", "Helse"],
        [["• Alle barn skal ha en trygg oppvekst. • Flere unge skal fullføre skolen.", "• Legevakten i nabokommunen."]],
    )
    doc = _doc(table, title="Bakgrunn")
    plan = build_plan(doc, lang="nb")
    assert not plan.goals
    assert [g.text for g in parent_goals(plan, doc)] == [
        "Alle barn skal ha en trygg oppvekst.",
        "Flere unge skal fullføre skolen.",
    ]
