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


def _family(lang: str | None) -> str:
    return "en" if lang == "en" else "nordic"


def translated_sections(plan: Plan, min_words: int = 30, min_score: float = 15.0) -> set[str]:
    """The sections (with their subsections) written in English inside a Nordic plan, or in a
    Nordic language inside an English one ("In English, in brief": the goals and key actions
    again for residents who do not read Norwegian): their own running text and items, at least
    ``min_words`` words of it, read as the other family of languages beyond doubt
    (:func:`_other_family`, ``min_score``). Why English against the
    Nordic ones only: bokmål, nynorsk and Danish share most of their words, and a paragraph's
    language among them is no safe ground to drop items on; English against them is. Nothing
    when the document as a whole reads as the other family (its language given wrong) or when
    the sections found make up half of its words or more."""
    lang = plan.language
    if lang is None:
        return set()
    children: dict[str | None, list[str]] = {}
    for sec in plan.sections:
        children.setdefault(sec.parent_id, []).append(sec.id)

    def subtree(sid: str) -> set[str]:
        out = {sid}
        for c in children.get(sid, []):
            out |= subtree(c)
        return out

    texts: dict[str | None, list[str]] = {}
    for p in plan.passages:
        texts.setdefault(p.section_id, []).append(p.text)
    for item in [*plan.goals, *plan.strategies, *plan.measures]:
        texts.setdefault(item.section_id, []).append(item.text)
    whole = " ".join(t for ts in texts.values() for t in ts)
    if _other_family(whole, lang, min_score, ratio=1.0):
        return set()  # the document as a whole is not in its language: no part of it is a translation
    marked: set[str] = set()
    for sec in plan.sections:  # in document order, parents before their children
        if sec.id in marked:
            continue
        ids = subtree(sec.id)
        words = " ".join([sec.title, *(t for i in ids for t in texts.get(i, []))])
        if len(words.split()) < min_words:
            continue
        if _other_family(words, lang, min_score):
            marked |= ids
    marked_words = sum(len(t.split()) for i in marked for t in texts.get(i, []))
    # a translation is the lesser part of the document: the plan itself is the rest
    return marked if 2 * marked_words < len(whole.split()) else set()


def _other_family(text: str, lang: str, min_score: float, ratio: float = 3.0) -> bool:
    """Is ``text`` written in the other family of languages than ``lang``, beyond doubt: the
    detector's score for that family at least ``min_score`` and ``ratio`` times the best score
    of the plan's own family (a Danish card of short measures scores a little English on "to"
    and "i"; a paragraph of English prose scores it many times over)."""
    from plancheck.lang.detect import _scores

    scores = _scores(text)
    en = scores.get("en", 0.0)
    nordic = max((v for k, v in scores.items() if k != "en"), default=0.0)
    if _family(lang) == "en":
        return nordic >= min_score and nordic >= ratio * max(en, 1.0)
    return en >= min_score and en >= ratio * max(nordic, 1.0)


def drop_translated_sections(plan: Plan, min_words: int = 30) -> None:
    """Drop the goals, strategies and measures of sections written in the other family of
    languages (:func:`translated_sections`), and every link to them: a translation of the
    plan's items is not more items."""
    marked = translated_sections(plan, min_words)
    if not marked:
        return
    gone_goals = {g.id for g in plan.goals if g.section_id in marked}
    gone_strategies = {s.id for s in plan.strategies if s.section_id in marked}
    plan.goals = [g for g in plan.goals if g.id not in gone_goals]
    plan.strategies = [s for s in plan.strategies if s.id not in gone_strategies]
    kept = [m for m in plan.measures if m.section_id not in marked]
    if len(kept) != len(plan.measures):
        plan.measures = kept
        for k, m in enumerate(plan.measures, start=1):
            m.id = f"measure-{k}"
    for g in plan.goals:
        if g.parent_id in gone_goals:
            g.parent_id = None
    for s in plan.strategies:
        s.goal_ids = [i for i in s.goal_ids if i not in gone_goals]
    for m in plan.measures:
        m.goal_ids = [i for i in m.goal_ids if i not in gone_goals]
        m.strategy_ids = [i for i in m.strategy_ids if i not in gone_strategies]
    for ind in plan.indicators:
        ind.goal_ids = [i for i in ind.goal_ids if i not in gone_goals]

