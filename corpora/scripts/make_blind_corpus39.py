"""Build the thirty-ninth batch of blind authored plans (corpora/authored/<slug>/), in COMMON forms on new
surfaces: a bokmål handlingsplan for frivillighet with one page per 'Innsatsområde n:' holding a 'Mål:' sentence
and a table 'Tiltak | Hvem | Når | Ressurs' (python-docx → LibreOffice); a Danish handleplan for et aktivt
fritidsliv whose 'Mål n:' sections hold numbered 'Indsats n.k' paragraphs each ending 'Ansvarlig: … Tidsplan:
…' (odfpy → LibreOffice); an English tree and woodland action plan with 'Objective n:' headings and a bulleted
'We will:' list of actions each closing '(Lead: …; by …)' (HTML → Chromium); a Swedish handlingsplan för ökad
tillgänglighet with a two-level outline 'Mål 1' / '1.1 <aktivitet>' with an 'Ansvarig: … Klart: …' line under
each activity and a summary table of goals and indicators at the end (reportlab).

    python corpora/scripts/make_blind_corpus39.py              # every plan
    python corpora/scripts/make_blind_corpus39.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus39.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus39.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings, gold writer and the `Odt` writer from
make_blind_corpus.py, the pdftotext check from make_blind_corpus3.py, the whole-text check on pdftotext -raw
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

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus39.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731


def _gold(plan: Plan, pdf: Path, **kw) -> Path:
    """write_gold with the pages looked up as pdftotext reads them (blindkit.gold_by_pdftotext)."""
    return bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)


# =========================================================================== 1 bokmål handlingsplan (python-docx)

NB_SLUG = "frivillighet-hvem-naar-ressurs-nb"
NB_AREAS = [("F1", "Flere frivillige"), ("F2", "Gode rammer for lag og foreninger"),
            ("F3", "Frivillighet i kommunens tjenester"), ("F4", "Synlighet og anerkjennelse")]
NB_GOALS = [
    ("G1", "Flere innbyggere i alle aldre skal delta i frivillig arbeid", "F1"),
    ("G2", "Lag og foreninger skal ha tilgang til egnede lokaler og enkel kontakt med kommunen", "F2"),
    ("G3", "Samarbeidet mellom frivillige og kommunens tjenester skal være trygt og forutsigbart", "F3"),
    ("G4", "Frivillig innsats skal bli sett og verdsatt i hele kommunen", "F4"),
]
# (id, nr, text, goal, Hvem as printed, owners, Når as printed or None, kind, note, Ressurs)
NB_ROWS = [
    ("T1", "", "Opprette en digital frivillighetsportal der lag og foreninger kan legge ut oppdrag", "G1",
     "Frivilligsentralen", ["Frivilligsentralen"], "Høsten 2026", "period", "", "kr 120 000"),
    ("T2", "", "Arrangere en årlig frivillighetsmesse i Solbakken sentrum", "G1",
     "Frivilligsentralen og Næringsforeningen", ["Frivilligsentralen", "Næringsforeningen"], "Hvert år i september",
     "recurring", "two owners (two names); recurring", "kr 40 000 per år"),
    ("T3", "", "Gi elever på ungdomstrinnet mulighet til å prøve frivillig arbeid som valgfag", "G1",
     "Alle ungdomsskoler", ["Alle ungdomsskoler"], "Skoleåret 2027/28", "period",
     "'Alle ungdomsskoler' diffuse; a school year", "Innenfor ramme"),
    ("T4", "", "Starte et eget tilbud for seniorer som vil bidra etter at de har gått av med pensjon", "G1",
     "Helse og mestring", ["Helse og mestring"], "2027", "period", "one owner (one tjenesteområde named with 'og')",
     "Søke tilskudd"),
    ("T5", "", "Lage en oversikt over kommunale lokaler som lag og foreninger kan låne gratis", "G2",
     "Eiendomsavdelingen", ["Eiendomsavdelingen"], "1. mars 2027", "date", "a date", "Innenfor ramme"),
    ("T6", "", "Innføre ett felles søknadsskjema for alle kommunale tilskudd til frivilligheten", "G2",
     "Kultur og fritid", ["Kultur og fritid"], "1. halvår 2027", "period", "one owner (one enhet named with 'og')",
     "Innenfor ramme"),
    ("T7", "", "Utrede et nytt aktivitetshus for lag og foreninger på Nordre Solbakken", "G2", "", [], "2028",
     "period", "empty Hvem: no owner", "kr 300 000"),
    ("T8", "", "Holde et dialogmøte mellom kommunen og Frivillighetsrådet", "G2", "Rådmannens stab",
     ["Rådmannens stab"], "To ganger i året", "recurring", "recurring", "Innenfor ramme"),
    ("T9", "", "Utarbeide en felles rutine for politiattest, taushetsplikt og opplæring av frivillige", "G3",
     "Frivillighetskoordinator", ["Frivillighetskoordinator"], "Våren 2027", "period", "", "Innenfor ramme"),
    ("T10", "", "Knytte en fast kontaktperson for frivillige til hvert sykehjem og bofellesskap", "G3",
     "Alle enhetsledere", ["Alle enhetsledere"], "Løpende", "continuous", "'Alle enhetsledere' diffuse; continuous",
     "Innenfor ramme"),
    ("T11", "", "Etablere leksehjelp med frivillige på biblioteket i samarbeid med Røde Kors", "G3",
     "Biblioteket og Frivilligsentralen", ["Biblioteket", "Frivilligsentralen"], "August 2026", "period",
     "two owners (a definite noun and a name)", "kr 60 000"),
    ("T12", "", "Prøve ut frivillige turvenner for beboere i omsorgsboliger", "G3", "Helse og mestring",
     ["Helse og mestring"], "2030", "period", "'2030' after the plan period 2026–2029", "Søke tilskudd"),
    ("T13", "", "Dele ut Solbakken kommunes frivillighetspris på Frivillighetens dag", "G4", "Ordføreren",
     ["Ordføreren"], "Årlig 5. desember", "recurring", "recurring", "kr 25 000 per år"),
    ("T14", "", "Fortelle om lag, foreninger og frivillige i kommunens kanaler hver måned", "G4",
     "Kommunikasjonsavdelingen", ["Kommunikasjonsavdelingen"], None, None, "empty Når: no deadline",
     "Innenfor ramme"),
    ("T15", "", "Gi gratis leie av kulturhuset til ett arrangement per år for lag med ungdomsarbeid", "G4",
     "Kulturhuset", ["Kulturhuset"], "2027", "period", "", "kr 80 000 per år"),
]
NB_AREA_TEXT = {
    "F1": "Mange i Solbakken vil gjerne bidra, men vet ikke hvor de skal henvende seg. Særlig unge og nyinnflyttede "
          "forteller at det er vanskelig å komme inn i det frivillige arbeidet. Samtidig sier lagene at de "
          "mangler folk til styreverv, trenerjobber og dugnader.",
    "F2": "Lag og foreninger bruker mye tid på å finne lokaler og på å søke om tilskudd. Flere av dem opplever at "
          "kommunen har mange dører, og at det er uklart hvem de skal kontakte.",
    "F3": "Frivillige gjør en stor innsats på sykehjem, i skolene og på biblioteket. Både de frivillige og de "
          "ansatte har bedt om tydeligere avtaler om hvem som gjør hva, og om mer opplæring.",
    "F4": "Frivillig arbeid skjer ofte i det stille. Vi vil løfte fram innsatsen, slik at de som bidrar føler "
          "seg sett, og slik at flere får lyst til å være med.",
}
NB_TEXT = {
    "Forord": [
        "Frivilligheten er limet i lokalsamfunnet vårt. Hver uke stiller hundrevis av innbyggere opp som trenere, "
        "besøksvenner, leksehjelpere og dugnadsfolk. Uten dem ville Solbakken vært et fattigere sted.",
        "Med denne handlingsplanen vil kommunen gjøre det enklere å være frivillig og enklere å drive et lag. "
        "Planen er laget sammen med Frivillighetsrådet, og jeg vil takke alle som har bidratt med innspill.",
        "Kari Holmen, ordfører",
    ],
    "1 Innledning": [
        "Kommunestyret vedtok frivillighetspolitikken for Solbakken kommune i 2024. Handlingsplanen viser hvordan "
        "politikken skal følges opp i perioden 2026–2029.",
        "Planen gjelder kommunens samarbeid med lag, foreninger, frivillige organisasjoner og enkeltpersoner som "
        "gjør en frivillig innsats. Den rulleres hvert år i forbindelse med budsjettet.",
        "Arbeidet er ledet av kultursjefen, med en arbeidsgruppe fra helse og mestring, oppvekst, "
        "eiendomsavdelingen og Frivilligsentralen.",
    ],
    "2 Frivilligheten i Solbakken": [
        "Det er registrert 214 lag og foreninger i Solbakken. De fleste driver med idrett, kultur og "
        "velferdsarbeid, og om lag 40 av dem har egne tilbud for barn og unge.",
        "Innbyggerundersøkelsen fra 2025 viser at 58 prosent har gjort frivillig arbeid det siste året. Andelen er "
        "lavest blant unge voksne og blant innbyggere som har bodd kortere enn fem år i kommunen.",
        "Den nasjonale frivillighetspolitikken sier at frivilligheten skal være uavhengig av staten og kommunene. "
        "Kommunens oppgave er å legge til rette, ikke å styre.",
    ],
    "3 Slik leser du planen": [
        "Planen har fire innsatsområder. Hvert innsatsområde står på en egen side, med et mål og en tabell over "
        "tiltakene.",
        "Kolonnen Hvem viser hvem som har ansvaret for å gjennomføre tiltaket. Kolonnen Når viser når tiltaket skal "
        "være gjennomført, eller hvor ofte det skal gjentas. Kolonnen Ressurs viser hva tiltaket koster, eller om "
        "det skal dekkes innenfor den ordinære budsjettrammen.",
    ],
    "5 Oppfølging": [
        "Kultursjefen har ansvaret for å følge opp handlingsplanen og legger fram en status for hovedutvalg for "
        "kultur og oppvekst hver vår. Frivillighetsrådet får den samme statusen.",
        "Tiltak som krever nye midler, blir vurdert i arbeidet med handlings- og økonomiplanen.",
    ],
}
NB_STATS = [["Type lag og forening", "Antall"], ["Idrett", "71"], ["Kultur og musikk", "48"],
            ["Velferd, helse og omsorg", "39"], ["Velforeninger og grendelag", "34"], ["Andre", "22"]]


@plan_builder
def build_frivillighet_hvem_naar_ressurs_nb() -> tuple[Plan, Path]:
    """Bokmål handlingsplan (python-docx → LibreOffice): cover, contents, forord and background chapters, then
    chapter 4 with one page per innsatsområde: heading 'Innsatsområde n: <name>', a paragraph, a 'Mål:' line with a left rule and a table 'Tiltak | Hvem | Når | Ressurs'."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt, RGBColor

    slug = NB_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="nb", title="Handlingsplan for frivillighet 2026–2029", period=(2026, 2029),
        goals=[G(g, t, focus_area=f) for g, t, f in NB_GOALS], measures=mb37._rows(NB_ROWS, 2029),
        source_ext="docx", focus_areas=NB_AREAS,
        notes="""
python-docx → LibreOffice Writer (DejaVu Sans Condensed 10 pt body, headings in teal), A4 portrait, Solbakken kommune.
Header 'Handlingsplan for frivillighet 2026–2029' right-aligned over a rule, footer 'Side n av N' centred, none on
the cover. Cover, 'Innhold', Forord (signed by the mayor), 1 Innledning, 2 Frivilligheten i Solbakken (a table
of associations; quotes the national policy that volunteering shall be independent: a trap, no goal), 3 Slik
leser du planen (explains Hvem, Når and Ressurs), each on a new page; 4 Innsatsområder: one page per area,
headed 'Innsatsområde n: <name>' (the FOCUS AREAS, without 'Innsatsområde n:'), a paragraph on the area, a
paragraph with a thick left rule 'Mål: <sentence>' (the GOALS, without 'Mål:'), and a table 'Tiltak | Hvem | Når | Ressurs'
(no numbers; header row marked to repeat, rows kept whole). Each Tiltak cell is a MEASURE linked to the Mål of
its page. 5 Oppfølging. Gold: OWNERS = Hvem ('Frivilligsentralen og Næringsforeningen' two names; 'Biblioteket
og Frivilligsentralen' two; 'Helse og mestring', 'Kultur og fritid' ONE unit each; 'Rådmannens stab',
'Ordføreren' one each; 'Alle ungdomsskoler', 'Alle enhetsledere' diffuse; empty = none). DEADLINE = Når
('Høsten 2026', '2027', '1. halvår 2027', '2028', 'Våren 2027', 'August 2026', 'Skoleåret 2027/28' periods; '1.
mars 2027' date; 'Løpende' continuous; 'Hvert år i september', 'To ganger i året', 'Årlig 5. desember'
recurring; '2030' after 2026–2029; empty = none). The Ressurs cell ('kr 120 000', 'kr 40 000 per år',
'Innenfor ramme', 'Søke tilskudd') is cost, never an owner or a deadline.
""")
    teal = "1F6F78"
    doc = dh.new_document(font="DejaVu Sans Condensed", size=10, margins_mm=25, heading_color=teal)
    mb.docx_lang(doc, "nb-NO")
    for lvl, size in ((1, 18), (2, 14)):
        st = doc.styles[f"Heading {lvl}"]
        st.font.name = "DejaVu Sans Condensed"
        st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    dh.ruled_header(sec, "Handlingsplan for frivillighet 2026–2029", size=8.5)
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    dh.page_of_footer(fp, "Side ", " av ", "11", size=8.5)
    dh.para(doc, "", space_after=120)
    dh.para(doc, "Solbakken kommune", size=13, color=teal, space_after=14)
    dh.para(doc, "Handlingsplan for frivillighet 2026–2029", size=28, bold=True, color="12474D", space_after=10)
    dh.para(doc, "Sammen om et levende lokalsamfunn", size=14, italic=True, space_after=200)
    dh.para(doc, "Vedtatt av kommunestyret 12. mars 2026, sak 18/26", size=9)

    def chapter(title):
        dh.page_break(doc)
        dh.heading(doc, title, 1)

    dh.page_break(doc)
    dh.heading(doc, "Innhold", 1)
    toc = [("Forord", 3), ("1 Innledning", 4), ("2 Frivilligheten i Solbakken", 5), ("3 Slik leser du planen", 6),
           ("4 Innsatsområder", 7), ("5 Oppfølging", 11)]
    for t, n in toc:
        pp = dh.para(doc, f"{t}\t{n}", space_after=5)
        pp.paragraph_format.tab_stops.add_tab_stop(Mm(155), 2, 1)
    for chap in ("Forord", "1 Innledning", "2 Frivilligheten i Solbakken", "3 Slik leser du planen"):
        chapter(chap)
        texts = NB_TEXT[chap]
        for t in texts:
            dh.para(doc, t, space_after=8, italic=chap == "Forord" and t is texts[-1])
        if chap.startswith("2 "):
            w = [80, 30]
            t = dh.new_table(doc, w)
            for i, r in enumerate(NB_STATS):
                dh.add_row(t, r, w, size=9.5, bold=i == 0, fill="D5EBEC" if i == 0 else None)
            dh.para(doc, "Tabell 1. Lag og foreninger i Frivillighetsregisteret, 2025.", italic=True, size=8.5,
                    space_before=3)
    area_text = dict(NB_AREAS)
    for i, (g, gt, f) in enumerate(NB_GOALS, 1):
        dh.page_break(doc)
        if i == 1:
            dh.heading(doc, "4 Innsatsområder", 1)
        dh.heading(doc, f"Innsatsområde {i}: {area_text[f]}", 2)
        dh.para(doc, NB_AREA_TEXT[f], space_after=8)
        gp = dh.para(doc, "", space_after=10, space_before=2)
        dh.add_runs(gp, "Mål: ", bold=True, color=teal, size=11.5)
        dh.add_runs(gp, gt, size=11.5)
        dh._para_border(gp, "left", sz=24, color=teal)
        w = [66, 43, 28, 23]
        t = dh.new_table(doc, w)
        hr = dh.add_row(t, ["Tiltak", "Hvem", "Når", "Ressurs"], w, size=10, bold=True, fill=teal)
        dh.set_repeat_header(hr)
        for c in hr.cells:
            for r in c.paragraphs[0].runs:
                r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for _id, _nr, text, gg, who, _o, when, _k, _n, res in NB_ROWS:
            if gg != g:
                continue
            row = dh.add_row(t, [text, who, when or "", res], w, size=10)
            dh.set_cant_split(row)
            for c in row.cells:
                for pp in c.paragraphs:
                    pp.paragraph_format.space_before = Pt(3)
                    pp.paragraph_format.space_after = Pt(5)
    chapter("5 Oppfølging")
    for tx in NB_TEXT["5 Oppfølging"]:
        dh.para(doc, tx, space_after=8)
    dh.set_core_properties(doc, title=plan.title, author="Solbakken kommune")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf)
    return plan, pdf


# =========================================================================== 2 Danish handleplan (odfpy)

DA_SLUG = "fritidsliv-indsats-ansvarlig-da"
DA_GOALS = [
    ("G1", "Flere børn og unge skal være aktive i en forening eller et fritidstilbud"),
    ("G2", "Borgere, der i dag ikke er fysisk aktive, skal have lettere ved at komme i gang"),
    ("G3", "Foreningerne skal have gode faciliteter og færre administrative byrder"),
    ("G4", "Natur, parker og byrum skal invitere til leg, bevægelse og ophold"),
]
# (id, nr, text, goal, 'Ansvarlig' as printed or '', owners, 'Tidsplan' as printed or None, kind, note, description)
DA_ROWS = [
    ("I1", "1.1", "Indføre en fritidspas-ordning, der betaler kontingentet for børn fra familier med lav indkomst",
     "G1", "Kultur og Fritid", ["Kultur og Fritid"], "1. januar 2027", "date",
     "one owner (one forvaltning named with 'og'); a date",
     "Ordningen administreres sammen med foreningerne, så barnet ikke skal fortælle klubben, at familien får "
     "hjælp."),
    ("I2", "1.2", "Ansætte en fritidsguide, der hjælper børn og unge fra udsatte boligområder ind i foreningslivet",
     "G1", "Fritidskonsulenten og Boligsocial Helhedsplan", ["Fritidskonsulenten", "Boligsocial Helhedsplan"],
     "august 2026", "period", "two owners (a definite noun and a name)",
     "Fritidsguiden følger barnet de første gange og holder kontakt med forældrene."),
    ("I3", "1.3", "Give alle 4. klasser et introforløb i en lokal forening", "G1", "Alle folkeskoler",
     ["Alle folkeskoler"], "skoleåret 2026/27", "period", "'Alle folkeskoler' diffuse; a school year",
     "Forløbet ligger i den understøttende undervisning og aftales med de lokale idrætsforeninger."),
    ("I4", "1.4", "Udvide Ungdomsskolens åbne værksteder til også at have åbent i weekenden", "G1",
     "Ungdomsskolen", ["Ungdomsskolen"], "2027", "period", "",
     "Værkstederne bemandes af ungdomsskolelærere og frivillige fra foreningerne."),
    ("I5", "2.1", "Tilbyde motion på recept i samarbejde med de praktiserende læger", "G2", "Sundhedscentret",
     ["Sundhedscentret"], "løbende", "continuous", "continuous",
     "Borgere med livsstilssygdomme kan få tolv ugers træning på hold med en fysioterapeut."),
    ("I6", "2.2", "Oprette seniorhold i dagtimerne i samarbejde med DGI og Ældre Sagen", "G2", "Sundhed og Ældre",
     ["Sundhed og Ældre"], "1. halvår 2027", "period", "one owner (one forvaltning named with 'og')",
     "Holdene skal især nå ældre, der bor alene, og ældre, der lige er gået på pension."),
    ("I7", "2.3", "Lave en guide til aktive tilbud for borgere, der er ledige eller sygemeldte", "G2",
     "Jobcentret", ["Jobcentret"], "efteråret 2026", "period", "",
     "Guiden skal bruges af sagsbehandlerne i samtaler med borgerne."),
    ("I8", "2.4", "Afholde en årlig aktivitetsdag for borgere med handicap", "G2", "", [], "hvert år i maj",
     "recurring", "no 'Ansvarlig:': no owner; recurring",
     "Dagen planlægges af Handicaprådet og foreningerne for handicapidræt."),
    ("I9", "3.1", "Udarbejde en samlet plan for vedligeholdelse og renovering af idrætshaller og klubhuse", "G3",
     "Ejendomscentret", ["Ejendomscentret"], "2027", "period", "",
     "Planen skal prioritere faciliteterne efter stand og brug og indgå i budgetlægningen."),
    ("I10", "3.2", "Indføre digital booking af alle kommunale lokaler og baner", "G3",
     "Kultur og Fritid og Digitaliseringsenheden", ["Kultur og Fritid", "Digitaliseringsenheden"],
     "1. januar 2027", "date", "two owners (a forvaltning named with 'og' and a unit)",
     "Foreningerne skal kunne se ledige tider og booke direkte uden at kontakte kommunen."),
    ("I11", "3.3", "Forenkle ansøgningen om lokaletilskud og aktivitetstilskud", "G3",
     "Folkeoplysningsudvalget", ["Folkeoplysningsudvalget"], None, None, "no 'Tidsplan:': no deadline",
     "Der skal kun søges én gang om året, og kommunen henter selv medlemstallene i foreningernes register."),
    ("I12", "3.4", "Bygge en ny multihal ved Vesterkøbing Skole", "G3", "Ejendomscentret", ["Ejendomscentret"],
     "2030", "period", "'2030' after the plan period 2026–2029",
     "Hallen skal bruges af skolen i dagtimerne og af foreningerne om eftermiddagen og aftenen."),
    ("I13", "4.1", "Anlægge tre nye motionsstier med lys i Vesterkøbing, Rønnebæk og Højby", "G4", "Teknik og Miljø",
     ["Teknik og Miljø"], "2028", "period", "one owner (one forvaltning named with 'og')",
     "Stierne placeres, så de kan nås til fods fra de største boligområder."),
    ("I14", "4.2", "Indrette en aktivitetsplads med streetbasket og parkour i Byparken", "G4",
     "Teknik og Miljø og Ungdomsrådet", ["Teknik og Miljø", "Ungdomsrådet"], "sommeren 2027", "period",
     "two owners",
     "Ungdomsrådet inddrages i udformningen af pladsen."),
    ("I15", "4.3", "Vedligeholde shelters, bålpladser og udendørs træningsredskaber", "G4", "Park og Natur",
     ["Park og Natur"], "hvert forår", "recurring", "one owner; recurring",
     "Der udarbejdes en tjekliste, så alle faciliteter bliver set efter før sæsonen."),
]
DA_GOAL_TEXT = {
    "G1": "Omkring hvert femte barn i Vesterkøbing går ikke til nogen fritidsaktivitet. Andelen er størst blandt "
          "børn fra familier med lav indkomst og i de almene boligområder. Vi vil fjerne de barrierer, der holder "
          "børnene ude, både de økonomiske og de sociale.",
    "G2": "Hver fjerde voksne borger dyrker ingen form for motion. Mange af dem ønsker at blive mere aktive, men "
          "finder ikke et tilbud, der passer til deres helbred, alder eller hverdag.",
    "G3": "Foreningerne bruger mange timer på at booke lokaler og søge tilskud. Samtidig er flere af hallerne og "
          "klubhusene nedslidte og ikke tilgængelige for alle.",
    "G4": "En stor del af motionen foregår uden for foreningerne: på gå- og løbeture, på cyklen og i naturen. "
          "Gode stier, legepladser og byrum gør det lettere at være aktiv i hverdagen.",
}
DA_TEXT = {
    "Forord": [
        "Et aktivt fritidsliv giver glæde, venskaber og et bedre helbred. I Vesterkøbing har vi et stærkt "
        "foreningsliv, som mange tusinde borgere er en del af hver uge.",
        "Men ikke alle er med. Med denne handleplan vil Kultur- og Fritidsudvalget sørge for, at flere børn, unge "
        "og voksne finder et fællesskab, og at foreningerne får bedre vilkår.",
        "Anders Kjær, formand for Kultur- og Fritidsudvalget",
    ],
    "1 Indledning": [
        "Byrådet vedtog i 2025 en fritids- og idrætspolitik for Vesterkøbing Kommune. Denne handleplan beskriver, "
        "hvordan politikken føres ud i livet i perioden 2026–2029.",
        "Handleplanen er bygget op om fire mål. Under hvert mål står de indsatser, kommunen vil sætte i gang. "
        "Hver indsats har et nummer, en kort beskrivelse og oplysninger om, hvem der er ansvarlig, og hvornår "
        "indsatsen skal være gennemført.",
        "Handleplanen gælder kommunens egne tilbud og kommunens samarbejde med foreninger, aftenskoler og "
        "selvorganiserede grupper.",
    ],
    "2 Fritidslivet i tal": [
        "Vesterkøbing Kommune har 186 folkeoplysende foreninger med i alt 21.400 medlemmer. Kommunen ejer 11 "
        "idrætshaller, 4 svømmehaller og 23 klubhuse, som foreningerne kan bruge gratis.",
        "Den nationale vision Bevæg dig for livet har som mål, at 75 procent af danskerne skal være idrætsaktive "
        "i 2025. Vesterkøbing har tilsluttet sig visionen, men har ikke selv sat et tal på.",
    ],
    "3 Sådan er handleplanen blevet til": [
        "Handleplanen er udarbejdet af Kultur og Fritid sammen med Folkeoplysningsudvalget. Foreningerne, "
        "Ungdomsrådet, Handicaprådet og Ældrerådet har været inviteret til tre dialogmøder i efteråret 2025.",
        "Borgerne har kunnet give deres mening til kende i en spørgeskemaundersøgelse, som 1.150 borgere "
        "besvarede. De vigtigste ønsker var bedre stier, flere tilbud for seniorer og lettere adgang til "
        "hallerne.",
    ],
    "5 Økonomi og opfølgning": [
        "Indsatserne gennemføres så vidt muligt inden for de eksisterende budgetter. Indsatser, der kræver nye "
        "midler, indgår i budgetforhandlingerne.",
        "Kultur og Fritid gør hvert år status over handleplanen til Kultur- og Fritidsudvalget. Handleplanen "
        "revideres i 2029.",
    ],
}
DA_STATS = [["Nøgletal", "2023", "2025"], ["Medlemmer i folkeoplysende foreninger", "20.100", "21.400"],
            ["Heraf børn og unge under 25 år", "11.800", "12.350"],
            ["Børn og unge uden fritidsaktivitet (skoleundersøgelse)", "22 %", "20 %"],
            ["Voksne, der ikke dyrker motion", "27 %", "25 %"]]


@plan_builder
def build_fritidsliv_indsats_ansvarlig_da() -> tuple[Plan, Path]:
    """Danish handleplan (odfpy → LibreOffice): cover, contents, foreword and background chapters on their own
    pages, then chapter 4 with one heading 'Mål n: <goal>' per goal, a paragraph, and numbered paragraphs
    'Indsats n.k <title>. <description> Ansvarlig: … Tidsplan: …'."""
    slug = DA_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="da", title="Handleplan for et aktivt fritidsliv 2026–2029", period=(2026, 2029),
        goals=[G(g, t) for g, t in DA_GOALS], measures=mb37._rows(DA_ROWS, 2029), source_ext="odt",
        notes="""
odfpy → LibreOffice Writer (DejaVu Serif 10 pt body, DejaVu Sans headings in dark blue), A4 portrait,
Vesterkøbing Kommune. Header 'Vesterkøbing Kommune · Handleplan for et aktivt fritidsliv', footer 'Side n'.
Cover, Indhold, Forord (signed), 1 Indledning (says each indsats has a number, a description, the responsible
and the time), 2 Fritidslivet i tal (a table; quotes the national vision's 75 procent target: a trap, no goal),
3 Sådan er handleplanen blevet til, each on a new page; 4 Mål og indsatser (pp. 7 ff., each goal after the
first on a new page): heading 'Mål n: <sentence>' (the GOALS, without 'Mål n:'), a paragraph, then numbered
paragraphs, one per indsats: a bold run 'Indsats n.k' and the bold title sentence (the MEASURE, without the
number and the full stop, linked to the Mål of its section), a plain description sentence, and in the SAME
paragraph 'Ansvarlig: <owner>. Tidsplan: <time>.' 5 Økonomi og opfølgning. Gold: OWNERS = after 'Ansvarlig:'
('Fritidskonsulenten og Boligsocial Helhedsplan', 'Kultur og Fritid og Digitaliseringsenheden', 'Teknik og
Miljø og Ungdomsrådet' two each; 'Kultur og Fritid', 'Sundhed og Ældre', 'Teknik og Miljø', 'Park og Natur'
ONE forvaltning / afdeling each; 'Alle folkeskoler' diffuse; indsats 2.4 without 'Ansvarlig:' = none).
DEADLINE = after 'Tidsplan:' ('august 2026', '1. halvår 2027', 'efteråret 2026', '2027', '2028', 'sommeren
2027', 'skoleåret 2026/27' periods; '1. januar 2027' date; 'løbende' continuous; 'hvert år i maj', 'hvert
forår' recurring; '2030' after 2026–2029; indsats 3.3 without 'Tidsplan:' = none).
""")
    o = mb.Odt(font="DejaVu Sans", size=10, lang="da", country="DK",
               header="Vesterkøbing Kommune · Handleplan for et aktivt fritidsliv", footer_text="Side",
               margin_cm=2.2)
    blue = "#1d3f6e"
    mb37._odt_page_style(o, "Chap", 17, blue)
    o.style("Body", size=10, after=0.25)
    o.style("H2", size=13, bold=True, before=0.3, after=0.2, color=blue, keep=True)
    o.style("Ind", size=10, after=0.35, indent_cm=0.0)
    o.style("CoverK", size=13, bold=True, color=blue, before=6.0, after=0.4)
    o.style("CoverT", size=26, bold=True, color=blue, after=0.3)
    o.style("CoverU", size=13, italic=True, after=11.0)
    o.style("Small", size=8.5, after=0.1)
    o.style("Sig", size=10, italic=True, after=0.2)
    o.style("Toc", size=10.5, after=0.2)
    from odf.style import FontFace, TextProperties
    for key in ("Body", "Ind", "Sig"):
        st = next(s for s in o.doc.automaticstyles.childNodes if s.getAttribute("name") == o.styles[key])
        for tp in st.getElementsByType(TextProperties):
            tp.setAttribute("fontname", "DejaVu Serif")
    o.doc.fontfacedecls.addElement(FontFace(
        name="DejaVu Serif", fontfamily="'DejaVu Serif'", fontfamilygeneric="roman", fontpitch="variable"))
    o.p("VESTERKØBING KOMMUNE", "CoverK")
    o.p("Handleplan for et aktivt fritidsliv 2026–2029", "CoverT")
    o.p("Fællesskab, bevægelse og gode rammer for foreningerne", "CoverU")
    o.p("Vedtaget af Byrådet den 26. februar 2026", "Small")
    o.p("Sagsnr. 25/8812", "Small")
    o.p("Indhold", "Chap")
    toc = [("Forord", 3), ("1 Indledning", 4), ("2 Fritidslivet i tal", 5), ("3 Sådan er handleplanen blevet til", 6),
           ("4 Mål og indsatser", 7), ("5 Økonomi og opfølgning", 11)]
    for t, n in toc:
        o.p(f"{t} . . . . . . . . . . . . . . . . . . . . . . . . . . . . . {n}", "Toc")
    for chap in ("Forord", "1 Indledning", "2 Fritidslivet i tal", "3 Sådan er handleplanen blevet til"):
        o.p(chap, "Chap")
        texts = DA_TEXT[chap]
        for t in texts:
            o.p(t, "Sig" if chap == "Forord" and t is texts[-1] else "Body")
        if chap.startswith("2 "):
            o.table([9.5, 2.6, 2.6], DA_STATS, header_fill="#d9e2f0", border="0.5pt solid #7f95b8")
            o.p("Kilde: Foreningsportalen, skolernes trivselsundersøgelse og Sundhedsprofilen.", "Small")
    for i, (g, gt) in enumerate(DA_GOALS, 1):
        if i == 1:
            o.p("4 Mål og indsatser", "Chap")
            o.p("I dette kapitel står handleplanens fire mål og de indsatser, som skal føre til dem.")
            o.p(f"Mål {i}: {gt}", "H2")
        else:
            o.p(f"Mål {i}: {gt}", "Chap")
        o.p(DA_GOAL_TEXT[g])
        for _id, nr, text, gg, who, _o, when, _k, _n, desc in DA_ROWS:
            if gg != g:
                continue
            tail = []
            if who:
                tail.append(f"Ansvarlig: {who}.")
            if when:
                tail.append(f"Tidsplan: {when}.")
            o.p(f"**Indsats {nr}  {text}.** {desc} " + " ".join(tail), "Ind")
    o.p("5 Økonomi og opfølgning", "Chap")
    for t in DA_TEXT["5 Økonomi og opfølgning"]:
        o.p(t)
    src = d / f"{slug}.odt"
    o.save(src, title=plan.title, author="Vesterkøbing Kommune")
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf)
    return plan, pdf


# =========================================================================== 3 English action plan (Chromium)

EN_SLUG = "trees-objective-lead-by-en"
EN_GOALS = [
    ("G1", "Increase tree canopy cover across the district from 14% to 17% by 2040"),
    ("G2", "Protect and care for the trees the council already owns"),
    ("G3", "Make our woodlands richer in wildlife and more resilient to a changing climate"),
    ("G4", "Involve residents, schools and landowners in planting and caring for trees"),
]
# (id, nr, text, goal, bracket as printed, owners, deadline as printed or None, kind, note)
EN_ROWS = [
    ("A1", "", "Plant 6,000 street and park trees in the wards with the lowest canopy cover", "G1",
     "Lead: Tree Officer; by March 2028", ["Tree Officer"], "March 2028", "period", ""),
    ("A2", "", "Map canopy cover in every ward using aerial survey data", "G1", "Lead: GIS Team; by December 2026",
     ["GIS Team"], "December 2026", "period", ""),
    ("A3", "", "Adopt a planning document requiring new developments to plant two trees for every tree lost", "G1",
     "Lead: Planning Policy Team and the Tree Officer; by September 2027",
     ["Planning Policy Team", "Tree Officer"], "September 2027", "period",
     "two owners (an article after 'and' opens the second)"),
    ("A4", "", "Create two new community woodlands on council farmland at Hollins and Ashby Fields", "G1",
     "Lead: Estates Manager; by March 2031", ["Estates Manager"], "March 2031", "period",
     "'March 2031' after the plan period 2026–2030"),
    ("A5", "", "Inspect every council-owned tree on a three-year cycle", "G2",
     "Lead: Tree Officer; every three years", ["Tree Officer"], "every three years", "recurring", "recurring"),
    ("A6", "", "Water all newly planted trees through their first three summers", "G2",
     "Lead: Parks and Open Spaces Team; every summer", ["Parks and Open Spaces Team"], "every summer", "recurring",
     "one owner (a team named with 'and'); recurring"),
    ("A7", "", "Publish a tree risk policy setting out how and when council trees are inspected and felled", "G2",
     "Lead: Head of Environmental Services; by June 2026", ["Head of Environmental Services"], "June 2026",
     "period", ""),
    ("A8", "", "Replace every council tree that has to be felled with at least two new trees", "G2",
     "Lead: Tree Officer; ongoing", ["Tree Officer"], "ongoing", "continuous", "continuous"),
    ("A9", "", "Write management plans for the council's six largest woods", "G3",
     "Lead: Countryside Service; by 31 March 2027", ["Countryside Service"], "31 March 2027", "date", "a date"),
    ("A10", "", "Clear invasive rhododendron and laurel from Ashby Wood and Kiln Bank", "G3",
     "Lead: Countryside Service and the Woodland Volunteers", ["Countryside Service", "Woodland Volunteers"], None,
     None, "two owners; no time: no deadline"),
    ("A11", "", "Use a mix of native and climate-resilient species in all new planting schemes", "G3",
     "Lead: All project managers; ongoing", ["All project managers"], "ongoing", "continuous",
     "'All project managers' diffuse; continuous"),
    ("A12", "", "Give away 2,000 free trees to residents", "G4", "every National Tree Week", [],
     "every National Tree Week", "recurring", "no 'Lead:': no owner; recurring"),
    ("A13", "", "Help every primary school that wants one to plant a tiny forest or an orchard", "G4",
     "Lead: Education Liaison Officer; by July 2029", ["Education Liaison Officer"], "July 2029", "period", ""),
    ("A14", "", "Launch a Tree Warden scheme with at least one warden in every parish", "G4",
     "Lead: Community Engagement Team; by spring 2027", ["Community Engagement Team"], "spring 2027", "period", ""),
    ("A15", "", "Offer grants to farmers and landowners for hedgerow and woodland planting", "G4",
     "Lead: Climate Change Officer; by autumn 2026", ["Climate Change Officer"], "autumn 2026", "period", ""),
]
EN_WHY = {
    "G1": "Tree cover is uneven across Marlow Vale. Some rural wards have more than a quarter of their land under "
          "trees, while parts of Ashby and the Hollins estate have less than 6%. Trees cool streets in hot "
          "weather, soak up rainwater and make places more pleasant to live in.",
    "G2": "The council is responsible for around 38,000 trees in streets, parks, cemeteries and housing land. Many "
          "were planted in the 1960s and 1970s and are reaching maturity at the same time.",
    "G3": "Our woods are home to bluebells, bats and rare woodland birds, but many have not been actively managed "
          "for decades. Ash dieback and longer summer droughts are already changing them.",
    "G4": "Most of the land where new trees could grow is not owned by the council. We can only reach our canopy "
          "target if residents, schools, farmers and businesses plant and care for trees too.",
}
EN_TEXT = {
    "Foreword": [
        "Trees are one of the simplest and best things we can do for our climate, our wildlife and our health. "
        "They cool our streets, clean our air and make our towns and villages better places to live.",
        "This action plan sets out how the council will plant more trees, look after the ones we have, and work "
        "with residents and landowners across Marlow Vale to do the same.",
        "Councillor Priya Nandra, Portfolio Holder for Climate and Environment",
    ],
    "1 Introduction": [
        "In 2024 the council declared a climate and nature emergency and committed to increasing tree cover in "
        "the district. This Tree and Woodland Action Plan turns that commitment into practical actions for the "
        "five years from April 2026 to March 2030.",
        "The plan covers trees on land the council owns or manages: streets, parks, open spaces, cemeteries, "
        "council housing land and woodland. It also sets out how we will support others to plant trees on their "
        "own land.",
    ],
    "2 Trees and woodland in Marlow Vale": [
        "Marlow Vale has an estimated 1.2 million trees. Around 14% of the district is covered by tree canopy, "
        "slightly below the average for England. Ancient woodland covers 640 hectares, most of it in private "
        "ownership.",
        "The government's Environmental Improvement Plan aims to increase tree canopy and woodland cover in "
        "England to 16.5% by 2050. The council supports this national target; our own objectives are set out in "
        "section 3.",
    ],
    "How to read section 3": [
        "Section 3 has four objectives. Under each objective we explain why it matters and list the actions we "
        "will take. The brackets after each action name the lead officer or team and the date by which the "
        "action will be completed, or how often it will be repeated.",
    ],
    "4 Delivering and monitoring the plan": [
        "The Tree and Woodland Steering Group, chaired by the Head of Environmental Services, will oversee the "
        "plan. Progress will be reported to the Climate and Environment Scrutiny Committee every six months.",
        "Most actions will be funded from existing budgets and external grants such as the Local Authority "
        "Treescapes Fund. The plan will be reviewed in 2029.",
    ],
}
EN_STATS = [["", "Marlow Vale", "England"], ["Tree canopy cover", "14%", "16%"],
            ["Council-owned trees", "c. 38,000", "–"], ["Ancient woodland", "640 ha", "–"],
            ["Trees planted by the council, 2021–2025", "4,150", "–"]]


@plan_builder
def build_trees_objective_lead_by_en() -> tuple[Plan, Path]:
    """English tree and woodland action plan (HTML → Chromium): cover, contents, foreword, introduction and
    background, then section 3 with one 'Objective n:' heading per goal, a paragraph on why, 'We will:' and a
    bulleted list of actions, each closing with '(Lead: …; by …)'."""
    slug = EN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="en", title="Tree and Woodland Action Plan 2026–2030", period=(2026, 2030),
        goals=[G(g, t) for g, t in EN_GOALS], measures=mb37._rows(EN_ROWS, 2030), source_ext="html",
        notes="""
HTML/CSS → Chromium print, A4 portrait, Marlow Vale District Council. DejaVu Sans 9.8 pt body, Liberation Serif
headings in dark green. @page header 'Marlow Vale District Council' right, footer 'Tree and Woodland Action
Plan 2026–2030' left and 'Page n of N' right, none on the cover. Cover page, Contents, Foreword (signed), 1
Introduction, 2 Trees and woodland in Marlow Vale (a table; quotes the national 16.5% by 2050 target: a trap,
no goal), a shaded box 'How to read section 3' (says the brackets give lead and date), 3 Objectives and
actions: four sections headed 'Objective n: <sentence>' (the GOALS, without 'Objective n:'), each with a
'Why this matters' paragraph, the line 'We will:' and a bulleted list; each bullet is a MEASURE (the text before
the bracket, linked to its objective) closing with '(Lead: <owner>; by <date>)'. 4 Delivering and monitoring
the plan. Gold: OWNERS = after 'Lead:' up to ';' ('Planning Policy Team and the Tree Officer', 'Countryside
Service and the Woodland Volunteers' two each, listed without the article; 'Parks and Open Spaces Team' ONE team;
'All project managers' diffuse; a bracket without 'Lead:' = none). DEADLINE = after 'by' ('March 2028',
'December 2026', 'September 2027', 'June 2026', 'July 2029', 'spring 2027', 'autumn 2026' periods; '31 March
2027' date; 'ongoing' continuous; 'every three years', 'every summer', 'every National Tree Week' recurring;
'March 2031' after 2026–2030; a bracket with no time = none).
""")
    css = """
@page { size: A4; margin: 24mm 22mm 22mm 22mm;
  @top-right { content: "Marlow Vale District Council"; font: 8pt 'DejaVu Sans'; color: #2e5e3e; }
  @bottom-left { content: "Tree and Woodland Action Plan 2026–2030"; font: 7.5pt 'DejaVu Sans'; color: #666; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt 'DejaVu Sans'; color: #666; } }
@page :first { @top-right { content: none; } @bottom-left { content: none; } @bottom-right { content: none; } }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.8pt; line-height: 1.5; color: #222; }
.cover { height: 235mm; break-after: page; background: #e7f0e4; padding: 30mm 14mm 0 14mm; box-sizing: border-box; }
.cover .org { font: bold 13pt 'Liberation Serif', serif; color: #2e5e3e; letter-spacing: 0.5pt; }
.cover h1 { font: bold 30pt/1.15 'Liberation Serif', serif; color: #1f4029; margin: 14mm 0 5mm 0; }
.cover .sub { font: italic 13pt 'Liberation Serif', serif; color: #333; }
.cover .date { margin-top: 90mm; font-size: 8.5pt; color: #444; }
h2 { font: bold 16pt 'Liberation Serif', serif; color: #1f4029; margin: 8mm 0 3mm 0; }
h2.np { break-before: page; }
h3 { font: bold 12.5pt 'Liberation Serif', serif; color: #1f4029; margin: 7mm 0 2mm 0; break-after: avoid; }
.toc p { margin: 0 0 2mm 0; }
.toc span { float: right; }
.sig { font-style: italic; }
.why { margin: 0 0 2mm 0; }
.why b { color: #2e5e3e; }
.wewill { font-weight: bold; margin: 2mm 0 1mm 0; break-after: avoid; }
ul.act { margin: 0 0 4mm 0; padding-left: 6mm; list-style-type: square; }
ul.act li { margin-bottom: 1.8mm; break-inside: avoid; }
ul.act .br { color: #44624d; }
.box { background: #f1f5ef; border: 0.6pt solid #9db89f; padding: 3mm 5mm; margin: 5mm 0; }
.box h4 { margin: 0 0 1.5mm 0; font: bold 10pt 'DejaVu Sans'; color: #2e5e3e; }
table.st { border-collapse: collapse; width: 85%; font-size: 9pt; margin: 2mm 0 1mm 0; }
table.st th, table.st td { border-bottom: 0.5pt solid #9db89f; padding: 1.2mm 2mm; text-align: left; }
table.st th { background: #dbe8d6; }
.src { font-size: 7.5pt; color: #555; }
"""
    p = [f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{E(plan.title)}</title>"
         f"<style>{css}</style></head><body>"]
    p.append("<div class='cover'><div class='org'>MARLOW VALE DISTRICT COUNCIL</div>"
             "<h1>Tree and Woodland Action Plan 2026–2030</h1>"
             "<div class='sub'>More trees, better cared for, in the right places</div>"
             "<div class='date'>Adopted by Cabinet on 11 February 2026</div></div>")
    toc = [("Foreword", 2), ("1 Introduction", 3), ("2 Trees and woodland in Marlow Vale", 3),
           ("3 Objectives and actions", 4), ("4 Delivering and monitoring the plan", 5)]
    p.append("<h2>Contents</h2><div class='toc'>" + "".join(
        f"<p>{E(t)}<span>{n}</span></p>" for t, n in toc) + "</div>")
    p.append("<h2>Foreword</h2>")
    texts = EN_TEXT["Foreword"]
    p += [f"<p{' class=sig' if t is texts[-1] else ''}>{E(t)}</p>" for t in texts]
    for i, chap in enumerate(("1 Introduction", "2 Trees and woodland in Marlow Vale")):
        p.append(f"<h2{' class=np' if i == 0 else ''}>{E(chap)}</h2>")
        p += [f"<p>{E(t)}</p>" for t in EN_TEXT[chap]]
        if chap.startswith("2 "):
            p.append("<table class='st'>" + "".join(
                "<tr>" + "".join(f"<{'th' if k == 0 else 'td'}>{E(c)}</{'th' if k == 0 else 'td'}>" for c in r)
                + "</tr>" for k, r in enumerate(EN_STATS)) + "</table>")
            p.append("<p class='src'>Sources: i-Tree canopy survey 2023, council tree inventory.</p>")
    p.append("<div class='box'><h4>How to read section 3</h4>" +
             "".join(f"<p>{E(t)}</p>" for t in EN_TEXT["How to read section 3"]) + "</div>")
    p.append("<h2 class=np>3 Objectives and actions</h2>")
    for i, (g, gt) in enumerate(EN_GOALS, 1):
        p.append(f"<h3>Objective {i}: {E(gt)}</h3>")
        p.append(f"<p class='why'><b>Why this matters.</b> {E(EN_WHY[g])}</p><p class='wewill'>We will:</p>"
                 "<ul class='act'>")
        for _id, _nr, text, gg, br, *_r in EN_ROWS:
            if gg == g:
                p.append(f"<li>{E(text)} <span class='br'>({E(br)})</span></li>")
        p.append("</ul>")
    p.append("<h2>4 Delivering and monitoring the plan</h2>" +
             "".join(f"<p>{E(t)}</p>" for t in EN_TEXT["4 Delivering and monitoring the plan"]))
    p.append("</body></html>")
    src = d / f"{slug}.html"
    src.write_text("".join(p), encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf)
    return plan, pdf


# =========================================================================== 4 Swedish handlingsplan (reportlab)

SV_SLUG = "tillganglighet-malkontur-sv"
SV_GOALS = [
    ("G1", "Kommunens lokaler och anläggningar ska vara tillgängliga för alla besökare"),
    ("G2", "Information från kommunen ska vara lätt att hitta, förstå och använda"),
    ("G3", "Personer med funktionsnedsättning ska ha samma möjlighet till arbete och sysselsättning som andra"),
    ("G4", "Gator, torg och gångvägar i tätorterna ska vara trygga och lätta att ta sig fram på"),
    ("G5", "Barn och unga med funktionsnedsättning ska kunna delta i fritids- och kulturlivet"),
]
# (id, nr, text, goal, Ansvarig as printed, owners, Klart as printed or None, kind, note)
SV_ROWS = [
    ("A1", "1.1", "Inventera tillgängligheten i alla kommunala lokaler som allmänheten besöker", "G1",
     "Fastighetsavdelningen", ["Fastighetsavdelningen"], "2026-12-31", "date", "ISO date"),
    ("A2", "1.2", "Åtgärda de enkelt avhjälpta hindren i kommunhuset, biblioteken och simhallen", "G1",
     "Fastighetsavdelningen och Kultur- och fritidsförvaltningen",
     ["Fastighetsavdelningen", "Kultur- och fritidsförvaltningen"], "2027", "period", "two owners"),
    ("A3", "1.3", "Installera hörslingor i alla sammanträdesrum och samlingslokaler", "G1", "Serviceförvaltningen",
     ["Serviceförvaltningen"], "Våren 2027", "period", ""),
    ("A4", "2.1", "Granska kommunens webbplats enligt lagen om tillgänglighet till digital offentlig service", "G2",
     "Kommunikationsavdelningen", ["Kommunikationsavdelningen"], "Årligen", "recurring", "recurring"),
    ("A5", "2.2", "Ta fram information på lättläst svenska om kommunens vanligaste tjänster", "G2",
     "Kommunikationsavdelningen", ["Kommunikationsavdelningen"], "Kvartal 3 2026", "period", ""),
    ("A6", "2.3", "Utbilda alla medarbetare med kundkontakt i bemötande av personer med funktionsnedsättning", "G2",
     "Alla förvaltningschefer", ["Alla förvaltningschefer"], "Löpande", "continuous",
     "'Alla förvaltningschefer' diffuse; continuous"),
    ("A7", "3.1", "Erbjuda minst tio praktikplatser inom kommunen för personer med funktionsnedsättning", "G3",
     "HR-avdelningen", ["HR-avdelningen"], "2027", "period", ""),
    ("A8", "3.2", "Utreda möjligheten att starta ett socialt företag i samverkan med Arbetsförmedlingen", "G3",
     "Arbetsmarknadsenheten", ["Arbetsmarknadsenheten"], None, None, "empty Klart: no deadline"),
    ("A9", "3.3", "Anpassa rekryteringsprocessen så att fler sökande med funktionsnedsättning kallas till intervju",
     "G3", "HR-avdelningen", ["HR-avdelningen"], "Hösten 2026", "period", ""),
    ("A10", "4.1", "Bygga om övergångsställena vid Torget och resecentrum med ledstråk och sänkta kantstenar", "G4",
     "Gatu- och parkenheten", ["Gatu- och parkenheten"], "2028", "period",
     "one owner ('Gatu- och parkenheten' is one enhet)"),
    ("A11", "4.2", "Genomföra tillgänglighetsvandringar med funktionsrättsrådet i varje tätort", "G4", "", [],
     "Varje höst", "recurring", "empty Ansvarig: no owner; recurring"),
    ("A12", "4.3", "Skotta och sanda gångvägar till vårdcentraler och apotek före övriga gångvägar", "G4",
     "Gatu- och parkenheten", ["Gatu- och parkenheten"], "Vintersäsongen 2026/27", "period", "a season"),
    ("A13", "5.1", "Starta en fritidsgrupp för unga med neuropsykiatriska funktionsnedsättningar", "G5",
     "Fritidsgårdarna", ["Fritidsgårdarna"], "Augusti 2026", "period", "a definite noun"),
    ("A14", "5.2", "Införa ett ledsagarkort som ger ledsagare gratis inträde i kommunens anläggningar", "G5",
     "Kultur- och fritidsförvaltningen", ["Kultur- och fritidsförvaltningen"], "2030", "period",
     "one owner; '2030' after the plan period 2026–2029"),
    ("A15", "5.3", "Bygga om lekplatsen i Stadsparken så att barn med olika funktionsnedsättningar kan leka "
     "tillsammans", "G5", "Gatu- och parkenheten och Socialförvaltningen",
     ["Gatu- och parkenheten", "Socialförvaltningen"], "2029", "period", "two owners"),
]
SV_TEXT = {
    "1 Inledning": [
        "Sjöbacka kommun ska vara en kommun där alla kan delta på lika villkor. Ungefär var femte invånare har "
        "någon form av funktionsnedsättning, och många möter fortfarande hinder i vardagen: en trappa utan ramp, "
        "en webbsida som inte fungerar med skärmläsare eller en blankett som är svår att förstå.",
        "Kommunfullmäktige antog 2025 ett program för full delaktighet. Den här handlingsplanen visar vad "
        "förvaltningarna ska göra under åren 2026–2029 för att programmet ska bli verklighet. Planen ersätter "
        "den tidigare handlingsplanen för tillgänglighet från 2019.",
    ],
    "2 Utgångspunkter": [
        "FN:s konvention om rättigheter för personer med funktionsnedsättning gäller i Sverige sedan 2009. Det "
        "nationella målet för funktionshinderspolitiken är att uppnå jämlikhet i levnadsvillkor och full "
        "delaktighet i samhället för personer med funktionsnedsättning. Målet gäller alla kommuner och är inte "
        "ett mål i den här planen.",
        "Bristande tillgänglighet är sedan 2015 en form av diskriminering enligt diskrimineringslagen. Lagen om "
        "tillgänglighet till digital offentlig service ställer krav på kommunens webbplatser och appar.",
    ],
    "3 Så har planen tagits fram": [
        "Planen har tagits fram av en arbetsgrupp med representanter för alla förvaltningar och kommunens "
        "funktionsrättsråd. Under hösten 2025 hölls två dialogmöten med funktionsrättsföreningarna i Sjöbacka.",
        "Planen är uppbyggd som en disposition i två nivåer. Varje mål har ett nummer, och aktiviteterna under "
        "målet är numrerade 1.1, 1.2 och så vidare. Under varje aktivitet står vem som ansvarar och när "
        "aktiviteten ska vara klar.",
    ],
    "5 Uppföljning": [
        "Kommunstyrelsens förvaltning samordnar uppföljningen. Förvaltningarna rapporterar hur aktiviteterna går "
        "i samband med delårsbokslutet, och funktionsrättsrådet får en redovisning varje år.",
        "Indikatorerna i bilagan följs upp i årsredovisningen. Planen revideras under 2029.",
    ],
}
SV_INDICATORS = [
    ["Mål", "Indikator", "Utgångsläge 2025", "Målvärde 2029"],
    ["Mål 1", "Andel publika lokaler där de enkelt avhjälpta hindren är åtgärdade", "41 %", "90 %"],
    ["Mål 2", "Antal avvikelser vid granskning av webbplatsen", "37", "färre än 5"],
    ["Mål 3", "Antal personer med funktionsnedsättning i praktik eller anställning i kommunen", "12", "40"],
    ["Mål 4", "Andel invånare med funktionsnedsättning som känner sig trygga i centrum", "58 %", "75 %"],
    ["Mål 5", "Antal fritidsaktiviteter anpassade för barn och unga med funktionsnedsättning", "6", "15"],
]


@plan_builder
def build_tillganglighet_malkontur_sv() -> tuple[Plan, Path]:
    """Swedish handlingsplan (reportlab, Liberation Serif body, Liberation Sans headings): cover, contents,
    background chapters, then chapter 4 as a two-level outline: 'Mål n' with the goal sentence, activities
    'n.k <text>' each with a line 'Ansvarig: …   Klart: …' under it; chapter 5 and an appendix table of goals and
    indicators."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        CondPageBreak,
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    slug = SV_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="sv", title="Handlingsplan för ökad tillgänglighet 2026–2029", period=(2026, 2029),
        goals=[G(g, t) for g, t in SV_GOALS], measures=mb37._rows(SV_ROWS, 2029), source_ext="pdf",
        notes="""
reportlab (Liberation Serif 10.5 pt body, Liberation Sans headings and labels), A4 portrait, Sjöbacka kommun.
Header 'Sjöbacka kommun' left and 'Handlingsplan för ökad tillgänglighet' right over a thin rule, footer 'Sida
n' right, none on the cover. Cover page, Innehåll, 1 Inledning, 2 Utgångspunkter (quotes the national goal of
funktionshinderspolitiken: a trap, no goal), 3 Så har planen tagits fram (explains the two-level numbering and
the Ansvarig / Klart line); 4 Mål och aktiviteter on a new page: a two-level outline, each goal a shaded
paragraph 'Mål n' + the goal sentence in bold (the GOALS, without 'Mål n'), each activity a hanging paragraph
'n.k <text>' (the MEASURES, without the number, linked to the Mål above) followed by a smaller line 'Ansvarig:
<owner>   Klart: <time>' ('Ansvarig: –' / 'Klart: –' when nobody / no time is given). The outline runs over
pages (a goal and its first activity kept together). 5 Uppföljning; Bilaga: a table 'Mål | Indikator |
Utgångsläge 2025 | Målvärde 2029' whose Mål column holds only 'Mål n' (indicators: not scored, never goals or
measures). Gold: OWNERS = after 'Ansvarig:' ('Fastighetsavdelningen och Kultur- och fritidsförvaltningen',
'Gatu- och parkenheten och Socialförvaltningen' two each; 'Gatu- och parkenheten', 'Kultur- och
fritidsförvaltningen' ONE unit each; 'Fritidsgårdarna' a definite noun; 'Alla förvaltningschefer' diffuse;
'Ansvarig: –' = none). DEADLINE = after 'Klart:' ('2027', 'Våren 2027', 'Kvartal 3 2026', 'Hösten 2026', '2028',
'Vintersäsongen 2026/27', 'Augusti 2026', '2029' periods; '2026-12-31' date; 'Löpande' continuous; 'Årligen',
'Varje höst' recurring; '2030' after 2026–2029; 'Klart: –' = none).
""")
    f = bk.reportlab_fonts("TS")
    serif = {}
    for k, suf in (("normal", "Regular"), ("bold", "Bold"), ("italic", "Italic"), ("boldItalic", "BoldItalic")):
        serif[k] = f"TSerif-{suf}"
        pdfmetrics.registerFont(TTFont(serif[k], str(bk.LIBERATION / f"LiberationSerif-{suf}.ttf")))
    pdfmetrics.registerFontFamily("TSerif", **serif)
    navy = colors.HexColor("#243b63")
    pale = colors.HexColor("#e6ebf3")
    grey = colors.HexColor("#4d4d4d")
    body = ParagraphStyle("b", fontName=serif["normal"], fontSize=10.5, leading=14.5, spaceAfter=7)
    h1 = ParagraphStyle("h1", fontName=f["bold"], fontSize=15, leading=19, textColor=navy, spaceBefore=8,
                        spaceAfter=8, keepWithNext=1)
    goal_st = ParagraphStyle("g", fontName=f["bold"], fontSize=11, leading=14.5, textColor=navy, backColor=pale,
                             borderPadding=(4, 4, 4, 4), leftIndent=14 * mm, firstLineIndent=-14 * mm,
                             spaceBefore=12, spaceAfter=8, keepWithNext=1)
    act = ParagraphStyle("a", parent=body, leftIndent=14 * mm, firstLineIndent=-10 * mm, spaceAfter=1,
                         keepWithNext=1)
    meta = ParagraphStyle("m", fontName=f["normal"], fontSize=8.5, leading=11, textColor=grey,
                          leftIndent=14 * mm, spaceAfter=6)
    cell = ParagraphStyle("c", fontName=f["normal"], fontSize=9, leading=11.5)
    cellb = ParagraphStyle("cb", parent=cell, fontName=f["bold"])
    toc_st = ParagraphStyle("toc", parent=body, fontName=f["normal"], fontSize=10.5, spaceAfter=5)

    def onpage(canvas, doc):
        if doc.page == 1:
            return
        w, h = A4
        canvas.saveState()
        canvas.setFont(f["normal"], 8)
        canvas.setFillColor(navy)
        canvas.drawString(24 * mm, h - 14 * mm, "Sjöbacka kommun")
        canvas.drawRightString(w - 22 * mm, h - 14 * mm, "Handlingsplan för ökad tillgänglighet")
        canvas.setStrokeColor(navy)
        canvas.setLineWidth(0.4)
        canvas.line(24 * mm, h - 15.5 * mm, w - 22 * mm, h - 15.5 * mm)
        canvas.setFillColor(grey)
        canvas.drawRightString(w - 22 * mm, 12 * mm, f"Sida {doc.page}")
        canvas.restoreState()

    pdf = d / f"{slug}.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=24 * mm, rightMargin=22 * mm, topMargin=24 * mm,
                            bottomMargin=22 * mm, title=plan.title, author="Sjöbacka kommun", invariant=1)
    s = [Spacer(1, 70 * mm),
         Paragraph("Handlingsplan för ökad tillgänglighet 2026–2029",
                   ParagraphStyle("t", fontName=f["bold"], fontSize=26, leading=31, textColor=navy)),
         Spacer(1, 5 * mm),
         Paragraph("Ett Sjöbacka där alla kan delta", ParagraphStyle("u", fontName=serif["italic"], fontSize=14,
                                                                      leading=18, textColor=grey)),
         Spacer(1, 100 * mm),
         Paragraph("SJÖBACKA KOMMUN", ParagraphStyle("k", fontName=f["bold"], fontSize=11, textColor=navy)),
         Paragraph("Antagen av kommunfullmäktige 2026-02-23, § 14. Dnr KS 2025/331",
                   ParagraphStyle("a", fontName=f["normal"], fontSize=8.5, textColor=grey)),
         PageBreak(), Paragraph("Innehåll", h1)]
    for t, n in (("1 Inledning", 3), ("2 Utgångspunkter", 3), ("3 Så har planen tagits fram", 3),
                 ("4 Mål och aktiviteter", 4), ("5 Uppföljning", 6), ("Bilaga. Mål och indikatorer", 6)):
        s.append(Table([[Paragraph(t, toc_st), Paragraph(str(n), toc_st)]], colWidths=[146 * mm, 18 * mm],
                       style=TableStyle([("ALIGN", (1, 0), (1, 0), "RIGHT"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])))
    s.append(PageBreak())
    for chap in ("1 Inledning", "2 Utgångspunkter", "3 Så har planen tagits fram"):
        s.append(Paragraph(chap, h1))
        s += [Paragraph(t, body) for t in SV_TEXT[chap]]
    s += [PageBreak(), Paragraph("4 Mål och aktiviteter", h1),
          Paragraph("Här följer planens fem mål med de aktiviteter som ska genomföras under planperioden.", body)]
    for i, (g, gt) in enumerate(SV_GOALS, 1):
        s.append(CondPageBreak(40 * mm))
        s.append(Paragraph(f"Mål {i}&nbsp;&nbsp;&nbsp;&nbsp;{E(gt)}", goal_st))
        for _id, nr, text, gg, who, _o, when, *_r in SV_ROWS:
            if gg != g:
                continue
            s.append(KeepTogether([
                Paragraph(f"{nr}&nbsp;&nbsp;&nbsp;&nbsp;{E(text)}", act),
                Paragraph(f"<font name='{f['bold']}'>Ansvarig:</font> {E(who or '–')}"
                          f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<font name='{f['bold']}'>Klart:</font> {E(when or '–')}",
                          meta)]))
    s.append(Paragraph("5 Uppföljning", h1))
    s += [Paragraph(t, body) for t in SV_TEXT["5 Uppföljning"]]
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Bilaga. Mål och indikatorer", h1))
    t = Table([[Paragraph(c, cellb if k == 0 or j == 0 else cell) for j, c in enumerate(r)]
               for k, r in enumerate(SV_INDICATORS)],
              colWidths=[17 * mm, 87 * mm, 30 * mm, 30 * mm], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), pale), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa9c2")),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    s.append(t)
    doc.build(s, onFirstPage=onpage, onLaterPages=onpage)
    # chapter 2 names 'personer med funktionsnedsättning' before goal 3 does: look the items up from chapter 4
    _gold(plan, pdf, goal_after=4, measure_after=4)
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
