"""Three hand-built variants of a task list printed from a project tool (the form of batch 33's
heltidskultur-msproject-nb, a Microsoft Project Gantt view), for the task-list reader
(plancheck/extract/tasklists.py). Gold written with the sources, before plancheck read them.
The convention is the batch's: summary rows (the rows other tasks are indented or numbered
under) are the goals, the tasks under them their measures; milestones (zero duration) are no
measures; the resource column names the owners (';' joins several); the finish column is the
deadline; duration, start and % complete are never deadlines; the bar area holds nothing.

- gantt-tasks-en: reportlab, A4 landscape, 'ID | Task Name | Duration | Start | Finish |
  Resource Names | % Complete' beside six quarter columns whose bars are filled cells; NO
  outline numbers: the summary rows are bold, their tasks indented; US dates with weekday
  ('Fri 3/27/26'), durations '40 days', a milestone '0 days'.
- gantt-calc-nn: odfpy .ods → LibreOffice Calc, a grid 'WBS | Oppgåvenamn | Varigheit | Start |
  Slutt | Ressursnamn | % fullført' with outline numbers and no bold, dates '27.03.2026'.
- wbs-tabell-sv: python-docx → LibreOffice Writer, a WBS table 'Uppgiftsnamn | Start | Slut |
  Resursnamn' with no numbers: summary rows bold, tasks indented; ISO dates.
- wbs-indrykning-da: python-docx → LibreOffice Writer, a WBS table 'Opgavenavn | Start | Slut |
  Ansvarlig' with neither numbers nor bold: the hierarchy is the indentation alone (added after the
  first three read; gold written before plancheck read it).

Usage: python corpora/scripts/make_tasklist_variants.py OUTDIR
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_amendment_variants import gold, soffice

# (summary text, [(task, duration, start, finish, resources, percent)]); duration 0 = milestone
EN_TITLE = "Town Centre Green Streets Plan 2026–2027"
EN = [
    ("More trees and planting along the town centre streets", [
        ("Survey every street for tree pits and soil depth", "40 days", "Mon 2/2/26", "Fri 3/27/26", "Parks Team", "100%"),
        ("Plant 120 street trees on High Street and Mill Lane", "120 days", "Mon 9/7/26", "Fri 2/19/27", "Parks Team;Highways", "0%"),
        ("Planting plan approved by the cabinet", "0 days", "Thu 4/16/26", "Thu 4/16/26", "", "0%"),
    ]),
    ("Residents take part in caring for the new green spaces", [
        ("Set up a street champions scheme with a small grants fund", "60 days", "Wed 4/1/26", "Tue 6/23/26", "Community Development", "20%"),
        ("Run planting days with the primary schools each spring", "30 days", "Mon 3/1/27", "Fri 4/9/27", "", "0%"),
    ]),
    ("Green streets stay safe and accessible for everyone", [
        ("Access audit published", "0 days", "Fri 10/30/26", "Fri 10/30/26", "", "0%"),
    ]),
]
EN_OWNERS = {"Parks Team": ["Parks Team"], "Parks Team;Highways": ["Parks Team", "Highways"],
             "Community Development": ["Community Development"], "": []}

NN_TITLE = "Tiltaksplan for trafikktryggleik 2026–2028"
NN = [
    ("1", "Ingen skal bli hardt skadde i trafikken i Fjellvik", [
        ("1.1", "Byggje fortau langs Skulevegen", "180 d", "01.04.2026", "18.12.2026", "Teknisk eining", "10 %"),
        ("1.2", "Fortauet opna", "0 d", "18.12.2026", "18.12.2026", "", "0 %"),
        ("1.3", "Setje ned fartsgrensa ved alle skular", "60 d", "04.01.2027", "26.03.2027", "Teknisk eining;Politiet", "0 %"),
    ]),
    ("2", "Born og unge skal ferdast trygt til skulen", [
        ("2.1", "Gi alle 6. klassar sykkelopplæring", "40 d", "07.09.2026", "30.10.2026", "Oppvekst", "0 %"),
        ("2.2", "Kartleggje skulevegane saman med FAU", "30 d", "01.02.2028", "14.03.2028", "", "0 %"),
        ("2.3", "Lage ein ny trafikkplan for skulane", "90 d", "03.09.2029", "04.01.2030", "Oppvekst", "0 %"),
    ]),
]

SV_TITLE = "Handlingsplan för trygghet i centrum 2026–2027"
SV = [
    ("Fler ska känna sig trygga i centrum på kvällstid", [
        ("Byta till LED-belysning i gångtunnlarna", "2026-03-02", "2026-06-30", "Gatukontoret"),
        ("Starta nattvandring med föreningarna", "2026-05-04", "2026-09-25", "Fritidsförvaltningen;Föreningsrådet"),
    ]),
    ("Färre skadegörelser på kommunens fastigheter", [
        ("Införa snabb klottersanering inom 24 timmar", "2026-01-12", "2026-04-30", "Fastighetsavdelningen"),
        ("Sätta upp kameror vid resecentrum", "2026-08-03", "2027-02-26", ""),
    ]),
]


DA_TITLE = "Handleplan for ensomhed 2026–2028"
DA = [
    ("Færre ældre skal føle sig ensomme", "05-01-2026", "29-09-2028", [
        ("Oprette en besøgsven-ordning i alle lokalområder", "05-01-2026", "30-06-2026", "Frivilligcentret"),
        ("Tilbyde fællesspisning på plejecentrene hver uge", "03-08-2026", "29-09-2028", "Sundhed og Omsorg;Frivilligcentret"),
    ]),
    ("Unge skal have fællesskaber uden for skolen", "01-02-2027", "30-12-2027", [
        ("Åbne ungdomsklubben tre aftener mere om ugen", "01-02-2027", "30-06-2027", "Børn og Unge"),
        ("Starte et mentorprogram for unge på erhvervsskolen", "02-08-2027", "30-12-2027", ""),
    ]),
]


def _zero(duration: str) -> bool:
    return duration.split()[0] == "0"


def build_en(out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    slug = "gantt-tasks-en"
    d = out / slug
    d.mkdir(parents=True, exist_ok=True)
    ss = getSampleStyleSheet()
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=7.5, leading=9)
    bold = ParagraphStyle("b", parent=cell, fontName="Helvetica-Bold")
    quarters = ["Q1 2026", "Q2 2026", "Q3 2026", "Q4 2026", "Q1 2027", "Q2 2027"]
    head = ["ID", "Task Name", "Duration", "Start", "Finish", "Resource Names", "% Complete", *quarters]
    data = [head]
    style = [("GRID", (0, 0), (-1, -1), 0.4, "#999999"), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7.5),
             ("FONT", (0, 1), (-1, -1), "Helvetica", 7.5), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    n = 0
    spans = {"Fri 3/27/26": (0, 0), "Fri 2/19/27": (2, 4), "Tue 6/23/26": (1, 1), "Fri 4/9/27": (4, 5)}
    summary_dates = [("210 days", "Mon 2/2/26", "Fri 2/19/27"), ("290 days", "Wed 4/1/26", "Fri 4/9/27"),
                     ("0 days", "Fri 10/30/26", "Fri 10/30/26")]
    for (text, tasks), (sd, ss_, sf) in zip(EN, summary_dates, strict=True):
        n += 1
        data.append([str(n), Paragraph(text, bold), sd, ss_, sf, "", "", *[""] * len(quarters)])
        style.append(("FONT", (0, len(data) - 1), (6, len(data) - 1), "Helvetica-Bold", 7.5))
        for t, dur, st, fi, res, pc in tasks:
            n += 1
            data.append([str(n), Paragraph("&nbsp;&nbsp;&nbsp;&nbsp;" + t, cell), dur, st, fi, res, pc,
                         *[""] * len(quarters)])
            if fi in spans:
                a, b = spans[fi]
                style.append(("BACKGROUND", (7 + a, len(data) - 1), (7 + b, len(data) - 1), colors.HexColor("#4f81bd")))
    widths = [22, 230, 45, 62, 62, 120, 48, *[42] * len(quarters)]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle(style))
    SimpleDocTemplate(str(d / f"{slug}.pdf"), pagesize=landscape(A4), leftMargin=24, rightMargin=24).build(
        [Paragraph(EN_TITLE, ss["Heading1"]),
         Paragraph("The plan runs from 2026 to 2027. The task list below is printed from the council's project "
                   "schedule: summary tasks in bold are the plan's goals, the tasks under them its actions.", ss["BodyText"]),
         Spacer(1, 8), t])
    goals = [(f"M{i}", text, 1) for i, (text, _t) in enumerate(EN, 1)]
    measures, findings = [], []
    k = 0
    for gi, (_text, tasks) in enumerate(EN, 1):
        for t_, dur, _st, fi, res, _pc in tasks:
            if _zero(dur):
                continue
            k += 1
            measures.append((f"T{k}", t_, 1, [f"M{gi}"], EN_OWNERS[res], fi, "date"))
            if not res:
                findings.append(("measure-has-owner", "error", t_, 1))
    findings.append(("goal-has-measure", "error", EN[2][0], 1))
    gold(d / f"{slug}.gold.yaml", f"{slug}.pdf", "en", EN_TITLE, (2026, 2027), goals, measures, findings,
         "A Gantt task list with no outline numbers: bold summary rows are the goals, the indented tasks "
         "under them the measures; '0 days' rows are milestones (no measures; goal 3 has only one); "
         "Resource Names = owners (';' two); Finish = deadline; the quarter bars hold nothing.")


def build_nn(out: Path) -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import ParagraphProperties, Style, TableCellProperties, TableColumnProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P

    slug = "gantt-calc-nn"
    d = out / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = OpenDocumentSpreadsheet()
    box = Style(name="box", family="table-cell")
    box.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap"))
    box.addElement(ParagraphProperties())
    doc.automaticstyles.addElement(box)
    widths = ["1.0cm", "5.5cm", "1.5cm", "2.0cm", "2.0cm", "3.3cm", "1.5cm"]
    sheet = Table(name="Tiltak")
    for i, w in enumerate(widths):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        sheet.addElement(TableColumn(stylename=cs))

    def row(values: list[str], styled: bool = True) -> None:
        tr = TableRow()
        for v in values:
            tc = TableCell(valuetype="string", stylename=box) if styled else TableCell(valuetype="string")
            tc.addElement(P(text=v))
            tr.addElement(tc)
        sheet.addElement(tr)

    row([NN_TITLE], styled=False)
    row([""], styled=False)
    row(["WBS", "Oppgåvenamn", "Varigheit", "Start", "Slutt", "Ressursnamn", "% fullført"])
    rolled = [("240 d", "01.04.2026", "26.03.2027"), ("870 d", "07.09.2026", "04.01.2030")]
    for (num, text, tasks), (dur, st, fi) in zip(NN, rolled, strict=True):
        row([num, text, dur, st, fi, "", ""])
        for t in tasks:
            row(list(t))
    doc.spreadsheet.addElement(sheet)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{slug}.ods"
        doc.save(str(src))
        pdf = soffice(src, Path(tmp))
        (d / f"{slug}.pdf").write_bytes(pdf.read_bytes())
    goals = [(f"M{i}", text, 1) for i, (_n, text, _t) in enumerate(NN, 1)]
    measures, findings = [], []
    k = 0
    for gi, (_n, _text, tasks) in enumerate(NN, 1):
        for _num, t_, dur, _st, fi, res, _pc in tasks:
            if _zero(dur):
                continue
            k += 1
            measures.append((f"T{k}", t_, 1, [f"M{gi}"], [r for r in res.split(";") if r], fi, "date"))
            if not res:
                findings.append(("measure-has-owner", "error", t_, 1))
            if fi.endswith("2030"):
                findings.append(("deadline-within-plan-period", "warning", t_, 1))
    gold(d / f"{slug}.gold.yaml", f"{slug}.pdf", "nn", NN_TITLE, (2026, 2028), goals, measures, findings,
         "A spreadsheet task list (Calc): WBS numbers give the hierarchy (1 = goal, 1.1 = measure); '0 d' is a "
         "milestone, no measure; Ressursnamn = owners (';' two); Slutt = deadline; 04.01.2030 is after 2026–2028.")


def build_sv(out: Path) -> None:
    from docx import Document
    from docx.shared import Cm, Pt

    slug = "wbs-tabell-sv"
    d = out / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = Document()
    doc.add_heading(SV_TITLE, 1)
    doc.add_paragraph("Handlingsplanen gäller 2026–2027. Arbetsnedbrytningen nedan visar planens mål i fetstil "
                      "och aktiviteterna under varje mål.")
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for c, h in zip(table.rows[0].cells, ["Uppgiftsnamn", "Start", "Slut", "Resursnamn"], strict=True):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    rolled = [("2026-03-02", "2026-09-25"), ("2026-01-12", "2027-02-26")]
    for (text, tasks), (st, fi) in zip(SV, rolled, strict=True):
        cells = table.add_row().cells
        for c, v in zip(cells, [text, st, fi, ""], strict=True):
            c.text = v
            if c.paragraphs[0].runs:
                c.paragraphs[0].runs[0].bold = True
        for t, s, f, r in tasks:
            cells = table.add_row().cells
            for c, v in zip(cells, [t, s, f, r], strict=True):
                c.text = v
            cells[0].paragraphs[0].paragraph_format.left_indent = Cm(0.8)
    table.autofit = False
    for col, w in zip(table.columns, [Cm(6.0), Cm(2.5), Cm(2.5), Cm(4.2)], strict=True):
        col.width = w
    for row in table.rows:
        for c, w in zip(row.cells, [Cm(6.0), Cm(2.5), Cm(2.5), Cm(4.2)], strict=True):
            c.width = w
            for p in c.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{slug}.docx"
        doc.save(str(src))
        (d / f"{slug}.docx").write_bytes(src.read_bytes())
        pdf = soffice(src, Path(tmp))
        (d / f"{slug}.pdf").write_bytes(pdf.read_bytes())
    goals = [(f"M{i}", text, 1) for i, (text, _t) in enumerate(SV, 1)]
    measures, findings = [], []
    k = 0
    for gi, (_text, tasks) in enumerate(SV, 1):
        for t_, _s, f, r in tasks:
            k += 1
            measures.append((f"T{k}", t_, 1, [f"M{gi}"], [x for x in r.split(";") if x], f, "date"))
            if not r:
                findings.append(("measure-has-owner", "error", t_, 1))
    gold(d / f"{slug}.gold.yaml", f"{slug}.pdf", "sv", SV_TITLE, (2026, 2027), goals, measures, findings,
         "A Word WBS table with no numbers: bold summary rows are the goals, the indented rows under them the "
         "measures; Resursnamn = owners (';' two); Slut = deadline; Start never.")


def build_da(out: Path) -> None:
    from docx import Document
    from docx.shared import Cm, Pt

    slug = "wbs-indrykning-da"
    d = out / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = Document()
    doc.add_heading(DA_TITLE, 1)
    doc.add_paragraph("Handleplanen gælder 2026–2028. Oversigten nedenfor er planens projektplan: målene står yderst, "
                      "aktiviteterne rykket ind under det mål, de hører til.")
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for c, h in zip(table.rows[0].cells, ["Opgavenavn", "Start", "Slut", "Ansvarlig"], strict=True):
        c.text = h
    for text, st, fi, tasks in DA:
        for c, v in zip(table.add_row().cells, [text, st, fi, ""], strict=True):
            c.text = v
        for t, s_, f, r in tasks:
            cells = table.add_row().cells
            for c, v in zip(cells, [t, s_, f, r], strict=True):
                c.text = v
            cells[0].paragraphs[0].paragraph_format.left_indent = Cm(0.8)
    table.autofit = False
    widths = [Cm(6.0), Cm(2.5), Cm(2.5), Cm(4.2)]
    for col, w in zip(table.columns, widths, strict=True):
        col.width = w
    for row in table.rows:
        for c, w in zip(row.cells, widths, strict=True):
            c.width = w
            for p in c.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{slug}.docx"
        doc.save(str(src))
        (d / f"{slug}.docx").write_bytes(src.read_bytes())
        pdf = soffice(src, Path(tmp))
        (d / f"{slug}.pdf").write_bytes(pdf.read_bytes())
    goals = [(f"M{i}", text, 1) for i, (text, _s, _f, _t) in enumerate(DA, 1)]
    measures, findings = [], []
    k = 0
    for gi, (_text, _s, _f, tasks) in enumerate(DA, 1):
        for t_, _st, f, r in tasks:
            k += 1
            measures.append((f"T{k}", t_, 1, [f"M{gi}"], [x for x in r.split(";") if x], f, "date"))
            if not r:
                findings.append(("measure-has-owner", "error", t_, 1))
    gold(d / f"{slug}.gold.yaml", f"{slug}.pdf", "da", DA_TITLE, (2026, 2028), goals, measures, findings,
         "A Word WBS table with neither numbers nor bold: the rows at the outer indentation, carrying the rolled-up "
         "Start and Slut of the rows under them, are the goals; the indented rows the measures; Ansvarlig = owners "
         "(';' two); Slut = deadline; Start never.")


if __name__ == "__main__":
    target = Path(sys.argv[1])
    build_en(target)
    build_nn(target)
    build_sv(target)
    build_da(target)
