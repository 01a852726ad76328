"""Build the session-37 variants: ``python orderee_build.py OUTDIR`` writes NAME-mandate.pdf and
NAME-plan.pdf per pair, each pair by another producer (reportlab, HTML → Chromium, python-docx →
LibreOffice). Gold in orderee_gold.py; score with orderee_score.py."""

from __future__ import annotations

import html
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

PAIRS: dict[str, tuple[str, list[tuple[str, str]], str, list[tuple[str, str]]]] = {
    "b1_sv_aldreplan": (
        "Uppdragsbeskrivning för arbetsgruppen om äldreplan",
        [("Bakgrund", "Andelen invånare över 80 år ökar snabbt i Norrviks kommun. Kommunen har inte haft "
          "någon samlad plan för äldreomsorgen sedan 2040."),
         ("Uppdrag", "Arbetsgruppen ska ta fram ett förslag till en äldreplan för 2049–2052. Gruppen ska "
          "beskriva hur många invånare över 80 år som bor i kommunen i dag och fram mot 2060. Den ska "
          "också föreslå hur kvaliteten i hemtjänsten ska följas upp, med antal uppföljningar per år. "
          "Planen ska redovisa behovet av platser i särskilt boende."),
         ("Tidplan", "Ett förslag ska lämnas till socialnämnden senast 2049-03-01.")],
        "Äldreplan för Norrviks kommun 2049–2052",
        [("1 Inledning", "Äldreplanen visar hur Norrviks kommun ska möta fler äldre invånare. Arbetsgruppen "
          "lämnade förslaget till socialnämnden den 20 februari 2049."),
         ("2 Befolkningen", "I dag bor 1 240 invånare över 80 år i kommunen. Enligt befolkningsprognosen blir "
          "de 2 100 fram mot 2060."),
         ("3 Kvaliteten i hemtjänsten", "Kvaliteten i hemtjänsten följs i dag upp genom en årlig "
          "brukarenkät som en extern konsult genomför. Uppföljningsmodellen omprövas när konsultavtalet "
          "löper ut 2050."),
         ("4 Särskilt boende", "Behovet av platser i särskilt boende ökar från 96 till 140 platser fram till "
          "2052. Kommunen bygger ett nytt boende med 40 platser i Strand som öppnar 2051.")],
    ),
    "b2_en_play": (
        "Terms of reference: play strategy working group",
        [("Background", "Ashby has 46 play areas, many of them built in the 1990s and in need of renewal."),
         ("Remit", "The working group will prepare a draft play strategy for 2049–2054. The group must map "
          "the condition of every play area. It must also set out how play areas will be inspected, with "
          "the number of inspections per year. The strategy must propose which play areas are renewed "
          "first."),
         ("Timetable", "A proposal must be submitted to Cabinet by 1 March 2049.")],
        "Ashby Play Strategy 2049–2054",
        [("1 Introduction", "This strategy sets out how Ashby Council will renew its play areas. The draft "
          "was submitted to Cabinet on 18 February 2049."),
         ("2 Condition of play areas", "We surveyed all 46 play areas in 2048: 12 are in good condition, "
          "25 fair and 9 poor."),
         ("3 Inspections", "Play areas are inspected today by a contractor on behalf of the Council. The "
          "inspection regime will be reviewed once the contract ends in 2050."),
         ("4 Renewal", "The nine play areas in poor condition are renewed first, from 2049 to 2051, "
          "starting with Northgate Park.")],
    ),
    "b3_nn_bustad": (
        "Mandat for arbeidsgruppa for bustadsosial handlingsplan",
        [("Bakgrunn", "Kommunen har fleire vanskelegstilte på bustadmarknaden enn for ti år sidan."),
         ("Oppdrag", "Arbeidsgruppa skal utarbeide eit forslag til bustadsosial handlingsplan for "
          "2049–2052. Gruppa skal kartleggje kor mange vanskelegstilte som treng ein eigna bustad. Ho "
          "skal òg vurdere korleis startlån kan brukast betre. Planen skal gjere greie for korleis "
          "tilskotsordninga for tilpassing av bustader skal innrettast, med kriterium for tildeling."),
         ("Framdrift", "Eit framlegg skal sendast til formannskapet innan 1. mars 2049.")],
        "Bustadsosial handlingsplan for Fjellvik kommune 2049–2052",
        [("1 Innleiing", "Planen viser korleis Fjellvik kommune skal hjelpe vanskelegstilte på "
          "bustadmarknaden. Framlegget vart sendt til formannskapet 20. februar 2049."),
         ("2 Kartlegging", "Kartlegginga viser at 85 hushald er vanskelegstilte på bustadmarknaden og treng "
          "ein eigna bustad."),
         ("3 Startlån", "Kommunen vil bruke startlån meir aktivt: ramma aukar til 40 millionar kroner, og "
          "unge i fast arbeid får tilbod om rådgjeving."),
         ("4 Tilpassing av bustader", "Kommunen har i dag ei tilskotsordning for tilpassing av bustader, "
          "som 14 hushald fekk i 2048. Ordninga blir gjennomgått når dei nye retningslinjene frå "
          "Husbanken ligg føre.")],
    ),
}


def _reportlab(path: Path, title: str | None, body: list) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    _, h = A4
    y = h - 80
    if title:
        c.setFont("Helvetica-Bold", 15)
        c.drawString(60, y, title)
        y -= 30
    for item in body:
        if isinstance(item, tuple):
            head, text = item
            c.setFont("Helvetica-Bold", 12)
            c.drawString(60, y, head)
            y -= 17
            c.setFont("Helvetica", 10)
            for ln in textwrap.wrap(text, 95):
                c.drawString(60, y, ln)
                y -= 13
            y -= 6
        else:
            bold = item.startswith(("Uppdrag", "Bestilling", "Terms"))
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 13 if bold else 10)
            for ln in textwrap.wrap(item, 95):
                c.drawString(60, y, ln)
                y -= 14
            y -= 6 if bold else 0
    c.save()


def _chromium(path: Path, title: str | None, body: list) -> None:
    parts = ["<html><body style='font-family:Liberation Serif;font-size:11pt;margin:2cm'>"]
    if title:
        parts.append(f"<h1 style='font-size:16pt'>{html.escape(title)}</h1>")
    items = []
    for item in body:
        if isinstance(item, tuple):
            parts.append(f"<h2 style='font-size:13pt'>{html.escape(item[0])}</h2><p>{html.escape(item[1])}</p>")
        elif item[:2].rstrip(".").isdigit():
            items.append(f"<li>{html.escape(item.split(' ', 1)[1])}</li>")
        else:
            tag = "h1" if item.startswith("Terms") else "p"
            parts.append(f"<{tag}>{html.escape(item)}</{tag}>")
    if items:
        parts.append("<ol>" + "".join(items) + "</ol>")
    parts.append("</body></html>")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "page.html"
        src.write_text("".join(parts), encoding="utf-8")
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--print-to-pdf={path}", str(src)],
            check=True, capture_output=True, timeout=120,
        )


def _docx(path: Path, title: str | None, body: list) -> None:
    import docx

    d = docx.Document()
    if title:
        d.add_heading(title, level=1)
    for item in body:
        if isinstance(item, tuple):
            d.add_heading(item[0], level=2)
            d.add_paragraph(item[1])
        elif item[:2].rstrip(".").isdigit():
            d.add_paragraph(item.split(" ", 1)[1], style="List Number")
        elif item.startswith("Bestilling"):
            d.add_heading(item, level=1)
        else:
            d.add_paragraph(item)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (path.stem + ".docx")
        d.save(src)
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(path.parent), str(src)],
            check=True, capture_output=True, timeout=180,
        )


WRITERS = {"b1": _reportlab, "b2": _chromium, "b3": _docx}


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "out").resolve()
    out.mkdir(parents=True, exist_ok=True)
    for name, (mtitle, mandate, title, plan) in PAIRS.items():
        write = WRITERS[name.split("_")[0]]
        write(out / f"{name}-mandate.pdf", mtitle, mandate)
        write(out / f"{name}-plan.pdf", title, plan)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
