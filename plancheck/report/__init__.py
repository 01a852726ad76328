"""Reports on a check: for a planner (text, HTML) and for CI (JSON, SARIF, JUnit, GitHub).

Every renderer takes the list of :class:`~plancheck.models.CheckResult` (one per document) and
keyword options ``lang``, ``rules`` (the rules that ran), ``fail_on`` and ``color``, and returns
the report as a string.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from plancheck.checks.base import Rule
from plancheck.models import CheckResult
from plancheck.report.github import render_github
from plancheck.report.html import render_html
from plancheck.report.jsonfmt import render_json
from plancheck.report.junit import render_junit
from plancheck.report.sarif import render_sarif
from plancheck.report.text import render_text

RENDERERS: dict[str, Callable[..., str]] = {
    "text": render_text,
    "json": render_json,
    "sarif": render_sarif,
    "junit": render_junit,
    "html": render_html,
    "github": render_github,
}
FORMATS = tuple(RENDERERS)


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
    return RENDERERS[fmt](results, lang=lang, rules=rules, fail_on=fail_on, color=color, **extra)


__all__ = ["FORMATS", "render"]
