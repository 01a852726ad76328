"""Build the forty-first blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-06 by `bpar41` without reading plancheck's code, tests or bench, without
running it, and without reading parents-blind40. ORDINARY pairs of small municipalities, the
child following the parent up mostly in other words:

- Brattås (nb): samfunnsdel (python-docx → LibreOffice, Liberation Serif) whose themes each ask
  'Hvor er vi i dag?' / 'Hvor vil vi?' / 'Hvordan kommer vi dit?' (bold paragraphs), the goals a
  Word decimal list restarting per theme, the strategies Word bullets → 'Plan for psykisk helse
  og rus 2027–2030' (reportlab, Liberation Sans): one table 'Hva vil vi oppnå? | Tiltak | Ansvar
  | Frist', the goal in the first row of its group only, over two pages.
- Vikafjell (nn): samfunnsdel (Chromium, Liberation Sans) with themes as coloured bands and goals
  as bullets led by a bold keyword ('Aktive bygder: …') → 'Handlingsdel 2027–2030 med
  økonomiplan' (python-docx → LibreOffice, DejaVu Sans): per kommunalområde a bold 'Mål for
  perioden' over dash bullets and a table 'Tiltak | 2027 | 2028 | 2029 | 2030' in 1 000 kr.
- Lindesjö (sv): 'Trygghetsprogram 2027–2030' (reportlab, DejaVu Serif) with goals 1.1 … 4.2
  in a hanging indent under 'Fokusområde n' → 'Handlingsplan för trygghetsarbetet 2027'
  (Chromium, DejaVu Sans): per section a run-in bold 'Mål 2027:' paragraph and a small table
  'Aktivitet | Ansvar | Klart'.
- Tofterup (da): 'Ældrepolitik 2027–2030' (Chromium, Liberation Serif, two text columns) with
  goals as bold sentences over a plain explanatory paragraph → 'Handleplan for ældreområdet
  2027–2028' (reportlab, DejaVu Sans, A4 landscape): one table 'Mål | Indsatser | Ansvarlig |
  Tidsplan | Sådan måler vi' with a shaded tema row before each group, over two pages.
- Harlan Creek (en, US town): 'Strategic Plan 2027–2031' (reportlab, Liberation Serif) with
  focus areas in capitals, goals coded QL-1 …, SC-2 and lettered strategies a., b. under each
  (not goals) → the Parks and Recreation Department's 'FY2027 Business Plan' (python-docx →
  LibreOffice, Liberation Sans): a table '# | Objective | Key actions | Performance measure |
  FY2027 target'.

    python corpora/parents-blind41/make_pairs.py                  # all pairs
    python corpora/parents-blind41/make_pairs.py --verify         # re-read the PDFs only
    python corpora/parents-blind41/make_pairs.py --twice          # build twice, compare sha256

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
BUILDER = "corpora/parents-blind41/make_pairs.py"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


# =========================================================================== writers


def _rl_fonts(family: str) -> dict[str, str]:
    """Register a TTF family for reportlab under B41-<family>; returns {style: name}."""
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
    base = f"B41-{family}"
    names = {"normal": base, "bold": base + "-B", "italic": base + "-I", "boldItalic": base + "-BI"}
    for n, fn in zip(names.values(), files[1:], strict=True):
        pdfmetrics.registerFont(TTFont(n, str(files[0] / fn)))
    pdfmetrics.registerFontFamily(base, **names)
    return names


def _rl(pdf: Path, blocks, *, family: str, title: str, author: str, head: str, foot: str,
        accent: str, landscape: bool = False, base: float = 10, caps_h1: bool = False) -> Path:
    """reportlab (invariant). Blocks: ("title"|"sub"|"h1"|"h2"|"p"|"b"|"note", text), ("item",
    code, text) a goal with its code in a hanging indent, ("sub_item", letter, text) indented
    one step further in a smaller size, ("dashes", [..]) en-dash list, ("table", head, rows,
    widths_mm, opts): the header row repeated; a row ("§", text) is a shaded row across the
    table; opts 'groups' = row indices that open a group (a rule above them, none between the
    rows of a group); a cell given as a list is one en-dash line per item. Furniture: HEAD right
    over a full-width hairline, FOOT left and 'n' right over a hairline at the bottom."""
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
    ink = colors.HexColor("#1d1d1d")
    grey = colors.HexColor("#666666")
    ps = {
        "title": ParagraphStyle("t", fontName=f["bold"], fontSize=base + 10, leading=base + 14,
                                textColor=acc, spaceAfter=3),
        "sub": ParagraphStyle("s", fontName=f["normal"], fontSize=base - 0.5, leading=base + 3,
                              textColor=grey, spaceAfter=12),
        "h1": ParagraphStyle("h1", fontName=f["bold"], fontSize=base + 2.5, leading=base + 5,
                             textColor=acc, spaceBefore=10, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName=f["boldItalic"], fontSize=base + 0.5,
                             leading=base + 4, textColor=ink, spaceBefore=5, spaceAfter=2),
        "p": ParagraphStyle("p", fontName=f["normal"], fontSize=base, leading=base * 1.4,
                            spaceAfter=5, textColor=ink),
        "b": ParagraphStyle("b", fontName=f["bold"], fontSize=base, leading=base * 1.4,
                            spaceAfter=2, textColor=ink),
        "note": ParagraphStyle("nt", fontName=f["italic"], fontSize=base - 1, leading=base + 2,
                               textColor=grey, spaceAfter=5),
        "item": ParagraphStyle("it", fontName=f["normal"], fontSize=base, leading=base * 1.35,
                               leftIndent=14 * mm, bulletIndent=0, spaceBefore=2, spaceAfter=2,
                               bulletFontName=f["bold"], bulletColor=acc, textColor=ink),
        "sub_item": ParagraphStyle("si", fontName=f["normal"], fontSize=base - 1,
                                   leading=base * 1.25, leftIndent=20 * mm,
                                   bulletIndent=14 * mm, spaceAfter=1, textColor=grey),
        "li": ParagraphStyle("li", fontName=f["normal"], fontSize=base, leading=base * 1.35,
                             leftIndent=5 * mm, bulletIndent=0.5 * mm, spaceAfter=1.5,
                             textColor=ink),
        "c": ParagraphStyle("c", fontName=f["normal"], fontSize=base - 1, leading=base + 1.8),
        "cli": ParagraphStyle("cli", fontName=f["normal"], fontSize=base - 1,
                              leading=base + 1.8, leftIndent=3.5 * mm, bulletIndent=0,
                              spaceAfter=2),
        "ch": ParagraphStyle("ch", fontName=f["bold"], fontSize=base - 1, leading=base + 1.8,
                             textColor=colors.white),
        "cs": ParagraphStyle("cs", fontName=f["bold"], fontSize=base - 0.5, leading=base + 2,
                             textColor=acc),
    }
    story = []
    for b in blocks:
        k = b[0]
        if k in ("title", "sub", "h2", "p", "b", "note"):
            story.append(Paragraph(e(b[1]), ps[k]))
        elif k == "h1":
            story.append(Paragraph(e(b[1].upper() if caps_h1 else b[1]), ps["h1"]))
        elif k in ("item", "sub_item"):
            story.append(Paragraph(e(b[2]), ps[k], bulletText=b[1]))
        elif k == "dashes":
            story += [Paragraph(e(x), ps["li"], bulletText="–") for x in b[1]]
            story.append(Spacer(1, 3))
        elif k == "table":
            _, thead, rows, widths, opts = b
            data = [[Paragraph(e(x), ps["ch"]) for x in thead]]
            style = [
                ("BACKGROUND", (0, 0), (-1, 0), acc),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, acc),
            ]
            groups = set(opts.get("groups", range(len(rows))))
            for i, r in enumerate(rows, start=1):
                if r[0] == "§":
                    data.append([Paragraph(e(r[1]), ps["cs"])] + [""] * (len(thead) - 1))
                    style += [("SPAN", (0, i), (-1, i)),
                              ("BACKGROUND", (0, i), (-1, i), colors.HexColor(opts["band"])),
                              ("LINEABOVE", (0, i), (-1, i), 0.8, acc)]
                    continue
                data.append([[Paragraph(e(y), ps["cli"], bulletText="–") for y in x]
                             if isinstance(x, list) else Paragraph(e(x), ps["c"]) for x in r])
                if i - 1 in groups:
                    style.append(("LINEABOVE", (0, i), (-1, i), 0.4, colors.HexColor("#9a9a9a")))
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
            t.setStyle(TableStyle(style))
            story += [t, Spacer(1, 7)]
        else:
            raise ValueError(k)
    size = _land(A4) if landscape else A4
    w, h = size

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor("#8c8c8c"))
        canvas.setLineWidth(0.4)
        canvas.line(20 * mm, h - 13 * mm, w - 20 * mm, h - 13 * mm)
        canvas.line(20 * mm, 13 * mm, w - 20 * mm, 13 * mm)
        canvas.setFillColor(grey)
        canvas.setFont(f["normal"], 7.5)
        canvas.drawRightString(w - 20 * mm, h - 11.5 * mm, head)
        canvas.drawString(20 * mm, 9 * mm, foot)
        canvas.drawRightString(w - 20 * mm, 9 * mm, str(doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(pdf), pagesize=size, title=title, author=author, creator=author,
        leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=19 * mm,
        invariant=1,
    )
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return pdf


def _docx(blocks, pdf: Path, *, title: str, author: str, header: str, page_word: str,
          of_word: str, lang: str, font: str, size: float, color: str, fill: str,
          landscape: bool = False) -> Path:
    """python-docx → LibreOffice. Blocks: ("title"|"sub"|"h1"|"h2"|"p"|"b"|"i", text),
    ("numbered", [..]) a Word decimal list restarting at 1, ("bullets", [..]) Word's Symbol
    bullets, ("dashes", [..]) an en-dash list, ("table", head, rows, widths, opts) the header row
    repeated (opts 'right' = column indices right-aligned, 'bold_last' = the last row bold), a
    cell's '\n' a new paragraph. Header left over a rule; footer centred 'PAGE_WORD n OF_WORD N'."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm

    doc = dh.new_document(font=font, size=size, margins_mm=22, heading_color=color)
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
    dh.page_of_footer(fp, page_word, of_word, "2", size=8)
    dec = dh.add_abstract_num(doc, "decimal")
    bul = dh.add_num(doc, dh.add_abstract_num(doc, "symbol_bullet"))
    dash = dh.add_num(doc, dh.add_abstract_num(doc, "dash"))
    for b in blocks:
        k = b[0]
        if k == "title":
            dh.para(doc, b[1], bold=True, size=size + 9, color=color, space_after=3)
        elif k == "sub":
            dh.para(doc, b[1], italic=True, size=size - 0.5, color="595959", space_after=12)
        elif k in ("h1", "h2"):
            dh.heading(doc, b[1], int(k[1]))
        elif k == "p":
            dh.para(doc, b[1])
        elif k == "b":
            dh.para(doc, b[1], bold=True, space_before=4, space_after=2, keep_with_next=True)
        elif k == "i":
            dh.para(doc, b[1], italic=True, size=size - 1, color="595959", space_after=6)
        elif k == "numbered":
            nid = dh.add_num(doc, dec, restart_at=1)
            for x in b[1]:
                dh.list_item(doc, x, nid)
        elif k in ("bullets", "dashes"):
            for x in b[1]:
                dh.list_item(doc, x, bul if k == "bullets" else dash)
        elif k == "table":
            _, head, rows, widths, opts = b
            t = dh.new_table(doc, widths)
            r = dh.add_row(t, head, widths, size=size - 1, bold=True, fill=fill)
            dh.set_repeat_header(r)
            right = set(opts.get("right", ()))
            for i, row in enumerate(rows):
                rr = dh.add_row(t, list(row), widths, size=size - 1,
                                bold=opts.get("bold_last") and i == len(rows) - 1)
                dh.set_cant_split(rr)
                for j in right:
                    for p in rr.cells[j].paragraphs:
                        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for j in right:
                for p in t.rows[0].cells[j].paragraphs:
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            dh.para(doc, "", space_after=4)
        else:
            raise ValueError(k)
    dh.set_core_properties(doc, title=title, author=author)
    with tempfile.TemporaryDirectory(prefix="parblind41-docx-") as tmp:
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
    with tempfile.TemporaryDirectory(prefix="parblind41-html-") as tmp:
        src = Path(tmp) / (pdf.stem + ".html")
        src.write_text(page, encoding="utf-8")
        return bk.chromium_pdf(src, pdf)


# =========================================================================== 1 Brattås (nb)


@pair
def brattas_psykisk_helse_og_rus(d: Path) -> dict:
    g = {
        "H1": "Innbyggerne i Brattås skal oppleve god psykisk helse og livskvalitet gjennom hele "
              "livet.",
        "H2": "Færre skal utvikle rusproblemer, og de som har et rusproblem, skal få hjelp "
              "tidlig.",
        "H3": "Eldre skal kunne bo hjemme så lenge de ønsker det.",
        "O1": "Barn og unge skal ha en trygg oppvekst og oppleve mestring i skole og fritid.",
        "O2": "Flere elever skal fullføre videregående opplæring.",
        "I1": "Alle skal ha mulighet til å delta i arbeidsliv og samfunnsliv.",
        "I2": "Ingen skal være ufrivillig ensomme.",
    }
    themes = [
        ("3 Helse og livskvalitet",
         "Brattås har flere innbyggere over 80 år enn landet ellers, og stadig flere unge "
         "oppgir at de sliter med stress og søvn. Bruken av alkohol blant voksne har økt.",
         ["H1", "H2", "H3"],
         ["Vi satser på forebygging og tidlig innsats framfor behandling.",
          "Vi tar i bruk velferdsteknologi der det gir trygghet og frigjør tid."]),
        ("4 Oppvekst og læring",
         "De fleste barn i Brattås trives på skolen, men andelen som fullfører videregående "
         "opplæring, ligger under fylket.",
         ["O1", "O2"],
         ["Barnehage, skole og helsetjenester samarbeider tett rundt hvert barn.",
          "Fritidstilbudet skal være gratis eller billig."]),
        ("5 Inkludering og deltakelse",
         "Frivilligheten er sterk i Brattås. Samtidig står mange i arbeidsfør alder utenfor "
         "arbeidslivet, og flere bor alene enn før.",
         ["I1", "I2"],
         ["Kommunen, NAV og næringslivet samarbeider om arbeidsplasser for dem som står "
          "utenfor.",
          "Vi støtter møteplasser som er åpne for alle."]),
    ]
    parent = [
        ("title", "Kommuneplanens samfunnsdel 2027–2040"),
        ("sub", "Brattås kommune – vedtatt i kommunestyret 4. mars 2027, sak 12/27"),
        ("h1", "1 Innledning"),
        ("p", "Samfunnsdelen sier hva slags samfunn vi ønsker i Brattås i 2040, og hva "
         "kommunen skal legge vekt på for å komme dit. Målene følges opp i kommunedelplaner og "
         "temaplaner og i handlingsdelen, som rulleres hvert år."),
        ("h1", "2 Visjon"),
        ("p", "«Brattås – der vi vil bo». Visjonen er et bilde av kommunen vi ønsker, ikke et "
         "mål som kan måles."),
    ]
    for head, text, ks, strat in themes:
        parent += [
            ("h1", head),
            ("b", "Hvor er vi i dag?"), ("p", text),
            ("b", "Hvor vil vi?"), ("numbered", [g[k] for k in ks]),
            ("b", "Hvordan kommer vi dit?"), ("bullets", strat),
        ]
    parent += [
        ("h1", "6 Arealstrategi"),
        ("p", "Nye boliger skal i hovedsak komme i Brattås sentrum og på Leira, nær skole og "
         "butikk. Dyrka mark skal ikke bygges ned."),
        ("h1", "7 Oppfølging"),
        ("p", "Kommunedirektøren rapporterer på målene i årsmeldingen. Samfunnsdelen "
         "vurderes på nytt i planstrategien i 2028."),
    ]
    _docx(parent, d / "parent.pdf", title="Kommuneplanens samfunnsdel 2027–2040",
          author="Brattås kommune", header="Brattås kommune  |  Kommuneplanens samfunnsdel",
          page_word="Side ", of_word=" av ", lang="nb-NO", font="Times New Roman", size=11,
          color="7A2E39", fill="F2E4E6")

    c = {
        "M1": "Innbyggerne skal vite hvor de kan få hjelp, og få hjelp uten henvisning og lang "
              "ventetid.",
        "M2": "Flere skal mestre hverdagen selv om de har psykiske plager.",
        "M3": "Ungdom skal vente lenger med å drikke alkohol, og færre skal prøve hasj.",
        "M4": "Den som har et rusproblem, skal få hjelp før problemene vokser seg store.",
        "M5": "Barn som lever med foreldre med psykisk sykdom eller rusproblemer, skal bli sett "
              "og få hjelp.",
        "M6": "Flere brukere skal være i arbeid, utdanning eller annen meningsfull aktivitet.",
        "M7": "Brukere og pårørende skal oppleve at de blir hørt når tjenestene utformes.",
    }
    t = {
        "1": "Rask psykisk helsehjelp for voksne, med drop-in to dager i uka",
        "2": "Oversikt over hjelpetilbudet på kommunens nettside og på fastlegekontorene",
        "3": "Kurs i mestring av depresjon to ganger i året",
        "4": "Gruppetilbud for unge voksne med angst og søvnvansker",
        "5": "Ungdataundersøkelsen gjennomgås i alle klasser på ungdomsskolen",
        "6": "Minst tre kontroller per år på hvert salgs- og skjenkested",
        "7": "Rusteamet gir første samtale innen én uke etter at noen tar kontakt",
        "8": "Samtaler om alkohol når helsesykepleier og fastlege møter gravide og småbarnsforeldre",
        "9": "Barneansvarlig i alle tjenester for voksne, med fast rutine for å spørre om barn",
        "10": "Individuell jobbstøtte (IPS) i samarbeid med NAV",
        "11": "Besøksvenner fra frivilligsentralen også for personer med psykiske lidelser",
        "12": "Brukerråd for psykisk helse og rus, to møter hvert halvår",
        "13": "Pårørendeskole hver vår",
    }
    rows = [
        (c["M1"], t["1"], "Psykisk helse og rus", "2027"),
        ("", t["2"], "Kommunikasjon", "2027"),
        (c["M2"], t["3"], "Psykisk helse og rus", "Årlig"),
        ("", t["4"], "Psykisk helse og rus", "2028"),
        (c["M3"], t["5"], "Oppvekst", "Årlig"),
        ("", t["6"], "Servering og salg", "Årlig"),
        (c["M4"], t["7"], "Psykisk helse og rus", "2027"),
        ("", t["8"], "Helsestasjonen / legekontoret", "2028"),
        (c["M5"], t["9"], "Alle virksomheter", "2027"),
        (c["M6"], t["10"], "NAV / Psykisk helse og rus", "2027"),
        ("", t["11"], "Frivilligsentralen", "2028"),
        (c["M7"], t["12"], "Kommunalsjef helse", "2027"),
        ("", t["13"], "Psykisk helse og rus", "Årlig"),
    ]
    groups = [i for i, r in enumerate(rows) if r[0]]
    child = [
        ("title", "Plan for psykisk helse og rus 2027–2030"),
        ("sub", "Brattås kommune · temaplan · vedtatt i kommunestyret 16. september 2027"),
        ("h1", "1 Bakgrunn"),
        ("p", "Planen samler kommunens arbeid med psykisk helse og rus for voksne, barn og unge. "
         "Den bygger på kommuneplanens samfunnsdel, særlig temaet Helse og livskvalitet, og på "
         "Opptrappingsplanen for psykisk helse."),
        ("p", "Tjenester for eldre som ønsker å bo hjemme, omtales i helse- og omsorgsplanen og "
         "er ikke en del av denne planen."),
        ("h1", "2 Status"),
        ("p", "I 2026 hadde psykisk helse- og rustjenesten 240 brukere. Ventetiden på første "
         "samtale var i snitt fem uker. Ungdata viser at flere ungdommer enn før har drukket "
         "seg beruset før de fyller 16 år."),
        ("p", "Brukerundersøkelsen fra 2025 viser at de fleste er fornøyd med hjelpen de får, "
         "men at det er vanskelig å vite hvor man skal henvende seg. Pårørende etterlyser mer "
         "informasjon og noen å snakke med. Fastlegene melder at mange unge voksne med angst "
         "venter lenge på hjelp fra spesialisthelsetjenesten."),
        ("h2", "Slik jobber vi"),
        ("p", "Tjenesten er organisert i ett team for voksne og ett rusteam. Helsestasjon og "
         "skolehelsetjeneste har ansvaret for barn og unge. Kommunen samarbeider med "
         "distriktspsykiatrisk senter om dem som trenger mer enn kommunen kan gi."),
        ("h1", "3 Hva vil vi oppnå, og hvordan?"),
        ("p", "Tabellen viser målene for planperioden med tiltakene som skal bidra til hvert mål. "
         "Tiltak med kostnader tas inn i handlingsdelen."),
        ("table", ["Hva vil vi oppnå?", "Tiltak", "Ansvar", "Frist"], rows, [60, 62, 32, 16],
         {"groups": groups}),
        ("h1", "4 Evaluering"),
        ("p", "Planen evalueres i 2030. Brukerrådet deltar i evalueringen."),
    ]
    _rl(d / "child.pdf", child, family="LiberationSans", base=9.5, accent="#7a2e39",
        title="Plan for psykisk helse og rus 2027–2030", author="Brattås kommune",
        head="Plan for psykisk helse og rus 2027–2030", foot="Brattås kommune")

    goals_ = [
        G("H1", g["H1"], "followed_up", [c["M1"], c["M2"], t["1"], t["3"]],
          ev="Innbyggerne skal vite hvor",
          note="the goals are the Word decimal list under the bold 'Hvor vil vi?' in each "
          "theme (ids H1 … I2 = theme initial + printed number); the bullets under 'Hvordan "
          "kommer vi dit?' are strategies, no goals; the vision, 'Hvor er vi i dag?', the "
          "arealstrategi and 'Oppfølging' are no goals. Help without referral and coping with "
          "psychological problems: the plan's share of 'god psykisk helse og livskvalitet'"),
        G("H2", g["H2"], "followed_up", [c["M3"], c["M4"], t["5"], t["6"], t["7"], t["8"]],
          ev="Den som har et rusproblem,",
          note="in other words: young people waiting longer before drinking (færre utvikler) and "
          "help before the problems grow (tidlig)"),
        G("H3", g["H3"], "not_followed_up",
          note="trap: named in passing — 'Bakgrunn' leaves services for older people living at "
          "home to the helse- og omsorgsplan"),
        G("O1", g["O1"], "partial", [c["M5"], t["9"]], ev="Barn som lever med foreldre",
          missing=["mestring i skole og fritid"],
          note="a safe childhood for children of parents with mental illness or addiction; "
          "nothing on mastery at school or in leisure time"),
        G("O2", g["O2"], "not_followed_up", note="silent: nothing on completing upper secondary"),
        G("I1", g["I1"], "followed_up", [c["M6"], t["10"]], ev="Flere brukere skal være i",
          note="in other words: work, education or other meaningful activity = arbeidsliv and "
          "samfunnsliv for the plan's users"),
        G("I2", g["I2"], "partial", [t["11"]], ev="Besøksvenner fra frivilligsentralen",
          missing=["ensomhet i befolkningen ellers"],
          note="served by a measure only (under M6): visiting friends for people with mental "
          "illness; 'ensom' is never written"),
    ]
    kids = [
        C(c["M1"], ["H1"], note="the child goals are the texts in the 'Hva vil vi oppnå?' "
          "column (printed once, in the first row of their group); the 'Tiltak' cells are "
          "measures (in served_by beside the goal of their group); 'Ansvar' and 'Frist' are no "
          "goals"),
        C(c["M2"], ["H1"]),
        C(c["M3"], ["H2"]),
        C(c["M4"], ["H2"]),
        C(c["M5"], ["O1"]),
        C(c["M6"], ["I1"]),
        C(c["M7"], [], note="user involvement, stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Serif 11; kommuneplanens "
        "samfunnsdel): numbered Heading 1 themes, each with bold paragraphs 'Hvor er vi i "
        "dag?', 'Hvor vil vi?' (goals as a Word decimal list restarting at 1) and 'Hvordan "
        "kommer vi dit?' (strategies as Symbol bullets); header left over a rule, footer "
        "centred 'Side n av N'; child PDF (reportlab, Liberation Sans 9.5; temaplan for "
        "psykisk helse og rus): one table 'Hva vil vi oppnå? | Tiltak | Ansvar | Frist' with "
        "a coloured header row repeated over two pages, the goal printed only in the first row "
        "of its group; head right and footer over hairlines",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Vikafjell (nn)


@pair
def vikafjell_handlingsdel(d: Path) -> dict:
    g = {
        "L1": "Det skal vere eit rikt lag- og organisasjonsliv i alle bygdene.",
        "L2": "Det skal finnast varierte bustader i heile kommunen, også for unge og eldre.",
        "F1": "Innbyggjarane skal ta gode val for eiga helse.",
        "F2": "Eldre skal få trygg hjelp i heimen og ha eit aktivt liv.",
        "F3": "Samfunnet skal vere budd på flaum, ras og lengre straumbrot.",
        "N1": "Talet på arbeidsplassar i privat sektor skal auke.",
        "N2": "Strandsona og fjellområda skal vere opne for friluftsliv.",
    }
    key = {"L1": "Aktive bygder", "L2": "Gode bustader", "F1": "Førebygging",
           "F2": "Omsorg", "F3": "Beredskap", "N1": "Arbeidsplassar", "N2": "Natur"}
    themes = [
        ("Levande bygder",
         "Vikafjell har fem bygder med kvar sin skule eller barnehage. Folketalet har vore "
         "stabilt, men det blir færre unge og fleire eldre.", ["L1", "L2"]),
        ("Trygge og friske folk",
         "Dei fleste har god helse, men mange har livsstilssjukdomar. Flaumen i 2024 "
         "stengde vegen til Øvre Vika i fire dagar.", ["F1", "F2", "F3"]),
        ("Berekraftig næring og natur",
         "Landbruk, havbruk og reiseliv er dei viktigaste næringane. Fjellet og fjorden er "
         "det beste vi har å by på.", ["N1", "N2"]),
    ]
    body = [
        "<header class='mast'><span>VIKAFJELL KOMMUNE</span><span>Samfunnsdelen 2026–2038"
        "</span></header>",
        "<h1>Kommuneplanen sin samfunnsdel 2026–2038</h1>",
        "<p class='sub'>Vedteken av kommunestyret 10.12.2026 (sak 88/26)</p>",
        "<h2 class='plain'>Om planen</h2>",
        "<p>Samfunnsdelen er det øvste styringsdokumentet i kommunen. Han skal gi retning for "
        "temaplanane og for handlingsdelen med økonomiplan, som blir rullert kvart år.</p>",
        "<p>Planen har tre tema. Under kvart tema står ei kort skildring og dei måla "
        "kommunestyret har sett for temaet.</p>",
    ]
    for head, text, ks in themes:
        body += [f"<h2 class='band'>{e(head)}</h2>", f"<p>{e(text)}</p>",
                 "<p class='lead'>Kommunestyret har sett desse måla for temaet:</p>",
                 "<ul class='goals'>"]
        body += [f"<li><b>{e(key[k])}:</b> {e(g[k])}</li>" for k in ks]
        body.append("</ul>")
    body += [
        "<h2 class='plain'>Samfunnstryggleik</h2>",
        "<p>Heilskapleg ROS-analyse frå 2025 ligg til grunn for planen. Arealdelen skal ta "
        "omsyn til flaum- og skredfare.</p>",
        "<h2 class='plain'>Korleis vi følgjer opp</h2>",
        "<p>Kommunedirektøren rapporterer i årsmeldinga på korleis det går med måla. "
        "Handlingsdelen viser kva tiltak som blir sette i gang.</p>",
    ]
    css = (
        "@page{size:A4;margin:18mm 20mm 20mm 20mm;"
        "@bottom-right{content:counter(page);font:8pt 'Liberation Sans',sans-serif;color:#555}}"
        "body{font-family:'Liberation Sans',sans-serif;font-size:10pt;line-height:1.4;"
        "color:#1e1e1e}"
        ".mast{display:flex;justify-content:space-between;font-size:7.5pt;color:#4b6b2f;"
        "letter-spacing:.6pt;border-bottom:.6pt solid #4b6b2f;padding-bottom:1mm}"
        "h1{font-size:19pt;margin:7mm 0 1mm;color:#2f4a1d}"
        ".sub{color:#666;margin:0 0 5mm}"
        "h2.plain{font-size:12pt;margin:5mm 0 1.5mm;color:#2f4a1d}"
        "h2.band{font-size:11.5pt;margin:6mm 0 2mm;background:#4b6b2f;color:#fff;"
        "padding:1.2mm 3mm}"
        "p{margin:0 0 2mm}"
        ".lead{font-style:italic;color:#333;margin-top:2.5mm}"
        "ul.goals{margin:0 0 2mm 0;padding-left:6mm}"
        "ul.goals li{margin:0 0 1.2mm}"
        "ul.goals b{color:#2f4a1d}"
    )
    _html("nn", "Kommuneplanen sin samfunnsdel 2026–2038 – Vikafjell kommune", css, body,
          d / "parent.pdf")

    c = {
        "c1": "Lag og organisasjonar skal ha gode lokale og føreseielege tilskot "
              "(samfunnsdelen: Aktive bygder).",
        "c2": "Alle barn skal få barnehageplass i den bygda dei bur i.",
        "c3": "Fleire vaksne skal vere fysisk aktive, ete sunt og slutte å røykje.",
        "c4": "Dei som får heimeteneste, skal kjenne seg trygge heile døgnet.",
        "c5": "Kommunale bygg og vegar skal tole ekstremvêr, og viktige tenester skal halde fram "
              "når straumen går.",
        "c6": "Det skal vere merka turstiar til dei mest brukte toppane.",
        "c7": "Gebyra for vatn og avløp skal ikkje auke meir enn prisveksten.",
    }
    t = {
        "t1": "Auka driftstilskot til lag og organisasjonar",
        "t2": "Rehabilitering av Nedre Vika grendahus",
        "t3": "Ny avdeling i Øvre Vika barnehage",
        "t4": "Frisklivssentral (40 % stilling)",
        "t5": "Tryggleiksalarm og digitalt tilsyn for heimebuande",
        "t6": "Nattpatrulje i heimetenesta heile året",
        "t7": "Aggregat for reservestraum til omsorgssenteret og rådhuset",
        "t8": "Flaumsikring av Vikavegen ved Storelva",
        "t9": "Merking og skilting av turstiar saman med turlaget",
        "t10": "Utskifting av gamle vassleidningar i Nedre Vika",
    }
    child = [
        ("title", "Handlingsdel 2027–2030 med økonomiplan"),
        ("sub", "Vikafjell kommune · Framlegg frå kommunedirektøren · Vedteken i "
         "kommunestyret 14.12.2026"),
        ("h1", "1 Innleiing"),
        ("p", "Handlingsdelen viser korleis kommunen skal følgje opp samfunnsdelen dei neste "
         "fire åra, og kva det kostar. Kvart kommunalområde har sett mål for perioden og "
         "peika ut tiltak som er prioriterte i økonomiplanen."),
        ("p", "Bustadbygging blir følgd opp gjennom arealdelen og bustadprogrammet. Tiltak for "
         "fleire arbeidsplassar står i strategisk næringsplan og er ikkje tekne inn her."),
        ("i", "Beløp i tabellane er i 1 000 kr, faste 2027-kroner. Investeringar er merkte (I)."),
        ("h1", "2 Oppvekst og kultur"),
        ("p", "Barnetalet går ned i Nedre Vika og opp i Øvre Vika. Laga melder at grendahusa "
         "treng vedlikehald."),
        ("b", "Mål for perioden"),
        ("dashes", [c["c1"], c["c2"]]),
        ("table", ["Tiltak", "2027", "2028", "2029", "2030"],
         [(t["t1"], "150", "150", "150", "150"), (t["t2"] + " (I)", "–", "1 200", "–", "–"),
          (t["t3"] + " (I)", "2 500", "–", "–", "–"), ("Sum", "2 650", "1 350", "150", "150")],
         [86, 20, 20, 20, 20], {"right": (1, 2, 3, 4), "bold_last": True}),
        ("h1", "3 Helse og omsorg"),
        ("p", "Talet på innbyggjarar over 80 år blir dobla fram mot 2040. Fleire vil bu heime "
         "lenger og treng hjelp der."),
        ("b", "Mål for perioden"),
        ("dashes", [c["c3"], c["c4"]]),
        ("table", ["Tiltak", "2027", "2028", "2029", "2030"],
         [(t["t4"], "320", "320", "320", "320"), (t["t5"], "180", "180", "180", "180"),
          (t["t6"], "650", "650", "650", "650"), ("Sum", "1 150", "1 150", "1 150", "1 150")],
         [86, 20, 20, 20, 20], {"right": (1, 2, 3, 4), "bold_last": True}),
        ("h1", "4 Teknisk og samfunnsutvikling"),
        ("p", "Vegar, vassverk og bygg må rustast for eit våtare klima. Turlaget har merka "
         "nokre stiar, men mange manglar skilt."),
        ("b", "Mål for perioden"),
        ("dashes", [c["c5"], c["c6"], c["c7"]]),
        ("table", ["Tiltak", "2027", "2028", "2029", "2030"],
         [(t["t7"] + " (I)", "1 800", "–", "–", "–"), (t["t8"] + " (I)", "–", "3 400", "–", "–"),
          (t["t9"], "60", "60", "60", "–"), (t["t10"] + " (I)", "900", "900", "900", "900"),
          ("Sum", "2 760", "4 360", "960", "900")],
         [86, 20, 20, 20, 20], {"right": (1, 2, 3, 4), "bold_last": True}),
        ("h1", "5 Økonomiske rammer"),
        ("p", "Driftsrammene er sette slik at netto driftsresultat blir minst 1,5 prosent av "
         "inntektene kvart år. Lånegjelda skal ikkje auke i perioden."),
    ]
    _docx(child, d / "child.pdf", title="Handlingsdel 2027–2030 med økonomiplan",
          author="Vikafjell kommune", header="Vikafjell kommune · Handlingsdel 2027–2030",
          page_word="Side ", of_word=" av ", lang="nn-NO", font="DejaVu Sans", size=9.5,
          color="4B6B2F", fill="E4ECDC")

    goals_ = [
        G("L1", g["L1"], "followed_up", [c["c1"], t["t1"], t["t2"]], ev="Lag og organisasjonar skal",
          note="the goals are the bullets under 'Kommunestyret har sett desse måla for temaet:' "
          "in each theme band (ids = theme initial + order, not printed; the gold text without "
          "the bold keyword lead 'Aktive bygder:'); the theme texts, 'Om planen', "
          "'Samfunnstryggleik' and 'Korleis vi følgjer opp' are no goals. Grants and a "
          "community hall for the associations; the child cites the keyword"),
        G("L2", g["L2"], "not_followed_up",
          note="trap: named in passing — the introduction leaves housing to the arealdel and "
          "the bustadprogram"),
        G("F1", g["F1"], "followed_up", [c["c3"], t["t4"]], ev="Fleire vaksne skal vere fysisk",
          note="in other words: active, eating well, quitting smoking, a frisklivssentral = "
          "'gode val for eiga helse'"),
        G("F2", g["F2"], "partial", [c["c4"], t["t5"], t["t6"]], ev="Dei som får heimeteneste,",
          missing=["eit aktivt liv for eldre"],
          note="safe help at home around the clock; nothing on an active life"),
        G("F3", g["F3"], "followed_up", [c["c5"], t["t7"], t["t8"]], ev="Kommunale bygg og vegar",
          note="in other words: 'tole ekstremvêr' and services going on 'når straumen går', "
          "backup power and flood protection of the road"),
        G("N1", g["N1"], "not_followed_up",
          note="trap: named in passing — the introduction leaves jobs to the strategisk "
          "næringsplan"),
        G("N2", g["N2"], "partial", [c["c6"], t["t9"]], ev="Det skal vere merka turstiar",
          missing=["strandsona open for ålmenta"],
          note="marked trails to the mountain tops; nothing on the shore zone"),
    ]
    kids = [
        C(c["c1"], ["L1"], note="the child goals are the dash bullets under each bold 'Mål for "
          "perioden' (the only one citing the parent names its keyword in brackets, part of "
          "the printed text); the rows of the 'Tiltak | 2027 | 2028 | 2029 | 2030' tables are "
          "measures (in served_by beside the goals of the same kommunalområde; the '(I)' "
          "investment mark is not part of the gold text); amounts and 'Sum' rows are no goals"),
        C(c["c2"], [], note="kindergarten place in one's own village, stands alone (near miss: "
          "'bygda' — L1 is about associations, not services)"),
        C(c["c3"], ["F1"]),
        C(c["c4"], ["F2"]),
        C(c["c5"], ["F3"]),
        C(c["c6"], ["N2"]),
        C(c["c7"], [], note="water and sewage fees, stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, Liberation Sans 10; kommuneplanen sin samfunnsdel): a "
        "mast line with the municipality left and the plan right over a rule, themes as white "
        "headings on a green band, an italic lead 'Kommunestyret har sett desse måla for "
        "temaet:' over round bullets each led by a bold keyword and colon; page number bottom "
        "right; child PDF (python-docx → LibreOffice, DejaVu Sans 9.5; handlingsdel med "
        "økonomiplan): per kommunalområde Heading 1, a bold 'Mål for perioden' over en-dash "
        "bullets and a table 'Tiltak | 2027 | 2028 | 2029 | 2030' in 1 000 kr with a bold "
        "'Sum' row; header left over a rule, footer centred 'Side n av N'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Lindesjö (sv)


@pair
def lindesjo_trygghet(d: Path) -> dict:
    g = {
        "1.1": "Fler invånare ska känna sig trygga när de rör sig ute på kvällen.",
        "1.2": "Skadegörelse och klotter i offentliga miljöer ska minska.",
        "2.1": "Färre unga ska använda alkohol, narkotika och tobak.",
        "2.2": "Inga barn eller unga ska rekryteras till kriminella nätverk.",
        "3.1": "Den som utsätts för våld i en nära relation ska få skydd och stöd.",
        "4.1": "Kommunen ska kunna upprätthålla samhällsviktig verksamhet vid en kris.",
        "4.2": "Invånarna ska veta hur de kan förbereda sig inför en kris.",
    }
    areas = [
        ("1", "Trygga offentliga miljöer",
         "I medborgarundersökningen 2025 svarade var tredje kvinna att hon undviker att gå ut "
         "ensam på kvällen. Klotter och skadegörelse kostar kommunen över en miljon kronor om "
         "året.", ["1.1", "1.2"]),
        ("2", "Barn och unga",
         "De flesta unga i Lindesjö mår bra och känner sig trygga. En liten grupp har en "
         "begynnande kriminalitet, och i årskurs 9 har fler än tidigare provat cannabis.",
         ["2.1", "2.2"]),
        ("3", "Våld i nära relationer",
         "Våld i nära relationer är ofta dolt. Socialtjänsten fick 64 anmälningar 2025.", ["3.1"]),
        ("4", "Krisberedskap",
         "Stormen 2024 gav strömavbrott i upp till fem dygn i norra kommundelen. Kommunen har "
         "ett geografiskt områdesansvar vid kriser.", ["4.1", "4.2"]),
    ]
    parent = [
        ("title", "Trygghetsprogram för Lindesjö kommun 2027–2030"),
        ("sub", "Antaget av kommunfullmäktige 2026-11-23, § 141 · Dnr KS 2026/318"),
        ("h1", "Inledning"),
        ("p", "Trygghetsprogrammet anger kommunens mål för arbetet med trygghet, brottsförebyggande "
         "arbete och krisberedskap. Nämnderna och bolagen konkretiserar målen i sina "
         "handlingsplaner. Programmet bygger på den lokala lägesbilden som kommunen och polisen "
         "tar fram varje år."),
    ]
    for n, head, text, ks in areas:
        parent += [("h1", f"Fokusområde {n} – {head}"), ("p", text),
                   ("h2", "Mål för fokusområdet")]
        parent += [("item", k, g[k]) for k in ks]
    parent += [
        ("h1", "Uppföljning"),
        ("p", "Kommunstyrelsen följer upp programmet varje år genom medborgarundersökningen, "
         "polisens trygghetsmätning och nämndernas verksamhetsberättelser."),
    ]
    _rl(d / "parent.pdf", parent, family="DejaVuSerif", base=9.5, accent="#1c4e80",
        title="Trygghetsprogram för Lindesjö kommun 2027–2030", author="Lindesjö kommun",
        head="Lindesjö kommun – Trygghetsprogram 2027–2030", foot="Dnr KS 2026/318")

    c = {
        "a": "Gång- och cykelvägar till skolor och busshållplatser ska vara upplysta och kännas "
             "trygga (program 1.1).",
        "b": "Klotter på kommunens byggnader ska vara borta inom två arbetsdagar.",
        "c": "Färre ungdomar ska få tag på alkohol genom langning.",
        "d": "Unga som är på väg in i kriminalitet ska upptäckas tidigt och ha en vuxen att "
             "vända sig till.",
        "e": "Vatten, värme och omsorg ska fungera även vid ett längre strömavbrott.",
        "f": "Medarbetare som utsätts för hot eller våld i arbetet ska veta hur de gör en "
             "anmälan.",
    }
    a = {
        "a1": "Ny belysning på gångstråket Kvarnbacken–centrum",
        "a2": "Trygghetsvandringar i tre bostadsområden med polisen och Lindesjöhem",
        "b1": "Avtal om klottersanering med snabbinsats",
        "c1": "Föräldramöten om langning i årskurs 8",
        "c2": "Kontrollköp av folköl och tobak i butiker",
        "d1": "SSPF-möte (skola, socialtjänst, polis, fritid) varannan vecka",
        "d2": "Fältassistenter ute fredag och lördag kväll",
        "e1": "Reservkraft till vattenverket och Solgårdens äldreboende",
        "e2": "Övning i kontinuitetsplanering för alla förvaltningar",
        "f1": "Rutin och webbutbildning om anmälan av hot och våld",
    }

    def sec(head, intro, goal, rows):
        out = [f"<h2>{e(head)}</h2>", f"<p>{e(intro)}</p>",
               f"<p class='goal'><b>Mål 2027:</b> {e(goal)}</p>",
               "<table class='act'><thead><tr><th>Aktivitet</th><th>Ansvar</th><th>Klart</th>"
               "</tr></thead><tbody>"]
        out += [f"<tr><td>{e(x)}</td><td>{e(y)}</td><td>{e(z)}</td></tr>" for x, y, z in rows]
        return [*out, "</tbody></table>"]

    body = [
        "<div class='brand'>Lindesjö kommun <span>Kommunledningskontoret</span></div>",
        "<h1>Handlingsplan för trygghetsarbetet 2027</h1>",
        "<p class='meta'>Beslutad av kommunstyrelsen 2027-01-18 · Gäller 2027</p>",
        "<h2>Bakgrund</h2>",
        "<p>Handlingsplanen visar vad kommunstyrelsen och förvaltningarna gör under 2027 för "
        "att nå målen i trygghetsprogrammet. Aktiviteterna har tagits fram tillsammans med "
        "polisen och det kommunala bostadsbolaget Lindesjöhem.</p>",
        "<p>Arbetet mot våld i nära relationer beskrivs i socialnämndens handlingsplan mot "
        "våld och ingår inte här.</p>",
    ]
    body += sec("Trygga stråk", "Många upplever gång- och cykelvägarna som mörka och "
                "ödsliga, särskilt vintertid.", c["a"],
                [(a["a1"], "Samhällsbyggnad", "Okt 2027"), (a["a2"], "Kommunledning", "Maj 2027")])
    body += sec("Rena och hela miljöer", "Klotter som får sitta kvar lockar till mer klotter.",
                c["b"], [(a["b1"], "Fastighet", "Mars 2027")])
    body += sec("Förebygga alkohol hos unga", "De flesta unga som dricker får alkoholen av "
                "äldre kompisar eller syskon.", c["c"],
                [(a["c1"], "Skolan", "Hösten 2027"), (a["c2"], "Tillstånd", "Löpande")])
    body += sec("Unga i riskzon", "En liten grupp unga syns ofta i polisens lägesbild.", c["d"],
                [(a["d1"], "Socialtjänsten", "Löpande"), (a["d2"], "Fritid", "Löpande")])
    body += sec("Robust kommun", "Vid stormen 2024 fick äldreboendet i Norrby klara sig på "
                "lånade aggregat.", c["e"],
                [(a["e1"], "Teknik", "Dec 2027"), (a["e2"], "Säkerhetssamordnare", "Nov 2027")])
    body += sec("Trygg arbetsplats", "Anmälningarna om hot mot personal har ökat.", c["f"],
                [(a["f1"], "HR", "Juni 2027")])
    body += ["<h2>Uppföljning</h2>",
             "<p>Säkerhetssamordnaren redovisar till kommunstyrelsen i februari 2028.</p>"]
    css = (
        "@page{size:A4;margin:20mm 24mm 22mm 24mm;"
        "@top-right{content:'Handlingsplan för trygghetsarbetet 2027';"
        "font:7.5pt 'DejaVu Sans',sans-serif;color:#777}"
        "@bottom-center{content:'Sida ' counter(page) ' av ' counter(pages);"
        "font:7.5pt 'DejaVu Sans',sans-serif;color:#777}}"
        "body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;line-height:1.42;color:#222}"
        ".brand{font-weight:bold;color:#a33c1a;font-size:10pt}"
        ".brand span{font-weight:normal;color:#777;margin-left:3mm}"
        "h1{font-size:16pt;margin:6mm 0 1mm;color:#222}"
        ".meta{color:#777;margin:0 0 5mm}"
        "h2{font-size:10.5pt;margin:5mm 0 1.5mm;color:#a33c1a;border-bottom:.5pt solid #e0b8a8;"
        "padding-bottom:.6mm}"
        "p{margin:0 0 2mm}"
        ".goal{background:#fbf1ec;padding:1.5mm 2.5mm}"
        "table.act{margin:1mm 0 2mm;font-size:8.5pt}"
        "table.act th{text-align:left;font-weight:bold;border-bottom:.8pt solid #a33c1a;"
        "padding:1mm 1.5mm}"
        "table.act td{border-bottom:.4pt solid #ddd;padding:1mm 1.5mm;vertical-align:top}"
        "table.act td:nth-child(2){width:33mm}table.act td:nth-child(3){width:22mm}"
    )
    _html("sv", "Handlingsplan för trygghetsarbetet 2027 – Lindesjö kommun", css, body,
          d / "child.pdf")

    goals_ = [
        G("1.1", g["1.1"], "followed_up", [c["a"], a["a1"], a["a2"]], ev="Gång- och cykelvägar till",
          note="the goals are the lines 1.1 … 4.2 in a hanging indent under 'Mål för "
          "fokusområdet' (id = the printed number); the fokusområde texts, 'Inledning' and "
          "'Uppföljning' are no goals. Lit and safe paths, safety walks: in other words ('på "
          "kvällen' never written); the child cites 'program 1.1'"),
        G("1.2", g["1.2"], "partial", [c["b"], a["b1"]], ev="Klotter på kommunens byggnader",
          missing=["skadegörelse (annan än klotter)"],
          note="graffiti removed quickly; other vandalism is not addressed"),
        G("2.1", g["2.1"], "partial", [c["c"], a["c1"], a["c2"]], ev="Färre ungdomar ska få tag",
          missing=["narkotika"],
          note="alcohol through 'langning', and the test purchases of folköl and tobacco in "
          "shops; nothing addresses drugs (the parent's text names cannabis)"),
        G("2.2", g["2.2"], "followed_up", [c["d"], a["d1"], a["d2"]], ev="Unga som är på väg",
          note="in other words: young people 'på väg in i kriminalitet' caught early = not "
          "recruited to networks"),
        G("3.1", g["3.1"], "not_followed_up",
          note="trap: named in passing — 'Bakgrund' leaves violence in close relationships to "
          "the socialnämnd's plan; near miss: goal f (threats and violence against staff) "
          "shares the word 'våld' and does not serve it"),
        G("4.1", g["4.1"], "followed_up", [c["e"], a["e1"], a["e2"]], ev="Vatten, värme och omsorg",
          note="in other words: water, heating and care working through a long power cut, "
          "backup power and continuity planning"),
        G("4.2", g["4.2"], "not_followed_up",
          note="silent: nothing on informing residents how to prepare"),
    ]
    kids = [
        C(c["a"], ["1.1"], note="the child goals are the sentences after the bold run-in 'Mål "
          "2027:' in each section (gold text without the label; the one citation '(program "
          "1.1)' is printed and part of it); the rows of each 'Aktivitet | Ansvar | Klart' table "
          "are measures (in served_by beside the goal of their section); 'Ansvar' and 'Klart' "
          "are no goals"),
        C(c["b"], ["1.2"]),
        C(c["c"], ["2.1"]),
        C(c["d"], ["2.2"]),
        C(c["e"], ["4.1"]),
        C(c["f"], [], note="staff safety at work, stands alone (near miss to 3.1: 'våld')"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, DejaVu Serif 9.5; kommunens trygghetsprogram): "
        "'Fokusområde n – …' headings, a paragraph, a bold italic 'Mål för fokusområdet' over "
        "goals numbered 1.1 … 4.2 in a coloured hanging label; head right and 'Dnr …' / page "
        "number bottom over hairlines; child PDF (Chromium, DejaVu Sans 9; kommunstyrelsens "
        "handlingsplan): short sections with a ruled heading, a shaded paragraph with a bold "
        "run-in 'Mål 2027:' and a small table 'Aktivitet | Ansvar | Klart'; margin boxes "
        "(title top right, 'Sida n av N' bottom centre)",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Tofterup (da)


@pair
def tofterup_handleplan_aeldre(d: Path) -> dict:
    g = {
        "A1": "Ældre borgere skal have mulighed for at være fysisk og socialt aktive.",
        "A2": "Samarbejdet med frivillige og pårørende skal styrkes.",
        "H1": "Borgerne skal så længe som muligt kunne klare sig selv i eget hjem.",
        "H2": "Hjemmeplejen skal have faste medarbejdere, så borgeren møder få forskellige "
              "ansigter.",
        "H3": "Borgere med demens og deres pårørende skal have en tryg hverdag.",
        "V1": "Borgere i den sidste tid skal kunne dø der, hvor de selv ønsker det.",
        "V2": "Måltiderne på plejecentrene skal være en god oplevelse.",
    }
    expl = {
        "A1": "Det kan være motion i den lokale hal, en gåtur med naboen eller en plads i "
              "seniorkoret. Fællesskab forebygger ensomhed og sygdom.",
        "A2": "Frivillige gør en stor forskel på plejecentrene og i foreningerne, og de "
              "pårørende kender borgeren bedst.",
        "H1": "Det betyder, at kommunen først hjælper borgeren med at genvinde kræfterne, før "
              "der bliver tale om varig hjælp.",
        "H2": "Tryghed kommer af at kende dem, der kommer i hjemmet.",
        "H3": "Antallet af borgere med demens vil stige de kommende år.",
        "V1": "Mange ønsker at dø hjemme, men kun hver fjerde gør det i dag.",
        "V2": "Et godt måltid er mere end ernæring; det er også hygge og samvær.",
    }
    temaer = [
        ("Tema 1", "Et aktivt seniorliv", ["A1", "A2"]),
        ("Tema 2", "Hjælp, når der er brug for det", ["H1", "H2", "H3"]),
        ("Tema 3", "Et værdigt liv hele livet", ["V1", "V2"]),
    ]
    body = [
        "<div class='cover'><div class='kom'>Tofterup Kommune</div>"
        "<h1>Ældrepolitik 2027–2030</h1>"
        "<p class='sub'>Vedtaget af Byrådet den 29. oktober 2026</p></div>",
        "<div class='cols'>",
        "<h2>Forord</h2>",
        "<p>Ældrepolitikken beskriver, hvad Byrådet vil med ældreområdet de kommende fire år. "
        "Den er blevet til i dialog med Ældrerådet, brugerne og medarbejderne. Politikken "
        "omsættes til konkrete indsatser i Social- og Sundhedsudvalgets handleplaner.</p>",
        "<p class='sign'>Borgmester Lene Kjær og formand for Ældrerådet Jørgen Bak</p>",
    ]
    for nr, head, ks in temaer:
        body += [f"<h2><span>{nr}</span> {e(head)}</h2>"]
        for k in ks:
            body += [f"<p class='maal'>{e(g[k])}</p>", f"<p>{e(expl[k])}</p>"]
    body += [
        "<h2>Opfølgning</h2>",
        "<p>Social- og Sundhedsudvalget gør status på politikken hvert år sammen med "
        "Ældrerådet.</p>",
        "</div>",
    ]
    css = (
        "@page{size:A4;margin:17mm 16mm 18mm 16mm;"
        "@bottom-left{content:'Ældrepolitik 2027–2030';font:7.5pt 'Liberation Sans',sans-serif;"
        "color:#7a6a55}"
        "@bottom-right{content:counter(page);font:7.5pt 'Liberation Sans',sans-serif;"
        "color:#7a6a55}}"
        "body{font-family:'Liberation Serif',serif;font-size:10.5pt;line-height:1.38;"
        "color:#222}"
        ".cover{border-left:3mm solid #b5651d;padding:1mm 0 1mm 4mm;margin-bottom:6mm}"
        ".kom{font:bold 9pt 'Liberation Sans',sans-serif;color:#b5651d;text-transform:uppercase;"
        "letter-spacing:1pt}"
        "h1{font:bold 22pt 'Liberation Sans',sans-serif;margin:1mm 0;color:#3b2a17}"
        ".sub{margin:0;color:#7a6a55}"
        ".cols{column-count:2;column-gap:8mm}"
        "h2{font:bold 11.5pt 'Liberation Sans',sans-serif;color:#b5651d;margin:4mm 0 1.5mm;"
        "break-after:avoid}"
        "h2 span{display:block;font-size:8pt;color:#7a6a55;text-transform:uppercase}"
        "p{margin:0 0 2mm;text-align:left}"
        ".maal{font-weight:bold;margin-top:2.5mm;break-after:avoid}"
        ".sign{font-style:italic;color:#555}"
    )
    _html("da", "Ældrepolitik 2027–2030 – Tofterup Kommune", css, body, d / "parent.pdf")

    c = {
        "g1": "Flere ældre dyrker motion og deltager i fællesskaber i deres lokalområde "
              "(ældrepolitikken, tema 1).",
        "g2": "Pårørende oplever, at de bliver inddraget og får støtte.",
        "g3": "Flere borgere klarer hverdagen uden hjemmehjælp efter et forløb med "
              "rehabilitering.",
        "g4": "Borgere med hjemmepleje møder kendte ansigter.",
        "g5": "Flere borgere får en samtale om deres ønsker til den sidste tid.",
        "g6": "Sygefraværet i ældreplejen kommer under 7 procent.",
    }
    i = {
        "g1": ["Seniorfitness i de tre idrætshaller", "Fællesspisning i aktivitetscentret to "
               "gange om ugen"],
        "g2": ["Pårørendesamtale, når en borger flytter på plejecenter", "Pårørendecafé en "
               "gang om måneden"],
        "g3": ["Hverdagsrehabilitering, før der visiteres til praktisk hjælp", "Hjælpemidler "
               "leveres inden for fem hverdage"],
        "g4": ["Faste teams på hver rute i hjemmeplejen", "Nyt planlægningssystem, der "
               "prioriterer kendte medarbejdere"],
        "g5": ["Uddannelse af nøglepersoner i palliation på alle plejecentre"],
        "g6": ["Forflytningsvejledere og bedre hjælpemidler", "Tidlig dialog ved "
               "sygemeldinger"],
    }
    rows = [
        ("§", "Tema 1 · Et aktivt seniorliv"),
        (c["g1"], i["g1"], "Sundhed og Aktivitet", "2027", "Antal deltagere; "
         "borgerundersøgelse"),
        (c["g2"], i["g2"], "Plejecentrene", "2027–2028", "Pårørendeundersøgelse 2028"),
        ("§", "Tema 2 · Hjælp, når der er brug for det"),
        (c["g3"], i["g3"], "Visitation og Træning", "2027", "Andel uden hjælp efter forløbet"),
        (c["g4"], i["g4"], "Hjemmeplejen", "2027–2028", "Antal forskellige medarbejdere pr. "
         "borger på 14 dage"),
        ("§", "Tema 3 · Et værdigt liv hele livet"),
        (c["g5"], i["g5"], "Plejecentrene", "2028", "Andel med en dokumenteret samtale"),
        ("§", "Medarbejdere"),
        (c["g6"], i["g6"], "HR og lederne", "2027–2028", "Sygefravær pr. kvartal"),
    ]
    child = [
        ("title", "Handleplan for ældreområdet 2027–2028"),
        ("sub", "Tofterup Kommune · Social- og Sundhedsudvalget · Godkendt 14. januar 2027"),
        ("h1", "Indledning"),
        ("p", "Handleplanen omsætter Byrådets ældrepolitik til konkrete mål og indsatser for "
         "de næste to år. Planen følger politikkens tre temaer og har desuden et afsnit om "
         "medarbejderne."),
        ("p", "Indsatsen for borgere med demens og deres pårørende står i demenshandleplanen "
         "2026–2029 og gentages ikke her. Maden på plejecentrene indgår i plejecentrenes egne "
         "kvalitetsmål."),
        ("h1", "Status 2026"),
        ("p", "Tofterup har 4.100 borgere over 67 år, og antallet over 80 år stiger med omkring "
         "hundrede om året frem mod 2035. Hjemmeplejen hjælper 610 borgere, og de tre "
         "plejecentre har tilsammen 128 pladser. Ventetiden på en plejebolig er i gennemsnit "
         "seks uger."),
        ("p", "Borgerundersøgelsen 2025 viser, at de fleste er tilfredse med hjælpen, men at "
         "mange oplever at møde for mange forskellige medarbejdere. Hver femte ældre over 75 år "
         "svarer, at de ofte er alene mod deres vilje. Sygefraværet i ældreplejen var 9,4 "
         "procent, og det er svært at rekruttere social- og sundhedsassistenter."),
        ("p", "Rehabiliteringsforløbene virker: to ud af tre borgere, der gennemførte et forløb i "
         "2025, klarede sig bagefter uden praktisk hjælp. Samtidig er ventetiden på "
         "hjælpemidler for lang."),
        ("h1", "Mål og indsatser"),
        ("table", ["Mål", "Indsatser", "Ansvarlig", "Tidsplan", "Sådan måler vi"], rows,
         [72, 78, 34, 22, 51], {"band": "#f3e6d8"}),
        ("h1", "Økonomi"),
        ("p", "Indsatserne finansieres inden for udvalgets ramme og af puljen til et "
         "værdigt ældreliv."),
    ]
    _rl(d / "child.pdf", child, family="DejaVuSans", base=9, accent="#8a4b16", landscape=True,
        title="Handleplan for ældreområdet 2027–2028", author="Tofterup Kommune",
        head="Tofterup Kommune · Handleplan for ældreområdet 2027–2028",
        foot="Social- og Sundhedsudvalget")

    goals_ = [
        G("A1", g["A1"], "followed_up", [c["g1"], *i["g1"]], ev="Flere ældre dyrker motion",
          note="the goals are the bold sentences under each tema heading (ids = tema letter + "
          "order, not printed); the plain paragraph after each is an explanation, no goal; the "
          "foreword, its signature and 'Opfølgning' are no goals. In other words: motion and "
          "fællesskaber = fysisk and socialt aktive; the child cites 'tema 1'"),
        G("A2", g["A2"], "partial", [c["g2"], *i["g2"]], ev="Pårørende oplever, at de",
          missing=["samarbejdet med frivillige"],
          note="relatives involved and supported; nothing on volunteers"),
        G("H1", g["H1"], "followed_up", [c["g3"], *i["g3"]], ev="Flere borgere klarer hverdagen",
          note="in other words: managing without home help after rehabilitation, aids "
          "delivered fast"),
        G("H2", g["H2"], "followed_up", [c["g4"], *i["g4"]], ev="Borgere med hjemmepleje møder",
          note="in other words: 'kendte ansigter', fixed teams per route = faste medarbejdere"),
        G("H3", g["H3"], "not_followed_up",
          note="trap: named in passing — the introduction leaves dementia to the "
          "demenshandleplan"),
        G("V1", g["V1"], "partial", [c["g5"], *i["g5"]], ev="Flere borgere får en samtale",
          missing=["at borgeren kan dø der, hvor de ønsker (fx støtte til at dø hjemme)"],
          note="a talk about wishes for the last time and palliative key staff; nothing makes "
          "the wished place possible"),
        G("V2", g["V2"], "not_followed_up",
          note="trap: named in passing — the introduction leaves food at the care homes to the "
          "care homes' own quality goals"),
    ]
    kids = [
        C(c["g1"], ["A1"], note="the child goals are the cells of the 'Mål' column (the "
          "citation '(ældrepolitikken, tema 1)' is printed and part of the text); the shaded "
          "tema rows are headings; the lines in the 'Indsatser' cells are measures (in "
          "served_by beside the goal of their row); 'Ansvarlig', 'Tidsplan' and 'Sådan måler "
          "vi' are no goals"),
        C(c["g2"], ["A2"]),
        C(c["g3"], ["H1"]),
        C(c["g4"], ["H2"]),
        C(c["g5"], ["V1"]),
        C(c["g6"], [], note="sickness absence among staff, stands alone (under 'Medarbejdere')"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, Liberation Serif 10.5, two text columns; ældrepolitik): "
        "a title block with a brown left bar, 'Tema n' over each tema heading, goals as bold "
        "sentences each followed by a plain explanatory paragraph; footer margin boxes "
        "('Ældrepolitik 2027–2030' left, page number right); child PDF (reportlab, DejaVu Sans "
        "9, A4 landscape; handleplan): one table 'Mål | Indsatser | Ansvarlig | Tidsplan | "
        "Sådan måler vi' with a coloured header row repeated over two pages, a shaded row per "
        "tema, en-dash lines in the 'Indsatser' cells; head right and footer over hairlines",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Harlan Creek (en)


@pair
def harlan_creek_parks_business_plan(d: Path) -> dict:
    g = {
        "QL-1": "Provide parks, trails and recreation programs that serve residents of all ages "
                "and abilities.",
        "QL-2": "Strengthen downtown as a place for events, arts and culture.",
        "QL-3": "Protect the Harlan Creek corridor and the town's tree canopy.",
        "QL-4": "Promote healthy, active lifestyles for residents of all ages.",
        "SC-1": "Keep streets, sidewalks and public buildings in good repair.",
        "SC-2": "Reduce response times for fire and emergency medical calls.",
        "EV-1": "Attract new businesses and support the growth of existing ones.",
    }
    strat = {
        "QL-1": ["Update the Parks and Recreation Master Plan by 2028.",
                 "Pursue state and federal grants for new trail connections."],
        "QL-2": ["Work with the Downtown Business Association on a year-round events calendar."],
        "QL-3": ["Adopt a stream buffer ordinance.", "Inventory the public tree canopy."],
        "QL-4": ["Partner with the school district and the county health department."],
        "SC-1": ["Fund a ten-year pavement management program.",
                 "Adopt a facility condition assessment for all town buildings."],
        "SC-2": ["Staff Station 2 around the clock."],
        "EV-1": ["Streamline permitting for small businesses.",
                 "Market available sites along the Route 9 corridor."],
    }
    areas = [
        ("Focus Area 1: Quality of Life", "Residents told us that parks, trails and a lively "
         "downtown are what they value most about Harlan Creek.", ["QL-1", "QL-2", "QL-3",
                                                                    "QL-4"]),
        ("Focus Area 2: Safe and Well-Maintained Community", "Growth has added traffic and "
         "stretched public safety services.", ["SC-1", "SC-2"]),
        ("Focus Area 3: Economic Vitality", "A strong local economy supports the services "
         "residents expect.", ["EV-1"]),
    ]
    parent = [
        ("title", "Town of Harlan Creek Strategic Plan 2027–2031"),
        ("sub", "Adopted by the Town Council, Resolution 2026-44, September 8, 2026"),
        ("h1", "Mission"),
        ("p", "The Town of Harlan Creek provides responsive, efficient services that make our "
         "community a great place to live, work and play."),
        ("h1", "How to Read This Plan"),
        ("p", "The plan is organized into three focus areas. Each focus area lists goals, "
         "identified by a code, and the strategies the Town will use to reach them. "
         "Departments carry the goals into their annual business plans and the budget."),
    ]
    for head, text, ks in areas:
        parent += [("h1", head), ("p", text)]
        for k in ks:
            parent.append(("item", k, g[k]))
            parent += [("sub_item", f"{chr(97 + j)}.", s) for j, s in enumerate(strat[k])]
    parent += [
        ("h1", "Measuring Progress"),
        ("p", "The Town Manager will report progress to the Council twice a year using the "
         "performance dashboard on the Town website."),
    ]
    _rl(d / "parent.pdf", parent, family="LiberationSerif", base=10.5, accent="#23415f",
        caps_h1=True, title="Town of Harlan Creek Strategic Plan 2027–2031",
        author="Town of Harlan Creek", head="Strategic Plan 2027–2031",
        foot="Town of Harlan Creek")

    c = {
        "o1": "Open the Mill Pond inclusive playground and bring a park within a 10-minute walk "
              "of more homes (Strategic Plan QL-1).",
        "o2": "Grow participation in recreation programs among youth, adults and seniors.",
        "o3": "Expand the Summer Concerts on Main series from five to eight evenings.",
        "o4": "Plant 300 street and park trees and replace every tree the Town removes.",
        "o5": "Recover at least 40 percent of program costs through fees and sponsorships.",
        "o6": "Offer free swim lessons to every second-grader in Harlan Creek schools.",
    }
    act = {
        "o1": ["Complete construction of Mill Pond Park (spring 2027)",
               "Acquire the Elm Street lot for a neighborhood park",
               "Build the Elm Street trail connector"],
        "o2": ["Launch a pickleball league and a seniors walking club",
               "Add after-school programs at two elementary schools"],
        "o3": ["Secure two new sponsors for the concert series"],
        "o4": ["Apply for the state urban forestry grant",
               "Hold volunteer planting days each spring and fall"],
        "o5": ["Review the fee schedule and the scholarship policy"],
        "o6": ["Agreement with the school district for pool time"],
    }
    meas = {
        "o1": ("Households within a 10-minute walk of a park", "78%"),
        "o2": ("Program registrations", "+10%"),
        "o3": ("Concert evenings held", "8"),
        "o4": ("Trees planted", "300"),
        "o5": ("Cost recovery rate", "40%"),
        "o6": ("Second-graders completing lessons", "90%"),
    }
    rows = [(str(n), c[k], "\n".join(act[k]), *meas[k])
            for n, k in enumerate(["o1", "o2", "o3", "o4", "o5", "o6"], start=1)]
    child = [
        ("title", "Parks and Recreation Department"),
        ("sub", "FY2027 Business Plan · July 1, 2026 – June 30, 2027 · Town of Harlan Creek"),
        ("h1", "Department Overview"),
        ("p", "The Parks and Recreation Department maintains 14 parks, 11 miles of trails and "
         "the community pool, and runs recreation programs for about 6,500 participants a "
         "year. The department has 18 full-time employees and a budget of $3.2 million."),
        ("p", "Repairs to park buildings, restrooms and parking lots are funded through the "
         "Public Works Capital Improvement Program and are not part of this plan."),
        ("h1", "FY2026 Highlights"),
        ("bullets", ["Opened the renovated Riverside Ballfields",
                     "Record 1,900 registrations for summer camps",
                     "Received a state grant for an inclusive playground"]),
        ("h1", "FY2027 Objectives"),
        ("p", "The table lists the department's objectives for the year, the key actions and "
         "how progress will be measured."),
        ("table", ["#", "Objective", "Key actions", "Performance measure", "FY2027 target"],
         rows, [8, 50, 54, 34, 20], {}),
        ("h1", "Budget Summary"),
        ("p", "Personnel $2.1 million; operations $0.8 million; programs $0.3 million. Fees "
         "and sponsorships are expected to bring in $0.9 million."),
    ]
    _docx(child, d / "child.pdf", title="Parks and Recreation FY2027 Business Plan",
          author="Town of Harlan Creek",
          header="Town of Harlan Creek — Parks and Recreation FY2027 Business Plan",
          page_word="Page ", of_word=" of ", lang="en-US", font="Arial", size=10,
          color="2E6B3A", fill="DCEBDD")

    al = [x for k in act for x in act[k]]
    assert len(al) == len(set(al))
    goals_ = [
        G("QL-1", g["QL-1"], "followed_up", [c["o1"], c["o2"], *act["o1"], *act["o2"]],
          ev="Open the Mill Pond inclusive",
          note="the goals are the coded lines QL-1 … EV-1 under each focus area (id = the "
          "printed code); the lettered strategies a., b. under each goal are means, no goals; "
          "the mission, 'How to Read This Plan', the focus-area texts and 'Measuring Progress' "
          "are no goals. Parks (inclusive playground = abilities), a trail connector and "
          "programs for youth, adults and seniors; the child cites QL-1 once"),
        G("QL-2", g["QL-2"], "partial", [c["o3"], *act["o3"]], ev="Expand the Summer Concerts",
          missing=["arts and culture downtown"],
          note="events (concerts on Main) only"),
        G("QL-3", g["QL-3"], "partial", [c["o4"], *act["o4"]], ev="Plant 300 street and park",
          missing=["protection of the Harlan Creek corridor"],
          note="tree canopy only"),
        G("QL-4", g["QL-4"], "followed_up", [c["o2"], c["o6"], *act["o2"], *act["o6"]],
          ev="Grow participation in recreation",
          note="in other words: recreation participation of all ages and swim lessons = "
          "healthy, active lifestyles ('healthy' never written)"),
        G("SC-1", g["SC-1"], "not_followed_up",
          note="trap: named in passing — the overview leaves repairs of park buildings to the "
          "Public Works Capital Improvement Program"),
        G("SC-2", g["SC-2"], "not_followed_up", note="silent (another department's goal)"),
        G("EV-1", g["EV-1"], "not_followed_up",
          note="silent; near miss: sponsorships (objective 5) bring money from businesses but "
          "do not serve their growth"),
    ]
    kids = [
        C(c["o1"], ["QL-1"], note="the child goals are the cells of the 'Objective' column (the "
          "citation '(Strategic Plan QL-1)' is printed and part of the text); each line of a "
          "'Key actions' cell is a measure (in served_by beside its objective); '#', "
          "'Performance measure', 'FY2027 target' and the 'FY2026 Highlights' bullets are no "
          "goals"),
        C(c["o2"], ["QL-1", "QL-4"]),
        C(c["o3"], ["QL-2"]),
        C(c["o4"], ["QL-3"]),
        C(c["o5"], [], note="cost recovery, stands alone (near miss to EV-1)"),
        C(c["o6"], ["QL-4"]),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, Liberation Serif 10.5; US town strategic plan): focus "
        "areas as headings in capitals, goals coded 'QL-1' … 'EV-1' in a coloured hanging "
        "label, lettered strategies 'a.', 'b.' indented under each in grey; head right and "
        "footer over hairlines; child PDF (python-docx → LibreOffice, Liberation Sans 10; "
        "department business plan): overview, Symbol bullets of last year's highlights, a table "
        "'# | Objective | Key actions | Performance measure | FY2027 target' (actions one per "
        "line in the cell), header row repeated; header left over a rule, footer centred "
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
