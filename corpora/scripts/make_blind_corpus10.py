"""Build the tenth batch of blind authored plans (corpora/authored/<slug>/), in layouts not yet in
the corpus: a dot-leader table of contents repeating every goal before a follow-up table with a
Status column whose rows break over a page, a Swedish plan whose owners are abbreviations and whose
deadlines are school years, terms and seasons, an English Goal/Objective/Action plan printed from
HTML as a CSS grid with a traffic-light (RAG) column, and a nynorsk report whose goals stand in a
shaded sidebar beside running text that holds the measures.

    python corpora/scripts/make_blind_corpus10.py              # every plan
    python corpora/scripts/make_blind_corpus10.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus10.py --verify     # check gold against the PDFs

Same method as the earlier blind builders (plan data classes, findings derivation, gold writer,
OpenDocument writer, Chromium printer and LibreOffice export reused from make_blind_corpus.py, the
pdftotext check from make_blind_corpus3.py): each plan is written here as data and rendered by the
tool a municipality would use; the gold file is written from the same data, only the page numbers
are looked up in the PDF text. Gold files carry `held_out: true` and were committed before
plancheck was run on the documents.

Deterministic: fixed zip times, core/meta properties, PDF dates and IDs.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _docx_helpers as dh  # noqa: E402
import make_blind_corpus as mb  # noqa: E402
import make_blind_corpus3 as mb3  # noqa: E402
from make_blind_corpus import G, M, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus10.py")


def _measures(tree, *, diffuse_words=()) -> tuple[list[G], list[M]]:
    """Goals and measures from [(goal, [(text, printed owner, owners, deadline, kind, outside, note)])]."""
    goals, measures = [], []
    for gi, (gtext, rows) in enumerate(tree, start=1):
        goals.append(G(f"G{gi}", gtext))
        for k, (text, _p, owners, when, kind, outside, note) in enumerate(rows, start=1):
            diffuse = tuple(o for o in owners if o in diffuse_words)
            measures.append(M(f"M{gi}.{k}", text, [f"G{gi}"], owners, when, kind, diffuse=diffuse,
                              outside=outside, note=note))
    return goals, measures


# =========================================================================== 1 Word, dot-leader TOC + status table


@plan_builder
def build_trafikk_innhold_status() -> tuple[Plan, Path]:
    """Bokmål trafikksikkerhetsplan (Word → LibreOffice): a typed table of contents with dot leaders
    and page numbers that repeats every goal title on p. 1, then each goal as a numbered Heading 2
    with its own follow-up table 'Tiltak | Ansvar | Frist | Status' (status words are not deadlines);
    the last table's rows may split over the page under the repeated header row."""

    slug = "trafikk-innhold-status"
    tree = [
        ("Alle barn skal ha en trygg skolevei", [
            ("Bygge fortau langs Skoleveien fra Nordby skole til krysset ved Bakken", "Teknisk drift",
             ["Teknisk drift"], "2027", "period", "Pågår", False, ""),
            ("Innføre hjertesone rundt alle barneskoler med stengte innkjøringer ved skolestart", "Rektorene",
             ["Rektorene"], "Høst 2026", "period", "Ikke startet", False, ""),
            ("Kartlegge farlige punkter på skoleveiene sammen med elevrådene", "Oppvekstsjef",
             ["Oppvekstsjef"], "31.03.2027", "date", "Ikke startet", False, ""),
            ("Gi alle elever i 1. trinn refleksvest ved skolestart", "Helsestasjonen", ["Helsestasjonen"],
             "Hver høst", "recurring", "Pågår", False, "'Hver høst' recurring"),
        ]),
        ("Ingen skal bli drept eller hardt skadd i trafikken i Nordby", [
            ("Senke fartsgrensen til 40 km/t i sentrum", "Teknisk drift og Statens vegvesen",
             ["Teknisk drift", "Statens vegvesen"], "1. halvår 2027", "period", "Ikke startet", False, ""),
            ("Sette opp gatelys på gang- og sykkelveien langs Fv 112 mellom Nordby og Sletta", "", [],
             "2028", "period", "Ikke startet", False, "empty Ansvar cell"),
            ("Følge opp ulykkesstatistikken og melde nye ulykkespunkter til Statens vegvesen", "Arealplan",
             ["Arealplan"], None, None, "Pågår", False,
             "empty Frist cell; the Status 'Pågår' is not a deadline"),
        ]),
        ("Nordby kommune skal være en trafikksikker kommune i all egen drift", [
            ("Godkjenne kommunen som Trafikksikker kommune etter Trygg Trafikks kriterier", "Kommunedirektør",
             ["Kommunedirektør"], "Vår 2027", "period", "Pågår", False, ""),
            ("Ta inn krav om trafikksikker transport i alle nye anbud på skyss og varetransport, og følge "
             "opp kravene i de årlige kontraktsmøtene med leverandørene slik at avvik blir meldt til "
             "innkjøpsrådgiver og lukket innen fristen i kontrakten", "Innkjøpsrådgiver",
             ["Innkjøpsrådgiver"], "2026–2029", "period", "Fullført 2025 for skyss", False,
             "long cell; Status 'Fullført 2025 for skyss' is not a deadline"),
            ("Lage rutine for turer og utflukter i barnehager og skoler", "Alle enheter", ["Alle enheter"],
             "Løpende", "continuous", "Pågår", False, "'Alle enheter' diffuse; 'Løpende' continuous"),
            ("Gi ansatte som kjører i tjenesten kurs i sikker kjøring", "HR-sjef", ["HR-sjef"],
             "31.12.2027", "date", "Ikke startet", False, ""),
        ]),
        ("Flere skal gå og sykle til skole og jobb", []),
    ]
    goals = [G(f"G{gi}", g) for gi, (g, _r) in enumerate(tree, start=1)]
    measures = []
    for gi, (_g, rows) in enumerate(tree, start=1):
        for k, (text, _p, owners, when, kind, _st, outside, note) in enumerate(rows, start=1):
            measures.append(M(f"M{gi}.{k}", text, [f"G{gi}"], owners, when, kind,
                              diffuse=tuple(o for o in owners if o == "Alle enheter"), outside=outside, note=note))
    plan = Plan(
        slug=slug, language="nb", title="Trafikksikkerhetsplan for Nordby kommune 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="docx",
        notes="""
Word (python-docx) → LibreOffice PDF, portrait A4, Liberation Sans 10 pt. Bokmål. Page 1 is a
typed TABLE OF CONTENTS ('Innhold'): every chapter AND every goal title (as 'Mål 3.n <goal>') with a
dot-leader tab and a right-aligned page number; the TOC lines are NOT goals (the goals are on p. 2
on; gold pages looked up from p. 2). Chapter 3 has each goal as a numbered Heading 2 '3.n <goal>'
(gold text = the goal without the number; unnumbered 'skal' sentences, no 'Mål' word in the
heading), each followed by its own table 'Tiltak | Ansvar | Frist | Status' with a shaded header
row repeated on a new page; rows may split over a page, and the long innkjøp row (M3.2) does: its
Tiltak cell starts at the foot of p. 2 and its last three lines continue on p. 3 under the repeated
header row (gold page = 2, where it starts). The STATUS column holds 'Pågår', 'Ikke startet', 'Fullført 2025 for skyss': a status is
not a deadline (the gold deadline is the Frist cell). Goal 3.4 has no table, only a sentence saying
measures come in the next revision (goal-has-measure, error). One empty Ansvar cell (measure-has-owner,
error), one empty Frist cell whose Status says 'Pågår' (measure-has-deadline, error: the status must
NOT be read as its deadline), 'Hver høst' recurring and 'Løpende' continuous (measure-has-deadline,
warnings), 'Alle enheter' diffuse (owner-is-accountable, warning). 'Teknisk drift og Statens vegvesen'
two owners. Traps that must NOT be flagged or read as items: the TOC lines repeating the goals
(no duplicate goals, no goal without measures from them), the national zero vision quoted ('skal'),
the 'Ulykker i Nordby 2020–2024' fact table, the 'Dette har vi gjort' list, the reading guide naming
Status, and the 'Fullført 2025 for skyss' status (not a deadline, not outside the plan period).""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = dh.new_document(size=10, margins_mm=22, heading_color="1F4E79")
    mb.docx_lang(doc, "nb-NO")
    sec = doc.sections[0]
    dh.setup_header_footer(sec, "Nordby kommune · Trafikksikkerhetsplan 2026–2029")
    dh.set_core_properties(doc, title=plan.title, author="Nordby kommune")
    blue = "1F4E79"
    dh.para(doc, "NORDBY KOMMUNE", bold=True, color=blue, size=10)
    dh.para(doc, plan.title, bold=True, size=20, color=blue, space_after=4)
    dh.para(doc, "Høringsutkast, vedtatt lagt ut til offentlig ettersyn av formannskapet 4. februar 2026",
            italic=True, space_after=10)
    dh.para(doc, "Innhold", bold=True, size=13, color=blue, space_after=6)
    toc = [(1, "1 Innledning", 2), (1, "2 Dette har vi gjort 2022–2025", 2), (1, "3 Mål og tiltak", 2)]
    toc += [(2, f"Mål 3.{gi} {g}", 2 if gi < 4 else 3) for gi, (g, _r) in enumerate(tree, start=1)]
    toc += [(1, "4 Oppfølging og rullering", 3)]
    dh.typed_toc(doc, toc, text_width_mm=166)
    dh.page_break(doc)
    dh.heading(doc, "1 Innledning", 1)
    dh.para(doc, "Regjeringen har vedtatt nullvisjonen: det skal ikke skje ulykker med drepte eller hardt "
                 "skadde i vegtrafikken. Fylkets trafikksikkerhetsplan sier at alle kommuner skal ha en "
                 "oppdatert trafikksikkerhetsplan. Denne planen viser hva Nordby kommune gjør de neste fire årene.")
    dh.para(doc, "Slik leser du tabellene: Frist er når tiltaket skal være gjennomført. Status viser hvor "
                 "langt vi er kommet ved høringen, og blir oppdatert hvert år.")
    ft = dh.new_table(doc, [60, 30, 30])
    dh.add_row(ft, ["Ulykker i Nordby 2020–2024", "Antall", "Andel"], [60, 30, 30], size=9, bold=True,
               fill="DDE7F0")
    for r in (["Drepte", "2", "4 %"], ["Hardt skadde", "9", "18 %"], ["Lettere skadde", "39", "78 %"]):
        dh.add_row(ft, r, [60, 30, 30], size=9)
    dh.para(doc, "", space_after=2)
    dh.heading(doc, "2 Dette har vi gjort 2022–2025", 1)
    for s in ["Vi har bygget 1,8 km gang- og sykkelvei langs Fv 112.",
              "Vi har innført 30 km/t rundt alle barneskoler.",
              "Vi har gitt trafikkopplæring til alle barnehager."]:
        dh.para(doc, "– " + s, space_after=2)
    dh.heading(doc, "3 Mål og tiltak", 1)
    widths = [78, 32, 26, 30]
    for gi, (g, rows) in enumerate(tree, start=1):
        dh.heading(doc, f"3.{gi} {g}", 2)
        if not rows:
            dh.para(doc, "Tiltak for dette målet kommer ved første rullering av planen, etter at "
                         "sykkelstrategien er ferdig.")
            continue
        tb = dh.new_table(doc, widths)
        hr = dh.add_row(tb, ["Tiltak", "Ansvar", "Frist", "Status"], widths, size=9, bold=True, fill="DDE7F0")
        dh.set_repeat_header(hr)
        for text, printed, _o, when, _k, status, _out, _n in rows:
            dh.add_row(tb, [text, printed, when or "", status], widths, size=9.5)
        dh.para(doc, "", space_after=2)
    dh.heading(doc, "4 Oppfølging og rullering", 1)
    dh.para(doc, "Trafikksikkerhetsutvalget følger opp planen hvert år og oppdaterer statusfeltet. Planen "
                 "rulleres i 2027 sammen med økonomiplanen.")
    for p in doc.paragraphs:
        p.paragraph_format.widow_control = True
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = mb.lo_pdf(src)
    write_gold(plan, pdf, goal_after=2, measure_after=2)
    return plan, pdf


# =========================================================================== 2 Swedish ODT, abbreviations and term deadlines


@plan_builder
def build_elevhalsa_forkortningar_sv() -> tuple[Plan, Path]:
    """Swedish handlingsplan för elevhälsa (odfpy → LibreOffice): a 'Förkortningar' list at the
    FRONT, then per goal a heading and a table 'Åtgärd | Ansvar | När' whose owners are only
    abbreviations and whose deadlines are school years, terms and seasons."""
    slug = "elevhalsa-forkortningar-sv"
    legend = [("BUF", "Barn- och utbildningsförvaltningen"), ("EHT", "Elevhälsoteamet på varje skola"),
              ("RE", "Rektor"), ("SSK", "Skolsköterskorna"), ("KFF", "Kultur- och fritidsförvaltningen"),
              ("SOC", "Socialförvaltningen"), ("HR", "HR-avdelningen")]
    tree = [
        ("Alla elever ska känna sig trygga i skolan och ha minst en vuxen att vända sig till.", [
            ("Införa en gemensam plan mot kränkande behandling för alla skolor", "BUF", ["BUF"],
             "Läsåret 2026/27", "period", False, "school year"),
            ("Utbilda all personal i trygghetsarbete och bemötande", "RE/HR", ["RE", "HR"], "Höstterminen 2026",
             "period", False, ""),
            ("Genomföra trygghetsvandringar med elevrådet", "RE", ["RE"], "Varje termin", "recurring", False,
             "'Varje termin' recurring"),
        ]),
        ("Elevhälsan ska arbeta mer förebyggande och nå eleverna tidigt.", [
            ("Erbjuda hälsosamtal i årskurs 2, 4 och 7", "SSK", ["SSK"], "Läsåret 2027/28", "period", False, ""),
            ("Ta fram en rutin för tidig upptäckt av frånvaro", "EHT", ["EHT"], "Våren 2027", "period", False, ""),
            ("Starta föräldrastödsgrupper för föräldrar till tonåringar", "", [], "1:a tertialet 2027", "period",
             False, "empty Ansvar cell"),
            ("Följa upp elevhälsans arbete i kvalitetsrapporten", "BUF", ["BUF"], None, None, False,
             "empty När cell"),
        ]),
        ("Barn och unga i Vinnerstad ska ha en meningsfull fritid.", [
            ("Öppna fritidsgården i Norrby även på lördagar", "KFF", ["KFF"], "Sommaren 2026", "period", False, ""),
            ("Samordna skolans och socialtjänstens insatser för elever med hög frånvaro", "SOC/EHT",
             ["SOC", "EHT"], "Läsåret 2026/27", "period", False, ""),
            ("Erbjuda lovaktiviteter för alla elever", "Alla förvaltningar", ["Alla förvaltningar"], "Varje lov",
             "recurring", False, "'Alla förvaltningar' diffuse; 'Varje lov' recurring"),
        ]),
        ("Elevhälsans personal ska ha en god arbetsmiljö och rätt kompetens.", []),
    ]
    goals, measures = _measures(tree, diffuse_words=("Alla förvaltningar",))
    plan = Plan(
        slug=slug, language="sv", title="Handlingsplan för elevhälsa 2026–2028", period=(2026, 2028),
        goals=goals, measures=measures, source_ext="odt",
        notes="""
OpenDocument (odfpy) → LibreOffice PDF, portrait A4, Liberation Sans 10 pt. Swedish. A
'Förkortningar' (abbreviations) list stands at the FRONT, right after the title block, as a two-
column borderless table (abbreviation | meaning): BUF = Barn- och utbildningsförvaltningen, EHT =
Elevhälsoteamet på varje skola, RE = Rektor, SSK = Skolsköterskorna, KFF = Kultur- och
fritidsförvaltningen, SOC = Socialförvaltningen, HR = HR-avdelningen; it is not items. Chapter 3 has
each goal as a Heading 2 'Mål n' with the goal sentence in a bold paragraph under it (gold text =
the sentence) and then a table 'Åtgärd | Ansvar | När'. Gold owner = the ABBREVIATION as printed
(as in skolemaaltid-marginoverskrifter); 'RE/HR' and 'SOC/EHT' two owners each. Deadlines are
school years, terms and seasons, kind 'period': 'Läsåret 2026/27' (Aug 2026–Jun 2027), 'Höstterminen
2026', 'Läsåret 2027/28', 'Våren 2027', '1:a tertialet 2027' (Jan–Apr), 'Sommaren 2026'; 'Varje
termin' and 'Varje lov' recurring (measure-has-deadline, warnings). One empty Ansvar cell (measure-
has-owner, error), one empty När cell (measure-has-deadline, error), 'Alla förvaltningar' diffuse
(owner-is-accountable, warning). Mål 4 has no table, only a sentence that the HR plan covers it
(goal-has-measure, error). Traps that must NOT be read as items or flagged: the abbreviation list,
the Skollag quotation ('ska'), the 'Elevhälsan i siffror' box with 'läsåret 2025/26', the 'Det här
har vi gjort' list and the follow-up chapter.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    od = mb.Odt(header="Vinnerstads kommun · Handlingsplan för elevhälsa 2026–2028", size=10, lang="sv",
                country="SE", footer_text="Sida", margin_cm=2.2)
    plum = "#5b2a6e"
    od.style("H1", size=14, bold=True, before=0.4, after=0.15, color=plum, keep=True)
    od.style("H2", size=12, bold=True, before=0.3, after=0.1, color=plum, keep=True)
    od.style("Title", size=21, bold=True, after=0.25, color=plum)
    od.style("Goal", size=10.5, bold=True, after=0.1, keep=True)
    od.style("Bullet", size=10, indent_cm=0.6, hanging_cm=0.4, after=0.05)
    od.style("Box", size=9, after=0.05)
    od.style("BoxHead", size=10, bold=True, after=0.1)
    od.p("Vinnerstads kommun", "H3")
    od.p(plan.title, "Title")
    od.p("Antagen av barn- och utbildningsnämnden den 19 februari 2026, § 12")
    od.p("**Förkortningar**")
    od.table([2.2, 10.0], [[a, b] for a, b in legend], header_rows=0, border="none")
    od.h("1 Inledning", 1)
    od.p("Skollagen säger att elevhälsan ska vara främst förebyggande och hälsofrämjande och stödja "
         "elevernas utveckling mot utbildningens mål. Den här planen visar vad vi gör under 2026–2028.")
    od.p("Så läser du planen: under varje mål finns en tabell. I kolumnen Ansvar står en förkortning, se "
         "listan ovan. I kolumnen När står läsår, termin eller årstid.")
    od.frame([("Elevhälsan i siffror", "BoxHead"),
              ("• 71 procent av eleverna i årskurs 8 känner sig trygga i skolan läsåret 2025/26.", "Box"),
              ("• 9 procent av eleverna har mer än 15 procent frånvaro.", "Box"),
              ("• Kommunen har 11 skolsköterskor och 6 kuratorer.", "Box")], width_cm=13, fill="#f1e9f4",
             border="0.8pt solid #5b2a6e")
    od.h("2 Det här har vi gjort 2023–2025", 1)
    for t in ["Vi har anställt två nya kuratorer.", "Vi har infört digital frånvaroanmälan.",
              "Vi har startat samverkan med ungdomsmottagningen."]:
        od.p("• " + t, "Bullet")
    od.h("3 Mål och åtgärder", 1)
    for gi, (gtext, rows) in enumerate(tree, start=1):
        od.h(f"Mål {gi}", 2)
        od.p(gtext, "Goal")
        if not rows:
            od.p("Åtgärder för detta mål tas fram i HR-avdelningens kompetensplan under 2027.")
            continue
        od.table([10.2, 2.6, 3.8], [["Åtgärd", "Ansvar", "När"]] +
                 [[t, p, w or ""] for t, p, _o, w, _k, _out, _n in rows], header_fill="#e4d6ea")
    od.h("4 Uppföljning", 1)
    od.p("BUF följer upp planen i kvalitetsrapporten varje läsår. Planen revideras våren 2028.")
    src = od.save(d / f"{slug}.odt", title=plan.title, author="Vinnerstads kommun")
    pdf = mb.lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 3 English HTML, Goal/Objective/Action CSS grid with RAG column


@plan_builder
def build_active_travel_grid_en() -> tuple[Plan, Path]:
    """English (UK) action plan printed by Chromium: 'Goal n' bands, 'Objective n.m' lines, and the
    actions 'n.m.a' as rows of a CSS grid (Ref | Action | Lead | By when | Status) whose Status column
    is a traffic-light dot with a word (RAG), not a date."""
    import html as _h

    slug = "active-travel-grid-en"
    hw, ps = "Highways Team", "Public Health"
    outline = [
        ("Make walking and cycling the natural choice for short journeys in Brackwell.", [
            ("Build a connected network of safe cycle routes", [
                ("Complete the segregated cycle lane on London Road", hw, [hw], "March 2027", "period", "green",
                 ""),
                ("Add 300 secure cycle parking spaces in the town centre", "Parking Services", ["Parking Services"],
                 "Summer 2026", "period", "amber", ""),
                ("Publish a Local Cycling and Walking Infrastructure Plan", "Transport Planning",
                 ["Transport Planning"], "December 2026", "period", "green", ""),
            ]),
            ("Make streets around schools safer and calmer", [
                ("Introduce School Streets at ten primary schools", "", [], "September 2026", "period", "amber",
                 "empty Lead cell"),
                ("Fund Bikeability training for every Year 6 pupil", "Road Safety Team", ["Road Safety Team"],
                 "Each school year", "recurring", "green", "'Each school year' recurring"),
            ]),
        ]),
        ("Help residents become more active through everyday travel.", [
            ("Encourage people who do not walk or cycle today to try it", [
                ("Run a free adult cycle training and bike loan scheme", ps, [ps], "2026–2028", "period", "green",
                 ""),
                ("Launch a workplace travel challenge with the ten largest employers", "Economic Development",
                 ["Economic Development"], None, None, "red", "empty By when cell; RAG 'Red' is not a date"),
            ]),
            ("Make walking easier for older and disabled people", [
                ("Install dropped kerbs and benches on routes to the three health centres", hw, [hw], "Q2 2027",
                 "period", "red", ""),
                ("Review all pedestrian crossings against the accessibility standard", "All services",
                 ["All services"], "Ongoing", "continuous", "green", "'All services' diffuse; 'Ongoing'"),
            ]),
        ]),
        ("Cut transport emissions in line with the council's climate commitment.", [
            ("Electrify the council's own fleet", [
                ("Replace 40 diesel vans with electric vans", "Fleet Services", ["Fleet Services"], "2028", "period",
                 "amber", ""),
            ]),
            ("Support residents to switch to zero-emission vehicles", []),
        ]),
    ]
    goals, measures = [], []
    on = 0
    for gi, (gtext, objectives) in enumerate(outline, start=1):
        goals.append(G(f"G{gi}", gtext))
        for oi, (otext, acts) in enumerate(objectives, start=1):
            on += 1
            oid = f"O{gi}.{oi}"
            goals.append(G(oid, otext, kind="sub_goal", parent=f"G{gi}"))
            for ai, (text, _p, owners, when, kind, _rag, note) in enumerate(acts):
                measures.append(M(f"A{gi}.{oi}.{'abcdef'[ai]}", text, [oid], owners, when, kind,
                                  diffuse=tuple(o for o in owners if o == "All services"), note=note))
    plan = Plan(
        slug=slug, language="en", title="Brackwell Active Travel Action Plan 2026–2028", period=(2026, 2028),
        goals=goals, measures=measures, source_ext="html",
        notes="""
HTML page printed to PDF by headless Chromium (--print-to-pdf, --no-pdf-header-footer), portrait
A4, Liberation Sans. English (UK). Outline Goal → Objective → Action: each goal a dark band 'Goal n'
with the goal sentence in it (gold text = the sentence, kind goal), each objective a bold line
'Objective n.m' + text (kind sub_goal, parent the goal), and the actions a CSS GRID (display: grid,
five columns, a header row 'Ref | Action | Lead | By when | Status' per objective, position: sticky
header cells as a web page has them — in print they simply stand above the rows). Ref 'n.m.a' (letter
action codes; gold ids A n.m.a); links: an action links the objective above it. The STATUS column is
a RAG traffic light: a coloured dot and the word 'On track', 'At risk' or 'Off track' — not a
deadline and not an owner. Objective 3.2 has no actions (goal-has-measure, error; goal 3 is still
served by objective 3.1). One empty Lead cell (measure-has-owner, error), one empty By when cell
whose status is 'Off track' (measure-has-deadline, error), 'Each school year' recurring and
'Ongoing' continuous (measure-has-deadline, warnings), 'All services' diffuse (owner-is-accountable,
warning). Date forms: 'March 2027', 'Summer 2026', 'December 2026', 'September 2026', '2026–2028',
'Q2 2027', '2028'. Traps that must NOT be read as items or flagged: the Council Plan priority quoted
('we will'), the national target quoted ('by 2030'), the 'Key facts' panel, the RAG key, the 'What
we delivered 2023–2025' list and the page footer with contact details.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    e = _h.escape
    rag = {"green": ("On track", "#2e8b3a"), "amber": ("At risk", "#e0a100"), "red": ("Off track", "#c8302c")}
    parts = [f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{e(plan.title)} – Brackwell Borough Council</title>
<style>
@page {{ size: A4; margin: 14mm 14mm 15mm 14mm; }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 9.5pt; line-height: 1.35; color: #1b1b1b; margin: 0; }}
.top {{ color: #0b4f6c; font-weight: bold; font-size: 12pt; border-bottom: 3px solid #0b4f6c; padding-bottom: 4px; }}
h1 {{ font-size: 19pt; color: #0b4f6c; margin: 8px 0 4px; }}
h2 {{ font-size: 13pt; color: #0b4f6c; margin: 12px 0 4px; }}
.facts {{ display: grid; grid-template-columns: repeat(3, 1fr); gap: 6px; margin: 6px 0; }}
.facts div {{ background: #e6f1f5; padding: 5px 7px; font-size: 8.5pt; }}
.goal {{ background: #0b4f6c; color: #fff; padding: 6px 9px; margin: 14px 0 6px; break-after: avoid; }}
.goal .no {{ font-size: 8.5pt; letter-spacing: 1px; text-transform: uppercase; display: block; }}
.goal .txt {{ font-size: 11.5pt; font-weight: bold; }}
.obj {{ font-weight: bold; margin: 8px 0 3px; break-after: avoid; }}
.obj span {{ color: #0b4f6c; margin-right: 6px; }}
.grid {{ display: grid; grid-template-columns: 13mm 1fr 36mm 26mm 24mm; border-top: 1px solid #9fb8c4;
  margin-bottom: 6px; }}
.grid > div {{ padding: 3px 5px; border-bottom: 1px solid #d3dfe5; }}
.grid .h {{ position: sticky; top: 0; background: #d7e8ef; font-weight: bold; font-size: 8.5pt; }}
.dot {{ display: inline-block; width: 8px; height: 8px; border-radius: 50%; margin-right: 4px; }}
.key span {{ margin-right: 12px; }}
footer {{ margin-top: 14px; border-top: 2px solid #0b4f6c; padding-top: 4px; font-size: 8pt; color: #444; }}
</style></head><body>
<div class="top">Brackwell Borough Council</div>
<h1>{e(plan.title)}</h1>
<p><i>Agreed by Cabinet on 21 January 2026</i></p>
<p>Our Council Plan says: “We will make Brackwell a healthier, greener place where it is easy to get around
without a car.” The government’s Cycling and Walking Investment Strategy sets the target that half of all
short journeys in towns are walked or cycled by 2030. This plan sets out what we will do in the next three years.</p>
<div class="facts"><div><b>Key facts</b><br>38% of car trips in Brackwell are under 3 km.</div>
<div>1 in 4 adults does less than 30 minutes of activity a week.</div>
<div>Transport is 31% of the borough’s carbon emissions.</div></div>
<p>How to read this plan: each goal has objectives, and each objective has actions with a lead team, the
date by when it will be done and a status.</p>
<p class="key">Status key: """]
    parts.append("".join(f'<span><span class="dot" style="background:{c}"></span>{w}</span>'
                         for w, c in rag.values()) + "</p>\n<h2>What we delivered 2023–2025</h2>\n<ul>"
                 "<li>We opened the Riverside walking and cycling bridge.</li>"
                 "<li>We introduced 20 mph limits in all residential streets.</li>"
                 "<li>We gave 1,200 pupils Bikeability training.</li></ul>\n<h2>Goals, objectives and actions</h2>\n")
    for gi, (gtext, objectives) in enumerate(outline, start=1):
        parts.append(f'<div class="goal"><span class="no">Goal {gi}</span><span class="txt">{e(gtext)}</span></div>\n')
        for oi, (otext, acts) in enumerate(objectives, start=1):
            parts.append(f'<div class="obj"><span>Objective {gi}.{oi}</span>{e(otext)}</div>\n')
            if not acts:
                parts.append("<p>Actions for this objective will be added when the regional charging "
                             "strategy is published.</p>\n")
                continue
            cells = [f'<div class="h">{h}</div>' for h in ("Ref", "Action", "Lead", "By when", "Status")]
            for ai, (text, printed, _o, when, _k, r, _n) in enumerate(acts):
                w, c = rag[r]
                cells += [f"<div>{gi}.{oi}.{'abcdef'[ai]}</div>", f"<div>{e(text)}</div>",
                          f"<div>{e(printed)}</div>", f"<div>{e(when or '')}</div>",
                          f'<div><span class="dot" style="background:{c}"></span>{w}</div>']
            parts.append('<div class="grid">' + "".join(cells) + "</div>\n")
    parts.append("""<h2>Monitoring</h2>
<p>The Active Travel Board reviews the status of every action each quarter and reports to the
Environment Scrutiny Panel once a year.</p>
<footer>Brackwell Borough Council · Town Hall, Market Square, Brackwell BK1 1AA · 01632 960 000 ·
transport@brackwell.gov.uk</footer>
</body></html>
""")
    src = d / f"{slug}.html"
    src.write_text("".join(parts), encoding="utf-8")
    pdf = mb.chromium_pdf(src, d / f"{slug}.pdf")
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 4 nynorsk reportlab, goal sidebar beside running text


@plan_builder
def build_frivilligheit_sidefelt_nn() -> tuple[Plan, Path]:
    """Nynorsk handlingsplan for frivilligheit as a generated report (reportlab): each goal in a
    SHADED SIDEBAR cell at the left, beside running text on the right in which every measure is a
    bold lead sentence followed by explanation and 'Ansvarleg: … Frist: …' inside the same paragraph;
    deadlines as seasons and school years."""
    slug = "frivilligheit-sidefelt-nn"
    kk, fs = "Kulturkontoret", "Frivilligsentralen"
    tree = [
        ("Fleire innbyggjarar i Ålvik skal delta i frivillig arbeid.", [
            ("Vi opnar ein digital frivilligportal der lag og organisasjonar kan lyse ut oppdrag.",
             "Portalen blir laga saman med nabokommunane, og lag kan bruke han gratis.", kk, [kk],
             "hausten 2026", "period", False, ""),
            ("Vi skipar til ein årleg frivilligdag på torget med stands for alle lag.",
             "Dagen blir lagd til første laurdag i september.", fs, [fs], "kvart år", "recurring", False,
             "'kvart år' recurring"),
            ("Vi lagar ei ordning med frivilligkort som gjev rabatt hos lokale butikkar.",
             "Næringsforeininga har sagt seg villig til å vere med.", "", [], "innan sommaren 2027", "period", False,
             "no 'Ansvarleg' sentence in the paragraph"),
        ]),
        ("Lag og organisasjonar skal ha gode og rimelege lokale.", [
            ("Vi gjev laga gratis leige av skulane sine gymsalar og klasserom på kveldstid.",
             "Ordninga gjeld alle lag som er registrerte i Frivilligregisteret.", "Eigedomsavdelinga",
             ["Eigedomsavdelinga"], "skuleåret 2026/27", "period", False, "school year"),
            ("Vi greier ut eit felles lagshus i det gamle samvirkelaget.",
             "Utgreiinga skal vise kostnader og korleis huset kan driftast.", "Kommunedirektøren",
             ["Kommunedirektøren"], "1. tertial 2027", "period", False, ""),
            ("Vi lagar eit enkelt bookingsystem for alle kommunale lokale.",
             "Systemet skal vise ledige tider på nettet.", "Eigedomsavdelinga og IKT",
             ["Eigedomsavdelinga", "IKT"], "våren 2028", "period", False, ""),
        ]),
        ("Kommunen skal vere ein føreseieleg samarbeidspartnar for frivilligheita.", [
            ("Vi samlar alle tilskotsordningane til frivilligheita i éin søknadsportal med felles frist.",
             "Søknadsfristen blir 1. mars kvart år.", kk, [kk], "hausten 2027", "period", False, ""),
            ("Vi held dialogmøte mellom formannskapet og frivilligrådet.",
             "Møta skal handle om planar, lokale og tilskot.", "Ordføraren", ["Ordføraren"], None, None, False,
             "no 'Frist' in the paragraph"),
            ("Vi evaluerer frivilligpolitikken saman med frivilligrådet.",
             "Evalueringa skal liggje føre før neste plan.", fs, [fs], "2031", "period", True,
             "'2031' after the plan period 2026–2029"),
            ("Vi tilset ein frivilligkoordinator i 50 prosent stilling.",
             "Stillinga blir lagd til Frivilligsentralen.", "Kommunedirektøren", ["Kommunedirektøren"],
             "1. januar 2027", "date", False, ""),
        ]),
    ]
    goals, measures = _measures([(g, [(t, p, o, w, k, out, n) for t, _x, p, o, w, k, out, n in rows])
                                 for g, rows in tree])
    plan = Plan(
        slug=slug, language="nn", title="Handlingsplan for frivilligheit 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="py",
        notes="""
Generated with reportlab (Liberation Sans TTF, invariant), portrait A4, as a case-handling or
report system prints it. Nynorsk. Chapter 3 is one block per goal: a two-cell borderless table whose
LEFT cell (48 mm) is a SHADED SIDEBAR holding 'Mål n' and the goal sentence (gold text = the
sentence), and whose RIGHT cell is RUNNING TEXT: an introductory paragraph of context (not a
measure) and then one paragraph per measure: a bold lead sentence 'Vi …' (gold text = that
sentence), one plain sentence of explanation, then 'Ansvarleg: <owner>. Frist: <deadline>.' inside
the same paragraph (no table, no bullet). Links: a measure links the goal in the sidebar beside it.
Deadlines written as seasons and school years, lower case as in running text: 'hausten 2026',
'innan sommaren 2027' (gold 'innan sommaren 2027', kind period, end 30.06.2027), 'skuleåret 2026/27',
'1. tertial 2027' (Jan–Apr), 'våren 2028', 'hausten 2027', '1. januar 2027', '2031'; 'kvart år'
recurring (measure-has-deadline, warning). One paragraph without an 'Ansvarleg' sentence (measure-
has-owner, error), one without 'Frist' (measure-has-deadline, error), '2031' after the plan period
(deadline-within-plan-period, warning). 'Eigedomsavdelinga og IKT' two owners. Traps that must NOT be
read as items or flagged: the explanation sentences inside the measure paragraphs (one says
'Søknadsfristen blir 1. mars kvart år', which is not the measure's deadline), the context
paragraphs in the right column, the national frivilligheit goal and the samfunnsdel quoted
('skal'), the 'Frivilligheita i tal' box, the 'Dette har vi gjort' list.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    pdf = d / f"{slug}.pdf"
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fontdir = Path("/usr/share/fonts/truetype/liberation")
    for name, fn in (("LS", "LiberationSans-Regular"), ("LS-Bold", "LiberationSans-Bold"),
                     ("LS-Italic", "LiberationSans-Italic")):
        pdfmetrics.registerFont(TTFont(name, str(fontdir / f"{fn}.ttf")))
    pdfmetrics.registerFontFamily("LS", normal="LS", bold="LS-Bold", italic="LS-Italic")
    green = colors.HexColor("#3c6e47")
    base = ParagraphStyle("b", fontName="LS", fontSize=10, leading=13.5, spaceAfter=5)
    h1 = ParagraphStyle("h1", parent=base, fontName="LS-Bold", fontSize=20, leading=25, textColor=green)
    h2 = ParagraphStyle("h2", parent=base, fontName="LS-Bold", fontSize=13.5, leading=17, spaceBefore=8,
                        textColor=green)
    side_no = ParagraphStyle("sn", parent=base, fontName="LS-Bold", fontSize=9, textColor=green, spaceAfter=3)
    side = ParagraphStyle("sd", parent=base, fontName="LS-Bold", fontSize=11, leading=14.5)
    body = ParagraphStyle("bd", parent=base, fontSize=9.5, leading=13, spaceAfter=6)
    bullet = ParagraphStyle("bl", parent=base, leftIndent=12, bulletIndent=2, spaceAfter=2)

    def page(canvas, doc):
        canvas.saveState()
        canvas.setFont("LS", 8.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(20 * mm, 287 * mm - 5 * mm, "Ålvik kommune · " + plan.title)
        canvas.drawRightString(190 * mm, 10 * mm, f"Side {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, title=plan.title, author="Ålvik kommune", creator="Ålvik kommune",
                            invariant=1)
    s = [Paragraph("ÅLVIK KOMMUNE", ParagraphStyle("o", parent=base, fontName="LS-Bold", textColor=green)),
         Paragraph(plan.title, h1),
         Paragraph("Vedteken av kommunestyret 12. mars 2026, sak 19/26", ParagraphStyle("i", parent=base,
                                                                                         fontName="LS-Italic")),
         Paragraph("1 Innleiing", h2),
         Paragraph("Kommuneplanen sin samfunnsdel seier at «Ålvik skal ha eit rikt organisasjonsliv der alle "
                   "kan vere med». Det nasjonale målet er at alle som ønskjer det, skal kunne delta i frivillig "
                   "verksemd. Denne planen viser kva kommunen skal gjere for frivilligheita i 2026–2029.", base),
         Paragraph("Slik les du planen: I kapittel 3 står målet i det grøne feltet til venstre. Til høgre "
                   "fortel vi kva vi gjer, kven som har ansvaret og når det skal vere gjort.", base)]
    facts = Table([[Paragraph("<b>Frivilligheita i tal</b>", base)],
                   [Paragraph("Ålvik har 112 registrerte lag og organisasjonar.", body)],
                   [Paragraph("Seks av ti innbyggjarar gjorde frivillig arbeid i 2025.", body)],
                   [Paragraph("Kommunen gav 2,4 millionar kroner i tilskot til lag i 2025.", body)]],
                  colWidths=[120 * mm], hAlign="LEFT",
                  style=TableStyle([("BOX", (0, 0), (-1, -1), 0.8, green),
                                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3f7f3"))]))
    s += [facts, Paragraph("2 Dette har vi gjort 2022–2025", h2)]
    for t in ["Vi har oppretta eit frivilligråd med åtte medlemer.",
              "Vi har auka tilskotet til lag og organisasjonar med 20 prosent.",
              "Vi har flytta Frivilligsentralen til biblioteket."]:
        s.append(Paragraph(t, bullet, bulletText="•"))
    s.append(Paragraph("3 Mål og tiltak", h2))
    intros = ["Mange seier at dei gjerne vil vere frivillige, men ikkje veit kvar dei skal spørje.",
              "Laga fortel at det er vanskeleg og dyrt å finne lokale til øvingar og møte.",
              "Laga ønskjer færre skjema og éin kontaktperson i kommunen."]
    for gi, (gtext, rows) in enumerate(tree, start=1):
        right = [Paragraph(intros[gi - 1], body)]
        for lead, expl, printed, _o, when, _k, _out, _n in rows:
            tail = ""
            if printed:
                tail += f" Ansvarleg: {printed}."
            if when:
                tail += f" Frist: {when}."
            right.append(Paragraph(f"<b>{lead}</b> {expl}{tail}", body))
        left = [Paragraph(f"MÅL {gi}", side_no), Paragraph(gtext, side)]
        t = Table([[left, right]], colWidths=[48 * mm, 122 * mm], hAlign="LEFT",
                  style=TableStyle([("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#dfeadf")),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("LEFTPADDING", (0, 0), (0, 0), 7), ("RIGHTPADDING", (0, 0), (0, 0), 7),
                                    ("TOPPADDING", (0, 0), (-1, -1), 6), ("LEFTPADDING", (1, 0), (1, 0), 10)]))
        s += [t, Spacer(1, 6 * mm)]
    s += [Paragraph("4 Oppfølging", h2),
          Paragraph("Frivilligrådet og kommunedirektøren går gjennom planen kvart år. Planen blir rullert i "
                    "2028.", base)]
    doc.build(s, onFirstPage=page, onLaterPages=page)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== verify / main


def main(argv: list[str]) -> None:
    if argv[:1] == ["--verify"]:
        names = argv[1:] or list(PLANS)
        bad = [b for name in names for b in mb3.verify(name)]
        for b in bad:
            print(b)
        print(f"verified {len(names)} plans: {'OK' if not bad else f'{len(bad)} problems'}")
        raise SystemExit(1 if bad else 0)
    for name in argv or list(PLANS):
        plan, pdf = PLANS[name]()
        n = len(mb3.pdftotext_pages(pdf))
        print(f"{name}: {n} pp., {len(plan.goals)} goals, {len(plan.strategies)} strategies, "
              f"{len(plan.measures)} measures, {len(mb.findings(plan))} findings")


if __name__ == "__main__":
    main(sys.argv[1:])
