"""Mechanisms of session 50 (branch s50fixe), on hand-built inputs with invented wording.

A cause-and-effect (fishbone) diagram whose measure boxes carry the goals they serve as circled
numbers in a corner (number badges, layout/cards.py number_badges, read as head chips and linked
by extract/plan.py _goal_tag), under owner fields labelled with the abbreviation 'Ansv.'; and a
slide carousel whose goals slide is headed with a count ('Our three goals') over numbered
goal headings (vocab._counted_role, plan._goals_heading_above), each goal's slide headed
'Goal 2 · <short name>' over its measures."""

from __future__ import annotations

from conftest import plan_of_blocks, table_of

from plancheck.layout.settings import DEFAULT
from plancheck.layout.words import Word
from plancheck.models import Block, BlockKind


def _w(text: str, x0: float, top: float, size: float = 9.0) -> Word:
    return Word(text, x0, top, x0 + 6.0 * len(text), top + size, size)


def test_a_number_in_a_chip_at_a_cards_top_corner_is_read_before_the_cards_text():
    from plancheck.layout.document import _card_regions

    words = [_w("ACTION", 20, 100), _w("Repaint", 20, 112), _w("the", 70, 112), _w("ramp", 95, 112),
             _w("Lead:", 20, 124), _w("Parks", 55, 124)]
    badge = _w("2", 160, 100)
    chip = (156.0, 97.0, 170.0, 111.0)
    regions = _card_regions([*words, badge], [chip], 600.0, DEFAULT)
    assert [w.text for w in regions[0].words] == ["2"] and regions[0].head_chip
    assert "Repaint" in [w.text for r in regions[1:] for w in r.words]
    # a chip holding words, or standing beside a later line, is read after the text as before
    team = _w("Parks", 160, 124)
    regions = _card_regions([*words, team], [(156.0, 121.0, 200.0, 135.0)], 600.0, DEFAULT)
    assert [w.text for w in regions[-1].words] == ["Parks"] and not regions[-1].head_chip


def test_the_abbreviated_owner_label_names_an_owner_column():
    from plancheck.lang.vocab import column_role

    assert column_role("Ansv.") == "owner"


def test_a_heading_counting_the_goals_is_a_goal_heading():
    from plancheck.lang.vocab import heading_role

    assert heading_role("Our three goals") == "goal"
    assert heading_role("Våra fem mål") == "goal"
    assert heading_role("Three years") is None
    assert heading_role("Our three big goals") is None


def _slides() -> list[Block]:
    return [
        Block(id="", kind=BlockKind.heading, text="Safer School Streets 2061–2063", level=1),
        Block(id="", kind=BlockKind.heading, text="Our three goals", level=4),
        Block(id="", kind=BlockKind.heading, number="1", text="Every pupil can walk to school without crossing a busy road", level=2),
        Block(id="", kind=BlockKind.heading, number="2", text="Fewer cars stop at the school gates", level=2),
        Block(id="", kind=BlockKind.heading, number="3", text="Parents know which routes are safe", level=2),
        Block(id="", kind=BlockKind.heading, text="Goal 2 · Gates", level=4),
        Block(id="", kind=BlockKind.list_item, level=0, bullet="•", text="Close Elm Row to cars at drop-off times"),
        Block(id="", kind=BlockKind.paragraph, text="Lead: Highways · Due: 2062"),
    ]


def test_numbered_headings_under_a_goals_heading_are_the_goals_and_a_goal_slide_serves_its_goal():
    plan = plan_of_blocks(_slides(), "en")
    assert [g.text.rstrip(".") for g in plan.goals] == [
        "Every pupil can walk to school without crossing a busy road",
        "Fewer cars stop at the school gates",
        "Parents know which routes are safe",
    ]
    (m,) = plan.measures
    assert m.goal_ids == [plan.goals[1].id]


def test_a_number_badge_at_a_boxs_head_links_the_boxs_measure_to_that_goal():
    blocks = [
        Block(id="", kind=BlockKind.heading, text="Goals", level=2),
        Block(id="", kind=BlockKind.list_item, number="1", level=0, text="Every pupil can walk to school without crossing a busy road"),
        Block(id="", kind=BlockKind.list_item, number="2", level=0, text="Fewer cars stop at the school gates"),
        Block(id="", kind=BlockKind.heading, text="Causes and actions", level=2),
        Block(id="", kind=BlockKind.paragraph, text="2", chip=True, head_chip=True),
        Block(id="", kind=BlockKind.table, text="", table=table_of(
            ["", "Lead", "Due"], [["Close Elm Row to cars at drop-off times", "Highways", "2062"]])),
    ]
    plan = plan_of_blocks(blocks, "en")
    (m,) = plan.measures
    assert m.goal_ids == [plan.goals[1].id]
