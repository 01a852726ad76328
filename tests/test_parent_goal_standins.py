"""Where a parent's goals stand when it states them in no goal list of its own, on small
hand-built inputs: several coded goals in one cell of a goal table ("M1.1 … . M1.2 …"), bullets
under a heading whose last word is a goal word ("Priority outcomes"), a table column named by
the parent plan ("Corporate Plan priority"), "Vi vil" strategies of a policy with nothing
above them, and headlines set beside large numbers on a vision page."""

from __future__ import annotations

import pytest

from plancheck.extract.goalstatements import (
    about_the_plans,
    numbered_headlines,
    standing_in_strategies,
)
from plancheck.extract.plan import build_plan
from plancheck.extract.roles import heading_role
from plancheck.extract.tables import coded_goal_parts, table_roles
from plancheck.lang.vocab import column_role, parent_goal_header, premodified_heading_role
from plancheck.mandate.parents import parent_goals, statements
from plancheck.models import (
    Block,
    BlockKind,
    Document,
    Goal,
    Passage,
    Plan,
    Provenance,
    Section,
    SourceInfo,
    Strategy,
)
from tests.conftest import table_of

# --------------------------------------------------------------------------- coded goal cells


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A1.1 Byen skal ha nok boliger. A1.2 Alle skal bo trygt.",
            [("A1.1", "Byen skal ha nok boliger."), ("A1.2", "Alle skal bo trygt.")],
        ),
        ("G-1 Fewer cars in town. G-2 Cleaner air for all.", [("G-1", "Fewer cars in town."), ("G-2", "Cleaner air for all.")]),
        ("2.1 Flere skal sykle. 2.2 Færre skal kjøre bil.", [("2.1", "Flere skal sykle."), ("2.2", "Færre skal kjøre bil.")]),
        # one coded goal: the cell is one goal
        ("A1.1 Byen skal ha nok boliger.", []),
        # a sentence opening with a count is no code
        ("2.1 Flere skal sykle. 3 av 4 skal gå til skolen.", []),
        # no code at the start: a paragraph naming a code later
        ("Byen skal ha nok boliger. A1.2 Alle skal bo trygt.", []),
        # codes of two forms are no run of goal codes
        ("A1.1 Byen skal ha nok boliger. B2 Alle skal bo trygt.", []),
        # a code-like name alone ("E6", a road) with no coded goals elsewhere in the table
        ("E6 skal utvides til fire felt.", []),
        # the same code twice is no numbering
        ("A1 Byen skal vokse. A1 Alle skal bo trygt.", []),
    ],
)
def test_the_coded_goals_of_one_cell(text, expected):
    assert coded_goal_parts(text) == expected


def test_one_coded_goal_is_taken_where_the_table_codes_goals_so():
    assert coded_goal_parts("A2.1 Matjorda skal tas vare på.", frozenset({"A"})) == [
        ("A2.1", "Matjorda skal tas vare på.")
    ]
    assert coded_goal_parts("E6 skal utvides.", frozenset({"A"})) == []


def _table_doc(table) -> Document:
    return Document(
        path="x.pdf",
        page_count=1,
        sections=[Section(id="s1", title="Satsingsområder og mål", level=1, page=1)],
        blocks=[
            Block(id="b0", kind=BlockKind.heading, text="Satsingsområder og mål", provenance=Provenance(page=1), section_id="s1"),
            Block(id="b1", kind=BlockKind.table, provenance=Provenance(page=1), section_id="s1", table=table),
        ],
    )


def test_each_coded_goal_of_a_goal_cell_is_a_goal_with_its_code_and_the_row_strategies():
    table = table_of(
        ["Satsingsområde", "Mål", "Strategier"],
        [
            [
                "A1 Bolig",
                "A1.1 Byen skal ha boliger for alle livsfaser. A1.2 Nye boliger skal ligge nær skolen.",
                "– Bygge tett i sentrum – Bruke egne tomter",
            ],
            ["A2 Natur", "A2.1 Matjorda skal tas vare på.", "– Verne myrene"],
        ],
    )
    plan = build_plan(_table_doc(table), lang="nb")
    assert [(g.number, g.text) for g in plan.goals] == [
        ("A1.1", "Byen skal ha boliger for alle livsfaser."),
        ("A1.2", "Nye boliger skal ligge nær skolen."),
        ("A2.1", "Matjorda skal tas vare på."),
    ]
    first, second, third = (g.id for g in plan.goals)
    by_text = {s.text: s.goal_ids for s in plan.strategies}
    assert by_text["Bygge tett i sentrum"] == [first, second]
    assert by_text["Verne myrene"] == [third]


# --------------------------------------------------------------------------- head-final headings


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Priority outcomes", "goal"),
        ("Key objectives", "goal"),
        ("Strategic actions", "measure"),
        ("Theme indicators", "indicator"),
        # the last word is no role word: a title
        ("Community outcomes and more", None),
        ("Community outcomes", None),
        # a focus area's own heading keeps its role
        ("Priority areas", None),
        ("Priority 1: Thriving people", None),
        ("Outcomes", None),  # one word: the lexicon's own heading, not a premodified one
    ],
)
def test_a_role_word_after_a_modifier_heads_the_heading(heading, role):
    assert premodified_heading_role(heading) == role


def test_bullets_under_a_premodified_goal_heading_are_goals_and_we_will_bullets_strategies():
    assert heading_role("Priority outcomes")[0] == "goal"
    assert heading_role("Priority 1: Thriving people") == ("focus_area", "Thriving people")
    rows = [
        (BlockKind.heading, "Priority 1: Healthy people"),
        (BlockKind.heading, "Priority outcomes"),
        (BlockKind.list_item, "Everyone can see a doctor within a week."),
        (BlockKind.list_item, "Fewer children grow up in poverty."),
        (BlockKind.heading, "We will:"),
        (BlockKind.list_item, "open a health hub in every town"),
        (BlockKind.list_item, "fund free school breakfasts"),
    ]
    doc = Document(
        path="x.pdf",
        page_count=1,
        sections=[Section(id="s1", title="Priority 1: Healthy people", level=1, page=1)],
        blocks=[
            Block(id=f"b{i}", kind=k, text=t, provenance=Provenance(page=1), section_id="s1")
            for i, (k, t) in enumerate(rows)
        ],
    )
    plan = build_plan(doc, lang="en")
    assert [g.text for g in plan.goals] == [
        "Everyone can see a doctor within a week.",
        "Fewer children grow up in poverty.",
    ]
    assert [s.text for s in plan.strategies] == ["open a health hub in every town", "fund free school breakfasts"]


# --------------------------------------------------------------------------- parent-plan columns


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Corporate Plan priority", True),
        ("Council plan", True),
        ("Samfunnsdelen", True),
        ("Kommuneplanmål", True),
        ("Our aim", False),
        ("Priority", False),
        ("Corporate Plan priority area of work", False),
    ],
)
def test_a_column_named_by_the_parent_plan_is_a_cross_reference(header, expected):
    assert parent_goal_header(header) is expected
    if expected:
        assert column_role(header) in ("references", "goal")


def test_a_table_of_aims_beside_the_parent_priority_states_the_plan_goals():
    table = table_of(
        ["Our aim", "Corporate Plan priority"],
        [
            ["Every pupil can walk or cycle to school safely.", "Healthy people"],
            ["Fewer journeys to school are made by car.", "A green district"],
            ["Parents take part in planning school routes.", ""],
        ],
    )
    assert table_roles(table.header) == ["goal", "references"]
    plan = build_plan(_table_doc(table), lang="en")
    assert [g.text for g in plan.goals] == [r[0].text for r in table.rows]


# --------------------------------------------------------------------------- stand-ins


def _plan(**items) -> Plan:
    return Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1), language="da", **items)


def _strategy(i: int, text: str) -> Strategy:
    return Strategy(id=f"strategy-{i}", text=text, page=1, section_id="s1")


WANTS = [
    _strategy(1, "sikre, at alle børn kan svømme, når de går ud af skolen"),
    _strategy(2, "VÆRDI 2"),  # a band read with the list: no aim
    _strategy(3, "styrke samarbejdet med foreningerne om fritidslivet"),
]


def test_the_strategies_of_a_policy_without_goals_stand_in_for_its_goals():
    plan = _plan(strategies=WANTS)
    assert [t for _i, _k, t, _p in standing_in_strategies(plan)] == [WANTS[0].text, WANTS[2].text]
    assert [g.text for g in parent_goals(plan)] == [WANTS[0].text, WANTS[2].text]


def test_strategies_beside_goals_stay_strategies():
    goal = Goal(id="goal-1", text="Alle børn skal trives i skolen.", page=1, section_id="s1")
    plan = _plan(goals=[goal], strategies=WANTS)
    assert [g.text for g in parent_goals(plan)] == ["Alle børn skal trives i skolen."]


def test_one_strategy_stands_in_for_nothing():
    assert standing_in_strategies(_plan(strategies=WANTS[:2])) == []


def _passages(rows: list[tuple[str, str]]) -> list[Passage]:
    return [Passage(id=f"p{i}", kind=k, text=t, page=1, section_id="s1") for i, (k, t) in enumerate(rows)]


VISION = [
    ("heading", "Målbild 2040"),
    ("paragraph", "Målbilden beskriver hur kommunen ska vara år 2040."),
    ("heading", "Alla har nära till en park"),
    ("heading", "1"),
    ("paragraph", "I kommunen har alla en park inom några hundra meter."),
    ("heading", "2"),  # the number first this time
    ("heading", "Det är lätt att resa med buss"),
    ("paragraph", "Bussen går ofta."),
    ("heading", "Fler företag startar"),
    ("heading", "3"),
    ("paragraph", "Näringslivet växer."),
]


def test_headlines_beside_large_numbers_are_the_goals_of_a_vision_page():
    plan = _plan(passages=_passages(VISION))
    want = ["Alla har nära till en park", "Det är lätt att resa med buss", "Fler företag startar"]
    assert [t for _i, _k, t, _p in numbered_headlines(plan)] == want
    # the introduction's sentence with a modal is no goal beside them
    assert [g.text for g in parent_goals(plan)] == want


@pytest.mark.parametrize(
    "rows",
    [
        # chapter numbers set apart from one-word titles: no headlines
        [("heading", "1"), ("heading", "Innledning"), ("heading", "2"), ("heading", "Mål"),
         ("heading", "3"), ("heading", "Tiltak")],
        # numbers that do not run 1, 2, 3
        [("heading", "Alla har nära till en park"), ("heading", "1"),
         ("heading", "Det är lätt att resa med buss"), ("heading", "3"),
         ("heading", "Fler företag startar"), ("heading", "4")],
        # two headlines are too few to be the plan's form
        [("heading", "Alla har nära till en park"), ("heading", "1"),
         ("heading", "Det är lätt att resa med buss"), ("heading", "2")],
        # a number in a paragraph is no large number
        [("heading", "Alla har nära till en park"), ("paragraph", "1"),
         ("heading", "Det är lätt att resa med buss"), ("paragraph", "2"),
         ("heading", "Fler företag startar"), ("paragraph", "3")],
    ],
)
def test_no_numbered_headlines(rows):
    assert numbered_headlines(_plan(passages=_passages(rows))) == []


# --------------------------------------------------------------------------- sentences about plans


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Måla står i teksten som setningar som byrjar med «Vi skal».", True),
        ("Kvar temaplan skal seie korleis han følgjer opp samfunnsdelen.", True),
        ("Handlingsdelen skal rullerast årleg.", True),
        ("Each service plan shall show how it contributes.", True),
        ("Vi skal halde oppe eit aktivt jordbruk i heile kommunen.", False),
        ("Nye planer skal sikre trygg byggegrunn.", False),  # a rule for planning: a goal
        ("Kommunen skal ha ein plan for alt.", False),
    ],
)
def test_sentences_about_the_plans_are_no_goal_statements(sentence, expected):
    assert about_the_plans(sentence) is expected


def test_a_prose_samfunnsdel_keeps_its_goal_sentences_and_drops_those_about_plans():
    text = (
        "Måla står i teksten som setningar som byrjar med «Vi skal». Bygda har mange myrar. "
        "Vi skal ta vare på myrane i heile kommunen. Kvar temaplan skal seie korleis han følgjer opp samfunnsdelen."
    )
    plan = _plan(passages=[Passage(id="p1", kind="paragraph", text=text, page=1, section_id="s1")])
    assert [g.text for g in parent_goals(plan)] == ["Vi skal ta vare på myrane i heile kommunen."]


def test_a_child_quoting_a_parent_goal_keeps_the_quotation_as_a_statement():
    """The child's «…» over its section is its reference to the parent goal (see
    without_goal_quotes), not a sentence about plans: only the parent's statements drop those."""
    text = "Samfunnsdelen: «Alle skal ha noen å være sammen med»"
    plan = _plan(passages=[Passage(id="p1", kind="paragraph", text=text, page=1, section_id="s1")])
    assert [t for _i, _k, t, _p in statements(plan)] == ["«Alle skal ha noen å være sammen med»"]
    assert statements(plan, parent=True) == []
