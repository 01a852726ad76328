"""Build the third blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-01 without reading plancheck's code. A parent is a kommuneplanens samfunnsdel
(focus areas, 9–10 goals); the child is the plan that follows it up: a handlingsdel with goal
tables ("Delmål | Indikator | I dag | 2029") over measure tables, and a nynorsk temaplan for
mobility whose delmål are headings over inline measures. The child paraphrases the parent and
leaves some goals alone; traps (a child item sharing words with a parent goal but not serving it)
are noted in the gold.

    python corpora/parents-blind3/make_pairs.py                       # all pairs
    python corpora/parents-blind3/make_pairs.py straumfjord-mobilitet # some pairs

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


# =========================================================================== 1 Bjørkevik (nb)


@pair
def bjorkevik_handlingsdel(d: Path) -> dict:
    g = {
        "1.1": "Alle barn og unge skal ha en trygg og inkluderende oppvekst.",
        "1.2": "Flere ungdommer skal fullføre videregående opplæring.",
        "1.3": "Alle barn skal møte kvalifiserte ansatte i barnehage og skole.",
        "2.1": "Flere skal delta i arbeidslivet, og færre skal være avhengige av sosialhjelp "
        "over lang tid.",
        "2.2": "Innbyggerne skal ha gode levevaner og god psykisk helse.",
        "2.3": "Eldre skal få hjelp til rett tid, og helst i eget hjem.",
        "3.1": "Utslippene av klimagasser i Bjørkevik skal halveres innen 2030 sammenlignet med "
        "2009.",
        "3.2": "Bjørkevik skal ha et levende sentrum og attraktive boområder.",
        "3.3": "Næringslivet skal ha gode rammevilkår, og det skal skapes 200 nye arbeidsplasser "
        "innen 2035.",
        "3.4": "Kommunen skal være godt forberedt på et endret klima med mer ekstremvær.",
    }

    def goals(prefix):
        return (
            "table",
            ["Nr.", "Mål", "Indikator"],
            [[k, v, ind[k]] for k, v in g.items() if k.startswith(prefix)],
            [14, 80, 66],
        )

    ind = {
        "1.1": "Andel elever som opplever mobbing (Elevundersøkelsen)",
        "1.2": "Andel som fullfører videregående innen fem år",
        "1.3": "Andel ansatte med godkjent utdanning",
        "2.1": "Sysselsettingsandel 20–66 år",
        "2.2": "Andel som oppgir god helse (Ungdata og folkehelseprofilen)",
        "2.3": "Andel over 80 år som bor hjemme",
        "3.1": "Klimagassutslipp (Miljødirektoratet)",
        "3.2": "Befolkning i sentrumssonen",
        "3.3": "Antall arbeidsplasser i kommunen",
        "3.4": "Antall hendelser med skade etter ekstremvær",
    }
    parent = [
        ("meta", "BJØRKEVIK KOMMUNE"),
        ("title", "Kommuneplanens samfunnsdel 2024–2036"),
        ("meta", "Vedtatt av kommunestyret 14.03.2024, sak 19/24"),
        ("h1", "Visjon: Bjørkevik – et godt sted å vokse og eldes"),
        (
            "p",
            "Samfunnsdelen peker ut tre satsingsområder. For hvert område er det satt mål for "
            "hvordan Bjørkevik skal være i 2036, med indikatorer som viser om vi er på rett vei. "
            "Målene følges opp i handlingsdelen, som rulleres hvert år sammen med økonomiplanen.",
        ),
        ("h1", "1 Oppvekst og læring"),
        (
            "p",
            "Bjørkevik har gode barnehager og skoler, men for mange elever opplever mobbing, og "
            "for mange slutter i videregående.",
        ),
        goals("1."),
        ("h1", "2 Helse og levekår"),
        (
            "p",
            "Andelen eldre vil øke kraftig. Samtidig står for mange i arbeidsfør alder utenfor "
            "arbeidslivet.",
        ),
        goals("2."),
        ("break",),
        ("h1", "3 Klima, miljø og samfunnsutvikling"),
        (
            "p",
            "Bjørkevik skal ta sin del av klimaomstillingen og samtidig være en attraktiv kommune "
            "å bo og drive næring i.",
        ),
        goals("3."),
    ]
    build_pdf(
        parent,
        d / "parent.pdf",
        title="Kommuneplanens samfunnsdel 2024–2036",
        author="Bjørkevik kommune",
        header="Bjørkevik kommune – Kommuneplanens samfunnsdel",
    )

    k_mobb = "Færre elever skal oppleve mobbing, og alle skal ha minst én trygg voksen på skolen."
    k_laerer = "Alle lærere i norsk, matematikk og engelsk skal ha fordypning i faget."
    k_sos = "Langvarige sosialhjelpsmottakere skal over i arbeid eller utdanning."
    k_hjem = "Flere eldre skal få hjelp hjemme, slik at færre trenger plass på sykehjem."
    k_energi = "Kommunens eget energiforbruk skal ned med 20 prosent innen 2029."
    k_areal = "Det skal alltid være ledig, regulert næringsareal i kommunen."
    k_bygg = "Kommunens bygg skal være i god stand og vedlikeholdes etter plan."

    def goal_tab(rows):
        return ("table", ["Delmål", "Indikator", "I dag", "2029"], rows, [80, 45, 17, 17])

    def measures(rows):
        return ("table", ["Tiltak", "Ansvar", "Frist", "Kostnad (1000 kr)"], rows, [80, 40, 18, 22])

    child = [
        ("title", "Handlingsdel 2026–2029"),
        ("meta", "Bjørkevik kommune · Vedtatt sammen med økonomiplanen 11.12.2025"),
        ("h1", "Innledning"),
        (
            "p",
            "Handlingsdelen viser hva kommunen skal gjøre de neste fire årene for å nå målene i "
            "samfunnsdelen. Den er bygget opp etter de tre satsingsområdene. For hvert område er "
            "det satt delmål med indikatorer, og tiltakene er prioritert innenfor økonomiplanens "
            "rammer.",
        ),
        ("h1", "1 Oppvekst og læring"),
        goal_tab(
            [
                [k_mobb, "Andel elever som blir mobbet", "8,1 %", "5 %"],
                [k_laerer, "Andel med fordypning", "71 %", "90 %"],
            ]
        ),
        measures(
            [
                [
                    "Trivselsprogram og mobbeombud i alle skoler",
                    "Kommunalsjef oppvekst",
                    "2026",
                    "350",
                ],
                [
                    "Videreutdanning for lærere (Kompetanse for kvalitet)",
                    "Rektorene",
                    "Årlig",
                    "900",
                ],
                ["Fullføre renovering av Bjørkevik ungdomsskole", "Eiendomssjef", "2027", "42 000"],
            ]
        ),
        ("h1", "2 Helse og levekår"),
        goal_tab(
            [
                [k_sos, "Mottakere i over seks måneder", "64", "40"],
                [k_hjem, "Andel over 80 år som bor hjemme", "87 %", "90 %"],
            ]
        ),
        measures(
            [
                ["Kvalifiseringsprogrammet utvides med ti plasser", "NAV-leder", "2026", "1 200"],
                ["Praksisplasser i samarbeid med næringslivet", "NAV-leder", "2027", "0"],
                [
                    "Frisklivssentral med kurs i røykeslutt, kosthold og trening",
                    "Helsesjef",
                    "2026",
                    "600",
                ],
                [
                    "Hverdagsrehabiliteringsteam i full drift",
                    "Leder hjemmetjenesten",
                    "2026",
                    "1 500",
                ],
                ["Trygghetsalarmer og digitalt tilsyn", "Leder hjemmetjenesten", "2027", "400"],
            ]
        ),
        ("break",),
        ("h1", "3 Klima, miljø og samfunnsutvikling"),
        goal_tab(
            [
                [k_energi, "kWh i kommunale bygg", "9,4 GWh", "7,5 GWh"],
                [k_areal, "Ledig regulert areal", "12 daa", "60 daa"],
                [k_bygg, "Andel bygg med tilstandsgrad 2 eller bedre", "58 %", "75 %"],
            ]
        ),
        measures(
            [
                [
                    "Energisparekontrakt (EPC) for 14 kommunale bygg",
                    "Eiendomssjef",
                    "2027",
                    "8 000",
                ],
                ["Regulere 60 dekar næringsareal på Moen", "Plansjef", "2027", "800"],
                ["Næringsfond, 1 mill. kr per år", "Næringsrådgiver", "Årlig", "1 000"],
                ["Ny brannstasjon i sentrum", "Brannsjef", "2029", "55 000"],
                ["Vedlikeholdsplan for alle kommunale bygg", "Eiendomssjef", "2026", "200"],
            ]
        ),
    ]
    build_pdf(
        child,
        d / "child.pdf",
        title="Handlingsdel 2026–2029",
        author="Bjørkevik kommune",
        header="Bjørkevik kommune – Handlingsdel 2026–2029",
    )
    goals_ = [
        G(
            "G1.1",
            g["1.1"],
            "followed_up",
            [k_mobb, "Trivselsprogram og mobbeombud i alle skoler"],
            ev="Færre elever skal oppleve mobbing",
        ),
        G(
            "G1.2",
            g["1.2"],
            "not_followed_up",
            note="trap: 'Fullføre renovering av Bjørkevik ungdomsskole' shares fullføre and "
            "the school, and serves nothing of completing upper secondary",
        ),
        G(
            "G1.3",
            g["1.3"],
            "partial",
            [k_laerer, "Videreutdanning for lærere (Kompetanse for kvalitet)"],
            ev="Alle lærere i norsk, matematikk",
            missing=["kvalifiserte ansatte i barnehagene"],
        ),
        G(
            "G2.1",
            g["2.1"],
            "followed_up",
            [
                k_sos,
                "Kvalifiseringsprogrammet utvides med ti plasser",
                "Praksisplasser i samarbeid med næringslivet",
            ],
            ev="Langvarige sosialhjelpsmottakere skal over",
        ),
        G(
            "G2.2",
            g["2.2"],
            "partial",
            ["Frisklivssentral med kurs i røykeslutt, kosthold og trening"],
            ev="Frisklivssentral med kurs",
            missing=["psykisk helse"],
        ),
        G(
            "G2.3",
            g["2.3"],
            "followed_up",
            [
                k_hjem,
                "Hverdagsrehabiliteringsteam i full drift",
                "Trygghetsalarmer og digitalt tilsyn",
            ],
            ev="Flere eldre skal få hjelp hjemme",
        ),
        G(
            "G3.1",
            g["3.1"],
            "partial",
            [k_energi, "Energisparekontrakt (EPC) for 14 kommunale bygg"],
            ev="Kommunens eget energiforbruk skal ned",
            missing=["utslipp fra transport, landbruk og næringsliv i kommunen som helhet"],
            note="the child cuts the council's own energy use, not Bjørkevik's emissions",
        ),
        G(
            "G3.2",
            g["3.2"],
            "not_followed_up",
            note="trap: 'Ny brannstasjon i sentrum' names the sentrum and does nothing for a "
            "living centre or the residential areas",
        ),
        G(
            "G3.3",
            g["3.3"],
            "followed_up",
            [
                k_areal,
                "Regulere 60 dekar næringsareal på Moen",
                "Næringsfond, 1 mill. kr per år",
            ],
            ev="Det skal alltid være ledig, regulert",
        ),
        G(
            "G3.4",
            g["3.4"],
            "not_followed_up",
            note="trap: the climate chapter is about energy and emissions; nothing prepares for "
            "extreme weather",
        ),
    ]
    kids = [
        C(k_mobb, ["G1.1"]),
        C(k_laerer, ["G1.3"]),
        C(k_sos, ["G2.1"]),
        C(k_hjem, ["G2.3"]),
        C(k_energi, ["G3.1"]),
        C(k_areal, ["G3.3"]),
        C(k_bygg, [], note="maintenance of the council's buildings serves no goal of the parent"),
    ]
    return dict(
        language="nb",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF: goals in Nr. | Mål | Indikator tables under three focus areas; "
        "child PDF (handlingsdel): Delmål | Indikator | I dag | 2029 tables over measure tables "
        "Tiltak | Ansvar | Frist | Kostnad",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 2 Straumfjord (nn)


@pair
def straumfjord_mobilitet(d: Path) -> dict:
    g1 = "Alle skal kunne reise trygt og enkelt mellom bygdene og kommunesenteret, også utan bil."
    g2 = "Klimagassutsleppa frå transport skal ned med 40 prosent innan 2030."
    g3 = "Barn og unge skal ha ein trygg skuleveg."
    g4 = (
        "Straumfjord skal ha eit variert næringsliv med fleire arbeidsplassar i reiseliv, "
        "havbruk og landbruk."
    )
    g5 = "Bygdene skal ha gode møteplassar og eit aktivt lag- og organisasjonsliv."
    g6 = "Innbyggjarane skal ha god folkehelse og vere fysisk aktive i kvardagen."
    g7 = "Eldre skal kunne bu heime lenge og delta i lokalsamfunnet."
    g8 = "Naturmangfaldet skal takast vare på, og nedbygginga av matjord skal reduserast."
    g9 = "Kommunen skal vere open, og innbyggjarane skal kunne påverke avgjerdene."

    def goal(text, how):
        return [("p", f"**{text}**"), ("p", "Slik gjer vi det:"), ("bullets", how)]

    parent = [
        ("meta", "STRAUMFJORD KOMMUNE"),
        ("title", "Kommuneplanen sin samfunnsdel 2025–2037"),
        ("meta", "Vedteken av kommunestyret 19.06.2025, sak 40/25"),
        ("h1", "Levande bygder"),
        (
            "p",
            "Straumfjord har sju bygder og eit kommunesenter. Folketalet i bygdene går ned, og "
            "mange er avhengige av bil for å kome seg på jobb, skule og butikk.",
        ),
        *goal(
            g1, ["samarbeide med fylkeskommunen om rutetilbodet", "ta i bruk bestillingstransport"]
        ),
        *goal(g5, ["støtte grendahus og bygdelag", "gje driftstilskot til lag og organisasjonar"]),
        *goal(g4, ["sikre næringsareal ved sjøen", "samarbeide med næringsforeininga"]),
        ("h1", "Grøn omstilling"),
        *goal(
            g2,
            [
                "leggje til rette for lading og fornybart drivstoff",
                "redusere behovet for bilreiser",
            ],
        ),
        *goal(g8, ["fortette i kommunesenteret", "kartleggje verdifull natur"]),
        ("break",),
        ("h1", "Gode liv"),
        *goal(g3, ["prioritere gang- og sykkelvegar nær skulane"]),
        *goal(g6, ["leggje til rette for aktivitet i kvardagen", "styrkje frisklivstilbodet"]),
        *goal(g7, ["satse på heimetenester og velferdsteknologi", "tilpasse bustader"]),
        *goal(
            g9, ["nytte digitale kanalar for innspel", "ha ope møte i alle bygder før store vedtak"]
        ),
    ]
    build_pdf(
        parent,
        d / "parent.pdf",
        title="Kommuneplanen sin samfunnsdel 2025–2037",
        author="Straumfjord kommune",
        header="Straumfjord kommune – samfunnsdelen",
        lang="nn-NO",
    )
    k1 = (
        "Det skal gå kollektivtransport mellom alle bygdene og kommunesenteret minst fem gonger "
        "kvar dag."
    )
    k2 = "Alle barn skal ha ein trygg veg til skulen, til fots, på sykkel eller med buss."
    k3 = "Fleire skal gå og sykle til jobb, skule og fritid."
    k4 = "Personbiltrafikken skal ikkje auke i planperioden."
    k5 = "Det skal vere enkelt å finne rutetider og bestille transport."
    m_hent = (
        "«Hent meg»: bestillingstransport frå døra til næraste haldeplass eller kommunesenteret"
    )
    m_dor = "Dør-til-dør-transport for eldre til butikk, lege og eldresenter to dagar i veka"
    m_gs = "Gang- og sykkelveg langs fv. 512 frå Nesheim skule til Nesheim sentrum"
    m_hp = "Opplyste og overbygde haldeplassar ved alle skulane"
    m_lad = "Hurtigladarar ved kommunehuset og ferjekaia"
    m_sykkel = "Sykkelparkering med tak ved skulane og kommunehuset"
    child = [
        ("title", "Plan for mobilitet og kollektivtransport 2026–2030"),
        ("meta", "Straumfjord kommune · Temaplan · Vedteken 12.03.2026"),
        ("h1", "1 Innleiing"),
        (
            "p",
            "Planen følgjer opp kommuneplanen sin samfunnsdel. Han handlar om korleis folk i "
            "Straumfjord kjem seg til jobb, skule, butikk og fritid. Om lag 600 innbyggjarar svarte "
            "på ei reisevaneundersøking, og bygdelaga har vore med og kartlagt haldeplassane.",
        ),
        (
            "p",
            "Havbruksanlegget på Kvitholmen har skiftarbeid, og mange av dei tilsette køyrer bil "
            "dit fordi bussen ikkje passar med skiftene.",
        ),
        ("h2", "Delmål 1: " + k1),
        ("p", "Tiltak:"),
        (
            "bullets",
            [
                m_hent + " (ansvar: kommunalsjef teknisk, tid: 2026)",
                "Nye avgangar på rute 340 om kvelden (ansvar: fylkeskommunen, tid: 2027)",
            ],
        ),
        ("h2", "Delmål 2: " + k2),
        ("p", "Tiltak:"),
        (
            "bullets",
            [
                m_gs + " (ansvar: kommunalsjef teknisk, tid: 2028)",
                m_hp + " (ansvar: fylkeskommunen, tid: 2027)",
            ],
        ),
        ("break",),
        ("h2", "Delmål 3: " + k3),
        ("p", "Tiltak:"),
        (
            "bullets",
            [
                m_sykkel + " (ansvar: eigedomssjef, tid: 2026)",
                "Sykkelkampanjen «Sykle til jobben» kvar vår (ansvar: folkehelsekoordinator, tid: "
                "årleg)",
            ],
        ),
        ("h2", "Delmål 4: " + k4),
        ("p", "Tiltak:"),
        (
            "bullets",
            [
                m_lad + " (ansvar: kommunalsjef teknisk, tid: 2027)",
                "Samkøyringsordning for tilsette i kommunen (ansvar: personalsjef, tid: 2026)",
            ],
        ),
        ("h2", "Delmål 5: " + k5),
        ("p", "Tiltak:"),
        (
            "bullets",
            [
                "Rutetider og «Hent meg» på kommunen si heimeside (ansvar: kommunikasjonsrådgjevar, "
                "tid: 2026)",
                m_dor + " (ansvar: leiar heimetenesta, tid: 2026)",
            ],
        ),
    ]
    build_docx(
        child,
        d / "child.docx",
        title="Plan for mobilitet og kollektivtransport 2026–2030",
        author="Straumfjord kommune",
        header="Mobilitet og kollektivtransport 2026–2030",
        lang="nn-NO",
    )
    goals_ = [
        G("G1", g1, "followed_up", [k1, m_hent], ev="Delmål 1: Det skal gå kollektivtransport"),
        G(
            "G2",
            g2,
            "partial",
            [k3, k4, m_lad],
            ev="Delmål 4: Personbiltrafikken skal ikkje",
            missing=[
                "utsleppa frå tungtransport, ferje og næringstransport; eit kutt på 40 prosent"
            ],
            note="the child holds car traffic flat and adds chargers; the parent asks for a 40 % "
            "cut in transport emissions",
        ),
        G("G3", g3, "followed_up", [k2, m_gs, m_hp], ev="Delmål 2: Alle barn skal ha ein trygg"),
        G(
            "G4",
            g4,
            "not_followed_up",
            note="trap: the havbruk plant is named for its shift workers' travel, nothing serves "
            "business or jobs",
        ),
        G(
            "G5",
            g5,
            "not_followed_up",
            note="trap: bygdelaga named for mapping bus stops, nothing for meeting places or "
            "organisations",
        ),
        G(
            "G6",
            g6,
            "partial",
            [k3, "Sykkelkampanjen «Sykle til jobben» kvar vår"],
            ev="Delmål 3: Fleire skal gå og sykle",
            missing=["folkehelse utover aktiv transport"],
        ),
        G(
            "G7",
            g7,
            "partial",
            [m_dor],
            ev="Dør-til-dør-transport for eldre",
            missing=["å bu heime lenge"],
        ),
        G("G8", g8, "not_followed_up"),
        G(
            "G9",
            g9,
            "not_followed_up",
            note="trap: the reisevaneundersøking is the plan's own process, not a follow-up of "
            "openness and influence",
        ),
    ]
    kids = [
        C(k1, ["G1"]),
        C(k2, ["G3"]),
        C(k3, ["G2", "G6"]),
        C(k4, ["G2"]),
        C(k5, [], note="information on timetables serves no goal of the parent on its own"),
    ]
    return dict(
        language="nn",
        parent="parent.pdf",
        child="child.docx",
        producer="parent PDF: each goal a bold sentence followed by 'Slik gjer vi det:' and Word "
        "bullets, under three focus areas, no numbers; child .docx (temaplan): 'Delmål N: …' "
        "headings over bulleted measures with '(ansvar: …, tid: …)'",
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
            "corpora/parents-blind3/make_pairs.py.\n"
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
