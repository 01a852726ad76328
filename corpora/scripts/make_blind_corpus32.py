"""Build the thirty-second batch of blind authored plans (corpora/authored/<slug>/), in layouts and wordings not yet
in the corpus: a bokmål plan printed AS ADOPTED — p. 1 the council's VEDTAK WITH AMENDMENTS (a measure struck, a
deadline and an owner changed, a new measure added) in front of the UNCHANGED draft (python-docx → LibreOffice);
a Swedish åtgärdsplan whose åtgärder stand as boxes in a 2 × 2 PRIORITERINGSMATRIS (nytta × kostnad), one quadrant
of options VALDA BORT (reportlab); a nynorsk plan kept as a Calc workbook whose reviewers' CELL COMMENTS Calc
prints on a page of their own after the sheet (odfpy → LibreOffice Calc); a Danish plan that sets the NATIONAL
initiatives beside the municipality's own in two columns, 'Det gør staten' | 'Det gør vi' (HTML → Chromium).

    python corpora/scripts/make_blind_corpus32.py              # every plan
    python corpora/scripts/make_blind_corpus32.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus32.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus32.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings and gold writer from make_blind_corpus.py, the
pdftotext check from make_blind_corpus3.py, the whole-text check from make_blind_corpus30.py. Gold files carry
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
import make_blind_corpus30 as mb30  # noqa: E402
from make_blind_corpus import G, M, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus32.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731
DIFFUSE = ("alle ", "alla ", "all ", "hele ", "kommunen")


def _gold(plan: Plan, pdf: Path, **kw) -> Path:
    """write_gold with the pages looked up as pdftotext reads them (blindkit.gold_by_pdftotext)."""
    return bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)


def _diffuse(owners: list[str]) -> tuple[str, ...]:
    return tuple(o for o in owners if o.lower().startswith(DIFFUSE))


# =========================================================================== 1 bokmål, vedtak with amendments (docx)

VEDTAK_SLUG = "digital-inkludering-vedtak-nb"
# measures whose owner or deadline the vedtak on p. 1 changed: {id: (field, value)} — printed on p. 1, not on the
# measure's own page (the draft there still prints the old value)
VEDTAK_CHANGED = {"T3": ("deadline", "2026"), "T7": ("owner", "Frivilligsentralen")}  # tiltak 2.1 and 3.2


@plan_builder
def build_digital_inkludering_vedtak_nb() -> tuple[Plan, Path]:
    """Bokmål plan as published after adoption: p. 1 an extract of the council's saksprotokoll whose vedtak adopts
    the plan WITH AMENDMENTS (tiltak 1.3 utgår, a deadline and an owner changed, a new tiltak 4.3); pp. 2– the
    kommunedirektør's draft unchanged, with a note that the amendments are not worked into the text."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    slug = VEDTAK_SLUG
    goals_t = [
        "Alle innbyggere i Sølvberg skal ha tilgang til hjelp når de står fast med digitale tjenester",
        "Flere eldre skal mestre de digitale tjenestene de trenger i hverdagen",
        "Ingen skal stå utenfor digitale tjenester fordi de mangler utstyr eller nett",
        "Kommunens egne digitale tjenester skal være enkle å forstå og bruke",
    ]
    # per goal: rows as printed in the DRAFT (nr, tiltak, ansvar cell, frist cell) + gold (owners, deadline, kind,
    # note) — gold is the plan AS ADOPTED (the vedtak on p. 1 applied); None as gold = struck by the vedtak
    rows = {
        1: [
            ("1.1", "Opprette en fast digital veiledningsskranke på biblioteket to dager i uka", "Biblioteket",
             "2026", (["Biblioteket"], "2026", "period", "")),
            ("1.2", "Gi ansatte i servicetorget opplæring i å veilede innbyggere i Helsenorge, NAV og Altinn",
             "Servicetorget", "Løpende", (["Servicetorget"], "Løpende", "continuous", "'Løpende' continuous")),
            ("1.3", "Lage en egen veiledningstelefon for digitale tjenester med åpningstid på kveldstid",
             "Servicetorget", "2027", None),
        ],
        2: [
            ("2.1", "Holde kurs i bruk av nettbank, Vipps og BankID i samarbeid med seniorrådet",
             "Kultur og fritid", "2027", (["Kultur og fritid"], "2026", "period",
                                          "the vedtak (p. 1, point 3) moves the frist from 2027 to 2026: deadline "
                                          "'2026', printed on p. 1; the draft table still prints 2027")),
            ("2.2", "Tilby hjemmebesøk med digital opplæring til eldre som mottar hjemmetjenester",
             "Helse og omsorg", "Hvert år", (["Helse og omsorg"], "Hvert år", "recurring", "'Hvert år' recurring")),
            ("2.3", "Rekruttere og lære opp frivillige «digitale faddere» på alle sykehjem", "",
             "2028", ([], "2028", "period", "empty Ansvar cell: no owner")),
        ],
        3: [
            ("3.1", "Låne ut nettbrett med mobilt nett fra biblioteket", "Biblioteket", "2026",
             (["Biblioteket"], "2026", "period", "")),
            ("3.2", "Samle inn brukte PC-er fra kommunen og gi dem videre til familier som mangler utstyr",
             "Kultur og fritid", "2027", (["Frivilligsentralen"], "2027", "period",
                                          "the vedtak (p. 1, point 4) moves the ansvar from Kultur og fritid to "
                                          "Frivilligsentralen: owner 'Frivilligsentralen', printed on p. 1")),
            ("3.3", "Bygge ut gratis trådløst nett i alle kommunale bygg med publikumsmottak",
             "IKT-tjenesten og Eiendom", "2030", (["IKT-tjenesten", "Eiendom"], "2030", "period",
                                                  "two owners; '2030' after the plan period 2026–2029")),
        ],
        4: [
            ("4.1", "Teste alle nye digitale skjemaer med innbyggere før de tas i bruk", "Alle tjenesteområder",
             "Løpende", (["Alle tjenesteområder"], "Løpende", "continuous", "'Alle tjenesteområder' diffuse")),
            ("4.2", "Skrive om kommunens nettsider i klarspråk", "Kommunikasjon", "",
             (["Kommunikasjon"], None, None, "empty Frist cell: no deadline")),
        ],
    }
    new_t = ("Kartlegge hvilke innbyggere over 75 år som ikke bruker digitale tjenester", "Helse og omsorg", "2027")
    goals = [G(f"M{i}", t) for i, t in enumerate(goals_t, start=1)]
    measures = []
    n = 0
    for gi, its in rows.items():
        for nr, text, _a, _f, gold in its:
            if gold is None:
                continue
            n += 1
            owners, dl, kind, note = gold
            measures.append(M(f"T{n}", text, [f"M{gi}"], owners, dl, kind, diffuse=_diffuse(owners),
                              outside=dl == "2030", note=f"tiltak {nr}; {note}" if note else f"tiltak {nr}"))
        if gi == 4:
            n += 1
            measures.append(M(f"T{n}", new_t[0], ["M4"], [new_t[1]], new_t[2], "period",
                              note="tiltak 4.3 is NEW in the vedtak (p. 1, point 5) and printed only there: a "
                                   "measure of the adopted plan, page 1, goal link from 'Nytt tiltak 4.3 under "
                                   "mål 4'"))
    assert [m.note.split(";")[0] for m in measures if m.id in VEDTAK_CHANGED] == ["tiltak 2.1", "tiltak 3.2"]
    plan = Plan(
        slug=slug, language="nb", title="Handlingsplan for digital inkludering 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="docx",
        notes="""
python-docx → LibreOffice. Sølvberg kommune, header with rule, 'Side n'. The PDF is the plan AS PUBLISHED AFTER
ADOPTION: p. 1 is an extract of the saksprotokoll ('Kommunestyret 12.03.2026, sak 21/26') with the VEDTAK: '1.
Handlingsplan for digital inkludering 2026–2029 vedtas med disse endringene: 2. Tiltak 1.3 utgår. 3. Frist for
tiltak 2.1 endres fra 2027 til 2026. 4. Ansvaret for tiltak 3.2 flyttes fra Kultur og fritid til
Frivilligsentralen. 5. Nytt tiltak 4.3 under mål 4: <text>. Ansvar: Helse og omsorg. Frist: 2027. 6. Planen
evalueres høsten 2028 …' and the vote line. Pp. 2– are the kommunedirektør's DRAFT unchanged ('Kommunedirektørens
forslag av 10.02.2026'), with a boxed note that the amendments in the vedtak are not worked into the text. Gold
convention: the plan AS ADOPTED = the draft with the vedtak applied. Tiltak 1.3 (struck) is NO measure; tiltak
2.1's deadline is '2026' (printed on p. 1; the table on p. 2 still prints 2027); tiltak 3.2's owner is
'Frivilligsentralen' (printed on p. 1; the table still prints Kultur og fritid); tiltak 4.3 is a measure of
goal M4 whose page is 1 (printed only in the vedtak). Vedtak point 6 (evaluation in autumn 2028) is the plan's
follow-up, not a measure; the vote line and the protokoll header are no items. The draft: contents (chapters,
no goals), 'Bakgrunn' with the national strategy 'Digital hele livet' and the forvaltningslov 'skal' quoted (no
goals), 'Digital inkludering i tall' table; '2 Mål og tiltak': 'Mål n' Heading 2 + bold goal sentence + table
'Nr | Tiltak | Ansvar | Frist'. 'Løpende' continuous, 'Hvert år' recurring, '2030' after the period, an empty
Ansvar cell, an empty Frist cell, 'IKT-tjenesten og Eiendom' two owners, 'Alle tjenesteområder' diffuse. Measure
ids T1–T11 follow the adopted plan (1.1, 1.2, 2.1 … 4.2, 4.3).
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = dh.new_document(font="Liberation Sans", size=10.5, margins_mm=20, heading_color="1F4E5A")
    mb.docx_lang(doc, "nb-NO")
    sec = doc.sections[0]
    dh.ruled_header(sec, "Sølvberg kommune  ·  Handlingsplan for digital inkludering 2026–2029", size=8.5)
    f = sec.footer.paragraphs[0]
    f.alignment = WD_ALIGN_PARAGRAPH.CENTER
    dh.page_of_footer(f, "Side ", "", None, size=8.5)

    # ---- p. 1: saksprotokoll
    dh.para(doc, "SAKSPROTOKOLL", bold=True, size=9, color="666666", space_after=2)
    dh.para(doc, "Handlingsplan for digital inkludering 2026–2029 – sluttbehandling", bold=True, size=16,
            color="1F4E5A", space_after=6)
    w0 = [40, 130]
    t0 = dh.new_table(doc, w0)
    for k, v in (("Utvalg", "Kommunestyret"), ("Møtedato", "12.03.2026"), ("Saksnr.", "21/26"),
                 ("Arkivsak", "25/1408")):
        dh.add_row(t0, [k, v], w0, size=9.5)
    dh.para(doc, "", space_after=2)
    dh.para(doc, "Behandling", bold=True, size=11, space_after=3)
    dh.para(doc, "Kommunedirektørens innstilling ble lagt fram. Ap, Sp og H fremmet et felles endringsforslag "
                 "(punkt 2–5 nedenfor). Endringsforslaget ble enstemmig vedtatt. Innstillingen med de vedtatte "
                 "endringene ble deretter enstemmig vedtatt.", space_after=6)
    dh.para(doc, "Kommunestyrets vedtak", bold=True, size=11, space_after=3)
    vedtak = [
        "Handlingsplan for digital inkludering 2026–2029 vedtas med disse endringene:",
        "Tiltak 1.3 utgår.",
        "Frist for tiltak 2.1 endres fra 2027 til 2026.",
        "Ansvaret for tiltak 3.2 flyttes fra Kultur og fritid til Frivilligsentralen.",
        f"Nytt tiltak 4.3 under mål 4: {new_t[0]}. Ansvar: {new_t[1]}. Frist: {new_t[2]}.",
        "Planen evalueres høsten 2028, og evalueringen legges fram for kommunestyret sammen med forslag til "
        "rullering.",
    ]
    for i, v in enumerate(vedtak, start=1):
        p = dh.para(doc, f"{i}.\t{v}", space_after=3)
        p.paragraph_format.left_indent = dh.Mm(8)
        p.paragraph_format.first_line_indent = dh.Mm(-8)
    dh.para(doc, "Rett utskrift: Sølvberg, 13.03.2026, Politisk sekretariat", italic=True, size=9,
            space_before=10)
    doc.add_page_break()

    # ---- pp. 2–: the draft
    dh.para(doc, "Handlingsplan for digital inkludering 2026–2029", bold=True, size=20, color="1F4E5A",
            space_after=2)
    dh.para(doc, "Kommunedirektørens forslag av 10.02.2026", italic=True, size=10, space_after=6)
    note = dh.para(doc, "**Merk:** Dette er planen slik kommunedirektøren la den fram. Endringene i kommunestyrets "
                        "vedtak 12.03.2026 (side 1) er ikke arbeidet inn i teksten. Der vedtaket og planteksten er "
                        "ulike, gjelder vedtaket.", size=9.5, space_after=8)
    dh._para_border(note, "top")
    dh._para_border(note, "bottom")
    dh.para(doc, "Innhold", bold=True, size=12, space_after=3)
    dh.typed_toc(doc, [(1, "1  Bakgrunn", 2), (1, "2  Mål og tiltak", 2), (1, "3  Oppfølging", 3)],
                 text_width_mm=170)
    dh.heading(doc, "1  Bakgrunn", 1)
    dh.para(doc, "Stadig flere tjenester fra kommunen, staten og bankene finnes bare digitalt. De fleste "
                 "innbyggerne i Sølvberg klarer seg godt, men en del eldre, innvandrere og personer med "
                 "funksjonsnedsettelser faller utenfor.")
    dh.para(doc, "Den nasjonale strategien «Digital hele livet» sier at alle skal ha mulighet til å ta del i det "
                 "digitale samfunnet. Etter forvaltningsloven skal forvaltningen gi veiledning til alle som "
                 "trenger det, også når tjenesten er digital.")
    dh.para(doc, "Digital inkludering i tall", bold=True, size=10, space_after=2, keep_with_next=True)
    w1 = [120, 25, 25]
    t1 = dh.new_table(doc, w1)
    dh.add_row(t1, ["", "2022", "2025"], w1, size=9.5, bold=True, fill="DCE8EB")
    for row in (["Innbyggere over 67 år som bruker BankID (%)", "71", "79"],
                ["Henvendelser om digital hjelp på servicetorget per år", "640", "1 120"],
                ["Husstander uten bredbånd", "210", "145"]):
        dh.add_row(t1, row, w1, size=9.5)
    dh.heading(doc, "2  Mål og tiltak", 1)
    w = [12, 96, 38, 24]
    for gi, t in enumerate(goals_t, start=1):
        dh.heading(doc, f"Mål {gi}", 2)
        dh.para(doc, t, bold=True, space_after=4, keep_with_next=True)
        tab = dh.new_table(doc, w)
        hdr = dh.add_row(tab, ["Nr", "Tiltak", "Ansvar", "Frist"], w, size=9.5, bold=True, fill="DCE8EB")
        dh.set_repeat_header(hdr)
        for nr, text, a, fr, _g in rows[gi]:
            dh.set_cant_split(dh.add_row(tab, [nr, text, a, fr], w, size=9.5))
        dh.para(doc, "", space_after=2)
    dh.heading(doc, "3  Oppfølging", 1)
    dh.para(doc, "Kommunedirektøren rapporterer på tiltakene i årsmeldingen. Planen rulleres i 2029.")
    dh.set_core_properties(doc, title=plan.title, author="Sølvberg kommune")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf)
    return plan, pdf


def _check_vedtak() -> list[str]:
    """P. 1 holds the vedtak with the changed values and the new tiltak; the struck tiltak 1.3 is still printed in
    the draft (p. 2 or later) and nowhere in the gold; the changed deadline / owner are printed on p. 1."""
    import yaml

    slug = VEDTAK_SLUG
    gold = yaml.safe_load((OUT / slug / f"{slug}.gold.yaml").read_text(encoding="utf-8"))
    pages = mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf")
    bad = []
    if "tiltak1.3utgår" not in pages[0] or "nytttiltak4.3undermål4" not in pages[0]:
        bad.append(f"{slug}: the vedtak is not on p. 1")
    struck = mb._squash("Lage en egen veiledningstelefon")
    if struck in pages[0] or not any(struck in p for p in pages[1:]):
        bad.append(f"{slug}: struck tiltak 1.3 not printed in the draft")
    if any(struck in mb._squash(m["text"]) for m in gold["measures"]):
        bad.append(f"{slug}: struck tiltak 1.3 is in the gold")
    for mid, (field, value) in VEDTAK_CHANGED.items():
        m = next(m for m in gold["measures"] if m["id"] == mid)
        got = m["deadline"] if field == "deadline" else m["owners"][0]
        if got != value or f"til{mb._squash(value)}" not in pages[0]:
            bad.append(f"{slug}: {mid}'s changed {field} {value!r} not in the gold or not on p. 1")
    return bad


def _verify_vedtak(slug: str) -> list[str]:
    """mb3.verify, less the changed owner / deadline it looks for on the measure's page (they are on p. 1:
    _check_vedtak checks them there)."""
    skip = {f"{slug}: {'deadline' if f == 'deadline' else 'owner'} {v!r} of {mid} not on p." for mid, (f, v)
            in VEDTAK_CHANGED.items()}
    return [b for b in mb3.verify(slug) if not any(b.startswith(s) for s in skip)]


# =========================================================================== 2 Swedish prioriteringsmatris (reportlab)

MATRIS_SLUG = "skyfall-prioriteringsmatris-sv"
# quadrant key, title, subtitle, fill
QUADRANTS = [
    ("q2", "Planeras och genomförs", "Hög nytta · hög kostnad", "#fdeccc"),
    ("q1", "Genomförs först", "Hög nytta · låg kostnad", "#d8efd9"),
    ("q4", "Väljs bort – ingår inte i planen", "Låg nytta · hög kostnad", "#eeeeee"),
    ("q3", "Genomförs när tillfälle ges", "Låg nytta · låg kostnad", "#dbe9f5"),
]


@plan_builder
def build_skyfall_prioriteringsmatris_sv() -> tuple[Plan, Path]:
    """Swedish åtgärdsplan: p. 1 the goals and a reading note, p. 2 (landscape) a 2 × 2 PRIORITERINGSMATRIS
    (nytta up, kostnad right) whose quadrants hold the åtgärder as boxes — number and goal chip at the top, the
    text, owner and year in small grey type in the bottom corner; the quadrant 'Väljs bort' holds options the
    kommun studied and rejected (no measures)."""
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
    )

    slug = MATRIS_SLUG
    goals_t = [
        "Inga byggnader med samhällsviktig verksamhet ska skadas av ett 100-årsregn",
        "Mer dagvatten ska tas om hand där det faller, i gröna ytor och öppna diken",
        "Fastighetsägare ska veta hur de kan skydda sina hus mot översvämning",
        "Dagvattnet som når Holmsjön ska vara renare än i dag",
    ]
    hv = "Hallsberga Vatten AB"
    # (quadrant, text, goal numbers, owner as printed, owners (gold), year as printed, deadline, kind, note)
    boxes = [
        ("q1", "Ta fram en skyfallskartering för hela tätorten", [1], hv, [hv], "2026", "2026", "period", ""),
        ("q1", "Informera villaägare om backventiler och om bidraget till skydd mot översvämning", [3],
         "Miljö- och byggförvaltningen", ["Miljö- och byggförvaltningen"], "årligen", "årligen", "recurring",
         "'årligen' recurring"),
        ("q1", "Rensa diken och trummor inför varje höst", [2], "Gatuenheten", ["Gatuenheten"], "löpande",
         "löpande", "continuous", "'löpande' continuous"),
        ("q2", "Bygga en översvämningsyta i Stadsparken som rymmer 4 000 m³ vatten", [1, 2],
         f"Gatuenheten och {hv}", ["Gatuenheten", hv], "2028", "2028", "period",
         "two goal chips 'Mål 1, 2' = two goal links; two owners"),
        ("q2", "Skydda vårdcentralen och Norrgårdens äldreboende med vallar och mobila pumpar", [1],
         "Fastighetsenheten", ["Fastighetsenheten"], "2027", "2027", "period", ""),
        ("q2", "Anlägga en dagvattendamm i Björkdalen", [2], hv, [hv], "2031", "2031", "period",
         "'2031' after the plan period 2026–2029"),
        ("q3", "Byta asfalt mot genomsläppliga ytor när kommunens parkeringar ändå byggs om", [2],
         "Alla förvaltningar", ["Alla förvaltningar"], "–", None, None,
         "'Alla förvaltningar' diffuse; year printed '–': no deadline"),
        ("q3", "Plantera fler träd och buskar i gatumiljön i centrum", [2], "–", [], "2029", "2029", "period",
         "owner printed '–': no owner"),
        ("q4", "Bygga om dagvattenledningarna i centrum till dubbel kapacitet", [1], "", [], "", None, None, ""),
        ("q4", "Rena dagvattnet från Industrigatan i ett eget reningsverk", [4], "", [], "", None, None, ""),
    ]
    goals = [G(f"M{i}", t) for i, t in enumerate(goals_t, start=1)]
    measures = []
    for q, text, gn, _oc, owners, _yc, dl, kind, note in boxes:
        if q == "q4":
            continue
        n = len(measures) + 1
        measures.append(M(f"A{n}", text, [f"M{g}" for g in gn], owners, dl, kind, diffuse=_diffuse(owners),
                          outside=dl == "2031", note=note))
    plan = Plan(
        slug=slug, language="sv", title="Åtgärdsplan för skyfall och dagvatten 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="pdf",
        notes="""
reportlab (Liberation Sans, invariant). Hallsberga kommun, header with rule, 'Sida n'. P. 1 (portrait): title,
adoption line, 'Inledning' with the lag om allmänna vattentjänster and plan- och bygglagen 'ska' quoted (national
duties, no goals), a 'Skyfall i Hallsberga' fact list, 'Våra mål' with 'Mål 1'–'Mål 4' + sentence, and 'Så läser
du matrisen'. P. 2 (LANDSCAPE): a 2 × 2 PRIORITERINGSMATRIS, axes 'NYTTA' (up) and 'KOSTNAD' (right), four
coloured quadrants with a title and 'Hög nytta · låg kostnad' etc.; each åtgärd is a BOX: number 'Å n' top
left, goal chip 'Mål 1, 2' top right, the åtgärd text, and in small grey type in the bottom corner '<ansvarig> ·
<år>'. Gold: MEASURE = the text of a box in the quadrants 'Genomförs först', 'Planeras och genomförs' and
'Genomförs när tillfälle ges' (8); the two grey dashed boxes in 'Väljs bort – ingår inte i planen' are options the
kommun studied and REJECTED: no measures (Mål 4's only box is there, so Mål 4 has no measure: goal-has-measure).
The quadrant is a priority, not a deadline or an owner. OWNER = the text before '·' ('Gatuenheten och Hallsberga
Vatten AB' two; 'Alla förvaltningar' diffuse; '–' none). DEADLINE = the year after '·' ('årligen' recurring,
'löpande' continuous, '2031' after 2026–2029, '–' none). GOAL LINKS = the chip ('Mål 1, 2' two links). Measure ids
A1–A8 = the printed numbers Å1–Å8 (quadrant by quadrant: Genomförs först, Planeras och genomförs, Genomförs när
tillfälle ges).
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    f = bk.reportlab_fonts()
    navy = colors.HexColor("#1d4e6e")
    ss = {
        "title": ParagraphStyle("t", fontName=f["bold"], fontSize=19, leading=23, textColor=navy, spaceAfter=4),
        "sub": ParagraphStyle("s", fontName=f["italic"], fontSize=10, leading=13, spaceAfter=10),
        "h1": ParagraphStyle("h1", fontName=f["bold"], fontSize=13, leading=16, textColor=navy, spaceBefore=8,
                             spaceAfter=4),
        "body": ParagraphStyle("b", fontName=f["normal"], fontSize=10, leading=13.5, spaceAfter=6),
        "li": ParagraphStyle("li", fontName=f["normal"], fontSize=10, leading=13.5, leftIndent=12,
                             bulletIndent=2, spaceAfter=2),
        "gh": ParagraphStyle("gh", fontName=f["bold"], fontSize=10.5, leading=13.5, spaceBefore=4, spaceAfter=1),
        "goal": ParagraphStyle("g", fontName=f["normal"], fontSize=10.5, leading=13.5, spaceAfter=4),
        "note": ParagraphStyle("n", fontName=f["italic"], fontSize=9.5, leading=12.5, backColor=colors.HexColor(
            "#eef3f7"), borderPadding=5, spaceBefore=8),
        "box": ParagraphStyle("bx", fontName=f["normal"], fontSize=9.5, leading=11.5),
        "boxx": ParagraphStyle("bxx", fontName=f["italic"], fontSize=9.5, leading=11.5,
                               textColor=colors.HexColor("#666666")),
    }

    class Matrix(Flowable):
        def __init__(self, w, h):
            super().__init__()
            self.width, self.height = w, h

        def draw(self):
            c = self.canv
            ax = 14 * mm  # room for the axis label
            qw, qh = (self.width - ax) / 2, (self.height - 10 * mm) / 2
            c.setFont(f["bold"], 9)
            c.setFillColor(navy)
            c.saveState()
            c.translate(5 * mm, 10 * mm + qh)
            c.rotate(90)
            c.drawCentredString(0, 0, "NYTTA  →")
            c.restoreState()
            c.drawCentredString(ax + qw, 2 * mm, "KOSTNAD  →")
            origin = {"q2": (ax + qw, 10 * mm + qh), "q1": (ax, 10 * mm + qh), "q4": (ax + qw, 10 * mm),
                      "q3": (ax, 10 * mm)}
            num = 0
            order = {"q1": 0, "q2": 1, "q3": 2, "q4": 3}
            ids = {}
            for b in sorted(boxes, key=lambda b: order[b[0]]):
                if b[0] != "q4":
                    num += 1
                    ids[b[1]] = f"Å{num}"
            for key, title, subtitle, fill in QUADRANTS:
                x0, y0 = origin[key]
                c.setFillColor(colors.HexColor(fill))
                c.setStrokeColor(colors.white)
                c.setLineWidth(3)
                c.rect(x0, y0, qw, qh, fill=1, stroke=1)
                c.setFillColor(navy)
                c.setFont(f["bold"], 11)
                c.drawString(x0 + 4 * mm, y0 + qh - 7 * mm, title)
                c.setFont(f["italic"], 8)
                c.drawString(x0 + 4 * mm, y0 + qh - 11 * mm, subtitle)
                y = y0 + qh - 14 * mm
                for b in [b for b in boxes if b[0] == key]:
                    _q, text, gn, oc, _o, yc, _d, _k, _n = b
                    bw = qw - 8 * mm
                    para = Paragraph(E(text), ss["boxx" if key == "q4" else "box"])
                    _w, ph = para.wrap(bw - 6 * mm, 100 * mm)
                    bh = ph + (12 * mm if key != "q4" else 9 * mm)
                    c.setFillColor(colors.white)
                    c.setStrokeColor(colors.HexColor("#999999" if key == "q4" else "#1d4e6e"))
                    c.setLineWidth(0.6)
                    if key == "q4":
                        c.setDash(3, 2)
                    c.roundRect(x0 + 4 * mm, y - bh, bw, bh, 2 * mm, fill=1, stroke=1)
                    c.setDash()
                    c.setFont(f["bold"], 8)
                    c.setFillColor(navy)
                    if key != "q4":
                        c.drawString(x0 + 7 * mm, y - 4.5 * mm, ids[text])
                    chip = "Mål " + ", ".join(str(g) for g in gn)
                    c.drawRightString(x0 + 4 * mm + bw - 3 * mm, y - 4.5 * mm, chip)
                    para.drawOn(c, x0 + 7 * mm, y - 6 * mm - ph)
                    if key != "q4":
                        c.setFont(f["normal"], 7.5)
                        c.setFillColor(colors.HexColor("#555555"))
                        c.drawRightString(x0 + 4 * mm + bw - 3 * mm, y - bh + 2.5 * mm, f"{oc} · {yc}")
                    y -= bh + 3 * mm

    pw, ph_ = A4
    lw, lh = landscape(A4)

    def onpage(canvas, doc):
        w, h = canvas._pagesize
        canvas.saveState()
        canvas.setFont(f["normal"], 8)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.drawString(18 * mm, h - 12 * mm, "Hallsberga kommun")
        canvas.drawRightString(w - 18 * mm, h - 12 * mm, plan.title)
        canvas.setStrokeColor(navy)
        canvas.line(18 * mm, h - 13.5 * mm, w - 18 * mm, h - 13.5 * mm)
        canvas.drawRightString(w - 18 * mm, 9 * mm, f"Sida {doc.page}")
        canvas.restoreState()

    doc = BaseDocTemplate(str(d / f"{slug}.pdf"), pagesize=A4, title=plan.title, author="Hallsberga kommun",
                          invariant=1)
    fp = Frame(18 * mm, 16 * mm, pw - 36 * mm, ph_ - 34 * mm, id="p")
    fl = Frame(14 * mm, 14 * mm, lw - 28 * mm, lh - 30 * mm, id="l")
    doc.addPageTemplates([PageTemplate("text", [fp], onPage=onpage, pagesize=A4),
                          PageTemplate("matris", [fl], onPage=onpage, pagesize=landscape(A4))])
    story = [
        Paragraph("Åtgärdsplan för skyfall och dagvatten 2026–2029", ss["title"]),
        Paragraph("Antagen av kommunfullmäktige den 23 februari 2026, § 14", ss["sub"]),
        Paragraph("Inledning", ss["h1"]),
        Paragraph("Kraftiga skyfall blir vanligare. Sommaren 2024 stod vatten i källare på över 80 fastigheter i "
                  "centrala Hallsberga, och vårdcentralen fick stänga i två dagar. Planen visar vilka åtgärder "
                  "kommunen prioriterar de kommande fyra åren.", ss["body"]),
        Paragraph("Enligt lagen om allmänna vattentjänster ska kommunen se till att behovet av avledning av "
                  "dagvatten ordnas i ett större sammanhang. Enligt plan- och bygglagen ska översiktsplanen visa "
                  "kommunens syn på risken för skador till följd av översvämning.", ss["body"]),
        Paragraph("Skyfall i Hallsberga", ss["gh"]),
        Paragraph("83 fastigheter fick vatten i källaren vid skyfallet i juli 2024", ss["li"], bulletText="•"),
        Paragraph("12 av kommunens 40 verksamhetslokaler ligger i lågpunkter", ss["li"], bulletText="•"),
        Paragraph("38 procent av centrum är hårdgjorda ytor", ss["li"], bulletText="•"),
        Paragraph("Våra mål", ss["h1"]),
    ]
    for i, t in enumerate(goals_t, start=1):
        story += [Paragraph(f"Mål {i}", ss["gh"]), Paragraph(E(t), ss["goal"])]
    story += [
        Paragraph("Så läser du matrisen", ss["h1"]),
        Paragraph("På nästa sida har varje åtgärd placerats efter hur stor nytta den gör och vad den kostar. "
                  "Åtgärderna i de tre färgade rutorna ingår i planen. I rutans nederkant står vem som ansvarar "
                  "och vilket år åtgärden ska vara klar. Åtgärderna i den grå rutan har utretts men väljs bort; "
                  "de ingår inte i planen.", ss["note"]),
        Paragraph("Planen följs upp varje år i kommunstyrelsens verksamhetsberättelse.", ss["body"]),
        NextPageTemplate("matris"), PageBreak(),
        Paragraph("Prioriteringsmatris – åtgärder 2026–2029", ss["h1"]),
        Spacer(1, 2 * mm),
        Matrix(lw - 28 * mm, lh - 30 * mm - 14 * mm),
    ]
    doc.build(story)
    pdf = d / f"{slug}.pdf"
    _gold(plan, pdf)
    return plan, pdf


def _check_matris() -> list[str]:
    """P. 2 is landscape and prints the four quadrant titles, the two rejected options and eight 'Å n' numbers."""
    import pypdfium2 as pdfium

    slug = MATRIS_SLUG
    pdf = OUT / slug / f"{slug}.pdf"
    pages = mb3.pdftotext_pages(pdf)
    bad = []
    doc = pdfium.PdfDocument(str(pdf))
    try:
        w, h = doc[1].get_size()
    finally:
        doc.close()
    if len(pages) != 2 or w <= h:
        bad.append(f"{slug}: not two pages with a landscape p. 2")
    for _k, title, _s, _f in QUADRANTS:
        if mb._squash(title) not in pages[-1]:
            bad.append(f"{slug}: quadrant {title!r} not on p. 2")
    for t in ("Bygga om dagvattenledningarna i centrum", "Rena dagvattnet från Industrigatan"):
        if mb._squash(t) not in pages[-1]:
            bad.append(f"{slug}: rejected option {t!r} not on p. 2")
    if [n for n in range(1, 10) if f"å{n}" in pages[-1]] != list(range(1, 9)):
        bad.append(f"{slug}: the boxes are not numbered Å1–Å8")
    return bad


# =========================================================================== 3 nynorsk Calc sheet with printed cell comments (odfpy)

MERKNAD_SLUG = "gravplass-cellekommentarar-nn"
# the reviewers' cell comments as (sheet row key, column, author, text); printed by Calc at the end of the sheet
COMMENTS = [
    ("1.2", 3, "Kyrkjeverja", "Grunneigaren vil ikkje selje før 2030. Må tiltaket stå med i denne planen?"),
    ("2.2", 1, "Eldrerådet", "Vi ønskjer òg eit toalett på Nordre gravplass. Kan det takast inn som eige tiltak?"),
    ("2.2", 2, "Kyrkjeverja", "Kven skal ha dette, teknisk eining eller fellesrådet? Må avklarast."),
    ("3.2", 3, "Kyrkjeverja", "Første møtet blir i mai 2026."),
]


@plan_builder
def build_gravplass_cellekommentarar_nn() -> tuple[Plan, Path]:
    """Nynorsk plan kept as a Calc workbook (odfpy .ods, printed by LibreOffice Calc): sheet 'Mål' with the four
    goals, sheet 'Tiltak' with 'Nr | Tiltak | Ansvar | Frist | Mål nr.'; reviewers' CELL COMMENTS printed by Calc
    on a page of their own after the sheet ('Merknader'-style list with the cell address) — remarks, questions and
    a proposed extra tiltak, none of them a measure."""
    import make_blind_corpus11 as mb11
    from odf.dc import Creator as DcCreator
    from odf.dc import Date as DcDate
    from odf.office import Annotation
    from odf.text import P

    slug = MERKNAD_SLUG
    goals_t = [
        "Det skal vere nok gravplassareal i alle bygdene i minst 20 år framover",
        "Gravplassane skal vere lette å ta seg fram på, også for dei som går dårleg",
        "Gravplassane skal gi rom for ulike trussamfunn og livssyn",
        "Gravminne med kulturhistorisk verdi skal takast vare på",
    ]
    kf = "Kyrkjeleg fellesråd"
    # (nr, tiltak, ansvar as printed, frist as printed, mål nr. as printed, owners, deadline, kind, goals, note)
    rows = [
        ("1.1", "Regulere utviding av Nordre gravplass med 400 nye graver", "Plan og byggesak", "2027", "1",
         ["Plan og byggesak"], "2027", "period", [1], ""),
        ("1.2", "Kjøpe grunn til ny gravplass i Hestvik", f"{kf} og Teknisk eining", "2031", "1",
         [kf, "Teknisk eining"], "2031", "period", [1],
         "two owners; '2031' after the plan period 2026–2029; the comment on the Frist cell (a question whether "
         "the tiltak belongs in the plan) changes nothing"),
        ("2.1", "Leggje fast dekke på hovudgangane på Storheim kyrkjegard", "Teknisk eining", "hausten 2026", "2",
         ["Teknisk eining"], "hausten 2026", "period", [2], ""),
        ("2.2", "Setje ut benkar og vasspostar med høgst 50 meter mellomrom", "", "", "2", [], None, None, [2],
         "empty Ansvar and Frist cells: no owner, no deadline; the comment on the Tiltak cell PROPOSES a toilet "
         "(no measure), the comment on the Ansvar cell asks who (still no owner)"),
        ("2.3", "Merkje gravfelta med skilt og kart ved alle inngangar", kf, "2028", "2", [kf], "2028", "period",
         [2], ""),
        ("3.1", "Setje av eit eige gravfelt for muslimske graver på Nordre gravplass", kf, "2028", "3, 1", [kf],
         "2028", "period", [3, 1], "'3, 1' in Mål nr. = two goal links"),
        ("3.2", "Invitere trus- og livssynssamfunna til dialogmøte om gravplassane", "Kyrkjeverja", "kvart år",
         "3", ["Kyrkjeverja"], "kvart år", "recurring", [3],
         "'kvart år' recurring; the comment 'Første møtet blir i mai 2026' is no deadline"),
        ("3.3", "Gi dei tilsette opplæring i gravskikkar i ulike trussamfunn", "Alle einingane", "løpande", "3",
         ["Alle einingane"], "løpande", "continuous", [3], "'Alle einingane' diffuse; 'løpande' continuous"),
    ]
    goals = [G(f"M{i}", t) for i, t in enumerate(goals_t, start=1)]
    measures = [M(f"T{k}", text, [f"M{g}" for g in gl], owners, dl, kind, diffuse=_diffuse(owners),
                  outside=dl == "2031", note=f"tiltak {nr}; {note}" if note else f"tiltak {nr}")
                for k, (nr, text, _a, _f, _m, owners, dl, kind, gl, note) in enumerate(rows, start=1)]
    plan = Plan(
        slug=slug, language="nn", title="Handlingsplan for gravplassforvaltninga 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="ods",
        notes="""
odfpy .ods → LibreOffice Calc (the workbook the gravplass working group circulated, printed with 'Kommentarar'
on). Storheim kommune; running header, 'Side n' footer, gridlines. Sheet 'Mål' (p. 1): title, a line 'Utkast til
handsaming i kyrkjeleg fellesråd og formannskapet', the gravplasslova 'skal' quoted in a note row (national, no
goal), and 'Nr | Mål' rows 'Mål 1'–'Mål 4' (the gold goals). Sheet 'Tiltak' (p. 2): 'Nr | Tiltak | Ansvar | Frist
| Mål nr.' with eight rows. Calc prints the reviewers' CELL COMMENTS after the sheet on a page of their own (p. 3):
each as the cell address ('B5:', 'D3:' …) and the comment text (author names are in the file, not printed). Gold
convention: comments are remarks in a review round, NEVER measures and never a change of owner or deadline; the
Eldrerådet's proposal 'Kan det takast inn som eige tiltak?' (a toilet) is no measure; 'Første møtet blir i mai
2026' under 'kvart år' is no deadline; 'Kven skal ha dette …? Må avklarast.' beside an empty Ansvar cell leaves
tiltak 2.2 without owner. 'Mål nr.' links: '3, 1' two goals. Mål 4 has no tiltak row (goal-has-measure). 'Kyrkjeleg
fellesråd og Teknisk eining' two owners; 'Alle einingane' diffuse; 'kvart år' recurring, 'løpande' continuous,
'2031' after 2026–2029; empty cells. Measure ids T1–T8 follow the rows (1.1 … 3.3).
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    od = mb11.Ods(header="Storheim kommune · Handlingsplan for gravplassforvaltninga 2026–2029", landscape=False,
                  lang="nn")
    for el in od.doc.automaticstyles.childNodes:  # print the cell comments (Format > Page > Sheet > Comments)
        if el.qname[1] == "page-layout":
            for pp in el.childNodes:
                if pp.qname[1] == "page-layout-properties":
                    pp.setAttribute("print", "annotations grid charts drawings objects zero-values")
    od.cell_style("cell", size=9.5)
    od.cell_style("head", size=9.5, bold=True, fill="#dfe6dc")
    od.cell_style("title", size=14, bold=True, wrap=False)
    od.cell_style("note", size=9, italic=True, fill="#f2f2f2")
    od.cell_style("plain", size=9.5, wrap=False)
    od.sheet("Mål", [2.2, 15.6], [
        ("title", ["Handlingsplan for gravplassforvaltninga 2026–2029"], "span"),
        ("plain", ["Utkast til handsaming i kyrkjeleg fellesråd og formannskapet, februar 2026"], "span"),
        ("note", ["Gravplasslova § 2: Kommunen skal sørgje for at det i kvar kommune er gravplass med "
                  "tilstrekkeleg areal. Kyrkjeleg fellesråd har ansvaret for forvaltninga av gravplassane."],
         "span"),
        ("head", ["Nr", "Mål"]),
    ] + [("cell", [f"Mål {i}", t]) for i, t in enumerate(goals_t, start=1)])
    t = od.sheet("Tiltak", [1.2, 8.4, 3.6, 2.4, 1.8],
                 [("head", ["Nr", "Tiltak", "Ansvar", "Frist", "Mål nr."])]
                 + [("cell", [nr, text, a, fr, mn]) for nr, text, a, fr, mn, *_r in rows], header_row=0)
    trs = [el for el in t.childNodes if el.qname[1] == "table-row"]
    for key, col, author, text in COMMENTS:
        tr = next(r for r in trs if str(r.childNodes[0]).startswith(key))
        cell = tr.childNodes[col]
        ann = Annotation(display="false")
        ann.addElement(DcCreator(text=author))
        ann.addElement(DcDate(text="2026-02-10T09:00:00"))
        ann.addElement(P(text=text))
        if cell.firstChild:
            cell.insertBefore(ann, cell.firstChild)
        else:
            cell.addElement(ann)
    src = od.save(d / f"{slug}.ods", title=plan.title, author="Storheim kommune")
    pdf = bk.soffice_pdf(src, filter_name="calc_pdf_Export")
    _gold(plan, pdf)
    return plan, pdf


def _check_kommentarar() -> list[str]:
    """The .ods holds four cell annotations; the PDF prints the sheets on pp. 1–2 and the four comment texts on
    p. 3 (not on the sheet pages), and the proposed toilet is in no gold measure."""
    import zipfile

    import yaml

    slug = MERKNAD_SLUG
    content = zipfile.ZipFile(OUT / slug / f"{slug}.ods").read("content.xml").decode("utf-8")
    pages = mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf")
    gold = yaml.safe_load((OUT / slug / f"{slug}.gold.yaml").read_text(encoding="utf-8"))
    bad = []
    if content.count("<office:annotation") != len(COMMENTS):
        bad.append(f"{slug}: {content.count('<office:annotation')} annotations in the .ods, want {len(COMMENTS)}")
    if len(pages) != 3:
        bad.append(f"{slug}: {len(pages)} pages, want 3")
    for _k, _c, _a, text in COMMENTS:
        sq = mb._squash(text)
        if sq not in pages[-1] or any(sq in p for p in pages[:-1]):
            bad.append(f"{slug}: comment {text[:30]!r} not on the last page only")
    if any("toalett" in m["text"] for m in gold["measures"]):
        bad.append(f"{slug}: the proposed toilet is in the gold")
    return bad


# =========================================================================== 4 Danish 'Det gør staten | Det gør vi' (HTML)

STATEN_SLUG = "mental-sundhed-staten-kommunen-da"


@plan_builder
def build_mental_sundhed_staten_kommunen_da() -> tuple[Plan, Path]:
    """Danish handleplan printed from HTML by Chromium: per goal a two-column table that sets the NATIONAL
    initiatives of the 10-year plan ('Det gør staten og regionerne') beside the kommune's own indsatser ('Det gør
    vi i Brovang Kommune', each a bold sentence and an 'Ansvarlig: … · Tidsplan: …' line). Only the right column
    is the kommune's plan."""
    slug = STATEN_SLUG
    goals_t = [
        ("Tidlig hjælp", "Flere børn og unge med psykisk mistrivsel skal have hjælp, før problemerne vokser sig "
                         "store"),
        ("Kortere ventetid", "Ingen unge skal vente mere end fire uger på en første samtale"),
        ("Stærke forældre", "Forældre skal føle sig klædt på til at støtte deres børn"),
        ("Trivsel i skolen", "Skolerne skal være steder, hvor alle elever trives"),
        ("Uddannelse og job", "Unge med psykiske vanskeligheder skal kunne fortsætte i uddannelse eller job"),
    ]
    hb = "Hele Børne- og Ungeforvaltningen"
    # per goal: rows (national text or None, [local (text, ansvarlig or None, tidsplan or None, owners, deadline,
    # kind, note)] or a grey note string)
    rows = {
        1: [
            ("Staten afsætter midler, så alle kommuner kan etablere et tilbud om tidlig indsats til børn og unge "
             "med lettere psykiske vanskeligheder.",
             [("Udvide det anonyme rådgivningstilbud »Snak med os« til alle skoler", "PPR", "August 2026", ["PPR"],
               "August 2026", "period", "")]),
            ("Kommunerne skal inden 2030 kunne tilbyde samtaler med en psykolog i det forebyggende tilbud.",
             [("Ansætte to psykologer i det forebyggende team", "Børn og Familie", "2027", ["Børn og Familie"],
               "2027", "period", "the national row beside it says 'inden 2030': a national date, no deadline"),
              ("Uddanne sundhedsplejerskerne i samtaler om mistrivsel", "Sundhedsplejen", "Løbende",
               ["Sundhedsplejen"], "Løbende", "continuous",
               "second indsats in the same right-hand cell = its own measure; 'Løbende' continuous")]),
        ],
        2: [
            ("Regionerne skal nedbringe ventetiden i børne- og ungdomspsykiatrien.",
             "Ingen kommunal indsats – ventetiden i psykiatrien er regionens opgave."),
            (None,
             [("Indføre en fast telefontid, hvor unge kan booke en samtale samme uge", hb, "1. januar 2027", [hb],
               "1. januar 2027", "date", "'Hele Børne- og Ungeforvaltningen' diffuse; the left cell is empty "
                                         "(no national counterpart)")]),
        ],
        3: [
            ("Staten udvikler et digitalt forældrekursus, som kommunerne kan bruge gratis fra 2027.",
             [("Tilbyde det digitale forældrekursus til alle forældre i 7. klasse", "Skole og Dagtilbud og "
               "Sundhedsplejen", "Hvert skoleår", ["Skole og Dagtilbud", "Sundhedsplejen"], "Hvert skoleår",
               "recurring", "two owners; 'Hvert skoleår' recurring; the national 'fra 2027' is no deadline")]),
            (None,
             [("Holde fire temaaftener om året om angst og skolevægring", "PPR", None, ["PPR"], None, None,
               "no 'Tidsplan:' in the line: no deadline ('om året' is part of the text)")]),
        ],
        4: [
            ("Staten gennemfører hvert år en national trivselsmåling i folkeskolen.",
             [("Bruge trivselsmålingen til en trivselsplan på hver skole", "Skolelederne", "2030",
               ["Skolelederne"], "2030", "period", "'2030' after the plan period 2026–2029")]),
            (None,
             [("Uddanne trivselsambassadører blandt eleverne i 6.–9. klasse", "Ungdomsskolen", "Foråret 2027",
               ["Ungdomsskolen"], "Foråret 2027", "period", "")]),
        ],
        5: [
            ("Staten styrker den individuelle job- og uddannelsesstøtte (IPS) til unge med psykiske lidelser.",
             "Ingen kommunal indsats i denne handleplan – indsatsen indgår i beskæftigelsesplanen."),
        ],
    }
    goals = [G(f"M{i}", t) for i, (_s, t) in enumerate(goals_t, start=1)]
    measures = []
    for gi, its in rows.items():
        for _nat, loc in its:
            if isinstance(loc, str):
                continue
            for text, _a, _t, owners, dl, kind, note in loc:
                measures.append(M(f"I{len(measures) + 1}", text, [f"M{gi}"], owners, dl, kind,
                                  diffuse=_diffuse(owners), outside=dl == "2030", note=note))
    plan = Plan(
        slug=slug, language="da", title="Handleplan for børn og unges mentale sundhed 2026–2029",
        period=(2026, 2029), goals=goals, measures=measures, source_ext="html",
        notes="""
HTML → Chromium (A4, @page header 'Brovang Kommune' / title, 'Side n af N'). P. 1: title, adoption line
('Vedtaget af Byrådet den 26. januar 2026'), an 'Indhold' list that names the goals by SHORT titles ('Mål 1:
Tidlig hjælp' … — no goal sentences), 'Indledning' on the national 10-årsplan for psykiatri og mental sundhed with
its 'skal' for kommunerne quoted (national, no goal), 'Sådan læser du planen'. Then per goal an h2 'Mål n:
<short title>', the goal sentence in bold (the gold goal), and a two-column table 'Det gør staten og regionerne
(10-årsplanen)' | 'Det gør vi i Brovang Kommune'. Gold convention: ONLY the right-hand column is the kommune's
plan. MEASURE = the bold indsats sentence in the right column (two in one cell = two measures); the left column
(national initiatives, their 'skal', 'inden 2030', 'fra 2027', 'hvert år') gives NO measures, owners or deadlines.
OWNER = after 'Ansvarlig:' ('Skole og Dagtilbud og Sundhedsplejen' two; 'Hele Børne- og Ungeforvaltningen'
diffuse); DEADLINE = after 'Tidsplan:' ('August 2026', '2027', 'Løbende' continuous, '1. januar 2027', 'Hvert
skoleår' recurring, '2030' after 2026–2029, 'Foråret 2027'; one line without 'Tidsplan:' = none). Right cells with
a grey 'Ingen kommunal indsats – …' note are no measures: Mål 2 has its one indsats in the next row, Mål 5 has
none (goal-has-measure). Measure ids I1–I8 follow the right column top to bottom.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    blue = "#24506b"

    def right(loc):
        if isinstance(loc, str):
            return f'<td class="loc none">{E(loc)}</td>'
        out = []
        for text, a, t, *_r in loc:
            meta = " · ".join(x for x in ((f"Ansvarlig: {E(a)}" if a else ""), (f"Tidsplan: {E(t)}" if t else ""))
                              if x)
            out.append(f'<p class="ind">{E(text)}</p><p class="meta">{meta}</p>')
        return f'<td class="loc">{"".join(out)}</td>'

    sections = []
    for gi, (short, sent) in enumerate(goals_t, start=1):
        trs = "".join(f'<tr><td class="nat">{E(nat) if nat else "–"}</td>{right(loc)}</tr>' for nat, loc in rows[gi])
        sections.append(f"""<section class="goal">
<h2>Mål {gi}: {E(short)}</h2>
<p class="gs">{E(sent)}</p>
<table class="two"><colgroup><col style="width:42%"><col></colgroup>
<thead><tr><th>Det gør staten og regionerne (10-årsplanen)</th><th>Det gør vi i Brovang Kommune</th></tr></thead>
<tbody>{trs}</tbody></table>
</section>""")
    toc = "".join(f"<li>Mål {i}: {E(s)}</li>" for i, (s, _t) in enumerate(goals_t, start=1))
    html = f"""<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>{E(plan.title)}</title>
<style>
@page {{ size: A4; margin: 18mm 17mm 16mm 17mm;
  @top-left {{ content: "Brovang Kommune"; font: bold 8pt 'Liberation Sans'; color: {blue}; }}
  @top-right {{ content: "Handleplan for børn og unges mentale sundhed 2026–2029"; font: 8pt 'Liberation Sans';
    color: #555; }}
  @bottom-right {{ content: "Side " counter(page) " af " counter(pages); font: 8pt 'Liberation Sans'; color: #555; }} }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; line-height: 1.4; color: #222; margin: 0; }}
h1 {{ font-size: 20pt; color: {blue}; margin: 0 0 2px; }}
.sub {{ font-style: italic; color: #444; margin: 0 0 10px; }}
h2 {{ font-size: 13pt; color: {blue}; margin: 14px 0 3px; break-after: avoid; }}
ol.toc {{ list-style: none; padding: 0; margin: 0 0 8px; }}
ol.toc li {{ margin: 0 0 1px; }}
.howto {{ background: #edf3f7; border-left: 4px solid {blue}; padding: 6px 10px; font-size: 9.3pt; }}
p.gs {{ font-weight: bold; margin: 0 0 6px; break-after: avoid; }}
table.two {{ width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 9.3pt; }}
table.two th {{ text-align: left; padding: 4px 8px; font-size: 9pt; }}
table.two th:first-child {{ background: #e4e4e4; color: #444; }}
table.two th:last-child {{ background: {blue}; color: #fff; }}
table.two td {{ vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #c9d6de; }}
table.two tr {{ break-inside: avoid; }}
td.nat {{ background: #f3f3f3; color: #555; font-style: italic; }}
td.loc p.ind {{ font-weight: bold; margin: 0 0 1px; }}
td.loc p.meta {{ margin: 0 0 6px; font-size: 8.6pt; color: #444; }}
td.none {{ color: #777; font-style: italic; }}
section.goal {{ break-inside: avoid; }}
</style></head><body>
<h1>Handleplan for børn og unges mentale sundhed 2026–2029</h1>
<p class="sub">Vedtaget af Byrådet den 26. januar 2026</p>
<h2>Indhold</h2>
<ol class="toc"><li>Indledning</li><li>Sådan læser du planen</li>{toc}<li>Opfølgning</li></ol>
<h2>Indledning</h2>
<p>Hvert femte barn og hver fjerde ung i Brovang svarer i trivselsmålingerne, at de ofte føler sig triste eller
bekymrede. Ventetiden på en samtale i kommunens tilbud var i 2025 op til ti uger.</p>
<p>Folketinget har vedtaget en 10-årsplan for psykiatri og mental sundhed. Efter planen skal kommunerne styrke den
tidlige indsats for børn og unge med psykisk mistrivsel, og regionerne skal nedbringe ventetiderne i psykiatrien.
Denne handleplan viser, hvordan Brovang Kommune følger op.</p>
<h2>Sådan læser du planen</h2>
<p class="howto">Under hvert mål står to kolonner. Den grå kolonne til venstre viser til orientering, hvad staten og
regionerne gør efter 10-årsplanen. Kolonnen til højre viser kommunens egne indsatser med ansvarlig og tidsplan. Det
er kun indsatserne i højre kolonne, der er Brovang Kommunes handleplan.</p>
{"".join(sections)}
<h2>Opfølgning</h2>
<p>Børne- og Ungeudvalget får en status på indsatserne hvert år i juni. Planen revideres i 2029.</p>
</body></html>
"""
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf)
    return plan, pdf


def _check_staten() -> list[str]:
    """The HTML has five goal tables with nine rows and two 'Ingen kommunal indsats' cells; no national sentence is a
    gold measure; the PDF prints both column heads five times."""
    import yaml

    slug = STATEN_SLUG
    src = (OUT / slug / f"{slug}.html").read_text(encoding="utf-8")
    pages = mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf")
    gold = yaml.safe_load((OUT / slug / f"{slug}.gold.yaml").read_text(encoding="utf-8"))
    bad = []
    if src.count('<table class="two">') != 5 or src.count('<td class="nat">') != 9:
        bad.append(f"{slug}: not five tables with nine rows")
    if src.count("Ingen kommunal indsats") != 2:
        bad.append(f"{slug}: not two 'Ingen kommunal indsats' cells")
    if any(m["text"].startswith(("Staten", "Regionerne", "Kommunerne")) for m in gold["measures"]):
        bad.append(f"{slug}: a national sentence is a gold measure")
    txt = "".join(pages)
    for head in ("Det gør staten og regionerne (10-årsplanen)", "Det gør vi i Brovang Kommune"):
        if txt.count(mb._squash(head)) != 5:
            bad.append(f"{slug}: column head {head!r} not printed five times")
    return bad


# =========================================================================== verify / main


LAYOUT_CHECKS: dict[str, callable] = {
    VEDTAK_SLUG: _check_vedtak,
    MATRIS_SLUG: _check_matris,
    MERKNAD_SLUG: _check_kommentarar,
    STATEN_SLUG: _check_staten,
}
BASE_VERIFY = {VEDTAK_SLUG: _verify_vedtak}


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page; for the vedtak plan less the values changed on p. 1), batch 30's
    whole-text check, and one layout fact per plan."""
    base = BASE_VERIFY.get(slug, mb3.verify)
    return base(slug) + mb30._whole_text_on_page(slug) + LAYOUT_CHECKS.get(slug, lambda: [])()


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify,
                  patterns=("*.docx", "*.ods", "*.html", "*.pdf", "*.gold.yaml"))


if __name__ == "__main__":
    main(sys.argv[1:])
