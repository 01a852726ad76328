"""Variants of three field forms, written by the lead of session 37 with gold BEFORE the first run:

- nb, reportlab: 'Tiltak n.k <title>.' set bold on a line of its own, a description paragraph under
  it closing with 'Ansvar: … Frist: …' (fields as sentences of the description);
- en, python-docx → LibreOffice: 'Objective n:' headings over bullets closing with '(Lead: …; by …)',
  '(Lead: …; ongoing)', and a bracket with a time only;
- sv, HTML → Chromium: numbered activities, each over a line 'Ansvarig: …   Klart: …' whose two
  fields are set apart by white space only.

    python bench/field_variants37.py OUTDIR      # then: plancheck eval OUTDIR -v
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import yaml


def _gold(slug: str, lang: str, title: str, period: tuple[int, int], goals: list[str], measures: list[tuple]) -> dict:
    gs = [{"id": f"G{i + 1}", "text": g, "kind": "goal", "page": None} for i, g in enumerate(goals)]
    ms = []
    for k, (text, goal, owners, deadline) in enumerate(measures):
        ms.append({"id": f"M{k + 1}", "text": text, "page": None, "goals": [f"G{goal}"], "strategies": [],
                   "owners": owners, "deadline": deadline, "deadline_kind": "period" if deadline else "none"})
    return {"document": f"{slug}.pdf", "language": lang, "title": title,
            "plan_period": {"start": period[0], "end": period[1]}, "vision": None, "focus_areas": [],
            "goals": gs, "strategies": [], "measures": ms}


NB_GOALS = ["Flere eldre skal bo trygt hjemme lenger", "Pårørende skal få god støtte og avlastning"]
NB = [
    ("Opprette et hverdagsrehabiliteringsteam i hjemmetjenesten", 1, ["Hjemmetjenesten"], "høsten 2027"),
    ("Tilby trygghetsalarm med lokaliseringsfunksjon til alle som ønsker det", 1, ["Tildelingskontoret"], "2026"),
    ("Etablere en pårørendeskole med fire samlinger i året for pårørende til personer med demens og andre "
     "kognitive sykdommer", 2, ["Demensteamet"], "våren 2027"),
    ("Utvide dagaktivitetstilbudet med lørdagsåpent", 2, ["Helse og omsorg"], "2028"),
]
NB_DESC = [
    "Teamet skal arbeide tverrfaglig med fysioterapeut, ergoterapeut og hjemmesykepleie, og tilbudet gis i "
    "brukerens eget hjem i en periode på fire til seks uker.",
    "Alarmen kobles til legevakten, og kommunen dekker utgiftene for brukere med lav inntekt.",
    "Samlingene holdes på kveldstid i samarbeid med frivillige lag og foreninger.",
    "Lørdagstilbudet gir pårørende en fast fridag og brukerne et sosialt fellesskap i helgen.",
]


def build_nb(out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    slug = "tiltak-tittel-beskrivelse-nb"
    d = out / slug
    d.mkdir(parents=True, exist_ok=True)
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14)
    bold = ParagraphStyle("t", parent=body, fontName="Helvetica-Bold")
    h = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=15, leading=20, spaceAfter=8)
    story = [Paragraph("Handlingsplan for eldre 2026–2029", h),
             Paragraph("Planen følger opp helse- og omsorgsplanen. Under hvert mål står tiltakene med en kort "
                       "beskrivelse, hvem som har ansvaret og når tiltaket skal være gjennomført.", body),
             Spacer(1, 10)]
    k = 0
    for g, goal in enumerate(NB_GOALS, 1):
        story += [Paragraph(f"Mål {g}: {goal}", h)]
        for text, gi, owners, when in NB:
            if gi != g:
                continue
            k += 1
            story += [Paragraph(f"Tiltak {g}.{k} {text}.", bold),
                      Paragraph(f"{NB_DESC[k - 1]} Ansvar: {owners[0]}. Frist: {when}.", body), Spacer(1, 8)]
    SimpleDocTemplate(str(d / f"{slug}.pdf"), pagesize=A4).build(story)
    gold = _gold(slug, "nb", "Handlingsplan for eldre 2026–2029", (2026, 2029), NB_GOALS, NB)
    (d / f"{slug}.gold.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True, sort_keys=False), encoding="utf-8")


EN_GOALS = ["Reduce the number of households living in temporary accommodation",
            "Improve the condition of private rented homes"]
EN = [
    ("Open a housing advice hub in the town library", 1, ["Housing Options Team"], "June 2027"),
    ("Agree a protocol with the two hospitals so that no patient is discharged homeless", 1, ["Housing Options Team"], "March 2027"),
    ("Run a landlord incentive scheme to secure 40 homes a year", 1, ["Private Sector Housing"], "ongoing"),
    ("License every house in multiple occupation in the town centre wards", 2, ["Environmental Health"], "April 2028"),
    ("Publish a guide to damp and mould for tenants", 2, [], "December 2026"),
]


def build_en(out: Path) -> None:
    import docx

    slug = "housing-lead-bracket-en"
    d = out / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = docx.Document()
    doc.add_heading("Housing Action Plan 2026–2029", 0)
    doc.add_paragraph("This plan sets out what the council will do over the next three years. Each action "
                      "names in brackets the lead team and the date it will be done by.")
    for g, goal in enumerate(EN_GOALS, 1):
        doc.add_heading(f"Objective {g}: {goal}", 1)
        doc.add_paragraph("We will:")
        for text, gi, owners, when in EN:
            if gi != g:
                continue
            when_text = when if when == "ongoing" else f"by {when}"
            bracket = f"(Lead: {owners[0]}; {when_text})" if owners else f"({when_text})"
            doc.add_paragraph(f"{text} {bracket}", style="List Bullet")
    src = d / f"{slug}.docx"
    doc.save(str(src))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(d), str(src)],
                   check=True, capture_output=True, timeout=180)
    gold = _gold(slug, "en", "Housing Action Plan 2026–2029", (2026, 2029), EN_GOALS,
                 [(t, g, o, None if w is None else w) for t, g, o, w in EN])
    (d / f"{slug}.gold.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True, sort_keys=False), encoding="utf-8")


SV_GOALS = ["Fler unga ska delta i föreningslivet", "Kommunens anläggningar ska vara öppna för alla"]
SV = [
    ("Införa ett fritidskort för alla elever i årskurs 4–9", 1, ["Fritidsförvaltningen"], "2027"),
    ("Anställa två fritidsledare med uppdrag att nå unga som inte är aktiva", 1, ["Fritidsgårdarna"], "hösten 2026"),
    ("Öppna sporthallarna för spontanidrott på fredagskvällar", 2, ["Idrottsenheten"], "2026"),
    ("Bygga om omklädningsrummen i simhallen så att de blir tillgängliga", 2, ["Fastighetsavdelningen"], "2028"),
]


def build_sv(out: Path) -> None:
    slug = "fritid-falt-mellanrum-sv"
    d = out / slug
    d.mkdir(parents=True, exist_ok=True)
    rows = []
    k = 0
    for g, goal in enumerate(SV_GOALS, 1):
        rows.append(f"<h2>Mål {g}. {goal}</h2>")
        j = 0
        for text, gi, owners, when in SV:
            if gi != g:
                continue
            j += 1
            k += 1
            rows.append(f"<p class='a'>{g}.{j}&nbsp;&nbsp;{text}</p>"
                        f"<p class='f'>Ansvarig: {owners[0]}<span class='gap'></span>Klart: {when}</p>")
    html = ("<html><head><meta charset='utf-8'><style>body{font-family:'DejaVu Serif';font-size:10.5pt;margin:2cm}"
            "p.a{margin:10px 0 2px 0}p.f{margin:0 0 0 2.2em;font-size:9.5pt}span.gap{display:inline-block;width:3em}"
            "</style></head><body><h1>Handlingsplan för fritid 2026–2028</h1>"
            "<p>Handlingsplanen beskriver vad kommunen gör för att fler ska ha en aktiv fritid.</p>"
            + "".join(rows) + "</body></html>")
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}",
                        "--no-pdf-header-footer", f"--print-to-pdf={d / (slug + '.pdf')}", src.as_uri()],
                       check=True, capture_output=True, timeout=180)
    gold = _gold(slug, "sv", "Handlingsplan för fritid 2026–2028", (2026, 2028), SV_GOALS, SV)
    (d / f"{slug}.gold.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True, sort_keys=False), encoding="utf-8")


if __name__ == "__main__":
    out = Path(sys.argv[1])
    build_nb(out)
    build_en(out)
    build_sv(out)
    print(out)
