"""Build the fortieth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-06 by `bpar40` without reading plancheck's code, tests or bench, without
running it, and without reading parents-blind41. ORDINARY pairs, the child following the
parent up mostly in other words (see README.md for the forms and the gold conventions):

- Hammarvik (nb): samfunnsdel (Chromium) with per theme a two-column table 'Hva vil vi? |
  Hvordan gjør vi det?' → 'Handlingsplan for folkehelse 2027–2028' (python-docx →
  LibreOffice): one table 'Mål | Tiltak | Ansvar | Samarbeid | Når' with the Mål cells merged
  down over their tiltak, header row repeated.
- Vestrheim (nn): 'Kommuneplan – samfunnsdelen' (reportlab) with per område a 'Hovudmål' and
  'Delmål' numbered 1.1 … → 'Kulturplan 2027–2031' (Chromium): per section 'Status i dag',
  'Ønskt situasjon i 2031' bullets and numbered 'Tiltak'.
- Granåsa (sv): 'Vision 2040' (python-docx → LibreOffice) with 'Strategiska områden' and Word
  numbered 'Mål till 2040' running 1–7 → the samhällsbyggnadsförvaltning's 'Verksamhetsplan
  2027' (reportlab): per område a table 'Nr | Åtagande | Så mäter vi | Målvärde 2027'.
- Tornby (da): 'Kommuneplanstrategi 2027' (reportlab) with 'Byrådets målsætninger' dash
  lists per tema → 'Klimahandleplan 2027–2030' (python-docx → LibreOffice): per sektor a
  bold 'Delmål:' paragraph and a table 'Nr. | Handling | Ansvarlig | Start'.
- Ridgemont (en, US): Comprehensive Plan (Chromium) with 'Goal PR-1' … over 'Policy PR-1.1'
  lines → Parks and Recreation Master Plan 'Five-Year Action Plan' (reportlab, landscape):
  objectives A–F, then 'Action | Objective | Comp Plan goal | Timeframe | Cost | Lead'.

    python corpora/parents-blind40/make_pairs.py                  # all pairs
    python corpora/parents-blind40/make_pairs.py --verify         # re-read the PDFs only
    python corpora/parents-blind40/make_pairs.py --twice          # build twice, compare sha256

The document writers below (`_rl`, `_word`, `_web`) are this batch's own surfaces; the gold
writer and checks (`G`, `C`, batch 14's `main`, batch 20's `verify`) come through batch 31's
builder and `pairkit.parents_main`.
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
BUILDER = "corpora/parents-blind40/make_pairs.py"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


# =========================================================================== writers


def _fonts(family: str) -> dict[str, str]:
    """Register a TTF family for reportlab under P40-<family>; returns {style: name}."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    files = {
        "DejaVuSansCondensed": (DEJAVU, "DejaVuSansCondensed.ttf",
                                "DejaVuSansCondensed-Bold.ttf",
                                "DejaVuSansCondensed-Oblique.ttf",
                                "DejaVuSansCondensed-BoldOblique.ttf"),
        "LiberationSerif": (bk.LIBERATION, "LiberationSerif-Regular.ttf",
                            "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
                            "LiberationSerif-BoldItalic.ttf"),
        "LiberationSans": (bk.LIBERATION, "LiberationSans-Regular.ttf",
                           "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf",
                           "LiberationSans-BoldItalic.ttf"),
    }[family]
    base = f"P40-{family}"
    names = {"normal": base, "bold": base + "-B", "italic": base + "-I", "boldItalic": base + "-BI"}
    for n, fn in zip(names.values(), files[1:], strict=True):
        pdfmetrics.registerFont(TTFont(n, str(files[0] / fn)))
    pdfmetrics.registerFontFamily(base, **names)
    return names


def _rl(pdf: Path, blocks, *, family: str, title: str, author: str, left: str, right: str,
        foot: str, accent: str, base: float = 10, landscape: bool = False,
        letter: bool = False) -> Path:
    """reportlab (invariant). Blocks: ("title"|"sub"|"h1"|"h2"|"p"|"lbl"|"it", text),
    ("num", [(number, text), ..]) a numbered list with the numbers in a column of their own
    (a borderless two-column table), ("dash", [..]) en-dash list, ("table", head, rows,
    widths_mm) with a coloured header row repeated over page breaks and thin grid lines.
    Furniture: LEFT and RIGHT in small grey type over a full-width hairline at the top, FOOT
    (with {n}) centred at the bottom. LETTER: US Letter instead of A4."""
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.pagesizes import landscape as _land
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    f = _fonts(family)
    acc = colors.HexColor(accent)
    ink = colors.HexColor("#1a1a1a")
    grey = colors.HexColor("#6b6b6b")
    ps = {
        "title": ParagraphStyle("t", fontName=f["bold"], fontSize=base + 10, leading=base + 14,
                                textColor=acc, spaceAfter=3),
        "sub": ParagraphStyle("s", fontName=f["normal"], fontSize=base - 0.5,
                              leading=base + 3, textColor=grey, spaceAfter=12),
        "h1": ParagraphStyle("h1", fontName=f["bold"], fontSize=base + 3.5, leading=base + 7,
                             textColor=ink, spaceBefore=10, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName=f["bold"], fontSize=base + 1, leading=base + 4,
                             textColor=acc, spaceBefore=6, spaceAfter=2),
        "lbl": ParagraphStyle("lb", fontName=f["bold"], fontSize=base, leading=base + 3,
                              textColor=ink, spaceBefore=4, spaceAfter=2),
        "it": ParagraphStyle("it", fontName=f["italic"], fontSize=base, leading=base * 1.35,
                             textColor=ink, spaceAfter=4),
        "p": ParagraphStyle("p", fontName=f["normal"], fontSize=base, leading=base * 1.35,
                            spaceAfter=4, textColor=ink),
        "li": ParagraphStyle("li", fontName=f["normal"], fontSize=base, leading=base * 1.35,
                             leftIndent=6 * mm, bulletIndent=1.5 * mm, spaceAfter=2,
                             textColor=ink),
        "c": ParagraphStyle("c", fontName=f["normal"], fontSize=base - 0.5, leading=base + 2),
        "ch": ParagraphStyle("ch", fontName=f["bold"], fontSize=base - 0.5, leading=base + 2,
                             textColor=colors.white),
        "n": ParagraphStyle("n", fontName=f["bold"], fontSize=base, leading=base * 1.35,
                            textColor=acc),
    }
    paper = LETTER if letter else A4
    size = _land(paper) if landscape else paper
    w, h = size
    text_w = w - 40 * mm
    story = []
    for b in blocks:
        k = b[0]
        if k in ps and k not in ("li", "c", "ch", "n"):
            story.append(Paragraph(e(b[1]).replace("\n", "<br/>"), ps[k]))
        elif k == "num":
            data = [[Paragraph(e(n), ps["n"]), Paragraph(e(t), ps["p"])] for n, t in b[1]]
            t = Table(data, colWidths=[12 * mm, text_w - 12 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
            story += [t, Spacer(1, 3)]
        elif k == "dash":
            story += [Paragraph(e(x), ps["li"], bulletText="–") for x in b[1]]
            story.append(Spacer(1, 3))
        elif k == "table":
            _, thead, rows, widths = b
            data = [[Paragraph(e(x), ps["ch"]) for x in thead]]
            data += [[Paragraph(e(x), ps["c"]) for x in r] for r in rows]
            t = Table(data, colWidths=[x * mm for x in widths], repeatRows=1)
            t.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, 0), acc),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9a9a9a")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]))
            story += [t, Spacer(1, 8)]
        else:
            raise ValueError(k)

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFillColor(grey)
        canvas.setFont(f["normal"], 7.5)
        canvas.drawString(20 * mm, h - 11 * mm, left)
        canvas.drawRightString(w - 20 * mm, h - 11 * mm, right)
        canvas.setStrokeColor(grey)
        canvas.setLineWidth(0.4)
        canvas.line(20 * mm, h - 12.5 * mm, w - 20 * mm, h - 12.5 * mm)
        canvas.drawCentredString(w / 2, 10 * mm, foot.format(n=doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(pdf), pagesize=size, title=title, author=author, creator=author,
        leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=18 * mm,
        invariant=1,
    )
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return pdf


def _word(blocks, pdf: Path, *, title: str, author: str, header_left: str, header_right: str,
          page_word: str, lang: str, font: str, size: float, color: str, fill: str,
          landscape: bool = False) -> Path:
    """python-docx → LibreOffice. Blocks: ("title"|"sub"|"h1"|"h2"|"p"|"b", text), ("num",
    [..]) Word decimal numbering continuing through the document, ("bullets", [..]) en-dash
    bullets, ("table", head, rows, widths) header row repeated (a cell ('restart', text) starts
    a vertical merge, ('continue',) continues it). Header: HEADER_LEFT, a right tab,
    HEADER_RIGHT, no rule; footer centred 'PAGE_WORD n'."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    doc = dh.new_document(font=font, size=size, margins_mm=22, heading_color=color)
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    rpr.find(qn("w:lang")).set(qn("w:val"), lang)
    sec = doc.sections[0]
    if landscape:
        from docx.enum.section import WD_ORIENT

        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    hp = sec.header.paragraphs[0]
    hp.text = ""
    width = sec.page_width - sec.left_margin - sec.right_margin
    hp.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run(header_left + "\t\t" + header_right)  # past the Header style's centre tab
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor.from_string(color)
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    dh.page_of_footer(fp, page_word, "", None, size=8)
    dash = dh.add_num(doc, dh.add_abstract_num(doc, "dash"))
    dec = dh.add_num(doc, dh.add_abstract_num(doc, "decimal"))
    for b in blocks:
        k = b[0]
        if k == "title":
            dh.para(doc, b[1], bold=True, size=size + 11, color=color, space_after=4)
        elif k == "sub":
            dh.para(doc, b[1], italic=True, size=size, color="555555", space_after=16)
        elif k in ("h1", "h2"):
            dh.heading(doc, b[1], int(k[1]))
        elif k == "p":
            dh.para(doc, b[1])
        elif k == "b":
            dh.para(doc, b[1], bold=True, space_after=3, keep_with_next=True)
        elif k == "bullets":
            for x in b[1]:
                dh.list_item(doc, x, dash)
        elif k == "num":
            for x in b[1]:
                dh.list_item(doc, x, dec, space_after=4)
        elif k == "table":
            _, head, rows, widths = b
            t = dh.new_table(doc, widths)
            rr = dh.add_row(t, head, widths, size=size - 0.5, bold=True, fill=fill)
            dh.set_repeat_header(rr)
            for row in rows:
                dh.add_row(t, list(row), widths, size=size - 0.5)
            dh.para(doc, "", space_after=6)
        else:
            raise ValueError(k)
    dh.set_core_properties(doc, title=title, author=author)
    with tempfile.TemporaryDirectory(prefix="parblind40-docx-") as tmp:
        src = Path(tmp) / (pdf.stem + ".docx")
        dh.save_deterministic(doc, src)
        out = dh.export_pdf(src, Path(tmp))
        pdf.write_bytes(out.read_bytes())
    return pdf


def _web(lang: str, title: str, css: str, body: list[str], pdf: Path) -> Path:
    """HTML → Chromium print; CSS carries the page box, fonts and running furniture."""
    page = "\n".join([
        f"<!DOCTYPE html>\n<html lang='{lang}'><head><meta charset='utf-8'>",
        f"<title>{e(title)}</title><style>",
        "table{border-collapse:collapse;width:100%}thead{display:table-header-group}"
        "tr{break-inside:avoid}",
        css,
        "</style></head><body>", *body, "</body></html>",
    ])
    with tempfile.TemporaryDirectory(prefix="parblind40-html-") as tmp:
        src = Path(tmp) / (pdf.stem + ".html")
        src.write_text(page, encoding="utf-8")
        return bk.chromium_pdf(src, pdf)


# =========================================================================== 1 Hammarvik (nb)


@pair
def hammarvik_folkehelse(d: Path) -> dict:
    g = {
        "O1": "Alle barn og unge skal kunne delta i fritidsaktiviteter, uansett familiens "
              "økonomi.",
        "O2": "Flere ungdommer skal fullføre videregående opplæring.",
        "O3": "Færre unge skal bruke alkohol og andre rusmidler.",
        "H1": "Innbyggerne skal ha god psykisk helse, og færre skal føle seg ensomme.",
        "H2": "Eldre skal holde seg friske og aktive lenger og kunne bo hjemme.",
        "F1": "Det skal være lett å gå og sykle i hverdagen.",
        "F2": "Alle skal ha grøntområder og nærturterreng innen 500 meter fra boligen.",
    }
    how = {
        "O1": "Videreføre fritidskortet. Samarbeide med idrettslag og kor om lave "
              "kontingenter og utlån av utstyr.",
        "O2": "Tett oppfølging i overgangen fra ungdomsskole til videregående. Flere "
              "lærlingplasser i kommunen.",
        "O3": "Holdningsarbeid i skolen og samarbeid med foreldre, politi og utelivet.",
        "H1": "Lavterskeltilbud uten henvisning. Møteplasser der folk bor.",
        "H2": "Hverdagsrehabilitering og velferdsteknologi. Aktiviteter i samarbeid med "
              "frivillige.",
        "F1": "Sammenhengende gang- og sykkelveier mellom boligområdene, skolene og sentrum.",
        "F2": "Sikre grønnstruktur i arealdelen. Ikke bygge ned turdrag og bekkedrag.",
    }
    themes = [
        ("Tema 1", "Gode oppvekstvilkår",
         "Barn og unge i Hammarvik trives godt, viser Ungdata-undersøkelsen. Men flere barn "
         "vokser opp i familier med lav inntekt enn før, og frafallet i videregående er høyere "
         "enn i fylket.", ["O1", "O2", "O3"]),
        ("Tema 2", "Helse og livskvalitet gjennom hele livet",
         "Vi blir flere eldre, og flere bor alene. Mange oppgir at de sjelden treffer andre.",
         ["H1", "H2"]),
        ("Tema 3", "Gode steder å bo og bevege seg",
         "Tettstedet har vokst raskt. Nye boligfelt ligger langt fra skolen, og mange barn "
         "blir kjørt.", ["F1", "F2"]),
    ]
    body = [
        "<header class='mast'><span>HAMMARVIK KOMMUNE</span><span>Kommuneplanens samfunnsdel "
        "2026–2038</span></header>",
        "<h1>Sammen om Hammarvik</h1>",
        "<p class='lead'>Kommuneplanens samfunnsdel 2026–2038 · vedtatt i kommunestyret "
        "18. juni 2026 (sak 44/26)</p>",
        "<h2>Slik leser du planen</h2>",
        "<p>For hvert tema beskriver vi kort utfordringene. Tabellen under viser hva vi vil "
        "oppnå, og hvordan kommunen og samarbeidspartnerne skal jobbe for å komme dit. Målene "
        "følges opp i temaplaner og i handlingsdelen, som rulleres hvert år.</p>",
    ]
    for tag, head, text, ks in themes:
        body += [f"<h2><span class='tag'>{tag}</span> {e(head)}</h2>", f"<p>{e(text)}</p>",
                 "<table class='two'><thead><tr><th>Hva vil vi?</th><th>Hvordan gjør vi "
                 "det?</th></tr></thead><tbody>"]
        body += [f"<tr><td>{e(g[k])}</td><td>{e(how[k])}</td></tr>" for k in ks]
        body.append("</tbody></table>")
    body += [
        "<h2>Arealstrategi</h2>",
        "<p>Nye boliger skal i hovedsak bygges innenfor gang- og sykkelavstand til sentrum. "
        "Dyrka mark og strandsonen skal ikke bygges ned.</p>",
        "<h2>Oppfølging</h2>",
        "<p>Kommunedirektøren rapporterer på målene i årsrapporten. Kommunestyret vurderer "
        "planen i planstrategien hvert fjerde år.</p>",
    ]
    css = (
        "@page{size:A4;margin:18mm 20mm 20mm 20mm;"
        "@bottom-right{content:counter(page);font:8pt 'Liberation Sans',sans-serif;color:#777}}"
        "body{font-family:'Liberation Sans',sans-serif;font-size:10pt;line-height:1.4;"
        "color:#1e1e1e}"
        ".mast{display:flex;justify-content:space-between;font-size:7.5pt;color:#7a4b00;"
        "border-bottom:0.6pt solid #c98a1b;padding-bottom:1mm;letter-spacing:.5pt}"
        "h1{font-size:22pt;color:#7a4b00;margin:6mm 0 1mm}"
        ".lead{color:#666;margin:0 0 5mm}"
        "h2{font-size:12.5pt;margin:6mm 0 2mm;color:#222}"
        ".tag{background:#c98a1b;color:#fff;font-size:9pt;padding:0.5mm 2mm;margin-right:2mm;"
        "border-radius:1mm}"
        "p{margin:0 0 2.5mm}"
        "table.two th{background:#f4e4c4;text-align:left;padding:1.5mm 2mm;font-size:9.5pt;"
        "border-bottom:1pt solid #c98a1b}"
        "table.two td{vertical-align:top;padding:1.8mm 2mm;border-bottom:0.5pt solid #ddd;"
        "width:50%;font-size:9.5pt}"
        "table.two td:first-child{font-weight:bold}"
    )
    _web("nb", "Kommuneplanens samfunnsdel 2026–2038 – Hammarvik kommune", css, body,
         d / "parent.pdf")

    m = {
        "M1": "Ingen barn skal stå utenfor organisert fritid fordi foreldrene ikke har råd.",
        "M2": "Ungdom i Hammarvik skal vente lenger med å begynne å drikke alkohol.",
        "M3": "Flere som bor alene, skal ha noen å snakke med og et sted å gå.",
        "M4": "Eldre skal være fysisk aktive flere ganger i uka.",
        "M5": "Flere skal gå eller sykle til skole og jobb.",
        "M6": "Kommunen skal ha oppdatert oversikt over helsetilstanden og faktorene som "
              "påvirker den.",
    }
    t = {
        "t1": "Fritidskort på 2 000 kr for alle barn 6–18 år",
        "t2": "Utstyrssentral på frivilligsentralen, gratis utlån",
        "t3": "Rusfrie helgearrangement i ungdomshuset annenhver fredag",
        "t4": "Foreldremøte om alkohol og cannabis på 8. trinn",
        "t5": "Kafé for alle hver onsdag på frivilligsentralen",
        "t6": "Besøksvenn-ordning for eldre som bor alene",
        "t7": "Seniortrim to ganger i uka i tre grendehus",
        "t8": "Turgrupper for eldre med frivillige turledere",
        "t9": "Hjertesone rundt de tre barneskolene",
        "t10": "Sykkelparkering under tak og garderobe ved rådhuset og helsesenteret",
        "t11": "Ungdata-undersøkelse og folkehelseoversikt lagt fram for kommunestyret",
    }
    R = "restart"
    rows = [
        ((R, m["M1"]), t["t1"], "Kultur", "Idrettsrådet", "2027"),
        (("continue",), t["t2"], "Kultur", "Frivilligsentralen", "2027–2028"),
        ((R, m["M2"]), t["t3"], "Ungdomsteamet", "Ungdomsrådet", "2027–2028"),
        (("continue",), t["t4"], "Skole", "Politiet, FAU", "Høst 2027"),
        ((R, m["M3"]), t["t5"], "Frivilligsentralen", "Menigheten", "2027–2028"),
        (("continue",), t["t6"], "Helse og omsorg", "Røde Kors", "2028"),
        ((R, m["M4"]), t["t7"], "Fysioterapi", "Pensjonistlaget", "2027–2028"),
        (("continue",), t["t8"], "Frivilligsentralen", "Turlaget", "Vår 2027"),
        ((R, m["M5"]), t["t9"], "Teknisk drift", "Skolene, FAU", "2027–2028"),
        (("continue",), t["t10"], "Eiendom", "", "2028"),
        ((R, m["M6"]), t["t11"], "Kommunelegen", "NAV, skolene", "2027"),
    ]
    child = [
        ("title", "Handlingsplan for folkehelse 2027–2028"),
        ("sub", "Hammarvik kommune · Vedtatt av hovedutvalg for helse og oppvekst 3. desember "
         "2026"),
        ("h1", "Innledning"),
        ("p", "Folkehelse handler om å legge til rette for gode liv i hele befolkningen. Denne "
         "handlingsplanen konkretiserer hvordan kommunen følger opp kommuneplanens "
         "samfunnsdel på folkehelseområdet de neste to årene."),
        ("p", "Frafall i videregående opplæring og overgangen fra ungdomsskolen følges opp i "
         "oppvekstplanen og er ikke tatt med her. Tiltak for grønnstruktur og turdrag ligger "
         "i kommuneplanens arealdel."),
        ("h1", "Mål og tiltak"),
        ("p", "Tabellen viser målene for perioden og tiltakene som skal bidra til å nå dem. "
         "Tiltak uten egne midler dekkes innenfor rammen til den enheten som har ansvaret."),
        ("table", ["Mål", "Tiltak", "Ansvar", "Samarbeid", "Når"], rows, [48, 45, 31, 27, 15]),
        ("h1", "Evaluering"),
        ("p", "Folkehelsekoordinatoren lager en kort statusrapport hver høst. Planen "
         "evalueres og rulleres i 2028."),
    ]
    _word(child, d / "child.pdf", title="Handlingsplan for folkehelse 2027–2028",
          author="Hammarvik kommune", header_left="Hammarvik kommune",
          header_right="Handlingsplan for folkehelse 2027–2028", page_word="",
          lang="nb-NO", font="Liberation Sans", size=9.5, color="7A4B00", fill="F4E4C4")

    goals_ = [
        G("O1", g["O1"], "followed_up", [m["M1"], t["t1"], t["t2"]],
          ev="Ingen barn skal stå utenfor",
          note="the goals are the cells of the 'Hva vil vi?' column in each theme's table (ids "
          "O1 … F2 = theme initial + order, not printed); the 'Hvordan gjør vi det?' cells are "
          "strategies, not goals. In other words: 'fordi foreldrene ikke har råd' = 'uansett "
          "familiens økonomi', fritidskort and free equipment"),
        G("O2", g["O2"], "not_followed_up",
          note="trap: named in passing — the introduction leaves it to the oppvekstplan"),
        G("O3", g["O3"], "followed_up", [m["M2"], t["t3"], t["t4"]],
          ev="Ungdom i Hammarvik skal",
          note="in other words: later alcohol debut, alcohol-free events and a parents' "
          "meeting on alcohol and cannabis (the 'andre rusmidler')"),
        G("H1", g["H1"], "partial", [m["M3"], t["t5"], t["t6"]],
          ev="Flere som bor alene, skal",
          missing=["god psykisk helse (lavterskeltilbud)"],
          note="loneliness only (someone to talk to, a café, visiting friends); nothing on "
          "mental health services"),
        G("H2", g["H2"], "partial", [m["M4"], t["t7"], t["t8"]],
          ev="Eldre skal være fysisk aktive",
          missing=["kunne bo hjemme"],
          note="activity (seniortrim, walking groups); nothing on living at home"),
        G("F1", g["F1"], "followed_up", [m["M5"], t["t9"], t["t10"]],
          ev="Flere skal gå eller sykle",
          note="in other words: walking and cycling to school and work, hjertesone, bike "
          "parking"),
        G("F2", g["F2"], "not_followed_up",
          note="trap: named in passing (green structure left to the arealdel); also shared "
          "words — the walking groups for the elderly ('Turgrupper') do not give anyone green "
          "areas near home"),
    ]
    kids = [
        C(m["M1"], ["O1"], note="the child goals are the 'Mål' cells of the table, each "
          "merged down over its tiltak; the 'Tiltak' cells are measures (in served_by beside "
          "the goal they stand beside); 'Ansvar', 'Samarbeid' and 'Når' are no goals"),
        C(m["M2"], ["O3"]),
        C(m["M3"], ["H1"]),
        C(m["M4"], ["H2"]),
        C(m["M5"], ["F1"]),
        C(m["M6"], [], note="the public health overview (a duty of the folkehelselov), stands "
          "alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, Liberation Sans 10; kommuneplanens samfunnsdel): a "
        "masthead line over a rule, per theme a heading with a coloured 'Tema n' tag, a "
        "paragraph and a two-column table 'Hva vil vi? | Hvordan gjør vi det?' (goals bold in "
        "the left column); page number bottom right; child PDF (python-docx → LibreOffice, "
        "Liberation Sans 9.5; handlingsplan for folkehelse): one table 'Mål | Tiltak | Ansvar "
        "| Samarbeid | Når', the Mål cells merged down over two tiltak each, header row "
        "repeated; header 'Hammarvik kommune' left and the title right, page number centred",
        goals=goals_, kids=kids,
    )



# =========================================================================== 2 Vestrheim (nn)


@pair
def vestrheim_kulturplan(d: Path) -> dict:
    g = {
        "1.1": "Barn og unge skal ha trygge møteplassar og eit variert fritidstilbod.",
        "1.2": "Alle elevar skal oppleve ein trygg og inkluderande skulekvardag.",
        "2.1": "Frivillige lag og organisasjonar skal ha gode rammevilkår.",
        "2.2": "Kulturarven i Vestrheim skal takast vare på og formidlast.",
        "2.3": "Innbyggjarane skal ha tilgang til eit rikt og variert kulturliv gjennom heile "
               "året.",
        "3.1": "Vestrheim skal få fleire besøkande og fleire overnattingar.",
        "3.2": "Eldre skal leve aktive og meiningsfulle liv og kunne bu heime så lenge dei "
               "ønskjer.",
    }
    areas = [
        ("1", "Oppvekst og læring",
         "Vestrheim har små skular med gode resultat. Ungdomen seier likevel at det er for "
         "få stader å vere når skuledagen er over.",
         "Vestrheim skal vere ein god stad å vekse opp.", ["1.1", "1.2"]),
        ("2", "Kultur, frivilligheit og kulturarv",
         "Over 60 lag og organisasjonar held liv i bygdene. Mange kulturminne, som naustrekkja "
         "i Straumsvika, treng vedlikehald.",
         "Vestrheim skal ha eit levande lokalsamfunn med sterk identitet.",
         ["2.1", "2.2", "2.3"]),
        ("3", "Næring, helse og livskvalitet",
         "Reiselivet veks, men sesongen er kort. Talet på innbyggjarar over 80 år blir dobla "
         "fram mot 2040.",
         "Vestrheim skal vere ein kommune der folk har gode liv og arbeid.", ["3.1", "3.2"]),
    ]
    parent = [
        ("title", "Kommuneplan for Vestrheim\nSamfunnsdelen 2027–2039"),
        ("sub", "Vedteken av kommunestyret 26. november 2026, sak 87/26"),
        ("h1", "Innleiing"),
        ("p", "Samfunnsdelen er den overordna planen for utviklinga av Vestrheim. Han er "
         "bygd opp med tre område. For kvart område er det sett eit hovudmål og fleire "
         "delmål. Delmåla skal følgjast opp i kommunedelplanar, temaplanar og i "
         "handlingsdelen med økonomiplan."),
    ]
    for n, head, text, main, ks in areas:
        parent += [("h1", f"{n}  {head}"), ("p", text), ("lbl", "Hovudmål"), ("it", main),
                   ("lbl", "Delmål"), ("num", [(k, g[k]) for k in ks])]
    parent += [
        ("h1", "4  Arealstrategi"),
        ("p", "Vekst skal i hovudsak kome i kommunesenteret Vestrheim og i Straumsvika. "
         "Landbruksjord og strandsone skal sikrast."),
        ("h1", "5  Oppfølging"),
        ("p", "Kommunedirektøren rapporterer på delmåla i årsmeldinga. Planen blir vurdert i "
         "kommunal planstrategi kvart fjerde år."),
    ]
    _rl(d / "parent.pdf", parent, family="LiberationSerif", base=10.5, accent="#2e5d8c",
        title="Kommuneplan for Vestrheim – samfunnsdelen 2027–2039", author="Vestrheim kommune",
        left="Vestrheim kommune", right="Kommuneplan – samfunnsdelen 2027–2039",
        foot="Side {n}")

    c = {
        "k1": "Alle barn som søkjer plass i kulturskulen, får plass innan eitt år.",
        "k2": "Alle elevane i grunnskulen møter profesjonell kunst og kultur kvart skuleår.",
        "u1": "Ungdomshuset er ope tre kveldar i veka, med trygge vaksne til stades.",
        "f1": "Laga har gratis tilgang til kommunale lokale og søkjer tilskot på ein enkel "
              "måte.",
        "a1": "Fleire innbyggjarar kjenner historia til bygda og kulturminna rundt seg.",
        "h1": "Kulturhuset har eit program for alle aldrar, med minst to arrangement kvar "
              "månad.",
        "e1": "Bebuarar på sjukeheimen og i omsorgsbustadene får ei kulturoppleving kvar "
              "månad.",
    }
    t = {
        "k": ["Auke talet på elevplassar i kulturskulen frå 120 til 150",
              "Kulturskuletilbod i skuletida i Straumsvika",
              "Vidareføre Den kulturelle skulesekken med to turnéar kvart år"],
        "u": ["Tilsetje ungdomsarbeidar i 60 % stilling",
              "Ungdomsrådet vel kva aktivitetar huset skal ha"],
        "f": ["Gratis leige av skular og grendehus for lag med barn og unge",
              "Digital søknadsportal for kulturtilskot med to fristar i året"],
        "a": ["Skilt med historie ved ti kulturminne",
              "Årleg kulturminnedag saman med historielaget",
              "Lokalhistoria blir lagd ut på kommunen si nettside"],
        "h": ["Fast kulturkalender i lokalavisa og på nettet",
              "Samarbeidsavtale med Vestrheim ungdomslag om drift av kulturkvelder"],
        "e": ["Den kulturelle spaserstokken: konsertar og besøk frå kulturskulen",
              "Allsong og filmkveld i omsorgsbustadene"],
    }
    sections = [
        ("3.1", "Kulturskulen", "Kulturskulen har 120 elevar og 34 på venteliste.",
         [c["k1"], c["k2"]], t["k"]),
        ("3.2", "Ungdom og fritid", "Ungdomshuset Loftet har vore ope éin kveld i veka.",
         [c["u1"]], t["u"]),
        ("3.3", "Frivillige lag og organisasjonar",
         "Laga betaler i dag leige for kommunale lokale, og tilskotsordningane er mange og "
         "lite kjende.", [c["f1"]], t["f"]),
        ("3.4", "Kulturarv",
         "Vestrheim har over 200 registrerte kulturminne, men få av dei er merkte eller "
         "omtala.", [c["a1"]], t["a"]),
        ("3.5", "Kulturhuset og arrangement",
         "Kulturhuset blir mest brukt i vinterhalvåret, og mange arrangement er for vaksne.",
         [c["h1"]], t["h"]),
        ("3.6", "Kultur og helse",
         "Forsking viser at kulturopplevingar gir betre livskvalitet for eldre.",
         [c["e1"]], t["e"]),
    ]
    body = [
        "<div class='head'>Vestrheim kommune · Kulturplan 2027–2031</div>",
        "<div class='cover'><p class='kind'>Temaplan</p><h1>Kulturplan for Vestrheim "
        "2027–2031</h1><p class='date'>Vedteken i kommunestyret 15. april 2027</p></div>",
        "<h2>1 Bakgrunn</h2>",
        "<p>Kulturplanen følgjer opp samfunnsdelen av kommuneplanen 2027–2039. Han viser "
        "korleis kommunen vil utvikle kulturtilbodet dei neste fire åra, og kva vi skal gjere "
        "for å kome dit.</p>",
        "<p>Reiseliv og fleire overnattingar er ikkje ein del av kulturplanen. Det blir følgt "
        "opp i næringsplanen.</p>",
        "<h2>2 Oppbygging</h2>",
        "<p>For kvart fagområde skildrar vi kort status i dag, korleis vi ønskjer at det skal "
        "vere i 2031, og tiltaka i planperioden.</p>",
        "<h2>3 Fagområda</h2>",
    ]
    for num, head, status, want, acts in sections:
        body += [f"<h3>{num} {e(head)}</h3>", "<p class='lab'>Status i dag</p>",
                 f"<p>{e(status)}</p>", "<p class='lab'>Ønskt situasjon i 2031</p>",
                 "<ul class='want'>", *[f"<li>{e(x)}</li>" for x in want], "</ul>",
                 "<p class='lab'>Tiltak</p>", "<ol class='act'>",
                 *[f"<li>{e(x)}</li>" for x in acts], "</ol>"]
    body += [
        "<h2>4 Økonomi og rullering</h2>",
        "<p>Tiltaka blir prioriterte i handlingsdelen med økonomiplan. Kulturplanen blir "
        "rullert i 2031.</p>",
    ]
    css = (
        "@page{size:A4;margin:22mm 24mm 20mm 24mm;"
        "@bottom-left{content:'Kulturplan 2027–2031';font:7.5pt 'DejaVu Sans',sans-serif;"
        "color:#888}"
        "@bottom-right{content:counter(page) ' / ' counter(pages);"
        "font:7.5pt 'DejaVu Sans',sans-serif;color:#888}}"
        "body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;line-height:1.45;"
        "color:#222}"
        ".head{font-size:7.5pt;color:#8a2b5a;margin-bottom:4mm}"
        ".cover{background:#8a2b5a;color:#fff;padding:6mm 7mm;margin-bottom:5mm}"
        ".cover h1{font-size:19pt;margin:1mm 0}.cover p{margin:0}"
        ".kind{text-transform:uppercase;font-size:8pt;letter-spacing:1pt}"
        ".date{font-size:8.5pt}"
        "h2{font-size:12pt;color:#8a2b5a;margin:5mm 0 1.5mm}"
        "h3{font-size:10.5pt;margin:4.5mm 0 1mm;border-bottom:0.5pt solid #8a2b5a}"
        "p{margin:0 0 2mm}"
        ".lab{font-weight:bold;color:#8a2b5a;margin:2mm 0 0.5mm;font-size:8.5pt}"
        "ul.want{margin:0 0 1.5mm;padding-left:6mm;list-style:square}"
        "ol.act{margin:0 0 1.5mm;padding-left:6mm}"
    )
    _web("nn", "Kulturplan for Vestrheim 2027–2031", css, body, d / "child.pdf")

    goals_ = [
        G("1.1", g["1.1"], "followed_up", [c["u1"], c["k1"], *t["u"], t["k"][0], t["k"][1]],
          ev="Ungdomshuset er ope tre",
          note="the goals are the numbered 'Delmål' (id = the printed number); the 'Hovudmål' "
          "sentence of each område is an umbrella, not a goal (as in earlier batches); "
          "område texts, innleiing, arealstrategi and oppfølging are no goals. In other "
          "words: a youth house open three evenings with adults present (trygge "
          "møteplassar) and a place in the kulturskule for everyone (fritidstilbod)"),
        G("1.2", g["1.2"], "not_followed_up",
          note="trap (shared words 'elevane', 'skule'): Den kulturelle skulesekken brings art "
          "to pupils — not a safe, inclusive school day"),
        G("2.1", g["2.1"], "followed_up", [c["f1"], *t["f"]], ev="Laga har gratis tilgang",
          note="in other words: free premises and easy grants = gode rammevilkår"),
        G("2.2", g["2.2"], "partial", [c["a1"], *t["a"]], ev="Fleire innbyggjarar kjenner",
          missing=["ta vare på kulturminna (vedlikehald, istandsetjing)"],
          note="formidling only (signs, a heritage day, local history online); nothing on "
          "looking after the monuments, though the parent names the naust that need repair"),
        G("2.3", g["2.3"], "followed_up", [c["h1"], *t["h"]], ev="Kulturhuset har eit program",
          note="a programme for all ages with events every month (heile året)"),
        G("3.1", g["3.1"], "not_followed_up",
          note="trap: named in passing — the Bakgrunn leaves tourism to the næringsplan"),
        G("3.2", g["3.2"], "partial", [c["e1"], *t["e"]], ev="Bebuarar på sjukeheimen og",
          missing=["kunne bu heime"],
          note="culture for residents of the nursing home and sheltered housing (meiningsfulle "
          "liv); nothing on living at home"),
    ]
    kids = [
        C(c["k1"], ["1.1"], note="the child goals are the bullets under 'Ønskt situasjon i "
          "2031' in each section (present tense, as the plan writes them); the numbered "
          "'Tiltak' are measures (in served_by beside the goals of the same section); 'Status "
          "i dag' is no goal"),
        C(c["k2"], [], note="trap: Den kulturelle skulesekken, stands alone (not 1.2)"),
        C(c["u1"], ["1.1"]),
        C(c["f1"], ["2.1"]),
        C(c["a1"], ["2.2"]),
        C(c["h1"], ["2.3"]),
        C(c["e1"], ["3.2"]),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, Liberation Serif 10.5; kommuneplan, samfunnsdelen): "
        "per område a heading '1  Oppvekst og læring', a paragraph, a bold 'Hovudmål' label "
        "over an italic sentence and a bold 'Delmål' label over goals numbered 1.1, 1.2 … "
        "with the number in a column of its own; header 'Vestrheim kommune' left and the "
        "title right over a hairline, 'Side n' centred; child PDF (Chromium, DejaVu Sans 9; "
        "kulturplan): a coloured title block, per section '3.1 Kulturskulen' … labels 'Status "
        "i dag', 'Ønskt situasjon i 2031' (square bullets) and 'Tiltak' (numbered list); "
        "margin boxes 'Kulturplan 2027–2031' and 'n / N'",
        goals=goals_, kids=kids,
    )



# =========================================================================== 3 Granåsa (sv)


@pair
def granasa_verksamhetsplan(d: Path) -> dict:
    g = {
        "1": "I Granåsa finns bostäder för alla skeden i livet.",
        "2": "Barn och unga växer upp med goda förutsättningar och trygga vuxna omkring sig.",
        "3": "Invånarna har nära till natur, lek och rekreation.",
        "4": "Företag vill etablera sig och växa i Granåsa.",
        "5": "Granåsa är en fossilfri kommun.",
        "6": "Sjöar, vattendrag och den biologiska mångfalden skyddas.",
        "7": "Invånare och företag får snabb, enkel och korrekt service.",
    }
    areas = [
        ("Strategiskt område 1 – Attraktiv livsmiljö",
         "Granåsa ska vara en plats där människor vill bo och leva hela livet. Vi växer med "
         "cirka 150 invånare per år, och efterfrågan på mindre lägenheter är stor.",
         ["1", "2", "3"]),
        ("Strategiskt område 2 – Hållbar tillväxt",
         "Näringslivet är kommunens ryggrad. Tillväxten ska ske inom ramen för vad klimatet "
         "och naturen tål.", ["4", "5", "6"]),
        ("Strategiskt område 3 – Nära service",
         "Kommunens verksamheter finns till för invånarna. Vi ska vara tillgängliga och "
         "lätta att ha att göra med.", ["7"]),
    ]
    parent = [
        ("title", "Vision 2040"),
        ("sub", "Granåsa kommun · Antagen av kommunfullmäktige 2025-06-16, § 74"),
        ("h1", "Vår vision"),
        ("p", "Granåsa – mitt i naturen, nära till allt. År 2040 är Granåsa en växande kommun "
         "där det är enkelt att bo, arbeta och driva företag."),
        ("p", "Visionen pekar ut tre strategiska områden. Under varje område anger "
         "kommunfullmäktige de mål som ska vara nådda till 2040. Nämnderna bryter ner målen i "
         "sina verksamhetsplaner varje år."),
    ]
    for head, text, ks in areas:
        parent += [("h1", head), ("p", text), ("b", "Mål till 2040"), ("num", [g[k] for k in ks])]
    parent += [
        ("h1", "Så följer vi upp"),
        ("p", "Kommunstyrelsen följer upp målen i delårsrapport och årsredovisning. Visionen "
         "ses över i början av varje mandatperiod."),
    ]
    _word(parent, d / "parent.pdf", title="Vision 2040 – Granåsa kommun", author="Granåsa kommun",
          header_left="Granåsa kommun", header_right="Vision 2040", page_word="Sida ",
          lang="sv-SE", font="DejaVu Sans", size=9.5, color="2F6B3A", fill="DDEBDD")

    a = {
        "Å1": "Detaljplaner för minst 150 nya bostäder i olika upplåtelseformer ska antas under "
              "året.",
        "Å2": "Lekplatsen i Norrmalm byggs om och motionsspåret vid Åsjön får ny belysning.",
        "Å3": "Detaljplanen för verksamhetsområdet Kvarnbacken ska vara antagen senast i "
              "september.",
        "Å4": "Den som söker bygglov ska få beslut inom fyra veckor från komplett ansökan.",
        "Å5": "Förvaltningens egna fordon ska drivas med el eller biogas.",
        "Å6": "Dagvatten från nya bostadsområden ska renas innan det når Åsjön.",
        "Å7": "Gatubelysningen i tätorten byts till LED.",
        "Å8": "Alla frågor till förvaltningens kundtjänst besvaras inom en arbetsdag.",
    }
    rows1 = [
        ("Å1", a["Å1"], "Antal bostäder i antagna detaljplaner", "150"),
        ("Å2", a["Å2"], "Klart enligt tidplan", "Ja"),
    ]
    rows2 = [
        ("Å3", a["Å3"], "Datum för antagande", "September"),
        ("Å5", a["Å5"], "Andel fossilfria fordon", "100 %"),
        ("Å6", a["Å6"], "Andel nya områden med dagvattenrening", "100 %"),
        ("Å7", a["Å7"], "Andel LED-armaturer", "90 %"),
    ]
    rows3 = [
        ("Å4", a["Å4"], "Median handläggningstid, veckor", "4"),
        ("Å8", a["Å8"], "Andel ärenden besvarade inom en arbetsdag", "95 %"),
    ]
    head = ["Nr", "Åtagande", "Så mäter vi", "Målvärde 2027"]
    w = [12, 88, 46, 24]
    child = [
        ("title", "Verksamhetsplan 2027"),
        ("sub", "Samhällsbyggnadsförvaltningen · Granåsa kommun · Beslutad av "
         "samhällsbyggnadsnämnden 2026-12-09"),
        ("h1", "1. Inledning"),
        ("p", "Samhällsbyggnadsförvaltningen ansvarar för fysisk planering, bygglov, gator "
         "och parker, vatten och avlopp samt miljö- och hälsoskydd. Verksamhetsplanen visar "
         "vilka åtaganden förvaltningen gör under 2027 för att bidra till Vision 2040."),
        ("p", "Åtagandena är ordnade efter visionens strategiska områden. Målet om barn och "
         "unga följs upp av bildningsnämnden och socialnämnden och finns inte med här."),
        ("h1", "2. Attraktiv livsmiljö"),
        ("p", "Bostadsbyggandet har tagit fart, och flera detaljplaner är på gång i "
         "centralorten."),
        ("table", head, rows1, w),
        ("h1", "3. Hållbar tillväxt"),
        ("p", "Efterfrågan på verksamhetsmark är stor längs väg 84. Samtidigt ska kommunens "
         "egna verksamheter gå före i klimatarbetet."),
        ("table", head, rows2, w),
        ("h1", "4. Nära service"),
        ("p", "Handläggningstiderna för bygglov har varit för långa, och många upplever att "
         "det är svårt att nå förvaltningen."),
        ("table", head, rows3, w),
        ("h1", "5. Ekonomi och uppföljning"),
        ("p", "Förvaltningens budgetram för 2027 är 84,6 miljoner kronor. Åtagandena följs upp "
         "i delårsrapporten i augusti och i verksamhetsberättelsen."),
    ]
    _rl(d / "child.pdf", child, family="DejaVuSansCondensed", base=10, accent="#3d6b4f",
        title="Verksamhetsplan 2027 – Samhällsbyggnadsförvaltningen", author="Granåsa kommun",
        left="GRANÅSA KOMMUN", right="Samhällsbyggnadsförvaltningen · Verksamhetsplan 2027",
        foot="– {n} –")

    goals_ = [
        G("1", g["1"], "followed_up", [a["Å1"]], ev="Detaljplaner för minst 150",
          note="the goals are the numbered items under 'Mål till 2040' (Word numbering "
          "running 1–7 through the three strategic areas; id = the printed number); the "
          "vision sentence, the area texts and 'Så följer vi upp' are no goals. Plans for 150 "
          "homes of different tenures: the förvaltning's whole share (housing for every stage "
          "of life, in other words)"),
        G("2", g["2"], "not_followed_up",
          note="trap: named in passing — left to the bildningsnämnd and socialnämnd"),
        G("3", g["3"], "followed_up", [a["Å2"]], ev="Lekplatsen i Norrmalm byggs",
          note="in other words: a playground and a lit exercise track by the lake"),
        G("4", g["4"], "followed_up", [a["Å3"], a["Å4"]], ev="Detaljplanen för verksamhetsområdet",
          note="in other words: land for businesses (Kvarnbacken) and quick building permits"),
        G("5", g["5"], "partial", [a["Å5"]], ev="Förvaltningens egna fordon ska",
          missing=["fossilfria transporter och uppvärmning i hela kommunen"],
          note="the förvaltning's own vehicles only; a fossil-free municipality is more than "
          "the council's fleet. Trap: Å7 (LED street lighting) saves electricity, does not "
          "replace fossil fuel"),
        G("6", g["6"], "partial", [a["Å6"]], ev="Dagvatten från nya bostadsområden",
          missing=["biologisk mångfald"],
          note="the lake protected from stormwater; nothing on biodiversity"),
        G("7", g["7"], "followed_up", [a["Å4"], a["Å8"]], ev="Alla frågor till förvaltningens",
          note="in other words: answers within a working day, permit decisions within four "
          "weeks (snabb, enkel service)"),
    ]
    kids = [
        C(a["Å1"], ["1"], note="the child goals are the 'Åtagande' cells (the förvaltning's "
          "commitments for the year); 'Nr', 'Så mäter vi' (indicators) and 'Målvärde 2027' "
          "are no goals; there are no measures apart from the åtaganden"),
        C(a["Å2"], ["3"]),
        C(a["Å3"], ["4"]),
        C(a["Å5"], ["5"]),
        C(a["Å6"], ["6"]),
        C(a["Å7"], [], note="trap (near miss of 5): energy efficiency, not fossil-free; "
          "stands alone"),
        C(a["Å4"], ["4", "7"], note="permit decisions serve both companies (4) and service (7)"),
        C(a["Å8"], ["7"]),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, DejaVu Sans 9.5; Vision 2040): "
        "Heading 1 'Strategiskt område n – …', a paragraph, a bold 'Mål till 2040' line over "
        "a Word decimal list numbered 1–7 through the document; header 'Granåsa kommun' left "
        "and 'Vision 2040' right, 'Sida n' centred; child PDF (reportlab, DejaVu Sans "
        "Condensed 10; förvaltningens verksamhetsplan): per strategic area a heading, a "
        "paragraph and a table 'Nr | Åtagande | Så mäter vi | Målvärde 2027' (Å1 …) with a "
        "coloured header row and grid; header in small capitals left and the title right over "
        "a hairline, '– n –' centred",
        goals=goals_, kids=kids,
    )



# =========================================================================== 4 Tornby (da)


@pair
def tornby_klimahandleplan(d: Path) -> dict:
    g = {
        "G1": "Tornby Kommune skal være klimaneutral i 2050, og udledningen af drivhusgasser "
              "skal være reduceret med 70 procent i 2030.",
        "G2": "Borgere og virksomheder skal være sikret mod oversvømmelser fra havet, skybrud "
              "og stigende grundvand.",
        "G3": "Naturen skal have mere plads, og der skal rejses mere skov.",
        "G4": "Kommunens egne bygninger og køretøjer skal være fossilfri i 2030.",
        "L1": "Der skal være gode forbindelser med bus og tog mellem landsbyerne og Tornby by.",
        "L2": "Landsbyerne skal have aktive fællesskaber og gode mødesteder.",
        "A1": "Der skal skabes flere grønne arbejdspladser i Tornby.",
    }
    themes = [
        ("Grøn omstilling",
         "Tornby er en kystkommune med meget landbrug. Klimaforandringerne giver højere "
         "vandstand og mere regn, og vi har et ansvar for at bidrage til at nå de nationale "
         "klimamål.", ["G1", "G2", "G3", "G4"]),
        ("Levende byer og landsbyer",
         "Hver tredje borger bor i en af kommunens 14 landsbyer. Landsbyerne skal fortsat "
         "være attraktive at bo i.", ["L1", "L2"]),
        ("Arbejde og erhverv",
         "Tornby har en stærk fødevareindustri og flere virksomheder inden for vindenergi.",
         ["A1"]),
    ]
    parent = [
        ("title", "Kommuneplanstrategi 2027"),
        ("sub", "Tornby Kommune · Vedtaget af byrådet den 24. september 2027"),
        ("h1", "Indledning"),
        ("p", "Planstrategien fastlægger byrådets målsætninger for kommunens udvikling og "
         "beslutter, hvordan kommuneplanen skal revideres. Målsætningerne følges op i "
         "byrådets politikker og handleplaner."),
    ]
    for head, text, ks in themes:
        parent += [("h1", head), ("p", text), ("lbl", "Byrådets målsætninger"),
                   ("dash", [g[k] for k in ks])]
    parent += [
        ("h1", "Revision af kommuneplanen"),
        ("p", "Byrådet beslutter at revidere kommuneplanen delvist med temaerne klimatilpasning, "
         "vedvarende energi og nye boligområder i Tornby by."),
        ("h1", "Offentlig høring"),
        ("p", "Forslaget har været i offentlig høring fra 1. maj til 30. juni 2027."),
    ]
    _rl(d / "parent.pdf", parent, family="LiberationSans", base=10, accent="#0b6e69",
        title="Kommuneplanstrategi 2027 – Tornby Kommune", author="Tornby Kommune",
        left="Tornby Kommune", right="Kommuneplanstrategi 2027", foot="{n}")

    dm = {
        "D1": "Ingen boliger eller virksomheder i kommunen skal opvarmes med olie eller "
              "naturgas i 2030.",
        "D2": "Udledningen fra vejtrafikken skal halveres i forhold til 2019.",
        "D3": "400 hektar kulstofrig lavbundsjord skal tages ud af drift og blive til natur, og "
              "der skal rejses 150 hektar ny skov.",
        "D4": "Kommunens bygninger skal opvarmes og forsynes uden fossile brændsler i 2028.",
        "D5": "Tornby by og sommerhusområderne ved kysten skal være sikret mod en 100-års "
              "stormflod og mod skybrud.",
        "D6": "Kommunen offentliggør hvert år et klimaregnskab for hele kommunen og for "
              "kommunen som virksomhed.",
    }
    h = {
        "1.1": "Fjernvarmen udbygges til Vester Tornby og Hvidbjerg",
        "1.2": "Gratis energitjek for boligejere med oliefyr",
        "1.3": "Lokalplan for solcellepark på 40 ha ved Tornby Mose",
        "2.1": "Ladestandere ved skoler, haller og kommunale p-pladser",
        "2.2": "Elbusser på de fire bybuslinjer fra køreplansskiftet 2028",
        "2.3": "Kampagne for samkørsel til arbejdspladserne i Nordre Industrikvarter",
        "3.1": "Aftaler med lodsejere om udtagning af lavbundsjord i Tornby Ådal",
        "3.2": "Skovrejsning ved Ravnholt sammen med Naturstyrelsen",
        "3.3": "Gratis klimarådgivning til landmænd",
        "4.1": "Varmepumper i 12 skoler og institutioner",
        "4.2": "Solceller på rådhuset og de tre idrætshaller",
        "5.1": "Dige og højvandsmur langs havnefronten",
        "5.2": "Skybrudsveje og forsinkelsesbassiner i Søndre Kvarter",
        "6.1": "Klimaregnskab med den kommunale CO2-beregner hvert forår",
    }
    own = {"1": "Teknik og Miljø", "2": "Trafik og Veje", "3": "Natur og Landbrug",
           "4": "Ejendomscenter", "5": "Teknik og Miljø", "6": "Klimasekretariatet"}
    start = {"1.1": "2027", "1.2": "2027", "1.3": "2028", "2.1": "2027", "2.2": "2028",
             "2.3": "2027", "3.1": "2027", "3.2": "2028", "3.3": "2027", "4.1": "2027",
             "4.2": "2028", "5.1": "2028", "5.2": "2029", "6.1": "2027"}
    sectors = [
        ("1", "Energi og varme",
         "Opvarmning står for en fjerdedel af udledningen i Tornby. Omkring 1.800 boliger har "
         "stadig oliefyr eller gasfyr.", "D1"),
        ("2", "Transport",
         "Vejtrafikken er den største kilde til udledning, og udledningen er ikke faldet siden "
         "2019.", "D2"),
        ("3", "Landbrug og arealer",
         "Landbruget udleder næsten halvdelen af kommunens drivhusgasser, især fra drænede "
         "lavbundsjorde.", "D3"),
        ("4", "Kommunen som virksomhed",
         "Kommunen ejer 96 bygninger. En del af dem opvarmes stadig med naturgas.", "D4"),
        ("5", "Klimatilpasning",
         "Stormfloden i 2023 satte dele af havnen under vand, og skybrud har flere gange "
         "oversvømmet kældre i Søndre Kvarter.", "D5"),
        ("6", "Klimaregnskab og opfølgning",
         "Uden et klimaregnskab kan vi ikke se, om handlingerne virker.", "D6"),
    ]
    child = [
        ("title", "Klimahandleplan 2027–2030"),
        ("sub", "Tornby Kommune · Godkendt af byrådet den 17. december 2027"),
        ("h1", "Forord"),
        ("p", "Klimahandleplanen viser, hvordan Tornby Kommune vil nedbringe udledningen af "
         "drivhusgasser og tilpasse sig et klima i forandring. Den følger op på "
         "kommuneplanstrategiens tema om grøn omstilling."),
        ("p", "Grønne arbejdspladser og erhvervsudvikling indgår i Erhvervspolitik 2027–2030 og "
         "behandles ikke her."),
    ]
    for n, head, text, k in sectors:
        rows = [(hk, h[hk], own[n], start[hk]) for hk in h if hk.split(".")[0] == n]
        child += [("h1", f"{n}. {head}"), ("p", text), ("p", f"**Delmål:** {dm[k]}"),
                  ("table", ["Nr.", "Handling", "Ansvarlig", "Start"], rows,
                   [14, 96, 38, 18])]
    child += [
        ("h1", "Økonomi"),
        ("p", "Handlingerne finansieres over budgettet for 2028–2031 og med eksterne midler "
         "fra blandt andet Klimaskovfonden og Lavbundsordningen."),
    ]
    _word(child, d / "child.pdf", title="Klimahandleplan 2027–2030", author="Tornby Kommune",
          header_left="Tornby Kommune", header_right="Klimahandleplan 2027–2030",
          page_word="Side ", lang="da-DK", font="Liberation Serif", size=10.5,
          color="0B6E69", fill="D3E9E7")

    goals_ = [
        G("G1", g["G1"], "followed_up",
          [dm["D1"], dm["D2"], dm["D3"], h["1.1"], h["1.2"], h["1.3"], h["2.1"], h["2.2"],
           h["2.3"], h["3.1"], h["3.2"], h["3.3"]],
          ev="Ingen boliger eller virksomheder",
          note="the goals are the dash items under each theme's 'Byrådets målsætninger' (ids "
          "= theme initial + order, not printed); the theme texts, 'Revision af "
          "kommuneplanen' and 'Offentlig høring' are no goals. Heating, road traffic and "
          "farmland — the plan's sectors together carry the 70 % cut"),
        G("G2", g["G2"], "partial", [dm["D5"], h["5.1"], h["5.2"]], ev="Tornby by og sommerhusområderne",
          missing=["stigende grundvand"],
          note="storm surge and cloudbursts; nothing on rising groundwater"),
        G("G3", g["G3"], "followed_up", [dm["D3"], h["3.1"], h["3.2"]],
          ev="400 hektar kulstofrig lavbundsjord",
          note="in other words: low-lying farmland taken out and turned into nature (mere "
          "plads), 150 ha of new forest"),
        G("G4", g["G4"], "partial", [dm["D4"], h["4.1"], h["4.2"]],
          ev="Kommunens bygninger skal opvarmes",
          missing=["kommunens køretøjer"],
          note="the council's buildings only; nothing on its own vehicles"),
        G("L1", g["L1"], "not_followed_up",
          note="trap (shared word 'bus'): electric buses on the town routes cut emissions; "
          "they do not connect the villages with the town"),
        G("L2", g["L2"], "not_followed_up", note="silent"),
        G("A1", g["A1"], "not_followed_up",
          note="trap: named in passing — left to Erhvervspolitik 2027–2030"),
    ]
    kids = [
        C(dm["D1"], ["G1"], note="the child goals are the sentences after the bold "
          "'Delmål:' in each sector (without the label); the rows of each sector's table are "
          "measures (in served_by beside the delmål of their sector); 'Nr.', 'Ansvarlig' and "
          "'Start' are no goals"),
        C(dm["D2"], ["G1"]),
        C(dm["D3"], ["G1", "G3"]),
        C(dm["D4"], ["G4"], note="the council's buildings: G4 (the municipality-wide cut G1 "
          "is carried by D1–D3)"),
        C(dm["D5"], ["G2"]),
        C(dm["D6"], [], note="climate accounts, a process goal; stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, Liberation Sans 10; kommuneplanstrategi): a heading "
        "per tema, a paragraph and a bold 'Byrådets målsætninger' over en-dash items; header "
        "'Tornby Kommune' left and the title right over a hairline, page number centred; "
        "child PDF (python-docx → LibreOffice, Liberation Serif 10.5; klimahandleplan): per "
        "sektor Heading 1 'n. …', a paragraph, a paragraph opening with a bold 'Delmål:' and "
        "a table 'Nr. | Handling | Ansvarlig | Start' with the header row repeated; header "
        "left/right, 'Side n' centred",
        goals=goals_, kids=kids,
    )



# =========================================================================== 5 Ridgemont (en)


@pair
def ridgemont_parks_action_plan(d: Path) -> dict:
    g = {
        "LU-1": "A mix of housing types that residents of all incomes can afford.",
        "PR-1": "Every resident lives within a 10-minute walk of a park or open space.",
        "PR-2": "Recreation programs that meet the needs of people of all ages, abilities and "
                "cultures.",
        "PR-3": "Well-maintained parks and facilities that are safe and welcoming.",
        "M-1": "A connected network of trails and bikeways linking neighborhoods, schools and "
               "parks.",
        "EN-1": "A healthy urban forest, clean creeks and protected wildlife habitat.",
        "EN-2": "Community greenhouse gas emissions reduced 50 percent below 2019 levels by "
                "2035.",
    }
    pol = {
        "LU-1": ["Allow duplexes and townhomes in all residential zones.",
                 "Partner with nonprofit developers on affordable housing."],
        "PR-1": ["Prioritize park acquisition in underserved neighborhoods.",
                 "Pursue joint-use agreements with the school district."],
        "PR-2": ["Offer programs in languages spoken in the community.",
                 "Keep program fees affordable through scholarships."],
        "PR-3": ["Fund a life-cycle replacement schedule for park assets."],
        "M-1": ["Build protected bike lanes on major streets.",
                "Complete missing trail links identified in the Trails Plan."],
        "EN-1": ["Reach 35 percent tree canopy citywide.",
                 "Restore riparian buffers along Ridgemont Creek."],
        "EN-2": ["Adopt and update a Climate Action Plan every five years."],
    }
    chapters = [
        ("Chapter 3", "Land Use and Housing",
         "Ridgemont is expected to add 9,000 residents by 2045. Most of the city is zoned for "
         "single-family homes.", ["LU-1"]),
        ("Chapter 5", "Parks, Recreation and Open Space",
         "Ridgemont has 31 parks, but several neighborhoods east of the rail line have no park "
         "within walking distance.", ["PR-1", "PR-2", "PR-3"]),
        ("Chapter 6", "Mobility",
         "Nearly nine in ten trips are made by car. The trail network has gaps that make it "
         "hard to use for everyday trips.", ["M-1"]),
        ("Chapter 7", "Environment and Climate",
         "Tree canopy has fallen to 24 percent, and Ridgemont Creek is listed as impaired for "
         "bacteria.", ["EN-1", "EN-2"]),
    ]
    body = [
        "<div class='run'>City of Ridgemont · Ridgemont 2045 Comprehensive Plan</div>",
        "<h1>Ridgemont 2045</h1><p class='kind'>Comprehensive Plan · Adopted by the City "
        "Council, Ordinance 2026-14, March 10, 2026</p>",
        "<h2>How to Use This Plan</h2>",
        "<p>Each chapter states goals and policies. Goals describe the future the community "
        "wants; policies guide the City's decisions toward those goals. Department master "
        "plans and the Capital Improvement Program carry the goals into action.</p>",
    ]
    for ch, head, text, ks in chapters:
        body += [f"<h2><span>{ch}</span> {e(head)}</h2>", f"<p>{e(text)}</p>"]
        for k in ks:
            body += [f"<div class='goal'><div class='gl'>Goal {k}</div>",
                     f"<div class='gt'>{e(g[k])}</div></div>"]
            body += [f"<p class='pol'><b>Policy {k}.{i}</b> {e(x)}</p>"
                     for i, x in enumerate(pol[k], 1)]
    body += [
        "<h2><span>Chapter 9</span> Implementation</h2>",
        "<p>Staff report progress to the Planning Commission every two years. The plan is "
        "reviewed in full every ten years.</p>",
    ]
    css = (
        "@page{size:letter;margin:0.8in 0.9in 0.8in 0.9in;"
        "@bottom-center{content:'Ridgemont 2045 Comprehensive Plan  |  ' counter(page);"
        "font:7.5pt 'Liberation Sans',sans-serif;color:#666}}"
        "body{font-family:'Liberation Serif',serif;font-size:11pt;line-height:1.35;"
        "color:#202020}"
        ".run{font:7.5pt 'Liberation Sans',sans-serif;color:#666;text-align:right;"
        "margin-bottom:6mm}"
        "h1{font:bold 26pt 'Liberation Sans',sans-serif;color:#3b5e2b;margin:0}"
        ".kind{font:9pt 'Liberation Sans',sans-serif;color:#555;margin:1mm 0 6mm}"
        "h2{font:bold 13pt 'Liberation Sans',sans-serif;color:#3b5e2b;margin:6mm 0 2mm;"
        "border-top:1.2pt solid #3b5e2b;padding-top:1.5mm}"
        "h2 span{font-weight:normal;color:#777;margin-right:2mm}"
        "p{margin:0 0 2.5mm}"
        ".goal{background:#eef3e8;border-left:3pt solid #3b5e2b;padding:2mm 3mm;"
        "margin:3mm 0 2mm;break-inside:avoid}"
        ".gl{font:bold 8.5pt 'Liberation Sans',sans-serif;color:#3b5e2b;"
        "text-transform:uppercase;letter-spacing:.6pt}"
        ".gt{font-weight:bold;font-size:11.5pt}"
        ".pol{margin-left:6mm;font-size:10pt}"
        ".pol b{font-family:'Liberation Sans',sans-serif;font-size:8.5pt;color:#3b5e2b;"
        "margin-right:1.5mm}"
    )
    _web("en-US", "Ridgemont 2045 Comprehensive Plan", css, body, d / "parent.pdf")

    o = {
        "A": "Close the gaps in park access so that no neighborhood is left without a park "
             "nearby.",
        "B": "Offer programs that people of every age and ability can join.",
        "C": "Bring parks, playgrounds and buildings to a good state of repair and keep them "
             "clean and safe.",
        "D": "Complete the Ridgemont Creek Trail and connect it to the parks along the way.",
        "E": "Grow the tree canopy and restore natural areas along the creeks.",
        "F": "Recover 40 percent of operating costs through fees, rentals and partnerships.",
    }
    act = [
        ("1", "Acquire two sites for neighborhood parks in the Eastside", "A", "PR-1",
         "Years 1–3", "$$$", "PRD / Real Estate"),
        ("2", "Joint-use agreement to open the Lincoln Elementary schoolyard on evenings and "
         "weekends", "A", "PR-1", "Year 1", "$", "PRD"),
        ("3", "Adaptive recreation program for children and adults with disabilities", "B",
         "PR-2", "Year 2", "$$", "Recreation"),
        ("4", "Senior fitness and walking clubs at all three community centers", "B", "PR-2",
         "Year 1", "$", "Recreation"),
        ("5", "Free summer youth programs in parks in low-income neighborhoods", "B", "PR-2",
         "Years 1–5", "$$", "Recreation"),
        ("6", "Replace play equipment at Oak Hollow, Miller and Fairview parks", "C", "PR-3",
         "Years 1–3", "$$$", "Park Operations"),
        ("7", "Lighting and security cameras at the skate park and Riverside Park", "C",
         "PR-3", "Year 2", "$$", "Park Operations"),
        ("8", "Adopt a park maintenance standard and hire four seasonal staff", "C", "PR-3",
         "Year 1", "$$", "Park Operations"),
        ("9", "Design and build the Ridgemont Creek Trail from Main Street to Lakeside Park",
         "D", "M-1", "Years 2–5", "$$$", "PRD / Public Works"),
        ("10", "Wayfinding signs and mile markers along the trail", "D", "M-1", "Year 5", "$",
         "PRD"),
        ("11", "Plant 1,500 street and park trees, first in neighborhoods with the least "
         "canopy", "E", "EN-1", "Years 1–5", "$$", "Urban Forestry"),
        ("12", "Restore two miles of creek bank along Ridgemont Creek with native plants", "E",
         "EN-1", "Years 2–4", "$$", "Natural Areas"),
        ("13", "Update fees and rental rates for fields, shelters and rooms", "F", "—",
         "Year 1", "$", "Administration"),
        ("14", "Corporate sponsorship program for events and concerts", "F", "—", "Year 2",
         "$", "Administration"),
    ]
    a = {r[0]: r[1] for r in act}
    child = [
        ("title", "Chapter 8  Five-Year Action Plan"),
        ("sub", "Ridgemont Parks and Recreation Master Plan 2027–2031 · Parks and Recreation "
         "Department (PRD) · Accepted by the City Council, December 2026"),
        ("h2", "8.1 Purpose"),
        ("p", "This chapter turns the findings of the master plan into actions for the next "
         "five years. Each action names the plan objective it supports and the goal of the "
         "Ridgemont 2045 Comprehensive Plan it carries out. Reductions in greenhouse gas "
         "emissions from City operations are covered by the Climate Action Plan and are not "
         "repeated here."),
        ("h2", "8.2 Plan Objectives"),
        ("num", [(k, v) for k, v in o.items()]),
        ("h2", "8.3 Actions"),
        ("it", "Cost: $ under $100,000; $$ $100,000–$500,000; $$$ over $500,000."),
        ("table", ["#", "Action", "Objective", "Comp Plan goal", "Timeframe", "Est. cost",
                   "Lead"], act, [9, 95, 20, 24, 24, 18, 38]),
        ("h2", "8.4 Funding"),
        ("p", "Actions will be funded through the Capital Improvement Program, park impact "
         "fees, state grants and partnerships."),
    ]
    _rl(d / "child.pdf", child, family="LiberationSans", base=10, accent="#4a6b8a",
        landscape=True, letter=True, title="Parks and Recreation Master Plan 2027–2031",
        author="City of Ridgemont", left="City of Ridgemont Parks and Recreation",
        right="Master Plan 2027–2031 | Chapter 8", foot="8-{n}")

    goals_ = [
        G("LU-1", g["LU-1"], "not_followed_up",
          note="the goals are the statements in the shaded 'Goal XX-n' boxes (id = the printed "
          "goal number); the 'Policy XX-n.n' lines under them are means (how the City decides), "
          "not goals, as the plan's 'How to Use This Plan' says; chapter texts and "
          "'Implementation' are no goals. Silent: housing is not the parks plan's business"),
        G("PR-1", g["PR-1"], "followed_up", [o["A"], a["1"], a["2"]],
          ev="Close the gaps in park",
          note="in other words: no neighborhood without a park nearby ('10-minute walk' not "
          "written), new sites, an open schoolyard"),
        G("PR-2", g["PR-2"], "partial", [o["B"], a["3"], a["4"], a["5"]],
          ev="Offer programs that people",
          missing=["programs for people of different cultures"],
          note="ages and abilities (adaptive recreation, seniors, youth); nothing on cultures "
          "or languages"),
        G("PR-3", g["PR-3"], "followed_up", [o["C"], a["6"], a["7"], a["8"]],
          ev="Bring parks, playgrounds and",
          note="state of repair, clean and safe (lighting, cameras, maintenance standard)"),
        G("M-1", g["M-1"], "partial", [o["D"], a["9"], a["10"]], ev="Complete the Ridgemont Creek",
          missing=["bikeways", "links to schools"],
          note="one trail linking neighborhoods and parks; no bikeways, no school links"),
        G("EN-1", g["EN-1"], "followed_up", [o["E"], a["11"], a["12"]],
          ev="Grow the tree canopy",
          note="in other words: tree canopy (urban forest), creek banks restored with native "
          "plants (clean creeks, habitat)"),
        G("EN-2", g["EN-2"], "not_followed_up",
          note="trap: named in passing — 8.1 leaves emission cuts to the Climate Action Plan"),
    ]
    kids = [
        C(o["A"], ["PR-1"], note="the child goals are the plan objectives A–F under 8.2 "
          "(without the letter); the rows of the 8.3 table are measures (in served_by beside "
          "the objective their 'Objective' column names); the 'Comp Plan goal' citations, "
          "timeframes, costs and leads are no goals"),
        C(o["B"], ["PR-2"]),
        C(o["C"], ["PR-3"]),
        C(o["D"], ["M-1"]),
        C(o["E"], ["EN-1"]),
        C(o["F"], [], note="cost recovery; stands alone, its actions cite '—'"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, Liberation Serif 11, US Letter; comprehensive plan): "
        "chapters with a ruled heading 'Chapter n  …', each goal in a shaded box (a small "
        "capitals label 'GOAL PR-1' over the bold statement) followed by 'Policy PR-1.1' lines; "
        "running line top right, footer 'Ridgemont 2045 Comprehensive Plan | n'; child PDF "
        "(reportlab, Liberation Sans 10, US Letter landscape; parks master plan chapter 8): "
        "objectives A–F with the letter in a column of its own, then a table '# | Action | "
        "Objective | Comp Plan goal | Timeframe | Est. cost | Lead' over two pages with the "
        "header row repeated; page numbers '8-n'",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder=BUILDER)


if __name__ == "__main__":
    main(sys.argv[1:])
