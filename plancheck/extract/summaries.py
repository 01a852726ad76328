"""Short lists that summarise a goal's measures one by one: a summary, not strategies.

A plan set on one page as a poster (the plan's priorities, its full delivery plan in an annex)
lists under each goal a few short bullets ('How we will do this': 'Wardens at weekends',
'Better street lighting') that each sum up one action the annex spells out in full, with its
lead and date ('Recruit two street wardens and deploy them on weekend evenings | Neighbourhood
Services Lead | Mar 2027'). Read under a heading that announces strategies, each bullet would be a strategy of
its own beside the very action it summarises.

:func:`drop_summary_strategies` drops a goal's strategies when they are a summary of its
measures: at least ``summary_min_items`` strategies of that goal and no other, none numbered,
none with a measure under it, none on a page of those measures, as many as the goal has
measures read from a table with an owner column or numbered, and each a phrase (no full stop)
no longer than the measure in the same place of the order and sharing a content word with it (words of ``summary_word_chars`` letters or more, compared by that many first letters:
'accredited' and 'accreditation' share one). The count and the order are what make it a
summary: a plan's strategies are fewer than its measures, or more, and not each paired with
one of them in turn.
"""

from __future__ import annotations

import re

from plancheck.ingest.text import normalise
from plancheck.models import Document, Measure, Plan, Strategy

_WORD = re.compile(r"[^\W\d_]+")


def _stems(text: str, chars: int) -> set[str]:
    return {w[:chars] for w in _WORD.findall(normalise(text).lower()) if len(w) >= chars}


def is_summary(strategies: list[Strategy], measures: list[Measure], chars: int = 5, min_items: int = 2) -> bool:
    """Are ``strategies`` (in reading order) a one-by-one summary of ``measures`` (in reading
    order): as many, at least ``min_items``, on pages apart from them, each a phrase (no full
    stop) no longer than its measure and sharing a content word with it?"""
    if len(strategies) < min_items or len(strategies) != len(measures):
        return False
    if {s.page for s in strategies} & {m.page for m in measures}:
        return False
    return all(
        not s.text.rstrip().endswith(".")
        and len(s.text.split()) <= len(m.text.split())
        and _stems(s.text, chars) & _stems(m.text, chars)
        for s, m in zip(strategies, measures, strict=True)
    )


def _announced_for_goal(strategies: list[Strategy], doc: Document) -> bool:
    """Does the block right before the first of ``strategies`` name their goal by its number
    as what they serve ("For å nå mål 4 vil vi:", "Strategies for goal 2")? The plan then
    states them as the way to that goal, not as a summary of its measures, however alike in
    count and wording they are."""
    from plancheck.extract.roles import goal_reference

    first = strategies[0]
    source = normalise(first.provenance.source_text or first.text)
    for before, block in zip(doc.blocks, doc.blocks[1:], strict=False):
        if block.provenance.page == first.page and normalise(block.text) == source:
            ref = goal_reference(before.text)
            return ref is not None and bool(ref[1])
    return False


def drop_summary_strategies(plan: Plan, chars: int = 5, min_items: int = 2, doc: Document | None = None) -> None:
    """Drop each goal's strategies that summarise its measures (see the module's docstring);
    not those the block before them announces as the way to their goal, named by its number
    (:func:`_announced_for_goal`, when ``doc`` is given)."""
    served = {sid for m in plan.measures for sid in m.strategy_ids}
    drop: set[str] = set()
    for goal in plan.goals:
        own = [s for s in plan.strategies if s.goal_ids == [goal.id]]
        if any(s.number or s.id in served for s in own):
            continue
        full = [m for m in plan.measures if goal.id in m.goal_ids and (m.has_owner_column or m.number)]
        if is_summary(own, full, chars, min_items) and not (doc is not None and _announced_for_goal(own, doc)):
            drop.update(s.id for s in own)
    if drop:
        plan.strategies = [s for s in plan.strategies if s.id not in drop]


def drop_goal_repeats(plan: Plan) -> None:
    """Drop the strategies that only repeat a goal of the plan word for word: a summary at the
    start ('The plan in brief': one bullet per goal sentence) read as a list of strategies.
    Only a strategy that serves no goal and has no measure under it, and whose text is, but
    for case, spacing and punctuation, the text of one of the plan's goals."""
    goals = {normalise(g.text) for g in plan.goals}
    served = {sid for m in plan.measures for sid in m.strategy_ids}
    plan.strategies = [
        s for s in plan.strategies
        if s.goal_ids or s.id in served or normalise(s.text) not in goals
    ]
