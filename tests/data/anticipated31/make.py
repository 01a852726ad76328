"""Dev plans of session 31 (anticipated layouts, not scored by `plancheck eval corpora`): a MÅLEKART
(balanced-scorecard measure table) whose goal, indicator, baseline and target cells are merged down over
the goal's measure rows, 'Mål | Indikator | Status 2024 | Målverdi 2029 | Tiltak | Ansvar | Frist'.
Two producers: python-docx → LibreOffice (bokmål) and HTML → Chromium (English outcomes framework).
Run: python tests/data/anticipated31/make.py  (writes the PDFs beside this file)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent

NB_AREAS = [
    ("Satsingsområde 1: Trygg oppvekst", [
        ("Alle barn og unge skal oppleve trivsel på skolen.", "Andel elever på 7. trinn som trives på skolen",
         "82 %", "90 %", [("Innføre felles plan for klassemiljø på alle skoler", "Kommunalsjef oppvekst", "Høst 2026"),
                          ("Tilby veiledning til lærere om relasjonsarbeid", "PPT", "2027")]),
        ("Flere unge skal fullføre videregående opplæring.", "Andel som fullfører videregående innen fem år",
         "74 %", "80 %", [("Styrke overgangen fra ungdomsskole til videregående", "Rådgiver skole", "Vår 2027"),
                          ("Etablere leksehjelp på biblioteket", "", "Årlig")]),
    ]),
    ("Satsingsområde 2: Helse og livskvalitet", [
        ("Innbyggerne skal ha gode muligheter for fysisk aktivitet.", "Andel voksne som er fysisk aktive 150 minutter i uka",
         "58 %", "65 %", [("Bygge to nye nærmiljøanlegg", "Kultur og idrett", "2028"),
                          ("Merke turstier i nærområdet", "Alle enheter", "Løpende")]),
        ("Færre eldre skal oppleve ensomhet.", "Andel over 67 år som ofte føler seg ensomme",
         "14 %", "10 %", [("Opprette en besøksvenntjeneste", "Frivilligsentralen", ""),
                          ("Utvide dagtilbudet til helgene", "Kommunalsjef helse", "2031")]),
    ]),
]


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _valign(cell, where: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), where)
    cell._tc.get_or_add_tcPr().append(v)


def build_nb(out: Path, valign: str | None = None) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    for name in ("Heading 1", "Heading 2", "Title"):
        doc.styles[name].font.name = "Liberation Sans"
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Mm(18))
    sec.header.paragraphs[0].text = "Lyngstad kommune · Handlingsdel 2026–2029"
    doc.add_heading("Handlingsdel med målekart 2026–2029", level=0)
    doc.add_paragraph("Vedtatt av kommunestyret 12. mars 2026. Handlingsdelen følger opp kommuneplanens "
                      "samfunnsdel og rulleres hvert år sammen med økonomiplanen.")
    doc.add_heading("1 Slik leser du målekartet", level=1)
    doc.add_paragraph("Hvert mål har en indikator med status for 2024 og ønsket verdi i 2029. Tiltakene "
                      "til høyre skal bidra til at vi når målverdien.")
    doc.add_heading("2 Målekart", level=1)
    head = ["Mål", "Indikator", "Status 2024", "Målverdi 2029", "Tiltak", "Ansvar", "Frist"]
    widths = [Mm(48), Mm(44), Mm(18), Mm(20), Mm(62), Mm(34), Mm(20)]
    for area, goals in NB_AREAS:
        doc.add_heading(area, level=2)
        nrows = 1 + sum(len(g[4]) for g in goals)
        t = doc.add_table(rows=nrows, cols=len(head))
        t.style = "Table Grid"
        for j, h in enumerate(head):
            c = t.cell(0, j)
            c.text = h
            c.paragraphs[0].runs[0].bold = True
            _shade(c, "D9E2F3")
        r = 1
        for goal, ind, now, target, measures in goals:
            first = r
            for text, owner, due in measures:
                t.cell(r, 4).text = text
                t.cell(r, 5).text = owner
                t.cell(r, 6).text = due
                r += 1
            for j, val in enumerate([goal, ind, now, target]):
                c = t.cell(first, j)
                if r - 1 > first:
                    c = c.merge(t.cell(r - 1, j))
                c.text = val
                if valign:
                    _valign(c, valign)
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
    doc.add_heading("3 Oppfølging", level=1)
    doc.add_paragraph("Kommunedirektøren rapporterer på indikatorene i årsmeldingen.")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (out.stem + ".docx")
        doc.save(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out.parent), str(src)],
                       check=True, capture_output=True)


EN_GOALS = [
    ("More residents are physically active every week.", "Adults doing 150 minutes of activity a week",
     "61%", "68%", [("Open three new outdoor gyms in parks", "Leisure Services", "March 2027"),
                    ("Offer free swimming to under-16s in the holidays", "Leisure Services and Public Health", "Summer 2026")]),
    ("Fewer children start school overweight.", "Reception children at a healthy weight",
     "77%", "82%", [("Train early years staff in healthy eating", "Public Health", "2026/27"),
                    ("Run a family cooking programme in children's centres", "", "Quarterly")]),
    ("People with poor mental health get support sooner.", "Adults waiting more than 18 weeks for talking therapies",
     "23%", "10%", [("Place mental health workers in GP practices", "NHS Partners", ""),
                    ("Publish a single directory of local support", "All partners", "Ongoing"),
                    ("Review crisis care pathways with the ICB", "Director of Public Health", "2030")]),
]


def build_en(out: Path) -> None:
    rows = []
    for goal, ind, base, target, actions in EN_GOALS:
        n = len(actions)
        for k, (text, lead, when) in enumerate(actions):
            lead_cells = (f'<td rowspan="{n}">{goal}</td><td rowspan="{n}">{ind}</td>'
                          f'<td rowspan="{n}" class="num">{base}</td><td rowspan="{n}" class="num">{target}</td>') if k == 0 else ""
            rows.append(f"<tr>{lead_cells}<td>{text}</td><td>{lead}</td><td>{when}</td></tr>")
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
@page {{ size: A4 landscape; margin: 16mm 14mm; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #222; }}
.band {{ background: #1d3b5c; color: #fff; padding: 6px 10px; font-weight: bold; }}
h1 {{ font-size: 20pt; margin: 10px 0 4px; }} h2 {{ font-size: 13pt; color: #1d3b5c; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 1px solid #8a9bb0; padding: 4px 6px; vertical-align: top; text-align: left; }}
th {{ background: #dfe7f0; }} td.num {{ text-align: right; }}
</style></head><body>
<div class="band">Ashcombe District Council</div>
<h1>Health and Wellbeing Delivery Plan 2026–2029</h1>
<p>Approved by Cabinet on 4 February 2026. This plan delivers the Health and Wellbeing Strategy and is reviewed every year.</p>
<h2>1 How to read the outcomes framework</h2>
<p>Each outcome has an indicator with its baseline and the target we aim for in 2029. The actions on the right are what we will do to reach the target.</p>
<h2>2 Outcomes framework</h2>
<table><thead><tr><th>Outcome</th><th>Indicator</th><th>Baseline (2024)</th><th>Target (2029)</th><th>Action</th><th>Lead</th><th>Timescale</th></tr></thead>
<tbody>{''.join(rows)}</tbody></table>
<h2>3 Monitoring</h2>
<p>Progress is reported to the Health and Wellbeing Board twice a year.</p>
</body></html>"""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(html, encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={out}", src.as_uri()], check=True, capture_output=True)


if __name__ == "__main__":
    which = sys.argv[1:] or ["nb", "en"]
    if "nb" in which:
        build_nb(HERE / "maalekart-nb.pdf")
    if "nb-center" in which:
        build_nb(HERE / "maalekart-midtstilt-nb.pdf", valign="center")
    if "en" in which:
        build_en(HERE / "outcomes-framework-en.pdf")


SV_GOALS = [
    ("Mål 1: Fler elever ska klara kunskapskraven i läsning.", [
        ("1.1", "Införa gemensam screening av läsförmåga i årskurs 1", "Skolchef", "HT 2026"),
        ("1.2", "Utbilda lärare i läsfrämjande arbete", "Barn- och utbildningsförvaltningen", "2027"),
        ("1.3", "Starta läsombud på varje skola", "", "Löpande"),
    ]),
    ("Mål 2: Alla barn ska ha tillgång till ett bibliotek nära skolan.", [
        ("2.1", "Öppna skolbibliotek på Norrby skola", "Kulturchef", "VT 2027"),
        ("2.2", "Samordna inköp mellan skol- och folkbibliotek", "Alla förvaltningar", ""),
    ]),
    ("Mål 3: Fler vuxna ska läsa regelbundet.", [
        ("3.1", "Erbjuda bokcirklar för nyanlända", "Biblioteksenheten", "2030"),
    ]),
]


def build_sv_headerless(out: Path) -> None:
    """Measure tables with NO header row anywhere: the columns are said once in a sentence above."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    for name, file in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, f"/usr/share/fonts/truetype/liberation/{file}"))
    body = ParagraphStyle("b", fontName="LS", fontSize=10, leading=13)
    h1 = ParagraphStyle("h1", fontName="LSB", fontSize=18, leading=22, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName="LSB", fontSize=12, leading=15, spaceBefore=10, spaceAfter=4)
    cell = ParagraphStyle("c", fontName="LS", fontSize=9.5, leading=12)
    story = [Paragraph("Läsfrämjande handlingsplan 2026–2029", h1),
             Paragraph("Holmsta kommun. Antagen av barn- och utbildningsnämnden den 3 mars 2026.", body),
             Paragraph("1 Så läser du planen", h2),
             Paragraph("Under varje mål står åtgärderna i en tabell. Kolumnerna visar nummer, åtgärd, "
                       "ansvarig och när åtgärden ska vara klar.", body),
             Paragraph("2 Mål och åtgärder", h2)]
    for goal, rows in SV_GOALS:
        story.append(Paragraph(goal, ParagraphStyle("g", parent=body, fontName="LSB", spaceBefore=8, spaceAfter=4)))
        data = [[Paragraph(c, cell) for c in r] for r in rows]
        t = Table(data, colWidths=[12 * mm, 86 * mm, 52 * mm, 22 * mm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f8c99")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(t)
    story += [Paragraph("3 Uppföljning", h2),
              Paragraph("Nämnden följer upp planen varje år i verksamhetsberättelsen.", body)]
    SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                      topMargin=20 * mm, bottomMargin=20 * mm, invariant=1).build(story)


if __name__ == "__main__" and "sv" in sys.argv[1:]:
    build_sv_headerless(HERE / "lasplan-utan-rubrikrad-sv.pdf")


NB_HEADERLESS = [
    ("Delmål 1: Flere barn skal gå eller sykle til skolen.", [
        ("Merke trygge skoleveier ved alle barneskoler", "Kommunalteknikk", "Høst 2026"),
        ("Gjennomføre sykkelopplæring for 5. trinn", "Rektor", "Hver vår"),
    ]),
    ("Delmål 2: Ingen skal bli drept eller hardt skadd i trafikken.", [
        ("Senke fartsgrensen til 30 km/t i sentrum", "Kommunedirektør og Statens vegvesen", "31.12.2027"),
        ("Bygge gang- og sykkelvei langs Fv. 714", "", "2028"),
        ("Oppdatere trafikksikkerhetsplanen for barnehager", "Oppvekst", ""),
    ]),
]


def build_nb_headerless(out: Path) -> None:
    """Measure tables with no header row, docx → LibreOffice, three columns, no code column."""
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    doc.styles["Normal"].font.name = "Liberation Serif"
    doc.styles["Normal"].font.size = Pt(11)
    for name in ("Heading 1", "Heading 2", "Title"):
        doc.styles[name].font.name = "Liberation Sans"
    doc.add_heading("Trafikksikkerhetsplan 2026–2029", level=0)
    doc.add_paragraph("Nordvik kommune. Vedtatt av kommunestyret 20. april 2026.")
    doc.add_heading("1 Innledning", level=1)
    doc.add_paragraph("Planen viser hva kommunen vil gjøre for tryggere trafikk. Tabellene under hvert delmål "
                      "viser tiltaket, hvem som har ansvaret og når det skal være gjennomført.")
    doc.add_heading("2 Delmål og tiltak", level=1)
    for goal, rows in NB_HEADERLESS:
        doc.add_heading(goal, level=2)
        t = doc.add_table(rows=len(rows), cols=3)
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                t.cell(i, j).text = v
    doc.add_heading("3 Oppfølging", level=1)
    doc.add_paragraph("Trafikksikkerhetsutvalget følger opp planen hvert år.")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (out.stem + ".docx")
        doc.save(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out.parent), str(src)],
                       check=True, capture_output=True)


EN_HEADERLESS = [
    ("Objective 1: More young people take part in sport and physical activity.", [
        ("A1", "Offer free holiday activity clubs in every ward", "Leisure Services", "Summer 2026"),
        ("A2", "Open school sports halls to clubs at weekends", "Head of Education", "September 2026"),
    ]),
    ("Objective 2: Everyone can reach a green space within ten minutes' walk.", [
        ("A3", "Create two new pocket parks in the town centre", "Parks Manager", "2027/28"),
        ("A4", "Improve paths and lighting in Millbrook Park", "", "March 2027"),
        ("A5", "Keep a register of accessible green spaces", "All departments", "Annually"),
    ]),
]


def build_en_headerless(out: Path) -> None:
    rows_html = []
    for goal, rows in EN_HEADERLESS:
        body = "".join(f"<tr><td class='code'>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in rows)
        rows_html.append(f"<h3>{goal}</h3><table>{body}</table>")
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 18mm; }}
body {{ font-family: 'Liberation Serif', serif; font-size: 11pt; }}
h1 {{ font-family: 'Liberation Sans', sans-serif; font-size: 20pt; }}
h2, h3 {{ font-family: 'Liberation Sans', sans-serif; }} h3 {{ font-size: 11.5pt; margin: 14px 0 6px; }}
table {{ border-collapse: collapse; width: 100%; }}
td {{ border-top: 1px solid #999; border-bottom: 1px solid #999; padding: 5px 6px; vertical-align: top; }}
td.code {{ width: 10mm; font-weight: bold; }}
</style></head><body>
<h1>Active Communities Plan 2026–2029</h1>
<p>Brookhaven Borough Council. Agreed by the Executive on 11 March 2026.</p>
<h2>1 About this plan</h2>
<p>Under each objective we list our actions, who leads them and when they will be done.</p>
<h2>2 Objectives and actions</h2>
{''.join(rows_html)}
<h2>3 Monitoring</h2>
<p>The Executive will receive a progress report every year.</p>
</body></html>"""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(html, encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={out}", src.as_uri()], check=True, capture_output=True)


if __name__ == "__main__" and "nb-headerless" in sys.argv[1:]:
    build_nb_headerless(HERE / "trafikk-uten-overskriftsrad-nb.pdf")
if __name__ == "__main__" and "en-headerless" in sys.argv[1:]:
    build_en_headerless(HERE / "active-communities-no-header-en.pdf")


NN_NESTED = [
    ("Fleire eldre skal bu trygt heime.", [
        ("Tilby tryggleiksalarm til alle over 80 år", "Heimetenesta", "Haust 2026"),
        ("Kartleggje buforhold ved heimebesøk", "Helsestasjon for eldre", "2027"),
    ]),
    ("Alle skal få rett hjelp til rett tid.", [
        ("Innføre eitt felles tildelingskontor", "Kommunalsjef helse og omsorg", "01.01.2027"),
        ("Lage rutine for utskriving frå sjukehus", "", "Vår 2027"),
        ("Gje opplæring i velferdsteknologi", "Alle einingar", "Kvart år"),
    ]),
]


def build_nn_nested(out: Path) -> None:
    """A two-column table 'Mål | Tiltak' whose right cell holds a NESTED table 'Tiltak | Ansvarleg | Frist'."""
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10)
    for name in ("Heading 1", "Heading 2", "Title"):
        doc.styles[name].font.name = "Liberation Sans"
    doc.add_heading("Handlingsplan for eldreomsorga 2026–2029", level=0)
    doc.add_paragraph("Fjordvang kommune. Vedteken av kommunestyret 5. mai 2026.")
    doc.add_heading("1 Mål og tiltak", level=1)
    outer = doc.add_table(rows=1 + len(NN_NESTED), cols=2)
    outer.style = "Table Grid"
    outer.cell(0, 0).text, outer.cell(0, 1).text = "Mål", "Tiltak"
    for i, (goal, rows) in enumerate(NN_NESTED, start=1):
        outer.cell(i, 0).text = goal
        cell = outer.cell(i, 1)
        inner = cell.add_table(rows=1 + len(rows), cols=3)
        inner.style = "Table Grid"
        for j, h in enumerate(["Tiltak", "Ansvarleg", "Frist"]):
            inner.cell(0, j).text = h
        for r, row in enumerate(rows, start=1):
            for j, v in enumerate(row):
                inner.cell(r, j).text = v
    doc.add_heading("2 Oppfølging", level=1)
    doc.add_paragraph("Planen vert følgd opp i årsmeldinga.")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (out.stem + ".docx")
        doc.save(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out.parent), str(src)],
                       check=True, capture_output=True)


if __name__ == "__main__" and "nn-nested" in sys.argv[1:]:
    build_nn_nested(HERE / "eldreomsorg-nosta-tabell-nn.pdf")
