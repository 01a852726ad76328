"""Build the parent/child pairs for the rød tråd check (pbl § 11-1) and their gold files.

A parent is a kommuneplanens samfunnsdel (vision, focus areas, 8–12 goals); the child is the
handlingsdel or a temaplan that follows it up. Children rarely quote the parent: "Alle barn og
unge skal oppleve trivsel og mestring" above, "Elevene skal trives, føle seg trygge og lære
mer" below. Written blind (without reading plancheck's code). See README.md for the gold format.

    python corpora/parents/make_pairs.py            # all pairs
    python corpora/parents/make_pairs.py elvedal    # some pairs
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))

from _build import build_docx, build_pdf, page_of, rendered_pages  # noqa: E402

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


def G(gid, text, status, served_by=(), ev=None, missing=(), note=None):
    """A parent goal. served_by: child goal or measure texts (as printed); ev: opening words
    of the child passage that best shows the follow-up."""
    return dict(
        id=gid,
        text=text,
        status=status,
        served_by=list(served_by),
        ev=ev,
        missing=list(missing),
        note=note,
    )


def C(text, serves=(), note=None):
    """A child goal and the parent goals it serves (empty: it stands alone)."""
    return dict(text=text, serves=list(serves), note=note)


def find_page(pages: list[str], text: str) -> int:
    """Page of TEXT: a wrapped table cell keeps only its opening words on one printed line,
    so look for the first five words, then fewer."""
    for n in (5, 4, 3):
        try:
            return page_of(pages, " ".join(text.split()[:n]))
        except LookupError:
            continue
    return page_of(pages, text)


def goal_table(rows):
    return ("table", ["Mål", "Slik vil vi jobbe"], rows, [70, 90])


# =========================================================================== 1 Elvedal (nb)


@pair
def elvedal_handlingsdel(d: Path) -> dict:
    parent = [
        ("title", "Kommuneplanens samfunnsdel 2024–2036"),
        ("meta", "Elvedal kommune · Vedtatt av kommunestyret 14. mars 2024"),
        ("h1", "Visjon"),
        ("p", "**Elvedal – trygg, grønn og nær**"),
        (
            "p",
            "Samfunnsdelen peker ut fire satsingsområder. Under hvert satsingsområde står "
            "målene kommunen skal arbeide mot, og strategiene som viser hvordan. "
            "Handlingsdelen med økonomiplan følger opp målene år for år.",
        ),
        ("h1", "1 Gode oppvekstvilkår"),
        ("p", "Mål:"),
        (
            "bullets",
            [
                "Alle barn og unge skal oppleve trivsel og mestring.",
                "Flere ungdommer skal fullføre videregående opplæring.",
                "Barn og familier som trenger hjelp, skal få det tidlig.",
            ],
        ),
        (
            "p",
            "Strategier: Vi vil styrke samarbeidet mellom barnehage, skole og "
            "helsetjenester, og vi vil lytte til barn og unge.",
        ),
        ("h1", "2 Helse og livskvalitet hele livet"),
        ("p", "Mål:"),
        (
            "bullets",
            [
                "Innbyggerne skal kunne bo trygt hjemme så lenge som mulig.",
                "Forskjellene i levekår og helse skal reduseres.",
                "Alle skal ha tilgang til gode møteplasser og et aktivt fritidstilbud.",
            ],
        ),
        ("break",),
        ("h1", "3 Et levende næringsliv"),
        ("p", "Mål:"),
        (
            "bullets",
            [
                "Elvedal skal ha flere arbeidsplasser i privat sektor.",
                "Sentrum skal være et attraktivt sted å bo, handle og møtes.",
            ],
        ),
        ("h1", "4 Klima, miljø og arealbruk"),
        ("p", "Mål:"),
        (
            "bullets",
            [
                "Klimagassutslippene i kommunen skal reduseres med 55 prosent innen 2030.",
                "Dyrka jord og viktige naturområder skal tas vare på.",
                "Kommunen skal være forberedt på et villere og våtere klima.",
            ],
        ),
    ]
    build_pdf(
        parent,
        d / "parent.pdf",
        title="Kommuneplanens samfunnsdel 2024–2036",
        author="Elvedal kommune",
        header="Elvedal kommune · Samfunnsdelen",
    )
    child = [
        ("title", "Handlingsdel med økonomiplan 2025–2028"),
        ("meta", "Elvedal kommune · Vedtatt 12. desember 2024"),
        ("h1", "1 Innledning"),
        (
            "p",
            "Handlingsdelen viser hvordan kommunen følger opp samfunnsdelen i de neste fire "
            "årene. For hvert satsingsområde står prioriteringene for perioden og tiltakene "
            "som har fått midler.",
        ),
        ("h1", "2 Gode oppvekstvilkår"),
        ("p", "Prioriteringer i perioden:"),
        (
            "bullets",
            [
                "Elevene skal trives, føle seg trygge og lære mer.",
                "Færre elever skal slutte i videregående skole.",
            ],
        ),
        (
            "table",
            ["Tiltak", "Ansvar", "2025", "2026"],
            [
                [
                    "Leseløft og trivselsledere på alle barneskoler",
                    "Skole",
                    "0,8 mill.",
                    "0,8 mill.",
                ],
                [
                    "Oppfølgingsteam for ungdom som står i fare for å slutte i videregående",
                    "NAV og skole",
                    "1,2 mill.",
                    "1,2 mill.",
                ],
                [
                    "Familieteam med helsesykepleier og familieveileder",
                    "Helse",
                    "1,5 mill.",
                    "1,5 mill.",
                ],
            ],
            [80, 30, 25, 25],
        ),
        ("h1", "3 Helse og livskvalitet"),
        ("p", "Prioriteringer i perioden:"),
        (
            "bullets",
            [
                "Flere eldre skal få hjelp hjemme med velferdsteknologi.",
            ],
        ),
        (
            "table",
            ["Tiltak", "Ansvar", "2025", "2026"],
            [
                [
                    "Digitalt tilsyn for 100 nye brukere",
                    "Helse og omsorg",
                    "0,6 mill.",
                    "0,4 mill.",
                ],
                [
                    "Gratis kulturskole for barn i familier med lav inntekt",
                    "Kultur",
                    "0,3 mill.",
                    "0,3 mill.",
                ],
            ],
            [80, 30, 25, 25],
        ),
        ("break",),
        ("h1", "4 Næringsliv og sentrum"),
        (
            "table",
            ["Tiltak", "Ansvar", "2025", "2026"],
            [
                ["Regulere nytt næringsareal på Moen", "Plan", "0,5 mill.", "–"],
                ["Svar på henvendelser fra næringslivet innen tre uker", "Næring", "–", "–"],
                [
                    "Tilskudd til fasadeoppussing for butikkene i Storgata",
                    "Næring",
                    "0,5 mill.",
                    "0,5 mill.",
                ],
            ],
            [80, 30, 25, 25],
        ),
        ("h1", "5 Klima og beredskap"),
        ("p", "Prioriteringer i perioden:"),
        (
            "bullets",
            [
                "Kommunens egne bygg skal bruke 20 prosent mindre energi innen 2028.",
            ],
        ),
        (
            "table",
            ["Tiltak", "Ansvar", "2025", "2026"],
            [
                ["Elbiler i hjemmetjenesten", "Helse og omsorg", "0,9 mill.", "0,9 mill."],
                ["Flomsikring av Storelva ved sentrum", "Teknisk", "6,0 mill.", "4,0 mill."],
                ["Kartlegge overvann i boligfeltene", "Teknisk", "0,4 mill.", "–"],
            ],
            [80, 30, 25, 25],
        ),
        ("h1", "6 Økonomi og organisasjon"),
        ("p", "Mål for perioden:"),
        (
            "bullets",
            [
                "Netto driftsresultat skal være minst 1,75 prosent av driftsinntektene.",
                "Sykefraværet skal ned til 7 prosent.",
            ],
        ),
    ]
    build_pdf(
        child,
        d / "child.pdf",
        title="Handlingsdel med økonomiplan 2025–2028",
        author="Elvedal kommune",
        header="Elvedal kommune · Handlingsdel 2025–2028",
    )
    goals = [
        G(
            "G1",
            "Alle barn og unge skal oppleve trivsel og mestring.",
            "followed_up",
            [
                "Elevene skal trives, føle seg trygge og lære mer.",
                "Leseløft og trivselsledere på alle barneskoler",
            ],
            ev="Elevene skal trives, føle seg trygge",
        ),
        G(
            "G2",
            "Flere ungdommer skal fullføre videregående opplæring.",
            "followed_up",
            [
                "Færre elever skal slutte i videregående skole.",
                "Oppfølgingsteam for ungdom som står i fare for å slutte i videregående",
            ],
            ev="Færre elever skal slutte",
        ),
        G(
            "G3",
            "Barn og familier som trenger hjelp, skal få det tidlig.",
            "followed_up",
            ["Familieteam med helsesykepleier og familieveileder"],
            ev="Familieteam med helsesykepleier",
        ),
        G(
            "G4",
            "Innbyggerne skal kunne bo trygt hjemme så lenge som mulig.",
            "followed_up",
            [
                "Flere eldre skal få hjelp hjemme med velferdsteknologi.",
                "Digitalt tilsyn for 100 nye brukere",
            ],
            ev="Flere eldre skal få hjelp hjemme",
        ),
        G(
            "G5",
            "Forskjellene i levekår og helse skal reduseres.",
            "partial",
            ["Gratis kulturskole for barn i familier med lav inntekt"],
            ev="Gratis kulturskole for barn",
            missing=["forskjeller i helse", "levekår for voksne"],
        ),
        G(
            "G6",
            "Alle skal ha tilgang til gode møteplasser og et aktivt fritidstilbud.",
            "not_followed_up",
        ),
        G(
            "G7",
            "Elvedal skal ha flere arbeidsplasser i privat sektor.",
            "followed_up",
            [
                "Regulere nytt næringsareal på Moen",
                "Svar på henvendelser fra næringslivet innen tre uker",
            ],
            ev="Regulere nytt næringsareal",
        ),
        G(
            "G8",
            "Sentrum skal være et attraktivt sted å bo, handle og møtes.",
            "partial",
            ["Tilskudd til fasadeoppussing for butikkene i Storgata"],
            ev="Tilskudd til fasadeoppussing",
            missing=["boliger i sentrum", "møteplasser i sentrum"],
        ),
        G(
            "G9",
            "Klimagassutslippene i kommunen skal reduseres med 55 prosent innen 2030.",
            "partial",
            [
                "Kommunens egne bygg skal bruke 20 prosent mindre energi innen 2028.",
                "Elbiler i hjemmetjenesten",
            ],
            ev="Kommunens egne bygg skal bruke",
            missing=["utslipp fra transport, landbruk og næring i kommunen som helhet"],
        ),
        G("G10", "Dyrka jord og viktige naturområder skal tas vare på.", "not_followed_up"),
        G(
            "G11",
            "Kommunen skal være forberedt på et villere og våtere klima.",
            "followed_up",
            ["Flomsikring av Storelva ved sentrum", "Kartlegge overvann i boligfeltene"],
            ev="Flomsikring av Storelva",
        ),
    ]
    kids = [
        C("Elevene skal trives, føle seg trygge og lære mer.", ["G1"]),
        C("Færre elever skal slutte i videregående skole.", ["G2"]),
        C("Flere eldre skal få hjelp hjemme med velferdsteknologi.", ["G4"]),
        C("Kommunens egne bygg skal bruke 20 prosent mindre energi innen 2028.", ["G9"]),
        C("Netto driftsresultat skal være minst 1,75 prosent av driftsinntektene.", []),
        C("Sykefraværet skal ned til 7 prosent.", []),
    ]
    return dict(
        language="nb",
        parent="parent.pdf",
        child="child.pdf",
        goals=goals,
        kids=kids,
        producer="samfunnsdel PDF with goals as bullets under focus areas; "
        "handlingsdel PDF with priorities and measure tables",
    )


# =========================================================================== 2 Havnøy (nb)


@pair
def havnoy_oppvekstplan(d: Path) -> dict:
    parent = [
        ("title", "Havnøy mot 2035"),
        ("meta", "Kommuneplanens samfunnsdel 2023–2035 · Havnøy kommune"),
        ("h1", "Visjon: Havnøy – midt i havet, midt i livet"),
        (
            "p",
            "Samfunnsdelen har tre satsingsområder. Målene under gjelder for hele kommunen "
            "som samfunn, ikke bare for kommunen som organisasjon. Temaplanene skal vise "
            "hvordan målene følges opp.",
        ),
        ("h1", "Satsingsområde 1: Oppvekst"),
        ("typed", "Mål 1.1", "Alle barn og unge skal oppleve trivsel og mestring.", "\t", 20),
        (
            "typed",
            "Mål 1.2",
            "Barn og unge skal ha et godt tilbud innen kultur og fritid.",
            "\t",
            20,
        ),
        ("typed", "Mål 1.3", "Foreldre skal være trygge i foreldrerollen.", "\t", 20),
        ("typed", "Mål 1.4", "Barn og unge skal bli hørt i saker som angår dem.", "\t", 20),
        ("h1", "Satsingsområde 2: Livskvalitet"),
        ("typed", "Mål 2.1", "Innbyggerne skal ha god psykisk helse.", "\t", 20),
        ("typed", "Mål 2.2", "Eldre skal kunne leve aktive liv.", "\t", 20),
        ("typed", "Mål 2.3", "Flere skal delta i arbeidslivet.", "\t", 20),
        ("h1", "Satsingsområde 3: Et bærekraftig samfunn"),
        ("typed", "Mål 3.1", "Havnøy skal nå klimamålene som kommunestyret har vedtatt.", "\t", 20),
        ("typed", "Mål 3.2", "Det skal være trygt å ferdes langs veiene i kommunen.", "\t", 20),
        ("typed", "Mål 3.3", "Innbyggerne skal ha tillit til kommunen.", "\t", 20),
    ]
    build_pdf(
        parent,
        d / "parent.pdf",
        title="Havnøy mot 2035",
        author="Havnøy kommune",
        header="Kommuneplanens samfunnsdel 2023–2035",
    )
    child = [
        ("title", "Oppvekstplan for Havnøy 2025–2029"),
        ("meta", "Havnøy kommune · Temaplan for barnehage, skole og fritid"),
        ("h1", "1 Innledning"),
        (
            "p",
            "Oppvekstplanen er en temaplan under kommuneplanen. Den gjelder for barnehagene, "
            "skolene, helsestasjonen og ungdomsklubben.",
        ),
        ("h1", "2 Hovedmål"),
        ("p", "**Barna i barnehagen skal oppleve vennskap, lek og læring.**"),
        ("p", "**Elevene skal trives, føle seg trygge og lære mer.**"),
        ("p", "**Barn og unge skal ha reell innflytelse på beslutninger om skole og nærmiljø.**"),
        ("p", "**Alle barnehager skal ha opptak hver måned.**"),
        ("p", "**Skolene skal ta i bruk digitale læremidler på alle trinn.**"),
        ("break",),
        ("h1", "3 Tiltak"),
        ("h2", "Barnehage og skole"),
        (
            "bullets",
            [
                "Trivselsprogram og faste vennskapsgrupper i alle barnehager.",
                "Elevene skal lære å mestre stress og motgang gjennom livsmestring i alle fag.",
                "Alle skoler skal kartlegge skoleveien og ha lys i gangfeltene innen 2027.",
            ],
        ),
        ("h2", "Familie og helsestasjon"),
        (
            "bullets",
            [
                "Alle foreldre får tilbud om foreldreveiledning (ICDP) i barnets første leveår.",
            ],
        ),
        ("h2", "Medvirkning og fritid"),
        (
            "bullets",
            [
                "Ungdomsrådet uttaler seg i alle politiske saker om oppvekst.",
                "Ungdomsklubben skal ha åpent tre kvelder i uka.",
                "Barnehagene arbeider med natur, klima og miljø i det pedagogiske arbeidet.",
            ],
        ),
    ]
    build_docx(
        child,
        d / "child.docx",
        title="Oppvekstplan for Havnøy 2025–2029",
        author="Havnøy kommune",
        header="Oppvekstplan 2025–2029",
    )
    goals = [
        G(
            "G1.1",
            "Alle barn og unge skal oppleve trivsel og mestring.",
            "followed_up",
            [
                "Barna i barnehagen skal oppleve vennskap, lek og læring.",
                "Elevene skal trives, føle seg trygge og lære mer.",
                "Trivselsprogram og faste vennskapsgrupper i alle barnehager.",
            ],
            ev="Elevene skal trives, føle seg trygge",
        ),
        G(
            "G1.2",
            "Barn og unge skal ha et godt tilbud innen kultur og fritid.",
            "partial",
            ["Ungdomsklubben skal ha åpent tre kvelder i uka."],
            ev="Ungdomsklubben skal ha åpent",
            missing=["kulturtilbud for barn og unge"],
        ),
        G(
            "G1.3",
            "Foreldre skal være trygge i foreldrerollen.",
            "followed_up",
            ["Alle foreldre får tilbud om foreldreveiledning (ICDP) i barnets første leveår."],
            ev="Alle foreldre får tilbud om",
        ),
        G(
            "G1.4",
            "Barn og unge skal bli hørt i saker som angår dem.",
            "followed_up",
            [
                "Barn og unge skal ha reell innflytelse på beslutninger om skole og nærmiljø.",
                "Ungdomsrådet uttaler seg i alle politiske saker om oppvekst.",
            ],
            ev="Barn og unge skal ha reell innflytelse",
        ),
        G(
            "G2.1",
            "Innbyggerne skal ha god psykisk helse.",
            "partial",
            ["Elevene skal lære å mestre stress og motgang gjennom livsmestring i alle fag."],
            ev="Elevene skal lære å mestre stress",
            missing=["psykisk helse blant voksne og eldre"],
        ),
        G("G2.2", "Eldre skal kunne leve aktive liv.", "not_followed_up"),
        G("G2.3", "Flere skal delta i arbeidslivet.", "not_followed_up"),
        G(
            "G3.1",
            "Havnøy skal nå klimamålene som kommunestyret har vedtatt.",
            "not_followed_up",
            note="trap: the barnehager 'arbeider med natur, klima og miljø' in their teaching; "
            "that is no follow-up of the climate targets",
        ),
        G(
            "G3.2",
            "Det skal være trygt å ferdes langs veiene i kommunen.",
            "partial",
            ["Alle skoler skal kartlegge skoleveien og ha lys i gangfeltene innen 2027."],
            ev="Alle skoler skal kartlegge skoleveien",
            missing=["trafikksikkerhet for andre enn skolebarn"],
        ),
        G("G3.3", "Innbyggerne skal ha tillit til kommunen.", "not_followed_up"),
    ]
    kids = [
        C("Barna i barnehagen skal oppleve vennskap, lek og læring.", ["G1.1"]),
        C("Elevene skal trives, føle seg trygge og lære mer.", ["G1.1"]),
        C("Barn og unge skal ha reell innflytelse på beslutninger om skole og nærmiljø.", ["G1.4"]),
        C("Alle barnehager skal ha opptak hver måned.", []),
        C("Skolene skal ta i bruk digitale læremidler på alle trinn.", []),
    ]
    return dict(
        language="nb",
        parent="parent.pdf",
        child="child.docx",
        goals=goals,
        kids=kids,
        producer="samfunnsdel PDF with goals typed 'Mål 1.1<TAB>…'; temaplan .docx "
        "with bold main goals and bulleted measures",
    )


# =========================================================================== 3 Fjellbygd (nn)


@pair
def fjellbygd_handlingsprogram(d: Path) -> dict:
    def tbl(rows):
        return ("table", ["Mål", "Strategiar"], rows, [75, 85])

    parent = [
        ("title", "Kommuneplanen sin samfunnsdel 2024–2036"),
        ("meta", "Fjellbygd kommune · Vedteken i kommunestyret 20. juni 2024"),
        ("h1", "Visjon"),
        ("p", "**Fjellbygd – der det er rom for alle**"),
        ("h1", "Levande bygder"),
        tbl(
            [
                [
                    "Det skal vere attraktivt å busetje seg i Fjellbygd for unge vaksne og "
                    "barnefamiliar.",
                    "Leggje til rette for rimelege tomter og utleigebustader.",
                ],
                [
                    "Landbruket skal vere ei livskraftig næring.",
                    "Støtte investeringar og rekruttering.",
                ],
                [
                    "Reiselivet skal skape fleire arbeidsplassar heile året.",
                    "Samarbeide med destinasjonsselskapet.",
                ],
            ]
        ),
        ("h1", "Gode liv"),
        tbl(
            [
                [
                    "Alle born skal få ein trygg og god start i barnehage og skule.",
                    "Tidleg innsats og kvalifiserte tilsette.",
                ],
                [
                    "Eldre skal få hjelp til å bu heime og ha eit aktivt liv.",
                    "Velferdsteknologi og frivillig innsats.",
                ],
                [
                    "Kulturlivet og frivilligheita skal ha gode vilkår.",
                    "Føreseielege tilskot og lokale.",
                ],
            ]
        ),
        ("h1", "Trygg og berekraftig kommune"),
        tbl(
            [
                [
                    "Innbyggjarane skal ha trygg forsyning av drikkevatn og god avløpshandtering.",
                    "Fornye leidningsnettet.",
                ],
                [
                    "Kommunen skal redusere klimagassutsleppa og tilpasse seg klimaendringane.",
                    "Klimakrav i innkjøp og sikring mot flaum.",
                ],
                [
                    "Fjellbygd kommune skal vere ein attraktiv arbeidsgivar med god kompetanse.",
                    "Heiltidskultur og kompetanseplan.",
                ],
                [
                    "Innbyggjarane skal oppleve god digital og fysisk tilgang til kommunale "
                    "tenester.",
                    "Servicetorg og digitale skjema.",
                ],
            ]
        ),
    ]
    build_pdf(
        parent,
        d / "parent.pdf",
        title="Kommuneplanen sin samfunnsdel 2024–2036",
        author="Fjellbygd kommune",
        header="Fjellbygd kommune · Samfunnsdelen",
        lang="nn-NO",
    )
    child = [
        ("title", "Handlingsprogram 2025–2028"),
        ("meta", "Fjellbygd kommune · Vedteke saman med budsjettet 11. desember 2024"),
        ("h1", "Innleiing"),
        (
            "p",
            "Handlingsprogrammet syner korleis kommunen følgjer opp samfunnsdelen dei neste "
            "fire åra. Kvart kapittel har resultatmål og tiltak med pengar i budsjettet.",
        ),
        ("h1", "Bustad og næring"),
        (
            "p",
            "Resultatmål: **Fleire unge vaksne skal velje å flytte heim.** "
            "**Talet på mjølkebruk skal haldast oppe.**",
        ),
        (
            "bullets",
            [
                "Tomteprisane i Sande bustadfelt vert haldne låge, og nye innbyggjarar får "
                "velkomstpakke.",
                "Investeringstilskot til fjøs gjennom det kommunale næringsfondet.",
            ],
        ),
        ("h1", "Oppvekst, helse og kultur"),
        ("p", "Resultatmål: **Borna skal gle seg til å gå i barnehagen og på skulen.**"),
        (
            "bullets",
            [
                "Barnehagane skal oppfylle pedagognorma frå august 2025.",
                "Tryggleiksalarm og digitalt tilsyn til alle heimebuande som treng det.",
                "Driftstilskotet til lag og organisasjonar aukar med 200 000 kroner.",
                "Frivilligsentralen får fast finansiering frå 2025.",
            ],
        ),
        ("break",),
        ("h1", "Teknisk og beredskap"),
        (
            "bullets",
            [
                "Nytt vassverk på Øvrebygd i 2026.",
                "Flaumvoll langs Neselva i 2027.",
            ],
        ),
        ("h1", "Organisasjon og økonomi"),
        (
            "p",
            "Resultatmål: **Sjukefråveret skal under 6 prosent.** **Netto driftsresultat "
            "skal vere minst 2 prosent av driftsinntektene.**",
        ),
    ]
    build_pdf(
        child,
        d / "child.pdf",
        title="Handlingsprogram 2025–2028",
        author="Fjellbygd kommune",
        header="Fjellbygd kommune · Handlingsprogram",
        lang="nn-NO",
    )
    goals = [
        G(
            "G1",
            "Det skal vere attraktivt å busetje seg i Fjellbygd for unge vaksne og barnefamiliar.",
            "followed_up",
            [
                "Fleire unge vaksne skal velje å flytte heim.",
                "Tomteprisane i Sande bustadfelt vert haldne låge, og nye innbyggjarar får "
                "velkomstpakke.",
            ],
            ev="Tomteprisane i Sande bustadfelt",
        ),
        G(
            "G2",
            "Landbruket skal vere ei livskraftig næring.",
            "followed_up",
            [
                "Talet på mjølkebruk skal haldast oppe.",
                "Investeringstilskot til fjøs gjennom det kommunale næringsfondet.",
            ],
            ev="Investeringstilskot til fjøs",
        ),
        G("G3", "Reiselivet skal skape fleire arbeidsplassar heile året.", "not_followed_up"),
        G(
            "G4",
            "Alle born skal få ein trygg og god start i barnehage og skule.",
            "followed_up",
            [
                "Borna skal gle seg til å gå i barnehagen og på skulen.",
                "Barnehagane skal oppfylle pedagognorma frå august 2025.",
            ],
            ev="Barnehagane skal oppfylle pedagognorma",
        ),
        G(
            "G5",
            "Eldre skal få hjelp til å bu heime og ha eit aktivt liv.",
            "partial",
            ["Tryggleiksalarm og digitalt tilsyn til alle heimebuande som treng det."],
            ev="Tryggleiksalarm og digitalt tilsyn",
            missing=["eit aktivt liv for eldre"],
        ),
        G(
            "G6",
            "Kulturlivet og frivilligheita skal ha gode vilkår.",
            "followed_up",
            [
                "Driftstilskotet til lag og organisasjonar aukar med 200 000 kroner.",
                "Frivilligsentralen får fast finansiering frå 2025.",
            ],
            ev="Driftstilskotet til lag og organisasjonar",
        ),
        G(
            "G7",
            "Innbyggjarane skal ha trygg forsyning av drikkevatn og god avløpshandtering.",
            "partial",
            ["Nytt vassverk på Øvrebygd i 2026."],
            ev="Nytt vassverk på Øvrebygd",
            missing=["avløp"],
        ),
        G(
            "G8",
            "Kommunen skal redusere klimagassutsleppa og tilpasse seg klimaendringane.",
            "partial",
            ["Flaumvoll langs Neselva i 2027."],
            ev="Flaumvoll langs Neselva",
            missing=["kutt i klimagassutslepp"],
        ),
        G(
            "G9",
            "Fjellbygd kommune skal vere ein attraktiv arbeidsgivar med god kompetanse.",
            "partial",
            ["Sjukefråveret skal under 6 prosent."],
            ev="Resultatmål: Sjukefråveret skal under",
            missing=["kompetanse og rekruttering"],
        ),
        G(
            "G10",
            "Innbyggjarane skal oppleve god digital og fysisk tilgang til kommunale tenester.",
            "not_followed_up",
        ),
    ]
    kids = [
        C("Fleire unge vaksne skal velje å flytte heim.", ["G1"]),
        C("Talet på mjølkebruk skal haldast oppe.", ["G2"]),
        C("Borna skal gle seg til å gå i barnehagen og på skulen.", ["G4"]),
        C("Sjukefråveret skal under 6 prosent.", ["G9"]),
        C("Netto driftsresultat skal vere minst 2 prosent av driftsinntektene.", []),
    ]
    return dict(
        language="nn",
        parent="parent.pdf",
        child="child.pdf",
        goals=goals,
        kids=kids,
        producer="nynorsk samfunnsdel PDF with goals in a Mål | Strategiar table per "
        "focus area; handlingsprogram PDF with bold result goals in running "
        "text and bulleted measures",
    )


# =========================================================================== 4 Sørvik (nb)


@pair
def sorvik_klimaplan(d: Path) -> dict:
    parent = [
        ("title", "Sørvik 2040 – kommuneplanens samfunnsdel"),
        ("meta", "Sørvik kommune · Vedtatt 7. september 2023"),
        ("h1", "Vår visjon"),
        ("p", "**Sørvik – grønn vekst ved fjorden**"),
        (
            "p",
            "Samfunnsdelen har tre hovedgrep. Hvert hovedgrep har mål og strategier. "
            "Temaplaner og handlingsdelen skal vise hvordan målene nås.",
        ),
        ("h1", "Hovedgrep 1: Grønn omstilling"),
        goal_table(
            [
                [
                    "Sørvik skal være et lavutslippssamfunn i 2040.",
                    "Redusere utslipp fra transport, bygg og landbruk.",
                ],
                [
                    "Flere skal gå, sykle og reise kollektivt.",
                    "Bygge sammenhengende gang- og "
                    "sykkelveier, samarbeide med fylket om busstilbudet.",
                ],
                [
                    "Næringslivet skal ta del i det grønne skiftet.",
                    "Støtte bedrifter som vil kutte utslipp.",
                ],
                [
                    "Kommunen skal gå foran med gode klima- og miljøvalg i egen drift.",
                    "Klimakrav i anskaffelser, energieffektive bygg.",
                ],
            ]
        ),
        ("h1", "Hovedgrep 2: Natur og trygghet"),
        goal_table(
            [
                [
                    "Naturmangfoldet og strandsonen skal tas vare på.",
                    "Unngå nedbygging av myr, skog og strandsone.",
                ],
                [
                    "Samfunnet skal være robust mot flom, skred og havnivåstigning.",
                    "Ta hensyn til klimaendringer i all planlegging.",
                ],
            ]
        ),
        ("h1", "Hovedgrep 3: Gode liv i Sørvik"),
        goal_table(
            [
                ["Alle barn og unge skal ha en trygg og god oppvekst.", "Tidlig innsats."],
                [
                    "Innbyggerne skal ha gode og likeverdige helse- og omsorgstjenester.",
                    "Hjemmebaserte tjenester først.",
                ],
                [
                    "Sentrum skal utvikles med flere boliger og gode byrom.",
                    "Fortetting nær kollektivknutepunktet.",
                ],
            ]
        ),
    ]
    build_pdf(
        parent,
        d / "parent.pdf",
        title="Sørvik 2040",
        author="Sørvik kommune",
        header="Sørvik 2040 – samfunnsdelen",
    )
    child = [
        ("title", "Klima- og energiplan for Sørvik 2025–2030"),
        ("meta", "Temaplan · Sørvik kommune"),
        ("h1", "1 Hvorfor en klimaplan?"),
        (
            "p",
            "Klima- og energiplanen følger opp hovedgrep 1 og 2 i samfunnsdelen. Den "
            "viser hvordan Sørvik skal kutte utslipp og bli bedre rustet for et endret "
            "klima.",
        ),
        ("h1", "2 Hovedmål"),
        (
            "p",
            "**Utslippene i Sørvik skal ned 60 prosent fra 2009 til 2030 og være nær null "
            "i 2040.**",
        ),
        ("h1", "3 Delmål og tiltak"),
        ("h2", "Transport"),
        (
            "p",
            "**Delmål: Andelen reiser til fots, på sykkel eller med buss skal øke fra 28 "
            "til 40 prosent innen 2030.**",
        ),
        (
            "bullets",
            [
                "Sammenhengende sykkelvei fra Nordvik til sentrum innen 2028.",
                "Innfartsparkering for sykkel ved alle busstopp på fylkesveien.",
            ],
        ),
        ("h2", "Næringsliv"),
        (
            "bullets",
            [
                "Klimanettverk for bedrifter med fire samlinger i året.",
                "Kommunen gir tilskudd til energikartlegging i små bedrifter.",
            ],
        ),
        ("break",),
        ("h2", "Kommunens egen drift"),
        (
            "p",
            "**Delmål: Kommunens bygg skal bruke 25 prosent mindre energi innen 2030, og "
            "alle kommunale personbiler skal være utslippsfrie innen 2027.**",
        ),
        ("h2", "Natur og karbonlagring"),
        ("p", "**Delmål: Myr skal ikke bygges ned.**"),
        (
            "p",
            "Myr lagrer mye karbon og er viktige leveområder. Kommunen vil ikke tillate "
            "utbygging på myr i nye reguleringsplaner.",
        ),
        ("h2", "Klimatilpasning"),
        (
            "bullets",
            [
                "Flomsoner langs Sørvikelva legges inn i kommuneplanens arealdel.",
                "Overvann skal håndteres lokalt i alle nye boligfelt.",
            ],
        ),
        ("h2", "Miljø og nærmiljø"),
        ("p", "**Delmål: Støynivået langs fylkesveien gjennom sentrum skal reduseres.**"),
        ("p", "**Delmål: Barn og unge skal lære om klima og miljø i barnehage og skole.**"),
    ]
    build_docx(
        child,
        d / "child.docx",
        title="Klima- og energiplan for Sørvik 2025–2030",
        author="Sørvik kommune",
        header="Klima- og energiplan 2025–2030",
    )
    goals = [
        G(
            "G1",
            "Sørvik skal være et lavutslippssamfunn i 2040.",
            "followed_up",
            ["Utslippene i Sørvik skal ned 60 prosent fra 2009 til 2030 og være nær null i 2040."],
            ev="Utslippene i Sørvik skal ned",
        ),
        G(
            "G2",
            "Flere skal gå, sykle og reise kollektivt.",
            "followed_up",
            [
                "Andelen reiser til fots, på sykkel eller med buss skal øke fra 28 til 40 "
                "prosent innen 2030.",
                "Sammenhengende sykkelvei fra Nordvik til sentrum innen 2028.",
            ],
            ev="Delmål: Andelen reiser til fots",
        ),
        G(
            "G3",
            "Næringslivet skal ta del i det grønne skiftet.",
            "followed_up",
            [
                "Klimanettverk for bedrifter med fire samlinger i året.",
                "Kommunen gir tilskudd til energikartlegging i små bedrifter.",
            ],
            ev="Klimanettverk for bedrifter",
        ),
        G(
            "G4",
            "Kommunen skal gå foran med gode klima- og miljøvalg i egen drift.",
            "followed_up",
            [
                "Kommunens bygg skal bruke 25 prosent mindre energi innen 2030, og alle "
                "kommunale personbiler skal være utslippsfrie innen 2027."
            ],
            ev="Delmål: Kommunens bygg skal bruke",
        ),
        G(
            "G5",
            "Naturmangfoldet og strandsonen skal tas vare på.",
            "partial",
            ["Myr skal ikke bygges ned."],
            ev="Myr lagrer mye karbon",
            missing=["strandsonen"],
        ),
        G(
            "G6",
            "Samfunnet skal være robust mot flom, skred og havnivåstigning.",
            "partial",
            [
                "Flomsoner langs Sørvikelva legges inn i kommuneplanens arealdel.",
                "Overvann skal håndteres lokalt i alle nye boligfelt.",
            ],
            ev="Flomsoner langs Sørvikelva",
            missing=["skred", "havnivåstigning"],
        ),
        G(
            "G7",
            "Alle barn og unge skal ha en trygg og god oppvekst.",
            "not_followed_up",
            note="trap: the child goal on teaching climate to 'barn og unge' shares the words "
            "but does not serve a safe and good upbringing",
        ),
        G(
            "G8",
            "Innbyggerne skal ha gode og likeverdige helse- og omsorgstjenester.",
            "not_followed_up",
        ),
        G(
            "G9",
            "Sentrum skal utvikles med flere boliger og gode byrom.",
            "not_followed_up",
            note="the noise goal names 'sentrum' but is not about housing or public spaces",
        ),
    ]
    kids = [
        C(
            "Utslippene i Sørvik skal ned 60 prosent fra 2009 til 2030 og være nær null i 2040.",
            ["G1"],
        ),
        C(
            "Andelen reiser til fots, på sykkel eller med buss skal øke fra 28 til 40 "
            "prosent innen 2030.",
            ["G2"],
        ),
        C(
            "Kommunens bygg skal bruke 25 prosent mindre energi innen 2030, og alle "
            "kommunale personbiler skal være utslippsfrie innen 2027.",
            ["G4"],
        ),
        C("Myr skal ikke bygges ned.", ["G5"]),
        C("Støynivået langs fylkesveien gjennom sentrum skal reduseres.", []),
        C(
            "Barn og unge skal lære om klima og miljø i barnehage og skole.",
            [],
            note="stands alone: teaching climate is not a goal of the samfunnsdel",
        ),
    ]
    return dict(
        language="nb",
        parent="parent.pdf",
        child="child.docx",
        goals=goals,
        kids=kids,
        producer="samfunnsdel PDF with goals in Mål | Slik vil vi jobbe tables; "
        "klima- og energiplan .docx with bold 'Delmål:' lines",
    )


# =========================================================================== 5 Granvik (nb)


@pair
def granvik_helseplan(d: Path) -> dict:
    parent = [
        ("title", "Kommuneplanens samfunnsdel for Granvik 2024–2035"),
        ("meta", "Granvik kommune"),
        ("h1", "Visjon"),
        ("p", "«Granvik – her vil vi leve»"),
        ("h1", "Et inkluderende lokalsamfunn"),
        (
            "p",
            "Vi vil at alle skal ha noen å være sammen med. Vi vil at flere med "
            "innvandrerbakgrunn skal delta i arbeid og frivillighet.",
        ),
        ("h1", "Helse hele livet"),
        (
            "p",
            "Vi vil at innbyggerne skal mestre eget liv og egen helse lenger. Vi vil sikre "
            "nok fagfolk i helse og omsorg og gode tjenester for personer med demens. Vi "
            "vil at barn og unge skal ha god psykisk helse. Vi vil forebygge rusproblemer "
            "og gi god hjelp til dem som trenger det.",
        ),
        ("h1", "En grønn og levende kommune"),
        (
            "p",
            "Vi vil ha et sentrum med liv og handel. Vi vil kutte klimagassutslippene fra "
            "kommunens egen virksomhet.",
        ),
    ]
    build_pdf(
        parent,
        d / "parent.pdf",
        title="Kommuneplanens samfunnsdel for Granvik",
        author="Granvik kommune",
        header="Granvik kommune · Samfunnsdelen",
    )
    child = [
        ("title", "Helse- og omsorgsplan for Granvik 2025–2030"),
        ("meta", "Granvik kommune · Temaplan"),
        ("h1", "1 Mål for helse og omsorg"),
        (
            "num",
            [
                "Ingen skal være ufrivillig ensomme.",
                "Flere skal klare seg selv i hverdagen etter sykdom og skade.",
                "Personer med demens skal få en tilrettelagt og meningsfull hverdag.",
                "Ventetiden for sykehjemsplass skal være under fire uker.",
                "Alle tjenester skal bruke samme elektroniske pasientjournal innen 2027.",
            ],
        ),
        ("h1", "2 Tiltak"),
        (
            "table",
            ["Tiltak", "Ansvar", "Når"],
            [
                [
                    "Besøksvenn-ordning i samarbeid med Frivilligsentralen",
                    "Helse og omsorg",
                    "2025",
                ],
                ["Hverdagsrehabilitering i hele kommunen", "Hjemmetjenesten", "2025"],
                ["Dagtilbud for personer med demens fem dager i uka", "Helse og omsorg", "2026"],
                [
                    "Helsesykepleier i skolen tre dager i uka på alle skoler",
                    "Helsestasjonen",
                    "2025",
                ],
                ["Ruskonsulent med oppfølging i hjemmet", "Psykisk helse og rus", "2025"],
                ["Hjemmetjenesten kjører elbil innen 2027", "Hjemmetjenesten", "2027"],
            ],
            [95, 40, 20],
        ),
    ]
    build_pdf(
        child,
        d / "child.pdf",
        title="Helse- og omsorgsplan for Granvik 2025–2030",
        author="Granvik kommune",
        header="Helse- og omsorgsplan 2025–2030",
    )
    goals = [
        G(
            "G1",
            "Vi vil at alle skal ha noen å være sammen med.",
            "followed_up",
            [
                "Ingen skal være ufrivillig ensomme.",
                "Besøksvenn-ordning i samarbeid med Frivilligsentralen",
            ],
            ev="Ingen skal være ufrivillig ensomme",
        ),
        G(
            "G2",
            "Vi vil at flere med innvandrerbakgrunn skal delta i arbeid og frivillighet.",
            "not_followed_up",
            note="trap: Frivilligsentralen is named (besøksvenn), not for immigrants",
        ),
        G(
            "G3",
            "Vi vil at innbyggerne skal mestre eget liv og egen helse lenger.",
            "followed_up",
            [
                "Flere skal klare seg selv i hverdagen etter sykdom og skade.",
                "Hverdagsrehabilitering i hele kommunen",
            ],
            ev="Flere skal klare seg selv",
        ),
        G(
            "G4",
            "Vi vil sikre nok fagfolk i helse og omsorg og gode tjenester for personer med demens.",
            "partial",
            [
                "Personer med demens skal få en tilrettelagt og meningsfull hverdag.",
                "Dagtilbud for personer med demens fem dager i uka",
            ],
            ev="Personer med demens skal få",
            missing=["rekruttering av fagfolk"],
        ),
        G(
            "G5",
            "Vi vil at barn og unge skal ha god psykisk helse.",
            "followed_up",
            ["Helsesykepleier i skolen tre dager i uka på alle skoler"],
            ev="Helsesykepleier i skolen",
        ),
        G(
            "G6",
            "Vi vil forebygge rusproblemer og gi god hjelp til dem som trenger det.",
            "partial",
            ["Ruskonsulent med oppfølging i hjemmet"],
            ev="Ruskonsulent med",
            missing=["forebygging av rusproblemer"],
        ),
        G("G7", "Vi vil ha et sentrum med liv og handel.", "not_followed_up"),
        G(
            "G8",
            "Vi vil kutte klimagassutslippene fra kommunens egen virksomhet.",
            "partial",
            ["Hjemmetjenesten kjører elbil innen 2027"],
            ev="Hjemmetjenesten kjører elbil",
            missing=["utslipp fra bygg og andre tjenester enn hjemmetjenesten"],
        ),
    ]
    kids = [
        C("Ingen skal være ufrivillig ensomme.", ["G1"]),
        C("Flere skal klare seg selv i hverdagen etter sykdom og skade.", ["G3"]),
        C("Personer med demens skal få en tilrettelagt og meningsfull hverdag.", ["G4"]),
        C("Ventetiden for sykehjemsplass skal være under fire uker.", []),
        C("Alle tjenester skal bruke samme elektroniske pasientjournal innen 2027.", []),
    ]
    return dict(
        language="nb",
        parent="parent.pdf",
        child="child.pdf",
        goals=goals,
        kids=kids,
        producer="samfunnsdel PDF with goals as 'Vi vil …' sentences inside prose "
        "paragraphs; helse- og omsorgsplan PDF with Word-numbered goals and "
        "a measure table",
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
                # printed in the child (a table cell wraps: its opening words stay together)
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
            "corpora/parents/make_pairs.py.\n"
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

__all__ = ["build_docx", "goal_table"]
