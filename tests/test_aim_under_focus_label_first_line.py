"""The aim set as a heading under a labelled focus area is the area's FIRST line only: a
sub-heading after the area's text ("How we will measure progress" under "Priority A: Homes" and
its goal sentence) is no goal, and must not take the place of the goal sentences above it."""

from __future__ import annotations

from plancheck.models import Block, BlockKind
from tests.conftest import plan_of_blocks


def _area(letter: str, title: str, goal: str) -> list[Block]:
    return [
        Block(id="", kind=BlockKind.heading, text=f"Priority {letter}: {title}", level=1),
        Block(id="", kind=BlockKind.paragraph, text=goal),
        Block(id="", kind=BlockKind.paragraph, text="Residents tell us this matters more every year."),
        Block(id="", kind=BlockKind.heading, text="How we will measure progress", level=2),
        Block(id="", kind=BlockKind.list_item, text="Number of empty homes brought back into use"),
    ]


def test_a_sub_heading_after_the_areas_text_is_no_goal():
    blocks = [
        *_area("A", "Homes", "Everyone in the district has a safe, warm and affordable home."),
        *_area("B", "Clean places", "Our streets, parks and open spaces are clean and well looked after."),
    ]
    goals = [g.text for g in plan_of_blocks(blocks, "en").goals]
    assert "How we will measure progress" not in goals


def test_the_aim_right_under_the_area_heading_is_still_the_goal():
    blocks = [
        Block(id="", kind=BlockKind.heading, text="Priority 1: Flood risk", level=1),
        Block(id="", kind=BlockKind.heading, text="Fewer buildings will be at risk of flooding by 2030", level=2),
        Block(id="", kind=BlockKind.paragraph, text="The river rose twice in the last ten years."),
    ]
    goals = [g.text for g in plan_of_blocks(blocks, "en").goals]
    assert any(g.startswith("Fewer buildings will be at risk") for g in goals), goals
