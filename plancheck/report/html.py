"""The HTML report: one self-contained file (inline CSS, no scripts, no external assets) a
planner can open and mail. It shows the goal → strategy → measure tree with each item's
findings beside it, page references, and the mandate coverage matrix when there is one."""

from __future__ import annotations

from html import escape

from plancheck import __version__
from plancheck.checks.engine import period_text
from plancheck.models import CheckResult, Coverage, Finding
from plancheck.report.labels import coverage_line, labels, page_ref, summary_line, total_summary
from plancheck.report.tree import Node, build_tree, quote_adds

CSS = """
:root{--err:#b3261e;--err-bg:#fdecea;--warn:#8a5300;--warn-bg:#fff3dc;--info:#0b57d0;--info-bg:#e8f0fe;
--ok:#1e6b34;--line:#dcdce3;--muted:#5f6368}
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
color:#1f1f1f;background:#fff}
main{max-width:1180px;margin:0 auto;padding:24px}
h1{font-size:1.55rem;margin:0 0 .2rem}
h2{font-size:1.15rem;margin:1.8rem 0 .5rem;padding-bottom:.25rem;border-bottom:2px solid #1f1f1f}
.meta{color:var(--muted);margin:.1rem 0}
.summary{display:inline-block;margin:.6rem 0 0;padding:.3rem .7rem;border-radius:4px;font-weight:600;
background:#e6f4ea;color:var(--ok)}
.summary.has-error{background:var(--err-bg);color:var(--err)}
.summary.has-warning{background:var(--warn-bg);color:var(--warn)}
.row{display:grid;grid-template-columns:minmax(0,11fr) minmax(0,9fr);gap:16px;padding:7px 0;
border-top:1px solid var(--line);break-inside:avoid}
.item{min-width:0}
.label{font-weight:700;margin-right:.35rem}
.kind-focus_area .text,.kind-goal .text{font-weight:600}
.kind-measure .label,.kind-strategy .label{font-weight:600;color:var(--muted)}
.page{color:var(--muted);font-size:.85rem;white-space:nowrap;margin-left:.35rem}
.facts{margin:.2rem 0 0;font-size:.88rem;color:#3c4043}
.facts span{margin-right:1rem}
.facts b{font-weight:600}
.empty{color:var(--err);font-style:italic}
.d1 .item{padding-left:22px}.d2 .item{padding-left:44px}.d3 .item{padding-left:66px}
.d4 .item,.d5 .item,.d6 .item{padding-left:88px}
.finding{border-left:4px solid;border-radius:3px;padding:4px 8px;margin:0 0 6px}
.finding:last-child{margin-bottom:0}
.sev-error{border-color:var(--err);background:var(--err-bg)}
.sev-warning{border-color:var(--warn);background:var(--warn-bg)}
.sev-info{border-color:var(--info);background:var(--info-bg)}
.sev{font-weight:700;font-size:.75rem;text-transform:uppercase;letter-spacing:.03em;margin-right:.4rem}
.sev-error .sev{color:var(--err)}.sev-warning .sev{color:var(--warn)}.sev-info .sev{color:var(--info)}
.where{display:block;color:var(--muted);font-size:.8rem}
.plan-findings{margin-top:1rem}
.findings+.meta{margin-top:.6rem}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{text-align:left;vertical-align:top;border-top:1px solid var(--line);padding:6px 8px}
th{border-top:none;border-bottom:2px solid #1f1f1f}
.status{font-weight:700;white-space:nowrap}
.st-covered{color:var(--ok)}.st-partial{color:var(--warn)}.st-uncovered{color:var(--err)}
blockquote{margin:0 0 4px;padding:0 0 0 8px;border-left:3px solid var(--line)}
footer{color:var(--muted);font-size:.8rem;margin-top:2rem}
section.plan+section.plan{margin-top:3rem;border-top:4px double var(--line);padding-top:1rem}
@media print{*{-webkit-print-color-adjust:exact;print-color-adjust:exact}main{padding:0}}
@media (max-width:720px){.row{grid-template-columns:1fr}}
"""


def render_html(results: list[CheckResult], *, lang: str = "nb", **_: object) -> str:
    L = labels(lang)
    if len(results) == 1:
        title = results[0].plan.title or results[0].plan.source.path
    else:
        title = f"{len(results)} {'plans' if lang == 'en' else 'planar' if lang == 'nn' else 'planer'}"
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>plancheck – {escape(title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
    ]
    for result in results:
        parts.append(_plan(result, lang))
    if len(results) > 1:
        parts.append(
            f'<p class="summary">{escape(L["overall"])}: {escape(summary_line(total_summary(results), lang))}</p>'
        )
    parts.append(f"<footer>{escape(L['generated'].format(version=__version__))}</footer>")
    parts += ["</main>", "</body>", "</html>", ""]
    return "\n".join(parts)


def _summary_class(result: CheckResult) -> str:
    if result.summary.errors:
        return "summary has-error"
    if result.summary.warnings:
        return "summary has-warning"
    return "summary"


def _plan(result: CheckResult, lang: str) -> str:
    L = labels(lang)
    plan = result.plan
    out = ['<section class="plan">', "<header>"]
    out.append(f"<h1>{escape(plan.title or plan.source.path)}</h1>")
    meta = [f"{L['file']}: {plan.source.path}"]
    if plan.plan_period:
        meta.append(f"{L['period']}: {period_text(plan.plan_period)}")
    if plan.source.pages:
        meta.append(f"{plan.source.pages} {L['pages']}")
    out.append(f'<p class="meta">{escape(" · ".join(meta))}</p>')
    out.append(
        f'<p class="{_summary_class(result)}">{escape(summary_line(result.summary, lang))}</p>'
    )
    out.append("</header>")

    tree = build_tree(result)
    if tree.plan_findings:
        out.append('<div class="row plan-findings kind-plan d0">')
        out.append(f'<div class="item"><span class="label">{escape(L["plan"])}</span></div>')
        out.append(_findings(tree.plan_findings, lang))
        out.append("</div>")

    out.append(f"<h2>{escape(L['tree'])}</h2>")
    if not tree.roots and not tree.unplaced:
        out.append(f'<p class="meta">{escape(L["no_items"])}</p>')
    for root in tree.roots:
        for node, depth in root.walk():
            out.append(_row(node, depth, lang))
    if tree.unplaced:
        out.append(f"<h2>{escape(L['unplaced'])}</h2>")
        for root in tree.unplaced:
            for node, depth in root.walk():
                out.append(_row(node, depth, lang))
    if tree.other_findings:
        out.append(f"<h2>{escape(L['other'])}</h2>")
        out.append(_findings(tree.other_findings, lang, with_quote=True))
    if result.coverage is not None:
        out.append(_coverage(result.coverage, tree.mandate_findings, lang))
    out.append("</section>")
    return "\n".join(out)


def _label(node: Node, lang: str) -> str:
    L = labels(lang)
    kind = str(getattr(node.item, "kind", "")) if node.kind == "goal" else node.kind
    label = L.get(kind, L[node.kind])
    number = (getattr(node.item, "number", None) or "").rstrip(".")
    return f"{label} {number}" if number else label


def _row(node: Node, depth: int, lang: str) -> str:
    L = labels(lang)
    item = node.item
    ref = page_ref(item.page, lang)
    html = [
        f'<div class="row kind-{node.kind} d{min(depth, 6)}" id="{escape(item.id)}">',
        '<div class="item">',
    ]
    html.append(f'<span class="label">{escape(_label(node, lang))}:</span>')
    html.append(f'<span class="text">{escape(item.text)}</span>')
    if ref:
        html.append(f'<span class="page">({escape(ref)})</span>')
    if node.kind == "measure":
        owners = ", ".join(o.text for o in item.owners) or item.owner_text
        deadline = item.deadline.text if item.deadline else None
        none = f'<span class="empty">{escape(L["none"])}</span>'
        html.append(
            '<div class="facts">'
            f"<span><b>{escape(L['owner'])}:</b> {escape(owners) if owners else none}</span>"
            f"<span><b>{escape(L['deadline'])}:</b> {escape(deadline) if deadline else none}</span>"
            "</div>"
        )
    html.append("</div>")
    html.append(_findings(node.findings, lang))
    html.append("</div>")
    return "".join(html)


def _findings(findings: list[Finding], lang: str, *, with_quote: bool = False) -> str:
    L = labels(lang)
    out = ['<div class="findings">']
    for f in findings:
        sev = str(f.severity)
        where = " · ".join(x for x in (page_ref(f.page, lang), f.rule) if x)
        quote = (
            f"<blockquote>{escape(f.quote)}</blockquote>" if with_quote and quote_adds(f) else ""
        )
        out.append(
            f'<div class="finding sev-{sev}" data-rule="{escape(f.rule)}" data-fingerprint="{escape(f.fingerprint)}">'
            f'<span class="sev">{escape(L[sev])}</span>'
            f'<span class="msg">{escape(f.message)}</span>{quote}'
            f'<span class="where">{escape(where)}</span></div>'
        )
    out.append("</div>")
    return "".join(out)


def _coverage(coverage: list[Coverage], findings: list[Finding], lang: str) -> str:
    L = labels(lang)
    by_point = {f.node_id: f for f in findings}
    out = [
        f"<h2>{escape(L['mandate'])}</h2>",
        _findings(findings, lang),
        f'<p class="meta">{escape(coverage_line(coverage, lang))}</p>',
        '<table class="coverage">',
        f"<thead><tr><th>{escape(L['point'])}</th><th>{escape(L['status'])}</th>"
        f"<th>{escape(L['answered_in'])}</th><th>{escape(L['missing'])}</th></tr></thead>",
        "<tbody>",
    ]
    for c in coverage:
        status = str(c.status)
        evidence = "".join(
            f"<blockquote>{escape(page_ref(ev.page, lang) + ': ' if ev.page else '')}«{escape(ev.quote)}»</blockquote>"
            for ev in c.evidence
        )
        f = by_point.get(c.id)
        flag = f' <span class="sev">{escape(L[str(f.severity)])}</span>' if f else ""
        out.append(
            f'<tr id="{escape(c.id)}"><td>{escape(c.text)}</td>'
            f'<td class="status st-{status}">{escape(L[status])}{flag}</td>'
            f"<td>{evidence or '–'}</td><td>{escape(', '.join(c.missing)) or '–'}</td></tr>"
        )
    out += ["</tbody>", "</table>"]
    return "\n".join(out)
