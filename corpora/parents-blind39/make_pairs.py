"""Build the thirty-ninth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-05 by `bpar39` without reading plancheck's code, tests or bench, without
running it, and without reading parents-blind38. ORDINARY pairs of small municipalities, the
child following the parent up mostly in other words:

- Strandøy (nn): samfunnsdel (Chromium, DejaVu Serif) with goals lettered a), b), c) under
  'Mål for lokalsamfunnet' in three numbered themes → 'Bustadsosial handlingsplan 2027–2030'
  (reportlab, Liberation Sans): per innsatsområde A–C a 'Mål' list A1, A2 …, and one closing
  'Tiltaksplan' table 'Nr. | Tiltak | Mål | Ansvar | 2027 | 2028 | 2029 | 2030' with x marks.
- Elvevik (nb): samfunnsdel (python-docx → LibreOffice, DejaVu Sans) with Word bullets under a
  Heading 3 'Mål' per theme → 'Klima- og energiplan 2027–2030 – handlingsdel' (Chromium,
  Liberation Sans): a numbered goal list M1–M7, then a table 'Nr. | Tiltak | Bidrar til mål
  | Ansvarlig | Kostnad 2027 (1000 kr) | Gjennomføres' running over two pages.
- Björkdala (sv): 'Strategisk plan 2027–2030' (reportlab, DejaVu Serif) with per perspective a
  table 'Nr | Inriktningsmål | Så följer vi upp' (1–8 through the perspectives) → the
  socialnämnd's 'Nämndplan 2027' (python-docx → LibreOffice, Liberation Sans): per perspective
  'Nämndens mål n' headings over 'Mätetal' and 'Aktiviteter 2027' bullets.
- Ravnsbæk (da): 'Vision og strategi 2030' (Chromium, Liberation Sans) with per 'Fokusområde'
  a box of 'Målsætninger' bullets → 'Kultur- og fritidsplan 2027–2030' (reportlab, DejaVu Sans,
  A4 landscape): 'Spor 1–3', each a two-column table 'Målsætninger | Det gør vi' with one
  row of bullets per column.
- Glanteg (en): a Public Services Board's 'Local Well-being Plan 2023–2028' (reportlab,
  Liberation Serif) with 'Objective n' headings over 'Why it matters' and 'Steps we will take'
  → the council's Neighbourhood Services 'Annual Delivery Plan 2027/28' (python-docx →
  LibreOffice, DejaVu Sans, A4 landscape): 'Our priorities for 2027/28' SP1–SP5, then a table
  'Ref | Action | Contributes to | Measure of success | Lead | Due', header row repeated.

    python corpora/parents-blind39/make_pairs.py                  # all pairs
    python corpora/parents-blind39/make_pairs.py --verify         # re-read the PDFs only
    python corpora/parents-blind39/make_pairs.py --twice          # build twice, compare sha256

The three document writers below (`_rl`, `_docx`, `_html`) are this batch's own surfaces; the
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
BUILDER = "corpora/parents-blind39/make_pairs.py"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


# =========================================================================== writers


def _rl_fonts(family: str) -> dict[str, str]:
    """Register a TTF family for reportlab under P39-<family>; returns {style: name}."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    files = {
        "DejaVuSans": (DEJAVU, "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                       "DejaVuSans-BoldOblique.ttf"),
        "DejaVuSerif": (DEJAVU, "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf",
                        "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
        "LiberationSans": (bk.LIBERATION, "LiberationSans-Regular.ttf",
                           "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf",
                           "LiberationSans-BoldItalic.ttf"),
        "LiberationSerif": (bk.LIBERATION, "LiberationSerif-Regular.ttf",
                            "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
                            "LiberationSerif-BoldItalic.ttf"),
    }[family]
    base = f"P39-{family}"
    names = {"normal": base, "bold": base + "-B", "italic": base + "-I", "boldItalic": base + "-BI"}
    for n, fn in zip(names.values(), files[1:], strict=True):
        pdfmetrics.registerFont(TTFont(n, str(files[0] / fn)))
    pdfmetrics.registerFontFamily(base, **names)
    return names


def _rl(pdf: Path, blocks, *, family: str, title: str, author: str, head: str, foot: str,
        accent: str, landscape: bool = False, base: float = 10, band: bool = False) -> Path:
    """reportlab (invariant). Blocks: ("title"|"sub"|"h1"|"h2"|"p"|"label"|"note", text),
    ("item", label, text) a goal line with its label in bold in a hanging indent, ("bullets",
    [..]) with a small square, ("table", head, rows, widths_mm, opts) with the header row
    repeated over page breaks (opts: 'center' = column indices centred; a cell given as a list
    is one paragraph per item behind opts 'mark', default an en dash). Furniture: HEAD top
    left in italic grey over a short accent bar (or a full-width band when BAND), FOOT with
    {n} bottom right."""
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as _land
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    f = _rl_fonts(family)
    acc = colors.HexColor(accent)
    ink = colors.HexColor("#222222")
    grey = colors.HexColor("#5c5c5c")
    ps = {
        "title": ParagraphStyle("t", fontName=f["bold"], fontSize=base + 9, leading=base + 13,
                                textColor=ink, spaceAfter=2),
        "sub": ParagraphStyle("s", fontName=f["italic"], fontSize=base, leading=base + 4,
                              textColor=grey, spaceAfter=10),
        "h1": ParagraphStyle("h1", fontName=f["bold"], fontSize=base + 3, leading=base + 6,
                             textColor=acc, spaceBefore=9, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName=f["bold"], fontSize=base + 1, leading=base + 4,
                             textColor=ink, spaceBefore=6, spaceAfter=2),
        "label": ParagraphStyle("lb", fontName=f["bold"], fontSize=base - 0.5,
                                leading=base + 3, textColor=acc, spaceBefore=2, spaceAfter=2),
        "p": ParagraphStyle("p", fontName=f["normal"], fontSize=base, leading=base * 1.38,
                            spaceAfter=4, textColor=ink),
        "note": ParagraphStyle("nt", fontName=f["italic"], fontSize=base - 1, leading=base + 2,
                               textColor=grey, spaceAfter=4),
        "item": ParagraphStyle("it", fontName=f["normal"], fontSize=base, leading=base * 1.36,
                               leftIndent=11 * mm, bulletIndent=0, spaceAfter=3,
                               bulletFontName=f["bold"], textColor=ink),
        "li": ParagraphStyle("li", fontName=f["normal"], fontSize=base, leading=base * 1.36,
                             leftIndent=5.5 * mm, bulletIndent=1 * mm, spaceAfter=1.5,
                             bulletFontSize=base - 3, bulletColor=acc, textColor=ink),
        "c": ParagraphStyle("c", fontName=f["normal"], fontSize=base - 1, leading=base + 1.5),
        "cc": ParagraphStyle("cc", fontName=f["normal"], fontSize=base - 1, leading=base + 1.5,
                             alignment=TA_CENTER),
        "cli": ParagraphStyle("cli", fontName=f["normal"], fontSize=base - 1,
                              leading=base + 1.5, leftIndent=4 * mm, bulletIndent=0,
                              spaceAfter=2.5),
        "ch": ParagraphStyle("ch", fontName=f["bold"], fontSize=base - 1, leading=base + 1.5,
                             textColor=ink),
    }
    story = []
    for b in blocks:
        k = b[0]
        if k in ("title", "sub", "h1", "h2", "p", "label", "note"):
            story.append(Paragraph(e(b[1]), ps[k]))
        elif k == "item":
            story.append(Paragraph(e(b[2]), ps["item"], bulletText=b[1]))
        elif k == "bullets":
            story += [Paragraph(e(x), ps["li"], bulletText="■") for x in b[1]]
            story.append(Spacer(1, 3))
        elif k == "table":
            _, thead, rows, widths, opts = b
            center = set(opts.get("center", ()))
            data = [[Paragraph(e(x), ps["ch"]) for x in thead]]
            data += [[[Paragraph(e(y), ps["cli"], bulletText=opts.get("mark", "–")) for y in x]
                      if isinstance(x, list) else Paragraph(e(x), ps["cc" if j in center else "c"])
                      for j, x in enumerate(r)] for r in rows]
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
            t.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(opts.get("fill", "#e6e6e6"))),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, acc),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, acc),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#bdbdbd")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]))
            story += [t, Spacer(1, 6)]
        else:
            raise ValueError(k)
    size = _land(A4) if landscape else A4
    w, h = size

    def furniture(canvas, doc):
        canvas.saveState()
        if band:
            canvas.setFillColor(acc)
            canvas.rect(0, h - 9 * mm, w, 9 * mm, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont(f["bold"], 8)
            canvas.drawString(18 * mm, h - 6 * mm, head)
        else:
            canvas.setFillColor(acc)
            canvas.rect(18 * mm, h - 12.5 * mm, 12 * mm, 1.2 * mm, stroke=0, fill=1)
            canvas.setFillColor(grey)
            canvas.setFont(f["italic"], 8)
            canvas.drawString(18 * mm, h - 10 * mm, head)
        canvas.setFillColor(grey)
        canvas.setFont(f["normal"], 8)
        canvas.drawRightString(w - 18 * mm, 10 * mm, foot.format(n=doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(pdf), pagesize=size, title=title, author=author, creator=author,
        leftMargin=18 * mm, rightMargin=18 * mm, topMargin=19 * mm, bottomMargin=18 * mm,
        invariant=1,
    )
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return pdf


def _docx(blocks, pdf: Path, *, title: str, author: str, header: str, footer_left: str,
          page_word: str, of_word: str, lang: str, font: str, size: float, color: str,
          landscape: bool = False, fill: str = "D9E2D0") -> Path:
    """python-docx → LibreOffice. Blocks: ("title"|"sub"|"h1"|"h2"|"h3"|"p"|"b"|"i", text),
    ("bullets", [..]) Word's default Symbol bullets, ("table", head, rows, widths) header row
    repeated, a cell's '\n' a new paragraph. Header right over a rule; footer FOOTER_LEFT, a
    right tab, 'PAGE_WORD n OF_WORD N'."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    doc = dh.new_document(font=font, size=size, margins_mm=20, heading_color=color)
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    rpr.find(qn("w:lang")).set(qn("w:val"), lang)
    sec = doc.sections[0]
    if landscape:
        from docx.enum.section import WD_ORIENT

        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    hp = dh.ruled_header(sec, header, size=8)
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    width = sec.page_width - sec.left_margin - sec.right_margin
    fp.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    fp.add_run(footer_left + "\t").font.size = Pt(8)
    dh.page_of_footer(fp, page_word, of_word, "2", size=8)
    bul = dh.add_num(doc, dh.add_abstract_num(doc, "symbol_bullet"))
    for b in blocks:
        k = b[0]
        if k == "title":
            dh.para(doc, b[1], bold=True, size=size + 10, color=color, space_after=2)
        elif k == "sub":
            dh.para(doc, b[1], size=size - 0.5, color="666666", space_after=14)
        elif k in ("h1", "h2", "h3"):
            dh.heading(doc, b[1], int(k[1]))
        elif k == "p":
            dh.para(doc, b[1])
        elif k == "b":
            dh.para(doc, b[1], bold=True, space_after=2, keep_with_next=True)
        elif k == "i":
            dh.para(doc, b[1], italic=True, size=size - 1, color="555555", space_after=4)
        elif k == "bullets":
            for x in b[1]:
                dh.list_item(doc, x, bul)
        elif k == "table":
            _, head, rows, widths = b
            t = dh.new_table(doc, widths)
            r = dh.add_row(t, head, widths, size=size - 1, bold=True, fill=fill)
            dh.set_repeat_header(r)
            for row in rows:
                rr = dh.add_row(t, list(row), widths, size=size - 1)
                dh.set_cant_split(rr)
            dh.para(doc, "", space_after=4)
        else:
            raise ValueError(k)
    dh.set_core_properties(doc, title=title, author=author)
    with tempfile.TemporaryDirectory(prefix="parblind39-docx-") as tmp:
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
    with tempfile.TemporaryDirectory(prefix="parblind39-html-") as tmp:
        src = Path(tmp) / (pdf.stem + ".html")
        src.write_text(page, encoding="utf-8")
        return bk.chromium_pdf(src, pdf)


# =========================================================================== 1 Strandøy (nn)


@pair
def strandoy_bustadsosial_handlingsplan(d: Path) -> dict:
    g = {
        "1a": "Strandøy skal ha bustader for alle livsfasar, også fleire mindre bustader i "
              "sentrum.",
        "1b": "Alle innbyggjarar skal kunne bu trygt og sjølvstendig.",
        "1c": "Fleire unge vaksne skal velje å busetje seg i kommunen.",
        "2a": "Færre barn skal veksa opp i familiar med låg inntekt.",
        "2b": "Flyktningar skal raskt koma i arbeid og bli ein del av lokalsamfunnet.",
        "2c": "Innbyggjarane skal ha god psykisk helse og vite kvar dei kan få hjelp.",
        "3a": "Energibruken i kommunale bygg skal gå ned med 20 prosent innan 2035.",
    }
    themes = [
        ("1", "Gode stader å bu",
         "Det er mange einebustader i Strandøy, men få små husvære. Eldre som vil flytte frå "
         "store hus, og unge som vil etablere seg, finn sjeldan noko som passar.",
         ["1a", "1b", "1c"]),
        ("2", "Levekår og inkludering",
         "Dei fleste i Strandøy har gode levekår, men nokre grupper fell utanfor. Ein del "
         "barnefamiliar har svak økonomi, og kommunen tek imot flyktningar kvart år.",
         ["2a", "2b", "2c"]),
        ("3", "Klima og ressursar",
         "Kommunen skal gå føre når det gjeld klima og energi, og eigedomane skal forvaltast "
         "slik at dei held verdien.",
         ["3a"]),
    ]
    body = [
        "<div class='top'>Strandøy kommune</div>",
        "<h1>Kommuneplanen sin samfunnsdel 2027–2039</h1>",
        "<p class='sub'>Vedteken av kommunestyret 11. februar 2027, K-sak 6/27</p>",
        "<h2>Innleiing</h2>",
        "<p>Samfunnsdelen viser kva for eit samfunn vi vil ha i Strandøy dei neste tolv åra. "
        "Han blir følgd opp gjennom temaplanar og gjennom handlingsdelen, som blir rullert "
        "kvart år saman med økonomiplanen.</p>",
        "<p>Planen er utarbeidd etter ein brei prosess med folkemøte i alle krinsane, "
        "ungdomsrådet og eldrerådet.</p>",
    ]
    for n, head, text, ks in themes:
        body += [f"<h2>{n}. {e(head)}</h2>", f"<p>{e(text)}</p>",
                 "<p class='lbl'>Mål for lokalsamfunnet</p>", "<ul class='goals'>"]
        body += [f"<li><span>{k[1]})</span>{e(g[k])}</li>" for k in ks]
        body.append("</ul>")
    body += [
        "<h2>4. Arealstrategi</h2>",
        "<p>Ny bustadbygging skal i hovudsak skje i Strandøy sentrum og på Vikane, der det er "
        "skule, barnehage og butikk. Strandsona skal haldast open for ålmenta.</p>",
        "<h2>5. Oppfølging og rapportering</h2>",
        "<p>Kommunedirektøren rapporterer på måla i årsmeldinga. Kommunestyret vurderer i "
        "planstrategien kvart fjerde år om samfunnsdelen skal reviderast.</p>",
    ]
    css = (
        "@page{size:A4;margin:20mm 22mm 20mm 22mm;"
        "@bottom-center{content:'Samfunnsdelen 2027–2039 — ' counter(page);"
        "font:8pt 'DejaVu Serif',serif;color:#666}}"
        "body{font-family:'DejaVu Serif',serif;font-size:9.5pt;line-height:1.45;color:#202020}"
        ".top{font:bold 8.5pt 'DejaVu Sans',sans-serif;letter-spacing:1.5pt;color:#1f6f78;"
        "text-transform:uppercase;border-bottom:1.5pt solid #1f6f78;padding-bottom:1mm}"
        "h1{font-size:18pt;margin:5mm 0 1mm;color:#1f3b3f}"
        ".sub{color:#666;font-style:italic;margin:0 0 5mm}"
        "h2{font-size:12pt;color:#1f6f78;margin:6mm 0 1.5mm}"
        "p{margin:0 0 2mm}"
        ".lbl{font:bold 9pt 'DejaVu Sans',sans-serif;color:#1f6f78;margin:3mm 0 1mm}"
        "ul.goals{list-style:none;margin:0 0 2mm;padding:0}"
        "ul.goals li{margin:0 0 1.3mm;padding-left:7mm;text-indent:-7mm}"
        "ul.goals li span{display:inline-block;width:7mm;text-indent:0;font-weight:bold}"
    )
    _html("nn", "Kommuneplanen sin samfunnsdel 2027–2039 – Strandøy kommune", css, body,
          d / "parent.pdf")

    c = {
        "A1": "I planperioden skal det koma minst 20 mindre leilegheiter i Strandøy sentrum, i "
              "samarbeid med private utbyggjarar.",
        "A2": "Barnefamiliar som leiger, skal få hjelp til å kjøpe eigen bustad.",
        "A3": "Busette flyktningar skal ha ein trygg og varig bustad innan to år.",
        "B1": "Alle som får kommunal bustad, skal få tilbod om oppfølging i heimen det første "
              "året.",
        "B2": "Ingen skal bu i mellombels husvære i meir enn tre månader.",
        "C1": "Dei kommunale utleigebustadene skal vere i god stand og ha låge straumutgifter "
              "for leigetakarane.",
        "C2": "Søknader om kommunal bustad skal vere ferdig handsama innan fire veker.",
    }
    t = {
        "T1": "Opsjonsavtale med utbyggjar om kjøp av seks leilegheiter i Sentrumskvartalet",
        "T2": "Startlån og tilskot til etablering prioritert til barnefamiliar, med rettleiing "
              "om økonomi",
        "T3": "Fast rutine med flyktningtenesta: bustaden er klar før familien kjem",
        "T4": "Bustadkontakt i 50 % stilling som følgjer opp nye leigetakarar",
        "T5": "Kjøpe to husvære til akuttbustad, i staden for leige av campinghytte",
        "T6": "Etterisolering og varmepumpe i åtte kommunale bustader på Vikane",
        "T7": "Vedlikehaldsplan for alle kommunale bustader",
        "T8": "Digitalt søknadsskjema og fast vedtaksmøte kvar veke",
    }
    intro = [
        ("title", "Bustadsosial handlingsplan 2027–2030"),
        ("sub", "Strandøy kommune · Temaplan · Vedteken i kommunestyret 17. juni 2027"),
        ("h1", "1 Kvifor ein bustadsosial plan"),
        ("p", "Ein trygg og god stad å bu er grunnlaget for eit godt liv. Planen skal sikre at "
         "dei som ikkje klarer å skaffe seg eller halde på ein bustad sjølve, får hjelp. Han "
         "følgjer opp samfunnsdelen 2027–2039, særleg temaet «Gode stader å bu»."),
        ("p", "Tomtepolitikk og tiltak for at fleire unge vaksne skal flytte til Strandøy, er "
         "ikkje ein del av denne planen. Det blir følgt opp i næringsplanen."),
        ("p", "Planen har tre innsatsområde. For kvart av dei står måla for perioden. Alle "
         "tiltaka er samla i tiltaksplanen i kapittel 5."),
        ("h1", "2 Innsatsområde A – Rett bustad til rett tid"),
        ("p", "Det er lang ventetid på små husvære, og få barnefamiliar med låg inntekt eig "
         "bustaden sin. Flyktningar bur ofte i kommunale bustader lenge."),
        ("label", "Mål"),
        ("item", "A1", c["A1"]), ("item", "A2", c["A2"]), ("item", "A3", c["A3"]),
        ("h1", "3 Innsatsområde B – Hjelp til å meistre buforholdet"),
        ("p", "Nokre leigetakarar treng hjelp til å betale husleige, halde orden og vere gode "
         "naboar. Tidleg hjelp kan hindre at dei mistar bustaden."),
        ("label", "Mål"),
        ("item", "B1", c["B1"]), ("item", "B2", c["B2"]),
        ("h1", "4 Innsatsområde C – Gode kommunale bustader"),
        ("p", "Kommunen eig 46 utleigebustader. Mange av dei er frå 1970-talet og har høge "
         "straumutgifter."),
        ("label", "Mål"),
        ("item", "C1", c["C1"]), ("item", "C2", c["C2"]),
        ("h1", "5 Tiltaksplan"),
        ("note", "x = år tiltaket blir gjennomført. Kostnader blir innarbeidde i "
         "handlingsdelen med økonomiplan."),
    ]
    rows = [
        ("1", t["T1"], "A1", "Eigedom", "x", "x", "", ""),
        ("2", t["T2"], "A2", "NAV / økonomi", "x", "x", "x", "x"),
        ("3", t["T3"], "A3", "Flyktningtenesta", "x", "", "", ""),
        ("4", t["T4"], "B1", "Helse og omsorg", "x", "x", "x", "x"),
        ("5", t["T5"], "B2", "Eigedom", "", "x", "", ""),
        ("6", t["T6"], "C1", "Eigedom", "x", "x", "x", ""),
        ("7", t["T7"], "C1", "Eigedom", "x", "", "", ""),
        ("8", t["T8"], "C2", "Tildelingskontoret", "x", "", "", ""),
    ]
    child = [
        *intro,
        ("table", ["Nr.", "Tiltak", "Mål", "Ansvar", "2027", "2028", "2029", "2030"], rows,
         [9, 70, 11, 31, 13, 13, 13, 13], {"center": (0, 2, 4, 5, 6, 7), "fill": "#e3efe8"}),
        ("h1", "6 Rapportering"),
        ("p", "Bustadgruppa rapporterer på måla og tiltaka i årsmeldinga. Planen blir "
         "evaluert i 2030."),
    ]
    _rl(d / "child.pdf", child, family="LiberationSans", base=10, accent="#2b7a4b",
        title="Bustadsosial handlingsplan 2027–2030", author="Strandøy kommune",
        head="Strandøy kommune – Bustadsosial handlingsplan 2027–2030", foot="Side {n}")

    goals_ = [
        G("1a", g["1a"], "followed_up", [c["A1"], t["T1"]], ev="I planperioden skal det",
          note="the goals are the lettered lines a), b), c) under 'Mål for lokalsamfunnet' in "
          "each numbered theme (id = theme number + printed letter; the gold text without "
          "'a)'); the theme texts, the introduction, the arealstrategi and 'Oppfølging og "
          "rapportering' are no goals. Small flats in the centre = 'mindre bustader i "
          "sentrum'; for a housing plan that is the goal's whole concern ('alle livsfasar' "
          "being what small flats add to a stock of detached houses)"),
        G("1b", g["1b"], "followed_up", [c["B1"], c["B2"], t["T4"], t["T5"]],
          ev="Alle som får kommunal",
          note="follow-up in other words: 'meistre buforholdet' with home follow-up (= "
          "sjølvstendig) and no long stays in temporary housing (= trygt)"),
        G("1c", g["1c"], "not_followed_up",
          note="trap: named in passing — the introduction leaves young adults moving in to "
          "the næringsplan"),
        G("2a", g["2a"], "partial", [c["A2"], t["T2"]], ev="Barnefamiliar som leiger, skal",
          missing=["inntekt i familiane (arbeid, økonomisk hjelp)"],
          note="home ownership for families who rent, with advice on their finances; the "
          "family's income itself is not addressed"),
        G("2b", g["2b"], "partial", [c["A3"], t["T3"]], ev="Busette flyktningar skal ha",
          missing=["arbeid for flyktningar", "deltaking i lokalsamfunnet"],
          note="housing for settled refugees only"),
        G("2c", g["2c"], "not_followed_up", note="silent: nothing on mental health"),
        G("3a", g["3a"], "followed_up", [c["C1"], t["T6"]], ev="Dei kommunale utleigebustadene",
          note="follow-up in other words: 'låge straumutgifter', insulation and heat pumps in "
          "the council's rental homes — the plan's whole share of the municipal buildings"),
    ]
    kids = [
        C(c["A1"], ["1a"], note="the child goals are the lines under each 'Mål' label (A1 … "
          "C2, the gold text without the label); the rows of the closing 'Tiltaksplan' table "
          "are measures (in served_by beside the goals their 'Mål' column names); numbers, "
          "'Ansvar' and the x marks are no goals"),
        C(c["A2"], ["2a"]),
        C(c["A3"], ["2b"]),
        C(c["B1"], ["1b"]),
        C(c["B2"], ["1b"]),
        C(c["C1"], ["3a"]),
        C(c["C2"], [], note="case-handling time, stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, DejaVu Serif 9.5; kommuneplanen sin samfunnsdel): a "
        "spaced-capitals municipality line over a rule, numbered theme headings '1. Gode "
        "stader å bu' …, a small sans 'Mål for lokalsamfunnet' label over goals lettered "
        "'a)', 'b)' with a hanging indent; footer centred 'Samfunnsdelen 2027–2039 — n'; "
        "child PDF (reportlab, Liberation Sans 10; bustadsosial handlingsplan): chapters "
        "'Innsatsområde A – …' with a 'Mål' label over goals A1 … in a bold hanging label, "
        "a closing 'Tiltaksplan' table 'Nr. | Tiltak | Mål | Ansvar | 2027 | 2028 | 2029 | "
        "2030' with x marks; head top left over a short bar, 'Side n' bottom right",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Elvevik (nb)


@pair
def elvevik_klima_og_energiplan(d: Path) -> dict:
    g = {
        "K1": "Klimagassutslippene i Elvevik skal reduseres med 55 prosent innen 2030, "
              "sammenlignet med 2009.",
        "K2": "Elvevik skal være forberedt på et våtere og villere klima.",
        "K3": "Naturmangfoldet og matjorda skal tas vare på for kommende generasjoner.",
        "L1": "Flere skal kunne gå, sykle og reise kollektivt i hverdagen.",
        "L2": "Elvevik sentrum skal være et attraktivt sted å bo, handle og møtes.",
        "V1": "Næringslivet skal ta i bruk fornybar energi og sirkulære løsninger.",
        "V2": "Det skal skapes flere arbeidsplasser i kommunen.",
    }
    themes = [
        ("Et grønt Elvevik",
         "Klimaendringene merkes allerede i Elvevik. Flommen i 2023 viste at mange hus og veier "
         "ligger utsatt til. Samtidig har vi store jordbruksarealer og verdifull natur langs "
         "elva.", ["K1", "K2", "K3"]),
        ("Levende sentrum og bygder",
         "De fleste av oss bruker bil til jobb, skole og butikk. Sentrum har fått flere "
         "boliger, men mange forretningslokaler står tomme.", ["L1", "L2"]),
        ("Verdiskaping",
         "Elvevik har et allsidig næringsliv med landbruk, trevare og reiseliv. Det er behov for "
         "flere arbeidsplasser som passer for unge med høyere utdanning.", ["V1", "V2"]),
    ]
    parent = [
        ("title", "Kommuneplanens samfunnsdel 2026–2038"),
        ("sub", "Elvevik kommune  ·  Vedtatt av kommunestyret 23.04.2026, sak PS 31/26"),
        ("h1", "Forord"),
        ("p", "Samfunnsdelen er kommunens viktigste plan. Den viser hvilke mål vi har for "
         "Elvevik-samfunnet og for kommunen som organisasjon. Målene konkretiseres i "
         "kommunedelplaner og temaplaner, og i handlingsdelen som vedtas hvert år."),
        ("i", "Ordfører Kari Elvestad"),
    ]
    for head, text, ks in themes:
        parent += [("h1", head), ("p", text), ("h3", "Mål"), ("bullets", [g[k] for k in ks])]
    parent += [
        ("h1", "Samfunnssikkerhet og beredskap"),
        ("p", "Helhetlig risiko- og sårbarhetsanalyse for Elvevik ble vedtatt i 2025 og ligger "
         "til grunn for planen."),
        ("h1", "Slik følger vi opp planen"),
        ("p", "Kommunedirektøren rapporterer på målene i årsrapporten. Indikatorer for hvert "
         "tema er samlet i vedlegg 1."),
    ]
    _docx(parent, d / "parent.pdf", title="Kommuneplanens samfunnsdel 2026–2038",
          author="Elvevik kommune", header="Elvevik kommune – kommuneplanens samfunnsdel",
          footer_left="Vedtatt 23.04.2026", page_word="Side ", of_word=" av ", lang="nb-NO",
          font="DejaVu Sans", size=9.5, color="3C6E47")

    m = {
        "M1": "Utslippene fra vegtrafikken i Elvevik skal halveres innen 2030.",
        "M2": "Kommunens egen virksomhet skal være fossilfri innen 2028.",
        "M3": "Utslippene fra jordbruket skal ned med 20 prosent innen 2030.",
        "M4": "Kommunen skal kjenne risikoen for flom og skred der folk bor, og ta hensyn til "
              "den i all planlegging.",
        "M5": "Flere skal velge sykkel og gange på korte turer i og rundt sentrum.",
        "M6": "Bedrifter i Elvevik skal få hjelp til å kutte energibruken og ta i bruk "
              "fornybar energi.",
        "M7": "Kommunen skal stille klimakrav i alle innkjøp over 100 000 kroner.",
    }
    t = [
        ("1", "Ladepunkter for allmennheten ved rådhuset, helsesenteret og idrettshallen",
         "M1", "Teknisk drift", "450", "2027"),
        ("2", "Bytte ut kommunens 14 dieselbiler med elbiler når leasingavtalene går ut",
         "M2", "Innkjøp", "0", "2027–2028"),
        ("3", "Fjerne de to siste oljefyrene i kommunale bygg (Elvevik skole og Bakken "
         "barnehage)", "M2", "Eiendom", "1 200", "2027"),
        ("4", "Klimarådgivning for bønder sammen med landbruksrådgivningen, 15 gårder i året",
         "M3", "Landbruk", "150", "Årlig"),
        ("5", "Aktsomhetskart for flom og skred for alle tettsteder", "M4", "Plan og bygg",
         "300", "2027"),
        ("6", "Overvannsplan for Elvevik sentrum med åpne bekker og fordrøyning", "M4",
         "Teknisk drift", "400", "2028"),
        ("7", "Gang- og sykkelvei fra Bakken til sentrum (1,2 km)", "M5", "Teknisk drift",
         "6 500", "2028–2029"),
        ("8", "El-sykler til utlån på biblioteket", "M5", "Kultur", "80", "2027"),
        ("9", "Gratis energikartlegging for små bedrifter, 20 bedrifter i året", "M6",
         "Næring", "200", "Årlig"),
        ("10", "Klima og miljø vektes minst 30 prosent ved tildeling i anbudskonkurranser",
         "M7", "Innkjøp", "0", "2027"),
    ]
    tt = {r[0]: r[1] for r in t}
    css = (
        "@page{size:A4;margin:18mm 18mm 20mm 20mm;"
        "@top-right{content:'Klima- og energiplan 2027–2030 · Handlingsdel';"
        "font:8pt 'Liberation Sans',sans-serif;color:#555}"
        "@bottom-left{content:'Elvevik kommune';font:8pt 'Liberation Sans',sans-serif;"
        "color:#555}"
        "@bottom-right{content:counter(page) ' / ' counter(pages);"
        "font:8pt 'Liberation Sans',sans-serif;color:#555}}"
        "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt;line-height:1.4;"
        "color:#1b1b1b}"
        "h1{font-size:20pt;font-weight:normal;color:#245b35;margin:0 0 1mm}"
        ".sub{font-size:10pt;color:#555;margin:0 0 6mm;border-bottom:0.6pt solid #245b35;"
        "padding-bottom:2mm}"
        "h2{font-size:13pt;color:#245b35;margin:6mm 0 2mm}"
        "p{margin:0 0 2.5mm}"
        "ol.mal{list-style:none;padding:0;margin:0 0 3mm}"
        "ol.mal li{display:flex;margin:0 0 1.6mm}"
        "ol.mal li b{flex:0 0 10mm;color:#245b35}"
        "table.tp{font-size:9pt;margin-top:2mm}"
        "table.tp th{text-align:left;border-bottom:1.2pt solid #245b35;padding:1.2mm 1.5mm;"
        "vertical-align:bottom}"
        "table.tp td{border-bottom:0.4pt solid #c9c9c9;padding:1.2mm 1.5mm;vertical-align:top}"
        "table.tp td.n{text-align:right}"
        "table.tp tbody tr:nth-child(even) td{background:#f1f6f2}"
    )
    body = [
        "<h1>Klima- og energiplan 2027–2030</h1>",
        "<p class='sub'>Handlingsdel · Elvevik kommune · Vedtatt i kommunestyret 10.12.2026</p>",
        "<h2>1 Innledning</h2>",
        "<p>Klima- og energiplanen er kommunens plan for å kutte klimagassutslipp og "
        "tilpasse seg klimaendringene. Den bygger på kommuneplanens samfunnsdel 2026–2038, "
        "temaet «Et grønt Elvevik». Handlingsdelen rulleres hvert år sammen med "
        "økonomiplanen.</p>",
        "<p>Naturmangfold og jordvern følges opp i kommuneplanens arealdel og omtales ikke "
        "videre her.</p>",
        "<h2>2 Utslipp i Elvevik</h2>",
        "<p>De direkte utslippene i Elvevik var 41 300 tonn CO<sub>2</sub>-ekvivalenter i "
        "2024. Vegtrafikk står for 46 prosent og jordbruk for 31 prosent. Resten kommer fra "
        "oppvarming, avfall og arbeidsmaskiner.</p>",
        "<h2>3 Mål for klimaarbeidet</h2>",
        "<p>Planen har sju mål. Tiltakene i kapittel 4 viser hvilket mål de bidrar til.</p>",
        "<ol class='mal'>",
    ]
    body += [f"<li><b>{k}</b><span>{e(v)}</span></li>" for k, v in m.items()]
    body += [
        "</ol>",
        "<h2>4 Tiltak 2027–2030</h2>",
        "<p>Kostnadene er anslag for 2027 i tusen kroner. Tiltak uten kostnad gjøres innenfor "
        "driftsbudsjettet.</p>",
        "<table class='tp'><thead><tr><th style='width:6%'>Nr.</th>"
        "<th style='width:44%'>Tiltak</th><th style='width:11%'>Bidrar til mål</th>"
        "<th style='width:15%'>Ansvarlig</th><th style='width:12%'>Kostnad 2027 (1000 kr)</th>"
        "<th style='width:12%'>Gjennomføres</th></tr></thead><tbody>",
    ]
    body += [f"<tr><td>{n}</td><td>{e(x)}</td><td>{k}</td><td>{e(a)}</td>"
             f"<td class='n'>{k2}</td><td>{w}</td></tr>" for n, x, k, a, k2, w in t]
    body += [
        "</tbody></table>",
        "<h2>5 Oppfølging</h2>",
        "<p>Klimaregnskapet legges fram for formannskapet hvert år. Der det er nødvendig, "
        "foreslås nye tiltak ved neste rullering.</p>",
    ]
    _html("nb", "Klima- og energiplan 2027–2030 – handlingsdel", css, body, d / "child.pdf")

    goals_ = [
        G("K1", g["K1"], "followed_up", [m["M1"], m["M2"], m["M3"], tt["1"], tt["2"], tt["3"],
                                         tt["4"]],
          ev="Utslippene fra vegtrafikken i",
          note="the goals are the bullets under the Heading 3 'Mål' of each theme (ids = theme "
          "initial + order, not printed); the foreword, theme texts, 'Samfunnssikkerhet og "
          "beredskap' and 'Slik følger vi opp planen' are no goals. Road traffic, the "
          "council's own operations and farming: the two largest sources and the council's "
          "own, each with a target"),
        G("K2", g["K2"], "followed_up", [m["M4"], tt["5"], tt["6"]], ev="Kommunen skal kjenne "
          "risikoen",
          note="follow-up in other words: flood and landslide risk in all planning, hazard "
          "maps and a storm-water plan — 'våtere og villere klima' is never written"),
        G("K3", g["K3"], "not_followed_up",
          note="trap: named in passing — the introduction leaves nature and farmland to the "
          "arealdel"),
        G("L1", g["L1"], "partial", [m["M5"], tt["7"], tt["8"]], ev="Flere skal velge sykkel",
          missing=["kollektivtransport"],
          note="walking and cycling only; nothing on public transport"),
        G("L2", g["L2"], "not_followed_up",
          note="silent: M5 and measure 6 take place in the centre, but neither aims at making "
          "it attractive to live, shop and meet"),
        G("V1", g["V1"], "partial", [m["M6"], tt["9"]], ev="Bedrifter i Elvevik skal",
          missing=["sirkulære løsninger i næringslivet"],
          note="energy for small firms; nothing on circular solutions"),
        G("V2", g["V2"], "not_followed_up", note="silent: nothing on jobs"),
    ]
    kids = [
        C(m["M1"], ["K1"], note="the child goals are the numbered list M1–M7 under 'Mål for "
          "klimaarbeidet' (gold text without 'M1'); the rows of the 'Tiltak 2027–2030' table "
          "are measures (in served_by beside the goal their 'Bidrar til mål' column names); "
          "numbers, 'Ansvarlig', costs and years are no goals"),
        C(m["M2"], ["K1"]),
        C(m["M3"], ["K1"]),
        C(m["M4"], ["K2"]),
        C(m["M5"], ["L1"]),
        C(m["M6"], ["V1"]),
        C(m["M7"], [], note="trap (shared words): climate requirements in the council's own "
          "purchasing — not the business sector's renewable energy or circular solutions "
          "(V1), and no emission target of its own (K1); stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, DejaVu Sans 9.5; kommuneplanens "
        "samfunnsdel): Heading 1 per theme, a paragraph and a Heading 3 'Mål' over Word's "
        "default Symbol bullets; header right over a rule, footer 'Vedtatt …' left and "
        "'Side n av N' right; child PDF (Chromium, Liberation Sans 10; klima- og energiplan, "
        "handlingsdel): a list M1–M7 under 'Mål for klimaarbeidet' with the label in a "
        "fixed column, then a table 'Nr. | Tiltak | Bidrar til mål | Ansvarlig | Kostnad "
        "2027 (1000 kr) | Gjennomføres' with banded rows; CSS margin boxes 'n / N'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Björkdala (sv)


@pair
def bjorkdala_namndplan(d: Path) -> dict:
    g = {
        "1": "Invånarna ska känna sig trygga i sitt bostadsområde och på allmänna platser.",
        "2": "Äldre ska kunna leva ett självständigt liv och få stöd när de behöver det.",
        "3": "Fler elever ska nå kunskapskraven i alla ämnen.",
        "4": "Fler invånare ska vara självförsörjande genom arbete eller studier.",
        "5": "Kommunens verksamheter ska minska sin klimatpåverkan.",
        "6": "Bostadsbyggandet ska öka i hela kommunen.",
        "7": "Medarbetarna ska ha ett hållbart arbetsliv med låg sjukfrånvaro.",
        "8": "Björkdala kommun ska vara en attraktiv arbetsgivare som kan rekrytera rätt "
             "kompetens.",
    }
    ind = {
        "1": "Andel som känner sig trygga ute på kvällen (medborgarundersökningen)",
        "2": "Andel 80 år och äldre som bor i ordinärt boende",
        "3": "Andel elever i åk 9 med godkänt i alla ämnen",
        "4": "Andel invånare 20–64 år som förvärvsarbetar",
        "5": "Koldioxidutsläpp från kommunens fordon och lokaler",
        "6": "Antal påbörjade bostäder per år",
        "7": "Sjukfrånvaro i procent av arbetad tid",
        "8": "Andel som rekommenderar Björkdala kommun som arbetsgivare",
    }
    persp = [
        ("Livskvalitet och trygghet",
         "Björkdala ska vara en trygg plats att leva på i alla skeden av livet.", ["1", "2"]),
        ("Utbildning och arbete",
         "Utbildning och arbete är nyckeln till ett gott liv och en stark kommun.", ["3", "4"]),
        ("Hållbar samhällsutveckling",
         "Kommunen ska växa på ett sätt som håller för kommande generationer.", ["5", "6"]),
        ("Attraktiv arbetsgivare",
         "Våra medarbetare är kommunens viktigaste resurs.", ["7", "8"]),
    ]
    parent = [
        ("title", "Strategisk plan 2027–2030"),
        ("sub", "med budget 2027 och ekonomisk plan 2028–2030 · Björkdala kommun · "
         "Beslutad av kommunfullmäktige 2026-11-24, § 112"),
        ("h1", "Så styrs Björkdala kommun"),
        ("p", "Kommunfullmäktige beslutar om inriktningsmål för hela kommunen i fyra "
         "perspektiv. Nämnderna bryter ned inriktningsmålen i nämndplaner med egna mål, "
         "mätetal och aktiviteter. Uppföljning sker i delårsrapporten och årsredovisningen."),
        ("h1", "Kommunfullmäktiges inriktningsmål"),
    ]
    for head, text, ks in persp:
        parent += [("h2", f"Perspektiv: {head}"), ("p", text),
                   ("table", ["Nr", "Inriktningsmål", "Så följer vi upp"],
                    [(k, g[k], ind[k]) for k in ks], [10, 88, 76],
                    {"center": (0,), "fill": "#efe9dc"})]
    parent += [
        ("h1", "Ekonomiska förutsättningar"),
        ("p", "Skatteintäkter och statsbidrag beräknas öka med 2,9 procent 2027. Resultatet ska "
         "uppgå till minst 2 procent av skatter och bidrag över planperioden."),
    ]
    _rl(d / "parent.pdf", parent, family="DejaVuSerif", base=9.5, accent="#8a5a14",
        title="Strategisk plan 2027–2030", author="Björkdala kommun",
        head="Björkdala kommun · Strategisk plan 2027–2030", foot="{n}")

    n = {
        "n1": "Fler äldre ska kunna bo kvar hemma med stöd av hemtjänst och rehabilitering.",
        "n2": "Barn och vuxna som utsätts för våld i nära relationer ska snabbt få stöd och "
              "skydd.",
        "n3": "Personer med funktionsnedsättning ska erbjudas bostad med särskild service inom "
              "sex månader från beslut.",
        "n4": "Fler hushåll med försörjningsstöd ska gå vidare till arbete eller studier.",
        "n5": "Förvaltningens resor ska bli färre och göras med fossilfria fordon.",
        "n6": "Sjukfrånvaron i förvaltningen ska minska från 9,8 till 8,0 procent.",
        "n7": "Alla tillsvidareanställda i hemtjänsten ska erbjudas heltid.",
    }
    a = {
        "a1": "Trygg hemgång: ett team som stöttar den äldre de första två veckorna efter "
              "sjukhusvistelse.",
        "a2": "Digital tillsyn nattetid för brukare som önskar det.",
        "a3": "All personal i socialtjänsten utbildas i att fråga om våld.",
        "a4": "Avtal med Björkdalahem om lägenheter i befintligt bestånd för boende med "
              "särskild service.",
        "a5": "Arbetsmarknadsenheten och försörjningsstödet arbetar i gemensamma team.",
        "a6": "Alla under 30 år med försörjningsstöd får en plan för arbete eller studier "
              "inom en månad.",
        "a7": "Hemtjänstens bilar byts till elbilar när leasingavtalen löper ut.",
        "a8": "Digitala möten är förstahandsval för interna möten.",
        "a9": "Scheman läggs med medarbetarnas inflytande och minst elva timmars dygnsvila.",
        "a10": "Tidiga samtal med chef vid korttidsfrånvaro.",
        "a11": "Heltid som norm införs i hemtjänsten i två steg.",
    }

    def goal(k, num, cite, meas, acts):
        out = [("h3", f"Nämndens mål {num}"), ("p", n[k])]
        if cite:
            out.append(("i", cite))
        return [*out, ("i", "Mätetal: " + meas), ("b", "Aktiviteter 2027"),
                ("bullets", [a[x] for x in acts])]

    child = [
        ("title", "Nämndplan 2027"),
        ("sub", "Socialnämnden · Björkdala kommun · Beslutad 2026-12-15"),
        ("h1", "1 Inledning"),
        ("p", "Nämndplanen beskriver hur socialnämnden bidrar till kommunfullmäktiges "
         "inriktningsmål i Strategisk plan 2027–2030. Nämnden ansvarar för individ- och "
         "familjeomsorg, äldreomsorg och stöd till personer med funktionsnedsättning."),
        ("p", "Under varje perspektiv redovisas nämndens mål med mätetal och de aktiviteter "
         "som förvaltningen genomför under året."),
        ("h1", "2 Livskvalitet och trygghet"),
    ]
    child += goal("n1", 1, "Bidrar till inriktningsmål 2.",
                  "andel 80 år och äldre som bor i ordinärt boende (2025: 84 %, 2027: 86 %)",
                  ["a1", "a2"])
    child += goal("n2", 2, None, "antal ärenden där skyddsbedömning gjorts inom ett dygn",
                  ["a3"])
    child += goal("n3", 3, None, "genomsnittlig väntetid från beslut till erbjuden bostad",
                  ["a4"])
    child += [
        ("h1", "3 Utbildning och arbete"),
        ("p", "Inriktningsmål 3 om elevernas kunskaper följs upp av barn- och "
         "utbildningsnämnden."),
    ]
    child += goal("n4", 4, "Bidrar till inriktningsmål 4.",
                  "andel hushåll som avslutas till arbete eller studier (2025: 31 %, 2027: 40 %)",
                  ["a5", "a6"])
    child += [("h1", "4 Hållbar samhällsutveckling")]
    child += goal("n5", 5, None, "antal mil med bil i tjänsten; andel fossilfria fordon",
                  ["a7", "a8"])
    child += [("h1", "5 Attraktiv arbetsgivare")]
    child += goal("n6", 6, None, "sjukfrånvaro i procent av arbetad tid", ["a9", "a10"])
    child += goal("n7", 7, None, "andel tillsvidareanställda i hemtjänsten med heltid",
                  ["a11"])
    child += [
        ("h1", "6 Uppföljning"),
        ("p", "Förvaltningen redovisar mätetal och aktiviteter till nämnden i april, augusti "
         "och i årsbokslutet."),
    ]
    _docx(child, d / "child.pdf", title="Nämndplan 2027 – Socialnämnden",
          author="Björkdala kommun", header="Socialnämnden  ·  Nämndplan 2027",
          footer_left="Björkdala kommun", page_word="Sida ", of_word=" av ", lang="sv-SE",
          font="Liberation Sans", size=10, color="6B3F0E")

    goals_ = [
        G("1", g["1"], "not_followed_up",
          note="the goals are the 'Inriktningsmål' cells of each perspective's table (id = the "
          "printed 'Nr'); 'Så följer vi upp' (indicators), the perspective texts, 'Så styrs "
          "Björkdala kommun' and the economy are no goals. Trap (shared words): nämndens mål 2 "
          "protects victims of violence in close relationships — not safety in the "
          "neighbourhood and public places"),
        G("2", g["2"], "followed_up", [n["n1"], a["a1"], a["a2"]], ev="Fler äldre ska kunna bo",
          note="living at home with home care, rehabilitation, a discharge team and night "
          "supervision (= självständigt liv with support); cites 'inriktningsmål 2'"),
        G("3", g["3"], "not_followed_up",
          note="trap: named in passing, with its number — left to the barn- och "
          "utbildningsnämnd"),
        G("4", g["4"], "followed_up", [n["n4"], a["a5"], a["a6"]], ev="Fler hushåll med "
          "försörjningsstöd",
          note="the socialnämnd's share: households on income support into work or studies; "
          "cites 'inriktningsmål 4'"),
        G("5", g["5"], "followed_up", [n["n5"], a["a7"], a["a8"]], ev="Förvaltningens resor "
          "ska bli",
          note="follow-up in other words (no 'klimat' written): fewer trips and fossil-free "
          "cars — the förvaltning's share of the operations' climate impact"),
        G("6", g["6"], "not_followed_up",
          note="trap (shared words): nämndens mål 3 gives housing with special service, but "
          "from the existing stock — no new housing is built"),
        G("7", g["7"], "followed_up", [n["n6"], a["a9"], a["a10"]], ev="Sjukfrånvaron i "
          "förvaltningen ska",
          note="sickness absence with a target, schedules with rest time (hållbart arbetsliv)"),
        G("8", g["8"], "partial", [n["n7"], a["a11"]], ev="Alla tillsvidareanställda i "
          "hemtjänsten",
          missing=["rekrytering av rätt kompetens"],
          note="full-time posts make the employer more attractive; nothing on recruiting the "
          "skills the förvaltning needs"),
    ]
    kids = [
        C(n["n1"], ["2"], note="the child goals are the sentences under each 'Nämndens mål n' "
          "heading; the italic 'Bidrar till inriktningsmål n.' and 'Mätetal:' lines are no "
          "goals; the bullets under 'Aktiviteter 2027' are measures (in served_by)"),
        C(n["n2"], [], note="trap: 'skydd' for victims of violence, not goal 1; stands alone"),
        C(n["n3"], [], note="trap: housing from the existing stock, not goal 6; stands alone"),
        C(n["n4"], ["4"]),
        C(n["n5"], ["5"]),
        C(n["n6"], ["7"]),
        C(n["n7"], ["8"]),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, DejaVu Serif 9.5; strategisk plan med budget): per "
        "'Perspektiv: …' heading a line of text and a table 'Nr | Inriktningsmål | Så följer "
        "vi upp', numbered 1–8 through the perspectives; head top left over a short bar, page "
        "number bottom right; child PDF (python-docx → LibreOffice, Liberation Sans 10; "
        "socialnämndens nämndplan): chapters per perspective, Heading 3 'Nämndens mål n' over "
        "the goal sentence, italic 'Bidrar till inriktningsmål n.' (two goals) and 'Mätetal:' "
        "lines, bold 'Aktiviteter 2027' over Symbol bullets; footer 'Sida n av N'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Ravnsbæk (da)


@pair
def ravnsbaek_kultur_og_fritidsplan(d: Path) -> dict:
    g = {
        "F1": "Flere borgere er aktive i foreningslivet og i frivilligt arbejde.",
        "F2": "Alle børn og unge har et fritidsliv med venner og fællesskaber.",
        "S1": "Borgerne lever et sundt liv med mere bevægelse i hverdagen.",
        "S2": "Færre borgere oplever stress og mistrivsel.",
        "N1": "Borgerne bruger naturen mere, og naturen får mere plads.",
        "N2": "Kommunen halverer CO2-udledningen fra egen drift inden 2030.",
        "U1": "Flere unge gennemfører en ungdomsuddannelse.",
    }
    focus = [
        ("1", "Fællesskab og frivillighed",
         "Foreningerne og de frivillige holder liv i byer og landsbyer. Men det bliver sværere "
         "at finde nye ledere, og nogle børn står uden for fællesskabet.", ["F1", "F2"]),
        ("2", "Sundt og aktivt liv",
         "Vi lever længere, men flere lever med kronisk sygdom, og mange unge føler sig pressede.",
         ["S1", "S2"]),
        ("3", "Natur og grøn omstilling",
         "Ravnsbæk Å, skovene og kysten er blandt kommunens største styrker. Kommunen vil gå "
         "forrest i den grønne omstilling.", ["N1", "N2"]),
        ("4", "Uddannelse og arbejde",
         "Virksomhederne mangler faglært arbejdskraft, og for få unge vælger en "
         "erhvervsuddannelse.", ["U1"]),
    ]
    body = [
        "<header><span>Ravnsbæk Kommune</span></header>",
        "<h1>Vision og strategi 2030</h1>",
        "<p class='sub'>Godkendt af byrådet den 28. januar 2026</p>",
        "<p class='vis'><b>Vision:</b> Ravnsbæk – nær naturen, tæt på hinanden.</p>",
        "<h2>Om strategien</h2>",
        "<p>Visionen og strategien sætter retningen for hele kommunen frem mod 2030. De fire "
        "fokusområder gælder på tværs af alle udvalg og bliver omsat i udvalgenes politikker "
        "og planer.</p>",
    ]
    for n, head, text, ks in focus:
        body += [f"<section class='fo'><h3>Fokusområde {n} · {e(head)}</h3>",
                 f"<p>{e(text)}</p>", "<p class='lbl'>Målsætninger</p><ul>"]
        body += [f"<li>{e(g[k])}</li>" for k in ks]
        body.append("</ul></section>")
    body += [
        "<h2>Sådan følger vi op</h2>",
        "<p>Byrådet drøfter status på strategien hvert år på sit budgetseminar.</p>",
    ]
    css = (
        "@page{size:A4;margin:22mm 20mm 18mm 20mm;"
        "@bottom-right{content:'Side ' counter(page);font:8pt 'Liberation Sans',sans-serif;"
        "color:#555}"
        "@bottom-left{content:'Vision og strategi 2030';font:8pt 'Liberation Sans',sans-serif;"
        "color:#555}}"
        "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt;line-height:1.42;"
        "color:#222}"
        "header{font-size:8.5pt;font-weight:bold;color:#a23b2a;margin-bottom:6mm}"
        "h1{font-size:22pt;margin:0;color:#a23b2a}"
        ".sub{color:#666;margin:0 0 4mm}"
        ".vis{font-size:11.5pt;margin:0 0 5mm}"
        "h2{font-size:13pt;margin:5mm 0 2mm;color:#333}"
        "p{margin:0 0 2mm}"
        "section.fo{border-left:3mm solid #a23b2a;background:#faf1ee;padding:2.5mm 4mm;"
        "margin:0 0 4mm;break-inside:avoid}"
        "section.fo h3{font-size:11.5pt;margin:0 0 1.5mm;color:#a23b2a}"
        ".lbl{font-weight:bold;margin:2mm 0 1mm}"
        "ul{margin:0;padding-left:5mm}li{margin:0 0 1mm}"
    )
    _html("da", "Vision og strategi 2030 – Ravnsbæk Kommune", css, body, d / "parent.pdf")

    c = {
        "s1": "Foreningerne får flere medlemmer og flere frivillige trænere og ledere.",
        "s2": "Alle børn og unge kan gå til en fritidsaktivitet, uanset hvad forældrene tjener.",
        "s3": "Flere borgere bruger kommunens haller, svømmehal, stier og naturområder.",
        "s4": "Hallerne er åbne for selvorganiseret idræt om aftenen og i weekenderne.",
        "s5": "Biblioteket og kulturhuset er mødesteder for alle generationer.",
        "s6": "Kulturtilbuddene kommer også ud i landsbyerne.",
    }
    h = {
        "h1": "Foreningskonsulent 20 timer om ugen, der hjælper foreningerne med at finde "
              "frivillige",
        "h2": "Fritidspas på 1.000 kr. om året til børn og unge fra familier med lav indkomst",
        "h3": "Åben ungdomsklub i Ravnsbæk og Ulstrup tre aftener om ugen",
        "h4": "Nøglebrikker, så borgerne selv kan booke og låse sig ind i hallerne",
        "h5": "Motionshold for seniorer i svømmehallen, gratis de første tre måneder",
        "h6": "Natursti langs Ravnsbæk Å, 4 km, med shelter og bålplads",
        "h7": "LED-lys og solceller på taget af Ravnsbæk-hallen",
        "h8": "Bogbus med arrangementer i seks landsbyer",
        "h9": "Café i kulturhuset, drevet af frivillige",
    }
    spor = [
        ("1", "Foreningsliv for alle",
         "Foreningerne er rygraden i fritidslivet. Vi vil gøre det lettere at være frivillig "
         "og sikre, at økonomien ikke holder nogen børn ude.",
         ["s1", "s2"], ["h1", "h2", "h3"]),
        ("2", "Idræt, bevægelse og natur",
         "Kommunens anlæg og naturområder skal bruges af flere – også af dem, der ikke er "
         "medlem af en forening.", ["s3", "s4"], ["h4", "h5", "h6", "h7"]),
        ("3", "Kultur i hele kommunen",
         "Biblioteket, kulturhuset og spillestedet Remisen ligger i Ravnsbæk by. Borgerne i "
         "landsbyerne skal også have glæde af dem.", ["s5", "s6"], ["h8", "h9"]),
    ]
    child = [
        ("title", "Kultur- og fritidsplan 2027–2030"),
        ("sub", "Ravnsbæk Kommune · Kultur- og Fritidsudvalget · Vedtaget af byrådet 24. "
         "februar 2027"),
        ("h1", "Indledning"),
        ("p", "Planen samler kommunens indsats for kultur, idræt og fritid i tre spor. Den er "
         "Kultur- og Fritidsudvalgets udmøntning af Vision og strategi 2030, især "
         "fokusområderne Fællesskab og frivillighed og Sundt og aktivt liv. For hvert spor "
         "står målsætningerne for perioden og det, vi gør for at nå dem."),
        ("p", "Uddannelse og arbejde er ikke en del af planen; det hører under Børne- og "
         "Skoleudvalget og Erhvervsudvalget."),
    ]
    for n, head, text, ks, hs in spor:
        child += [("h1", f"Spor {n} · {head}"), ("p", text),
                  ("table", ["Målsætninger", "Det gør vi"],
                   [([c[k] for k in ks], [h[x] for x in hs])], [122, 139],
                   {"fill": "#e4ecf4", "mark": "•"})]
    child += [
        ("h1", "Økonomi og opfølgning"),
        ("p", "Handlingerne finansieres inden for udvalgets budget og puljen til "
         "fritidsfaciliteter. Forvaltningen gør status til udvalget hvert forår."),
    ]
    _rl(d / "child.pdf", child, family="DejaVuSans", base=9.5, accent="#1f4e79",
        landscape=True, band=True, title="Kultur- og fritidsplan 2027–2030",
        author="Ravnsbæk Kommune", head="RAVNSBÆK KOMMUNE  ·  KULTUR- OG FRITIDSPLAN 2027–2030",
        foot="Side {n}")

    goals_ = [
        G("F1", g["F1"], "followed_up", [c["s1"], h["h1"], h["h9"]],
          ev="Foreningerne får flere medlemmer",
          note="the goals are the bullets under 'Målsætninger' in each fokusområde box (ids = "
          "fokusområde initial + order, not printed); the vision, 'Om strategien', the box "
          "texts and 'Sådan følger vi op' are no goals. Members and volunteer leaders in the "
          "clubs, a consultant to find volunteers; h9 (volunteers run the café, under spor 3) "
          "serves it as well"),
        G("F2", g["F2"], "followed_up", [c["s2"], h["h2"], h["h3"]],
          ev="Alle børn og unge kan",
          note="follow-up in other words: a leisure activity whatever the parents earn, a "
          "leisure pass and an open youth club = a leisure life with friends and communities"),
        G("S1", g["S1"], "followed_up", [c["s3"], c["s4"], h["h4"], h["h5"]],
          ev="Flere borgere bruger kommunens",
          note="more use of halls, pool and paths, halls open for self-organised sport, "
          "seniors' exercise — 'sundt liv' is never written; the plan's share of the goal"),
        G("S2", g["S2"], "not_followed_up", note="silent: nothing on stress or wellbeing"),
        G("N1", g["N1"], "partial", [c["s3"], h["h6"]], ev="Natursti langs Ravnsbæk Å",
          missing=["mere plads til naturen"],
          note="use of nature (s3's 'naturområder', a nature trail); nothing gives nature more "
          "room"),
        G("N2", g["N2"], "partial", [h["h7"]], ev="LED-lys og solceller på",
          missing=["udledning fra den øvrige drift (andre bygninger, transport)"],
          note="served by a measure only: LED and solar panels on one hall"),
        G("U1", g["U1"], "not_followed_up",
          note="trap: named in passing — education and work are left to other committees"),
    ]
    kids = [
        C(c["s1"], ["F1"], note="the child goals are the bullets in the 'Målsætninger' column "
          "of each spor's table; the bullets in 'Det gør vi' are measures (in served_by); "
          "spor headings and texts are no goals"),
        C(c["s2"], ["F2"]),
        C(c["s3"], ["S1", "N1"]),
        C(c["s4"], ["S1"]),
        C(c["s5"], [], note="library and culture house as meeting places, stands alone"),
        C(c["s6"], [], note="culture in the villages, stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, Liberation Sans 10; vision og strategi): a vision line, "
        "per 'Fokusområde n · …' a shaded box with a red left border, a text and bold "
        "'Målsætninger' over round bullets; footer title left, 'Side n' right; child PDF "
        "(reportlab, DejaVu Sans 9.5, A4 landscape; kultur- og fritidsplan): a blue band with "
        "the head in capitals, 'Spor n · …' headings, each a text and a two-column table "
        "'Målsætninger | Det gør vi' with one row of bullets per column; 'Side n' bottom right",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Glanteg (en)


@pair
def glanteg_annual_delivery_plan(d: Path) -> dict:
    g = {
        "1": "Communities where people feel safe, connected and able to take part.",
        "2": "Children and young people have the best start in life.",
        "3": "People of all ages are physically active and enjoy good mental health.",
        "4": "A greener Glanteg, ready for a changing climate, with clean rivers and nature that "
             "is recovering.",
        "5": "The Welsh language is seen and heard in everyday life.",
    }
    why = {
        "1": "Most residents feel safe where they live, but fewer feel they can influence "
             "decisions or know their neighbours.",
        "2": "One child in four in Glanteg grows up in poverty, and this shapes the rest of "
             "their lives.",
        "3": "Only four adults in ten are active for 150 minutes a week, and more young people "
             "are asking for help with anxiety.",
        "4": "Storm Dennis flooded 300 homes in the valley. Two of our rivers fail the water "
             "quality standard.",
        "5": "A quarter of residents speak Welsh, and many more want to learn.",
    }
    steps = {
        "1": ["Map community buildings and make them easier to book",
              "Run a joint community safety partnership"],
        "2": ["Expand Flying Start to every ward", "Offer a free school meal to every "
              "primary pupil"],
        "3": ["Develop a single 'Active Glanteg' offer", "Train 500 staff in mental health "
              "first aid"],
        "4": ["Agree a shared route to net zero for all public bodies",
              "Work with farmers to reduce pollution in the River Teg"],
        "5": ["Increase the number of staff who can work through Welsh",
              "Support Welsh-medium childcare"],
    }
    parent = [
        ("title", "Local Well-being Plan 2023–2028"),
        ("sub", "Glanteg Public Services Board · Published May 2023 under the Well-being of "
         "Future Generations (Wales) Act 2015"),
        ("h1", "About the Board"),
        ("p", "The Public Services Board brings together the County Borough Council, the "
         "health board, the fire and rescue service, Natural Resources Wales and the voluntary "
         "sector. Each partner takes the objectives below forward through its own plans, and "
         "the Board reports on progress every year."),
        ("h1", "Our well-being objectives"),
    ]
    for k in ("1", "2", "3", "4", "5"):
        parent += [("h2", f"Objective {k}"), ("p", g[k]), ("label", "Why it matters"),
                   ("p", why[k]), ("label", "Steps we will take together"),
                   ("bullets", steps[k])]
    parent += [
        ("h1", "How we will know we are making a difference"),
        ("p", "The Board's annual report uses the national well-being indicators for "
         "Glanteg and the results of the residents' survey."),
    ]
    _rl(d / "parent.pdf", parent, family="LiberationSerif", base=10.5, accent="#00665e",
        title="Glanteg Local Well-being Plan 2023–2028", author="Glanteg Public Services Board",
        head="Glanteg Public Services Board – Local Well-being Plan 2023–2028", foot="{n}")

    sp = {
        "SP1": "Streets, parks and open spaces are clean and feel safe to use.",
        "SP2": "More people use our parks, playing fields and the coast path to be active.",
        "SP3": "Cut the carbon footprint of the service and help nature recover on the land we "
               "manage.",
        "SP4": "Residents get a reliable waste collection service that is easy to contact.",
        "SP5": "Neighbourhoods are better prepared for storms and flooding.",
    }
    act = [
        ("1.1", "Extra street cleansing in the three town centres on Friday and Saturday "
         "nights", "WBO 1", "Cleanliness score of 95% or better", "Street Scene Manager", "Q2"),
        ("1.2", "Support 25 community groups to adopt and look after a local green space",
         "WBO 1", "25 adoption agreements signed", "Community Parks Officer", "Q4"),
        ("1.3", "Bilingual signs, Welsh first, at every park and play area as signs are "
         "replaced", "WBO 5", "All new signs bilingual", "Parks Manager", "Q4"),
        ("1.4", "Better lighting on the paths through Coed y Dref park", "WBO 1",
         "Fewer reports of anti-social behaviour", "Parks Manager", "Q3"),
        ("2.1", "Outdoor gym equipment in Parc Glanteg, Ystrad and Pentre", "WBO 3",
         "Three sites installed", "Parks Manager", "Q2"),
        ("2.2", "Repair and waymark the 14 km coast path from Porth Teg to Trwyn", "WBO 3",
         "Path open all year; user counts up 10%", "Countryside Officer", "Q3"),
        ("3.1", "Replace 12 diesel vans with electric vans", "WBO 4",
         "Fleet emissions down 15%", "Fleet Manager", "Q4"),
        ("3.2", "Cut grass verges less often and sow wildflowers on 20 hectares", "WBO 4",
         "20 ha managed for nature", "Grounds Maintenance", "Q1"),
        ("4.1", "New online form to report missed collections and fly-tipping", "—",
         "60% of reports made online", "Waste Services Manager", "Q2"),
        ("4.2", "Text message reminder the day before each collection", "—",
         "5,000 households signed up", "Waste Services Manager", "Q3"),
        ("5.1", "Clear gullies and culverts on all main routes before each winter", "WBO 4",
         "Priority routes cleared by 31 October", "Highways Drainage", "Q3"),
        ("5.2", "Keep 2,000 sandbags and a rapid response team ready for flood warnings",
         "WBO 4", "Response within two hours of an amber warning", "Highways Drainage",
         "Q1"),
    ]
    a = {r[0]: r[1] for r in act}
    child = [
        ("title", "Neighbourhood Services"),
        ("sub", "Annual Delivery Plan 2027/28 · Glanteg County Borough Council · Directorate "
         "of Place"),
        ("h1", "1. Introduction"),
        ("p", "Neighbourhood Services looks after street cleansing, waste collection, parks "
         "and countryside, grounds maintenance, highways drainage and the council fleet. This "
         "delivery plan sets out our priorities for the year and the actions we will take. The "
         "'Contributes to' column shows the objective of the Glanteg Local Well-being Plan "
         "(WBO 1–5) that an action helps to deliver."),
        ("p", "Children's play and early years are covered by the Education and Children's "
         "Services delivery plan, so Well-being Objective 2 does not appear here."),
        ("h1", "2. Our priorities for 2027/28"),
    ]
    child += [("p", f"**{k}**   {v}") for k, v in sp.items()]
    child += [
        ("h1", "3. Action plan"),
        ("i", "Actions are numbered by priority: 1.1 to 1.4 deliver SP1, and so on."),
        ("table", ["Ref", "Action", "Contributes to", "Measure of success", "Lead", "Due"],
         act, [13, 84, 24, 62, 44, 14]),
        ("h1", "4. Resources and risks"),
        ("p", "The plan is delivered within the 2027/28 revenue budget of £14.2m. The main "
         "risk is the cost of fuel and materials; the fleet actions are funded by the Welsh "
         "Government's Ultra Low Emission Vehicle grant."),
    ]
    _docx(child, d / "child.pdf", title="Neighbourhood Services Annual Delivery Plan 2027/28",
          author="Glanteg County Borough Council",
          header="Glanteg County Borough Council | Neighbourhood Services",
          footer_left="Annual Delivery Plan 2027/28", page_word="Page ", of_word=" of ",
          lang="en-GB", font="DejaVu Sans", size=9.5, color="00665E", landscape=True,
          fill="D5E8E6")

    goals_ = [
        G("1", g["1"], "followed_up", [sp["SP1"], a["1.1"], a["1.2"], a["1.4"]],
          ev="Streets, parks and open",
          note="the goals are the sentences under each 'Objective n' heading (id = the printed "
          "number); 'Why it matters', the partners' 'Steps we will take together' bullets, "
          "'About the Board' and the closing section are no goals. Clean, safe spaces (feel "
          "safe) and community groups adopting green spaces (connected, taking part) — in "
          "other words"),
        G("2", g["2"], "not_followed_up",
          note="trap: named in passing — the introduction leaves Well-being Objective 2 to the "
          "Education and Children's Services delivery plan"),
        G("3", g["3"], "partial", [sp["SP2"], a["2.1"], a["2.2"]], ev="More people use our parks",
          missing=["good mental health"],
          note="physical activity in parks and on the coast path; nothing on mental health"),
        G("4", g["4"], "partial", [sp["SP3"], sp["SP5"], a["3.1"], a["3.2"], a["5.1"],
                                   a["5.2"]],
          ev="Cut the carbon footprint",
          missing=["clean rivers"],
          note="greener (electric vans), nature recovering (wildflower verges) and ready for a "
          "changing climate (SP5: storms and flooding, in other words); nothing on river water "
          "quality"),
        G("5", g["5"], "partial", [a["1.3"]], ev="Bilingual signs, Welsh first",
          missing=["Welsh heard (spoken Welsh in the service)"],
          note="served by a measure only (1.3, under SP1, 'Contributes to WBO 5'): Welsh seen "
          "on signs"),
    ]
    kids = [
        C(sp["SP1"], ["1"], note="the child goals are the priorities SP1–SP5 under 'Our "
          "priorities for 2027/28' (gold text without the bold 'SP1'); each row of the "
          "'Action plan' table is a measure (in served_by beside the priority its Ref number "
          "belongs to); 'Contributes to', 'Measure of success', 'Lead' and 'Due' are no goals"),
        C(sp["SP2"], ["3"]),
        C(sp["SP3"], ["4"]),
        C(sp["SP4"], [], note="waste collection service, stands alone; its actions cite "
          "nothing ('—')"),
        C(sp["SP5"], ["4"], note="in other words: storms and flooding = ready for a changing "
          "climate"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, Liberation Serif 10.5; PSB local well-being plan): "
        "'Objective n' headings over the objective sentence, then 'Why it matters' and 'Steps "
        "we will take together' labels (the partners' steps as square bullets); head top left "
        "over a short bar, page number bottom right; child PDF (python-docx → LibreOffice, "
        "DejaVu Sans 9.5, A4 landscape; council service annual delivery plan): priorities "
        "'SP1'–'SP5' as paragraphs with a bold label, then a table 'Ref | Action | Contributes "
        "to | Measure of success | Lead | Due' ('WBO n' citations), header row repeated; "
        "header right over a rule, footer 'Annual Delivery Plan 2027/28' left and 'Page n of "
        "N' right",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder=BUILDER)


if __name__ == "__main__":
    main(sys.argv[1:])
