# ruff: noqa: E402, SIM115 — throwaway builders: imports beside the producer each part uses
import json
import subprocess
from pathlib import Path

OUT = Path("/tmp/parfind32/var")
gold = json.load(open(OUT / "gold2.json"))
html = """<html><body style='font-family:sans-serif'><h1>Capital Programme 2062–2064</h1><p>Westmoor Council</p>
<h2>About the programme</h2><p>These projects deliver the local plan.</p><h2>Projects</h2>
<h3>Project 1: New footbridge over the Leat</h3><p>Budget: £2.1m · Timescale: 2062</p><p>A footbridge linking the station to the college.</p>
<h3>Project 2: Solar panels on six schools</h3><p>Budget: £0.9m · Timescale: 2063</p><p>Panels on the roofs of six primary schools.</p>
<h3>Project 3: Flood wall at Quay Street</h3><p>Budget: £4.4m · Timescale: 2064</p><p>A wall and gates along the quay.</p></body></html>"""
(OUT / "v10-en-projects.html").write_text(html)
subprocess.run(
    [
        "chromium",
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-pdf-header-footer",
        f"--print-to-pdf={OUT / 'v10-en-projects.pdf'}",
        str(OUT / "v10-en-projects.html"),
    ],
    capture_output=True,
)
gold["v10-en-projects"] = [
    "New footbridge over the Leat",
    "Solar panels on six schools",
    "Flood wall at Quay Street",
]
from docx import Document as D

d = D()
d.add_heading("Investeringsprogram for Fjellvik kommune 2062–2065", 1)
d.add_heading("Prosjekt", 2)
for n, (t, desc) in enumerate(
    [
        ("Ny barnehage på Haugen", "Seks avdelingar, ferdig 2063."),
        ("Gang- og sykkelveg til Ørnes skule", "To kilometer med lys."),
        ("Nytt reinseanlegg i sentrum", "Erstattar anlegget frå 1978."),
    ],
    1,
):
    p = d.add_paragraph()
    r = p.add_run(f"Prosjekt {n}: {t}")
    r.bold = True
    d.add_paragraph(desc)
d.save(OUT / "v11-nn-prosjekt.docx")
subprocess.run(
    [
        "soffice",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(OUT),
        str(OUT / "v11-nn-prosjekt.docx"),
    ],
    capture_output=True,
)
gold["v11-nn-prosjekt"] = [
    "Ny barnehage på Haugen",
    "Gang- og sykkelveg til Ørnes skule",
    "Nytt reinseanlegg i sentrum",
]
json.dump(gold, open(OUT / "gold2.json", "w"), ensure_ascii=False, indent=1)
