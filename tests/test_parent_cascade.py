"""A målkaskad (each parent goal printed as a heading over the child's own goals), goals named by
a band over the sentence that states them, and tags that name a goal without its content.
Invented examples."""

from __future__ import annotations

from plancheck.mandate.parents import (
    ParentSettings,
    assess_parent,
    named_statements,
    quoted_scope,
    reference_line,
    without_goal_quotes,
)
from plancheck.models import Block, BlockKind, Section
from tests.conftest import plan_of_blocks

GOALS = [
    "Alla invånare ska ha tillgång till ett rikt friluftsliv nära hemmet.",
    "Kommunens energianvändning ska halveras till 2035.",
]


def _heading(text, level=1):
    return Block(id="", kind=BlockKind.heading, text=text, level=level, bold=True)


def _para(text):
    return Block(id="", kind=BlockKind.paragraph, text=text)


def test_a_heading_restating_a_goal_under_a_short_label_is_no_evidence_and_names_it():
    items = [
        ("p3", "heading", "Regionens mål: " + GOALS[0], 1),
        ("p4", "goal", GOALS[1], 1),
        ("p5", "goal", "Fler spår ska märkas upp och " + GOALS[0].lower(), 1),
    ]
    kept, quoted_by = without_goal_quotes(items, GOALS)
    # the heading is the parent's goal repeated; a goal restated whole is too; a child goal
    # that says more than a label beside it keeps its own words
    assert [i[0] for i in kept] == ["p5"]
    assert quoted_by == {0: ["p3"], 1: ["p4"]}


def test_a_quoted_heading_stands_over_the_repeated_sub_headings_up_to_the_next_quote():
    def sec(ident, title, level=2, parent="s1"):
        return Section(id=ident, title=title, level=level, parent_id=parent)

    sections = [
        Section(id="s1", title="Mål och aktiviteter", level=1),
        sec("s2", "Regionens mål: A"),
        sec("s3", "Styrelsens mål"),
        sec("s4", "Aktiviteter"),
        sec("s5", "Regionens mål: B"),
        sec("s6", "Regionens mål: C"),
        sec("s7", "Styrelsens mål"),
        sec("s8", "Aktiviteter"),
        sec("s9", "Uppföljning"),
        Section(id="s10", title="Bilaga", level=1),
    ]
    quoted = {"s2", "s5", "s6"}
    assert quoted_scope(sections, "s2", quoted) == ["s2", "s3", "s4"]
    assert quoted_scope(sections, "s5", quoted) == ["s5"]  # nothing under it
    # a title that comes once at that level ("Uppföljning") ends the cascade
    assert quoted_scope(sections, "s6", quoted) == ["s6", "s7", "s8"]


def test_a_quoted_goal_with_nothing_under_it_is_not_followed_up():
    parent = plan_of_blocks([_heading("Strategisk plan"), *(_para("Mål: " + g) for g in GOALS)], "sv")
    child = plan_of_blocks(
        [
            _heading("Mål och aktiviteter"),
            _heading("Regionens mål: " + GOALS[0], 2),
            _heading("Styrelsens mål", 2),
            _para("Fler invånare ska ha ett friluftsliv med spår och badplatser nära hemmet."),
            _heading("Aktiviteter", 2),
            _para("Märka upp tio nya spår i friluftsområden nära hemmet."),
            _heading("Regionens mål: " + GOALS[1], 2),
            _heading("Regionens mål: Ett annat mål som inte finns i planen ovanför.", 2),
            _heading("Styrelsens mål", 2),
            _para("Arbetsmiljön ska vara god för alla medarbetare."),
            _heading("Aktiviteter", 2),
            _para("Medarbetarenkät varje år."),
        ],
        "sv",
    )
    assert [g.text for g in parent.goals] == GOALS
    cov, _links = assess_parent(child, parent, lang="sv")
    status = {c.text: str(getattr(c.status, "value", c.status)) for c in cov}
    # restated as a heading word for word, it was read as its own evidence before
    assert status[GOALS[1]] == "not_followed_up"


def test_a_short_name_on_a_band_gives_way_to_the_sentence_under_it():
    from plancheck.models import Goal, Passage, Plan, SourceInfo

    passages = [
        Passage(id="p1", kind="paragraph", text="AIM 1: GREEN STREETS", section_id="s1"),
        Passage(id="p2", kind="heading", text="Every street has trees and safe crossings.", section_id="s2"),
        Passage(id="p3", kind="paragraph", text="What we will see: more trees.", section_id="s2"),
        Passage(id="p4", kind="paragraph", text="AIM 2: OPEN DOORS", section_id="s2"),
        Passage(id="p5", kind="heading", text="Residents can reach every service online or in person.", section_id="s3"),
    ]
    goals = [
        Goal(id="goal-1", text="GREEN STREETS", number="1", section_id="s1"),
        Goal(id="goal-2", text="OPEN DOORS", number="2", section_id="s2"),
    ]
    plan = Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="", pages=1), passages=passages, goals=goals)
    named = named_statements(plan)
    assert named == {
        "goal-1": ("Every street has trees and safe crossings.", "GREEN STREETS"),
        "goal-2": ("Residents can reach every service online or in person.", "OPEN DOORS"),
    }
    # one name without a sentence under it: the plan's goals are not of that form
    plan2 = plan.model_copy(update={"passages": passages[:4]})
    assert named_statements(plan2) == {}


def test_a_contributes_to_line_with_the_goals_name_after_the_number():
    assert reference_line("Contributes to priority: 3 – Open doors") == ["3"]
    assert reference_line("Contributes to priority: none (income target)") == []


def test_a_tag_on_items_about_something_else_keeps_the_goal_partial():
    parent = plan_of_blocks(
        [
            _heading("Council Plan"),
            _para("Outcome 1: Every family can rent a home it can afford."),
            _para("Outcome 2: Residents enjoy clean rivers and beaches."),
        ],
        "en",
    )
    child = plan_of_blocks(
        [
            _heading("Service objectives"),
            _heading("Objective 1", 2),
            _para("Objective: Every museum gallery is open on Sunday afternoons."),
            _para("Supports Council Plan Outcome 1"),
            _para("Action: Recruit ten weekend stewards for the galleries."),
            _para("Action: Publish the Sunday programme each month."),
        ],
        "en",
    )
    assert len(parent.goals) == 2
    status = {}
    for on in (True, False):
        cov, _links = assess_parent(child, parent, lang="en", settings=ParentSettings(named_content=on))
        status[on] = str(getattr(cov[0].status, "value", cov[0].status))
    # the tag alone lifted it; the items' words hold nothing of the goal
    assert status[False] == "followed_up"
    assert status[True] == "partial"


def test_a_heading_naming_goals_makes_the_sentences_under_it_goals():
    from plancheck.mandate.parents import names_goals, with_stated_goals

    assert names_goals("Styrelsens mål") and names_goals("Periodemål") and names_goals("Mål:")
    assert not names_goals("Aktiviteter") and not names_goals("Bakgrunn og mål")
    assert not names_goals("Regionens mål: Alla ska ha ett arbete.")
    child = plan_of_blocks(
        [
            _heading("Inledning"),
            _para("Planen visar vad styrelsen ska göra under året."),
            _heading("Styrelsens mål", 2),
            _para("Den som söker hjälp ska få ett första samtal inom en vecka."),
            _heading("Aktiviteter", 2),
            _para("Ny rutin för första samtal."),
        ],
        "sv",
    )
    texts = [g.text for g in with_stated_goals(child).goals]
    assert "Den som söker hjälp ska få ett första samtal inom en vecka." in texts
    assert not any(t.startswith("Planen visar") for t in texts)


def test_a_child_goal_for_those_a_clause_picks_out_is_set_for_some_people():
    from plancheck.mandate.parents import goal_words, narrowed_people, restricted_subject

    assert restricted_subject("Brann skal oppdages tidlig, og den som rammes skal få hjelp.")
    assert restricted_subject("Support reaches those who live alone.")
    assert not restricted_subject("Alle skal få svar innen en uke.")
    goal = goal_words("Innbyggerne skal føle seg trygge overalt i kommunen.", "nb")
    assert narrowed_people(goal, ["Brann skal oppdages tidlig, og den som rammes skal få hjelp."], "nb")
    assert not narrowed_people(goal, ["Gatene skal være godt opplyst om natten."], "nb")


def test_the_public_librarys_buildings_are_the_councils_own():
    from plancheck.mandate.parents import own_operations

    assert own_operations("The library building at the harbour will use half the energy by 2031.")
    assert not own_operations("Homes in the district use half the energy by 2031.")


def test_a_goal_that_restates_a_parent_goal_and_adds_to_it_is_the_childs_own():
    goal = "Kommunens energianvändning ska halveras"
    kept, quoted_by = without_goal_quotes([("g1", "goal", goal + " i alla skolor till 2030.", 1)], [goal + "."])
    assert [i[0] for i in kept] == ["g1"] and quoted_by == {}


def test_a_goal_that_restates_a_parent_goal_for_all_of_them_is_the_childs_own():
    goal = "Eldre skal ha gode møteplasser i bygdene."
    kept, quoted_by = without_goal_quotes([("g1", "goal", "Alle eldre skal ha gode møteplasser i bygdene.", 1)], [goal])
    assert [i[0] for i in kept] == ["g1"] and quoted_by == {}
    kept, quoted_by = without_goal_quotes([("h1", "heading", "Samfunnsmål – " + goal, 1)], [goal])
    assert kept == [] and quoted_by == {0: ["h1"]}
