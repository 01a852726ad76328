"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line per
finding, shown as annotations on the run and, for files in the diff, on the pull request."""

from __future__ import annotations

from collections.abc import Sequence

from plancheck.ingest.sections import place
from plancheck.models import CheckResult
from plancheck.report.labels import page_ref, summary_line, total_summary
from plancheck.report.pages import printed_labels
from plancheck.report.sanitize import for_log, for_terminal

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def _data(s: str) -> str:
    """Escaped as the runner expects; control characters from the document made visible
    first, so no ESC sequence reaches the log and no line break ends the command early."""
    return for_terminal(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(s: str) -> str:
    return _data(s).replace(":", "%3A").replace(",", "%2C")


def render_github(
    results: list[CheckResult],
    *,
    lang: str = "nb",
    failed: Sequence[tuple[str, str]] = (),
    **_: object,
) -> str:
    """One workflow command per finding, and an ``::error`` per plan that could not be read
    (``failed``: path and one-line reason): the runner shows commands on the pull request,
    not stderr."""
    lines = [f"::error file={_prop(path)},title=plancheck::{_data(reason)}" for path, reason in failed]
    for result in results:
        path = result.plan.source.path
        printed = printed_labels(path, result.plan.source.format)
        for f in result.findings:
            ref = page_ref(f.page, lang, printed, inline=True) or (place(f.location, lang) if f.location else "")
            title = f"{f.rule} ({ref})" if ref else f.rule
            lines.append(
                f"::{COMMAND[str(f.severity)]} file={_prop(path)},title={_prop(title)}::{_data(f.message)}"
            )
    lines.append(for_log(f"plancheck: {summary_line(total_summary(results), lang)}"))
    return "\n".join(lines) + "\n"
