"""Build the sixth batch of blind authored plans (corpora/authored/<slug>/), in layouts not yet in
the corpus, two of them with strategies as well as goals and measures.

    python corpora/scripts/make_blind_corpus6.py              # every plan
    python corpora/scripts/make_blind_corpus6.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus6.py --verify     # check gold against the PDFs

Same method as the earlier blind builders (whose plan data classes, findings derivation, gold
writer, OpenDocument writer, Chromium printer, LibreOffice export with a private profile and
pdftotext check are reused from make_blind_corpus.py and make_blind_corpus3.py): each plan is
written here as data (goals, strategies, measures with owners and deadlines) and rendered by the
tool a municipality would use. The gold file is written from the same data; only the page numbers
are looked up in the PDF text. Gold files carry `held_out: true` and were committed before
plancheck was run on the documents.

--verify re-reads every PDF with pdftotext and checks that every gold goal, strategy, measure,
owner, deadline and finding quote is printed on the page the gold file names (owners and deadlines
of a measure may sit on the next page when a row breaks).

Deterministic: fixed zip times, core/meta properties, PDF dates and IDs.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _docx_helpers as dh  # noqa: E402
import make_blind_corpus as mb  # noqa: E402
import make_blind_corpus3 as mb3  # noqa: E402
from make_blind_corpus import G, M, Plan, S  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus6.py")


# =========================================================================== 1 ansvarsmatrise (X under unit columns)


@plan_builder
def build_folkehelse_ansvarsmatrise() -> tuple[Plan, Path]:
    """Bokmål tverrsektoriell handlingsplan whose measure table is an 'ansvarsmatrise': 'Tiltak |
    Ansvar (Oppvekst | Helse | Kultur | Teknisk) | Frist' with a two-row header (the 'Ansvar' cell
    spans the four unit columns); the owner of a measure is the unit(s) marked with X."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    slug = "folkehelse-ansvarsmatrise"
    units = ["Oppvekst", "Helse", "Kultur", "Teknisk"]
    # goal -> [(tiltak, units with X, frist, kind)]
    tree = [
        ("Flere innbyggere skal være fysisk aktive i hverdagen.", [
            ("Merke og skilte turstier i nærheten av alle boligfelt", ["Kultur", "Teknisk"], "2026", "period"),
            ("Innføre 60 minutter fysisk aktivitet hver dag på barnetrinnet", ["Oppvekst"], "Skoleåret 2025/26",
             "period"),
            ("Etablere en frisklivssentral med tilbud om trening og kostholdsveiledning", ["Helse"],
             "1. halvår 2026", "period"),
        ]),
        ("Barn og unge i Storvika skal ha gode oppvekstvilkår og et trygt nærmiljø.", [
            ("Gi gratis ferietilbud til barn i familier med lav inntekt", ["Kultur"], "Sommeren 2025", "period"),
            ("Innføre foreldreveiledningsprogrammet ICDP i alle barnehager", ["Oppvekst", "Helse"], "Høst 2026",
             "period"),
            ("Utbedre de farligste punktene langs skoleveiene", ["Teknisk"], "2027", "period"),
            ("Holde fritidsklubben åpen to kvelder i uken", ["Kultur"], "Løpende", "continuous"),
        ]),
        ("Eldre skal kunne delta aktivt i lokalsamfunnet lenger.", [
            ("Starte seniortrim i alle grendehusene", ["Helse", "Kultur"], "Vår 2026", "period"),
            ("Tilby forebyggende hjemmebesøk til alle som fyller 78 år", ["Helse"], "31.12.2025", "date"),
            ("Sette opp benker og toalett langs turveien rundt Storvikvatnet", ["Teknisk"], "2026", "period"),
        ]),
        ("Færre innbyggere skal oppleve ensomhet.", [
            ("Opprette en møteplass for nyankomne og frivillige på biblioteket", ["Kultur"], "Høst 2025", "period"),
            ("Lage en oversikt over lavterskeltilbud for voksne med psykiske plager", [], "2026", "period"),
            ("Lære ansatte i hjemmetjenesten å oppdage ensomhet hos brukerne", ["Helse"], "Vår 2027", "period"),
        ]),
    ]
    goals, measures = [], []
    n_m = 0
    for gi, (gtext, rows) in enumerate(tree, start=1):
        goals.append(G(f"G{gi}", gtext))
        for text, xs, when, kind in rows:
            n_m += 1
            note = ("no X in any unit column of this row" if not xs
                    else f"X under {', '.join(xs)}" if len(xs) > 1 else "")
            measures.append(M(f"M{n_m}", text, [f"G{gi}"], list(xs), when, kind, note=note))
    plan = Plan(
        slug=slug, language="nb", title="Tverrsektoriell handlingsplan for folkehelse 2025–2028",
        period=(2025, 2028), goals=goals, measures=measures,
        notes="""
Word (python-docx) → LibreOffice PDF, portrait A4, Arial (Liberation Sans). Bokmål. Chapter 3 is
ONE 'ansvarsmatrise': a table whose header has TWO rows: row 1 'Tiltak' | 'Ansvar' | 'Frist', where
'Tiltak' and 'Frist' are merged down over both header rows and 'Ansvar' spans four columns; row 2
names the four units under 'Ansvar': 'Oppvekst', 'Helse', 'Kultur', 'Teknisk' (narrow, centred
columns). Each measure row has
the measure text, an 'X' (centred) under every unit responsible for it, and the deadline. The owner
of a measure is the unit(s) whose column holds an X (gold owners are the column names; two or three
X = two or three owners). Goals are full-width shaded group rows 'Mål n: <sentence>' (gold text
without 'Mål n:'); each measure links the goal row above it. The table breaks over pp. 1–2 with
both header rows repeated (w:tblHeader on both): the break falls inside the block of 'Mål 4', whose
last two rows (one of them the row without any X) stand on p. 2 under the repeated header and
without their goal row. A legend line under the table explains the X. One
row has no X at all (measure-has-owner, error); 'Løpende' is continuous (warning). Frist forms:
'2026', 'Skoleåret 2025/26', '1. halvår 2026', 'Sommeren 2025', 'Høst 2026', '2027', 'Vår 2026',
'31.12.2025', 'Høst 2025', 'Vår 2027'. Traps: chapter 1 quotes a goal of the samfunnsdel ('skal');
chapter 2 'Folkehelseoversikten viser' fact bullets; chapter 4 'Dette har vi gjort 2021–2024' (past
tense bullets); chapter 5 the working group (one person per unit: the same unit names as the matrix
columns).""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = dh.new_document(size=10, margins_mm=20, heading_color="7A3B12")
    dh.setup_header_footer(doc.sections[0], "Storvika kommune · Handlingsplan for folkehelse 2025–2028")
    dh.set_core_properties(doc, title=plan.title, author="Storvika kommune")

    dh.para(doc, "Storvika kommune", size=12, bold=True, color="7A3B12")
    dh.para(doc, plan.title, size=19, bold=True, color="7A3B12", space_after=2)
    dh.para(doc, "Vedtatt av kommunestyret 27. mars 2025, sak 22/25", italic=True)
    dh.heading(doc, "1 Innledning", 1)
    dh.para(doc, "Folkehelsearbeidet er hele kommunens ansvar. Denne handlingsplanen samler tiltakene fra "
            "oppvekst, helse, kultur og teknisk drift i én oversikt, slik at det går fram hvem som har ansvar for "
            "hva. Planen følger opp kommuneplanens samfunnsdel, der ett av målene er at «Storvika skal være et "
            "godt sted å leve hele livet». Handlingsplanen rulleres hvert år sammen med økonomiplanen.")
    dh.para(doc, "Etter folkehelseloven skal kommunen ha oversikt over helsetilstanden i befolkningen og de faktorene "
            "som påvirker den, og sette i verk tiltak for å møte utfordringene. Oversikten fra 2024 viser at "
            "fysisk inaktivitet, lavinntekt i barnefamilier og ensomhet blant eldre er de største utfordringene "
            "i Storvika. Kommunestyret har derfor valgt ut fire mål for perioden. Tiltakene under hvert mål er "
            "valgt ut av enhetene sammen, og flere tiltak har mer enn én ansvarlig enhet.")
    dh.heading(doc, "2 Folkehelseoversikten viser", 1)
    b = dh.add_num(doc, dh.add_abstract_num(doc, "bullet"))
    for t in ["Fire av ti voksne i Storvika oppgir at de er fysisk aktive mindre enn 150 minutter i uken.",
              "Andelen barn som bor i husholdninger med vedvarende lavinntekt, er 11 prosent (landet 10 prosent).",
              "Hver femte innbygger over 67 år bor alene.",
              "Tre av fire ungdommer sier at de er fornøyd med lokalmiljøet (Ungdata 2024)."]:
        dh.list_item(doc, t, b)
    dh.heading(doc, "3 Tiltak og ansvar", 1)
    dh.para(doc, "Matrisen viser tiltakene for hvert mål, hvilke enheter som har ansvar, og når tiltaket skal være "
            "gjennomført.", keep_with_next=True)

    widths = [76, 18, 18, 18, 18, 22]
    table = dh.new_table(doc, widths)
    head_fill = "E9D3C2"
    r0, r1 = table.add_row(), table.add_row()
    for r in (r0, r1):
        dh.set_repeat_header(r)
        dh.set_cant_split(r)
        for c, w in zip(r.cells, widths, strict=True):
            dh._set_cell_width(c, w)
    table.cell(0, 0).merge(table.cell(1, 0))
    table.cell(0, 5).merge(table.cell(1, 5))
    table.cell(0, 1).merge(table.cell(0, 4))
    for (ri, ci), text in {(0, 0): "Tiltak", (0, 1): "Ansvar", (0, 5): "Frist", (1, 1): units[0],
                           (1, 2): units[1], (1, 3): units[2], (1, 4): units[3]}.items():
        c = table.cell(ri, ci)
        dh._fill_cell(c, text, size=8.5, bold=True)
        if ci in (1, 2, 3, 4):
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for ri in (0, 1):
        seen = set()
        for c in table.rows[ri].cells:
            if id(c._tc) not in seen:
                seen.add(id(c._tc))
                dh.shade(c, head_fill)
    for gi, (gtext, rows) in enumerate(tree, start=1):
        dh.add_row(table, [f"**Mål {gi}:** {gtext}"], widths, size=9, fill="F6ECE4", span_all=True,
                   keep_with_next=True)
        for text, xs, when, _k in rows:
            row = dh.add_row(table, [text] + ["X" if u in xs else "" for u in units] + [when], widths, size=9)
            dh.set_cant_split(row)
            for c in row.cells[1:5]:
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    dh.para(doc, "X = enheten har ansvar for å gjennomføre tiltaket. Samarbeidspartnere er ikke vist i matrisen.",
            size=8.5, italic=True, space_after=8)
    dh.heading(doc, "4 Dette har vi gjort 2021–2024", 1)
    for t in ["Åpnet lysløypa på Haugen med nytt lysanlegg.",
              "Innført gratis kjernetid i SFO for 1. og 2. trinn.",
              "Startet «Aktiv på dagtid» i samarbeid med idrettslaget."]:
        dh.list_item(doc, t, b)
    dh.heading(doc, "5 Arbeidsgruppe", 1)
    dh.para(doc, "Planen er utarbeidet av folkehelsekoordinator (leder) sammen med én representant fra hver av "
            "enhetene oppvekst, helse, kultur og teknisk. Folkehelsekoordinator følger opp planen og rapporterer "
            "til kommunedirektørens ledergruppe hvert halvår.")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = mb.lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 2 English outline by indentation (reportlab)


@plan_builder
def build_wellbeing_outline_en() -> tuple[Plan, Path]:
    """English action plan generated with reportlab whose goal → strategy → measure outline is
    shown only by indentation and weight; lead and due date stand in columns at the right."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    slug = "wellbeing-outline-en"
    ps, hr = "Public Health", "HR"
    # goal -> [(strategy, [(action, lead printed, owners, due, kind)])]
    tree = [
        ("People in Kestrel Bay will live longer and healthier lives.", [
            ("Make the healthy choice the easy choice in everyday places.", [
                ("Introduce healthy food standards in all council-run cafés and vending machines",
                 "Catering Services", ["Catering Services"], "March 2026", "period"),
                ("Extend the free leisure pass to all residents on Universal Credit", "Leisure Services",
                 ["Leisure Services"], "October 2025", "period"),
            ]),
            ("Reach the people who do not usually use health services.", [
                ("Run NHS Health Check outreach sessions in supermarkets and workplaces", ps, [ps], "2025/26",
                 "period"),
                ("Train 200 frontline staff in Making Every Contact Count", "Public Health and HR", [ps, hr],
                 "December 2026", "period"),
            ]),
        ]),
        ("Older people will stay independent in their own homes for longer.", [
            ("Help people to adapt their homes before a crisis.", [
                ("Cut the waiting time for disabled facilities grants to 12 weeks", "Housing Services",
                 ["Housing Services"], "March 2027", "period"),
                ("Offer a free falls-prevention home check to everyone aged 75 and over", "Adult Social Care",
                 ["Adult Social Care"], "Ongoing", "continuous"),
            ]),
            ("Keep older people connected to their community.", [
                ("Set up a befriending scheme with the Kestrel Bay Volunteer Centre", "Community Development",
                 ["Community Development"], "Summer 2025", "period"),
                ("Provide digital skills sessions for older residents in every library", "Libraries",
                 ["Libraries"], "September 2025", "period"),
            ]),
        ]),
        ("Every child in Kestrel Bay will have the best start in life.", [
            ("Support families from pregnancy until the child starts school.", [
                ("Open two more family hubs, in Northgate and Eastcliff", "Children's Services",
                 ["Children's Services"], "2026", "period"),
                ("Offer every family a home visit from a health visitor before the baby is born", "", [],
                 "2025/26", "period"),
            ]),
            ("Make schools healthy places to learn.", [
                ("Sign up every primary school to the Daily Mile", "Education Improvement Team",
                 ["Education Improvement Team"], "July 2026", "period"),
                ("Provide free breakfast clubs in the ten schools with the most pupils on free school meals",
                 "Education Improvement Team", ["Education Improvement Team"], "January 2026", "period"),
            ]),
        ]),
    ]
    goals, strategies, measures = [], [], []
    for gi, (gtext, strats) in enumerate(tree, start=1):
        goals.append(G(f"G{gi}", gtext))
        for stext, acts in strats:
            sid = f"S{len(strategies) + 1}"
            strategies.append(S(sid, stext, [f"G{gi}"]))
            for text, _p, owners, when, kind in acts:
                note = "the Lead column is empty on this line" if not owners else ""
                measures.append(M(f"M{len(measures) + 1}", text, [f"G{gi}"], owners, when, kind,
                                  strategies=[sid], note=note))
    plan = Plan(
        slug=slug, language="en", title="Community Wellbeing Action Plan 2025–2028", period=(2025, 2028),
        goals=goals, strategies=strategies, measures=measures, source_ext="py",
        notes="""
Generated with reportlab (Liberation Sans, embedded TrueType subset), portrait A4, running header
and 'Page n of N' footer. English (UK). Section 3 'Our plan' is a three-level outline shown ONLY by
indentation and weight, drawn as one borderless table (no rules except under the column-head line):
a goal is a bold 11.5 pt line at the left margin, a strategy a bold 10 pt line indented 8 mm, an
action a regular 9.5 pt line indented 16 mm whose lead stands in a second column (left-aligned at
about 112 mm) and whose due date in a third, right-aligned column at the right margin. No numbers,
bullets or the words goal/strategy/action on the items. The column-head line 'Lead  Due' (bold,
rule under it) stands once, at the top of the outline on p. 1; the outline continues on p. 2 with
no column head, and the page break leaves the third goal's line alone at the foot of p. 1 (its
strategies and actions are on p. 2). Long actions wrap inside their column. Links: an action links the goal and the
strategy above it. 'Public Health and HR' is two owners; 'Education Improvement Team', 'Adult
Social Care' one each. One action has an empty Lead column (error); 'Ongoing' is continuous
(warning). Due forms (a month and year is a period): 'March 2026', 'October 2025', '2025/26',
'December 2026', 'March 2027', 'Summer 2025', 'September 2025', '2026', 'July 2026', 'January 2026'. Traps: the Cabinet Member's foreword
('we will'), the national 'Healthy Lives, Healthy People' aim quoted, 'Kestrel Bay in numbers' facts,
section 4 'What we have done since 2021' (past-tense lines indented like actions, without columns),
and the Wellbeing Partnership Board membership.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    pdf = d / f"{slug}.pdf"
    fontdir = Path("/usr/share/fonts/truetype/liberation")
    pdfmetrics.registerFont(TTFont("LibSans", str(fontdir / "LiberationSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("LibSans-Bold", str(fontdir / "LiberationSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("LibSans-Italic", str(fontdir / "LiberationSans-Italic.ttf")))
    pdfmetrics.registerFontFamily("LibSans", normal="LibSans", bold="LibSans-Bold", italic="LibSans-Italic")
    teal = colors.HexColor("#1f5f6b")
    base = ParagraphStyle("b", fontName="LibSans", fontSize=10, leading=13.5, spaceAfter=5)
    h1 = ParagraphStyle("h1", parent=base, fontName="LibSans-Bold", fontSize=20, leading=24, textColor=teal)
    h2 = ParagraphStyle("h2", parent=base, fontName="LibSans-Bold", fontSize=13, leading=16, spaceBefore=9,
                        spaceAfter=4, textColor=teal)
    bullet = ParagraphStyle("li", parent=base, leftIndent=5 * mm, bulletIndent=1 * mm, spaceAfter=2)
    g_st = ParagraphStyle("g", parent=base, fontName="LibSans-Bold", fontSize=11.5, leading=14.5, spaceAfter=0)
    s_st = ParagraphStyle("s", parent=base, fontName="LibSans-Bold", fontSize=10, leading=13, spaceAfter=0)
    a_st = ParagraphStyle("a", parent=base, fontSize=9.5, leading=12, spaceAfter=0)
    a_due = ParagraphStyle("ad", parent=a_st, alignment=TA_RIGHT)
    head = ParagraphStyle("hd", parent=a_st, fontName="LibSans-Bold")
    head_r = ParagraphStyle("hdr", parent=head, alignment=TA_RIGHT)
    past = ParagraphStyle("p", parent=a_st, leftIndent=16 * mm, spaceAfter=3)
    cw = [106 * mm, 42 * mm, 26 * mm]

    def outline():
        rows, cmds = [[Paragraph("", head), Paragraph("Lead", head), Paragraph("Due", head_r)]], [
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (2, 0), (2, -1), 0),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#7a9ea5")), ("BOTTOMPADDING", (0, 0), (-1, 0), 3)]
        for gtext, strats in tree:
            r = len(rows)
            rows.append([Paragraph(gtext, g_st), "", ""])
            cmds += [("SPAN", (0, r), (-1, r)), ("TOPPADDING", (0, r), (-1, r), 9)]
            for stext, acts in strats:
                r = len(rows)
                rows.append([Paragraph(stext, s_st), "", ""])
                cmds += [("SPAN", (0, r), (-1, r)), ("LEFTPADDING", (0, r), (-1, r), 8 * mm),
                         ("TOPPADDING", (0, r), (-1, r), 5)]
                for text, printed, _o, when, _k in acts:
                    r = len(rows)
                    rows.append([Paragraph(text, a_st), Paragraph(printed, a_st), Paragraph(when, a_due)])
                    cmds += [("LEFTPADDING", (0, r), (0, r), 16 * mm)]
        return Table(rows, colWidths=cw, hAlign="LEFT", style=TableStyle(cmds), repeatRows=0)

    def story():
        s = [Paragraph("KESTREL BAY BOROUGH COUNCIL", ParagraphStyle("o", parent=base, fontName="LibSans-Bold",
                                                                     fontSize=10, textColor=teal)),
             Paragraph(plan.title, h1),
             Paragraph("Approved by Cabinet on 14 May 2025", ParagraphStyle("i", parent=base,
                                                                            fontName="LibSans-Italic")),
             Paragraph("1 Foreword", h2),
             Paragraph("Most people in Kestrel Bay enjoy good health, but a child born in Northgate can expect to "
                       "live eight fewer years than a child born a mile away in Westcliff. That is not fair, and "
                       "we will not accept it. Over the next four years we will work with the NHS, schools and "
                       "the voluntary sector to close that gap.", base),
             Paragraph("Cllr Priya Sandhu, Cabinet Member for Health and Wellbeing",
                       ParagraphStyle("sig", parent=base, fontName="LibSans-Italic")),
             Paragraph("2 Kestrel Bay in numbers", h2)]
        for t in ["Healthy life expectancy is 58.9 years for men and 60.2 years for women.",
                  "One adult in four is physically inactive (less than 30 minutes a week).",
                  "Around 4,300 residents aged 65 and over live alone."]:
            s.append(Paragraph(t, bullet, bulletText="•"))
        s += [Paragraph("The national public health strategy, Healthy Lives, Healthy People, aims to help people "
                        "live longer, healthier and more fulfilling lives and to improve the health of the poorest "
                        "fastest.", base),
              Paragraph("3 Our plan", h2),
              Paragraph("The plan below shows what we want to achieve, how we will work and what we will do. The "
                        "service that leads each piece of work and the date it is due are shown on the right.", base),
              Spacer(1, 1.5 * mm), outline(),
              Paragraph("4 What we have done since 2021", h2)]
        for t in ["Opened the Westcliff Wellbeing Hub with GP, library and advice services under one roof.",
                  "Planted 1,200 street trees in the wards with the least green space.",
                  "Helped 640 people to stop smoking through the Quit Kestrel service."]:
            s.append(Paragraph(t, past))
        s += [Paragraph("5 Who is involved", h2),
              Paragraph("The plan is owned by the Kestrel Bay Wellbeing Partnership Board: the Director of Public "
                        "Health (chair), the Directors of Adult and Children's Services, the Head of Housing, the "
                        "Integrated Care Board's place director and the chief officer of the Volunteer Centre. The "
                        "Board reviews progress every six months.", base)]
        return s

    def build(n_pages):
        def onpage(canvas, doc):
            w, h = canvas._pagesize
            canvas.saveState()
            canvas.setFont("LibSans", 8.5)
            canvas.setFillColor(colors.HexColor("#555555"))
            canvas.drawString(18 * mm, h - 12 * mm, "Kestrel Bay Borough Council · Community Wellbeing Action Plan")
            canvas.drawRightString(w - 18 * mm, 10 * mm, f"Page {doc.page} of {n_pages}")
            canvas.restoreState()

        doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=19 * mm,
                                bottomMargin=18 * mm, title=plan.title, author="Kestrel Bay Borough Council",
                                creator="Kestrel Bay Borough Council", invariant=1)
        doc.build(story(), onFirstPage=onpage, onLaterPages=onpage)
        return doc.page

    build(build(2))  # second pass with the page count known ('Page n of N')
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 3 nynorsk goal cards, three columns (HTML)


@plan_builder
def build_idrett_maalkort_nn() -> tuple[Plan, Path]:
    """Nynorsk handlingsdel printed from HTML by Chromium on LANDSCAPE pages: each goal is a card in
    a three-column grid (goal sentence in the card head, measures as bullets, each followed by the
    owner in italics and the deadline in brackets)."""
    import html as _h

    slug = "idrett-maalkort-nn"
    kult = "Kultureininga"
    eig = "Eigedomsavdelinga"
    # goal -> [(tiltak, owner printed or '', owners, frist, kind)]
    cards = [
        ("Fleire innbyggjarar skal vere fysisk aktive kvar veke.", [
            ("Lage ein kampanje for aktiv transport til skule og jobb", "Folkehelsekoordinator",
             ["Folkehelsekoordinator"], "Vår 2026", "period"),
            ("Opne gymsalane for eigenorganisert aktivitet på søndagar", eig, [eig], "Haust 2025", "period"),
            ("Tilby gratis trening det første året til nye innbyggjarar", "", [], "2026", "period"),
        ]),
        ("Alle barn og unge skal kunne delta i minst éin fritidsaktivitet.", [
            ("Innføre fritidskort for barn og unge frå 6 til 18 år", kult, [kult], "1. januar 2026", "date"),
            ("Etablere ein utlånssentral for sports- og friluftsutstyr i sentrum", "Frivilligsentralen",
             ["Frivilligsentralen"], "Haust 2025", "period"),
            ("Gi tilskot til lag som tek imot barn som ikkje kan betale kontingent", kult, [kult], "2026",
             "period"),
        ]),
        ("Friluftsområda nær der folk bur, skal vere tilgjengelege for alle.", [
            ("Byggje ein universelt utforma sti rundt Solbøvatnet", "Teknisk eining", ["Teknisk eining"], "2027",
             "period"),
            ("Merke og skilte 15 nye nærturar", "Turlaget og kultureininga", ["Turlaget", "kultureininga"],
             "Vår 2026", "period"),
            ("Sikre allmenn tilgang til strandsona i alle nye reguleringsplanar", "Plan og byggesak",
             ["Plan og byggesak"], "Løpande", "continuous"),
        ]),
        ("Idrettsanlegga i kommunen skal vere i god stand og brukast mykje.", [
            ("Lage ein vedlikehaldsplan for alle kommunale idrettsanlegg", eig, [eig], "31.12.2025", "date"),
            ("Innføre digital booking av hallar og baner", "Servicetorget", ["Servicetorget"], "2. halvår 2026",
             "period"),
        ]),
        ("Eldre skal ha tilbod om trening og aktivitet som held dei friske lenger.", [
            ("Starte grupper for styrke- og balansetrening i alle grendene", "Fysioterapitenesta",
             ["Fysioterapitenesta"], "Vår 2026", "period"),
            ("Tilby ei turvenn-ordning saman med frivilligsentralen", "Helse og omsorg", ["Helse og omsorg"],
             "Haust 2026", "period"),
        ]),
    ]
    goals, measures = [], []
    for gi, (gtext, acts) in enumerate(cards, start=1):
        goals.append(G(f"G{gi}", gtext))
        for k, (text, _p, owners, when, kind) in enumerate(acts, start=1):
            note = "no owner in italics on this bullet, only the deadline in brackets" if not owners else ""
            measures.append(M(f"M{gi}.{k}", text, [f"G{gi}"], owners, when, kind, note=note))
    plan = Plan(
        slug=slug, language="nn", title="Kommunedelplan for idrett, fysisk aktivitet og friluftsliv 2025–2028 – "
        "handlingsdel", period=(2025, 2028), goals=goals, measures=measures, source_ext="html",
        notes="""
HTML printed to PDF by headless Chromium (--print-to-pdf, --no-pdf-header-footer), LANDSCAPE A4
(297×210 mm). Nynorsk. A title band, then a three-column intro (about the plan, a 'Dette seier tala'
fact box, and the national goal quoted from the folkehelsemeldinga) on p. 1, then the goals as CARDS
in a three-column grid (CSS grid, three equal columns): cards 1–3 on p. 1, cards 4–5 and a
'Dette har vi fått til 2021–2024' card in the same look on p. 2. Each goal card has a coloured head
with the label 'Mål n' and the goal sentence (gold text = the sentence), a small 'Tiltak' label,
and the measures as '•' bullets: the measure text, then on a new line in the same bullet the owner
in ITALICS followed by the deadline in brackets, e.g. '_Kultureininga_ (Haust 2025)'. There is no
'Ansvar'/'Frist' label anywhere in the cards; the column head words are only in the reading guide
('Slik les du korta'). Links: a measure links the goal of its card. One bullet has no italic owner,
only '(2026)' (measure-has-owner, error); 'Løpande' is continuous (warning). 'Turlaget og
kultureininga' two owners; 'Helse og omsorg', 'Plan og byggesak' one each. Deadline forms: 'Vår
2026', 'Haust 2025', '2026', '1. januar 2026', '2027', '31.12.2025', '2. halvår 2026', 'Haust 2026'.
Traps: the national goal quoted ('skal'), the fact box, the reading guide, and on p. 2 a third
card in the SAME look as the goal cards ('Førre planperiode' / 'Dette har vi fått til 2021–2024')
whose bullets are past-tense results with an italic name and a year in brackets, exactly like the
measures; the working group in the footer line.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    e = _h.escape

    def card(n, gtext, acts):
        items = []
        for text, printed, _o, when, _k in acts:
            who = f"<i>{e(printed)}</i> " if printed else ""
            items.append(f"<li>{e(text)}<br><span class=\"who\">{who}({e(when)})</span></li>")
        return (f"<section class=\"card\"><div class=\"head\"><div class=\"lab\">Mål {n}</div>"
                f"<div class=\"goal\">{e(gtext)}</div></div><div class=\"body\"><div class=\"tl\">Tiltak</div>"
                f"<ul>{''.join(items)}</ul></div></section>\n")

    parts = [f"""<!DOCTYPE html>
<html lang="nn"><head><meta charset="utf-8"><title>{e(plan.title)}</title>
<style>
@page {{ size: A4 landscape; margin: 11mm 12mm 12mm 12mm; }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 9.5pt; line-height: 1.3; color: #1e2a22;
  margin: 0; }}
.band {{ background: #2d6a4f; color: #fff; padding: 7px 12px 9px; }}
.band .k {{ font-size: 9.5pt; letter-spacing: 1px; }}
.band h1 {{ font-size: 17pt; margin: 2px 0 0; }}
.band .sub {{ font-size: 9pt; }}
.intro {{ display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 7mm; margin: 6px 0 8px; }}
.intro h2 {{ font-size: 11pt; color: #2d6a4f; margin: 2px 0 3px; }}
.intro p {{ margin: 0 0 4px; }}
.fact {{ background: #eef5f0; padding: 5px 8px; }}
.fact ul {{ margin: 0; padding-left: 14px; }}
.grid {{ display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 6mm; }}
.card {{ border: 0.8pt solid #2d6a4f; break-inside: avoid; }}
.card .head {{ background: #d8ebdf; padding: 5px 8px; }}
.card .lab {{ font-size: 8.5pt; font-weight: bold; color: #2d6a4f; text-transform: uppercase; letter-spacing: 0.5px; }}
.card .goal {{ font-weight: bold; font-size: 10.5pt; }}
.card .body {{ padding: 4px 8px 6px; }}
.card .tl {{ font-size: 8.5pt; font-weight: bold; color: #555; margin-bottom: 2px; }}
.card ul {{ margin: 0; padding-left: 13px; }}
.card li {{ margin-bottom: 5px; }}
.who {{ font-size: 8.5pt; color: #333; }}
.done .head {{ background: #ececec; }}
.p2 {{ break-before: page; }}
.foot {{ margin-top: 8px; font-size: 8.5pt; border-top: 0.5pt solid #999; padding-top: 4px; }}
</style></head><body>
<div class="band"><div class="k">SOLBØ KOMMUNE</div><h1>{e(plan.title)}</h1>
<div class="sub">Vedteken av kommunestyret 12. juni 2025, sak 48/25</div></div>
<div class="intro">
<div><h2>Om handlingsdelen</h2>
<p>Kommunedelplanen for idrett, fysisk aktivitet og friluftsliv gjeld for 2025–2028. Handlingsdelen viser kva
kommunen skal gjere for å nå måla i planen, og han blir rullert kvart år. Planen er grunnlag for søknader om
spelemidlar.</p>
<h2>Slik les du korta</h2>
<p>Kvart mål har sitt eige kort. Under kvart tiltak står ansvarleg eining i kursiv og fristen i parentes.</p></div>
<div class="fact"><h2>Dette seier tala</h2><ul>
<li>Berre 32 prosent av vaksne i Solbø er fysisk aktive i tråd med tilrådingane.</li>
<li>Sju av ti ungdomar er med i eit organisert fritidstilbod (Ungdata 2024).</li>
<li>Kommunen har 38 km merka turstiar, 4 km av dei er universelt utforma.</li></ul></div>
<div><h2>Nasjonale mål</h2>
<p>Folkehelsemeldinga seier at «delen av befolkninga som er fysisk aktiv, skal auke med 10 prosent innan 2025».
Regjeringa vil òg at alle skal ha høve til å drive friluftsliv nær der dei bur. Måla i planen vår byggjer på
desse nasjonale måla.</p></div>
</div>
<div class="grid">
"""]
    for n, (gtext, acts) in enumerate(cards[:3], start=1):
        parts.append(card(n, gtext, acts))
    parts.append("</div>\n<div class=\"grid p2\">\n")
    for n, (gtext, acts) in enumerate(cards[3:], start=4):
        parts.append(card(n, gtext, acts))
    parts.append("""<section class="card done"><div class="head"><div class="lab">Førre planperiode</div>
<div class="goal">Dette har vi fått til 2021–2024</div></div><div class="body"><ul>
<li>Opna kunstgrasbana på Solbø stadion<br><span class="who"><i>Solbø IL</i> (2022)</span></li>
<li>Rusta opp lysløypa til Fjellstølen<br><span class="who"><i>Løypelaget</i> (2023)</span></li>
<li>Starta «Aktiv kvardag» for seniorar<br><span class="who"><i>Frivilligsentralen</i> (2024)</span></li>
</ul></div></section>
</div>
<div class="foot">Arbeidsgruppe: kultursjef (leiar), idrettsrådet, folkehelsekoordinator, ein representant for
eigedomsavdelinga og ein for ungdomsrådet. Kontakt: postmottak@solbo.kommune.no · Solbø kommune, Rådhusvegen 2</div>
</body></html>
""")
    src = d / f"{slug}.html"
    src.write_text("".join(parts), encoding="utf-8")
    pdf = mb.chromium_pdf(src, d / f"{slug}.pdf")
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 4 letter numbering A / A.1 / A.1.a (odfpy)


@plan_builder
def build_naering_bokstavnummer() -> tuple[Plan, Path]:
    """Bokmål strategisk næringsplan (odfpy) whose items are numbered with letters hierarchically:
    goals 'A'–'D' as headings, strategies 'A.1' as shaded rows spanning the measure table, measures
    'A.1.a' in the 'Nr' column of 'Nr | Tiltak | Ansvarlig | Frist'."""
    from odf.style import Style, TableCellProperties, TableColumnProperties, TableProperties
    from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableHeaderRows, TableRow
    from odf.text import P

    slug = "naering-bokstavnummer"
    ns, td = "Næringssjef", "Teknisk drift"
    # (letter, goal, challenge text, [(strategy, [(tiltak, ansvarlig printed, owners, frist, kind, outside)])])
    tree = [
        ("A", "Vesterdal skal ha flere arbeidsplasser i privat næringsliv.",
         "Antallet private arbeidsplasser har stått stille i ti år, og det er nesten ingen ledige næringstomter.", [
             ("Gjøre det enkelt å starte og utvikle bedrift i Vesterdal", [
                 ("Opprette en fast kontaktperson i kommunen for nye bedrifter", ns, [ns], "1. halvår 2025",
                  "period", False),
                 ("Tilby gratis etablererkurs to ganger i året", "Næringssjef og Vesterdal Næringsforum",
                  [ns, "Vesterdal Næringsforum"], "2025–2028", "period", False),
             ]),
             ("Ha ledige og byggeklare næringsarealer", [
                 ("Regulere nytt næringsområde på Moane", "Plan og byggesak", ["Plan og byggesak"], "2026", "period",
                  False),
                 ("Bygge vei, vann og avløp fram til næringsområdet på Moane", td, [td], "2029", "period", True),
             ]),
         ]),
        ("B", "Reiselivet skal gi flere helårsarbeidsplasser.",
         "Reiselivet i Vesterdal er sterkt i juli og i vinterferien, men står nesten stille resten av året.", [
             ("Utvikle Vesterdal som en helårsdestinasjon", [
                 ("Utarbeide en reiselivsstrategi sammen med destinasjonsselskapet", ns, [ns], "Høst 2025",
                  "period", False),
                 ("Legge til rette for merkede sykkelruter og bobilparkering", td, [td], "Vår 2026", "period",
                  False),
             ]),
         ]),
        ("C", "Flere unge skal velge å bo og arbeide i Vesterdal.",
         "Fire av fem som tar høyere utdanning, flytter ut og kommer ikke tilbake.", [
             ("Knytte ungdom og næringsliv tettere sammen", [
                 ("Arrangere jobbmesse for elever i ungdomsskolen og videregående skole", "Rådgiver oppvekst",
                  ["Rådgiver oppvekst"], "Oktober 2025", "period", False),
                 ("Gi sommerjobb i lokale bedrifter til 30 ungdommer", "NAV Vesterdal", ["NAV Vesterdal"],
                  "Sommeren 2026", "period", False),
             ]),
             ("Markedsføre Vesterdal som bo- og arbeidssted", [
                 ("Lage en nettside for tilflyttere med ledige jobber og boliger", "Kommunikasjonsrådgiver",
                  ["Kommunikasjonsrådgiver"], None, None, False),
             ]),
         ]),
        ("D", "Landbruket i Vesterdal skal holde oppe produksjonen.",
         "Antallet aktive gårdsbruk er halvert siden 2000, og snittalderen blant bøndene er 57 år.", [
             ("Styrke rekrutteringen til landbruket", [
                 ("Gi tilskudd til generasjonsskifte på gårdsbruk", "Landbrukskontoret", ["Landbrukskontoret"],
                  "2026", "period", False),
                 ("Etablere et fagnettverk for unge bønder", "Landbrukskontoret og Vesterdal Bondelag",
                  ["Landbrukskontoret", "Vesterdal Bondelag"], "Vår 2027", "period", False),
             ]),
         ]),
    ]
    goals, strategies, measures = [], [], []
    for letter, gtext, _c, strats in tree:
        goals.append(G(f"G{letter}", gtext))
        for si, (stext, acts) in enumerate(strats, start=1):
            sid = f"S{letter}.{si}"
            strategies.append(S(sid, stext, [f"G{letter}"]))
            for k, (text, _p, owners, when, kind, outside) in enumerate(acts):
                note = ("empty Frist cell" if when is None else
                        "deadline after the plan period 2025–2028" if outside else "")
                measures.append(M(f"M{letter}.{si}.{'abcdef'[k]}", text, [f"G{letter}"], owners, when, kind,
                                  strategies=[sid], outside=outside, note=note))
    plan = Plan(
        slug=slug, language="nb", title="Strategisk næringsplan for Vesterdal 2025–2028", period=(2025, 2028),
        goals=goals, strategies=strategies, measures=measures, source_ext="odt",
        notes="""
OpenDocument (odfpy) → LibreOffice PDF, portrait A4, Liberation Sans. Bokmål. Everything in chapter 3
is numbered with LETTERS, typed by hand, hierarchically: each goal is a bold coloured line styled
like a heading (a paragraph style, not an outline heading) 'A', 'B', 'C', 'D' + an em space +
the goal sentence ('A  Vesterdal skal ha …'; gold text without the letter), then a
short challenge paragraph in italics (not a goal), then one table 'Nr | Tiltak | Ansvarlig | Frist'
per goal. In the table, each strategy is a shaded row with its number in the Nr cell ('A.1') and
its text spanning the other three cells; the measures below it have 'A.1.a', 'A.1.b' in the Nr
cell. Links: a measure links the goal of its letter and the strategy row above it. The Nr of a
measure repeats both prefixes. No table breaks over a page, but goal C's line and challenge stand
at the foot of p. 1 and its table at the top of p. 2. 'Næringssjef og Vesterdal Næringsforum', 'Landbrukskontoret og Vesterdal Bondelag' two
owners; 'Plan og byggesak', 'Teknisk drift' one each. One measure has an empty Frist cell
(measure-has-deadline, error); one is due '2029', after the plan period 2025–2028
(deadline-within-plan-period, warning). Frist forms: '1. halvår 2025', '2025–2028', '2026', '2029',
'Høst 2025', 'Vår 2026', 'Oktober 2025', 'Sommeren 2026', 'Vår 2027'. Traps: chapter 1 quotes the
regional plan's goal ('skal') with letters of its own ('a) … b) …'), chapter 2 'Nøkkeltall' table,
chapter 4 'Gjennomført i forrige periode' (past tense), chapter 5 the steering group.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    od = mb.Odt(header="Vesterdal kommune · Strategisk næringsplan 2025–2028", size=10, lang="nb", country="NO")
    od.style("Bullet", size=10, indent_cm=0.6, hanging_cm=0.4, after=0.05)
    od.style("Challenge", size=9.5, italic=True, after=0.15)
    od.style("GoalHead", size=12, bold=True, before=0.45, after=0.12, color="#7b2d26", keep=True)
    od.style("Note", size=8.5, italic=True, after=0.1)
    od.p("Vesterdal kommune", "H3")
    od.p(plan.title, "Title")
    od.p("Vedtatt av kommunestyret 20. februar 2025, sak 9/25")
    od.h("1 Bakgrunn", 1)
    od.p("Næringsplanen viser hvordan kommunen sammen med næringslivet vil skape flere arbeidsplasser i Vesterdal. "
         "Den bygger på den regionale planen for innovasjon og næringsutvikling, som har to hovedmål: a) regionen "
         "skal ha et konkurransedyktig og omstillingsdyktig næringsliv, og b) flere skal være i arbeid. "
         "Tiltakene rulleres hvert år i handlingsprogrammet.")
    od.h("2 Nøkkeltall", 1)
    od.table([8.0, 3.0, 3.0], [["", "Vesterdal", "Fylket"],
                               ["Sysselsatte i privat sektor", "61 %", "68 %"],
                               ["Registrert arbeidsledighet, 2024", "2,1 %", "1,9 %"],
                               ["Nyetablerte foretak per 1 000 innbyggere", "7,4", "9,8"]])
    od.h("3 Mål, strategier og tiltak", 1)
    od.p("Planen har fire mål (A–D). Under hvert mål står strategiene (A.1, A.2 …) og tiltakene (A.1.a, A.1.b …) "
         "med ansvarlig og frist.")

    widths = [1.6, 8.8, 4.6, 2.4]
    doc = od.doc
    cstyles = {}

    def cs(fill=None):
        if fill not in cstyles:
            s_ = Style(name=f"NK{len(cstyles)}", family="table-cell")
            kw = dict(padding="0.08cm", border="0.5pt solid #9a8a86")
            if fill:
                kw["backgroundcolor"] = fill
            s_.addElement(TableCellProperties(**kw))
            doc.automaticstyles.addElement(s_)
            cstyles[fill] = s_
        return cstyles[fill]

    def cell(text, style="Cell", fill=None, cols=1):
        kw = {"numbercolumnsspanned": cols} if cols > 1 else {}
        c = TableCell(stylename=cs(fill), valuetype="string", **kw)
        c.addElement(od._fill(P(stylename=od.styles[style]), text))
        return c

    for letter, gtext, challenge, strats in tree:
        od.p(f"{letter}\u2003{gtext}", "GoalHead")
        od.p(challenge, "Challenge")
        od._n += 1
        tname = f"T{od._n}"
        ts = Style(name=tname, family="table")
        ts.addElement(TableProperties(width=f"{sum(widths)}cm", align="left", margintop="0.1cm",
                                      marginbottom="0.2cm"))
        doc.automaticstyles.addElement(ts)
        t = Table(name=f"Tiltak{letter}", stylename=tname)
        for i, w in enumerate(widths):
            cst = Style(name=f"{tname}C{i}", family="table-column")
            cst.addElement(TableColumnProperties(columnwidth=f"{w}cm"))
            doc.automaticstyles.addElement(cst)
            t.addElement(TableColumn(stylename=cst))
        head = TableHeaderRows()
        tr = TableRow()
        for h in ["Nr", "Tiltak", "Ansvarlig", "Frist"]:
            tr.addElement(cell(h, "CellBold", "#e6d5d1"))
        head.addElement(tr)
        t.addElement(head)
        for si, (stext, acts) in enumerate(strats, start=1):
            tr = TableRow()
            tr.addElement(cell(f"{letter}.{si}", "CellBold", "#f5ecea"))
            tr.addElement(cell(stext, "CellBold", "#f5ecea", cols=3))
            tr.addElement(CoveredTableCell())
            tr.addElement(CoveredTableCell())
            t.addElement(tr)
            for k, (text, printed, _o, when, _kd, _out) in enumerate(acts):
                tr = TableRow()
                tr.addElement(cell(f"{letter}.{si}.{'abcdef'[k]}"))
                tr.addElement(cell(text))
                tr.addElement(cell(printed))
                tr.addElement(cell(when or ""))
                t.addElement(tr)
        doc.text.addElement(t)
    od.h("4 Gjennomført i forrige periode", 1)
    for t_ in ["Solgt de siste tomtene på Brekka industriområde.",
               "Etablert Vesterdal Næringsforum sammen med 40 bedrifter.",
               "Delt ut 1,2 millioner kroner fra næringsfondet til 14 bedrifter."]:
        od.p("• " + t_, "Bullet")
    od.h("5 Organisering og oppfølging", 1)
    od.p("Styringsgruppen består av ordføreren (leder), kommunedirektøren, næringssjefen og to representanter for "
         "Vesterdal Næringsforum. Næringssjefen rapporterer på tiltakene i årsmeldingen.")
    src = od.save(d / f"{slug}.odt", title=plan.title, author="Vesterdal kommune")
    pdf = mb.lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== verify / main


def main(argv: list[str]) -> None:
    if argv[:1] == ["--verify"]:
        names = argv[1:] or list(PLANS)
        bad = [b for name in names for b in mb3.verify(name)]
        for b in bad:
            print(b)
        print(f"verified {len(names)} plans: {'OK' if not bad else f'{len(bad)} problems'}")
        raise SystemExit(1 if bad else 0)
    for name in argv or list(PLANS):
        plan, pdf = PLANS[name]()
        n = len(mb3.pdftotext_pages(pdf))
        print(f"{name}: {n} pp., {len(plan.goals)} goals, {len(plan.strategies)} strategies, "
              f"{len(plan.measures)} measures, {len(mb.findings(plan))} findings")


if __name__ == "__main__":
    main(sys.argv[1:])
