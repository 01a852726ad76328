"""Build the forty-second blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-06 by `bpar42` without reading plancheck's code, tests or bench, without
running it, and without reading parents-blind43. ORDINARY pairs, the child following the parent
up mostly in other words (see README.md for each document's form and the gold conventions):

- Løvstad (nb): kommuneplanens samfunnsdel (Chromium) → 'Plan for helse og omsorg 2027–2031'
  (python-docx → LibreOffice): coded 'D1' … delmål, tiltak tables with year columns ticked.
- Kvitsund (nn): 'Regional plan for kultur 2026–2035' of Fjordvest fylkeskommune (reportlab)
  → Kvitsund kommune's 'Kulturplan 2027–2030' (Chromium) by 'Innsatsområde'.
- Hålsjö (sv): 'Översiktsplan 2040' (python-docx → LibreOffice) → 'Trafikstrategi 2027–2035'
  (reportlab) with a goal table 'Mål | Indikator | 2025 | 2035' and an 'Åtgärder' table.
- Hørsted (da): 'Planstrategi 2027' (odfpy → LibreOffice) with 'Indsatsområde' and roman
  'Målsætninger' → 'Naturpolitik – Handleplan 2027–2028' (reportlab).
- Marsfield (en): Ellershire's 'Joint Health and Wellbeing Strategy 2026–2031' (Chromium) →
  Marsfield District Council's 'Health and Wellbeing Action Plan 2026–2028' (python-docx →
  LibreOffice, A4 landscape, shaded 'Aim n' rows over action rows).

    python corpora/parents-blind42/make_pairs.py                  # all pairs
    python corpora/parents-blind42/make_pairs.py --verify         # re-read the PDFs only
    python corpora/parents-blind42/make_pairs.py --twice          # build twice, compare sha256

The four document writers (`_rl`, `_docx`, `_html`, `_odt`) are this batch's own surfaces; the
gold writer and checks (`G`, `C`, batch 14's `main`, batch 20's `verify`) come through batch
31's builder and `pairkit.parents_main`.
"""

from __future__ import annotations

import html as _html
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import _docx_helpers as dh  # noqa: E402
import blindkit as bk  # noqa: E402
import pairkit as pk  # noqa: E402

_p31 = pk.load_module("parents_blind31_make_pairs", HERE.parent / "parents-blind31" / "make_pairs.py")
_p20, _p14 = _p31._p20, _p31._p14
G, C = _p31.G, _p31.C

PAIRS, pair = pk.pair_registry()
e = _html.escape
BUILDER = "corpora/parents-blind42/make_pairs.py"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


# =========================================================================== writers


def _rl_family(family: str) -> dict[str, str]:
    """Register a TTF family for reportlab under P42-<family>; returns {style: name}."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    d, r, b, i, bi = {
        "DejaVuSansCondensed": (DEJAVU, "DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
                                "DejaVuSansCondensed-Oblique.ttf",
                                "DejaVuSansCondensed-BoldOblique.ttf"),
        "LiberationSerif": (bk.LIBERATION, "LiberationSerif-Regular.ttf",
                            "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
                            "LiberationSerif-BoldItalic.ttf"),
        "LiberationSans": (bk.LIBERATION, "LiberationSans-Regular.ttf",
                           "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf",
                           "LiberationSans-BoldItalic.ttf"),
    }[family]
    base = f"P42-{family}"
    names = {"normal": base, "bold": base + "-B", "italic": base + "-I", "boldItalic": base + "-BI"}
    for n, fn in zip(names.values(), (r, b, i, bi), strict=True):
        pdfmetrics.registerFont(TTFont(n, str(d / fn)))
    pdfmetrics.registerFontFamily(base, **names)
    return names


def _rl(pdf: Path, blocks, *, family: str, base: float, accent: str, title: str, author: str,
        top_left: str, bottom: str, landscape: bool = False, strip: bool = True) -> Path:
    """reportlab (invariant). Blocks: ("title"|"sub"|"h1"|"h2"|"p"|"small"|"label", text);
    ("goal", code, text): a code in a tinted box left of the text; ("bullets", [..]); ("table",
    head, rows, widths_mm) with the header row repeated, a row ("=", text) a tinted row across
    the table. Furniture: TOP_LEFT at the top left in grey, a coloured strip at the left page
    edge (STRIP) or a coloured rule under the head, BOTTOM centred with ' – n – ' under it."""
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as _land
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

    f = _rl_family(family)
    acc = colors.HexColor(accent)
    tint = colors.HexColor("#eef1f4")
    ink = colors.HexColor("#202020")
    grey = colors.HexColor("#5f5f5f")
    ps = {
        "title": ParagraphStyle("t", fontName=f["bold"], fontSize=base + 9, leading=base + 13,
                                textColor=ink, spaceAfter=2),
        "sub": ParagraphStyle("s", fontName=f["italic"], fontSize=base, leading=base + 3,
                              textColor=grey, spaceAfter=10),
        "h1": ParagraphStyle("h1", fontName=f["bold"], fontSize=base + 3, leading=base + 6,
                             textColor=acc, spaceBefore=9, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName=f["bold"], fontSize=base + 1, leading=base + 4,
                             textColor=ink, spaceBefore=6, spaceAfter=3),
        "label": ParagraphStyle("lb", fontName=f["bold"], fontSize=base - 0.5, leading=base + 3,
                                textColor=acc, spaceBefore=4, spaceAfter=2),
        "p": ParagraphStyle("p", fontName=f["normal"], fontSize=base, leading=base * 1.38,
                            spaceAfter=5, textColor=ink),
        "small": ParagraphStyle("sm", fontName=f["italic"], fontSize=base - 1.5,
                                leading=base + 1, textColor=grey, spaceAfter=4),
        "li": ParagraphStyle("li", fontName=f["normal"], fontSize=base, leading=base * 1.35,
                             leftIndent=6 * mm, bulletIndent=1.5 * mm, spaceAfter=2, textColor=ink),
        "gc": ParagraphStyle("gc", fontName=f["bold"], fontSize=base, leading=base * 1.3,
                             textColor=acc),
        "gt": ParagraphStyle("gt", fontName=f["normal"], fontSize=base, leading=base * 1.3,
                             textColor=ink),
        "c": ParagraphStyle("c", fontName=f["normal"], fontSize=base - 1, leading=base + 1.6),
        "ch": ParagraphStyle("ch", fontName=f["bold"], fontSize=base - 1, leading=base + 1.6,
                             textColor=ink),
        "cs": ParagraphStyle("cs", fontName=f["bold"], fontSize=base - 0.5, leading=base + 2,
                             textColor=acc),
    }
    story = []
    for b in blocks:
        k = b[0]
        if k in ps and k not in ("li", "gc", "gt", "c", "ch", "cs"):
            story.append(Paragraph(e(b[1]), ps[k]))
        elif k == "bullets":
            story += [Paragraph(e(x), ps["li"], bulletText="•") for x in b[1]]
            story.append(Spacer(1, 3))
        elif k == "goal":
            t = Table([[Paragraph(e(b[1]), ps["gc"]), Paragraph(e(b[2]), ps["gt"])]],
                      colWidths=[16 * mm, None])
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), tint),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                                   ("LEFTPADDING", (1, 0), (1, 0), 6)]))
            story += [t, Spacer(1, 2.5)]
        elif k == "keep":
            story.append(KeepTogether([Paragraph(e(x[1]), ps[x[0]]) for x in b[1]]))
        elif k == "table":
            _, head, rows, widths = b
            data = [[Paragraph(e(x), ps["ch"]) for x in head]]
            style = [("LINEBELOW", (0, 0), (-1, 0), 1, acc),
                     ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#b5b5b5")),
                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
            for i, r in enumerate(rows, start=1):
                if r[0] == "=":
                    data.append([Paragraph(e(r[1]), ps["cs"])] + [""] * (len(head) - 1))
                    style += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), tint)]
                else:
                    data.append([Paragraph(e(x), ps["c"]) for x in r])
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1, hAlign="LEFT")
            t.setStyle(TableStyle(style))
            story += [t, Spacer(1, 6)]
        else:
            raise ValueError(k)
    size = _land(A4) if landscape else A4
    w, h = size

    def furniture(canvas, doc):
        canvas.saveState()
        if strip:
            canvas.setFillColor(acc)
            canvas.rect(0, 0, 6 * mm, h, stroke=0, fill=1)
        else:
            canvas.setStrokeColor(acc)
            canvas.setLineWidth(1.2)
            canvas.line(22 * mm, h - 14 * mm, w - 18 * mm, h - 14 * mm)
        canvas.setFillColor(grey)
        canvas.setFont(f["normal"], 7.5)
        canvas.drawString(22 * mm, h - 12 * mm, top_left)
        canvas.drawCentredString(w / 2, 11 * mm, bottom)
        canvas.drawCentredString(w / 2, 7 * mm, f"– {doc.page} –")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(pdf), pagesize=size, title=title, author=author, creator=author,
        leftMargin=22 * mm, rightMargin=18 * mm, topMargin=19 * mm, bottomMargin=20 * mm,
        invariant=1,
    )
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return pdf


def _docx(blocks, pdf: Path, *, title: str, author: str, header: str, footer_left: str,
          lang: str, font: str, size: float, color: str, fill: str,
          landscape: bool = False) -> Path:
    """python-docx → LibreOffice. Blocks: ("title"|"sub"|"h1"|"h2"|"p"|"i", text); ("coded",
    code, text) a bold code, a tab and the text in a hanging indent; ("bullets", [..]);
    ("table", head, rows, widths, opts) with the header row repeated, a row ("=", text) one
    shaded cell across the table, opts 'centre' = centred column indices. Header right over a
    rule (setup_header_footer); footer FOOTER_LEFT left and the page number right."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm

    doc = dh.new_document(font=font, size=size, margins_mm=20, heading_color=color)
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    rpr.find(qn("w:lang")).set(qn("w:val"), lang)
    sec = doc.sections[0]
    if landscape:
        from docx.enum.section import WD_ORIENT

        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    dh.setup_header_footer(sec, header, footer="page", size=8, footer_left=footer_left)
    bul = dh.add_num(doc, dh.add_abstract_num(doc, "symbol_bullet"))
    for b in blocks:
        k = b[0]
        if k == "title":
            dh.para(doc, b[1], bold=True, size=size + 8, color=color, space_after=2)
        elif k == "sub":
            dh.para(doc, b[1], size=size - 0.5, color="595959", space_after=14)
        elif k in ("h1", "h2"):
            dh.heading(doc, b[1], int(k[1]))
        elif k == "p":
            dh.para(doc, b[1])
        elif k == "i":
            dh.para(doc, b[1], italic=True, size=size - 1, color="595959", space_after=6)
        elif k == "coded":
            p = dh.para(doc, "", space_after=4, keep_with_next=True)
            pf = p.paragraph_format
            pf.left_indent, pf.first_line_indent = Mm(13), Mm(-13)
            pf.tab_stops.add_tab_stop(Mm(13))
            r = p.add_run(b[1] + "\t")
            r.bold = True
            r.font.color.rgb = dh.RGBColor.from_string(color)
            p.add_run(b[2]).bold = True
        elif k == "bullets":
            for x in b[1]:
                dh.list_item(doc, x, bul)
        elif k == "table":
            _, head, rows, widths, opts = b
            t = dh.new_table(doc, widths)
            r = dh.add_row(t, head, widths, size=size - 1, bold=True, fill=fill)
            dh.set_repeat_header(r)
            centre = set(opts.get("centre", ()))
            for row in rows:
                if row[0] == "=":
                    rr = dh.add_row(t, [row[1]], widths, size=size - 0.5, bold=True,
                                    fill=opts.get("band", fill), span_all=True,
                                    keep_with_next=True)
                else:
                    rr = dh.add_row(t, list(row), widths, size=size - 1)
                    for j in centre:
                        for p in rr.cells[j].paragraphs:
                            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                dh.set_cant_split(rr)
            for j in centre:
                for p in t.rows[0].cells[j].paragraphs:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            dh.para(doc, "", space_after=2)
        else:
            raise ValueError(k)
    dh.set_core_properties(doc, title=title, author=author)
    with tempfile.TemporaryDirectory(prefix="parblind42-docx-") as tmp:
        src = Path(tmp) / (pdf.stem + ".docx")
        dh.save_deterministic(doc, src)
        out = dh.export_pdf(src, Path(tmp))
        pdf.write_bytes(out.read_bytes())
    return pdf


def _html(lang: str, title: str, css: str, body: list[str], pdf: Path) -> Path:
    """HTML → Chromium print; CSS carries the page box, fonts and running furniture."""
    page = "\n".join([
        f"<!DOCTYPE html>\n<html lang='{lang}'><head><meta charset='utf-8'>",
        f"<title>{e(title)}</title><style>",
        "table{border-collapse:collapse;width:100%}thead{display:table-header-group}"
        "tr{break-inside:avoid}",
        css,
        "</style></head><body>", *body, "</body></html>",
    ])
    with tempfile.TemporaryDirectory(prefix="parblind42-html-") as tmp:
        src = Path(tmp) / (pdf.stem + ".html")
        src.write_text(page, encoding="utf-8")
        return bk.chromium_pdf(src, pdf)



def _odt(blocks, pdf: Path, *, title: str, header: str, footer: str, font: str, size: float,
         color: str) -> Path:
    """odfpy → LibreOffice. Blocks: ("title"|"sub"|"h1"|"p"|"lead", text); ("roman", [..]) goals
    as 'i.', 'ii.', … typed before a tab in a hanging indent (not a list). Header: HEADER left
    over a rule; footer: FOOTER and ' · side n' right."""
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
        TabStop,
        TabStops,
        TextProperties,
    )
    from odf.text import H, P, PageNumber, Span
    from odf.text import Tab as OTab

    doc = OpenDocumentText()
    doc.fontfacedecls.addElement(FontFace(name=font, fontfamily=font, fontfamilygeneric="roman"))
    pl = PageLayout(name="PL")
    pl.addElement(PageLayoutProperties(pagewidth="210mm", pageheight="297mm", margintop="14mm",
                                       marginbottom="14mm", marginleft="25mm",
                                       marginright="25mm", printorientation="portrait"))
    doc.automaticstyles.addElement(pl)

    def pstyle(name, *, sz=size, bold=False, italic=False, col="#1a1a1a", before="0mm",
               after="2mm", indent=None, family_auto=False, border=None, keep=False, tabs=None):
        st = Style(name=name, family="paragraph")
        pp = dict(margintop=before, marginbottom=after)
        if indent:
            pp.update(marginleft=indent[0], textindent=indent[1])
        if border:
            pp.update(borderbottom=border, paddingbottom="1mm")
        if keep:
            pp["keepwithnext"] = "always"
        ppe = ParagraphProperties(**pp)
        if tabs:
            ts = TabStops()
            for t in tabs:
                ts.addElement(TabStop(position=t))
            ppe.addElement(ts)
        st.addElement(ppe)
        tp = dict(fontname=font, fontsize=f"{sz}pt", color=col)
        if bold:
            tp["fontweight"] = "bold"
        if italic:
            tp["fontstyle"] = "italic"
        st.addElement(TextProperties(**tp))
        (doc.automaticstyles if family_auto else doc.styles).addElement(st)
        return st

    st = {
        "title": pstyle("P42Title", sz=size + 10, bold=True, col=color, after="1mm"),
        "sub": pstyle("P42Sub", sz=size - 0.5, italic=True, col="#555555", after="8mm"),
        "h1": pstyle("P42H1", sz=size + 3, bold=True, col=color, before="6mm", after="2mm",
                     keep=True),
        "p": pstyle("P42Body", after="2.5mm"),
        "lead": pstyle("P42Lead", bold=True, before="2mm", after="1.5mm", keep=True),
        "roman": pstyle("P42Roman", indent=("10mm", "-10mm"), after="1.8mm", tabs=["0mm"]),
        "hdr": pstyle("P42Hdr", sz=7.5, col="#555555", border="0.5pt solid #888888",
                      family_auto=True),
        "ftr": pstyle("P42Ftr", sz=7.5, col="#555555", family_auto=True),
    }
    ftr_st = st["ftr"]
    ftr_st.getElementsByType(ParagraphProperties)[0].setAttribute("textalign", "end")
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    hd = Header()
    hd.addElement(P(stylename=st["hdr"], text=header))
    mp.addElement(hd)
    ft = Footer()
    fp = P(stylename=st["ftr"], text=footer + " · side ")
    fp.addElement(PageNumber(selectpage="current", text="1"))
    ft.addElement(fp)
    mp.addElement(ft)
    doc.masterstyles.addElement(mp)
    romans = ["i", "ii", "iii", "iv", "v", "vi"]
    for b in blocks:
        k = b[0]
        if k == "h1":
            doc.text.addElement(H(outlinelevel=1, stylename=st["h1"], text=b[1]))
        elif k == "roman":
            for n, x in enumerate(b[1]):
                par = P(stylename=st["roman"])
                par.addElement(Span(text=romans[n] + "."))
                par.addElement(OTab())
                par.addText(x)
                doc.text.addElement(par)
        else:
            doc.text.addElement(P(stylename=st[k], text=b[1]))
    doc.meta.addElement(DcTitle(text=title))
    with tempfile.TemporaryDirectory(prefix="parblind42-odt-") as tmp:
        src = Path(tmp) / (pdf.stem + ".odt")
        doc.save(str(src))
        out = bk.soffice_pdf(src, Path(tmp))
        pdf.write_bytes(out.read_bytes())
    return pdf


# =========================================================================== 1 Løvstad (nb)


@pair
def lovstad_helse_og_omsorg(d: Path) -> dict:
    g = {
        "1.1": "Innbyggerne i Løvstad skal leve flere gode leveår, og de sosiale forskjellene i "
               "helse skal bli mindre.",
        "1.2": "Eldre skal kunne bo trygt i eget hjem så lenge som mulig.",
        "1.3": "Tjenestene skal være like gode uansett hvor i kommunen man bor.",
        "2.1": "Barn og unge skal ha en trygg oppvekst og god psykisk helse.",
        "2.2": "Flere skal fullføre videregående opplæring.",
        "3.1": "Kommunen skal ha nok kvalifiserte medarbeidere til å løse oppgavene.",
        "3.2": "Frivillige lag og organisasjoner skal ha gode rammevilkår.",
        "3.3": "Kommunen skal ta i bruk ny teknologi for å gi bedre og mer effektive tjenester.",
    }
    themes = [
        ("1", "Helse og livskvalitet",
         "Løvstad har en eldre befolkning enn landet for øvrig. Innbyggere med kort utdanning "
         "har dårligere helse enn andre, og avstandene mellom bygdene er store.",
         ["1.1", "1.2", "1.3"],
         ["Forebygge mer og behandle mindre.",
          "Legge til rette for at folk kan mestre eget liv, også med sykdom og funksjonsnedsettelse."]),
        ("2", "Oppvekst og utdanning",
         "Barnehagene og skolene i Løvstad får gode resultater, men for mange ungdommer "
         "slutter i videregående opplæring.",
         ["2.1", "2.2"],
         ["Tidlig innsats i barnehage og skole.", "Godt samarbeid med foreldrene."]),
        ("3", "En robust kommuneorganisasjon",
         "Det blir færre i arbeidsfør alder og flere eldre. Kommunen må finne nye måter å "
         "løse oppgavene på og samarbeide godt med frivilligheten.",
         ["3.1", "3.2", "3.3"],
         ["Heltidskultur i alle virksomheter.", "Samarbeid med nabokommunene der det gir bedre "
          "tjenester."]),
    ]
    body = [
        "<h1>Kommuneplanens samfunnsdel 2027–2039</h1>",
        "<p class='sub'>Løvstad kommune · Vedtatt av kommunestyret 11. mars 2027 (sak 14/27)</p>",
        "<h2>Innledning</h2>",
        "<p>Samfunnsdelen er kommunens overordnede plan for utviklingen av Løvstad-samfunnet og "
        "kommunen som organisasjon. Planen har tre tema. For hvert tema er det satt langsiktige "
        "mål og strategier. Målene skal følges opp i temaplaner og i handlings- og "
        "økonomiplanen.</p>",
        "<p class='vision'>Visjon: «Løvstad – trygg, varm og nær»</p>",
    ]
    for no, head, text, ks, strat in themes:
        body += [f"<h2>Tema {no}: {e(head)}</h2>", f"<p>{e(text)}</p>",
                 "<h3>Langsiktige mål</h3>", "<table class='goals'>"]
        body += [f"<tr><td class='no'>{k}</td><td>{e(g[k])}</td></tr>" for k in ks]
        body += ["</table>", "<h3>Strategier</h3>", "<ul>"]
        body += [f"<li>{e(x)}</li>" for x in strat]
        body.append("</ul>")
    body += [
        "<h2>Arealstrategi</h2>",
        "<p>Nye boliger bygges først og fremst i Løvstad sentrum og på Sand. Landbruksjord "
        "skal ikke omdisponeres til utbygging.</p>",
        "<h2>Oppfølging og rapportering</h2>",
        "<p>Kommunedirektøren rapporterer på måloppnåelsen i årsrapporten. Planen vurderes "
        "på nytt i kommunal planstrategi i 2028.</p>",
    ]
    css = (
        "@page{size:A4;margin:22mm 22mm 22mm 24mm;"
        "@top-left{content:'Løvstad kommune – Kommuneplanens samfunnsdel 2027–2039';"
        "font:7.5pt 'DejaVu Sans',sans-serif;color:#777}"
        "@bottom-right{content:'side ' counter(page);font:7.5pt 'DejaVu Sans',sans-serif;"
        "color:#777}}"
        "body{font-family:'DejaVu Serif',serif;font-size:10pt;line-height:1.45;color:#222}"
        "h1{font-family:'DejaVu Sans',sans-serif;font-size:18pt;color:#23527c;margin:0 0 1mm}"
        ".sub{color:#666;font-size:9pt;margin:0 0 6mm}"
        "h2{font-family:'DejaVu Sans',sans-serif;font-size:12.5pt;color:#23527c;margin:6mm 0 2mm;"
        "border-bottom:.5pt solid #23527c;padding-bottom:1mm}"
        "h3{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:3mm 0 1.5mm;color:#333;"
        "break-after:avoid}"
        "p{margin:0 0 2mm}.vision{font-style:italic;color:#444}"
        "table.goals td{vertical-align:top;padding:.6mm 0}"
        "table.goals td.no{width:11mm;font-family:'DejaVu Sans',sans-serif;font-weight:bold;"
        "color:#23527c}"
        "ul{margin:0 0 2mm;padding-left:6mm}li{margin-bottom:.8mm}"
    )
    _html("nb", "Kommuneplanens samfunnsdel 2027–2039 – Løvstad kommune", css, body,
          d / "parent.pdf")

    c = {
        "D1": "Flere innbyggere skal være fysisk aktive og klare seg selv langt opp i årene.",
        "D2": "Eldre som bor hjemme, skal føle seg trygge og få hjelp når de trenger det.",
        "D3": "Hjemmetjenesten skal nå brukerne på Sand og i Nordbygda like raskt som i "
              "sentrum.",
        "D4": "Gravide, småbarnsforeldre og skoleelever skal lett få snakke med en "
              "helsesykepleier.",
        "D5": "Pasienter og pårørende skal få god informasjon og bli tatt med på råd.",
        "D6": "Vi skal rekruttere og beholde sykepleiere og helsefagarbeidere.",
        "D7": "Velferdsteknologi skal være en del av tilbudet til alle som får hjemmetjenester.",
        "D8": "Måltidene på sykehjemmet skal være et høydepunkt i hverdagen.",
    }
    t = {
        "1.1": "Frisklivssentralen gir treningsgrupper både i sentrum og på Sand",
        "1.2": "Hverdagsrehabilitering for alle som søker hjemmetjenester for første gang",
        "2.1": "Trygghetsalarm med utrykning hele døgnet",
        "2.2": "Dagsenter for personer med demens to dager i uka",
        "3.1": "Egen base for hjemmetjenesten på Sand",
        "3.2": "Felles turnus for hjemmetjenesten i hele kommunen",
        "4.1": "Helsesykepleier på hver skole minst tre dager i uka",
        "4.2": "Åpen helsestasjon for ungdom hver onsdag ettermiddag",
        "5.1": "Pårørendesamtale innen fire uker etter innflytting på sykehjemmet",
        "5.2": "Brukerundersøkelse i hjemmetjenesten annethvert år",
        "6.1": "Alle nyansatte tilbys hel stilling",
        "6.2": "Seks læreplasser i helsearbeiderfaget hvert år",
        "6.3": "Stipend til videreutdanning i geriatri og psykisk helse",
        "7.1": "Digitalt tilsyn og elektroniske medisindispensere",
        "7.2": "Behovet for teknologi vurderes ved første hjemmebesøk",
        "8.1": "Middag lages på sykehjemmets eget kjøkken",
    }
    X = "x"

    def tab(rows):
        return ("table", ["Nr.", "Tiltak", "Ansvarlig", "2027", "2028", "2029", "2030"],
                [(n, t[n], who, *yrs) for n, who, yrs in rows], [12, 78, 38, 12, 12, 12, 12],
                {"centre": (3, 4, 5, 6)})

    child = [
        ("title", "Plan for helse og omsorg 2027–2031"),
        ("sub", "Løvstad kommune · Kommunedelplan · Vedtatt i kommunestyret 23. september 2027"),
        ("h1", "1 Innledning"),
        ("p", "Planen viser hvordan helse- og omsorgstjenestene skal utvikles de neste fire "
         "årene. Den bygger på kommuneplanens samfunnsdel og på den nasjonale reformen Bo "
         "trygt hjemme. Hvert kapittel har ett eller flere delmål og en tabell med tiltak. "
         "Kryss viser hvilke år tiltaket gjennomføres."),
        ("p", "Samarbeidet med lag, foreninger og frivillige er beskrevet i "
         "frivillighetsplanen 2026–2029 og tas ikke opp her."),
        ("h1", "2 Utfordringer"),
        ("p", "Antall innbyggere over 80 år blir nesten doblet fram mot 2040. Samtidig blir det "
         "vanskeligere å rekruttere sykepleiere. Brukerne i Nordbygda venter lenger på "
         "hjemmetjenesten enn brukerne i sentrum."),
        ("h1", "3 Forebygging og mestring"),
        ("coded", "D1", c["D1"]),
        tab([("1.1", "Helse og mestring", (X, X, X, X)),
             ("1.2", "Hjemmetjenesten", (X, X, "", ""))]),
        ("h1", "4 Tjenester i hjemmet"),
        ("coded", "D2", c["D2"]),
        tab([("2.1", "Hjemmetjenesten", (X, X, X, X)),
             ("2.2", "Sykehjemmet", ("", X, X, X))]),
        ("coded", "D3", c["D3"]),
        tab([("3.1", "Kommunalsjef helse", (X, "", "", "")),
             ("3.2", "Hjemmetjenesten", ("", X, "", ""))]),
        ("h1", "5 Barn, unge og familier"),
        ("coded", "D4", c["D4"]),
        tab([("4.1", "Helsestasjonen", (X, X, X, X)),
             ("4.2", "Helsestasjonen", (X, X, X, X))]),
        ("h1", "6 Brukere og pårørende"),
        ("coded", "D5", c["D5"]),
        tab([("5.1", "Sykehjemmet", (X, X, X, X)),
             ("5.2", "Kvalitetsrådgiver", (X, "", X, ""))]),
        ("coded", "D8", c["D8"]),
        tab([("8.1", "Sykehjemmet", ("", X, X, X))]),
        ("h1", "7 Medarbeidere og teknologi"),
        ("coded", "D6", c["D6"]),
        tab([("6.1", "Alle virksomhetsledere", (X, X, X, X)),
             ("6.2", "HR", (X, X, X, X)),
             ("6.3", "HR", ("", X, "", X))]),
        ("coded", "D7", c["D7"]),
        tab([("7.1", "Hjemmetjenesten", (X, X, "", "")),
             ("7.2", "Hjemmetjenesten", (X, X, X, X))]),
        ("h1", "8 Økonomi og oppfølging"),
        ("p", "Tiltak som krever nye midler, tas inn i handlings- og økonomiplanen. Planen "
         "evalueres i 2031."),
    ]
    _docx(child, d / "child.pdf", title="Plan for helse og omsorg 2027–2031",
          author="Løvstad kommune", header="Plan for helse og omsorg 2027–2031",
          footer_left="Løvstad kommune", lang="nb-NO", font="Liberation Sans Narrow", size=10.5,
          color="23527C", fill="DCE6F0")

    goals_ = [
        G("1.1", g["1.1"], "partial", [c["D1"], t["1.1"], t["1.2"]], ev="Flere innbyggere skal være",
          missing=["sosiale forskjeller i helse"],
          note="the goals are the numbered rows under 'Langsiktige mål' in each theme (id = the "
          "printed number, gold text without it); 'Strategier' bullets, the vision, the theme "
          "texts, 'Arealstrategi' and 'Oppfølging og rapportering' are no goals. Active and "
          "managing on one's own = good years of life; nothing on social differences in health"),
        G("1.2", g["1.2"], "followed_up", [c["D2"], t["1.2"], t["2.1"], t["2.2"]],
          ev="Eldre som bor hjemme, skal",
          note="in other words: safe at home with help when needed, everyday rehabilitation, "
          "alarms and a day centre ('så lenge som mulig' never written)"),
        G("1.3", g["1.3"], "followed_up", [c["D3"], t["3.1"], t["3.2"]],
          ev="Hjemmetjenesten skal nå brukerne",
          note="in other words: the home service reaching Sand and Nordbygda as fast as the "
          "centre, a base at Sand — the plan's share of equal services across the municipality"),
        G("2.1", g["2.1"], "partial", [c["D4"], t["4.1"], t["4.2"]],
          ev="Gravide, småbarnsforeldre og",
          missing=["trygg oppvekst"],
          note="school nurses and an open youth clinic serve mental health; nothing on a safe "
          "childhood otherwise"),
        G("2.2", g["2.2"], "not_followed_up", note="silent: nothing on completing upper "
          "secondary education"),
        G("3.1", g["3.1"], "followed_up", [c["D6"], t["6.1"], t["6.2"], t["6.3"]],
          ev="Vi skal rekruttere og beholde",
          note="recruiting and keeping nurses, full-time posts, apprentices and further "
          "education: the plan's whole share"),
        G("3.2", g["3.2"], "not_followed_up",
          note="trap: named in passing — the introduction leaves cooperation with associations "
          "and volunteers to the frivillighetsplan"),
        G("3.3", g["3.3"], "followed_up", [c["D7"], t["7.1"], t["7.2"]],
          ev="Velferdsteknologi skal være en",
          note="in other words: welfare technology for everyone with home services"),
    ]
    kids = [
        C(c["D1"], ["1.1"], note="the child goals are the bold coded paragraphs D1 … D8 (the "
          "code not part of the gold text); the rows of the 'Nr. | Tiltak | Ansvarlig | 2027 … "
          "2030' tables are measures (served_by), never child goals; 'Ansvarlig' and the year "
          "crosses are no goals. Measure 1.2 (everyday rehabilitation) also serves 1.2"),
        C(c["D2"], ["1.2"]),
        C(c["D3"], ["1.3"]),
        C(c["D4"], ["2.1"]),
        C(c["D5"], [], note="information and involvement of patients and relatives, stands alone"),
        C(c["D6"], ["3.1"]),
        C(c["D7"], ["3.3"]),
        C(c["D8"], [], note="meals in the nursing home, stands alone (printed after D5, out of "
          "code order)"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, DejaVu Serif 10 with DejaVu Sans headings; kommuneplanens "
        "samfunnsdel): 'Tema n: …' headings ruled below, a small 'Langsiktige mål' heading over "
        "a borderless two-column table (number 1.1 … in blue bold, goal text), 'Strategier' "
        "bullets; running title top left and 'side n' bottom right in CSS margin boxes; child "
        "PDF (python-docx → LibreOffice, Liberation Sans Narrow 10.5; plan for helse og "
        "omsorg): numbered Heading 1 chapters, each delmål a bold paragraph 'D1<tab>…' in a "
        "hanging indent over a table 'Nr. | Tiltak | Ansvarlig | 2027 | 2028 | 2029 | 2030' "
        "with crosses; header right over a rule, footer 'Løvstad kommune' left and the page "
        "number right",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Kvitsund (nn)


@pair
def kvitsund_kulturplan(d: Path) -> dict:
    g = {
        "A1": "Alle innbyggjarar i Fjordvest skal ha tilgang til eit breitt og profesjonelt "
              "kunst- og kulturtilbod.",
        "A2": "Barn og unge skal få oppleve og skape kunst og kultur, uavhengig av økonomi og "
              "kvar dei bur.",
        "A3": "Det frivillige kulturlivet skal vere sterkt og mangfaldig.",
        "B1": "Kulturarven skal takast vare på og brukast som ein ressurs for lokalsamfunna.",
        "B2": "Samisk kultur og kulturen til dei nasjonale minoritetane skal vere synleg.",
        "C1": "Det skal finnast tenlege kulturbygg og møteplassar i alle delar av fylket.",
        "C2": "Kunst og kultur skal vere ein del av næringsutviklinga og reiselivet.",
    }
    parent = [
        ("title", "Regional plan for kultur 2026–2035"),
        ("sub", "Fjordvest fylkeskommune · Vedteken av fylkestinget 9. juni 2026"),
        ("h1", "1 Innleiing"),
        ("p", "Den regionale planen for kultur gir retning for arbeidet til fylkeskommunen, "
         "kommunane og kulturlivet fram mot 2035. Planen har tre tema. For kvart tema er det "
         "sett mål, og fylkeskommunen gjer greie for korleis han vil arbeide. Kommunane blir "
         "oppmoda om å følgje opp måla i sine eigne planar."),
        ("h1", "2 Tema A: Kunst og kulturopplevingar"),
        ("p", "Fjordvest har eit rikt kulturliv, men tilbodet er ujamt fordelt. Mange av dei "
         "profesjonelle institusjonane ligg i byane, og reisetida til ein konsert eller ei "
         "framsyning kan vere lang."),
        ("label", "Mål"),
        ("goal", "A1", g["A1"]), ("goal", "A2", g["A2"]), ("goal", "A3", g["A3"]),
        ("h2", "Slik vil fylkeskommunen arbeide"),
        ("p", "Fylkeskommunen vil auke turnéstøtta til dei regionale institusjonane, vidareføre "
         "Den kulturelle skulesekken og gi driftstilskot til regionale kulturorganisasjonar."),
        ("h1", "3 Tema B: Kulturarv"),
        ("p", "Naust, stølar, fartøy og handverkstradisjonar fortel historia til fylket. Mange "
         "kulturminne forfell fordi ingen har ansvar for dei."),
        ("label", "Mål"),
        ("goal", "B1", g["B1"]), ("goal", "B2", g["B2"]),
        ("h2", "Slik vil fylkeskommunen arbeide"),
        ("p", "Fylkeskommunen vil hjelpe kommunane med kulturminneplanar og gi tilskot til "
         "istandsetjing av freda og verneverdige bygningar."),
        ("h1", "4 Tema C: Kulturell infrastruktur"),
        ("p", "Kulturhus, bibliotek og forsamlingshus er viktige møteplassar. Fleire av dei er "
         "gamle og lite tilpassa dagens bruk."),
        ("label", "Mål"),
        ("goal", "C1", g["C1"]), ("goal", "C2", g["C2"]),
        ("h2", "Slik vil fylkeskommunen arbeide"),
        ("p", "Spelemidlar til kulturbygg skal prioriterast til prosjekt som gir fleire "
         "brukargrupper gode lokale. Fylkeskommunen vil samarbeide med Visit Fjordvest om "
         "kulturbasert reiseliv."),
        ("h1", "5 Oppfølging"),
        ("p", "Planen blir følgd opp gjennom ein handlingsprogram som blir rullert kvart andre "
         "år. Fylkeskommunen rapporterer på måla i årsrapporten."),
    ]
    _rl(d / "parent.pdf", parent, family="LiberationSerif", base=10.5, accent="#8a3b12",
        title="Regional plan for kultur 2026–2035", author="Fjordvest fylkeskommune",
        top_left="FJORDVEST FYLKESKOMMUNE · REGIONAL PLAN FOR KULTUR",
        bottom="Regional plan for kultur 2026–2035")

    c = {
        "k1": "Kulturhuset skal vere ein open og levande møtestad for alle generasjonar.",
        "k2": "Kvitsund skal vere ein stad der profesjonelle kunstnarar vil vise fram arbeida "
              "sine.",
        "k3": "Kulturskulen skal vere open for alle barn, også dei som har lite pengar.",
        "k4": "Laga skal ha gode lokale å øve i og lett tilgang til tilskot.",
        "k5": "Dei viktigaste kulturminna i kommunen skal vere registrerte og sikra.",
        "k6": "Idrettsanlegga skal haldast godt ved like.",
    }
    t = {
        "1a": "Ny scene og betre lyd i storsalen i kulturhuset",
        "1b": "Meirope bibliotek med sjølvbetening kvar dag frå 07 til 22",
        "2a": "Avtale med Fjordvest Teater om to gjestespel i året",
        "2b": "Utstillingsrom i biblioteket for lokale og tilreisande kunstnarar",
        "3a": "Friplassar i kulturskulen for familiar med låg inntekt",
        "3b": "Kulturskuletime i SFO for 1.–4. trinn",
        "4a": "Gratis leige av skulelokale for kulturlag",
        "4b": "Éi felles søknadsordning for kulturmidlar på nettsida",
        "5a": "Kulturminneplan for Kvitsund",
        "5b": "Istandsetjing av naustrekkja på Hamre",
        "6a": "Nytt dekke på kunstgrasbana på Kvitsund stadion",
    }
    areas = [
        ("1", "Kulturhus og bibliotek",
         "Kvitsund kulturhus vart opna i 1986. Salen blir mykje brukt, men scena og "
         "lydanlegget er utslitne.",
         ["k1", "k2"],
         [("1a", "Eigedom", "2028", "1 800 000"), ("1b", "Biblioteket", "2027", "350 000"),
          ("2a", "Kultursjefen", "Årleg", "120 000"), ("2b", "Biblioteket", "2027", "Innanfor ramma")]),
        ("2", "Barn og unge",
         "Kulturskulen har 140 elevar og venteliste på piano og gitar. Eigenbetalinga er "
         "blant dei høgaste i fylket.",
         ["k3"],
         [("3a", "Kulturskulen", "2027", "90 000"), ("3b", "Kulturskulen / SFO", "2028", "Innanfor ramma")]),
        ("3", "Frivillig kulturliv",
         "Kvitsund har over 40 lag innan song, musikk, teater og husflid. Laga melder at det er "
         "vanskeleg å finne øvingslokale.",
         ["k4"],
         [("4a", "Kultursjefen", "2027", "Innanfor ramma"), ("4b", "Kultursjefen", "2027", "Innanfor ramma")]),
        ("4", "Kulturarv",
         "Kommunen har ingen samla oversikt over kulturminna sine. Fleire naust og stølar "
         "forfell.",
         ["k5"],
         [("5a", "Plan og utvikling", "2028", "250 000"), ("5b", "Hamre sogelag", "2027–2029", "400 000")]),
        ("5", "Idrett og fysisk aktivitet",
         "Kvitsund har gode anlegg for idrett, men fleire av dei treng vedlikehald.",
         ["k6"],
         [("6a", "Eigedom", "2029", "2 400 000")]),
    ]
    body = [
        "<div class='cover'><p class='kom'>Kvitsund kommune</p>",
        "<h1>Kulturplan 2027–2030</h1>",
        "<p class='sub'>Kommunedelplan for kultur · Vedteken i kommunestyret 2. mars 2027, "
        "sak 17/27</p></div>",
        "<h2>Bakgrunn</h2>",
        "<p>Kulturplanen skal gjere kulturlivet i Kvitsund sterkare dei neste fire åra. Han "
        "byggjer på Regional plan for kultur 2026–2035 frå Fjordvest fylkeskommune og på "
        "kommuneplanen sin samfunnsdel.</p>",
        "<p>Planen er delt inn i fem innsatsområde. For kvart område står kva vi vil oppnå, og "
        "kva tiltak vi set i verk. Kultur i reiselivet blir følgd opp i næringsplanen for "
        "Kvitsund.</p>",
    ]
    for no, head, text, ks, rows in areas:
        body += [f"<h2>Innsatsområde {no}: {e(head)}</h2>", f"<p>{e(text)}</p>",
                 "<p class='lbl'>Mål i planperioden</p>", "<ul class='mal'>"]
        body += [f"<li>{e(c[k])}</li>" for k in ks]
        body += ["</ul>", "<table class='tt'><thead><tr><th>Tiltak</th><th>Ansvar</th>"
                 "<th>År</th><th>Kostnad (kr)</th></tr></thead><tbody>"]
        body += [f"<tr><td>{e(t[n])}</td><td>{e(w)}</td><td>{e(y)}</td><td class='r'>{e(k)}</td>"
                 "</tr>" for n, w, y, k in rows]
        body.append("</tbody></table>")
    body += [
        "<h2>Økonomi og rullering</h2>",
        "<p>Tiltak med kostnader blir lagde fram i arbeidet med økonomiplanen. Planen blir "
        "evaluert hausten 2030.</p>",
    ]
    css = (
        "@page{size:A4;margin:20mm 20mm 22mm 20mm;"
        "@bottom-left{content:'Kulturplan 2027–2030';font:7.5pt 'Liberation Sans',sans-serif;"
        "color:#666}"
        "@bottom-right{content:counter(page) ' / ' counter(pages);"
        "font:7.5pt 'Liberation Sans',sans-serif;color:#666}}"
        "body{font-family:'Liberation Sans',sans-serif;font-size:9.5pt;line-height:1.4;"
        "color:#1f1f1f}"
        ".cover{border-left:3mm solid #6b2d5c;padding-left:4mm;margin-bottom:5mm}"
        ".kom{font-size:9pt;text-transform:uppercase;letter-spacing:1pt;color:#6b2d5c;margin:0}"
        "h1{font-size:20pt;margin:1mm 0}.sub{color:#555;margin:0}"
        "h2{font-size:12pt;color:#6b2d5c;margin:6mm 0 1.5mm}"
        "p{margin:0 0 2mm}"
        ".lbl{font-weight:bold;margin:2.5mm 0 1mm}"
        "ul.mal{list-style:none;padding-left:5mm;margin:0 0 2.5mm}"
        "ul.mal li{margin-bottom:1mm}ul.mal li::before{content:'✓';color:#6b2d5c;"
        "font-weight:bold;margin-left:-5mm;width:5mm;display:inline-block}"
        "table.tt{font-size:8.5pt;margin-bottom:2mm}"
        "table.tt th{text-align:left;background:#efe4ec;padding:1mm 1.5mm}"
        "table.tt td{padding:1mm 1.5mm;border-bottom:.4pt solid #c9b8c4;vertical-align:top}"
        "table.tt td:first-child{width:52%}td.r,th:last-child{text-align:right}"
    )
    _html("nn", "Kulturplan 2027–2030 – Kvitsund kommune", css, body, d / "child.pdf")

    goals_ = [
        G("A1", g["A1"], "followed_up", [c["k2"], t["2a"], t["2b"]],
          ev="Kvitsund skal vere ein stad",
          note="the goals are the coded rows A1 … C2 under the small 'Mål' label of each tema "
          "(id = the printed code); 'Slik vil fylkeskommunen arbeide' paragraphs are the "
          "county's strategies, no goals; 'Innleiing' and 'Oppfølging' are no goals. In other "
          "words: a place professional artists want to show their work in, guest plays from "
          "the regional theatre, an exhibition room — the municipality's share of access to "
          "professional art"),
        G("A2", g["A2"], "partial", [c["k3"], t["3a"], t["3b"]],
          ev="Kulturskulen skal vere open",
          missing=["uavhengig av kvar dei bur"],
          note="free places for low-income families serve 'uavhengig av økonomi'; nothing "
          "brings the offer to children in the outlying parts of the municipality"),
        G("A3", g["A3"], "followed_up", [c["k4"], t["4a"], t["4b"]],
          ev="Laga skal ha gode lokale",
          note="in other words: rooms to rehearse in and easy access to grants for the 40 "
          "associations (a strong voluntary cultural life)"),
        G("B1", g["B1"], "partial", [c["k5"], t["5a"], t["5b"]],
          ev="Dei viktigaste kulturminna i",
          missing=["kulturarven brukt som ressurs for lokalsamfunnet"],
          note="registered and secured (taken care of); nothing uses the heritage as a "
          "resource for the community"),
        G("B2", g["B2"], "not_followed_up", note="silent: nothing on Sami culture or the "
          "national minorities"),
        G("C1", g["C1"], "followed_up", [c["k1"], t["1a"], t["1b"]],
          ev="Kulturhuset skal vere ein open",
          note="the municipality's share of suitable buildings and meeting places: the culture "
          "house as a meeting place, a new stage, a staffless library"),
        G("C2", g["C2"], "not_followed_up",
          note="trap: named in passing — 'Bakgrunn' leaves culture in tourism to the "
          "næringsplan"),
    ]
    kids = [
        C(c["k1"], ["C1"], note="the child goals are the tick bullets under 'Mål i "
          "planperioden' in each 'Innsatsområde n'; the rows of the 'Tiltak | Ansvar | År | "
          "Kostnad (kr)' tables are measures (served_by); amounts, 'Ansvar' and years are no "
          "goals"),
        C(c["k2"], ["A1"]),
        C(c["k3"], ["A2"]),
        C(c["k4"], ["A3"]),
        C(c["k5"], ["B1"]),
        C(c["k6"], [], note="sports grounds, stands alone (the regional culture plan has no "
          "goal on sport)"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, Liberation Serif 10.5; regional plan for kultur of a "
        "fylkeskommune): numbered chapters 'n Tema X: …', a small bold 'Mål' label over goals "
        "coded A1 … C2 in a tinted box left of the text, 'Slik vil fylkeskommunen arbeide' "
        "paragraphs; a coloured strip at the left page edge, a capitals head top left, the "
        "title and '– n –' centred at the bottom; child PDF (Chromium, Liberation Sans 9.5; "
        "municipal kulturplan): 'Innsatsområde n: …' headings, a bold 'Mål i planperioden' "
        "over tick bullets and a table 'Tiltak | Ansvar | År | Kostnad (kr)'; 'Kulturplan "
        "2027–2030' bottom left and 'n / N' bottom right in margin boxes",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Hålsjö (sv)


@pair
def halsjo_trafikstrategi(d: Path) -> dict:
    g = {
        "B1": "Ny bebyggelse ska i första hand tillkomma i Hålsjö tätort och i stationsorterna "
              "Norrby och Vik.",
        "B2": "Gator och torg i centrum ska vara trygga och attraktiva platser att vistas på.",
        "T1": "Andelen resor till fots, med cykel och med kollektivtrafik ska öka.",
        "T2": "Ingen ska dödas eller skadas allvarligt i trafiken.",
        "G1": "Utsläppen av växthusgaser från transporter ska minska med 70 procent till 2030 "
              "jämfört med 2010.",
        "G2": "Gröna stråk ska binda samman tätorten med omgivande natur.",
    }
    parent = [
        ("title", "Översiktsplan Hålsjö 2040"),
        ("sub", "Hålsjö kommun · Antagen av kommunfullmäktige 2026-11-23, § 141"),
        ("h1", "1 Inledning"),
        ("p", "Översiktsplanen visar hur kommunen vill att mark och vatten ska användas och hur "
         "den byggda miljön ska utvecklas fram till 2040. Planen är inte bindande men ger "
         "vägledning för detaljplaner, bygglov och kommunens egna strategier och program."),
        ("i", "Visionen för Hålsjö: En växande kommun nära natur och stad."),
        ("h1", "2 Bebyggelse"),
        ("p", "Hålsjö har vuxit med cirka 150 invånare per år de senaste tio åren. Merparten av "
         "de nya bostäderna har byggts som småhus i utkanten av tätorten."),
        ("h2", "Mål för bebyggelse"),
        ("bullets", [g["B1"], g["B2"]]),
        ("h2", "Planeringsinriktning"),
        ("p", "Förtätning prioriteras före utbyggnad på jordbruksmark. Nya bostadsområden "
         "planeras med blandade upplåtelseformer."),
        ("h1", "3 Transporter och kommunikationer"),
        ("p", "Bilen är det vanligaste färdmedlet i kommunen. Pendeltåget till regioncentrum "
         "tar 25 minuter från Hålsjö station, men många har långt till stationen."),
        ("h2", "Mål för transporter"),
        ("bullets", [g["T1"], g["T2"]]),
        ("h2", "Planeringsinriktning"),
        ("p", "Gång- och cykelvägnätet byggs ut mellan tätorterna. Verksamheter med många "
         "besökare lokaliseras nära kollektivtrafikens hållplatser."),
        ("h1", "4 Grönstruktur och klimat"),
        ("p", "Ån och skogarna runt tätorten är viktiga för friluftsliv och biologisk mångfald. "
         "Transporterna står för mer än hälften av kommunens utsläpp av växthusgaser."),
        ("h2", "Mål för grönstruktur och klimat"),
        ("bullets", [g["G1"], g["G2"]]),
        ("h2", "Planeringsinriktning"),
        ("p", "Större sammanhängande grönområden ska inte styckas upp av ny bebyggelse."),
        ("h1", "5 Genomförande"),
        ("p", "Översiktsplanen genomförs genom detaljplaner och genom kommunens strategier, "
         "bland annat trafikstrategin, grönplanen och bostadsförsörjningsprogrammet. "
         "Aktualiteten prövas i en planeringsstrategi varje mandatperiod."),
    ]
    _docx(parent, d / "parent.pdf", title="Översiktsplan Hålsjö 2040", author="Hålsjö kommun",
          header="Översiktsplan Hålsjö 2040", footer_left="Hålsjö kommun", lang="sv-SE",
          font="DejaVu Serif", size=10, color="2E5E3A", fill="E3EEE5")

    c = {
        "m1": "Fler vardagsresor ska göras med cykel.",
        "m2": "Fler ska åka buss eller tåg till arbete och skola.",
        "m3": "Antalet dödade och svårt skadade i trafiken ska halveras.",
        "m4": "Centrum ska ha mindre genomfartstrafik och mer plats för människor.",
        "m5": "Kommunens egna fordon ska drivas med fossilfria drivmedel.",
        "m6": "Besökare till centrum ska lätt hitta en ledig parkeringsplats.",
    }
    a = {
        "1": "Cykelväg mellan Hålsjö och Norrby längs väg 612",
        "2": "Cykelparkering med tak vid stationen och gymnasieskolan",
        "3": "Vintervägshållning av huvudcykelnätet före bilvägarna",
        "4": "Tätare turer på stadsbusslinje 2 i samarbete med regionen",
        "5": "Pendlarparkering för cykel och bil vid Vik station",
        "6": "Hastighetsöversyn med 40 km/tim som grundhastighet i tätorterna",
        "7": "Säkra passager vid samtliga skolor",
        "8": "Ombyggnad av Storgatan till gångfartsområde",
        "9": "Ny infart till industriområdet Östra Hagen så att tung trafik leds runt centrum",
        "10": "Laddplatser vid kommunhuset och elbilar i hemtjänsten",
        "11": "Upphandling av fordon och transporter med krav på fossilfria drivmedel",
        "12": "Gång- och cykelstråk längs Ån till Gröndals naturreservat",
        "13": "Parkeringsledningssystem med skyltar som visar lediga platser",
    }
    goal_rows = [
        (c["m1"], "Cykelns andel av resorna (resvaneundersökning)", "9 %", "18 %"),
        (c["m2"], "Kollektivtrafikens andel av resorna till arbete och skola", "11 %", "20 %"),
        (c["m3"], "Antal dödade och svårt skadade per år (medel för fem år)", "14", "7"),
        (c["m4"], "Antal fordon per dygn på Storgatan", "6 800", "3 000"),
        (c["m5"], "Andel fossilfritt drivmedel i kommunens fordon", "35 %", "100 %"),
        (c["m6"], "Andel besökare som är nöjda med parkeringen (enkät)", "58 %", "75 %"),
    ]
    rows = [
        ("=", "Gång och cykel"),
        ("1", a["1"], "Samhällsbyggnad", "2027–2029"),
        ("2", a["2"], "Samhällsbyggnad", "2027"),
        ("3", a["3"], "Gata/park", "Löpande"),
        ("4", a["12"], "Samhällsbyggnad", "2029–2030"),
        ("=", "Kollektivtrafik"),
        ("5", a["4"], "Kommunledningen / regionen", "2028"),
        ("6", a["5"], "Samhällsbyggnad", "2028"),
        ("=", "Trafiksäkerhet"),
        ("7", a["6"], "Trafiknämnden", "2027"),
        ("8", a["7"], "Gata/park", "2027–2030"),
        ("=", "Centrum"),
        ("9", a["8"], "Samhällsbyggnad", "2029"),
        ("10", a["9"], "Samhällsbyggnad", "2030–2032"),
        ("11", a["13"], "Gata/park", "2028"),
        ("=", "Fordon och drivmedel"),
        ("12", a["10"], "Kommunstyrelsen", "2027–2028"),
        ("13", a["11"], "Upphandlingsenheten", "Löpande"),
    ]
    child = [
        ("title", "Trafikstrategi för Hålsjö kommun 2027–2035"),
        ("sub", "Antagen av kommunfullmäktige 2027-06-12, § 77 · Dnr KS 2026/318"),
        ("h1", "1 Varför en trafikstrategi?"),
        ("p", "Trafikstrategin konkretiserar översiktsplanens inriktning för trafik och "
         "transporter. Den visar vilka mål kommunen sätter för trafiken fram till 2035 och vilka "
         "åtgärder som ska genomföras. Var ny bebyggelse placeras avgörs i översiktsplanen; "
         "trafikstrategin utgår från den."),
        ("h1", "2 Nuläge"),
        ("p", "Sju av tio resor i kommunen görs med bil. Många resor är kortare än fem "
         "kilometer. Storgatan genom centrum trafikeras av nära 7 000 fordon per dygn, varav "
         "en stor del är genomfartstrafik till industriområdet."),
        ("p", "Under de senaste fem åren har i genomsnitt 14 personer per år dödats eller "
         "skadats svårt i trafiken i kommunen, de flesta på landsvägarna."),
        ("h1", "3 Mål och indikatorer"),
        ("p", "Kommunfullmäktige har fastställt sex mål för trafiken. Varje mål följs upp med en "
         "indikator med utgångsläge 2025 och målvärde 2035."),
        ("table", ["Mål", "Indikator", "2025", "2035"], goal_rows, [62, 70, 20, 20]),
        ("h1", "4 Åtgärder 2027–2030"),
        ("p", "Åtgärderna är ordnade efter område. Åtgärder som kräver investeringar prövas i "
         "budgetarbetet."),
        ("table", ["Nr", "Åtgärd", "Ansvar", "Period"], rows, [10, 92, 46, 24]),
        ("h1", "5 Uppföljning"),
        ("p", "Indikatorerna redovisas i kommunens årsredovisning. Strategin revideras 2031."),
    ]
    _rl(d / "child.pdf", child, family="DejaVuSansCondensed", base=9.5, accent="#1f5f8b",
        title="Trafikstrategi för Hålsjö kommun 2027–2035", author="Hålsjö kommun",
        top_left="Hålsjö kommun · Trafikstrategi 2027–2035", bottom="Dnr KS 2026/318")

    goals_ = [
        G("B1", g["B1"], "not_followed_up",
          note="the goals are the Word bullets under 'Mål för bebyggelse', 'Mål för "
          "transporter' and 'Mål för grönstruktur och klimat' (ids = chapter initial + order, "
          "not printed); 'Planeringsinriktning' paragraphs, the vision, 'Inledning' and "
          "'Genomförande' are no goals. Trap: named in passing — the trafikstrategi leaves "
          "where building goes to the översiktsplan"),
        G("B2", g["B2"], "followed_up", [c["m4"], a["8"], a["9"]],
          ev="Centrum ska ha mindre",
          note="in other words: less through traffic and more room for people in the centre, "
          "Storgatan made a gångfartsområde, heavy traffic led around"),
        G("T1", g["T1"], "partial", [c["m1"], c["m2"], a["1"], a["2"], a["3"], a["4"], a["5"]],
          ev="Fler vardagsresor ska göras",
          missing=["resor till fots"],
          note="cycling and bus or train are served; no goal or measure is about walking"),
        G("T2", g["T2"], "followed_up", [c["m3"], a["6"], a["7"]],
          ev="Antalet dödade och svårt",
          note="halving the killed and seriously injured by 2035 is the strategy's step towards "
          "zero, with speed limits and safe crossings"),
        G("G1", g["G1"], "partial", [c["m5"], a["10"], a["11"]],
          ev="Kommunens egna fordon ska",
          missing=["utsläppen från övriga transporter i kommunen"],
          note="only the council's own vehicles; no emission target for transport in the "
          "municipality (the cycling and bus goals are not written as climate measures)"),
        G("G2", g["G2"], "partial", [a["12"]], ev="Gång- och cykelstråk längs Ån",
          missing=["stråkens gröna funktion (natur och spridning)"],
          note="served by a measure only (under 'Gång och cykel'): a path along the river to "
          "the nature reserve links town and nature for walkers and cyclists; nothing on the "
          "green corridors themselves"),
    ]
    kids = [
        C(c["m1"], ["T1"], note="the child goals are the 'Mål' cells of the table 'Mål | "
          "Indikator | 2025 | 2035' (indicators and values are no goals); the rows of the "
          "'Nr | Åtgärd | Ansvar | Period' table are measures (served_by), the shaded rows are "
          "area headings, no goals"),
        C(c["m2"], ["T1"]),
        C(c["m3"], ["T2"]),
        C(c["m4"], ["B2"]),
        C(c["m5"], ["G1"]),
        C(c["m6"], [], note="parking for visitors, stands alone (near miss: 'centrum' — B2 asks "
          "for safe and attractive streets, not parking)"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, DejaVu Serif 10; översiktsplan): "
        "numbered Heading 1 chapters, a Heading 2 'Mål för …' over Word Symbol bullets and a "
        "Heading 2 'Planeringsinriktning' over a paragraph; header right over a rule, footer "
        "'Hålsjö kommun' left and the page number right; child PDF (reportlab, DejaVu Sans "
        "Condensed 9.5; trafikstrategi): a goal table 'Mål | Indikator | 2025 | 2035' and a "
        "measure table 'Nr | Åtgärd | Ansvar | Period' with tinted area rows, header rows "
        "repeated; a coloured strip at the left page edge, head top left, 'Dnr …' and '– n –' "
        "centred at the bottom",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Hørsted (da)


@pair
def horsted_naturpolitik(d: Path) -> dict:
    g = {
        "1i": "CO2-udledningen i kommunen skal reduceres med 70 pct. i 2030 i forhold til 1990.",
        "1ii": "Byerne skal sikres mod oversvømmelse, og der skal skabes mere plads til vandet i "
               "landskabet.",
        "2i": "Naturen i Hørsted skal have mere plads og bedre sammenhæng.",
        "2ii": "Borgerne skal have let adgang til naturen og gode muligheder for friluftsliv.",
        "2iii": "Den biologiske mangfoldighed skal øges.",
        "3i": "Landsbyerne skal være attraktive steder at bo med et aktivt fællesskab.",
        "3ii": "Borgerne i landsbyerne skal være med til at udvikle deres lokalområde.",
    }
    parent = [
        ("title", "Planstrategi 2027"),
        ("sub", "Hørsted Kommune · Vedtaget af byrådet den 24. august 2027"),
        ("h1", "Indledning"),
        ("p", "Planstrategien samler byrådets politiske mål for udviklingen af Hørsted Kommune i "
         "denne valgperiode og fastlægger, hvordan kommuneplanen skal revideres. Strategien er "
         "bygget op om tre indsatsområder. Under hvert indsatsområde står byrådets "
         "målsætninger, som følges op i kommunens politikker og handleplaner."),
        ("h1", "Indsatsområde 1: Grøn omstilling og klimatilpasning"),
        ("p", "Hørsted har en DK2020-klimaplan. Skybrud og høj vandstand i Hørsted Å har de "
         "senere år givet oversvømmelser i Hørsted by og i Sønderlund."),
        ("lead", "Målsætninger"),
        ("roman", [g["1i"], g["1ii"]]),
        ("h1", "Indsatsområde 2: Natur og friluftsliv"),
        ("p", "Kun omkring 8 pct. af kommunens areal er natur, og naturområderne er små og "
         "spredte. Samtidig bruger borgerne naturen mere end nogensinde."),
        ("lead", "Målsætninger"),
        ("roman", [g["2i"], g["2ii"], g["2iii"]]),
        ("h1", "Indsatsområde 3: Levende landsbyer"),
        ("p", "Halvdelen af kommunens borgere bor i landsbyer eller i det åbne land. Flere "
         "landsbyer har mistet skole og dagligvarebutik."),
        ("lead", "Målsætninger"),
        ("roman", [g["3i"], g["3ii"]]),
        ("h1", "Revision af kommuneplanen"),
        ("p", "Kommuneplanen revideres delvist. Temaerne klimatilpasning, grønt Danmarkskort "
         "og landsbyafgrænsning tages op. Øvrige dele af kommuneplanen videreføres uændret."),
    ]
    _odt(parent, d / "parent.pdf", title="Planstrategi 2027 – Hørsted Kommune",
         header="Hørsted Kommune", footer="Planstrategi 2027", font="Liberation Serif",
         size=11, color="#0b5d4b")

    c = {
        "n1": "Nye naturområder skal forbindes med de eksisterende, så dyr og planter kan "
              "sprede sig.",
        "n2": "Vandet skal have lov at blive i landskabet, hvor det gør gavn for naturen.",
        "n3": "Det skal være nemt at komme ud i naturen fra byerne.",
        "n4": "Flere arter skal finde gode levesteder på kommunens egne arealer og i det åbne "
              "land.",
        "n5": "Borgere og lodsejere skal være med, når naturprojekter planlægges.",
        "n6": "Kommunens sagsbehandling efter naturbeskyttelsesloven skal være hurtig og "
              "ensartet.",
    }
    h = {
        "1a": "Udtagning af 40 ha lavbundsjord langs Hørsted Å",
        "1b": "Ny skov på 25 ha ved Nørremark",
        "1c": "Faunapassage under Ringvejen ved Engsøen",
        "2a": "Genslyngning af 2 km af Møllebækken",
        "2b": "Lukning af dræn på kommunens egne jorder ved Sønderlund",
        "3a": "Ny natursti rundt om Engsøen med bænke og fugletårn",
        "3b": "Shelterplads og bålhytte i Nørreskoven",
        "3c": "Naturvejleder for skoleklasser og dagtilbud",
        "4a": "30 pct. af parker og vejrabatter plejes som blomstereng",
        "4b": "Tilskud til lodsejere, der udlægger vildtvenlige bræmmer",
        "5a": "Naturråd med foreninger og landbrug, to møder om året",
        "5b": "Dialogmøde i lokalområdet før hvert større naturprojekt",
        "6a": "Fælles skabeloner og tjeklister for dispensationer",
    }
    sections = [
        ("1", "n1", [("1a", "2027–2028", "Natur og Miljø", "1.200"),
                     ("1b", "2028", "Natur og Miljø / Naturstyrelsen", "800"),
                     ("1c", "2028", "Vej og Park", "650")]),
        ("2", "n2", [("2a", "2027", "Natur og Miljø", "900"),
                     ("2b", "2027", "Ejendomme", "150")]),
        ("3", "n3", [("3a", "2027", "Vej og Park", "450"), ("3b", "2028", "Vej og Park", "300"),
                     ("3c", "Løbende", "Børn og Unge", "250")]),
        ("4", "n4", [("4a", "2027–2028", "Vej og Park", "200"),
                     ("4b", "2028", "Natur og Miljø", "400")]),
        ("5", "n5", [("5a", "Løbende", "Natur og Miljø", "–"),
                     ("5b", "Løbende", "Natur og Miljø", "–")]),
        ("6", "n6", [("6a", "2027", "Natur og Miljø", "–")]),
    ]
    body = [
        "<p class='top'>HØRSTED KOMMUNE · TEKNIK OG MILJØ</p>",
        "<h1>Naturpolitik 2026–2030</h1>",
        "<p class='h1b'>Handleplan 2027–2028</p>",
        "<h2>Indledning</h2>",
        "<p>Handleplanen viser, hvad Teknik- og Miljøudvalget vil gøre i 2027 og 2028 for at "
        "nå målene i naturpolitikken. Handleplanen følger også op på planstrategiens "
        "indsatsområde om natur og friluftsliv. Kommunens klimamål følges i klimaplanen "
        "(DK2020) og indgår ikke her.</p>",
        "<p>For hver målsætning er der angivet handlinger, tidsplan, ansvarlig afdeling og "
        "økonomi i 1.000 kr.</p>",
    ]
    for no, k, rows in sections:
        body += ["<div class='goal'>", f"<p class='lab'>Målsætning {no}</p>",
                 f"<p class='gt'>{e(c[k])}</p></div>",
                 "<table><thead><tr><th class='w'>Handling</th><th>Hvornår</th><th>Hvem</th>"
                 "<th class='r'>Økonomi</th></tr></thead><tbody>"]
        body += [f"<tr><td>{e(h[n])}</td><td>{e(y)}</td><td>{e(w)}</td><td class='r'>{e(m)}</td>"
                 "</tr>" for n, y, w, m in rows]
        body.append("</tbody></table>")
    body += [
        "<h2>Opfølgning</h2>",
        "<p>Natur og Miljø gør status over handleplanen for udvalget hvert år i januar. En ny "
        "handleplan for 2029–2030 vedtages i 2028.</p>",
    ]
    css = (
        "@page{size:A4;margin:18mm 18mm 20mm 18mm;"
        "@bottom-center{content:'Side ' counter(page) ' af ' counter(pages);"
        "font:8pt 'DejaVu Sans',sans-serif;color:#555}}"
        "body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;line-height:1.4;color:#202020}"
        ".top{font-size:7.5pt;letter-spacing:.8pt;color:#0b5d4b;border-bottom:.6pt solid "
        "#0b5d4b;padding-bottom:1mm;margin:0 0 6mm}"
        "h1{font-size:18pt;margin:0;color:#0b5d4b}.h1b{font-size:13pt;margin:0 0 5mm;color:#333}"
        "h2{font-size:11pt;margin:5mm 0 1.5mm;color:#0b5d4b}p{margin:0 0 2mm}"
        ".goal{background:#e6f1ee;padding:2mm 3mm;margin:5mm 0 1.5mm;break-inside:avoid}"
        ".goal p{margin:0}.lab{font-size:8pt;text-transform:uppercase;color:#0b5d4b;"
        "letter-spacing:.5pt}.gt{font-weight:bold;font-size:10pt}"
        "th{text-align:left;font-size:8pt;border-bottom:1pt solid #0b5d4b;padding:1mm}"
        "td{padding:1mm;border-bottom:.4pt solid #ccc;vertical-align:top;font-size:8.5pt}"
        "th.w{width:50%}td:nth-child(2){white-space:nowrap}.r{text-align:right}"
    )
    _html("da", "Naturpolitik 2026–2030 – Handleplan 2027–2028", css, body, d / "child.pdf")

    goals_ = [
        G("1i", g["1i"], "not_followed_up",
          note="the goals are the lines i., ii., iii. under the bold 'Målsætninger' of each "
          "'Indsatsområde n' (id = indsatsområde number + the printed roman numeral; gold text "
          "without the numeral); 'Indledning', the theme texts and 'Revision af kommuneplanen' "
          "are no goals. Trap: named in passing — the handleplan leaves the climate goals to "
          "the DK2020 climate plan"),
        G("1ii", g["1ii"], "partial", [c["n2"], h["1a"], h["2a"], h["2b"]],
          ev="Vandet skal have lov at",
          missing=["sikring af byerne mod oversvømmelse"],
          note="room for water in the landscape (wetlands, re-meandering, closing drains), for "
          "nature's sake; nothing protects the towns from flooding"),
        G("2i", g["2i"], "followed_up", [c["n1"], h["1a"], h["1b"], h["1c"]],
          ev="Nye naturområder skal forbindes",
          note="in other words: new nature areas linked to existing ones so species can spread, "
          "new wetlands and forest, a wildlife passage"),
        G("2ii", g["2ii"], "followed_up", [c["n3"], h["3a"], h["3b"], h["3c"]],
          ev="Det skal være nemt at komme",
          note="in other words: easy to get out into nature, a trail, a shelter site, a nature "
          "guide"),
        G("2iii", g["2iii"], "followed_up", [c["n4"], h["4a"], h["4b"]],
          ev="Flere arter skal finde gode",
          note="in other words: more species finding habitats on council land and in the open "
          "country ('biologisk mangfoldighed' never written)"),
        G("3i", g["3i"], "not_followed_up", note="silent: nothing on the villages as places to "
          "live"),
        G("3ii", g["3ii"], "partial", [c["n5"], h["5a"], h["5b"]],
          ev="Borgere og lodsejere skal være",
          missing=["udvikling af lokalområdet ud over naturprojekter"],
          note="citizens take part when nature projects are planned (a dialogue meeting in the "
          "local area); not in developing their area otherwise"),
    ]
    kids = [
        C(c["n1"], ["2i"], note="the child goals are the bold sentences in the tinted boxes "
          "under the small label 'Målsætning n'; the rows of the 'Handling | Hvornår | Hvem | "
          "Økonomi' tables are measures (served_by); amounts, dates and departments are no "
          "goals. Measure 1a (lavbundsjord) also serves 1ii"),
        C(c["n2"], ["1ii"]),
        C(c["n3"], ["2ii"]),
        C(c["n4"], ["2iii"]),
        C(c["n5"], ["3ii"]),
        C(c["n6"], [], note="case processing under the nature protection act, stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (odfpy → LibreOffice, Liberation Serif 11; kommunal "
        "planstrategi): 'Indsatsområde n: …' headings, a bold 'Målsætninger' over goals typed "
        "'i.', 'ii.' before a tab in a hanging indent; header 'Hørsted Kommune' over a rule, "
        "footer right 'Planstrategi 2027 · side n'; child PDF (Chromium, DejaVu Sans 9; "
        "naturpolitik handleplan): per tinted box a small capitals 'Målsætning n' over a bold "
        "sentence, then a table 'Handling | Hvornår | Hvem | Økonomi'; 'Side n af N' bottom "
        "centre",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Marsfield (en)


@pair
def marsfield_health_action_plan(d: Path) -> dict:
    g = {
        "SW1": "More children are ready for school at the age of five.",
        "SW2": "Fewer young people experience poor mental health.",
        "LW1": "Fewer adults smoke or are physically inactive.",
        "LW2": "People live in warm, safe and healthy homes.",
        "LW3": "The gap in healthy life expectancy between our most and least deprived "
               "communities narrows.",
        "AW1": "Older people live independently in their own homes for longer.",
        "AW2": "Fewer people feel lonely or socially isolated.",
    }
    parent = [
        ("title", "Joint Health and Wellbeing Strategy 2026–2031"),
        ("sub", "Ellershire Health and Wellbeing Board · agreed 14 May 2026"),
        ("h1", "Foreword"),
        ("p", "This strategy sets out what the Health and Wellbeing Board wants to achieve for "
         "the people of Ellershire over the next five years. It is owned by the county council, "
         "the district councils, the NHS and our voluntary sector partners, and each partner "
         "will set out in its own plans how it will contribute."),
        ("h1", "Our principles"),
        ("bullets", ["Prevention first: acting early rather than waiting for crisis.",
                     "Working with communities, not doing to them.",
                     "Focusing on those with the poorest health."]),
        ("h1", "Priority 1: Starting well"),
        ("p", "Most children in Ellershire have a good start in life, but one in four is not "
         "ready for school at five, and referrals to children's mental health services have "
         "doubled since 2019."),
        ("label", "By 2031 we want to see:"),
        ("bullets", [g["SW1"], g["SW2"]]),
        ("h1", "Priority 2: Living well"),
        ("p", "Adults in our most deprived neighbourhoods live nine fewer years in good health "
         "than those in the least deprived. Smoking, inactivity and poor housing are the main "
         "causes we can change."),
        ("label", "By 2031 we want to see:"),
        ("bullets", [g["LW1"], g["LW2"], g["LW3"]]),
        ("h1", "Priority 3: Ageing well"),
        ("p", "The number of residents aged over 85 will rise by 40 per cent by 2035. Most want "
         "to stay at home, and many live alone."),
        ("label", "By 2031 we want to see:"),
        ("bullets", [g["AW1"], g["AW2"]]),
        ("h1", "How we will know we are making a difference"),
        ("p", "The Board will publish an annual outcomes dashboard drawing on the Public Health "
         "Outcomes Framework, including school readiness, smoking prevalence and healthy life "
         "expectancy."),
    ]
    _rl(d / "parent.pdf", parent, family="LiberationSans", base=10, accent="#5b2a86",
        title="Joint Health and Wellbeing Strategy 2026–2031",
        author="Ellershire Health and Wellbeing Board",
        top_left="Ellershire Joint Health and Wellbeing Strategy 2026–2031",
        bottom="Ellershire Health and Wellbeing Board", strip=False)

    c = {
        "A1": "Young people in Marsfield feel less isolated and know where to turn for support.",
        "A2": "More residents get active in our parks and leisure centres.",
        "A3": "Homes in the private rented sector are safe and affordable to heat.",
        "A4": "Older and disabled residents can stay in their own homes safely.",
        "A5": "Food businesses in the district meet good hygiene standards.",
        "A6": "Air quality on the A420 corridor improves.",
    }
    a = {
        "1.1": "Run weekly youth wellbeing drop-ins at Marsfield and Ashby leisure centres",
        "1.2": "Train youth club staff and volunteers in Youth Mental Health First Aid",
        "1.3": "Promote free online counselling for 11–18 year olds through schools",
        "2.1": "Free beginners' running groups in three parks",
        "2.2": "Reduced-price leisure membership for residents on Universal Credit",
        "2.3": "Community health champions in Northgate and Brook Estate wards",
        "3.1": "Introduce additional licensing of houses in multiple occupation",
        "3.2": "Warm Homes grants for loft and cavity wall insulation",
        "3.3": "Proactive inspections of private rented homes with damp and mould complaints",
        "4.1": "Approve Disabled Facilities Grants within 12 weeks of referral",
        "4.2": "Handyperson service for minor repairs and falls prevention",
        "5.1": "Inspect all high-risk food premises within 28 days of the due date",
        "5.2": "Hygiene training sessions for new food businesses",
        "6.1": "Review the Air Quality Action Plan for the A420",
        "6.2": "Anti-idling campaign outside schools on the A420",
    }
    rows = [
        ("=", "Aim 1: " + c["A1"]),
        ("1.1", a["1.1"], "Leisure and Communities Manager", "From April 2026", "Attendance; "
         "feedback from young people"),
        ("1.2", a["1.2"], "Community Development Officer", "March 2027", "40 people trained"),
        ("1.3", a["1.3"], "Community Development Officer", "September 2026", "Uptake reported by "
         "the provider"),
        ("=", "Aim 2: " + c["A2"]),
        ("2.1", a["2.1"], "Active Communities Officer", "May 2026", "150 participants a year"),
        ("2.2", a["2.2"], "Leisure contract manager", "April 2026", "Number of concessionary "
         "members"),
        ("2.3", a["2.3"], "Public Health Lead (district)", "2026–2028", "12 champions recruited and "
         "active"),
        ("=", "Aim 3: " + c["A3"]),
        ("3.1", a["3.1"], "Head of Housing", "October 2026", "Scheme in force; licences issued"),
        ("3.2", a["3.2"], "Private Sector Housing Manager", "2026–2028", "300 homes insulated"),
        ("3.3", a["3.3"], "Private Sector Housing Manager", "Ongoing", "Complaints inspected "
         "within 10 working days"),
        ("=", "Aim 4: " + c["A4"]),
        ("4.1", a["4.1"], "Private Sector Housing Manager", "Ongoing", "Average time from referral "
         "to approval"),
        ("4.2", a["4.2"], "Home Improvement Agency", "From June 2026", "Jobs completed; falls "
         "referrals"),
        ("=", "Aim 5: " + c["A5"]),
        ("5.1", a["5.1"], "Environmental Health Manager", "Ongoing", "Percentage inspected on "
         "time"),
        ("5.2", a["5.2"], "Environmental Health Manager", "Twice a year", "Food hygiene ratings "
         "of 3 or above"),
        ("=", "Aim 6: " + c["A6"]),
        ("6.1", a["6.1"], "Environmental Protection Officer", "December 2026", "Revised plan "
         "approved by Cabinet"),
        ("6.2", a["6.2"], "Environmental Protection Officer", "Each school term", "NO2 levels at "
         "monitoring sites"),
    ]
    child = [
        ("title", "Health and Wellbeing Action Plan 2026–2028"),
        ("sub", "Marsfield District Council · Approved by Cabinet on 9 September 2026"),
        ("h1", "1. Introduction"),
        ("p", "This action plan sets out how Marsfield District Council will contribute to the "
         "Ellershire Joint Health and Wellbeing Strategy 2026–2031. It focuses on the things a "
         "district council can influence: housing, leisure, environmental health and our work "
         "with communities. School readiness is led by the County Council's Best Start "
         "programme, and loneliness is addressed through the county's Connected Communities "
         "programme, to which the Council contributes a grant."),
        ("p", "The plan is organised around six aims. Under each aim, the table lists the "
         "actions we will take, who will lead them, when, and how we will measure success. "
         "Progress will be reported to the Overview and Scrutiny Committee every six months."),
        ("h1", "2. Action plan"),
        ("table", ["Ref", "Action", "Lead", "Timescale", "Success measure"], rows,
         [14, 104, 56, 34, 49], {"band": "E6DDF0"}),
        ("h1", "3. Resources"),
        ("p", "The actions will be delivered within existing budgets, with the exception of "
         "the Warm Homes grants, which are funded by the Better Care Fund."),
    ]
    _docx(child, d / "child.pdf", title="Health and Wellbeing Action Plan 2026–2028",
          author="Marsfield District Council",
          header="Marsfield District Council – Health and Wellbeing Action Plan 2026–2028",
          footer_left="OFFICIAL", lang="en-GB", font="Arial", size=10,
          color="5B2A86", fill="C9B5DD", landscape=True)

    goals_ = [
        G("SW1", g["SW1"], "not_followed_up",
          note="the goals are the bullets under 'By 2031 we want to see:' in each 'Priority n' "
          "(ids = priority initials + order, not printed); 'Our principles' bullets, the "
          "Foreword, the priority texts and 'How we will know …' are no goals. Trap: named in "
          "passing — the introduction leaves school readiness to the county's Best Start "
          "programme"),
        G("SW2", g["SW2"], "followed_up", [c["A1"], a["1.1"], a["1.2"], a["1.3"]],
          ev="Young people in Marsfield feel",
          note="in other words: feeling less isolated and knowing where to turn, wellbeing "
          "drop-ins, mental health first aid, online counselling — the district's share"),
        G("LW1", g["LW1"], "partial", [c["A2"], a["2.1"], a["2.2"]],
          ev="More residents get active in",
          missing=["smoking"],
          note="physical activity is served; nothing on smoking"),
        G("LW2", g["LW2"], "followed_up", [c["A3"], c["A4"], a["3.1"], a["3.2"], a["3.3"],
                                             a["4.2"]],
          ev="Homes in the private rented",
          note="in other words: safe and affordable to heat, HMO licensing, insulation grants, "
          "damp and mould inspections (the district's housing powers)"),
        G("LW3", g["LW3"], "partial", [a["2.3"]], ev="Community health champions in",
          missing=["narrowing the gap in healthy life expectancy across the district"],
          note="served by a measure only (under Aim 2): health champions in the two most "
          "deprived wards; no aim addresses the gap"),
        G("AW1", g["AW1"], "followed_up", [c["A4"], a["4.1"], a["4.2"]],
          ev="Older and disabled residents",
          note="in other words: staying in their own homes safely, adaptations grants and a "
          "handyperson service"),
        G("AW2", g["AW2"], "not_followed_up",
          note="trap: named in passing — the introduction leaves loneliness to the county's "
          "Connected Communities programme (a grant is no action of this plan)"),
    ]
    kids = [
        C(c["A1"], ["SW2"], note="the child goals are the shaded rows 'Aim n: …' across the "
          "table (gold text without 'Aim n: '); the rows '1.1' … under them are actions "
          "(measures, in served_by); 'Lead', 'Timescale' and 'Success measure' are no goals. "
          "Near miss: A1's 'isolated' is about young people's mental health, not AW2's "
          "loneliness"),
        C(c["A2"], ["LW1"], note="action 2.3 (health champions in the deprived wards) serves "
          "LW3, which A2 does not"),
        C(c["A3"], ["LW2"]),
        C(c["A4"], ["AW1", "LW2"], note="safe homes for older and disabled residents serves "
          "both"),
        C(c["A5"], [], note="food hygiene, stands alone"),
        C(c["A6"], [], note="air quality, stands alone (no goal on air in the strategy)"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, Liberation Sans 10; county joint health and wellbeing "
        "strategy): 'Priority n: …' headings, a coloured bold lead 'By 2031 we want to see:' "
        "over round bullets, 'Our principles' bullets; head top left over a coloured rule, "
        "board name and '– n –' centred at the bottom; child PDF (python-docx → LibreOffice, "
        "Arial → Liberation Sans 10, A4 landscape; district action plan): one table 'Ref | "
        "Action | Lead | Timescale | Success measure' with shaded rows 'Aim n: …' spanning the "
        "table, the header row repeated over two pages; header right over a rule, footer "
        "'OFFICIAL' left and the page number right",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice (pairkit)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder=BUILDER)


if __name__ == "__main__":
    main(sys.argv[1:])
