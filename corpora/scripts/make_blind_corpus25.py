"""Build the twenty-fifth batch of blind authored plans (corpora/authored/<slug>/), in layouts and wordings not
yet in the corpus: a Swedish plan printed as an EXPORT FROM A MUNICIPAL MANAGEMENT SYSTEM (per goal an
'Indikatorer' table 'Utgångsvärde 2025 | Målvärde 2028' and an 'Aktiviteter' table 'Startdatum | Slutdatum |
Ansvarig | Status' with coloured status dots; HTML → Chromium); a nynorsk school plan whose GOAL NUMBERS ARE
PICTURES (a green circle with the numeral as a PNG image, no 'Mål' word) and whose deadlines are WEEK NUMBERS
('veke 34 2026', 'v. 2 2027'; reportlab); a Danish plan whose owners are PERSONS WITH A ROLE ('Lene Bach,
læsekonsulent i Skoleafdelingen'; odfpy → LibreOffice Writer); an English PROGRESS REPORT on an action plan with
'Ref | Action | Lead | Partners | Timescale | RAG | Progress update' (python-docx → LibreOffice, landscape).

    python corpora/scripts/make_blind_corpus25.py              # every plan
    python corpora/scripts/make_blind_corpus25.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus25.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus25.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings and gold writer from make_blind_corpus.py,
the Odt writer from make_blind_corpus.py, the pdftotext check from make_blind_corpus3.py. Gold files carry
`held_out: true` and were committed before plancheck was run on the documents.
"""

from __future__ import annotations

import html as _h
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _docx_helpers as dh  # noqa: E402
import _odf_helpers as oh  # noqa: E402, F401  (loads the odt helpers make_blind_corpus uses)
import blindkit as bk  # noqa: E402
import make_blind_corpus as mb  # noqa: E402
import make_blind_corpus3 as mb3  # noqa: E402
from make_blind_corpus import G, M, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus25.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731


def _gold(plan: Plan, pdf: Path, *, indicators: list[tuple[str, list[str]]] | None = None, **kw) -> Path:
    """write_gold with the pages looked up as pdftotext reads them; indicators (text, goal ids) are written
    as the optional `indicators:` list before `findings:`."""
    path = bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)
    if indicators:
        pages = mb3.pdftotext_pages(pdf)
        lines = ["indicators:"]
        for text, gids in indicators:
            lines.append(f"  - {mb._flow({'text': text, 'page': mb.page_of(pages, text), 'goals': gids})}")
        txt = path.read_text(encoding="utf-8")
        i = txt.index("\nfindings:")
        path.write_text(txt[: i + 1] + "\n".join(lines) + txt[i:], encoding="utf-8")
    return path


def _measures(groups: dict[str, list[tuple]], *, outside: set[str], diffuse_prefix: tuple[str, ...]) -> list[M]:
    """groups: goal id -> [(text, owners, deadline or None, kind, note)], numbered M<goal>.<k>."""
    out = []
    for gid, items in groups.items():
        for k, (text, owners, when, kind, note) in enumerate(items, start=1):
            out.append(M(f"M{gid[1:]}.{k}", text, [gid], owners, when, kind if when else None,
                         diffuse=tuple(o for o in owners if o.startswith(diffuse_prefix)), outside=when in outside,
                         note=note))
    return out


# =========================================================================== 1 Swedish management-system export (HTML)


@plan_builder
def build_arbetsmarknad_styrsystem_sv() -> tuple[Plan, Path]:
    """Swedish plan as a REPORT EXPORTED FROM THE MUNICIPALITY'S MANAGEMENT SYSTEM: per nämndmål a block with an
    'Indikatorer' table (Utgångsvärde 2025 | Målvärde 2028) and an 'Aktiviteter' table (Startdatum | Slutdatum |
    Ansvarig | Status dot)."""
    slug = "arbetsmarknad-styrsystem-sv"
    am = "Arbetsmarknadsenheten"
    goals_t = [
        "Fler invånare i Stråtorp ska gå från försörjningsstöd till arbete eller studier",
        "Unga vuxna utan gymnasieexamen ska få en väg till utbildning eller jobb",
        "Kommunens förvaltningar ska ta emot fler personer i praktik och subventionerad anställning",
        "Nyanlända kvinnor ska snabbare komma i arbete",
    ]
    indicators = {
        "G1": [("Antal hushåll med långvarigt försörjningsstöd", "212", "150"),
               ("Andel deltagare i arbetsmarknadsinsatser som gått till arbete eller studier", "31 %", "40 %")],
        "G2": [("Antal unga 20–24 år som varken arbetar eller studerar", "96", "60")],
        "G3": [("Antal platser för praktik och extratjänster i kommunens verksamheter", "45", "80")],
        "G4": [("Andel nyanlända kvinnor som har arbete tre år efter mottagandet", "18 %", "30 %")],
    }
    # goal -> [(text, owners, Ansvarig cell, start, end, status, comment, note)]
    acts = {
        "G1": [
            ("Införa ett gemensamt bedömningsstöd för arbetsförmåga hos sökande av försörjningsstöd", [am], am,
             "2026-01-15", "2026-09-30", "on", "", ""),
            ("Starta jobbspår inom lokalvård och storkök tillsammans med Arbetsförmedlingen",
             ["Vuxenutbildningen", am], f"Vuxenutbildningen och {am}", "2026-03-01", "2027-06-30", "on", "",
             "two owners"),
            ("Erbjuda alla nya sökande av försörjningsstöd ett planeringssamtal inom två veckor",
             ["Individ- och familjeomsorgen"], "Individ- och familjeomsorgen", "2026-02-01", "2028-12-31", "risk",
             "", "'Individ- och familjeomsorgen' is one unit"),
            ("Kartlägga hinder för arbete hos hushåll med långvarigt försörjningsstöd", [am], am, "2026-04-01", "",
             "todo", "", "Startdatum only, EMPTY Slutdatum: no deadline (the start date is not one)"),
        ],
        "G2": [
            ("Inrätta en uppsökande funktion för unga inom det kommunala aktivitetsansvaret", ["Ungdomsenheten"],
             "Ungdomsenheten", "2026-01-01", "2026-06-30", "done", "",
             "status 'Klar' (blue dot): still a measure of the plan"),
            ("Erbjuda kombinationsutbildning med svenska och yrkesutbildning inom vård och omsorg",
             ["Vuxenutbildningen"], "Vuxenutbildningen", "2026-08-17", "2027-06-11", "on", "", ""),
            ("Ta fram en gemensam rutin för överlämning från gymnasieskolan när en elev avbryter sina studier", [],
             "", "2026-09-01", "2027-03-31", "late",
             "Försenad. Ansvarsfrågan utreds, ny bedömning hösten 2026.",
             "EMPTY Ansvarig: no owner; the comment's 'hösten 2026' is no deadline"),
        ],
        "G3": [
            ("Inrätta 30 nya extratjänster inom äldreomsorg och skola", ["Alla förvaltningar"], "Alla förvaltningar",
             "2026-01-01", "2028-12-31", "on", "", "'Alla förvaltningar' diffuse"),
            ("Utbilda handledare på de arbetsplatser som tar emot praktikanter", ["HR-avdelningen"],
             "HR-avdelningen", "2026-10-01", "2029-06-30", "todo", "",
             "Slutdatum 2029-06-30 after the plan period 2026–2028"),
            ("Följa upp varje praktikplats med en enkät till praktikanten och handledaren", [am], am, "2026-05-01",
             "2027-12-31", "on", "", ""),
        ],
        "G4": [],
    }
    goals = [G(f"G{i}", t) for i, t in enumerate(goals_t, start=1)]
    groups = {gid: [(t, o, end or None, "date", n) for t, o, _c, _s, end, _st, _cm, n in its]
              for gid, its in acts.items()}
    measures = _measures(groups, outside={"2029-06-30"}, diffuse_prefix=("Alla ",))
    plan = Plan(
        slug=slug, language="sv", title="Handlingsplan för arbetsmarknad och försörjning 2026–2028",
        period=(2026, 2028), goals=goals, measures=measures, source_ext="html",
        notes="""
HTML/CSS printed by headless Chromium (A4 portrait, 'Sida n av N' in the page margin). Stråtorps kommun,
Arbetsmarknadsnämnden: a REPORT EXPORTED FROM THE MUNICIPALITY'S MANAGEMENT SYSTEM (styrsystem) as such
exports look — a grey report header 'Rapport ur styrsystemet · Utskriven 2026-03-09', the plan title, a
'Plan: … Period: 2026–2028 · Nivå: Arbetsmarknadsnämnden' line, a short 'Inledning' quoting the
socialtjänstlagen ('Socialnämnden ska …' — a legal duty, no goal) and a STATUS LEGEND of coloured dots (Klar /
Pågår enligt plan / Risk för avvikelse / Försenad / Ej påbörjad). Then per NÄMNDMÅL a dark band with the label
'Nämndmål' and the goal sentence (gold goal, without the label; no number), followed by two tables:
'Indikatorer' = 'Indikator | Utgångsvärde 2025 | Målvärde 2028' (gold indicators, never measures; the '2028'
of 'Målvärde 2028' is no deadline) and 'Aktiviteter' = 'Aktivitet | Startdatum | Slutdatum | Ansvarig |
Status' (the status cell is only a coloured dot, no text). Gold: measure = the Aktivitet cell; DEADLINE = the
SLUTDATUM as printed (ISO date, kind date); Startdatum is the start and is not recorded; a row with a
Startdatum and an EMPTY Slutdatum has NO deadline (error). A 'Kommentar:' line under an activity row
('Försenad … ny bedömning hösten 2026') is follow-up text: no deadline, no owner. An activity with the blue
'Klar' dot is still a measure. OWNER = Ansvarig: 'Vuxenutbildningen och Arbetsmarknadsenheten' two owners,
'Individ- och familjeomsorgen' one unit, 'Alla förvaltningar' diffuse, EMPTY Ansvarig = no owner (error).
Slutdatum '2029-06-30' after 2026–2028. The fourth nämndmål has an indicator but the Aktiviteter table says
'Inga aktiviteter registrerade' → goal-has-measure. 'Uppföljning' at the end holds no measures.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    colors = {"done": ("#2f6fb5", "Klar"), "on": ("#3a9b4a", "Pågår enligt plan"),
              "risk": ("#e0a31c", "Risk för avvikelse"), "late": ("#c8372d", "Försenad"),
              "todo": ("#b7b7b7", "Ej påbörjad")}
    legend = " ".join(f'<span class="lg"><span class="dot" style="background:{c}"></span>{E(t)}</span>'
                      for c, t in colors.values())
    blocks = []
    for gi, gid in enumerate(acts, start=1):
        ind_rows = "".join(f"<tr><td>{E(t)}</td><td class='n'>{E(a)}</td><td class='n'>{E(b)}</td></tr>"
                           for t, a, b in indicators[gid])
        if acts[gid]:
            rows = []
            for text, _o, cell, start, end, st, comment, _n in acts[gid]:
                c, label = colors[st]
                rows.append(f"<tr><td>{E(text)}</td><td class='d'>{start}</td><td class='d'>{end}</td>"
                            f"<td>{E(cell)}</td><td class='s'><span class='dot' style='background:{c}' "
                            f"title='{E(label)}'></span></td></tr>")
                if comment:
                    rows.append(f"<tr class='cm'><td colspan='5'><b>Kommentar:</b> {E(comment)}</td></tr>")
            act_html = ("<table class='act'><thead><tr><th style='width:46%'>Aktivitet</th><th>Startdatum</th>"
                        "<th>Slutdatum</th><th style='width:22%'>Ansvarig</th><th>Status</th></tr></thead>"
                        f"<tbody>{''.join(rows)}</tbody></table>")
        else:
            act_html = "<div class='none'>Inga aktiviteter registrerade.</div>"
        blocks.append(f"""<div class="goal"><div class="band"><span class="lab">Nämndmål</span>{E(goals_t[gi - 1])}</div>
<div class="sub">Indikatorer</div>
<table class="ind"><thead><tr><th style="width:60%">Indikator</th><th>Utgångsvärde 2025</th><th>Målvärde 2028</th></tr></thead>
<tbody>{ind_rows}</tbody></table>
<div class="sub">Aktiviteter</div>
{act_html}</div>""")
    html = f"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{E(plan.title)}</title>
<style>
@page {{ size: A4; margin: 14mm 13mm 16mm 13mm;
  @bottom-right {{ content: "Sida " counter(page) " av " counter(pages); font: 7.5pt 'Liberation Sans', sans-serif; color: #666 }}
  @bottom-left {{ content: "Stråtorps kommun · Rapport ur styrsystemet"; font: 7.5pt 'Liberation Sans', sans-serif; color: #666 }} }}
body {{ font-family: 'Liberation Sans', sans-serif; font-size: 9pt; color: #222; margin: 0 }}
.rep {{ background: #eceff2; border-bottom: 1pt solid #9aa5b1; padding: 2mm 3mm; font-size: 7.5pt; color: #444;
  display: flex; justify-content: space-between }}
h1 {{ font-size: 16pt; color: #1d3b57; margin: 4mm 0 1mm }}
.meta {{ font-size: 8pt; color: #555; margin-bottom: 3mm }}
h2 {{ font-size: 11.5pt; color: #1d3b57; margin: 4mm 0 1.5mm; break-after: avoid }}
p {{ margin: 0 0 2mm }}
.legend {{ font-size: 8pt; margin: 1mm 0 3mm; padding: 1.5mm 2mm; border: .5pt solid #c5ccd3 }}
.lg {{ margin-right: 4mm; white-space: nowrap }}
.dot {{ display: inline-block; width: 3mm; height: 3mm; border-radius: 50%; vertical-align: -0.5mm; margin-right: 1mm }}
.goal {{ margin: 0 0 4mm }}
.band {{ background: #1d3b57; color: #fff; font-weight: bold; font-size: 10pt; padding: 2mm 3mm; break-after: avoid }}
.lab {{ display: block; font-size: 7pt; font-weight: normal; text-transform: uppercase; letter-spacing: .4pt; color: #c9d6e3 }}
.sub {{ font-weight: bold; font-size: 8.5pt; color: #1d3b57; margin: 2mm 0 1mm; break-after: avoid }}
table {{ border-collapse: collapse; width: 100%; font-size: 8.5pt }}
th {{ background: #dde4ea; text-align: left; font-weight: bold; padding: 1.2mm 1.5mm; border-bottom: .8pt solid #9aa5b1 }}
td {{ padding: 1.2mm 1.5mm; border-bottom: .4pt solid #d3d8dd; vertical-align: top }}
tr {{ break-inside: avoid }}
td.n, td.d {{ white-space: nowrap }} td.s {{ text-align: center }}
tr.cm td {{ font-size: 7.8pt; color: #555; background: #f7f7f4; padding-left: 5mm }}
.none {{ font-style: italic; color: #666; padding: 1mm 1.5mm }}
</style></head><body>
<div class="rep"><span>Rapport ur styrsystemet · Stråtorps kommun</span><span>Utskriven 2026-03-09</span></div>
<h1>{E(plan.title)}</h1>
<div class="meta">Plan: Handlingsplan · Period: 2026–2028 · Nivå: Arbetsmarknadsnämnden · Fastställd 2026-02-18</div>
<h2>Inledning</h2>
<p>Handlingsplanen visar hur Arbetsmarknadsnämnden i Stråtorp arbetar för att fler invånare ska kunna försörja
sig själva. Planen följs upp i kommunens styrsystem, och rapporten nedan är en utskrift därifrån.</p>
<p>Enligt socialtjänstlagen ska socialnämnden verka för att den enskilde kan leva ett självständigt liv. Det är
ett lagkrav och inte ett eget mål i planen.</p>
<div class="legend"><b>Status:</b> {legend}</div>
<h2>Nämndmål, indikatorer och aktiviteter</h2>
{''.join(blocks)}
<h2>Uppföljning</h2>
<p>Arbetsmarknadsnämnden följer upp planen i delårsrapporten i augusti och i årsredovisningen. Planen revideras
inför 2029.</p>
</body></html>"""
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    ind = [(t, [gid]) for gid, its in indicators.items() for t, _a, _b in its]
    _gold(plan, pdf, indicators=ind)
    return plan, pdf


def _check_styrsystem() -> list[str]:
    """Ten activity rows with a status dot and no status word in the row; the legend is printed; every goal band
    carries the 'Nämndmål' label."""
    slug = "arbetsmarknad-styrsystem-sv"
    html = (OUT / slug / f"{slug}.html").read_text(encoding="utf-8")
    bad = []
    if html.count("<td class='s'><span class='dot'") != 10:
        bad.append(f"{slug}: not ten status dots")
    txt = "".join(mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf"))
    for w in ("riskföravvikelse", "ejpåbörjad", "utgångsvärde2025", "ingaaktiviteterregistrerade"):
        if w not in txt:
            bad.append(f"{slug}: {w!r} not printed")
    if txt.count("nämndmål") < 5:
        bad.append(f"{slug}: 'Nämndmål' label not printed on every band")
    return bad


# =========================================================================== 2 nynorsk goal numbers as pictures (reportlab)


def _circle_png(n: int, *, px: int = 160, fill=(46, 125, 76)) -> bytes:
    """A filled circle with the numeral n in white, as a PNG (the number exists only as pixels)."""
    import io

    from PIL import Image, ImageDraw, ImageFont

    im = Image.new("RGBA", (px, px), (255, 255, 255, 0))
    dr = ImageDraw.Draw(im)
    dr.ellipse((2, 2, px - 3, px - 3), fill=(*fill, 255))
    font = ImageFont.truetype(str(bk.LIBERATION / "LiberationSans-Bold.ttf"), int(px * 0.62))
    dr.text((px / 2, px / 2 + px * 0.02), str(n), font=font, fill=(255, 255, 255, 255), anchor="mm")
    buf = io.BytesIO()
    im.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


@plan_builder
def build_skuleaktivitet_sirkeltal_nn() -> tuple[Plan, Path]:
    """Nynorsk school plan whose goals carry their NUMBER ONLY AS A PICTURE (a green circle with the numeral, a
    PNG beside the goal sentence; no 'Mål n' text anywhere) and whose deadlines are WEEK NUMBERS."""
    import io

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        Image,
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    slug = "skuleaktivitet-sirkeltal-nn"
    ok = "Oppvekstkontoret"
    fk = "Folkehelsekoordinatoren"
    kt = "Kommunalteknikk"
    goals_t = [
        "Alle elevar på 1.–10. trinn skal vere i fysisk aktivitet minst ein time kvar skuledag",
        "Skulegardane skal innby til leik og rørsle i alle friminutt",
        "Fleire elevar skal gå eller sykle til skulen",
    ]
    # goal -> [(text, owners, Ansvarleg cell, Når cell, kind, note)]
    rows = {
        "G1": [
            ("Lage ein idébank med aktive læringsøkter i norsk, matematikk og engelsk", [ok], ok, "veke 34 2026",
             "period", "week number as printed"),
            ("Gje alle lærarar kurs i fysisk aktiv læring på planleggingsdagane", [ok, "Høgskulen på Vestlandet"],
             f"{ok} og Høgskulen på Vestlandet", "v. 33 2027", "period", "two owners; 'v. 33 2027' week"),
            ("Leggje inn ein time fysisk aktivitet i timeplanen på alle trinn", ["Alle skular"], "Alle skular",
             "veke 2 2027", "period", "'Alle skular' diffuse"),
            ("Måle aktivitetsnivået med skritteljar på 6. og 9. trinn", [fk], fk, "veke 38 kvart år", "recurring",
             "'veke 38 kvart år' recurring"),
        ],
        "G2": [
            ("Rydde og merkje opp leikeareal med ballbinge og hinderløype på Nordli skule", ["Eigedomsavdelinga"],
             "Eigedomsavdelinga", "v. 26 2027", "period", ""),
            ("Kjøpe inn utstyrskasser til friminutta på alle barneskulane", [], "", "veke 10 2026", "period",
             "EMPTY Ansvarleg: no owner"),
            ("Lære opp elevar på 6. trinn til å vere leikeleiarar i friminutta", ["Rektor ved Nordli skule"],
             "Rektor ved Nordli skule", "Løpande", "continuous", "a role as owner; 'Løpande' continuous"),
        ],
        "G3": [
            ("Gå gjennom skulevegane saman med Statens vegvesen og merkje trygge gangruter", [kt], kt, "", None,
             "EMPTY Når: no deadline"),
            ("Arrangere sykkelveke og gå-til-skulen-aksjon for alle trinn", [fk], fk, "veke 37 kvart år",
             "recurring", "'veke 37 kvart år' recurring"),
            ("Byggje gang- og sykkelveg frå Nordli til Kvitingsdal skule", [kt], kt, "veke 40 2030", "period",
             "'veke 40 2030' after the plan period 2026–2029"),
        ],
    }
    goals = [G(f"G{i}", t) for i, t in enumerate(goals_t, start=1)]
    groups = {gid: [(t, o, when or None, kind, n) for t, o, _c, when, kind, n in its] for gid, its in rows.items()}
    measures = _measures(groups, outside={"veke 40 2030"}, diffuse_prefix=("Alle ",))
    plan = Plan(
        slug=slug, language="nn", title="Handlingsplan for dagleg fysisk aktivitet i skulen 2026–2029",
        period=(2026, 2029), goals=goals, measures=measures, source_ext="py",
        notes="""
reportlab (Liberation Sans, invariant), A4 portrait, running header 'Kvitingsdal kommune · Handlingsplan for
dagleg fysisk aktivitet i skulen 2026–2029' with a rule and 'Side n'. Innleiing quotes folkehelselova
('Kommunen skal …' — a legal duty, no goal) and a small 'Kor aktive er elevane?' table (no measures); a shaded
reading note says the number in the green circle is the goal's number and that weeks are calendar weeks. 'Mål
og tiltak': each goal is a GREEN CIRCLE WITH ITS NUMERAL DRAWN AS A PNG PICTURE beside the bold goal sentence —
the goal number exists only as pixels, no 'Mål n' or '1.' text is printed anywhere; the measure table
'Tiltak | Ansvarleg | Når' follows directly under its goal and belongs to it (goal link by position). Gold
goal = the sentence; measure = the Tiltak cell; owner = Ansvarleg; DEADLINE = Når as printed, WEEK NUMBERS:
'veke 34 2026', 'v. 33 2027', 'veke 2 2027', 'v. 26 2027', 'veke 10 2026' period (a week, due by its end);
'veke 38 kvart år', 'veke 37 kvart år' recurring; 'Løpande' continuous; 'veke 40 2030' after 2026–2029;
EMPTY Når = no deadline (M3.1). 'Oppvekstkontoret og Høgskulen på Vestlandet' two owners; 'Rektor ved
Nordli skule' one owner (a role); 'Alle skular' diffuse; EMPTY Ansvarleg = no owner (M2.2). 'Oppfølging'
holds no measures ('veke 24 kvart år' there is the yearly report, no measure).
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    f = bk.reportlab_fonts("LS")
    green = colors.HexColor("#2e7d4c")
    base = ParagraphStyle("b", fontName=f["normal"], fontSize=10, leading=13.5, spaceAfter=5)
    small = ParagraphStyle("s", parent=base, fontSize=9, leading=11.5, spaceAfter=0)
    smallb = ParagraphStyle("sb", parent=small, fontName=f["bold"], textColor=colors.white)
    h1 = ParagraphStyle("h1", parent=base, fontName=f["bold"], fontSize=14, leading=18, textColor=green,
                        spaceBefore=6, spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=base, fontName=f["bold"], fontSize=11, leading=14, textColor=green,
                        spaceBefore=4, spaceAfter=2)
    title = ParagraphStyle("t", parent=base, fontName=f["bold"], fontSize=18, leading=23, textColor=green)
    meta = ParagraphStyle("m", parent=base, fontName=f["italic"], fontSize=9, leading=12)
    goal = ParagraphStyle("g", parent=base, fontName=f["bold"], fontSize=11, leading=14.5, spaceAfter=0)
    note = ParagraphStyle("n", parent=base, fontSize=9, leading=12, backColor=colors.HexColor("#e8f2eb"),
                          borderPadding=(4, 5, 4, 5), spaceBefore=4, spaceAfter=8)
    story = [Paragraph("KVITINGSDAL KOMMUNE", meta), Paragraph(E(plan.title), title),
             Paragraph("Vedteken i hovudutval for oppvekst 11. februar 2026, sak 7/26", meta), Spacer(1, 3 * mm),
             Paragraph("Innleiing", h1),
             Paragraph("Barn som rører seg mykje, lærer betre og trivst betre. Berre halvparten av 15-åringane i "
                       "Kvitingsdal er i fysisk aktivitet ein time om dagen. Planen viser kva skulane og kommunen "
                       "gjer i 2026–2029.", base),
             Paragraph("Etter folkehelselova skal kommunen fremje folkehelse innanfor dei oppgåvene og med dei "
                       "verkemidla kommunen har. Det er eit lovkrav og ikkje eit mål i denne planen.", base)]
    facts = Table([["", "2023", "2025"], ["9-åringar aktive 60 min. dagleg", "74 %", "71 %"],
                   ["15-åringar aktive 60 min. dagleg", "53 %", "49 %"]], colWidths=[70 * mm, 22 * mm, 22 * mm])
    facts.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), f["normal"], 9), ("FONT", (0, 0), (-1, 0), f["bold"], 9),
                               ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe9df"))]))
    story += [Paragraph("Kor aktive er elevane?", h2), facts, Spacer(1, 2 * mm),
              Paragraph("<b>Slik les du planen:</b> Talet i den grøne sirkelen er nummeret på målet. Tiltaka i "
                        "tabellen under eit mål høyrer til det målet. Tidene er kalenderveker: veke 34 er den "
                        "fyrste skuleveka om hausten.", note),
              Paragraph("Mål og tiltak", h1)]
    widths = [95 * mm, 48 * mm, 27 * mm]
    for gi, gid in enumerate(rows, start=1):
        img = Image(io.BytesIO(_circle_png(gi)), width=12 * mm, height=12 * mm)
        head = Table([[img, Paragraph(E(goals_t[gi - 1]), goal)]], colWidths=[16 * mm, 154 * mm], hAlign="LEFT")
        head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (0, 0), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        data = [[Paragraph(h, smallb) for h in ("Tiltak", "Ansvarleg", "Når")]]
        for text, _o, cell, when, _k, _n in rows[gid]:
            data.append([Paragraph(E(text), small), Paragraph(E(cell), small), Paragraph(E(when), small)])
        t = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9bbfa6")),
                               ("BACKGROUND", (0, 0), (-1, 0), green), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        story.append(KeepTogether([head, Spacer(1, 1.5 * mm), t, Spacer(1, 5 * mm)]))
    story += [Paragraph("Oppfølging", h1),
              Paragraph("Oppvekstkontoret samlar rapportar frå skulane og legg fram ei melding for hovudutvalet "
                        "i veke 24 kvart år. Planen vert rullert i 2029.", base)]

    def onpage(canvas, doc):
        w, h = A4
        canvas.saveState()
        canvas.setFont(f["normal"], 8)
        canvas.drawString(20 * mm, h - 12 * mm, "Kvitingsdal kommune · " + plan.title)
        canvas.setStrokeColor(green)
        canvas.line(20 * mm, h - 13.5 * mm, w - 20 * mm, h - 13.5 * mm)
        canvas.drawRightString(w - 20 * mm, 10 * mm, f"Side {doc.page}")
        canvas.restoreState()

    pdf = d / f"{slug}.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=16 * mm, title=plan.title, author="Kvitingsdal kommune", invariant=1)
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    _gold(plan, pdf)
    return plan, pdf


def _check_sirkeltal() -> list[str]:
    """No 'Mål n' / numbered goal text is printed; the PDF holds three images; every goal sentence is printed once."""
    import re
    import subprocess

    slug = "skuleaktivitet-sirkeltal-nn"
    pdf = OUT / slug / f"{slug}.pdf"
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    bad = []
    if re.search(r"Mål\s+\d", raw):
        bad.append(f"{slug}: a 'Mål n' text is printed")
    imgs = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    n = sum(1 for ln in imgs.splitlines()[2:] if ln.split()[2:3] == ["image"])
    if n != 3:
        bad.append(f"{slug}: {n} images, not 3")
    flat = "".join(mb3.pdftotext_pages(pdf))
    for g in ("Alleelevarpå1.–10.trinnskal", "Skulegardaneskalinnby", "Fleireelevarskalgå"):
        if flat.count(mb3._squash(g)) != 1:
            bad.append(f"{slug}: goal {g!r} not printed exactly once")
    for lead in ("1alleelevar", "2skulegardane", "3fleireelevar"):
        if lead in flat:
            bad.append(f"{slug}: goal number printed as text ({lead})")
    return bad


# =========================================================================== 3 Danish persons with a role as owners (odfpy)


@plan_builder
def build_laesning_personansvar_da() -> tuple[Plan, Path]:
    """Danish handleplan whose Ansvarlig cells name PERSONS WITH A ROLE ('Lene Bach, læsekonsulent i
    Skoleafdelingen'), sometimes two persons, a role before the name, the role on a second line, or only a role."""
    slug = "laesning-personansvar-da"
    lb = "Lene Bach, læsekonsulent i Skoleafdelingen"
    jf = "Jonas Friis, leder af PPR"
    goals_t = [
        "Alle elever skal kunne læse alderssvarende tekster, når de forlader 3. klasse",
        "Flere elever i udskolingen skal læse bøger i deres fritid",
        "Elever i læsevanskeligheder skal opdages tidligt og få den rette hjælp",
    ]
    # goal -> [(text, owners, Ansvarlig cell, Hvornår cell, kind, note)]
    rows = {
        "G1": [
            ("Indføre en fælles læseplan for 0.–3. klasse med faste læsebånd hver dag", [lb], lb,
             "skoleåret 2026/27", "period", "a person with a role = ONE owner (the comma does not split it)"),
            ("Give alle dansklærere i indskolingen et kursus i systematisk læseundervisning", [lb, jf],
             f"{lb}, og {jf}", "inden sommerferien 2027", "period",
             "two persons joined by ', og' = two owners, each with the role printed after the name"),
            ("Teste alle elever i 1. og 3. klasse og drøfte resultaterne på klassekonferencer",
             ["Alle skoleledere"], "Alle skoleledere", "hvert skoleår", "recurring",
             "'Alle skoleledere' diffuse; 'hvert skoleår' recurring"),
        ],
        "G2": [
            ("Oprette læseklubber på skolebibliotekerne for 7.–9. klasse",
             ["Mette Kjær, skoleleder på Vestervang Skole"], "Mette Kjær, skoleleder på Vestervang Skole",
             "august 2026", "period", ""),
            ("Lave en fælles bogkasseordning mellem skolerne og Rørbæk Bibliotek", ["Bibliotekschef Sara Holm"],
             "Bibliotekschef Sara Holm", "1. halvår 2027", "period", "the role BEFORE the name: one owner"),
            ("Invitere forfattere til alle skoler i forbindelse med den nationale læsekampagne", [],
             "Udpeges senere", "hvert efterår", "recurring",
             "'Udpeges senere' (to be appointed) = no owner; 'hvert efterår' recurring"),
        ],
        "G3": [
            ("Screene alle elever for ordblindhed i 4. klasse", [jf], jf, "løbende", "continuous",
             "'løbende' continuous"),
            ("Give elever med ordblindhed en it-rygsæk med oplæsnings- og skriveprogrammer",
             ["Karsten Lund it-konsulent i Skoleafdelingen"], "Karsten Lund\nit-konsulent i Skoleafdelingen", "",
             None, "name and role on TWO LINES in the cell, no comma: one owner (text as printed, lines joined); "
             "EMPTY Hvornår: no deadline"),
            ("Uddanne en læsevejleder på hver skole", ["Skolechefen"], "Skolechefen", "2030", "period",
             "only a role; '2030' after the plan period 2026–2029"),
        ],
    }
    goals = [G(f"G{i}", t) for i, t in enumerate(goals_t, start=1)]
    groups = {gid: [(t, o, when or None, kind, n) for t, o, _c, when, kind, n in its] for gid, its in rows.items()}
    measures = _measures(groups, outside={"2030"}, diffuse_prefix=("Alle ",))
    plan = Plan(
        slug=slug, language="da", title="Handleplan for læsning i folkeskolen 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="odt",
        notes="""
odfpy → LibreOffice 7.4 Writer. Rørbæk Kommune, Danish, running header 'Rørbæk Kommune · Handleplan for læsning
i folkeskolen 2026–2029' and 'Side n'. Indledning quotes folkeskoleloven ('Kommunalbestyrelsen skal …' — a legal
duty, no goal) and a 'Læsning i tal' table (no measures). 'Mål og indsatser': per goal a heading 'Mål n' and a
bold goal sentence, then a table 'Indsats | Ansvarlig | Hvornår'. The ANSVARLIG cells name PERSONS WITH A
ROLE, as small municipalities write them. Gold convention: a person with a role is ONE owner, written as
printed ('Lene Bach, læsekonsulent i Skoleafdelingen' — the comma between name and role does not split it);
two persons joined by ', og' are TWO owners, each with its role ('Lene Bach, læsekonsulent i Skoleafdelingen,
og Jonas Friis, leder af PPR'); the role may come BEFORE the name ('Bibliotekschef Sara Holm', one owner); name
and role on TWO LINES in the cell without a comma ('Karsten Lund' / 'it-konsulent i Skoleafdelingen') is one
owner, the lines joined; a role alone ('Skolechefen') is an owner; 'Alle skoleledere' diffuse; 'Udpeges
senere' (to be appointed) = NO owner (error). DEADLINE = Hvornår as printed: 'skoleåret 2026/27', 'inden
sommerferien 2027', 'august 2026', '1. halvår 2027' period; 'hvert skoleår', 'hvert efterår' recurring;
'løbende' continuous; EMPTY = no deadline; '2030' after 2026–2029. The 'Kontaktpersoner' box after the
tables lists the same persons with phone numbers: no measures, no owners. 'Opfølgning' holds no measures.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    od = mb.Odt(lang="da", country="DK", header="Rørbæk Kommune · Handleplan for læsning i folkeskolen 2026–2029")
    od.style("Meta", size=9.5, italic=True, after=0.4)
    od.style("Goal", size=10.5, bold=True, after=0.15, keep=True)
    od.style("Box", size=9.5, after=0.05)
    od.p("Rørbæk Kommune · Børn og Skole", "Meta")
    od.p(plan.title, "Title")
    od.p("Godkendt af Børne- og Skoleudvalget den 3. marts 2026", "Meta")
    od.h("Indledning", 1)
    od.p("At kunne læse er nøglen til al anden læring. I Rørbæk læser for mange elever under det forventede "
         "niveau i 2. og 4. klasse, og lysten til at læse falder i udskolingen. Handleplanen viser, hvad "
         "skolerne og forvaltningen gør i skoleårene 2026–2029.")
    od.p("Efter folkeskoleloven skal kommunalbestyrelsen sikre, at alle elever får undervisning, der giver dem "
         "mulighed for at udvikle sig så meget som muligt. Det er et lovkrav og ikke et mål i denne plan.")
    od.h("Læsning i tal", 2)
    od.table([9.0, 3.0, 3.0], [["", "2023", "2025"], ["Gode eller fremragende læsere, 2. klasse", "61 %", "58 %"],
                               ["Elever der læser i fritiden, 8. klasse", "34 %", "29 %"]], header_fill="#e3e8d8")
    od.h("Mål og indsatser", 1)
    for gi, gid in enumerate(rows, start=1):
        od.h(f"Mål {gi}", 2)
        od.p(goals_t[gi - 1], "Goal")
        od.table([9.2, 5.2, 2.8], [["Indsats", "Ansvarlig", "Hvornår"]]
                 + [[t, cell, when] for t, _o, cell, when, _k, _n in rows[gid]], header_fill="#e3e8d8")
    od.frame([("Kontaktpersoner", "H3"),
              ("Lene Bach, læsekonsulent, tlf. 72 36 41 10", "Box"),
              ("Jonas Friis, leder af PPR, tlf. 72 36 42 00", "Box"),
              ("Mette Kjær, skoleleder, Vestervang Skole, tlf. 72 36 55 01", "Box")], width_cm=12,
             fill="#f1f3ea", border="0.8pt solid #6b7d3c")
    od.h("Opfølgning", 1)
    od.p("Skoleafdelingen gør status på handleplanen i kvalitetsrapporten hvert år og fremlægger den for Børne- og "
         "Skoleudvalget. Handleplanen revideres i foråret 2029.")
    src = od.save(d / f"{slug}.odt", title=plan.title, author="Rørbæk Kommune")
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, goal_after=1)
    return plan, pdf


def _check_personansvar() -> list[str]:
    """Six gold owners are persons printed as 'Name, role' or 'Role Name'; 'Udpeges senere' is printed; the name
    and the role of Karsten Lund are on two lines."""
    import subprocess

    slug = "laesning-personansvar-da"
    pdf = OUT / slug / f"{slug}.pdf"
    raw = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    bad = []
    if "Udpeges senere" not in raw:
        bad.append(f"{slug}: 'Udpeges senere' not printed")
    lines = raw.splitlines()
    i = next((k for k, ln in enumerate(lines) if "Karsten Lund" in ln), None)
    if i is None or "it-konsulent" in lines[i] or "it-konsulent" not in lines[i + 1]:
        bad.append(f"{slug}: 'Karsten Lund' and his role not on two lines")
    if raw.count("Kontaktpersoner") != 1:
        bad.append(f"{slug}: contact box missing")
    return bad


# =========================================================================== 4 English RAG progress report (python-docx)


@plan_builder
def build_allotments_rag_progress_en() -> tuple[Plan, Path]:
    """English (UK) annual PROGRESS REPORT on an action plan: per objective a table 'Ref | Action | Lead | Partners |
    Timescale | RAG | Progress update (April 2027)', the RAG cell a coloured fill with a letter (G / A / R / C)."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    slug = "allotments-rag-progress-en"
    gs = "Green Spaces Team"
    ao = "Allotments Officer"
    goals_t = [
        "Reduce the time people wait for an allotment plot to under 12 months",
        "Every ward has at least one community growing space open to all residents",
        "Allotment sites are managed sustainably and are accessible to disabled people",
    ]
    # goal -> [(text, owners, Lead cell, Partners, Timescale, kind, RAG, progress, note)]
    rows = {
        "G1": [
            ("Split vacant full plots into half and quarter plots for new tenants", [ao], ao,
             "Holmbury Allotment Federation", "March 2027", "period", "C",
             "Complete. 46 half plots and 12 quarter plots let in 2026/27; average wait down from 31 to 22 months.",
             "RAG 'C' (complete): still a measure with its owner and deadline"),
            ("Introduce an online waiting list with annual plot inspections", [gs], gs, "Digital Services",
             "September 2027", "period", "A",
             "Software bought in October 2026. Go-live moved to line up with the new council website.",
             "Partners 'Digital Services' is no owner"),
            ("Open a new 40-plot allotment site at Mill Lane", ["Estates Team", gs], f"Estates Team and {gs}",
             "Planning Policy", "March 2029", "period", "G",
             "Site survey done. Planning application to go in during summer 2027.",
             "two owners; 'summer 2027' in the progress update is no deadline"),
        ],
        "G2": [
            ("Run a small grants scheme for community growing groups", ["Communities Team"], "Communities Team",
             "Holmbury Community Foundation", "Every June", "recurring", "G",
             "First round awarded £18,400 to 11 groups in June 2026.", "'Every June' recurring"),
            ("Map unused council land that is suitable for growing and publish the map online", [], "",
             "Estates Team, GIS Team", "December 2026", "period", "R",
             "No lead officer since the restructure in September 2026. Corporate Management Team to agree a lead.",
             "EMPTY Lead: no owner — the two teams in Partners are no owners"),
            ("Help schools to create food-growing areas", ["All services"], "All services",
             "Holmbury Schools Partnership", "Ongoing", "continuous", "G",
             "14 of 31 schools now have a growing area.", "'All services' diffuse; 'Ongoing' continuous"),
        ],
        "G3": [
            ("Install rainwater harvesting and compost toilets on the four largest sites", [gs], gs,
             "Site associations", "", None, "A",
             "Bid to the National Lottery Community Fund submitted; decision expected July 2027.",
             "EMPTY Timescale: no deadline; 'July 2027' in the progress update is no deadline"),
            ("Provide raised beds and step-free paths on at least one site in each ward", [gs], gs,
             "Holmbury Disability Forum", "March 2030", "period", "G",
             "Raised beds installed at Orchard Road and Fenwick Street.",
             "'March 2030' after the plan period 2026–2029"),
            ("Ban peat-based compost and pesticides in new tenancy agreements", [ao], ao,
             "Holmbury Allotment Federation", "April 2027", "period", "C",
             "Complete. New tenancy agreement in force from 1 April 2027.", "RAG 'C'"),
        ],
    }
    goals = [G(f"G{i}", t) for i, t in enumerate(goals_t, start=1)]
    groups = {gid: [(r[0], r[1], r[4] or None, r[5], r[8]) for r in its] for gid, its in rows.items()}
    measures = _measures(groups, outside={"March 2030"}, diffuse_prefix=("All ",))
    plan = Plan(
        slug=slug, language="en", title="Allotments and Community Growing Action Plan 2026–2029",
        period=(2026, 2029), goals=goals, measures=measures, source_ext="docx",
        notes="""
python-docx → LibreOffice 7.4, A4 LANDSCAPE. Holmbury Borough Council, English (UK): the ANNUAL PROGRESS REPORT
on the action plan ('Annual progress report, April 2027'; report to the Communities and Environment Scrutiny
Committee), running header and 'Page n of N'. Introduction quotes the Small Holdings and Allotments Act 1908
('councils must provide …' — a legal duty, no objective); a RAG KEY table (G on track, A some slippage, R off
track or at risk, C complete) and a one-line summary. Then per objective a heading 'Objective n' and the bold
objective sentence (gold goal), followed by a table 'Ref | Action | Lead | Partners | Timescale | RAG |
Progress update (April 2027)'; the RAG cell is FILLED green / amber / red / blue with its letter. Gold: measure
= Action (without the Ref 'n.m'); OWNER = Lead only — Partners are never owners (a row with an EMPTY Lead and
two teams in Partners has NO owner, error); 'Estates Team and Green Spaces Team' two owners; 'All services'
diffuse. DEADLINE = Timescale as printed: 'March 2027', 'September 2027', 'March 2029', 'December 2026',
'April 2027' period; 'Every June' recurring; 'Ongoing' continuous; EMPTY = no deadline; 'March 2030' after
2026–2029. The Progress update column reports what happened; its dates ('June 2026', 'summer 2027', 'July
2027', '1 April 2027') and bodies are never deadlines or owners. Actions with RAG 'C' (complete) are still
measures of the plan with their owner and deadline. 'Next steps' holds no measures.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    teal = "1E5E5B"
    doc = dh.new_document(font="Liberation Sans", size=10, margins_mm=18, heading_color=teal)
    mb.docx_lang(doc, "en-GB")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    dh.ruled_header(sec, "Holmbury Borough Council · " + plan.title + " · Annual progress report", size=8.5)
    f = sec.footer.paragraphs[0]
    f.alignment = dh.WD_ALIGN_PARAGRAPH.RIGHT
    dh.page_of_footer(f, "Page ", " of ", "3", size=8.5)
    dh.para(doc, "HOLMBURY BOROUGH COUNCIL", bold=True, size=9, color=teal, space_after=2)
    dh.para(doc, plan.title, bold=True, size=18, color=teal, space_after=2)
    dh.para(doc, "Annual progress report, April 2027 · Report to the Communities and Environment Scrutiny "
                 "Committee, 22 April 2027", italic=True, size=9.5, space_after=8)
    dh.heading(doc, "Introduction", 1)
    dh.para(doc, "Cabinet adopted the action plan in March 2026. It runs until 2029 and has three objectives. "
                 "This report sets out progress on each action in the first year.")
    dh.para(doc, "Under the Small Holdings and Allotments Act 1908, councils must provide a sufficient number of "
                 "allotments where there is demand from residents. This is a legal duty, not an objective of "
                 "the plan.")
    rag = {"G": "63BE7B", "A": "F5B942", "R": "E0584B", "C": "5B8FD6"}
    kt = dh.new_table(doc, [14, 70])
    for k, txt in (("G", "On track"), ("A", "Some slippage, recoverable"), ("R", "Off track or at risk"),
                   ("C", "Complete")):
        r = dh.add_row(kt, [k, txt], [14, 70], size=9, bold=False)
        dh.shade(r.cells[0], rag[k])
        r.cells[0].paragraphs[0].alignment = dh.WD_ALIGN_PARAGRAPH.CENTER
    dh.para(doc, "Summary: 9 actions — 2 complete, 4 on track, 2 with some slippage, 1 off track.", size=9.5,
            space_before=4)
    widths = [10, 62, 32, 34, 22, 12, 89]
    for gi, gid in enumerate(rows, start=1):
        dh.heading(doc, f"Objective {gi}", 2)
        dh.para(doc, goals_t[gi - 1], bold=True, space_after=4, keep_with_next=True)
        t = dh.new_table(doc, widths)
        hr = dh.add_row(t, ["Ref", "Action", "Lead", "Partners", "Timescale", "RAG", "Progress update (April 2027)"],
                        widths, size=9, bold=True, fill="CFE3E1")
        dh.set_repeat_header(hr)
        dh.set_cant_split(hr)
        for k, (text, _o, lead, partners, when, _kind, status, progress, _n) in enumerate(rows[gid], start=1):
            r = dh.add_row(t, [f"{gi}.{k}", text, lead, partners, when, status, progress], widths, size=9)
            dh.set_cant_split(r)
            dh.shade(r.cells[5], rag[status])
            r.cells[5].paragraphs[0].alignment = dh.WD_ALIGN_PARAGRAPH.CENTER
        dh.para(doc, "", space_after=2)
    dh.heading(doc, "Next steps", 1)
    dh.para(doc, "The Green Spaces Team will bring the next progress report to the committee in April 2028. The "
                 "plan will be reviewed in 2029.")
    dh.set_core_properties(doc, title=plan.title, author="Holmbury Borough Council")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, goal_after=1)
    return plan, pdf


def _check_rag() -> list[str]:
    """Nine RAG cells filled (plus four in the key) and every Partners cell printed; no gold owner is a Partners
    cell."""
    import zipfile

    slug = "allotments-rag-progress-en"
    xml = zipfile.ZipFile(OUT / slug / f"{slug}.docx").read("word/document.xml").decode("utf-8")
    n = sum(xml.count(f'w:fill="{c}"') for c in ("63BE7B", "F5B942", "E0584B", "5B8FD6"))
    bad = [] if n == 13 else [f"{slug}: {n} RAG fills, not 13"]
    txt = "".join(mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf"))
    for p in ("HolmburyAllotmentFederation", "EstatesTeam,GISTeam", "HolmburyDisabilityForum"):
        if mb3._squash(p).lower() not in txt:
            bad.append(f"{slug}: partner {p!r} not printed")
    return bad


# =========================================================================== verify / main


LAYOUT_CHECKS: dict[str, callable] = {
    "arbetsmarknad-styrsystem-sv": _check_styrsystem,
    "skuleaktivitet-sirkeltal-nn": _check_sirkeltal,
    "laesning-personansvar-da": _check_personansvar,
    "allotments-rag-progress-en": _check_rag,
}


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page) plus one layout fact per plan."""
    return mb3.verify(slug) + LAYOUT_CHECKS.get(slug, lambda: [])()


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify,
                  patterns=("*.docx", "*.odt", "*.html", "*.png", "*.pdf", "*.gold.yaml"))


if __name__ == "__main__":
    main(sys.argv[1:])
