"""Build the session-36 status variants: ``python status_build.py OUTDIR`` writes
NAME-mandate.pdf and NAME-plan.pdf per pair, each pair by another producer (reportlab,
HTML → Chromium, python-docx → LibreOffice). Gold in status_gold.py."""

from __future__ import annotations

import html
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

PAIRS: dict[str, tuple[list[str], str, list[tuple[str, str]]]] = {
    "a1_sv_badplatser": (
        ["Uppdrag: badplatsplan", "Kultur- och fritidsnämnden ger förvaltningen i uppdrag att ta fram en "
         "badplatsplan. Planen ska:",
         "1. beskriva standarden och tillgängligheten vid kommunens badplatser,",
         "2. utreda om kommunen ska införa ett skötselbidrag till föreningar som sköter badplatser,",
         "3. föreslå åtgärder för säkerheten vid badplatserna under sommaren."],
        "Badplatsplan för Lövsjö kommun 2049–2053",
        [("1 Inledning", "Planen visar hur Lövsjö kommun ska utveckla sina tolv badplatser. Den har tagits "
          "fram av fritidsförvaltningen under våren 2048."),
         ("2 Badplatserna i dag", "Åtta av de tolv badplatserna har toalett och sophämtning. Standarden är "
          "god vid de fyra stora badplatserna men låg vid de mindre sjöarna. Tre badplatser har ramp och "
          "badbrygga som är tillgänglig för rullstol; övriga saknar tillgänglig väg till vattnet."),
         ("3 Föreningarnas ansvar", "Föreningar sköter i dag sju av kommunens tolv badplatser. De klipper "
          "gräs, tömmer soptunnor och håller bryggorna i ordning under sommaren. Ett skötselbidrag ska "
          "utredas vid en framtida översyn av föreningsstödet."),
         ("4 Säkerhet", "Från sommaren 2049 finns badvakter vid de fyra stora badplatserna under juli. "
          "Livbojar sätts upp vid alla badplatser och kontrolleras varje vecka.")],
    ),
    "a2_en_leisure": (
        ["Terms of reference: leisure strategy", "The strategy shall:",
         "1. set out the opening hours of each leisure centre,",
         "2. propose measures to increase swimming among primary school children,",
         "3. consider a discount scheme for residents over 75 using the leisure centres."],
        "Leisure Strategy for Ashby 2049–2054",
        [("1 Introduction", "This strategy sets out how the Council will run its three leisure centres. "
          "It was prepared by the Leisure team."),
         ("2 Opening hours", "Ashby Pool opens 6am to 10pm on weekdays, Northgate Sports Hall 7am to 9pm, "
          "and the Riverside Centre 8am to 8pm. All three open 8am to 6pm at weekends."),
         ("3 Swimming", "Every primary school pupil will get ten free swimming lessons in Year 4, and "
          "the Council will fund coaches to the pool for all primary schools."),
         ("4 Older residents", "Residents over 75 make up nine per cent of visits to the leisure centres, "
          "mostly to the pool in the morning. A discount scheme will be considered in a future review of "
          "charges.")],
    ),
    "a3_nb_hjemmetjeneste": (
        ["Bestilling: plan for hjemmetjenesten", "Planen skal:",
         "1. beskrive tilbudet om praktisk bistand i hjemmet,",
         "2. kartlegge sykefraværet blant de ansatte i hjemmetjenesten,",
         "3. vurdere bruk av velferdsteknologi i hjemmetjenesten."],
        "Plan for hjemmetjenesten i Berg kommune 2049–2052",
        [("1 Innledning", "Planen viser hvordan Berg kommune skal gi gode tjenester i hjemmet. Den er laget "
          "av en arbeidsgruppe i helse og omsorg."),
         ("2 Praktisk bistand", "Praktisk bistand gis til 210 brukere og omfatter rengjøring, innkjøp og "
          "hjelp med klesvask. Tildelingen skjer etter vedtak, og tjenesten gis hver uke eller annenhver uke."),
         ("3 De ansatte", "Hjemmetjenesten har 140 ansatte i 96 årsverk, de fleste i deltidsstillinger. "
          "Sykefraværet blant de ansatte vil bli kartlagt nærmere i 2050."),
         ("4 Velferdsteknologi", "Velferdsteknologi brukes i dag i 120 hjem: digitalt tilsyn om natten, "
          "medisindispensere og trygghetsalarmer. Mer bruk av velferdsteknologi kan bli aktuelt senere.")],
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


WRITERS = {"a1": _reportlab, "a2": _chromium, "a3": _docx}


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "out").resolve()
    out.mkdir(parents=True, exist_ok=True)
    for name, (mandate, title, plan) in PAIRS.items():
        write = WRITERS[name.split("_")[0]]
        write(out / f"{name}-mandate.pdf", None, mandate)
        write(out / f"{name}-plan.pdf", title, plan)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
