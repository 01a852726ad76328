"""Build the twenty-third batch of blind authored plans (corpora/authored/<slug>/), in layouts not yet in
the corpus: a Danish plan kept in a SPREADSHEET too wide for the page, so Calc prints its columns CUT
ACROSS PAGES (Nr | Indsats | Ansvarlig on p. 1, Hvornår | Status | Bemærkning on p. 2, rows matched only by
position; odfpy .ods → LibreOffice Calc); an English action plan whose year columns hold AMOUNTS (£000)
beside a real 'Target date' column (HTML → Chromium); a nynorsk plan written as a DEEP NUMBERED OUTLINE
1 / 1.1 / 1.1.1 with no role words, the roles given only by depth and a legend (reportlab); a Swedish plan
whose goal text stands ROTATED 90° in the merged left cell of each measure table (python-docx →
LibreOffice).

    python corpora/scripts/make_blind_corpus23.py              # every plan
    python corpora/scripts/make_blind_corpus23.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus23.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus23.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings and gold writer from make_blind_corpus.py,
the spreadsheet writer from make_blind_corpus11.py, the pdftotext check from make_blind_corpus3.py. Gold
files carry `held_out: true` and were committed before plancheck was run on the documents.
"""

from __future__ import annotations

import html as _h
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _docx_helpers as dh  # noqa: E402
import _odf_helpers as oh  # noqa: E402, F401  (loads the odt helpers make_blind_corpus uses)
import blindkit as bk  # noqa: E402
import make_blind_corpus as mb  # noqa: E402
import make_blind_corpus3 as mb3  # noqa: E402
import make_blind_corpus11 as mb11  # noqa: E402
from make_blind_corpus import G, M, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus23.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731


def _gold(plan: Plan, pdf: Path, **kw) -> Path:
    """write_gold with the pages looked up as pdftotext reads them (blindkit.gold_by_pdftotext)."""
    return bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)


def _measures(rows: dict, outside: str, diffuse_prefix: tuple[str, ...]) -> list[M]:
    """rows: {goal id: [(text, owners, deadline, kind, note), …]} → M list, ids M<g>.<k> (g without 'G')."""
    out = []
    for gid, items in rows.items():
        for k, (text, owners, when, kind, note) in enumerate(items, start=1):
            out.append(M(f"M{gid[1:]}.{k}", text, [gid], owners, when or None, kind if when else None,
                         diffuse=tuple(o for o in owners if o.startswith(diffuse_prefix)),
                         outside=(when == outside), note=note))
    return out


# =========================================================================== 1 Danish spreadsheet cut across pages


@plan_builder
def build_indeklima_kolonnesnit_da() -> tuple[Plan, Path]:
    """Danish plan kept in ONE spreadsheet, portrait A4, six columns too wide for the page: Calc prints the
    columns that fit (Nr | Indsats | Ansvarlig) on p. 1 and the rest (Hvornår | Status | Bemærkning) on p. 2,
    with no repeated columns — the rows on p. 2 are matched to their indsats only by position."""
    slug = "indeklima-kolonnesnit-da"
    bu = "Børn og Unge"
    ej = "Ejendomsservice"
    goals_t = [
        "Alle klasselokaler og grupperum skal have et CO2-niveau under 1.000 ppm i mindst 95 % af undervisningstiden",
        "Børn og medarbejdere i daginstitutionerne skal opleve et godt lyd- og lysmiljø",
        "Kommunens bygninger skal vedligeholdes, så fugt og skimmel opdages og udbedres i tide",
    ]
    # (text, owners, Ansvarlig cell, Hvornår, kind, Status, Bemærkning, note)
    rows = {
        "G1": [
            ("Opsætte CO2-målere med trafiklys i alle klasselokaler", [ej], ej, "ultimo 2026", "period", "I gang",
             "Indkøbt via rammeaftale", ""),
            ("Indføre faste udluftningspauser i alle lektioner på mellemtrinnet", ["Alle skoler"], "Alle skoler",
             "løbende", "continuous", "I gang", "", "'Alle skoler' diffuse; 'løbende' continuous"),
            ("Udarbejde en prioriteret plan for mekanisk ventilation på de fem ældste skoler", [ej, bu],
             f"{ej} og {bu}", "primo 2027", "period", "Ikke påbegyndt", "Afventer budget 2027",
             "two owners"),
            ("Etablere mekanisk ventilation på Lyngså Skole og Nørremark Skole", [ej], ej, "2029", "period",
             "Ikke påbegyndt", "Anlægsbevilling søges", "'2029' after 2026–2028"),
        ],
        "G2": [
            ("Gennemføre lydmålinger i alle fællesrum og puderum i daginstitutionerne", ["Arbejdsmiljøorganisationen"],
             "Arbejdsmiljøorganisationen", "medio 2026", "period", "Afsluttet", "Rapport på intranettet", ""),
            ("Opsætte lydabsorberende lofter i de ti rum med den længste efterklangstid", [ej], ej,
             "ultimo 2027", "period", "Ikke påbegyndt", "", ""),
            ("Udskifte lysstofrør med LED-armaturer, der kan dæmpes, i alle grupperum", [], "", "2027", "period",
             "Ikke påbegyndt", "Ansvar afklares", "empty Ansvarlig (the Bemærkning 'Ansvar afklares' on p. 2 says so)"),
            ("Lave en pjece til pædagoger om at skrue ned for støjen i hverdagen", ["Dagtilbudschefen"],
             "Dagtilbudschefen", "", None, "Ikke påbegyndt", "", "empty Hvornår: no deadline"),
        ],
        "G3": [
            ("Gennemgå alle skoler og daginstitutioner for fugt og skimmel med fugtmåler", [ej], ej,
             "hvert efterår", "recurring", "I gang", "Tjekliste fra BUILD", "'hvert efterår' recurring"),
            ("Indføre en digital indberetning, så brugerne kan melde fugt og lugt direkte til driften",
             ["Digitalisering og IT"], "Digitalisering og IT", "1. kvartal 2027", "period",
             "Udskudt til 2028", "", "Status 'Udskudt til 2028' is no deadline: the deadline stays the Hvornår cell"),
            ("Udbedre de skader, der er registreret i vedligeholdelsesplanen med prioritet 1", [ej], ej,
             "ultimo 2028", "period", "I gang", "Ca. 4,2 mio. kr.", ""),
        ],
    }
    goals = [G(f"G{i}", t) for i, t in enumerate(goals_t, start=1)]
    measures = []
    for gid, items in rows.items():
        for k, (text, owners, _cell, when, kind, _st, _bm, note) in enumerate(items, start=1):
            measures.append(M(f"M{gid[1:]}.{k}", text, [gid], owners, when or None, kind if when else None,
                              diffuse=tuple(o for o in owners if o.startswith("Alle ")), outside=when == "2029",
                              note=note))
    plan = Plan(
        slug=slug, language="da", title="Handleplan for bedre indeklima i skoler og daginstitutioner 2026–2028",
        period=(2026, 2028), goals=goals, measures=measures, source_ext="ods",
        notes="""
OpenDocument SPREADSHEET (odfpy .ods, one sheet 'Handleplan') printed by LibreOffice Calc 7.4 on PORTRAIT
A4 with gridlines, page order top to bottom, then right. The sheet has six columns 'Nr | Indsats |
Ansvarlig | Hvornår | Status | Bemærkning' (1.1 + 10.2 + 5.2 + 3.0 + 3.4 + 5.2 cm) — wider than the
printable 18 cm — and NO columns to repeat, so Calc prints COLUMNS A–C ON P. 1 and COLUMNS D–F ON P. 2:
p. 2 is a grid of Hvornår / Status / Bemærkning cells with no Nr and no indsats, and a reader matches its
rows to p. 1 only by position (same row heights, same gridlines; the goal rows are shaded on both
pages). Header 'Lyngså Kommune · Handleplan for bedre indeklima 2026–2028', footer 'Side n'. Rows: title
(B1, wrapped), 'Godkendt i Børne- og Skoleudvalget …', a note in B quoting the building regulations
(BR18: 'skal' … 1.000 ppm — a national requirement, no goal), the header row, then per målsætning a
shaded row 'Nr = 1 | Målsætning 1: <sentence>' (gold goal, without 'Målsætning n:') and its indsatser
'1.1', '1.2' …, and a final note in B explaining primo / medio / ultimo.
Gold: goal link = the målsætning row above. OWNER = Ansvarlig (p. 1); DEADLINE = Hvornår, printed on P. 2
in the same row position (gold page = the measure's page 1; the deadline is on the next page). Status
('I gang', 'Ikke påbegyndt', 'Afsluttet', 'Udskudt til 2028') is never a deadline; Bemærkning ('Afventer
budget 2027', 'Ca. 4,2 mio. kr.', 'Ansvar afklares') is never a deadline or owner. 'Ejendomsservice og
Børn og Unge' = two owners; 'Alle skoler' diffuse; empty Ansvarlig (M2.3); empty Hvornår (M2.4);
'løbende' continuous, 'hvert efterår' recurring; 'ultimo 2026', 'primo 2027', 'medio 2026', 'ultimo
2027', '2027', '1. kvartal 2027', 'ultimo 2028' period; '2029' after 2026–2028.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    od = mb11.Ods(header="Lyngså Kommune · Handleplan for bedre indeklima 2026–2028", landscape=False,
                  lang="da", country="DK")
    od.cell_style("cell", size=9.5)
    od.cell_style("title", size=13, bold=True)
    od.cell_style("meta", size=9, italic=True)
    od.cell_style("note", size=8.5, italic=True)
    od.cell_style("head", size=9.5, bold=True, fill="#cfe3e8")
    od.cell_style("goal", size=9.5, bold=True, fill="#eef5e0")
    od.cell_style("row", size=9.5)
    widths = [1.1, 10.2, 5.2, 3.0, 3.4, 5.2]
    rr = [("title", ["", "Handleplan for bedre indeklima i skoler og daginstitutioner 2026–2028", "", "", "", ""]),
          ("meta", ["", "Godkendt i Børne- og Skoleudvalget 3. februar 2026 · opdateret 1. marts 2026", "", "", "",
                    ""]),
          ("cell", [""] * 6),
          ("note", ["", "Efter bygningsreglementet (BR18) skal indholdet af CO2 i undervisningslokaler holdes under "
                    "1.000 ppm. Det er et lovkrav og ikke en målsætning i denne plan.", "", "", "", ""]),
          ("cell", [""] * 6),
          ("head", ["Nr", "Indsats", "Ansvarlig", "Hvornår", "Status", "Bemærkning"])]
    for gi, items in enumerate(rows.values(), start=1):
        rr.append(("goal", [str(gi), f"Målsætning {gi}: {goals_t[gi - 1]}", "", "", "", ""]))
        for k, (text, _o, cell, when, _kind, status, bm, _n) in enumerate(items, start=1):
            rr.append(("row", [f"{gi}.{k}", text, cell, when, status, bm]))
    rr += [("cell", [""] * 6),
           ("note", ["", "Hvornår: primo = januar–april, medio = maj–august, ultimo = september–december. Status "
                     "opdateres hvert kvartal af sekretariatet i Børn og Unge.", "", "", "", ""])]
    od.sheet("Handleplan", widths, rr, header_row=5)
    src = od.save(d / f"{slug}.ods", title=plan.title, author="Lyngså Kommune")
    pdf = bk.soffice_pdf(src, filter_name="calc_pdf_Export")
    _gold(plan, pdf)
    return plan, pdf


def _check_kolonnesnit() -> list[str]:
    """P. 1 prints Nr / Indsats / Ansvarlig and no Status or Bemærkning cell; p. 2 prints Hvornår / Status and
    no indsats or owner."""
    slug = "indeklima-kolonnesnit-da"
    pages = mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf")
    sq = mb3._squash
    bad = [] if len(pages) == 2 else [f"{slug}: {len(pages)} pages, not 2"]
    if len(pages) == 2:
        if sq("Ikke påbegyndt") in pages[0] or sq("Bemærkning") in pages[0] or sq("Ansvarlig") not in pages[0]:
            bad.append(f"{slug}: p. 1 is not columns A–C")
        if sq("Hvornår") not in pages[1] or sq("Status") not in pages[1] or sq("Opsætte CO2") in pages[1] \
                or sq("Ejendomsservice") in pages[1]:
            bad.append(f"{slug}: p. 2 is not columns D–F")
    return bad


# =========================================================================== 2 English amounts beside a Target date


@plan_builder
def build_play_spaces_funding_en() -> tuple[Plan, Path]:
    """English action plan as a council web page: per priority a table 'Action | Lead | Funding (£000)
    2026/27 · 2027/28 · 2028/29 | Target date' — the year columns hold AMOUNTS (the budget), the deadline is
    the Target date column."""
    slug = "play-spaces-funding-en"
    po = "Parks and Open Spaces"
    goals_t = [
        "Every child in Thornbridge lives within a ten-minute walk of a good, free play space",
        "Play spaces are safe, inclusive and welcoming for disabled children and their families",
        "Children and young people help to design and look after the play spaces in their neighbourhood",
    ]
    fas = ["Better play areas close to home", "Play for everyone", "Children have a say"]
    # (text, owners, lead cell, amounts (3), target, kind, note)
    rows = {
        "G1": [
            ("Refurbish the five play areas rated 'poor' in the 2025 play audit", [po], po, ("180", "220", "–"),
             "March 2028", "period", "amounts in two years; deadline = Target date"),
            ("Build a new play area at Millfield Road as part of the housing development", [po, "Thornbridge Homes"],
             f"{po} and Thornbridge Homes", ("–", "150", "150"), "Autumn 2028", "period",
             "two owners ('Parks and Open Spaces' is one unit)"),
            ("Map walking distances to play spaces and identify the gaps in provision", ["Planning Policy"],
             "Planning Policy", ("15", "–", "–"), "31 December 2026", "date", ""),
            ("Replace worn safety surfacing on all sites as part of the rolling programme", [po], po,
             ("60", "60", "60"), "", None,
             "amounts in all three years but an EMPTY Target date: no deadline (the year columns are budget)"),
        ],
        "G2": [
            ("Install inclusive equipment (wheelchair-accessible roundabouts, sensory panels) at four sites", [po],
             po, ("95", "95", "–"), "March 2029", "period", "funded in 2026/27–2027/28, due March 2029"),
            ("Carry out an accessibility check with parents of disabled children before every refurbishment",
             ["Inclusion Team"], "Inclusion Team", ("Within existing budget",), "Ongoing", "continuous",
             "'Ongoing' continuous; 'Within existing budget' is no date"),
            ("Improve lighting and sightlines at play areas where residents report antisocial behaviour",
             ["All services"], "All services", ("20", "20", "–"), "December 2027", "period", "'All services' diffuse"),
            ("Put up accessible signs with a map and a contact number at every play space", [], "",
             ("12", "–", "–"), "Summer 2027", "period", "empty Lead"),
        ],
        "G3": [
            ("Hold a play day in every ward so that children can say what they want from their play space",
             ["Community Development"], "Community Development", ("8", "8", "8"), "Every summer", "recurring",
             "'Every summer' recurring"),
            ("Set up a Young Play Rangers scheme with the secondary schools", ["Youth Service"], "Youth Service",
             ("–", "25", "25"), "September 2027", "period", ""),
            ("Publish a design guide for play spaces written with the Youth Council", ["Planning Policy"],
             "Planning Policy", ("–", "–", "10"), "2030", "period", "'2030' after the plan period 2026–2029"),
        ],
    }
    goals = [G(f"G{i}", t, focus_area=f"F{i}") for i, t in enumerate(goals_t, start=1)]
    measures = []
    for gid, items in rows.items():
        for k, (text, owners, _cell, _am, when, kind, note) in enumerate(items, start=1):
            measures.append(M(f"M{gid[1:]}.{k}", text, [gid], owners, when or None, kind if when else None,
                              diffuse=tuple(o for o in owners if o.startswith("All ")), outside=when == "2030",
                              note=note))
    plan = Plan(
        slug=slug, language="en", title="Play Spaces Action Plan 2026–2029", period=(2026, 2029), goals=goals,
        measures=measures, source_ext="html", focus_areas=[(f"F{i}", t) for i, t in enumerate(fas, start=1)],
        notes="""
HTML/CSS printed by headless Chromium (A4 portrait, 'Page n of N' in the page margin). Thornbridge
District Council web page: site header and menu, breadcrumbs, 'Last updated', intro with the Equality Act
2010 'must' quoted (a legal duty, no goal of the plan), a 'Key facts' box ('62 play areas', '£1.2m over
three years'), a shaded 'How to read the tables' note. '3 priorities': each 'Priority n: <name>' (gold
focus area, without 'Priority n:'), 'Our aim: <sentence>' (gold goal, without 'Our aim:'), then a table
with a TWO-ROW header 'Action | Lead | Funding (£000) [2026/27 | 2027/28 | 2028/29] | Target date'.
THE YEAR COLUMNS HOLD AMOUNTS ('180', '–', one cell 'Within existing budget' spanning the three
years): they are the budget, NOT deadlines — the plan's reading note says so and the Target date column is printed beside them (so the 'last marked period
column' convention does not apply). DEADLINE = Target date as printed: 'March 2028', 'Autumn 2028',
'31 December 2026' (date), 'March 2029', 'December 2027', 'Summer 2027', 'September 2027' period;
'Ongoing' continuous; 'Every summer' recurring; EMPTY target date with amounts in all three years (M1.4)
= no deadline (error); '2030' after 2026–2029. OWNER = Lead: 'Parks and Open Spaces' one unit, 'Parks and
Open Spaces and Thornbridge Homes' two; 'All services' diffuse; empty Lead (M2.4). The closing 'Funding
summary (£000)' table (totals per priority and year) and 'Monitoring' hold no measures.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    sections = []
    for gi, items in enumerate(rows.values(), start=1):
        trs = "".join(
            f"<tr><td>{E(t)}</td><td>{E(c)}</td>"
            + ("".join(f'<td class="n">{E(a)}</td>' for a in am) if len(am) == 3
               else f'<td colspan="3" class="c">{E(am[0])}</td>')
            + f"<td>{E(w)}</td></tr>" for t, _o, c, am, w, _k, _n in items)
        sections.append(f"""<section class="prio">
<h3><span class="tag">Priority {gi}:</span> {E(fas[gi - 1])}</h3>
<p class="aim"><b>Our aim:</b> {E(goals_t[gi - 1])}</p>
<table><thead><tr><th rowspan="2" class="act">Action</th><th rowspan="2" class="lead">Lead</th>
<th colspan="3" class="fund">Funding (£000)</th><th rowspan="2" class="due">Target date</th></tr>
<tr><th class="n">2026/27</th><th class="n">2027/28</th><th class="n">2028/29</th></tr></thead>
<tbody>{trs}</tbody></table></section>""")
    tot = []
    for gi, items in enumerate(rows.values(), start=1):
        sums = [sum(int(r[3][i]) for r in items if len(r[3]) == 3 and r[3][i].isdigit()) for i in range(3)]
        tot.append(f"<tr><td>Priority {gi}</td>" + "".join(f'<td class="n">{v}</td>' for v in sums) + "</tr>")
    html = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{E(plan.title)}</title>
<style>
@page {{ size: A4; margin: 14mm 15mm 16mm 15mm;
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans', sans-serif; color: #555 }} }}
body {{ font-family: 'Liberation Sans', sans-serif; font-size: 9.6pt; color: #1d1d1b; margin: 0 }}
.site {{ background: #00594f; color: #fff; padding: 3mm 4mm; display: flex; justify-content: space-between }}
.logo {{ font-weight: bold; font-size: 12pt }} .menu {{ font-size: 8.5pt; padding-top: 1mm }}
.crumbs {{ font-size: 8pt; color: #555; margin: 2mm 0 }}
h1 {{ font-size: 18pt; color: #00594f; margin: 2mm 0 1mm }} .meta {{ font-size: 8pt; color: #666; margin-bottom: 3mm }}
h2 {{ font-size: 13pt; color: #00594f; margin: 5mm 0 2mm }} h3 {{ font-size: 11pt; margin: 4mm 0 1mm }}
.tag {{ color: #00594f }} .aim {{ margin: 0 0 2mm }}
.facts {{ border: .6pt solid #00594f; padding: 2mm 4mm; font-size: 9pt; margin: 2mm 0; width: 60% }}
.guide {{ background: #e6f0ee; padding: 2mm 4mm; font-size: 9pt; margin: 2mm 0 }}
table {{ border-collapse: collapse; width: 100%; font-size: 8.8pt; margin-bottom: 2mm }}
th {{ background: #d7e8e4; text-align: left; padding: 1.2mm 1.6mm; border: .5pt solid #9dbdb6; vertical-align: bottom }}
td {{ padding: 1.2mm 1.6mm; border: .5pt solid #9dbdb6; vertical-align: top }}
th.fund, td.c {{ text-align: center }} .n {{ text-align: right; white-space: nowrap }}
th.act {{ width: 44% }} th.lead {{ width: 17% }} th.due {{ width: 13% }}
tr {{ break-inside: avoid }} .prio h3, .aim {{ break-after: avoid }}
.sum {{ width: 60% }}
.foot {{ background: #00594f; color: #fff; font-size: 8pt; padding: 2mm 4mm; margin-top: 5mm }}
</style></head><body>
<div class="site"><div class="logo">Thornbridge District Council</div><div class="menu">Leisure and parks · Housing · Your council · Search</div></div>
<div class="crumbs">Home › Leisure and parks › Parks and play › Play Spaces Action Plan</div>
<h1>{E(plan.title)}</h1>
<div class="meta">Last updated 12 March 2026 · Approved by Cabinet on 24 February 2026</div>
<p>Play matters. It keeps children healthy, helps them make friends and gives families a reason to get out
and meet their neighbours. This action plan sets out what the Council will do with its partners over
2026–2029, and how the capital programme agreed in the Medium Term Financial Plan will be spent.</p>
<p>Under the Equality Act 2010 the Council must have due regard to the need to advance equality of
opportunity for disabled people. That is a legal duty we share with every public body; our own aims are set
out under each priority below.</p>
<div class="facts"><b>Key facts</b><br>62 equipped play areas · 14 rated 'poor' or 'fair' in the 2025 play
audit · £1.2m capital programme over three years</div>
<h2>Our priorities</h2>
<div class="guide"><b>How to read the tables.</b> The Funding columns show the money set aside in each
financial year in thousands of pounds (£000); '–' means no funding that year. They are a budget, not a
timetable: the date by which an action will be finished is in the Target date column.</div>
{''.join(sections)}
<h2>Funding summary (£000)</h2>
<table class="sum"><thead><tr><th>Priority</th><th class="n">2026/27</th><th class="n">2027/28</th><th class="n">2028/29</th></tr></thead>
<tbody>{''.join(tot)}</tbody></table>
<h2>Monitoring</h2>
<p>Progress will be reported to the Communities Scrutiny Committee every six months. The plan will be
refreshed in 2029 together with the next play audit.</p>
<div class="foot">Thornbridge District Council · 01632 960 400 · parks@thornbridge.gov.uk · Accessibility · Cookies</div>
</body></html>"""
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf)
    return plan, pdf


def _check_funding() -> list[str]:
    """The reading note says the Funding columns are no timetable; every measure row prints three amount cells
    (the HTML holds 10 rows × 3 '.n' cells in the priority tables, one 'Within existing budget' cell spanning
    three, and 3 × 3 in the summary)."""
    slug = "play-spaces-funding-en"
    txt = "".join(mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf"))
    bad = [] if mb3._squash("They are a budget, not a timetable") in txt else [f"{slug}: reading note missing"]
    html = (OUT / slug / f"{slug}.html").read_text(encoding="utf-8")
    n = html.count('<td class="n">')
    if n != 10 * 3 + 3 * 3:
        bad.append(f"{slug}: {n} amount cells")
    return bad


# =========================================================================== 3 nynorsk deep numbered outline (reportlab)


@plan_builder
def build_kulturskule_nivaa_nn() -> tuple[Plan, Path]:
    """Nynorsk plan whose plan part is ONE numbered outline 1 / 1.1 / 1.1.1 with no role words: the legend
    'Nivå 1 = hovudmål, nivå 2 = delmål, nivå 3 = tiltak' gives the roles; under each tiltak an unlabelled
    grey line '<eining> · <tid>'."""
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

    slug = "kulturskule-nivaa-nn"
    rk = "Rektor kulturskulen"
    # hovudmål: (text, [(delmål, [(tiltak, owners, meta owner text, when, kind, note)])])
    tree = [
        ("Fleire barn og unge i Rauvik skal få eit kulturskuletilbod", [
            ("Ventelista i kulturskulen skal vere under 20 elevar innan 2028", [
                ("Opprette to nye grupper i gitar og band med fleire elevar per lærar", [rk], rk, "Haust 2026",
                 "period", ""),
                ("Gje undervisning i grendeskulane rett etter skuletid, så elevane slepp å reise til sentrum",
                 [rk], rk, "1.8.2027", "date", ""),
            ]),
            ("Prisen skal ikkje stengje nokon ute frå kulturskulen", [
                ("Innføre friplassar og søskenmoderasjon for familiar med låg inntekt",
                 ["Kommunalsjef oppvekst", "NAV Rauvik"], "Kommunalsjef oppvekst og NAV Rauvik", "1.1.2027",
                 "date", "two owners ('Kommunalsjef oppvekst' one)"),
                ("Låne ut instrument gratis til elevar det første året", [], "Ikkje avklart", "2027", "period",
                 "'Ikkje avklart' = no owner (error)"),
            ]),
        ]),
        ("Kulturskulen skal vere eit ressurssenter for barnehage og grunnskule", [
            ("Alle barnehagar skal få besøk av kulturskulen kvart år", [
                ("Lage ein songpakke med tjue songar og rørsleleikar for barnehagane", ["Alle barnehagar"],
                 "Alle barnehagar", "Vår 2027", "period", "'Alle barnehagar' diffuse"),
                ("Halde ei konsertveke for alle femåringar i kulturhuset", ["Kulturskulen"], "Kulturskulen",
                 "Kvart skuleår", "recurring", "'Kvart skuleår' recurring"),
            ]),
            ("Kulturskulen og grunnskulen skal samarbeide om den kulturelle skulesekken", [
                ("Setje opp ei felles framsyning med 7. trinn i alle grunnskulane",
                 ["Kulturskulen", "Rauvik ungdomsskule"], "Kulturskulen og Rauvik ungdomsskule", "Haust 2027",
                 "period", "two owners"),
                ("Lage ein felles årsplan for samarbeidet mellom kulturskulen og grunnskulen", ["Kulturskulen"],
                 "Kulturskulen", "", None, "no time printed: no deadline"),
            ]),
        ]),
        ("Kulturskulen skal ha gode lokale og kvalifiserte lærarar", [
            ("Kulturskulen skal flytte inn i nye lokale i Rauvik kulturhus", [
                ("Greie ut romprogram og lydkrav for kulturskulen i kulturhuset", ["Eigedomsavdelinga"],
                 "Eigedomsavdelinga", "Vår 2027", "period", ""),
                ("Flytte kulturskulen inn i dei nye lokala", ["Eigedomsavdelinga"], "Eigedomsavdelinga", "2030",
                 "period", "'2030' after the plan period 2026–2029"),
                ("Halde instrumentlageret og øvingsromma i orden", [rk], rk, "Løpande", "continuous",
                 "'Løpande' continuous"),
            ]),
            ("Alle lærarar skal ha godkjend utdanning i faget dei underviser i", []),
        ]),
    ]
    goals, measures = [], []
    for i, (gtext, subs) in enumerate(tree, start=1):
        goals.append(G(f"G{i}", gtext))
        for j, (stext, items) in enumerate(subs, start=1):
            goals.append(G(f"G{i}.{j}", stext, kind="sub_goal", parent=f"G{i}"))
            for k, (t, owners, _cell, when, kind, note) in enumerate(items, start=1):
                measures.append(M(f"M{i}.{j}.{k}", t, [f"G{i}.{j}"], owners, when or None, kind if when else None,
                                  diffuse=tuple(o for o in owners if o.startswith("Alle ")), outside=when == "2030",
                                  note=note))
    plan = Plan(
        slug=slug, language="nn", title="Handlingsplan for kulturskulen 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="pdf",
        notes="""
reportlab (Liberation Sans, invariant). Rauvik kommune, nynorsk, 2 pp., running title and 'Side n'. P. 1:
title, adoption line, 'Innleiing' (opplæringslova's 'Alle kommunar skal … ha eit musikk- og
kulturskuletilbod' quoted — a duty in law, no goal), 'Kulturskulen i tal' (a small table), a shaded box
'Slik les du planen': 'Nivå 1 (1, 2, 3) = hovudmål · Nivå 2 (1.1, 1.2 …) = delmål · Nivå 3 (1.1.1, 1.1.2
…) = tiltak. Under kvart tiltak står eininga som har ansvaret og tida tiltaket skal vere gjennomført'. The
chapter headings are UNNUMBERED. 'Mål og tiltak' is ONE OUTLINE numbered 1 / 1.1 / 1.1.1 (hanging numbers,
indent 0 / 8 / 16 mm), with NO role word anywhere in it: no 'Mål', 'Delmål', 'Tiltak', 'Ansvar' or 'Frist'
labels. Level 1 is bold; levels 2 and 3 are the same regular weight and size — only the number depth and
indentation tell a delmål from a tiltak. Under each level-3 item a grey italic line '<eining> · <tid>'
(no labels).
Gold: level 1 = goal (hovudmål), level 2 = sub_goal (parent its level-1 item), level 3 = measure linked to
its level-2 item; text without the number. OWNER = the part of the grey line before '·'; 'Ikkje avklart'
is NO owner (error); 'Kommunalsjef oppvekst og NAV Rauvik' and 'Kulturskulen og Rauvik ungdomsskule' two
owners each; 'Alle barnehagar' diffuse. DEADLINE = the part after '·': 'Haust 2026', 'Vår 2027', '2027',
'Haust 2027' period; '1.8.2027', '1.1.2027' date; 'Kvart skuleår' recurring; 'Løpande' continuous; a grey
line with the unit only (M2.2.2) = no deadline (error); '2030' after 2026–2029. Delmål 3.2 has no level-3
item, only an italic note that its tiltak follow the competence survey in autumn 2026 → goal-has-measure
(the note's 'hausten 2026' is no deadline). The delmål 1.1 sentence's 'innan 2028' is part of the target,
not a deadline. 'Økonomi' and 'Oppfølging' hold no measures.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    fonts = bk.reportlab_fonts()
    st = lambda size, bold=False, **kw: ParagraphStyle(  # noqa: E731
        "s", fontName=fonts["bold" if bold else "normal"], fontSize=size, leading=size * 1.3, **kw)
    body, small = st(10), st(8.5)
    plum = colors.HexColor("#6b2d5c")
    h = lambda t: Paragraph(t, st(13, True, textColor=plum, spaceBefore=8, spaceAfter=3))  # noqa: E731
    story = [Paragraph("RAUVIK KOMMUNE", st(9, True, textColor=plum)),
             Paragraph(plan.title, st(19, True, textColor=plum, spaceBefore=4, spaceAfter=4)),
             Paragraph("Vedteken i kommunestyret 19.3.2026, sak 22/26", st(9, textColor=colors.grey, spaceAfter=6)),
             h("Innleiing"),
             Paragraph("Kulturskulen i Rauvik har 212 elevar og 64 barn på venteliste. Planen viser kva kommunen vil "
                       "oppnå med kulturskulen fram mot 2029, og kva vi skal gjere for å kome dit. Han byggjer på "
                       "den nasjonale rammeplanen for kulturskulen og på innspel frå elevrådet.", body),
             Spacer(1, 4),
             Paragraph("Etter opplæringslova skal alle kommunar aleine eller i samarbeid med andre kommunar ha eit "
                       "musikk- og kulturskuletilbod til barn og unge, organisert i tilknyting til skuleverket og "
                       "kulturlivet elles. Det er ei lovplikt og ikkje eit av måla i denne planen.", body),
             h("Kulturskulen i tal")]
    stat = Table([["", "2023", "2024", "2025"], ["Elevar", "188", "197", "212"], ["På venteliste", "41", "52", "64"],
                  ["Lærarårsverk", "6,4", "6,4", "6,8"]], colWidths=[50 * mm, 22 * mm, 22 * mm, 22 * mm])
    stat.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts["normal"], 8.5),
                              ("FONT", (0, 0), (-1, 0), fonts["bold"], 8.5), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                              ("LINEBELOW", (0, 0), (-1, 0), 0.8, plum), ("LINEBELOW", (0, -1), (-1, -1), 0.5, plum)]))
    story += [stat, Spacer(1, 6)]
    guide = Table([[Paragraph("<b>Slik les du planen.</b> Planen er ei liste i tre nivå. Nivå 1 (1, 2, 3) = "
                              "hovudmål · Nivå 2 (1.1, 1.2 …) = delmål · Nivå 3 (1.1.1, 1.1.2 …) = tiltak. Under "
                              "kvart tiltak står eininga som har ansvaret og tida tiltaket skal vere gjennomført.",
                              small)]], colWidths=[170 * mm])
    guide.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f2e6ef")),
                               ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                               ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story += [guide, h("Mål og tiltak")]
    lv1 = st(11, True, leftIndent=9 * mm, bulletIndent=0, spaceBefore=7, spaceAfter=2, textColor=plum)
    lv2 = st(10, leftIndent=19 * mm, bulletIndent=8 * mm, spaceBefore=4, spaceAfter=1)
    lv3 = st(10, leftIndent=30 * mm, bulletIndent=16 * mm, spaceBefore=2)
    meta = st(8.5, leftIndent=30 * mm, textColor=colors.HexColor("#666666"), spaceAfter=1)
    note = st(9, leftIndent=19 * mm, textColor=colors.HexColor("#444444"))
    for i, (gtext, subs) in enumerate(tree, start=1):
        block = [Paragraph(E(gtext), lv1, bulletText=f"{i}")]
        for j, (stext, items) in enumerate(subs, start=1):
            block.append(Paragraph(E(stext), lv2, bulletText=f"{i}.{j}"))
            if not items:
                block.append(Paragraph("<i>Tiltaka blir fastsette når kompetansekartlegginga er ferdig hausten "
                                       "2026.</i>", note))
            for k, (t, _o, cell, when, _kind, _n) in enumerate(items, start=1):
                block.append(KeepTogether([Paragraph(E(t), lv3, bulletText=f"{i}.{j}.{k}"),
                                           Paragraph(f"<i>{E(cell)}{' · ' + E(when) if when else ''}</i>", meta)]))
        story += block
    story += [h("Økonomi"),
              Paragraph("Tiltaka blir dekte innanfor ramma til kulturskulen, med unnatak av friplassane og flyttinga "
                        "til kulturhuset, som blir lagde fram i budsjettet for 2027.", body),
              h("Oppfølging"),
              Paragraph("Rektor kulturskulen rapporterer på planen kvart år i årsmeldinga. Planen blir rullert i "
                        "2028.", body)]

    def onpage(canvas, doc):
        canvas.saveState()
        canvas.setFont(fonts["normal"], 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(20 * mm, 287 * mm, "Rauvik kommune · " + plan.title)
        canvas.drawRightString(190 * mm, 10 * mm, f"Side {doc.page}")
        canvas.restoreState()

    pdf = d / f"{slug}.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=plan.title, author="Rauvik kommune", invariant=1)
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    pages = mb3.pdftotext_pages(pdf)
    start = next(i for i, t in enumerate(pages, start=1) if mb._squash("Mål og tiltak") in t)
    _gold(plan, pdf, goal_after=start, measure_after=start)
    return plan, pdf


def _check_nivaa() -> list[str]:
    """No role word inside the outline (between 'Mål og tiltak' and 'Økonomi'); every gold item's number is
    printed; the legend names the three levels."""
    import re
    import subprocess

    slug = "kulturskule-nivaa-nn"
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(OUT / slug / f"{slug}.pdf"), "-"],
                                       check=True, capture_output=True, text=True).stdout
    start = out.index("Mål og tiltak\n") + len("Mål og tiltak\n")
    part = out[start:out.index("Økonomi")]
    bad = []
    for w in ("Delmål", "Tiltak ", "Ansvar", "Frist", "Hovudmål", "Mål "):
        if re.search(rf"(?m)^{w}|[\s·]{w}", part):
            bad.append(f"{slug}: role word {w!r} inside the outline")
    if "Nivå 1 (1, 2, 3) = hovudmål" not in out.replace("\n", " "):
        bad.append(f"{slug}: legend missing")
    return bad


# =========================================================================== 4 Swedish goal text rotated in a merged cell (docx)


@plan_builder
def build_foretagsklimat_rotera_sv() -> tuple[Plan, Path]:
    """Swedish plan: per fokusområde a table 'Mål | Åtgärd | Ansvarig | Klart' whose Mål column is ONE merged
    cell over all the rows, the goal sentence written in it ROTATED 90° (bottom to top, Word's text direction
    btLr) — the only place the goal is printed."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    slug = "foretagsklimat-rotera-sv"
    nl = "Näringslivsenheten"
    sb = "Samhällsbyggnadsförvaltningen"
    fas = ["Service och bemötande", "Mark och lokaler", "Kompetens och arbetskraft"]
    goals_t = [
        "Företagen ska uppleva att kommunens service är snabb, enkel och rättssäker",
        "Det ska alltid finnas planlagd och byggklar verksamhetsmark att erbjuda",
        "Företagen i Lindmora ska hitta den kompetens de behöver",
    ]
    # (text, owners, Ansvarig cell, Klart, kind, note)
    rows = {
        "G1": [
            ("Införa en företagslots som samordnar kommunens kontakter vid nyetablering", [nl], nl, "juni 2026",
             "period", ""),
            ("Korta handläggningstiden för bygglov till i genomsnitt fem veckor", [sb], sb, "2027-12-31", "date",
             "'Samhällsbyggnadsförvaltningen' one owner"),
            ("Genomföra en utbildning i bemötande för alla handläggare som har kontakt med företag",
             ["Alla förvaltningar"], "Alla förvaltningar", "hösten 2026", "period", "'Alla förvaltningar' diffuse"),
            ("Bjuda in företagare till frukostmöte med kommunalråd och tjänstemän", [nl], nl, "Varje kvartal",
             "recurring", "'Varje kvartal' recurring"),
        ],
        "G2": [
            ("Detaljplanelägga 12 hektar verksamhetsmark vid Norra Lindmora", [sb], sb, "2028", "period", ""),
            ("Ta fram en aktuell förteckning över lediga lokaler tillsammans med fastighetsägarna",
             [nl, "Lindmora Företagarförening"], f"{nl} och Lindmora Företagarförening", "våren 2027", "period",
             "two owners"),
            ("Bygga ut gator, vatten och avlopp till det nya verksamhetsområdet", ["Lindmora Vatten AB"],
             "Lindmora Vatten AB", "2029", "period", "'2029' after the plan period 2026–2028"),
        ],
        "G3": [
            ("Starta en yrkesvux-utbildning inom industriteknik tillsammans med företagen", ["Vuxenutbildningen"],
             "Vuxenutbildningen", "augusti 2027", "period", ""),
            ("Ordna praktikplatser för elever på gymnasiets industriprogram", [], "", "Löpande", "continuous",
             "empty Ansvarig; 'Löpande' continuous"),
            ("Marknadsföra Lindmora som boendeort vid rekryteringsmässor", ["Kommunikationsenheten"],
             "Kommunikationsenheten", "", None, "empty Klart: no deadline"),
        ],
    }
    goals = [G(f"G{i}", t, focus_area=f"F{i}") for i, t in enumerate(goals_t, start=1)]
    measures = []
    for gid, items in rows.items():
        for k, (text, owners, _cell, when, kind, note) in enumerate(items, start=1):
            measures.append(M(f"M{gid[1:]}.{k}", text, [gid], owners, when or None, kind if when else None,
                              diffuse=tuple(o for o in owners if o.startswith("Alla ")), outside=when == "2029",
                              note=note))
    plan = Plan(
        slug=slug, language="sv", title="Handlingsplan för näringsliv och företagsklimat 2026–2028",
        period=(2026, 2028), goals=goals, measures=measures, source_ext="docx",
        focus_areas=[(f"F{i}", t) for i, t in enumerate(fas, start=1)],
        notes="""
python-docx → LibreOffice 7.4. Lindmora kommun, Swedish, 3 pp., running header with a rule and 'Sida n av
N'. P. 1: title, 'Antagen av kommunfullmäktige …', 'Bakgrund' (kommunallagen's likställighetsprincip 'ska'
quoted — a law, no goal), a small 'Företagsklimatet i siffror' table, a shaded 'Så läser du planen' (says
each table's left column holds the goal, written on its side). P. 2 (new page) 'Mål och åtgärder': per
fokusområde a heading 'Fokusområde n – <name>' (gold focus area, without 'Fokusområde n –') and a table
'Mål | Åtgärd | Ansvarig | Klart' whose 'Mål' column (18 mm) is ONE VERTICALLY MERGED CELL over all the
measure rows, shaded, holding the goal sentence ROTATED 90° (w:textDirection btLr: read bottom to top,
wrapped over two or three short lines). The goal is printed NOWHERE ELSE. Gold: that rotated sentence is
the goal of every measure row it spans (goal page = the table's page). OWNER = Ansvarig:
'Näringslivsenheten och Lindmora Företagarförening' two owners; 'Samhällsbyggnadsförvaltningen' one (the
narrow cell breaks it 'Samhällsbyggnadsförvalt' / 'ningen': one word); 'Alla förvaltningar' diffuse; empty
Ansvarig (M3.2). DEADLINE = Klart as printed: 'juni 2026', 'hösten 2026', '2028', 'våren 2027', 'augusti
2027' period; '2027-12-31' date; 'Varje kvartal' recurring; 'Löpande' continuous; empty Klart (M3.3) = no
deadline; '2029' after 2026–2028. 'Uppföljning' (p. 3) holds no measures.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    navy = "1F4E79"
    doc = dh.new_document(font="Liberation Sans", size=10.5, margins_mm=20, heading_color=navy)
    mb.docx_lang(doc, "sv-SE")
    sec = doc.sections[0]
    dh.ruled_header(sec, "Lindmora kommun · " + plan.title, size=8.5)
    f = sec.footer.paragraphs[0]
    f.alignment = dh.WD_ALIGN_PARAGRAPH.RIGHT
    dh.page_of_footer(f, "Sida ", " av ", "2", size=8.5)
    dh.para(doc, "LINDMORA KOMMUN", bold=True, size=9, color=navy, space_after=2)
    dh.para(doc, plan.title, bold=True, size=18, color=navy, space_after=3)
    dh.para(doc, "Antagen av kommunfullmäktige 2026-02-23, § 18", italic=True, size=9.5, space_after=10)
    dh.heading(doc, "Bakgrund", 1)
    dh.para(doc, "Lindmora har omkring 1 400 företag, de flesta med färre än tio anställda. I den senaste "
                 "enkäten gav företagarna kommunens service och tillgången på mark och kompetens lägst betyg. "
                 "Handlingsplanen visar vad kommunen gör under 2026–2028 för att förbättra företagsklimatet.")
    dh.para(doc, "Enligt kommunallagen ska kommuner behandla sina medlemmar lika, om det inte finns sakliga skäl "
                 "för något annat. Det gäller också stödet till företag och är inte ett mål i den här planen.")
    dh.heading(doc, "Företagsklimatet i siffror", 2)
    st = dh.new_table(doc, [80, 25, 25])
    dh.add_row(st, ["", "2023", "2025"], [80, 25, 25], size=9, bold=True, fill="DCE6F0")
    dh.add_row(st, ["Nöjd-Kund-Index, företagare (0–100)", "64", "61"], [80, 25, 25], size=9)
    dh.add_row(st, ["Ledig planlagd verksamhetsmark, hektar", "3", "1"], [80, 25, 25], size=9)
    dh.heading(doc, "Så läser du planen", 2)
    lg = dh.new_table(doc, [170])
    dh.add_row(lg, ["Åtgärderna står i en tabell för varje fokusområde. Målet för fokusområdet står i tabellens "
                    "vänstra kolumn, skrivet på högkant. Ansvarig är den enhet som ansvarar för att åtgärden "
                    "genomförs, och Klart anger när den ska vara genomförd."], [170], size=9, fill="E8EEF5")
    dh.page_break(doc)
    dh.heading(doc, "Mål och åtgärder", 1)
    widths = [18, 86, 42, 24]

    def text_dir(cell):
        tcpr = cell._tc.get_or_add_tcPr()
        td = OxmlElement("w:textDirection")
        td.set(qn("w:val"), "btLr")
        tcpr.append(td)
        va = OxmlElement("w:vAlign")
        va.set(qn("w:val"), "center")
        tcpr.append(va)

    for gi, items in enumerate(rows.values(), start=1):
        dh.heading(doc, f"Fokusområde {gi} – {fas[gi - 1]}", 2)
        t = dh.new_table(doc, widths)
        hr = dh.add_row(t, ["Mål", "Åtgärd", "Ansvarig", "Klart"], widths, size=9, bold=True, fill="BDD0E4")
        dh.set_repeat_header(hr)
        dh.set_cant_split(hr)
        hr.cells[0].paragraphs[0].paragraph_format.keep_with_next = True
        for k, (text, _o, cell, when, _kind, _n) in enumerate(items):
            first = ("restart", goals_t[gi - 1]) if k == 0 else ("continue", "")
            r = dh.add_row(t, [first, text, cell, when], widths, size=9.5)
            dh.set_cant_split(r)
            trpr = r._tr.get_or_add_trPr()
            th = OxmlElement("w:trHeight")
            th.set(qn("w:val"), str(dh._twips(13 if len(items) == 4 else 17)))
            th.set(qn("w:hRule"), "atLeast")
            trpr.append(th)
            dh.shade(r.cells[0], "DCE6F0")
            text_dir(r.cells[0])
            if k == 0:
                for run in r.cells[0].paragraphs[0].runs:
                    run.bold = True
                    run.font.size = Pt(8.5)
            for c in r.cells:
                for p in c.paragraphs:
                    p.paragraph_format.keep_with_next = k < len(items) - 1
        dh.para(doc, "", space_after=2)
    dh.heading(doc, "Uppföljning", 1)
    dh.para(doc, "Näringslivsenheten följer upp planen varje år och redovisar den för kommunstyrelsen "
                 "tillsammans med resultatet av företagarenkäten. Planen revideras 2028.")
    dh.set_core_properties(doc, title=plan.title, author="Lindmora kommun")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf)
    return plan, pdf


def _check_rotera() -> list[str]:
    """The DOCX holds three btLr cells, each the first (restart) cell of a vertical merge holding a goal; the
    goal sentences are printed once, on the gold page (pdftotext reads the rotated lines); the PDF draws them
    rotated (pdfplumber: upright=False for the goal's characters)."""
    import zipfile

    import pdfplumber
    import yaml

    slug = "foretagsklimat-rotera-sv"
    xml = zipfile.ZipFile(OUT / slug / f"{slug}.docx").read("word/document.xml").decode("utf-8")
    bad = [] if xml.count('w:textDirection w:val="btLr"') >= 3 else [f"{slug}: no btLr cells"]
    gold = yaml.safe_load((OUT / slug / f"{slug}.gold.yaml").read_text(encoding="utf-8"))
    txt = "".join(mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf"))
    for g in gold["goals"]:
        if txt.count(mb._squash(g["text"])[:24]) != 1:
            bad.append(f"{slug}: goal {g['id']} printed {txt.count(mb._squash(g['text'])[:24])} times")
    with pdfplumber.open(str(OUT / slug / f"{slug}.pdf")) as doc:
        for g in gold["goals"]:
            chars = doc.pages[g["page"] - 1].chars
            rot = "".join(c["text"] for c in chars if not c.get("upright", True))
            if mb._squash(g["text"])[:12] not in mb._squash(rot) and \
                    mb._squash(g["text"])[:12] not in mb._squash(rot[::-1]):
                bad.append(f"{slug}: goal {g['id']} not drawn rotated on p. {g['page']}")
    return bad


# =========================================================================== verify / main


LAYOUT_CHECKS: dict[str, callable] = {
    "indeklima-kolonnesnit-da": _check_kolonnesnit,
    "play-spaces-funding-en": _check_funding,
    "kulturskule-nivaa-nn": _check_nivaa,
    "foretagsklimat-rotera-sv": _check_rotera,
}


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page) plus one layout fact per plan."""
    return mb3.verify(slug) + LAYOUT_CHECKS.get(slug, lambda: [])()


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify, patterns=("*.docx", "*.ods", "*.html", "*.pdf", "*.gold.yaml"))


if __name__ == "__main__":
    main(sys.argv[1:])
