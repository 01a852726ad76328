"""Build the twenty-sixth batch of blind authored plans (corpora/authored/<slug>/), in layouts and wordings not
yet in the corpus: a bokmål SAKSFRAMLEGG (political case paper: innstilling, Saksopplysninger, Vurdering) whose
plan part sits inside 'Forslag til tiltak' as NUMBERED PARAGRAPHS, with REVISED DEADLINES printed as
'Frist: 2026 → 2027 (utsatt)' (python-docx → LibreOffice); a nynorsk ÅRSPLAN laid out as a 12-MONTH CALENDAR
GRID whose month box is the deadline (odfpy → LibreOffice Writer); a Danish INDSATSSKEMA with a PRIORITY column
of filled and empty dots ('●●○') and a priority key that names start years (reportlab); an English DELIVERY PLAN
whose goals stand in big bold pull-out boxes and whose actions are long paragraphs ending with the inline labels
'Milestone: Q3 2027. Owner: …' (HTML → Chromium).

    python corpora/scripts/make_blind_corpus26.py              # every plan
    python corpora/scripts/make_blind_corpus26.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus26.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus26.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings and gold writer from make_blind_corpus.py,
the Odt writer from make_blind_corpus.py, the pdftotext check from make_blind_corpus3.py. Gold files carry
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

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus26.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731


def _gold(plan: Plan, pdf: Path, **kw) -> Path:
    """write_gold with the pages looked up as pdftotext reads them."""
    old = mb.pdf_pages
    mb.pdf_pages = mb3.pdftotext_pages
    try:
        return write_gold(plan, pdf, **kw)
    finally:
        mb.pdf_pages = old


def _measures(items: dict[str, list[tuple]], *, outside: set[str]) -> list[M]:
    """M objects from {goal id: [(text, owners, deadline, kind, note), …]}; ids M<goal>.<k>."""
    out = []
    for gid, its in items.items():
        for k, (text, owners, when, kind, note) in enumerate(its, start=1):
            out.append(M(f"M{gid[1:]}.{k}", text, [gid], owners, when, kind if when else None,
                         diffuse=tuple(o for o in owners if o.lower().startswith(("alle ", "all "))),
                         outside=when in outside, note=note))
    return out


# =========================================================================== 1 bokmål saksframlegg (python-docx)


@plan_builder
def build_spredt_avlop_saksframlegg_nb() -> tuple[Plan, Path]:
    """Bokmål SAKSFRAMLEGG for the revision of a plan: the measures are numbered paragraphs inside the section
    'Forslag til tiltak', each followed by an italic 'Ansvar: …. Frist: …' line whose revised deadlines read
    'old → new (utsatt)'."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    slug = "spredt-avlop-saksframlegg-nb"
    va = "Brekkesund Vann og Avløp KF"
    goals_t = [
        "Vassbuvatnet og Holtebekken skal ha god økologisk tilstand innen 2027",
        "Alle boliger og fritidsboliger skal ha et avløpsanlegg som oppfyller rensekravene innen 2029",
        "Landbruket skal redusere avrenningen av næringsstoffer til bekker og vann",
    ]
    # (text, owners, deadline as gold, kind, note) + printed 'Ansvar' / 'Frist' strings
    items = {
        "G1": [
            ("Sende pålegg om oppgradering til de 85 eiendommene i Holtebekken nedbørfelt som ikke har godkjent "
             "avløpsanlegg", ["Miljøavdelingen"], "2027", "period",
             "revised 'Frist: 2026 → 2027 (utsatt)': deadline = the NEW one after the arrow, '2027'"),
            ("Føre tilsyn med alle minirenseanlegg rundt Vassbuvatnet og følge opp anlegg som ikke fungerer",
             ["Miljøavdelingen", va], "Hvert år", "recurring",
             f"two owners; '{va}' is ONE unit (a municipal enterprise; its 'og' does not split); 'Hvert år' "
             "recurring"),
            ("Ta vannprøver i Holtebekken fire ganger i året og legge resultatene ut på kommunens nettsider", [],
             "Løpende", "continuous", "'Ansvar: avklares senere' = no owner; 'fire ganger i året' is part of the "
             "text; 'Løpende' continuous"),
        ],
        "G2": [
            ("Kartlegge avløpsanleggene i Sørbygda og på Lundøya", ["Kart og oppmåling"], "1.9.2026", "date",
             "revised 'Frist: 1.3.2026 → 1.9.2026 (utsatt)': deadline '1.9.2026'; 'Kart og oppmåling' one unit"),
            ("Lage en veileder for grunneiere som vil gå sammen om et felles avløpsanlegg", ["Byggesak"], "2026",
             "period", "revised EARLIER 'Frist: 2027 → 2026 (fremskyndet)': deadline '2026'"),
            ("Forlenge det kommunale avløpsnettet fra Brekke sentrum til Nordstrand", [va], "2030", "period",
             "revised 'Frist: 2029 → 2030 (utsatt)': deadline '2030', after the plan period 2026–2029"),
            ("Gi alle eiere av fritidsboliger informasjon om reglene for tømming av tette tanker",
             ["Alle enheter i teknisk sektor"], "Vår 2026", "period",
             "'Alle enheter i teknisk sektor' diffuse; 'Frist: Vår 2026 (nytt tiltak)' — '(nytt tiltak)' is a "
             "status, the deadline is 'Vår 2026'"),
        ],
        "G3": [
            ("Gi tilskudd til fangdammer og grasdekte vannveier gjennom SMIL-ordningen", ["Landbrukskontoret"],
             "Årlig", "recurring", "'Årlig' recurring"),
            ("Gjennomføre gjødslingskontroll hos 20 gårdsbruk i Holtebekken nedbørfelt",
             ["Landbrukskontoret", "Miljøavdelingen"], "2028", "period",
             "two owners; revised 'Frist: 2026 → 2028 (utsatt)': deadline '2028'"),
            ("Lage en plan for kantsoner langs Holtebekken sammen med grunneierne", ["Landbrukskontoret"], None,
             None, "only 'Ansvar: Landbrukskontoret.' — no Frist printed: no deadline"),
        ],
    }
    printed = {  # (Ansvar as printed, Frist as printed or None)
        "M1.1": ("Miljøavdelingen", "2026 → 2027 (utsatt)"),
        "M1.2": (f"Miljøavdelingen og {va}", "Hvert år"),
        "M1.3": ("avklares senere", "Løpende"),
        "M2.1": ("Kart og oppmåling", "1.3.2026 → 1.9.2026 (utsatt)"),
        "M2.2": ("Byggesak", "2027 → 2026 (fremskyndet)"),
        "M2.3": (va, "2029 → 2030 (utsatt)"),
        "M2.4": ("Alle enheter i teknisk sektor", "Vår 2026 (nytt tiltak)"),
        "M3.1": ("Landbrukskontoret", "Årlig"),
        "M3.2": ("Landbrukskontoret og Miljøavdelingen", "2026 → 2028 (utsatt)"),
        "M3.3": ("Landbrukskontoret", None),
    }
    goals = [G(f"G{i}", t) for i, t in enumerate(goals_t, start=1)]
    measures = _measures(items, outside={"2030"})
    plan = Plan(
        slug=slug, language="nb", title="Tiltaksplan for opprydding i spredt avløp 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="docx",
        notes="""
python-docx → LibreOffice 7.4. Brekkesund kommune, bokmål. The document is a SAKSFRAMLEGG (the case paper to
the political committee and the council), not a plan booklet: 'SAKSFRAMLEGG' header, a Saksbehandler / Arkiv /
Arkivsaksnr. block, a 'Saksnr. | Utvalg | Møtedato' table, the case title 'Rullering av tiltaksplan for
opprydding i spredt avløp 2026–2029', 'Kommunedirektørens innstilling' (three numbered decision points — not
measures; 'innen utgangen av 2029' in point 3 is no deadline), 'Vedlegg', 'Saksopplysninger' (background,
forurensningsforskriften and vannforskriften 'skal' quoted — national duties, not goals — and a 'Status per
31.12.2025' table), 'Vurdering' (prose; it names measures of the OLD plan that are done and taken out — no
measures — and paraphrases why deadlines moved), then the PLAN PART inside 'Forslag til tiltak': 'Mål n:
<sentence>' in bold and under it the tiltak as NUMBERED PARAGRAPHS ('1.1' + tab, hanging indent), each
followed by an italic line 'Ansvar: <unit>. Frist: <time>'. Then 'Økonomiske konsekvenser' and 'Konklusjon'
(no measures). Goal = the sentence after 'Mål n:' (the 'innen 2027' / 'innen 2029' are part of the goal).
REVISED DEADLINES: a changed deadline is printed 'old → new (utsatt)' or '(fremskyndet)'; the note in
'Vurdering' says the new deadline stands after the arrow. Gold DEADLINE = the NEW deadline after the arrow
('2027', '1.9.2026', '2026', '2030', '2028'), never the old one and never the word in brackets; '(nytt
tiltak)' after 'Vår 2026' is a status. 'Ansvar: avklares senere' = no owner (error). 'Miljøavdelingen og
Brekkesund Vann og Avløp KF' = two owners, 'Brekkesund Vann og Avløp KF' ONE unit (a kommunalt foretak);
'Landbrukskontoret og Miljøavdelingen' two owners; 'Kart og oppmåling' one unit; 'Alle enheter i teknisk
sektor' diffuse. M3.3 prints no Frist: no deadline (error). 'Hvert år', 'Årlig' recurring; 'Løpende'
continuous; '2030' after 2026–2029.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = dh.new_document(font="Liberation Sans", size=10.5, margins_mm=22, heading_color="000000")
    mb.docx_lang(doc, "nb-NO")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run("Brekkesund kommune")
    r.font.size = Pt(9)
    r.bold = True
    hp.add_run("\tArkivsak 25/1871").font.size = Pt(9)
    hp.paragraph_format.tab_stops.add_tab_stop(Mm(166), dh.WD_TAB_ALIGNMENT.RIGHT)
    dh._para_border(hp, "bottom")
    f = sec.footer.paragraphs[0]
    f.alignment = WD_ALIGN_PARAGRAPH.CENTER
    f.add_run("Side ").font.size = Pt(8.5)
    dh.add_field(f, "PAGE", "1", size=8.5)
    f.add_run(" av ").font.size = Pt(8.5)
    dh.add_field(f, "NUMPAGES", "3", size=8.5)

    dh.para(doc, "SAKSFRAMLEGG", bold=True, size=16, space_after=8)
    meta = dh.new_table(doc, [56, 56, 54], style=None)
    dh.add_row(meta, ["Saksbehandler: Ingrid Solheim", "Arkiv: FA-M41", "Arkivsaksnr.: 25/1871"], [56, 56, 54],
               size=9)
    dh.para(doc, "", space_after=2)
    w = [24, 96, 46]
    ut = dh.new_table(doc, w)
    dh.add_row(ut, ["Saksnr.", "Utvalg", "Møtedato"], w, size=9, bold=True, fill="E7E7E7")
    dh.add_row(ut, ["18/26", "Utvalg for teknikk og miljø", "21.04.2026"], w, size=9)
    dh.add_row(ut, ["34/26", "Kommunestyret", "07.05.2026"], w, size=9)
    dh.para(doc, "", space_after=2)
    dh.para(doc, "Rullering av tiltaksplan for opprydding i spredt avløp 2026–2029", bold=True, size=14,
            space_after=8)

    def head(text):
        dh.para(doc, text, bold=True, size=12, space_before=10, space_after=4, keep_with_next=True)

    head("Kommunedirektørens innstilling")
    for i, t in enumerate([
        "Kommunestyret vedtar rullert tiltaksplan for opprydding i spredt avløp 2026–2029 slik den går fram av "
        "punktene under «Forslag til tiltak».",
        "Utgiftene til forlengelsen av avløpsnettet dekkes over selvkostområdet for avløp.",
        "Planen rulleres på nytt innen utgangen av 2029.",
    ], start=1):
        p = dh.para(doc, f"{i}.\t{t}", space_after=3)
        p.paragraph_format.left_indent = Mm(8)
        p.paragraph_format.first_line_indent = Mm(-8)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(8))
    head("Vedlegg")
    dh.para(doc, "1. Kartutsnitt, Holtebekken nedbørfelt\n2. Tilstandsrapport for Vassbuvatnet 2025", size=10)

    head("Saksopplysninger")
    dh.para(doc, "I Brekkesund er det om lag 1 150 boliger og fritidsboliger som ikke er knyttet til kommunalt "
                 "avløp. Mange av anleggene er gamle slamavskillere med utslipp rett i bekk eller grunn. "
                 "Tilstandsrapporten for 2025 viser at Vassbuvatnet har moderat økologisk tilstand, og at "
                 "tilførselen av fosfor fra Holtebekken er for høy.")
    dh.para(doc, "Kommunen er forurensningsmyndighet for utslipp fra mindre avløpsanlegg. Etter "
                 "forurensningsforskriften kapittel 12 skal alle slike anlegg ha tillatelse og oppfylle "
                 "rensekravene. Vannforskriften sier at vannforekomstene skal ha minst god tilstand. Dette er "
                 "nasjonale krav som planen bygger på.")
    dh.para(doc, "Gjeldende tiltaksplan ble vedtatt av kommunestyret i 2021 og hadde 14 tiltak. Planen skal "
                 "rulleres hvert fjerde år.")
    dh.para(doc, "Status per 31.12.2025", bold=True, size=10, space_after=2, keep_with_next=True)
    w2 = [110, 30]
    stt = dh.new_table(doc, w2)
    for row in (["Avløpsanlegg kartlagt", "1 150"], ["Pålegg om oppgradering sendt", "410"],
                ["Anlegg godkjent etter oppgradering", "262"]):
        dh.add_row(stt, row, w2, size=9.5)

    head("Vurdering")
    dh.para(doc, "Ni av de 14 tiltakene i gjeldende plan er gjennomført. Felles slamtømming for hytter og "
                 "digitalt skjema for utslippssøknader er på plass og tas derfor ut av planen.")
    dh.para(doc, "Kommunedirektøren vurderer at arbeidet i Holtebekken nedbørfelt fortsatt må prioriteres. "
                 "Pålegg og gjødslingskontroll der har tatt lengre tid enn forutsatt, fordi mange eiendommer "
                 "har delt eierskap. Fristene for disse tiltakene foreslås derfor flyttet.")
    dh.para(doc, "Der fristen er endret fra gjeldende plan, står den gamle fristen først og den nye etter "
                 "pilen, for eksempel «2026 → 2027 (utsatt)». Det er den nye fristen som gjelder.", italic=True)

    head("Forslag til tiltak")
    dh.para(doc, "Planen har tre mål. Under hvert mål står tiltakene som nummererte avsnitt, med ansvar og "
                 "frist under hvert tiltak.")
    for gi, gid in enumerate(items, start=1):
        dh.para(doc, f"Mål {gi}: {goals_t[gi - 1]}", bold=True, space_before=8, space_after=4,
                keep_with_next=True)
        for k, it in enumerate(items[gid], start=1):
            p = dh.para(doc, f"{gi}.{k}\t{it[0]}.", space_after=1, keep_with_next=True)
            p.paragraph_format.left_indent = Mm(10)
            p.paragraph_format.first_line_indent = Mm(-10)
            p.paragraph_format.tab_stops.add_tab_stop(Mm(10))
            ans, fr = printed[f"M{gi}.{k}"]
            line = f"Ansvar: {ans}." + (f" Frist: {fr}" if fr else "")
            q = dh.para(doc, line, italic=True, size=9.5, space_after=6)
            q.paragraph_format.left_indent = Mm(10)

    head("Økonomiske konsekvenser")
    dh.para(doc, "Tilsyn og pålegg finansieres med gebyrer. Forlengelsen av avløpsnettet er lagt inn i "
                 "investeringsbudsjettet med 14,5 mill. kr og dekkes over selvkostområdet for avløp.")
    head("Konklusjon")
    dh.para(doc, "Kommunedirektøren anbefaler at kommunestyret vedtar den rullerte tiltaksplanen.")
    dh.para(doc, "Brekkesund, 6. april 2026\n\nTorill Haugland\nkommunedirektør", size=10)
    dh.set_core_properties(doc, title=plan.title, author="Brekkesund kommune")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf)
    return plan, pdf


def _check_saksframlegg() -> list[str]:
    """The PDF prints the case-paper parts in order (the 'Forslag til tiltak' heading is its last occurrence:
    the innstilling names it first) and five revised deadlines with an arrow plus the one in the reading note."""
    slug = "spredt-avlop-saksframlegg-nb"
    txt = "".join(mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf"))
    bad = []
    pos = [txt.rfind(mb3._squash(s)) for s in ("Kommunedirektørens innstilling", "Saksopplysninger", "Vurdering",
                                                "Forslag til tiltak", "Økonomiske konsekvenser")]
    if -1 in pos or pos != sorted(pos):
        bad.append(f"{slug}: saksframlegg parts missing or out of order {pos}")
    if txt.count("→") != 6:
        bad.append(f"{slug}: {txt.count('→')} arrows, want 6")
    return bad


# =========================================================================== verify / main


LAYOUT_CHECKS: dict[str, callable] = {
    "spredt-avlop-saksframlegg-nb": _check_saksframlegg,
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
