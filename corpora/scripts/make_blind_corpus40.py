"""Build the fortieth batch of blind authored plans (corpora/authored/<slug>/), in COMMON forms on new surfaces:
a nynorsk trafikktryggingsplan whose handlingsdel is one long table 'Nr. | Tiltak | Ansvarleg | Samarbeid med |
Frist' with a shaded row 'Mål n – <goal>' over each group of measures, the header row repeated on every page
(python-docx → LibreOffice); an English digital inclusion action plan with one page per 'Aim n:' heading and a
table 'Ref. | Action | Responsible | Timescale' numbered 1.1, 1.2 (odfpy → LibreOffice); a Swedish handlingsplan
for biologisk mångfald whose goals are bold paragraphs under each insatsområde and whose activities are bullets
closing '(ansvar: …, 2028)' (HTML → Chromium); a bokmål handlingsprogram for klima og energi with one table per
område 'Nr. | Tiltak | Ansvar | 2027 | 2028 | 2029 | 2030 | Kostnad' with crosses in the year columns
(reportlab).

    python corpora/scripts/make_blind_corpus40.py              # every plan
    python corpora/scripts/make_blind_corpus40.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus40.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus40.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings (as in batch 1), gold writer and the `Odt` writer
from make_blind_corpus.py, the pdftotext check from make_blind_corpus3.py, the whole-text check on pdftotext -raw
from make_blind_corpus34.py, the page-break heading style and the row helper from make_blind_corpus37.py
(imported, not copied).
Gold files carry `held_out: true` and were committed before plancheck was run on them.
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
import make_blind_corpus34 as mb34  # noqa: E402
import make_blind_corpus37 as mb37  # noqa: E402
from make_blind_corpus import G, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus40.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731


def _gold(plan: Plan, pdf: Path, **kw) -> Path:
    """write_gold with the pages looked up as pdftotext reads them (blindkit.gold_by_pdftotext)."""
    return bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)


# =========================================================================== 1 nynorsk trafikktryggingsplan (python-docx)

NN_SLUG = "trafikktrygging-malrad-nn"
NN_GOALS = [
    ("G1", "Barn og unge skal ha ein trygg skuleveg og trygge vegar til fritidsaktivitetar"),
    ("G2", "Færre skal bli drepne eller hardt skadde på vegane i kommunen"),
    ("G3", "Innbyggjarane skal kjenne reglane og ta gode val i trafikken"),
    ("G4", "Kommunen skal drive trafikktryggingsarbeidet etter kriteria for trafikksikker kommune"),
]
# (id, nr, text, goal, Ansvarleg as printed, owners, Frist as printed or None, kind, note, Samarbeid med)
NN_ROWS = [
    ("T1", "1.1", "Byggje gang- og sykkelveg langs Skulevegen frå Haugen til Lia skule", "G1", "Kommunalteknikk",
     ["Kommunalteknikk"], "2028", "period", "", "Statens vegvesen, grunneigarar"),
    ("T2", "1.2", "Etablere hente- og bringesone utanfor Lia skule og Lia barnehage", "G1",
     "Kommunalteknikk og Eigedom", ["Kommunalteknikk", "Eigedom"], "Sommaren 2027", "period",
     "two owners (two capitalised unit names)", "FAU ved Lia skule"),
    ("T3", "1.3", "Kartleggje skulevegen for alle elevar i 1.–7. klasse kvart fjerde år", "G1", "Rektor",
     ["Rektor"], "Kvart fjerde år", "recurring", "a person; recurring", "Foreldreutvala"),
    ("T4", "1.4", "Setje opp fartsdisplay ved dei tre skulane som ligg ved fylkesveg", "G1",
     "Kommunalteknikk og Vestland fylkeskommune", ["Kommunalteknikk", "Vestland fylkeskommune"], "2027", "period",
     "two owners (two names)", "Politiet"),
    ("T5", "2.1", "Utbetre krysset mellom Fv. 541 og Bryggevegen med eige venstresvingefelt", "G2",
     "Vestland fylkeskommune", ["Vestland fylkeskommune"], "2029", "period", "", "Kommunalteknikk"),
    ("T6", "2.2", "Skifte ut gatelys langs hovudvegane i Straumsvik sentrum med LED og betre lysspreiing", "G2",
     "Kommunalteknikk", ["Kommunalteknikk"], "Hausten 2028", "period", "", ""),
    ("T7", "2.3", "Søkje om nedsett fartsgrense til 40 km/t i bustadområda på Haugen og Nesvika", "G2",
     "Plan og miljø", ["Plan og miljø"], "1. mars 2027", "date", "one owner (one unit named with 'og'); a date",
     "Statens vegvesen"),
    ("T8", "2.4", "Rydde vegetasjon i siktsoner ved kryss og avkøyrsler på kommunale vegar", "G2", "Drift og "
     "vedlikehald", ["Drift og vedlikehald"], "Kvar vår", "recurring", "one owner (one unit named with 'og'); "
     "recurring", ""),
    ("T9", "2.5", "Vurdere trafikksikringstiltak på Strandvegen etter innspel frå bebuarane", "G2", "", [], "2030",
     "period", "empty Ansvarleg: no owner", "Velforeininga"),
    ("T10", "3.1", "Gje trafikkopplæring på alle trinn etter Trygg Trafikk sin plan for grunnskulen", "G3",
     "Alle grunnskular", ["Alle grunnskular"], "Løpande", "continuous", "'Alle grunnskular' diffuse; continuous",
     "Trygg Trafikk"),
    ("T11", "3.2", "Arrangere refleksaksjon for barnehagebarn og eldre i samarbeid med frivillige", "G3",
     "Helse og omsorg", ["Helse og omsorg"], "Kvar haust", "recurring", "one owner; recurring",
     "Lions, Eldrerådet"),
    ("T12", "3.3", "Tilby kurs i trygg bruk av elsparkesykkel for elevar i ungdomsskulen", "G3",
     "Straumsvik ungdomsskule", ["Straumsvik ungdomsskule"], "Skuleåret 2027/28", "period", "a school year",
     "Politiet"),
    ("T13", "3.4", "Informere om trafikktryggleik på kommunen si nettside og i sosiale medium", "G3",
     "Kommunikasjonseininga", ["Kommunikasjonseininga"], None, None, "empty Frist: no deadline", ""),
    ("T14", "4.1", "Bli godkjend som Trafikksikker kommune", "G4", "Kommunedirektøren", ["Kommunedirektøren"],
     "31.12.2027", "date", "a date", "Trygg Trafikk"),
    ("T15", "4.2", "Innføre rutinar for trafikktrygg transport på turar og arrangement i skular og barnehagar",
     "G4", "Oppvekst", ["Oppvekst"], "1. halvår 2027", "period", "", ""),
    ("T16", "4.3", "Rullere handlingsdelen av trafikktryggingsplanen", "G4", "Trafikktryggingsutvalet",
     ["Trafikktryggingsutvalet"], "2031", "period", "'2031' after the plan period 2027–2030", ""),
]
NN_TEXT = {
    "Føreord": [
        "Ingen skal bli drepne eller hardt skadde i trafikken i kommunen vår. Det er eit stort mål, men vi trur "
        "det går an å kome nær det når alle gjer sin del: kommunen, fylkeskommunen, skulane, foreldra og kvar "
        "einskild trafikant.",
        "Denne planen viser kva kommunen skal gjere dei neste fire åra. Takk til alle foreldreutval, lag og "
        "innbyggjarar som har kome med innspel om farlege kryss, mørke vegar og skulevegar som treng betring.",
        "Marit Aasheim, ordførar",
    ],
    "1 Innleiing": [
        "Trafikktryggingsplanen for Straumsvik kommune vart sist rullert i 2022. Kommunestyret bad i sak 44/25 "
        "om at planen skulle reviderast, og at han skulle få ein eigen handlingsdel med tydeleg ansvar og frist "
        "for kvart tiltak.",
        "Planen gjeld for perioden 2027–2030. Han omfattar både fysiske tiltak på vegnettet og haldningsskapande "
        "arbeid i skular, barnehagar og i lokalsamfunnet.",
        "Kommunen har ansvar for 112 km kommunal veg. Fylkesvegane og riksvegen er det Vestland fylkeskommune og "
        "Statens vegvesen som har ansvaret for, men kommunen kan spele inn tiltak og søkje om midlar frå "
        "fylkeskommunen sitt trafikktryggingsprogram.",
    ],
    "2 Ulukker og utfordringar": [
        "I perioden 2020–2024 vart det registrert 38 politirapporterte ulukker med personskade i kommunen. To "
        "personar omkom, og ni vart hardt skadde. Over halvparten av ulukkene skjedde på fylkesvegane.",
        "Mange av ulukkene involverer unge førarar og mjuke trafikantar. I innspelsrunden peikte foreldra særleg "
        "på skulevegen til Lia skule, som manglar fortau på ei strekning på 1,4 km.",
        "Bruken av elsparkesykkel har auka mykje, og politiet melder om fleire tilfelle av to personar på same "
        "sparkesykkel og køyring utan hjelm.",
    ],
    "3 Nasjonale og regionale føringar": [
        "Nasjonal transportplan byggjer på nullvisjonen: ein visjon om eit transportsystem der ingen blir drepne "
        "eller hardt skadde. Regjeringa har sett som etappemål at det innan 2030 ikkje skal vere meir enn 350 "
        "drepne og hardt skadde i trafikken i Noreg.",
        "Fylkeskommunen har ansvar for å tilrå og samordne tiltak for å fremje trafikktryggleiken i fylket, jf. "
        "vegtrafikklova § 40 a. Vestland fylkeskommune sin regionale plan legg vekt på trafikksikre skulevegar "
        "og tryggleik for mjuke trafikantar.",
        "Dei nasjonale måla er ikkje mål i denne planen, men planen skal bidra til at dei blir nådde.",
    ],
    "4 Korleis lese handlingsdelen": [
        "Handlingsdelen står i kapittel 5. Tiltaka er samla i ein tabell og ordna under fire mål. Kvart mål står "
        "på ei grå line i tabellen, og tiltaka under målet er nummererte 1.1, 1.2 og så bortetter.",
        "Kolonna Ansvarleg viser kven som har ansvaret for at tiltaket blir gjennomført. Kolonna Samarbeid med "
        "viser kven som skal vere med i arbeidet utan å ha ansvaret. Kolonna Frist viser når tiltaket skal vere "
        "gjennomført, eller kor ofte det skal gjerast.",
    ],
    "5 Handlingsdel": [
        "Handlingsdelen er sett saman av tiltak som kom fram i innspelsrunden, tiltak frå den førre planen som "
        "ikkje er gjennomførte, og tiltak som trengst for at kommunen skal bli godkjend som Trafikksikker "
        "kommune. Trafikktryggingsutvalet har prioritert tiltaka etter kor mange som har nytte av dei, og etter "
        "kor alvorleg risikoen er.",
        "Fysiske tiltak på fylkesvegane må fylkeskommunen vedta og betale. For desse tiltaka står "
        "fylkeskommunen som ansvarleg, og kommunen si oppgåve er å følgje opp at tiltaka kjem med i det "
        "regionale trafikktryggingsprogrammet.",
        "Tabellen viser tiltaka i planperioden, ordna etter dei fire måla for trafikktryggingsarbeidet.",
    ],
    "6 Oppfølging og rullering": [
        "Trafikktryggingsutvalet følgjer opp planen og rapporterer til formannskapet éin gong i året. Tiltak som "
        "krev investeringar, blir spelte inn til budsjett og økonomiplan.",
        "Kommunen søkjer kvart år om midlar frå fylkeskommunen sitt trafikktryggingsprogram til fysiske tiltak.",
    ],
}
NN_STATS = [["Ulukker med personskade 2020–2024", "Tal"], ["Drepne", "2"], ["Hardt skadde", "9"],
            ["Lettare skadde", "41"], ["Ulukker på fylkesveg", "21"], ["Ulukker på kommunal veg", "11"]]


@plan_builder
def build_trafikktrygging_malrad_nn() -> tuple[Plan, Path]:
    """Nynorsk trafikktryggingsplan (python-docx → LibreOffice): cover, innhald, føreord and background chapters
    on their own pages, then chapter 5 Handlingsdel: one long table 'Nr. | Tiltak | Ansvarleg | Samarbeid med |
    Frist' with a shaded row spanning all columns 'Mål n – <goal>' over each group of numbered measures, the
    header row repeated on every page."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt, RGBColor

    slug = NN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="nn", title="Trafikktryggingsplan 2027–2030", period=(2027, 2030),
        goals=[G(g, t) for g, t in NN_GOALS], measures=mb37._rows(NN_ROWS, 2030), source_ext="docx",
        notes="""
python-docx → LibreOffice Writer (Liberation Sans 10.5 pt body, Liberation Serif headings in dark red), A4
portrait, Straumsvik kommune. Header 'Straumsvik kommune' left-aligned over a rule, footer 'Trafikktryggingsplan
2027–2030 · side n' right-aligned, none on the cover. Cover, Innhald, Føreord (signed by the mayor), 1 Innleiing,
2 Ulukker og utfordringar (a table of accidents), 3 Nasjonale og regionale føringar (quotes the nullvisjon and
the national 350 killed or seriously injured by 2030 target: a trap, no goal), 4 Korleis lese handlingsdelen
(explains the grey goal lines and the columns), each on a new page; 5 Handlingsdel: one long table 'Nr. |
Tiltak | Ansvarleg | Samarbeid med | Frist' (header row repeated on every page; rows kept whole) with a shaded
row spanning all columns 'Mål n – <sentence>' (the GOALS, without 'Mål n –') over each group of rows numbered
n.k; each Tiltak cell is a MEASURE linked to the goal line above it. 6 Oppfølging og rullering. Gold: OWNERS =
Ansvarleg ('Kommunalteknikk og Eigedom', 'Kommunalteknikk og Vestland fylkeskommune' two each; 'Plan og miljø',
'Drift og vedlikehald', 'Helse og omsorg' ONE unit each; 'Rektor' a person; 'Alle grunnskular' diffuse; empty =
none). 'Samarbeid med' names partners, never owners. DEADLINE = Frist ('2027', '2028', '2029', '2030', 'Sommaren
2027', 'Hausten 2028', '1. halvår 2027', 'Skuleåret 2027/28' periods; '1. mars 2027', '31.12.2027' dates;
'Løpande' continuous; 'Kvart fjerde år', 'Kvar vår', 'Kvar haust' recurring; '2031' after 2027–2030; empty =
none).
""")
    red = "8C1C13"
    doc = dh.new_document(font="Liberation Sans", size=10.5, margins_mm=22, heading_color=red)
    mb.docx_lang(doc, "nn-NO")
    for lvl, size in ((1, 17), (2, 13)):
        st = doc.styles[f"Heading {lvl}"]
        st.font.name = "Liberation Serif"
        st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    dh.ruled_header(sec, "Straumsvik kommune", size=8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Trafikktryggingsplan 2027–2030 · side ").font.size = Pt(8.5)
    dh.add_field(fp, "PAGE", "1", size=8.5)
    dh.para(doc, "", space_after=90)
    dh.para(doc, "STRAUMSVIK KOMMUNE", size=12, bold=True, color=red, space_after=18)
    dh.para(doc, "Trafikktryggingsplan 2027–2030", size=30, bold=True, color="5A120C", space_after=8)
    dh.para(doc, "Med handlingsdel", size=15, space_after=220)
    dh.para(doc, "Vedteken i kommunestyret 10. desember 2026, sak 71/26", size=9)

    def chapter(title):
        dh.page_break(doc)
        dh.heading(doc, title, 1)

    dh.page_break(doc)
    dh.heading(doc, "Innhald", 1)
    toc = [("Føreord", 3), ("1 Innleiing", 4), ("2 Ulukker og utfordringar", 5), ("3 Nasjonale og regionale "
           "føringar", 6), ("4 Korleis lese handlingsdelen", 7), ("5 Handlingsdel", 8), ("6 Oppfølging og "
           "rullering", 10)]
    for t, n in toc:
        pp = dh.para(doc, f"{t}\t{n}", space_after=6)
        pp.paragraph_format.tab_stops.add_tab_stop(Mm(160), 2, 1)
    for chap in ("Føreord", "1 Innleiing", "2 Ulukker og utfordringar", "3 Nasjonale og regionale føringar",
                 "4 Korleis lese handlingsdelen"):
        chapter(chap)
        texts = NN_TEXT[chap]
        for t in texts:
            dh.para(doc, t, space_after=9, italic=chap == "Føreord" and t is texts[-1])
        if chap.startswith("2 "):
            w = [90, 25]
            t = dh.new_table(doc, w)
            for i, r in enumerate(NN_STATS):
                dh.add_row(t, r, w, size=9.5, bold=i == 0, fill="F2DCDA" if i == 0 else None)
            dh.para(doc, "Kjelde: Statistisk sentralbyrå og Statens vegvesen, ulukkesregisteret.", italic=True,
                    size=8.5, space_before=3)
    chapter("5 Handlingsdel")
    for tx in NN_TEXT["5 Handlingsdel"]:
        dh.para(doc, tx, space_after=9)
    w = [11, 56, 42, 27, 30]
    t = dh.new_table(doc, w)
    hr = dh.add_row(t, ["Nr.", "Tiltak", "Ansvarleg", "Samarbeid med", "Frist"], w, size=9.5, bold=True, fill=red)
    dh.set_repeat_header(hr)
    for c in hr.cells:
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for i, (g, gt) in enumerate(NN_GOALS, 1):
        gr = dh.add_row(t, [f"Mål {i} – {gt}"], w, size=10, bold=True, fill="E8E3DF", span_all=True,
                        keep_with_next=True)
        dh.set_cant_split(gr)
        for _id, nr, text, gg, who, _o, when, _k, _n, partner in NN_ROWS:
            if gg != g:
                continue
            row = dh.add_row(t, [nr, text, who, partner, when or ""], w, size=9.5)
            dh.set_cant_split(row)
    chapter("6 Oppfølging og rullering")
    for tx in NN_TEXT["6 Oppfølging og rullering"]:
        dh.para(doc, tx, space_after=9)
    dh.set_core_properties(doc, title=plan.title, author="Straumsvik kommune")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf)
    return plan, pdf


# =========================================================================== 2 English action plan (odfpy)

EN_SLUG = "digital-inclusion-aim-ref-en"
EN_GOALS = [
    ("G1", "Every resident who wants to get online has somewhere local to go for free help"),
    ("G2", "Residents on low incomes can get a suitable device and an affordable connection"),
    ("G3", "Council services are easy to use online, with a good alternative for those who cannot"),
    ("G4", "Council staff and partners have the skills to help residents use digital services"),
]
# (id, ref, action, goal, Responsible as printed, owners, Timescale as printed or None, kind, note)
EN_ROWS = [
    ("A1", "1.1", "Run free drop-in digital help sessions in all seven libraries", "G1", "Libraries Manager",
     ["Libraries Manager"], "Weekly from April 2027", "recurring", "recurring"),
    ("A2", "1.2", "Recruit and train 40 volunteer Digital Champions", "G1",
     "Digital Inclusion Officer and the Volunteer Centre", ["Digital Inclusion Officer", "Volunteer Centre"],
     "March 2028", "period", "two owners (an article after 'and' opens the second)"),
    ("A3", "1.3", "Publish a directory of free digital help in the borough, in print and online", "G1",
     "Digital Inclusion Officer", ["Digital Inclusion Officer"], "Q3 2027", "period", ""),
    ("A4", "1.4", "Offer home visits for housebound residents who need help to get online", "G1",
     "Adult Social Care", ["Adult Social Care"], "2028/29", "period", "a financial year"),
    ("A5", "2.1", "Set up a device bank that refurbishes donated laptops and tablets for residents", "G2",
     "ICT Services", ["ICT Services"], "30 September 2027", "date", "a date"),
    ("A6", "2.2", "Promote social tariffs for broadband and mobile to residents receiving benefits", "G2",
     "Welfare Rights Team", ["Welfare Rights Team"], "Ongoing", "continuous", "continuous"),
    ("A7", "2.3", "Provide free wi-fi in all community centres and council-run sheltered housing schemes", "G2",
     "Housing and Neighbourhoods", ["Housing and Neighbourhoods"], "December 2028", "period",
     "one owner (a service named with 'and')"),
    ("A8", "2.4", "Lend data SIM cards to families with children who have no internet at home", "G2", "", [],
     "Q1 2027", "period", "empty Responsible: no owner"),
    ("A9", "3.1", "Test every new online form with residents who have low digital skills before it goes live", "G3",
     "All service heads", ["All service heads"], "Ongoing", "continuous", "'All service heads' diffuse"),
    ("A10", "3.2", "Keep a telephone and face-to-face option for every service that moves online", "G3",
     "Customer Services Manager", ["Customer Services Manager"], None, None, "empty Timescale: no deadline"),
    ("A11", "3.3", "Rewrite the 20 most used web pages in plain English", "G3", "Web Team", ["Web Team"],
     "June 2027", "period", ""),
    ("A12", "3.4", "Replace the council tax and benefits portal with one that works on a mobile phone", "G3",
     "Head of Revenues and Benefits", ["Head of Revenues and Benefits"], "April 2031", "period",
     "one owner (a post named with 'and'); 'April 2031' after the plan period 2027–2030"),
    ("A13", "4.1", "Include digital inclusion in the induction of all frontline staff", "G4", "HR and "
     "Organisational Development", ["HR and Organisational Development"], "From September 2027", "period",
     "one owner (a service named with 'and')"),
    ("A14", "4.2", "Train staff in partner organisations to use the Digital Champions toolkit", "G4",
     "Adult Learning Service", ["Adult Learning Service"], "Annually", "recurring", "recurring"),
    ("A15", "4.3", "Report progress on this plan to the Communities Scrutiny Panel", "G4",
     "Digital Inclusion Officer", ["Digital Inclusion Officer"], "Every six months", "recurring", "recurring"),
]
EN_WHY = {
    "G1": "Residents told us that the help they value most is a friendly person, close to home, who has time "
          "to show them what to do. Libraries and community centres are trusted places, but at present help is "
          "only available on a few days a week and in some parts of the borough.",
    "G2": "Cost is the main reason residents give for not being online. Many families rely on a single phone with "
          "pay-as-you-go data, which makes it hard for children to do homework or for adults to apply for jobs.",
    "G3": "More council services are moving online. This can make them quicker and cheaper, but only if the online "
          "services are simple to use and nobody is left without another way to get help.",
    "G4": "Frontline staff in the council and in our partner organisations meet digitally excluded residents every "
          "day. With the right training they can spot the need and point residents to help.",
}
EN_TEXT = {
    "Foreword": [
        "Being online is no longer a luxury. It is how we apply for jobs, book appointments, pay bills, keep in "
        "touch with family and find out what is going on. Yet thousands of Eastbridge residents are still cut off "
        "from the internet, or lack the skills and confidence to use it safely.",
        "This plan sets out what the council and its partners will do over the next four years to close the "
        "digital divide in our borough. I would like to thank everyone who took part in the consultation.",
        "Councillor Dev Bhatt, Cabinet Member for Communities",
    ],
    "1 Introduction": [
        "Eastbridge Borough Council adopted its Digital Strategy in 2025. One of the strategy's four themes is "
        "Digital Inclusion: making sure that every resident can benefit from digital technology. This action "
        "plan turns that theme into practical actions for the period 2027 to 2030.",
        "The plan was developed by the Customer and Digital Services department with the Digital Inclusion "
        "Partnership, which brings together the council, Eastbridge Community Voluntary Service, the local "
        "housing associations, the Jobcentre and the further education college.",
        "The plan covers four aims. Each aim has its own page in section 4, with a short explanation and a table "
        "of actions. Each action has a reference number, a responsible officer or team and a timescale.",
    ],
    "2 Digital exclusion in Eastbridge": [
        "We estimate that around 11,000 adults in Eastbridge do not use the internet, and a further 24,000 have "
        "very low digital skills. Digital exclusion is highest among residents aged over 75, disabled residents, "
        "people in social housing and people who do not speak English as a first language.",
        "The government's Digital Inclusion Action Plan aims to ensure that everyone has the access, skills, "
        "support and confidence to participate in modern digital society. This national aim is not one of the "
        "aims of this plan, but our actions contribute to it.",
    ],
    "3 What residents told us": [
        "Over 600 residents responded to our survey in autumn 2026, and we held six focus groups in libraries and "
        "community centres. Most people who do not use the internet said that cost was the main barrier, "
        "followed by a lack of confidence and worries about scams.",
        "Residents also told us that they want to be able to speak to a person when something goes wrong, and "
        "that they find some council web pages hard to understand.",
    ],
    "5 Monitoring and review": [
        "The Digital Inclusion Officer will keep a record of progress against each action, using the reference "
        "numbers in section 4. The Digital Inclusion Partnership will meet quarterly to review progress.",
        "The plan will be reviewed in 2029, when the council's Digital Strategy is refreshed.",
    ],
}
EN_STATS = [["Indicator", "Eastbridge", "England"], ["Adults who have never used the internet", "5.9%", "4.1%"],
            ["Adults lacking basic digital skills", "14%", "11%"], ["Households without home broadband", "9%", "6%"]]


@plan_builder
def build_digital_inclusion_aim_ref_en() -> tuple[Plan, Path]:
    """English departmental action plan (odfpy → LibreOffice): cover, contents, foreword and background
    chapters, then section 4 with one page per 'Aim n: <aim>' heading, a paragraph and a table 'Ref. | Action |
    Responsible | Timescale' numbered n.1, n.2."""
    slug = EN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="en", title="Digital Inclusion Action Plan 2027–2030", period=(2027, 2030),
        goals=[G(g, t) for g, t in EN_GOALS], measures=mb37._rows(EN_ROWS, 2030), source_ext="odt",
        notes="""
odfpy → LibreOffice Writer (Liberation Serif 11 pt body, Liberation Sans headings in purple), A4 portrait,
Eastbridge Borough Council, Customer and Digital Services. Header 'Eastbridge Borough Council · Customer and
Digital Services', footer 'Page n'. Cover, Contents, Foreword (signed), 1 Introduction (says each action has a
reference number, a responsible officer or team and a timescale), 2 Digital exclusion in Eastbridge (a table;
quotes the government's national aim: a trap, no goal), 3 What residents told us, each on a new page; 4 Aims
and actions (a one-line lead-in): one page per aim, heading 'Aim n: <sentence>' (the GOALS, without 'Aim n:'), a 'Why this aim'
paragraph, and a table 'Ref. | Action | Responsible | Timescale' (header repeated) whose rows are numbered n.k;
each Action cell is a MEASURE linked to the aim of its page. 5 Monitoring and review. Gold: OWNERS = Responsible
('Digital Inclusion Officer and the Volunteer Centre' two, listed without the article; 'Housing and
Neighbourhoods', 'HR and Organisational Development', 'Head of Revenues and Benefits' ONE each; 'All service
heads' diffuse; empty = none). DEADLINE = Timescale ('March 2028', 'Q3 2027', '2028/29', 'December 2028', 'Q1
2027', 'June 2027', 'From September 2027' periods; '30 September 2027' date; 'Ongoing' continuous; 'Weekly from
April 2027', 'Annually', 'Every six months' recurring; 'April 2031' after 2027–2030; empty = none).
""")
    o = mb.Odt(font="Liberation Sans", size=11, lang="en", country="GB",
               header="Eastbridge Borough Council · Customer and Digital Services", footer_text="Page",
               margin_cm=2.3)
    purple = "#4b2a6b"
    mb37._odt_page_style(o, "Chap", 18, purple)
    mb37._odt_page_style(o, "Chap2", 15, purple)
    o.style("H2", size=15, bold=True, before=0.4, after=0.35, color=purple, keep=True)
    o.style("Body", size=11, after=0.3)
    o.style("Why", size=10.5, italic=True, after=0.35)
    o.style("CoverK", size=14, bold=True, color=purple, before=5.0, after=0.3)
    o.style("CoverD", size=12, after=1.2)
    o.style("CoverT", size=28, bold=True, color=purple, after=0.4)
    o.style("CoverU", size=14, after=10.0)
    o.style("Small", size=9, after=0.1)
    o.style("Sig", size=11, italic=True, after=0.2)
    o.style("Toc", size=11, after=0.25)
    o.style("Cell", size=10, after=0.05)
    o.style("CellBold", size=10, bold=True, after=0.05)
    from odf.style import FontFace, TextProperties
    for key in ("Body", "Why", "Sig", "Cell", "CellBold"):
        st = next(s for s in o.doc.automaticstyles.childNodes if s.getAttribute("name") == o.styles[key])
        for tp in st.getElementsByType(TextProperties):
            tp.setAttribute("fontname", "Liberation Serif")
    if not any(getattr(ff, "getAttribute", lambda k: None)("name") == "Liberation Serif"
               for ff in o.doc.fontfacedecls.childNodes):
        o.doc.fontfacedecls.addElement(FontFace(name="Liberation Serif", fontfamily="'Liberation Serif'",
                                                fontfamilygeneric="roman", fontpitch="variable"))
    o.p("Eastbridge Borough Council", "CoverK")
    o.p("Customer and Digital Services", "CoverD")
    o.p("Digital Inclusion Action Plan 2027–2030", "CoverT")
    o.p("Getting everyone online, and keeping help close to home", "CoverU")
    o.p("Approved by Cabinet, 14 January 2027", "Small")
    o.p("Document owner: Head of Customer and Digital Services · Version 1.0", "Small")
    o.p("Contents", "Chap")
    toc = [("Foreword", 3), ("1 Introduction", 4), ("2 Digital exclusion in Eastbridge", 5),
           ("3 What residents told us", 6), ("4 Aims and actions", 7), ("5 Monitoring and review", 11)]
    for t, n in toc:
        o.p(f"{t} {'.' * 6}  {n}", "Toc")
    for chap in ("Foreword", "1 Introduction", "2 Digital exclusion in Eastbridge", "3 What residents told us"):
        o.p(chap, "Chap")
        texts = EN_TEXT[chap]
        for t in texts:
            o.p(t, "Sig" if chap == "Foreword" and t is texts[-1] else "Body")
        if chap.startswith("2 "):
            o.table([9.0, 3.0, 3.0], EN_STATS, header_fill="#e4dcee", border="0.5pt solid #8a78a0")
            o.p("Sources: ONS Internet users 2024; Lloyds Consumer Digital Index 2025; Ofcom.", "Small")
    for i, (g, gt) in enumerate(EN_GOALS, 1):
        if i == 1:
            o.p("4 Aims and actions", "Chap")
            o.p("This section sets out the four aims of the plan. Each aim is followed by the actions we will "
                "take to achieve it.")
            o.p(f"Aim {i}: {gt}", "H2")
        else:
            o.p(f"Aim {i}: {gt}", "Chap2")
        o.p(f"**Why this aim.** {EN_WHY[g]}", "Why")
        rows = [["Ref.", "Action", "Responsible", "Timescale"]]
        for _id, ref, text, gg, who, _o, when, _k, _n in EN_ROWS:
            if gg == g:
                rows.append([ref, text, who, when or ""])
        mb37._odt_rows_unsplit(o, o.table([1.3, 7.2, 4.5, 3.4], rows, header_fill="#e4dcee",
                                          border="0.5pt solid #8a78a0"))
    o.p("5 Monitoring and review", "Chap")
    for t in EN_TEXT["5 Monitoring and review"]:
        o.p(t)
    src = d / f"{slug}.odt"
    o.save(src, title=plan.title, author="Eastbridge Borough Council")
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf)
    return plan, pdf


# =========================================================================== 3 Swedish handlingsplan (Chromium)

SV_SLUG = "mangfald-fetmal-ansvar-sv"
SV_AREAS = [("F1", "Gröna miljöer i tätorterna"), ("F2", "Skog, våtmarker och vatten"),
            ("F3", "Kommunens egen mark och verksamhet"), ("F4", "Kunskap och delaktighet")]
SV_GOALS = [
    ("G1", "Andelen grönyta i tätorterna ska inte minska, och varje bostad ska ha en park eller ett grönområde "
           "inom 300 meter", "F1"),
    ("G2", "Kommunens värdefulla våtmarker och vattendrag ska skyddas och restaureras", "F2"),
    ("G3", "Minst fem procent av den kommunägda skogen ska avsättas för naturvård", "F2"),
    ("G4", "Kommunen ska sköta sin egen mark så att pollinerande insekter och fåglar gynnas", "F3"),
    ("G5", "Invånare, skolor och föreningar ska känna till och vara delaktiga i arbetet med den biologiska "
           "mångfalden", "F4"),
]
# (id, nr, text, goal, bracket as printed, owners, deadline as printed or None, kind, note)
SV_ROWS = [
    ("A1", "", "Ta fram en grönplan för Ljungfors tätort med kartläggning av parker och gröna stråk", "G1",
     "ansvar: Plan- och byggenheten, 2028", ["Plan- och byggenheten"], "2028", "period",
     "one owner ('Plan- och byggenheten' is one enhet)"),
    ("A2", "", "Ställa krav på grönytefaktor i alla nya detaljplaner för bostäder", "G1",
     "ansvar: Plan- och byggenheten, löpande", ["Plan- och byggenheten"], "löpande", "continuous", "continuous"),
    ("A3", "", "Plantera minst 300 nya träd i gatumiljöer och på skolgårdar", "G1",
     "ansvar: Park och natur, 2030", ["Park och natur"], "2030", "period",
     "one owner (one enhet named with 'och')"),
    ("A4", "", "Inventera kommunens våtmarker och ta fram en prioriteringslista för restaurering", "G2",
     "ansvar: Miljöenheten och Länsstyrelsen, 2027", ["Miljöenheten", "Länsstyrelsen"], "2027", "period",
     "two owners (two names)"),
    ("A5", "", "Restaurera minst tre våtmarker med stöd av lokala naturvårdssatsningen", "G2",
     "ansvar: Miljöenheten, 2030", ["Miljöenheten"], "2030", "period", ""),
    ("A6", "", "Riva eller bygga om vandringshindret vid Kvarnfallet i Ljungån", "G2",
     "ansvar: Vatten och avlopp, hösten 2028", ["Vatten och avlopp"], "hösten 2028", "period",
     "one owner (one enhet named with 'och')"),
    ("A7", "", "Ta fram en naturvårdsplan för den kommunägda skogen", "G3",
     "ansvar: Kommunekologen, senast 2027-06-30", ["Kommunekologen"], "senast 2027-06-30", "date",
     "a date with its lead word"),
    ("A8", "", "Avsätta skogsbestånd med höga naturvärden som kommunala naturvårdsområden", "G3",
     "ansvar: Mark- och exploateringsenheten", ["Mark- och exploateringsenheten"], None, None,
     "no time in the bracket: no deadline"),
    ("A9", "", "Anlägga ängsmark på minst tio hektar av kommunens gräsytor", "G4",
     "ansvar: Park och natur och Fastighetsavdelningen, 2029", ["Park och natur", "Fastighetsavdelningen"],
     "2029", "period", "two owners (a unit named with 'och' and a name)"),
    ("A10", "", "Sluta använda kemiska bekämpningsmedel på kommunens mark", "G4",
     "ansvar: Tekniska förvaltningen, 2027", ["Tekniska förvaltningen"], "2027", "period", ""),
    ("A11", "", "Sätta upp fågelholkar och insektshotell vid alla förskolor", "G4", "2028", [], "2028", "period",
     "bracket without 'ansvar:': no owner"),
    ("A12", "", "Erbjuda naturskola för alla elever i årskurs 4", "G5", "ansvar: Alla grundskolor, varje vår",
     ["Alla grundskolor"], "varje vår", "recurring", "'Alla grundskolor' diffuse; recurring"),
    ("A13", "", "Arrangera en årlig artdag där invånare hjälper till att räkna fåglar, fjärilar och växter", "G5",
     "ansvar: Kultur- och fritidsförvaltningen, årligen", ["Kultur- och fritidsförvaltningen"], "årligen",
     "recurring", "recurring"),
    ("A14", "", "Ta fram skyltar och en digital guide till kommunens naturreservat", "G5",
     "ansvar: Turistbyrån, 2031", ["Turistbyrån"], "2031", "period", "'2031' after the plan period 2027–2030"),
]
SV_AREA_TEXT = {
    "F1": "Parker, alléer och gröna stråk är viktiga för både växter, djur och människor. När tätorterna växer "
          "blir det allt viktigare att de gröna miljöerna sparas och utvecklas.",
    "F2": "Många av kommunens våtmarker har dikats ut, och vattendragen har dammar och vägtrummor som hindrar fisk "
          "från att vandra. Kommunen äger också 1 900 hektar skog.",
    "F3": "Kommunen sköter stora ytor: vägkanter, parker, skolgårdar och tomter kring kommunens byggnader. Hur "
          "ytorna sköts har stor betydelse för bin, fjärilar och fåglar.",
    "F4": "Biologisk mångfald angår alla. Många invånare vill bidra, och skolor och föreningar gör redan mycket.",
}
SV_TEXT = {
    "1 Inledning": [
        "Den biologiska mångfalden minskar, både i världen och i Sverige. I Ljungfors kommun har ängsmarker "
        "vuxit igen, våtmarker dikats ut och gamla träd fällts. Samtidigt finns fortfarande höga naturvärden "
        "i kommunens skogar, sjöar och odlingslandskap.",
        "Kommunfullmäktige antog 2025 ett naturvårdsprogram för Ljungfors kommun. Den här handlingsplanen visar "
        "vad kommunen ska göra under åren 2027–2030 för att genomföra programmet.",
    ],
    "2 Bakgrund": [
        "Riksdagen har beslutat om sexton nationella miljökvalitetsmål. Ett av dem är Ett rikt växt- och "
        "djurliv, som innebär att den biologiska mångfalden ska bevaras och nyttjas på ett hållbart sätt. De "
        "nationella målen är inte mål i den här planen, men planen bidrar till dem.",
        "Länsstyrelsen har tagit fram en regional handlingsplan för grön infrastruktur, som pekar ut värdefulla "
        "områden i länet. Flera av dem ligger i Ljungfors kommun.",
    ],
    "Om planen": [
        "Planen har fyra insatsområden. Under varje insatsområde står ett eller två mål i fetstil, och under "
        "varje mål en lista med aktiviteter. Inom parentes efter aktiviteten anges vem som ansvarar och när "
        "aktiviteten ska vara genomförd.",
    ],
    "4 Genomförande och uppföljning": [
        "Miljöenheten samordnar arbetet med handlingsplanen. Förvaltningarna redovisar hur aktiviteterna går i "
        "samband med verksamhetsberättelsen, och miljö- och byggnämnden får en samlad uppföljning varje år.",
        "Aktiviteter som kräver extra resurser prövas i budgetarbetet. Kommunen söker också bidrag från "
        "Naturvårdsverket och Havs- och vattenmyndigheten.",
    ],
}


@plan_builder
def build_mangfald_fetmal_ansvar_sv() -> tuple[Plan, Path]:
    """Swedish handlingsplan (HTML → Chromium): cover, inledning and bakgrund, a note on how to read the plan,
    then chapter 3 with one section per insatsområde: a paragraph, one or two goals as bold paragraphs, each
    followed by a bulleted list of activities closing '(ansvar: <owner>, <time>)'."""
    slug = SV_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="sv", title="Handlingsplan för biologisk mångfald 2027–2030", period=(2027, 2030),
        goals=[G(g, t, focus_area=f) for g, t, f in SV_GOALS], measures=mb37._rows(SV_ROWS, 2030),
        source_ext="html", focus_areas=SV_AREAS,
        notes="""
HTML/CSS → Chromium print, A4 portrait, Ljungfors kommun. DejaVu Sans 10 pt body, headings in
Liberation Sans dark green. @page header 'Ljungfors kommun' left and 'Handlingsplan för biologisk mångfald' right,
footer 'n (N)' right, none on the cover. Cover page; 1 Inledning, 2 Bakgrund (quotes the national environmental
quality objective Ett rikt växt- och djurliv: a trap, no goal), a framed note 'Om planen' (says goals are in bold
and the bracket gives owner and time); 3 Insatsområden, mål och aktiviteter: sections '3.n <name>' (the FOCUS
AREAS, without the number), a plain paragraph, then one or two goals as BOLD paragraphs with no label (the
GOALS; area 2 has two), each followed by a bulleted list; each bullet is a MEASURE (the text before the
bracket, linked to the bold goal above it) closing '(ansvar: <owner>, <time>)'. 4 Genomförande och uppföljning.
Gold: OWNERS = after 'ansvar:' up to the comma ('Miljöenheten och Länsstyrelsen', 'Park och natur och
Fastighetsavdelningen' two each; 'Park och natur', 'Vatten och avlopp', 'Plan- och byggenheten', 'Kultur- och
fritidsförvaltningen', 'Mark- och exploateringsenheten' ONE unit each; 'Alla grundskolor' diffuse; '(2028)'
without 'ansvar:' = none). DEADLINE = after the comma ('2027', '2028', '2029', '2030', 'hösten 2028' periods;
'senast 2027-06-30' date; 'löpande' continuous; 'varje vår', 'årligen' recurring; '2031' after 2027–2030; a
bracket with only 'ansvar:' = none).
""")
    css = """
@page { size: A4; margin: 25mm 20mm 22mm 25mm;
  @top-left { content: "Ljungfors kommun"; font: 8pt 'DejaVu Sans'; color: #35603a; }
  @top-right { content: "Handlingsplan för biologisk mångfald"; font: 8pt 'DejaVu Sans'; color: #35603a; }
  @bottom-right { content: counter(page) " (" counter(pages) ")"; font: 8pt 'DejaVu Sans'; color: #555; } }
@page :first { @top-left { content: none; } @top-right { content: none; } @bottom-right { content: none; } }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; line-height: 1.45; color: #1e1e1e; }
.cover { height: 240mm; break-after: page; border-left: 8mm solid #35603a; padding: 40mm 0 0 12mm;
  box-sizing: border-box; }
.cover .k { font: bold 12pt 'Liberation Sans', sans-serif; color: #35603a; text-transform: uppercase; }
.cover h1 { font: bold 28pt/1.2 'Liberation Sans', sans-serif; color: #20402a; margin: 10mm 0 6mm 0; }
.cover .u { font-size: 12pt; color: #444; }
.cover .d { margin-top: 110mm; font-size: 8.5pt; color: #444; }
h2 { font: bold 15pt 'Liberation Sans', sans-serif; color: #20402a; margin: 6mm 0 3mm 0; }
h2.np { break-before: page; }
h3 { font: bold 12pt 'Liberation Sans', sans-serif; color: #35603a; margin: 7mm 0 2mm 0; break-after: avoid;
  border-bottom: 0.6pt solid #9bb89e; padding-bottom: 1mm; }
p.mal { font-weight: bold; margin: 3mm 0 1.5mm 0; break-after: avoid; }
ul { margin: 0 0 3mm 0; padding-left: 7mm; }
li { margin-bottom: 1.2mm; break-inside: avoid; }
.note { border: 0.8pt solid #35603a; padding: 2.5mm 5mm; margin: 6mm 0; background: #f3f7f1; }
.note h4 { margin: 0 0 1mm 0; font: bold 10pt 'Liberation Sans', sans-serif; color: #35603a; }
"""
    p = [f"<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>{E(plan.title)}</title>"
         f"<style>{css}</style></head><body>"]
    p.append("<div class='cover'><div class='k'>Ljungfors kommun</div>"
             "<h1>Handlingsplan för biologisk mångfald 2027–2030</h1>"
             "<div class='u'>Mer natur i vardagen – för växter, djur och människor</div>"
             "<div class='d'>Antagen av kommunfullmäktige 2026-11-23, § 142. Diarienummer KS 2026/214.</div></div>")
    for chap in ("1 Inledning", "2 Bakgrund"):
        p.append(f"<h2>{E(chap)}</h2>")
        p += [f"<p>{E(t)}</p>" for t in SV_TEXT[chap]]
    p.append("<div class='note'><h4>Om planen</h4>" + "".join(f"<p>{E(t)}</p>" for t in SV_TEXT["Om planen"])
             + "</div>")
    p.append("<h2 class=np>3 Insatsområden, mål och aktiviteter</h2>")
    area_name = dict(SV_AREAS)
    for k, (f, _n) in enumerate(SV_AREAS, 1):
        p.append(f"<h3>3.{k} {E(area_name[f])}</h3><p>{E(SV_AREA_TEXT[f])}</p>")
        for g, gt, gf in SV_GOALS:
            if gf != f:
                continue
            p.append(f"<p class='mal'>{E(gt)}</p><ul>")
            for _id, _nr, text, gg, br, *_r in SV_ROWS:
                if gg == g:
                    p.append(f"<li>{E(text)} ({E(br)})</li>")
            p.append("</ul>")
    p.append("<h2>4 Genomförande och uppföljning</h2>" +
             "".join(f"<p>{E(t)}</p>" for t in SV_TEXT["4 Genomförande och uppföljning"]))
    p.append("</body></html>")
    src = d / f"{slug}.html"
    src.write_text("".join(p), encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf)
    return plan, pdf


# =========================================================================== 4 bokmål handlingsprogram (reportlab)

NB_SLUG = "klima-aarskryss-kostnad-nb"
NB_YEARS = ("2027", "2028", "2029", "2030")
NB_AREAS = [("F1", "Transport"), ("F2", "Bygg og energi"), ("F3", "Forbruk og avfall"),
            ("F4", "Landbruk, skog og arealbruk")]
NB_GOALS = [
    ("G1", "Klimagassutslippene fra veitrafikken i kommunen skal reduseres med 40 prosent innen 2030", "F1"),
    ("G2", "Kommunens egne bygg skal bruke mindre energi, og all oppvarming skal være fossilfri", "F2"),
    ("G3", "Kommunen og innbyggerne skal kaste mindre og gjenvinne mer", "F3"),
    ("G4", "Karbonrike arealer som myr og skog skal tas vare på", "F4"),
]
# (id, nr, text, goal, Ansvar as printed, owners, deadline = head of last marked column or None, kind, note,
#  marked years, Kostnad)
NB_ROWS = [
    ("K1", "1", "Bygge ut ladepunkter for elbil ved rådhuset, helsesenteret og idrettsparken", "G1", "Eiendom",
     ["Eiendom"], "2028", "period", "crosses 2027–2028", ("2027", "2028"), "1 200"),
    ("K2", "2", "Skifte ut kommunens fossile personbiler og varebiler med utslippsfrie kjøretøy", "G1",
     "Innkjøp og Teknisk drift", ["Innkjøp", "Teknisk drift"], "2030", "period",
     "two owners (two capitalised unit names); crosses 2027–2030", ("2027", "2028", "2029", "2030"), "4 800"),
    ("K3", "3", "Utarbeide en plan for sammenhengende sykkelveinett i Haugland sentrum", "G1",
     "Plan og utvikling", ["Plan og utvikling"], "2027", "period", "one owner (one unit named with 'og')",
     ("2027",), "350"),
    ("K4", "4", "Stille krav om utslippsfrie kjøretøy i kommunens anbud på transporttjenester", "G1",
     "Innkjøp", ["Innkjøp"], "2029", "period", "crosses 2028–2029", ("2028", "2029"), "Innenfor ramme"),
    ("K5", "5", "Etablere innfartsparkering med sykkelparkering ved Haugland stasjon", "G1",
     "Plan og utvikling og Bane NOR", ["Plan og utvikling", "Bane NOR"], "2030", "period",
     "two owners (a unit named with 'og' and a company)", ("2029", "2030"), "2 500"),
    ("K6", "6", "Gjennomføre energikartlegging av alle kommunale formålsbygg", "G2", "Eiendom", ["Eiendom"],
     "2027", "period", "", ("2027",), "400"),
    ("K7", "7", "Installere solceller på taket av Haugland ungdomsskole og Nordbygda skole", "G2", "Eiendom",
     ["Eiendom"], "2029", "period", "crosses 2028–2029", ("2028", "2029"), "3 100"),
    ("K8", "8", "Fase ut de siste oljefyrte varmeanleggene i kommunale bygg", "G2", "Teknisk drift",
     ["Teknisk drift"], "2028", "period", "", ("2028",), "900"),
    ("K9", "9", "Innføre energioppfølgingssystem med timesmåling i alle bygg over 1 000 m²", "G2", "", [],
     "2028", "period", "empty Ansvar: no owner", ("2027", "2028"), "250"),
    ("K10", "10", "Gi gratis energirådgivning til boligeiere som vil etterisolere eller bytte varmekilde", "G2",
     "Klimarådgiver", ["Klimarådgiver"], "2030", "period", "a post; crosses 2027–2030",
     ("2027", "2028", "2029", "2030"), "150 per år"),
    ("K11", "11", "Innføre ombruksordning for møbler og utstyr mellom kommunale enheter", "G3", "Innkjøp",
     ["Innkjøp"], "2027", "period", "", ("2027",), "Innenfor ramme"),
    ("K12", "12", "Redusere matsvinn i sykehjem, skoler og barnehager", "G3", "Alle virksomhetsledere",
     ["Alle virksomhetsledere"], "2030", "period", "'Alle virksomhetsledere' diffuse",
     ("2027", "2028", "2029", "2030"), "Innenfor ramme"),
    ("K13", "13", "Åpne en ombruksbutikk ved gjenvinningsstasjonen i samarbeid med HIR", "G3",
     "Haugland Interkommunale Renovasjon (HIR)", ["Haugland Interkommunale Renovasjon (HIR)"], None, None,
     "no year marked: no deadline", (), "Ikke avklart"),
    ("K14", "14", "Kartlegge myrarealer og andre karbonrike arealer i kommunen", "G4", "Landbrukskontoret",
     ["Landbrukskontoret"], "2028", "period", "", ("2027", "2028"), "300"),
    ("K15", "15", "Innarbeide vern av myr i arealdelen av kommuneplanen ved neste rullering", "G4",
     "Plan og utvikling", ["Plan og utvikling"], "2029", "period", "", ("2029",), "Innenfor ramme"),
    ("K16", "16", "Informere skogeiere om klimatilpasset skogskjøtsel og tilskudd til tettere planting", "G4",
     "Landbrukskontoret og Skogeierlaget", ["Landbrukskontoret", "Skogeierlaget"], "2030", "period",
     "two owners", ("2027", "2028", "2029", "2030"), "50 per år"),
]
NB_AREA_TEXT = {
    "F1": "Veitrafikken står for nær halvparten av de direkte klimagassutslippene i Haugland. Mange bor spredt og "
          "er avhengige av bil, men andelen elbiler øker raskt.",
    "F2": "Kommunen eier 74 000 m² formålsbygg. Flere av byggene er gamle og har høyt energiforbruk, og tre bygg "
          "har fortsatt oljefyr som reserve.",
    "F3": "Forbruket vårt gir store utslipp, også utenfor kommunens grenser. Kommunen er en stor innkjøper og kan "
          "gå foran med ombruk og mindre svinn.",
    "F4": "Myr og skog binder store mengder karbon. Nedbygging av myr gir utslipp som det tar hundrevis av år å "
          "ta igjen.",
}
NB_TEXT = {
    "1 Innledning": [
        "Kommunestyret vedtok kommunedelplan for klima og energi 2025–2036 i juni 2025. Planen har en "
        "samfunnsdel med langsiktige mål og et handlingsprogram som rulleres hvert år sammen med budsjett og "
        "økonomiplan.",
        "Dette dokumentet er handlingsprogrammet for perioden 2027–2030. Det viser hvilke tiltak kommunen skal "
        "gjennomføre, hvem som har ansvaret, når tiltakene skal gjennomføres og hva de koster.",
        "Norge har gjennom klimaloven forpliktet seg til å kutte utslippene med 70–75 prosent innen 2035 "
        "sammenlignet med 1990. Det nasjonale målet er ikke et mål i dette handlingsprogrammet, men tiltakene "
        "skal bidra til at det nås.",
    ],
    "2 Slik leser du tabellene": [
        "Tiltakene er ordnet etter de fire områdene i kommunedelplanen. For hvert område står delmålet fra "
        "kommunedelplanen, og deretter en tabell over tiltakene.",
        "Et kryss (X) i en årskolonne betyr at tiltaket gjennomføres det året. Tiltaket skal være fullført innen "
        "utgangen av det siste året som er krysset av. Kolonnen Kostnad viser anslått kostnad i 1 000 kroner for "
        "hele perioden, eller per år når det står «per år».",
    ],
    "4 Økonomi og rullering": [
        "Tiltak med kostnad er innarbeidet i budsjett 2027 og økonomiplan 2027–2030, med forbehold om "
        "kommunestyrets vedtak. Tiltak merket «Innenfor ramme» dekkes av virksomhetenes ordinære budsjett.",
        "Klimarådgiveren rapporterer på gjennomføringen av tiltakene i årsmeldingen. Handlingsprogrammet "
        "rulleres neste gang høsten 2027.",
    ],
}


@plan_builder
def build_klima_aarskryss_kostnad_nb() -> tuple[Plan, Path]:
    """Bokmål handlingsprogram (reportlab, DejaVu Sans): cover, innledning and a note on the tables, then chapter
    3 with one section per område: a paragraph, 'Delmål: <goal>' and a table 'Nr. | Tiltak | Ansvar | 2027 |
    2028 | 2029 | 2030 | Kostnad (1000 kr)' with crosses in the year columns; chapter 4."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    slug = NB_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="nb", title="Handlingsprogram for klima og energi 2027–2030", period=(2027, 2030),
        goals=[G(g, t, focus_area=f) for g, t, f in NB_GOALS], measures=mb37._rows(NB_ROWS, 2030),
        source_ext="pdf", focus_areas=NB_AREAS,
        notes="""
reportlab (DejaVu Sans 9.5 pt body, DejaVu Sans Bold headings in dark blue-green), A4 portrait, Haugland kommune.
Header 'Haugland kommune' left and 'Handlingsprogram for klima og energi 2027–2030' right over a rule, footer
'Side n' centred, none on the cover. Cover page; 1 Innledning (quotes the national climate law target: a trap,
no goal), 2 Slik leser du tabellene (a cross means the measure runs that year and is finished by the end of the
last marked year; Kostnad in 1 000 kr); 3 Tiltak 2027–2030 on a new page: sections '3.n <område>' (the FOCUS
AREAS, without the number), a paragraph, a line 'Delmål: <sentence>' (the GOALS, without 'Delmål:'), and a
table 'Nr. | Tiltak | Ansvar | 2027 | 2028 | 2029 | 2030 | Kostnad (1000 kr)' (header repeated when a table
runs over a page; measures numbered 1–16 through the whole chapter); each Tiltak cell is a MEASURE linked to the
Delmål above its table. 4 Økonomi og rullering. Gold: OWNERS = Ansvar ('Innkjøp og Teknisk drift',
'Landbrukskontoret og Skogeierlaget', 'Plan og utvikling og Bane NOR' two each; 'Plan og utvikling' ONE unit;
'Haugland Interkommunale Renovasjon (HIR)' one; 'Alle virksomhetsledere' diffuse; empty = none). DEADLINE = the
head of the LAST year column with an X (docs/gold-format.md): '2027', '2028', '2029' or '2030'; row 13 has no
cross (Kostnad 'Ikke avklart') = none. Kostnad is cost: never an owner or a deadline.
""")
    for k, suf in (("dv", "DejaVuSans"), ("dvb", "DejaVuSans-Bold"), ("dvc", "DejaVuSansCondensed")):
        pdfmetrics.registerFont(TTFont(f"KL-{k}", f"/usr/share/fonts/truetype/dejavu/{suf}.ttf"))
    reg, bold = "KL-dv", "KL-dvb"
    teal = colors.HexColor("#0f4c5c")
    pale = colors.HexColor("#dfeef0")
    grey = colors.HexColor("#505050")
    body = ParagraphStyle("b", fontName=reg, fontSize=9.5, leading=13.5, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=15, leading=19, textColor=teal, spaceBefore=6,
                        spaceAfter=7, keepWithNext=1)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=12, leading=15, textColor=teal, spaceBefore=12,
                        spaceAfter=4, keepWithNext=1)
    delmal = ParagraphStyle("dm", parent=body, fontSize=10, leading=14, leftIndent=4 * mm, borderPadding=(3, 4, 3, 4),
                            backColor=pale, spaceBefore=4, spaceAfter=8, keepWithNext=1)
    cell = ParagraphStyle("c", fontName=reg, fontSize=8.5, leading=10.5)
    cellc = ParagraphStyle("cc", parent=cell, alignment=1)
    cellh = ParagraphStyle("ch", parent=cell, fontName=bold, textColor=colors.white)
    cellhc = ParagraphStyle("chc", parent=cellh, alignment=1)

    def onpage(canvas, doc):
        if doc.page == 1:
            return
        w, h = A4
        canvas.saveState()
        canvas.setFont(reg, 7.5)
        canvas.setFillColor(grey)
        canvas.drawString(20 * mm, h - 13 * mm, "Haugland kommune")
        canvas.drawRightString(w - 20 * mm, h - 13 * mm, "Handlingsprogram for klima og energi 2027–2030")
        canvas.setStrokeColor(teal)
        canvas.setLineWidth(0.5)
        canvas.line(20 * mm, h - 14.5 * mm, w - 20 * mm, h - 14.5 * mm)
        canvas.drawCentredString(w / 2, 11 * mm, f"Side {doc.page}")
        canvas.restoreState()

    pdf = d / f"{slug}.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                            bottomMargin=20 * mm, title=plan.title, author="Haugland kommune", invariant=1)
    s = [Spacer(1, 55 * mm),
         Paragraph("HAUGLAND KOMMUNE", ParagraphStyle("k", fontName=bold, fontSize=12, textColor=teal)),
         Spacer(1, 8 * mm),
         Paragraph("Handlingsprogram for klima og energi 2027–2030",
                   ParagraphStyle("t", fontName=bold, fontSize=25, leading=31, textColor=teal)),
         Spacer(1, 5 * mm),
         Paragraph("Kommunedelplan for klima og energi 2025–2036, del 2",
                   ParagraphStyle("u", fontName=reg, fontSize=13, leading=17, textColor=grey)),
         Spacer(1, 105 * mm),
         Paragraph("Vedtatt av kommunestyret 9. desember 2026 som del av budsjett 2027 og økonomiplan 2027–2030",
                   ParagraphStyle("a", fontName=reg, fontSize=8.5, textColor=grey)),
         PageBreak()]
    for chap in ("1 Innledning", "2 Slik leser du tabellene"):
        s.append(Paragraph(chap, h1))
        s += [Paragraph(t, body) for t in NB_TEXT[chap]]
    s += [PageBreak(), Paragraph("3 Tiltak 2027–2030", h1)]
    area_name = dict(NB_AREAS)
    widths = [10 * mm, 57 * mm, 33 * mm] + [12 * mm] * 4 + [22 * mm]
    for k, (g, gt, fa) in enumerate(NB_GOALS, 1):
        s.append(Paragraph(f"3.{k} {E(area_name[fa])}", h2))
        s.append(Paragraph(E(NB_AREA_TEXT[fa]), body))
        s.append(Paragraph(f"<font name='{bold}'>Delmål:</font> {E(gt)}", delmal))
        rows = [[Paragraph("Nr.", cellh), Paragraph("Tiltak", cellh), Paragraph("Ansvar", cellh)]
                + [Paragraph(y, cellhc) for y in NB_YEARS] + [Paragraph("Kostnad (1000 kr)", cellh)]]
        for _id, nr, text, gg, who, _o, _when, _k, _n, years, cost in NB_ROWS:
            if gg != g:
                continue
            rows.append([Paragraph(nr, cell), Paragraph(E(text), cell), Paragraph(E(who), cell)]
                        + [Paragraph("X" if y in years else "", cellc) for y in NB_YEARS]
                        + [Paragraph(E(cost), cell)])
        t = Table(rows, colWidths=widths, repeatRows=1)
        st = [("BACKGROUND", (0, 0), (-1, 0), teal), ("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9fb7bc")),
              ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
              ("LEFTPADDING", (3, 0), (6, -1), 1.5), ("RIGHTPADDING", (3, 0), (6, -1), 1.5)]
        for ri in range(1, len(rows)):
            if ri % 2 == 0:
                st.append(("BACKGROUND", (0, ri), (-1, ri), colors.HexColor("#f3f8f9")))
        t.setStyle(TableStyle(st))
        s.append(t)
    s.append(Paragraph("4 Økonomi og rullering", h1))
    s += [Paragraph(t, body) for t in NB_TEXT["4 Økonomi og rullering"]]
    doc.build(s, onFirstPage=onpage, onLaterPages=onpage)
    _gold(plan, pdf, goal_after=3, measure_after=3)
    return plan, pdf


# =========================================================================== checks


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page) and batch 34's whole-text check on content order."""
    return mb3.verify(slug) + mb34._whole_text_raw(slug)


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify)


if __name__ == "__main__":
    main(sys.argv[1:])
