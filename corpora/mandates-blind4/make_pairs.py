"""Build the fourth blind batch of mandate/plan pairs under corpora/mandates-blind4/ and their gold.

Written on 2026-12-02 without reading plancheck's code, from how mandates are really delivered:
a saksframlegg whose innstilling has eleven hand-typed points ("10.Sikre" with no space) under a
case-header table, with requirements in the prose of the assessment; an oppdragsbrev saved by
Writer (.odt) with Word numbering and lettered sub-items; a mandate for a working group in Word
with a requirement before the list, typed "1. " points and a point that runs over the page
break; a nynorsk planprogram whose themes are a Word-numbered list, with requirements in its
prose sections; and a Danish kommissorium whose tasks are Word bullets. Plans answer in their
own words, sometimes partly, sometimes only in the introduction or the adoption line, sometimes
not at all; the traps (a term named once in passing, shared words without an answer, a point
deferred to another plan, a date that is not a decision) are noted in the gold.

    python corpora/mandates-blind4/make_pairs.py                       # all pairs
    python corpora/mandates-blind4/make_pairs.py kystsone frivillighed # some pairs

Uses the block writer and gold writer of corpora/mandates-blind/_build.py and the point helpers
and Writer (.odt) export of corpora/mandates-blind3/make_pairs.py (python-docx, LibreOffice with
a private profile, pinned zip times, core properties, PDF dates/ids and meta.xml), so a rebuild
gives the same files. Evidence pages are read from the plan as LibreOffice renders it.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))

from _build import build_docx, build_pdf, rendered_pages, write_gold  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_b3 = _load("mandates_blind3_make_pairs", HERE.parent / "mandates-blind3" / "make_pairs.py")
P, typed, build_odt = _b3.P, _b3.typed, _b3.build_odt

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


# =========================================================================== 1 universell utforming (nb)


@pair
def universell_utforming(d: Path) -> dict:
    items = [
        "Kartlegge tilgjengeligheten i kommunale bygg som er åpne for publikum, herunder skoler, "
        "helsebygg og kulturbygg.",
        "Vurdere tilgjengeligheten til kommunens nettsider og digitale tjenester i tråd med "
        "kravene i forskrift om universell utforming av IKT-løsninger.",
        "Beskrive hvordan universell utforming skal ivaretas i kommunens plan- og "
        "byggesaksbehandling.",
        "Prioritere tiltak på gangveier, holdeplasser og parkering i sentrum.",
        "Vurdere tilrettelegging av friluftsområder og badeplasser for personer med nedsatt "
        "funksjonsevne.",
        "Sikre at boliger for eldre og personer med funksjonsnedsettelse har livsløpsstandard.",
        "Ivareta hensynet til personer med syns- og hørselsnedsettelse, blant annet gjennom "
        "ledelinjer, kontraster og teleslynge.",
        "Beskrive kostnadene ved tiltakene og hvordan de kan finansieres, blant annet gjennom "
        "statlige tilskuddsordninger.",
        "Vurdere behovet for opplæring av ansatte i universell utforming.",
        "Sikre at brukerne, særlig rådet for personer med funksjonsnedsettelse, blir involvert i "
        "arbeidet.",
        "Angi ansvar og frister for oppfølgingen av hvert tiltak.",
    ]
    s1 = "Planen skal legges fram for kommunestyret innen 1. juni 2026."
    s2 = "Tiltaksplanen skal rulleres hvert annet år."
    m = [
        ("meta", "LYNGMO KOMMUNE"),
        ("title", "Saksframlegg"),
        (
            "table",
            ["Utvalg", "Møtedato", "Utvalgssak"],
            [
                ["Formannskapet", "10.09.2025", "71/25"],
                ["Kommunestyret", "25.09.2025", "58/25"],
            ],
            [60, 40, 40],
        ),
        ("meta", "Saksbehandler: Tone Brattli · Arkivsak: 25/1142 · Arkivkode: 143"),
        ("h1", "Oppstart av tiltaksplan for universell utforming"),
        ("h2", "Kommunedirektørens innstilling"),
        (
            "p",
            "Kommunestyret ber kommunedirektøren utarbeide en tiltaksplan for universell "
            "utforming 2026–2029. Planen skal:",
        ),
        *typed(items, sep="auto", indent=8),
        ("h2", "Saksopplysninger"),
        (
            "p",
            "Kommunen har ikke hatt en egen plan for universell utforming siden 2014. Rådet for "
            "personer med funksjonsnedsettelse har flere ganger pekt på at mange publikumsbygg "
            "mangler heis eller automatisk døråpner, og at det er vanskelig å komme seg fram i "
            "sentrum vinterstid.",
        ),
        (
            "p",
            "Likestillings- og diskrimineringsloven pålegger kommunen å sørge for universell "
            "utforming av sine alminnelige funksjoner. Plan- og bygningsloven har universell "
            "utforming som et hensyn i all planlegging.",
        ),
        ("h2", "Vurdering"),
        (
            "p",
            "Kommunedirektøren mener en samlet plan vil gjøre det lettere å prioritere innenfor "
            "stramme rammer. Arbeidet ledes av enhet for plan og utvikling, med deltakere fra "
            "eiendom, teknisk drift og helse og omsorg. "
            + s1
            + " Det er ikke satt av egne midler til planarbeidet, som gjøres innenfor "
            "ordinære rammer. " + s2,
        ),
    ]
    build_pdf(
        m,
        d / "saksframlegg.pdf",
        title="Saksframlegg – oppstart av tiltaksplan for universell utforming",
        author="Lyngmo kommune",
        header="Lyngmo kommune – saksframlegg 25/1142",
    )
    p = [
        ("title", "Tiltaksplan for universell utforming 2026–2029"),
        ("meta", "Lyngmo kommune · Vedtatt i kommunestyret 28.05.2026, sak 39/26"),
        ("h1", "1 Innledning"),
        (
            "p",
            "Planen viser hva Lyngmo kommune skal gjøre de neste fire årene for at flere skal "
            "kunne bruke kommunens bygg, uteområder og tjenester på egen hånd. Rådet for personer "
            "med funksjonsnedsettelse har hatt to representanter i arbeidsgruppa, og rådet var med "
            "på befaringen av byggene høsten 2025.",
        ),
        (
            "p",
            "Planen omfatter kommunens egne bygg, sentrum og kommunens tjenester. Turstier, "
            "badeplasser og andre friluftsområder følges opp i kommunedelplanen for idrett, "
            "fysisk aktivitet og friluftsliv.",
        ),
        ("h1", "2 Slik er byggene våre i dag"),
        (
            "p",
            "Høsten 2025 gikk arbeidsgruppa gjennom 27 bygg som publikum bruker, med "
            "sjekklisten fra Norsk standard for universell utforming av byggverk. Rådhuset, "
            "biblioteket og Lyngmo helsesenter er i god stand. Seks bygg mangler heis eller "
            "rampe til hovedinngangen, blant dem Sandnes skole, Lyngmo kulturhus og legekontoret "
            "i Vika. Fire bygg har ikke toalett for rullestolbrukere.",
        ),
        ("h1", "3 Nettsider og digitale tjenester"),
        (
            "p",
            "Kommunens nettsider ble testet av Digitaliseringsdirektoratets verktøy i januar "
            "2026. Testen fant feil i kontrast og manglende tekst til bilder. Feilene rettes i "
            "2026, og tilgjengelighetserklæringen oppdateres hvert år.",
        ),
        ("h1", "4 Sentrum"),
        (
            "p",
            "Fortauet langs Storgata skal få fast dekke og nedsenkede kantsteiner ved alle "
            "kryssinger. Antallet parkeringsplasser for forflytningshemmede øker fra fire til ti, "
            "og plassene skal ligge nærmere enn 25 meter fra inngangen til butikker og "
            "rådhuset. Busslommene langs fylkesveien er fylkeskommunens ansvar.",
        ),
        ("h1", "5 Boliger"),
        (
            "p",
            "Alle nye omsorgsboliger bygges slik at en rullestolbruker kan bo der resten av "
            "livet: trinnfri adkomst, alle hovedfunksjoner på ett plan og bad med snuplass. "
            "Det samme kravet stilles når kommunen selger tomter til seniorboliger.",
        ),
        ("h1", "6 Hørsel"),
        (
            "p",
            "Kommunestyresalen, kinosalen i kulturhuset og servicetorget får nye teleslynger i "
            "2026. Det er også planlagt å merke dem tydelig.",
        ),
        ("break",),
        ("h1", "7 Plan- og byggesak"),
        (
            "p",
            "Ved oppstartsmøter for reguleringsplaner går kommunen gjennom en egen sjekkliste "
            "for tilgjengelighet, og planbeskrivelsen skal vise hvordan uteområder og adkomst "
            "fungerer for alle. I byggesaker kontrollerer kommunen at tilgjengelig boenhet og "
            "trinnfri adkomst er dokumentert før rammetillatelse.",
        ),
        ("h1", "8 Drift"),
        (
            "p",
            "Ansatte i teknisk drift har ansvar for at parkeringsplasser for "
            "forflytningshemmede er brøytet og strødd før klokka 07.",
        ),
        ("h1", "9 Tiltak"),
        (
            "p",
            "Tiltakene innarbeides i økonomiplanen. Kostnadene er anslag fra eiendomsavdelingen.",
        ),
        (
            "table",
            ["Tiltak", "Ansvar", "Frist", "Kostnad"],
            [
                ["Heis på Sandnes skole", "Eiendomssjef", "2027", "3,2 mill."],
                ["Rampe og døråpner, Lyngmo kulturhus", "Eiendomssjef", "2026", "450 000"],
                ["Toaletter for rullestolbrukere i fire bygg", "Eiendomssjef", "2028", "1,1 mill."],
                [
                    "Storgata: fast dekke og nedsenket kantstein",
                    "Kommunalsjef teknisk",
                    "2027",
                    "2,4 mill.",
                ],
                [
                    "Ti parkeringsplasser for forflytningshemmede",
                    "Kommunalsjef teknisk",
                    "2026",
                    "120 000",
                ],
                ["Teleslynger i tre saler", "Kultursjef", "2026", "180 000"],
                ["Rette feil på nettsidene", "Kommunikasjonsrådgiver", "2026", "Ingen"],
            ],
            [70, 40, 20, 30],
        ),
    ]
    build_docx(
        p,
        d / "plan.docx",
        title="Tiltaksplan for universell utforming 2026–2029",
        author="Lyngmo kommune",
        header="Tiltaksplan for universell utforming 2026–2029",
    )
    pts = [
        P(
            "1",
            items[0],
            "content",
            "covered",
            ev="Høsten 2025 gikk arbeidsgruppa gjennom",
            trap="answered under a heading in other words ('Slik er byggene våre i dag')",
        ),
        P(
            "2",
            items[1],
            "content",
            "partial",
            ev="Kommunens nettsider ble testet",
            missing=["de digitale tjenestene (skjema og selvbetjening) utover nettsidene"],
        ),
        P(
            "3",
            items[2],
            "content",
            "covered",
            ev="Ved oppstartsmøter for reguleringsplaner",
        ),
        P(
            "4",
            items[3],
            "content",
            "partial",
            ev="Fortauet langs Storgata skal få",
            missing=["holdeplassene (bare nevnt som fylkeskommunens ansvar)"],
            trap="busslommene named only to say they are the county's responsibility",
        ),
        P(
            "5",
            items[4],
            "content",
            "uncovered",
            trap="deferred in the introduction to the kommunedelplan for idrett, fysisk aktivitet "
            "og friluftsliv: shared words, no answer",
        ),
        P(
            "6",
            items[5],
            "content",
            "covered",
            ev="Alle nye omsorgsboliger bygges slik",
            trap="answered in other words: 'en rullestolbruker kan bo der resten av livet' for "
            "livsløpsstandard",
        ),
        P(
            "7",
            items[6],
            "content",
            "partial",
            ev="Kommunestyresalen, kinosalen i kulturhuset",
            missing=["tiltak for synshemmede (ledelinjer og kontraster i bygg og uteområder)"],
            trap="'feil i kontrast' on the web pages is not contrast in buildings",
        ),
        P(
            "8",
            items[7],
            "content",
            "partial",
            ev="Tiltakene innarbeides i økonomiplanen",
            missing=["finansiering, særlig statlige tilskuddsordninger"],
        ),
        P(
            "9",
            items[8],
            "content",
            "uncovered",
            trap="'Ansatte i teknisk drift har ansvar for …' shares ansatte; nothing on opplæring",
        ),
        P(
            "10",
            items[9],
            "process",
            "covered",
            ev="Planen viser hva Lyngmo kommune",
            trap="process point answered in the introduction (the council in the working group "
            "and at the inspection)",
        ),
        P(
            "11",
            items[10],
            "deliverable",
            "covered",
            ev="Tiltak Ansvar Frist Kostnad",
        ),
        P(
            "S1",
            s1,
            "process",
            "covered",
            ev="Lyngmo kommune · Vedtatt i kommunestyret",
            trap="answered only by the adoption line under the title (28.05.2026)",
        ),
        P(
            "S2",
            s2,
            "process",
            "uncovered",
            trap="the plan gives its period and that measures go into the økonomiplan; nothing on "
            "revising the plan",
        ),
    ]
    return dict(
        language="nb",
        mandate="saksframlegg.pdf",
        plan="plan.docx",
        producer="saksframlegg PDF: a case-header table, an innstilling of eleven points typed "
        "'1.⇥' with a hanging indent, '10.Sikre' and '11.Angi' without a space, two "
        "requirements inside a paragraph of the assessment; plan .docx",
        points=pts,
    )


# =========================================================================== 2 arbeidsgiverstrategi (nb)


@pair
def arbeidsgiver(d: Path) -> dict:
    items = [
        "Beskrive kommunens utfordringer med å rekruttere og beholde ansatte de neste ti årene, "
        "med vekt på helse og omsorg og barnehage.",
        "Gjøre rede for kommunens verdier og hva som forventes av ledere og medarbeidere.",
        (
            "Foreslå tiltak for å:",
            [
                "øke andelen heltidsstillinger",
                "redusere sykefraværet",
                "beholde seniorer lenger i arbeid",
            ],
        ),
        "Vurdere hvordan kommunen kan samarbeide med videregående skole og høgskolen om "
        "lærlinger og studenter.",
        "Beskrive hvordan kompetansen til de ansatte skal utvikles, og hvordan behovet for "
        "kompetanse skal kartlegges.",
        "Vurdere lønnspolitiske virkemidler, blant annet rekrutteringstillegg og stipend.",
        "Beskrive hvordan kommunen skal fremme mangfold og likestilling blant de ansatte.",
        "Vurdere hvordan velferdsteknologi og nye måter å organisere arbeidet på kan redusere "
        "behovet for arbeidskraft.",
        "Angi hvordan strategien skal følges opp og måles.",
    ]
    item3 = (
        "Foreslå tiltak for å: øke andelen heltidsstillinger; redusere sykefraværet; beholde "
        "seniorer lenger i arbeid"
    )
    s1 = "Arbeidet skal gjøres i samarbeid med hovedtillitsvalgte og hovedverneombudet."
    s2 = (
        "Et utkast skal drøftes i administrasjonsutvalget før strategien legges fram for "
        "kommunestyret i juni 2026."
    )
    m = [
        ("meta", "REVSNES KOMMUNE · Kommunedirektøren"),
        ("meta", "Til: HR-sjef Ingrid Solheim · Kopi: kommunalsjefene, hovedtillitsvalgte"),
        ("meta", "Vår ref. 25/2207 · Dato: 03.11.2025"),
        ("title", "Oppdragsbrev – arbeidsgiverstrategi 2026–2030"),
        ("h2", "Bakgrunn"),
        (
            "p",
            "Revsnes kommune har i flere år hatt problemer med å få tak i sykepleiere og "
            "barnehagelærere, og i 2024 sto 14 stillinger ubesatt i mer enn tre måneder. Samtidig "
            "går mange ansatte av med pensjon de nærmeste årene. Den gjeldende "
            "arbeidsgiverpolitikken er fra 2015.",
        ),
        ("h2", "Oppdraget"),
        (
            "p",
            "Du får i oppdrag å lede arbeidet med en ny arbeidsgiverstrategi for perioden "
            "2026–2030. Strategien skal:",
        ),
        ("num", items),
        (
            "p",
            s1 + " Kommunalsjefene stiller med ressurser fra sine områder etter behov. " + s2,
        ),
        ("p", "Med hilsen"),
        ("p", "Arne Vik, kommunedirektør"),
    ]
    build_odt(
        m,
        d / "oppdragsbrev.odt",
        title="Oppdragsbrev – arbeidsgiverstrategi 2026–2030",
        author="Revsnes kommune",
        header="Revsnes kommune",
    )
    p = [
        ("title", "Arbeidsgiverstrategi 2026–2030"),
        ("meta", "Revsnes kommune · Vedtatt av kommunestyret 18.06.2026, sak 47/26"),
        ("h1", "Forord"),
        (
            "p",
            "Strategien er laget av en arbeidsgruppe med HR-sjefen, to kommunalsjefer, "
            "hovedtillitsvalgte for Fagforbundet, Sykepleierforbundet og Utdanningsforbundet og "
            "hovedverneombudet. Alle enheter har hatt utkastet på høring.",
        ),
        ("h1", "Hvem trenger vi i 2035?"),
        (
            "p",
            "Antallet innbyggere over 80 år dobles fram mot 2035. Hvis vi fortsetter som i dag, "
            "trenger helse og omsorg 45 flere årsverk, mens det blir færre i arbeidsfør alder. "
            "Allerede i dag mangler vi sykepleiere, vernepleiere og barnehagelærere, og hver "
            "femte nyansatte sykepleier slutter før det har gått to år.",
        ),
        ("h1", "Slik er vi i Revsnes"),
        (
            "p",
            "Verdiene våre er åpen, modig og til stede. Som leder i Revsnes gir du tydelige "
            "rammer, følger opp medarbeiderne dine og tar tak i konflikter tidlig. Som "
            "medarbeider bidrar du til et godt arbeidsmiljø, deler det du kan og sier fra når "
            "noe ikke fungerer.",
        ),
        ("h1", "Heltid og nærvær"),
        (
            "p",
            "Hele stillinger skal være hovedregelen. Nye stillinger lyses ut som hele stillinger, "
            "og turnusene lages med langvakter i helg der de ansatte ønsker det. Vi følger "
            "arbeidsmiljøet og nærværet tett: alle enheter med over ti prosent fravær får et "
            "nærværsteam med leder, tillitsvalgt og verneombud, og NAV arbeidslivssenter bistår.",
        ),
        (
            "p",
            "Seniorene våre har lang erfaring, og mange er faddere for nye ansatte.",
        ),
        ("h1", "Kompetanse"),
        (
            "p",
            "Hver enhet lager en kompetanseplan som rulleres årlig. Behovet kartlegges i "
            "medarbeidersamtalen og i KS Læring. Vi tilbyr helsefagarbeidere å ta "
            "sykepleierutdanning på deltid med lønn, mot å binde seg i tre år.",
        ),
        ("h1", "Lærlinger"),
        (
            "p",
            "Kommunen tar inn femten lærlinger hvert år i helsearbeiderfaget, barne- og "
            "ungdomsarbeiderfaget og IKT-faget, og samarbeider med Revsnes videregående skole om "
            "utplassering i vg2.",
        ),
        ("break",),
        ("h1", "Flere oppgaver med færre hender"),
        (
            "p",
            "Vi tar i bruk digitalt tilsyn, elektroniske medisindispensere og "
            "hverdagsrehabilitering, slik at hjemmetjenesten kan bruke tiden der den trengs "
            "mest. Oppgaver flyttes fra sykepleiere til helsefagarbeidere og assistenter der det "
            "er faglig forsvarlig.",
        ),
        ("h1", "Lønn og likestilling"),
        (
            "p",
            "Lønnspolitikken behandles i en egen lønnspolitisk plan som rulleres før hvert "
            "hovedoppgjør. Kommunens likestillingsredegjørelse står i årsrapporten.",
        ),
        ("h1", "Oppfølging"),
        (
            "p",
            "Strategien følges opp i årsrapporten. HR-sjefen rapporterer på måltallene hvert år.",
        ),
        (
            "table",
            ["Måltall", "I dag", "2030"],
            [
                ["Gjennomsnittlig stillingsstørrelse", "71 %", "85 %"],
                ["Sykefravær", "9,8 %", "7,5 %"],
                ["Ubesatte stillinger over tre måneder", "14", "4"],
                ["Lærlinger per år", "9", "15"],
            ],
            [90, 30, 30],
        ),
    ]
    build_pdf(
        p,
        d / "plan.pdf",
        title="Arbeidsgiverstrategi 2026–2030",
        author="Revsnes kommune",
        header="Revsnes kommune – arbeidsgiverstrategi",
    )
    pts = [
        P(
            "1",
            items[0],
            "content",
            "covered",
            ev="Antallet innbyggere over 80 år",
            trap="answered under a heading in other words ('Hvem trenger vi i 2035?')",
        ),
        P(
            "2",
            items[1],
            "content",
            "covered",
            ev="Verdiene våre er åpen, modig",
        ),
        P(
            "3",
            item3,
            "content",
            "partial",
            ev="Hele stillinger skal være hovedregelen",
            missing=["tiltak for å beholde seniorene"],
            trap="sykefravær answered as nærvær; 'Seniorene våre har lang erfaring' shares "
            "seniorer and proposes nothing to keep them",
        ),
        P(
            "4",
            items[3],
            "content",
            "partial",
            ev="Kommunen tar inn femten lærlinger",
            missing=["samarbeid med høgskolen om studenter"],
        ),
        P(
            "5",
            items[4],
            "content",
            "covered",
            ev="Hver enhet lager en kompetanseplan",
        ),
        P(
            "6",
            items[5],
            "content",
            "uncovered",
            trap="deferred to a separate lønnspolitisk plan; shared words, no assessment",
        ),
        P(
            "7",
            items[6],
            "content",
            "uncovered",
            trap="the likestillingsredegjørelse is named once, as where it is printed",
        ),
        P(
            "8",
            items[7],
            "content",
            "covered",
            ev="Vi tar i bruk digitalt tilsyn",
            trap="answered in other words under 'Flere oppgaver med færre hender' (oppgavedeling "
            "for new ways of organising work)",
        ),
        P(
            "9",
            items[8],
            "process",
            "covered",
            ev="Strategien følges opp i årsrapporten",
        ),
        P(
            "S1",
            s1,
            "process",
            "covered",
            ev="Strategien er laget av en arbeidsgruppe",
            trap="process point answered in the foreword",
        ),
        P(
            "S2",
            s2,
            "process",
            "partial",
            ev="Revsnes kommune · Vedtatt av kommunestyret",
            missing=["drøfting i administrasjonsutvalget"],
        ),
    ]
    return dict(
        language="nb",
        mandate="oppdragsbrev.odt",
        plan="plan.pdf",
        producer="oppdragsbrev .odt (a letter saved by Writer): Word numbering with Word-lettered "
        "sub-items a.–c. under point 3, two requirements in one paragraph after the list; plan PDF",
        points=pts,
    )


# =========================================================================== 3 hovedplan veg (nb)


@pair
def hovedplan_veg(d: Path) -> dict:
    items = [
        "Gi en oversikt over det kommunale vegnettet, med lengde, dekketype, bruer og stikkrenner.",
        "Beskrive tilstanden på vegene og etterslepet på vedlikeholdet, med kostnadsoverslag.",
        "Foreslå en prioritering av asfalterings- og forsterkningstiltak for planperioden.",
        "Vurdere om veger med lite trafikk kan omklassifiseres til private veger.",
        "Beskrive hvordan vegnettet kan tilpasses kraftigere nedbør og flom, blant annet ved "
        "dimensjonering av stikkrenner og grøfter.",
        "Vurdere trafikksikkerhetstiltak på de kommunale vegene, særlig langs skolevegene, og se "
        "dette i sammenheng med kommunens trafikksikkerhetsplan og de tiltakene fylkeskommunen "
        "har planlagt på fylkesvegene som krysser eller går parallelt med de kommunale vegene.",
        "Beskrive standard og rutiner for vinterdrift, og vurdere om vinterdriften skal utføres "
        "av egne ansatte eller av entreprenører.",
        "Vurdere behovet for gatelys og utskifting til LED.",
        "Beskrive hvordan innbyggerne kan melde fra om feil og mangler på vegnettet.",
        "Foreslå et årlig budsjett for drift og vedlikehold.",
    ]
    s1 = "Hovedplanen skal være ferdig til behandling i teknisk utvalg innen 1. oktober 2026."
    s2 = "Planen skal ha en tiltaksliste med kostnad og prioritet for hvert tiltak."
    s3 = (
        "Grendelagene og næringslivet skal få mulighet til å komme med innspill før planen "
        "sendes på høring."
    )
    m = [
        ("meta", "MOLDSTAD KOMMUNE · Samfunnsutvikling"),
        ("meta", "Mandat · Saksnr. 26/118 · 12.01.2026"),
        ("title", "Mandat for arbeidsgruppe – hovedplan for kommunale veger 2027–2036"),
        ("h2", "1 Bakgrunn"),
        (
            "p",
            "Moldstad kommune eier og drifter om lag 140 km veg. Mange av vegene ble bygd på "
            "1960- og 70-tallet for en annen trafikk enn i dag, og tunge kjøretøy fra skogbruk og "
            "settefiskanlegget gir store skader i teleløsningen. Den forrige hovedplanen er fra "
            "2011. Teknisk utvalg vedtok i sak 4/26 å starte arbeidet med en ny hovedplan.",
        ),
        (
            "p",
            "De siste ti årene har kommunen brukt i gjennomsnitt 4 mill. kr i året på asfalt og "
            "forsterkning, mens behovet etter driftsavdelingens anslag er minst det dobbelte. "
            "Flommen i oktober 2023 tok ut tre bruer og flere stikkrenner, og to grender var "
            "uten vegforbindelse i en uke. Innbyggerne klager særlig på hull i grusvegene om "
            "våren og på at det tar lang tid før meldte feil blir rettet.",
        ),
        (
            "p",
            "Hovedplanen skal være et styringsverktøy for prioriteringer i økonomiplanen og for "
            "det daglige driftsarbeidet. "
            + s1
            + " Kommunalsjef for samfunnsutvikling er prosjekteier.",
        ),
        ("h2", "2 Arbeidsgruppe"),
        (
            "p",
            "Arbeidsgruppa består av driftsleder veg (leder), ingeniør for vann og avløp, "
            "en representant fra plan og byggesak og en representant for de ansatte. "
            "Gruppa kan hente inn ekstern bistand til tilstandsregistrering. Gruppa møtes hver "
            "fjerde uke og orienterer kommunalsjefen før hvert møte i teknisk utvalg.",
        ),
        ("h2", "3 Avgrensning"),
        (
            "p",
            "Planen omfatter kommunale veger med bruer, stikkrenner, grøfter, rekkverk og veglys. "
            "Gang- og sykkelveger langs fylkesveg er fylkeskommunens ansvar og er ikke med. "
            "Vann- og avløpsledninger i vegen behandles i hovedplanen for vann og avløp, men "
            "arbeidsgruppa skal samordne tiltak der ledninger og veg skal graves opp samtidig. "
            "Parkeringsplasser ved kommunale bygg er med når de ligger inntil en kommunal veg.",
        ),
        ("h2", "4 Oppgaver"),
        ("p", "Arbeidsgruppa skal:"),
        *typed(items, sep=" ", indent=7),
        ("h2", "5 Krav til planen"),
        ("p", s2 + " " + s3),
        ("p", "Kari Moldestad, kommunalsjef samfunnsutvikling"),
    ]
    build_docx(
        m,
        d / "mandat.docx",
        title="Mandat – hovedplan for kommunale veger",
        author="Moldstad kommune",
        header="Moldstad kommune – mandat 26/118",
    )
    p = [
        ("title", "Hovedplan for kommunale veger 2027–2036"),
        ("meta", "Moldstad kommune · Behandlet i teknisk utvalg 24.09.2026, sak 31/26"),
        ("h1", "1 Innledning"),
        (
            "p",
            "Planen viser tilstanden på de kommunale vegene og hva som skal gjøres de neste ti "
            "årene. Trafikksikkerhet er ikke en del av denne planen; tiltak langs skolevegene "
            "står i trafikksikkerhetsplanen 2024–2027.",
        ),
        ("h1", "2 Vegnettet"),
        (
            "table",
            ["Vegnett", "Mengde"],
            [
                ["Kommunal veg i alt", "142 km"],
                ["– med fast dekke", "81 km"],
                ["– grusveg", "61 km"],
                ["Bruer", "23"],
                ["Stikkrenner (registrert)", "1 180"],
            ],
            [90, 40],
        ),
        (
            "p",
            "I tillegg finnes om lag 90 km private veger i kommunen, de fleste skogsbilveger.",
        ),
        ("h1", "3 Tilstand"),
        (
            "p",
            "Vegene ble registrert sommeren 2026. Om lag en tredel av asfaltvegene har spor og "
            "sprekker, og 14 km grusveg mangler bæreevne i teleløsningen. Etterslepet er beregnet "
            "til 118 mill. kr, hvorav 74 mill. kr er forsterkning av grusveger.",
        ),
        ("h1", "4 Prioriterte strekninger"),
        (
            "table",
            ["Strekning", "Tiltak", "Kostnad", "Prioritet"],
            [
                ["Liavegen", "Forsterkning og asfalt", "9,5 mill.", "1"],
                ["Moldstad sentrum – Holen", "Reasfaltering", "4,2 mill.", "1"],
                ["Skarvegen", "Forsterkning", "6,8 mill.", "2"],
                ["Bruvegen, bru over Moldelva", "Nytt rekkverk og fuger", "1,9 mill.", "2"],
                ["Stikkrenner, 40 stk.", "Utskifting", "3,0 mill.", "3"],
            ],
            [50, 50, 30, 25],
        ),
        (
            "p",
            "Stikkrenner som er tette, knust eller har satt seg, skiftes etter hvert som de blir "
            "funnet.",
        ),
        ("break",),
        ("h1", "5 Vinterdrift"),
        (
            "p",
            "Vegene brøytes når det er kommet 8 cm snø, og vegene til skolene og sykehjemmet "
            "brøytes først. Strøing skjer ved glatt føre, og hovedvegene skal være strødd før "
            "skolebussen går. Brøytingen utføres i dag av sju lokale entreprenører.",
        ),
        ("h1", "6 Veglys"),
        (
            "p",
            "Kommunen har 1 350 lyspunkter. Om lag 900 av dem har gamle armaturer med "
            "kvikksølvdamp, som ikke lenger kan kjøpes. De skiftes til lysdioder innen 2029. "
            "Nye lyspunkter settes bare opp langs skoleveg og i boligfelt.",
        ),
        ("h1", "7 Meld fra"),
        (
            "p",
            "Hull i vegen, tette stikkrenner og lys som ikke virker kan meldes på kommunens "
            "nettside under «Meld feil», eller på telefon til servicetorget. Driftsleder veg "
            "svarer innen en uke.",
        ),
        ("h1", "8 Økonomi"),
        (
            "p",
            "Tiltakene i kapittel 4 krever til sammen 25,4 mill. kr i investeringer i "
            "planperioden, som foreslås fordelt over økonomiplanen.",
        ),
        (
            "p",
            "Grendelaget i Øvre Moldstad har spleiset på asfalt på siste del av Liavegen.",
        ),
    ]
    build_odt(
        p,
        d / "plan.odt",
        title="Hovedplan for kommunale veger 2027–2036",
        author="Moldstad kommune",
        header="Hovedplan for kommunale veger",
    )
    pts = [
        P("1", items[0], "content", "covered", ev="Vegnett Mengde"),
        P("2", items[1], "content", "covered", ev="Vegene ble registrert sommeren 2026"),
        P(
            "3",
            items[2],
            "content",
            "covered",
            ev="Strekning Tiltak Kostnad Prioritet",
        ),
        P(
            "4",
            items[3],
            "content",
            "uncovered",
            trap="private veger named once, as a fact about the road network",
        ),
        P(
            "5",
            items[4],
            "content",
            "partial",
            ev="Stikkrenner som er tette, knust",
            missing=["dimensjonering for kraftigere nedbør og flom"],
        ),
        P(
            "6",
            items[5],
            "content",
            "uncovered",
            trap="deferred in the introduction to the trafikksikkerhetsplan: shared words, no "
            "assessment",
        ),
        P(
            "7",
            items[6],
            "content",
            "partial",
            ev="Vegene brøytes når det er kommet",
            missing=["vurdering av egen regi mot entreprenører"],
            trap="'Brøytingen utføres i dag av sju lokale entreprenører' states the present "
            "arrangement, it does not assess it",
        ),
        P(
            "8",
            items[7],
            "content",
            "covered",
            ev="Kommunen har 1 350 lyspunkter",
            trap="answered in other words: veglys, lyspunkter, lysdioder",
        ),
        P("9", items[8], "content", "covered", ev="Hull i vegen, tette stikkrenner"),
        P(
            "10",
            items[9],
            "content",
            "partial",
            ev="Tiltakene i kapittel 4 krever",
            missing=["årlig budsjett for drift (vinterdrift, grøfting, veglys)"],
        ),
        P(
            "S1",
            s1,
            "process",
            "covered",
            ev="Moldstad kommune · Behandlet i teknisk utvalg",
            trap="answered only by the line under the title (24.09.2026)",
        ),
        P(
            "S2",
            s2,
            "deliverable",
            "covered",
            ev="Strekning Tiltak Kostnad Prioritet",
        ),
        P(
            "S3",
            s3,
            "process",
            "uncovered",
            trap="'Grendelaget i Øvre Moldstad har spleiset på asfalt' shares grendelag; nothing "
            "on innspill",
        ),
    ]
    return dict(
        language="nb",
        mandate="mandat.docx",
        plan="plan.odt",
        producer="mandat .docx: a requirement in the prose before the list, ten points typed "
        "'1. ' with a hanging indent, point 6 running over the page break, two requirements "
        "in one paragraph after the list; plan .odt (Writer)",
        points=pts,
    )


# =========================================================================== 4 kystsone (nn)


@pair
def kystsone(d: Path) -> dict:
    themes = [
        "Areal til akvakultur: kvar det kan liggje nye lokalitetar, og kva område som skal vere "
        "opne for fleirbruk.",
        "Fiskeri: gyteområde, kaste- og låssetjingsplassar og viktige fiskeplassar skal "
        "kartleggjast og takast omsyn til.",
        "Ferdsel og farleier, inkludert hamner og småbåthamner.",
        "Naturmangfald i sjø, mellom anna ålegras og korallrev.",
        "Friluftsliv og rekreasjon i strandsona og på sjøen.",
        "Klimaendringar og havnivåstiging.",
        "Samordning med nabokommunane, slik at planane heng saman over kommunegrensene.",
        "Konsekvensutgreiing av nye område for akvakultur.",
    ]
    s1 = "Det skal haldast eit ope møte for fiskarar og oppdrettarar i løpet av høyringsperioden."
    s2 = "Fiskeridirektoratet, Kystverket og statsforvaltaren skal inviterast til regionalt planforum."
    s3 = "Planforslaget skal innehalde føresegner for bruken av sjøareala."
    m = [
        ("meta", "SJØVÅG KOMMUNE"),
        ("title", "Planprogram for kommunedelplan for sjøareala (kystsoneplan)"),
        ("meta", "Fastsett av formannskapet 04.03.2026, sak 22/26"),
        ("h1", "1 Føremål"),
        (
            "p",
            "Sjøvåg har 310 km strandline og store sjøareal som blir brukte til fiske, havbruk, "
            "ferdsel og friluftsliv. Den gjeldande planen for sjøareala er frå 2009, og mange av "
            "lokalitetane i han er ikkje lenger i bruk. Planprogrammet gjer greie for kva "
            "planarbeidet skal svare på, korleis det skal gjerast og kven som skal vere med.",
        ),
        ("h1", "2 Tema i planarbeidet"),
        ("p", "Planen skal mellom anna handsame desse tema:"),
        ("num", themes),
        ("h1", "3 Medverknad"),
        (
            "p",
            "Planarbeidet vart kunngjort i Sjøvågsposten og på kommunen si nettside. "
            + s1
            + " "
            + s2,
        ),
        ("h1", "4 Planforslaget"),
        (
            "p",
            "Planen blir utarbeidd etter plan- og bygningslova kapittel 11. "
            + s3
            + " Plankartet skal vise arealformål i sjø og omsynssoner.",
        ),
        ("h1", "5 Framdrift"),
        (
            "table",
            ["Fase", "Tid"],
            [
                ["Planprogram fastsett", "Mars 2026"],
                ["Planforslag til første gongs handsaming", "September 2026"],
                ["Offentleg ettersyn", "Oktober–november 2026"],
                ["Vedtak i kommunestyret", "Februar 2027"],
            ],
            [90, 50],
        ),
    ]
    build_pdf(
        m,
        d / "planprogram.pdf",
        title="Planprogram – kommunedelplan for sjøareala",
        author="Sjøvåg kommune",
        header="Sjøvåg kommune – planprogram kystsoneplan",
        lang="nn-NO",
    )
    p = [
        ("title", "Kommunedelplan for sjøareala 2027–2039"),
        ("meta", "Sjøvåg kommune · Planomtale · Vedteken av kommunestyret 18.02.2027, sak 9/27"),
        ("h1", "1 Innleiing"),
        (
            "p",
            "Planen gjeld berre sjøareala. Strandsona og friluftsområda på land er handsama i "
            "kommuneplanen sin arealdel frå 2023.",
        ),
        (
            "p",
            "Fiskarlaget og oppdrettarane var med på eit arbeidsmøte i januar 2026. Eit ope møte "
            "for fiskarar og oppdrettarar vart halde på Sjøvåg samfunnshus 12. november 2026, "
            "medan planen låg ute på høyring. Kartgrunnlaget er henta frå Fiskeridirektoratet og "
            "Kystverket.",
        ),
        ("h1", "2 Akvakultur"),
        (
            "p",
            "Planen set av fire nye område for akvakultur (A) i Ytre Sjøvåg og Breivika. Elles "
            "er det meste av sjøarealet sett av til fleirbruk, der ferdsel, fiske, natur og "
            "friluftsliv har same vekt (FFNF), og der akvakultur ikkje er tillate. Sju gamle "
            "lokalitetar som ikkje er i bruk, går ut.",
        ),
        (
            "p",
            "Klimaendringane gjer at sjøtemperaturen stig, noko som aukar risikoen for lakselus "
            "i fjordane.",
        ),
        ("h1", "3 Fiske"),
        (
            "p",
            "Dei kartlagde gyteområda for torsk i Vågsfjorden og Kvernholmsundet er lagde inn "
            "som omsynssone, og nye akvakulturområde er lagde minst to kilometer unna. Viktige "
            "fiskeplassar for reketrål er haldne frie for anlegg.",
        ),
        ("h1", "4 Ferdsel"),
        (
            "p",
            "Hovudleia og bileia er viste i plankartet og er haldne frie for anlegg. Behovet for "
            "nye småbåthamner er ikkje vurdert i denne planen.",
        ),
        ("break",),
        ("h1", "5 Natur i sjø"),
        (
            "p",
            "Korallreva i Vågsfjorden er sette av som naturområde (N), der akvakultur, "
            "mudring og dumping ikkje er tillate.",
        ),
        ("h1", "6 Over kommunegrensa"),
        (
            "p",
            "Plankartet er samanstilt med planane til Hovland og Nesvik, og grenseområda i "
            "Breisundet vart drøfta i eit felles møte hausten 2026. Formåla heng saman over "
            "grensa.",
        ),
        ("h1", "7 Verknader av planen"),
        (
            "p",
            "Kvart av dei fire nye A-områda er vurdert for naturmangfald, fiske, ferdsel, "
            "landskap og friluftsliv i eit eige skjema i vedlegg 2. Samla blir verknadene vurderte "
            "som små til middels.",
        ),
        ("h1", "8 Føresegner"),
        (
            "p",
            "§ 1 Fleirbruk (FFNF): Tiltak som hindrar ferdsel, fiske eller friluftsliv er ikkje "
            "tillate.",
        ),
        (
            "p",
            "§ 2 Akvakultur (A): Anlegg med fortøyingar skal liggje innanfor formålsgrensa.",
        ),
        (
            "p",
            "§ 3 Naturområde (N): Akvakultur, mudring og dumping er ikkje tillate.",
        ),
    ]
    build_pdf(
        p,
        d / "plan.pdf",
        title="Kommunedelplan for sjøareala 2027–2039",
        author="Sjøvåg kommune",
        header="Sjøvåg kommune – kystsoneplan, planomtale",
        lang="nn-NO",
    )
    pts = [
        P("1", themes[0], "content", "covered", ev="Planen set av fire nye område"),
        P(
            "2",
            themes[1],
            "content",
            "partial",
            ev="Dei kartlagde gyteområda for torsk",
            missing=["kaste- og låssetjingsplassar"],
        ),
        P(
            "3",
            themes[2],
            "content",
            "partial",
            ev="Hovudleia og bileia er viste",
            missing=["hamner og småbåthamner (utsett)"],
        ),
        P(
            "4",
            themes[3],
            "content",
            "partial",
            ev="Korallreva i Vågsfjorden er sette av",
            missing=["ålegras"],
        ),
        P(
            "5",
            themes[4],
            "content",
            "uncovered",
            trap="deferred in the introduction to the arealdel; FFNF names friluftsliv as one "
            "use of the sea among four, with nothing on recreation",
        ),
        P(
            "6",
            themes[5],
            "content",
            "uncovered",
            trap="klimaendringane named once, as a cause of lakselus; nothing on havnivå",
        ),
        P(
            "7",
            themes[6],
            "process",
            "covered",
            ev="Plankartet er samanstilt med planane",
            trap="answered under the heading 'Over kommunegrensa' in other words",
        ),
        P(
            "8",
            themes[7],
            "deliverable",
            "covered",
            ev="Kvart av dei fire nye A-områda",
            trap="answered in other words: 'verknader' and 'vurdert … i eit eige skjema' for "
            "konsekvensutgreiing",
        ),
        P(
            "S1",
            s1,
            "process",
            "covered",
            ev="Fiskarlaget og oppdrettarane var med",
            trap="process point answered in the introduction",
        ),
        P(
            "S2",
            s2,
            "process",
            "uncovered",
            trap="Fiskeridirektoratet and Kystverket named as map sources; no planforum",
        ),
        P("S3", s3, "deliverable", "covered", ev="§ 1 Fleirbruk (FFNF)"),
    ]
    return dict(
        language="nn",
        mandate="planprogram.pdf",
        plan="plan.pdf",
        producer="planprogram PDF: themes as a Word-numbered list after a lead-in, requirements "
        "in the prose of sections 3 and 4, a timetable table; plan PDF",
        points=pts,
    )


# =========================================================================== 5 frivillighed (da)


@pair
def frivillighed(d: Path) -> dict:
    tasks = [
        "beskrive foreningslivet og de frivillige sociale indsatser i kommunen i dag",
        "komme med forslag til, hvordan kommunen kan gøre det lettere at være frivillig, fx "
        "gennem færre regler og enklere ansøgninger",
        "afdække, hvordan kommunen kan samarbejde med foreninger om opgaver på ældre- og "
        "socialområdet",
        "vurdere, hvordan flere unge kan blive frivillige",
        "beskrive kommunens økonomiske støtte til frivilligheden, herunder tilskud efter "
        "servicelovens § 18",
        "vurdere, om der skal etableres et frivilligråd",
        "beskrive, hvordan kommunen anerkender de frivillige",
        "komme med forslag til, hvordan borgere uden for arbejdsmarkedet kan inddrages som "
        "frivillige",
        "beskrive, hvordan politikken skal følges op og evalueres",
    ]
    s1 = "Frivilligcenter Løvstrup og Folkeoplysningsudvalget skal inddrages i arbejdet."
    s2 = "Der afholdes et dialogmøde med foreningerne, inden politikken sendes i høring."
    s3 = "Politikken skal godkendes af byrådet senest i juni 2026."
    m = [
        ("meta", "LØVSTRUP KOMMUNE · Kultur og Fritid"),
        ("title", "Kommissorium for arbejdsgruppe om ny frivillighedspolitik"),
        ("meta", "Godkendt i Kultur- og Fritidsudvalget den 14. oktober 2025"),
        ("h2", "Baggrund"),
        (
            "p",
            "Løvstrup Kommunes frivillighedspolitik er fra 2013. Siden da er der kommet nye "
            "former for frivillighed, og flere foreninger melder om, at det er svært at "
            "finde frivillige til bestyrelsesarbejdet.",
        ),
        ("h2", "Formål"),
        (
            "p",
            "Formålet er en ny frivillighedspolitik, der styrker samarbejdet mellem kommunen og "
            "civilsamfundet.",
        ),
        ("h2", "Opgaver"),
        ("p", "Arbejdsgruppen skal:"),
        ("bullets", tasks),
        ("h2", "Organisering"),
        (
            "p",
            "Arbejdsgruppen består af kultur- og fritidschefen (formand), en konsulent fra "
            "Social og Sundhed og to repræsentanter for foreningerne. " + s1,
        ),
        ("h2", "Tidsplan"),
        (
            "p",
            "Arbejdet begynder i november 2025. " + s2 + " " + s3,
        ),
    ]
    build_pdf(
        m,
        d / "kommissorium.pdf",
        title="Kommissorium – frivillighedspolitik",
        author="Løvstrup Kommune",
        header="Løvstrup Kommune – kommissorium",
        lang="da-DK",
    )
    p = [
        ("title", "Frivillighedspolitik 2026–2029"),
        ("meta", "Løvstrup Kommune · juni 2026"),
        ("h1", "Forord"),
        (
            "p",
            "Politikken er skrevet af en arbejdsgruppe med kultur- og fritidschefen, Social og "
            "Sundhed og to repræsentanter for foreningerne, i tæt samarbejde med Frivilligcenter "
            "Løvstrup. Over 80 foreninger deltog i dialogmødet på rådhuset i februar 2026, og "
            "deres forslag er skrevet ind i politikken.",
        ),
        ("h1", "Frivilligheden i Løvstrup i dag"),
        (
            "p",
            "Der er 212 foreninger i kommunen, fra idrætsforeninger og spejdere til "
            "besøgstjenester og lektiecaféer. Omkring hver tredje borger over 16 år er frivillig. "
            "Frivilligcenter Løvstrup formidler frivillige til 60 sociale foreninger og ligger i "
            "samme bygning som Jobcentret.",
        ),
        ("h1", "Let at være frivillig"),
        (
            "p",
            "Foreningerne skal have én indgang til kommunen. Ansøgningsskemaerne til lokaler og "
            "tilskud samles i ét skema på én side, og foreningerne skal kun indsende regnskab én "
            "gang om året.",
        ),
        ("h1", "Frivillige på plejecentrene"),
        (
            "p",
            "Kommunen indgår aftaler med foreningerne om besøgsvenner, gåture og "
            "cykling uden alder på alle fire plejecentre. Hvert plejecenter får en fast "
            "kontaktperson for de frivillige.",
        ),
        ("h1", "Unge frivillige"),
        (
            "p",
            "Sammen med ungdomsskolen og gymnasiet laver vi en årlig Ung-frivillig-dag, hvor "
            "foreningerne viser, hvad unge kan lave hos dem. Unge kan få frivilligt arbejde "
            "skrevet på et bevis, som de kan bruge, når de søger job og uddannelse.",
        ),
        ("break",),
        ("h1", "Tilskud og lokaler"),
        (
            "p",
            "Foreningerne kan låne kommunens skoler, haller og mødelokaler gratis. Hvert år "
            "uddeler kommunen 1,4 mio. kr. efter servicelovens § 18 til frivilligt socialt arbejde "
            "og 3,2 mio. kr. i aktivitetstilskud efter folkeoplysningsloven.",
        ),
        ("h1", "Tak for indsatsen"),
        (
            "p",
            "Hver september holder byrådet Frivillighedsfesten, hvor prisen Årets ildsjæl "
            "uddeles. Alle frivillige er inviteret.",
        ),
        ("h1", "Opfølgning"),
        (
            "p",
            "Kultur- og Fritidsudvalget drøfter hvert år status på politikken på et dialogmøde "
            "med foreningerne. Ældrerådet og Handicaprådet har haft politikken i høring.",
        ),
    ]
    build_docx(
        p,
        d / "plan.docx",
        title="Frivillighedspolitik 2026–2029",
        author="Løvstrup Kommune",
        header="Løvstrup Kommune – frivillighedspolitik",
        lang="da-DK",
    )
    pts = [
        P(
            "1",
            tasks[0],
            "content",
            "covered",
            ev="Der er 212 foreninger i kommunen",
            trap="answered under a heading in other words ('Frivilligheden i Løvstrup i dag')",
        ),
        P(
            "2",
            tasks[1],
            "content",
            "covered",
            ev="Foreningerne skal have én indgang",
        ),
        P(
            "3",
            tasks[2],
            "content",
            "partial",
            ev="Kommunen indgår aftaler med foreningerne",
            missing=["samarbejde på socialområdet"],
        ),
        P(
            "4",
            tasks[3],
            "content",
            "covered",
            ev="Sammen med ungdomsskolen og gymnasiet",
        ),
        P(
            "5",
            tasks[4],
            "content",
            "covered",
            ev="Foreningerne kan låne kommunens skoler",
        ),
        P(
            "6",
            tasks[5],
            "content",
            "uncovered",
            trap="Ældrerådet and Handicaprådet named as høring bodies share råd; no frivilligråd",
        ),
        P(
            "7",
            tasks[6],
            "content",
            "covered",
            ev="Hver september holder byrådet",
            trap="answered in other words ('Tak for indsatsen', a party and a prize)",
        ),
        P(
            "8",
            tasks[7],
            "content",
            "uncovered",
            trap="Jobcentret named only as the building the Frivilligcenter shares",
        ),
        P(
            "9",
            tasks[8],
            "process",
            "partial",
            ev="Kultur- og Fritidsudvalget drøfter hvert år",
            missing=["en evaluering af politikken"],
        ),
        P(
            "S1",
            s1,
            "process",
            "partial",
            ev="Politikken er skrevet af en arbejdsgruppe",
            missing=["Folkeoplysningsudvalget"],
        ),
        P(
            "S2",
            s2,
            "process",
            "covered",
            ev="Politikken er skrevet af en arbejdsgruppe",
            trap="process point answered in the foreword",
        ),
        P(
            "S3",
            s3,
            "process",
            "uncovered",
            trap="the plan is dated 'juni 2026' under the title; nothing says the byråd approved it",
        ),
    ]
    return dict(
        language="da",
        mandate="kommissorium.pdf",
        plan="plan.docx",
        producer="kommissorium PDF (Danish): tasks as Word symbol bullets after 'Arbejdsgruppen "
        "skal:', requirements in the prose of 'Organisering' and 'Tidsplan'; plan .docx",
        points=pts,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    check = _b3._first_batch_builder().check_points_in_mandate
    for name in argv or list(PAIRS):
        d = HERE / name
        d.mkdir(exist_ok=True)
        info = PAIRS[name](d)
        check(d, info["mandate"], info["points"])
        pages = rendered_pages(d / info["plan"])
        header = (
            f"# Blind gold for the {name} pair ({info['language']}): rebuilt by "
            "corpora/mandates-blind4/make_pairs.py.\n"
            f"# Producer: {info['producer']}.\n"
            "# status: covered | partial | uncovered; kind: content | deliverable | process;\n"
            "# missing: what the plan leaves out (planner's words); evidence: page of the\n"
            "# answering passage and its opening words; S-numbers: requirements in the prose.\n"
        )
        write_gold(
            d / "coverage.gold.yaml",
            header=header,
            plan=info["plan"],
            mandate=info["mandate"],
            language=info["language"],
            points=info["points"],
            pages=pages,
        )
        n = {
            s: sum(p["status"] == s for p in info["points"])
            for s in ("covered", "partial", "uncovered")
        }
        print(f"{name}: {len(info['points'])} points {n}")


if __name__ == "__main__":
    main(sys.argv[1:])
