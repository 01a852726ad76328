# ruff: noqa: E402, SIM115 — throwaway builders: imports beside the producer each part uses
import json
import subprocess
from pathlib import Path

OUT = Path("/tmp/parfind32/var")
gold = {}
html = """<html><body style='font-family:sans-serif'><h1>Housing Committee Plan 2061</h1><p>Brackwell Borough Council</p>
<h2>Background</h2><p>Rents in Brackwell rose by a fifth in five years.</p>
<h2>The Committee's commitments for 2061</h2><ul><li>We commit to building 120 council homes at Fenside by 2063.</li>
<li>We commit to licensing every private landlord in the borough.</li><li>We commit to a rent deposit scheme for young people leaving care.</li></ul>
<h2>Reporting</h2><p>The committee reports each quarter.</p></body></html>"""
(OUT / "v7-en-commit.html").write_text(html)
subprocess.run(
    [
        "chromium",
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-pdf-header-footer",
        f"--print-to-pdf={OUT / 'v7-en-commit.pdf'}",
        str(OUT / "v7-en-commit.html"),
    ],
    capture_output=True,
)
gold["v7-en-commit"] = [
    "We commit to building 120 council homes at Fenside by 2063.",
    "We commit to licensing every private landlord in the borough.",
    "We commit to a rent deposit scheme for young people leaving care.",
]
from docx import Document as D

d = D()
d.add_heading("Udvalgsplan for Kultur- og Fritidsudvalget 2061", 1)
d.add_heading("Indledning", 2)
d.add_paragraph("Udvalget følger kommunens kulturpolitik.")
d.add_heading("Udvalgets forpligtelser", 2)
for t in [
    "Vi forpligter os til at åbne biblioteket i Nørreby om søndagen.",
    "Vi forpligter os til at give foreningerne gratis lokaler i skolerne.",
    "Vi forpligter os til at holde en kulturnat hvert år.",
]:
    d.add_paragraph(t, style="List Bullet")
d.save(OUT / "v8-da-forplig.docx")
subprocess.run(
    [
        "soffice",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(OUT),
        str(OUT / "v8-da-forplig.docx"),
    ],
    capture_output=True,
)
gold["v8-da-forplig"] = [
    "Vi forpligter os til at åbne biblioteket i Nørreby om søndagen.",
    "Vi forpligter os til at give foreningerne gratis lokaler i skolerne.",
    "Vi forpligter os til at holde en kulturnat hvert år.",
]
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate

ss = getSampleStyleSheet()
doc = SimpleDocTemplate(str(OUT / "v9-nb-genitiv.pdf"))
items = [
    "Bygge ny flerbrukshall på Solheim innen 2063.",
    "Ansette to nye miljøterapeuter i ungdomstjenesten.",
    "Gi gratis kollektivbillett til alle elever i videregående.",
]
doc.build(
    [
        Paragraph("Handlingsplan for Nordvik kommune 2061", ss["Title"]),
        Paragraph("Bakgrunn", ss["Heading2"]),
        Paragraph("Nordvik har vokst med 2000 innbyggere.", ss["BodyText"]),
        Paragraph("Kommunens tiltak 2061", ss["Heading2"]),
        ListFlowable([ListItem(Paragraph(t, ss["BodyText"])) for t in items], bulletType="bullet"),
    ]
)
gold["v9-nb-genitiv"] = items
json.dump(gold, open(OUT / "gold2.json", "w"), ensure_ascii=False, indent=1)
