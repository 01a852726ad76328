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


# =========================================================================== checks


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page) and batch 34's whole-text check on content order."""
    return mb3.verify(slug) + mb34._whole_text_raw(slug)


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify)


if __name__ == "__main__":
    main(sys.argv[1:])
