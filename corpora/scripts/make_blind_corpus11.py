"""Build the eleventh batch of blind authored plans (corpora/authored/<slug>/), in layouts not yet in
the corpus: a bokmål handlingsplan kept in a SPREADSHEET (odfpy .ods printed by LibreOffice Calc,
landscape, gridlines, header row repeated, goal text only on the first row of its group), a Danish
indsatsplan with 'Indsats | Tovholder | Tidsplan | Succeskriterie' tables whose success criterion is
not a deadline, an Australian council plan whose 'Strategic objective n / Strategy n.m / Action
n.m.k' numbers come from ONE Word multilevel list (the actions numbered inside table cells) with
'Short term' / 'Medium term' timeframes defined in a key, and a Swedish CMS page printed from
Chromium with accordion sections per goal and measures as 'Vad / Vem / När' definition lists.

    python corpora/scripts/make_blind_corpus11.py              # every plan
    python corpora/scripts/make_blind_corpus11.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus11.py --verify     # check gold against the PDFs

Same method as the earlier blind builders (plan data classes, findings derivation, gold writer,
Chromium printer and LibreOffice export reused from make_blind_corpus.py, the Word multilevel list
with words in its numbers from make_blind_corpus7.py, the pdftotext check from make_blind_corpus3.py):
each plan is written here as data and rendered by the tool a municipality would use; the gold file is
written from the same data, only the page numbers are looked up in the PDF text. Gold files carry
`held_out: true` and were committed before plancheck was run on the documents.

Deterministic: fixed zip times, core/meta properties, PDF dates and IDs.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _docx_helpers as dh  # noqa: E402
import _odf_helpers as oh  # noqa: E402
import make_blind_corpus as mb  # noqa: E402
import make_blind_corpus3 as mb3  # noqa: E402
import make_blind_corpus7 as mb7  # noqa: E402
from make_blind_corpus import G, M, Plan, S  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus11.py")
# the timeframe key of inclusion-objectives-au, printed above section 4 and written to its gold
AU_TIMEFRAME_KEY = ("Timeframe key: Short term = by 30 June 2027 · Medium term = by 30 June 2029 · Long term = after "
                    "June 2029 · Ongoing = throughout the plan")


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


# =========================================================================== 1 bokmål spreadsheet (.ods → Calc)


class Ods:
    """A small odfpy spreadsheet as a Calc user makes it: one page style (landscape A4, gridlines
    printed, running header and 'Side n' footer), column widths, wrapped cells, cell styles with
    fill and bold, rows to repeat on every printed page (table:table-header-rows)."""

    def __init__(self, *, header: str, landscape=True, font="Liberation Sans", lang="nb", country="NO"):
        from odf.element import Element
        from odf.opendocument import OpenDocumentSpreadsheet
        from odf.style import (
            FontFace,
            Footer,
            FooterStyle,
            Header,
            HeaderFooterProperties,
            HeaderStyle,
            MasterPage,
            PageLayout,
            PageLayoutProperties,
        )
        from odf.text import P, PageNumber

        Element.namespaces.clear()  # see make_blind_corpus.Odt
        self.doc = OpenDocumentSpreadsheet()
        self.font, self.lang, self.country = font, lang, country
        self.doc.fontfacedecls.addElement(FontFace(name=font, fontfamily=f"'{font}'", fontfamilygeneric="swiss",
                                                   fontpitch="variable"))
        w, h = ("29.7cm", "21cm") if landscape else ("21cm", "29.7cm")
        pl = PageLayout(name="PM1")
        pl.addElement(PageLayoutProperties(pagewidth=w, pageheight=h,
                                           printorientation="landscape" if landscape else "portrait",
                                           margintop="1.2cm", marginbottom="1.2cm", marginleft="1.5cm",
                                           marginright="1.5cm", print="grid charts drawings objects zero-values",
                                           printpageorder="ttb"))
        hs = HeaderStyle()
        hs.addElement(HeaderFooterProperties(minheight="0.6cm", marginbottom="0.25cm"))
        pl.addElement(hs)
        fs = FooterStyle()
        fs.addElement(HeaderFooterProperties(minheight="0.6cm", margintop="0.25cm"))
        pl.addElement(fs)
        self.doc.automaticstyles.addElement(pl)
        mp = MasterPage(name="Default", pagelayoutname=pl)
        hd = Header()
        hd.addElement(P(text=header))
        mp.addElement(hd)
        ft = Footer()
        fp = P(text="Side ")
        fp.addElement(PageNumber(selectpage="current", numformat="1"))
        ft.addElement(fp)
        mp.addElement(ft)
        self.doc.masterstyles.addElement(mp)
        self._n = 0
        self.cell_styles: dict[str, object] = {}
        self.sizes: dict[str, float] = {}
        self.bold: set[str] = set()
        self.row_styles: dict[float, object] = {}

    def cell_style(self, key, *, size=9.0, bold=False, italic=False, fill=None, wrap=True, valign="top",
                   border=None, color=None):
        from odf.style import ParagraphProperties, Style, TableCellProperties, TextProperties

        st = Style(name=f"ce{len(self.cell_styles) + 1}", family="table-cell")
        self.sizes[key] = size
        if bold:
            self.bold.add(key)
        kw = dict(wrapoption="wrap" if wrap else "no-wrap", verticalalign=valign, padding="0.06cm")
        if fill:
            kw["backgroundcolor"] = fill
        if border:
            kw["border"] = border
        st.addElement(TableCellProperties(**kw))
        st.addElement(ParagraphProperties(textalign="start"))
        tp = dict(fontname=self.font, fontsize=f"{size}pt", language=self.lang, country=self.country)
        if bold:
            tp.update(fontweight="bold")
        if italic:
            tp["fontstyle"] = "italic"
        if color:
            tp["color"] = color
        st.addElement(TextProperties(**tp))
        self.doc.automaticstyles.addElement(st)
        self.cell_styles[key] = st
        return st

    @staticmethod
    def _lines(text, width_cm, size, bold) -> int:
        """Lines a wrapped cell takes, as Calc wraps it (greedy, at spaces); the row heights are
        written from this, the way a saved sheet stores the heights Calc computed (Calc's own
        optimal height on load of a fresh file cut one wrapped line off)."""
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        font = "LSb" if bold else "LSr"
        if font not in pdfmetrics.getRegisteredFontNames():
            fn = "LiberationSans-Bold" if bold else "LiberationSans-Regular"
            pdfmetrics.registerFont(TTFont(font, f"/usr/share/fonts/truetype/liberation/{fn}.ttf"))
        avail = (width_cm - 0.2) / 2.54 * 72
        n = 0
        for para in (text or "").split("\n"):
            line = ""
            n += 1
            for word in para.split():
                trial = f"{line} {word}".strip()
                if line and pdfmetrics.stringWidth(trial, font, size) > avail:
                    n += 1
                    line = word
                else:
                    line = trial
        return max(n, 1)

    def sheet(self, name, widths_cm, rows, *, header_row: int | None = None):
        """rows: (style key, [cell texts]) or (style key, [text], 'span') for one cell spanning all
        columns; header_row: index of the row to repeat on every page."""
        from odf.style import Style, TableColumnProperties, TableProperties, TableRowProperties
        from odf.table import (
            CoveredTableCell,
            Table,
            TableCell,
            TableColumn,
            TableHeaderRows,
            TableRow,
        )
        from odf.text import P

        self._n += 1
        ts = Style(name=f"ta{self._n}", family="table", masterpagename="Default")
        ts.addElement(TableProperties(display="true", writingmode="lr-tb"))
        self.doc.automaticstyles.addElement(ts)
        t = Table(name=name, stylename=ts)
        for i, w in enumerate(widths_cm):
            cs = Style(name=f"co{self._n}_{i}", family="table-column")
            cs.addElement(TableColumnProperties(columnwidth=f"{w}cm", breakbefore="auto"))
            self.doc.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs, defaultcellstylename=self.cell_styles["cell"]))
        for ri, row in enumerate(rows):
            key, vals = row[0], row[1]
            spanned = len(row) > 2 and row[2] == "span"
            cols = [sum(widths_cm)] if spanned else widths_cm
            lines = max(self._lines(v, w, self.sizes[key], key in self.bold) for v, w in zip(vals, cols, strict=False))
            height = round(lines * self.sizes[key] * 1.17 * 2.54 / 72 + 0.14, 2)
            if height not in self.row_styles:
                rs = Style(name=f"ro{len(self.row_styles) + 1}", family="table-row")
                rs.addElement(TableRowProperties(rowheight=f"{height}cm", useoptimalrowheight="false",
                                                 breakbefore="auto"))
                self.doc.automaticstyles.addElement(rs)
                self.row_styles[height] = rs
            tr = TableRow(stylename=self.row_styles[height])
            if spanned:
                tc = TableCell(stylename=self.cell_styles[key], valuetype="string",
                               numbercolumnsspanned=len(widths_cm))
                tc.addElement(P(text=vals[0]))
                tr.addElement(tc)
                for _ in widths_cm[1:]:
                    tr.addElement(CoveredTableCell())
            else:
                for v in vals:
                    if v:
                        tc = TableCell(stylename=self.cell_styles[key], valuetype="string")
                        for line in v.split("\n"):
                            tc.addElement(P(text=line))
                    else:
                        tc = TableCell(stylename=self.cell_styles[key])
                    tr.addElement(tc)
            if ri == header_row:
                hr = TableHeaderRows()
                hr.addElement(tr)
                t.addElement(hr)
            else:
                t.addElement(tr)
        self.doc.spreadsheet.addElement(t)
        return t

    def save(self, path: Path, *, title: str, author: str) -> Path:
        from odf.dc import Creator, Date, Title
        from odf.meta import CreationDate, InitialCreator

        self.doc.meta.addElement(Title(text=title))
        self.doc.meta.addElement(InitialCreator(text=author))
        self.doc.meta.addElement(Creator(text=author))
        self.doc.meta.addElement(CreationDate(text="2024-01-01T00:00:00"))
        self.doc.meta.addElement(Date(text="2024-01-01T00:00:00"))
        self.doc.save(str(path))
        oh.freeze_zip(path)
        return path


@plan_builder
def build_rekruttering_regneark() -> tuple[Plan, Path]:
    """Bokmål handlingsplan for rekruttering og kompetanse kept in a spreadsheet (odfpy .ods,
    printed by LibreOffice Calc): one landscape sheet 'ID | Mål | Tiltak | Ansvarlig | Tidsramme |
    Status' with gridlines, the header row repeated, the goal ('M1 – …') only on the first row of its
    group, measure ids 'T1.1'; a second sheet with what was done and key figures."""
    slug = "rekruttering-regneark"
    ae = "Alle enheter"
    tree = [
        ("Lindrum kommune skal ha nok sykepleiere og helsefagarbeidere til å gi forsvarlige tjenester.", [
            ("Tilby stipend til ansatte som tar videreutdanning i sykepleie", "Kommunalsjef helse og omsorg",
             ["Kommunalsjef helse og omsorg"], "2026–2027", "period", False, "Pågår", ""),
            ("Øke andelen hele stillinger i turnus ved å prøve ut langvakter i to bofellesskap",
             "Heltidskoordinator", ["Heltidskoordinator"], "Innen 1.9.2026", "date", False, "Ikke startet", ""),
            ("Ta inn fire nye lærlinger i helsearbeiderfaget", "Lærlingkoordinator", ["Lærlingkoordinator"],
             "Årlig", "recurring", False, "Pågår", "'Årlig' recurring"),
            ("Lage en introduksjonspakke for nyansatte sykepleiere", "", [], "Q4 2026", "period", False,
             "Ikke startet", "empty Ansvarlig cell"),
            ("Tilby sykepleierstudenter i praksis helgejobb i sykehjemmet", "Kommunalsjef helse og omsorg",
             ["Kommunalsjef helse og omsorg"], "Vår 2026", "period", False, "Pågår", ""),
        ]),
        ("Flere unge skal velge å jobbe i Lindrum kommune.", [
            ("Delta på utdanningsmesser i regionen med egen stand", "HR-rådgiver", ["HR-rådgiver"], "Løpende",
             "continuous", False, "Pågår", "'Løpende' continuous"),
            ("Tilby sommerjobb til 20 ungdommer i kommunale enheter", ae, [ae], "Q2 2026", "period", False,
             "Pågår", "'Alle enheter' diffuse"),
            ("Lage en ny karriereside på kommunens nettsted med film fra arbeidsplassene",
             "Kommunikasjonsrådgiver", ["Kommunikasjonsrådgiver"], "Q3 2026", "period", False, "Utsatt til 2027",
             "the Status 'Utsatt til 2027' is not the deadline"),
            ("Ha en fast fadderordning for alle nyansatte", "Enhetsleder", ["Enhetsleder"], None, None, False,
             "Pågår", "empty Tidsramme cell"),
        ]),
        ("Alle ansatte skal ha den kompetansen oppgavene krever.", [
            ("Kartlegge kompetansebehovet i alle enheter med felles verktøy", "HR-sjef", ["HR-sjef"], "2026",
             "period", False, "Pågår", "'alle enheter' inside the measure text is not an owner"),
            ("Ta i bruk en digital læringsplattform for e-læringskurs", "IKT-leder / HR-sjef",
             ["IKT-leder", "HR-sjef"], "Q1 2027", "period", False, "Ikke startet", ""),
            ("Gi alle ledere opplæring i medarbeidersamtaler", "HR-sjef", ["HR-sjef"], "Innen 31.12.2026", "date",
             False, "Ikke startet", ""),
            ("Evaluere planen og legge fram en ny kompetanseplan", "Kommunedirektør", ["Kommunedirektør"], "2029",
             "period", True, "Ikke startet", "'2029' after the plan period 2026–2028"),
        ]),
        ("Ansatte med utdanning fra utlandet skal få brukt kompetansen sin i kommunen.", [
            ("Tilby norskopplæring på arbeidsplassen for ansatte i helse og omsorg", "Voksenopplæringen",
             ["Voksenopplæringen"], "Høst 2026", "period", False, "Pågår", ""),
            ("Hjelpe nyansatte med å få godkjent utdanning fra utlandet", "HR-rådgiver", ["HR-rådgiver"],
             "Q1 2027", "period", False, "Ikke startet", ""),
            ("Lage en mentorordning for nyansatte med utenlandsk bakgrunn", "Integreringskoordinator",
             ["Integreringskoordinator"], "2027", "period", False, "Ikke startet", ""),
        ]),
        ("Lindrum kommune skal ha et sykefravær under 6 prosent.", []),
    ]
    goals, measures = _measures([(g, [(t, p, o, w, k, out, n) for t, p, o, w, k, out, _st, n in rows])
                                 for g, rows in tree], diffuse_words=(ae,))
    for gi, g in enumerate(goals, start=1):
        # the cell reads 'M1 – <goal>'; look the page up by the id-prefixed first words (the
        # plain sentence's first words also stand in the running header on every page)
        g.find = f"M{gi} – {g.text}"
    plan = Plan(
        slug=slug, language="nb", title="Handlingsplan for rekruttering og kompetanse 2026–2028",
        period=(2026, 2028), goals=goals, measures=measures, source_ext="ods",
        notes="""
OpenDocument SPREADSHEET (odfpy .ods) printed to PDF by LibreOffice Calc 7.4, landscape A4, Liberation
Sans 10 pt, gridlines printed (page style 'print grid'), no drawn table borders, running header
and 'Side n' footer from the page style. Bokmål. Sheet 1
'Handlingsplan': title, adoption line and a quoted national goal in rows spanning all columns, then
the header row 'ID | Mål | Tiltak | Ansvarlig | Tidsramme | Status' (shaded, bold) set as the row to
repeat on every printed page; one row per measure, ID 'T1.1' (goal.measure), the Mål cell filled
ONLY on the first row of its group with 'M1 – <goal sentence>' (gold text = the sentence without
'M1 –'; the cells below it are empty, not merged), all cells wrapped, so a goal's first row is tall.
Row heights are stored in the sheet (as a saved Calc file has them), computed from the wrapped
text. The sheet runs onto p. 2 and the header row is printed again there: the LAST row, 'M5' in the
ID column, stands alone on p. 2 under the repeated header; it holds a goal and no measure (Tiltak,
Ansvarlig, Tidsramme empty, Status 'Vurderes ved rullering 2027'): goal-has-measure, error; its ID
'M5' is not a measure id and its Status is not a measure or a deadline. The narrow Ansvarlig column
breaks 'Kommunikasjonsrådgive' / 'r' inside the word. Links: a measure links the goal of its group (the
ID prefix agrees). Deadlines: '2026–2027', 'Innen 1.9.2026', 'Q4 2026', 'Q2 2026', 'Q3 2026', '2026',
'Q1 2027', 'Innen 31.12.2026', '2029', 'Vår 2026', 'Høst 2026', '2027'; 'Årlig' recurring and 'Løpende' continuous (measure-has-
deadline, warnings); one empty Ansvarlig cell (measure-has-owner, error), one empty Tidsramme cell
(measure-has-deadline, error) whose Status says 'Pågår'; 'Alle enheter' diffuse (owner-is-
accountable, warning); '2029' after 2026–2028 (deadline-within-plan-period, warning). The Status
column ('Pågår', 'Ikke startet', 'Utsatt til 2027') is not a deadline: T2.3's deadline is 'Q3 2026'.
'IKT-leder / HR-sjef' two owners; 'Kommunalsjef helse og omsorg' one. Sheet 2 'Gjennomført
2022–2025' (printed after sheet 1, own header row 'ID | Tiltak | Ansvarlig | Fullført') lists what
was done last period and a 'Nøkkeltall 2025' block (sykefravær 7,9 %, 'Mål 2028: 6 %'): NOT items,
nothing to flag. Also not items: the quoted national goal ('skal').""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    od = Ods(header="Lindrum kommune · Handlingsplan for rekruttering og kompetanse 2026–2028")
    od.cell_style("cell", size=10)
    od.cell_style("head", size=10, bold=True, fill="#d9e2f3")
    od.cell_style("title", size=15, bold=True, wrap=False, color="#1f3864")
    od.cell_style("note", size=9, italic=True)
    od.cell_style("sub", size=10.5, bold=True, wrap=False)
    widths = [1.3, 6.2, 8.6, 4.0, 3.0, 3.2]
    rows = [("title", [plan.title], "span"),
            ("note", ["Vedtatt av administrasjonsutvalget 10.3.2026. Planen rulleres hvert år i februar. Status "
                      "oppdatert 1.3.2026."], "span"),
            ("note", ["Heltidsstrategien (regjeringen og KS): «Hele stillinger skal være hovedregelen i "
                      "kommunesektoren.» Planen følger opp arbeidsgiverstrategien i kommuneplanen."], "span"),
            ("head", ["ID", "Mål", "Tiltak", "Ansvarlig", "Tidsramme", "Status"])]
    for gi, (gtext, mrows) in enumerate(tree, start=1):
        if not mrows:
            rows.append(("cell", [f"M{gi}", f"M{gi} – {gtext}", "", "", "", "Vurderes ved rullering 2027"]))
            continue
        for k, (text, printed, _o, when, _k, _out, status, _n) in enumerate(mrows, start=1):
            rows.append(("cell", [f"T{gi}.{k}", f"M{gi} – {gtext}" if k == 1 else "", text, printed, when or "",
                                  status]))
    od.sheet("Handlingsplan", widths, rows, header_row=3)
    done = [("sub", ["Gjennomført 2022–2025"], "span"),
            ("head", ["ID", "Tiltak", "Ansvarlig", "Fullført", "", ""]),
            ("cell", ["G1", "Innført heltidskultur-prosjekt i hjemmetjenesten", "Heltidskoordinator", "2024", "", ""]),
            ("cell", ["G2", "Tatt i bruk elektronisk rekrutteringssystem", "HR-sjef", "2023", "", ""]),
            ("cell", ["G3", "Gitt 14 ansatte fagbrev gjennom praksiskandidatordningen", "Lærlingkoordinator", "2025",
                      "", ""]),
            ("cell", ["", "", "", "", "", ""]),
            ("sub", ["Nøkkeltall 2025"], "span"),
            ("cell", ["", "Sykefravær", "7,9 %", "Mål 2028: 6 %", "", ""]),
            ("cell", ["", "Andel ansatte i hel stilling", "48 %", "", "", ""]),
            ("cell", ["", "Ubesatte sykepleierstillinger", "11", "", "", ""])]
    od.sheet("Gjennomført", [1.3, 8.6, 4.0, 3.0, 3.0, 3.2], done, header_row=1)
    src = od.save(d / f"{slug}.ods", title=plan.title, author="Lindrum kommune")
    pdf = mb.lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 2 Danish indsatsplan (Word → LibreOffice)


@plan_builder
def build_natur_indsats_succes_da() -> tuple[Plan, Path]:
    """Danish indsatsplan for natur og biodiversitet (python-docx → LibreOffice): per 'Målsætning n'
    a heading, the goal sentence and a table 'Indsats | Tovholder | Tidsplan | Succeskriterie' whose
    success-criterion column names numbers and years that are not deadlines."""
    slug = "natur-indsats-succes-da"
    nm, vp = "Natur og Miljø", "Vej og Park"
    af = "Alle forvaltninger"
    tree = [
        ("Der skal være mere og bedre sammenhængende natur i Østerlund Kommune.", [
            ("Udpege nye naturområder og spredningskorridorer i kommuneplanen", "Plan og Byg", ["Plan og Byg"],
             "2027", "period", False, "Mindst 300 ha nye naturområder udpeget", ""),
            ("Omlægge 40 ha kommunal landbrugsjord til natur", nm, [nm], "2026–2028", "period", False,
             "40 ha omlagt inden udgangen af 2028", "'Natur og Miljø' is one owner (a unit)"),
            ("Etablere græsningslaug på tre kommunale arealer", "", [], "Efteråret 2026", "period", False,
             "Tre laug i drift med mindst 10 medlemmer", "empty Tovholder cell"),
        ]),
        ("Kommunens egne arealer skal drives, så de giver plads til vilde planter og dyr.", [
            ("Indføre naturpleje med færre slåninger på vejrabatter", vp, [vp], "Foråret 2027", "period", False,
             "50 km vejrabat med naturpleje", ""),
            ("Stoppe brugen af sprøjtemidler på alle kommunale arealer", af, [af], "1. januar 2027", "date", False,
             "Ingen sprøjtemidler brugt", "'Alle forvaltninger' diffuse"),
            ("Lave plejeplaner for kommunens 12 parker", vp, [vp], "Ultimo 2027", "period", False,
             "12 plejeplaner vedtaget i udvalget", ""),
            ("Kortlægge invasive arter på kommunens arealer", nm, [nm], "Løbende", "continuous", False,
             "Kortlægningen opdateret hvert år", "'Løbende' continuous"),
        ]),
        ("Borgerne skal kende og bruge naturen og være med til at passe på den.", [
            ("Uddele frøposer med hjemmehørende blomster til haveejere", "Borgerservice", ["Borgerservice"],
             "Hvert forår", "recurring", False, "5.000 frøposer om året", "'Hvert forår' recurring"),
            ("Oprette et naturråd med foreninger og lodsejere", nm, [nm], "1. kvartal 2027", "period", False,
             "Rådet holder fire møder om året", ""),
            ("Tilbyde naturformidling i skoven til alle 4. klasser", "Børn og Unge", ["Børn og Unge"], None, None,
             False, "Alle 4. klasser har deltaget inden udgangen af 2027",
             "empty Tidsplan cell; the year in the Succeskriterie is not its deadline"),
            ("Evaluere indsatsplanen med en ny biodiversitetsmåling", nm, [nm], "2031", "period", True,
             "Evalueringen forelagt byrådet", "'2031' after the plan period 2026–2029"),
        ]),
        ("Vandløb og søer i kommunen skal have god økologisk tilstand.", []),
    ]
    goals, measures = _measures([(g, [(t, p, o, w, k, out, n) for t, p, o, w, k, out, _sc, n in rows])
                                 for g, rows in tree], diffuse_words=(af,))
    plan = Plan(
        slug=slug, language="da", title="Indsatsplan for natur og biodiversitet 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="docx",
        notes="""
Word (python-docx) → LibreOffice PDF, portrait A4, Liberation Sans 10 pt. Danish. Chapter 3 has
each goal as a Heading 2 'Målsætning n' and the goal sentence in a bold paragraph under it (gold
text = the sentence), then a table 'Indsats | Tovholder | Tidsplan | Succeskriterie' (shaded header
row, repeated on a new page). The SUCCESKRITERIE column holds measurable success criteria, several
with numbers and years ('40 ha omlagt inden udgangen af 2028', 'Alle 4. klasser har deltaget inden
udgangen af 2027'): they are NOT deadlines (the gold deadline is the Tidsplan cell) and not
indicators to score. Tovholder = owner ('Natur og Miljø', 'Vej og Park', 'Plan og Byg', 'Børn og
Unge' are one owner each: names of municipal units). Deadlines: '2027', '2026–2028', 'Efteråret
2026', 'Foråret 2027', '1. januar 2027', 'Ultimo 2027' (end of 2027), '1. kvartal 2027', '2031';
'Løbende' continuous and 'Hvert forår' recurring (measure-has-deadline, warnings). One empty
Tovholder cell (measure-has-owner, error), one empty Tidsplan cell whose Succeskriterie names 2027
(measure-has-deadline, error), 'Alle forvaltninger' diffuse (owner-is-accountable, warning), '2031'
after 2026–2029 (deadline-within-plan-period, warning). Målsætning 4 has no table, only a sentence
that the state's water plans carry the measures (goal-has-measure, error). Traps that must NOT be
read as items or flagged: the national/EU 30 % goal quoted ('skal'), the reading guide naming the
columns, the shaded 'Natur i tal' box, the 'Det har vi nået 2022–2025' list and the follow-up chapter.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    green = "2E6B30"
    doc = dh.new_document(size=10, margins_mm=22, heading_color=green)
    mb.docx_lang(doc, "da-DK")
    dh.setup_header_footer(doc.sections[0], "Østerlund Kommune · Indsatsplan for natur og biodiversitet 2026–2029",
                           footer="page")
    dh.set_core_properties(doc, title=plan.title, author="Østerlund Kommune")
    dh.para(doc, "ØSTERLUND KOMMUNE", bold=True, color=green, size=10)
    dh.para(doc, plan.title, bold=True, size=20, color=green, space_after=4)
    dh.para(doc, "Vedtaget af byrådet den 24. februar 2026", italic=True, space_after=10)
    dh.heading(doc, "1 Indledning", 1)
    dh.para(doc, "EU's biodiversitetsstrategi og regeringens naturpolitik siger, at mindst 30 procent af "
                 "landarealet skal beskyttes, og at 10 procent skal være strengt beskyttet. Kommunen kan bidrage "
                 "på egne arealer og sammen med lodsejerne. Denne plan viser, hvad vi gør i 2026–2029.")
    dh.para(doc, "Sådan læser du planen: Under hver målsætning står en tabel. Tovholderen har ansvaret for "
                 "indsatsen. Tidsplanen siger, hvornår indsatsen skal være gennemført, og succeskriteriet "
                 "siger, hvordan vi ser, at den er lykkedes.")
    box = dh.new_table(doc, [150])
    dh.add_row(box, ["Natur i tal\n• 6 procent af kommunens areal er natur i dag.\n• Kommunen ejer 410 ha "
                     "parker, skove og grønne områder.\n• 38 arter i kommunen står på den danske rødliste."],
               [150], size=9, fill="E4EFE4")
    dh.para(doc, "", space_after=2)
    dh.heading(doc, "2 Det har vi nået 2022–2025", 1)
    for t in ["Vi har plantet 25 ha ny skov ved Lyngby Mose.", "Vi har lavet vandhuller på fem kommunale arealer.",
              "Vi har udgivet en naturguide med 20 ture."]:
        dh.para(doc, "– " + t, space_after=2)
    dh.heading(doc, "3 Målsætninger og indsatser", 1)
    widths = [62, 30, 26, 48]
    for gi, (g, rows) in enumerate(tree, start=1):
        dh.heading(doc, f"Målsætning {gi}", 2)
        dh.para(doc, g, bold=True, keep_with_next=True, space_after=4)
        if not rows:
            dh.para(doc, "Indsatserne for vandløb og søer følger af statens vandområdeplaner og beskrives i en "
                         "særskilt vandhandleplan.")
            continue
        tb = dh.new_table(doc, widths)
        hr = dh.add_row(tb, ["Indsats", "Tovholder", "Tidsplan", "Succeskriterie"], widths, size=9, bold=True,
                        fill="D5E6D5")
        dh.set_repeat_header(hr)
        for text, printed, _o, when, _k, _out, crit, _n in rows:
            dh.add_row(tb, [text, printed, when or "", crit], widths, size=9.5)
        dh.para(doc, "", space_after=2)
    dh.heading(doc, "4 Opfølgning", 1)
    dh.para(doc, "Teknik- og Miljøudvalget får en status på indsatserne hvert år i juni. Planen revideres i 2028.")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = mb.lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 3 Australian council plan, Word multilevel numbering


@plan_builder
def build_inclusion_objectives_au() -> tuple[Plan, Path]:
    """Australian (English) access and inclusion plan (python-docx → LibreOffice): ONE Word multilevel
    list whose numbers carry the words 'Strategic objective %1', 'Strategy %1.%2', 'Action %1.%2.%3';
    objectives and strategies as list paragraphs, the actions as list paragraphs INSIDE the first
    cell of 'Action | Responsibility | Timeframe' tables; timeframes 'Short term' / 'Medium term' /
    'Long term' / 'Ongoing' / 'Annually', defined in a key."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    slug = "inclusion-objectives-au"
    ce, mf, ma, cm = "Community Events Coordinator", "Manager Facilities", "Manager Assets", "Communications"
    outline = [
        ("People with disability have the same opportunities as other people to use council services and "
         "attend council events.", [
            ("Make council events accessible to everyone", [
                ("Use the accessible events checklist for every council-run event", ce, [ce], "Short term",
                 "period", False, ""),
                ("Provide Auslan interpreters at the Australia Day and Anzac Day ceremonies", ce, [ce], "Ongoing",
                 "continuous", False, "'Ongoing' continuous"),
            ]),
            ("Improve access to council customer services", [
                ("Install a hearing loop at the Civic Centre customer service counter", mf, [mf], "Short term",
                 "period", False, ""),
                ("Train all customer service staff in disability awareness", "", [], "Medium term", "period", False,
                 "empty Responsibility cell"),
            ]),
        ]),
        ("Council buildings, parks and footpaths are easy for everyone to get into and move around.", [
            ("Upgrade council buildings and parks", [
                ("Complete an access audit of all council buildings", mf, [mf], "Short term", "period", False, ""),
                ("Build a Changing Places toilet at the Kallaroo Foreshore", ma, [ma], "Medium term", "period",
                 False, ""),
                ("Replace the steps at the Kallaroo Library entrance with a ramp", ma, [ma], "Long term", "period",
                 True, "'Long term' = after June 2029 in the key: outside the plan period"),
            ]),
            ("Make footpaths safer to use", [
                ("Add kerb ramps at every crossing in the footpath renewal program", "Engineering Services",
                 ["Engineering Services"], "Annually", "recurring", False, "'Annually' recurring"),
            ]),
        ]),
        ("Information from council is available in formats that everyone can use.", [
            ("Make council information accessible", [
                ("Bring the council website up to WCAG 2.2 level AA", cm, [cm], "Medium term", "period", False, ""),
                ("Publish the Council Plan summary in Easy English", cm, [cm], "Short term", "period", False, ""),
                ("Caption every video council publishes", "Communications and Customer Service",
                 ["Communications", "Customer Service"], "Short term", "period", False,
                 "'Communications and Customer Service' two teams"),
            ]),
        ]),
        ("Council employs and supports more people with disability.", [
            ("Make council recruitment accessible", []),
        ]),
    ]
    goals, strategies, measures = [], [], []
    for gi, (gtext, strats) in enumerate(outline, start=1):
        goals.append(G(f"G{gi}", gtext))
        for si, (stext, acts) in enumerate(strats, start=1):
            sid = f"S{gi}.{si}"
            strategies.append(S(sid, stext, [f"G{gi}"]))
            for ai, (text, _p, owners, when, kind, outside, note) in enumerate(acts, start=1):
                measures.append(M(f"A{gi}.{si}.{ai}", text, [f"G{gi}"], owners, when, kind, strategies=[sid],
                                  outside=outside, note=note))
    plan = Plan(
        slug=slug, language="en", title="Shire of Kallaroo Access and Inclusion Plan 2025–2029", period=(2025, 2029),
        goals=goals, strategies=strategies, measures=measures, source_ext="docx", timeframe_key=AU_TIMEFRAME_KEY,
        notes="""
Word (python-docx) → LibreOffice PDF, portrait A4, Liberation Sans 10 pt. English (Australian).
Section 4 is ONE Word multilevel list whose generated numbers carry the words: level 1 'Strategic
objective %1' (bold; the goals, gold kind goal), level 2 'Strategy %1.%2' (the strategies, linked
to their objective), level 3 'Action %1.%2.%3' (the measures). Nothing but the sentences is typed.
Each strategy is followed by a table 'Action | Responsibility | Timeframe' whose first cell holds a
level-3 paragraph of the SAME list, so the number 'Action 1.1.1' is generated inside the table
cell and numbering continues across tables. Gold measure text = the action sentence without its
number; links: the strategy above the table and its objective.
TIMEFRAMES: the Timeframe column holds 'Short term', 'Medium term', 'Long term', 'Ongoing' or
'Annually', defined in a key above section 4 ('Short term = by 30 June 2027', 'Medium term = by 30
June 2029', 'Long term = after June 2029', 'Ongoing = throughout the plan'). Gold convention: the
deadline is the printed word ('Short term'), kind period (a period the key defines), NOT the key's
date; 'Long term' lies after the plan period 2025–2029 by the key, so it is flagged
deadline-within-plan-period (warning) - a checker has to read the key to see it. 'Ongoing'
continuous and 'Annually' recurring (measure-has-deadline, warnings). One empty Responsibility cell
(measure-has-owner, error). 'Communications and Customer Service' are two teams (two owners).
Strategic objective 4 has one strategy and no action table, only a sentence that its actions are
in the Workforce Plan (goal-has-measure, error; strategy-has-measure, warning). Traps that must NOT
be read as items or flagged: the Mayor's foreword ('we will'), the Disability Discrimination Act
and Australia's Disability Strategy quoted ('must', 'should'), the 'Key facts' box, the timeframe
key itself, 'What you told us' and 'What we achieved 2021–2024' lists.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    teal = "00606B"
    doc = dh.new_document(size=10, margins_mm=20, heading_color=teal)
    mb.docx_lang(doc, "en-AU")
    dh.setup_header_footer(doc.sections[0], "Access and Inclusion Plan 2025–2029", footer="page",
                           footer_left="Shire of Kallaroo · kallaroo.wa.gov.au")
    dh.set_core_properties(doc, title=plan.title, author="Shire of Kallaroo")
    dh.para(doc, "SHIRE OF KALLAROO", bold=True, color=teal, size=10)
    dh.para(doc, plan.title, bold=True, size=19, color=teal, space_after=4)
    dh.para(doc, "Adopted by Council at its Ordinary Meeting on 17 December 2025", italic=True, space_after=8)
    dh.heading(doc, "1 Message from the Shire President", 1)
    dh.para(doc, "Around one in five people in Kallaroo live with disability. Over the next four years we will "
                 "keep listening to them, and we will report every year on what we have done.")
    dh.heading(doc, "2 Why this plan", 1)
    dh.para(doc, "Under the Disability Services Act 1993 (WA) every local government must have a disability "
                 "access and inclusion plan. The Disability Discrimination Act 1992 says services must not "
                 "discriminate against people with disability, and Australia's Disability Strategy 2021–2031 says "
                 "that communities should be inclusive and accessible.")
    box = dh.new_table(doc, [140])
    dh.add_row(box, ["Key facts\n• 21% of residents report a disability.\n• 2,400 residents are carers.\n"
                     "• 14 of 31 council buildings have step-free access."], [140], size=9, fill="DDEFF0")
    dh.para(doc, "", space_after=2)
    dh.heading(doc, "3 What you told us and what we achieved", 1)
    dh.para(doc, "What you told us", bold=True, space_after=2)
    for t in ["Parking near the beach is hard to find.", "The council website is hard to read on a phone.",
              "Events are noisy and crowded."]:
        dh.para(doc, "– " + t, space_after=1)
    dh.para(doc, "What we achieved 2021–2024", bold=True, space_after=2, space_before=4)
    for t in ["We opened the all-abilities playground at Banksia Park.", "We installed beach matting at Kallaroo Beach.",
              "We trained 60 staff in inclusive customer service."]:
        dh.para(doc, "– " + t, space_after=1)
    dh.heading(doc, "4 Objectives, strategies and actions", 1)
    dh.para(doc, AU_TIMEFRAME_KEY, italic=True, size=9)
    num = mb7._prefixed_outline(doc, ["Strategic objective", "Strategy", "Action"],
                                indents_mm=[(0, 36), (0, 24), (0, 20)])

    def numbered(p, level, text, *, bold=False):
        ppr = p._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), str(level))
        numpr.append(il)
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), str(num))
        numpr.append(ni)
        ppr.insert(0, numpr)
        r = p.add_run(text)
        r.bold = bold or None
        return p

    widths = [104, 40, 26]
    for gtext, strats in outline:
        p = dh.list_item(doc, "", num, 0, space_after=4)
        p.add_run(gtext).bold = True
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.keep_with_next = True
        for stext, acts in strats:
            p = dh.list_item(doc, "", num, 1, space_after=3)
            p.add_run(stext).bold = True
            p.paragraph_format.space_before = Pt(4)
            p.paragraph_format.keep_with_next = True
            if not acts:
                dh.para(doc, "Actions for this strategy are set in the Shire's Workforce Plan 2026–2030.")
                continue
            tb = dh.new_table(doc, widths)
            hr = dh.add_row(tb, ["Action", "Responsibility", "Timeframe"], widths, size=9, bold=True, fill="D3E9EB")
            dh.set_repeat_header(hr)
            for text, printed, _o, when, _k, _out, _n in acts:
                row = dh.add_row(tb, ["", printed, when], widths, size=9.5)
                cp = row.cells[0].paragraphs[0]
                cp.style = doc.styles["List Paragraph"]
                numbered(cp, 2, text)
                cp.runs[-1].font.size = Pt(9.5)
            dh.para(doc, "", space_after=2)
    dh.heading(doc, "5 Monitoring and review", 1)
    dh.para(doc, "The Access and Inclusion Advisory Group reviews progress every six months. Council reports to "
                 "the Department of Communities each year by 30 June.")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = mb.lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 4 Swedish CMS page, accordions with Vad / Vem / När


@plan_builder
def build_jamstalldhet_vad_vem_nar_sv() -> tuple[Plan, Path]:
    """Swedish handlingsplan för jämställdhet as a municipal CMS page printed by Chromium: each goal
    an accordion bar (looks collapsed: '+' sign, closed-bar styling) whose panel is printed open
    below it; each measure a definition list 'Vad / Vem / När'."""
    import html as _h

    slug = "jamstalldhet-vad-vem-nar-sv"
    kl, bu = "Kommunledningsförvaltningen", "Barn- och utbildningsförvaltningen"
    af = "Alla förvaltningar"
    tree = [
        ("Kvinnor och män i Ekeryd ska få samma service och bemötande av kommunen.", [
            ("Jämställdhetsanalysera tre av kommunens tjänster", kl, [kl], "Varje år", "recurring", False,
             "'Varje år' recurring"),
            ("Ta fram könsuppdelad statistik i alla verksamhetsberättelser", af, [af], "Våren 2027", "period", False,
             "'Alla förvaltningar' diffuse"),
            ("Utbilda alla chefer i jämställdhetsintegrering", "HR-avdelningen", ["HR-avdelningen"], "2026", "period",
             False, ""),
        ]),
        ("Flickor och pojkar ska ha samma möjligheter i skolan och på fritiden.", [
            ("Fördela föreningsbidraget så att flickor och pojkar får lika stor del", "Kultur- och fritidsförvaltningen",
             ["Kultur- och fritidsförvaltningen"], "1 januari 2027", "date", False, ""),
            ("Kartlägga skillnader i betyg mellan flickor och pojkar på varje skola", bu, [bu], "Läsåret 2026/27",
             "period", False, ""),
            ("Göra en jämställdhetsanalys av skolgårdarna vid om- och nybyggnad", "", [], "2027", "period", False,
             "empty Vem"),
        ]),
        ("Ingen i Ekeryd ska utsättas för mäns våld mot kvinnor eller för våld i nära relationer.", [
            ("Införa metoden Mentorer i våldsprevention på högstadieskolorna", bu, [bu], "Höstterminen 2026",
             "period", False, ""),
            ("Öppna en kommunal stödlinje för våldsutsatta", "Socialförvaltningen", ["Socialförvaltningen"], None,
             None, False, "empty När"),
            ("Utbilda personalen i hemtjänsten i att upptäcka våld", "Vård- och omsorgsförvaltningen",
             ["Vård- och omsorgsförvaltningen"], "Löpande", "continuous", False, "'Löpande' continuous"),
            ("Följa upp planen med en ny trygghetsundersökning", kl, [kl], "2029", "period", True,
             "'2029' after the plan period 2026–2028"),
        ]),
        ("Kvinnor och män ska ha samma lön för lika och likvärdigt arbete i kommunen.", []),
    ]
    goals, measures = _measures(tree, diffuse_words=(af,))
    plan = Plan(
        slug=slug, language="sv", title="Handlingsplan för jämställdhet 2026–2028", period=(2026, 2028),
        goals=goals, measures=measures, source_ext="html",
        notes="""
HTML page from a municipal CMS printed to PDF by headless Chromium (--print-to-pdf,
--no-pdf-header-footer), portrait A4, Liberation Sans. Swedish. Site header with navigation,
breadcrumbs, 'Visa alla · Dölj alla' links, then per goal an ACCORDION: a full-width bar styled like
a CLOSED accordion (grey bar, '+' sign at the right, as the page looks before anyone clicks) reading
'Mål n: <goal sentence>' (gold text = the sentence), and under it the panel printed open (print CSS).
Each measure in the panel is a DEFINITION LIST with three rows 'Vad' / 'Vem' / 'När' (dt in a narrow
left column, dd beside it): Vad = the measure text, Vem = owner, När = deadline. One measure whose
'Vem' row has an empty value (measure-has-owner, error), one with no 'När' row at all (measure-has-
deadline, error); 'Varje år' recurring and 'Löpande' continuous (measure-has-deadline, warnings);
'Alla förvaltningar' diffuse (owner-is-accountable, warning); '2029' after 2026–2028 (deadline-within-
plan-period, warning). 'Barn- och utbildningsförvaltningen', 'Kultur- och fritidsförvaltningen' and
'Vård- och omsorgsförvaltningen' are one owner each. Mål 4's panel has only a sentence that the
measures are in the yearly lönekartläggning (goal-has-measure, error). Deadlines: 'Varje år', 'Våren
2027', '2026', '1 januari 2027', 'Läsåret 2026/27', '2027', 'Höstterminen 2026', 'Löpande', '2029'.
Traps that must NOT be read as items or flagged: the national gender-equality goal and its sub-goals
quoted ('ska'), the CEMR declaration sentence, the 'Fakta' box, 'Det här har vi gjort' list, the
'Senast uppdaterad' line, 'Dela sidan' links, contact box and footer.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    e = _h.escape
    parts = [f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{e(plan.title)} – Ekeryds kommun</title>
<style>
@page {{ size: A4; margin: 14mm 15mm 15mm 15mm; }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10pt; line-height: 1.4; color: #222; margin: 0; }}
header.site {{ display: flex; justify-content: space-between; align-items: center; border-bottom: 4px solid #6b2c5f;
  padding-bottom: 6px; }}
header.site .logo {{ font-size: 15pt; font-weight: bold; color: #6b2c5f; }}
header.site nav a {{ color: #333; margin-left: 12px; font-size: 9pt; text-decoration: none; }}
.crumbs {{ font-size: 8.5pt; color: #555; margin: 8px 0; }}
.crumbs a {{ color: #6b2c5f; }}
h1 {{ font-size: 20pt; color: #6b2c5f; margin: 6px 0 4px; }}
h2 {{ font-size: 13pt; color: #6b2c5f; margin: 14px 0 6px; }}
.meta {{ font-size: 8.5pt; color: #666; }}
.fakta {{ background: #f4ecf2; border-left: 5px solid #6b2c5f; padding: 6px 10px; margin: 8px 0; font-size: 9pt; }}
.toggles {{ font-size: 9pt; text-align: right; margin: 4px 0; }}
.toggles a {{ color: #6b2c5f; }}
.acc {{ border: 1px solid #c9b6c4; margin: 8px 0; }}
.acc .bar {{ display: flex; justify-content: space-between; background: #ede6eb; padding: 7px 10px; font-weight: bold;
  font-size: 11pt; break-after: avoid; }}
.acc .bar .sign {{ font-size: 15pt; line-height: 1; color: #6b2c5f; margin-left: 10px; }}
.acc .panel {{ padding: 4px 10px 6px; }}
dl.atg {{ display: grid; grid-template-columns: 14mm 1fr; margin: 6px 0; border-bottom: 1px dotted #b9a6b4;
  padding-bottom: 4px; break-inside: avoid; }}
dl.atg dt {{ font-weight: bold; color: #6b2c5f; }}
dl.atg dd {{ margin: 0; min-height: 1.2em; }}
.share {{ font-size: 8.5pt; margin-top: 10px; }}
.contact {{ border: 1px solid #ccc; padding: 6px 10px; font-size: 9pt; margin-top: 10px; }}
footer {{ margin-top: 12px; border-top: 2px solid #6b2c5f; padding-top: 4px; font-size: 8pt; color: #555; }}
</style></head><body>
<header class="site"><span class="logo">Ekeryds kommun</span>
<nav><a href="#">Omsorg och hjälp</a><a href="#">Förskola och skola</a><a href="#">Bygga och bo</a>
<a href="#">Kommun och politik</a><a href="#">Kontakt</a></nav></header>
<div class="crumbs"><a href="#">Start</a> › <a href="#">Kommun och politik</a> › <a href="#">Planer och styrdokument</a>
› Jämställdhet</div>
<h1>{e(plan.title)}</h1>
<p class="meta">Antagen av kommunfullmäktige 26 mars 2026, § 41 · Senast uppdaterad 2 april 2026</p>
<p>Det nationella målet för jämställdhetspolitiken är att kvinnor och män ska ha samma makt att forma samhället
och sina egna liv. Ett av delmålen är att mäns våld mot kvinnor ska upphöra. Ekeryds kommun har skrivit under
den europeiska deklarationen för jämställdhet (CEMR). Här kan du läsa vad kommunen gör under 2026–2028.</p>
<div class="fakta"><b>Fakta</b><br>Kvinnor i Ekeryd tjänar i genomsnitt 86 procent av männens inkomst.<br>
Sju av tio av kommunens anställda är kvinnor.<br>Polisen fick 112 anmälningar om våld i nära relationer 2025.</div>
<h2>Det här har vi gjort 2022–2025</h2>
<ul><li>Vi har infört könsuppdelad statistik i medborgarundersökningen.</li>
<li>Vi har utbildat förskolans personal i normkritik.</li>
<li>Vi har öppnat ett skyddat boende tillsammans med grannkommunerna.</li></ul>
<h2>Mål och åtgärder</h2>
<p>Klicka på ett mål för att se åtgärderna. Under varje åtgärd står vad vi gör, vem som ansvarar och när det
ska vara klart.</p>
<p class="toggles"><a href="#">Visa alla</a> · <a href="#">Dölj alla</a></p>
"""]
    for gi, (gtext, rows) in enumerate(tree, start=1):
        parts.append(f'<div class="acc"><div class="bar"><span>Mål {gi}: {e(gtext)}</span>'
                     f'<span class="sign">+</span></div>\n<div class="panel">\n')
        if not rows:
            parts.append("<p>Åtgärderna för lika lön finns i kommunens årliga lönekartläggning.</p>\n")
        for text, printed, _o, when, _k, _out, _n in rows:
            parts.append(f'<dl class="atg"><dt>Vad</dt><dd>{e(text)}</dd><dt>Vem</dt><dd>{e(printed)}</dd>')
            if when:
                parts.append(f"<dt>När</dt><dd>{e(when)}</dd>")
            parts.append("</dl>\n")
        parts.append("</div></div>\n")
    parts.append("""<h2>Uppföljning</h2>
<p>Kommunstyrelsen följer upp planen i årsredovisningen. Planen revideras 2028.</p>
<p class="share">Dela sidan: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">E-post</a></p>
<div class="contact"><b>Kontakt</b><br>Jämställdhetsstrateg Sara Lind, Kommunledningsförvaltningen<br>
0510-123 45 · sara.lind@ekeryd.se</div>
<footer>Ekeryds kommun · Storgatan 1, 465 80 Ekeryd · Växel 0510-100 00 · kommun@ekeryd.se</footer>
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
