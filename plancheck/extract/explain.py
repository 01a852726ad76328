"""Why an item is a goal, a strategy or a measure, and why it is linked to its goals.

``plancheck extract --explain`` prints, for each item: the role model's marginal probability of
each label on the unit it was read from, the features that weigh most for its role (weight ×
presence, from the trained CRF), and the rule walk's own decision; for each goal link, the
evidence that ties the two (a goal named in a table cell, numbering, a reference in the text,
the section the item stands in).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from plancheck.extract.link import goal_similarity, match_goal
from plancheck.ingest.text import normalise
from plancheck.models import Document, Goal, Plan

_ROLE_LABELS = {"goal": ("goal", "sub_goal"), "strategy": ("strategy",), "measure": ("measure",)}


@dataclass
class ItemEvidence:
    kind: str
    item_id: str
    text: str
    marginals: dict[str, float] = field(default_factory=dict)
    top_features: list[tuple[str, float]] = field(default_factory=list)
    rule: str | None = None
    links: list[tuple[str, str]] = field(default_factory=list)  # (goal id, why)


def link_reason(plan: Plan, item, goal: Goal) -> str:
    """The strongest evidence for a link from ``item`` (a measure or strategy) to ``goal``."""
    codes = getattr(item, "related_codes", None)
    if codes:
        from plancheck.extract.roles import code_key

        named = {code_key(c): c for c in codes}
        if code_key(goal.number) in named:
            return f"its cross-reference column names goal {named[code_key(goal.number)]}"
        via = [s for s in plan.strategies if s.id in getattr(item, "strategy_ids", []) and goal.id in s.goal_ids
               and code_key(s.number) in named]
        if via:
            return f"its cross-reference column names {', '.join(named[code_key(s.number)] for s in via)}, a strategy of this goal"
    marks = getattr(item, "goal_marks", None)
    if marks:
        named = next((m for m in marks if match_goal(m, [goal]) is goal), None)
        if named is not None:
            return f"its row is marked in the goal column «{named}» of a cross matrix"
    table_goal = getattr(item, "table_goal_text", None)
    if table_goal:
        num = (goal.number or "").strip(".)")
        if num and normalise(table_goal).split()[-1:] == [num]:
            return f"the table's goal column names goal {num} («{table_goal}»)"
        return f"the table's goal cell «{table_goal[:60]}» names it (similarity {goal_similarity(table_goal, goal.text):.0f})"
    inum, gnum = (item.number or "").strip(".)"), (goal.number or "").strip(".)")
    if inum and gnum and inum.startswith(gnum + "."):
        return f"numbering: {inum} is under {gnum}"
    if gnum and (f"mål {gnum}" in item.text.lower() or f"goal {gnum}" in item.text.lower()):
        return f"the text refers to goal {gnum}"
    titles = {s.id: s.title for s in plan.sections}
    if item.section_id and item.section_id == goal.section_id:
        return f"same section «{titles.get(item.section_id, '')[:50]}»"
    if item.section_id:
        return f"section scope: it stands under the chapter that declares the goal («{titles.get(goal.section_id or '', '')[:50]}»)"
    return "order: it follows the goal in the text"


def explain(plan: Plan, doc: Document, model=None, top: int = 5) -> list[ItemEvidence]:
    """Evidence for every goal, strategy and measure of ``plan`` (read from ``doc``)."""
    from plancheck.extract.rolemodel import score_items, shipped_model

    model = model if model is not None else shipped_model()
    marg: list[dict[str, float]] = []
    feats: list = []
    where: dict[str, int] = {}
    weights: dict[tuple[str, str], float] = {}
    if model is not None:
        _us, feats, marg, where = score_items(plan, doc, model)
        weights = model.weights()
    goals = {g.id: g for g in plan.goals}
    out: list[ItemEvidence] = []
    for kind, items in (("goal", plan.goals), ("strategy", plan.strategies), ("measure", plan.measures)):
        for it in items:
            ev = ItemEvidence(kind, it.id, it.text)
            u = where.get(it.id)
            if u is not None:
                ev.marginals = {k: round(v, 3) for k, v in sorted(marg[u].items(), key=lambda kv: -kv[1])[:3]}
                ev.rule = str(feats[u].get("rule"))
                label = _ROLE_LABELS[kind][0]
                contrib = []
                for name, value in feats[u].items():
                    key = f"{name}={value}" if isinstance(value, str) else name
                    w = weights.get((key, label))
                    if w:
                        contrib.append((key, round(w * (1.0 if isinstance(value, str) else float(value)), 3)))
                ev.top_features = sorted(contrib, key=lambda kv: -abs(kv[1]))[:top]
            for gid in getattr(it, "goal_ids", []):
                if gid in goals:
                    ev.links.append((gid, link_reason(plan, it, goals[gid])))
            if kind == "goal" and it.parent_id in goals:
                ev.links.append((it.parent_id, "sub-goal: " + link_reason(plan, it, goals[it.parent_id])))
            out.append(ev)
    return out


def render_explanation(evidence: list[ItemEvidence]) -> str:
    lines: list[str] = []
    for ev in evidence:
        lines.append(f"{ev.kind} {ev.item_id}: {ev.text[:90]}")
        if ev.marginals:
            probs = ", ".join(f"{k} {v:.2f}" for k, v in ev.marginals.items())
            lines.append(f"    model: {probs}   (rule walk: {ev.rule})")
            if ev.top_features:
                lines.append("    evidence: " + ", ".join(f"{k} {w:+.2f}" for k, w in ev.top_features))
        else:
            lines.append("    model: no unit found for this item (or no model shipped)")
        for gid, why in ev.links:
            lines.append(f"    → {gid}: {why}")
    return "\n".join(lines) + "\n"
