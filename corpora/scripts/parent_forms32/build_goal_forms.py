# ruff: noqa: E402, SIM115 — throwaway builders: imports beside the producer each part uses
"""Hand-built variants (gold in gold.json, written before any run)."""

import json
import subprocess
from pathlib import Path

OUT = Path("/tmp/parfind32/var")
gold = {}

# V1 sv, python-docx -> soffice: transposed goal table, focus areas as columns
from docx import Document as D

d = D()
d.add_heading("Översiktlig strategi för Lövsjö kommun 2060–2070", 1)
d.add_paragraph("Lövsjö kommun · Antagen av kommunfullmäktige 2059")
d.add_heading("Strategin i korthet", 2)
d.add_paragraph("Tabellen visar strategins tre målområden i var sin kolumn.")
t = d.add_table(rows=4, cols=4)
t.style = "Table Grid"
rows = [
    ["", "Livslångt lärande", "Trygg vård", "Grön omställning"],
    [
        "Mål",
        "Alla elever lämnar grundskolan med godkända betyg.",
        "Äldre får hjälp av samma personal varje vecka.",
        "Kommunens fordon körs helt på förnybar energi.",
    ],
    [
        "Strategier",
        "Vi satsar på tidiga insatser i förskolan.",
        "Vi bygger team kring varje brukare.",
        "Vi byter fordon när avtalen löper ut.",
    ],
    [
        "Så mäter vi",
        "Andel elever med godkända betyg",
        "Antal personal per brukare",
        "Andel förnybart bränsle",
    ],
]
for r, row in enumerate(rows):
    for c, v in enumerate(row):
        t.cell(r, c).text = v
d.add_heading("Uppföljning", 2)
d.add_paragraph("Kommunstyrelsen följer upp strategin varje år i årsredovisningen.")
d.save(OUT / "v1-sv-transposed.docx")
gold["v1-sv-transposed"] = [
    "Alla elever lämnar grundskolan med godkända betyg.",
    "Äldre får hjälp av samma personal varje vecka.",
    "Kommunens fordon körs helt på förnybar energi.",
]

# V5 en, reportlab: transposed, 'Outcome' rows, areas as columns, wrapping cells
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

ss = getSampleStyleSheet()


def P(t, s="BodyText"):
    return Paragraph(t, ss[s])


doc = SimpleDocTemplate(str(OUT / "v5-en-transposed.pdf"), pagesize=A4)
data = [
    ["", "Thriving Places", "Healthy Lives", "Clean Growth"],
    [
        "Outcome",
        P("Every town centre has fewer than one in ten shops empty."),
        P("Adults in Kelbury are active for thirty minutes a day."),
        P("Council buildings produce no net carbon emissions."),
    ],
    [
        "Outcome",
        P("Residents feel safe walking home after dark."),
        P("Fewer older people are admitted to hospital after a fall."),
        P("Half of all trips in the borough are made on foot or by bike."),
    ],
    [
        "How we get there",
        P("We will work with landlords on empty units."),
        P("We will fund walking groups."),
        P("We will retrofit our buildings."),
    ],
    ["Measures", P("Vacancy rate"), P("Active Lives survey"), P("Carbon account")],
]
tb = Table(data, colWidths=[80, 140, 140, 140])
tb.setStyle(
    TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")])
)
doc.build(
    [
        P("Kelbury Borough Council Plan 2060–2064", "Title"),
        P("Our plan on a page", "Heading2"),
        P("The plan has three themes, one per column."),
        tb,
        Spacer(1, 12),
        P("Reporting", "Heading2"),
        P("Cabinet reviews the plan every year."),
    ]
)
gold["v5-en-transposed"] = [
    "Every town centre has fewer than one in ten shops empty.",
    "Adults in Kelbury are active for thirty minutes a day.",
    "Council buildings produce no net carbon emissions.",
    "Residents feel safe walking home after dark.",
    "Fewer older people are admitted to hospital after a fall.",
    "Half of all trips in the borough are made on foot or by bike.",
]

# V2 en, Chromium HTML: success criteria bullets beside council's own measures
html = """<html><body style='font-family:sans-serif'>
<h1>Ageing Well in Tarnbury: Strategy 2061–2066</h1><p>Tarnbury City Council · adopted May 2061</p>
<h2>Priority 1: Homes</h2><p>Most people over 75 live in homes built before 1960.</p>
<h3>The council will:</h3><ul><li>offer free home adaptation surveys.</li><li>set up a handyperson service.</li></ul>
<h3>Success looks like:</h3><ul><li>older people live in homes that suit their needs as they age.</li><li>fewer people over 65 fall at home each year.</li></ul>
<h2>Priority 2: Connection</h2><p>One in five older residents says they are often lonely.</p>
<h3>The council will:</h3><ul><li>fund lunch clubs in every ward.</li></ul>
<h3>Success looks like:</h3><ul><li>fewer older residents say they feel lonely.</li><li>older people can reach the town centre by bus every day.</li></ul>
<h2>Reporting</h2><p>We report to the Health and Wellbeing Board each year.</p></body></html>"""
(OUT / "v2-en-success.html").write_text(html)
subprocess.run(
    [
        "chromium",
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-pdf-header-footer",
        f"--print-to-pdf={OUT / 'v2-en-success.pdf'}",
        str(OUT / "v2-en-success.html"),
    ],
    capture_output=True,
)
gold["v2-en-success"] = [
    "older people live in homes that suit their needs as they age.",
    "fewer people over 65 fall at home each year.",
    "fewer older residents say they feel lonely.",
    "older people can reach the town centre by bus every day.",
]

# V6 sv, Chromium: 'Vi har nått målet när:' as a run-in paragraph label over bullets
html = """<html><body style='font-family:sans-serif'>
<h1>Regional strategi för friluftsliv 2060–2065</h1><p>Region Västmark</p>
<h2>Fokusområde: Tillgänglig natur</h2><p>Många invånare har långt till ett naturområde.</p>
<p><b>Regionen ska:</b></p><ul><li>ge bidrag till vandringsleder.</li><li>ta fram en karta över tillgänglig natur.</li></ul>
<p><b>Vi har nått målet när:</b></p><ul><li>alla invånare har mindre än en kilometer till ett naturområde.</li><li>fler barn vistas i skog och mark varje vecka.</li><li>naturreservaten har leder som går att använda med rullstol.</li></ul>
</body></html>"""
(OUT / "v6-sv-success.html").write_text(html)
subprocess.run(
    [
        "chromium",
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-pdf-header-footer",
        f"--print-to-pdf={OUT / 'v6-sv-success.pdf'}",
        str(OUT / "v6-sv-success.html"),
    ],
    capture_output=True,
)
gold["v6-sv-success"] = [
    "alla invånare har mindre än en kilometer till ett naturområde.",
    "fler barn vistas i skog och mark varje vecka.",
    "naturreservaten har leder som går att använda med rullstol.",
]

# V3 da, reportlab: theory of change, reading note names the third column
doc = SimpleDocTemplate(str(OUT / "v3-da-note.pdf"), pagesize=A4)
data = [
    ["Hvis vi …", "så …", "og dermed …"],
    [
        P("giver tilskud til grønne tage"),
        P("løber mindre regnvand i kloakken"),
        P("oversvømmes ingen kældre ved skybrud."),
    ],
    [
        P("planter træer langs vejene"),
        P("bliver gaderne køligere om sommeren"),
        P("kan ældre færdes ude på varme dage."),
    ],
    [
        P("åbner skolegårdene efter skoletid"),
        P("har børn flere steder at lege"),
        P("bevæger alle børn sig en time om dagen."),
    ],
]
tb = Table(data, colWidths=[160, 160, 160])
tb.setStyle(
    TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")])
)
doc.build(
    [
        P("Klimastrategi for Egelund Kommune 2060–2070", "Title"),
        P("Sådan hænger det sammen", "Heading2"),
        P(
            "Strategien læses række for række. Den tredje kolonne viser de mål, vi vil måles på; de to første viser vejen dertil."
        ),
        tb,
        P("Opfølgning", "Heading2"),
        P("Byrådet følger op hvert år."),
    ]
)
gold["v3-da-note"] = [
    "oversvømmes ingen kældre ved skybrud.",
    "kan ældre færdes ude på varme dage.",
    "bevæger alle børn sig en time om dagen.",
]

# V4 nn, python-docx -> soffice: 'slik at …' column head, no note
d = D()
d.add_heading("Folkehelsestrategi for Vikøy kommune 2060–2068", 1)
d.add_heading("Korleis vi tenkjer", 2)
d.add_paragraph("Kvar rad les ein frå venstre mot høgre.")
t = d.add_table(rows=4, cols=3)
t.style = "Table Grid"
rows = [
    ["Når vi …", "vil …", "slik at …"],
    [
        "byggjer gang- og sykkelvegar til skulane",
        "fleire barn gå eller sykle",
        "alle barn er fysisk aktive kvar dag.",
    ],
    [
        "opnar kommunale lokale for lag og organisasjonar",
        "fleire møtast på tvers av generasjonar",
        "færre innbyggjarar kjenner seg einsame.",
    ],
    [
        "tilbyr gratis frukt i skulen",
        "elevane ete sunnare",
        "fleire ungdomar har eit sunt kosthald.",
    ],
]
for r, row in enumerate(rows):
    for c, v in enumerate(row):
        t.cell(r, c).text = v
d.save(OUT / "v4-nn-slikat.docx")
gold["v4-nn-slikat"] = [
    "alle barn er fysisk aktive kvar dag.",
    "færre innbyggjarar kjenner seg einsame.",
    "fleire ungdomar har eit sunt kosthald.",
]

for n in ("v1-sv-transposed", "v4-nn-slikat"):
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(OUT),
            str(OUT / f"{n}.docx"),
        ],
        capture_output=True,
    )
json.dump(gold, open(OUT / "gold.json", "w"), ensure_ascii=False, indent=1)
print(sorted(p.name for p in OUT.glob("*.pdf")))
