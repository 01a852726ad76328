"""Twelve small plans, each writing a measure's owner and deadline in ONE of the ways a planner writes them,
across the five languages and four producers; written by helper owners38 (session 38) with the gold BEFORE
the first run of plancheck on them (the first-contact figures are in bench/README.md, 'owner_deadline_variants38').

| slug | lang | producer | form |
| --- | --- | --- | --- |
| utforer-tidsrom-nb | nb | python-docx → soffice | table 'Nr | Tiltak | Utfører | Tidsrom' |
| aarskolonner-nn | nn | odfpy → soffice | table 'Tiltak | Ansvarleg | 2026 … 2029' with crosses |
| vem-tidpunkt-sv | sv | HTML → Chromium | table 'Aktivitet | Vem | Tidpunkt' |
| ansvar-parentes-da | da | reportlab | bullets closing '(ansvar: X, 2027)' |
| responsible-target-en | en | HTML → Chromium | a line 'Responsible: X   Target date: …' under each action |
| tankestrek-innen-nb | nb | reportlab | bullets closing '– X, innen 2027' |
| ansvarar-mening-sv | sv | python-docx → soffice | sentences 'X ansvarar för att … senast 2027.' |
| led-by-en | en | reportlab | '…, by March 2027, led by X.' |
| faelles-ansvar-da | da | python-docx → soffice | a list of measures, then 'Ansvarlig for alle indsatser: X. Tidsplan: …' |
| ansvarleg-blokk-nn | nn | HTML → Chromium | bold measure title, then 'Ansvarleg eining: …' and 'Tidspunkt: …' lines |
| owner-timescale-en | en | odfpy → soffice | table 'Action | Owner | Timescale' |
| skal-innen-nb | nb | HTML → Chromium | sentences 'X skal innen 2027 …' |

Traps in the prose (never an owner or a deadline of a measure): each plan's introduction dates its
background ('I 2019 …', 'Sedan 2018 …', 'Since 2015 …'); several measures name a partner ('i samarbeid med
Frivilligsentralen', 'together with …') beside the owner field.

    python bench/owner_deadline_variants38.py OUTDIR      # then: plancheck eval OUTDIR -v
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

# ----------------------------------------------------------------------------------------------- gold


def _kind(deadline: str | None) -> str:
    if not deadline:
        return "none"
    low = deadline.lower()
    if low in {"løpende", "løpande", "løbende", "ongoing", "fortløpende", "löpande", "kontinuerlig"}:
        return "continuous"
    if low in {"årlig", "årleg", "annually", "årligen", "hvert år"}:
        return "recurring"
    return "period"


def _gold(slug: str, p: dict) -> dict:
    gs = [{"id": f"G{i + 1}", "text": g, "kind": "goal", "page": None} for i, g in enumerate(p["goals"])]
    ms = []
    for k, (text, goal, owners, deadline) in enumerate(p["measures"]):
        ms.append({"id": f"M{k + 1}", "text": text, "page": None, "goals": [f"G{goal}"], "strategies": [],
                   "owners": owners, "deadline": deadline, "deadline_kind": _kind(deadline)})
    return {"document": f"{slug}.pdf", "language": p["lang"], "title": p["title"],
            "plan_period": {"start": p["period"][0], "end": p["period"][1]}, "vision": None, "focus_areas": [],
            "goals": gs, "strategies": [], "measures": ms}


PLANS: dict[str, dict] = {
    "utforer-tidsrom-nb": {
        "lang": "nb", "title": "Handlingsplan for folkehelse 2026–2029", "period": (2026, 2029),
        "intro": "I 2019 viste folkehelseprofilen at mange unge er lite fysisk aktive, og fra 2015 til 2023 "
                 "økte andelen med overvekt. Tabellene viser hvem som utfører tiltakene og i hvilket tidsrom.",
        "goal_label": "Mål {n}:",
        "goals": ["Flere barn og unge skal være fysisk aktive hver dag",
                  "Innbyggerne skal ha gode møteplasser i nærmiljøet"],
        "measures": [
            ("Innføre daglig fysisk aktivitet i alle barneskoler", 1, ["Oppvekstsektoren"], "2027"),
            ("Etablere gratis aktivitetstilbud i skoleferiene i samarbeid med Frivilligsentralen", 1,
             ["Kultur og fritid"], "2026–2027"),
            ("Kartlegge nærmiljøanlegg som trenger oppgradering", 2, ["Eiendomsavdelingen"], "høsten 2026"),
            ("Åpne skolegårdene som møteplass på kveldstid", 2, ["Rektorene", "Eiendomsavdelingen"], "løpende"),
            ("Lage en plan for benker og sitteplasser langs turveiene", 2, ["Plan og utvikling"], "1. halvår 2028"),
        ],
    },
    "aarskolonner-nn": {
        "lang": "nn", "title": "Handlingsplan for klima 2026–2029", "period": (2026, 2029),
        "intro": "Sidan 2018 har utsleppa frå vegtrafikken gått ned, men i 2022 auka dei att. "
                 "Kryssa i tabellen viser kva år tiltaka skal gjennomførast.",
        "goal_label": "Mål {n}:",
        "goals": ["Utsleppa frå kommunen si eiga drift skal ned med 60 prosent",
                  "Fleire innbyggjarar skal velje kollektiv, sykkel og gange"],
        "measures": [
            ("Skifte ut alle personbilar i heimetenesta med elbilar", 1, ["Tenesteeininga for drift"], "2027"),
            ("Krevje fossilfrie byggjeplassar i alle kommunale byggjeprosjekt", 1, ["Eigedomsavdelinga"], "2029"),
            ("Byggje sykkelparkering med tak ved alle skular", 2, ["Teknisk eining"], "2028"),
            ("Innføre gratis buss for elevar i vidaregåande skule", 2, ["Rådmannen"], "2026"),
        ],
        "years": [(2026, 2027), (2028, 2029), (2027, 2028), (2026, 2026)],
    },
    "vem-tidpunkt-sv": {
        "lang": "sv", "title": "Handlingsplan för trygghet 2026–2028", "period": (2026, 2028),
        "intro": "Sedan 2018 har kommunen mätt tryggheten i en enkät, och 2021 kände sig var tredje invånare "
                 "otrygg i centrum. Tabellen anger vem som gör vad och när.",
        "goal_label": "Mål {n}.",
        "goals": ["Fler invånare ska känna sig trygga i centrum på kvällstid",
                  "Färre unga ska dras in i kriminalitet"],
        "measures": [
            ("Förbättra belysningen längs gång- och cykelvägarna till centrum", 1, ["Gatuenheten"], "2027"),
            ("Starta nattvandring med vuxna på helgerna i samarbete med föreningarna", 1,
             ["Fritidsförvaltningen"], "hösten 2026"),
            ("Inrätta ett trygghetsråd med polisen och fastighetsägarna", 1, ["Kommunledningskontoret"], "Q1 2027"),
            ("Erbjuda sommarjobb till alla ungdomar i årskurs 9", 2, ["Arbetsmarknadsenheten"], "årligen"),
            ("Införa sociala insatsgrupper för unga i riskzon", 2, ["Socialtjänsten", "Polisen"], "2027–2028"),
        ],
    },
    "ansvar-parentes-da": {
        "lang": "da", "title": "Handleplan for biblioteker 2026–2029", "period": (2026, 2029),
        "intro": "I 2020 lånte borgerne 30 procent færre bøger end i 2012. Efter hver indsats står i parentes, "
                 "hvem der har ansvaret, og hvornår indsatsen skal være gennemført.",
        "goal_label": "Mål {n}:",
        "goals": ["Flere børn skal læse for fornøjelsens skyld",
                  "Bibliotekerne skal være åbne mødesteder for alle borgere"],
        "measures": [
            ("Etablere læseklubber for børn i 3.–6. klasse", 1, ["Børn og Unge"], "2027"),
            ("Tilbyde bogpakker til alle nybagte forældre", 1, ["Sundhedsplejen"], "løbende"),
            ("Udvide åbningstiden med selvbetjening til kl. 22", 2, ["Biblioteket"], "2026"),
            ("Indrette et studiemiljø for unge i hovedbiblioteket", 2, ["Kultur og Fritid"], "2028"),
        ],
    },
    "responsible-target-en": {
        "lang": "en", "title": "Food Waste Action Plan 2026–2029", "period": (2026, 2029),
        "intro": "Since 2015 household food waste has fallen by a fifth, and in 2019 the council began weekly "
                 "collections. Each action below gives the responsible service and a target date.",
        "goal_label": "Objective {n}:",
        "goals": ["Halve the food waste in household bins", "Cut the food thrown away in council kitchens"],
        "measures": [
            ("Offer every household a free kitchen caddy and liners", 1, ["Waste Services"], "March 2027"),
            ("Run a schools campaign on food waste together with the local food bank", 1,
             ["Education Services"], "Q3 2027"),
            ("Weigh and publish the food waste of every school kitchen", 2, ["Catering Services"], "ongoing"),
            ("Redesign the care home menus to reduce plate waste", 2, ["Adult Social Care"], "December 2028"),
        ],
    },
    "tankestrek-innen-nb": {
        "lang": "nb", "title": "Handlingsplan for universell utforming 2026–2030", "period": (2026, 2030),
        "intro": "I 2017 ble det gjort en kartlegging av kommunale bygg, og i 2021 ble halvparten av byggene "
                 "vurdert som lite tilgjengelige. Etter hvert tiltak står hvem som har ansvaret og fristen.",
        "goal_label": "Mål {n}:",
        "goals": ["Alle kommunale bygg skal være tilgjengelige for alle",
                  "Kommunens nettsider skal være universelt utformet"],
        "measures": [
            ("Montere automatiske døråpnere i alle skoler", 1, ["Eiendomsavdelingen"], "innen 2027"),
            ("Bygge tilgjengelige toaletter i rådhuset", 1, ["Eiendomsavdelingen"], "innen 2028"),
            ("Teste nettsidene med brukere med nedsatt syn", 2, ["Kommunikasjonsavdelingen"], "høsten 2026"),
            ("Lære opp alle som publiserer på nettsidene", 2, ["HR-avdelingen"], "årlig"),
        ],
    },
    "ansvarar-mening-sv": {
        "lang": "sv", "title": "Handlingsplan för äldres hälsa 2026–2029", "period": (2026, 2029),
        "intro": "År 2019 bodde 4 000 personer över 80 år i kommunen, och sedan 2010 har antalet ökat med en "
                 "tredjedel. Under varje mål beskrivs vem som ansvarar för vad.",
        "goal_label": "Mål {n}:",
        "goals": ["Fler äldre ska kunna bo kvar hemma", "Färre äldre ska känna sig ensamma"],
        "measures": [
            ("Hemtjänsten ansvarar för att införa digital tillsyn nattetid senast 2027.", 1,
             ["Hemtjänsten"], "senast 2027"),
            ("Biståndsenheten ansvarar för att erbjuda förebyggande hembesök till alla som fyller 80 år "
             "senast 2026.", 1, ["Biståndsenheten"], "senast 2026"),
            ("Träffpunkterna ansvarar för att öppna en mötesplats i varje kommundel senast 2028.", 2,
             ["Träffpunkterna"], "senast 2028"),
            ("Kulturenheten ansvarar för att starta en besöksvän-verksamhet tillsammans med kyrkan senast 2027.",
             2, ["Kulturenheten"], "senast 2027"),
        ],
    },
    "led-by-en": {
        "lang": "en", "title": "Tree and Woodland Plan 2026–2030", "period": (2026, 2030),
        "intro": "In 2016 the borough's canopy cover was 14 per cent, and since 2010 more than 2,000 street trees "
                 "have been lost. Each action says when it will be done and which team will lead it.",
        "goal_label": "Objective {n}:",
        "goals": ["Raise canopy cover to 20 per cent", "Involve residents in caring for trees"],
        "measures": [
            ("Plant 500 street trees a year, starting in autumn 2026, led by the Highways Team.", 1,
             ["Highways Team"], "autumn 2026"),
            ("Map every council-owned site where new woodland could be planted, by March 2027, led by the "
             "Parks Service.", 1, ["Parks Service"], "March 2027"),
            ("Set up a tree warden scheme with volunteers, by June 2027, led by the Community Team.", 2,
             ["Community Team"], "June 2027"),
            ("Give every primary school a tree to plant in its grounds, led by the Education Service.", 2,
             ["Education Service"], None),
        ],
    },
    "faelles-ansvar-da": {
        "lang": "da", "title": "Handleplan for natur og friluftsliv 2026–2029", "period": (2026, 2029),
        "intro": "I 2018 blev der registreret 40 arter på kommunens rødliste, og siden 2012 er tre vandløb "
                 "genoprettet. Under hver indsatsliste står, hvem der har ansvaret, og hvornår.",
        "goal_label": "Mål {n}:",
        "goals": ["Mere natur i kommunens parker og grøftekanter", "Flere borgere skal bruge naturen"],
        "measures": [
            ("Omlægge 20 hektar græsplæne til blomstereng", 1, ["Park og Vej"], "2026–2027"),
            ("Stoppe slåning af grøftekanter før 1. august", 1, ["Park og Vej"], "2026–2027"),
            ("Plante hjemmehørende træer i alle nye parker", 1, ["Park og Vej"], "2026–2027"),
            ("Anlægge tre nye vandrestier ved kysten", 2, ["Natur og Miljø"], "2028"),
            ("Udgive et kort over shelterpladser og bålpladser", 2, ["Natur og Miljø"], "2028"),
        ],
        "groups": {1: ("Park og Vej", "2026–2027"), 2: ("Natur og Miljø", "2028")},
    },
    "ansvarleg-blokk-nn": {
        "lang": "nn", "title": "Handlingsplan for bustadsosialt arbeid 2026–2029", "period": (2026, 2029),
        "intro": "I 2020 budde 40 barnefamiliar i kommunale bustader, og frå 2016 til 2022 vart ventelista "
                 "dobbelt så lang. Kvart tiltak har ei ansvarleg eining og eit tidspunkt.",
        "goal_label": "Mål {n}:",
        "goals": ["Fleire skal eige sin eigen bustad", "Ingen skal bu mellombels i meir enn tre månader"],
        "measures": [
            ("Gje startlån til fleire unge i etableringsfasen", 1, ["Tildelingskontoret"], "2027"),
            ("Tilby ein økonomisk rådgjevar til alle som søkjer startlån", 1, ["NAV"], "løpande"),
            ("Kjøpe 12 nye utleigebustader i sentrum", 2, ["Eigedomsavdelinga"], "1. halvår 2028"),
            ("Lage ei ordning med oppfølging i heimen saman med frivilligsentralen", 2, ["Helse og omsorg"],
             "hausten 2026"),
        ],
    },
    "owner-timescale-en": {
        "lang": "en", "title": "Loneliness Action Plan 2026–2029", "period": (2026, 2029),
        "intro": "In 2019 one adult in five said they often felt lonely, and since 2015 four day centres have "
                 "closed. The table gives the owner and the timescale of each action.",
        "goal_label": "Objective {n}:",
        "goals": ["Fewer older people are lonely", "Young people have places to meet"],
        "measures": [
            ("Open a community hub in each of the four localities", 1, ["Community Services"], "2027–2028"),
            ("Train library staff to spot and refer lonely visitors", 1, ["Library Service"], "Q2 2027"),
            ("Fund youth clubs to open on Friday evenings", 2, ["Youth Service"], "annually"),
            ("Set up a peer mentoring scheme with the sixth form college", 2, ["Youth Service"], "ongoing"),
        ],
    },
    "skal-innen-nb": {
        "lang": "nb", "title": "Handlingsplan for kulturskolen 2026–2029", "period": (2026, 2029),
        "intro": "I 2018 gikk 300 elever i kulturskolen, og i 2022 sto 120 barn på venteliste. Under hvert mål "
                 "står hva kommunen vil gjøre, hvem som skal gjøre det og når.",
        "goal_label": "Mål {n}:",
        "goals": ["Alle barn som ønsker det, skal få plass i kulturskolen",
                  "Kulturskolen skal nå barn som ikke deltar i andre fritidsaktiviteter"],
        "measures": [
            ("Kulturskolen skal innen 2027 tilby undervisning på alle barneskolene i SFO-tiden.", 1,
             ["Kulturskolen"], "innen 2027"),
            ("Eiendomsavdelingen skal innen 2028 bygge om gamle Nordby skole til øvingslokaler.", 1,
             ["Eiendomsavdelingen"], "innen 2028"),
            ("Kulturskolen skal innen høsten 2026 innføre søskenmoderasjon og friplasser.", 2,
             ["Kulturskolen"], "innen høsten 2026"),
            ("Oppvekstsektoren skal innen 2027 lage en ordning der skolene melder inn barn som ønsker plass.", 2,
             ["Oppvekstsektoren"], "innen 2027"),
        ],
    },
}

# ----------------------------------------------------------------------------------------------- producers


def _soffice(src: Path, out: Path) -> None:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(src)],
                   check=True, capture_output=True, timeout=180)


def _chromium(html: str, d: Path, slug: str) -> None:
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}",
                        "--no-pdf-header-footer", f"--print-to-pdf={d / (slug + '.pdf')}", src.as_uri()],
                       check=True, capture_output=True, timeout=180)


def _html(title: str, body: str, css: str = "") -> str:
    return ("<html><head><meta charset='utf-8'><style>body{font-family:'DejaVu Sans';font-size:10.5pt;margin:2cm}"
            "table{border-collapse:collapse;width:100%}td,th{border:1px solid #888;padding:4px;vertical-align:top;"
            "text-align:left}" + css + f"</style></head><body><h1>{title}</h1>" + body + "</body></html>")


def _by_goal(p: dict):
    for g, goal in enumerate(p["goals"], 1):
        yield g, goal, [(k, m) for k, m in enumerate(p["measures"]) if m[1] == g]


def _docx_table(p: dict, d: Path, slug: str, heads: list[str], row) -> None:
    import docx

    doc = docx.Document()
    doc.add_heading(p["title"], 0)
    doc.add_paragraph(p["intro"])
    for g, goal, ms in _by_goal(p):
        doc.add_heading(f"{p['goal_label'].format(n=g)} {goal}", 1)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            t.rows[0].cells[i].text = h
        for k, m in ms:
            cells = t.add_row().cells
            for i, v in enumerate(row(g, k, m)):
                cells[i].text = v
    src = d / f"{slug}.docx"
    doc.save(str(src))
    _soffice(src, d)


def _odt_table(p: dict, d: Path, slug: str, heads: list[str], row) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TableCellProperties, TextProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, P

    doc = OpenDocumentText()
    cell_style = Style(name="c", family="table-cell")
    cell_style.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(cell_style)
    bold = Style(name="hb", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(bold)
    doc.text.addElement(H(outlinelevel=1, stylename=bold, text=p["title"]))
    doc.text.addElement(P(text=p["intro"]))
    for g, goal, ms in _by_goal(p):
        doc.text.addElement(H(outlinelevel=2, stylename=bold, text=f"{p['goal_label'].format(n=g)} {goal}"))
        t = Table(name=f"t{g}")
        t.addElement(TableColumn(numbercolumnsrepeated=len(heads)))
        for vals in [heads] + [row(g, k, m) for k, m in ms]:
            tr = TableRow()
            for v in vals:
                c = TableCell(stylename=cell_style)
                c.addElement(P(text=v))
                tr.addElement(c)
            t.addElement(tr)
        doc.text.addElement(t)
        doc.text.addElement(P(text=""))
    src = d / f"{slug}.odt"
    doc.save(str(src))
    _soffice(src, d)


def _reportlab(p: dict, d: Path, slug: str, item) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    font = "Helvetica"
    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
        if Path(path).exists():
            pdfmetrics.registerFont(TTFont("DV", path))
            pdfmetrics.registerFont(TTFont("DVB", path.replace("Sans.ttf", "Sans-Bold.ttf")))
            font = "DV"
    body = ParagraphStyle("b", fontName=font, fontSize=10.5, leading=14)
    bullet = ParagraphStyle("l", parent=body, leftIndent=14, bulletIndent=2, spaceAfter=3)
    h = ParagraphStyle("h", fontName=font + "B" if font == "DV" else "Helvetica-Bold", fontSize=14, leading=19,
                       spaceAfter=6, spaceBefore=8)
    story = [Paragraph(p["title"], h), Paragraph(p["intro"], body), Spacer(1, 6)]
    for g, goal, ms in _by_goal(p):
        story.append(Paragraph(f"{p['goal_label'].format(n=g)} {goal}", h))
        for k, m in ms:
            story.append(Paragraph(item(g, k, m), bullet, bulletText="•"))
    SimpleDocTemplate(str(d / f"{slug}.pdf"), pagesize=A4).build(story)


# ----------------------------------------------------------------------------------------------- forms


def build(slug: str, out: Path) -> None:
    p = PLANS[slug]
    d = out / slug
    d.mkdir(parents=True, exist_ok=True)
    if slug == "utforer-tidsrom-nb":
        _docx_table(p, d, slug, ["Nr", "Tiltak", "Utfører", "Tidsrom"],
                    lambda g, k, m: [f"{g}.{k + 1}", m[0], ", ".join(m[2]), m[3]])
    elif slug == "aarskolonner-nn":
        years = list(range(2026, 2030))

        def row(g, k, m):
            a, b = p["years"][k]
            return [m[0], m[2][0]] + ["X" if a <= y <= b else "" for y in years]

        _odt_table(p, d, slug, ["Tiltak", "Ansvarleg"] + [str(y) for y in years], row)
    elif slug == "vem-tidpunkt-sv":
        body = [f"<p>{p['intro']}</p>"]
        for g, goal, ms in _by_goal(p):
            body.append(f"<h2>{p['goal_label'].format(n=g)} {goal}</h2><table><tr><th>Aktivitet</th><th>Vem</th>"
                        "<th>Tidpunkt</th></tr>")
            body += [f"<tr><td>{m[0]}</td><td>{' och '.join(m[2])}</td><td>{m[3]}</td></tr>" for _, m in ms]
            body.append("</table>")
        _chromium(_html(p["title"], "".join(body)), d, slug)
    elif slug == "ansvar-parentes-da":
        _reportlab(p, d, slug, lambda g, k, m: f"{m[0]} (ansvar: {m[2][0]}, {m[3]})")
    elif slug == "responsible-target-en":
        body = [f"<p>{p['intro']}</p>"]
        for g, goal, ms in _by_goal(p):
            body.append(f"<h2>{p['goal_label'].format(n=g)} {goal}</h2>")
            for k, m in ms:
                body.append(f"<p class='a'><b>Action {g}.{k + 1}</b> {m[0]}</p><p class='f'>Responsible: {m[2][0]}"
                            f"<span class='gap'></span>Target date: {m[3]}</p>")
        _chromium(_html(p["title"], "".join(body), "p.a{margin:10px 0 2px 0}p.f{margin:0 0 0 2em;font-size:9.5pt;"
                                                   "color:#444}span.gap{display:inline-block;width:3em}"), d, slug)
    elif slug == "tankestrek-innen-nb":
        _reportlab(p, d, slug, lambda g, k, m: f"{m[0]} – {m[2][0]}, {m[3]}")
    elif slug == "ansvarar-mening-sv":
        import docx

        doc = docx.Document()
        doc.add_heading(p["title"], 0)
        doc.add_paragraph(p["intro"])
        for g, goal, ms in _by_goal(p):
            doc.add_heading(f"{p['goal_label'].format(n=g)} {goal}", 1)
            for _, m in ms:
                doc.add_paragraph(m[0], style="List Number")
        src = d / f"{slug}.docx"
        doc.save(str(src))
        _soffice(src, d)
    elif slug == "led-by-en":
        _reportlab(p, d, slug, lambda g, k, m: m[0])
    elif slug == "faelles-ansvar-da":
        import docx

        doc = docx.Document()
        doc.add_heading(p["title"], 0)
        doc.add_paragraph(p["intro"])
        for g, goal, ms in _by_goal(p):
            doc.add_heading(f"{p['goal_label'].format(n=g)} {goal}", 1)
            doc.add_paragraph("Indsatser:")
            for _, m in ms:
                doc.add_paragraph(m[0], style="List Bullet")
            owner, when = p["groups"][g]
            doc.add_paragraph(f"Ansvarlig for alle indsatser: {owner}. Tidsplan: {when}.")
        src = d / f"{slug}.docx"
        doc.save(str(src))
        _soffice(src, d)
    elif slug == "ansvarleg-blokk-nn":
        body = [f"<p>{p['intro']}</p>"]
        for g, goal, ms in _by_goal(p):
            body.append(f"<h2>{p['goal_label'].format(n=g)} {goal}</h2>")
            for k, m in ms:
                body.append(f"<p class='t'><b>Tiltak {g}.{k + 1}: {m[0]}</b></p><p class='f'>Ansvarleg eining: "
                            f"{m[2][0]}</p><p class='f'>Tidspunkt: {m[3]}</p>")
        _chromium(_html(p["title"], "".join(body), "p.t{margin:12px 0 2px 0}p.f{margin:0}"), d, slug)
    elif slug == "owner-timescale-en":
        _odt_table(p, d, slug, ["Action", "Owner", "Timescale"], lambda g, k, m: [m[0], m[2][0], m[3]])
    elif slug == "skal-innen-nb":
        body = [f"<p>{p['intro']}</p>"]
        for g, goal, ms in _by_goal(p):
            body.append(f"<h2>{p['goal_label'].format(n=g)} {goal}</h2><ul>")
            body += [f"<li>{m[0]}</li>" for _, m in ms]
            body.append("</ul>")
        _chromium(_html(p["title"], "".join(body)), d, slug)
    gold = _gold(slug, p)
    (d / f"{slug}.gold.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True, sort_keys=False), encoding="utf-8")


if __name__ == "__main__":
    out = Path(sys.argv[1])
    for s in (sys.argv[2:] or PLANS):
        build(s, out)
    print(out)
