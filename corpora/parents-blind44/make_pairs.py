"""Build the forty-fourth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-07 by `bpar44` without reading plancheck's code, tests, rules, docs or bench
and without running it. Five pairs on forms made for this batch (see README.md for the forms and
the gold conventions):

- Brynsholm (nb): kommuneplanens samfunnsdel with a goal wheel and shaded 'Satsingsområde'
  boxes 'Dette vil vi oppnå' in two columns (Chromium) → handlingsprogram med økonomiplan,
  chapter 4, a table whose first column cites the parent's goals by number (python-docx).
- Hjelmsø (da): kommuneplan, hovedstruktur (reportlab) → erhvervs- og turismepolitik that
  QUOTES the parent's goals in a box 'Kommuneplanens mål' before its own (odfpy).
- Hollinsford (en): corporate plan, 'Priorities' and 'Outcomes we want' (Chromium) → economic
  development service plan with a column 'Link to corporate priority' (odfpy, landscape).
- Rökeby (sv): 'Vision och mål 2035', numbered goals continuing across a page break
  (python-docx) → handlingsplan för jämställdhet, goals as headings, measures as labelled
  blocks 'Ansvar:' / 'Tidsplan:' (reportlab).
- Lyngstølen (nn): samfunnsdel with hovudmål and delmål (odfpy) → plan for habilitering og
  rehabilitering with a 'Målhierarki' drawn as a table of boxes (python-docx).

    python corpora/parents-blind44/make_pairs.py                  # all pairs
    python corpora/parents-blind44/make_pairs.py --verify         # re-read the PDFs only
    python corpora/parents-blind44/make_pairs.py --twice          # build twice, compare sha256

The writers `_docx`, `_odt` and `_rl` below are this batch's own surfaces; the HTML → Chromium
wrapper and its list helpers are batch 43's (`_p43._html`, `_ul`, `_ol`); the gold writer and
checks (`G`, `C`, batch 14's `main`, batch 20's `verify`) come through batch 31's builder and
`pairkit.parents_main`.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import _docx_helpers as dh  # noqa: E402
import blindkit as bk  # noqa: E402
import pairkit as pk  # noqa: E402

_p43 = pk.load_module("parents_blind43_make_pairs", HERE.parent / "parents-blind43" / "make_pairs.py")
_p31 = pk.load_module("parents_blind31_make_pairs", HERE.parent / "parents-blind31" / "make_pairs.py")
_p20, _p14 = _p31._p20, _p31._p14
G, C = _p31.G, _p31.C
_html, _ul, _ol, e = _p43._html, _p43._ul, _p43._ol, _p43.e

PAIRS, pair = pk.pair_registry()
BUILDER = "corpora/parents-blind44/make_pairs.py"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


# =========================================================================== writers


def _docx(blocks, pdf: Path, *, title: str, author: str, header: str, footer: str, lang: str,
          font: str, size: float, color: str, landscape: bool = False) -> Path:
    """python-docx → LibreOffice. Header: HEADER left in small capitals-like grey over nothing;
    footer: FOOTER left, a tab, page number right (in one paragraph with a right tab stop).
    Blocks: ("title"|"sub"|"h1"|"h2"|"p"|"b"|"i", text); ("num", [..]) Word decimal list
    (one numbering for the whole document, so a later "num" block continues it unless
    ("num", [..], "restart")); ("pb",) page break; ("table", head, rows, widths, opts) rows of
    strings, a row ("span", text) is a shaded group row across the table; ("boxes", rows,
    widths) a borderless table with cell spacing whose cells are shaded boxes: each row a list
    of (label, text, span) — LABEL a small bold line, TEXT the box's body."""
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    doc = dh.new_document(font=font, size=size, margins_mm=20, heading_color=color)
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    rpr.find(qn("w:lang")).set(qn("w:val"), lang)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    width_mm = (297 if landscape else 210) - 40
    hp = sec.header.paragraphs[0]
    hp.text = ""
    dh.add_runs(hp, header, size=7.5, color="7F7F7F")
    dh._para_border(hp, "bottom", color=color)
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    from docx.shared import Twips

    for pos in (4680, 9360):  # the Footer style's own centre and right stops
        fp.paragraph_format.tab_stops.add_tab_stop(Twips(pos), WD_TAB_ALIGNMENT.CLEAR)
    fp.paragraph_format.tab_stops.add_tab_stop(Mm(width_mm), WD_TAB_ALIGNMENT.RIGHT)
    dh.add_runs(fp, footer + "\t", size=7.5, color="7F7F7F")
    dh.add_field(fp, "PAGE", "1", size=7.5)
    dec = dh.add_abstract_num(doc, "decimal")
    num = dh.add_num(doc, dec, restart_at=1)

    def cell_margins(table, mm: float):
        tblpr = table._tbl.tblPr
        mar = OxmlElement("w:tblCellMar")
        for side in ("top", "left", "bottom", "right"):
            el = OxmlElement(f"w:{side}")
            el.set(qn("w:w"), str(round(mm / 25.4 * 1440)))
            el.set(qn("w:type"), "dxa")
            mar.append(el)
        tblpr.append(mar)

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
        elif k == "b":
            dh.para(doc, b[1], bold=True, space_after=2, space_before=6, keep_with_next=True)
        elif k == "i":
            dh.para(doc, b[1], italic=True, space_after=5)
        elif k == "pb":
            dh.page_break(doc)
        elif k == "num":
            if len(b) > 2 and b[2] == "restart":
                num = dh.add_num(doc, dec, restart_at=1)
            for j, x in enumerate(b[1]):
                p = dh.list_item(doc, x, num, space_after=4)
                if len(b) > 2 and isinstance(b[2], int) and j == b[2]:
                    p.paragraph_format.page_break_before = True
        elif k == "table":
            _, head, rows, widths = b[:4]
            t = dh.new_table(doc, widths)
            dh.set_table_borders(t, color="A6A6A6", sz=4)
            r = dh.add_row(t, head, widths, size=size - 1, bold=True, fill=color)
            for c in r.cells:
                for run in c.paragraphs[0].runs:
                    run.font.color.rgb = RGBColor.from_string("FFFFFF")
            dh.set_repeat_header(r)
            for row in rows:
                if row[0] == "span":
                    rr = dh.add_row(t, [row[1]], widths, size=size - 1, bold=True, fill="E2EBF3",
                                    span_all=True, keep_with_next=True)
                else:
                    rr = dh.add_row(t, list(row), widths, size=size - 1)
                dh.set_cant_split(rr)
            dh.para(doc, "", space_after=2)
        elif k == "boxes":
            _, rows, widths = b
            t = dh.new_table(doc, widths, style=None)
            dh.set_table_borders(t, none=True)
            tblpr = t._tbl.tblPr
            sp = OxmlElement("w:tblCellSpacing")
            sp.set(qn("w:w"), str(round(2.5 / 25.4 * 1440)))
            sp.set(qn("w:type"), "dxa")
            tblpr.insert(0 if tblpr.find(qn("w:tblStyle")) is None else 1, sp)
            cell_margins(t, 2.2)
            for row in rows:
                tr = t.add_row()
                cells = tr.cells
                ci = 0
                for label, text, span, fill in row:
                    cell = cells[ci]
                    if span > 1:
                        cell = cell.merge(cells[ci + span - 1])
                    dh._set_cell_width(cell, sum(widths[ci:ci + span]))
                    ci += span
                    p0 = cell.paragraphs[0]
                    p0.paragraph_format.space_after = Pt(2)
                    dh.add_runs(p0, label, bold=True, size=size - 1.5, color=color)
                    p1 = cell.add_paragraph()
                    p1.paragraph_format.space_after = Pt(2)
                    dh.add_runs(p1, text, size=size)
                    dh.shade(cell, fill)
                    tcpr = cell._tc.get_or_add_tcPr()
                    bd = OxmlElement("w:tcBorders")
                    for side in ("top", "left", "bottom", "right"):
                        el = OxmlElement(f"w:{side}")
                        el.set(qn("w:val"), "single")
                        el.set(qn("w:sz"), "8")
                        el.set(qn("w:space"), "0")
                        el.set(qn("w:color"), color)
                        bd.append(el)
                    tcpr.append(bd)
                dh.set_cant_split(tr)
            dh.para(doc, "", space_after=4)
        else:
            raise ValueError(k)
    dh.set_core_properties(doc, title=title, author=author)
    with tempfile.TemporaryDirectory(prefix="parblind44-docx-") as tmp:
        src = Path(tmp) / (pdf.stem + ".docx")
        dh.save_deterministic(doc, src)
        out = dh.export_pdf(src, Path(tmp))
        pdf.write_bytes(out.read_bytes())
    return pdf


def _odt(blocks, pdf: Path, *, title: str, header: str, footer: str, font: str, size: float,
         color: str, tint: str, landscape: bool = False, lang: str = "da", country: str = "DK") -> Path:
    """odfpy → LibreOffice. Header: HEADER right in small grey type; footer: FOOTER centred
    with ' – n'. Blocks: ("title"|"sub"|"h1"|"h2"|"p"|"lab", text); ("band", text) a paragraph
    on a tinted background with a rule at its left (odfpy paragraph background); ("hang",
    [(label, text), ..]) label, a tab, the text in a hanging indent; ("inline", [..]) bullets
    '•' typed before a tab; ("box", heading, [lines]) a shaded one-cell table with a bold
    heading and '»' lines; ("table", head, rows, widths_mm) a table with a tinted header row
    repeated over page breaks."""
    from odf.dc import Language as DcLanguage
    from odf.dc import Title as DcTitle
    from odf.opendocument import OpenDocumentText
    from odf.style import (
        FontFace,
        Footer,
        Header,
        MasterPage,
        PageLayout,
        PageLayoutProperties,
        ParagraphProperties,
        Style,
        TableCellProperties,
        TableColumnProperties,
        TableProperties,
        TableRowProperties,
        TabStop,
        TabStops,
        TextProperties,
    )
    from odf.table import Table, TableCell, TableColumn, TableHeaderRows, TableRow
    from odf.text import H, P, PageNumber
    from odf.text import Tab as OTab

    doc = OpenDocumentText()
    doc.fontfacedecls.addElement(FontFace(name=font, fontfamily=font, fontfamilygeneric="swiss"))
    pw, ph = ("297mm", "210mm") if landscape else ("210mm", "297mm")
    text_w = (297 if landscape else 210) - 44
    pl = PageLayout(name="PL44")
    pl.addElement(PageLayoutProperties(pagewidth=pw, pageheight=ph, margintop="12mm",
                                       marginbottom="12mm", marginleft="22mm", marginright="22mm",
                                       printorientation="landscape" if landscape else "portrait"))
    doc.automaticstyles.addElement(pl)

    def pstyle(name, *, sz=size, bold=False, italic=False, col="#1a1a1a", before="0mm",
               after="2mm", indent=None, keep=False, tabs=None, bg=None, leftrule=None,
               align=None, auto=False):
        st = Style(name=name, family="paragraph")
        pp = dict(margintop=before, marginbottom=after)
        if indent:
            pp.update(marginleft=indent[0], textindent=indent[1])
        if keep:
            pp["keepwithnext"] = "always"
        if bg:
            pp.update(backgroundcolor=bg, padding="1.6mm")
        if leftrule:
            pp.update(borderleft=leftrule)
        if align:
            pp["textalign"] = align
        ppe = ParagraphProperties(**pp)
        if tabs:
            ts = TabStops()
            for t in tabs:
                ts.addElement(TabStop(position=t))
            ppe.addElement(ts)
        st.addElement(ppe)
        tp = dict(fontname=font, fontsize=f"{sz}pt", color=col, language=lang, country=country)
        if bold:
            tp["fontweight"] = "bold"
        if italic:
            tp["fontstyle"] = "italic"
        st.addElement(TextProperties(**tp))
        (doc.automaticstyles if auto else doc.styles).addElement(st)
        return st

    st = {
        "title": pstyle("B44Title", sz=size + 10, bold=True, col=color, after="1mm"),
        "sub": pstyle("B44Sub", sz=size - 0.5, col="#555555", after="7mm"),
        "h1": pstyle("B44H1", sz=size + 3.5, bold=True, col=color, before="6mm", after="2mm",
                     keep=True),
        "h2": pstyle("B44H2", sz=size + 1, bold=True, before="4mm", after="1.5mm", keep=True),
        "p": pstyle("B44Body", after="2.2mm"),
        "lab": pstyle("B44Lab", sz=size - 0.5, bold=True, col=color, before="2mm", after="1mm",
                      keep=True),
        "band": pstyle("B44Band", sz=size + 0.5, bold=True, bg=tint, before="4mm", after="2mm",
                       leftrule=f"1.2mm solid {color}", keep=True),
        "hang": pstyle("B44Hang", indent=("12mm", "-12mm"), after="1.6mm", tabs=["0mm"]),
        "inline": pstyle("B44Inl", indent=("5mm", "-5mm"), after="1.4mm", tabs=["0mm"]),
        "cell": pstyle("B44Cell", sz=size - 1, after="0.6mm"),
        "cellh": pstyle("B44CellH", sz=size - 1, bold=True, after="0.6mm"),
        "boxh": pstyle("B44BoxH", sz=size, bold=True, col=color, after="1.5mm"),
        "boxl": pstyle("B44BoxL", sz=size - 0.5, italic=True, indent=("5mm", "-5mm"),
                       after="1.2mm", tabs=["0mm"]),
        "hdr": pstyle("B44Hdr", sz=7.5, col="#666666", align="end", auto=True),
        "ftr": pstyle("B44Ftr", sz=7.5, col="#666666", align="center", auto=True),
    }
    cst = Style(name="B44TC", family="table-cell")
    cst.addElement(TableCellProperties(padding="1.2mm", border="0.4pt solid #9a9a9a"))
    doc.automaticstyles.addElement(cst)
    chst = Style(name="B44TCH", family="table-cell")
    chst.addElement(TableCellProperties(padding="1.2mm", border="0.4pt solid #9a9a9a",
                                        backgroundcolor=tint))
    doc.automaticstyles.addElement(chst)
    boxst = Style(name="B44BoxCell", family="table-cell")
    boxst.addElement(TableCellProperties(padding="3mm", border="none", backgroundcolor=tint))
    doc.automaticstyles.addElement(boxst)
    rst = Style(name="B44Row", family="table-row")
    rst.addElement(TableRowProperties(keeptogether="always"))
    doc.automaticstyles.addElement(rst)

    mp = MasterPage(name="Standard", pagelayoutname=pl)
    hd = Header()
    hd.addElement(P(stylename=st["hdr"], text=header))
    mp.addElement(hd)
    ft = Footer()
    fp = P(stylename=st["ftr"], text=footer + " – ")
    fp.addElement(PageNumber(selectpage="current", text="1"))
    ft.addElement(fp)
    mp.addElement(ft)
    doc.masterstyles.addElement(mp)

    ntab = [0]

    def table(widths):
        ntab[0] += 1
        name = f"B44T{ntab[0]}"
        ts = Style(name=name, family="table")
        ts.addElement(TableProperties(width=f"{sum(widths)}mm", align="left", margintop="1mm",
                                      marginbottom="3mm"))
        doc.automaticstyles.addElement(ts)
        t = Table(name=name, stylename=ts)
        for i, w in enumerate(widths):
            cs = Style(name=f"{name}.C{i}", family="table-column")
            cs.addElement(TableColumnProperties(columnwidth=f"{w}mm"))
            doc.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        return t

    for b in blocks:
        k = b[0]
        if k in ("h1", "h2"):
            doc.text.addElement(H(outlinelevel=int(k[1]), stylename=st[k], text=b[1]))
        elif k in ("hang", "inline"):
            for item in b[1]:
                label, text = item if k == "hang" else ("•", item)
                par = P(stylename=st[k], text=label)
                par.addElement(OTab())
                par.addText(text)
                doc.text.addElement(par)
        elif k == "box":
            t = table([text_w])
            tr = TableRow()
            tc = TableCell(stylename=boxst)
            tc.addElement(P(stylename=st["boxh"], text=b[1]))
            for line in b[2]:
                par = P(stylename=st["boxl"], text="»")
                par.addElement(OTab())
                par.addText(line)
                tc.addElement(par)
            tr.addElement(tc)
            t.addElement(tr)
            doc.text.addElement(t)
        elif k == "table":
            _, head, rows, widths = b
            t = table(widths)
            hr = TableHeaderRows()
            tr = TableRow(stylename=rst)
            for h in head:
                tc = TableCell(stylename=chst)
                tc.addElement(P(stylename=st["cellh"], text=h))
                tr.addElement(tc)
            hr.addElement(tr)
            t.addElement(hr)
            for row in rows:
                tr = TableRow(stylename=rst)
                for v in row:
                    tc = TableCell(stylename=cst)
                    for line in (v.split("\n") if v else [""]):
                        tc.addElement(P(stylename=st["cell"], text=line))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
        else:
            doc.text.addElement(P(stylename=st[k], text=b[1]))
    doc.meta.addElement(DcTitle(text=title))
    doc.meta.addElement(DcLanguage(text=f"{lang}-{country}"))
    with tempfile.TemporaryDirectory(prefix="parblind44-odt-") as tmp:
        src = Path(tmp) / (pdf.stem + ".odt")
        doc.save(str(src))
        bk.freeze_zip(src)
        out = bk.soffice_pdf(src, Path(tmp))
        pdf.write_bytes(out.read_bytes())
    return pdf


def _rl_fonts(family: str) -> dict[str, str]:
    """Register a TTF family for reportlab under P44-<family>; returns {style: name}."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    files = {
        "DejaVuSansCondensed": (DEJAVU, "DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
                                "DejaVuSansCondensed-Oblique.ttf",
                                "DejaVuSansCondensed-BoldOblique.ttf"),
        "LiberationSerif": (bk.LIBERATION, "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                            "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"),
    }[family]
    base = f"P44-{family}"
    names = {"normal": base, "bold": base + "-B", "italic": base + "-I", "boldItalic": base + "-BI"}
    for n, fn in zip(names.values(), files[1:], strict=True):
        pdfmetrics.registerFont(TTFont(n, str(files[0] / fn)))
    pdfmetrics.registerFontFamily(base, **names)
    return names


def _rl(pdf: Path, blocks, *, family: str, base: float, accent: str, title: str, author: str,
        side: str, foot: str) -> Path:
    """reportlab (invariant), A4 portrait. Furniture: a vertical accent band at the left page
    edge with SIDE written upwards in it, FOOT.format(n=page) bottom right over a thin rule.
    Blocks: ("title"|"sub"|"h1"|"h2"|"p"|"lead"|"lab", text); ("chev", [..]) '»' bullets;
    ("measure", title, [(label, value), ..]) a labelled block: bold title, then 'Label: value'
    lines with the label bold; ("note", text) a grey boxed paragraph."""
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    f = _rl_fonts(family)
    acc = colors.HexColor(accent)
    dark = colors.HexColor("#1d1d1d")
    ps = {
        "title": ParagraphStyle("t", fontName=f["bold"], fontSize=base + 9, leading=base + 13,
                                textColor=acc, spaceAfter=2),
        "sub": ParagraphStyle("s", fontName=f["normal"], fontSize=base - 0.5, leading=base + 4,
                              textColor=colors.HexColor("#555555"), spaceAfter=12),
        "h1": ParagraphStyle("h1", fontName=f["bold"], fontSize=base + 4, leading=base + 8,
                             textColor=acc, spaceBefore=10, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName=f["bold"], fontSize=base + 1.5, leading=base + 5,
                             textColor=dark, spaceBefore=9, spaceAfter=3),
        "p": ParagraphStyle("p", fontName=f["normal"], fontSize=base, leading=base * 1.42,
                            spaceAfter=5),
        "lead": ParagraphStyle("ld", fontName=f["italic"], fontSize=base + 1, leading=base * 1.5,
                               spaceAfter=6, textColor=acc),
        "lab": ParagraphStyle("lb", fontName=f["bold"], fontSize=base, leading=base + 4,
                              spaceBefore=4, spaceAfter=2),
        "li": ParagraphStyle("li", fontName=f["normal"], fontSize=base, leading=base * 1.4,
                             leftIndent=5 * mm, bulletIndent=0.5 * mm, spaceAfter=2),
        "mt": ParagraphStyle("mt", fontName=f["bold"], fontSize=base, leading=base * 1.35,
                             spaceBefore=5, spaceAfter=1),
        "ml": ParagraphStyle("ml", fontName=f["normal"], fontSize=base - 0.5, leading=base * 1.3,
                             leftIndent=4 * mm, spaceAfter=0),
        "note": ParagraphStyle("nt", fontName=f["italic"], fontSize=base - 0.5, leading=base * 1.35),
    }
    story = []
    for b in blocks:
        k = b[0]
        if k in ("title", "sub", "h1", "h2", "p", "lead", "lab"):
            story.append(Paragraph(e(b[1]), ps[k]))
        elif k == "chev":
            story += [Paragraph(e(x), ps["li"], bulletText="»") for x in b[1]]
            story.append(Spacer(1, 3))
        elif k == "measure":
            part = [Paragraph(e(b[1]), ps["mt"])]
            part += [Paragraph(f"<font name='{f['bold']}'>{e(lab)}:</font> {e(val)}", ps["ml"])
                     for lab, val in b[2]]
            story.append(KeepTogether(part))
        elif k == "note":
            t = Table([[Paragraph(e(b[1]), ps["note"])]], colWidths=[160 * mm])
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EFEFEF")),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 6),
                                   ("TOPPADDING", (0, 0), (-1, -1), 5),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
            story += [Spacer(1, 4), t, Spacer(1, 6)]
        else:
            raise ValueError(k)
    w, h = A4

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFillColor(acc)
        canvas.rect(0, 0, 9 * mm, h, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(f["bold"], 8)
        canvas.translate(6 * mm, 20 * mm)
        canvas.rotate(90)
        canvas.drawString(0, 0, side)
        canvas.restoreState()
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.setLineWidth(0.4)
        canvas.line(24 * mm, 14 * mm, w - 18 * mm, 14 * mm)
        canvas.setFont(f["normal"], 8)
        canvas.setFillColor(dark)
        canvas.drawRightString(w - 18 * mm, 10 * mm, foot.format(n=doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(pdf), pagesize=A4, title=title, author=author, creator=author,
        leftMargin=24 * mm, rightMargin=18 * mm, topMargin=18 * mm, bottomMargin=20 * mm,
        invariant=1,
    )
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return pdf


# =========================================================================== 1 Brynsholm (nb)


def _wheel_svg(centre: list[str], parts: list[str], colours: list[str]) -> str:
    """A goal wheel: three 120° segments round a white centre, the focus areas' names in the
    segments (text, not paths), the vision in the centre."""
    import math

    cx = cy = 110
    r_out, r_in = 104, 46
    out = ["<svg class='wheel' viewBox='0 0 220 220' width='220' height='220' "
           "xmlns='http://www.w3.org/2000/svg'>"]
    for i, (name, col) in enumerate(zip(parts, colours, strict=True)):
        a0, a1 = math.radians(-90 + 120 * i + 1.5), math.radians(-90 + 120 * (i + 1) - 1.5)
        p = [(cx + r_out * math.cos(a0), cy + r_out * math.sin(a0)),
             (cx + r_out * math.cos(a1), cy + r_out * math.sin(a1)),
             (cx + r_in * math.cos(a1), cy + r_in * math.sin(a1)),
             (cx + r_in * math.cos(a0), cy + r_in * math.sin(a0))]
        out.append(f"<path d='M{p[0][0]:.2f},{p[0][1]:.2f} A{r_out},{r_out} 0 0 1 {p[1][0]:.2f},"
                   f"{p[1][1]:.2f} L{p[2][0]:.2f},{p[2][1]:.2f} A{r_in},{r_in} 0 0 0 "
                   f"{p[3][0]:.2f},{p[3][1]:.2f} Z' fill='{col}'/>")
        am = math.radians(-90 + 120 * i + 60)
        tx, ty = cx + 75 * math.cos(am), cy + 75 * math.sin(am)
        lines = name.split("|")
        for j, ln in enumerate(lines):
            dy = (j - (len(lines) - 1) / 2) * 11
            out.append(f"<text x='{tx:.1f}' y='{ty + dy + 3:.1f}' text-anchor='middle' "
                       f"font-size='8.5' font-weight='bold' fill='#fff'>{e(ln)}</text>")
    for j, ln in enumerate(centre):
        dy = (j - (len(centre) - 1) / 2) * 11
        out.append(f"<text x='{cx}' y='{cy + dy + 3:.1f}' text-anchor='middle' font-size='8.5' "
                   f"font-style='italic' fill='#16465f'>{e(ln)}</text>")
    out.append("</svg>")
    return "".join(out)


@pair
def brynsholm_handlingsprogram(d: Path) -> dict:
    g = {
        "1.1": "Fiskeri og havbruk skal gi flere helårsarbeidsplasser, og mer av råstoffet skal "
               "foredles lokalt.",
        "1.2": "Flere unge voksne skal velge å bosette seg i Brynsholm.",
        "1.3": "Kystkulturen og kulturminnene langs sjøen skal tas vare på og brukes.",
        "2.1": "Barn og unge skal vokse opp i trygge familier og ha en meningsfull fritid.",
        "2.2": "Eldre skal kunne bo trygt hjemme så lenge de ønsker.",
        "2.3": "Alle innbyggere skal ha en stabil fastlegeordning og trygg tilgang til legevakt.",
        "3.1": "Brynsholm skal tåle ekstremvær, stormflo og langvarig bortfall av strøm og ekom.",
        "3.2": "Kommunen skal ha en sunn økonomi med handlingsrom til å møte nye behov.",
    }
    so = [
        ("1", "Levende kyst og arbeidsliv",
         "Havet har gitt Brynsholm arbeid og bosetting i generasjoner. I dag sendes nesten all "
         "fisk ut av kommunen uforedlet, og mange unge flytter ut etter videregående.",
         ["1.1", "1.2", "1.3"]),
        ("2", "Gode liv i alle aldre",
         "Andelen innbyggere over 80 år blir doblet fram mot 2040. Samtidig skal barn og unge "
         "ha en god oppvekst i alle grendene.",
         ["2.1", "2.2", "2.3"]),
        ("3", "Trygg og robust kommune",
         "Uværet i januar 2025 ga fire døgn uten strøm og mobilnett på Nordøya. Kommunen har "
         "lite fond og høy lånegjeld.",
         ["3.1", "3.2"]),
    ]
    boxes = []
    for n, name, text, ks in so:
        goals = "".join(f"<p class='g'><span class='n'>{k}</span><span>{e(g[k])}</span></p>" for k in ks)
        boxes.append(
            f"<table class='so so{n}'><tr><td><p class='tag'>Satsingsområde {n}</p>"
            f"<h3>{e(name)}</h3><p class='bg'>{e(text)}</p>"
            f"<p class='lab'>Dette vil vi oppnå</p>{goals}</td></tr></table>")
    boxes.append(
        "<table class='so so4'><tr><td><p class='tag'>Gjennomgående</p>"
        "<h3>Slik følger vi opp</h3><p class='bg'>Målene følges opp i handlingsprogrammet med "
        "økonomiplan, som rulleres hvert år, og i temaplaner. Kommunedirektøren rapporterer på "
        "målene i årsmeldingen.</p><p class='bg'>Barn og unge, eldrerådet og rådet for personer "
        "med funksjonsnedsettelse har gitt innspill til alle tre satsingsområdene.</p>"
        "</td></tr></table>")
    body = [
        "<div class='mast'><span>Brynsholm kommune</span><span>Kommuneplanens samfunnsdel "
        "2026–2038</span></div>",
        "<h1>Kommuneplanens samfunnsdel 2026–2038</h1>",
        "<p class='meta'>Vedtatt av kommunestyret 18. juni 2026, sak 41/26</p>",
        "<div class='intro'><div>",
        "<h2>Om planen</h2>",
        "<p>Samfunnsdelen er kommunens viktigste styringsdokument. Den sier hva vi vil oppnå "
        "som samfunn og som organisasjon de neste tolv årene. Arealdelen, temaplanene og "
        "handlingsprogrammet bygger på den.</p>",
        "<p>Planen har tre satsingsområder. Hjulet viser hvordan de henger sammen rundt "
        "visjonen. Hvert satsingsområde har mål for hva vi vil oppnå.</p>",
        "<h2>Visjon</h2><p class='vis'>«Brynsholm – havet gir liv»</p>",
        "</div><div class='wh'>",
        _wheel_svg(["Brynsholm –", "havet gir liv"],
                   ["Levende kyst|og arbeidsliv", "Gode liv|i alle aldre", "Trygg og|robust kommune"],
                   ["#1d6f8c", "#c0732a", "#4d7f3a"]),
        "<p class='cap'>Figur 1. Målhjulet for Brynsholm 2038.</p>",
        "</div></div>",
        "<h2>Satsingsområdene</h2>",
        "<div class='grid'>", *boxes, "</div>",
    ]
    css = (
        "@page{size:A4;margin:16mm 15mm 18mm 15mm;"
        "@bottom-left{content:'Brynsholm kommune · Samfunnsdelen 2026–2038';font:7.5pt "
        "'Liberation Sans';color:#777}"
        "@bottom-right{content:'Side ' counter(page);font:7.5pt 'Liberation Sans';color:#777}}"
        "body{font:9.5pt/1.4 'Liberation Sans';color:#1b1b1b;margin:0}"
        ".mast{display:flex;justify-content:space-between;font:bold 8pt 'Liberation Sans';"
        "color:#16465f;border-bottom:3px solid #16465f;padding-bottom:3px;margin-bottom:8px}"
        "h1{font:bold 20pt 'Liberation Sans';color:#16465f;margin:6px 0 2px}"
        ".meta{color:#666;font-size:8.5pt;margin:0 0 8px}"
        "h2{font:bold 12.5pt 'Liberation Sans';color:#16465f;margin:10px 0 4px}"
        ".intro{display:grid;grid-template-columns:1fr 230px;gap:14px;align-items:start}"
        ".wh{text-align:center}.cap{font-size:7.5pt;color:#555;margin:2px 0}"
        ".vis{font:italic 13pt 'Liberation Serif';color:#16465f}"
        ".grid{display:grid;grid-template-columns:1fr 1fr;gap:10px}"
        "table.so{width:100%;border-collapse:collapse;break-inside:avoid;page-break-inside:avoid}"
        "table.so td{background:#eaf1f4;padding:7px 9px;vertical-align:top;border-top:4px solid "
        "#1d6f8c}"
        "table.so2 td{background:#f7eee5;border-top-color:#c0732a}"
        "table.so3 td{background:#edf3e9;border-top-color:#4d7f3a}"
        "table.so4 td{background:#f2f2f2;border-top-color:#888}"
        ".tag{font:bold 7.5pt 'Liberation Sans';letter-spacing:.08em;text-transform:uppercase;"
        "color:#555;margin:0}"
        "h3{font:bold 11pt 'Liberation Sans';margin:1px 0 4px}"
        ".bg{font-size:8.8pt;color:#333;margin:0 0 5px}"
        ".lab{font:bold 9pt 'Liberation Sans';color:#16465f;margin:6px 0 3px;border-bottom:1px "
        "solid #9bb;padding-bottom:1px}"
        ".g{margin:0 0 4px;display:grid;grid-template-columns:26px 1fr}.n{font-weight:bold}"
    )
    _html("nb", "Kommuneplanens samfunnsdel 2026–2038 – Brynsholm kommune", css, body,
          d / "parent.pdf")

    c = {
        "p1": "Netto driftsresultat skal være minst 1,75 prosent av driftsinntektene hvert år.",
        "p2": "Flere unge voksne skal ha råd til å kjøpe eller leie egen bolig i Brynsholm.",
        "p3": "Flere eldre skal få hjelp til å klare seg selv i egen bolig.",
        "p4": "Sjømatnæringen skal ha arealer og kaier å vokse på.",
        "p5": "Sykefraværet i kommunen skal ned til under 7 prosent.",
    }
    m = {
        "kai": "Opparbeide kai og næringstomter på Kvalneset for settefisk og sjømatbedrifter (I)",
        "fond": "Næringsfond: etableringstilskudd til nye bedrifter i sjømatnæringen",
        "start": "Tilskudd til unge førstegangskjøpere i tillegg til startlån",
        "utleie": "Tolv utleieboliger for unge voksne i Havnegata (I)",
        "bhg": "Gratis kjernetid i barnehagen fra barn nummer to",
        "brygge": "Oppgradere gjestebrygga i Havnegata med strøm og vann",
        "fkort": "Fritidskort på 2 000 kr for alle barn og unge 6–18 år",
        "fam": "Familieteam med foreldreveiledning og tidlig hjelp ved konflikter i hjemmet",
        "klubb": "Ungdomsklubb på Nordøya to kvelder i uka",
        "hverd": "Hverdagsrehabilitering i hjemmetjenesten",
        "alarm": "Trygghetsalarm med digitalt tilsyn til alle som ønsker det",
        "turnus": "Ny turnusordning med lengre vakter på sykehjemmet",
        "aggr": "Reservestrøm (aggregat) på sykehjemmet, rådhuset og Nordøya skole (I)",
        "brann": "Ny mannskapsbil til Brynsholm brannstasjon (I)",
        "samle": "Samle de to barnehagene på Nordøya i ett bygg",
        "fond8": "Bygge opp disposisjonsfondet til 8 prosent av driftsinntektene",
        "syk": "Nærværsprosjektet «Tilstede» i pleie og omsorg",
    }
    rows = [
        ("span", "SO1 Levende kyst og arbeidsliv"),
        ("Mål 1.1", m["kai"], "Teknisk / næring", "4 500", "12 000", "", ""),
        ("Mål 1.1", m["fond"], "Næringsrådgiver", "400", "400", "400", "400"),
        ("Mål 1.2", m["start"], "Tildelingskontoret", "600", "600", "600", "600"),
        ("Mål 1.2", m["utleie"], "Eiendom", "", "18 000", "", ""),
        ("Mål 1.2", m["bhg"], "Oppvekst", "350", "350", "350", "350"),
        ("Mål 1.3", m["brygge"], "Havnevesenet", "800", "", "", ""),
        ("span", "SO2 Gode liv i alle aldre"),
        ("Mål 2.1", m["fkort"], "Kultur", "450", "450", "450", "450"),
        ("Mål 2.1", m["fam"], "Helsestasjon / barnevern", "700", "700", "700", "700"),
        ("Mål 2.1", m["klubb"], "Kultur", "250", "250", "250", "250"),
        ("Mål 2.2", m["hverd"], "Hjemmetjenesten", "900", "900", "900", "900"),
        ("Mål 2.2", m["alarm"], "Hjemmetjenesten", "300", "300", "300", "300"),
        ("SO2", m["turnus"], "Sykehjemmet", "", "", "", ""),
        ("span", "SO3 Trygg og robust kommune"),
        ("Mål 3.1", m["aggr"], "Eiendom / beredskap", "2 200", "", "", ""),
        ("Mål 3.1", m["brann"], "Brannsjef", "", "5 500", "", ""),
        ("Mål 3.2", m["samle"], "Oppvekst", "", "−1 200", "−1 200", "−1 200"),
        ("Mål 3.2", m["fond8"], "Økonomisjef", "3 000", "3 000", "3 000", "3 000"),
        ("SO3", m["syk"], "HR", "200", "200", "", ""),
    ]
    child = [
        ("title", "Handlingsprogram med økonomiplan 2027–2030"),
        ("sub", "Brynsholm kommune · Vedtatt av kommunestyret 10. desember 2026, sak 88/26"),
        ("h1", "4 Mål og tiltak"),
        ("p", "Handlingsprogrammet er handlingsdelen til kommuneplanens samfunnsdel 2026–2038. "
         "Dette kapitlet viser hvilke tiltak kommunen prioriterer i perioden, og hvilket mål i "
         "samfunnsdelen hvert tiltak hører til. SO står for satsingsområde."),
        ("h2", "4.1 Kommunedirektørens prioriteringer"),
        ("p", "For økonomiplanperioden har kommunedirektøren satt disse målene:"),
        ("num", [c["p1"], c["p2"], c["p3"], c["p4"], c["p5"]]),
        ("p", "Fastlegene og legevakten drives i et vertskommunesamarbeid med Straumvik "
         "kommune og følges opp i samarbeidsavtalen. De er derfor ikke med i tabellen."),
        ("h2", "4.2 Tiltak i perioden"),
        ("p", "Beløp i 1000 kr, faste 2027-priser. Investeringer er merket (I). Negative tall er "
         "innsparing."),
        ("table", ["Mål", "Tiltak", "Ansvar", "2027", "2028", "2029", "2030"], rows,
         [18, 62, 30, 15, 15, 15, 15]),
        ("h2", "4.3 Oppfølging"),
        ("p", "Tiltakene rapporteres i tertialrapportene og i årsmeldingen. Handlingsprogrammet "
         "rulleres neste gang høsten 2027."),
    ]
    _docx(child, d / "child.pdf", title="Handlingsprogram med økonomiplan 2027–2030",
          author="Brynsholm kommune", header="BRYNSHOLM KOMMUNE · HANDLINGSPROGRAM 2027–2030",
          footer="Kapittel 4 Mål og tiltak", lang="nb-NO", font="Liberation Sans", size=9.5,
          color="16465F")

    goals_ = [
        G("1.1", g["1.1"], "partial", [c["p4"], m["kai"], m["fond"]], ev="Sjømatnæringen skal ha arealer",
          missing=["mer av råstoffet foredles lokalt"],
          note="the goals are the numbered lines under 'Dette vil vi oppnå' in the shaded "
          "'Satsingsområde' boxes (id = the printed number; gold text without it); the wheel's "
          "labels, the vision, the box texts and 'Slik følger vi opp' are no goals. Quay, plots "
          "and start-up grants for the seafood industry (more jobs); nothing for processing the "
          "catch locally"),
        G("1.2", g["1.2"], "followed_up", [c["p2"], m["start"], m["utleie"], m["bhg"]],
          ev="Flere unge voksne skal ha",
          note="in other words: homes young adults can afford (grant, rental flats) and free "
          "kindergarten hours — what makes them settle"),
        G("1.3", g["1.3"], "not_followed_up",
          note="trap (citation): the guest pier row cites 'Mål 1.3', but electricity and water "
          "for visiting boats neither protects nor uses the coastal heritage; nothing else"),
        G("2.1", g["2.1"], "followed_up", [m["fkort"], m["fam"], m["klubb"]],
          ev="Familieteam med foreldreveiledning",
          note="served by measures only (no child goal): family team and parent guidance (safe "
          "families), leisure card and youth club (a meaningful leisure time)"),
        G("2.2", g["2.2"], "followed_up", [c["p3"], m["hverd"], m["alarm"]],
          ev="Flere eldre skal få hjelp",
          note="in other words: managing on their own in their own home, everyday "
          "rehabilitation, safety alarms"),
        G("2.3", g["2.3"], "not_followed_up",
          note="left to another body: 'Fastlegene og legevakten drives i et "
          "vertskommunesamarbeid … derfor ikke med i tabellen'"),
        G("3.1", g["3.1"], "partial", [m["aggr"]], ev="Reservestrøm (aggregat) på",
          missing=["ekstremvær og stormflo", "bortfall av ekom"],
          note="back-up power only; the fire engine row also cites 'Mål 3.1' but a fire "
          "engine is not preparedness for storms, storm surge or outages (trap, not listed)"),
        G("3.2", g["3.2"], "followed_up", [c["p1"], m["samle"], m["fond8"]],
          ev="Netto driftsresultat skal være",
          note="in other words: operating result, reserve fund and savings = a sound economy "
          "with room to act"),
    ]
    kids = [
        C(c["p1"], ["3.2"], note="the child goals are the numbered 'Kommunedirektørens "
          "prioriteringer' (4.1); the table rows are measures (in served_by beside the goals "
          "they serve); the 'Mål' column ('Mål 1.1', 'SO2') is a citation, no goal"),
        C(c["p2"], ["1.2"]),
        C(c["p3"], ["2.2"]),
        C(c["p4"], ["1.1"]),
        C(c["p5"], [], note="sickness absence in the municipality as employer: no goal of the "
          "samfunnsdel (its row cites only 'SO3') — stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, Liberation Sans 9.5; kommuneplanens samfunnsdel): a "
        "goal wheel (SVG, focus areas round the vision) beside the introduction, then the "
        "focus areas as shaded one-cell tables in a two-column grid, each 'Satsingsområde n', "
        "a name, a background text and a ruled 'Dette vil vi oppnå' over goals '1.1' … with "
        "a hanging number; margin boxes bottom left / right; child PDF (python-docx → "
        "LibreOffice, Liberation Sans 9.5; handlingsprogram med økonomiplan, chapter 4): "
        "Word-numbered 'Kommunedirektørens prioriteringer', then one table 'Mål | Tiltak | "
        "Ansvar | 2027 | 2028 | 2029 | 2030' (amounts in 1000 kr) with shaded SO rows and "
        "the first column citing 'Mål 1.1' … or 'SO2'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Hjelmsø (da)


@pair
def hjelmso_erhvervspolitik(d: Path) -> dict:
    g = {
        "E1": "Hjelmsø skal have flere private arbejdspladser, især inden for fødevarer og grøn "
              "energi.",
        "E2": "Turismen skal vokse hele året og ikke kun i sommerhalvåret.",
        "E3": "Virksomhederne skal kunne rekruttere den arbejdskraft, de har brug for.",
        "B1": "Der skal være liv i landsbyerne med stærke fællesskaber og lokale mødesteder.",
        "B2": "Kysten og naturen skal beskyttes, samtidig med at flere får adgang til den.",
        "S1": "Borgerne skal leve flere år med god sundhed og trivsel.",
    }
    parent = [
        ("title", "Kommuneplan 2025–2037"),
        ("sub", "Hovedstruktur · Hjelmsø Kommune · Vedtaget af byrådet 26. marts 2025"),
        ("h1", "1 Indledning"),
        ("p", "Hovedstrukturen er kommuneplanens overordnede del. Den fastlægger byrådets "
         "vision og mål for udviklingen af Hjelmsø Kommune og er grundlag for retningslinjer, "
         "rammer for lokalplanlægningen og kommunens politikker."),
        ("h1", "2 Vision"),
        ("lead", "Hjelmsø – hvor havet, landet og mennesker mødes."),
        ("h1", "3 Erhverv og turisme"),
        ("p", "Hjelmsø har en stærk fødevaresektor, et stort antal sommerhuse og mange "
         "pendlere. Ledigheden er lav, og flere virksomheder har svært ved at skaffe "
         "medarbejdere. Turisterne kommer især i juli og august."),
        ("lab", "Mål"),
        ("chev", [g["E1"], g["E2"], g["E3"]]),
        ("h1", "4 Byer og landsbyer"),
        ("p", "Kommunen har én købstad og 23 landsbyer. Kystlandskabet ved Nordstranden og "
         "Hjelm Vig er udpeget som særligt værdifuldt."),
        ("lab", "Mål"),
        ("chev", [g["B1"], g["B2"]]),
        ("h1", "5 Sundhed og trivsel"),
        ("p", "Middellevetiden i Hjelmsø er lidt under landsgennemsnittet, og flere ældre lever "
         "med kronisk sygdom."),
        ("lab", "Mål"),
        ("chev", [g["S1"]]),
        ("h1", "6 Opfølgning"),
        ("note", "Målene følges op i byrådets politikker og i budgettet. Byrådet gør status "
         "over kommuneplanen i planstrategien i 2027."),
    ]
    _rl(d / "parent.pdf", parent, family="LiberationSerif", base=10.5, accent="#8A2E3B",
        title="Kommuneplan 2025–2037 – Hovedstruktur – Hjelmsø Kommune", author="Hjelmsø Kommune",
        side="HJELMSØ KOMMUNE · KOMMUNEPLAN 2025–2037", foot="Side {n}")

    c = {
        "d1": "Flere fødevarevirksomheder skal starte og vokse i Hjelmsø.",
        "d2": "Antallet af overnatninger uden for juli og august skal stige med 25 procent.",
        "d3": "Virksomheder, der vil etablere sig eller udvide, skal have én indgang til kommunen "
              "og hurtig hjælp.",
        "d4": "Ledige og tilflyttere skal hurtigere i job hos de lokale virksomheder.",
        "d5": "Flere unge skal vælge en erhvervsuddannelse og få en læreplads lokalt.",
        "d6": "Erhvervslivet skal inddrages, og et erhvervsråd skal rådgive byrådet.",
    }
    m = {
        "net": "Fødevarenetværk for små producenter med fælles salg og markedsføring "
               "(ansvar: Erhvervsservice, fra 2027)",
        "hus": "Iværksætterhus i den gamle mejeribygning med billige lokaler (ansvar: "
               "Ejendomme, 2028)",
        "vinter": "Vinterbadning, saunaer og cykelruter markedsføres som helårsoplevelser "
                  "(ansvar: Hjelmsø Turistforening, 2027–2030)",
        "mad": "Madfestival på havnen i oktober (ansvar: Kultur og fritid, hvert år)",
        "sti": "Nye vandrestier, shelters og naturformidling ved Nordstranden (ansvar: Natur og "
               "miljø, 2028)",
        "match": "Jobmatch: jobcentret besøger virksomhederne og matcher ledige og tilflytteres "
                 "ægtefæller med job (ansvar: Jobcenter Hjelmsø, løbende)",
        "messe": "Praktik- og lærepladsmesse hvert forår (ansvar: Ungdommens Uddannelsesvejledning, "
                 "hvert år)",
        "indg": "Erhvervsservice med én indgang og en fast kontaktperson (ansvar: "
                "Erhvervsservice, 2027)",
        "raad": "Erhvervsråd med 12 virksomheder, fire møder om året (ansvar: Borgmesterens "
                "kontor, 2027)",
    }
    child = [
        ("title", "Erhvervs- og turismepolitik 2027–2030"),
        ("sub", "Hjelmsø Kommune · Vedtaget af byrådet 9. december 2026"),
        ("h1", "1 Forord"),
        ("p", "Erhvervslivet skaber de arbejdspladser og den skattebase, som hele kommunen lever "
         "af. Med denne politik vil byrådet gøre det lettere at drive virksomhed i Hjelmsø og "
         "få flere gæster til kommunen uden for højsæsonen."),
        ("p", "Den grønne omstilling af energiforsyningen og nye energiparker behandles i "
         "kommunens klimaplan og er ikke en del af denne politik."),
        ("h1", "2 Sammenhæng med kommuneplanen"),
        ("p", "Politikken bygger på kommuneplanens hovedstruktur. Boksen gengiver de mål i "
         "kommuneplanen, som politikken tager udgangspunkt i."),
        ("box", "Kommuneplanens mål", [g["E1"], g["E2"], g["E3"], g["B1"], g["B2"]]),
        ("p", "Landsbyernes mødesteder og foreningsliv hører under landdistriktspolitikken og "
         "behandles ikke her."),
        ("h1", "3 Politikkens målsætninger"),
        ("p", "I 2030 vil vi have nået dette:"),
        ("hang", [(f"{i}.", c[k]) for i, k in enumerate(["d1", "d2", "d3", "d4", "d5", "d6"], 1)]),
        ("h1", "4 Indsatser"),
        ("h2", "Fødevarer og iværksættere"),
        ("inline", [m["net"], m["hus"]]),
        ("h2", "Turisme hele året"),
        ("inline", [m["vinter"], m["mad"], m["sti"]]),
        ("h2", "Arbejdskraft"),
        ("inline", [m["match"], m["messe"]]),
        ("h2", "Service og dialog"),
        ("inline", [m["indg"], m["raad"]]),
        ("h1", "5 Opfølgning"),
        ("p", "Erhvervs- og turismeudvalget følger op på politikken hvert år på baggrund af "
         "erhvervsklimamålingen og turismestatistikken."),
    ]
    _odt(child, d / "child.pdf", title="Erhvervs- og turismepolitik 2027–2030",
         header="Hjelmsø Kommune · Erhvervs- og turismepolitik 2027–2030",
         footer="Erhvervs- og turismepolitik", font="Liberation Sans", size=10, color="#8A2E3B",
         tint="#F4E9EA", lang="da", country="DK")

    goals_ = [
        G("E1", g["E1"], "partial", [c["d1"], c["d3"], m["net"], m["hus"], m["indg"]],
          ev="Flere fødevarevirksomheder skal starte",
          missing=["arbejdspladser inden for grøn energi"],
          note="the goals are the » bullets under 'Mål' in chapters 3–5 (ids E, B, S + order, "
          "not printed); the vision, background texts and 'Opfølgning' are no goals. Food "
          "firms, start-ups and one entry for businesses; green energy is left to the "
          "klimaplan ('ikke en del af denne politik'). The goal's quotation in the child's box "
          "'Kommuneplanens mål' is no follow-up"),
        G("E2", g["E2"], "followed_up", [c["d2"], m["vinter"], m["mad"]],
          ev="Antallet af overnatninger uden",
          note="in other words: overnight stays outside July and August, winter bathing and "
          "an October food festival — 'hele året' = outside the high season"),
        G("E3", g["E3"], "followed_up", [c["d4"], c["d5"], m["match"], m["messe"]],
          ev="Ledige og tilflyttere skal",
          note="in other words: matching the unemployed and newcomers' spouses with jobs, "
          "apprenticeships — 'rekruttere' and 'arbejdskraft' are not written"),
        G("B1", g["B1"], "not_followed_up",
          note="trap (quoted, not followed up): printed word for word in the box "
          "'Kommuneplanens mål', then left to another plan: 'hører under "
          "landdistriktspolitikken og behandles ikke her'"),
        G("B2", g["B2"], "partial", [m["sti"]], ev="Nye vandrestier, shelters og",
          missing=["beskytte kysten og naturen"],
          note="served by a measure only (paths and shelters = access); nothing protects the "
          "coast; its quotation in the box is no follow-up"),
        G("S1", g["S1"], "not_followed_up", note="silent: nothing on health"),
    ]
    kids = [
        C(c["d1"], ["E1"], note="the child goals are the six numbered items under "
          "'Politikkens målsætninger'; the lines in the box 'Kommuneplanens mål' are the "
          "parent's goals quoted (no child goals); the • lines under 'Indsatser' are measures "
          "(owner and year in brackets)"),
        C(c["d2"], ["E2"]),
        C(c["d3"], ["E1"]),
        C(c["d4"], ["E3"]),
        C(c["d5"], ["E3"], note="apprenticeships for the local firms' workforce; no goal of "
          "the parent is about education"),
        C(c["d6"], [], note="a business council advising the city council: how the policy is "
          "run, no goal of the kommuneplan — stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, Liberation Serif 10.5; kommuneplan, hovedstruktur): "
        "numbered chapters, a bold 'Mål' over » bullets, an italic vision, a grey boxed "
        "'Opfølgning' note; a red band at the left page edge with the name written upwards, "
        "'Side n' bottom right over a rule; child PDF (odfpy → LibreOffice, Liberation Sans 10; "
        "erhvervs- og turismepolitik): a shaded one-cell box 'Kommuneplanens mål' quoting five "
        "parent goals word for word (» lines in italics), then 'Politikkens målsætninger' "
        "typed '1.'–'6.' before a tab in a hanging indent, and 'Indsatser' as • lines with "
        "'(ansvar: …, year)'; header right, footer centred '… – n'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Hollinsford (en)


@pair
def hollinsford_economic_development(d: Path) -> dict:
    g = {
        "E1": "More local people in secure, well-paid jobs.",
        "E2": "Vibrant town centres with fewer empty shops.",
        "E3": "Businesses start, grow and stay in Hollinsford.",
        "G1": "Clean, well cared for streets and open spaces.",
        "G2": "Net zero council operations by 2035 and lower carbon emissions across the "
              "borough.",
        "H1": "Residents are more active and fewer people feel lonely.",
        "H2": "Good quality, affordable homes for local people.",
    }
    pri = [
        ("1", "A thriving local economy", "#0B5D7A",
         "Wages in Hollinsford are below the regional average and one shop unit in six in the "
         "town centres stands empty.", ["E1", "E2", "E3"],
         ["Use our land and buildings to attract investment", "Work with the college on skills"]),
        ("2", "Greener, cleaner neighbourhoods", "#3C7A3A",
         "Residents tell us that litter and fly-tipping are their biggest concern. We declared "
         "a climate emergency in 2024.", ["G1", "G2"],
         ["Fleet and buildings off fossil fuels", "More volunteer litter-picking groups"]),
        ("3", "Healthy, connected communities", "#8C4A86",
         "Life expectancy differs by nine years between our most and least deprived wards. "
         "Rents have risen faster than incomes.", ["H1", "H2"],
         ["Free activity sessions in parks", "Deliver the affordable homes in the Local Plan"]),
    ]
    cards = []
    for n, name, col, why, ks, how in pri:
        cards.append(
            f"<div class='card' style='border-color:{col}'>"
            f"<div class='num' style='background:{col}'>{n}</div>"
            f"<p class='pl'>Priority {n}</p><h3 style='color:{col}'>{e(name)}</h3>"
            f"<p class='why'>{e(why)}</p>"
            f"<p class='ow' style='color:{col}'>Outcomes we want</p>{_ul([g[k] for k in ks], 'out')}"
            f"<p class='hw'>How we will get there</p>{_ul(how, 'how')}</div>")
    body = [
        "<div class='band'><p class='org'>Hollinsford Borough Council</p>"
        "<h1>Corporate Plan 2026–2030</h1><p class='tag'>Proud of our place</p></div>",
        "<h2>Foreword</h2>",
        "<p>This plan sets out what the council will focus on over the next four years. It "
        "guides our budget, our service plans and the way we work with partners. Every "
        "service plan shows how it contributes to the priorities below.</p>",
        "<h2>Our priorities</h2>",
        "<div class='cards'>", *cards, "</div>",
        "<h2>Our values</h2>",
        _ul(["Listen first", "Spend every pound wisely", "Work as one council"], "val"),
        "<h2>Delivering the plan</h2>",
        "<p>Each service produces an annual service plan with actions linked to these "
        "priorities. Cabinet receives a performance report every quarter, and the plan is "
        "reviewed each year alongside the Medium Term Financial Strategy.</p>",
    ]
    css = (
        "@page{size:A4;margin:14mm 14mm 16mm 14mm;"
        "@bottom-center{content:'Corporate Plan 2026–2030  |  ' counter(page);"
        "font:7.5pt 'DejaVu Sans';color:#666}}"
        "body{font:9pt/1.4 'DejaVu Sans';color:#222;margin:0}"
        ".band{background:#0B5D7A;color:#fff;padding:10px 14px 8px}"
        ".org{font:bold 8pt 'DejaVu Sans';letter-spacing:.06em;margin:0}"
        "h1{font:bold 21pt 'DejaVu Sans';margin:2px 0}.tag{font:italic 10pt 'DejaVu Serif';margin:0}"
        "h2{font:bold 12pt 'DejaVu Sans';color:#0B5D7A;margin:12px 0 4px}"
        ".cards{display:grid;grid-template-columns:1fr 1fr 1fr;gap:8px}"
        ".card{border:1.5px solid;border-radius:6px;padding:8px 8px 4px;position:relative}"
        ".num{position:absolute;right:8px;top:8px;width:20px;height:20px;border-radius:10px;"
        "color:#fff;font:bold 10pt 'DejaVu Sans';text-align:center;line-height:20px}"
        ".pl{font:7.5pt 'DejaVu Sans';text-transform:uppercase;letter-spacing:.06em;margin:0;"
        "color:#666}"
        "h3{font:bold 10.5pt 'DejaVu Sans';margin:2px 26px 4px 0}"
        ".why{font-size:8.3pt;color:#444;margin:0 0 6px}"
        ".ow{font:bold 9pt 'DejaVu Sans';margin:4px 0 2px}"
        ".hw{font:bold 8pt 'DejaVu Sans';color:#555;margin:6px 0 2px}"
        "ul{margin:0 0 4px;padding-left:14px}ul.out li{margin:0 0 3px}"
        "ul.how{font-size:8pt;color:#444;list-style:circle}"
    )
    _html("en", "Corporate Plan 2026–2030 – Hollinsford Borough Council", css, body,
          d / "parent.pdf")

    c = {
        "o1": "Help 300 unemployed residents into work, focusing on young people and the "
              "long-term unemployed.",
        "o2": "Increase footfall in Hollinsford and Tadley town centres by 10% and cut the shop "
              "vacancy rate to below 12%.",
        "o3": "Support 60 new businesses to start trading and help established employers to "
              "expand locally.",
        "o4": "Help small firms cut their energy bills and carbon emissions.",
        "o5": "Answer every business enquiry within two working days.",
    }
    m = {
        "1.1": "Hollinsford Works: one-to-one employment support and skills bootcamps",
        "1.2": "Twice-yearly jobs fair with employers from the Wharf Road business park",
        "2.1": "Meanwhile Use scheme bringing 20 vacant shop units back into use",
        "2.2": "Monthly events programme on the High Street and Market Square",
        "2.3": "Relaunch the Saturday market with street food stalls",
        "3.1": "Start-up grants of up to £2,500 with a free business adviser",
        "3.2": "Account management for the 30 largest employers in the borough",
        "4.1": "Green Business Grants: energy audits and grants for 40 small firms",
        "4.2": "Hollinsford Business Awards with a new Green Business category",
        "5.1": "Online business enquiry form with case tracking",
    }
    T, G_, H = "A thriving local economy", "Greener, cleaner neighbourhoods", \
        "Healthy, connected communities"
    rows = [
        ("1.1", m["1.1"], T, "Employment and Skills Manager", "March 2028"),
        ("1.2", m["1.2"], T, "Employment and Skills Manager", "October 2027, March 2028"),
        ("2.1", m["2.1"], T, "Town Centres Manager", "December 2027"),
        ("2.2", m["2.2"], T, "Town Centres Manager", "Monthly from May 2027"),
        ("2.3", m["2.3"], H, "Markets Officer", "June 2027"),
        ("3.1", m["3.1"], T, "Business Support Lead", "April 2027"),
        ("3.2", m["3.2"], T, "Head of Economic Development", "Ongoing"),
        ("4.1", m["4.1"], G_, "Business Support Lead", "March 2028"),
        ("4.2", m["4.2"], G_, "Communications Manager", "November 2027"),
        ("5.1", m["5.1"], T, "Business Support Lead", "September 2027"),
    ]
    child = [
        ("title", "Economic Development and Regeneration"),
        ("sub", "Service Plan 2027/28 · Hollinsford Borough Council · Place Directorate"),
        ("h1", "1 About the service"),
        ("p", "The Economic Development and Regeneration team supports businesses, runs the "
         "markets and town centre programmes and helps residents into work. The team has 14 "
         "staff and a net budget of £1.2 million in 2027/28."),
        ("p", "Affordable housing is delivered through the Housing Service Plan and the Local "
         "Plan, and is not repeated in this plan."),
        ("h1", "2 Our service objectives for 2027/28"),
        ("hang", [(f"O{i}", c[k]) for i, k in enumerate(["o1", "o2", "o3", "o4", "o5"], 1)]),
        ("h1", "3 Action plan"),
        ("p", "Each action is linked to the Corporate Plan 2026–2030 priority it contributes to."),
        ("table", ["Ref", "Action", "Link to corporate priority", "Lead officer", "Milestone"],
         rows, [14, 104, 52, 50, 33]),
        ("h1", "4 Performance measures"),
        ("table", ["Measure", "2026/27", "Target 2027/28"],
         [("Residents helped into work", "212", "300"),
          ("Town centre shop vacancy rate", "16.5%", "12%"),
          ("New business start-ups supported", "41", "60")], [110, 40, 40]),
        ("h1", "5 Risks"),
        ("p", "The main risk is the end of UK Shared Prosperity Fund money in March 2028, which "
         "pays for Hollinsford Works and the start-up grants."),
    ]
    _odt(child, d / "child.pdf", title="Economic Development and Regeneration Service Plan 2027/28",
         header="Hollinsford Borough Council · Service Plan 2027/28 · OFFICIAL",
         footer="Economic Development and Regeneration", font="Liberation Sans", size=10,
         color="#0B5D7A", tint="#E3EEF2", landscape=True, lang="en", country="GB")

    goals_ = [
        G("E1", g["E1"], "partial", [c["o1"], m["1.1"], m["1.2"]], ev="Help 300 unemployed residents",
          missing=["secure, well-paid jobs"],
          note="the goals are the bullets under 'Outcomes we want' in the three priority cards "
          "(ids E, G, H = priority initial + order, not printed); 'How we will get there', the "
          "values and 'Delivering the plan' are no goals. Getting unemployed people into work; "
          "nothing on the quality or pay of the jobs"),
        G("E2", g["E2"], "followed_up", [c["o2"], m["2.1"], m["2.2"], m["2.3"]],
          ev="Increase footfall in Hollinsford",
          note="footfall, vacancy rate, Meanwhile Use, events; the market relaunch (2.3) serves "
          "this outcome although its row links it to 'Healthy, connected communities'"),
        G("E3", g["E3"], "followed_up", [c["o3"], m["3.1"], m["3.2"]],
          ev="Support 60 new businesses",
          note="start (grants, adviser), grow and stay (account management for the largest "
          "employers)"),
        G("G1", g["G1"], "not_followed_up",
          note="trap (citation): action 4.2, a business awards evening, links to 'Greener, "
          "cleaner neighbourhoods' but cleans no street; nothing else"),
        G("G2", g["G2"], "partial", [c["o4"], m["4.1"]], ev="Help small firms cut their",
          missing=["net zero council operations by 2035"],
          note="emissions of small firms in the borough only; the council's own operations "
          "are not this service's (a strict reader may call it the service's whole share)"),
        G("H1", g["H1"], "not_followed_up",
          note="trap (citation): action 2.3 (the Saturday market) links to 'Healthy, connected "
          "communities' but neither makes residents active nor addresses loneliness"),
        G("H2", g["H2"], "not_followed_up",
          note="left to another plan: 'delivered through the Housing Service Plan and the "
          "Local Plan, and is not repeated in this plan'"),
    ]
    kids = [
        C(c["o1"], ["E1"], note="the child goals are the service objectives O1–O5 "
          "(section 2); the action table's rows are measures (the 'Action' cell), the 'Link to "
          "corporate priority' cells are citations and the performance measures are "
          "indicators — no goals"),
        C(c["o2"], ["E2"]),
        C(c["o3"], ["E3"]),
        C(c["o4"], ["G2"]),
        C(c["o5"], [], note="a service standard for answering businesses: no outcome of the "
          "corporate plan — stands alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, DejaVu Sans 9; corporate plan): a coloured title band, "
        "'Our priorities' as three bordered cards side by side, each 'Priority n', a coloured "
        "name, a reason, a coloured 'Outcomes we want' over bullets and 'How we will get "
        "there' over circle bullets; 'Corporate Plan 2026–2030 | n' bottom centre; child PDF "
        "(odfpy → LibreOffice, Liberation Sans 10, A4 landscape; service plan): objectives "
        "'O1'–'O5' typed before a tab, an action table 'Ref | Action | Link to corporate "
        "priority | Lead officer | Milestone' with a tinted header, a measures table; header "
        "right, footer centred '… – n'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Rökeby (sv)


@pair
def rokeby_jamstalldhet(d: Path) -> dict:
    g = {
        "1": "Alla barn och unga i Rökeby ska ha samma möjligheter att lyckas i skolan, oavsett "
             "kön och bakgrund.",
        "2": "Fler invånare ska ha ett arbete och kunna försörja sig själva.",
        "3": "Kvinnor och män ska ha samma makt att forma samhället och sina egna liv.",
        "4": "Ingen ska utsättas för våld i nära relationer eller för sexuella trakasserier.",
        "5": "Rökeby kommun ska vara en attraktiv arbetsgivare med goda arbetsvillkor för alla "
             "medarbetare.",
        "6": "Kommunens service ska vara tillgänglig och likvärdig för alla invånare.",
        "7": "Rökeby ska halvera sin klimatpåverkan och vara en föregångare i omställningen.",
    }
    parent = [
        ("title", "Vision och mål 2035"),
        ("sub", "Rökeby kommun · Antagen av kommunfullmäktige 15 juni 2026, § 74"),
        ("h1", "1 Inledning"),
        ("p", "Vision och mål 2035 är kommunens övergripande styrdokument. Det beskriver vad "
         "Rökeby ska vara för kommun om tio år och vilka mål som ska styra nämndernas och "
         "bolagens arbete. Dokumentet ersätter Vision 2025 och de inriktningsmål som "
         "fullmäktige antog 2018."),
        ("p", "Arbetet har pågått sedan hösten 2024. Drygt 1 400 invånare har svarat på en "
         "enkät, och dialogmöten har hållits i Rökeby, Tallås och Bergvik. Ungdomsrådet, "
         "pensionärsrådet och rådet för funktionshinderfrågor har lämnat egna yttranden. "
         "Resultaten från dialogen finns i en separat rapport."),
        ("h1", "2 Rökeby i dag"),
        ("p", "Rökeby har 18 600 invånare. Befolkningen växer långsamt, men andelen invånare "
         "över 80 år ökar snabbt. Var femte invånare är född utomlands. Arbetslösheten är "
         "högre än i länet, särskilt bland utrikesfödda kvinnor, och kvinnor tar ut tre "
         "fjärdedelar av föräldrapenningen."),
        ("p", "Pojkarnas meritvärde i årskurs 9 är i genomsnitt 24 poäng lägre än flickornas. "
         "Polisens trygghetsmätning visar att var tredje kvinna känner sig otrygg i centrala "
         "Rökeby på kvällen. Kommunen är med 2 300 anställda den största arbetsgivaren, och "
         "fyra av fem medarbetare är kvinnor."),
        ("h1", "3 Vision"),
        ("i", "Rökeby – en kommun där alla får växa."),
        ("p", "Visionen beskriver ett samhälle där människor kan forma sina liv, där företag "
         "vill etablera sig och där naturen och kulturarvet tas om hand för kommande "
         "generationer."),
        ("h1", "4 Kommunfullmäktiges mål"),
        ("p", "Fullmäktige har antagit sju mål som gäller fram till 2035. Målen gäller alla "
         "nämnder och kommunens bolag, som ska bryta ned dem i sina verksamhetsplaner och "
         "handlingsplaner."),
        ("num", [g[k] for k in "1234567"], 4),
        ("h1", "5 Så styr vi mot målen"),
        ("p", "Nämnderna beslutar varje år om egna nämndmål som bidrar till fullmäktiges mål. "
         "Kommunstyrelsen följer upp målen i delårsrapporten och årsredovisningen. Vision och "
         "mål 2035 ses över i början av varje mandatperiod."),
    ]
    _docx(parent, d / "parent.pdf", title="Vision och mål 2035 – Rökeby kommun",
          author="Rökeby kommun", header="RÖKEBY KOMMUN · VISION OCH MÅL 2035",
          footer="Antagen av kommunfullmäktige 2026-06-15, § 74", lang="sv-SE",
          font="Liberation Serif", size=11, color="5B3A8C")

    c = {
        "j1": "Kvinnor och män ska vara lika representerade i kommunens nämnder och styrelser.",
        "j2": "Skillnaden i meritvärde mellan flickor och pojkar i årskurs 9 ska halveras.",
        "j3": "Fler som utsätts för våld ska få stöd i tid, och fler som utövar våld ska "
              "erbjudas behandling.",
        "j4": "Alla medarbetare ska kunna arbeta heltid och få lika lön för likvärdigt arbete.",
        "j5": "Invånarna ska få lika god service oavsett om de är kvinnor eller män.",
        "j6": "All statistik om individer ska redovisas uppdelad på kön.",
    }
    m = {
        "valb": "Jämn könsfördelning i valberedningens förslag",
        "ment": "Mentorprogram för kvinnor med nya politiska uppdrag",
        "las": "Läsfrämjande insatser för pojkar i årskurs 4–6",
        "genus": "Genusanalys av elevhälsans ärenden",
        "fraga": "Rutin för att fråga om våld i socialtjänsten och hemtjänsten",
        "stopp": "Behandlingsprogrammet «Stoppa våldet» för våldsutövare",
        "heltid": "Heltid som norm vid alla nyanställningar",
        "lon": "Årlig lönekartläggning med åtgärder mot osakliga löneskillnader",
        "schema": "Schemaprojekt mot delade turer i hemtjänsten",
        "bist": "Jämställdhetsanalys av biståndsbesluten i äldreomsorgen",
        "forb": "Föreningsbidrag som fördelas lika till flickors och pojkars aktiviteter",
        "stat": "Könsuppdelad statistik i alla nämnders verksamhetsberättelser",
    }
    A, T = "Ansvar", "Tidsplan"
    child = [
        ("title", "Handlingsplan för jämställdhet 2027–2030"),
        ("sub", "Rökeby kommun · Kommunstyrelsen · Antagen 3 december 2026, § 188"),
        ("h1", "Inledning"),
        ("p", "Rökeby kommun undertecknade CEMR-deklarationen om jämställdhet 2025. Den här "
         "handlingsplanen beskriver vad kommunen ska göra de närmaste fyra åren för att "
         "kvinnor och män, flickor och pojkar ska ha samma förutsättningar."),
        ("p", "Arbetsmarknadsfrågor och försörjningsstöd hanteras i arbetsmarknadsprogrammet "
         "2026–2029 och ingår inte i denna plan. Jämställdhetsperspektivet ska även beaktas i "
         "kommunens klimatarbete."),
        ("h1", "Mål och åtgärder"),
        ("h2", "1. " + c["j1"]),
        ("p", "I dag är 38 procent av ledamöterna i nämnderna kvinnor."),
        ("measure", m["valb"], [(A, "Valberedningen"), (T, "Inför mandatperioden 2027–2030")]),
        ("measure", m["ment"], [(A, "Kommunledningskontoret"), (T, "2027–2028")]),
        ("h2", "2. " + c["j2"]),
        ("measure", m["las"], [(A, "Barn- och utbildningsförvaltningen"), (T, "Läsåret 2027/28")]),
        ("measure", m["genus"], [(A, "Elevhälsan"), (T, "Våren 2028")]),
        ("h2", "3. " + c["j3"]),
        ("measure", m["fraga"], [(A, "Socialförvaltningen"), (T, "2027")]),
        ("measure", m["stopp"], [(A, "Individ- och familjeomsorgen"), (T, "Från 2028")]),
        ("h2", "4. " + c["j4"]),
        ("p", "Kommunen är den största arbetsgivaren för kvinnor i Rökeby. Var tredje "
         "undersköterska arbetar deltid."),
        ("measure", m["heltid"], [(A, "HR-avdelningen"), (T, "2027")]),
        ("measure", m["lon"], [(A, "HR-avdelningen"), (T, "Varje år i mars")]),
        ("measure", m["schema"], [(A, "Vård- och omsorgsförvaltningen"), (T, "2028")]),
        ("h2", "5. " + c["j5"]),
        ("measure", m["bist"], [(A, "Vård- och omsorgsförvaltningen"), (T, "2028")]),
        ("measure", m["forb"], [(A, "Kultur- och fritidsnämnden"), (T, "Från 2027")]),
        ("h2", "6. " + c["j6"]),
        ("measure", m["stat"], [(A, "Ekonomiavdelningen"), (T, "Bokslut 2027")]),
        ("h1", "Uppföljning"),
        ("note", "Kommunstyrelsen följer upp handlingsplanen varje år i samband med "
         "årsredovisningen. Planen revideras 2030."),
    ]
    _rl(d / "child.pdf", child, family="DejaVuSansCondensed", base=9.5, accent="#5B3A8C",
        title="Handlingsplan för jämställdhet 2027–2030", author="Rökeby kommun",
        side="RÖKEBY KOMMUN · HANDLINGSPLAN FÖR JÄMSTÄLLDHET", foot="Sida {n}")

    goals_ = [
        G("1", g["1"], "partial", [c["j2"], m["las"], m["genus"]], ev="Skillnaden i meritvärde mellan",
          missing=["oavsett bakgrund"],
          note="the goals are the Word-numbered sentences 1–7 under '4 Kommunfullmäktiges "
          "mål' (id = the printed number; the list continues across the page break after 4); "
          "the vision, 'Rökeby i dag' and 'Så styr vi mot målen' are no goals. The gender gap "
          "in school results only; background (born abroad) not addressed"),
        G("2", g["2"], "not_followed_up",
          note="left to another plan: 'hanteras i arbetsmarknadsprogrammet 2026–2029 och ingår "
          "inte i denna plan'"),
        G("3", g["3"], "followed_up", [c["j1"], c["j4"], m["valb"], m["ment"]],
          ev="Kvinnor och män ska vara",
          note="power over society = equal seats in committees and boards, mentors for women "
          "politicians; over their own lives = full time and equal pay (own income)"),
        G("4", g["4"], "partial", [c["j3"], m["fraga"], m["stopp"]], ev="Fler som utsätts för våld",
          missing=["sexuella trakasserier"],
          note="violence (support, asking about violence, treatment of perpetrators); nothing on "
          "sexual harassment"),
        G("5", g["5"], "followed_up", [c["j4"], m["heltid"], m["lon"], m["schema"]],
          ev="Alla medarbetare ska kunna",
          note="in other words: full time, equal pay and no split shifts = good working "
          "conditions for all staff ('attraktiv arbetsgivare' not written)"),
        G("6", g["6"], "partial", [c["j5"], m["bist"], m["forb"]], ev="Invånarna ska få lika god",
          missing=["tillgänglig service"],
          note="equal service for women and men (likvärdig); nothing on access (tillgänglig)"),
        G("7", g["7"], "not_followed_up",
          note="named in passing only: 'Jämställdhetsperspektivet ska även beaktas i kommunens "
          "klimatarbete' — no goal or measure"),
    ]
    kids = [
        C(c["j1"], ["3"], note="the child goals are the numbered headings 1.–6. under 'Mål "
          "och åtgärder' (gold text without the number); the labelled blocks under them (bold "
          "title, 'Ansvar:', 'Tidsplan:') are measures"),
        C(c["j2"], ["1"]),
        C(c["j3"], ["4"]),
        C(c["j4"], ["3", "5"]),
        C(c["j5"], ["6"]),
        C(c["j6"], [], note="gender-disaggregated statistics: a method of the plan, no goal of "
          "Vision och mål — stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Serif 11; Vision och mål "
        "2035): numbered Heading 1 chapters, the seven goals as ONE Word decimal list that "
        "continues across a page break (goal 5 starts page 2); header over a coloured rule, "
        "footer left + page number right; child PDF (reportlab, DejaVu Sans Condensed 9.5; "
        "handlingsplan för jämställdhet): goals as numbered headings '1.'–'6.', measures as "
        "labelled blocks (bold title, then 'Ansvar:' and 'Tidsplan:' lines); a purple band at "
        "the left page edge with the title written upwards, 'Sida n' bottom right over a rule",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Lyngstølen (nn)


@pair
def lyngstolen_rehabilitering(d: Path) -> dict:
    hm = {
        "1": "Lyngstølen skal vere eit helsefremjande samfunn der folk meistrar eigne liv.",
        "2": "Lyngstølen skal ha berekraftige tenester med rett kompetanse.",
        "3": "Lyngstølen skal ha levande grender og eit inkluderande lokalsamfunn.",
    }
    g = {
        "1.1": "Innbyggjarane skal vere fysisk aktive og ha gode levevanar gjennom heile livet.",
        "1.2": "Folk som får sjukdom eller skade, skal raskt kome tilbake til arbeid, skule og "
               "kvardag.",
        "1.3": "Barn og unge med særlege behov skal få tidleg og samordna hjelp.",
        "2.1": "Kommunen skal ha nok fagfolk med rett kompetanse i helse og omsorg.",
        "2.2": "Tenestene skal ta i bruk ny teknologi som gjer kvardagen enklare for brukarane.",
        "3.1": "Alle skal ha høve til å delta i fritid, kultur og frivillig arbeid.",
        "3.2": "Grendene skal ha god tilgang til tenester, kollektivtransport og breiband.",
    }
    parent = [
        ("title", "Kommuneplanen sin samfunnsdel 2026–2038"),
        ("sub", "Lyngstølen kommune · Vedteken i kommunestyret 11. juni 2026, sak 29/26"),
        ("h1", "1 Innleiing"),
        ("p", "Samfunnsdelen viser kva retning kommunestyret vil ha for Lyngstølen dei neste "
         "tolv åra. Han er grunnlaget for arealdelen, for temaplanane og for handlingsdelen "
         "med økonomiplan."),
        ("h1", "2 Visjon"),
        ("p", "«Lyngstølen – saman om det gode livet»"),
        ("h1", "3 Mål for lokalsamfunnet"),
        ("p", "Planen har tre hovudmål. Under kvart hovudmål står delmål som seier kva vi skal "
         "ha oppnådd innan 2038, og strategiar for korleis vi skal arbeide."),
    ]
    strat = {
        "1": ["leggje til rette for kvardagsaktivitet i alle grender",
              "samordne tenestene rundt barn, unge og familiar"],
        "2": ["samarbeide med høgskulen om praksisplassar", "ta i bruk velferdsteknologi"],
        "3": ["støtte lag, organisasjonar og frivilligsentralen",
              "arbeide for betre rutetilbod og breiband i grendene"],
    }
    for n, ks in (("1", ["1.1", "1.2", "1.3"]), ("2", ["2.1", "2.2"]), ("3", ["3.1", "3.2"])):
        parent += [("band", f"Hovudmål {n}: {hm[n]}"), ("lab", "Delmål"),
                   ("hang", [(k, g[k]) for k in ks]), ("lab", "Strategiar"),
                   ("inline", strat[n])]
    parent += [
        ("h1", "4 Oppfølging"),
        ("p", "Delmåla blir følgde opp i temaplanar og i handlingsdelen, som blir rullert kvart "
         "år. Kommunedirektøren rapporterer i årsmeldinga."),
    ]
    _odt(parent, d / "parent.pdf", title="Kommuneplanen sin samfunnsdel 2026–2038 – Lyngstølen",
         header="Lyngstølen kommune · Samfunnsdelen 2026–2038",
         footer="Kommuneplanen sin samfunnsdel", font="Liberation Serif", size=10.5,
         color="#2F5E4E", tint="#E6EFEA", lang="nn", country="NO")

    c = {
        "hm": "Innbyggjarar med nedsett funksjonsevne skal få hjelpa dei treng for å leve eit "
              "aktivt og sjølvstendig liv.",
        "A": "Opptreninga skal starte tidleg og skje nær heimen.",
        "B": "Barn med funksjonsnedsetjingar og familiane deira skal ha éin fast koordinator.",
        "C": "Brukarane skal sjølve vere med og bestemme kva som er viktig for dei.",
        "D": "Teknologi skal hjelpe brukarane til å klare meir sjølv.",
        "E": "Alle tilsette i helse og omsorg skal kunne arbeide rehabiliterande.",
        "F": "Fleire med nedsett funksjonsevne skal delta i fritidsaktivitetar.",
    }
    m = {
        "A1": "Kvardagsrehabilitering i heile kommunen",
        "A2": "Opptrening startar innan to veker etter utskriving frå sjukehus",
        "A3": "Samarbeid med NAV om arbeidsretta rehabilitering for sjukmelde",
        "A4": "Plan for tilrettelegging når elevar kjem tilbake til skulen etter skade eller "
              "sjukdom",
        "B1": "Koordinator innan fire veker for alle barn med behov for langvarige og "
              "samansette tenester",
        "B2": "Faste samarbeidsmøte mellom barnehage, skule, PPT og helsestasjon",
        "C1": "Samtalen «Kva er viktig for deg?» før alle vedtak om rehabilitering",
        "D1": "Digitalt tilsyn, medisindispensar og treningsapp til heimebuande",
        "E1": "Opplæring i kvardagsrehabilitering for alle tilsette i heimetenesta",
        "F1": "Aktivitetsvenn frå frivilligsentralen for personar med nedsett funksjonsevne",
        "F2": "Gratis ledsagarbevis til kultur- og idrettsarrangement",
    }
    resp = {
        "A1": ("heimetenesta", "2027"), "A2": ("fysio- og ergoterapitenesta", "2027"),
        "A3": ("NAV Lyngstølen og fysioterapitenesta", "2028"),
        "A4": ("skulehelsetenesta og skulane", "2028"),
        "B1": ("koordinerande eining", "2027"), "B2": ("kommunalsjef oppvekst", "kvart halvår"),
        "C1": ("tildelingskontoret", "2027"), "D1": ("velferdsteknologikoordinator", "2027–2029"),
        "E1": ("einingsleiar heimetenesta", "2027–2028"), "F1": ("frivilligsentralen", "2028"),
        "F2": ("kulturkontoret", "2027"),
    }
    heads = {"A": "Tidleg opptrening nær heimen", "B": "Koordinerte tenester for barn",
             "C": "Brukarmedverknad", "D": "Velferdsteknologi", "E": "Kompetanse",
             "F": "Fritid og deltaking"}
    W = 83
    child = [
        ("title", "Plan for habilitering og rehabilitering 2027–2030"),
        ("sub", "Lyngstølen kommune · Temaplan · Vedteken i kommunestyret 10.12.2026"),
        ("h1", "1 Bakgrunn"),
        ("p", "Planen gjeld habilitering for barn og vaksne som er fødde med eller får ei "
         "funksjonsnedsetjing tidleg i livet, og rehabilitering etter sjukdom og skade. Han "
         "følgjer opp kommuneplanen sin samfunnsdel 2026–2038 og lov om kommunale helse- og "
         "omsorgstenester."),
        ("p", "Førebyggjande folkehelsearbeid for heile befolkninga er omtala i folkehelseplanen "
         "og er ikkje tema her. Velferdsteknologi krev godt breiband i alle grender; "
         "utbygginga er omtala i kommunedelplan for infrastruktur."),
        ("h1", "2 Målhierarki"),
        ("p", "Figuren viser visjonen, hovudmålet og delmåla i planen."),
        ("boxes", [
            [("VISJON", "Meistring i eigen kvardag", 2, "FFFFFF")],
            [("HOVUDMÅL", c["hm"], 2, "CFE2D8")],
            [("DELMÅL A", c["A"], 1, "E6EFEA"), ("DELMÅL B", c["B"], 1, "E6EFEA")],
            [("DELMÅL C", c["C"], 1, "E6EFEA"), ("DELMÅL D", c["D"], 1, "E6EFEA")],
            [("DELMÅL E", c["E"], 1, "E6EFEA"), ("DELMÅL F", c["F"], 1, "E6EFEA")],
        ], [W, W]),
        ("h1", "3 Tiltak"),
    ]
    for k in "ABCDEF":
        child.append(("b", f"Delmål {k} – {heads[k]}"))
        for t in [x for x in m if x[0] == k]:
            who, when = resp[t]
            child.append(("p", f"{t}  {m[t]} (ansvarleg: {who}; tid: {when})"))
    child += [
        ("h1", "4 Oppfølging"),
        ("p", "Koordinerande eining rapporterer på tiltaka til helse- og omsorgsutvalet kvart "
         "år. Planen blir revidert i 2030."),
    ]
    _docx(child, d / "child.pdf", title="Plan for habilitering og rehabilitering 2027–2030",
          author="Lyngstølen kommune", header="LYNGSTØLEN KOMMUNE · HABILITERING OG REHABILITERING",
          footer="Plan for habilitering og rehabilitering 2027–2030", lang="nn-NO",
          font="Liberation Sans Narrow", size=10.5, color="2F5E4E")

    goals_ = [
        G("1.1", g["1.1"], "not_followed_up",
          note="the goals scored are the DELMÅL '1.1'–'3.2' under each band 'Hovudmål n: …' "
          "(id = the printed number, gold text without it); the three hovudmål are the level "
          "above, served through their delmål and not scored on their own; 'Strategiar', the "
          "vision and 'Oppfølging' are no goals. Left to another plan: 'Førebyggjande "
          "folkehelsearbeid … er omtala i folkehelseplanen og er ikkje tema her'"),
        G("1.2", g["1.2"], "followed_up", [c["hm"], c["A"], m["A1"], m["A2"], m["A3"], m["A4"]],
          ev="Opptreninga skal starte tidleg",
          note="in other words: early training near home (kvardag), NAV work rehabilitation "
          "(arbeid), a plan for pupils returning to school (skule)"),
        G("1.3", g["1.3"], "followed_up", [c["B"], m["B1"], m["B2"]],
          ev="Barn med funksjonsnedsetjingar og",
          note="one coordinator within four weeks = early and coordinated help"),
        G("2.1", g["2.1"], "partial", [c["E"], m["E1"]], ev="Alle tilsette i helse og",
          missing=["nok fagfolk (rekruttering)"],
          note="competence (training of the home-care staff); nothing on having enough staff"),
        G("2.2", g["2.2"], "followed_up", [c["D"], m["D1"]], ev="Teknologi skal hjelpe brukarane",
          note="digital supervision, medicine dispensers, a training app"),
        G("3.1", g["3.1"], "partial", [c["F"], m["F1"], m["F2"]], ev="Fleire med nedsett funksjonsevne",
          missing=["frivillig arbeid"],
          note="leisure and culture for people with disabilities (the plan's share); taking "
          "part in voluntary work not addressed — the activity friend comes FROM the volunteer "
          "centre"),
        G("3.2", g["3.2"], "not_followed_up",
          note="named in passing and left to another plan: 'breiband … er omtala i "
          "kommunedelplan for infrastruktur'"),
    ]
    kids = [
        C(c["hm"], ["1.2"], note="the child goals are the boxes of the 'Målhierarki' table: "
          "the HOVUDMÅL and DELMÅL A–F (labels not part of the text; VISJON is no goal); "
          "the lines 'A1 …' under '3 Tiltak' are measures. The child's hovudmål (an active and "
          "independent life with a disability) serves 1.2 — the parent's hovudmål 1 is not "
          "scored"),
        C(c["A"], ["1.2"]),
        C(c["B"], ["1.3"]),
        C(c["C"], [], note="user participation: no delmål of the samfunnsdel — stands alone"),
        C(c["D"], ["2.2"]),
        C(c["E"], ["2.1"]),
        C(c["F"], ["3.1"]),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (odfpy → LibreOffice, Liberation Serif 10.5; samfunnsdel): "
        "three tinted bands 'Hovudmål n: …' with a rule at the left, each over a small "
        "'Delmål' label, delmål '1.1'–'3.2' typed before a tab in a hanging indent, and "
        "'Strategiar' as • lines; header right, footer centred '… – n'; child PDF (python-docx "
        "→ LibreOffice, Liberation Sans Narrow 10.5; plan for habilitering og rehabilitering): a 'Målhierarki' "
        "drawn as a borderless table with cell spacing — framed shaded boxes VISJON, HOVUDMÅL "
        "(spanning) and DELMÅL A–F two to a row — then '3 Tiltak' as bold 'Delmål X – …' "
        "over plain lines 'A1  … (ansvarleg: …; tid: …)'; header over a rule, footer left + "
        "page number right",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder=BUILDER)


if __name__ == "__main__":
    main(sys.argv[1:])
