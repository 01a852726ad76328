"""Reports on a check: for a planner (text, HTML) and for CI (JSON, SARIF, JUnit, GitHub).

Every renderer takes the list of :class:`~plancheck.models.CheckResult` (one per document) and
keyword options ``lang``, ``rules`` (the rules that ran), ``fail_on`` and ``color``, and returns
the report as a string.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from plancheck.checks.base import Rule
    from plancheck.models import CheckResult

#: format → (module, renderer); a renderer's module is imported when its format is asked for
#: (the text report's rich and the HTML report's templates cost a tenth of a second to import,
#: which a check writing JSON or SARIF need not pay)
RENDERERS: dict[str, tuple[str, str]] = {
    "text": ("plancheck.report.text", "render_text"),
    "json": ("plancheck.report.jsonfmt", "render_json"),
    "sarif": ("plancheck.report.sarif", "render_sarif"),
    "junit": ("plancheck.report.junit", "render_junit"),
    "html": ("plancheck.report.html", "render_html"),
    "github": ("plancheck.report.github", "render_github"),
}
FORMATS = tuple(RENDERERS)
#: the CI formats that name a plan that could not be read (``failed``) in the report itself: a
#: CI view reads the report, not stderr, so they are written even when every plan failed
NAMES_FAILED = ("sarif", "junit", "github")


def render(
    fmt: str,
    results: list[CheckResult],
    *,
    lang: str = "nb",
    rules: Sequence[Rule] = (),
    fail_on: str = "error",
    color: bool = False,
    **extra: object,
) -> str:
    """``extra`` goes to the renderer as is (the HTML report takes ``source_files``)."""
    module, name = RENDERERS[fmt]
    renderer = getattr(importlib.import_module(module), name)
    return renderer(results, lang=lang, rules=rules, fail_on=fail_on, color=color, **extra)


__all__ = ["FORMATS", "NAMES_FAILED", "render"]
