"""A lead-in that reports the list after it as work done or already under way ("The following
initiatives are currently being undertaken by the City …:") announces background, not the plan's
goals or measures: a planner reads the list as what was done before the plan — hand-built blocks."""

from __future__ import annotations

import pytest
from conftest import plan_of_blocks

from plancheck.extract.plan import reports_done_work
from plancheck.models import Block, BlockKind

DONE = ("Reduction of the work week to four days for shift employees", "A culture of environmental stewardship")
PLANNED = ("Phase in LED lighting throughout the city", "Install solar panels on the schools")
BEFORE = ("Promote energy efficient upgrades of homes", "Explore upgrades of city buildings")


def _blocks(done_lead: str) -> list[Block]:
    """A chapter of the shape of a green plan: an objective and its actions, a paragraph of
    prose, a list led in by ``done_lead``, then the next objective and its actions."""
    def items(texts: tuple[str, ...]) -> list[Block]:
        return [Block(id="", kind=BlockKind.list_item, text=t, level=1) for t in texts]

    return [
        Block(id="", kind=BlockKind.heading, text="Chapter 2: Energy", level=1, bold=True),
        Block(id="", kind=BlockKind.heading, text="Objective 2.1.1: Promote energy efficient upgrades", level=3, bold=True),
        *items(BEFORE),
        Block(id="", kind=BlockKind.paragraph, text="Conservation saves money for residents and for the City."),
        Block(id="", kind=BlockKind.paragraph, text=done_lead),
        *items(DONE),
        Block(id="", kind=BlockKind.heading, text="Objective 2.2.1: Encourage energy conservation", level=3, bold=True),
        *items(PLANNED),
    ]


def _items(plan) -> list[str]:
    return [g.text for g in plan.goals] + [s.text for s in plan.strategies] + [m.text for m in plan.measures]


@pytest.mark.parametrize(
    ("sentence", "lang", "done"),
    [
        ("The following initiatives are currently being undertaken by the City to ensure we are dedicated to energy:", "en", True),
        ("The following actions have been completed since 2015:", "en", True),
        ("The following actions have been completed and will be expanded:", "en", False),
        ("The City will undertake the following initiatives:", "en", False),
        ("Følgende tiltak er gjennomført i forrige planperiode:", "nb", True),
        ("Følgende tiltak skal gjennomføres:", "nb", False),
        ("Följande åtgärder har genomförts:", "sv", True),
        ("Kommunen ska genomföra följande åtgärder:", "sv", False),
    ],
)
def test_done_work_wording_per_language(sentence, lang, done):
    assert reports_done_work(sentence, lang) is done


def test_a_list_of_work_under_way_is_no_goal_or_measure_and_the_plan_goes_on_after_it():
    plan = plan_of_blocks(
        _blocks("The following initiatives are currently being undertaken by the City to ensure we are dedicated to energy:"),
        "en",
    )
    items = _items(plan)
    assert not any(t in items for t in DONE)
    assert all(any(t in i for i in items) for t in PLANNED + BEFORE)


def test_the_same_list_announced_without_done_wording_is_read():
    """The control: the walk reads the list when its lead-in does not report it as done."""
    plan = plan_of_blocks(_blocks("The City is dedicated to energy conservation through the following:"), "en")
    items = _items(plan)
    assert all(any(t in i for i in items) for t in DONE)
