"""Session-37 variants of Word's "o" sub-bullets in a mandate's list: ``python letter_o.py OUTDIR``
builds o1 (sv, reportlab, "o" typed at a deeper indent), o2 (en, python-docx → LibreOffice,
sub-items typed "o<tab>…" in an indented paragraph) and o3 (da, HTML → Chromium, "o" typed in a
nested list without glyphs), then prints, per mandate, the points read and whether the gold holds.
Gold (written before the first run): the point with sub-items has them as its concerns, no point
text holds the letter "o" as a word, and the sentence after the list is a point of its own."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

GOLD = {
    "o1_sv": ("behovet av laddplatser", ["vid bostadsområden", "vid arbetsplatser och skolor", "i centrum"], "Förslaget ska lämnas"),
    "o2_en": ("parking for bicycles", ["at rail stations", "at schools and sports grounds", "in the town centre"], "A draft must be submitted"),
    "o3_da": ("behovet for cykelparkering", ["ved stationerne", "ved skoler og idrætsanlæg", "i bymidten"], "Forslaget skal forelægges"),
}
TEXT = {
    "o1_sv": ("Kommunfullmäktige beslutar att ta fram en laddplan. Planen ska särskilt belysa:",
              ["ett sammanhängande nät av laddstationer längs huvudvägarna", "behovet av laddplatser:"],
              ["vägledning för bostadsrättsföreningar"], "Förslaget ska lämnas till kommunstyrelsen senast 1 mars 2049."),
    "o2_en": ("The Council agrees to prepare a cycling strategy. The strategy must consider:",
              ["a connected network of cycle routes between the villages", "parking for bicycles:"],
              ["winter maintenance of cycle paths"], "A draft must be submitted to Cabinet by 1 March 2049."),
    "o3_da": ("Byrådet beslutter at udarbejde en cykelplan. Planen skal særligt vurdere:",
              ["et sammenhængende net af cykelstier mellem byerne", "behovet for cykelparkering:"],
              ["vintervedligeholdelse af cykelstierne"], "Forslaget skal forelægges byrådet senest 1. marts 2049."),
}


def _reportlab(path: Path, name: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    lead, before, after, closing = TEXT[name]
    c = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 90
    c.setFont("Helvetica", 11)
    c.drawString(60, y, lead)
    y -= 16
    for item in before:
        c.drawString(66, y, "•")
        c.drawString(80, y, item)
        y -= 15
    for sub in GOLD[name][1]:
        c.drawString(110, y, "o")
        c.drawString(124, y, sub)
        y -= 15
    for item in after:
        c.drawString(66, y, "•")
        c.drawString(80, y, item)
        y -= 15
    c.drawString(60, y, closing)
    c.save()


def _docx(path: Path, name: str) -> None:
    import docx
    from docx.shared import Cm

    lead, before, after, closing = TEXT[name]
    d = docx.Document()
    d.add_paragraph(lead)
    for item in before:
        d.add_paragraph(item, style="List Bullet")
    for sub in GOLD[name][1]:
        p = d.add_paragraph(f"o\t{sub}")
        p.paragraph_format.left_indent = Cm(2.5)
        p.paragraph_format.first_line_indent = Cm(-0.6)
    for item in after:
        d.add_paragraph(item, style="List Bullet")
    d.add_paragraph(closing)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (path.stem + ".docx")
        d.save(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(path.parent), str(src)],
                       check=True, capture_output=True, timeout=180)


def _chromium(path: Path, name: str) -> None:
    lead, before, after, closing = TEXT[name]
    li = "".join(f"<li>{x}</li>" for x in before[:-1])
    subs = "".join(f"<div style='margin-left:3em'>o&nbsp;&nbsp;{s}</div>" for s in GOLD[name][1])
    page = (f"<html><body style='font-family:Liberation Sans;font-size:11pt;margin:2cm'><p>{lead}</p><ul>{li}"
            f"<li>{before[-1]}{subs}</li>" + "".join(f"<li>{x}</li>" for x in after) + f"</ul><p>{closing}</p></body></html>")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(page, encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={path}", str(src)], check=True, capture_output=True, timeout=120)


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "out").resolve()
    out.mkdir(parents=True, exist_ok=True)
    build = "--score" not in argv
    from plancheck.mandate.points import read_mandate

    ok = 0
    for name, write in (("o1_sv", _reportlab), ("o2_en", _docx), ("o3_da", _chromium)):
        path = out / f"{name}.pdf"
        if build:
            write(path, name)
        pts = read_mandate(path)
        head, subs, closing = GOLD[name]
        point = next((p for p in pts if p.text.startswith(head)), None)
        good = (
            point is not None
            and [c.rstrip(".;,") for c in point.concerns] == subs
            and not any(" o " in f" {p.text} " for p in pts)
            and any(p.text.startswith(closing) for p in pts)
        )
        ok += good
        print(name, "OK" if good else "MISS", [(p.text[:70], p.concerns) for p in pts])
    print(f"TOTAL {ok}/3")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
