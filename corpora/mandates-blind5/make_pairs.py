"""Build the fifth blind batch of mandate/plan pairs under corpora/mandates-blind5/ and their gold.

Written on 2026-12-02 without reading plancheck's code, from how mandates are really delivered:
a planprogram in Word for a kommunedelplan for gravplasser, with a requirement in the background
prose before the list, themes typed "1)⇥" (and "10) " with a plain space) and typed "a)⇥"
sub-items, requirements in the prose sections after the list; a saksframlegg whose innstilling
has twelve typed points ("10.Sikre" with no space), point 9 running over the page break, and two
requirements in the assessment on page 2; a nynorsk oppdragsbrev in Word with Word numbering,
Word-lettered sub-items and requirements before and after the list; and a Swedish
protokollsutdrag whose att-satser are typed "1. " with a hanging indent and one typed
"8.Beskriva" without a space. Plans answer in their own words, sometimes partly, sometimes only
in the foreword or the adoption line, sometimes not at all; the traps (a term named once in
passing, shared words without an answer, a point deferred to another plan, an adoption by the
wrong body) are noted in the gold.

    python corpora/mandates-blind5/make_pairs.py                       # all pairs
    python corpora/mandates-blind5/make_pairs.py gravplass maltid      # some pairs

Uses the block writer and gold writer of corpora/mandates-blind/_build.py, the point helpers and
Writer (.odt) export of corpora/mandates-blind3/make_pairs.py and the first batch's construction
check (all imported; python-docx, LibreOffice with a private profile, pinned zip times, core
properties, PDF dates/ids and meta.xml), so a rebuild gives the same files. Evidence pages are
read from the plan as LibreOffice renders it.
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
P, typed, lettered, build_odt = _b3.P, _b3.typed, _b3.lettered, _b3.build_odt

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


# =========================================================================== 1 gravplass (nb)


@pair
def gravplass(d: Path) -> dict:
    items = [
        "Behovet for nye graver fram mot 2040, beregnet ut fra befolkningsframskrivinger og "
        "andelen kremasjoner.",
        (
            "Utvidelse av disse gravplassene:",
            ["Lauvhaug kirkegård", "Nordre gravplass", "Skogheim gravplass"],
        ),
        "Grunnforhold og avstand til grunnvann for nye gravfelt.",
        "Tilrettelegging for tros- og livssynssamfunn, blant annet egne felt for muslimske graver.",
        "Behovet for minnelund, navnet minnelund og askespredning.",
        "Universell utforming av gangveier, parkering og toaletter på gravplassene.",
        "Drift og vedlikehold, herunder gressklipping, snørydding og stell av gravminner.",
        "Kulturhistorisk verdifulle gravminner og kirkegårdenes kulturminneverdier.",
        "Økonomiske konsekvenser, med investeringsbehov og årlige driftsutgifter.",
        "Klimatilpasning og håndtering av overvann på gravplassene.",
        "Gravplassenes verdi som grøntområde og stille sted i nærmiljøet.",
    ]
    item2 = (
        "Utvidelse av disse gravplassene: Lauvhaug kirkegård; Nordre gravplass; Skogheim gravplass"
    )
    s1 = "Lauvhaug kirkelige fellesråd skal være representert i arbeidsgruppa."
    s2 = "Tros- og livssynssamfunnene i kommunen skal inviteres til et eget møte om planen."
    s3 = "Planforslaget skal ha plankart og bestemmelser for hver gravplass."
    themes = []
    for i, it in enumerate(items, start=1):
        sep = "\t" if i < 10 else " "  # the clerk typed 10) and 11) with a plain space
        if isinstance(it, tuple):
            themes.append(("typed", f"{i})", it[0], sep, 7))
            themes.extend(lettered(it[1], indent=6, left=7))
        else:
            themes.append(("typed", f"{i})", it, sep, 7))
    m = [
        ("meta", "LAUVHAUG KOMMUNE"),
        ("title", "Planprogram for kommunedelplan for gravplasser 2027–2040"),
        ("meta", "Fastsatt av formannskapet 11.02.2026, sak 14/26 · Arkivsak 25/1877"),
        ("h1", "1 Bakgrunn og formål"),
        (
            "p",
            "Kommunen har etter gravplassloven ansvaret for at det er nok gravplasser. I "
            "Lauvhaug er forvaltningen lagt til kirkelig fellesråd, mens kommunen betaler "
            "anlegg og drift. Nordre gravplass vil være full om seks til åtte år, og det er "
            "ikke lenger plass til nye kistegraver ved Lauvhaug kirke. " + s1 + " Planen skal "
            "gi et grunnlag for arealbruk og investeringer de neste femten årene.",
        ),
        ("h1", "2 Utredningstemaer"),
        ("p", "Planarbeidet skal utrede og beskrive:"),
        *themes,
        ("h1", "3 Medvirkning"),
        (
            "p",
            "Oppstart av planarbeidet kunngjøres i Lauvhaug Avis og på kommunens nettside. "
            + s2
            + " Planforslaget legges ut til offentlig ettersyn i seks uker.",
        ),
        ("h1", "4 Planforslaget"),
        (
            "p",
            "Kommunedelplanen utarbeides etter plan- og bygningsloven kapittel 11. "
            + s3
            + " Konsekvensene for naboer, trafikk og landbruk vurderes i planbeskrivelsen.",
        ),
        ("h1", "5 Framdrift"),
        (
            "table",
            ["Fase", "Tidspunkt"],
            [
                ["Planprogram fastsatt", "Februar 2026"],
                ["Planforslag til 1. gangs behandling", "Januar 2027"],
                ["Offentlig ettersyn", "Februar–mars 2027"],
                ["Vedtak i kommunestyret", "Juni 2027"],
            ],
            [90, 50],
        ),
    ]
    build_docx(
        m,
        d / "planprogram.docx",
        title="Planprogram – kommunedelplan for gravplasser",
        author="Lauvhaug kommune",
        header="Lauvhaug kommune – planprogram gravplasser",
    )
    p = [
        ("title", "Kommunedelplan for gravplasser 2027–2040"),
        (
            "meta",
            "Lauvhaug kommune · Planbeskrivelse · Vedtatt av kommunestyret 17.06.2027, sak 52/27",
        ),
        ("h1", "Forord"),
        (
            "p",
            "Planen er laget av en arbeidsgruppe med kirkevergen og driftslederen for "
            "gravplassene i fellesrådet, arealplanleggeren og eiendomssjefen i kommunen. I mars "
            "2027 møtte Lauvhaug menighet, Den katolske kirke, Lauvhaug moské og Human-Etisk "
            "Forbund arbeidsgruppa på rådhuset, og innspillene deres er tatt inn i kapittel 3.",
        ),
        (
            "p",
            "Kirkegården rundt Lauvhaug kirke ble tatt i bruk i 1732 og er den eldste i kommunen.",
        ),
        ("h1", "1 Hvor mange graver trenger vi?"),
        (
            "p",
            "SSBs framskriving viser at det årlige antallet dødsfall i Lauvhaug vil øke fra "
            "om lag 95 i dag til 130 i 2040. Fire av ti velger i dag kremasjon, og vi regner "
            "med at andelen stiger til halvparten. Med fredningstid på 20 år trenger kommunen "
            "om lag 1 100 nye kistegraver og 600 urnegraver fram til 2040.",
        ),
        ("h1", "2 Nye gravfelt"),
        (
            "p",
            "Lauvhaug kirkegård utvides med 4,2 dekar mot vest på dyrka mark som kommunen har "
            "kjøpt. Nordre gravplass utvides mot nord med 6 dekar, slik at den dekker behovet "
            "for kistegraver til etter 2040. Før feltene reguleres, gjøres det "
            "grunnundersøkelser i reguleringsplanen.",
        ),
        ("h1", "3 Gravfelt for alle"),
        (
            "p",
            "På Nordre gravplass settes det av et felt der gravene ligger vendt mot Mekka, med "
            "egen adkomst og et rom for rituell vask i servicebygget. Seremonirommet i "
            "servicebygget kan brukes uten religiøse symboler.",
        ),
        ("h1", "4 Minnelund"),
        (
            "p",
            "Den anonyme minnelunden ved Lauvhaug kirke har plass i mange år til. I 2028 "
            "anlegges en navnet minnelund på Nordre gravplass, der navnene settes på en felles "
            "plate og de pårørende ikke har ansvar for stell.",
        ),
        ("h1", "5 Skjøtsel"),
        (
            "p",
            "Plenene slås hver tredje uke fra mai til september, og hovedgangene brøytes og "
            "strøs før seremonier. Festerne har ansvaret for egne gravminner. Fellesrådet "
            "kontrollerer gravminnene hvert femte år og legger ned dem som står ustøtt. "
            "Gangveiene på Lauvhaug kirkegård grusbelegges på nytt i 2028.",
        ),
        ("break",),
        ("h1", "6 Et sted for ro"),
        (
            "p",
            "Mange bruker gravplassene til en rolig tur. Ved Nordre gravplass plantes en allé "
            "av lind langs hovedgangen, og det settes ut benker ved minnelunden. Gravplassene "
            "skal fortsatt være åpne hele døgnet.",
        ),
        (
            "p",
            "Fellesrådet oppfordrer de pårørende til å velge klimavennlige gravlys uten "
            "plasthylse.",
        ),
        ("h1", "7 Investeringer"),
        (
            "table",
            ["Tiltak", "År", "Kostnad (mill. kr)"],
            [
                ["Utvidelse av Lauvhaug kirkegård", "2028", "6,5"],
                ["Utvidelse av Nordre gravplass", "2030", "11,0"],
                ["Navnet minnelund", "2028", "1,2"],
                ["Rom for rituell vask i servicebygget", "2029", "0,8"],
            ],
            [90, 20, 40],
        ),
        ("h1", "8 Plankart og arealformål"),
        (
            "p",
            "Plankartet i vedlegg 1 viser de nye gravfeltene som areal for grav- og urnelund. "
            "Eksisterende gravplasser videreføres med samme formål.",
        ),
    ]
    build_docx(
        p,
        d / "plan.docx",
        title="Kommunedelplan for gravplasser 2027–2040",
        author="Lauvhaug kommune",
        header="Lauvhaug kommune – kommunedelplan for gravplasser",
    )
    pts = [
        P(
            "1",
            items[0],
            "content",
            "covered",
            ev="SSBs framskriving viser at det",
            trap="answered under a question heading ('Hvor mange graver trenger vi?') in other "
            "words (dødsfall, kremasjon, kistegraver og urnegraver)",
        ),
        P(
            "2",
            item2,
            "content",
            "partial",
            ev="Lauvhaug kirkegård utvides med",
            missing=["Skogheim gravplass"],
        ),
        P(
            "3",
            items[2],
            "content",
            "uncovered",
            trap="deferred: 'grunnundersøkelser gjøres i reguleringsplanen'; nothing on "
            "grunnforhold or grunnvann in this plan",
        ),
        P(
            "4",
            items[3],
            "content",
            "covered",
            ev="På Nordre gravplass settes det",
            trap="answered in other words ('Gravfelt for alle', graves 'vendt mot Mekka', a "
            "ceremony room without religious symbols); muslimske not named",
        ),
        P(
            "5",
            items[4],
            "content",
            "partial",
            ev="Den anonyme minnelunden ved Lauvhaug",
            missing=["askespredning"],
        ),
        P(
            "6",
            items[5],
            "content",
            "uncovered",
            trap="shared words without an answer: 'Gangveiene … grusbelegges på nytt' is "
            "maintenance; nothing on access for people with disabilities, parking or toilets",
        ),
        P(
            "7",
            items[6],
            "content",
            "covered",
            ev="Plenene slås hver tredje uke",
            trap="answered in other words under 'Skjøtsel' (plenene slås, brøytes og strøs, "
            "gravminnene kontrolleres)",
        ),
        P(
            "8",
            items[7],
            "content",
            "uncovered",
            trap="named in passing: the churchyard 'tatt i bruk i 1732' is a fact in the "
            "foreword; nothing on protecting gravminner or cultural heritage values",
        ),
        P(
            "9",
            items[8],
            "content",
            "partial",
            ev="Tiltak År Kostnad (mill. kr)",
            missing=["årlige driftsutgifter"],
        ),
        P(
            "10",
            items[9],
            "content",
            "uncovered",
            trap="'klimavennlige gravlys' shares klima; nothing on overvann or climate adaptation",
        ),
        P(
            "11",
            items[10],
            "content",
            "covered",
            ev="Mange bruker gravplassene til en rolig tur",
            trap="answered under 'Et sted for ro' (a walk, an avenue of lime trees, benches)",
        ),
        P(
            "S1",
            s1,
            "process",
            "covered",
            ev="Planen er laget av en arbeidsgruppe",
            trap="a requirement in the background prose before the list; answered in the "
            "foreword (kirkevergen and the fellesråd's driftsleder in the working group)",
        ),
        P(
            "S2",
            s2,
            "process",
            "covered",
            ev="Planen er laget av en arbeidsgruppe",
            trap="process point answered in the foreword (a meeting in March 2027 with the "
            "congregations, the mosque and Human-Etisk Forbund)",
        ),
        P(
            "S3",
            s3,
            "deliverable",
            "partial",
            ev="Plankartet i vedlegg 1 viser",
            missing=["bestemmelser for hver gravplass"],
        ),
    ]
    return dict(
        language="nb",
        mandate="planprogram.docx",
        plan="plan.docx",
        producer="planprogram .docx: a requirement in the background prose before the list, "
        "themes typed '1)⇥' with a hanging indent ('10) ' and '11) ' with a plain space), typed "
        "'a)⇥' sub-items under theme 2, requirements in the prose of sections 3 and 4, a "
        "timetable table; plan .docx",
        points=pts,
    )


# =========================================================================== 2 anskaffelse (nb)


@pair
def anskaffelse(d: Path) -> dict:
    items = [
        "Gjøre rede for hva kommunen kjøper inn i dag, fordelt på kategorier og leverandører.",
        "Beskrive hvordan lokale og små leverandører kan få bedre muligheter til å delta i "
        "konkurransene.",
        "Sikre at klima- og miljøhensyn vektes med minst 30 prosent i konkurranser der det er "
        "relevant.",
        "Foreslå tiltak mot arbeidslivskriminalitet og sosial dumping, blant annet krav om "
        "lærlinger og en grense for antall ledd i leverandørkjeden.",
        "Vurdere om kommunen skal inngå et innkjøpssamarbeid med nabokommunene eller "
        "fylkeskommunen.",
        "Beskrive hvordan innkjøpsarbeidet skal organiseres, herunder ansvar, fullmakter og "
        "innkjøpsfaglig kompetanse i enhetene.",
        "Vurdere hvordan kommunen kan bruke innkjøpene til å fremme innovasjon, for eksempel "
        "gjennom dialog med markedet før konkurransen, funksjonsbaserte krav og "
        "innovasjonspartnerskap, særlig innenfor helse og omsorg der behovet for nye løsninger "
        "er størst de kommende årene.",
        "Sikre at inngåtte avtaler følges opp, blant annet gjennom kontraktsoppfølging og "
        "avtalelojalitet.",
        "Beskrive hvordan kommunen skal ta i bruk digitale verktøy i innkjøpsprosessen, som "
        "elektronisk bestilling og elektronisk faktura.",
        "Sikre at anskaffelsene tar hensyn til menneskerettigheter i leverandørkjeden, særlig "
        "ved kjøp av IKT-utstyr og arbeidstøy.",
        "Beskrive risikoen for feil og misligheter, og hvordan internkontrollen skal sikre at "
        "regelverket følges.",
        "Angi mål og måleindikatorer for strategien.",
    ]
    s1 = (
        "Strategien skal behandles i formannskapet før den legges fram for kommunestyret innen "
        "utgangen av 2026."
    )
    s2 = "Steinsund næringsforening skal trekkes med i arbeidet."
    m = [
        ("meta", "STEINSUND KOMMUNE"),
        ("title", "Saksframlegg"),
        (
            "table",
            ["Utvalg", "Møtedato", "Saksnr."],
            [
                ["Formannskapet", "03.03.2026", "19/26"],
                ["Kommunestyret", "19.03.2026", "23/26"],
            ],
            [60, 40, 40],
        ),
        ("meta", "Saksbehandler: Eirik Nygård · Arkivsak: 26/310 · Arkivkode: 052"),
        ("h1", "Anskaffelsesstrategi 2027–2030 – bestilling"),
        ("meta", "Vedlegg: 1 Innkjøpsstrategi 2016–2020 · 2 Forvaltningsrevisjon av innkjøp 2024"),
        ("h2", "Sammendrag"),
        (
            "p",
            "Kommunen bruker hvert år store beløp på varer, tjenester og bygg, og regelverket "
            "for offentlige anskaffelser er endret flere ganger siden den forrige strategien "
            "ble vedtatt. Forvaltningsrevisjonen fra 2024 viste at kommunen mangler oversikt "
            "over en del av kjøpene, og at rammeavtalene ikke alltid blir brukt. "
            "Kommunedirektøren foreslår derfor at det lages en ny anskaffelsesstrategi, og at "
            "kommunestyret i denne saken sier hva strategien skal svare på. Saken legges fram "
            "for formannskapet og kommunestyret.",
        ),
        (
            "p",
            "Forslaget har ingen økonomiske konsekvenser ut over arbeidstiden i innkjøpsenheten "
            "og i de enhetene som deltar, og arbeidet kan gjøres innenfor gjeldende budsjett. "
            "Strategien skal gjelde for alle enheter, også de kommunale foretakene.",
        ),
        ("h2", "Kommunedirektørens forslag til vedtak"),
        (
            "p",
            "Kommunestyret ber kommunedirektøren utarbeide en anskaffelsesstrategi for perioden "
            "2027–2030. Strategien skal:",
        ),
        *typed(items, sep="auto", indent=8),
        ("h2", "Saksopplysninger"),
        (
            "p",
            "Steinsund kommune kjøpte i 2025 varer og tjenester for over 400 mill. kr, nesten "
            "en tredjedel av driftsbudsjettet. Den gjeldende innkjøpsstrategien er fra 2016 og "
            "tar ikke opp regelendringene som har kommet siden, blant annet kravet om å vekte "
            "klima og miljø og forskriften om seriøsitet i bygg og anlegg.",
        ),
        ("h2", "Vurdering"),
        (
            "p",
            "Kommunedirektøren mener en ny strategi er nødvendig for å få mer ut av "
            "innkjøpene. Arbeidet ledes av innkjøpssjefen, med deltakere fra økonomi, eiendom "
            "og helse og omsorg. " + s2 + " " + s1,
        ),
    ]
    build_pdf(
        m,
        d / "saksframlegg.pdf",
        title="Saksframlegg – anskaffelsesstrategi 2027–2030",
        author="Steinsund kommune",
        header="Steinsund kommune – saksframlegg 26/310",
    )
    p = [
        ("title", "Anskaffelsesstrategi 2027–2030"),
        ("meta", "Steinsund kommune · Vedtatt av kommunestyret 10.12.2026, sak 91/26"),
        ("h1", "1 Innledning"),
        (
            "p",
            "Hver tredje krone i kommunens driftsbudsjett går til kjøp av varer, tjenester og "
            "bygg. Strategien sier hvordan vi skal handle smartere, tryggere og grønnere. Den er "
            "laget av innkjøpssjefen sammen med økonomi, eiendom og helse og omsorg. Steinsund "
            "næringsforening har deltatt på to arbeidsmøter og kommentert utkastet.",
        ),
        (
            "p",
            "Strategien bygger på forvaltningsrevisjonen av innkjøp fra 2024. Steinsund var med "
            "i Innkjøpssamarbeidet i Vikfjord fram til 2019.",
        ),
        ("h1", "2 Hva handler vi?"),
        (
            "p",
            "I 2025 betalte kommunen 412 mill. kr til 1 180 leverandører. Bygg og anlegg stod "
            "for 38 prosent, helse- og omsorgstjenester for 21 prosent og IKT for 9 prosent. "
            "De 40 største leverandørene fikk tre av fire kroner. Lokale bedrifter fikk 27 "
            "prosent av beløpet.",
        ),
        ("h1", "3 Enklere for bedriftene i Steinsund"),
        (
            "p",
            "Det skal være enkelt for små og lokale bedrifter å gi tilbud. Vi deler store "
            "kontrakter i mindre delkontrakter der det lar seg gjøre, legger ut en oversikt "
            "over planlagte konkurranser et halvt år før de kunngjøres, og holder en "
            "leverandørdag hvert år sammen med næringsforeningen.",
        ),
        ("h1", "4 Grønne innkjøp"),
        (
            "p",
            "Klima og miljø skal alltid vurderes, enten som krav til det vi kjøper eller som "
            "kriterium når vi velger tilbud. Nye tjenestebiler skal være utslippsfrie, og "
            "byggeplassene våre skal være fossilfrie fra 2028.",
        ),
        ("h1", "5 Seriøse leverandører"),
        (
            "p",
            "Steinsundmodellen gjelder for alle kontrakter innen bygg, anlegg og renhold: "
            "høyst to ledd med underleverandører, minst én lærling på kontrakter over 1,3 mill. "
            "kr og betaling til bank. Kommunen kontrollerer lønns- og arbeidsvilkår på minst "
            "fem kontrakter i året.",
        ),
        ("h1", "6 Hvem gjør hva"),
        (
            "p",
            "Innkjøpsenheten har tre rådgivere og leder alle konkurranser over 500 000 kr. "
            "Enhetslederne har fullmakt til å bestille på rammeavtalene opp til 100 000 kr. "
            "Kommunedirektøren signerer avtaler over 5 mill. kr.",
        ),
        ("break",),
        ("h1", "7 Nye løsninger i helse og omsorg"),
        (
            "p",
            "Da vi skulle kjøpe trygghetsalarmer i 2025, beskrev vi hva tjenesten skulle "
            "oppnå, ikke hvilke produkter vi ville ha, og vi møtte leverandørene før "
            "konkurransen ble kunngjort. Slik vil vi jobbe med flere av de store kjøpene i helse "
            "og omsorg, og vi vil prøve ut et innovasjonspartnerskap innen velferdsteknologi.",
        ),
        ("h1", "8 Rammeavtalene"),
        (
            "p",
            "Alle enheter skal bruke rammeavtalene. Kjøp utenfor avtale rapporteres til "
            "innkjøpsenheten hver måned, og avtalekatalogen på intranettet viser hvilke avtaler "
            "som gjelder.",
        ),
        ("h1", "9 Digitale innkjøp"),
        (
            "p",
            "Innen 2028 skal alle varebestillinger gå gjennom netthandelsløsningen, slik at "
            "enhetene bare ser varene på avtalene våre.",
        ),
        (
            "p",
            "PC-er og nettbrett leases over fire år. Arbeidstøyet til hjemmetjenesten kjøpes "
            "på rammeavtalen til fylkeskommunen.",
        ),
        ("h1", "10 Oppfølging"),
        (
            "p",
            "Innkjøpssjefen rapporterer hvert år i årsmeldingen om hvordan strategien følges opp.",
        ),
    ]
    build_odt(
        p,
        d / "plan.odt",
        title="Anskaffelsesstrategi 2027–2030",
        author="Steinsund kommune",
        header="Steinsund kommune – anskaffelsesstrategi",
    )
    pts = [
        P(
            "1",
            items[0],
            "content",
            "covered",
            ev="I 2025 betalte kommunen 412 mill. kr",
            trap="answered under a question heading ('Hva handler vi?')",
        ),
        P(
            "2",
            items[1],
            "content",
            "covered",
            ev="Det skal være enkelt for små",
            trap="answered in other words ('gi tilbud', delkontrakter, a leverandørdag)",
        ),
        P(
            "3",
            items[2],
            "content",
            "partial",
            ev="Klima og miljø skal alltid vurderes",
            missing=["vekting av klima og miljø med minst 30 prosent"],
        ),
        P(
            "4",
            items[3],
            "content",
            "covered",
            ev="Steinsundmodellen gjelder for alle kontrakter",
            trap="answered under 'Seriøse leverandører' in other words (høyst to ledd, minst én "
            "lærling); arbeidslivskriminalitet and sosial dumping not named",
        ),
        P(
            "5",
            items[4],
            "content",
            "uncovered",
            trap="named in passing: 'var med i Innkjøpssamarbeidet i Vikfjord fram til 2019' is "
            "history; the fylkeskommune's framework agreement for work clothes is not an "
            "assessment of cooperation",
        ),
        P(
            "6",
            items[5],
            "content",
            "partial",
            ev="Innkjøpsenheten har tre rådgivere",
            missing=["innkjøpsfaglig kompetanse i enhetene"],
        ),
        P(
            "7",
            items[6],
            "content",
            "covered",
            ev="Da vi skulle kjøpe trygghetsalarmer",
            trap="answered by an example in other words ('beskrev vi hva tjenesten skulle oppnå' for funksjonsbaserte krav, "
            "'møtte leverandørene før konkurransen' for markedsdialog)",
        ),
        P(
            "8",
            items[7],
            "content",
            "partial",
            ev="Alle enheter skal bruke rammeavtalene",
            missing=["kontraktsoppfølging av leverandørene"],
        ),
        P(
            "9",
            items[8],
            "content",
            "partial",
            ev="Innen 2028 skal alle varebestillinger",
            missing=["elektronisk faktura"],
            trap="the point runs over the page break in the mandate, and the part the plan "
            "leaves out ('elektronisk faktura') is the part printed on page 2",
        ),
        P(
            "10",
            items[9],
            "content",
            "uncovered",
            trap="shared words without an answer: PC-er leased and 'Arbeidstøyet til "
            "hjemmetjenesten kjøpes på rammeavtalen' say how, not under what conditions for "
            "workers in the supply chain",
        ),
        P(
            "11",
            items[10],
            "content",
            "uncovered",
            trap="the forvaltningsrevisjon is named once as a source; nothing on risk of errors "
            "or internkontroll",
        ),
        P(
            "12",
            items[11],
            "deliverable",
            "uncovered",
            trap="'Oppfølging' says the innkjøpssjef reports yearly; no goals or indicators",
        ),
        P(
            "S1",
            s1,
            "process",
            "partial",
            ev="Steinsund kommune · Vedtatt av kommunestyret",
            missing=["behandling i formannskapet"],
            trap="the deadline is met by the adoption line (10.12.2026); the formannskap is "
            "not mentioned",
        ),
        P(
            "S2",
            s2,
            "process",
            "covered",
            ev="Hver tredje krone i kommunens driftsbudsjett",
            trap="process point answered in the introduction (two working meetings, comments "
            "on the draft)",
        ),
    ]
    return dict(
        language="nb",
        mandate="saksframlegg.pdf",
        plan="plan.odt",
        producer="saksframlegg PDF: a case-header table, twelve points typed '1.⇥' with a "
        "hanging indent, '10.Sikre', '11.Beskrive' and '12.Angi' without a space, point 9 "
        "running over the page break, two requirements in one paragraph of the assessment on "
        "page 2; plan .odt (Writer)",
        points=pts,
    )


# =========================================================================== 3 hjortevilt (nn)


@pair
def hjortevilt(d: Path) -> dict:
    items = [
        "Gjere greie for korleis bestandane av hjort og elg har utvikla seg dei siste ti åra, "
        "basert på sett hjort, sett elg og fellingsstatistikken.",
        "Foreslå mål for bestandsstorleik og for kjønns- og alderssamansetjinga i bestandane.",
        (
            "Vurdere tiltak for å redusere skadane hjorten gjer på:",
            ["innmark og rundballar", "skog og ungskog", "frukthagar"],
        ),
        "Vurdere korleis talet på viltpåkøyrslar på vegane kan reduserast.",
        "Gjere greie for ettersøk av skadd vilt og den kommunale fallviltordninga.",
        "Vurdere om minstearealet for felling av hjort og elg bør endrast.",
        "Leggje til rette for at fleire unge og nye jegerar får høve til å jakte.",
        "Beskrive kva krav kommunen skal stille til bestandsplanane frå vald og storvald.",
        "Vurdere samarbeid med nabokommunane om forvaltninga av hjort som trekkjer over "
        "kommunegrensene.",
        "Vurdere korleis skrantesjuke (CWD) skal overvakast.",
        "Gjere greie for økonomien i viltfondet og korleis fondet skal brukast.",
    ]
    item3 = (
        "Vurdere tiltak for å redusere skadane hjorten gjer på: innmark og rundballar; skog og "
        "ungskog; frukthagar"
    )
    s1 = (
        "Grunneigarlaget, jeger- og fiskarlaget og Statens vegvesen skal få uttale seg før "
        "måla blir vedtekne."
    )
    s2 = (
        "Måla skal vedtakast av kommunestyret innan 1. april 2027, slik at dei gjeld frå "
        "jakta same året."
    )
    s3 = "Dokumentet skal ha eit samandrag av måla på éi side som valda kan bruke."
    m = [
        ("meta", "FOSSDAL KOMMUNE · Kommunedirektøren"),
        ("meta", "Til: Landbrukssjef Sigrid Øvrebø · Kopi: viltnemnda, grunneigarlaget"),
        ("meta", "Vår ref. 26/402 · Dato: 14.09.2026"),
        ("title", "Oppdrag: kommunale mål for forvaltning av hjortevilt 2027–2031"),
        ("h2", "Bakgrunn"),
        (
            "p",
            "Hjortebestanden i Fossdal har vakse mykje sidan dei gjeldande måla vart vedtekne i "
            "2017, medan elgbestanden har gått ned. Bøndene melder om store beiteskadar, og i "
            "2025 vart 41 hjortar påkøyrde på vegane i kommunen. Etter hjorteviltforskrifta skal "
            "kommunen ha vedtekne mål for utviklinga av bestandane. " + s1,
        ),
        ("h2", "Oppdraget"),
        (
            "p",
            "Landbrukskontoret får i oppdrag å utarbeide nye mål for forvaltninga av hjort og "
            "elg for perioden 2027–2031. Arbeidet skal:",
        ),
        ("num", items),
        (
            "p",
            s2 + " Viltnemnda er styringsgruppe for arbeidet. " + s3,
        ),
        ("p", "Med helsing"),
        ("p", "Olav Haugland, kommunedirektør"),
    ]
    build_docx(
        m,
        d / "oppdragsbrev.docx",
        title="Oppdrag – mål for forvaltning av hjortevilt",
        author="Fossdal kommune",
        header="Fossdal kommune",
        lang="nn-NO",
    )
    p = [
        ("title", "Mål for forvaltning av hjort og elg i Fossdal 2027–2031"),
        ("meta", "Fossdal kommune · Vedteke av kommunestyret 18.03.2027, sak 14/27"),
        ("h1", "1 Innleiing"),
        (
            "p",
            "Måla er utarbeidde av landbrukskontoret med viltnemnda som styringsgruppe. "
            "Utkastet var på høyring hos grunneigarlaget og Fossdal jeger- og fiskarlag i "
            "januar 2027, og begge har kome med innspel.",
        ),
        (
            "p",
            "Prøvetaking for skrantesjuke følgjer Mattilsynet sitt nasjonale program og er "
            "ikkje omtala her.",
        ),
        ("h1", "2 Slik har bestandane utvikla seg"),
        (
            "p",
            "Sett hjort per jegerdag har auka frå 0,9 i 2016 til 1,6 i 2025, og det vart felt "
            "412 hjortar i 2025 mot 260 ti år før. For elg har sett elg per jegerdag gått ned "
            "med ein tredjedel, og kvoten vart ikkje fylt dei tre siste åra.",
        ),
        ("h1", "3 Kor mykje hjort og elg vil vi ha?"),
        (
            "p",
            "Hjortebestanden skal reduserast med om lag 20 prosent i perioden. Elgbestanden "
            "skal haldast på dagens nivå.",
        ),
        ("h1", "4 Beiteskadar på innmark"),
        (
            "p",
            "Bønder som har store skadar på innmarka, kan søkje om ekstra løyve til felling "
            "utanom jakttida. Kommunen gir tilskot til nett rundt rundballane og til "
            "viltgjerde rundt frukthagane i Hovland.",
        ),
        ("h1", "5 Hjort og trafikk"),
        (
            "p",
            "Dei fleste kollisjonane mellom hjort og bil skjer på fylkesvegen langs "
            "Fossdalsvatnet i skumringa om hausten. Kommunen ber fylkeskommunen rydde "
            "kantvegetasjonen der, og vil setje opp fleire skilt som varslar om hjort i vegen.",
        ),
        (
            "p",
            "Når eit dyr er påkøyrt, rykkjer det kommunale ettersøkslaget ut. Laget har tolv "
            "jegerar med godkjende hundar og vakttelefon heile døgnet. Dyr som døyr utanom "
            "jakta, blir henta og registrerte i Hjorteviltregisteret.",
        ),
        ("break",),
        ("h1", "6 Bestandsplanane"),
        (
            "p",
            "Ein bestandsplan skal gjelde for fem år og vise kor mange dyr valdet vil felle "
            "kvart år, fordelt på kalv, ungdyr og vaksne. Planen skal ha mål om at minst "
            "halvparten av dei felte dyra er kalvar, og han må godkjennast av kommunen før "
            "jakta tek til.",
        ),
        (
            "p",
            "Storvalda i Fossdal er store, og dei same jaktlaga har jakta i dei same områda i "
            "mange tiår. Minstearealet vart sist endra i 2012.",
        ),
        ("h1", "7 Over kommunegrensa"),
        (
            "p",
            "Mykje av hjorten har vinterbeite i Fossdal og sommarbeite i Vetledal. "
            "Viltnemndene i dei to kommunane møtest ein gong i året for å samanlikne "
            "fellingstala.",
        ),
        ("h1", "8 Viltfondet"),
        (
            "p",
            "Viltfondet hadde 412 000 kr ved utgangen av 2025. Inntektene er fellingsavgifta "
            "for hjort og elg.",
        ),
    ]
    build_pdf(
        p,
        d / "plan.pdf",
        title="Mål for forvaltning av hjort og elg 2027–2031",
        author="Fossdal kommune",
        header="Fossdal kommune – mål for hjortevilt",
        lang="nn-NO",
    )
    pts = [
        P(
            "1",
            items[0],
            "content",
            "covered",
            ev="Sett hjort per jegerdag har auka",
        ),
        P(
            "2",
            items[1],
            "content",
            "partial",
            ev="Hjortebestanden skal reduserast med",
            missing=["mål for kjønns- og alderssamansetjinga"],
            trap="'fordelt på kalv, ungdyr og vaksne' in the section on bestandsplanar is what a "
            "plan from the vald shows, not a goal of the council for the population",
        ),
        P(
            "3",
            item3,
            "content",
            "partial",
            ev="Bønder som har store skadar",
            missing=["tiltak mot skadar i skog og ungskog"],
        ),
        P(
            "4",
            items[3],
            "content",
            "covered",
            ev="Dei fleste kollisjonane mellom hjort",
            trap="answered in other words ('kollisjonane mellom hjort og bil', 'Hjort og "
            "trafikk') for viltpåkøyrslar",
        ),
        P(
            "5",
            items[4],
            "content",
            "covered",
            ev="Når eit dyr er påkøyrt, rykkjer",
            trap="answered in other words ('ettersøkslaget', 'Dyr som døyr utanom jakta' for "
            "fallvilt)",
        ),
        P(
            "6",
            items[5],
            "content",
            "uncovered",
            trap="named in passing: 'Minstearealet vart sist endra i 2012' is a fact; no "
            "assessment of changing it",
        ),
        P(
            "7",
            items[6],
            "content",
            "uncovered",
            trap="shared words without an answer: the same jaktlag have hunted the same areas "
            "for decades; nothing opens hunting to young or new hunters",
        ),
        P(
            "8",
            items[7],
            "content",
            "covered",
            ev="Ein bestandsplan skal gjelde for fem år",
        ),
        P(
            "9",
            items[8],
            "content",
            "partial",
            ev="Mykje av hjorten har vinterbeite",
            missing=["felles mål eller forvaltning med nabokommunane, utover å samanlikne tal"],
            trap="answered under 'Over kommunegrensa'",
        ),
        P(
            "10",
            items[9],
            "content",
            "uncovered",
            trap="deferred in the introduction to Mattilsynet's national programme",
        ),
        P(
            "11",
            items[10],
            "content",
            "partial",
            ev="Viltfondet hadde 412 000 kr",
            missing=["korleis fondet skal brukast"],
        ),
        P(
            "S1",
            s1,
            "process",
            "partial",
            ev="Måla er utarbeidde av landbrukskontoret",
            missing=["uttale frå Statens vegvesen"],
            trap="a requirement in the background prose before the list; the plan asks the "
            "fylkeskommune to clear verges, which is not a hearing of Statens vegvesen",
        ),
        P(
            "S2",
            s2,
            "process",
            "covered",
            ev="Fossdal kommune · Vedteke av kommunestyret",
            trap="answered only by the adoption line under the title (18.03.2027)",
        ),
        P(
            "S3",
            s3,
            "deliverable",
            "uncovered",
            trap="no one-page summary; the goals are spread over sections 3 and 6",
        ),
    ]
    return dict(
        language="nn",
        mandate="oppdragsbrev.docx",
        plan="plan.pdf",
        producer="oppdragsbrev .docx (nynorsk): a requirement at the end of the background, "
        "Word numbering with Word-lettered sub-items a.–c. under point 3, two requirements in "
        "one paragraph after the list; plan PDF",
        points=pts,
    )


# =========================================================================== 4 måltid (sv)


@pair
def maltid(d: Path) -> dict:
    items = [
        "Beskriva målen för måltiderna i förskola, skola och äldreomsorg.",
        "Säkerställa att måltiderna följer Livsmedelsverkets råd för respektive målgrupp.",
        "Beskriva hur matsvinnet ska minska.",
        "Öka andelen ekologiska och närproducerade livsmedel.",
        "Beskriva hur måltidsmiljön kan bli lugn och trivsam, så att fler elever äter skollunch.",
        "Säkerställa att äldre med hemtjänst får näringsriktig mat och hjälp att äta, med "
        "särskild uppmärksamhet på undernäring.",
        "Beskriva hur specialkost och måltider för olika religioner och kulturer ska hanteras.",
        "Beskriva hur personalens kompetens inom kost och nutrition ska utvecklas.",
        "Föreslå hur barn, elever och äldre kan vara med och påverka maten.",
        "Redovisa kostnaden per portion och hur den ska följas upp.",
        "Beskriva hur tillagningskök och mottagningskök ska organiseras i framtiden.",
    ]
    s1 = "Programmet ska tas fram i samråd med kommunala pensionärsrådet och elevråden."
    s2 = "Programmet ska antas av kommunfullmäktige senast i juni 2027."
    pts_typed = [
        ("typed", f"{i}.", t, "" if i == 8 else " ", 6) for i, t in enumerate(items, start=1)
    ]
    m = [
        ("meta", "LJUNGSJÖ KOMMUN · Kommunstyrelsen"),
        ("meta", "PROTOKOLLSUTDRAG · Sammanträdesdatum 2026-04-22"),
        ("title", "§ 74 Uppdrag att ta fram ett måltidsprogram"),
        ("meta", "Dnr KS 2026/188"),
        ("h2", "Ärendet"),
        (
            "p",
            "Kommunens kostenhet lagar varje dag omkring 4 200 måltider till förskolor, "
            "skolor och äldreomsorgen. Det saknas ett gemensamt program för måltiderna, och "
            "riktlinjerna för skolmaten är från 2014. Kostenheten har fått signaler om att "
            "många elever hoppar över skollunchen och att allt mer mat slängs.",
        ),
        ("h2", "Beslut"),
        (
            "p",
            "Kommunstyrelsen ger kostchefen i uppdrag att ta fram ett måltidsprogram för "
            "förskola, skola och äldreomsorg. Programmet ska:",
        ),
        *pts_typed,
        ("h2", "Arbetets genomförande"),
        (
            "p",
            "Kostchefen leder arbetet tillsammans med representanter för barn- och "
            "utbildningsförvaltningen och socialförvaltningen. " + s1 + " " + s2,
        ),
        ("meta", "Justerat 2026-04-27 · Rätt utdraget intygar: Maria Lund, nämndsekreterare"),
    ]
    build_pdf(
        m,
        d / "protokollsutdrag.pdf",
        title="Protokollsutdrag KS § 74 – måltidsprogram",
        author="Ljungsjö kommun",
        header="Ljungsjö kommun – Kommunstyrelsen",
        lang="sv-SE",
    )
    p = [
        ("title", "Måltidsprogram för Ljungsjö kommun"),
        ("meta", "Förskola, skola och äldreomsorg · Antaget av kommunstyrelsen 2027-05-12, § 61"),
        ("h1", "Inledning"),
        (
            "p",
            "Programmet har tagits fram av kostenheten tillsammans med barn- och "
            "utbildningsförvaltningen och socialförvaltningen. Elevråden på alla sex skolor har "
            "svarat på en enkät om skolmaten, och svaren finns med i programmet.",
        ),
        (
            "p",
            "Livsmedelspriserna har stigit med omkring 20 procent sedan 2022.",
        ),
        ("h1", "Det här vill vi med maten"),
        (
            "p",
            "Maten ska vara god, näringsriktig och ge energi för lek, lärande och ett aktivt "
            "liv. Måltiden i förskolan och skolan är en del av undervisningen, och i "
            "äldreomsorgen ska måltiden vara en stund att se fram emot.",
        ),
        (
            "p",
            "Matsedlarna planeras efter de nationella riktlinjerna för måltider i förskola, "
            "skola och äldreomsorg, och en dietist går igenom dem varje termin.",
        ),
        ("h1", "Mindre mat i soporna"),
        (
            "p",
            "Alla kök väger det som slängs en vecka varje månad. Målet är högst 30 gram per "
            "portion 2030. Vi lagar mindre satser åt gången och serverar rester dagen efter.",
        ),
        ("h1", "Råvarorna"),
        (
            "p",
            "Andelen ekologiska livsmedel ska öka från 31 till 40 procent av inköpen till 2030.",
        ),
        ("h1", "Matsalen"),
        (
            "p",
            "Matsalen i Ljungsjöskolan får ljudabsorbenter i taket och mindre bord under 2027.",
        ),
        ("h1", "Mat för äldre"),
        (
            "p",
            "Matlådorna till hemtjänsten lagas i Ljungsjö centralkök och levereras tre gånger i "
            "veckan. Personalen på äldreboendena dukar fram maten i skålar på borden, så att "
            "var och en kan ta själv.",
        ),
        ("break",),
        ("h1", "Alla ska kunna äta"),
        (
            "p",
            "Barn och elever med allergi eller annan sjukdom får specialkost efter intyg. Det "
            "finns alltid ett vegetariskt alternativ och ett alternativ utan fläsk, och under "
            "ramadan kan elever som fastar få med sig mat hem.",
        ),
        ("h1", "Vara med och bestämma"),
        (
            "p",
            "Varje skola har ett matråd med elever och kökspersonal som träffas två gånger per "
            "termin. På äldreboendena väljer de boende en rätt på matsedeln varje månad.",
        ),
        (
            "p",
            "Pensionärer är välkomna att äta lunch i Ljungsjöskolans matsal för 65 kronor.",
        ),
        ("h1", "Köken"),
        (
            "p",
            "Om varje skola ska ha ett eget tillagningskök utreds i lokalförsörjningsplanen 2028.",
        ),
    ]
    build_docx(
        p,
        d / "plan.docx",
        title="Måltidsprogram för Ljungsjö kommun",
        author="Ljungsjö kommun",
        header="Ljungsjö kommun – måltidsprogram",
        lang="sv-SE",
    )
    pts = [
        P(
            "1",
            items[0],
            "content",
            "covered",
            ev="Maten ska vara god, näringsriktig",
            trap="answered under 'Det här vill vi med maten'",
        ),
        P(
            "2",
            items[1],
            "content",
            "covered",
            ev="Matsedlarna planeras efter de nationella",
            trap="answered in other words: 'de nationella riktlinjerna' are Livsmedelsverket's "
            "advice; Livsmedelsverket is not named",
        ),
        P(
            "3",
            items[2],
            "content",
            "covered",
            ev="Alla kök väger det som slängs",
            trap="answered in other words ('Mindre mat i soporna', 'det som slängs') for matsvinn",
        ),
        P(
            "4",
            items[3],
            "content",
            "partial",
            ev="Andelen ekologiska livsmedel ska öka",
            missing=["närproducerade livsmedel"],
        ),
        P(
            "5",
            items[4],
            "content",
            "partial",
            ev="Matsalen i Ljungsjöskolan får ljudabsorbenter",
            missing=["hur fler elever ska äta skollunch", "måltidsmiljön på de andra skolorna"],
        ),
        P(
            "6",
            items[5],
            "content",
            "partial",
            ev="Matlådorna till hemtjänsten lagas",
            missing=["hjälp att äta", "undernäring"],
        ),
        P(
            "7",
            items[6],
            "content",
            "covered",
            ev="Barn och elever med allergi",
            trap="answered in other words (ramadan, 'utan fläsk') under 'Alla ska kunna äta'",
        ),
        P(
            "8",
            items[7],
            "content",
            "uncovered",
            trap="point typed '8.Beskriva' without a space; 'Personalen på äldreboendena dukar "
            "fram maten' shares personal; nothing on competence",
        ),
        P(
            "9",
            items[8],
            "content",
            "covered",
            ev="Varje skola har ett matråd",
            trap="answered under 'Vara med och bestämma'",
        ),
        P(
            "10",
            items[9],
            "content",
            "uncovered",
            trap="named in passing: food prices up 20 procent since 2022; no cost per portion",
        ),
        P(
            "11",
            items[10],
            "content",
            "uncovered",
            trap="deferred to the lokalförsörjningsplan 2028",
        ),
        P(
            "S1",
            s1,
            "process",
            "partial",
            ev="Programmet har tagits fram av kostenheten",
            missing=["samråd med kommunala pensionärsrådet"],
            trap="'Pensionärer är välkomna att äta lunch' shares pensionär; the pensionärsråd "
            "was not consulted",
        ),
        P(
            "S2",
            s2,
            "process",
            "uncovered",
            trap="adopted by kommunstyrelsen (2027-05-12), not by kommunfullmäktige: a date "
            "within the deadline by the wrong body",
        ),
    ]
    return dict(
        language="sv",
        mandate="protokollsutdrag.pdf",
        plan="plan.docx",
        producer="protokollsutdrag PDF (Swedish): eleven att-points typed '1. ' with a hanging "
        "indent, point 8 typed '8.Beskriva' without a space, two requirements in the prose of "
        "'Arbetets genomförande'; plan .docx",
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
            "corpora/mandates-blind5/make_pairs.py.\n"
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
