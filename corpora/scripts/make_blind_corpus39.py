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
    from odf.style import TextProperties
    for key in ("Body", "Ind", "Sig"):
        st = next(s for s in o.doc.automaticstyles.childNodes if s.getAttribute("name") == o.styles[key])
        for tp in st.getElementsByType(TextProperties):
            tp.setAttribute("fontname", "DejaVu Serif")
    o.doc.fontfacedecls.addElement(__import__("odf.style", fromlist=["FontFace"]).FontFace(
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


# =========================================================================== checks


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page) and batch 34's whole-text check on content order."""
    return mb3.verify(slug) + mb34._whole_text_raw(slug)


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify)


if __name__ == "__main__":
    main(sys.argv[1:])
