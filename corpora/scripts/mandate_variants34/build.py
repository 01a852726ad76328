"""Build the session-34 mandate variants (mfind34): ``python build.py OUTDIR``.

V1 en Word → LibreOffice (deliverables "D1"+tab in lower case), V2 sv reportlab ("A.1" codes,
hanging lines), V3 nb HTML → Chromium ("M1:" codes), V4 da reportlab (an addition under
"Beslutning i … den …"), V5 nn reportlab (a vedtak's order with sub-points "i)" …), V6 en Word →
LibreOffice (RESOLVED "(2) That officers prepare … which:" over "(a)" …), V7 nb Word →
LibreOffice (prose: a negated scope, a hedged wish, a forecast, a draft's hand-over, a yearly
report), V8 sv reportlab (a beslut: noted, an order over "som:", a delegation). Gold in gold.py,
scored by score.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def _soffice(docx_path: Path, out: Path) -> None:
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(docx_path)],
        check=True,
        capture_output=True,
    )


def _hanging(d, text: str, indent_cm: float = 1.2) -> None:
    from docx.shared import Cm

    p = d.add_paragraph(text)
    p.paragraph_format.left_indent = Cm(indent_cm)
    p.paragraph_format.first_line_indent = Cm(-indent_cm)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(indent_cm))


def v1(out: Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading("Project brief: Play Strategy 2049–2054", level=1)
    d.add_paragraph("Sponsor: Director of Communities. Project lead: Sam Price, Parks Officer.")
    d.add_heading("1. Background", level=2)
    d.add_paragraph(
        "The district has 38 play areas. A survey in 2047 found that half of them need new "
        "equipment within five years."
    )
    d.add_heading("2. Deliverables", level=2)
    d.add_paragraph("The project will deliver a draft play strategy that")
    for t in [
        "D1\tmaps every play area and records the condition of its equipment and surfacing,",
        "D2\tsets out which sites will be renewed first, with outline costs for each site,",
        "D3\tproposes how children and parents will be involved in the design of new play areas.",
    ]:
        _hanging(d, t)
    d.add_heading("3. Timescales", level=2)
    d.add_paragraph(
        "The draft strategy will be submitted to the Communities Committee by 30 June 2049. "
        "Cabinet will consider the final strategy in October 2049. The strategy will not cover "
        "school playgrounds."
    )
    p = out / "V1.docx"
    d.save(p)
    _soffice(p, out)


def v2(out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(out / "V2.pdf"), pagesize=A4)
    w, h = A4
    c.setFont("Helvetica", 8)
    c.drawString(60, h - 40, "ÅSBY KOMMUN   PROJEKTDIREKTIV")
    c.line(60, h - 44, w - 60, h - 44)
    y = h - 90
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, y, "Projektdirektiv: cykelplan 2049–2053")
    y -= 30

    def head(t: str) -> None:
        nonlocal y
        y -= 12
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, y, t)
        y -= 16
        c.setFont("Helvetica", 10)

    def para(lines: list[str], x: float = 60) -> None:
        nonlocal y
        for ln in lines:
            c.drawString(x, y, ln)
            y -= 13

    head("Bakgrund")
    para([
        "Andelen resor med cykel har minskat sedan 2040. Kommunen saknar en samlad plan för",
        "cykelvägnätet och för underhållet av cykelvägarna.",
    ])
    head("Leveranser")
    para(["Projektet ska leverera ett förslag till cykelplan som"])
    items = [
        ("A.1", ["kartlägger cykelvägnätet och var det saknas länkar mellan bostäder och skolor,"]),
        ("A.2", ["föreslår vilka nya cykelvägar som ska byggas under planperioden och i vilken",
                 "ordning,"]),
        ("A.3", ["beskriver hur cykelvägarna ska underhållas vintertid."]),
    ]
    for code, lines in items:
        c.drawString(60, y, code)
        para(lines, x=100)
    head("Tidplan")
    para([
        "Förslaget ska skickas på samråd senast den 1 mars 2049. Planen beräknas kunna antas av",
        "kommunfullmäktige under hösten 2049.",
    ])
    head("Kostnader")
    para(["Arbetet ryms inom samhällsbyggnadsförvaltningens budget."])
    c.setFont("Helvetica", 8)
    c.drawString(w / 2, 30, "Sida 1 (1)")
    c.save()


def v3(out: Path) -> None:
    html = """<html><head><meta charset="utf-8"><style>
body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:2cm} h1{font-size:18pt}
h2{font-size:12.5pt} p{margin:0.35em 0}</style></head><body>
<h1>Bestilling: plan for kommunale lekeplasser</h1>
<p>Fra: Kommunedirektøren · Til: Enhet for park og idrett · Dato: 10.01.2048</p>
<h2>Bakgrunn</h2>
<p>Kommunen eier 24 lekeplasser. Flere av dem er i dårlig stand, og foreldre har meldt
at det mangler lekeplasser i de nye boligområdene.</p>
<h2>Bestillingen</h2>
<p>Enheten skal levere et forslag til plan med følgende innhold:</p>
<p>M1: Kartlegge behovet for nye lekeplasser i boligområdene bygget etter 2040.</p>
<p>M2: Vurdere hvordan lekeplassene kan gjøres tilgjengelige for barn med nedsatt
funksjonsevne.</p>
<p>M3: Foreslå tiltak for vedlikehold, med kostnad og ansvarlig for hvert tiltak.</p>
<h2>Frister</h2>
<p>Utkast til plan legges fram for formannskapet innen 1. mars 2049.</p>
</body></html>"""
    src = out / "V3.html"
    src.write_text(html, encoding="utf-8")
    subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={out / 'V3.pdf'}", str(src)],
        check=True,
        capture_output=True,
    )


def v4(out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    ss = getSampleStyleSheet()
    body, head = ss["BodyText"], ss["Heading3"]
    flow = [
        Paragraph("Teknik- og Miljøudvalget · Referat 12.05.2048", body),
        Paragraph("4. Igangsætning af legepladsplan", ss["Heading2"]),
        Paragraph("Sagsfremstilling", head),
        Paragraph(
            "Nørreby Kommune har 31 legepladser. Mange er bygget før 2010. Planen skal bygge på "
            "kommuneplanens mål for byens grønne områder og skal være en temaplan.",
            body,
        ),
        Paragraph("Indstilling", head),
        Paragraph("Forvaltningen indstiller,", body),
        Paragraph("1. at der udarbejdes en legepladsplan for Nørreby Kommune for perioden 2049–2052,", body),
        Paragraph("2. at planen kortlægger legepladsernes stand og sikkerhed,", body),
        Paragraph("3. at planen foreslår en rækkefølge for renoveringen af legepladserne.", body),
        Paragraph("Beslutning i Teknik- og Miljøudvalget den 12.05.2048", head),
        Paragraph(
            "Indstillingen blev godkendt med den tilføjelse, at planen også skal beskrive, hvordan "
            "legepladserne kan gøres tilgængelige for børn med handicap.",
            body,
        ),
        Paragraph("Fraværende: Anne Lund (A).", body),
    ]
    SimpleDocTemplate(str(out / "V4.pdf"), pagesize=A4).build(flow)


def v5(out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(out / "V5.pdf"), pagesize=A4)
    w, h = A4
    c.setFont("Times-Roman", 9)
    c.drawString(60, h - 40, "Lundvik kommune   Møtebok   Kommunestyret 14.02.2048")
    y = h - 90
    c.setFont("Times-Bold", 12)
    c.drawString(60, y, "PS 12/48 Bustadplan 2049–2052")
    y -= 26
    c.setFont("Times-Bold", 11)
    c.drawString(60, y, "Kommunestyret sitt vedtak")
    c.setFont("Times-Roman", 11)
    rows = [
        (60, "1)", "Saka vert teken til orientering."),
        (60, "2)", "Kommunestyret ber kommunedirektøren utarbeide ein bustadplan for Lundvik kommune, som:"),
        (80, "i)", "kartlegg kor mange utleigebustader kommunen treng fram mot 2060;"),
        (80, "ii)", "vurderer behovet for bustader for unge i etableringsfasen;"),
        (80, "iii)", "gjer framlegg om korleis kommunen kan bruke startlån betre."),
        (60, "3)", "Planen skal leggjast fram for kommunestyret innan 1. juni 2049."),
        (60, "4)", "Kommunedirektøren får fullmakt til å søkje om tilskot frå Husbanken til arbeidet."),
    ]
    for x, mk, text in rows:
        y -= 16
        c.drawString(x, y, mk)
        c.drawString(x + 22, y, text)
    y -= 30
    c.drawString(60, y, "Rett utskrift: Lundvik, 16.02.2048")
    c.drawCentredString(w / 2, 30, "Side 1")
    c.save()


def v6(out: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("MINUTES OF THE ENVIRONMENT COMMITTEE, 3 MARCH 2048")
    d.add_heading("42. Cycling Strategy", level=2)
    d.add_paragraph("The Committee considered a report of the Director of Place.")
    d.add_paragraph("RESOLVED:")
    for t in [
        "(1)\tThat the report be noted.",
        "(2)\tThat officers prepare a Cycling Strategy for the district which:",
    ]:
        _hanging(d, t)
    for t in [
        "(a)\tmaps the cycle network and the gaps in it;",
        "(b)\tidentifies the routes to schools that need safer crossings;",
        "(c)\tsets out a programme of works for the next five years.",
    ]:
        _hanging(d, t, 2.2)
    for t in [
        "(3)\tThat the draft Strategy be reported to the Committee by March 2049.",
        "(4)\tThat the Director of Place be authorised to bid for external funding for cycle routes.",
    ]:
        _hanging(d, t)
    d.add_paragraph("Reason for decision: to improve safety for people cycling.")
    p = out / "V6.docx"
    d.save(p)
    _soffice(p, out)


def v7(out: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Til: Enhetsleder for kultur · Fra: Kommunedirektøren · Dato: 3.2.2048")
    d.add_heading("Oppdrag: handlingsplan for bibliotekene", level=1)
    d.add_paragraph("Enheten bes om å utarbeide en handlingsplan som skal:")
    for t in [
        "kartlegge hvilke grupper som bruker filialene i dag",
        "vurdere behovet for meråpne bibliotek i bygdene",
        "foreslå tiltak for å nå flere unge lesere",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(
        "Planen skal ikke omfatte skolebibliotekene, som har egne avtaler. Brukerrådet bør "
        "involveres der det er mulig. Utkast til handlingsplan legges fram for hovedutvalget "
        "innen 1. juni 2048. Planen forventes vedtatt av kommunestyret i september 2048."
    )
    d.add_paragraph(
        "Enhetslederen skal hvert år rapportere om oppfølgingen av handlingsplanen til "
        "hovedutvalget for kultur."
    )
    p = out / "V7.docx"
    d.save(p)
    _soffice(p, out)


def v8(out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(out / "V8.pdf"), pagesize=A4)
    w, h = A4
    c.setFont("Helvetica", 8.5)
    c.drawString(60, h - 40, "TALLBY KOMMUN  Kommunstyrelsen  Protokoll 2048-03-12")
    y = h - 90
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, y, "§ 41 Plan för offentliga toaletter")
    y -= 24
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(60, y, "Beslut")
    c.setFont("Helvetica", 10.5)
    rows = [
        (60, "1.", "Rapporten läggs till handlingarna."),
        (60, "2.", "Kommunstyrelsen uppdrar åt förvaltningen att ta fram en toalettplan för Tallby kommun, som:"),
        (80, "a)", "beskriver hur de offentliga toaletterna används och i vilket skick de är,"),
        (80, "b)", "föreslår var nya toaletter behövs i centrum och vid badplatserna,"),
        (80, "c)", "anger vem som ansvarar för städning och tillsyn av varje toalett."),
        (60, "3.", "Förslaget ska redovisas för kommunstyrelsen senast den 30 november 2048."),
        (60, "4.", "Förvaltningschefen bemyndigas att söka statsbidrag för arbetet."),
    ]
    for x, mk, text in rows:
        y -= 16
        c.drawString(x, y, mk)
        c.drawString(x + 20, y, text)
    y -= 28
    c.drawString(60, y, "Planen bör om möjligt samordnas med grannkommunernas planer.")
    c.drawCentredString(w / 2, 30, "Sida 1")
    c.save()


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "out")
    out.mkdir(parents=True, exist_ok=True)
    for f in (v1, v2, v3, v4, v5, v6, v7, v8):
        f(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
