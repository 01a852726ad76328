"""Build the twelfth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-03 without reading plancheck's code. Five parents laid out in ways not used
by the earlier batches: a nb samfunnsdel (python-docx → LibreOffice) with a two-column
`Vi vil | Slik måler vi` table under each focus-area heading; a nynorsk samfunnsdel (odfpy) with
a vision paragraph (no goal) and goals as numbered paragraphs "1. …" under focus-area headings;
a Danish byråd's infographic page made by reportlab (a 2 × 3 grid of coloured boxes: number,
uppercase theme word, goal); a Swedish web page printed by Chromium with each goal beside a
badge naming the UN sustainability goal it contributes to ("Globalt mål 8 …", not a goal); and
an English council plan (python-docx → LibreOffice) with one `Outcome | What success looks
like` table. The children: a nb handlingsplan for universell utforming (odfpy) whose measure
table names the parent goal in words; a nynorsk trafikktryggingsplan (Chromium) with
"Samfunnsdelen, mål n" under its goals; a Danish landdistriktspolitik (python-docx → LibreOffice) with "Byrådets mål:
…" lines naming the theme word; a Swedish integrationsprogram (reportlab) with a
`Programmets mål | Kommunmål` table; an English carers strategy (Chromium) with "Council Plan
outcome: …" lines. Each child has a trap: words shared with, or the name of, a parent goal it
does not serve.

    python corpora/parents-blind12/make_pairs.py                        # all pairs
    python corpora/parents-blind12/make_pairs.py tverrbakk-universell   # some pairs

Imports the eleventh batch's builder (corpora/parents-blind11/make_pairs.py: through it the
tenth's, the block writer of corpora/mandates-blind/_build.py, G, C, find_page, the Chromium
print, the odfpy writer, `_reportlab` and `_page`). `main` is batch 11's gold writer and checks.
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


_p11 = _load("parents_blind11_make_pairs", HERE.parent / "parents-blind11" / "make_pairs.py")
G, C, find_page, _check_printed = _p11.G, _p11.C, _p11.find_page, _p11._check_printed
_chromium, _odt_pdf, _reportlab, _page = _p11._chromium, _p11._odt_pdf, _p11._reportlab, _p11._page

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


# =========================================================================== infographic


def _infographic(pdf: Path, *, title, meta, vision, intro, boxes, outro, author) -> Path:
    """A one-page 'infographic' made by reportlab: a title, a vision banner, and a 2 × 3 grid
    of coloured boxes (large number, uppercase theme word, goal sentence). Pinned
    (rl_config.invariant) so a rebuild is byte-identical."""
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fdir = "/usr/share/fonts/truetype/liberation/"
    pdfmetrics.registerFont(TTFont("LSans", fdir + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSans-Bold", fdir + "LiberationSans-Bold.ttf"))
    w = colors.white
    st = dict(
        t=ParagraphStyle("t", fontName="LSans-Bold", fontSize=22, leading=26),
        m=ParagraphStyle("m", fontName="LSans", fontSize=9, leading=12, textColor=colors.grey),
        v=ParagraphStyle("v", fontName="LSans-Bold", fontSize=16, leading=20, textColor=w),
        p=ParagraphStyle("p", fontName="LSans", fontSize=10, leading=13.5, spaceAfter=6),
        n=ParagraphStyle("n", fontName="LSans-Bold", fontSize=28, leading=30, textColor=w),
        k=ParagraphStyle("k", fontName="LSans-Bold", fontSize=9, leading=12, textColor=w),
        g=ParagraphStyle("g", fontName="LSans", fontSize=11, leading=14, textColor=w),
    )
    e = _html.escape
    fills = ["#1b6f8a", "#c0504d", "#6a8f2f", "#7a4f9a", "#d08a1e", "#3d5a80"]
    cells = [
        [Paragraph(str(i), st["n"]), Paragraph(e(word), st["k"]), Paragraph(e(goal), st["g"])]
        for i, (word, goal) in enumerate(boxes, start=1)
    ]
    grid = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    t = Table(grid, colWidths=[83 * mm, 83 * mm], rowHeights=[48 * mm] * len(grid))
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 4, w)]
    for i in range(len(cells)):
        style.append(("BACKGROUND", (i % 2, i // 2), (i % 2, i // 2), colors.HexColor(fills[i])))
    t.setStyle(TableStyle(style))
    band = Table([[Paragraph(e(vision), st["v"])]], colWidths=[170 * mm])
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#222222"))]))
    story = [
        Paragraph(e(title), st["t"]),
        Paragraph(e(meta), st["m"]),
        Spacer(1, 4 * mm),
        band,
        Spacer(1, 4 * mm),
        Paragraph(e(intro), st["p"]),
        t,
        Spacer(1, 3 * mm),
        Paragraph(e(outro), st["p"]),
    ]
    doc = SimpleDocTemplate(
        str(pdf),
        pagesize=A4,
        title=title,
        author=author,
        creator="Lindeby Kommune, Kommunikation",
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        invariant=1,
    )
    doc.build(story)
    return pdf


# =========================================================================== 1 Tverrbakk (nb)


@pair
def tverrbakk_universell(d: Path) -> dict:
    v = {
        "V1": "Alle innbyggere skal kunne delta i arbeid, kultur og fritid uansett funksjonsevne.",
        "V2": "Kommunens bygg og uteområder skal være tilgjengelige for alle.",
        "V3": "Det skal bygges flere boliger i sentrum som passer for eldre og barnefamilier.",
        "V4": "Kollektivtilbudet skal være enkelt å bruke for alle reisende.",
        "V5": "Innbyggerne skal få informasjon og tjenester digitalt på en måte alle kan bruke.",
        "V6": "Kommunen skal ha en sunn økonomi med handlingsrom.",
    }
    ind = {
        "V1": "Andel sysselsatte med nedsatt funksjonsevne (SSB)",
        "V2": "Antall kommunale bygg som er kartlagt for tilgjengelighet",
        "V3": "Nye boliger i sentrum per år",
        "V4": "Andel holdeplasser med universell utforming",
        "V5": "Avvik i kommunens tilgjengelighetserklæring",
        "V6": "Netto driftsresultat i prosent av driftsinntektene",
    }

    def tab(keys):
        return ("table", ["Vi vil", "Slik måler vi"], [[v[x], ind[x]] for x in keys], [105, 60])

    parent = [
        ("meta", "TVERRBAKK KOMMUNE"),
        ("title", "Kommuneplanens samfunnsdel 2029–2041"),
        ("meta", "Vedtatt av kommunestyret 12.06.2029, sak 47/29"),
        ("h1", "1 Innledning"),
        (
            "p",
            "Samfunnsdelen har tre satsingsområder. Under hvert står det hva vi vil oppnå, og "
            "hvordan vi skal måle om vi kommer dit. Temaplanene viser hvilke mål de følger opp.",
        ),
        ("h1", "2 Et samfunn for alle"),
        tab(["V1", "V2"]),
        ("h1", "3 Gode steder å bo"),
        tab(["V3", "V4"]),
        ("h1", "4 En åpen og robust kommune"),
        tab(["V5", "V6"]),
        ("h1", "5 Oppfølging"),
        ("p", "Målene følges opp i handlingsdelen og i temaplanene, som rulleres hvert fjerde år."),
    ]
    build_pdf(
        parent,
        d / "parent.pdf",
        title="Kommuneplanens samfunnsdel 2029–2041",
        author="Tverrbakk kommune",
        header="Tverrbakk kommune – kommuneplanens samfunnsdel",
    )

    k = [
        "Alle kommunale bygg med publikumsbesøk skal være kartlagt for tilgjengelighet innen 2030.",
        "Skoler og barnehager skal utbedres slik at barn og voksne som bruker rullestol, kommer "
        "inn overalt.",
        "Kommunens nettsider og selvbetjeningsløsninger skal oppfylle kravene til universell "
        "utforming.",
        "Flere personer med nedsatt funksjonsevne skal få arbeidspraksis og fast jobb i kommunen.",
        "Alle som reiser kollektivt i Tverrbakk, skal kunne finne fram, komme om bord og få "
        "ruteinformasjon uten hjelp.",
        "Alle ansatte som planlegger bygg og tjenester, skal ha kurs i universell utforming.",
    ]
    m = {
        "kart": "Tilgjengelighetskartlegging av 34 kommunale bygg",
        "skole": "Heis og automatiske dører ved Tverrbakk skole og Lia barnehage",
        "nett": "Ny nettside med lettlest innhold og opplesing",
        "praksis": "Ti plasser for arbeidspraksis i kommunale virksomheter hvert år",
        "holde": "Høy kant og ledelinjer på alle holdeplasser langs fylkesvei 60",
        "buss": "Krav om lavt gulv og talemelding i anbudet for bussrutene",
        "sanntid": "Sanntidsskjerm med tale ved skysstasjonen",
        "regplan": "Krav om tilgjengelige boliger i reguleringsplaner for sentrum",
        "kurs": "Kurs i universell utforming for ansatte i plan og eiendom",
    }
    name = {
        "V1": "Delta uansett funksjonsevne",
        "V2": "Tilgjengelige bygg og uteområder",
        "V4": "Kollektivtilbud for alle",
        "V5": "Digitale tjenester for alle",
    }
    rows = [
        [m["kart"], "Eiendom", "2030", name["V2"]],
        [m["skole"], "Eiendom", "2031", name["V2"]],
        [m["nett"], "Kommunikasjon", "2029", name["V5"]],
        [m["praksis"], "Personal", "årlig", name["V1"]],
        [m["holde"], "Fylkeskommunen", "2031", name["V4"]],
        [m["buss"], "Fylkeskommunen", "2030", name["V4"]],
        [m["sanntid"], "Fylkeskommunen", "2030", name["V4"]],
        [m["regplan"], "Plan", "løpende", ""],
        [m["kurs"], "Personal", "2029", ""],
    ]
    child = [
        ("title", "Handlingsplan for universell utforming 2029–2032"),
        ("meta", "Tverrbakk kommune · Vedtatt av kommunestyret 11.12.2029, sak 90/29"),
        ("h1", "1 Innledning"),
        (
            "p",
            "Handlingsplanen følger opp kommuneplanens samfunnsdel. Kolonnen «Mål i "
            "samfunnsdelen» i tiltakstabellen gir målet tiltaket bygger på, med kortnavn.",
        ),
        ("h1", "2 Bakgrunn"),
        (
            "p",
            "Om lag 1 400 innbyggere i Tverrbakk har en funksjonsnedsettelse som gjør hverdagen "
            "vanskeligere. Mange eldre ønsker å flytte til sentrum, og nye boliger i sentrum må "
            "derfor være tilgjengelige.",
        ),
        ("h1", "3 Mål"),
        *[("p", t) for t in k],
        ("h1", "4 Tiltak"),
        ("table", ["Tiltak", "Ansvar", "Frist", "Mål i samfunnsdelen"], rows, [72, 32, 18, 46]),
        ("h1", "5 Rullering"),
        ("p", "Planen rulleres i 2032."),
    ]
    _odt_pdf(
        child, d / "child.pdf", title="Handlingsplan for universell utforming 2029–2032", lang="nb"
    )

    goals_ = [
        G(
            "V1",
            v["V1"],
            "partial",
            [k[3], m["praksis"]],
            ev="Flere personer med nedsatt funksjonsevne",
            missing=["kultur og fritid"],
            note="the goals are the 'Vi vil' cells of the two-column tables under the three "
            "focus-area headings (the 'Slik måler vi' cells are indicators, the headings "
            "themes); no numbers, ids V1–V6 in reading order. arbeid only (named "
            "'Delta uansett funksjonsevne' in the column); nothing on kultur og fritid",
        ),
        G(
            "V2",
            v["V2"],
            "followed_up",
            [k[0], k[1], m["kart"], m["skole"]],
            ev="Alle kommunale bygg med publikumsbesøk",
            note="named 'Tilgjengelige bygg og uteområder' in the column; mapping and upgrading "
            "the buildings in other words",
        ),
        G(
            "V3",
            v["V3"],
            "not_followed_up",
            note="trap: the background and the measure 'Krav om tilgjengelige boliger i "
            "reguleringsplaner for sentrum' share 'boliger i sentrum' and 'eldre', but make "
            "dwellings accessible, not more of them; the measure's column is empty",
        ),
        G(
            "V4",
            v["V4"],
            "followed_up",
            [k[4], m["holde"], m["buss"], m["sanntid"]],
            ev="Alle som reiser kollektivt",
            note="named 'Kollektivtilbud for alle'; stops, buses and real-time information: the "
            "whole of 'enkelt å bruke for alle reisende' in other words",
        ),
        G(
            "V5",
            v["V5"],
            "followed_up",
            [k[2], m["nett"]],
            ev="Kommunens nettsider og selvbetjeningsløsninger",
            note="named 'Digitale tjenester for alle'; plain",
        ),
        G("V6", v["V6"], "not_followed_up", note="nothing in the plan; the plain case"),
    ]
    kids = [
        C(k[0], ["V2"]),
        C(k[1], ["V2"]),
        C(k[2], ["V5"]),
        C(k[3], ["V1"]),
        C(k[4], ["V4"]),
        C(k[5], [], note="staff training; serves no goal of the samfunnsdel"),
    ]
    return dict(
        language="nb",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice): under each of three focus-area "
        "headings a two-column table 'Vi vil | Slik måler vi', the goal the 'Vi vil' cell, no "
        "numbers; child PDF (odfpy .odt → LibreOffice; handlingsplan for universell utforming): "
        "goal paragraphs and a table 'Tiltak | Ansvar | Frist | Mål i samfunnsdelen' naming the "
        "parent goal by a short name",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 2 Gjølvik (nn)


@pair
def gjolvik_trafikktrygging(d: Path) -> dict:
    g = {
        1: "Alle barn og unge skal ha ein trygg skuleveg.",
        2: "Fleire skal gå, sykle eller reise kollektivt til jobb og skule.",
        3: "Ingen skal bli drepne eller hardt skadde i trafikken i Gjølvik.",
        4: "Alle skal kunne reise trygt mellom grendene og kommunesenteret.",
        5: "Eldre skal kunne bu heime så lenge dei ønskjer det.",
        6: "Gjølvik skal ha eit attraktivt og levande kommunesenter.",
    }
    areas = {1: "Oppvekst", 3: "Mobilitet og tryggleik", 5: "Gode liv i heile kommunen"}
    vision = (
        "Visjon: Gjølvik skal vere ein god stad å veksa opp, leva og bli gammal – trygg heime "
        "og open for verda."
    )
    body = []
    for n in range(1, 7):
        if n in areas:
            body.append(("h1", areas[n]))
        body.append(("p", f"{n}. {g[n]}"))
    parent = [
        ("meta", "GJØLVIK KOMMUNE"),
        ("title", "Kommuneplanen sin samfunnsdel 2029–2040"),
        ("meta", "Vedteken av kommunestyret 19.06.2029, sak 33/29"),
        ("h1", "Visjon"),
        ("p", vision),
        (
            "p",
            "Visjonen seier kva slags samfunn vi ønskjer. Måla under er nummererte og gjeld for "
            "heile planperioden.",
        ),
        *body,
        ("h1", "Oppfølging"),
        ("p", "Temaplanane skal visa til nummeret på måla dei følgjer opp."),
    ]
    _odt_pdf(parent, d / "parent.pdf", title="Kommuneplanen sin samfunnsdel 2029–2040", lang="nn")

    k = [
        "Alle skulevegar i kommunen skal vere kartlagde, og dei farlegaste strekningane skal "
        "vere utbetra innan 2032.",
        "Nullvisjonen skal liggje til grunn for all planlegging av kommunale vegar.",
        "Fleire barn skal gå eller sykle til skulen.",
        "Mjåsund og Lia skal få gang- og sykkelveg til kommunesenteret.",
        "Trafikkopplæringa i barnehage og skule skal følgje ein fast plan for alle trinn.",
        "Alle einingar i kommunen skal ha rutinar for trygg transport på turar.",
    ]
    cite = {0: "mål 1", 1: "mål 3", 2: "mål 2", 3: "mål 4", 4: "mål 1"}
    m = {
        "kryss": "Opphøgd gangfelt og betre lys ved Gjølvik skule",
        "fart": "Fartsdumpar og 30-sone i kommunesenteret",
        "gsv": "Gang- og sykkelveg Mjåsund–sentrum (2,1 km)",
        "sykkel": "Sykkelstativ med tak ved alle skulane",
        "eldre": "Kurs for eldre bilførarar saman med Trygg Trafikk",
    }
    e = _html.escape
    lis = []
    for i, t in enumerate(k):
        ref = f"<span class='ref'>Samfunnsdelen, {cite[i]}</span>" if i in cite else ""
        lis.append(f"<li><b>{e(t)}</b>{ref}</li>")
    hbody = [
        "<p class='crumb'>gjolvik.kommune.no › Planar › Trafikktryggleik</p>",
        "<h1>Trafikktryggingsplan 2029–2032</h1>",
        "<p class='crumb'>Gjølvik kommune · Vedteken av kommunestyret 10.12.2029, sak 71/29</p>",
        "<h2>1 Samanheng med kommuneplanen</h2>",
        "<p>Planen følgjer opp måla i kommuneplanen sin samfunnsdel. Under kvart mål står "
        "nummeret på målet i samfunnsdelen det bygg på.</p>",
        "<h2>2 Bakgrunn</h2>",
        "<p>Frå 2019 til 2028 vart 14 personar hardt skadde på vegane i Gjølvik. Eldre "
        "fotgjengarar og bilførarar er overrepresenterte. Kommunesenteret har mykje "
        "gjennomgangstrafikk.</p>",
        "<h2>3 Mål</h2>",
        "<ol class='goals'>",
        *lis,
        "</ol>",
        "<h2>4 Tiltak</h2>",
        "<table><tr><th style='width:65%'>Tiltak</th><th>Ansvar</th><th>År</th></tr>",
        *[
            f"<tr><td>{e(a)}</td><td>{e(b)}</td><td>{c}</td></tr>"
            for a, b, c in [
                (m["kryss"], "Kommunalteknikk", "2030"),
                (m["fart"], "Kommunalteknikk", "2029"),
                (m["gsv"], "Fylkeskommunen", "2031"),
                (m["sykkel"], "Eigedom", "2030"),
                (m["eldre"], "Helse og omsorg", "årleg"),
            ]
        ],
        "</table>",
    ]
    _chromium(
        _page(
            "nn",
            "Trafikktryggingsplan 2029–2032",
            "h1{font-size:20pt;color:#a33b20;margin:8px 0 2px}"
            "h2{font-size:13pt;color:#a33b20;margin:14px 0 4px}"
            "ol.goals li{margin:0 0 7px}.ref{display:block;font-size:8.5pt;color:#666}",
            hbody,
        ),
        d / "child.pdf",
    )

    goals_ = [
        G(
            "G1",
            g[1],
            "followed_up",
            [k[0], k[4], m["kryss"]],
            ev="Alle skulevegar i kommunen",
            note="the goals are the numbered paragraphs '1. …' under three focus-area headings; "
            "the 'Visjon:' paragraph is no goal; ids the numbers. Cited 'mål 1' twice",
        ),
        G(
            "G2",
            g[2],
            "partial",
            [k[2], m["sykkel"]],
            ev="Fleire barn skal gå",
            missing=["til jobb (vaksne)", "reise kollektivt"],
            note="cited 'mål 2'; walking and cycling to school only",
        ),
        G(
            "G3",
            g[3],
            "followed_up",
            [k[1], m["fart"], m["eldre"]],
            ev="Nullvisjonen skal liggje til grunn",
            note="cited 'mål 3'; the nullvisjon in other words; the course for older drivers "
            "(no number) is road safety too",
        ),
        G(
            "G4",
            g[4],
            "partial",
            [k[3], m["gsv"]],
            ev="Mjåsund og Lia skal få",
            missing=["dei andre grendene"],
            note="cited 'mål 4'; two of the grender",
        ),
        G(
            "G5",
            g[5],
            "not_followed_up",
            note="trap: 'Kurs for eldre bilførarar' and the background's 'eldre fotgjengarar' "
            "share 'eldre'; road safety, not living at home",
        ),
        G(
            "G6",
            g[6],
            "not_followed_up",
            note="trap: 'Fartsdumpar og 30-sone i kommunesenteret' shares 'kommunesenteret' "
            "and serves G3 (safety), not an attractive centre",
        ),
    ]
    kids = [
        C(k[0], ["G1"]),
        C(k[1], ["G3"]),
        C(k[2], ["G2"]),
        C(k[3], ["G4"]),
        C(k[4], ["G1"]),
        C(k[5], [], note="routines for the municipality's own trips; no 'mål n' under it"),
    ]
    return dict(
        language="nn",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (odfpy .odt → LibreOffice): a 'Visjon:' paragraph (no goal), then "
        "goals as numbered paragraphs '1. …' … '6. …' under three focus-area headings; child PDF "
        "(HTML → Chromium; trafikktryggingsplan): an ordered list of bold goals with "
        "'Samfunnsdelen, mål n' under five of six, and a measure table",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 3 Lindeby (da)


@pair
def lindeby_landdistrikt(d: Path) -> dict:
    boxes = [
        ("BOSÆTNING", "Flere familier skal vælge at bosætte sig i Lindebys landsbyer."),
        ("FÆLLESSKAB", "Landsbyerne skal have stærke fællesskaber og aktive foreninger."),
        ("MOBILITET", "Alle skal kunne komme til arbejde og uddannelse uden egen bil."),
        ("NATUR", "Naturen skal have mere plads, og vandmiljøet skal forbedres."),
        ("ERHVERV", "Lindeby skal have flere lokale arbejdspladser i både by og på land."),
        ("SUNDHED", "Borgerne skal have nem adgang til sundhedstilbud tæt på, hvor de bor."),
    ]
    g = {f"B{i}": t for i, (_, t) in enumerate(boxes, start=1)}
    _infographic(
        d / "parent.pdf",
        title="Byrådets vision og mål 2029–2033",
        meta="Lindeby Kommune · Kommuneplanstrategi 2029 · Vedtaget af byrådet 27.08.2029",
        vision="Lindeby – plads til livet",
        intro="Byrådet har sat seks mål for de næste fire år. Målene gælder for hele kommunen "
        "og følges op i kommunens politikker og planer.",
        boxes=boxes,
        outro="Læs mere om målene på lindeby.dk/vision.",
        author="Lindeby Kommune",
    )

    k = [
        "Tomme og faldefærdige huse i landsbyerne skal sættes i stand eller rives, så der "
        "bliver plads til nye familier.",
        "Landsbyernes forsamlingshuse og foreninger skal have bedre vilkår.",
        "Der skal være faste busafgange mellem alle landsbyer med skole og Lindeby by.",
        "Alle husstande i landsbyerne skal have hurtigt bredbånd og god mobildækning.",
        "Lægeklinikker og sundhedshuse i landsbyerne skal bevares.",
        "Landsbyrådet skal høres om alle planer, der berører landsbyerne.",
    ]
    m = {
        "pulje": "Nedrivnings- og istandsættelsespulje på 3 mio. kr. om året",
        "tilflyt": "Tilflytterservice med en fast kontaktperson for nye familier",
        "forsam": "Driftstilskud til 14 forsamlingshuse",
        "frivil": "Foreningskonsulent, der hjælper nye foreninger i gang",
        "bus": "Nye busafgange morgen og eftermiddag på skoledage",
        "laege": "Kommunale lokaler til lægepraksis i Vester Lind",
    }
    child = [
        ("title", "Landdistriktspolitik 2029–2033"),
        ("meta", "Lindeby Kommune · Vedtaget af byrådet 10.12.2029"),
        ("h1", "Indledning"),
        (
            "p",
            "Landdistriktspolitikken er byrådets politik for de 22 landsbyer. Under hvert mål "
            "står det, hvilket af byrådets mål det hører til.",
        ),
        ("h1", "Baggrund"),
        (
            "p",
            "Mange vælger landsbyerne for naturens skyld. Landbruget er stadig den største "
            "arbejdsplads på landet, men antallet af gårde falder.",
        ),
        ("h1", "Mål og indsatser"),
        ("p", k[0]),
        ("p", "Byrådets mål: Bosætning"),
        ("bullets", [m["pulje"], m["tilflyt"]]),
        ("p", k[1]),
        ("p", "Byrådets mål: Fællesskab"),
        ("bullets", [m["forsam"], m["frivil"]]),
        ("p", k[2]),
        ("p", "Byrådets mål: Mobilitet"),
        ("bullets", [m["bus"]]),
        ("p", k[3]),
        ("bullets", ["Medfinansiering af bredbånd i områder uden dækning"]),
        ("p", k[4]),
        ("bullets", [m["laege"]]),
        ("p", k[5]),
        ("h1", "Opfølgning"),
        ("p", "Politikken evalueres i 2033."),
    ]
    build_pdf(
        child,
        d / "child.pdf",
        title="Landdistriktspolitik 2029–2033",
        author="Lindeby Kommune",
        header="Lindeby Kommune – Landdistriktspolitik",
    )

    goals_ = [
        G(
            "B1",
            g["B1"],
            "followed_up",
            [k[0], m["pulje"], m["tilflyt"]],
            ev="Tomme og faldefærdige huse",
            note="the goals are the sentences in the six coloured boxes of the infographic (the "
            "large number and the uppercase theme word are not part of the goal; the black "
            "'Lindeby – plads til livet' banner is a vision, no goal); ids the box numbers. "
            "Named 'Byrådets mål: Bosætning'; houses and a settling-in service in other words",
        ),
        G(
            "B2",
            g["B2"],
            "followed_up",
            [k[1], m["forsam"], m["frivil"]],
            ev="Landsbyernes forsamlingshuse og foreninger",
            note="named 'Byrådets mål: Fællesskab'",
        ),
        G(
            "B3",
            g["B3"],
            "partial",
            [k[2], m["bus"]],
            ev="Der skal være faste busafgange",
            missing=["arbejde (afgange uden for skoletid)", "landsbyer uden skole"],
            note="named 'Byrådets mål: Mobilitet'; school-day buses to villages with a school",
        ),
        G(
            "B4",
            g["B4"],
            "not_followed_up",
            note="trap: the background's 'Mange vælger landsbyerne for naturens skyld' names "
            "nature; nothing is done for it",
        ),
        G(
            "B5",
            g["B5"],
            "not_followed_up",
            note="trap: the background's 'Landbruget er stadig den største arbejdsplads på "
            "landet' shares 'arbejdsplads'; broadband (no link line) is not read as a jobs goal",
        ),
        G(
            "B6",
            g["B6"],
            "partial",
            [k[4], m["laege"]],
            ev="Lægeklinikker og sundhedshuse",
            missing=["borgere i Lindeby by"],
            note="no link line; keeping clinics in the villages serves the goal for village "
            "residents only (a goal for all answered for one group, as in batches 10 and 11)",
        ),
    ]
    kids = [
        C(k[0], ["B1"]),
        C(k[1], ["B2"]),
        C(k[2], ["B3"]),
        C(k[3], [], note="broadband; no 'Byrådets mål' line, serves no box"),
        C(k[4], ["B6"]),
        C(k[5], [], note="hearing the landsbyråd; stands alone"),
    ]
    return dict(
        language="da",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (reportlab; one-page infographic): a vision banner and six coloured "
        "boxes in a 2 × 3 grid, each a large number, an uppercase theme word and the goal; child "
        "PDF (python-docx → LibreOffice; landdistriktspolitik): goal paragraphs, 'Byrådets mål: "
        "<theme word>' under three of six, measure bullets",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 4 Ekbacka (sv)


@pair
def ekbacka_integration(d: Path) -> dict:
    g = {
        1: "Alla nyanlända ska snabbt komma i egen försörjning.",
        2: "Alla barn och elever ska nå kunskapsmålen i skolan.",
        3: "Alla som flyttar till Ekbacka ska känna sig välkomna.",
        4: "Fler ska ha en bostad som passar deras behov.",
        5: "Invånarna ska ha en god hälsa genom hela livet.",
        6: "Kommunens medarbetare ska spegla befolkningens mångfald.",
    }
    sdg = {
        1: "Globalt mål 8: Anständiga arbetsvillkor och ekonomisk tillväxt",
        2: "Globalt mål 4: God utbildning för alla",
        3: "Globalt mål 10: Minskad ojämlikhet",
        4: "Globalt mål 11: Hållbara städer och samhällen",
        5: "Globalt mål 3: Hälsa och välbefinnande",
        6: "Globalt mål 16: Fredliga och inkluderande samhällen",
    }
    hue = {1: "#a21942", 2: "#c5192d", 3: "#dd1367", 4: "#fd9d24", 5: "#4c9f38", 6: "#00689d"}
    e = _html.escape
    rows = [
        f"<div class='row'><div class='goal'><span class='no'>Mål {n}</span>{e(g[n])}</div>"
        f"<div class='sdg' style='background:{hue[n]}'>{e(sdg[n])}</div></div>"
        for n in range(1, 7)
    ]
    pbody = [
        "<p class='crumb'>ekbacka.se › Kommun och politik › Mål och budget</p>",
        "<h1>Kommunfullmäktiges mål 2029–2032</h1>",
        "<p class='crumb'>Ekbacka kommun · Beslutat av kommunfullmäktige 2029-06-15, § 61</p>",
        "<p>Kommunfullmäktige har beslutat om sex mål för mandatperioden. Bredvid varje mål "
        "står det globala mål i Agenda 2030 som målet bidrar till.</p>",
        *rows,
        "<p>Nämnderna bryter ner målen i egna program och planer.</p>",
    ]
    _chromium(
        _page(
            "sv",
            "Kommunfullmäktiges mål 2029–2032",
            "h1{font-size:20pt;color:#005a8c;margin:8px 0 8px}"
            ".row{display:flex;gap:10px;border-top:1px solid #ccc;padding:8px 0}"
            ".goal{flex:2;font-size:12pt;font-weight:bold}"
            ".no{display:block;font-size:8.5pt;color:#005a8c;font-weight:normal}"
            ".sdg{flex:1;color:#fff;font-size:8.5pt;padding:6px;"
            "border-radius:4px}",
            pbody,
        ),
        d / "parent.pdf",
    )

    k = [
        "Nyanlända vuxna ska börja studera svenska inom en månad efter ankomsten.",
        "Minst hälften av de nyanlända ska arbeta eller studera två år efter etableringen.",
        "Nyanlända elever ska få studiehandledning på modersmålet tills de kan följa "
        "undervisningen.",
        "Alla nya invånare ska erbjudas en välkomstträff och information på sitt eget språk.",
        "Nyanlända som anvisas till kommunen ska ha en bostad inom två veckor.",
        "Fler nyanlända ska bli medlemmar och ledare i föreningslivet.",
        "Andelen medarbetare med utländsk bakgrund ska öka till samma nivå som i befolkningen.",
    ]
    link = ["Mål 1", "Mål 1", "Mål 2", "Mål 3", "Mål 4", "", "Mål 6"]
    m = {
        "sfi": "SFI med kvällskurser och distansstudier",
        "jobb": "Jobbspår med lokala arbetsgivare inom vård och bygg",
        "valkommen": "Välkomstträffar varje månad i Medborgarhuset",
        "info": "Informationsfolder om kommunens service på sju språk",
        "bostad": "Avtal med Ekbackahem om 20 lägenheter om året",
        "cykel": "Cykelskola för nyanlända kvinnor",
        "praktik": "Språkpraktik i kommunens verksamheter för 30 personer om året",
    }
    child = [
        ("title", "Integrationsprogram 2029–2032"),
        ("meta", "Ekbacka kommun · Antaget av kommunstyrelsen 2029-11-20"),
        ("h1", "1 Inledning"),
        (
            "p",
            "Programmet bryter ner kommunfullmäktiges mål för arbetet med nyanlända. Kolumnen "
            "Kommunmål anger vilket av fullmäktiges mål programmets mål hör till.",
        ),
        ("h1", "2 Bakgrund"),
        (
            "p",
            "Ekbacka tar emot omkring 80 nyanlända om året. Fullmäktiges mål om god hälsa "
            "genom hela livet gäller alla invånare, också de nyanlända.",
        ),
        ("h1", "3 Mål"),
        (
            "table",
            ["Programmets mål", "Kommunmål"],
            [[t, link[i]] for i, t in enumerate(k)],
            [130, 40],
        ),
        ("h1", "4 Aktiviteter"),
        ("bullets", list(m.values())),
        ("h1", "5 Uppföljning"),
        ("p", "Programmet följs upp varje år i kommunstyrelsens verksamhetsberättelse."),
    ]
    _reportlab(
        d / "child.pdf",
        child,
        title="Integrationsprogram 2029–2032",
        author="Ekbacka kommun",
        creator="Ekbacka kommun, Stratsys-export",
        accent="#005a8c",
    )

    goals_ = [
        G(
            "E1",
            g[1],
            "followed_up",
            [k[0], k[1], m["sfi"], m["jobb"]],
            ev="Nyanlända vuxna ska börja",
            note="the goals are the bold sentences beside the badges (the 'Mål n' label is the "
            "number; the 'Globalt mål n: …' badge beside each is an Agenda 2030 goal the goal "
            "contributes to, not a parent goal); ids the numbers. Cited 'Mål 1' twice",
        ),
        G(
            "E2",
            g[2],
            "partial",
            [k[2]],
            ev="Nyanlända elever ska få",
            missing=["barn och elever som inte är nyanlända"],
            note="cited 'Mål 2'; newly arrived pupils only",
        ),
        G(
            "E3",
            g[3],
            "followed_up",
            [k[3], m["valkommen"], m["info"]],
            ev="Alla nya invånare ska erbjudas",
            note="cited 'Mål 3'; a welcome for all new residents, not only the newly arrived",
        ),
        G(
            "E4",
            g[4],
            "partial",
            [k[4], m["bostad"]],
            ev="Nyanlända som anvisas",
            missing=["andra invånare än nyanlända"],
            note="cited 'Mål 4'; housing for the newly arrived only",
        ),
        G(
            "E5",
            g[5],
            "not_followed_up",
            note="trap: the background names 'Fullmäktiges mål om god hälsa genom hela livet' "
            "and does nothing; 'Cykelskola för nyanlända kvinnor' is integration, not a health "
            "goal",
        ),
        G(
            "E6",
            g[6],
            "followed_up",
            [k[6], m["praktik"]],
            ev="Andelen medarbetare med utländsk",
            note="cited 'Mål 6'; a staff mirroring the population, in other words",
        ),
    ]
    kids = [
        C(k[0], ["E1"]),
        C(k[1], ["E1"]),
        C(k[2], ["E2"]),
        C(k[3], ["E3"]),
        C(k[4], ["E4"]),
        C(k[5], [], note="association life; empty Kommunmål cell, stands alone"),
        C(k[6], ["E6"]),
    ]
    return dict(
        language="sv",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (HTML → Chromium; kommunfullmäktiges mål): six rows, each a small "
        "'Mål n' label over the bold goal and beside it a coloured badge 'Globalt mål n: …' (Agenda "
        "2030, not a parent goal); child PDF (reportlab; integrationsprogram): one table "
        "'Programmets mål | Kommunmål' citing 'Mål n' in six of seven rows, activity bullets",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 5 Harrowfield (en)


@pair
def harrowfield_carers(d: Path) -> dict:
    o = {
        "O1": "Carers are supported to keep caring and to have a life of their own.",
        "O2": "Residents live healthy, independent lives for longer.",
        "O3": "Every child gets the best start in life.",
        "O4": "Voluntary and community groups are strong partners of the council.",
        "O5": "Harrowfield has good jobs and a skilled workforce.",
        "O6": "The council balances its budget every year.",
    }
    succ = {
        "O1": "More carers assessed; fewer carers reporting poor health",
        "O2": "Healthy life expectancy rises; fewer avoidable hospital admissions",
        "O3": "More children ready for school at five",
        "O4": "Grants agreed for three years; more volunteers",
        "O5": "Employment rate above the regional average",
        "O6": "No use of reserves to balance the budget",
    }
    parent = [
        ("meta", "HARROWFIELD BOROUGH COUNCIL"),
        ("title", "Council Plan 2029–2033"),
        ("meta", "Agreed by Full Council on 16 July 2029"),
        ("h1", "Our outcomes"),
        (
            "p",
            "The table sets out the six outcomes we want for Harrowfield and what success will "
            "look like by 2033. Every council strategy shows which outcomes it supports.",
        ),
        (
            "table",
            ["Outcome", "What success looks like"],
            [[o[x], succ[x]] for x in o],
            [95, 70],
        ),
        ("h1", "Delivering the plan"),
        ("p", "Progress is reported to Cabinet every six months."),
    ]
    build_pdf(
        parent,
        d / "parent.pdf",
        title="Council Plan 2029–2033",
        author="Harrowfield Borough Council",
        header="Harrowfield Borough Council – Council Plan",
    )

    k = [
        "Every carer is offered a carer's assessment within four weeks of asking.",
        "Carers can get a break from caring when they need one.",
        "Carers who want to stay in work get the flexibility they need from their employer.",
        "Young carers are identified early at school and get help so that caring does not "
        "hold back their learning.",
        "The people carers look after get the right support at home, so carers are not left "
        "to cope alone.",
        "Local carers' groups are funded for three years at a time and plan services with us.",
    ]
    line = {
        0: "Council Plan outcome: Carers are supported",
        1: "Council Plan outcome: Carers are supported",
        3: "Council Plan outcome: Every child gets the best start",
        5: "Council Plan outcome: Voluntary and community groups",
    }
    m = {
        "assess": "Carers' assessments by phone, online or at the Carers Hub",
        "break": "Short breaks fund of £250,000 a year",
        "employer": "Carer-friendly employer scheme with the Chamber of Commerce",
        "school": "Young carers' lead in every secondary school",
        "home": "Reablement at home for up to six weeks after a hospital stay",
        "grants": "Three-year grants for the Harrowfield Carers Centre and six local groups",
    }
    acts = {0: ["assess"], 1: ["break"], 2: ["employer"], 3: ["school"], 4: ["home"], 5: ["grants"]}
    e = _html.escape
    body = []
    for i, t in enumerate(k):
        body.append(f"<h3>Commitment {i + 1}</h3><p class='commit'>{e(t)}</p>")
        if i in line:
            body.append(f"<p class='link'>{e(line[i])}</p>")
        body.append("<ul>" + "".join(f"<li>{e(m[a])}</li>" for a in acts[i]) + "</ul>")
    hbody = [
        "<p class='crumb'>harrowfield.gov.uk › Adult social care › Carers</p>",
        "<h1>Carers Strategy 2029–2033</h1>",
        "<p class='crumb'>Harrowfield Borough Council · Approved by Cabinet on 4 December 2029</p>",
        "<h2>1 Introduction</h2>",
        "<p>About 11,000 people in Harrowfield look after a relative, partner or friend. This "
        "strategy sets out our commitments to them and the Council Plan outcome each one "
        "supports.</p>",
        "<h2>2 Our commitments</h2>",
        *body,
        "<h2>3 Monitoring</h2>",
        "<p>The Carers Partnership Board reviews progress each year.</p>",
    ]
    _chromium(
        _page(
            "en",
            "Carers Strategy 2029–2033",
            "h1{font-size:20pt;color:#5b2c6f;margin:8px 0 2px}"
            "h2{font-size:13pt;color:#5b2c6f;margin:14px 0 4px}"
            "h3{font-size:9pt;text-transform:uppercase;color:#5b2c6f;margin:10px 0 0}"
            ".commit{font-weight:bold;font-size:11pt;margin:2px 0}"
            ".link{font-size:8.5pt;color:#555;margin:0 0 2px;font-style:italic}",
            hbody,
        ),
        d / "child.pdf",
    )

    goals_ = [
        G(
            "O1",
            o["O1"],
            "followed_up",
            [k[0], k[1], k[2], m["assess"], m["break"], m["employer"]],
            ev="Every carer is offered",
            note="the goals are the 'Outcome' cells of the two-column table (the 'What success "
            "looks like' cells are indicators, not goals); no numbers, ids O1–O6 in table order. "
            "Named in two 'Council Plan outcome:' lines; commitment 3 (work) serves it too",
        ),
        G(
            "O2",
            o["O2"],
            "partial",
            [k[4], m["home"]],
            ev="The people carers look after",
            missing=["residents who are not looked after by a carer"],
            note="no outcome line; support at home for the people cared for only",
        ),
        G(
            "O3",
            o["O3"],
            "partial",
            [k[3], m["school"]],
            ev="Young carers are identified",
            missing=["children who are not young carers (early years, readiness for school)"],
            note="named 'Every child gets the best start'; young carers only",
        ),
        G(
            "O4",
            o["O4"],
            "followed_up",
            [k[5], m["grants"]],
            ev="Local carers' groups are funded",
            note="named 'Voluntary and community groups'; three-year grants and planning "
            "together: partners, in other words",
        ),
        G(
            "O5",
            o["O5"],
            "not_followed_up",
            note="trap: commitment 3 ('stay in work', 'employer') and the Chamber of Commerce "
            "scheme share the words of jobs; they keep carers in work (O1), they add no jobs "
            "or skills",
        ),
        G("O6", o["O6"], "not_followed_up", note="nothing in the strategy; the plain case"),
    ]
    kids = [
        C(k[0], ["O1"]),
        C(k[1], ["O1"]),
        C(k[2], ["O1"], note="no outcome line; keeping carers in work serves O1, not O5"),
        C(k[3], ["O3"]),
        C(k[4], ["O2"]),
        C(k[5], ["O4"]),
    ]
    return dict(
        language="en",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; council plan): one table 'Outcome | "
        "What success looks like', the goal the Outcome cell; child PDF (HTML → Chromium; carers "
        "strategy): small 'Commitment n' headings over the bold commitment, an italic 'Council "
        "Plan outcome: <opening words>' line under four of six, action bullets",
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
            "corpora/parents-blind12/make_pairs.py.\n"
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
