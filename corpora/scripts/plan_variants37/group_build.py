"""Build the session-37 group-label variants: ``python group_build.py OUTDIR`` writes NAME.pdf per
plan (reportlab sv, HTML → Chromium en, python-docx → LibreOffice da). Gold: group_gold.py."""

from __future__ import annotations

import html
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from group_gold import GROUP_GOLD

PLANS = {
    "g1_sv_naringsliv": ("Regional utvecklingsstrategi för näringslivet 2049–2059", "Mål",
                         "Länets mål är ordnade efter tre fokusområden.", "Fokusområde", "Prioriteringar",
                         ["Tillväxt", "Grön omställning", "Kompetens och infrastruktur"],
                         ["företagsstöd och inkubatorer.", "laddinfrastruktur och cirkulära flöden.",
                          "yrkesvux och bredbandsutbyggnad."]),
    "g2_en_economy": ("County Economic Strategy 2049–2059", "Our outcomes",
                      "The strategy sets six outcomes, grouped by theme.", "Theme", "Priorities",
                      ["Growth", "Net zero", "Skills and connectivity"],
                      ["start-up grants and business support.", "EV charging and low-carbon supply chains.",
                       "apprenticeships and gigabit roll-out."]),
    "g3_da_erhverv": ("Erhvervsstrategi for Vesthavn Kommune 2049–2059", "Mål",
                      "Byrådet har vedtaget seks mål, ordnet efter tre indsatsområder.", "Indsatsområde",
                      "Prioriteter", ["Vækst", "Grøn omstilling", "Kompetencer og infrastruktur"],
                      ["iværksætterstøtte og væksthuse.", "ladestandere og cirkulær økonomi.",
                       "erhvervsuddannelser og bredbånd."]),
}


def _groups(name):
    title, head, intro, label, prio_label, areas, prios = PLANS[name]
    goals = GROUP_GOLD[name]
    return title, head, intro, [(f"{label}: {areas[k]}", goals[2 * k: 2 * k + 2], f"{prio_label}: {prios[k]}")
                                for k in range(3)]


def _reportlab(path: Path, name: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    title, head, intro, groups = _groups(name)
    c = canvas.Canvas(str(path), pagesize=A4)
    _, h = A4
    y = h - 80
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, y, title)
    y -= 34
    c.setFont("Helvetica-Bold", 12.5)
    c.drawString(60, y, head)
    y -= 18
    c.setFont("Helvetica", 9.5)
    c.drawString(60, y, intro)
    y -= 24
    for glabel, goals, prio in groups:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, y, glabel)
        y -= 16
        c.setFont("Helvetica", 9.5)
        for g in goals:
            c.drawString(60, y, "•")
            c.drawString(74, y, g)
            y -= 15
        c.setFont("Helvetica", 8)
        c.drawString(60, y, prio)
        y -= 26
    c.save()


def _chromium(path: Path, name: str) -> None:
    title, head, intro, groups = _groups(name)
    parts = ["<html><body style='font-family:Liberation Sans;font-size:10pt;margin:2cm'>",
             f"<h1 style='font-size:17pt'>{html.escape(title)}</h1><h2 style='font-size:13pt'>{html.escape(head)}</h2>",
             f"<p>{html.escape(intro)}</p>"]
    for glabel, goals, prio in groups:
        parts.append(f"<p style='font-weight:bold;font-size:10.5pt;margin-bottom:2pt'>{html.escape(glabel)}</p><ul style='margin:0'>")
        parts += [f"<li>{html.escape(g)}</li>" for g in goals]
        parts.append(f"</ul><p style='font-size:8pt;margin-top:3pt'>{html.escape(prio)}</p>")
    parts.append("</body></html>")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "page.html"
        src.write_text("".join(parts), encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={path}", str(src)], check=True, capture_output=True, timeout=120)


def _docx(path: Path, name: str) -> None:
    import docx
    from docx.shared import Pt

    title, head, intro, groups = _groups(name)
    d = docx.Document()
    d.add_heading(title, level=1)
    d.add_heading(head, level=2)
    d.add_paragraph(intro)
    for glabel, goals, prio in groups:
        r = d.add_paragraph().add_run(glabel)
        r.bold = True
        r.font.size = Pt(11.5)
        for g in goals:
            d.add_paragraph(g, style="List Bullet")
        r = d.add_paragraph().add_run(prio)
        r.font.size = Pt(9)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (path.stem + ".docx")
        d.save(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(path.parent), str(src)],
                       check=True, capture_output=True, timeout=180)


WRITERS = {"g1": _reportlab, "g2": _chromium, "g3": _docx}


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "out").resolve()
    out.mkdir(parents=True, exist_ok=True)
    for name in PLANS:
        WRITERS[name.split("_")[0]](out / f"{name}.pdf", name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
