"""plancheck: read municipal plan documents into goals, strategies and measures, and check them.

>>> import plancheck
>>> plan = plancheck.extract("plan.pdf")              # a plancheck.models.Plan
>>> result = plancheck.check(plan)                     # a plancheck.models.CheckResult
>>> html = plancheck.render(result, "html")            # or "json", "sarif", "text", …
>>> g = plancheck.graph(plan)                          # a networkx.DiGraph
>>> cfg = plancheck.load_config()                      # the repository's [tool.plancheck]

These five names are the stable API (see docs/api.md). Two of them share their name with a
subpackage (``plancheck.extract``, ``plancheck.graph``); see :class:`_Package` for how both
stay usable.
"""

from __future__ import annotations

__version__ = "0.1.0"

import sys
import types
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

    from plancheck.checks.config import Config
    from plancheck.models import CheckResult, Plan

__all__ = ["__version__", "check", "extract", "graph", "load_config", "render"]

#: API functions whose name is also a subpackage or module of plancheck
_SHADOWED = frozenset({"extract", "graph"})


class _CallableModule(types.ModuleType):
    """A subpackage that is also an API function: ``plancheck.extract(path)`` calls the
    function, ``plancheck.extract.plan`` is the submodule, whichever was imported first."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.__dict__["__plancheck_api__"](*args, **kwargs)


class _Package(types.ModuleType):
    """The ``plancheck`` package module, which keeps its API functions callable.

    When Python first imports a subpackage (``plancheck.extract``), it binds it as an attribute
    of the parent package, replacing the function of the same name: after the first
    ``plancheck.extract(path)`` (which imports ``plancheck.extract.plan``), ``plancheck.extract``
    was a module that could not be called. Refusing the binding would break
    ``import plancheck.extract.plan as p``; so the subpackage is bound, and made callable with
    the API function instead."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _SHADOWED and isinstance(value, types.ModuleType):
            api = self.__dict__.get(name)
            if api is not None and not isinstance(api, types.ModuleType):
                value.__dict__["__plancheck_api__"] = api
                value.__class__ = _CallableModule
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def extract(
    path: str | Path, *, password: str | None = None, lang: str | None = None
) -> Plan:
    """Read a plan document (PDF, DOCX or ODT) into a :class:`~plancheck.models.Plan`.

    ``lang`` is the document's language (nb, nn, sv, da, en; detected when left out). Reading
    runs under the time and memory limits of :mod:`plancheck.limits`; a document that cannot
    be read raises :class:`plancheck.errors.InputError` with a one-line message."""
    from plancheck.pipeline import extract_plan

    if lang is not None and lang not in DOCUMENT_LANGS:
        from plancheck.errors import UsageError

        raise UsageError(f"lang={lang!r}: plancheck reads documents in {', '.join(DOCUMENT_LANGS)}")
    return extract_plan(Path(path), password=password, lang=lang)


def check(
    plan: Plan | str | Path,
    *,
    mandate: str | Path | None = None,
    parent: str | Path | None = None,
    lang: str = "nb",
    rules: Iterable[Any] | None = None,
    config: Config | None = None,
    **options: Any,
) -> CheckResult:
    """Check a plan (a :class:`~plancheck.models.Plan`, or a document's path) against the rule
    packs and return a :class:`~plancheck.models.CheckResult`.

    ``mandate``: a mandate document whose points the plan must answer. ``parent``: the plan
    whose goals this one should follow up (the rød tråd, as ``plancheck check --parent``; the
    plan's own document is read again beside it, so a ``Plan`` must come from a file that is
    still there). ``lang``: the language of
    the messages (nb, nn, en). ``rules``: the rules to run (default: the packs ``config`` names,
    or the default pack and installed plugins). ``config`` (from :func:`load_config`) adds its
    severity overrides, disabled rules, suppressions and plan period. Other keyword options go
    to :func:`plancheck.checks.engine.check_plan` (``as_of``, ``suppress``, ``plan_period``).
    """
    from plancheck.checks import check_plan, configure, load_rules

    _check_lang(lang)
    _check_options(options)
    if not hasattr(plan, "measures"):
        plan = extract(plan)  # type: ignore[arg-type]
    if parent is not None:
        from plancheck.mandate.parents import assess_parent_file

        parent_coverage, child_goals = assess_parent_file(plan, Path(parent), Path(plan.source.path))
        options.update(parent_coverage=parent_coverage, child_goals=child_goals)
    if rules is not None:
        rules = _rules_by_id(rules, config)
    if config is not None:
        if rules is None:
            rules = load_rules([(p, config.base) for p in config.packs])
        rules = configure(rules, severity=config.severity, disable=config.disable)
        options.setdefault("suppress", config.suppress)
        if config.plan_period is not None:
            options.setdefault("plan_period", config.plan_period)
    if mandate is not None:
        from plancheck.mandate import assess

        points, coverage = assess(plan, Path(mandate), lang=plan.language)
        options.update(coverage=coverage, mandate_points=points)
    from plancheck.report.pages import with_page_labels

    # each finding with the page number printed on its page, as the JSON report gives it
    return with_page_labels(check_plan(plan, rules=rules, lang=lang, **options))


#: the languages messages and report labels are written in
MESSAGE_LANGS = ("nb", "nn", "en")
#: the languages of the documents plancheck reads (``extract(lang=…)``; detected when left out)
DOCUMENT_LANGS = ("nb", "nn", "sv", "da", "en")


def _check_lang(lang: str | None, name: str = "lang") -> None:
    from plancheck.errors import UsageError

    if lang is not None and lang not in MESSAGE_LANGS:
        raise UsageError(f"{name}={lang!r}: messages are written in {', '.join(MESSAGE_LANGS)}")


#: the keyword options :func:`check` passes on to the checks
CHECK_OPTIONS = ("as_of", "plan_period", "suppress")


def _check_options(options: dict[str, Any]) -> None:
    """The keyword options of :func:`check` as the command line takes them: ``as_of`` a date
    or '2025-09-15' / '15.09.2025', ``plan_period`` a ``PlanPeriod`` or '2024-2032',
    ``suppress`` fingerprints (one given as a string is one fingerprint)."""
    import datetime as dt

    from plancheck.errors import PlancheckError, UsageError

    unknown = sorted(set(options) - set(CHECK_OPTIONS))
    if unknown:
        raise UsageError(
            f"check: no option {', '.join(map(repr, unknown))}; it takes {', '.join(CHECK_OPTIONS)}"
        )
    as_of = options.get("as_of")
    if isinstance(as_of, dt.datetime):
        options["as_of"] = as_of.date()
    elif isinstance(as_of, str):
        from plancheck.drafts import parse_as_of

        try:
            options["as_of"] = parse_as_of(as_of)
        except Exception as exc:
            raise UsageError(f"as_of: {exc}") from None
    elif as_of is not None and not isinstance(as_of, dt.date):
        raise UsageError(f"as_of: give a date or '2025-09-15' (got {as_of!r})")
    period = options.get("plan_period")
    if period is not None and not hasattr(period, "start"):
        from plancheck.checks.config import parse_period

        try:
            options["plan_period"] = parse_period(period, "plan_period")
        except PlancheckError as exc:
            raise UsageError(str(exc)) from None
    if isinstance(options.get("suppress"), str):
        options["suppress"] = [options["suppress"]]


def _rules_by_id(rules: Iterable[Any], config: Config | None) -> list[Any]:
    """``rules`` as rule objects: a rule id ('measure-has-owner') is the rule of that id in
    the packs ``config`` names (else the default pack and plugins)."""
    from plancheck.checks import load_rules
    from plancheck.errors import UsageError

    rules = list(rules)
    if not any(isinstance(r, str) for r in rules):
        return rules
    packs = load_rules([(p, config.base) for p in config.packs]) if config is not None else load_rules()
    known = {r.id: r for r in packs}
    unknown = [r for r in rules if isinstance(r, str) and r not in known]
    if unknown:
        raise UsageError(f"rules: no rule {', '.join(map(repr, unknown))} (plancheck rules lists them)")
    return [known[r] if isinstance(r, str) else r for r in rules]


def graph(plan: Plan | str | Path) -> nx.DiGraph:
    """The plan (a :class:`~plancheck.models.Plan`, or a document's path, read as
    :func:`extract` reads it) as a networkx ``DiGraph`` (goals, strategies, measures, owners,
    sections); see :mod:`plancheck.graph` for the node and edge kinds."""
    from plancheck.graph import build_graph

    if not hasattr(plan, "measures"):
        plan = extract(plan)  # type: ignore[arg-type]
    return build_graph(plan)


def render(
    result: CheckResult | Sequence[CheckResult],
    format: str = "text",
    *,
    lang: str | None = None,
    fail_on: str = "error",
    rules: Sequence[Any] = (),
) -> str:
    """A report on one result (or several, one per document) as a string: ``format`` is one of
    text, json, sarif, junit, html, github. ``lang``: the language of the labels; by default the
    one the messages were written in (``check(…, lang=…)``), so the two never differ, else nb."""
    from plancheck.checks.config import FAIL_ON
    from plancheck.errors import UsageError
    from plancheck.report import FORMATS
    from plancheck.report import render as _render

    if format not in FORMATS:
        raise UsageError(f"unknown report format {format!r}; one of {', '.join(FORMATS)}")

    _check_lang(lang)
    if fail_on not in FAIL_ON:
        raise UsageError(f"fail_on={fail_on!r}: one of {', '.join(FAIL_ON)}")
    results = [result] if hasattr(result, "findings") else list(result)  # type: ignore[arg-type]
    if lang is None:
        lang = next((r._lang for r in results if getattr(r, "_lang", None)), None) or "nb"
    return _render(format, results, lang=lang, rules=rules, fail_on=fail_on)


def load_config(path: str | Path | None = None, *, cwd: str | Path | None = None) -> Config:
    """The configuration in ``path``, or the one of the repository ``cwd`` (default: the
    working directory) is in: its ``.plancheck.toml`` or the ``[tool.plancheck]`` table of its
    ``pyproject.toml``. Never one beside a plan: a plan's folder is not trusted (see
    docs/security.md). An empty configuration when there is none."""
    from plancheck.checks.config import load_config as _load

    return _load(Path(path) if path is not None else None, cwd=Path(cwd) if cwd else None)
