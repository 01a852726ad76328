"""Build the thirty-fifth batch of blind authored plans (corpora/authored/<slug>/), in ORDINARY forms on new
surfaces: a bokmål trafikksikkerhetsplan whose handlingsprogram is a table with cost columns per year and a
'Delmål' column holding only the goal's number (HTML → Chromium); an English trees action plan numbered 1 / 1.1 /
1.1.1 in the text, each action followed by a 'Lead: … | Timescale: …' line (python-docx → LibreOffice); a Swedish
handlingsplan with the actions as bullets under each goal, owner and year in parentheses (reportlab); a Danish
handicappolitisk handleplan with explicit labels 'Mål 1.1' / '1.1.1' in one long table running over pages with a
repeated header (odfpy → LibreOffice).

    python corpora/scripts/make_blind_corpus35.py              # every plan
    python corpora/scripts/make_blind_corpus35.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus35.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus35.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings, gold writer and the `Odt` writer from
make_blind_corpus.py, the pdftotext check from make_blind_corpus3.py, the measure-row helper and the whole-text
check on pdftotext -raw from make_blind_corpus34.py (imported, not copied).
Gold files carry `held_out: true` and were committed before plancheck was run on them.
"""

from __future__ import annotations

import html as _h
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _docx_helpers as dh  # noqa: E402
import _odf_helpers as oh  # noqa: E402, F401  (loads the odt helpers make_blind_corpus uses)
import blindkit as bk  # noqa: E402
import make_blind_corpus as mb  # noqa: E402
import make_blind_corpus3 as mb3  # noqa: E402
import make_blind_corpus34 as mb34  # noqa: E402
from make_blind_corpus import G, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus35.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731


def _gold(plan: Plan, pdf: Path, **kw) -> Path:
    """write_gold with the pages looked up as pdftotext reads them (blindkit.gold_by_pdftotext)."""
    return bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)


def _focus_pages_first_goal(gold: Path) -> Path:
    """The page of each focus area = the page of its FIRST goal: the area's heading (or spanning row) stands right
    above it, while the area's name is printed earlier too (contents, introduction), where the gold writer's first
    match would put it."""
    import yaml

    text = gold.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    page: dict[str, int] = {}
    for g in data["goals"]:
        if g.get("focus_area"):
            page.setdefault(g["focus_area"], g["page"])
    for fa in data["focus_areas"]:
        text = re.sub(r'(\{id: "' + fa["id"] + r'", text: "[^"]*", page: )\d+\}',
                      lambda m, p=page[fa["id"]]: f"{m.group(1)}{p}}}", text)
    gold.write_text(text, encoding="utf-8")
    return gold


# =========================================================================== 1 bokmål handlingsprogram (Chromium)

NB_SLUG = "trafikksikkerhet-kostnadsaar-nb"
NB_YEARS = (2026, 2027, 2028, 2029)
NB_GOALS = [
    ("G1", "Barn og unge skal ha en trygg skolevei og fritidsvei"),
    ("G2", "Gående og syklende skal ha trygge og sammenhengende traseer i og rundt sentrum"),
    ("G3", "Færre skal bli skadd i ulykker på de kommunale veiene"),
    ("G4", "Trafikksikkerhet skal være en del av alt kommunen gjør, og kommunen skal være godkjent som "
           "Trafikksikker kommune"),
]
# (nr, text, delmål number, Ansvar as printed, owners, {year: amount or 'x'}, note)
NB_PHYS = [
    ("F1", "Fortau langs Skoleveien fra Sentrum skole til Granlia boligfelt", "1", "Kommunalteknikk",
     ["Kommunalteknikk"], {2026: "1 800", 2027: "2 200"}, "amounts in 2026 and 2027: deadline 2027"),
    ("F2", "Opphøyd gangfelt og ny belysning ved Haugen barnehage", "1", "Kommunalteknikk", ["Kommunalteknikk"],
     {2026: "450"}, ""),
    ("F3", "Gang- og sykkelvei langs Elvegata mellom Brua og jernbanestasjonen", "2",
     "Kommunalteknikk og fylkeskommunen", ["Kommunalteknikk", "fylkeskommunen"],
     {2027: "3 500", 2028: "4 000", 2029: "1 500"}, "two owners; amounts 2027–2029: deadline 2029"),
    ("F4", "Fartsdempende tiltak i boligfeltene på Solåsen", "3", "Kommunalteknikk", ["Kommunalteknikk"],
     {2028: "300"}, ""),
    ("F5", "Sikker kryssing for syklende ved rundkjøringen i Torgveien", "2", "", [], {2027: "600"},
     "empty Ansvar cell: no owner"),
    ("F6", "Skilting og oppmerking av 30-sone rundt alle skolene i sentrum", "1", "Kommunalteknikk",
     ["Kommunalteknikk"], {2026: "150", 2027: "150"}, ""),
    ("F7", "Bedre siktforholdene i krysset Furuveien–Storgata", "3", "Kommunalteknikk", ["Kommunalteknikk"], {},
     "no amount in any year column: no deadline"),
]
NB_USER = [
    ("T1", "Trafikkopplæring på alle trinn etter Trygg Trafikks undervisningsopplegg", "1", "Alle skoler",
     ["Alle skoler"], {y: "x" for y in NB_YEARS}, "'Alle skoler' diffuse; marked every year: deadline 2029"),
    ("T2", "Refleksvester og refleksbrikker til alle førsteklassinger", "1", "Helsestasjonen", ["Helsestasjonen"],
     {y: "x" for y in NB_YEARS}, ""),
    ("T3", "Kampanje for bruk av sykkelhjelm blant ungdomsskoleelever", "2", "Oppvekst og Trygg Trafikk",
     ["Oppvekst", "Trygg Trafikk"], {2026: "x", 2027: "x"}, "two owners"),
    ("T4", "Oppfriskningskurs for eldre bilførere i samarbeid med Frivilligsentralen", "3", "Helse og omsorg",
     ["Helse og omsorg"], {2028: "x"}, "one owner ('Helse og omsorg' is one kommunalområde)"),
    ("T5", "Innføre en rutine for melding og oppfølging av trafikkfarlige forhold", "4",
     "Trafikksikkerhetsutvalget", ["Trafikksikkerhetsutvalget"], {2026: "x"}, ""),
    ("T6", "Søke godkjenning som Trafikksikker kommune", "4", "Kommunedirektøren", ["Kommunedirektøren"],
     {2026: "x"}, ""),
    ("T7", "Gjøre trafikksikkerhet til fast tema i HMS-opplæringen for ansatte som kjører i tjenesten", "4",
     "Personal og organisasjon", ["Personal og organisasjon"], {2027: "x", 2028: "x"}, ""),
]

NB_TEXT = {
    "1 Innledning": [
        "Trafikksikkerhetsplanen er kommunens verktøy for å forebygge trafikkulykker og for å gjøre det tryggere "
        "og enklere å gå og sykle i Vesterdal. Planen gjelder for perioden 2026–2029 og erstatter "
        "trafikksikkerhetsplanen for 2021–2024.",
        "Fylkeskommunen fordeler midler til trafikksikkerhetstiltak på kommunale veier gjennom ordningen "
        "«Aksjon skoleveg». For å kunne søke om slike midler må kommunen ha en vedtatt trafikksikkerhetsplan med "
        "et prioritert handlingsprogram.",
        "Nasjonal tiltaksplan for trafikksikkerhet på veg har som mål at det innen 2030 ikke skal være flere enn "
        "350 drepte og hardt skadde i trafikken i Norge. Kommunene har et viktig ansvar for å nå dette målet, "
        "både som veieier, som skoleeier og som arbeidsgiver.",
        "Planen er utarbeidet av en arbeidsgruppe med representanter fra kommunalteknikk, oppvekst, helse og "
        "omsorg, politiet, Statens vegvesen og Trygg Trafikk. Skolene, FAU og eldrerådet har kommet med innspill "
        "til hvilke strekninger og kryss som oppleves som farlige.",
        "Planen har tre deler. Kapittel 2 beskriver ulykkesbildet og utfordringene, kapittel 3 visjon og delmål, "
        "og kapittel 4 er handlingsprogrammet for de fire neste årene med kostnader fordelt per år. "
        "Handlingsprogrammet rulleres hvert år sammen med økonomiplanen.",
    ],
    "2 Ulykker og utfordringer": [
        "I perioden 2020–2024 ble det registrert 41 politirapporterte trafikkulykker med personskade i Vesterdal "
        "kommune. Én person omkom og sju ble hardt skadd. Over halvparten av ulykkene skjedde på fylkesveiene, "
        "men en økende andel skjer på kommunale veier i og rundt sentrum.",
        "Syklister og gående er overrepresentert blant de skadde. Mange av ulykkene med myke trafikanter skjer i "
        "kryss og ved kryssingspunkter der fartsnivået er høyt og sikten dårlig.",
        "Kartleggingen av skoleveiene som ble gjort høsten 2025, viser at om lag 180 elever har en skolevei "
        "som foreldrene vurderer som farlig. De viktigste årsakene er manglende fortau, høy fart og mange "
        "kryssinger av veien uten gangfelt.",
    ],
    "2.1 Utfordringer fremover": [
        "Befolkningen blir eldre, og flere eldre bilførere og fotgjengere gir nye utfordringer. Samtidig ønsker "
        "kommunen at flere skal gå og sykle til skole og arbeid, noe som krever sammenhengende og trygge "
        "traseer.",
        "Kommunen er ikke godkjent som Trafikksikker kommune. En godkjenning forutsetter at trafikksikkerhet er "
        "forankret i ledelsen og i alle tjenesteområdene, og at det finnes rutiner for melding av uønskede "
        "hendelser.",
    ],
    "5 Oppfølging og rullering": [
        "Trafikksikkerhetsutvalget har ansvaret for å følge opp planen. Utvalget møtes fire ganger i året og "
        "rapporterer status for handlingsprogrammet til formannskapet hver høst.",
        "Handlingsprogrammet rulleres årlig i forbindelse med økonomiplanen. Nye tiltak kan meldes inn av "
        "innbyggere, skoler og lag gjennom kommunens nettside. Hele planen revideres innen utgangen av "
        "planperioden.",
        "Ulykkesstatistikken fra Statens vegvesen og skoleveikartleggingen brukes for å følge med på om "
        "tiltakene virker. Kartleggingen av skoleveiene gjentas i 2028.",
    ],
}
NB_STATS = [("Ulykker med personskade", "9", "7", "10", "8", "7"),
            ("Drepte", "0", "1", "0", "0", "0"),
            ("Hardt skadde", "2", "1", "2", "1", "1"),
            ("Skadde gående og syklende", "3", "2", "5", "4", "3")]


def _nb_rows():
    return [(*r, "Fysiske tiltak") for r in NB_PHYS] + [(*r, "Trafikantrettede tiltak") for r in NB_USER]


@plan_builder
def build_trafikksikkerhet_kostnadsaar_nb() -> tuple[Plan, Path]:
    """Bokmål trafikksikkerhetsplan (HTML → Chromium): cover, contents, background chapters with an accident table,
    the delmål listed in chapter 3, and the handlingsprogram in two tables 'Nr. | Tiltak | Delmål | Ansvar | 2026 |
    2027 | 2028 | 2029' (amounts in 1000 kr in the first, x marks in the second); the Delmål column holds only the
    goal's number."""
    slug = NB_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    goals = [G(g, t) for g, t in NB_GOALS]
    gid = {str(i): g for i, (g, _t) in enumerate(NB_GOALS, 1)}
    rows = []
    for nr, text, dm, _a, own, marks, note, _part in _nb_rows():
        dl = str(max(marks)) if marks else None
        rows.append((nr, text, [gid[dm]], own, dl, "period", note))
    measures = mb34._measures(rows, period_end=2029)
    plan = Plan(
        slug=slug, language="nb", title="Trafikksikkerhetsplan for Vesterdal kommune 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="html",
        vision="Ingen skal bli drept eller hardt skadd i trafikken i Vesterdal",
        notes="""
HTML/CSS → Chromium print (A4 portrait, DejaVu Sans 9.5 pt). Vesterdal kommune. @page header (kommune and title)
and footer 'Side n av N', none on the cover. Cover, 'Innhold', 1 Innledning (quotes the national target '… ikke
skal være flere enn 350 drepte og hardt skadde': a trap, no goal), 2 Ulykker og utfordringer (accident table
2020–2024), 3 Visjon og mål (the nullvisjon = gold vision; 'Delmål 1' … 'Delmål 4' as a list: the goals, text
without the label), 4 Handlingsprogram 2026–2029: two tables '4.1 Fysiske tiltak' (amounts in 1 000 kr per year,
a 'Sum' row) and '4.2 Trafikantrettede tiltak' (x marks per year), columns 'Nr. | Tiltak | Delmål | Ansvar | 2026
| 2027 | 2028 | 2029', thead repeated where a table breaks over a page; 5 Oppfølging og rullering.
Gold: each Tiltak cell is a measure; its goal is the delmål whose NUMBER stands in the Delmål column (goal by
number); Nr. ('F3', 'T2') is not part of the text. Owners = Ansvar ('Kommunalteknikk og fylkeskommunen', 'Oppvekst
og Trygg Trafikk' two; 'Helse og omsorg', 'Personal og organisasjon' one unit each; 'Alle skoler' diffuse; empty =
none). Deadline = the head of the LAST year column holding an amount or an x (gold-format convention), e.g.
'2027' for amounts in 2026 and 2027, '2029' for x in every year (a period, not recurring); a row with no mark in any
year column has no deadline. The Sum row is no measure.
""")
    css = """
@page { size: A4; margin: 24mm 18mm 20mm 20mm;
  @top-left { content: "Vesterdal kommune"; font: 8pt 'DejaVu Sans'; color: #5a6b7b; }
  @top-right { content: "Trafikksikkerhetsplan 2026–2029"; font: 8pt 'DejaVu Sans'; color: #5a6b7b; }
  @bottom-center { content: "Side " counter(page) " av " counter(pages); font: 8pt 'DejaVu Sans'; color: #5a6b7b; } }
@page :first { @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #222; line-height: 1.5; }
.cover { padding-top: 40mm; }
.cover .k { font-size: 12pt; letter-spacing: 2pt; color: #b3541e; font-weight: bold; }
.cover h1 { font-size: 26pt; color: #1f3b57; line-height: 1.15; margin: 8mm 0 4mm 0; }
.cover .v { margin-top: 90mm; font-size: 9pt; color: #555; border-top: 1pt solid #b3541e; padding-top: 3mm; }
h2 { font-size: 15pt; color: #1f3b57; break-before: page; margin: 0 0 4mm 0; border-bottom: 1.5pt solid #b3541e;
     padding-bottom: 1.5mm; }
h3 { font-size: 11pt; color: #1f3b57; margin: 5mm 0 2mm 0; break-after: avoid; }
.nullv { font-size: 13pt; font-style: italic; color: #1f3b57; margin: 4mm 0 6mm 8mm; }
ol.dm { list-style: none; padding-left: 0; }
ol.dm li { margin: 0 0 3mm 0; padding-left: 22mm; text-indent: -22mm; }
ol.dm li b { display: inline-block; width: 22mm; text-indent: 0; color: #b3541e; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm 0; }
th { background: #1f3b57; color: #fff; font-size: 8.5pt; text-align: left; padding: 1.6mm 1.5mm;
     border: 0.5pt solid #1f3b57; }
td { font-size: 8.5pt; padding: 1.6mm 1.5mm; border: 0.5pt solid #9fb0c0; vertical-align: top; }
td.n { text-align: right; white-space: nowrap; }
td.x { text-align: center; }
tr { break-inside: avoid; }
tr.sum td { font-weight: bold; background: #eef2f6; }
.stat td, .stat th { text-align: right; } .stat td:first-child, .stat th:first-child { text-align: left; }
.toc p { margin: 0 0 2mm 0; display: flex; justify-content: space-between; }
.toc p.s { padding-left: 8mm; }
.note { font-size: 8pt; color: #555; break-after: avoid; }
"""
    p = [f"<!DOCTYPE html><html lang='nb'><head><meta charset='utf-8'><title>{E(plan.title)}</title>"
         f"<style>{css}</style></head><body>"]
    p.append("<div class='cover'><div class='k'>VESTERDAL KOMMUNE</div><h1>Trafikksikkerhetsplan<br>2026–2029</h1>"
             "<p style='font-size:12pt'>Med handlingsprogram for fysiske og trafikantrettede tiltak</p>"
             "<div class='v'>Vedtatt av kommunestyret 11. februar 2026, sak 9/26. Arkivsak 25/1187.</div></div>")
    toc = [("1 Innledning", 3, ""), ("2 Ulykker og utfordringer", 4, ""), ("2.1 Utfordringer fremover", 4, "s"),
           ("3 Visjon og mål", 5, ""), ("4 Handlingsprogram 2026–2029", 6, ""), ("4.1 Fysiske tiltak", 6, "s"),
           ("4.2 Trafikantrettede tiltak", 7, "s"), ("5 Oppfølging og rullering", 8, "")]
    p.append("<h2>Innhold</h2><div class='toc'>" + "".join(
        f"<p class='{c}'><span>{E(t)}</span><span>{n}</span></p>" for t, n, c in toc) + "</div>")
    p.append("<h2>1 Innledning</h2>" + "".join(f"<p>{E(t)}</p>" for t in NB_TEXT["1 Innledning"]))
    p.append("<h2>2 Ulykker og utfordringer</h2>" + "".join(f"<p>{E(t)}</p>" for t in NB_TEXT["2 Ulykker og utfordringer"]))
    p.append("<table class='stat'><thead><tr><th>Politirapporterte ulykker</th>" + "".join(
        f"<th>{y}</th>" for y in range(2020, 2025)) + "</tr></thead><tbody>" + "".join(
        "<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in NB_STATS)
        + "</tbody></table><p class='note'>Kilde: Statens vegvesen, STRAKS-registeret.</p>")
    p.append("<h3>2.1 Utfordringer fremover</h3>" + "".join(f"<p>{E(t)}</p>" for t in NB_TEXT["2.1 Utfordringer fremover"]))
    p.append("<h2>3 Visjon og mål</h2><p>Vesterdal kommune slutter seg til nullvisjonen, som er grunnlaget for "
             "trafikksikkerhetsarbeidet i Norge:</p>"
             f"<p class='nullv'>«{E(plan.vision)}»</p>"
             "<p>For å arbeide mot visjonen i planperioden har kommunestyret vedtatt fire delmål. Hvert tiltak i "
             "handlingsprogrammet er knyttet til ett av delmålene gjennom nummeret i kolonnen «Delmål».</p>"
             "<ol class='dm'>" + "".join(f"<li><b>Delmål {i}</b>{E(t)}.</li>" for i, (_g, t) in enumerate(NB_GOALS, 1))
             + "</ol><h3>Dette har vi fått til i forrige planperiode</h3><ul>"
             "<li>Fortau langs Kirkeveien og Bakkeveien ble ferdigstilt i 2023.</li>"
             "<li>Alle barnehagene har tatt i bruk Trygg Trafikks rutiner for turer til fots.</li>"
             "<li>Fartsgrensen ved Nordby skole ble satt ned til 30 km/t.</li></ul>")
    p.append("<h2>4 Handlingsprogram 2026–2029</h2>"
             "<p>Handlingsprogrammet viser tiltakene kommunen vil gjennomføre i planperioden. Tiltakene er delt i "
             "fysiske tiltak på kommunale veier og trafikantrettede tiltak som skal påvirke holdninger og "
             "atferd.</p><p>For de fysiske tiltakene er kostnadene oppgitt i 1 000 kroner for det året "
             "arbeidet skal utføres. Tiltak med kostnad i flere år gjennomføres over flere år og skal være "
             "ferdige det siste året det er satt av midler. Tiltakene er prioritert etter antall skadde, "
             "trafikkmengde, fartsnivå og antall barn som bruker strekningen.</p><p>For de trafikantrettede "
             "tiltakene viser et kryss hvilke år tiltaket gjennomføres. Disse tiltakene dekkes i hovedsak innenfor "
             "tjenesteområdenes driftsbudsjetter.</p><p>Kolonnen «Delmål» viser hvilket delmål i kapittel 3 "
             "tiltaket skal bidra til. Fysiske tiltak på fylkesveiene er ikke med i tabellen; disse spilles inn "
             "til fylkeskommunens handlingsprogram.</p><p>De fysiske tiltakene er prioritert etter disse "
             "kriteriene:</p><ul><li>registrerte ulykker med personskade de siste fem årene</li><li>antall barn "
             "og unge som bruker strekningen til skole og fritid</li><li>trafikkmengde og fartsnivå</li><li>innspill "
             "fra skolene, FAU og eldrerådet</li><li>muligheten for tilskudd fra fylkeskommunen</li></ul>"
             "<p>Kostnadsoverslagene er gjort av kommunalteknikk høsten 2025 og har en usikkerhet på om lag "
             "30 prosent. Endelig kostnad avklares når tiltakene er prosjektert. Dersom tilskudd fra «Aksjon "
             "skoleveg» blir lavere enn forventet, kan tiltak bli forskjøvet til et senere år ved "
             "rulleringen.</p>")
    head = ("<thead><tr><th style='width:5%'>Nr.</th><th style='width:34%'>Tiltak</th><th style='width:7%'>Delmål</th>"
            "<th style='width:30%'>Ansvar</th>" + "".join(f"<th style='width:6%'>{y}</th>" for y in NB_YEARS)
            + "</tr></thead>")

    def table(rows, cls, total):
        body = "".join(
            f"<tr><td>{nr}</td><td>{E(t)}</td><td class='x'>{dm}</td><td>{E(a)}</td>"
            + "".join(f"<td class='{cls}'>{E(marks.get(y, ''))}</td>" for y in NB_YEARS) + "</tr>"
            for nr, t, dm, a, _o, marks, _n in rows)
        if total:
            sums = [sum(int(r[5].get(y, "0").replace(" ", "")) for r in rows) for y in NB_YEARS]
            body += ("<tr class='sum'><td></td><td>Sum fysiske tiltak</td><td></td><td></td>"
                     + "".join(f"<td class='n'>{s:,}".replace(",", " ") + "</td>" for s in sums) + "</tr>")
        return f"<table style='table-layout:fixed'>{head}<tbody>{body}</tbody></table>"

    p.append("<h3>4.1 Fysiske tiltak</h3><p class='note'>Beløp i 1 000 kr, inkl. mva. Tilskudd fra «Aksjon skoleveg» "
             "er ikke trukket fra.</p>" + table(NB_PHYS, "n", True))
    p.append("<h3>4.2 Trafikantrettede tiltak</h3><p class='note'>x = tiltaket gjennomføres dette året.</p>"
             + table(NB_USER, "x", False))
    p.append("<h2>5 Oppfølging og rullering</h2>" + "".join(f"<p>{E(t)}</p>" for t in NB_TEXT["5 Oppfølging og rullering"]))
    p.append("</body></html>")
    src = d / f"{slug}.html"
    src.write_text("".join(p), encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf)
    return plan, pdf


# =========================================================================== 2 English action plan (python-docx)

EN_SLUG = "trees-numbered-actions-en"
EN_THEMES = [("F1", "1", "Protecting our existing trees"), ("F2", "2", "Planting more trees"),
             ("F3", "3", "Working with our communities")]
# (goal id, number, theme, objective text)
EN_OBJECTIVES = [
    ("G1", "1.1", "F1", "Keep the council's own trees healthy, safe and well recorded"),
    ("G2", "1.2", "F1", "Protect important trees and woodland from harmful development"),
    ("G3", "2.1", "F2", "Increase tree canopy cover across the borough from 14% to 18% by 2040"),
    ("G4", "2.2", "F2", "Plant the right tree in the right place"),
    ("G5", "3.1", "F3", "Residents, schools and businesses help us to plant and care for trees"),
    ("G6", "3.2", "F3", "Make information about trees and tree work easy to find"),
]
# (number, action, objective, Lead as printed or None, owners, Timescale as printed or None, kind, note)
EN_ACTIONS = [
    ("1.1.1", "Complete a survey of all council-owned trees and publish the tree inventory online", "G1",
     "Tree Officer", ["Tree Officer"], "March 2027", "period", ""),
    ("1.1.2", "Move to a five-year cycle of inspections for all highway trees", "G1", "Highways Asset Manager",
     ["Highways Asset Manager"], "2027/28", "period", "financial year"),
    ("1.1.3", "Replace every council tree that has to be felled with two new trees", "G1", "Parks and Open Spaces",
     ["Parks and Open Spaces"], "Ongoing", "continuous", "one owner (a service named with 'and'); 'Ongoing'"),
    ("1.2.1", "Review all Tree Preservation Orders made before 1990", "G2", "Planning Policy Team and Tree Officer",
     ["Planning Policy Team", "Tree Officer"], "December 2028", "period", "two owners"),
    ("1.2.2", "Adopt a Trees and Development Supplementary Planning Document", "G2", "Planning Policy Team",
     ["Planning Policy Team"], "2031", "period", "'2031' after the plan period 2026–2030"),
    ("2.1.1", "Plant 1,500 street trees in the wards with the lowest canopy cover", "G3", "Parks and Open Spaces",
     ["Parks and Open Spaces"], "Every planting season", "recurring", "recurring"),
    ("2.1.2", "Create three new community woodlands on council-owned land", "G3", None, [], "2029", "period",
     "no 'Lead:' part on the line: no owner"),
    ("2.1.3", "Plant tiny forests in school grounds with pupils and parents", "G3", "All schools", ["All schools"],
     "2028", "period", "'All schools' diffuse"),
    ("2.2.1", "Publish a species selection guide for planting on streets and in parks", "G4", "Tree Officer",
     ["Tree Officer"], "September 2026", "period", ""),
    ("2.2.2", "Buy at least half of all new trees from UK nurseries with biosecurity accreditation", "G4",
     "Procurement Team, Parks and Open Spaces", ["Procurement Team", "Parks and Open Spaces"], "April 2027",
     "period", "two owners separated by a comma"),
    ("3.1.1", "Set up a tree warden network with at least one volunteer in every ward", "G5",
     "Community Engagement Officer", ["Community Engagement Officer"], "30 June 2027", "date", ""),
    ("3.1.2", "Launch a sponsor-a-tree scheme for residents and local businesses", "G5", "Parks and Open Spaces",
     ["Parks and Open Spaces"], None, None, "no 'Timescale:' part on the line: no deadline"),
    ("3.1.3", "Hold a tree planting week with schools and community groups", "G5",
     "Community Engagement Officer and Harrowfield Tree Trust",
     ["Community Engagement Officer", "Harrowfield Tree Trust"], "Every November", "recurring", "two owners"),
]
EN_INTRO = {
    "F1": "Many of the borough's largest trees were planted in Victorian parks and along the Edwardian avenues. "
          "They give the most benefit, but they are also the most vulnerable to disease, drought and "
          "development.",
    "F2": "We want every neighbourhood to share in the benefits of trees. Canopy cover ranges from 6% in "
          "Eastgate to 27% in Millbrook, and the wards with the fewest trees are also the ones with the hottest "
          "streets in summer.",
    "F3": "The council cannot plant and look after all the trees the borough needs on its own. Residents, "
          "schools, businesses and community groups already do a great deal, and we want to support them.",
}


@plan_builder
def build_trees_numbered_actions_en() -> tuple[Plan, Path]:
    """English (UK) tree and woodland action plan (python-docx → LibreOffice): cover, contents, background, then
    the action plan numbered in the text: 'Theme 1' headings, objectives '1.1' in bold, actions '1.1.1' as
    hanging-indent paragraphs each followed by a 'Lead: … | Timescale: …' line."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt, RGBColor

    slug = EN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    goals = [G(g, t, focus_area=f) for g, _n, f, t in EN_OBJECTIVES]
    measures = mb34._measures([(n, t, [g], own, dl, kind, note) for n, t, g, _l, own, dl, kind, note in EN_ACTIONS],
                              period_end=2030)
    plan = Plan(
        slug=slug, language="en", title="Trees and Woodland Action Plan 2026–2030", period=(2026, 2030),
        goals=goals, measures=measures, focus_areas=[(f, t) for f, _n, t in EN_THEMES], source_ext="docx",
        notes="""
python-docx → LibreOffice Writer (Liberation Serif 11 pt body, Liberation Sans headings, English UK). Harrowfield
Borough Council. Header 'Harrowfield Borough Council | Trees and Woodland Action Plan 2026–2030' over a rule,
footer 'Page n' (not on the cover). Cover, typed 'Contents', 1 Introduction, 2 Our trees today (canopy table by
ward), 3 The action plan: three themes as headings 'Theme 1: Protecting our existing trees' (the gold FOCUS AREAS;
page = their first objective's page, the names also stand in the contents and the introduction), each with a short
prose paragraph, objectives as bold paragraphs 'Objective 1.1 <sentence>' (the goals, text without the label),
actions as hanging-indent paragraphs '1.1.1<tab><action>' (the measures, without the number) each followed by a grey
line 'Lead: … | Timescale: …'; 4 Monitoring and review. Objective 3.2 has no actions, only a sentence that they will
be agreed in 2027 → goal-has-measure. Owners = the Lead part ('Planning Policy Team and Tree Officer' and
'Community Engagement Officer and Harrowfield Tree Trust' two; 'Procurement Team, Parks and Open Spaces' two;
'Parks and Open Spaces' ONE service; 'All schools' diffuse; a line without 'Lead:' = no owner). Deadline = the
Timescale part ('Ongoing' continuous; 'Every planting season', 'Every November' recurring; '30 June 2027' date;
'2027/28' financial year; '2031' after 2026–2030; a line without 'Timescale:' = no deadline). The 14% → 18% canopy
target inside objective 2.1 is part of the goal ('by 2040' is the goal's horizon, not a measure deadline).
""")
    doc = dh.new_document(font="Liberation Serif", size=11, margins_mm=24, heading_color="2E5E2A")
    mb.docx_lang(doc, "en-GB")
    for lvl in (1, 2):
        st = doc.styles[f"Heading {lvl}"]
        st.font.name = "Liberation Sans"
        st.font.size = Pt(16 if lvl == 1 else 12.5)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    dh.ruled_header(sec, "Harrowfield Borough Council  |  Trees and Woodland Action Plan 2026–2030", size=8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    dh.page_of_footer(fp, "Page ", "", None, size=9)
    # cover
    dh.para(doc, "Harrowfield Borough Council", size=13, color="2E5E2A", space_before=70, bold=True)
    dh.para(doc, "Trees and Woodland Action Plan 2026–2030", size=28, bold=True, color="2E5E2A", space_before=24)
    dh.para(doc, "Delivering the Trees and Woodland Strategy", size=14, italic=True)
    dh.para(doc, "Agreed by the Environment and Climate Committee on 3 February 2026", size=10, space_before=260)
    dh.page_break(doc)
    dh.para(doc, "Contents", size=16, bold=True, color="2E5E2A")
    dh.typed_toc(doc, [(1, "1  Introduction", 3), (1, "2  Our trees today", 3), (1, "3  The action plan", 4),
                       (2, "Theme 1: Protecting our existing trees", 4), (2, "Theme 2: Planting more trees", 4),
                       (2, "Theme 3: Working with our communities", 5), (1, "4  Monitoring and review", 5)],
                 text_width_mm=162)
    dh.page_break(doc)
    dh.heading(doc, "1  Introduction", 1)
    for t in (
        "Trees make Harrowfield a better place to live. They cool our streets in hot weather, soak up rainwater, "
        "clean the air, store carbon and give homes to wildlife. People who live near trees and green space are "
        "healthier and happier.",
        "The Trees and Woodland Strategy, adopted in 2025, sets out the council's long-term ambition for the "
        "borough's trees. This action plan turns the strategy into practical actions for the five years from "
        "2026 to 2030.",
        "The plan is arranged under the three themes of the strategy: Protecting our existing trees, Planting "
        "more trees and Working with our communities. Under each theme we set out our objectives and the actions "
        "we will take. Every action is numbered, so that progress can be reported against it.",
        "The council declared a climate emergency in 2019 and aims to be carbon neutral by 2035. Trees are one of "
        "the ways in which the borough will adapt to a warmer climate, alongside the actions in the Climate "
        "Action Plan.",
    ):
        dh.para(doc, t)
    dh.heading(doc, "2  Our trees today", 1)
    for t in (
        "The council manages around 38,000 trees in streets, parks, cemeteries and school grounds, and 112 hectares "
        "of woodland. Many more trees grow in private gardens, on railway land and in farmland on the edge of the "
        "borough.",
        "A canopy survey using aerial photographs in 2024 found that trees cover 14% of the borough. The national "
        "average for towns is around 16%. Cover is lowest in the older terraced streets and on the industrial "
        "estates.",
        "Ash dieback is expected to kill most of the borough's ash trees over the next ten years. Around 4,000 ash "
        "trees stand next to roads and paths and will have to be felled as they become unsafe.",
    ):
        dh.para(doc, t)
    w = [80, 40, 40]
    t = dh.new_table(doc, w)
    for i, r in enumerate([["Ward", "Canopy cover 2024", "Street trees"], ["Eastgate", "6%", "410"],
                           ["Harrowfield Central", "9%", "1,120"], ["Millbrook", "27%", "2,380"],
                           ["Northfield", "15%", "1,760"], ["Borough", "14%", "11,900"]]):
        dh.add_row(t, r, w, size=9.5, bold=i == 0, fill="DDEBD8" if i == 0 else None)
    dh.para(doc, "Source: Harrowfield canopy survey 2024 and the council's tree records.", italic=True, size=8.5)
    dh.page_break(doc)
    dh.heading(doc, "3  The action plan", 1)
    dh.para(doc, "Each action has a lead officer or service and a timescale. Where a timescale is a financial year "
                 "(for example 2027/28) the action will be complete by the end of March of the second year.")
    grey = RGBColor(0x55, 0x55, 0x55)
    for f, n, theme in EN_THEMES:
        dh.heading(doc, f"Theme {n}: {theme}", 2)
        dh.para(doc, EN_INTRO[f], keep_with_next=True)  # a theme never ends a page without its first objective
        for g, num, ff, text in EN_OBJECTIVES:
            if ff != f:
                continue
            op = dh.para(doc, "", space_before=6, space_after=4, keep_with_next=True)
            r = op.add_run(f"Objective {num}  ")
            r.bold, r.font.color.rgb = True, RGBColor(0x2E, 0x5E, 0x2A)
            op.add_run(text).bold = True
            acts = [a for a in EN_ACTIONS if a[2] == g]
            if not acts:
                dh.para(doc, "Actions for this objective will be agreed with the tree warden network during 2027 "
                             "and added when the plan is reviewed.", italic=True)
            for num2, atext, _g, lead, _o, dl, _k, _n in acts:
                ap = dh.para(doc, f"{num2}\t{atext}", space_after=0, keep_with_next=True)
                ap.paragraph_format.left_indent = Mm(14)
                ap.paragraph_format.first_line_indent = Mm(-14)
                ap.paragraph_format.tab_stops.add_tab_stop(Mm(14))
                parts = ([f"Lead: {lead}"] if lead else []) + ([f"Timescale: {dl}"] if dl else [])
                lp = dh.para(doc, "   |   ".join(parts), size=9.5, space_after=7)
                lp.paragraph_format.left_indent = Mm(14)
                for run in lp.runs:
                    run.font.color.rgb = grey
    dh.heading(doc, "4  Monitoring and review", 1)
    for t in (
        "The Tree Officer will report progress on every action to the Environment and Climate Committee once a "
        "year, using the action numbers in this plan. The canopy survey will be repeated in 2028 and 2030.",
        "The action plan will be reviewed in 2028. New actions may be added at any time if funding becomes "
        "available, for example from the Urban Tree Challenge Fund or from developers' contributions.",
    ):
        dh.para(doc, t)
    dh.set_core_properties(doc, title=plan.title, author="Harrowfield Borough Council")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _focus_pages_first_goal(_gold(plan, pdf))
    return plan, pdf


# =========================================================================== 3 Swedish handlingsplan (reportlab)

SV_SLUG = "ensamhet-punktlista-sv"
SV_GOALS = [
    ("G1", "Fler äldre ska ha tillgång till en mötesplats nära där de bor"),
    ("G2", "Ofrivillig ensamhet hos äldre ska upptäckas tidigt"),
    ("G3", "Fler äldre ska kunna använda digitala verktyg för att hålla kontakten med andra"),
    ("G4", "Samverkan med civilsamhället kring äldres ensamhet ska stärkas"),
]
# (id, text, goal, parenthesis as printed or None, owners, deadline as printed or None, kind, note)
SV_ACTIONS = [
    ("A1", "Öppna två nya träffpunkter för äldre i Norrby och Västra Lindåsa", "G1",
     "Vård- och omsorgsförvaltningen, 2027", ["Vård- och omsorgsförvaltningen"], "2027", "period", ""),
    ("A2", "Erbjuda avgiftsfria resor med närtrafiken till träffpunkterna för personer över 75 år", "G1",
     "Samhällsbyggnadsförvaltningen, hösten 2026", ["Samhällsbyggnadsförvaltningen"], "hösten 2026", "period", ""),
    ("A3", "Utveckla biblioteken till mötesplatser med språkcaféer och läsecirklar för äldre", "G1",
     "Biblioteken och Träffpunkt Centrum, 2027", ["Biblioteken", "Träffpunkt Centrum"], "2027", "period",
     "two owners joined by 'och'"),
    ("A4", "Ställa frågor om ensamhet vid alla förebyggande hembesök hos 80-åringar", "G2",
     "Äldreomsorgen, löpande", ["Äldreomsorgen"], "löpande", "continuous", "'löpande' continuous"),
    ("A5", "Utbilda hemtjänstens personal i att upptäcka och samtala om ensamhet", "G2", "Äldreomsorgen, 2026",
     ["Äldreomsorgen"], "2026", "period", ""),
    ("A6", "Ta fram en rutin för hur vårdcentralerna kan hänvisa patienter till kommunens aktiviteter", "G2",
     "2027", [], "2027", "period", "only a year in the parenthesis: no owner"),
    ("A7", "Erbjuda kurser i att använda surfplatta, bank-id och videosamtal", "G3", "Medborgarkontoret, årligen",
     ["Medborgarkontoret"], "årligen", "recurring", "'årligen' recurring"),
    ("A8", "Låna ut surfplattor till boende på kommunens särskilda boenden", "G3", "Alla särskilda boenden, 2027",
     ["Alla särskilda boenden"], "2027", "period", "'Alla särskilda boenden' diffuse"),
    ("A9", "Inrätta en digital fixartjänst som hjälper äldre med tekniken i hemmet", "G3", "Medborgarkontoret",
     ["Medborgarkontoret"], None, None, "only an owner in the parenthesis: no deadline"),
    ("A10", "Teckna ett idéburet offentligt partnerskap (IOP) med pensionärsorganisationerna", "G4",
     "Kommunstyrelsens förvaltning, 2029", ["Kommunstyrelsens förvaltning"], "2029", "period",
     "'2029' after the plan period 2026–2028; the '(IOP)' in the text is no parenthesis of owner/year"),
    ("A11", "Införa ett särskilt föreningsbidrag för aktiviteter som bryter ensamhet", "G4",
     "Kultur- och fritidsförvaltningen, 2027", ["Kultur- och fritidsförvaltningen"], "2027", "period",
     "one owner ('Kultur- och fritidsförvaltningen' is one förvaltning)"),
    ("A12", "Ordna en gemensam temadag om ensamhet med kyrkan och föreningslivet", "G4",
     "Kultur- och fritidsförvaltningen och Svenska kyrkan, varje höst",
     ["Kultur- och fritidsförvaltningen", "Svenska kyrkan"], "varje höst", "recurring", "two owners; recurring"),
]


@plan_builder
def build_ensamhet_punktlista_sv() -> tuple[Plan, Path]:
    """Swedish handlingsplan (reportlab, Liberation Serif body): background chapters, then 'Mål och åtgärder' with
    each goal as a numbered bold line 'Mål 1' + sentence and its actions as bullets ending in '(owner, year)'."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    slug = SV_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    goals = [G(g, t) for g, t in SV_GOALS]
    measures = mb34._measures([(i, t, [g], own, dl, kind, note) for i, t, g, _p, own, dl, kind, note in SV_ACTIONS],
                              period_end=2028)
    plan = Plan(
        slug=slug, language="sv", title="Handlingsplan mot ofrivillig ensamhet bland äldre 2026–2028",
        period=(2026, 2028), goals=goals, measures=measures, source_ext="pdf",
        notes="""
reportlab (Liberation Serif 11 pt body, Liberation Sans headings, invariant). Lindåsa kommun. Header 'Lindåsa
kommun' left and the diarienummer right over a thin rule, footer 'Sida n'. P. 1 title block and '1 Inledning',
'2 Bakgrund' (a table of survey figures), 'Det här har vi gjort' (a bullet list of past work: no measures, no
parentheses), '3 Mål och åtgärder': four goals, each a bold line 'Mål n' over the goal sentence (the gold goal,
without the label), then 'Åtgärder' and the actions as bullets, each ending in a parenthesis '(owner, year)'; '4
Uppföljning'. Gold: each bullet under a goal is a measure of that goal, its text WITHOUT the parenthesis; owners =
the part of the parenthesis before the comma ('Biblioteken och Träffpunkt Centrum', 'Kultur- och
fritidsförvaltningen och Svenska kyrkan' two; 'Kultur- och fritidsförvaltningen' one; 'Alla särskilda boenden'
diffuse; a parenthesis with only a year = no owner); deadline = the time part ('hösten 2026' period, 'löpande'
continuous, 'årligen' and 'varje höst' recurring, '2029' after 2026–2028; a parenthesis with only an owner = no
deadline). '(IOP)' inside A10's text is part of the text.
""")
    f = bk.reportlab_fonts("LA")
    for name, fn in (("LSerif", "Regular"), ("LSerif-Bold", "Bold"), ("LSerif-Italic", "Italic"),
                     ("LSerif-BoldItalic", "BoldItalic")):
        pdfmetrics.registerFont(TTFont(name, str(bk.LIBERATION / f"LiberationSerif-{fn}.ttf")))
    pdfmetrics.registerFontFamily("LSerif", normal="LSerif", bold="LSerif-Bold", italic="LSerif-Italic",
                                  boldItalic="LSerif-BoldItalic")
    red = colors.HexColor("#8a2432")
    body = ParagraphStyle("b", fontName="LSerif", fontSize=11, leading=15, spaceAfter=7)
    h1 = ParagraphStyle("h1", fontName=f["bold"], fontSize=14, leading=18, textColor=red, spaceBefore=10,
                        spaceAfter=6, keepWithNext=1)
    h3 = ParagraphStyle("h3", fontName=f["bold"], fontSize=10, leading=13, textColor=colors.HexColor("#444444"),
                        spaceBefore=4, spaceAfter=3, keepWithNext=1)
    goal_lbl = ParagraphStyle("gl", fontName=f["bold"], fontSize=10, leading=13, textColor=red, spaceBefore=10,
                              keepWithNext=1)
    goal_st = ParagraphStyle("g", fontName="LSerif-Bold", fontSize=12.5, leading=16, spaceAfter=4, keepWithNext=1)
    bullet = ParagraphStyle("li", parent=body, leftIndent=16, bulletIndent=4, spaceAfter=4)
    cell = ParagraphStyle("c", fontName=f["normal"], fontSize=9.5, leading=12)

    def onpage(canvas, doc):
        w, h = A4
        canvas.saveState()
        canvas.setFont(f["normal"], 8.5)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.drawString(22 * mm, h - 13 * mm, "Lindåsa kommun")
        canvas.drawRightString(w - 22 * mm, h - 13 * mm, "Dnr VON 2025/214")
        canvas.setStrokeColor(red)
        canvas.setLineWidth(0.6)
        canvas.line(22 * mm, h - 15 * mm, w - 22 * mm, h - 15 * mm)
        canvas.drawRightString(w - 22 * mm, 12 * mm, f"Sida {doc.page}")
        canvas.restoreState()

    pdf = d / f"{slug}.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=24 * mm,
                            bottomMargin=22 * mm, title=plan.title, author="Lindåsa kommun", invariant=1)
    s = [Paragraph("Handlingsplan mot ofrivillig ensamhet bland äldre 2026–2028",
                   ParagraphStyle("t", fontName=f["bold"], fontSize=20, leading=25, textColor=red, spaceAfter=8)),
         Paragraph("Beslutad av vård- och omsorgsnämnden 2026-01-28, § 7. Gäller 2026–2028.",
                   ParagraphStyle("sub", parent=body, fontName="LSerif-Italic", fontSize=10)),
         Spacer(1, 6), Paragraph("1 Inledning", h1)]
    for t in (
        "Många äldre i Lindåsa lever ett aktivt liv med ett stort socialt nätverk. Men för en växande grupp är "
        "ensamheten ofrivillig och långvarig. Ofrivillig ensamhet ökar risken för depression, demens och "
        "hjärt-kärlsjukdom och är lika skadlig för hälsan som rökning.",
        "Regeringen har tagit fram en nationell strategi mot ofrivillig ensamhet, och Sveriges Kommuner och "
        "Regioner uppmanar kommunerna att arbeta förebyggande. Vård- och omsorgsnämnden gav i mars 2025 "
        "förvaltningen i uppdrag att ta fram en handlingsplan.",
        "Handlingsplanen har arbetats fram tillsammans med kommunala pensionärsrådet, PRO, SPF Seniorerna, "
        "Svenska kyrkan, Röda korset och representanter för vårdcentralerna. Planen gäller 2026–2028 och "
        "följs upp varje år.",
        "Planen beskriver först bakgrunden och sedan fyra mål. Under varje mål står de åtgärder som kommunen "
        "ska genomföra. Inom parentes anges vem som ansvarar för åtgärden och när den ska vara genomförd.",
    ):
        s.append(Paragraph(t, body))
    s.append(Paragraph("2 Bakgrund", h1))
    for t in (
        "I Lindåsa bor drygt 6 400 personer som är 65 år eller äldre, och andelen ökar. Var fjärde person över "
        "80 år bor ensam utan anhöriga i närheten. Antalet personer med hemtjänst har ökat med 15 procent sedan "
        "2020.",
        "I kommunens enkät till äldre 2024 svarade 19 procent att de ofta eller alltid känner sig ensamma. Högst "
        "var andelen bland dem som har hemtjänst och bland dem som bor på landsbygden utanför tätorterna.",
        "Många äldre säger att de saknar en naturlig plats att träffa andra på, och att det är svårt att ta sig "
        "till aktiviteter utan bil. Digitala kanaler blir allt viktigare för att hålla kontakten med familj och "
        "vänner, men var tredje person över 80 år använder inte internet.",
    ):
        s.append(Paragraph(t, body))
    tab = Table([[Paragraph(c, cell) for c in r] for r in (
        ("Andel som ofta eller alltid känner sig ensamma", "2020", "2022", "2024"),
        ("65–79 år", "12 %", "14 %", "15 %"),
        ("80 år och äldre", "21 %", "24 %", "26 %"),
        ("Personer med hemtjänst", "31 %", "33 %", "35 %"))],
        colWidths=[95 * mm, 22 * mm, 22 * mm, 22 * mm])
    tab.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#c9a3a9")),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f2e4e6"))]))
    s += [tab, Paragraph("Källa: Lindåsa kommuns äldreenkät.", ParagraphStyle("src", parent=cell, fontSize=8)),
          Spacer(1, 8), Paragraph("Det här har vi gjort", h3)]
    for t in ("Träffpunkt Centrum har haft öppet fem dagar i veckan sedan 2023.",
              "Väntjänsten har rekryterat 40 nya volontärer.",
              "Alla förebyggande hembesök har gjorts av samma sjuksköterska sedan 2024."):
        s.append(Paragraph(E(t), bullet, bulletText="–"))
    s += [PageBreak(), Paragraph("3 Mål och åtgärder", h1),
          Paragraph("Planen har fyra mål. Åtgärderna under varje mål ska bidra till att målet nås under "
                    "planperioden.", body)]
    for n, (g, text) in enumerate(SV_GOALS, 1):
        block = [Paragraph(f"Mål {n}", goal_lbl), Paragraph(E(text), goal_st), Paragraph("Åtgärder", h3)]
        acts = [a for a in SV_ACTIONS if a[2] == g]
        for i, (_a, t, _g, paren, _o, _dl, _k, _n) in enumerate(acts):
            para = Paragraph(f"{E(t)} ({E(paren)})", bullet, bulletText="•")
            if i == 0:
                block.append(para)
                s.append(KeepTogether(block))
            else:
                s.append(para)
    s.append(Paragraph("4 Uppföljning", h1))
    for t in (
        "Vård- och omsorgsförvaltningen samordnar arbetet och redovisar hur åtgärderna genomförs för vård- och "
        "omsorgsnämnden och kommunala pensionärsrådet varje höst.",
        "Äldreenkäten genomförs vartannat år och visar hur andelen äldre som känner sig ensamma utvecklas. "
        "Planen revideras inför 2029.",
    ):
        s.append(Paragraph(t, body))
    doc.build(s, onFirstPage=onpage, onLaterPages=onpage)
    _gold(plan, pdf)
    return plan, pdf


# =========================================================================== 4 Danish handleplan (odfpy)

DA_SLUG = "handicap-maalnumre-da"
DA_AREAS = [("F1", "1", "Beskæftigelse og uddannelse"), ("F2", "2", "Tilgængelighed"),
            ("F3", "3", "Fritid og fællesskab")]
DA_GOALS = [
    ("G1", "1.1", "F1", "Flere borgere med handicap skal have tilknytning til arbejdsmarkedet"),
    ("G2", "1.2", "F1", "Flere unge med handicap skal gennemføre en ungdomsuddannelse"),
    ("G3", "2.1", "F2", "Kommunens bygninger og byrum skal være tilgængelige for alle"),
    ("G4", "2.2", "F2", "Kommunens digitale løsninger skal kunne bruges af alle borgere"),
    ("G5", "3.1", "F3", "Borgere med handicap skal have lige adgang til fritids- og kulturlivet"),
    ("G6", "3.2", "F3", "Færre borgere med handicap skal føle sig ensomme"),
]
# (nr, handling, goal, Ansvarlig as printed, owners, Tidsplan as printed, kind, Økonomi, note)
DA_ROWS = [
    ("1.1.1", "Oprette 20 nye fleksjob på kommunens egne arbejdspladser", "G1", "HR og Personale",
     ["HR og Personale"], "2027", "period", "Inden for rammen", "one owner ('HR og Personale' is one afdeling)"),
    ("1.1.2", "Tilbyde virksomhederne rådgivning om hjælpemidler og personlig assistance", "G1", "Jobcentret",
     ["Jobcentret"], "Løbende", "continuous", "Inden for rammen", "'Løbende' continuous"),
    ("1.1.3", "Gennemføre en kampagne om fordelene ved at ansætte medarbejdere med handicap", "G1",
     "Jobcentret og Erhvervsrådet", ["Jobcentret", "Erhvervsrådet"], "2. halvår 2026", "period", "0,2 mio. kr.",
     "two owners"),
    ("1.2.1", "Give alle elever i specialklasser en fast kontaktperson i overgangen til ungdomsuddannelse", "G2",
     "Ungeenheden", ["Ungeenheden"], "1. august 2026", "date", "Inden for rammen", ""),
    ("1.2.2", "Udvide den særligt tilrettelagte ungdomsuddannelse (STU) med praktikforløb i lokale virksomheder",
     "G2", "", [], "2028", "period", "0,4 mio. kr. årligt", "empty Ansvarlig: no owner"),
    ("2.1.1", "Gennemgå tilgængeligheden i alle kommunale bygninger med publikumsadgang", "G3", "Ejendomscentret",
     ["Ejendomscentret"], "2027", "period", "0,3 mio. kr.", ""),
    ("2.1.2", "Etablere niveaufri adgang og handicapparkering ved rådhuset og hovedbiblioteket", "G3",
     "Ejendomscentret", ["Ejendomscentret"], "2028", "period", "2,1 mio. kr. (anlæg)", ""),
    ("2.1.3", "Inddrage Handicaprådet tidligt i alle større anlægsprojekter", "G3", "Alle forvaltninger",
     ["Alle forvaltninger"], "Løbende", "continuous", "Inden for rammen", "'Alle forvaltninger' diffuse; continuous"),
    ("2.2.1", "Teste kommunens hjemmeside og selvbetjeningsløsninger for webtilgængelighed", "G4",
     "Digitalisering og IT", ["Digitalisering og IT"], "Hvert år", "recurring", "Inden for rammen",
     "'Hvert år' recurring"),
    ("2.2.2", "Tilbyde kurser i digital selvbetjening for borgere med kognitive vanskeligheder", "G4",
     "Borgerservice, Biblioteket", ["Borgerservice", "Biblioteket"], "2026–2027", "period", "0,1 mio. kr.",
     "two owners separated by a comma"),
    ("3.1.1", "Indføre et ledsagerkort, så en ledsager får gratis adgang til kommunens kulturinstitutioner", "G5",
     "Kultur og Fritid", ["Kultur og Fritid"], "1. kvartal 2027", "period", "Inden for rammen", ""),
    ("3.1.2", "Give tilskud til foreninger, der opretter hold for borgere med handicap", "G5", "Kultur og Fritid",
     ["Kultur og Fritid"], "", None, "0,25 mio. kr. årligt", "empty Tidsplan: no deadline"),
    ("3.1.3", "Samle alle fritidstilbud for børn og unge med handicap på én hjemmeside", "G5",
     "Kultur og Fritid, Handicaprådet", ["Kultur og Fritid", "Handicaprådet"], "2030", "period", "Inden for rammen",
     "two owners; '2030' after the plan period 2026–2029"),
    ("3.2.1", "Oprette et netværk for pårørende til voksne med handicap", "G6", "Socialområdet", ["Socialområdet"],
     "2027", "period", "Inden for rammen", ""),
    ("3.2.2", "Starte en besøgsvenordning med frivillige for borgere i botilbud", "G6",
     "Socialområdet og Frivilligcentret", ["Socialområdet", "Frivilligcentret"], "Juni 2028", "period",
     "Puljemidler søges", "two owners"),
]
DA_CHAPTERS = [
    ("Forord", [
        "Alle borgere i Ravnsbjerg Kommune skal have mulighed for at leve et aktivt liv med uddannelse, arbejde, "
        "fritid og fællesskab – også borgere med et fysisk, psykisk eller kognitivt handicap.",
        "Byrådet vedtog i 2025 en ny handicappolitik. Med denne handleplan viser vi, hvordan politikken skal "
        "omsættes til konkrete handlinger i de kommende fire år. Handleplanen er udarbejdet i tæt samarbejde "
        "med Handicaprådet og de lokale handicaporganisationer.",
        "Jens Peter Holm, formand for Social- og Sundhedsudvalget",
    ]),
    ("1. Indledning", [
        "Handleplanen gælder for perioden 2026–2029. Den bygger på FN's konvention om rettigheder for personer "
        "med handicap og på de fire danske handicappolitiske principper: kompensation, sektoransvar, "
        "solidaritet og ligebehandling.",
        "Sektoransvarsprincippet betyder, at alle forvaltninger har ansvar for at gøre deres tilbud tilgængelige "
        "for borgere med handicap. Handleplanen omfatter derfor handlinger i flere forvaltninger og ikke kun på "
        "socialområdet.",
        "Handleplanen er bygget op om handicappolitikkens tre indsatsområder. For hvert indsatsområde har "
        "byrådet vedtaget to mål, og til hvert mål hører en række handlinger. Målene og handlingerne har numre, "
        "så det er let at følge op på dem.",
        "Handleplanen har været i høring hos Handicaprådet, Ældrerådet og Ungerådet i efteråret 2025. "
        "Høringssvarene har blandt andet ført til flere handlinger om digital tilgængelighed.",
    ]),
    ("2. Handicappolitikken", [
        "Handicappolitikkens vision er »Et Ravnsbjerg, hvor alle kan deltage«. Visionen udfoldes i tre "
        "indsatsområder: Beskæftigelse og uddannelse, Tilgængelighed samt Fritid og fællesskab.",
        "Inden for beskæftigelse og uddannelse er ambitionen, at flere borgere med handicap får en uddannelse og "
        "et job, og at kommunen går foran som arbejdsplads.",
        "Tilgængelighed handler både om den fysiske adgang til bygninger, veje og byrum og om adgangen til "
        "information og digitale løsninger.",
        "Fritid og fællesskab handler om, at borgere med handicap kan deltage i foreningsliv, kultur og idræt på "
        "lige fod med andre, og om at forebygge ensomhed.",
    ]),
    ("3. Status", [
        "Ravnsbjerg Kommune har omkring 52.000 indbyggere. Ifølge Det Nationale Forskningscenter for Velfærd har "
        "omkring hver sjette voksne dansker et fysisk eller psykisk handicap. For Ravnsbjerg svarer det til "
        "mere end 6.000 voksne borgere.",
        "Beskæftigelsesfrekvensen for borgere med handicap er markant lavere end for borgere uden handicap. "
        "Samtidig oplever mange unge med handicap at falde fra en ungdomsuddannelse.",
        "Tilgængelighedsgennemgangen i 2019 viste, at kun halvdelen af de kommunale bygninger med publikumsadgang "
        "havde niveaufri adgang. En del af manglerne er siden udbedret.",
    ]),
    ("4. Sådan læser du handleplanen", [
        "Handleplanen i kapitel 5 er én samlet tabel. Tabellen er inddelt efter indsatsområde og mål. Hver "
        "handling har et nummer, hvor de to første cifre henviser til det mål, handlingen hører under. "
        "Handling 2.1.3 hører således under mål 2.1.",
        "Kolonnen Ansvarlig viser den afdeling, der har ansvaret for at gennemføre handlingen. Kolonnen Tidsplan "
        "viser, hvornår handlingen skal være gennemført. Kolonnen Økonomi viser, om handlingen gennemføres inden "
        "for den eksisterende ramme, eller om der er afsat særskilte midler.",
        "Handlinger, der kræver nye midler ud over det afsatte, skal prioriteres i den årlige budgetlægning.",
    ]),
]
DA_STATS = [["Nøgletal", "2022", "2023", "2024"],
            ["Personer i fleksjob", "1.012", "1.064", "1.097"],
            ["Unge i STU-forløb", "38", "41", "45"],
            ["Borgere med hjælpemidler fra kommunen", "4.830", "4.910", "5.020"],
            ["Henvendelser til Handicaprådet", "27", "35", "31"]]


@plan_builder
def build_handicap_maalnumre_da() -> tuple[Plan, Path]:
    """Danish handicappolitisk handleplan (odfpy → LibreOffice): chapters each on a new page, then '5. Handleplan'
    as ONE table 'Nr. | Handling | Ansvarlig | Tidsplan | Økonomi' with spanning rows 'Indsatsområde n: …' and
    'Mål n.m: …' above the numbered handlinger 'n.m.k'; the header row repeats on every page the table covers."""
    from odf.style import ParagraphProperties, Style, TableRowProperties, TextProperties
    from odf.table import TableRow
    from odf.text import H

    slug = DA_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    goals = [G(g, t, focus_area=f) for g, _n, f, t in DA_GOALS]
    measures = mb34._measures([(n, t, [g], own, dl or None, kind, note)
                               for n, t, g, _a, own, dl, kind, _e, note in DA_ROWS], period_end=2029)
    plan = Plan(
        slug=slug, language="da", title="Handleplan for handicappolitikken 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, focus_areas=[(f, a) for f, _n, a in DA_AREAS], source_ext="odt",
        vision="Et Ravnsbjerg, hvor alle kan deltage",
        notes="""
odfpy → LibreOffice Writer (DejaVu Sans 10 pt, Danish). Ravnsbjerg Kommune, running header with the kommune and
the title, footer 'Side n'. P. 1 cover; then chapters, each starting on a new page: Indhold, Forord, 1. Indledning,
2. Handicappolitikken (the vision »Et Ravnsbjerg, hvor alle kan deltage« = gold vision, and the three
indsatsområder named in prose), 3. Status (nøgletal table), 4. Sådan læser du handleplanen, 5. Handleplan = ONE
table 'Nr. | Handling | Ansvarlig | Tidsplan | Økonomi' running over several pages with the header row repeated;
full-width rows 'Indsatsområde n: <name>' (dark; the gold FOCUS AREAS, page = their first goal's page) and 'Mål
n.m: <sentence>' (light; the GOALS, text without the label) open the handlinger numbered 'n.m.k' (the MEASURES,
text without the number, linked to the Mål row above them). 6. Opfølgning. Owners = Ansvarlig ('Jobcentret og
Erhvervsrådet', 'Socialområdet og Frivilligcentret' two; 'Borgerservice, Biblioteket' and 'Kultur og Fritid,
Handicaprådet' two; 'HR og Personale', 'Kultur og Fritid', 'Digitalisering og IT' ONE afdeling each; 'Alle
forvaltninger' diffuse; empty = none). Deadline = Tidsplan ('Løbende' continuous, 'Hvert år' recurring, '1. august
2026' date, '2. halvår 2026', '1. kvartal 2027', '2026–2027', 'Juni 2028' periods, '2030' after 2026–2029, empty =
none). Økonomi ('0,4 mio. kr. årligt', 'Inden for rammen') is funding, never a deadline.
""")
    o = mb.Odt(font="DejaVu Sans", size=10, lang="da", country="DK",
               header="Ravnsbjerg Kommune · Handleplan for handicappolitikken 2026–2029", footer_text="Side",
               margin_cm=2.2)
    st = Style(name="H1page", family="paragraph")
    st.addElement(ParagraphProperties(breakbefore="page", margintop="0cm", marginbottom="0.35cm",
                                      keepwithnext="always"))
    st.addElement(TextProperties(fontname="DejaVu Sans", fontsize="16pt", fontweight="bold", color="#5b2a86",
                                 language="da", country="DK"))
    o.doc.automaticstyles.addElement(st)
    o.style("Sig", size=10, italic=True, before=0.3)
    o.style("Toc", size=10.5, after=0.15)

    def chapter(text):
        o.doc.text.addElement(o._fill(H(outlinelevel=1, stylename="H1page"), text))

    o.p("Ravnsbjerg Kommune", "H2")
    o.p("Handleplan for handicappolitikken 2026–2029", "Title")
    o.p("Godkendt af byrådet den 27. januar 2026")
    chapter("Indhold")
    for t in ("Forord", "1. Indledning", "2. Handicappolitikken", "3. Status", "4. Sådan læser du handleplanen",
              "5. Handleplan", "6. Opfølgning"):
        o.p(t, "Toc")
    for head, paras in DA_CHAPTERS:
        chapter(head)
        for i, t in enumerate(paras):
            o.p(t, "Sig" if head == "Forord" and i == len(paras) - 1 else "Body")
        if head.startswith("3."):
            o.table([8.5, 2.5, 2.5, 2.5], DA_STATS, header_fill="#e6dcef")
            o.p("Kilde: Ravnsbjerg Kommunes egne opgørelser.", "Sig")
    o.p("5. Handleplan", "H1")  # follows chapter 4 on its page, so the table starts mid-page
    o.style("Cell", size=10, after=0.1)
    o.style("CellBold", size=10, bold=True, after=0.1)
    o.p("Tabellen viser handlingerne for 2026–2029 under de tre indsatsområder og de seks mål.")
    rows = [["Nr.", "Handling", "Ansvarlig", "Tidsplan", "Økonomi"]]
    spans, fills = set(), {}
    for f, n, area in DA_AREAS:
        spans.add(len(rows))
        fills[len(rows)] = "#d6c6e6"
        rows.append([f"Indsatsområde {n}: {area}"])
        for g, num, ff, text in DA_GOALS:
            if ff != f:
                continue
            spans.add(len(rows))
            fills[len(rows)] = "#f1ebf7"
            rows.append([f"Mål {num}: {text}"])
            for nr, t, gg, a, _o, dl, _k, money, _n in DA_ROWS:
                if gg == g:
                    rows.append([nr, t, a, dl, money])
    t = o.table([1.4, 7.2, 3.4, 2.6, 2.2], rows, header_fill="#5b2a86", spans=spans, fills=fills,
                border="0.5pt solid #9c86b5")
    # rows may not break across pages (Writer: Table Properties > Text Flow, 'Allow row to break' unticked)
    rs = Style(name="RowKeep", family="table-row")
    rs.addElement(TableRowProperties(keeptogether="always"))
    o.doc.automaticstyles.addElement(rs)
    for tr in t.getElementsByType(TableRow):
        tr.setAttribute("stylename", rs)
    chapter("6. Opfølgning")
    for t in (
        "Social- og Sundhedsforvaltningen koordinerer handleplanen. Hver forvaltning rapporterer status på sine "
        "handlinger én gang om året, og den samlede status drøftes med Handicaprådet hvert forår.",
        "Handleplanen revideres i 2027 og igen ved udgangen af planperioden, hvor også handicappolitikken "
        "evalueres.",
    ):
        o.p(t)
    src = d / f"{slug}.odt"
    o.save(src, title=plan.title, author="Ravnsbjerg Kommune")
    pdf = bk.soffice_pdf(src)
    _focus_pages_first_goal(_gold(plan, pdf))
    return plan, pdf


# =========================================================================== checks


def _layout_facts(slug: str) -> list[str]:
    """One layout fact per plan (see the README section): the bokmål and Danish tables print their header row on
    more pages than they start on (a table running over a page with the header repeated); the English PDF prints
    twelve 'Lead:' and twelve 'Timescale:' parts; the Swedish PDF prints twelve bullets ending in a parenthesis."""
    import subprocess

    pdf = OUT / slug / f"{slug}.pdf"
    pages = mb3.pdftotext_pages(pdf)
    layout = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], check=True,
                            capture_output=True, text=True).stdout.split("\f")
    bad = []
    if slug == NB_SLUG:
        heads = [len(re.findall(r"Nr\.\s+Tiltak\s+Delmål\s+Ansvar\s+2026\s+2027\s+2028\s+2029", p)) for p in layout]
        if sum(heads) != 3 or max(heads) != 2:
            bad.append(f"{slug}: table heads per page {heads}, expected two tables on one page and one repeat")
    if slug == DA_SLUG:
        hits = [i for i, p in enumerate(layout, 1) if re.search(r"Nr\.\s+Handling\s+Ansvarlig\s+Tidsplan\s+Økonomi", p)]
        if len(hits) < 2:
            bad.append(f"{slug}: handleplan header on pages {hits}, expected a repeated header")
    if slug == EN_SLUG:
        txt = "".join(pages)
        if txt.count("lead:") != 12 or txt.count("timescale:") != 12:
            bad.append(f"{slug}: not twelve 'Lead:' and twelve 'Timescale:' parts")
    if slug == SV_SLUG:
        n = sum(len(re.findall(r"•[^•]*?\)", p)) for p in pages)
        if n != 12:
            bad.append(f"{slug}: {n} bullets ending in a parenthesis, expected 12")
    return bad


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page), batch 34's whole-text check on content order, one layout fact."""
    return mb3.verify(slug) + mb34._whole_text_raw(slug) + _layout_facts(slug)


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify)


if __name__ == "__main__":
    main(sys.argv[1:])
