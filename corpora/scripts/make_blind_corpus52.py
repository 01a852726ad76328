"""Build the fifty-second batch of blind authored plans (corpora/authored/<slug>/), four layout forms no earlier
batch holds: a bokmål improvement plan for building-permit handling written as a LEAN A3 REPORT — one A3 landscape
sheet with a title bar (eier, team, veileder, versjon) and numbered boxes (1 Bakgrunn … 7 Standardisering), the goals
in box 3, the ROOT CAUSES in box 4 grouped under the goals they block, and the countermeasure table in box 5 that
names a ROOT CAUSE (R1–R4), not a goal (python-docx → LibreOffice Writer); a nynorsk plan for pupils living in
lodgings (hybelbuarar) drawn as a CUSTOMER JOURNEY MAP (brukarreise): phases as columns, rows 'Det eleven gjer /
Det elevane seier / Stemninga / Smertepunkt / Slik vil vi ha det / Tiltak', the goal of each phase in its 'Slik vil
vi ha det' cell and the tiltak with 'Ansvar: … · Når: …' lines in the phase's Tiltak cell (odfpy .odt → LibreOffice
Writer, landscape); a Swedish reuse plan that is a DIGITAL WHITEBOARD exported frame by frame: sticky notes — pink
goals with dot votes, yellow actions with a small blue 'Ansvar' note and a green 'När' note stuck on them, a struck
note, a parking lot and questions (reportlab); an English online-services delivery plan attached to a cabinet
report as a JIRA ISSUE EXPORT (printable view): epics = objectives, stories and tasks = actions linked by 'Epic
Link', Assignee = lead, Due = deadline in Jira's '30/Jun/55' form, Reporter and Created as traps (HTML → Chromium,
landscape).

    python corpora/scripts/make_blind_corpus52.py              # every plan
    python corpora/scripts/make_blind_corpus52.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus52.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus52.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings (as in batch 1), gold writer and the odfpy writer
`Odt` from make_blind_corpus.py, the pdftotext check from make_blind_corpus3.py, the whole-text check on pdftotext
-raw from make_blind_corpus34.py, the row helper `_odt_rows_unsplit` from make_blind_corpus37.py, the
editorial-leftover appender `_leftovers` from make_blind_corpus41.py and `_measures` from make_blind_corpus49.py
(imported, not copied). Written blind: the author read no code under plancheck/, bench/, tests/, rules/ or docs/
and did not run plancheck. Gold files carry `held_out: true`.
"""

from __future__ import annotations

import html as _h
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _docx_helpers as dh  # noqa: E402
import blindkit as bk  # noqa: E402
import make_blind_corpus as mb  # noqa: E402
import make_blind_corpus3 as mb3  # noqa: E402
import make_blind_corpus34 as mb34  # noqa: E402
import make_blind_corpus37 as mb37  # noqa: E402
import make_blind_corpus41 as mb41  # noqa: E402
import make_blind_corpus49 as mb49  # noqa: E402
from make_blind_corpus import G, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus52.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731
PATTERNS = ("*.docx", "*.odt", "*.html", "*.pdf", "*.gold.yaml")


def _gold(plan: Plan, pdf: Path, *, leftovers: tuple[str, ...] = (), **kw) -> Path:
    """make_blind_corpus49._gold (pdftotext pages, leftovers appended) with this builder's name in the header."""
    path = bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)
    if leftovers:
        mb41._leftovers(path, pdf, leftovers)
    return path


# =========================================================================== 1 bokmål Lean A3 report (python-docx)

NB_SLUG = "byggesak-a3-rapport-nb"
NB_TITLE = "A3 – Raskere og riktigere byggesaksbehandling 2052–2053"
NB_GOALS = [
    ("G1", "Komplette byggesøknader skal være behandlet innen fristene i plan- og bygningsloven"),
    ("G2", "Vedtakene skal være riktige første gang, slik at færre blir opphevet eller endret etter klage"),
    ("G3", "Søkerne skal vite hvor saken deres står og når de kan vente svar"),
    ("G4", "Saksbehandlerne skal ha en forutsigbar arbeidsmengde uten jevnlig overtid"),
]
# root causes grouped under the goal they block (box 4); the countermeasures (box 5) name the root cause
NB_CAUSES = [
    ("G1", "Hvorfor blir ikke fristene holdt?", [
        ("R1", "Halvparten av søknadene kommer inn uten alle vedlegg, og saken står stille til søkeren svarer."),
        ("R2", "Nye saker blir liggende i felles innboks i opptil ti dager før de fordeles."),
    ]),
    ("G2", "Hvorfor blir vedtak opphevet?", [
        ("R3", "Saksbehandlerne skriver vedtak ulikt, og nyansatte har lite erfaring med dispensasjonssaker."),
    ]),
    ("G3", "Hvorfor vet ikke søkerne hvor saken står?", [
        ("R4", "Søkerne får ingen melding mellom mottak og vedtak, og nettsiden viser ikke behandlingstid."),
    ]),
    ("G4", "Hvorfor er arbeidsmengden ujevn?", [
        ("R5", "Høyt sykefravær og mange saker i vårmånedene gir topper som de andre må ta."),
    ]),
]
NB_LEFTOVER = "[legg inn tall for 2051 når KOSTRA er klar – Siv]"
CAUSE_GOAL = {r: g for g, _q, rs in NB_CAUSES for r, _t in rs}
# (id, nr, Mottiltak, root cause, Ansvarlig as printed, owners, Frist as printed or None, kind, note, status)
NB_ROWS = [
    ("T1", "1", "Legge ut en sjekkliste for komplett søknad på nettsiden og i søknadsveiviseren", "R1",
     "Byggesaksleder", ["Byggesaksleder"], "Uke 12 2052", "period", "a WEEK number as deadline", "◑"),
    ("T2", "2", "Ringe søkeren samme uke når en søknad mangler dokumentasjon", "R1", "Alle saksbehandlere",
     ["Alle saksbehandlere"], "Fra uke 6 2052", "period", "'Alle saksbehandlere' diffuse", "●"),
    ("T3", "3", "Fordele nye saker på et fast tavlemøte", "R2", "Byggesaksleder", ["Byggesaksleder"],
     "Hver mandag", "recurring", "recurring", "●"),
    ("T4", "4", "Ta i bruk automatisk mottakskvittering og fordeling i fagsystemet", "R2",
     "Fagleder byggesak / IKT", ["Fagleder byggesak", "IKT"], "2. kvartal 2052", "period",
     "two owners joined by '/'", "◔"),
    ("T5", "5", "Lage vedtaksmaler for de ti vanligste sakstypene", "R3", "", [], "31.03.52", "date",
     "empty Ansvarlig cell: no owner; two-digit year", "◑"),
    ("T6", "6", "Innføre kollegaveiledning før vedtak i alle dispensasjonssaker", "R3",
     "Jurist og byggesaksleder", ["Jurist", "byggesaksleder"], "Løpende", "continuous", "two owners; continuous",
     "◑"),
    ("T7", "7", "Gi nyansatte saksbehandlere et opplæringsprogram i plan- og bygningsloven", "R3",
     "Byggesaksleder", ["Byggesaksleder"], "Innen sommeren 2052", "period", "", "○"),
    ("T8", "8", "Publisere gjennomsnittlig behandlingstid for byggesaker på nettsiden", "R4",
     "Kommunikasjonsrådgiver", ["Kommunikasjonsrådgiver"], None, None, "empty Frist cell: no deadline", "○"),
    ("T9", "9", "Sende søkeren en statusmelding på SMS når saken er fordelt og når vedtak er fattet", "R4",
     "Servicetorget", ["Servicetorget"], "Høst 2052", "period", "", "◔"),
    ("T10", "10", "Gå over til digital byggesøknad for alle tiltak", "R4", "IKT", ["IKT"], "2054", "period",
     "'2054' after the A3 period 2052–2053", "○"),
]


def _nb_cell_table(cell, doc, widths, rows, *, head_fill="D9E2F3", size=8.5):
    """A Word table nested in a layout cell (as A3 templates hold them), header row shaded and repeated."""
    t = cell.add_table(rows=0, cols=len(widths))
    t.style = doc.styles["Table Grid"]
    dh.set_table_layout(t, widths)
    for i, r in enumerate(rows):
        row = dh.add_row(t, r, widths, size=size, bold=i == 0, fill=head_fill if i == 0 else None)
        if i == 0:
            dh.set_repeat_header(row)
        dh.set_cant_split(row)
    dh.para(cell, "", size=3, space_after=0)
    return t


@plan_builder
def build_byggesak_a3_rapport_nb() -> tuple[Plan, Path]:
    """Bokmål improvement plan (python-docx → LibreOffice Writer) as a LEAN A3 REPORT on one A3 landscape sheet: a
    title bar, two columns of numbered boxes; goals in box 3, root causes under the goals in box 4, the
    countermeasure table (Nr | Mottiltak | Rotårsak | Ansvarlig | Frist | Status) in box 5 linked by root cause."""
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    slug = NB_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    measures = mb49._measures([(r[0], r[1], r[2], CAUSE_GOAL[r[3]], *r[4:9]) for r in NB_ROWS], 2053)
    plan = Plan(slug=slug, language="nb", title=NB_TITLE, period=(2052, 2053),
                goals=[G(g, t) for g, t in NB_GOALS], measures=measures, source_ext="docx", notes=NB_NOTES)
    doc = dh.new_document(font="Liberation Sans", size=9, margins_mm=12, heading_color="000000")
    mb.docx_lang(doc, "nb-NO")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(420), Mm(297)
    sec.header_distance = Mm(6)
    sec.footer_distance = Mm(6)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Rimstad kommune · Plan og byggesak · A3-mal for forbedringsarbeid (Lean), versjon 2.1").font.size = \
        Pt(7)

    # ---- title bar
    tw = [170, 60, 60, 50, 56]
    t = dh.new_table(doc, tw)
    dh.add_row(t, ["Tittel", "Eier", "Team", "Veileder", "Dato / versjon"], tw, size=7.5, bold=True, fill="1F3864")
    for c in t.rows[0].cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.font.color.rgb = __import__("docx.shared", fromlist=["RGBColor"]).RGBColor(0xFF, 0xFF, 0xFF)
    dh.add_row(t, [f"**{NB_TITLE}**", "Kommunalsjef samfunnsutvikling Tor Aune",
                   "Siv Haugerud (byggesaksleder), Jon Brekke, Amina Yusuf, Per Ivar Lunde, Hilde Rø (Servicetorget)",
                   "Kari Moe, kvalitetsrådgiver", "14.01.2052 / versjon 3"], tw, size=9)
    dh.para(doc, "", size=4, space_after=0)

    # ---- two columns of boxes
    lw = [196, 200]
    lay = dh.new_table(doc, lw, style=None)
    dh.set_table_borders(lay, none=True)
    row = dh.add_row(lay, ["", ""], lw, size=9)
    left, right = row.cells

    def box(cell, title, first=False):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        p.text = ""
        r = p.add_run(title)
        r.bold = True
        r.font.size = Pt(10.5)
        r.font.color.rgb = __import__("docx.shared", fromlist=["RGBColor"]).RGBColor(0x1F, 0x38, 0x64)
        p.paragraph_format.space_before = Pt(0 if first else 8)
        p.paragraph_format.space_after = Pt(3)
        dh._para_border(p, "bottom", sz=12, color="1F3864")
        return p

    def text(cell, s, **kw):
        kw.setdefault("size", 9)
        kw.setdefault("space_after", 3)
        return dh.para(cell, s, **kw)

    box(left, "1  Bakgrunn – hvorfor jobber vi med dette?", first=True)
    text(left, "Rimstad har hatt sterk vekst i boligbyggingen, og antallet byggesaker har økt med en tredjedel på "
               "fem år. Kommunen har fått mange klager på lang behandlingstid, og i 2051 ble kommunen trukket i "
               "gebyr for sju saker som ikke ble behandlet innen fristen.")
    text(left, "Etter plan- og bygningsloven § 21-7 skal søknader om tillatelse behandles innen tolv uker, og "
               "enklere søknader innen tre uker. Blir fristen overskredet, skal gebyret reduseres. Fristene er "
               "lovkrav og gjelder uansett hva denne A3-en kommer fram til.", italic=True)
    box(left, "2  Nåsituasjon")
    ns = [["Måling (2051)", "Resultat"],
          ["Gjennomsnittlig behandlingstid, saker med 3 ukers frist", "29 dager"],
          ["Gjennomsnittlig behandlingstid, saker med 12 ukers frist", "61 dager"],
          ["Andel søknader som var komplette ved mottak", "48 %"],
          ["Vedtak opphevet eller endret av statsforvalteren", "9 av 41 klagesaker"],
          ["Antall byggesaker totalt", NB_LEFTOVER]]
    _nb_cell_table(left, doc, [150, 42], ns)
    text(left, "Prosesskartlegging 3. desember 2051 viste 14 overleveringer og 5 venteposisjoner fra søknaden kommer "
               "inn til vedtaket blir sendt.", size=8.5, italic=True)
    box(left, "3  Mål – dette vil vi oppnå innen utgangen av 2053")
    for i, (_g, gt) in enumerate(NB_GOALS, 1):
        text(left, f"**Mål {i}:** {gt}.", space_after=2)
    ind = [["Indikator", "I dag", "Målverdi", "Måles"],
           ["Behandlingstid, 3 ukers frist", "29 dager", "under 21 dager", "månedlig"],
           ["Andel komplette søknader", "48 %", "80 %", "kvartalsvis"],
           ["Omgjøringer etter klage", "22 %", "under 10 %", "årlig"],
           ["Overtidstimer i byggesak", "410 t", "under 150 t", "tertialvis"]]
    _nb_cell_table(left, doc, [82, 34, 40, 36], ind)
    box(left, "4  Årsaksanalyse (5 x hvorfor)")
    for gid, q, causes in NB_CAUSES:
        n = int(gid[1:])
        text(left, f"**Mål {n} – {q}**", space_after=1)
        for r, ct in causes:
            p = text(left, f"{r}\t{ct}", space_after=1)
            p.paragraph_format.left_indent = Mm(9)
            p.paragraph_format.first_line_indent = Mm(-9)
            p.paragraph_format.tab_stops.add_tab_stop(Mm(9))

    box(right, "5  Mottiltak – hva gjør vi, hvem og når?", first=True)
    text(right, "Hvert mottiltak angriper en rotårsak fra boks 4. Status: ○ ikke startet  ◔ planlagt  ◑ i gang  "
                "● gjennomført", size=8.5, italic=True)
    mt = [["Nr", "Mottiltak", "Rotårsak", "Ansvarlig", "Frist", "Status"]]
    for (_id, nr, txt, r, who, _o, when, _k, _n, st) in NB_ROWS:
        mt.append([nr, txt, r, who, when or "", st])
    _nb_cell_table(right, doc, [9, 86, 17, 38, 30, 14], mt, size=8.5)
    text(right, "R5 har ingen mottiltak i denne A3-en. Sykefraværet følges opp i sektorens HMS-handlingsplan, og "
                "tiltak for å jevne ut saksmengden vurderes når vi ser effekten av tiltak 1–4.", size=8.5)
    box(right, "6  Oppfølging – slik sjekker vi at det virker")
    for s in ("Tavlemøte hver mandag kl. 08.30: status på tiltakene og nye saker.",
              "Behandlingstiden måles hver måned og vises på tavla.",
              "Gevinstrealisering: ny måling av alle indikatorene 31.03.2053, lagt fram for kommunalsjefen.",
              "Statusrapport til formannskapet i juni 2052 og juni 2053."):
        p = text(right, "•\t" + s, space_after=1)
        p.paragraph_format.left_indent = Mm(5)
        p.paragraph_format.first_line_indent = Mm(-5)
    box(right, "7  Standardisering og læring")
    text(right, "Når et mottiltak har virket i tre måneder, skrives det inn i kvalitetssystemet som fast rutine. "
                "Erfaringene deles med oppmåling og plan i felles fagdag høsten 2053.")
    text(right, "Godkjent av eier: ______________________   Dato: ____________", size=8.5, space_before=10)
    for par in doc.paragraphs:
        for r in par.runs:
            if r.font.size is None:
                r.font.size = Pt(9)
    dh.set_core_properties(doc, title=NB_TITLE, author="Rimstad kommune")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, leftovers=(NB_LEFTOVER,))
    return plan, pdf


NB_NOTES = """
python-docx → LibreOffice Writer, ONE A3 LANDSCAPE SHEET (420 × 297 mm), Liberation Sans 9 pt, Rimstad kommune (Plan
og byggesak): an improvement plan written as a LEAN A3 REPORT. Footer names the template ('A3-mal for
forbedringsarbeid (Lean), versjon 2.1'). TITLE BAR table 'Tittel | Eier | Team | Veileder | Dato / versjon': 'Eier:
Kommunalsjef samfunnsutvikling Tor Aune' owns the A3, not its measures; the team members and the coach
('Veileder') are no owners; '14.01.2052 / versjon 3' no deadline. Then two columns of NUMBERED BOXES with ruled
headings. Left: '1 Bakgrunn' (growth, fee reductions in 2051; pbl § 21-7 'skal behandles innen tolv uker … tre
uker' quoted in italics: a national duty, no goal, no deadline), '2 Nåsituasjon' (a table of 2051 figures whose
last cell is '[legg inn tall for 2051 når KOSTRA er klar – Siv]' = EDITORIAL LEFTOVER; the process-mapping note),
'3 Mål – dette vil vi oppnå innen utgangen av 2053': 'Mål 1:'–'Mål 4:' + sentence = the GOALS (without the label and
the final '.'); the INDICATOR table under them ('under 21 dager', '80 %', 'månedlig') = targets, no goals, no
measures, no deadlines. '4 Årsaksanalyse (5 x hvorfor)': per goal a bold question 'Mål n – Hvorfor …?' and the
ROOT CAUSES 'R1'–'R5' under it (no goals, no measures). Right: '5 Mottiltak – hva gjør vi, hvem og når?', a status
key (○ ◔ ◑ ●), then the COUNTERMEASURE TABLE 'Nr | Mottiltak | Rotårsak | Ansvarlig | Frist | Status' = the
MEASURES. A measure names its ROOT CAUSE, not its goal: the GOAL LINK is the goal the root cause stands under in box
4 (R1, R2 → Mål 1; R3 → Mål 2; R4 → Mål 3). 'R5 har ingen mottiltak i denne A3-en … følges opp i sektorens
HMS-handlingsplan' → Mål 4 has NO MEASURE (a deferral to another plan). '6 Oppfølging' (board meeting 'hver mandag
kl. 08.30', benefit measurement '31.03.2053', reports to the formannskap 'juni 2052 og juni 2053') = follow-up
process, no measures, no deadlines. '7 Standardisering og læring' (a conditional routine, a shared day 'høsten 2053')
and an empty signature line: no measures. OWNERS = Ansvarlig as printed ('Byggesaksleder', 'Kommunikasjonsrådgiver',
'Servicetorget', 'IKT' one each; 'Fagleder byggesak / IKT' and 'Jurist og byggesaksleder' two each; 'Alle
saksbehandlere' diffuse; measure 5 empty = none). DEADLINES = Frist as printed ('Uke 12 2052' and 'Fra uke 6 2052'
WEEK NUMBERS, '2. kvartal 2052', 'Innen sommeren 2052', 'Høst 2052' periods; '31.03.52' date with a two-digit year;
'Hver mandag' recurring; 'Løpende' continuous; '2054' after 2052–2053; measure 8 empty = none). 'samme uke' in
measure 2's text is part of the measure, not its deadline. Status symbols are no deadlines.
"""


# =========================================================================== 2 nynorsk customer journey map (odfpy)

NN_SLUG = "hybelbuarar-brukarreise-nn"
NN_TITLE = "Handlingsplan for hybelbuarar 2053–2056"
# phases: (goal id, phase head, what the pupil does, quote, mood, pain points, goal = 'Slik vil vi ha det')
NN_PHASES = [
    ("G1", "1 Før skulestart\n(mai–august)",
     "Får skuleplass, leitar etter hybel, flyttar heimanfrå for første gong.",
     "«Eg visste ikkje kven eg skulle ringje då vasken var tett.»", "Spent og litt redd",
     ["Vanskeleg å finne godkjende hyblar", "Lite kunnskap om husleige, mat og rekningar"],
     "Nye hybelbuarar skal vere godt førebudde på å bu åleine før skulestart"),
    ("G2", "2 Dei første vekene",
     "Startar på skulen, blir kjend i bygda, handlar og lagar mat sjølv.",
     "«Dei første helgane var eg heilt åleine.»", "Einsam, mykje nytt",
     ["Kjenner ingen utanom klassen", "Veit ikkje kva tilbod som finst"],
     "Hybelbuarane skal kjenne seg velkomne og ha minst éin vaksen å gå til"),
    ("G3", "3 Kvardagen på hybel",
     "Går på skule, trenar, er på hybelen om kveldane.",
     "«Det er lite å finne på etter klokka seks.»", "Greitt, men kjedeleg i lengda",
     ["Få møteplassar om kvelden", "Helsetenestene er vanskelege å nå"],
     "Hybelbuarane skal ha ein meiningsfull fritid og lett tilgang til helsetenester"),
    ("G4", "4 Når det blir tungt",
     "Slit med heimlengt, skulearbeid eller økonomi, har fråvær.",
     "«Ingen merka noko før eg hadde vore borte i tre veker.»", "Låg",
     ["Fråvær blir oppdaga seint", "Ingen å ringje i helgane"],
     "Hybelbuarar som slit, skal bli fanga opp tidleg og få hjelp raskt"),
    ("G5", "5 Heimreise i helgane",
     "Reiser heim til familien fredag og tilbake søndag.",
     "«Bussen går berre to gonger i helga.»", "Gledar seg heim",
     ["Få avgangar", "Dyrt for dei som bur lengst unna"],
     "Hybelbuarane skal kunne reise heim kvar helg på ein trygg og rimeleg måte"),
]
NN_LEFTOVER = "[sett inn tal frå Vigo – Oddny]"
# (id, nr, Tiltak, goal, Ansvar as printed, owners, Når as printed or None, kind, note)
NN_ROWS = [
    ("T1", "1.1", "Sende velkomstbrev med kontaktliste og hybelguide til alle nye hybelbuarar", "G1",
     "Orrefjord vidaregåande skule", ["Orrefjord vidaregåande skule"], "Juni kvart år", "recurring", "recurring"),
    ("T2", "1.2", "Lage ei oversikt over godkjende hyblar på nettsida til kommunen", "G1", "Eigedomskontoret",
     ["Eigedomskontoret"], "1.3.2054", "date", ""),
    ("T3", "1.3", "Halde hybelkurs i matlaging, økonomi og husarbeid før skulestart", "G1",
     "Frivilligsentralen og NAV Orrefjord", ["Frivilligsentralen", "NAV Orrefjord"], "August 2053", "period",
     "two owners"),
    ("T4", "2.1", "Gi kvar hybelbuar ein fast kontaktlærar som tek ein samtale med eleven dei to første vekene",
     "G2", "Orrefjord vidaregåande skule", ["Orrefjord vidaregåande skule"], "Skuleåret 2053/54", "period",
     "'dei to første vekene' is part of the measure, not its deadline"),
    ("T5", "2.2", "Invitere hybelbuarane til ein velkomstkveld på ungdomsklubben", "G2", "Kulturkontoret",
     ["Kulturkontoret"], None, None, "an 'Ansvar:' line without 'Når': no deadline"),
    ("T6", "3.1", "Halde ungdomsklubben open to ekstra kveldar i veka", "G3", "Kulturkontoret og Ungdomsrådet",
     ["Kulturkontoret", "Ungdomsrådet"], "Haust 2054", "period", "two owners"),
    ("T7", "3.2", "Tilby samtale med helsesjukepleiar utan timebestilling kvar tysdag", "G3",
     "Helsestasjon for ungdom", ["Helsestasjon for ungdom"], "Løpande", "continuous",
     "continuous; 'kvar tysdag' is part of the measure; ALSO named in phase 4 ('Sjå òg tiltak 3.2') → goals G3 and G4"),
    ("T8", "3.3", "Skaffe vaksne kontaktpersonar (hybelfadrar) i nærmiljøet", "G3", "", [], "2055", "period",
     "'Ansvar: ikkje avklart' = no owner"),
    ("T9", "4.1", "Lage ein felles rutine for å følgje opp hybelbuarar med høgt fråvær", "G4",
     "Alle som arbeider med ungdom", ["Alle som arbeider med ungdom"], "1.10.2053", "date",
     "'Alle som arbeider med ungdom' diffuse"),
    ("T10", "4.2", "Opprette ein vakttelefon for hybelbuarar i helgane", "G4", "NAV Orrefjord", ["NAV Orrefjord"],
     "2057", "period", "'2057' after the plan period 2053–2056"),
]
NN_EXTRA = {"G4": "Sjå òg tiltak 3.2.",
            "G5": "Skuleskyss og ungdomskort er fylkeskommunen sitt ansvar og ligg utanfor denne planen. "
                  "Innspela frå elevane er sende vidare til Skjerdal fylkeskommune."}


@plan_builder
def build_hybelbuarar_brukarreise_nn() -> tuple[Plan, Path]:
    """Nynorsk handlingsplan (odfpy → LibreOffice Writer, A4 landscape) drawn as a CUSTOMER JOURNEY MAP: p. 1
    introduction, figures and a reading key; then one wide table with the five phases as columns and the rows
    'Det eleven gjer / Det elevane seier / Stemninga / Smertepunkt / Slik vil vi ha det / Tiltak'."""
    slug = NN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    measures = mb49._measures(NN_ROWS, 2056)
    for m in measures:
        if m.id == "T7":
            m.goals = ["G3", "G4"]
    plan = Plan(slug=slug, language="nn", title=NN_TITLE, period=(2053, 2056),
                goals=[G(g, t, find="Hybelbuarar som slit" if g == "G4" else None) for g, *_r, t in NN_PHASES], measures=measures, source_ext="odt", notes=NN_NOTES)
    o = mb.Odt(font="Liberation Sans", size=10, lang="nn", country="NO", landscape=True, margin_cm=1.5,
               header="Orrefjord kommune · Handlingsplan for hybelbuarar 2053–2056 · Brukarreise",
               footer_text="Side")
    o.style("Kicker", size=9.5, bold=True, color="#b5541b", after=0.1)
    o.style("Sub", size=10.5, italic=True, after=0.35)
    o.style("Quote", size=12, italic=True, color="#b5541b", before=0.2, after=0.05)
    o.style("Who", size=9, color="#555555", after=0.3)
    o.style("CellQ", size=8.5, italic=True, after=0.05)
    o.style("CellG", size=8.5, bold=True, color="#1b5e20", after=0.05)
    o.style("CellS", size=7.5, color="#444444", after=0.12)
    o.p("ORREFJORD KOMMUNE · OPPVEKST OG KULTUR", "Kicker")
    o.p(NN_TITLE, "Title")
    o.p("Vedteken av hovudutval for oppvekst og kultur 6. mai 2053, sak 19/53", "Sub")
    o.h("Om planen", 2)
    o.p("Kvart år flyttar om lag 60 ungdomar frå heile regionen til Orrefjord for å gå på vidaregåande skule. Dei "
        "fleste er 16 år og bur åleine for første gong. Planen er laga saman med tjue hybelbuarar, som fortalde "
        "om skuleåret sitt i to verkstader hausten 2052. Det dei fortalde, er sett opp som ei brukarreise.")
    o.p("Etter opplæringslova har fylkeskommunen ansvaret for den vidaregåande skulen, og kommunen har ansvaret for "
        "helsetenester og fritidstilbod til alle som bur i kommunen. Planen samlar det kommunen og skulen gjer "
        "saman.")
    o.h("Dette seier tala", 2)
    o.table([14.0, 6.0], [["Hybelbuarar i Orrefjord", "Tal"],
                          ["Elevar ved Orrefjord vidaregåande skule", "312"],
                          ["Av dei bur på hybel", "64"],
                          ["Hybelbuarar som slutta i løpet av skuleåret 2051/52", NN_LEFTOVER],
                          ["Hybelbuarar som seier dei ofte er einsame (Ungdata 2052)", "38 %"]],
            header_fill="#f6e3d6")
    o.p("«Det beste var då nokon frå klubben spurde om eg ville vere med på fjellturen.»", "Quote")
    o.p("– Hybelbuar, 17 år, på verkstaden i november 2052", "Who")
    o.h("Slik les du brukarreisa", 2)
    o.p("Kolonnane er fasane i skuleåret til ein hybelbuar. Radene viser kva eleven gjer, kva elevane sa på "
        "verkstadene, korleis dei har det og kva som er vanskeleg. Raden «Slik vil vi ha det» er målet for fasen. "
        "Under «Tiltak» står det vi skal gjere, kven som har ansvaret og når.")
    o.style("MapHead", size=14, bold=True, color="#23466e", after=0.25)
    from odf.style import ParagraphProperties

    for st_el in o.doc.automaticstyles.childNodes:
        if getattr(st_el, "getAttribute", None) and st_el.qname[1] == "style" and \
                st_el.getAttribute("name") == o.styles["MapHead"]:
            for pp in st_el.getElementsByType(ParagraphProperties):
                pp.setAttribute("breakbefore", "page")
    o.p("Brukarreisa – eit skuleår på hybel", "MapHead")
    w = [2.6, 4.78, 4.78, 4.78, 4.78, 4.78]
    rows = [["", *[ph[1] for ph in NN_PHASES]],
            ["**Det eleven gjer**", *[ph[2] for ph in NN_PHASES]],
            ["**Det elevane seier**", *[f"__{ph[3]}__" for ph in NN_PHASES]],
            ["**Stemninga**", *[ph[4] for ph in NN_PHASES]],
            ["**Smertepunkt**", *["\n".join("– " + s for s in ph[5]) for ph in NN_PHASES]],
            ["**Slik vil vi ha det**", *[f"**{ph[6]}**" for ph in NN_PHASES]]]
    cells = []
    for ph in NN_PHASES:
        g = ph[0]
        parts = []
        for (_id, nr, txt, gg, who, _o, when, _k, _n) in NN_ROWS:
            if gg != g:
                continue
            parts.append(f"**{nr}** {txt}")
            meta = []
            if _id == "T8":
                meta.append("Ansvar: ikkje avklart")
            elif who:
                meta.append(f"Ansvar: {who}")
            if when:
                meta.append(f"Når: {when}")
            parts.append(" · ".join(meta))
        if g in NN_EXTRA:
            parts.append(NN_EXTRA[g])
        cells.append(parts)
    rows.append(["**Tiltak**", *["\n\n".join(p) for p in cells]])
    t = o.table(w, rows, header_rows=1, header_fill="#b5541b",
                fills={5: "#e8f5e9", 6: "#fbf3ec"})
    # header row text in white; the goal row in the green style; 'Ansvar/Når' lines small and grey
    o.style("HeadWhite", size=9, bold=True, color="#ffffff", after=0.05)
    from odf.namespaces import TEXTNS
    from odf.table import TableHeaderRows, TableRow
    from odf.text import P

    for hr in t.getElementsByType(TableHeaderRows):
        for para in hr.getElementsByType(P):
            para.setAttrNS(TEXTNS, "style-name", o.styles["HeadWhite"])
    body_rows = [r for r in t.getElementsByType(TableRow)][1:]
    for para in body_rows[4].getElementsByType(P)[1:]:
        para.setAttrNS(TEXTNS, "style-name", o.styles["CellG"])
    for para in body_rows[5].getElementsByType(P):
        s = "".join(str(x) for x in para.childNodes)
        if s.startswith(("Ansvar:", "Når:")):
            para.setAttrNS(TEXTNS, "style-name", o.styles["CellS"])
    mb37._odt_rows_unsplit(o, t)
    o.h("Oppfølging", 2)
    o.p("Hovudutvalet får ein status kvar vår. Hybelbuarane blir inviterte til ein ny verkstad hausten 2055, og "
        "brukarreisa blir oppdatert med det dei fortel. Kontaktperson: Oddny Hatlevik, rådgjevar oppvekst.")
    src = d / f"{slug}.odt"
    o.save(src, title=NN_TITLE, author="Orrefjord kommune")
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, leftovers=(NN_LEFTOVER,))
    return plan, pdf


NN_NOTES = """
odfpy .odt → LibreOffice Writer, A4 LANDSCAPE, Liberation Sans, Orrefjord kommune (oppvekst og kultur): the
handlingsplan drawn as a CUSTOMER JOURNEY MAP (brukarreise), running header, footer 'Side n'. P. 1: kicker, title,
adoption line ('6. mai 2053, sak 19/53': no deadline), 'Om planen' (60 pupils a year, two workshops; opplæringslova:
the county's duty for the school, the municipality's for health and leisure = another body's duty, no goal), 'Dette
seier tala' table whose third row is '[sett inn tal frå Vigo – Oddny]' = EDITORIAL LEFTOVER, a pupil's pull quote (no
goal), 'Slik les du brukarreisa' (the key: columns = phases, the row 'Slik vil vi ha det' = the phase's goal, 'Tiltak'
= what we do, who and when). Then ONE WIDE TABLE: header row = five PHASES ('1 Før skulestart (mai–august)', '2 Dei
første vekene', '3 Kvardagen på hybel', '4 Når det blir tungt', '5 Heimreise i helgane': no goals, no deadlines —
'mai–august' names when the phase happens); rows 'Det eleven gjer' (description), 'Det elevane seier' (pupils'
QUOTES in italics: no goals), 'Stemninga' (mood), 'Smertepunkt' (dash lists of pain points = challenges), 'Slik vil
vi ha det' (green bold sentence = the GOAL of the phase, one per column) and 'Tiltak': in each phase's cell the
numbered MEASURES '1.1 …' (bold number, text = MEASURE without the number, linked to the goal of its COLUMN), each
followed by a small grey line 'Ansvar: … · Når: …'. Phase 4's cell ends 'Sjå òg tiltak 3.2.' → measure 3.2 serves
BOTH G3 and G4. Phase 5 has NO MEASURE: 'Skuleskyss og ungdomskort er fylkeskommunen sitt ansvar og ligg utanfor
denne planen' (another body's duty; goal without measures). 3.3's line is 'Ansvar: ikkje avklart · Når: 2055' = NO
OWNER; 2.2's line has only 'Ansvar: Kulturkontoret' = NO DEADLINE. OWNERS = after 'Ansvar:' ('Orrefjord vidaregåande
skule', 'Eigedomskontoret', 'Kulturkontoret', 'Helsestasjon for ungdom', 'NAV Orrefjord' one each; 'Frivilligsentralen
og NAV Orrefjord', 'Kulturkontoret og Ungdomsrådet' two each; 'Alle som arbeider med ungdom' diffuse). DEADLINES =
after 'Når:' ('August 2053', 'Skuleåret 2053/54', 'Haust 2054', '2055' periods; '1.3.2054', '1.10.2053' dates; 'Juni
kvart år' recurring; 'Løpande' continuous; '2057' after 2053–2056). 'dei to første vekene' (2.1) and 'kvar tysdag'
(3.2) are parts of the measures. 'Oppfølging' (status every spring, a new workshop 'hausten 2055', contact person):
process, no measures.
"""


# =========================================================================== 3 Swedish digital whiteboard (reportlab)

SV_SLUG = "aterbruk-whiteboard-sv"
SV_TITLE = "Handlingsplan för återbruk och delning 2054–2056"
SV_GOALS = [
    ("G1", "Kommunens verksamheter ska återanvända möbler och inventarier innan de köper nytt", 7),
    ("G2", "Invånarna ska enkelt kunna låna, hyra och laga saker i stället för att köpa nytt", 9),
    ("G3", "Mindre mat ska slängas i kommunens kök och matsalar", 5),
    ("G4", "Återbruk ska vara ett krav i kommunens upphandlingar där det är möjligt", 4),
]
SV_LEFTOVER = "TODO: siffra matsvinn 2053 från Kostenheten"
# (id, nr, note text, goal, Ansvar note as printed, owners, När note as printed or None, kind, note)
SV_ROWS = [
    ("A1", "", "Starta en intern återbruksportal för möbler och inventarier", "G1", "Fastighetsavdelningen",
     ["Fastighetsavdelningen"], "Q1 2055", "period", ""),
    ("A2", "", "Inventera möbellagret i gamla Myrbackaskolan", "G1", "Lokalvård + Fastighetsavdelningen",
     ["Lokalvård", "Fastighetsavdelningen"], "HT 2054", "period", "two owners joined by '+'"),
    ("A3", "", "Kolla portalen före varje nytt möbelinköp", "G1", "Alla förvaltningar", ["Alla förvaltningar"],
     None, None, "no green 'När' note: no deadline; 'Alla förvaltningar' diffuse"),
    ("A4", "", "Öppna en lånebod med sport- och fritidsutrustning i biblioteket", "G2", "Kultur och fritid",
     ["Kultur och fritid"], "2054-10-01", "date", "ISO date; 'Kultur och fritid' is one unit"),
    ("A5", "", "Ordna reparationskafé på biblioteket", "G2", "Kultur och fritid", ["Kultur och fritid"],
     "En lördag i månaden", "recurring", "recurring"),
    ("A6", "", "Låna ut verktyg och släpvagn på återvinningscentralen", "G2", "", [], "Före sommaren 2055",
     "period", "no blue 'Ansvar' note: no owner"),
    ("A7", "", "Väga matsvinnet i alla skolkök", "G3", "Kostenheten", ["Kostenheten"], "Varje vår", "recurring",
     "recurring"),
    ("A8", "", "Sälja överbliven mat från tillagningsköken via app", "G3", "Kostenheten", ["Kostenheten"], "2057",
     "period", "'2057' after the plan period 2054–2056"),
    ("A9", "", "Ta fram en checklista för återbruk i upphandling", "G4", "Upphandlingsenheten",
     ["Upphandlingsenheten"], "2055-03-31", "date", "ISO date"),
    ("A10", "", "Utbilda beställare i återbrukskrav", "G4", "Upphandlingsenheten + HR",
     ["Upphandlingsenheten", "HR"], "Löpande", "continuous", "two owners; continuous"),
]
SV_STRUCK = ("Köpa en egen lastbil för möbelflytt", "G1", "Stryks – för dyrt. /Lena")


@plan_builder
def build_aterbruk_whiteboard_sv() -> tuple[Plan, Path]:
    """Swedish handlingsplan (reportlab) that IS a DIGITAL WHITEBOARD exported frame by frame (two A3 landscape
    pages): frame 1 background, facts, the four goals on pink notes with dot votes, a parking lot and questions;
    frame 2 one column per goal, yellow action notes with a small blue 'Ansvar' note and a green 'När' note stuck on
    them, one struck-through note."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A3, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    slug = SV_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(slug=slug, language="sv", title=SV_TITLE, period=(2054, 2056),
                goals=[G(g, t) for g, t, _v in SV_GOALS], measures=mb49._measures(SV_ROWS, 2056), source_ext="pdf",
                notes=SV_NOTES)
    f = bk.reportlab_fonts("LS")
    W, H = landscape(A3)
    pdf = d / f"{slug}.pdf"
    c = Canvas(str(pdf), pagesize=(W, H), invariant=1)
    c.setTitle(SV_TITLE)
    c.setAuthor("Ljungmarks kommun")
    ink = HexColor("#1d1d1d")
    grey = HexColor("#6b6b6b")
    col = {"pink": "#ffc1d9", "yellow": "#fff59d", "blue": "#a7dcf5", "green": "#c5e8a3", "white": "#ffffff",
           "grey": "#e6e6e6", "orange": "#ffd59e"}
    st = lambda name, **kw: ParagraphStyle(name, fontName=kw.pop("font", f["normal"]), **kw)  # noqa: E731

    def note(x, y_top, w, h, text, colour, *, size=11, label=None, author=None, bold=False, pad_right=8):
        """A sticky note: square with a soft shadow, its text wrapped inside."""
        c.setFillColor(HexColor("#d0d0d0"))
        c.rect(x + 2.5, y_top - h - 2.5, w, h, stroke=0, fill=1)
        c.setFillColor(HexColor(col[colour]))
        c.rect(x, y_top - h, w, h, stroke=0, fill=1)
        y = y_top - 8
        if label:
            c.setFillColor(grey)
            c.setFont(f["bold"], 7.5)
            c.drawString(x + 8, y - 6, label)
            y -= 14
        par = Paragraph(E(text), st(f"n{x}{y}", font=f["bold"] if bold else f["normal"], fontSize=size,
                                    leading=size * 1.22, textColor=ink))
        _w, ph = par.wrap(w - 8 - pad_right, h)
        par.drawOn(c, x + 8, y - ph)
        if author:
            c.setFillColor(grey)
            c.setFont(f["italic"], 6.5)
            c.drawRightString(x + w - 6, y_top - h + 5, author)

    def frame(title, n):
        c.setFillColor(HexColor("#f4f4f1"))
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setStrokeColor(HexColor("#bdbdbd"))
        c.setLineWidth(1)
        c.setFillColor(HexColor("#ffffff"))
        c.rect(24, 34, W - 48, H - 78, stroke=1, fill=1)
        c.setFillColor(ink)
        c.setFont(f["bold"], 11)
        c.drawString(24, H - 34, title)
        c.setFillColor(grey)
        c.setFont(f["normal"], 7.5)
        c.drawString(24, 16, "Tavla: Återbruk och delning – handlingsplan · Ljungmarks kommun · exporterad "
                             "2054-04-03 09:41 av Lena Strand")
        c.drawRightString(W - 24, 16, f"Ram {n} av 2")

    def text_block(x, y_top, w, text, *, size=10.5, font=None, colour=ink):
        par = Paragraph(E(text), st(f"t{x}{y_top}", font=font or f["normal"], fontSize=size, leading=size * 1.3,
                                    textColor=colour))
        _w, ph = par.wrap(w, 600)
        par.drawOn(c, x, y_top - ph)
        return ph

    # ---- frame 1: why and where to
    frame("1. Varför och vart? – workshop 12 mars 2054", 1)
    x0, top = 48, H - 66
    c.setFillColor(ink)
    c.setFont(f["bold"], 21)
    c.drawString(x0, top - 26, SV_TITLE)
    h = text_block(x0, top - 44, 520,
                   "Den här tavlan ÄR handlingsplanen. Den togs fram på workshopen den 12 mars 2054 med "
                   "representanter för alla förvaltningar och beslutades i kommunledningsgruppen den 2 april 2054. "
                   "Planen uppdateras direkt här på tavlan.", size=10.5)
    text_block(x0, top - 44 - h - 8, 520,
               "Färgkod: rosa = mål · gul = åtgärd · blå = ansvar · grön = när · orange = parkering · vit = fakta. "
               "Prickarna är röster från workshopen.", size=9, colour=grey)
    # facts (white notes)
    c.setFillColor(ink)
    c.setFont(f["bold"], 13)
    c.drawString(x0, top - 158, "Nuläge")
    facts = [("Ca 3 400 ton grovavfall lämnades på ÅVC 2053", None),
             ("Kommunen köpte möbler för 6,1 mnkr 2053", None),
             ("Matsvinn i skolköken: " + SV_LEFTOVER, None),
             ("Avfallsplanen säger att kommunen ska minska mängden avfall per invånare med 20 % till 2060", None)]
    for i, (t, _a) in enumerate(facts):
        note(x0 + i * 138, top - 170, 126, 112, t, "white", size=9.5)
    # goals (pink notes with dot votes)
    gx = 660
    c.setFillColor(ink)
    c.setFont(f["bold"], 13)
    c.drawString(gx, top - 4, "Mål 2056")
    for i, (_gid, gt, votes) in enumerate(SV_GOALS):
        xx = gx + (i % 2) * 250
        yy = top - 16 - (i // 2) * 190
        note(xx, yy, 200, 150, gt, "pink", size=12, label=f"MÅL {i + 1}", bold=True, author="Workshopgrupp "
             + "ABCD"[i])
        c.setFillColor(HexColor("#e53935"))
        for v in range(votes):
            c.circle(xx + 210 + (v % 2) * 12, yy - 8 - (v // 2) * 12, 4.5, stroke=0, fill=1)
    # parking lot and questions
    py = top - 400
    c.setFillColor(ink)
    c.setFont(f["bold"], 13)
    c.drawString(x0, py, "Parkering – tas inte med nu")
    for i, t in enumerate(("Pantsystem för kaffekoppar på kommunhuset", "Bytesdag för personalen varje höst",
                           "Återbruksbutik i centrum tillsammans med Stadsmissionen")):
        note(x0 + i * 150, py - 12, 136, 96, t, "orange", size=10)
    c.setFillColor(ink)
    c.setFont(f["bold"], 13)
    c.drawString(gx, py, "Frågor att reda ut")
    for i, t in enumerate(("Vem äger återbruksportalen efter 2056?", "Får vi låna ut saker utan avtal?")):
        note(gx + i * 170, py - 12, 150, 96, t, "grey", size=10)
    c.showPage()

    # ---- frame 2: actions per goal
    frame("2. Åtgärder – vem gör vad och när?", 2)
    colw = (W - 48 - 40) / 4
    for i, (gid, _gt, _v) in enumerate(SV_GOALS):
        cx = 44 + i * colw
        c.setFillColor(HexColor(col["pink"]))
        c.rect(cx, H - 100, colw - 24, 40, stroke=0, fill=1)
        c.setFillColor(ink)
        c.setFont(f["bold"], 12)
        c.drawString(cx + 8, H - 86, f"MÅL {i + 1}")
        c.setFont(f["normal"], 8)
        c.drawString(cx + 8, H - 97, "(se ram 1)")
        mine = [r for r in SV_ROWS if r[3] == gid]
        y = H - 120
        items = [(r[2], r[4], r[6]) for r in mine]
        if gid == SV_STRUCK[1]:
            items.append((SV_STRUCK[0], None, None))
        for txt, who, when in items:
            nw, nh = colw - 80, 92
            note(cx, y, nw, nh, txt, "yellow", size=11, pad_right=45)
            if txt == SV_STRUCK[0]:
                c.setStrokeColor(HexColor("#d32f2f"))
                c.setLineWidth(2.5)
                c.line(cx + 4, y - 18, cx + nw - 4, y - 18)
                c.line(cx + 4, y - 4, cx + nw - 4, y - nh + 4)
                note(cx + nw - 30, y - nh + 18, 110, 44, SV_STRUCK[2], "white", size=8)
            if who:
                note(cx + nw - 35, y - 18, 105, 36, "Ansvar: " + who, "blue", size=7.5)
            if when:
                note(cx + nw - 35, y - 58, 105, 30, "När: " + when, "green", size=7.5)
            y -= nh + 26
    c.showPage()
    c.save()
    _gold(plan, pdf, leftovers=(SV_LEFTOVER,))
    return plan, pdf


SV_NOTES = """
reportlab, two A3 LANDSCAPE pages, Liberation Sans, Ljungmarks kommun: the handlingsplan IS A DIGITAL WHITEBOARD
exported FRAME BY FRAME (one frame per page, grey board around a white frame, frame title top left, footer 'Tavla:
… exporterad 2054-04-03 09:41 av Lena Strand' and 'Ram n av 2': no owner, no deadline). Everything is STICKY NOTES
(square coloured notes with a shadow) placed freely, no table. FRAME 1 'Varför och vart? – workshop 12 mars 2054':
the title, a text block 'Den här tavlan ÄR handlingsplanen … beslutades i kommunledningsgruppen den 2 april 2054'
(adoption: no deadline), a COLOUR KEY 'rosa = mål · gul = åtgärd · blå = ansvar · grön = när · orange = parkering ·
vit = fakta'; 'Nuläge' white notes (facts; the avfallsplan's 'ska minska … med 20 % till 2060' = another plan's
goal, quoted: no goal of this plan; 'Matsvinn i skolköken: TODO: siffra matsvinn 2053 från Kostenheten' = EDITORIAL
LEFTOVER); 'Mål 2056': four PINK notes 'MÅL n' + sentence = the GOALS (text without the label), each with red DOT
VOTES and a group label 'Workshopgrupp A' (no owners); 'Parkering – tas inte med nu' ORANGE notes = ideas NOT taken
into the plan (no measures); 'Frågor att reda ut' grey notes (questions, no measures; 'efter 2056' no deadline).
FRAME 2 'Åtgärder – vem gör vad och när?': four columns headed by a pink band 'MÅL n (se ram 1)' (the goal by number
only); under each, YELLOW notes = the MEASURES (linked to the goal of their column), each with a small BLUE note
'Ansvar: …' and a GREEN note 'När: …' stuck over its right edge. One yellow note in column 1 'Köpa en egen lastbil för
möbelflytt' is STRUCK THROUGH in red with a white note 'Stryks – för dyrt. /Lena' = NOT a measure. OWNERS = the blue
note after 'Ansvar:' ('Fastighetsavdelningen', 'Kultur och fritid' (one unit), 'Kostenheten', 'Upphandlingsenheten'
one each; 'Lokalvård + Fastighetsavdelningen', 'Upphandlingsenheten + HR' two each, joined by '+'; 'Alla
förvaltningar' diffuse); 'Låna ut verktyg och släpvagn …' has NO blue note = no owner. DEADLINES = the green note
after 'När:' ('Q1 2055', 'HT 2054', 'Före sommaren 2055' periods; '2054-10-01', '2055-03-31' dates; 'En lördag i
månaden', 'Varje vår' recurring; 'Löpande' continuous; '2057' after 2054–2056); 'Kolla portalen före varje nytt
möbelinköp' has NO green note = no deadline.
"""


# =========================================================================== 4 English Jira issue export (Chromium)

EN_SLUG = "online-services-jira-export-en"
EN_TITLE = "Online Services Delivery Plan 2055–2057"
# epics: (goal id, key, Epic Name, Summary = the objective, status, created)
EN_EPICS = [
    ("E1", "OSP-1", "Find it online", "Residents can find and complete the council's most used services online, "
     "first time", "In Progress", "12/Oct/54"),
    ("E2", "OSP-2", "Accessible by default", "Every council web page and online form can be used by disabled "
     "residents and meets the accessibility regulations", "In Progress", "12/Oct/54"),
    ("E3", "OSP-3", "Help when you need it", "Residents who cannot use online services get help by phone or face to "
     "face", "To Do", "12/Oct/54"),
    ("E4", "OSP-4", "Joined-up back office", "Staff can resolve requests without re-keying information between "
     "systems", "To Do", "12/Oct/54"),
    ("E5", "OSP-5", "Out of hours answers", "Residents can get answers to simple questions outside office hours",
     "Backlog", "19/Jan/55"),
]
EN_LEFTOVER = "[check Cabinet date with Democratic Services – DW]"
# (id, key, Summary, epic, Assignee as printed, owners, Due as printed or None, kind, note, type, status, reporter,
#  created)
EN_ROWS = [
    ("A1", "OSP-6", "Rebuild the missed bin and bulky waste forms on the new forms platform", "E1", "Priya Sandhu",
     ["Priya Sandhu"], "30/Jun/55", "date", "Jira date form dd/Mon/yy", "Story", "In Progress", "Dan Whitlow",
     "14/Oct/54"),
    ("A2", "OSP-7", "Add online payment to the resident parking permit form", "E1", "Tom Oakes", ["Tom Oakes"],
     "31/Mar/56", "date", "", "Story", "To Do", "Dan Whitlow", "14/Oct/54"),
    ("A3", "OSP-8", "Publish a single Report it page for street problems", "E1", "Unassigned", [], "30/Sep/55",
     "date", "'Unassigned': no owner", "Story", "To Do", "Dan Whitlow", "02/Nov/54"),
    ("A4", "OSP-9", "Carry out an accessibility audit of the 40 most used forms", "E2", "Rhiannon Price",
     ["Rhiannon Price"], "31/Jan/56", "date", "", "Task", "In Progress", "Dan Whitlow", "14/Oct/54"),
    ("A5", "OSP-10", "Replace PDF-only forms on the website with accessible online forms", "E2", "Rhiannon Price",
     ["Rhiannon Price"], None, None, "empty Due: no deadline", "Story", "To Do", "Rhiannon Price", "20/Oct/54"),
    ("A6", "OSP-11", "Publish an accessibility statement for each online service", "E2", "Priya Sandhu",
     ["Priya Sandhu"], "31/Dec/58", "date", "'31/Dec/58' (2058) after the plan period 2055–2057", "Task", "To Do",
     "Dan Whitlow", "14/Oct/54"),
    ("A7", "OSP-12", "Train library staff as digital champions", "E3", "Grace Mensah", ["Grace Mensah"],
     "31/Oct/55", "date", "", "Story", "Done", "Dan Whitlow", "14/Oct/54"),
    ("A8", "OSP-13", "Offer a call-back service for residents who get stuck in an online form", "E3",
     "Mark Ellery", ["Mark Ellery"], "30/Apr/56", "date", "", "Story", "To Do", "Grace Mensah", "09/Dec/54"),
    ("A9", "OSP-14", "Connect the forms platform to the waste management system", "E4", "Tom Oakes", ["Tom Oakes"],
     "31/Dec/55", "date", "", "Task", "In Progress", "Dan Whitlow", "14/Oct/54"),
    ("A10", "OSP-15", "Move council tax and benefits enquiries into case management on the forms platform", "E4",
     "Unassigned", [], None, None, "'Unassigned' and empty Due: no owner, no deadline", "Story", "Backlog",
     "Dan Whitlow", "19/Jan/55"),
    ("A11", "OSP-16", "Set up one sign-in account for residents across online services", "E1", "Dan Whitlow",
     ["Dan Whitlow"], "30/Jun/57", "date", "the product owner (Reporter of most issues) is its Assignee",
     "Story", "To Do", "Dan Whitlow", "14/Oct/54"),
]
EN_CSS = """
@page { size: A4 landscape; margin: 12mm 10mm 14mm 10mm; }
body { margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8.6pt; color: #172b4d; }
.app { font-size: 8pt; color: #6b778c; border-bottom: 1px solid #dfe1e6; padding-bottom: 1.5mm; margin-bottom: 3mm; }
.cover { border: 1px solid #c1c7d0; background: #f4f5f7; padding: 2.5mm 3.5mm; margin-bottom: 4mm; font-size: 9pt; }
.cover p { margin: 0 0 1.5mm; line-height: 1.3; }
.cover .ap { font-weight: bold; font-size: 10pt; }
h1 { font-size: 14pt; margin: 0 0 1mm; font-weight: normal; }
.meta { font-size: 8pt; color: #5e6c84; margin-bottom: 1mm; }
.jql { font-family: 'Liberation Mono', monospace; font-size: 7.6pt; background: #f4f5f7; border: 1px solid #dfe1e6;
  padding: 1mm 2mm; margin: 1.5mm 0 3mm; }
table { border-collapse: collapse; width: 100%; }
th { background: #f4f5f7; text-align: left; font-size: 7.8pt; color: #5e6c84; border-bottom: 2px solid #dfe1e6;
  padding: 1.2mm 1.5mm; }
td { border-bottom: 1px solid #dfe1e6; padding: 1.2mm 1.5mm; vertical-align: top; }
tr { break-inside: avoid; }
tr.epic td { background: #f3f0ff; }
.type { font-size: 7.4pt; font-weight: bold; }
.t-epic { color: #6554c0; } .t-story { color: #36b37e; } .t-task { color: #0065ff; }
.key { color: #0052cc; white-space: nowrap; }
.st { font-size: 7pt; font-weight: bold; text-transform: uppercase; padding: 0.3mm 1mm; border-radius: 2px;
  white-space: nowrap; }
.st-todo, .st-backlog { background: #dfe1e6; color: #42526e; } .st-inprogress { background: #deebff; color: #0747a6; }
.st-done { background: #e3fcef; color: #006644; }
.nw { white-space: nowrap; }
.un { color: #6b778c; font-style: italic; }
.foot { margin-top: 4mm; font-size: 7.5pt; color: #6b778c; }
"""


@plan_builder
def build_online_services_jira_export_en() -> tuple[Plan, Path]:
    """English delivery plan (HTML → Chromium, A4 landscape) attached to a cabinet report as a JIRA ISSUE EXPORT
    (printable view): a short appendix note, the filter name, 'Displaying 16 issues at …', the JQL, one issue table
    'T | Key | Summary | Epic Name | Epic Link | Assignee | Reporter | Status | Created | Due', the generator line."""
    slug = EN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    measures = mb49._measures(EN_ROWS, 2057)
    for m in measures:
        if m.id == "A6":
            m.outside = True  # '31/Dec/58': the two-digit year 58 is 2058
    plan = Plan(slug=slug, language="en", title=EN_TITLE, period=(2055, 2057),
                goals=[G(g, s) for g, _k, _n, s, _st, _c in EN_EPICS], measures=measures, source_ext="html",
                notes=EN_NOTES)
    epic_name = {g: n for g, _k, n, _s, _st, _c in EN_EPICS}

    def status(s):
        return f'<span class="st st-{s.lower().replace(" ", "")}">{E(s)}</span>'

    rows = []
    for _g, key, name, summ, st, created in EN_EPICS:
        rows.append(f'<tr class="epic"><td class="type t-epic">Epic</td><td class="key">{key}</td><td>{E(summ)}</td>'
                    f'<td>{E(name)}</td><td></td><td class="un">Unassigned</td><td class="nw">Dan Whitlow</td>'
                    f'<td>{status(st)}</td><td class="nw">{created}</td><td class="nw"></td></tr>')
    for (_id, key, summ, g, who, _o, due, _k, _n, typ, st, rep, created) in EN_ROWS:
        who_html = f'<span class="un">{E(who)}</span>' if who == "Unassigned" else E(who)
        rows.append(f'<tr><td class="type t-{typ.lower()}">{typ}</td><td class="key">{key}</td><td>{E(summ)}</td>'
                    f'<td></td><td>{E(epic_name[g])}</td><td class="nw">{who_html}</td><td class="nw">{E(rep)}</td>'
                    f'<td>{status(st)}</td><td class="nw">{created}</td><td class="nw">{due or ""}</td></tr>')
    n = len(EN_EPICS) + len(EN_ROWS)
    cover = (
        '<div class="cover"><p class="ap">Appendix B – Online Services Delivery Plan 2055–2057</p>'
        "<p>Report to Cabinet: <i>Online Services Strategy 2055–2057</i>, Farrowby Borough Council, meeting of 15 "
        f"February 2055 {E(EN_LEFTOVER)}.</p>"
        "<p>The delivery plan is kept in the Digital Team's Jira project OSP and changes as work is planned. This "
        "appendix is an export of the plan on 3 February 2055. Each <b>epic</b> is one of the strategy's objectives; "
        "the <b>stories and tasks</b> linked to it are the actions. The <b>assignee</b> leads the action and the "
        "<b>due date</b> is when it should be finished. Progress is reported to the Digital Board every two months "
        "and to Cabinet once a year.</p>"
        "<p>The Public Sector Bodies Accessibility Regulations 2018 require the council's website and forms to be "
        "accessible; that duty applies whatever this plan says.</p></div>"
    )
    html = (
        f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{E(EN_TITLE)}</title>'
        f"<style>{EN_CSS}</style></head><body>"
        '<div class="app">Farrowby Borough Council Jira · Issue Navigator · Printable</div>'
        + cover
        + f"<h1>{E(EN_TITLE)} (Cabinet version)</h1>"
        + f'<div class="meta">Displaying {n} issues at 03/Feb/55 9:12 AM.</div>'
        + '<div class="jql">project = OSP AND issuetype in (Epic, Story, Task) AND labels = cabinet-plan ORDER BY '
          "key ASC</div>"
        + "<table><thead><tr><th>T</th><th>Key</th><th>Summary</th><th>Epic Name</th><th>Epic Link</th>"
          "<th>Assignee</th><th>Reporter</th><th>Status</th><th>Created</th><th>Due</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table>"
        + '<div class="foot">Generated at Fri Feb 03 09:12:44 GMT 2055 by Dan Whitlow using Jira 11.4.2.</div>'
        + "</body></html>\n"
    )
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf, leftovers=(EN_LEFTOVER,))
    return plan, pdf


EN_NOTES = """
HTML → Chromium, A4 LANDSCAPE, Liberation Sans, Farrowby Borough Council (England), Digital Team: the delivery plan
as APPENDIX B to a cabinet report, printed from JIRA's PRINTABLE ISSUE VIEW. Top: the app line 'Farrowby Borough
Council Jira · Issue Navigator · Printable'; a grey APPENDIX NOTE ('Report to Cabinet … meeting of 15 February 2055
[check Cabinet date with Democratic Services – DW]' = EDITORIAL LEFTOVER; how to read it: epic = objective, stories
and tasks = actions, assignee leads, due date = when finished; reporting every two months / once a year = process;
the Accessibility Regulations 2018 'require' = a national duty, no goal). Then the FILTER NAME as heading, 'Displaying
16 issues at 03/Feb/55 9:12 AM.' (no deadline), the JQL in monospace, and ONE TABLE 'T | Key | Summary | Epic Name |
Epic Link | Assignee | Reporter | Status | Created | Due' (header repeated on each page, rows whole). EPIC rows
(type 'Epic', shaded) = the GOALS: the goal is the SUMMARY (the long sentence); 'Epic Name' is its short name, used
by the action rows' 'Epic Link'. STORY / TASK rows = the MEASURES (Summary), each linked to the epic whose Epic Name
its Epic Link cell repeats. OWNER = Assignee (a person: 'Priya Sandhu', 'Tom Oakes', 'Rhiannon Price', 'Grace
Mensah', 'Mark Ellery', 'Dan Whitlow'); 'Unassigned' = NO OWNER (OSP-8, OSP-15); the epics' 'Unassigned' is no
measure's. REPORTER (who typed the issue in) is NEVER the owner. DEADLINE = Due in Jira's 'dd/Mon/yy' form
('30/Jun/55' = 30 June 2055; all dates); empty Due = none (OSP-10, OSP-15); '31/Dec/58' (OSP-11) = 2058, after
2055–2057. CREATED dates ('14/Oct/54') and Status ('To Do', 'In Progress', 'Done', 'Backlog') are no deadlines;
a 'Done' action is still an action of the plan. Epic OSP-5 'Out of hours answers' (Backlog) has NO linked action =
goal without measures. The generator line 'Generated at Fri Feb 03 09:12:44 GMT 2055 by Dan Whitlow …' is page
chrome.
"""


# =========================================================================== checks


def _layout_facts(slug: str) -> list[str]:
    """One set of layout facts per plan, read back from the PDF: the A3 report is one A3 landscape page with boxes
    1–7 and no goal printed in the countermeasure table; the journey map has landscape pages and the phase header
    row on every page the table runs over; the whiteboard has two A3 landscape pages, every goal only on p. 1, the
    'Ansvar:' notes only on p. 2; the Jira export has landscape pages, the header row on every page and 16 keys."""
    import pdfplumber

    pdf = OUT / slug / f"{slug}.pdf"
    pages = mb3.pdftotext_pages(pdf)
    sq = mb3._squash
    text = "".join(pages)
    bad = []
    with pdfplumber.open(str(pdf)) as doc:
        sizes = [(round(float(p.width)), round(float(p.height))) for p in doc.pages]
    if slug == NB_SLUG:
        if sizes != [(1191, 842)]:
            bad.append(f"{slug}: not one A3 landscape page: {sizes}")
        for n, word in enumerate(("Bakgrunn", "Nåsituasjon", "Mål", "Årsaksanalyse", "Mottiltak", "Oppfølging",
                                  "Standardisering"), 1):
            if sq(f"{n} {word}") not in text:
                bad.append(f"{slug}: box {n} {word!r} not printed")
    if slug == NN_SLUG:
        if any(w < h for w, h in sizes):
            bad.append(f"{slug}: not landscape: {sizes}")
        table_pages = [i for i, p in enumerate(pages) if sq("Smertepunkt") in p or sq("Ansvar:") in p]
        for i in table_pages:
            if sq("1 Før skulestart") not in pages[i]:
                bad.append(f"{slug}: the phase header not repeated on p. {i + 1}")
    if slug == SV_SLUG:
        if len(sizes) != 2 or any(s != (1191, 842) for s in sizes):
            bad.append(f"{slug}: not two A3 landscape pages: {sizes}")
        for _g, t, _v in SV_GOALS:
            if sq(t)[:40] not in pages[0] or sq(t)[:40] in pages[1]:
                bad.append(f"{slug}: goal {t[:30]!r} not only on p. 1")
        if sq("Ansvar:") in pages[0] or pages[1].count(sq("Ansvar:")) != 9:
            bad.append(f"{slug}: not nine 'Ansvar:' notes, all on p. 2")
    if slug == EN_SLUG:
        if any(w < h for w, h in sizes):
            bad.append(f"{slug}: not landscape: {sizes}")
        for i, p in enumerate(pages):
            if sq("OSP-") in p and sq("AssigneeReporterStatus") not in p:
                bad.append(f"{slug}: header row not repeated on p. {i + 1}")
        keys = {f"OSP-{k}" for k in range(1, 17)}
        if any(sq(k) not in text for k in keys):
            bad.append(f"{slug}: not all 16 keys printed")
    return bad


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page), batch 34's whole-text check on content order and the layout facts."""
    return mb3.verify(slug) + mb34._whole_text_raw(slug) + _layout_facts(slug)


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify, patterns=PATTERNS)


if __name__ == "__main__":
    main(sys.argv[1:])
