"""Variants of goal headings that name the goals in other words, with a year or a 'by', written by
the lead of session 38 with gold BEFORE the first run:

- sv python-docx → LibreOffice: 'Målbild 2035' over numbered goals, 'Åtgärder' over lettered actions;
- en reportlab: 'What we want to see by 2031' over bulleted outcomes, 'Actions' over a bullet list;
- nb HTML → Chromium: 'Målbilde 2030' over bulleted goals, 'Tiltak' over numbered measures;
- da odfpy → LibreOffice: 'Målbillede for 2032' over bulleted goals, 'Handlinger' over bullets.

    python bench/goal_heading_variants38.py OUTDIR      # then: plancheck eval OUTDIR -v

Gold: the items under the goal heading are the goals; the items under the measures heading are
measures, serving no goal in particular (the plan does not say which), with no owner or date.
"""

from __future__ import annotations

import html as _html
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml


def _gold(slug: str, lang: str, title: str, period: tuple[int, int], goals: list[str], measures: list[str]) -> dict:
    return {"document": f"{slug}.pdf", "language": lang, "title": title,
            "plan_period": {"start": period[0], "end": period[1]}, "vision": None, "focus_areas": [],
            "goals": [{"id": f"G{i + 1}", "text": g, "kind": "goal", "page": None} for i, g in enumerate(goals)],
            "strategies": [],
            "measures": [{"id": f"M{i + 1}", "text": m, "page": None, "goals": [], "strategies": [], "owners": [],
                          "deadline": None, "deadline_kind": "none"} for i, m in enumerate(measures)]}


def _write(d: Path, slug: str, gold: dict) -> None:
    (d / f"{slug}.gold.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True, sort_keys=False), encoding="utf-8")


SV = ("Trafikstrategi för Ekholm 2025–2035", "sv", (2025, 2035),
      ["Andelen resor med gång, cykel och kollektivtrafik ska öka till 60 procent",
       "Ingen ska dödas eller skadas allvarligt i trafiken i tätorten",
       "Barn ska kunna ta sig säkert till skolan på egen hand"],
      ["Bygga en gång- och cykelbro över järnvägen vid stationen", "Sänka hastigheten till 30 km/h vid alla skolor",
       "Införa pendelparkering vid busshållplatsen i Norrby"])
EN = ("Healthy Lives Action Plan 2027–2031", "en", (2027, 2031),
      ["Fewer children are overweight when they start school", "More adults are physically active every week",
       "People with long-term conditions manage them well at home"],
      ["Offer free family swimming on Saturday mornings", "Train 40 health champions in local workplaces",
       "Set up a walking group in every ward"])
NB = ("Handlingsplan for folkehelse 2027–2030", "nb", (2027, 2030),
      ["Flere innbyggere skal være fysisk aktive", "Færre unge skal oppleve ensomhet",
       "Alle skal ha tilgang til sunn mat i kommunale tilbud"],
      ["Etablere aktivitetskort for barn og unge", "Starte en møteplass for ungdom i sentrum",
       "Innføre gratis skolefrukt i barneskolen"])
DA = ("Handleplan for natur 2028–2032", "da", (2028, 2032),
      ["Der skal være mere vild natur på kommunens arealer", "Borgerne skal have let adgang til naturen",
       "Vandløbene skal have god økologisk tilstand"],
      ["Omlægge 20 hektar græs til vild natur", "Anlægge en natursti langs åen",
       "Fjerne spærringer for fisk i tre vandløb"])


def build_sv(out: Path) -> None:
    import docx

    title, lang, period, goals, acts = SV
    slug = "trafik-malbild-ar-sv"
    d = out / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = docx.Document()
    doc.add_heading(title, 0)
    doc.add_paragraph("Strategin visar hur Ekholm ska utveckla trafiken till 2035.")
    doc.add_heading("Målbild 2035", 1)
    for g in goals:
        doc.add_paragraph(g, style="List Number")
    doc.add_heading("Åtgärder", 1)
    for a in acts:
        doc.add_paragraph(a, style="List Bullet")
    src = d / f"{slug}.docx"
    doc.save(str(src))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(d), str(src)],
                   check=True, capture_output=True, timeout=180)
    _write(d, slug, _gold(slug, lang, title, period, goals, acts))


def build_en(out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate

    title, lang, period, goals, acts = EN
    slug = "healthy-lives-want-to-see-en"
    d = out / slug
    d.mkdir(parents=True, exist_ok=True)
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=17, leading=22, spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=13, leading=17, spaceBefore=10, spaceAfter=4)

    def bullets(items):
        return ListFlowable([ListItem(Paragraph(x, body), leftIndent=14) for x in items], bulletType="bullet",
                            start="•", leftIndent=14)

    story = [Paragraph(title, h1), Paragraph("This plan sets out how the district council will help "
                                             "residents live healthier lives.", body),
             Paragraph("What we want to see by 2031", h2), bullets(goals),
             Paragraph("Actions", h2), bullets(acts)]
    SimpleDocTemplate(str(d / f"{slug}.pdf"), pagesize=A4, invariant=1).build(story)
    _write(d, slug, _gold(slug, lang, title, period, goals, acts))


def build_nb(out: Path) -> None:
    title, lang, period, goals, acts = NB
    slug = "folkehelse-malbilde-nb"
    d = out / slug
    d.mkdir(parents=True, exist_ok=True)
    e = _html.escape
    src = d / f"{slug}.html"
    src.write_text("<!doctype html><meta charset='utf-8'><style>body{font-family:'DejaVu Sans';font-size:10pt;"
                   f"margin:2cm}}</style><h1>{e(title)}</h1><p>Planen følger opp folkehelseoversikten.</p>"
                   "<h2>Målbilde 2030</h2><ul>" + "".join(f"<li>{e(g)}</li>" for g in goals) + "</ul>"
                   "<h2>Tiltak</h2><ol>" + "".join(f"<li>{e(a)}</li>" for a in acts) + "</ol>", encoding="utf-8")
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}",
                        "--no-pdf-header-footer", f"--print-to-pdf={d / (slug + '.pdf')}", src.as_uri()],
                       check=True, capture_output=True, timeout=180)
    _write(d, slug, _gold(slug, lang, title, period, goals, acts))


def build_da(out: Path) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.text import H, List, ListItem, P

    title, lang, period, goals, acts = DA
    slug = "natur-maalbillede-da"
    d = out / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = OpenDocumentText()
    doc.text.addElement(H(outlinelevel=1, text=title))
    doc.text.addElement(P(text="Handleplanen følger naturpolitikken op."))
    for head, items in (("Målbillede for 2032", goals), ("Handlinger", acts)):
        doc.text.addElement(H(outlinelevel=2, text=head))
        lst = List()
        for x in items:
            li = ListItem()
            li.addElement(P(text=x))
            lst.addElement(li)
        doc.text.addElement(lst)
    src = d / f"{slug}.odt"
    doc.save(str(src))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(d), str(src)],
                   check=True, capture_output=True, timeout=180)
    _write(d, slug, _gold(slug, lang, title, period, goals, acts))


if __name__ == "__main__":
    out = Path(sys.argv[1])
    build_sv(out)
    build_en(out)
    build_nb(out)
    build_da(out)
    print(out)
