"""Build the thirty-seventh blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-05 by `bpar37` without reading plancheck's code, tests or bench, and without
running it. ORDINARY pairs of small municipalities, the child following the parent up mostly in
other words:

- Holmvik (nb): a kommuneplanens samfunnsdel (reportlab, DejaVu Sans) with goals numbered 1–8
  straight through three themes under a small 'Mål for temaet' label; the child, a helse- og
  omsorgsplan (python-docx → LibreOffice, Liberation Serif) with 'Delmål' bullets per chapter
  (three of them end '(mål n)') and a 'Tiltak | Ansvarlig | Tidspunkt' table under each.
- Austvoll (nn): a samfunnsdel (Chromium, Liberation Serif) with unnumbered bullets under
  'Langsiktige mål' per theme; the child, the 'Handlingsprogram med økonomiplan 2026–2029'
  (reportlab, DejaVu Sans Condensed, A4 landscape): per tenesteområde 'Mål for perioden' and a
  table 'Tiltak | Oppfølging av samfunnsdelen | 2026 | 2027 | 2028 | 2029' (1000 kr).
- Linnås (sv): 'Vision 2035' (python-docx → LibreOffice, DejaVu Sans) with 'Strategiska mål'
  numbered 1–6 as bold lines over explanatory paragraphs; the child, the barn- och
  utbildningsförvaltning's 'Verksamhetsplan 2027' (Chromium, DejaVu Sans Condensed), per
  'Fokusområde' a table 'Verksamhetsmål | Aktiviteter | Ansvarig | Klart'.
- Bjerreby (da): 'Kommuneplan 2025–2037 · Hovedstruktur' (Chromium, Liberation Sans) with per
  theme bullets under 'Mål' and numbered 'Retningslinjer' (no goals); the child, the
  'Handleplan 2027–2028 for handicappolitikken' (python-docx → LibreOffice, Liberation Sans
  Narrow, A4 landscape): 'Målsætning | Handlinger | Ansvar | Tidsplan' with shaded group rows.
- Kellingham (en): a county 'Council Strategy 2026–2030' (reportlab, Liberation Serif) with
  objectives (a), (b) … under 'Priority n'; the child, a district's 'Housing Strategy
  2026–2031 – Action Plan, Year 1' (Chromium, Liberation Sans, A4 landscape): 'Objective |
  Actions | Links to | Lead | By when', the objective cell spanning its actions.

    python corpora/parents-blind37/make_pairs.py                  # all pairs
    python corpora/parents-blind37/make_pairs.py --verify         # re-read the PDFs only
    python corpora/parents-blind37/make_pairs.py --twice          # build twice, compare sha256

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
BUILDER = "corpora/parents-blind37/make_pairs.py"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


# =========================================================================== writers


def _rl_fonts(family: str) -> dict[str, str]:
    """Register a TTF family for reportlab under P37-<family>; returns {style: name}."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    files = {
        "DejaVuSans": (DEJAVU, "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                       "DejaVuSans-BoldOblique.ttf"),
        "DejaVuSansCondensed": (DEJAVU, "DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
                                "DejaVuSansCondensed-Oblique.ttf",
                                "DejaVuSansCondensed-BoldOblique.ttf"),
        "LiberationSerif": (bk.LIBERATION, "LiberationSerif-Regular.ttf",
                            "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
                            "LiberationSerif-BoldItalic.ttf"),
    }[family]
    base = f"P37-{family}"
    names = {"normal": base, "bold": base + "-B", "italic": base + "-I", "boldItalic": base + "-BI"}
    for n, fn in zip(names.values(), files[1:], strict=True):
        pdfmetrics.registerFont(TTFont(n, str(files[0] / fn)))
    pdfmetrics.registerFontFamily(base, **names)
    return names


def _rl(pdf: Path, blocks, *, family: str, title: str, author: str, head: str, foot: str,
        accent: str, landscape: bool = False, base: float = 10) -> Path:
    """reportlab (invariant). Blocks: ("title"|"sub"|"h1"|"h2"|"p"|"label"|"small", text),
    ("num", label, text) a hanging-indent item with a printed label, ("bullets", [..]),
    ("table", head, rows, widths_mm, opts) with the header row repeated over page breaks; a
    row that is a 1-tuple is a group row over all columns. Furniture: HEAD top right in small
    caps colour, FOOT.format(n=page) bottom left, a thin rule above the footer."""
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as _land
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    f = _rl_fonts(family)
    acc = colors.HexColor(accent)
    grey = colors.HexColor("#4a4a4a")
    ps = {
        "title": ParagraphStyle("t", fontName=f["bold"], fontSize=base + 10, leading=base + 14,
                                textColor=acc, spaceAfter=3),
        "sub": ParagraphStyle("s", fontName=f["normal"], fontSize=base + 0.5, leading=base + 4,
                              textColor=grey, spaceAfter=12),
        "h1": ParagraphStyle("h1", fontName=f["bold"], fontSize=base + 3.5, leading=base + 7,
                             textColor=acc, spaceBefore=10, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName=f["bold"], fontSize=base + 1.5, leading=base + 5,
                             spaceBefore=8, spaceAfter=3),
        "label": ParagraphStyle("lb", fontName=f["boldItalic"], fontSize=base, leading=base + 4,
                                textColor=acc, spaceBefore=3, spaceAfter=2),
        "p": ParagraphStyle("p", fontName=f["normal"], fontSize=base, leading=base * 1.42,
                            spaceAfter=5),
        "small": ParagraphStyle("sm", fontName=f["italic"], fontSize=base - 1.5,
                                leading=base + 1.5, textColor=grey, spaceAfter=5),
        "num": ParagraphStyle("n", fontName=f["normal"], fontSize=base, leading=base * 1.4,
                              leftIndent=9 * mm, bulletIndent=1 * mm, spaceAfter=3),
        "li": ParagraphStyle("li", fontName=f["normal"], fontSize=base, leading=base * 1.4,
                             leftIndent=6 * mm, bulletIndent=1.5 * mm, spaceAfter=2),
        "c": ParagraphStyle("c", fontName=f["normal"], fontSize=base - 1, leading=base + 2),
        "cr": ParagraphStyle("cr", fontName=f["normal"], fontSize=base - 1, leading=base + 2,
                             alignment=TA_RIGHT),
        "ch": ParagraphStyle("ch", fontName=f["bold"], fontSize=base - 1, leading=base + 2,
                             textColor=colors.white),
        "cg": ParagraphStyle("cg", fontName=f["bold"], fontSize=base - 0.5, leading=base + 2.5,
                             textColor=acc),
    }
    story = []
    for b in blocks:
        k = b[0]
        if k in ("title", "sub", "h1", "h2", "p", "label", "small"):
            story.append(Paragraph(e(b[1]), ps[k]))
        elif k == "num":
            story.append(Paragraph(e(b[2]), ps["num"], bulletText=b[1]))
        elif k == "bullets":
            story += [Paragraph(e(x), ps["li"], bulletText="•") for x in b[1]]
            story.append(Spacer(1, 3))
        elif k == "table":
            _, thead, rows, widths, opts = b
            right = set(opts.get("right", ()))
            data = [[Paragraph(e(x), ps["ch"]) for x in thead]]
            style = [
                ("BACKGROUND", (0, 0), (-1, 0), acc),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#c8c8c8")),
                ("BOX", (0, 0), (-1, -1), 0.6, acc),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
            for i, r in enumerate(rows, start=1):
                if len(r) == 1:
                    data.append([Paragraph(e(r[0]), ps["cg"])] + [""] * (len(thead) - 1))
                    style += [("SPAN", (0, i), (-1, i)),
                              ("BACKGROUND", (0, i), (-1, i), colors.HexColor(opts.get(
                                  "group", "#eeeeee")))]
                else:
                    data.append([Paragraph(e(x), ps["cr" if j in right else "c"])
                                 for j, x in enumerate(r)])
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
            t.setStyle(TableStyle(style))
            story += [t, Spacer(1, 6)]
        else:
            raise ValueError(k)
    size = _land(A4) if landscape else A4
    w, h = size

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont(f["normal"], 7.5)
        canvas.setFillColor(acc)
        canvas.drawRightString(w - 20 * mm, h - 11 * mm, head)
        canvas.setFillColor(grey)
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.setLineWidth(0.4)
        canvas.line(20 * mm, 13.5 * mm, w - 20 * mm, 13.5 * mm)
        canvas.drawString(20 * mm, 9.5 * mm, foot.format(n=doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(pdf), pagesize=size, title=title, author=author, creator=author,
        leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=20 * mm,
        invariant=1,
    )
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return pdf


def _docx(blocks, pdf: Path, *, title: str, author: str, header: str, footer: str, lang: str,
          font: str, size: float, color: str, landscape: bool = False,
          fill: str = "DDE6EE") -> Path:
    """python-docx → LibreOffice. Blocks: ("title"|"sub"|"h1"|"h2"|"p"|"b"|"i", text),
    ("bullets", [..]) en-dash list, ("num", [..]) decimal list, ("table", head, rows, widths)
    header row repeated, a 1-tuple row a shaded group row; a cell's '\n' starts a new paragraph.
    Header text left over a rule; footer 'FOOTER' centred with the page number."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    doc = dh.new_document(font=font, size=size, margins_mm=18, heading_color=color)
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    rpr.find(qn("w:lang")).set(qn("w:val"), lang)
    sec = doc.sections[0]
    if landscape:
        from docx.enum.section import WD_ORIENT

        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    dh.ruled_header(sec, header, size=8)
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    dh.page_of_footer(fp, footer, "", None, size=8)
    dash = dh.add_num(doc, dh.add_abstract_num(doc, "dash"))
    dec = dh.add_abstract_num(doc, "decimal")
    for b in blocks:
        k = b[0]
        if k == "title":
            dh.para(doc, b[1], bold=True, size=size + 9, color=color, space_after=2)
        elif k == "sub":
            dh.para(doc, b[1], size=size, color="555555", space_after=12)
        elif k in ("h1", "h2"):
            dh.heading(doc, b[1], int(k[1]))
        elif k == "p":
            dh.para(doc, b[1])
        elif k == "b":
            dh.para(doc, b[1], bold=True, space_after=2, keep_with_next=True)
        elif k == "i":
            dh.para(doc, b[1], italic=True, color="555555")
        elif k == "bullets":
            for x in b[1]:
                dh.list_item(doc, x, dash)
        elif k == "num":
            n = dh.add_num(doc, dec)
            for x in b[1]:
                dh.list_item(doc, x, n)
        elif k == "table":
            _, head, rows, widths = b
            t = dh.new_table(doc, widths)
            r = dh.add_row(t, head, widths, size=size - 1, bold=True, fill=fill)
            dh.set_repeat_header(r)
            for row in rows:
                if len(row) == 1:
                    dh.add_row(t, [row[0]], widths, size=size - 0.5, bold=True, fill="F2F2F2",
                               span_all=True, keep_with_next=True)
                else:
                    rr = dh.add_row(t, list(row), widths, size=size - 1)
                    dh.set_cant_split(rr)
            dh.para(doc, "", space_after=4).paragraph_format.space_before = Pt(0)
        else:
            raise ValueError(k)
    dh.set_core_properties(doc, title=title, author=author)
    with tempfile.TemporaryDirectory(prefix="parblind37-docx-") as tmp:
        src = Path(tmp) / (pdf.stem + ".docx")
        dh.save_deterministic(doc, src)
        out = dh.export_pdf(src, Path(tmp))
        pdf.write_bytes(out.read_bytes())
    return pdf


def _html(lang: str, title: str, css: str, body: list[str], pdf: Path) -> Path:
    """HTML → Chromium print; CSS carries the page box, fonts and running furniture."""
    page = "\n".join([
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>",
        f"<title>{e(title)}</title><style>",
        "table{border-collapse:collapse;width:100%}thead{display:table-header-group}",
        css,
        "</style></head><body>", *body, "</body></html>",
    ])
    with tempfile.TemporaryDirectory(prefix="parblind37-html-") as tmp:
        src = Path(tmp) / (pdf.stem + ".html")
        src.write_text(page, encoding="utf-8")
        return bk.chromium_pdf(src, pdf)


# =========================================================================== 1 Holmvik (nb)


@pair
def holmvik_helse_og_omsorgsplan(d: Path) -> dict:
    g = {
        "1": "Innbyggerne i Holmvik skal kunne bo trygt i eget hjem så lenge de ønsker.",
        "2": "Flere skal være fysisk aktive, og forskjellene i helse mellom grupper skal bli "
             "mindre.",
        "3": "Ingen skal være ufrivillig ensomme.",
        "4": "Tjenestene skal ha nok kvalifiserte fagfolk, og flere skal velge å jobbe i Holmvik "
             "kommune.",
        "5": "Innbyggerne skal ta i bruk digitale løsninger og velferdsteknologi som gjør "
             "hverdagen enklere.",
        "6": "Barn og unge skal få hjelp tidlig når de trenger det.",
        "7": "Frivillige lag og foreninger skal ha gode vilkår.",
        "8": "Holmvik skal ha et variert boligtilbud, også for eldre og personer med nedsatt "
             "funksjonsevne.",
    }
    themes = [
        ("3.1 Gode liv hele livet",
         "Holmvik har en høyere andel innbyggere over 80 år enn landet ellers, og mange bor "
         "alene. Samtidig ser vi at levevaner og helse henger sammen med utdanning og inntekt.",
         ["1", "2", "3"]),
        ("3.2 Trygge og gode tjenester",
         "Behovet for helse- og omsorgstjenester vil øke mer enn antall folk i arbeidsfør "
         "alder. Vi må jobbe smartere og gjøre kommunen til en attraktiv arbeidsgiver.",
         ["4", "5", "6"]),
        ("3.3 Et levende lokalsamfunn",
         "Lag og foreninger er limet i bygdene. Boligmarkedet er lite, og det er få "
         "leiligheter som passer for dem som vil flytte fra en stor enebolig.",
         ["7", "8"]),
    ]
    parent = [
        ("title", "Holmvik mot 2038"),
        ("sub", "Kommuneplanens samfunnsdel 2026–2038 · Vedtatt av kommunestyret 12. mars "
         "2026, sak 14/26"),
        ("h1", "1 Innledning"),
        ("p", "Samfunnsdelen er kommunens overordnede styringsdokument. Den sier hvor vi vil "
         "være i 2038 og hva som er viktigst å få til. Målene følges opp i temaplaner og i "
         "handlingsdelen med økonomiplan, som rulleres hvert år."),
        ("h1", "2 Holmvik i dag"),
        ("p", "Holmvik har 4 850 innbyggere fordelt på kommunesenteret og bygdene Leira og "
         "Botn. Folketallet har vært stabilt de siste ti årene, men det blir færre unge og "
         "flere eldre."),
        ("h1", "3 Tema og mål"),
    ]
    for head, text, ks in themes:
        parent += [("h2", head), ("p", text), ("label", "Mål for temaet")]
        parent += [("num", f"{k}.", g[k]) for k in ks]
    parent += [
        ("h1", "4 Arealstrategi"),
        ("p", "Nye boliger skal i hovedsak komme i kommunesenteret og på Leira, nær skole, "
         "butikk og busstopp. Dyrka mark skal ikke omdisponeres til utbygging."),
        ("h1", "5 Oppfølging"),
        ("p", "Kommunedirektøren rapporterer på målene i årsmeldingen. Samfunnsdelen vurderes "
         "i den kommunale planstrategien hvert fjerde år."),
    ]
    _rl(d / "parent.pdf", parent, family="DejaVuSans", base=9.5, accent="#2F5D8A",
        title="Kommuneplanens samfunnsdel 2026–2038 – Holmvik kommune",
        author="Holmvik kommune", head="HOLMVIK KOMMUNE · KOMMUNEPLANENS SAMFUNNSDEL",
        foot="Samfunnsdelen 2026–2038   |   side {n}")

    c = {
        "c1": "Andelen innbyggere over 80 år som bor hjemme, skal øke fra 86 til 90 prosent "
              "innen 2030.",
        "c2": "Alle som søker om hjemmetjenester, skal få tilbud om hverdagsrehabilitering før "
              "det blir vurdert faste tjenester.",
        "c3": "Voksne med psykiske plager skal få en samtale med psykisk helsetjeneste innen ti "
              "dager, uten henvisning fra lege.",
        "c5": "Flere over 65 år skal trene jevnlig, og det skal være seniortrim i alle "
              "bygdene.",
        "c6": "Innbyggere som bor alene og har lite nettverk, skal få tilbud om besøk, "
              "møteplasser og aktiviteter der de bor.",
        "c9": "Tjenestene skal samarbeide med frivillige om aktiviteter for beboerne på "
              "sykehjemmet.",
        "c7": "Andelen heltidsstillinger i helse og omsorg skal øke fra 41 til 60 prosent innen "
              "2030.",
        "c8": "Alle ufaglærte ansatte som ønsker det, skal kunne ta fagbrev som "
              "helsefagarbeider gjennom jobben.",
        "c10": "Personer med demens skal ha et tilpasset botilbud i kommunen når de ikke lenger "
               "kan bo hjemme.",
    }
    m = {
        "m1": "Team for hverdagsrehabilitering med to fysioterapeuter og en ergoterapeut",
        "m2": "Trygghetsalarm med fallsensor og digitalt nattilsyn for alle som har "
              "hjemmesykepleie",
        "m3": "Lavterskeltelefon til psykisk helsetjeneste på hverdager kl. 8–15",
        "m4": "Seniortrim med instruktør i Holmvik, på Leira og i Botn, gratis for deltakerne",
        "m5": "Forebyggende hjemmebesøk til alle som fyller 78 år",
        "m6": "Møteplass på Leira bo- og aktivitetssenter tre dager i uka, med skyss for dem "
              "som trenger det",
        "m7": "Heltidsprosjekt på Holmvik sykehjem med langvakter i helgene",
        "m8": "Lønn under utdanning for fem lærlinger i helsearbeiderfaget hvert år",
        "m9": "Bygge 16 omsorgsboliger for personer med demens ved Leira bo- og "
              "aktivitetssenter",
    }
    th = ["Tiltak", "Ansvarlig", "Tidspunkt"]
    tw = [104, 44, 26]
    child = [
        ("title", "Helse- og omsorgsplan 2027–2030"),
        ("sub", "Holmvik kommune · Temaplan · Vedtatt i kommunestyret 16.12.2026, sak 71/26"),
        ("h1", "1 Om planen"),
        ("p", "Helse- og omsorgsplanen er en temaplan under kommuneplanens samfunnsdel "
         "2026–2038. Den gjelder hjemmetjenester, sykehjem, psykisk helse og rus, "
         "rehabilitering og forebyggende arbeid for voksne og eldre. Planen har delmål for "
         "hvert kapittel og en tiltakstabell. Der et delmål følger opp et bestemt mål i "
         "samfunnsdelen, står målnummeret i parentes."),
        ("p", "Tjenester til barn og unge, som helsestasjon og skolehelsetjeneste, er omtalt i "
         "oppvekstplanen. Samfunnsdelens mål om tidlig hjelp til barn og unge følges opp "
         "der."),
        ("h1", "2 Hjemme så lenge som mulig"),
        ("p", "De fleste ønsker å bo hjemme. Da må hjelpen komme tidlig, og den må gjøre folk i "
         "stand til å klare seg selv."),
        ("b", "Delmål"),
        ("bullets", [c["c1"] + " (mål 1)", c["c2"]]),
        ("table", th, [(m["m1"], "Virksomhet hjemmetjenester", "2027"),
                       (m["m2"], "Virksomhet hjemmetjenester / IKT", "2027–2028")], tw),
        ("h1", "3 Psykisk helse og rus"),
        ("p", "Mange venter for lenge før de ber om hjelp. Terskelen skal være lav, og ingen "
         "skal trenge henvisning for en første samtale."),
        ("b", "Delmål"),
        ("bullets", [c["c3"]]),
        ("table", th, [(m["m3"], "Psykisk helse og rus", "Fra 2027")], tw),
        ("h1", "4 Aktive liv og gode fellesskap"),
        ("p", "Fysisk aktivitet og kontakt med andre er noe av det viktigste for å holde seg "
         "frisk. Frivilligheten bidrar mye i tjenestene våre allerede i dag."),
        ("b", "Delmål"),
        ("bullets", [c["c5"], c["c6"], c["c9"]]),
        ("table", th, [(m["m4"], "Folkehelsekoordinator", "Fra høsten 2027"),
                       (m["m5"], "Virksomhet hjemmetjenester", "2027"),
                       (m["m6"], "Leira bo- og aktivitetssenter", "2028")], tw),
        ("h1", "5 Nok folk med rett kompetanse"),
        ("p", "Uten nok fagfolk kan vi ikke gi gode tjenester. Vi må beholde dem vi har, og "
         "utdanne flere selv."),
        ("b", "Delmål"),
        ("bullets", [c["c7"], c["c8"] + " (mål 4)"]),
        ("table", th, [(m["m7"], "Holmvik sykehjem / HR", "2027–2029"),
                       (m["m8"], "HR", "Hvert år")], tw),
        ("h1", "6 Boliger med omsorg"),
        ("b", "Delmål"),
        ("bullets", [c["c10"] + " (mål 8)"]),
        ("table", th, [(m["m9"], "Eiendom", "2029")], tw),
        ("h1", "7 Økonomi og rapportering"),
        ("p", "Tiltakene innarbeides i handlingsdelen med økonomiplan. Kommunalsjef for helse og "
         "omsorg rapporterer på delmålene i årsmeldingen."),
    ]
    _docx(child, d / "child.pdf", title="Helse- og omsorgsplan 2027–2030",
          author="Holmvik kommune", header="Holmvik kommune  |  Helse- og omsorgsplan 2027–2030",
          footer="– ", lang="nb-NO", font="Liberation Serif", size=11, color="7A2E39",
          fill="EBDDE0")

    goals_ = [
        G("1", g["1"], "followed_up", [c["c1"], c["c2"], m["m1"], m["m2"]],
          ev="Andelen innbyggere over 80",
          note="the goals are the numbered sentences 1–8 under the small 'Mål for temaet' label "
          "of each theme (id = the printed number; the gold text without it); theme texts, "
          "the arealstrategi, the introduction and 'Oppfølging' are no goals. More over-80s "
          "at home, everyday rehabilitation first, a fall alarm and digital night watch"),
        G("2", g["2"], "partial", [c["c5"], m["m4"]], ev="Flere over 65 år",
          missing=["mindre forskjeller i helse mellom grupper"],
          note="exercise for the over-65s (free of charge, but not aimed at any group with "
          "poorer health); nothing on health differences"),
        G("3", g["3"], "followed_up", [c["c6"], m["m5"], m["m6"]], ev="Innbyggere som bor alene",
          note="follow-up in other words: visits, meeting places and activities for those "
          "living alone with a small network — 'ensom' is never written"),
        G("4", g["4"], "followed_up", [c["c7"], c["c8"], m["m7"], m["m8"]],
          ev="Andelen heltidsstillinger i helse",
          note="full-time posts (an attractive employer) and trade certificates for unskilled "
          "staff (qualified staff); c8 cites '(mål 4)'"),
        G("5", g["5"], "partial", [m["m2"]], ev="Trygghetsalarm med fallsensor",
          missing=["digitale løsninger for innbyggerne (digital dialog, selvbetjening)"],
          note="only a measure (m2) under chapter 2: welfare technology for home-nursing "
          "clients; nothing for digital services"),
        G("6", g["6"], "not_followed_up",
          note="trap: named in passing — the introduction leaves children and young people to "
          "the oppvekstplan; c3 (early help for adults) is not this goal"),
        G("7", g["7"], "not_followed_up",
          note="trap (shared words): c9 uses volunteers for activities in the nursing home; it "
          "does not give voluntary organisations good conditions"),
        G("8", g["8"], "partial", [c["c10"], m["m9"]], ev="Personer med demens skal",
          missing=["boliger for personer med nedsatt funksjonsevne",
                   "variert boligtilbud ellers (andre eldre)"],
          note="housing for people with dementia only; c10 cites '(mål 8)'"),
    ]
    kids = [
        C(c["c1"], ["1"], note="the child goals are the en-dash bullets under each bold "
          "'Delmål'; the gold text is without the trailing '(mål n)'; the rows of the "
          "'Tiltak | Ansvarlig | Tidspunkt' tables are measures (in served_by beside the goals "
          "they serve)"),
        C(c["c2"], ["1"]),
        C(c["c3"], [], note="trap: early, low-threshold help, but for adults — goal 6 is "
          "children and young people, left to the oppvekstplan; stands alone"),
        C(c["c5"], ["2"]),
        C(c["c6"], ["3"]),
        C(c["c9"], [], note="trap: volunteers work in the services, the goal (7) is good "
          "conditions for the organisations — stands alone"),
        C(c["c7"], ["4"]),
        C(c["c8"], ["4"]),
        C(c["c10"], ["8"]),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, DejaVu Sans 9.5; kommuneplanens samfunnsdel): three "
        "themes 3.1–3.3, each a paragraph, a small bold-italic 'Mål for temaet' label and "
        "goals numbered 1–8 straight through with a hanging indent; header right in capitals, "
        "footer left 'Samfunnsdelen 2026–2038 | side n' under a rule; child PDF (python-docx → "
        "LibreOffice, Liberation Serif 11; helse- og omsorgsplan, temaplan): chapters with a "
        "bold 'Delmål' over en-dash bullets (three end '(mål n)') and a 'Tiltak | Ansvarlig | "
        "Tidspunkt' table each",
        goals=goals_, kids=kids,
    )

# =========================================================================== 2 Austvoll (nn)


@pair
def austvoll_handlingsprogram(d: Path) -> dict:
    g = {
        "L1": "Austvoll skal ha vekst i folketalet, og fleire unge vaksne skal busetje seg her.",
        "L2": "Bygdene skal ha gode møteplassar og eit aktivt kulturliv.",
        "N1": "Det skal vere enkelt å etablere og drive verksemd i Austvoll.",
        "N2": "Havbruk, landbruk og reiseliv skal utvikle seg innanfor naturen sine tolegrenser.",
        "K1": "Klimagassutsleppa i Austvoll skal gå ned med 50 prosent innan 2030 samanlikna "
              "med 2015.",
        "K2": "Kommunen skal vere budd på meir ekstremvêr, flaum og skred.",
    }
    themes = [
        ("Levande bygder",
         "Folketalet har gått ned med 4 prosent sidan 2014. Det er særleg dei mellom 20 og 35 "
         "år som flyttar ut, og fleire grendehus står tomme store delar av året.",
         ["L1", "L2"]),
        ("Næring og arbeid",
         "Havbruk og landbruk er dei største næringane, og reiselivet veks. Mange små "
         "verksemder opplever at det tek lang tid å få svar frå kommunen.",
         ["N1", "N2"]),
        ("Klima og miljø",
         "Vegtrafikk, sjøfart og landbruk står for det meste av utsleppa. Dei siste åra har "
         "kraftig nedbør ført til flaum og jordskred fleire stader i kommunen.",
         ["K1", "K2"]),
    ]
    css = (
        "@page{size:A4;margin:22mm 20mm 20mm 24mm;"
        "@top-right{content:'Vedteken i kommunestyret 19.06.2025, sak 38/25';"
        "font:7.5pt 'Liberation Sans',sans-serif;color:#777}"
        "@bottom-left{content:'Austvoll kommune · Kommuneplanen sin samfunnsdel 2025–2037';"
        "font:7.5pt 'Liberation Sans',sans-serif;color:#777}"
        "@bottom-right{content:counter(page);font:8pt 'Liberation Sans',sans-serif}}"
        "body{font-family:'Liberation Serif',serif;font-size:10.5pt;line-height:1.4;"
        "color:#202020}"
        "h1{font:bold 21pt 'Liberation Sans',sans-serif;color:#22543d;margin:0 0 1mm}"
        ".sub{font:10pt 'Liberation Sans',sans-serif;color:#555;margin:0 0 8mm}"
        "h2{font:bold 13pt 'Liberation Sans',sans-serif;color:#22543d;margin:6mm 0 2mm}"
        "h3{font:bold 11.5pt 'Liberation Sans',sans-serif;margin:5mm 0 1.5mm;"
        "padding-left:3mm;border-left:2.2mm solid #7fb069}"
        "h4{font:bold 9pt 'Liberation Sans',sans-serif;text-transform:uppercase;"
        "letter-spacing:0.4pt;color:#22543d;margin:2.5mm 0 1mm}"
        "p{margin:0 0 2.5mm}"
        "ul.lm{margin:0 0 3mm 0;padding-left:6mm;list-style:square}"
        "ul.lm li{margin:0 0 1mm}"
    )
    body = [
        "<h1>Austvoll 2037</h1>",
        "<p class='sub'>Kommuneplanen sin samfunnsdel 2025–2037</p>",
        "<h2>1 Kvifor ein samfunnsdel?</h2>",
        "<p>Samfunnsdelen seier kva slags kommune vi vil vere, og kva vi skal prioritere dei "
        "neste tolv åra. Han blir følgd opp gjennom handlingsprogrammet med økonomiplan, som "
        "blir rullert kvart år, og gjennom kommunedelplanar og temaplanar.</p>",
        "<h2>2 Satsingar fram mot 2037</h2>",
        "<p>Under kvart tema står ei kort skildring av utfordringane og dei langsiktige måla "
        "kommunestyret har sett.</p>",
    ]
    for head, text, ks in themes:
        body += [f"<h3>{e(head)}</h3>", f"<p>{e(text)}</p>", "<h4>Langsiktige mål</h4>",
                 "<ul class='lm'>", *[f"<li>{e(g[k])}</li>" for k in ks], "</ul>"]
    body += [
        "<h2>3 Arealstrategi</h2>",
        "<p>Ny busetnad skal i hovudsak kome i kommunesenteret Austvoll og på Vik. Strandsona "
        "skal haldast open for allmenta.</p>",
        "<h2>4 Korleis vi følgjer opp</h2>",
        "<p>Kommunedirektøren rapporterer på måla i årsmeldinga kvart år. Samfunnsdelen blir "
        "vurdert i planstrategien i 2028.</p>",
    ]
    _html("nn", "Kommuneplanen sin samfunnsdel 2025–2037 – Austvoll kommune", css, body,
          d / "parent.pdf")

    c = {
        "c1": "Grendehusa skal vere opne og i god stand, og fleire skal bruke biblioteket og "
              "kulturskulen.",
        "c2": "Gründerar og bedrifter skal få svar frå kommunen innan ei veke og ha éin fast "
              "kontaktperson.",
        "c3": "Kommunen skal til kvar tid ha ledige bustadtomter i Austvoll sentrum og på Vik.",
        "c4": "Kommunen sine eigne bygg og bilar skal bruke mindre energi og gå på fornybar "
              "energi.",
        "c5": "Kommunale vegar, kulvertar og bustadfelt skal tole meir nedbør, og vi skal kjenne "
              "skredfaren der folk bur.",
        "c6": "Sjukefråværet i teknisk drift skal ned til under 7 prosent.",
    }
    t = {
        "t1": "Tilskot til oppgradering av fire grendehus",
        "t2": "Meirope bibliotek på Vik",
        "t3": "Ladestasjonar for elbil ved grendehusa i Botnen og Sæle",
        "t4": "Næringsrådgjevar i 50 prosent stilling",
        "t5": "Etablerarkurs to gonger i året saman med nabokommunane",
        "t6": "Regulere og opparbeide 12 tomter på Vikane bustadfelt",
        "t7": "Byte ut åtte tenestebilar med elbilar",
        "t8": "Solcelleanlegg på taket av Austvoll skule",
        "t9": "Utbetre seks kulvertar på kommunale vegar",
        "t10": "Skredfarekartlegging for Vikane og Botnen saman med NVE",
        "t11": "Ny gravplass på Vik",
    }
    th = ["Tiltak", "Oppfølging av samfunnsdelen", "2026", "2027", "2028", "2029"]
    tw = [108, 62, 22, 22, 22, 21]
    opts = {"right": (2, 3, 4, 5), "group": "#e4efe0"}
    child = [
        ("title", "Handlingsprogram med økonomiplan 2026–2029"),
        ("sub", "Austvoll kommune · Vedteke av kommunestyret 11.12.2025, sak 77/25"),
        ("h1", "1 Innleiing"),
        ("p", "Handlingsprogrammet viser kva kommunen skal gjere dei neste fire åra for å nå "
         "måla i samfunnsdelen, og kva det kostar. Kvart tenesteområde har mål for perioden og "
         "ein tiltakstabell. Kolonna «Oppfølging av samfunnsdelen» viser kva tema i "
         "samfunnsdelen tiltaket høyrer til. Beløpa er i 1000 kr."),
        ("p", "Havbruk og andre interesser i sjøområda blir handsama i rulleringa av "
         "kommunedelplanen for sjøareala, som startar i 2027. Handlingsprogrammet har difor "
         "ingen eigne tiltak for dette."),
        ("h1", "2 Kultur og fritid"),
        ("label", "Mål for perioden"),
        ("bullets", [c["c1"]]),
        ("table", th, [
            (t["t1"], "Levande bygder", "400", "400", "–", "–"),
            (t["t2"], "Levande bygder", "350", "120", "120", "120"),
            (t["t3"], "Levande bygder", "–", "280", "–", "–"),
        ], tw, opts),
        ("h1", "3 Plan, næring og miljø"),
        ("label", "Mål for perioden"),
        ("bullets", [c["c2"], c["c3"], c["c4"]]),
        ("table", th, [
            (t["t4"], "Næring og arbeid", "420", "430", "440", "450"),
            (t["t5"], "Næring og arbeid", "60", "60", "60", "60"),
            (t["t6"], "Levande bygder", "2 500", "3 800", "–", "–"),
            (t["t7"], "Klima og miljø", "–", "900", "900", "–"),
            (t["t8"], "Klima og miljø", "–", "–", "1 200", "–"),
        ], tw, opts),
        ("h1", "4 Teknisk drift og beredskap"),
        ("label", "Mål for perioden"),
        ("bullets", [c["c5"], c["c6"]]),
        ("table", th, [
            (t["t9"], "Klima og miljø", "600", "600", "600", "–"),
            (t["t10"], "Klima og miljø", "250", "–", "–", "–"),
            (t["t11"], "–", "–", "–", "1 500", "2 000"),
        ], tw, opts),
        ("h1", "5 Økonomiske rammer"),
        ("p", "Netto driftsresultat skal vere minst 1,5 prosent av driftsinntektene kvart år. "
         "Tiltaka over er lagde inn i investeringsbudsjettet og driftsramma til kvart "
         "tenesteområde."),
    ]
    _rl(d / "child.pdf", child, family="DejaVuSansCondensed", base=9.5, accent="#22543D",
        landscape=True, title="Handlingsprogram med økonomiplan 2026–2029",
        author="Austvoll kommune", head="AUSTVOLL KOMMUNE  ·  HANDLINGSPROGRAM 2026–2029",
        foot="Side {n}")

    goals_ = [
        G("L1", g["L1"], "partial", [c["c3"], t["t6"]], ev="Kommunen skal til kvar",
          missing=["fleire unge vaksne som busetjer seg (tiltak retta mot dei)"],
          note="the goals are the square bullets under 'Langsiktige mål' in each theme (ids "
          "= theme letter + order, not printed); theme texts, the introduction, arealstrategi "
          "and follow-up paragraphs are no goals. Building plots serve growth; nothing aims at "
          "young adults"),
        G("L2", g["L2"], "followed_up", [c["c1"], t["t1"], t["t2"]],
          ev="Grendehusa skal vere opne",
          note="follow-up in other words: open, renovated grendehus (møteplassar), a library "
          "open longer and the kulturskule (kulturliv)"),
        G("N1", g["N1"], "followed_up", [c["c2"], t["t4"], t["t5"]], ev="Gründerar og bedrifter",
          note="answer within a week and one contact person, a business adviser and a course "
          "for new businesses"),
        G("N2", g["N2"], "not_followed_up",
          note="trap: named in passing — the introduction leaves aquaculture and the sea areas "
          "to the kommunedelplan for sjøareala; no measure cites or serves it"),
        G("K1", g["K1"], "partial", [c["c4"], t["t3"], t["t7"], t["t8"]],
          ev="Kommunen sine eigne bygg",
          missing=["utslepp frå vegtrafikk, sjøfart og landbruk i heile kommunen"],
          note="the kommune's own buildings and cars, and charging points at the grendehus; "
          "t3 is served across the citation (it cites 'Levande bygder')"),
        G("K2", g["K2"], "followed_up", [c["c5"], t["t9"], t["t10"]],
          ev="Kommunale vegar, kulvertar og",
          note="culverts for more rain (flaum) and a landslide mapping (skred); 'ekstremvêr' is "
          "not written"),
    ]
    kids = [
        C(c["c1"], ["L2"], note="the child goals are the bullets under 'Mål for perioden' in "
          "each tenesteområde; the 'Tiltak' rows are measures (in served_by); the theme in "
          "'Oppfølging av samfunnsdelen', the amounts and the group row are no goals"),
        C(c["c2"], ["N1"]),
        C(c["c3"], ["L1"]),
        C(c["c4"], ["K1"]),
        C(c["c5"], ["K2"]),
        C(c["c6"], [], note="sickness absence, stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, Liberation Serif 10.5 with Liberation Sans headings; "
        "samfunnsdel): per theme a heading with a green bar, a paragraph and square bullets "
        "under a small capitals 'Langsiktige mål' heading, no numbers; CSS margin boxes "
        "(decision top right, name bottom left, page number bottom right); child PDF "
        "(reportlab, DejaVu Sans Condensed 9.5, A4 landscape; handlingsprogram med "
        "økonomiplan): per tenesteområde a 'Mål for perioden' label over bullets and a table "
        "'Tiltak | Oppfølging av samfunnsdelen | 2026 | 2027 | 2028 | 2029' (1000 kr), the "
        "theme cited by name",
        goals=goals_, kids=kids,
    )

# =========================================================================== 3 Linnås (sv)


@pair
def linnas_verksamhetsplan(d: Path) -> dict:
    g = {
        "1": "Fler barnfamiljer ska välja att flytta till Linnås",
        "2": "Näringslivet ska ha god tillgång till kompetent arbetskraft, och fler ska starta "
             "eget företag",
        "3": "Alla elever ska lämna grundskolan med godkända betyg och framtidstro",
        "4": "Barn och unga ska ha en trygg uppväxt och en meningsfull fritid",
        "5": "Äldre ska kunna leva ett självständigt liv med god omsorg",
        "6": "Kommunens verksamheter ska minska sin klimatpåverkan och använda resurserna klokt",
    }
    expl = {
        "1": "Linnås har plats att växa. Vi vill att unga familjer ska se Linnås som ett "
             "självklart val, med närhet till natur, arbete och service.",
        "2": "Flera arbetsgivare har svårt att rekrytera. Samtidigt är andelen nya företag "
             "lägre än i länet i övrigt.",
        "3": "Utbildning är den viktigaste faktorn för ett gott liv. I dag lämnar var femte "
             "elev grundskolan utan behörighet till gymnasiet.",
        "4": "Barn och unga ska känna sig trygga hemma, i skolan och på fritiden, och ha något "
             "meningsfullt att göra efter skoltid.",
        "5": "Andelen invånare över 80 år fördubblas till 2035. De flesta vill bo kvar hemma "
             "så länge som möjligt.",
        "6": "Kommunen är en stor förbrukare av energi, transporter och material och ska gå "
             "före i omställningen.",
    }
    areas = [("Målområde: Attraktiv kommun", ["1", "2"]),
             ("Målområde: Livskvalitet genom hela livet", ["3", "4", "5"]),
             ("Målområde: Hållbar utveckling", ["6"])]
    parent = [
        ("title", "Vision 2035"),
        ("sub", "Linnås kommun · Antagen av kommunfullmäktige 2025-04-28, § 31"),
        ("i", "Vår vision: I Linnås växer människor och företag – nära naturen och varandra."),
        ("h1", "Så styrs Linnås"),
        ("p", "Vision 2035 pekar ut riktningen för hela kommunen. Kommunfullmäktige har "
         "beslutat om sex strategiska mål inom tre målområden. Nämnderna bryter ned de "
         "strategiska målen i egna mål och aktiviteter i sina verksamhetsplaner, och "
         "följer upp dem i delårsrapporten och årsredovisningen."),
    ]
    for head, ks in areas:
        parent.append(("h1", head))
        for k in ks:
            parent += [("h2", f"{k}  {g[k]}"), ("p", expl[k])]
    parent += [
        ("h1", "Uppföljning"),
        ("p", "Till varje strategiskt mål hör indikatorer som redovisas i årsredovisningen. "
         "Visionen ses över under mandatperioden 2027–2030."),
    ]
    _docx(parent, d / "parent.pdf", title="Vision 2035 – Linnås kommun", author="Linnås kommun",
          header="Linnås kommun  ·  Vision 2035 med strategiska mål", footer="Sida ",
          lang="sv-SE", font="DejaVu Sans", size=10, color="1B4F72")

    v = {
        "v1": "Minst 90 procent av eleverna i årskurs 9 ska vara behöriga till ett "
              "yrkesprogram på gymnasiet.",
        "v2": "Fler elever i årskurs 8 ska svara i elevenkäten att de ser ljust på sin "
              "framtid.",
        "v7": "Alla elever ska få kunskap om klimat och hållbar utveckling i flera ämnen.",
        "v3": "Eleverna ska känna sig trygga i skolan, och varje anmäld kränkning ska utredas "
              "inom en vecka.",
        "v8": "Alla barn ska få en förskoleplats inom två månader, även när familjen flyttar "
              "hit mitt under året.",
        "v5": "Vuxenutbildningen ska erbjuda de yrkesutbildningar som arbetsgivarna i Linnås "
              "behöver, inom vård, bygg och industri.",
        "v9": "Sjukfrånvaron ska vara under 6 procent bland förvaltningens medarbetare.",
    }
    a = {
        "a1": "Läxhjälp två eftermiddagar i veckan på Norrbyskolan och Centralskolan",
        "a2": "Specialpedagog i varje arbetslag i årskurs 4–6",
        "a3": "Studie- och yrkesvägledning i alla klasser från årskurs 7",
        "a4": "Temadag med lokala arbetsgivare varje vår",
        "a5": "Ämnesövergripande temavecka om klimatet i årskurs 5 och 8",
        "a6": "Trygghetsteam med kurator och lärare på varje skola",
        "a7": "Rastaktiviteter med vuxna på skolgården",
        "a8": "Ny förskola i Norrby med sex avdelningar",
        "a9": "Digital förskolekö med besked om plats inom en vecka",
        "a10": "Yrkesvux till undersköterska med start varje termin",
        "a11": "Branschråd med företagen två gånger om året",
        "a12": "Friskvårdstimme för all personal",
    }
    areas_c = [
        ("Fokusområde 1 – Kunskap och lärande", [
            ("v1", "Strategiskt mål 3", ["a1", "a2"], "Rektorer", "Ht 2027"),
            ("v2", None, ["a3", "a4"], "Studie- och yrkesvägledare", "Vt 2027"),
            ("v7", None, ["a5"], "Rektorer grundskola", "2027"),
        ]),
        ("Fokusområde 2 – Trygghet och hälsa", [
            ("v3", "Strategiskt mål 4", ["a6", "a7"], "Rektorer / elevhälsochef", "Ht 2027"),
        ]),
        ("Fokusområde 3 – Förskola och vuxenutbildning", [
            ("v8", None, ["a8", "a9"], "Förskolechef / lokalstrateg", "2028"),
            ("v5", "Strategiskt mål 2", ["a10", "a11"], "Rektor vuxenutbildningen", "Löpande"),
        ]),
        ("Fokusområde 4 – Medarbetare", [
            ("v9", None, ["a12"], "Förvaltningschef", "2027"),
        ]),
    ]
    css = (
        "@page{size:A4;margin:21mm 17mm 20mm 17mm;"
        "@top-left{content:'Linnås kommun';font:bold 8pt 'DejaVu Sans Condensed',sans-serif;"
        "color:#1b4f72}"
        "@top-right{content:'Barn- och utbildningsnämnden · Verksamhetsplan 2027';"
        "font:8pt 'DejaVu Sans Condensed',sans-serif;color:#666}"
        "@bottom-center{content:'Sida ' counter(page) ' av ' counter(pages);"
        "font:8pt 'DejaVu Sans Condensed',sans-serif;color:#666}}"
        "body{font-family:'DejaVu Sans Condensed',sans-serif;font-size:9.5pt;line-height:1.38;"
        "color:#1c1c1c}"
        "h1{font-size:18pt;color:#1b4f72;margin:0 0 1mm}"
        ".sub{color:#555;margin:0 0 6mm}"
        "h2{font-size:12.5pt;color:#1b4f72;margin:6mm 0 2mm;border-bottom:0.8pt solid #1b4f72;"
        "padding-bottom:0.8mm}"
        "p{margin:0 0 2.4mm}"
        "table.vp{margin:1mm 0 4mm;font-size:9pt}"
        "table.vp th{background:#d6e4ef;text-align:left;padding:1.5mm;border:0.5pt solid #9bb}"
        "table.vp td{border:0.5pt solid #9bb;padding:1.5mm;vertical-align:top}"
        "table.vp td div{margin:0 0 1mm}"
        ".k{display:block;margin-top:1.2mm;font-size:7.5pt;color:#1b4f72}"
    )
    body = [
        "<h1>Verksamhetsplan 2027</h1>",
        "<p class='sub'>Barn- och utbildningsnämnden, Linnås kommun · Beslutad 2026-12-09, "
        "§ 88</p>",
        "<h2>Inledning</h2>",
        "<p>Verksamhetsplanen beskriver hur barn- och utbildningsförvaltningen bidrar till "
        "Vision 2035 och kommunfullmäktiges strategiska mål. Förvaltningen ansvarar för "
        "förskola, grundskola, fritidshem och vuxenutbildning. Under varje fokusområde finns "
        "förvaltningens verksamhetsmål och de aktiviteter vi genomför under året. Där ett "
        "verksamhetsmål är direkt kopplat till ett strategiskt mål anges det i tabellen.</p>",
        "<p>Målet om äldres självständiga liv (strategiskt mål 5) följs upp i vård- och "
        "omsorgsnämndens verksamhetsplan.</p>",
    ]
    for head, rows in areas_c:
        body += [f"<h2>{e(head)}</h2>",
                 "<table class='vp'><thead><tr><th style='width:38%'>Verksamhetsmål</th>"
                 "<th style='width:36%'>Aktiviteter</th><th style='width:16%'>Ansvarig</th>"
                 "<th style='width:10%'>Klart</th></tr></thead><tbody>"]
        for vk, link, acts, who, when in rows:
            cell = e(v[vk]) + (f"<span class='k'>Koppling: {e(link)}</span>" if link else "")
            body.append(f"<tr><td>{cell}</td><td>"
                        + "".join(f"<div>– {e(a[x])}</div>" for x in acts)
                        + f"</td><td>{e(who)}</td><td>{e(when)}</td></tr>")
        body.append("</tbody></table>")
    body += [
        "<h2>Uppföljning</h2>",
        "<p>Förvaltningschefen redovisar måluppfyllelsen till nämnden i delårsrapporten i "
        "augusti och i verksamhetsberättelsen i februari.</p>",
    ]
    _html("sv", "Verksamhetsplan 2027 – Barn- och utbildningsnämnden", css, body,
          d / "child.pdf")

    goals_ = [
        G("1", g["1"], "followed_up", [v["v8"], a["a8"], a["a9"]], ev="Alla barn ska få",
          note="the goals are the six 'Strategiska mål', each a numbered Heading 2 (id = the "
          "printed number; text without it) under a 'Målområde' heading; the vision, the "
          "explanatory paragraph under each goal, 'Så styrs Linnås' and 'Uppföljning' are no "
          "goals. The förvaltning's share: a preschool place within two months, also for "
          "families who move here, and a new preschool"),
        G("2", g["2"], "partial", [v["v5"], a["a10"], a["a11"]], ev="Vuxenutbildningen ska "
          "erbjuda de", missing=["fler som startar eget företag"],
          note="vocational adult education matched to the employers (kompetent arbetskraft, in "
          "other words); nothing for new businesses; v5 has 'Koppling: Strategiskt mål 2'"),
        G("3", g["3"], "followed_up", [v["v1"], v["v2"], a["a1"], a["a2"], a["a3"], a["a4"]],
          ev="Minst 90 procent av",
          note="eligibility for upper secondary (godkända betyg) and pupils who 'ser ljust på "
          "sin framtid' (framtidstro in other words)"),
        G("4", g["4"], "partial", [v["v3"], a["a6"], a["a7"]], ev="Eleverna ska känna sig",
          missing=["en meningsfull fritid"],
          note="safety in school; nothing for leisure time (fritidshem and fritid are not "
          "addressed)"),
        G("5", g["5"], "not_followed_up",
          note="trap: named in passing with its number — the introduction leaves it to the "
          "vård- och omsorgsnämnd"),
        G("6", g["6"], "not_followed_up",
          note="trap (shared words): v7 teaches pupils about climate and sustainability; it does "
          "not reduce the förvaltning's own climate impact or use of resources"),
    ]
    kids = [
        C(v["v1"], ["3"], note="the child goals are the 'Verksamhetsmål' cells (gold text "
          "without the small 'Koppling: Strategiskt mål n' line some carry); the lines of the "
          "'Aktiviteter' cells are measures (in served_by); 'Ansvarig' and 'Klart' are no "
          "goals"),
        C(v["v2"], ["3"]),
        C(v["v7"], [], note="trap: climate in teaching is not the operations' climate impact "
          "(6) — stands alone"),
        C(v["v3"], ["4"]),
        C(v["v8"], ["1"]),
        C(v["v5"], ["2"]),
        C(v["v9"], [], note="sickness absence, stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, DejaVu Sans 10; vision med "
        "strategiska mål): an italic vision line, 'Målområde: …' Heading 1 and each strategic "
        "goal a numbered Heading 2 ('1  Fler barnfamiljer …') over an explanatory paragraph; "
        "header left over a rule, footer 'Sida n' centred; child PDF (Chromium, DejaVu Sans "
        "Condensed 9.5; förvaltningens verksamhetsplan): per 'Fokusområde n – …' a table "
        "'Verksamhetsmål | Aktiviteter | Ansvarig | Klart', activities as dash lines in one "
        "cell, three goals with a small 'Koppling: Strategiskt mål n' line; footer 'Sida n av N'",
        goals=goals_, kids=kids,
    )

# =========================================================================== 4 Bjerreby (da)


@pair
def bjerreby_handicappolitik(d: Path) -> dict:
    g = {
        "B1": "Der skal være boliger til alle borgere, også til borgere med særlige behov.",
        "B2": "Byrum og offentlige bygninger skal være tilgængelige for alle.",
        "M1": "Det skal være let at komme rundt i hele kommunen uden bil.",
        "F1": "Flere borgere skal bruge naturen og kommunens idrætsanlæg.",
        "F2": "Kulturlivet skal være rigt og nå ud til alle borgere.",
        "E1": "Flere borgere skal være i job, og virksomhederne skal tage et socialt ansvar.",
        "K1": "Nyt byggeri og eksisterende byer skal sikres mod oversvømmelse fra regn og hav.",
    }
    themes = [
        ("1", "Byer og boliger",
         "Befolkningen vokser i Bjerreby by og stationsbyerne, mens landsbyerne står stille. "
         "Der mangler mindre boliger og boliger til borgere med handicap.",
         ["B1", "B2"],
         ["Nye boligområder udlægges i tilknytning til de eksisterende byer.",
          "I Bjerreby by skal mindst 25 procent af nye boliger være almene boliger."]),
        ("2", "Mobilitet",
         "To ud af tre arbejdspendler i bil. Busbetjeningen af landsbyerne er tynd uden for "
         "skoletiden.",
         ["M1"],
         ["Nye byområder planlægges med stier til nærmeste station eller busstoppested."]),
        ("3", "Fritid, kultur og natur",
         "Bjerreby har skov, strand og ådal tæt på byerne, men mange borgere bruger ikke "
         "naturen i hverdagen.",
         ["F1", "F2"],
         ["Rekreative stier langs Bjerreby Å friholdes for bebyggelse."]),
        ("4", "Erhverv og beskæftigelse",
         "Ledigheden er lav, men 2 400 borgere i den arbejdsdygtige alder står uden for "
         "arbejdsmarkedet.",
         ["E1"],
         ["Erhvervsområder til transporttunge virksomheder placeres ved motorvejen."]),
        ("5", "Klima",
         "Kraftigere regnskyl og stigende havvand truer dele af Bjerreby by og sommerhus"
         "områderne ved kysten.",
         ["K1"],
         ["Ny bebyggelse må ikke opføres med gulvkote under 3,0 meter over havet."]),
    ]
    css = (
        "@page{size:A4;margin:18mm 20mm 20mm 20mm;"
        "@bottom-left{content:'Bjerreby Kommune';font:bold 8pt 'Liberation Sans',sans-serif;"
        "color:#8c1c13}"
        "@bottom-right{content:'Kommuneplan 2025–2037 · Hovedstruktur   ' counter(page);"
        "font:8pt 'Liberation Sans',sans-serif;color:#555}}"
        "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt;line-height:1.42;"
        "color:#222}"
        ".top{border-top:4mm solid #8c1c13;padding-top:4mm;margin-bottom:7mm}"
        ".top .k{font-size:9pt;text-transform:uppercase;letter-spacing:1pt;color:#8c1c13}"
        "h1{font-size:22pt;margin:1mm 0 1mm;font-weight:normal}"
        "h2{font-size:13.5pt;color:#8c1c13;margin:7mm 0 2mm}"
        "h3{font-size:10pt;margin:3mm 0 1mm}"
        "p{margin:0 0 2.5mm}"
        "ul.mal{margin:0 0 3mm;padding-left:5mm}"
        "ul.mal li{margin:0 0 1mm;padding-left:1mm}"
        "ol.rl{margin:0 0 3mm;padding-left:0;list-style:none;font-size:9pt;color:#444}"
        "ol.rl li{margin:0 0 1mm}"
        ".th{display:inline-block;width:12mm}"
    )
    body = [
        "<div class='top'><div class='k'>Bjerreby Kommune</div>",
        "<h1>Kommuneplan 2025–2037 · Hovedstruktur</h1>",
        "<p>Vedtaget af byrådet den 24. september 2025</p></div>",
        "<h2>Om hovedstrukturen</h2>",
        "<p>Hovedstrukturen er kommuneplanens overordnede del. Den fastlægger byrådets mål for "
        "udviklingen i Bjerreby Kommune og de retningslinjer, som lokalplaner og "
        "administrationen skal følge. Målene udmøntes også i kommunens politikker og "
        "handleplaner.</p>",
    ]
    for num, head, text, ks, rls in themes:
        body += [f"<h2>{num}. {e(head)}</h2>", f"<p>{e(text)}</p>", "<h3>Mål</h3>",
                 "<ul class='mal'>", *[f"<li>{e(g[k])}</li>" for k in ks], "</ul>",
                 "<h3>Retningslinjer</h3>", "<ol class='rl'>",
                 *[f"<li><span class='th'>{num}.{i}</span>{e(r)}</li>"
                   for i, r in enumerate(rls, start=1)], "</ol>"]
    _html("da", "Kommuneplan 2025–2037, Hovedstruktur – Bjerreby Kommune", css, body,
          d / "parent.pdf")

    h = {
        "h1": "Borgere med handicap skal kunne få en bolig, der passer til deres behov, uden "
              "lang ventetid.",
        "h2": "Alle kommunens borgerrettede bygninger skal kunne bruges af kørestolsbrugere og "
              "svagtseende.",
        "h3": "Borgere med handicap skal kunne komme til arbejde og fritid med bus eller "
              "flextrafik.",
        "h4": "Flere børn og voksne med handicap skal gå til idræt.",
        "h5": "Borgere med handicap skal kunne deltage i kulturlivet på lige fod med andre.",
        "h6": "Flere borgere med handicap skal have et job på ordinære vilkår eller i fleksjob.",
        "h7": "Familier med et barn med handicap skal have én fast sagsbehandler.",
    }
    dd = {
        "d1": "Opføre 12 almene boliger med handicapvenlig indretning i Bjerreby Øst",
        "d2": "Gøre ventelisten til botilbud op hvert halve år",
        "d3": "Tilgængelighedsgennemgang af rådhus, bibliotek og svømmehal",
        "d4": "Ledelinjer og kontrastmarkering ved indgangene",
        "d5": "Flextur til samme takst som bus for borgere med handicap",
        "d6": "Sænkede kantsten og læskærme ved 20 stoppesteder",
        "d7": "Parasportsdag med de lokale idrætsforeninger hvert forår",
        "d8": "Tilskud til hjælpere, så foreningerne kan tage imod medlemmer med handicap",
        "d9": "Teleslynge i kulturhusets sale og ledsagerbillet til halv pris",
        "d10": "Jobkonsulent, der hjælper virksomheder med at oprette fleksjob",
        "d11": "Netværk for socialt ansvar med 25 lokale virksomheder",
        "d12": "Fast sagsbehandler fra første henvendelse",
    }
    rows = [
        ("Bolig og tilgængelighed",),
        (h["h1"], dd["d1"] + "\n" + dd["d2"], "Boligsekretariatet", "2027–2028"),
        (h["h2"], dd["d3"] + "\n" + dd["d4"], "Ejendomme", "2027"),
        ("Transport",),
        (h["h3"] + "\nJf. kommuneplanens mål om mobilitet.", dd["d5"] + "\n" + dd["d6"],
         "Trafik og Veje / Movia", "1. januar 2028"),
        ("Fritid og kultur",),
        (h["h4"], dd["d7"] + "\n" + dd["d8"], "Kultur og Fritid", "Hvert år"),
        (h["h5"], dd["d9"], "Bjerreby Kulturhus", "2027"),
        ("Job og uddannelse",),
        (h["h6"], dd["d10"] + "\n" + dd["d11"], "Jobcenter Bjerreby", "2027–2028"),
        ("Familier",),
        (h["h7"], dd["d12"], "Børn og Familie", "2027"),
    ]
    child = [
        ("title", "Handleplan 2027–2028"),
        ("sub", "Bjerreby Kommunes handicappolitik · Godkendt af Social- og Sundhedsudvalget "
         "den 3. november 2026"),
        ("h1", "Indledning"),
        ("p", "Handleplanen udmønter handicappolitikken »Et liv som andres« for perioden "
         "2027–2028. For hvert fokusområde viser tabellen, hvad vi vil opnå (målsætning), og "
         "hvilke handlinger der sættes i gang. Handleplanen bidrager også til "
         "kommuneplanens mål."),
        ("p", "Byrummene og boligudbygningen i øvrigt følger kommuneplanens rammer og "
         "retningslinjer og er ikke en del af handleplanen."),
        ("h1", "Målsætninger og handlinger"),
        ("table", ["Målsætning", "Handlinger", "Ansvar", "Tidsplan"], rows, [92, 104, 44, 30]),
        ("h1", "Opfølgning"),
        ("p", "Handicaprådet får en status på handleplanen to gange om året. Handleplanen "
         "revideres i efteråret 2028."),
    ]
    _docx(child, d / "child.pdf", title="Handleplan 2027–2028 for handicappolitikken",
          author="Bjerreby Kommune", header="Bjerreby Kommune – Handleplan for handicappolitikken "
          "2027–2028", footer="Side ", lang="da-DK", font="Liberation Sans Narrow", size=10.5,
          color="8C1C13", landscape=True, fill="F3D9D6")

    goals_ = [
        G("B1", g["B1"], "followed_up", [h["h1"], dd["d1"], dd["d2"]], ev="Borgere med handicap "
          "skal kunne få",
          note="the goals are the bullets under each theme's 'Mål' heading (ids = theme letter "
          "+ order, not printed); the numbered 'Retningslinjer' (1.1 …) are planning rules, no "
          "goals, nor are the theme texts and 'Om hovedstrukturen'. The handleplan's share: "
          "housing for citizens with a disability"),
        G("B2", g["B2"], "partial", [h["h2"], dd["d3"], dd["d4"]],
          ev="Alle kommunens borgerrettede bygninger",
          missing=["tilgængelige byrum"],
          note="public buildings only; the introduction leaves the byrum to the kommuneplan's "
          "framework"),
        G("M1", g["M1"], "followed_up", [h["h3"], dd["d5"], dd["d6"]],
          ev="Borgere med handicap skal kunne komme",
          note="the handleplan's share: bus and flextrafik for citizens with a disability; the "
          "only goal cell with a citation ('Jf. kommuneplanens mål om mobilitet.')"),
        G("F1", g["F1"], "partial", [h["h4"], dd["d7"], dd["d8"]], ev="Flere børn og voksne",
          missing=["brug af naturen (stier, friluftsliv) for borgere med handicap"],
          note="sport in the clubs only; nothing for nature"),
        G("F2", g["F2"], "followed_up", [h["h5"], dd["d9"]], ev="Borgere med handicap skal "
          "kunne deltage",
          note="follow-up in other words: 'nå ud til alle' as taking part on equal terms, a "
          "loop system and a companion ticket"),
        G("E1", g["E1"], "followed_up", [h["h6"], dd["d10"], dd["d11"]],
          ev="Flere borgere med handicap skal",
          note="jobs for citizens with a disability and a network of firms for social "
          "responsibility: both concerns, for the plan's share"),
        G("K1", g["K1"], "not_followed_up",
          note="silent: nothing in the handleplan touches flooding (outside a disability "
          "policy)"),
    ]
    kids = [
        C(h["h1"], ["B1"], note="the child goals are the 'Målsætning' cells (gold text without "
          "the citation line in the transport row); each line of a 'Handlinger' cell is a "
          "measure (in served_by); the shaded group rows, 'Ansvar' and 'Tidsplan' are no "
          "goals"),
        C(h["h2"], ["B2"]),
        C(h["h3"], ["M1"]),
        C(h["h4"], ["F1"]),
        C(h["h5"], ["F2"]),
        C(h["h6"], ["E1"]),
        C(h["h7"], [], note="one caseworker for families, stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, Liberation Sans 10; kommuneplan, hovedstruktur): a "
        "red top band, numbered theme headings '1. Byer og boliger' …, each a paragraph, a "
        "'Mål' sub-heading over round bullets and a 'Retningslinjer' list numbered 1.1 … in "
        "smaller grey type; footer name left, title and page right; child PDF (python-docx → "
        "LibreOffice, Liberation Sans Narrow 10.5, A4 landscape; handleplan for "
        "handicappolitikken): one table 'Målsætning | Handlinger | Ansvar | Tidsplan' with "
        "shaded group rows per fokusområde, several handlinger as paragraphs in one cell",
        goals=goals_, kids=kids,
    )

# =========================================================================== 5 Kellingham (en)


@pair
def kellingham_housing_action_plan(d: Path) -> dict:
    g = {
        "1a": "More residents in secure, well-paid employment.",
        "1b": "Gigabit broadband and good mobile coverage in every rural community.",
        "2a": "Older and disabled people supported to live independently in their own homes "
              "for longer.",
        "2b": "Fewer people sleeping rough or at risk of homelessness, working with the district "
              "councils.",
        "3a": "Enough new homes, including affordable homes, to meet local need.",
        "3b": "Homes that are warmer and cheaper to heat, with lower carbon emissions.",
    }
    prios = [
        ("1", "A thriving economy",
         "Stourleigh's economy has grown more slowly than the regional average, and wages "
         "in the rural west are among the lowest in the South West.", ["1a", "1b"]),
        ("2", "Healthy, independent lives",
         "One resident in four is over 65. Most people tell us they want to stay in their own "
         "homes and communities for as long as they can.", ["2a", "2b"]),
        ("3", "Homes and places",
         "House prices are ten times average earnings, and many older homes are hard and "
         "expensive to heat.", ["3a", "3b"]),
    ]
    parent = [
        ("title", "Council Strategy 2026–2030"),
        ("sub", "Stourleigh County Council · Approved by Full Council, 19 February 2026"),
        ("h1", "Foreword"),
        ("p", "This strategy sets out what the County Council wants to achieve over the next "
         "four years. We cannot do it alone: the district councils, the NHS, the police and "
         "the voluntary sector all have a part to play, and each priority below will be taken "
         "forward in their plans as well as ours."),
    ]
    for n, head, text, ks in prios:
        parent += [("h1", f"Priority {n}: {head}"), ("p", text), ("label", "Our objectives")]
        parent += [("num", f"({k[1]})", g[k]) for k in ks]
    parent += [
        ("h1", "Measuring success"),
        ("p", "A performance scorecard with around thirty indicators is reported to Cabinet "
         "each quarter and published on the council's website."),
    ]
    _rl(d / "parent.pdf", parent, family="LiberationSerif", base=11, accent="#5B2C6F",
        title="Council Strategy 2026–2030", author="Stourleigh County Council",
        head="Stourleigh County Council", foot="Council Strategy 2026–2030  ·  {n}")

    o = {
        "A1": "Deliver at least 150 new affordable homes a year, a third of them for social "
              "rent.",
        "B1": "End the need for anyone to sleep rough in Kellingham.",
        "C1": "Help older and disabled residents to stay safe and independent in their own "
              "homes.",
        "C2": "Make the housing register simpler and quicker to use.",
        "D1": "Cut fuel poverty and carbon emissions from homes in the district.",
        "E1": "Private renters live in safe, well-managed homes.",
    }
    a = {
        "a1": "Release council-owned sites at Mill Lane and Station Yard for 60 homes",
        "a2": "Require 35 per cent affordable housing on sites of ten or more homes",
        "a3": "Extend the street outreach service to seven days a week",
        "a4": "Ten Housing First tenancies with intensive support",
        "a5": "Complete Disabled Facilities Grant adaptations within 20 weeks of referral",
        "a6": "Handyperson service for small repairs, grab rails and key safes",
        "a7": "Online housing register with a decision within 10 working days",
        "a8": "Insulation and heat pumps for 200 low-income homes through the Warm Homes grant",
        "a9": "Enforce the minimum energy efficiency standard in private rented homes",
        "a10": "Licence every house in multiple occupation in Kellingham town centre",
    }
    groups = [
        ("Priority A – More affordable homes", [
            ("A1", [("a1", "Local Plan policy H4", "Housing Development", "Mar 2027"),
                    ("a2", "Local Plan policy H4", "Planning Policy", "Ongoing")]),
        ]),
        ("Priority B – Preventing homelessness", [
            ("B1", [("a3", "Homelessness and Rough Sleeping Strategy", "Housing Options",
                     "Jun 2026"),
                    ("a4", "Homelessness and Rough Sleeping Strategy", "Housing Options",
                     "Dec 2026")]),
        ]),
        ("Priority C – Independent living", [
            ("C1", [("a5", "County Council Strategy 2(a)", "Private Sector Housing",
                     "Mar 2027"),
                    ("a6", "Better Care Fund plan", "Private Sector Housing", "Sep 2026")]),
            ("C2", [("a7", "County Council Strategy 2(a)", "Housing Options", "Sep 2026")]),
        ]),
        ("Priority D – Better homes", [
            ("D1", [("a8", "Climate Action Plan", "Sustainability", "Mar 2027"),
                    ("a9", "—", "Private Sector Housing", "Ongoing")]),
            ("E1", [("a10", "—", "Private Sector Housing", "Apr 2027")]),
        ]),
    ]
    css = (
        "@page{size:A4 landscape;margin:16mm 16mm 17mm 16mm;"
        "@top-left{content:'Kellingham District Council';font:bold 8pt 'Liberation Sans',"
        "sans-serif;color:#0e5a6a}"
        "@top-right{content:'Housing Strategy 2026–2031 · Action Plan 2026/27';"
        "font:8pt 'Liberation Sans',sans-serif;color:#555}"
        "@bottom-right{content:'Page ' counter(page) ' of ' counter(pages);"
        "font:8pt 'Liberation Sans',sans-serif;color:#555}}"
        "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:9.5pt;line-height:1.35;"
        "color:#1a1a1a}"
        "h1{font-size:19pt;color:#0e5a6a;margin:0 0 1mm}"
        ".sub{font-size:10.5pt;color:#444;margin:0 0 5mm}"
        "h2{font-size:12pt;color:#0e5a6a;margin:5mm 0 2mm}"
        "p{margin:0 0 2.2mm;max-width:235mm}"
        "table.ap{font-size:8.8pt;margin-top:2mm}"
        "table.ap th{background:#0e5a6a;color:#fff;text-align:left;padding:1.6mm 2mm}"
        "table.ap td{border:0.5pt solid #b7c9cd;padding:1.4mm 2mm;vertical-align:top}"
        "table.ap tr.grp td{background:#e3eff1;font-weight:bold;color:#0e5a6a}"
        "table.ap td.obj b{display:inline-block;width:7mm}"
        "tr{break-inside:avoid}"
    )
    body = [
        "<h1>Housing Strategy 2026–2031</h1>",
        "<p class='sub'>Action Plan: Year 1 (2026/27) · Kellingham District Council</p>",
        "<h2>1. About this action plan</h2>",
        "<p>The Housing Strategy has four priorities and a set of objectives under each. This "
        "action plan sets out the actions for the first year, who leads them and when they "
        "will be done. The 'Links to' column shows the other plan or strategy an action "
        "helps to deliver, including Stourleigh County Council's Council Strategy "
        "2026–2030.</p>",
        "<p>Employment and skills are covered by the Kellingham Economic Growth Plan, and the "
        "overall number of new homes is set by the Local Plan, so neither appears here.</p>",
        "<h2>2. Actions for 2026/27</h2>",
        "<table class='ap'><thead><tr><th style='width:27%'>Objective</th>"
        "<th style='width:35%'>Actions</th><th style='width:17%'>Links to</th>"
        "<th style='width:12%'>Lead</th><th style='width:9%'>By when</th></tr></thead><tbody>",
    ]
    for head, objs in groups:
        body.append(f"<tr class='grp'><td colspan='5'>{e(head)}</td></tr>")
        for ok, acts in objs:
            for i, (ak, link, lead, when) in enumerate(acts):
                first = (f"<td class='obj' rowspan='{len(acts)}'><b>{ok}</b>{e(o[ok])}</td>"
                         if i == 0 else "")
                body.append(f"<tr>{first}<td>{e(a[ak])}</td><td>{e(link)}</td>"
                            f"<td>{e(lead)}</td><td>{e(when)}</td></tr>")
    body += [
        "</tbody></table>",
        "<h2>3. Monitoring</h2>",
        "<p>Progress is reported to the Housing and Communities Committee every six months, "
        "and the action plan is refreshed each April.</p>",
    ]
    _html("en", "Housing Strategy 2026–2031: Action Plan 2026/27", css, body, d / "child.pdf")

    goals_ = [
        G("1a", g["1a"], "not_followed_up",
          note="the goals are the objectives (a), (b) under 'Our objectives' in each 'Priority "
          "n' (id = priority number + letter; the gold text without '(a)'); the foreword, the "
          "priority texts and 'Measuring success' are no goals. Trap: named in passing — "
          "employment is left to the Economic Growth Plan"),
        G("1b", g["1b"], "not_followed_up", note="silent: nothing on broadband"),
        G("2a", g["2a"], "followed_up", [o["C1"], a["a5"], a["a6"]], ev="Help older and disabled",
          note="adaptations within 20 weeks and a handyperson service; a5 links to 'County "
          "Council Strategy 2(a)'"),
        G("2b", g["2b"], "partial", [o["B1"], a["a3"], a["a4"]], ev="End the need for",
          missing=["people at risk of homelessness (prevention)"],
          note="rough sleeping only, although the priority is called 'Preventing "
          "homelessness'; no action for those at risk"),
        G("3a", g["3a"], "partial", [o["A1"], a["a1"], a["a2"]], ev="Deliver at least 150",
          missing=["enough new homes overall (left to the Local Plan)"],
          note="affordable homes only; the introduction leaves the overall number to the Local "
          "Plan"),
        G("3b", g["3b"], "followed_up", [o["D1"], a["a8"], a["a9"]], ev="Cut fuel poverty and",
          note="follow-up in other words: 'fuel poverty' = cheaper to heat, insulation and heat "
          "pumps = warmer and lower carbon"),
    ]
    kids = [
        C(o["A1"], ["3a"], note="the child goals are the 'Objective' cells (spanning their "
          "actions; the gold text without the printed A1 …); each 'Actions' cell is a measure "
          "(in served_by); 'Links to', 'Lead', 'By when' and the priority group rows are no "
          "goals"),
        C(o["B1"], ["2b"]),
        C(o["C1"], ["2a"]),
        C(o["C2"], [], note="trap: its action links to 'County Council Strategy 2(a)', but a "
          "quicker housing register does not help anyone live independently at home — stands "
          "alone"),
        C(o["D1"], ["3b"]),
        C(o["E1"], [], note="HMO licensing, stands alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, Liberation Serif 11; county council strategy): "
        "'Priority n: …' headings, a paragraph and a bold-italic 'Our objectives' label over "
        "objectives lettered (a), (b) with a hanging indent; header right, footer left under "
        "a rule; child PDF (Chromium, Liberation Sans 9.5, A4 landscape; district housing "
        "strategy action plan): one table 'Objective | Actions | Links to | Lead | By when', "
        "priority group rows, the objective cell (A1 …) spanning its action rows, two actions "
        "linking to 'County Council Strategy 2(a)'; footer 'Page n of N'",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder=BUILDER)


if __name__ == "__main__":
    main(sys.argv[1:])
