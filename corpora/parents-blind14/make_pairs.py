"""Build the fourteenth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-04 by `bpar14` without reading plancheck's code, tests or bench. Five parents
in forms the earlier batches did not use: a nb samfunnsdel (odfpy .odt → LibreOffice) whose goals
stand in a **målhjul**, six Writer text frames placed around a drawn circle that holds the vision;
a nynorsk samfunnsdel (python-docx → LibreOffice) with one table **'Satsingsområde | Vi vil |
Slik gjer vi det'** (the 'Vi vil' cells are the goals, the third column strategies); a Swedish
**översiktsplan** (reportlab) whose goals are the bullets of shaded **'Ställningstaganden'**
boxes between chapter text, map captions and a 'Riksintressen' box; a Danish kommuneplan
hovedstruktur (python-docx → LibreOffice) with **'Målsætning n.' bold paragraphs inside running
text** (and a bold 'Retningslinje' that is a binding rule, no goal); an English corporate plan
(HTML → Chromium) with **'Our ambitions' as big-number tiles** (a label, a large figure and the
rest of the sentence under it). The children: a nb handlingsplan for heltid og rekruttering
(Chromium) whose goal table cites the parent by code ('KP 2.2') in a merged column; a nynorsk
temaplan for oppvekst (reportlab) whose goals paraphrase the parent and never name it; a Swedish
cykelplan (python-docx → LibreOffice) that follows only the transport positions; a Danish
handleplan for midtbyen (Chromium) citing '(jf. målsætning n)' after each goal, once wrongly;
an English digital inclusion action plan (reportlab) tagging each outcome with an ambition's
short name. Each child has traps: words shared with, or the code or name of, a parent goal it
does not serve, and goals that serve none.

    python corpora/parents-blind14/make_pairs.py                  # all pairs
    python corpora/parents-blind14/make_pairs.py rustvik-heltid   # some pairs

Imports the thirteenth batch's builder (corpora/parents-blind13/make_pairs.py: through it the
twelfth's … ninth's, the block writer of corpora/mandates-blind/_build.py, `G`, `C`, `find_page`,
the Chromium print, the printed-text check, `_reportlab` and `_page`). `main` is batch 13's gold
writer and checks, pointed at this folder.
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

import _build  # noqa: E402
from _build import build_pdf, page_of, rendered_pages  # noqa: E402
from _odf_helpers import freeze_zip, soffice_pdf  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_p13 = _load("parents_blind13_make_pairs", HERE.parent / "parents-blind13" / "make_pairs.py")
G, C, find_page, _check_printed = _p13.G, _p13.C, _p13.find_page, _p13._check_printed
_chromium, _reportlab, _page = _p13._chromium, _p13._reportlab, _p13._page

PAIRS: dict[str, Callable[[Path], dict]] = {}


def _build_pdf_numbered(blocks, pdf: Path, **kw) -> Path:
    """build_pdf with a footer of the bare page number (the shared writer prints the Norwegian
    'Side n av m', wrong in a Swedish or Danish document)."""
    orig = _build.setup_header_footer

    def plain(section, header_text, **k):
        return orig(section, header_text, **{**k, "footer": "page"})

    _build.setup_header_footer = plain
    try:
        return build_pdf(blocks, pdf, **kw)
    finally:
        _build.setup_header_footer = orig


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


# =========================================================================== 1 Rustvik (nb)


def _odt_wheel(pdf: Path, *, title, before, vision, boxes, after) -> Path:
    """A samfunnsdel written in Writer (odfpy): running paragraphs, then a 'målhjul' — a grey
    circle with the vision and six coloured text frames placed around it (anchored to one
    empty paragraph, wrap none, so the text after goes below) — then more paragraphs. BOXES:
    (x_cm, y_cm, colour, label, code, goal)."""
    from odf.draw import Ellipse, Frame, TextBox
    from odf.opendocument import OpenDocumentText
    from odf.style import GraphicProperties, ParagraphProperties, Style, TextProperties
    from odf.text import H, P

    doc = OpenDocumentText()

    def pstyle(name, size, bold=False, color="#000000", before="0cm", after="0.2cm", align=None):
        st = Style(name=name, family="paragraph")
        st.addElement(
            TextProperties(
                fontsize=f"{size}pt",
                fontfamily="'Liberation Sans'",
                fontweight="bold" if bold else "normal",
                color=color,
                language="nb",
                country="NO",
            )
        )
        pp = dict(margintop=before, marginbottom=after)
        if align:
            pp["textalign"] = align
        st.addElement(ParagraphProperties(**pp))
        doc.styles.addElement(st)
        return st

    st = dict(
        title=pstyle("Tittel", 20, True, "#2b4c3f", after="0.3cm"),
        meta=pstyle("Meta", 9, color="#555555", after="0.08cm"),
        h1=pstyle("Overskrift1", 14, True, "#2b4c3f", before="0.45cm", after="0.15cm"),
        p=pstyle("Brodtekst", 11),
        anchor=pstyle("Hjulanker", 2, after="0cm"),
        lbl=pstyle("Hjuletikett", 7.5, True, "#ffffff", after="0.05cm"),
        goal=pstyle("Hjulmaal", 9.5, False, "#ffffff", after="0cm"),
        hub=pstyle("Hjulnav", 12, True, "#2b4c3f", after="0.1cm", align="center"),
        hubsmall=pstyle("Hjulnavliten", 8.5, False, "#2b4c3f", after="0cm", align="center"),
        spacer=pstyle("Luft", 11, after="0cm"),
    )
    doc.meta.addElement(__import__("odf.dc", fromlist=["Title"]).Title(text=title))

    def blocks(bs):
        for kind, text in bs:
            if kind == "h1":
                doc.text.addElement(H(outlinelevel=1, stylename=st["h1"], text=text))
            else:
                doc.text.addElement(P(stylename=st[kind], text=text))

    blocks(before)
    anchor = P(stylename=st["anchor"])
    circ = Style(name="Hjulsirkel", family="graphic")
    circ.addElement(
        GraphicProperties(
            fill="solid",
            fillcolor="#e4ece8",
            stroke="solid",
            strokecolor="#2b4c3f",
            strokewidth="0.08cm",
            wrap="none",
            verticalpos="from-top",
            verticalrel="paragraph",
            horizontalpos="from-left",
            horizontalrel="paragraph",
        )
    )
    doc.automaticstyles.addElement(circ)
    ell = Ellipse(
        stylename=circ, anchortype="paragraph", x="5.6cm", y="3.1cm", width="5.8cm", height="5.8cm"
    )
    ell.setAttrNS("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0", "z-index", "0")
    anchor.addElement(ell)
    frame = Style(name="Frame", family="graphic")  # Writer's own text frame style
    frame.addElement(GraphicProperties(wrap="none", verticalpos="top", horizontalpos="center"))
    doc.styles.addElement(frame)
    # the vision: a frame in the circle's colour over it (a shape's own text ignores the
    # paragraph styles)
    hs = Style(name="Hjulnavramme", family="graphic", parentstylename="Frame")
    hs.addElement(
        GraphicProperties(
            backgroundcolor="#e4ece8",
            border="none",
            wrap="none",
            verticalpos="from-top",
            verticalrel="paragraph",
            horizontalpos="from-left",
            horizontalrel="paragraph",
        )
    )
    doc.automaticstyles.addElement(hs)
    hub = Frame(
        stylename=hs,
        anchortype="paragraph",
        x="6.1cm",
        y="5.3cm",
        width="4.8cm",
        zindex="7",
        name="Visjon",
    )
    htb = TextBox(minheight="1.4cm")
    htb.addElement(P(stylename=st["hubsmall"], text="Visjon"))
    htb.addElement(P(stylename=st["hub"], text=vision))
    hub.addElement(htb)
    anchor.addElement(hub)
    for i, (x, y, colour, label, code, goal) in enumerate(boxes, start=1):
        fs = Style(name=f"Hjulramme{i}", family="graphic", parentstylename="Frame")
        fs.addElement(
            GraphicProperties(
                backgroundcolor=colour,
                border="none",
                padding="0.18cm",
                wrap="none",
                verticalpos="from-top",
                verticalrel="paragraph",
                horizontalpos="from-left",
                horizontalrel="paragraph",
            )
        )
        doc.automaticstyles.addElement(fs)
        fr = Frame(
            stylename=fs,
            anchortype="paragraph",
            x=f"{x}cm",
            y=f"{y}cm",
            width="5.3cm",
            zindex=str(i),
            name=f"Maal{i}",
        )
        tb = TextBox(minheight="2.2cm")
        tb.addElement(P(stylename=st["lbl"], text=label))
        tb.addElement(P(stylename=st["goal"], text=f"{code}  {goal}"))
        fr.addElement(tb)
        anchor.addElement(fr)
    doc.text.addElement(anchor)
    doc.text.addElement(P(stylename=st["spacer"], text=""))  # wrap none: text goes below
    blocks(after)
    with tempfile.TemporaryDirectory(prefix="parblind14-odt-") as tmp:
        odt = Path(tmp) / (pdf.stem + ".odt")
        doc.save(str(odt))
        freeze_zip(odt)
        out = soffice_pdf(odt, Path(tmp))
        pdf.write_bytes(out.read_bytes())
    return pdf


@pair
def rustvik_heltid(d: Path) -> dict:
    g = {
        "1.1": "Alle barn og unge skal oppleve mestring og trygghet i barnehage og skole.",
        "1.2": "Unge skal kunne ta utdanning og få seg arbeid i Rustvik.",
        "2.1": "Innbyggerne skal få trygge helse- og omsorgstjenester med kjente ansatte rundt seg.",
        "2.2": "Rustvik kommune skal være en attraktiv arbeidsgiver som beholder og rekrutterer "
        "fagfolk.",
        "3.1": "Rustvik skal ha et næringsliv som skaper flere arbeidsplasser i privat sektor.",
        "3.2": "Nye innbyggere skal bli godt tatt imot og finne seg til rette i Rustvik.",
    }
    area = {"1": "OPPVEKST OG KOMPETANSE", "2": "HELSE OG TJENESTER", "3": "ET LEVENDE SAMFUNN"}
    colour = {"1": "#3d7a5c", "2": "#b2562f", "3": "#3a5d8f"}
    # around the circle, clockwise from the top left: 1.1, 1.2 right, 2.1, 2.2 bottom, 3.1, 3.2 left
    pos = {
        "1.1": (0.0, 0.0),
        "1.2": (11.7, 0.6),
        "2.1": (11.7, 4.9),
        "2.2": (11.7, 9.2),
        "3.1": (0.0, 8.6),
        "3.2": (0.0, 4.3),
    }
    boxes = [(*pos[c], colour[c[0]], area[c[0]], c, t) for c, t in g.items()]
    _odt_wheel(
        d / "parent.pdf",
        title="Kommuneplanens samfunnsdel 2026–2038",
        before=[
            ("meta", "RUSTVIK KOMMUNE"),
            ("title", "Kommuneplanens samfunnsdel 2026–2038"),
            ("meta", "Vedtatt i kommunestyret 11.06.2026, PS 37/26"),
            ("h1", "Målhjulet"),
            (
                "p",
                "Rustvik har 9 800 innbyggere, og andelen over 80 år blir nesten doblet fram mot "
                "2038. Hjulet samler de seks målene for planperioden under tre satsingsområder. "
                "Visjonen står i midten. Tallene foran målene brukes når handlingsdelen og "
                "temaplanene viser hvilke mål de følger opp.",
            ),
        ],
        vision="Raus og robust",
        boxes=boxes,
        after=[
            ("h1", "Slik følges målene opp"),
            (
                "p",
                "Handlingsdelen rulleres hvert år sammen med økonomiplanen. Temaplaner og "
                "handlingsplaner skal oppgi nummeret på målet de bygger på, for eksempel «KP 1.2».",
            ),
        ],
    )

    k = [
        "Flere ansatte i helse og omsorg skal ha hel stilling.",
        "Brukerne skal møte færre ulike ansatte i løpet av en uke.",
        "Alle nyansatte skal oppleve mestring og trygghet de første månedene.",
        "Flere unge skal velge helsefag og få læreplass i kommunen.",
        "Nyansatte som flytter til Rustvik, skal raskt finne seg til rette.",
        "Utgiftene til overtid og ekstravakter skal ned med 20 prosent.",
    ]
    kp = ["KP 2.1, KP 2.2", "KP 2.1", "KP 2.2", "KP 1.2", "KP 3.2", "Økonomiplanen"]
    m = {
        "hel": "Alle ledige stillinger i kommunen lyses ut som hele stillinger",
        "onske": "Ønsketurnus med rett til å øke stillingen ved ledig vakt",
        "lang": "Prøveprosjekt med langvakter i helg ved Rustvik helsetun",
        "team": "Faste team i hjemmetjenesten, høyst åtte ansatte rundt hver bruker",
        "fadder": "Fadderordning og introduksjonsprogram for alle nyansatte",
        "stip": "Stipend til ansatte som tar videreutdanning i fag kommunen mangler",
        "laer": "Læreplasser i helsearbeiderfaget økes fra 4 til 10 i året",
        "sommer": "Sommerjobb for ungdom ved helsetunet",
        "velkomst": "Velkomstpakke med hjelp til bolig, barnehageplass og jobb for partner",
        "pool": "Felles vikarpool i stedet for vikarbyrå",
    }
    rows = [
        (
            k[0],
            kp[0],
            [
                (m["hel"], "Kommunedirektør", "Fra 01.01.2027"),
                (m["onske"], "Enhetsledere helse", "2027"),
            ],
        ),
        (
            k[1],
            kp[1],
            [
                (m["lang"], "Enhetsleder helsetun", "2027–2028"),
                (m["team"], "Enhetsleder hjemmetjenesten", "Høst 2027"),
            ],
        ),
        (
            k[2],
            kp[2],
            [
                (m["fadder"], "Personal og organisasjon", "Vår 2027"),
                (m["stip"], "Personal og organisasjon", "Årlig"),
            ],
        ),
        (
            k[3],
            kp[3],
            [
                (m["laer"], "Personal og organisasjon, opplæringskontoret", "2028"),
                (m["sommer"], "Enhetsleder helsetun", "Hver sommer"),
            ],
        ),
        (k[4], kp[4], [(m["velkomst"], "Personal og organisasjon", "2027")]),
        (k[5], kp[5], [(m["pool"], "Kommunalsjef helse og omsorg", "01.09.2028")]),
    ]
    e = _html.escape
    trs = []
    for i, (goal, code, ms) in enumerate(rows, start=1):
        for j, (mt, who, when) in enumerate(ms):
            cells = ""
            if j == 0:
                span = f" rowspan='{len(ms)}'" if len(ms) > 1 else ""
                cells += f"<td{span} class='dm'><b>{i}</b> {e(goal)}</td>"
            cells += f"<td>{e(mt)}</td><td>{e(who)}</td><td>{e(when)}</td>"
            if j == 0:
                cells += f"<td{span} class='kp'>{e(code)}</td>"
            trs.append(f"<tr>{cells}</tr>")
    body = [
        "<p class='crumb'>Rustvik kommune · Personal og organisasjon · Arkivsak 26/1184</p>",
        "<h1>Handlingsplan for heltidskultur og rekruttering 2027–2030</h1>",
        "<p class='crumb'>Vedtatt i kommunestyret 10.12.2026, PS 88/26</p>",
        "<h2>1 Hvorfor en egen plan</h2>",
        "<p>Fire av fem ansatte i helse og omsorg jobber deltid, og kommunen bruker hvert år over "
        "sju millioner kroner på vikarbyrå. Konkurransen om arbeidskraft med næringslivet i "
        "regionen er hard, og det blir færre i yrkesaktiv alder for hver eldre innbygger. "
        "Planen gjelder alle enheter, men de fleste delmålene er for helse og omsorg, der "
        "utfordringene er størst. Handlingsplanen følger opp kommuneplanens samfunnsdel. Kolonnen «KP-mål» viser "
        "nummeret på målet i målhjulet som delmålet bygger på.</p>",
        "<h2>2 Delmål og tiltak</h2>",
        "<table><thead><tr><th style='width:31%'>Delmål</th><th style='width:34%'>Tiltak</th>"
        "<th style='width:15%'>Ansvar</th><th style='width:10%'>Frist</th>"
        "<th style='width:10%'>KP-mål</th></tr></thead><tbody>",
        *trs,
        "</tbody></table>",
        "<h2>3 Oppfølging</h2>",
        "<p>Partssammensatt arbeidsgruppe for heltidskultur følger planen og rapporterer til "
        "administrasjonsutvalget hvert halvår. Andel hele stillinger og bruk av vikarbyrå "
        "rapporteres i årsmeldingen.</p>",
    ]
    _chromium(
        _page(
            "nb",
            "Handlingsplan for heltidskultur og rekruttering 2027–2030",
            "h1{font-size:17pt;color:#b2562f;margin:6px 0 2px}"
            "h2{font-size:13pt;color:#b2562f;margin:14px 0 4px}"
            "td.dm{background:#f6ebe5}td.kp{font-weight:bold;color:#b2562f}"
            "thead{display:table-header-group}tr{break-inside:avoid}",
            body,
        ),
        d / "child.pdf",
    )

    goals_ = [
        G(
            "1.1",
            g["1.1"],
            "not_followed_up",
            note="the goals are the six text frames of the målhjul, each with the focus area in "
            "small capitals and the code before the goal (the code is no part of the text; the "
            "vision 'Raus og robust' in the drawn circle and the focus area labels are no goals); "
            "ids the codes. Trap: delmål 3 'Alle nyansatte skal oppleve mestring og trygghet' "
            "repeats 'oppleve mestring og trygghet' for new employees (it cites KP 2.2); nothing "
            "for children in barnehage or school",
        ),
        G(
            "1.2",
            g["1.2"],
            "partial",
            [k[3], m["laer"], m["sommer"]],
            ev="Læreplasser i helsearbeiderfaget",
            missing=[
                "utdanning utover lærefag (høyere utdanning, studietilbud)",
                "arbeid i andre bransjer enn helse og omsorg",
            ],
            note="cited 'KP 1.2' by delmål 4: apprenticeships and summer jobs in health care only",
        ),
        G(
            "2.1",
            g["2.1"],
            "followed_up",
            [k[0], k[1], m["hel"], m["onske"], m["lang"], m["team"]],
            ev="Faste team i hjemmetjenesten",
            note="cited 'KP 2.1' by delmål 1 and 2; fewer different staff around each user, "
            "fixed teams and longer shifts are the 'kjente ansatte' of the goal, and the plan "
            "gives them as the means to safe services",
        ),
        G(
            "2.2",
            g["2.2"],
            "followed_up",
            [k[0], k[2], m["hel"], m["onske"], m["fadder"], m["stip"]],
            ev="Alle ledige stillinger i kommunen",
            note="cited 'KP 2.2' by delmål 1 and 3: every vacancy in the municipality as a full "
            "position, an introduction for all new staff and grants for further education in "
            "the subjects the municipality lacks — keeping and recruiting skilled staff. Delmål "
            "1 itself names health and care only; its first measure and delmål 3 are for the "
            "whole municipality",
        ),
        G(
            "3.1",
            g["3.1"],
            "not_followed_up",
            note="trap: the background's 'Konkurransen om arbeidskraft med næringslivet i "
            "regionen' shares 'næringsliv' and the plan is about jobs — in the municipality, "
            "not in the private sector",
        ),
        G(
            "3.2",
            g["3.2"],
            "partial",
            [k[4], m["velkomst"]],
            ev="Velkomstpakke med hjelp til",
            missing=["nye innbyggere som ikke er ansatt i kommunen"],
            note="cited 'KP 3.2' by delmål 5: a welcome package for the municipality's own new "
            "employees only",
        ),
    ]
    kids = [
        C(k[0], ["2.1", "2.2"], note="cites 'KP 2.1, KP 2.2'"),
        C(k[1], ["2.1"]),
        C(
            k[2],
            ["2.2"],
            note="shares 'oppleve mestring og trygghet' with 1.1 (children) but is about new "
            "employees: serves 2.2, as cited",
        ),
        C(k[3], ["1.2"]),
        C(k[4], ["3.2"]),
        C(
            k[5],
            [],
            note="the KP-mål cell names 'Økonomiplanen', another plan: a cost goal that serves "
            "no goal of the samfunnsdel (a reader may see less overtime as a better workplace, "
            "2.2; the plan itself puts it under the budget)",
        ),
    ]
    return dict(
        language="nb",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (odfpy .odt → LibreOffice; samfunnsdel): a 'målhjul', six Writer "
        "text frames around a drawn circle holding the vision, each frame a focus area label "
        "in small capitals over 'n.n  goal'; child PDF (HTML → Chromium; handlingsplan for "
        "heltidskultur og rekruttering): one table 'Delmål | Tiltak | Ansvar | Frist | KP-mål', "
        "the delmål and the code 'KP 2.1' merged over their measure rows, one KP-mål cell "
        "naming the økonomiplan",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 2 Breidal (nn)


@pair
def breidal_oppvekst(d: Path) -> dict:
    g = {
        "B1": "Alle barn og unge skal oppleve trivsel og meistring i barnehagen og på skulen.",
        "B2": "Barn og familiar som treng det, skal få hjelp tidleg og frå fleire tenester saman.",
        "B3": "Innbyggjarane skal ha gode føresetnader for å leve sunne og aktive liv.",
        "B4": "Eldre skal kunne bu trygt heime så lenge dei ønskjer.",
        "B5": "Breidal skal ha eit mangfaldig kultur- og fritidstilbod for alle aldrar.",
        "B6": "Breidal skal ha nok arbeidsplassar og bustader til at fleire vil flytte hit.",
    }
    how = {
        "B1": "Styrkje samarbeidet mellom heim, barnehage og skule\nSatse på kompetanse hos dei "
        "tilsette",
        "B2": "Byggje ut tverrfagleg samarbeid etter BTI-modellen\nGjere helsestasjonen lett "
        "tilgjengeleg",
        "B3": "Leggje til rette for kvardagsaktivitet\nSamarbeide med lag og organisasjonar",
        "B4": "Ta i bruk velferdsteknologi\nByggje fleire tilrettelagde bustader i sentrum",
        "B5": "Vidareutvikle kulturskulen og biblioteket\nStøtte frivillige lag",
        "B6": "Ha ferdig regulerte tomter for bustad og næring\nMarknadsføre Breidal saman med "
        "næringslivet",
    }
    so = {
        "B1": "Oppvekst og læring",
        "B3": "Helse og livskvalitet",
        "B5": "Bygd og samfunn",
    }
    rows = [[so.get(i, ""), t, how[i]] for i, t in g.items()]
    parent = [
        ("meta", "BREIDAL KOMMUNE"),
        ("title", "Kommuneplanen sin samfunnsdel 2027–2039"),
        ("meta", "Vedteken av kommunestyret 15.06.2027, sak 44/27"),
        ("h1", "1 Innleiing"),
        (
            "p",
            "Breidal er ei innlandskommune med 3 600 innbyggjarar. Samfunnsdelen er bygd opp "
            "rundt tre satsingsområde. I tabellen står det kva vi vil oppnå, og korleis vi skal "
            "arbeide for å kome dit.",
        ),
        ("h1", "2 Satsingsområda"),
        ("table", ["Satsingsområde", "Vi vil", "Slik gjer vi det"], rows, [34, 70, 66]),
        ("h1", "3 Oppfølging"),
        (
            "p",
            "Handlingsdelen og temaplanane skal følgje opp det vi vil i tabellen over. "
            "Kommunestyret får ei årleg melding om korleis det går.",
        ),
    ]
    build_pdf(
        parent,
        d / "parent.pdf",
        title="Kommuneplanen sin samfunnsdel 2027–2039",
        author="Breidal kommune",
        header="Breidal kommune – samfunnsdelen 2027–2039",
        lang="nn-NO",
    )

    k = [
        "Elevane skal trivast, kjenne seg trygge og lære meir.",
        "Barnehagen skal vere ein stad der kvart barn blir sett og får leike og lære.",
        "Familiar skal få rett hjelp tidleg, utan å måtte fortelje historia si fleire gonger.",
        "Barn og unge skal vere fysisk aktive minst ein time kvar dag.",
        "Alle barn og unge skal kunne vere med på minst éin fritidsaktivitet.",
        "Barn som flyttar til Breidal, skal få ein god start i barnehage og skule.",
        "Alle skule- og barnehagebygg skal vere universelt utforma innan 2031.",
    ]
    m = {
        "elevs": "Årleg elevundersøking frå 5. trinn, med oppfølging i kvar klasse",
        "mobb": "Felles plan mot mobbing i barnehage og skule",
        "leik": "Meir tid til leik ute, minst to timar kvar dag i barnehagen",
        "bti": "BTI-modellen med stafettlogg i alle tenester for barn",
        "heim": "Heimebesøk frå helsestasjonen til alle familiar med nyfødde",
        "fam": "Familieteam med helsesjukepleiar, PPT og barnevern",
        "aktiv": "Aktiv skuledag: fysisk aktivitet i undervisninga kvar dag",
        "kort": "Fritidskort som dekkjer kontingent i eitt lag for alle barn",
        "velk": "Velkomstsamtale og fadder til nye elevar og barnehagebarn",
        "uu": "Kartlegging og plan for universell utforming av Breidal skule",
    }
    blocks = [
        ("title", "Temaplan for oppvekst 2028–2031"),
        ("meta", "Breidal kommune · Eining for oppvekst · Vedteken av kommunestyret 07.12.2027"),
        ("h1", "1 Kvifor ein oppvekstplan"),
        (
            "p",
            "Planen gjeld barnehagane, skulen, helsestasjonen og PPT. Han byggjer på "
            "samfunnsdelen, men set eigne mål for oppveksten i Breidal.",
        ),
        ("h1", "2 Kva vi veit"),
        (
            "p",
            "Elevundersøkinga viser at dei fleste trivst, men at fire av ti elevar på "
            "ungdomstrinnet kjenner seg stressa. Kvart år flyttar 20–30 barn til kommunen. "
            "Idrettslaget manglar trenarar, og fleire barn sluttar med organisert fritid når dei "
            "blir tenåringar.",
        ),
        ("h1", "3 Mål og tiltak"),
    ]
    acts = [
        ("Mål 1", k[0], ["elevs", "mobb"]),
        ("Mål 2", k[1], ["leik"]),
        ("Mål 3", k[2], ["bti", "heim", "fam"]),
        ("Mål 4", k[3], ["aktiv"]),
        ("Mål 5", k[4], ["kort"]),
        ("Mål 6", k[5], ["velk"]),
        ("Mål 7", k[6], ["uu"]),
    ]
    for lbl, goal, ms in acts:
        blocks += [("band", lbl), ("big", goal), ("b", "Tiltak"), ("bullets", [m[a] for a in ms])]
    blocks += [
        ("h1", "4 Oppfølging"),
        ("p", "Planen blir rullert i 2031. Tiltaka blir prioriterte i budsjettet kvart år."),
    ]
    _reportlab(
        d / "child.pdf",
        blocks,
        title="Temaplan for oppvekst 2028–2031",
        author="Breidal kommune",
        creator="Breidal kommune, Eining for oppvekst",
        accent="#6a4c93",
    )

    goals_ = [
        G(
            "B1",
            g["B1"],
            "followed_up",
            [k[0], k[1], k[5], m["elevs"], m["mobb"], m["leik"], m["velk"]],
            ev="Elevane skal trivast, kjenne seg",
            note="the goals are the 'Vi vil' cells of the one 'Satsingsområde | Vi vil | Slik gjer "
            "vi det' table (the satsingsområde printed only in the first row of its two; the "
            "third column holds strategies, no goals); no numbers, ids B1–B6 in reading order. "
            "The child never names the parent; its pupils who thrive and feel safe and its "
            "barnehage where every child is seen are the goal in other words",
        ),
        G(
            "B2",
            g["B2"],
            "followed_up",
            [k[2], m["bti"], m["heim"], m["fam"]],
            ev="Familiar skal få rett hjelp tidleg",
            note="early help without telling the story again, BTI with stafettlogg and a family "
            "team of three services: early and together",
        ),
        G(
            "B3",
            g["B3"],
            "partial",
            [k[3], m["aktiv"]],
            ev="Barn og unge skal vere fysisk aktive",
            missing=["vaksne og eldre", "sunt kosthald og anna enn fysisk aktivitet"],
            note="an hour of activity a day for children and young people only",
        ),
        G(
            "B4",
            g["B4"],
            "not_followed_up",
            note="trap: 'Heimebesøk frå helsestasjonen til alle familiar med nyfødde' shares "
            "'heime' and serves B2; nothing for the elderly (outside an oppvekst plan's theme, "
            "still not followed up here)",
        ),
        G(
            "B5",
            g["B5"],
            "partial",
            [k[4], m["kort"]],
            ev="Alle barn og unge skal kunne vere",
            missing=["vaksne og eldre", "kulturtilbodet (kulturskule, bibliotek)"],
            note="a leisure pass so every child can join one club: leisure for children only",
        ),
        G(
            "B6",
            g["B6"],
            "not_followed_up",
            note="trap: mål 6 'Barn som flyttar til Breidal, skal få ein god start' and the "
            "background's 20–30 children moving in share 'flytte'; they welcome children who "
            "have come (B1), no jobs or homes",
        ),
    ]
    kids = [
        C(k[0], ["B1"]),
        C(k[1], ["B1"]),
        C(k[2], ["B2"]),
        C(k[3], ["B3"]),
        C(k[4], ["B5"]),
        C(
            k[5],
            ["B1"],
            note="shares 'flytte' with B6 but welcomes children in barnehage and school: B1",
        ),
        C(k[6], [], note="universal design of school buildings; no parent goal, stands alone"),
    ]
    return dict(
        language="nn",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; samfunnsdel): one table "
        "'Satsingsområde | Vi vil | Slik gjer vi det', six rows, the goals in the 'Vi vil' "
        "cells, the focus area in the first of its two rows only, two strategies per row in the "
        "third column; child PDF (reportlab; temaplan for oppvekst): 'MÅL n' bands over a goal "
        "in large bold type and 'Tiltak' bullets, goals paraphrasing the parent, no reference",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 3 Tallmyra (sv)


def _reportlab_op(pdf: Path, story_blocks, *, title, author) -> Path:
    """An översiktsplan as a report system lays it out (reportlab): chapter headings, text,
    italic map captions, and shaded boxes: ("box", heading, [bullets], colour)."""
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
    pdfmetrics.registerFont(TTFont("LSans-Italic", fdir + "LiberationSans-Italic.ttf"))
    acc = colors.HexColor("#1f5f7a")
    ps = dict(
        title=ParagraphStyle("t", fontName="LSans-Bold", fontSize=21, leading=25, textColor=acc),
        meta=ParagraphStyle(
            "m", fontName="LSans", fontSize=8.5, leading=11, textColor=colors.grey, spaceAfter=8
        ),
        h1=ParagraphStyle(
            "h",
            fontName="LSans-Bold",
            fontSize=14,
            leading=18,
            textColor=acc,
            spaceBefore=10,
            spaceAfter=4,
        ),
        p=ParagraphStyle("p", fontName="LSans", fontSize=10, leading=13.5, spaceAfter=5),
        cap=ParagraphStyle(
            "c",
            fontName="LSans-Italic",
            fontSize=8.5,
            leading=11,
            textColor=colors.grey,
            spaceAfter=6,
        ),
        bh=ParagraphStyle("bh", fontName="LSans-Bold", fontSize=10.5, leading=14, spaceAfter=3),
        li=ParagraphStyle(
            "li",
            fontName="LSans",
            fontSize=9.8,
            leading=13,
            leftIndent=10,
            firstLineIndent=-8,
            spaceAfter=2,
        ),
    )
    e = _html.escape
    story = []
    for b in story_blocks:
        kind = b[0]
        if kind in ("title", "meta", "h1", "p", "cap"):
            story.append(Paragraph(e(b[1]), ps[kind]))
        elif kind == "map":  # a grey rectangle standing in for the map
            t = Table(
                [[Paragraph(e(b[1]), ps["cap"])]], colWidths=[170 * mm], rowHeights=[b[2] * mm]
            )
            t.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#dfe6e2")),
                        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ]
                )
            )
            story += [t, Spacer(1, 4)]
        elif kind == "box":
            _, head, items, fill = b
            cell = [Paragraph(e(head), ps["bh"])]
            cell += [Paragraph("•&nbsp;&nbsp;" + e(x), ps["li"]) for x in items]
            t = Table([[cell]], colWidths=[170 * mm])
            t.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(fill)),
                        ("LEFTPADDING", (0, 0), (-1, -1), 8),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                        ("TOPPADDING", (0, 0), (-1, -1), 6),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ]
                )
            )
            story += [t, Spacer(1, 6)]
        else:
            raise ValueError(kind)

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont("LSans", 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(20 * mm, 287 * mm, "Översiktsplan för Tallmyra kommun 2040 · Antagen")
        canvas.drawRightString(190 * mm, 10 * mm, str(doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(pdf),
        pagesize=A4,
        title=title,
        author=author,
        creator="Tallmyra kommun, Samhällsbyggnad",
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=16 * mm,
        invariant=1,
    )
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return pdf


@pair
def tallmyra_cykel(d: Path) -> dict:
    s = {
        "S1": "Ny bebyggelse ska i första hand lokaliseras i tätorterna och i lägen med god "
        "kollektivtrafik.",
        "S2": "Kommunen ska prioritera gående och cyklister i tätorternas planering.",
        "S3": "Gång- och cykelvägnätet ska byggas ut till ett sammanhängande nät inom och mellan "
        "tätorterna.",
        "S4": "Kollektivtrafiken i stråket Tallmyra–Åsby ska utvecklas med täta avgångar.",
        "S5": "Tätortsnära natur och gröna stråk ska bevaras och vara tillgängliga för rekreation.",
        "S6": "Trafiksäkerheten ska öka, särskilt för barn på väg till och från skolan.",
    }
    box = "#e3eef3"
    parent = [
        ("meta", "TALLMYRA KOMMUN"),
        ("title", "Översiktsplan 2040"),
        ("meta", "Antagen av kommunfullmäktige 2026-09-28, § 112. Laga kraft 2026-10-27."),
        ("h1", "1 Så läser du översiktsplanen"),
        (
            "p",
            "Översiktsplanen visar hur mark och vatten ska användas i hela kommunen. Varje "
            "kapitel avslutas med kommunens ställningstaganden. De är vägledande för "
            "detaljplaner, bygglov och kommunens egna program och planer.",
        ),
        ("h1", "4 Bebyggelse och boende"),
        (
            "p",
            "Tallmyra har 14 200 invånare, varav två tredjedelar bor i tätorterna Tallmyra, Åsby "
            "och Lövnäs. Befolkningen väntas öka med 1 500 personer till 2040, och efterfrågan "
            "är störst på mindre lägenheter nära service.",
        ),
        ("map", "Karta 4.1 Utvecklingsområden för bostäder (illustration)", 38),
        ("box", "Ställningstaganden", [s["S1"], s["S2"]], box),
        ("h1", "5 Kommunikationer"),
        (
            "p",
            "Länsväg 291 och järnvägen genom Åsby är kommunens viktigaste förbindelser. Sex av "
            "tio resor under fem kilometer görs i dag med bil. Bussen mellan Tallmyra och Åsby "
            "går en gång i timmen.",
        ),
        ("box", "Ställningstaganden", [s["S3"], s["S4"], s["S6"]], box),
        (
            "box",
            "Riksintressen",
            [
                "Järnvägen Åsby–Storvik är riksintresse för kommunikationer.",
                "Länsväg 291 ingår i det funktionellt prioriterade vägnätet.",
            ],
            "#efefef",
        ),
        ("h1", "6 Natur, vatten och friluftsliv"),
        (
            "p",
            "Norrskogen, Lillån och strandområdena vid Tallsjön används flitigt för promenader, "
            "bad och skidåkning. Flera av de gröna stråken i tätorten är inte planlagda.",
        ),
        ("cap", "Karta 6.2 Gröna stråk i Tallmyra tätort"),
        ("box", "Ställningstaganden", [s["S5"]], box),
        ("h1", "7 Genomförande"),
        (
            "p",
            "Översiktsplanen genomförs genom detaljplaner och genom kommunens program och "
            "planer, bland annat bostadsförsörjningsprogrammet, cykelplanen och grönplanen.",
        ),
    ]
    _reportlab_op(d / "parent.pdf", parent, title="Översiktsplan 2040", author="Tallmyra kommun")

    k = [
        "Andelen resor med cykel i Tallmyra tätort ska öka från 9 till 15 procent till 2032.",
        "Gående och cyklister ska ha företräde i tätorternas centrum.",
        "Det ska finnas ett sammanhängande cykelvägnät inom tätorterna och mellan Tallmyra, Åsby "
        "och Lövnäs.",
        "Alla barn ska kunna gå eller cykla säkert till skolan.",
        "Nya bostadsområden ska ha cykelväg till skola och centrum från första inflyttning.",
        "Det ska vara enkelt att kombinera cykel och buss.",
        "Kommunens anställda ska cykla mer i tjänsten.",
    ]
    m = {
        "fart": "Cykelfartsgator på Storgatan och Järnvägsgatan",
        "plog": "Cykelvägar plogas och sandas före bilvägar",
        "asby": "Ny gång- och cykelväg Tallmyra–Åsby, 6 km",
        "lovnas": "Gång- och cykelväg Tallmyra–Lövnäs längs länsväg 291",
        "lank": "Saknade länkar i tätorten: Kvarngatan och Skolvägen",
        "passage": "Säkra passager med farthinder vid alla skolor",
        "exploat": "Krav på cykelväg i alla exploateringsavtal",
        "garage": "Cykelgarage vid busshållplatserna i stråket Tallmyra–Åsby",
        "tjanst": "Elcyklar på alla kommunala arbetsplatser",
    }
    rows = [
        [m["fart"], "Samhällsbyggnad", "2028", "1, 2"],
        [m["plog"], "Gatuenheten", "Löpande", "1, 2"],
        [m["asby"], "Trafikverket och kommunen", "2029", "3"],
        [m["lovnas"], "Trafikverket och kommunen", "2032", "3"],
        [m["lank"], "Gatuenheten", "2027", "3, 4"],
        [m["passage"], "Gatuenheten", "2028", "4"],
        [m["exploat"], "Mark och exploatering", "Löpande", "5"],
        [m["garage"], "Gatuenheten och Länstrafiken", "2028", "6"],
        [m["tjanst"], "HR-avdelningen", "2027", "7"],
    ]
    child = [
        ("meta", "TALLMYRA KOMMUN · Samhällsbyggnadsförvaltningen"),
        ("title", "Cykelplan 2027–2032"),
        ("meta", "Antagen av kommunstyrelsen 2027-02-14, § 21"),
        ("h1", "1 Syfte"),
        (
            "p",
            "Cykelplanen konkretiserar översiktsplanens ställningstaganden i kapitel 5 "
            "Kommunikationer. Den anger mål för cyklingen och vilka åtgärder kommunen ska "
            "genomföra fram till 2032.",
        ),
        ("h1", "2 Nuläge"),
        (
            "p",
            "Många i Tallmyra cyklar på fritiden i naturen runt tätorten, men få cyklar till "
            "jobbet. Cykelvägnätet har luckor, och föräldrar uppger i enkäten att de skjutsar "
            "barnen till skolan för att vägen inte känns säker.",
        ),
        ("h1", "3 Mål"),
        ("num", k),
        ("h1", "4 Åtgärder"),
        ("table", ["Åtgärd", "Ansvarig", "Klart år", "Mål"], rows, [80, 48, 20, 18]),
        ("h1", "5 Uppföljning"),
        ("p", "Cykelflödena mäts varje höst. Planen följs upp i årsredovisningen."),
    ]
    _build_pdf_numbered(
        child,
        d / "child.pdf",
        title="Cykelplan 2027–2032",
        author="Tallmyra kommun",
        header="Tallmyra kommun – Cykelplan 2027–2032",
        lang="sv-SE",
    )

    goals_ = [
        G(
            "S1",
            s["S1"],
            "not_followed_up",
            note="the goals are the bullets of the shaded 'Ställningstaganden' boxes at the end "
            "of the chapters (the chapter text, the map captions and the 'Riksintressen' box "
            "are no goals); no numbers, ids S1–S6 in reading order. Trap: mål 5 'Nya "
            "bostadsområden ska ha cykelväg …' shares 'bostad/bebyggelse' but gives new areas a "
            "cycle path (S3), it does not steer where they are built",
        ),
        G(
            "S2",
            s["S2"],
            "followed_up",
            [k[0], k[1], m["fart"], m["plog"]],
            ev="Gående och cyklister ska ha företräde",
            note="priority in the town centres, cycle streets and winter maintenance before "
            "roads: the position made concrete",
        ),
        G(
            "S3",
            s["S3"],
            "followed_up",
            [k[2], k[4], m["asby"], m["lovnas"], m["lank"], m["exploat"]],
            ev="Det ska finnas ett sammanhängande",
            note="missing links inside the town and paths to both other tätorter (Åsby, Lövnäs): "
            "within and between",
        ),
        G(
            "S4",
            s["S4"],
            "partial",
            [k[5], m["garage"]],
            ev="Det ska vara enkelt att kombinera",
            missing=["tätare avgångar"],
            note="bike shelters at the bus stops make the bus easier to reach; the buses "
            "themselves (once an hour) are not developed",
        ),
        G(
            "S5",
            s["S5"],
            "not_followed_up",
            note="trap: the background's 'cyklar på fritiden i naturen runt tätorten' shares "
            "'natur'; nothing protects the green corridors or opens them for recreation. The "
            "parent leaves it to the grönplan",
        ),
        G(
            "S6",
            s["S6"],
            "followed_up",
            [k[3], m["lank"], m["passage"]],
            ev="Alla barn ska kunna gå eller cykla",
            note="safe routes to school with missing links and safe crossings at every school; "
            "'trafiksäkerheten' beyond children is carried by the cycle network (read as the "
            "goal's emphasis, 'särskilt för barn')",
        ),
    ]
    kids = [
        C(k[0], ["S2"], note="a target for the share of trips by bike: what S2's priority is for"),
        C(k[1], ["S2"]),
        C(k[2], ["S3"]),
        C(k[3], ["S6"]),
        C(k[4], ["S3"], note="shares 'bostadsområden' with S1 but serves the network (S3)"),
        C(k[5], ["S4"]),
        C(k[6], [], note="staff cycling in their work; no position of the ÖP, stands alone"),
    ]
    return dict(
        language="sv",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (reportlab; översiktsplan): chapters of text with map captions, "
        "each ending in a shaded 'Ställningstaganden' box of bullets (the goals: 2 / 3 / 1), "
        "and a grey 'Riksintressen' box of bullets that are no goals; child PDF (python-docx → "
        "LibreOffice; cykelplan): seven Word-numbered goals under 'Mål', a table 'Åtgärd | "
        "Ansvarig | Klart år | Mål' citing the plan's own goal numbers; the ÖP named only as "
        "'kapitel 5 Kommunikationer'",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 4 Sølvkær (da)


@pair
def solvkaer_midtby(d: Path) -> dict:
    g = {
        "D1": "Midtbyen skal være kommunens levende samlingssted med handel, kultur og boliger.",
        "D2": "Landsbyerne skal have gode rammer for fællesskab og lokale initiativer.",
        "D3": "Det skal være let og trygt at cykle og gå i hele kommunen.",
        "D4": "Nye boliger skal først og fremmest bygges i de eksisterende byer, så det åbne "
        "land bevares.",
        "D5": "Der skal være attraktive erhvervsarealer ved motorvejen til virksomheder, der "
        "skaber arbejdspladser.",
        "D6": "Børn og unge skal have gode steder at mødes i deres fritid.",
    }
    parent = [
        ("meta", "SØLVKÆR KOMMUNE"),
        ("title", "Kommuneplan 2025–2037 · Hovedstruktur"),
        ("meta", "Vedtaget af byrådet den 24. september 2025"),
        ("h1", "Indledning"),
        (
            "p",
            "Hovedstrukturen fortæller, hvordan byrådet vil udvikle Sølvkær de næste tolv år. "
            "Målsætningerne er nummereret og står med fed skrift i teksten. Retningslinjerne "
            "bagerst i kommuneplanen er bindende for lokalplanlægningen.",
        ),
        ("h1", "By og land"),
        (
            "p",
            "Sølvkær har 31.400 indbyggere. Halvdelen bor i Sølvkær by, resten i Hvidbjerg, "
            "Tange og 14 landsbyer. Mange butikker i midtbyen står tomme, efter at storcentret "
            "ved motorvejen åbnede.",
        ),
        ("p", f"**Målsætning 1. {g['D1']}**"),
        (
            "p",
            "Byrådet vil samle handel, kulturinstitutioner og nye boliger i midtbyen og gøre "
            "byrummene bedre at opholde sig i.",
        ),
        (
            "p",
            "**Retningslinje 1.1 Butikker over 1.200 m² må kun placeres i bymidteafgrænsningen.**",
        ),
        (
            "p",
            "I landsbyerne er det forsamlingshusene, friskolerne og borgerforeningerne, der "
            "holder liv i fællesskabet.",
        ),
        ("p", f"**Målsætning 2. {g['D2']}**"),
        ("h1", "Mobilitet"),
        (
            "p",
            "Afstandene i kommunen er korte, men bilen er det foretrukne transportmiddel. "
            f"**Målsætning 3. {g['D3']}** Det kræver sammenhængende stier og sikre krydsninger, "
            "også på landet.",
        ),
        ("h1", "Boliger og erhverv"),
        (
            "p",
            "Byrådet vil have flere boliger uden at bruge mere landbrugsjord end nødvendigt.",
        ),
        ("p", f"**Målsætning 4. {g['D4']}**"),
        ("p", f"**Målsætning 5. {g['D5']}**"),
        (
            "p",
            "Der er i dag 18 ha ledigt erhvervsareal ved afkørsel 41, men kun få grunde er "
            "byggemodnede.",
        ),
        ("h1", "Fritid og fællesskab"),
        (
            "p",
            "Unge i Sølvkær efterlyser steder at være, som ikke kræver medlemskab. "
            f"**Målsætning 6. {g['D6']}**",
        ),
        ("h1", "Opfølgning"),
        (
            "p",
            "Målsætningerne følges op i byrådets politikker og handleplaner. Handleplanerne skal "
            "henvise til målsætningernes numre.",
        ),
    ]
    _build_pdf_numbered(
        parent,
        d / "parent.pdf",
        title="Kommuneplan 2025–2037 · Hovedstruktur",
        author="Sølvkær Kommune",
        header="Sølvkær Kommune – Kommuneplan 2025–2037",
        lang="da-DK",
    )

    k = [
        "Flere skal bruge midtbyen til handel, kultur og ophold – også om aftenen.",
        "Der skal bo 600 flere borgere i midtbyen i 2035.",
        "Det skal være nemt at komme til midtbyen på cykel og til fods.",
        "Unge skal have et sted i midtbyen, som de selv er med til at skabe.",
        "Flere butikker og caféer i midtbyen skal skabe liv og arbejdspladser.",
        "Midtbyens gamle bygninger skal bevares og tages i brug.",
    ]
    ref = [
        "(jf. målsætning 1)",
        "(jf. målsætning 1 og 4)",
        "(jf. målsætning 3)",
        "(jf. målsætning 6)",
        "(jf. målsætning 5)",
        "",
    ]
    m = {
        "pulje": "Pulje til lokale initiativer og events i midtbyen, 250.000 kr. årligt",
        "lys": "Belysning, bænke og beplantning på Torvet og i Algade",
        "havn": "Lokalplan for 300 boliger på de tidligere havnegrunde",
        "sti": "Ny sti langs åen fra stationen til Torvet",
        "pkr": "200 overdækkede cykelparkeringer ved Torvet og stationen",
        "unge": "Ungehus i den gamle biograf, indrettet sammen med Ungerådet",
        "leg": "Legeplads med vandleg på Torvet",
        "butik": "Tomme butikker formidles til iværksættere med et års lav husleje",
        "facade": "Facadepulje til bevaringsværdige bygninger i Algade",
    }
    areas = [
        (
            "Et levende centrum",
            [(k[0], ref[0]), (k[1], ref[1])],
            [
                (m["pulje"], "Centerforeningen og Kultur og Fritid", "2026–2029"),
                (m["lys"], "Park og Vej", "2027"),
                (m["havn"], "Plan og Byg", "2026"),
            ],
        ),
        (
            "Let at komme til",
            [(k[2], ref[2])],
            [(m["sti"], "Park og Vej", "2028"), (m["pkr"], "Park og Vej", "2027")],
        ),
        (
            "Plads til unge",
            [(k[3], ref[3])],
            [(m["unge"], "Kultur og Fritid", "2027"), (m["leg"], "Park og Vej", "2028")],
        ),
        ("Handel og byliv", [(k[4], ref[4])], [(m["butik"], "Erhvervsservice", "Løbende")]),
        ("Byens huse", [(k[5], ref[5])], [(m["facade"], "Plan og Byg", "2026–2029")]),
    ]
    e = _html.escape
    body = [
        "<p class='crumb'>solvkaer.dk › Politik › Planer › Handleplan for midtbyen</p>",
        "<h1>Handleplan for en levende midtby 2026–2029</h1>",
        "<p class='crumb'>Sølvkær Kommune · Godkendt af byrådet den 28. januar 2026</p>",
        "<h2>Baggrund</h2>",
        "<p>Handleplanen udmønter kommuneplanens hovedstruktur for midtbyen. Efter hvert mål "
        "står den målsætning i kommuneplanen, som målet bygger på. Planen er lavet sammen med "
        "Centerforeningen, Ungerådet og grundejerne i Algade.</p>",
    ]
    for i, (head, goals, acts) in enumerate(areas, start=1):
        body.append(f"<h3><span class='no'>{i}</span> {e(head)}</h3>")
        for t, r in goals:
            tail = f" <span class='ref'>{e(r)}</span>" if r else ""
            body.append(f"<p class='goal'><span class='lbl'>Mål:</span> {e(t)}{tail}</p>")
        body.append("<table><tr><th>Indsats</th><th>Ansvarlig</th><th>Hvornår</th></tr>")
        body += [f"<tr><td>{e(a)}</td><td>{e(w)}</td><td>{e(n)}</td></tr>" for a, w, n in acts]
        body.append("</table>")
    body += [
        "<h2>Opfølgning</h2>",
        "<p>Byrådet får en status hvert forår. Tallet på tomme butikker og besøgende på Torvet "
        "tælles to gange om året.</p>",
    ]
    _chromium(
        _page(
            "da",
            "Handleplan for en levende midtby 2026–2029",
            "h1{font-size:19pt;color:#8c2f39;margin:6px 0 2px}"
            "h2{font-size:13pt;color:#8c2f39;margin:12px 0 4px}"
            "h3{font-size:11.5pt;margin:12px 0 3px;border-bottom:1.5px solid #8c2f39}"
            "h3 .no{display:inline-block;background:#8c2f39;color:#fff;border-radius:50%;"
            "width:18px;text-align:center;margin-right:4px}"
            ".goal{margin:3px 0 4px}.goal .lbl{font-weight:bold}"
            ".ref{color:#666;font-size:9pt}",
            body,
        ),
        d / "child.pdf",
    )

    goals_ = [
        G(
            "D1",
            g["D1"],
            "followed_up",
            [k[0], k[1], k[4], m["pulje"], m["lys"], m["havn"], m["butik"]],
            ev="Flere skal bruge midtbyen til handel",
            note="the goals are the bold 'Målsætning n. …' paragraphs or sentences inside the "
            "running text (two of them mid-paragraph, between plain sentences); the bold "
            "'Retningslinje 1.1 …' is a binding rule, no goal; 'Målsætning n.' is no part of the "
            "text, ids D1–D6 after the numbers. Trade, culture and evenings, 600 more residents "
            "and empty shops filled: the whole goal",
        ),
        G(
            "D2",
            g["D2"],
            "not_followed_up",
            note="trap: 'Pulje til lokale initiativer og events i midtbyen' shares 'lokale "
            "initiativer' and serves D1; nothing for the villages",
        ),
        G(
            "D3",
            g["D3"],
            "partial",
            [k[2], m["sti"], m["pkr"]],
            ev="Det skal være nemt at komme til midtbyen",
            missing=[
                "resten af kommunen (landsbyerne, Hvidbjerg og Tange)",
                "trafiksikkerhed (sikre krydsninger)",
            ],
            note="a path and bike parking into the town centre; the goal is for the whole "
            "municipality",
        ),
        G(
            "D4",
            g["D4"],
            "partial",
            [k[1], m["havn"]],
            ev="Der skal bo 600 flere borgere",
            missing=["de øvrige byer (Hvidbjerg, Tange)", "bevarelse af det åbne land"],
            note="300 homes on the old harbour sites fit the principle for the midtby only; no "
            "steering of other new housing",
        ),
        G(
            "D5",
            g["D5"],
            "not_followed_up",
            note="trap: the goal 'Flere butikker og caféer i midtbyen skal skabe liv og "
            "arbejdspladser' cites '(jf. målsætning 5)' and shares 'arbejdspladser', but it "
            "brings shops into the town centre (D1); no business land by the motorway",
        ),
        G(
            "D6",
            g["D6"],
            "followed_up",
            [k[3], m["unge"], m["leg"]],
            ev="Unge skal have et sted i midtbyen",
            note="a youth house made with the young and a playground on the square: places to "
            "meet for both children and young people",
        ),
    ]
    kids = [
        C(k[0], ["D1"]),
        C(k[1], ["D1", "D4"], note="cites 'målsætning 1 og 4'"),
        C(k[2], ["D3"]),
        C(k[3], ["D6"]),
        C(
            k[4],
            ["D1"],
            note="cites '(jf. målsætning 5)' (business land by the motorway) but serves trade in "
            "the town centre, D1",
        ),
        C(
            k[5],
            [],
            note="no reference; old buildings — no heritage goal in the parent, stands alone",
        ),
    ]
    return dict(
        language="da",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; kommuneplan, hovedstruktur): running "
        "text under theme headings with the goals as bold 'Målsætning n. …' paragraphs, two of "
        "them as bold sentences inside a plain paragraph, and one bold 'Retningslinje 1.1 …' "
        "(a rule, no goal); child PDF (HTML → Chromium; handleplan for midtbyen): numbered "
        "headings, each over 'Mål: …' lines ending '(jf. målsætning n)' and an 'Indsats | "
        "Ansvarlig | Hvornår' table",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== 5 Marlcote (en)


@pair
def marlcote_digital(d: Path) -> dict:
    # (label, short name, big figure, rest of the sentence)
    tiles = [
        (
            "Ambition 1",
            "A home for everyone",
            "2,000",
            "new homes by 2030, at least 500 of them affordable",
        ),
        (
            "Ambition 2",
            "Confident online",
            "95%",
            "of residents confident using the internet by 2030",
        ),
        (
            "Ambition 3",
            "Connected district",
            "100%",
            "of homes and businesses able to get gigabit broadband",
        ),
        (
            "Ambition 4",
            "Net zero",
            "Net zero",
            "carbon emissions from council buildings and vehicles by 2030",
        ),
        (
            "Ambition 5",
            "Services that work",
            "9 in 10",
            "residents find council services easy to use",
        ),
        ("Ambition 6", "Good work", "1,000", "more residents in good, secure jobs"),
    ]
    g = {f"E{i}": f"{big} {rest}" for i, (_, _, big, rest) in enumerate(tiles, start=1)}
    name = {f"E{i}": t[1] for i, t in enumerate(tiles, start=1)}
    e = _html.escape
    tile_html = "".join(
        f"<div class='tile'><div class='lab'>{e(lab)} · {e(short)}</div>"
        f"<div class='big'>{e(big)}</div><div class='rest'>{e(rest)}</div></div>"
        for lab, short, big, rest in tiles
    )
    pbody = [
        "<p class='crumb'>marlcote.gov.uk › Your council › Plans and policies › Corporate Plan</p>",
        "<h1>Corporate Plan 2026–2030</h1>",
        "<p class='crumb'>Marlcote District Council · Adopted by Full Council on 21 May 2026</p>",
        "<p class='lead'>Our district is changing: more people are moving here, more of our "
        "services are online, and the cost of living has hit many households hard. This plan "
        "sets six ambitions for the next four years.</p>",
        "<h2>Our ambitions</h2>",
        f"<div class='grid'>{tile_html}</div>",
        "<h2>How we will deliver</h2>",
        "<p>Each service plan and strategy shows which ambition it contributes to, using the "
        "short names above. Progress is reported to Cabinet twice a year.</p>",
        "<p class='foot'>In 2025 we answered 212,000 calls and 41% of transactions were made "
        "online.</p>",
    ]
    _chromium(
        _page(
            "en-GB",
            "Corporate Plan 2026–2030",
            "h1{font-size:22pt;color:#24405e;margin:6px 0 2px}"
            "h2{font-size:14pt;color:#24405e;margin:14px 0 6px}"
            ".lead{font-size:11.5pt}"
            ".grid{display:grid;grid-template-columns:1fr 1fr 1fr;gap:10px}"
            ".tile{background:#24405e;color:#fff;padding:10px 12px;border-radius:6px;"
            "min-height:120px}"
            ".tile .lab{font-size:8pt;text-transform:uppercase;letter-spacing:1px;"
            "color:#bcd2e8}"
            ".tile .big{font-size:30pt;font-weight:bold;line-height:1.15;margin:4px 0}"
            ".tile .rest{font-size:10.5pt}"
            ".foot{font-size:9pt;color:#555}",
            pbody,
        ),
        d / "parent.pdf",
    )

    k = [
        "Every resident who wants to get online has someone to help them learn.",
        "No one goes without a device or data because they cannot afford it.",
        "Residents know how to protect themselves from scams online.",
        "Free public wifi in every library, community centre and council housing block.",
        "No resident is shut out of council services because they are not online.",
        "Jobseekers have the digital skills employers ask for.",
        "Marlcote holds the Digital Inclusion Charter mark by 2027.",
    ]
    tag = [name["E2"], name["E2"], name["E2"], name["E3"], name["E5"], name["E6"], ""]
    m = {
        "champ": "Train 60 Digital Champions in libraries and community centres",
        "drop": "Weekly drop-in help sessions in all five libraries",
        "lend": "Lend laptops and tablets with six months' free data through the libraries",
        "bank": "Join the National Databank and hand out free SIM cards",
        "scam": "Scam awareness sessions with Trading Standards and the police",
        "wifi": "Install free wifi in the 14 council housing blocks and 9 community centres",
        "phone": "Keep a phone line and face-to-face help for every council service",
        "forms": "Rewrite the 20 most used online forms with residents who find them hard",
        "job": "Digital skills course for jobseekers with the Jobcentre",
        "charter": "Apply for the Digital Inclusion Charter mark",
    }
    acts = [
        [m["champ"], "Libraries and Customer Services", "March 2027"],
        [m["drop"], "Libraries", "From September 2026"],
        [m["lend"], "Libraries", "2026–2028"],
        [m["bank"], "Customer Services", "December 2026"],
        [m["scam"], "Community Safety", "Every quarter"],
        [m["wifi"], "Housing Services", "2028"],
        [m["phone"], "Customer Services", "Ongoing"],
        [m["forms"], "Digital Team", "2027"],
        [m["job"], "Economic Development", "April 2027"],
        [m["charter"], "Digital Team", "2027"],
    ]
    blocks = [
        ("title", "Digital Inclusion Action Plan 2026–2029"),
        ("meta", "Marlcote District Council · Approved by Cabinet on 15 October 2026"),
        ("h1", "Why this plan"),
        (
            "p",
            "One in eight adults in Marlcote has never used the internet, and many more cannot "
            "afford a decent connection. As more of our services move online, we must make sure "
            "no one is left behind. Each outcome below is tagged with the Corporate Plan "
            "ambition it supports.",
        ),
        ("h1", "Our outcomes"),
    ]
    for i, (t, a) in enumerate(zip(k, tag, strict=True), start=1):
        blocks += [("b", f"Outcome {i}"), ("p", t), ("meta", f"Corporate ambition: {a or '–'}")]
    blocks += [
        ("h1", "Actions"),
        ("table", ["Action", "Lead", "By when"], acts, [95, 45, 30]),
        ("h1", "Monitoring"),
        ("p", "The Digital Inclusion Partnership reviews progress every six months."),
    ]
    _reportlab(
        d / "child.pdf",
        blocks,
        title="Digital Inclusion Action Plan 2026–2029",
        author="Marlcote District Council",
        creator="Marlcote District Council, Digital Team",
        accent="#24405e",
    )

    goals_ = [
        G(
            "E1",
            g["E1"],
            "not_followed_up",
            note="the goals are the six 'Our ambitions' tiles: a small label 'Ambition n · "
            "short name', a large figure and the rest of the sentence; the goal is the figure "
            "and the sentence read together ('2,000 new homes by 2030 …'), without the label; "
            "ids E1–E6 after the labels. Trap: outcome 4's 'council housing block' (wifi) shares "
            "'housing' and serves E3; no homes are built",
        ),
        G(
            "E2",
            g["E2"],
            "followed_up",
            [k[0], k[1], k[2], m["champ"], m["drop"], m["lend"], m["bank"], m["scam"]],
            ev="Every resident who wants to get online",
            note="tagged 'Confident online' by outcomes 1–3: help to learn, devices and data, "
            "safety from scams — the plan's core",
        ),
        G(
            "E3",
            g["E3"],
            "partial",
            [k[3], m["wifi"]],
            ev="Free public wifi in every library",
            missing=["gigabit broadband to homes and businesses"],
            note="tagged 'Connected district' by outcome 4: free wifi in public buildings and "
            "council blocks, not broadband to every home and business",
        ),
        G(
            "E4",
            g["E4"],
            "not_followed_up",
            note="no outcome or action touches council emissions; the tile's big text 'Net zero' "
            "is a phrase, not a figure",
        ),
        G(
            "E5",
            g["E5"],
            "followed_up",
            [k[4], m["phone"], m["forms"]],
            ev="No resident is shut out of council",
            note="tagged 'Services that work' by outcome 5: phone and face-to-face help kept, "
            "the most used forms rewritten with residents — services easy to use online or not",
        ),
        G(
            "E6",
            g["E6"],
            "partial",
            [k[5], m["job"]],
            ev="Jobseekers have the digital skills",
            missing=["more jobs (job creation)", "secure, good-quality work"],
            note="tagged 'Good work' by outcome 6: digital skills for jobseekers only",
        ),
    ]
    kids = [
        C(k[0], ["E2"]),
        C(k[1], ["E2"]),
        C(k[2], ["E2"]),
        C(k[3], ["E3"], note="shares 'housing' with E1 but is about connection: E3, as tagged"),
        C(k[4], ["E5"]),
        C(k[5], ["E6"]),
        C(k[6], [], note="tag '–': an accreditation for the council; stands alone"),
    ]
    return dict(
        language="en",
        parent="parent.pdf",
        child="child.pdf",
        producer="parent PDF (HTML → Chromium; corporate plan): 'Our ambitions' as six tiles in a "
        "3 × 2 grid, each a small uppercase label 'Ambition n · short name', a large figure "
        "('2,000', '95%', 'Net zero') and the rest of the sentence; child PDF (reportlab; "
        "digital inclusion action plan): 'Outcome n' bold lines over the outcome and a grey "
        "'Corporate ambition: short name' line, then an 'Action | Lead | By when' table",
        goals=goals_,
        kids=kids,
    )


# =========================================================================== main


def _stream_pages(pdf: Path) -> list[str]:
    """The text of each page in the PDF's own order (pypdfium2): a table cell or a text frame
    whose lines wrap stays together, where pdfplumber's line order interleaves neighbours."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


def _where(plumber: list[str], stream: list[str], text: str) -> int:
    """Page of TEXT: its opening words in pdfplumber's text (find_page), else the whole text in
    the PDF's own text order."""
    try:
        return find_page(plumber, text)
    except LookupError:
        return page_of(stream, text)


def _printed(plumber: list[str], stream: list[str], text: str, where: str) -> None:
    try:
        page_of(stream, text)
    except LookupError:
        _check_printed(plumber, text, where)


def main(argv: list[str]) -> None:
    """Batch 13's gold writer and checks (corpora/parents-blind13/make_pairs.py `main`), with
    this folder in the header and a text that wraps in a cell or frame looked up in the PDF's
    own text order as well."""
    for name in argv or list(PAIRS):
        d = HERE / name
        d.mkdir(exist_ok=True)
        info = PAIRS[name](d)
        ppages = rendered_pages(d / info["parent"])
        cpages = rendered_pages(d / info["child"])
        pstream = _stream_pages(d / info["parent"])
        cstream = _stream_pages(d / info["child"])
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
            _printed(ppages, pstream, g["text"], "parent")
            e = {
                "id": g["id"],
                "text": g["text"],
                "page": _where(ppages, pstream, g["text"]),
                "status": g["status"],
                "served_by": g["served_by"],
            }
            for s in g["served_by"]:
                _where(cpages, cstream, s)
                _printed(cpages, cstream, s, "child")
            if g["status"] == "partial":
                e["missing"] = g["missing"]
            e["evidence"] = (
                {"page": _where(cpages, cstream, g["ev"]), "quote": g["ev"]} if g["ev"] else None
            )
            if g["note"]:
                e["note"] = g["note"]
            out_goals.append(e)
        out_kids = []
        for k in info["kids"]:
            e = {
                "text": k["text"],
                "page": _where(cpages, cstream, k["text"]),
                "serves": k["serves"],
            }
            if k["note"]:
                e["note"] = k["note"]
            out_kids.append(e)
        header = (
            f"# Blind rød-tråd gold for the {name} pair ({info['language']}): rebuilt by "
            "corpora/parents-blind14/make_pairs.py.\n"
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
