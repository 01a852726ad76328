"""``plancheck layout PLAN.pdf`` — how the layout layer read each page: column regions,
blocks (headings, paragraphs, list items, tables) numbered in reading order, as JSON or as a
self-contained HTML page with the boxes drawn where they stand on the page."""

from __future__ import annotations

import argparse
import html
import json
from pathlib import Path

from plancheck.commands._common import guard_not_input, write_output

COLOURS = {"heading": "#c0392b", "paragraph": "#2c7fb8", "list_item": "#238b45", "table": "#8856a7"}


def add_parser(sub) -> None:
    p = sub.add_parser(
        "layout",
        help="show how a PDF's pages were read (columns, blocks, reading order)",
        description="Show how each page of a PDF was read: its columns, blocks, tables and "
        "reading order, drawn over the page (html) or as data (json).",
    )
    p.add_argument("plan", type=Path, help="the PDF")
    p.add_argument(
        "--format", choices=["html", "json"], default="html",
        help="html: the pages with their blocks drawn (default); json: the blocks as data",
    )
    p.add_argument("-o", "--output", help="write to FILE instead of standard output")
    p.add_argument("--password", help="password of an encrypted PDF")
    p.add_argument(
        "--chars", choices=["pdfium", "pdfplumber"], default="pdfium", help="where characters are read from"
    )
    p.set_defaults(run=run)


def layout_dict(layout) -> dict:
    """The layout as plain data: pages with their regions, and blocks in reading order."""
    pages = []
    for p in layout.pages:
        pages.append(
            {
                "page": p.number,
                "width": round(p.width, 2),
                "height": round(p.height, 2),
                "regions": [
                    {
                        "order": k + 1,
                        "column": r.column,
                        "bbox": [round(r.x0, 1), round(r.top, 1), round(r.x1, 1), round(r.bottom, 1)],
                    }
                    for k, r in enumerate(p.regions)
                ],
                "furniture": [ln.text for ln in p.lines if ln.kind == "furniture"],
                "footnotes": [ln.text for ln in p.lines if ln.kind == "footnote"],
                "toc": [ln.text for ln in p.lines if ln.kind == "toc"],
            }
        )
    blocks = []
    for order, b in enumerate(layout.blocks, 1):
        bb = b.provenance.bbox
        item = {
            "order": order,
            "id": b.id,
            "kind": b.kind,
            "page": b.provenance.page,
            "bbox": [round(bb.x0, 1), round(bb.top, 1), round(bb.x1, 1), round(bb.bottom, 1)] if bb else None,
            "text": b.text,
        }
        for key in ("level", "number", "bullet", "label", "run_in"):
            if getattr(b, key) is not None:
                item[key] = getattr(b, key)
        if b.table is not None:
            item["table"] = {
                "header": b.table.header,
                "rows": [[c.text for c in r] for r in b.table.rows],
                "pages": b.table.pages,
                "ruled": b.table.ruled,
            }
        blocks.append(item)
    return {"title": layout.title, "toc_pages": layout.toc_pages, "pages": pages, "blocks": blocks}


def to_html(data: dict, name: str, scale: float = 1.3) -> str:
    """One absolutely positioned box per region and block over an outline of each page."""
    out = [
        "<!doctype html><html><head><meta charset='utf-8'>",
        f"<title>layout: {html.escape(name)}</title><style>",
        "body{font:12px sans-serif;background:#eee;margin:1em}",
        ".page{position:relative;background:#fff;margin:0 0 2em;box-shadow:0 0 4px #999}",
        ".region{position:absolute;border:1px dashed #999;}",
        ".region span{position:absolute;right:0;top:-14px;color:#777;font-size:10px}",
        ".block{position:absolute;border:1.5px solid;opacity:.85;overflow:hidden}",
        ".block b{position:absolute;left:-1px;top:-1px;color:#fff;font-size:10px;padding:0 3px}",
        "h2{font-size:14px}</style></head><body>",
        f"<h1>{html.escape(name)}</h1><p>Boxes are numbered in reading order; dashed boxes are "
        "column regions. Colours: " + ", ".join(f"<span style='color:{c}'>{k}</span>" for k, c in COLOURS.items()) + "</p>",
    ]
    by_page: dict[int, list[dict]] = {}
    for b in data["blocks"]:
        by_page.setdefault(b["page"], []).append(b)
    for p in data["pages"]:
        w, h = p["width"] * scale, p["height"] * scale
        out.append(f"<h2>page {p['page']}</h2><div class='page' style='width:{w:.0f}px;height:{h:.0f}px'>")
        for r in p["regions"]:
            x0, t, x1, b = (v * scale for v in r["bbox"])
            label = f"region {r['order']}" + (" (column)" if r["column"] else "")
            out.append(
                f"<div class='region' style='left:{x0:.0f}px;top:{t:.0f}px;width:{x1 - x0:.0f}px;"
                f"height:{b - t:.0f}px'><span>{label}</span></div>"
            )
        for b in by_page.get(p["page"], []):
            if not b["bbox"]:
                continue
            x0, t, x1, bt = (v * scale for v in b["bbox"])
            colour = COLOURS.get(b["kind"], "#333")
            extra = " ".join(f"{k}={b[k]}" for k in ("level", "number", "label") if k in b)
            tip = html.escape(f"{b['kind']} {extra}\n{b['text']}", quote=True)
            out.append(
                f"<div class='block' title=\"{tip}\" style='left:{x0:.0f}px;top:{t:.0f}px;"
                f"width:{max(x1 - x0, 4):.0f}px;height:{max(bt - t, 4):.0f}px;border-color:{colour}'>"
                f"<b style='background:{colour}'>{b['order']}</b></div>"
            )
        out.append("</div>")
    out.append("</body></html>")
    return "\n".join(out)


def run(args: argparse.Namespace) -> int:
    from plancheck.ingest.pdf import read_layout
    from plancheck.layout.settings import LayoutSettings

    guard_not_input(args.output, [args.plan])
    layout = read_layout(args.plan, password=args.password, settings=LayoutSettings(char_source=args.chars))
    data = layout_dict(layout)
    if args.format == "json":
        text = json.dumps(data, ensure_ascii=False, indent=1)
    else:
        text = to_html(data, args.plan.name)
    write_output(text, args.output)
    return 0
