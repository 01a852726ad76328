"""Mechanisms of session 49 (branch s49fixd), on hand-built inputs with invented wording.

A page tool's database view printed as a table (Notion, Airtable, Microsoft Loop, a SharePoint
list): each header cell opens with its property type's glyph, the title property ('Aa …') names
each row's item, a relation cell lists the goals by label one under the other, and the view's
tabs over it and its add button and totals under it are controls (extract/dbviews.py)."""

from __future__ import annotations

from conftest import plan_of_blocks, table_of

from plancheck.extract.dbviews import view_controls, view_header
from plancheck.extract.link import listed_goals
from plancheck.extract.tables import table_roles
from plancheck.models import Block, BlockKind, Goal, GoalKind

HEAD = ["Aa Name", "↗ Goal", "≡ Lead", "≡ Due", "◎ Status", "# Cost (£)"]
ROWS = [
    ["Plant forty street trees along Mill Lane", "Goal 1", "Parks Team", "March 2051", "Started", "40,000"],
    ["Paint shade canopies over the splash pad", "Goal 2", "Leisure Services", "Summer 2051", "Not started", "12,500"],
    ["Open the library as a cool room on hot days", "Goal 1\nGoal 2", "Libraries", "2052", "Done", ""],
]


def test_a_view_header_is_read_without_its_glyphs_and_its_title_column_names_the_items():
    stripped, title = view_header(HEAD)
    assert stripped[2] == "Lead" and stripped[5] == "Cost (£)" and title == 0
    roles = table_roles(HEAD)
    assert roles[0] == "measure" and roles[2] == "owner" and roles[3] == "deadline"
    assert roles[5] != "number"  # '#' is the number property's glyph, not a number column
    # one symbol before one header cell is no view
    assert view_header(["# ", "Action", "Lead", "Due"]) is None


def _goal(n: int, text: str) -> Goal:
    return Goal(id=f"goal-{n}", text=text, number=str(n), kind=GoalKind.goal)


def test_goal_labels_listed_one_under_the_other_name_each_goal():
    goals = [_goal(1, "Streets stay cool in summer"), _goal(2, "Children can play outside on hot days")]
    assert [g.id for g in listed_goals("Goal 1 Goal 2", goals)] == ["goal-1", "goal-2"]
    assert listed_goals("Goal 1 of the heat strategy", goals) == []


def _blocks() -> list[Block]:
    return [
        Block(id="", kind=BlockKind.heading, text="Keeping Cool Plan 2051–2053", level=1),
        Block(id="", kind=BlockKind.heading, text="Goals", level=2),
        Block(id="", kind=BlockKind.heading, text="Goal 1 · Streets stay cool in summer", level=3),
        Block(id="", kind=BlockKind.heading, text="Goal 2 · Children can play outside on hot days", level=3),
        Block(id="", kind=BlockKind.heading, text="Actions", level=2),
        Block(id="", kind=BlockKind.paragraph, text="▦ All actions By goal Board Filter · Sort · New"),
        Block(id="", kind=BlockKind.table, text="", table=table_of(HEAD, ROWS)),
        Block(id="", kind=BlockKind.paragraph, text="+ New COUNT 3 · SUM 52,500"),
    ]


def test_the_view_controls_are_no_text_of_the_plan():
    blocks = _blocks()
    assert view_controls(blocks, 5) and view_controls(blocks, 7)
    assert not view_controls(blocks, 4)


def test_a_database_view_gives_measures_owners_deadlines_and_goal_links():
    plan = plan_of_blocks(_blocks(), "en")
    measures = {m.text: m for m in plan.measures}
    assert sorted(measures) == sorted(r[0] for r in ROWS)
    assert not plan.strategies
    goal_of = {g.id: g.number for g in plan.goals}
    assert [goal_of[g] for g in measures[ROWS[0][0]].goal_ids] == ["1"]
    assert sorted(goal_of[g] for g in measures[ROWS[2][0]].goal_ids) == ["1", "2"]
    assert [o.text for o in measures[ROWS[1][0]].owners] == ["Leisure Services"]
