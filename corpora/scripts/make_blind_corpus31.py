"""Build the thirty-first batch of blind authored plans (corpora/authored/<slug>/), in layouts and wordings not yet
in the corpus: an English action plan whose actions carry MILESTONE SUB-ROWS with their own quarters and print the
action's deadline once as 'Completion: …' (python-docx → LibreOffice); a Swedish plan from a bilingual Finnish town
whose measure tables hold the SWEDISH AND FINNISH TEXT IN PARALLEL COLUMNS and bilingual 'sv / fi' owner and time
cells (odfpy → LibreOffice Writer); a Danish plan of HANDLEKORT — one card per indsats, a coloured header band and a
grid of labelled fields, two cards per page (reportlab); a nynorsk språkplan whose tiltak stand in a GOAL × YEAR
GRID — one row per goal, one column per plan year, a tiltak spanning the years it runs (HTML → Chromium).

    python corpora/scripts/make_blind_corpus31.py              # every plan
    python corpora/scripts/make_blind_corpus31.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus31.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus31.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings and gold writer from make_blind_corpus.py, the Odt
writer from make_blind_corpus.py, the pdftotext check from make_blind_corpus3.py, the whole-text check from
make_blind_corpus30.py. Gold files carry `held_out: true` and were committed before plancheck was run on the
documents.
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
import make_blind_corpus30 as mb30  # noqa: E402
from make_blind_corpus import G, M, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus31.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731
DIFFUSE = ("alle ", "alla ", "all ", "hele ", "kommunen")


def _gold(plan: Plan, pdf: Path, **kw) -> Path:
    """write_gold with the pages looked up as pdftotext reads them (blindkit.gold_by_pdftotext)."""
    return bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)


def _diffuse(owners: list[str]) -> tuple[str, ...]:
    return tuple(o for o in owners if o.lower().startswith(DIFFUSE))


# =========================================================================== 1 English, milestone sub-rows (python-docx)


@plan_builder
def build_heritage_milestones_en() -> tuple[Plan, Path]:
    """English (UK) heritage action plan: one table, a shaded band per priority, each action row 'Ref | Action |
    Lead | Completion: <date>' followed by italic 'Milestone: …' sub-rows with their own quarter in the date
    column. Milestones are steps, not measures; the action's deadline is the Completion date only."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm

    slug = "heritage-milestones-en"
    ct = "Conservation Team"
    prios = [
        ("Heritage at risk", "Fewer of Cresford's listed buildings will be at risk from neglect and decay"),
        ("Understanding our past", "Residents and visitors will know more about the history of the borough"),
        ("Conservation areas", "Every conservation area will have an up-to-date appraisal and management plan"),
        ("Heritage-led regeneration", "Heritage will help bring investment and life back to our town centres"),
        ("Heritage and climate", "Historic buildings will be part of the council's response to the climate "
                                 "emergency"),
    ]
    # per priority: (action, lead as printed, owners, completion as printed or None, kind, [(milestone, when)], note)
    acts = {
        1: [
            ("Carry out a condition survey of every listed building in the borough", ct, [ct], "March 2028",
             "period", [("Survey the Grade I and Grade II* buildings", "Q4 2026"),
                        ("Survey the Grade II buildings", "Q3 2027"),
                        ("Publish the updated local Heritage at Risk Register", "Q1 2028")],
             "three milestone sub-rows (own quarters) are steps of this action, no measures; deadline = the "
             "Completion date"),
            ("Offer grants of up to £15,000 for urgent repairs to buildings at risk", f"{ct} and Grants Officer",
             [ct, "Grants Officer"], "Annually", "recurring", [("Open the first grant round", "Q2 2026")],
             "two owners; 'Annually' recurring; the milestone's 'Q2 2026' is no deadline"),
            ("Use urgent works notices where owners leave listed buildings to decay", "Head of Planning",
             ["Head of Planning"], "Ongoing", "continuous", [], "'Ongoing' continuous; no milestones"),
        ],
        2: [
            ("Create an online Cresford Heritage Map showing every listed building, scheduled monument and "
             "conservation area", "GIS Team", ["GIS Team"], "December 2027", "period",
             [("Launch a test version covering the town centre", "Q1 2027"),
              ("Add the village conservation areas", "Q3 2027")], ""),
            ("Run the Heritage Open Days festival with the local history societies",
             "Museums and Heritage Service", ["Museums and Heritage Service"], "Every September", "recurring", [],
             "'Museums and Heritage Service' ONE service (its 'and' does not split); history societies are "
             "partners in the text, no owners"),
            ("Publish a heritage walking trail for each of the five market towns", "", [], "June 2027", "period",
             [("Publish the trails for Cresford and Wendle", "Q3 2026")], "empty Lead cell: no owner"),
        ],
        3: [
            ("Review the character appraisals of all twelve conservation areas", ct, [ct], None, None,
             [("Town centre conservation areas", "Q4 2026"), ("Village conservation areas", "Q4 2028")],
             "NO Completion printed, only milestone quarters: the action has no deadline (milestones are steps)"),
            ("Make an Article 4 direction to protect original windows and doors in the Old Town",
             "Planning Policy Team", ["Planning Policy Team"], "March 2031", "period",
             [("Consult owners and residents", "Q2 2029")], "'March 2031' after the plan period 2026–2030"),
            ("Give heritage guidance to every council team that looks after historic buildings", "All departments",
             ["All departments"], "2027", "period", [], "'All departments' diffuse"),
        ],
        4: [
            ("Bid for a High Street Heritage grant for Cresford Old Town", "Regeneration Manager",
             ["Regeneration Manager"], "September 2026", "period",
             [("Submit the expression of interest", "Q1 2026")], ""),
            ("Bring the Corn Exchange back into use as a community venue",
             "Property Services and Cresford Civic Trust", ["Property Services", "Cresford Civic Trust"], "TBC",
             None, [("Complete the options appraisal", "Q4 2026"), ("Secure the capital funding", "2027")],
             "two owners; 'Completion: TBC' is no deadline although the milestones are dated"),
        ],
        5: [],
    }
    goals = [G(f"P{i}", t) for i, (_s, t) in enumerate(prios, start=1)]
    measures = []
    n = 0
    for pi, items in acts.items():
        for text, _lead, owners, when, kind, _ms, note in items:
            n += 1
            measures.append(M(f"A{n}", text, [f"P{pi}"], owners, when if kind else None, kind,
                              diffuse=_diffuse(owners), outside=when == "March 2031", note=note))
    plan = Plan(
        slug=slug, language="en", title="Heritage Action Plan 2026–2030", period=(2026, 2030),
        goals=goals, measures=measures, source_ext="docx",
        notes="""
python-docx → LibreOffice. Cresford Borough Council, running header with rule, 'Page n'. P. 1: title, approval
line, a typed CONTENTS list that names the five priorities by their short titles ('Priority 1: Heritage at
risk …' with dotted leaders and page numbers — no goals there), 1 Introduction (the Planning (Listed Buildings
and Conservation Areas) Act 1990 'must' and the NPPF 'should' quoted — national, no goals; 'Heritage in numbers'
table). 2 Our priorities: 'Priority n: <short title>' headings, each with a bold sentence = the goal (gold
P1–P5, the sentence without the heading). 'How to read the action plan' says milestones are steps on the way and
not separate actions. 3 Action plan: ONE table 'Ref | Action | Lead | Date' with a shaded band per priority
('Priority 1: Heritage at risk'); each ACTION row has ref '1.1', the action in bold, the Lead and 'Completion:
<date>' in the Date column; under it italic MILESTONE SUB-ROWS 'Milestone: <step>' with their own quarter ('Q4
2026') in the Date column and empty Ref and Lead. Gold: MEASURE = the action row (11); milestones are NO
measures and their quarters NO deadlines; DEADLINE = the Completion date without 'Completion:' ('March 2028',
'Annually' / 'Every September' recurring, 'Ongoing' continuous, 'March 2031' after 2026–2030, 'TBC' = none;
action 3.1 prints no Completion row at all, only milestone quarters = no deadline). OWNER = the Lead cell
('Conservation Team and Grants Officer', 'Property Services and Cresford Civic Trust' two owners; 'Museums and
Heritage Service' ONE; 'All departments' diffuse; one empty Lead). Priority 5 has no actions, only a sentence
that they will be added at the first annual review (goal-has-measure). Measure ids A1–A11 follow the table.
The table's header row repeats on p. 3.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = dh.new_document(font="Liberation Sans", size=10.5, margins_mm=18, heading_color="6B2D2D")
    mb.docx_lang(doc, "en-GB")
    sec = doc.sections[0]
    dh.ruled_header(sec, "Cresford Borough Council  ·  Heritage Action Plan 2026–2030", size=8.5)
    f = sec.footer.paragraphs[0]
    f.alignment = WD_ALIGN_PARAGRAPH.CENTER
    dh.page_of_footer(f, "Page ", "", None, size=8.5)

    dh.para(doc, "Heritage Action Plan 2026–2030", bold=True, size=21, color="6B2D2D", space_after=2)
    dh.para(doc, "Approved by the Cabinet on 14 January 2026", italic=True, size=10, space_after=8)
    dh.para(doc, "Contents", bold=True, size=12, space_after=4)
    toc = [(1, "1  Introduction", 1), (1, "2  Our priorities", 2)]
    toc += [(2, f"Priority {i}: {s}", 2) for i, (s, _t) in enumerate(prios, start=1)]
    toc += [(1, "3  Action plan", 2), (1, "4  Monitoring and review", 3)]
    dh.typed_toc(doc, toc, text_width_mm=174)
    dh.heading(doc, "1  Introduction", 1)
    dh.para(doc, "Cresford has 1,146 listed buildings, 23 scheduled monuments and twelve conservation areas, from "
                 "the medieval Old Town to the railway terraces of Wendle. This plan sets out what the council "
                 "will do over the next five years to look after this heritage and to make more of it.")
    dh.para(doc, "The Planning (Listed Buildings and Conservation Areas) Act 1990 says that the council must from "
                 "time to time formulate and publish proposals for the preservation and enhancement of its "
                 "conservation areas. The National Planning Policy Framework says that plans should set out a "
                 "positive strategy for the conservation and enjoyment of the historic environment.")
    dh.para(doc, "Heritage in numbers", bold=True, size=10, space_after=2, keep_with_next=True)
    w0 = [110, 32, 32]
    t0 = dh.new_table(doc, w0)
    dh.add_row(t0, ["", "2020", "2025"], w0, size=9.5, bold=True, fill="F1E4E4")
    for row in (["Listed buildings on the local Heritage at Risk Register", "41", "37"],
                ["Conservation areas with an appraisal less than five years old", "5", "3"],
                ["Visitors to Heritage Open Days", "6,200", "8,900"]):
        dh.add_row(t0, row, w0, size=9.5)
    doc.add_page_break()
    dh.heading(doc, "2  Our priorities", 1)
    dh.para(doc, "The plan has five priorities. Each priority describes what we want to achieve by 2030.",
            space_after=4)
    for i, (s, t) in enumerate(prios, start=1):
        dh.heading(doc, f"Priority {i}: {s}", 2)
        dh.para(doc, t, bold=True, space_after=4)
    dh.para(doc, "**How to read the action plan.** Each action has a reference number, a lead and a completion "
                 "date. Under some actions we list milestones with the quarter in which we expect to reach them. "
                 "Milestones are steps on the way to completing the action; they are not separate actions.",
            size=9.5, space_after=6)
    dh.heading(doc, "3  Action plan", 1)
    w = [12, 94, 38, 30]
    tab = dh.new_table(doc, w)
    hdr = dh.add_row(tab, ["Ref", "Action", "Lead", "Date"], w, size=9.5, bold=True, fill="6B2D2D")
    for c in hdr.cells:
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = dh.RGBColor(0xFF, 0xFF, 0xFF)
    dh.set_repeat_header(hdr)
    for pi, items in acts.items():
        band = dh.add_row(tab, [f"Priority {pi}: {prios[pi - 1][0]}"], w, size=9.5, bold=True, fill="F1E4E4",
                          span_all=True, keep_with_next=True)
        dh.set_cant_split(band)
        if not items:
            r = dh.add_row(tab, ["Actions for this priority will be agreed with Historic England and added at the "
                                 "first annual review in 2027."], w, size=9.5, span_all=True)
            for p in r.cells[0].paragraphs:
                for run in p.runs:
                    run.italic = True
            continue
        for ai, (text, lead, _o, when, _k, ms, _n) in enumerate(items, start=1):
            row = dh.add_row(tab, [f"{pi}.{ai}", f"**{text}**", lead, f"Completion: {when}" if when else ""], w,
                             size=9.5, keep_with_next=bool(ms))
            dh.set_cant_split(row)
            for k, (mtext, mwhen) in enumerate(ms):
                mr = dh.add_row(tab, ["", f"Milestone: {mtext}", "", mwhen], w, size=9,
                                keep_with_next=k < len(ms) - 1)
                dh.set_cant_split(mr)
                for run in mr.cells[1].paragraphs[0].runs:
                    run.italic = True
                mr.cells[1].paragraphs[0].paragraph_format.left_indent = Mm(4)
    dh.para(doc, "", space_after=2)
    dh.heading(doc, "4  Monitoring and review", 1)
    dh.para(doc, "The Conservation Team will report progress on each action and milestone to the Place Scrutiny "
                 "Committee every year. The plan will be reviewed in 2028.")
    dh.set_core_properties(doc, title=plan.title, author="Cresford Borough Council")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, measure_after=2)
    return plan, pdf


def _check_milestones() -> list[str]:
    """The PDF prints 10 'Completion:' and 13 'Milestone:' cells, and the contents names the five priorities."""
    slug = "heritage-milestones-en"
    txt = "".join(mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf"))
    bad = []
    if txt.count("completion:") != 10:
        bad.append(f"{slug}: {txt.count('completion:')} 'Completion:' printed, want 10")
    if txt.count("milestone:") != 13:
        bad.append(f"{slug}: {txt.count('milestone:')} 'Milestone:' printed, want 13")
    if txt.count("priority5:heritageandclimate") < 3:
        bad.append(f"{slug}: 'Priority 5: Heritage and climate' not in contents, heading and band")
    return bad


# =========================================================================== 2 Swedish | Finnish parallel columns (odfpy)


@plan_builder
def build_valfard_tvasprakig_sv() -> tuple[Plan, Path]:
    """Plan of a bilingual Finnish town (Swedish majority): every paragraph in Swedish, then in Finnish (italic);
    per goal a table 'Åtgärd | Toimenpide | Ansvarig / Vastuutaho | Tidtabell / Aikataulu' with the measure in
    both languages in PARALLEL COLUMNS and owner and time cells written 'sv / fi'."""
    slug = "valfard-tvasprakig-sv"
    kf = ("Kultur- och fritidssektorn", "Kulttuuri- ja vapaa-aikatoimiala")
    bi = ("Bildningssektorn", "Sivistystoimiala")
    vo = ("Välfärdsområdet Österbotten", "Pohjanmaan hyvinvointialue")
    goals_t = [
        ("Alla barn och unga i Skärvik ska ha minst en meningsfull hobby",
         "Jokaisella skärvikiläisellä lapsella ja nuorella on vähintään yksi mielekäs harrastus"),
        ("Eleverna ska känna sig tryggare i skolan och på skolvägen",
         "Oppilaat tuntevat olonsa turvallisemmaksi koulussa ja koulumatkalla"),
        ("Familjer med barn ska få stöd tidigt och på sitt eget språk",
         "Lapsiperheet saavat tukea varhain ja omalla kielellään"),
        ("Unga ska kunna påverka de beslut som gäller dem",
         "Nuoret voivat vaikuttaa heitä koskeviin päätöksiin"),
        ("Barn och unga ska röra på sig minst en timme om dagen",
         "Lapset ja nuoret liikkuvat vähintään tunnin päivässä"),
    ]
    # per goal: (sv, fi, owner cell as printed, owners (gold, Swedish), time cell as printed, deadline, kind, note)
    rows = {
        1: [
            ("Erbjuda en avgiftsfri hobby efter skoldagen i varje skola enligt Finlandsmodellen",
             "Tarjotaan jokaisessa koulussa maksuton harrastus koulupäivän jälkeen harrastamisen Suomen mallin "
             "mukaisesti", f"{kf[0]} / {kf[1]}", [kf[0]], "hösten 2026 / syksyllä 2026", "hösten 2026", "period",
             "owner cell 'Kultur- och fritidssektorn / Kulttuuri- ja vapaa-aikatoimiala' = ONE owner written in two "
             "languages (the slash separates languages, its 'och' does not split); deadline = the Swedish part"),
            ("Ge alla i åldern 13–17 år ett fritidskort med fri entré till simhallen",
             "Annetaan kaikille 13–17-vuotiaille vapaa-aikakortti, jolla pääsee maksutta uimahalliin",
             f"{kf[0]} / {kf[1]}", [kf[0]], "2027", "2027", "period", ""),
            ("Kartlägga elevernas hobbyönskemål med en enkät i årskurs 3–9",
             "Kartoitetaan oppilaiden harrastustoiveet kyselyllä 3.–9. luokilla",
             f"{bi[0]} och Ungdomsfullmäktige / {bi[1]} ja nuorisovaltuusto", [bi[0], "Ungdomsfullmäktige"],
             "årligen / vuosittain", "årligen", "recurring", "two owners (Swedish part); 'årligen' recurring"),
        ],
        2: [
            ("Införa KiVa Skola-programmet i alla årskurser",
             "Otetaan KiVa Koulu -ohjelma käyttöön kaikilla vuosiluokilla", f"{bi[0]} / {bi[1]}", [bi[0]],
             "31.7.2027", "31.7.2027", "date", "Finnish date form '31.7.2027', same in both languages"),
            ("Anställa ytterligare en skolkurator som arbetar på båda språken",
             "Palkataan toinen koulukuraattori, joka työskentelee molemmilla kielillä", f"{vo[0]} / {vo[1]}",
             [vo[0]], "2028", "2028", "period", "the welfare area (a region) is the owner as printed"),
            ("Förbättra belysningen längs skolvägarna till Kvarnbacka skola och Strandvikens skola",
             "Parannetaan valaistusta Kvarnbackan ja Strandvikin koulujen koulureiteillä",
             "Tekniska sektorn / Tekninen toimiala", ["Tekniska sektorn"], "2030", "2030", "period",
             "'2030' after the plan period 2026–2029"),
        ],
        3: [
            ("Öppna en familjecentral med service på svenska och finska",
             "Avataan perhekeskus, jossa palvellaan ruotsiksi ja suomeksi",
             f"{bi[0]} och {vo[0]} / {bi[1]} ja {vo[1]}", [bi[0], vo[0]], "våren 2027 / keväällä 2027",
             "våren 2027", "period", "two owners"),
            ("Ordna föräldragrupper för småbarnsföräldrar på båda språken",
             "Järjestetään pikkulasten vanhemmille vertaisryhmiä molemmilla kielillä",
             "Småbarnspedagogiken / Varhaiskasvatus", ["Småbarnspedagogiken"], "fortlöpande / jatkuva",
             "fortlöpande", "continuous", "'fortlöpande' continuous"),
            ("Samla all information om stöd till barnfamiljer på en webbsida",
             "Kootaan kaikki tieto lapsiperheiden tuesta yhdelle verkkosivulle", "", [], "", None, None,
             "owner and time cells empty: no owner, no deadline"),
        ],
        4: [
            ("Ge ungdomsfullmäktige rätt att yttra sig i alla ärenden som gäller barn och unga",
             "Annetaan nuorisovaltuustolle oikeus lausua kaikista lapsia ja nuoria koskevista asioista",
             "Alla sektorer / Kaikki toimialat", ["Alla sektorer"], "2026", "2026", "period",
             "'Alla sektorer' diffuse"),
            ("Införa en ungdomsbudget på 20 000 euro som de unga själva fördelar",
             "Otetaan käyttöön 20 000 euron nuorisobudjetti, jonka nuoret itse jakavat",
             "Ungdomsfullmäktige / Nuorisovaltuusto", ["Ungdomsfullmäktige"],
             "årligen från 2027 / vuosittain vuodesta 2027", "årligen från 2027", "recurring",
             "'årligen från 2027' recurring"),
        ],
        5: [],
    }
    goals = [G(f"M{i}", sv) for i, (sv, _fi) in enumerate(goals_t, start=1)]
    measures = []
    n = 0
    for gi, its in rows.items():
        for sv, _fi, _oc, owners, _tc, dl, kind, note in its:
            n += 1
            measures.append(M(f"A{n}", sv, [f"M{gi}"], owners, dl, kind, diffuse=_diffuse(owners),
                              outside=dl == "2030", note=note))
    plan = Plan(
        slug=slug, language="sv", title="Plan för barns och ungas välfärd 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="odt",
        notes="""
odfpy → LibreOffice Writer. Skärviks stad / Skärvikin kaupunki, a BILINGUAL town in Finland with Swedish as the
majority language: title 'Plan för barns och ungas välfärd 2026–2029' with the Finnish title under it, header
'Skärviks stad · Skärvikin kaupunki', footer 'Sida / Sivu n'. Every paragraph is printed in Swedish and then in
Finnish (italic, grey) — 'Inledning / Johdanto' with the barnskyddslagen § 12 'ska' quoted in both languages
(national duty, no goal), 'Barn och unga i siffror / Lapset ja nuoret lukuina' table, 'Så läser du planen / Näin
luet suunnitelmaa'. Then five 'Mål n / Tavoite n' headings, each with the goal sentence in Swedish (bold) and in
Finnish (italic) and a four-column table 'Åtgärd | Toimenpide | Ansvarig / Vastuutaho | Tidtabell / Aikataulu':
the measure in Swedish and Finnish in PARALLEL COLUMNS, owner and time written 'sv / fi' in one cell. Gold
convention: each goal and measure ONCE, in its SWEDISH wording (the majority language, the language of the
decision); the Finnish text is a translation, never another item. OWNER = the Swedish part of the owner cell:
'Kultur- och fritidssektorn / Kulttuuri- ja vapaa-aikatoimiala' is ONE owner (the slash separates languages);
'Bildningssektorn och Ungdomsfullmäktige / …', 'Bildningssektorn och Välfärdsområdet Österbotten / …' two;
'Alla sektorer' diffuse; one row with empty owner and time cells. DEADLINE = the Swedish part of the time cell
('hösten 2026', '31.7.2027', 'våren 2027', 'årligen' / 'årligen från 2027' recurring, 'fortlöpande' continuous,
'2030' after the period). Mål 5 has no table, only a sentence that its measures are in the town's idrottsplan
(goal-has-measure). Measure ids A1–A11 follow the tables. The table rows may break over a page (A3's row runs
from p. 1 to p. 2, its owner cell too); pdftotext prints the Swedish and Finnish columns side by side.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    od = mb.Odt(lang="sv", country="FI", size=10, header="Skärviks stad · Skärvikin kaupunki",
                footer_text="Sida / Sivu", margin_cm=1.8)
    od.style("Fi", size=9.5, italic=True, color="#555555", after=0.3)
    od.style("GoalSv", size=10.5, bold=True, after=0.05, keep=True)
    od.style("GoalFi", size=10, italic=True, color="#555555", after=0.15, keep=True)
    od.style("Sub", size=13, italic=True, color="#23466e", after=0.4)
    od.style("Note", size=9.5, italic=True, after=0.3, fill="#eef3f8", padding="0.15cm")

    def both(sv, fi, st="Body"):
        od.p(sv, st)
        od.p(fi, "Fi")

    od.p("Plan för barns och ungas välfärd 2026–2029", "Title")
    od.p("Lasten ja nuorten hyvinvointisuunnitelma 2026–2029", "Sub")
    both("Godkänd av stadsfullmäktige den 8 december 2025 § 112.",
         "Hyväksytty kaupunginvaltuustossa 8.12.2025 § 112.")
    od.h("Inledning / Johdanto", 1)
    both("Skärvik är en tvåspråkig stad. Av de 14 300 invånarna har 62 procent svenska och 35 procent finska som "
         "modersmål. Planen trycks därför på båda språken. Den svenska texten är den som stadsfullmäktige har "
         "fattat beslut om.",
         "Skärvik on kaksikielinen kaupunki. Sen 14 300 asukkaasta 62 prosentilla on äidinkielenä ruotsi ja 35 "
         "prosentilla suomi. Siksi suunnitelma julkaistaan molemmilla kielillä. Kaupunginvaltuusto on tehnyt "
         "päätöksen ruotsinkielisestä tekstistä.")
    both("Enligt 12 § i barnskyddslagen ska kommunen göra upp en plan för att främja barns och ungas välfärd och "
         "för att ordna och utveckla barnskyddet. Planen ska godkännas av fullmäktige och ses över minst en gång "
         "vart fjärde år.",
         "Lastensuojelulain 12 §:n mukaan kunnan on laadittava suunnitelma lasten ja nuorten hyvinvoinnin "
         "edistämiseksi sekä lastensuojelun järjestämiseksi ja kehittämiseksi. Suunnitelma hyväksytään "
         "valtuustossa ja tarkistetaan vähintään kerran neljässä vuodessa.")
    od.h("Barn och unga i siffror / Lapset ja nuoret lukuina", 2)
    od.table([9.0, 2.6, 2.6], [
        ["", "2021", "2025"],
        ["Elever som har en hobby minst en gång i veckan (%)\n\nOppilaat, joilla on harrastus vähintään kerran "
         "viikossa (%)", "71", "66"],
        ["Elever som känner sig trygga i skolan (%)\n\nOppilaat, jotka tuntevat olonsa turvallisiksi koulussa (%)",
         "84", "79"],
        ["Familjer som fått stöd i hemmet\n\nPerheet, jotka ovat saaneet kotipalvelua", "38", "52"],
    ])
    od.p("**Så läser du planen.** Planen har fem mål. Under varje mål finns en tabell med åtgärderna på svenska "
         "och finska sida vid sida, vem som ansvarar och när åtgärden ska vara genomförd.", "Note")
    od.p("__Näin luet suunnitelmaa.__ Suunnitelmassa on viisi tavoitetta. Jokaisen tavoitteen alla on taulukko, "
         "jossa toimenpiteet ovat ruotsiksi ja suomeksi rinnakkain, sekä vastuutaho ja aikataulu.", "Fi")
    od.h("Mål och åtgärder / Tavoitteet ja toimenpiteet", 1)
    head = ["Åtgärd", "Toimenpide", "Ansvarig / Vastuutaho", "Tidtabell / Aikataulu"]
    for gi, (sv, fi) in enumerate(goals_t, start=1):
        od.h(f"Mål {gi} / Tavoite {gi}", 2)
        od.p(sv, "GoalSv")
        od.p(fi, "GoalFi")
        if not rows[gi]:
            both("Åtgärderna för detta mål finns i stadens idrottsplan, som fullmäktige behandlar hösten 2026.",
                 "Tämän tavoitteen toimenpiteet sisältyvät kaupungin liikuntasuunnitelmaan, jonka valtuusto "
                 "käsittelee syksyllä 2026.")
            continue
        trs = [head] + [[s, f, oc, tc] for s, f, oc, _o, tc, _d, _k, _n in rows[gi]]
        od.table([5.1, 5.1, 4.0, 3.2], trs, header_fill="#d9e6ef")
    od.h("Uppföljning / Seuranta", 1)
    both("Nämnden för bildning följer upp planen varje år i samband med välfärdsberättelsen.",
         "Sivistyslautakunta seuraa suunnitelman toteutumista vuosittain hyvinvointikertomuksen yhteydessä.")
    src = od.save(d / f"{slug}.odt", title=plan.title, author="Skärviks stad")
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf)
    return plan, pdf


def _check_tvasprakig() -> list[str]:
    """The ODT holds five tables (figures + four measure tables) whose measure rows have 3 / 3 / 3 / 2 rows; the
    PDF prints every Finnish measure text beside its Swedish one (on the same page)."""
    import zipfile

    slug = "valfard-tvasprakig-sv"
    xml = zipfile.ZipFile(OUT / slug / f"{slug}.odt").read("content.xml").decode("utf-8")
    bad = []
    per = [t.split("</table:table>")[0].count("<table:table-row") - 1 for t in xml.split("<table:table ")[2:]]
    if per != [3, 3, 3, 2]:
        bad.append(f"{slug}: measure rows per table {per}, want [3, 3, 3, 2]")
    pages = mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf")
    for fi, sv in (("Otetaan KiVa Koulu", "Införa KiVa Skola"), ("Avataan perhekeskus", "Öppna en familjecentral")):
        if not any(mb._squash(fi) in p and mb._squash(sv) in p for p in pages):
            bad.append(f"{slug}: {fi!r} not on the page of {sv!r}")
    return bad


# =========================================================================== 3 Danish handlekort (reportlab)


@plan_builder
def build_fritid_handlekort_da() -> tuple[Plan, Path]:
    """Danish handleplan of HANDLEKORT: p. 1 the målsætninger and an overview table of the cards; pp. 2–4 two cards
    per page, each a coloured band 'HANDLEKORT n' + title and a grid of labelled fields (Hvad gør vi? full width;
    Bidrager til målsætning | Ansvarlig; Samarbejdspartnere | Tidsplan; Økonomi | Succeskriterium)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    slug = "fritid-handlekort-da"
    kf = "Kultur og Fritid"
    goals_t = [
        "Flere borgere skal bruge kommunens idrætsfaciliteter og naturområder",
        "Alle børn og unge skal kunne gå til en fritidsaktivitet uanset familiens økonomi",
        "Byens rum og naturen skal indbyde til bevægelse i hverdagen",
        "Foreningslivet skal have gode vilkår for at rekruttere og fastholde frivillige",
        "Flere ældre skal være fysisk aktive i fællesskaber",
    ]
    # cards: (title = the indsats, what, goal nos, owner field as printed, owners, partners, when as printed, kind,
    #         economy, success, note)
    cards = [
        ("Åbne skolernes idrætshaller for foreningerne i weekenderne",
         "Hallerne på de fire største skoler holdes åbne lørdag og søndag fra kl. 8 til 20. Foreningerne booker "
         "tider i det fælles bookingsystem.", [1], kf, [kf], "Skoleafdelingen og idrætsforeningerne",
         "1. januar 2027", "date", "250.000 kr. årligt",
         "Hallerne bruges mindst 30 timer mere om ugen i 2028",
         "'Samarbejdspartnere' are no owners; 'årligt' in Økonomi and '2028' in Succeskriterium are no deadlines"),
        ("Oprette en kontingentpulje for børn fra familier med lav indkomst",
         "Puljen betaler kontingent og udstyr for børn og unge under 18 år. Sagsbehandlerne i Jobcentret kan "
         "henvise familier direkte.", [2], f"{kf} og Jobcenter Ravnsted", [kf, "Jobcenter Ravnsted"],
         "Ravnsted Idrætssamvirke", "Foråret 2026", "period", "400.000 kr. årligt",
         "200 børn har fået tilskud inden udgangen af 2027", "two owners; '… inden udgangen af 2027' is a "
         "success criterion, no deadline"),
        ("Anlægge en naturlegeplads og en pumptrack ved Ravnsted Sø",
         "Området ved søen indrettes med en naturlegeplads for de mindste og en asfalteret pumptrack for "
         "cykler og løbehjul.", [1, 3], "Park og Vej", ["Park og Vej"], "Lokalrådet for Ravnsted Sø",
         "2030", "period", "3,2 mio. kr. (anlæg)", "Anlægget er i brug hele året",
         "'Park og Vej' ONE unit (its 'og' does not split); two goal links; '2030' after 2026–2029"),
        ("Tilbyde frivillige trænere et gratis lederkursus",
         "Kommunen betaler et kursus i træning af børn og i at lede frivillige. Kurset holdes i samarbejde med "
         "DGI.", [4], "Afklares", [], "DGI Sydøstjylland", "Hvert forår", "recurring", "60.000 kr. årligt",
         "40 trænere har gennemført kurset i 2029", "'Ansvarlig: Afklares' = no owner; 'Hvert forår' recurring"),
        ("Holde et dialogmøde mellem byrådet og foreningerne",
         "Byrådet inviterer alle foreninger til et møde om vilkårene for foreningslivet og om, hvordan "
         "handleplanen går.", [4], "Kultur- og Fritidsudvalget", ["Kultur- og Fritidsudvalget"],
         "Folkeoplysningsudvalget", "Hvert år i november", "recurring", "Inden for eksisterende budget",
         "Mindst 60 foreninger deltager", "'Kultur- og Fritidsudvalget' ONE owner; 'Hvert år i november' recurring"),
        ("Kortlægge hvordan kommunens udendørs idrætsanlæg bliver brugt",
         "Brugen af boldbaner, atletikanlæg og udendørs fitness registreres med tællere og spørgeskemaer, så "
         "pengene til vedligeholdelse går til de anlæg, der bruges mest.", [1, 3], "Hele forvaltningen",
         ["Hele forvaltningen"], "", "Løbende", "continuous", "", "",
         "'Hele forvaltningen' diffuse; 'Løbende' continuous; empty Samarbejdspartnere, Økonomi, Succeskriterium"),
    ]
    goals = [G(f"M{i}", t) for i, t in enumerate(goals_t, start=1)]
    measures = [M(f"H{i}", c[0], [f"M{g}" for g in c[2]], c[4], c[6] or None, c[7] or None,
                  diffuse=_diffuse(c[4]), outside=c[6] == "2030", note=c[10]) for i, c in enumerate(cards, start=1)]
    plan = Plan(
        slug=slug, language="da", title="Handleplan for fritids- og idrætspolitikken 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="pdf",
        notes="""
reportlab (Liberation Sans, invariant). Ravnsted Kommune, Kultur og Fritid; header with rule, 'Side n'. P. 1:
Indledning (folkeoplysningsloven § 34 'skal' quoted — national, no goal), the five 'Målsætning 1'–'5' (numbered,
bold number + sentence; gold M1–M5), 'Sådan læser du handlekortene', and an 'Oversigt over handlekortene' table
'Nr. | Handlekort | Målsætning' that REPEATS the six card titles (a table of contents, not more measures). Pp.
2–4: six HANDLEKORT, two per page, each a coloured header band 'HANDLEKORT n' + bold title, then a grid of
labelled fields: 'Hvad gør vi?' (full width, description), 'Bidrager til målsætning' | 'Ansvarlig',
'Samarbejdspartnere' | 'Tidsplan', 'Økonomi' | 'Succeskriterium'. Gold: one MEASURE per card = its TITLE (the
band), page = the card's page (not the overview's); the description is part of the card, no measure of its own.
OWNER = 'Ansvarlig' ('Kultur og Fritid og Jobcenter Ravnsted' two; 'Park og Vej' and 'Kultur- og
Fritidsudvalget' ONE each; 'Hele forvaltningen' diffuse; 'Afklares' = no owner); Samarbejdspartnere are no
owners. DEADLINE = 'Tidsplan' as printed ('1. januar 2027', 'Foråret 2026', '2030' after 2026–2029, 'Hvert
forår' and 'Hvert år i november' recurring, 'Løbende' continuous); years in Økonomi ('årligt') and in
Succeskriterium ('inden udgangen af 2027', 'i 2029') are no deadlines. GOAL LINKS = 'Bidrager til målsætning'
('1 og 3' two links). Målsætning 5 has no card: p. 1 says its indsatser are in the ældrepolitik's handleplan
(goal-has-measure). Measure ids H1–H6 = the card numbers.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    f = bk.reportlab_fonts()
    teal = colors.HexColor("#1f6f78")
    light = colors.HexColor("#e4f1f2")
    base = ParagraphStyle("b", fontName=f["normal"], fontSize=10, leading=13.5, spaceAfter=5)
    h1 = ParagraphStyle("h1", parent=base, fontName=f["bold"], fontSize=14, leading=18, textColor=teal,
                        spaceBefore=8, spaceAfter=5)
    title = ParagraphStyle("t", parent=base, fontName=f["bold"], fontSize=20, leading=24, textColor=teal)
    cell = ParagraphStyle("c", parent=base, fontSize=9.5, leading=12.5, spaceAfter=0)
    lab = ParagraphStyle("l", parent=cell, fontName=f["bold"], fontSize=8, leading=10, textColor=teal)
    band_s = ParagraphStyle("bs", parent=cell, fontName=f["bold"], fontSize=8, leading=10,
                            textColor=colors.white)
    band_t = ParagraphStyle("bt", parent=cell, fontName=f["bold"], fontSize=13, leading=16,
                            textColor=colors.white)
    note = ParagraphStyle("n", parent=base, fontSize=9.5, backColor=light, borderPadding=5, spaceBefore=6,
                          spaceAfter=10)
    story = [Paragraph("Handleplan for fritids- og idrætspolitikken 2026–2029", title),
             Paragraph("Vedtaget af byrådet den 16. december 2025", ParagraphStyle("s", parent=base,
                                                                                   fontName=f["italic"])),
             Paragraph("Indledning", h1),
             Paragraph("Fritids- og idrætspolitikken blev vedtaget i 2025. Handleplanen beskriver, hvad kommunen "
                       "vil gøre de næste fire år for at nå politikkens målsætninger. Hver indsats har sit eget "
                       "handlekort.", base),
             Paragraph("Efter folkeoplysningsloven § 34 skal kommunalbestyrelsen fastlægge en politik for det "
                       "folkeoplysende voksenundervisning og frivillige folkeoplysende foreningsarbejde.", base),
             Paragraph("Politikkens målsætninger", h1)]
    for i, t in enumerate(goals_t, start=1):
        story.append(Paragraph(f"<b>Målsætning {i}</b>&nbsp;&nbsp;{E(t)}", ParagraphStyle(
            f"g{i}", parent=base, leftIndent=24 * mm, firstLineIndent=-24 * mm)))
    story.append(Paragraph("Indsatserne for målsætning 5 beskrives i handleplanen for ældrepolitikken.", base))
    story.append(Paragraph("<b>Sådan læser du handlekortene.</b> Hver indsats har et handlekort med en kort "
                           "beskrivelse, hvilke målsætninger den bidrager til, hvem der er ansvarlig, hvem vi "
                           "samarbejder med, tidsplan, økonomi og hvordan vi ser, om indsatsen lykkes.", note))
    story.append(Paragraph("Oversigt over handlekortene", h1))
    ov = [[Paragraph("<b>Nr.</b>", cell), Paragraph("<b>Handlekort</b>", cell), Paragraph("<b>Målsætning</b>",
                                                                                          cell)]]
    for i, c in enumerate(cards, start=1):
        ov.append([Paragraph(str(i), cell), Paragraph(E(c[0]), cell),
                   Paragraph(" og ".join(str(g) for g in c[2]), cell)])
    ot = Table(ov, colWidths=[14 * mm, 128 * mm, 30 * mm])
    ot.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9cc6ca")),
                            ("BACKGROUND", (0, 0), (-1, 0), light), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(ot)
    for i, c in enumerate(cards, start=1):
        text, what, gnos, owner_p, _o, partners, when, _k, eco, succ, _n = c

        def fld(label, value):
            return [Paragraph(label, lab), Paragraph(E(value) if value else "–", cell)]

        data = [
            [[Paragraph(f"HANDLEKORT {i}", band_s), Paragraph(E(text), band_t)], "", "", ""],
            [Paragraph("Hvad gør vi?", lab), Paragraph(E(what), cell), "", ""],
            fld("Bidrager til målsætning", " og ".join(str(g) for g in gnos)) + fld("Ansvarlig", owner_p),
            fld("Samarbejdspartnere", partners) + fld("Tidsplan", when),
            fld("Økonomi", eco) + fld("Succeskriterium", succ),
        ]
        t = Table(data, colWidths=[32 * mm, 55 * mm, 30 * mm, 57 * mm])
        t.setStyle(TableStyle([
            ("SPAN", (0, 0), (-1, 0)), ("SPAN", (1, 1), (-1, 1)),
            ("BACKGROUND", (0, 0), (-1, 0), teal), ("BACKGROUND", (0, 1), (0, -1), light),
            ("BACKGROUND", (2, 2), (2, -1), light),
            ("BOX", (0, 0), (-1, -1), 0.8, teal), ("INNERGRID", (0, 1), (-1, -1), 0.4, colors.HexColor("#9cc6ca")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6), ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ]))
        if i % 2 == 1:
            story.append(PageBreak())
        else:
            story.append(Spacer(1, 14 * mm))
        story.append(KeepTogether([t]))

    def onpage(canvas, doc):
        w, h = A4
        canvas.saveState()
        canvas.setFont(f["normal"], 8)
        canvas.drawString(18 * mm, h - 12 * mm, "Ravnsted Kommune · Kultur og Fritid")
        canvas.drawRightString(w - 18 * mm, h - 12 * mm, plan.title)
        canvas.setStrokeColor(teal)
        canvas.line(18 * mm, h - 13.5 * mm, w - 18 * mm, h - 13.5 * mm)
        canvas.drawRightString(w - 18 * mm, 10 * mm, f"Side {doc.page}")
        canvas.restoreState()

    pdf = d / f"{slug}.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm,
                            bottomMargin=16 * mm, title=plan.title, author="Ravnsted Kommune", invariant=1)
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    _gold(plan, pdf, measure_after=2)
    return plan, pdf


def _check_handlekort() -> list[str]:
    """Four pages; p. 1 prints the overview with all six titles; pp. 2–4 two 'HANDLEKORT n' bands each, in order."""
    slug = "fritid-handlekort-da"
    pages = mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf")
    bad = []
    if len(pages) != 4:
        return [f"{slug}: {len(pages)} pages, want 4"]
    for p in range(2, 5):
        a, b = f"handlekort{2 * p - 3}", f"handlekort{2 * p - 2}"
        if not (a in pages[p - 1] and b in pages[p - 1]):
            bad.append(f"{slug}: p. {p} lacks {a} / {b}")
    if "oversigtoverhandlekortene" not in pages[0] or "hvertårinovember" in pages[0]:
        bad.append(f"{slug}: the overview is not (only) on p. 1")
    return bad


# =========================================================================== 4 nynorsk goal × year grid (HTML → Chromium)


@plan_builder
def build_nynorsk_arsrutenett_nn() -> tuple[Plan, Path]:
    """Nynorsk språkplan whose tiltak stand in a GOAL × YEAR GRID: one row per goal, columns 2026 | 2027 | 2028 |
    2029 | Løpande; a tiltak sits in the column of the year it is to be done, spans the years it runs (colspan),
    and ends with its owner in brackets."""
    slug = "nynorsk-arsrutenett-nn"
    yrs = ["2026", "2027", "2028", "2029", "Løpande"]
    goals_t = [
        "Alle tekstar frå kommunen skal vere skrivne på god og klar nynorsk",
        "Barn og unge i Holmvåg skal møte god nynorsk i barnehagen og skulen",
        "Innbyggjarar og tilflyttarar skal kunne lære og bruke nynorsk",
        "Holmvåg skal vere ein synleg nynorskkommune også utanfor kommunegrensa",
    ]
    # per goal: cells left to right as (first column index, span, [(tiltak, owner as printed or None, note)])
    grid = {
        1: [(0, 1, [("Innføre nynorsk rettskrivingskontroll i sak- og arkivsystemet", "IKT-tenesta", "")]),
            (1, 1, [("Gje alle saksbehandlarar kurs i klarspråk på nynorsk", "Personal og organisasjon",
                     "'Personal og organisasjon' is ONE unit (its 'og' does not split)")]),
            (2, 2, [("Gå gjennom alle malar og standardbrev i sakshandsamingssystemet", "Dokumentsenteret",
                     "the cell SPANS 2028–2029: deadline = the last column it spans, '2029'")]),
            (4, 1, [("Skrive alle innlegg i kommunen sine kanalar i sosiale medium på nynorsk",
                     "Kommunikasjonsavdelinga", "column 'Løpande': continuous")])],
        2: [(0, 1, [("Kjøpe inn nynorske bildebøker til alle barnehagane", "Barnehagane og Holmvåg folkebibliotek",
                     "two owners")]),
            (1, 1, [("Skipe ein skrivekonkurranse på nynorsk for 7. trinn", "Oppvekstkontoret", "")]),
            (2, 1, []), (3, 1, []), (4, 1, [])],
        3: [(0, 1, []),
            (1, 1, [("Tilby gratis nynorskkurs for tilflyttarar", "Vaksenopplæringa", ""),
                    ("Lage ein velkomstbrosjyre på nynorsk for nye innbyggjarar", "Servicetorget",
                     "two tiltak in one cell: two measures with the same column year")]),
            (2, 1, [("Lage ei nynorsk ordliste for kommunale tenester på nettsida", "alle einingar",
                     "'alle einingar' diffuse")]),
            (3, 1, [("Evaluere tiltaka for innbyggjarar og tilflyttarar", None, "no owner in brackets")]),
            (4, 1, [("Halde språkkafé på nynorsk i biblioteket", "Holmvåg folkebibliotek",
                     "column 'Løpande': continuous")])],
        4: [],
    }
    # a row-wide tiltak for goal 2 in its own row under the goal (spanning all four years)
    span_all = ("Gje nytilsette lærarar opplæring i nynorsk som hovudmål", "Oppvekstkontoret",
                "the cell SPANS 2026–2029 (four year columns): deadline '2029'")
    two = {"Barnehagane og Holmvåg folkebibliotek": ["Barnehagane", "Holmvåg folkebibliotek"]}  # two owners
    goals = [G(f"M{i}", t) for i, t in enumerate(goals_t, start=1)]
    measures = []
    n = 0

    def add(gi, text, owner, col, span, note):
        nonlocal n
        n += 1
        last = yrs[col + span - 1]
        kind = "continuous" if last == "Løpande" else "period"
        owners = two.get(owner, [owner]) if owner else []
        measures.append(M(f"T{n}", text, [f"M{gi}"], owners, last, kind, diffuse=_diffuse(owners), note=note))

    for gi, cells in grid.items():
        for col, span, items in cells:
            for text, owner, note in items:
                add(gi, text, owner, col, span, note)
        if gi == 2:
            add(2, span_all[0], span_all[1], 0, 4, span_all[2])
    plan = Plan(
        slug=slug, language="nn", title="Handlingsplan for nynorsk i Holmvåg kommune 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="html",
        notes="""
HTML/CSS → Chromium, A4 LANDSCAPE, header line and 'Side n av N' in the page margin. Holmvåg kommune (nynorsk
as administrasjonsspråk). P. 1: Innleiing (språklova § 9 'skal' quoted — national, no goal; the 2024 decision
that nynorsk 'skal' be the administrative language — history, no goal), 'Nynorsk i Holmvåg i tal' table, four
goals 'Mål 1'–'Mål 4' (gold M1–M4), 'Slik les du rutenettet'. P. 2: ONE GRID — a row per goal ('Mål n' + the
goal sentence in the first column), columns '2026 | 2027 | 2028 | 2029 | Løpande'; each tiltak stands in the
column of the YEAR it is to be done, a tiltak running over several years SPANS those columns (colspan), and each
ends with its owner in brackets. Gold: MEASURE = the tiltak text without the bracket; OWNER = the bracket
('Personal og organisasjon' ONE unit, 'Barnehagane og Holmvåg folkebibliotek' two, 'alle einingar' diffuse; one
tiltak without bracket = no owner); DEADLINE = the head of the column, for a spanning cell the LAST column it
spans ('2029' for the 2028–2029 cell and for the 2026–2029 cell of Mål 2, which sits in a second row of that
goal), 'Løpande' continuous (the column head). A cell with two tiltak = two measures. GOAL LINK = the row.
Mål 4's row holds only a grey note across the years that its tiltak are decided at the 2027 revision
(goal-has-measure). Measure ids T1–T12 follow the grid row by row, left to right. pdftotext's default reading
order interleaves the lines of the two short Mål 2 cells (2026 | 2027); the gold pages and --verify read the PDF
with pdftotext -raw (content order, each cell whole).
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    green = "#2f5d3a"

    def cell_html(items):
        return "".join(f'<p class="t">{E(t)}' + (f' <span class="o">({E(o)})</span>' if o else "") + "</p>"
                       for t, o, _n in items)

    trs = []
    for gi, t in enumerate(goals_t, start=1):
        cells = grid[gi]
        rs = ' rowspan="2"' if gi == 2 else ""
        head = f'<th class="goal"{rs}><span class="gn">Mål {gi}</span>{E(t)}</th>'
        if not cells:
            trs.append(f'<tr>{head}<td class="later" colspan="5">Tiltak for dette målet blir vedtekne ved '
                       "rulleringa av planen i 2027.</td></tr>")
            continue
        tds = "".join(f'<td{f" colspan={span}" if span > 1 else ""} class="{"span" if span > 1 else ""}">'
                      f"{cell_html(items)}</td>" for _c, span, items in cells)
        trs.append(f"<tr>{head}{tds}</tr>")
        if gi == 2:
            trs.append(f'<tr><td colspan="4" class="span">{cell_html([span_all])}</td><td></td></tr>')
    html = f"""<!DOCTYPE html>
<html lang="nn"><head><meta charset="utf-8"><title>{E(plan.title)}</title>
<style>
@page {{ size: A4 landscape; margin: 16mm 14mm 15mm 14mm;
  @top-left {{ content: "Holmvåg kommune"; font: bold 8pt 'Liberation Sans'; color: {green}; }}
  @top-right {{ content: "Handlingsplan for nynorsk 2026–2029"; font: 8pt 'Liberation Sans'; color: #555; }}
  @bottom-right {{ content: "Side " counter(page) " av " counter(pages); font: 8pt 'Liberation Sans'; color: #555; }} }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; line-height: 1.4; color: #222; margin: 0; }}
h1 {{ font-size: 20pt; color: {green}; margin: 0 0 2px; }}
.sub {{ font-style: italic; color: #444; margin: 0 0 10px; }}
h2 {{ font-size: 13pt; color: {green}; margin: 12px 0 4px; }}
.cols {{ column-count: 2; column-gap: 10mm; }}
.cols p {{ margin: 0 0 6px; }}
table.facts {{ border-collapse: collapse; font-size: 9pt; margin-bottom: 6px; }}
table.facts th, table.facts td {{ border: 1px solid #b9cdbd; padding: 2px 8px; text-align: left; }}
table.facts th {{ background: #e6efe8; }}
ol.goals {{ list-style: none; padding: 0; margin: 0; }}
ol.goals li {{ margin: 0 0 4px; }}
ol.goals b {{ color: {green}; margin-right: 6px; }}
.howto {{ background: #eef4ef; padding: 6px 10px; font-size: 9.2pt; margin-top: 8px; }}
.grid-page {{ break-before: page; }}
table.grid {{ width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 9pt; }}
table.grid th, table.grid td {{ border: 1px solid #b9cdbd; vertical-align: top; padding: 5px 6px; }}
table.grid thead th {{ background: {green}; color: #fff; text-align: center; font-size: 10pt; }}
th.goal {{ background: #e6efe8; text-align: left; font-weight: bold; font-size: 9.2pt; }}
th.goal .gn {{ display: block; color: {green}; font-size: 8.5pt; text-transform: uppercase; }}
td.span {{ background: #f4f8f4; }}
td p.t {{ margin: 0 0 5px; }}
span.o {{ font-style: italic; color: #444; }}
td.later {{ color: #777; font-style: italic; text-align: center; }}
</style></head><body>
<h1>Handlingsplan for nynorsk i Holmvåg kommune 2026–2029</h1>
<p class="sub">Vedteken av kommunestyret 10. desember 2025, sak 64/25</p>
<h2>Innleiing</h2>
<div class="cols">
<p>Holmvåg er ein nynorskkommune. Kommunestyret vedtok i 2024 at nynorsk skal vere administrasjonsspråket i
kommunen, og at kommunen skal ha ein handlingsplan for nynorsk. Denne planen syner kva kommunen skal gjere
kvart år fram til 2029.</p>
<p>Språklova § 9 seier at offentlege organ skal bruke eit korrekt, klart og brukartilpassa språk i tekstar som er
tilpassa mottakarane. Kommunen har i tillegg plikt til å følgje målforma som er vedteken.</p>
</div>
<h2>Nynorsk i Holmvåg i tal</h2>
<table class="facts"><tr><th></th><th>2021</th><th>2025</th></tr>
<tr><td>Elevar med nynorsk som hovudmål</td><td>94 %</td><td>91 %</td></tr>
<tr><td>Brev frå kommunen skrivne på nynorsk (stikkprøve)</td><td>78 %</td><td>83 %</td></tr>
<tr><td>Tilflyttarar som har teke nynorskkurs</td><td>4</td><td>11</td></tr></table>
<h2>Mål</h2>
<ol class="goals">{"".join(f"<li><b>Mål {i}</b>{E(t)}</li>" for i, t in enumerate(goals_t, start=1))}</ol>
<div class="howto"><b>Slik les du rutenettet.</b> På neste side står tiltaka i eit rutenett med ei rad for
kvart mål og ein kolonne for kvart år. Eit tiltak står i kolonnen for det året det skal vere gjennomført. Eit
tiltak som går over fleire år, strekkjer seg over fleire kolonnar. Kolonnen «Løpande» har tiltak som går heile
tida. Eininga som har ansvaret, står i parentes etter tiltaket.</div>
<div class="grid-page">
<h2>Tiltak 2026–2029</h2>
<table class="grid"><colgroup><col style="width:22%">{"<col>" * 5}</colgroup>
<thead><tr><th>Mål</th>{"".join(f"<th>{y}</th>" for y in yrs)}</tr></thead>
<tbody>{"".join(trs)}</tbody></table>
<h2>Oppfølging</h2>
<p>Språkrådgjevaren rapporterer til formannskapet kvart år i oktober. Planen blir rullert i 2027.</p>
</div>
</body></html>
"""
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    with _raw_pdftotext():
        _gold(plan, pdf, measure_after=2)
    return plan, pdf


def _raw_pages(pdf: Path) -> list[str]:
    """pdftotext -raw (content-stream order) page by page, squashed as mb3.pdftotext_pages: Chromium draws a
    grid cell's lines together, while pdftotext's default reading order interleaves the lines of two short
    neighbouring cells."""
    import subprocess

    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True,
                         text=True).stdout
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return [mb._squash(p) for p in pages]


class _raw_pdftotext:
    """Within the block, mb3.pdftotext_pages (used by gold_by_pdftotext, mb3.verify and batch 30's whole-text
    check) reads with pdftotext -raw."""

    def __enter__(self):
        self.old = mb3.pdftotext_pages
        mb3.pdftotext_pages = _raw_pages

    def __exit__(self, *exc):
        mb3.pdftotext_pages = self.old


def _check_arsrutenett() -> list[str]:
    """The HTML grid has 5 body rows (Mål 2 in two), two colspan cells over years (2 and 4) and the row-wide note;
    the PDF prints the five column heads on p. 2 and the measures only there."""
    slug = "nynorsk-arsrutenett-nn"
    src = (OUT / slug / f"{slug}.html").read_text(encoding="utf-8")
    body = src.split("<tbody>")[1].split("</tbody>")[0]
    bad = []
    if body.count("<tr>") != 5:
        bad.append(f"{slug}: {body.count('<tr>')} grid rows, want 5")
    if sorted(int(x) for x in __import__("re").findall(r"colspan=\"?(\d)", body)) != [2, 4, 5]:
        bad.append(f"{slug}: colspans not [2, 4, 5]")
    pages = mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf")
    if len(pages) != 2 or not all(y.lower() in pages[1] for y in ("2026", "2027", "2028", "2029", "Løpande")):
        bad.append(f"{slug}: the grid is not on p. 2 of 2")
    return bad


# =========================================================================== verify / main


LAYOUT_CHECKS: dict[str, callable] = {
    "heritage-milestones-en": _check_milestones,
    "valfard-tvasprakig-sv": _check_tvasprakig,
    "fritid-handlekort-da": _check_handlekort,
    "nynorsk-arsrutenett-nn": _check_arsrutenett,
}


def _ends_on_page(slug: str) -> list[str]:
    """For parallel-column layouts, where pdftotext prints a line of the Swedish column and a line of the
    Finnish column side by side (so a measure is never one run of text): the first three words of every gold
    goal and measure are printed on its gold page and its last three words on that page or the next one."""
    import yaml

    gold = yaml.safe_load((OUT / slug / f"{slug}.gold.yaml").read_text(encoding="utf-8"))
    pages = mb3.pdftotext_pages(OUT / slug / gold["document"])
    bad = []
    for kind in ("goals", "measures"):
        for it in gold.get(kind) or []:
            words = it["text"].split()
            head, tail = mb._squash(" ".join(words[:3])), mb._squash(" ".join(words[-3:]))
            here = pages[it["page"] - 1]
            if head not in here or tail not in "".join(pages[it["page"] - 1: it["page"] + 1]):
                bad.append(f"{slug}: {kind} {it['id']} not printed from p. {it['page']}")
    return bad


WHOLE_TEXT = {"valfard-tvasprakig-sv": _ends_on_page}
RAW_TEXT = {"nynorsk-arsrutenett-nn"}  # gold pages and --verify read with pdftotext -raw (see _raw_pages)


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page), batch 30's whole-text check (the head-and-tail check for the
    parallel-column plan), and one layout fact per plan."""
    whole = WHOLE_TEXT.get(slug, mb30._whole_text_on_page)
    if slug in RAW_TEXT:
        with _raw_pdftotext():
            return mb3.verify(slug) + whole(slug) + LAYOUT_CHECKS.get(slug, lambda: [])()
    return mb3.verify(slug) + whole(slug) + LAYOUT_CHECKS.get(slug, lambda: [])()


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify)


if __name__ == "__main__":
    main(sys.argv[1:])
