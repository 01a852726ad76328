"""A role word alone on its line in small type right over a heading (a kicker: 'MÅL' in small
capitals on a filled band, the goal's sentence under it in the band's larger bold type) makes
that heading the goal; and unnumbered headings set below the heading sizes are ranked by their
type, so the sections under a larger one nest in it. Hand-built blocks, invented wording."""

from __future__ import annotations

from plancheck.layout.blocks import _rank_minor_headings
from plancheck.models import Block, BlockKind
from tests.conftest import plan_of_blocks, table_of

_GOAL = "Fler invånare ska gå från bidrag till arbete eller studier"


def _h(text: str, level: int, size: float) -> Block:
    return Block(id="", kind=BlockKind.heading, text=text, level=level, bold=True, font_size=size)


def _p(text: str, size: float) -> Block:
    return Block(id="", kind=BlockKind.paragraph, text=text, font_size=size)


def _activities() -> Block:
    rows = [["Införa ett gemensamt bedömningsstöd för arbetsförmåga", "Arbetsmarknadsenheten", "2026-09-30"]]
    return Block(id="", kind=BlockKind.table, text="", table=table_of(["Aktivitet", "Ansvarig", "Slutdatum"], rows))


def _page(label: Block, heading: Block) -> list[Block]:
    return [
        _h("Handlingsplan för arbetsmarknad", 1, 16),
        _h("Mål och aktiviteter", 2, 12),
        label,
        heading,
        _h("Aktiviteter", 4, 8.5),
        _activities(),
    ]


def test_a_small_role_word_over_a_heading_makes_the_heading_a_goal_and_links_what_follows():
    plan = plan_of_blocks(_page(_p("VERKSAMHETSMÅL", 7), _h(_GOAL, 3, 10)), "sv")
    assert [g.text for g in plan.goals] == [_GOAL]
    assert [m.goal_ids for m in plan.measures] == [[plan.goals[0].id]]


def test_a_compound_goal_word_is_a_kicker_too():
    plan = plan_of_blocks(_page(_p("PERIODEMÅL", 7), _h(_GOAL, 3, 10)), "sv")
    assert [g.text for g in plan.goals] == [_GOAL]


def test_a_role_word_over_a_short_title_or_a_word_of_no_role_is_no_kicker():
    # a short title under it names a topic, not a goal
    assert not plan_of_blocks(_page(_p("MÅL", 7), _h("Arbete och studier", 3, 10)), "sv").goals
    # a word that is no role word labels nothing
    assert not plan_of_blocks(_page(_p("UTSKRIVEN", 7), _h(_GOAL, 3, 10)), "sv").goals


def test_unnumbered_headings_below_the_heading_sizes_are_ranked_by_their_type():
    blocks = [_h(_GOAL, 3, 10), _h("Indikatorer", 3, 8.5), _h("Aktiviteter", 3, 8.5)]
    numbered = _h("Tiltak", 3, 9)
    numbered.number = "2.1"
    _rank_minor_headings([*blocks, numbered], 3)
    assert [b.level for b in blocks] == [3, 4, 4]
    assert numbered.level == 3  # a numbered heading keeps the level its number gives
    # one size only: nothing to rank
    same = [_h("Indikatorer", 3, 8.5), _h("Aktiviteter", 3, 8.5)]
    _rank_minor_headings(same, 3)
    assert [b.level for b in same] == [3, 3]
