"""Build the forty-fifth batch of blind authored plans (corpora/authored/<slug>/), four layout forms: a bokmål
handlingsdel for SFO kept as a SPREADSHEET and printed to PDF (landscape, gridlines, column letters A–F and row
numbers in a grey gutter, rows 1–3 repeated on page 2, the delmål text REPEATED in every row of its measures,
owners as abbreviations explained in a legend under the table; imitated with HTML → Chromium, since this
LibreOffice has no Calc); an English evening and night-time economy PLAN ON A PAGE (one landscape page: vision
band, three goal columns with coloured headers, bullets with the owner in brackets and the quarter, a Key box;
then a portrait page of success indicators) (reportlab); a Swedish handlingsplan för laddinfrastruktur whose
measures are LEVEL-3 HEADINGS '2.1.1 <åtgärd>' under goal headings '2.1 <mål>', each with a short paragraph and a
two-row table 'Ansvarig | Klart' (python-docx → LibreOffice); a nynorsk handlingsplan for lærlingar whose
measures are TAB-LEADER LINES like a table of contents, '<tiltak> ……… <ansvarleg> ……… <år>' under bold goal
lines (odfpy → LibreOffice).

    python corpora/scripts/make_blind_corpus45.py              # every plan
    python corpora/scripts/make_blind_corpus45.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus45.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus45.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings (as in batch 1), gold writer and the odfpy writer
`Odt` from make_blind_corpus.py, the pdftotext check from make_blind_corpus3.py, the whole-text check on
pdftotext -raw from make_blind_corpus34.py, the row helper `_rows` from make_blind_corpus37.py and the
editorial-leftover appender `_leftovers` from make_blind_corpus41.py (imported, not copied). Written blind: the
author read no code under plancheck/, bench/, tests/, rules/ or docs/ and did not run plancheck. Gold files carry
`held_out: true`.
"""

from __future__ import annotations

import html as _h
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _docx_helpers as dh  # noqa: E402
import blindkit as bk  # noqa: E402
import make_blind_corpus as mb  # noqa: E402
import make_blind_corpus3 as mb3  # noqa: E402
import make_blind_corpus34 as mb34  # noqa: E402
import make_blind_corpus37 as mb37  # noqa: E402
import make_blind_corpus41 as mb41  # noqa: E402
from make_blind_corpus import G, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus45.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731
PATTERNS = ("*.docx", "*.odt", "*.html", "*.pdf", "*.gold.yaml")


def _gold(plan: Plan, pdf: Path, *, leftovers: tuple[str, ...] = (), **kw) -> Path:
    """write_gold with the pages looked up as pdftotext reads them (blindkit.gold_by_pdftotext), then the
    editorial leftovers appended (make_blind_corpus41._leftovers)."""
    path = bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)
    if leftovers:
        mb41._leftovers(path, pdf, leftovers)
    return path


# =========================================================================== 1 bokmål spreadsheet print (Chromium)

NB_SLUG = "sfo-regnearkutskrift-nb"
NB_GOALS = [
    ("G1", "Alle barn i SFO skal ha et variert tilbud med lek, kultur og fysisk aktivitet hver dag"),
    ("G2", "SFO skal være et trygt og inkluderende fellesskap der alle barn har en voksen å gå til"),
    ("G3", "Flere familier skal ha råd til og ønske å bruke SFO"),
    ("G4", "De ansatte i SFO skal ha riktig kompetanse og gode arbeidsforhold"),
]
# (id, Nr, Tiltak, goal, Ansvarlig as printed, owners, Frist as printed or None, kind, note, Kostnad as printed)
NB_ROWS = [
    ("T1.1", "1.1", "Lage en årsplan for SFO med faste aktiviteter innen lek, kultur og fysisk aktivitet", "G1",
     "KOS", ["KOS"], "Høst 2027", "period", "owner an abbreviation (legend: Kommunalsjef oppvekst)",
     "Innenfor ramme"),
    ("T1.2", "1.2", "Gi alle SFO-barn minst én time fysisk aktivitet hver dag, ute når været tillater det", "G1",
     "Alle SFO-ledere", ["Alle SFO-ledere"], "Løpende", "continuous",
     "'Alle SFO-ledere' diffuse (spelt out, not an abbreviation); continuous", ""),
    ("T1.3", "1.3", "Samarbeide med kulturskolen om kurs i musikk, dans og kunst i SFO-tiden", "G1", "KUL",
     ["KUL"], "1. halvår 2028", "period", "", "120"),
    ("T1.4", "1.4", "Oppgradere uteområdene ved Bjørnvik skole og Nesset skole", "G1", "EIE/TEK", ["EIE", "TEK"],
     "2029", "period", "two owners joined by '/'", "2 400"),
    ("T2.1", "2.1", "Innføre felles rutine for oppstartsamtale med foresatte til alle nye barn", "G2", "KOS",
     ["KOS"], "01.08.2027", "date", "a date", "0"),
    ("T2.2", "2.2", "Gjennomføre trivselsundersøkelse blant barna i SFO", "G2", "", [], "Årlig", "recurring",
     "empty Ansvarlig cell: no owner; recurring", "15"),
    ("T2.3", "2.3", "Lage plan mot mobbing i SFO som henger sammen med skolens plan", "G2", "KOS", ["KOS"],
     "31.12.2027", "date", "a date", ""),
    ("T2.4", "2.4", "Tilby aktivitetsgrupper for barn som trenger ekstra støtte i samspill med andre", "G2", "PPT",
     ["PPT"], None, None, "empty Frist cell: no deadline", "200"),
    ("T3.1", "3.1", "Innføre søskenmoderasjon og inntektsgradert betaling for alle trinn", "G3", "KOS", ["KOS"],
     "Høst 2027", "period", "", "450 per år"),
    ("T3.2", "3.2", "Informere om SFO-tilbudet på flere språk før skolestart", "G3", "KOM", ["KOM"], "Hver vår",
     "recurring", "recurring", "10"),
    ("T3.3", "3.3", "Holde SFO ved Nesset skole åpen i skolens høstferie og vinterferie", "G3", "KOS", ["KOS"],
     "Skoleåret 2027/28", "period", "a school year", "300"),
    ("T4.1", "4.1", "Gi alle ansatte i SFO kurs i lekpedagogikk og relasjonskompetanse", "G4", "PO", ["PO"], "2028",
     "period", "", "180"),
    ("T4.2", "4.2", "Øke andelen fagarbeidere med fagbrev i barne- og ungdomsarbeiderfaget", "G4", "PO", ["PO"],
     "2031", "period", "'2031' after the plan period 2027–2030", ""),
    ("T4.3", "4.3", "Opprette nettverk for SFO-lederne med faste samlinger", "G4", "KOS", ["KOS"], "Hvert halvår",
     "recurring", "recurring", "0"),
]
NB_LEGEND = ("Forkortelser: KOS = Kommunalsjef oppvekst, KUL = Kultur og fritid, EIE = Eiendom, TEK = Teknisk drift, "
             "PPT = Pedagogisk-psykologisk tjeneste, KOM = Kommunikasjon, PO = Personal og organisasjon")
NB_NOTE = "Kostnad i 1000 kr for hele perioden der ikke annet står. 0 = gjennomføres innenfor ramme."


@plan_builder
def build_sfo_regnearkutskrift_nb() -> tuple[Plan, Path]:
    """Bokmål handlingsdel as a spreadsheet print (HTML → Chromium imitating a Calc print): landscape, grid,
    column letters and row numbers, rows 1–3 (title, subtitle, column header) repeated on page 2, the delmål
    text repeated in every row, owners as abbreviations with a legend under the table."""
    slug = NB_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="nb", title="Kvalitetsplan for SFO 2027–2030 – handlingsdel", period=(2027, 2030),
        goals=[G(g, t) for g, t in NB_GOALS], measures=mb37._rows(NB_ROWS, 2030), source_ext="html",
        notes="""
A SPREADSHEET printed to PDF (HTML/CSS → Chromium, made to look like a LibreOffice Calc print with 'Column and
row headers' and 'Grid' switched on; this LibreOffice has no Calc): A4 LANDSCAPE, Liberation Sans 10 pt, light
grey gridlines round every cell, a grey row of column letters 'A'–'F' over the sheet and a grey gutter of row
numbers at the left, Calc's default page header (the sheet name 'Handlingsdel') and footer 'Side n'. Row 1 the
title 'Bjørnvik kommune – Kvalitetsplan for SFO 2027–2030 – handlingsdel', row 2 'Sist oppdatert …', row 3 the
column header 'Nr | Delmål | Tiltak | Ansvarlig | Frist | Kostnad (1000 kr)'; rows 1–3 (and the letters) are
REPEATED at the top of page 2 (Calc's 'Rows to repeat'). Rows 4–17: one row per measure, numbered 1.1 … 4.3;
the Delmål cell REPEATS the whole goal sentence in every row of its measures (no merged cells), so the GOALS are
the four distinct Delmål texts (page = the first row); each Tiltak cell is a MEASURE linked to the Delmål in its
own row. Page 2 opens inside delmål 4's rows (4.2, 4.3) under the repeated rows 1–3. Under the table (row 19, 20) a legend
'Forkortelser: KOS = Kommunalsjef oppvekst, …' and a cost note. Gold: OWNERS = the Ansvarlig cell AS PRINTED,
the abbreviation ('KOS', 'KUL', 'PPT', 'KOM', 'PO'; the legend's expansion is not the gold text), 'EIE/TEK' two
owners, 'Alle SFO-ledere' (spelt out) diffuse, an empty cell = none. DEADLINE = Frist ('Høst 2027', '1. halvår
2028', '2029', '2028', 'Skoleåret 2027/28' periods; '01.08.2027', '31.12.2027' dates; 'Løpende' continuous;
'Årlig', 'Hver vår', 'Hvert halvår' recurring; '2031' after 2027–2030; an empty cell = none). Kostnad ('120',
'2 400', '450 per år', 'Innenfor ramme', '0') is cost: never an owner or a deadline.
""")
    goal_text = dict(NB_GOALS)
    css = """
@page { size: A4 landscape; margin: 16mm 12mm 15mm 12mm;
  @top-center { content: "Handlingsdel"; font: 10pt 'Liberation Sans'; }
  @bottom-center { content: "Side " counter(page); font: 10pt 'Liberation Sans'; } }
body { margin: 0; font: 10pt/1.18 'Liberation Sans', sans-serif; color: #000; }
table { border-collapse: collapse; table-layout: fixed; }
td, th { border: 0.5pt solid #c0c0c0; padding: 1.2pt 2.5pt; vertical-align: bottom; font-weight: normal;
  text-align: left; }
tr { break-inside: avoid; }
.hd { background: #e6e6e6; color: #333; text-align: center; font-size: 9pt; border-color: #9a9a9a; }
.rn { background: #e6e6e6; color: #333; text-align: center; font-size: 9pt; border-color: #9a9a9a;
  vertical-align: middle; }
.wrap { white-space: normal; vertical-align: top; }
.top { vertical-align: top; }
.num { text-align: right; vertical-align: top; }
.title { font-weight: bold; font-size: 13pt; white-space: nowrap; }
.sub { font-style: italic; white-space: nowrap; }
.colh { font-weight: bold; background: #dde8cb; vertical-align: bottom; }
.legend { white-space: normal; vertical-align: top; font-size: 9.5pt; }
.nb { border-left-color: transparent; }
"""
    widths = [9, 13, 62, 86, 23, 31, 27]  # mm: gutter, A … F
    cols = "".join(f"<col style='width:{w}mm'>" for w in widths)
    p = [f"<!DOCTYPE html><html lang='nb'><head><meta charset='utf-8'><title>{E(plan.title)}</title>"
         f"<style>{css}</style></head><body><table>{cols}<thead>"]
    p.append("<tr><td class='hd'></td>" + "".join(f"<td class='hd'>{c}</td>" for c in "ABCDEF") + "</tr>")
    p.append("<tr><td class='rn'>1</td><td class='title' colspan='6'>Bjørnvik kommune – Kvalitetsplan for SFO "
             "2027–2030 – handlingsdel</td></tr>")
    p.append("<tr><td class='rn'>2</td><td class='sub' colspan='6'>Sist oppdatert 20.11.2026 · Oppvekst · "
             "Behandles i hovedutvalg for oppvekst sammen med økonomiplanen</td></tr>")
    p.append("<tr><td class='rn'>3</td>" + "".join(
        f"<td class='colh'>{E(h)}</td>" for h in ("Nr", "Delmål", "Tiltak", "Ansvarlig", "Frist",
                                                   "Kostnad (1000 kr)")) + "</tr></thead><tbody>")
    row = 3
    for _id, nr, text, g, who, _o, when, _k, _n, cost in NB_ROWS:
        row += 1
        cls = "num" if cost and cost[0].isdigit() else "top"
        p.append(f"<tr><td class='rn'>{row}</td><td class='top'>{nr}</td>"
                 f"<td class='wrap'>{E(goal_text[g])}</td><td class='wrap'>{E(text)}</td>"
                 f"<td class='top'>{E(who)}</td><td class='top'>{E(when or '')}</td>"
                 f"<td class='{cls}'>{E(cost)}</td></tr>")
    row += 1
    p.append(f"<tr><td class='rn'>{row}</td>" + "<td>&#160;</td>" * 6 + "</tr>")
    for text in (NB_LEGEND, NB_NOTE):
        row += 1
        p.append(f"<tr><td class='rn'>{row}</td><td></td><td class='legend' colspan='5'>{E(text)}</td></tr>")
    p.append("</tbody></table></body></html>")
    src = d / f"{slug}.html"
    src.write_text("".join(p), encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf)
    return plan, pdf


# =========================================================================== 2 English plan on a page (reportlab)

EN_SLUG = "night-time-economy-on-a-page-en"
EN_VISION = ("By 2030 Larkhaven town centre is a safe, welcoming and lively place to spend an evening, for people of "
             "every age and background.")
EN_GOALS = [
    ("G1", "People are safe and feel safe in the town centre in the evening and at night", "#8c2d4f"),
    ("G2", "The town centre offers more to do in the evening for people of all ages", "#2d6a8c"),
    ("G3", "The town centre is clean, easy to reach and easy to get home from at night", "#3f7a3a"),
]
# (id, nr, text, goal, bracket as printed or None, owners, quarter as printed or None, kind, note)
EN_ROWS = [
    ("A1", "", "Train door and bar staff in all licensed venues to spot and help vulnerable people", "G1", "LIC",
     ["LIC"], "Q2 2027", "period", "owner by initials (Key: Licensing Team)"),
    ("A2", "", "Extend CCTV coverage to Quay Street and the bus station", "G1", "CSP", ["CSP"], "Q4 2027",
     "period", "owner by initials (Key: Community Safety Partnership)"),
    ("A3", "", "Run a Safe Haven with volunteer street pastors on Friday and Saturday nights", "G1",
     "CSP and Larkhaven Street Pastors", ["CSP", "Larkhaven Street Pastors"], "Ongoing", "continuous",
     "two owners; continuous"),
    ("A4", "", "Publish a night safety charter for women and girls and ask every venue to sign it", "G1", None,
     [], "Q1 2028", "period", "no bracket: no owner"),
    ("A5", "", "Keep the Central Library open until 9 pm on Thursdays with events for families", "G2",
     "Head of Libraries", ["Head of Libraries"], "Q3 2027", "period", "owner by role"),
    ("A6", "", "Hold a late-night market in Market Square on the last Friday of each month", "G2", "TCM", ["TCM"],
     "Every summer", "recurring", "owner by initials (Key: Town Centre Manager); recurring"),
    ("A7", "", "Give small grants to cafés and venues that run alcohol-free evening events", "G2",
     "Economic Development", ["Economic Development"], "Q1 2028", "period", ""),
    ("A8", "", "Light the Old Harbour walls and the museum front with a permanent lighting scheme", "G2",
     "Head of Culture", ["Head of Culture"], None, None, "no quarter: no deadline"),
    ("A9", "", "Run a late-night bus from the town centre to Eastfield and Brockley", "G3",
     "Transport Planning and Larkhaven Buses", ["Transport Planning", "Larkhaven Buses"], "Q3 2028", "period",
     "two owners"),
    ("A10", "", "Add evening street cleaning on Friday and Saturday nights", "G3", "Street Scene", ["Street Scene"],
     "Q2 2027", "period", ""),
    ("A11", "", "Open a marshalled taxi rank at Market Square", "G3", "LIC", ["LIC"], "Q4 2028", "period", ""),
    ("A12", "", "Ask every town centre business to sign the Clean Streets pledge", "G3", "All partners",
     ["All partners"], "Q4 2029", "period", "'All partners' diffuse"),
    ("A13", "", "Evaluate the plan with residents and businesses and agree the next one", "G3", "TCM", ["TCM"],
     "Q1 2031", "period", "'Q1 2031' after the plan period 2027–2030"),
]
EN_KEY = [
    "(…) lead officer or team; initials: LIC = Licensing Team, CSP = Community Safety Partnership, "
    "TCM = Town Centre Manager",
    "Q1 = January–March, Q2 = April–June, Q3 = July–September, Q4 = October–December (calendar years)",
    "Ongoing = throughout the life of the plan",
]
EN_INDICATORS = [
    ["Indicator", "Baseline 2026", "Where we want to be by 2030", "Source"],
    ["Residents who feel safe in the town centre after dark", "48%", "65%", "Residents' Survey"],
    ["Violent incidents in the town centre, Friday and Saturday 6 pm–4 am", "412 a year", "20% fewer",
     "Police data"],
    ["Visitors to the town centre between 6 pm and midnight", "5,900 a week", "7,500 a week", "Footfall counters"],
    ["Evening events in council venues", "38 a year", "80 a year", "Council booking system"],
    ["Licensed venues with trained door and bar staff", "30%", "100%", "Licensing Team"],
    ["People who rate the town centre as clean at night", "41%", "60%", "Residents' Survey"],
]
EN_TEXT = {
    "intro": "These are the signs that will tell us the plan is working. They describe the change we want to see "
             "in the town centre; the actions on page 1 are how we will get there.",
    "report": [
        "The Town Centre Partnership Board checks progress against the actions every quarter. Each lead reports "
        "what has been done and what is delayed.",
        "We publish the indicators once a year, in September, on the council's website and present them to the "
        "Overview and Scrutiny Committee.",
    ],
    "partners": "Larkhaven Borough Council, Coastshire Police, Larkhaven Business Improvement District, Larkhaven "
                "Street Pastors, Larkhaven Buses, the Pubwatch scheme and the Youth Council.",
    "national": "The Government's Violence Against Women and Girls Strategy sets the national aim that women and "
                "girls should be safe everywhere, at home, online, at work and in public spaces. This plan "
                "contributes to that aim.",
}


@plan_builder
def build_night_time_economy_on_a_page_en() -> tuple[Plan, Path]:
    """English plan on a page (reportlab canvas): one landscape page with a vision band, three goal columns with
    coloured headers, bullets '<action> (<lead>) – <quarter>' and a Key box; a portrait page of indicators."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import Paragraph, Table, TableStyle

    slug = EN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="en", title="Evening and Night-Time Economy Plan 2027–2030", period=(2027, 2030),
        goals=[G(g, t) for g, t, _c in EN_GOALS], measures=mb37._rows(EN_ROWS, 2030), source_ext="pdf",
        vision=EN_VISION,
        notes="""
reportlab canvas (Liberation Sans), Larkhaven Borough Council, a PLAN ON A PAGE. Page 1 A4 LANDSCAPE: council
name and title at the top, 'PLAN ON A PAGE' tag right; a dark VISION BAND across the page ('Our vision' + the
sentence: the vision, no goal); three GOAL COLUMNS side by side, each under a coloured header box 'GOAL n' + the
goal sentence in white (the GOALS, without 'GOAL n'), then 'What we will do' and bullets '<action> (<lead>) –
<quarter>' (MEASURES = the text before the bracket, linked to the goal of their column); a small 'Key' box at the
bottom explains the initials, the quarters and 'Ongoing'; footer 'Adopted by Cabinet …' and 'Page 1 of 2'. Page
2 A4 PORTRAIT: 'How we will measure success' with a table 'Indicator | Baseline 2026 | Where we want to be by 2030
| Source' (indicators with targets for 2030: not measures, no deadlines), 'How we will report progress', the
national VAWG aim (a 'should' sentence: a trap, no goal) and the partner list (partners, not owners). Gold:
OWNERS = the bracket AS PRINTED: initials as printed ('LIC', 'CSP', 'TCM'; the Key's expansions are not the gold
text), roles and teams ('Head of Libraries', 'Head of Culture', 'Economic Development', 'Street Scene'), 'CSP and
Larkhaven Street Pastors', 'Transport Planning and Larkhaven Buses' two each, 'All partners' diffuse, a bullet
with no bracket = none. DEADLINE = the quarter after the dash ('Q2 2027' … 'Q4 2029' periods; 'Ongoing'
continuous; 'Every summer' recurring; 'Q1 2031' after 2027–2030; a bullet with no dash part = none).
""")
    f = bk.reportlab_fonts("LS")
    reg, bold, ital = f["normal"], f["bold"], f["italic"]
    ink = colors.HexColor("#1d1d1b")
    dark = colors.HexColor("#23303f")
    grey = colors.HexColor("#5a5a5a")
    pdf = d / f"{slug}.pdf"
    c = rl_canvas.Canvas(str(pdf), pagesize=landscape(A4), invariant=1)
    c.setTitle(plan.title)
    c.setAuthor("Larkhaven Borough Council")
    W, H = landscape(A4)
    m = 14 * mm

    def para(text, style, x, y_top, width):
        """Draw a Paragraph with its top at Y_TOP; returns the y of its bottom."""
        pp = Paragraph(text, style)
        _w, h = pp.wrap(width, 1000)
        pp.drawOn(c, x, y_top - h)
        return y_top - h

    c.setFont(reg, 9)
    c.setFillColor(grey)
    c.drawString(m, H - 13 * mm, "Larkhaven Borough Council")
    c.setFont(bold, 19)
    c.setFillColor(dark)
    c.drawString(m, H - 21 * mm, plan.title)
    c.setFillColor(colors.HexColor("#e0a526"))
    c.roundRect(W - m - 38 * mm, H - 22 * mm, 38 * mm, 9 * mm, 2 * mm, stroke=0, fill=1)
    c.setFillColor(dark)
    c.setFont(bold, 10)
    c.drawCentredString(W - m - 19 * mm, H - 19 * mm, "PLAN ON A PAGE")
    # vision band
    band_top = H - 26 * mm
    vst = ParagraphStyle("v", fontName=reg, fontSize=12, leading=15.5, textColor=colors.white)
    pv = Paragraph(f"<font name='{bold}'>Our vision</font>   {E(EN_VISION)}", vst)
    _w, vh = pv.wrap(W - 2 * m - 12 * mm, 200)
    c.setFillColor(dark)
    c.rect(m, band_top - vh - 8 * mm, W - 2 * m, vh + 8 * mm, stroke=0, fill=1)
    pv.drawOn(c, m + 6 * mm, band_top - 4 * mm - vh)
    # goal columns
    gap = 5 * mm
    colw = (W - 2 * m - 2 * gap) / 3
    top = band_top - vh - 8 * mm - 5 * mm
    lab = ParagraphStyle("l", fontName=bold, fontSize=8.5, leading=10, textColor=colors.white)
    gst = ParagraphStyle("g", fontName=bold, fontSize=12.5, leading=15.5, textColor=colors.white)
    sub = ParagraphStyle("s", fontName=bold, fontSize=8.5, leading=11, textColor=grey)
    bst = ParagraphStyle("b", fontName=reg, fontSize=10.5, leading=13.6, textColor=ink, leftIndent=9,
                         bulletIndent=0, bulletFontName=reg, spaceBefore=0)
    for k, (g, gt, colour) in enumerate(EN_GOALS):
        x = m + k * (colw + gap)
        pg = Paragraph(E(gt), gst)
        _w, gh = pg.wrap(colw - 8 * mm, 200)
        hh = gh + 14 * mm
        c.setFillColor(colors.HexColor(colour))
        c.rect(x, top - hh, colw, hh, stroke=0, fill=1)
        para(f"GOAL {k + 1}", lab, x + 4 * mm, top - 3 * mm, colw - 8 * mm)
        pg.drawOn(c, x + 4 * mm, top - 8.5 * mm - gh)
        y = top - hh - 3.5 * mm
        y = para("WHAT WE WILL DO", sub, x + 1 * mm, y, colw - 2 * mm) - 1.5 * mm
        for _id, _nr, text, gg, who, _o, when, _kk, _n in EN_ROWS:
            if gg != g:
                continue
            tail = (f" ({E(who)})" if who else "") + (f" – <font name='{bold}'>{E(when)}</font>" if when else "")
            pb = Paragraph(E(text) + tail, bst, bulletText="•")
            _w, bh = pb.wrap(colw - 2 * mm, 500)
            pb.drawOn(c, x + 1 * mm, y - bh)
            y -= bh + 3.6 * mm
        c.setStrokeColor(colors.HexColor(colour))
        c.setLineWidth(0.8)
        c.line(x, y + 1 * mm, x + colw, y + 1 * mm)
    # key box
    kst = ParagraphStyle("k", fontName=reg, fontSize=7.5, leading=9.5, textColor=ink)
    ktext = f"<font name='{bold}'>Key</font><br/>" + "<br/>".join(E(t) for t in EN_KEY)
    pk = Paragraph(ktext, kst)
    kw = 150 * mm
    _w, kh = pk.wrap(kw - 6 * mm, 200)
    ky = 13 * mm
    c.setStrokeColor(grey)
    c.setLineWidth(0.6)
    c.setFillColor(colors.HexColor("#f4f1ea"))
    c.rect(W - m - kw, ky, kw, kh + 5 * mm, stroke=1, fill=1)
    pk.drawOn(c, W - m - kw + 3 * mm, ky + 2.5 * mm)
    c.setFont(reg, 7.5)
    c.setFillColor(grey)
    c.drawString(m, ky + 2 * mm, "Adopted by Cabinet on 25 November 2026 · Place and Economy Directorate")
    c.drawString(m, ky - 3.5 * mm, "Page 1 of 2")
    c.showPage()
    # page 2 portrait
    c.setPageSize(A4)
    W2, H2 = A4
    m2 = 20 * mm
    c.setFont(reg, 8.5)
    c.setFillColor(grey)
    c.drawString(m2, H2 - 13 * mm, "Larkhaven Borough Council · " + plan.title)
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=17, leading=21, textColor=dark)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=11.5, leading=15, textColor=dark)
    body = ParagraphStyle("p", fontName=reg, fontSize=10, leading=13.5, textColor=ink)
    cell = ParagraphStyle("c", fontName=reg, fontSize=9, leading=11.5, textColor=ink)
    cellh = ParagraphStyle("ch", parent=cell, fontName=bold, textColor=colors.white)
    tw = W2 - 2 * m2
    y = H2 - 24 * mm
    y = para("How we will measure success", h1, m2, y, tw) - 4 * mm
    y = para(E(EN_TEXT["intro"]), body, m2, y, tw) - 5 * mm
    t = Table([[Paragraph(E(v), cellh if i == 0 else cell) for v in r] for i, r in enumerate(EN_INDICATORS)],
              colWidths=[70 * mm, 27 * mm, 40 * mm, tw - 137 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), dark),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef1f4")]),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#b7c0ca")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    _w, th = t.wrap(tw, 1000)
    t.drawOn(c, m2, y - th)
    y -= th + 8 * mm
    y = para("How we will report progress", h2, m2, y, tw) - 2 * mm
    for tx in EN_TEXT["report"]:
        y = para(E(tx), body, m2, y, tw) - 2.5 * mm
    y = para("The national picture", h2, m2, y - 3 * mm, tw) - 2 * mm
    y = para(E(EN_TEXT["national"]), body, m2, y, tw) - 2.5 * mm
    y = para("Our partners", h2, m2, y - 3 * mm, tw) - 2 * mm
    y = para(E(EN_TEXT["partners"]), body, m2, y, tw) - 2.5 * mm
    para("Contact: nighttime@larkhaven.gov.uk · Town Centre Manager, Larkhaven Borough Council, Harbour Road, "
         "Larkhaven", ParagraphStyle("ct", parent=body, fontName=ital, fontSize=9), m2, y - 4 * mm, tw)
    c.setFont(reg, 7.5)
    c.setFillColor(grey)
    c.drawString(m2, 12 * mm, "Page 2 of 2")
    c.showPage()
    c.save()
    _gold(plan, pdf)
    return plan, pdf


# =========================================================================== 3 Swedish level-3 headings (python-docx)

SV_SLUG = "laddinfra-rubrikniva3-sv"
SV_GOALS = [
    ("G1", "Alla invånare ska ha nära till en publik laddplats"),
    ("G2", "Boende i flerbostadshus ska kunna ladda bilen där de bor"),
    ("G3", "Kommunens egna fordon ska drivas med el"),
    ("G4", "Laddplatserna ska vara tillgängliga, säkra och enkla att betala"),
    ("G5", "Det ska finnas laddning för tunga fordon i Lönnby"),
]
# (id, nr, heading text, goal, Ansvarig as printed or None (no table), owners, Klart as printed or None, kind,
#  note, paragraph, table header of the Klart column)
SV_ROWS = [
    ("A2.1.1", "2.1.1", "Bygga publika laddplatser vid kommunens pendlarparkeringar", "G1", "Tekniska förvaltningen",
     ["Tekniska förvaltningen"], "2028", "period", "",
     "Laddplatser byggs vid pendlarparkeringarna i Lönnby centrum, Åsen och Västerby, totalt minst 40 platser.",
     "Klart"),
    ("A2.1.2", "2.1.2", "Upplåta kommunal mark för snabbladdning vid infarterna till tätorten", "G1",
     "Mark- och exploateringsenheten", ["Mark- och exploateringsenheten"], "2029", "period",
     "one owner (one unit named with 'och')",
     "Kommunen markanvisar två tomter vid väg 56 och vid Norra infarten till privata aktörer som bygger och driver "
     "snabbladdare.", "Klart"),
    ("A2.1.3", "2.1.3", "Visa alla publika laddplatser på en karta på kommunens webbplats", "G1",
     "Kommunikationsavdelningen", ["Kommunikationsavdelningen"], "Hösten 2027", "period", "",
     "Kartan hämtar uppgifter från det nationella registret över laddplatser och uppdateras automatiskt.",
     "Klart"),
    ("A2.2.1", "2.2.1", "Erbjuda rådgivning om laddning till bostadsrättsföreningar och fastighetsägare", "G2",
     "Energi- och klimatrådgivningen", ["Energi- och klimatrådgivningen"], "Löpande", "continuous",
     "one owner (named with 'och'); continuous",
     "Rådgivningen omfattar teknik, elnät, upphandling och möjligheten att söka bidrag för laddpunkter.", "Klart"),
    ("A2.2.2", "2.2.2", "Ställa krav på förberedelse för laddning i nya detaljplaner", "G2", None, [], None, None,
     "no 'Ansvarig | Klart' table under this measure: no owner, no deadline",
     "Vid nya detaljplaner för flerbostadshus ska parkeringen förberedas med tomrör och kapacitet i elnätet så att "
     "laddplatser kan byggas senare."),
    ("A2.2.3", "2.2.3", "Installera laddplatser vid Lönnbyhems hyreshus", "G2", "Lönnbyhem AB", ["Lönnbyhem AB"],
     "2030", "period", "",
     "Det kommunala bostadsbolaget installerar laddplatser på sina parkeringar i takt med att hyresgästerna "
     "efterfrågar dem.", "Klart senast"),
    ("A2.3.1", "2.3.1", "Installera laddplatser för kommunens bilar vid alla förvaltningsbyggnader", "G3",
     "Fastighetsavdelningen och Tekniska förvaltningen", ["Fastighetsavdelningen", "Tekniska förvaltningen"],
     "2028-06-30", "date", "two owners joined by 'och'; ISO date",
     "Varje förvaltningsbyggnad får minst så många laddplatser som det finns tjänstebilar stationerade där.",
     "Klart"),
    ("A2.3.2", "2.3.2", "Byta ut kommunens bensin- och dieselbilar mot elbilar när leasingavtalen löper ut", "G3",
     "Alla förvaltningar", ["Alla förvaltningar"], "2030", "period", "'Alla förvaltningar' diffuse",
     "Undantag kan göras för fordon där det ännu inte finns någon elbil som uppfyller verksamhetens krav.",
     "Klart"),
    ("A2.3.3", "2.3.3", "Följa upp hur mycket kommunens laddplatser används", "G3", "Tekniska förvaltningen",
     ["Tekniska förvaltningen"], "Årligen", "recurring", "recurring",
     "Uppföljningen redovisas i kommunens miljöbokslut.", "Klart"),
    ("A2.4.1", "2.4.1", "Ta fram riktlinjer för tillgängliga laddplatser för personer med funktionsnedsättning", "G4",
     "", [], "2028", "period", "table present but the Ansvarig cell empty: no owner",
     "Riktlinjerna ska gälla både kommunens egna och upplåtna laddplatser och tas fram tillsammans med "
     "funktionsrättsorganisationerna.", "Klart"),
    ("A2.4.2", "2.4.2", "Se över avgifterna för laddning på kommunens publika laddplatser", "G4",
     "Kommunstyrelsen", ["Kommunstyrelsen"], "2031", "period", "'2031' after the plan period 2027–2030",
     "Avgiften ska täcka kostnaderna och vara lätt att förstå. Det ska gå att betala med kort utan app.",
     "Klart senast"),
]
SV_TEXT = {
    "1 Inledning": [
        "Allt fler i Lönnby kör elbil. Vid årsskiftet 2025/26 fanns 1 240 laddbara personbilar i kommunen, nästan "
        "tre gånger så många som 2022. Samtidigt finns det bara 26 publika laddpunkter, och de flesta ligger i "
        "centralorten.",
        "Den här handlingsplanen beskriver vad Lönnby kommun ska göra under 2027–2030 för att det ska bli enkelt "
        "att ladda för alla som bor i, arbetar i eller besöker kommunen. Planen har tagits fram av "
        "samhällsbyggnadsförvaltningen tillsammans med Lönnbyhem AB och Lönnby Energi.",
    ],
    "1.1 Bakgrund": [
        "Sveriges riksdag har beslutat att utsläppen av växthusgaser från inrikes transporter ska minska med minst "
        "70 procent till år 2030 jämfört med 2010. Det nationella målet är inte ett mål i den här planen, men "
        "planen bidrar till det.",
        "Kommunens miljöprogram anger att Lönnby ska vara en fossilfri kommun 2035. Laddinfrastruktur är en av "
        "förutsättningarna för det.",
    ],
    "1.2 Så är planen uppbyggd": [
        "Kapitel 2 innehåller planens mål (2.1–2.5) och under varje mål de åtgärder som ska genomföras (2.1.1, "
        "2.1.2 och så vidare). Efter varje åtgärd anges vem som är ansvarig och när åtgärden ska vara klar.",
    ],
    "G5": "Åtgärder för tunga fordon tas fram tillsammans med Trafikverket, regionen och de lokala åkerierna. "
          "Arbetet påbörjas under 2027 och redovisas vid revideringen av planen.",
    "3 Uppföljning": [
        "Samhällsbyggnadsförvaltningen samordnar arbetet och rapporterar hur åtgärderna går till kommunstyrelsen "
        "en gång per år. Planen revideras 2029.",
    ],
}


@plan_builder
def build_laddinfra_rubrikniva3_sv() -> tuple[Plan, Path]:
    """Swedish handlingsplan (python-docx → LibreOffice): goals as level-2 headings '2.n <mål>', measures as
    level-3 headings '2.n.k <åtgärd>', each followed by a paragraph and a two-row table 'Ansvarig | Klart'
    ('Klart senast' in two of them); one measure has no table, one goal has no measure."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    slug = SV_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="sv", title="Handlingsplan för laddinfrastruktur 2027–2030", period=(2027, 2030),
        goals=[G(g, t) for g, t in SV_GOALS], measures=mb37._rows(SV_ROWS, 2030), source_ext="docx",
        notes="""
python-docx → LibreOffice Writer (Liberation Sans 10.5 pt, headings in dark green, numbers typed in the heading
text), A4 portrait, Lönnby kommun. Header 'Lönnby kommun · Handlingsplan för laddinfrastruktur 2027–2030' over a
rule, footer 'Sida n' centred. Title block on p. 1, then 1 Inledning, 1.1 Bakgrund (the national transport goal
'ska minska med minst 70 procent till år 2030' and the municipal miljöprogram's 'fossilfri kommun 2035': traps, no
goals), 1.2 Så är planen uppbyggd (explains the numbering). 2 Mål och åtgärder: each GOAL is a LEVEL-2 HEADING
'2.n <sentence>' (without the number); each MEASURE is a LEVEL-3 HEADING '2.n.k <text>' (without the number,
linked to the goal 2.n of its prefix), followed by a short paragraph and a tiny two-row table 'Ansvarig | Klart'
(header row shaded; 'Ansvarig | Klart senast' under 2.2.3 and 2.4.2). 2.2.2 has NO table (no owner, no deadline);
2.4.1's table has an empty Ansvarig cell. 2.5 (heavy vehicles) is a goal heading followed by a paragraph only
(names 2027 for starting the work: not a measure, no deadline): goal-has-measure. 3 Uppföljning. Gold: OWNERS =
the Ansvarig cell ('Fastighetsavdelningen och Tekniska förvaltningen' two; 'Mark- och exploateringsenheten',
'Energi- och klimatrådgivningen' ONE each; 'Lönnbyhem AB', 'Kommunstyrelsen', 'Tekniska förvaltningen',
'Kommunikationsavdelningen' one each; 'Alla förvaltningar' diffuse; empty cell or no table = none). DEADLINE =
the Klart / Klart senast cell ('2028', '2029', '2030', 'Hösten 2027' periods; '2028-06-30' date; 'Löpande'
continuous; 'Årligen' recurring; '2031' after 2027–2030; no table = none).
""")
    green = "1E5B3A"
    doc = dh.new_document(font="Liberation Sans", size=10.5, margins_mm=24, heading_color=green)
    mb.docx_lang(doc, "sv-SE")
    for lvl, size in ((1, 15), (2, 12.5), (3, 11)):
        st = doc.styles[f"Heading {lvl}"]
        st.font.size = Pt(size)
    doc.styles["Heading 3"].font.color.rgb = None
    sec = doc.sections[0]
    dh.ruled_header(sec, "Lönnby kommun · Handlingsplan för laddinfrastruktur 2027–2030", size=8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Sida ").font.size = Pt(8.5)
    dh.add_field(fp, "PAGE", "1", size=8.5)
    dh.para(doc, "LÖNNBY KOMMUN", size=10, bold=True, color=green, space_after=4)
    dh.para(doc, plan.title, size=20, bold=True, color=green, space_after=4)
    dh.para(doc, "Antagen av kommunfullmäktige 2026-11-24, § 141 · Dnr KS 2026/318", size=9, italic=True,
            space_after=14)
    for h in ("1 Inledning", "1.1 Bakgrund", "1.2 Så är planen uppbyggd"):
        dh.heading(doc, h, 1 if h == "1 Inledning" else 2)
        for t in SV_TEXT[h]:
            dh.para(doc, t, space_after=6)
    dh.heading(doc, "2 Mål och åtgärder", 1)
    w = [95, 50]
    for gi, (g, gt) in enumerate(SV_GOALS, 1):
        dh.heading(doc, f"2.{gi} {gt}", 2)
        rows = [r for r in SV_ROWS if r[3] == g]
        if not rows:
            dh.para(doc, SV_TEXT[g], space_after=6)
        for _id, nr, text, _g, who, _o, when, _k, _n, body, *rest in rows:
            dh.heading(doc, f"{nr} {text}", 3)
            pp = dh.para(doc, body, space_after=4)
            if who is None:
                pp.paragraph_format.space_after = Pt(8)
                continue
            pp.paragraph_format.keep_with_next = True
            t = dh.new_table(doc, w)
            hr = dh.add_row(t, ["Ansvarig", rest[0]], w, size=9.5, bold=True, fill="E3EEE6", keep_with_next=True)
            dh.set_cant_split(hr)
            dh.set_cant_split(dh.add_row(t, [who, when or ""], w, size=10))
            dh.set_table_borders(t, color="9DB5A5", sz=4)
            dh.para(doc, "", space_after=2, size=4)
    dh.heading(doc, "3 Uppföljning", 1)
    for t in SV_TEXT["3 Uppföljning"]:
        dh.para(doc, t, space_after=6)
    dh.set_core_properties(doc, title=plan.title, author="Lönnby kommun")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf)
    return plan, pdf


# =========================================================================== 4 nynorsk tab-leader lines (odfpy)

NN_SLUG = "laerlingar-tabulatorleiar-nn"
NN_GOALS = [
    ("G1", "Heggdal kommune skal ta inn minst 20 nye lærlingar kvart år"),
    ("G2", "Lærlingane skal få god oppfølging og fullføre med fagbrev"),
    ("G3", "Fleire ungdomar og vaksne skal velje yrkesfag og få læreplass i kommunen"),
    ("G4", "Lærlingane skal få arbeid i kommunen etter fagbrevet"),
]
# (id, nr, text, goal, Ansvarleg as printed ('' = leader runs on), owners, Frist as printed or None, kind, note)
NN_ROWS = [
    ("L1", "", "Kartleggje behovet for fagarbeidarar i alle einingar fram mot 2035", "G1", "Personal",
     ["Personal"], "2027", "period", "'fram mot 2035' is part of the text, not the deadline"),
    ("L2", "", "Lyse ut læreplassar i helsearbeidarfaget", "G1",
     "Personal og Opplæringskontoret", ["Personal", "Opplæringskontoret"], "kvar vår", "recurring",
     "two owners (a unit and the county's training office); recurring"),
    ("L3", "", "Ta inn lærlingar i IKT-servicefaget", "G1", "IKT", ["IKT"], "2028", "period", ""),
    ("L4", "", "Gje alle instruktørar kurs i rettleiing av lærlingar", "G2", "Opplæringskontoret",
     ["Opplæringskontoret"], "haust 2027", "period", ""),
    ("L5", "", "Innføre faste samtalar med kvar lærling kvart halvår, med plan for vidare opplæring og oppfølging "
     "av fråvær", "G2", "", [], "2027", "period",
     "wraps onto a second line; no owner: the leader runs on from the text to the year"),
    ("L6", "", "Ta i bruk digital opplæringsbok for alle lærlingane", "G2", "Opplæringskontoret",
     ["Opplæringskontoret"], None, None, "the line ends after the owner: no deadline"),
    ("L7", "", "Halde yrkesmesse for elevane på 9. og 10. trinn saman med Heggdal vidaregåande skule og "
     "næringslivet i kommunen", "G3", "Oppvekst", ["Oppvekst"], "årleg", "recurring",
     "wraps onto a second line; recurring"),
    ("L8", "", "Tilby praksisplassar for elevar i arbeidslivsfag", "G3", "Alle einingsleiarar",
     ["Alle einingsleiarar"], "løpande", "continuous", "'Alle einingsleiarar' diffuse; continuous"),
    ("L9", "", "Gje tilsette utan fagbrev tilbod om fagbrev på jobb", "G3", "Personal", ["Personal"], "2028",
     "period", ""),
    ("L10", "", "Tilby nye helsefagarbeidarar fast stilling i heiltid", "G4",
     "Helse og omsorg", ["Helse og omsorg"], "2028", "period", "one owner (one unit named with 'og')"),
    ("L11", "", "Innføre fast rutine for å tilby stilling til lærlingar som har fått fagbrev", "G4", "Personal",
     ["Personal"], "2029", "period", ""),
    ("L12", "", "Evaluere planen og leggje fram ny handlingsplan for lærlingar", "G4", "Personal", ["Personal"],
     "2031", "period", "'2031' after the plan period 2027–2030"),
]
NN_LEFTOVER = "[set inn saksnummer]"
NN_TEXT = {
    "1 Innleiing": [
        "Heggdal kommune treng fleire fagarbeidarar dei neste åra, særleg i helse og omsorg, i barnehagane og i "
        "teknisk drift. Lærlingar er den viktigaste vegen til fagarbeidarar som bur i kommunen og blir verande.",
        "Handlingsplanen viser kva kommunen skal gjere i perioden 2027–2030 for å ta inn fleire lærlingar, gje "
        "dei god oppfølging og tilby dei arbeid etter fagbrevet. Planen er laga av personalavdelinga saman med "
        "Opplæringskontoret for offentleg sektor, dei tillitsvalde og ungdomsrådet.",
    ],
    "2 Lærlingar i Heggdal": [
        "Hausten 2026 hadde kommunen 14 lærlingar i seks fag. Kvart år søkjer om lag 30 ungdomar læreplass i "
        "kommunen. Fire av fem lærlingar som fullførte dei siste tre åra, fekk arbeid i kommunen.",
        "Regjeringa og partane i arbeidslivet har i samfunnskontrakten for fleire læreplassar som mål at alle "
        "kvalifiserte søkjarar skal få læreplass. Det nasjonale målet er ikkje eit mål i denne planen, men "
        "planen byggjer opp under det.",
    ],
    "done": [
        "– Lærlingkoordinator i 40 prosent stilling frå 2024",
        "– Eigen lærlingdag med tur og fagleg program kvar haust",
        "– Sju lærlingar i barne- og ungdomsarbeidarfaget tok fagbrev i 2025",
    ],
    "3 Mål og tiltak": [
        "Nedanfor står dei fire måla med feit skrift og tiltaka under kvart mål. Til høgre for kvart tiltak står "
        "eininga som har ansvaret og året tiltaket skal vere gjennomført.",
    ],
    "4 Oppfølging": [
        "Personalsjefen følgjer opp planen og rapporterer til administrasjonsutvalet kvar haust. Planen blir "
        "rullert saman med økonomiplanen.",
    ],
}


@plan_builder
def build_laerlingar_tabulatorleiar_nn() -> tuple[Plan, Path]:
    """Nynorsk handlingsplan (odfpy → LibreOffice): goals as bold lines, measures as lines with the owner and
    the year at right-aligned tab stops with dotted leaders, like a table of contents; two measures wrap onto a
    second line before the leader; one leader runs on without an owner, one line stops after the owner."""
    slug = NN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="nn", title="Handlingsplan for lærlingar 2027–2030", period=(2027, 2030),
        goals=[G(g, t) for g, t in NN_GOALS], measures=mb37._rows(NN_ROWS, 2030), source_ext="odt",
        notes="""
odfpy → LibreOffice Writer (Liberation Serif 11 pt body, Liberation Sans headings), A4 portrait, Heggdal kommune.
Header 'Heggdal kommune' over the page, footer 'Side n'. Title, a line 'Vedteken i kommunestyret 10.12.2026,
sak [set inn saksnummer]' (an EDITORIAL LEFTOVER, quote '[set inn saksnummer]'), 1 Innleiing, 2 Lærlingar i
Heggdal (facts; the national samfunnskontrakt's 'alle kvalifiserte søkjarar skal få læreplass': a trap, no goal;
'Dette har vi fått til 2023–2026', lines of what was done last period: no measures),
3 Mål og tiltak: a lead-in, an italic column line 'Tiltak … Ansvarleg … Frist' at the same tab stops (no
leaders), then for each goal a BOLD LINE (the GOALS, no label, no number) and under it the measures as
TAB-LEADER LINES like a table of contents: '<tiltak> <TAB> <ansvarleg> <TAB> <år>' with two RIGHT-ALIGNED tab
stops (12.5 and 16.4 cm from the 0.5 cm indent) filled with DOTTED LEADERS (MEASURES = the text before the first
leader, linked to the bold goal line above). Two measures (L5, L7) wrap onto a second line before the leader.
The fourth goal line and its measures open p. 2 (the column line is not repeated). 4 Oppfølging. Gold: OWNERS = the text between the leaders ('Personal og Opplæringskontoret' two; 'Helse og omsorg'
ONE unit; 'Personal', 'IKT', 'Oppvekst', 'Opplæringskontoret' one each; 'Alle einingsleiarar' diffuse; L5's
leader runs on from the text to the year with no owner between = none). DEADLINE = the text at the right margin
('2027', '2028', '2029', 'haust 2027' periods; 'løpande' continuous; 'kvar vår', 'årleg' recurring; '2031' after
2027–2030; L6's line stops after the owner = none). 'fram mot 2035' in L1's text is not its deadline.
""")
    o = mb.Odt(font="Liberation Serif", size=11, lang="nn", header="Heggdal kommune · Handlingsplan for lærlingar "
               "2027–2030", footer_text="Side", margin_cm=2.0)
    o.style("Sub", size=10, italic=True, after=0.5)
    o.style("Goal", size=11, bold=True, before=0.35, after=0.12, keep=True)
    tabs = [(12.5, "right", "."), (16.4, "right", ".")]
    meas = bk.odt_tab_style(o.doc, "NNTiltak", tabs=tabs, font="Liberation Serif", size=11, indent_cm=0.5,
                            after_cm=0.12)
    colh = bk.odt_tab_style(o.doc, "NNKolonne", tabs=[(p, k, "") for p, k, _l in tabs], font="Liberation Serif",
                            size=10, indent_cm=0.5, before_cm=0.2, after_cm=0.05, italic=True, keep_with_next=True)
    o.p(plan.title, "Title")
    o.p(f"Vedteken i kommunestyret 10.12.2026, sak {NN_LEFTOVER}", "Sub")
    for h in ("1 Innleiing", "2 Lærlingar i Heggdal", "3 Mål og tiltak"):
        o.h(h, 1)
        for t in NN_TEXT[h]:
            o.p(t)
        if h.startswith("2 "):
            o.h("Dette har vi fått til 2023–2026", 2)
            for t in NN_TEXT["done"]:
                o.p(t)
    bk.odt_tab_paragraph(o.doc.text, colh, ["Tiltak", "Ansvarleg", "Frist"])
    for g, gt in NN_GOALS:
        o.p(gt, "Goal")
        for _id, _nr, text, gg, who, _o, when, _k, _n in NN_ROWS:
            if gg != g:
                continue
            bk.odt_tab_paragraph(o.doc.text, meas, [text, who] + ([when] if when else []))
    o.h("4 Oppfølging", 1)
    for t in NN_TEXT["4 Oppfølging"]:
        o.p(t)
    src = d / f"{slug}.odt"
    o.save(src, title=plan.title, author="Heggdal kommune")
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, leftovers=(NN_LEFTOVER,))
    return plan, pdf


# =========================================================================== checks


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page) and batch 34's whole-text check on content order."""
    return mb3.verify(slug) + mb34._whole_text_raw(slug)


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify, patterns=PATTERNS)


if __name__ == "__main__":
    main(sys.argv[1:])
