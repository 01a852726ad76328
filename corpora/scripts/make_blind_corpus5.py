"""Build the fifth batch of blind authored plans (corpora/authored/<slug>/), in layouts not yet in
the corpus, three of them with strategies as well as goals and measures.

    python corpora/scripts/make_blind_corpus5.py              # every plan
    python corpora/scripts/make_blind_corpus5.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus5.py --verify     # check gold against the PDFs

Same method as make_blind_corpus.py, make_blind_corpus3.py and make_blind_corpus4.py (whose plan
data classes, findings derivation, gold writer, OpenDocument writer, Chromium printer, LibreOffice
export with a private profile and pdftotext check are reused from there): each plan is written here
as data (goals, strategies, measures with owners and deadlines) and rendered by the tool a
municipality would use. The gold file is written from the same data; only the page numbers are
looked up in the PDF text. Gold files carry `held_out: true` and were committed before plancheck
was run on the documents.

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

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus5.py")


# =========================================================================== 1 outline by indentation only


@plan_builder
def build_psykisk_helse_innrykk() -> tuple[Plan, Path]:
    """Nynorsk handlingsplan whose goals, strategies and measures are a three-level outline shown
    ONLY by indentation and bold (no 'mål'/'strategi'/'tiltak' words and no numbers on the items);
    owner and deadline of a measure stand in tab columns at the right (deadline right-aligned)."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Mm, Pt

    slug = "psykisk-helse-innrykk"
    # goal -> [(strategy, [(tiltak, owner printed, owners, frist, kind, diffuse)])]
    tree = [
        ("Barn og unge i Fjellbygd skal oppleve at dei høyrer til i eit fellesskap.", [
            ("Vi vil gjere dei opne møteplassane for ungdom betre og meir kjende.", [
                ("Utvide opningstida i ungdomsklubben til tre kveldar", "Kultursjef", ["Kultursjef"],
                 "Haust 2025", "period", ()),
                ("Lage ei felles oversikt over fritidstilbod på nett", "Frivilligsentralen",
                 ["Frivilligsentralen"], "2026", "period", ()),
            ]),
            ("Vi vil hindre at barn og unge blir ståande utanfor i skule og barnehage.", [
                ("Innføre «Psykologisk førstehjelp» på 5.–7. trinn", "Rektorane", ["Rektorane"],
                 "Skuleåret 2025/26", "period", ()),
                ("Halde foreldremøte om mobbing og digitale krenkingar", "Alle einingar", ["Alle einingar"],
                 "Oktober 2025", "period", ("Alle einingar",)),
            ]),
        ]),
        ("Barn, unge og familiar som strevar, skal få hjelp tidleg og utan lang ventetid.", [
            ("Vi vil gjere det lett å ta kontakt med helsetenestene.", [
                ("Opne drop-in hos helsesjukepleiar på ungdomsskulen", "Helsesjukepleiar",
                 ["Helsesjukepleiar"], "Januar 2026", "period", ()),
                ("Tilby samtaletilbod på chat for ungdom", "Psykisk helse og rus", ["Psykisk helse og rus"],
                 "1. halvår 2026", "period", ()),
                ("Gjere kjent kva hjelpetilbod som finst, i skulane", "", [], "Vår 2026", "period", ()),
            ]),
            ("Vi vil samordne hjelpa rundt kvart barn betre.", [
                ("Ta i bruk BTI-rettleiaren i alle tenester for barn", "Kommunalsjef oppvekst",
                 ["Kommunalsjef oppvekst"], "2026", "period", ()),
                ("Opprette eit tverrfagleg team for familiar i krise", "Barnevern og PPT", ["Barnevern", "PPT"],
                 "Innan 1. mars 2026", "date", ()),
            ]),
        ]),
        ("Foreldre skal få støtte i foreldrerolla.", [
            ("Vi vil gje foreldre kunnskap og nettverk.", [
                ("Halde kurset «Trygghetssirkelen» to gonger i året", "Familiesenteret",
                 ["Familiesenteret"], "2025–2027", "period", ()),
                ("Starte ei gruppe for foreldre til barn med angst", "BUP og helsestasjonen",
                 ["BUP", "helsestasjonen"], "Vår 2027", "period", ()),
            ]),
        ]),
    ]
    goals, strategies, measures = [], [], []
    n_s = n_m = 0
    for gi, (gtext, strats) in enumerate(tree, start=1):
        goals.append(G(f"G{gi}", gtext))
        for stext, rows in strats:
            n_s += 1
            strategies.append(S(f"S{n_s}", stext, [f"G{gi}"]))
            for text, _p, owners, when, kind, diffuse in rows:
                n_m += 1
                note = []
                if not owners:
                    note.append("the owner tab column is empty on this line")
                measures.append(M(f"M{n_m}", text, [f"G{gi}"], owners, when, kind, strategies=[f"S{n_s}"],
                                  diffuse=diffuse, note="; ".join(note)))
    plan = Plan(
        slug=slug, language="nn", title="Handlingsplan for psykisk helse hos barn og unge 2025–2027",
        period=(2025, 2027), goals=goals, strategies=strategies, measures=measures,
        notes="""
Word (python-docx) → LibreOffice PDF, portrait A4, Arial (Liberation Sans). Nynorsk. Chapter 3
'Handlingsplan' is a three-level outline shown ONLY by indentation and weight: a goal is a bold line
at the left margin (11 pt), a strategy a bold line indented 8 mm ('Vi vil …'), a measure a normal
line indented 16 mm; the items carry no numbers, bullets or the words mål/strategi/tiltak. On a
measure line the owner follows after a tab (left tab stop at 108 mm from the margin) and the deadline after a
second, RIGHT-aligned tab stop at the right margin; a bold column-head line '\tAnsvarleg\tFrist'
with a rule under it stands once at the top of the outline (a typed line, not a table header). Links: a measure links the goal and the strategy above it.
'Barnevern og PPT', 'BUP og helsestasjonen' two owners; 'Psykisk helse og rus' one (a service name).
One measure line has an empty owner column (error); 'Alle einingar' is diffuse (warning). Deadline
forms: 'Haust 2025', 'Oktober 2025', 'Skuleåret 2025/26', 'Januar 2026', '1. halvår 2026',
'Innan 1. mars 2026', '2025–2027', 'Vår 2027'. Traps: chapter 1 quotes the national
opptrappingsplan's goal; 'Dette seier Ungdata' fact list; chapter 4 'Kva vi har gjort' (past tense,
indented like measures but without tab columns); the working group list.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = dh.new_document(size=10, margins_mm=20, heading_color="2E5E4E")
    mb.docx_lang(doc, "nn-NO")
    dh.setup_header_footer(doc.sections[0], "Fjellbygd kommune · Psykisk helse hos barn og unge", footer="page")
    dh.set_core_properties(doc, title=plan.title, author="Fjellbygd kommune")

    def line(text, *, indent_mm=0.0, bold=False, size=10, tabs=False, after=2, before=0, keep=False):
        p = dh.para(doc, text, bold=bold, size=size, space_after=after, space_before=before, keep_with_next=keep)
        pf = p.paragraph_format
        pf.left_indent = Mm(indent_mm)
        if tabs:
            pf.tab_stops.add_tab_stop(Mm(108), WD_TAB_ALIGNMENT.LEFT)
            pf.tab_stops.add_tab_stop(Mm(170), WD_TAB_ALIGNMENT.RIGHT)
        return p

    def column_head():
        p = line("\tAnsvarleg\tFrist", bold=True, size=9, tabs=True, after=6)
        dh._para_border(p, "bottom")
        # the tab positions are measured from the margin, the head line has no indent
        return p

    dh.para(doc, "Fjellbygd kommune", size=12, bold=True, color="2E5E4E")
    dh.para(doc, plan.title, size=20, bold=True, color="2E5E4E", space_after=2)
    dh.para(doc, "Vedteken i kommunestyret 19. juni 2025, sak 41/25", italic=True)
    dh.heading(doc, "1 Innleiing", 1)
    dh.para(doc, "Handlingsplanen viser korleis kommunen vil fremje god psykisk helse hos barn og unge og gje hjelp "
            "tidleg. Planen følgjer opp kommuneplanens samfunnsdel og gjeld for perioden 2025–2027. Han blir "
            "rullert kvart år i samband med budsjettet.")
    dh.para(doc, "Opptrappingsplanen for psykisk helse har som mål at fleire skal oppleve god psykisk helse og god "
            "livskvalitet, og at dei som treng det, skal få god og lett tilgjengeleg hjelp.")
    dh.heading(doc, "2 Dette seier Ungdata", 1)
    b = dh.add_num(doc, dh.add_abstract_num(doc, "bullet"))
    for t in ["21 prosent av ungdomsskuleelevane i Fjellbygd seier at dei ofte er einsame (2024).",
              "Talet på tilvisingar til BUP har auka med 30 prosent sidan 2021.",
              "Sju av ti ungdomar er med på minst éin organisert fritidsaktivitet."]:
        dh.list_item(doc, t, b)
    dh.heading(doc, "3 Handlingsplan", 1)
    dh.para(doc, "Oversikta under viser kva vi vil oppnå, korleis vi vil arbeide og kva vi skal gjere i "
            "planperioden. Ansvarleg eining og frist står til høgre.", keep_with_next=True)
    column_head()
    for gtext, strats in tree:
        line(gtext, bold=True, size=11, before=8, after=3, keep=True)
        for stext, rows in strats:
            line(stext, indent_mm=8, bold=True, before=3, after=2, keep=True)
            for text, printed, _o, when, _k, _d in rows:
                p = line(f"{text}\t{printed}\t{when}", indent_mm=16, size=9.5, tabs=True, after=3)
                p.paragraph_format.first_line_indent = Pt(0)
    dh.heading(doc, "4 Kva vi har gjort", 1)
    for t in ["Tilsett ein ekstra helsesjukepleiar i 2023.",
              "Oppretta «Ungdomsrådet si postkasse» for innspel frå ungdom.",
              "Gjennomført kurs i samtalar med barn for 60 tilsette."]:
        line(t, indent_mm=16, after=2)
    dh.heading(doc, "5 Arbeidsgruppe", 1)
    dh.para(doc, "Planen er laga av ei arbeidsgruppe med kommunalsjef oppvekst (leiar), leiar for "
            "helsestasjonen, ein rektor, kultursjefen, ein representant frå ungdomsrådet og ein frå "
            "foreldrerådet. Kommunalsjef oppvekst rapporterer status til formannskapet kvart år.")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = mb.lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf



# =========================================================================== 2 Swedish, goal and strategy merged


@plan_builder
def build_trygghet_mal_strategi_sv() -> tuple[Plan, Path]:
    """Swedish handlingsplan (odfpy): ONE wide landscape table 'Mål | Strategi | Aktivitet | Ansvar |
    Tid' whose goal cells and strategy cells are merged down over their activity rows (two nested
    levels of table:number-rows-spanned), continued over the page break with the header repeated."""
    from odf.style import Style, TableCellProperties, TableColumnProperties, TableProperties
    from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableHeaderRows, TableRow
    from odf.text import P

    slug = "trygghet-mal-strategi-sv"
    soc, kof = "Socialförvaltningen", "Kultur- och fritidsförvaltningen"
    # goal -> [(strategy, [(aktivitet, ansvar printed, owners, tid, kind)])]
    tree = [
        ("Invånarna i Norrvik ska känna sig trygga i sitt bostadsområde och i centrum.", [
            ("Göra den offentliga miljön tryggare och mer välkomnande", [
                ("Förbättra belysningen längs gång- och cykelvägarna mellan Älvbacken och centrum",
                 "Samhällsbyggnadsförvaltningen", ["Samhällsbyggnadsförvaltningen"], "2025", "period"),
                ("Genomföra trygghetsvandringar tillsammans med boende och fastighetsägare i fyra områden",
                 "Trygghetssamordnaren", ["Trygghetssamordnaren"], "Hösten 2025", "period"),
                ("Sanera klotter och skadegörelse på kommunens fastigheter inom två dygn efter anmälan",
                 "Fastighetsavdelningen", ["Fastighetsavdelningen"], "Löpande", "continuous"),
            ]),
            ("Öka den vuxna närvaron på kvällar och helger", [
                ("Starta nattvandring med föreningar och föräldrar i tre bostadsområden",
                 "Fritidsgårdarna och Föreningsrådet", ["Fritidsgårdarna", "Föreningsrådet"], "Hösten 2025",
                 "period"),
                ("Anställa två fältassistenter som arbetar fredag och lördag kväll", soc, [soc], "Kvartal 1 2026",
                 "period"),
            ]),
        ]),
        ("Färre barn och unga ska begå brott eller utsättas för brott.", [
            ("Upptäcka barn och unga i riskzonen tidigt", [
                ("Införa SSPF-samverkan mellan skola, socialtjänst, polis och fritid", "Socialförvaltningen och Polisen",
                 [soc, "Polisen"], "2025", "period"),
                ("Utbilda all skolpersonal i orosanmälan och tidiga tecken på att en elev far illa",
                 "Barn- och utbildningsförvaltningen", ["Barn- och utbildningsförvaltningen"], "Vårterminen 2026",
                 "period"),
                ("Erbjuda föräldrastödsprogrammet ABC i alla skolområden", "", [], "2026", "period"),
            ]),
            ("Ge unga meningsfulla fritidsaktiviteter", [
                ("Hålla fritidsgården i Älvbacken öppen även under sommarlovet", kof, [kof], "Sommaren 2025",
                 "period"),
                ("Införa ett fritidskort med avgiftsfria aktiviteter för barn mellan 8 och 16 år", kof, [kof], "2026",
                 "period"),
            ]),
            ("Stödja unga som vill lämna kriminalitet", [
                ("Starta ett avhopparprogram i samverkan med grannkommunerna", soc, [soc], "Senast 31 december 2026",
                 "date"),
            ]),
        ]),
        ("Den som har utsatts för brott ska snabbt få stöd och information.", [
            ("Samordna stödet till brottsoffer", [
                ("Inrätta en kommunal kontaktperson för brottsoffer", soc, [soc], "2026", "period"),
                ("Ta fram informationsmaterial om stöd till brottsoffer på fem språk", "Kommunikationsavdelningen",
                 ["Kommunikationsavdelningen"], "Hösten 2026", "period"),
            ]),
            ("Stärka stödet till dem som utsätts för våld i nära relationer", [
                ("Utöka avtalet med kvinnojouren så att det även gäller skyddat boende för män", soc, [soc], "2027",
                 "period"),
            ]),
        ]),
    ]
    goals, strategies, measures = [], [], []
    n_s = n_m = 0
    for gi, (gtext, strats) in enumerate(tree, start=1):
        goals.append(G(f"G{gi}", gtext))
        for stext, rows in strats:
            n_s += 1
            strategies.append(S(f"S{n_s}", stext, [f"G{gi}"]))
            for text, _p, owners, when, _k in rows:
                n_m += 1
                note = "empty Ansvar cell" if not owners else ""
                measures.append(M(f"M{n_m}", text, [f"G{gi}"], owners, when, _k, strategies=[f"S{n_s}"], note=note))
    plan = Plan(
        slug=slug, language="sv", title="Handlingsplan för trygghet och brottsförebyggande arbete 2025–2027",
        period=(2025, 2027), goals=goals, strategies=strategies, measures=measures, source_ext="odt",
        notes="""
OpenDocument (odfpy) → LibreOffice PDF, LANDSCAPE A4, Liberation Sans. Swedish. The plan is one wide
table 'Mål | Strategi | Aktivitet | Ansvar | Tid' (chapter 3): each goal cell is merged down over all
activity rows of the goal and each strategy cell over its own activity rows (two nested levels of
table:number-rows-spanned), so the goal and strategy texts are printed once, at the top of their
blocks. The table runs over the page break with its header row repeated (table:table-header-rows);
the break falls inside the second goal's merged block AND inside one activity row: the SSPF row
starts on p. 1 and its last word ('fritid') continues on p. 2 beside the rest of the goal sentence
('eller utsättas för brott.') and of the strategy ('riskzonen tidigt'); the activities below it on
p. 2 have no goal text beside them. The narrow Ansvar column breaks
'Samhällsbyggnadsförvaltninge' / 'n' inside the word. Goals are 'ska' sentences with no number or 'Mål' word in
the cell; strategies are short infinitive phrases; activities are longer infinitive phrases. Links:
an activity links the goal and the strategy whose merged cells it sits beside.
'Socialförvaltningen och Polisen', 'Fritidsgårdarna och Föreningsrådet' two owners;
'Kultur- och fritidsförvaltningen', 'Barn- och utbildningsförvaltningen' one each. One empty Ansvar
cell (error); 'Löpande' continuous (warning). Tid forms: '2025', 'Hösten 2025', 'Kvartal 1 2026',
'Vårterminen 2026', 'Sommaren 2025', 'Senast 31 december 2026'. Traps: chapter 1 quotes the national
crime-prevention programme's aim; 'Lägesbild 2024' fact list with numbers; chapter 4 'Det här har vi
gjort 2022–2024' (past tense); chapter 5 names the Brå-council (trygghetsråd) members.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    od = mb.Odt(header="Norrviks kommun · Handlingsplan för trygghet och brottsförebyggande arbete 2025–2027",
                landscape=True, size=10, lang="sv", country="SE", footer_text="Sida")
    od.style("Bullet", size=10, indent_cm=0.6, hanging_cm=0.4, after=0.05)
    od.p("Norrviks kommun", "H3")
    od.p(plan.title, "Title")
    od.p("Antagen av kommunfullmäktige den 24 februari 2025, § 18")
    od.h("1 Inledning", 1)
    od.p("Handlingsplanen beskriver hur kommunen tillsammans med polisen och civilsamhället ska arbeta för att öka "
         "tryggheten och minska brottsligheten i Norrvik. Det nationella brottsförebyggande programmet "
         "«Tillsammans mot brott» har som mål att minska brottsligheten och öka tryggheten i hela landet. Sedan 2025 "
         "har kommunerna ett lagstadgat ansvar för det brottsförebyggande arbetet.")
    od.h("2 Lägesbild 2024", 1)
    for t in ["23 procent av invånarna i Norrvik känner sig otrygga ute ensamma sent på kvällen.",
              "Anmälda fall av skadegörelse ökade med 15 procent mellan 2022 och 2024.",
              "Var tionde elev i årskurs 9 har blivit hotad eller rånad under det senaste året."]:
        od.p("• " + t, "Bullet")
    od.h("3 Mål, strategier och aktiviteter", 1)
    od.p("Tabellen visar planens mål, hur vi ska arbeta för att nå dem och vilka aktiviteter som ska genomföras, "
         "vem som ansvarar och när.")

    widths = [5.4, 4.8, 8.3, 4.4, 2.8]
    doc = od.doc
    od._n += 1
    tname = f"T{od._n}"
    ts = Style(name=tname, family="table")
    ts.addElement(TableProperties(width=f"{sum(widths)}cm", align="left"))
    doc.automaticstyles.addElement(ts)
    t = Table(name="Handlingsplan", stylename=tname)
    for i, w in enumerate(widths):
        cst = Style(name=f"{tname}C{i}", family="table-column")
        cst.addElement(TableColumnProperties(columnwidth=f"{w}cm"))
        doc.automaticstyles.addElement(cst)
        t.addElement(TableColumn(stylename=cst))
    cstyles = {}

    def cs(fill=None):
        if fill not in cstyles:
            s_ = Style(name=f"{tname}K{len(cstyles)}", family="table-cell")
            kw = dict(padding="0.08cm", border="0.5pt solid #6f7f8f")
            if fill:
                kw["backgroundcolor"] = fill
            s_.addElement(TableCellProperties(**kw))
            doc.automaticstyles.addElement(s_)
            cstyles[fill] = s_
        return cstyles[fill]

    def cell(text, style="Cell", fill=None, rows=1):
        kw = {"numberrowsspanned": rows} if rows > 1 else {}
        c = TableCell(stylename=cs(fill), valuetype="string", **kw)
        c.addElement(od._fill(P(stylename=od.styles[style]), text))
        return c

    head = TableHeaderRows()
    tr = TableRow()
    for h in ["Mål", "Strategi", "Aktivitet", "Ansvar", "Tid"]:
        tr.addElement(cell(h, "CellBold", "#c9d9e8"))
    head.addElement(tr)
    t.addElement(head)
    for gtext, strats in tree:
        g_rows = sum(len(r) for _s, r in strats)
        first_g = True
        for stext, rows in strats:
            for k, (text, printed, _o, when, _kd) in enumerate(rows):
                tr = TableRow()
                tr.addElement(cell(gtext, "CellBold", "#eef3f8", rows=g_rows) if first_g else CoveredTableCell())
                first_g = False
                tr.addElement(cell(stext, rows=len(rows)) if k == 0 else CoveredTableCell())
                tr.addElement(cell(text))
                tr.addElement(cell(printed))
                tr.addElement(cell(when))
                t.addElement(tr)
    doc.text.addElement(t)
    od.h("4 Det här har vi gjort 2022–2024", 1)
    for t_ in ["Installerat kameror vid resecentrum efter beslut av Integritetsskyddsmyndigheten.",
               "Startat fritidsgårdens helgöppna verksamhet i Älvbacken.",
               "Genomfört en medborgarlöfte-dialog med polisen i alla kommundelar."]:
        od.p("• " + t_, "Bullet")
    od.h("5 Uppföljning", 1)
    od.p("Trygghetsrådet, där kommundirektören, polisområdeschefen, förvaltningscheferna och bostadsbolaget ingår, "
         "följer upp planen två gånger per år. Trygghetssamordnaren sammanställer uppföljningen och rapporterar "
         "till kommunstyrelsen i samband med årsredovisningen.")
    src = od.save(d / f"{slug}.odt", title=plan.title, author="Norrviks kommun")
    pdf = mb.lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf



# =========================================================================== 3 English, two-column page


@plan_builder
def build_priorities_two_column() -> tuple[Plan, Path]:
    """English strategic plan printed from HTML by Chromium in a TWO-COLUMN page layout (text flows
    down the left column, then the right): 'Priority n: …' headings (focus areas), 'Objective n.m'
    goals and 'Action n.m.k' measures each followed by 'Lead: …' and 'Timescale: …' lines."""
    import html as _h

    slug = "priorities-two-column"
    # (focus id, priority title, why text, approach (strategies), [(objective no, text, [(action text, lead printed, owners, timescale,
    #  kind, diffuse)])])
    areas = [
        ("F1", "Healthy and active lives",
         "Life expectancy in our most deprived wards is nine years lower than in the least deprived, and one adult "
         "in four does less than 30 minutes of activity a week.",
         ["We will bring activity to people where they live instead of waiting for them to come to us.",
          "We will work with GPs and the voluntary sector so that help is not only medical."], [
             ("1.1", "Residents in our most deprived wards will be more physically active.", [
                 ("Open a free outdoor gym in each of the three wards with the lowest activity levels",
                  "Leisure Services", ["Leisure Services"], "March 2026", "date", ()),
                 ("Launch a social prescribing service with link workers based in GP surgeries",
                  "Public Health Team and Primary Care Networks", ["Public Health Team", "Primary Care Networks"],
                  "2025/26", "period", ()),
                 ("Offer free swimming lessons to every Year 6 pupil who cannot swim 25 metres",
                  "Leisure Services", ["Leisure Services"], "Summer term 2026", "period", ()),
             ]),
             ("1.2", "Fewer people will feel lonely or isolated.", [
                 ("Fund a network of community connectors covering every town and village",
                  "Community Development Team", ["Community Development Team"], "By April 2026", "date", ()),
                 ("Promote warm and welcoming spaces in libraries, churches and community centres",
                  "All services", ["All services"], "Winter 2025/26", "period", ("All services",)),
             ]),
         ]),
        ("F2", "Safe and welcoming neighbourhoods",
         "Residents told us that poor lighting, fly-tipping and speeding traffic make them feel less safe in "
         "their own streets.",
         ["We will put right first the places residents themselves name as unsafe."], [
             ("2.1", "Residents will feel safe in their neighbourhood, day and night.", [
                 ("Upgrade the street lighting on the 20 routes residents rated least safe",
                  "Highways and Transport", ["Highways and Transport"], "2026/27", "period", ()),
                 ("Hold a community safety surgery with the police in each ward",
                  "Community Safety Partnership", ["Community Safety Partnership"], "Ongoing", "continuous", ()),
                 ("Remove fly-tipping from public land within two working days of a report",
                  "Environmental Services", ["Environmental Services"], "From June 2025", "period", ()),
                 ("Introduce 20 mph limits outside every primary school",
                  "Highways and Transport", ["Highways and Transport"], "December 2027", "date", ()),
             ]),
         ]),
        ("F3", "Skills, work and opportunity",
         "Too many young people leave school without a clear route into work, training or further study.",
         ["We will use the council's own jobs and buildings to open doors for young people."], [
             ("3.1", "More young people will be in education, employment or training.", [
                 ("Offer a paid work placement at the council to every care leaver who wants one",
                  "HR and Organisational Development", ["HR and Organisational Development"], "September 2025",
                  "date", ()),
                 ("Hold a jobs and apprenticeships fair with local employers and the college",
                  "Economic Development", ["Economic Development"], "October 2025", "date", ()),
                 ("Create a skills and careers hub in the town centre library",
                  "Libraries Service / Adult Learning", ["Libraries Service", "Adult Learning"], "2027", "period", ()),
             ]),
         ]),
    ]
    goals, strategies, measures, focus = [], [], [], []
    for fid, ftitle, _why, approach, objs in areas:
        focus.append((fid, ftitle))
        for a in approach:
            strategies.append(S(f"S{len(strategies) + 1}", a, [f"G{num}" for num, _g, _a in objs]))
        for num, gtext, acts in objs:
            goals.append(G(f"G{num}", gtext, focus_area=fid))
            for k, (text, _p, owners, when, kind, diffuse) in enumerate(acts, start=1):
                measures.append(M(f"M{num}.{k}", text, [f"G{num}"], owners, when, kind, diffuse=diffuse))
    plan = Plan(
        slug=slug, language="en", title="Stronger Communities Strategy 2025–2028", period=(2025, 2028),
        goals=goals, strategies=strategies, measures=measures, focus_areas=focus, source_ext="html",
        notes="""
HTML printed to PDF by headless Chromium (--print-to-pdf, --no-pdf-header-footer), A4. English
(UK). A title band spans the page; everything below it is set in TWO COLUMNS (CSS columns: 2), so
the text runs down the left column and continues at the top of the right column, then on p. 2.
The hierarchy: 'Priority 1: Healthy and active lives' headings (focus areas; gold text = the title
after the colon) each with a 'Why this matters' paragraph (a challenge, not a goal) and an 'Our
approach' bullet list of 'We will …' sentences (strategies, linked to every objective of the
priority; actions do not name a strategy); 'Objective 1.1'
(bold label) followed by the goal sentence on the same line; 'Action 1.1.1' (bold label) + the
action text, then two lines 'Lead: …' and 'Timescale: …'. Actions link to the objective above them
(their numbers repeat the objective's). 'Public Health Team and Primary Care Networks' and
'Libraries Service / Adult Learning' are two owners each; 'Highways and Transport', 'HR and
Organisational Development' one each. 'All services' is diffuse (warning); 'Ongoing' is continuous
(warning). Timescales: 'March 2026', '2025/26', 'Summer term 2026', 'By April 2026', 'Winter
2025/26', 'From June 2025', 'October 2025', '2027'. Traps: the Leader's foreword ('we will …'),
the national Public Health Outcomes Framework quoted, 'What you told us' consultation bullets, 'What
we achieved 2021–2024' list (past tense), and a contact/footer block.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    e = _h.escape
    parts = [f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{e(plan.title)}</title>
<style>
@page {{ size: A4; margin: 14mm 14mm 14mm 14mm; }}
body {{ font-family: "Liberation Serif", "Times New Roman", serif; font-size: 10pt; line-height: 1.3; color: #1d1d1d;
  margin: 0; }}
.band {{ background: #3b2a63; color: #fff; padding: 8px 12px 10px; margin-bottom: 8px; }}
.band .council {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10pt; letter-spacing: 1px; }}
.band h1 {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 20pt; margin: 2px 0 0; }}
.band .sub {{ font-size: 9.5pt; }}
.cols {{ columns: 2; column-gap: 8mm; column-rule: 0.5pt solid #c8c0da; }}
h2 {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 12.5pt; color: #3b2a63; margin: 8px 0 3px;
  border-bottom: 1.5pt solid #3b2a63; break-after: avoid; }}
h3 {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10pt; color: #3b2a63; margin: 6px 0 2px;
  break-after: avoid; }}
p {{ margin: 0 0 5px; }}
ul {{ margin: 0 0 5px 14px; padding: 0; }}
.why {{ font-style: italic; color: #444; }}
.obj {{ background: #ece8f4; padding: 3px 5px; margin: 6px 0 4px; break-after: avoid; }}
.action {{ margin: 0 0 6px 8px; break-inside: avoid; }}
.action p {{ margin: 0; }}
.meta {{ font-size: 9pt; color: #333; }}
.contact {{ font-size: 8.5pt; border-top: 0.5pt solid #999; margin-top: 8px; padding-top: 3px; }}
</style></head><body>
<div class="band"><div class="council">ASHBY VALE DISTRICT COUNCIL</div><h1>{e(plan.title)}</h1>
<div class="sub">Adopted by Full Council, 26 February 2025</div></div>
<div class="cols">
<h2>Foreword</h2>
<p>Our district is a good place to live for most people, but not yet for everyone. Over the next four years we will
focus our money and our staff on the places and people who need us most, and we will work with the NHS, the police,
schools and the voluntary sector to get there. This strategy sets out three priorities and what we will do for each
of them.</p>
<p><i>Cllr Helen Marsh, Leader of the Council</i></p>
<h2>Where we are starting from</h2>
<p>The national Public Health Outcomes Framework aims to increase healthy life expectancy and to reduce the gap
between communities. Our own figures show how far we have to go.</p>
<h3>What you told us</h3>
<ul><li>More than 2,100 residents answered our Big Conversation survey in 2024.</li>
<li>Six in ten said feeling safe in their street was their first concern.</li>
<li>Young people asked for more places to go and more help to find work.</li></ul>
"""]
    for fid, ftitle, why, approach, objs in areas:
        parts.append(f"<h2>Priority {fid[1:]}: {e(ftitle)}</h2>\n<p class=\"why\"><b>Why this matters.</b> {e(why)}</p>\n")
        parts.append("<h3>Our approach</h3>\n<ul>" + "".join(f"<li>{e(a)}</li>" for a in approach) + "</ul>\n")
        for num, gtext, acts in objs:
            parts.append(f"<p class=\"obj\"><b>Objective {num}</b> {e(gtext)}</p>\n")
            for k, (text, printed, _o, when, _k, _d) in enumerate(acts, start=1):
                parts.append(f"<div class=\"action\"><p><b>Action {num}.{k}</b> {e(text)}</p>"
                             f"<p class=\"meta\">Lead: {e(printed)}</p>"
                             f"<p class=\"meta\">Timescale: {e(when)}</p></div>\n")
    parts.append("""<h2>What we achieved 2021–2024</h2>
<ul><li>Opened the Riverside community hub with 40 partner organisations.</li>
<li>Brought 310 empty homes back into use.</li>
<li>Helped 1,150 households to insulate their homes.</li></ul>
<h2>Keeping track</h2>
<p>Each lead reports progress every six months to the Communities Scrutiny Committee, and we publish a short annual
report on the council website.</p>
<p class="contact">Ashby Vale District Council · Council Offices, Market Street, Ashby Vale · policy@ashbyvale.gov.uk</p>
</div>
</body></html>
""")
    src = d / f"{slug}.html"
    src.write_text("".join(parts), encoding="utf-8")
    pdf = mb.chromium_pdf(src, d / f"{slug}.pdf")
    write_gold(plan, pdf)
    return plan, pdf



# =========================================================================== 4 reportlab, measures in a side column


@plan_builder
def build_oppvekst_sidekolonne() -> tuple[Plan, Path]:
    """Bokmål kommunedelplan generated with reportlab: 'Hovedmål n' bands, and for each 'Delmål n.m'
    a two-column block: the delmål and its 'Slik gjør vi det:' strategies on the left, the measures
    with 'Ansvar:'/'Frist:' lines in a narrow shaded side column on the right, side by side."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    slug = "oppvekst-sidekolonne"
    vision = "Sammen om en trygg og god oppvekst"
    # (hovedmål no, text, [(delmål no, text, [strategies], [(tiltak, owner printed or None, owners, frist, kind,
    #  diffuse)])])
    tree = [
        ("1", "Alle barn og unge i Bjørkedal skal få en trygg og god oppvekst.", [
            ("1.1", "Barn og unge skal ha et trygt og inkluderende miljø i barnehage, skole og fritid.", [
                "Vi jobber systematisk for å forebygge og stoppe mobbing.",
                "Vi samarbeider tett med foreldrene om miljøet rundt barna.",
            ], [
                ("Innføre en felles plan for trygt og godt skolemiljø i alle skolene", "Kommunalsjef oppvekst",
                 ["Kommunalsjef oppvekst"], "Høst 2025", "period", ()),
                ("Gi alle ansatte i barnehagene kurs i relasjonskompetanse", "Barnehagesjef", ["Barnehagesjef"],
                 "2026", "period", ()),
                ("Holde foreldremøter om skjermbruk og digital mobbing på alle trinn", "Rektorene", ["Rektorene"],
                 None, None, ()),
            ]),
            ("1.2", "Barn og unge som trenger det, skal få hjelp tidlig.", [
                "Vi oppdager tidlig og handler raskt når et barn strever.",
                "Vi gjør hjelpen rundt barnet og familien bedre samordnet.",
            ], [
                ("Ta i bruk stafettloggen i alle tjenester for barn og unge", "Koordinerende enhet",
                 ["Koordinerende enhet"], "1. halvår 2026", "period", ()),
                ("Etablere et familieteam med helsesykepleier, PPT og barnevern", "Helsestasjonen og PPT",
                 ["Helsestasjonen", "PPT"], "2026", "period", ()),
            ]),
        ]),
        ("2", "Barn og unge i Bjørkedal skal mestre skolen og være godt rustet for voksenlivet.", [
            ("2.1", "Flere elever skal fullføre og bestå videregående opplæring.", [
                "Vi styrker lese- og regneopplæringen på de laveste trinnene.",
                "Vi gir elevene tett oppfølging i overgangene mellom skoleslagene.",
            ], [
                ("Innføre intensiv leseopplæring i små grupper på 1.–4. trinn", "Rektorene", ["Rektorene"],
                 "Skoleåret 2025/26", "period", ()),
                ("Lage en felles rutine for overgangen fra ungdomsskole til videregående skole", "Rådgiver oppvekst",
                 ["Rådgiver oppvekst"], "31.12.2026", "date", ()),
            ]),
            ("2.2", "Flere unge skal være i arbeid eller utdanning.", [
                "Vi samarbeider med næringslivet om praksisplasser og sommerjobber.",
                "Vi gir unge som står utenfor skole og arbeid, et tilbud raskt.",
            ], [
                ("Tilby sommerjobb til alle 15-åringer som ønsker det", "Alle enheter", ["Alle enheter"],
                 "Sommeren 2026", "period", ("Alle enheter",)),
                ("Ansette en ungdomslos som følger opp unge som har droppet ut", "NAV Bjørkedal", ["NAV Bjørkedal"],
                 "2027", "period", ()),
            ]),
        ]),
    ]
    goals, strategies, measures = [], [], []
    for hn, htext, subs in tree:
        goals.append(G(f"H{hn}", htext, kind="main_goal"))
        for dn, dtext, strats, acts in subs:
            goals.append(G(f"D{dn}", dtext, kind="sub_goal", parent=f"H{hn}"))
            for st in strats:
                strategies.append(S(f"S{len(strategies) + 1}", st, [f"D{dn}"]))
            for k, (text, _p, owners, when, kind, diffuse) in enumerate(acts, start=1):
                note = "no 'Frist:' line under this measure" if when is None else ""
                measures.append(M(f"M{dn}.{k}", text, [f"D{dn}"], owners, when, kind, diffuse=diffuse, note=note))
    plan = Plan(
        slug=slug, language="nb", title="Kommunedelplan for oppvekst 2025–2030", period=(2025, 2030),
        goals=goals, strategies=strategies, measures=measures, vision=vision, source_ext="py",
        notes="""
Generated with reportlab (Liberation Sans, embedded TrueType subset), portrait A4, running header
and 'Side n av N' footer. Visjon on p. 1 ('Sammen om en trygg og god oppvekst'). Chapter 3: each
'Hovedmål n' is a full-width shaded band (label + goal sentence); under it each 'Delmål n.m' is a
two-column block drawn as a borderless two-cell table: LEFT (about 105 mm) the delmål label and
sentence, then 'Slik gjør vi det:' and '–' bullets with 'Vi …' strategies; RIGHT a narrow shaded
side column (about 62 mm) headed 'Tiltak' with each measure as a bold sentence followed by
'Ansvar: …' and 'Frist: …' lines. The two columns stand side by side, so a text line of the left
column shares its height with a measure line of the right one. Links: measures and strategies link
the delmål they stand beside (sub_goal, parent = hovedmål); measures name no strategy. One measure
has no 'Frist:' line (error); 'Alle enheter' is diffuse (warning). 'Helsestasjonen og PPT' two
owners; 'Koordinerende enhet', 'NAV Bjørkedal' one. Frist forms: 'Høst 2025', 'Skoleåret 2025/26',
'1. halvår 2026', '31.12.2026', 'Sommeren 2026', '2026', '2027'. Traps: the samfunnsdel's goal quoted
in chapter 1, an 'Utfordringer' list in chapter 2, a 'Nøkkeltall' table, and chapter 4 'Oppfølging'
(the handlingsdel is revised each year).""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    pdf = d / f"{slug}.pdf"
    fontdir = Path("/usr/share/fonts/truetype/liberation")
    pdfmetrics.registerFont(TTFont("LibSans", str(fontdir / "LiberationSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("LibSans-Bold", str(fontdir / "LiberationSans-Bold.ttf")))
    pdfmetrics.registerFontFamily("LibSans", normal="LibSans", bold="LibSans-Bold")
    green = colors.HexColor("#2f5d3a")
    side = colors.HexColor("#eef4e8")
    base = ParagraphStyle("b", fontName="LibSans", fontSize=10, leading=13.5, spaceAfter=5)
    h1 = ParagraphStyle("h1", parent=base, fontName="LibSans-Bold", fontSize=20, leading=24, textColor=green)
    h2 = ParagraphStyle("h2", parent=base, fontName="LibSans-Bold", fontSize=13, leading=16, spaceBefore=10,
                        spaceAfter=5, textColor=green)
    bold = ParagraphStyle("bd", parent=base, fontName="LibSans-Bold")
    band = ParagraphStyle("band", parent=base, fontName="LibSans-Bold", fontSize=11.5, leading=15,
                          textColor=colors.white, spaceAfter=0)
    bullet = ParagraphStyle("li", parent=base, leftIndent=5 * mm, bulletIndent=1 * mm, spaceAfter=3)
    sh = ParagraphStyle("sh", parent=base, fontName="LibSans-Bold", fontSize=9.5, leading=12, textColor=green,
                        spaceAfter=3)
    st = ParagraphStyle("st", parent=base, fontName="LibSans-Bold", fontSize=9, leading=11.5, spaceAfter=1)
    sm = ParagraphStyle("sm", parent=base, fontSize=8.5, leading=11, spaceAfter=0)
    cell = ParagraphStyle("c", parent=base, fontSize=9.5, leading=12, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName="LibSans-Bold")

    def story():
        s = [Paragraph("Bjørkedal kommune", ParagraphStyle("o", parent=bold, fontSize=12)),
             Paragraph(plan.title, h1),
             Paragraph("Vedtatt av kommunestyret 11. september 2025, sak 63/25", base),
             Spacer(1, 3 * mm),
             Paragraph(f"Visjon: {vision}", ParagraphStyle("v", parent=bold, fontSize=12, textColor=green)),
             Paragraph("1 Innledning", h2),
             Paragraph("Kommunedelplanen for oppvekst gjelder barnehage, skole, helsestasjon, PPT, barnevern og "
                       "fritid. Den følger opp kommuneplanens samfunnsdel, der kommunestyret har vedtatt målet om at "
                       "Bjørkedal skal være et godt sted å vokse opp for alle. Tiltakene i planen rulleres hvert år "
                       "sammen med økonomiplanen.", base),
             Paragraph("2 Utfordringer", h2)]
        for t in ["Flere barn enn før får vedtak om spesialundervisning, og hjelpen kommer ofte sent.",
                  "Hver femte elev på 7. trinn sier at de ikke har en voksen på skolen å snakke med.",
                  "Færre ungdommer enn i nabokommunene fullfører videregående opplæring på fem år."]:
            s.append(Paragraph(t, bullet, bulletText="–"))
        facts = [[Paragraph(h, cellb) for h in ("Nøkkeltall", "Bjørkedal", "Landet")],
                 [Paragraph("Elever som trives på skolen, 7. trinn", cell), Paragraph("84 %", cell),
                  Paragraph("88 %", cell)],
                 [Paragraph("Fullført videregående opplæring innen fem år", cell), Paragraph("76 %", cell),
                  Paragraph("81 %", cell)]]
        s.append(Table(facts, colWidths=[100 * mm, 30 * mm, 30 * mm], hAlign="LEFT", style=TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9db59f")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), side)])))
        s.append(Paragraph("3 Mål, strategier og tiltak", h2))
        s.append(Paragraph("For hvert delmål står strategiene til venstre og tiltakene i perioden til høyre.", base))
        for hn, htext, subs in tree:
            bt = Table([[Paragraph(f"Hovedmål {hn}", band), Paragraph(htext, band)]],
                       colWidths=[28 * mm, 142 * mm], style=TableStyle([
                           ("BACKGROUND", (0, 0), (-1, -1), green), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
            s += [Spacer(1, 4 * mm), bt, Spacer(1, 2 * mm)]
            for dn, dtext, strats, acts in subs:
                left = [Paragraph(f"Delmål {dn}", bold), Paragraph(dtext, base),
                        Paragraph("Slik gjør vi det:", bold)]
                left += [Paragraph(x, bullet, bulletText="–") for x in strats]
                right = [Paragraph("Tiltak", sh)]
                for text, printed, _o, when, _k, _d in acts:
                    right.append(Paragraph(text, st))
                    right.append(Paragraph(f"Ansvar: {printed}", sm))
                    if when:
                        right.append(Paragraph(f"Frist: {when}", sm))
                    right.append(Spacer(1, 2.5 * mm))
                blk = Table([[left, right]], colWidths=[106 * mm, 64 * mm], style=TableStyle([
                    ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (1, 0), (1, 0), side),
                    ("LEFTPADDING", (0, 0), (0, 0), 0), ("RIGHTPADDING", (0, 0), (0, 0), 8),
                    ("LEFTPADDING", (1, 0), (1, 0), 7), ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.HexColor("#9db59f"))]))
                s += [KeepTogether([blk]), Spacer(1, 3 * mm)]
        s += [Paragraph("4 Oppfølging", h2),
              Paragraph("Kommunalsjef oppvekst rapporterer på tiltakene i tertialrapportene. Planens mål og "
                        "strategier gjelder hele perioden 2025–2030, mens tiltakene rulleres hvert år.", base)]
        return s

    def build(n_pages):
        def onpage(canvas, doc):
            w, h = canvas._pagesize
            canvas.saveState()
            canvas.setFont("LibSans", 8.5)
            canvas.setFillColor(colors.HexColor("#555555"))
            canvas.drawString(20 * mm, h - 12 * mm, "Bjørkedal kommune · Kommunedelplan for oppvekst 2025–2030")
            canvas.drawRightString(w - 20 * mm, 10 * mm, f"Side {doc.page} av {n_pages}")
            canvas.restoreState()

        doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                                bottomMargin=18 * mm, title=plan.title, author="Bjørkedal kommune",
                                creator="Bjørkedal kommune", invariant=1)
        doc.build(story(), onFirstPage=onpage, onLaterPages=onpage)
        return doc.page

    build(build(3))  # second pass with the page count known ('Side n av N')
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
