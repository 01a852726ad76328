"""Variants of session 37 (fixold37) of one form: goals as the headings of the sections of a chapter,
each goal's measures a list continuing a lead-in sentence of running text, each item's owner and time
in a closing sentence of the item (the form of batch 38's Danish plan, written by another hand in
other words, languages and producers). Not scored by `plancheck eval corpora`; they live under
tests/data. Every gold file is written from construction by this script BEFORE plancheck read the PDF
(the page of each goal and measure looked up with pdftotext, not with plancheck).

  friluft-nb    python-docx → LibreOffice: '2.n <goal sentence>' headings (no goal word), lead-in 'For å nå
                målet skal kommunen:', a Word numbered list whose items go on in lower case
  trygghet-sv   HTML → Chromium: 'Mål n: <goal>' headings, lead-in 'För att nå målet kommer kommunen att:',
                a bulleted list, owner and time in other sentences of charge
  ageing-en     reportlab: 'Goal n – <goal>' bold headings, lead-in 'To meet this goal we will:', numbered
                paragraphs, owners joined by 'and' (one department named so, and two units)
Run: python tests/data/fixold37/make.py   (writes the PDFs and gold files beside this file)."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).parent

# (goal, [(item text as printed, measure text, owners, deadline, kind)])
NB = {
    "slug": "friluft-nb", "lang": "nb", "title": "Handlingsplan for friluftsliv 2026–2029",
    "org": "Bjørkvik kommune",
    "goals": [
        ("Flere innbyggere skal bruke naturen i nærmiljøet", [
            ("merke og skilte 40 kilometer turstier i alle bygdene. Kultur og idrett har ansvaret, og tiltaket skal "
             "være ferdig i 2027.", "merke og skilte 40 kilometer turstier i alle bygdene", ["Kultur og idrett"],
             "2027", "period"),
            ("lage et trykt og digitalt turkart for hele kommunen. Ansvaret ligger hos Plan og miljø, og tiltaket "
             "skal være ferdig innen 1. juni 2027.", "lage et trykt og digitalt turkart for hele kommunen",
             ["Plan og miljø"], "1. juni 2027", "date"),
            ("arrangere turdager for nye innbyggere. Frivilligsentralen og turlaget har ansvaret, og tiltaket "
             "gjentas hvert år.", "arrangere turdager for nye innbyggere", ["Frivilligsentralen", "turlaget"],
             "hvert år", "recurring"),
            ("rydde og vedlikeholde gapahukene ved vannene. Eiendom har ansvaret.",
             "rydde og vedlikeholde gapahukene ved vannene", ["Eiendom"], None, "none"),
        ]),
        ("Barn og unge skal få gode naturopplevelser gjennom skolen og barnehagen", [
            ("gi alle skoler og barnehager en fast uteskoleplass. Alle enhetsledere har ansvaret, og tiltaket skal "
             "være ferdig i 2028.", "gi alle skoler og barnehager en fast uteskoleplass", ["Alle enhetsledere"],
             "2028", "period"),
            ("kjøpe inn felles turutstyr som skolene kan låne. Tiltaket skal være ferdig høsten 2026.",
             "kjøpe inn felles turutstyr som skolene kan låne", [], "høsten 2026", "period"),
            ("tilby kurs i friluftsliv for lærere og barnehageansatte. Kultur og idrett har ansvaret, og tiltaket "
             "er løpende.", "tilby kurs i friluftsliv for lærere og barnehageansatte", ["Kultur og idrett"],
             "løpende", "continuous"),
        ]),
        ("Friluftsområdene skal være tilgjengelige for alle", [
            ("bygge en universelt utformet sti rundt Storvannet. Eiendom har ansvaret, og tiltaket skal være "
             "ferdig i 2030.", "bygge en universelt utformet sti rundt Storvannet", ["Eiendom"], "2030", "period"),
            ("sette opp benker og toaletter ved de mest brukte turmålene. Plan og miljø har ansvaret, og tiltaket "
             "skal være ferdig i 2029.", "sette opp benker og toaletter ved de mest brukte turmålene",
             ["Plan og miljø"], "2029", "period"),
        ]),
    ],
}

SV = {
    "slug": "trygghet-sv", "lang": "sv", "title": "Handlingsplan för ett tryggare Norrvik 2026–2029",
    "org": "Norrviks kommun",
    "goals": [
        ("Fler invånare ska känna sig trygga i centrum på kvällstid", [
            ("förbättra belysningen längs gång- och cykelvägarna i centrum. Tekniska förvaltningen har ansvaret "
             "och åtgärden ska vara klar 2027.", "förbättra belysningen längs gång- och cykelvägarna i centrum",
             ["Tekniska förvaltningen"], "2027", "period"),
            ("starta nattvandringar med föräldrar och föreningar. Ansvaret ligger hos Fritidsenheten och "
             "arbetet pågår löpande.", "starta nattvandringar med föräldrar och föreningar", ["Fritidsenheten"],
             "löpande", "continuous"),
            ("genomföra trygghetsvandringar tillsammans med polisen. Säkerhetssamordnaren och "
             "kommunpolisen har ansvaret och vandringarna görs varje höst.",
             "genomföra trygghetsvandringar tillsammans med polisen", ["Säkerhetssamordnaren", "kommunpolisen"],
             "varje höst", "recurring"),
        ]),
        ("Skadegörelse och klotter i kommunens lokaler ska minska", [
            ("installera kameror vid de skolor som drabbas mest. Fastighetsavdelningen har ansvaret och "
             "åtgärden ska vara klar senast den 31 mars 2027.", "installera kameror vid de skolor som drabbas mest",
             ["Fastighetsavdelningen"], "31 mars 2027", "date"),
            ("sanera klotter inom ett dygn. Fastighetsavdelningen har ansvaret.", "sanera klotter inom ett dygn",
             ["Fastighetsavdelningen"], None, "none"),
            ("ta fram en gemensam rutin för att anmäla skadegörelse. Åtgärden ska vara klar under våren 2027.",
             "ta fram en gemensam rutin för att anmäla skadegörelse", [], "våren 2027", "period"),
        ]),
        ("Unga ska ha meningsfulla mötesplatser", [
            ("öppna en ny fritidsgård i Västra Norrvik. Fritidsenheten har ansvaret och åtgärden ska vara klar "
             "2030.", "öppna en ny fritidsgård i Västra Norrvik", ["Fritidsenheten"], "2030", "period"),
            ("ge alla förvaltningar i uppdrag att erbjuda sommarjobb till unga. Alla förvaltningar har ansvaret "
             "och åtgärden ska vara klar 2028.", "ge alla förvaltningar i uppdrag att erbjuda sommarjobb till unga",
             ["Alla förvaltningar"], "2028", "period"),
        ]),
    ],
}

EN = {
    "slug": "ageing-en", "lang": "en", "title": "Healthy Ageing Action Plan 2026–2029",
    "org": "Ashby Borough Council",
    "goals": [
        ("Older people stay active and connected in their neighbourhoods", [
            ("expand the programme of walking groups to every ward. Public Health and Leisure is responsible, "
             "and the work will be completed by March 2027.", "expand the programme of walking groups to every ward",
             ["Public Health and Leisure"], "March 2027", "period"),
            ("open two more community cafés for older residents. The Library Service and the Volunteer Centre "
             "are responsible, and the work will be completed by 2028.",
             "open two more community cafés for older residents", ["Library Service", "Volunteer Centre"], "2028",
             "period"),
            ("run a befriending phone line for people who live alone. Public Health and Leisure is responsible, "
             "and the line is reviewed every year.", "run a befriending phone line for people who live alone",
             ["Public Health and Leisure"], "every year", "recurring"),
            ("publish a guide to activities for the over-65s. The work will be completed by December 2026.",
             "publish a guide to activities for the over-65s", [], "December 2026", "period"),
        ]),
        ("Older people live safely and well in their own homes", [
            ("fit handrails and grab bars in council homes on request. Parks and Housing is responsible, and the "
             "work is ongoing.", "fit handrails and grab bars in council homes on request", ["Parks and Housing"],
             "ongoing", "continuous"),
            ("carry out a home safety check for every tenant over 75. Parks and Housing is responsible, and the "
             "work will be completed by 1 October 2027.", "carry out a home safety check for every tenant over 75",
             ["Parks and Housing"], "1 October 2027", "date"),
            ("train all home care staff to spot the risk of falls. Adult Social Care is responsible.",
             "train all home care staff to spot the risk of falls", ["Adult Social Care"], None, "none"),
        ]),
        ("Carers of older people get the support they need", [
            ("set up a carers' forum that meets in every locality. All partner organisations are responsible, "
             "and the work will be completed by 2027.", "set up a carers' forum that meets in every locality",
             ["All partner organisations"], "2027", "period"),
            ("extend the respite service to weekends. Adult Social Care is responsible, and the work will be "
             "completed by 2030.", "extend the respite service to weekends", ["Adult Social Care"], "2030",
             "period"),
        ]),
    ],
}

INTRO = {
    "nb": ("1 Innledning", [
        "Kommunestyret vedtok i 2025 en kommunedelplan for idrett, fysisk aktivitet og friluftsliv. Denne "
        "handlingsplanen viser hva kommunen skal gjøre de neste fire årene.",
        "Kapittel 2 har ett avsnitt for hvert mål. Under hvert mål står tiltakene, med hvem som har ansvaret og "
        "når tiltaket skal være ferdig.",
    ], "2 Mål og tiltak", "For å nå målet skal kommunen:", "3 Oppfølging", [
        "Kultur og idrett rapporterer på tiltakene til hovedutvalget hvert år.",
    ]),
    "sv": ("1 Inledning", [
        "Kommunfullmäktige har gett kommunstyrelsen i uppdrag att ta fram en handlingsplan för trygghet. Planen "
        "gäller för åren 2026–2029.",
        "I kapitel 2 beskrivs varje mål i ett eget avsnitt, med de åtgärder som ska leda dit och vem som ansvarar "
        "för dem.",
    ], "2 Mål och åtgärder", "För att nå målet kommer kommunen att:", "3 Uppföljning", [
        "Säkerhetssamordnaren följer upp planen varje år och rapporterar till kommunstyrelsen.",
    ]),
    "en": ("1 Introduction", [
        "This plan sets out what the council and its partners will do over the next four years so that older "
        "people in Ashby can live well. It follows the Health and Wellbeing Strategy agreed in 2025.",
        "Section 2 takes each goal in turn. Under each goal we list the actions, who is responsible and when "
        "each action will be completed.",
    ], "2 Goals and actions", "To meet this goal we will:", "3 Monitoring", [
        "Public Health and Leisure reports progress to the Health and Wellbeing Board twice a year.",
    ]),
}


def _goal_heading(lang: str, i: int, goal: str) -> str:
    return {"nb": f"2.{i} {goal}", "sv": f"Mål {i}: {goal}", "en": f"Goal {i} – {goal}"}[lang]


def build_docx(spec: dict, out: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    intro_h, intro, chap, lead, follow_h, follow = INTRO[spec["lang"]]
    d = Document()
    d.styles["Normal"].font.name = "Liberation Serif"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading(spec["title"], 0)
    d.add_paragraph(spec["org"])
    d.add_heading(intro_h, 1)
    for p in intro:
        d.add_paragraph(p)
    d.add_heading(chap, 1)
    for i, (goal, items) in enumerate(spec["goals"], 1):
        d.add_heading(_goal_heading(spec["lang"], i, goal), 2)
        d.add_paragraph(
            "Mange forteller at de ønsker å bruke naturen mer, men mangler kunnskap eller tilbud i nærheten."
        )
        d.add_paragraph(lead)
        for k, (printed, *_rest) in enumerate(items):
            p = d.add_paragraph(printed, style="List Number")
            if k == 0 and i > 1:  # restart the numbering in each section
                _restart(d, p)
    d.add_heading(follow_h, 1)
    for p in follow:
        d.add_paragraph(p)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{spec['slug']}.docx"
        d.save(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)], check=True,
                       capture_output=True)
        (Path(tmp) / f"{spec['slug']}.pdf").replace(out)
        src.replace(out.with_suffix(".docx"))


def _restart(d, p) -> None:
    """A new numbering instance of the List Number list starting at 1 for paragraph p."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    numbering = d.part.numbering_part.numbering_definitions._numbering
    num_id = p.style.element.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(num_id).abstractNumId.val
    new = numbering.add_num(abstract)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    new.append(override)
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = new.numId


def build_html(spec: dict, out: Path) -> None:
    intro_h, intro, chap, lead, follow_h, follow = INTRO[spec["lang"]]
    css = """@page { size: A4; margin: 20mm 22mm; @bottom-center { content: counter(page); font: 9pt 'Liberation Sans'; } }
body { font: 11pt/1.5 'Liberation Sans', sans-serif; color: #222; }
h1 { font-size: 22pt; color: #1f4e79; } h2 { font-size: 15pt; color: #1f4e79; margin-top: 8mm; }
h3 { font-size: 12pt; color: #1f4e79; margin: 6mm 0 2mm 0; }
ul { margin: 1mm 0 3mm 0; } li { margin-bottom: 1.5mm; }"""
    body = [f"<h1>{spec['title']}</h1><p>{spec['org']}</p><h2>{intro_h}</h2>"]
    body += [f"<p>{p}</p>" for p in intro]
    body.append(f"<h2>{chap}</h2>")
    for i, (goal, items) in enumerate(spec["goals"], 1):
        body.append(f"<h3>{_goal_heading(spec['lang'], i, goal)}</h3>")
        body.append("<p>Många invånare säger i medborgardialogen att de undviker vissa platser och tider. "
                    "Det begränsar deras vardag och deras fritid.</p>")
        body.append(f"<p>{lead}</p><ul>" + "".join(f"<li>{it[0]}</li>" for it in items) + "</ul>")
    body.append(f"<h2>{follow_h}</h2>" + "".join(f"<p>{p}</p>" for p in follow))
    html = (f"<!DOCTYPE html><html lang='{spec['lang']}'><head><meta charset='utf-8'><style>{css}</style></head>"
            f"<body>{''.join(body)}</body></html>")
    out.with_suffix(".html").write_text(html, encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", out.with_suffix(".html").resolve().as_uri()], check=True,
                   capture_output=True)


def build_reportlab(spec: dict, out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer

    fonts = "/usr/share/fonts/truetype/liberation"
    pdfmetrics.registerFont(TTFont("LS", f"{fonts}/LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSB", f"{fonts}/LiberationSans-Bold.ttf"))
    body = ParagraphStyle("b", fontName="LS", fontSize=10.5, leading=14, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="LSB", fontSize=20, leading=24, spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName="LSB", fontSize=14, leading=18, spaceBefore=10, spaceAfter=6)
    h3 = ParagraphStyle("h3", fontName="LSB", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4)
    intro_h, intro, chap, lead, follow_h, follow = INTRO[spec["lang"]]
    flow = [Paragraph(spec["title"], h1), Paragraph(spec["org"], body), Paragraph(intro_h, h2)]
    flow += [Paragraph(p, body) for p in intro]
    flow.append(Paragraph(chap, h2))
    for i, (goal, items) in enumerate(spec["goals"], 1):
        flow.append(Paragraph(_goal_heading(spec["lang"], i, goal), h3))
        flow.append(Paragraph("Many residents told us that they would like to do more but do not know what is "
                              "on offer near them, or cannot get there.", body))
        flow.append(Paragraph(lead, body))
        flow.append(ListFlowable([ListItem(Paragraph(it[0], body), leftIndent=14) for it in items],
                                 bulletType="1", bulletFormat="%s.", bulletFontName="LS", bulletFontSize=10.5,
                                 leftIndent=14))
    flow.append(Paragraph(follow_h, h2))
    flow += [Paragraph(p, body) for p in follow]
    flow.append(Spacer(1, 4 * mm))
    SimpleDocTemplate(str(out), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                      bottomMargin=20 * mm, title=spec["title"]).build(flow)


def _page_of(pdf: Path, text: str) -> int:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    key = " ".join(text.split()[:5])
    for n, page in enumerate(out.split("\f"), 1):
        if key in " ".join(page.split()):
            return n
    raise SystemExit(f"not printed: {text!r}")


def _findings(m: tuple, period_end: int) -> list[tuple[str, str, str]]:
    _printed, text, owners, deadline, kind = m
    out = []
    if not owners:
        out.append(("measure-has-owner", "error", text))
    if kind == "none":
        out.append(("measure-has-deadline", "error", text))
    elif kind in ("continuous", "recurring"):
        out.append(("measure-has-deadline", "warning", text))
    for o in owners:
        if o.split()[0] in ("Alle", "Alla", "All"):
            out.append(("owner-is-accountable", "warning", o))
    if deadline and kind == "period" and deadline[-4:].isdigit() and int(deadline[-4:]) > period_end:
        out.append(("deadline-within-plan-period", "warning", text))
    return out


def write_gold(spec: dict, pdf: Path) -> None:
    q = lambda s: '"' + s.replace('"', '\\"') + '"'  # noqa: E731
    lines = [f"# Gold for {pdf.name}: hand-built variant of fixold37 (tests/data/fixold37/make.py), written from",
             "# construction before plancheck read it.", f"document: {pdf.name}", "held_out: false",
             f"language: {spec['lang']}", f"title: {q(spec['title'])}", "plan_period: {start: 2026, end: 2029}",
             "vision: null", "focus_areas: []", "goals:"]
    for i, (goal, _items) in enumerate(spec["goals"], 1):
        lines.append(f'  - {{id: "G{i}", text: {q(goal)}, kind: "goal", page: {_page_of(pdf, goal)}}}')
    lines += ["strategies: []", "measures:"]
    findings = []
    n = 0
    for i, (_goal, items) in enumerate(spec["goals"], 1):
        for m in items:
            n += 1
            page = _page_of(pdf, m[1])
            owners = "[" + ", ".join(q(o) for o in m[2]) + "]"
            dl = q(m[3]) if m[3] else "null"
            lines.append(f'  - {{id: "M{n}", text: {q(m[1])}, page: {page}, goals: ["G{i}"], strategies: [], '
                         f'owners: {owners}, deadline: {dl}, deadline_kind: "{m[4]}"}}')
            findings += [(r, s, t, _page_of(pdf, t) if r != "owner-is-accountable" else page)
                         for r, s, t in _findings(m, 2029)]
    lines.append("findings:")
    for r, s, t, p in findings:
        lines.append(f'  - {{rule: "{r}", severity: "{s}", quote: {q(t)}, page: {p}}}')
    pdf.with_suffix("").with_suffix(".gold.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    for spec, build in ((NB, build_docx), (SV, build_html), (EN, build_reportlab)):
        folder = HERE / spec["slug"]
        folder.mkdir(exist_ok=True)
        pdf = folder / f"{spec['slug']}.pdf"
        build(spec, pdf)
        write_gold(spec, pdf)
        print(pdf)


if __name__ == "__main__":
    main()
