"""Dev plans of session 32 (antic32): four ordinary ways a municipality's tool prints a measure table that the
layout layer did not read at first contact (not scored by `plancheck eval corpora`; they live under tests/data).
Every gold file was written from construction BEFORE plancheck read the PDF.

  rows-nb      HTML → Chromium: a table ruled BETWEEN ROWS ONLY (border-bottom on the cells, no vertical rule,
               no outer box), header row 'Tiltak | Ansvar | Frist', bokmål
  rows-sv      odfpy → LibreOffice: the same form (bottom border on every cell only), 'Nr | Åtgärd | Ansvarig |
               Klart', Swedish
  nested-da    python-docx → LibreOffice: a two-column table 'Mål | Indsatser' whose right cell holds a table
               'Indsats | Ansvarlig | Frist' (header in each inner table), Danish
  nested-en    HTML → Chromium: the same nesting, English, inner tables with no header (the outer header names them)
  nested-en-apart  the same with 10 px between the outer cell's rules and the inner table's (found as tables apart)
  matrix-nb    python-docx → LibreOffice: a goal × measure MATRIX 'Tiltak | Ansvar | Frist | Mål 1 | Mål 2 | Mål 3'
               with an X under each goal the measure serves, goals as numbered lines above
  matrix-en    reportlab: the same matrix in English, 'Action | Lead | By | O1 | O2 | O3'
  norule-en    reportlab: a Table with NO side borders: rules above and below the header row and below the last
               row only ("booktabs"), 'Ref | Action | Lead officer | Target date'
  norule-da    reportlab: a Table with ONE rule only, under the header row, 'Indsats | Ansvarlig | Tidsfrist'
  rows-headless-nn    odfpy → LibreOffice: rules between rows only (a bottom border on every cell) and NO header
               row, 'tiltak | ansvarleg | frist' under 'Mål n: …' lines, nynorsk
  norule-headless-da  reportlab: a rule under every row only, NO header row, 'n.m | indsats | ansvarlig | frist'
Run: python tests/data/anticipated32/make.py [names]   (writes the PDFs beside this file)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
FONTS = "/usr/share/fonts/truetype/liberation"


def _soffice(src: Path, out: Path) -> None:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out.parent), str(src)],
                   check=True, capture_output=True)


def _chromium(html: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(html, encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={out}", src.as_uri()], check=True, capture_output=True)


# ---------------------------------------------------------------- 1. rows-only rules
ROWS_NB = [
    ("Mål 1: Flere innbyggere skal delta i kulturlivet.", [
        ("Utvide åpningstidene på biblioteket til kveldstid", "Biblioteksjef", "Vår 2027"),
        ("Gi gratis kulturskoleplass til barn i lavinntektsfamilier", "Rektor kulturskolen", "August 2027"),
        ("Lage en felles kalender for alle arrangementer i kommunen", "", "2028"),
    ]),
    ("Mål 2: Lokale kunstnere skal ha gode arbeidsvilkår.", [
        ("Leie ut ledige lokaler i rådhuset som atelierer", "Eiendomssjef", "01.06.2027"),
        ("Opprette et årlig arbeidsstipend for unge kunstnere", "Alle enheter", "2027"),
        ("Kjøpe inn lokal kunst til nye kommunale bygg", "Kultursjef", ""),
    ]),
]


def build_rows_nb(out: Path) -> None:
    parts = []
    for goal, rows in ROWS_NB:
        body = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
        parts.append(f"<h3>{goal}</h3><table><thead><tr><th>Tiltak</th><th>Ansvar</th><th>Frist</th></tr></thead>"
                     f"<tbody>{body}</tbody></table>")
    html = f"""<!doctype html><html lang="nb"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 20mm 18mm; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; color: #1b1b1b; }}
h1 {{ font-size: 21pt; margin: 0 0 6px; }} h2 {{ font-size: 14pt; margin-top: 18px; }} h3 {{ font-size: 11pt; margin: 14px 0 4px; }}
table {{ border-collapse: collapse; width: 100%; }}
th {{ text-align: left; font-weight: bold; padding: 5px 4px; border-bottom: 1.5px solid #333; }}
td {{ padding: 5px 4px; border-bottom: 0.75px solid #aaa; vertical-align: top; }}
th:first-child, td:first-child {{ width: 55%; }} th:nth-child(2), td:nth-child(2) {{ width: 28%; }}
</style></head><body>
<h1>Kulturplan for Solbakken kommune 2026–2029</h1>
<p>Vedtatt av kommunestyret 14. januar 2026. Planen viser hva kommunen vil gjøre for et rikt kulturliv.</p>
<h2>1 Innledning</h2>
<p>Kulturplanen bygger på samfunnsdelen av kommuneplanen. Under hvert mål står tiltakene, hvem som har ansvaret og fristen.</p>
<h2>2 Mål og tiltak</h2>
{''.join(parts)}
<h2>3 Oppfølging</h2>
<p>Kultursjefen rapporterer om planen til hovedutvalget hvert år.</p>
</body></html>"""
    _chromium(html, out)


ROWS_SV = [
    ("Mål 1: Fler äldre ska kunna bo kvar hemma.", [
        ("1.1", "Erbjuda trygghetslarm till alla över 80 år", "Hemtjänstchef", "Juni 2027"),
        ("1.2", "Införa digital tillsyn nattetid", "Äldreförvaltningen", "2028"),
    ]),
    ("Mål 2: Ingen äldre ska behöva känna sig ensam.", [
        ("2.1", "Starta mötesplatser i alla kommundelar", "Fritidschef", "HT 2027"),
        ("2.2", "Utbilda volontärer som besöksvänner", "", "2027"),
        ("2.3", "Samordna föreningarnas aktiviteter för äldre", "Alla förvaltningar", "2031"),
    ]),
]


SV_TEXTS = ("Handlingsplan för äldreomsorgen 2026–2029", "Björkvik kommun. Antagen av kommunfullmäktige den 20 februari 2026.",
            "1 Inledning", "Planen beskriver hur kommunen ska arbeta för en trygg ålderdom. Under varje mål står "
            "åtgärderna med ansvarig och när de ska vara klara.", "2 Mål och åtgärder", "3 Uppföljning",
            "Äldrenämnden följer upp planen i verksamhetsberättelsen varje år.")

# the same form with NO header row, nynorsk, three columns (session 32: the headerless row-ruled table)
NN_TEXTS = ("Folkehelseplan for Vestli kommune 2026–2029", "Vedteken av kommunestyret 12. mars 2026.", "1 Innleiing",
            "Under kvart mål står tiltaka, kven som har ansvaret og når tiltaket skal vere gjennomført.",
            "2 Mål og tiltak", "3 Oppfølging", "Planen vert følgd opp i årsmeldinga kvart år.")
ROWS_NN = [
    ("Mål 1: Fleire barn og unge skal vere fysisk aktive kvar dag.", [
        ("Opne skulegardane for leik etter skuletid", "Kommunalsjef oppvekst", "Haust 2027"),
        ("Gje gratis symjeopplæring til alle sjuandeklassingar", "Idrettskonsulent", "2028"),
    ]),
    ("Mål 2: Færre innbyggjarar skal oppleve einsemd.", [
        ("Starte eit møtestadtilbod på biblioteket", "", "Vår 2027"),
        ("Lage ei oversikt over lag og foreiningar", "Alle einingar", "2027"),
        ("Tilby samtalegrupper for eldre", "Helsesjef", "2031"),
    ]),
]


def build_rows_sv(out: Path, groups=None, head=("Nr", "Åtgärd", "Ansvarig", "Klart"),
                  widths=("1.2cm", "8.3cm", "4.2cm", "2.8cm"), texts=None) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.style import (
        ParagraphProperties,
        Style,
        TableCellProperties,
        TableColumnProperties,
        TableProperties,
        TextProperties,
    )
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P
    doc = OpenDocumentText()
    st = doc.styles
    normal = Style(name="Standard", family="paragraph")
    normal.addElement(TextProperties(fontname="Liberation Serif", fontsize="11pt"))
    st.addElement(normal)
    h1 = Style(name="H1", family="paragraph")
    h1.addElement(TextProperties(fontsize="20pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.2cm", marginbottom="0.3cm"))
    h2 = Style(name="H2", family="paragraph")
    h2.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.5cm", marginbottom="0.2cm"))
    h3 = Style(name="H3", family="paragraph")
    h3.addElement(TextProperties(fontsize="11.5pt", fontweight="bold"))
    h3.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.15cm"))
    bold = Style(name="Bold", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    auto = doc.automaticstyles
    for s in (h1, h2, h3, bold):
        auto.addElement(s)
    tstyle = Style(name="Tab", family="table")
    tstyle.addElement(TableProperties(width="16.5cm", align="left"))
    auto.addElement(tstyle)
    cols = []
    for i, w in enumerate(widths):
        cs = Style(name=f"Col{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        auto.addElement(cs)
        cols.append(cs)
    head_cell = Style(name="HeadCell", family="table-cell")
    head_cell.addElement(TableCellProperties(borderbottom="0.05cm solid #000000", bordertop="none", borderleft="none",
                                             borderright="none", padding="0.1cm"))
    body_cell = Style(name="BodyCell", family="table-cell")
    body_cell.addElement(TableCellProperties(borderbottom="0.02cm solid #888888", bordertop="none", borderleft="none",
                                             borderright="none", padding="0.1cm"))
    auto.addElement(head_cell)
    auto.addElement(body_cell)
    t = doc.text
    texts = texts or SV_TEXTS
    t.addElement(P(stylename=h1, text=texts[0]))
    t.addElement(P(text=texts[1]))
    t.addElement(P(stylename=h2, text=texts[2]))
    t.addElement(P(text=texts[3]))
    t.addElement(P(stylename=h2, text=texts[4]))
    for goal, rows in groups or ROWS_SV:
        t.addElement(P(stylename=h3, text=goal))
        tab = Table(name=goal[:5].replace(" ", "").replace(":", ""), stylename=tstyle)
        for cs in cols:
            tab.addElement(TableColumn(stylename=cs))
        for k, r in enumerate([head, *rows] if head else rows):
            tr = TableRow()
            for v in r:
                c = TableCell(stylename=head_cell if k == 0 and head else body_cell, valuetype="string")
                c.addElement(P(stylename=bold, text=v) if k == 0 and head else P(text=v))
                tr.addElement(c)
            tab.addElement(tr)
        t.addElement(tab)
    t.addElement(P(stylename=h2, text=texts[5]))
    t.addElement(P(text=texts[6]))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (out.stem + ".odt")
        doc.save(str(src))
        _soffice(src, out)


# ---------------------------------------------------------------- 2. nested tables
NESTED_DA = [
    ("Flere børn skal cykle til skole.", [
        ("Anlægge sikre cykelstier ved alle skoler", "Vej og park", "2028"),
        ("Holde cykeldag for 4. klasse", "Skolelederen", "Maj 2027"),
    ]),
    ("Luften i byen skal blive renere.", [
        ("Skifte kommunens biler til elbiler", "Indkøbschef", "31.12.2028"),
        ("Plante 500 nye træer i midtbyen", "", "2029"),
        ("Måle luftkvaliteten ved større veje", "Alle forvaltninger", "2027"),
    ]),
]


def build_nested_da(out: Path) -> None:
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10)
    for name in ("Heading 1", "Heading 2", "Title"):
        doc.styles[name].font.name = "Liberation Sans"
    doc.add_heading("Handleplan for miljø og trafik 2026–2029", level=0)
    doc.add_paragraph("Lindholm Kommune. Vedtaget af byrådet den 3. marts 2026.")
    doc.add_heading("1 Mål og indsatser", level=1)
    doc.add_paragraph("Tabellen viser for hvert mål de indsatser, kommunen vil gennemføre.")
    outer = doc.add_table(rows=1 + len(NESTED_DA), cols=2)
    outer.style = "Table Grid"
    outer.cell(0, 0).text, outer.cell(0, 1).text = "Mål", "Indsatser"
    for i, (goal, rows) in enumerate(NESTED_DA, start=1):
        outer.cell(i, 0).text = goal
        inner = outer.cell(i, 1).add_table(rows=1 + len(rows), cols=3)
        inner.style = "Table Grid"
        for j, h in enumerate(["Indsats", "Ansvarlig", "Frist"]):
            inner.cell(0, j).text = h
        for r, row in enumerate(rows, start=1):
            for j, v in enumerate(row):
                inner.cell(r, j).text = v
    doc.add_heading("2 Opfølgning", level=1)
    doc.add_paragraph("Byrådet følger op på planen en gang om året.")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (out.stem + ".docx")
        doc.save(src)
        _soffice(src, out)


NESTED_EN = [
    ("Every household can recycle food waste.", [
        ("Deliver food waste caddies to all flats", "Waste Services", "April 2027"),
        ("Run a doorstep recycling campaign", "Communications Team", "2027/28"),
    ]),
    ("The council's own buildings use less energy.", [
        ("Fit LED lighting in all libraries", "Property Services", "March 2028"),
        ("Install solar panels on the town hall", "", "2028"),
        ("Publish energy use of every building online", "All services", "2031"),
    ]),
]


def build_nested_en(out: Path, padding: int = 4) -> None:
    rows = []
    for goal, measures in NESTED_EN:
        inner = "".join(f"<tr><td class='a'>{a}</td><td class='b'>{b}</td><td class='c'>{c}</td></tr>"
                        for a, b, c in measures)
        rows.append(f"<tr><td class='goal'>{goal}</td><td class='hold'><table class='inner'>{inner}</table></td></tr>")
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 18mm; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }}
h1 {{ font-size: 20pt; }} h2 {{ font-size: 13pt; }}
table {{ border-collapse: collapse; }}
table.outer {{ width: 100%; }}
table.outer > thead > tr > th, table.outer > tbody > tr > td {{ border: 1px solid #555; vertical-align: top; text-align: left; padding: 6px; }}
table.outer > thead > tr > th {{ background: #e4e9ef; }}
td.goal {{ width: 32%; }} td.hold {{ padding: {padding}px !important; }}
table.inner {{ width: 100%; }}
table.inner td {{ border: 1px solid #999; padding: 4px; vertical-align: top; }}
td.a {{ width: 52%; }} td.b {{ width: 28%; }}
</style></head><body>
<h1>Climate Action Plan 2026–2029</h1>
<p>Eastmere Borough Council. Adopted by Full Council on 22 January 2026.</p>
<h2>1 Outcomes and actions</h2>
<p>For each outcome the table lists our actions, with the lead service and the date by which each is done.</p>
<table class="outer"><thead><tr><th>Outcome</th><th>Action · Lead · By when</th></tr></thead>
<tbody>{''.join(rows)}</tbody></table>
<h2>2 Reporting</h2>
<p>Progress is reported to Cabinet every six months.</p>
</body></html>"""
    _chromium(html, out)


# ---------------------------------------------------------------- 3. goal × measure matrix
MATRIX_NB_GOALS = ["Alle barn skal ha en trygg skolevei.", "Flere skal reise kollektivt til jobb.",
                   "Ingen skal bli hardt skadd i trafikken."]
MATRIX_NB = [
    ("Bygge fortau langs Skoleveien", "Samferdselssjef", "2028", (1, 3)),
    ("Øke antall bussavganger i rushtiden", "Fylkeskommunen", "Høst 2027", (2,)),
    ("Innføre 30 km/t ved alle skoler", "Kommunedirektør", "01.08.2027", (1, 3)),
    ("Lage pendlerparkering ved stasjonen", "", "2029", (2,)),
    ("Gi trafikkopplæring i alle barnehager", "Alle enheter", "2027", (1,)),
]


def build_matrix_nb(out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt
    doc = Document()
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10)
    for name in ("Heading 1", "Heading 2", "Title"):
        doc.styles[name].font.name = "Liberation Sans"
    doc.add_heading("Trafikkplan for Havøy kommune 2026–2029", level=0)
    doc.add_paragraph("Vedtatt av kommunestyret 9. april 2026.")
    doc.add_heading("1 Mål", level=1)
    for i, g in enumerate(MATRIX_NB_GOALS, start=1):
        doc.add_paragraph(f"Mål {i}: {g}")
    doc.add_heading("2 Tiltak", level=1)
    doc.add_paragraph("Tabellen viser tiltakene. Et kryss viser hvilke mål tiltaket skal bidra til.")
    head = ["Tiltak", "Ansvar", "Frist", "Mål 1", "Mål 2", "Mål 3"]
    t = doc.add_table(rows=1 + len(MATRIX_NB), cols=len(head))
    t.style = "Table Grid"
    for j, h in enumerate(head):
        t.cell(0, j).text = h
        t.cell(0, j).paragraphs[0].runs[0].bold = True
    for i, (text, owner, due, goals) in enumerate(MATRIX_NB, start=1):
        for j, v in enumerate([text, owner, due]):
            t.cell(i, j).text = v
        for g in goals:
            t.cell(i, 2 + g).text = "X"
            t.cell(i, 2 + g).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    widths = [Mm(62), Mm(36), Mm(24), Mm(14), Mm(14), Mm(14)]
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    doc.add_heading("3 Oppfølging", level=1)
    doc.add_paragraph("Planen rulleres hvert fjerde år.")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (out.stem + ".docx")
        doc.save(src)
        _soffice(src, out)


MATRIX_EN_GOALS = ["Residents feel safe in their neighbourhood.", "Young people have places to go in the evening.",
                   "Fewer homes are burgled."]
MATRIX_EN = [
    ("Install better street lighting on estates", "Highways Manager", "March 2028", (1, 3)),
    ("Open youth clubs on three evenings a week", "Youth Services", "September 2027", (2,)),
    ("Fund a neighbourhood watch coordinator", "Community Safety Team", "2027", (1, 3)),
    ("Give free door locks to older residents", "", "2028/29", (3,)),
    ("Hold quarterly safety walks with residents", "All partners", "2031", (1, 2)),
]


def _reportlab_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, file in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, f"{FONTS}/{file}"))


def build_matrix_en(out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    _reportlab_fonts()
    body = ParagraphStyle("b", fontName="LS", fontSize=10, leading=13)
    h1 = ParagraphStyle("h1", fontName="LSB", fontSize=18, leading=22, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName="LSB", fontSize=12, leading=15, spaceBefore=10, spaceAfter=4)
    cell = ParagraphStyle("c", fontName="LS", fontSize=9.5, leading=12)
    headc = ParagraphStyle("hc", parent=cell, fontName="LSB")
    mark = ParagraphStyle("m", parent=cell, alignment=1)
    story = [Paragraph("Community Safety Plan 2026–2029", h1),
             Paragraph("Westbridge District Council. Agreed by the Community Safety Partnership on 5 March 2026.", body),
             Paragraph("1 Our objectives", h2)]
    for i, g in enumerate(MATRIX_EN_GOALS, start=1):
        story.append(Paragraph(f"O{i}: {g}", body))
    story += [Paragraph("2 Actions", h2),
              Paragraph("Each action shows the lead and the date it is done by. A cross shows which objectives "
                        "the action contributes to.", body)]
    data = [[Paragraph(h, headc) for h in ["Action", "Lead", "By", "O1", "O2", "O3"]]]
    for text, lead, by, goals in MATRIX_EN:
        data.append([Paragraph(text, cell), Paragraph(lead, cell), Paragraph(by, cell)]
                    + [Paragraph("X" if k in goals else "", mark) for k in (1, 2, 3)])
    t = Table(data, colWidths=[70 * mm, 42 * mm, 26 * mm, 11 * mm, 11 * mm, 11 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#666666")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ec")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Paragraph("3 Monitoring", h2),
              Paragraph("The partnership reviews the plan every year.", body)]
    SimpleDocTemplate(str(out), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                      topMargin=20 * mm, bottomMargin=20 * mm, invariant=1).build(story)


# ---------------------------------------------------------------- 4. no side borders (reportlab)
NORULE_EN = [
    ("Priority 1: More older people live independently at home.", [
        ("P1.1", "Expand the reablement service to weekends", "Head of Adult Care", "June 2027"),
        ("P1.2", "Offer a home safety check to everyone over 75", "Fire and Rescue Service", "2027/28"),
        ("P1.3", "Review the handyperson scheme", "", "December 2027"),
    ]),
    ("Priority 2: Carers get the support they need.", [
        ("P2.1", "Open a carers' hub in the central library", "Carers Lead", "April 2028"),
        ("P2.2", "Train frontline staff to identify carers", "All services", "2028"),
    ]),
]

NORULE_DA = [
    ("Mål 1: Flere borgere skal bruge naturen.", [
        ("Anlægge nye stier langs åen", "Park og natur", "2028"),
        ("Opsætte shelters ved skoven", "Teknisk forvaltning", "Sommer 2027"),
        ("Udgive et kort over naturområder", "", "2027"),
    ]),
    ("Mål 2: Naturen i kommunen skal have det bedre.", [
        ("Genskabe to vådområder", "Miljøchef", "31.12.2029"),
        ("Stoppe sprøjtning på kommunens arealer", "Alle forvaltninger", "2027"),
    ]),
]


NORULE_HEADLESS_DA = [
    ("Mål 1: Flere unge skal have et fritidsjob.", [
        ("1.1", "Oprette en jobbank for unge under 18 år", "Ungdomsskolen", "Januar 2027"),
        ("1.2", "Holde et årligt jobtræf med lokale virksomheder", "Erhvervskontoret", "2027"),
    ]),
    ("Mål 2: Alle unge skal have et sted at mødes.", [
        ("2.1", "Åbne et ungdomshus i bymidten", "Kultur og fritid", "2028"),
        ("2.2", "Forlænge åbningstiden i klubberne", "", "August 2027"),
        ("2.3", "Inddrage de unge i driften af husene", "Alle forvaltninger", ""),
    ]),
]


def build_norule(out: Path, lang: str) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    _reportlab_fonts()
    body = ParagraphStyle("b", fontName="LS", fontSize=10, leading=13)
    h1 = ParagraphStyle("h1", fontName="LSB", fontSize=18, leading=22, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName="LSB", fontSize=12, leading=15, spaceBefore=10, spaceAfter=4)
    gst = ParagraphStyle("g", parent=body, fontName="LSB", spaceBefore=10, spaceAfter=4)
    cell = ParagraphStyle("c", fontName="LS", fontSize=9.5, leading=12)
    headc = ParagraphStyle("hc", parent=cell, fontName="LSB")
    if lang == "en":
        story = [Paragraph("Ageing Well Action Plan 2026–2029", h1),
                 Paragraph("Northfield County Council. Approved by Cabinet on 18 February 2026.", body),
                 Paragraph("1 Introduction", h2),
                 Paragraph("This plan sets out what we will do so that older people and carers live well.", body),
                 Paragraph("2 Priorities and actions", h2)]
        groups, head, widths = NORULE_EN, ["Ref", "Action", "Lead officer", "Target date"], [14, 80, 48, 28]
        style = lambda n: [("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black),  # noqa: E731
                           ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                           ("LINEBELOW", (0, n - 1), (-1, n - 1), 1.2, colors.black)]
        tail = [Paragraph("3 Monitoring", h2), Paragraph("Cabinet receives a progress report every year.", body)]
    elif lang == "da-headless":
        story = [Paragraph("Ungdomspolitisk handleplan 2026–2029", h1),
                 Paragraph("Sønderby Kommune. Vedtaget af byrådet den 25. februar 2026.", body),
                 Paragraph("1 Om planen", h2),
                 Paragraph("Under hvert mål står indsatserne med nummer, hvem der har ansvaret, og hvornår de skal "
                           "være gennemført.", body),
                 Paragraph("2 Mål og indsatser", h2)]
        groups, head, widths = NORULE_HEADLESS_DA, None, [12, 88, 44, 28]
        style = lambda n: [("LINEBELOW", (0, k), (-1, k), 0.5, colors.HexColor("#777777")) for k in range(n)]  # noqa: E731
        tail = [Paragraph("3 Opfølgning", h2), Paragraph("Byrådet følger op på planen hvert år.", body)]
    else:
        story = [Paragraph("Naturhandleplan 2026–2029", h1),
                 Paragraph("Egebjerg Kommune. Vedtaget af kommunalbestyrelsen den 10. februar 2026.", body),
                 Paragraph("1 Indledning", h2),
                 Paragraph("Planen viser, hvad kommunen vil gøre for naturen og for borgernes brug af den.", body),
                 Paragraph("2 Mål og indsatser", h2)]
        groups, head, widths = NORULE_DA, ["Indsats", "Ansvarlig", "Tidsfrist"], [92, 48, 30]
        style = lambda n: [("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#333333"))]  # noqa: E731
        tail = [Paragraph("3 Opfølgning", h2), Paragraph("Udvalget følger op på planen hvert år.", body)]
    for goal, rows in groups:
        story.append(Paragraph(goal, gst))
        data = ([[Paragraph(h, headc) for h in head]] if head else []) + [[Paragraph(c, cell) for c in r] for r in rows]
        t = Table(data, colWidths=[w * mm for w in widths], hAlign="LEFT")
        t.setStyle(TableStyle([*style(len(data)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(t)
    story += tail
    SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                      topMargin=20 * mm, bottomMargin=20 * mm, invariant=1).build(story)


BUILDERS = {
    "rows-nb": lambda: build_rows_nb(HERE / "kulturplan-radlinjer-nb.pdf"),
    "rows-sv": lambda: build_rows_sv(HERE / "aldreomsorg-radlinjer-sv.pdf"),
    "nested-da": lambda: build_nested_da(HERE / "miljo-indlejret-tabel-da.pdf"),
    "nested-en": lambda: build_nested_en(HERE / "climate-nested-table-en.pdf"),
    "nested-en-apart": lambda: build_nested_en(HERE / "climate-nested-apart-en.pdf", padding=10),
    "matrix-nb": lambda: build_matrix_nb(HERE / "trafikk-malmatrise-nb.pdf"),
    "matrix-en": lambda: build_matrix_en(HERE / "community-safety-matrix-en.pdf"),
    "norule-en": lambda: build_norule(HERE / "ageing-well-booktabs-en.pdf", "en"),
    "norule-da": lambda: build_norule(HERE / "natur-kun-hovedlinje-da.pdf", "da"),
    "rows-headless-nn": lambda: build_rows_sv(HERE / "folkehelse-radlinjer-utan-hovud-nn.pdf", ROWS_NN, None,
                                              ("8.8cm", "4.6cm", "3.1cm"), NN_TEXTS),
    "norule-headless-da": lambda: build_norule(HERE / "ungdom-radlinjer-uden-hoved-da.pdf", "da-headless"),
}

if __name__ == "__main__":
    for name in sys.argv[1:] or list(BUILDERS):
        BUILDERS[name]()
