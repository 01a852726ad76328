"""Session 52 (s52fixb): forms real plans use that plancheck read wrongly, each on a small
hand-built input with invented wording.

- drafts.leftovers_in: a blank left to fill in ('no more than __ homes', '( ) square metres',
  '(____)', 'By 20(41)') is an editorial leftover.
- drafts.numbering_problems: measures numbered afresh under each strategy, one strategy's first
  measure numbered 2, is a gap.
- extract.roles.comment_on_item: 'GOAL 2: [Tag]: Comment: …' in a commentary after the goals is a
  note on goal 2, no second goal 2.
"""

from __future__ import annotations

from conftest import plan_of_blocks

from plancheck.drafts import leftovers_in, numbering_problems
from plancheck.models import Block, BlockKind, Measure, Plan, Provenance, SourceInfo, Strategy

# ----------------------------------------------------------------- blanks left to fill in


def _found(text: str) -> list[str]:
    return [what for _a, _b, what in leftovers_in(text)]


def test_underscores_standing_for_a_number_are_a_leftover():
    assert _found("The borough shall cap new parking at no more than __ spaces per dwelling.") == ["__"]


def test_an_empty_bracket_and_a_bracket_of_underscores_are_leftovers():
    text = "Kiosks on the pier shall be limited to ( ) square metres and market stalls to (____) square metres."
    assert _found(text) == ["( )", "(____)"]


def test_a_year_with_its_last_digits_in_brackets_is_a_leftover():
    assert _found("By 20(41), the harbour board shall publish a dredging schedule.") == ["20(41)"]


def test_ordinary_brackets_underscored_names_and_calls_are_no_blanks():
    # (with one blank beside them, so that the test also fails where no blank is read at all)
    for text in (
        "Emissions fell in 2041 (12 %) and again in 2042.",
        "The data are kept in harbour_levels__v2.csv on the portal.",
        "The model's run() step is described in annex 3.",
        "Shoreline retreat (annual rate) x (planning period) + (buffer)",
        "Approved by the harbour master: ____________ Date: ________",
    ):
        assert _found(text + " The quay takes __ boats in all.") == ["__"], text



# ----------------------------------------------------------------- measures numbered per strategy


def _plan(numbers_by_strategy: list[list[str]]) -> Plan:
    plan = Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="", pages=2))
    for s, numbers in enumerate(numbers_by_strategy, start=1):
        sid = f"strategy-{s}"
        plan.strategies.append(Strategy(id=sid, text=f"Widen the towpath section {s}", number=str(s), page=1))
        for n in numbers:
            text = f"Resurface stretch {s}-{n} of the towpath with bound gravel"
            plan.measures.append(
                Measure(id=f"measure-{len(plan.measures) + 1}", text=text, number=n, page=1, strategy_ids=[sid],
                        provenance=Provenance(page=1, source_text=f"ACTION {n}: {text}"))
            )
    return plan


def test_a_strategy_whose_actions_start_at_2_has_lost_its_first():
    plan = _plan([["1", "2"], ["2"], ["1"], ["1", "2", "3"]])
    gaps = [d for d in numbering_problems(plan) if d.rule == "numbering-gap"]
    assert [(d.item.id, d.found, d.variant) for d in gaps] == [("measure-3", "2", "first")]
    assert dict(gaps[0].params)["missing"] == "1"


def test_actions_numbered_through_all_strategies_or_under_too_few_have_no_gap():
    # beside a plan that restarts its numbering under each strategy and lost one, so that the
    # test also fails where the restart is never judged
    assert [d.item.id for d in numbering_problems(_plan([["1"], ["2"], ["1"]])) if d.rule == "numbering-gap"] == ["measure-2"]
    for numbers in ([["1", "2"], ["3"], ["4", "5"], ["6"]], [["1"], ["2"]]):
        assert [d for d in numbering_problems(_plan(numbers)) if d.rule == "numbering-gap"] == [], numbers


# ----------------------------------------------------------------- a comment on a goal, by its label


def _b(kind: BlockKind, text: str, level: int | None = None) -> Block:
    return Block(id="", kind=kind, text=text, level=level)


def test_a_goal_label_over_a_comment_is_no_second_goal():
    blocks = [
        _b(BlockKind.heading, "Riverside Flood Adaptation Policies", 1),
        _b(BlockKind.paragraph, "GOAL 1: [Defence]: To keep the embankments at the design height along the whole town reach."),
        _b(BlockKind.paragraph, "GOAL 2: [Storage]: To hold more floodwater upstream of the town in wet meadows."),
        _b(BlockKind.heading, "Best practice notes", 1),
        _b(BlockKind.paragraph, "GOAL 2: [Storage]: Comment: Upstream storage contemplates a mix of washlands and "
                                "leaky dams, as neighbouring valleys have found workable."),
    ]
    plan = plan_of_blocks(blocks, "en")
    assert [g.number for g in plan.goals] == ["1", "2"]
    assert not any("Comment" in g.text for g in plan.goals)
