"""Build the thirteenth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-03 without reading plancheck's code. Five parents laid out in ways not used
by the earlier batches: a nb samfunnsdel (python-docx → LibreOffice) with one
`Satsingsområde | Mål | Strategier` table, codes "SO1" in the first column, goals "M1.1 …" as
paragraphs in the second and strategies (no goals) in the third; a nynorsk samfunnsdel (odfpy)
whose goals are plain "Vi skal …" sentences inside running prose paragraphs; a Swedish
"Målbild 2040" web page printed by Chromium, each goal a short headline (no full stop) over an
explanation paragraph; a Danish børne- og ungepolitik made by reportlab, three values
("Værdi n", a word and a "Vi tror på …" statement: no goals), each over "Vi vil" bullets (the
goals, infinitive phrases); and an English corporate plan (python-docx → LibreOffice) whose
priorities list "Priority outcomes" bullets (the goals) and "We will:" bullets (commitments:
strategies, no goals). The children: a nb boligpolitisk handlingsplan (odfpy) whose goal table
cites the parent by code ("M1.1", and "SO2", "SO3": a focus area only); a nynorsk temaplan for
klimatilpassing (Chromium) whose goals are broader than the parent's; a Swedish friluftsplan
(python-docx → LibreOffice) with the parent's goal headlines repeated word for word as
headings; a Danish handleplan for skolenærvær (Chromium) that has no goals of its own, only
measures in a table naming the parent's value; an English food plan (reportlab) with an
`Our aim | Corporate Plan priority` table naming the priority (a theme, not a goal). Each child
has traps: words shared with, or the heading or name of, a parent goal it does not serve.

    python corpora/parents-blind13/make_pairs.py                   # all pairs
    python corpora/parents-blind13/make_pairs.py holmevik-bolig    # some pairs

Imports the twelfth batch's builder (corpora/parents-blind12/make_pairs.py: through it the
eleventh's, tenth's and ninth's, the block writer of corpora/mandates-blind/_build.py, G, C,
find_page, the Chromium print, the printed-text check, the odfpy writer, `_reportlab` and
`_page`). `main` is batch 12's gold writer and checks.
"""

from __future__ import annotations

import html as _html
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

from _build import build_pdf, page_of, rendered_pages  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_p12 = _load("parents_blind12_make_pairs", HERE.parent / "parents-blind12" / "make_pairs.py")
G, C, find_page, _check_printed = _p12.G, _p12.C, _p12.find_page, _p12._check_printed
_chromium, _odt_pdf, _reportlab, _page = _p12._chromium, _p12._odt_pdf, _p12._reportlab, _p12._page

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


# =========================================================================== 1 Holmevik (nb)


@pair
def holmevik_bolig(d: Path) -> dict:
    g = {
        "M1.1": "Holmevik skal ha et variert boligtilbud som passer i alle livsfaser.",
        "M1.2": "Nye boliger skal i hovedsak bygges i gangavstand til sentrum eller en skole.",
        "M2.1": "Ingen innbyggere skal være uten et trygt sted å bo.",
        "M2.2": "Barn og unge skal ha gode og trygge møteplasser i nærmiljøet.",
        "M3.1": "Ny utbygging skal ikke skje på dyrka mark eller myr.",
        "M3.2": "Holmevik skal ha et næringsliv som skaper nye arbeidsplasser.",
    }
    strat = {
        1: [
            "Prioritere fortetting og transformasjon i sentrum",
            "Bruke kommunens egne tomter aktivt",
            "Inngå utbyggingsavtaler med private utbyggere",
        ],
        2: [
            "Bruke Husbankens virkemidler aktivt",
            "Samordne tjenestene til dem som trenger hjelp til å bo",
            "La barn og unge medvirke i planleggingen",
        ],
        3: [
            "Redusere energibruken i kommunale bygg",
            "Legge til rette for næringsarealer ved havna",
            "Samarbeide med regionen om reiseliv",
        ],
    }
    so = {1: "SO1 Gode steder å bo", 2: "SO2 Trygge levekår", 3: "SO3 Klima, natur og næring"}

    def row(n):
        goals = "\n".join(f"{k} {t}" for k, t in g.items() if k.startswith(f"M{n}."))
        return [so[n], goals, "\n".join(f"– {s}" for s in strat[n])]

    parent = [
        ("meta", "HOLMEVIK KOMMUNE"),
        ("title", "Kommuneplanens samfunnsdel 2030–2042"),
        ("meta", "Vedtatt av kommunestyret 18.06.2030, sak 41/30"),
        ("h1", "1 Innledning"),
        (
            "p",
            "Holmevik har 7 300 innbyggere. Samfunnsdelen har tre satsingsområder (SO1–SO3). For "
            "hvert satsingsområde står målene vi skal nå (M1.1 osv.) og strategiene for hvordan "
            "vi vil arbeide. Strategiene er ikke mål, men viser veien dit.",
        ),
        ("h1", "2 Satsingsområder, mål og strategier"),
        ("table", ["Satsingsområde", "Mål", "Strategier"], [row(1), row(2), row(3)], [36, 72, 62]),
        ("h1", "3 Oppfølging"),
        (
            "p",
            "Handlingsdelen og temaplanene skal vise hvilke mål og satsingsområder de bygger på, "
            "med kodene i tabellen.",
        ),
    ]
    build_pdf(
        parent,
        d / "parent.pdf",
        title="Kommuneplanens samfunnsdel 2030–2042",
        author="Holmevik kommune",
        header="Holmevik kommune – kommuneplanens samfunnsdel",
    )

    k = [
        "Det skal bygges minst 40 boliger i året, fordelt på leiligheter, rekkehus og eneboliger.",
        "Minst 30 lettstelte og tilgjengelige leiligheter for eldre skal bygges i sentrum.",
        "Kommunen skal ha nok utleieboliger til alle som ikke kan skaffe seg bolig selv.",
        "Ingen skal skrives ut fra institusjon eller fengsel uten et sted å bo.",
        "Flere leietakere i kommunale boliger skal få kjøpe sin egen bolig.",
        "Alle nye boligfelt skal ha lekeplass og trygg vei til skolen.",
        "Energibruken i de kommunale utleieboligene skal ned med 30 prosent.",
    ]
    code = ["M1.1", "M1.1, M1.2", "M2.1", "SO2", "SO1", "M2.2", "SO3"]
    m = {
        "program": "Boligprogram med tomtereserve for ti år",
        "avstand": "Minst 80 prosent av nye boliger legges innenfor 1 km fra sentrum eller en skole",
        "senior": "Utbyggingsavtale om 30 seniorleiligheter i Sentrumskvartalet",
        "kjop": "Kjøp av 12 utleieboliger spredt i boligfeltene",
        "utskr": "Rutine for boligavklaring før utskriving fra sykehus, institusjon og fengsel",
        "eie": "Leie-til-eie med startlån fra Husbanken",
        "lek": "Krav om nærlekeplass i reguleringsplaner for nye boligfelt",
        "jord": "Nye boligfelt legges utenom dyrka mark",
        "energi": "Etterisolering og varmepumper i 40 kommunale utleieboliger",
    }
    rows = [
        [m["program"], "Plan og utvikling", "2031", "H1"],
        [m["avstand"], "Plan og utvikling", "løpende", "H1"],
        [m["senior"], "Eiendom", "2032", "H2"],
        [m["kjop"], "Eiendom", "2031", "H3"],
        [m["utskr"], "NAV og helse", "2030", "H4"],
        [m["eie"], "NAV", "årlig", "H5"],
        [m["lek"], "Plan og utvikling", "løpende", "H6"],
        [m["jord"], "Plan og utvikling", "løpende", ""],
        [m["energi"], "Eiendom", "2033", "H7"],
    ]
    child = [
        ("title", "Boligpolitisk handlingsplan 2030–2033"),
        ("meta", "Holmevik kommune · Vedtatt av kommunestyret 10.12.2030, sak 88/30"),
        ("h1", "1 Innledning"),
        (
            "p",
            "Handlingsplanen følger opp kommuneplanens samfunnsdel. Kolonnen «Samfunnsdelen» i "
            "måltabellen viser koden for målet eller satsingsområdet i samfunnsdelen som målet "
            "bygger på.",
        ),
        ("h1", "2 Bakgrunn"),
        (
            "p",
            "Det bygges i dag om lag 25 boliger i året i Holmevik, nesten bare eneboliger i "
            "feltene utenfor sentrum. Flere eldre vil selge eneboligen og flytte til noe mindre. "
            "Et godt boligtilbud er også viktig for at næringslivet skal få tak i arbeidskraft.",
        ),
        ("h1", "3 Mål for planperioden"),
        (
            "table",
            ["Nr.", "Mål", "Samfunnsdelen"],
            [[f"H{i}", t, code[i - 1]] for i, t in enumerate(k, start=1)],
            [14, 120, 32],
        ),
        ("h1", "4 Tiltak"),
        ("table", ["Tiltak", "Ansvar", "Frist", "Mål"], rows, [86, 38, 20, 14]),
        ("h1", "5 Rullering"),
        ("p", "Planen rulleres i 2033, samtidig med handlingsdelen."),
    ]
    _odt_pdf(child, d / "child.pdf", title="Boligpolitisk handlingsplan 2030–2033", lang="nb")

    goals_ = [
        G(
            "M1.1",
            g["M1.1"],
            "followed_up",
            [k[0], k[1], k[4], m["program"], m["senior"], m["eie"]],
            ev="Det skal bygges minst 40 boliger",
            note="the goals are the paragraphs of the Mål cell of the one 'Satsingsområde | Mål | "
            "Strategier' table (the code 'M1.1' is not part of the text; the 'SO1 …' cell is a "
            "focus area and the '– …' lines of the Strategier cell are strategies, no goals); ids "
            "the codes. Cited 'M1.1' by H1 and H2; H5 (leie-til-eie) cites only 'SO1' and still "
            "serves it: homes for every stage and purse, in other words",
        ),
        G(
            "M1.2",
            g["M1.2"],
            "followed_up",
            [k[1], m["avstand"]],
            ev="Minst 80 prosent av nye boliger",
            note="cited 'M1.2' by H2; the measure placing 80 % of new homes within 1 km of the "
            "centre or a school is the whole goal ('i hovedsak'); its Mål cell says H1, not M1.2",
        ),
        G(
            "M2.1",
            g["M2.1"],
            "followed_up",
            [k[2], k[3], m["kjop"], m["utskr"]],
            ev="Kommunen skal ha nok utleieboliger",
            note="cited 'M2.1' by H3; H4 cites only the focus area 'SO2' and serves it too "
            "(nobody discharged to nowhere)",
        ),
        G(
            "M2.2",
            g["M2.2"],
            "partial",
            [k[5], m["lek"]],
            ev="Alle nye boligfelt skal ha lekeplass",
            missing=["eksisterende nabolag", "møteplasser for ungdom"],
            note="cited 'M2.2'; playgrounds and a safe way to school in new housing areas only",
        ),
        G(
            "M3.1",
            g["M3.1"],
            "partial",
            [m["jord"]],
            ev="Nye boligfelt legges utenom dyrka mark",
            missing=["myr", "annen utbygging enn boligfelt"],
            note="no code (empty Mål cell, no child goal); dyrka mark only, for housing only",
        ),
        G(
            "M3.2",
            g["M3.2"],
            "not_followed_up",
            note="trap: the background's 'for at næringslivet skal få tak i arbeidskraft' shares "
            "'næringsliv'; and H7 cites 'SO3', the focus area of M3.1 and M3.2, but cuts energy "
            "use in rental homes — the strategy 'Redusere energibruken i kommunale bygg', which is "
            "no goal",
        ),
    ]
    kids = [
        C(k[0], ["M1.1"]),
        C(k[1], ["M1.1", "M1.2"]),
        C(k[2], ["M2.1"]),
        C(k[3], ["M2.1"], note="cites the focus area 'SO2' only"),
        C(k[4], ["M1.1"], note="cites the focus area 'SO1' only"),
        C(k[5], ["M2.2"]),
        C(
            k[6],
            [],
            note="cites 'SO3' but follows a strategy of it (energy use in municipal buildings), "
            "not a goal; stands alone",
        ),
    ]
    return dict(
        language="nb",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; samfunnsdel): one table 'Satsingsområde "
        "| Mål | Strategier', three rows, the focus area 'SO1 …' in the first cell, two goals "
        "'M1.1 …' as paragraphs in the second, three '– …' strategies (no goals) in the third; "
        "child PDF (odfpy .odt → LibreOffice; boligpolitisk handlingsplan): a goal table 'Nr. | "
        "Mål | Samfunnsdelen' citing 'M1.1', 'M1.1, M1.2' or a focus area 'SO2', and a measure "
        "table 'Tiltak | Ansvar | Frist | Mål' citing the plan's own goals 'H1' …",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 2 Lyngbakk (nn)


@pair
def lyngbakk_klimatilpassing(d: Path) -> dict:
    g = {
        "L1": "Vi skal byggje slik at nye bustader, vegar og bygg ikkje blir råka av flaum, skred "
        "eller havnivåstiging.",
        "L2": "Vi skal ha ein beredskap som gjer at kommunen klarer seg gjennom ekstremvêr utan at "
        "liv og helse blir sette i fare.",
        "L3": "Vi skal ta vare på myrane, våtmarkene og elvebreiane, fordi dei held på vatnet og "
        "lagrar karbon.",
        "L4": "Vi skal halde oppe eit aktivt jordbruk i heile kommunen.",
        "L5": "Vi skal gjere det enklare å reise med buss, sykkel og til fots i og rundt "
        "kommunesenteret.",
        "L6": "Vi skal ha kommunale vegar som er opne og trygge å ferdast på heile året.",
    }
    parent = [
        ("meta", "LYNGBAKK KOMMUNE"),
        ("title", "Kommuneplanen sin samfunnsdel 2030–2042"),
        ("meta", "Vedteken av kommunestyret 24.06.2030, sak 29/30"),
        ("h1", "Lyngbakk i 2042"),
        (
            "p",
            "Lyngbakk ligg inst i Lyngfjorden, med 4 100 innbyggjarar fordelt på kommunesenteret "
            "og fem bygder. Samfunnsdelen fortel i vanleg tekst kva vi vil med kommunen. Måla står "
            "i teksten som setningar som byrjar med «Vi skal».",
        ),
        ("h1", "Trygge og robuste lokalsamfunn"),
        (
            "p",
            "Dei siste ti åra har flaum og jordskred stengt fylkesvegen fleire gonger, og stormen "
            f"i 2027 gav lange straumbrot. Klimaet blir våtare og villare. {g['L1']} Kommunen har "
            "god erfaring med frivillige i beredskapen, og det vil vi byggje vidare på. "
            f"{g['L2']}",
        ),
        ("h1", "Natur og landskap"),
        (
            "p",
            "Lyngbakk har store myrar, våtmarker langs fjorden og elvar med laks og sjøaure. "
            f"Naturen er ein del av det som gjer kommunen god å bu i. {g['L3']} Jordbruket har "
            f"gått tilbake i alle bygder dei siste tiåra. {g['L4']}",
        ),
        ("h1", "Gode kvardagar"),
        (
            "p",
            "Dei fleste køyrer bil til jobb, skule og butikk, og bussen går sjeldan. "
            f"{g['L5']} Vegane inn til bygdene er viktige for alle som bur der. {g['L6']}",
        ),
        ("h1", "Oppfølging"),
        (
            "p",
            "Måla blir følgde opp i handlingsdelen og i temaplanane. Kvar temaplan skal seie "
            "korleis han følgjer opp samfunnsdelen.",
        ),
    ]
    _odt_pdf(parent, d / "parent.pdf", title="Kommuneplanen sin samfunnsdel 2030–2042", lang="nn")

    k = [
        "Lyngbakk skal vere eit trygt samfunn i eit klima i endring.",
        "Samfunnet skal halde fram å fungere når ekstremvêret kjem.",
        "Naturen skal vere ein del av løysinga.",
        "Alle innbyggjarar og verksemder skal kjenne risikoen der dei bur, og vite kva dei "
        "sjølve kan gjere.",
        "Lyngbakk skal vere ein pådrivar for klimatilpassing i regionen.",
    ]
    m = {
        "aktsemd": "Aktsemdkart for flaum og skred skal liggje til grunn for alle nye "
        "reguleringsplanar",
        "kote": "Ingen nye bygg under kote 3 over havet langs sjøen",
        "dim": "Nye kommunale vegar og stikkrenner skal dimensjonerast for 40 prosent meir nedbør",
        "stikk": "Større stikkrenner og grøfter på dei kommunale vegane til Nesbygda og Øvrebø",
        "ovIng": "Kriseleiinga øver på ekstremvêr kvart år",
        "straum": "Reservestraum på sjukeheimen, helsesenteret og skulane",
        "oversikt": "Oversikt over heimebuande som treng hjelp ved lange straumbrot",
        "myr": "Ingen nedbygging av myr i nye arealplanar",
        "restaur": "Restaurering av Storemyra og våtmarka ved Lyngosen",
        "kant": "Kantsoner på minst 10 meter langs elvane i alle nye planar",
        "kart": "Kart over flaum- og skredfare på nettsida til kommunen",
        "mote": "Informasjonsmøte om klimarisiko i kvar bygd",
        "nett": "Felles nettverk for klimatilpassing med nabokommunane",
    }
    acts = [
        ["aktsemd", "kote", "dim", "stikk"],
        ["ovIng", "straum", "oversikt"],
        ["myr", "restaur", "kant"],
        ["kart", "mote"],
        ["nett"],
    ]
    e = _html.escape
    goals_html = []
    for i, t in enumerate(k):
        goals_html.append(f"<h3>Hovudmål {i + 1}</h3><p class='goal'>{e(t)}</p>")
        goals_html.append("<p class='lbl'>Dette gjer vi:</p>")
        goals_html.append("<ul>" + "".join(f"<li>{e(m[a])}</li>" for a in acts[i]) + "</ul>")
    hbody = [
        "<p class='crumb'>lyngbakk.kommune.no › Planar › Klimatilpassing</p>",
        "<h1>Temaplan for klimatilpassing 2031–2035</h1>",
        "<p class='crumb'>Lyngbakk kommune · Vedteken av kommunestyret 11.03.2031, sak 12/31</p>",
        "<h2>1 Samanheng med kommuneplanen</h2>",
        "<p>Temaplanen følgjer opp samfunnsdelen. Hovudmåla i temaplanen er breiare enn måla i "
        "samfunnsdelen: dei gjeld heile samfunnet si evne til å tole eit klima i endring.</p>",
        "<h2>2 Bakgrunn</h2>",
        "<p>Klimaprofilen for fylket viser meir og kraftigare nedbør, fleire flaumar og jordskred "
        "og eit havnivå som kan stige med opptil 60 cm fram mot 2100. Jordbruket merkar alt "
        "våtare haustar og vanskelegare innhausting. Mindre biltrafikk er godt for klimaet, men "
        "det er utsleppskutt og høyrer til klima- og energiplanen.</p>",
        "<h2>3 Hovudmål og tiltak</h2>",
        *goals_html,
        "<h2>4 Oppfølging</h2>",
        "<p>Tiltaka blir prioriterte i handlingsdelen kvart år.</p>",
    ]
    _chromium(
        _page(
            "nn",
            "Temaplan for klimatilpassing 2031–2035",
            "h1{font-size:20pt;color:#1d5c63;margin:8px 0 2px}"
            "h2{font-size:13pt;color:#1d5c63;margin:14px 0 4px}"
            "h3{font-size:9pt;color:#fff;background:#1d5c63;display:inline-block;"
            "padding:1px 6px;margin:10px 0 2px}"
            ".goal{font-size:12pt;font-weight:bold;margin:2px 0}"
            ".lbl{font-size:9pt;color:#555;margin:2px 0}ul{margin:2px 0 6px}",
            hbody,
        ),
        d / "child.pdf",
    )

    goals_ = [
        G(
            "L1",
            g["L1"],
            "followed_up",
            [k[0], m["aktsemd"], m["kote"], m["dim"]],
            ev="Aktsemdkart for flaum og skred",
            note="the goals are the sentences beginning 'Vi skal' inside the running prose "
            "paragraphs under three theme headings (no list, no bold; the rest of each paragraph "
            "is background, 'det vil vi byggje vidare på' is no goal, and the intro's quoted «Vi "
            "skal» is none); no numbers, ids L1–L6 in reading order. The broad 'trygt samfunn i "
            "eit klima i endring' and its measures: flaum and skred maps for all new plans, kote 3 "
            "by the sea, new roads sized for more rain — the whole goal",
        ),
        G(
            "L2",
            g["L2"],
            "followed_up",
            [k[1], m["ovIng"], m["straum"], m["oversikt"]],
            ev="Kriseleiinga øver på ekstremvêr",
            note="the broad 'Samfunnet skal halde fram å fungere' with exercises, backup power "
            "and a list of people at home who need help: the goal in other words",
        ),
        G(
            "L3",
            g["L3"],
            "followed_up",
            [k[2], m["myr"], m["restaur"], m["kant"]],
            ev="Ingen nedbygging av myr",
            note="the broad 'Naturen skal vere ein del av løysinga' with myr, våtmark and "
            "kantsoner langs elvane: all three parts",
        ),
        G(
            "L4",
            g["L4"],
            "not_followed_up",
            note="trap: the background's 'Jordbruket merkar alt våtare haustar' shares "
            "'jordbruk'; nothing keeps farming going",
        ),
        G(
            "L5",
            g["L5"],
            "not_followed_up",
            note="trap: the background names less car traffic and leaves it to the klima- og "
            "energiplan; nothing on bus, cycling or walking",
        ),
        G(
            "L6",
            g["L6"],
            "partial",
            [k[0], m["stikk"]],
            ev="Større stikkrenner og grøfter",
            missing=["dei andre kommunale vegane", "vinterdrift (snø og is)"],
            note="bigger culverts on the roads to two bygder: flood safety on two roads only",
        ),
    ]
    kids = [
        C(k[0], ["L1", "L6"], note="broader than any parent goal; its measures serve L1 and L6"),
        C(k[1], ["L2"]),
        C(k[2], ["L3"]),
        C(k[3], [], note="risk information for all; serves no goal of the samfunnsdel"),
        C(k[4], [], note="a regional role; stands alone"),
    ]
    return dict(
        language="nn",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (odfpy .odt → LibreOffice; samfunnsdel): the goals are 'Vi skal …' "
        "sentences inside running prose paragraphs under three theme headings, no list, no "
        "numbers, no bold; child PDF (HTML → Chromium; temaplan for klimatilpassing): five "
        "'Hovudmål n' labels over broad bold goals, each over 'Dette gjer vi:' measure bullets, "
        "no reference to the parent's goals",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 3 Björkfors (sv)


@pair
def bjorkfors_friluftsliv(d: Path) -> dict:
    mb = [
        (
            "Alla har nära till natur och grönska",
            "I Björkfors 2040 har alla som bor i tätorterna en park, en skog eller ett grönområde "
            "inom några hundra meter. Grönskan är skött och lätt att använda.",
        ),
        (
            "Skogen och sjöarna är tillgängliga för alla",
            "Alla, oavsett ålder och funktionsförmåga, kan ta sig ut i skogen och till sjöarna. "
            "Leder, badplatser och rastplatser går att använda för alla.",
        ),
        (
            "Barn och unga växer upp med goda förutsättningar",
            "Förskola och skola ger alla barn en bra start, och unga känner sig trygga och "
            "delaktiga i samhället.",
        ),
        (
            "Det är lätt att resa hållbart",
            "Det går att ta sig till jobb, skola, service och fritid med buss, cykel eller till "
            "fots.",
        ),
        (
            "Fler företag startar och växer",
            "Björkfors har ett varierat näringsliv med fler arbetstillfällen, också i de mindre "
            "orterna.",
        ),
        (
            "Rent vatten och levande sjöar",
            "Sjöarna och vattendragen har god vattenkvalitet och ett rikt växt- och djurliv.",
        ),
    ]
    g = {f"B{i}": h for i, (h, _) in enumerate(mb, start=1)}
    e = _html.escape
    blocks = [
        f"<div class='mb'><div class='no'>{i}</div><div><h2>{e(h)}</h2><p>{e(x)}</p></div></div>"
        for i, (h, x) in enumerate(mb, start=1)
    ]
    pbody = [
        "<p class='crumb'>bjorkfors.se › Kommun och politik › Vision och mål</p>",
        "<h1>Målbild 2040</h1>",
        "<p class='crumb'>Björkfors kommun · Antagen av kommunfullmäktige 2030-04-22, § 38</p>",
        "<p>Målbilden beskriver hur Björkfors ska vara år 2040. Den består av sex mål. Varje mål "
        "har en kort rubrik och en text som förklarar vad målet innebär. Nämnderna visar i sina "
        "planer hur de bidrar.</p>",
        *blocks,
        "<p>Målbilden följs upp varje år i årsredovisningen.</p>",
    ]
    _chromium(
        _page(
            "sv",
            "Målbild 2040",
            "h1{font-size:22pt;color:#2e6b3a;margin:8px 0 6px}"
            ".mb{display:flex;gap:12px;border-left:5px solid #2e6b3a;background:#f1f6ef;"
            "padding:8px 10px;margin:8px 0}"
            ".no{font-size:22pt;font-weight:bold;color:#2e6b3a;min-width:24px}"
            ".mb h2{font-size:13pt;margin:0 0 3px;color:#1e3d24}.mb p{margin:0}",
            pbody,
        ),
        d / "parent.pdf",
    )

    k = [
        "Alla som bor i tätorterna ska ha ett skött grönområde eller en skog inom 300 meter från "
        "bostaden.",
        "De tätortsnära skogarna ska skötas så att de är lätta att vistas i.",
        "Alla förskolor och skolor ska ha en skog eller ett naturområde inom 500 meter som de "
        "använder varje vecka.",
        "Alla kommunala badplatser ska ha brygga, toalett och parkering för rörelsehindrade.",
        "Fler ska kunna ta sig ut i naturen utan bil.",
        "Minst tre leder ska gå att använda med rullstol och barnvagn.",
        "Fler invånare ska vara ute i naturen minst en gång i veckan.",
        "Friluftsföreningarna ska ha goda förutsättningar att sköta leder och stugor.",
    ]
    m = {
        "gron": "Grönplan för Björkfors tätort och Lidaholm",
        "skot": "Skötselplan för Kvarnskogen och Tallåsen",
        "lek": "Naturlekplatser vid fem förskolor",
        "dag": "Friluftsdag varje termin för årskurs 4–6 tillsammans med friluftsföreningarna",
        "brygga": "Ny brygga och toalett vid Tallsjöbadet och Storljusens badplats",
        "buss": "Sommarbuss från resecentrum till Tallsjöbadet och Åsledens start",
        "led": "Tillgänglighetsanpassning av Sjöstigen, Kvarnstigen och Åsleden",
        "lan": "Gratis lån av friluftsutrustning på biblioteken",
        "bidrag": "Föreningsbidrag för underhåll av leder och stugor",
    }

    def section(head, goals, acts):
        out = [("h2", head), ("p", "Mål:"), ("bullets", goals)]
        return [*out, ("p", "Åtgärder:"), ("bullets", [m[a] for a in acts])]

    child = [
        ("title", "Friluftsplan 2031–2035"),
        ("meta", "Björkfors kommun · Antagen av kultur- och fritidsnämnden 2031-02-10"),
        ("h1", "1 Inledning"),
        (
            "p",
            "Friluftsplanen visar hur kultur- och fritidsnämnden bidrar till kommunens målbild. "
            "Kapitel 3 har rubriker efter målen i Målbild 2040, och under varje rubrik står "
            "planens mål och åtgärder.",
        ),
        ("h1", "2 Bakgrund"),
        (
            "p",
            "Björkfors har 60 sjöar, stora skogar och tre markerade vandringsleder. Friluftslivet "
            "betyder mycket för besöksnäringen och för de företag som hyr ut kanoter och stugor. "
            "Många badplatser saknar i dag brygga och toalett.",
        ),
        ("h1", "3 Friluftsplanens mål"),
        *section(g["B1"], [k[0], k[1]], ["gron", "skot"]),
        *section(g["B3"], [k[2]], ["lek", "dag"]),
        *section(g["B6"], [k[3]], ["brygga"]),
        *section("Övriga mål", [k[4], k[5], k[6], k[7]], ["buss", "led", "lan", "bidrag"]),
        ("h1", "4 Uppföljning"),
        ("p", "Nämnden följer upp planen i sin verksamhetsberättelse varje år."),
    ]
    build_pdf(
        child,
        d / "child.pdf",
        title="Friluftsplan 2031–2035",
        author="Björkfors kommun",
        header="Björkfors kommun – Friluftsplan 2031–2035",
        lang="sv-SE",
    )

    goals_ = [
        G(
            "B1",
            g["B1"],
            "followed_up",
            [k[0], k[1], m["gron"], m["skot"]],
            ev="Alla som bor i tätorterna",
            note="the goals are the short headlines of the six målbild blocks (no full stop; the "
            "number beside each is no part of it, the explanation paragraph under it explains "
            "the goal and is no goal); ids the block numbers. The child repeats the headline "
            "word for word as a heading and answers the whole goal under it",
        ),
        G(
            "B2",
            g["B2"],
            "followed_up",
            [k[3], k[5], k[6], m["brygga"], m["led"], m["lan"]],
            ev="Minst tre leder ska gå att använda",
            note="never named; accessible trails, bathing places and free equipment answer it "
            "in other words. The bathing-place goal is printed under the heading of B6",
        ),
        G(
            "B3",
            g["B3"],
            "partial",
            [k[2], m["lek"], m["dag"]],
            ev="Alla förskolor och skolor ska ha",
            missing=["förskola och skola utöver naturen", "ungas trygghet och delaktighet"],
            note="headline repeated word for word as a heading; under it only nature near "
            "preschools and schools and outdoor days",
        ),
        G(
            "B4",
            g["B4"],
            "partial",
            [k[4], m["buss"]],
            ev="Fler ska kunna ta sig ut i naturen",
            missing=["resor till jobb, skola och service", "cykel och gång"],
            note="never named; a summer bus to a lake and a trail: travel to leisure by bus only",
        ),
        G(
            "B5",
            g["B5"],
            "not_followed_up",
            note="trap: the background says outdoor life matters for 'besöksnäringen' and 'de "
            "företag som hyr ut kanoter och stugor'; no goal or measure for businesses",
        ),
        G(
            "B6",
            g["B6"],
            "not_followed_up",
            note="trap: the headline is repeated word for word as a heading, but under it are "
            "only piers, toilets and parking at bathing places (access, B2); nothing for water "
            "quality or life in the lakes",
        ),
    ]
    kids = [
        C(k[0], ["B1"]),
        C(k[1], ["B1"]),
        C(k[2], ["B3"]),
        C(k[3], ["B2"], note="under the heading 'Rent vatten och levande sjöar' (B6); serves B2"),
        C(k[4], ["B4"]),
        C(k[5], ["B2"]),
        C(k[6], ["B2"]),
        C(k[7], [], note="support for the outdoor associations; stands alone"),
    ]
    return dict(
        language="sv",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (HTML → Chromium; kommunfullmäktiges Målbild 2040): six shaded "
        "blocks, a large number beside a short headline (the goal, no full stop) over an "
        "explanation paragraph; child PDF (python-docx → LibreOffice; friluftsplan): three "
        "headings repeating a målbild headline word for word and one 'Övriga mål', each over "
        "'Mål:' and 'Åtgärder:' bullets",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 4 Bøgelund (da)


@pair
def bogelund_skolenaervaer(d: Path) -> dict:
    g = {
        "D1": "sikre, at alle børn og unge er en del af et fællesskab i skolen og i fritiden",
        "D2": "styrke samarbejdet med forældrene om børnenes trivsel og læring",
        "D3": "sikre, at alle børn og unge kommer i skole hver dag og får en uddannelse",
        "D4": "give børn med særlige behov hjælp tidligt og tæt på hverdagen",
        "D5": "give alle børn og unge mulighed for at være fysisk aktive hver dag",
        "D6": "forebygge, at unge begynder at ryge, drikke og tage stoffer",
    }
    values = [
        (
            "Fællesskab",
            "Vi tror på, at alle børn har brug for at høre til og for at blive mødt af voksne, "
            "der tror på dem.",
            ["D1", "D2"],
        ),
        (
            "Læring",
            "Vi tror på, at alle børn kan lære mere, end de selv tror, når de voksne omkring dem "
            "arbejder sammen.",
            ["D3", "D4"],
        ),
        (
            "Sundhed",
            "Vi tror på, at trivsel og sundhed hænger sammen, og at gode vaner grundlægges "
            "tidligt.",
            ["D5", "D6"],
        ),
    ]
    vblocks = []
    for i, (word, belief, keys) in enumerate(values, start=1):
        vblocks += [
            ("band", f"Værdi {i}"),
            ("big", word),
            ("p", belief),
            ("b", "Vi vil"),
            ("bullets", [g[x] for x in keys]),
        ]
    parent = [
        ("title", "Børne- og ungepolitik 2030–2034"),
        ("meta", "Bøgelund Kommune · Vedtaget af byrådet 19.06.2030"),
        ("h1", "Forord"),
        (
            "p",
            "Børne- og ungepolitikken er byrådets overordnede politik for alle børn og unge fra 0 "
            "til 18 år. Den bygger på tre værdier. Under hver værdi står det, hvad vi vil. "
            "Handleplaner for skoler, dagtilbud og fritid viser, hvordan politikken bliver til "
            "virkelighed.",
        ),
        ("h1", "Værdier og mål"),
        *vblocks,
        ("h1", "Opfølgning"),
        ("p", "Politikken følges op hvert andet år i en rapport til byrådet."),
    ]
    _reportlab(
        d / "parent.pdf",
        parent,
        title="Børne- og ungepolitik 2030–2034",
        author="Bøgelund Kommune",
        creator="Bøgelund Kommune, Børn og Unge",
        accent="#7b2d5b",
    )

    m = {
        "morgen": "Fraværet registreres hver morgen, og forældrene kontaktes samme dag ved "
        "ulovligt fravær",
        "team": "Nærværsteam på hver skole med lærer, AKT-vejleder og sundhedsplejerske",
        "ppr": "PPR deltager i elevsamtalen efter 10 fraværsdage",
        "leg": "Legepatruljer og faste makkerordninger i frikvartererne",
        "pas": "Fritidspas: kontingent til en forening betales for elever, der ikke går til noget",
        "mode": "Forældremøde om nærvær i 0., 4. og 7. klasse",
        "guide": "Forældreguide om trivsel, søvn og skærm på fem sprog",
        "uu": "Vejledningssamtale med UU-vejleder for elever med højt fravær i 8. og 9. klasse",
        "mad": "Morgenmad på skolen for elever, der kommer uden at have spist",
    }
    rows = [
        ("morgen", "Skolerne", "1.1.2031", "Læring"),
        ("team", "Skolerne", "2031", "Læring"),
        ("ppr", "PPR", "2031", "Læring"),
        ("leg", "Skolerne og SFO", "2031", "Fællesskab"),
        ("pas", "Kultur og Fritid", "2031", "Fællesskab"),
        ("mode", "Skolerne", "hvert år", "Fællesskab"),
        ("guide", "Sundhedsplejen", "2031", "Sundhed"),
        ("uu", "UU Bøgelund", "2031", "Læring"),
        ("mad", "Skolerne", "2031", "Sundhed"),
    ]
    e = _html.escape
    hbody = [
        "<p class='crumb'>boegelund.dk › Børn og unge › Skole</p>",
        "<h1>Handleplan for skolenærvær 2030–2031</h1>",
        "<p class='crumb'>Bøgelund Kommune · Børne- og skoleudvalget, 04.11.2030</p>",
        "<h2>Baggrund</h2>",
        "<p>Hver tiende elev i Bøgelunds folkeskoler har mere end 10 procent fravær. "
        "Skolefravær kan være et tidligt tegn på mistrivsel, rusmidler eller problemer "
        "derhjemme. Fysisk aktivitet hver dag er også en del af børne- og ungepolitikken, men "
        "den hører til skolernes bevægelsesplan.</p>",
        "<h2>Indsatser</h2>",
        "<p>Kolonnen til højre viser, hvilken værdi i børne- og ungepolitikken indsatsen hører "
        "til.</p>",
        "<table><tr><th style='width:58%'>Indsats</th><th>Hvem</th><th>Hvornår</th>"
        "<th>Værdi i politikken</th></tr>",
        *[
            f"<tr><td>{e(m[a])}</td><td>{e(b)}</td><td>{e(c)}</td><td>{e(v)}</td></tr>"
            for a, b, c, v in rows
        ],
        "</table>",
        "<h2>Opfølgning</h2>",
        "<p>Fraværet gøres op hvert kvartal og drøftes i børne- og skoleudvalget.</p>",
    ]
    _chromium(
        _page(
            "da",
            "Handleplan for skolenærvær 2030–2031",
            "h1{font-size:20pt;color:#7b2d5b;margin:8px 0 2px}"
            "h2{font-size:13pt;color:#7b2d5b;margin:14px 0 4px}",
            hbody,
        ),
        d / "child.pdf",
    )

    goals_ = [
        G(
            "D1",
            g["D1"],
            "followed_up",
            [m["leg"], m["pas"]],
            ev="Legepatruljer og faste makkerordninger",
            note="the goals are the bullets after 'Vi vil' (infinitive phrases, no full stop) "
            "under three values ('Værdi n' band, a value word and a 'Vi tror på …' statement: "
            "values, no goals); no numbers, ids D1–D6 in reading order. The child has no goals, "
            "only measures; play schemes at school and a leisure pass for pupils outside any "
            "club: school and leisure",
        ),
        G(
            "D2",
            g["D2"],
            "followed_up",
            [m["mode"], m["guide"]],
            ev="Forældremøde om nærvær",
            note="parents' meetings on attendance and a guide on well-being; the guide is "
            "marked 'Sundhed', the value of D5 and D6, and serves D2",
        ),
        G(
            "D3",
            g["D3"],
            "followed_up",
            [m["morgen"], m["team"], m["uu"]],
            ev="Fraværet registreres hver morgen",
            note="the plan's subject; the UU talk covers 'får en uddannelse'",
        ),
        G(
            "D4",
            g["D4"],
            "partial",
            [m["team"], m["ppr"]],
            ev="PPR deltager i elevsamtalen",
            missing=["børn med særlige behov uden højt fravær", "børn i dagtilbud"],
            note="early help close to school only for pupils with much absence",
        ),
        G(
            "D5",
            g["D5"],
            "not_followed_up",
            note="trap: the background names 'Fysisk aktivitet hver dag' and leaves it to the "
            "schools' bevægelsesplan; the breakfast measure is marked 'Sundhed' and serves no "
            "goal",
        ),
        G(
            "D6",
            g["D6"],
            "not_followed_up",
            note="trap: the background names 'rusmidler' as a sign behind absence; nothing "
            "prevents smoking, drinking or drugs",
        ),
    ]
    return dict(
        language="da",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (reportlab; børne- og ungepolitik): three values, each a coloured "
        "'VÆRDI n' band, the value word in large type and a 'Vi tror på …' statement (no goals), "
        "then 'Vi vil' in bold over two bullets (the goals, infinitive phrases); child PDF (HTML "
        "→ Chromium; handleplan for skolenærvær): no goals, one measure table 'Indsats | Hvem | "
        "Hvornår | Værdi i politikken' naming the parent's value word",
        goals=goals_,
        kids=[],
    )


# =========================================================================== 5 Fennmoor (en)


@pair
def fennmoor_food(d: Path) -> dict:
    o = {
        "F1": "No one in Fennmoor goes hungry.",
        "F2": "Residents live longer, healthier lives.",
        "F3": "Less waste is produced, and more of it is reused and recycled.",
        "F4": "Residents can get around easily by bus, bike and on foot.",
        "F5": "Fennmoor's food and farming businesses grow and create skilled jobs.",
        "F6": "Our three market towns are busy, attractive places to visit, shop and meet.",
    }
    will = {
        1: [
            "run a money advice service in every market town",
            "work with the NHS on a healthy weight programme for families",
            "keep our leisure centres open and affordable",
        ],
        2: [
            "introduce weekly food waste collections for every household by 2031",
            "plant 100,000 trees on council land",
            "work with the county council to improve rural bus services",
        ],
        3: [
            "support local food producers to sell in our towns",
            "renovate Settlebridge Market Hall",
            "offer start-up grants to new businesses",
        ],
    }
    pri = {1: "Thriving people", 2: "A green district", 3: "A prosperous district"}
    body = []
    for n in (1, 2, 3):
        body += [
            ("h1", f"Priority {n}: {pri[n]}"),
            ("p", "**Priority outcomes**"),
            ("bullets", [o[f"F{2 * n - 1}"], o[f"F{2 * n}"]]),
            ("p", "**We will:**"),
            ("bullets", will[n]),
        ]
    parent = [
        ("meta", "FENNMOOR DISTRICT COUNCIL"),
        ("title", "Corporate Plan 2030–2034"),
        ("meta", "Adopted by Council on 9 July 2030"),
        ("h1", "Introduction"),
        (
            "p",
            "This plan sets out three priorities for Fennmoor. For each priority it lists the "
            "priority outcomes we want to see by 2034 and what we will do to get there. Our "
            "strategies and service plans show which priorities they contribute to.",
        ),
        *body,
        ("h1", "Measuring progress"),
        ("p", "We report on the priority outcomes to Cabinet every quarter."),
    ]
    build_pdf(
        parent,
        d / "parent.pdf",
        title="Corporate Plan 2030–2034",
        author="Fennmoor District Council",
        header="Fennmoor District Council – Corporate Plan 2030–2034",
        lang="en-GB",
    )

    k = [
        "Everyone in Fennmoor can afford and reach enough healthy food.",
        "No child goes hungry in the school holidays.",
        "More children eat a healthy diet, and fewer leave primary school overweight.",
        "Household food waste is halved by 2034.",
        "More of the food eaten in Fennmoor is grown and made in Fennmoor.",
        "Food businesses in Fennmoor can find the skilled staff they need.",
        "Weekly food markets bring people into Settlebridge and Amberholt town centres.",
        "Community food projects are run by a strong network of volunteers.",
    ]
    link = [pri[1], pri[1], pri[1], pri[2], pri[3], pri[3], pri[3], ""]
    m = {
        "hub": "Community food hubs within walking distance or on a bus route of every village",
        "holiday": "Holiday activities with a free hot meal for children on free school meals",
        "hs": "Healthy Start vouchers promoted at every GP surgery and children's centre",
        "cook": "Cooking on a budget courses in all three market towns",
        "waste": "Weekly food waste collections for every household from 2031",
        "fund": "A Fennmoor Food Business Fund of £400,000 for local producers and processors",
        "appr": "Food manufacturing apprenticeships with Fennmoor College",
        "buy": "Council catering buys at least 30 per cent of its food from Fennmoor producers",
        "stall": "Market stalls free of charge for local producers in their first year",
        "vol": "Volunteer training and a shared van for community food projects",
    }
    child = [
        ("title", "Fennmoor Good Food Plan 2030–2034"),
        (
            "meta",
            "Fennmoor District Council and the Fennmoor Food Partnership · Approved by Cabinet "
            "on 3 December 2030",
        ),
        ("h1", "1 Why a food plan"),
        (
            "p",
            "Around 2,300 households in Fennmoor used a food bank last year. A third of the food "
            "we buy is thrown away. This plan sets out our aims for food in Fennmoor and, beside "
            "each, the Corporate Plan priority it contributes to.",
        ),
        ("h1", "2 Our aims"),
        (
            "table",
            ["Our aim", "Corporate Plan priority"],
            [[t, link[i]] for i, t in enumerate(k)],
            [125, 45],
        ),
        ("h1", "3 What we will do"),
        ("bullets", list(m.values())),
        ("h1", "4 Monitoring"),
        ("p", "The Fennmoor Food Partnership reports on progress to Cabinet every year."),
    ]
    _reportlab(
        d / "child.pdf",
        child,
        title="Fennmoor Good Food Plan 2030–2034",
        author="Fennmoor District Council",
        creator="Fennmoor District Council, Policy and Performance",
        accent="#4a7c2a",
    )

    goals_ = [
        G(
            "F1",
            o["F1"],
            "followed_up",
            [k[0], k[1], m["hub"], m["holiday"], m["cook"]],
            ev="Everyone in Fennmoor can afford",
            note="the goals are the bullets under 'Priority outcomes' (the 'Priority n: …' "
            "headings are themes; the bullets under 'We will:' are commitments, strategies and "
            "no goals); no numbers, ids F1–F6 in reading order. Named only by the priority "
            "'Thriving people', which holds F1 and F2; affordable food within reach and holiday "
            "meals: the whole goal",
        ),
        G(
            "F2",
            o["F2"],
            "partial",
            [k[2], m["hs"]],
            ev="More children eat a healthy diet",
            missing=["adults", "health beyond diet (activity, smoking)"],
            note="named by the priority 'Thriving people'; children's diet only. The parent's "
            "'healthy weight programme' is a commitment, not a goal",
        ),
        G(
            "F3",
            o["F3"],
            "partial",
            [k[3], m["waste"]],
            ev="Household food waste is halved",
            missing=["waste other than household food waste"],
            note="named by 'A green district'; the food waste collections repeat the parent's "
            "commitment ('We will: introduce weekly food waste collections …', a strategy) and "
            "serve F3 for food waste only",
        ),
        G(
            "F4",
            o["F4"],
            "not_followed_up",
            note="trap: 'Community food hubs within walking distance or on a bus route of every "
            "village' shares 'walking' and 'bus'; it places food hubs, it does not make travel "
            "easier",
        ),
        G(
            "F5",
            o["F5"],
            "followed_up",
            [k[4], k[5], m["fund"], m["appr"], m["buy"]],
            ev="More of the food eaten in Fennmoor",
            note="named by 'A prosperous district'; a business fund, council buying and "
            "apprenticeships: growth and skilled jobs",
        ),
        G(
            "F6",
            o["F6"],
            "partial",
            [k[6], m["stall"]],
            ev="Weekly food markets bring people",
            missing=["Wickley (the third market town)", "attractive streets and places"],
            note="named by 'A prosperous district'; markets in two of the three towns; the free "
            "stalls follow the parent's commitment 'support local food producers to sell in our "
            "towns'",
        ),
    ]
    kids = [
        C(k[0], ["F1"]),
        C(k[1], ["F1"]),
        C(k[2], ["F2"]),
        C(k[3], ["F3"]),
        C(k[4], ["F5"]),
        C(k[5], ["F5"]),
        C(k[6], ["F6"]),
        C(k[7], [], note="volunteers; empty priority cell, stands alone"),
    ]
    return dict(
        language="en",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; corporate plan): three 'Priority n: …' "
        "headings, each over a bold 'Priority outcomes' line with two bullets (the goals) and a "
        "bold 'We will:' line with three bullets (commitments, no goals); child PDF (reportlab; "
        "food plan): a table 'Our aim | Corporate Plan priority' naming the priority (a theme of "
        "two goals) in seven of eight rows, and action bullets",
        goals=goals_,
        kids=kids,
    )


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
            if (g["status"] == "partial") != bool(g["missing"]):
                raise SystemExit(f"{name}: {g['id']} partial and missing disagree")
            _check_printed(ppages, g["text"], "parent")
            e = {
                "id": g["id"],
                "text": g["text"],
                "page": find_page(ppages, g["text"]),
                "status": g["status"],
                "served_by": g["served_by"],
            }
            for s in g["served_by"]:
                find_page(cpages, s)
                _check_printed(cpages, s, "child")
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
            "corpora/parents-blind13/make_pairs.py.\n"
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
