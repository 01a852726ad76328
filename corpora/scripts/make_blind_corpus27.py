"""Build the twenty-seventh batch of blind authored plans (corpora/authored/<slug>/), in layouts and wordings
not yet in the corpus: an English flood-risk ROADMAP drawn as SWIMLANES (one lane per lead team, one column per
year; the lane is the owner, the column the deadline; HTML → Chromium); a bokmål plan whose NARROW TABLE
CELLS break words with a HYPHEN at the line end ('barne-' / 'hagene'), some breaks falling on a real hyphen
('Helse-' / 'og omsorgstjenesten') (reportlab); a nynorsk plan whose measures are Word AUTO-NUMBERED LISTS
RESTARTING AT 1 under every goal, with a summary table at the end REPEATING some of the measures
(python-docx → LibreOffice); a Danish plan kept as a SPREADSHEET (odfpy .ods → LibreOffice Calc) with wrapped
cells, the header row printed on every page and a Status column of '✔' / '✖'.

    python corpora/scripts/make_blind_corpus27.py              # every plan
    python corpora/scripts/make_blind_corpus27.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus27.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus27.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings and gold writer from make_blind_corpus.py,
the pdftotext check from make_blind_corpus3.py. Gold files carry `held_out: true` and were committed before
plancheck was run on the documents.
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

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus27.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731


def _gold(plan: Plan, pdf: Path, **kw) -> Path:
    """write_gold with the pages looked up as pdftotext reads them (blindkit.gold_by_pdftotext)."""
    return bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)


def _diffuse(owners: list[str]) -> tuple[str, ...]:
    return tuple(o for o in owners if o.lower().startswith(("alle ", "all ")))


# =========================================================================== 1 English swimlane roadmap (HTML)


@plan_builder
def build_flood_swimlanes_en() -> tuple[Plan, Path]:
    """English flood risk action plan whose actions are boxes in a SWIMLANE ROADMAP: one lane (row) per lead
    team, one column per year; the lane label is the owner, the column the box ends in is the deadline."""
    slug = "flood-swimlanes-en"
    goals_t = [
        "Reduce the number of homes at high risk of surface water flooding by 300 by 2028",
        "Make sure every household in a flood risk area knows how to prepare for a flood and what to do in one",
        "Keep highway drains, culverts and ordinary watercourses clear and working",
        "Work with landowners upstream to slow the flow and hold water back on the land",
    ]
    cols = ["2026", "2027", "2028", "2029", "Ongoing"]
    ep = "Emergency Planning and the Communications Team"
    # lanes: (label as printed, owners, [rows]); a row is [(first column index, span, measure key)]
    acts = {  # key: (text, goal ids, note)
        "a1": ("Survey and map all 1,450 highway gullies in the four flood hotspots", ["G3"],
               "box in the 2026 column: deadline '2026'"),
        "a2": ("Replace the undersized culvert under Mill Lane, Brayford", ["G1"],
               "box spanning 2027–2028: deadline = the LAST column it covers, '2028'"),
        "a3": ("Clean every gully in the hotspots twice a year", ["G3"],
               "box in the 'Ongoing' column: continuous"),
        "a4": ("Send a flood guide to all 2,100 households in the flood risk areas", ["G2"],
               "lane 'Emergency Planning and the Communications Team' = two owners"),
        "a5": ("Set up flood warden groups in Brayford and Kelsall Green", ["G2"], "two owners (lane)"),
        "a6": ("Adopt a Sustainable Drainage Supplementary Planning Document", ["G1"],
               "'Planning and Building Control' is ONE service (its 'and' does not split)"),
        "a7": ("Create a flood storage wetland at Haverleigh Meadows", ["G1", "G3"],
               "box spanning 2027–2029 with two objective tags: deadline '2029', after the plan period "
               "2026–2028; two goal links"),
        "a8": ("Clear fallen trees and debris from watercourses in council parks", ["G3"],
               "'Ongoing' column: continuous"),
        "a9": ("Check that every council building in a flood risk area has a flood plan", ["G2"],
               "lane 'All services' = diffuse owner"),
        "a10": ("Fit property flood resilience measures to 40 homes on Brook Street", ["G1"],
                "lane 'Lead to be confirmed' = NO owner; box in 2028"),
    }
    lanes = [
        ("Highways Drainage Team", ["Highways Drainage Team"], [[(0, 1, "a1"), (1, 2, "a2")], [(4, 1, "a3")]]),
        (ep, ["Emergency Planning", "Communications Team"], [[(0, 1, "a4"), (1, 1, "a5")]]),
        ("Planning and Building Control", ["Planning and Building Control"], [[(1, 1, "a6")]]),
        ("Parks and Countryside", ["Parks and Countryside"], [[(1, 3, "a7"), (4, 1, "a8")]]),
        ("All services", ["All services"], [[(0, 1, "a9")]]),
        ("Lead to be confirmed", [], [[(2, 1, "a10")]]),
    ]
    measures = []
    order = 0
    for _label, owners, rows in lanes:
        for row in rows:
            for first, span, key in row:
                order += 1
                text, gids, note = acts[key]
                when = cols[first + span - 1]
                kind = "continuous" if when == "Ongoing" else "period"
                measures.append(M(f"M{order}", text, gids, list(owners), when, kind, diffuse=_diffuse(owners),
                                  outside=when == "2029", note=note))
    goals = [G(f"G{i}", t) for i, t in enumerate(goals_t, start=1)]
    plan = Plan(
        slug=slug, language="en", title="Local Flood Risk Management Action Plan 2026–2028", period=(2026, 2028),
        goals=goals, measures=measures, source_ext="html",
        notes="""
HTML/CSS → Chromium (A4 landscape). Haverleigh Borough Council, English (UK). Page 1: council band, title,
'Agreed by the Environment and Climate Committee', '1 Why we need this plan' (Flood and Water Management Act
2010 'must' quoted — a national duty, not a goal), 'Flooding in Haverleigh' table (events since 2012 — no
deadlines), '2 Our objectives' 'Objective 1'–'Objective 4' (gold goal = the sentence), and a 'How to read the
roadmap' key. Page 2: '3 Roadmap 2026–2028' as a SWIMLANE DIAGRAM (an HTML table): the first column holds the
LANE LABELS (lead teams), the column heads are '2026 | 2027 | 2028 | 2029 | Ongoing'; each action is a rounded
box inside its lane, under the year(s) it runs in (a box may span two or three columns), with small tags 'O1'
… 'O4' naming the objective(s). Gold: measure = the box text; OWNER = the LANE LABEL ('Emergency Planning and
the Communications Team' = two owners, 'Planning and Building Control' and 'Parks and Countryside' ONE service
each, 'All services' diffuse, the lane 'Lead to be confirmed' = NO owner); DEADLINE = the head of the LAST column
the box covers, as printed (the corpus convention for marks under period columns: a box over 2027–2028 is due
'2028'); the 'Ongoing' column = continuous; goal links = the O-tags (two tags = two links). The top lane 'Key
dates' holds milestones of the plan itself (annual report to committee, funding decision, plan review) — NOT
actions, no measures. Objective 4 (upstream natural flood management) has no box: goal without measures.
'2029' is after the plan period 2026–2028.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    colour = {"G1": "#1f5f8b", "G2": "#b5562b", "G3": "#2d7a46", "G4": "#6b4c9a"}
    key_dates = ["Annual progress report to committee (every March)", "Flood Defence Grant decision expected",
                 "Plan review", "", ""]
    head = "".join(f"<th>{c}</th>" for c in cols)
    trs = ['<tr class="keydates"><th class="lane">Key dates</th>' + "".join(
        f'<td><span class="diamond">◆</span> {E(k)}</td>' if k else "<td></td>" for k in key_dates) + "</tr>"]
    for label, _owners, rows in lanes:
        for ri, row in enumerate(rows):
            cells = []
            if ri == 0:
                cells.append(f'<th class="lane" rowspan="{len(rows)}">{E(label)}</th>')
            c = 0
            for first, span, key in row:
                while c < first:
                    cells.append("<td></td>")
                    c += 1
                text, gids, _n = acts[key]
                tags = "".join(f'<span class="tag" style="background:{colour[g]}">O{g[1:]}</span>' for g in gids)
                cells.append(f'<td colspan="{span}"><div class="box">{E(text)}<div class="tags">{tags}</div>'
                             "</div></td>")
                c += span
            while c < len(cols):
                cells.append("<td></td>")
                c += 1
            trs.append(f'<tr class="{"first" if ri == 0 else "more"}">' + "".join(cells) + "</tr>")
    obj = "".join(f'<div class="obj"><span class="tag" style="background:{colour[f"G{i}"]}">O{i}</span>'
                  f"<b>Objective {i}</b><p>{E(t)}</p></div>" for i, t in enumerate(goals_t, start=1))
    html = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{E(plan.title)}</title>
<style>
@page {{ size: A4 landscape; margin: 13mm 14mm 15mm 14mm;
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; color: #555; }}
  @bottom-left {{ content: "Haverleigh Borough Council · Local Flood Risk Management Action Plan 2026–2028";
    font: 8pt 'Liberation Sans'; color: #555; }} }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; line-height: 1.38; color: #1c1c1c;
  margin: 0; }}
.band {{ background: #12364f; color: #fff; padding: 8px 12px; font-weight: bold; letter-spacing: .05em; }}
h1 {{ font-size: 20pt; color: #12364f; margin: 10px 0 2px; }}
.agreed {{ font-style: italic; color: #444; margin: 0 0 8px; }}
h2 {{ font-size: 13pt; color: #12364f; margin: 12px 0 5px; border-bottom: 1.5px solid #12364f; }}
.two {{ display: flex; gap: 18px; }} .two > div {{ flex: 1; }}
table.facts {{ border-collapse: collapse; font-size: 9pt; }}
table.facts th, table.facts td {{ border: 1px solid #9ab; padding: 3px 7px; text-align: left; }}
table.facts th {{ background: #e4edf3; }}
.objs {{ display: grid; grid-template-columns: 1fr 1fr; gap: 8px 14px; }}
.obj {{ border: 1px solid #ccd; padding: 6px 9px; border-radius: 4px; }}
.obj p {{ margin: 2px 0 0; }}
.key {{ background: #f3f3f3; border: 1px solid #ccc; padding: 6px 10px; margin-top: 10px; }}
.tag {{ display: inline-block; color: #fff; font-size: 7.5pt; font-weight: bold; padding: 0 5px;
  border-radius: 7px; margin-right: 4px; }}
.roadmap {{ break-before: page; }}
table.lanes {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
table.lanes col.lanecol {{ width: 17%; }}
table.lanes thead th {{ background: #12364f; color: #fff; padding: 4px; font-size: 10pt; }}
table.lanes th.lane {{ background: #e4edf3; text-align: left; padding: 6px; font-size: 9pt; vertical-align: middle;
  border-top: 2px solid #fff; }}
table.lanes td {{ border-left: 1px dashed #bbb; padding: 3px 4px; vertical-align: top; }}
table.lanes tr.first td {{ border-top: 1px solid #9ab; }}
tr.keydates td {{ font-size: 8pt; color: #333; padding: 4px; }}
.diamond {{ color: #b5562b; }}
.box {{ background: #fff; border: 1.3px solid #12364f; border-radius: 8px; padding: 4px 7px; font-size: 8.6pt;
  box-shadow: 1px 1px 0 #bcd; }}
.tags {{ margin-top: 2px; }}
</style></head><body>
<div class="band">HAVERLEIGH BOROUGH COUNCIL</div>
<h1>{E(plan.title)}</h1>
<p class="agreed">Agreed by the Environment and Climate Committee on 3 February 2026</p>
<div class="two"><div>
<h2>1 Why we need this plan</h2>
<p>Haverleigh lies where the River Lenn meets three small brooks. Most of the flooding we see is surface water
after short, heavy storms, when drains and culverts cannot take the water away fast enough. About 3,900 homes are
in an area at risk, and 640 of them at high risk.</p>
<p>As a lead local flood authority the council must develop, maintain, apply and monitor a strategy for local
flood risk management in its area (Flood and Water Management Act 2010, section 9). This action plan sets out
what we will do in 2026–2028 to deliver that strategy.</p>
<table class="facts"><tr><th>Flooding in Haverleigh</th><th>Homes flooded</th></tr>
<tr><td>July 2012, Brayford and town centre</td><td>86</td></tr>
<tr><td>June 2016, Kelsall Green</td><td>31</td></tr>
<tr><td>October 2023, Brook Street and Mill Lane</td><td>54</td></tr></table>
</div><div>
<h2>2 Our objectives</h2>
<div class="objs">{obj}</div>
<div class="key"><b>How to read the roadmap.</b> Each box on the next page is an action. The lane it sits in
shows the team that leads it. The columns show the years it runs in: a box that spans two or three columns
starts in the first and will be finished by the end of the last. Actions in the 'Ongoing' column are part of our
regular work. The coloured tags show which objectives the action serves. The top lane shows key dates for the
plan itself.</div>
<p style="font-size:8.5pt;color:#444">Contact: Flood and Water Management Officer, flooding@haverleigh.gov.uk</p>
</div></div>
<div class="roadmap">
<h2>3 Roadmap 2026–2028</h2>
<table class="lanes"><colgroup><col class="lanecol"><col><col><col><col><col></colgroup>
<thead><tr><th>Lead team</th>{head}</tr></thead>
<tbody>{"".join(trs)}</tbody></table>
</div>
</body></html>
"""
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf)
    return plan, pdf


def _check_swimlanes() -> list[str]:
    """The HTML has ten action boxes in six lanes and the PDF prints the column heads and 'Page 1 of'."""
    slug = "flood-swimlanes-en"
    src = (OUT / slug / f"{slug}.html").read_text(encoding="utf-8")
    bad = []
    if src.count('<div class="box">') != 10 or src.count('<th class="lane" rowspan') != 6:
        bad.append(f"{slug}: want 10 boxes in 6 lanes")
    pages = mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf")
    heads = ("leadteam", "keydates", "2026", "2027", "2028", "2029", "ongoing", "leadtobeconfirmed")
    if len(pages) != 2 or not all(h in pages[1] for h in heads) or "page1of2" not in pages[0]:
        bad.append(f"{slug}: roadmap heads or page footer missing")
    return bad


# =========================================================================== 2 bokmål narrow cells, hyphenated (reportlab)


def _hyphenate(text: str, width: float, font: str, size: float) -> tuple[str, list[str]]:
    """Greedy line filling as a word processor with automatic hyphenation does it: TEXT marks the allowed
    hyphenation points of a word with '|'; a word that does not fit is split at the last point whose prefix
    plus '-' fits, and a word with a real hyphen may break after it. Returns (the lines joined with <br/>,
    escaped; the list of lines) — the lines are printed exactly so."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def w(s: str) -> float:
        return stringWidth(s, font, size)

    lines: list[str] = []
    cur = ""
    for word in text.split(" "):
        while True:
            plain = word.replace("|", "")
            cand = f"{cur} {plain}" if cur else plain
            if w(cand) <= width:
                cur = cand
                break
            # try a split point: soft ('|', printed with a hyphen) or after a real hyphen
            pts = [i for i, c in enumerate(word) if c == "|" or (c == "-" and i + 1 < len(word))]
            done = False
            for i in reversed(pts):
                head = word[:i].replace("|", "") + "-"
                if w(f"{cur} {head}" if cur else head) <= width:
                    lines.append(f"{cur} {head}" if cur else head)
                    cur, word = "", word[i + 1:]
                    done = True
                    break
            if done:
                continue
            if cur:
                lines.append(cur)
                cur = ""
                continue
            cur = plain  # a word wider than the cell with no point left: let it stick out
            break
    if cur:
        lines.append(cur)
    return "<br/>".join(E(ln) for ln in lines), lines


@plan_builder
def build_overgang_orddeling_nb() -> tuple[Plan, Path]:
    """Bokmål plan in ONE portrait table with SEVEN NARROW COLUMNS whose cells are hyphenated at the line end
    ('barne-' / 'hagene'), owners and deadlines included; some breaks fall on a real hyphen ('PP-' /
    'tjenesten', 'Helse-' / 'og omsorgstjenesten')."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    slug = "overgang-orddeling-nb"
    goals_t = [
        "Alle barn skal få en trygg og forutsigbar overgang fra barnehage til skole",
        "Barnehagene og skolene skal ha en felles forståelse av hva barna trenger i overgangen",
        "Barn som trenger særskilt tilrettelegging, skal ha den på plass fra første skoledag",
    ]
    # (text with '|' hyphenation points, owners (gold), Ansvarlig as printed with points, partners, Frist
    #  printed with points, kind, Kostnad, Finansiering, note)
    items = {
        "G1": [
            ("Innføre en felles over|gangs|rutine for alle barne|hagene og skolene i kommunen",
             ["Oppvekstkontoret"], "Opp|vekst|kontoret", "Barne|hagene, skolene", "1.8.2026", "date", "–", "Drift",
             "hyphenated cells: gold joins 'over-' / 'gangsrutine' to 'overgangsrutine'"),
            ("Besøks|dager på skolen for alle skole|startere i mai og juni", ["Alle skoler"], "Alle skoler",
             "Barne|hagene", "Hvert år", "recurring", "20 000", "Drift", "'Alle skoler' diffuse; 'Hvert år'"),
            ("Fadder|ordning der elever på 5. trinn tar imot de nye første|klassingene", ["Rektorene"],
             "Rek|torene", "SFO", "August 2026", "period", "–", "Drift", "'Rektorene' (the head teachers) owner"),
            ("Felles sommer|aktiviteter for skole|starterne i regi av SFO", ["SFO-koordinator"],
             "SFO-koordinator", "Kultur|skolen", "Sommer|ferien 2027", "period", "60 000", "Tilskudd",
             "'SFO-koordinator' may break after its REAL hyphen ('SFO-' / 'koordinator'): keep the hyphen; "
             "deadline 'Sommerferien 2027' joined"),
        ],
        "G2": [
            ("Felles kompetanse|dager for barne|hage|lærere og lærere på 1. trinn",
             ["Barnehagekontoret", "Skolekontoret"], "Barne|hage|kontoret og Skole|kontoret", "PP-tjenesten",
             "Hvert år i oktober", "recurring", "45 000", "Kompetanse|midler", "two owners, both hyphenated"),
            ("Lage et felles over|gangs|skjema som foreldrene samtykker til", ["PP-tjenesten"], "PP-tjenesten",
             "Barne|hagene, skolene", "2027", "period", "–", "Drift",
             "'PP-tjenesten' breaks at its REAL hyphen in the narrow cell: gold keeps the hyphen"),
            ("Prøve ut hospitering der barne|hage|lærere følger barna de første ukene på skolen", [], "",
             "Skolene", "Høsten 2027", "period", "150 000", "Søkes", "EMPTY Ansvarlig cell: no owner"),
        ],
        "G3": [
            ("Over|førings|møte for hvert barn som har vedtak om spesial|pedagogisk hjelp",
             ["PP-tjenesten", "Helsestasjonen"], "PP-tjenesten og Helse|stasjonen", "Barne|hagen, foreldrene",
             "Løpende", "continuous", "–", "Drift", "two owners; 'Løpende' continuous"),
            ("Tilrette|legge skole|bygg og ute|områder for barn med fysiske funksjons|nedsettelser før skole|start",
             ["Eiendomsavdelingen"], "Eien|doms|avdelingen", "Skolene", "Innen 1.8. hvert år", "recurring",
             "400 000", "Investering", "'Innen 1.8. hvert år' recurring"),
            ("Egen over|gangs|plan for barn med sammen|satte behov, laget sammen med foreldrene",
             ["Helse- og omsorgstjenesten"], "Helse- og omsorgs|tjenesten", "PP-tjenesten, barne|hagen",
             "2030", "period", "–", "Drift",
             "'Helse- og omsorgstjenesten' is ONE owner (the hyphen is a real one: 'Helse-' / 'og omsorgs-' / "
             "'tjenesten' on three lines); '2030' after 2026–2029"),
            ("Kurs i alternativ og supplerende kommunikasjon (ASK) for ansatte i barne|hage og skole",
             ["Oppvekstkontoret"], "Opp|vekst|kontoret", "Statped", None, None, "80 000", "Kompetanse|midler",
             "EMPTY Frist cell: no deadline"),
        ],
    }
    measures = []
    for gid, its in items.items():
        for k, (text, owners, _po, _pa, when, kind, _c, _f, note) in enumerate(its, start=1):
            measures.append(M(f"M{gid[1:]}.{k}", text.replace("|", ""), [gid], owners,
                              when.replace("|", "") if when else None, kind if when else None,
                              diffuse=_diffuse(owners), outside=when == "2030", note=note))
    goals = [G(f"G{i}", t) for i, t in enumerate(goals_t, start=1)]
    plan = Plan(
        slug=slug, language="nb", title="Handlingsplan for overgangen fra barnehage til skole 2026–2029",
        period=(2026, 2029), goals=goals, measures=measures, source_ext="pdf",
        notes="""
reportlab (Liberation Sans, invariant), A4 portrait. Lindevik kommune, bokmål. Running header with a rule,
'Side n av 2'. '1 Innledning' with the barnehageloven / opplæringslova 'skal' sentences quoted (national
duties, not goals), 'Overgangen i tall' table (barn, skolestartere 2025 — no deadlines), 'Dette har vi fått
til' done list (no measures). '2 Mål og tiltak': ONE ruled table over both pages with SEVEN NARROW COLUMNS
'Nr | Tiltak | Ansvarlig | Samarbeids-partnere | Frist | Kostnad (kr) | Finansiering', header repeated on p. 2,
shaded full-width rows 'Mål n: <sentence>' (gold goal = the sentence). The cells are filled line by line as a
word processor with AUTOMATIC HYPHENATION does it: long compounds break at the line end with a hyphen
('barne-' / 'hagene', 'Opp-' / 'vekstkontoret', 'Sommer-' / 'ferien 2027'). Gold texts, owners and deadlines
are JOINED ('barnehagene', 'Oppvekstkontoret', 'Sommerferien 2027'). Where the break falls on a REAL hyphen the
hyphen stays: 'PP-tjenesten' (printed 'PP-' / 'tjenesten' where it breaks), 'SFO-koordinator', and
'Helse- og omsorgstjenesten' (ONE owner; 'Helse-' is the real hyphen of the shortened compound, and the part
after 'og' is not an owner of its own). 'Samarbeidspartnere' are partners, never owners. Kostnad
('20 000', '400 000') and Finansiering ('Drift', 'Søkes', 'Kompetansemidler') are never deadlines or owners.
'Barnehagekontoret og Skolekontoret', 'PP-tjenesten og Helsestasjonen' two owners each; 'Alle skoler' diffuse;
'Rektorene' an owner; an EMPTY Ansvarlig (M2.3) = no owner; an EMPTY Frist (M3.4) = no deadline. 'Hvert år',
'Hvert år i oktober', 'Innen 1.8. hvert år' recurring; 'Løpende' continuous; '2030' after 2026–2029.
'3 Oppfølging' (report every June, revision in 2029) holds no measures. The 'Mål 3' band is the last row on
p. 1 and its four tiltak follow on p. 2 under the repeated header: they still belong to Mål 3.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    f = bk.reportlab_fonts("LS")
    blue = colors.HexColor("#204a6e")
    base = ParagraphStyle("b", fontName=f["normal"], fontSize=10, leading=13.5, spaceAfter=5)
    cell_size = 8.5
    small = ParagraphStyle("s", parent=base, fontSize=cell_size, leading=10.5, spaceAfter=0)
    smallb = ParagraphStyle("sb", parent=small, fontName=f["bold"])
    h1 = ParagraphStyle("h1", parent=base, fontName=f["bold"], fontSize=14, leading=18, textColor=blue,
                        spaceBefore=6, spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=base, fontName=f["bold"], fontSize=11, leading=14, textColor=blue,
                        spaceBefore=4, spaceAfter=2)
    title = ParagraphStyle("t", parent=base, fontName=f["bold"], fontSize=18, leading=23, textColor=blue)
    meta = ParagraphStyle("m", parent=base, fontName=f["italic"], fontSize=9, leading=12)
    widths = [8, 52, 19, 30, 19, 18, 24]  # mm; 170 in all
    pad = 3  # left + right padding in points

    def cell(text: str, col: int, style=small) -> Paragraph:
        inner = widths[col] * mm - 2 * pad
        markup, _lines = _hyphenate(text, inner, style.fontName, style.fontSize)
        return Paragraph(markup, style)

    story = [Paragraph("LINDEVIK KOMMUNE", meta), Paragraph(E(plan.title), title),
             Paragraph("Vedtatt av kommunestyret 12. mars 2026, sak 14/26", meta), Spacer(1, 3 * mm),
             Paragraph("1 Innledning", h1),
             Paragraph("Overgangen fra barnehage til skole er en av de store overgangene i et barns liv. Planen "
                       "viser hvordan barnehagene, skolene og tjenestene rundt barna skal samarbeide de neste "
                       "fire årene.", base),
             Paragraph("Barnehageloven § 2 a sier at barnehagen i samarbeid med foreldrene skal legge til rette "
                       "for en trygg og god overgang fra barnehage til skole, og opplæringslova sier det samme "
                       "om skolen. Dette er nasjonale krav som planen bygger på.", base)]
    facts = Table([["Overgangen i tall", "2025"], ["Skolestartere i Lindevik", "214"],
                   ["Barn med vedtak om spesialpedagogisk hjelp ved skolestart", "17"],
                   ["Barnehager / barneskoler", "11 / 6"]], colWidths=[100 * mm, 24 * mm])
    facts.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), f["normal"], 9), ("FONT", (0, 0), (-1, 0), f["bold"], 9),
                               ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde7f0"))]))
    story += [Spacer(1, 1 * mm), facts, Spacer(1, 3 * mm), Paragraph("Dette har vi fått til", h2),
              Paragraph("• Felles årshjul for overgangen er tatt i bruk i alle barnehager (2024).<br/>"
                        "• Alle skoler har hatt åpen dag for skolestartere siden 2023.", base),
              Paragraph("2 Mål og tiltak", h1),
              Paragraph("Tabellen viser målene og tiltakene under hvert mål. Samarbeidspartnere bidrar, men har "
                        "ikke ansvaret for tiltaket.", base)]
    heads = ["Nr", "Tiltak", "Ansvarlig", "Samarbeids|partnere", "Frist", "Kostnad (kr)", "Finansiering"]
    data = [[cell(h, i, smallb) for i, h in enumerate(heads)]]
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8aa2b8")),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde7f0")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
             ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    for gi, gid in enumerate(items, start=1):
        r = len(data)
        data.append([Paragraph(f"<b>Mål {gi}:</b> " + E(goals_t[gi - 1]), small), "", "", "", "", "", ""])
        style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f0f4f8"))]
        for k, (text, _o, po, pa, when, _kind, cost, fin, _n) in enumerate(items[gid], start=1):
            data.append([cell(f"{gi}.{k}", 0), cell(text, 1), cell(po, 2), cell(pa, 3), cell(when or "", 4),
                         cell(cost, 5), cell(fin, 6)])
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle(style))
    story += [t, Paragraph("3 Oppfølging", h1),
              Paragraph("Oppvekstkontoret rapporterer på planen til utvalg for oppvekst hvert år i juni. Planen "
                        "rulleres i 2029.", base)]

    def onpage(canvas, doc):
        w, h = A4
        canvas.saveState()
        canvas.setFont(f["normal"], 8)
        canvas.drawString(20 * mm, h - 12 * mm, "Lindevik kommune · " + plan.title)
        canvas.setStrokeColor(blue)
        canvas.line(20 * mm, h - 13.5 * mm, w - 20 * mm, h - 13.5 * mm)
        canvas.drawRightString(w - 20 * mm, 10 * mm, f"Side {doc.page} av 2")
        canvas.restoreState()

    pdf = d / f"{slug}.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=16 * mm, title=plan.title, author="Lindevik kommune", invariant=1)
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    _gold(plan, pdf)
    return plan, pdf


def _check_orddeling() -> list[str]:
    """The PDF prints at least eight words broken with a hyphen at a line end inside the table, among them a
    break on a real hyphen ('PP-' at a line end) — the hyphenation the gold joins."""
    import re
    import subprocess

    slug = "overgang-orddeling-nb"
    raw = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(OUT / slug / f"{slug}.pdf"), "-"],
                         check=True, capture_output=True, text=True).stdout
    soft = re.findall(r"[a-zæøå]-(?= {2,}|\n)", raw)
    bad = []
    if len(soft) < 8:
        bad.append(f"{slug}: {len(soft)} hyphenated line breaks, want ≥ 8")
    if not re.search(r"PP-(?= {2,}|\n)", raw):
        bad.append(f"{slug}: no break after a real hyphen")
    return bad


# =========================================================================== 3 nynorsk restarting lists + summary (python-docx)


@plan_builder
def build_fosterheim_nummerliste_nn() -> tuple[Plan, Path]:
    """Nynorsk plan whose tiltak are Word AUTO-NUMBERED LISTS that RESTART AT 1 under every goal (each list
    item: the tiltak, a line break, an italic 'Ansvar: … · Når: …' line), and whose last chapter is a summary
    table 'Prioriterte tiltak i 2026' REPEATING four of the tiltak word for word (one item each)."""
    from docx.shared import Mm, Pt

    slug = "fosterheim-nummerliste-nn"
    bv = "Barnevernstenesta"
    goals_t = [
        "Straumøy skal ha nok fosterheimar til at barn kan bu i eigen kommune og halde på skule og venner",
        "Fosterheimane skal få god opplæring, rettleiing og avlasting",
        "Barn i fosterheim skal bli høyrde og ha god kontakt med familie og nettverk",
        "Fleire barn skal kunne bu i fosterheim hos slekt eller nettverk",
    ]
    # (text, owners, Ansvar as printed, Når as printed (None = no 'Når'), kind, budget 2026 or None, note)
    items = {
        "G1": [
            ("Halde informasjonsmøte om å bli fosterheim i kvar bygd", [bv], bv, "Årleg", "recurring", None,
             "'Årleg' recurring"),
            ("Lage ein rekrutteringskampanje saman med nabokommunane i Ytre Straum",
             [bv, "Kommunikasjonseininga"], f"{bv} og Kommunikasjonseininga", "Våren 2027", "period", "150 000",
             "two owners; REPEATED in the summary table 'Prioriterte tiltak i 2026' (one item)"),
            ("Hjelpe fosterheimar som treng større bustad, med startlån og tilskot", ["NAV Straumøy"],
             "NAV Straumøy", "2027", "period", "40 000", "REPEATED in the summary table (one item)"),
            ("Greie ut om kommunen treng eigen beredskapsheim", [], "", "Hausten 2026", "period", None,
             "the item's line is only 'Når: Hausten 2026' (no 'Ansvar:'): no owner"),
        ],
        "G2": [
            ("Gi alle nye fosterforeldre grunnkurset «Foreldre med fosterbarn» innan eitt år",
             ["Bufetat", bv], f"Bufetat og {bv}", "Løpande", "continuous", None,
             "two owners; 'innan eitt år' is part of the text, the deadline is 'Løpande' (continuous)"),
            ("Starte ei rettleiingsgruppe for fosterforeldre med møte kvar månad", ["Familiesenteret"],
             "Familiesenteret", "Hausten 2026", "period", "60 000",
             "REPEATED in the summary table (one item); 'kvar månad' is part of the text"),
            ("Tilby fosterheimar avlasting éi helg i månaden", ["Avlastingstenesta"], "Avlastingstenesta",
             "2026", "period", None, ""),
        ],
        "G3": [
            ("Ta i bruk ein fast samtalemal for barnesamtalar ved kvart oppfølgingsbesøk", [bv], bv, "1.1.2027",
             "date", None, "list numbering restarts: this is the first item '1.' under Mål 3"),
            ("Sikre at alle fosterbarn har ein fast kontaktperson i barnevernstenesta",
             ["Alle tilsette i barnevernstenesta"], "Alle tilsette i barnevernstenesta", "Løpande", "continuous",
             None, "'Alle tilsette i barnevernstenesta' diffuse; 'Løpande' continuous"),
            ("Tilby samvær på Familiesenteret på kveldstid og i helgar", ["Familiesenteret"], "Familiesenteret",
             "2030", "period", "85 000", "REPEATED in the summary table (one item); '2030' after 2026–2029"),
        ],
    }
    measures = []
    for gid, its in items.items():
        for k, (text, owners, _pa, when, kind, _b, note) in enumerate(its, start=1):
            measures.append(M(f"M{gid[1:]}.{k}", text, [gid], owners, when, kind if when else None,
                              diffuse=_diffuse(owners), outside=when == "2030", note=note))
    goals = [G(f"G{i}", t) for i, t in enumerate(goals_t, start=1)]
    plan = Plan(
        slug=slug, language="nn", title="Handlingsplan for fosterheimsarbeidet 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="docx",
        notes="""
python-docx → LibreOffice. Straumøy kommune, nynorsk. Header 'Straumøy kommune' with a rule, footer 'Side n av
N'. '1 Innleiing' (barnevernslova 'skal' quoted — a national duty, not a goal; 'Fosterheimar i tal' table;
'Slik les du planen'), '2 Mål og tiltak': per goal a Heading 2 'Mål n' + the goal sentence in bold (gold
goal = the sentence) and the tiltak as a Word AUTO-NUMBERED LIST (w:numPr, the numbers are generated, not
typed) that RESTARTS AT 1 UNDER EVERY GOAL — so there are three items numbered '1.', three '2.' and so on;
the number carries no goal; the link is the goal the list stands under. Each list item: the tiltak text, a
line break (same paragraph), and an italic line 'Ansvar: <eining> · Når: <tid>'. Gold: measure = the tiltak
text; owner = after 'Ansvar:'; deadline = after 'Når:'. An item with only 'Når:' (M1.4) = no owner.
'3 Prioriterte tiltak i 2026': a table 'Mål | Tiltak | Ansvar | Budsjett 2026 (kr)' REPEATING FOUR of the
tiltak word for word (M1.2, M1.3, M2.2, M3.3) with their budget: each is ONE measure (the one in chapter 2,
whose page the gold names), never a second item; the budget is no deadline. 'Mål 4' has only a sentence
saying its tiltak come with the revision in 2027: goal without measures. 'Barnevernstenesta og
Kommunikasjonseininga', 'Bufetat og Barnevernstenesta' two owners; 'NAV Straumøy' one; 'Alle tilsette i
barnevernstenesta' diffuse. 'Årleg' recurring; 'Løpande' continuous; 'Våren 2027', 'Hausten 2026' seasons;
'2030' after 2026–2029. '4 Oppfølging' holds no measures.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = dh.new_document(font="Liberation Sans", size=10.5, margins_mm=22, heading_color="7A2E1F")
    mb.docx_lang(doc, "nn-NO")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run("Straumøy kommune")
    r.font.size = Pt(9)
    r.bold = True
    hp.add_run("\tHandlingsplan for fosterheimsarbeidet").font.size = Pt(9)
    hp.paragraph_format.tab_stops.add_tab_stop(Mm(166), dh.WD_TAB_ALIGNMENT.RIGHT)
    dh._para_border(hp, "bottom")
    f = sec.footer.paragraphs[0]
    f.alignment = dh.WD_ALIGN_PARAGRAPH.CENTER
    f.add_run("Side ").font.size = Pt(8.5)
    dh.add_field(f, "PAGE", "1", size=8.5)
    f.add_run(" av ").font.size = Pt(8.5)
    dh.add_field(f, "NUMPAGES", "3", size=8.5)

    dh.para(doc, plan.title, bold=True, size=18, color="7A2E1F", space_after=2)
    dh.para(doc, "Vedteken i kommunestyret 19. mars 2026, sak 22/26", italic=True, size=9.5, space_after=10)
    dh.heading(doc, "1 Innleiing", 1)
    dh.para(doc, "Sidan barnevernsreforma i 2022 har kommunen hatt ansvaret for å skaffe fosterheimar til barn som "
                 "ikkje kan bu heime. Straumøy har i dag for få fosterheimar, og fleire barn har måtta flytte ut "
                 "av kommunen.")
    dh.para(doc, "Barnevernslova seier at kommunen skal rekruttere fosterheimar og sørgje for at fosterheimane får "
                 "den opplæringa og rettleiinga dei treng. Dette er nasjonale krav som planen byggjer på.")
    dh.para(doc, "Fosterheimar i tal", bold=True, size=10, space_after=2, keep_with_next=True)
    w = [110, 28, 28]
    ft = dh.new_table(doc, w)
    dh.add_row(ft, ["", "2023", "2025"], w, size=9.5, bold=True, fill="F2E3DF")
    dh.add_row(ft, ["Barn i fosterheim", "24", "29"], w, size=9.5)
    dh.add_row(ft, ["… av dei i fosterheim utanfor kommunen", "9", "13"], w, size=9.5)
    dh.add_row(ft, ["Fosterheimar i Straumøy", "15", "16"], w, size=9.5)
    dh.para(doc, "", space_after=2)
    dh.para(doc, "Slik les du planen", bold=True, size=10, space_after=2, keep_with_next=True)
    dh.para(doc, "Under kvart mål står tiltaka i ei nummerert liste, med ansvar og tid under kvart tiltak. Tabellen "
                 "i kapittel 3 viser dei tiltaka som har fått pengar i budsjettet for 2026. Dei står òg under "
                 "måla i kapittel 2.", italic=True)
    dh.heading(doc, "2 Mål og tiltak", 1)
    aid = dh.add_abstract_num(doc, "decimal")
    for gi, gid in enumerate(items, start=1):
        dh.heading(doc, f"Mål {gi}", 2)
        dh.para(doc, goals_t[gi - 1], bold=True, space_after=4, keep_with_next=True)
        if gid not in items or not items[gid]:
            continue
        nid = dh.add_num(doc, aid, restart_at=1)
        for text, _o, pa, when, _k, _b, _n in items[gid]:
            p = dh.list_item(doc, text, nid, space_after=5)
            p.add_run().add_break()
            parts = ([f"Ansvar: {pa}"] if pa else []) + ([f"Når: {when}"] if when else [])
            rr = p.add_run(" · ".join(parts))
            rr.italic = True
            rr.font.size = Pt(9.5)
    dh.heading(doc, "Mål 4", 2)
    dh.para(doc, goals_t[3], bold=True, space_after=4, keep_with_next=True)
    dh.para(doc, "Tiltak for dette målet skal utarbeidast saman med Bufetat og kjem med revisjonen av planen i "
                 "2027.")
    dh.heading(doc, "3 Prioriterte tiltak i 2026", 1)
    dh.para(doc, "Desse tiltaka har fått pengar i budsjettet for 2026:", space_after=3)
    w = [12, 84, 46, 24]
    st = dh.new_table(doc, w)
    hdr = dh.add_row(st, ["Mål", "Tiltak", "Ansvar", "Budsjett 2026 (kr)"], w, size=9.5, bold=True,
                     fill="F2E3DF")
    dh.set_repeat_header(hdr)
    for gi, gid in enumerate(items, start=1):
        for text, _o, pa, _w, _k, budget, _n in items[gid]:
            if budget:
                dh.add_row(st, [str(gi), text, pa, budget], w, size=9.5)
    dh.para(doc, "", space_after=2)
    dh.heading(doc, "4 Oppfølging", 1)
    dh.para(doc, f"{bv} rapporterer på planen til utval for oppvekst kvart år i mai. Planen skal reviderast i "
                 "2027 og rullerast i 2029.")
    dh.set_core_properties(doc, title=plan.title, author="Straumøy kommune")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf)
    return plan, pdf


def _check_nummerliste() -> list[str]:
    """The DOCX holds three auto-numbered lists (w:numPr, three numIds, each restarting at 1, no typed
    numbers) and the PDF prints each of the four repeated tiltak twice and the numbers '1.' three times at a
    line start."""
    import re
    import subprocess
    import zipfile

    slug = "fosterheim-nummerliste-nn"
    d = OUT / slug
    with zipfile.ZipFile(d / f"{slug}.docx") as z:
        docx = z.read("word/document.xml").decode()
        numbering = z.read("word/numbering.xml").decode()
    bad = []
    ids = set(re.findall(r'<w:numId w:val="(\d+)"/>', docx))
    if len(ids) != 3 or numbering.count('<w:startOverride w:val="1"/>') != 3:
        bad.append(f"{slug}: want three restarting lists, got numIds {sorted(ids)}")
    raw = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(d / f"{slug}.pdf"), "-"], check=True,
                         capture_output=True, text=True).stdout
    if len(re.findall(r"(?m)^\s*1\.\s+\S", raw)) < 3:
        bad.append(f"{slug}: fewer than three list items numbered '1.'")
    flat = mb3._squash(raw)
    for t in ("Lage ein rekrutteringskampanje", "Hjelpe fosterheimar som treng", "Starte ei rettleiingsgruppe",
              "Tilby samvær på Familiesenteret"):
        if flat.count(mb3._squash(t)) != 2:
            bad.append(f"{slug}: {t!r} not printed twice")
    return bad


# =========================================================================== 4 Danish spreadsheet with ✔/✖ (odfpy .ods → Calc)


@plan_builder
def build_maaltider_regneark_da() -> tuple[Plan, Path]:
    """Danish handleplan kept as a SPREADSHEET (odfpy .ods, printed by LibreOffice Calc): wrapped cells,
    shaded full-width 'Målsætning n: …' rows, the header row 'Nr | Indsats | Ansvarlig | Deadline | Status |
    Bemærkning' printed again on every page, a Status column of '✔' / '✖' and remarks with dates."""
    import make_blind_corpus11 as mb11

    slug = "maaltider-regneark-da"
    goals_t = [
        "Alle beboere på plejecentrene skal få mad, der smager godt og passer til deres behov",
        "Færre ældre på plejecentrene skal være underernærede eller i risiko for underernæring",
        "Måltiderne skal være et fællesskab, hvor beboerne kan deltage efter evne",
        "Ældre, der bor hjemme og får madservice, skal kunne vælge mellem flere retter",
    ]
    # (text, Ansvarlig as printed, owners, Deadline as printed or '', kind, status, Bemærkning, note)
    items = {
        "G1": [
            ("Indføre et menukort med to retter at vælge mellem til middag på alle plejecentre", "Centralkøkkenet",
             ["Centralkøkkenet"], "Efteråret 2026", "period", "✔", "", ""),
            ("Tilbyde energitæt kost og mellemmåltider til beboere med lille appetit",
             "Centralkøkkenet og Plejecentrene", ["Centralkøkkenet", "Plejecentrene"], "1. kvartal 2027", "period",
             "✖", "Afventer ny kostpolitik", "two owners; Status '✖' is no deadline"),
            ("Invitere beboere og pårørende til smagepanel på centralkøkkenet", "Køkkenlederen", ["Køkkenlederen"],
             "Hvert kvartal", "recurring", "✔", "Første panel holdt 12. marts 2026",
             "'Hvert kvartal' recurring; the date in Bemærkning is no deadline"),
            ("Udskifte service og bestik med ergonomiske hjælpemidler, hvor der er behov", "", [], "Foråret 2027",
             "period", "✖", "", "EMPTY Ansvarlig cell: no owner"),
        ],
        "G2": [
            ("Veje alle beboere hver måned og registrere vægten i omsorgssystemet", "Alle plejecentre",
             ["Alle plejecentre"], "Løbende", "continuous", "✔", "",
             "'Alle plejecentre' diffuse; 'Løbende' continuous; 'hver måned' is part of the text"),
            ("Screene alle nye beboere for underernæring senest 14 dage efter indflytning",
             "Sundhedsfagligt team", ["Sundhedsfagligt team"], "01-09-2026", "date", "✔", "",
             "'senest 14 dage efter indflytning' is part of the text"),
            ("Ansætte en klinisk diætist i 20 timer om ugen", "Ældre og Sundhed", ["Ældre og Sundhed"], "2027",
             "period", "✖", "Udskudt – stillingen forventes besat i foråret 2027",
             "'Ældre og Sundhed' is ONE unit (the administration's name); the remark 'forventes besat i foråret "
             "2027' is no deadline: the Deadline cell says '2027'"),
            ("Uddanne en kostambassadør på hvert plejecenter", "Sundhedsfagligt team", ["Sundhedsfagligt team"],
             "", None, "✖", "Tidsplan aftales med centerlederne", "EMPTY Deadline cell: no deadline"),
        ],
        "G3": [
            ("Indrette spisestuer med plads til kørestole på Kastanjehaven og Mosegården", "Ejendomsafdelingen",
             ["Ejendomsafdelingen"], "2030", "period", "✖", "Indgår i renoveringen af plejecentrene",
             "'2030' after the plan period 2026–2029"),
            ("Lade beboerne være med til at dække bord og lave mad, når de kan og vil", "Plejecentrene",
             ["Plejecentrene"], "Sommeren 2026", "period", "✔", "", ""),
            ("Åbne spisestuerne for ældre i lokalområdet til fællesspisning", "Plejecentrene og Frivilligcentret",
             ["Plejecentrene", "Frivilligcentret"], "Hver måned", "recurring", "✔", "Start i Kastanjehaven",
             "two owners; 'Hver måned' recurring"),
        ],
        "G4": [
            ("Tilbyde madservice med tre retter at vælge imellem hver dag", "Centralkøkkenet", ["Centralkøkkenet"],
             "01-01-2027", "date", "✖", "Kræver nyt udbud af emballage", ""),
            ("Levere varm mad to gange om ugen til borgere, der ikke selv kan varme maden",
             "Madservice og Hjemmeplejen", ["Madservice", "Hjemmeplejen"], "Efteråret 2027", "period", "✖", "",
             "two owners"),
            ("Spørge alle modtagere af madservice, hvor tilfredse de er med maden", "Visitationen",
             ["Visitationen"], "Hvert år i oktober", "recurring", "✔", "Første måling oktober 2026",
             "'Hvert år i oktober' recurring; 'oktober 2026' in Bemærkning is no deadline"),
        ],
    }
    measures = []
    for gid, its in items.items():
        for k, (text, _pa, owners, when, kind, _st, _b, note) in enumerate(its, start=1):
            measures.append(M(f"M{gid[1:]}.{k}", text, [gid], owners, when or None, kind if when else None,
                              diffuse=_diffuse(owners), outside=when == "2030", note=note))
    goals = [G(f"G{i}", t, find=f"Målsætning {i}: {t}") for i, t in enumerate(goals_t, start=1)]
    plan = Plan(
        slug=slug, language="da", title="Handleplan for mad og måltider på plejecentrene 2026–2029",
        period=(2026, 2029), goals=goals, measures=measures, source_ext="ods",
        notes="""
OpenDocument SPREADSHEET (odfpy .ods) printed by LibreOffice Calc, A4 portrait, Liberation Sans, gridlines
printed, running header from the page style and 'Side n' footer. Vestermose Kommune, Danish. One sheet
'Handleplan': title, adoption line, a quoted national 'skal' (Sundhedsstyrelsen's anbefalinger /
serviceloven — not a goal) and a STATUS KEY row '✔ = i gang eller gennemført efter planen · ✖ = ikke i gang
eller forsinket' in rows spanning all columns; then the header row 'Nr | Indsats | Ansvarlig | Deadline | Status
| Bemærkning' set as the ROW TO REPEAT ON EVERY PRINTED PAGE; shaded full-width rows 'Målsætning n: <goal>'
(gold goal = the sentence after the colon); one row per indsats, all cells WRAPPED (tall rows). The STATUS
cell holds only '✔' or '✖' — never an owner, deadline or measure; a '✖' row is still a measure. BEMÆRKNING is a
remark: its dates ('Første panel holdt 12. marts 2026', 'forventes besat i foråret 2027') are never deadlines
and its text never an owner. Gold: measure = Indsats; owner = Ansvarlig; deadline = Deadline as printed.
'Centralkøkkenet og Plejecentrene', 'Plejecentrene og Frivilligcentret', 'Madservice og Hjemmeplejen' two owners; 'Ældre og Sundhed' ONE unit
(the administration); 'Alle plejecentre' diffuse; an EMPTY Ansvarlig (M1.4) = no owner; an EMPTY Deadline
(M2.4) = no deadline. 'Hvert kvartal', 'Hver måned', 'Hvert år i oktober' recurring; 'Løbende' continuous; 'Efteråret 2026',
'Foråret 2027', 'Sommeren 2026', '1. kvartal 2027', 'Efteråret 2027', '2027'; DATES as the spreadsheet's
date cells print them, '01-09-2026' and '01-01-2027' (dd-mm-yyyy); '2030' after 2026–2029.
The rows below the table ('Opfølgning: …') hold no measures.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    od = mb11.Ods(header="Vestermose Kommune · Handleplan for mad og måltider på plejecentrene 2026–2029",
                  landscape=False, lang="da", country="DK")
    od.cell_style("cell", size=11)
    od.cell_style("head", size=11, bold=True, fill="#e2efda")
    od.cell_style("goal", size=11, bold=True, fill="#f2f7ee")
    od.cell_style("title", size=14, bold=True, wrap=False, color="#375623")
    od.cell_style("note", size=9, italic=True)
    widths = [1.0, 5.6, 4.0, 2.9, 1.4, 3.1]
    rows = [("title", [plan.title], "span"),
            ("note", ["Vedtaget af Ældre- og Sundhedsudvalget 4. marts 2026. Status opdateret 1. maj 2026."],
             "span"),
            ("note", ["Efter serviceloven skal kommunen sørge for, at beboere på plejecentre kan få den mad, de har "
                      "behov for. Handleplanen følger Sundhedsstyrelsens anbefalinger om mad og måltider til "
                      "ældre."], "span"),
            ("note", ["Baggrund: I 2025 var 31 % af beboerne på kommunens fire plejecentre i risiko for "
                      "underernæring. Beboerne og de pårørende har i brugerundersøgelsen peget på, at maden "
                      "skal være varm, og at der skal være mere at vælge imellem."], "span"),
            ("note", ["Status: ✔ = i gang eller gennemført efter planen · ✖ = ikke i gang eller forsinket"],
             "span"),
            ("head", ["Nr", "Indsats", "Ansvarlig", "Deadline", "Status", "Bemærkning"])]
    for gi, gid in enumerate(items, start=1):
        rows.append(("goal", [f"Målsætning {gi}: {goals_t[gi - 1]}"], "span"))
        for k, (text, pa, _o, when, _kind, st, rem, _n) in enumerate(items[gid], start=1):
            rows.append(("cell", [f"{gi}.{k}", text, pa, when, st, rem]))
    rows += [("cell", ["", "", "", "", "", ""]),
             ("note", ["Opfølgning: Status opdateres hvert kvartal og forelægges Ældre- og Sundhedsudvalget hvert år "
                       "i juni. Handleplanen revideres i 2029."], "span")]
    od.sheet("Handleplan", widths, rows, header_row=5)
    src = od.save(d / f"{slug}.ods", title=plan.title, author="Vestermose Kommune")
    pdf = mb.lo_pdf(src)
    _gold(plan, pdf)
    return plan, pdf


def _check_regneark() -> list[str]:
    """The PDF has at least two pages, prints the header row on every page and fourteen status marks (plus the
    two in the key)."""
    import re
    import subprocess

    slug = "maaltider-regneark-da"
    pages = mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf")
    layout = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(OUT / slug / f"{slug}.pdf"), "-"],
                            check=True, capture_output=True, text=True).stdout.split("\f")
    bad = []
    if len(pages) < 2:
        bad.append(f"{slug}: {len(pages)} page(s), want ≥ 2")
    for i, p in enumerate(layout[:len(pages)], start=1):
        if not re.search(r"Nr\s+Indsats\s+Ansvarlig\s+Deadline\s+Status\s+Bemærkning", p):
            bad.append(f"{slug}: header row not printed on p. {i}")
    marks = sum(p.count("✔") + p.count("✖") for p in pages)
    if marks != 16:
        bad.append(f"{slug}: {marks} status marks, want 16")
    return bad


# =========================================================================== verify / main


LAYOUT_CHECKS: dict[str, callable] = {
    "flood-swimlanes-en": _check_swimlanes,
    "overgang-orddeling-nb": _check_orddeling,
    "fosterheim-nummerliste-nn": _check_nummerliste,
    "maaltider-regneark-da": _check_regneark,
}


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page) plus one layout fact per plan."""
    return mb3.verify(slug) + LAYOUT_CHECKS.get(slug, lambda: [])()


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify,
                  patterns=("*.docx", "*.odt", "*.ods", "*.html", "*.pdf", "*.gold.yaml"))


if __name__ == "__main__":
    main(sys.argv[1:])
