"""The stable Python API of plancheck, re-exported as ``plancheck.extract``, ``plancheck.check``,
``plancheck.graph``, ``plancheck.render`` and ``plancheck.load_config`` (see docs/api.md).

Two of these names are also the names of a subpackage and a module (``plancheck.extract``,
``plancheck.graph``). Python binds a subpackage as an attribute of its parent when it is first
imported, so a function of the same name on ``plancheck`` would be replaced by the module the
first time anything imports ``plancheck.extract.plan`` — which ``plancheck.extract(path)``
itself does. Instead of two objects fighting over one name, that module *is* the API name:
:func:`make_callable` gives it a ``__call__`` that runs the function here. So
``plancheck.extract(path)`` works every time, and so do ``plancheck.extract.plan`` and
``import plancheck.extract.plan as p``.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

    from plancheck.checks.config import Config
    from plancheck.models import CheckResult, Plan


class CallableModule(types.ModuleType):
    """A module that can be called: ``module(...)`` runs ``plancheck.api.<__api_function__>``."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return globals()[self.__dict__["__api_function__"]](*args, **kwargs)


def make_callable(module_name: str, function: str) -> None:
    """Make the module ``module_name`` callable as the API function ``function``; its
    docstring gains the function's, so ``help()`` shows how to call it."""
    module = sys.modules[module_name]
    module.__api_function__ = function  # type: ignore[attr-defined]
    api_doc = globals()[function].__doc__ or ""
    module.__doc__ = f"{module.__doc__ or ''}\n\nCalled as ``plancheck.{function}(...)``: {api_doc}"
    module.__class__ = CallableModule


def extract(
    path: str | Path, *, password: str | None = None, lang: str | None = None
) -> Plan:
    """Read a plan document (PDF, DOCX or ODT) into a :class:`~plancheck.models.Plan`.

    ``lang`` is the document's language (nb, nn, sv, da, en; detected when left out). Reading
    runs under the time and memory limits of :mod:`plancheck.limits`; a document that cannot
    be read raises :class:`plancheck.errors.InputError` with a one-line message."""
    from plancheck.pipeline import extract_plan

    return extract_plan(Path(path), password=password, lang=lang)


def check(
    plan: Plan | str | Path,
    *,
    mandate: str | Path | None = None,
    lang: str = "nb",
    rules: Iterable[Any] | None = None,
    config: Config | None = None,
    **options: Any,
) -> CheckResult:
    """Check a plan (a :class:`~plancheck.models.Plan`, or a document's path) against the rule
    packs and return a :class:`~plancheck.models.CheckResult`.

    ``mandate``: a mandate document whose points the plan must answer. ``lang``: the language of
    the messages (nb, nn, en). ``rules``: the rules to run (default: the packs ``config`` names,
    or the default pack and installed plugins). ``config`` (from :func:`load_config`) adds its
    severity overrides, disabled rules, suppressions and plan period. Other keyword options go
    to :func:`plancheck.checks.engine.check_plan` (``as_of``, ``suppress``, ``plan_period``).
    """
    from plancheck.checks import check_plan, configure, load_rules

    if not hasattr(plan, "measures"):
        plan = extract(plan)  # type: ignore[arg-type]
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
    return check_plan(plan, rules=rules, lang=lang, **options)


def graph(plan: Plan) -> nx.DiGraph:
    """The plan as a networkx ``DiGraph`` (goals, strategies, measures, owners, sections); see
    :mod:`plancheck.graph` for the node and edge kinds."""
    from plancheck.graph import build_graph

    return build_graph(plan)


def render(
    result: CheckResult | Sequence[CheckResult],
    format: str = "text",
    *,
    lang: str = "nb",
    fail_on: str = "error",
    rules: Sequence[Any] = (),
) -> str:
    """A report on one result (or several, one per document) as a string: ``format`` is one of
    text, json, sarif, junit, html, github."""
    from plancheck.errors import PlancheckError
    from plancheck.report import FORMATS
    from plancheck.report import render as _render

    if format not in FORMATS:
        raise PlancheckError(f"unknown report format {format!r}; one of {', '.join(FORMATS)}")
    results = [result] if hasattr(result, "findings") else list(result)  # type: ignore[arg-type]
    return _render(format, results, lang=lang, rules=rules, fail_on=fail_on)


def load_config(path: str | Path | None = None, *, cwd: str | Path | None = None) -> Config:
    """The configuration in ``path``, or the one of the repository ``cwd`` (default: the
    working directory) is in: its ``.plancheck.toml`` or the ``[tool.plancheck]`` table of its
    ``pyproject.toml``. Never one beside a plan: a plan's folder is not trusted (see
    docs/security.md). An empty configuration when there is none."""
    from plancheck.checks.config import load_config as _load

    return _load(Path(path) if path is not None else None, cwd=Path(cwd) if cwd else None)
