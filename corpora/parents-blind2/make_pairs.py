"""Build the second held-out batch of parent/child pairs (corpora/parents-blind2/) and their gold.

A parent is a kommuneplanens samfunnsdel (vision, focus areas, 9–10 goals); the child is the
handlingsdel or a temaplan that follows it up. Written by `blind` without reading plancheck's
code, after corpora/parents had been used to tune the rød-tråd matcher. Children paraphrase
("Barn i familier med lav inntekt skal kunne delta i fritidsaktiviteter" above, "Aktivitetsstøtte
til barn i familier som mottar sosialhjelp" below); a temaplan honestly leaves the goals outside
its theme alone; traps share words without following up (a goal deferred to another plan, the
same word for another purpose).

    python corpora/parents-blind2/make_pairs.py                # all pairs
    python corpora/parents-blind2/make_pairs.py eikli-naeringsplan

Block writer: corpora/mandates-blind/_build.py; goal helpers G, C and the page finder:
corpora/parents/make_pairs.py (both imported, not copied). Gold format: corpora/parents/README.md.
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


def _first_batch():
    """corpora/parents/make_pairs.py under another module name (this file has its name)."""
    spec = importlib.util.spec_from_file_location(
        "parents_make_pairs", HERE.parent / "parents" / "make_pairs.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_FIRST = _first_batch()
G = _FIRST.G  # a parent goal: id, text, status, served_by, ev, missing, note
C = _FIRST.C  # a child goal: text, serves, note
find_page = _FIRST.find_page

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


def typed_goals(goals):
    """Goals typed with their number and a tab ("1.1⇥Nordli skal …"), hanging indent."""
    return [("typed", num, text, "\t", 12) for num, text in goals]


# =========================================================================== 1 Nordli (nb)


@pair
def nordli_handlingsdel(d: Path) -> dict:
    parent = [
        ("title", "Kommuneplanens samfunnsdel 2025–2037"),
        ("meta", "Nordli kommune · Vedtatt av kommunestyret 12. juni 2025, sak 51/25"),
        ("h1", "Visjon: Nordli – nær og nyskapende"),
        (
            "p",
            "Samfunnsdelen har fire satsingsområder. Målene under hvert satsingsområde viser "
            "hva Nordli skal være i 2037. Handlingsdelen viser hvordan målene følges opp de "
            "neste fire årene, og rulleres hvert år sammen med økonomiplanen.",
        ),
        ("h1", "1 Levende lokalsamfunn"),
        (
            "p",
            "Nordli har hatt svak befolkningsvekst de siste ti årene. Unge voksne flytter ut, og "
            "flere butikker i sentrum står tomme.",
        ),
        *typed_goals(
            [
                ("1.1", "Nordli skal ha et mangfoldig næringsliv med flere arbeidsplasser."),
                (
                    "1.2",
                    "Sentrum skal være en levende møteplass med handel, kultur og gode uterom.",
                ),
                (
                    "1.3",
                    "Alle skal ha tilgang til et godt kollektivtilbud og trygge gang- og "
                    "sykkelveier.",
                ),
            ]
        ),
        ("h1", "2 Trygg oppvekst"),
        (
            "p",
            "De fleste barn og unge i Nordli trives, men en av ti bor i en familie med "
            "vedvarende lav inntekt.",
        ),
        *typed_goals(
            [
                ("2.1", "Barn og unge skal oppleve mestring og tilhørighet i barnehage og skole."),
                (
                    "2.2",
                    "Barn i familier med lav inntekt skal kunne delta i fritidsaktiviteter på lik "
                    "linje med andre.",
                ),
                ("2.3", "Ungdom skal ha innflytelse i saker som angår dem."),
            ]
        ),
        ("h1", "3 Helse og mestring"),
        *typed_goals(
            [
                ("3.1", "Innbyggerne skal kunne bo trygt hjemme så lenge som mulig."),
                ("3.2", "Færre skal være ensomme."),
            ]
        ),
        ("h1", "4 Klima, natur og beredskap"),
        *typed_goals(
            [
                ("4.1", "Nordli skal kutte klimagassutslippene med 55 prosent innen 2030."),
                ("4.2", "Samfunnet skal være forberedt på ekstremvær og kriser."),
            ]
        ),
    ]
    build_pdf(
        parent,
        d / "parent.pdf",
        title="Kommuneplanens samfunnsdel 2025–2037",
        author="Nordli kommune",
        header="Nordli kommune · Kommuneplanens samfunnsdel",
    )

    def tiltak(rows):
        return (
            "table",
            ["Tiltak", "Ansvar", "2026", "2027", "2028", "2029"],
            rows,
            [62, 38, 15, 15, 15, 15],
        )

    child = [
        ("title", "Handlingsdel med økonomiplan 2026–2029"),
        ("meta", "Nordli kommune · Vedtatt av kommunestyret 11. desember 2025"),
        ("h1", "Innledning"),
        (
            "p",
            "Handlingsdelen viser hva kommunen skal gjøre de neste fire årene. Hvert kapittel "
            "har resultatmål og en tabell over tiltak med beløp i 1000 kroner. Tiltak uten beløp "
            "gjøres innenfor driftsrammen.",
        ),
        ("h1", "Næring og sentrum"),
        (
            "p",
            "Resultatmål: **Antall arbeidsplasser i privat sektor skal øke med 100 innen 2029.**",
        ),
        tiltak(
            [
                [
                    "Næringsfondet prioriterer bedrifter som skaper nye arbeidsplasser",
                    "Næringssjef",
                    "1 500",
                    "1 500",
                    "1 500",
                    "1 500",
                ],
                [
                    "Oppgradering av torget med sittetrapp og beplantning",
                    "Teknisk sjef",
                    "4 000",
                    "",
                    "",
                    "",
                ],
                ["Gang- og sykkelvei langs Bakkeveien", "Teknisk sjef", "", "6 500", "6 500", ""],
            ]
        ),
        ("h1", "Oppvekst"),
        ("p", "Resultatmål: **Elevene skal trives og oppleve at de lærer.**"),
        tiltak(
            [
                [
                    "Alle barnehager tar i bruk programmet Være sammen",
                    "Kommunalsjef oppvekst",
                    "200",
                    "200",
                    "",
                    "",
                ],
                ["Lesekurs for alle 2.-klassinger", "Rektorene", "150", "150", "150", "150"],
                [
                    "Aktivitetsstøtte til barn i familier som mottar sosialhjelp",
                    "NAV-leder",
                    "300",
                    "300",
                    "300",
                    "300",
                ],
                [
                    "Utstyrssentral med gratis utlån av sports- og friluftsutstyr",
                    "Kultursjef",
                    "250",
                    "100",
                    "100",
                    "100",
                ],
                [
                    "Ungdomsklubben flytter til nye lokaler i Moen skole",
                    "Kultursjef",
                    "",
                    "800",
                    "",
                    "",
                ],
            ]
        ),
        ("break",),
        ("h1", "Helse og omsorg"),
        ("p", "Resultatmål: **Flere eldre skal klare seg selv i egen bolig.**"),
        tiltak(
            [
                [
                    "Hverdagsrehabilitering i hele kommunen",
                    "Kommunalsjef helse",
                    "900",
                    "900",
                    "900",
                    "900",
                ],
                [
                    "Trygghetsalarm med digitalt tilsyn til alle som trenger det",
                    "Kommunalsjef helse",
                    "400",
                    "400",
                    "400",
                    "400",
                ],
            ]
        ),
        ("h1", "Miljø og beredskap"),
        ("p", "Resultatmål: **Kommunens egen bilpark skal være utslippsfri.**"),
        tiltak(
            [
                [
                    "Elbiler i hjemmetjenesten og teknisk drift",
                    "Teknisk sjef",
                    "1 200",
                    "1 200",
                    "",
                    "",
                ],
                ["Ny helhetlig ROS-analyse", "Beredskapskoordinator", "150", "", "", ""],
                ["Flomsikring langs Nordelva ved Moen", "Teknisk sjef", "", "3 000", "5 000", ""],
            ]
        ),
        ("h1", "Økonomi og organisasjon"),
        (
            "p",
            "Resultatmål: **Netto driftsresultat skal være minst 1,75 prosent av "
            "driftsinntektene.** **Sykefraværet i kommunen skal ned til 7 prosent.**",
        ),
    ]
    build_pdf(
        child,
        d / "child.pdf",
        title="Handlingsdel med økonomiplan 2026–2029",
        author="Nordli kommune",
        header="Nordli kommune · Handlingsdel 2026–2029",
    )
    goals = [
        G(
            "G1.1",
            "Nordli skal ha et mangfoldig næringsliv med flere arbeidsplasser.",
            "followed_up",
            [
                "Antall arbeidsplasser i privat sektor skal øke med 100 innen 2029.",
                "Næringsfondet prioriterer bedrifter som skaper nye arbeidsplasser",
            ],
            ev="Næringsfondet prioriterer bedrifter",
        ),
        G(
            "G1.2",
            "Sentrum skal være en levende møteplass med handel, kultur og gode uterom.",
            "partial",
            ["Oppgradering av torget med sittetrapp og beplantning"],
            ev="Oppgradering av torget",
            missing=["handel og kultur i sentrum"],
        ),
        G(
            "G1.3",
            "Alle skal ha tilgang til et godt kollektivtilbud og trygge gang- og sykkelveier.",
            "partial",
            ["Gang- og sykkelvei langs Bakkeveien"],
            ev="Gang- og sykkelvei langs",
            missing=["kollektivtilbudet"],
        ),
        G(
            "G2.1",
            "Barn og unge skal oppleve mestring og tilhørighet i barnehage og skole.",
            "followed_up",
            [
                "Elevene skal trives og oppleve at de lærer.",
                "Alle barnehager tar i bruk programmet Være sammen",
                "Lesekurs for alle 2.-klassinger",
            ],
            ev="Elevene skal trives og oppleve",
        ),
        G(
            "G2.2",
            "Barn i familier med lav inntekt skal kunne delta i fritidsaktiviteter på lik linje "
            "med andre.",
            "followed_up",
            [
                "Aktivitetsstøtte til barn i familier som mottar sosialhjelp",
                "Utstyrssentral med gratis utlån av sports- og friluftsutstyr",
            ],
            ev="Aktivitetsstøtte til barn",
        ),
        G(
            "G2.3",
            "Ungdom skal ha innflytelse i saker som angår dem.",
            "not_followed_up",
            note="the youth club moving to new rooms shares 'ungdom', not influence",
        ),
        G(
            "G3.1",
            "Innbyggerne skal kunne bo trygt hjemme så lenge som mulig.",
            "followed_up",
            [
                "Flere eldre skal klare seg selv i egen bolig.",
                "Hverdagsrehabilitering i hele kommunen",
                "Trygghetsalarm med digitalt tilsyn til alle som trenger det",
            ],
            ev="Flere eldre skal klare seg selv",
        ),
        G("G3.2", "Færre skal være ensomme.", "not_followed_up"),
        G(
            "G4.1",
            "Nordli skal kutte klimagassutslippene med 55 prosent innen 2030.",
            "partial",
            [
                "Kommunens egen bilpark skal være utslippsfri.",
                "Elbiler i hjemmetjenesten og teknisk drift",
            ],
            ev="Kommunens egen bilpark",
            missing=["utslipp fra transport, landbruk og næring i kommunen som helhet"],
        ),
        G(
            "G4.2",
            "Samfunnet skal være forberedt på ekstremvær og kriser.",
            "followed_up",
            ["Ny helhetlig ROS-analyse", "Flomsikring langs Nordelva ved Moen"],
            ev="Ny helhetlig ROS-analyse",
        ),
    ]
    kids = [
        C("Antall arbeidsplasser i privat sektor skal øke med 100 innen 2029.", ["G1.1"]),
        C("Elevene skal trives og oppleve at de lærer.", ["G2.1"]),
        C("Flere eldre skal klare seg selv i egen bolig.", ["G3.1"]),
        C("Kommunens egen bilpark skal være utslippsfri.", ["G4.1"]),
        C("Netto driftsresultat skal være minst 1,75 prosent av driftsinntektene.", []),
        C("Sykefraværet i kommunen skal ned til 7 prosent.", []),
    ]
    return dict(
        language="nb",
        parent="parent.pdf",
        child="child.pdf",
        goals=goals,
        kids=kids,
        producer="samfunnsdel PDF with goals typed '1.1⇥…' under four focus areas; "
        "handlingsdel PDF with bold 'Resultatmål:' lines and measure tables with year "
        "columns in 1000 kr",
    )


# =========================================================================== 2 Kvamsøy (nn)


@pair
def kvamsoy_idrettsplan(d: Path) -> dict:
    parent = [
        ("title", "Kommuneplanen sin samfunnsdel 2024–2036"),
        ("meta", "Kvamsøy kommune · Vedteken i kommunestyret 25. april 2024"),
        ("h1", "Visjon"),
        ("p", "**Kvamsøy – øya der alle høyrer til**"),
        ("h1", "Gode kvardagsliv"),
        (
            "p",
            "Kvamsøy har ein aldrande folkesetnad, men òg mange barnefamiliar i sentrum. "
            "Kommunen vil leggje til rette for at folk i alle aldrar kan leve gode liv.",
        ),
        ("p", "Dette vil vi oppnå:"),
        (
            "bullets",
            [
                "Innbyggjarane skal ha gode føresetnader for eit aktivt og sunt liv.",
                "Born og unge skal ha ein trygg og inkluderande oppvekst.",
                "Eldre skal kunne leve aktive og meiningsfulle liv.",
                "Alle skal ha tilgang til eit rikt kulturtilbod.",
            ],
        ),
        ("h1", "Natur og fellesskap"),
        ("p", "Dette vil vi oppnå:"),
        (
            "bullets",
            [
                "Friluftslivet og tilgangen til natur og strandsone skal sikrast.",
                "Frivillige lag og organisasjonar skal ha gode rammevilkår.",
                "Kommunen skal redusere klimagassutsleppa.",
            ],
        ),
        ("h1", "Arbeid og infrastruktur"),
        ("p", "Dette vil vi oppnå:"),
        (
            "bullets",
            [
                "Kvamsøy skal ha eit variert næringsliv med fleire arbeidsplassar.",
                "Det skal vere trygt å ferdast langs vegane i kommunen.",
            ],
        ),
    ]
    build_pdf(
        parent,
        d / "parent.pdf",
        title="Kommuneplanen sin samfunnsdel 2024–2036",
        author="Kvamsøy kommune",
        header="Kvamsøy kommune · Samfunnsdelen",
        lang="nn-NO",
    )
    child = [
        ("title", "Kommunedelplan for idrett, fysisk aktivitet og friluftsliv 2026–2029"),
        ("meta", "Kvamsøy kommune · Vedteken i kommunestyret 4. desember 2025"),
        ("h1", "1 Innleiing"),
        (
            "p",
            "Planen er kommunen sin plan for idrett, fysisk aktivitet og friluftsliv, og er "
            "grunnlaget for søknader om spelemidlar. Han har fire hovudmål. Trygge gang- og "
            "sykkelvegar er viktige for at born skal gå og sykle til skulen, men dei vert "
            "følgde opp i trafikktryggingsplanen.",
        ),
        ("h1", "2 Hovudmål og tiltak"),
        ("p", "Hovudmål 1: **Fleire skal vere fysisk aktive i kvardagen.**"),
        (
            "bullets",
            [
                "Turgruppe med frisklivssentralen kvar veke, open for alle.",
                "Trening for seniorar i symjehallen to dagar i veka.",
                "Aktiv skulegard: nye apparat og ballbinge ved Kvamsøy skule.",
            ],
        ),
        (
            "p",
            "Hovudmål 2: **Alle born og unge skal kunne delta i organisert idrett, same kva "
            "foreldra tener.**",
        ),
        (
            "bullets",
            [
                "Kommunen betaler treningsavgifta for born i familiar med låg inntekt.",
                "Utlånsordning for sportsutstyr på biblioteket.",
            ],
        ),
        ("p", "Hovudmål 3: **Turstiane og badeplassane skal vere lette å nå for alle.**"),
        (
            "bullets",
            [
                "Merking og skilting av 20 kilometer turstiar.",
                "Universelt utforma sti og badebrygge på Sandvika.",
                "Turstiane er òg viktige for reiselivet, og kartet vert delt med "
                "turistinformasjonen.",
            ],
        ),
        ("break",),
        ("p", "Hovudmål 4: **Idrettslaga skal ha anlegg og halltid som dekkjer behovet.**"),
        (
            "bullets",
            [
                "Gratis leige av kommunale hallar for lag med medlemer under 20 år.",
                "Ny kunstgrasbane på Myrane i 2027.",
                "Idrettsrådet fordeler halltida kvar vår.",
            ],
        ),
        ("h1", "3 Krav til nye anlegg"),
        (
            "p",
            "Nye idrettsanlegg skal vere universelt utforma. Salen i kulturhuset kan brukast til "
            "dans og turn når han ikkje er i bruk til konsertar.",
        ),
    ]
    build_docx(
        child,
        d / "child.docx",
        title="Kommunedelplan for idrett, fysisk aktivitet og friluftsliv 2026–2029",
        author="Kvamsøy kommune",
        header="Kvamsøy kommune · Idrett, fysisk aktivitet og friluftsliv",
        lang="nn-NO",
    )
    goals = [
        G(
            "G1",
            "Innbyggjarane skal ha gode føresetnader for eit aktivt og sunt liv.",
            "followed_up",
            [
                "Fleire skal vere fysisk aktive i kvardagen.",
                "Turgruppe med frisklivssentralen kvar veke, open for alle.",
            ],
            ev="Fleire skal vere fysisk aktive",
        ),
        G(
            "G2",
            "Born og unge skal ha ein trygg og inkluderande oppvekst.",
            "partial",
            [
                "Alle born og unge skal kunne delta i organisert idrett, same kva foreldra tener.",
                "Kommunen betaler treningsavgifta for born i familiar med låg inntekt.",
            ],
            ev="Kommunen betaler treningsavgifta",
            missing=["trygg oppvekst (heim, barnehage og skule)"],
        ),
        G(
            "G3",
            "Eldre skal kunne leve aktive og meiningsfulle liv.",
            "partial",
            ["Trening for seniorar i symjehallen to dagar i veka."],
            ev="Trening for seniorar",
            missing=["meiningsfulle liv: sosiale møteplassar og kultur for eldre"],
        ),
        G(
            "G4",
            "Alle skal ha tilgang til eit rikt kulturtilbod.",
            "not_followed_up",
            note="the hall of the kulturhus is lent to dance and gymnastics; no cultural offer",
        ),
        G(
            "G5",
            "Friluftslivet og tilgangen til natur og strandsone skal sikrast.",
            "followed_up",
            [
                "Turstiane og badeplassane skal vere lette å nå for alle.",
                "Merking og skilting av 20 kilometer turstiar.",
                "Universelt utforma sti og badebrygge på Sandvika.",
            ],
            ev="Turstiane og badeplassane",
        ),
        G(
            "G6",
            "Frivillige lag og organisasjonar skal ha gode rammevilkår.",
            "followed_up",
            [
                "Idrettslaga skal ha anlegg og halltid som dekkjer behovet.",
                "Gratis leige av kommunale hallar for lag med medlemer under 20 år.",
            ],
            ev="Gratis leige av kommunale hallar",
        ),
        G("G7", "Kommunen skal redusere klimagassutsleppa.", "not_followed_up"),
        G(
            "G8",
            "Kvamsøy skal ha eit variert næringsliv med fleire arbeidsplassar.",
            "not_followed_up",
            note="reiselivet is named only as a user of the trail map",
        ),
        G(
            "G9",
            "Det skal vere trygt å ferdast langs vegane i kommunen.",
            "not_followed_up",
            note="the introduction names trygge gang- og sykkelvegar only to leave them to the "
            "trafikktryggingsplan",
        ),
    ]
    kids = [
        C("Fleire skal vere fysisk aktive i kvardagen.", ["G1"]),
        C(
            "Alle born og unge skal kunne delta i organisert idrett, same kva foreldra tener.",
            ["G2"],
        ),
        C("Turstiane og badeplassane skal vere lette å nå for alle.", ["G5"]),
        C("Idrettslaga skal ha anlegg og halltid som dekkjer behovet.", ["G6"]),
        C("Nye idrettsanlegg skal vere universelt utforma.", []),
    ]
    return dict(
        language="nn",
        parent="parent.pdf",
        child="child.docx",
        goals=goals,
        kids=kids,
        producer="nynorsk samfunnsdel PDF with goals as Word bullets under 'Dette vil vi "
        "oppnå:' in three focus areas; idrettsplan .docx with 'Hovudmål N:' lines (goal in "
        "bold) and bulleted measures, a page break",
    )


# =========================================================================== 3 Eikli (nb)


@pair
def eikli_naeringsplan(d: Path) -> dict:
    parent = [
        ("title", "Kommuneplanens samfunnsdel 2025–2035"),
        ("meta", "Eikli kommune · Vedtatt av kommunestyret 20. mars 2025"),
        ("h1", "Slik leser du samfunnsdelen"),
        (
            "p",
            "Samfunnsdelen har tre satsingsområder med mål for 2035. Temaplanene og "
            "handlingsdelen viser hvordan målene skal nås.",
        ),
        ("h1", "Arbeid og verdiskaping"),
        ("p", "Mål:"),
        (
            "num",
            [
                "Eikli skal ha vekst i antall arbeidsplasser i privat sektor.",
                "Eikli skal være en attraktiv kommune å etablere og drive bedrift i.",
                "Det skal finnes ledig næringsareal for ulike typer virksomheter.",
                "Landbruket skal opprettholde produksjonen og ta vare på matjorda.",
                "Reiselivet skal gi arbeidsplasser hele året.",
            ],
        ),
        ("h1", "Gode steder å bo"),
        ("p", "Mål:"),
        (
            "num",
            [
                "Innbyggerne skal ha et godt og variert tilbud innen kultur og idrett.",
                "Eikli skal ha et sentrum med flere boliger, handel og møteplasser.",
            ],
        ),
        ("h1", "Kompetanse og grønn omstilling"),
        ("p", "Mål:"),
        (
            "num",
            [
                "Arbeidslivet i Eikli skal ha tilgang på nok og kvalifisert arbeidskraft.",
                "Eikli skal være et lavutslippssamfunn.",
            ],
        ),
    ]
    build_pdf(
        parent,
        d / "parent.pdf",
        title="Kommuneplanens samfunnsdel 2025–2035",
        author="Eikli kommune",
        header="Eikli kommune · Samfunnsdelen 2025–2035",
    )

    def tiltak(rows):
        return ("table", ["Tiltak", "Ansvar", "Når"], rows, [90, 45, 25])

    child = [
        ("title", "Næringsplan for Eikli 2026–2030"),
        ("meta", "Eikli kommune · Temaplan vedtatt av kommunestyret 27. november 2025"),
        ("h1", "Innledning"),
        (
            "p",
            "Næringsplanen viser hva kommunen vil gjøre for næringslivet de neste fem årene. "
            "Den er laget sammen med Eikli næringsforum. Landbruket følges opp i egen "
            "landbruksplan og er ikke tatt med her.",
        ),
        ("h1", "Våre delmål"),
        ("h2", "Det skal etableres 150 nye arbeidsplasser i Eikli innen 2030."),
        tiltak(
            [
                [
                    "Næringsfondet prioriterer prosjekter som gir nye arbeidsplasser",
                    "Næringssjef",
                    "Årlig",
                ],
                ["Ferdigregulere 40 dekar på Moen industriområde", "Plansjef", "2027"],
            ]
        ),
        ("h2", "Gründere skal få rask og god hjelp."),
        tiltak(
            [
                [
                    "Svar på henvendelser fra næringslivet innen fem virkedager",
                    "Næringssjef",
                    "Fra 2026",
                ],
                ["Etablererkurs to ganger i året", "Næringssjef", "Vår og høst"],
            ]
        ),
        ("h2", "Eikli skal ha flere overnattingsgjester."),
        tiltak(
            [
                [
                    "Felles markedsføring av sommersesongen med Eikli reiselivslag",
                    "Næringssjef",
                    "Årlig",
                ],
                ["Ny bobilparkering ved fjorden", "Teknisk sjef", "2027"],
            ]
        ),
        ("break",),
        ("h2", "Sentrumshandelen skal styrkes."),
        tiltak(
            [
                ["Handelsnettverk for butikkene i sentrum", "Næringssjef", "2026"],
                ["Gratis parkering i sentrum de to første timene", "Teknisk sjef", "2026"],
            ]
        ),
        ("h2", "Bedriftene skal få tak i folk med den kompetansen de trenger."),
        tiltak(
            [
                [
                    "Traineeordning for nyutdannede i samarbeid med bedriftene",
                    "Næringssjef",
                    "2027",
                ],
                ["Årlig jobbmesse på Eikli videregående skole", "Næringssjef", "Hver høst"],
            ]
        ),
        ("h2", "Eikli skal samarbeide tett med nabokommunene i Midtdalen næringsråd."),
        tiltak([["Felles profilering av Midtdalen som bo- og arbeidsregion", "Ordfører", "2026"]]),
        ("h1", "Grønn omstilling"),
        (
            "p",
            "Mange bedrifter vil kutte strømbruk og utslipp, men mangler kunnskap om hvordan.",
        ),
        tiltak(
            [
                [
                    "Energinettverk for bedrifter som vil kutte strømbruk og utslipp",
                    "Næringssjef",
                    "2026–2028",
                ],
            ]
        ),
    ]
    build_docx(
        child,
        d / "child.docx",
        title="Næringsplan for Eikli 2026–2030",
        author="Eikli kommune",
        header="Eikli kommune · Næringsplan 2026–2030",
    )
    goals = [
        G(
            "G1",
            "Eikli skal ha vekst i antall arbeidsplasser i privat sektor.",
            "followed_up",
            [
                "Det skal etableres 150 nye arbeidsplasser i Eikli innen 2030.",
                "Næringsfondet prioriterer prosjekter som gir nye arbeidsplasser",
            ],
            ev="Det skal etableres 150 nye arbeidsplasser",
        ),
        G(
            "G2",
            "Eikli skal være en attraktiv kommune å etablere og drive bedrift i.",
            "followed_up",
            [
                "Gründere skal få rask og god hjelp.",
                "Svar på henvendelser fra næringslivet innen fem virkedager",
                "Etablererkurs to ganger i året",
            ],
            ev="Gründere skal få rask og god hjelp",
        ),
        G(
            "G3",
            "Det skal finnes ledig næringsareal for ulike typer virksomheter.",
            "partial",
            ["Ferdigregulere 40 dekar på Moen industriområde"],
            ev="Ferdigregulere 40 dekar",
            missing=["areal for andre virksomheter enn industri (kontor, handel, service)"],
        ),
        G(
            "G4",
            "Landbruket skal opprettholde produksjonen og ta vare på matjorda.",
            "not_followed_up",
            note="the introduction names landbruket only to leave it to the landbruksplan",
        ),
        G(
            "G5",
            "Reiselivet skal gi arbeidsplasser hele året.",
            "partial",
            [
                "Eikli skal ha flere overnattingsgjester.",
                "Felles markedsføring av sommersesongen med Eikli reiselivslag",
                "Ny bobilparkering ved fjorden",
            ],
            ev="Eikli skal ha flere overnattingsgjester",
            missing=["helårsarbeidsplasser: tiltakene gjelder sommersesongen"],
        ),
        G(
            "G6",
            "Innbyggerne skal ha et godt og variert tilbud innen kultur og idrett.",
            "not_followed_up",
        ),
        G(
            "G7",
            "Eikli skal ha et sentrum med flere boliger, handel og møteplasser.",
            "partial",
            [
                "Sentrumshandelen skal styrkes.",
                "Handelsnettverk for butikkene i sentrum",
                "Gratis parkering i sentrum de to første timene",
            ],
            ev="Sentrumshandelen skal styrkes",
            missing=["boliger og møteplasser i sentrum"],
        ),
        G(
            "G8",
            "Arbeidslivet i Eikli skal ha tilgang på nok og kvalifisert arbeidskraft.",
            "followed_up",
            [
                "Bedriftene skal få tak i folk med den kompetansen de trenger.",
                "Traineeordning for nyutdannede i samarbeid med bedriftene",
                "Årlig jobbmesse på Eikli videregående skole",
            ],
            ev="Bedriftene skal få tak i folk",
        ),
        G(
            "G9",
            "Eikli skal være et lavutslippssamfunn.",
            "partial",
            ["Energinettverk for bedrifter som vil kutte strømbruk og utslipp"],
            ev="Energinettverk for bedrifter",
            missing=["utslipp utenfor næringslivet: transport, bygg, kommunens egen drift"],
        ),
    ]
    kids = [
        C("Det skal etableres 150 nye arbeidsplasser i Eikli innen 2030.", ["G1"]),
        C("Gründere skal få rask og god hjelp.", ["G2"]),
        C("Eikli skal ha flere overnattingsgjester.", ["G5"]),
        C("Sentrumshandelen skal styrkes.", ["G7"]),
        C("Bedriftene skal få tak i folk med den kompetansen de trenger.", ["G8"]),
        C("Eikli skal samarbeide tett med nabokommunene i Midtdalen næringsråd.", []),
    ]
    return dict(
        language="nb",
        parent="parent.pdf",
        child="child.docx",
        goals=goals,
        kids=kids,
        producer="samfunnsdel PDF with goals as Word-numbered lists after 'Mål:' in three "
        "focus areas; næringsplan .docx with the delmål as headings, each over a measure "
        "table (Tiltak | Ansvar | Når), a page break",
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
                find_page(cpages, s)  # printed in the child
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
            "corpora/parents-blind2/make_pairs.py.\n"
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
