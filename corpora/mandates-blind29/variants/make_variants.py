"""Hand-built variants of mandates-blind29's forms (helper mfind28, session 31), the gold points
written before any run of plancheck on them: each form in another language or from another
producer (python-docx → LibreOffice, reportlab). Builds the PDFs and gold.json into DIR.

    python corpora/mandates-blind29/variants/make_variants.py [DIR]
    PYTHONPATH=TREE python corpora/mandates-blind29/variants/score_variants.py [DIR]

First contact (start of session 31, c9cd99fa): 3/27 points found, 5 reported that the gold lacks;
after mfind28: 27/27, none extra.
"""
import json
import subprocess
import sys
from pathlib import Path

import docx
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/blind29-variants")
OUT.mkdir(parents=True, exist_ok=True)
GOLD = {}


def docx_pdf(name, blocks):
    d = docx.Document()
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "b":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "t":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
    path = OUT / f"{name}.docx"
    d.save(path)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(path)],
                   check=True, capture_output=True)


def rl_pdf(name, blocks):
    ss = getSampleStyleSheet()
    story = []
    for kind, val in blocks:
        if kind == "h":
            story.append(Paragraph(val, ss["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(val, ss["BodyText"]))
            story.append(Spacer(1, 4))
        elif kind == "t":
            t = Table([[Paragraph(c, ss["BodyText"]) for c in row] for row in val], colWidths=[40, 90, 250, 100])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
            story.append(t)
    SimpleDocTemplate(str(OUT / f"{name}.pdf"), pagesize=A4).build(story)


# 1. proposals voted on: Swedish minutes (yrkanden), Word → PDF
docx_pdf("yrkande_sv", [
    ("h", "§ 54 Interpellation om snöröjning av cykelvägar"),
    ("p", "Anna Berg (C) frågade kommunstyrelsens ordförande hur cykelvägarna ska hållas framkomliga under vintern."),
    ("h", "Yrkanden"),
    ("p", "Yrkande 1 från Anna Berg (C): Samhällsbyggnadsförvaltningen uppdras att röja cykelvägarna till skolorna före klockan 07.00."),
    ("p", "Yrkande 2 från Per Lind (M): Samhällsbyggnadsförvaltningen uppdras att sanda gångtunnlarna varje morgon."),
    ("p", "Yrkande 3 från Eva Holm (V): Samhällsbyggnadsförvaltningen uppdras att köpa en ny sopsaltmaskin."),
    ("p", "Yrkande 4 från Anna Berg (C): Samhällsbyggnadsförvaltningen uppdras att redovisa en reviderad vinterväghållningsplan för tekniska nämnden senast den 1 oktober 2046."),
    ("h", "Beslutsgång"),
    ("p", "Yrkande 1, 2 och 4 bifölls. Yrkande 3 avslogs."),
])
GOLD["yrkande_sv"] = [
    "Samhällsbyggnadsförvaltningen uppdras att röja cykelvägarna till skolorna före klockan 07.00.",
    "Samhällsbyggnadsförvaltningen uppdras att sanda gångtunnlarna varje morgon.",
    "Samhällsbyggnadsförvaltningen uppdras att redovisa en reviderad vinterväghållningsplan för tekniska nämnden senast den 1 oktober 2046.",
]
# 1b. English motions, reportlab
rl_pdf("motion_en", [
    ("h", "Minutes of Full Council, 12 March 2046"),
    ("p", "Item 7: Question from Cllr Dunn on icy footways. The Leader replied that the winter service plan would be revised."),
    ("p", "Motion 1 from Cllr Dunn (Lib Dem): That the Director of Place be asked to grit footways outside schools before 7am."),
    ("p", "Motion 2 from Cllr Shah (Lab): That the Director of Place be asked to publish a map of gritted footways."),
    ("p", "Motion 3 from Cllr Price (Con): That the Director of Place be asked to give free grit bags to residents over 70."),
    ("p", "Motion 4 from Cllr Dunn (Lib Dem): That the Director of Place be asked to bring the revised winter service plan to Cabinet by 1 October 2046."),
    ("p", "Motions 1, 2 and 4 were carried unanimously. Motion 3 was lost."),
])
GOLD["motion_en"] = [
    "That the Director of Place be asked to grit footways outside schools before 7am.",
    "That the Director of Place be asked to publish a map of gritted footways.",
    "That the Director of Place be asked to bring the revised winter service plan to Cabinet by 1 October 2046.",
]
# 2. ombudsman requests in prose: Swedish JO, Danish Ombudsmanden (Word → PDF)
docx_pdf("jo_sv", [
    ("h", "Beslut"),
    ("p", "JO har granskat handläggningen av ärendet. Nämnden har dröjt med beslutet i fem månader, vilket inte är acceptabelt. JO uppmanar nämnden att se över rutinerna för diarieföring av inkomna handlingar. Nämnden har inte heller lämnat något besked om handläggningstiden. JO uppmanar nämnden att ge sökanden besked när ett ärende inte kan avgöras inom fyra veckor."),
    ("p", "JO noterar att nämnden har anställt ytterligare en handläggare. Med denna kritik avslutas ärendet."),
])
GOLD["jo_sv"] = [
    "JO uppmanar nämnden att se över rutinerna för diarieföring av inkomna handlingar.",
    "JO uppmanar nämnden att ge sökanden besked när ett ärende inte kan avgöras inom fyra veckor.",
]
rl_pdf("ombudsmand_da", [
    ("h", "Ombudsmandens udtalelse"),
    ("p", "Jeg har gennemgået sagen. Kommunen har ikke overholdt fristen for afgørelse af sagen. Ombudsmanden beder kommunen om at gennemgå sine procedurer for journalisering af henvendelser. Kommunen har heller ikke orienteret borgeren om sagens forventede behandlingstid. Ombudsmanden beder kommunen om at sende borgeren et foreløbigt svar, når en sag ikke kan afgøres inden fire uger."),
    ("p", "Ombudsmanden noterer sig, at kommunen har ansat en ny sagsbehandler. Vi beder om at blive orienteret om, hvad kommunen har foretaget sig, inden den 1. marts 2046."),
])
GOLD["ombudsmand_da"] = [
    "Ombudsmanden beder kommunen om at gennemgå sine procedurer for journalisering af henvendelser.",
    "Ombudsmanden beder kommunen om at sende borgeren et foreløbigt svar, når en sag ikke kan afgøres inden fire uger.",
    "Vi beder om at blive orienteret om, hvad kommunen har foretaget sig, inden den 1. marts 2046.",
]
# 3. a task table whose reporting column names the plan: nb (Word → PDF), en (reportlab)
docx_pdf("oppdrag_nb", [
    ("h", "Utvalgets oppdrag til administrasjonen"),
    ("p", "Utvalget gir kommunedirektøren disse oppdragene for 2046."),
    ("t", [["Nr", "Tjeneste", "Oppdrag", "Rapportering"],
           ["1", "Idrett", "Utrede nytt kunstgress på Moen.", "Tertialrapport 2"],
           ["2", "Bibliotek", "Tilby alle barnehager bokkasser hvert halvår.", "Handlingsplan"],
           ["3", "Bibliotek", "Utvide åpningstiden i filialene på lørdager.", "Handlingsplan"],
           ["4", "Kultur", "Lage retningslinjer for kunst i offentlige bygg.", "Utvalget desember 2046"],
           ["5", "Bibliotek", "Samarbeide med helsestasjonene om språkstimulering.", "Handlingsplan"]]),
    ("p", "Oppdragene merket handlingsplan skal svares ut i en handlingsplan for leselyst."),
])
GOLD["oppdrag_nb"] = [
    "Tilby alle barnehager bokkasser hvert halvår.",
    "Utvide åpningstiden i filialene på lørdager.",
    "Samarbeide med helsestasjonene om språkstimulering.",
]
rl_pdf("assignment_en", [
    ("h", "Committee assignments for 2046"),
    ("p", "The committee gives officers the following assignments."),
    ("t", [["No", "Service", "Assignment", "Reporting"],
           ["1", "Parks", "Review the opening hours of the park toilets in summer.", "Committee, June 2046"],
           ["2", "Libraries", "Offer every nursery a book bag and a story visit each term.", "Action plan"],
           ["3", "Libraries", "Extend the home library service to the outlying villages.", "Action plan"],
           ["4", "Arts", "Draft guidance on public art in new housing estates.", "Committee, December 2046"]]),
])
GOLD["assignment_en"] = [
    "Offer every nursery a book bag and a story visit each term.",
    "Extend the home library service to the outlying villages.",
]
# 4. an agreement's own and shared duties: sv (Word → PDF), nb (reportlab)
docx_pdf("overenskommelse_sv", [
    ("h", "§ 3 Regionens åtaganden"),
    ("p", "3.1 Regionen åtar sig att skicka vårdplanen till kommunen senast på utskrivningsdagen."),
    ("p", "3.2 Regionen åtar sig att beskriva patientens behov av rehabilitering i vårdplanen."),
    ("h", "§ 4 Kommunens åtaganden"),
    ("p", "4.1 Kommunen åtar sig att kontakta patienten inom sju dagar efter utskrivningen."),
    ("p", "4.2 Kommunen åtar sig att erbjuda rehabilitering även på helger efter höftfraktur."),
    ("h", "§ 5 Gemensamma åtaganden"),
    ("p", "5.1 Parterna åtar sig att utse en kontaktperson för varje avdelning och enhet."),
    ("p", "5.2 Parterna åtar sig att utbyta rehabiliteringsplaner elektroniskt."),
])
GOLD["overenskommelse_sv"] = [
    "Kommunen åtar sig att kontakta patienten inom sju dagar efter utskrivningen.",
    "Kommunen åtar sig att erbjuda rehabilitering även på helger efter höftfraktur.",
    "Parterna åtar sig att utse en kontaktperson för varje avdelning och enhet.",
    "Parterna åtar sig att utbyta rehabiliteringsplaner elektroniskt.",
]
rl_pdf("avtale_nb", [
    ("h", "§ 3 Helseforetakets forpliktelser"),
    ("p", "3.1 Helseforetaket forplikter seg til å sende epikrise til kommunen samme dag som pasienten skrives ut."),
    ("p", "3.2 Helseforetaket forplikter seg til å varsle kommunen om utskrivningsklare pasienter."),
    ("h", "§ 4 Kommunens forpliktelser"),
    ("p", "4.1 Kommunen forplikter seg til å ta imot utskrivningsklare pasienter samme dag som de er meldt."),
    ("p", "4.2 Kommunen forplikter seg til å tilby rehabilitering i hjemmet innen en uke."),
    ("h", "§ 5 Felles forpliktelser"),
    ("p", "5.1 Partene forplikter seg til å holde felles dialogmøter to ganger i året."),
])
GOLD["avtale_nb"] = [
    "Kommunen forplikter seg til å ta imot utskrivningsklare pasienter samme dag som de er meldt.",
    "Kommunen forplikter seg til å tilby rehabilitering i hjemmet innen en uke.",
    "Partene forplikter seg til å holde felles dialogmøter to ganger i året.",
]
# 5. agreed action lead-ins: nn (Word → PDF with bullets)
docx_pdf("avtalt_nn", [
    ("h", "Avtalte tiltak"),
    ("p", "Innan ein månad har kommunen forplikta seg til å:"),
    ("b", "be klagaren om orsaking for dei mange manglande tømmingane"),
    ("b", "betale klagaren 2 000 kroner for bryet"),
    ("p", "Innan tre månader har kommunen forplikta seg til å:"),
    ("b", "gå gjennom lista over abonnentar med henteordning"),
    ("b", "sørgje for at manglande tømming blir retta innan eitt døgn"),
])
GOLD["avtalt_nn"] = [
    "be klagaren om orsaking for dei mange manglande tømmingane",
    "betale klagaren 2 000 kroner for bryet",
    "gå gjennom lista over abonnentar med henteordning",
    "sørgje for at manglande tømming blir retta innan eitt døgn",
]
(OUT / "gold.json").write_text(json.dumps(GOLD, ensure_ascii=False, indent=1))
print("built", len(GOLD))
