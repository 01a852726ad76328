"""Build the twelfth batch of blind authored plans (corpora/authored/<slug>/), in layouts not yet in
the corpus: a bokmål handlingsplan whose measure table is a GOAL × MEASURE CROSS MATRIX (goal numbers
as columns, 'X' where a measure serves a goal; the goals defined only in the chapter before), a Danish
landscape handleplan printed from a web page whose column headers are ROTATED (written bottom-to-top),
an English (UK) council plan whose action table runs over a page break with a '(continued)' band and a
repeated header, lead officers as ROLE ABBREVIATIONS explained in a key and target dates as QUARTERS,
and a nynorsk plan whose one owner/deadline column holds 'ABBREVIATION (deadline)' with the
abbreviations explained in a footnote under the table.

    python corpora/scripts/make_blind_corpus12.py              # every plan
    python corpora/scripts/make_blind_corpus12.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus12.py --verify     # check gold against the PDFs

Same method as the earlier blind builders (plan data classes, findings derivation, gold writer,
Chromium printer, Odt writer and LibreOffice export reused from make_blind_corpus.py, the pdftotext
check from make_blind_corpus3.py): each plan is written here as data and rendered by the tool a
municipality would use; the gold file is written from the same data, only the page numbers are looked
up in the PDF text. Gold files carry `held_out: true` and were committed before plancheck was run on
the documents.

Deterministic: fixed zip times, core/meta properties, PDF dates and IDs.
"""

from __future__ import annotations

import html as _h
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

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus12.py")


def _measures(tree, *, diffuse_words=()) -> tuple[list[G], list[M]]:
    """Goals and measures from [(goal, [(text, printed owner, owners, deadline, kind, outside, note, ...)])]."""
    goals, measures = [], []
    for gi, (gtext, rows) in enumerate(tree, start=1):
        goals.append(G(f"G{gi}", gtext))
        for k, row in enumerate(rows, start=1):
            text, _p, owners, when, kind, outside, note = row[:7]
            diffuse = tuple(o for o in owners if o in diffuse_words)
            measures.append(M(f"M{gi}.{k}", text, [f"G{gi}"], owners, when, kind, diffuse=diffuse,
                              outside=outside, note=note))
    return goals, measures


# =========================================================================== 1 bokmål goal × measure cross matrix (Word)


@plan_builder
def build_uu_maalkryss() -> tuple[Plan, Path]:
    """Bokmål handlingsplan for universell utforming (python-docx → LibreOffice): goals 1–4 in chapter
    2, then ONE table 'Nr | Tiltak | Ansvar | Frist | 1 | 2 | 3 | 4' under a header 'Bidrar til mål'
    whose goal-number columns carry an 'X' for each goal the measure serves."""
    slug = "uu-maalkryss"
    goals_txt = [
        "Alle kommunale bygg som er åpne for publikum, skal være universelt utformet innen 2029.",
        "Uteområder, gater og holdeplasser i sentrum skal kunne brukes av alle.",
        "Kommunens digitale tjenester skal være tilgjengelige for alle innbyggere.",
        "Personer med funksjonsnedsettelse skal ha samme mulighet til arbeid i kommunen som andre.",
    ]
    eb, vp, ik = "Eiendomssjef", "Virksomhet plan og utbygging", "IKT-leder"
    ae = "Alle enheter"
    # text, printed owner, owners, deadline, kind, outside, note, goal numbers
    rows = [
        ("Kartlegge tilgjengeligheten i alle publikumsbygg", eb, [eb], "2026", "period", False, "", (1,)),
        ("Montere automatiske døråpnere og ledelinjer i rådhuset", eb, [eb], "Høsten 2027", "period", False, "",
         (1, 2)),
        ("Skifte ut skilting i bygg og sentrum med skilt i punktskrift og stor skrift", f"{eb} og {vp}", [eb, vp],
         "2028", "period", False, "'Eiendomssjef og Virksomhet plan og utbygging' two owners", (1, 2)),
        ("Heve og merke alle bussholdeplasser i sentrum", vp, [vp], "2027–2028", "period", False, "", (2,)),
        ("Fjerne kantsteiner i gangfelt langs Storgata", "", [], "2027", "period", False, "empty Ansvar cell",
         (2,)),
        ("Teste kommunens nettsider mot kravene til universell utforming", ik, [ik], "Hvert år", "recurring",
         False, "'Hvert år' recurring", (3,)),
        ("Tilby opplæring i digitale tjenester på biblioteket", "Biblioteksjef", ["Biblioteksjef"], None, None,
         False, "empty Frist cell", (3,)),
        ("Gi alle ansatte kurs i klart språk og tilgjengelige dokumenter", ae, [ae], "Løpende", "continuous",
         False, "'Alle enheter' diffuse; 'Løpende' continuous", (3,)),
        ("Evaluere planen sammen med rådet for personer med funksjonsnedsettelse", "Rådmannens stab",
         ["Rådmannens stab"], "2030", "period", True, "'2030' after the plan period 2026–2029", (1, 2, 3)),
    ]
    goals = [G(f"G{i}", t) for i, t in enumerate(goals_txt, start=1)]
    measures = [M(f"M{k}", t, [f"G{g}" for g in gs], o, w, kd, diffuse=tuple(x for x in o if x == ae),
                  outside=out, note=n) for k, (t, _p, o, w, kd, out, n, gs) in enumerate(rows, start=1)]
    plan = Plan(
        slug=slug, language="nb", title="Handlingsplan for universell utforming 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="docx",
        notes="""
Word (python-docx) → LibreOffice PDF, portrait A4, Liberation Sans 10 pt. Bokmål. The four goals are
numbered paragraphs 'Mål 1' … 'Mål 4' in chapter 2 (bold label + sentence; gold text = the sentence).
Chapter 3 has ONE measure table, a GOAL × MEASURE CROSS MATRIX: two header rows ('Nr | Tiltak |
Ansvar | Frist | Bidrar til mål' with 'Bidrar til mål' merged over four columns, then the goal numbers
'1 | 2 | 3 | 4' under it; the other header cells merged down), measure numbers '1'–'9' in Nr, and a
centred 'X' in each goal column the measure serves (gold goal links = the X columns; one to three per
row). Goal 4 has no X anywhere (goal-has-measure, error). 'Eiendomssjef og Virksomhet plan og
utbygging' is two owners. One empty Ansvar cell (measure-has-owner, error), one empty Frist cell
(measure-has-deadline, error), 'Alle enheter' (owner-is-accountable, warning), 'Hvert år' recurring
and 'Løpende' continuous (measure-has-deadline, warnings), '2030' after 2026–2029 (deadline-within-
plan-period, warning). Traps that must NOT be read as items or flagged: the quoted national goal
('Norge skal være universelt utformet'), the likestillings- og diskrimineringsloven 'skal' sentence,
the 'Fakta' box, the 'Dette har vi gjort 2022–2025' list and the 'Arbeidsgruppe' list (names and
roles), the reading-guide sentence naming the columns.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    blue = "1F4E79"
    doc = dh.new_document(size=10, margins_mm=20, heading_color=blue)
    mb.docx_lang(doc, "nb-NO")
    dh.setup_header_footer(doc.sections[0], "Hallvik kommune · Handlingsplan for universell utforming 2026–2029",
                           footer="page")
    dh.set_core_properties(doc, title=plan.title, author="Hallvik kommune")
    dh.para(doc, "HALLVIK KOMMUNE", bold=True, color=blue, size=10)
    dh.para(doc, plan.title, bold=True, size=20, color=blue, space_after=4)
    dh.para(doc, "Vedtatt av kommunestyret 19. mars 2026, sak 22/26", italic=True, space_after=10)
    dh.heading(doc, "1 Innledning", 1)
    dh.para(doc, "Regjeringens mål er at Norge skal være universelt utformet. Likestillings- og "
                 "diskrimineringsloven sier at offentlige virksomheter skal arbeide aktivt for universell "
                 "utforming. Denne planen viser hva Hallvik kommune gjør i 2026–2029.")
    box = dh.new_table(doc, [150])
    dh.add_row(box, ["Fakta\n• 14 av kommunens 31 publikumsbygg har trinnfri adkomst.\n• Om lag 1 av 6 "
                     "innbyggere har en funksjonsnedsettelse.\n• Kommunens nettsted fikk 71 av 100 poeng i "
                     "tilsynet i 2025."], [150], size=9, fill="DEEAF6")
    dh.para(doc, "", space_after=2)
    dh.heading(doc, "Dette har vi gjort 2022–2025", 2)
    for t in ["Vi har bygd heis i kulturhuset.", "Vi har laget en veileder for tilgjengelige arrangementer.",
              "Vi har opprettet rådet for personer med funksjonsnedsettelse."]:
        dh.para(doc, "– " + t, space_after=2)
    dh.heading(doc, "2 Mål", 1)
    for i, t in enumerate(goals_txt, start=1):
        p = dh.para(doc, "", space_after=4)
        dh.add_runs(p, f"Mål {i}  ", bold=True)
        dh.add_runs(p, t)
    dh.heading(doc, "3 Tiltak", 1)
    dh.para(doc, "Tabellen viser hvert tiltak, hvem som har ansvaret, fristen og hvilke mål tiltaket bidrar "
                 "til (X).")
    widths = [9, 70, 38, 22, 8, 8, 8, 8]
    tb = dh.new_table(doc, widths)
    h1 = dh.add_row(tb, [("restart", "Nr"), ("restart", "Tiltak"), ("restart", "Ansvar"), ("restart", "Frist"),
                         "Bidrar til mål", "", "", ""], widths, size=9, bold=True, fill="BDD7EE")
    h2 = dh.add_row(tb, [None, None, None, None, "1", "2", "3", "4"], widths, size=9, bold=True, fill="BDD7EE")
    _hmerge(h1, 4, 4)
    for r in (h1, h2):
        dh.set_repeat_header(r)
    for k, (t, printed, _o, w, _kd, _out, _n, gs) in enumerate(rows, start=1):
        r = dh.add_row(tb, [str(k), t, printed, w or ""] + ["X" if g in gs else "" for g in (1, 2, 3, 4)],
                       widths, size=9.5)
        _center(r, range(4, 8))
    _center(h2, range(4, 8))
    dh.para(doc, "", space_after=2)
    dh.heading(doc, "4 Arbeidsgruppe og oppfølging", 1)
    for t in ["Kari Nes, rådgiver universell utforming (leder)", "Ola Berg, Eiendom",
              "Siri Dahl, rådet for personer med funksjonsnedsettelse"]:
        dh.para(doc, "– " + t, space_after=2)
    dh.para(doc, "Rådet for personer med funksjonsnedsettelse får status på tiltakene hvert halvår. Planen "
                 "rulleres i 2028.")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = mb.lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf


def _hmerge(row, first: int, n: int) -> None:
    """Merge cells first..first+n-1 of a python-docx row horizontally (gridSpan)."""
    a, b = row.cells[first], row.cells[first + n - 1]
    a.merge(b)
    # merged cell keeps only the first paragraph text
    for p in a.paragraphs[1:]:
        p._element.getparent().remove(p._element)


def _center(row, cols) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    cells = row.cells
    for c in cols:
        for p in cells[c].paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


# =========================================================================== 2 Danish landscape web page, rotated headers


@plan_builder
def build_demens_lodrette_da() -> tuple[Plan, Path]:
    """Danish handleplan for en demensvenlig kommune printed from a web page (HTML → Chromium), landscape,
    table 'Indsats | Tovholder | Tidshorisont | Samarbejdspartnere' with the three narrow header cells
    written bottom-to-top."""
    slug = "demens-lodrette-da"
    ac, sk = "Alle centre", "Demenskoordinator"
    tree = [
        ("Borgere med demens og deres pårørende skal opleve et sammenhængende forløb fra første bekymring.", [
            ("Oprette en fast indgang med én telefonlinje for bekymrede pårørende", sk, [sk], "1. halvår 2026",
             "period", False, "", "Almen praksis, Borgerservice"),
            ("Tilbyde alle nydiagnosticerede en samtale med demenskoordinatoren inden for 14 dage", sk, [sk],
             "Løbende", "continuous", False, "'Løbende' continuous", "Hukommelsesklinikken"),
            ("Lave en fælles forløbsbeskrivelse med regionen og de praktiserende læger", "Sundhed og Omsorg",
             ["Sundhed og Omsorg"], "Ultimo 2027", "period", False, "'Sundhed og Omsorg' one owner (a unit)",
             "Region Syddanmark"),
        ]),
        ("Pårørende skal have støtte og aflastning, så de kan holde til opgaven.", [
            ("Starte pårørendegrupper i alle tre lokalområder", "", [], "2026", "period", False,
             "empty Tovholder cell", "Alzheimerforeningen"),
            ("Udvide dagtilbuddet med åbent om lørdagen", "Leder af Dagcenter Engly", ["Leder af Dagcenter Engly"],
             "2. halvår 2027", "period", False, "", ""),
            ("Holde et årligt pårørendekursus om demens", ac, [ac], "Hvert efterår", "recurring", False,
             "'Alle centre' diffuse; 'Hvert efterår' recurring", "Ældrerådet, Frivilligcenter Solbæk"),
        ]),
        ("Solbæk skal være et demensvenligt samfund, hvor borgere med demens kan deltage i fællesskabet.", [
            ("Uddanne 500 demensvenner i butikker, banker og busser", "Sundhedsfremme", ["Sundhedsfremme"],
             "2028", "period", False, "", "Ældresagen, Handelsstandsforeningen"),
            ("Indrette en demensvenlig sansehave ved Plejecenter Bøgely", "Kommunale Ejendomme",
             ["Kommunale Ejendomme"], None, None, False, "empty Tidshorisont cell", "Park og Vej"),
            ("Gennemføre en ny undersøgelse af, hvor demensvenlig kommunen er", "Sundhedsfremme",
             ["Sundhedsfremme"], "2030", "period", True, "'2030' after the plan period 2026–2029", ""),
        ]),
        ("Medarbejderne skal have viden om demens i alle dele af kommunen.", []),
    ]
    goals, measures = _measures(tree, diffuse_words=(ac,))
    plan = Plan(
        slug=slug, language="da", title="Handleplan for en demensvenlig kommune 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="html",
        notes="""
HTML page printed to PDF by headless Chromium (--print-to-pdf, --no-pdf-header-footer), LANDSCAPE A4
(@page size), Liberation Sans. Danish. Page 1 is set in TWO CSS flex columns: background, the 'Demens
i tal' box and the done list on the left; beside them 'Vores mål' (chapter 2: 'Mål n' labels + bold
sentence; gold text = the sentence) and the working group. Chapter 3 starts on p. 2: ONE table per goal, each preceded by a shaded band 'Mål n'
+ a SHORT FORM of the goal (not a goal of its own). Every table has the header 'Indsats | Tovholder |
Tidshorisont | Samarbejdspartnere' in which the cells 'Tovholder', 'Tidshorisont' and
'Samarbejdspartnere' are ROTATED (CSS writing-mode vertical-rl + rotate 180°: text running
bottom-to-top in a tall header row), only 'Indsats' horizontal. Tovholder = owner; the
SAMARBEJDSPARTNERE column lists partners that are NOT owners ('Almen praksis, Borgerservice',
'Region Syddanmark', 'Ældrerådet, Frivilligcenter Solbæk'; some cells empty, which is no defect).
'Sundhed og Omsorg', 'Kommunale Ejendomme' one owner each. Deadlines '1. halvår 2026', 'Ultimo 2027',
'2026', '2. halvår 2027', '2028', '2030'; 'Løbende' continuous and 'Hvert efterår' recurring
(measure-has-deadline, warnings). Empty Tovholder (measure-has-owner, error), empty Tidshorisont
(measure-has-deadline, error), 'Alle centre' (owner-is-accountable, warning), '2030' after 2026–2029
(deadline-within-plan-period, warning). Mål 4 has only a sentence that the competence measures are in
the municipality's kompetenceplan (goal-has-measure, error). Traps that must NOT be read as items or
flagged: the national demenshandlingsplan goal quoted ('skal'), the 'Demens i tal' box, the 'Det har
vi gjort' list, the 'Arbejdsgruppe' list, the contact box.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    e = _h.escape
    short = ["Sammenhængende forløb", "Støtte til pårørende", "Demensvenligt samfund", "Viden hos medarbejderne"]
    parts = [f"""<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>{e(plan.title)} – Solbæk Kommune</title>
<style>
@page {{ size: A4 landscape; margin: 13mm 15mm 14mm 15mm; }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 9.5pt; line-height: 1.35; color: #222; margin: 0; }}
header.site {{ border-bottom: 4px solid #7a3b69; padding-bottom: 4px; display: flex; justify-content: space-between; }}
header.site .logo {{ font-size: 14pt; font-weight: bold; color: #7a3b69; }}
header.site nav {{ font-size: 8.5pt; }}
h1 {{ font-size: 18pt; color: #7a3b69; margin: 8px 0 2px; }}
h2 {{ font-size: 12.5pt; color: #7a3b69; margin: 12px 0 5px; }}
.meta {{ font-size: 8.5pt; color: #666; margin: 0 0 6px; }}
.cols {{ display: flex; gap: 10mm; }}
.cols > div {{ flex: 1; }}
.box {{ background: #f5edf3; border-left: 5px solid #7a3b69; padding: 5px 9px; font-size: 8.8pt; }}
ol.goals {{ list-style: none; padding: 0; margin: 0; }}
ol.goals li {{ margin: 0 0 4px; }}
ol.goals .lbl {{ font-weight: bold; color: #7a3b69; margin-right: 6px; }}
.band {{ background: #7a3b69; color: #fff; font-weight: bold; padding: 4px 8px; margin-top: 10px; break-after: avoid; }}
table.ind {{ width: 100%; border-collapse: collapse; margin-bottom: 4px; }}
table.ind th, table.ind td {{ border: 0.6pt solid #999; padding: 3px 6px; vertical-align: top; text-align: left; }}
table.ind th {{ background: #ead9e5; vertical-align: bottom; }}
table.ind th.rot {{ height: 34mm; width: 16mm; padding: 4px 2px; }}
table.ind th.rot span {{ writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; display: inline-block; }}
table.ind tr {{ break-inside: avoid; }}
.contact {{ border: 1px solid #ccc; padding: 5px 9px; font-size: 8.5pt; margin-top: 10px; }}
</style></head><body>
<header class="site"><span class="logo">Solbæk Kommune</span>
<nav>Borger · Erhverv · Politik · Om kommunen · Kontakt</nav></header>
<h1>{e(plan.title)}</h1>
<p class="meta">Vedtaget af Sundheds- og Ældreudvalget den 3. marts 2026</p>
<div class="cols"><div>
<h2>1 Baggrund</h2>
<p>Den nationale demenshandlingsplan siger, at alle kommuner skal være demensvenlige, og at borgere med demens
skal have en god og tryg hverdag. I Solbæk har vi arbejdet med demens siden 2018. Denne handleplan viser, hvad
vi gør i 2026–2029.</p>
<div class="box"><b>Demens i tal</b><br>Cirka 620 borgere i Solbæk lever med en demenssygdom.<br>
Tallet ventes at stige til 850 i 2035.<br>Hver fjerde pårørende føler sig alene med opgaven.</div>
<h2>Det har vi gjort 2022–2025</h2>
<ul><li>Vi har åbnet Demenscafé Engly.</li><li>Vi har uddannet 240 demensvenner.</li>
<li>Vi har ansat en ekstra demenskoordinator.</li></ul>
</div><div>
<h2>2 Vores mål</h2>
<ol class="goals">
"""]
    for gi, (gtext, _rows) in enumerate(tree, start=1):
        parts.append(f'<li><span class="lbl">Mål {gi}</span><b>{e(gtext)}</b></li>\n')
    parts.append("""</ol>
<h2>Arbejdsgruppe</h2>
<p>Hanne Lund, demenskoordinator (formand) · Peter Holm, Ældrerådet · Lise Kjær, Plejecenter Bøgely ·
Mads Friis, Sundhedsfremme</p>
</div></div>
<h2 style="break-before: page">3 Indsatser</h2>
<p>For hvert mål står indsatserne i en tabel. Tovholderen har ansvaret for indsatsen, tidshorisonten siger,
hvornår den skal være gennemført, og samarbejdspartnerne er med i arbejdet.</p>
""")
    for gi, (_g, rows) in enumerate(tree, start=1):
        parts.append(f'<div class="band">Mål {gi}: {e(short[gi - 1])}</div>\n')
        if not rows:
            parts.append("<p>Indsatserne for medarbejdernes viden om demens står i kommunens kompetenceplan for "
                         "Sundhed og Omsorg.</p>\n")
            continue
        parts.append('<table class="ind"><thead><tr><th>Indsats</th><th class="rot"><span>Tovholder</span></th>'
                     '<th class="rot"><span>Tidshorisont</span></th><th class="rot"><span>Samarbejdspartnere'
                     '</span></th></tr></thead><tbody>\n')
        for text, printed, _o, when, _k, _out, _n, partners in rows:
            parts.append(f"<tr><td>{e(text)}</td><td>{e(printed)}</td><td>{e(when or '')}</td>"
                         f"<td>{e(partners)}</td></tr>\n")
        parts.append("</tbody></table>\n")
    parts.append("""<h2>4 Opfølgning</h2>
<p>Sundheds- og Ældreudvalget får en status hvert år i september. Handleplanen revideres i 2028.</p>
<div class="contact"><b>Kontakt</b>: Demenskoordinator Hanne Lund · 72 12 34 56 · demens@solbaek.dk</div>
</body></html>
""")
    # the rotated headers are narrow: set the column widths so the text columns get the space
    html = "".join(parts).replace('<table class="ind">', '<table class="ind"><colgroup><col><col style="width:'
                                  '36mm"><col style="width:26mm"><col style="width:56mm"></colgroup>')
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = mb.chromium_pdf(src, d / f"{slug}.pdf")
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 3 English (UK) council plan, reportlab, '(continued)'


@plan_builder
def build_homelessness_continued_en() -> tuple[Plan, Path]:
    """English (UK) homelessness and rough sleeping action plan as a generated report (reportlab): one
    action table per priority 'Ref | Action | Lead officer | Target date | Measure of success', lead
    officers as role abbreviations explained in a key, target dates as quarters and financial years;
    priority 2's table runs over the page break with a 'Priority 2 (continued)' band and the repeated
    column header."""
    slug = "homelessness-continued-en"
    hoh, hom, rsc, hps = "HoH", "HOM", "RSC", "HPS"
    tree = [
        ("Fewer households in Tarnford become homeless.", [
            ("Open a single point of contact for residents at risk of eviction", hom, [hom], "Q3 2026", "period",
             False, "", "All contacts answered within two working days"),
            ("Agree an early-warning protocol with the three largest housing associations", hoh, [hoh], "Q1 2027",
             "period", False, "", "Protocol signed by all three landlords"),
            ("Fund debt and benefits advice at the Citizens Advice drop-in", "", [], "2026/27", "period", False,
             "empty Lead officer cell", "300 households advised each year"),
        ]),
        ("Households who do become homeless are helped into settled homes quickly.", [
            ("Stop placing families with children in bed and breakfast for more than six weeks", hoh, [hoh],
             "Q2 2026", "period", False, "", "No family in B&B beyond six weeks"),
            ("Buy 40 homes for temporary accommodation through the capital programme", "HoH / Head of Property",
             [hoh, "Head of Property"], "March 2028", "date", False, "'HoH / Head of Property' two owners",
             "40 homes purchased by March 2028"),
            ("Review every temporary accommodation placement", hps, [hps], "Quarterly", "recurring", False,
             "'Quarterly' recurring", "Average stay under 12 months"),
            ("Launch a private rented sector offer with a tenancy sustainment service", hom, [hom], "Q4 2026",
             "period", False, "", "60 tenancies started by the end of 2027"),
            ("Work with landlords to keep tenancies going", "All services", ["All services"], "Ongoing",
             "continuous", False, "'All services' diffuse; 'Ongoing' continuous", "Fewer section 21 cases"),
        ]),
        ("No one has to sleep rough in Tarnford.", [
            ("Run a night-time outreach service seven days a week", rsc, [rsc], "Q3 2026", "period", False, "",
             "Contact with every new rough sleeper within 24 hours"),
            ("Open a winter night shelter with 15 beds", rsc, [rsc], None, None, False,
             "empty Target date cell; the Measure of success names a season", "Shelter open every winter"),
            ("Commission an independent review of the rough sleeping pathway", hoh, [hoh], "Q2 2030", "period",
             True, "'Q2 2030' after the plan period 2026–2029", "Review reported to Cabinet"),
        ]),
        ("Young people leaving care have a safe place to live.", []),
    ]
    goals, measures = _measures(tree, diffuse_words=("All services",))
    key = ("Key to lead officers: HoH = Head of Housing · HOM = Housing Options Manager · RSC = Rough Sleeping "
           "Coordinator · HPS = Housing Placements Supervisor")
    plan = Plan(
        slug=slug, language="en", title="Homelessness and Rough Sleeping Action Plan 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="pdf",
        notes=f"""
Generated with reportlab (Liberation Sans TTF, invariant), portrait A4, as a council's report module
prints it. English (UK). Section 2 lists the four priorities as 'Priority n' + sentence (gold text =
the sentence). Section 3 has one action table per priority: a dark band 'Priority n' + the sentence
again (the table title), then 'Ref | Action | Lead officer | Target date | Measure of success'
(shaded header), refs '1.1', '2.3'. Priority 2's table does not fit on p. 1: the rest continues on
p. 2 under a band 'Priority 2 (continued)' and the header row printed again (the band is no goal of
its own). Lead officers are printed ONLY as ROLE ABBREVIATIONS ('HoH', 'HOM', 'RSC', 'HPS'; gold
owner = as printed) explained in one line above the tables: '{key}'.
'HoH / Head of Property' is two owners. Target dates as QUARTERS ('Q3 2026', 'Q1 2027', 'Q2 2026',
'Q4 2026'), a financial year '2026/27', 'March 2028'; 'Quarterly' recurring and 'Ongoing'
continuous (measure-has-deadline, warnings). The MEASURE OF SUCCESS column names dates and numbers
('40 homes purchased by March 2028', '60 tenancies started by the end of 2027') that are NOT
deadlines. Empty Lead officer (measure-has-owner, error), empty Target date whose success measure
says 'every winter' (measure-has-deadline, error), 'All services' (owner-is-accountable, warning),
'Q2 2030' after 2026–2029 (deadline-within-plan-period, warning). Priority 4 has no table, only a
sentence that its actions are in the Care Leavers Local Offer (goal-has-measure, error). Traps that
must NOT be read as items or flagged: the Homelessness Reduction Act 'must' duty and the government's
'end rough sleeping' commitment quoted, the Leader's 'we will' foreword, 'Homelessness in numbers' box,
'What we achieved 2022–2025' list, the 'Homelessness Forum' membership list.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    pdf = d / f"{slug}.pdf"
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    fontdir = Path("/usr/share/fonts/truetype/liberation")
    for name, fn in (("LS", "LiberationSans-Regular"), ("LS-Bold", "LiberationSans-Bold"),
                     ("LS-Italic", "LiberationSans-Italic")):
        pdfmetrics.registerFont(TTFont(name, str(fontdir / f"{fn}.ttf")))
    pdfmetrics.registerFontFamily("LS", normal="LS", bold="LS-Bold", italic="LS-Italic")
    teal = colors.HexColor("#005a70")
    base = ParagraphStyle("b", fontName="LS", fontSize=9.5, leading=12.5, spaceAfter=4)
    h1 = ParagraphStyle("h1", parent=base, fontName="LS-Bold", fontSize=17, leading=21, textColor=teal)
    h2 = ParagraphStyle("h2", parent=base, fontName="LS-Bold", fontSize=12, leading=15, spaceBefore=6,
                        textColor=teal)
    cell = ParagraphStyle("c", parent=base, fontSize=8.8, leading=11, spaceAfter=0)
    headc = ParagraphStyle("hc", parent=cell, fontName="LS-Bold")
    band = ParagraphStyle("bd", parent=cell, fontName="LS-Bold", fontSize=9.5, textColor=colors.white)
    small = ParagraphStyle("s", parent=base, fontName="LS-Italic", fontSize=8.5, leading=11)
    bullet = ParagraphStyle("bl", parent=base, leftIndent=12, bulletIndent=2, spaceAfter=1)

    def page(canvas, doc):
        canvas.saveState()
        canvas.setFont("LS", 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(18 * mm, 287 * mm - 4 * mm, "Tarnford Borough Council · " + plan.title)
        canvas.drawRightString(192 * mm, 9 * mm, f"Page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=16 * mm, title=plan.title, author="Tarnford Borough Council",
                            creator="Tarnford Borough Council", invariant=1)
    widths = [11 * mm, 62 * mm, 27 * mm, 22 * mm, 52 * mm]

    def table(title, rows, start):
        data = [[Paragraph(title, band)] + [""] * 4,
                [Paragraph(x, headc) for x in ("Ref", "Action", "Lead officer", "Target date", "Measure of success")]]
        for k, (text, printed, _o, when, _k, _out, _n, succ) in enumerate(rows, start=start):
            data.append([Paragraph(ref(k), cell), Paragraph(_h.escape(text), cell), Paragraph(printed, cell),
                         Paragraph(when or "", cell), Paragraph(_h.escape(succ), cell)])
        return Table(data, colWidths=widths, hAlign="LEFT", style=TableStyle([
            ("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), teal),
            ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#d5e8ee")),
            ("GRID", (0, 1), (-1, -1), 0.5, colors.HexColor("#8a9ba3")),
            ("VALIGN", (0, 0), (-1, -1), "TOP")]))

    s = [Paragraph("TARNFORD BOROUGH COUNCIL", ParagraphStyle("o", parent=base, fontName="LS-Bold", textColor=teal)),
         Paragraph(plan.title, h1),
         Paragraph("Approved by Cabinet on 11 February 2026", small),
         Paragraph("1 Introduction", h2),
         Paragraph("Foreword from the Leader of the Council: we will not accept that anyone in Tarnford has to "
                   "sleep on the streets. The Homelessness Reduction Act 2017 says that councils must take "
                   "reasonable steps to prevent homelessness, and the Government has committed to end rough "
                   "sleeping. This plan sets out what the council and its partners will do from 2026 to 2029.",
                   base)]
    facts = Table([[Paragraph("<b>Homelessness in numbers (2025)</b>", base)],
                   [Paragraph("1,140 households approached the council for help.", cell)],
                   [Paragraph("212 households were in temporary accommodation on 31 March 2025.", cell)],
                   [Paragraph("Between 9 and 14 people slept rough on a typical night.", cell)]],
                  colWidths=[110 * mm], hAlign="LEFT",
                  style=TableStyle([("BOX", (0, 0), (-1, -1), 0.8, teal),
                                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef5f7"))]))
    s += [facts, Paragraph("What we achieved 2022–2025", h2)]
    for t in ["We opened the Bridge Street hub with 24 rooms.", "We cut the use of bed and breakfast by half.",
              "We set up the Homelessness Forum."]:
        s.append(Paragraph(t, bullet, bulletText="•"))
    s.append(Paragraph("2 Our priorities", h2))
    for gi, (g, _r) in enumerate(tree, start=1):
        s.append(Paragraph(f"<b>Priority {gi}</b>  {g}", base))
    s += [Paragraph("3 Action plan", h2), Paragraph(key, small), Spacer(1, 2 * mm)]

    def ref(k):
        return cur[0] + f".{k}"

    cur = ["1"]
    s += [table(f"Priority 1  {tree[0][0]}", tree[0][1], 1), Spacer(1, 4 * mm)]
    cur[0] = "2"
    split = 2
    s += [table(f"Priority 2  {tree[1][0]}", tree[1][1][:split], 1), PageBreak(),
          table("Priority 2 (continued)", tree[1][1][split:], split + 1), Spacer(1, 4 * mm)]
    cur[0] = "3"
    s += [table(f"Priority 3  {tree[2][0]}", tree[2][1], 1), Spacer(1, 4 * mm),
          Paragraph(f"<b>Priority 4</b>  {tree[3][0]}", base),
          Paragraph("The actions for care leavers are set out in the council's Care Leavers Local Offer and are "
                    "not repeated here.", base),
          Paragraph("4 Homelessness Forum", h2),
          Paragraph("Members: Tarnford Borough Council (chair), Citizens Advice Tarnford, Tarnford Housing "
                    "Association, Probation Service, St Anne's Night Shelter, NHS Tarnford Place.", base),
          Paragraph("5 Monitoring", h2),
          Paragraph("The Homelessness Forum reviews progress every quarter and Cabinet receives an annual report. "
                    "The plan will be refreshed in 2028.", base)]
    doc.build(s, onFirstPage=page, onLaterPages=page)
    write_gold(plan, pdf, measure_after=1)
    return plan, pdf


# =========================================================================== 4 nynorsk odt, 'ABBR (deadline)' in one cell + footnote key


@plan_builder
def build_landbruk_parentes_nn() -> tuple[Plan, Path]:
    """Nynorsk handlingsplan for landbruk (odfpy → LibreOffice): per goal a heading 'Mål n: …' and a
    table 'Nr | Tiltak | Ansvar (frist)¹' whose last cell reads 'LK (2. kvartal 2027)', the
    abbreviations explained in a footnote line under the tables."""
    slug = "landbruk-parentes-nn"
    lk, ns, ps, tr = "LK", "NS", "PS", "TR"
    tree = [
        ("Jordbruksarealet i Sørvåg skal haldast i hevd og ikkje byggjast ned.", [
            ("Kartleggje areal som ikkje er i drift og kontakte eigarane", lk, [lk], "2. kvartal 2027", "period",
             False, "", "LK (2. kvartal 2027)"),
            ("Innføre ein jordvernrettleiar i all planlegging", f"{ps}", [ps], "haust 2026", "period", False, "",
             "PS (haust 2026)"),
            ("Følgje opp at leigejord blir driven etter jordlova", lk, [lk], "løpande", "continuous", False,
             "'løpande' continuous", "LK (løpande)"),
        ]),
        ("Fleire unge skal velje å bli bønder i Sørvåg.", [
            ("Gje oppstartstilskot til unge som tek over eit gardsbruk", f"{lk} og {ns}", [lk, ns], "årleg",
             "recurring", False, "'LK og NS' two owners; 'årleg' recurring", "LK og NS (årleg)"),
            ("Skipe eit mentornettverk for nye bønder saman med Bondelaget", "", [], "VT 2027", "period", False,
             "no owner in the parenthesised cell: only '(VT 2027)'", "(VT 2027)"),
            ("Marknadsføre landbruket som yrkesval på ungdomsskulane", ns, [ns], None, None, False,
             "owner without a parenthesis: no deadline", "NS"),
        ]),
        ("Skogen skal gje meir verdiskaping og binde meir karbon.", [
            ("Byggje to nye skogsbilvegar i Dalsbygda", tr, [tr], "3. kvartal 2028", "period", False, "",
             "TR (3. kvartal 2028)"),
            ("Tilby gratis skogbruksplan til alle skogeigarar med over 50 dekar", "Alle einingar", ["Alle einingar"],
             "2027", "period", False, "'Alle einingar' diffuse", "Alle einingar (2027)"),
            ("Revidere beiteplanen for utmarka", lk, [lk], "2031", "period", True,
             "'2031' after the plan period 2026–2029", "LK (2031)"),
        ]),
        ("Matproduksjonen i kommunen skal auke med ti prosent innan 2029.", []),
    ]
    goals, measures = _measures(tree, diffuse_words=("Alle einingar",))
    foot = ("¹ Forkortingar: LK = landbrukskontoret, NS = næringssjefen, PS = plansjefen, TR = teknisk "
            "rådgjevar. Frist i parentes.")
    plan = Plan(
        slug=slug, language="nn", title="Handlingsplan for landbruket 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="odt",
        notes=f"""
OpenDocument text (odfpy) → LibreOffice PDF, portrait A4, Liberation Sans 10 pt. Nynorsk. Chapter 3
has per goal a Heading 2 'Mål n: <sentence>' (gold text = the sentence) and a table 'Nr | Tiltak |
Ansvar (frist)¹' (shaded header). The LAST COLUMN holds owner AND deadline in ONE string: the owner as
a ROLE ABBREVIATION followed by the deadline in parentheses ('LK (2. kvartal 2027)'); gold owner =
the abbreviation as printed, gold deadline = the text inside the parentheses. The abbreviations are
explained only in a FOOTNOTE-LIKE line under the last table: '{foot}'.
'LK og NS' is two owners. Deadlines as QUARTERS and TERMS ('2. kvartal 2027', 'haust 2026', 'VT 2027'
= vårtermin 2027, '3. kvartal 2028', '2027'); 'løpande' continuous and 'årleg' recurring
(measure-has-deadline, warnings). One cell '(VT 2027)' without an owner (measure-has-owner, error),
one cell 'NS' without a parenthesis (measure-has-deadline, error), 'Alle einingar' (owner-is-
accountable, warning), '2031' after 2026–2029 (deadline-within-plan-period, warning). Mål 4 has no
table, only a sentence that measures will come with the next revision (goal-has-measure, error).
Traps that must NOT be read as items or flagged: the national goal quoted from Stortinget (jordvern
'skal'), the 'Landbruket i tal' box, the 'Dette har vi gjort' list and the 'Arbeidsgruppa' list.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    od = mb.Odt(font="Liberation Sans", size=10, lang="nn", country="NO",
                header="Sørvåg kommune · Handlingsplan for landbruket 2026–2029", footer_text="Side")
    od.style("Title", size=19, bold=True, color="#4d6b1f", after=0.1)
    od.style("Meta", size=9.5, italic=True, after=0.4)
    od.style("Foot", size=8.5, italic=True, before=0.1)
    od.p("SØRVÅG KOMMUNE", "CellBold")
    od.p(plan.title, "Title")
    od.p("Vedteken av kommunestyret 23. april 2026, sak 31/26", "Meta")
    od.h("1 Innleiing", 1)
    od.p("Stortinget har vedteke at omdisponeringa av dyrka jord ikkje skal vere over 2 000 dekar i året. "
         "Kommuneplanen seier at Sørvåg skal vere ein landbrukskommune også i framtida. Denne planen viser kva "
         "kommunen gjer for landbruket i 2026–2029.")
    od.table([16.0], [["Landbruket i tal"], ["Sørvåg har 84 aktive gardsbruk og 21 000 dekar jordbruksareal."],
                      ["Gjennomsnittsalderen til bøndene er 56 år."],
                      ["Skogen dekkjer 38 prosent av arealet i kommunen."]], header_rows=1, header_fill="#e3ecd3")
    od.h("2 Dette har vi gjort 2022–2025", 1)
    for t in ["Vi har laga ein beiteplan for utmarka.", "Vi har gjeve tilskot til 12 nye fjøs.",
              "Vi har halde fagdagar for skogeigarar kvart år."]:
        od.p("– " + t)
    od.h("3 Mål og tiltak", 1)
    for gi, (g, rows) in enumerate(tree, start=1):
        od.h(f"Mål {gi}: {g}", 2)
        if not rows:
            od.p("Tiltak for å auke matproduksjonen kjem ved rulleringa av planen i 2027.")
            continue
        od.table([1.4, 10.0, 5.2], [["Nr", "Tiltak", "Ansvar (frist)¹"]] +
                 [[f"{gi}.{k}", t, cellv] for k, (t, *_x, cellv) in enumerate(rows, start=1)],
                 header_rows=1, header_fill="#d7e4bd")
    od.p(foot, "Foot")
    od.h("4 Arbeidsgruppa", 1)
    od.p("Arbeidsgruppa har vore: Åse Myklebust, landbrukssjef (leiar); Nils Vik, Sørvåg Bondelag; Liv Straume, "
         "Sørvåg skogeigarlag; Per Hauge, næringssjef.")
    od.p("Formannskapet får rapport om tiltaka kvart år i oktober. Planen blir rullert i 2027.")
    src = od.save(d / f"{slug}.odt", title=plan.title, author="Sørvåg kommune")
    pdf = mb.lo_pdf(src)
    write_gold(plan, pdf, measure_after=1)
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
