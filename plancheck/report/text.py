"""The text report for a planner: findings grouped by goal, each with page and quote, and a
summary line at the end ("3 feil, 2 advarsler"). Coloured with rich on a terminal."""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from plancheck.checks.engine import period_text, shorten
from plancheck.ingest.sections import place
from plancheck.models import CheckResult, Coverage, Finding
from plancheck.report.labels import (
    coverage_line,
    labels,
    page_ref,
    parent_line,
    plan_title,
    point_number,
    stands_alone_heading,
    summary_line,
    total_summary,
)
from plancheck.report.pages import printed_labels
from plancheck.report.sanitize import for_log
from plancheck.report.tree import Node, build_tree, quote_adds

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
STATUS_STYLE = {
    "covered": "green",
    "partial": "yellow",
    "uncovered": "bold red",
    "followed_up": "green",
    "not_followed_up": "bold red",
}
INDENT = "  "


def render_text(
    results: list[CheckResult], *, lang: str = "nb", color: bool = False, **_: object
) -> str:
    out = Text()
    for i, result in enumerate(results):
        if i:
            out.append("\n")
        _plan(out, result, lang)
    if len(results) > 1:
        out.append(f"\n{labels(lang)['overall']}: ", style="bold")
        out.append(summary_line(total_summary(results), lang) + "\n", style="bold")
    out.plain = for_log(out.plain)  # one character for one: the styles stay where they were
    if not color:
        return out.plain
    buf = io.StringIO()
    Console(
        file=buf, force_terminal=True, color_system="standard", soft_wrap=True, width=200
    ).print(out, end="")
    return buf.getvalue()


def _plan(out: Text, result: CheckResult, lang: str) -> None:
    L = labels(lang)
    plan = result.plan
    out.append(plan_title(plan), style="bold")
    if plan.title:
        out.append(f"  ({plan.source.path})", style="dim")
    out.append("\n")
    if plan.plan_period:
        out.append(f"{L['period']}: {period_text(plan.plan_period)}\n", style="dim")

    # the page numbers the planner sees in print, where they are not the PDF's own
    pr = printed_labels(plan.source.path, plan.source.format)
    tree = build_tree(result)
    if tree.plan_findings:
        _heading(out, L["plan"], None, 0, lang)
        for f in tree.plan_findings:
            _finding(out, f, 1, lang, pr)
    for root in tree.roots:
        _branch(out, root, lang, printed=pr)
    if any(n.has_findings() for n in tree.unplaced):
        _heading(out, L["unplaced"], None, 0, lang)
        for n in tree.unplaced:
            for sub, _ in n.walk():
                for f in sub.findings:
                    _finding(out, f, 1, lang, pr)
    if tree.other_findings:
        _heading(out, L["other"], None, 0, lang)
        for f in tree.other_findings:
            _finding(out, f, 1, lang, pr)
    if result.coverage is not None:
        _coverage(out, result.coverage, tree.mandate_findings, lang, pr)
    if result.parent_coverage is not None:
        _parent_coverage(out, result, lang, pr)
    out.append("\n")
    out.append(summary_line(result.summary, lang) + "\n", style="bold")


def _branch(out: Text, node: Node, lang: str, depth: int = 0, printed: dict[int, str] | None = None) -> None:
    """A goal (or focus area) with findings in it gets a heading; the findings on its
    strategies and measures are listed under it, sub-goals get headings of their own."""
    if not node.has_findings():
        return
    _heading(out, _kind_label(node, lang), node, depth, lang, printed)
    for f in node.findings:
        _finding(out, f, depth + 1, lang, printed)
    for child in node.children:
        if child.kind in ("goal", "focus_area"):
            _branch(out, child, lang, depth + 1, printed)
        else:
            for sub, _ in child.walk():
                for f in sub.findings:
                    _finding(out, f, depth + 1, lang, printed)


def _kind_label(node: Node, lang: str) -> str:
    L = labels(lang)
    kind = getattr(node.item, "kind", None) if node.kind == "goal" else node.kind
    label = L.get(str(kind), L[node.kind])
    number = (getattr(node.item, "number", None) or "").rstrip(".")
    return f"{label} {number}" if number else label


def _heading(
    out: Text, label: str, node: Node | None, depth: int, lang: str, printed: dict[int, str] | None = None
) -> None:
    out.append("\n" + INDENT * depth)
    out.append(label, style="bold")
    if node is not None:
        out.append(": " + shorten(node.item.text, 160))
        ref = page_ref(node.item.page, lang, printed)
        if ref:
            out.append(f"  ({ref})", style="dim")
    out.append("\n")


def _finding(out: Text, f: Finding, depth: int, lang: str, printed: dict[int, str] | None = None) -> None:
    L = labels(lang)
    pad = INDENT * depth
    out.append(pad)
    # the printed page in the column ("s. 3"), the PDF's own after the message when it differs
    label = (printed or {}).get(f.page) if f.page else None
    ref = (L["page"] + " " + label) if label else page_ref(f.page, lang)
    out.append(f"{ref:<6} ", style="dim")  # a longer label ('s. Sec1:22') keeps one space
    out.append(f"{L[str(f.severity)]:<10}", style=STYLE.get(str(f.severity), ""))
    out.append(f.message)
    if label:
        out.append(f"  ({L['pdf_page'].format(n=f.page)})", style="dim")
    if not f.page and f.location:  # Word/OpenDocument input: "kapittel 3, tabell 1, rad 4"
        out.append(f"  ({place(f.location, lang)})", style="dim")
    out.append(f"  [{f.rule}]\n", style="dim")
    if quote_adds(f):
        quote = " ".join(f.quote.split())
        out.append(f"{pad}{'':<17}«{shorten(quote, 200)}»\n", style="italic")


def _parent_coverage(out: Text, result: CheckResult, lang: str, printed: dict[int, str] | None = None) -> None:
    """The rød tråd matrix: each goal of the parent plan, its status, and the goals and
    measures of this plan that follow it up; then this plan's goals standing alone."""
    L = labels(lang)
    _heading(out, L["parent"], None, 0, lang)
    pcov = result.parent_coverage or []
    out.append(f"\n{INDENT}{parent_line(pcov, lang)}\n", style="bold")
    for c in pcov:
        _coverage_row(out, c, 17, lang, printed)
        _explain_rows(out, c.explain, INDENT + " " * 17, lang, printed)
    alone = [g for g in result.child_goals or [] if not g.serves]
    if alone:
        out.append(f"\n{INDENT}{stands_alone_heading(alone, lang)}\n", style="bold")
        for g in alone:
            ref = page_ref(g.page, lang, printed)
            out.append(f"{INDENT}  {ref + ': ' if ref else ''}{shorten(g.text, 160)}\n")


def _coverage_row(out: Text, c, width: int, lang: str, printed: dict[int, str] | None = None) -> None:
    """One row of a coverage matrix (a mandate point or a parent goal): its status in a column
    ``width`` wide, its text, the evidence and what is missing."""
    L = labels(lang)
    pad = INDENT + " " * width
    status = str(getattr(c.status, "value", c.status))
    out.append(INDENT)
    out.append(f"{L[status]:<{width}}", style=STATUS_STYLE.get(status, ""))
    out.append(point_number(c) + shorten(c.text, 160) + "\n")
    for ev in c.evidence:
        ref = page_ref(ev.page, lang, printed)
        out.append(f"{pad}{ref + ': ' if ref else ''}«{shorten(ev.quote, 160)}»\n", style="dim")
    if c.missing:
        out.append(f"{pad}{L['missing']}: {', '.join(c.missing)}\n")


def _coverage(
    out: Text, coverage: list[Coverage], findings: list[Finding], lang: str, printed: dict[int, str] | None = None
) -> None:
    """The mandate findings, then the coverage matrix: each point, its status and where the
    plan answers it."""
    L = labels(lang)
    _heading(out, L["mandate"], None, 0, lang)
    for f in findings:
        _finding(out, f, 1, lang, printed)
    out.append(f"\n{INDENT}{coverage_line(coverage, lang)}\n", style="bold")
    pad = INDENT + " " * 13
    for c in coverage:
        _coverage_row(out, c, 13, lang, printed)
        _explain_rows(out, c.explain, pad, lang, printed)


def _explain_rows(out: Text, traces, pad: str, lang: str = "nb", printed: dict[int, str] | None = None) -> None:
    """``--explain``: one line per concern of a mandate point or parent goal — the concern, how
    much of it the best passage holds, where, and the words it lacks."""
    for tr in traces or []:
        ref = page_ref(tr.page, lang, printed)
        where = f"{ref}: «{shorten(tr.quote or '', 100)}»" if tr.quote else "–"
        lack = f"  [{', '.join(tr.missing_words)}]" if tr.missing_words else ""
        out.append(
            f"{pad}  · {shorten(tr.concern, 60)} → {tr.score:.2f} {where}{lack}\n", style="dim"
        )
