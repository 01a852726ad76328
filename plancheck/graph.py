"""The plan as a dependency graph (networkx ``DiGraph``).

Node kinds: ``vision``, ``focus_area``, ``goal``, ``strategy``, ``measure``, ``owner``,
``section`` (and ``mandate_point`` when a mandate is checked, ``parent_goal`` with ``--parent``).
Edges point from the more concrete item to what it serves:

- ``refines``: sub-goal → goal, goal → focus area, focus area → vision
- ``implements``: measure → strategy, measure → goal, strategy → goal
- ``part_of``: strategy → focus area, item → section, section → parent section
- ``owned_by``: measure → owner
- ``covers``: plan item → mandate point
- ``follows_up``: plan goal, strategy or measure → goal of the parent plan (the rød tråd)

The same nodes and edges are also built into a :class:`PlanGraph`, a few dicts with the part of
``DiGraph``'s interface the rule conditions use: importing networkx (its algorithms, readers and
backend registry) was about a third of the imports of a ``plancheck check``, and a check only
walks edges. networkx is imported for :func:`build_graph` (``plancheck graph``, the API,
``ctx.graph`` for plugin rules), where its algorithms and writers are wanted.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from plancheck.models import Plan

if TYPE_CHECKING:
    import networkx as nx

G = TypeVar("G")


class _EdgeView:
    """``g.edges[u, v]``: the attributes of one edge, as networkx's edge view gives them."""

    def __init__(self, succ: dict[str, dict[str, dict[str, Any]]]) -> None:
        self._succ = succ

    def __getitem__(self, key: tuple[str, str]) -> dict[str, Any]:
        u, v = key
        return self._succ[u][v]


class PlanGraph:
    """A directed graph as networkx's ``DiGraph`` keeps one (node → attributes, successors and
    predecessors in insertion order, an edge to a node not yet added adds it bare), with only
    the methods :func:`fill_graph`, :func:`add_follows_up` and the rule conditions call."""

    def __init__(self) -> None:
        self.nodes: dict[str, dict[str, Any]] = {}
        self._succ: dict[str, dict[str, dict[str, Any]]] = {}
        self._pred: dict[str, dict[str, dict[str, Any]]] = {}
        self.edges = _EdgeView(self._succ)

    def add_node(self, node: str, **attrs: Any) -> None:
        if node not in self.nodes:
            self.nodes[node] = {}
            self._succ[node] = {}
            self._pred[node] = {}
        self.nodes[node].update(attrs)

    def add_edge(self, u: str, v: str, **attrs: Any) -> None:
        self.add_node(u)
        self.add_node(v)
        data = self._succ[u].setdefault(v, {})
        data.update(attrs)
        self._pred[v][u] = data

    def has_edge(self, u: str, v: str) -> bool:
        return u in self._succ and v in self._succ[u]

    def successors(self, node: str) -> Iterator[str]:
        return iter(self._succ[node])

    def predecessors(self, node: str) -> Iterator[str]:
        return iter(self._pred[node])

    def __contains__(self, node: object) -> bool:
        return node in self.nodes

    def __len__(self) -> int:
        return len(self.nodes)


def parent_goal_node_id(goal_id: str) -> str:
    return "parent:" + goal_id


def add_follows_up(g: nx.DiGraph | PlanGraph, parent_coverage, child_goals=None) -> None:
    """``parent_goal`` nodes (with their ``status``) and ``follows_up`` edges from the plan's
    items that follow them up (``ParentCoverage.served_by``) and from the plan's goals that
    serve them (``ChildGoalLink.serves``)."""
    for pc in parent_coverage or []:
        node = parent_goal_node_id(pc.id)
        g.add_node(
            node,
            kind="parent_goal",
            text=pc.text,
            page=pc.page or 0,
            number="",
            status=str(getattr(pc.status, "value", pc.status)),
        )
        for item in pc.served_by:
            if item in g:
                g.add_edge(item, node, kind="follows_up")
    for link in child_goals or []:
        for pid in link.serves:
            node = parent_goal_node_id(pid)
            if link.id in g and node in g and not g.has_edge(link.id, node):
                g.add_edge(link.id, node, kind="follows_up")


def owner_node_id(text: str) -> str:
    return "owner:" + " ".join(text.lower().split())


def build_graph(plan: Plan) -> nx.DiGraph:
    """The plan's graph as a networkx ``DiGraph``."""
    import networkx as nx

    return fill_graph(nx.DiGraph(), plan)


def fill_graph(g: G, plan: Plan) -> G:
    """Add the plan's nodes and edges to ``g`` (a networkx ``DiGraph`` or a
    :class:`PlanGraph`) and return it."""

    def add(item, kind: str) -> None:
        g.add_node(
            item.id, kind=kind, text=item.text, page=item.page or 0, number=item.number or ""
        )

    for sec in plan.sections:
        g.add_node(
            sec.id, kind="section", text=sec.title, page=sec.page or 0, number=sec.number or ""
        )
    for sec in plan.sections:
        if sec.parent_id:
            g.add_edge(sec.id, sec.parent_id, kind="part_of")
    if plan.vision:
        add(plan.vision, "vision")
    for fa in plan.focus_areas:
        add(fa, "focus_area")
        if plan.vision:
            g.add_edge(fa.id, plan.vision.id, kind="refines")
    for goal in plan.goals:
        add(goal, "goal")
        g.nodes[goal.id]["goal_kind"] = goal.kind
    for goal in plan.goals:
        if goal.parent_id:
            g.add_edge(goal.id, goal.parent_id, kind="refines")
        elif goal.focus_area_id:
            g.add_edge(goal.id, goal.focus_area_id, kind="refines")
    for st in plan.strategies:
        add(st, "strategy")
        for gid in st.goal_ids:
            g.add_edge(st.id, gid, kind="implements")
        if st.focus_area_id:
            g.add_edge(st.id, st.focus_area_id, kind="part_of")
    for m in plan.measures:
        add(m, "measure")
        for gid in m.goal_ids:
            g.add_edge(m.id, gid, kind="implements")
        for sid in m.strategy_ids:
            g.add_edge(m.id, sid, kind="implements")
        for owner in m.owners:
            oid = owner_node_id(owner.text)
            if oid not in g:
                g.add_node(
                    oid, kind="owner", text=owner.text, page=0, number="", diffuse=owner.diffuse
                )
            g.add_edge(m.id, oid, kind="owned_by")
    for group in (plan.goals, plan.strategies, plan.measures, plan.focus_areas):
        for it in group:
            if it.section_id and it.section_id in g:
                g.add_edge(it.id, it.section_id, kind="part_of")
    return g


def to_node_link_json(g: nx.DiGraph) -> str:
    import networkx as nx

    data = nx.node_link_data(g, edges="edges")
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)


def to_dot(g: nx.DiGraph) -> str:
    """Graphviz DOT, written by hand: pydot/pygraphviz would be one more dependency for 20 lines."""

    def q(s: str) -> str:
        # one line per node whatever the text holds (a CR or U+2028 would start a new log line)
        s = " ".join(s.split())
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

    shapes = {"goal": "box", "strategy": "ellipse", "measure": "note", "owner": "diamond"}
    lines = ["digraph plan {", "  rankdir=RL;"]
    for node, data in g.nodes(data=True):
        label = data.get("text", "")
        if len(label) > 60:
            label = label[:57] + "..."
        shape = shapes.get(data.get("kind", ""), "plaintext")
        lines.append(f"  {q(node)} [label={q(label)}, shape={shape}];")
    for u, v, data in g.edges(data=True):
        lines.append(f"  {q(u)} -> {q(v)} [label={q(data.get('kind', ''))}];")
    lines.append("}")
    return "\n".join(lines) + "\n"
