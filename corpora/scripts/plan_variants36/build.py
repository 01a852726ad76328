"""Build the session-36 plan variants: ``python build.py OUTDIR`` writes NAME.pdf per plan,
each by another producer (reportlab, python-docx → LibreOffice, HTML → Chromium): a programme
table whose item column has a header no lexicon names ('Project', 'Prosjekt', 'Projekt') beside
a column of the codes of the goals each row serves. Gold in gold.py."""

from __future__ import annotations

import html
import subprocess
import sys
import tempfile
from pathlib import Path

PLANS = {
    "c1_en_projects": (
        "Town Centre Delivery Plan 2049–2051",
        "This delivery plan sets out the projects the Council will fund to deliver the Town Centre "
        "Strategy. Each project shows the Council Plan objectives it contributes to.",
        ["No.", "Project", "Council Plan objectives", "Budget (£k)", "Lead", "Timing"],
        [["1", "Resurfacing of the Market Square and new seating", "CP1, CP3", "420", "Highways", "2049"],
         ["2", "Free wifi in the three town centre car parks", "CP2", "35", "Digital Services", "2049/50"],
         ["3", "Shopfront improvement grants for independent traders", "CP2", "150", "Economic Development", "2050"],
         ["4", "Wayfinding signs between the station and the high street", "CP1", "60", "Town Centre Manager", "2051"]],
    ),
    "c2_nb_prosjekt": (
        "Handlingsprogram 2049–2052 for Vestvik kommune",
        "Handlingsprogrammet viser prosjektene kommunen setter i gang for å følge opp samfunnsdelen. "
        "Kolonnen for mål viser hvilke mål i samfunnsdelen prosjektet bidrar til.",
        ["Nr", "Prosjekt", "Mål i samfunnsdelen", "Kostnad", "Ansvarlig", "År"],
        [["1", "Ny gang- og sykkelvei langs Storgata fra skolen til idrettsparken", "M2", "8 mill.", "Kommunalteknikk", "2050"],
         ["2", "Oppgradering av lekeplassen i Nordbyen med universelt utformet utstyr", "M1 og M4", "1,2 mill.", "Kultur", "2049"],
         ["3", "Kartlegging av kommunale bygg med behov for energitiltak", "M5", "300 000", "Eiendom", "2049"],
         ["4", "Nye ladepunkter for elbil ved rådhuset og helsesenteret", "M5", "900 000", "Eiendom", "2051"]],
    ),
    "c3_sv_projekt": (
        "Investeringsplan 2049–2051 för Ekeby kommun",
        "Investeringsplanen visar de projekt nämnden prioriterar. Kolumnen för mål anger vilka av "
        "kommunplanens mål projektet bidrar till.",
        ["Nr", "Projekt", "Kommunplanens mål", "Budget", "Ansvarig", "Tid"],
        [["1", "Ny belysning längs gång- och cykelvägen vid Sjöparken", "KP3", "1,5 mnkr", "Gatuenheten", "2049"],
         ["2", "Upprustning av fritidsgården i Östby med ny ventilation", "KP1, KP2", "4 mnkr", "Fastighetsenheten", "2050"],
         ["3", "Utbyggnad av förskolan i Kvarnby med två avdelningar", "KP1", "22 mnkr", "Fastighetsenheten", "2050–2051"]],
    ),
    # a measure table whose goal column is headed by a compound of the goal word, no lexicon
    # word ('Tjenestemål', 'Virksomhedsmål', 'Förvaltningsmål')
    "d1_nb_tjenestemal": (
        "Virksomhetsplan 2050 for hjemmetjenesten",
        "Virksomhetsplanen viser tjenestens mål for året og tiltakene som skal nå dem.",
        ["Tjenestemål", "Tiltak", "Ansvar", "Frist"],
        [["Alle nye brukere skal få et hjemmebesøk innen tre dager etter vedtaket.", "Fast besøksteam for nye brukere", "Avdelingsleder", "1. mars 2050"],
         ["Sykefraværet skal ned til under 8 prosent.", "Oppfølging av langtidssykmeldte hver måned", "Enhetsleder", "Løpende"],
         ["Flere brukere skal bruke digitalt tilsyn om natten.", "Tilbud om nattkamera til alle brukere med nattbesøk", "Fagutvikler", "Juni 2050"]],
    ),
    "d2_da_virksomhedsmal": (
        "Virksomhedsplan 2050 for Biblioteket",
        "Virksomhedsplanen viser bibliotekets mål for året og de indsatser, der skal nå dem.",
        ["Virksomhedsmål", "Indsats", "Ansvarlig", "Tidsfrist"],
        [["Flere børn skal låne bøger i sommerferien.", "Sommerlæsning med præmier i alle filialer", "Børnebibliotekar", "Juni 2050"],
         ["Ældre borgere skal kunne få hjælp til digital post.", "Digital café hver tirsdag", "Filialleder", "Marts 2050"],
         ["Biblioteket skal have åbent til kl. 22 alle dage.", "Selvbetjent åbning i to filialer", "Bibliotekschef", "December 2050"]],
    ),
    "d3_sv_forvaltningsmal": (
        "Verksamhetsplan 2050 för Kultur- och fritidsförvaltningen",
        "Verksamhetsplanen visar förvaltningens mål för året och aktiviteterna som ska nå dem.",
        ["Förvaltningsmål", "Aktivitet", "Ansvarig", "Klart"],
        [["Fler unga ska delta i fritidsgårdarnas verksamhet.", "Öppet på lördagar på två fritidsgårdar", "Fritidschef", "Ht 2050"],
         ["Alla förskolebarn ska få ett teaterbesök per år.", "Turnerande barnteater i alla förskolor", "Kulturstrateg", "Vt 2050"],
         ["Idrottshallarna ska bokas digitalt.", "Nytt bokningssystem för hallar och planer", "Fritidschef", "2050"]],
    ),
}


def _reportlab(path: Path, title: str, intro: str, header: list[str], rows: list[list[str]]) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    ss = getSampleStyleSheet()
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4))
    cell = ss["BodyText"]
    data = [header] + [[Paragraph(c, cell) for c in r] for r in rows]
    widths = [35, 300, 110, 70, 120, 70] if len(header) == 6 else [260, 220, 120, 90]
    t = Table(data, colWidths=widths)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc.build([Paragraph(title, ss["Title"]), Paragraph("1 Introduction", ss["Heading2"]),
               Paragraph(intro, ss["BodyText"]), Spacer(1, 8),
               Paragraph("2 Programme", ss["Heading2"]), t])


def _docx(path: Path, title: str, intro: str, header: list[str], rows: list[list[str]]) -> None:
    import docx

    d = docx.Document()
    d.add_heading(title, level=1)
    d.add_heading("1 Innledning", level=2)
    d.add_paragraph(intro)
    d.add_heading("2 Prosjekter", level=2)
    t = d.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        t.cell(0, j).text = h
    for i, r in enumerate(rows, 1):
        for j, c in enumerate(r):
            t.cell(i, j).text = c
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (path.stem + ".docx")
        d.save(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(path.parent), str(src)],
                       check=True, capture_output=True, timeout=180)


def _chromium(path: Path, title: str, intro: str, header: list[str], rows: list[list[str]]) -> None:
    esc = html.escape
    body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
    page = (
        "<html><body style='font-family:DejaVu Sans;font-size:10pt;margin:1.5cm'>"
        f"<h1 style='font-size:16pt'>{esc(title)}</h1><h2 style='font-size:12pt'>1 Inledning</h2>"
        f"<p>{esc(intro)}</p><h2 style='font-size:12pt'>2 Projekt</h2>"
        "<table style='border-collapse:collapse' border='1' cellpadding='4'><tr>"
        + "".join(f"<th style='text-align:left;background:#dde'>{esc(h)}</th>" for h in header)
        + f"</tr>{body}</table></body></html>"
    )
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(page, encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={path}", str(src)], check=True, capture_output=True, timeout=120)


# a list of goals under a heading naming them with what they are for: "Målsettinger for
# planperioden", "Målsättningar för perioden", "Objectives for the plan period"
LISTS = {
    "e1_nb_malsettinger": (
        "Trafikksikkerhetsplan for Nordvik 2050–2053", "Målsettinger for planperioden",
        ["Ingen barn skal bli skadet på vei til eller fra skolen.",
         "Alle skoler skal ha en godkjent skolevei med fortau eller gangvei.",
         "Flere elever skal gå eller sykle til skolen."],
    ),
    "e2_sv_malsattningar": (
        "Friluftsplan för Ekby kommun 2050–2054", "Målsättningar för perioden",
        ["Alla invånare ska ha högst en kilometer till ett strövområde.",
         "Fler barn ska besöka naturen under skoltid.",
         "Vandringslederna ska vara skyltade och underhållna."],
    ),
    "e3_en_objectives": (
        "Parks Strategy for Dunmore 2050–2055", "Objectives for the plan period",
        ["Every resident lives within a ten-minute walk of a good park.",
         "More children play outdoors in our parks every week.",
         "Parks are managed to increase biodiversity."],
    ),
}


def _list_docx(path: Path, title: str, head: str, goals: list[str]) -> None:
    import docx

    d = docx.Document()
    d.add_heading(title, level=1)
    d.add_heading("1 Innledning", level=2)
    d.add_paragraph("Planen viser hvordan kommunen skal arbeide i planperioden.")
    d.add_heading("2 " + head, level=2)
    for g in goals:
        d.add_paragraph(g, style="List Number")
    d.add_heading("3 Oppfølging", level=2)
    d.add_paragraph("Planen følges opp i budsjettet hvert år.")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (path.stem + ".docx")
        d.save(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(path.parent), str(src)],
                       check=True, capture_output=True, timeout=180)


def _list_reportlab(path: Path, title: str, head: str, goals: list[str]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 80
    c.setFont("Helvetica-Bold", 15)
    c.drawString(60, y, title)
    y -= 34
    for h, body in (("1 Inledning", ["Planen visar hur kommunen ska arbeta under perioden."]), ("2 " + head, goals),
                    ("3 Uppföljning", ["Planen följs upp varje år i budgeten."])):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(60, y, h)
        y -= 18
        c.setFont("Helvetica", 10)
        for line in body:
            if body is goals:
                c.drawString(66, y, "•")
                c.drawString(80, y, line)
            else:
                c.drawString(60, y, line)
            y -= 14
        y -= 10
    c.save()


def _list_chromium(path: Path, title: str, head: str, goals: list[str]) -> None:
    esc = html.escape
    page = (
        "<html><body style='font-family:Liberation Sans;font-size:11pt;margin:2cm'>"
        f"<h1 style='font-size:16pt'>{esc(title)}</h1><h2 style='font-size:13pt'>1 Introduction</h2>"
        "<p>This strategy sets out how the Council will look after its parks.</p>"
        f"<h2 style='font-size:13pt'>2 {esc(head)}</h2><ol type='a'>"
        + "".join(f"<li>{esc(g)}</li>" for g in goals)
        + "</ol><h2 style='font-size:13pt'>3 Review</h2><p>The strategy is reviewed every year.</p></body></html>"
    )
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(page, encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={path}", str(src)], check=True, capture_output=True, timeout=120)


LIST_WRITERS = {"e1": _list_docx, "e2": _list_reportlab, "e3": _list_chromium}

WRITERS = {"c1": _reportlab, "c2": _docx, "c3": _chromium, "d1": _docx, "d2": _reportlab, "d3": _chromium}


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "out").resolve()
    out.mkdir(parents=True, exist_ok=True)
    for name, spec in PLANS.items():
        WRITERS[name.split("_")[0]](out / f"{name}.pdf", *spec)
    for name, spec in LISTS.items():
        LIST_WRITERS[name.split("_")[0]](out / f"{name}.pdf", *spec)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
