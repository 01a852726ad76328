"""The document model → HTML/CSS, printed to PDF by headless Chromium (see convert.py).

A web page as a municipality's web publishing system would print it: ``<ol>`` lists with
CSS markers ("1." and "1.1"), ``<table>`` with ``thead`` (repeated on every page), rowspan and
colspan, CSS ``letter-spacing`` on headings, ``column-count: 2`` for two columns, a named page
(``page: landscape``) for the landscape part, and ``@page`` margin boxes for the running header
and the page number.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from corpora.synth.compose import (
    Doc,
    Heading,
    ListBlock,
    PageBreak,
    Para,
    Section,
    TableBlock,
    TabOutline,
)


def _css(d: Doc) -> str:
    spaced = "letter-spacing: 0.14em;" if d.letter_spaced else ""
    margin_boxes = ""
    if d.header:
        margin_boxes = (
            f'@top-left {{ content: "{escape(d.header)}"; font: 8.5pt "Liberation Sans"; }}'
            f'@bottom-left {{ content: "{escape(d.page_word)} " counter(page); font: 8.5pt "Liberation Sans"; }}'
        )
    return f"""
@page {{ size: A4; margin: 1.8cm 2.2cm; {margin_boxes} }}
@page landscape {{ size: A4 landscape; margin: 1.8cm 2.2cm; {margin_boxes} }}
body {{ font: 10.5pt/1.35 "Liberation Sans", sans-serif; margin: 0; }}
h1, h2, h3, h4 {{ {spaced} break-after: avoid; margin: 0.9em 0 0.35em; }}
h1.title {{ font-size: 21pt; }} h1 {{ font-size: 16pt; }} h2 {{ font-size: 13pt; }} h3 {{ font-size: 11.5pt; }}
p {{ margin: 0 0 0.35em; }}
p.sb {{ margin-top: 0.8em; }}
.landscape {{ page: landscape; break-before: page; }}
.pagebreak {{ break-before: page; }}
.cols {{ column-count: 2; column-gap: 0.6cm; }}
/* a table in a column breaks its words where they do not fit, as Word and LibreOffice do
   (overflow-wrap: anywhere also narrows the cells' min-content width, so the table fits the
   column instead of running over the next one and off the page) */
.cols th, .cols td {{ overflow-wrap: anywhere; }}
ol.num > li::marker {{ content: counter(list-item) ". "; }}
ol.num ol {{ list-style: decimal; padding-left: 1.4em; }}
ol.num ol > li::marker {{ content: counters(list-item, ".") " "; }}
table {{ border-collapse: collapse; width: 100%; margin-bottom: 0.8em; }}
th, td {{ text-align: left; vertical-align: top; padding: 3px 5px; }}
table.ruled th, table.ruled td {{ border: 0.6pt solid #000; }}
tr {{ break-inside: auto; }}
td.shaded {{ background: #d9e2f3; }}
td.c {{ text-align: center; }}
div.turned {{ writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; margin: 0 auto; }}
table.tabs td {{ padding: 1px 4px 2px 0; }}
table.tabs td.r {{ text-align: right; padding-right: 0; }}
table.tabs tr.head td {{ font-size: 9pt; font-weight: bold; padding-bottom: 4px; }}
table.tabs tr.g td {{ font-size: 11pt; padding-top: 8px; }}
small.note {{ font-size: 9pt; }}
"""


def _cell(tag: str, c) -> str:
    attrs = ""
    if c.rowspan > 1:
        attrs += f' rowspan="{c.rowspan}"'
    if c.colspan > 1:
        attrs += f' colspan="{c.colspan}"'
    if c.shaded or c.center:
        attrs += f' class="{"shaded" if c.shaded else "c"}"'
    text = escape(c.text)
    if c.bold and tag == "td":
        text = f"<b>{text}</b>"
    if c.turned:  # set upwards, as a narrow column's head
        text = f'<div class="turned">{text}</div>'
    return f"<{tag}{attrs}>{text}</{tag}>"


def _table(t: TableBlock) -> str:
    total = sum(t.widths)
    cols = "".join(f'<col style="width:{100 * w / total:.1f}%">' for w in t.widths)
    head = "".join("<tr>" + "".join(_cell("th", c) for c in row if c) + "</tr>" for row in t.header)
    body = "".join("<tr>" + "".join(_cell("td", c) for c in row if c) + "</tr>" for row in t.rows)
    cls = ' class="ruled"' if t.ruled else ""
    return f"<table{cls}><colgroup>{cols}</colgroup><thead>{head}</thead><tbody>{body}</tbody></table>"


def _tab_outline(t: TabOutline) -> str:
    """Owner and deadline columns beside an indented outline: a borderless table (a web page
    has no tab stops), the column head over the two right-hand columns only."""
    head = '<tr class="head"><td></td>' + f"<td>{escape(t.head[0])}</td><td class=\"r\">{escape(t.head[1])}</td></tr>"
    rows = []
    for r in t.rows:
        pad = f' style="padding-left:{0.8 * r.level:.1f}cm"'
        text = f"<b>{escape(r.text)}</b>" if r.bold else escape(r.text)
        if r.cells is None:
            cls = ' class="g"' if r.level == 0 else ""
            rows.append(f'<tr{cls}><td colspan="3"{pad}>{text}</td></tr>')
        else:
            rows.append(f"<tr><td{pad}>{text}</td><td>{escape(r.cells[0])}</td>"
                        f'<td class="r">{escape(r.cells[1])}</td></tr>')
    cols = '<col style="width:60%"><col style="width:24%"><col style="width:16%">'
    return f'<table class="tabs"><colgroup>{cols}</colgroup>{head}{"".join(rows)}</table>'


def _note(b: ListBlock, it) -> str:
    if it.note is None:
        return ""
    owner, when = it.note
    parts = ([f"<i>{escape(owner)}</i>"] if owner else []) + ([f"({escape(when)})"] if when else [])
    note = " ".join(parts)
    return "<br>" + (f'<small class="note">{note}</small>' if b.note_small else note)


def _list(b: ListBlock) -> str:
    if not b.auto:
        return "".join(
            f'<p style="margin-left:{1.2 * it.level:.1f}em">{escape(b.typed_text(it))}</p>' for it in b.items
        )
    if not b.ordered:
        return "<ul>" + "".join(f"<li>{escape(it.text)}{_note(b, it)}</li>" for it in b.items) + "</ul>"
    first = b.items[0].number or "1"
    out, open_sub = [f'<ol class="num" start="{first}">'], False
    for i, it in enumerate(b.items):
        if it.level == 0:
            if open_sub:
                out.append("</ol></li>")
                open_sub = False
            elif i:
                out.append("</li>")
            out.append(f"<li>{escape(it.text)}")
        else:
            if not open_sub:
                out.append("<ol>")
                open_sub = True
            out.append(f"<li>{escape(it.text)}</li>")
    out.append("</ol></li></ol>" if open_sub else "</li></ol>")
    return "".join(out)


def _blocks(blocks: list, d: Doc, pending: list[str]) -> str:
    out = []
    for b in blocks:
        cls = f' class="{pending.pop()}"' if pending else ""
        if isinstance(b, Heading):
            if b.level == 0:
                out.append(f'<h1 class="title">{escape(b.text)}</h1>')
            else:
                out.append(f"<h{b.level}{cls}>{escape(b.text)}</h{b.level}>")
            continue
        if cls:  # a page break before something that is not a heading
            out.append(f"<div{cls}></div>")
        if isinstance(b, Para):
            style = f' style="margin-left:{1.6 * b.indent:.1f}em"' if b.indent else ""
            klass = ' class="sb"' if b.space_before else ""
            text = f"<b>{escape(b.text)}</b>" if b.bold else escape(b.text)
            out.append(f"<p{klass}{style}>{text}</p>")
        elif isinstance(b, ListBlock):
            out.append(_list(b))
        elif isinstance(b, TableBlock):
            out.append(_table(b))
        elif isinstance(b, TabOutline):
            out.append(_tab_outline(b))
        elif isinstance(b, PageBreak):
            pending.append("pagebreak")
        elif isinstance(b, Section):
            klass = "landscape" if b.kind == "landscape" else "cols"
            out.append(f'<div class="{klass}">{_blocks(b.children, d, [])}</div>')
    return "\n".join(out)


def render_html(d: Doc, path: Path) -> Path:
    html = (
        f'<!DOCTYPE html><html lang="{d.lang}"><head><meta charset="utf-8">'
        f"<title>{escape(d.title)}</title><style>{_css(d)}</style></head>"
        f"<body>{_blocks(d.blocks, d, [])}</body></html>"
    )
    path = Path(path)
    path.write_text(html, encoding="utf-8")
    return path
