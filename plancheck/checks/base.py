"""What a rule sees (:class:`Subject`, :class:`Context`) and what it returns (:class:`Hit`).

A rule is anything with the attributes of :class:`Rule` and an ``evaluate(ctx)`` method that
yields hits. YAML rules (:class:`plancheck.checks.rules.YamlRule`) are one kind; a Python rule
registered under the entry-point group ``plancheck.rules`` is another::

    from plancheck.checks import Hit, Rule

    class NoTodo(Rule):
        id = "no-todo"
        severity = "warning"
        summary = {"nb": "Teksten har TODO", "en": "The text has a TODO"}
        message = {"nb": "Det står TODO i teksten: «{text}»", "en": "TODO left in the text: «{text}»"}

        def evaluate(self, ctx):
            for s in ctx.subjects("passage"):
                if "TODO" in s.obj.text:
                    yield Hit(s)

The engine turns hits into :class:`~plancheck.models.Finding` objects: it fills the message
placeholders, quotes the item, computes the fingerprint and applies the configured severity.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from plancheck.graph import build_graph, owner_node_id
from plancheck.models import Coverage, MandatePoint, Plan, Severity

#: node kinds whose subjects are plan items with ``id``, ``text`` and ``page``
ITEM_KINDS = {
    "vision": "vision",
    "focus_area": "focus_areas",
    "goal": "goals",
    "challenge": "challenges",
    "strategy": "strategies",
    "measure": "measures",
    "indicator": "indicators",
    "passage": "passages",
}


#: document-ish order of subject kinds, for sorting findings on the same page
KIND_RANK = {
    "plan": 0,
    "vision": 1,
    "focus_area": 2,
    "goal": 3,
    "challenge": 4,
    "strategy": 5,
    "indicator": 6,
    "measure": 7,
    "owner": 7,
    "section": 8,
    "passage": 9,
    "mandate_point": 10,
    "parent_goal": 11,
    "child_goal": 12,
}


@dataclass(frozen=True)
class Subject:
    """One thing a rule can be about: a plan item, an owner of a measure, the plan itself, or a
    mandate point. ``obj`` is the model (or a mapping) its attributes are read from."""

    kind: str
    obj: Any
    node_id: str | None
    page: int | None
    text: str
    quote: str
    parent: Subject | None = None
    graph_id: str | None = None
    order: int = 0


@dataclass
class Hit:
    """A rule's verdict on one subject: a finding, unless suppressed or baselined."""

    subject: Subject
    severity: Severity | str | None = None
    message: Mapping[str, str] | None = None
    params: Mapping[str, Any] = field(default_factory=dict)


class Rule:
    """The interface every rule has. Subclass it for a Python rule and implement ``evaluate``."""

    id: str = ""
    severity: str = "warning"  # error | warning | info
    summary: Mapping[str, str] = {}
    message: Mapping[str, str] = {}
    docs: Mapping[str, str] = {}
    pack: str = "python"
    #: set by configuration (``[tool.plancheck.severity]``); wins over every other severity
    override: str | None = None

    def evaluate(self, ctx: Context) -> Iterable[Hit]:
        raise NotImplementedError

    @property
    def effective_severity(self) -> str:
        return Severity(self.override or self.severity).value


def localized(table: Mapping[str, str] | str | None, lang: str) -> str:
    """The text for ``lang`` from ``{"nb": ..., "en": ...}``, falling back to bokmål, then English."""
    if table is None:
        return ""
    if isinstance(table, str):
        return table
    for key in (lang, "nb", "en"):
        if table.get(key):
            return table[key]
    return next(iter(table.values()), "")


class Context:
    """The plan under check, its graph, and the subjects of every kind (built once, on demand)."""

    def __init__(
        self,
        plan: Plan,
        *,
        coverage: list[Coverage] | None = None,
        mandate_points: list[MandatePoint] | None = None,
        graph: nx.DiGraph | None = None,
        as_of: dt.date | None = None,
        parent_coverage: list | None = None,
        child_goals: list | None = None,
    ) -> None:
        self.plan = plan
        self.as_of = as_of  # the hearing date (--as-of), for rules about passed deadlines
        self.graph = graph if graph is not None else build_graph(plan)
        self.coverage = coverage
        self.mandate_points = mandate_points or []
        self.parent_coverage = parent_coverage  # --parent: the parent's goals, followed up?
        self.child_goals = child_goals  # --parent: this plan's goals and what they serve
        if parent_coverage:
            from plancheck.graph import add_follows_up

            add_follows_up(self.graph, parent_coverage, child_goals)
        self._subjects: dict[str, list[Subject]] = {}
        self._counts: dict[tuple[str, str], int] = {}
        self._by_node: dict[str, Subject] | None = None

    def subjects(self, kind: str) -> list[Subject]:
        if kind not in self._subjects:
            self._subjects[kind] = list(self._build(kind))
        return self._subjects[kind]

    def subject_for_node(self, node_id: str) -> Subject | None:
        """The subject of a graph node: a plan item, a section or a mandate point."""
        if self._by_node is None:
            kinds = ["section", *ITEM_KINDS, "mandate_point"]
            self._by_node = {s.graph_id: s for k in kinds for s in self.subjects(k) if s.graph_id}
        return self._by_node.get(node_id)

    def count(self, kind: str, where: Mapping | None = None) -> int:
        from plancheck.checks.conditions import evaluate

        key = (kind, json.dumps(where, sort_keys=True, default=str))
        if key not in self._counts:
            subjects = self.subjects(kind)
            if where is not None:
                subjects = [s for s in subjects if evaluate(where, s, self)]
            self._counts[key] = len(subjects)
        return self._counts[key]

    def _build(self, kind: str) -> Iterator[Subject]:
        plan = self.plan
        if kind == "plan":
            title = plan.title or ""
            # the plan as a whole is quoted by its title, which stands on the first page
            yield Subject("plan", plan, None, 1 if title else None, title, title)
        elif kind in ITEM_KINDS:
            group = getattr(plan, ITEM_KINDS[kind])
            items = [group] if kind == "vision" else group
            for i, it in enumerate(x for x in items if x is not None):
                yield item_subject(kind, it, i)
        elif kind == "owner":
            for i, m in enumerate(plan.measures):
                parent = item_subject("measure", m, i)
                for j, owner in enumerate(m.owners):
                    yield Subject(
                        "owner",
                        owner,
                        m.id,
                        m.page,
                        f"{m.text} / {owner.text}",
                        owner.text,
                        parent=parent,
                        graph_id=owner_node_id(owner.text),
                        order=i * 1000 + j + 1,
                    )
        elif kind == "section":
            for i, sec in enumerate(plan.sections):
                yield Subject(
                    "section", sec, sec.id, sec.page, sec.title, sec.title, graph_id=sec.id, order=i
                )
        elif kind == "mandate_point":
            # the point stands in the mandate, not in the plan: no page of the plan to give
            points = {p.id: p for p in self.mandate_points}
            for i, cov in enumerate(self.coverage or []):
                point = points.get(cov.id)
                quote = (point.provenance.source_text if point else "") or cov.text
                yield Subject(
                    "mandate_point", cov, cov.id, None, cov.text, quote, graph_id=cov.id, order=i
                )
        elif kind == "parent_goal":
            # the goal stands in the parent plan: its page is the parent's, not this plan's
            for i, pc in enumerate(self.parent_coverage or []):
                yield Subject("parent_goal", pc, pc.id, None, pc.text, pc.text, order=i)
        elif kind == "child_goal":
            for i, link in enumerate(self.child_goals or []):
                yield Subject(
                    "child_goal", link, link.id, link.page, link.text, link.text,
                    graph_id=link.id, order=i,
                )


def item_subject(kind: str, item: Any, order: int) -> Subject:
    source = getattr(getattr(item, "provenance", None), "source_text", "") or ""
    return Subject(
        kind,
        item,
        item.id,
        item.page,
        item.text,
        source.strip() or item.text,
        graph_id=item.id,
        order=order * 1000,
    )
