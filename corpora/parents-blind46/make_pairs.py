"""Build the forty-sixth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-09 by `bpar46` without reading plancheck's code, tests, rules, docs or bench
and without running it. Five pairs on forms made for this batch (see README.md for the forms and
the gold conventions):

- Brekkedal (nb): kommuneplanens samfunnsdel, goals 1–7 with round number badges in three
  satsingsområde rows (Chromium) → 'Plan for inkludering og integrering 2027–2030' whose
  measure table is a TICK MATRIX: one column per parent goal '1'–'7' under a merged head
  'Bidrar til mål i samfunnsdelen', cells '✓' (direct), 'x' (indirect) or empty — one tick sits
  one column too far to the right (python-docx).
- Tuvnes (nn): samfunnsdel of six pages with a cover, a table of contents and one chapter per
  page, the goals as unnumbered square bullets (reportlab) → 'Landbruksplan for Tuvnes
  2027–2031' citing the parent only by PAGE ('jf. samfunnsdelen s. 5', a column 'Jf.
  samfunnsdelen' with 's. 4', 's. 6', '–') (odfpy).
- Ormsjö (sv): 'Vision 2040 och mål för mandatperioden 2027–2030' whose seven goals are
  printed round a WHEEL (SVG text set in a circle round the vision) and repeated as a list on
  page 2 (Chromium) → the arbetsmarknads- och vuxenutbildningsnämnd's 'Verksamhetsplan 2027',
  each 'Nämndmål n' with an italic line 'Kommunfullmäktiges mål: <name>' — one names a goal it
  does not serve, one a goal that no longer exists (python-docx).
- Rugholm (da): 'Udviklingsstrategi 2027–2035', goals 1–7 under three tinted 'Tema' bands
  (odfpy) → 'Landdistriktshandleplan 2027–2028' whose only link to the parent is one FOREWORD
  sentence ('Handleplanen følger op på udviklingsstrategiens mål om …') — a claim to check
  against the measures (reportlab).
- Hathersley (en): 'Council Plan 2026–2030' with outcomes 1–7 Word-numbered through three
  priorities (python-docx) → 'Place Directorate Plan 2027/28' (A4 landscape) whose action table
  has an 'Outcome' column of numbers, four cells 'All' (Chromium).

    python corpora/parents-blind46/make_pairs.py                  # all pairs
    python corpora/parents-blind46/make_pairs.py --verify         # re-read the PDFs only
    python corpora/parents-blind46/make_pairs.py --twice          # build twice, compare sha256

Writers reused: batch 44's `_docx` (python-docx → LibreOffice) and `_odt` (odfpy →
LibreOffice), batch 43's `_html` (HTML → Chromium) and the reportlab font set-ups of batches 43
and 44, all through batch 45's builder. This batch's own: `_docx_ticks` (python-docx with a
tick-matrix table: a two-row head, the goal columns centred) and `_rl_doc` (reportlab with a
cover page without furniture, a contents table, forced page breaks, tables with group rows and a
signature). The gold writer and checks (`G`, `C`, batch 14's `main`, batch 20's `verify`) come
through batch 45's builder and `pairkit.parents_main`.
"""

from __future__ import annotations

import math
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import _docx_helpers as dh  # noqa: E402
import pairkit as pk  # noqa: E402

_p45 = pk.load_module("parents_blind45_make_pairs", HERE.parent / "parents-blind45" / "make_pairs.py")
_p44, _p43 = _p45._p44, _p45._p44._p43
_p20, _p14 = _p45._p20, _p45._p14
G, C = _p45.G, _p45.C
_docx, _odt, _html, e = _p45._docx, _p45._odt, _p45._html, _p45.e

PAIRS, pair = pk.pair_registry()
BUILDER = "corpora/parents-blind46/make_pairs.py"


def _pages_text(pdf: Path) -> list[str]:
    """pdftotext -layout, page by page (batch 20's reader, the one --verify uses)."""
    return _p20._pdftotext_pages(pdf)


def _assert_on_page(pdf: Path, where: dict[str, int]) -> None:
    """Each text's opening words printed on the page given (the page citations of a child must
    hold for the parent as built): fails the build if a page break moved."""
    pages = [" ".join(p.split()) for p in _pages_text(pdf)]
    for text, page in where.items():
        want = " ".join(text.split()[:4])
        got = [i for i, p in enumerate(pages, 1) if want in p]
        if page not in got:
            raise SystemExit(f"{pdf}: {want!r} expected on page {page}, found on {got}")


# =========================================================================== writers


def _docx_ticks(blocks, pdf: Path, *, title: str, author: str, header: str, footer: str,
                lang: str, font: str, size: float, color: str, tint: str) -> Path:
    """python-docx → LibreOffice, A4 portrait. Header: HEADER over a rule; footer: FOOTER left,
    'Side n' right. Blocks: ("title"|"sub"|"h1"|"h2"|"p"|"small", text); ("num", [..]) a Word
    decimal list; ("dash", [..]) a Word en-dash list; ("ticks", head, group, cols, rows,
    widths) a TICK MATRIX: a two-row head (HEAD cells merged down over both rows, GROUP merged
    across the COLS, which stand under it in the second row), body rows (cells…, marks…) whose
    mark cells are centred, and ("span", text) rows shaded across the table."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.shared import Mm, RGBColor, Twips

    doc = dh.new_document(font=font, size=size, margins_mm=20, heading_color=color)
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    rpr.find(qn("w:lang")).set(qn("w:val"), lang)
    sec = doc.sections[0]
    hp = dh.ruled_header(sec, header, size=7.5)
    for r in hp.runs:
        r.font.color.rgb = RGBColor.from_string("5F5F5F")
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    for pos in (4680, 9360):  # the Footer style's own centre and right stops
        fp.paragraph_format.tab_stops.add_tab_stop(Twips(pos), WD_TAB_ALIGNMENT.CLEAR)
    fp.paragraph_format.tab_stops.add_tab_stop(Mm(170), WD_TAB_ALIGNMENT.RIGHT)
    dh.add_runs(fp, footer + "\tSide ", size=7.5, color="5F5F5F")
    dh.add_field(fp, "PAGE", "1", size=7.5)
    num = dh.add_num(doc, dh.add_abstract_num(doc, "decimal"), restart_at=1)
    dash = dh.add_num(doc, dh.add_abstract_num(doc, "dash"))

    def white_bold_centre(cells):
        for c in cells:
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            for p in c.paragraphs:
                for run in p.runs:
                    run.font.color.rgb = RGBColor.from_string("FFFFFF")

    for b in blocks:
        k = b[0]
        if k == "title":
            dh.para(doc, b[1], bold=True, size=size + 9, color=color, space_after=2)
        elif k == "sub":
            dh.para(doc, b[1], italic=True, size=size - 0.5, color="555555", space_after=12)
        elif k in ("h1", "h2"):
            dh.heading(doc, b[1], int(k[1]))
        elif k == "p":
            dh.para(doc, b[1], space_after=5)
        elif k == "small":
            dh.para(doc, b[1], size=size - 1.5, italic=True, color="404040", space_after=3,
                    keep_with_next=True)
        elif k == "num":
            for x in b[1]:
                dh.list_item(doc, x, num, space_after=4)
        elif k == "dash":
            for x in b[1]:
                dh.list_item(doc, x, dash, space_after=2)
        elif k == "ticks":
            _, head, group, cols, rows, widths = b
            n = len(head)
            t = dh.new_table(doc, widths)
            dh.set_table_borders(t, color="9A9A9A", sz=4)
            r1 = dh.add_row(t, [("restart", h) for h in head] + [group] + [""] * (len(cols) - 1),
                            widths, size=size - 1, bold=True, fill=color)
            merged = r1.cells[n].merge(r1.cells[-1])
            merged.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            r2 = dh.add_row(t, [("continue",)] * n + list(cols), widths, size=size - 1, bold=True,
                            fill=color)
            for c in r2.cells[n:]:
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            white_bold_centre(r1.cells)
            white_bold_centre(r2.cells)
            dh.set_repeat_header(r1)
            dh.set_repeat_header(r2)
            for row in rows:
                if row[0] == "span":
                    rr = dh.add_row(t, [row[1]], widths, size=size - 1, bold=True, fill=tint,
                                    span_all=True, keep_with_next=True)
                else:
                    rr = dh.add_row(t, list(row), widths, size=size - 1)
                    for c in rr.cells[n:]:
                        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                dh.set_cant_split(rr)
            dh.para(doc, "", space_after=2)
        else:
            raise ValueError(k)
    dh.set_core_properties(doc, title=title, author=author)
    with tempfile.TemporaryDirectory(prefix="parblind46-docx-") as tmp:
        src = Path(tmp) / (pdf.stem + ".docx")
        dh.save_deterministic(doc, src)
        out = dh.export_pdf(src, Path(tmp))
        pdf.write_bytes(out.read_bytes())
    return pdf


def _rl_doc(pdf: Path, blocks, *, fonts: dict[str, str], base: float, accent: str, tint: str,
            title: str, author: str, header: str, footer: str, page_word: str,
            cover: bool = False) -> list[int]:
    """reportlab (invariant), A4 portrait. Furniture on every page but the first when COVER:
    HEADER small top left over an accent rule, FOOTER bottom left and 'PAGE_WORD n' bottom
    right. Blocks: ("title"|"sub"|"h1"|"h2"|"p"|"i"|"lab"|"vision"|"kicker", text); ("sq",
    [..]) '▪' bullets; ("dash", [..]) '–' bullets; ("toc", [(entry, page), ..]) a contents
    table with dotted leaders; ("table", head, rows, widths_mm) a ruled table whose head repeats
    and whose ("span", text) rows are tinted across; ("facts", heading, [..]) a tinted box with a
    bold heading over '▪' lines; ("sig", [..]) signature lines; ("pb",) a page break. Returns
    the page on which each block starts (for the builder's page checks)."""
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    f = fonts
    acc = colors.HexColor(accent)
    tin = colors.HexColor(tint)
    dark = colors.HexColor("#1f1f1f")
    ps = {
        "kicker": ParagraphStyle("k", fontName=f["bold"], fontSize=base - 1, leading=base + 3,
                                 textColor=acc, spaceAfter=4),
        "title": ParagraphStyle("t", fontName=f["bold"], fontSize=base + 11, leading=base + 16,
                                textColor=acc, spaceAfter=4),
        "sub": ParagraphStyle("s", fontName=f["italic"], fontSize=base, leading=base + 4,
                              textColor=colors.HexColor("#555555"), spaceAfter=14),
        "h1": ParagraphStyle("h1", fontName=f["bold"], fontSize=base + 5, leading=base + 9,
                             textColor=acc, spaceBefore=6, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName=f["bold"], fontSize=base + 1.5, leading=base + 5,
                             textColor=dark, spaceBefore=8, spaceAfter=3),
        "p": ParagraphStyle("p", fontName=f["normal"], fontSize=base, leading=base * 1.45,
                            spaceAfter=5, textColor=dark),
        "i": ParagraphStyle("i", fontName=f["italic"], fontSize=base, leading=base * 1.45,
                            spaceAfter=5, textColor=dark),
        "vision": ParagraphStyle("v", fontName=f["italic"], fontSize=base + 6, leading=base + 11,
                                 textColor=acc, spaceBefore=4, spaceAfter=10),
        "lab": ParagraphStyle("lb", fontName=f["bold"], fontSize=base, leading=base + 4,
                              spaceBefore=6, spaceAfter=3, textColor=acc),
        "li": ParagraphStyle("li", fontName=f["normal"], fontSize=base, leading=base * 1.4,
                             leftIndent=6 * mm, bulletIndent=1 * mm, spaceAfter=3,
                             textColor=dark),
        "cell": ParagraphStyle("c", fontName=f["normal"], fontSize=base - 1, leading=(base - 1) * 1.3,
                               textColor=dark),
        "cellh": ParagraphStyle("ch", fontName=f["bold"], fontSize=base - 1, leading=(base - 1) * 1.3,
                                textColor=colors.white),
        "cells": ParagraphStyle("cs", fontName=f["bold"], fontSize=base - 1, leading=(base - 1) * 1.3,
                                textColor=dark),
        "toc": ParagraphStyle("toc", fontName=f["normal"], fontSize=base + 0.5, leading=base + 7,
                              textColor=dark),
        "sig": ParagraphStyle("sig", fontName=f["italic"], fontSize=base, leading=base + 4,
                              textColor=dark),
    }
    story: list = []
    marks: list[int] = []

    from reportlab.platypus.flowables import Flowable

    class _Mark(Flowable):
        """A zero-size flowable that records the page it lands on."""

        def __init__(self, idx):
            super().__init__()
            self.idx = idx

        def wrap(self, aw, ah):
            return 0, 0

        def draw(self):
            marks.append((self.idx, self.canv.getPageNumber()))

    for bi, b in enumerate(blocks):
        k = b[0]
        story.append(_Mark(bi))
        if k in ("title", "sub", "h1", "h2", "p", "i", "lab", "vision", "kicker"):
            story.append(Paragraph(e(b[1]), ps[k]))
        elif k in ("sq", "dash"):
            story += [Paragraph(e(x), ps["li"], bulletText="▪" if k == "sq" else "–")
                      for x in b[1]]
            story.append(Spacer(1, 3))
        elif k == "toc":
            data = [[Paragraph(e(t), ps["toc"]), Paragraph(str(pg), ps["toc"])] for t, pg in b[1]]
            tt = Table(data, colWidths=[130 * mm, 20 * mm], hAlign="LEFT")
            tt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#BBBBBB")),
                                    ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
            story.append(tt)
        elif k == "table":
            _, head, rows, widths = b
            data = [[Paragraph(e(h), ps["cellh"]) for h in head]]
            style = [("BACKGROUND", (0, 0), (-1, 0), acc),
                     ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9A9A9A")),
                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("TOPPADDING", (0, 0), (-1, -1), 3),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                     ("LEFTPADDING", (0, 0), (-1, -1), 4),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
            for row in rows:
                if row[0] == "span":
                    data.append([Paragraph(e(row[1]), ps["cells"])] + [""] * (len(head) - 1))
                    ri = len(data) - 1
                    style += [("SPAN", (0, ri), (-1, ri)), ("BACKGROUND", (0, ri), (-1, ri), tin)]
                else:
                    data.append([Paragraph(e(v), ps["cell"]) for v in row])
            tt = Table(data, colWidths=[w * mm for w in widths], repeatRows=1, hAlign="LEFT")
            tt.setStyle(TableStyle(style))
            story += [tt, Spacer(1, 6)]
        elif k == "facts":
            inner = [Paragraph(e(b[1]), ps["lab"])]
            inner += [Paragraph(e(x), ps["li"], bulletText="▪") for x in b[2]]
            tt = Table([[inner]], colWidths=[160 * mm], hAlign="LEFT")
            tt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), tin),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
            story += [Spacer(1, 4), tt, Spacer(1, 8)]
        elif k == "sig":
            story.append(KeepTogether([Spacer(1, 4)] + [Paragraph(e(x), ps["sig"]) for x in b[1]]))
            story.append(Spacer(1, 6))
        elif k == "pb":
            story.append(PageBreak())
        else:
            raise ValueError(k)
    w, h = A4

    def furniture(canvas, doc):
        if cover and doc.page == 1:
            canvas.saveState()
            canvas.setFillColor(acc)
            canvas.rect(0, h - 8 * mm, w, 8 * mm, stroke=0, fill=1)
            canvas.restoreState()
            return
        canvas.saveState()
        canvas.setFont(f["normal"], 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(22 * mm, h - 12 * mm, header)
        canvas.setStrokeColor(acc)
        canvas.setLineWidth(0.8)
        canvas.line(22 * mm, h - 13.5 * mm, w - 22 * mm, h - 13.5 * mm)
        canvas.setFillColor(dark)
        canvas.drawString(22 * mm, 11 * mm, footer)
        canvas.drawRightString(w - 22 * mm, 11 * mm, f"{page_word} {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(pdf), pagesize=A4, title=title, author=author, creator=author,
        leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
        invariant=1,
    )
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    first = {}
    for idx, pg in marks:
        first.setdefault(idx, pg)
    return [first.get(i, 0) for i in range(len(blocks))]


# =========================================================================== 1 Brekkedal (nb)


@pair
def brekkedal_integrering(d: Path) -> dict:
    g = {
        "1": "Flere innbyggere skal være i arbeid eller utdanning.",
        "2": "Næringslivet i Brekkedal skal få tak i den kompetansen det trenger.",
        "3": "Alle barn og unge skal kunne delta i fritidsaktiviteter uansett familiens økonomi, "
             "og flere skal fullføre videregående skole.",
        "4": "Alle skal kunne bo godt og trygt, og det skal bygges flere utleieboliger i "
             "sentrum.",
        "5": "Brekkedal skal ha et rikt frivillig liv der alle kan delta og bidra.",
        "6": "Innbyggerne skal ha gode helsetjenester med kort ventetid og lik tilgang for alle.",
        "7": "Klimagassutslippene i Brekkedal skal halveres innen 2030.",
    }
    areas = [
        ("Arbeid og kompetanse",
         "Mange bedrifter melder om mangel på fagfolk, samtidig som for mange står utenfor "
         "arbeidslivet.", ["1", "2"],
         ["samarbeide tett med NAV, skolene og næringsforeningen",
          "satse på lærlinger og fagbrev"]),
        ("Gode liv i hele kommunen",
         "Brekkedal skal være et godt sted å vokse opp og bo, enten du bor i sentrum eller i "
         "grendene.", ["3", "4", "5"],
         ["legge til rette for lag, foreninger og frivillige",
          "bruke kommunens boligvirkemidler aktivt"]),
        ("Helse, klima og miljø",
         "Flere eldre og et varmere og våtere klima krever nye løsninger.", ["6", "7"],
         ["forebygge mer og reparere mindre", "velge klimavennlige løsninger i egen drift"]),
    ]
    rows = []
    for name, bg, ids, how in areas:
        goals = "".join(f"<li><span class='badge'>{i}</span><span class='gt'>{e(g[i])}</span></li>"
                        for i in ids)
        rows.append(
            f"<section class='area'><div class='an'><div class='tag'>Satsingsområde</div>"
            f"<h3>{e(name)}</h3><p>{e(bg)}</p></div><div class='ag'>"
            f"<div class='lbl'>Mål</div><ul class='goals'>{goals}</ul>"
            f"<div class='lbl'>Slik vil vi jobbe</div>"
            f"<p class='how'>Vi vil {e(how[0])} og {e(how[1])}.</p></div></section>")
    body = [
        "<div class='mast'><span>BREKKEDAL KOMMUNE</span><span>Kommuneplan 2026–2038</span></div>",
        "<h1>Kommuneplanens samfunnsdel 2026–2038</h1>",
        "<p class='meta'>Vedtatt av kommunestyret 18. juni 2026, sak 52/26</p>",
        "<div class='two'><div><h2>Om samfunnsdelen</h2>",
        "<p>Samfunnsdelen viser hvilket samfunn vi vil ha i Brekkedal i 2038. Den bygger på "
        "planprogrammet fra 2025, folkehelseoversikten og innspill fra innbyggermøter i alle "
        "grendene.</p><p>Planen har sju mål, nummerert fra 1 til 7 gjennom de tre "
        "satsingsområdene. Temaplanene og handlingsdelen skal vise hvilke av målene de "
        "følger opp.</p></div>",
        "<div><h2>Visjon</h2><p class='vis'>«Brekkedal – plass til alle»</p>",
        "<p>Kommunen har 9 400 innbyggere. Befolkningen vokser svakt, og nesten all vekst "
        "kommer fra innvandring.</p></div></div>",
        "<h2>Våre mål</h2>",
        *rows,
        "<h2>Slik følger vi opp</h2>",
        "<p>Målene følges opp i kommuneplanens handlingsdel, som rulleres hvert år sammen med "
        "økonomiplanen, og i temaplanene. Kommunedirektøren rapporterer på målene i "
        "årsmeldingen.</p>",
    ]
    css = (
        "@page{size:A4;margin:16mm 17mm 18mm 17mm;"
        "@bottom-left{content:'Brekkedal kommune · Kommuneplanens samfunnsdel 2026–2038';"
        "font:7.5pt 'Liberation Sans';color:#777}"
        "@bottom-right{content:'Side ' counter(page);font:7.5pt 'Liberation Sans';color:#777}}"
        "body{font:9.5pt/1.42 'Liberation Sans';color:#1f1f1f;margin:0}"
        ".mast{display:flex;justify-content:space-between;font:bold 7.5pt 'Liberation Sans';"
        "letter-spacing:.08em;color:#0e5a6b;border-bottom:2px solid #0e5a6b;padding-bottom:3px}"
        "h1{font:bold 20pt 'Liberation Sans';color:#0e5a6b;margin:8px 0 2px}"
        ".meta{color:#666;font-size:8.5pt;margin:0 0 8px}"
        "h2{font:bold 12.5pt 'Liberation Sans';color:#0e5a6b;margin:10px 0 4px}"
        ".two{display:grid;grid-template-columns:1fr 1fr;gap:20px}.two p{margin:0 0 5px}"
        ".vis{font:italic 14pt 'Liberation Serif';color:#0e5a6b}"
        ".area{display:grid;grid-template-columns:52mm 1fr;border:1px solid #b7d3d9;"
        "margin:0 0 7px;break-inside:avoid}"
        ".an{background:#0e5a6b;color:#fff;padding:7px 9px}"
        ".an .tag{font-size:7pt;letter-spacing:.12em;text-transform:uppercase;opacity:.85}"
        ".an h3{font:bold 11.5pt 'Liberation Sans';margin:2px 0 5px}"
        ".an p{font-size:8.5pt;margin:0}"
        ".ag{padding:6px 10px;background:#f1f7f8}"
        ".lbl{font:bold 8pt 'Liberation Sans';color:#0e5a6b;text-transform:uppercase;"
        "letter-spacing:.06em;margin:2px 0 3px}"
        "ul.goals{list-style:none;margin:0 0 5px;padding:0}"
        "ul.goals li{display:flex;gap:7px;margin:0 0 5px}"
        ".badge{flex:0 0 18px;height:18px;border-radius:50%;background:#e07b39;color:#fff;"
        "font:bold 9pt/18px 'Liberation Sans';text-align:center}"
        ".gt{font-weight:bold}"
        ".how{margin:0;font-size:8.8pt}"
        "p{margin:0 0 5px}"
    )
    _html("nb", "Kommuneplanens samfunnsdel 2026–2038 – Brekkedal kommune", css, body,
          d / "parent.pdf")

    c = {
        "k1": "Minst 65 prosent av deltakerne i introduksjonsprogrammet skal være i arbeid "
              "eller utdanning ett år etter programmet.",
        "k2": "Flere bedrifter i Brekkedal skal rekruttere arbeidskraft blant nye innbyggere.",
        "k3": "Alle barn i flyktningfamilier skal kunne delta i minst én organisert "
              "fritidsaktivitet.",
        "k4": "Nye innbyggere skal bo trygt og lære å ta vare på boligen.",
        "k5": "Flere nye innbyggere skal være med i lag, foreninger og frivillig arbeid.",
        "k6": "Kommunen skal bosette det antallet flyktninger som IMDi ber om.",
    }
    m = {
        "bransje": "Bransjerettet norskopplæring og språkpraksis i bedrifter som mangler "
                   "arbeidskraft",
        "jobbsj": "Jobbsjansen: arbeidsrettet program for hjemmeværende innvandrerkvinner",
        "fagbrev": "Fagbrev på jobb i helsearbeiderfaget for voksne deltakere",
        "fritid": "Fritidskort med 2 000 kroner i året til barn i familier med lav inntekt",
        "guide": "Aktivitetsguide som følger barn og foreldre til første trening",
        "bosett": "Bosetting i kommunale boliger spredt i hele kommunen",
        "boveil": "Boveiledning i egen bolig det første året etter bosetting",
        "flguide": "Flyktningguider: frivillige følger nye innbyggere det første året, sammen "
                   "med Røde Kors",
        "kafe": "Språkkafé på biblioteket to kvelder i uka",
        "dialog": "Dialogmøte med innvandrerorganisasjonene to ganger i året",
        "imdi": "Vedtak om bosetting etter anmodning fra IMDi",
    }

    def marks(**kw):
        return [kw.get(f"g{i}", "") for i in range(1, 8)]

    rows = [
        ("span", "Arbeid og kvalifisering"),
        (m["bransje"], "Voksenopplæringen og NAV", "2027–2028", *marks(g1="✓")),
        (m["jobbsj"], "NAV", "2027–2030", *marks(g1="✓")),
        (m["fagbrev"], "Voksenopplæringen", "2028", *marks(g1="✓", g2="x")),
        ("span", "Barn og familier"),
        (m["fritid"], "Kultursjef", "2027", *marks(g3="✓")),
        (m["guide"], "Kultursjef og Frivilligsentralen", "2027–2030", *marks(g3="✓", g5="x")),
        ("span", "Bolig"),
        (m["bosett"], "Boligkontoret", "Løpende", *marks(g4="✓")),
        (m["boveil"], "Flyktningtjenesten", "Løpende", *marks(g4="✓")),
        ("span", "Deltakelse og fellesskap"),
        (m["flguide"], "Frivilligsentralen", "2027–2030", *marks(g6="✓")),
        (m["kafe"], "Biblioteket", "Løpende", *marks(g1="x", g6="x")),
        (m["dialog"], "Kommunedirektøren", "Hvert halvår", *marks(g5="✓")),
        ("span", "Bosetting"),
        (m["imdi"], "Kommunestyret", "Årlig", *marks()),
    ]
    child = [
        ("title", "Plan for inkludering og integrering 2027–2030"),
        ("sub", "Brekkedal kommune · Temaplan · Vedtatt av kommunestyret 10. desember 2026, "
         "sak 88/26"),
        ("h1", "1 Innledning"),
        ("p", "Planen beskriver hvordan Brekkedal kommune vil ta imot og inkludere flyktninger "
         "og andre innvandrere de neste fire årene. Den er en temaplan under kommuneplanen og "
         "erstatter Handlingsplan for bosetting 2022–2025."),
        ("p", "Tiltakstabellen i kapittel 4 viser med avkrysning hvilke av de sju målene i "
         "kommuneplanens samfunnsdel 2026–2038 hvert tiltak bidrar til."),
        ("h1", "2 Dette sier tallene"),
        ("dash", ["Brekkedal har bosatt 214 flyktninger de siste fem årene.",
                  "54 prosent av deltakerne i introduksjonsprogrammet var i arbeid eller "
                  "utdanning ett år etter programmet (2025).",
                  "Fire av ti barn i flyktningfamilier deltar i en organisert fritidsaktivitet.",
                  "Ventetiden på kommunal bolig er i snitt fem måneder."]),
        ("h1", "3 Mål for planperioden"),
        ("num", [c["k1"], c["k2"], c["k3"], c["k4"], c["k5"], c["k6"]]),
        ("h1", "4 Tiltak"),
        ("small", "Kolonnene 1–7 er målene i kommuneplanens samfunnsdel 2026–2038. ✓ = tiltaket "
         "bidrar direkte til målet, x = tiltaket bidrar indirekte."),
        ("ticks", ["Tiltak", "Ansvar", "Frist"], "Bidrar til mål i samfunnsdelen",
         [str(i) for i in range(1, 8)], rows, [60, 34, 20] + [8] * 7),
        ("h1", "5 Oppfølging"),
        ("p", "Flyktningtjenesten rapporterer på tiltakene i årsmeldingen. Planen rulleres "
         "høsten 2028."),
    ]
    _docx_ticks(child, d / "child.pdf", title="Plan for inkludering og integrering 2027–2030",
                author="Brekkedal kommune",
                header="BREKKEDAL KOMMUNE · PLAN FOR INKLUDERING OG INTEGRERING 2027–2030",
                footer="Plan for inkludering og integrering 2027–2030", lang="nb-NO",
                font="Liberation Sans", size=10, color="0E5A6B", tint="DCEBEE")

    goals_ = [
        G("1", g["1"], "followed_up", [c["k1"], m["bransje"], m["jobbsj"], m["fagbrev"]],
          ev="Minst 65 prosent av deltakerne",
          note="the goals are the seven statements with round number badges 1–7 under 'Mål' "
          "in the three satsingsområde rows (id = the printed number, numbered through the "
          "plan); the area names and texts, 'Slik vil vi jobbe', the vision, 'Om "
          "samfunnsdelen' and 'Slik følger vi opp' are no goals. Work or education after the "
          "introduction programme, language practice in firms, Jobbsjansen, trade "
          "certificates; ticked ✓ in column 1"),
        G("2", g["2"], "followed_up", [c["k2"], m["bransje"]],
          ev="Flere bedrifter i Brekkedal skal",
          note="in other words, with no ✓ in column 2: the child goal 'Flere bedrifter … skal "
          "rekruttere arbeidskraft blant nye innbyggere' and the job-oriented language training "
          "in firms short of workers (ticked only '1') give employers the people they lack; "
          "the only mark in column 2 is an 'x' (indirect) on trade certificates. A tick or its "
          "absence decides nothing"),
        G("3", g["3"], "partial", [c["k3"], m["fritid"], m["guide"]],
          ev="Fritidskort med 2 000 kroner",
          missing=["flere skal fullføre videregående skole"],
          note="leisure regardless of the family's money (leisure card for low-income "
          "families, activity guide); nothing on completing upper secondary school"),
        G("4", g["4"], "partial", [c["k4"], m["bosett"], m["boveil"]],
          ev="Boveiledning i egen bolig",
          missing=["flere utleieboliger i sentrum"],
          note="living well and safely (settlement in existing municipal homes across the "
          "municipality, guidance in the home); no new rental homes, in the centre or "
          "elsewhere"),
        G("5", g["5"], "followed_up", [c["k5"], m["flguide"], m["dialog"]],
          ev="Flyktningguider: frivillige følger nye",
          note="volunteers as refugee guides with the Red Cross (contributing), new residents in "
          "clubs and voluntary work (taking part), dialogue with immigrant organisations. Trap: "
          "the refugee-guide row carries its ✓ in column 6, one column too far to the right; "
          "by content it serves this goal"),
        G("6", g["6"], "not_followed_up",
          note="trap (tick, no follow-up): column 6 holds a ✓ on the refugee-guide row "
          "(volunteers, not health services — the tick belongs in column 5) and an 'x' on the "
          "language café; no goal or measure on health services, waiting times or equal "
          "access"),
        G("7", g["7"], "not_followed_up",
          note="silent: column 7 is empty in every row; nothing on emissions"),
    ]
    kids = [
        C(c["k1"], ["1"], note="the child goals are the Word-numbered '3 Mål for planperioden'; "
          "the rows of the tick matrix are measures (in served_by beside the goals they "
          "serve); the marks '✓' / 'x', the group rows and the figures under 'Dette sier "
          "tallene' are no goals"),
        C(c["k2"], ["2"], note="employers recruiting among new residents = business finding the "
          "competence it needs (goal 2, in other words)"),
        C(c["k3"], ["3"]),
        C(c["k4"], ["4"]),
        C(c["k5"], ["5"]),
        C(c["k6"], [], note="settling the number of refugees the national directorate asks "
          "for: a national request, no goal of the samfunnsdel (its row has no mark at all) — "
          "stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, Liberation Sans 9.5; kommuneplanens samfunnsdel "
        "2026–2038): masthead, two-column introduction and vision, 'Våre mål' as three "
        "framed satsingsområde rows (area name and text in a dark cell left; a 'Mål' label "
        "over goals with round orange number badges 1–7, numbered through the plan, and "
        "'Slik vil vi jobbe' right); margin boxes bottom left / right; child PDF (python-docx "
        "→ LibreOffice, Liberation Sans 10; temaplan 2027–2030): Word-numbered 'Mål for "
        "planperioden', a dash list of figures, and a TICK MATRIX `Tiltak | Ansvar | Frist | "
        "1 … 7` under a merged head 'Bidrar til mål i samfunnsdelen', cells '✓' / 'x' / empty "
        "centred, shaded group rows, a legend line above; header over a rule, footer left + "
        "'Side n' right",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Tuvnes (nn)


@pair
def tuvnes_landbruksplan(d: Path) -> dict:
    g = {
        "L1": "Det skal vere aktive gardsbruk og fast busetnad i alle grendene i Tuvnes.",
        "L2": "Matproduksjonen skal haldast oppe, og kulturlandskapet skal haldast ope og i hevd.",
        "L3": "Fleire skal leve av reiseliv og av å foredle lokale råvarer.",
        "N1": "Klimagassutsleppa frå landbruket skal ned, og gardane skal ta i bruk meir "
              "fornybar energi.",
        "N2": "Den beste matjorda skal ikkje byggjast ned.",
        "N3": "Tuvnes skal vere førebudd på flaum og lange tørkeperiodar.",
        "F1": "Born og unge skal ha gode fritidstilbod og trygge møteplassar i nærmiljøet.",
    }
    toc = [("1 Innleiing", 2), ("2 Visjon og utfordringar", 3), ("3 Levande grender og næring", 4),
           ("4 Natur, klima og beredskap", 5), ("5 Oppvekst og folkehelse", 6), ("6 Oppfølging", 6)]
    parent = [
        ("kicker", "TUVNES KOMMUNE"),
        ("title", "Kommuneplanen sin samfunnsdel 2026–2038"),
        ("sub", "Vedteken av kommunestyret 18. juni 2026, sak 41/26"),
        ("vision", "«Tuvnes – bygda som held fram»"),
        ("lab", "Innhald"),
        ("toc", toc),
        ("pb",),
        ("h1", "1 Innleiing"),
        ("p", "Samfunnsdelen er det viktigaste styringsdokumentet til kommunen. Han viser kva "
         "for eit samfunn vi vil ha i Tuvnes i 2038, og kva kommunen skal leggje vekt på for "
         "å kome dit."),
        ("p", "Planen byggjer på planprogrammet frå 2024 og på innspel frå grendelaga, "
         "ungdomsrådet, bondelaga og næringslivet. Han har vore på høyring i seks veker, og "
         "61 innspel er vurderte."),
        ("p", "Under kvart tema står måla for 2038 og strategiane våre. Handlingsdelen, "
         "økonomiplanen og temaplanane skal vise korleis måla blir følgde opp. "
         "Arealbruken blir styrt av kommuneplanen sin arealdel."),
        ("pb",),
        ("h1", "2 Visjon og utfordringar"),
        ("p", "Visjonen «Tuvnes – bygda som held fram» seier at vi vil ta vare på det vi har, "
         "og samstundes våge å tenkje nytt."),
        ("facts", "Dette seier tala", [
            "Tuvnes har 4 080 innbyggjarar, 300 færre enn i 2010.",
            "Talet på aktive gardsbruk har gått ned frå 212 i 2010 til 148 i 2025.",
            "Flaumen i 2023 skada 300 dekar dyrka mark langs Tuvåa.",
            "Kvar femte ungdom seier at dei saknar ein stad å vere på kveldstid."]),
        ("p", "Dei største utfordringane er færre unge, færre gardsbruk og eit klima med meir "
         "ekstremvêr. Samstundes har Tuvnes god matjord, sterke grendelag og eit aukande "
         "tal besøkjande om sommaren."),
        ("pb",),
        ("h1", "3 Levande grender og næring"),
        ("p", "Landbruket og småindustrien er ryggraden i næringslivet i Tuvnes. Mange gardar "
         "manglar nokon som kan ta over, og fleire grender har mista butikken."),
        ("lab", "Mål for 2038"),
        ("sq", [g["L1"], g["L2"], g["L3"]]),
        ("lab", "Strategiar"),
        ("dash", ["Vi vil samarbeide med bondelaga og den vidaregåande skulen om rekruttering.",
                  "Vi vil leggje til rette for nye bustader i grendene.",
                  "Vi vil marknadsføre Tuvnes som reisemål saman med nabokommunane."]),
        ("pb",),
        ("h1", "4 Natur, klima og beredskap"),
        ("p", "Klimaet blir våtare og villare, og tørre somrar kjem oftare. Landbruket står for "
         "over halvparten av klimagassutsleppa i kommunen."),
        ("lab", "Mål for 2038"),
        ("sq", [g["N1"], g["N2"], g["N3"]]),
        ("lab", "Strategiar"),
        ("dash", ["Vi vil ta klimaomsyn i all planlegging og i alle innkjøp.",
                  "Vi vil samarbeide med NVE og nabokommunane om sikring langs Tuvåa."]),
        ("pb",),
        ("h1", "5 Oppvekst og folkehelse"),
        ("p", "Born og unge i Tuvnes trivst på skulen, men mange har lang veg til "
         "fritidsaktivitetar, og det finst få stader å møtast på kveldstid."),
        ("lab", "Mål for 2038"),
        ("sq", [g["F1"]]),
        ("lab", "Strategiar"),
        ("dash", ["Vi vil samarbeide med lag og organisasjonar om tilbod i alle grendene."]),
        ("h1", "6 Oppfølging"),
        ("p", "Måla blir følgde opp i handlingsdelen med økonomiplan, som blir rullert kvart "
         "år, og i temaplanane. Kommunedirektøren rapporterer på måla i årsmeldinga."),
    ]
    starts = _rl_doc(d / "parent.pdf", parent, fonts=_p43._rl_fonts("LiberationSans"), base=10,
                     accent="#4F6B2A", tint="#EEF2E4",
                     title="Kommuneplanen sin samfunnsdel 2026–2038 – Tuvnes kommune",
                     author="Tuvnes kommune", header="Tuvnes kommune · Samfunnsdelen 2026–2038",
                     footer="Kommuneplanen sin samfunnsdel 2026–2038", page_word="Side",
                     cover=True)
    if max(starts) != 6:
        raise SystemExit(f"tuvnes parent: {max(starts)} pages, 6 planned")
    _assert_on_page(d / "parent.pdf", {g["L1"]: 4, g["L2"]: 4, g["L3"]: 4, g["N1"]: 5,
                                       g["N2"]: 5, g["N3"]: 5, g["F1"]: 6})

    c = {
        "c1": "Talet på aktive gardsbruk skal ikkje gå ned med meir enn 10 prosent i "
              "planperioden.",
        "c2": "Produksjonen av mjølk og kjøt skal haldast på 2025-nivå, og alt innmarksbeite "
              "skal vere i bruk.",
        "c3": "Fleire gardar skal selje foredla produkt direkte til kundane.",
        "c4": "Utsleppa frå landbruket i Tuvnes skal ned med 10 prosent innan 2031.",
        "c5": "Gardane skal tole tørre somrar og flaum betre enn i dag.",
        "c6": "All sakshandsaming av tilskot skal vere digital innan 2029.",
    }
    m = {
        "gen": "Tilskot på 50 000 kr til unge som tek over gard",
        "rekr": "Rekrutteringsdag for unge bønder saman med den vidaregåande skulen",
        "fjos": "Prioritere investeringstilskot til fjøs for mjølk og storfe",
        "beite": "Tilskot til beitelag for sanking og gjerde i utmark",
        "rydd": "Rydding av 120 dekar attgrodd innmark langs fylkesvegen",
        "fored": "Tilskot til gardsbutikkar og vidareforedling av kjøt og mjølk",
        "klima": "Klimarådgiving og klimakalkulator på 40 gardar",
        "nydyrk": "Nydyrking av 150 dekar skogsmark ved Tuvmyra",
        "vatn": "Tilskot til vatningsanlegg og fôrlager for tørre somrar",
        "flaum": "Kartleggje flaumutsett dyrka mark langs Tuvåa og sikre bekkar",
        "open": "Open gard: alle 5.-klassingar besøkjer ein gard kvart år",
        "digi": "Digital søknad og sakshandsaming for alle tilskotsordningar",
    }
    rows = [
        ("1", m["gen"], "Landbrukskontoret", "2027–2031", "s. 4"),
        ("2", m["rekr"], "Landbrukskontoret", "Årleg", "s. 4"),
        ("3", m["fjos"], "Landbrukskontoret", "2027–2031", "s. 4"),
        ("4", m["beite"], "Landbrukskontoret", "Årleg", "s. 4"),
        ("5", m["rydd"], "Landbrukskontoret og grunneigarane", "2027–2029", "s. 4"),
        ("6", m["fored"], "Næringsrådgjevar", "2027–2028", "s. 4"),
        ("7", m["klima"], "Norsk Landbruksrådgiving", "2027–2030", "s. 5"),
        ("8", m["nydyrk"], "Landbrukskontoret", "2028–2030", "s. 5"),
        ("9", m["vatn"], "Landbrukskontoret", "2027–2029", "–"),
        ("10", m["flaum"], "Landbrukskontoret og NVE", "2028", "–"),
        ("11", m["open"], "Landbrukskontoret og skulane", "Årleg", "s. 6"),
        ("12", m["digi"], "Landbrukskontoret", "2029", "–"),
    ]
    child = [
        ("title", "Landbruksplan for Tuvnes 2027–2031"),
        ("sub", "Tuvnes kommune · Temaplan for landbruket · Vedteken av kommunestyret 3. "
         "desember 2026, sak 79/26"),
        ("h1", "1 Innleiing"),
        ("p", "Landbruksplanen er ein temaplan under kommuneplanen og viser korleis kommunen "
         "vil arbeide med landbruket dei neste fem åra. Planen følgjer opp kommuneplanen sin "
         "samfunnsdel 2026–2038 (jf. samfunnsdelen s. 4–6). Sidetala i tiltakstabellen viser "
         "til sidene i samfunnsdelen."),
        ("p", "Planen er utarbeidd av landbrukskontoret saman med Tuvnes Bondelag, Tuvnes "
         "Bonde- og Småbrukarlag og Norsk Landbruksrådgiving."),
        ("h1", "2 Landbruket i Tuvnes"),
        ("p", "Tuvnes har 148 aktive gardsbruk. Mjølk og storfekjøt er dei viktigaste "
         "produksjonane, og om lag 3 100 sauer beiter i utmarka om sommaren. Mange brukarar "
         "er over 60 år, og få bruk har avklart kven som skal ta over."),
        ("p", "Tørkesommaren 2018 og flaumen i 2023 viste at landbruket er sårbart for "
         "ekstremvêr (jf. samfunnsdelen s. 3)."),
        ("h1", "3 Mål for landbruket"),
        ("hang", [(f"{i}.", c[f"c{i}"]) for i in range(1, 7)]),
        ("h1", "4 Tiltak"),
        ("table", ["Nr.", "Tiltak", "Ansvarleg", "Periode", "Jf. samfunns­delen"], rows,
         [10, 74, 38, 22, 22]),
        ("h1", "5 Arealforvaltning"),
        ("p", "Jordvernet blir følgt opp i kommuneplanen sin arealdel, som skal reviderast i "
         "2028 (jf. samfunnsdelen s. 5). Landbruksplanen har difor ingen eigne tiltak for "
         "jordvern."),
        ("h1", "6 Oppfølging"),
        ("p", "Landbrukskontoret rapporterer på tiltaka til formannskapet kvart år. Planen "
         "blir revidert i 2031."),
    ]
    _odt(child, d / "child.pdf", title="Landbruksplan for Tuvnes 2027–2031 – Tuvnes kommune",
         header="Tuvnes kommune · Landbruksplan 2027–2031", footer="Landbruksplan 2027–2031",
         font="Liberation Serif", size=10.5, color="#4F6B2A", tint="#E6EDD8", lang="nn",
         country="NO")

    goals_ = [
        G("L1", g["L1"], "partial", [c["c1"], m["gen"], m["rekr"]],
          ev="Talet på aktive gardsbruk skal",
          missing=["fast busetnad i alle grendene"],
          note="the goals are the square bullets under 'Mål for 2038' in chapters 3–5, one "
          "chapter a page (ids L, N, F + order, not printed); the vision, the contents, 'Dette "
          "seier tala', the background texts, 'Strategiar' ('Vi vil …') and 'Oppfølging' are "
          "no goals. Active farms (grant for young successors, recruitment day; rows cite 's. "
          "4'); nothing on people settling in the grender beyond the farms — no homes, no "
          "newcomers (the parent's own strategy 'nye bustader i grendene' has no "
          "counterpart)"),
        G("L2", g["L2"], "followed_up",
          [c["c2"], m["fjos"], m["beite"], m["rydd"], m["nydyrk"]],
          ev="Produksjonen av mjølk og kjøt",
          note="production (barn grants; the new farmland of row 8 adds to it) and an open, "
          "grazed landscape (grazing associations, clearing 120 dekar of overgrown fields)"),
        G("L3", g["L3"], "partial", [c["c3"], m["fored"]], ev="Tilskot til gardsbutikkar og",
          missing=["reiseliv"],
          note="processing of local produce (farm shops, processing of meat and milk); "
          "nothing on tourism (no farm tourism), though the row cites 's. 4' like the others"),
        G("N1", g["N1"], "partial", [c["c4"], m["klima"]], ev="Utsleppa frå landbruket i",
          missing=["meir fornybar energi på gardane"],
          note="emissions from farming down 10 % and climate advice on 40 farms; nothing on "
          "renewable energy. Trap (page cited, goal worked against): row 8 'Nydyrking av 150 "
          "dekar skogsmark ved Tuvmyra' cites 's. 5', the page of this goal, but clearing "
          "forest for new fields releases carbon — it serves production (L2), not this goal"),
        G("N2", g["N2"], "not_followed_up",
          note="left to another plan, page cited: '5 Arealforvaltning' says the protection of "
          "farmland is followed up in the kommuneplan's arealdel '(jf. samfunnsdelen s. 5)' and "
          "that the plan has no measures of its own; the new fields of row 8 are no protection "
          "of the best soil"),
        G("N3", g["N3"], "followed_up", [c["c5"], m["vatn"], m["flaum"]],
          ev="Gardane skal tole tørre somrar",
          note="in other words and without a page: irrigation and fodder stores for dry "
          "summers, mapping flood-prone fields and securing streams; both rows cite '–' (the "
          "one page reference near it, 'ekstremvêr (jf. samfunnsdelen s. 3)', points to the "
          "facts page)"),
        G("F1", g["F1"], "not_followed_up",
          note="trap (page cited, no follow-up): row 11 'Open gard: alle 5.-klassingar "
          "besøkjer ein gard kvart år' cites 's. 6', the page of this goal, but a school visit "
          "to a farm is no leisure offer or meeting place; nothing else"),
    ]
    kids = [
        C(c["c1"], ["L1"], note="the child goals are the six numbered lines under '3 Mål for "
          "landbruket'; the rows of the measure table are measures (in served_by beside the "
          "goals they serve); the page references ('s. 4', 'jf. samfunnsdelen s. 4–6') are "
          "citations, no goals"),
        C(c["c2"], ["L2"]),
        C(c["c3"], ["L3"]),
        C(c["c4"], ["N1"]),
        C(c["c5"], ["N3"]),
        C(c["c6"], [], note="digital case handling of grants: no goal of the samfunnsdel (its "
          "row cites '–') — stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, Liberation Sans 10; kommuneplanen sin samfunnsdel "
        "2026–2038, 6 pp.): a cover with a band, vision and an 'Innhald' table with page "
        "numbers, then one chapter per page, goals as '▪' bullets under a green 'Mål for "
        "2038' label (chapters 3–5 on pages 4, 5, 6), '–' 'Strategiar', a tinted 'Dette seier "
        "tala' box; header over a rule and footer left + 'Side n' right from page 2; child PDF "
        "(odfpy → LibreOffice, Liberation Serif 10.5; landbruksplan 2027–2031): goals '1.'–'6.' "
        "in a hanging indent, a table `Nr. | Tiltak | Ansvarleg | Periode | Jf. samfunnsdelen` "
        "whose last column cites the parent by PAGE ('s. 4', 's. 5', 's. 6', '–'), and "
        "'(jf. samfunnsdelen s. n)' in the running text; header right, footer centred '… – n'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Ormsjö (sv)


def _wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap at WIDTH characters."""
    lines: list[str] = []
    for w in text.split():
        if lines and len(lines[-1]) + 1 + len(w) <= width:
            lines[-1] += " " + w
        else:
            lines.append(w)
    return lines


def _goal_wheel(centre: list[str], goals: list[tuple[str, str, str]], colours: list[str]) -> str:
    """An SVG goal WHEEL: a ring of len(GOALS) annular sectors round a disc holding the CENTRE
    lines; in each sector, centred on its middle, the number and short name in bold and the
    goal sentence wrapped in small type (real text, so a PDF keeps it as words set round a
    circle). GOALS: (number, short name, sentence); the first sector is centred at the top."""
    size, cx, cy, ro, ri, rt = 660, 330, 330, 322, 104, 214
    n = len(goals)
    step = 2 * math.pi / n
    out = [f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {size} {size}' "
           "class='wheel'>"]
    for i, (num, name, text) in enumerate(goals):
        a0 = -math.pi / 2 + (i - 0.5) * step
        a1 = a0 + step

        def pt(r, a):
            return f"{cx + r * math.cos(a):.2f},{cy + r * math.sin(a):.2f}"

        out.append(f"<path d='M{pt(ri, a0)} L{pt(ro, a0)} A{ro},{ro} 0 0 1 {pt(ro, a1)} "
                   f"L{pt(ri, a1)} A{ri},{ri} 0 0 0 {pt(ri, a0)} Z' fill='{colours[i]}' "
                   "stroke='#ffffff' stroke-width='4'/>")
        am = -math.pi / 2 + i * step
        x, y = cx + rt * math.cos(am), cy + rt * math.sin(am)
        lines = _wrap(text, 27)
        if len(lines[0].split()) < 4:
            raise SystemExit(f"wheel: first line of goal {num} holds fewer than four words")
        h = 16 + 13.5 * len(lines)
        y0 = y - h / 2 + 11
        out.append(f"<text x='{x:.2f}' y='{y0:.2f}' text-anchor='middle' class='wn'>"
                   f"{e(num)} {e(name)}</text>")
        out.append(f"<text x='{x:.2f}' y='{y0 + 16:.2f}' text-anchor='middle' class='wt'>"
                   + "".join(f"<tspan x='{x:.2f}' dy='{0 if j == 0 else 13.5}'>{e(t)}</tspan>"
                             for j, t in enumerate(lines)) + "</text>")
    out.append(f"<circle cx='{cx}' cy='{cy}' r='{ri - 6}' fill='#1d4e6e'/>")
    y0 = cy - 9 * (len(centre) - 1)
    for j, t in enumerate(centre):
        cls = "wc1" if j == 0 else "wc2"
        out.append(f"<text x='{cx}' y='{y0 + 18 * j:.2f}' text-anchor='middle' class='{cls}'>"
                   f"{e(t)}</text>")
    out.append("</svg>")
    return "".join(out)


@pair
def ormsjo_verksamhetsplan(d: Path) -> dict:
    kf = [
        ("1", "Fler i arbete", "Fler invånare i Ormsjö ska ha ett arbete att gå till, och "
         "färre ska behöva försörjningsstöd.",
         "Andel invånare 20–64 år som förvärvsarbetar; andel hushåll med försörjningsstöd."),
        ("2", "Utbildning för livet", "Alla ska kunna utbilda sig genom hela livet, och fler "
         "unga ska fullfölja gymnasiet.",
         "Andel elever som fullföljer gymnasiet inom fyra år; antal vuxna i komvux."),
        ("3", "Starkt näringsliv", "Företagen i Ormsjö ska hitta den kompetens de behöver för "
         "att kunna växa.",
         "Företagarnas omdöme om tillgång till kompetens (Svenskt Näringslivs enkät)."),
        ("4", "Trygghet i vardagen", "Invånarna ska känna sig trygga i sitt bostadsområde och i "
         "centrum.", "Andel som känner sig trygga ute på kvällen (medborgarundersökningen)."),
        ("5", "Hållbar kommun", "Utsläppen av växthusgaser i Ormsjö ska halveras till 2030 "
         "jämfört med 2015.", "Utsläpp av växthusgaser per invånare."),
        ("6", "Delaktighet för alla", "Alla ska kunna delta i samhällslivet, och nyanlända ska "
         "snabbt komma in i arbete och föreningsliv.",
         "Andel nyanlända i arbete eller studier efter etableringen."),
        ("7", "Attraktiv arbetsgivare", "Kommunen ska vara en attraktiv arbetsgivare med friska "
         "och engagerade medarbetare.", "Sjukfrånvaro; hållbart medarbetarengagemang (HME)."),
    ]
    g = {n: t for n, _, t, _ in kf}
    names = {n: nm for n, nm, _, _ in kf}
    wheel = _goal_wheel(["Vision 2040", "Ormsjö –", "nära till allt"],
                        [(n, nm, t) for n, nm, t, _ in kf],
                        ["#cfe3ee", "#d9ead3", "#fde9c9", "#f4d7d2", "#d8e9d0", "#e6dcef",
                         "#f9e4b7"])
    lst = "".join(f"<div class='kf'><h3><span>{n}</span> {e(nm)}</h3><p>{e(t)}</p>"
                  f"<p class='ind'>Indikator: {e(ind)}</p></div>" for n, nm, t, ind in kf)
    body = [
        "<div class='mast'>ORMSJÖ KOMMUN</div>",
        "<h1>Vision 2040 och mål för mandatperioden 2027–2030</h1>",
        "<p class='meta'>Antagen av kommunfullmäktige 14 juni 2027, § 77</p>",
        "<p>Vision 2040 beskriver det Ormsjö vi vill ha. Kommunfullmäktige har beslutat sju "
        "mål för mandatperioden 2027–2030. Målen visas i målhjulet nedan, med visionen i "
        "mitten, och beskrivs närmare på nästa sida.</p>",
        "<h2>Målhjulet</h2>",
        f"<div class='wbox'>{wheel}</div>",
        "<p class='cap'>Figur 1. Målhjulet: visionen i mitten och kommunfullmäktiges sju mål "
        "runt om.</p>",
        "<h2 class='pb'>Kommunfullmäktiges mål 2027–2030</h2>",
        lst,
        "<h2>Styrning och uppföljning</h2>",
        "<p>Nämnderna beslutar egna nämndmål som bidrar till kommunfullmäktiges mål. Varje "
        "nämndmål ska ange vilket av kommunfullmäktiges mål det bidrar till. Målen följs upp i "
        "delårsrapporten och i årsredovisningen.</p>",
        "<p>Jämfört med förra mandatperioden har målen Effektiv förvaltning och Ett rikt "
        "fritidsliv utgått.</p>",
    ]
    css = (
        "@page{size:A4;margin:15mm 18mm 17mm 18mm;"
        "@bottom-center{content:'Ormsjö kommun · Vision 2040 · sida ' counter(page);"
        "font:7.5pt 'DejaVu Sans';color:#666}}"
        "body{font:9.5pt/1.45 'DejaVu Sans';color:#222;margin:0}"
        ".mast{font:bold 8pt 'DejaVu Sans';letter-spacing:.18em;color:#1d4e6e;"
        "border-bottom:1.5px solid #1d4e6e;padding-bottom:3px}"
        "h1{font:bold 16pt 'DejaVu Sans';color:#1d4e6e;margin:8px 0 2px}"
        ".meta{color:#666;font-size:8.5pt;margin:0 0 8px}"
        "h2{font:bold 12pt 'DejaVu Sans';color:#1d4e6e;margin:10px 0 4px}"
        "h2.pb{break-before:page}"
        "p{margin:0 0 6px}"
        ".wbox{width:158mm;margin:2mm auto 0}"
        "svg.wheel{width:158mm;height:158mm;display:block}"
        ".wn{font:bold 13px 'DejaVu Sans';fill:#1d2b36}"
        ".wt{font:11.2px 'DejaVu Sans';fill:#2b2b2b}"
        ".wc1{font:bold 17px 'DejaVu Sans';fill:#fff}"
        ".wc2{font:italic 14px 'DejaVu Sans';fill:#fff}"
        ".cap{font:italic 8.5pt 'DejaVu Sans';color:#555;text-align:center}"
        ".kf{border-left:3px solid #1d4e6e;padding:1px 0 1px 9px;margin:0 0 8px}"
        ".kf h3{font:bold 10.5pt 'DejaVu Sans';margin:0 0 2px;color:#1d4e6e}"
        ".kf h3 span{display:inline-block;background:#1d4e6e;color:#fff;border-radius:50%;"
        "width:17px;height:17px;text-align:center;font-size:9pt;line-height:17px;"
        "margin-right:3px}"
        ".kf p{margin:0 0 2px}.kf .ind{font-size:8pt;color:#555}"
    )
    _html("sv", "Vision 2040 och mål för mandatperioden 2027–2030 – Ormsjö kommun", css, body,
          d / "parent.pdf")

    c = {
        "n1": "Fler deltagare i nämndens arbetsmarknadsinsatser ska gå vidare till arbete eller "
              "studier.",
        "n2": "Fler vuxna ska ta examen från en yrkesutbildning inom vård, bygg eller industri.",
        "n3": "Nyanlända ska nå målen i sfi snabbare och kombinera sfi med praktik.",
        "n4": "Deltagare och besökare ska känna sig trygga i nämndens lokaler.",
        "n5": "Medarbetarna ska ha en god arbetsmiljö och en sjukfrånvaro under 6 procent.",
        "n6": "Alla ansökningar till vuxenutbildningen ska kunna göras digitalt.",
    }
    m = {
        "jobb": "Jobbspår inom handel, vård och lager tillsammans med arbetsgivare",
        "fs": "Alla som söker försörjningsstöd erbjuds en arbetsmarknadsinsats inom fyra veckor",
        "yv": "Regionalt yrkesvux med 60 nya platser inom bristyrken",
        "bransch": "Branschråd med företagen i Ormsjö som planerar utbildningarnas innehåll "
                   "och praktikplatser",
        "sfiyrk": "Sfi kombinerad med yrkesutbildning och praktik",
        "modersm": "Studiehandledning på modersmål i sfi och komvux",
        "pass": "Nytt passersystem och larm i Vuxenutbildningscentrum",
        "vard": "Entrévärdar kvällstid i Vuxenutbildningscentrum",
        "frisk": "Friskvårdstimme för alla medarbetare",
        "chef": "Ledarutveckling för nämndens chefer och systematiskt arbetsmiljöarbete",
        "etj": "E-tjänst för ansökan till komvux och sfi",
    }
    nm = [
        (c["n1"], "Fler i arbete", [m["jobb"], m["fs"]]),
        (c["n2"], "Utbildning för livet", [m["yv"], m["bransch"]]),
        (c["n3"], "Fler i arbete, Utbildning för livet", [m["sfiyrk"], m["modersm"]]),
        (c["n4"], "Trygghet i vardagen", [m["pass"], m["vard"]]),
        (c["n5"], "Attraktiv arbetsgivare", [m["frisk"], m["chef"]]),
        (c["n6"], "Effektiv förvaltning", [m["etj"]]),
    ]
    child = [
        ("title", "Verksamhetsplan 2027"),
        ("sub", "Ormsjö kommun · Arbetsmarknads- och vuxenutbildningsnämnden · Beslutad av "
         "nämnden 9 december 2026, § 112"),
        ("h1", "1 Inledning"),
        ("p", "Verksamhetsplanen visar vad arbetsmarknads- och vuxenutbildningsnämnden ska "
         "uppnå under 2027 och hur. Nämnden ansvarar för arbetsmarknadsinsatser, "
         "försörjningsstöd, kommunal vuxenutbildning och sfi."),
        ("p", "Verksamhetsplanen bidrar till samtliga sju mål i Vision 2040. Under varje "
         "nämndmål anges i kursiv stil vilket av kommunfullmäktiges mål det bidrar till."),
        ("h1", "2 Förutsättningar"),
        ("p", "Arbetslösheten i Ormsjö är 8,4 procent, och var tredje arbetslös har varit utan "
         "arbete i mer än ett år. 640 elever läser på komvux och 310 på sfi. Många "
         "arbetsgivare inom vård och bygg har svårt att rekrytera."),
        ("h1", "3 Nämndmål 2027"),
    ]
    for i, (goal, kfn, acts) in enumerate(nm, 1):
        child += [("h2", f"Nämndmål {i}"), ("b", goal), ("i", f"Kommunfullmäktiges mål: {kfn}"),
                  ("p", "Aktiviteter 2027:")]
        child += [("p", f"– {a}") for a in acts]
    cited = {x.strip() for _, kfn, _ in nm for x in kfn.split(",")}
    if cited - set(names.values()) != {"Effektiv förvaltning"}:
        raise SystemExit(f"ormsjö: cited names {sorted(cited)}")
    child += [
        ("h1", "4 Uppföljning"),
        ("p", "Nämnden följer upp nämndmålen i delårsrapporten per augusti och i "
         "verksamhetsberättelsen för 2027."),
    ]
    _docx(child, d / "child.pdf", title="Verksamhetsplan 2027 – Arbetsmarknads- och "
          "vuxenutbildningsnämnden", author="Ormsjö kommun",
          header="ORMSJÖ KOMMUN · ARBETSMARKNADS- OCH VUXENUTBILDNINGSNÄMNDEN",
          footer="Verksamhetsplan 2027", lang="sv-SE", font="Liberation Sans", size=10,
          color="1D4E6E")

    goals_ = [
        G("1", g["1"], "followed_up", [c["n1"], c["n3"], m["jobb"], m["fs"], m["sfiyrk"]],
          ev="Fler deltagare i nämndens arbetsmarknadsinsatser",
          note="the goals are kommunfullmäktige's seven goals, printed round the WHEEL on page 1 "
          "(number, short name, sentence set in a circle round the vision) and again as a list "
          "on page 2; id = the number, gold text = the sentence (the short name is a name). "
          "The vision in the hub, the figure caption, the 'Indikator:' lines and 'Styrning och "
          "uppföljning' are no goals. Work (job tracks with employers, sfi with work "
          "placements) and fewer on income support (everyone applying is offered a measure "
          "within four weeks)"),
        G("2", g["2"], "partial", [c["n2"], c["n3"], m["yv"], m["sfiyrk"], m["modersm"]],
          ev="Fler vuxna ska ta examen",
          missing=["fler unga ska fullfölja gymnasiet"],
          note="adult learning (vocational adult education, sfi, mother-tongue support); "
          "nothing for young people who leave upper secondary school, though the nämnd runs "
          "adult education"),
        G("3", g["3"], "followed_up", [c["n2"], m["yv"], m["bransch"]],
          ev="Branschråd med företagen i Ormsjö",
          note="in other words, never named: no italic line says 'Starkt näringsliv', but 60 "
          "new places in shortage occupations and industry councils that plan the courses "
          "with Ormsjö's firms give the firms the competence they need"),
        G("4", g["4"], "not_followed_up",
          note="trap (goal named, not served): 'Nämndmål 4' ('… trygga i nämndens lokaler') "
          "carries the italic line 'Kommunfullmäktiges mål: Trygghet i vardagen', but "
          "security in the nämnd's own premises (access system, hosts at the entrance) is not "
          "residents' safety in their neighbourhood or the town centre"),
        G("5", g["5"], "not_followed_up",
          note="claimed, not followed up: the introduction says 'Verksamhetsplanen bidrar "
          "till samtliga sju mål i Vision 2040'; no nämndmål or activity on emissions"),
        G("6", g["6"], "partial", [c["n3"], m["sfiyrk"]], ev="Sfi kombinerad med yrkesutbildning",
          missing=["delaktighet i samhällslivet och föreningslivet"],
          note="newcomers into work (sfi with vocational training and placements); nothing on "
          "taking part in society or associations. The italic line of Nämndmål 3 names 'Fler i "
          "arbete, Utbildning för livet', not this goal — served by content"),
        G("7", g["7"], "followed_up", [c["n5"], m["frisk"], m["chef"]],
          ev="Medarbetarna ska ha en god",
          note="good working environment and low sickness absence (wellness hour, leadership "
          "development) = an attractive employer with healthy, engaged staff; the italic line "
          "names the goal, and content agrees"),
    ]
    kids = [
        C(c["n1"], ["1"], note="the child goals are the sentences in bold under 'Nämndmål 1'–"
          "'Nämndmål 6'; the '– ' lines under 'Aktiviteter 2027:' are activities (measures, in "
          "served_by beside the goals they serve); the italic lines 'Kommunfullmäktiges mål: "
          "…' are citations by name, no goals"),
        C(c["n2"], ["2", "3"], note="its italic line names 'Utbildning för livet' only; "
          "vocational exams in shortage trades also serve goal 3 (competence for firms)"),
        C(c["n3"], ["1", "2", "6"]),
        C(c["n4"], [], note="security in the nämnd's own premises: cites 'Trygghet i vardagen' "
          "but serves no goal of kommunfullmäktige — stands alone"),
        C(c["n5"], ["7"]),
        C(c["n6"], [], note="digital applications: cites 'Effektiv förvaltning', a goal of the "
          "previous term that 'har utgått' (parent p. 2) — stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, DejaVu Sans 9.5; Vision 2040 och mål 2027–2030, 2 pp.): "
        "page 1 a goal WHEEL (SVG: seven coloured ring sectors round a dark hub with the "
        "vision; in each sector the number and short name in bold over the goal sentence "
        "wrapped in small type, real text set round the circle) and a figure caption; page 2 "
        "the same goals as a list (numbered disc, short name, sentence, 'Indikator:' line) and "
        "'Styrning och uppföljning'; footer centred 'Ormsjö kommun · Vision 2040 · sida n'; "
        "child PDF (python-docx → LibreOffice, Liberation Sans 10; verksamhetsplan 2027): per "
        "Heading 2 'Nämndmål n' a bold goal sentence, an ITALIC line 'Kommunfullmäktiges mål: "
        "<short name>' and 'Aktiviteter 2027:' over typed '– ' lines; header over a rule, "
        "footer left + page number right",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Rugholm (da)


@pair
def rugholm_landdistrikter(d: Path) -> dict:
    g = {
        "1": "Landsbyerne skal være levende steder med plads til nye borgere og nye boliger.",
        "2": "Alle skal have hurtigt internet og god mobildækning, uanset hvor i kommunen de "
             "bor.",
        "3": "Det skal være let at komme rundt uden bil – på cykel og med kollektiv trafik – "
             "også i landdistrikterne.",
        "4": "Foreningslivet og de lokale fællesskaber skal styrkes, så flere deltager.",
        "5": "Borgerne skal have let adgang til læge og sundhedstilbud, også når de bor langt "
             "fra byen.",
        "6": "Rugholm skal være CO2-neutral i 2035, og lokale energifællesskaber skal have gode "
             "vilkår.",
        "7": "Naturen skal have mere plads, og flere skal kunne færdes i den.",
    }
    themes = [
        ("Tema 1 · Hele kommunen skal leve",
         "Rugholm by vokser, mens mange landsbyer mister indbyggere, butikker og busser. "
         "Hver tredje borger bor uden for byen.", ["1", "2", "3"],
         ["Vi udlægger byggegrunde i landsbyerne.", "Vi samarbejder med teleselskaberne.",
          "Vi planlægger trafikken for hele kommunen, ikke kun for byen."]),
        ("Tema 2 · Fællesskab og sundhed",
         "Foreningerne mangler frivillige ledere, og flere ældre bor langt fra læge og "
         "sundhedscenter.", ["4", "5"],
         ["Vi støtter forsamlingshuse og lokalråd.", "Vi bringer tilbud ud, hvor borgerne bor."]),
        ("Tema 3 · Grøn omstilling",
         "Landbrug og transport står for det meste af udledningen. Kommunen har få større "
         "naturområder.", ["6", "7"],
         ["Vi arbejder med landbruget om grøn omstilling.",
          "Vi udlægger ny natur og nye stier."]),
    ]
    parent = [
        ("title", "Udviklingsstrategi 2027–2035"),
        ("sub", "Rugholm Kommune · Vedtaget af byrådet den 22. april 2027"),
        ("h1", "Forord"),
        ("p", "Udviklingsstrategien er byrådets fælles retning for Rugholm frem mod 2035. Den "
         "er kommunens planstrategi og samler de politiske mål for hele kommunen, by og land. "
         "Strategien følges op i kommuneplanen, i udvalgenes politikker og i handleplanerne."),
        ("h1", "Vision"),
        ("p", "Rugholm – plads til at leve."),
    ]
    for name, bg, ids, how in themes:
        parent += [("band", name), ("p", bg), ("lab", "Byrådets mål"),
                   ("hang", [(i, g[i]) for i in ids]), ("lab", "Sådan arbejder vi"),
                   ("inline", how)]
    parent += [
        ("h1", "Opfølgning"),
        ("p", "Udvalgene laver handleplaner, der viser, hvordan målene følges op. Byrådet gør "
         "status på strategien hvert andet år."),
    ]
    _odt(parent, d / "parent.pdf", title="Udviklingsstrategi 2027–2035 – Rugholm Kommune",
         header="Rugholm Kommune · Udviklingsstrategi 2027–2035",
         footer="Udviklingsstrategi 2027–2035", font="Liberation Sans", size=10,
         color="#7A3B2E", tint="#F3E6E1", lang="da", country="DK")

    c = {
        "c1": "Mindst 60 nye borgere skal flytte til landsbyerne hvert år.",
        "c2": "Alle adresser i kommunen skal kunne få fibernet inden udgangen af 2028.",
        "c3": "Flere skal bruge flextur og bus i landdistrikterne.",
        "c4": "Flere borgere skal være aktive i forsamlingshuse, foreninger og lokalråd.",
        "c5": "Sundhedstilbud skal komme tættere på borgerne i landsbyerne.",
        "c6": "Turismen i landdistrikterne skal vokse med 10 procent.",
    }
    m = {
        "grund": "Byggegrunde til 1 kr. i Sønderholt, Hjortsø og Lunde",
        "nedriv": "Nedrivningspulje til faldefærdige huse i landsbyerne",
        "fiber": "Tilskud til fibernet til de sidste 900 adresser",
        "mast": "To nye mobilmaster ved Sønderholt og Hjortsø i samarbejde med teleselskaberne",
        "flex": "Flextur til samme takst som bus i hele kommunen",
        "pulje": "Landsbypuljen: tilskud til forsamlingshuse, legepladser og lokale projekter "
                 "(kan også søges til grønne projekter)",
        "frivil": "Frivilligpris og fælles foreningsportal for landdistrikterne",
        "bus": "Sundhedsbus med sygeplejerske og forebyggende tilbud i 12 landsbyer hver måned",
        "turist": "Markedsføring af landdistrikterne som turistmål med bed and breakfast og "
                  "gårdbutikker",
    }
    rows = [
        ("span", "Bosætning"),
        (m["grund"], "Plan og Byg", "–", "2027"),
        (m["nedriv"], "Plan og Byg", "2,0 mio. kr.", "2027–2028"),
        ("span", "Digital infrastruktur"),
        (m["fiber"], "Digitalisering", "4,5 mio. kr.", "2027–2028"),
        (m["mast"], "Digitalisering", "–", "2028"),
        ("span", "Mobilitet"),
        (m["flex"], "Trafik og Vej", "0,8 mio. kr. årligt", "2027"),
        ("span", "Fællesskab og sundhed"),
        (m["pulje"], "Landdistriktskoordinator", "1,5 mio. kr. årligt", "Årligt"),
        (m["frivil"], "Kultur og Fritid", "0,1 mio. kr.", "2027"),
        (m["bus"], "Sundhed og Forebyggelse", "0,9 mio. kr. årligt", "2027–2028"),
        ("span", "Turisme"),
        (m["turist"], "Visit Rugholm", "0,3 mio. kr.", "2027–2028"),
    ]
    child = [
        ("kicker", "RUGHOLM KOMMUNE · UDVALGET FOR LANDDISTRIKTER OG ERHVERV"),
        ("title", "Landdistriktshandleplan 2027–2028"),
        ("sub", "Vedtaget af Udvalget for Landdistrikter og Erhverv den 2. december 2027"),
        ("h1", "Forord"),
        ("p", "Landdistrikterne er en stor del af Rugholm. Her bor hver tredje borger, og her "
         "ligger 24 landsbyer med hver deres forsamlingshus, foreninger og ildsjæle."),
        ("p", "Handleplanen følger op på udviklingsstrategiens mål om levende landsbyer, stærke "
         "fællesskaber, bedre mobilitet og grøn omstilling i landdistrikterne. Den er blevet "
         "til i dialog med lokalrådene og Landdistriktsrådet."),
        ("sig", ["Karen Mølgaard", "Formand for Udvalget for Landdistrikter og Erhverv"]),
        ("h1", "1 Landdistrikterne i tal"),
        ("dash", ["11 200 borgere bor i landdistrikterne, 400 færre end i 2017.",
                  "900 adresser kan ikke få fibernet.",
                  "Tre landsbyer har mistet deres dagligvarebutik siden 2020.",
                  "Den nærmeste lægepraksis ligger op til 25 km væk."]),
        ("h1", "2 Mål for 2027–2028"),
        ("sq", [c[f"c{i}"] for i in range(1, 7)]),
        ("h1", "3 Indsatser"),
        ("table", ["Indsats", "Ansvar", "Økonomi", "Tid"], rows, [86, 34, 26, 20]),
        ("p", "Cykelstier mellem landsbyerne indgår i kommunens cykelhandleplan og er ikke en "
         "del af denne handleplan."),
        ("h1", "4 Opfølgning"),
        ("p", "Udvalget gør status på handleplanen to gange om året, og lokalrådene inviteres "
         "til et årligt dialogmøde om indsatserne."),
    ]
    _rl_doc(d / "child.pdf", child, fonts=_p44._rl_fonts("DejaVuSansCondensed"), base=9.5,
            accent="#7A3B2E", tint="#F3E6E1", title="Landdistriktshandleplan 2027–2028",
            author="Rugholm Kommune", header="Rugholm Kommune · Landdistriktshandleplan "
            "2027–2028", footer="Landdistriktshandleplan 2027–2028", page_word="Side")

    goals_ = [
        G("1", g["1"], "followed_up", [c["c1"], m["grund"], m["nedriv"]],
          ev="Mindst 60 nye borgere skal",
          note="the goals are the lines under 'Byrådets mål' in the three 'Tema' bands, typed "
          "'1'–'7' before a tab (id = the printed number); the vision, the background texts, "
          "'Sådan arbejder vi' ('Vi …', strategies) and 'Opfølgning' are no goals. New "
          "residents (60 a year) and room for homes (plots for 1 krone, a demolition pool); "
          "the foreword's 'levende landsbyer' claim is true by content"),
        G("2", g["2"], "followed_up", [c["c2"], m["fiber"], m["mast"]],
          ev="Alle adresser i kommunen skal",
          note="in other words and NOT named in the foreword: fibre for the last 900 addresses "
          "and two new mobile masts = fast internet and mobile coverage wherever people live"),
        G("3", g["3"], "partial", [c["c3"], m["flex"]], ev="Flextur til samme takst som",
          missing=["cykling (cykelstier mellem landsbyerne)"],
          note="collective transport (flextur at bus fare); cycling is left to another plan "
          "('Cykelstier … indgår i kommunens cykelhandleplan og er ikke en del af denne "
          "handleplan'). The foreword's 'bedre mobilitet' holds for half the goal"),
        G("4", g["4"], "followed_up", [c["c4"], m["pulje"], m["frivil"]],
          ev="Flere borgere skal være aktive",
          note="village pool for village halls and local projects, a volunteer prize and an "
          "association portal; more people active in halls, clubs and local councils"),
        G("5", g["5"], "partial", [c["c5"], m["bus"]], ev="Sundhedsbus med sygeplejerske og",
          missing=["adgang til læge"],
          note="health services closer to the villages (a monthly health bus with a nurse); "
          "nothing on access to a doctor, which the plan's own figures name ('Den nærmeste "
          "lægepraksis ligger op til 25 km væk')"),
        G("6", g["6"], "not_followed_up",
          note="trap (claimed in the foreword, not followed up): 'Handleplanen følger op på "
          "udviklingsstrategiens mål om … grøn omstilling'; the only green word is the "
          "bracket in the village-pool row '(kan også søges til grønne projekter)' — a pool "
          "that may be used, no goal or measure for CO2 neutrality or energy communities"),
        G("7", g["7"], "not_followed_up",
          note="silent: nothing on nature or paths; not claimed either"),
    ]
    kids = [
        C(c["c1"], ["1"], note="the child goals are the '▪' lines under '2 Mål for "
          "2027–2028'; the rows of '3 Indsatser' are measures (in served_by beside the goals "
          "they serve); the foreword sentence is a claim, and the figures under "
          "'Landdistrikterne i tal' are facts — neither are goals"),
        C(c["c2"], ["2"]),
        C(c["c3"], ["3"]),
        C(c["c4"], ["4"]),
        C(c["c5"], ["5"]),
        C(c["c6"], [], note="tourism in the countryside: no goal of the udviklingsstrategi — "
          "stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (odfpy → LibreOffice, Liberation Sans 10; udviklingsstrategi "
        "2027–2035): 'Forord', 'Vision', three tinted bands 'Tema n · …' with a rule at the "
        "left, each a background text, a small 'Byrådets mål' label over goals typed '1'–'7' "
        "before a tab (hanging indent) and 'Sådan arbejder vi' • lines; header right, footer "
        "centred '… – n'; child PDF (reportlab, DejaVu Sans Condensed 9.5; "
        "landdistriktshandleplan 2027–2028): a 'Forord' whose one sentence names four goals "
        "of the parent ('Handleplanen følger op på udviklingsstrategiens mål om …') and a "
        "signature, '–' facts, goals as '▪' bullets, a table `Indsats | Ansvar | Økonomi | "
        "Tid` with tinted group rows; no other reference to the parent; header over a rule, "
        "footer left + 'Side n' right",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Hathersley (en)


@pair
def hathersley_place_directorate(d: Path) -> dict:
    g = {
        "1": "Local businesses grow and create more good jobs for Hathersley people.",
        "2": "Hathersley town centre is busy, attractive and safe, day and night.",
        "3": "The council's own buildings and vehicles are net zero carbon by 2030.",
        "4": "Streets and public spaces are clean, and more household waste is recycled.",
        "5": "Fewer homes and businesses are at risk of flooding.",
        "6": "More journeys are made on foot, by bike or by bus.",
        "7": "Everyone has access to a safe, warm and affordable home.",
    }
    prios = [
        ("Priority A: A thriving place",
         "Hathersley has lost 1,900 manufacturing jobs since 2015, and one shop unit in six "
         "in the town centre stands empty.", ["1", "2"],
         ["Number of businesses in the borough", "Vacant shop units in the town centre"]),
        ("Priority B: A green and clean borough",
         "Residents tell us that clean streets and climate change matter to them more than "
         "ever. The floods of 2024 reached 140 homes in Lowfield.", ["3", "4", "5"],
         ["Council carbon emissions (tonnes CO2e)", "Household recycling rate",
          "Properties at high flood risk"]),
        ("Priority C: Healthy and connected communities",
         "Two in three journeys under two miles are made by car, and 1,400 households are on "
         "the housing register.", ["6", "7"],
         ["Share of short journeys on foot or by bike", "Households in temporary "
          "accommodation"]),
    ]
    parent = [
        ("title", "Council Plan 2026–2030"),
        ("sub", "Hathersley Borough Council · Adopted by Full Council on 15 July 2026"),
        ("h1", "Leader's foreword"),
        ("p", "This plan sets out what the council will achieve for Hathersley over the next "
         "four years. It was shaped by more than 2,000 residents who took part in our 'Your "
         "Hathersley' survey."),
        ("h1", "Our vision"),
        ("i", "A proud, green and prosperous Hathersley."),
        ("h1", "Our priorities and outcomes"),
        ("p", "The plan has three priorities and seven outcomes, numbered 1 to 7 through the "
         "plan. Directorate plans show which outcomes each action contributes to."),
        ("table", ["Priority", "Outcomes"],
         [("A thriving place", "1 and 2"), ("A green and clean borough", "3, 4 and 5"),
          ("Healthy and connected communities", "6 and 7")], [90, 80]),
    ]
    for name, bg, ids, kpis in prios:
        parent += [("h2", name), ("p", bg), ("b", "Outcomes"), ("num", [g[i] for i in ids]),
                   ("b", "How we will measure success")]
        parent += [("p", f"– {k}") for k in kpis]
    parent += [
        ("h1", "Delivering the plan"),
        ("p", "Each directorate sets out in its annual directorate plan the actions it will "
         "take and the outcomes they support. Progress is reported to Cabinet every quarter."),
    ]
    _docx(parent, d / "parent.pdf", title="Council Plan 2026–2030 – Hathersley Borough Council",
          author="Hathersley Borough Council", header="HATHERSLEY BOROUGH COUNCIL · COUNCIL "
          "PLAN 2026–2030", footer="Council Plan 2026–2030", lang="en-GB",
          font="Liberation Sans", size=10, color="6A1F4C")

    c = {
        "pd1": "Help local businesses start, grow and create jobs for local people.",
        "pd2": "Bring more visitors, events and investment to the town centre.",
        "pd3": "Cut carbon emissions from our buildings, street lighting and fleet.",
        "pd4": "Raise the household recycling rate to 55% by 2029.",
        "pd5": "Make walking and cycling a safe and easy choice for short journeys.",
        "pd6": "Deliver a balanced directorate budget, including £1.2m of savings.",
    }
    m = {
        "hub": "Open the Enterprise Hub at the former Tanyard Lane depot with 40 start-up units",
        "works": "Hathersley Works: job brokerage with local employers for 200 residents",
        "events": "Twelve markets and evening events in Market Square",
        "shop": "Shopfront improvement grants for 25 town-centre businesses",
        "cctv": "New CCTV and brighter street lighting in the evening economy area",
        "led": "Replace 6,000 street lights with LED lanterns",
        "ev": "Replace 30 fleet vans with electric vehicles",
        "heat": "Heat pumps and solar panels at Cinderhill Depot",
        "food": "Weekly food waste collection for every household",
        "flats": "Recycling bins for 40 blocks of flats",
        "route": "Build the Riverside walking and cycling route from Cinderhill to the station",
        "resurf": "Resurface 40 km of roads in the highways programme",
        "park": "Secure cycle parking at ten schools",
        "save": "Deliver the directorate's £1.2m savings programme",
        "asset": "Introduce the new asset management system",
    }
    acts = [
        ("PL01", m["hub"], "All", "Economic Growth Manager", "Sep 2027"),
        ("PL02", m["works"], "All", "Economic Growth Manager", "Mar 2028"),
        ("PL03", m["events"], "2", "Town Centre Manager", "Mar 2028"),
        ("PL04", m["shop"], "2", "Town Centre Manager", "Dec 2027"),
        ("PL05", m["cctv"], "2", "Head of Highways", "Jan 2028"),
        ("PL06", m["led"], "3", "Head of Highways", "Mar 2028"),
        ("PL07", m["ev"], "3", "Fleet Manager", "Mar 2028"),
        ("PL08", m["heat"], "3", "Head of Property", "Oct 2027"),
        ("PL09", m["food"], "4", "Head of Waste and Street Scene", "Apr 2027"),
        ("PL10", m["flats"], "4", "Head of Waste and Street Scene", "Sep 2027"),
        ("PL11", m["route"], "6", "Head of Highways", "Mar 2028"),
        ("PL12", m["resurf"], "6", "Head of Highways", "Mar 2028"),
        ("PL13", m["park"], "6", "Transport Planning Manager", "Jul 2027"),
        ("PL14", m["save"], "All", "Director of Place", "Mar 2028"),
        ("PL15", m["asset"], "All", "Head of Property", "Dec 2027"),
    ]
    trs = "".join(f"<tr><td class='ref'>{r}</td><td>{e(a)}</td><td class='oc'>{o}</td>"
                  f"<td>{e(lead)}</td><td class='due'>{due}</td></tr>"
                  for r, a, o, lead, due in acts)
    pds = "".join(f"<div class='pd'><b>PD{i}</b><span>{e(c[f'pd{i}'])}</span></div>"
                  for i in range(1, 7))
    body = [
        "<div class='band'><span>Hathersley Borough Council</span><span>Directorate Plan "
        "2027/28</span></div>",
        "<h1>Place Directorate Plan 2027/28</h1>",
        "<p class='meta'>Director of Place · Approved by the Corporate Leadership Team on 14 "
        "March 2027</p>",
        "<div class='cols'><div><h2>1 About the directorate</h2>",
        "<p>The Place Directorate brings together Economic Growth, Planning, Highways and "
        "Transport, Waste and Street Scene, and Property. It has 410 staff and a net budget of "
        "£18.6 million.</p>",
        "<p>This plan shows how the directorate contributes to the Council Plan 2026–2030. "
        "Housing (Outcome 7) is delivered by the People Directorate and is covered by its "
        "plan. Flood risk management is led by Northshire County Council as the Lead Local "
        "Flood Authority.</p></div>",
        f"<div><h2>2 Our objectives for 2027/28</h2>{pds}</div></div>",
        "<h2>3 Action plan</h2>",
        "<p class='leg'>The Outcome column gives the Council Plan outcome(s) each action "
        "contributes to. ‘All’ means the action supports every outcome.</p>",
        "<table class='act'><thead><tr><th style='width:7%'>Ref</th><th>Action</th>"
        "<th style='width:9%'>Outcome</th><th style='width:22%'>Lead</th>"
        "<th style='width:10%'>Due</th></tr></thead>"
        f"<tbody>{trs}</tbody></table>",
        "<h2>4 Risks</h2>",
        "<p>The main risks are contractor capacity for the highways programme and the price of "
        "electric vehicles. Both are on the directorate risk register.</p>",
    ]
    css = (
        "@page{size:A4 landscape;margin:13mm 15mm 15mm 15mm;"
        "@bottom-left{content:'Place Directorate Plan 2027/28';font:7.5pt 'Liberation Sans';"
        "color:#777}"
        "@bottom-right{content:'Page ' counter(page) ' of ' counter(pages);"
        "font:7.5pt 'Liberation Sans';color:#777}}"
        "body{font:9pt/1.4 'Liberation Sans';color:#222;margin:0}"
        ".band{display:flex;justify-content:space-between;background:#6a1f4c;color:#fff;"
        "font:bold 8pt 'Liberation Sans';padding:5px 8px;margin-bottom:6px}"
        "h1{font:bold 17pt 'Liberation Sans';color:#6a1f4c;margin:2px 0 1px}"
        ".meta{color:#666;font-size:8pt;margin:0 0 6px}"
        "h2{font:bold 11pt 'Liberation Sans';color:#6a1f4c;margin:8px 0 4px}"
        "p{margin:0 0 5px}"
        ".cols{display:grid;grid-template-columns:1fr 1fr;gap:22px}"
        ".pd{display:grid;grid-template-columns:34px 1fr;margin:0 0 3px}.pd b{color:#6a1f4c}"
        ".leg{font-style:italic;color:#444;font-size:8.5pt}"
        "table.act{border-collapse:collapse;width:100%;font-size:8.5pt}"
        "table.act th{background:#6a1f4c;color:#fff;text-align:left;padding:4px 6px}"
        "table.act td{border:1px solid #bbb;padding:3px 6px;vertical-align:top}"
        "td.oc{text-align:center;font-weight:bold}"
        "td.ref{color:#555}"
    )
    _html("en", "Place Directorate Plan 2027/28 – Hathersley Borough Council", css, body,
          d / "child.pdf")

    goals_ = [
        G("1", g["1"], "followed_up", [c["pd1"], m["hub"], m["works"]],
          ev="Help local businesses start, grow",
          note="the goals are the Word-numbered outcomes 1–7 under 'Outcomes' in the three "
          "'Priority' sections (numbering continues through the plan; id = the number); the "
          "vision, the background texts, 'How we will measure success' (indicators), the "
          "summary table 'Priority | Outcomes' and 'Delivering the plan' are no goals. In "
          "other words and never cited by number: the Enterprise Hub's start-up units and job "
          "brokerage with local employers — both rows say 'All' in the Outcome column"),
        G("2", g["2"], "followed_up", [c["pd2"], m["events"], m["shop"], m["cctv"]],
          ev="Bring more visitors, events and",
          note="busy (markets and evening events), attractive (shopfront grants) and safe day "
          "and night (CCTV and lighting in the evening economy area); rows cite '2'"),
        G("3", g["3"], "followed_up", [c["pd3"], m["led"], m["ev"], m["heat"]],
          ev="Cut carbon emissions from our",
          note="LED street lights, electric fleet, heat pumps and solar at the depot = the "
          "council's own buildings and vehicles; rows cite '3'"),
        G("4", g["4"], "partial", [c["pd4"], m["food"], m["flats"]],
          ev="Raise the household recycling rate",
          missing=["clean streets and public spaces"],
          note="recycling (food waste collection, bins for flats); nothing on street cleaning, "
          "litter or fly-tipping, though Waste and Street Scene sits in the directorate"),
        G("5", g["5"], "not_followed_up",
          note="trap ('All' is no follow-up): the only rows that could be read as contributing "
          "are the four 'All' rows (Enterprise Hub, job brokerage, savings programme, asset "
          "management system), none of them about flooding; the introduction leaves flood "
          "risk to Northshire County Council as Lead Local Flood Authority"),
        G("6", g["6"], "partial", [c["pd5"], m["route"], m["park"]],
          ev="Build the Riverside walking and",
          missing=["journeys by bus"],
          note="walking and cycling (the Riverside route, cycle parking at schools); nothing "
          "for buses. Trap (number cited, not served): PL12 'Resurface 40 km of roads …' cites "
          "'6', but resurfacing roads does not move journeys from the car"),
        G("7", g["7"], "not_followed_up",
          note="named in passing and left to another body: 'Housing (Outcome 7) is delivered "
          "by the People Directorate and is covered by its plan'; no row cites 7"),
    ]
    kids = [
        C(c["pd1"], ["1"], note="the child goals are the directorate objectives PD1–PD6 "
          "(gold text without the code); the Action cells of the action plan are measures (in "
          "served_by beside the goals they serve); the Outcome numbers and 'All', leads and "
          "dates are no goals"),
        C(c["pd2"], ["2"]),
        C(c["pd3"], ["3"]),
        C(c["pd4"], ["4"]),
        C(c["pd5"], ["6"]),
        C(c["pd6"], [], note="a balanced budget and savings: no outcome of the Council Plan "
          "(its row says 'All') — stands alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Sans 10; Council Plan "
        "2026–2030): a summary table 'Priority | Outcomes', then per Heading 2 'Priority X: …' "
        "a background text, a bold 'Outcomes' over a Word decimal list numbered 1–7 through "
        "the plan, and 'How we will measure success' '– ' lines; header over a rule, footer "
        "left + page number right; child PDF (Chromium, Liberation Sans 9, A4 landscape; "
        "Place Directorate Plan 2027/28): a title band, two columns ('1 About the "
        "directorate', objectives PD1–PD6), then an action table `Ref | Action | Outcome | "
        "Lead | Due` whose Outcome cells hold a number or 'All' (bold, centred); margin boxes "
        "'Page n of N'",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder=BUILDER)


if __name__ == "__main__":
    main(sys.argv[1:])
