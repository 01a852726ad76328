"""Goal forms of the seventeenth parents batch, on invented examples: a main-goal | sub-goal
table read by its sub-goal column, the statements under numbered focus-area headings of a
corporate plan, and goals read as bare codes taking the sentence stated under the code."""

from __future__ import annotations

from plancheck.extract.goalstatements import focus_statements, statement_goals
from plancheck.extract.plan import coded_goal_texts
from plancheck.extract.tables import main_goal_as_theme, table_roles
from plancheck.lang.vocab import heading_role
from plancheck.models import BlockKind, Goal, Passage, Plan


def _plan(passages, goals=()) -> Plan:
    return Plan(source={"path": "x.pdf", "format": "pdf", "sha256": "0", "pages": 1},
                passages=passages, goals=list(goals))


def test_a_main_goal_column_before_a_sub_goal_column_is_the_theme():
    roles = table_roles(["Hovedmål", "Delmål", "Slik måler vi"])
    assert roles[0] == "theme" and roles[1] == "goal"
    # one goal column, or a sub-goal column first, is left as it was
    assert table_roles(["Mål", "Indikator"])[0] == "goal"
    assert main_goal_as_theme(["Delmål", "Hovedmål"], ["goal", "goal"]) == ["goal", "goal"]
    # a table with a theme column of its own keeps its first goal column
    assert main_goal_as_theme(["Tema", "Hovedmål", "Delmål"], ["theme", "goal", "goal"]) == ["theme", "goal", "goal"]


def _corporate(statements: int) -> Plan:
    passages = [Passage(id="p1", kind=BlockKind.heading, text="Our priorities")]
    names = ["Homes", "Jobs", "Parks", "Buses"]
    for n in range(statements):
        k = len(passages)
        passages += [
            Passage(id=f"p{k + 1}", kind=BlockKind.heading, text=f"Priority {n + 1}: {names[n]}"),
            Passage(id=f"p{k + 2}", kind=BlockKind.paragraph, text=f"Every resident of Exampleton enjoys good {names[n].lower()} nearby."),
            Passage(id=f"p{k + 3}", kind=BlockKind.heading, text="What success looks like"),
            Passage(id=f"p{k + 4}", kind=BlockKind.list_item, text="100 more a year"),
        ]
    passages.append(Passage(id="px", kind=BlockKind.heading, text="How we will deliver the plan"))
    return _plan(passages)


def test_statements_under_numbered_focus_areas_are_the_goals():
    assert heading_role("What success looks like") == "indicator"
    plan = _corporate(4)
    texts = [t for _i, _k, t, _p in statement_goals(plan)]
    assert texts == [f"Every resident of Exampleton enjoys good {w} nearby." for w in ("homes", "jobs", "parks", "buses")]
    # fewer than the settings' count: no such form
    assert focus_statements(_corporate(2)) == []


def test_a_goal_read_as_a_bare_code_takes_the_sentence_under_the_code():
    passages = [
        Passage(id="p1", kind=BlockKind.paragraph,
                text="XY1 Cut the waiting time for inspections to ten days. XY2 Open two new recycling points by 2029."),
    ]
    plan = _plan(passages, [Goal(id="goal-1", text="XY2"), Goal(id="goal-2", text="XY3")])
    coded_goal_texts(plan)
    assert plan.goals[0].text == "Open two new recycling points by 2029."
    assert plan.goals[0].number == "XY2"
    assert plan.goals[1].text == "XY3"  # no sentence under the code: unchanged


def test_people_as_the_subject_of_an_outcome_is_everyone():
    from plancheck.mandate.parents import goal_words

    first = goal_words("People can reach the new library easily by bus.", "en")[0]
    assert first.surface == "People" and first.who and "=innbygger" in first.whole


def test_list_goals_under_themes_of_a_goals_and_measures_chapter_are_read():
    from plancheck.mandate.parents import goals_and_measures, with_stated_goals
    from plancheck.models import Section

    assert goals_and_measures("Mål og tiltak") and goals_and_measures("Goals and actions")
    assert not goals_and_measures("Mål og strategiar") and not goals_and_measures("Tiltak og mål")
    sections = [
        Section(id="s1", title="Mål og tiltak", level=1),
        Section(id="s2", title="Tema 4 – Eit døme", level=2, parent_id="s1"),
        Section(id="s3", title="Økonomi", level=1),
    ]
    passages = [
        Passage(id="p1", kind=BlockKind.list_item, text="Alle grendehus i Dømeby skal ha opent kvar veke.", section_id="s2"),
        Passage(id="p2", kind=BlockKind.list_item, text="Budsjettet skal leggjast fram kvart år.", section_id="s3"),
    ]
    plan = Plan(source={"path": "x.pdf", "format": "pdf", "sha256": "0", "pages": 1}, sections=sections, passages=passages)
    assert [g.text for g in with_stated_goals(plan).goals] == ["Alle grendehus i Dømeby skal ha opent kvar veke."]
