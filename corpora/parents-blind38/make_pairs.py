"""Build the thirty-eighth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-05 by `bpar38` without reading plancheck's code, tests or bench, and without
running it, and without reading parents-blind39. ORDINARY pairs, the child following the parent
up mostly in other words:

- Hagavik (nb): a kommuneplanens samfunnsdel (Chromium) with per chapter a two-column table
  'Samfunnsmål | Strategier'; the child, a 'Kommunedelplan for oppvekst 2027–2031'
  (python-docx → LibreOffice) with per 'Innsatsområde' a lettered list 'Mål' and 'Tiltak' bullets.
- Sunnmyr (nn): the county's 'Regional plan for innovasjon og næringsutvikling' (reportlab) with
  coded 'Regionale mål' R1–R6; the child, Sunnmyr's 'Næringsplan 2027–2030' (Chromium) with
  'Effektmål' bullets and a 'Tiltak | Ansvar | Når' table per innsatsområde.
- Rödsjö (sv): a 'Folkhälsoprogram 2026–2030' (python-docx → LibreOffice) with 'Målområde 1–6',
  one bold 'Mål:' paragraph each; the child, the kultur- och fritidsnämnd's 'Handlingsplan för
  folkhälsa 2027' (reportlab, A4 landscape): one table 'Målområde | Nämndens mål | Aktiviteter |
  Ansvarig | Klart', running over pages with the header row repeated.
- Egholm (da): a 'Børne- og ungepolitik' (reportlab) with 'Vi vil arbejde for, at' bullets per
  theme; the child, 'Handleplan 2026' (python-docx → LibreOffice): per theme a bold 'Målet for
  2026' paragraph and a numbered 'Det gør vi' list.
- Ambledown (en): a borough 'Corporate Plan 2026–2030' (Chromium) with 'Our priorities' and
  'Outcomes we want to see' bullets; the child, the 'Climate Action Plan 2026–2030'
  (python-docx → LibreOffice, A4 landscape): per theme 'Our objective' and a 'Ref | Action |
  Lead | Timescale' table.

    python corpora/parents-blind38/make_pairs.py                  # all pairs
    python corpora/parents-blind38/make_pairs.py --verify         # re-read the PDFs only
    python corpora/parents-blind38/make_pairs.py --twice          # build twice, compare sha256

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
BUILDER = "corpora/parents-blind38/make_pairs.py"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


# =========================================================================== writers


def _rl_fonts(family: str) -> dict[str, str]:
    """Register a TTF family for reportlab under P38-<family>; returns {style: name}."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    files = {
        "DejaVuSerif": (DEJAVU, "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf",
                        "DejaVuSerif-BoldItalic.ttf"),
        "LiberationSans": (bk.LIBERATION, "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                           "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"),
        "LiberationSansNarrow": (bk.LIBERATION, "LiberationSansNarrow-Regular.ttf",
                                 "LiberationSansNarrow-Bold.ttf", "LiberationSansNarrow-Italic.ttf",
                                 "LiberationSansNarrow-BoldItalic.ttf"),
    }[family]
    base = f"P38-{family}"
    names = {"normal": base, "bold": base + "-B", "italic": base + "-I", "boldItalic": base + "-BI"}
    for n, fn in zip(names.values(), files[1:], strict=True):
        pdfmetrics.registerFont(TTFont(n, str(files[0] / fn)))
    pdfmetrics.registerFontFamily(base, **names)
    return names


def _rl(pdf: Path, blocks, *, family: str, title: str, author: str, band: str, foot: str,
        accent: str, landscape: bool = False, base: float = 10, bullet: str = "•") -> Path:
    """reportlab (invariant). Blocks: ("title"|"sub"|"h1"|"h2"|"p"|"lead"|"small", text),
    ("codes", [(code, text), ..]) a borderless two-column list, ("bullets", [..]) with BULLET,
    ("table", head, rows, widths_mm) header row repeated; a cell's '\n' starts a new line.
    Furniture: a coloured band across the top with BAND in white at the left; the page number
    bottom right and FOOT bottom left, no rule."""
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as _land
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    f = _rl_fonts(family)
    acc = colors.HexColor(accent)
    dark = colors.HexColor("#333333")
    ps = {
        "title": ParagraphStyle("t", fontName=f["bold"], fontSize=base + 9, leading=base + 13,
                                textColor=dark, spaceAfter=2),
        "sub": ParagraphStyle("s", fontName=f["italic"], fontSize=base, leading=base + 4,
                              textColor=acc, spaceAfter=10),
        "h1": ParagraphStyle("h1", fontName=f["bold"], fontSize=base + 3, leading=base + 6,
                             textColor=acc, spaceBefore=9, spaceAfter=3),
        "h2": ParagraphStyle("h2", fontName=f["bold"], fontSize=base + 0.5, leading=base + 4,
                             textColor=dark, spaceBefore=6, spaceAfter=2),
        "p": ParagraphStyle("p", fontName=f["normal"], fontSize=base, leading=base * 1.38,
                            spaceAfter=4),
        "lead": ParagraphStyle("ld", fontName=f["italic"], fontSize=base, leading=base * 1.38,
                               spaceAfter=2),
        "small": ParagraphStyle("sm", fontName=f["normal"], fontSize=base - 1.5,
                                leading=base + 1.5, textColor=colors.HexColor("#666666"),
                                spaceAfter=5),
        "li": ParagraphStyle("li", fontName=f["normal"], fontSize=base, leading=base * 1.36,
                             leftIndent=7 * mm, bulletIndent=2 * mm, spaceAfter=2),
        "code": ParagraphStyle("cd", fontName=f["bold"], fontSize=base, leading=base * 1.36,
                               textColor=acc),
        "c": ParagraphStyle("c", fontName=f["normal"], fontSize=base - 1, leading=base + 1.8),
        "ch": ParagraphStyle("ch", fontName=f["bold"], fontSize=base - 1, leading=base + 2),
    }
    story = []
    for b in blocks:
        k = b[0]
        if k in ("title", "sub", "h1", "h2", "p", "lead", "small"):
            story.append(Paragraph(e(b[1]), ps[k]))
        elif k == "bullets":
            story += [Paragraph(e(x), ps["li"], bulletText=bullet) for x in b[1]]
            story.append(Spacer(1, 4))
        elif k == "codes":
            data = [[Paragraph(e(a), ps["code"]), Paragraph(e(t), ps["p"])] for a, t in b[1]]
            t = Table(data, colWidths=[14 * mm, None])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
            t.hAlign = "LEFT"
            story += [t, Spacer(1, 4)]
        elif k == "table":
            _, thead, rows, widths = b
            data = [[Paragraph(e(x), ps["ch"]) for x in thead]]
            for r in rows:
                data.append([Paragraph("<br/>".join(e(y) for y in x.split("\n")), ps["c"])
                             for x in r])
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
            t.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
                ("LINEBELOW", (0, 0), (-1, 0), 1.0, acc),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#aaaaaa")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]))
            story += [t, Spacer(1, 6)]
        else:
            raise ValueError(k)
    size = _land(A4) if landscape else A4
    w, h = size

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFillColor(acc)
        canvas.rect(0, h - 12 * mm, w, 12 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(f["bold"], 8.5)
        canvas.drawString(18 * mm, h - 7.5 * mm, band)
        canvas.setFillColor(dark)
        canvas.setFont(f["normal"], 8)
        canvas.drawString(18 * mm, 10 * mm, foot)
        canvas.drawRightString(w - 18 * mm, 10 * mm, str(doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(pdf), pagesize=size, title=title, author=author, creator=author,
        leftMargin=18 * mm, rightMargin=18 * mm, topMargin=22 * mm, bottomMargin=18 * mm,
        invariant=1,
    )
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return pdf


def _docx(blocks, pdf: Path, *, title: str, author: str, header: str, footer_left: str,
          page_word: str, of_word: str, lang: str, font: str, size: float, color: str,
          landscape: bool = False, fill: str = "D9E2F3") -> Path:
    """python-docx → LibreOffice. Blocks: ("title"|"sub"|"h1"|"h2"|"p"|"b"|"i", text),
    ("bullets", [..]) round bullets, ("letters", [..]) 'a)' list (decimal_paren restyled),
    ("num", [..]) '1.' list, ("table", head, rows, widths) header row repeated, a cell's '\n'
    a new paragraph. Header right-aligned over a rule; footer FOOTER_LEFT at the left and
    'PAGE_WORD n OF_WORD N' at the right (tab)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
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
    hp = dh.ruled_header(sec, header, size=8.5)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    width = sec.page_width - sec.left_margin - sec.right_margin
    from docx.shared import Twips

    for pos in (4680, 9360):  # the Footer style's own centre and right stops, cleared
        fp.paragraph_format.tab_stops.add_tab_stop(Twips(pos), WD_TAB_ALIGNMENT.CLEAR)
    fp.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    fp.add_run(footer_left + "\t").font.size = Pt(8)
    dh.page_of_footer(fp, page_word, of_word, "2", size=8)
    bul = dh.add_num(doc, dh.add_abstract_num(doc, "bullet"))
    dec = dh.add_abstract_num(doc, "decimal")
    par = dh.add_abstract_num(doc, "decimal_paren")
    for b in blocks:
        k = b[0]
        if k == "title":
            dh.para(doc, b[1], bold=True, size=size + 8, color=color, space_after=2)
        elif k == "sub":
            dh.para(doc, b[1], size=size - 0.5, color="444444", space_after=14)
        elif k in ("h1", "h2"):
            dh.heading(doc, b[1], int(k[1]))
        elif k == "p":
            dh.para(doc, b[1])
        elif k == "b":
            dh.para(doc, b[1], bold=True, space_after=2, keep_with_next=True)
        elif k == "i":
            dh.para(doc, b[1], italic=True, size=size - 1, color="555555")
        elif k == "bullets":
            for x in b[1]:
                dh.list_item(doc, x, bul)
        elif k in ("num", "letters"):
            n = dh.add_num(doc, dec if k == "num" else par, restart_at=1)
            for x in b[1]:
                dh.list_item(doc, x, n)
        elif k == "table":
            _, head, rows, widths = b
            t = dh.new_table(doc, widths)
            r = dh.add_row(t, head, widths, size=size - 1, bold=True, fill=fill)
            dh.set_repeat_header(r)
            for row in rows:
                rr = dh.add_row(t, list(row), widths, size=size - 1)
                dh.set_cant_split(rr)
            dh.para(doc, "", space_after=4).paragraph_format.space_before = Pt(0)
        else:
            raise ValueError(k)
    if any(b[0] == "letters" for b in blocks):
        _letters(doc)
    dh.set_core_properties(doc, title=title, author=author)
    with tempfile.TemporaryDirectory(prefix="parblind38-docx-") as tmp:
        src = Path(tmp) / (pdf.stem + ".docx")
        dh.save_deterministic(doc, src)
        out = dh.export_pdf(src, Path(tmp))
        pdf.write_bytes(out.read_bytes())
    return pdf


def _letters(doc) -> None:
    """Every 'decimal_paren' level-0 list of DOC restyled to lower letters: 'a)', 'b)'."""
    from docx.oxml.ns import qn

    numbering = doc.part.numbering_part.element
    for an in numbering.findall(qn("w:abstractNum")):
        lvl = an.find(qn("w:lvl"))
        fmt, txt = lvl.find(qn("w:numFmt")), lvl.find(qn("w:lvlText"))
        if fmt is not None and fmt.get(qn("w:val")) == "decimal" and txt.get(qn("w:val")) == "%1)":
            fmt.set(qn("w:val"), "lowerLetter")


def _html(lang: str, title: str, css: str, body: list[str], pdf: Path) -> Path:
    """HTML → Chromium print; CSS carries the page box, fonts and running furniture."""
    page = "\n".join([
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>",
        f"<title>{e(title)}</title><style>",
        "table{border-collapse:collapse;width:100%}thead{display:table-header-group}"
        "tr{break-inside:avoid}",
        css,
        "</style></head><body>", *body, "</body></html>",
    ])
    with tempfile.TemporaryDirectory(prefix="parblind38-html-") as tmp:
        src = Path(tmp) / (pdf.stem + ".html")
        src.write_text(page, encoding="utf-8")
        return bk.chromium_pdf(src, pdf)


# =========================================================================== 1 Hagavik (nb)


@pair
def hagavik_oppvekstplan(d: Path) -> dict:
    g = {
        "O1": "Alle barn og unge i Hagavik skal oppleve trygghet og tilhørighet i barnehage, "
              "skole og fritid.",
        "O2": "Barn og unge skal få et godt læringsutbytte og fullføre videregående opplæring.",
        "O3": "Barn med særskilte behov skal få tilrettelagt hjelp tidlig og nær der de er.",
        "F1": "Færre barn skal vokse opp i familier med vedvarende lavinntekt, og alle barn skal "
              "kunne delta i fritidsaktiviteter.",
        "F2": "Innbyggerne skal ha god psykisk helse og leve aktive liv.",
        "N1": "Hagavik skal ha et variert næringsliv med flere arbeidsplasser i privat sektor.",
        "N2": "Det skal bygges boliger for alle livsfaser, særlig for unge i etableringsfasen.",
    }
    chapters = [
        ("3", "Oppvekst og læring",
         "Hagavik har om lag 1 900 barn og unge under 20 år. De fleste trives, men "
         "Ungdata-undersøkelsen viser at flere enn før kjenner seg utenfor.",
         [("O1", ["Arbeide systematisk mot mobbing i barnehage og skole",
                  "Styrke samarbeidet mellom skole, SFO og frivillige lag"]),
          ("O2", ["Prioritere tidlig innsats i lesing og regning",
                  "Samarbeide med fylkeskommunen om overgangen til videregående"]),
          ("O3", ["Gi hjelp i ordinære barnehager og klasser framfor i egne grupper"])]),
        ("4", "Helse og levekår",
         "Andelen barn i familier med vedvarende lavinntekt er 11 prosent, høyere enn i "
         "fylket. Psykiske plager er den vanligste grunnen til at folk oppsøker fastlegen.",
         [("F1", ["Redusere økonomiske barrierer for deltakelse",
                  "Gi helhetlig oppfølging av familier gjennom NAV og tjenestene"]),
          ("F2", ["Legge til rette for lavterskel fysisk aktivitet i nærmiljøet",
                  "Satse på forebyggende psykisk helsearbeid"])]),
        ("5", "Næring, bolig og stedsutvikling",
         "Sysselsettingen i Hagavik er høy, men de fleste arbeidsplassene er i offentlig "
         "sektor. Det er få utleieboliger og få små leiligheter i sentrum.",
         [("N1", ["Ha god tilgang på næringsarealer", "Være en tilgjengelig vertskommune"]),
          ("N2", ["Legge ut nye boligfelt i Sandvika og i sentrum",
                  "Bruke Husbankens virkemidler aktivt"])]),
    ]
    body = ["<div class='top'>Hagavik kommune</div>",
            "<h1>Kommuneplanens samfunnsdel 2027–2039</h1>",
            "<p class='sub'>Vedtatt av kommunestyret 4. februar 2027, sak 3/27</p>",
            "<h2>1 Om samfunnsdelen</h2>",
            "<p>Samfunnsdelen viser hvordan Hagavik skal utvikle seg de neste tolv årene. For "
            "hvert tema har kommunestyret vedtatt samfunnsmål og strategier. Samfunnsmålene sier "
            "hva vi vil oppnå; strategiene sier hvordan kommunen skal jobbe for å komme dit. "
            "Målene følges opp i kommunedelplaner, temaplaner og i handlingsdelen.</p>",
            "<h2>2 Visjon</h2><p class='vis'>«Hagavik – der havet møter mulighetene»</p>"]
    for num, head, intro, rows in chapters:
        body += [f"<h2>{num} {e(head)}</h2>", f"<p>{e(intro)}</p>",
                 "<table class='ms'><thead><tr><th style='width:48%'>Samfunnsmål</th>"
                 "<th>Strategier</th></tr></thead><tbody>"]
        for k, strat in rows:
            lis = "".join(f"<li>{e(s)}</li>" for s in strat)
            body.append(f"<tr><td>{e(g[k])}</td><td><ul>{lis}</ul></td></tr>")
        body.append("</tbody></table>")
    body += ["<h2>6 Arealstrategi</h2>",
             "<p>Sentrum og Sandvika er hovedområder for vekst. Nye boliger skal i hovedsak "
             "bygges innenfor gang- og sykkelavstand til skole og butikk.</p>",
             "<h2>7 Oppfølging og rapportering</h2>",
             "<p>Kommunedirektøren rapporterer på samfunnsmålene i årsmeldingen, med indikatorer "
             "fra Ungdata, Folkehelseprofilen og SSB.</p>"]
    css = """
@page{size:A4;margin:20mm 20mm 20mm 20mm;
 @bottom-left{content:"Kommuneplanens samfunnsdel 2027–2039";font:8pt 'Liberation Sans';color:#555}
 @bottom-right{content:"Side " counter(page) " av " counter(pages);font:8pt 'Liberation Sans';color:#555}}
body{font-family:'Liberation Sans';font-size:10pt;line-height:1.4;color:#1d1d1d}
.top{font-size:9pt;font-weight:bold;color:#0b6e69;letter-spacing:.06em;text-transform:uppercase}
h1{font-size:20pt;color:#0b6e69;margin:4pt 0 2pt}
.sub{color:#555;margin:0 0 14pt}
h2{font-size:13pt;color:#0b6e69;border-bottom:1.5pt solid #0b6e69;padding-bottom:2pt;margin:14pt 0 5pt}
.vis{font-style:italic;font-size:12pt}
table.ms td,table.ms th{border:0.6pt solid #9bbfbd;padding:4pt 6pt;vertical-align:top;text-align:left}
table.ms th{background:#0b6e69;color:#fff;font-size:9.5pt}
table.ms td:first-child{font-weight:bold}
table.ms ul{margin:0;padding-left:12pt}table.ms li{margin:0 0 2pt}
"""
    _html("nb", "Kommuneplanens samfunnsdel 2027–2039 – Hagavik kommune", css, body,
          d / "parent.pdf")

    c = {
        "a1": "Alle barn og elever skal ha minst én voksen i barnehagen eller på skolen som de "
              "kjenner godt og kan gå til.",
        "a2": "Andelen elever som blir mobbet, skal ned fra 8 til under 4 prosent i "
              "Elevundersøkelsen innen 2031.",
        "a3": "Ungdomsrådet skal bli hørt i alle saker som gjelder barn og unge.",
        "b1": "Elevene skal lese og regne bedre, og resultatene på nasjonale prøver skal ligge "
              "over landssnittet innen 2030.",
        "b2": "Barn som trenger ekstra hjelp, skal få det i sin egen barnehage eller klasse, og "
              "så tidlig som mulig.",
        "c1": "Alle barn skal kunne delta i minst én fritidsaktivitet, uansett hva foreldrene "
              "tjener.",
        "c2": "Ungdom som strever med hvordan de har det, skal få snakke med helsesykepleier "
              "eller skolemiljøkontakt samme uke.",
        "c3": "Elevene skal være fysisk aktive i minst én time hver skoledag.",
    }
    m = {
        "m1": "Kontaktlærer har en samtale med hver elev om trivsel hvert halvår.",
        "m2": "Alle skoler tar i bruk samme plan mot mobbing og krenkelser.",
        "m3": "Ungdomsrådet får saker som gjelder barn og unge, til uttalelse før politisk "
              "behandling.",
        "m4": "Lesekurs for alle lærere på 1.–4. trinn.",
        "m5": "Spesialpedagogisk team arbeider ute i barnehagene og på skolene.",
        "m6": "Fritidskortet gir alle barn 6–18 år 2 000 kroner i året til kontingent og "
              "utstyr.",
        "m7": "Utstyrssentralen på biblioteket låner ut sports- og friluftsutstyr gratis.",
        "m8": "Helsesykepleier har drop-in på ungdomsskolen fire dager i uka.",
        "m9": "Fysisk aktivitet og uteskole inngår i timeplanen på alle trinn.",
    }
    child = [
        ("title", "Kommunedelplan for oppvekst 2027–2031"),
        ("sub", "Hagavik kommune · Vedtatt i kommunestyret 17. juni 2027"),
        ("h1", "1 Innledning"),
        ("p", "Oppvekstplanen gjelder barnehage, skole, SFO, helsestasjon og "
         "skolehelsetjeneste, barnevern og fritid for barn og unge. Den bygger på "
         "kommuneplanens samfunnsdel og har tre innsatsområder. Under hvert innsatsområde står "
         "målene for planperioden og tiltakene som skal gjennomføres."),
        ("p", "Boliger for unge i etableringsfasen er en del av boligpolitikken og følges ikke "
         "opp i denne planen."),
        ("h1", "2 Innsatsområde 1: Trygge og inkluderende fellesskap"),
        ("p", "Barn lærer best når de har det bra. Alle som jobber med barn, har ansvar for at "
         "ingen blir gående alene."),
        ("b", "Mål"),
        ("letters", [c["a1"], c["a2"], c["a3"]]),
        ("b", "Tiltak"),
        ("bullets", [m["m1"], m["m2"], m["m3"]]),
        ("h1", "3 Innsatsområde 2: Læring og mestring"),
        ("p", "Grunnleggende ferdigheter er nøkkelen til videre læring. Hjelpen skal komme der "
         "barnet er, ikke etter lange utredninger."),
        ("b", "Mål"),
        ("letters", [c["b1"], c["b2"]]),
        ("b", "Tiltak"),
        ("bullets", [m["m4"], m["m5"]]),
        ("h1", "4 Innsatsområde 3: Helse og deltakelse"),
        ("p", "Ingen barn skal stå utenfor fordi familien har dårlig råd. Vi vil at unge skal "
         "vite hvor de kan få hjelp, og at bevegelse blir en del av hverdagen."),
        ("b", "Mål"),
        ("letters", [c["c1"], c["c2"], c["c3"]]),
        ("b", "Tiltak"),
        ("bullets", [m["m6"], m["m7"], m["m8"], m["m9"]]),
        ("h1", "5 Økonomi og oppfølging"),
        ("p", "Tiltak med kostnader innarbeides i handlingsdelen. Kommunalsjef for oppvekst "
         "rapporterer på målene i tertialrapportene."),
    ]
    _docx(child, d / "child.pdf", title="Kommunedelplan for oppvekst 2027–2031",
          author="Hagavik kommune", header="Hagavik kommune · Kommunedelplan for oppvekst",
          footer_left="Vedtatt 17.06.2027", page_word="Side ", of_word=" av ", lang="nb-NO",
          font="DejaVu Serif", size=10, color="1F4E79")

    goals_ = [
        G("O1", g["O1"], "followed_up", [c["a1"], c["a2"], m["m1"], m["m2"]],
          ev="Alle barn og elever skal ha",
          note="the goals are the left cells of the 'Samfunnsmål | Strategier' tables (ids "
          "O1 … N2 = chapter initial + order, not printed); the strategy bullets in the right "
          "cells, the vision, the chapter texts, the arealstrategi and 'Oppfølging' are no "
          "goals. Follow-up in other words: a known adult for every child, less bullying"),
        G("O2", g["O2"], "partial", [c["b1"], m["m4"]], ev="Elevene skal lese og regne",
          missing=["fullføre videregående opplæring"],
          note="reading and arithmetic only; nothing on completing upper secondary"),
        G("O3", g["O3"], "followed_up", [c["b2"], m["m5"]], ev="Barn som trenger ekstra hjelp",
          note="other words: 'ekstra hjelp i sin egen barnehage eller klasse, så tidlig som "
          "mulig' = tilrettelagt hjelp tidlig og nær"),
        G("F1", g["F1"], "partial", [c["c1"], m["m6"], m["m7"]], ev="Alle barn skal kunne delta",
          missing=["færre barn i familier med vedvarende lavinntekt"],
          note="leisure participation (fritidskort, utstyrssentral); nothing lowers family "
          "poverty itself"),
        G("F2", g["F2"], "followed_up", [c["c2"], c["c3"], m["m8"], m["m9"]],
          ev="Ungdom som strever med hvordan",
          note="the oppvekst plan's share (children and young people): low-threshold talks "
          "and an hour of activity a day; 'psykisk helse' never written"),
        G("N1", g["N1"], "not_followed_up", note="silent"),
        G("N2", g["N2"], "not_followed_up",
          note="named in passing: the introduction leaves housing for the young to the "
          "boligpolitikk"),
    ]
    kids = [
        C(c["a1"], ["O1"], note="the child goals are the lettered items a), b) … under each "
          "bold 'Mål'; the bullets under 'Tiltak' are measures (in served_by beside the goals "
          "they serve)"),
        C(c["a2"], ["O1"]),
        C(c["a3"], [], note="youth council heard: the samfunnsdel has no goal on participation "
          "— stands alone"),
        C(c["b1"], ["O2"]),
        C(c["b2"], ["O3"]),
        C(c["c1"], ["F1"]),
        C(c["c2"], ["F2"]),
        C(c["c3"], ["F2"]),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, Liberation Sans 10; kommuneplanens samfunnsdel): "
        "chapters 3–5 each a paragraph and a two-column table 'Samfunnsmål | Strategier' (goal "
        "in bold in the left cell, strategies as bullets in the right); footer 'Side n av N'; "
        "child PDF (python-docx → LibreOffice, DejaVu Serif 10; kommunedelplan for oppvekst): "
        "'Innsatsområde n' headings, a bold 'Mål' over a lettered list a), b) and a bold "
        "'Tiltak' over bullets; header right over a rule, footer 'Side n av N' right",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Sunnmyr (nn)


@pair
def sunnmyr_naeringsplan(d: Path) -> dict:
    g = {
        "R1": "Talet på arbeidsplassar i privat sektor i Vestfjell skal auke meir enn "
              "landssnittet.",
        "R2": "Fleire nyetablerte verksemder skal overleve dei fem første åra.",
        "R3": "Verksemdene i regionen skal ta i bruk fornybar energi og redusere utsleppa sine.",
        "R4": "Arbeidslivet skal ha tilgang på kompetansen det treng, og fleire skal fullføre "
              "fagutdanning.",
        "R5": "Reiselivet i Vestfjell skal vere heilårleg og berekraftig.",
        "R6": "Alle husstandar og verksemder skal ha tilgang til raskt breiband.",
    }
    parent = [
        ("title", "Regional plan for innovasjon og næringsutvikling 2026–2036"),
        ("sub", "Vestfjell fylkeskommune · Vedteken av fylkestinget 10. desember 2025"),
        ("h1", "1 Innleiing"),
        ("p", "Den regionale planen peikar ut retninga for næringsutviklinga i Vestfjell. Han "
         "gjeld for fylkeskommunen og er retningsgjevande for kommunane, som følgjer han opp i "
         "eigne planar. Handlingsprogrammet til planen blir rullert kvart år."),
        ("h1", "2 Utfordringar"),
        ("p", "Vestfjell har hatt svakare vekst i sysselsettinga enn landet elles. Mange "
         "verksemder slit med å rekruttere fagfolk, og berre tre av fem nyetablerte "
         "verksemder er i drift etter fem år."),
        ("h1", "3 Regionale mål"),
        ("p", "Fylkestinget har vedteke seks regionale mål for planperioden. Måla er ordna etter "
         "dei tre innsatsområda i planen."),
        ("h2", "Innsatsområde: Verdiskaping og nyskaping"),
        ("codes", [("R1", g["R1"]), ("R2", g["R2"])]),
        ("small", "Prioriteringar: etablerarstøtte, inkubatorar og eit tett samarbeid mellom "
         "næringsapparatet i kommunane."),
        ("h2", "Innsatsområde: Grøn omstilling"),
        ("codes", [("R3", g["R3"]), ("R5", g["R5"])]),
        ("small", "Prioriteringar: landstraum og ladeinfrastruktur, sirkulære verdikjeder, "
         "heilårlege reiselivsprodukt."),
        ("h2", "Innsatsområde: Kompetanse og infrastruktur"),
        ("codes", [("R4", g["R4"]), ("R6", g["R6"])]),
        ("small", "Prioriteringar: fagskuletilbod i distrikta, bransjeprogram, utbygging av "
         "breiband der marknaden ikkje byggjer ut."),
        ("h1", "4 Oppfølging"),
        ("p", "Fylkeskommunen rapporterer på måla i årsrapporten. Kommunane blir bedne om å vise "
         "korleis dei følgjer opp måla i eigne næringsplanar."),
    ]
    _rl(d / "parent.pdf", parent, family="DejaVuSerif", base=9.5, accent="#7a4b0f",
        title="Regional plan for innovasjon og næringsutvikling 2026–2036",
        author="Vestfjell fylkeskommune", band="VESTFJELL FYLKESKOMMUNE",
        foot="Regional plan for innovasjon og næringsutvikling")

    c = {
        "e1": "Minst 15 nye verksemder skal etablerast i Sunnmyr kvart år, og fleire av dei skal "
              "framleis vere i drift etter tre år.",
        "e2": "Næringslivet i Sunnmyr skal ha 120 fleire tilsette i 2030 enn i 2026.",
        "e3": "Kommunen skal svare på alle søknader frå næringslivet innan tre veker.",
        "e4": "Bedriftene på Nesset skal kutte bruken av diesel og fyringsolje.",
        "e5": "Sunnmyr skal ha fleire gjestedøgn utanom sommarsesongen.",
        "e6": "Fleire ungdommar skal få læreplass i lokale bedrifter.",
    }
    t = {
        "t1": "Gratis etablerarkurs og rettleiing i Næringshuset",
        "t2": "Oppfølgingsmøte med alle nye verksemder etter første driftsår",
        "t3": "Ferdig regulert næringsareal på Moane (40 daa)",
        "t4": "Éin kontaktperson i kommunen for kvar næringssak",
        "t5": "Landstraum til fiskebåtkaia og fôrflåten på Nesset",
        "t6": "Energirådgjeving for små og mellomstore bedrifter",
        "t7": "Vinterpakkar for reiselivet saman med Visit Vestfjell",
        "t8": "Lærlingtilskot på 20 000 kr for bedrifter som tek inn ein ekstra lærling",
    }
    sections = [
        ("A", "Gründerar og nye verksemder",
         "Sunnmyr har mange små verksemder. Vi vil at fleire skal starte for seg sjølv, og at "
         "dei som startar, skal klare seg.",
         ["e1", "e2"], [("t1", "Næringssjef", "Frå 2027"), ("t2", "Næringshuset", "Årleg"),
                        ("t3", "Plan og areal", "2028")]),
        ("B", "Ein kommune som er lett å ha med å gjere",
         "Næringslivet ventar raske og føreseielege svar frå kommunen.",
         ["e3"], [("t4", "Kommunedirektøren", "2027")]),
        ("C", "Grøn omstilling og reiseliv",
         "Havbruket og fiskeflåten står for dei største utsleppa i kommunen. Reiselivet har "
         "nesten all omsetnad i juni, juli og august.",
         ["e4", "e5"], [("t5", "Sunnmyr hamn KF", "2028"), ("t6", "Næringssjef", "2027–2028"),
                        ("t7", "Næringshuset", "Frå vinteren 2027")]),
        ("D", "Fagfolk",
         "Det er vanskeleg å få tak i fagarbeidarar. Mange ungdommar flyttar ut for å ta "
         "fagutdanning og kjem ikkje att.",
         ["e6"], [("t8", "Næringssjef / Sunnmyr ungdomsskule", "Frå hausten 2027")]),
    ]
    body = ["<header class='mast'><span>SUNNMYR KOMMUNE</span><span>Næringsplan 2027–2030"
            "</span></header>",
            "<h1>Næringsplan for Sunnmyr kommune 2027–2030</h1>",
            "<p class='sub'>Vedteken i kommunestyret 23. september 2027, sak 44/27</p>",
            "<h2>Bakgrunn</h2>",
            "<p>Næringsplanen er kommunen si oppfølging av den regionale planen for innovasjon og "
            "næringsutvikling. Planen har fire innsatsområde. For kvart av dei står det kva "
            "effekt vi vil oppnå (effektmål), og kva kommunen skal gjere (tiltak). Utbygging av "
            "breiband er omtalt i kommunen sin digitaliseringsstrategi og er ikkje med her.</p>"]
    for code, head, intro, goals, rows in sections:
        body += [f"<h2>Innsatsområde {code}: {e(head)}</h2>", f"<p>{e(intro)}</p>",
                 "<p class='lab'>Effektmål</p><ul>"]
        body += [f"<li>{e(c[k])}</li>" for k in goals]
        body += ["</ul><table class='tt'><thead><tr><th class='n'>Nr.</th><th>Tiltak</th>"
                 "<th class='a'>Ansvar</th><th class='w'>Når</th></tr></thead><tbody>"]
        for i, (k, who, when) in enumerate(rows, start=1):
            body.append(f"<tr><td>{code}{i}</td><td>{e(t[k])}</td><td>{e(who)}</td>"
                        f"<td>{e(when)}</td></tr>")
        body.append("</tbody></table>")
    body += ["<h2>Økonomi og rapportering</h2>",
             "<p>Tiltaka blir finansierte over næringsfondet og handlingsprogrammet. "
             "Næringssjefen rapporterer til formannskapet kvar haust.</p>"]
    css = """
@page{size:A4;margin:18mm 22mm 20mm 22mm;
 @bottom-center{content:counter(page);font:8.5pt 'Liberation Serif';color:#444}}
body{font-family:'Liberation Serif';font-size:11pt;line-height:1.35;color:#111}
.mast{display:flex;justify-content:space-between;font:bold 8pt 'Liberation Sans';color:#2d5d2a;
 border-bottom:2pt solid #2d5d2a;padding-bottom:2pt;margin-bottom:10pt}
h1{font:bold 19pt 'Liberation Sans';color:#2d5d2a;margin:6pt 0 2pt}
.sub{font-style:italic;color:#444;margin:0 0 12pt}
h2{font:bold 12.5pt 'Liberation Sans';color:#2d5d2a;margin:13pt 0 4pt}
.lab{font:bold 10pt 'Liberation Sans';margin:6pt 0 2pt;text-transform:uppercase;
 letter-spacing:.05em;color:#555}
ul{margin:0 0 7pt;padding-left:16pt}li{margin:0 0 2pt}
table.tt{font-size:10pt;margin-bottom:6pt}
table.tt th{font:bold 9pt 'Liberation Sans';text-align:left;border-bottom:1pt solid #2d5d2a;
 padding:3pt 5pt}
table.tt td{border-bottom:0.5pt solid #bbb;padding:3pt 5pt;vertical-align:top}
th.n{width:9%}th.a{width:27%}th.w{width:17%}
"""
    _html("nn", "Næringsplan for Sunnmyr kommune 2027–2030", css, body, d / "child.pdf")

    goals_ = [
        G("R1", g["R1"], "followed_up", [c["e2"], t["t3"]], ev="Næringslivet i Sunnmyr skal ha",
          note="the goals are the coded lines R1–R6 under 'Regionale mål' (id = the printed "
          "code; the gold text without it); the small grey 'Prioriteringar' lines, the "
          "introduction, 'Utfordringar' and 'Oppfølging' are no goals. Other words: "
          "'næringslivet … 120 fleire tilsette' = jobs in the private sector, the municipal "
          "share of the county's figure"),
        G("R2", g["R2"], "followed_up", [c["e1"], t["t1"], t["t2"]], ev="Minst 15 nye verksemder",
          note="'framleis i drift etter tre år' plus follow-up of new firms = survival"),
        G("R3", g["R3"], "followed_up", [c["e4"], t["t5"], t["t6"]],
          ev="Bedriftene på Nesset skal kutte",
          note="other words: less diesel and heating oil, shore power and energy advice — "
          "'fornybar' and 'utslepp' are never written"),
        G("R4", g["R4"], "partial", [c["e6"], t["t8"]], ev="Fleire ungdommar skal få læreplass",
          missing=["tilgang på kompetansen arbeidslivet treng (rekruttering, etter- og "
                   "vidareutdanning)"],
          note="apprenticeships only"),
        G("R5", g["R5"], "partial", [c["e5"], t["t7"]], ev="Sunnmyr skal ha fleire gjestedøgn",
          missing=["berekraftig reiseliv"],
          note="more guest nights outside summer (heilårleg); nothing on sustainability"),
        G("R6", g["R6"], "not_followed_up",
          note="named in passing: broadband is left to the digitaliseringsstrategi"),
    ]
    kids = [
        C(c["e1"], ["R2"], note="the child goals are the bullets under 'Effektmål'; the rows of "
          "the 'Nr. | Tiltak | Ansvar | Når' tables are measures (in served_by beside the "
          "goals they serve)"),
        C(c["e2"], ["R1"]),
        C(c["e3"], [], note="the municipality's own case handling: no regional goal — stands "
          "alone"),
        C(c["e4"], ["R3"]),
        C(c["e5"], ["R5"]),
        C(c["e6"], ["R4"]),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, DejaVu Serif 9.5; regional plan): 'Regionale mål' "
        "per innsatsområde as a borderless code list R1–R6 (code in bold colour, text beside), "
        "a small 'Prioriteringar' line under each; a brown band across the top, footer left "
        "and page number right; child PDF (Chromium, Liberation Serif 11 with Liberation Sans "
        "headings; kommunal næringsplan): per 'Innsatsområde A–D' a small-capital "
        "'EFFEKTMÅL' label over bullets and a table 'Nr. | Tiltak | Ansvar | Når' (A1 …); "
        "page number centred",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Rödsjö (sv)


@pair
def rodsjo_folkhalsa(d: Path) -> dict:
    g = {
        "1": "Alla barn i Rödsjö ska ha goda uppväxtvillkor, oavsett föräldrarnas bakgrund och "
             "ekonomi.",
        "2": "Fler elever ska gå ut grundskolan med behörighet till gymnasieskolan.",
        "3": "Andelen invånare som försörjer sig på eget arbete ska öka.",
        "4": "Invånarna ska ha tillgång till trygga och tillgängliga utemiljöer och "
             "mötesplatser.",
        "5": "Fler invånare ska röra sig regelbundet, och färre ska använda tobak, alkohol och "
             "narkotika.",
        "6": "Alla invånare ska ha möjlighet att delta i förenings- och kulturliv och att "
             "påverka sin vardag.",
    }
    areas = [
        ("1", "Det tidiga livets villkor",
         "Grunden för en god hälsa läggs tidigt. I Rödsjö lever vart nionde barn i en familj "
         "med låg inkomst.", "Andel barn i ekonomiskt utsatta hushåll (SCB)"),
        ("2", "Kunskaper, kompetenser och utbildning",
         "Utbildning är en av de starkaste faktorerna bakom en god hälsa senare i livet.",
         "Andel elever i årskurs 9 som är behöriga till yrkesprogram"),
        ("3", "Arbete, arbetsförhållanden och arbetsmiljö",
         "Ett arbete ger inkomst, gemenskap och en känsla av sammanhang.",
         "Förvärvsfrekvens 20–64 år"),
        ("4", "Boende och närmiljö",
         "Trygga och trivsamma närmiljöer gör att fler rör sig ute och träffar andra.",
         "Andel som känner sig trygga utomhus på kvällen (medborgarundersökningen)"),
        ("5", "Levnadsvanor",
         "Fysisk aktivitet, matvanor och bruk av tobak och alkohol påverkar hälsan under hela "
         "livet.", "Andel unga som rör sig minst 60 minuter per dag (Liv och hälsa ung)"),
        ("6", "Kontroll, inflytande och delaktighet",
         "Den som kan påverka sin egen situation mår bättre.",
         "Andel som är med i en förening"),
    ]
    parent = [
        ("title", "Folkhälsoprogram för Rödsjö kommun 2026–2030"),
        ("sub", "Antaget av kommunfullmäktige 2025-11-24, § 118"),
        ("h1", "Inledning"),
        ("p", "Folkhälsoprogrammet visar vad kommunen ska arbeta för för att skapa "
         "förutsättningar för en god och jämlik hälsa. Programmet följer de åtta "
         "målområdena i den nationella folkhälsopolitiken, varav sex är prioriterade i Rödsjö. "
         "Varje nämnd tar fram en handlingsplan som visar hur den bidrar till målen."),
    ]
    for num, head, text, ind in areas:
        parent += [("h2", f"Målområde {num} – {head}"), ("p", text),
                   ("p", f"**Mål:** {g[num]}"), ("i", f"Vi följer upp med: {ind}")]
    parent += [
        ("h1", "Uppföljning"),
        ("p", "Folkhälsorådet sammanställer nämndernas uppföljning i en folkhälsorapport vartannat "
         "år."),
    ]
    _docx(parent, d / "parent.pdf", title="Folkhälsoprogram för Rödsjö kommun 2026–2030",
          author="Rödsjö kommun", header="Rödsjö kommun – Folkhälsoprogram 2026–2030",
          footer_left="Dnr KS 2025/311", page_word="Sida ", of_word=" av ", lang="sv-SE",
          font="Liberation Sans", size=10, color="6A1B6E", fill="EADCEB")

    c = {
        "k1": "Barn och unga i familjer med små marginaler ska kunna delta i fritidsaktiviteter "
              "och lovaktiviteter utan kostnad.",
        "k2": "Fler barn och unga ska röra sig minst en timme om dagen, även på loven.",
        "k3": "Lekplatser och spontanidrottsplatser ska vara trygga, upplysta och tillgängliga "
              "för personer med funktionsnedsättning.",
        "k4": "Fritidsgården i Bruket ska hålla öppet fem kvällar i veckan.",
        "k5": "Fler föreningar ska ta emot nya medlemmar, och unga ska vara med och bestämma "
              "över verksamheten.",
        "k6": "Besökarna ska vara nöjda med öppettiderna på bibliotek och simhall.",
    }
    a = {
        "a1": "Fritidsbank med gratis lån av sport- och friluftsutrustning",
        "a2": "Avgiftsfria sommarlovsaktiviteter i alla kommundelar",
        "a3": "Bokstart: biblioteket besöker alla familjer med ettåringar",
        "a4": "Prova-på-dagar med föreningarna på höst- och sportlov",
        "a5": "Belysning och tillgänglighetsanpassning av tre spontanidrottsplatser",
        "a6": "Trygghetsvandringar med boende och polis",
        "a7": "Utökade öppettider på fritidsgården med ytterligare en fritidsledare",
        "a8": "Nytt föreningsbidrag för föreningar som tar emot nyanlända",
        "a9": "Ungdomsråd med egen budget på 50 000 kr",
        "a10": "Avgiftsfri kulturskola från och med 2027",
        "a11": "Söndagsöppet bibliotek och kvällsbad två dagar i veckan",
    }
    mo = {"1": "1 Det tidiga livets villkor", "4": "4 Boende och närmiljö",
          "5": "5 Levnadsvanor", "6": "6 Kontroll, inflytande och delaktighet",
          "-": "Övrigt"}
    rows = [
        (mo["1"], c["k1"], f"{a['a1']}\n{a['a2']}\n{a['a3']}", "Fritidschef / bibliotekschef",
         "2027"),
        (mo["5"], c["k2"], a["a4"], "Fritidschef", "Höstlov 2027"),
        (mo["4"], c["k3"], f"{a['a5']}\n{a['a6']}", "Gatu- och parkchef", "2027"),
        (mo["4"], c["k4"], a["a7"], "Fritidschef", "Augusti 2027"),
        (mo["6"], c["k5"], f"{a['a8']}\n{a['a9']}\n{a['a10']}", "Kultur- och fritidschef",
         "2027"),
        (mo["-"], c["k6"], a["a11"], "Bibliotekschef / badchef", "Januari 2027"),
    ]
    child = [
        ("title", "Handlingsplan för folkhälsa 2027"),
        ("sub", "Kultur- och fritidsnämnden, Rödsjö kommun · Beslutad 2026-12-08, § 96"),
        ("p", "Handlingsplanen visar hur kultur- och fritidsnämnden bidrar till "
         "folkhälsoprogrammet 2026–2030. Nämnden arbetar med fyra av programmets sex "
         "målområden. Målområde 2 följs upp av barn- och utbildningsnämnden. Tabellen anger för "
         "varje nämndmål vilket målområde det hör till, vilka aktiviteter som ska genomföras och "
         "vem som ansvarar."),
        ("table", ["Målområde", "Nämndens mål", "Aktiviteter", "Ansvarig", "Klart"], rows,
         [46, 78, 86, 30, 21]),
        ("h2", "Uppföljning"),
        ("p", "Aktiviteterna följs upp i delårsrapporten i augusti och i verksamhetsberättelsen. "
         "Nämndens mål följs upp med enkäten Liv och hälsa ung och med besöksstatistik."),
    ]
    _rl(d / "child.pdf", child, family="LiberationSansNarrow", base=10, accent="#1b5e7a",
        landscape=True, title="Handlingsplan för folkhälsa 2027 – Kultur- och fritidsnämnden",
        author="Rödsjö kommun", band="RÖDSJÖ KOMMUN · KULTUR- OCH FRITIDSNÄMNDEN",
        foot="Handlingsplan för folkhälsa 2027")

    goals_ = [
        G("1", g["1"], "followed_up", [c["k1"], a["a1"], a["a2"], a["a3"]],
          ev="Barn och unga i familjer med",
          note="the goals are the bold-led 'Mål:' paragraphs, one per 'Målområde n – …' (id = "
          "the målområde number, the gold text without 'Mål:'); the area texts, the italic "
          "'Vi följer upp med:' indicators, 'Inledning' and 'Uppföljning' are no goals. The "
          "nämnd's whole share: free leisure for children in families with small margins, "
          "reading for all one-year-olds"),
        G("2", g["2"], "not_followed_up",
          note="named in passing: left to barn- och utbildningsnämnden"),
        G("3", g["3"], "not_followed_up", note="silent"),
        G("4", g["4"], "followed_up", [c["k3"], c["k4"], a["a5"], a["a6"], a["a7"]],
          ev="Lekplatser och spontanidrottsplatser",
          note="outdoor places (safe, lit, accessible) and a meeting place (the youth club)"),
        G("5", g["5"], "partial", [c["k2"], a["a4"]], ev="Fler barn och unga ska röra",
          missing=["färre ska använda tobak, alkohol och narkotika"],
          note="physical activity for children and young people only"),
        G("6", g["6"], "followed_up", [c["k5"], a["a8"], a["a9"], a["a10"]],
          ev="Fler föreningar ska ta emot",
          note="other words: associations take in new members, the young decide, a free "
          "culture school and a youth council with a budget = delta och påverka"),
    ]
    kids = [
        C(c["k1"], ["1"], note="the child goals are the 'Nämndens mål' cells; each line of an "
          "'Aktiviteter' cell is a measure (in served_by beside the goals it serves); the "
          "'Målområde' cell is a citation, 'Ansvarig' and 'Klart' are no goals"),
        C(c["k2"], ["5"]),
        C(c["k3"], ["4"]),
        C(c["k4"], ["4"]),
        C(c["k5"], ["6"]),
        C(c["k6"], [], note="visitor satisfaction with opening hours, under 'Övrigt': no "
          "programme goal — stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Sans 10; kommunens "
        "folkhälsoprogram): 'Målområde 1–6' as Heading 2, each a paragraph, a paragraph led by "
        "a bold 'Mål:' and an italic indicator line; header right over a rule, footer 'Dnr …' "
        "left and 'Sida n av N' right; child PDF (reportlab, Liberation Sans Narrow 10, A4 "
        "landscape; nämndens handlingsplan): one table 'Målområde | Nämndens mål | Aktiviteter "
        "| Ansvarig | Klart', activities one per line in the cell; a blue band across the top, "
        "page number right",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Egholm (da)


@pair
def egholm_handleplan(d: Path) -> dict:
    g = {
        "T1": "alle børn og unge er en del af et fællesskab og har mindst én god ven",
        "T2": "ingen børn og unge bliver mobbet, hverken i skolen eller på nettet",
        "L1": "flere unge gennemfører en ungdomsuddannelse",
        "L2": "børn i dagtilbud får et godt sprog, inden de begynder i skole",
        "S1": "færre unge ryger og drikker alkohol",
        "S2": "børn og unge, der mistrives, får hjælp tidligt og tæt på, hvor de er",
        "I1": "børn og unge bliver hørt i de beslutninger, der handler om dem",
    }
    themes = [
        ("Trivsel og fællesskaber",
         "At høre til er en forudsætning for at trives og lære. Trivselsmålingen viser, at de "
         "fleste børn i Egholm trives, men at hver tiende føler sig ensom.", ["T1", "T2"]),
        ("Læring og udvikling",
         "Børn skal have de bedste muligheder for at lære fra de er små, og alle unge skal have "
         "en uddannelse, der giver dem et godt voksenliv.", ["L1", "L2"]),
        ("Sundhed og mental trivsel",
         "Gode vaner grundlægges tidligt. Flere unge end før fortæller, at de føler sig pressede "
         "og stressede.", ["S1", "S2"]),
        ("Medbestemmelse",
         "Børn og unge ved mest om deres eget liv. Deres stemme skal tælle, når vi træffer "
         "beslutninger.", ["I1"]),
    ]
    parent = [
        ("title", "Børne- og ungepolitik 2026–2030"),
        ("sub", "Egholm Kommune · Vedtaget af byrådet den 27. august 2025"),
        ("h1", "Forord"),
        ("p", "Børne- og ungepolitikken beskriver, hvad vi i Egholm Kommune vil arbejde for, så "
         "alle børn og unge får et godt børne- og ungeliv. Politikken gælder for alle kommunens "
         "områder, der arbejder med børn og unge, og den bliver fulgt op af en handleplan hvert "
         "år."),
        ("p", "Vores vision: Alle børn i Egholm skal have et godt liv – i dag og i morgen."),
    ]
    for i, (head, text, ks) in enumerate(themes, start=1):
        parent += [("h1", f"{i}. {head}"), ("p", text), ("lead", "Vi vil arbejde for, at"),
                   ("bullets", [g[k] for k in ks])]
    parent += [
        ("h1", "Sådan følger vi op"),
        ("p", "Børne- og Ungeudvalget får hvert år en status på handleplanen. Politikken "
         "evalueres i 2030."),
    ]
    _rl(d / "parent.pdf", parent, family="LiberationSans", base=10.5, accent="#b0413e",
        title="Børne- og ungepolitik 2026–2030 – Egholm Kommune", author="Egholm Kommune",
        band="EGHOLM KOMMUNE", foot="Børne- og ungepolitik 2026–2030", bullet="–")

    c = {
        "h1": "Flere børn i 4.–6. klasse skal svare, at de har en god ven i klassen – fra 88 "
              "til 92 procent i trivselsmålingen.",
        "h2": "Alle skoler skal have en opdateret antimobbestrategi, der også handler om "
              "digital mobning.",
        "h3": "Alle 3-årige bliver sprogvurderet, og børn med behov får sprogstøtte i deres "
              "egen børnehave.",
        "h4": "Færre elever i 8. og 9. klasse skal have prøvet at ryge eller bruge snus.",
        "h5": "Børn og unge, der ikke trives, skal kunne tale med en psykolog eller "
              "socialrådgiver uden ventetid.",
        "h6": "Daginstitutionerne skal servere mindst 60 procent økologisk mad.",
    }
    a = {
        "d1": "Legepatruljer i frikvartererne på alle skoler.",
        "d2": "Fritidspas til børn, der ikke går til en fritidsaktivitet.",
        "d3": "Skolerne reviderer antimobbestrategien sammen med elevrådene.",
        "d4": "Kursus i digital dannelse for alle 5. klasser og deres forældre.",
        "d5": "Sundhedsplejen og dagtilbuddene sprogvurderer alle 3-årige.",
        "d6": "Tale-høre-konsulenterne vejleder personalet i børnehaverne om sprogstøtte.",
        "d7": "Røgfri skoletid på alle skoler fra august 2026.",
        "d8": "Den Åbne Rådgivning holder åbent på skolerne én dag om ugen.",
        "d9": "Madordningerne lægges om til flere økologiske råvarer.",
    }
    child = [
        ("title", "Handleplan 2026"),
        ("sub", "Børne- og ungepolitikken · Egholm Kommune · Godkendt i Børne- og "
         "Ungeudvalget 9. december 2025"),
        ("p", "Handleplanen viser, hvad vi gør i 2026 for at nå målene i børne- og "
         "ungepolitikken. For hvert tema står målet for året og de handlinger, der skal "
         "sættes i gang."),
        ("p", "Politikkens mål om, at flere unge gennemfører en ungdomsuddannelse, indgår i "
         "kommunens uddannelsesstrategi og er ikke med i denne handleplan."),
        ("h1", "Trivsel og fællesskaber"),
        ("b", "Mål for 2026"),
        ("p", c["h1"]), ("p", c["h2"]),
        ("b", "Det gør vi"),
        ("num", [a["d1"], a["d2"], a["d3"], a["d4"]]),
        ("i", "Ansvarlig: Skoleafdelingen og Kultur og Fritid"),
        ("h1", "Læring og udvikling"),
        ("b", "Mål for 2026"),
        ("p", c["h3"]),
        ("b", "Det gør vi"),
        ("num", [a["d5"], a["d6"]]),
        ("i", "Ansvarlig: Dagtilbudsafdelingen"),
        ("h1", "Sundhed og mental trivsel"),
        ("b", "Mål for 2026"),
        ("p", c["h4"]), ("p", c["h5"]),
        ("b", "Det gør vi"),
        ("num", [a["d7"], a["d8"]]),
        ("i", "Ansvarlig: Sundhed og Forebyggelse"),
        ("h1", "Mad og måltider"),
        ("b", "Mål for 2026"),
        ("p", c["h6"]),
        ("b", "Det gør vi"),
        ("num", [a["d9"]]),
        ("i", "Ansvarlig: Dagtilbudsafdelingen"),
        ("h1", "Økonomi og status"),
        ("p", "Handlingerne finansieres inden for udvalgets budget. Handleplanen er drøftet "
         "med Børne- og Ungebyrådet i januar 2026. Status gives i Børne- og Ungeudvalget i "
         "december 2026."),
    ]
    _docx(child, d / "child.pdf", title="Handleplan 2026 – Børne- og ungepolitikken",
          author="Egholm Kommune", header="Egholm Kommune | Handleplan 2026",
          footer_left="Børne- og ungepolitikken", page_word="Side ", of_word=" af ",
          lang="da-DK", font="Liberation Sans Narrow", size=11, color="2E6B3A")

    goals_ = [
        G("T1", g["T1"], "followed_up", [c["h1"], a["d1"], a["d2"]], ev="Flere børn i 4.–6. klasse",
          note="the goals are the dash bullets completing 'Vi vil arbejde for, at' under each "
          "theme (ids T1 … I1 = theme initial + order, not printed; the gold text as printed, "
          "lower case, no full stop); the vision, the foreword, the theme texts and 'Sådan "
          "følger vi op' are no goals. A good friend in class; play patrols and a leisure pass "
          "for the fællesskab"),
        G("T2", g["T2"], "followed_up", [c["h2"], a["d3"], a["d4"]],
          ev="Alle skoler skal have en",
          note="an anti-bullying strategy that covers digital bullying (= 'på nettet')"),
        G("L1", g["L1"], "not_followed_up",
          note="named in passing: left to the uddannelsesstrategi"),
        G("L2", g["L2"], "followed_up", [c["h3"], a["d5"], a["d6"]],
          ev="Alle 3-årige bliver sprogvurderet",
          note="language assessment and support in the kindergarten"),
        G("S1", g["S1"], "partial", [c["h4"], a["d7"]], ev="Færre elever i 8. og 9.",
          missing=["færre unge drikker alkohol"], note="smoking and snus only"),
        G("S2", g["S2"], "followed_up", [c["h5"], a["d8"]], ev="Børn og unge, der ikke trives",
          note="other words: 'uden ventetid' (tidligt), counselling open at the schools (tæt "
          "på, hvor de er)"),
        G("I1", g["I1"], "not_followed_up",
          note="trap: named in passing — the plan was 'drøftet med Børne- og Ungebyrådet'; "
          "nothing makes children heard in decisions"),
    ]
    kids = [
        C(c["h1"], ["T1"], note="the child goals are the paragraphs under each bold 'Mål for "
          "2026'; the numbered items under 'Det gør vi' are measures (in served_by beside the "
          "goals they serve); 'Ansvarlig:' lines are no goals"),
        C(c["h2"], ["T2"]),
        C(c["h3"], ["L2"]),
        C(c["h4"], ["S1"]),
        C(c["h5"], ["S2"]),
        C(c["h6"], [], note="organic food in the institutions: no goal of the policy — stands "
          "alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, Liberation Sans 10.5; børne- og ungepolitik): themes "
        "'1. …'–'4. …', each a paragraph, an italic 'Vi vil arbejde for, at' and dash bullets "
        "completing it; a red band across the top, footer left, page number right; child PDF "
        "(python-docx → LibreOffice, Liberation Sans Narrow 11; handleplan): per theme a bold "
        "'Mål for 2026' over plain goal paragraphs, a bold 'Det gør vi' over a numbered list "
        "and an italic 'Ansvarlig:' line; header right over a rule, footer 'Side n af N' right",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Ambledown (en)


@pair
def ambledown_climate_action_plan(d: Path) -> dict:
    g = {
        "G1": "The council's own operations will be net zero carbon by 2030.",
        "G2": "More residents will walk, cycle and use public transport for everyday journeys.",
        "G3": "Less household waste will be produced, and more of it will be recycled.",
        "P1": "Our town centres will be vibrant places with fewer empty shops.",
        "P2": "Residents will have access to good quality, affordable homes that are warm and "
              "cheap to run.",
        "H1": "Residents will live longer, healthier lives, and the gap in life expectancy "
              "between wards will narrow.",
        "H2": "The borough will be better prepared for flooding and extreme heat.",
    }
    pri = [
        ("1", "A greener Ambledown",
         "We declared a climate emergency in 2021. We will lead by example and help residents "
         "and businesses to make low-carbon choices.", ["G1", "G2", "G3"]),
        ("2", "A thriving local economy",
         "Ambledown’s market towns have lost shops and footfall since 2019, and house prices "
         "are eleven times average earnings.", ["P1", "P2"]),
        ("3", "Healthy and resilient communities",
         "Life expectancy in Northgate ward is seven years lower than in Hillcrest. Flooding in "
         "2024 affected more than 300 homes.", ["H1", "H2"]),
    ]
    body = ["<div class='brand'>Ambledown Borough Council</div>",
            "<h1>Corporate Plan 2026–2030</h1>",
            "<p class='sub'>Agreed by Full Council, 26 February 2026</p>",
            "<h2>Foreword</h2>",
            "<p>This plan sets out what the council wants to achieve over the next four years "
            "and how we will use our resources. Every service plan and strategy the council "
            "adopts should show how it contributes to these priorities.</p>",
            "<h2>Our values</h2>",
            "<p>Listening to residents · Spending public money wisely · Working in partnership"
            "</p>",
            "<h2>Our priorities</h2>"]
    for n, head, text, ks in pri:
        body += [f"<div class='pri'><h3><span>Priority {n}</span> {e(head)}</h3>",
                 f"<p>{e(text)}</p><p class='lab'>Outcomes we want to see</p><ul>"]
        body += [f"<li>{e(g[k])}</li>" for k in ks]
        body.append("</ul></div>")
    body += ["<h2>How we will measure progress</h2>",
             "<p>Cabinet receives a quarterly performance report with a small set of "
             "indicators for each priority, published on the council’s website.</p>"]
    css = """
@page{size:A4;margin:22mm 20mm 22mm 20mm;
 @top-right{content:"Corporate Plan 2026–2030";font:8pt 'DejaVu Sans';color:#666}
 @bottom-left{content:"Ambledown Borough Council";font:8pt 'DejaVu Sans';color:#666}
 @bottom-right{content:"Page " counter(page);font:8pt 'DejaVu Sans';color:#666}}
body{font-family:'DejaVu Sans';font-size:9.5pt;line-height:1.45;color:#222}
.brand{font-size:10pt;color:#5b2a86;font-weight:bold}
h1{font-size:22pt;color:#5b2a86;margin:2pt 0}
.sub{color:#666;margin:0 0 14pt}
h2{font-size:13pt;color:#5b2a86;margin:14pt 0 5pt}
.pri{border-left:4pt solid #5b2a86;padding:2pt 0 2pt 10pt;margin:0 0 10pt;break-inside:avoid}
.pri h3{font-size:11.5pt;margin:0 0 3pt}.pri h3 span{color:#5b2a86}
.lab{font-weight:bold;margin:5pt 0 2pt}
ul{margin:0;padding-left:15pt}li{margin:0 0 3pt}
"""
    _html("en-GB", "Corporate Plan 2026–2030 – Ambledown Borough Council", css, body,
          d / "parent.pdf")

    c = {
        "x1": "Cut the council’s own carbon emissions by 75% from 2019 levels by 2028 and "
              "reach net zero by 2030.",
        "x2": "Make it easier for people to walk, cycle and switch to electric vehicles.",
        "x3": "Help households lower their energy bills and carbon emissions through better "
              "insulation and clean heating.",
        "x4": "Reduce the waste each household throws away and raise the recycling rate to 55% "
              "by 2028.",
        "x5": "Make sure the council, residents and businesses can cope with flooding and "
              "hotter summers.",
        "x6": "Increase tree cover across the borough from 14% to 17% by 2030, to store carbon "
              "and support wildlife.",
    }
    a = {
        "CE1": "Replace the gas boilers at the Civic Centre and two leisure centres with heat "
               "pumps",
        "CE2": "Run the refuse and street cleansing fleet on HVO fuel, moving to electric "
               "vehicles as leases end",
        "CE3": "Fit solar panels to the depot, the Civic Centre and Riverside leisure centre",
        "TR1": "Complete the Ambledown to Marsh Green cycle route",
        "TR2": "Install 60 public charge points for electric vehicles in town centre car parks",
        "TR3": "Introduce school streets at six primary schools",
        "HO1": "Free home energy surveys for households on low incomes",
        "HO2": "Bid for government funding to insulate 400 homes and fit heat pumps",
        "HO3": "Enforce minimum energy efficiency standards in privately rented homes",
        "WA1": "Weekly food waste collections for all households",
        "WA2": "Support repair cafés in the three market towns",
        "AD1": "Update the multi-agency flood plan and map the properties most at risk",
        "AD2": "Open libraries as cool spaces during heatwaves",
        "AD3": "Require sustainable drainage in all major planning applications",
        "TC1": "Plant 30,000 trees with community groups and landowners",
    }
    themes = [
        ("1", "Council estate and fleet", "x1",
         [("CE1", "Property Services", "2026–2028", "£2.4m"),
          ("CE2", "Environmental Services", "2026–2029", "£0.6m"),
          ("CE3", "Property Services", "2027", "£0.9m")]),
        ("2", "Travel", "x2",
         [("TR1", "Highways (with County Council)", "2028", "£1.1m"),
          ("TR2", "Parking Services", "2026–2027", "Grant funded"),
          ("TR3", "Highways", "2026–2027", "£0.2m")]),
        ("3", "Homes", "x3",
         [("HO1", "Private Sector Housing", "From April 2026", "£40k a year"),
          ("HO2", "Private Sector Housing", "2026–2028", "Grant funded"),
          ("HO3", "Private Sector Housing", "Ongoing", "Within budget")]),
        ("4", "Waste and resources", "x4",
         [("WA1", "Environmental Services", "April 2026", "£0.8m a year"),
          ("WA2", "Climate Team", "2026–2027", "£15k")]),
        ("5", "Adapting to a changing climate", "x5",
         [("AD1", "Emergency Planning", "2026", "Within budget"),
          ("AD2", "Libraries", "Summer 2026", "£10k"),
          ("AD3", "Planning", "From adoption of the Local Plan", "Within budget")]),
        ("6", "Nature and trees", "x6",
         [("TC1", "Parks and Open Spaces", "2026–2030", "£0.3m")]),
    ]
    child = [
        ("title", "Climate Action Plan 2026–2030"),
        ("sub", "Ambledown Borough Council · Approved by Cabinet, 14 May 2026"),
        ("h1", "Introduction"),
        ("p", "This action plan sets out how the council will deliver the climate commitments "
         "in its Corporate Plan. It covers the council’s own emissions, emissions across the "
         "borough and adapting to a changing climate. The health benefits of cleaner air and "
         "more active travel are covered by the Health and Wellbeing Strategy."),
        ("p", "Each theme has one objective and a table of actions. Costs are capital unless "
         "stated."),
    ]
    for n, head, x, rows in themes:
        child += [("h1", f"Theme {n} – {head}"), ("b", "Our objective"), ("p", c[x]),
                  ("table", ["Ref", "Action", "Lead", "Timescale", "Cost"],
                   [(r, a[r], who, when, cost) for r, who, when, cost in rows],
                   [16, 120, 58, 40, 23])]
    child += [
        ("h1", "Monitoring"),
        ("p", "The Climate Team reports progress to Cabinet twice a year. The council’s own "
         "emissions are published each September."),
    ]
    _docx(child, d / "child.pdf", title="Climate Action Plan 2026–2030",
          author="Ambledown Borough Council", header="Climate Action Plan 2026–2030",
          footer_left="Ambledown Borough Council", page_word="Page ", of_word=" of ",
          lang="en-GB", font="Liberation Sans", size=10, color="3F6B1F", landscape=True,
          fill="E2EBD8")

    goals_ = [
        G("G1", g["G1"], "followed_up", [c["x1"], a["CE1"], a["CE2"], a["CE3"]],
          ev="Cut the council’s own carbon",
          note="the goals are the bullets under 'Outcomes we want to see' in each 'Priority n' "
          "block (ids G1 … H2 = priority initial + order, not printed); the foreword, 'Our "
          "values', the priority texts and 'How we will measure progress' are no goals"),
        G("G2", g["G2"], "partial", [c["x2"], a["TR1"], a["TR3"]], ev="Make it easier for people",
          missing=["use public transport"],
          note="walking and cycling (cycle route, school streets); nothing on buses or trains. "
          "The EV charge points (TR2) serve the objective's own EV clause, not this goal"),
        G("G3", g["G3"], "followed_up", [c["x4"], a["WA1"], a["WA2"]],
          ev="Reduce the waste each household"),
        G("P1", g["P1"], "not_followed_up",
          note="trap (shared words): TR2 puts charge points in town centre car parks; nothing "
          "aims at vibrant town centres or empty shops"),
        G("P2", g["P2"], "partial", [c["x3"], a["HO1"], a["HO2"], a["HO3"]],
          ev="Help households lower their energy",
          missing=["good quality, affordable homes"],
          note="warm and cheap to run (insulation, heat pumps, energy standards) only"),
        G("H1", g["H1"], "not_followed_up",
          note="named in passing: health benefits are left to the Health and Wellbeing "
          "Strategy"),
        G("H2", g["H2"], "followed_up", [c["x5"], a["AD1"], a["AD2"], a["AD3"]],
          ev="Make sure the council, residents",
          note="other words: 'hotter summers' and heatwave cool spaces = extreme heat"),
    ]
    kids = [
        C(c["x1"], ["G1"], note="the child goals are the paragraphs under each bold 'Our "
          "objective'; the rows of the 'Ref | Action | Lead | Timescale | Cost' tables are "
          "measures (in served_by beside the goals they serve)"),
        C(c["x2"], ["G2"]),
        C(c["x3"], ["P2"]),
        C(c["x4"], ["G3"]),
        C(c["x5"], ["H2"]),
        C(c["x6"], [], note="trap: 'store carbon' is not the council's own operations (G1); "
          "the Corporate Plan has no nature goal — stands alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, DejaVu Sans 9.5; borough Corporate Plan): 'Our "
        "priorities', each 'Priority n …' block with a purple left rule, a paragraph and "
        "bullets under a bold 'Outcomes we want to see'; running head top right, footer left "
        "and 'Page n' right; child PDF (python-docx → LibreOffice, Liberation Sans 10, A4 "
        "landscape; Climate Action Plan): 'Theme n – …' headings, a bold 'Our objective' over "
        "one paragraph and a table 'Ref | Action | Lead | Timescale | Cost', header rows "
        "repeated where a table runs over a page; footer 'Page n of N' right",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder=BUILDER)


if __name__ == "__main__":
    main(sys.argv[1:])
