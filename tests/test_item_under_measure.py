"""A bullet set under a bullet the walk read as a measure explains that measure ("• Allow green
roofs and living walls." over "◦ Green roofs are roofs that …"): under a label that makes its
bullets goals, it is still no goal, since no goal stands under a measure — hand-built blocks."""

from __future__ import annotations

from conftest import plan_of_blocks

from plancheck.models import Block, BlockKind

DEFINITIONS = ("Green roofs are roofs that support shallow root vegetation", "Living walls are facades equipped with vegetation")


def _blocks(sub_items: tuple[str, ...]) -> list[Block]:
    return [
        Block(id="", kind=BlockKind.heading, text="Chapter 3: Green Development", level=1, bold=True),
        Block(id="", kind=BlockKind.heading, text="Objective 3.1.1: Support green development techniques", level=3, bold=True),
        Block(id="", kind=BlockKind.list_item, text="Create a green checklist for new development.", level=1),
        Block(id="", kind=BlockKind.list_item, text="Allow green roofs and living walls within the City.", level=1),
        *[Block(id="", kind=BlockKind.list_item, text=t, level=3) for t in sub_items],
        Block(id="", kind=BlockKind.list_item, text="Encourage the use of paints low in volatile compounds.", level=1),
    ]


def test_a_definition_under_a_measure_bullet_is_no_goal():
    plan = plan_of_blocks(_blocks(DEFINITIONS), "en")
    assert not any(g.text in DEFINITIONS for g in plan.goals)
    assert [m.text for m in plan.measures] == [
        "Create a green checklist for new development.",
        "Allow green roofs and living walls within the City.",
        "Encourage the use of paints low in volatile compounds.",
    ]


def test_an_action_under_a_measure_bullet_is_still_read():
    plan = plan_of_blocks(_blocks(("Explore a commercial food waste recycling program.",)), "en")
    assert "Explore a commercial food waste recycling program." in [m.text for m in plan.measures]
