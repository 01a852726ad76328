"""A line announcing how many goals, strategies or measures follow ("… has three strategies …")
over a list of exactly that many items leads into them — hand-built blocks."""

from __future__ import annotations

from conftest import plan_of_blocks, table_of

from plancheck.extract.plan import announced_count, wordless_table
from plancheck.models import Block, BlockKind

ITEMS = ("Plant more street trees", "Open the river banks", "Cool the school yards")


def _blocks(caption: str, items: tuple[str, ...] = ITEMS, between: list[Block] | None = None) -> list[Block]:
    out = [Block(id="", kind=BlockKind.heading, text="Cooler streets", level=1, bold=True)]
    out.append(Block(id="", kind=BlockKind.heading, text=caption, level=3, bold=True))
    out += between or []
    out += [Block(id="", kind=BlockKind.list_item, text=t, number=f"{k + 1}", level=0) for k, t in enumerate(items)]
    return out


def test_a_count_and_a_role_noun_are_read_in_every_language():
    assert announced_count("The town has four approaches to keep its streets cool") == (4, "strategy")
    assert announced_count("Kommunen har fem mål for perioden") == (5, "goal")
    assert announced_count("Planen omfattar 4 åtgärder") == (4, "measure")
    assert announced_count("The town has three main strategies") == (3, "strategy")


def test_no_count_or_two_counts_announce_nothing():
    assert announced_count("Approaches to keep the streets cool") is None
    assert announced_count("In three years the town will be cooler") is None
    assert announced_count("Three goals and four strategies") is None


def test_the_items_take_the_role_when_the_count_agrees():
    plan = plan_of_blocks(_blocks("The town has three strategies to keep its streets cool"), "en")
    assert [s.text for s in plan.strategies] == list(ITEMS)


def test_a_count_that_disagrees_with_the_list_announces_nothing():
    plan = plan_of_blocks(_blocks("The town has two strategies to keep its streets cool"), "en")
    assert plan.strategies == []


def test_a_wordless_grid_between_caption_and_items_is_passed_over():
    grid = Block(id="", kind=BlockKind.table, table=table_of(["", ""], [["", ""]]))
    assert wordless_table(grid)
    assert not wordless_table(Block(id="", kind=BlockKind.table, table=table_of(["Tiltak", ""], [["", ""]])))
    plan = plan_of_blocks(_blocks("The town has three strategies to keep its streets cool", between=[grid]), "en")
    assert [s.text for s in plan.strategies] == list(ITEMS)
