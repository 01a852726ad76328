"""Build the ninth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-02 without reading plancheck's code. Four parents laid out in ways not used
by the earlier batches: a "Slik vil vi ha det"-wheel printed by Chromium as a list of coloured
boxes whose headings are the goals (no numbers); a nynorsk samfunnsdel made by reportlab with
the goals "M1"–"M7" in a shaded sidebar beside the running text; a Danish landscape Word table
`Indsatsområde | Mål | Indikator` with the focus area merged down over its rows and one goal merged
over two indicator rows; and an English comprehensive plan whose goals are the bold lead sentences
of paragraphs. The children: a frivillighetsplan (.docx) that quotes the parent goal above each of
its own («…»), a nynorsk hovudplan for vassforsyning (odfpy .odt → LibreOffice PDF) whose measure
table names the parent goal by number ("M3") in some rows only, a Danish beskæftigelsesplan
printed by Chromium ("Bidrager til kommuneplanens mål 2.1" under some goals, the minister's
national goals listed before the local ones) and an English parks implementation plan generated
by reportlab (objectives "PR-1" and an action table linking to comp-plan chapters).

    python corpora/parents-blind9/make_pairs.py                        # all pairs
    python corpora/parents-blind9/make_pairs.py lauvnes-frivillighet   # some pairs

Imports the eighth batch's builder (corpora/parents-blind8/make_pairs.py: through it the block
writer of corpora/mandates-blind/_build.py, G, C, find_page, the Chromium print) and the odfpy
writer of corpora/mandates-blind7/make_pairs.py. `main` is the eighth batch's gold writer and
checks, so a rebuild gives the same files.
"""

from __future__ import annotations

import html as _html
import importlib.util
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

from _build import build_docx, build_pdf, docx_to_pdf, page_of, rendered_pages  # noqa: E402
from _docx_helpers import (  # noqa: E402
    add_row,
    heading,
    new_document,
    new_table,
    para,
    save_deterministic,
    set_core_properties,
    set_repeat_header,
    setup_header_footer,
    shade,
)
from _odf_helpers import soffice_pdf  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_p8 = _load("parents_blind8_make_pairs", HERE.parent / "parents-blind8" / "make_pairs.py")
G, C, find_page, chromium_pdf = _p8.G, _p8.C, _p8.find_page, _p8.chromium_pdf
_check_printed = _p8._check_printed
_m7 = _load("mandates_blind7_make_pairs", HERE.parent / "mandates-blind7" / "make_pairs.py")
build_odfpy = _m7.build_odfpy

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


def _chromium(html: str, pdf: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix="parblind9-html-") as tmp:
        src = Path(tmp) / (pdf.stem + ".html")
        src.write_text(html, encoding="utf-8")
        return chromium_pdf(src, pdf)


# =========================================================================== 1 Lauvnes (nb)


def _web_wheel(goals, vision, intro) -> str:
    """The samfunnsdel's "Slik vil vi ha det i Lauvnes"-wheel as a web page prints it: the
    wheel's segments become a list of coloured boxes, the goal as the box heading and a line
    "Det betyr at …" under it."""
    e = _html.escape
    colours = ["#2e7d6b", "#c2571a", "#3b5ba5", "#8a3b8f", "#b8860b", "#1f6f8b", "#a23b3b"]
    parts = [
        "<!doctype html><html lang='nb'><head><meta charset='utf-8'>",
        "<title>Kommuneplanens samfunnsdel 2027–2039 – Lauvnes kommune</title><style>",
        "@page{size:A4;margin:16mm 18mm 18mm 18mm}",
        "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;color:#222}",
        "nav{font-size:8.5pt;color:#666;border-bottom:1px solid #ccc;padding-bottom:3px}",
        "h1{font-size:22pt;color:#2e4a3a;margin:10px 0 2px}",
        ".meta{font-size:9pt;color:#666}",
        ".hub{margin:12px auto;width:60%;text-align:center;border:3px solid #2e4a3a;"
        "border-radius:40px;padding:8px;font-size:13pt;font-weight:bold;color:#2e4a3a}",
        ".wheel{list-style:none;padding:0;margin:10px 0}",
        ".wheel li{border-radius:10px;padding:7px 12px;margin:0 0 7px;color:#fff;"
        "break-inside:avoid}",
        ".wheel h3{margin:0;font-size:12.5pt}",
        ".wheel p{margin:3px 0 0;font-size:9.5pt}",
        "</style></head><body>",
        "<nav>lauvnes.kommune.no › Planer › Kommuneplanen › Samfunnsdelen</nav>",
        "<h1>Kommuneplanens samfunnsdel 2027–2039</h1>",
        "<p class='meta'>Vedtatt av kommunestyret 15.06.2027, sak 44/27</p>",
        f"<p>{e(intro)}</p>",
        "<h2>Slik vil vi ha det i Lauvnes</h2>",
        "<p>Hjulet viser de sju målene vi har satt oss. I midten står visjonen.</p>",
        f"<div class='hub'>{e(vision)}</div><ul class='wheel'>",
    ]
    for (goal, means), col in zip(goals, colours, strict=True):
        parts.append(
            f"<li style='background:{col}'><h3>{e(goal)}</h3><p>Det betyr at {e(means)}</p></li>"
        )
    parts += [
        "</ul><h2>Oppfølging</h2>",
        "<p>Målene følges opp i handlingsdelen og i kommunens temaplaner. Hver temaplan skal vise "
        "hvilke av målene i hjulet den bidrar til.</p>",
        "</body></html>",
    ]
    return "\n".join(parts)


@pair
def lauvnes_frivillighet(d: Path) -> dict:
    g = [
        "Alle skal ha noen å være sammen med",
        "Barn og unge skal kunne delta i fritidsaktiviteter uavhengig av foreldrenes økonomi",
        "Lag og foreninger skal ha gode og rimelige lokaler",
        "Innbyggerne skal være forberedt når krise og uvær rammer",
        "Flere skal bidra som frivillige, også de som er nye i Lauvnes",
        "Sentrum skal være trygt og levende hele døgnet",
        "Kommunen skal samarbeide tett med frivilligheten og innbyggerne",
    ]
    means = [
        "ingen blir gående alene fordi de ikke finner et fellesskap.",
        "pris og utstyr ikke stenger noen ute.",
        "grendehus, haller og møterom er i god stand og ikke koster for mye.",
        "husholdningene klarer seg selv i tre døgn og vet hvor de får hjelp.",
        "dugnadsånden lever videre og nye innbyggere blir en del av den.",
        "folk møtes i Lauvnes sentrum både på dagtid og om kvelden.",
        "kommunen spør før den bestemmer, og lytter til svarene.",
    ]
    intro = (
        "Lauvnes har 9 800 innbyggere. Samfunnsdelen sier hva slags lokalsamfunn vi vil være i "
        "2039. Målene er samlet i hjulet under, uten rekkefølge: de er like viktige."
    )
    _chromium(
        _web_wheel(list(zip(g, means, strict=True)), "Lauvnes – nær og raus", intro),
        d / "parent.pdf",
    )

    k = [
        "Ingen skal være ensomme fordi de ikke finner et fellesskap.",
        "Alle barn skal kunne være med i et lag, uansett hva hjemmet har råd til.",
        "Flere innbyggere, også tilflyttere, skal ha et frivillig verv.",
        "Lagene skal kunne låne kommunens rom gratis.",
        "Kommunen og lagene skal snakke sammen jevnlig.",
        "Frivillige skal være forberedt på å ta over verv når lederne gir seg.",
    ]
    m = {
        "besok": "Besøksvenn-ordning og turgrupper for eldre som bor alene",
        "blimed": "Nettsiden «Bli med» med alle lag og foreninger",
        "bua": "Utstyrssentral der barn og unge låner sportsutstyr gratis",
        "egenandel": "Tilskudd til lag som holder treningsavgiften under 500 kroner i året",
        "bors": "Frivillighetsbørs på torget hver august",
        "velkommen": "Velkomstmøte for nye innbyggere der lagene presenterer seg",
        "rom": "Gratis bruk av skolene og Lauvneshallen for frivillige lag på kveldstid",
        "nokkel": "Elektronisk nøkkel og booking av kommunale rom",
        "rad": "Frivillighetsråd som møtes to ganger i året",
        "kontakt": "Fast kontaktperson for frivilligheten i kommunen",
        "styre": "Styrekurs og mentorordning for nye ledere i lagene",
    }

    def table(rows):
        return (
            "table",
            ["Tiltak", "Ansvar", "Frist"],
            [[m[a], b, c] for a, b, c in rows],
            [95, 40, 25],
        )

    def above(goal):
        return ("p", f"Samfunnsdelen: «{goal}»")

    child = [
        ("title", "Handlingsplan for frivillighet 2028–2031"),
        ("meta", "Lauvnes kommune · Vedtatt av kommunestyret 14.12.2027, sak 92/27"),
        ("h1", "1 Innledning"),
        (
            "p",
            "Planen viser hva kommunen vil gjøre sammen med lag, foreninger og frivillige de neste "
            "fire årene. Under hvert mål står det målet i samfunnsdelen som det bygger på. "
            "Samfunnsdelens mål «Sentrum skal være trygt og levende hele døgnet» er også viktig "
            "for mange lag, og frivilligheten er en del av livet i sentrum.",
        ),
        (
            "p",
            "Lauvnes har 64 registrerte lag og foreninger. Flere grendehus trenger nytt tak og "
            "bedre tilgjengelighet, og lagene melder at det er vanskelig å få folk til styreverv.",
        ),
        ("h1", "2 Mål og tiltak"),
        ("h2", "Mål 1 Fellesskap"),
        above(g[0]),
        ("p", f"**{k[0]}**"),
        table([("besok", "Frivilligsentralen", "2028"), ("blimed", "Kulturkontoret", "2028")]),
        ("h2", "Mål 2 Barn og unge"),
        above(g[1]),
        ("p", f"**{k[1]}**"),
        table([("bua", "Frivilligsentralen", "2029"), ("egenandel", "Kulturkontoret", "Årlig")]),
        ("h2", "Mål 3 Flere frivillige"),
        above(g[4]),
        ("p", f"**{k[2]}**"),
        table(
            [
                ("bors", "Frivilligsentralen", "Hver august"),
                ("velkommen", "Servicetorget", "Vår og høst"),
            ]
        ),
        ("h2", "Mål 4 Rom for lagene"),
        above(g[2]),
        ("p", f"**{k[3]}**"),
        table([("rom", "Eiendomssjefen", "2028"), ("nokkel", "Eiendomssjefen", "2029")]),
        ("h2", "Mål 5 Samarbeid"),
        above(g[6]),
        ("p", f"**{k[4]}**"),
        table([("rad", "Kommunedirektøren", "Vår og høst"), ("kontakt", "Kulturkontoret", "2028")]),
        ("h2", "Mål 6 Nye ledere"),
        ("p", f"**{k[5]}**"),
        table([("styre", "Idrettsrådet og Frivilligsentralen", "2029")]),
    ]
    build_docx(
        child,
        d / "child.docx",
        title="Handlingsplan for frivillighet 2028–2031",
        author="Lauvnes kommune",
        header="Lauvnes kommune – handlingsplan for frivillighet",
    )
    goals_ = [
        G(
            "G1",
            g[0],
            "followed_up",
            [k[0], m["besok"], m["blimed"]],
            ev="Ingen skal være ensomme",
            note="answered in other words (ikke ensomme, finner et fellesskap, besøksvenn for "
            "noen å være sammen med); the parent's goals are the headings of coloured boxes in "
            "the 'Slik vil vi ha det'-wheel, no numbers, ids in box order; the child also quotes "
            "the goal above its Mål 1",
        ),
        G(
            "G2",
            g[1],
            "followed_up",
            [k[1], m["bua"], m["egenandel"]],
            ev="Alle barn skal kunne være med",
            note="answered in other words (uansett hva hjemmet har råd til, gratis utstyr, lav "
            "treningsavgift for uavhengig av foreldrenes økonomi)",
        ),
        G(
            "G3",
            g[2],
            "partial",
            [k[3], m["rom"], m["nokkel"]],
            ev="Lagene skal kunne låne",
            missing=["gode lokaler: standarden på grendehusene (tak, tilgjengelighet)"],
            note="rimelige served (gratis rom); the background says grendehusene need a new roof "
            "and better access, but no goal or measure does anything about it",
        ),
        G(
            "G4",
            g[3],
            "not_followed_up",
            note="trap: 'Frivillige skal være forberedt på å ta over verv …' shares "
            "'forberedt' and is about board succession; nothing on crisis or storms (e.g. "
            "frivillige i beredskapen)",
        ),
        G(
            "G5",
            g[4],
            "followed_up",
            [k[2], m["bors"], m["velkommen"]],
            ev="Flere innbyggere, også tilflyttere",
            note="answered in other words (frivillig verv, tilflyttere for de som er nye; "
            "velkomstmøte for nye innbyggere)",
        ),
        G(
            "G6",
            g[5],
            "not_followed_up",
            note="trap: the child's introduction quotes the goal word for word («Sentrum skal være "
            "trygt og levende hele døgnet») and says frivilligheten is part of life in sentrum; "
            "no goal or measure serves it",
        ),
        G(
            "G7",
            g[6],
            "partial",
            [k[4], m["rad"], m["kontakt"]],
            ev="Kommunen og lagene skal snakke",
            missing=["samarbeid med innbyggerne utenfor lagene (medvirkning)"],
            note="frivilligheten only (frivillighetsråd, kontaktperson); nothing on involving "
            "the inhabitants at large",
        ),
    ]
    kids = [
        C(k[0], ["G1"]),
        C(k[1], ["G2"]),
        C(k[2], ["G5"]),
        C(k[3], ["G3"]),
        C(k[4], ["G7"]),
        C(k[5], [], note="board succession; shares 'forberedt' with G4 (crisis), serves no goal"),
    ]
    return dict(
        language="nb",
        parent="parent.pdf",
        child="child.docx",
        producer="parent PDF (HTML → Chromium): the 'Slik vil vi ha det i Lauvnes'-wheel as a "
        "list of seven coloured boxes, the goal the box heading (no full stop, no number), a "
        "line 'Det betyr at …' under each, the vision in a rounded box above; child .docx "
        "(handlingsplan for frivillighet): per 'Mål n' heading the parent goal quoted as "
        "'Samfunnsdelen: «…»', the child goal as a bold sentence, then a 'Tiltak | Ansvar | "
        "Frist' table",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 2 Kvitbrekke (nn)


def _sidebar_pdf(pdf: Path, *, title, meta, goals, body, header) -> Path:
    """A samfunnsdel generated by a publishing system (reportlab): a shaded sidebar frame on
    the left with 'Måla våre' M1–M7, the running text in the main frame beside it."""
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        PageTemplate,
        Paragraph,
        Spacer,
    )

    fdir = "/usr/share/fonts/truetype/liberation/"
    pdfmetrics.registerFont(TTFont("LSans", fdir + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSans-Bold", fdir + "LiberationSans-Bold.ttf"))
    pdfmetrics.registerFontFamily("LSans", normal="LSans", bold="LSans-Bold")
    w, h = A4
    side = Frame(
        15 * mm,
        20 * mm,
        58 * mm,
        h - 45 * mm,
        id="side",
        leftPadding=8,
        rightPadding=8,
        topPadding=8,
    )
    main = Frame(80 * mm, 20 * mm, w - 95 * mm, h - 45 * mm, id="main")
    main2 = Frame(15 * mm, 20 * mm, w - 30 * mm, h - 45 * mm, id="main2")

    def deco(c, doc):
        c.saveState()
        c.setFont("LSans", 8)
        c.setFillColor(HexColor("#555555"))
        c.drawString(15 * mm, h - 15 * mm, header)
        c.drawRightString(w - 15 * mm, 12 * mm, f"Side {doc.page}")
        if doc.page == 1:
            c.setFillColor(HexColor("#e3eef3"))
            c.rect(15 * mm, 20 * mm, 58 * mm, h - 45 * mm, stroke=0, fill=1)
        c.restoreState()

    doc = BaseDocTemplate(
        str(pdf),
        pagesize=A4,
        title=title,
        author=meta.split(" ·")[0],
        creator="Kvitbrekke publiseringsmotor",
        invariant=1,
    )
    doc.addPageTemplates(
        [
            PageTemplate(id="first", frames=[side, main], onPage=deco, autoNextPageTemplate="rest"),
            PageTemplate(id="rest", frames=[main2], onPage=deco),
        ]
    )
    st = dict(
        title=ParagraphStyle(
            "t",
            fontName="LSans-Bold",
            fontSize=17,
            leading=21,
            textColor=HexColor("#0b4f6c"),
            spaceAfter=4,
        ),
        meta=ParagraphStyle(
            "m",
            fontName="LSans",
            fontSize=8.5,
            leading=11,
            textColor=HexColor("#555555"),
            spaceAfter=10,
        ),
        h=ParagraphStyle(
            "h",
            fontName="LSans-Bold",
            fontSize=12,
            leading=15,
            textColor=HexColor("#0b4f6c"),
            spaceBefore=8,
            spaceAfter=3,
        ),
        p=ParagraphStyle("p", fontName="LSans", fontSize=10, leading=13.5, spaceAfter=6),
        sh=ParagraphStyle(
            "sh",
            fontName="LSans-Bold",
            fontSize=11,
            leading=14,
            textColor=HexColor("#0b4f6c"),
            spaceAfter=6,
        ),
        sg=ParagraphStyle(
            "sg",
            fontName="LSans",
            fontSize=9,
            leading=11.5,
            spaceAfter=6,
            leftIndent=18,
            firstLineIndent=-18,
        ),
    )
    e = _html.escape
    story = [Paragraph("MÅLA VÅRE", st["sh"])]
    for n, t in goals:
        story.append(Paragraph(f"<b>{n}</b>&nbsp;&nbsp;{e(t)}", st["sg"]))
    story.append(FrameBreak())
    story += [Paragraph(e(title), st["title"]), Paragraph(e(meta), st["meta"])]
    for kind, t in body:
        story.append(Paragraph(e(t), st[kind]))
    story.append(Spacer(1, 4))
    doc.build(story)
    return pdf


@pair
def kvitbrekke_vassforsyning(d: Path) -> dict:
    g = {
        "M1": "Alle innbyggjarane skal ha trygt og godt drikkevatn.",
        "M2": "Kommunen skal vere budd på klimaendringar med meir styrtregn og flaum.",
        "M3": "Kvitbrekke skal ha nok tomter og bustader til å vekse.",
        "M4": "Næringslivet skal ha gode rammevilkår og tilgang på kompetent arbeidskraft.",
        "M5": "Vassdrag og fjordar skal ha god økologisk tilstand.",
        "M6": "Kommunen skal drive effektivt og ta vare på verdiane han eig.",
        "M7": "Barn og unge skal ha gode møteplassar og fritidstilbod.",
    }
    body = [
        ("h", "Visjon: Kvitbrekke – ein god stad å bu, arbeide og vekse opp"),
        (
            "p",
            "Kvitbrekke har 6 200 innbyggjarar og veks sakte. Samfunnsdelen gjeld frå 2027 "
            "til 2039. Måla står i margen til venstre og er nummererte M1–M7; dei er ikkje "
            "rangerte. Teksten under forklarar kvifor vi har valt dei.",
        ),
        ("h", "Trygge og gode tenester"),
        (
            "p",
            "Fleire av dei små vassverka har hatt kokepåbod dei siste åra. Samstundes står "
            "leidningsnettet og mange kommunale bygg framfor store utskiftingar, og kommunen "
            "må bruke pengane der dei gjer mest nytte.",
        ),
        ("h", "Vekst og arbeid"),
        (
            "p",
            "Kommunen har få ledige tomter i sentrum, og bedriftene på Neset seier at dei "
            "manglar fagfolk og plass til å utvide.",
        ),
        ("h", "Natur og klima"),
        (
            "p",
            "Styrtregnet i 2025 sette kjellarar og vegar under vatn. Brekkeelva og "
            "Kvitbrekkefjorden er påverka av utslepp frå avløp og landbruk.",
        ),
        ("h", "Oppvekst"),
        ("p", "Ungdommane etterlyser stader å vere på kveldstid utan å måtte betale."),
        ("h", "Oppfølging"),
        (
            "p",
            "Måla skal følgjast opp i handlingsdelen og i temaplanar og hovudplanar. Kvar plan "
            "skal vise kva for mål tiltaka hennar bidreg til.",
        ),
    ]
    _sidebar_pdf(
        d / "parent.pdf",
        title="Kommuneplanen sin samfunnsdel 2027–2039",
        meta="Kvitbrekke kommune · Vedteken i kommunestyret 10.06.2027, sak 38/27",
        goals=list(g.items()),
        body=body,
        header="Kvitbrekke kommune – kommuneplanen sin samfunnsdel",
    )

    k = [
        "Alle abonnentane skal få reint vatn i springen kvar dag, òg når eitt vassverk fell ut.",
        "Vassverka skal tole flaum og tørkesomrar utan at leveransen stoppar.",
        "Nettet skal ha kapasitet til 1 000 fleire innbyggjarar og til nye bustadfelt.",
        "Lekkasjane skal ned frå 38 til under 20 prosent innan 2037.",
        "VA-avdelinga skal ha nok fagfolk med fagbrev.",
    ]
    m = [
        "UV-anlegg og ny reservekjelde ved Grønavatnet",
        "Tilstandsvurdering av alle høgdebasseng",
        "Flaumsikring av inntaket i Storevatnet",
        "Ny hovudleidning til bustadfeltet på Brekkemoen",
        "Ny hovudleidning til industriområdet på Neset",
        "Fornye 1 prosent av leidningsnettet kvart år",
        "Digitalt kartverk over alle kummar og leidningar",
        "Lærlingplass i VA-faget kvart år",
    ]
    rows = [
        [m[0], "VA-sjef", "2029", "M1"],
        [m[1], "VA-ingeniør", "2028", "M1"],
        [m[2], "VA-sjef", "2030", "M2"],
        [m[3], "Prosjektleiar VA", "2029", "M3"],
        [m[4], "Prosjektleiar VA", "2031", ""],
        [m[5], "VA-sjef", "Årleg", "M6"],
        [m[6], "GIS-koordinator", "2028", "M6"],
        [m[7], "Personalsjef", "Årleg", ""],
    ]
    child = [
        ("title", "Hovudplan for vassforsyning 2028–2037"),
        ("meta", "Kvitbrekke kommune · Vedteken i kommunestyret 07.12.2027, sak 88/27"),
        ("h1", "1 Bakgrunn"),
        (
            "p",
            "Kommunen eig tre vassverk og 140 km leidningar. Nesten 40 prosent av vatnet "
            "lek ut før det kjem fram. Hovudplanen byggjer på måla i kommuneplanen sin "
            "samfunnsdel.",
        ),
        (
            "p",
            "Utslepp frå avløpsanlegga påverkar tilstanden i Kvitbrekkefjorden, men avløp er "
            "tema i ein eigen hovudplan for avløp og vassmiljø.",
        ),
        ("h1", "2 Delmål"),
        ("p", f"Delmål 1 – {k[0]}"),
        ("p", f"Delmål 2 – {k[1]}"),
        ("p", f"Delmål 3 – {k[2]}"),
        ("p", f"Delmål 4 – {k[3]}"),
        ("p", f"Delmål 5 – {k[4]}"),
        ("h1", "3 Tiltak"),
        (
            "p",
            "Kolonna «Mål i samfunnsdelen» viser kva for mål i samfunnsdelen tiltaket bidreg til.",
        ),
        ("table", ["Tiltak", "Ansvarleg", "Frist", "Mål i samfunnsdelen"], rows, [75, 35, 20, 30]),
    ]
    with tempfile.TemporaryDirectory(prefix="parblind9-odt-") as tmp:
        odt = Path(tmp) / "child.odt"
        build_odfpy(child, odt, title="Hovudplan for vassforsyning 2028–2037", lang="nn")
        out = soffice_pdf(odt, Path(tmp))
        (d / "child.pdf").write_bytes(out.read_bytes())

    goals_ = [
        G(
            "M1",
            g["M1"],
            "followed_up",
            [k[0], m[0], m[1]],
            ev="Alle abonnentane skal få reint vatn",
            note="answered in other words (reint vatn i springen kvar dag, reservekjelde for "
            "trygt drikkevatn); ids are the parent's sidebar numbers M1–M7 (not part of the "
            "text), the child's table names 'M1' in two rows",
        ),
        G(
            "M2",
            g["M2"],
            "partial",
            [k[1], m[2]],
            ev="Vassverka skal tole flaum",
            missing=["styrtregn og overvatn i busetnaden (kjellarar og vegar)"],
            note="flaum for the waterworks only (flaumsikring av inntaket); the parent's "
            "background is about styrtregn flooding cellars and roads, which a water-supply plan "
            "leaves to others",
        ),
        G(
            "M3",
            g["M3"],
            "followed_up",
            [k[2], m[3]],
            ev="Nettet skal ha kapasitet",
            note="within the plan's theme: capacity for 1 000 more inhabitants and a main pipe to "
            "the new bustadfelt on Brekkemoen (the row names 'M3')",
        ),
        G(
            "M4",
            g["M4"],
            "partial",
            [m[4]],
            ev="Ny hovudleidning til industriområdet",
            missing=["tilgang på kompetent arbeidskraft for næringslivet"],
            note="rammevilkår served by the main pipe to the industrial area on Neset, a row with "
            "an empty 'Mål i samfunnsdelen' cell; trap: 'VA-avdelinga skal ha nok fagfolk med "
            "fagbrev' and the lærlingplass are about the council's own staff, not the businesses' "
            "access to skilled people",
        ),
        G(
            "M5",
            g["M5"],
            "not_followed_up",
            note="trap: the background says avløp 'påverkar tilstanden i Kvitbrekkefjorden' and "
            "leaves it to another plan; 'Tilstandsvurdering av alle høgdebasseng' shares "
            "'tilstand' and serves M1 (its row says so)",
        ),
        G(
            "M6",
            g["M6"],
            "followed_up",
            [k[3], m[5], m[6]],
            ev="Lekkasjane skal ned",
            note="answered in other words (lekkasjar ned, fornye 1 prosent av nettet, kartverk "
            "for drive effektivt og ta vare på verdiane)",
        ),
        G(
            "M7",
            g["M7"],
            "not_followed_up",
            note="nothing in a water-supply plan serves it, no shared words; not a trap, the "
            "plain case",
        ),
    ]
    kids = [
        C(k[0], ["M1"]),
        C(k[1], ["M2"]),
        C(k[2], ["M3"]),
        C(k[3], ["M6"]),
        C(
            k[4],
            [],
            note="the council's own water staff; looks like 'kompetent arbeidskraft' "
            "in M4 but serves no parent goal",
        ),
    ]
    return dict(
        language="nn",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (reportlab, a publishing system): page 1 has a shaded left sidebar "
        "'MÅLA VÅRE' with the goals 'M1'–'M7' (bold number, two spaces, the sentence) beside the "
        "running text, which has no goals; child PDF (odfpy .odt → LibreOffice; hovudplan for "
        "vassforsyning): 'Delmål n – …' paragraphs, then one 'Tiltak | Ansvarleg | Frist | Mål i "
        "samfunnsdelen' table naming the parent goal ('M3') in six of eight rows",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 3 Hjortsted (da)


def _landscape_goal_table(docx: Path, *, title, meta, intro, rows, after, header) -> Path:
    """A Danish kommuneplan strategy printed from Word on landscape pages: one
    `Indsatsområde | Mål | Indikator` table, the focus area merged down over its rows, a goal
    merged over two indicator rows; goals typed with their number '1.1 ' in the cell."""
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.shared import Mm

    doc = new_document(font="Arial", size=10, margins_mm=18)
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    for el in rpr.iter(qn("w:lang")):
        el.set(qn("w:val"), "da-DK")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    set_core_properties(doc, title=title, author="Hjortsted Kommune")
    setup_header_footer(sec, header)
    para(doc, title, bold=True, size=20, space_after=6, color="1F3864")
    para(doc, meta, size=9, color="555555", space_after=8)
    heading(doc, "Vores mål", 1)
    para(doc, intro)
    widths = [55, 120, 86]
    t = new_table(doc, widths)
    set_repeat_header(
        add_row(t, ["Indsatsområde", "Mål", "Indikator"], widths, bold=True, fill="D9E2F3", size=10)
    )
    prev_area = prev_goal = None
    for area, goal, ind in rows:
        a = ("restart", area) if area != prev_area else None
        gg = ("restart", goal) if goal != prev_goal else None
        r = add_row(t, [a, gg, ind], widths, size=10)
        if area != prev_area:
            shade(r.cells[0], "EAF1DD")
        prev_area, prev_goal = area, goal
    para(doc, "", space_after=4)
    heading(doc, "Opfølgning", 1)
    para(doc, after)
    save_deterministic(doc, docx)
    return docx


def _web_beskaeftigelsesplan(intro, minister, goals, closing) -> str:
    e = _html.escape
    parts = [
        "<!doctype html><html lang='da'><head><meta charset='utf-8'>",
        "<title>Beskæftigelsesplan 2028 – Hjortsted Kommune</title><style>",
        "@page{size:A4;margin:18mm 20mm}",
        "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;color:#1d1d1d}",
        ".crumb{font-size:8.5pt;color:#666}",
        "h1{font-size:21pt;color:#005a70;margin:8px 0 2px}",
        "h2{font-size:14pt;color:#005a70;margin:14px 0 4px}",
        ".card{border-left:5px solid #005a70;background:#f2f7f8;padding:6px 10px;"
        "margin:10px 0;break-inside:avoid}",
        ".card h3{font-size:11.5pt;margin:0 0 3px}",
        ".ref{font-size:8.5pt;color:#005a70;margin:0 0 3px}",
        ".card ul{margin:3px 0 0 16px;padding:0}",
        ".own{color:#555}",
        "</style></head><body>",
        "<p class='crumb'>hjortsted.dk › Job og ledighed › Politikker og planer</p>",
        "<h1>Beskæftigelsesplan 2028</h1>",
        "<p class='crumb'>Godkendt af byrådet 12.12.2027</p>",
        f"<p>{e(intro)}</p>",
        "<h2>Beskæftigelsesministerens mål for 2028</h2>",
        "<p>Ministeren har udmeldt disse mål, som alle kommuner skal arbejde med:</p><ol>",
    ]
    parts += [f"<li>{e(x)}</li>" for x in minister]
    parts += ["</ol>", "<h2>Hjortsteds lokale mål og indsatser</h2>"]
    for i, (goal, ref, measures) in enumerate(goals, start=1):
        parts.append(f"<div class='card'><h3>Lokalt mål {i}: {e(goal)}</h3>")
        if ref:
            parts.append(f"<p class='ref'>Bidrager til kommuneplanens mål {e(ref)}</p>")
        parts.append("<strong>Sådan gør vi</strong><ul>")
        for text, who in measures:
            parts.append(f"<li>{e(text)} <span class='own'>(ansvar: {e(who)})</span></li>")
        parts.append("</ul></div>")
    parts += [f"<p>{e(closing)}</p>", "</body></html>"]
    return "\n".join(parts)


@pair
def hjortsted_beskaeftigelse(d: Path) -> dict:
    g = {
        "1.1": "Flere borgere skal være i job eller uddannelse.",
        "1.2": "Virksomhederne skal kunne rekruttere den arbejdskraft, de har brug for.",
        "1.3": "Hjortsted skal tiltrække nye virksomheder og iværksættere.",
        "2.1": "Alle unge skal gennemføre en ungdomsuddannelse.",
        "2.2": "Børn og unge skal trives i skolen og i fritiden.",
        "3.1": "Borgere med handicap eller psykisk sårbarhed skal kunne arbejde og deltage i "
        "fællesskabet.",
        "3.2": "Borgerne skal leve sundere og længere.",
    }
    a1, a2, a3 = "Vækst og erhverv", "Uddannelse og trivsel", "Fællesskab og sundhed"
    rows = [
        (a1, "1.1 " + g["1.1"], "Beskæftigelsesfrekvens for 16–64-årige"),
        (a1, "1.1 " + g["1.1"], "Andel på offentlig forsørgelse"),
        (a1, "1.2 " + g["1.2"], "Forgæves rekrutteringer (STAR)"),
        (a1, "1.3 " + g["1.3"], "Nye CVR-numre pr. år"),
        (a2, "2.1 " + g["2.1"], "Andel 25-årige med ungdomsuddannelse"),
        (a2, "2.2 " + g["2.2"], "Trivselsmåling i folkeskolen"),
        (a3, "3.1 " + g["3.1"], "Antal personer i fleksjob og IPS-forløb"),
        (a3, "3.2 " + g["3.2"], "Middellevetid; andel fysisk inaktive (Sundhedsprofilen)"),
    ]
    with tempfile.TemporaryDirectory(prefix="parblind9-docx-") as tmp:
        docx = Path(tmp) / "parent.docx"
        _landscape_goal_table(
            docx,
            title="Kommuneplanstrategi 2027–2039: Vores Hjortsted",
            meta="Hjortsted Kommune · Vedtaget af byrådet 24.05.2027",
            intro="Byrådet har valgt tre indsatsområder. Tabellen viser målene under hvert "
            "indsatsområde, og hvordan vi følger med i, om det går den rigtige vej.",
            rows=rows,
            after="Målene følges op i sektorplanerne og i budgettet. Hver sektorplan skal "
            "henvise til de mål, den bidrager til.",
            header="Hjortsted Kommune – kommuneplanstrategi 2027–2039",
        )
        docx_to_pdf(docx, d / "parent.pdf")

    k = [
        "Flere ledige og sygemeldte skal hurtigt tilbage i arbejde.",
        "Flere flygtninge og familiesammenførte skal være selvforsørgende.",
        "Virksomhederne skal få hjælp til at finde de rette medarbejdere.",
        "Flere unge under 30 skal i gang med og gennemføre en uddannelse.",
        "Borgere med psykiske lidelser og handicap skal have en vej ind på arbejdsmarkedet.",
        "Sygemeldte skal have hjælp til at komme i bedre form.",
        "Borgerne skal opleve en hurtig og respektfuld sagsbehandling.",
    ]
    m = {
        "praktik": "Virksomhedspraktik og løntilskud fra første samtale",
        "syge": "Tidlig opfølgning på sygemeldte sammen med de praktiserende læger",
        "sprog": "Danskundervisning kombineret med praktik i lokale virksomheder",
        "kontakt": "Fast kontaktperson i virksomhedsservice for alle virksomheder med over 10 "
        "ansatte",
        "messe": "Jobmesse på Hjortsted Rådhus hvert forår",
        "mentor": "Mentor til alle unge, der starter på en erhvervsuddannelse",
        "bro": "Brobygning mellem jobcentret og Hjortsted Erhvervsskole",
        "ips": "IPS-forløb for borgere med psykiske lidelser",
        "fleks": "Flere fleksjob med kommunen som arbejdsgiver",
        "trivsel": "Trivselssamtaler med borgere i fleksjob hvert halve år",
        "motion": "Motionsforløb i Hjortsted Sundhedscenter for sygemeldte",
        "svar": "Svar på alle henvendelser inden for to arbejdsdage",
    }
    goals_web = [
        (k[0], "1.1", [(m["praktik"], "Jobcentret"), (m["syge"], "Sygedagpengeteamet")]),
        (k[1], "", [(m["sprog"], "Integrationsteamet")]),
        (k[2], "1.2", [(m["kontakt"], "Virksomhedsservice"), (m["messe"], "Virksomhedsservice")]),
        (k[3], "2.1", [(m["mentor"], "Ungeenheden"), (m["bro"], "Ungeenheden")]),
        (
            k[4],
            "3.1",
            [(m["ips"], "Jobcentret"), (m["fleks"], "HR"), (m["trivsel"], "Fleksjobteamet")],
        ),
        (k[5], "", [(m["motion"], "Sundhedscentret")]),
        (k[6], "", [(m["svar"], "Jobcenterchefen")]),
    ]
    intro = (
        "Beskæftigelsesplanen er jobcentrets plan for det kommende år. Den bygger på "
        "beskæftigelsesministerens mål og på kommuneplanstrategien. Kommuneplanen har som mål, "
        "at Hjortsted skal tiltrække nye virksomheder og iværksættere, og at børn og unge skal "
        "trives. Ledigheden i Hjortsted var 3,1 procent i 2027."
    )
    minister = [
        "Flere personer skal i beskæftigelse frem for at være på offentlig forsørgelse.",
        "Flere unge skal have en uddannelse.",
        "Virksomhederne skal have den arbejdskraft, de efterspørger.",
    ]
    _chromium(
        _web_beskaeftigelsesplan(
            intro,
            minister,
            goals_web,
            "Planen følges op kvartalsvis i beskæftigelsesudvalget.",
        ),
        d / "child.pdf",
    )
    goals_ = [
        G(
            "G1.1",
            g["1.1"],
            "followed_up",
            [k[0], k[1], m["praktik"], m["syge"], m["sprog"]],
            ev="Flere ledige og sygemeldte",
            note="answered in other words (tilbage i arbejde, selvforsørgende for i job); the "
            "parent goal is the second column of a landscape Indsatsområde | Mål | Indikator "
            "table, typed '1.1 ' in the cell (the number is not part of the text), merged over "
            "two indicator rows; the child card names 'mål 1.1'",
        ),
        G(
            "G1.2",
            g["1.2"],
            "followed_up",
            [k[2], m["kontakt"], m["messe"]],
            ev="Virksomhederne skal få hjælp",
            note="answered in other words (finde de rette medarbejdere for rekruttere den "
            "arbejdskraft); the minister's goal 3 says nearly the same and is not a child goal",
        ),
        G(
            "G1.3",
            g["1.3"],
            "not_followed_up",
            note="trap: the introduction repeats the goal ('Kommuneplanen har som mål, at "
            "Hjortsted skal tiltrække nye virksomheder og iværksættere') and nothing follows; "
            "virksomhedsservice serves the businesses already there (1.2)",
        ),
        G(
            "G2.1",
            g["2.1"],
            "followed_up",
            [k[3], m["mentor"], m["bro"]],
            ev="Flere unge under 30",
            note="answered in other words (i gang med og gennemføre en uddannelse; mentor on "
            "erhvervsuddannelse); the card names 'mål 2.1'",
        ),
        G(
            "G2.2",
            g["2.2"],
            "not_followed_up",
            note="trap: named in the introduction ('at børn og unge skal trives'); "
            "'Trivselssamtaler med borgere i fleksjob' shares trivsel and serves 3.1",
        ),
        G(
            "G3.1",
            g["3.1"],
            "partial",
            [k[4], m["ips"], m["fleks"], m["trivsel"]],
            ev="Borgere med psykiske lidelser",
            missing=["deltage i fællesskabet (fritid, foreninger, netværk)"],
            note="two coordinated verbs, arbejde served (IPS, fleksjob), deltage i fællesskabet "
            "not",
        ),
        G(
            "G3.2",
            g["3.2"],
            "partial",
            [k[5], m["motion"]],
            ev="Sygemeldte skal have hjælp",
            missing=["sundere liv for borgerne i almindelighed (ikke kun sygemeldte)"],
            note="one group only (sygemeldte in bedre form), no number on the card; a "
            "beskæftigelsesplan is not the place for the rest, still partial",
        ),
    ]
    kids = [
        C(k[0], ["G1.1"]),
        C(k[1], ["G1.1"], note="no number on its card; serves 1.1 in other words"),
        C(k[2], ["G1.2"]),
        C(k[3], ["G2.1"]),
        C(k[4], ["G3.1"]),
        C(k[5], ["G3.2"]),
        C(k[6], [], note="service quality of the jobcenter; serves no parent goal"),
    ]
    return dict(
        language="da",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, landscape): one 'Indsatsområde | Mål | "
        "Indikator' table, the indsatsområde merged down over its rows (4 / 2 / 2), goal 1.1 "
        "merged over two indicator rows, goals typed '1.1 …' in the cell; child PDF (HTML → "
        "Chromium; beskæftigelsesplan): the minister's three national goals as a numbered list "
        "(not child goals), then cards 'Lokalt mål n: …' with 'Bidrager til kommuneplanens mål "
        "2.1' under four of seven and 'Sådan gør vi' bullets '… (ansvar: …)'",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 4 Harlow Springs (en)


def _reportlab_actions(pdf: Path, *, title, meta, intro, objectives, actions, closing) -> Path:
    """An implementation plan generated by a town's project-tracking system (reportlab):
    objectives 'PR-1 …' as a list, then one action table with lead, timeline and a
    'Comp Plan link' column naming a chapter (or nothing)."""
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fdir = "/usr/share/fonts/truetype/liberation/"
    pdfmetrics.registerFont(TTFont("LSans", fdir + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSans-Bold", fdir + "LiberationSans-Bold.ttf"))
    pdfmetrics.registerFontFamily("LSans", normal="LSans", bold="LSans-Bold")
    ps = dict(
        t=ParagraphStyle("t", fontName="LSans-Bold", fontSize=16, leading=20, spaceAfter=3),
        m=ParagraphStyle(
            "m",
            fontName="LSans",
            fontSize=8.5,
            leading=11,
            textColor=colors.HexColor("#555555"),
            spaceAfter=8,
        ),
        h=ParagraphStyle(
            "h", fontName="LSans-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4
        ),
        p=ParagraphStyle("p", fontName="LSans", fontSize=10, leading=13, spaceAfter=5),
        c=ParagraphStyle("c", fontName="LSans", fontSize=8.5, leading=10.5),
        ch=ParagraphStyle("ch", fontName="LSans-Bold", fontSize=8.5, leading=10.5),
    )
    e = _html.escape
    story = [
        Paragraph(e(title), ps["t"]),
        Paragraph(e(meta), ps["m"]),
        Paragraph(e(intro), ps["p"]),
        Paragraph("Objectives", ps["h"]),
    ]
    for oid, text in objectives:
        story.append(Paragraph(f"<b>{oid}</b>  {e(text)}", ps["p"]))
    story.append(Paragraph("Action Plan", ps["h"]))
    data = [
        [
            Paragraph(x, ps["ch"])
            for x in ("ID", "Action", "Lead", "Timeline", "Objective", "Comp Plan link")
        ]
    ]
    for row in actions:
        data.append([Paragraph(e(x), ps["c"]) for x in row])
    t = Table(data, colWidths=[12 * mm, 70 * mm, 32 * mm, 22 * mm, 18 * mm, 24 * mm], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde7d5")),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story += [t, Spacer(1, 6), Paragraph(e(closing), ps["p"])]
    doc = SimpleDocTemplate(
        str(pdf),
        pagesize=letter,
        title=title,
        author="Town of Harlow Springs",
        creator="CivicTrack Reports",
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        invariant=1,
    )
    doc.build(story)
    return pdf


@pair
def harlow_springs_parks(d: Path) -> dict:
    g = [
        "Harlow Springs offers homes that people of all incomes can afford.",
        "Every household lives within a ten-minute walk of a park or open space.",
        "The Harlow River and its floodplain are protected and restored.",
        "The town's tree canopy grows to cover 40 percent of its land.",
        "Recreation programs are open to every resident regardless of age, ability or income.",
        "Residents are healthy and active at every stage of life.",
        "People can walk and bike safely between neighborhoods, schools and downtown.",
        "Downtown is the lively heart of the town, with shops, events and places to live.",
    ]
    rest = [
        "Home prices rose 48 percent between 2019 and 2026 while wages rose 21 percent. The town "
        "will allow more kinds of homes in more places and work with nonprofit builders.",
        "Today 61 percent of households live within a ten-minute walk of a park; the gaps are in "
        "the Eastside and Mill Creek neighborhoods.",
        "The river floods every few years. Land in the floodplain should stay open, and the "
        "eroded banks below the Mill Street bridge need restoration.",
        "Canopy cover is 29 percent today and falls as old trees die and lots are cleared.",
        "Fees, transportation and buildings that are hard to enter keep some residents out of "
        "the programs the town offers.",
        "One adult in four reports no physical activity in the past month.",
        "Sidewalks end at the town line of several subdivisions, and two of the four schools "
        "have no safe crossing on the way from the nearest neighborhood.",
        "Main Street has eleven empty storefronts, and few people live above the shops.",
    ]
    parent = [
        ("meta", "TOWN OF HARLOW SPRINGS"),
        ("title", "Harlow Springs 2040 Comprehensive Plan"),
        ("meta", "Adopted by the Town Council on April 13, 2027, Resolution 2027-19"),
        ("h1", "1 Introduction"),
        (
            "p",
            "The comprehensive plan is the town's long-range guide for growth, land use and "
            "public investment. Each chapter opens with our goals: each goal is stated in the "
            "first sentence of a paragraph, followed by what it means for the town today. "
            "Department implementation plans carry the goals into actions.",
        ),
        ("h1", "2 Growth and Housing"),
        ("p", f"**{g[0]}** {rest[0]}"),
        ("h1", "3 Parks and Environment"),
        ("p", f"**{g[1]}** {rest[1]}"),
        ("p", f"**{g[2]}** {rest[2]}"),
        ("p", f"**{g[3]}** {rest[3]}"),
        ("h1", "4 Community Life"),
        ("p", f"**{g[4]}** {rest[4]}"),
        ("p", f"**{g[5]}** {rest[5]}"),
        ("h1", "5 Mobility and Downtown"),
        ("p", f"**{g[6]}** {rest[6]}"),
        ("p", f"**{g[7]}** {rest[7]}"),
        ("h1", "6 Implementation"),
        (
            "p",
            "Every department prepares a five-year implementation plan and reports on it each "
            "year with the budget.",
        ),
    ]
    build_pdf(
        parent,
        d / "parent.pdf",
        title="Harlow Springs 2040 Comprehensive Plan",
        author="Town of Harlow Springs",
        header="Town of Harlow Springs – 2040 Comprehensive Plan",
        lang="en-US",
    )
    k = [
        ("PR-1", "Close the gaps in park access in Eastside and Mill Creek."),
        ("PR-2", "Bring back healthy banks and clean water along the Harlow River."),
        ("PR-3", "Shade every street and park with healthy trees."),
        ("PR-4", "Make programs affordable for families and welcoming to seniors."),
        ("PR-5", "Get more residents moving every week."),
        ("PR-6", "Finish the greenway trail from Mill Creek to downtown."),
        ("PR-7", "Keep our parks clean, safe and well maintained."),
    ]
    kt = {oid: t for oid, t in k}
    acts = [
        (
            "A1",
            "Acquire land for a neighborhood park in Eastside",
            "Parks Director",
            "FY2029",
            "PR-1",
            "Ch. 3",
        ),
        (
            "A2",
            "Open school playgrounds to the public after hours (joint-use agreement)",
            "Recreation Manager",
            "FY2028",
            "PR-1",
            "Ch. 3",
        ),
        (
            "A3",
            "Restore two miles of riverbank with native plants below Mill Street bridge",
            "Natural Resources Coordinator",
            "FY2028–FY2030",
            "PR-2",
            "Ch. 3",
        ),
        (
            "A4",
            "Plant 500 street and park trees every year",
            "Town Arborist",
            "Annual",
            "PR-3",
            "Ch. 3",
        ),
        (
            "A5",
            "Complete a tree inventory and urban forestry plan",
            "Town Arborist",
            "FY2028",
            "PR-3",
            "",
        ),
        (
            "A6",
            "Fee waivers for households below 200 percent of the poverty level",
            "Recreation Manager",
            "FY2028",
            "PR-4",
            "Ch. 4",
        ),
        (
            "A7",
            "Daytime fitness and social programs for adults over 60 at the Community Center",
            "Recreation Manager",
            "FY2028",
            "PR-4",
            "Ch. 4",
        ),
        (
            "A8",
            "Free outdoor fitness classes in four parks every summer",
            "Recreation Manager",
            "Summers",
            "PR-5",
            "Ch. 4",
        ),
        (
            "A9",
            "Build the Mill Creek–Downtown segment of the Harlow River Greenway",
            "Town Engineer",
            "FY2031",
            "PR-6",
            "Ch. 5",
        ),
        (
            "A10",
            "Replace play equipment older than 20 years",
            "Parks Superintendent",
            "FY2028–FY2032",
            "PR-7",
            "",
        ),
        (
            "A11",
            "Summer concert series at the Riverside Park band shell",
            "Recreation Manager",
            "Summers",
            "PR-5",
            "",
        ),
    ]
    a = {r[0]: r[1] for r in acts}
    _reportlab_actions(
        d / "child.pdf",
        title="Parks, Recreation and Open Space Implementation Plan FY2028–FY2032",
        meta="Town of Harlow Springs · Parks and Recreation Department · Approved by the Town "
        "Council on November 9, 2027",
        intro="This plan carries the 2040 Comprehensive Plan into the work of the Parks and "
        "Recreation Department for the next five years. The Comprehensive Plan imagines a "
        "downtown that is the lively heart of the town; our parks along the river are part of "
        "that picture. The 'Comp Plan link' column names the chapter of the Comprehensive Plan "
        "an action carries out.",
        objectives=k,
        actions=acts,
        closing="Progress is reported to the Parks and Recreation Board every quarter.",
    )
    goals_ = [
        G(
            "G1",
            g[0],
            "not_followed_up",
            note="trap: 'Make programs affordable …' and the fee waivers for low-income "
            "households share 'afford'/'income' and serve recreation (G5), not housing; the goals "
            "have no numbers, ids G1–G8 in reading order of the bold lead sentences",
        ),
        G(
            "G2",
            g[1],
            "followed_up",
            [kt["PR-1"], a["A1"], a["A2"]],
            ev="Close the gaps in park access",
            note="answered in other words (close the gaps in park access where the ten-minute "
            "walk fails: a new Eastside park, school playgrounds opened)",
        ),
        G(
            "G3",
            g[2],
            "partial",
            [kt["PR-2"], a["A3"]],
            ev="Bring back healthy banks",
            missing=["protection of the floodplain (keeping it open, acquisition or rules)"],
            note="restored (two miles of riverbank) but not protected: nothing keeps the "
            "floodplain open",
        ),
        G(
            "G4",
            g[3],
            "followed_up",
            [kt["PR-3"], a["A4"], a["A5"]],
            ev="Shade every street and park",
            note="answered in other words (shade with healthy trees, 500 trees a year, urban "
            "forestry plan for the canopy growing to 40 percent); A5 has no chapter link",
        ),
        G(
            "G5",
            g[4],
            "partial",
            [kt["PR-4"], a["A6"], a["A7"]],
            ev="Make programs affordable",
            missing=["residents of every ability (accessible buildings, adaptive programs)"],
            note="three coordinated parts, income (fee waivers) and age (over 60) served, "
            "ability not",
        ),
        G(
            "G6",
            g[5],
            "followed_up",
            [kt["PR-5"], a["A8"]],
            ev="Get more residents moving",
            note="answered in other words (moving every week, outdoor fitness for healthy and "
            "active)",
        ),
        G(
            "G7",
            g[6],
            "partial",
            [kt["PR-6"], a["A9"]],
            ev="Finish the greenway trail",
            missing=["safe walking and biking to schools and between other neighborhoods"],
            note="one link only (greenway from Mill Creek to downtown); nothing on schools or "
            "safe crossings",
        ),
        G(
            "G8",
            g[7],
            "not_followed_up",
            note="trap: the introduction restates the goal ('a downtown that is the lively heart "
            "of the town'); the greenway reaching downtown (G7) and the concerts at Riverside "
            "Park (G6, no link) do nothing for shops, events downtown or housing",
        ),
    ]
    kids = [
        C(kt["PR-1"], ["G2"]),
        C(kt["PR-2"], ["G3"]),
        C(kt["PR-3"], ["G4"]),
        C(kt["PR-4"], ["G5"]),
        C(kt["PR-5"], ["G6"]),
        C(kt["PR-6"], ["G7"]),
        C(kt["PR-7"], [], note="maintenance of the parks; serves no parent goal"),
    ]
    return dict(
        language="en",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, US comprehensive plan): goals are the "
        "bold lead sentences of paragraphs, the rest of the paragraph in regular type, under "
        "chapter headings (1 / 3 / 2 / 2), no numbers; child PDF (reportlab, a tracking "
        "system's report; parks implementation plan): objectives 'PR-1 …' as paragraphs, then "
        "an 'ID | Action | Lead | Timeline | Objective | Comp Plan link' table whose link names "
        "a chapter ('Ch. 3') or nothing",
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
            "corpora/parents-blind9/make_pairs.py.\n"
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
