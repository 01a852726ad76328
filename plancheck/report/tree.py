"""The goal → strategy → measure tree the planner-facing reports are laid out by, with each
finding hung on the item it is about."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from plancheck.checks.engine import normalise
from plancheck.models import CheckResult, Finding


@dataclass
class Node:
    kind: str  # focus_area | goal | strategy | measure
    item: Any
    findings: list[Finding] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)

    def has_findings(self) -> bool:
        return bool(self.findings) or any(c.has_findings() for c in self.children)

    def walk(self, depth: int = 0):
        yield self, depth
        for child in self.children:
            yield from child.walk(depth + 1)


@dataclass
class ReportTree:
    plan_findings: list[Finding]  # about the plan as a whole
    roots: list[Node]  # focus areas and top goals, in document order
    unplaced: list[Node]  # strategies and measures linked to no goal
    mandate_findings: list[Finding]
    other_findings: list[Finding]  # about passages, sections and the like


def build_tree(result: CheckResult) -> ReportTree:
    plan = result.plan
    by_node: dict[str | None, list[Finding]] = defaultdict(list)
    for f in result.findings:
        by_node[f.node_id].append(f)

    def node(kind: str, item: Any) -> Node:
        return Node(kind, item, by_node.pop(item.id, []))

    focus = {fa.id: node("focus_area", fa) for fa in plan.focus_areas}
    goals = {g.id: node("goal", g) for g in plan.goals}
    strategies = {s.id: node("strategy", s) for s in plan.strategies}
    measures = {m.id: node("measure", m) for m in plan.measures}
    placed: set[str] = set()

    def attach(parent: Node | None, child: Node) -> None:
        if parent is not None:
            parent.children.append(child)
            placed.add(child.item.id)

    parent_of = {g.id: g.parent_id for g in plan.goals if g.parent_id in goals}
    for g in plan.goals:
        if g.id in parent_of and not _in_cycle(g.id, parent_of):
            attach(goals[g.parent_id], goals[g.id])
    for s in plan.strategies:
        parent = next((goals[gid] for gid in s.goal_ids if gid in goals), None)
        attach(parent or focus.get(s.focus_area_id or ""), strategies[s.id])
    for m in plan.measures:
        known = [strategies[sid] for sid in m.strategy_ids if sid in strategies]
        parent = next((st for st in known if st.item.id in placed), None)
        parent = parent or next((goals[gid] for gid in m.goal_ids if gid in goals), None)
        attach(parent or next(iter(known), None), measures[m.id])

    roots: list[Node] = []
    for g in plan.goals:
        if g.id not in placed:
            fa = focus.get(g.focus_area_id or "")
            (fa.children if fa is not None else roots).append(goals[g.id])
    roots = [focus[fa.id] for fa in plan.focus_areas] + roots  # focus areas first, with their goals

    unplaced = [strategies[s.id] for s in plan.strategies if s.id not in placed]
    unplaced += [measures[m.id] for m in plan.measures if m.id not in placed]

    mandate_ids = {c.id for c in result.coverage or []}
    plan_findings = by_node.pop(None, [])
    mandate_findings = [f for nid in list(by_node) if nid in mandate_ids for f in by_node.pop(nid)]
    other = sorted((f for fs in by_node.values() for f in fs), key=lambda f: f.page or 0)
    return ReportTree(plan_findings, roots, unplaced, mandate_findings, other)


def _in_cycle(start: str, parent_of: dict[str, str | None]) -> bool:
    seen = {start}
    cur = parent_of.get(start)
    while cur is not None:
        if cur in seen:
            return True
        seen.add(cur)
        cur = parent_of.get(cur)
    return False


def quote_adds(f: Finding) -> bool:
    """Whether the quote says more than the message, which usually quotes the item already."""
    quote = normalise(f.quote)
    if not quote:
        return False
    quoted = [normalise(q).rstrip("…") for q in re.findall(r"«([^»]+)»", f.message)]
    return not any(q and (q in quote or quote in q) for q in quoted) and quote not in normalise(
        f.message
    )
