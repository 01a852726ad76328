"""Build the session-33 mandate variants (mfind33): ``python build.py OUTDIR``.

V1 nn reportlab (særutskrift, sub-points over a page break), V2 sv Word → LibreOffice (a
beslut's lead item over lettered sub-points, a Tidplan), V3 en HTML → Chromium (terms of
reference numbered 1.1 …), V4 da reportlab (kommissorium with a Tidsplan), V5 nb Word →
LibreOffice (a letter ordering the plan). Gold in gold.py, scored by score.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def v1(out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(out / "V1.pdf"), pagesize=A4)
    w, h = A4

    def header(page: int) -> None:
        c.setFont("Times-Roman", 9)
        c.drawString(60, h - 40, "Brekkvik herad   Sak 12/47   Heradsstyret 03.03.2047")
        c.line(60, h - 44, w - 60, h - 44)
        c.drawCentredString(w / 2, 30, f"Side {page}")

    header(1)
    y = h - 90
    c.setFont("Times-Bold", 14)
    c.drawString(60, y, "SÆRUTSKRIFT")
    y -= 30
    c.setFont("Times-Bold", 11.5)
    c.drawString(60, y, "Saksopplysningar")
    c.setFont("Times-Roman", 11.5)
    body = [
        "Heradet har 31 freda og verneverdige kulturminne. Den førre kulturminneplanen gjekk ut",
        "i 2045, og fleire lag har meldt at skilta langs kulturstiane er borte eller øydelagde.",
    ] * 9
    for ln in body:
        y -= 15
        c.drawString(60, y, ln)
    y -= 28
    c.setFont("Times-Bold", 11.5)
    c.drawString(60, y, "Vedtak")
    c.setFont("Times-Roman", 11.5)
    items = [
        ("1.", ["Heradsstyret vedtek at det skal utarbeidast ein plan for kulturminne for 2048–2051."]),
        ("2.", ["Planen skal kartleggje kva kulturminne heradet eig, og i kva stand dei er."]),
        ("3.", ["Planen skal særleg omtale:"]),
    ]
    for num, lines in items:
        y -= 16
        c.drawString(60, y, num + lines[0])  # typed without a space, as a case system prints
    c.showPage()
    header(2)
    y = h - 80
    subs = [
        "a) kyrkjegardane og murane rundt dei,",
        "b) korleis frivillige lag kan ta del i skjøtselen,",
        "c) behovet for skilting langs kulturstiane.",
    ]
    c.setFont("Times-Roman", 11.5)
    for s in subs:
        y -= 16
        c.drawString(78, y, s)
    for num, text in [
        ("4.", "Kommunedirektøren legg planen fram for heradsstyret innan utgangen av mai 2048."),
        ("5.", "Kostnadene ved planarbeidet blir dekte innanfor ramma til kultur."),
    ]:
        y -= 16
        c.drawString(60, y, num + text)
    y -= 30
    c.drawString(60, y, "Rett utskrift: Brekkvik, 05.03.2047. Ola Nes, utvalssekretær")
    c.save()


def _soffice(docx_path: Path, out: Path) -> None:
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(docx_path)],
        check=True,
        capture_output=True,
    )


def v2(out: Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading("Uppdrag: lekplatsplan 2048–2052", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden, Dnr 2047/88")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Kommunen har 27 lekplatser. Många är byggda före 2000 och flera uppfyller inte dagens "
        "krav på säkerhet."
    )
    d.add_heading("Beslut", level=2)
    for text in [
        "1.\tPlanen ska beskriva hur lekplatserna ska rustas upp under planperioden.",
        "2.\tPlanen ska särskilt belysa:",
        "\ta) lekplatsernas tillgänglighet för barn med funktionsnedsättning,",
        "\tb) hur skolgårdarna kan användas efter skoltid,",
        "\tc) behovet av nya lekplatser i Norrby.",
        "3.\tPlanen ska innehålla mål som kan följas upp varje år.",
    ]:
        d.add_paragraph(text)
    d.add_heading("Tidplan", level=2)
    d.add_paragraph(
        "Projektgruppen håller sitt första möte i januari 2048. Projektgruppen lämnar ett förslag "
        "till plan till nämnden senast den 1 juni 2048. Arbetet finansieras inom nämndens budget."
    )
    p = out / "V2.docx"
    d.save(p)
    _soffice(p, out)


def v3(out: Path) -> None:
    html = """<html><head><meta charset="utf-8"><style>
body{font-family:Georgia,serif;font-size:11pt;margin:2cm} h1{font-size:20pt} h2{font-size:13pt}
p{margin:0.3em 0}</style></head><body>
<h1>Play Area Strategy</h1><p style="font-size:9pt">Terms of Reference · Ashby Borough Council</p>
<h2>1. Background</h2>
<p>1.1 The Council owns 42 play areas. Many were built before 2000 and several fail current
safety standards.</p>
<p>1.2 A survey in 2046 found that parents want more play for older children.</p>
<h2>2. Scope</h2>
<p>The strategy will:</p>
<p>2.1 assess the condition of every play area;</p>
<p>2.2 identify gaps in provision for children aged 8 to 14;</p>
<p>2.3 set out a ten-year programme of renewal with outline costs.</p>
<p>2.4 Sports pitches and school playgrounds are outside the scope of this work.</p>
<h2>3. Governance and timetable</h2>
<p>3.1 The work will be led by the Parks Manager.</p>
<p>3.2 The draft strategy will be subject to public consultation for six weeks.</p>
<p>3.3 The Parks Manager will report progress on the strategy to the Communities Committee
every year.</p>
<p>3.4 The work will be funded from the parks revenue budget.</p>
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
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    ss = getSampleStyleSheet()
    body, head = ss["BodyText"], ss["Heading2"]
    flow = [
        Paragraph("Kommissorium for arbejdsgruppe om trafiksikkerhedsplan", ss["Title"]),
        Paragraph("Baggrund", head),
        Paragraph("Antallet af uheld med cyklister i kommunen er steget de seneste tre år.", body),
        Paragraph("Opgaver", head),
        Paragraph("Arbejdsgruppen skal i forslaget til trafiksikkerhedsplan:", body),
        Paragraph("1. Beskrive, hvordan skolevejene kan gøres mere sikre.", body),
        Paragraph("2. Opgøre antallet af uheld på de kommunale veje siden 2040.", body),
        Paragraph("3. Foreslå, hvordan hastigheden kan sænkes i landsbyerne.", body),
        Paragraph("Tidsplan", head),
        Paragraph(
            "Arbejdsgruppen holder første møde i februar 2048. Arbejdsgruppen afleverer et udkast "
            "til trafiksikkerhedsplan til Teknik- og Miljøudvalget senest den 1. september 2048.",
            body,
        ),
        Paragraph("Økonomi", head),
        Paragraph("Arbejdet gennemføres inden for den eksisterende ramme.", body),
        Spacer(1, 12),
    ]
    SimpleDocTemplate(str(out / "V4.pdf"), pagesize=A4).build(flow)


def v5(out: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Til: Kommunalsjef for teknikk")
    d.add_paragraph("Fra: Ordføreren")
    d.add_heading("Bestilling: plan for el-sykler i kommunens tjenester", level=1)
    d.add_paragraph(
        "Flere avdelinger har bedt om el-sykler til tjenestereiser. Jeg ber derfor om at det "
        "utarbeides en plan for kommunens bruk av el-sykler."
    )
    d.add_paragraph("Planen skal:")
    for t in [
        "kartlegge dagens bruk av biler på korte tjenestereiser",
        "vurdere behovet for ladepunkter og sikker parkering",
        "foreslå regler for bruk og vedlikehold",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("Planen legges fram for formannskapet innen 1. juni 2048.")
    p = out / "V5.docx"
    d.save(p)
    _soffice(p, out)


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "out")
    out.mkdir(parents=True, exist_ok=True)
    for f in (v1, v2, v3, v4, v5):
        f(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
