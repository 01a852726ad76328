"""Hand-built variant pairs for the rød tråd's ``theme_served`` (session 35, pair35p): a
child goal in a chapter whose heading restates the parent's theme heading, in other words. Gold
written before plancheck ran on them (see docs/mandate.md, "Session 35, pair35p").

    python bench/theme_variants35.py OUTDIR   # then: python -m plancheck eval --parents OUTDIR

Needs python-docx, reportlab, LibreOffice (soffice) and Chromium."""

import subprocess
import sys
from pathlib import Path

import docx
import yaml
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

HERE = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("theme-variants35")

def docx_pdf(path, title, chapters, intro=""):
    d = docx.Document()
    d.add_heading(title, 0)
    if intro:
        d.add_paragraph(intro)
    for head, paras, goals, measures in chapters:
        d.add_heading(head, 1)
        for p in paras:
            d.add_paragraph(p)
        for g in goals:
            d.add_paragraph(g, style="List Bullet")
        for m in measures:
            d.add_paragraph(m, style="List Number")
    d.save(path.with_suffix(".docx"))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(path.parent), str(path.with_suffix(".docx"))], check=True, capture_output=True)

def html_pdf(path, title, chapters, goal_label, measure_label, intro=""):
    body = [f"<h1>{title}</h1>"]
    if intro:
        body.append(f"<p>{intro}</p>")
    for head, paras, goals, measures in chapters:
        body.append(f"<h2>{head}</h2>")
        body += [f"<p>{p}</p>" for p in paras]
        if goals:
            body.append(f"<h3>{goal_label}</h3><ul>" + "".join(f"<li>{g}</li>" for g in goals) + "</ul>")
        if measures:
            body.append(f"<h3>{measure_label}</h3><ul>" + "".join(f"<li>{m}</li>" for m in measures) + "</ul>")
    html = path.with_suffix(".html")
    html.write_text("<html><body style='font-family:sans-serif'>" + "\n".join(body) + "</body></html>", encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", f"--print-to-pdf={path}", str(html)], check=True, capture_output=True)

def rl_pdf(path, title, chapters, goal_label, measure_label, intro=""):
    ss = getSampleStyleSheet()
    flow = [Paragraph(title, ss["Title"])]
    if intro:
        flow.append(Paragraph(intro, ss["BodyText"]))
    for head, paras, goals, measures in chapters:
        flow.append(Paragraph(head, ss["Heading1"]))
        flow += [Paragraph(p, ss["BodyText"]) for p in paras]
        for g in goals:
            flow.append(Paragraph(f"<b>{goal_label}:</b> {g}", ss["BodyText"]))
        for m in measures:
            flow.append(Paragraph(f"• {m}", ss["BodyText"]))
        flow.append(Spacer(1, 8))
    SimpleDocTemplate(str(path), pagesize=A4).build(flow)

PAIRS = {}
# V1 nn: parent python-docx -> LibreOffice (theme headings, one goal bullet each); child HTML -> Chromium
PAIRS["v1-nn"] = dict(
    lang="nn",
    parent=("docx", "Kommuneplanen sin samfunnsdel 2027–2039 for Vetlefjord kommune", [
        ("Helse og omsorg", ["Talet på eldre aukar mykje fram mot 2039."], ["Eldre bur trygt og aktivt heime lenger."], []),
        ("Oppvekst", ["Vi har fem skular og sju barnehagar."], ["Alle barn og unge opplever meistring og trivsel."], []),
        ("Næringsutvikling", ["Næringslivet er prega av havbruk og reiseliv."], ["Fleire arbeidsplassar i privat sektor."], []),
    ]),
    child=("html", "Handlingsdel 2027–2030", [
        ("Helse og omsorg", ["Tenestene skal leggjast om."], ["Kvardagsrehabilitering skal vere tilgjengeleg i alle krinsar innan 2028."], ["Tilsetje to ergoterapeutar i heimetenesta"]),
        ("Oppvekst", [], ["Alle skular har eit lag rundt eleven med helsesjukepleiar og PPT."], ["Faste møte mellom skule og helsestasjon kvar månad"]),
        ("Næringsutvikling", [], ["Nytt næringsareal på Storneset er byggjeklart i 2028."], ["Regulering og opparbeiding av Storneset"]),
        ("Organisasjon og økonomi", [], ["Sjukefråveret blant dei tilsette skal ned til 6 prosent."], ["Nærværsprosjekt i alle einingar"]),
    ], "Mål", "Tiltak"),
    gold={"serves": {0: ["P1"], 1: ["P2"], 2: ["P3"], 3: []},
          "parent": {"P1": "partial", "P2": "partial", "P3": "partial"}},
)
# V2 sv: parent reportlab ('Målområde' headings, 'Mål:' lines); child python-docx -> LibreOffice
PAIRS["v2-sv"] = dict(
    lang="sv",
    parent=("rl", "Översiktsplan och vision 2035 – Hedeby kommun", [
        ("Målområde: Klimat och miljö", ["Kommunen ska ta sitt ansvar för klimatet."], ["Utsläppen av växthusgaser ska halveras till 2035."], []),
        ("Målområde: Attraktiv kommun", ["Hedeby ska vara en plats där människor vill bo."], ["Kommunen ska växa med 1 000 invånare till 2035."], []),
        ("Målområde: Trygg uppväxt", [], ["Alla barn ska lämna grundskolan med godkända betyg."], []),
    ], "Mål", ""),
    child=("docx", "Verksamhetsplan 2027 för samhällsbyggnadsnämnden", [
        ("Klimat och miljö", ["Nämnden bidrar genom sina fordon och fastigheter."], ["Alla kommunens personbilar ska vara elbilar år 2030."], ["Upphandla elbilar vid varje byte"]),
        ("Attraktiv kommun", [], ["Detaljplaner för 300 nya bostäder i Centrum ska antas under perioden."], ["Planprogram för Centrum"]),
        ("Ekonomi", [], ["Nämnden ska hålla sin budget varje år."], []),
    ], ""),
    gold={"serves": {0: ["P1"], 1: ["P2"], 2: []},
          "parent": {"P1": "partial", "P2": "partial", "P3": "not_followed_up"}},
)
# V3 en trap: parent HTML -> Chromium; a theme with two goals, a child chapter broader than its theme
PAIRS["v3-en"] = dict(
    lang="en",
    parent=("html", "Borough Plan 2026–2036", [
        ("A greener borough", [], ["Air quality meets the national objectives in every ward.", "Household recycling reaches 60 per cent."], []),
        ("Healthy lives", [], ["Residents live longer, healthier lives."], []),
        ("Safe streets", [], ["Fewer people are killed or seriously injured on our roads."], []),
    ], "Our goals", ""),
    child=("rl", "Neighbourhoods Service Plan 2026/27", [
        ("A greener borough", [], ["Plant 2,000 street trees in the eastern wards."], ["Tree planting programme with schools"]),
        ("Healthy lives", [], ["Open two new outdoor gyms in Eastfield and Ridley parks."], ["Outdoor gym procurement"]),
        ("Cleaner, greener and safer neighbourhoods", [], ["Install CCTV at the High Street car park."], []),
    ], "Objective", ""),
    # the street trees: gold stands alone? a planner would tie them to air quality only loosely;
    # the theme has two goals, so the structure alone does not say which: gold []
    # (corrected after the first run: the ids were slipped by one — healthy lives is P3)
    gold={"serves": {0: [], 1: ["P3"], 2: []},
          "parent": {"P1": "not_followed_up", "P2": "not_followed_up", "P3": "partial", "P4": "not_followed_up"}},
)

# V4 nb (written after the first run of V1–V3, gold first): labelled 'Mål:' lines in both
# plans — parent python-docx -> LibreOffice, child HTML -> Chromium; one theme with two goals
PAIRS["v4-nb"] = dict(
    lang="nb",
    parent=("docx", "Kommuneplanens samfunnsdel 2026–2038 for Sørvåg kommune", [
        ("Levende lokalsamfunn", [], [], []),
        ("Helse og mestring", ["Mål: Innbyggerne mestrer egen hverdag og bor hjemme så lenge som mulig."], [], []),
        ("Klima og natur", ["Mål: Sørvåg kutter klimagassutslippene med 60 prosent innen 2035.", "Mål: Naturmangfoldet i strandsonen tas vare på."], [], []),
        ("Kompetanse og arbeid", ["Mål: Næringslivet får den arbeidskraften det trenger."], [], []),
    ]),
    child=("html", "Handlingsdel med økonomiplan 2026–2029", [
        ("Helse og mestring", ["Mål: Hverdagsrehabilitering tilbys alle nye brukere av hjemmetjenesten."], [], ["Opplæring av hjemmetjenesten i hverdagsrehabilitering"]),
        ("Klima og natur", ["Mål: Alle kommunale tjenestebiler er elektriske innen 2028."], [], ["Ladepunkter ved rådhuset"]),
        ("Kompetanse og arbeid", ["Mål: Kommunen tar inn ti lærlinger hvert år."], [], ["Lærlingkoordinator i 50 prosent stilling"]),
        ("Økonomi", ["Mål: Netto driftsresultat er minst 1,75 prosent."], [], []),
    ], "Mål", "Tiltak"),
    gold={"serves": {0: ["P1"], 1: ["P2"], 2: ["P4"], 3: []},
          "parent": {"P1": "partial", "P2": "partial", "P3": "not_followed_up", "P4": "partial"}},
)


def build(name, spec):
    out = HERE / name
    out.mkdir(exist_ok=True)
    for role in ("parent", "child"):
        kind, title, chapters, *labels = spec[role]
        path = out / f"{role}.pdf"
        if kind == "docx":
            docx_pdf(path, title, chapters)
        elif kind == "html":
            html_pdf(path, title, chapters, labels[0] if labels else "Mål", labels[1] if len(labels) > 1 else "Tiltak")
        else:
            rl_pdf(path, title, chapters, labels[0] if labels else "Mål", labels[1] if len(labels) > 1 else "")
    def goals(chapters):
        return [g for _h, ps, gs, _m in chapters for g in gs + [p[5:] for p in ps if p.startswith("Mål: ")]]
    pgoals, cgoals = goals(spec["parent"][2]), goals(spec["child"][2])
    gold = dict(parent="parent.pdf", child="child.pdf", language=spec["lang"],
                parent_goals=[dict(id=f"P{i+1}", text=t, status=spec["gold"]["parent"][f"P{i+1}"]) for i, t in enumerate(pgoals)],
                child_goals=[dict(text=t, serves=spec["gold"]["serves"][i]) for i, t in enumerate(cgoals)])
    (out / "parent-coverage.gold.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True, sort_keys=False), encoding="utf-8")

if __name__ == "__main__":
    HERE.mkdir(parents=True, exist_ok=True)
    for n, s in PAIRS.items():
        build(n, s)
        print("built", n)
