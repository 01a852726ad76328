"""Build the forty-first batch of blind authored plans (corpora/authored/<slug>/), four layout forms new to the
batch series in this combination: an English adult skills strategy written as an OUTLINE with explicit labels
'G1 (Goal)', 'O1.1 (Objective)', 'D1.1.1 (Deliverable) … — Lead: … — By: …' (reportlab); a bokmål handlingsplan
for pårørendearbeid whose measures stand in ONE LANDSCAPE TABLE 'Mål | Tiltak | Ansvarlig | Frist' with the goal
cell merged down over its rows and the table running over a page break WITHOUT a repeated header row
(python-docx → LibreOffice); a nynorsk handlingsplan for hamner og strandsone made as SLIDES, one slide per
innsatsområde with a 'Mål:' band and action bullets closing '(ansvar: …, frist: …)' (odfpy .odp → LibreOffice
Impress); a Danish two-column BROCHURE with letter-spaced display headings, a shaded goal box over each list of
indsatser and labelled blocks (bold title, 'Ansvar: …', 'Frist: …') (HTML → Chromium).

    python corpora/scripts/make_blind_corpus41.py              # every plan
    python corpora/scripts/make_blind_corpus41.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus41.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus41.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings (as in batch 1), gold writer from
make_blind_corpus.py, the pdftotext check from make_blind_corpus3.py, the whole-text check on pdftotext -raw
from make_blind_corpus34.py, the row helper `_rows` from make_blind_corpus37.py and the slide writer `Odp` from
make_prose_corpus.py (imported, not copied). The editorial leftovers the plans print ('TODO: …', '[sett inn …]')
are findings no data rule derives; `_leftovers` appends them to the gold written by make_blind_corpus.write_gold.
Gold files carry `held_out: true` and were committed before plancheck was run on them.
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
import make_prose_corpus as mpc  # noqa: E402
from make_blind_corpus import G, M, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus41.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731
PATTERNS = ("*.docx", "*.odt", "*.odp", "*.html", "*.pdf", "*.gold.yaml")


def _gold(plan: Plan, pdf: Path, *, leftovers: tuple[str, ...] = (), **kw) -> Path:
    """write_gold with the pages looked up as pdftotext reads them (blindkit.gold_by_pdftotext), then the
    editorial leftovers appended (_leftovers)."""
    path = bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)
    if leftovers:
        _leftovers(path, pdf, leftovers)
    return path


def _leftovers(gold: Path, pdf: Path, quotes: tuple[str, ...]) -> None:
    """Append one 'editorial-leftover' warning per QUOTE (as printed) to the findings of GOLD, on the page
    pdftotext prints it (the form of planprogram-bolig's gold: the leftover marker with its note)."""
    pages = mb3.pdftotext_pages(pdf)
    lines = gold.read_text(encoding="utf-8").rstrip("\n").split("\n")
    if lines[-1] == "findings: []":
        lines[-1] = "findings:"
    for q in quotes:
        d = {"rule": "editorial-leftover", "severity": "warning", "quote": q, "page": mb.page_of(pages, q)}
        lines.append(f"  - {mb._flow(d)}")
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")


# =========================================================================== 1 English outline (reportlab)

EN_SLUG = "adult-learning-outline-lead-by-en"
# goal -> objectives -> deliverables (id, text, lead as printed or None, owners, By as printed or None, kind, note)
EN_OUTLINE = [
    ("Adults in Hollinsford have the English, maths and digital skills they need for work and daily life", [
        ("More adults take part in free English, maths and digital skills courses", [
            ("Run free digital skills courses in all five community hubs", "Adult Learning Service",
             ["Adult Learning Service"], "September 2027", "period", ""),
            ("Launch an online Skills Checker so that residents can test their own skills", "Digital Services",
             ["Digital Services"], "March 2028", "period", ""),
            ("Offer English for Speakers of Other Languages (ESOL) classes in the evenings and at weekends",
             "Adult Learning Service and Hollinsford College", ["Adult Learning Service", "Hollinsford College"],
             "Every term", "recurring", "two owners; recurring"),
        ]),
        ("Learners with low skills get advice and support to move on to further learning", [
            ("Train 30 library and community hub staff as learning champions", "Library Service",
             ["Library Service"], "June 2028", "period", ""),
            ("Introduce an individual learning plan for every learner on a basic skills course", None, [],
             "January 2028", "period", "no '— Lead:' part: no owner"),
        ]),
    ]),
    ("Residents can gain the skills that local employers need", [
        ("Courses match the skills gaps reported by local employers", [
            ("Publish a local skills report with the Chamber of Commerce", "Economic Development",
             ["Economic Development"], "Annually", "recurring", "recurring"),
            ("Set up an employer skills panel for the construction and care sectors",
             "Economic Development and Regeneration", ["Economic Development and Regeneration"], "31 July 2027",
             "date", "one owner (a service named with 'and'); a date"),
            ("Develop short courses in retrofit and green construction skills with Hollinsford College", None, [],
             "2029", "period", "no '— Lead:' part: no owner (the college named in the text is a partner)"),
        ]),
        ("More adults take up apprenticeships and work placements", [
            ("Offer 25 apprenticeships a year within the council, open to applicants of all ages", "Human Resources",
             ["Human Resources"], "Ongoing", "continuous", "continuous"),
            ("Run a careers and apprenticeships fair for adults", "Employment and Skills Team",
             ["Employment and Skills Team"], "Every spring", "recurring", "one owner (a team named with 'and'); "
             "recurring"),
        ]),
        ("Older workers can retrain and stay in work for longer", []),
    ]),
    ("Learning improves health, wellbeing and community life", [
        ("Community learning reaches the residents who are least likely to take part", [
            ("Fund community groups to run informal learning in the areas with the lowest participation",
             "Communities Team", ["Communities Team"], "December 2027", "period", ""),
            ("Provide free crèche places alongside daytime courses", "Adult Learning Service",
             ["Adult Learning Service"], None, None, "no '— By:' part: no deadline"),
        ]),
        ("Learning for wellbeing is part of health and care pathways", [
            ("Pilot learning on prescription with two GP practices",
             "Public Health and Hollinsford Primary Care Network", ["Public Health", "Hollinsford Primary Care Network"],
             "Q2 2028", "period", "two owners"),
            ("Include a learning offer in all council wellbeing programmes", "All service managers",
             ["All service managers"], "April 2028", "period", "'All service managers' diffuse"),
            ("Review this strategy with partners and agree the next one", "Head of Communities",
             ["Head of Communities"], "March 2032", "period", "'March 2032' after the plan period 2027–2031"),
        ]),
    ]),
]
EN_TEXT = {
    "Foreword": [
        "Learning does not stop when we leave school. Whether it is a first computer course at the library, an "
        "evening class in English or an apprenticeship at fifty, learning opens doors to work, to better health "
        "and to new friends.",
        "This strategy sets out how the council and its partners will make learning possible for every adult in "
        "Hollinsford over the next five years. Thank you to the 400 residents and 35 employers who told us what "
        "they need.",
        "Cllr Joan Ferris, Portfolio Holder for Communities and Skills",
    ],
    "1 Introduction": [
        "The council's Corporate Plan asks for a strategy for adult skills and lifelong learning. This document "
        "covers the years 2027 to 2031 and replaces the Adult Learning Plan 2022–2026.",
        "The strategy was prepared by the Communities Directorate with Hollinsford College, the Jobcentre, the "
        "library service and voluntary groups that run courses in the district.",
    ],
    "2 Adult learning in Hollinsford": [
        "One in six adults in Hollinsford has no qualifications, against one in nine nationally. Participation in "
        "adult learning is lowest in Eastmoor and Cranfield, where fewer than one in twenty adults took a course "
        "last year.",
        "National policy sets the ambition that by 2030 every adult without a Level 2 qualification will be able "
        "to study for one free of charge. This national ambition is not one of the goals of this strategy, but our "
        "goals support it.",
    ],
    "3 How this strategy is set out": [
        "Section 4 sets out three goals (G). Each goal is broken down into objectives (O), and each objective into "
        "deliverables (D). The number of a deliverable shows the goal and objective it belongs to.",
        "Each deliverable names a lead, the service or partner responsible for delivering it, and the date by "
        "which it will be done or how often it is repeated.",
    ],
    "5 Monitoring and review": [
        "Each lead reports progress on their deliverables to the Communities Directorate every quarter. A progress "
        "report goes to the Overview and Scrutiny Committee every year in June.",
        "The deliverables are reviewed each year alongside the budget, and new deliverables may be added.",
    ],
}
EN_FACTS = [["Indicator", "Hollinsford", "England"], ["Adults with no qualifications", "16%", "11%"],
            ["Adults who took part in learning last year", "7%", "12%"],
            ["Adults lacking essential digital skills", "21%", "17%"]]
EN_DONE = [
    "Opened the Eastmoor community hub with a learning room and 12 laptops",
    "Helped 1,150 adults to gain a first qualification in English or maths",
    "Moved the family learning programme into all 14 primary schools",
    "Ran the first Hollinsford Festival of Learning in May 2025",
]
EN_GLANCE = ["Skills for life", "Skills for work", "Learning for wellbeing and community"]


def _en_plan() -> Plan:
    goals, measures = [], []
    for gi, (gtext, objectives) in enumerate(EN_OUTLINE, 1):
        goals.append(G(f"G{gi}", gtext))
        for oi, (otext, dels) in enumerate(objectives, 1):
            oid = f"O{gi}.{oi}"
            goals.append(G(oid, otext, kind="sub_goal", parent=f"G{gi}"))
            for di, (text, _lead, owners, by, kind, note) in enumerate(dels, 1):
                measures.append(M(f"D{gi}.{oi}.{di}", text, [oid], owners, by, kind,
                                  diffuse=mb34._diffuse(owners), outside=bool(by) and by.endswith("2032"),
                                  note=note))
    return Plan(
        slug=EN_SLUG, language="en", title="Adult Skills and Lifelong Learning Strategy 2027–2031",
        period=(2027, 2031), goals=goals, measures=measures, source_ext="pdf",
        notes="""
reportlab (Liberation Sans 10 pt body, headings in dark navy), A4 portrait, Hollinsford District Council. Header
'Hollinsford District Council' left and 'Adult Skills and Lifelong Learning Strategy 2027–2031' right over a
rule, footer 'Page n' centred, none on the cover. Cover page; Foreword (signed), 1 Introduction, 'Our three goals
at a glance' (short names of the goals: a summary, no goals), 2 Adult learning in Hollinsford (a table; the
national ambition for 2030: a trap, no goal; 'What we achieved 2022–2026', a list of what was done last period:
no measures), 3 How this strategy is set out (explains G / O / D and the lead and date), running on to p. 3; 4
Goals, objectives and deliverables (pp. 3–4, D3.2.2 and D3.2.3 at the top of p. 4): an OUTLINE of paragraphs indented by level with explicit labels: 'G1 (Goal) <sentence>'
(GOALS, kind goal), 'O1.1 (Objective) <sentence>' (GOALS, kind sub_goal, parent = the goal of its number) and
'D1.1.1 (Deliverable) <text> — Lead: <owner> — By: <time>' (MEASURES = the text, without the label and the
'— Lead:' / '— By:' parts, linked to the objective of its number). 5 Monitoring and review. Gold: OWNERS = after
'— Lead:' ('Adult Learning Service and Hollinsford College', 'Public Health and Hollinsford Primary Care Network'
two each; 'Economic Development and Regeneration', 'Employment and Skills Team' ONE each; 'All service managers'
diffuse; a deliverable without '— Lead:' = none). DEADLINE = after '— By:' ('September 2027', 'March 2028',
'June 2028', 'January 2028', '2029', 'December 2027', 'Q2 2028', 'April 2028' periods; '31 July 2027' date;
'Ongoing' continuous; 'Every term', 'Annually', 'Every spring' recurring; 'March 2032' after 2027–2031; a
deliverable without '— By:' = none). Objective O2.3 has no deliverable (goal-has-measure).
""")


@plan_builder
def build_adult_learning_outline_lead_by_en() -> tuple[Plan, Path]:
    """English strategy (reportlab): cover, foreword, background with the traps, then an outline 'G1 (Goal)' /
    'O1.1 (Objective)' / 'D1.1.1 (Deliverable) … — Lead: … — By: …' indented by level."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        ListFlowable,
        ListItem,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    plan = _en_plan()
    d = OUT / EN_SLUG
    d.mkdir(parents=True, exist_ok=True)
    f = bk.reportlab_fonts("HV")
    reg, bold, ital = f["normal"], f["bold"], f["italic"]
    navy = colors.HexColor("#1f3556")
    grey = colors.HexColor("#555555")
    body = ParagraphStyle("b", fontName=reg, fontSize=10, leading=14, spaceAfter=6)
    sig = ParagraphStyle("s", parent=body, fontName=ital)
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=15, leading=19, textColor=navy, spaceBefore=8, spaceAfter=6,
                        keepWithNext=1)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=11.5, leading=15, textColor=navy, spaceBefore=6,
                        spaceAfter=4, keepWithNext=1)
    gst = ParagraphStyle("g", fontName=reg, fontSize=11.5, leading=15, textColor=navy, spaceBefore=12,
                         spaceAfter=5, keepWithNext=1, backColor=colors.HexColor("#e6ebf2"),
                         borderPadding=(3, 4, 3, 4))
    ost = ParagraphStyle("o", fontName=reg, fontSize=10.5, leading=14, leftIndent=7 * mm, spaceBefore=5,
                         spaceAfter=3, keepWithNext=1)
    dst = ParagraphStyle("d", fontName=reg, fontSize=10, leading=13.5, leftIndent=21 * mm, firstLineIndent=-7 * mm,
                         spaceAfter=3.5)
    cell = ParagraphStyle("c", fontName=reg, fontSize=9, leading=11.5)
    cellh = ParagraphStyle("ch", parent=cell, fontName=bold)

    def onpage(canvas, doc):
        if doc.page == 1:
            return
        w, h = A4
        canvas.saveState()
        canvas.setFont(reg, 8)
        canvas.setFillColor(grey)
        canvas.drawString(22 * mm, h - 13 * mm, "Hollinsford District Council")
        canvas.drawRightString(w - 22 * mm, h - 13 * mm, plan.title)
        canvas.setStrokeColor(navy)
        canvas.setLineWidth(0.6)
        canvas.line(22 * mm, h - 14.5 * mm, w - 22 * mm, h - 14.5 * mm)
        canvas.drawCentredString(w / 2, 11 * mm, f"Page {doc.page}")
        canvas.restoreState()

    pdf = d / f"{EN_SLUG}.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                            bottomMargin=20 * mm, title=plan.title, author="Hollinsford District Council",
                            invariant=1)
    s = [Spacer(1, 50 * mm),
         Paragraph("Hollinsford District Council", ParagraphStyle("k", fontName=bold, fontSize=13, textColor=navy)),
         Spacer(1, 9 * mm),
         Paragraph("Adult Skills and Lifelong Learning Strategy 2027–2031",
                   ParagraphStyle("t", fontName=bold, fontSize=26, leading=32, textColor=navy)),
         Spacer(1, 5 * mm),
         Paragraph("Learning for life, work and community",
                   ParagraphStyle("u", fontName=reg, fontSize=14, leading=18, textColor=grey)),
         Spacer(1, 110 * mm),
         Paragraph("Adopted by Full Council on 2 December 2026 · Communities Directorate",
                   ParagraphStyle("a", fontName=reg, fontSize=8.5, textColor=grey)),
         PageBreak()]
    s.append(Paragraph("Foreword", h1))
    texts = EN_TEXT["Foreword"]
    s += [Paragraph(E(t), sig if t is texts[-1] else body) for t in texts]
    s.append(Paragraph("1 Introduction", h1))
    s += [Paragraph(E(t), body) for t in EN_TEXT["1 Introduction"]]
    s.append(Paragraph("Our three goals at a glance", h2))
    s.append(ListFlowable([ListItem(Paragraph(E(t), body), leftIndent=10) for t in EN_GLANCE],
                          bulletType="bullet", start="•", leftIndent=12, bulletFontName=reg))
    s.append(Paragraph("2 Adult learning in Hollinsford", h1))
    s.append(Paragraph(E(EN_TEXT["2 Adult learning in Hollinsford"][0]), body))
    t = Table([[Paragraph(c, cellh if i == 0 else cell) for c in r] for i, r in enumerate(EN_FACTS)],
              colWidths=[90 * mm, 28 * mm, 28 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6ebf2")),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa8bd")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Paragraph("Source: Census 2021; Adult Participation in Learning Survey 2025.",
                       ParagraphStyle("src", parent=body, fontName=ital, fontSize=8.5, spaceBefore=3))]
    s.append(Paragraph(E(EN_TEXT["2 Adult learning in Hollinsford"][1]), body))
    s.append(Paragraph("What we achieved 2022–2026", h2))
    s.append(ListFlowable([ListItem(Paragraph(E(t), body), leftIndent=10) for t in EN_DONE],
                          bulletType="bullet", start="•", leftIndent=12, bulletFontName=reg))
    s.append(Paragraph("3 How this strategy is set out", h1))
    s += [Paragraph(E(t), body) for t in EN_TEXT["3 How this strategy is set out"]]
    s.append(Paragraph("4 Goals, objectives and deliverables", h1))
    for gi, (gtext, objectives) in enumerate(EN_OUTLINE, 1):
        s.append(Paragraph(f"<font name='{bold}'>G{gi} (Goal)</font>  {E(gtext)}", gst))
        for oi, (otext, dels) in enumerate(objectives, 1):
            s.append(Paragraph(f"<font name='{bold}'>O{gi}.{oi} (Objective)</font>  {E(otext)}", ost))
            for di, (text, lead, _o, by, _k, _n) in enumerate(dels, 1):
                tail = (f" — Lead: {E(lead)}" if lead else "") + (f" — By: {E(by)}" if by else "")
                s.append(KeepTogether(Paragraph(
                    f"<font name='{bold}'>D{gi}.{oi}.{di} (Deliverable)</font>  {E(text)}{tail}", dst)))
    s.append(Paragraph("5 Monitoring and review", h1))
    s += [Paragraph(E(t), body) for t in EN_TEXT["5 Monitoring and review"]]
    doc.build(s, onFirstPage=onpage, onLaterPages=onpage)
    _gold(plan, pdf, goal_after=3, measure_after=3)
    return plan, pdf


# =========================================================================== 2 bokmål landscape table (python-docx)

NB_SLUG = "parorende-flettet-maalcelle-nb"
NB_GOALS = [
    ("G1", "Pårørende skal få god informasjon og vite hvor de kan få hjelp"),
    ("G2", "Tjenestene skal se, involvere og ivareta pårørende som en ressurs og en part"),
    ("G3", "Flere pårørende skal få avlastning og støtte, slik at de kan stå i omsorgsoppgavene over tid"),
    ("G4", "Barn og unge som er pårørende, skal bli fanget opp tidlig og få støtte"),
]
# (id, nr, text, goal, Ansvarlig as printed, owners, Frist as printed or None, kind, note)
NB_ROWS = [
    ("T1", "", "Lage en samlet nettside for pårørende med kontaktinformasjon til alle tjenester", "G1",
     "Kommunikasjonsavdelingen", ["Kommunikasjonsavdelingen"], "1. halvår 2027", "period", ""),
    ("T2", "", "Utarbeide en informasjonsbrosjyre for pårørende på norsk, engelsk og polsk", "G1",
     "Pårørendekoordinator", ["Pårørendekoordinator"], "Høsten 2027", "period", ""),
    ("T3", "", "Informere om tilbudene til pårørende på innbyggermøter i alle bygdelag", "G1",
     "Pårørendekoordinator og Frivilligsentralen", ["Pårørendekoordinator", "Frivilligsentralen"], "Årlig",
     "recurring", "two owners; recurring"),
    ("T4", "", "Kartlegge pårørendes behov når en ny tjeneste starter opp", "G1", "Alle tjenesteledere",
     ["Alle tjenesteledere"], "Løpende", "continuous", "'Alle tjenesteledere' diffuse; continuous"),
    ("T5", "", "Innføre fast pårørendesamtale ved innflytting på sykehjem", "G2", "Tverrvik sykehjem",
     ["Tverrvik sykehjem"], "01.03.2027", "date", "a date"),
    ("T6", "", "Ta i bruk skriftlige pårørendeavtaler i hjemmetjenesten", "G2", "Hjemmetjenesten",
     ["Hjemmetjenesten"], "2028", "period", ""),
    ("T7", "", "Gi alle ansatte i helse og omsorg opplæring i pårørendeveilederen", "G2",
     "Kommunalsjef helse og omsorg", ["Kommunalsjef helse og omsorg"], "Våren 2028", "period",
     "one owner (a post named with 'og')"),
    ("T8", "", "Opprette en fast kontaktperson for pårørende i hver enhet", "G2", "", [], "2028", "period",
     "empty Ansvarlig: no owner"),
    ("T9", "", "Utvide tilbudet om fleksibel avlastning i helgene", "G3", "Tildelingskontoret",
     ["Tildelingskontoret"], "2029", "period", ""),
    ("T10", "", "Etablere dagaktivitetstilbud på lørdager for personer med demens", "G3", "Tverrvik dagsenter",
     ["Tverrvik dagsenter"], "Høsten 2028", "period", ""),
    ("T11", "", "Starte samtalegrupper for pårørende til personer med rusproblemer eller psykiske lidelser", "G3",
     "Psykisk helse og rus", ["Psykisk helse og rus"], "Hvert halvår", "recurring",
     "one owner (one unit named with 'og'); recurring"),
    ("T12", "", "Innføre felles retningslinjer for omsorgsstønad og informere om ordningen", "G3",
     "Tildelingskontoret og NAV", ["Tildelingskontoret", "NAV"], "31.12.2027", "date", "two owners; a date"),
    ("T13", "", "Innføre rutine for å spørre pasienter om de har mindreårige barn", "G4", "Helse og omsorg",
     ["Helse og omsorg"], None, None, "empty Frist: no deadline"),
    ("T14", "", "Tilby gruppetilbud for barn og unge som pårørende", "G4", "Helsestasjon og skolehelsetjeneste",
     ["Helsestasjon og skolehelsetjeneste"], "Skoleåret 2027/28", "period",
     "one owner (one service named with 'og'); a school year"),
    ("T15", "", "Gi lærere og barnehageansatte opplæring i å se barn som pårørende", "G4", "Oppvekst",
     ["Oppvekst"], "Innen utgangen av 2028", "period", ""),
    ("T16", "", "Evaluere handlingsplanen og legge fram forslag til ny plan", "G4", "Pårørendekoordinator",
     ["Pårørendekoordinator"], "2031", "period", "'2031' after the plan period 2027–2030"),
]
NB_TODO = "TODO: oppdatere tallene når Pårørendeundersøkelsen 2026 er klar"
NB_TEXT = {
    "1 Innledning": [
        "Pårørende gjør en stor innsats for sine nærmeste. I Tverrvik regner vi med at om lag 2 000 innbyggere "
        "hjelper en syk, eldre eller funksjonshemmet familiemedlem eller venn jevnlig. Uten dem ville "
        "tjenestene ikke gått rundt.",
        "Denne handlingsplanen viser hva kommunen skal gjøre i perioden 2027–2030 for å gi pårørende bedre "
        "informasjon, mer støtte og avlastning, og for å fange opp barn og unge som er pårørende.",
        "Planen følger opp kommuneplanens samfunnsdel 2024–2036. Et av hovedmålene der er:",
    ],
    "samfunnsdel": "«Innbyggerne i Tverrvik skal oppleve trygghet, mestring og fellesskap gjennom hele livet.» "
                   "(Kommuneplanens samfunnsdel 2024–2036, hovedmål 3)",
    "1b": [
        "Regjeringens pårørendestrategi og handlingsplan «Vi – de pårørende» legger vekt på at pårørende skal "
        "anerkjennes, involveres og støttes. Pårørendeveilederen fra Helsedirektoratet beskriver hva kommunen "
        "har plikt til.",
    ],
    "2 Pårørende i Tverrvik": [
        "I innbyggerundersøkelsen høsten 2025 svarte 31 prosent at de gir jevnlig hjelp til en person i "
        "familien eller omgangskretsen. Mange opplever det som meningsfullt, men fire av ti sier at de ofte er "
        "slitne, og hver femte har redusert arbeidstiden sin.",
    ],
    "3 Slik leser du tiltakstabellen": [
        "Tiltakene står i én tabell i kapittel 4. Kolonnen Mål viser hvilket mål tiltakene skal bidra til; "
        "målet står én gang, øverst ved siden av de tiltakene som hører til det. Kolonnen Ansvarlig viser hvem "
        "som har ansvaret for at tiltaket blir gjennomført, og kolonnen Frist når det skal være gjennomført.",
    ],
    "4 Mål og tiltak 2027–2030": [
        "Tabellen nedenfor er planens handlingsdel. Den bygger på innspill fra pårørendedialogen våren 2026, der "
        "over 120 pårørende, brukerorganisasjoner og ansatte deltok, og på gjennomgangen av forrige plan.",
        "Arbeidsgruppen har prioritert tiltak som gjør det lettere å finne fram, som gir pårørende en fast "
        "kontakt i tjenestene, og som gir mer fleksibel avlastning. Tiltak med kostnad blir spilt inn til "
        "budsjett og økonomiplan 2028–2031, og tiltak som ikke får finansiering, blir vurdert på nytt ved "
        "rulleringen.",
        "Flere av tiltakene blir gjennomført sammen med frivillige organisasjoner, brukerorganisasjonene og "
        "spesialisthelsetjenesten. De har ikke ansvaret for tiltakene, men er viktige samarbeidspartnere, og "
        "de blir invitert inn i arbeidet når tiltakene starter opp.",
    ],
    "5 Oppfølging og rullering": [
        "Pårørendekoordinatoren følger opp planen og rapporterer til hovedutvalg for helse og omsorg én gang i "
        "året. Eldrerådet, rådet for personer med funksjonsnedsettelse og ungdomsrådet får rapporten til "
        "orientering.",
        "Handlingsdelen rulleres hvert år sammen med budsjett og økonomiplan.",
    ],
}
NB_DONE = [
    "Pårørendeskole for pårørende til personer med demens, holdt fire ganger",
    "Egen pårørendekoordinator i 50 prosent stilling fra 2024",
    "Årlig pårørendedag i samarbeid med frivilligsentralen",
    "Avlastningsplasser på Tverrvik sykehjem økt fra to til fire",
]


@plan_builder
def build_parorende_flettet_maalcelle_nb() -> tuple[Plan, Path]:
    """Bokmål handlingsplan (python-docx → LibreOffice): portrait cover and background chapters, then a
    LANDSCAPE section with one table 'Mål | Tiltak | Ansvarlig | Frist' whose goal cell is merged down over the
    goal's rows; the table runs over a page break and its header row is NOT repeated; portrait again after."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt, RGBColor

    slug = NB_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="nb", title="Handlingsplan for pårørendearbeid 2027–2030", period=(2027, 2030),
        goals=[G(g, t) for g, t in NB_GOALS], measures=mb37._rows(NB_ROWS, 2030), source_ext="docx",
        notes="""
python-docx → LibreOffice Writer (Liberation Sans 10.5 pt, headings in plum), A4, Tverrvik kommune. Header
'Tverrvik kommune · Handlingsplan for pårørendearbeid 2027–2030' over a rule, footer 'Side n' centred, none on the
cover. Portrait: cover; 1 Innledning (quotes a hovedmål of kommuneplanens samfunnsdel «Innbyggerne i Tverrvik skal
oppleve trygghet …» and the national pårørendestrategi: traps, no goals), 2 Pårørende i Tverrvik (a leftover
'TODO: oppdatere tallene …' paragraph: an editorial leftover; 'Dette har vi fått til 2023–2026', a list of what
was done last period: no measures), 3 Slik leser du tiltakstabellen. Then a LANDSCAPE section: 4 Mål og tiltak
2027–2030, a one-line lead-in and ONE table 'Mål | Tiltak | Ansvarlig | Frist' (header row shaded, NOT repeated;
rows kept whole): the Mål cell is merged down over the rows of its goal and prints the goal sentence once at the
top (the GOALS); each Tiltak cell is a MEASURE linked to the goal of its merged cell. The table runs over the
page break inside goal 3's merged cell: p. 4 opens with goal 3's last row (no header row, an empty merged Mål
cell), then goal 4's rows with its sentence. Portrait again: 5 Oppfølging og rullering. Gold: OWNERS = Ansvarlig ('Pårørendekoordinator og
Frivilligsentralen', 'Tildelingskontoret og NAV' two each; 'Kommunalsjef helse og omsorg' a post, 'Psykisk helse
og rus', 'Helsestasjon og skolehelsetjeneste', 'Helse og omsorg' ONE each; 'Alle tjenesteledere' diffuse; empty =
none). DEADLINE = Frist ('1. halvår 2027', 'Høsten 2027', '2028', 'Våren 2028', '2029', 'Høsten 2028',
'Skoleåret 2027/28', 'Innen utgangen av 2028' periods; '01.03.2027', '31.12.2027' dates; 'Løpende' continuous;
'Årlig', 'Hvert halvår' recurring; '2031' after 2027–2030; empty = none). Finding quote of the leftover = the
TODO line as printed.
""")
    plum = "5B2A5E"
    doc = dh.new_document(font="Liberation Sans", size=10.5, margins_mm=22, heading_color=plum)
    mb.docx_lang(doc, "nb-NO")
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    dh.ruled_header(sec, "Tverrvik kommune · Handlingsplan for pårørendearbeid 2027–2030", size=8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Side ").font.size = Pt(8.5)
    dh.add_field(fp, "PAGE", "1", size=8.5)
    dh.para(doc, "", space_after=110)
    dh.para(doc, "TVERRVIK KOMMUNE", size=12, bold=True, color=plum, space_after=16)
    dh.para(doc, "Handlingsplan for pårørendearbeid 2027–2030", size=28, bold=True, color="3E1C40", space_after=10)
    dh.para(doc, "Sammen med de pårørende", size=15, italic=True, space_after=230)
    dh.para(doc, "Vedtatt av kommunestyret 15. desember 2026, sak 88/26", size=9)
    dh.page_break(doc)
    dh.heading(doc, "1 Innledning", 1)
    for t in NB_TEXT["1 Innledning"]:
        dh.para(doc, t, space_after=8)
    q = dh.para(doc, NB_TEXT["samfunnsdel"], italic=True, space_after=10)
    q.paragraph_format.left_indent = Mm(10)
    q.paragraph_format.right_indent = Mm(10)
    for t in NB_TEXT["1b"]:
        dh.para(doc, t, space_after=8)
    dh.heading(doc, "2 Pårørende i Tverrvik", 1)
    for t in NB_TEXT["2 Pårørende i Tverrvik"]:
        dh.para(doc, t, space_after=8)
    dh.para(doc, NB_TODO, space_after=8, color="C00000")
    dh.heading(doc, "Dette har vi fått til 2023–2026", 2)
    b = dh.add_num(doc, dh.add_abstract_num(doc, "bullet"))
    for t in NB_DONE:
        dh.list_item(doc, t, b)
    dh.heading(doc, "3 Slik leser du tiltakstabellen", 1)
    for t in NB_TEXT["3 Slik leser du tiltakstabellen"]:
        dh.para(doc, t, space_after=8)
    dh.add_section(doc, landscape=True, margins_mm=20)
    dh.heading(doc, "4 Mål og tiltak 2027–2030", 1)
    for t in NB_TEXT["4 Mål og tiltak 2027–2030"]:
        dh.para(doc, t, space_after=8)
    w = [62, 88, 62, 45]
    t = dh.new_table(doc, w)
    hr = dh.add_row(t, ["Mål", "Tiltak", "Ansvarlig", "Frist"], w, size=10, bold=True, fill=plum)
    dh.set_cant_split(hr)
    for c in hr.cells:
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for g, gt in NB_GOALS:
        rows = [r for r in NB_ROWS if r[3] == g]
        for k, (_id, _nr, text, _g, who, _o, when, _k, _n) in enumerate(rows):
            first = ("restart", gt) if k == 0 else ("continue", "")
            row = dh.add_row(t, [first, text, who, when or ""], w, size=11)
            dh.set_cant_split(row)
            dh.shade(row.cells[0], "F1E8F1")
    dh.add_section(doc, landscape=False, margins_mm=22)
    dh.heading(doc, "5 Oppfølging og rullering", 1)
    for tx in NB_TEXT["5 Oppfølging og rullering"]:
        dh.para(doc, tx, space_after=8)
    dh.set_core_properties(doc, title=plan.title, author="Tverrvik kommune")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, leftovers=(NB_TODO,), goal_after=3, measure_after=3)
    return plan, pdf


# =========================================================================== 3 nynorsk slides (odfpy .odp → Impress)

NN_SLUG = "hamn-strandsone-lysark-nn"
NN_AREAS = [("F1", "Trygge og tenlege hamner"), ("F2", "Småbåthamner og båtplassar"),
            ("F3", "Strandsona og friluftsliv"), ("F4", "Rein sjø og hamnemiljø")]
NN_GOALS = [
    ("G1", "Dei kommunale hamnene skal vere trygge, tilgjengelege og i god stand", "F1"),
    ("G2", "Fleire innbyggjarar skal få båtplass, og ventetida skal ned", "F2"),
    ("G3", "Strandsona skal vere open for ålmenta, og fleire skal bruke sjøen til friluftsliv", "F3"),
    ("G4", "Sjøen og hamneområda skal vere reine, og utsleppa frå båtar skal gå ned", "F4"),
]
# (id, nr, text, goal, bracket as printed, owners, frist as printed or None, kind, note)
NN_ROWS = [
    ("H1", "", "Byggje ny bølgjebrytar ved Nordvika hamn", "G1", "ansvar: Hamn og eigedom, frist: 2029",
     ["Hamn og eigedom"], "2029", "period", "one owner (one unit named with 'og')"),
    ("H2", "", "Setje opp redningsleiter og livbøyer på alle kommunale kaiar", "G1",
     "ansvar: Hamnefogden, frist: 1. juni 2027", ["Hamnefogden"], "1. juni 2027", "date", "a date"),
    ("H3", "", "Gjennomføre tilstandskontroll av kaiar og flytebrygger", "G1", "ansvar: Hamnefogden, frist: årleg",
     ["Hamnefogden"], "årleg", "recurring", "recurring"),
    ("H4", "", "Leggje til rette for universelt utforma tilkomst til gjestehamna", "G1", "frist: 2028", [], "2028",
     "period", "bracket without 'ansvar:': no owner"),
    ("H5", "", "Utvide småbåthamna i Kvernes med 60 nye båtplassar", "G2",
     "ansvar: Bratthamn hamnevesen KF, frist: 2028", ["Bratthamn hamnevesen KF"], "2028", "period", ""),
    ("H6", "", "Innføre eit digitalt system for søknad om og utleige av båtplassar", "G2",
     "ansvar: Hamnefogden og IKT-tenesta, frist: hausten 2027", ["Hamnefogden", "IKT-tenesta"], "hausten 2027",
     "period", "two owners"),
    ("H7", "", "Rydde opp i ulovleg fortøygde og forlatne båtar", "G2", "ansvar: Hamnefogden, frist: løpande",
     ["Hamnefogden"], "løpande", "continuous", "continuous"),
    ("H8", "", "Kartleggje stengsel og private hinder i strandsona", "G3", "ansvar: Plan og byggjesak, frist: 2027",
     ["Plan og byggjesak"], "2027", "period", "one owner (one unit named with 'og')"),
    ("H9", "", "Opparbeide turveg langs sjøen frå sentrum til Sandvika", "G3",
     "ansvar: Kultur og fritid og Teknisk drift, frist: 2030", ["Kultur og fritid", "Teknisk drift"], "2030",
     "period", "two owners (a unit named with 'og' and a name)"),
    ("H10", "", "Lage badeplass med flytebrygge og toalett i Sandvika", "G3",
     "ansvar: Kultur og fritid, frist: sommaren 2028", ["Kultur og fritid"], "sommaren 2028", "period",
     "one owner (one unit named with 'og')"),
    ("H11", "", "Setje opp mottak for septik og spillolje i alle kommunale småbåthamner", "G4",
     "ansvar: Teknisk drift, frist: 2029", ["Teknisk drift"], "2029", "period", ""),
    ("H12", "", "Arrangere strandryddeaksjon saman med skular og lag", "G4",
     "ansvar: Alle grunnskular, frist: kvar vår", ["Alle grunnskular"], "kvar vår", "recurring",
     "'Alle grunnskular' diffuse; recurring"),
    ("H13", "", "Utarbeide ein plan for handtering av forureina sjøbotn i Indre hamn", "G4",
     "ansvar: Miljørådgjevaren", ["Miljørådgjevaren"], None, None, "bracket without 'frist:': no deadline"),
    ("H14", "", "Krevje miljøsertifisering i nye leigeavtalar for næringskaiar", "G4",
     "ansvar: Bratthamn hamnevesen KF, frist: 2031", ["Bratthamn hamnevesen KF"], "2031", "period",
     "'2031' after the plan period 2027–2030"),
]
NN_LEFTOVER = "[sett inn namn og telefon]"


@plan_builder
def build_hamn_strandsone_lysark_nn() -> tuple[Plan, Path]:
    """Nynorsk handlingsplan as a slide deck (odfpy .odp → LibreOffice Impress, 16:9): title, agenda,
    background and done-last-period slides, then one slide per innsatsområde with a shaded 'Mål:' band and
    action bullets closing '(ansvar: …, frist: …)'; a last slide with follow-up dates and a contact leftover."""
    from odf.draw import Rect
    from odf.style import GraphicProperties

    slug = NN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="nn", title="Handlingsplan for hamner og strandsone 2027–2030", period=(2027, 2030),
        goals=[G(g, t, focus_area=f) for g, t, f in NN_GOALS], measures=mb37._rows(NN_ROWS, 2030),
        source_ext="odp", focus_areas=NN_AREAS,
        notes="""
OpenDocument PRESENTATION (odfpy .odp, the slide writer of make_prose_corpus.py) → LibreOffice Impress PDF, 16:9
slides (28 × 15.75 cm), one slide per page, Liberation Sans; footer band 'Bratthamn kommune · Hamner og
strandsone' and the slide number on every slide. Slide 1 title on a dark rectangle; 2 'Innhald' (agenda, no
area names); 3 'Bakgrunn' (facts and the national planning guideline for the strandsone, a 'skal' sentence: a
trap, no goal); 4 'Dette fekk vi til 2023–2026' (bullets with years: what was done last period, no measures);
slides 5–8 one per innsatsområde: title 'Innsatsområde n: <area>' (the FOCUS AREAS, without 'Innsatsområde n:'),
a shaded band 'Mål: <sentence>' (the GOALS, without 'Mål:'), then real list bullets '<action> (ansvar: <owner>,
frist: <time>)' (MEASURES = the text before the bracket, linked to the goal of the slide); 9 'Oppfølging'
(process bullets with dates: no measures; 'Kontaktperson: [sett inn namn og telefon]': an editorial leftover).
Gold: OWNERS = after 'ansvar:' up to the comma ('Hamnefogden og IKT-tenesta', 'Kultur og fritid og Teknisk drift'
two each; 'Hamn og eigedom', 'Plan og byggjesak', 'Kultur og fritid' ONE unit each; 'Bratthamn hamnevesen KF'
one; 'Alle grunnskular' diffuse; '(frist: 2028)' without 'ansvar:' = none). DEADLINE = after 'frist:' ('2027',
'2028', '2029', '2030', 'hausten 2027', 'sommaren 2028' periods; '1. juni 2027' date; 'løpande' continuous;
'årleg', 'kvar vår' recurring; '2031' after 2027–2030; '(ansvar: Miljørådgjevaren)' without 'frist:' = none).
""")
    from odf.element import Element

    Element.namespaces.clear()  # see make_blind_corpus.Odt: odfpy's class-level prefix dict, emptied per document
    o = mpc.Odp("Bratthamn kommune · Hamner og strandsone")
    W, H = o.W, o.H
    for st, colour in ((o.g_band, "#12405a"), (o.g_accent, "#e07a2e")):
        for gp in st.getElementsByType(GraphicProperties):
            gp.setAttribute("fillcolor", colour)
    dark = o.gstyle("gr_dark41", stroke="none", fill="solid", fillcolor="#12405a")
    band = o.gstyle("gr_goal41", stroke="none", fill="solid", fillcolor="#dcebf2", autogrowheight="false",
                    textareaverticalalign="middle", paddingleft="0.4cm", paddingright="0.4cm")
    p_h = o.pst("P_h41", fontsize="26pt", fontweight="bold", color="#12405a")
    p_goal = o.pst("P_goal41", fontsize="19pt", color="#12405a")
    p_b = o.pst("P_b41", fontsize="18pt", color="#1a1a1a", para=dict(marginbottom="0.22cm"))
    p_big = o.pst("P_big41", fontsize="36pt", fontweight="bold", color="#ffffff")
    p_sub = o.pst("P_sub41", fontsize="20pt", color="#ffffff", para=dict(margintop="0.3cm"))
    p_meta = o.pst("P_meta41", fontsize="13pt", color="#d6e4ec", para=dict(margintop="0.5cm"))

    def slide(title=None):
        s = o.slide()
        if title:
            box = o.frame(s, 1.2, 0.5, W - 2.4, 1.8, o.g_title)
            o.para(box, title, p_h)
            s.addElement(Rect(stylename=o.g_accent, x="1.3cm", y="2.35cm", width="3.0cm", height="0.14cm"))
        return s

    s = slide()
    s.addElement(Rect(stylename=dark, x="0cm", y="0cm", width=f"{W}cm", height=f"{H - 0.9:.2f}cm"))
    box = o.frame(s, 1.5, 3.0, W - 3, 6.0, o.g_title)
    o.para(box, "Handlingsplan for hamner og strandsone 2027–2030", p_big)
    o.para(box, "Bratthamn kommune", p_sub)
    box = o.frame(s, 1.5, 9.6, W - 3, 2.5)
    o.para(box, "Vedteken i kommunestyret 9. desember 2026, sak 102/26 · Hamn og eigedom", p_meta)

    s = slide("Innhald")
    box = o.frame(s, 1.5, 3.0, W - 3, 10.5)
    o.items(box, ["Bakgrunn", "Dette fekk vi til 2023–2026", "Mål og tiltak for fire innsatsområde",
                  "Oppfølging"], numbered=True, style=p_b)

    s = slide("Bakgrunn")
    box = o.frame(s, 1.5, 3.0, W - 3, 10.8)
    o.items(box, [
        "Kommunen eig 11 hamner og kaiar og driv fire småbåthamner med til saman 640 båtplassar",
        "142 personar står i kø for båtplass, og ventetida er opptil seks år",
        "Berre 38 prosent av strandsona i tettstadene er lett tilgjengeleg for ålmenta",
        "Statlege planretningslinjer: Strandsona skal vernast som eit verdifullt natur- og friluftsområde som er "
        "tilgjengeleg for alle",
        "Planen følgjer opp kommuneplanens arealdel og temaplanen for friluftsliv",
    ], style=p_b)

    s = slide("Dette fekk vi til 2023–2026")
    box = o.frame(s, 1.5, 3.0, W - 3, 10.8)
    o.items(box, [
        "Ny flytebrygge med 24 plassar i Vikhamna (2024)",
        "Oppryddingsaksjon i 14 viker saman med Hold Norge Rent (2025)",
        "Ny ladestasjon for elbåtar på gjestekaia (2025)",
        "Badeplassen på Holmen fekk universell utforming (2026)",
    ], style=p_b)

    area_name = dict(NN_AREAS)
    for k, (g, gt, fa) in enumerate(NN_GOALS, 1):
        s = slide(f"Innsatsområde {k}: {area_name[fa]}")
        gb = o.frame(s, 1.2, 2.75, W - 2.4, 1.55, band)
        o.para(gb, gt, p_goal, bold_prefix="Mål:")
        box = o.frame(s, 1.4, 4.6, W - 2.8, 9.6)
        o.items(box, [f"{text} ({br})" for _id, _nr, text, gg, br, *_r in NN_ROWS if gg == g], style=p_b)

    s = slide("Oppfølging")
    box = o.frame(s, 1.5, 3.0, W - 3, 10.8)
    o.items(box, [
        "Hamn og eigedom rapporterer på tiltaka til formannskapet i juni kvart år",
        "Tiltak som krev investering, blir spelte inn til budsjett og økonomiplan 2028–2031",
        "Planen skal rullerast i 2029",
        f"Kontaktperson: {NN_LEFTOVER}",
    ], style=p_b)

    src = d / f"{slug}.odp"
    o.save(src, plan.title, "Bratthamn kommune")
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, leftovers=(NN_LEFTOVER,), goal_after=5, measure_after=5)
    return plan, pdf


# =========================================================================== 4 Danish brochure (Chromium)

DA_SLUG = "digital-trivsel-brochure-da"
DA_AREAS = [("F1", "Familie og hjem"), ("F2", "Skole og fritid"), ("F3", "Trygge fællesskaber online"),
            ("F4", "Søvn, sundhed og bevægelse")]
DA_GOALS = [
    ("G1", "Forældre skal have viden og redskaber til at støtte deres børns sunde skærmvaner", "F1"),
    ("G2", "Alle børn og unge skal opleve skoler og fritidstilbud, hvor skærmen bruges med omtanke", "F2"),
    ("G3", "Færre børn og unge skal opleve digital mobning og deling af krænkende billeder", "F3"),
    ("G4", "Børn og unge skal sove bedre og bevæge sig mere i hverdagen", "F4"),
]
# (id, nr, title, goal, Ansvar as printed or None, owners, Frist as printed or None, kind, note, description)
DA_ROWS = [
    ("D1", "", "Forældremøder om skærmvaner på alle skoler", "G1", "Skole og Dagtilbud", ["Skole og Dagtilbud"],
     "Skoleåret 2027/28", "period", "one owner (one forvaltning named with 'og'); a school year",
     "Oplæg ved SSP-konsulenten på 4. og 7. årgang, med tid til forældrenes egne spørgsmål."),
    ("D2", "", "Digital forældreguide på dansk, arabisk og ukrainsk", "G1", "Sundhedsplejen", ["Sundhedsplejen"],
     "1. halvår 2027", "period", "", ""),
    ("D3", "", "Skærmfri familiedag på bibliotekerne", "G1", "Bibliotekerne og Kultur og Fritid",
     ["Bibliotekerne", "Kultur og Fritid"], "Hvert forår", "recurring",
     "two owners (a name and a unit named with 'og'); recurring",
     "Brætspil, værksteder og fortælling for hele familien."),
    ("D4", "", "Fælles regler for mobiltelefoner i alle folkeskoler", "G2", "Alle skoleledere",
     ["Alle skoleledere"], "1. august 2027", "date", "'Alle skoleledere' diffuse; a date",
     "Reglerne udarbejdes sammen med elevråd og skolebestyrelser."),
    ("D5", "", "Skærmfri frikvarterer med flere aktiviteter i skolegården", "G2", "Skole og Dagtilbud",
     ["Skole og Dagtilbud"], "Løbende", "continuous", "continuous", ""),
    ("D6", "", "Undervisningsforløb om digital dannelse i 5.–9. klasse", "G2", "Pædagogisk Center",
     ["Pædagogisk Center"], None, None, "no 'Frist:' line: no deadline",
     "Forløbet bygger på materialer fra Medierådet for Børn og Unge."),
    ("D7", "", "Skærmfri aftener i fritidsklubberne", "G2", "Ungdomsskolen", ["Ungdomsskolen"], "Efteråret 2027",
     "period", "", ""),
    ("D8", "", "Opsøgende SSP-indsats på sociale medier", "G3", "SSP-sekretariatet", ["SSP-sekretariatet"], "2028",
     "period", "", "To SSP-medarbejdere er til stede på de platforme, de unge bruger."),
    ("D9", "", "Anonym chat og rådgivning for unge", "G3", "Ungerådgivningen", ["Ungerådgivningen"], "2029",
     "period", "", ""),
    ("D10", "", "Kursus for pædagogisk personale i at håndtere digitale krænkelser", "G3", "HR og Udvikling",
     ["HR og Udvikling"], "2. kvartal 2028", "period", "one owner (one unit named with 'og')", ""),
    ("D11", "", "Søvn og skærm som tema i sundhedssamtalerne i 6. og 9. klasse", "G4", "Sundhedsplejen",
     ["Sundhedsplejen"], "2027", "period", "", ""),
    ("D12", "", "Bevægelsesbånd med aktive lege i indskolingen", "G4", "Skole og Dagtilbud", ["Skole og Dagtilbud"],
     "2028", "period", "", "I samarbejde med DGI og de lokale idrætsforeninger."),
    ("D13", "", "Kampagne om skærmfri sengetid for de 10–15-årige", "G4", "Kommunikation", ["Kommunikation"],
     "Efteråret 2028", "period", "", ""),
    ("D14", "", "Måling af søvn og skærmtid i den næste sundhedsprofil for børn og unge", "G4",
     "Sundhed og Forebyggelse", ["Sundhed og Forebyggelse"], "2031", "period",
     "one owner (one unit named with 'og'); '2031' after the plan period 2027–2030", ""),
]
DA_TEXT = {
    "Forord": [
        "Skærme er en naturlig del af børn og unges liv. De bruges til skole, til leg og til at holde kontakten "
        "med vennerne. Men mange forældre, lærere og unge fortæller os, at skærmen fylder for meget, og at den "
        "går ud over søvnen, bevægelsen og fællesskabet.",
        "Med denne handleplan vil vi sammen med forældre, skoler, klubber og foreninger give børn og unge i "
        "Lyngbæk et sundere og tryggere digitalt liv.",
        "Ulla Damgaard, formand for Børne- og Ungeudvalget",
    ],
    "Baggrund": [
        "Handleplanen er udarbejdet af Børn og Unge i samarbejde med Sundhed og Forebyggelse, Kultur og Fritid "
        "og Ungdomsskolen. Over 900 elever og 300 forældre har svaret på vores spørgeskema.",
        "Sundhedsstyrelsen anbefaler, at børn under to år ikke har skærmtid, og Kommissionen om trivsel og "
        "skærmbrug har foreslået, at alle folkeskoler skal være mobilfri. Anbefalingerne er ikke mål i denne "
        "plan, men planen bygger på dem.",
    ],
    "Sådan læser du planen": [
        "Planen har fire temaer. Under hvert tema står vores mål i en farvet boks, og derefter de indsatser, vi "
        "vil sætte i gang. Ved hver indsats står, hvem der har ansvaret, og hvornår den skal være gennemført.",
    ],
    "Opfølgning": [
        "Børn og Unge følger op på planen og giver Børne- og Ungeudvalget en status hvert år i marts. Planen "
        "revideres i 2029.",
    ],
}
DA_DONE = [
    "Mobilfri skoledag på tre ud af syv skoler",
    "Temaaften om gaming for 250 forældre i 2024",
    "Ungepanel om digital trivsel med elever fra alle skoler",
]
DA_FIG = [("2022", 38), ("2024", 43), ("2026", 41)]
DA_CAPTION = "Figur 1. Andel af eleverne i 6.–9. klasse, der bruger mere end fire timer om dagen på skærme uden for " \
             "skoletiden"


def _spaced(text: str) -> str:
    """A letter-spaced display heading as typed in a brochure: each letter followed by a space, words apart by
    three (non-breaking) spaces."""
    return "\u00a0\u00a0 ".join(" ".join(w) for w in text.upper().split())


@plan_builder
def build_digital_trivsel_brochure_da() -> tuple[Plan, Path]:
    """Danish handleplan as a two-column brochure (HTML → Chromium): a cover, letter-spaced display headings
    over two CSS columns, a shaded goal box over each list of indsatser, and labelled blocks (bold title,
    'Ansvar: …', 'Frist: …'), one of them without its 'Frist:' line."""
    slug = DA_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="da", title="Handleplan for børn og unges digitale trivsel 2027–2030",
        period=(2027, 2030), goals=[G(g, t, focus_area=f) for g, t, f in DA_GOALS],
        measures=mb37._rows(DA_ROWS, 2030), source_ext="html", focus_areas=DA_AREAS,
        notes="""
HTML/CSS → Chromium print, A4 portrait, Lyngbæk Kommune, a BROCHURE: DejaVu Sans 9.5 pt body in TWO CSS COLUMNS,
display headings in DejaVu Serif typed letter by letter in capitals ('F O R O R D   O G   B A G G R U N D', 'M Å L   O G
I N D S A T S E R'), theme
headings in capitals with CSS letter-spacing; @page header 'Lyngbæk Kommune' left and the short title right,
footer 'n' centred, none on the cover. Cover page (full-page colour block); p. 2: Forord (signed), Baggrund (the
Sundhedsstyrelse recommendation and the commission's proposal that every folkeskole 'skal være mobilfri': traps, no
goals), 'Det har vi gjort 2023–2026' (a list of what was done last period: no measures), a bar chart (SVG) with the
caption 'Figur 1. Andel af eleverne …' (a caption: no goal), a framed note 'Sådan læser du planen'; from a new page
'M Å L   O G   I N D S A T S E R': four themes, each a heading (the FOCUS AREAS), a SHADED GOAL BOX with the label
'VORES MÅL' and a sentence (the GOALS, without the label), then labelled blocks: a bold title (the MEASURE, linked
to the goal box above it), sometimes a description sentence naming partners (never owners), an 'Ansvar: <owner>'
line and a 'Frist: <time>' line. The blocks flow through the columns and over the page break. 'Opfølgning' at the
end. Gold: OWNERS = after 'Ansvar:' ('Bibliotekerne og Kultur og Fritid' two; 'Skole og Dagtilbud', 'HR og
Udvikling', 'Sundhed og Forebyggelse' ONE unit each; 'Alle skoleledere' diffuse). DEADLINE = after 'Frist:'
('Skoleåret 2027/28', '1. halvår 2027', 'Efteråret 2027', '2027', '2028', '2029', '2. kvartal 2028', 'Efteråret
2028' periods; '1. august 2027' date; 'Løbende' continuous; 'Hvert forår' recurring; '2031' after 2027–2030; the
block without a 'Frist:' line = none).
""")
    css = """
@page { size: A4; margin: 22mm 17mm 20mm 17mm;
  @top-left { content: "Lyngbæk Kommune"; font: 7.5pt 'DejaVu Sans'; color: #7a3b2e; }
  @top-right { content: "Handleplan for digital trivsel 2027–2030"; font: 7.5pt 'DejaVu Sans'; color: #7a3b2e; }
  @bottom-center { content: counter(page); font: 8pt 'DejaVu Sans'; color: #555; } }
@page :first { margin: 0; @top-left { content: none; } @top-right { content: none; }
  @bottom-center { content: none; } }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; line-height: 1.42; color: #222; margin: 0; }
.cover { height: 297mm; break-after: page; background: #7a3b2e; color: #fff; padding: 70mm 22mm 0 22mm;
  box-sizing: border-box; }
.cover .k { font: bold 12pt 'DejaVu Sans', sans-serif; letter-spacing: 0.25em; }
.cover h1 { font: bold 30pt/1.2 'DejaVu Serif', serif; margin: 14mm 0 8mm 0; }
.cover .u { font-size: 13pt; }
.cover .d { margin-top: 120mm; font-size: 8.5pt; }
.display { font: 20pt 'DejaVu Serif', serif; color: #7a3b2e; margin: 0 0 5mm 0; white-space: pre-wrap; }
.display.np { break-before: page; }
.cols { columns: 2; column-gap: 9mm; column-fill: auto; }
.cols.bal { column-fill: balance; }
h3 { font: bold 10.5pt 'DejaVu Sans', sans-serif; color: #7a3b2e; letter-spacing: 0.14em; text-transform: uppercase;
  margin: 5mm 0 2mm 0; break-after: avoid; border-top: 1.2pt solid #7a3b2e; padding-top: 1.5mm; }
h3:first-child { margin-top: 0; }
h4 { font: bold 10pt 'DejaVu Sans', sans-serif; color: #333; margin: 3mm 0 1mm 0; break-after: avoid; }
p { margin: 0 0 2.2mm 0; }
.sig { font-style: italic; }
.malboks { background: #f3e4dc; padding: 2.5mm 3.5mm; margin: 0 0 3.5mm 0; break-inside: avoid; break-after: avoid; }
.malboks .lbl { font: bold 7.5pt 'DejaVu Sans', sans-serif; color: #7a3b2e; letter-spacing: 0.3em; margin-bottom: 1mm; }
.malboks p { font-size: 10pt; margin: 0; }
.indsats { break-inside: avoid; margin: 0 0 3.2mm 0; }
.indsats .t { font-weight: bold; margin: 0 0 0.6mm 0; }
.indsats .f { margin: 0; }
.indsats .b { margin: 0 0 0.6mm 0; color: #444; }
ul { margin: 0 0 2.5mm 0; padding-left: 5mm; }
figure { margin: 2mm 0 3mm 0; break-inside: avoid; }
figcaption { font-size: 8pt; font-style: italic; color: #444; margin-top: 1mm; }
.note { border: 0.8pt solid #7a3b2e; padding: 2mm 3mm; margin: 3mm 0; break-inside: avoid; }
"""
    p = [f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{E(plan.title)}</title>"
         f"<style>{css}</style></head><body>"]
    p.append("<div class='cover'><div class='k'>LYNGBÆK KOMMUNE</div>"
             f"<h1>{E(plan.title)}</h1>"
             "<div class='u'>Mindre skærm, mere søvn, leg og fællesskab</div>"
             "<div class='d'>Vedtaget af Byrådet den 16. december 2026 · Børn og Unge</div></div>")
    p.append(f"<div class='display'>{E(_spaced('Forord og baggrund'))}</div><div class='cols bal'>")
    p.append("<h4>Forord</h4>")
    texts = DA_TEXT["Forord"]
    p += [f"<p{' class=sig' if t is texts[-1] else ''}>{E(t)}</p>" for t in texts]
    p.append("<h4>Baggrund</h4>" + "".join(f"<p>{E(t)}</p>" for t in DA_TEXT["Baggrund"]))
    p.append("<h4>Det har vi gjort 2023–2026</h4><ul>" + "".join(f"<li>{E(t)}</li>" for t in DA_DONE) + "</ul>")
    bars = "".join(
        f"<rect x='{20 + i * 62}' y='{110 - v * 2}' width='36' height='{v * 2}' fill='#b5654f'/>"
        f"<text x='{38 + i * 62}' y='{104 - v * 2}' font-size='10' text-anchor='middle' "
        f"font-family='DejaVu Sans'>{v} %</text>"
        f"<text x='{38 + i * 62}' y='124' font-size='10' text-anchor='middle' font-family='DejaVu Sans'>{y}</text>"
        for i, (y, v) in enumerate(DA_FIG))
    p.append(f"<figure><svg width='210' height='130' viewBox='0 0 210 130'>"
             f"<line x1='10' y1='110' x2='205' y2='110' stroke='#555' stroke-width='0.8'/>{bars}</svg>"
             f"<figcaption>{E(DA_CAPTION)}</figcaption></figure>")
    p.append("<div class='note'><h4>Sådan læser du planen</h4>"
             + "".join(f"<p>{E(t)}</p>" for t in DA_TEXT["Sådan læser du planen"]) + "</div></div>")
    p.append(f"<div class='display np'>{E(_spaced('Mål og indsatser'))}</div><div class='cols'>")
    area_name = dict(DA_AREAS)
    for g, gt, fa in DA_GOALS:
        p.append(f"<h3>{E(area_name[fa])}</h3>")
        p.append(f"<div class='malboks'><div class='lbl'>VORES MÅL</div><p>{E(gt)}</p></div>")
        for _id, _nr, title, gg, who, _o, when, _k, _n, desc in DA_ROWS:
            if gg != g:
                continue
            block = [f"<p class='t'>{E(title)}</p>"]
            if desc:
                block.append(f"<p class='b'>{E(desc)}</p>")
            if who:
                block.append(f"<p class='f'>Ansvar: {E(who)}</p>")
            if when:
                block.append(f"<p class='f'>Frist: {E(when)}</p>")
            p.append("<div class='indsats'>" + "".join(block) + "</div>")
    p.append("<h3>Opfølgning</h3>" + "".join(f"<p>{E(t)}</p>" for t in DA_TEXT["Opfølgning"]))
    p.append("</div></body></html>")
    src = d / f"{slug}.html"
    src.write_text("".join(p), encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf, goal_after=3, measure_after=3)
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
