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
    """write_gold with the pages looked up as pdftotext reads them."""
    old = mb.pdf_pages
    mb.pdf_pages = mb3.pdftotext_pages
    try:
        return write_gold(plan, pdf, **kw)
    finally:
        mb.pdf_pages = old


def _diffuse(owners: list[str]) -> tuple[str, ...]:
    return tuple(o for o in owners if o.lower().startswith(("alle ", "all ")))


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
its RULLERT UTGÅVE (revised edition, 'Rullert av formannskapet 2. mars 2027'): header with rule, 'Side n av N'.
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


# =========================================================================== verify / main


LAYOUT_CHECKS: dict[str, callable] = {
    "skogbruk-rullering-nn": _check_rullering,
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
                         bk.sha256_files(OUT / name, ("*.docx", "*.odt", "*.html", "*.pdf", "*.gold.yaml")).items()})
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
