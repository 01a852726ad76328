"""Build the eighteenth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written on 2026-12-06 by `bpar18` without reading plancheck's code, tests or bench, and without
running it. Five parents and children in forms the earlier batches did not use:

- Kjeldvik (nb): a samfunnsdel whose goals are drawn as a **wheel** on page 1 (reportlab canvas:
  six coloured wedges with the theme names in the ring, the vision in the hub, six goal boxes
  placed around the circle); page 2 is running text that repeats no goal. The child, a
  **handlingsdel med økonomiplan** (python-docx → LibreOffice), has 'Mål for perioden' bullets
  per tjenesteområde and one `Nr. | Tiltak | Kommuneplanmål | 2027 … 2030` table (amounts in
  1000 kr) whose 'Kommuneplanmål' column cites the wheel's theme NAMES — one of them wrongly.
- Fjordvang / Heggdal (nn): a fylkeskommune's **regional plan for folkehelse og levekår**
  (python-docx → LibreOffice) with 'Regionale mål' and 'Strategiar' bullets per innsatsområde
  (the strategiar are no goals); the child, Heggdal kommune's **plan for barn og familiar med låg
  inntekt** (Chromium), never names the regional plan.
- Västermark / Lövsjö (sv): a **regional utvecklingsstrategi** (Chromium) with 'Prioriteringar'
  cards and 'Mål 2030' goals each followed by an indicator row (indicators are no goals); the
  child, Lövsjö kommun's **näringslivsprogram** (reportlab), 'Mål n' in a label column.
- Ravnsholt (da): a **planstrategi** (python-docx → LibreOffice) whose goals are the
  'Byrådet vil …' ambitions; a 'Byrådet vil revidere …' sentence about the plan process is no
  goal. The child is the kommuneplan's chapter **'Det åbne land – Retningslinjer og mål'**
  (reportlab): 'Mål' bullets (the goals) and numbered retningslinjer (binding rules, no goals).
- Kinbrae (en, Scotland): a **Local Outcomes Improvement Plan** (Chromium) with 'Outcome n'
  statements and 'Priorities' bullets; the child, the **Glenmorran and Eastfield Locality Plan**
  (reportlab), cites the outcomes by number in a right-hand **margin column** ('LOIP 3, 5').

    python corpora/parents-blind18/make_pairs.py                  # all pairs
    python corpora/parents-blind18/make_pairs.py kjeldvik-handlingsdel

Imports the seventeenth batch's builder (corpora/parents-blind17/make_pairs.py: `_rl`, and
through it batch 14's `G`, `C`, the Chromium print, `_page`, `build_pdf`, `_build_pdf_numbered`,
`main`) and corpora/scripts/blindkit.py (reportlab fonts). New here: `_wheel` (the samfunnsdel
wheel, reportlab canvas) and `_rl_margin` (a report with a right-hand reference column).
"""

from __future__ import annotations

import html as _html
import importlib.util
import math
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))
sys.path.insert(0, str(HERE.parent / "mandates-blind"))

import blindkit as bk  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_p17 = _load("parents_blind17_make_pairs", HERE.parent / "parents-blind17" / "make_pairs.py")
_p14 = _p17._p14
G, C = _p17.G, _p17.C
_chromium, _page, _rl = _p17._chromium, _p17._page, _p17._rl
build_pdf, _build_pdf_numbered = _p17.build_pdf, _p17._build_pdf_numbered

PAIRS: dict[str, Callable[[Path], dict]] = {}
e = _html.escape


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


# =========================================================================== writers


def _wheel(pdf: Path, *, title, meta, vision, lead, segments, page2, header, author) -> Path:
    """A samfunnsdel whose page 1 is an infographic drawn on the reportlab canvas: title, a lead
    paragraph, a ring of coloured wedges (clockwise from the top) with the theme NAME in each
    wedge, the vision in the white hub, and beside each wedge a box (coloured left bar) with the
    goal sentence. SEGMENTS: (theme, colour, goal). PAGE2: ("h1"|"p", text) blocks, flowed in a
    frame. A running header and 'Side n av m' on both pages. Pinned (invariant)."""
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Frame, Paragraph

    f = bk.reportlab_fonts("RLW")
    c = Canvas(str(pdf), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Kjeldvik kommune, plan og utvikling")
    W, _H = A4
    pst = dict(
        title=ParagraphStyle("t", fontName=f["bold"], fontSize=21, leading=25,
                             textColor=colors.HexColor("#1d3f5e")),
        meta=ParagraphStyle("m", fontName=f["normal"], fontSize=8.5, leading=11,
                            textColor=colors.grey),
        lead=ParagraphStyle("l", fontName=f["normal"], fontSize=10, leading=13.5),
        goal=ParagraphStyle("g", fontName=f["normal"], fontSize=9.6, leading=12.2),
        hub=ParagraphStyle("h", fontName=f["bold"], fontSize=8.6, leading=10.5, alignment=1,
                           textColor=colors.HexColor("#1d3f5e")),
        h1=ParagraphStyle("h1", fontName=f["bold"], fontSize=13.5, leading=17, spaceBefore=8,
                          spaceAfter=4, textColor=colors.HexColor("#1d3f5e")),
        p=ParagraphStyle("p", fontName=f["normal"], fontSize=10, leading=13.5, spaceAfter=6),
    )

    def furniture(n, m):
        c.saveState()
        c.setFont(f["normal"], 8)
        c.setFillColor(colors.grey)
        c.drawString(20 * mm, 287 * mm, header)
        c.drawRightString(190 * mm, 10 * mm, f"Side {n} av {m}")
        c.restoreState()

    def para(text, style, x, ytop, w):
        p = Paragraph(e(text), pst[style])
        _, h = p.wrapOn(c, w, 400 * mm)
        p.drawOn(c, x, ytop - h)
        return h

    # page 1
    furniture(1, 2)
    y = 276 * mm
    y -= para(meta, "meta", 20 * mm, y, 170 * mm) + 2 * mm
    y -= para(title, "title", 20 * mm, y, 170 * mm) + 3 * mm
    para(lead, "lead", 20 * mm, y, 170 * mm)
    cx, cy, r_out, r_in = 105 * mm, 138 * mm, 41 * mm, 20 * mm
    n = len(segments)
    step = 360.0 / n
    box_w, box_h = 54 * mm, 31 * mm
    for i, (_theme, colour, _goal) in enumerate(segments):
        mid = 90.0 - i * step
        c.setFillColor(colors.HexColor(colour))
        c.setStrokeColor(colors.white)
        c.setLineWidth(2)
        c.wedge(cx - r_out, cy - r_out, cx + r_out, cy + r_out, mid - step / 2, step,
                stroke=1, fill=1)
    c.setFillColor(colors.white)
    c.circle(cx, cy, r_in, stroke=0, fill=1)
    for i, (theme, colour, goal) in enumerate(segments):
        mid = math.radians(90.0 - i * step)
        rr = (r_in + r_out) / 2
        c.setFillColor(colors.white)
        c.setFont(f["bold"], 8.8)
        c.drawCentredString(cx + rr * math.cos(mid), cy + rr * math.sin(mid) - 3, theme.upper())
        # the goal box beside the wedge
        bx = cx + (r_out + 36 * mm) * math.cos(mid) - box_w / 2
        by = cy + (r_out + 22 * mm) * math.sin(mid) - box_h / 2
        bx = min(max(bx, 14 * mm), W - 14 * mm - box_w)
        c.setFillColor(colors.HexColor("#f3f5f7"))
        c.rect(bx, by, box_w, box_h, stroke=0, fill=1)
        c.setFillColor(colors.HexColor(colour))
        c.rect(bx, by, 2.2 * mm, box_h, stroke=0, fill=1)
        para(goal, "goal", bx + 4.5 * mm, by + box_h - 3 * mm, box_w - 7 * mm)
    hub = Paragraph(e(vision), pst["hub"])
    _, hh = hub.wrapOn(c, 2 * r_in - 8 * mm, 60 * mm)
    hub.drawOn(c, cx - r_in + 4 * mm, cy + hh / 2 - 2)
    c.setFont(f["normal"], 8)
    c.setFillColor(colors.grey)
    c.drawString(20 * mm, 40 * mm, "Figur 1: Kommuneplanhjulet. Temaene i ringen, målene i boksene.")
    c.showPage()
    # page 2
    furniture(2, 2)
    story = [Paragraph(e(t), pst[k]) for k, t in page2]
    Frame(20 * mm, 18 * mm, 170 * mm, 262 * mm, showBoundary=0).addFromList(story, c)
    c.showPage()
    c.save()
    return pdf


def _rl_margin(pdf: Path, blocks, *, title, author, creator, header, footer="Page {n}",
               accent="#333333", margin_head="LOIP") -> Path:
    """A report (reportlab, pinned) whose goal rows carry a right-hand reference column:
    ("title"|"meta"|"h1"|"p"|"quote", text), ("bullets", [..]), ("row", bold goal, [detail
    lines], margin text) — a borderless two-cell row, the margin cell grey with a thin rule on
    its left; ("marginhead",) the column's small heading. Running header, footer 'Page n'."""
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    f = bk.reportlab_fonts("RLM")
    acc = colors.HexColor(accent)
    ps = dict(
        title=ParagraphStyle("t", fontName=f["bold"], fontSize=19, leading=23, textColor=acc,
                             spaceAfter=4),
        meta=ParagraphStyle("m", fontName=f["normal"], fontSize=8.5, leading=11,
                            textColor=colors.grey, spaceAfter=8),
        h1=ParagraphStyle("h1", fontName=f["bold"], fontSize=13.5, leading=17, textColor=acc,
                          spaceBefore=10, spaceAfter=4),
        p=ParagraphStyle("p", fontName=f["normal"], fontSize=10, leading=13.5, spaceAfter=5),
        quote=ParagraphStyle("q", fontName=f["italic"], fontSize=9.8, leading=13, leftIndent=10,
                             textColor=colors.HexColor("#555555"), spaceAfter=4),
        li=ParagraphStyle("li", fontName=f["normal"], fontSize=9.6, leading=12.6, leftIndent=12,
                          firstLineIndent=-9, spaceAfter=1),
        goal=ParagraphStyle("g", fontName=f["bold"], fontSize=10.2, leading=13.4, spaceAfter=2),
        det=ParagraphStyle("d", fontName=f["normal"], fontSize=9.2, leading=12, leftIndent=8,
                           textColor=colors.HexColor("#333333")),
        mar=ParagraphStyle("mr", fontName=f["bold"], fontSize=9, leading=11,
                           textColor=colors.HexColor("#6b6b6b")),
        marh=ParagraphStyle("mh", fontName=f["normal"], fontSize=7.5, leading=9,
                            textColor=colors.HexColor("#6b6b6b")),
    )
    rowstyle = TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0), ("RIGHTPADDING", (0, 0), (0, -1), 8),
        ("LEFTPADDING", (1, 0), (1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBEFORE", (1, 0), (1, -1), 0.6, colors.HexColor("#9a9a9a")),
    ])
    story = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "meta", "h1", "p", "quote"):
            story.append(Paragraph(e(b[1]), ps[kind]))
        elif kind == "bullets":
            story += [Paragraph("•&nbsp;&nbsp;" + e(x), ps["li"]) for x in b[1]]
            story.append(Spacer(1, 4))
        elif kind == "marginhead":
            t = Table([["", Paragraph(e(margin_head), ps["marh"])]],
                      colWidths=[146 * mm, 24 * mm])
            t.setStyle(rowstyle)
            story.append(t)
        elif kind == "row":
            _, goal, details, ref = b
            left = [Paragraph(e(goal), ps["goal"])] + [Paragraph(e(x), ps["det"]) for x in details]
            t = Table([[left, Paragraph(e(ref), ps["mar"])]], colWidths=[146 * mm, 24 * mm])
            t.setStyle(rowstyle)
            story.append(t)
        elif kind == "space":
            story.append(Spacer(1, b[1]))
        else:
            raise ValueError(kind)

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont(f["normal"], 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(20 * mm, 287 * mm, header)
        canvas.drawRightString(190 * mm, 10 * mm, footer.format(n=doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(pdf), pagesize=A4, title=title, author=author, creator=creator,
        leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=16 * mm,
        invariant=1,
    )
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return pdf


# =========================================================================== 1 Kjeldvik (nb)


@pair
def kjeldvik_handlingsdel(d: Path) -> dict:
    g = {
        "K1": "Alle barn skal få en god start og mestre skolehverdagen.",
        "K2": "Innbyggerne skal leve aktive og selvstendige liv, hjemme så lenge de ønsker.",
        "K3": "Kjeldvik skal ha boliger for alle livsfaser, slik at flere velger å bo her.",
        "K4": "Kjeldvik skal kutte utslippene og tilpasse seg et våtere klima.",
        "K5": "Kjeldvik skal være et attraktivt sted å starte og drive bedrift.",
        "K6": "Alle skal kunne delta i frivillig arbeid, kultur og lokaldemokrati.",
    }
    segments = [
        ("Oppvekst", "#2f6f9f", g["K1"]),
        ("Helse", "#3f8f5a", g["K2"]),
        ("Bolyst", "#c7772b", g["K3"]),
        ("Klima", "#5a8f2f", g["K4"]),
        ("Næring", "#7a4f9a", g["K5"]),
        ("Fellesskap", "#b5434f", g["K6"]),
    ]
    _wheel(
        d / "parent.pdf",
        title="Kommuneplanens samfunnsdel 2027–2040",
        meta="KJELDVIK KOMMUNE · Vedtatt i kommunestyret 17. juni 2027, sak 41/27",
        vision="Kjeldvik – havet, heimen, framtida",
        lead="Kommuneplanhjulet samler samfunnsdelen på én side. Ringen viser de seks temaene "
        "kommunestyret har valgt, og boksene rundt hjulet viser hva vi vil oppnå innen 2040. "
        "Visjonen står i midten fordi alt arbeidet skal trekke i samme retning.",
        segments=segments,
        page2=[
            ("h1", "Om samfunnsdelen"),
            ("p", "Samfunnsdelen er kommunens viktigste styringsdokument og gjelder for hele "
             "Kjeldvik-samfunnet, ikke bare for kommuneorganisasjonen. Den bygger på "
             "planstrategien fra 2024 og på innspill fra folkemøter på Nesset, i Storvika og i "
             "sentrum, fra ungdomsrådet og fra næringsforeningen."),
            ("h1", "Kjeldvik i dag"),
            ("p", "Kjeldvik har 6 850 innbyggere. Havbruk, fiskeforedling og offentlig sektor "
             "er de største arbeidsgiverne. Folketallet har gått litt ned siden 2015, og "
             "gjennomsnittsalderen er tre år høyere enn i landet ellers."),
            ("p", "Boligmassen består for det meste av eneboliger bygd før 1990. Det finnes "
             "nesten ingen utleieleiligheter i sentrum, og unge som flytter hjem etter "
             "utdanning, sier at de ikke finner et sted å bo."),
            ("p", "De siste fem årene har kraftig nedbør gitt skader på kommunale veier og på "
             "kjellere i Storgata. Tre av fire tonn klimagassutslipp i kommunen kommer fra "
             "havbruksnæringen og veitrafikken."),
            ("h1", "Slik følger vi opp planen"),
            ("p", "Målene følges opp i handlingsdelen, som rulleres hvert år sammen med "
             "økonomiplanen. Hvert tiltak i handlingsdelen viser hvilket tema i hjulet det "
             "hører til. Kommunedirektøren rapporterer på utviklingen i årsmeldingen, med et "
             "eget kapittel om samfunnsdelen."),
            ("p", "Temaplaner som lages i perioden, skal vise hvordan de bidrar til målene i "
             "hjulet. Arealdelen revideres i 2028."),
        ],
        header="Kjeldvik kommune · Kommuneplanens samfunnsdel 2027–2040",
        author="Kjeldvik kommune",
    )

    k = {
        "c1": "Færre elever på 5. trinn skal ligge på laveste mestringsnivå i lesing og regning.",
        "c2": "Alle barn som trenger det, skal få språkstøtte i barnehagen før skolestart.",
        "c3": "Flere eldre skal klare seg på egen hånd hjemme etter et sykehusopphold.",
        "c4": "Det skal alltid være ledige boligtomter for salg i sentrum og på Nesset.",
        "c5": "Kommunale veier og bygg skal tåle kraftigere regnskyll uten skader.",
        "c6": "Kjeldvik kommune skal være en attraktiv arbeidsgiver som beholder fagfolkene "
        "sine.",
        "c7": "Netto driftsresultat skal være minst 1,75 prosent av driftsinntektene.",
    }
    m = {
        "T1": "Lesekurs og ekstra regnetimer på 4. og 5. trinn",
        "T2": "Språkgrupper i alle barnehager",
        "T3": "Hverdagsrehabiliteringsteam, 2 årsverk",
        "T4": "Treningsgrupper for seniorer på Kjeldvik helsesenter",
        "T5": "Digitalt tilsyn og medisindispensere",
        "T6": "Opparbeiding av boligfeltet Nesset II",
        "T7": "Salg av tomter i sentrumsfeltet Sjøbakken",
        "T8": "Nytt overvannsanlegg i Storgata",
        "T9": "Utskifting av stikkrenner på kommunale veier",
        "T10": "Ladepunkter for kommunens biler ved rådhuset og helsesenteret",
        "T11": "Heltidsprosjekt og lederutvikling",
        "T12": "Nytt økonomi- og lønnssystem",
    }
    head = ["Nr.", "Tiltak", "Kommuneplanmål", "2027", "2028", "2029", "2030"]
    w = [11, 62, 29, 17, 17, 17, 17]
    rows = [
        ["T1", m["T1"], "Oppvekst", "450", "450", "450", "450"],
        ["T2", m["T2"], "Oppvekst", "600", "600", "600", "600"],
        ["T3", m["T3"], "Helse", "1 400", "1 400", "1 400", "1 400"],
        ["T4", m["T4"], "Helse", "250", "250", "250", "250"],
        ["T5", m["T5"], "Helse", "800", "300", "300", "300"],
        ["T6", m["T6"], "Bolyst", "6 500", "4 000", "0", "0"],
        ["T7", m["T7"], "Bolyst", "−1 200", "−1 800", "−1 800", "0"],
        ["T8", m["T8"], "Klima", "8 000", "3 500", "0", "0"],
        ["T9", m["T9"], "Klima", "1 500", "1 500", "1 500", "1 500"],
        ["T10", m["T10"], "Næring", "900", "0", "0", "0"],
        ["T11", m["T11"], "–", "300", "300", "300", "0"],
        ["T12", m["T12"], "–", "1 100", "400", "0", "0"],
    ]
    child = [
        ("title", "Handlingsdel med økonomiplan 2027–2030"),
        ("meta", "Kjeldvik kommune · Kommunedirektørens forslag · 30. oktober 2026"),
        ("h1", "1 Innledning"),
        ("p", "Handlingsdelen viser hvordan kommunen følger opp kommuneplanens samfunnsdel de "
         "neste fire årene, og hva det koster. Den rulleres hvert år. Tiltakene står samlet i "
         "kapittel 4, der kolonnen «Kommuneplanmål» viser hvilket tema i kommuneplanhjulet "
         "tiltaket hører til."),
        ("p", "Kommunen har hatt svake driftsresultater i tre år, og disposisjonsfondet er "
         "under anbefalt nivå. Forslaget prioriterer derfor tiltak som gir effekt tidlig."),
        ("h1", "2 Økonomiske rammer"),
        ("table", ["Nøkkeltall (1000 kr)", "2027", "2028", "2029", "2030"], [
            ["Sum driftsinntekter", "712 400", "718 900", "724 100", "730 600"],
            ["Netto driftsresultat", "6 100", "9 800", "12 400", "12 900"],
            ["Netto lånegjeld", "845 000", "861 000", "858 000", "849 000"],
        ], [60, 25, 25, 25, 25]),
        ("p", "Finansielle mål"),
        ("bullets", [k["c7"]]),
        ("h1", "3 Tjenesteområdene"),
        ("h2", "3.1 Oppvekst"),
        ("p", "Resultatene fra nasjonale prøver på 5. trinn har ligget under landssnittet i "
         "fire år. Nesten hvert femte barn i barnehagene har et annet morsmål enn norsk."),
        ("p", "Mål for perioden"),
        ("bullets", [k["c1"], k["c2"]]),
        ("h2", "3.2 Helse og omsorg"),
        ("p", "Antall innbyggere over 80 år øker med 40 prosent fram mot 2030. Flere må få "
         "hjelp til å bli i eget hjem, og korttidsplassene på sykehjemmet er ofte fulle."),
        ("p", "Mål for perioden"),
        ("bullets", [k["c3"]]),
        ("h2", "3.3 Samfunnsutvikling"),
        ("p", "Det er solgt fire kommunale tomter de siste to årene, og det er ikke flere "
         "ferdig regulerte tomter igjen i sentrum. Overvannet i Storgata har gitt skader tre "
         "høster på rad."),
        ("p", "Mål for perioden"),
        ("bullets", [k["c4"], k["c5"]]),
        ("h2", "3.4 Organisasjon"),
        ("p", "Kommunen mistet elleve sykepleiere og fire lærere i 2025. Halvparten av de "
         "ansatte i helse og omsorg jobber deltid."),
        ("p", "Mål for perioden"),
        ("bullets", [k["c6"]]),
        ("h1", "4 Tiltak og investeringer"),
        ("p", "Beløp i 1000 kr. Negative tall er inntekter. Kolonnen «Kommuneplanmål» viser "
         "temaet i kommuneplanhjulet."),
        ("table", head, rows, w),
        ("h1", "5 Videre arbeid"),
        ("p", "Kommunedirektøren vil i 2027 legge fram en sak om eiendomsskatt og en plan for "
         "salg av kommunale bygg som ikke er i bruk."),
    ]
    build_pdf(
        child, d / "child.pdf",
        title="Handlingsdel med økonomiplan 2027–2030",
        author="Kjeldvik kommune",
        header="Kjeldvik kommune – handlingsdel med økonomiplan 2027–2030",
    )

    goals_ = [
        G("K1", g["K1"], "followed_up", [k["c1"], k["c2"], m["T1"], m["T2"]],
          ev="Færre elever på 5. trinn",
          note="the goals are the sentences in the boxes around the wheel (ids K1–K6 clockwise "
          "from the top, the reading order of the figure); the theme names in the ring "
          "(OPPVEKST … FELLESSKAP), the vision in the hub, the lead, the figure caption and "
          "page 2 are no goals. Language support in kindergarten before school ('god start') "
          "and fewer pupils at the lowest level in reading and arithmetic ('mestre "
          "skolehverdagen'): both parts in other words"),
        G("K2", g["K2"], "followed_up", [k["c3"], m["T3"], m["T4"], m["T5"]],
          ev="Flere eldre skal klare seg",
          note="'klare seg på egen hånd hjemme' for 'selvstendige liv, hjemme'; training groups "
          "for seniors (T4) for 'aktive'"),
        G("K3", g["K3"], "partial", [k["c4"], m["T6"], m["T7"]],
          ev="Det skal alltid være ledige",
          missing=["leiligheter og utleieboliger for unge og eldre (andre livsfaser enn "
                   "eneboligtomta)"],
          note="building plots only; page 2 of the parent itself names the lack of rental "
          "flats"),
        G("K4", g["K4"], "partial", [k["c5"], m["T8"], m["T9"], m["T10"]],
          ev="Kommunale veier og bygg",
          missing=["kutt i utslippene fra havbruk og veitrafikk i kommunen (bare ladepunkter "
                   "for kommunens egne biler)"],
          note="adapting to heavier rain in other words ('tåle kraftigere regnskyll'); the "
          "emission cut only through chargers for the municipality's own cars (T10, cited "
          "'Næring' but serving K4 by content)"),
        G("K5", g["K5"], "not_followed_up",
          note="trap: T10 (chargers for the municipality's cars) cites 'Næring' but serves K4; "
          "'attraktiv arbeidsgiver' (c6) shares 'attraktiv' but is about the municipality as "
          "employer, not about starting and running a business"),
        G("K6", g["K6"], "not_followed_up",
          note="nothing on volunteering, culture or local democracy; no measure cites "
          "'Fellesskap'"),
    ]
    kids = [
        C(k["c1"], ["K1"], note="the child goals are the bullets under 'Mål for perioden' and "
          "'Finansielle mål'; the measure rows are no child goals"),
        C(k["c2"], ["K1"]),
        C(k["c3"], ["K2"]),
        C(k["c4"], ["K3"]),
        C(k["c5"], ["K4"]),
        C(k["c6"], [], note="shares 'attraktiv' with K5; the municipality as employer: "
          "stands alone"),
        C(k["c7"], [], note="a financial goal of the økonomiplan: stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab canvas; samfunnsdel): page 1 a wheel of six coloured "
        "wedges with the theme names in the ring, the vision in the hub and six goal boxes "
        "around the circle; page 2 running text (no goals); running header, 'Side n av 2'; "
        "child PDF (python-docx → LibreOffice; handlingsdel med økonomiplan): 'Mål for "
        "perioden' bullets per tjenesteområde, a 'Finansielle mål' list, and one 'Nr. | Tiltak "
        "| Kommuneplanmål | 2027 | 2028 | 2029 | 2030' table (1000 kr) citing the wheel's "
        "theme names, T10 wrongly",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Fjordvang / Heggdal (nn)


@pair
def heggdal_laginntekt(d: Path) -> dict:
    g = {
        "R1": "Dei sosiale skilnadene i helse skal bli mindre.",
        "R2": "Fleire barn skal vekse opp i familiar med trygg og stabil inntekt.",
        "R3": "Alle barn og unge skal ha ein meiningsfull fritid.",
        "R4": "Fleire unge skal fullføre vidaregåande opplæring.",
        "R5": "Alle skal kunne bu godt og trygt.",
        "R6": "Kollektivtilbodet skal gjere det mogleg å leve utan eigen bil også utanfor "
        "byane.",
    }
    parent = [
        ("meta", "FJORDVANG FYLKESKOMMUNE"),
        ("title", "Regional plan for folkehelse og levekår 2027–2035"),
        ("meta", "Vedteken av fylkestinget 9. juni 2027, sak FT-31/27"),
        ("h1", "1 Innleiing"),
        ("p", "Regional plan for folkehelse og levekår er fylkeskommunen si felles plan med "
         "kommunane, helseføretaket, NAV og frivillige organisasjonar i Fjordvang. Planen "
         "byggjer på folkehelseoversikta frå 2025 og gjeld for alle 19 kommunane i fylket."),
        ("p", "Planen har tre innsatsområde. For kvart innsatsområde står det regionale mål og "
         "strategiar. Måla seier kva vi vil oppnå saman; strategiane seier korleis "
         "fylkeskommunen og partnarane skal arbeide."),
        ("h1", "2 Utfordringar"),
        ("p", "Forventa levealder er fire år lågare for menn utan vidaregåande utdanning enn "
         "for menn med høgare utdanning. Delen barn i familiar med vedvarande låg inntekt har "
         "auka frå 8 til 11 prosent på ti år, og er høgast i dei minste kommunane."),
        ("p", "Kvar femte elev i Fjordvang fullfører ikkje vidaregåande opplæring på fem år. "
         "Bussane går sjeldan utanfor byane, og i seks kommunar går siste buss før klokka 18."),
        ("h1", "3 Innsatsområde 1: Levekår og helse"),
        ("p", "Levekår og helse heng saman. Inntekt, arbeid og utdanning er dei viktigaste "
         "forklaringane på skilnader i helse mellom grupper."),
        ("h2", "Regionale mål"),
        ("bullets", [g["R1"], g["R2"]]),
        ("h2", "Strategiar"),
        ("bullets", [
            "Kommunane skal ha god oversikt over levekår i eigne bygder og skulekrinsar.",
            "Fylkeskommunen skal støtte kommunar som vil prøve ut heilskaplege tenester til "
            "familiar med låg inntekt.",
            "Partnarskapet skal løfte fram arbeidsretta tiltak for foreldre som står utanfor "
            "arbeidslivet.",
        ]),
        ("h1", "4 Innsatsområde 2: Oppvekst"),
        ("p", "Ein god oppvekst legg grunnen for helse og levekår seinare i livet."),
        ("h2", "Regionale mål"),
        ("bullets", [g["R3"], g["R4"]]),
        ("h2", "Strategiar"),
        ("bullets", [
            "Fylkeskommunen skal gje tilskot til fritidstilbod som er opne for alle, "
            "uavhengig av inntekt.",
            "Oppfølgingstenesta skal samarbeide tett med kommunane om ungdom som har droppa "
            "ut.",
        ]),
        ("h1", "5 Innsatsområde 3: Bu og ferdast"),
        ("p", "Bustaden og nærmiljøet påverkar helsa. Gode kollektivtilbod gjer det mogleg å "
         "delta i arbeid og fritid også for dei som ikkje har bil."),
        ("h2", "Regionale mål"),
        ("bullets", [g["R5"], g["R6"]]),
        ("h2", "Strategiar"),
        ("bullets", [
            "Fylkeskommunen skal saman med Husbanken rettleie kommunane i det bustadsosiale "
            "arbeidet.",
            "Bestillingsruter og skuleruter skal opnast for alle reisande der det er mogleg.",
        ]),
        ("h1", "6 Oppfølging"),
        ("p", "Planen blir følgd opp i eit regionalt handlingsprogram som blir rullert kvart "
         "andre år. Kommunane blir oppmoda om å følgje opp måla i eigne planar."),
    ]
    build_pdf(
        parent, d / "parent.pdf",
        title="Regional plan for folkehelse og levekår 2027–2035",
        author="Fjordvang fylkeskommune",
        header="Fjordvang fylkeskommune – Regional plan for folkehelse og levekår",
        lang="nn-NO",
    )

    k = {
        "n1": "Fleire foreldre i familiar med låg inntekt skal kome i fast arbeid.",
        "n2": "Ingen barnefamiliar skal vere avhengige av sosialhjelp i meir enn eitt år.",
        "n3": "Alle barn skal kunne vere med på minst éin organisert fritidsaktivitet, uansett "
        "kva foreldra tener.",
        "n4": "Barn og unge i familiar med låg inntekt skal ha gratis kollektivtilbod til og frå "
        "fritidsaktivitetar.",
        "n5": "Barn i familiar med låg inntekt skal ha like god tannhelse som andre barn.",
        "n6": "Ingen barn i kommunale bustader skal måtte dele soverom med foreldra.",
        "n7": "Kommunen skal ha oversikt over kor mange barn som veks opp i familiar med låg "
        "inntekt, skule for skule.",
    }
    t = {
        "a1": "Familiekoordinator i NAV for familiar som har fått sosialhjelp i over seks "
        "månader (NAV Heggdal, 2028)",
        "a2": "Jobbspesialist som følgjer foreldre ut i arbeid (NAV Heggdal, 2028–2031)",
        "a3": "Fritidskortet: 2 000 kr i året til kvart barn mellom 6 og 18 år (kultureininga, "
        "2028)",
        "a4": "Utstyrssentral i Heggdal samfunnshus (kultureininga og frivilligsentralen, 2029)",
        "a5": "Gratis ungdomskort på bussen for barn med fritidskort (kultureininga, 2028)",
        "a6": "Tannhelsesjekk på helsestasjonen ved 3 og 5 år (helsestasjonen, 2029)",
        "a7": "Bytte av bustad for familiar som bur trongt (bustadkontoret, løpande)",
        "a8": "Årleg levekårsrapport per skulekrins (kommunalsjef helse og velferd, 2028)",
    }
    css = (
        "h1{font-size:19pt;color:#173f3a;margin:4px 0 2px}"
        "h2{font-size:13pt;color:#173f3a;margin:16px 0 6px;border-bottom:2px solid #9cc3bd}"
        ".fakta{background:#eef5f4;padding:6px 12px;margin:8px 0;font-size:9.5pt}"
        ".fakta b{display:block;margin-bottom:2px}"
        ".mal{border-left:5px solid #2f7f75;padding:2px 0 2px 10px;margin:10px 0 4px}"
        ".mal .n{font-size:8.5pt;color:#2f7f75;font-weight:bold;letter-spacing:1px}"
        ".mal .t{font-weight:bold}"
        "ul.tiltak{margin:2px 0 8px 14px;font-size:9.8pt}"
        ".foot{font-size:8pt;color:#777;margin-top:18px}"
    )

    def mal(nr, text, tiltak):
        return (f"<div class='mal'><div class='n'>MÅL {nr}</div><div class='t'>{e(text)}</div>"
                "</div><ul class='tiltak'>" + "".join(f"<li>{e(x)}</li>" for x in tiltak)
                + "</ul>")

    body = [
        "<div class='crumb'>heggdal.kommune.no › Planar › Barn og familiar med låg inntekt</div>",
        "<h1>Plan for barn og familiar med låg inntekt 2028–2031</h1>",
        "<div class='crumb'>Heggdal kommune · Vedteken i kommunestyret 14. desember 2027</div>",
        "<h2>Kvifor ein eigen plan?</h2>",
        "<p>Om lag 140 barn i Heggdal veks opp i familiar med vedvarande låg inntekt. Mange av "
        "dei står utanfor fritidsaktivitetane som venene deira er med på, og fleire bur trongt. "
        "Planen samlar det kommunen gjer for desse familiane, og er laga saman med NAV, "
        "skulane, helsestasjonen, idrettslaga og ei gruppe foreldre.</p>",
        "<div class='fakta'><b>Tal frå Heggdal</b>Kvart niande barn bur i ein familie med "
        "vedvarande låg inntekt (2025). 38 barnefamiliar fekk sosialhjelp i meir enn seks "
        "månader i 2025. Berre halvparten av barna i låginntektsfamiliar er med i ein "
        "organisert aktivitet.</div>",
        "<h2>Arbeid og økonomi</h2>",
        mal(1, k["n1"], [t["a2"]]),
        mal(2, k["n2"], [t["a1"]]),
        "<h2>Fritid</h2>",
        mal(3, k["n3"], [t["a3"], t["a4"]]),
        mal(4, k["n4"], [t["a5"]]),
        "<h2>Helse og bustad</h2>",
        mal(5, k["n5"], [t["a6"]]),
        mal(6, k["n6"], [t["a7"]]),
        "<h2>Kunnskap</h2>",
        mal(7, k["n7"], [t["a8"]]),
        "<h2>Oppfølging</h2>",
        "<p>Planen blir evaluert i 2030. Foreldregruppa som var med og laga planen, blir "
        "invitert til evalueringa.</p>",
        "<div class='foot'>Sist oppdatert 15.12.2027 · Ansvarleg: kommunalsjef helse og "
        "velferd</div>",
    ]
    _chromium(_page("nn", "Plan for barn og familiar med låg inntekt 2028–2031", css, body),
              d / "child.pdf")

    goals_ = [
        G("R1", g["R1"], "partial", [k["n5"], t["a6"]], ev="Barn i familiar med låg inntekt",
          missing=["helseskilnader blant vaksne og eldre",
                   "andre sider av helsa enn tannhelse"],
          note="the goals are the bullets under 'Regionale mål' (ids R1–R6 in reading order); "
          "the bullets under 'Strategiar' are no goals though most read 'skal …'. Children's "
          "dental health by family income: one social difference in health, in other words"),
        G("R2", g["R2"], "followed_up", [k["n1"], k["n2"], t["a1"], t["a2"]],
          ev="Fleire foreldre i familiar",
          note="parents in permanent work and no family on social assistance for more than a "
          "year: 'trygg og stabil inntekt' in other words"),
        G("R3", g["R3"], "followed_up", [k["n3"], k["n4"], t["a3"], t["a4"], t["a5"]],
          ev="Alle barn skal kunne vere",
          note="at least one organised activity whatever the parents earn, a leisure card, an "
          "equipment library and a free bus to activities: the poverty plan's whole share of a "
          "meaningful leisure time"),
        G("R4", g["R4"], "not_followed_up",
          note="nothing on upper secondary school"),
        G("R5", g["R5"], "partial", [k["n6"], t["a7"]], ev="Ingen barn i kommunale",
          missing=["trygge bustader og bumiljø", "bustader for andre enn barnefamiliar i "
                   "kommunale bustader"],
          note="crowding in municipal housing ('bu godt' for children) only"),
        G("R6", g["R6"], "not_followed_up",
          note="trap: Mål 4 'gratis kollektivtilbod til og frå fritidsaktivitetar' shares "
          "'kollektivtilbod' but is a free ticket for leisure (R3); the bus service itself is "
          "not touched"),
    ]
    kids = [
        C(k["n1"], ["R2"], note="the child goals are the bold sentences after 'MÅL n' (not "
          "the measure bullets); the child never names the regional plan"),
        C(k["n2"], ["R2"]),
        C(k["n3"], ["R3"]),
        C(k["n4"], ["R3"], note="shares 'kollektivtilbod' with R6; serves R3"),
        C(k["n5"], ["R1"]),
        C(k["n6"], ["R5"]),
        C(k["n7"], [], note="says what the first strategi of innsatsområde 1 says ('oversikt "
          "over levekår'); a strategy is no goal, and knowing the numbers does not change "
          "them: stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; regional plan of a fylkeskommune): "
        "per innsatsområde 'Regionale mål' bullets (the goals) and 'Strategiar' bullets (no "
        "goals, phrased 'skal …'), a page break before innsatsområde 3, running header, 'Side "
        "n av m'; child PDF (Chromium; a kommune's plan for barn og familiar med låg inntekt): "
        "'MÅL n' labels over bold goal sentences with a left rule, measure bullets ending "
        "'(ansvar, år)', a fact box; the regional plan is never named",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Västermark / Lövsjö (sv)


@pair
def lovsjo_naringsliv(d: Path) -> dict:
    g = {
        "V1": "Fler företag i Västermark ska växa och nå nya marknader.",
        "V4": "Arbetsgivarna i regionen ska kunna rekrytera den kompetens de behöver.",
        "V5": "Hela Västermark ska ha snabbt bredband och pålitlig mobiltäckning.",
        "V6": "Besöksnäringen ska vara en helårsnäring i hela regionen.",
        "V2": "Västermark ska vara fossilfritt och ha en klimatneutral industri.",
        "V3": "Kvinnor och män ska ha samma möjligheter att starta och driva företag.",
    }
    ind = {
        "V1": ("Exportvärde per sysselsatt, tkr", "412", "520"),
        "V4": ("Andel arbetsgivare som upplever rekryteringsproblem", "61 %", "40 %"),
        "V5": ("Andel hushåll och företag med minst 1 Gbit/s", "84 %", "98 %"),
        "V6": ("Gästnätter oktober–april, andel av helåret", "27 %", "40 %"),
        "V2": ("Växthusgasutsläpp, kton CO2e", "2 140", "900"),
        "V3": ("Andel nystartade företag som startas av kvinnor", "31 %", "45 %"),
    }
    css = (
        "h1{font-size:21pt;color:#0d3b66;margin:4px 0 6px}"
        "h2{font-size:14pt;color:#0d3b66;margin:18px 0 6px}"
        "h3{font-size:11.5pt;color:#0d3b66;margin:12px 0 4px;text-transform:uppercase;"
        "letter-spacing:1px}"
        ".vision{font-size:12pt;font-style:italic;margin:6px 0 10px;color:#333}"
        ".prio{display:flex;gap:10px;margin:6px 0 8px}"
        ".prio div{flex:1;background:#e9f0f7;padding:8px 10px;font-size:9.5pt}"
        ".prio b{display:block;color:#0d3b66;margin-bottom:3px}"
        ".mal{margin:8px 0 2px;font-weight:bold}"
        ".mal span{color:#0d3b66}"
        "table.ind{width:100%;margin:2px 0 10px}"
        "table.ind td,table.ind th{font-size:8.8pt;padding:2px 6px;border:1px solid #c8d3de}"
        "table.ind th{background:#f3f6f9;font-weight:normal;color:#555}"
        ".foot{font-size:8pt;color:#777;margin-top:16px}"
    )

    def mal(gid):
        n, a, b = ind[gid]
        return (f"<p class='mal'><span>Mål 2030:</span> {e(g[gid])}</p>"
                "<table class='ind'><tr><th>Indikator</th><th>Utgångsläge 2025</th>"
                f"<th>Målvärde 2030</th></tr><tr><td>{e(n)}</td><td>{e(a)}</td>"
                f"<td>{e(b)}</td></tr></table>")

    body = [
        "<div class='crumb'>regionvastermark.se › Regional utveckling › RUS 2030</div>",
        "<h1>Regional utvecklingsstrategi för Västermark 2030</h1>",
        "<div class='crumb'>Region Västermark · Beslutad av regionfullmäktige 22 april 2026, "
        "§ 48</div>",
        "<p class='vision'>Vision: Västermark – en region där hela livet får plats.</p>",
        "<p>Den regionala utvecklingsstrategin (RUS) är den gemensamma strategin för "
        "Västermarks tolv kommuner, regionen, länsstyrelsen, näringslivet och civilsamhället. "
        "Den anger vad vi ska prioritera fram till 2030 och vilka mål vi ska nå. Strategin "
        "genomförs genom regionala program och genom kommunernas egna planer.</p>",
        "<h2>Prioriteringar</h2>",
        "<div class='prio'>"
        "<div><b>1 Konkurrenskraft</b>Vi prioriterar insatser som stärker små och medelstora "
        "företag, export och omställning i industrin.</div>"
        "<div><b>2 Kompetens</b>Vi prioriterar matchningen mellan utbildning och arbetsliv, "
        "och att fler flyttar till regionen.</div>"
        "<div><b>3 Tillgänglighet</b>Vi prioriterar digital och fysisk infrastruktur och en "
        "levande besöksnäring i hela regionen.</div></div>",
        "<h2>Mål 2030</h2>",
        "<p>Till varje prioritering hör mål för 2030. Varje mål följs upp med en indikator "
        "som redovisas i den årliga regionala uppföljningsrapporten.</p>",
        "<h3>1 Konkurrenskraft</h3>", mal("V1"), mal("V2"), mal("V3"),
        "<h3>2 Kompetens</h3>", mal("V4"),
        "<h3>3 Tillgänglighet</h3>", mal("V5"), mal("V6"),
        "<h2>Genomförande</h2>",
        "<p>Regionen ansvarar för att samordna genomförandet. Kommunerna uppmanas att ta "
        "fram lokala näringslivsprogram som bidrar till strategins mål. En halvtidsuppföljning "
        "görs 2028.</p>",
        "<div class='foot'>Senast uppdaterad 2026-05-04</div>",
    ]
    _chromium(_page("sv", "Regional utvecklingsstrategi för Västermark 2030", css, body),
              d / "parent.pdf")

    k = {
        "l1": "Fler företag i Lövsjö ska sälja sina varor och tjänster utanför Sverige.",
        "l2": "Ungdomar som går ut gymnasiet i Lövsjö ska känna till jobben i de lokala "
        "företagen.",
        "l3": "Alla hushåll och företag utanför tätorterna ska kunna ansluta sig till fiber "
        "senast 2029.",
        "l4": "Fler besökare ska komma till Lövsjö även under vinterhalvåret.",
        "l5": "Företagarna ska ge kommunens service betyget 75 eller högre i "
        "Insiktsmätningen.",
        "l6": "Kvinnor och män som arbetar i kommunens förvaltningar ska ha lika lön för "
        "likvärdigt arbete.",
    }
    a = {
        "a1": "Exportcoachning tillsammans med Business Sweden, tio företag per år "
        "(näringslivsenheten, 2027–2030)",
        "a2": "Mässa om utlandsaffärer i Lövsjö Folkets hus (näringslivsenheten, 2028)",
        "a3": "Prao och företagsbesök för alla elever i årskurs 8 och gymnasiets år 2 "
        "(barn- och utbildningsförvaltningen, 2027)",
        "a4": "Bidrag till fiberföreningar, 4 mnkr (kommunstyrelsen, 2027–2029)",
        "a5": "Vinterpaket med skoter, skidor och isfiske i samarbete med Lövsjö Turism "
        "(näringslivsenheten, 2028)",
        "a6": "Företagslots och gemensam ingång för tillstånd (samhällsbyggnad, 2027)",
        "a7": "Lönekartläggning med åtgärdsplan (HR-avdelningen, årligen)",
    }
    child = [
        ("title", "Näringslivsprogram 2027–2030"),
        ("meta", "Lövsjö kommun · Antaget av kommunfullmäktige 13 december 2026, § 112"),
        ("h1", "1 Inledning"),
        ("p", "Näringslivsprogrammet visar hur Lövsjö kommun ska arbeta för ett starkt och "
         "växande näringsliv. Programmet har tagits fram tillsammans med Företagarna Lövsjö, "
         "Lövsjö Turism och de största arbetsgivarna i kommunen."),
        ("h1", "2 Lövsjö i dag"),
        ("table", ["Nyckeltal", "Lövsjö", "Riket"], [
            ["Antal företag", "1 040", "–"],
            ["Nya företag per 1 000 invånare", "6,1", "8,4"],
            ["Andel sysselsatta i tillverkning", "24 %", "11 %"],
            ["Gästnätter per år", "118 000", "–"],
        ], [80, 40, 40]),
        ("h1", "3 Mål och aktiviteter"),
        ("p", "Programmet har sex mål. Under varje mål står aktiviteterna, med ansvarig och "
         "år inom parentes."),
        ("hang", "Mål 1", k["l1"]),
        ("bullets", [a["a1"], a["a2"]]),
        ("hang", "Mål 2", k["l2"]),
        ("bullets", [a["a3"]]),
        ("hang", "Mål 3", k["l3"]),
        ("bullets", [a["a4"]]),
        ("hang", "Mål 4", k["l4"]),
        ("bullets", [a["a5"]]),
        ("hang", "Mål 5", k["l5"]),
        ("bullets", [a["a6"]]),
        ("hang", "Mål 6", k["l6"]),
        ("bullets", [a["a7"]]),
        ("h1", "4 Uppföljning"),
        ("p", "Kommunstyrelsen följer upp programmet varje år med nyckeltalen nedan."),
        ("table", ["Mål", "Nyckeltal", "Utfall 2025", "Målnivå 2030"], [
            ["1", "Antal exporterande företag", "46", "60"],
            ["2", "Andel elever som gjort prao i ett lokalt företag", "55 %", "100 %"],
            ["3", "Andel hushåll med fiber", "81 %", "98 %"],
            ["4", "Gästnätter november–mars", "21 000", "35 000"],
            ["5", "NKI, Insiktsmätningen", "68", "75"],
            ["6", "Oförklarade löneskillnader", "1,4 %", "0 %"],
        ], [14, 86, 32, 38]),
    ]
    _rl(
        d / "child.pdf", child,
        title="Näringslivsprogram 2027–2030",
        author="Lövsjö kommun",
        creator="Lövsjö kommun, kommunledningskontoret",
        header="Lövsjö kommun · Näringslivsprogram 2027–2030",
        footer="Sida {n}",
        accent="#7a1f2b",
    )

    goals_ = [
        G("V1", g["V1"], "followed_up", [k["l1"], a["a1"], a["a2"]],
          ev="Fler företag i Lövsjö ska",
          note="the goals are the 'Mål 2030:' sentences (ids V1–V6 in reading order, three "
          "under Konkurrenskraft, one under Kompetens, two under Tillgänglighet); the indicator rows "
          "(Indikator | Utgångsläge | Målvärde) and the three 'Prioriteringar' cards ('Vi "
          "prioriterar …') are no goals. Selling outside Sweden with export coaching: 'växa och "
          "nå nya marknader' in other words"),
        G("V2", g["V2"], "not_followed_up",
          note="nothing on fossil fuels or industrial emissions"),
        G("V3", g["V3"], "not_followed_up",
          note="trap: Mål 6 'Kvinnor och män … ska ha lika lön' shares 'Kvinnor och män' but "
          "is pay equity among the kommun's employees, not starting and running a business"),
        G("V4", g["V4"], "partial", [k["l2"], a["a3"]], ev="Ungdomar som går ut",
          missing=["vuxenutbildning och omställning för dem som redan arbetar",
                   "inflyttning av kompetens (prioriteringen nämner den)"],
          note="young people knowing the local jobs: one part of recruiting the skills "
          "employers need"),
        G("V5", g["V5"], "partial", [k["l3"], a["a4"]], ev="Alla hushåll och företag",
          missing=["mobiltäckning"],
          note="fibre outside the towns (the kommun's share of 'snabbt bredband'); mobile "
          "coverage untouched"),
        G("V6", g["V6"], "followed_up", [k["l4"], a["a5"]], ev="Fler besökare ska komma",
          note="'även under vinterhalvåret' for 'helårsnäring': the kommun's share, in other "
          "words"),
    ]
    kids = [
        C(k["l1"], ["V1"], note="the child goals are the texts beside 'Mål n' in the label "
          "column; the activity bullets and the 'Uppföljning' key figures are no goals; the "
          "RUS is not cited"),
        C(k["l2"], ["V4"]),
        C(k["l3"], ["V5"]),
        C(k["l4"], ["V6"]),
        C(k["l5"], [], note="the kommun's own service to businesses (NKI): stands alone"),
        C(k["l6"], [], note="shares 'Kvinnor och män' with V3; pay equity in the kommun's "
          "own workforce: stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium; regional utvecklingsstrategi): 'Prioriteringar' as "
        "three side-by-side cards ('Vi prioriterar …', no goals), then 'Mål 2030' grouped under "
        "the three prioriteringar, each 'Mål 2030: …' followed by an 'Indikator | Utgångsläge "
        "2025 | Målvärde 2030' row (no goals); child PDF (reportlab; kommunens "
        "näringslivsprogram): 'Mål n' in a label column beside the goal, activity bullets "
        "'(ansvarig, år)', an 'Uppföljning' key-figure table; the RUS is never cited",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Ravnsholt (da)


@pair
def ravnsholt_aabne_land(d: Path) -> dict:
    g = {
        "B1": "Byrådet vil sikre, at landbruget kan udvikle sig, samtidig med at drikkevandet og "
        "naturen beskyttes.",
        "B2": "Byrådet vil fordoble arealet med vild natur i kommunen inden 2040.",
        "B3": "Byrådet vil have, at Ravnsholt producerer mere grøn strøm, end kommunens borgere "
        "og virksomheder bruger.",
        "B4": "Byrådet vil skabe liv i landsbyerne, så flere familier vælger at bosætte sig "
        "der.",
        "B5": "Byrådet vil styrke samarbejdet mellem uddannelsesinstitutionerne og de lokale "
        "virksomheder.",
        "B6": "Byrådet vil gøre det lettere for alle borgere at komme ud i naturen.",
    }
    parent = [
        ("meta", "RAVNSHOLT KOMMUNE"),
        ("title", "Planstrategi 2027"),
        ("meta", "Vedtaget af byrådet den 26. oktober 2027 efter offentlig høring"),
        ("h1", "Forord"),
        ("p", "Planstrategien er byrådets bud på, hvor Ravnsholt skal bevæge sig hen de næste "
         "tolv år, og hvordan kommuneplanen skal revideres. Vi har holdt borgermøder i "
         "Ravnsholt, Fårup og Lindved, og vi vil gerne takke de mange, der kom med idéer. "
         "God læselyst. Hanne Kjær Thomsen, borgmester"),
        ("h1", "1 Ravnsholt i dag"),
        ("p", "Ravnsholt Kommune har 41 300 indbyggere. To tredjedele af arealet er landbrugsjord, "
         "og kun 4 procent er beskyttet natur. Befolkningen i landsbyerne er faldet med 9 "
         "procent på ti år, mens Ravnsholt by vokser."),
        ("p", "Kommunens vindmøller og solcelleparker dækker i dag omkring halvdelen af "
         "elforbruget. Der er tre erhvervsskoler og et gymnasium i kommunen."),
        ("h1", "2 Byrådets politiske ambitioner"),
        ("p", "Byrådet har samlet sine ambitioner under fire overskrifter. Ambitionerne er "
         "retningsgivende for kommuneplanen og for de politikker og planer, der udarbejdes i "
         "valgperioden."),
        ("h2", "2.1 Et stærkt land"),
        ("p", "Landbruget er kommunens største erhverv, og det skal fortsat have gode vilkår. "
         "Samtidig ligger en stor del af kommunens drikkevandsboringer i det åbne land."),
        ("typed", "", g["B1"], "", 0),
        ("typed", "", g["B2"], "", 0),
        ("h2", "2.2 Grøn energi"),
        ("p", "Udbygningen med vind og sol skal ske med respekt for naboerne og landskabet."),
        ("typed", "", g["B3"], "", 0),
        ("h2", "2.3 Levende landsbyer"),
        ("p", "Landsbyerne er en vigtig del af Ravnsholts identitet, men flere har mistet "
         "deres skole og købmand."),
        ("typed", "", g["B4"], "", 0),
        ("h2", "2.4 Uddannelse, erhverv og fritid"),
        ("typed", "", g["B5"], "", 0),
        ("typed", "", g["B6"], "", 0),
        ("h1", "3 Revision af kommuneplanen"),
        ("p", "Byrådet vil revidere kommuneplanen som en temarevision. Følgende temaer tages op "
         "i Kommuneplan 2029:"),
        ("table", ["Tema", "Ansvarlig", "Tidsplan"], [
            ["Det åbne land (landbrug, natur, energi, landsbyer)", "Plan og Miljø", "2028"],
            ["Klimatilpasning", "Plan og Miljø, Ravnsholt Forsyning", "2028"],
            ["Erhvervsarealer ved motorvejen", "Plan og Erhverv", "2029"],
        ], [80, 55, 25]),
        ("p", "Øvrige dele af kommuneplanen videreføres uændret."),
    ]
    _build_pdf_numbered(
        parent, d / "parent.pdf",
        title="Planstrategi 2027",
        author="Ravnsholt Kommune",
        header="Ravnsholt Kommune · Planstrategi 2027",
        lang="da-DK",
    )

    k = {
        "m1": "Store husdyrbrug skal placeres, så de ikke belaster drikkevandsinteresser og "
        "sårbar natur.",
        "m2": "Landbrugsjorden skal så vidt muligt forblive landbrugsjord, og større "
        "sammenhængende landbrugsområder skal bevares.",
        "m3": "Potentielle naturområder skal udpeges langs ådalene og kysten.",
        "m4": "Der skal planlægges for så mange sol- og vindanlæg, at de kan dække hele "
        "kommunens elforbrug i 2035.",
        "m5": "Landsbyernes afgrænsning skal fastholdes, så landsbyerne ikke vokser ud i det "
        "åbne land.",
        "m6": "Alle skal kunne nå en skov, en strand eller et naturområde ad stier uden at "
        "bruge bil.",
    }
    child = [
        ("meta", "Ravnsholt Kommune · Kommuneplan 2029 · Forslag til offentlig høring, marts "
         "2029"),
        ("title", "7 Det åbne land – Retningslinjer og mål"),
        ("p", "Kapitlet samler kommuneplanens retningslinjer for det åbne land. For hvert emne "
         "står først byrådets mål, dernæst de bindende retningslinjer og til sidst en "
         "redegørelse. Retningslinjerne er vist på kortbilag 7.1–7.5."),
        ("h2", "7.1 Landbrug"),
        ("b", "Mål"),
        ("bullets", [k["m1"], k["m2"]]),
        ("b", "Retningslinjer"),
        ("hang", "7.1.1", "Inden for områder med særlige drikkevandsinteresser må der ikke "
         "etableres nye husdyrbrug over 100 dyreenheder."),
        ("hang", "7.1.2", "Særligt værdifulde landbrugsområder må ikke inddrages til byformål, "
         "skovrejsning eller solceller."),
        ("p", "Redegørelse: De særligt værdifulde landbrugsområder er udpeget på baggrund af "
         "jordbonitet og bedriftsstruktur."),
        ("h2", "7.2 Natur"),
        ("b", "Mål"),
        ("bullets", [k["m3"]]),
        ("b", "Retningslinjer"),
        ("hang", "7.2.1", "Potentielle naturområder skal friholdes for byggeri og anlæg, der "
         "kan forhindre, at de bliver til natur."),
        ("hang", "7.2.2", "Beskyttede vandløb må ikke rørlægges."),
        ("h2", "7.3 Vedvarende energi"),
        ("b", "Mål"),
        ("bullets", [k["m4"]]),
        ("b", "Retningslinjer"),
        ("hang", "7.3.1", "Solcelleanlæg over 5 ha må kun opstilles i de områder, der er vist "
         "på kortbilag 7.3."),
        ("hang", "7.3.2", "Vindmøller skal placeres mindst 4 gange totalhøjden fra nærmeste "
         "nabobolig."),
        ("h2", "7.4 Landsbyer"),
        ("b", "Mål"),
        ("bullets", [k["m5"]]),
        ("b", "Retningslinjer"),
        ("hang", "7.4.1", "Ny bebyggelse i landsbyerne skal ligge inden for den afgrænsning, "
         "der er vist på kortbilag 7.4."),
        ("h2", "7.5 Friluftsliv"),
        ("b", "Mål"),
        ("bullets", [k["m6"]]),
        ("b", "Retningslinjer"),
        ("hang", "7.5.1", "Der skal sikres offentlig adgang langs kysten og ådalene, når der "
         "planlægges for nye anlæg."),
        ("hang", "7.5.2", "Eksisterende markveje og stier må ikke nedlægges uden erstatning."),
        ("p", "Redegørelse: Stiforbindelserne er vist på kortbilag 7.5. Ravnsholt Kommune "
         "samarbejder med lodsejerne om nye stier efter naturbeskyttelsesloven."),
    ]
    _rl(
        d / "child.pdf", child,
        title="Kommuneplan 2029 – 7 Det åbne land",
        author="Ravnsholt Kommune",
        creator="Ravnsholt Kommune, Plan og Miljø",
        header="Kommuneplan 2029 · Kapitel 7 Det åbne land",
        footer="Side {n}",
        accent="#2d5b3a",
    )

    goals_ = [
        G("B1", g["B1"], "followed_up", [k["m1"], k["m2"]], ev="Store husdyrbrug skal placeres",
          note="the goals are the 'Byrådet vil …' paragraphs under '2 Byrådets politiske "
          "ambitioner' (ids B1–B6 in reading order); 'Byrådet vil revidere kommuneplanen som "
          "en temarevision' in chapter 3 is a decision about the plan process, no goal, and "
          "the foreword's 'vi vil gerne takke' is none either. Large livestock farms placed "
          "away from drinking water and nature, and farmland kept: development and protection "
          "both, in other words"),
        G("B2", g["B2"], "partial", [k["m3"]], ev="Potentielle naturområder skal",
          missing=["en fordobling af arealet med vild natur (et omfang og et årstal)"],
          note="potential nature areas are designated (and kept free by 7.2.1); how much "
          "more wild nature is not said"),
        G("B3", g["B3"], "followed_up", [k["m4"]], ev="Der skal planlægges for så",
          note="sun and wind covering the whole electricity use by 2035: 'mere grøn strøm, end "
          "… bruger' in other words"),
        G("B4", g["B4"], "not_followed_up",
          note="trap: 'Landsbyernes afgrænsning skal fastholdes' shares 'landsbyerne' but "
          "holds the villages in, it brings no life or new families"),
        G("B5", g["B5"], "not_followed_up",
          note="outside the chapter's theme; nothing on education and business"),
        G("B6", g["B6"], "followed_up", [k["m6"]], ev="Alle skal kunne nå en skov",
          note="a forest, a beach or a nature area by path without a car: 'lettere … at komme "
          "ud i naturen', members for the class"),
    ]
    kids = [
        C(k["m1"], ["B1"], note="the child goals are the bullets under 'Mål'; the numbered "
          "retningslinjer (7.1.1 …) are binding rules, no goals, though several read 'skal' "
          "or 'må ikke'"),
        C(k["m2"], ["B1"]),
        C(k["m3"], ["B2"]),
        C(k["m4"], ["B3"]),
        C(k["m5"], [], note="shares 'landsbyerne' with B4; restricting the villages' growth "
          "serves no ambition: stands alone"),
        C(k["m6"], ["B6"]),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice; planstrategi): a foreword, facts, "
        "'Byrådets politiske ambitioner' under four headings as 'Byrådet vil …' paragraphs (the "
        "goals), then 'Revision af kommuneplanen' opening 'Byrådet vil revidere …' (no goal) "
        "and a 'Tema | Ansvarlig | Tidsplan' table; running header and bare page number; child "
        "PDF (reportlab; kommuneplan chapter 'Det åbne land – Retningslinjer og mål'): per "
        "emne a bold 'Mål' with bullets (the goals) and bold 'Retningslinjer' numbered 7.1.1 in "
        "a label column (no goals), 'Redegørelse' paragraphs; running header, 'Side n'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Kinbrae (en, Scotland)


@pair
def kinbrae_locality(d: Path) -> dict:
    g = {
        "O1": "Children and young people in Kinbrae get the best start in life and reach their "
        "full potential.",
        "O2": "People in Kinbrae live longer, healthier lives, and the gap in healthy life "
        "expectancy between our communities narrows.",
        "O3": "Fewer people in Kinbrae live in poverty, and no one goes without food or "
        "warmth.",
        "O4": "Our communities are safe, and people feel safe where they live.",
        "O5": "People can get to work, learning and services without needing a car.",
        "O6": "Communities have more say over, and more ownership of, the places and services "
        "that matter to them.",
    }
    prio = {
        "O1": ["Whole-family support in the early years", "Positive destinations for every "
               "school leaver", "Care-experienced young people"],
        "O2": ["Mental wellbeing", "Harm from alcohol and drugs", "Physical activity in later "
               "life"],
        "O3": ["Income maximisation", "Fuel poverty", "Employability"],
        "O4": ["Domestic abuse", "Antisocial behaviour and public spaces", "Road safety"],
        "O5": ["Community and demand-responsive transport", "Active travel routes"],
        "O6": ["Participatory budgeting", "Community asset transfer"],
    }
    know = {
        "O1": "Percentage of school leavers in a positive destination; P1 developmental "
        "milestones.",
        "O2": "Healthy life expectancy by SIMD quintile.",
        "O3": "Children in relative poverty after housing costs; households in fuel poverty.",
        "O4": "Percentage of adults who feel safe walking alone after dark (Scottish "
        "Household Survey).",
        "O5": "Households within 30 minutes of key services by public transport.",
        "O6": "Percentage of residents who feel able to influence decisions in their area.",
    }
    css = (
        "h1{font-size:20pt;color:#2c2a6b;margin:2px 0 4px}"
        "h2{font-size:13.5pt;color:#2c2a6b;margin:16px 0 6px}"
        ".fw{font-size:10pt;color:#333}"
        ".oc{border:1px solid #c9c7e4;border-top:5px solid #2c2a6b;padding:6px 12px 4px;"
        "margin:0 0 10px;break-inside:avoid}"
        ".oc .lab{font-size:8.5pt;letter-spacing:1px;text-transform:uppercase;color:#2c2a6b;"
        "font-weight:bold}"
        ".oc .st{font-size:12pt;font-weight:bold;margin:2px 0 4px}"
        ".oc .ph{font-size:9pt;font-weight:bold;color:#555;margin:4px 0 0}"
        ".oc ul{margin:1px 0 3px 16px;font-size:9.5pt}"
        ".oc .kn{font-size:8.8pt;color:#555;font-style:italic}"
        ".foot{font-size:8pt;color:#777;margin-top:12px}"
    )

    def oc(n):
        gid = f"O{n}"
        return (f"<div class='oc'><div class='lab'>Outcome {n}</div>"
                f"<div class='st'>{e(g[gid])}</div><div class='ph'>Priorities</div><ul>"
                + "".join(f"<li>{e(x)}</li>" for x in prio[gid])
                + f"</ul><div class='kn'>How we will know: {e(know[gid])}</div></div>")

    body = [
        "<div class='crumb'>Kinbrae Community Planning Partnership</div>",
        "<h1>Local Outcomes Improvement Plan 2027–2037</h1>",
        "<div class='crumb'>Agreed by the Kinbrae Community Planning Board, 3 March 2027</div>",
        "<h2>Foreword</h2>",
        "<p class='fw'>This is our second Local Outcomes Improvement Plan under the Community "
        "Empowerment (Scotland) Act 2015. It is a promise from Kinbrae Council, NHS Kinbrae "
        "and Tay, Police Scotland, the Scottish Fire and Rescue Service, Kinbrae College and "
        "the Third Sector Interface to work as one. We will listen to the communities that "
        "have the least, and we will report every year on what has changed. — Cllr Morag "
        "Dunlop and Dr Ravi Menon, co-chairs</p>",
        "<h2>Kinbrae at a glance</h2>",
        "<p>Kinbrae has 52,400 residents in one town and eleven villages. Healthy life "
        "expectancy is eleven years lower in the most deprived data zones than in the least "
        "deprived. One child in four lives in relative poverty after housing costs.</p>",
        "<h2>Our outcomes</h2>",
        "<p>The partnership has agreed six outcomes for the next ten years. Under each "
        "outcome are the priorities we will focus on first, and the measure we will use to "
        "show progress.</p>",
        *[oc(n) for n in range(1, 7)],
        "<h2>Locality plans</h2>",
        "<p>Three locality plans – Kinbrae Town Centre, Glenmorran and Eastfield, and the "
        "Upper Glen – set out what the outcomes mean in the communities where outcomes are "
        "poorest. Each locality plan shows which LOIP outcomes its actions support.</p>",
        "<div class='foot'>Kinbrae CPP · LOIP 2027–2037 · version 1.0</div>",
    ]
    _chromium(_page("en-GB", "Local Outcomes Improvement Plan 2027–2037", css, body),
              d / "parent.pdf")

    k = {
        "e1": "Fewer young people in Eastfield leave school with nowhere to go next.",
        "e2": "More older people in Glenmorran take part in walking groups, lunch clubs and "
        "chair exercise.",
        "e3": "Families can get help with money, fuel and food in one place, close to home.",
        "e4": "Every household entitled to Pension Credit or the Scottish Child Payment "
        "claims it.",
        "e5": "More people in Glenmorran and Eastfield move into work through Kinbrae Works.",
        "e6": "People feel safe using the Burnside underpass and the precinct after dark.",
        "e7": "A community bus links both villages with the health centre, the college and "
        "Kinbrae station every weekday.",
        "e8": "The Glenmorran war memorial and the old school bell are restored in time for "
        "the 2028 centenary.",
    }
    act = {
        "e1": ["Action: a named key worker for every S4–S6 pupil at risk of no destination. "
               "Lead: Eastfield Academy and Skills Development Scotland. By: August 2027."],
        "e2": ["Action: three new walking groups and a weekly lunch club in Glenmorran Hall. "
               "Lead: Kinbrae Leisure Trust and Glenmorran Community Council. By: 2028."],
        "e3": ["Action: a Monday advice hub in Eastfield Library with welfare rights, Home "
               "Energy Scotland and the food larder. Lead: Kinbrae Council Money Advice. By: "
               "April 2027."],
        "e4": ["Action: a benefit check for every household that gets a council tax "
               "reduction. Lead: Revenues and Benefits. By: 2027/28."],
        "e5": ["Action: an outreach employability adviser two days a week in Glenmorran. "
               "Lead: Kinbrae Works. By: 2027."],
        "e6": ["Action: new lighting and CCTV in the Burnside underpass. Lead: Roads and "
               "Police Scotland. By: December 2027."],
        "e7": ["Action: a demand-responsive minibus run by Glenmorran Community Transport. "
               "Lead: Kinbrae Council Transport and the Third Sector Interface. By: 2028."],
        "e8": ["Action: a heritage grant bid and volunteer work days. Lead: Glenmorran "
               "Heritage Group. By: November 2028."],
    }
    child = [
        ("title", "Glenmorran and Eastfield Locality Plan 2027–2030"),
        ("meta", "Kinbrae Community Planning Partnership · Glenmorran and Eastfield Locality "
         "Partnership · June 2027"),
        ("h1", "1 About our locality"),
        ("p", "Glenmorran and Eastfield are two former mining villages of 6,900 people on the "
         "eastern edge of Kinbrae. Four of Eastfield's data zones are in the 15 per cent most "
         "deprived in Scotland. One household in three has no car, and the bus to Kinbrae "
         "runs once an hour until 6 pm."),
        ("h1", "2 What people told us"),
        ("p", "Over 400 residents took part in street stalls, a survey and two community "
         "conversations in the winter of 2026. Some of what we heard:"),
        ("quote", "“There's nothing for the older folk up here since the day centre shut.”"),
        ("quote", "“I won't walk through the underpass at night. Nobody does.”"),
        ("quote", "“You need a car to get to the health centre, and we haven't got one.”"),
        ("h1", "3 What we want to achieve"),
        ("p", "Each aim below has a lead partner and a date. The column on the right shows "
         "which outcome of the Local Outcomes Improvement Plan the aim supports."),
        ("marginhead",),
        ("row", k["e1"], act["e1"], "1"),
        ("row", k["e2"], act["e2"], "2"),
        ("row", k["e3"], act["e3"], "3"),
        ("row", k["e4"], act["e4"], "3"),
        ("row", k["e5"], act["e5"], "3, 5"),
        ("row", k["e6"], act["e6"], "4"),
        ("row", k["e7"], act["e7"], "5"),
        ("row", k["e8"], act["e8"], "–"),
        ("h1", "4 How we will report"),
        ("p", "The Locality Partnership meets four times a year in Eastfield Library and "
         "reports to the Community Planning Board each spring. Progress will be posted on "
         "the noticeboards in both villages."),
    ]
    _rl_margin(
        d / "child.pdf", child,
        title="Glenmorran and Eastfield Locality Plan 2027–2030",
        author="Kinbrae Community Planning Partnership",
        creator="Kinbrae Council, Communities Team",
        header="Glenmorran and Eastfield Locality Plan 2027–2030",
        footer="Page {n}",
        accent="#2c2a6b",
        margin_head="LOIP outcome",
    )

    goals_ = [
        G("O1", g["O1"], "partial", [k["e1"], act["e1"][0]], ev="Fewer young people in",
          missing=["the best start in life: early years and whole-family support"],
          note="the goals are the outcome statements under 'Outcome n' (ids O1–O6 from the "
          "printed numbers); the 'Priorities' bullets are focus areas, not goals, and the "
          "'How we will know' lines are indicators; the foreword's 'We will listen …' is no "
          "goal. School leavers with a destination only"),
        G("O2", g["O2"], "partial", [k["e2"], act["e2"][0]], ev="More older people in",
          missing=["mental wellbeing and harm from alcohol and drugs",
                   "the health of people other than older people"],
          note="activity for older people in a deprived village serves longer, healthier "
          "lives and the gap a little"),
        G("O3", g["O3"], "followed_up",
          [k["e3"], k["e4"], k["e5"], act["e3"][0], act["e4"][0], act["e5"][0]],
          ev="Families can get help with",
          note="money, fuel and food help (no one without food or warmth), Pension Credit and "
          "Scottish Child Payment claimed (members for 'fewer in poverty') and work through "
          "the employability service"),
        G("O4", g["O4"], "followed_up", [k["e6"], act["e6"][0]], ev="People feel safe using",
          note="the Burnside underpass and the precinct after dark: the places residents named "
          "as unsafe, 'where they live' in other words"),
        G("O5", g["O5"], "followed_up", [k["e7"], act["e7"][0]], ev="A community bus links",
          note="health centre (services), college (learning) and the station (onward to work) "
          "by community bus. Trap: the employability aim is marked '3, 5' and shares 'work' "
          "but is no transport: it serves O3"),
        G("O6", g["O6"], "not_followed_up",
          note="no aim gives communities a say or ownership (no participatory budget, no asset "
          "transfer); the heritage aim is run by a volunteer group but does not aim at "
          "community control; the consultation in chapter 2 is process"),
    ]
    kids = [
        C(k["e1"], ["O1"], note="the child goals are the bold aims in chapter 3 (not the "
          "'Action: … Lead: … By: …' lines, not the residents' quotes); the right-hand column "
          "cites outcomes by number"),
        C(k["e2"], ["O2"]),
        C(k["e3"], ["O3"]),
        C(k["e4"], ["O3"]),
        C(k["e5"], ["O3"], note="marked '3, 5'; work through an employability service serves "
          "O3, not transport (O5)"),
        C(k["e6"], ["O4"]),
        C(k["e7"], ["O5"]),
        C(k["e8"], [], note="marked '–': a heritage restoration, stands alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (Chromium; Local Outcomes Improvement Plan, Scotland): a "
        "foreword, facts, six bordered 'Outcome n' cards each with the outcome statement (the "
        "goal), 'Priorities' bullets and an italic 'How we will know' indicator line; child "
        "PDF (reportlab; Locality Plan): residents' quotes, then bold aims with 'Action: … "
        "Lead: … By: …' lines and a right-hand margin column 'LOIP outcome' holding the "
        "outcome numbers ('3, 5' once, '–' once); running header, 'Page n'",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Batch 14's gold writer and checks run on this folder's pairs; its header line names
    this builder."""
    _p14.HERE, _p14.PAIRS = HERE, PAIRS
    names = argv or list(PAIRS)
    _p14.main(names)
    for name in names:
        f = HERE / name / "parent-coverage.gold.yaml"
        f.write_text(
            f.read_text(encoding="utf-8").replace(
                "corpora/parents-blind14/make_pairs.py", "corpora/parents-blind18/make_pairs.py"
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main(sys.argv[1:])
