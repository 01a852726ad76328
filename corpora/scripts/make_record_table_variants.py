"""Three hand-built variants of a RECORD TABLE (labels down the first column, values beside them, one
table per goal or per measure), the form of batch 33's inklusion-smtte-da, for extract/fieldrows.py.
Gold written with the sources, before plancheck read them (page numbers looked up in the PDF text).

- tiltakskort-friluft-nb: python-docx → LibreOffice. Goals stated as 'Mål n: …' paragraphs, then one
  card table per measure, 'Tiltak | Ansvar | Frist | Kostnad | Mål' down the first column; the Mål row
  cites the goals by number ('Mål 1 og 3': two links). An empty Frist cell = no deadline.
- project-cards-en: reportlab. One 'project card' per objective: 'Objective | Background | Actions |
  Lead | Timescale | Measures of success | Review'. Each bullet of the Actions cell is an action, its
  own 'Lead: … · By: …' line under it; a card's Lead / Timescale row holds for the actions that give
  none of their own. Measures of success are indicators, Review is follow-up: no items. The third
  card's Actions cell only says its actions will be agreed later → goal-has-measure.
- smtte-elevhalsa-sv: HTML → Chromium. ONE SMTTE table with three goal columns and the labels
  'S Sammanhang', 'M Mål', 'T Tecken', 'T Tillvägagångssätt', 'U Utvärdering' down the first
  column; each '– <åtgärd>' in the Tillvägagångssätt row is a measure of its column's goal, with an
  'Ansvar: … · Klart: …' line under it.

Usage: python corpora/scripts/make_record_table_variants.py OUTDIR
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_amendment_variants import gold, soffice


def _page_of(pdf: Path, text: str) -> int:
    """The page of ``pdf`` whose text holds the opening words of ``text``."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    key = " ".join(text.split()[:4])
    pages = out.split("\f")
    for k, page in enumerate(pages, 1):
        if key in " ".join(page.split()):
            return k
    for k, page in enumerate(pages, 1):  # wrapped in a narrow column: all its words on the page
        if set(text.split()) <= set(page.split()):
            return k
    raise SystemExit(f"not printed: {text!r} in {pdf}")


# --------------------------------------------------------------------------- nb: tiltakskort (docx)

NB_GOALS = [("Mål 1", "Flere innbyggere skal bruke nærturterrenget minst en gang i uka"),
            ("Mål 2", "Barn og unge skal ha trygge og varierte friluftsområder nær skolen"),
            ("Mål 3", "Friluftsområdene skal være tilgjengelige for personer med nedsatt funksjonsevne")]
# (measure, owner, deadline, deadline kind, cost, goals cited)
NB_CARDS = [("Merke og skilte ti nærturer med utgangspunkt i bydelene", "Kulturavdelingen", "1. juni 2027", "date",
             "kr 400 000", "Mål 1"),
            ("Bygge en universelt utformet sti rundt Kvernvannet", "Kommunalteknikk", "2028", "period",
             "kr 2,1 mill.", "Mål 1 og 3"),
            ("Etablere en gapahuk ved hver barneskole", "Eiendom", "", "none", "kr 600 000", "Mål 2"),
            ("Tilby friluftsskole for 5.–7. trinn i sommerferien", "Kulturavdelingen", "Hver sommer", "recurring",
             "kr 150 000 per år", "Mål 2"),
            ("Kartlegge hindringer for rullestolbrukere i de ti mest brukte turområdene", "Frivilligsentralen",
             "Høsten 2026", "period", "Innenfor rammen", "Mål 3")]


def build_nb(out: Path) -> None:
    from docx import Document

    slug = "tiltakskort-friluft-nb"
    d = out / slug
    d.mkdir(parents=True, exist_ok=True)
    title = "Handlingsplan for friluftsliv 2026–2029"
    doc = Document()
    doc.add_heading(title, 0)
    doc.add_paragraph("Vedtatt av kommunestyret 12. mars 2026.")
    doc.add_heading("Mål for planperioden", 1)
    for label, text in NB_GOALS:
        doc.add_paragraph(f"{label}: {text}")
    doc.add_heading("Tiltakskort", 1)
    doc.add_paragraph("Hvert tiltak er beskrevet på et eget tiltakskort. Raden Mål viser hvilke mål tiltaket bidrar til.")
    for k, (text, owner, deadline, _kind, cost, goals) in enumerate(NB_CARDS, 1):
        doc.add_heading(f"Tiltakskort {k}", 2)
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label, value in (("Tiltak", text), ("Ansvar", owner), ("Frist", deadline), ("Kostnad", cost), ("Mål", goals)):
            cells = t.add_row().cells
            cells[0].text = label
            cells[0].paragraphs[0].runs[0].bold = True
            cells[1].text = value
        doc.add_paragraph("")
    src = d / f"{slug}.docx"
    doc.save(src)
    pdf = soffice(src, d)
    goals = [(f"M{i}", text, _page_of(pdf, text)) for i, (_l, text) in enumerate(NB_GOALS, 1)]
    measures = []
    findings = []
    for k, (text, owner, deadline, kind, _cost, cited) in enumerate(NB_CARDS, 1):
        page = _page_of(pdf, text)
        gids = [f"M{n}" for n in cited.replace("Mål", "").replace("og", ",").split(",") if n.strip()]
        gids = [g.replace(" ", "") for g in gids]
        measures.append((f"T{k}", text, page, gids, [owner], deadline or None, kind))
        if not deadline:
            findings.append(("measure-has-deadline", "error", text, page))
        if kind == "recurring":
            findings.append(("measure-has-deadline", "warning", text, page))
    gold(d / f"{slug}.gold.yaml", f"{slug}.pdf", "nb", title, (2026, 2029), goals, measures, findings,
         "python-docx → LibreOffice. One card table per measure, labels down the first column "
         "('Tiltak | Ansvar | Frist | Kostnad | Mål'); the Mål row cites goals by number.")


# --------------------------------------------------------------------------- en: project cards (reportlab)

# (objective, background, [(action, lead, by, by kind)], card lead, card timescale, success, review)
EN_CARDS = [
    ("More children walk, scoot or cycle to school every day",
     "Only 38 per cent of pupils travel to school actively, and traffic at the school gates worries parents.",
     [("Build a protected cycle lane on Mill Road between the station and Hartley Primary", "Highways", "March 2027", "date"),
      ("Run Bikeability training for every Year 6 pupil", "Road Safety Team", "Every summer term", "recurring"),
      ("Close the street outside three primary schools at drop-off and pick-up times", "", "September 2026", "date")],
     "", "", "The share of pupils who walk, scoot or cycle rises to 50 per cent by 2029.",
     "Hands-up survey each autumn, reported to the Transport Committee."),
    ("Commuters can cycle safely between the town centre and the business park",
     "The A614 roundabout is the main barrier; two serious collisions involved cyclists in 2024.",
     [("Design a segregated crossing at the A614 roundabout", "", "", "none"),
      ("Add 120 covered cycle parking spaces at the business park", "", "", "none")],
     "Transport Planning", "2026–2028", "Cycle counts on the business park link double from the 2025 count.",
     "Progress reported to the Active Travel Board twice a year."),
    ("Bus and rail journeys are easy to combine with walking and cycling",
     "Few stations and bus hubs have secure cycle parking or clear walking routes.",
     [], "", "", "Passenger survey shows higher satisfaction with interchange by 2029.",
     "Reviewed when the actions are agreed."),
]
EN_PENDING = "Actions will be agreed with the bus and rail operators in spring 2026."


def build_en(out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    slug = "project-cards-en"
    d = out / slug
    d.mkdir(parents=True, exist_ok=True)
    title = "Active Travel Action Plan 2026–2029"
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    lead_style = ParagraphStyle("lead", parent=body, fontName="Helvetica-Oblique", fontSize=9, leftIndent=10)
    bold = ParagraphStyle("b", parent=body, fontName="Helvetica-Bold")
    story = [Paragraph(title, ss["Title"]),
             Paragraph("Each objective of the plan is set out on a project card: why it matters, the actions we "
                       "will take, who leads them and by when, and how we will know it is working.", body)]
    for k, (objective, background, actions, lead, timescale, success, review) in enumerate(EN_CARDS, 1):
        story.append(Paragraph(f"Project card {k}", ss["Heading2"]))
        cell = []
        for text, own_lead, by, _kind in actions:
            cell.append(Paragraph(f"• {text}", body))
            fields = [f for f in ((f"Lead: {own_lead}" if own_lead else ""), (f"By: {by}" if by else "")) if f]
            if fields:
                cell.append(Paragraph(" · ".join(fields), lead_style))
        if not actions:
            cell = [Paragraph(EN_PENDING, body)]
        rows = [["Objective", Paragraph(objective, bold)], ["Background", Paragraph(background, body)],
                ["Actions", cell]]
        if lead:
            rows.append(["Lead", Paragraph(lead, body)])
        if timescale:
            rows.append(["Timescale", Paragraph(timescale, body)])
        rows += [["Measures of success", Paragraph(success, body)], ["Review", Paragraph(review, body)]]
        t = Table([[Paragraph(f"<b>{a}</b>", body), b] for a, b in rows], colWidths=[110, 370])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#777777"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (0, -1), "#e8eef4")]))
        story += [t, Spacer(1, 12)]
    pdf = d / f"{slug}.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4).build(story)
    goals = [(f"M{i}", c[0], _page_of(pdf, c[0])) for i, c in enumerate(EN_CARDS, 1)]
    measures, findings = [], []
    n = 0
    for i, (objective, _b, actions, lead, timescale, _s, _r) in enumerate(EN_CARDS, 1):
        for text, own_lead, by, kind in actions:
            n += 1
            page = _page_of(pdf, text)
            owner = own_lead or lead
            deadline = by or timescale
            dkind = kind if by else ("period" if timescale else "none")
            measures.append((f"T{n}", text, page, [f"M{i}"], [owner] if owner else [], deadline or None, dkind))
            if not owner:
                findings.append(("measure-has-owner", "error", text, page))
            if not deadline:
                findings.append(("measure-has-deadline", "error", text, page))
            elif dkind == "recurring":
                findings.append(("measure-has-deadline", "warning", text, page))
        if not actions:
            findings.append(("goal-has-measure", "error", objective, _page_of(pdf, objective)))
    gold(d / f"{slug}.gold.yaml", f"{slug}.pdf", "en", title, (2026, 2029), goals, measures, findings,
         "reportlab. One project card per objective, labels down the first column; each bullet of Actions is "
         "an action with its own 'Lead: … · By: …' line; a card's Lead / Timescale rows hold for actions "
         "giving none. Measures of success / Review: no items. Card 3 only says actions will be agreed.")


# --------------------------------------------------------------------------- sv: SMTTE, three goal columns (HTML)

SV_COLS = [
    ("Närvaro", "Frånvaron har ökat sedan 2023, mest i årskurs 7–9.",
     "Alla elever ska vara i skolan varje dag",
     "Den långvariga frånvaron är under 3 procent läsåret 2027/28.",
     [("Införa ett gemensamt system för närvarouppföljning i alla skolor", "Skolkontoret", "1 augusti 2026", "date"),
      ("Ringa hem samma dag när en elev är frånvarande utan anmälan", "Rektorerna", "Löpande", "continuous")],
     "Närvaron följs upp varje termin."),
    ("Psykisk hälsa", "Fler elever söker elevhälsan för oro och nedstämdhet.",
     "Eleverna ska må bra och veta var de kan få stöd",
     "Fler elever än 2025 svarar att de vet vem de kan prata med.",
     [("Anställa två skolkuratorer till högstadiet", "Elevhälsan", "Vårterminen 2027", "period"),
      ("Ge all personal utbildning i första hjälpen till psykisk hälsa", "", "2027", "period")],
     "Elevenkäten i mars varje år."),
    ("Studiero", "Många elever beskriver stökiga lektioner.",
     "Alla klassrum ska präglas av arbetsro",
     "Andelen elever som upplever studiero ökar varje år.",
     [("Ta fram gemensamma ordningsregler tillsammans med elevråden", "Rektorerna", "", "none")],
     "Skolinspektionens enkät och elevrådens synpunkter."),
]


def build_sv(out: Path) -> None:
    slug = "smtte-elevhalsa-sv"
    d = out / slug
    d.mkdir(parents=True, exist_ok=True)
    title = "Handlingsplan för elevhälsa 2026–2028"

    def acts(items):
        lines = []
        for text, owner, done, _k in items:
            lines.append(f"– {text}")
            fields = [f for f in ((f"Ansvar: {owner}" if owner else ""), (f"Klart: {done}" if done else "")) if f]
            if fields:
                lines.append("<i>" + " · ".join(fields) + "</i>")
        return "<br>".join(lines)

    def row(label, cells):
        initial, word = label
        return (f"<tr><th><b>{initial}</b><br>{word}</th>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")

    head = "<tr><th></th>" + "".join(f"<th>{c[0]}</th>" for c in SV_COLS) + "</tr>"
    body = "".join([
        row(("S", "Sammanhang"), [c[1] for c in SV_COLS]),
        row(("M", "Mål"), [f"<b>{c[2]}</b>" for c in SV_COLS]),
        row(("T", "Tecken"), [c[3] for c in SV_COLS]),
        row(("T", "Tillvägagångssätt"), [acts(c[4]) for c in SV_COLS]),
        row(("U", "Utvärdering"), [c[5] for c in SV_COLS]),
    ])
    html = ("<html><head><meta charset='utf-8'><style>body{font-family:Arial;font-size:9.5pt}"
            "table{border-collapse:collapse;width:100%}td,th{border:1px solid #888;padding:4px;vertical-align:top;"
            "text-align:left}th{background:#eef}</style></head><body>"
            f"<h1>{title}</h1><p>Antagen av barn- och utbildningsnämnden den 4 februari 2026.</p>"
            "<h2>Så läser du SMTTE-modellen</h2><p>Varje fokusområde har en kolumn. Tecken visar att vi är på väg "
            "mot målet; de är inga nya mål. Under varje åtgärd står vem som ansvarar och när den ska vara klar.</p>"
            f"<table>{head}{body}</table></body></html>")
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "p.html"
        p.write_text(html, encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={d / (slug + '.pdf')}", p.as_uri()], check=True, capture_output=True)
    (d / f"{slug}.html").write_text(html, encoding="utf-8")
    pdf = d / f"{slug}.pdf"
    goals = [(f"M{i}", c[2], _page_of(pdf, c[2])) for i, c in enumerate(SV_COLS, 1)]
    measures, findings = [], []
    n = 0
    for i, c in enumerate(SV_COLS, 1):
        for text, owner, done, kind in c[4]:
            n += 1
            page = _page_of(pdf, text)
            measures.append((f"T{n}", text, page, [f"M{i}"], [owner] if owner else [], done or None, kind))
            if not owner:
                findings.append(("measure-has-owner", "error", text, page))
            if not done:
                findings.append(("measure-has-deadline", "error", text, page))
            elif kind == "continuous":
                findings.append(("measure-has-deadline", "warning", text, page))
    gold(d / f"{slug}.gold.yaml", f"{slug}.pdf", "sv", title, (2026, 2028), goals, measures, findings,
         "HTML → Chromium. One SMTTE table, three goal columns, labels down the first column; the "
         "Tillvägagångssätt row's '– …' lines are measures with an 'Ansvar: … · Klart: …' line under each.")


if __name__ == "__main__":
    target = Path(sys.argv[1])
    build_nb(target)
    build_en(target)
    build_sv(target)
