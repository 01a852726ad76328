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

import _docx_helpers as dh  # noqa: E402, F401
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
    """write_gold with the pages looked up as pdftotext reads them."""
    old = mb.pdf_pages
    mb.pdf_pages = mb3.pdftotext_pages
    try:
        return write_gold(plan, pdf, **kw)
    finally:
        mb.pdf_pages = old


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


# =========================================================================== verify / main


LAYOUT_CHECKS: dict[str, callable] = {
    "flood-swimlanes-en": _check_swimlanes,
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
                         bk.sha256_files(OUT / name, ("*.docx", "*.odt", "*.ods", "*.html", "*.pdf",
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
