"""Build the sixth blind batch of mandate/plan pairs under corpora/mandates-blind6/ and their gold.

Written on 2026-12-02 without reading plancheck's code, from how mandates are really delivered:
a planprogram in Word for a kommunedelplan for masseforvaltning, whose themes are typed "–⇥"
dashes (one running over the page break) with requirements in the prose before and after the
list; a saksframlegg for a revised eierskapsmelding whose innstilling has points typed "1) "
(point 8 over the page break, "10)Gjennomgå" without a space) and two requirements in the
Vurdering; a nynorsk oppdragsbrev saved from Word as .odt with points typed "1.⇥" and a second
list of typed "•⇥" bullets, and requirements in the prose; and a Danish beslutningsprotokol
whose indstilling has Word bullets in lower case and whose Beslutning adds a requirement. Plans
answer in their own words (a chapter heading restating the object, a table of measures, a
process paragraph in the introduction), sometimes partly (one named group left out), sometimes
only in passing or by deferring to another plan; each trap is noted in the gold.

    python corpora/mandates-blind6/make_pairs.py                       # all pairs
    python corpora/mandates-blind6/make_pairs.py masser laegedaekning  # some pairs

Imports the point helpers, pair registry style and main loop of corpora/mandates-blind5/
make_pairs.py (which in turn uses the block and gold writer of corpora/mandates-blind/_build.py,
the Writer (.odt) export of corpora/mandates-blind3/make_pairs.py and the first batch's
construction check: every point's text is printed in the mandate). Everything is pinned (zip
times, core properties, PDF dates/ids, meta.xml), so a rebuild gives the same files. Evidence
pages are read from the plan as LibreOffice renders it.
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


_b5 = _load("mandates_blind5_make_pairs", HERE.parent / "mandates-blind5" / "make_pairs.py")
P, typed, build_odt = _b5.P, _b5.typed, _b5.build_odt

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


def marked(items: list[str], marker: str, indent: float = 6, left: float = 0) -> list[tuple]:
    """Points typed with one marker each ("–⇥", "•⇥") and a hanging indent."""
    return [("typed", marker, t, "\t", indent, left) for t in items]


# =========================================================================== 1 masser (nb)


@pair
def masser(d: Path) -> dict:
    items = [
        "Massebalansen i kommunen: hvor mye overskuddsmasser de store bygge- og "
        "anleggsprosjektene vil gi, og hvor mye masser de trenger, fram mot 2039.",
        "Eksisterende og mulige nye områder for mottak og deponering av rene overskuddsmasser.",
        "Uttak av pukk, sand og grus, og hvor lenge dagens masseuttak kan dekke behovet.",
        "Gjenbruk av masser i kommunens egne prosjekter og behovet for arealer til "
        "mellomlagring av masser.",
        "Håndtering av forurensede masser og masser med fremmede skadelige arter.",
        "Konsekvenser for naturmangfold, kulturminner og friluftsliv ved nye uttak og deponier.",
        "Trafikk, støy og støv for naboer langs transportrutene for masser.",
        "Klimagassutslipp fra transport og håndtering av masser, og hvordan "
        "transportavstandene kan bli kortere.",
        "Bruk av overskuddsmasser til landbruksformål, som jordforbedring og terrengendringer "
        "på dyrka mark, og hvilke vilkår kommunen skal stille for slike tiltak.",
        "Kommunens rolle som planmyndighet og som utbygger, og hvilke krav som skal stilles til "
        "massehåndtering i reguleringsplaner og byggesaker.",
        "Samarbeid med nabokommunene om mottak og uttak av masser.",
    ]
    s1 = "Planen skal ha en handlingsdel med tiltak, ansvar og kostnader."
    s2 = (
        "Grunneiere ved dagens masseuttak og mottaksområder skal varsles direkte med brev ved "
        "oppstart av planarbeidet."
    )
    s3 = (
        "Entreprenører og transportører i kommunen skal inviteres til et eget verksted om "
        "massehåndtering."
    )
    m = [
        ("meta", "ROGNSTAD KOMMUNE"),
        ("title", "Planprogram for kommunedelplan for masseforvaltning 2027–2039"),
        ("meta", "Fastsatt av planutvalget 22.04.2026, sak 31/26 · Arkivsak 25/2204"),
        ("h1", "1 Bakgrunn"),
        (
            "p",
            "Rognstad skal bygge ny E16, nytt sykehjem og tre nye boligfelt de neste ti årene. "
            "Prosjektene vil gi store mengder overskuddsmasser, samtidig som det trengs pukk og "
            "grus. I dag kjøres mye masse lange veier, og mottakene på Tveiten og i Svartmyra "
            "er snart fulle. Kommunen har ingen samlet plan for hvor massene skal tas ut, "
            "mellomlagres og legges. " + s1 + " Planen utarbeides etter plan- og "
            "bygningsloven kapittel 11.",
        ),
        ("h1", "2 Formål"),
        (
            "p",
            "Formålet med kommunedelplanen er at massene i Rognstad blir brukt som en ressurs, "
            "at transporten blir kortere, og at uttak og deponier ikke kommer i konflikt med "
            "naboer, natur og landbruk.",
        ),
        ("h1", "3 Utredningstemaer"),
        (
            "p",
            "Planarbeidet skal utrede og beskrive følgende temaer. Omfanget av utredningene "
            "tilpasses hvor store konsekvenser det enkelte tema kan få:",
        ),
        *marked(items, "–", indent=6),
        ("h1", "4 Medvirkning"),
        (
            "p",
            "Oppstart kunngjøres i Rognstadposten og på kommunens nettside. "
            + s2
            + " "
            + s3
            + " Planforslaget legges ut til offentlig ettersyn i minst seks uker.",
        ),
        ("h1", "5 Framdrift"),
        (
            "table",
            ["Fase", "Tidspunkt"],
            [
                ["Planprogram fastsatt", "April 2026"],
                ["Planforslag til 1. gangs behandling", "Februar 2027"],
                ["Offentlig ettersyn", "Mars–april 2027"],
                ["Vedtak i kommunestyret", "September 2027"],
            ],
            [90, 50],
        ),
    ]
    # push the list down so that theme 9 (landbruksformål) runs over the page break
    m.insert(m.index(("h1", "3 Utredningstemaer")), ("space", SPACE_MASSER))
    build_docx(
        m,
        d / "planprogram.docx",
        title="Planprogram – kommunedelplan for masseforvaltning",
        author="Rognstad kommune",
        header="Rognstad kommune – planprogram masseforvaltning",
    )
    p = [
        ("title", "Kommunedelplan for masseforvaltning 2027–2039"),
        (
            "meta",
            "Rognstad kommune · Planbeskrivelse · Vedtatt av kommunestyret 23.09.2027, sak 77/27",
        ),
        ("h1", "1 Innledning"),
        (
            "p",
            "Planen er laget av plan- og miljøavdelingen sammen med eiendom og kommunalteknikk. "
            "Da arbeidet startet, fikk eierne av steinbruddet på Kvernås, sandtaket på Moan og "
            "de to mottakene på Tveiten og i Svartmyra et eget brev om planen, og alle fire "
            "har kommet med innspill.",
        ),
        (
            "p",
            "Entreprenørene melder at det tidvis er lang ventetid ved mottaket på Tveiten.",
        ),
        ("h1", "2 Hvor mye masse snakker vi om?"),
        (
            "p",
            "Vi har gått gjennom de store prosjektene som er vedtatt eller planlagt fram mot "
            "2039. Ny E16, sykehjemmet og boligfeltene vil til sammen gi om lag 2,4 mill. m³ "
            "sprengstein, morene og leire som ikke kan brukes der de graves ut. De samme "
            "prosjektene trenger om lag 0,9 mill. m³ pukk og grus. Rognstad vil altså ha et "
            "stort overskudd av masser i hele planperioden.",
        ),
        ("h1", "3 Steinbrudd og sandtak"),
        (
            "p",
            "Steinbruddet på Kvernås har godkjent driftsplan og nok fjell til om lag 2045. "
            "Sandtaket på Moan er tomt innen 2030, og det finnes ingen andre kjente "
            "sandforekomster av betydning i kommunen. Etter 2030 må sand kjøpes utenfra eller "
            "erstattes med knust stein fra Kvernås.",
        ),
        (
            "p",
            "Turløypa over Kvernåsen ble lagt om da bruddet ble utvidet i 2021.",
        ),
        ("h1", "4 Mottak av rene masser"),
        (
            "p",
            "Mottaket på Tveiten har plass til om lag 150 000 m³ og mottaket i Svartmyra til "
            "om lag 80 000 m³. Begge er fulle før 2030. Hvor det kan legges til rette for nye "
            "mottak, avklares i rulleringen av kommuneplanens arealdel.",
        ),
        ("h1", "5 Bruke massene om igjen"),
        (
            "p",
            "Kommunen skal selv gå foran. I alle egne byggeprosjekter skal overskuddsmassene "
            "vurderes brukt i prosjektet eller i et annet kommunalt prosjekt før de kjøres til "
            "mottak. Sprengstein fra sykehjemstomta skal knuses og brukes i veiene i "
            "boligfeltet på Haugen.",
        ),
        (
            "p",
            "Matjorda fra utbyggingsfeltene tas vare på og brukes i nye hager og grøntanlegg.",
        ),
        ("h1", "6 Forurenset grunn"),
        (
            "p",
            "Masser fra områder der det kan være forurenset grunn, for eksempel gamle "
            "industritomter og nedlagte bensinstasjoner, skal undersøkes før de graves ut. "
            "Forurensede masser skal leveres til godkjent mottak, og tiltaksplanen skal være "
            "godkjent av kommunen før arbeidet starter.",
        ),
        ("h1", "7 Lastebilene og naboene"),
        (
            "p",
            "Om lag 60 lastebiler i døgnet kjører masse gjennom Tveitgrenda i perioder. "
            "Anleggstrafikk til mottakene skal bare gå på hverdager mellom kl. 07 og 19. Hjulene "
            "skal vaskes før bilene kjører ut på offentlig vei, og veiene vannes i tørre "
            "perioder. Ved Svartmyra settes det opp en støyvoll mot boligene.",
        ),
        ("h1", "8 Kortere kjøring"),
        (
            "p",
            "I dag kjører en lastebil med masse i snitt 34 km hver vei. Jo kortere turen er, jo "
            "mindre blir utslippene. Nye mottak og mellomlager skal derfor ligge nær de store "
            "utbyggingsområdene, og kommunen skal kreve utslippsfrie anleggsmaskiner i egne "
            "prosjekter fra 2030.",
        ),
        ("h1", "9 Krav i planer og byggesaker"),
        (
            "p",
            "Kommunen er både planmyndighet og en av de største utbyggerne. Som myndighet skal "
            "kommunen kreve en massehåndteringsplan i alle reguleringsplaner og byggesaker med "
            "mer enn 5 000 m³ masse. Planen skal vise hvor mye masse som graves ut, hva som "
            "brukes på stedet og hvor resten kjøres. Som utbygger følger kommunen de samme "
            "kravene i egne prosjekter.",
        ),
        ("h1", "10 Tiltak"),
        (
            "table",
            ["Tiltak", "Ansvar", "Når"],
            [
                ["Massehåndteringsplan i reguleringsplaner og byggesaker", "Plan og miljø", "2028"],
                ["Knusing av sprengstein fra sykehjemstomta", "Eiendom", "2028"],
                ["Støyvoll ved Svartmyra", "Kommunalteknikk", "2028"],
                ["Utslippsfrie anleggsmaskiner i egne prosjekter", "Eiendom", "2030"],
                ["Nye mottak i kommuneplanens arealdel", "Plan og miljø", "2029"],
            ],
            [95, 40, 20],
        ),
    ]
    build_pdf(
        p,
        d / "plan.pdf",
        title="Kommunedelplan for masseforvaltning 2027–2039",
        author="Rognstad kommune",
        header="Rognstad kommune – kommunedelplan for masseforvaltning",
    )
    pts = [
        P(
            "1",
            items[0],
            "content",
            "covered",
            ev="Vi har gått gjennom de store prosjektene",
            trap="answered under a question heading ('Hvor mye masse snakker vi om?') in other "
            "words (2,4 mill. m³ sprengstein, morene og leire; 0,9 mill. m³ pukk og grus); "
            "massebalanse not named",
        ),
        P(
            "2",
            items[1],
            "content",
            "partial",
            ev="Mottaket på Tveiten har plass",
            missing=["mulige nye områder for mottak og deponering"],
            trap="the new areas are deferred to the rullering of the kommuneplan's arealdel",
        ),
        P(
            "3",
            items[2],
            "content",
            "covered",
            ev="Steinbruddet på Kvernås har godkjent",
            trap="answered under 'Steinbrudd og sandtak' in other words (nok fjell til om lag "
            "2045, tomt innen 2030)",
        ),
        P(
            "4",
            items[3],
            "content",
            "partial",
            ev="Kommunen skal selv gå foran",
            missing=["arealer til mellomlagring av masser"],
            trap="'Bruke massene om igjen' answers gjenbruk; mellomlager is named only as a word "
            "in chapter 8 (where they should lie), no areas are assessed",
        ),
        P(
            "5",
            items[4],
            "content",
            "partial",
            ev="Masser fra områder der det kan være",
            missing=["masser med fremmede skadelige arter"],
        ),
        P(
            "6",
            items[5],
            "content",
            "uncovered",
            trap="named in passing: 'Turløypa over Kvernåsen ble lagt om' is history; no "
            "assessment of naturmangfold, kulturminner or friluftsliv",
        ),
        P(
            "7",
            items[6],
            "content",
            "covered",
            ev="Om lag 60 lastebiler i døgnet",
            trap="answered under 'Lastebilene og naboene' (kjøretider, hjulvask, vanning, "
            "støyvoll); støv is not named",
        ),
        P(
            "8",
            items[7],
            "content",
            "covered",
            ev="I dag kjører en lastebil med masse",
            trap="answered under 'Kortere kjøring' (utslippene, utslippsfrie "
            "anleggsmaskiner); klimagass not named",
        ),
        P(
            "9",
            items[8],
            "content",
            "uncovered",
            trap="the point runs over the page break in the planprogram ('på dyrka mark … "
            "vilkår' on page 2); shared words without an answer: 'Matjorda … brukes i nye hager' "
            "is about topsoil in gardens; nothing on surplus masses on farmland or conditions",
        ),
        P(
            "10",
            items[9],
            "content",
            "covered",
            ev="Kommunen er både planmyndighet",
        ),
        P(
            "11",
            items[10],
            "content",
            "uncovered",
            trap="nothing on the neighbouring municipalities; sand 'kjøpes utenfra' is not "
            "cooperation",
        ),
        P(
            "S1",
            s1,
            "deliverable",
            "partial",
            ev="Tiltak Ansvar Når",
            missing=["kostnader for tiltakene"],
            trap="a requirement in the background prose before the list; the measure table has "
            "owner and year, no cost",
        ),
        P(
            "S2",
            s2,
            "process",
            "covered",
            ev="Planen er laget av plan- og miljøavdelingen",
            trap="process point answered in the introduction in other words (the owners of the "
            "quarry, the sand pit and the two mottak 'fikk et eget brev')",
        ),
        P(
            "S3",
            s3,
            "process",
            "uncovered",
            trap="named in passing: 'Entreprenørene melder at det tidvis er lang ventetid' is "
            "no workshop",
        ),
    ]
    return dict(
        language="nb",
        mandate="planprogram.docx",
        plan="plan.pdf",
        producer="planprogram .docx: a requirement in the background prose before the list, "
        "eleven themes typed '–⇥' with a hanging indent after 'Planarbeidet skal utrede og "
        "beskrive følgende temaer', theme 9 running over the page break, two requirements in "
        "one paragraph of section 4 (Medvirkning), a timetable table (not a point); plan PDF "
        "with a measure table 'Tiltak | Ansvar | Når'",
        points=pts,
    )


SPACE_MASSER = 85


# =========================================================================== 2 eierskap (nb)


@pair
def eierskap(d: Path) -> dict:
    items = [
        "Gi en oversikt over alle selskaper kommunen eier helt eller delvis, med eierandel, "
        "selskapsform og formål.",
        "Beskrive kommunens eierstrategi for hvert selskap, herunder hvorfor kommunen eier og "
        "hva den vil oppnå med eierskapet.",
        "Fastsette prinsipper for valg og sammensetning av styrer, blant annet krav til "
        "kompetanse og kjønnsbalanse.",
        "Beskrive hvordan eierskapet skal utøves gjennom eiermøter, generalforsamling og "
        "representantskap.",
        "Vurdere om folkevalgte skal kunne sitte i styrene i selskapene, og hvilke regler om "
        "habilitet som da gjelder.",
        "Angi forventninger til selskapenes utbyttepolitikk og kapitalstruktur.",
        "Stille krav til selskapenes arbeid med samfunnsansvar, klima og miljø og etikk.",
        "Beskrive hvordan kontrollutvalget og revisjonen fører tilsyn med eierskapet, herunder "
        "selskapskontroll og eierskapskontroll, og hvordan funnene skal følges opp av "
        "kommunestyret.",
        "Vurdere om kommunen fortsatt skal eie aksjer i Myrvoll Hotell AS.",
        "Gjennomgå selskapsavtalene i de interkommunale selskapene og vedtektene i "
        "aksjeselskapene, og foreslå endringer der de ikke er i tråd med kommuneloven.",
        "Gi en oversikt over interkommunale samarbeid som ikke er egne selskaper, som "
        "vertskommunesamarbeid og kommunale oppgavefellesskap.",
        "Angi hvor ofte eierskapsmeldingen skal rulleres.",
    ]
    s1 = (
        "Utkastet skal sendes på høring til selskapene før det legges fram for politisk behandling."
    )
    s2 = "Meldingen skal vedtas av kommunestyret før budsjettbehandlingen i desember 2026."
    # typed by the clerk: "1) " with a space and a hanging indent, "10)Gjennomgå" without
    points = [("typed", f"{i})", t, " " if i < 10 else "", 8) for i, t in enumerate(items, start=1)]
    m = [
        ("meta", "MYRVOLL KOMMUNE"),
        ("title", "Saksframlegg"),
        (
            "table",
            ["Utvalg", "Møtedato", "Saksnr."],
            [["Formannskapet", "21.01.2026", "4/26"]],
            [60, 40, 40],
        ),
        ("meta", "Saksbehandler: Hanne Lie Brattli · Arkivsak: 25/1410 · Arkivkode: 026"),
        ("h1", "Revidert eierskapsmelding – bestilling"),
        ("meta", "Vedlegg: 1 Eierskapsmelding 2018 · 2 KS' anbefalinger om eierstyring"),
        ("space", SPACE_EIERSKAP),  # moves point 8 over the page break
        ("h2", "Sammendrag"),
        (
            "p",
            "Eierskapsmeldingen fra 2018 er ikke revidert etter at ny kommunelov trådte i kraft, "
            "og kommunen har siden den gang fått eierandeler i to nye selskaper. "
            "Kommunedirektøren foreslår at formannskapet bestiller en revidert melding og sier "
            "hva den skal inneholde. Kommuneloven § 26-1 krever at kommunestyret vedtar en "
            "eierskapsmelding minst én gang i valgperioden.",
        ),
        (
            "p",
            "I 2025 fikk kommunen 31 mill. kr i utbytte fra selskapene, og selskapene har til "
            "sammen om lag 240 ansatte. Kommunestyret har de siste årene flere ganger bedt om "
            "bedre informasjon om hvordan selskapene drives, og om hvordan kommunens "
            "representanter i styrene blir valgt.",
        ),
        ("h2", "Kommunedirektørens innstilling"),
        (
            "p",
            "Formannskapet ber kommunedirektøren legge fram en revidert eierskapsmelding for "
            "Myrvoll kommune. Meldingen skal:",
        ),
        *points,
        ("h2", "Saksopplysninger"),
        (
            "p",
            "Myrvoll kommune eier i dag hele eller deler av seks selskaper og deltar i fire "
            "interkommunale samarbeid uten eget selskap. Verdien av aksjene i Myrvoll Energi AS "
            "alene er anslått til 640 mill. kr.",
        ),
        ("h2", "Vurdering"),
        (
            "p",
            "Kommunedirektøren mener at en tydelig eierskapsmelding gjør det lettere for både "
            "kommunestyret og selskapene å vite hva kommunen forventer. " + s1 + " Arbeidet "
            "gjøres av økonomiavdelingen innenfor gjeldende rammer. " + s2,
        ),
    ]
    build_pdf(
        m,
        d / "saksframlegg.pdf",
        title="Saksframlegg – revidert eierskapsmelding",
        author="Myrvoll kommune",
        header="Myrvoll kommune – saksframlegg 25/1410",
    )
    p = [
        ("title", "Eierskapsmelding for Myrvoll kommune"),
        (
            "meta",
            "Behandlet i formannskapet 26.11.2026 · Til behandling i kommunestyret 11.02.2027",
        ),
        ("h1", "Forord"),
        (
            "p",
            "Meldingen er skrevet av økonomiavdelingen. Selskapene fikk utkastet til uttalelse i "
            "august 2026, og innspillene fra tre av dem er tatt inn. Kontrollutvalget fikk "
            "utkastet til orientering. Den forrige eierskapsmeldingen er fra 2018.",
        ),
        ("h1", "1 Selskapene vi eier"),
        (
            "table",
            ["Selskap", "Eierandel", "Selskapsform", "Hva selskapet gjør"],
            [
                ["Myrvoll Energi AS", "100 %", "AS", "Strømnett og fjernvarme"],
                ["Myrvoll og omegn Renovasjon IKS", "46 %", "IKS", "Innsamling av avfall"],
                ["Myrvoll Boligbygg KF", "100 %", "KF", "Kommunale utleieboliger"],
                ["Myrvoll Næringshage AS", "34 %", "AS", "Kontorfellesskap for gründere"],
                ["Myrvoll Hotell AS", "12 %", "AS", "Hotell og konferansesenter"],
                ["Revisjon Midt-Vest IKS", "9 %", "IKS", "Revisjon for ni kommuner"],
            ],
            [55, 22, 28, 55],
        ),
        ("h1", "2 Hvorfor eier vi?"),
        (
            "p",
            "Myrvoll Energi AS skal sikre et trygt strømnett og gi kommunen en stabil inntekt. "
            "Renovasjonsselskapet løser en lovpålagt oppgave sammen med nabokommunene, og "
            "kommunen eier for å ha kontroll med kvaliteten og prisen. Boligbygg KF eier for at "
            "kommunen skal ha boliger til dem som ikke klarer seg på leiemarkedet.",
        ),
        ("h1", "3 Hvem sitter i styrene?"),
        (
            "p",
            "Valgkomiteen skal foreslå styremedlemmer ut fra hva selskapet trenger. Styret skal "
            "samlet ha kompetanse på økonomi, jus og selskapets bransje, og hvert kjønn skal være "
            "representert med minst 40 prosent. Medlemmer av formannskapet skal ikke sitte i "
            "styrene.",
        ),
        ("h1", "4 Slik utøver vi eierskapet"),
        (
            "p",
            "Kommunen utøver eierskapet bare i selskapenes øverste organ. Ordføreren møter på "
            "generalforsamlingen i aksjeselskapene. Hvert år holdes et eiermøte med hvert "
            "selskap, der selskapet legger fram planer og resultater.",
        ),
        ("h1", "5 Avkastning"),
        (
            "p",
            "Myrvoll Energi AS skal betale om lag halvparten av årsresultatet i utbytte. "
            "Egenkapitalandelen skal ikke komme under 35 prosent, slik at selskapet kan "
            "investere i nettet uten nye innskudd fra kommunen.",
        ),
        ("h1", "6 Ansvarlig drift"),
        (
            "p",
            "Selskapene skal ha etiske retningslinjer og varslingsrutiner, sette mål for egne "
            "klimagassutslipp og rapportere om arbeidet med bærekraft i årsberetningen.",
        ),
        ("h1", "7 Selskapsavtalene"),
        (
            "p",
            "Selskapsavtalen for renovasjonsselskapet endres slik at den viser hvordan "
            "eierkommunene kan kreve ekstraordinært representantskapsmøte, og avtalen for "
            "revisjonsselskapet oppdateres med den nye kommuneloven.",
        ),
        ("h1", "8 Samarbeid uten eget selskap"),
        (
            "p",
            "Myrvoll er vertskommune for barnevernet og legevakten for Myrvoll, Dalset og "
            "Ytre Fosen, og deltar i et kommunalt oppgavefellesskap for krisesenteret og i et "
            "administrativt samarbeid om innkjøp.",
        ),
    ]
    build_odt(
        p,
        d / "plan.odt",
        title="Eierskapsmelding for Myrvoll kommune",
        author="Myrvoll kommune",
        header="Myrvoll kommune – eierskapsmelding",
    )
    pts = [
        P(
            "1",
            items[0],
            "content",
            "covered",
            ev="Selskap Eierandel Selskapsform",
            trap="answered by a table under 'Selskapene vi eier' ('Hva selskapet gjør' for formål)",
        ),
        P(
            "2",
            items[1],
            "content",
            "partial",
            ev="Myrvoll Energi AS skal sikre",
            missing=[
                "eierstrategi for Myrvoll Næringshage AS, Myrvoll Hotell AS og Revisjon "
                "Midt-Vest IKS"
            ],
            trap="answered under 'Hvorfor eier vi?' for three of the six companies",
        ),
        P(
            "3",
            items[2],
            "content",
            "covered",
            ev="Valgkomiteen skal foreslå styremedlemmer",
            trap="answered under 'Hvem sitter i styrene?' in other words (hvert kjønn minst 40 "
            "prosent for kjønnsbalanse)",
        ),
        P(
            "4",
            items[3],
            "content",
            "partial",
            ev="Kommunen utøver eierskapet bare",
            missing=["representantskapet i de interkommunale selskapene"],
            trap="'ekstraordinært representantskapsmøte' under Selskapsavtalene is a change to an "
            "agreement, not how the municipality acts in the representantskap",
        ),
        P(
            "5",
            items[4],
            "content",
            "partial",
            ev="Valgkomiteen skal foreslå styremedlemmer",
            missing=["regler om habilitet"],
            trap="one sentence ('Medlemmer av formannskapet skal ikke sitte i styrene') answers "
            "the first half; habilitet is not named",
        ),
        P(
            "6",
            items[5],
            "content",
            "covered",
            ev="Myrvoll Energi AS skal betale om lag",
            trap="answered under 'Avkastning' in other words (halvparten av årsresultatet i "
            "utbytte, egenkapitalandelen for kapitalstruktur)",
        ),
        P(
            "7",
            items[6],
            "content",
            "covered",
            ev="Selskapene skal ha etiske retningslinjer",
            trap="answered under 'Ansvarlig drift' (bærekraft, klimagassutslipp); "
            "samfunnsansvar not named",
        ),
        P(
            "8",
            items[7],
            "content",
            "uncovered",
            trap="the point runs over the page break in the saksframlegg; named in passing: "
            "'Kontrollutvalget fikk utkastet til orientering' and 'Revisjon Midt-Vest IKS' in "
            "the table of companies; nothing on selskapskontroll or follow-up",
        ),
        P(
            "9",
            items[8],
            "content",
            "uncovered",
            trap="Myrvoll Hotell AS is named only as a row in the table of companies (12 %); no "
            "assessment of keeping or selling the shares",
        ),
        P(
            "10",
            items[9],
            "content",
            "partial",
            ev="Selskapsavtalen for renovasjonsselskapet",
            missing=["vedtektene i aksjeselskapene"],
            trap="typed '10)Gjennomgå' without a space",
        ),
        P(
            "11",
            items[10],
            "content",
            "covered",
            ev="Myrvoll er vertskommune for barnevernet",
            trap="answered under 'Samarbeid uten eget selskap'",
        ),
        P(
            "12",
            items[11],
            "content",
            "uncovered",
            trap="'Den forrige eierskapsmeldingen er fra 2018' is history; nothing on when the "
            "melding is revised",
        ),
        P(
            "S1",
            s1,
            "process",
            "covered",
            ev="Meldingen er skrevet av økonomiavdelingen",
            trap="a requirement in the Vurdering; answered in the foreword in other words "
            "('fikk utkastet til uttalelse')",
        ),
        P(
            "S2",
            s2,
            "process",
            "uncovered",
            trap="the line under the title sends the melding to the kommunestyre on 11.02.2027, "
            "after the December 2026 budget meeting asked for; the formannskap's date "
            "(26.11.2026) is not the decision asked for",
        ),
    ]
    return dict(
        language="nb",
        mandate="saksframlegg.pdf",
        plan="plan.odt",
        producer="saksframlegg PDF: a case-header table, a Sammendrag, twelve points typed '1) ' "
        "with a hanging indent after 'Meldingen skal:', '10)Gjennomgå', '11)Gi' and '12)Angi' "
        "without a space, point 8 running over the page break, two requirements in one "
        "paragraph of the Vurdering with a sentence that is no requirement between them; plan "
        ".odt (Writer) with a table of companies",
        points=pts,
    )


SPACE_EIERSKAP = 62


# =========================================================================== 3 parorande (nn)


@pair
def parorande(d: Path) -> dict:
    items = [
        "Kartleggje kven dei pårørande i kommunen er og kor mange dei er, også pårørande som "
        "sjølve bur i andre kommunar.",
        "Gjere greie for korleis pårørande blir involverte når ein person får tenester, til "
        "dømes i vedtak, individuell plan og samarbeidsmøte.",
        "Vurdere behovet for avlasting og andre tilbod som gir pårørande pusterom, som "
        "dagtilbod og korttidsopphald.",
        "Gjere greie for korleis barn og unge som er pårørande, blir fanga opp og følgde opp av "
        "barneansvarleg personell.",
        "Beskrive tilbod om opplæring og likepersonsstøtte til pårørande til personar med "
        "demens, psykiske helseutfordringar, rusproblem og utviklingshemming.",
        "Vurdere korleis kommunen kan hjelpe pårørande som står i arbeid, mellom anna med "
        "informasjon om omsorgsstønad og pleiepengar.",
        "Lage ei oversikt over kven pårørande kan kontakte i kommunen, med ein fast "
        "kontaktperson eller ei eiga pårørandelinje.",
        "Beskrive korleis dei tilsette skal få opplæring i pårørandearbeid og i rettleiaren "
        "frå Helsedirektoratet.",
    ]
    bullets = [
        "korleis frivillige lag og organisasjonar, som demensforeininga og Mental Helse, kan "
        "vere med i pårørandearbeidet",
        "oppfølging av pårørande etter dødsfall",
        "korleis kunnskapen pårørande har om pasienten, kan brukast i tenestene",
    ]
    s1 = "Pårørande sjølve skal vere med i arbeidet, mellom anna gjennom ei referansegruppe."
    s2 = (
        "Utkastet skal på høyring til eldrerådet, rådet for personar med funksjonsnedsetting "
        "og ungdomsrådet."
    )
    s3 = "Strategien skal ha ein tiltaksplan med ansvar og frist for kvart tiltak."
    m = [
        ("meta", "LIDAFJORD KOMMUNE · Kommunedirektøren"),
        ("meta", "Til: Kommunalsjef helse og omsorg Tone Kvamme · Kopi: hovudtillitsvalde"),
        ("meta", "Vår ref. 26/118 · Dato: 02.03.2026"),
        ("title", "Oppdrag: pårørandestrategi for helse og omsorg 2027–2030"),
        ("h2", "Bakgrunn"),
        (
            "p",
            "Pårørande gjer nesten like mange årsverk som dei tilsette i helse- og "
            "omsorgstenestene, og mange av dei kjenner seg slitne og lite sett. Den nasjonale "
            "pårørandestrategien ventar at kommunane tek pårørande med som ein ressurs og tek "
            "vare på dei. Lidafjord har ingen samla plan for dette i dag. " + s1,
        ),
        ("h2", "Oppdraget"),
        (
            "p",
            "Helse og omsorg får i oppdrag å lage ein pårørandestrategi for perioden 2027–2030. "
            "Prosjektgruppa skal:",
        ),
        *[("typed", f"{i}.", t, "\t", 7) for i, t in enumerate(items, start=1)],
        ("p", "Strategien skal òg omtale:"),
        *marked(bullets, "•", indent=6),
        ("h2", "Organisering og framdrift"),
        (
            "p",
            "Kommunalsjef helse og omsorg leier prosjektgruppa, som har fire medlemer frå "
            "einingane. " + s2 + " " + s3 + " Prosjektgruppa kan kjøpe hjelp til kartlegginga "
            "innanfor ei ramme på 150 000 kr.",
        ),
        ("p", "Med helsing"),
        ("p", "Arne Bjørgo, kommunedirektør"),
    ]
    build_odt(
        m,
        d / "oppdragsbrev.odt",
        title="Oppdrag – pårørandestrategi",
        author="Lidafjord kommune",
        header="Lidafjord kommune",
        lang="nn-NO",
    )
    p = [
        ("title", "Saman med dei pårørande"),
        ("meta", "Pårørandestrategi for helse og omsorg i Lidafjord 2027–2030"),
        ("meta", "Lidafjord kommune · Vedteken av kommunestyret 10.12.2026, sak 88/26"),
        ("h1", "Innleiing"),
        (
            "p",
            "Strategien er laga av ei prosjektgruppe i helse og omsorg med tillitsvalde og "
            "verneombod. Ei gruppe på seks pårørande har lese utkasta og møtt prosjektgruppa "
            "tre gonger. Utkastet var på høyring hos eldrerådet og rådet for personar med "
            "funksjonsnedsetting i september 2026.",
        ),
        (
            "p",
            "Strategien byggjer på den nasjonale pårørandestrategien og rettleiaren frå "
            "Helsedirektoratet. Han blir presentert på personalmøte i alle einingane.",
        ),
        ("h1", "1 Kven er dei pårørande?"),
        (
            "p",
            "Om lag 1 900 innbyggjarar i Lidafjord hjelper ein nær person som er sjuk, gammal "
            "eller har ei funksjonsnedsetting. Av dei er om lag 300 over 67 år, og om lag 120 "
            "er barn og unge under 18 år. Kommunen gav omsorgsstønad til 38 personar i 2025.",
        ),
        ("h1", "2 Med frå første dag"),
        (
            "p",
            "Når nokon søkjer om tenester, spør tildelingskontoret kven som er nærmaste "
            "pårørande, og kva rolle vedkomande ønskjer å ha. Dei pårørande blir inviterte til "
            "oppstartsmøtet, får kopi av vedtaket når pasienten samtykkjer, og er med i arbeidet "
            "med individuell plan.",
        ),
        ("h1", "3 Pusterom"),
        (
            "p",
            "Dagsenteret på Lidatun blir ope også laurdagar frå 2027, og to rom på "
            "korttidsavdelinga blir sette av til avlasting som kan bestillast med kort varsel. "
            "Pårørande som gir mykje omsorg, skal få tilbod om ein samtale om eigen situasjon "
            "kvart år.",
        ),
        ("h1", "4 Når mor eller far blir sjuk"),
        (
            "p",
            "Kvar eining har barneansvarleg personell som spør om pasienten har barn, og som "
            "sørgjer for at barna får informasjon og hjelp. Med samtykke blir helsesjukepleiaren "
            "på skulen eller i barnehagen kontakta.",
        ),
        ("h1", "5 Lære og møte andre"),
        (
            "p",
            "Pårørandeskulen for pårørande til personar med demens blir halden kvar haust. For "
            "pårørande til personar med psykiske helseplager eller rusproblem startar vi ei "
            "samtalegruppe med ein likeperson frå Mental Helse.",
        ),
        ("h1", "6 Éin stad å ringje"),
        (
            "p",
            "Tildelingskontoret er den faste inngangsdøra for pårørande, med eige "
            "telefonnummer som er ope kvardagar 08–15. På kommunen si nettside finst ei side "
            "med namn og telefonnummer til kontaktpersonane i kvar eining.",
        ),
        ("h1", "7 Saman med dei frivillige"),
        (
            "p",
            "Demensforeininga held pårørandeskulen saman med kommunen, Mental Helse Lidafjord "
            "stiller med likepersonar, og frivilligsentralen formidlar besøksvener som kan gi "
            "pårørande nokre timar fri.",
        ),
        ("h1", "8 Dette er meg"),
        (
            "p",
            "Når nokon flyttar inn på sjukeheimen, fyller dei pårørande ut skjemaet «Dette er "
            "meg» saman med primærkontakten, slik at personalet veit kva vanar og ønske "
            "pasienten har.",
        ),
        (
            "p",
            "Oppfølging av etterlatne er omtala i planen for psykososial oppfølging ved kriser.",
        ),
        ("h1", "9 Tiltaksplan"),
        (
            "table",
            ["Tiltak", "Ansvarleg", "Frist"],
            [
                ["Dagsenteret ope laurdagar", "Einingsleiar Lidatun", "Januar 2027"],
                ["To avlastingsrom med kort varsel", "Einingsleiar Lidatun", "Mars 2027"],
                ["Årleg samtale med pårørande som gir mykje omsorg", "Tildelingskontoret", "2027"],
                [
                    "Samtalegruppe psykisk helse og rus",
                    "Leiar psykisk helse og rus",
                    "Hausten 2027",
                ],
                ["Nettside med kontaktpersonar", "Tildelingskontoret", "Juni 2027"],
            ],
            [80, 50, 30],
        ),
    ]
    build_docx(
        p,
        d / "plan.docx",
        title="Pårørandestrategi for helse og omsorg 2027–2030",
        author="Lidafjord kommune",
        header="Lidafjord kommune – pårørandestrategi",
        lang="nn-NO",
    )
    pts = [
        P(
            "1",
            items[0],
            "content",
            "partial",
            ev="Om lag 1 900 innbyggjarar i Lidafjord",
            missing=["pårørande som bur i andre kommunar"],
            trap="answered under a question heading ('Kven er dei pårørande?') for those who "
            "live in Lidafjord only",
        ),
        P(
            "2",
            items[1],
            "content",
            "covered",
            ev="Når nokon søkjer om tenester, spør",
            trap="answered under 'Med frå første dag' in other words (oppstartsmøtet for "
            "samarbeidsmøte, kopi av vedtaket)",
        ),
        P(
            "3",
            items[2],
            "content",
            "covered",
            ev="Dagsenteret på Lidatun blir ope",
            trap="answered under 'Pusterom' (dagsenteret, rom på korttidsavdelinga)",
        ),
        P(
            "4",
            items[3],
            "content",
            "covered",
            ev="Kvar eining har barneansvarleg personell",
            trap="answered under 'Når mor eller far blir sjuk'",
        ),
        P(
            "5",
            items[4],
            "content",
            "partial",
            ev="Pårørandeskulen for pårørande til personar",
            missing=["pårørande til personar med utviklingshemming"],
            trap="demens, psykiske helseplager and rus are answered; one named group is left out",
        ),
        P(
            "6",
            items[5],
            "content",
            "uncovered",
            trap="named in passing: 'Kommunen gav omsorgsstønad til 38 personar i 2025' is a "
            "figure; nothing on pårørande in work or pleiepengar",
        ),
        P(
            "7",
            items[6],
            "content",
            "covered",
            ev="Tildelingskontoret er den faste inngangsdøra",
            trap="answered under 'Éin stad å ringje' in other words (den faste inngangsdøra, "
            "eige telefonnummer)",
        ),
        P(
            "8",
            items[7],
            "content",
            "uncovered",
            trap="shared words without an answer: the strategy 'byggjer på … rettleiaren frå "
            "Helsedirektoratet' and is 'presentert på personalmøte'; informing is no training",
        ),
        P(
            "9",
            bullets[0],
            "content",
            "covered",
            ev="Demensforeininga held pårørandeskulen",
            trap="first of three '•⇥' bullets after 'Strategien skal òg omtale:' (numbered 9–11 "
            "by position after the eight numbered points); answered under 'Saman med dei "
            "frivillige'",
        ),
        P(
            "10",
            bullets[1],
            "content",
            "uncovered",
            trap="deferred: 'Oppfølging av etterlatne er omtala i planen for psykososial "
            "oppfølging ved kriser'",
        ),
        P(
            "11",
            bullets[2],
            "content",
            "partial",
            ev="Når nokon flyttar inn på sjukeheimen",
            missing=["korleis kunnskapen blir brukt i heimetenestene og dei andre tenestene"],
            trap="answered under 'Dette er meg' in other words, for the sjukeheim only",
        ),
        P(
            "S1",
            s1,
            "process",
            "covered",
            ev="Strategien er laga av ei prosjektgruppe",
            trap="a requirement at the end of the background; answered in the introduction in "
            "other words ('Ei gruppe på seks pårørande har lese utkasta')",
        ),
        P(
            "S2",
            s2,
            "process",
            "partial",
            ev="Strategien er laga av ei prosjektgruppe",
            missing=["høyring hos ungdomsrådet"],
        ),
        P(
            "S3",
            s3,
            "deliverable",
            "covered",
            ev="Tiltak Ansvarleg Frist",
            trap="answered by the table under 'Tiltaksplan'",
        ),
    ]
    return dict(
        language="nn",
        mandate="oppdragsbrev.odt",
        plan="plan.docx",
        producer="oppdragsbrev .odt (nynorsk, Word saved by Writer): a requirement at the end "
        "of the background, eight points typed '1.⇥' with a hanging indent after 'Prosjektgruppa "
        "skal:', three typed '•⇥' bullets in lower case after 'Strategien skal òg omtale:' "
        "(numbered 9–11 in the gold), two requirements in one paragraph of 'Organisering og "
        "framdrift' between sentences that are none; plan .docx with a 'Tiltak | Ansvarleg | "
        "Frist' table",
        points=pts,
    )


# =========================================================================== 4 laegedaekning (da)


@pair
def laegedaekning(d: Path) -> dict:
    items = [
        "kortlægge lægedækningen i kommunen, herunder antal patienter pr. læge og praksisser, "
        "der er lukket for tilgang",
        "belyse lægernes alder og hvor mange læger, der forventes at gå på pension inden for de "
        "næste ti år",
        "beskrive, hvordan kommunen kan stille lokaler til rådighed for praktiserende læger, fx "
        "i sundhedshuse",
        "vurdere samarbejdet med regionen om praksisplanlægning og om regionsklinikker",
        "beskrive tiltak, der kan tiltrække uddannelseslæger og yngre læger, herunder hjælp til "
        "bolig og til job til en ægtefælle",
        "vurdere, hvordan sygeplejersker og andre faggrupper kan aflaste lægerne i praksis",
        "belyse konsekvenserne for borgere i yderområderne, især ældre uden bil",
        "beskrive samarbejdet med nabokommunerne om lægedækning",
        "indeholde et økonomisk overslag over strategiens tiltak",
        "opstille mål, der kan følges op årligt",
        "beskrive akutberedskabet og lægevagtens dækning i kommunen",
    ]
    s1 = "strategien også skal belyse mulighederne for en kommunal lægeklinik i Vesterby"
    s2 = "Ældrerådet og Handicaprådet skal høres, inden strategien vedtages."
    s3 = "strategien forelægges kommunalbestyrelsen senest i december 2026"
    m = [
        ("meta", "KÆRBY KOMMUNE"),
        ("title", "Beslutningsprotokol"),
        ("meta", "Kommunalbestyrelsen · Mødedato: 24. marts 2026 · Kl. 17.00 · Byrådssalen"),
        ("h1", "Punkt 7: Strategi for lægedækning – bestilling"),
        ("meta", "Sagsnr.: 26/4471 · Sagsbehandler: Mette Juhl Sørensen"),
        ("h2", "Resumé"),
        (
            "p",
            "Flere praksisser i Kærby har lukket for nye patienter, og mange af lægerne nærmer "
            "sig pensionsalderen. Administrationen foreslår, at kommunalbestyrelsen bestiller en "
            "strategi for lægedækning og fastlægger, hvad den skal indeholde.",
        ),
        ("h2", "Sagsfremstilling"),
        (
            "p",
            "Det er regionen, der har ansvaret for lægedækningen, men kommunen kan gøre meget "
            "for at gøre det attraktivt at nedsætte sig som læge i Kærby. Strategien "
            "udarbejdes af Sundhed og Omsorg, som allerede har holdt et første møde med de "
            "praktiserende læger. "
            + s2
            + " Social- og Sundhedsudvalget følger arbejdet undervejs.",
        ),
        ("h2", "Økonomi"),
        (
            "p",
            "Sagen har ingen økonomiske konsekvenser i 2026. Udgifter til tiltak i strategien "
            "indgår i budgetforhandlingerne for 2027.",
        ),
        ("h2", "Indstilling"),
        (
            "p",
            "Direktionen indstiller, at kommunalbestyrelsen beslutter, at der udarbejdes en "
            "strategi for lægedækning 2027–2030, som skal:",
        ),
        ("bullets", items),
        ("p", "og at " + s3 + "."),
        ("h2", "Beslutning"),
        (
            "p",
            "Indstillingen blev godkendt med den tilføjelse, at " + s1 + ". Fraværende: Jens "
            "Holm (V).",
        ),
    ]
    build_pdf(
        m,
        d / "beslutningsprotokol.pdf",
        title="Beslutningsprotokol – Kommunalbestyrelsen 24. marts 2026",
        author="Kærby Kommune",
        header="Kærby Kommune – Kommunalbestyrelsen – 24.03.2026",
        lang="da-DK",
    )
    p = [
        ("title", "Flere læger tæt på borgerne"),
        ("meta", "Strategi for lægedækning i Kærby Kommune 2027–2030"),
        ("meta", "Vedtaget af kommunalbestyrelsen den 16. december 2026"),
        ("h1", "Forord"),
        (
            "p",
            "Strategien er udarbejdet af Sundhed og Omsorg sammen med lægerne i Kærby og "
            "praksiskonsulenten. Ældrerådet har haft et udkast i høring og har bl.a. peget på, "
            "at mange ældre har langt til lægen.",
        ),
        ("h1", "1 Sådan ser det ud i dag"),
        (
            "p",
            "Der er 21 praktiserende læger i ni praksisser i Kærby. I gennemsnit har hver læge "
            "1 780 patienter, mod 1 550 i hele regionen. Fem af de ni praksisser har lukket for "
            "nye patienter, og 1 300 borgere er tildelt en læge i en nabokommune.",
        ),
        (
            "p",
            "Otte af lægerne er over 60 år, og vi regner med, at de stopper inden 2035. Uden nye "
            "læger vil der mangle mindst seks læger i 2030.",
        ),
        (
            "p",
            "Borgere i Vesterby og på Kærø har over 20 km til nærmeste læge, og det er her, "
            "andelen af borgere over 75 år er størst.",
        ),
        ("h1", "2 Plads i Sundhedshuset"),
        (
            "p",
            "Kommunen tilbyder lejemål til nye praksisser i Sundhedshuset i Kærby by, med "
            "nedsat husleje de første fem år og fælles venteværelse og sekretærfunktion. "
            "Sundhedshuset rummer også fysioterapi, jordemoder og tandlæge.",
        ),
        ("h1", "3 Unge læger skal vælge Kærby"),
        (
            "p",
            "Alle uddannelseslæger i almen medicin får en introduktionsdag, en kontaktperson i "
            "kommunen og hjælp til at finde en bolig. Kommunen betaler kørsel for "
            "uddannelseslæger, der bor uden for kommunen.",
        ),
        ("h1", "4 Samarbejdet med regionen"),
        (
            "p",
            "Kommunen deltager i regionens praksisplanudvalg og vil her arbejde for, at nye "
            "ydernumre placeres i Kærby, og at de lukkede praksisser kan åbne for flere "
            "patienter.",
        ),
        ("h1", "5 En klinik i Vesterby"),
        (
            "p",
            "Hvis det ikke lykkes at få en praktiserende læge til Vesterby inden 2028, kan "
            "kommunen selv drive en lægeklinik med ansatte læger efter sundhedsloven. En sådan "
            "klinik vil koste omkring 2,5 mio. kr. om året ud over regionens betaling. Vi "
            "anbefaler at prøve det i en periode på tre år.",
        ),
        ("h1", "6 Økonomi"),
        (
            "table",
            ["Tiltak (1.000 kr.)", "2027", "2028", "2029", "2030"],
            [
                ["Nedsat husleje i Sundhedshuset", "400", "400", "400", "400"],
                ["Uddannelseslæger: kørsel og introduktion", "150", "150", "150", "150"],
                ["Kommunal klinik i Vesterby", "–", "2 500", "2 500", "2 500"],
            ],
            [80, 20, 20, 20, 20],
        ),
        ("h1", "7 Det videre arbejde"),
        (
            "p",
            "Lægevagten drives af regionen og indgår ikke i strategien. Strategien evalueres i "
            "2030.",
        ),
    ]
    build_pdf(
        p,
        d / "plan.pdf",
        title="Strategi for lægedækning 2027–2030",
        author="Kærby Kommune",
        header="Kærby Kommune – Strategi for lægedækning",
        lang="da-DK",
    )
    pts = [
        P(
            "1",
            items[0],
            "content",
            "covered",
            ev="Der er 21 praktiserende læger",
            trap="Word bullets in lower case, numbered 1–11 by position; answered under 'Sådan "
            "ser det ud i dag' in other words (lukket for nye patienter)",
        ),
        P(
            "2",
            items[1],
            "content",
            "covered",
            ev="Otte af lægerne er over 60 år",
            trap="answered in other words ('vi regner med, at de stopper inden 2035'); pension "
            "is not named",
        ),
        P(
            "3",
            items[2],
            "content",
            "covered",
            ev="Kommunen tilbyder lejemål til nye praksisser",
            trap="answered under 'Plads i Sundhedshuset' (lejemål for lokaler)",
        ),
        P(
            "4",
            items[3],
            "content",
            "partial",
            ev="Kommunen deltager i regionens praksisplanudvalg",
            missing=["regionsklinikker"],
        ),
        P(
            "5",
            items[4],
            "content",
            "partial",
            ev="Alle uddannelseslæger i almen medicin",
            missing=["hjælp til job til en ægtefælle", "yngre læger ud over uddannelseslægerne"],
            trap="answered under 'Unge læger skal vælge Kærby' for uddannelseslæger and housing",
        ),
        P(
            "6",
            items[5],
            "content",
            "uncovered",
            trap="shared words without an answer: 'Sundhedshuset rummer også fysioterapi, "
            "jordemoder og tandlæge' names other professions in the building; nothing on nurses "
            "or others relieving the doctors",
        ),
        P(
            "7",
            items[6],
            "content",
            "partial",
            ev="Borgere i Vesterby og på Kærø",
            missing=["hvordan ældre uden bil kommer til lægen"],
            trap="one sentence says where the distances are long and the old live; the "
            "Vesterby klinik (S1) answers the place, not the transport of those without a car",
        ),
        P(
            "8",
            items[7],
            "content",
            "uncovered",
            trap="named in passing: '1 300 borgere er tildelt en læge i en nabokommune' is a "
            "fact; no cooperation with the neighbouring municipalities",
        ),
        P(
            "9",
            items[8],
            "deliverable",
            "covered",
            ev="Tiltak (1.000 kr.) 2027 2028 2029 2030",
            trap="answered by the table under 'Økonomi' (amounts per year)",
        ),
        P(
            "10",
            items[9],
            "deliverable",
            "uncovered",
            trap="'Strategien evalueres i 2030' is one evaluation; no goals followed up yearly",
        ),
        P(
            "11",
            items[10],
            "content",
            "uncovered",
            trap="deferred: 'Lægevagten drives af regionen og indgår ikke i strategien'",
        ),
        P(
            "S1",
            s1,
            "content",
            "covered",
            ev="Hvis det ikke lykkes at få en praktiserende",
            trap="a requirement added in the Beslutning (the council's addition, not in the "
            "indstilling); answered under 'En klinik i Vesterby'",
        ),
        P(
            "S2",
            s2,
            "process",
            "partial",
            ev="Strategien er udarbejdet af Sundhed og Omsorg",
            missing=["høring i Handicaprådet"],
            trap="a requirement in the Sagsfremstilling; the foreword names the Ældreråd's "
            "hearing only",
        ),
        P(
            "S3",
            s3,
            "process",
            "covered",
            ev="Vedtaget af kommunalbestyrelsen den 16. december 2026",
            trap="an 'og at …' line after the bullets; met by the adoption line under the title",
        ),
    ]
    return dict(
        language="da",
        mandate="beslutningsprotokol.pdf",
        plan="plan.pdf",
        producer="beslutningsprotokol PDF (Danish, Kommunalbestyrelsen, punkt 7): a requirement "
        "in the Sagsfremstilling, eleven Word symbol bullets in lower case after 'som skal:' in "
        "the Indstilling, an 'og at …' line after them, and a requirement added in the "
        "Beslutning; plan PDF with an economy table in year columns",
        points=pts,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    check = _b5._b3._first_batch_builder().check_points_in_mandate
    for name in argv or list(PAIRS):
        d = HERE / name
        d.mkdir(exist_ok=True)
        info = PAIRS[name](d)
        check(d, info["mandate"], info["points"])
        pages = rendered_pages(d / info["plan"])
        header = (
            f"# Blind gold for the {name} pair ({info['language']}): rebuilt by "
            "corpora/mandates-blind6/make_pairs.py.\n"
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
