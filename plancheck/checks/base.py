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
import functools
import json
import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from rapidfuzz import fuzz

from plancheck.graph import PlanGraph, build_graph, fill_graph, owner_node_id
from plancheck.models import Coverage, MandatePoint, Plan, Severity

if TYPE_CHECKING:
    import networkx as nx

_G = TypeVar("_G")

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
class CheckSettings:
    """Tolerances of the checks that are not part of a rule pack."""

    #: rapidfuzz ratio (0–100) at which two items' texts, without their numbers, are one item
    #: printed twice (a goal list repeated in a summary, a strategy restated over its actions)
    copy_similarity: float = 90.0
    #: a text shorter than this (letters and digits) is too short to call a copy by similarity
    #: alone; it must then be equal
    copy_min_length: int = 12
    #: share of words two copies must have in common (Jaccard): "renew the roofs" is not a copy of
    #: "renew the roads", however close the letters are
    copy_word_overlap: float = 0.8
    #: a text that begins another and is at least this share of its length is the same item,
    #: the longer copy with an example or a parenthesis added ("… financing (e.g., SunShot …)")
    copy_prefix_share: float = 0.6
    #: the one item of its kind in a section stands in the section above it too when at least this
    #: many sections beside it (under the same parent, itself included) hold one item of that kind
    #: each: a chapter of themes, each stating its one goal under a heading of its own
    sole_sibling_min: int = 3


SETTINGS = CheckSettings()

#: the fields that place an item in a part of the plan: items sharing one are peers
SCOPE_FIELDS = ("section_id", "focus_area_id", "parent_id", "goal_ids", "strategy_ids")

_LEADING_LABEL = re.compile(
    r"^\W*(?:[^\W\d_]{1,12}\s+)?(?:\d{1,3}(?:\.\d{1,3})*|[a-z])\s*[.:)\-–—]?\s+", re.IGNORECASE
)


def copy_key(text: str) -> str:
    """An item's text as compared for copies: case, punctuation and its number ("Goal 1.2",
    "Mål 3:", "2.") folded away."""
    text = " ".join(text.casefold().split())
    text = _LEADING_LABEL.sub("", text, count=1)
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def same_text(a: str, b: str, settings: CheckSettings = SETTINGS) -> bool:
    """True when two copy keys name the same item."""
    if not a or not b:
        return False
    if a == b:
        return True
    if min(len(a), len(b)) < settings.copy_min_length:
        return False
    short, long = sorted((a, b), key=len)
    if long.startswith(short + " ") and len(short) >= settings.copy_prefix_share * len(long):
        return True
    wa, wb = set(a.split()), set(b.split())
    if len(wa & wb) < settings.copy_word_overlap * len(wa | wb):
        return False
    return max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b)) >= settings.copy_similarity


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
    #: the input formats the rule reads (``Document.format``: "pdf", "docx", "odt"); empty for
    #: every format. A rule of the Word/Writer drafts' comments and tracked changes is silent for
    #: a PDF, which keeps none (bench/source_vs_pdf.py leaves such findings out of its comparison)
    formats: tuple[str, ...] = ()
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
        self.coverage = coverage
        self.mandate_points = mandate_points or []
        self.parent_coverage = parent_coverage  # --parent: the parent's goals, followed up?
        self.child_goals = child_goals  # --parent: this plan's goals and what they serve
        # what the rule conditions walk: the given graph, else the same nodes and edges in
        # plain dicts (networkx is imported only when a rule asks for ``ctx.graph``)
        self._graph = None if graph is None else self._with_follows_up(graph)
        self.links: nx.DiGraph | PlanGraph = (
            self._graph if self._graph is not None else self._with_follows_up(fill_graph(PlanGraph(), plan))
        )
        self._subjects: dict[str, list[Subject]] = {}
        self._counts: dict[tuple[str, str], int] = {}
        self._by_node: dict[str, Subject] | None = None
        self._scopes: dict[str, dict[tuple[str, Any], list[Subject]]] = {}
        self._copies: dict[str, dict[str, list[Subject]]] = {}
        self._copy_keys: dict[str, list[str]] = {}
        self._labels: dict[tuple[str, ...], int] = {}
        self._heading_parent: dict[str, tuple[str | None, str]] | None = None
        self._bare_labels: set[str] = set()  # sections titled by a bare label ("Mål 4")
        self._label_titles: set[str] = set()  # sections titled by a focus area's numbered label and name ("Priority 4 Roads")
        self._sole: dict[str, set[str]] = {}  # kind → sections holding one item of it

    @property
    def graph(self) -> nx.DiGraph:
        """The plan's networkx graph (``plancheck graph``'s, with ``follows_up`` edges under
        ``--parent``), built on first use: for rules written in Python."""
        if self._graph is None:
            self._graph = self._with_follows_up(build_graph(self.plan))
        return self._graph

    def _with_follows_up(self, g: _G) -> _G:
        if self.parent_coverage:
            from plancheck.graph import add_follows_up

            add_follows_up(g, self.parent_coverage, self.child_goals)
        return g

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

    def peers(self, subject: Subject, kind: str) -> list[Subject]:
        """The other subjects of ``kind`` in ``subject``'s part of the plan: those sharing its
        section, focus area or parent goal, or a goal or strategy both serve (the fields in
        ``SCOPE_FIELDS``). Items without a section share the plan's unsectioned part. An item
        that is itself its section's heading ("Mål 4 Flere innbyggere skal …" over its
        strategies), or the one item of its kind in a section headed by a numbered label
        ("Theme 4: …" over the one "Outcome: …" it states) or in one of several sections beside
        each other that hold one each (themed headings, each over the one goal it states),
        stands in the section above it too, beside the other items set so."""
        if kind not in self._scopes:
            counts: dict[Any, int] = {}
            for s in self.subjects(kind):
                sid = getattr(s.obj, "section_id", None)
                counts[sid] = counts.get(sid, 0) + 1
            from plancheck.extract.roles import numbered_label

            numbered = {sec.id for sec in self.plan.sections if numbered_label(sec.title or "")}
            parent_of = {sec.id: sec.parent_id for sec in self.plan.sections}
            single = {sid for sid, n in counts.items() if n == 1}
            beside = Counter(parent_of.get(sid) for sid in single if parent_of.get(sid) is not None)
            self._sole[kind] = {
                sid for sid in single
                if sid in numbered or beside[parent_of.get(sid)] >= SETTINGS.sole_sibling_min
            }
            index: dict[tuple[str, Any], list[Subject]] = {}
            for s in self.subjects(kind):
                for key in self._scope_keys(s.obj, self._sole[kind]):
                    index.setdefault(key, []).append(s)
            self._scopes[kind] = index
        index = self._scopes[kind]
        out: dict[int, Subject] = {}
        for key in self._scope_keys(subject.obj, self._sole.get(kind, set())):
            for s in index.get(key, []):
                if s.obj is not subject.obj:
                    out.setdefault(id(s.obj), s)
        return list(out.values())

    def _scope_keys(self, item: Any, sole: Collection[str] = ()) -> list[tuple[str, Any]]:
        """:func:`scope_keys`, and the section above the item's section when the item is that
        section's heading (its text closes the section's title) or the one item of its kind
        under a numbered label heading (its section id in ``sole``): a chapter of numbered
        themes, each stating its one goal under its own heading, is one part of the plan, as a
        chapter listing the goals would be."""
        keys = scope_keys(item)
        section_id = getattr(item, "section_id", None)
        if section_id is None:
            return keys
        if self._heading_parent is None:
            self._heading_parent = {s.id: (s.parent_id, copy_key(s.title)) for s in self.plan.sections}
            self._bare_labels = {s.id for s in self.plan.sections if bare_label(s.title or "")}
            from plancheck.extract.roles import label_role, numbered_label

            # (a focus area's label: a goal's label with a name, 'Mål 1 Trygghet', heads a part of its own)
            self._label_titles = {
                s.id for s in self.plan.sections
                if numbered_label(s.title or "") and label_role(s.title or "")[0] == "focus_area"
            }
            # (and a numbered focus area's own section, '3.5 Trygghet' over 'Mål: …' as its heading)
            self._label_titles |= {a.section_id for a in self.plan.focus_areas if a.number and a.section_id}
        if section_id not in self._heading_parent:
            return keys
        parent, title = self._heading_parent[section_id]
        text = copy_key(getattr(item, "text", "") or "")
        if (text and title.endswith(text)) or (parent is not None and section_id in sole):
            # a top-level section's heading stands in the plan's unsectioned part, beside the
            # other top-level headings set so (goals numbered 1, 2, 3 as the plan's chapters)
            keys.append(("section_id", parent))
            own_heading = bool(text and title.endswith(text))
            if parent in self._heading_parent and (
                parent in self._bare_labels or (own_heading and parent in self._label_titles)
            ):
                # a heading set in two lines, the bare label ("Mål 4") over the sentence: the
                # label's section is the same heading, and the item stands in the one above it;
                # so does a goal set as its own heading under its numbered focus area's title
                # ("Priority 4 Safer roads" over the outcome's sentence), beside the other areas
                keys.append(("section_id", self._heading_parent[parent][0]))
        return keys

    def copies(self, subject: Subject, kind: str, *, earlier: bool = False) -> list[Subject]:
        """The other subjects of ``kind`` whose text is the same item's (see :func:`same_text`);
        with ``earlier``, only those before ``subject`` in the plan's order."""
        if kind not in self._copies:
            self._copies[kind] = {}
            # each candidate's key worked out once, not again for every subject compared with it
            self._copy_keys[kind] = [copy_key(s.text) for s in self.subjects(kind)]
        cache = self._copies[kind]
        candidates = self.subjects(kind)
        key = copy_key(subject.text)
        if key not in cache:
            cache[key] = [s for s, k in zip(candidates, self._copy_keys[kind], strict=True) if same_text(key, k)]
        same = [s for s in cache[key] if s.obj is not subject.obj]
        if earlier:
            position = {id(s.obj): i for i, s in enumerate(candidates)}
            mine = position.get(id(subject.obj), len(candidates))
            same = [s for s in same if position[id(s.obj)] < mine]
        return same

    def label_lines(self, roles: tuple[str, ...]) -> int:
        """How many lines of the plan's text begin with a label of one of the column ``roles``
        ("Ansvar: NAV-leder", "Frist: Høst 2025", "Lead: Planning"), the label being a whole
        column word of the lexicon; for the item roles (measure, goal, strategy) also a word
        with a number or letter ("Tiltak 3.2:", "Action Item A (st) ::"). A passage none of
        whose lines begins so, but which ends in owner or deadline fields ("… (ansvar:
        kultureininga, tid: 2026)", read as extraction reads them: :func:`split_fields`),
        counts once when ``roles`` has owner or deadline."""
        if roles not in self._labels:
            from plancheck.extract.fields import split_fields

            words = label_words(roles)
            numbered = label_words(r for r in roles if r in ITEM_ROLES)
            fields = "owner" in roles or "deadline" in roles
            n = 0
            for p in self.plan.passages:
                found = 0
                for line in (p.provenance.source_text or p.text).splitlines():
                    m = _LABEL_LINE.match(line)
                    if m and " ".join(m.group(1).casefold().split()) in words:
                        found += 1
                        continue
                    m = _NUMBERED_LINE.match(line)
                    if m and m.group(1).casefold() in numbered:
                        found += 1
                if not found and fields and split_fields(p.text).labelled:
                    found = 1
                n += found
            self._labels[roles] = n
        return self._labels[roles]

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


#: a line that begins with a short label and a colon: "Ansvar: …", "• Frist: …"
_LABEL_LINE = re.compile(r"^\W{0,3}([^\W\d_][^\W\d_ /]*(?:[ /][^\W\d_]+){0,3})\s*:\s+\S")


#: a line that begins with an item word and its number or letter: "Tiltak 3.2:", "Action 4.2 …",
#: "Action Item A (st) ::" (one more word may stand between)
_NUMBERED_LINE = re.compile(
    r"^\W{0,3}([^\W\d_]+)(?:\s+[^\W\d_]+)?\s+(?:[A-Z]|\d{1,3}(?:\.\d{1,3}){0,3})(?:\s*[:.)\-–—(]|\s*$)"
)
#: the roles whose lines may be labelled by number ("Tiltak 3.2"), not only by a colon
ITEM_ROLES = ("measure", "goal", "strategy")


def label_words(roles: Iterable[str]) -> frozenset[str]:
    """The column words of ``roles`` in every language (plancheck/lang/data)."""
    return _label_words(tuple(sorted(set(roles))))


@functools.cache
def _label_words(roles: tuple[str, ...]) -> frozenset[str]:
    from plancheck.lang.vocab import COLUMN_WORDS, words

    return frozenset(w for role in roles for w in words(COLUMN_WORDS, role))


def bare_label(title: str) -> bool:
    """True for a heading that is only a label word and its number ("Mål 4", "Goal 2:"): the
    item it labels is printed on the line below, as a heading of its own. The label said again
    in a second language ("Mål 4 / Tavoite 4") is still that label alone."""
    from plancheck.extract.roles import numbered_label, without_translated_label

    found = numbered_label(title)
    return found is not None and not without_translated_label(found[2], found[1])


def scope_keys(item: Any) -> list[tuple[str, Any]]:
    """(field, value) pairs that place ``item`` in a part of the plan (``SCOPE_FIELDS``)."""
    keys: list[tuple[str, Any]] = []
    fields = getattr(type(item), "model_fields", {})
    for name in SCOPE_FIELDS:
        if name not in fields:
            continue
        value = getattr(item, name)
        if isinstance(value, list):
            keys += [(name, v) for v in value]
        elif value is not None or name == "section_id":
            keys.append((name, value))
    return keys


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
