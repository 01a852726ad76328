"""Build the ninth batch of blind authored plans (corpora/authored/<slug>/), in layouts not yet in
the corpus: side headings in the margin, a Gantt table with shaded year cells, a rotated landscape
page in a portrait report, and a web page whose owners and dates are marked only by icons.

    python corpora/scripts/make_blind_corpus9.py              # every plan
    python corpora/scripts/make_blind_corpus9.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus9.py --verify     # check gold against the PDFs

Same method as the earlier blind builders (plan data classes, findings derivation, gold writer,
OpenDocument writer, Chromium printer and LibreOffice export reused from make_blind_corpus.py, the
pdftotext check from make_blind_corpus3.py): each plan is written here as data and rendered by the
tool a municipality would use; the gold file is written from the same data, only the page numbers
are looked up in the PDF text. Gold files carry `held_out: true` and were committed before
plancheck was run on the documents.

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
from make_blind_corpus import G, M, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus9.py")


def _measures(tree, *, diffuse_words=()) -> tuple[list[G], list[M]]:
    """Goals and measures from [(goal, [(text, printed owner, owners, deadline, kind, outside, note)])]."""
    goals, measures = [], []
    for gi, (gtext, rows) in enumerate(tree, start=1):
        goals.append(G(f"G{gi}", gtext))
        for k, (text, _p, owners, when, kind, outside, note) in enumerate(rows, start=1):
            diffuse = tuple(o for o in owners if o in diffuse_words)
            measures.append(M(f"M{gi}.{k}", text, [f"G{gi}"], owners, when, kind, diffuse=diffuse,
                              outside=outside, note=note))
    return goals, measures


# =========================================================================== 1 Word, side headings in the margin


def _no_borders_cell_margins(table) -> None:
    dh.set_table_borders(table, none=True)


@plan_builder
def build_skolemaaltid_marginoverskrifter() -> tuple[Plan, Path]:
    """Bokmål handlingsplan typeset with SIDE HEADINGS: body text indented 45 mm, 'Dette vil vi
    oppnå' / 'Dette gjør vi' in the left margin zone of a borderless table beside the goal sentence
    and the measure list; owners as abbreviations explained in a 'Forkortelser' list."""
    from docx.shared import Mm, RGBColor

    slug = "skolemaaltid-marginoverskrifter"
    legend = [("KD", "Kommunedirektøren"), ("OPK", "Kommunalområde oppvekst og kultur"),
              ("HO", "Kommunalområde helse og omsorg"), ("EIE", "Eiendomsavdelingen"),
              ("INN", "Innkjøpsenheten"), ("FAU", "Foreldrenes arbeidsutvalg")]
    tree = [
        ("Kapittel 3.1 Måltidet på skolen", "Alle elever i Skarvik skal få et sunt og gratis måltid hver skoledag.", [
            ("Innføre et enkelt gratis skolemåltid på alle barneskolene", "OPK", ["OPK"], "Høst 2026", "period",
             False, ""),
            ("Utvide ordningen til ungdomsskolene", "OPK", ["OPK"], "Høst 2027", "period", False, ""),
            ("Bygge om kjøkkenet på Skarvik skole til produksjonskjøkken", "EIE", ["EIE"], "2027", "period",
             False, ""),
        ]),
        ("Kapittel 3.2 Mat og innkjøp", "Maten som serveres i kommunens skoler og barnehager, skal følge de nasjonale retningslinjene.", [
            ("Lage en felles meny med fire ukers rullering", "HO", ["HO"], "31.12.2026", "date", False, ""),
            ("Stille krav om lokale råvarer i den nye matavtalen", "INN", ["INN"], "1. halvår 2027", "period",
             False, ""),
            ("Kontrollere at menyene følger retningslinjene", "", [], "Årlig", "recurring", False,
             "empty owner cell; 'Årlig' recurring"),
        ]),
        ("Kapittel 3.3 Kunnskap og medvirkning", "Barn og unge skal vite hva et sunt kosthold er, og være med og bestemme over måltidet.", [
            ("Gi alle lærere i mat og helse kurs i matglede og smak", "OPK", ["OPK"], "2028", "period", False, ""),
            ("Opprette et matråd med elever på hver skole", "Alle skoler", ["Alle skoler"], "Vår 2027", "period",
             False, ""),
            ("Spørre elevene om måltidet i elevundersøkelsen", "OPK/FAU", ["OPK", "FAU"], "Løpende", "continuous",
             False, ""),
        ]),
        ("Kapittel 3.4 Et trygt og godt spisemiljø", "Måltidet skal være en rolig og trygg pause der alle får spise i minst 20 minutter.", [
            ("Sette av 20 minutter til spising i timeplanen på alle skoler", "KD", ["KD"], "Høst 2026", "period",
             False, ""),
            ("Kjøpe inn nye bord og lydabsorbenter til kantinene", "EIE", ["EIE"], "2028", "period", False, ""),
        ]),
    ]
    goals, measures = _measures([(g, rows) for _h, g, rows in tree], diffuse_words=("Alle skoler",))
    plan = Plan(
        slug=slug, language="nb", title="Handlingsplan for skolemåltid og kosthold 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="docx",
        notes="""
Word (python-docx) → LibreOffice PDF, portrait A4, Arial (Liberation Sans) 10 pt. Bokmål. Typeset
with SIDE HEADINGS (marginoverskrifter): all body paragraphs are indented 45 mm, chapter headings
start at the left margin, and in chapter 3 every section (a Heading 2 '3.n <topic>' naming the
goal's topic; not a gold item, focus_areas is empty) is a BORDERLESS table whose first column
(45 mm, bold, green) is the margin zone: 'Dette vil vi oppnå' beside the goal sentence (gold text =
the sentence; no 'Mål' word on it), then 'Dette gjør vi' beside the first measure, further measure
rows with an empty margin cell. The measure rows have three body columns: the measure text (typed
'– ' dash, not a Word list), the owner as an ABBREVIATION ('OPK', 'EIE', 'HO', 'INN', 'KD', 'OPK/FAU')
and the deadline in a right column; only a small grey label row 'Ansvar | Frist' above the first
measure of each section. Gold owner = the abbreviation as printed; the 'Forkortelser' legend list at
the end (abbreviation – unit) is not items. 'OPK/FAU' two owners. One empty owner cell (measure-has-
owner, error) whose deadline 'Årlig' is recurring (measure-has-deadline, warning); 'Løpende'
continuous (warning); 'Alle skoler' diffuse (owner-is-accountable, warning). Frist forms: 'Høst 2026',
'Høst 2027', '2027', '31.12.2026', '1. halvår 2027', 'Årlig', '2028', 'Vår 2027', 'Løpende'. Traps:
samfunnsdel goal quoted ('skal'), national guideline quoted, reading guide, fact box 'Kosthold i
tall', 'Dette har vi gjort 2022–2025' list, legend, follow-up section.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = dh.new_document(size=10, margins_mm=20, heading_color="2E6B30")
    mb.docx_lang(doc, "nb-NO")
    sec = doc.sections[0]
    dh.setup_header_footer(sec, "Skarvik kommune · Handlingsplan for skolemåltid og kosthold 2026–2029")
    dh.set_core_properties(doc, title=plan.title, author="Skarvik kommune")
    green = "2E6B30"
    indent = Mm(45)

    def body(text, **kw):
        p = dh.para(doc, text, **kw)
        p.paragraph_format.left_indent = indent
        return p

    dh.para(doc, "SKARVIK KOMMUNE", bold=True, color=green, size=10)
    dh.para(doc, plan.title, bold=True, size=20, color=green, space_after=4)
    body("Vedtatt av kommunestyret 18. mars 2026, sak 22/26", italic=True)
    dh.heading(doc, "1 Innledning", 1)
    body("Kommuneplanens samfunnsdel sier at «alle barn i Skarvik skal ha en god start i livet». Et sunt "
         "måltid i løpet av skoledagen er en del av dette. Helsedirektoratets retningslinjer sier at skolen "
         "skal legge til rette for at elevene får et måltid og minst 20 minutter til å spise.")
    body("Slik leser du planen: I kapittel 3 står det i margen hva vi vil oppnå, og ved siden av hva vi gjør. "
         "Ansvaret er skrevet med forkortelser som er forklart bakerst i planen.")
    t = dh.new_table(doc, [45, 125], style=None)  # the fact box: its heading in the margin too
    _no_borders_cell_margins(t)
    dh.add_row(t, ["Kosthold i tall", "38 prosent av elevene i 8. trinn spiser ikke frokost hver dag.\n"
                   "Fire av ti elever har ikke med matpakke alle dager.\n"
                   "Skarvik har 1 640 elever fordelt på sju skoler."], [45, 125], size=9)
    dh.shade(t.rows[0].cells[1], "EAF2E6")
    t.rows[0].cells[0].paragraphs[0].runs[0].bold = True
    dh.heading(doc, "2 Dette har vi gjort 2022–2025", 1)
    for s in ["Vi har prøvd ut gratis frokost på Skarvik ungdomsskole.",
              "Vi har laget nye retningslinjer for mat i barnehagene.",
              "Vi har arrangert to matfestivaler for elever sammen med lokale bønder."]:
        body("– " + s, space_after=2)
    dh.heading(doc, "3 Mål og tiltak", 1)
    widths = [45, 76, 22, 27]  # 170 mm: the text width of A4 with 20 mm margins
    for hname, gtext, rows in tree:
        dh.heading(doc, hname.replace("Kapittel ", ""), 2)
        tb = dh.new_table(doc, widths, style=None)
        _no_borders_cell_margins(tb)
        r = tb.add_row()
        c0 = r.cells[0]
        c1 = r.cells[1].merge(r.cells[3])
        dh._set_cell_width(c0, widths[0])
        dh._set_cell_width(c1, sum(widths[1:]))
        dh._fill_cell(c0, "Dette vil vi oppnå", size=10, bold=True)
        c0.paragraphs[0].runs[0].font.color.rgb = RGBColor.from_string(green)
        dh._fill_cell(c1, gtext, size=10.5, bold=True)
        dh.set_cant_split(r)
        for c in (c0, c1):  # the goal stays on the page of its first measure
            for p in c.paragraphs:
                p.paragraph_format.keep_with_next = True
        lab = dh.add_row(tb, ["", "", "Ansvar", "Frist"], widths, size=7.5, keep_with_next=True)
        for c in lab.cells[2:]:
            c.paragraphs[0].runs[0].font.color.rgb = RGBColor.from_string("808080")
        for i, (text, printed, _o, when, _k, _out, _n) in enumerate(rows):
            row = dh.add_row(tb, ["Dette gjør vi" if i == 0 else "", "– " + text, printed, when or ""],
                             widths, size=10)
            dh.set_cant_split(row)
            if i == 0:
                run = row.cells[0].paragraphs[0].runs[0]
                run.bold = True
                run.font.color.rgb = RGBColor.from_string(green)
        dh.para(doc, "", space_after=2)
    dh.heading(doc, "4 Oppfølging", 1)
    body("Kommunedirektøren rapporterer på tiltakene i årsmeldingen. Planen rulleres hvert år sammen med "
         "økonomiplanen, og ungdomsrådet og FAU får den til uttalelse.")
    dh.heading(doc, "Forkortelser", 2)
    for ab, full in legend:
        p = body(f"{ab}\t{full}", space_after=1)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(63))
    for p in doc.paragraphs:
        p.paragraph_format.widow_control = True
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = mb.lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 2 Swedish Gantt table, shaded year cells (odfpy)


def _gantt_table(od, widths_cm, header, groups, years, fill, head_fill, group_fill):
    """A Writer table whose year cells carry only a background colour (no text): header row,
    then per goal a group row spanning all columns and one row per activity."""
    from odf.style import (
        Style,
        TableCellProperties,
        TableColumnProperties,
        TableProperties,
        TableRowProperties,
    )
    from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableHeaderRows, TableRow

    od._n += 1
    tname = f"T{od._n}"
    ts = Style(name=tname, family="table")
    ts.addElement(TableProperties(width=f"{sum(widths_cm)}cm", align="left", margintop="0.1cm",
                                  marginbottom="0.3cm"))
    od.doc.automaticstyles.addElement(ts)
    rs = Style(name=f"{tname}R", family="table-row")
    rs.addElement(TableRowProperties(keeptogether="always"))
    od.doc.automaticstyles.addElement(rs)
    t = Table(name=f"Tabell{od._n}", stylename=tname)
    for i, w in enumerate(widths_cm):
        cs = Style(name=f"{tname}C{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=f"{w}cm"))
        od.doc.automaticstyles.addElement(cs)
        t.addElement(TableColumn(stylename=cs))
    cstyles = {}

    def cst(f):
        if f not in cstyles:
            cs = Style(name=f"{tname}K{len(cstyles)}", family="table-cell")
            kw = dict(padding="0.08cm", border="0.5pt solid #9aa5b1")
            if f:
                kw["backgroundcolor"] = f
            cs.addElement(TableCellProperties(**kw))
            od.doc.automaticstyles.addElement(cs)
            cstyles[f] = cs
        return cstyles[f]

    head = TableHeaderRows()
    t.addElement(head)
    tr = TableRow(stylename=rs)
    for h in header:
        tc = TableCell(stylename=cst(head_fill), valuetype="string")
        od._fill_cell(tc, h, "CellBold")
        tr.addElement(tc)
    head.addElement(tr)
    for gtitle, rows in groups:
        tr = TableRow(stylename=rs)
        tc = TableCell(stylename=cst(group_fill), numbercolumnsspanned=len(widths_cm), valuetype="string")
        od._fill_cell(tc, gtitle, "CellBold")
        tr.addElement(tc)
        for _ in widths_cm[1:]:
            tr.addElement(CoveredTableCell())
        t.addElement(tr)
        for text, printed, shaded in rows:
            tr = TableRow(stylename=rs)
            for val in (text, printed):
                tc = TableCell(stylename=cst(None), valuetype="string")
                od._fill_cell(tc, val, "Cell")
                tr.addElement(tc)
            for y in years:
                tc = TableCell(stylename=cst(fill if y in shaded else None), valuetype="string")
                od._fill_cell(tc, "", "Cell")
                tr.addElement(tc)
            t.addElement(tr)
    od.doc.text.addElement(t)
    return t


@plan_builder
def build_lasframjande_gantt_sv() -> tuple[Plan, Path]:
    """Swedish handlingsplan för läsfrämjande (odfpy, landscape): one Gantt table 'Åtgärd | Ansvarig |
    2026 | 2027 | 2028 | 2029' where the timing is shown ONLY by shaded year cells; goals as group rows."""
    slug = "lasframjande-gantt-sv"
    years = (2026, 2027, 2028, 2029)
    bib, bu = "Biblioteket", "Barn- och utbildningsförvaltningen"
    # goal -> [(åtgärd, ansvarig printed, owners, shaded years, note)]
    tree = [
        ("Alla barn i Hallaryd ska möta böcker och berättelser innan de börjar skolan.", [
            ("Dela ut en bokpåse till alla barn vid BVC-besöket vid sex månader", "Biblioteket och BVC",
             [bib, "BVC"], (2026, 2027, 2028, 2029), ""),
            ("Starta sagostunder på lätt svenska i tre förskolor", bib, [bib], (2026,), ""),
            ("Utbilda förskolans personal i högläsning", bu, [bu], (2027, 2028), ""),
        ]),
        ("Fler elever ska läsa på fritiden och nå kunskapskraven i svenska.", [
            ("Inrätta bemannade skolbibliotek på alla grundskolor", bu, [bu], (2026, 2027, 2028), ""),
            ("Genomföra en årlig läsutmaning för årskurs 4–6", "Skolbiblioteken", ["Skolbiblioteken"],
             (2026, 2027, 2028, 2029), ""),
            ("Köpa in fler böcker på elevernas modersmål", "", [], (2027,), "empty Ansvarig cell"),
            ("Erbjuda läxhjälp med läsinriktning på biblioteket", "Studieförbunden", ["Studieförbunden"], (),
             "no shaded year cell: no timing"),
        ]),
        ("Vuxna i Hallaryd ska ha tillgång till läsning oavsett språk och funktionsförmåga.", [
            ("Utöka utbudet av talböcker och storstilsböcker", bib, [bib], (2026, 2027), ""),
            ("Starta bokcirklar på äldreboendena", "Vård- och omsorgsförvaltningen",
             ["Vård- och omsorgsförvaltningen"], (2027,), ""),
            ("Införa Boken kommer i hela kommunen", bib, [bib], (2028,), ""),
        ]),
        ("Läsfrämjande arbete ska vara en del av all kommunal verksamhet för barn och unga.", [
            ("Ta fram en gemensam läsfrämjandeplan för förskola, skola och bibliotek", "Kultur- och fritidsförvaltningen",
             ["Kultur- och fritidsförvaltningen"], (2026,), ""),
            ("Lyfta fram läsning i alla verksamhetsplaner", "Alla förvaltningar", ["Alla förvaltningar"],
             (2027, 2028, 2029), ""),
        ]),
    ]
    goals, measures = [], []
    for gi, (gtext, rows) in enumerate(tree, start=1):
        goals.append(G(f"G{gi}", gtext))
        for k, (text, _p, owners, shaded, note) in enumerate(rows, start=1):
            when = str(max(shaded)) if shaded else None
            span = (f"shaded {min(shaded)}–{max(shaded)}" if len(shaded) > 1 else "") if shaded else ""
            note2 = "; ".join(x for x in (note, span and f"{span}: deadline = the last shaded year") if x)
            measures.append(M(f"M{gi}.{k}", text, [f"G{gi}"], owners, when, "period" if shaded else None,
                              diffuse=tuple(o for o in owners if o == "Alla förvaltningar"), note=note2))
    plan = Plan(
        slug=slug, language="sv", title="Handlingsplan för läsfrämjande 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="odt",
        notes="""
OpenDocument (odfpy) → LibreOffice PDF, LANDSCAPE A4, Liberation Sans 10 pt. Swedish. Chapter 3 is
ONE GANTT TABLE 'Åtgärd | Ansvarig | 2026 | 2027 | 2028 | 2029' (header row repeated on p. 2): the
timing of an activity is shown ONLY by the BACKGROUND colour of its year cells (filled dark teal),
with NO text, X or mark in them. Gold deadline = the LAST shaded year ('2028' for cells shaded
2026–2028; the first shaded year is the start), deadline_kind 'period' as for a bare year; a row with
no shaded cell has no deadline (measure-has-deadline, error). Goals are GROUP ROWS spanning the
table, bold on a light fill: 'Mål n: <sentence>' (gold text = the sentence). Links: an activity
links the group row above it. One empty Ansvarig cell (measure-has-owner, error); 'Alla
förvaltningar' diffuse (owner-is-accountable, warning). 'Biblioteket och BVC' two owners. Rows do
not split; the table runs over to p. 2 under the repeated header. Traps: the national
literature-policy goal quoted ('ska'), the reading guide explaining the shading, a framed
'Läsningen i siffror' box, 'Det här har vi gjort 2022–2025' list, '4 Uppföljning'.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    od = mb.Odt(header="Hallaryds kommun · Handlingsplan för läsfrämjande 2026–2029", size=10, lang="sv",
                country="SE", landscape=True, footer_text="Sida", margin_cm=2.0)
    teal = "#1d5c63"
    od.style("H1", size=14, bold=True, before=0.4, after=0.15, color=teal, keep=True)
    od.style("Title", size=22, bold=True, after=0.25, color=teal)
    od.style("Bullet", size=10, indent_cm=0.6, hanging_cm=0.4, after=0.05)
    od.style("Box", size=9, after=0.05)
    od.style("BoxHead", size=10, bold=True, after=0.1)
    od.p("Hallaryds kommun", "H3")
    od.p(plan.title, "Title")
    od.p("Antagen av kommunfullmäktige den 26 mars 2026, § 41")
    od.h("1 Inledning", 1)
    od.p("Det nationella målet för litteraturpolitiken är att «alla ska ha tillgång till litteratur av hög "
         "kvalitet». Kommunens biblioteksplan säger att Hallaryd ska vara en kommun där alla kan och vill läsa. "
         "Den här handlingsplanen visar vad kommunen gör under 2026–2029.")
    od.p("Så läser du tabellen: varje rad är en åtgärd. De färgade rutorna i årskolumnerna visar vilka år "
         "åtgärden genomförs. Målen står som rubrikrader i tabellen.")
    od.frame([("Läsningen i siffror", "BoxHead"),
              ("• 23 procent av eleverna i årskurs 9 läser aldrig böcker på fritiden.", "Box"),
              ("• Biblioteket lånade ut 118 000 medier 2025.", "Box"),
              ("• 14 olika modersmål talas i kommunens förskolor.", "Box")], width_cm=12, fill="#e6f0f1",
             border="0.8pt solid #1d5c63")
    od.h("2 Det här har vi gjort 2022–2025", 1)
    for t in ["Vi har öppnat ett meröppet bibliotek i Östra Ryd.",
              "Vi har gett alla förskoleklasser ett besök på biblioteket varje termin.",
              "Vi har startat en bokbuss till de västra byarna."]:
        od.p("• " + t, "Bullet")
    od.h("3 Mål och åtgärder", 1)
    groups = []
    for gi, (gtext, rows) in enumerate(tree, start=1):
        groups.append((f"Mål {gi}: {gtext}", [(t, p, sh) for t, p, _o, sh, _n in rows]))
    _gantt_table(od, [12.5, 6.0, 2.0, 2.0, 2.0, 2.0], ["Åtgärd", "Ansvarig", "2026", "2027", "2028", "2029"],
                 groups, years, "#1d5c63", "#b9d3d6", "#e6f0f1")
    od.h("4 Uppföljning", 1)
    od.p("Kultur- och fritidsnämnden följer upp planen varje år i verksamhetsberättelsen. Planen revideras 2028.")
    src = od.save(d / f"{slug}.odt", title=plan.title, author="Hallaryds kommun")
    pdf = mb.lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 3 English report, rotated landscape page (reportlab)


@plan_builder
def build_digital_inclusion_rotated_en() -> tuple[Plan, Path]:
    """English council action plan (reportlab, portrait A4) whose action table is on a page with
    /Rotate 90: the page's MediaBox is portrait, the content is drawn turned, so a viewer shows it
    landscape. Front matter numbered i, then arabic page numbers."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    slug = "digital-inclusion-rotated-en"
    lib, ad = "Libraries Service", "Adult Learning Service"
    themes = [
        ("Skills and confidence", "More residents have the skills and confidence to get online safely.", [
            ("Run free weekly digital drop-in sessions in all six libraries", lib, [lib], "April 2026",
             "period", False, ""),
            ("Train 40 Digital Champions among council front-line staff", "HR and Organisational Development",
             ["HR and Organisational Development"], "March 2027", "period", False, ""),
            ("Offer an accredited basic digital skills course", ad, [ad], "2026/27", "period", False, ""),
        ]),
        ("Access to devices and data", "No resident is left out because they cannot afford a device or connection.", [
            ("Set up a device lending scheme through the library catalogue", lib, [lib], "Q3 2026", "period",
             False, ""),
            ("Give away refurbished council laptops to families on low incomes", "", [], "Q1 2027", "period",
             False, "empty Lead cell"),
            ("Join the National Databank to hand out free SIM cards", "Community Hubs Team",
             ["Community Hubs Team"], "Ongoing", "continuous", False, ""),
        ]),
        ("Council services online", "Council services online are simple enough for everyone to use.", [
            ("Test every new online form with residents who rarely use the internet", "Digital Services",
             ["Digital Services"], "September 2026", "period", False, ""),
            ("Keep a telephone and face-to-face option for every service", "Customer Services",
             ["Customer Services"], "December 2026", "period", False, ""),
            ("Publish the council website in an easy-read version", "Digital Services and Communications",
             ["Digital Services", "Communications"], "2031", "period", True, "Timescale after the plan period"),
        ]),
        ("Working with partners", "Local organisations work together so residents get help wherever they ask.", []),
    ]
    goals, measures = [], []
    for gi, (_name, gtext, rows) in enumerate(themes, start=1):
        goals.append(G(f"G{gi}", gtext))
        for k, (text, _p, owners, when, kind, outside, note) in enumerate(rows, start=1):
            measures.append(M(f"M{gi}.{k}", text, [f"G{gi}"], owners, when, kind, outside=outside, note=note))
    plan = Plan(
        slug=slug, language="en", title="Digital Inclusion Action Plan 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="py",
        notes="""
Generated with reportlab 5.1 (Liberation Sans / Serif TTF, invariant) on portrait A4. Page 1 of the
PDF is front matter numbered 'i' (title, foreword, contents); page 2 is numbered '1': 'Key facts'
box, reading guide, 'What we achieved 2022–2025' list, then 'Our themes' with four headings
'Theme n: <name>' each followed by a paragraph 'Outcome: <sentence>' (gold goal text = the
sentence). Page 3 is numbered '2' and has /Rotate 90: its MediaBox is portrait (595×842) and its
content is drawn turned 90°, so a viewer shows it LANDSCAPE; it holds the action table 'No. | Action
| Lead | Timescale' where 'No.' is 'n.m' (n = theme number; links by the number prefix) and each
theme has a shaded band row 'Theme n: <name>' (the short name, not the outcome). The PDF's
/PageLabels match the printed numbers (i, 1, 2); gold pages are PDF page indexes (1-based), so the
table is gold page 3 (printed '2'). Theme 4 has no actions (goal-has-measure, error); one empty Lead cell
(measure-has-owner, error); 'Ongoing' (continuous, warning); '2031' after the plan period
(deadline-within-plan-period, warning). 'Digital Services and Communications' two owners.
Timescale forms: 'April 2026', 'March 2027', '2026/27', 'Q3 2026', 'Q1 2027', 'Ongoing',
'September 2026', 'December 2026', '2031'. Traps: Council Plan
priority quoted ('we will'), the national digital inclusion target quoted ('must'), key facts,
achievements list, contents list, 'Monitoring and review'.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    pdf = d / f"{slug}.pdf"
    fontdir = Path("/usr/share/fonts/truetype/liberation")
    for name, fn in (("LS", "LiberationSans-Regular"), ("LS-Bold", "LiberationSans-Bold"),
                     ("LS-Italic", "LiberationSans-Italic"), ("LSerif-Bold", "LiberationSerif-Bold")):
        pdfmetrics.registerFont(TTFont(name, str(fontdir / f"{fn}.ttf")))
    pdfmetrics.registerFontFamily("LS", normal="LS", bold="LS-Bold", italic="LS-Italic")
    navy = colors.HexColor("#243f73")
    base = ParagraphStyle("b", fontName="LS", fontSize=10, leading=13.5, spaceAfter=5)
    h1 = ParagraphStyle("h1", parent=base, fontName="LSerif-Bold", fontSize=22, leading=27, textColor=navy)
    h2 = ParagraphStyle("h2", parent=base, fontName="LS-Bold", fontSize=13.5, leading=17, spaceBefore=8,
                        textColor=navy, keepWithNext=1)
    h3 = ParagraphStyle("h3", parent=base, fontName="LS-Bold", fontSize=11, leading=14, spaceBefore=6,
                        keepWithNext=1, spaceAfter=2)
    cell = ParagraphStyle("c", parent=base, fontSize=9.5, leading=12, spaceAfter=0)
    cell_b = ParagraphStyle("cb", parent=cell, fontName="LS-Bold")
    bullet = ParagraphStyle("li", parent=base, leftIndent=12, bulletIndent=3, spaceAfter=2)
    W, H = A4
    roman = {1: "i", 2: "ii"}

    def footer(label):
        def draw(canvas, doc):
            w = W
            canvas.saveState()
            canvas.setFont("LS", 8.5)
            canvas.setFillColor(colors.HexColor("#555555"))
            canvas.drawCentredString(w / 2, 10 * mm, label(doc))
            canvas.restoreState()
        return draw

    number_front = footer(lambda doc: roman[doc.page])

    def front_no(canvas, doc):
        if doc.page == 1:  # the viewer's page labels match the printed numbers: i, then 1, 2
            canvas.addPageLabel(0, "ROMAN_LOWER", 1)
            canvas.addPageLabel(1, "ARABIC", 1)
        number_front(canvas, doc)
    body_no = footer(lambda doc: str(doc.page - 1))

    def rotated(canvas, doc):
        # the page keeps its portrait MediaBox; the content is turned a quarter anticlockwise and
        # /Rotate 90 (the template's rotation, set by platypus at showPage) turns it back for viewing
        canvas.translate(W, 0)
        canvas.rotate(90)
        canvas.saveState()
        canvas.setFont("LS", 8.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawCentredString(H / 2, 10 * mm, str(doc.page - 1))
        canvas.drawString(18 * mm, W - 12 * mm, "Eastmoor Borough Council · " + plan.title)
        canvas.restoreState()

    m = 20 * mm
    doc = BaseDocTemplate(str(pdf), pagesize=A4, title=plan.title, author="Eastmoor Borough Council",
                          creator="Eastmoor Borough Council", invariant=1)
    rot = PageTemplate("rot", [Frame(16 * mm, 16 * mm, H - 32 * mm, W - 34 * mm, id="r")], onPage=rotated,
                       pagesize=landscape(A4))
    # reportlab writes the MediaBox of a page with /Rotate 90 with width and height swapped, so a
    # landscape template size gives the portrait MediaBox [0 0 595 842] a Word/Acrobat page has
    rot.rotation = 90
    doc.addPageTemplates([
        PageTemplate("front", [Frame(m, m, W - 2 * m, H - 2 * m, id="f")], onPage=front_no, pagesize=A4),
        PageTemplate("body", [Frame(m, m, W - 2 * m, H - 2 * m, id="b")], onPage=body_no, pagesize=A4),
        rot,
    ])
    s = [Paragraph("EASTMOOR BOROUGH COUNCIL", ParagraphStyle("o", parent=base, fontName="LS-Bold",
                                                            textColor=navy)),
         Spacer(1, 30 * mm), Paragraph(plan.title, h1),
         Paragraph("Approved by Cabinet, 11 February 2026", ParagraphStyle("i", parent=base, fontName="LS-Italic")),
         Spacer(1, 12 * mm), Paragraph("Foreword", h2),
         Paragraph("One in seven adults in Eastmoor has never used the internet or lacks the basic skills to do "
                   "so safely. Our Council Plan says: “We will make sure nobody in Eastmoor is left behind as "
                   "services move online.” The national Digital Inclusion Action Plan says that every local "
                   "authority must have a plan to reach residents who are digitally excluded. This plan is our "
                   "answer.", base),
         Paragraph("— Councillor Priya Raman, Cabinet Member for Communities", base),
         Paragraph("Contents", h2)]
    for t, pno in (("1 Introduction and key facts", "1"), ("2 What we achieved 2022–2025", "1"),
                   ("3 Our themes", "1"), ("4 Action plan", "2"), ("5 Monitoring and review", "2")):
        s.append(Table([[Paragraph(t, base), Paragraph(pno, base)]], colWidths=[140 * mm, 15 * mm],
                       hAlign="LEFT", style=TableStyle([("ALIGN", (1, 0), (1, 0), "RIGHT")])))
    s += [NextPageTemplate("body"), PageBreak(),
          Paragraph("1 Introduction and key facts", h2)]
    facts = Table([[Paragraph("Key facts", cell_b)],
                   [Paragraph("14 per cent of adults in Eastmoor lack basic digital skills.", cell)],
                   [Paragraph("6,200 households have no broadband connection.", cell)],
                   [Paragraph("58 per cent of council transactions were made online in 2025.", cell)]],
                  colWidths=[120 * mm], hAlign="LEFT",
                  style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8edf6")),
                                    ("BOX", (0, 0), (-1, -1), 0.8, navy)]))
    s += [facts, Spacer(1, 5),
          Paragraph("How to read this plan: section 3 describes our four themes and the outcome we want for each. "
                    "Section 4 lists the actions, numbered by theme, with the team that leads each one and the "
                    "timescale.", base),
          Paragraph("2 What we achieved 2022–2025", h2)]
    for t in ["We gave out 900 tablets with data to residents during the pandemic recovery.",
              "We opened a digital help desk at the Civic Centre.",
              "We trained 120 volunteers through the Good Things Foundation."]:
        s.append(Paragraph(t, bullet, bulletText="•"))
    s.append(Paragraph("3 Our themes", h2))
    for gi, (name, gtext, _rows) in enumerate(themes, start=1):
        s += [Paragraph(f"Theme {gi}: {name}", h3), Paragraph(f"<b>Outcome:</b> {gtext}", base)]
    s += [NextPageTemplate("rot"), PageBreak(), Paragraph("4 Action plan", h2)]
    rows = [[Paragraph(h, cell_b) for h in ("No.", "Action", "Lead", "Timescale")]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8a9bbd")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#c9d4e8")),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    for gi, (name, _g, acts) in enumerate(themes, start=1):
        if not acts:
            continue
        rows.append([Paragraph(f"Theme {gi}: {name}", cell_b), "", "", ""])
        style += [("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)),
                  ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor("#eef1f7"))]
        for k, (text, printed, _o, when, _k, _out, _n) in enumerate(acts, start=1):
            rows.append([Paragraph(f"{gi}.{k}", cell), Paragraph(text, cell), Paragraph(printed or "", cell),
                         Paragraph(when, cell)])
    s += [Table(rows, colWidths=[14 * mm, 130 * mm, 60 * mm, 36 * mm], hAlign="LEFT", repeatRows=1,
                style=TableStyle(style)),
          Paragraph("5 Monitoring and review", h2),
          Paragraph("The Digital Inclusion Partnership will review progress every six months and report to the "
                    "Communities Scrutiny Committee once a year.", base)]
    doc.build(s)
    # pdfplumber (the gold writer's page lookup) strings turned characters together badly; pdftotext
    # reads the turned page in display order, so look the pages up with it for this plan
    keep = mb.pdf_pages
    mb.pdf_pages = mb3.pdftotext_pages
    try:
        write_gold(plan, pdf)
    finally:
        mb.pdf_pages = keep
    return plan, pdf


# =========================================================================== 4 nynorsk web page, icon labels (HTML)


PERSON_SVG = ('<svg class="ico" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">'
              '<circle cx="8" cy="4.5" r="3" fill="#2b5d8a"/><path d="M2 15c0-3.6 2.7-6 6-6s6 2.4 6 6z" '
              'fill="#2b5d8a"/></svg>')
CAL_SVG = ('<svg class="ico" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">'
           '<rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="#2b5d8a" stroke-width="1.5"/>'
           '<rect x="1.5" y="3" width="13" height="3.5" fill="#2b5d8a"/><rect x="4" y="1" width="1.6" height="3.5" '
           'fill="#2b5d8a"/><rect x="10.4" y="1" width="1.6" height="3.5" fill="#2b5d8a"/></svg>')


@plan_builder
def build_kortreist_mat_ikon_nn() -> tuple[Plan, Path]:
    """Nynorsk handlingsplan as a CMS web page printed by Chromium: each measure a card row, the owner
    and deadline marked ONLY by an SVG person icon and an SVG calendar icon, no 'Ansvar'/'Frist' words."""
    import html as _h

    slug = "kortreist-mat-ikon-nn"
    lb, nk = "Landbrukskontoret", "Næringskontoret"
    tree = [
        ("Fleire gardsbruk i Fjellstrand skal selje mat direkte til forbrukarane.", [
            ("Arrangere bondens marknad i Fjellstrand sentrum fire laurdagar i året", nk, [nk], "Sommaren 2026",
             "period", False, ""),
            ("Gje etablerartilskot til gardsutsal og foredling på garden", lb, [lb], "2026–2029", "period", False,
             ""),
            ("Lage eit kart over gardsutsal på nettstaden til kommunen", "", [], "Vår 2027", "period", False,
             "card with the calendar icon only"),
        ]),
        ("Kommunale kjøkken skal bruke meir lokal mat.", [
            ("Setje krav om lokale råvarer i den nye innkjøpsavtalen for mat", "Innkjøpseininga",
             ["Innkjøpseininga"], "1. juli 2027", "date", False, ""),
            ("Servere lokal fisk minst ein gong i veka på sjukeheimen", "Fjellstrand sjukeheim",
             ["Fjellstrand sjukeheim"], "Løpande", "continuous", False, ""),
            ("Kartleggje kva lokale produsentar kan levere til kommunen", lb, [lb], None, None, False,
             "card with the person icon only"),
        ]),
        ("Born og unge skal vite kvar maten kjem frå.", [
            ("Gje alle 5. klassar eit besøk på ein gard i kommunen", "Oppvekst og Landbrukskontoret",
             ["Oppvekst", lb], "Hausten 2026", "period", False, ""),
            ("Etablere skulehagar ved tre barneskular", "Oppvekst", ["Oppvekst"], "2028", "period", False, ""),
            ("Lage undervisningsopplegg om sjømat saman med fiskarlaget", "Fjellstrand fiskarlag",
             ["Fjellstrand fiskarlag"], "Skuleåret 2027/28", "period", False, ""),
        ]),
    ]
    goals, measures = _measures(tree)
    plan = Plan(
        slug=slug, language="nn", title="Handlingsplan for kortreist mat 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="html",
        notes="""
HTML page (a municipal CMS page) printed to PDF by headless Chromium (--print-to-pdf,
--no-pdf-header-footer), portrait A4, Liberation Sans. Nynorsk. Site header with navigation,
breadcrumbs, intro quoting the samfunnsdel ('skal') and the national goal for local food, a 'Fakta'
box, a reading guide that explains the icons in words. Goals as h2 'Mål n' with the goal sentence in
a paragraph under it (gold text = the sentence). Each measure is a CARD ROW: the measure text on the
left, and on the right an SVG PERSON icon before the owner and an SVG CALENDAR icon before the
deadline; no 'Ansvar'/'Frist' words anywhere in the measure area (pdftotext sees only the owner and
the date). Links: a card links the 'Mål n' above it. One card has only the calendar icon and date
(measure-has-owner, error); one only the person icon and owner (measure-has-deadline, error);
'Løpande' continuous (warning). 'Oppvekst og Landbrukskontoret' two owners. Date forms: 'Sommaren
2026', '2026–2029', 'Vår 2027', '1. juli 2027', 'Løpande', 'Hausten 2026', '2028', 'Skuleåret
2027/28'. Traps: navigation, breadcrumbs, quoted goals, fact box, 'Dette har vi gjort' list, 'Del
sida' links, footer with contact info (telephone, e-mail, address, opening hours).""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    e = _h.escape
    parts = [f"""<!DOCTYPE html>
<html lang="nn"><head><meta charset="utf-8"><title>{e(plan.title)} – Fjellstrand kommune</title>
<style>
@page {{ size: A4; margin: 13mm 15mm 14mm 15mm; }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10pt; line-height: 1.4; color: #1e1e1e; margin: 0; }}
header.site {{ border-bottom: 3px solid #2b5d8a; padding: 5px 0; display: flex; justify-content: space-between;
  align-items: center; }}
header.site .logo {{ font-size: 14pt; font-weight: bold; color: #2b5d8a; }}
header.site nav span {{ font-size: 8.5pt; margin-left: 12px; }}
.crumbs {{ font-size: 8pt; color: #555; margin: 6px 0 2px; }}
h1 {{ font-size: 20pt; color: #2b5d8a; margin: 6px 0 4px; }}
h2 {{ font-size: 13.5pt; color: #2b5d8a; margin: 14px 0 3px; break-after: avoid; }}
h2 + p.goal {{ break-after: avoid; }}
p.goal {{ font-size: 11pt; font-weight: bold; margin: 0 0 6px; }}
.fakta {{ background: #eef3f8; padding: 6px 10px; margin: 8px 0; font-size: 9pt; }}
.fakta ul {{ margin: 2px 0; padding-left: 16px; }}
.tiltak {{ display: flex; justify-content: space-between; gap: 12px; border-top: 1px solid #d5dde6;
  padding: 6px 2px; break-inside: avoid; }}
.tiltak .tekst {{ flex: 1 1 auto; }}
.tiltak .meta {{ flex: 0 0 55mm; font-size: 9pt; color: #333; }}
.meta div {{ display: flex; align-items: center; gap: 5px; margin-bottom: 2px; }}
.ico {{ flex: 0 0 12px; }}
.del {{ font-size: 8.5pt; color: #2b5d8a; margin: 12px 0; }}
footer {{ font-size: 8pt; color: #444; border-top: 2px solid #2b5d8a; margin-top: 14px; padding-top: 4px;
  display: flex; justify-content: space-between; }}
</style></head><body>
<header class="site"><span class="logo">Fjellstrand kommune</span>
<nav><span>Helse og omsorg</span><span>Skule og barnehage</span><span>Næring</span><span>Politikk</span><span>Søk</span></nav>
</header>
<div class="crumbs">Framsida › Næring og landbruk › Planar › Kortreist mat</div>
<h1>{e(plan.title)}</h1>
<p><i>Vedteken av kommunestyret 5. mars 2026, sak 14/26</i></p>
<p>Kommuneplanen sin samfunnsdel seier at «Fjellstrand skal vere ein levande landbrukskommune». Det nasjonale
målet er at matproduksjonen i Noreg skal auke i takt med folketalet. Denne handlingsplanen viser kva kommunen
sjølv skal gjere i perioden 2026–2029.</p>
<div class="fakta"><b>Fakta</b><ul>
<li>Det er 84 aktive gardsbruk i Fjellstrand.</li>
<li>Sju gardar sel i dag mat direkte til kundar.</li>
<li>Dei kommunale kjøkkena kjøper mat for 9,5 millionar kroner i året.</li></ul></div>
<p>Slik les du planen: under kvart mål står tiltaka. Ved sida av kvart tiltak viser ein person kven som har
ansvaret, og ein kalender når tiltaket skal vere gjennomført.</p>
"""]
    for gi, (gtext, rows) in enumerate(tree, start=1):
        parts.append(f'<h2>Mål {gi}</h2>\n<p class="goal">{e(gtext)}</p>\n')
        for text, printed, _o, when, _k, _out, _n in rows:
            meta = ""
            if printed:
                meta += f"<div>{PERSON_SVG}<span>{e(printed)}</span></div>"
            if when:
                meta += f"<div>{CAL_SVG}<span>{e(when)}</span></div>"
            parts.append(f'<div class="tiltak"><div class="tekst">{e(text)}</div><div class="meta">{meta}</div></div>\n')
    parts.append("""<h2>Dette har vi gjort 2022–2025</h2>
<ul><li>Vi opna ein mathall i det gamle meieriet.</li>
<li>Vi gav tilskot til tre nye gardsutsal.</li>
<li>Vi arrangerte matfestivalen «Smak av Fjellstrand» kvart år.</li></ul>
<div class="del">Del sida: Facebook · E-post · Skriv ut</div>
<footer><span>Fjellstrand kommune · Rådhusvegen 2, 6990 Fjellstrand</span>
<span>Telefon 57 70 00 00 · postmottak@fjellstrand.kommune.no</span><span>Opningstid 08.00–15.30</span></footer>
</body></html>
""")
    src = d / f"{slug}.html"
    src.write_text("".join(parts), encoding="utf-8")
    pdf = mb.chromium_pdf(src, d / f"{slug}.pdf")
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
