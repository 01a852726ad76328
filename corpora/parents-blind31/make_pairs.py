"""Build the thirty-first blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-05 by `bpar31` without reading plancheck's code, tests or bench, and without
running it. This batch uses ORDINARY forms on surfaces of its own:

- Brekkøy (nb): a samfunnsdel (python-docx → LibreOffice, serif) with 'Satsingsområde n' and
  typed goal numbers '1.1'; the child, a handlingsdel (Chromium, A4 landscape), is one table whose
  header row repeats on page 2 and whose column 'Mål i samfunnsdelen' cites the goal numbers.
- Ramsøy (nn): a samfunnsdel (reportlab, serif, two pages) with 'Fokusområde' sections and
  'Dette vil vi:' goal lists of 'Vi vil …' sentences; the child, a folkehelseplan (python-docx →
  LibreOffice), restates them as 'Delmål n' in its own words and never cites the parent.
- Tjärnby (sv): kommunfullmäktige's goals in 'Mål och budget' (Chromium), numbered 1–6 across
  three 'Fokusområde'; the child, a nämnd's verksamhetsplan (reportlab, landscape), a table
  'Nämndmål | KF-mål | Aktiviteter | Ansvarig | Klart'.
- Egerup (da): a kommunalbestyrelse strategy (python-docx → LibreOffice) with 'Fokusområde n'
  and lettered 'Vi vil …' goals (1a, 1b …); the child, a handleplan (Chromium), indsatser as
  bullets with an inline '(Ansvar: …, tid: …)' under theme headings, no goal codes.
- Brackenholt (en): a Council Plan (reportlab) with 'Priority n' and 'What we want to achieve'
  bullets; the child, a service delivery plan (python-docx → LibreOffice, landscape) whose table
  cites only the PRIORITY, not the objective.

    python corpora/parents-blind31/make_pairs.py                  # all pairs
    python corpora/parents-blind31/make_pairs.py --verify         # re-read the PDFs only
    python corpora/parents-blind31/make_pairs.py --twice          # build twice, compare sha256

Imports batch 30's builder for `G`, `C`, batch 14's `main` (gold writer and checks) and batch
20's `verify`, run through `pairkit.parents_main`.
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

_p30 = pk.load_module("parents_blind30_make_pairs", HERE.parent / "parents-blind30" / "make_pairs.py")
_p20, _p14 = _p30._p20, _p30._p14
G, C = _p30.G, _p30.C

PAIRS, pair = pk.pair_registry()
e = _html.escape


# =========================================================================== writers


def _docx_pdf(blocks, pdf: Path, *, title: str, author: str, header: str, footer: str,
              lang: str, font: str = "Liberation Serif", size: float = 11,
              landscape: bool = False, heading_color: str = "2E4A3B") -> Path:
    """python-docx → LibreOffice. Blocks: ("title"|"sub"|"h1"|"h2"|"h3"|"p"|"b", text),
    ("bullets", [..]), ("typed", number, text) a goal with a typed number and a hanging indent,
    ("table", head, rows, widths_mm) with the header row repeated on every page; a row that is
    a 1-tuple is a shaded group row over all columns. Header: text right, footer 'FOOTER n'."""
    from docx.oxml.ns import qn
    from docx.shared import Mm

    doc = dh.new_document(font=font, size=size, margins_mm=20, heading_color=heading_color)
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    rpr.find(qn("w:lang")).set(qn("w:val"), lang)
    sec = doc.sections[0]
    if landscape:
        from docx.enum.section import WD_ORIENT

        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    dh.setup_header_footer(sec, header, footer="page", footer_left=footer, size=8.5)
    bullet = dh.add_num(doc, dh.add_abstract_num(doc, "bullet"))
    for b in blocks:
        k = b[0]
        if k == "title":
            dh.para(doc, b[1], bold=True, size=22, color=heading_color, space_after=4)
        elif k == "sub":
            dh.para(doc, b[1], size=10, color="666666", space_after=14)
        elif k in ("h1", "h2", "h3"):
            dh.heading(doc, b[1], int(k[1]))
        elif k == "p":
            dh.para(doc, b[1])
        elif k == "b":
            dh.para(doc, b[1], bold=True, space_after=3, keep_with_next=True)
        elif k == "bullets":
            for x in b[1]:
                dh.list_item(doc, x, bullet)
        elif k == "typed":
            p = dh.para(doc, f"{b[1]}\t{b[2]}", space_after=4)
            pf = p.paragraph_format
            pf.left_indent, pf.first_line_indent = Mm(12), Mm(-12)
            pf.tab_stops.add_tab_stop(Mm(12))
        elif k == "table":
            _, head, rows, widths = b
            t = dh.new_table(doc, widths)
            r = dh.add_row(t, head, widths, size=9.5, bold=True, fill="D9E2DC")
            dh.set_repeat_header(r)
            for row in rows:
                if len(row) == 1:
                    dh.add_row(t, [row[0]], widths, size=9.5, bold=True, fill="F0F0F0",
                               span_all=True, keep_with_next=True)
                else:
                    rr = dh.add_row(t, list(row), widths, size=9.5)
                    dh.set_cant_split(rr)
            dh.para(doc, "", space_after=2)
        else:
            raise ValueError(k)
    dh.set_core_properties(doc, title=title, author=author)
    with tempfile.TemporaryDirectory(prefix="parblind31-docx-") as tmp:
        src = Path(tmp) / (pdf.stem + ".docx")
        dh.save_deterministic(doc, src)
        out = dh.export_pdf(src, Path(tmp))
        pdf.write_bytes(out.read_bytes())
    return pdf


def _serif_fonts() -> dict[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    names = {"normal": "P31S", "bold": "P31S-Bold", "italic": "P31S-Italic",
             "boldItalic": "P31S-BoldItalic"}
    files = {"normal": "Regular", "bold": "Bold", "italic": "Italic", "boldItalic": "BoldItalic"}
    for k, n in names.items():
        pdfmetrics.registerFont(TTFont(n, str(bk.LIBERATION / f"LiberationSerif-{files[k]}.ttf")))
    pdfmetrics.registerFontFamily("P31S", **names)
    return names


def _report(pdf: Path, blocks, *, title, author, creator, left, right, serif=True,
            landscape=False, accent="#5A2D82") -> Path:
    """reportlab (pinned). Blocks: ("title"|"lead"|"h1"|"h2"|"p"|"label", text), ("bullets",
    [..]), ("table", head, rows, widths_mm) header repeated over page breaks, ("pagebreak",).
    A running head: LEFT at the top left, a rule, RIGHT.format(n=page) bottom right."""
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as _land
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    f = _serif_fonts() if serif else bk.reportlab_fonts("P31L")
    acc = colors.HexColor(accent)
    ps = dict(
        title=ParagraphStyle("t", fontName=f["bold"], fontSize=23, leading=27, textColor=acc,
                             spaceAfter=6),
        lead=ParagraphStyle("l", fontName=f["italic"], fontSize=11.5, leading=15,
                            spaceAfter=10, textColor=colors.HexColor("#444444")),
        h1=ParagraphStyle("h1", fontName=f["bold"], fontSize=15, leading=19, textColor=acc,
                          spaceBefore=12, spaceAfter=5),
        h2=ParagraphStyle("h2", fontName=f["bold"], fontSize=12, leading=15, spaceBefore=7,
                          spaceAfter=3),
        label=ParagraphStyle("lb", fontName=f["bold"], fontSize=10.5, leading=14,
                             textColor=acc, spaceBefore=4, spaceAfter=2),
        p=ParagraphStyle("p", fontName=f["normal"], fontSize=10.5, leading=14.5, spaceAfter=6),
        li=ParagraphStyle("li", fontName=f["normal"], fontSize=10.5, leading=14, leftIndent=14,
                          firstLineIndent=-10, spaceAfter=3),
        c=ParagraphStyle("c", fontName=f["normal"], fontSize=9.5, leading=12),
        ch=ParagraphStyle("ch", fontName=f["bold"], fontSize=9.5, leading=12,
                          textColor=colors.white),
    )
    story = []
    for b in blocks:
        k = b[0]
        if k in ("title", "lead", "h1", "h2", "p", "label"):
            story.append(Paragraph(e(b[1]), ps[k]))
        elif k == "bullets":
            story += [Paragraph("–&nbsp;&nbsp;" + e(x), ps["li"]) for x in b[1]]
            story.append(Spacer(1, 4))
        elif k == "table":
            _, head, rows, widths = b
            data = [[Paragraph(e(x), ps["ch"]) for x in head]]
            data += [[Paragraph(e(x), ps["c"]) for x in r] for r in rows]
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
            t.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, 0), acc),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#b0b0b0")),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3eff7")]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]))
            story += [t, Spacer(1, 8)]
        elif k == "pagebreak":
            story.append(PageBreak())
        else:
            raise ValueError(k)
    size = _land(A4) if landscape else A4
    w, h = size

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont(f["normal"], 8.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(18 * mm, h - 12 * mm, left)
        canvas.setStrokeColor(acc)
        canvas.setLineWidth(1.2)
        canvas.line(18 * mm, h - 14 * mm, w - 18 * mm, h - 14 * mm)
        canvas.drawRightString(w - 18 * mm, 10 * mm, right.format(n=doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(pdf), pagesize=size, title=title, author=author, creator=creator,
        leftMargin=18 * mm, rightMargin=18 * mm, topMargin=22 * mm, bottomMargin=18 * mm,
        invariant=1,
    )
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return pdf


def _html_pdf(lang: str, title: str, css: str, body: list[str], pdf: Path) -> Path:
    page = "\n".join([
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>",
        f"<title>{e(title)}</title><style>",
        "body{font-family:'DejaVu Sans',Verdana,sans-serif;font-size:10pt;color:#1d1d1d;"
        "line-height:1.4}",
        "table{border-collapse:collapse;width:100%}",
        "thead{display:table-header-group}tr{break-inside:avoid}",
        css,
        "</style></head><body>", *body, "</body></html>",
    ])
    with tempfile.TemporaryDirectory(prefix="parblind31-html-") as tmp:
        src = Path(tmp) / (pdf.stem + ".html")
        src.write_text(page, encoding="utf-8")
        return bk.chromium_pdf(src, pdf)


# =========================================================================== 1 Brekkøy (nb)


@pair
def brekkoy_handlingsdel(d: Path) -> dict:
    g = {
        "1.1": "Alle barn og unge skal oppleve at de mestrer og hører til i barnehage og skole.",
        "1.2": "Flere unge skal fullføre videregående opplæring og komme i arbeid.",
        "2.1": "Innbyggerne skal kunne bo trygt hjemme så lenge som mulig.",
        "2.2": "Kommunen skal ha nok fagfolk i helse- og omsorgstjenestene.",
        "3.1": "Klimagassutslippene i Brekkøy skal reduseres med 55 prosent innen 2030.",
        "3.2": "Matjord og strandsone skal tas vare på for kommende generasjoner.",
    }
    areas = [
        ("Satsingsområde 1 Oppvekst og læring",
         "Brekkøy har gode barnehager og skoler, men for mange elever sier at de ikke trives, "
         "og frafallet i videregående er høyere enn i fylket.",
         ["1.1", "1.2"],
         ["Vi vil samarbeide tett med foreldre og frivillige lag.",
          "Vi vil ha et tverrfaglig lag rundt eleven."]),
        ("Satsingsområde 2 Helse og omsorg",
         "Antallet innbyggere over 80 år dobles fram mot 2040, mens antallet i arbeidsfør alder "
         "går ned.",
         ["2.1", "2.2"],
         ["Vi vil bruke velferdsteknologi der det gir bedre tjenester.",
          "Vi vil være en attraktiv arbeidsgiver."]),
        ("Satsingsområde 3 Klima, natur og arealbruk",
         "Veitrafikk og landbruk står for tre firedeler av utslippene i kommunen.",
         ["3.1", "3.2"],
         ["Vi vil gå foran med klimavennlige valg i egen drift.",
          "Vi vil bygge tett i sentrum og spare jordbruksarealene."]),
    ]
    parent = [
        ("title", "Kommuneplanens samfunnsdel 2027–2039"),
        ("sub", "Brekkøy kommune · Vedtatt i kommunestyret 14. oktober 2026, sak 71/26"),
        ("h1", "Visjon"),
        ("p", "«Brekkøy – havet, folket og framtida.»"),
        ("h1", "Slik leser du planen"),
        ("p", "Planen har tre satsingsområder. Under hvert satsingsområde står målene vi skal nå "
         "i planperioden, nummerert slik at handlingsdelen kan vise til dem, og strategiene som "
         "sier hvordan vi vil arbeide."),
    ]
    for head, bg, ks, strat in areas:
        parent += [("h1", head), ("p", bg), ("h3", "Mål")]
        parent += [("typed", k, g[k]) for k in ks]
        parent += [("h3", "Strategier"), ("bullets", strat)]
    parent += [
        ("h1", "Oppfølging av planen"),
        ("p", "Samfunnsdelen følges opp i handlingsdelen, som rulleres hvert år sammen med "
         "økonomiplanen."),
    ]
    _docx_pdf(parent, d / "parent.pdf", title="Kommuneplanens samfunnsdel 2027–2039",
              author="Brekkøy kommune", header="Brekkøy kommune – kommuneplanens samfunnsdel",
              footer="Samfunnsdel 2027–2039", lang="nb-NO")

    t = {
        "t1": "Fast ukentlig klassemøte om trivsel og vennskap på alle barneskoler",
        "t2": "Miljøterapeut i full stilling ved Brekkøy ungdomsskole",
        "t3": "Sommerjobb i kommunen for 40 ungdommer mellom 15 og 17 år",
        "t4": "Trygghetsalarm og digitalt tilsyn til alle hjemmeboende som trenger det",
        "t5": "Ombygging av Solsida omsorgssenter til 16 omsorgsboliger med fast bemanning",
        "t6": "Asfaltering av kommunale veier i Nordvika boligfelt",
        "t7": "Kommunens tjenestebiler skiftes ut med elbiler ved utløpt leasing",
        "t8": "Energitiltak i rådhuset, Brekkøy skole og Vågen skole",
        "t9": "Jordvern og byggegrense mot sjøen innarbeides i ny arealdel",
        "t10": "Nytt sak- og arkivsystem for hele kommunen",
    }
    rows = [
        ("Satsingsområde 1 Oppvekst og læring",),
        ("1", "t1", "1.1", "Kommunalsjef oppvekst", "Fra høsten 2027", "0"),
        ("2", "t2", "1.1", "Rektor ungdomsskolen", "2027–2028", "750"),
        ("3", "t3", "1.2", "Personal og organisasjon", "Hver sommer", "1 200"),
        ("Satsingsområde 2 Helse og omsorg",),
        ("4", "t4", "2.1", "Hjemmetjenesten", "2027", "2 100"),
        ("5", "t5", "2.1", "Eiendom / helse og omsorg", "2028–2029", "38 000"),
        ("6", "t6", "2.1", "Teknisk drift", "2028", "4 500"),
        ("Satsingsområde 3 Klima, natur og arealbruk",),
        ("7", "t7", "3.1", "Innkjøp", "Løpende", "0"),
        ("8", "t8", "3.1", "Eiendom", "2028–2030", "9 400"),
        ("9", "t9", "3.2", "Plan og utvikling", "Vedtak 2029", "300"),
        ("Felles",),
        ("10", "t10", "–", "Digitaliseringsteamet", "2028", "3 000"),
    ]
    css = (
        "@page{size:A4 landscape;margin:15mm 16mm 16mm 16mm}"
        "h1{font-size:20pt;font-weight:normal;color:#0b4f6c;margin:0}"
        ".dato{color:#555;font-size:9pt;margin:2px 0 12px}"
        "h2{font-size:13pt;color:#0b4f6c;border-bottom:2px solid #0b4f6c;margin:16px 0 6px}"
        "th{background:#0b4f6c;color:#fff;text-align:left;padding:6px;font-size:10pt}"
        "td{border-bottom:1px solid #c8c8c8;padding:9px 6px;vertical-align:top;font-size:10.5pt}"
        "td.grp{background:#e3eef3;font-weight:bold;padding:6px}"
        "td.n{text-align:right}"
    )
    body = [
        "<h1>Handlingsdel med økonomiplan 2027–2030</h1>",
        "<p class='dato'>Brekkøy kommune · Kommunedirektørens forslag, 2. november 2026</p>",
        "<h2>1 Innledning</h2>",
        "<p>Handlingsdelen viser hvordan kommunen følger opp målene i kommuneplanens "
        "samfunnsdel 2027–2039 de neste fire årene. Kolonnen «Mål i samfunnsdelen» viser "
        "nummeret på målet tiltaket skal bidra til. Beløpene er investeringer og "
        "driftsmidler i hele perioden, i 1000 kr.</p>",
        "<p>Mål 2.2 om rekruttering følges opp i en egen arbeidsgiverstrategi som legges fram "
        "høsten 2027, og har derfor ingen tiltak her. Tiltak uten nummer er nødvendige "
        "driftstiltak.</p>",
        "<h2>2 Tiltak i perioden</h2>",
        "<table><thead><tr><th style='width:5%'>Nr.</th><th style='width:41%'>Tiltak</th>"
        "<th style='width:12%'>Mål i samfunnsdelen</th><th style='width:17%'>Ansvarlig</th>"
        "<th style='width:13%'>Gjennomføres</th><th style='width:12%'>Kostnad (1000 kr)</th>"
        "</tr></thead><tbody>",
    ]
    for r in rows:
        if len(r) == 1:
            body.append(f"<tr><td class='grp' colspan='6'>{e(r[0])}</td></tr>")
        else:
            n, k, m, who, when, cost = r
            body.append(f"<tr><td>{n}</td><td>{e(t[k])}</td><td>{m}</td><td>{e(who)}</td>"
                        f"<td>{e(when)}</td><td class='n'>{cost}</td></tr>")
    body += [
        "</tbody></table>",
        "<h2>3 Rapportering</h2>",
        "<p>Kommunedirektøren rapporterer på tiltakene i årsmeldingen.</p>",
    ]
    _html_pdf("nb", "Handlingsdel med økonomiplan 2027–2030", css, body, d / "child.pdf")

    goals_ = [
        G("1.1", g["1.1"], "followed_up", [t["t1"], t["t2"]], ev="Fast ukentlig klassemøte",
          note="the goals are the numbered lines under 'Mål' in each satsingsområde (typed "
          "numbers 1.1–3.2, printed; the id is the number); the 'Strategier' bullets ('Vi vil "
          "…'), the background lines and the vision are no goals. The child's table cites the "
          "number in 'Mål i samfunnsdelen'; content decides. Weekly class meetings on "
          "well-being and a social worker at the lower secondary school: belonging and "
          "mastering at school (the kommune's share)"),
        G("1.2", g["1.2"], "partial", [t["t3"]], ev="Sommerjobb i kommunen",
          missing=["fullføre videregående opplæring"],
          note="summer jobs for 15–17-year-olds: work experience; nothing helps young people "
          "complete upper secondary school"),
        G("2.1", g["2.1"], "followed_up", [t["t4"], t["t5"]], ev="Trygghetsalarm og digitalt",
          note="safety alarms and digital supervision for those living at home, and staffed "
          "sheltered housing: living safely at home (or in a home of one's own) longer. The "
          "road asphalt row also cites 2.1 and does not serve it"),
        G("2.2", g["2.2"], "not_followed_up",
          note="trap: the introduction names 'Mål 2.2 om rekruttering' and says it is left to "
          "an employer strategy in 2027; no tiltak here"),
        G("3.1", g["3.1"], "partial", [t["t7"], t["t8"]], ev="Kommunens tjenestebiler skiftes",
          missing=["utslipp fra veitrafikk og landbruk i kommunen (utenfor egen drift)"],
          note="electric service cars and energy work in three buildings cut the municipal "
          "organisation's own emissions; the goal is for all of Brekkøy, where road traffic "
          "and farming (named in the parent) are three quarters"),
        G("3.2", g["3.2"], "followed_up", [t["t9"]], ev="Jordvern og byggegrense",
          note="farmland protection and a building line towards the sea written into the new "
          "land-use part: both matjord and strandsone, in other words"),
    ]
    kids = [
        C(t["t1"], ["1.1"], note="the child goals are the 'Tiltak' cells; 'Nr.', the cited "
          "goal number, owner, period and cost cells and the shaded group rows are no goals"),
        C(t["t2"], ["1.1"]),
        C(t["t3"], ["1.2"]),
        C(t["t4"], ["2.1"]),
        C(t["t5"], ["2.1"]),
        C(t["t6"], [], note="trap: cites '2.1' (living safely at home), but paving the roads "
          "of a housing estate serves no goal — stands alone"),
        C(t["t7"], ["3.1"]),
        C(t["t8"], ["3.1"]),
        C(t["t9"], ["3.2"]),
        C(t["t10"], [], note="cites '–': an operational measure, stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, serif; kommuneplanens samfunnsdel): "
        "'Satsingsområde n' sections with 'Mål' lists of typed numbers 1.1–3.2 and 'Strategier' "
        "bullets; child PDF (Chromium, A4 landscape; handlingsdel med økonomiplan): one table "
        "'Nr. | Tiltak | Mål i samfunnsdelen | Ansvarlig | Gjennomføres | Kostnad (1000 kr)' "
        "with group rows, its header repeated on page 2",
        goals=goals_, kids=kids,
    )



# =========================================================================== 2 Ramsøy (nn)


@pair
def ramsoy_folkehelseplan(d: Path) -> dict:
    g = {
        "A1": "Vi vil ha eit variert bustadtilbod i heile kommunen, også for unge som skal "
              "etablere seg.",
        "A2": "Vi vil ha eit aktivt kultur- og organisasjonsliv der alle kan vere med.",
        "B1": "Vi vil at innbyggjarane skal vere fysisk aktive i alle livsfasar.",
        "B2": "Vi vil redusere dei sosiale skilnadene i helse.",
        "B3": "Vi vil førebyggje rusbruk og psykiske vanskar hjå barn og unge.",
        "C1": "Vi vil at kommunen skal vere budd på flaum, skred og anna ekstremvêr.",
    }
    areas = [
        ("Fokusområde 1: Levande lokalsamfunn",
         ["Få ledige utleigebustader i bygdene.", "Fleire lag slit med å rekruttere leiarar."],
         ["A1", "A2"],
         "Kommunen regulerer nye bustadfelt i alle bygder og samarbeider med lag og "
         "organisasjonar."),
        ("Fokusområde 2: Folkehelse og livskvalitet",
         ["Berre kvar tredje vaksne er fysisk aktiv 150 minutt i veka.",
          "Fleire unge melder om einsemd og stress i Ungdata."],
         ["B1", "B2", "B3"],
         "Folkehelse er eit ansvar for alle sektorar, ikkje berre for helsetenesta."),
        ("Fokusområde 3: Trygg og berekraftig forvaltning",
         ["Fleire tilfelle av overvatn i sentrum dei siste fem åra."],
         ["C1"],
         "Klimatilpassing skal vere med i all arealplanlegging."),
    ]
    parent = [
        ("title", "Kommuneplanen sin samfunnsdel 2028–2040"),
        ("lead", "Ramsøy kommune. Vedteken av kommunestyret 19. september 2027."),
        ("h1", "Innleiing"),
        ("p", "Samfunnsdelen seier kva for samfunn vi vil ha i Ramsøy i 2040. Han er bygd opp "
         "rundt tre fokusområde. For kvart fokusområde står utfordringane først, deretter det "
         "vi vil oppnå. Temaplanane og handlingsdelen skal følgje opp måla."),
    ]
    for i, (head, ch, ks, how) in enumerate(areas):
        if i == 2:
            parent.append(("pagebreak",))
        parent += [("h1", head), ("label", "Utfordringar"), ("bullets", ch),
                   ("label", "Dette vil vi:"), ("bullets", [g[k] for k in ks]),
                   ("label", "Slik arbeider vi"), ("p", how)]
    parent += [("h1", "Oppfølging"),
               ("p", "Kommunestyret får ei melding om måla kvart fjerde år i samband med "
                "planstrategien.")]
    _report(d / "parent.pdf", parent, title="Kommuneplanen sin samfunnsdel 2028–2040",
            author="Ramsøy kommune", creator="Ramsøy kommune – plan og samfunn",
            left="RAMSØY KOMMUNE  |  Samfunnsdelen 2028–2040", right="Side {n}",
            accent="#1F5E4B")

    dm = {
        "D1": "Fleire barn og vaksne skal gå eller sykle til skule og arbeid.",
        "D2": "Eldre skal ha eit treningstilbod nær der dei bur.",
        "D3": "Barn i familiar med låg inntekt skal kunne delta i fritidsaktivitetar på lik "
              "line med andre.",
        "D4": "Alle skulane skal arbeide systematisk med psykisk helse og livsmeistring.",
        "D5": "Lag og organisasjonar skal kunne bruke kommunale bygg gratis.",
        "D6": "Kommunen skal ha eit oppdatert oversiktsdokument om helsetilstanden kvart "
              "fjerde år.",
    }
    tt = [
        "Trygg skuleveg: gang- og sykkelveg Nesbø–Ramsøy skule",
        "Sykkelparkering med tak ved alle kommunale arbeidsplassar",
        "Seniortrim to gonger i veka i alle bygdehusa",
        "Fritidskortet: 2 000 kroner i året til kvart barn i familiar med låg inntekt",
        "Programmet «Livsmeistring i skulen» i 1.–10. trinn",
        "Gratis utlån av gymsalar og grendahus til frivillige lag",
        "Nytt oversiktsdokument om folkehelsa",
    ]
    child = [
        ("title", "Folkehelseplan for Ramsøy 2029–2032"),
        ("sub", "Temaplan · Ramsøy kommune · Høyringsutkast, januar 2029"),
        ("h1", "1 Bakgrunn"),
        ("p", "Folkehelseplanen følgjer opp kommuneplanen sin samfunnsdel. Gode bustader, "
         "arbeid og trygge lokalsamfunn er viktige for folkehelsa, men dei er tema i andre "
         "planar. Denne planen tek for seg det kommunen kan gjere for at folk skal halde seg "
         "friske."),
        ("h1", "2 Mål for folkehelsearbeidet"),
        ("p", "Planen har seks delmål. Tiltaka i kapittel 3 viser til nummeret på delmålet."),
    ]
    for i, k in enumerate(dm, 1):
        child.append(("typed", f"Delmål {i}", dm[k]))
    child += [
        ("h1", "3 Tiltak"),
        ("table", ["Tiltak", "Delmål", "Ansvarleg", "Tid"], [
            [tt[0], "1", "Samferdsel", "2030"],
            [tt[1], "1", "Eigedom", "2029"],
            [tt[2], "2", "Frisklivssentralen", "Frå 2029"],
            [tt[3], "3", "NAV og kultur", "Årleg"],
            [tt[4], "4", "Oppvekst", "2029–2031"],
            [tt[5], "5", "Kultur", "Frå 2029"],
            [tt[6], "6", "Kommuneoverlegen", "2031"],
        ], [78, 16, 38, 28]),
        ("h1", "4 Økonomi"),
        ("p", "Tiltaka blir finansierte i økonomiplanen 2029–2032."),
    ]
    _docx_pdf(child, d / "child.pdf", title="Folkehelseplan for Ramsøy 2029–2032",
              author="Ramsøy kommune", header="Folkehelseplan for Ramsøy 2029–2032",
              footer="Høyringsutkast", lang="nn-NO", font="Liberation Sans", size=10.5,
              heading_color="8A3B12")

    goals_ = [
        G("A1", g["A1"], "not_followed_up",
          note="the goals are the 'Vi vil …' bullets under 'Dette vil vi:' in each fokusområde "
          "(ids: area letter A–C + order, not printed); 'Utfordringar' bullets and 'Slik "
          "arbeider vi' paragraphs are no goals. Trap: the child's background names 'Gode "
          "bustader' as important for health and leaves them to other plans"),
        G("A2", g["A2"], "followed_up", [dm["D5"], dm["D3"], tt[5], tt[3]], ev="Lag og organisasjonar skal",
          note="free use of municipal buildings for clubs (an active organisation life) and "
          "leisure for children of low-income families (everyone can take part): both parts, "
          "in other words"),
        G("B1", g["B1"], "followed_up", [dm["D1"], dm["D2"], tt[0], tt[1], tt[2]], ev="Fleire barn og vaksne",
          note="walking and cycling for children and adults, training for the elderly: "
          "physical activity across the life course"),
        G("B2", g["B2"], "partial", [dm["D3"], tt[3]], ev="Barn i familiar med",
          missing=["sosiale skilnader i helse blant vaksne"],
          note="equal access to leisure for children of low-income families serves one side "
          "of social inequality in health; nothing for adults"),
        G("B3", g["B3"], "partial", [dm["D4"], tt[4]], ev="Alle skulane skal arbeide",
          missing=["førebygging av rusbruk"],
          note="mental health and life skills in all schools; nothing on drug and alcohol "
          "prevention"),
        G("C1", g["C1"], "not_followed_up",
          note="flood and landslide preparedness is outside the child's theme and not named"),
    ]
    kids = [
        C(dm["D1"], ["B1"], note="the child goals are the six 'Delmål n' lines; the "
          "tiltak rows of chapter 3 are measures (listed in served_by), no child goals"),
        C(dm["D2"], ["B1"]),
        C(dm["D3"], ["B2", "A2"]),
        C(dm["D4"], ["B3"]),
        C(dm["D5"], ["A2"]),
        C(dm["D6"], [], note="a statutory overview document (folkehelselova): process, "
          "stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, serif, two pages; kommuneplanen sin samfunnsdel): "
        "'Fokusområde n:' sections with 'Utfordringar' and 'Dette vil vi:' lists of 'Vi vil …' "
        "goals; child PDF (python-docx → LibreOffice; folkehelseplan): 'Delmål n' typed lines "
        "restating the parent in other words, a tiltak table citing the delmål number",
        goals=goals_, kids=kids,
    )



# =========================================================================== 3 Tjärnby (sv)


@pair
def tjarnby_verksamhetsplan(d: Path) -> dict:
    g = {
        "1": "Alla elever ska lämna grundskolan med behörighet till gymnasieskolan.",
        "2": "Fler invånare ska försörja sig själva genom arbete eller studier.",
        "3": "Invånarna ska känna sig trygga i sitt bostadsområde.",
        "4": "Barn och unga ska ha en god fysisk och psykisk hälsa.",
        "5": "Kommunens verksamheter ska vara fossilfria senast år 2030.",
        "6": "Det ska byggas minst 150 nya bostäder per år i Tjärnby.",
    }
    areas = [
        ("Fokusområde Utbildning och arbete", ["1", "2"],
         "Utbildning är den viktigaste faktorn för ett gott liv och en stark arbetsmarknad."),
        ("Fokusområde Trygghet och hälsa", ["3", "4"],
         "Otryggheten har ökat i två av kommunens bostadsområden enligt trygghetsmätningen."),
        ("Fokusområde Hållbar samhällsutveckling", ["5", "6"],
         "Tjärnby växer, och bostadsbyggandet har inte hållit jämna steg med befolkningen."),
    ]
    css = (
        "@page{size:A4;margin:18mm 20mm}"
        "h1{font-size:21pt;color:#7a1f2b;margin:0 0 4px}"
        ".ing{font-size:11pt;color:#444;margin-bottom:14px}"
        "h2{font-size:12.5pt;color:#fff;background:#7a1f2b;padding:4px 8px;margin:18px 0 6px}"
        "ol{margin:4px 0 8px 0;padding-left:26px}li{margin:3px 0}"
        ".ind td,.ind th{border:1px solid #bbb;padding:4px 6px;font-size:9pt}"
        ".ind th{background:#f2e6e8;text-align:left}"
    )
    body = [
        "<h1>Mål och budget 2029–2031</h1>",
        "<p class='ing'>Tjärnby kommun · Kommunfullmäktiges mål för mandatperioden · Antagen "
        "av kommunfullmäktige 20 november 2028, § 142</p>",
        "<p>Kommunfullmäktige styr genom sex mål fördelade på tre fokusområden. Målen är "
        "numrerade i en följd, och varje nämnd ska i sin verksamhetsplan visa hur den bidrar "
        "till de mål som berör nämnden.</p>",
    ]
    start = 1
    for head, ks, bg in areas:
        body += [f"<h2>{e(head)}</h2>", f"<p>{e(bg)}</p>",
                 "<p><b>Kommunfullmäktiges mål</b></p>", f"<ol start='{start}'>"]
        body += [f"<li>{e(g[k])}</li>" for k in ks]
        body.append("</ol>")
        start += len(ks)
    body += [
        "<h2>Så följer vi upp målen</h2>",
        "<table class='ind'><thead><tr><th>Mål</th><th>Indikator</th><th>Utgångsläge</th>"
        "</tr></thead><tbody>",
        "<tr><td>1</td><td>Andel elever i åk 9 som är behöriga till gymnasiet</td><td>81 %</td></tr>",
        "<tr><td>2</td><td>Andel invånare 20–64 år med ekonomiskt bistånd</td><td>5,2 %</td></tr>",
        "<tr><td>3</td><td>Andel som känner sig trygga ute på kvällen</td><td>68 %</td></tr>",
        "<tr><td>4</td><td>Andel elever i åk 8 som mår bra</td><td>72 %</td></tr>",
        "<tr><td>5</td><td>Andel fossilfria drivmedel i kommunens fordon</td><td>46 %</td></tr>",
        "<tr><td>6</td><td>Antal färdigställda bostäder</td><td>94</td></tr>",
        "</tbody></table>",
    ]
    _html_pdf("sv", "Mål och budget 2029–2031", css, body, d / "parent.pdf")

    n = {
        "n1": "Elever som riskerar att inte nå kunskapskraven ska få stöd tidigt.",
        "n2": "Andelen behöriga elever i årskurs 9 ska öka varje år.",
        "n3": "Elevhälsan ska arbeta mer förebyggande med psykisk ohälsa.",
        "n4": "Skolgårdarna ska vara trygga och välkomnande även efter skoltid.",
        "n5": "Förskolornas och skolornas transporter och uppvärmning ska vara fossilfria 2030.",
        "n6": "Sjukfrånvaron bland nämndens medarbetare ska minska.",
    }
    rows = [
        (n["n1"], "1", "Kartläggning av läsförmåga i åk 1–3; specialpedagog på varje skola",
         "Skolchef", "Läsåret 29/30"),
        (n["n2"], "1", "Läxhjälp tre dagar i veckan; sommarskola efter åk 8 och 9",
         "Rektorer grundskola", "Löpande"),
        (n["n3"], "4", "Samtalsgrupper om stress för åk 7–9; kurator på alla högstadieskolor",
         "Elevhälsochef", "2029"),
        (n["n4"], "3", "Ny belysning och kvällsvärdar på skolgårdarna i Norrby och Åsen",
         "Fastighet / fritid", "Hösten 2029"),
        (n["n5"], "5", "Skolskjuts upphandlas med krav på HVO; oljepannan i Åsens skola byts "
         "mot bergvärme", "Förvaltningschef", "2030"),
        (n["n6"], "2", "Friskvårdsbidrag höjs; chefer utbildas i rehabilitering",
         "HR-strateg", "2029"),
    ]
    child = [
        ("title", "Verksamhetsplan 2029"),
        ("lead", "Barn- och utbildningsnämnden, Tjärnby kommun. Beslutad 12 december 2028."),
        ("h1", "1 Inledning"),
        ("p", "Verksamhetsplanen visar hur nämnden bidrar till kommunfullmäktiges mål i Mål "
         "och budget 2029–2031. Nämnden har brutit ned de fullmäktigemål som berör skola "
         "och förskola till nämndmål. Mål 6 om bostadsbyggande berör inte nämnden. I kolumnen "
         "KF-mål står numret på det fullmäktigemål som nämndmålet ska bidra till."),
        ("h1", "2 Nämndmål och aktiviteter"),
        ("table", ["Nämndmål", "KF-mål", "Aktiviteter", "Ansvarig", "Klart"],
         [list(r) for r in rows], [86, 18, 96, 38, 23]),
        ("h1", "3 Uppföljning"),
        ("p", "Nämnden följer upp nämndmålen i delårsrapporten och i årsredovisningen."),
    ]
    _report(d / "child.pdf", child, title="Verksamhetsplan 2029 – Barn- och "
            "utbildningsnämnden", author="Tjärnby kommun", creator="Stratsys-export",
            left="Tjärnby kommun · Barn- och utbildningsnämnden · Verksamhetsplan 2029",
            right="Sida {n}", serif=False, landscape=True, accent="#7A1F2B")

    goals_ = [
        G("1", g["1"], "followed_up", [n["n1"], n["n2"], rows[0][2], rows[1][2]], ev="Elever som riskerar",
          note="the goals are the items of the ordered lists under 'Kommunfullmäktiges mål', "
          "numbered 1–6 in one sequence across the three fokusområden (id = the number, "
          "printed by the list); the indicator table 'Så följer vi upp målen' repeats only "
          "numbers and is no goal. Early support and a rising share of eligible pupils: the "
          "whole goal"),
        G("2", g["2"], "not_followed_up",
          note="trap: the nämndmål on staff sickness absence cites 'KF-mål 2', but it is the "
          "nämnd's own HR target and makes no inhabitant self-supporting"),
        G("3", g["3"], "partial", [n["n4"], rows[3][2]], ev="Skolgårdarna ska vara",
          missing=["tryggheten i bostadsområdena utanför skolgårdarna"],
          note="lighting and evening hosts at school yards in two areas; the goal is the "
          "whole neighbourhood (least sure: a reader who takes the school yards as the "
          "nämnd's whole share → followed up)"),
        G("4", g["4"], "partial", [n["n3"], rows[2][2]], ev="Elevhälsan ska arbeta",
          missing=["fysisk hälsa"],
          note="preventive work on mental ill-health; nothing for physical health"),
        G("5", g["5"], "followed_up", [n["n5"], rows[4][2]], ev="Förskolornas och skolornas",
          note="transport and heating of the nämnd's schools fossil free by 2030: the "
          "nämnd's share"),
        G("6", g["6"], "not_followed_up",
          note="named in passing: 'Mål 6 om bostadsbyggande berör inte nämnden'"),
    ]
    kids = [
        C(n["n1"], ["1"], note="the child goals are the 'Nämndmål' cells; the KF-mål number, "
          "the activities, owner and date cells are no child goals (the 'Aktiviteter' cells, "
          "measures, are listed in served_by)"),
        C(n["n2"], ["1"]),
        C(n["n3"], ["4"]),
        C(n["n4"], ["3"]),
        C(n["n5"], ["5"]),
        C(n["n6"], [], note="trap: cites KF-mål 2; staff sickness absence stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium; Mål och budget, kommunfullmäktiges mål): three "
        "'Fokusområde' bars, each with an ordered list continuing the numbering 1–6, and an "
        "indicator table; child PDF (reportlab, A4 landscape; nämndens verksamhetsplan): one "
        "table 'Nämndmål | KF-mål | Aktiviteter | Ansvarig | Klart'",
        goals=goals_, kids=kids,
    )



# =========================================================================== 4 Egerup (da)


@pair
def egerup_handleplan(d: Path) -> dict:
    g = {
        "1a": "Vi vil have mere natur og et renere vandmiljø i Egerup.",
        "1b": "Vi vil gøre det let at vælge cyklen og den kollektive trafik.",
        "2a": "Vi vil skabe gode rammer for de virksomheder, der vil vokse.",
        "2b": "Vi vil have flere ledige i job eller uddannelse.",
        "3a": "Vi vil sikre en værdig og tryg pleje på plejecentrene.",
        "3b": "Vi vil styrke det frivillige arbejde blandt og for ældre.",
    }
    areas = [
        ("Fokusområde 1: Grøn omstilling", ["1a", "1b"],
         "Egerup har mange åer og moser, men kun få af dem er i god økologisk tilstand."),
        ("Fokusområde 2: Vækst og job", ["2a", "2b"],
         "Virksomhederne mangler arbejdskraft, samtidig med at 1.100 borgere er ledige."),
        ("Fokusområde 3: Et godt ældreliv", ["3a", "3b"],
         "Antallet af borgere over 80 år stiger med 40 procent frem mod 2035."),
    ]
    parent = [
        ("title", "Sammen om Egerup"),
        ("sub", "Kommunalbestyrelsens strategi 2028–2031 · Egerup Kommune · Vedtaget 24. "
         "januar 2028"),
        ("h1", "Forord"),
        ("p", "Strategien samler kommunalbestyrelsens mål for valgperioden i tre "
         "fokusområder. Målene er nummereret, så fagudvalgenes handleplaner kan henvise til "
         "dem."),
    ]
    for head, ks, bg in areas:
        parent += [("h1", head), ("p", bg), ("h3", "Vores mål")]
        parent += [("typed", k, g[k]) for k in ks]
    parent += [
        ("h1", "Sådan følger vi op"),
        ("p", "Fagudvalgene udarbejder handleplaner, og kommunalbestyrelsen gør status hvert "
         "år i august."),
    ]
    _docx_pdf(parent, d / "parent.pdf", title="Sammen om Egerup – strategi 2028–2031",
              author="Egerup Kommune", header="Egerup Kommune · Sammen om Egerup",
              footer="Kommunalbestyrelsens strategi 2028–2031", lang="da-DK",
              font="Liberation Sans", size=10.5, heading_color="00607A")

    t = {
        "i1": "Genslyngning af Møllebækken på en strækning af 2 km",
        "i2": "Udtagning af 40 ha lavbundsjord ved Kærmosen",
        "i3": "Ny cykelsti mellem Egerup og Skovlunde langs Stationsvej",
        "i4": "Grønne job: 15 ledige i løntilskud i kommunens naturpleje",
        "i5": "Omstilling af køkkenerne på plejecentrene til 60 % økologi",
        "i6": "Grønt regnskab for kommunens bygninger hvert år",
    }
    secs = [
        ("Vand og natur", [("i1", "Natur og Miljø", "2028–2029"),
                           ("i2", "Natur og Miljø", "2029")]),
        ("Transport", [("i3", "Vej og Park", "2029")]),
        ("Grønne arbejdspladser", [("i4", "Jobcenter Egerup", "Løbende")]),
        ("Kommunen som virksomhed", [("i5", "Ældre og Sundhed", "Udgangen af 2029"),
                                     ("i6", "Ejendomme", "Hvert år i marts")]),
    ]
    css = (
        "@page{size:A4;margin:20mm 22mm 18mm 22mm}"
        "body{font-family:'Liberation Serif',Georgia,serif;font-size:11pt}"
        ".top{border-top:6px solid #3c7a3b;padding-top:6px;color:#3c7a3b;font-size:9pt;"
        "letter-spacing:1px}"
        "h1{font-size:22pt;margin:4px 0 10px;font-weight:bold}"
        "h2{font-size:13.5pt;color:#3c7a3b;margin:16px 0 4px}"
        "ul{margin:2px 0 8px;padding-left:20px}li{margin:4px 0}"
        ".ans{color:#555;font-style:italic}"
    )
    body = [
        "<div class='top'>EGERUP KOMMUNE · TEKNIK- OG MILJØUDVALGET</div>",
        "<h1>Handleplan for klima og natur 2028–2029</h1>",
        "<h2>Indledning</h2>",
        "<p>Handleplanen er Teknik- og Miljøudvalgets bidrag til kommunalbestyrelsens "
        "strategi Sammen om Egerup. Den samler de indsatser, udvalget vil sætte i gang i de "
        "næste to år. Erhvervsudviklingen hører under Økonomiudvalget og indgår ikke her.</p>",
    ]
    for head, items in secs:
        body += [f"<h2>{e(head)}</h2>", "<ul>"]
        body += [f"<li>{e(t[k])} <span class='ans'>(Ansvar: {e(who)}, tid: {e(when)})</span>"
                 "</li>" for k, who, when in items]
        body.append("</ul>")
    body += [
        "<h2>Økonomi</h2>",
        "<p>Indsatserne finansieres af udvalgets ramme og af statslige puljer til "
        "lavbundsjorde.</p>",
    ]
    _html_pdf("da", "Handleplan for klima og natur 2028–2029", css, body, d / "child.pdf")

    goals_ = [
        G("1a", g["1a"], "followed_up", [t["i1"], t["i2"]], ev="Genslyngning af Møllebækken",
          note="the goals are the lines under 'Vores mål' with typed codes 1a–3b (id = the "
          "code, printed); the background line of each fokusområde is no goal. A re-meandered "
          "brook and 40 ha of low-lying land taken out of farming: more nature and a cleaner "
          "water environment"),
        G("1b", g["1b"], "partial", [t["i3"]], ev="Ny cykelsti mellem",
          missing=["den kollektive trafik"],
          note="one new cycle path; nothing for public transport"),
        G("2a", g["2a"], "not_followed_up",
          note="named in passing: the introduction leaves business development to the "
          "finance committee"),
        G("2b", g["2b"], "partial", [t["i4"]], ev="Grønne job: 15",
          missing=["uddannelse", "flere end 15 ledige"],
          note="15 unemployed in wage-subsidised jobs in nature management: into work for a "
          "few; nothing for education (a strict reader: a by-product of a nature measure → "
          "still partial)"),
        G("3a", g["3a"], "not_followed_up",
          note="trap: the child names the plejecentre (organic food in their kitchens), a "
          "climate measure that does not serve dignified and safe care"),
        G("3b", g["3b"], "not_followed_up", note="not named in the child"),
    ]
    kids = [
        C(t["i1"], ["1a"], note="the child goals are the indsats bullets (text before the "
          "bracket); '(Ansvar: …, tid: …)' carries the owner and the time, and the theme "
          "headings are no goals"),
        C(t["i2"], ["1a"]),
        C(t["i3"], ["1b"]),
        C(t["i4"], ["2b"]),
        C(t["i5"], [], note="trap: shares 'plejecentrene' with 3a but serves no parent goal "
          "(no climate goal on food in the strategy) — stands alone"),
        C(t["i6"], [], note="a yearly green account of buildings: reporting, stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; kommunalbestyrelsens strategi): "
        "'Fokusområde n:' headings, a background line and 'Vores mål' with typed codes 1a–3b "
        "before 'Vi vil …' goals; child PDF (Chromium, serif; udvalgets handleplan): indsatser "
        "as bullets under theme headings with an inline '(Ansvar: …, tid: …)', no goal codes",
        goals=goals_, kids=kids,
    )



# =========================================================================== 5 Brackenholt (en)


@pair
def brackenholt_delivery_plan(d: Path) -> dict:
    g = {
        "P1a": "Residents recycle more and throw away less.",
        "P1b": "The council's own buildings and vehicles are net zero by 2035.",
        "P2a": "Local people have the skills that local employers need.",
        "P2b": "The town centre is busy, safe and attractive.",
        "P3a": "More people of all ages lead healthy, active lives.",
        "P3b": "Unpaid carers get the support and breaks they need.",
    }
    pr = [
        ("Priority 1 – A greener Brackenholt", ["P1a", "P1b"],
         ["Household recycling rate", "Council carbon emissions (tonnes CO2e)"]),
        ("Priority 2 – A thriving local economy", ["P2a", "P2b"],
         ["Apprenticeship starts", "Town centre footfall and vacant units"]),
        ("Priority 3 – Healthy and independent lives", ["P3a", "P3b"],
         ["Adults who are physically active", "Carers' assessments completed"]),
    ]
    parent = [
        ("title", "Brackenholt Borough Council – Council Plan 2028–2032"),
        ("lead", "Our plan for the borough, agreed by Full Council on 9 March 2028."),
        ("h1", "Introduction"),
        ("p", "The Council Plan sets out three priorities for the next four years. For each "
         "priority it says what we want to achieve and how we will know we have succeeded. "
         "Each service sets out its contribution in an annual service delivery plan."),
    ]
    for head, ks, kpis in pr:
        parent += [("h1", head), ("label", "What we want to achieve"),
                   ("bullets", [g[k] for k in ks]),
                   ("label", "How we will measure success"), ("bullets", kpis)]
    parent += [("h1", "Monitoring"),
               ("p", "Cabinet receives a performance report every quarter.")]
    _report(d / "parent.pdf", parent, title="Council Plan 2028–2032",
            author="Brackenholt Borough Council", creator="Brackenholt Borough Council",
            left="Council Plan 2028–2032", right="{n}", serif=False, accent="#00507D")

    a = {
        "E1": "Launch a construction skills academy with Brackenholt College",
        "E2": "Fund 30 apprenticeships a year with local employers",
        "E3": "Install CCTV and better lighting in Market Street and Bridge Lane",
        "E4": "Run a monthly makers' market in Market Square",
        "E5": "Offer shopfront improvement grants to independent traders",
        "E6": "Replace the gas boilers at the Civic Centre with heat pumps",
        "E7": "Introduce business rates relief for new start-ups",
        "E8": "Set up an e-bike hire scheme with docking stations at both railway stations",
        "E9": "Publish a new inward investment prospectus",
    }
    rows = [
        ("ED01", "E1", "Priority 2", "Head of Economic Development", "September 2028", "Green"),
        ("ED02", "E2", "Priority 2", "Skills and Employment Manager", "Annually", "Amber"),
        ("ED03", "E3", "Priority 2", "Community Safety Partnership", "December 2028", "Green"),
        ("ED04", "E4", "Priority 2", "Town Centre Manager", "From May 2028", "Green"),
        ("ED05", "E5", "Priority 2", "Town Centre Manager", "March 2029", "Amber"),
        ("ED06", "E6", "Priority 1", "Estates and Facilities", "March 2030", "Red"),
        ("ED07", "E7", "Priority 2", "Revenues and Benefits", "April 2028", "Green"),
        ("ED08", "E8", "Priority 1", "Transport Planning", "Summer 2029", "Amber"),
        ("ED09", "E9", "Priority 2", "Head of Economic Development", "Ongoing", "Green"),
    ]
    child = [
        ("title", "Economic Growth and Regeneration – Service Delivery Plan 2028/29"),
        ("sub", "Brackenholt Borough Council · Place Directorate · Version 1.2, April 2028"),
        ("h2", "1. Purpose"),
        ("p", "This plan sets out what the Economic Growth and Regeneration service will "
         "deliver in 2028/29 and how each action supports a priority of the Council Plan "
         "2028–2032. Waste and recycling are the responsibility of Environmental Services and "
         "are covered by their own plan. RAG status: Green = on track, Amber = at risk, "
         "Red = off track."),
        ("h2", "2. Our actions for 2028/29"),
        ("table", ["Ref", "Action", "Council Plan priority", "Lead officer", "Target date",
                   "RAG"],
         [[r, a[k], pr_, lead, when, rag] for r, k, pr_, lead, when, rag in rows],
         [18, 104, 32, 56, 32, 15]),
        ("h2", "3. Resources"),
        ("p", "The actions are funded from the service's revenue budget, the UK Shared "
         "Prosperity Fund and the capital programme."),
    ]
    _docx_pdf(child, d / "child.pdf", title="Service Delivery Plan 2028/29",
              author="Brackenholt Borough Council",
              header="Economic Growth and Regeneration – Service Delivery Plan 2028/29",
              footer="OFFICIAL", lang="en-GB", font="Liberation Sans", size=11,
              landscape=True, heading_color="00507D")

    goals_ = [
        G("P1a", g["P1a"], "not_followed_up",
          note="the goals are the bullets under 'What we want to achieve' in each priority "
          "(ids: priority + letter, not printed); 'How we will measure success' bullets are "
          "indicators, no goals. Named in passing: the child says waste and recycling are "
          "covered by another service's plan"),
        G("P1b", g["P1b"], "partial", [a["E6"]], ev="Replace the gas boilers",
          missing=["the council's other buildings", "vehicles"],
          note="heat pumps in one building (Red, off track); no vehicles, no other buildings "
          "(the service's share is small, but the action covers one building only)"),
        G("P2a", g["P2a"], "followed_up", [a["E1"], a["E2"]], ev="Launch a construction",
          note="a skills academy with the college and 30 apprenticeships a year with local "
          "employers: the skills local employers need. The child cites only 'Priority 2', "
          "never the objective; content decides which one"),
        G("P2b", g["P2b"], "followed_up", [a["E3"], a["E4"], a["E5"]],
          ev="Install CCTV and better",
          note="CCTV and lighting (safe), a monthly market (busy), shopfront grants "
          "(attractive): all three concerns"),
        G("P3a", g["P3a"], "partial", [a["E8"]], ev="Set up an e-bike hire",
          missing=["healthy lives beyond cycling", "all ages"],
          note="an e-bike hire scheme, cited under Priority 1, serves active lives for some; "
          "served across the citation (least sure: a strict reader may find e-bikes a "
          "transport measure that serves no health goal → not followed up)"),
        G("P3b", g["P3b"], "not_followed_up", note="carers are not named in the child"),
    ]
    kids = [
        C(a["E1"], ["P2a"], note="the child goals are the 'Action' cells; Ref, priority, "
          "lead officer, target date and RAG cells are no goals"),
        C(a["E2"], ["P2a"]),
        C(a["E3"], ["P2b"]),
        C(a["E4"], ["P2b"]),
        C(a["E5"], ["P2b"]),
        C(a["E6"], ["P1b"]),
        C(a["E7"], [], note="cites 'Priority 2' (economy), but business rates relief serves "
          "neither of its two objectives (skills, town centre) — stands alone"),
        C(a["E8"], ["P3a"], note="cites 'Priority 1'; serves the health objective of "
          "Priority 3"),
        C(a["E9"], [], note="an investment prospectus: no objective of the plan — stands "
          "alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab; a borough Council Plan): 'Priority n – …' sections "
        "with 'What we want to achieve' bullets (the goals) and 'How we will measure success' "
        "bullets (indicators); child PDF (python-docx → LibreOffice, A4 landscape; a service "
        "delivery plan): one table 'Ref | Action | Council Plan priority | Lead officer | "
        "Target date | RAG' citing only the priority",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder="corpora/parents-blind31/make_pairs.py")


if __name__ == "__main__":
    main(sys.argv[1:])
