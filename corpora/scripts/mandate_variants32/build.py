"""Hand-built mandate variants of session 32 (mfind32): risk tables by level (A), answer
columns opening with the verdict (B), a permission's conditions (C). Gold in gold.py, written
before plancheck was run. Usage: python build.py OUTDIR; python score.py TREE OUTDIR [-v]."""

import html
import pathlib
import subprocess
import sys

from docx import Document
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

OUT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/mandate-variants32")
OUT.mkdir(exist_ok=True)
ss = getSampleStyleSheet()


def docx_pdf(name, title, paras_before, table, paras_after, grid=True):
    d = Document()
    d.add_heading(title, 1)
    for p in paras_before:
        if p.startswith("#"):
            d.add_heading(p[1:], 2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        if grid:
            t.style = "Table Grid"
        for i, r in enumerate(table):
            for j, c in enumerate(r):
                t.cell(i, j).text = c
    for p in paras_after:
        if p.startswith("#"):
            d.add_heading(p[1:], 2)
        else:
            d.add_paragraph(p)
    f = OUT / f"{name}.docx"
    d.save(f)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(f)],
        check=True,
        capture_output=True,
    )


def html_pdf(name, body):
    f = OUT / f"{name}.html"
    f.write_text(
        f"<html><head><meta charset='utf-8'><style>body{{font-family:sans-serif;font-size:11pt}} td,th{{padding:3px 8px;text-align:left;vertical-align:top}}</style></head><body>{body}</body></html>"
    )
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--print-to-pdf={OUT / (name + '.pdf')}",
            "--no-pdf-header-footer",
            str(f),
        ],
        check=True,
        capture_output=True,
    )


def rl_pdf(name, flow):
    SimpleDocTemplate(str(OUT / f"{name}.pdf"), pagesize=A4).build(flow)


def P(t, s="BodyText"):
    return Paragraph(html.escape(t), ss[s])


# A1 nb docx, ruled, Høy/Middels/Lav
docx_pdf(
    "A1_risk_nb_docx",
    "Risiko- og sårbarhetsanalyse for Fjellby kommune",
    [
        "#1 Innledning",
        "Kommunen skal etter sivilbeskyttelsesloven kartlegge uønskede hendelser.",
        "#2 Risikovurdering",
        "Tabellen viser hendelsene og tiltakene beredskapsrådet anbefaler.",
    ],
    [
        ["Nr", "Hendelse", "Sannsynlighet", "Konsekvens", "Risiko", "Tiltak"],
        [
            "1",
            "Langvarig strømbrudd",
            "Middels",
            "Stor",
            "Høy",
            "Skaffe nødstrømsaggregat til rådhuset og sykehjemmet.",
        ],
        [
            "2",
            "Skogbrann",
            "Lav",
            "Middels",
            "Lav",
            "Rydde vegetasjon langs kraftlinjene hvert femte år.",
        ],
        [
            "3",
            "Flom i Storelva",
            "Høy",
            "Stor",
            "Høy",
            "Kartlegge hvilke boliger som må evakueres ved flom i Storelva.",
        ],
        [
            "4",
            "Pandemi",
            "Lav",
            "Stor",
            "Middels",
            "Oppdatere smittevernplanen og vaksinasjonsavtalen.",
        ],
    ],
    [
        "#3 Oppfølging",
        "Tiltak for hendelser med høy risiko skal inngå i kommunens beredskapsplan, som skal vedtas innen 1. juni 2047. Tiltak for hendelser med middels risiko følges opp i fagplanene.",
    ],
)

# A2 en html, unruled, RAG words + colour
rows = [
    (
        "R1",
        "Flooding of the depot yard",
        "Possible",
        "Moderate",
        "Amber",
        "#f5c242",
        "Raise the salt barn floor above the flood level.",
    ),
    (
        "R2",
        "Loss of the gritting fleet",
        "Likely",
        "Major",
        "Red",
        "#e05050",
        "Agree mutual aid with the neighbouring councils for gritting vehicles.",
    ),
    (
        "R3",
        "Salt price rise",
        "Likely",
        "Minor",
        "Green",
        "#60c060",
        "Review the salt contract at the next tender round.",
    ),
    (
        "R4",
        "Driver shortage in winter",
        "Likely",
        "Major",
        "Red",
        "#e05050",
        "Keep a reserve list of trained drivers for the gritting fleet.",
    ),
]
body = "<h1>Winter Service Risk Register 2047</h1><p>Harwick District Council, Highways.</p><h2>Risks</h2><table><tr><th>Ref</th><th>Risk</th><th>Likelihood</th><th>Impact</th><th>RAG</th><th>Mitigation</th></tr>"
for r in rows:
    body += f"<tr><td>{r[0]}</td><td>{r[1]}</td><td>{r[2]}</td><td>{r[3]}</td><td style='background:{r[5]}'>{r[4]}</td><td>{r[6]}</td></tr>"
body += "</table><h2>Next steps</h2><p>Mitigations for red risks must be included in the Winter Service Plan before it goes to Cabinet in September 2047. Amber and green risks are managed by the service.</p>"
html_pdf("A2_risk_en_html", body)

# A3 sv reportlab, unruled, Hög/Medel/Låg
data = [
    ["Nr", "Händelse", "Sannolikhet", "Konsekvens", "Risk", "Åtgärd"],
    [
        "1",
        "Skyfall",
        "Medel",
        "Medel",
        "Medel",
        P("Rensa dagvattenbrunnarna i centrum varje höst."),
    ],
    [
        "2",
        "Ledningsbrott",
        "Medel",
        "Stor",
        "Hög",
        P("Ta fram en reservplan för dricksvattenförsörjningen vid ledningsbrott."),
    ],
    ["3", "Värmebölja", "Låg", "Medel", "Låg", P("Informera äldreboendena om värmerutinerna.")],
    [
        "4",
        "Brand i flerbostadshus",
        "Låg",
        "Mycket stor",
        "Hög",
        P("Upprätta avtal med grannkommunerna om evakueringsplatser."),
    ],
]
t = Table(data, colWidths=[25, 110, 65, 65, 40, 190])
t.setStyle(
    TableStyle(
        [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]
    )
)
rl_pdf(
    "A3_risk_sv_rl",
    [
        P("Risk- och sårbarhetsanalys för Åby kommun", "Title"),
        P("1 Inledning", "Heading2"),
        P("Analysen visar de händelser som kan drabba kommunen."),
        P("2 Riskbild", "Heading2"),
        t,
        P("3 Uppföljning", "Heading2"),
        P(
            "Åtgärder för händelser med hög risk ska ingå i kommunens krisberedskapsplan, som ska antas av kommunfullmäktige senast i december 2047."
        ),
        P("Övriga åtgärder hanteras i verksamhetsplanerna."),
    ],
)

# B1 nb merknadsbehandling docx
docx_pdf(
    "B1_merknad_nb_docx",
    "Merknadsbehandling – trafikksikkerhetsplan for Nordvik kommune",
    ["#1 Høringen", "Planen var på høring fra 1. mars til 15. april 2047. Det kom fire merknader."],
    [
        ["Nr.", "Fra", "Merknad", "Kommunens vurdering"],
        [
            "1",
            "FAU Nordvik skole",
            "Skoleveien forbi skolen oppleves som utrygg for elevene.",
            "Tas til følge. Planen får et eget kapittel om trafikksikkerhet ved skolene.",
        ],
        [
            "2",
            "Statens vegvesen",
            "Fartsgrensen på fylkesveien bør vurderes av vegvesenet selv.",
            "Tatt til orientering.",
        ],
        [
            "3",
            "Privatperson",
            "Hele sentrum bør bli gågate om sommeren hvert år.",
            "Tas ikke til følge. Sentrum skal fortsatt være åpent for biltrafikk.",
        ],
        [
            "4",
            "Syklistenes landsforening",
            "Gang- og sykkelveiene bør prioriteres ved brøyting om vinteren.",
            "Tas til følge. Planen viser hvilke gang- og sykkelveier som skal brøytes først.",
        ],
    ],
    ["#2 Videre arbeid", "Planen legges fram for kommunestyret i juni 2047."],
)

# B2 da hvidbog html (ruled)
rows = [
    (
        "1",
        "Borger",
        "Der bør være flere bænke langs åen.",
        "Tages til efterretning. Bænke indgår i parkplanen.",
    ),
    (
        "2",
        "Cyklistforbundet",
        "Planen bør vise, hvor de nye cykelstier skal ligge.",
        "Imødekommes. Planen suppleres med et kort over de nye cykelstier.",
    ),
    (
        "3",
        "Ældrerådet",
        "Borgerne bør inddrages, når stierne prioriteres.",
        "Imødekommes. Planen beskriver, hvordan borgerne inddrages i prioriteringen.",
    ),
    (
        "4",
        "Borger",
        "Alle veje i byen bør have 30 km/t.",
        "Imødekommes ikke. Hastigheden fastsættes af politiet.",
    ),
]
body = "<h1>Hvidbog – Stiplan for Søby Kommune</h1><p>Planforslaget var i offentlig høring i otte uger. Her er bemærkningerne og kommunens svar.</p><table border='1' style='border-collapse:collapse'><tr><th>Nr.</th><th>Afsender</th><th>Bemærkning</th><th>Kommunens svar</th></tr>"
for r in rows:
    body += "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>"
body += "</table><h2>Den videre proces</h2><p>Planen forelægges byrådet i maj 2047.</p>"
html_pdf("B2_hvidbog_da_html", body)

# B3 en consultation report reportlab, ruled grid
data = [
    ["No.", "Respondent", "Comment", "Council response"],
    [
        "1",
        P("Parents' forum"),
        P("Air quality at the school gates should be monitored."),
        P(
            "Taken into account. The plan will set out how air quality is monitored at the school gates."
        ),
    ],
    [
        "2",
        P("Resident"),
        P("The whole town centre should be closed to traffic."),
        P("Not taken into account. The centre remains open to buses."),
    ],
    [
        "3",
        P("Cycling group"),
        P("The new crossings need a clear timetable."),
        P("Taken into account. The plan will include a timetable for the new crossings."),
    ],
    [
        "4",
        P("Bus company"),
        P("Bus lanes should be enforced with cameras."),
        P("Noted. Enforcement is a matter for the police."),
    ],
]
t = Table(data, colWidths=[30, 90, 170, 200])
t.setStyle(
    TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP")])
)
rl_pdf(
    "B3_consult_en_rl",
    [
        P("Consultation Report: Draft School Streets Plan", "Title"),
        P("1 The consultation", "Heading2"),
        P("The draft plan was published for six weeks. Four responses were received."),
        t,
        P("2 Next steps", "Heading2"),
        P("The plan goes to Cabinet in July 2047."),
    ],
)

# C1 nb tillatelse docx
d = Document()
d.add_heading("Tillatelse etter forurensningsloven – Nesbukta Mottak AS", 1)
d.add_paragraph("Statsforvalteren gir med dette tillatelse til mottak av farlig avfall.")
d.add_paragraph("Tillatelsen gis på følgende vilkår:")
for p in [
    "1. Anlegget skal drives i samsvar med søknaden av 3. februar 2047.",
    "Begrunnelse: Søknaden beskriver driften.",
    "2. Støy fra anlegget skal ikke overstige 55 dB ved nærmeste bolig.",
    "3. Virksomheten skal utarbeide en beredskapsplan mot akutt forurensning som skal være godkjent av kommunen før driften starter. Beredskapsplanen skal omfatte:",
    "a) en oversikt over kjemikalier som lagres på området;",
    "b) varsling av brannvesen og kommune ved utslipp;",
    "c) øvelser minst én gang i året.",
    "Beredskapsplanen skal følges så lenge anlegget er i drift.",
    "4. Tillatelsen kan endres etter forurensningsloven § 18.",
    "Klage: Vedtaket kan påklages innen tre uker.",
]:
    d.add_paragraph(p)
f = OUT / "C1_vilkar_nb_docx.docx"
d.save(f)
subprocess.run(
    ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(f)],
    check=True,
    capture_output=True,
)

# C2 en premises licence html
body = """<h1>Premises Licence: Riverside Events Field</h1><p>Lowbridge Council, Licensing Sub-Committee, 3 March 2047.</p>
<p>The licence is granted subject to the following conditions.</p>
<p>1. Events shall end no later than 23:00.</p><p><i>Reason: residential amenity.</i></p>
<p>2. The licence holder shall provide toilets for every 100 visitors.</p>
<p>3. The licence holder shall prepare a Noise Management Plan and submit it to the licensing authority for approval before the first event. The Noise Management Plan shall include:</p>
<p style='margin-left:2em'>(a) the hours during which amplified music may be played;</p>
<p style='margin-left:2em'>(b) the location and orientation of loudspeakers;</p>
<p style='margin-left:2em'>(c) how complaints from residents will be recorded and answered;</p>
<p style='margin-left:2em'>(d) noise monitoring at the boundary of the nearest dwelling.</p>
<p>The approved plan shall be implemented at every event.</p><p><i>Reason: to prevent public nuisance.</i></p>
<p>4. No glass containers shall be used outside the bar area.</p>
<p>Signed: J. Patel, Licensing Manager</p>"""
html_pdf("C2_licence_en_html", body)

# C3 da miljøgodkendelse reportlab
rl_pdf(
    "C3_vilkar_da_rl",
    [
        P("Miljøgodkendelse af Havnens Jordrens ApS", "Title"),
        P(
            "Kommunen meddeler hermed miljøgodkendelse af anlægget. Godkendelsen meddeles på følgende vilkår:"
        ),
        P("1. Anlægget skal indrettes som beskrevet i ansøgningen."),
        P("Begrundelse: Ansøgningen beskriver anlægget."),
        P("2. Der må kun modtages jord fra Region Syddanmark."),
        P(
            "3. Der skal udarbejdes en plan for egenkontrol, som skal være godkendt af kommunen, inden anlægget tages i brug. Planen skal indeholde:"
        ),
        P("a) en beskrivelse af, hvordan jord og vand analyseres;"),
        P("b) en angivelse af, hvem der er ansvarlig for tilsynet;"),
        P("c) en tidsplan for prøvetagningen."),
        P("Planen skal følges, så længe anlægget er i drift."),
        P("4. Støjen må ikke overstige 40 dB om natten."),
        P("Klagevejledning: Afgørelsen kan påklages til Miljø- og Fødevareklagenævnet."),
    ],
)
print("built")

# A4 en reportlab ruled, level column coloured only
RED, AMBER, GREEN = (0.85, 0.2, 0.2), (1.0, 0.75, 0.0), (0.3, 0.7, 0.3)
data = [
    ["No.", "Hazard", "Likelihood", "Impact", "Risk level", "Control measures"],
    ["1", P("Heatwave"), "Likely", "Minor", "", P("Send heat advice to care homes every June.")],
    [
        "2",
        P("Tidal flooding"),
        "Possible",
        "Major",
        "",
        P("Install flood barriers at the pumping station before the autumn storms."),
    ],
    [
        "3",
        P("Hospital evacuation"),
        "Rare",
        "Severe",
        "",
        P("Agree a protocol with the hospital for moving patients by road."),
    ],
    ["4", P("Power cut"), "Possible", "Moderate", "", P("Test the depot generator twice a year.")],
]
t = Table(data, colWidths=[30, 90, 60, 60, 55, 190])
t.setStyle(
    TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (4, 1), (4, 1), GREEN),
            ("BACKGROUND", (4, 2), (4, 2), RED),
            ("BACKGROUND", (4, 3), (4, 3), RED),
            ("BACKGROUND", (4, 4), (4, 4), AMBER),
        ]
    )
)
rl_pdf(
    "A4_colour_en_rl",
    [
        P("Community Risk Register: Eastmere", "Title"),
        P("The register scores each hazard. Red is high risk, amber medium and green low."),
        t,
        P(
            "Control measures for high risks shall be included in the council's emergency plan, to be approved by Cabinet by March 2048."
        ),
    ],
)

# A5 nb html unruled, level cells coloured only
rows = [
    (
        "1",
        "Brudd på hovedvannledningen",
        "Middels",
        "Stor",
        "#d93030",
        "Etablere reservevannforsyning til sykehjemmet ved brudd på hovedledningen.",
    ),
    ("2", "Snøstorm", "Høy", "Liten", "#f0c020", "Brøyte adkomsten til legevakten først."),
    ("3", "Skogbrann", "Lav", "Middels", "#40a040", "Holde branngatene åpne langs boligfeltene."),
    (
        "4",
        "Storflo i Strandgata",
        "Middels",
        "Stor",
        "#d93030",
        "Inngå avtale med busselskapet om evakuering av beboere i Strandgata.",
    ),
]
body = "<h1>ROS-analyse for Vikøy kommune</h1><p>Risiko er vist med farge: rød høy, gul middels og grønn lav.</p><table><tr><th>Nr</th><th>Hendelse</th><th>Sannsynlighet</th><th>Konsekvens</th><th>Risiko</th><th>Tiltak</th></tr>"
for r in rows:
    body += f"<tr><td>{r[0]}</td><td>{r[1]}</td><td>{r[2]}</td><td>{r[3]}</td><td style='background:{r[4]};width:50px'>&nbsp;</td><td>{r[5]}</td></tr>"
body += "</table><h2>Oppfølging</h2><p>Tiltak for hendelser med høy risiko skal tas inn i kommunens overordnede beredskapsplan innen 1. mai 2048.</p>"
html_pdf("A5_colour_nb_html", body)
print("built2")
