"""Variants of two goal forms, written by the lead of session 38 with gold BEFORE the first run:

- a goal set as a BOLD SENTENCE on a line of its own (read as a heading) right over bulleted
  activities, no goal word labelling it: nb python-docx → LibreOffice, en HTML → Chromium;
- one unnumbered "Delmål:" / "Sub-goal:" line per focus area, under the area's background text
  and over its measures: da reportlab ("Delmål:"), nn odfpy → LibreOffice ("Delmål:").

    python bench/goal_forms_variants38.py OUTDIR      # then: plancheck eval OUTDIR -v

Gold: the bold sentences and the Delmål lines are the goals; the area headings are focus areas
(not goals); the background paragraph is neither; each activity serves the goal over it.
"""

from __future__ import annotations

import html as _html
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml


def _gold(slug: str, lang: str, title: str, period: tuple[int, int], areas: list[tuple]) -> dict:
    goals, measures = [], []
    for _area, _bg, goal, acts in areas:
        goals.append({"id": f"G{len(goals) + 1}", "text": goal, "kind": "goal", "page": None})
        for text in acts:
            measures.append({"id": f"M{len(measures) + 1}", "text": text, "page": None,
                             "goals": [goals[-1]["id"]], "strategies": [], "owners": [], "deadline": None,
                             "deadline_kind": "none"})
    return {"document": f"{slug}.pdf", "language": lang, "title": title,
            "plan_period": {"start": period[0], "end": period[1]}, "vision": None,
            "focus_areas": [a[0] for a in areas], "goals": goals, "strategies": [], "measures": measures}


def _write_gold(d: Path, slug: str, gold: dict) -> None:
    (d / f"{slug}.gold.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True, sort_keys=False), encoding="utf-8")


NB_TITLE = "Handlingsplan for friluftsliv 2027–2030"
NB = [
    ("Turstier og nærturterreng",
     "Mange av turstiene i kommunen er dårlig merket, og flere nærturområder mangler parkering.",
     "Alle innbyggere skal ha et merket turtilbud innen 500 meter fra boligen",
     ["Merke og skilte ti nye nærturer i tettstedene", "Rydde og gruse stien rundt Storvatnet",
      "Lage turkart for hver skolekrets"]),
    ("Friluftsliv for barn og unge",
     "Færre barn går på tur med familien enn før, og skolene bruker naturen mindre i undervisningen.",
     "Barn og unge skal bli kjent med naturen i nærmiljøet sitt",
     ["Gi alle 5. klasser en overnattingstur med lavvo", "Låne ut friluftsutstyr gratis fra biblioteket"]),
]


def build_nb(out: Path) -> None:
    import docx

    slug = "friluftsliv-fet-setning-nb"
    d = out / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = docx.Document()
    doc.add_heading(NB_TITLE, 0)
    doc.add_paragraph("Planen viser hva kommunen vil gjøre for at flere skal bruke naturen. For hvert "
                      "innsatsområde står målet med fet skrift og tiltakene under.")
    for k, (area, bg, goal, acts) in enumerate(NB, 1):
        doc.add_heading(f"{k}. {area}", 1)
        doc.add_paragraph(bg)
        p = doc.add_paragraph()
        p.add_run(goal).bold = True
        for a in acts:
            doc.add_paragraph(a, style="List Bullet")
    src = d / f"{slug}.docx"
    doc.save(str(src))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(d), str(src)],
                   check=True, capture_output=True, timeout=180)
    _write_gold(d, slug, _gold(slug, "nb", NB_TITLE, (2027, 2030), NB))


EN_TITLE = "Active Travel Action Plan 2027–2030"
EN = [
    ("Safer routes to school",
     "Two in five pupils are driven to school, and parents name traffic at the gates as the main reason.",
     "More children will walk, cycle or scoot to school every day",
     ["Introduce school streets at six primary schools", "Fund cycle training for every Year 6 pupil",
      "Install scooter racks at all primary schools"]),
    ("A connected cycle network",
     "The town's cycle lanes stop and start, and there is no safe route across the ring road.",
     "Residents will be able to cycle safely between every neighbourhood and the town centre",
     ["Build a segregated crossing of the ring road at Mill Lane", "Fill the four gaps in the riverside route",
      "Add secure cycle parking at the railway station"]),
]


def build_en(out: Path) -> None:
    slug = "active-travel-bold-aim-en"
    d = out / slug
    d.mkdir(parents=True, exist_ok=True)
    e = _html.escape
    parts = [f"<h1>{e(EN_TITLE)}</h1><p>This plan sets out how the council will make walking and cycling "
             "the natural choice for short journeys.</p>"]
    for k, (area, bg, goal, acts) in enumerate(EN, 1):
        parts.append(f"<h2>{k}. {e(area)}</h2><p>{e(bg)}</p><p><b>{e(goal)}</b></p><ul>"
                     + "".join(f"<li>{e(a)}</li>" for a in acts) + "</ul>")
    src = d / f"{slug}.html"
    src.write_text("<!doctype html><meta charset='utf-8'><style>body{font-family:'Liberation Sans';"
                   "font-size:10.5pt;margin:2cm}</style>" + "".join(parts), encoding="utf-8")
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}",
                        "--no-pdf-header-footer", f"--print-to-pdf={d / (slug + '.pdf')}", src.as_uri()],
                       check=True, capture_output=True, timeout=180)
    _write_gold(d, slug, _gold(slug, "en", EN_TITLE, (2027, 2030), EN))


DA_TITLE = "Handleplan for affald og genbrug 2027–2030"
DA = [
    ("Mindre madspild",
     "Kommunens institutioner smider hvert år omkring 40 ton mad ud. Det koster både penge og klima.",
     "Madspildet i kommunens institutioner skal halveres",
     ["Måle madspildet i alle køkkener fire gange om året", "Indføre mindre portioner og genbestilling i kantinerne",
      "Give overskudsmad til væresteder"]),
    ("Mere genbrug",
     "Genbrugspladsen modtager mange ting, der kunne bruges igen, men kun en lille del bliver genbrugt.",
     "Flere ting fra genbrugspladsen skal bruges igen",
     ["Åbne en genbrugsbutik på genbrugspladsen", "Indsamle byggematerialer til genbrug"]),
]


def build_da(out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer

    slug = "affald-delmaal-linje-da"
    d = out / slug
    d.mkdir(parents=True, exist_ok=True)
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=4)
    story = [Paragraph(DA_TITLE, h1), Paragraph("Handleplanen følger kommunens affaldsplan op. Hvert indsatsområde "
                                                "har et delmål og en række handlinger.", body)]
    for k, (area, bg, goal, acts) in enumerate(DA, 1):
        story += [Paragraph(f"{k}. {area}", h2), Paragraph(bg, body), Spacer(1, 4),
                  Paragraph(f"<b>Delmål:</b> {goal}", body), Spacer(1, 4),
                  ListFlowable([ListItem(Paragraph(a, body), leftIndent=14) for a in acts], bulletType="bullet",
                               start="•", leftIndent=14)]
    SimpleDocTemplate(str(d / f"{slug}.pdf"), pagesize=A4, invariant=1).build(story)
    _write_gold(d, slug, _gold(slug, "da", DA_TITLE, (2027, 2030), DA))


NN_TITLE = "Handlingsplan for kulturminne 2027–2030"
NN = [
    ("Freda og verneverdige bygningar",
     "Kommunen har 14 freda bygningar og om lag 300 verneverdige. Mange av dei står tomme.",
     "Fleire verneverdige bygningar skal vere i bruk",
     ["Tilby gratis rådgjeving til eigarar av verneverdige hus", "Setje av 200 000 kroner i året til tilskot"]),
    ("Kulturminne i landskapet",
     "Gamle vegfar, steingardar og seterområde gror att når beitet tek slutt.",
     "Kulturlandskapet i dei mest verdfulle områda skal haldast ope",
     ["Rydde den gamle postvegen over fjellet", "Kartleggje steingardar i Nordbygda",
      "Inngå avtalar om beite i setergrendene"]),
]


def build_nn(out: Path) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.style import ParagraphProperties, Style, TextProperties
    from odf.text import H, List, ListItem, P, Span

    slug = "kulturminne-delmal-linje-nn"
    d = out / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = OpenDocumentText()
    b = Style(name="Bold", family="text")
    b.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(b)
    sp = Style(name="Sp", family="paragraph")
    sp.addElement(ParagraphProperties(marginbottom="0.2cm"))
    doc.automaticstyles.addElement(sp)
    doc.text.addElement(H(outlinelevel=1, text=NN_TITLE))
    doc.text.addElement(P(stylename=sp, text="Planen fylgjer opp kulturminneplanen. Kvart innsatsområde har eitt "
                                           "delmål og tiltak under."))
    for k, (area, bg, goal, acts) in enumerate(NN, 1):
        doc.text.addElement(H(outlinelevel=2, text=f"{k} {area}"))
        doc.text.addElement(P(stylename=sp, text=bg))
        p = P(stylename=sp)
        p.addElement(Span(stylename=b, text="Delmål: "))
        p.addText(goal)
        doc.text.addElement(p)
        lst = List()
        for a in acts:
            li = ListItem()
            li.addElement(P(text=a))
            lst.addElement(li)
        doc.text.addElement(lst)
    src = d / f"{slug}.odt"
    doc.save(str(src))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(d), str(src)],
                   check=True, capture_output=True, timeout=180)
    _write_gold(d, slug, _gold(slug, "nn", NN_TITLE, (2027, 2030), NN))


if __name__ == "__main__":
    out = Path(sys.argv[1])
    build_nb(out)
    build_en(out)
    build_da(out)
    build_nn(out)
    print(out)
