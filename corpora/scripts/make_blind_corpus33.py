"""Build the thirty-third batch of blind authored plans (corpora/authored/<slug>/), in layouts not yet in the corpus:
an English (UK) improvement plan whose plan part is a DRIVER DIAGRAM — aim → primary drivers → change ideas as
boxes joined by lines, the lead and date in each change-idea box (reportlab); a Danish handleplan written as
SMTTE-SKEMAER (Sammenhæng | Mål | Tegn | Tiltag | Evaluering), one per indsatsområde (odfpy → LibreOffice); a
bokmål handlingsplan PRINTED FROM MS PROJECT — Gantt view with WBS, summary tasks, milestones, 'Varighet',
weekday dates 'fr 27.03.26', resources joined by ';', manually scheduled tasks with typed or empty dates (HTML →
Chromium); a nynorsk OPPFØLGINGSPLAN FOR EIN ROS-ANALYSE — a 5 × 5 risk matrix and a risk register whose
hazard, S, K and risk cells are merged over their tiltak (python-docx → LibreOffice).

    python corpora/scripts/make_blind_corpus33.py              # every plan
    python corpora/scripts/make_blind_corpus33.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus33.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus33.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings and gold writer from make_blind_corpus.py, the
`Odt` writer from make_blind_corpus.py, the pdftotext check from make_blind_corpus3.py, the whole-text check from
make_blind_corpus30.py. Gold files carry `held_out: true` and were committed before plancheck was run on them.
"""

from __future__ import annotations

import datetime as _dt
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

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus33.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731
DIFFUSE = ("alle ", "all ", "alla ")


def _gold(plan: Plan, pdf: Path, **kw) -> Path:
    """write_gold with the pages looked up as pdftotext reads them (blindkit.gold_by_pdftotext)."""
    return bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)


def _diffuse(owners: list[str]) -> tuple[str, ...]:
    return tuple(o for o in owners if o.lower().startswith(DIFFUSE))


# =========================================================================== 1 English driver diagram (reportlab)

DRIVER_SLUG = "falls-driver-diagram-en"


@plan_builder
def build_falls_driver_diagram_en() -> tuple[Plan, Path]:
    """English (UK) falls prevention improvement plan whose plan part is a DRIVER DIAGRAM on a landscape page: the
    aim box on the left, four primary-driver boxes in the middle, change-idea boxes on the right, joined by lines;
    each change idea names 'Lead:' and 'By:' in its box. One change idea is joined to two drivers; one driver has
    no change idea, only a grey note."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Flowable,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    slug = DRIVER_SLUG
    aim = ("Reduce emergency hospital admissions caused by falls among people aged 65 and over in Wrensford by "
           "15 per cent by March 2029")
    drivers = [
        "Older people at risk of falling are identified and assessed early",
        "Older people keep their strength, balance and confidence",
        "Homes are safe and adapted to the needs of the people who live in them",
        "Medicines that raise the risk of a fall are reviewed regularly",
    ]
    p4_note = "Change ideas to be developed with the Primary Care Network during 2026"
    # change ideas: (text, driver numbers, lead as printed or None, by as printed or None, owners, kind, note)
    ideas = [
        ("Add a falls risk question to every adult social care assessment", [1], "Adult Social Care",
         "September 2026", ["Adult Social Care"], "period", ""),
        ("Train home care staff to use the Timed Up and Go test with the people they visit", [1],
         "Home Care Service", "March 2027", ["Home Care Service"], "period", ""),
        ("Refer everyone the ambulance service sees after a fall to the community falls clinic", [1, 2],
         "Community Falls Team and South Downs Ambulance Trust", "December 2026",
         ["Community Falls Team", "South Downs Ambulance Trust"], "period",
         "joined by lines to drivers 1 and 2 = two goal links; two owners"),
        ("Run strength and balance classes in every library and leisure centre", [2], "Active Wrensford",
         "Ongoing", ["Active Wrensford"], "continuous", "'Ongoing' continuous"),
        ("Offer a 12-week home exercise programme to people waiting for the falls clinic", [2], None,
         "June 2027", [], "period", "no 'Lead:' in the box: no owner"),
        ("Promote the Steady Steps campaign in GP surgeries and community pharmacies", [2], "All partners",
         "Every October", ["All partners"], "recurring", "'All partners' diffuse; 'Every October' recurring"),
        ("Fit grab rails and stair rails within ten working days of a referral", [3],
         "Home Improvement Agency", "April 2026", ["Home Improvement Agency"], "period", ""),
        ("Offer free home safety checks with the fire service to everyone over 75", [3],
         "Wrensford Fire and Rescue Service", "March 2030", ["Wrensford Fire and Rescue Service"], "period",
         "one owner (a service name with 'and'); 'March 2030' after the plan period 2026–2029"),
        ("Check lighting and trip hazards at every sheltered housing scheme", [3], "Housing Services", None,
         ["Housing Services"], None, "no 'By:' in the box: no deadline"),
        ("Lend falls sensors and other assistive technology through the library of things", [3],
         "Assistive Technology Service", "2028", ["Assistive Technology Service"], "period", ""),
    ]
    goals = [G("A1", aim, kind="main_goal")] + [G(f"D{i}", t, parent="A1") for i, t in enumerate(drivers, 1)]
    measures = [M(f"C{i}", t, [f"D{n}" for n in dn], owners, by, kind if by else None, diffuse=_diffuse(owners),
                  outside=by == "March 2030", note=note)
                for i, (t, dn, _lead, by, owners, kind, note) in enumerate(ideas, start=1)]
    plan = Plan(
        slug=slug, language="en", title="Falls Prevention Improvement Plan 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="pdf",
        notes="""
reportlab (Liberation Sans, invariant). Wrensford Borough Council with the NHS, running header with rule, 'Page n'.
P. 1 portrait: title, 'Agreed by the Wrensford Health and Wellbeing Board on 14 January 2026', 'Why falls matter'
with NICE's 'should' and the Care Act's 'must' quoted (no goals), a 'Falls in Wrensford' facts table, 'How to read
the driver diagram'. P. 2 LANDSCAPE: the DRIVER DIAGRAM — column heads 'AIM' | 'PRIMARY DRIVERS' | 'CHANGE IDEAS';
one aim box on the left, four primary-driver boxes in the middle, ten change-idea boxes on the right, joined by
straight lines (aim → every driver; driver → each of its change ideas). Gold conventions: the AIM is the plan's
main goal (kind main_goal); each PRIMARY DRIVER is a goal refining it (parent A1); each CHANGE IDEA box is a
measure linked to the driver(s) whose line reaches it — the third box has lines from drivers 1 and 2 (two links).
OWNER = after 'Lead:' in the box ('Community Falls Team and South Downs Ambulance Trust' two; 'Wrensford Fire and Rescue
Service' one; 'All partners' diffuse; a box with no 'Lead:' = none); DEADLINE = after 'By:' ('Ongoing'
continuous, 'Every October' recurring, 'March 2030' after 2026–2029; a box with no 'By:' = none). Driver 4 has
no change idea, only a grey unboxed note ('to be developed … during 2026': no measure) → goal-has-measure. The
aim's 'by March 2029' is part of the goal, no deadline. P. 3 'Measuring improvement' (outcome and process
measures with baselines and March 2029 targets: indicators, no measures) and 'Governance' (a steering group that
meets every quarter: no measure). Measure ids C1–C10 top to bottom.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    f = bk.reportlab_fonts()
    teal = colors.HexColor("#00566e")
    ss = {
        "title": ParagraphStyle("t", fontName=f["bold"], fontSize=20, leading=24, textColor=teal, spaceAfter=4),
        "sub": ParagraphStyle("s", fontName=f["italic"], fontSize=10, leading=13, spaceAfter=10),
        "h1": ParagraphStyle("h1", fontName=f["bold"], fontSize=13, leading=16, textColor=teal, spaceBefore=8,
                             spaceAfter=4),
        "body": ParagraphStyle("b", fontName=f["normal"], fontSize=10, leading=13.5, spaceAfter=5),
        "note": ParagraphStyle("n", fontName=f["normal"], fontSize=9.5, leading=12.5, backColor=colors.HexColor(
            "#e6f1f4"), borderPadding=5, spaceBefore=6, spaceAfter=8),
        "cell": ParagraphStyle("c", fontName=f["normal"], fontSize=9, leading=11),
        "cellb": ParagraphStyle("cb", fontName=f["bold"], fontSize=9, leading=11),
        "aim": ParagraphStyle("a", fontName=f["bold"], fontSize=10.5, leading=13.5, textColor=colors.white),
        "drv": ParagraphStyle("d", fontName=f["bold"], fontSize=9, leading=11, textColor=teal),
        "idea": ParagraphStyle("i", fontName=f["normal"], fontSize=8.3, leading=10),
        "meta": ParagraphStyle("m", fontName=f["normal"], fontSize=7.3, leading=9,
                               textColor=colors.HexColor("#555555")),
        "grey": ParagraphStyle("g", fontName=f["italic"], fontSize=8.3, leading=10,
                               textColor=colors.HexColor("#777777")),
    }

    class Diagram(Flowable):
        def __init__(self, w, h):
            super().__init__()
            self.width, self.height = w, h

        def draw(self):
            c = self.canv
            W, H = self.width, self.height
            xa, wa = 0, 52 * mm
            xd, wd = 72 * mm, 70 * mm
            xi, wi = 160 * mm, W - 160 * mm
            top = H - 8 * mm
            c.setFont(f["bold"], 9)
            c.setFillColor(teal)
            for x, t in ((xa, "AIM"), (xd, "PRIMARY DRIVERS"), (xi, "CHANGE IDEAS")):
                c.drawString(x, H - 4 * mm, t)
            # change-idea boxes, top to bottom; a gap after the last idea of each driver group
            paras = []
            for t, _dn, lead, by, *_r in ideas:
                p = Paragraph(E(t), ss["idea"])
                meta = "  ·  ".join(x for x in ((f"Lead: {lead}" if lead else ""), (f"By: {by}" if by else "")) if x)
                m = Paragraph(E(meta), ss["meta"])
                _w, ph = p.wrap(wi - 6 * mm, 60 * mm)
                _w, mh = m.wrap(wi - 6 * mm, 60 * mm)
                paras.append((p, ph, m, mh))
            gaps = [2.2 * mm] * len(ideas)
            for i in (2, 5):  # after idea 3 (drivers 1/2) and idea 6 (driver 2)
                gaps[i] = 5 * mm
            y = top
            boxes = []
            for (p, ph, m, mh), g in zip(paras, gaps, strict=True):
                bh = ph + mh + 4 * mm
                c.setFillColor(colors.white)
                c.setStrokeColor(teal)
                c.setLineWidth(0.7)
                c.roundRect(xi, y - bh, wi, bh, 1.5 * mm, fill=1, stroke=1)
                p.drawOn(c, xi + 3 * mm, y - 1.8 * mm - ph)
                m.drawOn(c, xi + 3 * mm, y - 2.2 * mm - ph - mh)
                boxes.append((y, bh))
                y -= bh + g
            # drivers: centred on their ideas (driver 4 below the last idea)
            groups = {1: [0, 1, 2], 2: [2, 3, 4, 5], 3: [6, 7, 8, 9]}
            dmid = {}
            for n, idx in groups.items():
                if n == 2:
                    idx = [3, 4, 5]
                ys = [boxes[i][0] for i in idx] + [boxes[i][0] - boxes[i][1] for i in idx]
                dmid[n] = (max(ys) + min(ys)) / 2
            dmid[4] = y - 9 * mm
            dbox = {}
            for n, t in enumerate(drivers, start=1):
                p = Paragraph(E(t), ss["drv"])
                _w, ph = p.wrap(wd - 6 * mm, 40 * mm)
                bh = ph + 5 * mm
                y0 = dmid[n] - bh / 2
                c.setFillColor(colors.HexColor("#d9ecf1"))
                c.setStrokeColor(teal)
                c.setLineWidth(0.9)
                c.rect(xd, y0, wd, bh, fill=1, stroke=1)
                p.drawOn(c, xd + 3 * mm, y0 + 2.5 * mm)
                dbox[n] = (y0, bh)
            # the note beside driver 4 (no box)
            pn = Paragraph(E(p4_note), ss["grey"])
            _w, nh = pn.wrap(wi - 6 * mm, 30 * mm)
            pn.drawOn(c, xi + 3 * mm, dmid[4] - nh / 2)
            # the aim box, centred on the drivers
            pa = Paragraph(E(aim), ss["aim"])
            _w, ah = pa.wrap(wa - 8 * mm, 120 * mm)
            amid = (dbox[1][0] + dbox[1][1] + dbox[4][0]) / 2
            abh = ah + 10 * mm
            c.setFillColor(teal)
            c.roundRect(xa, amid - abh / 2, wa, abh, 2 * mm, fill=1, stroke=0)
            pa.drawOn(c, xa + 4 * mm, amid - ah / 2)
            # lines
            c.setStrokeColor(colors.HexColor("#333333"))
            c.setLineWidth(0.8)
            for n in dbox:
                c.line(xa + wa, amid, xd, dbox[n][0] + dbox[n][1] / 2)
            for i, (_t, dn, *_r) in enumerate(ideas):
                by_, bh_ = boxes[i]
                for n in dn:
                    y0, bh = dbox[n]
                    c.line(xd + wd, y0 + bh / 2, xi, by_ - bh_ / 2)

    pw, ph_ = A4
    lw, lh = landscape(A4)

    def onpage(canvas, doc):
        w, h = canvas._pagesize
        canvas.saveState()
        canvas.setFont(f["normal"], 8)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.drawString(16 * mm, h - 11 * mm, "Wrensford Borough Council  ·  NHS Wrensford Place")
        canvas.drawRightString(w - 16 * mm, h - 11 * mm, plan.title)
        canvas.setStrokeColor(teal)
        canvas.line(16 * mm, h - 12.5 * mm, w - 16 * mm, h - 12.5 * mm)
        canvas.drawRightString(w - 16 * mm, 8 * mm, f"Page {doc.page}")
        canvas.restoreState()

    doc = BaseDocTemplate(str(d / f"{slug}.pdf"), pagesize=A4, title=plan.title,
                          author="Wrensford Borough Council", invariant=1)
    fp = Frame(18 * mm, 15 * mm, pw - 36 * mm, ph_ - 32 * mm, id="p")
    fl = Frame(14 * mm, 12 * mm, lw - 28 * mm, lh - 27 * mm, id="l")
    doc.addPageTemplates([PageTemplate("text", [fp], onPage=onpage, pagesize=A4),
                          PageTemplate("diagram", [fl], onPage=onpage, pagesize=landscape(A4))])

    def tbl(rows, widths, head=True):
        data = [[Paragraph(E(c), ss["cellb" if head and r == 0 else "cell"]) for c in row]
                for r, row in enumerate(rows)]
        t = Table(data, colWidths=widths)
        st = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9bb7c0")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if head:
            st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9ecf1")))
        t.setStyle(TableStyle(st))
        return t

    story = [
        Paragraph("Falls Prevention Improvement Plan 2026–2029", ss["title"]),
        Paragraph("Agreed by the Wrensford Health and Wellbeing Board on 14 January 2026", ss["sub"]),
        Paragraph("Why falls matter", ss["h1"]),
        Paragraph("Falls are the most common reason why older people in Wrensford are taken to hospital in an "
                  "emergency. A fall can mean the end of independent living, and many people who fall once fall "
                  "again within a year.", ss["body"]),
        Paragraph("NICE guidance says that older people who present for medical attention because of a fall "
                  "should be offered a multifactorial falls risk assessment. Under the Care Act 2014 the council "
                  "must provide or arrange services that prevent or delay the need for care and support.",
                  ss["body"]),
        Paragraph("Falls in Wrensford", ss["h1"]),
        tbl([["", "2022/23", "2024/25"],
             ["Emergency admissions after a fall, people aged 65+", "1 140", "1 265"],
             ["Hip fractures, people aged 65+", "212", "228"],
             ["Ambulance call-outs to a fall where nobody was taken to hospital", "2 310", "2 650"]],
            [110 * mm, 30 * mm, 30 * mm]),
        Spacer(1, 4 * mm),
        Paragraph("How to read the driver diagram", ss["h1"]),
        Paragraph("The diagram on the next page is our plan. The aim on the left is what we want to achieve. The "
                  "primary drivers in the middle are the things that must change for the aim to be met. The change "
                  "ideas on the right are what we will do; each names the lead and the date by which it will be "
                  "done. A line joins every change idea to the driver or drivers it works on.", ss["note"]),
        Paragraph("The plan was written by the Falls Steering Group after two workshops with older people, carers, "
                  "the Ambulance Trust, the community falls team and the voluntary sector in autumn 2025.",
                  ss["body"]),
        NextPageTemplate("diagram"), PageBreak(),
        Paragraph("Our driver diagram", ss["h1"]),
        Diagram(lw - 28 * mm, lh - 27 * mm - 12 * mm),
        NextPageTemplate("text"), PageBreak(),
        Paragraph("Measuring improvement", ss["h1"]),
        Paragraph("We will follow these measures every quarter. They tell us whether the change ideas are "
                  "working; they are not extra actions.", ss["body"]),
        tbl([["Measure", "Baseline 2024/25", "Target March 2029"],
             ["Emergency admissions after a fall, people aged 65+ (outcome)", "1 265", "1 075"],
             ["People seen at the falls clinic within six weeks of referral (process)", "48 %", "80 %"],
             ["Places taken up in strength and balance classes per year (process)", "620", "1 500"],
             ["Repeat falls within 12 months among clinic patients (balancing)", "31 %", "25 %"]],
            [100 * mm, 35 * mm, 35 * mm]),
        Spacer(1, 4 * mm),
        Paragraph("Governance", ss["h1"]),
        Paragraph("The Falls Steering Group, chaired by the Director of Public Health, meets every quarter and "
                  "reports to the Health and Wellbeing Board once a year. The plan will be reviewed in 2029.",
                  ss["body"]),
    ]
    doc.build(story)
    pdf = d / f"{slug}.pdf"
    _gold(plan, pdf)
    return plan, pdf


def _check_driver() -> list[str]:
    """P. 2 is landscape and prints the three column heads and every change idea; the PDF has no 'Action' word in
    the diagram and the grey note is printed on p. 2."""
    import pypdfium2 as pdfium

    slug = DRIVER_SLUG
    pdf = OUT / slug / f"{slug}.pdf"
    pages = mb3.pdftotext_pages(pdf)
    bad = []
    doc = pdfium.PdfDocument(str(pdf))
    try:
        w, h = doc[1].get_size()
    finally:
        doc.close()
    if not w > h:
        bad.append(f"{slug}: p. 2 is not landscape")
    for head in ("AIM", "PRIMARY DRIVERS", "CHANGE IDEAS"):
        if mb._squash(head) not in pages[1]:
            bad.append(f"{slug}: column head {head!r} not on p. 2")
    if mb._squash("to be developed with the Primary Care Network") not in pages[1]:
        bad.append(f"{slug}: the driver-4 note is not on p. 2")
    if pages[1].count("lead:") != 9 or pages[1].count("by:") != 9:
        bad.append(f"{slug}: p. 2 does not print nine 'Lead:' and nine 'By:'")
    return bad


# =========================================================================== 2 Danish SMTTE-skemaer (odfpy)

SMTTE_SLUG = "inklusion-smtte-da"


@plan_builder
def build_inklusion_smtte_da() -> tuple[Plan, Path]:
    """Danish handleplan in SMTTE-SKEMAER: per indsatsområde one two-column table whose rows are Sammenhæng, Mål,
    Tegn, Tiltag, Evaluering (label left, content right); the tiltag in the Tiltag row, each with a 'Tovholder: … ·
    Hvornår: …' line; the signs (Tegn) hold percentages and years, Evaluering dates — neither is a measure."""
    slug = SMTTE_SLUG
    areas = [
        ("Fællesskaber for alle",
         "Hovedparten af børnene i Hvidmose trives, men i trivselsmålingen 2025 svarer 14 procent af eleverne i "
         "4.–9. klasse, at de ofte føler sig alene i klassen.",
         "Alle børn og unge skal opleve at være en del af fællesskabet i deres dagtilbud og skole",
         ["I 2028 svarer mindst 92 procent af eleverne, at de føler sig som en del af klassen.",
          "Personalet fortæller, at de har fælles sprog og redskaber til at lave inkluderende aktiviteter."],
         [("Indføre en fælles pædagogisk praksis for inkluderende læringsmiljøer i alle dagtilbud",
           "Dagtilbudsafdelingen", "1. august 2026", ["Dagtilbudsafdelingen"], "date", ""),
          ("Uddanne en inklusionsvejleder på hver skole", "Skoleafdelingen og PPR", "Foråret 2027",
           ["Skoleafdelingen", "PPR"], "period", "two owners"),
          ("Holde netværksmøder for inklusionsvejlederne", "PPR", "Hvert kvartal", ["PPR"], "recurring",
           "'Hvert kvartal' recurring")],
         "Tegnene følges op i kvalitetsrapporten i juni 2027 og juni 2028."),
        ("Tidlig opsporing",
         "Mange børn får først hjælp, når vanskelighederne er blevet store. I 2025 ventede familierne i "
         "gennemsnit 11 uger på en første samtale med PPR.",
         "Børn i vanskeligheder skal opdages og have hjælp tidligere end i dag",
         ["Ventetiden på en første samtale med PPR er højst fire uger i 2027.",
          "Alle dagtilbud kan vise, at de har drøftet hvert barns trivsel mindst to gange om året."],
         [("Bruge trivselsvurderingen TOPI i alle dagtilbud to gange om året", "Alle dagtilbud",
           "Efteråret 2026", ["Alle dagtilbud"], "period", "'Alle dagtilbud' diffuse"),
          ("Oprette et tværfagligt sparringsteam med PPR, sundhedspleje og socialrådgiver", None,
           "1. januar 2027", [], "date", "no 'Tovholder:' in the line: no owner"),
          ("Lave en fælles procedure for overgangen fra dagtilbud til skole for børn med særlige behov",
           "Skoleafdelingen", "2029", ["Skoleafdelingen"], "period", "'2029' after the plan period 2026–2028")],
         "PPR gør status på ventetiden hvert halve år til Børne- og Skoleudvalget."),
        ("Forældresamarbejde",
         "Forældrene er børnenes vigtigste voksne. Forældrerådene har efterlyst mere viden om, hvad inklusion "
         "betyder i hverdagen.",
         "Forældre skal være aktive medspillere i deres barns trivsel og læring",
         ["I forældretilfredshedsundersøgelsen 2027 svarer 85 procent, at de ved, hvem de skal kontakte.",
          "Flere forældre deltager i forældremøderne end i 2025."],
         [("Afholde forældrekurset »Stærke familier« i alle skoledistrikter", "Familiehuset", "Løbende",
           ["Familiehuset"], "continuous", "'Løbende' continuous"),
          ("Udarbejde en pjece om inklusion på dansk, arabisk og ukrainsk", "Kommunikation", None,
           ["Kommunikation"], None, "no 'Hvornår:' in the line: no deadline"),
          ("Invitere forældrerådene til et dialogmøde med Børne- og Skoleudvalget", "Børne- og Skoleudvalget",
           "2027", ["Børne- og Skoleudvalget"], "period", "")],
         "Forældrerådene giver en tilbagemelding på tiltagene i foråret 2028."),
        ("Specialtilbud tæt på",
         "I dag går 64 børn fra Hvidmose i specialtilbud uden for deres eget skoledistrikt, og mange har over en "
         "times transport hver dag.",
         "Flere børn med særlige behov skal kunne gå i skole i deres eget lokalområde",
         ["Færre børn visiteres til specialtilbud uden for kommunen i 2028 end i 2025."],
         None,
         "Indsatsområdet evalueres, når tiltagene er aftalt."),
    ]
    tiltag_note = ("Tiltagene aftales på den fælles temadag for ledere i dagtilbud og skole i efteråret 2026 og "
                   "lægges derefter ind i handleplanen.")
    focus = [(f"F{i}", a[0]) for i, a in enumerate(areas, start=1)]
    goals = [G(f"M{i}", a[2], focus_area=f"F{i}") for i, a in enumerate(areas, start=1)]
    measures = []
    for i, a in enumerate(areas, start=1):
        for text, _t, dl, owners, kind, note in a[4] or []:
            measures.append(M(f"T{len(measures) + 1}", text, [f"M{i}"], owners, dl, kind if dl else None,
                              diffuse=_diffuse(owners), outside=dl == "2029", note=note))
    plan = Plan(
        slug=slug, language="da", title="Handleplan for inklusion i dagtilbud og skole 2026–2028",
        period=(2026, 2028), goals=goals, measures=measures, focus_areas=focus, source_ext="odt",
        notes="""
odfpy → LibreOffice Writer. Hvidmose Kommune, running header, 'Side n'. P. 1: title, 'Vedtaget af Børne- og
Skoleudvalget den 3. februar 2026', Indledning with folkeskoleloven's and dagtilbudsloven's 'skal' quoted (no
goals), 'Inklusion i tal' table, 'Sådan læser du SMTTE-skemaerne' with the model as a one-row table 'Sammenhæng →
Mål → Tegn → Tiltag → Evaluering' (no items). Then per indsatsområde a Heading 2 'Indsatsområde n: <name>' (gold
focus area = the name) and ONE SMTTE-SKEMA: a two-column table whose rows are labelled 'S Sammenhæng', 'M Mål',
'T Tegn', 'T Tiltag', 'E Evaluering'. Gold conventions: the Mål row's sentence is the goal; the Tegn row (signs:
percentages and years, 'I 2028 svarer mindst 92 procent …') gives NO goals and no deadlines; each tiltag in the
Tiltag row ('– <tiltag>' + a line 'Tovholder: X · Hvornår: Y') is a measure linked to that skema's goal. OWNER =
after 'Tovholder:' ('Skoleafdelingen og PPR' two; 'Alle dagtilbud' diffuse; a line with no 'Tovholder:' = none);
DEADLINE = after 'Hvornår:' ('1. august 2026', 'Foråret 2027', 'Hvert kvartal' recurring, 'Efteråret 2026', '1.
januar 2027', '2029' after 2026–2028, 'Løbende' continuous, '2027'; a line with no 'Hvornår:' = none). The
Evaluering row (follow-up dates) gives no measures or deadlines. Indsatsområde 4's Tiltag row holds only a note
(tiltag to be agreed in autumn 2026) → goal-has-measure. Measure ids T1–T9 in reading order.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    o = mb.Odt(font="Liberation Sans", size=10.5, lang="da", country="DK",
               header="Hvidmose Kommune  ·  Handleplan for inklusion i dagtilbud og skole 2026–2028")
    o.style("Sub", size=10, italic=True, after=0.4)
    o.style("Howto", size=9.5, fill="#eef4ea", padding="0.2cm", border="0.6pt solid #5b7f3a", after=0.3)
    o.style("Lab", size=9.5, bold=True, after=0.05, color="#3f6425")
    o.p("Handleplan for inklusion i dagtilbud og skole 2026–2028", "Title")
    o.p("Vedtaget af Børne- og Skoleudvalget den 3. februar 2026", "Sub")
    o.h("Indledning", 1)
    o.p("Handleplanen udmønter kommunens børne- og ungepolitik. Den gælder alle dagtilbud og skoler i Hvidmose "
        "Kommune. Efter folkeskoleloven skal undervisningen tilrettelægges, så den udfordrer og understøtter alle "
        "elever, og efter dagtilbudsloven skal dagtilbuddene skabe et inkluderende pædagogisk læringsmiljø.")
    o.p("**Inklusion i tal**")
    o.table([6.0, 3.0, 3.0], [["", "2023", "2025"],
                              ["Elever i almenundervisningen (%)", "94,1", "93,2"],
                              ["Børn i specialtilbud uden for distriktet", "51", "64"],
                              ["Gennemsnitlig ventetid hos PPR (uger)", "8", "11"]])
    o.h("Sådan læser du SMTTE-skemaerne", 1)
    o.p("Hvert indsatsområde er beskrevet i et SMTTE-skema. Sammenhæng fortæller, hvorfor vi arbejder med "
        "området. Mål er det, vi vil opnå. Tegn er det, vi kan se og høre, når vi er på vej mod målet – de er "
        "pejlemærker, ikke nye mål. Tiltag er det, vi gør; under hvert tiltag står tovholderen, og hvornår "
        "tiltaget skal være gennemført. Evaluering fortæller, hvordan vi følger op.", "Howto")
    o.table([3.2, 3.2, 3.2, 3.2, 3.2], [["Sammenhæng", "→  Mål", "→  Tegn", "→  Tiltag", "→  Evaluering"]],
            header_rows=0, fills={0: "#eef4ea"})
    for i, (name, ctx, goal, tegn, tiltag, ev) in enumerate(areas, start=1):
        o.h(f"Indsatsområde {i}: {name}", 2)
        if tiltag:
            tl = "\n\n".join(f"– {t}\n\n__" + "  ·  ".join(x for x in ((f"Tovholder: {a}" if a else ""),
                                                                      (f"Hvornår: {w}" if w else "")) if x) + "__"
                             for t, a, w, *_r in tiltag)
        else:
            tl = f"__{tiltag_note}__"
        rows = [["**S**\n\nSammenhæng", ctx],
                ["**M**\n\nMål", f"**{goal}**"],
                ["**T**\n\nTegn", "\n\n".join(f"• {t}" for t in tegn)],
                ["**T**\n\nTiltag", tl],
                ["**E**\n\nEvaluering", ev]]
        o.table([2.8, 14.2], rows, header_rows=0, border="0.6pt solid #5b7f3a",
                fills={}, cell_style="Cell")
    o.h("Opfølgning", 1)
    o.p("Forvaltningen giver Børne- og Skoleudvalget en samlet status hvert år i september. Handleplanen "
        "revideres i 2028.")
    src = d / f"{slug}.odt"
    o.save(src, title=plan.title, author="Hvidmose Kommune")
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf)
    return plan, pdf


def _check_smtte() -> list[str]:
    """Four SMTTE tables with five labelled rows each; no Tegn or Evaluering sentence is a gold measure; the
    PDF prints 'Tovholder:' eight times and 'Hvornår:' eight times."""
    import yaml

    slug = SMTTE_SLUG
    pages = mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf")
    gold = yaml.safe_load((OUT / slug / f"{slug}.gold.yaml").read_text(encoding="utf-8"))
    txt = "".join(pages)
    bad = []
    for lab in ("sammenhæng", "evaluering"):
        if txt.count(lab) < 5:
            bad.append(f"{slug}: label {lab!r} printed fewer than five times")
    if txt.count("tovholder:") != 8 or txt.count("hvornår:") != 8:
        bad.append(f"{slug}: not eight 'Tovholder:' and eight 'Hvornår:'")
    if any(m["text"].startswith(("I 20", "Tegnene", "Alle dagtilbud kan")) for m in gold["measures"]):
        bad.append(f"{slug}: a Tegn / Evaluering sentence is a gold measure")
    return bad


# =========================================================================== 3 bokmål MS Project print (HTML)

PROJECT_SLUG = "heltidskultur-msproject-nb"
WEEKDAYS_NB = ("ma", "ti", "on", "to", "fr", "lø", "sø")


def _pdate(d: _dt.date) -> str:
    """MS Project's Norwegian default date format: weekday abbreviation and dd.mm.yy ('fr 27.03.26')."""
    return f"{WEEKDAYS_NB[d.weekday()]} {d:%d.%m.%y}"


def _workdays(a: _dt.date, b: _dt.date) -> int:
    return sum(1 for i in range((b - a).days + 1) if (a + _dt.timedelta(days=i)).weekday() < 5)


@plan_builder
def build_heltidskultur_msproject_nb() -> tuple[Plan, Path]:
    """Bokmål handlingsplan whose tiltak part is a GANTT VIEW PRINTED FROM MS PROJECT on an A3 landscape page:
    'Id | WBS | Oppgavenavn | Varighet | Start | Slutt | Ressursnavn | % fullført' beside a quarter timescale with
    bars; the project summary row (Id 0), bold SUMMARY TASKS (the goals), tasks (the measures), MILESTONES (◆, 0 d:
    no measures), MANUALLY SCHEDULED tasks whose Slutt is typed text or empty; weekday dates 'fr 27.03.26';
    several resources joined by ';'; resource names printed again beside the bars."""
    D = _dt.date
    slug = PROJECT_SLUG
    # rows: (kind, wbs, name, start, finish, resources, pct, text_finish, gold)
    # kind: sum | task | ms | man ; gold for tasks: (owners, deadline kind, note)
    g = [
        "Flere ansatte i helse og omsorg skal ha en hel stilling",
        "Lederne skal ha verktøy og kompetanse til å planlegge med hele stillinger",
        "Flere unge skal velge å jobbe i helse og omsorg i Hovdlia kommune",
        "Heltidskultur skal være en fast del av kommunens arbeidsgiverpolitikk",
    ]
    hr, ks = "HR-avdelingen", "Kommunalsjef helse og omsorg"
    rows = [
        ("sum", "1", g[0]),
        ("task", "1.1", "Kartlegge ønsket stillingsstørrelse hos alle deltidsansatte", D(2026, 2, 2), D(2026, 3, 27),
         [hr], 100, None, ""),
        ("ms", "1.2", "Kartleggingen lagt fram for arbeidsmiljøutvalget", D(2026, 4, 15), D(2026, 4, 15), [], 100),
        ("task", "1.3", "Lyse ut alle ledige stillinger i helse og omsorg som hele stillinger", D(2026, 4, 1),
         D(2026, 12, 18), [ks], 40, None, ""),
        ("task", "1.4", "Prøve ut langvakter i helg ved Hovdlia sykehjem", D(2026, 8, 17), D(2027, 6, 18),
         ["Hovdlia sykehjem", "Fagforbundet"], 10, None, "'Hovdlia sykehjem;Fagforbundet': two resources = two "
                                                         "owners"),
        ("man", "1.5", "Tilby alle nyutdannede sykepleiere fast hel stilling", None, None, [hr], 0, "",
         "manually scheduled (pin), Start and Slutt empty: no deadline"),
        ("sum", "2", g[1]),
        ("task", "2.1", "Innføre nytt turnusverktøy med bemanningsplanlegging", D(2026, 9, 1), D(2027, 3, 31),
         ["IKT-tjenesten", hr], 0, None, "two resources = two owners"),
        ("task", "2.2", "Gi alle enhetsledere opplæring i årsturnus", D(2026, 10, 5), D(2027, 1, 29), [], 0, None,
         "empty Ressursnavn: no owner"),
        ("ms", "2.3", "Turnusverktøyet i drift", D(2027, 4, 1), D(2027, 4, 1), [], 0),
        ("task", "2.4", "Lage felles retningslinjer for bruk av vikarer og ekstravakter", D(2027, 1, 11),
         D(2027, 5, 28), ["Alle enhetsledere"], 0, None, "'Alle enhetsledere' diffuse"),
        ("sum", "3", g[2]),
        ("task", "3.1", "Lage en rekrutteringsfilm om å jobbe i helse og omsorg", D(2026, 3, 2), D(2026, 5, 29),
         ["Kommunikasjonsavdelingen"], 100, None, ""),
        ("man", "3.2", "Tilby sommerjobb som assistent til elever på helse- og oppvekstfag", None, None, [ks], 0,
         "hver sommer", "manually scheduled, Slutt typed 'hver sommer': recurring"),
        ("task", "3.3", "Opprette ti nye lærlingplasser i helsearbeiderfaget", D(2027, 8, 16), D(2028, 6, 30), [hr],
         0, None, ""),
        ("task", "3.4", "Etablere kombinasjonsstillinger sammen med Hovdlia videregående skole", D(2028, 1, 3),
         D(2029, 3, 30), ["Kommunalsjef oppvekst"], 0, None, "Slutt in 2029, after the plan period 2026–2028"),
        ("sum", "4", g[3]),
        ("ms", "4.1", "Revidert arbeidsgiverpolitikk vedtatt i kommunestyret", D(2028, 6, 15), D(2028, 6, 15), [], 0),
        ("ms", "4.2", "Sluttrapport for prosjektet lagt fram", D(2028, 12, 15), D(2028, 12, 15), [], 0),
    ]
    goals = [G(f"M{i}", t) for i, t in enumerate(g, start=1)]
    measures = []
    gi = 0
    for r in rows:
        if r[0] == "sum":
            gi += 1
            continue
        if r[0] == "ms":
            continue
        _k, wbs, name, _st, fin, res, _pct, tf, note = r
        if fin is not None:
            dl, kind = _pdate(fin), "date"
        elif tf:
            dl, kind = tf, "recurring"
        else:
            dl, kind = None, None
        measures.append(M(f"T{len(measures) + 1}", name, [f"M{gi}"], list(res), dl, kind, diffuse=_diffuse(res),
                          outside=fin is not None and fin.year > 2028,
                          note=f"WBS {wbs}; {note}" if note else f"WBS {wbs}"))
    plan = Plan(
        slug=slug, language="nb", title="Handlingsplan for heltidskultur 2026–2028", period=(2026, 2028),
        goals=goals, measures=measures, source_ext="html",
        notes="""
HTML → Chromium. Hovdlia kommune. P. 1 A4 portrait: title, 'Vedtatt av kommunestyret 19. februar 2026, sak
12/26', Bakgrunn with arbeidsmiljøloven § 14-9 and the hovedtariffavtale's 'skal' quoted (no goals), 'Deltid i
tall' table, 'Slik leser du tiltaksplanen' (the key to the Gantt page), Oppfølging. P. 2 A3 LANDSCAPE: the
tiltaksplan PRINTED FROM MS PROJECT (Gantt view): table 'Id | | WBS | Oppgavenavn | Varighet | Start | Slutt |
Ressursnavn | % fullført' beside a timescale (years over quarters '1. kv' …) with bars; header line 'Hovdlia
kommune – Tiltaksplan heltidskultur', MS Project's legend box at the foot ('Prosjekt: Heltidskultur.mpp · Dato:
… · Oppgave / Milepæl / Sammendrag / Manuell oppgave / Prosjektsammendrag'). Gold conventions (the reading
guide on p. 1 states them): row Id 0 is the PROJECT SUMMARY (the plan's title, no goal); the bold SUMMARY TASKS
WBS 1–4 are the goals (their rolled-up dates are no deadlines); the tasks under them are measures linked to
that goal; MILESTONES (◆, Varighet '0 d') are checkpoints, no measures (goal 4 has only two milestones →
goal-has-measure). OWNER = Ressursnavn, several resources joined by ';' = several owners ('Hovdlia
sykehjem;Fagforbundet', 'IKT-tjenesten;HR-avdelingen'); 'Alle enhetsledere' diffuse; empty Ressursnavn = none.
The resource names printed beside the bars repeat the owners (not extra owners). DEADLINE = Slutt as printed, the
MS Project date with weekday and two-digit year ('fr 27.03.26', kind date); 'fr 30.03.29' is after 2026–2028;
MANUALLY SCHEDULED tasks (pin icon, no bar): one with Start/Slutt empty (no deadline), one with Slutt typed 'hver
sommer' (recurring). Varighet ('40 d') and % fullført are never deadlines; Start is the start, not the deadline.
Measure ids T1–T11 in row order.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    t0, t1 = D(2026, 1, 1), D(2029, 7, 1)
    span = (t1 - t0).days

    def pct(x: _dt.date) -> float:
        return round((x - t0).days / span * 100, 3)

    # rolled-up summary dates
    summ: dict[str, tuple] = {}
    cur = None
    for r in rows:
        if r[0] == "sum":
            cur = r[1]
            summ[cur] = []
        elif r[3] is not None:
            summ[cur] += [r[3], r[4]]
    allds = [x for v in summ.values() for x in v]
    trs = []

    def tr(rid, ind, wbs, name, dur, st, fi, res, pc, gantt, cls):
        return (f'<tr class="{cls}"><td class="id">{rid}</td><td class="ind">{ind}</td><td class="wbs">{wbs}</td>'
                f'<td class="nm">{E(name)}</td><td class="r">{dur}</td><td>{st}</td><td>{fi}</td>'
                f'<td class="res">{E(res)}</td><td class="r">{pc}</td><td class="g">{gantt}</td></tr>')

    p0, p1 = min(allds), max(allds)
    trs.append(tr(0, "", "0", "Handlingsplan for heltidskultur 2026–2028", f"{_workdays(p0, p1)} d", _pdate(p0),
                  _pdate(p1), "", "14 %", f'<div class="pbar" style="left:{pct(p0)}%;width:{pct(p1) - pct(p0)}%">'
                  '</div>', "proj"))
    for rid, r in enumerate(rows, start=1):
        if r[0] == "sum":
            a, b = min(summ[r[1]]), max(summ[r[1]])
            bar = f'<div class="sbar" style="left:{pct(a)}%;width:{pct(b) - pct(a)}%"></div>'
            trs.append(tr(rid, "", r[1], r[2], f"{_workdays(a, b)} d", _pdate(a), _pdate(b), "", "", bar, "sum"))
        elif r[0] == "ms":
            _k, wbs, name, a, _b, _res, pc = r
            bar = (f'<span class="dia" style="left:{pct(a)}%">◆</span>'
                   f'<span class="lab" style="left:calc({pct(a)}% + 9px)">{a:%d.%m}</span>')
            trs.append(tr(rid, "✓" if pc == 100 else "", wbs, name, "0 d", _pdate(a), _pdate(a), "", f"{pc} %",
                          bar, "ms"))
        elif r[0] == "task":
            _k, wbs, name, a, b, res, pc, _tf, _n = r
            rs = ";".join(res)
            bar = (f'<div class="bar" style="left:{pct(a)}%;width:{pct(b) - pct(a)}%">'
                   f'<div class="done" style="width:{pc}%"></div></div>'
                   f'<span class="lab" style="left:calc({pct(b)}% + 4px)">{E(rs)}</span>')
            trs.append(tr(rid, "✓" if pc == 100 else "", wbs, name, f"{_workdays(a, b)} d", _pdate(a), _pdate(b), rs,
                          f"{pc} %", bar, "task"))
        else:
            _k, wbs, name, _a, _b, res, pc, tf, _n = r
            trs.append(tr(rid, '<span class="pin"></span>', wbs, name, "", "", E(tf), ";".join(res), f"{pc} %", "",
                          "man"))
    scale_y = "".join(f'<span class="yr" style="left:{pct(D(y, 1, 1))}%;width:{pct(D(y + 1, 1, 1)) - pct(D(y, 1, 1))}%">'
                      f'{y}</span>' for y in range(2026, 2030))
    scale_q = "".join(f'<span class="q" style="left:{pct(D(y, m, 1))}%">{(m - 1) // 3 + 1}. kv</span>'
                      for y in range(2026, 2030) for m in (1, 4, 7, 10) if D(y, m, 1) < t1)
    html = f"""<!DOCTYPE html>
<html lang="nb"><head><meta charset="utf-8"><title>{E(plan.title)}</title>
<style>
@page {{ size: A4; margin: 18mm 18mm 16mm 18mm;
  @top-left {{ content: "Hovdlia kommune"; font: bold 8pt 'Liberation Sans'; color: #2b4f81; }}
  @top-right {{ content: "Handlingsplan for heltidskultur 2026–2028"; font: 8pt 'Liberation Sans'; color: #555; }}
  @bottom-right {{ content: "Side " counter(page) " av " counter(pages); font: 8pt 'Liberation Sans'; color: #555; }} }}
@page gantt {{ size: A3 landscape; margin: 14mm 12mm 12mm 12mm; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; line-height: 1.4; color: #222; margin: 0; }}
h1 {{ font-size: 20pt; color: #2b4f81; margin: 0 0 2px; }}
h2 {{ font-size: 13pt; color: #2b4f81; margin: 14px 0 4px; }}
.sub {{ font-style: italic; color: #444; margin: 0 0 10px; }}
.howto {{ background: #eef2f8; border-left: 4px solid #2b4f81; padding: 6px 10px; font-size: 9.3pt; }}
table.facts {{ border-collapse: collapse; font-size: 9.3pt; }}
table.facts td, table.facts th {{ border: 1px solid #9aa9c0; padding: 3px 8px; text-align: left; }}
table.facts th {{ background: #dde5f0; }}
.gpage {{ page: gantt; break-before: page; font-family: 'Liberation Sans', Arial, sans-serif; }}
.ghead {{ display: flex; justify-content: space-between; font-size: 9pt; border-bottom: 1px solid #777;
  padding-bottom: 2px; margin-bottom: 4px; }}
table.mpp {{ border-collapse: collapse; table-layout: fixed; width: 100%; font-size: 9pt; }}
table.mpp th {{ background: #e8e8e8; font-weight: normal; text-align: left; border: 1px solid #b5b5b5;
  padding: 1px 3px; height: 26px; vertical-align: bottom; }}
table.mpp td {{ border-left: 1px solid #d0d0d0; border-right: 1px solid #d0d0d0; border-bottom: 1px solid #ececec;
  padding: 0 3px; height: 24px; white-space: nowrap; overflow: hidden; }}
td.id {{ text-align: right; color: #555; background: #f2f2f2; }}
td.r {{ text-align: right; }}
td.ind {{ text-align: center; color: #2d7d2d; }}
tr.sum td, tr.proj td {{ font-weight: bold; }}
tr.sum td.nm {{ padding-left: 3px; }}
tr.task td.nm, tr.ms td.nm, tr.man td.nm {{ padding-left: 16px; }}
td.g {{ position: relative; padding: 0; overflow: hidden; }}
th.g {{ position: relative; padding: 0 !important; }}
.yr {{ position: absolute; top: 0; height: 12px; border-left: 1px solid #b5b5b5; text-align: center; font-size: 7.5pt; }}
.q {{ position: absolute; top: 13px; font-size: 6.8pt; padding-left: 2px; border-left: 1px solid #cfcfcf; }}
.bar {{ position: absolute; top: 7px; height: 10px; background: #8fb3e0; border: 1px solid #4a78b5; }}
.bar .done {{ height: 3px; margin-top: 3px; background: #1f3f6e; }}
.sbar {{ position: absolute; top: 10px; height: 4px; background: #222; border-left: 3px solid #222;
  border-right: 3px solid #222; }}
.pbar {{ position: absolute; top: 10px; height: 4px; background: #888; }}
.dia {{ position: absolute; top: 4px; margin-left: -5px; font-size: 10pt; line-height: 14px; }}
.lab {{ position: absolute; top: 6px; font-size: 7pt; color: #333; white-space: nowrap; }}
.pin {{ display: inline-block; width: 5px; height: 9px; background: #c0392b; border-radius: 3px 3px 0 0;
  vertical-align: middle; }}
.legend {{ margin-top: 10px; border: 1px solid #999; font-size: 7.5pt; padding: 4px 8px; display: flex; gap: 26px; }}
.legend span i {{ display: inline-block; width: 22px; height: 6px; margin-right: 4px; vertical-align: middle; }}
</style></head><body>
<h1>Handlingsplan for heltidskultur 2026–2028</h1>
<p class="sub">Vedtatt av kommunestyret 19. februar 2026, sak 12/26</p>
<h2>Bakgrunn</h2>
<p>I Hovdlia kommune arbeider 58 prosent av de ansatte i helse og omsorg deltid, og mange ønsker større stillinger.
Samtidig er det vanskelig å rekruttere sykepleiere og helsefagarbeidere. Planen er utarbeidet av en partssammensatt
arbeidsgruppe med kommunalsjef, HR-avdelingen, tillitsvalgte og verneombud.</p>
<p>Etter arbeidsmiljøloven § 14-9 er hovedregelen at arbeidstakere skal ansettes fast, og etter hovedtariffavtalen
skal hele stillinger være hovedregelen i kommunene.</p>
<h2>Deltid i tall</h2>
<table class="facts"><tr><th></th><th>2023</th><th>2025</th></tr>
<tr><td>Ansatte i helse og omsorg med deltid (%)</td><td>61</td><td>58</td></tr>
<tr><td>Gjennomsnittlig stillingsstørrelse (%)</td><td>68</td><td>71</td></tr>
<tr><td>Utlyste stillinger som var hele stillinger (%)</td><td>34</td><td>45</td></tr></table>
<h2>Slik leser du tiltaksplanen</h2>
<p class="howto">Tiltaksplanen på neste side er skrevet ut fra prosjektverktøyet (MS Project). Linjene med fet skrift
og nummer 1–4 i WBS-kolonnen er målene; oppgavene under hvert mål er tiltakene. Ressursnavn er den som har ansvaret
for tiltaket; flere ansvarlige er skilt med semikolon. Tiltaket skal være ferdig på datoen i kolonnen Slutt.
Milepæler (◆, varighet 0 d) er kontrollpunkter og ikke tiltak. Oppgaver merket med en rød nål er ennå ikke
planlagt i detalj: der står tidspunktet som tekst, eller feltet er tomt.</p>
<h2>Oppfølging</h2>
<p>Arbeidsgruppen møtes hver måned og rapporterer til administrasjonsutvalget to ganger i året. Planen evalueres
høsten 2028.</p>
<div class="gpage">
<div class="ghead"><span><b>Hovdlia kommune</b> – Tiltaksplan heltidskultur</span><span>Gantt-diagram</span></div>
<table class="mpp"><colgroup><col style="width:9mm"><col style="width:6mm"><col style="width:9mm">
<col style="width:118mm"><col style="width:16mm"><col style="width:21mm"><col style="width:21mm">
<col style="width:52mm"><col style="width:15mm"><col></colgroup>
<thead><tr><th>Id</th><th></th><th>WBS</th><th>Oppgavenavn</th><th>Varighet</th><th>Start</th><th>Slutt</th>
<th>Ressursnavn</th><th>% fullført</th><th class="g">{scale_y}{scale_q}</th></tr></thead>
<tbody>{"".join(trs)}</tbody></table>
<div class="legend"><span>Prosjekt: Heltidskultur.mpp<br>Dato: to 15.01.26</span>
<span><i style="background:#8fb3e0;border:1px solid #4a78b5"></i>Oppgave</span><span>◆ Milepæl</span>
<span><i style="background:#222"></i>Sammendrag</span><span><span class="pin"></span> Manuell oppgave</span>
<span><i style="background:#888"></i>Prosjektsammendrag</span></div>
</div>
</body></html>
"""
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf)
    return plan, pdf


def _check_project() -> list[str]:
    """P. 2 is A3 landscape; it prints every goal and measure name once in the table, 'Id' row 0 with the
    title, four milestones with '0 d', 'hver sommer', and ';' between two resources twice."""
    import pypdfium2 as pdfium

    slug = PROJECT_SLUG
    pdf = OUT / slug / f"{slug}.pdf"
    pages = mb3.pdftotext_pages(pdf)
    bad = []
    doc = pdfium.PdfDocument(str(pdf))
    try:
        w, h = doc[1].get_size()
    finally:
        doc.close()
    if not (abs(w - 1190.55) < 2 and abs(h - 841.89) < 2):
        bad.append(f"{slug}: p. 2 is not A3 landscape ({w:.0f} × {h:.0f})")
    if pages[1].count("0d") < 4 or "hversommer" not in pages[1]:
        bad.append(f"{slug}: milestones or the typed Slutt not on p. 2")
    if pages[1].count("hovdliasykehjem;fagforbundet") < 1 or pages[1].count("ikt-tjenesten;hr-avdelingen") < 1:
        bad.append(f"{slug}: the ';' resource lists not on p. 2")
    return bad


# =========================================================================== 4 nynorsk ROS oppfølgingsplan (docx)

ROS_SLUG = "ros-oppfolging-nn"
RISK_FILL = {"Høg": "E6A09A", "Middels": "F5DC8C", "Låg": "B9DDA8"}


def _risk(s: int, k: int) -> str:
    return "Høg" if s * k >= 12 else "Middels" if s * k >= 5 else "Låg"


@plan_builder
def build_ros_oppfolging_nn() -> tuple[Plan, Path]:
    """Nynorsk oppfølgingsplan for a heilskapleg ROS-analyse: goals in chapter 2, a 5 × 5 RISK MATRIX with hazard
    codes in coloured cells (chapter 3), and on a landscape page a RISK REGISTER 'Uønskt hending | S | K | Risiko |
    Tiltak | Ansvarleg | Frist | Mål' whose hazard, S, K and Risiko cells are MERGED down over the hazard's tiltak;
    one hazard with 'Ingen nye tiltak – risikoen er akseptabel'."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    slug = ROS_SLUG
    goals_t = [
        "Kommunen skal halde oppe dei kritiske samfunnsfunksjonane ved langvarig straumbrot og bortfall av ekom",
        "Innbyggjarane skal vite korleis dei kan klare seg sjølve dei første døgna i ei krise",
        "Kommunen skal ha oversikt over og redusere risikoen for flaum og skred",
        "Kommunen skal samarbeide med nabokommunane om felles beredskapsressursar",
    ]
    # hazards: (code, name, S, K, [(tiltak, ansvarleg cell, frist cell, mål cell, owners, deadline, kind, goals,
    # note)] or a 'no new tiltak' sentence)
    hazards = [
        ("H1", "Langvarig straumbrot (over tre døgn)", 4, 4, [
            ("Skaffe aggregat til Vetlefjord sjukeheim og Sentrum skule", "Teknisk eining", "Haust 2026", "1",
             ["Teknisk eining"], "Haust 2026", "period", [1], ""),
            ("Lage ein plan for drivstoff til aggregata ved straumbrot som varer over ei veke",
             "Beredskapskoordinator", "1.6.2027", "1", ["Beredskapskoordinator"], "1.6.2027", "date", [1], ""),
        ]),
        ("H2", "Bortfall av telefon og internett", 3, 4, [
            ("Kjøpe inn satellittelefonar til kriseleiinga og legevakta", "IKT-tenesta", "2026", "1",
             ["IKT-tenesta"], "2026", "period", [1], ""),
            ("Informere innbyggjarane om kvar informasjonspunkta er ved bortfall av ekom",
             "Servicetorget og Kommunikasjon", "Årleg", "1, 2", ["Servicetorget", "Kommunikasjon"], "Årleg",
             "recurring", [1, 2], "two owners; 'Årleg' recurring; Mål '1, 2' = two goal links"),
        ]),
        ("H3", "Flaum i Vetleelva", 3, 3, [
            ("Oppdatere flaumsonekartet for Vetlefjord sentrum", "Plan og utbygging", "2030", "3",
             ["Plan og utbygging"], "2030", "period", [3], "'2030' after the plan period 2026–2029"),
            ("Sjekke kulvertar og stikkrenner før haustflaumen", "Teknisk eining", "Løpande", "3",
             ["Teknisk eining"], "Løpande", "continuous", [3], "'Løpande' continuous"),
        ]),
        ("H4", "Kvikkleireskred langs fv. 610", 2, 5, [
            ("Kartleggje kvikkleiresoner langs fv. 610 saman med NVE", "", "2027", "3", [], "2027", "period", [3],
             "empty Ansvarleg cell: no owner ('saman med NVE' is part of the text)"),
        ]),
        ("H5", "Pandemi", 2, 4, [
            ("Halde smittevernplanen oppdatert etter kvar større hending", "Kommuneoverlegen", "", "1",
             ["Kommuneoverlegen"], None, None, [1], "empty Frist cell: no deadline"),
            ("Lære opp innbyggjarane i eigenberedskap gjennom 72-timarskampanjen", "Alle einingar",
             "Haust 2027", "2", ["Alle einingar"], "Haust 2027", "period", [2], "'Alle einingar' diffuse"),
        ]),
        ("H6", "Skogbrann", 2, 2, "Ingen nye tiltak – risikoen er akseptabel."),
    ]
    goals = [G(f"M{i}", t) for i, t in enumerate(goals_t, start=1)]
    measures = []
    for code, _n, _s, _k, its in hazards:
        if isinstance(its, str):
            continue
        for text, _a, _f, _m, owners, dl, kind, gl, note in its:
            measures.append(M(f"T{len(measures) + 1}", text, [f"M{x}" for x in gl], owners, dl, kind,
                              diffuse=_diffuse(owners), outside=dl == "2030",
                              note=f"hazard {code}; {note}" if note else f"hazard {code}"))
    plan = Plan(
        slug=slug, language="nn",
        title="Oppfølgingsplan for heilskapleg risiko- og sårbarheitsanalyse 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="docx",
        notes="""
python-docx → LibreOffice. Vetlefjord kommune, header with rule, 'Side n av N'. P. 1 portrait: title, 'Vedteken
av kommunestyret 5. mars 2026, sak 14/26', '1 Innleiing' with sivilbeskyttelseslova § 14 and forskrift om
kommunal beredskapsplikt 'skal' quoted (no goals); '2 Mål for samfunnstryggleiksarbeidet' with 'Mål 1'–'Mål 4'
(bold label + sentence: the gold goals); '3 Risikobiletet': the six UØNSKTE HENDINGAR H1–H6 listed by name, a 5 × 5
RISIKOMATRISE (rows Sannsynlegheit 5–1, columns Konsekvens 1–5, cells green / yellow / red, hazard codes in the
cells) and its key (S, K, Låg / Middels / Høg): no goals, measures or deadlines. P. 2 LANDSCAPE '4 Tiltak': the RISK
REGISTER 'Uønskt hending | S | K | Risiko | Tiltak | Ansvarleg | Frist | Mål' — per hazard the cells Uønskt
hending, S, K and Risiko (coloured, 'Høg' / 'Middels' / 'Låg') MERGED down over the hazard's tiltak rows. Gold
conventions: a HAZARD is no goal (it groups the tiltak); each Tiltak cell is a measure; GOAL LINKS = the Mål
column ('1, 2' two links), not the hazard; OWNER = Ansvarleg ('Servicetorget og Kommunikasjon' two; 'Alle
einingar' diffuse; empty = none); DEADLINE = Frist ('Haust 2026', '1.6.2027', '2026', 'Årleg' recurring, '2030'
after 2026–2029, 'Løpande' continuous, '2027', 'Haust 2027', empty = none). S, K and Risiko are scores, never
deadlines or owners. H6's row 'Ingen nye tiltak – risikoen er akseptabel.' is no measure (its empty cells are no
defects). Mål 4 (nabosamarbeid) appears in no Mål cell → goal-has-measure. P. 3 portrait '5 Oppfølging' (annual
revision, beredskapsrådet twice a year: no measures). Measure ids T1–T9 in register order.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = dh.new_document(font="Liberation Sans", size=10.5, margins_mm=20, heading_color="7A2E1F")
    mb.docx_lang(doc, "nn-NO")
    sec = doc.sections[0]
    dh.ruled_header(sec, "Vetlefjord kommune  ·  Oppfølgingsplan for heilskapleg ROS-analyse 2026–2029", size=8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    dh.page_of_footer(fp, "Side ", " av ", "3", size=8.5)
    dh.para(doc, "Oppfølgingsplan for heilskapleg risiko- og sårbarheitsanalyse 2026–2029", bold=True, size=19,
            color="7A2E1F", space_after=3)
    dh.para(doc, "Vedteken av kommunestyret 5. mars 2026, sak 14/26", italic=True, size=10, space_after=8)
    dh.heading(doc, "1  Innleiing", 1)
    dh.para(doc, "Kommunestyret vedtok den heilskaplege risiko- og sårbarheitsanalysen (ROS-analysen) for Vetlefjord "
                 "i desember 2025. Denne planen viser korleis kommunen følgjer opp analysen dei neste fire åra.")
    dh.para(doc, "Etter sivilbeskyttelseslova § 14 skal kommunen kartleggje kva uønskte hendingar som kan inntreffe "
                 "i kommunen, og etter forskrift om kommunal beredskapsplikt skal kommunen ha ein plan for "
                 "oppfølging med mål, prioriteringar og tiltak.")
    dh.heading(doc, "2  Mål for samfunnstryggleiksarbeidet", 1)
    for i, t in enumerate(goals_t, start=1):
        dh.para(doc, f"Mål {i}", bold=True, space_after=0, keep_with_next=True)
        dh.para(doc, t, space_after=5)
    dh.heading(doc, "3  Risikobiletet", 1)
    dh.para(doc, "ROS-analysen vurderte desse uønskte hendingane:", space_after=3)
    for code, name, *_r in hazards:
        dh.para(doc, f"{code}  {name}", space_after=1)
    dh.para(doc, "Risikomatrise", bold=True, space_before=8, space_after=3, keep_with_next=True)
    wm = [34, 22, 22, 22, 22, 22]
    tm = dh.new_table(doc, wm)
    dh.add_row(tm, ["Sannsynlegheit ↓  Konsekvens →", "1", "2", "3", "4", "5"], wm, size=9, bold=True,
               fill="EDE3E0")
    where: dict[tuple[int, int], list[str]] = {}
    for code, _n, s_, k_, _t in hazards:
        where.setdefault((s_, k_), []).append(code)
    for s_ in range(5, 0, -1):
        row = dh.add_row(tm, [str(s_)] + [", ".join(where.get((s_, k_), [])) for k_ in range(1, 6)], wm, size=9)
        dh.shade(row.cells[0], "EDE3E0")
        for k_ in range(1, 6):
            dh.shade(row.cells[k_], RISK_FILL[_risk(s_, k_)])
    dh.para(doc, "S = sannsynlegheit (1 = svært låg, 5 = svært høg). K = konsekvens (1 = ubetydeleg, 5 = "
                 "katastrofal). Grøn = låg risiko, gul = middels risiko, raud = høg risiko.", italic=True, size=9,
            space_before=3)
    dh.add_section(doc, landscape=True, margins_mm=18)
    dh.heading(doc, "4  Tiltak", 1)
    dh.para(doc, "Tabellen viser tiltaka for kvar uønskt hending. Talet i kolonnen Mål viser kva mål tiltaket "
                 "skal bidra til.", space_after=4)
    w = [40, 9, 9, 18, 92, 42, 28, 16]
    t = dh.new_table(doc, w)
    hdr = dh.add_row(t, ["Uønskt hending", "S", "K", "Risiko", "Tiltak", "Ansvarleg", "Frist", "Mål"], w, size=9,
                     bold=True, fill="EDE3E0")
    dh.set_repeat_header(hdr)
    for code, name, s_, k_, its in hazards:
        risk = _risk(s_, k_)
        lines = [(x[0], x[1], x[2], x[3]) for x in its] if not isinstance(its, str) else [(its, "", "", "")]
        for j, (tx, a, fr, ml) in enumerate(lines):
            first = j == 0
            head = [("restart", f"{code} {name}"), ("restart", str(s_)), ("restart", str(k_)), ("restart", risk)] \
                if first else [("continue",)] * 4
            row = dh.add_row(t, [*head, tx, a, fr, ml], w, size=9)
            dh.set_cant_split(row)
            dh.shade(row.cells[3], RISK_FILL[risk])
    dh.add_section(doc, landscape=False, margins_mm=20)
    dh.heading(doc, "5  Oppfølging", 1)
    dh.para(doc, "Beredskapsrådet går gjennom planen to gonger i året. Planen vert rullert kvart år saman med "
                 "budsjettet, og ROS-analysen vert revidert i 2029.")
    dh.set_core_properties(doc, title=plan.title, author="Vetlefjord kommune")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf)
    return plan, pdf


def _check_ros() -> list[str]:
    """The register page is landscape and prints every hazard name once there; the DOCX register has vMerge
    restart cells for six hazards × four columns; 'Ingen nye tiltak' is printed and is no gold measure."""
    import zipfile

    import pypdfium2 as pdfium
    import yaml

    slug = ROS_SLUG
    pdf = OUT / slug / f"{slug}.pdf"
    pages = mb3.pdftotext_pages(pdf)
    gold = yaml.safe_load((OUT / slug / f"{slug}.gold.yaml").read_text(encoding="utf-8"))
    bad = []
    p = gold["measures"][0]["page"]
    doc = pdfium.PdfDocument(str(pdf))
    try:
        w, h = doc[p - 1].get_size()
    finally:
        doc.close()
    if not w > h:
        bad.append(f"{slug}: the register page {p} is not landscape")
    xml = zipfile.ZipFile(OUT / slug / f"{slug}.docx").read("word/document.xml").decode()
    if xml.count('w:vMerge w:val="restart"') != 24:
        bad.append(f"{slug}: not 24 merged hazard / score cells")
    if "ingennyetiltak" not in pages[p - 1] or any(m["text"].startswith("Ingen") for m in gold["measures"]):
        bad.append(f"{slug}: the 'Ingen nye tiltak' row is missing or in the gold")
    return bad


# =========================================================================== verify / main


LAYOUT_CHECKS: dict[str, callable] = {
    DRIVER_SLUG: _check_driver,
    SMTTE_SLUG: _check_smtte,
    PROJECT_SLUG: _check_project,
    ROS_SLUG: _check_ros,
}


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page), batch 30's whole-text check, and one layout fact per plan."""
    return mb3.verify(slug) + mb30._whole_text_on_page(slug) + LAYOUT_CHECKS.get(slug, lambda: [])()


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify,
                  patterns=("*.docx", "*.odt", "*.html", "*.pdf", "*.gold.yaml"))


if __name__ == "__main__":
    main(sys.argv[1:])
