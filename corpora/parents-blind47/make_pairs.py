"""Build the forty-seventh blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-06 by `bpar47` without reading plancheck's code, tests, rules, docs or bench
and without running it. Five pairs, each linking child to parent in a form no earlier batch used
(see README.md for the forms, the nearest earlier forms and the gold conventions):

- Tornesvik (nb): kommuneplanens samfunnsdel whose UNNUMBERED goals stand in tables `Mål |
  Indikator | I dag | 2041` (reportlab) → 'Handlingsdel med økonomiplan 2030–2033' that COINS
  its own codes for the parent's goals in a legend ('LS1 Et levende sentrum' …) and cites them
  in the last column of its measure table — one code a typo ('SL2'), one code that the legend
  does not define ('HM3'), two codes on rows that do not serve the goal (python-docx).
- Wellmarsh (en): Corporate Plan with unnumbered outcomes under three priorities and a table of
  corporate performance indicators CPI-01 … CPI-10 (python-docx) → Neighbourhood Services
  Service Plan whose actions link to the Corporate Plan only through the INDICATOR they are
  expected to move ('CPI-04'), one a retired ref ('CPI-12') (Chromium).
- Mossby (sv): 'Vision 2040 och kommunfullmäktiges mål' as a TWO-COLUMN brochure with four
  'Målområde' (Chromium) → kultur- och fritidsnämndens verksamhetsplan whose chapters 'follow
  the four målområden' under names in OTHER WORDS ('Ett gott liv' for 'Livskvalitet och
  hälsa'); one nämndmål filed under the green chapter serves nothing green (odfpy).
- Lyngbjerg (da): planstrategi with 'Byrådets mål' in shaded boxes per tema (odfpy) →
  'Handleplan for sundhed og trivsel 2031–2032' whose indsatser each carry a FORANDRINGSTEORI
  table `Aktiviteter | Output | Kortsigtede resultater | Langsigtet effekt`, the last column
  naming the parent goal the indsats is to lead to — one claimed effect the activities do not
  bear out (Chromium).
- Kvilestad (nn): samfunnsdel with goals typed '1.1'–'3.2' (python-docx) → 'Kulturplan for
  Kvilestad 2031–2034' whose MÅLKART places each delmål in the COLUMN of the samfunnsmål it is
  to serve; one delmål placed in a column it does not serve (reportlab).

    python corpora/parents-blind47/make_pairs.py                  # all pairs
    python corpora/parents-blind47/make_pairs.py --verify         # re-read the PDFs only
    python corpora/parents-blind47/make_pairs.py --twice          # build twice, compare sha256

Writers reused through batch 46's builder (`pk.load_module`): batch 46's `_rl_doc`
(reportlab), batch 44's `_docx` and `_odt`, batch 43's `_html`. This batch's own: `_docx47`
(python-docx with Word bullets, typed hanging labels and a right-aligned header) and `_rl_kart`
(reportlab with a målkart: one column per parent goal, each cell a bold code over the delmål).
The gold writer and checks (`G`, `C`, batch 14's `main`, batch 20's `verify`) come through batch
46's builder and `pairkit.parents_main`.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import _docx_helpers as dh  # noqa: E402
import pairkit as pk  # noqa: E402

_p46 = pk.load_module("parents_blind46_make_pairs", HERE.parent / "parents-blind46" / "make_pairs.py")
_p44, _p43 = _p46._p44, _p46._p43
_p20, _p14 = _p46._p20, _p46._p14
G, C = _p46.G, _p46.C
_docx, _odt, _html, _rl_doc, e = _p46._docx, _p46._odt, _p46._html, _p46._rl_doc, _p46.e

PAIRS, pair = pk.pair_registry()
BUILDER = "corpora/parents-blind47/make_pairs.py"


# =========================================================================== writers


def _docx47(blocks, pdf: Path, *, title: str, author: str, header: str, footer: str,
            page_word: str, of_word: str, lang: str, font: str, size: float, color: str,
            tint: str) -> Path:
    """python-docx → LibreOffice, A4 portrait. Header: HEADER right-aligned over a coloured
    rule; footer: FOOTER left, 'PAGE_WORD n OF_WORD N' right. Blocks: ("title"|"sub"|"h1"|
    "h2"|"p"|"b"|"i"|"lab", text); ("bul", [..]) a Word '•' list; ("hang", [(label, text),
    ..]) a typed label, a tab and the text in a hanging indent (label bold); ("table", head,
    rows, widths) a table with a coloured head repeated over page breaks, ("span", text) rows
    tinted across; ("pb",) a page break."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor, Twips

    doc = dh.new_document(font=font, size=size, margins_mm=21, heading_color=color)
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    rpr.find(qn("w:lang")).set(qn("w:val"), lang)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    dh.add_runs(hp, header, size=7.5, color="666666")
    dh._para_border(hp, "bottom", sz=8, color=color)
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    for pos in (4680, 9360):  # the Footer style's own centre and right stops
        fp.paragraph_format.tab_stops.add_tab_stop(Twips(pos), WD_TAB_ALIGNMENT.CLEAR)
    fp.paragraph_format.tab_stops.add_tab_stop(Mm(168), WD_TAB_ALIGNMENT.RIGHT)
    dh.add_runs(fp, footer + "\t", size=7.5, color="666666")
    dh.page_of_footer(fp, page_word + " ", f" {of_word} ", "2", size=7.5)
    bul = dh.add_num(doc, dh.add_abstract_num(doc, "bullet"))

    for b in blocks:
        k = b[0]
        if k == "title":
            dh.para(doc, b[1], bold=True, size=size + 10, color=color, space_after=2)
        elif k == "sub":
            dh.para(doc, b[1], size=size - 0.5, color="555555", space_after=14)
        elif k in ("h1", "h2"):
            dh.heading(doc, b[1], int(k[1]))
        elif k == "p":
            dh.para(doc, b[1], space_after=5)
        elif k == "b":
            dh.para(doc, b[1], bold=True, space_after=3, space_before=5, keep_with_next=True)
        elif k == "i":
            dh.para(doc, b[1], italic=True, size=size + 2, color=color, space_after=8)
        elif k == "lab":
            dh.para(doc, b[1], bold=True, size=size - 0.5, color=color, space_after=2,
                    space_before=6, keep_with_next=True)
        elif k == "bul":
            for x in b[1]:
                dh.list_item(doc, x, bul, space_after=3)
        elif k == "hang":
            for label, text in b[1]:
                p = doc.add_paragraph()
                pf = p.paragraph_format
                pf.left_indent, pf.first_line_indent = Mm(11), Mm(-11)
                pf.tab_stops.add_tab_stop(Mm(11))
                pf.space_after = Pt(4)
                dh.add_runs(p, label, bold=True, color=color)
                dh.add_runs(p, "\t" + text)
        elif k == "table":
            _, head, rows, widths = b
            t = dh.new_table(doc, widths)
            dh.set_table_borders(t, color="A0A0A0", sz=4)
            r = dh.add_row(t, head, widths, size=size - 1, bold=True, fill=color)
            for c in r.cells:
                c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                for run in c.paragraphs[0].runs:
                    run.font.color.rgb = RGBColor.from_string("FFFFFF")
            dh.set_repeat_header(r)
            for row in rows:
                if row[0] == "span":
                    rr = dh.add_row(t, [row[1]], widths, size=size - 1, bold=True, fill=tint,
                                    span_all=True, keep_with_next=True)
                else:
                    rr = dh.add_row(t, list(row), widths, size=size - 1)
                dh.set_cant_split(rr)
            dh.para(doc, "", space_after=2)
        elif k == "pb":
            dh.page_break(doc)
        else:
            raise ValueError(k)
    dh.set_core_properties(doc, title=title, author=author)
    with tempfile.TemporaryDirectory(prefix="parblind47-docx-") as tmp:
        src = Path(tmp) / (pdf.stem + ".docx")
        dh.save_deterministic(doc, src)
        out = dh.export_pdf(src, Path(tmp))
        pdf.write_bytes(out.read_bytes())
    return pdf


def _rl_kart(pdf: Path, blocks, *, fonts: dict[str, str], base: float, accent: str,
             tint: str, title: str, author: str, foot: str) -> Path:
    """reportlab (invariant), A4 portrait. Furniture: a coloured band across the top of every
    page and FOOT.format(n=page) centred at the foot. Blocks: ("kicker"|"title"|"sub"|"h1"|
    "p"|"lab", text); ("dash", [..]) '–' bullets; ("kart", head, columns) a MÅLKART: one
    column per HEAD cell (white on the accent colour), under it that column's (code, text)
    cells, each a bold code over the text on a tinted ground, '–' where a column has fewer;
    ("own", heading, [(code, text), ..]) a framed box with a bold heading over code + text
    lines; ("table", head, rows, widths_mm) a ruled table whose head repeats."""
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    f = fonts
    acc = colors.HexColor(accent)
    tin = colors.HexColor(tint)
    dark = colors.HexColor("#1e1e1e")
    ps = {
        "kicker": ParagraphStyle("k", fontName=f["bold"], fontSize=base - 1, leading=base + 3,
                                 textColor=acc, spaceAfter=3),
        "title": ParagraphStyle("t", fontName=f["bold"], fontSize=base + 10, leading=base + 14,
                                textColor=dark, spaceAfter=3),
        "sub": ParagraphStyle("s", fontName=f["normal"], fontSize=base - 0.5, leading=base + 4,
                              textColor=colors.HexColor("#555555"), spaceAfter=12),
        "h1": ParagraphStyle("h1", fontName=f["bold"], fontSize=base + 3.5, leading=base + 7,
                             textColor=acc, spaceBefore=9, spaceAfter=4),
        "p": ParagraphStyle("p", fontName=f["normal"], fontSize=base, leading=base * 1.42,
                            spaceAfter=5, textColor=dark),
        "lab": ParagraphStyle("lb", fontName=f["bold"], fontSize=base, leading=base + 4,
                              spaceBefore=4, spaceAfter=2, textColor=acc),
        "li": ParagraphStyle("li", fontName=f["normal"], fontSize=base, leading=base * 1.4,
                             leftIndent=5 * mm, bulletIndent=0.5 * mm, spaceAfter=2,
                             textColor=dark),
        "kh": ParagraphStyle("kh", fontName=f["bold"], fontSize=base - 0.5,
                             leading=(base - 0.5) * 1.25, textColor=colors.white),
        "kc": ParagraphStyle("kc", fontName=f["bold"], fontSize=base - 0.5,
                             leading=(base - 0.5) * 1.3, textColor=acc),
        "kt": ParagraphStyle("kt", fontName=f["normal"], fontSize=base - 0.5,
                             leading=(base - 0.5) * 1.3, textColor=dark),
        "cell": ParagraphStyle("c", fontName=f["normal"], fontSize=base - 1,
                               leading=(base - 1) * 1.3, textColor=dark),
        "cellh": ParagraphStyle("ch", fontName=f["bold"], fontSize=base - 1,
                                leading=(base - 1) * 1.3, textColor=colors.white),
    }
    story: list = []
    for b in blocks:
        k = b[0]
        if k in ("kicker", "title", "sub", "h1", "p", "lab"):
            story.append(Paragraph(e(b[1]), ps[k]))
        elif k == "dash":
            story += [Paragraph(e(x), ps["li"], bulletText="–") for x in b[1]]
            story.append(Spacer(1, 3))
        elif k == "kart":
            _, head, cols = b
            n = len(head)
            depth = max(len(c) for c in cols)
            data = [[Paragraph(e(h), ps["kh"]) for h in head]]
            for r in range(depth):
                row = []
                for c in cols:
                    if r < len(c):
                        code, text = c[r]
                        row.append([Paragraph(e(code), ps["kc"]), Paragraph(e(text), ps["kt"])])
                    else:
                        row.append(Paragraph("–", ps["kt"]))
                data.append(row)
            w = 166 / n
            tt = Table(data, colWidths=[w * mm] * n, hAlign="LEFT")
            tt.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, 0), acc),
                ("BACKGROUND", (0, 1), (-1, -1), tin),
                ("LINEAFTER", (0, 0), (-2, -1), 2.5, colors.white),
                ("LINEBELOW", (0, 0), (-1, -2), 2.5, colors.white),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ]))
            story += [tt, Spacer(1, 8)]
        elif k == "own":
            inner = [Paragraph(e(b[1]), ps["lab"])]
            for code, text in b[2]:
                inner.append(Paragraph(f"<font name='{f['bold']}'>{e(code)}</font>  {e(text)}",
                                       ps["p"]))
            tt = Table([[inner]], colWidths=[166 * mm], hAlign="LEFT")
            tt.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, acc),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 7),
                                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
            story += [tt, Spacer(1, 8)]
        elif k == "table":
            _, head, rows, widths = b
            data = [[Paragraph(e(h), ps["cellh"]) for h in head]]
            data += [[Paragraph(e(v), ps["cell"]) for v in row] for row in rows]
            tt = Table(data, colWidths=[w * mm for w in widths], repeatRows=1, hAlign="LEFT")
            tt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), acc),
                                    ("LINEBELOW", (0, 0), (-1, -1), 0.4,
                                     colors.HexColor("#A8A8A8")),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
            story += [tt, Spacer(1, 6)]
        else:
            raise ValueError(k)
    w, h = A4

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFillColor(acc)
        canvas.rect(0, h - 7 * mm, w, 7 * mm, stroke=0, fill=1)
        canvas.setFont(f["normal"], 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawCentredString(w / 2, 10 * mm, foot.format(n=doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(pdf), pagesize=A4, title=title, author=author, creator=author,
        leftMargin=22 * mm, rightMargin=22 * mm, topMargin=18 * mm, bottomMargin=20 * mm,
        invariant=1,
    )
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return pdf


# =========================================================================== 1 Tornesvik (nb)


@pair
def tornesvik_handlingsdel(d: Path) -> dict:
    g = {
        "LS1": "Tornesvik sentrum skal være et levende sted å bo, handle og møtes.",
        "LS2": "Det skal være enkelt å reise kollektivt, gå og sykle mellom bygdene og sentrum.",
        "OL1": "Alle barn skal ha et trygt og godt barnehage- og skoletilbud nær der de bor.",
        "OL2": "Flere ungdommer skal fullføre videregående opplæring.",
        "HM1": "Eldre skal kunne bo trygt i eget hjem så lenge som mulig.",
        "HM2": "Færre innbyggere skal være ensomme, og frivilligheten skal ha gode vilkår.",
        "KN1": "Klimagassutslippene i Tornesvik skal reduseres med 60 prosent innen 2041.",
        "KN2": "Naturmangfoldet og strandsonen skal tas vare på.",
    }
    areas = [
        ("2 Levende sentrum og bygder",
         "Tornesvik har et lite sentrum og sju bygder. Mange butikker i sentrum har lagt ned, "
         "og det går buss fra bygdene bare to ganger om dagen.",
         [("LS1", "Antall boliger i sentrum", "410", "650"),
          ("LS2", "Kollektivreiser per innbygger per år", "18", "30")],
         ["Vi vil konsentrere ny boligbygging i og rundt sentrum.",
          "Vi vil samarbeide med fylkeskommunen om kollektivtilbudet."]),
        ("3 Oppvekst og læring",
         "Barnetallet går ned i bygdene, og flere ungdommer enn landsgjennomsnittet slutter i "
         "videregående skole.",
         [("OL1", "Andel elever på 7. trinn som trives på skolen (Elevundersøkelsen)", "86 %",
           "92 %"),
          ("OL2", "Andel som fullfører videregående opplæring innen fem år", "76 %", "88 %")],
         ["Vi vil se barnehage, skole og helsestasjon i sammenheng."]),
        ("4 Helse og mestring",
         "Antallet innbyggere over 80 år blir doblet fram mot 2041. Mange eldre bor alene.",
         [("HM1", "Andel innbyggere over 80 år som bor hjemme", "86 %", "90 %"),
          ("HM2", "Andel som ofte føler seg ensomme (Folkehelseundersøkelsen)", "13 %",
           "8 %")],
         ["Vi vil bruke velferdsteknologi og frivillige krefter der det gir bedre hjelp."]),
        ("5 Klima og natur",
         "Veitrafikk og landbruk står for mest av utslippene. Strandsonen langs Tornesvannet og "
         "fjorden er under press fra hytter og boliger.",
         [("KN1", "Klimagassutslipp i kommunen (tonn CO2-ekvivalenter)", "58 000", "23 000"),
          ("KN2", "Dekar viktig natur som bygges ned per år", "6", "0")],
         ["Vi vil ta klima- og naturhensyn i alle planer og innkjøp."]),
    ]
    parent = [
        ("kicker", "TORNESVIK KOMMUNE"),
        ("title", "Kommuneplanens samfunnsdel 2029–2041"),
        ("sub", "Vedtatt av kommunestyret 14. juni 2029, sak 38/29"),
        ("vision", "«Tornesvik – nær og levende»"),
        ("h1", "1 Om samfunnsdelen"),
        ("p", "Samfunnsdelen viser hva slags samfunn vi vil ha i Tornesvik i 2041. Den har fire "
         "innsatsområder. Under hvert innsatsområde står målene våre i en tabell, sammen med "
         "indikatoren vi skal følge med på, dagens nivå og nivået vi vil nå i 2041."),
        ("p", "Målene følges opp i handlingsdelen med økonomiplan, som rulleres hvert år, og i "
         "temaplanene. Kommunedirektøren rapporterer på indikatorene i årsmeldingen."),
        ("facts", "Tornesvik i tall", [
            "6 240 innbyggere, 1 900 av dem i sentrum",
            "Sju bygder med egen skole eller barnehage",
            "22 prosent av innbyggerne er over 67 år"]),
    ]
    for name, bg, goals, how in areas:
        parent += [("h1", name), ("p", bg),
                   ("table", ["Mål", "Indikator", "I dag", "2041"],
                    [(g[gid], ind, now, then) for gid, ind, now, then in goals],
                    [72, 58, 18, 18]),
                   ("lab", "Slik gjør vi det"), ("dash", how)]
    parent += [
        ("h1", "6 Oppfølging"),
        ("p", "Handlingsdelen viser hvilke tiltak som følger opp målene, og hva de koster. "
         "Samfunnsdelen revideres når kommunestyret har vedtatt ny planstrategi."),
    ]
    _rl_doc(d / "parent.pdf", parent, fonts=_p43._rl_fonts("DejaVuSerif"), base=9.5,
            accent="#1F5C7A", tint="#E3EEF3",
            title="Kommuneplanens samfunnsdel 2029–2041 – Tornesvik kommune",
            author="Tornesvik kommune", header="Tornesvik kommune · Samfunnsdelen 2029–2041",
            footer="Kommuneplanens samfunnsdel 2029–2041", page_word="Side")

    legend = [
        ("LS1", "Et levende sentrum"),
        ("LS2", "Gode reiser mellom bygdene og sentrum"),
        ("OL1", "Trygg barnehage og skole nær hjemmet"),
        ("OL2", "Fullført videregående"),
        ("HM1", "Trygg i eget hjem"),
        ("HM2", "Mindre ensomhet, sterk frivillighet"),
        ("KN1", "Lavere klimagassutslipp"),
        ("KN2", "Natur og strandsone"),
    ]
    c = {
        "c1": "Det skal bygges minst 120 nye boliger i sentrum i perioden.",
        "c2": "Kaihuset skal bli sentrums naturlige møteplass, med bibliotek og kafé.",
        "c3": "Elevene skal trives og være trygge på skolen, og alle skoler og barnehager i "
              "bygdene skal drives videre.",
        "c4": "Flere eldre skal få hjelp i eget hjem, og færre skal trenge sykehjemsplass.",
        "c5": "Kommunens egne bygg og biler skal slippe ut halvparten så mye som i 2028.",
        "c6": "Sykefraværet i kommunen skal ned til 7 prosent.",
    }
    m = {
        "tomt": "Regulere og selge tomter til 120 leiligheter i Øyrakvartalet",
        "kai": "Bygge om Kaihuset til bibliotek, kafé og innbyggertorg",
        "buss": "Bygdebussen: bestillingstransport fra alle bygdene til sentrum seks dager i "
                "uka",
        "gs": "Gang- og sykkelvei langs fylkesvei 840 fra Innbygda til sentrum",
        "triv": "Trivselsledere og mobbeombud på alle barneskoler",
        "fortau": "Fortau og gatelys langs skoleveien i Innbygda",
        "vent": "Nytt ventilasjonsanlegg på Tornes skole",
        "tilsyn": "Digitalt tilsyn og medisindispensere til 150 hjemmeboende",
        "rehab": "Hverdagsrehabilitering i hele kommunen",
        "shjem": "Nytt ventilasjonsanlegg på Tornesvik sykehjem",
        "besok": "Besøksvenner og seniortreff i alle bygdene, sammen med Frivilligsentralen",
        "elbil": "Elbiler i hjemmetjenesten (40 biler)",
        "sol": "Solceller og varmepumpe på rådhuset og Tornes skole",
        "sti": "Tursti med gapahuk og benker langs Tornesvannet",
        "naer": "Nærværsprosjekt i helse og omsorg",
    }
    rows = [
        ("span", "Levende sentrum og bygder"),
        ("1", m["tomt"], "Plan og utvikling", "2031", "1 200", "LS1"),
        ("2", m["kai"], "Eiendom", "2032", "38 000", "LS1"),
        ("3", m["buss"], "Kommunalsjef samfunn", "2030", "4 800", "LS2"),
        ("4", m["gs"], "Plan og utvikling", "2033", "22 000", "SL2"),
        ("span", "Oppvekst og læring"),
        ("5", m["triv"], "Kommunalsjef oppvekst", "2030", "900", "OL1"),
        ("6", m["fortau"], "Kommunalteknikk", "2031", "6 500", "OL1"),
        ("7", m["vent"], "Eiendom", "2030", "3 200", "OL1"),
        ("span", "Helse og mestring"),
        ("8", m["tilsyn"], "Hjemmetjenesten", "2031", "2 400", "HM1"),
        ("9", m["rehab"], "Kommunalsjef helse", "2030", "3 600", "HM1"),
        ("10", m["shjem"], "Eiendom", "2032", "5 100", "HM1"),
        ("11", m["besok"], "Frivilligsentralen", "2030", "600", "HM3"),
        ("span", "Klima og natur"),
        ("12", m["elbil"], "Hjemmetjenesten", "2032", "3 000", "KN1"),
        ("13", m["sol"], "Eiendom", "2031", "7 400", "KN1"),
        ("14", m["sti"], "Kultur og fritid", "2031", "1 500", "KN2"),
        ("span", "Organisasjon"),
        ("15", m["naer"], "Personalsjef", "2030–2031", "800", "–"),
    ]
    codes = {code for code, _ in legend}
    cited = {r[-1] for r in rows if r[0] != "span"}
    if cited - codes != {"SL2", "HM3", "–"} or set(g) != codes:
        raise SystemExit(f"tornesvik: codes cited outside the legend {sorted(cited - codes)}")
    child = [
        ("title", "Handlingsdel med økonomiplan 2030–2033"),
        ("sub", "Tornesvik kommune · Vedtatt av kommunestyret 11. desember 2029, sak 92/29"),
        ("h1", "1 Innledning"),
        ("p", "Handlingsdelen viser hvordan kommunen skal følge opp kommuneplanens samfunnsdel "
         "2029–2041 de neste fire årene, og hva det koster. Den rulleres hvert år sammen med "
         "økonomiplanen."),
        ("p", "Samfunnsdelen nummererer ikke målene sine. For å vise sammenhengen har vi gitt "
         "hvert mål en kode: forbokstavene i innsatsområdet og et løpenummer. Kodene og en "
         "kortform av målene står i tabellen nedenfor, og kolonnen «Mål» i tiltakstabellen "
         "viser til dem."),
        ("table", ["Kode", "Mål i samfunnsdelen (kortform)"], legend, [22, 100]),
        ("h1", "2 Prioriterte mål for 2030–2033"),
        ("p", "Kommunestyret har vedtatt disse målene for perioden:"),
        ("num", [c[f"c{i}"] for i in range(1, 7)]),
        ("h1", "3 Kommentarer til prioriteringene"),
        ("p", "Oppvekst: Elevtallet i Innbygda går ned, men kommunestyret har bestemt at "
         "skolen skal bestå i planperioden. Andelen ungdommer som fullfører videregående "
         "opplæring, har økt de siste årene. Den videregående skolen er fylkeskommunens "
         "ansvar."),
        ("p", "Helse og mestring: Hjemmetjenesten får flere brukere hvert år. "
         "Velferdsteknologi og hverdagsrehabilitering skal gjøre det mulig å bo hjemme "
         "lenger."),
        ("p", "Klima og natur: Utslippene fra kommunens egne bygg og biler skal halveres. Den "
         "nye turstien langs Tornesvannet gjør strandsonen tilgjengelig for alle."),
        ("h1", "4 Tiltak og økonomi"),
        ("i", "Kostnad er ny ramme for hele perioden i 1000 kr. Kolonnen «Mål» viser til "
         "kodene i kapittel 1."),
        ("table", ["Nr.", "Tiltak", "Ansvar", "Frist", "Kostnad", "Mål"], rows,
         [10, 72, 34, 18, 18, 16]),
        ("h1", "5 Oppfølging"),
        ("p", "Kommunedirektøren rapporterer på tiltakene i tertialrapportene og i "
         "årsmeldingen."),
    ]
    _docx(child, d / "child.pdf", title="Handlingsdel med økonomiplan 2030–2033 – Tornesvik "
          "kommune", author="Tornesvik kommune",
          header="TORNESVIK KOMMUNE · HANDLINGSDEL MED ØKONOMIPLAN 2030–2033",
          footer="Handlingsdel med økonomiplan 2030–2033", lang="nb-NO",
          font="Liberation Sans", size=10, color="1F5C7A")

    goals_ = [
        G("LS1", g["LS1"], "partial", [c["c1"], c["c2"], m["tomt"], m["kai"]],
          ev="Det skal bygges minst 120",
          missing=["handel i sentrum (butikkene som har lagt ned)"],
          note="the goals are the 'Mål' cells of the four tables `Mål | Indikator | I dag | "
          "2041`, one table per innsatsområde, unnumbered (ids LS1 … KN2 are the codes the "
          "CHILD coins for them in its legend; the parent prints no codes). The indicator, "
          "'I dag' and '2041' cells, the vision, 'Tornesvik i tall' and 'Slik gjør vi det' are "
          "no goals. To live (120 homes in Øyrakvartalet) and to meet (Kaihuset as the meeting "
          "place, library and café); nothing for trade or shops in the centre"),
        G("LS2", g["LS2"], "followed_up", [m["buss"], m["gs"]],
          ev="Bygdebussen: bestillingstransport fra alle",
          note="collective transport (on-demand Bygdebussen from every bygd) and walking and "
          "cycling (the footpath and cycle path from Innbygda). Trap (typo code): the cycle "
          "path's row cites 'SL2', a code the legend does not have — a transposition of "
          "'LS2'; content decides, and it serves this goal. No child goal of its own"),
        G("OL1", g["OL1"], "followed_up", [c["c3"], m["triv"], m["fortau"], m["vent"]],
          ev="Elevene skal trives og være",
          note="safe and good (pupils thriving and safe, trivselsledere and mobbeombud, a safe "
          "school road, ventilation at Tornes skole) and close to home (every school and "
          "kindergarten in the bygder kept open)"),
        G("OL2", g["OL2"], "not_followed_up",
          note="trap (shared words, left to another body): 'Andelen ungdommer som fullfører "
          "videregående opplæring, har økt … Den videregående skolen er fylkeskommunens "
          "ansvar' — a statement of fact; no goal or row, no code OL2 in the table"),
        G("HM1", g["HM1"], "followed_up", [c["c4"], m["tilsyn"], m["rehab"]],
          ev="Flere eldre skal få hjelp",
          note="help at home, welfare technology, everyday rehabilitation. Trap (code cited, "
          "goal not served): row 10 'Nytt ventilasjonsanlegg på Tornesvik sykehjem' cites "
          "'HM1' — a nursing home's ventilation is no help to live at home; not in served_by"),
        G("HM2", g["HM2"], "partial", [m["besok"]], ev="Besøksvenner og seniortreff i alle",
          missing=["gode vilkår for frivilligheten (tilskudd, lokaler)"],
          note="loneliness (visiting friends and senior meetings in every bygd). Trap (code "
          "not in the legend): the row cites 'HM3'; the legend stops at HM2 — content "
          "decides. Volunteers carry the measure, but nothing gives voluntary organisations "
          "better conditions"),
        G("KN1", g["KN1"], "partial", [c["c5"], m["elbil"], m["sol"]],
          ev="Kommunens egne bygg og biler",
          missing=["utslippene fra hele kommunesamfunnet (veitrafikk, landbruk)"],
          note="the council's own buildings and cars (electric cars in home care, solar "
          "panels and a heat pump); the goal is the whole municipality's emissions, which "
          "the samfunnsdel says come mostly from road traffic and farming"),
        G("KN2", g["KN2"], "not_followed_up",
          note="trap (code cited, goal not served, shared words): row 14 'Tursti med gapahuk "
          "og benker langs Tornesvannet' cites 'KN2', and the commentary says the path 'gjør "
          "strandsonen tilgjengelig for alle' — access to the shore, not protection of "
          "nature or the shore (a new path in the shore zone is rather a pressure on it)"),
    ]
    kids = [
        C(c["c1"], ["LS1"], note="the child goals are the Word-numbered list under '2 "
          "Prioriterte mål for 2030–2033'; the rows of '4 Tiltak og økonomi' are measures (in "
          "served_by beside the goals they serve); the legend (codes and short forms), the "
          "codes in the 'Mål' column, the commentaries, owners, dates and amounts are no "
          "goals"),
        C(c["c2"], ["LS1"]),
        C(c["c3"], ["OL1"]),
        C(c["c4"], ["HM1"]),
        C(c["c5"], ["KN1"]),
        C(c["c6"], [], note="sickness absence in the council: no goal of the samfunnsdel "
          "(its row 'Nærværsprosjekt' cites '–') — stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, DejaVu Serif 9.5; kommuneplanens samfunnsdel "
        "2029–2041): kicker, title, vision, a tinted 'Tornesvik i tall' box, then per "
        "innsatsområde (Heading '2 …'–'5 …') a background text and a table `Mål | Indikator | "
        "I dag | 2041` whose 'Mål' cells are the goals, UNNUMBERED, and 'Slik gjør vi det' "
        "'–' lines; header over a rule, footer left + 'Side n' right; child PDF (python-docx → "
        "LibreOffice, Liberation Sans 10; handlingsdel med økonomiplan 2030–2033): a LEGEND "
        "table `Kode | Mål i samfunnsdelen (kortform)` coining codes LS1 … KN2 for the "
        "parent's goals, a Word-numbered list of 'Prioriterte mål', commentaries, and a "
        "measure table `Nr. | Tiltak | Ansvar | Frist | Kostnad | Mål` with shaded group rows "
        "whose last column cites the coined codes ('SL2', 'HM3' and '–' among them); header "
        "over a rule, footer left + page number right",
        goals=goals_, kids=kids,
    )



# =========================================================================== 2 Wellmarsh (en)


@pair
def wellmarsh_neighbourhood_services(d: Path) -> dict:
    g = {
        "T1": "More residents are in good, secure work.",
        "T2": "The town centre is lively, with fewer empty shops.",
        "G1": "Parks and open spaces are well looked after and used by more people.",
        "G2": "Less waste is produced, and more of it is reused or recycled.",
        "G3": "The borough's carbon emissions fall every year, and homes are warmer and "
              "cheaper to heat.",
        "H1": "Residents feel safe in their neighbourhood, and anti-social behaviour falls.",
        "H2": "Fewer households become homeless.",
    }
    kpi = [
        ("CPI-01", "Employment rate, residents aged 16–64", "1", "71.2%", "75%"),
        ("CPI-02", "Vacant shop units in the town centre", "1", "14%", "8%"),
        ("CPI-03", "Residents satisfied with parks and open spaces", "2", "64%", "75%"),
        ("CPI-04", "Household waste sent for reuse, recycling or composting", "2", "41%",
         "55%"),
        ("CPI-05", "Residual household waste per household (kg)", "2", "520", "430"),
        ("CPI-06", "CO2 emissions per resident (tonnes)", "2", "4.1", "3.0"),
        ("CPI-07", "Homes with an energy rating of C or better", "2", "38%", "55%"),
        ("CPI-08", "Residents who feel safe outside after dark", "3", "58%", "70%"),
        ("CPI-09", "Reports of anti-social behaviour to the police and council", "3", "3,900",
         "3,000"),
        ("CPI-10", "Households in temporary accommodation", "3", "212", "120"),
    ]
    parent = [
        ("title", "Corporate Plan 2029–2033"),
        ("sub", "Wellmarsh Borough Council · Agreed by Full Council on 18 July 2029"),
        ("h1", "Foreword"),
        ("p", "This plan sets out what the council wants to achieve for Wellmarsh over the next "
         "four years and how we will know whether we are getting there. It builds on what "
         "1,800 residents told us in the 'Wellmarsh Conversation' in 2028."),
        ("h1", "Our vision"),
        ("i", "Wellmarsh: a good place to grow up, work and grow old."),
        ("h1", "Our priorities"),
        ("p", "The plan has three priorities. Under each we set out the outcomes we want to see "
         "by 2033. Progress is measured by the corporate performance indicators at the end of "
         "the plan."),
        ("h2", "Priority 1: A thriving town"),
        ("p", "Wellmarsh has lost two large employers since 2020, and one shop unit in seven in "
         "the town centre is empty."),
        ("b", "The outcomes we want"),
        ("bul", [g["T1"], g["T2"]]),
        ("h2", "Priority 2: Clean and green neighbourhoods"),
        ("p", "Residents value the borough's 38 parks, but many tell us they are worn. We "
         "recycle less than most councils in the region, and many older homes are expensive "
         "to heat."),
        ("b", "The outcomes we want"),
        ("bul", [g["G1"], g["G2"], g["G3"]]),
        ("h2", "Priority 3: Safe and healthy communities"),
        ("p", "Most residents feel safe, but anti-social behaviour is concentrated in a few "
         "wards. The number of households in temporary accommodation has doubled since "
         "2024."),
        ("b", "The outcomes we want"),
        ("bul", [g["H1"], g["H2"]]),
        ("h1", "Corporate performance indicators"),
        ("p", "We report these indicators to Cabinet every quarter. Each service plan shows "
         "which indicators its actions are expected to move."),
        ("table", ["Ref", "Indicator", "Priority", "Baseline 2028", "Target 2033"], kpi,
         [20, 84, 18, 23, 23]),
        ("h1", "Delivering the plan"),
        ("p", "The plan is delivered through the council's budget and its service plans, which "
         "are agreed every spring. The plan will be reviewed in 2031."),
    ]
    _docx47(parent, d / "parent.pdf", title="Corporate Plan 2029–2033 – Wellmarsh Borough "
            "Council", author="Wellmarsh Borough Council",
            header="Wellmarsh Borough Council · Corporate Plan 2029–2033",
            footer="Corporate Plan 2029–2033", page_word="Page", of_word="of", lang="en-GB",
            font="Liberation Sans", size=10, color="2E6B3A", tint="E4EFE6")

    c = {
        "ns1": "Raise the share of household waste that is recycled or composted to 52% by "
               "March 2031.",
        "ns2": "Keep every park to a high standard and increase visits to our parks by 10%.",
        "ns3": "Reduce anti-social behaviour in the five wards where reports are highest.",
        "ns4": "Cut carbon emissions from the waste fleet and depots by a quarter.",
        "ns5": "Answer nine in ten bereavement service enquiries within two working days.",
        "ns6": "Collect 99.8% of bins on the scheduled day.",
    }
    m = {
        "food": "Weekly food waste collection for every household",
        "flats": "Recycling bins for 60 blocks of flats",
        "flag": "Green Flag applications for Castle Park and Mill Meadows",
        "play": "New play areas at Hob Lane and Ferry Road parks",
        "events": "Thirty free events in parks over the summer",
        "wardens": "Community safety wardens on evening patrols in the five priority wards",
        "graffiti": "Remove graffiti and fly-tipping within 48 hours of a report",
        "rcv": "Replace 25 refuse vehicles with electric vehicles",
        "depot": "LED lighting and solar panels at Saltings Road depot",
        "seasonal": "Recruit 12 seasonal park staff for the summer",
        "tents": "Remove tents and encampments from parks within 24 hours of a report",
        "burial": "Online booking for burials and cremations",
        "cab": "New in-cab technology for bin crews",
    }
    acts = [
        ("NS01", m["food"], "CPI-04", "Waste and Recycling Manager", "Jun 2030"),
        ("NS02", m["flats"], "CPI-04", "Waste and Recycling Manager", "Oct 2030"),
        ("NS03", m["flag"], "CPI-03", "Parks Manager", "Jan 2031"),
        ("NS04", m["play"], "CPI-03", "Parks Manager", "Sep 2030"),
        ("NS05", m["events"], "CPI-03", "Parks Manager", "Sep 2030"),
        ("NS06", m["seasonal"], "CPI-01", "Parks Manager", "May 2030"),
        ("NS07", m["tents"], "CPI-10", "Parks Manager", "Apr 2030"),
        ("NS08", m["wardens"], "CPI-09", "Community Safety Manager", "Apr 2030"),
        ("NS09", m["graffiti"], "CPI-08, CPI-09", "Street Scene Manager", "Jun 2030"),
        ("NS10", m["rcv"], "CPI-06", "Fleet Manager", "Mar 2031"),
        ("NS11", m["depot"], "CPI-06", "Facilities Manager", "Dec 2030"),
        ("NS12", m["burial"], "CPI-12", "Bereavement Services Manager", "Nov 2030"),
        ("NS13", m["cab"], "–", "Waste and Recycling Manager", "Jul 2030"),
    ]
    refs = {r for r, *_ in kpi}
    cited = {x.strip() for _, _, k, _, _ in acts for x in k.split(",")}
    if cited - refs != {"CPI-12", "–"}:
        raise SystemExit(f"wellmarsh: indicator refs outside the Corporate Plan {cited - refs}")
    trs = "".join(f"<tr><td class='ref'>{r}</td><td>{e(a)}</td><td class='cpi'>{e(k)}</td>"
                  f"<td>{e(lead)}</td><td class='due'>{due}</td></tr>"
                  for r, a, k, lead, due in acts)
    objs = "".join(f"<li><b>O{i}</b><span>{e(c[f'ns{i}'])}</span></li>" for i in range(1, 7))
    body = [
        "<div class='band'><span>WELLMARSH BOROUGH COUNCIL</span>"
        "<span>Communities Directorate</span></div>",
        "<h1>Neighbourhood Services<br>Service Plan 2030/31</h1>",
        "<p class='meta'>Head of Neighbourhood Services · Approved by the Director of "
        "Communities on 3 March 2030</p>",
        "<div class='cols'><div><h2>1 About the service</h2>",
        "<p>Neighbourhood Services looks after 38 parks and open spaces, collects waste and "
        "recycling from 52,000 homes, cleans the streets, and runs the community safety "
        "wardens and the bereavement service. We have 290 staff and a net budget of £14.2 "
        "million.</p>",
        "<p>Our street cleansing teams work in the town centre every morning before the shops "
        "open. The Saltings Repair Shop, run by volunteers, helps residents mend things "
        "instead of throwing them away; it is not a council service.</p>",
        "<h2>2 How this plan links to the Corporate Plan</h2>",
        "<p>The Corporate Plan does not number its outcomes. Each action below names the "
        "corporate performance indicator (CPI) it is expected to move; the indicators are "
        "listed at the end of the Corporate Plan 2029–2033.</p></div>",
        f"<div><h2>3 Our service objectives for 2030/31</h2><ul class='obj'>{objs}</ul>"
        "</div></div>",
        "<h2>4 Action plan 2030/31</h2>",
        "<table class='act'><thead><tr><th style='width:7%'>Ref</th><th>Action</th>"
        "<th style='width:15%'>Corporate indicator</th><th style='width:24%'>Lead</th>"
        "<th style='width:10%'>Due</th></tr></thead>"
        f"<tbody>{trs}</tbody></table>",
        "<h2>5 Risks</h2>",
        "<p>The main risks are the cost of electric vehicles and the recruitment of HGV "
        "drivers. Both are on the directorate risk register.</p>",
    ]
    css = (
        "@page{size:A4;margin:14mm 16mm 16mm 16mm;"
        "@bottom-left{content:'Neighbourhood Services Service Plan 2030/31';"
        "font:7.5pt 'DejaVu Sans';color:#777}"
        "@bottom-right{content:'Page ' counter(page) ' of ' counter(pages);"
        "font:7.5pt 'DejaVu Sans';color:#777}}"
        "body{font:8.8pt/1.42 'DejaVu Sans';color:#222;margin:0}"
        ".band{display:flex;justify-content:space-between;background:#2e6b3a;color:#fff;"
        "font:bold 7.5pt 'DejaVu Sans';letter-spacing:.06em;padding:5px 8px;"
        "margin-bottom:7px}"
        "h1{font:bold 16pt/1.2 'DejaVu Sans';color:#2e6b3a;margin:4px 0 3px}"
        ".meta{color:#666;font-size:8pt;margin:0 0 8px}"
        "h2{font:bold 10.5pt 'DejaVu Sans';color:#2e6b3a;margin:9px 0 4px}"
        "p{margin:0 0 5px}"
        ".cols{display:grid;grid-template-columns:1fr 1fr;gap:18px}"
        "ul.obj{list-style:none;margin:0;padding:0}"
        "ul.obj li{display:grid;grid-template-columns:26px 1fr;margin:0 0 5px;"
        "padding:4px 6px;background:#eef5ef;border-left:3px solid #2e6b3a}"
        "ul.obj b{color:#2e6b3a}"
        "table.act{border-collapse:collapse;width:100%;font-size:8.3pt}"
        "table.act th{background:#2e6b3a;color:#fff;text-align:left;padding:4px 5px}"
        "table.act td{border-bottom:1px solid #c9c9c9;padding:3px 5px;vertical-align:top}"
        "td.cpi{font-weight:bold;color:#2e6b3a}"
        "td.ref{color:#666}"
    )
    _html("en", "Neighbourhood Services Service Plan 2030/31 – Wellmarsh Borough Council", css,
          body, d / "child.pdf")

    goals_ = [
        G("T1", g["T1"], "not_followed_up",
          note="the goals are the bulleted outcomes under 'The outcomes we want' in the three "
          "'Priority n' sections, unnumbered (ids T, G, H + order, not printed); the vision, "
          "background texts, the indicator table 'Corporate performance indicators' (CPI-01 … "
          "CPI-10, each tied to a PRIORITY, not to an outcome) and 'Delivering the plan' are no "
          "goals. Trap (indicator cited, goal not served): NS06 'Recruit 12 seasonal park staff "
          "for the summer' cites CPI-01 (employment rate) — twelve seasonal posts are not good, "
          "secure work for more residents; nothing else"),
        G("T2", g["T2"], "not_followed_up",
          note="trap (shared words in passing): 'Our street cleansing teams work in the town "
          "centre every morning before the shops open' — a routine service named, nothing to "
          "make the centre lively or fill empty shops; CPI-02 is never cited"),
        G("G1", g["G1"], "followed_up", [c["ns2"], m["flag"], m["play"], m["events"]],
          ev="Keep every park to a",
          note="looked after (Green Flag standard, new play areas) and used by more people "
          "(visits up 10%, thirty free events); the rows cite CPI-03 (satisfaction with parks)"),
        G("G2", g["G2"], "partial", [c["ns1"], m["food"], m["flats"]],
          ev="Raise the share of household",
          missing=["less waste produced (waste prevention, reuse)"],
          note="recycling (food waste collection, bins for flats; rows cite CPI-04); nothing to "
          "produce less waste — CPI-05 (residual waste) is never cited, and the one reuse "
          "initiative named, the Saltings Repair Shop, 'is not a council service'"),
        G("G3", g["G3"], "partial", [c["ns4"], m["rcv"], m["depot"]],
          ev="Cut carbon emissions from the",
          missing=["warmer homes that are cheaper to heat",
                   "emissions of the borough beyond the service's own fleet and depots"],
          note="the service's own emissions (electric refuse vehicles, LED and solar at the "
          "depot; rows cite CPI-06); nothing on homes — CPI-07 is never cited"),
        G("H1", g["H1"], "followed_up", [c["ns3"], m["wardens"], m["graffiti"]],
          ev="Reduce anti-social behaviour in the",
          note="anti-social behaviour (evening warden patrols in the five priority wards; "
          "cites CPI-09) and feeling safe (graffiti and fly-tipping removed within 48 hours; "
          "cites CPI-08 and CPI-09)"),
        G("H2", g["H2"], "not_followed_up",
          note="trap (indicator cited, goal worked against): NS07 'Remove tents and "
          "encampments from parks within 24 hours of a report' cites CPI-10 (households in "
          "temporary accommodation) — moving rough sleepers on prevents no homelessness; "
          "nothing else"),
    ]
    kids = [
        C(c["ns1"], ["G2"], note="the child goals are the service objectives O1–O6 (gold text "
          "without the code); the Action cells of the action plan are measures (in served_by "
          "beside the goals they serve); the indicator refs (CPI-…), leads and dates are no "
          "goals"),
        C(c["ns2"], ["G1"]),
        C(c["ns3"], ["H1"]),
        C(c["ns4"], ["G3"]),
        C(c["ns5"], [], note="bereavement enquiries answered on time: no outcome of the "
          "Corporate Plan; its action (online booking for burials) cites 'CPI-12', a ref the "
          "Corporate Plan does not have (its indicators stop at CPI-10) — stands alone"),
        C(c["ns6"], [], note="bins collected on the scheduled day: service reliability, not "
          "less waste or more recycling (its action cites '–') — stands alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Sans 10; Corporate Plan "
        "2029–2033): Heading 2 'Priority n: …', a background text, a bold 'The outcomes we "
        "want' over a Word '•' list (the goals, unnumbered), and at the end a table `Ref | "
        "Indicator | Priority | Baseline 2028 | Target 2033` of corporate performance "
        "indicators CPI-01 … CPI-10; header right over a green rule, footer left + 'Page n "
        "of N' right; child PDF (Chromium, DejaVu Sans 8.8; Neighbourhood Services Service "
        "Plan 2030/31): a band, two columns (about the service, the link paragraph, "
        "objectives O1–O6 in tinted boxes), then an action table `Ref | Action | Corporate "
        "indicator | Lead | Due` whose indicator cells hold CPI refs ('CPI-12' and '–' among "
        "them); margin boxes bottom left / right",
        goals=goals_, kids=kids,
    )



# =========================================================================== 3 Mossby (sv)


@pair
def mossby_verksamhetsplan(d: Path) -> dict:
    g = {
        "LH1": "Alla barn och unga ska ha en meningsfull fritid, och fler ska röra sig minst "
               "en timme om dagen.",
        "LH2": "Äldre ska kunna leva ett aktivt liv och känna sig delaktiga i samhället.",
        "KL1": "Fler elever ska nå kunskapsmålen i grundskolan.",
        "KL2": "Alla invånare ska ha tillgång till kultur och bildning genom hela livet.",
        "HT1": "Mossby ska vara en attraktiv plats att bo i, besöka och driva företag i.",
        "HT2": "Fler ska ha ett arbete att gå till.",
        "KM1": "Kommunens verksamheter ska vara fossilfria senast 2035.",
    }
    areas = [
        ("Livskvalitet och hälsa",
         "Mossby ska vara en kommun där man mår bra i alla åldrar. I dag rör sig bara vart "
         "femte barn så mycket som rekommenderas, och många äldre bor ensamma.",
         ["LH1", "LH2"]),
        ("Kunskap och lärande",
         "Utbildning ger frihet och framtidstro. Andelen elever som når kunskapsmålen i "
         "grundskolan är lägre än i länet.", ["KL1", "KL2"]),
        ("Hållbar tillväxt",
         "Mossby ska växa med fler invånare, fler besökare och fler företag. "
         "Arbetslösheten är 7,9 procent.", ["HT1", "HT2"]),
        ("Klimat och miljö",
         "Kommunen ska gå före i omställningen. Transporter och uppvärmning står för de största "
         "utsläppen i kommunens verksamheter.", ["KM1"]),
    ]
    secs = "".join(
        f"<section class='mo'><h2><span>Målområde</span>{e(name)}</h2><p>{e(bg)}</p>"
        f"<p class='ml'>Mål</p><ul>" + "".join(f"<li>{e(g[i])}</li>" for i in ids) +
        "</ul></section>" for name, bg, ids in areas)
    body = [
        "<div class='mast'><span>MOSSBY KOMMUN</span><span>Styrdokument</span></div>",
        "<h1>Vision 2040 och kommunfullmäktiges mål 2031–2034</h1>",
        "<p class='meta'>Antagen av kommunfullmäktige 16 juni 2031, § 54</p>",
        "<div class='cols'>",
        "<h3>Inledning</h3>",
        "<p>Vision 2040 och kommunfullmäktiges mål visar vart Mossby ska gå. Målen gäller för "
        "mandatperioden 2031–2034 och är ordnade i fyra målområden. Alla nämnder och bolag ska "
        "arbeta mot målen och visa i sina verksamhetsplaner hur de bidrar.</p>",
        "<div class='vis'><span>Vision 2040</span>Mossby – mitt i livet</div>",
        "<div class='fakta'><b>Mossby i siffror</b><ul><li>31 400 invånare, varav 6 900 "
        "under 18 år</li><li>1 900 företag, de flesta med färre än tio anställda</li>"
        "<li>Fyra stadsdelar och tolv byar</li></ul></div>",
        secs,
        "<h3>Så följer vi upp</h3>",
        "<p>Nämnderna redovisar hur de bidrar till målen i delårsrapporten och i "
        "årsredovisningen. Kommunfullmäktige följer målen med indikatorer som beslutas i "
        "budgeten varje år.</p>",
        "</div>",
    ]
    css = (
        "@page{size:A4;margin:15mm 16mm 16mm 16mm;"
        "@bottom-center{content:'Mossby kommun · Vision 2040 · ' counter(page);"
        "font:7.5pt 'Liberation Sans';color:#666}}"
        "body{font:9.4pt/1.45 'Liberation Serif';color:#1d1d1d;margin:0}"
        ".mast{display:flex;justify-content:space-between;background:#7a2d52;color:#fff;"
        "font:bold 7.5pt 'Liberation Sans';letter-spacing:.14em;padding:5px 8px}"
        "h1{font:bold 19pt/1.15 'Liberation Sans';color:#7a2d52;margin:10px 0 3px}"
        ".meta{font:8.5pt 'Liberation Sans';color:#666;margin:0 0 10px;"
        "border-bottom:1px solid #c9a9b8;padding-bottom:6px}"
        ".cols{column-count:2;column-gap:9mm;column-rule:0.6px solid #d9c3cd}"
        "h3{font:bold 10.5pt 'Liberation Sans';color:#7a2d52;margin:0 0 4px}"
        "p{margin:0 0 6px;text-align:left}"
        ".vis{background:#7a2d52;color:#fff;font:italic 13pt 'Liberation Serif';padding:8px 10px;"
        "margin:6px 0 10px;break-inside:avoid}"
        ".vis span{display:block;font:bold 7pt 'Liberation Sans';letter-spacing:.16em;"
        "text-transform:uppercase;font-style:normal;margin-bottom:2px}"
        ".fakta{background:#f4ebef;padding:6px 9px;margin:0 0 10px;break-inside:avoid;"
        "font:8.5pt/1.4 'Liberation Sans'}.fakta ul{margin:3px 0 0;padding-left:14px}"
        ".mo{margin:0 0 10px}"
        ".mo h2{font:bold 12pt 'Liberation Sans';color:#1d1d1d;margin:0 0 4px;"
        "border-top:3px solid #7a2d52;padding-top:4px}"
        ".mo h2 span{display:block;font:bold 7pt 'Liberation Sans';letter-spacing:.14em;"
        "text-transform:uppercase;color:#7a2d52}"
        ".ml{font:bold 8.5pt 'Liberation Sans';color:#7a2d52;margin:4px 0 2px}"
        ".mo ul{margin:0;padding-left:15px}.mo li{margin:0 0 4px;font-weight:bold}"
    )
    _html("sv", "Vision 2040 och kommunfullmäktiges mål 2031–2034 – Mossby kommun", css, body,
          d / "parent.pdf")

    c = {
        "n1": "Fler barn och unga i alla stadsdelar ska delta i kultur- och fritidsaktiviteter.",
        "n2": "Seniorer ska ha fler mötesplatser och aktiviteter nära hemmet.",
        "n3": "Biblioteken ska nå fler invånare, också dem som inte läser svenska.",
        "n4": "Fler ska besöka Mossbys evenemang och besöksmål.",
        "n5": "Alla bokningar av nämndens lokaler ska kunna göras digitalt.",
        "n6": "Sjukfrånvaron i förvaltningen ska vara lägre än 6 procent.",
    }
    m = {
        "lov": "Lovaktiviteter med teater, film och skapande i alla stadsdelar",
        "ks": "Avgiftsfri kulturskola för barn i familjer med försörjningsstöd",
        "senior": "Seniorträffar på biblioteken varannan vecka",
        "gympa": "Seniorgympa och vattengympa i Lerbäcksbadet till halva priset",
        "meroppet": "Meröppet bibliotek i Lerbäck och Hagatorp",
        "sprak": "Språkcafé och medier på tolv språk",
        "forel": "Föreläsningsserie om Mossbys historia",
        "fest": "Sommarfestival vid Lerbäcksdammen",
        "gruva": "Ny besöksentré och guidade turer vid Hagatorps gruva",
        "etj": "Ny e-tjänst för bokning av idrottshallar och möteslokaler",
        "frisk": "Friskvårdsbidrag och hälsoinspiratörer på alla arbetsplatser",
    }
    chapters = [
        ("2 Ett gott liv",
         "Fyra av tio barn i Östra Mossby deltar inte i någon organiserad fritidsaktivitet. "
         "Många seniorer saknar en mötesplats nära hemmet.",
         [("1.", c["n1"]), ("2.", c["n2"])], [m["lov"], m["ks"], m["senior"], m["gympa"]]),
        ("3 Bildning hela livet",
         "Biblioteken har 210 000 besök om året. Skolbiblioteken och arbetet med att fler "
         "elever ska nå kunskapsmålen i grundskolan ansvarar barn- och utbildningsnämnden "
         "för.", [("3.", c["n3"])], [m["meroppet"], m["sprak"], m["forel"]]),
        ("4 Ett växande Mossby",
         "Besöksnäringen växer, och evenemangen ger arbete åt många lokala företag.",
         [("4.", c["n4"])], [m["fest"], m["gruva"]]),
        ("5 Grön omställning",
         "Nämnden vill göra det enklare för föreningar och invånare att använda lokalerna och "
         "minska pappershanteringen.", [("5.", c["n5"])], [m["etj"]]),
        ("6 Vår organisation",
         "Förvaltningen har 140 medarbetare. Sjukfrånvaron var 7,4 procent 2030.",
         [("6.", c["n6"])], [m["frisk"]]),
    ]
    child = [
        ("title", "Verksamhetsplan 2032"),
        ("sub", "Mossby kommun · Kultur- och fritidsnämnden · Beslutad av nämnden 10 december "
         "2031, § 88"),
        ("h1", "1 Inledning"),
        ("p", "Verksamhetsplanen visar vad kultur- och fritidsnämnden ska uppnå under 2032 och "
         "hur. Nämnden ansvarar för bibliotek, kulturskola, fritidsgårdar, idrottsanläggningar, "
         "evenemang och besöksmål."),
        ("p", "Planen följer kommunfullmäktiges fyra målområden i Vision 2040: kapitel 2–5 "
         "motsvarar var sitt målområde. Kapitel 6 gäller nämndens egen organisation."),
    ]
    for head, text, goals, acts in chapters:
        child += [("h1", head), ("p", text), ("lab", "Nämndmål"), ("hang", goals),
                  ("lab", "Aktiviteter 2032"), ("inline", acts)]
    child += [
        ("h1", "7 Uppföljning"),
        ("p", "Nämnden följer upp nämndmålen i delårsrapporten per augusti och i "
         "verksamhetsberättelsen för 2032."),
    ]
    _odt(child, d / "child.pdf", title="Verksamhetsplan 2032 – Kultur- och fritidsnämnden, "
         "Mossby kommun", header="Mossby kommun · Kultur- och fritidsnämnden",
         footer="Verksamhetsplan 2032", font="Liberation Sans", size=10, color="#7A2D52",
         tint="#F2E6EC", lang="sv", country="SE")

    goals_ = [
        G("LH1", g["LH1"], "partial", [c["n1"], m["lov"], m["ks"]],
          ev="Fler barn och unga i",
          missing=["fler ska röra sig minst en timme om dagen (fysisk aktivitet)"],
          note="the goals are the bold bullets under 'Mål' in the four 'Målområde' sections of "
          "the two-column brochure, unnumbered (ids = the målområde's initials + order, not "
          "printed); the vision, the background texts, 'Inledning' and 'Så följer vi upp' are "
          "no goals. Chapter '2 Ett gott liv' is the child's name for 'Livskvalitet och "
          "hälsa'. A meaningful leisure time (holiday culture activities in every district, a "
          "free kulturskola); nothing for children's physical activity, though the nämnd runs "
          "the sports facilities"),
        G("LH2", g["LH2"], "followed_up", [c["n2"], m["senior"], m["gympa"]],
          ev="Seniorer ska ha fler mötesplatser",
          note="an active life (half-price senior gym and water gym) and taking part "
          "(meeting places and senior meetings at the libraries)"),
        G("KL1", g["KL1"], "not_followed_up",
          note="trap (shared words, left to another nämnd): the text of '3 Bildning hela "
          "livet' — the chapter that 'motsvarar' Kunskap och lärande — says that 'arbetet "
          "med att fler elever ska nå kunskapsmålen i grundskolan ansvarar barn- och "
          "utbildningsnämnden för'; no nämndmål or activity"),
        G("KL2", g["KL2"], "followed_up", [c["n3"], m["meroppet"], m["sprak"], m["forel"]],
          ev="Biblioteken ska nå fler invånare,",
          note="culture and learning for all through life: open libraries, language café and "
          "media in twelve languages, a lecture series; filed under '3 Bildning hela livet'"),
        G("HT1", g["HT1"], "partial", [c["n4"], m["fest"], m["gruva"]],
          ev="Fler ska besöka Mossbys evenemang",
          missing=["attraktiv plats att bo i", "attraktiv plats att driva företag i"],
          note="to visit (a summer festival, a new visitor entrance at Hagatorps gruva); "
          "nothing on living or doing business in Mossby. Chapter '4 Ett växande Mossby' is "
          "the child's name for 'Hållbar tillväxt'"),
        G("HT2", g["HT2"], "not_followed_up",
          note="trap (shared words in passing): 'evenemangen ger arbete åt många lokala "
          "företag' in the text of '4 Ett växande Mossby' is a remark about events, no goal "
          "or activity for people to get a job"),
        G("KM1", g["KM1"], "not_followed_up",
          note="trap (filed under the area, goal not served): chapter '5 Grön omställning' — "
          "the child's name for 'Klimat och miljö' — holds one nämndmål, digital booking of "
          "the premises (less paper), which does nothing to make the nämnd's operations "
          "fossil-free; no transport, heating or energy measure anywhere"),
    ]
    kids = [
        C(c["n1"], ["LH1"], note="the child goals are the numbered lines under the label "
          "'Nämndmål' in chapters 2–6 (text without the number); the • lines under "
          "'Aktiviteter 2032' are activities (measures, in served_by beside the goals they "
          "serve); the chapter names ('Ett gott liv', 'Bildning hela livet', 'Ett växande "
          "Mossby', 'Grön omställning') are the child's names for the parent's målområden, "
          "no goals"),
        C(c["n2"], ["LH2"]),
        C(c["n3"], ["KL2"]),
        C(c["n4"], ["HT1"]),
        C(c["n5"], [], note="digital booking of premises: filed under 'Grön omställning' but "
          "serves no goal of kommunfullmäktige (less paper is not fossil-free operations) — "
          "stands alone"),
        C(c["n6"], [], note="sickness absence, in '6 Vår organisation' (no målområde) — "
          "stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium, Liberation Serif 9.4 / Liberation Sans headings; "
        "Vision 2040 och kommunfullmäktiges mål 2031–2034): a masthead band, title, then a "
        "TWO-COLUMN brochure (CSS columns with a rule): introduction, the vision in a dark "
        "box, four sections 'MÅLOMRÅDE <name>' under a top rule, each a background text and a "
        "small 'Mål' label over bold bullets (the goals, unnumbered), 'Så följer vi upp'; "
        "footer centred 'Mossby kommun · Vision 2040 · n'; child PDF (odfpy → LibreOffice, "
        "Liberation Sans 10; kultur- och fritidsnämndens verksamhetsplan 2032): chapters '2 "
        "Ett gott liv', '3 Bildning hela livet', '4 Ett växande Mossby', '5 Grön omställning' "
        "(the parent's four målområden in OTHER WORDS, as the introduction says) and '6 Vår "
        "organisation', each a text, a 'Nämndmål' label over goals typed '1.'–'6.' before a "
        "tab and an 'Aktiviteter 2032' label over '•' lines; header right, footer centred "
        "'Verksamhetsplan 2032 – n'",
        goals=goals_, kids=kids,
    )



# =========================================================================== 4 Lyngbjerg (da)


@pair
def lyngbjerg_sundhedshandleplan(d: Path) -> dict:
    g = {
        "B1": "Flere unge skal gennemføre en ungdomsuddannelse.",
        "B2": "Børn og unge skal trives i skolen og i fritiden.",
        "S1": "Flere borgere skal være fysisk aktive, og færre skal ryge.",
        "S2": "Færre ældre skal føle sig ensomme.",
        "S3": "Borgere med kronisk sygdom skal kunne mestre deres hverdag.",
        "G1": "Lyngbjerg skal være klimaneutral i 2040.",
        "G2": "Der skal være mere natur i kommunen, og flere skal bruge den.",
    }
    themes = [
        ("Tema 1 · Børn og unge",
         "Hver femte unge i Lyngbjerg har ikke gennemført en ungdomsuddannelse, når de er 25 "
         "år. Trivslen i skolen er faldet siden 2027.", ["B1", "B2"],
         ["Vi styrker overgangen fra folkeskole til ungdomsuddannelse.",
          "Vi samarbejder med foreningerne om et fritidsliv for alle."]),
        ("Tema 2 · Sundhed og fællesskab",
         "Borgerne i Lyngbjerg lever kortere end landsgennemsnittet. Flere ryger, færre er "
         "fysisk aktive, og mange ældre bor alene.", ["S1", "S2", "S3"],
         ["Vi flytter sundhedstilbud ud, hvor borgerne bor.",
          "Vi bruger frivillige og foreninger som partnere."]),
        ("Tema 3 · En grøn kommune",
         "Landbrug og transport står for det meste af udledningen. Kun 4 procent af kommunens "
         "areal er natur.", ["G1", "G2"],
         ["Vi laver en klimahandleplan efter DK2020.", "Vi udlægger ny natur langs åerne."]),
    ]
    parent = [
        ("title", "Planstrategi 2031"),
        ("sub", "Lyngbjerg Kommune · Vedtaget af byrådet den 27. maj 2031"),
        ("h1", "Indledning"),
        ("p", "Planstrategien samler byrådets mål for udviklingen af Lyngbjerg i de kommende år "
         "og viser, hvordan kommuneplanen skal revideres. Målene gælder for hele kommunen og "
         "følges op i udvalgenes politikker og handleplaner."),
        ("p", "Strategien har tre temaer. Under hvert tema står byrådets mål i en ramme og "
         "derefter, hvordan vi vil arbejde."),
    ]
    for name, bg, ids, how in themes:
        parent += [("band", name), ("p", bg), ("box", "Byrådets mål", [g[i] for i in ids]),
                   ("lab", "Sådan vil vi arbejde"), ("inline", how)]
    parent += [
        ("h1", "Revision af kommuneplanen"),
        ("p", "Byrådet beslutter at revidere kommuneplanen for temaerne natur, klimatilpasning "
         "og nye boligområder. Resten af kommuneplanen videreføres."),
    ]
    _odt(parent, d / "parent.pdf", title="Planstrategi 2031 – Lyngbjerg Kommune",
         header="Lyngbjerg Kommune · Planstrategi 2031", footer="Planstrategi 2031",
         font="Liberation Serif", size=10.5, color="#1D5E5A", tint="#E2EFEE", lang="da",
         country="DK")

    ind = [
        ("I1", "Fællesskaber for unge",
         "Flere unge i 7.–10. klasse skal være en del af et fællesskab i fritiden.",
         ["Ungeklubber i Vesterhave og Fjeldstrup fire aftener om ugen",
          "Fritidspas med gratis kontingent den første sæson"],
         ["2 klubber", "150 fritidspas om året"],
         ["Flere unge deltager i klub- og foreningsliv"],
         "Børn og unge trives i fritiden"),
        ("I2", "Røgfri ungdom",
         "Andelen unge, der ryger dagligt, skal halveres inden 2032.",
         ["Røgfri skoletid på alle skoler og ungdomsuddannelser",
          "Rygestopforløb for unge og deres forældre"],
         ["9 røgfri skoler", "6 rygestophold om året"],
         ["Færre unge begynder at ryge"],
         "Færre borgere ryger"),
        ("I3", "Bevægelse for alle",
         "Flere voksne skal dyrke motion mindst to gange om ugen.",
         ["Gratis motionshold i seks landsbyer",
          "Ny løbe- og gårute på 8 km over Lyngbjerg Hede med lys om vinteren"],
         ["6 hold", "1 rute"],
         ["Flere voksne motionerer tæt på, hvor de bor"],
         "Flere borgere er fysisk aktive"),
        ("I4", "Ingen alene",
         "Ældre, der bor alene, skal have nogen at tale med hver uge.",
         ["Besøgsvenner i samarbejde med Ældre Sagen",
          "Spisefællesskaber på plejecentrene, åbne for hjemmeboende"],
         ["80 besøgsvenskaber", "3 spisefællesskaber"],
         ["Færre ældre sidder alene hjemme"],
         "Færre ældre føler sig ensomme"),
        ("I5", "Skaterbane ved Lyngbjerg Stadion",
         "Skaterbanen ved Lyngbjerg Stadion skal stå færdig i 2032.",
         ["Projektering og anlæg sammen med de unge brugere"],
         ["1 skaterbane"],
         ["De unge får et nyt sted at mødes"],
         "Flere unge gennemfører en ungdomsuddannelse"),
        ("I6", "Hverdag med kronisk sygdom",
         "Borgere med diabetes, KOL eller hjertesygdom skal tilbydes et forløb senest fire "
         "uger efter henvisning.",
         ["Patientuddannelse på hold", "Træning og kostvejledning på Sundhedscentret"],
         ["24 hold om året"],
         ["Borgerne kender deres sygdom og ved, hvad de selv kan gøre"],
         "Borgere med kronisk sygdom mestrer deres hverdag"),
        ("I7", "Nyt journalsystem",
         "Sundhedscentret skal tage et nyt journalsystem i brug i 2031.",
         ["Udbud, implementering og oplæring"],
         ["1 system", "45 medarbejdere oplært"],
         ["Færre fejl i dokumentationen"],
         "En mere effektiv administration"),
    ]

    def cell(items):
        return "<ul>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>"

    blocks = []
    for code, name, aim, acts, out, short, effect in ind:
        blocks.append(
            f"<section class='ind'><h3><span>Indsats {code[1:]}</span> {e(name)}</h3>"
            f"<p class='aim'><b>Formål:</b> {e(aim)}</p>"
            "<table class='ft'><thead><tr><th>Aktiviteter</th><th>Output</th>"
            "<th>Kortsigtede resultater</th><th>Langsigtet effekt</th></tr></thead>"
            f"<tbody><tr><td>{cell(acts)}</td><td>{cell(out)}</td><td>{cell(short)}</td>"
            f"<td class='eff'>{e(effect)}</td></tr></tbody></table></section>")
    body = [
        "<div class='top'>LYNGBJERG KOMMUNE · SUNDHEDS- OG FOREBYGGELSESUDVALGET</div>",
        "<h1>Handleplan for sundhed og trivsel 2031–2032</h1>",
        "<p class='meta'>Godkendt af Sundheds- og Forebyggelsesudvalget den 9. september "
        "2031</p>",
        "<h2>Om handleplanen</h2>",
        "<p>Handleplanen samler udvalgets indsatser for sundhed og trivsel i 2031 og 2032. "
        "Hver indsats er beskrevet med en forandringsteori: hvilke aktiviteter vi sætter i "
        "gang, hvad de giver (output), hvilke resultater vi forventer inden for planperioden, "
        "og hvilken langsigtet effekt indsatsen skal føre til.</p>",
        "<p>Den langsigtede effekt er det bidrag til byrådets mål i Planstrategi 2031, som "
        "indsatsen skal føre til. Planstrategiens mål om, at Lyngbjerg skal være klimaneutral "
        "i 2040, følges op i klimahandleplanen.</p>",
        "<h2>Indsatser</h2>",
        *blocks,
        "<h2>Opfølgning</h2>",
        "<p>Udvalget følger op på indsatserne i januar og august. Resultaterne indgår i "
        "sundhedsprofilen for 2033.</p>",
    ]
    css = (
        "@page{size:A4;margin:14mm 16mm 16mm 16mm;"
        "@bottom-right{content:'Side ' counter(page) ' af ' counter(pages);"
        "font:7.5pt 'Liberation Sans';color:#666}"
        "@bottom-left{content:'Handleplan for sundhed og trivsel 2031–2032';"
        "font:7.5pt 'Liberation Sans';color:#666}}"
        "body{font:9pt/1.42 'Liberation Sans';color:#202020;margin:0}"
        ".top{font:bold 7.5pt 'Liberation Sans';letter-spacing:.1em;color:#1d5e5a;"
        "border-bottom:2px solid #1d5e5a;padding-bottom:3px}"
        "h1{font:bold 17pt 'Liberation Sans';color:#1d5e5a;margin:8px 0 2px}"
        ".meta{color:#666;font-size:8pt;margin:0 0 8px}"
        "h2{font:bold 11.5pt 'Liberation Sans';color:#1d5e5a;margin:10px 0 4px}"
        "p{margin:0 0 5px}"
        ".ind{break-inside:avoid;margin:0 0 9px}"
        ".ind h3{font:bold 10pt 'Liberation Sans';margin:0 0 2px}"
        ".ind h3 span{background:#1d5e5a;color:#fff;padding:1px 5px;margin-right:3px;"
        "font-size:8.5pt}"
        ".aim{margin:0 0 3px}"
        "table.ft{border-collapse:collapse;width:100%;table-layout:fixed;font-size:8.3pt}"
        "table.ft th{background:#d8e9e7;color:#16433f;text-align:left;padding:3px 5px;"
        "border:1px solid #b4cfcc}"
        "table.ft td{border:1px solid #b4cfcc;padding:3px 5px;vertical-align:top}"
        "table.ft ul{margin:0;padding-left:12px}"
        "td.eff{font-style:italic;background:#f1f7f6}"
    )
    _html("da", "Handleplan for sundhed og trivsel 2031–2032 – Lyngbjerg Kommune", css, body,
          d / "child.pdf")

    aim = {code: a for code, _, a, *_ in ind}
    # the activity texts, looked up by themselves: a served_by text that is no activity
    # of the table fails the build with a KeyError
    act = {x: x for _, _, _, acts, *_ in ind for x in acts}
    goals_ = [
        G("B1", g["B1"], "not_followed_up",
          note="the goals are the '»' lines in the shaded boxes 'Byrådets mål' under the three "
          "'Tema' bands, unnumbered (ids = the tema's initial + order, not printed); the "
          "background texts, 'Sådan vil vi arbejde' and 'Revision af kommuneplanen' are no "
          "goals. Trap (effect claimed, not borne out): Indsats 5 (a skate park) names 'Flere "
          "unge gennemfører en ungdomsuddannelse' as its long-term effect, but its only "
          "activity is building the park and its result 'De unge får et nyt sted at mødes' — "
          "nothing leads to education; no other indsats touches it"),
        G("B2", g["B2"], "partial",
          [aim["I1"], aim["I5"], act["Ungeklubber i Vesterhave og Fjeldstrup fire aftener om "
                                     "ugen"],
           act["Fritidspas med gratis kontingent den første sæson"],
           act["Projektering og anlæg sammen med de unge brugere"]],
          ev="Flere unge i 7.–10. klasse",
          missing=["trivsel i skolen"],
          note="leisure (youth clubs, a leisure pass, a skate park as a new place to meet; "
          "Indsats 1's effect 'Børn og unge trives i fritiden'); nothing on well-being in "
          "school"),
        G("S1", g["S1"], "followed_up",
          [aim["I2"], aim["I3"], act["Røgfri skoletid på alle skoler og ungdomsuddannelser"],
           act["Rygestopforløb for unge og deres forældre"],
           act["Gratis motionshold i seks landsbyer"],
           act["Ny løbe- og gårute på 8 km over Lyngbjerg Hede med lys om vinteren"]],
          ev="Andelen unge, der ryger dagligt,",
          note="both parts: smoking (smoke-free school time, stop-smoking courses) and physical "
          "activity (free exercise classes, a lit running route)"),
        G("S2", g["S2"], "followed_up",
          [aim["I4"], act["Besøgsvenner i samarbejde med Ældre Sagen"],
           act["Spisefællesskaber på plejecentrene, åbne for hjemmeboende"]],
          ev="Ældre, der bor alene, skal",
          note="visiting friends and shared meals for older people living alone"),
        G("S3", g["S3"], "followed_up",
          [aim["I6"], act["Patientuddannelse på hold"],
           act["Træning og kostvejledning på Sundhedscentret"]],
          ev="Borgere med diabetes, KOL eller",
          note="patient education, training and diet advice within four weeks of referral"),
        G("G1", g["G1"], "not_followed_up",
          note="trap (named and left to another plan): 'Planstrategiens mål om, at Lyngbjerg "
          "skal være klimaneutral i 2040, følges op i klimahandleplanen' — the goal quoted "
          "almost word for word in 'Om handleplanen', nothing done here"),
        G("G2", g["G2"], "partial",
          [aim["I3"], act["Ny løbe- og gårute på 8 km over Lyngbjerg Hede med lys om vinteren"]],
          ev="Ny løbe- og gårute på 8",
          missing=["mere natur i kommunen"],
          note="never named as an effect (Indsats 3 names only 'Flere borgere er fysisk "
          "aktive'), but the new route over Lyngbjerg Hede gets more people out into nature; "
          "nothing adds nature"),
    ]
    kids = [
        C(aim["I1"], ["B2"], note="the child goals are the 'Formål:' sentences, one per "
          "'Indsats n' (label not part of the text); the 'Aktiviteter' items are measures (in "
          "served_by beside the goals they serve). The 'Output' and 'Kortsigtede resultater' "
          "cells are the chain's steps, and the italic 'Langsigtet effekt' cells are the "
          "child's LINK to the parent (a parent goal in other words) — none of them is a "
          "child goal"),
        C(aim["I2"], ["S1"]),
        C(aim["I3"], ["S1", "G2"], note="exercise twice a week serves S1; its route over the "
          "heath also gets more people into nature (G2), which the plan does not say"),
        C(aim["I4"], ["S2"]),
        C(aim["I5"], ["B2"], note="a new place for young people to meet in their free time "
          "(B2) — not the education its effect cell claims (B1)"),
        C(aim["I6"], ["S3"]),
        C(aim["I7"], [], note="a new record system for the health centre; its effect 'En mere "
          "effektiv administration' is no goal of the planstrategi — stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (odfpy → LibreOffice, Liberation Serif 10.5; planstrategi "
        "2031): 'Indledning', three tinted bands 'Tema n · …' with a rule at the left, each a "
        "background text, a shaded one-cell box 'Byrådets mål' over '»' lines (the goals, "
        "unnumbered) and 'Sådan vil vi arbejde' '•' lines, then 'Revision af "
        "kommuneplanen'; header right, footer centred '… – n'; child PDF (Chromium, "
        "Liberation Sans 9; handleplan for sundhed og trivsel 2031–2032): per 'Indsats n' a "
        "bold 'Formål:' sentence and a FORANDRINGSTEORI table `Aktiviteter | Output | "
        "Kortsigtede resultater | Langsigtet effekt` (one row, lists in the cells, the effect "
        "cell italic on a tint) whose effect cell names the parent goal the indsats is to "
        "lead to; margin boxes bottom left / right 'Side n af N'",
        goals=goals_, kids=kids,
    )



# =========================================================================== 5 Kvilestad (nn)


@pair
def kvilestad_kulturplan(d: Path) -> dict:
    g = {
        "1.1": "Alle born og unge skal ha ein meiningsfull fritid og høve til å utvikle "
               "talenta sine.",
        "1.2": "Born og unge skal bli høyrde i saker som gjeld dei.",
        "2.1": "Kvilestad skal ha eit rikt kulturliv og aktive møteplassar i alle bygdene.",
        "2.2": "Frivilligheita skal ha gode vilkår.",
        "2.3": "Kulturarven skal takast vare på og brukast.",
        "3.1": "Utsleppa frå kommunen si eiga drift skal halverast innan 2035.",
        "3.2": "Alle skal ha kort veg til natur og friluftsliv.",
    }
    themes = [
        ("1 Gode oppvekstvilkår",
         "Kvilestad har 610 born og unge under 18 år. Dei fleste trivst, men kvar femte "
         "ungdom seier at det er lite å gjere på fritida.", ["1.1", "1.2"],
         ["samarbeide med lag og organisasjonar om eit breitt fritidstilbod",
          "bruke ungdomsrådet aktivt"]),
        ("2 Levande lokalsamfunn",
         "Kulturhuset i sentrum er godt brukt, men i fleire bygder har grendehusa få "
         "arrangement. Lag og organisasjonar manglar lokale og frivillige leiarar.",
         ["2.1", "2.2", "2.3"],
         ["støtte grendehusa og laga", "ta vare på bygdetunet og dei gamle husa"]),
        ("3 Berekraft og klima",
         "Bygningane og bilane til kommunen står for det meste av utsleppa frå eiga drift. "
         "Naturen er ein stor ressurs for folkehelsa.", ["3.1", "3.2"],
         ["velje klimavenlege løysingar i eigne bygg og innkjøp"]),
    ]
    parent = [
        ("title", "Kommuneplanen sin samfunnsdel 2030–2042"),
        ("sub", "Kvilestad kommune · Vedteken av kommunestyret 19. juni 2030, sak 33/30"),
        ("h1", "Innleiing"),
        ("p", "Samfunnsdelen viser kva for eit samfunn vi vil ha i Kvilestad i 2042. Planen har "
         "tre innsatsområde med til saman sju mål, nummererte 1.1–3.2. Temaplanane og "
         "handlingsdelen skal vise kva for mål dei følgjer opp."),
        ("i", "Visjon: «Kvilestad – god å kome heim til»"),
    ]
    for name, bg, ids, how in themes:
        parent += [("h1", name), ("p", bg), ("lab", "Mål"), ("hang", [(i, g[i]) for i in ids]),
                   ("lab", "Strategiar – dette vil vi gjere"), ("bul", how)]
    parent += [
        ("h1", "Oppfølging"),
        ("p", "Måla blir følgde opp i handlingsdelen med økonomiplan og i temaplanane. "
         "Kommunedirektøren rapporterer på måla i årsmeldinga."),
    ]
    _docx47(parent, d / "parent.pdf", title="Kommuneplanen sin samfunnsdel 2030–2042 – "
            "Kvilestad kommune", author="Kvilestad kommune",
            header="Kvilestad kommune · Kommuneplanen sin samfunnsdel 2030–2042",
            footer="Samfunnsdelen 2030–2042", page_word="Side", of_word="av", lang="nn-NO",
            font="Liberation Serif", size=11, color="8A4B0F", tint="F5EADF")

    c = {
        "D1": "Alle som søkjer plass i kulturskulen, skal få det utan ventetid.",
        "D2": "Ungdomen skal ha eit eige rom i kulturhuset med open scene kvar veke.",
        "D3": "Det skal vere minst 80 arrangement i kulturhuset kvart år.",
        "D4": "Kulturhuset skal gå i balanse kvart år.",
        "D5": "Lag og foreiningar skal få låne kommunale lokale gratis.",
        "D6": "Fleire skal få oppleve bygdetunet på Kvilenes.",
        "D7": "All billettsal i kulturhuset skal vere digital frå 2032.",
    }
    m = {
        "ks": "60 nye elevplassar i musikk, dans og visuell kunst i kulturskulen",
        "konsert": "Vårkonsert der alle elevane i kulturskulen får bli høyrde i storsalen",
        "urom": "Ungdomsrom med scene og studio i andre etasje i kulturhuset",
        "prog": "Konsertserie, kino og teater i kulturhuset, 80 arrangement i året",
        "kafe": "Ny kafé og meir utleige for å auke inntektene i kulturhuset",
        "lokale": "Gratis lån av skular og kulturhus for lag og foreiningar",
        "tilskot": "Driftstilskotet til lag og foreiningar aukar med 300 000 kr",
        "tun": "Sommarope bygdetun på Kvilenes med omvising og aktivitetar for born",
        "billett": "Nytt billettsystem med sal på nett",
    }
    head = ["Samfunnsmål 1.1 Fritid og talent", "Samfunnsmål 2.1 Kulturliv og møteplassar",
            "Samfunnsmål 2.2 Frivilligheit", "Samfunnsmål 2.3 Kulturarv"]
    cols = [[("D1", c["D1"]), ("D2", c["D2"])], [("D3", c["D3"]), ("D4", c["D4"])],
            [("D5", c["D5"])], [("D6", c["D6"])]]
    rows = [
        ("1", m["ks"], "D1", "Rektor kulturskulen", "2031–2032"),
        ("2", m["konsert"], "D1", "Rektor kulturskulen", "Kvar vår"),
        ("3", m["urom"], "D2", "Kultursjef", "2032"),
        ("4", m["prog"], "D3", "Kulturhussjef", "Årleg"),
        ("5", m["kafe"], "D4", "Kulturhussjef", "2031"),
        ("6", m["lokale"], "D5", "Kultursjef", "2031"),
        ("7", m["tilskot"], "D5", "Kultursjef", "2031"),
        ("8", m["tun"], "D6", "Kulturkontoret og Kvilestad historielag", "Kvar sommar"),
        ("9", m["billett"], "D7", "Kulturhussjef", "2032"),
    ]
    child = [
        ("kicker", "KVILESTAD KOMMUNE · TEMAPLAN"),
        ("title", "Kulturplan for Kvilestad 2031–2034"),
        ("sub", "Vedteken av kommunestyret 11. desember 2030, sak 71/30"),
        ("h1", "1 Innleiing"),
        ("p", "Kulturplanen er ein temaplan under kommuneplanen. Han viser kva kulturkontoret, "
         "kulturskulen, biblioteket og kulturhuset skal arbeide for dei neste fire åra, og "
         "korleis planen følgjer opp samfunnsdelen 2030–2042."),
        ("p", "Friluftslivet er ikkje med i kulturplanen. Det blir følgt opp i plan for idrett, "
         "fysisk aktivitet og friluftsliv."),
        ("h1", "2 Kulturlivet i Kvilestad i dag"),
        ("dash", ["Kulturskulen har 140 elevar og 38 på venteliste.",
                  "Kulturhuset hadde 61 arrangement og 14 200 besøkjande i 2029.",
                  "Det er 47 lag og foreiningar i kommunen, og 11 grendehus.",
                  "Bygdetunet på Kvilenes var ope fire dagar i 2029."]),
        ("h1", "3 Målkart"),
        ("p", "Målkartet viser korleis delmåla i kulturplanen høyrer saman med måla i "
         "samfunnsdelen. Kvar kolonne er eitt mål i samfunnsdelen, og delmåla står i kolonna "
         "til det målet dei skal bidra til."),
        ("kart", head, cols),
        ("own", "Delmål utanfor målkartet", [("D7", c["D7"])]),
        ("h1", "4 Tiltak"),
        ("table", ["Nr.", "Tiltak", "Delmål", "Ansvarleg", "Når"], rows, [10, 78, 16, 38, 24]),
        ("h1", "5 Oppfølging"),
        ("p", "Kultursjefen rapporterer på tiltaka i årsmeldinga. Planen blir revidert i "
         "2034."),
    ]
    _rl_kart(d / "child.pdf", child, fonts=_p44._rl_fonts("DejaVuSansCondensed"), base=9.5,
             accent="#8A4B0F", tint="#F5EADF", title="Kulturplan for Kvilestad 2031–2034",
             author="Kvilestad kommune", foot="Kulturplan for Kvilestad 2031–2034 · side {n}")

    goals_ = [
        G("1.1", g["1.1"], "followed_up",
          [c["D1"], c["D2"], m["ks"], m["konsert"], m["urom"]], ev="Alle som søkjer plass i",
          note="the goals are the lines under the bold 'Mål' label in the three innsatsområde, "
          "typed '1.1'–'3.2' before a tab (id = the number); the vision, the background texts, "
          "'Strategiar – dette vil vi gjere' and 'Oppfølging' are no goals. Talent (kulturskule "
          "places for all, a spring concert) and a meaningful leisure time (a youth room with "
          "an open stage); placed in column 1.1 of the målkart, and content agrees"),
        G("1.2", g["1.2"], "not_followed_up",
          note="trap (shared words in passing): the one place the child has born og unge 'bli "
          "høyrde' is measure 2, 'Vårkonsert der alle elevane i kulturskulen får bli høyrde i "
          "storsalen' — heard as performers, not listened to in matters that concern them "
          "(it serves 1.1). No column, delmål or measure on participation"),
        G("2.1", g["2.1"], "partial", [c["D3"], m["prog"]],
          ev="Det skal vere minst 80",
          missing=["aktive møteplassar i alle bygdene (grendehusa)"],
          note="a rich cultural life (80 events a year in the kulturhus in the centre); "
          "nothing for meeting places or events in the bygder, which the samfunnsdel names "
          "(grendehusa with few events). Column 2.1 also holds D4, the kulturhus budget "
          "balance, which serves nothing"),
        G("2.2", g["2.2"], "followed_up", [c["D5"], m["lokale"], m["tilskot"]],
          ev="Lag og foreiningar skal få",
          note="free premises and a higher operating grant for clubs and associations"),
        G("2.3", g["2.3"], "partial", [c["D6"], m["tun"]], ev="Fleire skal få oppleve",
          missing=["ta vare på kulturarven (vern og istandsetjing)"],
          note="use (the bygdetun open in summer, guided tours, activities for children); "
          "nothing to preserve or restore it"),
        G("3.1", g["3.1"], "not_followed_up",
          note="silent: no column in the målkart, no delmål or measure on the emissions of "
          "the kulturhus or the council's other operations"),
        G("3.2", g["3.2"], "not_followed_up",
          note="left to another plan: 'Friluftslivet er ikkje med i kulturplanen. Det blir "
          "følgt opp i plan for idrett, fysisk aktivitet og friluftsliv'"),
    ]
    kids = [
        C(c["D1"], ["1.1"], note="the child goals are the delmål D1–D7 (gold text without the "
          "code): D1–D6 in the cells of the målkart, under the column head of the samfunnsmål "
          "they are placed with, D7 in the framed box 'Delmål utanfor målkartet'; the rows of "
          "'4 Tiltak' are measures (in served_by beside the goals they serve); the column "
          "heads ('Samfunnsmål 1.1 Fritid og talent' …) are the child's LINK, its short names "
          "for the parent's goals — no goals"),
        C(c["D2"], ["1.1"]),
        C(c["D3"], ["2.1"]),
        C(c["D4"], [], note="trap (placed under a goal it does not serve): the kulturhus's "
          "budget balance stands in column 2.1 (Kulturliv og møteplassar); a café and more "
          "letting to raise income serve the budget, not the cultural life or meeting places "
          "— stands alone"),
        C(c["D5"], ["2.2"]),
        C(c["D6"], ["2.3"]),
        C(c["D7"], [], note="digital ticket sales, outside the målkart — stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Serif 11; kommuneplanen "
        "sin samfunnsdel 2030–2042): Heading 1 per innsatsområde ('1 Gode oppvekstvilkår' …), "
        "a background text, a bold 'Mål' label over goals typed '1.1'–'3.2' (bold, coloured) "
        "before a tab in a hanging indent, 'Strategiar – dette vil vi gjere' over a Word '•' "
        "list; header right over a rule, footer left + 'Side n av N' right; child PDF "
        "(reportlab, DejaVu Sans Condensed 9.5; kulturplan 2031–2034): a MÅLKART — one "
        "column per samfunnsmål the plan works for (white heads 'Samfunnsmål 1.1 Fritid og "
        "talent' … on brown), under each the delmål placed there as a bold code over the "
        "sentence on a tint, '–' in the short columns — a framed box 'Delmål utanfor "
        "målkartet', and a table `Nr. | Tiltak | Delmål | Ansvarleg | Når`; a brown band "
        "across the top, footer centred '… · side n'",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder=BUILDER)


if __name__ == "__main__":
    main(sys.argv[1:])
