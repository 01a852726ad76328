"""Hand-built parent/child variants of session 33 (parfind33; gold written before any plancheck run):
a band cited by number (sv, Chromium), a 'Mål i samfunnsdelen' table with band rows and a goal handed to
a strategy (nn, Chromium), themed bullets '(Lead: …, by: …)' with one-bullet themes (en, python-docx →
LibreOffice). Usage: make_child_link_variants33.py OUTDIR; score with `plancheck eval --parents OUTDIR`.
Parent statuses in the gold are placeholders (only the child goals and their serving links are gold)."""
import subprocess
import sys
from pathlib import Path

import yaml

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(".")
OUT.mkdir(parents=True, exist_ok=True)
CSS = "<style>body{font-family:'DejaVu Sans';font-size:10.5pt;margin:18mm} table{border-collapse:collapse;width:100%} td,th{border:1px solid #999;padding:4px;text-align:left;vertical-align:top} tr.band td{background:#dde8ee;font-weight:bold} h1{font-size:17pt} h2{font-size:13pt}</style>"

def html_pdf(html: str, pdf: Path, landscape=False):
    src = pdf.with_suffix(".html")
    page = "<style>@page{size:A4 landscape}</style>" if landscape else ""
    src.write_text(f"<html><head><meta charset='utf-8'>{CSS}{page}</head><body>{html}</body></html>")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", str(src)], check=True, capture_output=True)

def pair(slug, lang, parent_html, child_html, gold_parent, gold_child, landscape=False, child_docx=None):
    d = OUT / slug
    d.mkdir(exist_ok=True)
    html_pdf(parent_html, d / "parent.pdf")
    if child_docx:
        child_docx(d)
    else:
        html_pdf(child_html, d / "child.pdf", landscape)
    gold = dict(parent="parent.pdf", child="child.pdf", language=lang,
                parent_goals=[dict(id=i, text=t, page=1, status="partial") for i, t in gold_parent],
                child_goals=[dict(text=t, page=1, serves=s) for t, s in gold_child], held_out=False)
    (d / "parent-coverage.gold.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True, sort_keys=False))

# V1 sv: Mål och budget with 'Insatsområde n' bands; the nämnd's table cites the band only
p1 = """<h1>Mål och budget 2029–2031, Ekvik kommun</h1><p>Kommunfullmäktige fastställer målen för mandatperioden.</p>
<h2>Insatsområde 1 – Lärande och uppväxt</h2><p><b>Kommunfullmäktiges mål</b></p><ul>
<li>Fler elever ska klara kunskapskraven i läsning och matematik.</li><li>Alla barn ska ha en meningsfull fritid nära hemmet.</li></ul>
<h2>Insatsområde 2 – Hållbar samhällsbyggnad</h2><p><b>Kommunfullmäktiges mål</b></p><ul>
<li>Kommunens fordon och lokaler ska vara fossilfria.</li><li>Invånarna ska ha nära till natur och parker.</li></ul>"""
c1 = """<h1>Verksamhetsplan 2029 – Barn- och utbildningsnämnden</h1><p>Tabellen visar nämndens aktiviteter och vilket insatsområde i Mål och budget de hör till.</p>
<table><tr><th>Aktivitet</th><th>Koppling till KF-mål</th><th>Ansvarig</th><th>Klart</th></tr>
<tr><td>Läsfrämjande lektioner och läsning i matematik för åk 1–3</td><td>Insatsområde 1</td><td>Skolchef</td><td>2029</td></tr>
<tr><td>Fritidsgård med fritid och läxhjälp i Norrby</td><td>Insatsområde 1</td><td>Fritidschef</td><td>2029</td></tr>
<tr><td>Solceller på skolornas lokaler och fossilfria skolskjutsar</td><td>Insatsområde 2</td><td>Lokalenheten</td><td>2030</td></tr>
<tr><td>Nytt schemasystem för gymnasiet</td><td>Insatsområde 2</td><td>IT-enheten</td><td>2029</td></tr></table>"""
pair("v1-sv-band", "sv", p1, c1,
     [("1", "Fler elever ska klara kunskapskraven i läsning och matematik."), ("2", "Alla barn ska ha en meningsfull fritid nära hemmet."),
      ("3", "Kommunens fordon och lokaler ska vara fossilfria."), ("4", "Invånarna ska ha nära till natur och parker.")],
     [("Läsfrämjande lektioner och läsning i matematik för åk 1–3", ["1"]), ("Fritidsgård med fritid och läxhjälp i Norrby", ["2"]),
      ("Solceller på skolornas lokaler och fossilfria skolskjutsar", ["3"]), ("Nytt schemasystem för gymnasiet", [])], landscape=True)

# V2 nn: handlingsdel table with a 'Mål i samfunnsdelen' column, band rows, a goal handed to a strategy
p2 = """<h1>Kommuneplanens samfunnsdel 2028–2040, Vetlefjord kommune</h1>
<h2>Satsingsområde 1 Oppvekst</h2><p><b>Mål</b></p><p>1.1 Alle barn og unge skal ha ein trygg skulekvardag.</p><p>1.2 Fleire unge skal fullføre vidaregåande opplæring.</p>
<h2>Satsingsområde 2 Helse og omsorg</h2><p><b>Mål</b></p><p>2.1 Eldre skal kunne bu heime lenge og trygt.</p><p>2.2 Kommunen skal ha nok fagfolk i helse og omsorg.</p>"""
c2 = """<h1>Handlingsdel 2028–2031</h1><p>Kolonna «Mål i samfunnsdelen» viser målet tiltaket skal bidra til.</p>
<p>Mål 2.2 om rekruttering vert følgd opp i arbeidsgjevarstrategien og har ingen tiltak her.</p>
<table><tr><th>Nr.</th><th>Tiltak</th><th>Mål i samfunnsdelen</th><th>Ansvarleg</th><th>Tid</th></tr>
<tr class="band"><td colspan="5">Satsingsområde 1 Oppvekst</td></tr>
<tr><td>1</td><td>Antimobbeprogram på alle skular</td><td>1.1</td><td>Kommunalsjef oppvekst</td><td>2028</td></tr>
<tr><td>2</td><td>Lærlingplassar i kommunen for 20 ungdomar</td><td>1.2</td><td>Personal</td><td>Kvart år</td></tr>
<tr class="band"><td colspan="5">Satsingsområde 2 Helse og omsorg</td></tr>
<tr><td>3</td><td>Tryggleiksalarm til alle heimebuande over 80 år</td><td>2.1</td><td>Heimetenesta</td><td>2029</td></tr>
<tr><td>4</td><td>Nytt arkivsystem for heile kommunen</td><td>–</td><td>IT</td><td>2030</td></tr></table>"""
pair("v2-nn-handlingsdel", "nn", p2, c2,
     [("1.1", "Alle barn og unge skal ha ein trygg skulekvardag."), ("1.2", "Fleire unge skal fullføre vidaregåande opplæring."),
      ("2.1", "Eldre skal kunne bu heime lenge og trygt."), ("2.2", "Kommunen skal ha nok fagfolk i helse og omsorg.")],
     [("Antimobbeprogram på alle skular", ["1.1"]), ("Lærlingplassar i kommunen for 20 ungdomar", ["1.2"]),
      ("Tryggleiksalarm til alle heimebuande over 80 år", ["2.1"]), ("Nytt arkivsystem for heile kommunen", [])], landscape=True)

# V3 en, python-docx -> soffice: action plan of themed bullets '(Lead: …, by: …)', one theme of one bullet
p3 = """<h1>Corporate Plan 2029–2033, Wexley District Council</h1>
<h2>Priority 1 – Clean and green</h2><p><b>Our goals</b></p><ul><li>Rivers and streams in the district are cleaner.</li><li>More journeys are made by bike or bus.</li></ul>
<h2>Priority 2 – Good homes</h2><p><b>Our goals</b></p><ul><li>Every tenant lives in a warm and safe home.</li><li>More affordable homes are built each year.</li></ul>"""
def c3(d):
    import docx
    doc = docx.Document()
    doc.add_heading("Environment Committee action plan 2029/30", 1)
    doc.add_paragraph("This plan sets out the committee's contribution to the Corporate Plan.")
    doc.add_heading("Water", 2)
    doc.add_paragraph("Restore 3 km of the Wex stream to a natural course (Lead: Countryside Team, by: March 2030)", style="List Bullet")
    doc.add_paragraph("Monitor water quality in all streams every month (Lead: Environmental Health, by: ongoing)", style="List Bullet")
    doc.add_heading("Travel", 2)
    doc.add_paragraph("Build a cycle path and a new bus shelter between Wexley and Ashby (Lead: Highways, by: 2030)", style="List Bullet")
    doc.add_heading("Housing", 2)
    doc.add_paragraph("Insulate 200 council homes to make them warm (Lead: Housing Services, by: 2031)", style="List Bullet")
    doc.save(d / "child.docx")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(d), str(d / "child.docx")], check=True, capture_output=True)
pair("v3-en-bullets", "en", p3, None,
     [("P1a", "Rivers and streams in the district are cleaner."), ("P1b", "More journeys are made by bike or bus."),
      ("P2a", "Every tenant lives in a warm and safe home."), ("P2b", "More affordable homes are built each year.")],
     [("Restore 3 km of the Wex stream to a natural course", ["P1a"]), ("Monitor water quality in all streams every month", ["P1a"]),
      ("Build a cycle path and a new bus shelter between Wexley and Ashby", ["P1b"]), ("Insulate 200 council homes to make them warm", ["P2a"])],
     child_docx=c3)
print("built")
