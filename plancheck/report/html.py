"""The HTML report: one self-contained file a planner can open and mail (inline CSS, a few
lines of inline script for the filters, pictures as data: URIs, nothing fetched).

For each plan: an index of the findings (counts per severity and rule, filters, a jump link
to each), each page that has findings as a picture with the quoted text highlighted (see
:mod:`plancheck.report.pages`), the goal → strategy → measure tree with each item's findings
beside it, and the mandate and parent-plan coverage matrices, whose evidence links to its page. Pages carry the
printed page label beside the PDF page number ("s. 3 (PDF-side 7)")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from plancheck import __version__
from plancheck.checks.engine import period_text
from plancheck.ingest.sections import place
from plancheck.models import BBox, CheckResult, Coverage, Finding, Plan
from plancheck.report import pages as pagepics
from plancheck.report.labels import (
    count_word,
    coverage_line,
    labels,
    page_ref,
    pages_count,
    parent_line,
    plan_title,
    point_number,
    stands_alone_heading,
    summary_line,
    total_summary,
)
from plancheck.report.sanitize import for_html as escape
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
.index{margin:1rem 0}
.filters{display:flex;flex-wrap:wrap;gap:.3rem 1rem;margin:.4rem 0 .6rem;font-size:.88rem}
.filters fieldset{border:1px solid var(--line);border-radius:4px;padding:.2rem .6rem;margin:0}
.filters legend{font-weight:600;padding:0 .2rem}
.filters label{margin-right:.7rem;white-space:nowrap;cursor:pointer}
.findex td{font-size:.88rem}
.sevtag{font-weight:700;font-size:.8rem;white-space:nowrap}
tr.sev-error .sevtag{color:var(--err)}tr.sev-warning .sevtag{color:var(--warn)}tr.sev-info .sevtag{color:var(--info)}
.findex tr.sev-error,.findex tr.sev-warning,.findex tr.sev-info{background:none}
.rule{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.8rem;color:var(--muted)}
.pagefig{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px;margin:1rem 0 1.6rem;
break-inside:avoid}
.pagefig figcaption{grid-column:1/-1;font-weight:700}
.sheet{position:relative;border:1px solid var(--line);box-shadow:0 1px 4px #0002;align-self:start}
.sheet img{display:block;width:100%;height:auto}
.hl{position:absolute;border:2px solid;border-radius:2px;mix-blend-mode:multiply}
.hl.sev-error{background:#fdecea99;border-color:var(--err)}
.hl.sev-warning{background:#ffe0a399;border-color:var(--warn)}
.hl.sev-info{background:#e8f0fe99;border-color:var(--info)}
.hl.ev{background:#c8ecd099;border-color:var(--ok)}
.hl:target,.finding:target{outline:3px solid #1f1f1f;outline-offset:2px}
.hlnum,.num{display:inline-block;min-width:1.35em;padding:0 .3em;border-radius:.7em;font:700 .72rem/1.35 system-ui,sans-serif;
text-align:center;color:#fff;background:#1f1f1f}
.hlnum{position:absolute;white-space:nowrap;text-decoration:none;border:none}
.hlnum.sev-error{background:var(--err)}.hlnum.sev-warning{background:var(--warn)}.hlnum.sev-info{background:var(--info)}
.pagefig li{display:flex;gap:.4rem;align-items:flex-start}.pagefig li .finding{flex:1;min-width:0}
.pagefig li .num{margin-top:5px}
.pagefig ol{list-style:none;margin:0;padding:0}
.textview{border:1px solid var(--line);border-radius:4px;padding:8px 12px;margin:.6rem 0}
.textview .where{margin-bottom:.2rem}
mark{background:#ffe0a3;padding:0 2px}
[hidden]{display:none!important}
@media print{*{-webkit-print-color-adjust:exact;print-color-adjust:exact}main{padding:0}.filters{display:none}}
@media (max-width:720px){.row{grid-template-columns:1fr}}
"""


SCRIPT = """
(function(){
  function apply(){
    var off = new Set();
    document.querySelectorAll('.filters input').forEach(function(i){ if(!i.checked) off.add(i.value); });
    document.querySelectorAll('[data-sev]').forEach(function(e){
      e.hidden = off.has('sev:' + e.dataset.sev) || off.has('rule:' + e.dataset.rule);
    });
    document.querySelectorAll('.pagefig').forEach(function(f){
      f.hidden = !f.hasAttribute('data-keep') && !f.querySelector('.finding[data-sev]:not([hidden])');
    });
  }
  document.querySelectorAll('.filters input').forEach(function(i){ i.addEventListener('change', apply); });
})();
"""


def render_html(
    results: list[CheckResult],
    *,
    lang: str = "nb",
    source_files: Mapping[str, str | Path] | None = None,
    **_: object,
) -> str:
    """The report; ``source_files`` maps a plan's ``source.path`` to the file to picture its
    pages from, when that is elsewhere (an upload kept under another name)."""
    L = labels(lang)
    if len(results) == 1:
        title = plan_title(results[0].plan)
    else:
        title = (
            f"{len(results)} {'plans' if lang == 'en' else 'planar' if lang == 'nn' else 'planer'}"
        )
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
    for n, result in enumerate(results):
        source = (source_files or {}).get(result.plan.source.path, result.plan.source.path)
        parts.append(_plan(result, lang, f"p{n}", Path(source)))
    if len(results) > 1:
        parts.append(
            f'<p class="summary">{escape(L["overall"])}: {escape(summary_line(total_summary(results), lang))}</p>'
        )
    parts.append(f"<footer>{escape(L['generated'].format(version=__version__))}</footer>")
    parts += [f"<script>{SCRIPT}</script>", "</main>", "</body>", "</html>", ""]
    return "\n".join(parts)


def _summary_class(result: CheckResult) -> str:
    if result.summary.errors:
        return "summary has-error"
    if result.summary.warnings:
        return "summary has-warning"
    return "summary"


# --------------------------------------------------------------------------- where things are


@dataclass
class Mark:
    """A box to draw on a page picture: a finding's quote, or a piece of mandate evidence."""

    anchor: str  # the id the box carries
    target: str  # where clicking it jumps
    css: str  # sev-error | sev-warning | sev-info | ev
    boxes: list[BBox]


@dataclass
class Layout:
    """Where each finding and each piece of evidence is shown: its page (1-based, None when
    none is known), and the pictures of the pages."""

    finding_ids: dict[int, str] = field(default_factory=dict)  # id(finding) -> element id
    finding_page: dict[int, int | None] = field(default_factory=dict)
    evidence_page: dict[int, int | None] = field(default_factory=dict)  # id(evidence) -> page
    evidence_anchor: dict[int, str] = field(default_factory=dict)  # id(evidence) -> box id
    marks: dict[int, list[Mark]] = field(default_factory=dict)  # page -> marks
    images: dict[int, pagepics.PageImage] = field(default_factory=dict)
    labels: dict[int, str] = field(default_factory=dict)
    more_pages: int = 0
    converted: bool = False  # pages of a Word/OpenDocument draft, as LibreOffice printed it
    text_view: bool = False  # a draft that could not be pictured

    def page_anchor(self, prefix: str, page: int | None) -> str | None:
        return f"{prefix}-page-{page}" if page in self.images else None


def _provenances(plan: Plan) -> dict[str, object]:
    """The provenance of every item and passage by id."""
    out: dict[str, object] = {}
    groups = (
        plan.focus_areas,
        plan.goals,
        plan.challenges,
        plan.strategies,
        plan.measures,
        plan.indicators,
        plan.passages,
    )
    for group in groups:
        for it in group:
            out[it.id] = it.provenance
    if plan.vision:
        out[plan.vision.id] = plan.vision.provenance
    return out


def _layout(result: CheckResult, prefix: str, path: Path) -> Layout:
    plan = result.plan
    lay = Layout()
    for i, f in enumerate(result.findings):
        lay.finding_ids[id(f)] = f"{prefix}-f{i}"
        lay.finding_page[id(f)] = f.page
    # the evidence of the mandate and parent-plan matrices, each with the row it belongs to
    evidence = [
        (f"{prefix}-{c.id}", ev) for c in result.coverage or [] for ev in c.evidence
    ] + [
        (f"{prefix}-parent-{c.id}", ev)
        for c in getattr(result, "parent_coverage", None) or []
        for ev in c.evidence
    ]
    fmt = plan.source.format
    settings = pagepics.SETTINGS
    with pagepics.open_source(path, fmt, settings) as source:
        if source is None:
            lay.text_view = fmt in ("docx", "odt")
            return lay
        lay.converted = source.converted
        lay.labels = source.labels
        prov = _provenances(plan)
        # a draft's items carry a place, not a page: find each quote in LibreOffice's pages
        if source.converted:
            for f in result.findings:
                if f.quote:
                    lay.finding_page[id(f)] = pagepics.find_page(source, f.quote)
        finding_pages = sorted({p for p in lay.finding_page.values() if p})
        ev_pages = []
        for _row, ev in evidence:
            page = ev.page
            if source.converted and ev.quote:
                page = pagepics.find_page(source, ev.quote)
            ev_pages.append(page)
        wanted = finding_pages + sorted({p for p in ev_pages if p} - set(finding_pages))
        wanted = [p for p in wanted if 1 <= p <= source.page_count]
        pictured = wanted[: settings.max_pages]
        lay.more_pages = len([p for p in finding_pages if p not in pictured])
        for page in pictured:
            image = pagepics.render_page(source, page, settings)
            if image is not None:
                lay.images[page] = image
        for f in result.findings:
            page = lay.finding_page[id(f)]
            if page not in lay.images:
                continue
            boxes = _boxes(source, page, prov.get(f.node_id or ""), f.quote, source.converted)
            fid = lay.finding_ids[id(f)]
            lay.marks.setdefault(page, []).append(
                Mark(f"{fid}-box", fid, f"sev-{f.severity}", boxes)
            )
        for n, ((row, ev), page) in enumerate(zip(evidence, ev_pages, strict=True), start=1):
            lay.evidence_page[id(ev)] = page
            if page not in lay.images:
                continue
            boxes = _boxes(source, page, prov.get(ev.node_id or ""), ev.quote, source.converted)
            lay.evidence_anchor[id(ev)] = f"{prefix}-ev{n}"
            lay.marks.setdefault(page, []).append(Mark(f"{prefix}-ev{n}", row, "ev", boxes))
    return lay


def _boxes(source, page: int, prov, quote: str, converted: bool) -> list[BBox]:
    """The boxes of a quote on ``page``: where the quote's text stands inside the item's own
    bbox (a sentence in a paragraph), else the item's bbox when it was read from this PDF on
    this page, else where the quote's text is found anywhere on the page."""
    found = pagepics.find_text(source, page, quote) if quote else []
    bbox = None
    if not converted and prov is not None and getattr(prov, "page", None) == page:
        bbox = getattr(prov, "bbox", None)
    if bbox is None:
        return found
    inside = [
        b
        for b in found
        if b.x0 < bbox.x1 and b.x1 > bbox.x0 and b.top < bbox.bottom and b.bottom > bbox.top
    ]
    return inside if inside and len(inside) == len(found) else [bbox]


def _page_text(page: int | None, lay: Layout, lang: str) -> str:
    """ "s. 3 (PDF-side 7)" when the printed label differs, else "s. 7"."""
    if not page:
        return ""
    return page_ref(page, lang, None if lay.converted else lay.labels)


# --------------------------------------------------------------------------- the plan


def _plan(result: CheckResult, lang: str, prefix: str, source: Path) -> str:
    L = labels(lang)
    plan = result.plan
    lay = _layout(result, prefix, source)
    out = [f'<section class="plan" id="{prefix}">', "<header>"]
    out.append(f"<h1>{escape(plan_title(plan))}</h1>")
    meta = [f"{L['file']}: {plan.source.path}"]
    if plan.plan_period:
        meta.append(f"{L['period']}: {period_text(plan.plan_period)}")
    if plan.source.pages:
        meta.append(pages_count(plan.source.pages, lang))
    out.append(f'<p class="meta">{escape(" · ".join(meta))}</p>')
    out.append(
        f'<p class="{_summary_class(result)}">{escape(summary_line(result.summary, lang))}</p>'
    )
    out.append("</header>")
    if result.findings:
        out.append(_index(result, lay, lang, prefix))
    if lay.images:
        out.append(_pages(result, lay, lang, prefix))
    elif lay.text_view:
        out.append(_text_view(result, lay, lang))

    tree = build_tree(result)
    if tree.plan_findings:
        out.append('<div class="row plan-findings kind-plan d0">')
        out.append(f'<div class="item"><span class="label">{escape(L["plan"])}</span></div>')
        out.append(_findings(tree.plan_findings, lang, lay, prefix))
        out.append("</div>")

    out.append(f"<h2>{escape(L['tree'])}</h2>")
    if not tree.roots and not tree.unplaced:
        out.append(f'<p class="meta">{escape(L["no_items"])}</p>')
    for root in tree.roots:
        for node, depth in root.walk():
            out.append(_row(node, depth, lang, lay, prefix))
    if tree.unplaced:
        out.append(f"<h2>{escape(L['unplaced'])}</h2>")
        for root in tree.unplaced:
            for node, depth in root.walk():
                out.append(_row(node, depth, lang, lay, prefix))
    if tree.other_findings:
        out.append(f"<h2>{escape(L['other'])}</h2>")
        out.append(_findings(tree.other_findings, lang, lay, prefix, with_quote=True))
    if result.coverage is not None:
        out.append(_coverage(result.coverage, tree.mandate_findings, lang, lay, prefix))
    if result.parent_coverage is not None:
        out.append(_parent_coverage(result, lang, lay, prefix))
    out.append("</section>")
    return "\n".join(out)


def _index(result: CheckResult, lay: Layout, lang: str, prefix: str) -> str:
    """Counts per severity and rule (as filters) and one line per finding with a jump link."""
    L = labels(lang)
    sev_counts = Counter(str(f.severity) for f in result.findings)
    rule_counts = Counter(f.rule for f in result.findings)
    out = [
        f'<nav class="index" aria-label="{escape(L["index"])}">',
        f"<h2>{escape(L['index'])}</h2>",
    ]
    out.append('<div class="filters">')
    out.append(f"<fieldset><legend>{escape(L['show'])}</legend>")
    for sev in ("error", "warning", "info"):
        if sev_counts[sev]:
            out.append(
                f'<label><input type="checkbox" checked value="sev:{sev}"> '
                f"{escape(count_word(sev_counts[sev], sev, lang))}</label>"
            )
    out.append("</fieldset>")
    out.append(f"<fieldset><legend>{escape(L['rules'])}</legend>")
    for rule, n in sorted(rule_counts.items()):
        out.append(
            f'<label><input type="checkbox" checked value="rule:{escape(rule)}"> '
            f'<span class="rule">{escape(rule)}</span> ({n})</label>'
        )
    out.append("</fieldset></div>")
    out.append('<table class="findex"><tbody>')
    for f in result.findings:
        sev = str(f.severity)
        fid = lay.finding_ids[id(f)]
        page = lay.finding_page.get(id(f))
        where = _page_text(page, lay, lang) or place(f.location, lang) or _elsewhere(f, result, lang) or L["no_page"]
        target = fid if page in lay.images else _tree_anchor(f, result, prefix)
        out.append(
            f'<tr class="sev-{sev}" data-sev="{sev}" data-rule="{escape(f.rule)}">'
            f'<td><span class="sevtag">{escape(L[sev])}</span></td>'
            f'<td><a href="#{escape(target)}">{escape(where)}</a></td>'
            f"<td>{escape(f.message)}</td>"
            f'<td class="rule">{escape(f.rule)}</td></tr>'
        )
    out.append("</tbody></table></nav>")
    return "\n".join(out)


def _elsewhere(f: Finding, result: CheckResult, lang: str) -> str:
    """Where a finding about another document's text stands: a goal of the parent plan
    ('overordna plan, s. 3') or a point of the mandate ('mandatet, s. 1'), not the whole plan."""
    if not f.node_id:
        return ""
    L = labels(lang)
    for pc in result.parent_coverage or []:
        if pc.id == f.node_id:
            return ", ".join(filter(None, (L["in_parent"], page_ref(pc.page, lang))))
    for c in result.coverage or []:
        if c.id == f.node_id:
            return ", ".join(filter(None, (L["in_mandate"], page_ref(c.page, lang))))
    return ""


def _tree_anchor(f: Finding, result: CheckResult, prefix: str) -> str:
    """The tree row or coverage row a finding without a pictured page stands in (the plan's
    header for a finding about the whole plan)."""
    if f.node_id and any(c.id == f.node_id for c in result.coverage or []):
        return f"{prefix}-{f.node_id}"
    if f.node_id and any(pc.id == f.node_id for pc in result.parent_coverage or []):
        return f"{prefix}-parent-{f.node_id}"
    return f.node_id if f.node_id and result.plan.item(f.node_id) else prefix


def _pages(result: CheckResult, lay: Layout, lang: str, prefix: str) -> str:
    L = labels(lang)
    out = [f"<h2>{escape(L['pages_with_findings'])}</h2>"]
    by_page: dict[int, list[Finding]] = {}
    for f in result.findings:
        page = lay.finding_page.get(id(f))
        if page in lay.images:
            by_page.setdefault(page, []).append(f)
    for page, image in sorted(lay.images.items()):
        keep = "" if by_page.get(page) else " data-keep"
        out.append(f'<figure class="pagefig" id="{prefix}-page-{page}"{keep}>')
        out.append(f"<figcaption>{escape(_page_text(page, lay, lang))}</figcaption>")
        out.append('<div class="sheet">')
        out.append(
            f'<img src="{image.data_uri}" alt="{escape(_page_text(page, lay, lang))}" '
            f'width="{pagepics.SETTINGS.width_px}" loading="lazy">'
        )
        listed = by_page.get(page, [])
        badges = _badges(lay.marks.get(page, []), {lay.finding_ids[id(f)]: n for n, f in enumerate(listed, 1)})
        for mark in lay.marks.get(page, []):
            for k, box in enumerate(mark.boxes):
                anchor = f' id="{escape(mark.anchor)}"' if k == 0 else ""
                out.append(
                    f'<a class="hl {mark.css}"{anchor} href="#{escape(mark.target)}" '
                    f'style="{_box_style(box, image)}"></a>'
                )
            badge = badges.get(mark.anchor) if mark.boxes else None
            if badge:
                out.append(
                    f'<a class="hlnum {mark.css}" href="#{escape(mark.target)}" '
                    f'style="{_badge_style(mark.boxes[0], image)}">{escape(badge)}</a>'
                )
        out.append("</div>")
        out.append("<ol>")
        for n, f in enumerate(listed, 1):
            out.append(
                f'<li><span class="num">{n}</span>{_finding(f, lang, lay, prefix, with_quote=True)}</li>'
            )
        out.append("</ol>")
        out.append("</figure>")
    if lay.more_pages:
        out.append(f'<p class="meta">{escape(L["more_pages"].format(n=lay.more_pages))}</p>')
    return "\n".join(out)


def _badges(marks: list[Mark], numbers: dict[str, int]) -> dict[str, str]:
    """The number each finding's box shows on a page picture: the finding's place in the list
    beside the picture (``numbers``: finding id -> 1, 2 …), so a planner reads which box is which
    finding. Findings whose boxes stand at the same place (one measure with no owner and no
    deadline) share one badge, on the first of them, naming each ('1, 2'). Keyed by the box's
    anchor; evidence boxes carry none."""
    shared: dict[tuple, list[tuple[str, int]]] = {}
    for mark in marks:
        n = numbers.get(mark.target)
        if n is None or not mark.boxes:
            continue
        where = tuple((round(b.x0), round(b.top), round(b.x1), round(b.bottom)) for b in mark.boxes)
        shared.setdefault(where, []).append((mark.anchor, n))
    return {
        group[0][0]: ", ".join(str(n) for _a, n in sorted(group, key=lambda g: g[1]))
        for group in shared.values()
    }


def _badge_style(box: BBox, image: pagepics.PageImage, margin: float = 0.12) -> str:
    """Where a box's number stands: left of the box's first line, at the page's left margin
    (``margin`` of the page's width) when the box starts further in, so the number covers no
    word of the line it is on."""
    w, h = image.width_pt, image.height_pt
    right = min(box.x0 - 3.0, margin * w)
    return f"right:{100 * (w - max(right, 0.0)) / w:.2f}%;top:{100 * max(box.top - 1.5, 0.0) / h:.2f}%"


def _box_style(box: BBox, image: pagepics.PageImage) -> str:
    """The box as percentages of the page, so it stays on the text however wide the picture
    is shown; a little padding around the text."""
    pad = 1.5
    w, h = image.width_pt, image.height_pt
    x0, x1 = max(0.0, box.x0 - pad), min(w, box.x1 + pad)
    y0, y1 = max(0.0, box.top - pad), min(h, box.bottom + pad)
    return (
        f"left:{100 * x0 / w:.2f}%;top:{100 * y0 / h:.2f}%;"
        f"width:{100 * (x1 - x0) / w:.2f}%;height:{100 * (y1 - y0) / h:.2f}%"
    )


def _text_view(result: CheckResult, lay: Layout, lang: str) -> str:
    """A draft that could not be pictured: each quote with its place, highlighted."""
    L = labels(lang)
    out = [
        f"<h2>{escape(L['pages_with_findings'])}</h2>",
        f'<p class="meta">{escape(L["text_view"])}</p>',
    ]
    for f in result.findings:
        if not f.quote:
            continue
        sev = str(f.severity)
        out.append(
            f'<div class="textview" data-sev="{sev}" data-rule="{escape(f.rule)}">'
            f'<span class="where">{escape(place(f.location, lang))}</span>'
            f'<p><mark class="sev-{sev}">{escape(f.quote)}</mark></p>'
            f"{_finding(f, lang, lay, '', with_quote=False, anchor=False)}</div>"
        )
    return "\n".join(out)


def _label(node: Node, lang: str) -> str:
    L = labels(lang)
    kind = str(getattr(node.item, "kind", "")) if node.kind == "goal" else node.kind
    label = L.get(kind, L[node.kind])
    number = (getattr(node.item, "number", None) or "").rstrip(".")
    return f"{label} {number}" if number else label


def _row(node: Node, depth: int, lang: str, lay: Layout, prefix: str) -> str:
    L = labels(lang)
    item = node.item
    ref = _page_text(item.page, lay, lang)
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
    html.append(_findings(node.findings, lang, lay, prefix))
    html.append("</div>")
    return "".join(html)


def _finding(
    f: Finding, lang: str, lay: Layout, prefix: str, *, with_quote: bool, anchor: bool = True
) -> str:
    """One finding. On its page picture it carries the id the index links to; elsewhere its
    page reference links to the picture."""
    L = labels(lang)
    sev = str(f.severity)
    page = lay.finding_page.get(id(f), f.page)
    ref = _page_text(page, lay, lang)
    link = lay.page_anchor(prefix, page)
    fid = lay.finding_ids.get(id(f), "")
    if link and ref and not anchor:
        ref_html = escape(ref)
    elif link and ref:
        ref_html = f'<a href="#{escape(fid)}-box">{escape(ref)}</a>'
    else:
        ref_html = escape(ref)
    where = " · ".join(x for x in (ref_html, escape(f.rule)) if x)
    quote = f"<blockquote>{escape(f.quote)}</blockquote>" if with_quote and quote_adds(f) else ""
    ident = f' id="{escape(fid)}"' if anchor and with_quote and link else ""
    return (
        f'<div class="finding sev-{sev}"{ident} data-sev="{sev}" data-rule="{escape(f.rule)}" '
        f'data-fingerprint="{escape(f.fingerprint)}">'
        f'<span class="sev">{escape(L[sev])}</span>'
        f'<span class="msg">{escape(f.message)}</span>{quote}'
        f'<span class="where">{where}</span></div>'
    )


def _findings(
    findings: list[Finding], lang: str, lay: Layout, prefix: str, *, with_quote: bool = False
) -> str:
    out = ['<div class="findings">']
    for f in findings:
        out.append(_finding(f, lang, lay, prefix, with_quote=with_quote, anchor=False))
    out.append("</div>")
    return "".join(out)


def _evidence_cell(evidence: list, lang: str, lay: Layout) -> str:
    """The quotes that answer a row, each with its page, linked to its box on the page
    picture when the page is pictured."""
    cells = []
    for ev in evidence:
        page = lay.evidence_page.get(id(ev), ev.page)
        ref = _page_text(page, lay, lang)
        anchor = lay.evidence_anchor.get(id(ev))
        if anchor and ref:
            ref_html = f'<a href="#{escape(anchor)}">{escape(ref)}</a>: '
        else:
            ref_html = f"{escape(ref)}: " if ref else ""
        cells.append(f"<blockquote>{ref_html}«{escape(ev.quote)}»</blockquote>")
    return "".join(cells)


def _parent_coverage(result: CheckResult, lang: str, lay: Layout, prefix: str) -> str:
    """The rød tråd matrix (``--parent``): each parent goal, its status, the items of this plan
    that follow it up (page in this plan), what is missing; then the goals standing alone."""
    L = labels(lang)
    out = [
        f"<h2>{escape(L['parent'])}</h2>",
        f'<p class="meta">{escape(parent_line(result.parent_coverage or [], lang))}</p>',
        '<table class="coverage">',
        f"<thead><tr><th>{escape(L['goal'])}</th>"
        f"<th>{escape(L['status'])}</th><th>{escape(L['answered_in'])}</th>"
        f"<th>{escape(L['missing'])}</th></tr></thead>",
        "<tbody>",
    ]
    for c in result.parent_coverage or []:
        status = str(getattr(c.status, "value", c.status))
        evidence = _evidence_cell(c.evidence, lang, lay)
        out.append(
            f'<tr id="{prefix}-parent-{escape(c.id)}"><td>{escape(c.text)}</td>'
            f'<td class="status st-{status}">{escape(L[status])}</td>'
            f"<td>{evidence or '–'}</td><td>{escape(', '.join(c.missing)) or '–'}</td></tr>"
        )
    out += ["</tbody>", "</table>"]
    alone = [g for g in result.child_goals or [] if not g.serves]
    if alone:
        out.append(f"<h3>{escape(stands_alone_heading(alone, lang))}</h3><ul>")
        out += [f"<li>{escape(page_ref(g.page, lang))} {escape(g.text)}</li>" for g in alone]
        out.append("</ul>")
    return "\n".join(out)


def _coverage(
    coverage: list[Coverage], findings: list[Finding], lang: str, lay: Layout, prefix: str
) -> str:
    L = labels(lang)
    by_point = {f.node_id: f for f in findings}
    out = [
        f"<h2>{escape(L['mandate'])}</h2>",
        _findings(findings, lang, lay, prefix),
        f'<p class="meta">{escape(coverage_line(coverage, lang))}</p>',
        '<table class="coverage">',
        f"<thead><tr><th>{escape(L['point'])}</th><th>{escape(L['status'])}</th>"
        f"<th>{escape(L['answered_in'])}</th><th>{escape(L['missing'])}</th></tr></thead>",
        "<tbody>",
    ]
    for c in coverage:
        status = str(c.status)
        evidence = _evidence_cell(c.evidence, lang, lay)
        f = by_point.get(c.id)
        flag = f' <span class="sev">{escape(L[str(f.severity)])}</span>' if f else ""
        out.append(
            f'<tr id="{prefix}-{escape(c.id)}"><td>{escape(point_number(c) + c.text)}</td>'
            f'<td class="status st-{status}">{escape(L[status])}{flag}</td>'
            f"<td>{evidence or '–'}</td><td>{escape(', '.join(c.missing)) or '–'}</td></tr>"
        )
    out += ["</tbody>", "</table>"]
    return "\n".join(out)
