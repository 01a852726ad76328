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
    """write_gold with the pages looked up as pdftotext reads them (blindkit.gold_by_pdftotext)."""
    return bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)


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
    dh.page_of_footer(f, "Side ", " av ", "3", size=8.5)

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


# =========================================================================== 2 nynorsk calendar årsplan (odfpy)


@plan_builder
def build_brannforebygging_kalender_nn() -> tuple[Plan, Path]:
    """Nynorsk ÅRSPLAN laid out as a 12-MONTH CALENDAR GRID (4 × 3 month boxes, landscape): each activity
    stands in the month box it is due in, written '• <aktivitet> – <eining> (Mn)'; the month is the deadline."""
    from odf.style import ParagraphProperties, Style, TableRowProperties, TextProperties
    from odf.table import TableRow

    slug = "brannforebygging-kalender-nn"
    fa = "Førebyggjande avdeling"
    ubr = "Ulvøy brann og redning"
    goals_t = [
        "Færre brannar i bustader, særleg hos eldre og andre som er utsette",
        "Innbyggjarane skal vite korleis dei varslar og kjem seg ut når det brenn",
        "Alle særskilde brannobjekt skal ha tilsyn etter kor stor risikoen er",
        "Færre unødige utrykkingar til automatiske brannalarmar",
    ]
    # month (as printed, None = the boxes under the calendar) -> [(text, owners, printed owner part, goal,
    # deadline as gold, kind, note)]
    cal = {
        "Januar": [("Tilsyn med hotell, overnattingsstader og campingplassar", [fa], fa, "G3", "Januar", "period",
                    "deadline = the month box it stands in ('Januar' in the year 2027)")],
        "Februar": [("Kurs i brannvern for alle tilsette i heimetenesta", [fa, "Heimetenesta"],
                     f"{fa} og Heimetenesta", "G1", "Februar", "period", "two owners")],
        "Mars": [("Kampanje om komfyrvakt og røykvarslar i lokalavisa og på Facebook", ["Kommunikasjonseininga"],
                  "Kommunikasjonseininga", "G1", "Mars", "period", "")],
        "April": [("Sjekke sløkkjeutstyr hos alle som har tryggleiksalarm", ["Heimetenesta"], "Heimetenesta", "G1",
                   "April", "period", "")],
        "Mai": [("Evakueringsøving på alle sjukeheimar og i omsorgsbustadene", ["Alle einingar i helse og omsorg"],
                 "Alle einingar i helse og omsorg", "G2", "Mai", "period", "'Alle einingar i helse og omsorg' "
                 "diffuse")],
        "Juni": [("Open brannstasjon for barnefamiliar på Ulvøy", [ubr], ubr, "G2", "Juni", "period",
                  f"'{ubr}' is ONE unit (the fire service's name; its 'og' does not split)")],
        "Juli": [],
        "August": [("Informasjon om bålforbod og grilling til hytteeigarar", [], "", "G2", "August", "period",
                    "no owner after the text (no '–' part): no owner")],
        "September": [("Brannvernveka for elevar i 6. klasse i alle skular", [fa], fa, "G2", "September",
                       "period", "")],
        "Oktober": [("Tilsyn med driftsbygningar i landbruket", [fa], fa, "G3", "Oktober", "period", "")],
        "November": [("Feiing og tilsyn med eldstader på Nordsida", ["Feiarane"], "Feiarane", "G1", "November",
                      "period", "")],
        "Desember": [("Julekampanje om levande lys og brannsikker jul", [fa], fa, "G1", "Desember", "period", "")],
    }
    whole_year = [("Heimebesøk hos eldre over 80 år med sjekk av røykvarslar", ["Feiarane", "Heimetenesta"],
                   "Feiarane og Heimetenesta", "G1", "Heile året", "continuous",
                   "in the 'Heile året' box under the calendar: continuous; two owners")]
    longer = [("Ny risiko- og sårbarheitsanalyse for Ulvøy sentrum", [fa], fa, "G3", "2028", "period",
               "'Lengre tiltak' box, 'ferdig 2028': after the plan year 2027"),
              ("Greie ut felles brannvesen med nabokommunane", ["Kommunedirektøren"], "Kommunedirektøren", "G3",
               None, None, "'Lengre tiltak' box with no time: no deadline")]
    goals = [G(f"G{i}", t) for i, t in enumerate(goals_t, start=1)]
    measures = []
    n = 0
    for its in [*cal.values(), whole_year, longer]:
        for text, owners, _po, gid, when, kind, note in its:
            n += 1
            measures.append(M(f"M{n}", text, [gid], owners, when, kind,
                              diffuse=tuple(o for o in owners if o.startswith("Alle ")), outside=when == "2028",
                              note=note))
    plan = Plan(
        slug=slug, language="nn", title="Årsplan for førebyggjande brannarbeid 2027", period=(2027, 2027),
        goals=goals, measures=measures, source_ext="odt",
        notes="""
odfpy → LibreOffice Writer 7.4, A4 LANDSCAPE, running header 'Ulvøy kommune · Ulvøy brann og redning' and
'Side n'. P. 1: title, adoption note, 'Innleiing' quoting brann- og eksplosjonsvernlova ('Kommunen skal …' — a
legal duty, no goal), a 'Hendingar 2024–2025' table (no measures), 'Mål for 2027' as a list 'M1 … M4' with the
goal sentences, and a reading note: every activity stands in the month it shall be done BY, the unit after
the dash is responsible, the code in brackets is the goal. P. 2: 'Aktivitetskalender 2027' — a 12-MONTH
CALENDAR GRID, a 4 × 3 table of month boxes (Januar … Desember, the month name bold on top of the box), the
activities written inside as '• <aktivitet> – <eining> (Mn)'. Under the grid two boxes side by side:
'Heile året' and 'Lengre tiltak'. Gold: measure = the activity text (without bullet, owner and code); OWNER =
the unit after the dash; goal link = the code (Mn → Gn); DEADLINE = the MONTH BOX the activity stands in, as
printed ('Januar', … 'Desember'; the year is the plan year 2027; kind period). Juli holds only 'Fellesferie
– ingen aktivitetar' (no measure). 'Heile året' = continuous. 'Lengre tiltak': 'Ny risiko- og
sårbarheitsanalyse …' 'ferdig 2028' = deadline '2028' after the plan year; 'Greie ut felles brannvesen …' has
no time = no deadline. 'Førebyggjande avdeling og Heimetenesta', 'Feiarane og Heimetenesta' two owners;
'Ulvøy brann og redning' ONE unit; 'Alle einingar i helse og omsorg' diffuse; the August activity has no
dash and no owner (error). Goal M4 (unødige alarmar) has no activity (goal-has-measure). The 'Oppfølging'
paragraph under the boxes holds no measures.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    od = mb.Odt(lang="nn", country="NO", landscape=True, header="Ulvøy kommune · Ulvøy brann og redning",
                footer_text="Side", margin_cm=1.6)
    od.style("Act", size=9, after=0.08)
    pb = Style(name="PBreak", family="paragraph")
    pb.addElement(ParagraphProperties(breakbefore="page", margintop="0cm", marginbottom="0.2cm"))
    pb.addElement(TextProperties(fontname="Liberation Sans", fontsize="15.5pt", fontweight="bold",
                                 color="#a4261d", language="nn", country="NO"))
    od.doc.automaticstyles.addElement(pb)
    od.styles["PB"] = "PBreak"
    od.p("ULVØY KOMMUNE", "H3")
    od.p(plan.title, "Title")
    od.p("__Vedteken av formannskapet 26. november 2026, sak 88/26__")
    od.h("Innleiing", 1)
    od.p("Ulvøy brann og redning gjer kvart år ein plan for det førebyggjande arbeidet. Planen viser kva vi "
         "gjer månad for månad i 2027, og kven som har ansvaret.")
    od.p("Etter brann- og eksplosjonsvernlova skal kommunen gjennomføre informasjons- og motivasjonstiltak og "
         "føre tilsyn med særskilde brannobjekt. Det er lovkrav som planen byggjer på, ikkje eigne mål.")
    od.h("Hendingar 2024–2025", 2)
    od.table([7.0, 2.5, 2.5], [["", "2024", "2025"], ["Bustadbrannar", "9", "7"],
                                ["Unødige alarmar", "61", "74"]])
    od.h("Mål for 2027", 1)
    for i, t in enumerate(goals_t, start=1):
        od.p(f"**M{i}**  {t}")
    od.p("__Slik les du kalenderen: kvar aktivitet står i den månaden han skal vere gjennomført. Eininga etter "
         "tankestreken har ansvaret, og koden i parentes viser kva mål aktiviteten høyrer til.__")
    od.p("Aktivitetskalender 2027", "PB")
    months = list(cal)
    rows = []
    for r in range(3):
        row = []
        for c in range(4):
            mname = months[r * 4 + c]
            parts = [f"**{mname}**"]
            for text, _o, po, gid, *_ in cal[mname]:
                parts.append(f"• {text}" + (f" – {po}" if po else "") + f" (M{gid[1:]})")
            if not cal[mname]:
                parts.append("Fellesferie – ingen aktivitetar")
            row.append("\n\n".join(parts))
        rows.append(row)
    grid = od.table([6.3] * 4, rows, header_rows=0, border="0.8pt solid #a4261d", cell_style="Act")
    rs = Style(name="CalRow", family="table-row")
    rs.addElement(TableRowProperties(minrowheight="3.3cm"))
    od.doc.automaticstyles.addElement(rs)
    for tr in grid.getElementsByType(TableRow):
        tr.setAttribute("stylename", rs)
    box = []
    for items in (whole_year, longer):
        parts = []
        for text, _o, po, gid, when, *_ in items:
            tail = f" – {po} (M{gid[1:]})"
            parts.append(f"• {text}{tail}" + (", ferdig 2028" if when == "2028" else ""))
        box.append(parts)
    od.table([12.6, 12.6], [["**Heile året**\n\n" + "\n\n".join(box[0]),
                             "**Lengre tiltak**\n\n" + "\n\n".join(box[1])]], header_rows=0,
             border="0.8pt solid #a4261d", cell_style="Act", fills={0: "#fbeeed"})
    od.p("__Oppfølging: Leiar for førebyggjande avdeling rapporterer til formannskapet i januar 2028.__")
    src = d / f"{slug}.odt"
    od.save(src, title=plan.title, author="Ulvøy kommune")
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, measure_after=2)
    return plan, pdf


def _check_kalender() -> list[str]:
    """Page 2 prints the twelve month names as box heads, four of them on one line (pdftotext -layout), and no
    'Frist' or 'Ansvar' word anywhere."""
    import subprocess

    slug = "brannforebygging-kalender-nn"
    txt = subprocess.run(["pdftotext", "-layout", str(OUT / slug / f"{slug}.pdf"), "-"], capture_output=True,
                         text=True, check=True).stdout
    bad = []
    page2 = txt.split("\f")[1] if "\f" in txt else ""
    for quad in (("Januar", "April"), ("Mai", "August"), ("September", "Desember")):
        if not any(ln.strip().startswith(quad[0]) and quad[1] in ln for ln in page2.splitlines()):
            bad.append(f"{slug}: month heads {quad} not on one line on p. 2")
    low = txt.lower()
    if "frist" in low or "ansvar:" in low:
        bad.append(f"{slug}: a Frist / Ansvar label is printed")
    return bad


# =========================================================================== 3 Danish indsatsskema with priority dots (reportlab)


@plan_builder
def build_affald_indsatsskema_da() -> tuple[Plan, Path]:
    """Danish INDSATSSKEMA per indsatsområde: a shaded 'Målsætning' row and a table 'Nr | Indsats | Prioritet |
    Ansvarlig | Tidsramme' whose Prioritet cell is three dots, filled or empty ('●●○'); the priority key names
    the year a priority is started in."""
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

    slug = "affald-indsatsskema-da"
    ae = "Affaldsenheden"
    areas = [("F1", "Husholdninger"), ("F2", "Erhverv og byggeri"), ("F3", "Kommunen som forbillede")]
    goals_t = [
        "Mindst 60 procent af husholdningsaffaldet skal genanvendes i 2029",
        "Byggeaffald skal sorteres på byggepladsen, så mere kan genbruges",
        "Kommunens egne institutioner skal sortere i de samme ti fraktioner som borgerne",
    ]
    # (text, owners, Ansvarlig as printed, priority dots, deadline, kind, note)
    items = {
        "G1": [
            ("Indføre indsamling af madaffald i etageboliger", [ae], ae, 3, "2026", "period", ""),
            ("Opstille nye sorteringsmoduler på de fem genbrugspladser", ["Tvedslund Forsyning A/S"],
             "Tvedslund Forsyning A/S", 2, "2. halvår 2027", "period", "one owner (a company)"),
            ("Lave sorteringsvejledninger på ukrainsk, arabisk og engelsk", [ae, "Borgerservice"],
             f"{ae} og Borgerservice", 1, "Løbende", "continuous", "two owners; 'Løbende' continuous"),
            ("Tilbyde storskraldsordning med afhentning ved boligen", [], "", 2, "2028", "period",
             "EMPTY Ansvarlig: no owner"),
        ],
        "G2": [
            ("Føre tilsyn med sortering af bygge- og anlægsaffald på større byggepladser", ["Miljøtilsynet"],
             "Miljøtilsynet", 3, "Hvert kvartal", "recurring", "'Hvert kvartal' recurring"),
            ("Stille krav om genbrug af byggematerialer i kommunens egne udbud", ["Ejendomsafdelingen", "Indkøb"],
             "Ejendomsafdelingen og Indkøb", 3, "1. januar 2027", "date", "two owners"),
            ("Etablere en byttecentral for brugte byggematerialer", ["Alle afdelinger"], "Alle afdelinger", 1,
             "2030", "period", "'Alle afdelinger' diffuse; '2030' after the plan period 2026–2029"),
        ],
        "G3": [
            ("Indføre sortering i ti fraktioner på alle skoler og daginstitutioner", ["Børn og Unge"],
             "Børn og Unge", 3, "Skoleåret 2026/27", "period", "'Børn og Unge' is ONE unit (a forvaltning)"),
            ("Uddanne affaldsambassadører blandt medarbejderne på rådhuset", ["HR"], "HR", 2, None, None,
             "EMPTY Tidsramme: no deadline — the priority ●●○ ('igangsættes i 2027' in the key) is a START, "
             "not a deadline"),
            ("Måle madspildet i kantinerne og offentliggøre resultatet", ["Intern Service"], "Intern Service", 1,
             "Hvert efterår", "recurring", "'Hvert efterår' recurring"),
        ],
    }
    goals = [G(f"G{i}", t, focus_area=areas[i - 1][0]) for i, t in enumerate(goals_t, start=1)]
    measures = []
    for gid, its in items.items():
        for k, (text, owners, _po, _pri, when, kind, note) in enumerate(its, start=1):
            measures.append(M(f"M{gid[1:]}.{k}", text, [gid], owners, when, kind,
                              diffuse=tuple(o for o in owners if o.startswith("Alle ")), outside=when == "2030",
                              note=note))
    plan = Plan(
        slug=slug, language="da", title="Handleplan for affald og genanvendelse 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="py",
        focus_areas=list(areas),
        notes="""
reportlab (Liberation Sans, invariant), A4 portrait, running header 'Tvedslund Kommune · Handleplan for affald
og genanvendelse 2026–2029' with a rule and 'Side n'. P. 1: title, approval note, 'Indledning' quoting the
affaldsbekendtgørelse ('Kommunalbestyrelsen skal …' — a national duty, no goal), an 'Affald i tal' table (no
measures) and a shaded PRIORITY KEY: '●●● Høj – igangsættes i 2026 · ●●○ Middel – igangsættes i 2027 · ●○○
Lav – igangsættes, når der er økonomi'. Then three INDSATSSKEMAER, one per indsatsområde (the focus area,
'Indsatsområde n: <name>' in a dark band; gold focus area = the name without the label), each a table whose first row is 'Målsætning: ' + the goal sentence in
bold and whose columns are 'Nr | Indsats | Prioritet | Ansvarlig | Tidsramme'; the PRIORITY cell holds only three
dots, filled or empty ('●●●', '●●○', '●○○'). Gold: goal = the Målsætning sentence ('i 2029' part of it);
measure = the Indsats cell; OWNER = Ansvarlig; DEADLINE = Tidsramme as printed. The priority dots are never
owner or deadline, and the key's start years are STARTS, not deadlines: M3.2 (●●○) with an EMPTY Tidsramme
has no deadline. EMPTY Ansvarlig on M1.4 = no owner. 'Affaldsenheden og Borgerservice', 'Ejendomsafdelingen
og Indkøb' two owners; 'Børn og Unge' one unit; 'Tvedslund Forsyning A/S' one owner; 'Alle afdelinger'
diffuse. '2026', '2. halvår 2027', '2028', 'Skoleåret 2026/27' period; '1. januar 2027' date; 'Løbende'
continuous; 'Hvert kvartal', 'Hvert efterår' recurring; '2030' after 2026–2029. 'Opfølgning' holds no
measures.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    f = bk.reportlab_fonts("LS")
    green = colors.HexColor("#1f5a4c")
    base = ParagraphStyle("b", fontName=f["normal"], fontSize=10, leading=13.5, spaceAfter=5)
    small = ParagraphStyle("s", parent=base, fontSize=9, leading=11.5, spaceAfter=0)
    smallb = ParagraphStyle("sb", parent=small, fontName=f["bold"])
    band = ParagraphStyle("band", parent=base, fontName=f["bold"], fontSize=11, leading=14, textColor=colors.white,
                          spaceAfter=0)
    dots = ParagraphStyle("dots", parent=small, fontSize=11, leading=13, textColor=green)
    h1 = ParagraphStyle("h1", parent=base, fontName=f["bold"], fontSize=14, leading=18, textColor=green,
                        spaceBefore=6, spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=base, fontName=f["bold"], fontSize=11.5, leading=15, textColor=green,
                        spaceBefore=6, spaceAfter=2)
    title = ParagraphStyle("t", parent=base, fontName=f["bold"], fontSize=19, leading=24, textColor=green)
    meta = ParagraphStyle("m", parent=base, fontName=f["italic"], fontSize=9, leading=12)
    story = [Paragraph("TVEDSLUND KOMMUNE", meta), Paragraph(E(plan.title), title),
             Paragraph("Godkendt af Teknik- og Miljøudvalget den 10. marts 2026", meta), Spacer(1, 4 * mm),
             Paragraph("Indledning", h1),
             Paragraph("Handleplanen udmønter kommunens affaldsplan. Den viser, hvad vi gør i 2026–2029 for at "
                       "sortere mere, genbruge mere og brænde mindre af.", base),
             Paragraph("Efter affaldsbekendtgørelsen skal kommunalbestyrelsen hvert sjette år udarbejde en "
                       "affaldsplan, og kommunen skal tilbyde indsamling af ti affaldsfraktioner. Det er "
                       "nationale krav, som handleplanen bygger på.", base)]
    facts = Table([["", "2023", "2025"], ["Genanvendelse af husholdningsaffald", "46 %", "51 %"],
                   ["Restaffald pr. indbygger (kg)", "212", "188"]], colWidths=[80 * mm, 22 * mm, 22 * mm])
    facts.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), f["normal"], 9), ("FONT", (0, 0), (-1, 0), f["bold"], 9),
                               ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dceae6"))]))
    key = Table([[Paragraph("<b>Prioritet</b>   ●●● Høj – igangsættes i 2026   ·   ●●○ Middel – igangsættes i "
                            "2027   ·   ●○○ Lav – igangsættes, når der er økonomi", small)]], colWidths=[170 * mm])
    key.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef5f3")),
                             ("BOX", (0, 0), (-1, -1), 0.6, green), ("TOPPADDING", (0, 0), (-1, -1), 5),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story += [Paragraph("Affald i tal", h2), facts, Spacer(1, 3 * mm),
              Paragraph("Indsatserne står i et indsatsskema for hvert indsatsområde. Prioriteten vises med "
                        "prikker:", base), key, Spacer(1, 2 * mm), Paragraph("Indsatsskemaer", h1)]
    widths = [12 * mm, 72 * mm, 20 * mm, 36 * mm, 30 * mm]
    for gi, gid in enumerate(items, start=1):
        its = items[gid]
        data = [[Paragraph(E(f"Indsatsområde {gi}: {areas[gi - 1][1]}"), band), "", "", "", ""],
                [Paragraph("Målsætning: <b>" + E(goals_t[gi - 1]) + "</b>", small), "", "", "", ""],
                [Paragraph(h, smallb) for h in ("Nr", "Indsats", "Prioritet", "Ansvarlig", "Tidsramme")]]
        for k, (text, _o, po, pri, when, _kind, _n) in enumerate(its, start=1):
            data.append([Paragraph(f"{gi}.{k}", small), Paragraph(E(text), small),
                         Paragraph("●" * pri + "○" * (3 - pri), dots), Paragraph(E(po), small),
                         Paragraph(E(when or ""), small)])
        t = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=0)
        t.setStyle(TableStyle([("SPAN", (0, 0), (-1, 0)), ("SPAN", (0, 1), (-1, 1)),
                               ("BACKGROUND", (0, 0), (-1, 0), green),
                               ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#dceae6")),
                               ("BACKGROUND", (0, 2), (-1, 2), colors.HexColor("#eef5f3")),
                               ("GRID", (0, 1), (-1, -1), 0.4, colors.HexColor("#7fa399")),
                               ("BOX", (0, 0), (-1, -1), 0.6, green),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        story += [KeepTogether([t]), Spacer(1, 5 * mm)]
    story += [Paragraph("Opfølgning", h1),
              Paragraph("Affaldsenheden gør status for handleplanen over for Teknik- og Miljøudvalget hvert år i "
                        "marts. Handleplanen revideres sammen med affaldsplanen.", base)]

    def onpage(canvas, doc):
        w, h = A4
        canvas.saveState()
        canvas.setFont(f["normal"], 8)
        canvas.drawString(20 * mm, h - 12 * mm, "Tvedslund Kommune · " + plan.title)
        canvas.setStrokeColor(green)
        canvas.line(20 * mm, h - 13.5 * mm, w - 20 * mm, h - 13.5 * mm)
        canvas.drawRightString(w - 20 * mm, 10 * mm, f"Side {doc.page}")
        canvas.restoreState()

    pdf = d / f"{slug}.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=16 * mm, title=plan.title, author="Tvedslund Kommune", invariant=1)
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    _gold(plan, pdf)
    return plan, pdf


def _check_prioritet() -> list[str]:
    """The PDF prints ten priority cells of three dots each plus the three in the key, and no priority cell
    holds any other text."""
    slug = "affald-indsatsskema-da"
    txt = "".join(mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf"))
    n = sum(txt.count(p) for p in ("●●●", "●●○", "●○○"))
    return [] if n == 13 else [f"{slug}: {n} three-dot groups, want 13 (10 rows + key)"]


# =========================================================================== 4 English delivery plan (HTML → Chromium)


@plan_builder
def build_air_quality_delivery_en() -> tuple[Plan, Path]:
    """English (UK) DELIVERY PLAN: per priority a big bold PULL-OUT BOX with the goal, then the actions as
    long paragraphs — a bold action sentence, explanation, and at the END the inline labels 'Milestone: Q3
    2027. Owner: …'."""
    slug = "air-quality-delivery-en"
    ht, eh = "Highways and Transport", "Environmental Health"
    areas = [("F1", "Cleaner journeys"), ("F2", "Healthier homes and neighbourhoods"), ("F3", "Working together")]
    goals_t = [
        "Nitrogen dioxide in the Wendlebury Town Centre AQMA will be below the legal limit of 40 µg/m³ by 2028",
        "Fewer residents will breathe smoke from domestic wood burning",
        "Every council service will take air quality into account in its decisions",
    ]
    # (action sentence = measure text, explanation, owners, Owner as printed or None, milestone or None, kind, note)
    items = {
        "G1": [
            ("We will install 40 on-street charge points for electric vehicles in residential streets without "
             "driveways", "This builds on the 2025 pilot in Pellow Road, where the two charge points were in use "
             "70 per cent of the time within six months. Sites will be chosen with residents and ward "
             "councillors, and the first 15 will go where the pilot survey showed most demand.", [ht], ht,
             "Q3 2027", "period", f"'{ht}' is ONE service (its 'and' does not split); the '2025 pilot' in the "
             "body is no deadline"),
            ("We will introduce anti-idling zones outside all 14 primary schools in the AQMA",
             "Signs and school-gate events come first; civil enforcement officers will start to issue fixed "
             "penalty notices from September 2026 if drivers refuse to switch off.", [eh, "Parking Services"],
             f"{eh} and Parking Services", "Q4 2026", "period",
             "two owners; 'from September 2026' in the body is a start, not the milestone"),
            ("We will retime the traffic signals on the A417 corridor to cut queuing at peak hours",
             "The signals are owned by the county council, which has agreed to include the corridor in its next "
             "signal upgrade programme.", ["Wendleshire County Council"], "Wendleshire County Council", "Q1 2030",
             "period", "'Q1 2030' after the plan period 2026–2029"),
            ("We will replace the council's diesel pool cars and vans with electric vehicles as their leases "
             "end", "Around a third of the 46 vehicles are due for renewal in each year of the plan.",
             ["Fleet Services"], "Fleet Services", "Ongoing", "continuous", "'Ongoing' continuous"),
        ],
        "G2": [
            ("We will run a winter campaign on cleaner wood burning, with advice on dry fuel and stove "
             "maintenance", "The campaign uses social media, local radio and leaflets at builders' merchants, "
             "and repeats the 2025 message that wet wood causes most of the smoke.", ["Communications"],
             "Communications", "Every October", "recurring", "'Every October' recurring"),
            ("We will check that wood-fuel sellers in the district are certified under the Ready to Burn scheme",
             "Trading Standards officers from the county will be asked to join the first round of visits.", [],
             "TBC", "Q2 2027", "period", "'Owner: TBC' = no owner"),
            ("We will review the boundaries of the district's smoke control areas",
             "The current orders date from 1974 and do not cover the new estates at Kingsmead and Orton Fields.",
             [eh], eh, None, None, "no 'Milestone:' label at the end: no deadline ('1974' is history)"),
        ],
        "G3": [
            ("We will add an air quality check to the template for all committee and cabinet reports",
             "Report authors will be asked whether the decision changes traffic, heating or construction in "
             "the AQMA, and the answer will be published with the report.", ["All directorates"],
             "All directorates", "Q4 2026", "period", "'All directorates' diffuse"),
            ("We will publish our monitoring results on an online air quality dashboard",
             "The dashboard will show the 38 diffusion tubes and the two automatic monitors, updated every "
             "month.", [eh], eh, "Q1 2027", "period", "'updated every month' in the body is no deadline"),
            ("We will train planning officers to assess air quality in major planning applications",
             "Training will use the institute guidance on air quality and planning and will be repeated when "
             "new officers join.", ["Planning Policy", "Development Management"],
             "Planning Policy and Development Management", "Q3 2026", "period",
             "two owners: 'Planning Policy' and 'Development Management' are two teams"),
        ],
    }
    goals = [G(f"G{i}", t, focus_area=areas[i - 1][0]) for i, t in enumerate(goals_t, start=1)]
    measures = []
    for gid, its in items.items():
        for k, (text, _ex, owners, _po, when, kind, note) in enumerate(its, start=1):
            measures.append(M(f"M{gid[1:]}.{k}", text, [gid], owners, when, kind,
                              diffuse=tuple(o for o in owners if o.startswith("All ")), outside=when == "Q1 2030",
                              note=note))
    plan = Plan(
        slug=slug, language="en", title="Air Quality Delivery Plan 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="html", focus_areas=list(areas),
        notes="""
HTML/CSS → Chromium, A4 portrait, 'Page n of N' in the page margin (CSS @page margin box). Wendlebury District
Council (England). P. 1: council band and title, 'Approved by Cabinet on 15 January 2026', '1 Introduction'
quoting the Environment Act 1995 ('the council must prepare an action plan …' — a legal duty, no goal), a
'Nitrogen dioxide at a glance' table (no measures), a 'How to read this plan' box. '2 Our priorities': per
priority an h3 'Priority n: <name>' (the focus area; gold text without the label), then a PULL-OUT BOX (tinted,
thick left border) with a small 'Our goal' label and the goal sentence in BIG BOLD type (gold goal = that
sentence), then the actions as LONG PARAGRAPHS: a bold action sentence ('We will …'), one or two sentences of
explanation, and at the END of the paragraph the inline labels '<b>Milestone:</b> Q3 2027. <b>Owner:</b> …'.
Gold: measure = the bold action sentence as printed (with its 'We will', without the full stop and without the
explanation); OWNER = the text after 'Owner:'; DEADLINE = the text after 'Milestone:' ('Q3 2027' = a calendar
quarter, as the reading box says; kind period). Dates inside the explanation ('the 2025 pilot', 'from
September 2026', 'date from 1974', 'updated every month') are never deadlines. 'Owner: TBC' = no owner
(error). M2.3 has no 'Milestone:' label = no deadline (error). 'Highways and Transport' ONE service;
'Environmental Health and Parking Services', 'Planning Policy and Development Management' two owners each;
'All directorates' diffuse; 'Wendleshire County Council' one (external) owner. 'Ongoing' continuous; 'Every
October' recurring; 'Q1 2030' after 2026–2029. '3 Monitoring and reporting' (reports every June, the Annual
Status Report) holds no measures.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    teal = "#0b5563"
    parts = []
    for gi, gid in enumerate(items, start=1):
        parts.append(f'<section class="priority"><h3>Priority {gi}: {E(areas[gi - 1][1])}</h3>'
                     f'<div class="goal"><span class="label">Our goal</span><p>{E(goals_t[gi - 1])}</p></div>')
        for text, ex, _o, po, when, _k, _n in items[gid]:
            tail = []
            if when:
                tail.append(f"<b>Milestone:</b> {E(when)}.")
            if po:
                tail.append(f"<b>Owner:</b> {E(po)}.")
            parts.append(f'<p class="action"><b>{E(text)}.</b> {E(ex)} {" ".join(tail)}</p>')
        parts.append("</section>")
    html = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{E(plan.title)}</title>
<style>
@page {{ size: A4; margin: 16mm 17mm 18mm 17mm;
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; color: #555; }}
  @bottom-left {{ content: "Wendlebury District Council · Air Quality Delivery Plan 2026–2029";
    font: 8pt 'Liberation Sans'; color: #555; }} }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; line-height: 1.42; color: #1d1d1d;
  margin: 0; }}
.band {{ background: {teal}; color: #fff; padding: 9px 14px; font-size: 10pt; font-weight: bold;
  letter-spacing: .04em; }}
h1 {{ font-size: 22pt; color: {teal}; margin: 12px 0 2px; }}
.approved {{ font-style: italic; color: #444; margin: 0 0 10px; }}
h2 {{ font-size: 14pt; color: {teal}; margin: 16px 0 6px; border-bottom: 1.5px solid {teal}; padding-bottom: 2px; }}
h3 {{ font-size: 12pt; color: {teal}; margin: 14px 0 6px; break-after: avoid; }}
table.facts {{ border-collapse: collapse; margin: 4px 0 8px; font-size: 9pt; }}
table.facts th, table.facts td {{ border: 1px solid #9bb; padding: 3px 8px; text-align: left; }}
table.facts th {{ background: #e3eef0; }}
.howto {{ background: #f2f2f2; border: 1px solid #ccc; padding: 6px 10px; font-size: 9.5pt; margin: 8px 0; }}
.goal {{ background: #e6f1f3; border-left: 7px solid {teal}; padding: 8px 14px 10px; margin: 6px 0 10px;
  break-inside: avoid; break-after: avoid; }}
.goal .label {{ display: block; font-size: 8pt; text-transform: uppercase; letter-spacing: .08em; color: {teal};
  font-weight: bold; }}
.goal p {{ font-size: 17pt; line-height: 1.22; font-weight: bold; color: #0a3d47; margin: 3px 0 0; }}
p.action {{ margin: 0 0 8px; text-align: justify; break-inside: avoid; }}
</style></head><body>
<div class="band">WENDLEBURY DISTRICT COUNCIL</div>
<h1>{E(plan.title)}</h1>
<p class="approved">Approved by Cabinet on 15 January 2026</p>
<h2>1 Introduction</h2>
<p>Traffic on the A417 and wood burning in homes are the main local sources of air pollution in Wendlebury. In
2019 we declared the Wendlebury Town Centre Air Quality Management Area (AQMA) because nitrogen dioxide was above
the national objective along the high street and the ring road.</p>
<p>Under Part IV of the Environment Act 1995, where an AQMA has been declared the council must prepare an action
plan setting out how it will improve air quality there. This delivery plan is that action plan for 2026–2029.</p>
<table class="facts"><tr><th>Nitrogen dioxide at a glance (annual mean, µg/m³)</th><th>2023</th><th>2025</th></tr>
<tr><td>High Street, Wendlebury</td><td>46</td><td>43</td></tr>
<tr><td>Ring Road at Station Approach</td><td>42</td><td>41</td></tr>
<tr><td>District average (all tubes)</td><td>24</td><td>22</td></tr></table>
<div class="howto"><b>How to read this plan.</b> Each priority starts with the goal we want to reach, shown in a
box. The actions follow as paragraphs. At the end of each action we give its milestone — the calendar quarter
by which it will be done (Q1 = January to March) — and the service that owns it.</div>
<h2>2 Our priorities</h2>
{"".join(parts)}
<h2>3 Monitoring and reporting</h2>
<p>Environmental Health reports progress to the Overview and Scrutiny Committee every June and to the
government in the Annual Status Report. The plan will be reviewed in 2029, or earlier if the AQMA can be
revoked.</p>
</body></html>
"""
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf)
    return plan, pdf


def _check_delivery() -> list[str]:
    """Every action paragraph in the HTML ends with its inline labels (Milestone before Owner) and the PDF prints
    'Page 1 of' and three 'Our goal' labels."""
    import re

    slug = "air-quality-delivery-en"
    src = (OUT / slug / f"{slug}.html").read_text(encoding="utf-8")
    acts = re.findall(r'<p class="action">(.*?)</p>', src, re.S)
    bad = []
    if len(acts) != 10:
        bad.append(f"{slug}: {len(acts)} action paragraphs, want 10")
    for a in acts:
        tail = a[-90:]
        if "<b>Milestone:</b>" in a and a.index("<b>Milestone:</b>") < len(a) - 120:
            bad.append(f"{slug}: Milestone label not at the end: {a[:40]!r}")
        if "<b>Owner:</b>" not in tail:
            bad.append(f"{slug}: Owner label not at the end: {a[:40]!r}")
    txt = "".join(mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf"))
    if "page1of" not in txt or txt.count("ourgoal") != 3:
        bad.append(f"{slug}: page footer or 'Our goal' labels missing")
    return bad


# =========================================================================== verify / main


LAYOUT_CHECKS: dict[str, callable] = {
    "spredt-avlop-saksframlegg-nb": _check_saksframlegg,
    "brannforebygging-kalender-nn": _check_kalender,
    "affald-indsatsskema-da": _check_prioritet,
    "air-quality-delivery-en": _check_delivery,
}


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page) plus one layout fact per plan."""
    return mb3.verify(slug) + LAYOUT_CHECKS.get(slug, lambda: [])()


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify)


if __name__ == "__main__":
    main(sys.argv[1:])
