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
    old = mb.pdf_pages
    mb.pdf_pages = mb3.pdftotext_pages
    try:
        path = write_gold(plan, pdf, **kw)
    finally:
        mb.pdf_pages = old
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


# =========================================================================== verify / main


LAYOUT_CHECKS: dict[str, callable] = {
    "arbetsmarknad-styrsystem-sv": _check_styrsystem,
}


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page) plus one layout fact per plan."""
    return mb3.verify(slug) + LAYOUT_CHECKS.get(slug, lambda: [])()


def main(argv: list[str]) -> None:
    if argv[:1] == ["--verify"]:
        names = argv[1:] or list(PLANS)
        bad = [b for name in names for b in verify(name)]
        for b in bad:
            print(b)
        print(f"verified {len(names)} plans: {'OK' if not bad else f'{len(bad)} problems'}")
        raise SystemExit(1 if bad else 0)
    if argv[:1] == ["--twice"]:
        names = argv[1:] or list(PLANS)
        runs = []
        for _ in range(2):
            for name in names:
                PLANS[name]()
            runs.append({k: v for name in names for k, v in
                         bk.sha256_files(OUT / name, ("*.docx", "*.odt", "*.html", "*.png", "*.pdf",
                                                      "*.gold.yaml")).items()})
        diff = bk.compare_sha(*runs)
        print(f"rebuilt twice: {len(runs[0])} files, {'identical' if not diff else 'DIFFER: ' + ', '.join(diff)}")
        raise SystemExit(1 if diff else 0)
    for name in argv or list(PLANS):
        plan, pdf = PLANS[name]()
        n = len(mb3.pdftotext_pages(pdf))
        print(f"{name}: {n} pp., {len(plan.goals)} goals, {len(plan.measures)} measures, "
              f"{len(mb.findings(plan))} findings")


if __name__ == "__main__":
    main(sys.argv[1:])
