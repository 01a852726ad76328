"""Build the twenty-ninth batch of blind authored plans (corpora/authored/<slug>/), in layouts and wordings not
yet in the corpus: a Danish WIDE SPREADSHEET printed by Calc 'over, then down' with the Nr column repeated as a
print-title column, so each band of rows is printed twice — the left columns (Nr | Indsats | Ansvarlig) on one
page, the right columns (Nr | Frist | Status | Udgift | Bemærkning) for the SAME rows on the next (odfpy →
LibreOffice Calc); a bokmål export from a PLAN-MANAGEMENT SYSTEM (Framsikt style): breadcrumbs 'Mål › Delmål ›
Tiltak', each tiltak a block of metadata lines ('Ansvarlig enhet', 'Status', 'Startdato', 'Sluttdato',
'Fremdrift 40 %') with status icons and a legend (HTML → Chromium); a nynorsk prose plan whose owners and
deadlines stand in ENDNOTES ('Sluttnotar') behind superscript numbers in the tiltak (python-docx → LibreOffice);
a Swedish plan whose deadlines are written RELATIVE to the plan period ('År 1', 'Andra året', 'Inom sex månader
efter beslut', 'Första tertialet år 2') with the period stated once in the introduction (reportlab).

    python corpora/scripts/make_blind_corpus29.py              # every plan
    python corpora/scripts/make_blind_corpus29.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus29.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus29.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings and gold writer from make_blind_corpus.py, the Ods
writer from make_blind_corpus11.py (loaded, not copied), the pdftotext check from make_blind_corpus3.py. Gold
files carry `held_out: true` and were committed before plancheck was run on the documents.
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
import make_blind_corpus11 as mb11  # noqa: E402
from make_blind_corpus import G, M, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus29.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731


def _gold(plan: Plan, pdf: Path, **kw) -> Path:
    """write_gold with the pages looked up as pdftotext reads them (blindkit.gold_by_pdftotext)."""
    return bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)


def _diffuse(owners: list[str]) -> tuple[str, ...]:
    return tuple(o for o in owners if o.lower().startswith(("alle ", "alla ", "all ")))


# =========================================================================== 1 Danish sheet printed over, then down


def _over_then_down(od, table, *, row_break: int) -> None:
    """Calc settings of a wide sheet: page order 'left to right, then down' (style:print-page-order='ltr'), the
    first column as a print-title column (table:table-header-columns), as a user sets them in Format › Print
    Ranges › Edit (columns to repeat $A) and Format › Page Style › Sheet, and a manual row break (Sheet › Insert
    Page Break › Row Break) before row ROW_BREAK (0-based)."""
    from odf.namespaces import STYLENS, TABLENS
    from odf.style import Style, TableRowProperties
    from odf.table import TableHeaderColumns

    for el in od.doc.automaticstyles.childNodes:
        if el.qname == (STYLENS, "page-layout"):
            for p in el.childNodes:
                if p.qname == (STYLENS, "page-layout-properties"):
                    p.setAttrNS(STYLENS, "print-page-order", "ltr")
    first = next(c for c in table.childNodes if c.qname == (TABLENS, "table-column"))
    table.removeChild(first)
    hc = TableHeaderColumns()
    hc.addElement(first)
    table.insertBefore(hc, table.childNodes[0])
    trs = []

    def walk(el):
        for c in el.childNodes:
            if getattr(c, "qname", None) == (TABLENS, "table-row"):
                trs.append(c)
            elif getattr(c, "qname", None) == (TABLENS, "table-header-rows"):
                walk(c)

    walk(table)
    tr = trs[row_break]
    old = tr.getAttrNS(TABLENS, "style-name")
    height = next(el for el in od.doc.automaticstyles.childNodes
                  if el.getAttrNS(STYLENS, "name") == old).childNodes[0].getAttrNS(STYLENS, "row-height")
    rs = Style(name="robreak", family="table-row")
    rs.addElement(TableRowProperties(rowheight=height, useoptimalrowheight="false", breakbefore="page"))
    od.doc.automaticstyles.addElement(rs)
    tr.setAttrNS(TABLENS, "style-name", "robreak")


@plan_builder
def build_flaade_sideraekkefoelge_da() -> tuple[Plan, Path]:
    """Danish handleplan kept in ONE wide spreadsheet, portrait A4, printed by Calc over, then down with column A
    (Nr) repeated: p. 1 Nr | Indsats | Ansvarlig for the first rows, p. 2 Nr | Frist | Status | Udgift |
    Bemærkning for the SAME rows, p. 3 and p. 4 the same for the remaining rows."""
    slug = "flaade-sideraekkefoelge-da"
    ft, ip = "Flådestyring", "Indkøb og Udbud"
    goals_t = [
        "Kommunens egne personbiler og varebiler skal være emissionsfri senest ved udgangen af 2029",
        "Medarbejderne skal kunne lade og parkere elbiler ved alle større kommunale arbejdspladser",
        "Kommunens tunge køretøjer og maskiner skal bruge mindre fossilt brændstof",
        "Medarbejderne skal køre mindre i bil i arbejdstiden",
    ]
    # (text, owners, Ansvarlig as printed, Frist as printed, kind, Status, Udgift, Bemærkning, note)
    rows = {
        "G1": [
            ("Udskifte alle personbiler i hjemmeplejen med elbiler, når leasingaftalerne udløber", [ft], ft,
             "31-12-2027", "date", "I gang", "3.200", "42 af 68 biler udskiftet", "date cell 'dd-mm-yyyy'"),
            ("Stille krav om emissionsfri varebiler i det næste udbud af leasing", [ip], ip, "1. kvartal 2027",
             "period", "Ikke startet", "", "", "'Indkøb og Udbud' ONE unit (the procurement office)"),
            ("Registrere kørsel og ladning for alle kommunale biler i ét flådestyringssystem", [ft, "Digitalisering"],
             f"{ft} og Digitalisering", "Efteråret 2026", "period", "I gang", "450", "",
             "two owners"),
            ("Afhænde de ældste dieselbiler, som ikke bruges mindst tre dage om ugen", [], "", "Løbende",
             "continuous", "I gang", "", "Ansvar aftales med centrene",
             "EMPTY Ansvarlig: no owner (the remark on the right-hand page says it is yet to be agreed); 'Løbende' "
             "continuous"),
        ],
        "G2": [
            ("Etablere 120 ladepunkter ved rådhuset, plejecentrene og materielgården", ["Ejendomme"], "Ejendomme",
             "2028", "period", "I gang", "6.800", "Første 40 ladepunkter idriftsat 15-03-2026",
             "the date in Bemærkning is a milestone passed, no deadline"),
            ("Indføre en fælles booking af delebiler på alle administrative arbejdspladser",
             ["Alle centre"], "Alle centre", "Hvert år i marts", "recurring", "Ikke startet", "", "",
             "'Alle centre' diffuse; 'Hvert år i marts' recurring"),
            ("Lave regler for medarbejderes opladning af egne elbiler på kommunens parkeringspladser", ["HR og Løn"],
             "HR og Løn", "", None, "Ikke startet", "", "Afventer SKAT's afgørelse",
             "EMPTY Frist: no deadline; 'HR og Løn' one unit"),
        ],
        "G3": [
            ("Gennemføre forsøg med HVO-diesel i alle lastbiler og traktorer på materielgården", ["Vej og Grønt"],
             "Vej og Grønt", "Sommeren 2026", "period", "Afsluttet", "120", "Evaluering i udvalget 12-11-2026",
             "'Afsluttet' is still a measure; the remark's date is no deadline"),
            ("Udskifte de mindre arbejdsmaskiner i parkafdelingen med eldrevne maskiner", ["Vej og Grønt"],
             "Vej og Grønt", "2030", "period", "Ikke startet", "2.400", "Afhænger af anlægsbudget",
             "'2030' after 2026–2029"),
            ("Stille krav om fossilfri drift i udbuddet af vintertjeneste og renovation", [ip, "Vej og Grønt"],
             f"{ip} og Vej og Grønt", "Foråret 2027", "period", "I gang", "", "", "two owners"),
        ],
        "G4": [
            ("Tilbyde kurser i at planlægge møder online i stedet for kørsel", ["HR og Løn"], "HR og Løn",
             "Hvert halvår", "recurring", "I gang", "60", "", "'Hvert halvår' recurring"),
            ("Opstille 60 tjenestecykler og elcykler ved de største arbejdspladser", [ft], ft, "1. juni 2026",
             "date", "I gang", "900", "", ""),
            ("Udarbejde en kørselspolitik med mål for kørsel pr. medarbejder", ["Direktionen"], "Direktionen",
             "2027", "period", "Ikke startet", "", "", ""),
        ],
    }
    goals = [G(f"G{i}", t) for i, t in enumerate(goals_t, start=1)]
    measures = []
    for gid, items in rows.items():
        for k, (text, owners, _cell, when, kind, _st, _u, _bm, note) in enumerate(items, start=1):
            measures.append(M(f"M{gid[1:]}.{k}", text, [gid], owners, when or None, kind if when else None,
                              diffuse=_diffuse(owners), outside=when == "2030", note=note))
    plan = Plan(
        slug=slug, language="da", title="Handleplan for en grøn kommunal flåde 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="ods",
        notes="""
OpenDocument SPREADSHEET (odfpy .ods, one sheet 'Handleplan') printed by LibreOffice Calc on PORTRAIT A4 with
gridlines, page style header 'Kjeldmose Kommune · Handleplan for en grøn kommunal flåde 2026–2029' and footer
'Side n'. The sheet is WIDE: 'Nr | Indsats | Ansvarlig | Frist | Status | Udgift 2026–29 (1.000 kr.) |
Bemærkning' (1.2 + 9.6 + 5.4 + 3.0 + 2.8 + 3.0 + 6.4 cm). The user set PAGE ORDER 'left to right, then down'
(over, then down) and COLUMN A as the column to repeat, and row 6 (the header) as the row to repeat. So Calc
prints each band of rows TWICE: p. 1 Nr | Indsats | Ansvarlig for the first rows, p. 2 Nr | Frist | Status |
Udgift | Bemærkning for THE SAME rows (Nr repeated, no indsats text), then p. 3 / p. 4 the same for the rest of
the rows (a manual row break before 'Målsætning 3' keeps the goal groups whole: målsætning 1–2 on pp. 1–2,
3–4 on pp. 3–4). A planner reads p. 1 + p. 2 (and p. 3 + p. 4) as one table, joined by the Nr column.
Rows: title, 'Vedtaget af Teknik- og Miljøudvalget …', a note quoting the national requirement (lov om
offentlige indkøb … 'skal' — a national duty, no goal), the header row, then per målsætning a shaded row 'n |
Målsætning n: <sentence>' (gold goal, without 'Målsætning n:') and its indsatser 'n.m'.
Gold: goal link = the målsætning row above. OWNER = Ansvarlig (left-hand page); DEADLINE = Frist, printed on the
NEXT page in the row with the same Nr (gold page = the measure's left-hand page). Status ('I gang', 'Ikke
startet', 'Afsluttet'), Udgift (amounts) and Bemærkning ('Første 40 ladepunkter idriftsat 15-03-2026',
'Evaluering i udvalget 12-11-2026', 'Afventer SKAT's afgørelse', 'Ansvar aftales med centrene') are never
deadlines or owners. 'Flådestyring og Digitalisering', 'Indkøb og Udbud og Vej og Grønt' = two owners; 'Indkøb og
Udbud', 'Vej og Grønt', 'HR og Løn' = one unit each; 'Alle centre' diffuse; empty Ansvarlig (M1.4); empty Frist
(M2.3); '31-12-2027' and '1. juni 2026' dates; '1. kvartal 2027', 'Efteråret 2026', '2028', 'Sommeren 2026',
'Foråret 2027', '2027' periods; 'Hvert år i marts', 'Hvert halvår' recurring; 'Løbende' continuous; '2030' after
2026–2029. An 'Afsluttet' indsats is still a measure.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    od = mb11.Ods(header="Kjeldmose Kommune · Handleplan for en grøn kommunal flåde 2026–2029", landscape=False,
                  lang="da", country="DK")
    od.cell_style("cell", size=9.5)
    od.cell_style("title", size=13, bold=True)
    od.cell_style("meta", size=9, italic=True)
    od.cell_style("note", size=8.5, italic=True)
    od.cell_style("head", size=9.5, bold=True, fill="#d6e4d0")
    od.cell_style("goal", size=9.5, bold=True, fill="#eef3e6")
    od.cell_style("row", size=9.5)
    widths = [1.2, 9.6, 5.4, 3.0, 2.8, 3.0, 6.4]
    blank = [""] * 7
    rr = [("title", ["", "Handleplan for en grøn kommunal flåde 2026–2029", "", "", "", "", ""]),
          ("meta", ["", "Vedtaget af Teknik- og Miljøudvalget 14. januar 2026 · status pr. 1. april 2026", "", "",
                    "", "", ""]),
          ("cell", blank),
          ("note", ["", "Efter lov om offentlige indkøb af energieffektive og miljøvenlige køretøjer skal en "
                    "del af de køretøjer, kommunen køber eller leaser, være rene køretøjer. Det er et lovkrav og "
                    "ikke en målsætning i denne handleplan.", "", "", "", "", ""]),
          ("cell", blank),
          ("head", ["Nr", "Indsats", "Ansvarlig", "Frist", "Status", "Udgift 2026–29 (1.000 kr.)",
                    "Bemærkning"])]
    for gi, items in enumerate(rows.values(), start=1):
        rr.append(("goal", [str(gi), f"Målsætning {gi}: {goals_t[gi - 1]}", "", "", "", "", ""]))
        for k, (text, _o, cell, when, _kind, status, udg, bm, _n) in enumerate(items, start=1):
            rr.append(("row", [f"{gi}.{k}", text, cell, when, status, udg, bm]))
    rr += [("cell", blank),
           ("note", ["", "Status opdateres hvert kvartal af Flådestyring. Udgifterne er afsat i budget 2026–2029 "
                     "under Teknik og Miljø.", "", "", "", "", ""])]
    t = od.sheet("Handleplan", widths, rr, header_row=5)
    _over_then_down(od, t, row_break=next(i for i, r in enumerate(rr) if r[1][0] == "3"))
    src = od.save(d / f"{slug}.ods", title=plan.title, author="Kjeldmose Kommune")
    pdf = bk.soffice_pdf(src, filter_name="calc_pdf_Export")
    _gold(plan, pdf)
    return plan, pdf


def _check_overdown() -> list[str]:
    """Four pages: p. 1 / p. 3 print Indsats and Ansvarlig and no Status; p. 2 / p. 4 print Frist and Status (the
    repeated Nr column) and no indsats text."""
    slug = "flaade-sideraekkefoelge-da"
    pages = mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf")
    sq = mb3._squash
    bad = [] if len(pages) == 4 else [f"{slug}: {len(pages)} pages, not 4"]
    for i, p in enumerate(pages, start=1):
        left = i % 2 == 1
        if left and (sq("Ansvarlig") not in p or sq("Bemærkning") in p or sq("Ikke startet") in p):
            bad.append(f"{slug}: p. {i} is not Nr | Indsats | Ansvarlig")
        if not left and (sq("Frist") not in p or sq("Status") not in p or sq("Indsats") in p
                         or sq("Flådestyring og") in p):
            bad.append(f"{slug}: p. {i} is not Nr | Frist | Status | Udgift | Bemærkning")
    return bad


# =========================================================================== 2 bokmål plan-system export (HTML → Chromium)


@plan_builder
def build_innbyggerdialog_styringssystem_nb() -> tuple[Plan, Path]:
    """Bokmål handlingsplan printed from a plan-management system (Framsikt / Stratsys style): per item a block with
    a breadcrumb 'Mål n › Delmål n.m › Tiltak n.m.k', a type label, the text and METADATA LINES ('Ansvarlig
    enhet', 'Status' with an icon, 'Startdato', 'Sluttdato', 'Fremdrift 40 %' with a bar, 'Kommentar')."""
    slug = "innbyggerdialog-styringssystem-nb"
    pu, st, ko = "Plan og utvikling", "Servicetorget", "Kommunikasjon"
    goals_t = [
        "Innbyggerne i Granhaug skal oppleve at det er enkelt å si sin mening før kommunen tar beslutninger",
        "Kommunen skal gi innbyggerne informasjon som er lett å finne og lett å forstå",
        "Frivillige lag og grendeutvalg skal være en ressurs i utviklingen av lokalsamfunnene",
    ]
    # goal -> [(delmål, [(tiltak, owners, Ansvarlig enhet as printed, status key, Startdato, Sluttdato as printed,
    #                     kind, fremdrift %, Kommentar, note)])]
    tree = {
        "G1": [
            ("Flere innbyggere deltar i høringer og medvirkning i plansaker", [
                ("Ta i bruk en digital medvirkningsplattform for alle reguleringsplaner", [pu], pu, "ok",
                 "01.02.2026", "31.12.2026", "date", 40, "", "'Fremdrift 40 %' is no deadline; Startdato not recorded"),
                ("Holde åpne kontordager i bygdene før hvert planvedtak i kommunestyret", [pu, st], f"{pu}, {st}",
                 "new", "01.09.2026", "31.12.2029", "date", 0, "", "two units listed with a comma = two owners"),
            ]),
            ("Barn og unge blir hørt i saker som angår dem", [
                ("Etablere et kommunestyre for barn og unge med egne midler", ["Oppvekst"], "Oppvekst", "warn",
                 "01.01.2026", "31.08.2027", "date", 25, "Oppstart utsatt til høsten 2026 etter valg i skolene.",
                 "the Kommentar's 'høsten 2026' is no deadline"),
                ("Lage en veileder for medvirkning av barn i planarbeid", [], "Ikke angitt", "done", "01.01.2026",
                 "30.06.2026", "date", 100, "", "'Ansvarlig enhet: Ikke angitt' (the system's empty field) = no "
                 "owner; status Fullført, still a measure"),
            ]),
        ],
        "G2": [
            ("Alle tekster på nettsidene er skrevet i klarspråk", [
                ("Gjennomgå og skrive om de 200 mest besøkte sidene på kommunens nettsted", [ko], ko, "ok",
                 "01.03.2026", "30.06.2027", "date", 60, "", ""),
                ("Gi alle saksbehandlere kurs i klarspråk", ["Alle virksomheter"], "Alle virksomheter", "ok",
                 "01.03.2026", "", None, 30, "", "'Alle virksomheter' diffuse; 'Sluttdato: Ikke angitt' = no "
                 "deadline"),
            ]),
            ("Innbyggerne får svar på henvendelser innen fem virkedager", [
                ("Innføre et felles system for registrering av henvendelser i servicetorget", [st], st, "bad",
                 "01.01.2026", "01.03.2027", "date", 10, "Anskaffelsen ble avlyst 14.01.2026 og lyses ut på nytt.",
                 "status 'Betydelig avvik'; the Kommentar's date is no deadline"),
                ("Publisere svartiden for henvendelser på nettsidene hvert kvartal", [ko], ko, "ok", "01.04.2026",
                 "31.12.2030", "date", 20, "", "'31.12.2030' after the plan period 2026–2029"),
            ]),
        ],
        "G3": [
            ("Hver grend har et aktivt grendeutvalg som kommunen samarbeider med", [
                ("Inngå samarbeidsavtaler med alle grendeutvalgene", ["Kultur og frivillighet"],
                 "Kultur og frivillighet", "ok", "01.01.2026", "31.12.2027", "date", 50, "",
                 "'Kultur og frivillighet' ONE unit"),
                ("Arrangere et grendemøte med ordføreren i hver grend", ["Kommunedirektørens stab"],
                 "Kommunedirektørens stab", "ok", "01.01.2026", "Løpende", "continuous", 35, "",
                 "'Sluttdato: Løpende' continuous"),
            ]),
            ("Flere innbyggere har gjort frivillig arbeid det siste året", []),
        ],
    }
    goals, measures = [], []
    for gi, gt in enumerate(goals_t, start=1):
        goals.append(G(f"G{gi}", gt))
        for di, (dt, items) in enumerate(tree[f"G{gi}"], start=1):
            did = f"G{gi}.{di}"
            goals.append(G(did, dt, kind="sub_goal", parent=f"G{gi}"))
            for k, (text, owners, _po, _s, _sd, when, kind, _f, _c, note) in enumerate(items, start=1):
                measures.append(M(f"M{gi}.{di}.{k}", text, [did], owners, when or None, kind if when else None,
                                  diffuse=_diffuse(owners), outside=when == "31.12.2030", note=note))
    plan = Plan(
        slug=slug, language="nb", title="Handlingsplan for innbyggerdialog 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="html",
        notes="""
HTML/CSS → Chromium, A4. Granhaug kommune, bokmål. The plan as PRINTED FROM A PLAN-MANAGEMENT SYSTEM (Framsikt /
Stratsys style, here 'Styringsportalen'): a grey system bar ('Styringsportalen · Rapport: Handlingsplan ·
Utskrevet 03.03.2026 av …'), page margin boxes 'Granhaug kommune – Handlingsplan for innbyggerdialog 2026–2029'
and 'Side n av N'. P. 1: 'Om planen' (plan- og bygningsloven § 5-1 'skal' quoted — a national duty, no goal), an
'Innhold' list NAMING THE THREE GOALS (a table of contents: no second goal), a STATUS LEGEND of icons ('● Etter
plan', '▲ Noe avvik', '■ Betydelig avvik', '✓ Fullført', '○ Ikke startet'). From p. 2 the plan tree as the system
prints it: every item a block with a BREADCRUMB ('Mål 1', 'Mål 1 › Delmål 1.2', 'Mål 1 › Delmål 1.2 › Tiltak
1.2.1'), a type label (MÅL / DELMÅL / TILTAK), the text in bold, and for tiltak METADATA LINES in two columns:
'Ansvarlig enhet', 'Status' (icon + word), 'Startdato', 'Sluttdato', 'Fremdrift' (percentage and a bar) and
sometimes 'Kommentar'. Gold: MÅL = goal; DELMÅL = sub_goal (parent its mål); TILTAK = measure linked to its
delmål (the breadcrumb's middle step). OWNER = 'Ansvarlig enhet' (two units separated by a comma = two owners;
'Ikke angitt' = the system's empty field = no owner); DEADLINE = 'Sluttdato' as printed ('31.12.2026', 'Løpende'
continuous, 'Ikke angitt' = none); Startdato is the start, not recorded; 'Fremdrift 40 %', Status and Kommentar
('Oppstart utsatt til høsten 2026 …', 'Anskaffelsen ble avlyst 14.01.2026 …') are never deadlines or owners. A
'Fullført' tiltak is still a measure. Delmål 3.2 shows 'Ingen tiltak registrert' → goal-has-measure on the
delmål (Mål 3 itself is served through Delmål 3.1). 'Alle virksomheter' diffuse; 'Kultur og frivillighet' one
unit; '31.12.2030' after 2026–2029. The breadcrumb codes ('Tiltak 1.2.1') are not part of any text.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    icons = {"ok": ("●", "#2e8b3d", "Etter plan"), "warn": ("▲", "#d19a00", "Noe avvik"),
             "bad": ("■", "#c0392b", "Betydelig avvik"), "done": ("✓", "#1f5fa8", "Fullført"),
             "new": ("○", "#777777", "Ikke startet")}

    def status(key):
        sym, col, word = icons[key]
        return f'<span class="ic" style="color:{col}">{sym}</span> {word}'

    blocks = []
    for gi, gt in enumerate(goals_t, start=1):
        blocks.append(f'<div class="item goal{" first" if gi == 1 else ""}"><div class="bc">Mål {gi}</div>'
                      f'<div class="type">Mål</div><div class="txt">{E(gt)}</div></div>')
        for di, (dt, items) in enumerate(tree[f"G{gi}"], start=1):
            blocks.append(f'<div class="item sub"><div class="bc">Mål {gi} › Delmål {gi}.{di}</div>'
                          f'<div class="type">Delmål</div><div class="txt">{E(dt)}</div></div>')
            if not items:
                blocks.append('<div class="item none">Ingen tiltak registrert.</div>')
            for k, (text, _o, po, skey, sd, when, _kind, pct, kom, _n) in enumerate(items, start=1):
                meta = [("Ansvarlig enhet", E(po)), ("Status", status(skey)), ("Startdato", sd),
                        ("Sluttdato", E(when or "Ikke angitt")),
                        ("Fremdrift", f'{pct} % <span class="bar"><span style="width:{pct}%"></span></span>')]
                rows = "".join(f'<div class="k">{k_}</div><div class="v">{v}</div>' for k_, v in meta)
                if kom:
                    rows += f'<div class="k komk">Kommentar</div><div class="v kom">{E(kom)}</div>'
                blocks.append(f'<div class="item act"><div class="bc">Mål {gi} › Delmål {gi}.{di} › Tiltak '
                              f'{gi}.{di}.{k}</div><div class="type">Tiltak</div><div class="txt">{E(text)}</div>'
                              f'<div class="meta">{rows}</div></div>')
    toc = "".join(f"<li>Mål {i}: {E(t)}</li>" for i, t in enumerate(goals_t, start=1))
    legend = " ".join(f'<span class="lg">{status(k)}</span>' for k in icons)
    html = f"""<!DOCTYPE html>
<html lang="nb"><head><meta charset="utf-8"><title>{E(plan.title)}</title>
<style>
@page {{ size: A4; margin: 16mm 15mm 16mm 15mm;
  @top-left {{ content: "Granhaug kommune – Handlingsplan for innbyggerdialog 2026–2029"; font: 7.5pt 'Liberation Sans';
    color: #666; }}
  @bottom-right {{ content: "Side " counter(page) " av " counter(pages); font: 7.5pt 'Liberation Sans'; color: #666; }} }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; line-height: 1.38; color: #222; margin: 0; }}
.sys {{ background: #3b4450; color: #fff; font-size: 8pt; padding: 5px 9px; display: flex;
  justify-content: space-between; }}
h1 {{ font-size: 18pt; color: #1d4e6e; margin: 12px 0 2px; }}
.sub1 {{ font-size: 9pt; color: #555; margin: 0 0 10px; }}
h2 {{ font-size: 12pt; color: #1d4e6e; margin: 14px 0 5px; }}
ol.toc {{ list-style: none; padding: 0; margin: 0; }}
ol.toc li {{ border-bottom: 1px dotted #aaa; padding: 3px 0; }}
.legend {{ background: #f4f6f8; border: 1px solid #d5dbe1; padding: 6px 9px; font-size: 8.8pt; }}
.lg {{ margin-right: 14px; white-space: nowrap; }}
.ic {{ font-size: 10pt; }}
.item {{ border: 1px solid #d5dbe1; border-left-width: 5px; padding: 6px 9px; margin: 0 0 7px; break-inside: avoid; }}
.item.first {{ break-before: page; }}
.item.goal {{ border-left-color: #1d4e6e; background: #eaf1f6; }}
.item.sub {{ border-left-color: #5b8db0; margin-left: 10px; }}
.item.act {{ border-left-color: #b7c7d4; margin-left: 22px; }}
.item.none {{ margin-left: 22px; font-style: italic; color: #777; border-style: dashed; }}
.bc {{ font-size: 7.5pt; color: #6a7580; }}
.type {{ font-size: 7pt; font-weight: bold; letter-spacing: .08em; text-transform: uppercase; color: #5b8db0;
  margin-top: 2px; }}
.txt {{ font-weight: bold; font-size: 10pt; margin: 1px 0 3px; }}
.meta {{ display: grid; grid-template-columns: 28mm 55mm 28mm 55mm; font-size: 8.5pt; row-gap: 1px; }}
.meta .k {{ color: #6a7580; }}
.meta .komk {{ grid-column: 1; }}
.meta .kom {{ grid-column: 2 / span 3; font-style: italic; }}
.bar {{ display: inline-block; width: 25mm; height: 2.2mm; background: #e1e6ea; vertical-align: middle;
  margin-left: 4px; }}
.bar span {{ display: block; height: 100%; background: #5b8db0; }}
</style></head><body>
<div class="sys"><span>Styringsportalen · Rapport: Handlingsplan</span><span>Utskrevet 03.03.2026 av
Kristin Aasheim</span></div>
<h1>{E(plan.title)}</h1>
<p class="sub1">Vedtatt i kommunestyret 11.12.2025, sak 98/25 · Planeier: Kommunedirektøren</p>
<h2>Om planen</h2>
<p>Handlingsplanen følger opp samfunnsdelens satsing på en åpen kommune og gjelder for 2026–2029. Tiltakene
følges opp i styringssystemet, og status rapporteres til formannskapet to ganger i året.</p>
<p>Plan- og bygningsloven § 5-1 sier at enhver som fremmer planforslag, skal legge til rette for medvirkning.
Kravet gjelder uansett og er ikke et mål i denne planen.</p>
<h2>Innhold</h2>
<ol class="toc">{toc}</ol>
<h2>Statusforklaring</h2>
<div class="legend">{legend}</div>
{"".join(blocks)}
</body></html>
"""
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf, goal_after=2)
    return plan, pdf


def _check_styringssystem() -> list[str]:
    """P. 1 names the three goals in 'Innhold' and holds no tiltak; the PDF prints ten 'Ansvarlig enhet' lines and
    one 'Ingen tiltak registrert'."""
    slug = "innbyggerdialog-styringssystem-nb"
    pages = mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf")
    sq = mb3._squash
    txt = "".join(pages)
    bad = []
    if txt.count(sq("Ansvarlig enhet")) != 10:
        bad.append(f"{slug}: {txt.count(sq('Ansvarlig enhet'))} 'Ansvarlig enhet' lines, want 10")
    if txt.count(sq("Ingen tiltak registrert")) != 1:
        bad.append(f"{slug}: 'Ingen tiltak registrert' not printed once")
    if sq("Ansvarlig enhet") in pages[0] or sq("Frivillige lag og grendeutvalg") not in pages[0]:
        bad.append(f"{slug}: p. 1 is not the introduction with the goal list")
    return bad


# =========================================================================== 3 nynorsk endnotes (python-docx → LibreOffice)

EN_NOTES_SLUG = "drikkevatn-sluttnotar-nn"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _endnote_ref(paragraph, nid: int) -> None:
    """A Word endnote reference run (w:endnoteReference, superscript) at the end of PARAGRAPH."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r.append(rpr)
    ref = OxmlElement("w:endnoteReference")
    ref.set(qn("w:id"), str(nid))
    r.append(ref)
    paragraph._p.append(r)


def _add_endnotes(docx: Path, notes: list[str], *, size_half_pt: int = 19) -> None:
    """Add word/endnotes.xml (separators + NOTES as endnotes 1..n, decimal numbering) to the saved DOCX, with
    its relationship, content type and w:endnotePr in settings and the section — what Word writes for
    References › Insert Endnote with 'Number format 1, 2, 3'."""
    esc = lambda s: _h.escape(s, quote=False)  # noqa: E731
    body = ['<w:endnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:endnote>',
            '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
            'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>']
    for i, text in enumerate(notes, start=1):
        body.append(f'<w:endnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr>'
                    f'<w:vertAlign w:val="superscript"/><w:sz w:val="{size_half_pt}"/></w:rPr><w:endnoteRef/></w:r>'
                    f'<w:r><w:rPr><w:sz w:val="{size_half_pt}"/></w:rPr><w:t xml:space="preserve"> {esc(text)}'
                    f'</w:t></w:r></w:p></w:endnote>')
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:endnotes xmlns:w="{_W}">'
           + "".join(body) + "</w:endnotes>").encode("utf-8")
    pr = b'<w:endnotePr><w:numFmt w:val="decimal"/></w:endnotePr>'

    def ct(data: bytes) -> bytes:
        return data.replace(b"</Types>", b'<Override PartName="/word/endnotes.xml" ContentType="application/'
                            b'vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/></Types>')

    def rels(data: bytes) -> bytes:
        return data.replace(b"</Relationships>", b'<Relationship Id="rIdEndnotes" Type="http://schemas.'
                            b'openxmlformats.org/officeDocument/2006/relationships/endnotes" '
                            b'Target="endnotes.xml"/></Relationships>')

    def settings(data: bytes) -> bytes:
        return data.replace(b"</w:settings>", b'<w:endnotePr><w:numFmt w:val="decimal"/><w:endnote w:id="-1"/>'
                            b'<w:endnote w:id="0"/></w:endnotePr></w:settings>')

    def document(data: bytes) -> bytes:
        i = data.rindex(b"<w:sectPr")
        j = data.index(b">", i) + 1
        return data[:j] + pr + data[j:]

    bk.patch_zip(docx, {"word/endnotes.xml": lambda _b: xml, "[Content_Types].xml": ct,
                        "word/_rels/document.xml.rels": rels, "word/settings.xml": settings,
                        "word/document.xml": document})


@plan_builder
def build_drikkevatn_sluttnotar_nn() -> tuple[Plan, Path]:
    """Nynorsk prose handlingsplan whose tiltak are bullet lists under each goal; who is responsible and by when
    stands only in Word ENDNOTES (superscript numbers after the tiltak, notes collected after the text)."""
    slug = EN_NOTES_SLUG
    va, pn = "Vatn og avløp", "Plan og næring"
    goals_t = [
        "Alle abonnentane på dei kommunale vassverka skal ha trygt drikkevatn heile året",
        "Leidningsnettet skal fornyast så raskt at lekkasjane går ned",
        "Innbyggjarane skal få rask og korrekt informasjon når det er avvik i vassforsyninga",
        "Vassverka skal bruke mindre energi per kubikkmeter vatn",
    ]
    # goal -> [(tiltak, owners, deadline as printed, kind, endnote text or None, note)]
    tiltak = {
        "G1": [
            ("Byggje nytt UV-anlegg ved Holmevatn vassverk", [va], "2027", "period",
             f"Ansvar: {va}. Frist: 2027.", "'Vatn og avløp' ONE unit"),
            ("Etablere ei reservevasskjelde for Storevik sentrum", [va, pn], "2030", "period",
             f"Ansvar: {va}, {pn}. Frist: 2030. Tiltaket krev løyving i økonomiplanen.",
             "two owners (comma); '2030' after the plan period 2026–2029"),
            ("Ta prøvar av drikkevatnet etter ein risikobasert prøvetakingsplan", ["Vassverksleiaren"],
             "Kvar månad", "recurring", "Ansvar: Vassverksleiaren. Frist: Kvar månad.", "'Kvar månad' recurring"),
            ("Kartleggje alle private vassverk som forsyner meir enn 50 personar",
             ["Alle einingar i teknisk sektor"], "Hausten 2026", "period",
             "Ansvar: Alle einingar i teknisk sektor. Frist: Hausten 2026.", "diffuse owner"),
        ],
        "G2": [
            ("Skifte ut fire kilometer hovudleidning i støypejern i Storevik sentrum", [], "2028", "period",
             "Frist: 2028. Kostnad om lag 18 mill. kr, jf. økonomiplanen 2026–2029.",
             "the endnote names no owner: no owner; the økonomiplan period is no deadline"),
            ("Dele leidningsnettet inn i soner og finne lekkasjar med mengdemålarar", [va], "Løpande",
             "continuous", f"Ansvar: {va}. Frist: Løpande.", "'Løpande' continuous"),
            ("Lage ein hovudplan for vassforsyning", ["Kommunalsjef for teknisk sektor"], "1.6.2027", "date",
             "Ansvar: Kommunalsjef for teknisk sektor. Frist: 1.6.2027.", ""),
            ("Gå gjennom vassgebyra slik at dei dekkjer fornyinga av leidningsnettet", [], None, None,
             "Sjå sjølvkostrapporten for 2025.",
             "the endnote only points to a report: no owner, no deadline (two errors)"),
        ],
        "G3": [
            ("Ta i bruk varsling på SMS til alle abonnentar ved kokevarsel og leidningsbrot",
             ["Kommunikasjonseininga", va], "1. kvartal 2027", "period",
             f"Ansvar: Kommunikasjonseininga og {va}. Frist: 1. kvartal 2027.",
             "'Kommunikasjonseininga og Vatn og avløp' = two owners"),
            ("Øve på beredskapsplanen for drikkevatn saman med Mattilsynet", ["Beredskapskoordinatoren"],
             "Kvart år", "recurring", "Ansvar: Beredskapskoordinatoren. Frist: Kvart år.",
             "'saman med Mattilsynet' is part of the text, not an owner; 'Kvart år' recurring"),
            ("Leggje ut driftsmeldingar om vassforsyninga på kommunen si nettside", [], None, None, None,
             "NO endnote reference: no owner, no deadline (two errors)"),
        ],
    }
    goals = [G(f"G{i}", t) for i, t in enumerate(goals_t, start=1)]
    measures = []
    for gid, items in tiltak.items():
        for k, (text, owners, when, kind, _en, note) in enumerate(items, start=1):
            measures.append(M(f"M{gid[1:]}.{k}", text, [gid], owners, when, kind, diffuse=_diffuse(owners),
                              outside=when == "2030", note=note))
    plan = Plan(
        slug=slug, language="nn", title="Handlingsplan for drikkevatn 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="docx",
        notes="""
python-docx → LibreOffice. Storevik kommune, nynorsk. A PROSE plan: header with rule, 'Side n'. 1 Innleiing
(drikkevassforskrifta 'skal' quoted — a national duty, no goal; a sentence with an endnote to a source); 'Slik
les du planen' says the responsibility and deadline of each tiltak stand in the SLUTTNOTAR at the end of the
plan. 2 Mål og tiltak: per goal a Heading 2 'Mål n', the goal sentence in bold, a short background paragraph and
a bullet list 'Tiltak:' whose items end in a superscript ENDNOTE NUMBER. The notes are real Word endnotes
(word/endnotes.xml, decimal numbers), which LibreOffice prints after the text, on the LAST page.
Gold: OWNER = the name after 'Ansvar:' in the tiltak's endnote, DEADLINE = the text after 'Frist:' there, as
printed; the endnote number is no part of the measure text. An endnote without 'Ansvar:' (M2.1: only 'Frist:' and
a cost) = no owner; an endnote that only points to a report (M2.4) = no owner and no deadline; a tiltak with NO
endnote (M3.3) = no owner and no deadline. Endnotes on the introduction and background text (sources, the
økonomiplan) carry no measure. 'Vatn og avløp, Plan og næring' (comma) and 'Kommunikasjonseininga og Vatn og
avløp' = two owners; 'Vatn og avløp' one unit; 'Alle einingar i teknisk sektor' diffuse; 'Kvar månad', 'Kvart
år' recurring; 'Løpande' continuous; '2027', '2028', 'Hausten 2026', '1. kvartal 2027' periods; '1.6.2027' a
date; '2030' after 2026–2029. Mål 4 has only the sentence 'Tiltak for dette målet kjem ved rulleringa i 2027'
(goal without measures; '2027' there is no deadline). Gold pages are the tiltak's pages; --verify checks owners
and deadlines on the endnote page.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    from docx.shared import Mm, Pt

    doc = dh.new_document(font="Liberation Sans", size=10.5, margins_mm=24, heading_color="1B4F72")
    mb.docx_lang(doc, "nn-NO")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run("Storevik kommune")
    r.font.size = Pt(9)
    r.bold = True
    hp.add_run("\tHandlingsplan for drikkevatn 2026–2029").font.size = Pt(9)
    hp.paragraph_format.tab_stops.add_tab_stop(Mm(162), dh.WD_TAB_ALIGNMENT.RIGHT)
    dh._para_border(hp, "bottom")
    f = sec.footer.paragraphs[0]
    f.add_run("Side ").font.size = Pt(8.5)
    dh.add_field(f, "PAGE", "1", size=8.5)

    notes: list[str] = []

    def note(p, text):
        notes.append(text)
        _endnote_ref(p, len(notes))

    dh.para(doc, "Handlingsplan for drikkevatn 2026–2029", bold=True, size=20, color="1B4F72", space_after=2)
    dh.para(doc, "Vedteken av kommunestyret 4. desember 2025, sak 71/25", italic=True, size=10, space_after=10)
    dh.heading(doc, "1 Innleiing", 1)
    p = dh.para(doc, "Storevik kommune eig tre vassverk som til saman forsyner om lag 9 400 innbyggjarar. "
                     "Nær ein tredjedel av leidningsnettet er eldre enn 50 år.")
    note(p, "Tal frå Vassverksregisteret, Folkehelseinstituttet, 2025.")
    dh.para(doc, "Drikkevassforskrifta seier at vassverkseigaren skal sørgje for at drikkevatnet er helsemessig "
                 "trygt og blir levert i tilstrekkeleg mengd. Det er eit krav i forskrifta og ikkje eit mål i "
                 "denne planen.")
    dh.heading(doc, "Slik les du planen", 2)
    dh.para(doc, "Under kvart mål står tiltaka som ei punktliste. Kven som har ansvaret for tiltaket, og når det "
                 "skal vere gjennomført, står i sluttnotane bak i planen. Talet etter tiltaket viser til "
                 "sluttnoten.")
    dh.heading(doc, "2 Mål og tiltak", 1)
    bullets = dh.add_abstract_num(doc, "bullet")
    background = {
        "G1": "Tre prøvar med E. coli i 2024 og 2025 gjorde at abonnentane på Holmevatn vassverk fekk kokevarsel.",
        "G2": "Lekkasjane utgjer i dag om lag 38 prosent av vatnet som blir produsert.",
        "G3": "Ved leidningsbrotet i Storevik sentrum i mars 2025 fekk mange abonnentar vite om brotet først dagen "
              "etter.",
    }
    for gi, gt in enumerate(goals_t, start=1):
        gid = f"G{gi}"
        dh.heading(doc, f"Mål {gi}", 2).paragraph_format.keep_with_next = True
        dh.para(doc, gt, bold=True, space_after=4, keep_with_next=True)
        if gid not in tiltak:
            dh.para(doc, "Tiltak for dette målet kjem ved rulleringa av planen i 2027, når energikartlegginga av "
                         "vassverka er ferdig.")
            continue
        p = dh.para(doc, background[gid])
        if gid == "G2":
            note(p, "Økonomiplanen 2026–2029 set av 42 mill. kr til fornying av vass- og avløpsleidningar.")
        dh.para(doc, "Tiltak:", bold=True, space_after=2, keep_with_next=True)
        num = dh.add_num(doc, bullets)
        for text, _o, _w, _k, en, _n in tiltak[gid]:
            p = dh.list_item(doc, text, num)
            if en:
                note(p, en)
    dh.heading(doc, "3 Oppfølging", 1)
    dh.para(doc, "Vatn og avløp rapporterer på tiltaka i årsmeldinga. Planen blir rullert i 2027.")
    dh.set_core_properties(doc, title=plan.title, author="Storevik kommune")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    _add_endnotes(src, notes)
    pdf = bk.soffice_pdf(src)
    gold = _gold(plan, pdf)
    # the diffuse owner is printed only in its endnote (the last page): the finding quotes it there
    n_pages = len(mb3.pdftotext_pages(pdf))
    text = gold.read_text(encoding="utf-8")
    old = 'quote: "Alle einingar i teknisk sektor", page: 1}'
    assert text.count(old) == 1, "owner-is-accountable finding not found"
    gold.write_text(text.replace(old, f'quote: "Alle einingar i teknisk sektor", page: {n_pages}}}'),
                    encoding="utf-8")
    return plan, pdf


def _verify_endnotes(slug: str) -> list[str]:
    """mb3.verify, but the owners and deadlines are checked on the LAST page (the endnotes) instead of the tiltak's
    page; plus: the last page prints every endnote with 'Ansvar:' / 'Frist:' and no tiltak text, and the DOCX has
    12 endnote references (nine tiltak with 'Ansvar:' or 'Frist:', one pointing to a report, two on background
    text)."""
    import zipfile

    import yaml

    bad = [b for b in mb3.verify(slug) if "owner " not in b and "deadline " not in b]
    gold = yaml.safe_load((OUT / slug / f"{slug}.gold.yaml").read_text(encoding="utf-8"))
    pages = mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf")
    last = len(pages)
    for m in gold["measures"]:
        for o in m["owners"]:
            if not mb3._on(pages, f"Ansvar: {o}", last) and not mb3._on(pages, o, last):
                bad.append(f"{slug}: owner {o!r} of {m['id']} not in the endnotes")
        if m["deadline"] and not mb3._on(pages, f"Frist: {m['deadline']}", last):
            bad.append(f"{slug}: deadline {m['deadline']!r} of {m['id']} not in the endnotes")
        if mb3._squash(m["text"])[:28] in pages[-1]:
            bad.append(f"{slug}: tiltak {m['id']} printed on the endnote page")
    xml = zipfile.ZipFile(OUT / slug / f"{slug}.docx").read("word/document.xml").decode("utf-8")
    if xml.count("<w:endnoteReference ") != 12:
        bad.append(f"{slug}: {xml.count('<w:endnoteReference ')} endnote references, want 12")
    return bad


# =========================================================================== 4 Swedish relative deadlines (reportlab)


@plan_builder
def build_skolnarvaro_relativa_tider_sv() -> tuple[Plan, Path]:
    """Swedish handlingsplan whose Tidsplan column gives every deadline RELATIVE to the plan period or the
    decision ('År 1', 'Andra året i planperioden', 'Inom sex månader efter beslut', 'Första tertialet år 2',
    'Inom ett år efter planperiodens slut'); the period 2026–2029 is stated once, in the introduction."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    slug = "skolnarvaro-relativa-tider-sv"
    buf, ceh, soc = "Barn- och utbildningsförvaltningen", "Centrala elevhälsan", "Socialtjänsten"
    goals_t = [
        "Frånvaro ska upptäckas och följas upp tidigt på alla skolor",
        "Elever med problematisk frånvaro ska få samordnat stöd från skola och socialtjänst",
        "Vårdnadshavare ska vara delaktiga i arbetet med sina barns närvaro",
        "Skolan ska vara en plats där fler elever vill vara",
    ]
    # goal -> [(åtgärd, owners, Ansvarig as printed, Tidsplan as printed, kind, Finansiering, outside, note)]
    rows = {
        "G1": [
            ("Införa ett gemensamt digitalt system för närvarorapportering på alla grundskolor", [buf], buf,
             "Inom sex månader efter beslut", "period", "Inom ram", False,
             "relative to the decision (2025-11-20): about May 2026, inside the period"),
            ("Ta fram gemensamma rutiner för när frånvaro ska anmälas till rektor och elevhälsa", ["Skolchefen"],
             "Skolchefen", "År 1", "period", "Inom ram", False, "'År 1' = the first year of the period"),
            ("Följa upp varje elev med mer än tio procent frånvaro på skolans elevhälsomöte", ["Alla rektorer"],
             "Alla rektorer", "Varje månad", "recurring", "Inom ram", False,
             "'Alla rektorer' diffuse; 'Varje månad' recurring"),
        ],
        "G2": [
            ("Inrätta ett närvaroteam med specialpedagog, kurator och socialsekreterare", [ceh, soc],
             f"{ceh} och {soc}", "Andra året i planperioden", "period", "Statsbidrag 2026", False,
             "two owners; 'Statsbidrag 2026' is financing, no deadline"),
            ("Erbjuda samordnad individuell plan (SIP) till alla elever med långvarig frånvaro", [soc], soc,
             "Under hela planperioden", "continuous", "Inom ram", False, "'Under hela planperioden' continuous"),
            ("Utbilda alla mentorer i samtal med elever som ofta är frånvarande", [], "", "Första tertialet år 2",
             "period", "Bidrag från Skolverket", False, "EMPTY Ansvarig: no owner"),
        ],
        "G3": [
            ("Ta fram informationsmaterial om närvaro på de fem vanligaste språken i kommunen",
             ["Kommunikationsenheten"], "Kommunikationsenheten", "Höstterminen år 1", "period", "Inom ram", False,
             ""),
            ("Hålla föräldraträffar om skolnärvaro på alla skolor", ["Förvaltningens skolutvecklare"],
             "Förvaltningens skolutvecklare", "Varje termin", "recurring", "Inom ram", False,
             "'Varje termin' recurring"),
        ],
        "G4": [
            ("Genomföra en elevenkät om trivsel och studiero i årskurs 4–9", ["Kvalitetsenheten"],
             "Kvalitetsenheten", "Vartannat år", "recurring", "Inom ram", False, "'Vartannat år' recurring"),
            ("Bygga om skolgårdarna vid Lindåsa skola och Vänneby skola", ["Fastighetsavdelningen"],
             "Fastighetsavdelningen", "Inom ett år efter planperiodens slut", "period", "Söks i budget 2028", True,
             "a RELATIVE deadline AFTER the period (by the end of 2030): deadline-within-plan-period"),
            ("Starta läxhjälp och lugna studieplatser på fritidsgårdarna", ["Fritidsenheten"], "Fritidsenheten", "",
             None, "Föreningsbidrag", False, "EMPTY Tidsplan: no deadline"),
            ("Utvärdera handlingsplanen och föreslå en ny plan till nämnden", [buf], buf,
             "Senast vid planperiodens slut", "period", "Inom ram", False, ""),
        ],
    }
    goals = [G(f"G{i}", t) for i, t in enumerate(goals_t, start=1)]
    measures = []
    for gid, items in rows.items():
        for k, (text, owners, _po, when, kind, _fin, outside, note) in enumerate(items, start=1):
            measures.append(M(f"M{gid[1:]}.{k}", text, [gid], owners, when or None, kind if when else None,
                              diffuse=_diffuse(owners), outside=outside, note=note))
    plan = Plan(
        slug=slug, language="sv", title="Handlingsplan för ökad skolnärvaro 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="pdf",
        notes="""
reportlab (Liberation Sans, invariant), A4 portrait, running header with rule 'Björkeryd kommun · Barn- och
utbildningsnämnden' and 'Sida n av N'. P. 1: title, 'Antagen av barn- och utbildningsnämnden 2025-11-20, § 112',
an 'Innehåll' list (table of contents with page numbers) NAMING THE FOUR GOALS (no second goal), 1 Inledning
(skollagen 'ska' quoted — a national duty, no goal; 'Planen gäller för perioden 2026–2029' — the ONLY place the
period is given as years), 2 'Så läser du tabellerna' (times are given relative to the plan period: 'År 1' is
the first year of the period). From p. 2: 3 Mål och åtgärder, per goal 'Mål n' + bold sentence and a table 'Nr |
Åtgärd | Ansvarig | Tidsplan | Finansiering'.
Gold: DEADLINE = the Tidsplan cell AS PRINTED, relative wording kept ('Inom sex månader efter beslut', 'År 1',
'Andra året i planperioden', 'Första tertialet år 2', 'Höstterminen år 1', 'Senast vid planperiodens slut' =
period; 'Under hela planperioden' continuous; 'Varje månad', 'Varje termin', 'Vartannat år' recurring); the gold
does not turn them into years (a planner reads 'År 1' as 2026 and 'Andra året' as 2027 from the introduction).
'Inom ett år efter planperiodens slut' (M4.2) lies AFTER 2026–2029 (by the end of 2030):
deadline-within-plan-period. FINANSIERING ('Statsbidrag 2026', 'Söks i budget 2028', 'Inom ram') is never a
deadline. 'Centrala elevhälsan och Socialtjänsten' two owners; 'Barn- och utbildningsförvaltningen' one unit;
'Alla rektorer' diffuse; empty Ansvarig (M2.3); empty Tidsplan (M4.3). 4 Uppföljning holds no measures.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    f = bk.reportlab_fonts()
    ink = colors.HexColor("#1f4d5c")
    base = ParagraphStyle("b", fontName=f["normal"], fontSize=10, leading=13.5, spaceAfter=5)
    h1 = ParagraphStyle("h1", parent=base, fontName=f["bold"], fontSize=14, leading=18, spaceBefore=8,
                        spaceAfter=5, textColor=ink)
    h2 = ParagraphStyle("h2", parent=base, fontName=f["bold"], fontSize=11.5, leading=15, spaceBefore=8,
                        spaceAfter=2, textColor=ink)
    gst = ParagraphStyle("g", parent=base, fontName=f["bold"], fontSize=10.5, leading=14, spaceAfter=4)
    title = ParagraphStyle("t", parent=base, fontName=f["bold"], fontSize=20, leading=24, textColor=ink)
    small = ParagraphStyle("s", parent=base, fontSize=8.8, leading=11.2, spaceAfter=0)
    smallb = ParagraphStyle("sb", parent=small, fontName=f["bold"])
    toc_st = ParagraphStyle("toc", parent=base, fontSize=9.5, leading=13, spaceAfter=1)

    def story(pages: dict[int, int]) -> list:
        toc_rows = [[Paragraph("1 Inledning", toc_st), Paragraph("1", toc_st)],
                    [Paragraph("2 Så läser du tabellerna", toc_st), Paragraph("1", toc_st)],
                    [Paragraph("3 Mål och åtgärder", toc_st), Paragraph(str(pages.get(1, 2)), toc_st)]]
        for gi, gt in enumerate(goals_t, start=1):
            toc_rows.append([Paragraph(f"&nbsp;&nbsp;&nbsp;&nbsp;Mål {gi}: {E(gt)}", toc_st),
                             Paragraph(str(pages.get(gi, 2)), toc_st)])
        toc_rows.append([Paragraph("4 Uppföljning", toc_st), Paragraph(str(pages.get(9, 3)), toc_st)])
        toc = Table(toc_rows, colWidths=[150 * mm, 12 * mm], hAlign="LEFT")
        toc.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#b8c9cf")),
                                 ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        out = [Paragraph(E(plan.title), title),
               Paragraph("Antagen av barn- och utbildningsnämnden 2025-11-20, § 112", small), Spacer(1, 5 * mm),
               Paragraph("Innehåll", h2), toc, Spacer(1, 3 * mm),
               Paragraph("1 Inledning", h1),
               Paragraph("Under läsåret 2024/25 hade var sjätte elev i grundskolan i Björkeryd mer än 15 procent "
                         "frånvaro. Hög frånvaro är en av de starkaste riskfaktorerna för att inte nå "
                         "gymnasiebehörighet. Planen gäller för perioden 2026–2029 och omfattar förskoleklass, "
                         "grundskola och anpassad grundskola.", base),
               Paragraph("Enligt skollagen ska rektorn se till att elevens vårdnadshavare samma dag informeras om "
                         "att eleven har uteblivit utan giltigt skäl. Det är ett lagkrav och inget mål i "
                         "planen.", base),
               Paragraph("2 Så läser du tabellerna", h1),
               Paragraph("Tidsplanen för varje åtgärd anges i förhållande till planperioden. År 1 är planens "
                         "första år och så vidare. Med beslut menas nämndens beslut om planen. Kolumnen "
                         "Finansiering visar hur åtgärden betalas.", base),
               PageBreak(),
               Paragraph("3 Mål och åtgärder", h1)]
        widths = [10 * mm, 58 * mm, 44 * mm, 30 * mm, 28 * mm]
        for gi, gid in enumerate(rows, start=1):
            head = Paragraph(f"Mål {gi}", h2)
            head._goal = gi
            data = [[Paragraph(t, smallb) for t in ("Nr", "Åtgärd", "Ansvarig", "Tidsplan", "Finansiering")]]
            for k, (text, _o, po, when, _kind, fin, _out, _n) in enumerate(rows[gid], start=1):
                data.append([Paragraph(f"{gi}.{k}", small), Paragraph(E(text), small), Paragraph(E(po), small),
                             Paragraph(E(when), small), Paragraph(E(fin), small)])
            t = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9fb6be")),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce9ed")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
            out += [KeepTogether([head, Paragraph(E(goals_t[gi - 1]), gst), t]), Spacer(1, 3 * mm)]
        up = Paragraph("4 Uppföljning", h1)
        up._goal = 9
        out += [KeepTogether([up, Paragraph("Förvaltningen redovisar närvaron per skola till nämnden varje "
                                            "termin. Planen utvärderas i sin helhet under planperiodens sista "
                                            "år.", base)])]
        return out

    def onpage(canvas, doc):
        w, h = A4
        canvas.saveState()
        canvas.setFont(f["normal"], 8)
        canvas.drawString(20 * mm, h - 12 * mm, "Björkeryd kommun · Barn- och utbildningsnämnden")
        canvas.setStrokeColor(ink)
        canvas.line(20 * mm, h - 13.5 * mm, w - 20 * mm, h - 13.5 * mm)
        canvas.drawRightString(w - 20 * mm, 10 * mm, f"Sida {doc.page} av {doc._n_pages}")
        canvas.restoreState()

    class Doc(SimpleDocTemplate):
        def afterFlowable(self, flowable):
            for fl in getattr(flowable, "_content", [flowable]):
                if hasattr(fl, "_goal"):
                    self._pages[fl._goal] = self.page

    pdf = d / f"{slug}.pdf"

    def build(pages, n_pages):
        doc = Doc(str(pdf), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                  bottomMargin=16 * mm, title=plan.title, author="Björkeryd kommun", invariant=1)
        doc._n_pages, doc._pages = n_pages, {}
        doc.build(story(pages), onFirstPage=onpage, onLaterPages=onpage)
        return doc._pages, doc.page

    pages, n = build({}, 9)
    pages2, n2 = build(pages, n)
    if (pages2, n2) != (pages, n):
        raise SystemExit(f"{slug}: table of contents pages moved on rebuild")
    _gold(plan, pdf, goal_after=2)
    return plan, pdf


def _check_relative() -> list[str]:
    """P. 1 holds the TOC naming the goals and the only '2026–2029' of the body text besides title and header; no
    Tidsplan cell prints a year."""
    import re

    slug = "skolnarvaro-relativa-tider-sv"
    pages = mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf")
    sq = mb3._squash
    bad = []
    if sq("Mål 4: Skolan ska vara en plats") not in pages[0] or sq("Inom sex månader") in pages[0]:
        bad.append(f"{slug}: p. 1 is not title, TOC and introduction")
    import yaml

    gold = yaml.safe_load((OUT / slug / f"{slug}.gold.yaml").read_text(encoding="utf-8"))
    for m in gold["measures"]:
        if m["deadline"] and re.search(r"20\d\d", m["deadline"]):
            bad.append(f"{slug}: deadline of {m['id']} prints a year")
    return bad


# =========================================================================== verify / main


LAYOUT_CHECKS: dict[str, callable] = {
    "flaade-sideraekkefoelge-da": _check_overdown,
    "innbyggerdialog-styringssystem-nb": _check_styringssystem,
    "skolnarvaro-relativa-tider-sv": _check_relative,
}


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page; owner / deadline may be on the next page) plus one layout fact per
    plan."""
    base = _verify_endnotes(slug) if slug == EN_NOTES_SLUG else mb3.verify(slug)
    return base + LAYOUT_CHECKS.get(slug, lambda: [])()


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify,
                  patterns=("*.docx", "*.odt", "*.ods", "*.html", "*.pdf", "*.gold.yaml"))


if __name__ == "__main__":
    main(sys.argv[1:])
