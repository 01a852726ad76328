"""The condition language of YAML rules: a handful of predicates, nothing more.

A predicate is a mapping with exactly one of these shapes::

    {attribute: PATH, <op>: VALUE}      # a field of the item (dotted: deadline.kind, deadline.end.year)
    {edge: KIND | [KINDS], from: NODE_KIND, min: N, max: N, transitive: BOOL, where: PREDICATE}
    {edge: KIND | [KINDS], to: NODE_KIND, min: N, max: N, transitive: BOOL, where: PREDICATE}
    {count: NODE_KIND, where: PREDICATE, min: N, max: N}   # over the whole plan
    {peers: NODE_KIND, where: PREDICATE, min: N, max: N}   # items in the subject's part of the plan
    {copies: NODE_KIND, where: PREDICATE, min: N, max: N, earlier: BOOL}   # the same text again
    {labels: [ROLE, ...], min: N, max: N}   # "Ansvar:" / "Frist:" lines in the plan's text
    {all: [PREDICATES]}  {any: [PREDICATES]}  {not: PREDICATE}

Attribute operators: ``equals``, ``not_equals``, ``in``, ``not_in``, ``exists`` (true: not null),
``empty`` (true: null, "" or []), ``lt``, ``le``, ``gt``, ``ge`` (false when either side is null),
``matches`` (a Python regular expression searched in the value), ``column_word`` (a list of
column roles: the value is itself a table-header word of one of them, such as a deadline that
reads "Timeline" because the header was taken for the cell). A PATH starting with ``plan.``
reads the plan (``plan.plan_period.start``) and ``parent.`` the item an owner belongs to. A
comparison value may itself be ``{attribute: PATH}``.

A PATH names fields of the plan model only (:mod:`plancheck.models`, published in
docs/schema/) and ``year``/``month``/``day`` of a date: a rule pack may come from a pull
request, and a path that followed any Python attribute (``__class__.__init__.__globals__``)
would read the process's memory, secrets in the environment included. Any other name is an
error when the pack is loaded.

``edge`` counts the distinct neighbours of kind NODE_KIND joined by edges of the given kinds in
the plan graph (:mod:`plancheck.graph`): ``from`` looks at edges pointing *to* the item (a
measure implements a goal: ``{edge: implements, from: measure}`` on a goal), ``to`` at edges
leaving it. ``transitive: true`` follows such edges any number of steps (a measure implementing
a strategy that implements the goal). ``where`` counts only the neighbours it holds for,
evaluated with the neighbour as the subject: ``{edge: implements, to: goal, min: 1, where:
{edge: implements, from: measure, min: 1}}`` on a strategy means "one of its goals has a
measure".

``peers`` counts the other items of NODE_KIND in the subject's part of the plan: those that
share its section, its focus area, its parent goal, or a goal or strategy it serves (see
:meth:`plancheck.checks.base.Context.peers`). It lets a rule ask for evidence close by before it
judges an item: "another goal in this section is followed up, so this plan does tie measures to
goals here". ``copies`` counts the other items of NODE_KIND with the same text (a goal list
repeated in a summary is one list); ``earlier: true`` counts only copies that come before the
subject, so a rule can report a repeated item once.

``labels`` counts the lines of the plan's text that begin with a label of a table-column role
from the lexicon (``plancheck/lang/data``): ``{labels: [owner, deadline], min: 2}`` holds when
the document has "Ansvar: …" / "Frist: …" lines, whether or not plancheck read the measures
they belong to.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from plancheck import models
from plancheck.errors import PlancheckError

if TYPE_CHECKING:
    from plancheck.checks.engine import Context, Subject

ATTRIBUTE_OPS = (
    "equals",
    "not_equals",
    "in",
    "not_in",
    "exists",
    "empty",
    "lt",
    "le",
    "gt",
    "ge",
    "matches",
    "column_word",
)
EDGE_KINDS = ("refines", "implements", "part_of", "owned_by", "covers")
NODE_KINDS = (
    "plan",
    "vision",
    "focus_area",
    "goal",
    "challenge",
    "strategy",
    "measure",
    "indicator",
    "owner",
    "section",
    "passage",
    "mandate_point",
    "parent_goal",
    "child_goal",
)


#: the names a PATH may use: every field of a plan model, and the parts of a date
FIELDS: frozenset[str] = frozenset(
    {
        name
        for obj in vars(models).values()
        if isinstance(obj, type) and issubclass(obj, BaseModel)
        for name in obj.model_fields
    }
    | {"year", "month", "day"}
)
DATE_PARTS = ("year", "month", "day")
#: the column roles a ``labels`` condition may name (plancheck/lang/data, ``columns``)
LABEL_ROLES = ("number", "goal", "theme", "strategy", "measure", "owner", "deadline", "cost", "indicator", "status")


class RuleError(PlancheckError):
    """A rule pack that cannot be used: unknown keys, bad predicates, unknown placeholders."""


# --------------------------------------------------------------------------- validation


def validate(pred: Any, where: str) -> None:
    """Raise :class:`RuleError` naming ``where`` when ``pred`` is not a well-formed predicate."""
    if not isinstance(pred, Mapping) or not pred:
        raise RuleError(f"{where}: a condition must be a mapping, got {pred!r}")
    keys = set(pred)
    if keys & {"all", "any"}:
        key = "all" if "all" in keys else "any"
        _only(keys, {key}, set(), where)
        items = pred[key]
        if not isinstance(items, list) or not items:
            raise RuleError(f"{where}: '{key}' needs a non-empty list of conditions")
        for i, sub in enumerate(items):
            validate(sub, f"{where}.{key}[{i}]")
    elif "not" in keys:
        _only(keys, {"not"}, set(), where)
        validate(pred["not"], f"{where}.not")
    elif "attribute" in keys:
        ops = _only(keys, {"attribute"}, set(ATTRIBUTE_OPS), where)
        if len(ops) != 2:
            raise RuleError(
                f"{where}: 'attribute' needs exactly one operator of {', '.join(ATTRIBUTE_OPS)}"
            )
        if not isinstance(pred["attribute"], str) or not pred["attribute"]:
            raise RuleError(f"{where}: 'attribute' must be a dotted name such as deadline.kind")
        check_path(pred["attribute"], where)
        (op,) = ops - {"attribute"}
        value = pred[op]
        if op in ("in", "not_in") and not isinstance(value, list):
            raise RuleError(f"{where}: '{op}' needs a list")
        if op == "column_word" and (
            not isinstance(value, list) or not value or not all(r in LABEL_ROLES for r in value)
        ):
            raise RuleError(f"{where}: 'column_word' needs a list of column roles ({', '.join(LABEL_ROLES)})")
        if op in ("exists", "empty") and not isinstance(value, bool):
            raise RuleError(f"{where}: '{op}' needs true or false")
        if op == "matches":
            try:
                re.compile(value)
            except (re.error, TypeError) as exc:
                raise RuleError(f"{where}: 'matches' is not a regular expression: {exc}") from None
        if isinstance(value, Mapping):
            if set(value) != {"attribute"} or not isinstance(value["attribute"], str):
                raise RuleError(f"{where}: a value given as a mapping must be {{attribute: PATH}}")
            check_path(value["attribute"], where)
    elif "edge" in keys:
        _only(keys, {"edge"}, {"from", "to", "min", "max", "transitive", "where"}, where)
        if ("from" in keys) == ("to" in keys):
            raise RuleError(f"{where}: 'edge' needs exactly one of 'from' or 'to'")
        for kind in _as_list(pred["edge"]):
            if kind not in EDGE_KINDS:
                raise RuleError(
                    f"{where}: unknown edge kind {kind!r} (one of {', '.join(EDGE_KINDS)})"
                )
        _check_node_kind(pred.get("from", pred.get("to")), where)
        if "where" in pred:
            validate(pred["where"], f"{where}.where")
        _check_bounds(pred, where)
    elif "labels" in keys:
        _only(keys, {"labels"}, {"min", "max"}, where)
        roles = pred["labels"]
        if not isinstance(roles, list) or not roles or not all(r in LABEL_ROLES for r in roles):
            raise RuleError(f"{where}: 'labels' needs a list of column roles ({', '.join(LABEL_ROLES)})")
        _check_bounds(pred, where)
    elif "count" in keys or "peers" in keys or "copies" in keys:
        key = next(k for k in ("count", "peers", "copies") if k in keys)
        optional = {"where", "min", "max"} | ({"earlier"} if key == "copies" else set())
        _only(keys, {key}, optional, where)
        _check_node_kind(pred[key], where)
        if "earlier" in pred and not isinstance(pred["earlier"], bool):
            raise RuleError(f"{where}: 'earlier' needs true or false")
        if "where" in pred:
            validate(pred["where"], f"{where}.where")
        _check_bounds(pred, where)
    else:
        raise RuleError(
            f"{where}: unknown condition {sorted(keys)}; "
            "use attribute, edge, count, peers, copies, labels, all, any or not"
        )


def check_path(path: str, where: str) -> None:
    """Raise :class:`RuleError` unless every part of ``path`` is a plan-model field name."""
    parts = path.split(".")
    if parts[0] in ("plan", "parent"):
        parts = parts[1:]
    for part in parts:
        if part.startswith("_"):
            raise RuleError(
                f"{where}: attribute {path!r}: {part!r} is not allowed; a path names fields of "
                "the plan model (docs/schema), never Python internals"
            )
        if part not in FIELDS:
            raise RuleError(
                f"{where}: attribute {path!r}: {part!r} is not a field of the plan model "
                "(see docs/schema)"
            )


def _only(keys: set, required: set, optional: set, where: str) -> set:
    extra = keys - required - optional
    if extra or not required <= keys:
        allowed = sorted(required | optional)
        raise RuleError(f"{where}: unexpected key(s) {sorted(extra)}; allowed here: {allowed}")
    return keys


def _check_node_kind(kind: Any, where: str) -> None:
    if kind not in NODE_KINDS:
        raise RuleError(f"{where}: unknown node kind {kind!r} (one of {', '.join(NODE_KINDS)})")


def _check_bounds(pred: Mapping, where: str) -> None:
    for key in ("min", "max"):
        if key in pred and (not isinstance(pred[key], int) or isinstance(pred[key], bool)):
            raise RuleError(f"{where}: '{key}' must be a whole number")
    if "min" not in pred and "max" not in pred:
        raise RuleError(f"{where}: give 'min' or 'max'")


def _as_list(value: Any) -> list:
    return list(value) if isinstance(value, list | tuple) else [value]


# --------------------------------------------------------------------------- evaluation


def evaluate(pred: Mapping, subject: Subject, ctx: Context) -> bool:
    if "all" in pred:
        return all(evaluate(p, subject, ctx) for p in pred["all"])
    if "any" in pred:
        return any(evaluate(p, subject, ctx) for p in pred["any"])
    if "not" in pred:
        return not evaluate(pred["not"], subject, ctx)
    if "attribute" in pred:
        return _attribute(pred, subject, ctx)
    if "edge" in pred:
        return _within(pred, _edge_count(pred, subject, ctx))
    if "count" in pred:
        return _within(pred, ctx.count(pred["count"], pred.get("where")))
    if "labels" in pred:
        return _within(pred, ctx.label_lines(tuple(pred["labels"])))
    if "peers" in pred:
        return _within(pred, _matching(ctx.peers(subject, pred["peers"]), pred, ctx))
    if "copies" in pred:
        copies = ctx.copies(subject, pred["copies"], earlier=bool(pred.get("earlier")))
        return _within(pred, _matching(copies, pred, ctx))
    raise AssertionError(f"unvalidated condition {pred!r}")  # validate() runs at load time


def _matching(subjects: list[Subject], pred: Mapping, ctx: Context) -> int:
    if "where" not in pred:
        return len(subjects)
    return sum(1 for s in subjects if evaluate(pred["where"], s, ctx))


def _within(pred: Mapping, n: int) -> bool:
    return n >= pred.get("min", 0) and ("max" not in pred or n <= pred["max"])


def resolve(path: str, subject: Subject, ctx: Context) -> Any:
    """The value at a dotted ``path`` of the subject (``plan.`` and ``parent.`` switch roots)."""
    head, _, rest = path.partition(".")
    if head == "plan":
        obj, parts = ctx.plan, rest.split(".") if rest else []
    elif head == "parent":
        obj = subject.parent.obj if subject.parent else None
        parts = rest.split(".") if rest else []
    else:
        obj, parts = subject.obj, path.split(".")
    for part in parts:
        if obj is None:
            return None
        obj = _field(obj, part)
    return obj.value if isinstance(obj, Enum) else obj


def _field(obj: Any, name: str) -> Any:
    """``obj.name`` when ``name`` is a field of the model (or a key of the mapping, or a part
    of a date); None otherwise. Never a Python attribute: see the module docstring."""
    if name not in FIELDS:
        raise RuleError(f"attribute {name!r} is not a field of the plan model")
    if isinstance(obj, Mapping):
        return obj.get(name)
    if isinstance(obj, BaseModel):
        return getattr(obj, name) if name in type(obj).model_fields else None
    if isinstance(obj, dt.date) and name in DATE_PARTS:
        return getattr(obj, name)
    return None


_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "lt": lambda a, b: a < b,
    "le": lambda a, b: a <= b,
    "gt": lambda a, b: a > b,
    "ge": lambda a, b: a >= b,
}


def _attribute(pred: Mapping, subject: Subject, ctx: Context) -> bool:
    value = resolve(pred["attribute"], subject, ctx)
    op = next(k for k in pred if k != "attribute")
    expected = pred[op]
    if isinstance(expected, Mapping):
        expected = resolve(expected["attribute"], subject, ctx)
    if op == "exists":
        return (value is not None) == expected
    if op == "empty":
        return (value is None or value == "" or value == [] or value == ()) == expected
    if op == "equals":
        return value == expected
    if op == "not_equals":
        return value != expected
    if op == "in":
        return value in expected
    if op == "not_in":
        return value not in expected
    if op == "matches":
        return value is not None and re.search(expected, str(value)) is not None
    if op == "column_word":
        from plancheck.checks.base import label_words

        return value is not None and " ".join(str(value).casefold().split()).strip(" :.") in label_words(tuple(expected))
    if value is None or expected is None:
        return False
    try:
        return _COMPARE[op](value, expected)
    except TypeError:
        return False


def _edge_count(pred: Mapping, subject: Subject, ctx: Context) -> int:
    g = ctx.links
    start = subject.graph_id
    if start is None or start not in g:
        return 0
    kinds = set(_as_list(pred["edge"]))
    incoming = "from" in pred
    target_kind = pred["from"] if incoming else pred["to"]

    def neighbours(node: str) -> Iterable[str]:
        if incoming:
            return (u for u in g.predecessors(node) if g.edges[u, node]["kind"] in kinds)
        return (v for v in g.successors(node) if g.edges[node, v]["kind"] in kinds)

    found: set[str] = set()
    seen = {start}
    stack = [start]
    while stack:
        node = stack.pop()
        for nb in neighbours(node):
            if nb in seen:
                continue
            seen.add(nb)
            if g.nodes[nb].get("kind") == target_kind and (
                "where" not in pred or _holds_for_node(pred["where"], nb, ctx)
            ):
                found.add(nb)
            if pred.get("transitive"):
                stack.append(nb)
    return len(found)


def _holds_for_node(pred: Mapping, node_id: str, ctx: Context) -> bool:
    subject = ctx.subject_for_node(node_id)
    return subject is not None and evaluate(pred, subject, ctx)
