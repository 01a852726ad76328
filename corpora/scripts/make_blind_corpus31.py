"""Build the thirty-first batch of blind authored plans (corpora/authored/<slug>/), in layouts and wordings not yet
in the corpus: an English action plan whose actions carry MILESTONE SUB-ROWS with their own quarters and print the
action's deadline once as 'Completion: …' (python-docx → LibreOffice); a Swedish plan from a bilingual Finnish town
whose measure tables hold the SWEDISH AND FINNISH TEXT IN PARALLEL COLUMNS and bilingual 'sv / fi' owner and time
cells (odfpy → LibreOffice Writer); a Danish plan of HANDLEKORT — one card per indsats, a coloured header band and a
grid of labelled fields, two cards per page (reportlab); a nynorsk språkplan whose tiltak stand in a GOAL × YEAR
GRID — one row per goal, one column per plan year, a tiltak spanning the years it runs (HTML → Chromium).

    python corpora/scripts/make_blind_corpus31.py              # every plan
    python corpora/scripts/make_blind_corpus31.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus31.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus31.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings and gold writer from make_blind_corpus.py, the Odt
writer from make_blind_corpus.py, the pdftotext check from make_blind_corpus3.py, the whole-text check from
make_blind_corpus30.py. Gold files carry `held_out: true` and were committed before plancheck was run on the
documents.
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
import make_blind_corpus30 as mb30  # noqa: E402
from make_blind_corpus import G, M, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus31.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731
DIFFUSE = ("alle ", "alla ", "all ", "hele ", "kommunen")


def _gold(plan: Plan, pdf: Path, **kw) -> Path:
    """write_gold with the pages looked up as pdftotext reads them (blindkit.gold_by_pdftotext)."""
    return bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)


def _diffuse(owners: list[str]) -> tuple[str, ...]:
    return tuple(o for o in owners if o.lower().startswith(DIFFUSE))


# =========================================================================== 1 English, milestone sub-rows (python-docx)


@plan_builder
def build_heritage_milestones_en() -> tuple[Plan, Path]:
    """English (UK) heritage action plan: one table, a shaded band per priority, each action row 'Ref | Action |
    Lead | Completion: <date>' followed by italic 'Milestone: …' sub-rows with their own quarter in the date
    column. Milestones are steps, not measures; the action's deadline is the Completion date only."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm

    slug = "heritage-milestones-en"
    ct = "Conservation Team"
    prios = [
        ("Heritage at risk", "Fewer of Cresford's listed buildings will be at risk from neglect and decay"),
        ("Understanding our past", "Residents and visitors will know more about the history of the borough"),
        ("Conservation areas", "Every conservation area will have an up-to-date appraisal and management plan"),
        ("Heritage-led regeneration", "Heritage will help bring investment and life back to our town centres"),
        ("Heritage and climate", "Historic buildings will be part of the council's response to the climate "
                                 "emergency"),
    ]
    # per priority: (action, lead as printed, owners, completion as printed or None, kind, [(milestone, when)], note)
    acts = {
        1: [
            ("Carry out a condition survey of every listed building in the borough", ct, [ct], "March 2028",
             "period", [("Survey the Grade I and Grade II* buildings", "Q4 2026"),
                        ("Survey the Grade II buildings", "Q3 2027"),
                        ("Publish the updated local Heritage at Risk Register", "Q1 2028")],
             "three milestone sub-rows (own quarters) are steps of this action, no measures; deadline = the "
             "Completion date"),
            ("Offer grants of up to £15,000 for urgent repairs to buildings at risk", f"{ct} and Grants Officer",
             [ct, "Grants Officer"], "Annually", "recurring", [("Open the first grant round", "Q2 2026")],
             "two owners; 'Annually' recurring; the milestone's 'Q2 2026' is no deadline"),
            ("Use urgent works notices where owners leave listed buildings to decay", "Head of Planning",
             ["Head of Planning"], "Ongoing", "continuous", [], "'Ongoing' continuous; no milestones"),
        ],
        2: [
            ("Create an online Cresford Heritage Map showing every listed building, scheduled monument and "
             "conservation area", "GIS Team", ["GIS Team"], "December 2027", "period",
             [("Launch a test version covering the town centre", "Q1 2027"),
              ("Add the village conservation areas", "Q3 2027")], ""),
            ("Run the Heritage Open Days festival with the local history societies",
             "Museums and Heritage Service", ["Museums and Heritage Service"], "Every September", "recurring", [],
             "'Museums and Heritage Service' ONE service (its 'and' does not split); history societies are "
             "partners in the text, no owners"),
            ("Publish a heritage walking trail for each of the five market towns", "", [], "June 2027", "period",
             [("Publish the trails for Cresford and Wendle", "Q3 2026")], "empty Lead cell: no owner"),
        ],
        3: [
            ("Review the character appraisals of all twelve conservation areas", ct, [ct], None, None,
             [("Town centre conservation areas", "Q4 2026"), ("Village conservation areas", "Q4 2028")],
             "NO Completion printed, only milestone quarters: the action has no deadline (milestones are steps)"),
            ("Make an Article 4 direction to protect original windows and doors in the Old Town",
             "Planning Policy Team", ["Planning Policy Team"], "March 2031", "period",
             [("Consult owners and residents", "Q2 2029")], "'March 2031' after the plan period 2026–2030"),
            ("Give heritage guidance to every council team that looks after historic buildings", "All departments",
             ["All departments"], "2027", "period", [], "'All departments' diffuse"),
        ],
        4: [
            ("Bid for a High Street Heritage grant for Cresford Old Town", "Regeneration Manager",
             ["Regeneration Manager"], "September 2026", "period",
             [("Submit the expression of interest", "Q1 2026")], ""),
            ("Bring the Corn Exchange back into use as a community venue",
             "Property Services and Cresford Civic Trust", ["Property Services", "Cresford Civic Trust"], "TBC",
             None, [("Complete the options appraisal", "Q4 2026"), ("Secure the capital funding", "2027")],
             "two owners; 'Completion: TBC' is no deadline although the milestones are dated"),
        ],
        5: [],
    }
    goals = [G(f"P{i}", t) for i, (_s, t) in enumerate(prios, start=1)]
    measures = []
    n = 0
    for pi, items in acts.items():
        for text, _lead, owners, when, kind, _ms, note in items:
            n += 1
            measures.append(M(f"A{n}", text, [f"P{pi}"], owners, when if kind else None, kind,
                              diffuse=_diffuse(owners), outside=when == "March 2031", note=note))
    plan = Plan(
        slug=slug, language="en", title="Heritage Action Plan 2026–2030", period=(2026, 2030),
        goals=goals, measures=measures, source_ext="docx",
        notes="""
python-docx → LibreOffice. Cresford Borough Council, running header with rule, 'Page n'. P. 1: title, approval
line, a typed CONTENTS list that names the five priorities by their short titles ('Priority 1: Heritage at
risk …' with dotted leaders and page numbers — no goals there), 1 Introduction (the Planning (Listed Buildings
and Conservation Areas) Act 1990 'must' and the NPPF 'should' quoted — national, no goals; 'Heritage in numbers'
table). 2 Our priorities: 'Priority n: <short title>' headings, each with a bold sentence = the goal (gold
P1–P5, the sentence without the heading). 'How to read the action plan' says milestones are steps on the way and
not separate actions. 3 Action plan: ONE table 'Ref | Action | Lead | Date' with a shaded band per priority
('Priority 1: Heritage at risk'); each ACTION row has ref '1.1', the action in bold, the Lead and 'Completion:
<date>' in the Date column; under it italic MILESTONE SUB-ROWS 'Milestone: <step>' with their own quarter ('Q4
2026') in the Date column and empty Ref and Lead. Gold: MEASURE = the action row (11); milestones are NO
measures and their quarters NO deadlines; DEADLINE = the Completion date without 'Completion:' ('March 2028',
'Annually' / 'Every September' recurring, 'Ongoing' continuous, 'March 2031' after 2026–2030, 'TBC' = none;
action 3.1 prints no Completion row at all, only milestone quarters = no deadline). OWNER = the Lead cell
('Conservation Team and Grants Officer', 'Property Services and Cresford Civic Trust' two owners; 'Museums and
Heritage Service' ONE; 'All departments' diffuse; one empty Lead). Priority 5 has no actions, only a sentence
that they will be added at the first annual review (goal-has-measure). Measure ids A1–A11 follow the table.
The table's header row repeats on p. 3.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = dh.new_document(font="Liberation Sans", size=10.5, margins_mm=18, heading_color="6B2D2D")
    mb.docx_lang(doc, "en-GB")
    sec = doc.sections[0]
    dh.ruled_header(sec, "Cresford Borough Council  ·  Heritage Action Plan 2026–2030", size=8.5)
    f = sec.footer.paragraphs[0]
    f.alignment = WD_ALIGN_PARAGRAPH.CENTER
    dh.page_of_footer(f, "Page ", "", None, size=8.5)

    dh.para(doc, "Heritage Action Plan 2026–2030", bold=True, size=21, color="6B2D2D", space_after=2)
    dh.para(doc, "Approved by the Cabinet on 14 January 2026", italic=True, size=10, space_after=8)
    dh.para(doc, "Contents", bold=True, size=12, space_after=4)
    toc = [(1, "1  Introduction", 1), (1, "2  Our priorities", 2)]
    toc += [(2, f"Priority {i}: {s}", 2) for i, (s, _t) in enumerate(prios, start=1)]
    toc += [(1, "3  Action plan", 2), (1, "4  Monitoring and review", 3)]
    dh.typed_toc(doc, toc, text_width_mm=174)
    dh.heading(doc, "1  Introduction", 1)
    dh.para(doc, "Cresford has 1,146 listed buildings, 23 scheduled monuments and twelve conservation areas, from "
                 "the medieval Old Town to the railway terraces of Wendle. This plan sets out what the council "
                 "will do over the next five years to look after this heritage and to make more of it.")
    dh.para(doc, "The Planning (Listed Buildings and Conservation Areas) Act 1990 says that the council must from "
                 "time to time formulate and publish proposals for the preservation and enhancement of its "
                 "conservation areas. The National Planning Policy Framework says that plans should set out a "
                 "positive strategy for the conservation and enjoyment of the historic environment.")
    dh.para(doc, "Heritage in numbers", bold=True, size=10, space_after=2, keep_with_next=True)
    w0 = [110, 32, 32]
    t0 = dh.new_table(doc, w0)
    dh.add_row(t0, ["", "2020", "2025"], w0, size=9.5, bold=True, fill="F1E4E4")
    for row in (["Listed buildings on the local Heritage at Risk Register", "41", "37"],
                ["Conservation areas with an appraisal less than five years old", "5", "3"],
                ["Visitors to Heritage Open Days", "6,200", "8,900"]):
        dh.add_row(t0, row, w0, size=9.5)
    doc.add_page_break()
    dh.heading(doc, "2  Our priorities", 1)
    dh.para(doc, "The plan has five priorities. Each priority describes what we want to achieve by 2030.",
            space_after=4)
    for i, (s, t) in enumerate(prios, start=1):
        dh.heading(doc, f"Priority {i}: {s}", 2)
        dh.para(doc, t, bold=True, space_after=4)
    dh.para(doc, "**How to read the action plan.** Each action has a reference number, a lead and a completion "
                 "date. Under some actions we list milestones with the quarter in which we expect to reach them. "
                 "Milestones are steps on the way to completing the action; they are not separate actions.",
            size=9.5, space_after=6)
    dh.heading(doc, "3  Action plan", 1)
    w = [12, 94, 38, 30]
    tab = dh.new_table(doc, w)
    hdr = dh.add_row(tab, ["Ref", "Action", "Lead", "Date"], w, size=9.5, bold=True, fill="6B2D2D")
    for c in hdr.cells:
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = dh.RGBColor(0xFF, 0xFF, 0xFF)
    dh.set_repeat_header(hdr)
    for pi, items in acts.items():
        band = dh.add_row(tab, [f"Priority {pi}: {prios[pi - 1][0]}"], w, size=9.5, bold=True, fill="F1E4E4",
                          span_all=True, keep_with_next=True)
        dh.set_cant_split(band)
        if not items:
            r = dh.add_row(tab, ["Actions for this priority will be agreed with Historic England and added at the "
                                 "first annual review in 2027."], w, size=9.5, span_all=True)
            for p in r.cells[0].paragraphs:
                for run in p.runs:
                    run.italic = True
            continue
        for ai, (text, lead, _o, when, _k, ms, _n) in enumerate(items, start=1):
            row = dh.add_row(tab, [f"{pi}.{ai}", f"**{text}**", lead, f"Completion: {when}" if when else ""], w,
                             size=9.5, keep_with_next=bool(ms))
            dh.set_cant_split(row)
            for k, (mtext, mwhen) in enumerate(ms):
                mr = dh.add_row(tab, ["", f"Milestone: {mtext}", "", mwhen], w, size=9,
                                keep_with_next=k < len(ms) - 1)
                dh.set_cant_split(mr)
                for run in mr.cells[1].paragraphs[0].runs:
                    run.italic = True
                mr.cells[1].paragraphs[0].paragraph_format.left_indent = Mm(4)
    dh.para(doc, "", space_after=2)
    dh.heading(doc, "4  Monitoring and review", 1)
    dh.para(doc, "The Conservation Team will report progress on each action and milestone to the Place Scrutiny "
                 "Committee every year. The plan will be reviewed in 2028.")
    dh.set_core_properties(doc, title=plan.title, author="Cresford Borough Council")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, measure_after=2)
    return plan, pdf


def _check_milestones() -> list[str]:
    """The PDF prints 10 'Completion:' and 13 'Milestone:' cells, and the contents names the five priorities."""
    slug = "heritage-milestones-en"
    txt = "".join(mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf"))
    bad = []
    if txt.count("completion:") != 10:
        bad.append(f"{slug}: {txt.count('completion:')} 'Completion:' printed, want 10")
    if txt.count("milestone:") != 13:
        bad.append(f"{slug}: {txt.count('milestone:')} 'Milestone:' printed, want 13")
    if txt.count("priority5:heritageandclimate") < 3:
        bad.append(f"{slug}: 'Priority 5: Heritage and climate' not in contents, heading and band")
    return bad


# =========================================================================== verify / main


LAYOUT_CHECKS: dict[str, callable] = {
    "heritage-milestones-en": _check_milestones,
}


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page), batch 30's whole-text check, and one layout fact per plan."""
    return mb3.verify(slug) + mb30._whole_text_on_page(slug) + LAYOUT_CHECKS.get(slug, lambda: [])()


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify)


if __name__ == "__main__":
    main(sys.argv[1:])
