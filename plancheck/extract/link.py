"""Link measures to goals and strategies, and strategies to goals.

In order of strength:

1. the goal named in a measure table (a merged "Mål" cell, or a row spanning the table) is
   matched to the goals declared in the text, even when shortened or misspelt
   ("Tidlig hjelp for god utvikling" → "2. Alle barn skal få tidlig hjelp for best mulig
   utvikling"): by its number when it has one, else by fuzzy word overlap (rapidfuzz);
   a table goal that matches no declared goal is itself a goal of the plan;
2. numbering: measure "2.3" belongs to goal "2";
3. place: a measure or strategy belongs to the goals of the nearest section around it that
   declares goals (the focus area chapter it sits in).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from plancheck.ingest.text import normalise
from plancheck.models import Document, Goal, GoalKind, Plan, Provenance

MATCH_THRESHOLD = 62.0
_STOP = {
    "alle", "skal", "og", "i", "for", "til", "på", "med", "av", "en", "et", "ei", "å", "the", "and",
    "of", "to", "a", "in", "være", "vere", "få", "ha", "har", "at", "som", "det", "den", "de",
    "ska", "och", "att", "will", "shall", "be", "all",
}


def _words(text: str) -> list[str]:
    return [w for w in normalise(text).split() if w not in _STOP and not w.isdigit()]


def goal_similarity(table_text: str, goal_text: str) -> float:
    """How well a (shortened) goal text from a table names a declared goal, 0–100."""
    a = " ".join(_words(table_text))
    b = " ".join(_words(goal_text))
    if not a or not b:
        return 0.0
    return max(fuzz.token_set_ratio(a, b), 0.9 * fuzz.partial_ratio(a, b), fuzz.token_sort_ratio(a, b))


def match_goal(text: str, goals: list[Goal]) -> Goal | None:
    m = re.match(r"^\s*(?:mål|goal|delmål|hovedmål)?\s*(\d{1,2}(?:\.\d{1,2})*)[.):]?\s+", text, re.IGNORECASE)
    if m:
        num = m.group(1)
        by_num = [g for g in goals if (g.number or "").strip(".)") == num]
        if len(by_num) == 1:
            return by_num[0]
        text = text[m.end():]
    best, best_score = None, 0.0
    for g in goals:
        score = goal_similarity(text, g.text)
        if score > best_score:
            best, best_score = g, score
    return best if best_score >= MATCH_THRESHOLD else None


def link_plan(plan: Plan, doc: Document) -> None:
    parent_of = {s.id: s.parent_id for s in plan.sections}
    declared = list(plan.goals)
    table_goals: dict[str, Goal] = {}

    for m in plan.measures:
        if m.table_goal_text:
            key = normalise(m.table_goal_text)
            goal = table_goals.get(key)
            if goal is None:
                goal = match_goal(m.table_goal_text, declared)
                if goal is None:
                    from plancheck.ingest.text import strip_label

                    number, text = strip_label(m.table_goal_text)
                    goal = Goal(
                        id=f"goal-{len(plan.goals) + 1}",
                        text=" ".join(text.split()),
                        number=number,
                        kind=GoalKind.goal,
                        page=m.page,
                        section_id=m.section_id,
                        provenance=Provenance(page=m.page, source_text=m.table_goal_text),
                    )
                    plan.goals.append(goal)
                table_goals[key] = goal
            _add(m.goal_ids, goal.id)

    goals_by_number = {}
    for g in plan.goals:
        if g.number:
            goals_by_number.setdefault(g.number.strip(".)"), g)

    for m in plan.measures:
        if m.goal_ids:
            continue
        if m.number and "." in m.number.strip("."):
            prefix = m.number.strip(".").rsplit(".", 1)[0]
            g = goals_by_number.get(prefix)
            if g is not None:
                _add(m.goal_ids, g.id)
                continue
        for g in _goals_in_scope(plan, m.section_id, parent_of):
            _add(m.goal_ids, g.id)

    for s in plan.strategies:
        if s.goal_ids:
            continue
        if s.number and "." in s.number.strip("."):
            g = goals_by_number.get(s.number.strip(".").rsplit(".", 1)[0])
            if g is not None:
                _add(s.goal_ids, g.id)
                continue
        for g in _goals_in_scope(plan, s.section_id, parent_of):
            _add(s.goal_ids, g.id)


def _goals_in_scope(plan: Plan, section_id: str | None, parent_of: dict[str, str | None]) -> list[Goal]:
    """The goals of the nearest section (this one or an ancestor) that declares goals; the
    top-level ones when it declares main goals and sub-goals."""
    cur = section_id
    while cur is not None:
        scope = _descendants(cur, parent_of)
        goals = [g for g in plan.goals if g.section_id in scope]
        if goals:
            top = [g for g in goals if g.parent_id is None]
            return top or goals
        cur = parent_of.get(cur)
    return []


def _descendants(section_id: str, parent_of: dict[str, str | None]) -> set[str]:
    out = {section_id}
    changed = True
    while changed:
        changed = False
        for sid, pid in parent_of.items():
            if pid in out and sid not in out:
                out.add(sid)
                changed = True
    return out


def _add(ids: list[str], item_id: str) -> None:
    if item_id not in ids:
        ids.append(item_id)
