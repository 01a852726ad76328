"""Build the fourth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-02 without reading plancheck's code. A parent is a kommuneplanens samfunnsdel
(three focus areas, 8–9 goals) laid out one of three ways: a typed numbered list (1.1, 1.2 …)
under focus-area headings, each goal a heading of its own with prose under it, or goal tables
"Nr. | Mål | Indikator | Status 2024". The child is the plan that follows it up: a handlingsdel
with bulleted period goals over measure tables by year, a nynorsk kulturplan whose delmål sit in
a "Delmål | Slik gjer vi det" table, and a folkehelseplan with bold "Mål:" lines over bulleted
measures. The child paraphrases the parent, serves some goals only in part, leaves some alone,
and has goals of its own; traps (a child item sharing words with a parent goal but not serving
it, a goal deferred to another plan) are noted in the gold.

    python corpora/parents-blind4/make_pairs.py                    # all pairs
    python corpora/parents-blind4/make_pairs.py vassbygd-kulturplan # some pairs

Uses the block writer of corpora/mandates-blind/_build.py and the goal helpers of
corpora/parents/make_pairs.py (G, C, find_page); gold format as in corpora/parents/README.md.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))

from _build import build_docx, build_pdf, page_of, rendered_pages  # noqa: E402


def _parents_builder():
    spec = importlib.util.spec_from_file_location(
        "parents_make_pairs", HERE.parent / "parents" / "make_pairs.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_pm = _parents_builder()
G, C, find_page = _pm.G, _pm.C, _pm.find_page

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


# =========================================================================== 1 Ørnevik (nb)


@pair
def ornevik_handlingsdel(d: Path) -> dict:
    g = {
        "1.1": "Barn og unge i Ørnevik skal ha trygge oppvekstvilkår og oppleve mestring i "
        "barnehage og skole.",
        "1.2": "Ungdom skal ha meningsfulle fritidstilbud og steder å møtes.",
        "2.1": "Flere innbyggere skal være i arbeid, og ingen skal stå utenfor arbeidslivet "
        "fordi de ikke kan godt nok norsk.",
        "2.2": "Innbyggerne skal kunne bo trygt hjemme så lenge som mulig.",
        "2.3": "Alle skal ha tilgang til en god og egnet bolig.",
        "3.1": "Ørnevik skal være et attraktivt sted å etablere og drive næring, med vekt på "
        "sjømat og reiseliv.",
        "3.2": "Kommunen skal redusere sine egne klimagassutslipp og ta vare på naturmangfoldet.",
        "3.3": "Kommunen skal ha en robust økonomi med et netto driftsresultat på minst 1,75 "
        "prosent.",
    }

    def goals(prefix):
        return [("typed", k, v, "\t", 12) for k, v in g.items() if k.startswith(prefix)]

    parent = [
        ("meta", "ØRNEVIK KOMMUNE"),
        ("title", "Kommuneplanens samfunnsdel 2025–2037"),
        ("meta", "Vedtatt av kommunestyret 12.06.2025, sak 44/25"),
        ("h1", "Innledning"),
        (
            "p",
            "Samfunnsdelen er kommunens overordnede styringsdokument. Den beskriver hva slags "
            "samfunn vi vil ha i 2037, og hvilke mål kommunen skal styre etter. Målene følges opp "
            "i handlingsdelen og økonomiplanen, som rulleres hvert år, og i temaplaner.",
        ),
        ("h1", "1 Oppvekst"),
        (
            "p",
            "Ørnevik har få barn per årskull, og skolene er små. Ungdata viser at mange ungdommer "
            "savner noe å gjøre etter skoletid.",
        ),
        ("p", "Mål:"),
        *goals("1."),
        ("h1", "2 Helse, levekår og bolig"),
        (
            "p",
            "Fram mot 2037 blir det dobbelt så mange over 80 år. Flere flyktninger har bosatt "
            "seg i kommunen de siste årene, og mange av dem står fortsatt utenfor arbeidslivet. "
            "Det er få utleieboliger, og unge som vil etablere seg, finner ikke bolig.",
        ),
        ("p", "Mål:"),
        *goals("2."),
        ("h1", "3 Næring, klima og økonomi"),
        (
            "p",
            "Sjømatnæringen er den største private arbeidsgiveren, og reiselivet vokser. "
            "Kommunens økonomi er presset av høye lånekostnader.",
        ),
        ("p", "Mål:"),
        *goals("3."),
    ]
    build_pdf(
        parent,
        d / "parent.pdf",
        title="Kommuneplanens samfunnsdel 2025–2037",
        author="Ørnevik kommune",
        header="Ørnevik kommune – kommuneplanens samfunnsdel",
    )
    k_skole = "Alle elever skal oppleve at de lærer og mestrer på skolen, og ingen skal bli mobbet."
    k_flykt = (
        "Flere flyktninger skal være i arbeid eller utdanning ett år etter introduksjonsprogrammet."
    )
    k_hjem = (
        "Flere eldre skal få hjelp i eget hjem, og færre skal trenge langtidsplass på sykehjem."
    )
    k_fossil = "Kommunens bygg og biler skal bruke mindre fossil energi."
    k_okonomi = (
        "Netto driftsresultat skal være minst 1,75 prosent, og disposisjonsfondet skal være "
        "minst 8 prosent av driftsinntektene."
    )
    k_fravaer = "Sykefraværet i kommunen skal ned til under 8 prosent."
    k_svar = "Innbyggerne skal få svar på henvendelser innen fem virkedager."
    m_bhg = "Kompetanseløft for barnehageansatte om et trygt og godt barnehagemiljø"
    m_norsk = "Norskopplæring kombinert med arbeidspraksis i kommunale virksomheter"
    m_rehab = "Hverdagsrehabilitering i hele kommunen"
    m_alarm = "Digitalt tilsyn og trygghetsalarmer"
    m_regplan = "Reguleringsplan for næringsarealet på Sandøyra"
    m_varme = "Varmepumper i Ørnevik skole og rådhuset"
    m_elbil = "Elbiler i hjemmetjenesten"

    def goals_list(items):
        return [("p", "Mål for perioden:"), ("bullets", items)]

    def tiltak(rows):
        return (
            "table",
            ["Tiltak", "Ansvar", "2027", "2028", "2029", "2030"],
            rows,
            [62, 34, 16, 16, 16, 16],
        )

    child = [
        ("title", "Handlingsdel med økonomiplan 2027–2030"),
        ("meta", "Ørnevik kommune · Vedtatt av kommunestyret 17.12.2026, sak 88/26"),
        ("h1", "1 Innledning"),
        (
            "p",
            "Handlingsdelen viser hvordan kommunen skal følge opp samfunnsdelen de neste fire "
            "årene. Beløpene i tiltakstabellene er i 1000 kr og kommer i tillegg til dagens "
            "drift.",
        ),
        ("h1", "2 Oppvekst"),
        *goals_list([k_skole]),
        tiltak(
            [
                [m_bhg, "Kommunalsjef oppvekst", "150", "150", "", ""],
                ["Trivselsledere på alle barneskoler", "Rektorene", "40", "40", "40", "40"],
            ]
        ),
        ("h1", "3 Helse og levekår"),
        *goals_list([k_flykt, k_hjem]),
        tiltak(
            [
                [m_norsk, "Leder flyktningtjenesten", "300", "300", "300", "300"],
                [m_rehab, "Kommunalsjef helse", "900", "900", "900", "900"],
                [m_alarm, "Kommunalsjef helse", "400", "200", "200", "200"],
                [
                    "Boligkontoret flytter til servicetorget",
                    "Kommunedirektørens stab",
                    "50",
                    "",
                    "",
                    "",
                ],
            ]
        ),
        ("break",),
        ("h1", "4 Næring og klima"),
        *goals_list([k_fossil]),
        tiltak(
            [
                [m_regplan, "Planleder", "500", "", "", ""],
                [m_varme, "Eiendomssjef", "1 200", "", "", ""],
                [m_elbil, "Kommunalsjef helse", "300", "300", "", ""],
            ]
        ),
        ("h1", "5 Organisasjon og økonomi"),
        *goals_list([k_okonomi, k_fravaer, k_svar]),
        tiltak(
            [
                ["Nærværsprosjekt i helse og omsorg", "HR-sjef", "200", "200", "", ""],
                ["Ny løsning for innbyggerdialog", "Servicetorget", "250", "", "", ""],
                [
                    "Rehabilitering av møterommene i rådhuset med nytt videoutstyr",
                    "Eiendomssjef",
                    "600",
                    "",
                    "",
                    "",
                ],
            ]
        ),
    ]
    build_docx(
        child,
        d / "child.docx",
        title="Handlingsdel med økonomiplan 2027–2030",
        author="Ørnevik kommune",
        header="Ørnevik kommune – handlingsdel 2027–2030",
    )
    goals_ = [
        G(
            "G1.1",
            g["1.1"],
            "followed_up",
            [k_skole, m_bhg, "Trivselsledere på alle barneskoler"],
            ev="Alle elever skal oppleve at de lærer",
            note="the child goal covers skole, the measures add barnehage",
        ),
        G(
            "G1.2",
            g["1.2"],
            "not_followed_up",
            note="trap: 'Rehabilitering av møterommene i rådhuset' shares møte; nothing serves "
            "youth leisure or meeting places",
        ),
        G(
            "G2.1",
            g["2.1"],
            "partial",
            [k_flykt, m_norsk],
            ev="Flere flyktninger skal være i arbeid",
            missing=["arbeid for andre grupper utenfor arbeidslivet enn flyktninger"],
        ),
        G(
            "G2.2",
            g["2.2"],
            "followed_up",
            [k_hjem, m_rehab, m_alarm],
            ev="Flere eldre skal få hjelp i eget hjem",
            note="answered in other words (hjelp i eget hjem, færre på sykehjem)",
        ),
        G(
            "G2.3",
            g["2.3"],
            "not_followed_up",
            note="trap: 'Boligkontoret flytter til servicetorget' shares bolig and moves an "
            "office; nothing gives anyone a home",
        ),
        G(
            "G3.1",
            g["3.1"],
            "partial",
            [m_regplan],
            ev="Reguleringsplan for næringsarealet",
            missing=["sjømat og reiseliv"],
            note="served by a measure only, no child goal",
        ),
        G(
            "G3.2",
            g["3.2"],
            "partial",
            [k_fossil, m_varme, m_elbil],
            ev="Kommunens bygg og biler skal bruke",
            missing=["naturmangfoldet"],
        ),
        G(
            "G3.3",
            g["3.3"],
            "followed_up",
            [k_okonomi],
            ev="Netto driftsresultat skal være minst",
        ),
    ]
    kids = [
        C(k_skole, ["G1.1"]),
        C(k_flykt, ["G2.1"]),
        C(k_hjem, ["G2.2"]),
        C(k_fossil, ["G3.2"]),
        C(k_okonomi, ["G3.3"]),
        C(k_fravaer, [], note="sick leave in the council's own organisation serves no goal"),
        C(k_svar, [], note="answering enquiries within five days serves no goal of the parent"),
    ]
    return dict(
        language="nb",
        parent="parent.pdf",
        child="child.docx",
        producer="parent PDF: goals typed '1.1⇥' with a hanging indent after 'Mål:' under "
        "three numbered focus areas; child .docx (handlingsdel): 'Mål for perioden:' Word "
        "bullets over measure tables Tiltak | Ansvar | 2027 | 2028 | 2029 | 2030",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 2 Vassbygd (nn)


@pair
def vassbygd_kulturplan(d: Path) -> dict:
    g = [
        "Alle barn og unge skal få utvikle evnene sine og kjenne at dei høyrer til.",
        "Innbyggjarane skal ha gode møteplassar og eit rikt kulturliv i alle bygdene.",
        "Frivillige lag og organisasjonar skal ha gode vilkår.",
        "Vassbygd skal ta vare på og bruke kulturarven sin.",
        "Fleire skal vere i arbeid, og næringslivet skal vekse.",
        "Innbyggjarane skal ha gode levevanar og vere aktive gjennom heile livet.",
        "Vassbygd skal vere eit inkluderande samfunn der alle kan delta, uansett bakgrunn og "
        "funksjonsevne.",
        "Kommunen skal kutte klimagassutsleppa med 50 prosent innan 2030.",
    ]
    prose = [
        "Det tyder at barnehagar, skular og fritidstilbod samarbeider om kvart barn, og at "
        "ingen fell utanfor.",
        "Grendahus, kulturhus, bibliotek og uteområde skal vere opne og i bruk.",
        "Laga er limet i bygdene. Kommunen skal vere ein enkel og føreseieleg samarbeidspart.",
        "Bygningar, kulturlandskap og tradisjonar skal vere kjende og brukte, ikkje berre verna.",
        "Vi skal ha fleire arbeidsplassar i landbruk, industri og reiseliv.",
        "Det skal vere lett å velje sunt og å vere i aktivitet, frå barnehagen til sjukeheimen.",
        "Tilboda skal vere opne for alle, og ingen skal møte hindringar på grunn av "
        "økonomi, språk eller funksjonsevne.",
        "Kommunen skal gå føre med sine eigne bygg og køyretøy, og leggje til rette for at "
        "innbyggjarar og næringsliv kan kutte.",
    ]
    parent = [
        ("meta", "VASSBYGD KOMMUNE"),
        ("title", "Kommuneplanen sin samfunnsdel 2024–2036"),
        ("meta", "Vedteken av kommunestyret 20.06.2024, sak 51/24"),
        (
            "p",
            "Samfunnsdelen har tre tema. Under kvart tema står måla som overskrifter, med ei "
            "kort forklaring. Måla blir følgde opp i handlingsdelen og i temaplanane.",
        ),
        ("h1", "Tema 1: Oppvekst og fellesskap"),
        ("h2", g[0]),
        ("p", prose[0]),
        ("h2", g[1]),
        ("p", prose[1]),
        ("h2", g[2]),
        ("p", prose[2]),
        ("h2", g[3]),
        ("p", prose[3]),
        ("h1", "Tema 2: Arbeid og helse"),
        ("h2", g[4]),
        ("p", prose[4]),
        ("h2", g[5]),
        ("p", prose[5]),
        ("h2", g[6]),
        ("p", prose[6]),
        ("h1", "Tema 3: Klima og miljø"),
        ("h2", g[7]),
        ("p", prose[7]),
    ]
    build_docx(
        parent,
        d / "parent.docx",
        title="Kommuneplanen sin samfunnsdel 2024–2036",
        author="Vassbygd kommune",
        header="Vassbygd kommune – samfunnsdelen",
        lang="nn-NO",
    )
    k1 = "Kulturskulen skal ha plass til alle barn som søkjer, og ventelista skal vere borte innan 2028."
    k2 = "Kvar bygd skal ha eit samlingslokale som er ope og i god stand."
    k3 = "Det skal vere eit kulturtilbod for alle aldrar kvar månad, i kulturhuset og på turné i bygdene."
    k4 = "Laga skal få enklare søknader og låne kommunale lokale gratis."
    k5 = "Kulturkontoret skal svare på søknader om tilskot innan fire veker."
    k6 = (
        "Freda og verneverdige bygningar skal vere registrerte, haldne ved like og kjende for folk."
    )
    k7 = "Alle som vil, skal kunne delta i kulturlivet, same kva dei har å rutte med."
    k8 = "Alle arrangement i kommunal regi skal ha digital billettsal."
    m_fritid = "Fritidskortet: 2 000 kr i året til alle barn mellom 6 og 18 år"
    m_ledsag = "Ledsagarbevis gjeld på alle kommunale arrangement"
    m_dagar = "Kulturminnedagane kvart år med vandringar i bygdene"
    child = [
        ("title", "Kulturplan 2026–2030"),
        ("meta", "Vassbygd kommune · Temaplan · Vedteken av kommunestyret 19.03.2026"),
        ("h1", "1 Innleiing"),
        (
            "p",
            "Kulturplanen følgjer opp samfunnsdelen på kulturfeltet. Idrett og fysisk aktivitet "
            "er følgde opp i kommunedelplanen for idrett og fysisk aktivitet, og er ikkje med "
            "her.",
        ),
        (
            "p",
            "Næringsforeininga sponsar kulturprisen, som blir delt ut kvar haust.",
        ),
        ("h1", "2 Delmål og tiltak"),
        (
            "table",
            ["Delmål", "Slik gjer vi det"],
            [
                [k1, "Tilsetje ein lærar til i kulturskulen; undervisning i alle bygdeskulane"],
                [k2, "Tilskot til vedlikehald av grendahus, 400 000 kr i året"],
                [k3, "Turnéprogram i samarbeid med Vestlandsscenen"],
                [k4, "Eitt søknadsskjema for alle tilskot; gratis lån av skular og hallar"],
                [k5, "Fast søknadsfrist to gonger i året"],
            ],
            [80, 80],
        ),
        ("break",),
        (
            "table",
            ["Delmål", "Slik gjer vi det"],
            [
                [k6, m_dagar + "; tilskot til istandsetjing av freda og verneverdige bygg"],
                [k7, m_fritid + "; " + m_ledsag],
                [k8, "Nytt billettsystem i kulturhuset frå 2027"],
            ],
            [80, 80],
        ),
    ]
    build_pdf(
        child,
        d / "child.pdf",
        title="Kulturplan 2026–2030",
        author="Vassbygd kommune",
        header="Vassbygd kommune – kulturplan 2026–2030",
        lang="nn-NO",
    )
    goals_ = [
        G(
            "G1",
            g[0],
            "partial",
            [k1],
            ev="Kulturskulen skal ha plass",
            missing=["samarbeid mellom barnehage, skule og fritid om kvart barn; tilhøyrsle"],
            note="the kulturskule serves the part of the goal that is about developing talents",
        ),
        G("G2", g[1], "followed_up", [k2, k3], ev="Kvar bygd skal ha eit"),
        G(
            "G3",
            g[2],
            "followed_up",
            [k4, k5],
            ev="Laga skal få enklare",
            note="answered in other words",
        ),
        G("G4", g[3], "followed_up", [k6, m_dagar], ev="Freda og verneverdige bygningar"),
        G(
            "G5",
            g[4],
            "not_followed_up",
            note="trap: næringsforeininga named as the sponsor of the culture prize; nothing "
            "serves jobs or business growth",
        ),
        G(
            "G6",
            g[5],
            "not_followed_up",
            note="deferred in the introduction to the kommunedelplan for idrett og fysisk "
            "aktivitet",
        ),
        G(
            "G7",
            g[6],
            "partial",
            [k7, m_fritid, m_ledsag],
            ev="Alle som vil, skal kunne",
            missing=["språk og bakgrunn (innvandrarar)"],
        ),
        G("G8", g[7], "not_followed_up"),
    ]
    kids = [
        C(k1, ["G1"]),
        C(k2, ["G2"]),
        C(k3, ["G2"]),
        C(k4, ["G3"]),
        C(k5, ["G3"], note="serves the associations' conditions in other words (quick answers)"),
        C(k6, ["G4"]),
        C(k7, ["G7"]),
        C(k8, [], note="digital ticket sales serve no goal of the parent"),
    ]
    return dict(
        language="nn",
        parent="parent.docx",
        child="child.pdf",
        producer="parent .docx: each goal a heading (Heading 2) with a short paragraph under it, "
        "under three 'Tema N:' headings, no numbers; child PDF (kulturplan): 'Delmål | Slik gjer "
        "vi det' tables over a page break",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 3 Skarvøy (nb)


@pair
def skarvoy_folkehelse(d: Path) -> dict:
    g = {
        "1.1": "Barn og unge skal ha god psykisk helse og trives på skolen.",
        "1.2": "Alle barn skal kunne delta i fritidsaktiviteter, uavhengig av familiens økonomi.",
        "2.1": "Innbyggerne skal leve flere gode leveår med god helse.",
        "2.2": "Færre eldre skal være ensomme.",
        "2.3": "Færre skal ha et skadelig forbruk av alkohol og andre rusmidler.",
        "3.1": "Skarvøy skal ha trygge og tilgjengelige turområder nær der folk bor.",
        "3.2": "Sentrum skal være levende, med flere boliger og arbeidsplasser.",
        "3.3": "Alle innbyggere skal ha godt og sikkert drikkevann.",
        "3.4": "Skarvøy skal være et lavutslippssamfunn innen 2040.",
    }
    ind = {
        "1.1": ["Andel elever som trives på skolen (Elevundersøkelsen, 7. trinn)", "88 %"],
        "1.2": ["Andel barn som bor i familier med lav inntekt", "9 %"],
        "2.1": ["Andel som oppgir god eller svært god helse", "71 %"],
        "2.2": ["Andel over 67 år som ofte føler seg ensomme", "14 %"],
        "2.3": ["Andel i 10. klasse som har vært beruset siste år (Ungdata)", "23 %"],
        "3.1": ["Andel boliger med under 500 m til turvei", "58 %"],
        "3.2": ["Antall bosatte i sentrumssonen", "1 140"],
        "3.3": ["Antall dager med kokevarsel", "6"],
        "3.4": ["Klimagassutslipp per innbygger (tonn CO2-ekv.)", "6,1"],
    }

    def table(prefix):
        return (
            "table",
            ["Nr.", "Mål", "Indikator", "Status 2024"],
            [[k, v, *ind[k]] for k, v in g.items() if k.startswith(prefix)],
            [12, 62, 62, 24],
        )

    parent = [
        ("meta", "SKARVØY KOMMUNE"),
        ("title", "Kommuneplanens samfunnsdel 2025–2040"),
        ("meta", "Vedtatt av kommunestyret 25.09.2025, sak 61/25"),
        ("h1", "Slik leser du planen"),
        (
            "p",
            "Planen har tre satsingsområder. For hvert område står målene i en tabell med en "
            "indikator og dagens status, slik at vi kan se om utviklingen går riktig vei.",
        ),
        ("h1", "1 Gode oppvekstvilkår"),
        table("1."),
        ("h1", "2 Helse og livskvalitet hele livet"),
        table("2."),
        ("h1", "3 Et trygt og grønt Skarvøy"),
        (
            "p",
            "Skarvøy har hatt flere perioder med kokevarsel etter brudd på den gamle "
            "vannledningen fra Storvatnet.",
        ),
        table("3."),
    ]
    build_pdf(
        parent,
        d / "parent.pdf",
        title="Kommuneplanens samfunnsdel 2025–2040",
        author="Skarvøy kommune",
        header="Skarvøy kommune – samfunnsdelen 2025–2040",
    )
    k1 = (
        "Flere barn og unge skal oppleve at de har det bra, og færre skal slite med angst og "
        "nedstemthet."
    )
    k2 = "Ingen barn skal stå utenfor fritidsaktiviteter fordi familien ikke har råd."
    k3 = "Flere innbyggere skal være fysisk aktive hver uke."
    k4 = "Eldre skal ha noen å snakke med og et sted å gå."
    k5 = "Flere ungdommer skal utsette alkoholdebuten."
    k6 = "Folkehelsearbeidet skal bygge på oppdatert kunnskap om helsetilstanden i befolkningen."
    m_trivsel = "Trivselsledere og livsmestring som tema i alle klasser"
    m_helsesyk = "Helsesykepleier på ungdomsskolen alle dager"
    m_kasse = "Fritidskassen dekker kontingent og utstyr for barn i lavinntektsfamilier"
    m_utstyr = "Utstyrssentral med gratis utlån"
    m_turkart = "Nærturkart for alle grendene"
    m_turvei = "Fire kilometer ny turvei rundt Skarvøyvatnet med fast dekke og benker"
    m_tref = "Seniortreff to dager i uka på Skarvøy bo- og servicesenter"
    m_venn = "Besøksvenner i samarbeid med Frivilligsentralen"
    m_fontene = "Drikkefontener i alle skolegårder"
    child = [
        ("title", "Folkehelseplan 2026–2029"),
        ("meta", "Skarvøy kommune · Vedtatt av kommunestyret 19.02.2026, sak 12/26"),
        ("h1", "1 Innledning"),
        (
            "p",
            "Planen viser hvordan Skarvøy kommune skal arbeide med folkehelse de neste fire "
            "årene. Den bygger på oversikten over helsetilstanden fra 2024.",
        ),
        ("h1", "2 Barn og unge"),
        ("p", f"**Mål: {k1}**"),
        ("bullets", [m_trivsel + " (oppvekstsjef, 2026)", m_helsesyk + " (helsesjef, 2027)"]),
        ("p", f"**Mål: {k2}**"),
        ("bullets", [m_kasse + " (NAV, 2026)", m_utstyr + " (kultursjef, 2026)"]),
        ("p", f"**Mål: {k5}**"),
        ("bullets", ["Foreldremøter om alkohol på 8. trinn (SLT-koordinator, årlig)"]),
        ("h1", "3 Aktive innbyggere"),
        ("p", f"**Mål: {k3}**"),
        (
            "bullets",
            [
                m_turkart + " (folkehelsekoordinator, 2026)",
                m_turvei + " (teknisk sjef, 2028)",
                m_fontene + " (eiendomssjef, 2027)",
            ],
        ),
        ("break",),
        ("h1", "4 Eldre"),
        ("p", f"**Mål: {k4}**"),
        ("bullets", [m_tref + " (helsesjef, 2026)", m_venn + " (frivilligkoordinator, 2026)"]),
        ("h1", "5 Kunnskap"),
        ("p", f"**Mål: {k6}**"),
        (
            "bullets",
            [
                "Oversikten over helsetilstanden oppdateres hvert fjerde år "
                "(folkehelsekoordinator, 2027)"
            ],
        ),
    ]
    build_pdf(
        child,
        d / "child.pdf",
        title="Folkehelseplan 2026–2029",
        author="Skarvøy kommune",
        header="Skarvøy kommune – folkehelseplan 2026–2029",
    )
    goals_ = [
        G(
            "G1.1",
            g["1.1"],
            "followed_up",
            [k1, m_trivsel, m_helsesyk],
            ev="Mål: Flere barn og unge skal oppleve",
            note="answered in other words (har det bra, angst og nedstemthet; trivselsledere)",
        ),
        G(
            "G1.2",
            g["1.2"],
            "followed_up",
            [k2, m_kasse, m_utstyr],
            ev="Mål: Ingen barn skal stå utenfor",
        ),
        G(
            "G2.1",
            g["2.1"],
            "partial",
            [k3],
            ev="Mål: Flere innbyggere skal være fysisk",
            missing=["andre levevaner enn fysisk aktivitet (kosthold, tobakk)"],
        ),
        G(
            "G2.2",
            g["2.2"],
            "followed_up",
            [k4, m_tref, m_venn],
            ev="Mål: Eldre skal ha noen å snakke med",
            note="answered in other words: ensomhet is never named",
        ),
        G(
            "G2.3",
            g["2.3"],
            "partial",
            [k5],
            ev="Mål: Flere ungdommer skal utsette",
            missing=["voksnes alkoholbruk og andre rusmidler"],
        ),
        G(
            "G3.1",
            g["3.1"],
            "partial",
            [m_turkart, m_turvei],
            ev="Nærturkart for alle grendene",
            missing=["turveier nær boligene i grendene (indikatoren: under 500 m til turvei)"],
            note="served by measures under a goal about physical activity",
        ),
        G("G3.2", g["3.2"], "not_followed_up"),
        G(
            "G3.3",
            g["3.3"],
            "not_followed_up",
            note="trap: 'Drikkefontener i alle skolegårder' shares drikkevann and does nothing "
            "for the water supply",
        ),
        G("G3.4", g["3.4"], "not_followed_up"),
    ]
    kids = [
        C(k1, ["G1.1"]),
        C(k2, ["G1.2"]),
        C(k3, ["G2.1"]),
        C(k4, ["G2.2"]),
        C(k5, ["G2.3"]),
        C(
            k6,
            [],
            note="the folkehelse overview (folkehelseloven § 5) is the plan's own basis and serves "
            "no goal of the parent",
        ),
    ]
    return dict(
        language="nb",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF: goals in Nr. | Mål | Indikator | Status 2024 tables (1.1–3.4) "
        "under three numbered focus areas; child PDF (folkehelseplan): bold 'Mål: …' lines over "
        "Word bullets with '(responsible, year)'",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    for name in argv or list(PAIRS):
        d = HERE / name
        d.mkdir(exist_ok=True)
        info = PAIRS[name](d)
        ppages = rendered_pages(d / info["parent"])
        cpages = rendered_pages(d / info["child"])
        served = {g["id"]: set(g["served_by"]) for g in info["goals"]}
        for k in info["kids"]:
            for gid in k["serves"]:
                if k["text"] not in served[gid]:
                    raise SystemExit(
                        f"{name}: child goal {k['text']!r} serves {gid} but is not in its served_by"
                    )
        out_goals = []
        for g in info["goals"]:
            if (g["status"] == "not_followed_up") != (not g["served_by"]):
                raise SystemExit(f"{name}: {g['id']} status and served_by disagree")
            e = {
                "id": g["id"],
                "text": g["text"],
                "page": find_page(ppages, g["text"]),
                "status": g["status"],
                "served_by": g["served_by"],
            }
            for s in g["served_by"]:
                find_page(cpages, s)
            if g["status"] == "partial":
                e["missing"] = g["missing"]
            e["evidence"] = (
                {"page": page_of(cpages, g["ev"]), "quote": g["ev"]} if g["ev"] else None
            )
            if g["note"]:
                e["note"] = g["note"]
            out_goals.append(e)
        out_kids = []
        for k in info["kids"]:
            e = {"text": k["text"], "page": find_page(cpages, k["text"]), "serves": k["serves"]}
            if k["note"]:
                e["note"] = k["note"]
            out_kids.append(e)
        header = (
            f"# Blind rød-tråd gold for the {name} pair ({info['language']}): rebuilt by "
            "corpora/parents-blind4/make_pairs.py.\n"
            f"# Producer: {info['producer']}.\n"
            "# parent_goals: status followed_up | partial | not_followed_up, served_by (child goal\n"
            "# or measure texts), evidence (page + opening words in the child); child_goals:\n"
            "# serves (parent goal ids; empty = stands alone). See corpora/parents/README.md.\n"
        )
        body = yaml.safe_dump(
            {
                "parent": info["parent"],
                "child": info["child"],
                "language": info["language"],
                "parent_goals": out_goals,
                "child_goals": out_kids,
                "held_out": True,
            },
            allow_unicode=True,
            sort_keys=False,
            width=100,
        )
        (d / "parent-coverage.gold.yaml").write_text(header + body, encoding="utf-8")
        n = {
            s: sum(g["status"] == s for g in info["goals"])
            for s in ("followed_up", "partial", "not_followed_up")
        }
        alone = sum(not k["serves"] for k in info["kids"])
        print(
            f"{name}: {len(info['goals'])} parent goals {n}; {len(info['kids'])} child goals, "
            f"{alone} standing alone"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
