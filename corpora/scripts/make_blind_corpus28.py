"""Build the twenty-eighth batch of blind authored plans (corpora/authored/<slug>/), in layouts and wordings not
yet in the corpus: a nynorsk RULLERT (revised) plan whose tables carry a 'Status 2027' column and show the tiltak
taken out of the plan STRUCK THROUGH ('Utgår') beside done ('Gjennomført') and new ('Nytt') ones (python-docx →
LibreOffice); a Danish status page laid out as a KANBAN BOARD — three status columns 'Ikke startet | I gang |
Afsluttet' with the indsatser as cards (HTML → Chromium); an English plan whose actions carry NO owner beside
them: the owners stand only in a REVERSE INDEX at the end, 'Lead service | Actions' listing action numbers per
service (odfpy → LibreOffice Writer); a Swedish PROGRAMTEORI (logic model) per goal — activity boxes, arrows, a
short-term result and the long-term goal in a row of boxes (reportlab).

    python corpora/scripts/make_blind_corpus28.py              # every plan
    python corpora/scripts/make_blind_corpus28.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus28.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus28.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings and gold writer from make_blind_corpus.py, the Odt
writer from make_blind_corpus.py, the pdftotext check from make_blind_corpus3.py. Gold files carry
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

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus28.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731


def _gold(plan: Plan, pdf: Path, **kw) -> Path:
    """write_gold with the pages looked up as pdftotext reads them (blindkit.gold_by_pdftotext)."""
    return bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)


def _diffuse(owners: list[str]) -> tuple[str, ...]:
    return tuple(o for o in owners if o.lower().startswith(("alle ", "alla ", "all ")))


# =========================================================================== 1 nynorsk rullering (python-docx)


@plan_builder
def build_skogbruk_rullering_nn() -> tuple[Plan, Path]:
    """Nynorsk RULLERT handlingsplan: per goal a table 'Nr | Tiltak | Ansvar | Frist | Status 2027'; the tiltak
    taken out at the revision stay in the table STRUCK THROUGH in grey with status 'Utgår'."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt, RGBColor

    slug = "skogbruk-rullering-nn"
    lk, sl, td, ea = "Landbrukskontoret", "Brattfoss skogeigarlag", "Teknisk drift", "Eigedomsavdelinga"
    goals_t = [
        "Meir av skogen i Brattfoss skal hoggast og forynga på ein berekraftig måte",
        "Skogsvegane skal gjere det mogleg å drive skogen utan skade på natur og kommunale vegar",
        "Skogen skal gje fleire arbeidsplassar og meir verdiskaping i bygda",
        "Klima- og miljøomsyn skal vere ein del av all skogsdrift i kommunen",
    ]
    # per goal: (text, owners, Ansvar as printed, Frist as printed, kind, status, struck, note)
    rows = {
        "G1": [
            ("Arrangere skogdag for skogeigarar med tema hogst og foryngingsplikt", [lk], lk, "Kvar haust",
             "recurring", "Vidareført", False, "'Kvar haust' recurring"),
            ("Kartleggje hogstmoden skog med laserdata og gjere karta tilgjengelege for skogeigarane", [lk, sl],
             f"{lk} og {sl}", "2027", "period", "Endra frist", False, "two owners; status 'Endra frist' is no "
             "deadline (the Frist cell holds the revised one)"),
            ("Søkje fylkeskommunen om midlar til ein skogkoordinator i halv stilling", ["Kommunedirektøren"],
             "Kommunedirektøren", "2026", "period", "Utgår", True, ""),
            ("Kontrollere foryngingsplikta på 30 hogstfelt i året", [lk], lk, "Årleg", "recurring",
             "Vidareført", False, "'Årleg' recurring; 'i året' part of the text"),
            ("Gje tilskot til ungskogpleie på minst 400 dekar i året", [], "", "Løpande", "continuous",
             "Vidareført", False, "EMPTY Ansvar cell: no owner; 'Løpande' continuous"),
        ],
        "G2": [
            ("Lage ein hovudplan for skogsvegar i Brattfoss", [lk, td], f"{lk} og {td}", "Våren 2027", "period",
             "Endra frist", False, "two owners"),
            ("Byggje ny velteplass ved Storlia", [sl], sl, "2026", "period", "Gjennomført", False,
             "status 'Gjennomført': done, still a tiltak of the plan (the reading note says done tiltak stay in the "
             "table)"),
            ("Utbetre Solbakkvegen for tømmerbil", [td], td, "2030", "period", "Utgår", True, ""),
            ("Innføre fast rutine for teleløysing og stenging av kommunale vegar for tungtransport",
             ["Alle einingar i teknisk sektor"], "Alle einingar i teknisk sektor", "Kvar vår", "recurring", "Nytt",
             False, "'Alle einingar i teknisk sektor' diffuse; 'Kvar vår' recurring; status 'Nytt'"),
        ],
        "G3": [
            ("Greie ut eit felles flisfyringsanlegg for Brattfoss skule og sjukeheimen", [ea], ea, "2027",
             "period", "Utgår", True, ""),
        ],
        "G4": [
            ("Gje skogeigarane rettleiing om miljøregistreringar før hogst", [lk], lk, "Løpande", "continuous",
             "Vidareført", False, "'Løpande' continuous"),
            ("Merke og sikre nøkkelbiotopane i kommuneskogen", [ea], ea, "1.10.2026", "date", "Nytt", False, ""),
            ("Plante skog på 50 dekar nedlagd beite som klimatiltak", [lk], lk, "2031", "period", "Endra frist",
             False, "'2031' after the plan period 2026–2029"),
            ("Vurdere bruk av tre i nye kommunale bygg", [ea], ea, "", None, "Nytt", False,
             "EMPTY Frist cell: no deadline"),
        ],
    }
    goals = [G(f"G{i}", t) for i, t in enumerate(goals_t, start=1)]
    measures = []
    for gid, its in rows.items():
        for k, (text, owners, _po, when, kind, _st, struck, note) in enumerate(its, start=1):
            if struck:
                continue
            measures.append(M(f"M{gid[1:]}.{k}", text, [gid], owners, when or None, kind if when else None,
                              diffuse=_diffuse(owners), outside=when == "2031", note=note))
    plan = Plan(
        slug=slug, language="nn", title="Handlingsplan for skogbruket 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="docx",
        notes="""
python-docx → LibreOffice. Brattfoss kommune, nynorsk. The plan 'Handlingsplan for skogbruket 2026–2029' as
its RULLERT UTGÅVE (revised edition, 'vedteken av formannskapet 2. mars 2027'): header with rule, 'Side n av N'.
1 Innleiing (skogbrukslova § 1 'skal' quoted — a national purpose, not a goal; 'Skogen i tal' table; the
rullering of 2027 told in prose). 'Slik les du tabellane' explains the Status 2027 column: 'Vidareført',
'Endra frist' (the Frist cell holds the new deadline), 'Nytt', 'Gjennomført' (done, stays in the table for the
overview) and 'Utgår' (taken OUT of the plan, shown struck through in grey so readers can see what was
dropped). 2 Mål og tiltak: Heading 2 'Mål n' + bold sentence, then 'Nr | Tiltak | Ansvar | Frist | Status 2027'.
Gold: the STRUCK 'Utgår' rows (1.3, 2.3, 3.1) are NO measures (no owner, no deadline, no findings — 2.3's '2030'
is after the period but is no deadline of the plan); the numbers keep their gaps (1.4 follows 1.2 as measure
M1.4). 'Gjennomført' (2.2) is still a measure with its owner and deadline. The status words are never
deadlines. Mål 3's only tiltak 'Utgår' → Mål 3 has no measure (goal-has-measure). 'Landbrukskontoret og
Brattfoss skogeigarlag', 'Landbrukskontoret og Teknisk drift' two owners; 'Alle einingar i teknisk sektor'
diffuse; empty Ansvar (1.5); empty Frist (4.4); 'Kvar haust', 'Årleg', 'Kvar vår' recurring; 'Løpande'
continuous; '2031' after 2026–2029. 3 Oppfølging (report to formannskapet every spring) holds no measures.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = dh.new_document(font="Liberation Sans", size=10.5, margins_mm=22, heading_color="2E5B2E")
    mb.docx_lang(doc, "nn-NO")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run("Brattfoss kommune")
    r.font.size = Pt(9)
    r.bold = True
    hp.add_run("\tHandlingsplan for skogbruket 2026–2029 · rullert 2027").font.size = Pt(9)
    hp.paragraph_format.tab_stops.add_tab_stop(Mm(166), dh.WD_TAB_ALIGNMENT.RIGHT)
    dh._para_border(hp, "bottom")
    f = sec.footer.paragraphs[0]
    f.alignment = WD_ALIGN_PARAGRAPH.CENTER
    f.add_run("Side ").font.size = Pt(8.5)
    dh.add_field(f, "PAGE", "1", size=8.5)
    f.add_run(" av ").font.size = Pt(8.5)
    dh.add_field(f, "NUMPAGES", "3", size=8.5)

    dh.para(doc, "Handlingsplan for skogbruket 2026–2029", bold=True, size=20, color="2E5B2E", space_after=2)
    dh.para(doc, "Rullert utgåve – vedteken av formannskapet 2. mars 2027, sak 14/27", italic=True, size=10,
            space_after=10)
    dh.heading(doc, "1 Innleiing", 1)
    dh.para(doc, "Skogen dekkjer nær halvparten av arealet i Brattfoss, og om lag 240 eigedomar har skog. "
                 "Handlingsplanen for skogbruket vart vedteken i 2025 og gjeld for 2026–2029.")
    dh.para(doc, "Skogbrukslova § 1 seier at skogressursane skal forvaltast slik at dei fremjar ei berekraftig "
                 "utvikling og gjev verdiskaping lokalt. Kommunen er landbruksstyresmakt og følgjer opp lova "
                 "gjennom rettleiing, tilskot og kontroll.")
    dh.para(doc, "Skogen i tal", bold=True, size=10, space_after=2, keep_with_next=True)
    w0 = [100, 34, 34]
    tt = dh.new_table(doc, w0)
    dh.add_row(tt, ["", "2023", "2025"], w0, size=9.5, bold=True, fill="E4EDE4")
    for row in (["Avverka tømmer (m³)", "21 400", "18 900"], ["Planta areal (dekar)", "610", "455"],
                ["Ungskogpleie (dekar)", "380", "290"]):
        dh.add_row(tt, row, w0, size=9.5)
    dh.para(doc, "", space_after=2)
    dh.para(doc, "Planen skal rullerast kvart år. Ved rulleringa i 2027 gjekk Landbrukskontoret gjennom alle "
                 "tiltaka saman med skogeigarlaget. Fleire fristar er flytte, tre tiltak er tekne ut, og tre "
                 "nye tiltak er komne til.")
    dh.heading(doc, "Slik les du tabellane", 2)
    for t in (
        "**Vidareført** – tiltaket held fram som før.",
        "**Endra frist** – fristen er flytt; Frist-kolonnen viser den nye fristen.",
        "**Nytt** – tiltaket kom inn ved rulleringa i 2027.",
        "**Gjennomført** – tiltaket er ferdig og står att i tabellen for oversikta si skuld.",
        "**Utgår** – tiltaket er teke ut av planen. Det står att med gjennomstreking, slik at ein kan sjå kva "
        "som er teke ut.",
    ):
        p = dh.para(doc, t, size=10, space_after=2)
        p.paragraph_format.left_indent = Mm(6)

    dh.heading(doc, "2 Mål og tiltak", 1)
    widths = [11, 68, 38, 22, 27]
    grey = RGBColor(0x80, 0x80, 0x80)
    for gi, gid in enumerate(rows, start=1):
        h = dh.heading(doc, f"Mål {gi}", 2)
        h.paragraph_format.keep_with_next = True
        dh.para(doc, goals_t[gi - 1], bold=True, space_after=4, keep_with_next=True)
        t = dh.new_table(doc, widths)
        hr = dh.add_row(t, ["Nr", "Tiltak", "Ansvar", "Frist", "Status 2027"], widths, size=9.5, bold=True,
                        fill="DDE8DD")
        dh.set_repeat_header(hr)
        for k, (text, _o, po, when, _kind, st, struck, _n) in enumerate(rows[gid], start=1):
            row = dh.add_row(t, [f"{gi}.{k}", text, po, when, st], widths, size=9.5)
            dh.set_cant_split(row)
            if struck:
                for cell in row.cells[:4]:
                    for p in cell.paragraphs:
                        for run in p.runs:
                            run.font.strike = True
                            run.font.color.rgb = grey
                for p in row.cells[4].paragraphs:
                    for run in p.runs:
                        run.bold = True
        dh.para(doc, "", space_after=4)
    dh.heading(doc, "3 Oppfølging", 1)
    dh.para(doc, "Landbrukskontoret legg fram status for handlingsplanen for formannskapet kvar vår. Neste "
                 "rullering er i 2028.")
    dh.set_core_properties(doc, title=plan.title, author="Brattfoss kommune")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf)
    return plan, pdf


def _check_rullering() -> list[str]:
    """The DOCX strikes exactly the three 'Utgår' rows (4 cells each, struck runs) and the PDF prints the five
    status words and 'Utgår' four times (three rows + the reading note)."""
    import zipfile

    slug = "skogbruk-rullering-nn"
    xml = zipfile.ZipFile(OUT / slug / f"{slug}.docx").read("word/document.xml").decode("utf-8")
    bad = []
    n = xml.count("<w:strike/>") + xml.count('<w:strike w:val="1"/>') + xml.count('<w:strike w:val="true"/>')
    if n != 12:
        bad.append(f"{slug}: {n} struck runs, want 12 (3 rows × 4 cells)")
    txt = "".join(mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf"))
    if txt.count("utgår") != 4:
        bad.append(f"{slug}: 'Utgår' printed {txt.count('utgår')} times, want 4")
    for w in ("vidareført", "endrafrist", "nytt", "gjennomført"):
        if w not in txt:
            bad.append(f"{slug}: status word {w!r} not printed")
    return bad


# =========================================================================== 2 Danish kanban board (HTML → Chromium)


@plan_builder
def build_landdistrikt_tavle_da() -> tuple[Plan, Path]:
    """Danish status page for a handleplan laid out as a KANBAN BOARD: three status columns 'Ikke startet | I gang
    | Afsluttet', the indsatser as cards with goal chips, 'Ansvarlig:' and 'Deadline:' lines."""
    slug = "landdistrikt-tavle-da"
    tm = "Trafik og Mobilitet"
    goals_t = [
        "Flere skal kunne bo og arbejde i landsbyerne",
        "Det skal være let at komme rundt uden egen bil",
        "Landsbyernes forsamlingshuse og mødesteder skal holdes i live",
        "Flere unge skal flytte tilbage til kommunen efter endt uddannelse",
    ]
    # column -> [(text, goals, owners, Ansvarlig as printed or None, Deadline as printed or None, kind, remark, note)]
    board = {
        "Ikke startet": [
            ("Udpege fem landsbyer, hvor der kan udstykkes nye byggegrunde", ["G1"], ["Plan og Byg"],
             "Plan og Byg", "2. halvår 2028", "period", "", "'Plan og Byg' one unit"),
            ("Etablere en delebilordning i tre landsbyer", ["G2"], [tm, "Landsbyrådet"], f"{tm} og Landsbyrådet",
             "2028", "period", "", f"two owners: '{tm}' (one unit, its 'og' does not split) and 'Landsbyrådet'"),
            ("Lave en digital oversigt over ledige lokaler i forsamlingshusene", ["G3"], [], None, "Foråret 2028",
             "period", "", "card without an 'Ansvarlig:' line: no owner"),
            ("Bygge cykelsti mellem Ravnsbjerg og Østerlev", ["G2"], ["Vej og Park"], "Vej og Park", "2030", "period",
             "", "'2030' after the plan period 2026–2029"),
        ],
        "I gang": [
            ("Tilbyde gratis rådgivning om istandsættelse af ældre huse i landsbyerne", ["G1"], ["Byggesag"],
             "Byggesag", "Løbende", "continuous", "", "'Løbende' continuous"),
            ("Udvide flextrafikken med kørsel om aftenen og i weekenden", ["G2"], [tm], tm, "1. august 2027",
             "date", "Forsinket – forventes i drift ved køreplanskiftet i december 2027",
             f"'{tm}' ONE unit; the remark's 'december 2027' is no deadline (the Deadline line is)"),
            ("Støtte fællesarrangementer i forsamlingshusene fra en pulje på 300.000 kr. om året", ["G3"],
             ["Kultur og Fritid"], "Kultur og Fritid", "Hvert forår", "recurring", "",
             "'Kultur og Fritid' one unit; 'Hvert forår' recurring; 'om året' part of the text"),
            ("Holde et landdistriktsmøde med alle lokalråd", ["G1", "G3"], ["Alle fagcentre"], "Alle fagcentre",
             "Hvert år i november", "recurring", "", "two goal chips 'Mål 1' 'Mål 3' = two links; 'Alle "
             "fagcentre' diffuse; recurring"),
        ],
        "Afsluttet": [
            ("Oprette en landsbypulje til små anlægsprojekter", ["G3"], ["Landdistriktskoordinatoren"],
             "Landdistriktskoordinatoren", "1. marts 2026", "date", "Afsluttet februar 2026",
             "in the 'Afsluttet' column: still a measure of the plan; the remark 'Afsluttet februar 2026' is no "
             "deadline"),
            ("Kortlægge bredbåndsdækningen i alle landsbyer", ["G1"], ["Digitalisering"], "Digitalisering", None,
             None, "", "card without a 'Deadline:' line: no deadline"),
        ],
    }
    goals = [G(f"G{i}", t) for i, t in enumerate(goals_t, start=1)]
    measures = []
    i = 0
    for col in board.values():
        for text, gids, owners, _po, when, kind, _rem, note in col:
            i += 1
            measures.append(M(f"M{i}", text, gids, owners, when, kind, diffuse=_diffuse(owners),
                              outside=when == "2030", note=note))
    plan = Plan(
        slug=slug, language="da", title="Handleplan for landdistrikterne 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="html",
        notes="""
HTML/CSS → Chromium, A4 portrait, 'Side n af N' in the page margin. Ravnsbjerg Kommune's web page 'Status på
handleplanen for landdistrikterne' (site header and menu, breadcrumbs, 'Opdateret 15. september 2027'). P. 1:
intro (planloven 'skal' quoted — a national duty, no goal), 'Landdistrikterne i tal' table, 'Vores mål' with
'Mål 1'–'Mål 4' + sentence (the goals), a reading note. P. 2: 'Indsatserne' as a KANBAN BOARD — three columns
side by side headed 'Ikke startet (4)', 'I gang (4)', 'Afsluttet (2)', each holding CARDS: coloured goal chips
('Mål 2'; one card two chips = two links), the indsats in bold (the measure), 'Ansvarlig: …', 'Deadline: …'
and on two cards an italic remark. Gold: the COLUMN (status) is never a deadline or owner; a card in
'Afsluttet' is still a measure; the remarks' dates ('december 2027', 'februar 2026') are no deadlines; a card
without 'Ansvarlig:' = no owner; without 'Deadline:' = no deadline. 'Trafik og Mobilitet', 'Plan og Byg',
'Vej og Park', 'Kultur og Fritid' are ONE unit each (department names); 'Trafik og Mobilitet og Landsbyrådet'
= two owners; 'Alle fagcentre' diffuse. 'Løbende' continuous; 'Hvert forår', 'Hvert år i november'
recurring; '2030' after 2026–2029. Mål 4 has no card (goal-has-measure). Measure ids follow the board's
reading order (column by column).
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    blue = "#1f4e79"
    chip_col = {"G1": "#2e7d32", "G2": "#1565c0", "G3": "#8e4585", "G4": "#b35a00"}
    cols = []
    for name, cards in board.items():
        cs = []
        for text, gids, _o, po, when, _k, rem, _n in cards:
            chips = "".join(f'<span class="chip" style="background:{chip_col[g]}">Mål {g[1:]}</span>' for g in gids)
            lines = []
            if po:
                lines.append(f"<div class=\"f\"><b>Ansvarlig:</b> {E(po)}</div>")
            if when:
                lines.append(f"<div class=\"f\"><b>Deadline:</b> {E(when)}</div>")
            if rem:
                lines.append(f"<div class=\"rem\">{E(rem)}</div>")
            cs.append(f'<div class="card"><div class="chips">{chips}</div><div class="t">{E(text)}</div>'
                      f'{"".join(lines)}</div>')
        cols.append(f'<div class="col"><div class="colhead">{E(name)} ({len(cards)})</div>{"".join(cs)}</div>')
    goals_html = "".join(f'<li><span class="chip" style="background:{chip_col[f"G{i}"]}">Mål {i}</span> '
                         f'{E(t)}</li>' for i, t in enumerate(goals_t, start=1))
    html = f"""<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>{E(plan.title)}</title>
<style>
@page {{ size: A4; margin: 14mm 14mm 16mm 14mm;
  @bottom-right {{ content: "Side " counter(page) " af " counter(pages); font: 8pt 'Liberation Sans'; color: #555; }}
  @bottom-left {{ content: "ravnsbjerg.dk/landdistrikter/status"; font: 8pt 'Liberation Sans'; color: #555; }} }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; line-height: 1.4; color: #222; margin: 0; }}
.site {{ display: flex; justify-content: space-between; align-items: center; background: {blue}; color: #fff;
  padding: 8px 12px; }}
.site .logo {{ font-weight: bold; font-size: 13pt; }}
.site .menu {{ font-size: 8.5pt; }}
.crumbs {{ font-size: 8pt; color: #666; margin: 6px 0 0; }}
h1 {{ font-size: 19pt; color: {blue}; margin: 8px 0 2px; }}
.upd {{ font-size: 8.5pt; color: #666; margin: 0 0 8px; }}
h2 {{ font-size: 13pt; color: {blue}; margin: 14px 0 6px; }}
table.facts {{ border-collapse: collapse; font-size: 9pt; margin: 4px 0; }}
table.facts th, table.facts td {{ border: 1px solid #b8c7d6; padding: 3px 8px; text-align: left; }}
table.facts th {{ background: #e8eff6; }}
ul.goals {{ list-style: none; padding: 0; margin: 4px 0; }}
ul.goals li {{ margin: 0 0 5px; font-size: 10.5pt; }}
.note {{ background: #f3f3f3; border-left: 4px solid #999; padding: 6px 10px; font-size: 9pt; margin: 10px 0; }}
.board {{ break-before: page; }}
.cols {{ display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 8px; }}
.col {{ background: #eef1f4; border-radius: 6px; padding: 6px; }}
.colhead {{ font-weight: bold; font-size: 10pt; text-transform: uppercase; letter-spacing: .03em; color: #444;
  border-bottom: 2px solid #c5ced8; padding-bottom: 3px; margin-bottom: 6px; }}
.card {{ background: #fff; border: 1px solid #cfd6de; border-radius: 5px; padding: 6px 7px; margin: 0 0 7px;
  box-shadow: 0 1px 2px rgba(0,0,0,.12); font-size: 8.8pt; break-inside: avoid; }}
.chip {{ display: inline-block; color: #fff; font-size: 7.5pt; font-weight: bold; border-radius: 8px;
  padding: 0 6px; margin-right: 3px; }}
.card .t {{ font-weight: bold; margin: 3px 0 4px; font-size: 9.3pt; line-height: 1.25; }}
.card .f {{ font-size: 8.5pt; }}
.card .rem {{ font-size: 8pt; font-style: italic; color: #8a4b00; margin-top: 3px; }}
</style></head><body>
<div class="site"><span class="logo">Ravnsbjerg Kommune</span>
<span class="menu">Borger · Erhverv · Politik · Kontakt</span></div>
<p class="crumbs">Forside › Politik › Planer og strategier › Landdistrikter › Status</p>
<h1>Status på handleplanen for landdistrikterne 2026–2029</h1>
<p class="upd">Opdateret 15. september 2027</p>
<p>Omkring en tredjedel af borgerne i Ravnsbjerg Kommune bor i landsbyer eller i det åbne land. Byrådet vedtog
handleplanen for landdistrikterne i december 2025. På denne side kan du følge, hvor langt vi er med
indsatserne.</p>
<p>Planloven siger, at kommuneplanen skal fremme en varieret udvikling i alle dele af kommunen, også i
landdistrikterne. Handleplanen viser, hvordan vi gør det i praksis.</p>
<h2>Landdistrikterne i tal</h2>
<table class="facts"><tr><th></th><th>2020</th><th>2025</th></tr>
<tr><td>Indbyggere i landsbyer under 1.000 indbyggere</td><td>11.840</td><td>11.310</td></tr>
<tr><td>Forsamlingshuse i drift</td><td>27</td><td>24</td></tr>
<tr><td>Landsbyer med daglig busbetjening</td><td>19</td><td>16</td></tr></table>
<h2>Vores mål</h2>
<ul class="goals">{goals_html}</ul>
<div class="note"><b>Sådan læser du tavlen.</b> Indsatserne står som kort på en tavle med tre kolonner efter,
hvor langt de er: ikke startet, i gang eller afsluttet. På hvert kort står, hvilket mål indsatsen hører til, hvem
der er ansvarlig, og hvornår den skal være gennemført. Afsluttede indsatser bliver på tavlen resten af
planperioden.</div>
<div class="board"><h2>Indsatserne</h2><div class="cols">{"".join(cols)}</div>
<p style="font-size:8.5pt;color:#555;margin-top:8px">Spørgsmål til handleplanen kan sendes til
landdistriktskoordinatoren på landdistrikter@ravnsbjerg.dk.</p></div>
</body></html>
"""
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf)
    return plan, pdf


def _check_tavle() -> list[str]:
    """The HTML has three board columns holding 4 / 4 / 2 cards and the PDF prints the three column heads and
    ten 'Ansvarlig:' minus one (the card without) on p. 2."""
    import re

    slug = "landdistrikt-tavle-da"
    src = (OUT / slug / f"{slug}.html").read_text(encoding="utf-8")
    bad = []
    per = [c.count('class="card"') for c in src.split('<div class="col">')[1:]]
    if per != [4, 4, 2]:
        bad.append(f"{slug}: cards per column {per}, want [4, 4, 2]")
    pages = mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf")
    p2 = pages[1] if len(pages) > 1 else ""
    for h in ("ikkestartet(4)", "igang(4)", "afsluttet(2)"):
        if h not in p2:
            bad.append(f"{slug}: column head {h!r} not on p. 2")
    if len(re.findall("ansvarlig:", p2)) != 9:
        bad.append(f"{slug}: {len(re.findall('ansvarlig:', p2))} 'Ansvarlig:' lines on p. 2, want 9")
    return bad


# =========================================================================== 3 English reverse owner index (odfpy)


EN_INDEX_SLUG = "financial-inclusion-lead-index-en"


@plan_builder
def build_financial_inclusion_lead_index_en() -> tuple[Plan, Path]:
    """English (UK) action plan whose action tables have NO owner column: the owners stand only in 'Appendix A –
    Action leads', a REVERSE INDEX 'Lead service | Actions' listing action references per service."""
    from odf.style import ParagraphProperties, Style, TextProperties

    slug = EN_INDEX_SLUG
    rb, cs, com = "Revenues and Benefits", "Customer Services", "Communications"
    goals_t = [
        "Residents on low incomes will claim all the benefits and discounts they are entitled to",
        "Fewer households will fall into problem debt with the council",
        "Residents will have access to affordable credit and ways to save",
        "Digital exclusion will not stop anyone from getting financial help",
    ]
    # goal -> [(action, owners (from the index), target date as printed or '', kind, note)]
    items = {
        "G1": [
            ("Run a Pension Credit take-up campaign using our council tax and housing benefit data", [rb],
             "December 2026", "period", f"owner from Appendix A: '{rb}' (ONE service; its 'and' does not split)"),
            ("Offer free benefit checks at every library", ["Libraries"], "Monthly", "recurring",
             "owner 'Libraries' from Appendix A; the partners line names 1.2 too: partners are no owners; "
             "'Monthly' recurring"),
            ("Award the council tax reduction automatically to residents who qualify through Universal Credit",
             [rb], "2027/28", "period", "'2027/28' = the financial year April 2027 – March 2028 (period)"),
            ("Publish a single online guide to all the help available with the cost of living", [com, cs],
             "September 2026", "period", "1.4 is listed under TWO services in Appendix A: two owners"),
        ],
        "G2": [
            ("Adopt a council-wide fair debt collection policy", ["Corporate Debt Team"], "March 2027", "period",
             ""),
            ("Refer residents with council tax arrears to free debt advice before any enforcement action", [rb],
             "Ongoing", "continuous", "'Ongoing' continuous"),
            ("Set up a hardship fund for council tenants in rent arrears", ["Housing Services"], "", None,
             "EMPTY Target date cell: no deadline"),
            ("Train frontline staff to recognise the signs of financial hardship", ["All services"], "Every April",
             "recurring", "Appendix A 'All services | 2.4': diffuse; 'Every April' recurring"),
        ],
        "G3": [
            ("Promote payroll savings with Marlbury Credit Union to council and partner staff",
             ["Human Resources"], "By March 2028", "period", ""),
            ("Pilot a no-interest loan scheme with the credit union", [], "2030/31", "period",
             "3.2 is in NO 'Lead service' row of Appendix A (only in the partners line): no owner; '2030/31' "
             "after the plan period 2026–2029"),
        ],
    }
    goals = [G(f"G{i}", t) for i, t in enumerate(goals_t, start=1)]
    measures = []
    for gid, its in items.items():
        for k, (text, owners, when, kind, note) in enumerate(its, start=1):
            measures.append(M(f"M{gid[1:]}.{k}", text, [gid], owners, when or None, kind,
                              diffuse=_diffuse(owners), outside=when == "2030/31", note=note))
    index = [(com, "1.4"), ("Corporate Debt Team", "2.1"), (cs, "1.4"), ("Housing Services", "2.3"),
             ("Human Resources", "3.1"), ("Libraries", "1.2"), (rb, "1.1, 1.3, 2.2"), ("All services", "2.4")]
    plan = Plan(
        slug=slug, language="en", title="Financial Inclusion Action Plan 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="odt",
        notes="""
odfpy → LibreOffice Writer, A4 portrait, running header, footer 'Page n'. Marlbury District Council
(England). 1 Introduction (the Local Government Finance Act 1992
'must' about council tax reduction schemes is quoted — a legal duty, no goal), 'Marlbury in numbers' table,
'How to read this plan' (says the lead service for each action is listed in Appendix A). 2 Outcomes and
actions: 'Outcome n' headings + bold sentence (the goals) and per outcome a table 'Ref | Action | Target date'
with NO owner column. Outcome 4 has only a sentence ('Actions … will be agreed … in 2027'): goal without
measures. 3 Monitoring (no measures). Last page 'Appendix A – Action leads': a REVERSE INDEX table 'Lead
service | Actions' listing the action references per service, alphabetical, 'All services' last; under it a
'Partners:' line naming Citizens Advice Marlbury and Marlbury Credit Union for 1.2, 2.2 and 3.2 ('they do not
lead them'). Gold OWNERS = the services whose Actions cell lists the action's reference (1.4 under
Communications AND Customer Services = two owners; 'Revenues and Benefits' ONE service for 1.1, 1.3, 2.2); the
partners are never owners; 3.2 appears in no lead row = no owner (error); 'All services' diffuse. The owners
are printed on the LAST page, not on the action's page (the builder's --verify checks them there).
DEADLINES = the Target date cell: '2027/28' a financial year (period), 'Monthly', 'Every April' recurring,
'Ongoing' continuous, empty cell (2.3) no deadline, '2030/31' after 2026–2029.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    o = mb.Odt(lang="en", country="GB", header="Marlbury District Council · Financial Inclusion Action Plan "
               "2026–2029", footer_text="Page", margin_cm=2.2)
    pb = Style(name="PBreak", family="paragraph")
    pb.addElement(ParagraphProperties(breakbefore="page", margintop="0cm", marginbottom="0.2cm",
                                      keepwithnext="always"))
    pb.addElement(TextProperties(fontname=o.font, fontsize="15.5pt", fontweight="bold", color="#23466e",
                                 language="en", country="GB"))
    o.doc.automaticstyles.addElement(pb)
    o.styles["PB"] = "PBreak"
    o.style("Goal", bold=True, after=0.15, keep=True)
    o.style("Small", size=9, italic=True, after=0.1)
    o.p("Financial Inclusion Action Plan 2026–2029", "Title")
    o.p("Approved by Cabinet, 10 February 2026", "Small")
    o.h("1 Introduction", 1)
    o.p("Rising prices for energy, food and housing have put many Marlbury households under pressure. This plan "
        "sets out what the council will do, with its partners, to help residents on low incomes get the money "
        "they are entitled to, avoid problem debt and build up savings.")
    o.p("The Local Government Finance Act 1992 says that each billing authority must make a council tax "
        "reduction scheme. Our scheme is one of the main ways we support low-income households, and several "
        "actions in this plan aim to make sure everyone who qualifies receives it.")
    o.p("**Marlbury in numbers**")
    o.table([9.0, 3.2, 3.2], [["", "2023", "2025"],
                              ["Households receiving council tax reduction", "6,420", "6,910"],
                              ["Council tax accounts sent to enforcement agents", "1,870", "2,130"],
                              ["Residents helped by Citizens Advice Marlbury", "3,300", "4,050"]])
    o.p("**How to read this plan.** The plan has four outcomes. Under each outcome the actions are listed with a "
        "reference number and a target date. The lead service for each action is listed in Appendix A at the end "
        "of the plan.")
    o.h("2 Outcomes and actions", 1)
    widths = [1.4, 11.4, 3.6]
    for gi, gid in enumerate([*items, "G4"], start=1):
        o.h(f"Outcome {gi}", 2)
        o.p(goals_t[gi - 1], "Goal")
        if gid not in items:
            o.p("Actions for this outcome will be agreed with the Marlbury Digital Inclusion Partnership in 2027 "
                "and added to the plan when it is reviewed.")
            continue
        rows = [["Ref", "Action", "Target date"]]
        for k, (text, _o, when, _kind, _n) in enumerate(items[gid], start=1):
            rows.append([f"{gi}.{k}", text, when])
        o.table(widths, rows, header_fill="#e4ebf3")
    o.h("3 Monitoring", 1)
    o.p("The Financial Inclusion Steering Group, chaired by the Head of Revenues and Benefits, will meet every "
        "quarter. Progress on the plan will be reported to the Overview and Scrutiny Committee once a year.")
    o.p("Appendix A – Action leads", "PB")
    o.p("Each action has one or more lead services. The lead service is responsible for delivering the action and "
        "reporting on it to the steering group.")
    o.table([8.0, 6.0], [["Lead service", "Actions"]] + [[a, b] for a, b in index], header_fill="#e4ebf3")
    o.p("Partners: Citizens Advice Marlbury and Marlbury Credit Union support actions 1.2, 2.2 and 3.2; they do "
        "not lead them.", "Small")
    src = d / f"{slug}.odt"
    o.save(src, title=plan.title, author="Marlbury District Council")
    pdf = bk.soffice_pdf(src)
    gold = _gold(plan, pdf)
    # the diffuse owner is printed only in Appendix A (the last page): the finding quotes it there
    n_pages = len(mb3.pdftotext_pages(pdf))
    text = gold.read_text(encoding="utf-8")
    old = 'quote: "All services", page: 1}'
    assert text.count(old) == 1, "owner-is-accountable finding not found"
    gold.write_text(text.replace(old, f'quote: "All services", page: {n_pages}}}'), encoding="utf-8")
    return plan, pdf


def _verify_index(slug: str) -> list[str]:
    """mb3.verify, except that owners are printed only in Appendix A on the LAST page: an owner is checked
    there (and the appendix must be the last page, alone after a page break), not on its action's page."""
    import yaml

    bad = [b for b in mb3.verify(slug) if ": owner " not in b]
    gold = yaml.safe_load((OUT / slug / f"{slug}.gold.yaml").read_text(encoding="utf-8"))
    pages = mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf")
    last = pages[-1]
    if not last.startswith(mb3._squash("Marlbury District Council")) or "appendixa–actionleads" not in last:
        bad.append(f"{slug}: Appendix A is not on the last page")
    if any("appendixa–actionleads" in p for p in pages[:-1]):
        bad.append(f"{slug}: Appendix A heading before the last page")
    for m in gold["measures"]:
        if m["page"] == len(pages):
            bad.append(f"{slug}: action {m['id']} on the appendix page")
        for ow in m["owners"]:
            if mb3._squash(ow) not in last:
                bad.append(f"{slug}: owner {ow!r} of {m['id']} not in Appendix A")
    return bad


# =========================================================================== 4 Swedish programteori (reportlab)


@plan_builder
def build_andt_programteori_sv() -> tuple[Plan, Path]:
    """Swedish handlingsplan whose goals and åtgärder stand in a PROGRAMTEORI (logic model) per long-term goal:
    a row of boxes 'Aktiviteter → Kortsiktigt resultat → Långsiktigt mål' with arrows between them."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    slug = "andt-programteori-sv"
    tse, pol = "Tillståndsenheten", "Polisen"
    goals_t = [
        "Färre unga i Vretby börjar röka, snusa eller dricka alkohol",
        "Alkohol serveras ansvarsfullt på restauranger och evenemang i kommunen",
        "Färre vuxna har ett riskbruk av alkohol",
        "Användningen av narkotika bland unga vuxna minskar",
    ]
    # goal -> [(result id, result text, [(aktivitet, owners, Ansvar as printed, Klart as printed, kind, note)])]
    chains = {
        "G1": [
            ("R1a", "Föräldrar till barn i årskurs 7–9 sätter tydliga gränser för alkohol", [
                ("Erbjuda föräldrastödsprogrammet Effekt till alla föräldrar i årskurs 7", ["Elevhälsan"],
                 "Elevhälsan", "Varje höst", "recurring", "'Varje höst' recurring"),
                ("Skicka information om langning till alla vårdnadshavare före skolavslutningen",
                 ["Kommunikationsenheten", pol], f"Kommunikationsenheten och {pol}", "Varje vår", "recurring",
                 "two owners; 'Varje vår' recurring"),
            ]),
            ("R1b", "Alla skolor i kommunen har tobaksfri skoltid", [
                ("Införa tobaksfri skoltid på alla grundskolor och på Vretby gymnasium", ["Alla rektorer"],
                 "Alla rektorer", "2026-08-15", "date", "'Alla rektorer' diffuse; ISO date"),
            ]),
        ],
        "G2": [
            ("R2a", "Personalen på serveringsställena kan reglerna för alkoholservering", [
                ("Utbilda serveringspersonal i Ansvarsfull alkoholservering", [tse], tse, "Löpande", "continuous",
                 "'Löpande' continuous"),
                ("Genomföra kontrollköp på alla serveringsställen med stadigvarande tillstånd", [tse, pol],
                 f"{tse} och {pol}", "2027", "period", "two owners"),
            ]),
            ("R2b", "Ingen som är berusad blir serverad på stora evenemang", [
                ("Ta fram en checklista för alkoholservering på festivaler och marknader", [], "–", "Hösten 2026",
                 "period", "'Ansvar: –' (a dash) = no owner"),
            ]),
        ],
        "G3": [
            ("R3a", "Socialtjänsten och vårdcentralerna frågar alltid om alkoholvanor", [
                ("Införa AUDIT-frågor i alla bedömningssamtal inom individ- och familjeomsorgen",
                 ["Individ- och familjeomsorgen"], "Individ- och familjeomsorgen", "2029", "period",
                 "'Individ- och familjeomsorgen' ONE unit; '2029' after the plan period 2026–2028"),
                ("Starta en öppen mottagning för anhöriga till personer med beroende", ["Beroendeenheten"],
                 "Beroendeenheten", None, None, "no 'Klart:' in the box: no deadline"),
            ]),
        ],
    }
    goals = []
    for i, t in enumerate(goals_t, start=1):
        goals.append(G(f"G{i}", t))
        for rid, rtext, _acts in chains.get(f"G{i}", []):
            goals.append(G(rid, rtext, kind="sub_goal", parent=f"G{i}"))
    measures = []
    for _gid, rs in chains.items():
        for rid, _rt, acts in rs:
            for k, (text, owners, _po, when, kind, note) in enumerate(acts, start=1):
                measures.append(M(f"M{rid[1:]}.{k}", text, [rid], owners, when, kind, diffuse=_diffuse(owners),
                                  outside=when == "2029", note=note))
    plan = Plan(
        slug=slug, language="sv", title="Handlingsplan för ANDT-förebyggande arbete 2026–2028", period=(2026, 2028),
        goals=goals, measures=measures, source_ext="pdf",
        notes="""
reportlab (Liberation Sans, invariant), A4 portrait, header with rule and 'Sida n av N'. Vretby kommun. 1
Inledning (alkohollagen 'ska' quoted — a national duty, no goal; the national ANDT-strategy named; 'Läget i
Vretby' table from the Ungdomsenkät 2025). 2 'Så läser du programteorin' explains the boxes. 3 Mål och
aktiviteter: per LÅNGSIKTIGT MÅL a PROGRAMTEORI (logic model) — a heading 'Mål n', then one diagram of boxes in
five columns 'Aktiviteter – det här gör vi | → | Kortsiktigt resultat | → | Långsiktigt mål': each activity a
tinted box (activity text, then 'Ansvar: … · Klart: …'), an arrow to the KORTSIKTIGT RESULTAT box it leads to
(a box spanning its activities' rows), an arrow to the LÅNGSIKTIGT MÅL box (spanning the whole diagram). Gold:
långsiktigt mål = goal (kind goal); kortsiktigt resultat = sub_goal (parent its långsiktigt mål); activities
= measures, linked to the kortsiktigt resultat their arrow points to (the corpus convention: measures link to
their delmål). Owner = after 'Ansvar:'; 'Ansvar: –' = no owner; deadline = after 'Klart:' as printed
('Varje höst', 'Varje vår' recurring; 'Löpande' continuous; '2026-08-15', 'Hösten 2026', '2027'; '2029' after
2026–2028); a box without 'Klart:' = no deadline. 'Kommunikationsenheten och Polisen', 'Tillståndsenheten och
Polisen' two owners; 'Individ- och familjeomsorgen' ONE unit; 'Alla rektorer' diffuse. Mål 4 has a diagram
with only the goal box and the text 'Aktiviteter tas fram 2027 tillsammans med Region …' — goal without
measures (goal-has-measure); '2027' there is no deadline. 4 Uppföljning (Ungdomsenkäten every second year)
holds no measures.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    f = bk.reportlab_fonts()
    base = ParagraphStyle("b", fontName=f["normal"], fontSize=10, leading=13.5, spaceAfter=5)
    h1 = ParagraphStyle("h1", parent=base, fontName=f["bold"], fontSize=14, leading=18, spaceBefore=8,
                        spaceAfter=5, textColor=colors.HexColor("#5b2a6e"))
    h2 = ParagraphStyle("h2", parent=base, fontName=f["bold"], fontSize=11.5, leading=15, spaceBefore=6,
                        spaceAfter=3, textColor=colors.HexColor("#5b2a6e"))
    title = ParagraphStyle("t", parent=base, fontName=f["bold"], fontSize=20, leading=24,
                           textColor=colors.HexColor("#5b2a6e"))
    small = ParagraphStyle("s", parent=base, fontSize=8.6, leading=11, spaceAfter=0)
    smallb = ParagraphStyle("sb", parent=small, fontName=f["bold"])
    act = ParagraphStyle("a", parent=small, fontSize=9, leading=11.5, spaceAfter=2)
    meta = ParagraphStyle("m", parent=small, fontSize=8, leading=10, textColor=colors.HexColor("#333333"))
    arrow = ParagraphStyle("ar", parent=base, fontName=f["bold"], fontSize=16, leading=18, alignment=1,
                           textColor=colors.HexColor("#7a5a8a"))
    goalst = ParagraphStyle("g", parent=small, fontName=f["bold"], fontSize=10, leading=12.5)
    purple, light, mid = colors.HexColor("#5b2a6e"), colors.HexColor("#f1eaf4"), colors.HexColor("#e2d3ea")

    def box(paras, fill, border=purple):
        t = Table([[p] for p in paras], colWidths=None)
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), fill), ("BOX", (0, 0), (-1, -1), 0.7, border),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                               ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5)]))
        return t

    story = [Paragraph("Vretby kommun · Socialnämnden", small), Spacer(1, 2 * mm),
             Paragraph(E(plan.title), title),
             Paragraph("Antagen av kommunfullmäktige 2026-01-26, § 8", small), Spacer(1, 4 * mm),
             Paragraph("1 Inledning", h1),
             Paragraph("ANDT står för alkohol, narkotika, dopning och tobak (inklusive nikotinprodukter). "
                       "Handlingsplanen beskriver hur Vretby kommun ska arbeta förebyggande under 2026–2028 och "
                       "bygger på den nationella ANDT-strategin.", base),
             Paragraph("Enligt alkohollagen ska kommunen utöva tillsyn över serveringen av alkohol, och enligt "
                       "lagen om tobak och liknande produkter ska kommunen kontrollera försäljningen. Det är "
                       "lagkrav och inga mål i planen.", base),
             Paragraph("Läget i Vretby", h2)]
    facts = Table([[Paragraph("<b>Ungdomsenkäten 2025</b>", small), Paragraph("<b>Årskurs 9</b>", small),
                    Paragraph("<b>Gymnasiet år 2</b>", small)],
                   [Paragraph("Har druckit alkohol senaste månaden", small), "14 %", "38 %"],
                   [Paragraph("Snusar dagligen eller ibland", small), "9 %", "21 %"],
                   [Paragraph("Har använt narkotika någon gång", small), "3 %", "11 %"]],
                  colWidths=[90 * mm, 30 * mm, 35 * mm], hAlign="LEFT")
    facts.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b9a3c4")),
                               ("BACKGROUND", (0, 0), (-1, 0), light), ("FONT", (0, 0), (-1, -1), f["normal"], 8.6),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [facts, Spacer(1, 3 * mm), Paragraph("2 Så läser du programteorin", h1),
              Paragraph("För varje långsiktigt mål visar en programteori hur vi tänker: aktiviteterna till "
                        "vänster leder till ett kortsiktigt resultat som vi kan mäta under planperioden, och "
                        "resultaten leder i sin tur mot det långsiktiga målet till höger. I varje aktivitetsruta "
                        "står vem som ansvarar och när aktiviteten ska vara klar.", base),
              Paragraph("3 Mål och aktiviteter", h1)]
    widths = [66 * mm, 9 * mm, 44 * mm, 9 * mm, 42 * mm]
    for gi, gt in enumerate(goals_t, start=1):
        gid = f"G{gi}"
        head = [Paragraph("Aktiviteter – det här gör vi", smallb), "", Paragraph("Kortsiktigt resultat", smallb),
                "", Paragraph("Långsiktigt mål", smallb)]
        gbox = box([Paragraph(f"Långsiktigt mål {gi}", meta), Paragraph(E(gt), goalst)], mid)
        data, spans = [head], []
        if gid not in chains:
            data.append([box([Paragraph("Aktiviteter tas fram 2027 tillsammans med Region Östmark och "
                                        "polisområdet.", act)], colors.white, colors.HexColor("#999999")),
                         "", "", Paragraph("→", arrow), gbox])
            spans.append(("SPAN", (0, 1), (2, 1)))
        else:
            r = 1
            for _rid, rtext, acts in chains[gid]:
                first = r
                for k, (text, _o, po, when, _kind, _n) in enumerate(acts):
                    line = f"Ansvar: {E(po)}" + (f" · Klart: {E(when)}" if when else "")
                    row = [box([Paragraph(E(text), act), Paragraph(line, meta)], light), Paragraph("→", arrow),
                           "", "", ""]
                    if k == 0:
                        row[2] = box([Paragraph(E(rtext), act)], colors.HexColor("#f8f4fa"))
                        row[3] = Paragraph("→", arrow)
                    data.append(row)
                    r += 1
                if r - 1 > first:
                    spans += [("SPAN", (2, first), (2, r - 1)), ("SPAN", (3, first), (3, r - 1))]
            data[1][4] = gbox
        spans.append(("SPAN", (4, 1), (4, len(data) - 1)))
        t = Table(data, colWidths=widths, hAlign="LEFT")
        t.setStyle(TableStyle([*spans, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.8, purple),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
        story += [KeepTogether([Paragraph(f"Mål {gi}", h2), t]), Spacer(1, 4 * mm)]
    story += [Paragraph("4 Uppföljning", h1),
              Paragraph("Socialnämnden följer upp planen varje år. Ungdomsenkäten genomförs vartannat år, nästa "
                        "gång 2027, och är det viktigaste underlaget för att bedöma om de kortsiktiga resultaten "
                        "nås.", base)]

    def onpage(canvas, doc):
        w, h = A4
        canvas.saveState()
        canvas.setFont(f["normal"], 8)
        canvas.drawString(20 * mm, h - 12 * mm, "Vretby kommun · " + plan.title)
        canvas.setStrokeColor(purple)
        canvas.line(20 * mm, h - 13.5 * mm, w - 20 * mm, h - 13.5 * mm)
        canvas.drawRightString(w - 20 * mm, 10 * mm, f"Sida {doc.page} av {doc._n_pages}")
        canvas.restoreState()

    pdf = d / f"{slug}.pdf"

    def build(n_pages):
        doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                                bottomMargin=16 * mm, title=plan.title, author="Vretby kommun", invariant=1)
        doc._n_pages = n_pages
        doc.build(list(story), onFirstPage=onpage, onLaterPages=onpage)
        return doc.page

    n = build(9)
    if n != 9:
        build(n)
    _gold(plan, pdf)
    return plan, pdf


def _check_programteori() -> list[str]:
    """The PDF prints one 'Långsiktigt mål n' label per goal, three 'Kortsiktigt resultat' column heads plus the
    reading note's words, and an arrow for every activity and result row (9 + 5) plus Mål 4's."""
    slug = "andt-programteori-sv"
    txt = "".join(mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf"))
    bad = []
    for i in range(1, 5):
        if f"långsiktigtmål{i}" not in txt:
            bad.append(f"{slug}: 'Långsiktigt mål {i}' label missing")
    if txt.count("→") != 8 + 5 + 1:
        bad.append(f"{slug}: {txt.count('→')} arrows, want 14 (8 activities + 5 results + Mål 4)")
    return bad


# =========================================================================== verify / main


LAYOUT_CHECKS: dict[str, callable] = {
    "skogbruk-rullering-nn": _check_rullering,
    "landdistrikt-tavle-da": _check_tavle,
    "andt-programteori-sv": _check_programteori,
}


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page) plus one layout fact per plan."""
    base = _verify_index(slug) if slug == EN_INDEX_SLUG else mb3.verify(slug)
    return base + LAYOUT_CHECKS.get(slug, lambda: [])()


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify)


if __name__ == "__main__":
    main(sys.argv[1:])
