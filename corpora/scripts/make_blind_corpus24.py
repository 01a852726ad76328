"""Build the twenty-fourth batch of blind authored plans (corpora/authored/<slug>/), in layouts and wordings not
yet in the corpus: a bokmål measure table whose Ansvar and Frist columns use DITTO MARKS ('"' / 'dito' = as the
row above; python-docx → LibreOffice); a Danish plan whose indsatser are SENTENCES WITH THE OWNER AS THE
GRAMMATICAL SUBJECT and the deadline inside the sentence, no labels (odfpy → LibreOffice Writer); a Swedish web
page whose åtgärder hang on a VERTICAL TIMELINE, the time only in the node label beside the cards, cards
alternating left and right (HTML → Chromium); a nynorsk plan whose measure tables are TRANSPOSED WIDE — one
COLUMN per tiltak, rows 'Tiltak / Ansvarleg / Frist' (reportlab).

    python corpora/scripts/make_blind_corpus24.py              # every plan
    python corpora/scripts/make_blind_corpus24.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus24.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus24.py --twice      # build twice, compare sha256

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

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus24.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731


def _gold(plan: Plan, pdf: Path, **kw) -> Path:
    """write_gold with the pages looked up as pdftotext reads them (blindkit.gold_by_pdftotext)."""
    return bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)


# =========================================================================== 1 bokmål ditto marks (python-docx)


@plan_builder
def build_fallforebygging_dito_nb() -> tuple[Plan, Path]:
    """Bokmål measure table 'Nr | Tiltak | Ansvar | Frist' whose Ansvar and Frist cells often hold only a ditto
    mark '"' (or 'dito'): the same as the row above."""

    slug = "fallforebygging-dito-nb"
    fy = "Fysio- og ergoterapitjenesten"
    hj = "Hjemmetjenesten"
    goals_t = [
        "Færre eldre i Stallvik skal bli innlagt på sykehus etter fall i eget hjem",
        "Eldre skal ha tilbud om trening som styrker balanse og muskelstyrke",
        "Ansatte i helse og omsorg skal kjenne risikoen for fall og vite hva de skal gjøre",
        "Uteområder og gangveier i sentrum skal være trygge å gå på hele året",
    ]
    # (text, owners, Ansvar cell, deadline, Frist cell, kind, note)
    D = '"'
    rows = {
        "G1": [
            ("Tilby hjemmebesøk med fallrisikovurdering til alle som fyller 80 år", [fy], fy, "Høst 2026",
             "Høst 2026", "period", ""),
            ("Låne ut sklisikre sokker, broddar og nattlys gratis fra hjelpemiddellageret", [fy], D, "Høst 2026", D,
             "period", "ditto in BOTH cells: owner and deadline as the row above"),
            ("Gå gjennom medisinlistene til hjemmeboende med fire eller flere legemidler som øker fallrisikoen",
             [hj, "fastlegene"], f"{hj} og fastlegene", "2027", "2027", "period",
             "two owners"),
            ("Sette opp trygghetsalarm med fallsensor hos brukere som har falt det siste året", [hj], hj, "2027", D,
             "period", "ditto in Frist only: '2027' from the row above"),
        ],
        "G2": [
            ("Starte treningsgrupper med sterk og stødig-trening i alle fire grender", [fy], fy, "1. halvår 2026",
             "1. halvår 2026", "period", ""),
            ("Lære opp frivillige instruktører fra pensjonistforeningene til å lede gruppene", [fy,
             "Frivilligsentralen"], f"{fy} og Frivilligsentralen", "Vår 2027", "Vår 2027", "period",
             "two owners"),
            ("Gi tilbud om digital hjemmetrening med nettbrett til dem som ikke kan møte i gruppe", [fy,
             "Frivilligsentralen"], "dito",
             "Vår 2027", "dito", "period", "'dito' in both cells (the word, not the mark)"),
            ("Ha skysstilbud til treningsgruppene for dem som ikke kjører selv", [], "", "Løpende", "Løpende",
             "continuous", "empty Ansvar (no ditto mark: nobody named); 'Løpende' continuous"),
        ],
        "G3": [
            ("Gi alle ansatte i hjemmetjenesten og på sykehjemmet e-læringskurs om fallforebygging", ["Alle enheter"],
             "Alle enheter", "Hvert år", "Hvert år", "recurring", "'Alle enheter' diffuse; 'Hvert år' recurring"),
            ("Registrere alle fall i avvikssystemet og gjennomgå dem i kvalitetsutvalget", ["Kvalitetsrådgiver"],
             "Kvalitetsrådgiver", "Hvert kvartal", "Hvert kvartal", "recurring",
             "'Hvert kvartal' recurring"),
            ("Lage en felles sjekkliste for hva ansatte gjør når en bruker har falt", ["Kvalitetsrådgiver"], D,
             None, "", None, "ditto owner = 'Kvalitetsrådgiver' (row above); EMPTY Frist: no deadline"),
        ],
        "G4": [],
    }
    goals = [G(f"G{i}", t) for i, t in enumerate(goals_t, start=1)]
    measures = []
    for gid, items in rows.items():
        for k, (text, owners, _cell, when, _fc, kind, note) in enumerate(items, start=1):
            measures.append(M(f"M{gid[1:]}.{k}", text, [gid], owners, when, kind if when else None,
                              diffuse=tuple(o for o in owners if o.startswith("Alle ")), outside=when == "2030",
                              note=note))
    measures.append(M("M4.1", "Strø og måke gangveiene mellom omsorgssenteret og butikkene før klokka 07", ["G4"],
                      ["Drift og vedlikehold"], "2030", "period", outside=True,
                      note="'2030' after the plan period 2026–2029"))
    plan = Plan(
        slug=slug, language="nb", title="Handlingsplan for fallforebygging 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="docx",
        notes="""
python-docx → LibreOffice 7.4. Stallvik kommune, bokmål, running header with a rule and 'Side n av N'. Ch. 1
Innledning quotes the national 'Leve hele livet' reform ('Kommunene skal …' — a national requirement, no goal)
and a small 'Fall i tall' table (no measures). Ch. 2 'Mål' lists the four goals as 'Mål n: <sentence>'. Ch. 3
'Tiltak' is ONE ruled table 'Nr | Tiltak | Ansvar | Frist' with shaded goal rows 'Mål n: <sentence>' spanning
the table (same sentences as ch. 2; gold goal page = ch. 2). DITTO MARKS: many Ansvar and Frist cells hold
only '"' — the reading note above the table says '" betyr det samme som i raden over' — and two cells hold
the word 'dito'. Gold: a ditto cell takes the owner / deadline of the row above (resolved as a planner
reads the table), never the mark itself. M1.2 ditto in both cells; M1.4 ditto Frist ('2027'); M2.3 'dito'
in both; M3.3 ditto owner ('Kvalitetsrådgiver') and EMPTY Frist = no deadline. EMPTY Ansvar on M2.4 (no
mark: nobody named) = no owner. 'Hjemmetjenesten og fastlegene', 'Fysio- og ergoterapitjenesten og
Frivilligsentralen' two owners ('Fysio- og ergoterapitjenesten' is one unit); 'Alle enheter' diffuse.
'Høst 2026', '2027', '1. halvår 2026', 'Vår 2027' period; 'Løpende' continuous; 'Hvert år', 'Hvert
kvartal' recurring; '2030' after 2026–2029 (M4.1). Ch. 4 'Oppfølging' holds no measures.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    navy = "24406B"
    doc = dh.new_document(font="Liberation Sans", size=10.5, margins_mm=20, heading_color=navy)
    mb.docx_lang(doc, "nb-NO")
    sec = doc.sections[0]
    dh.ruled_header(sec, "Stallvik kommune · " + plan.title, size=8.5)
    f = sec.footer.paragraphs[0]
    f.alignment = dh.WD_ALIGN_PARAGRAPH.RIGHT
    dh.page_of_footer(f, "Side ", " av ", "2", size=8.5)
    dh.para(doc, "STALLVIK KOMMUNE", bold=True, size=9, color=navy, space_after=2)
    dh.para(doc, plan.title, bold=True, size=18, color=navy, space_after=3)
    dh.para(doc, "Vedtatt i kommunestyret 12. mars 2026, sak 14/26", italic=True, size=9.5, space_after=10)
    dh.heading(doc, "1 Innledning", 1)
    dh.para(doc, "Hvert år faller om lag én av tre personer over 65 år. Mange fall skjer i eget hjem, og et "
                 "hoftebrudd betyr ofte at den eldre ikke kan bo hjemme lenger. Planen viser hva Stallvik "
                 "kommune gjør i perioden 2026–2029 for å forebygge fall.")
    dh.para(doc, "Kvalitetsreformen Leve hele livet sier at kommunene skal ha et systematisk arbeid for å "
                 "forebygge fall. Det er et nasjonalt krav som planen bygger på, ikke et eget mål.")
    dh.heading(doc, "Fall i tall", 2)
    st = dh.new_table(doc, [90, 25, 25])
    dh.add_row(st, ["", "2023", "2025"], [90, 25, 25], size=9, bold=True, fill="DCE4EE")
    dh.add_row(st, ["Innleggelser etter fall, 67 år og eldre", "41", "47"], [90, 25, 25], size=9)
    dh.add_row(st, ["Hoftebrudd, 67 år og eldre", "12", "15"], [90, 25, 25], size=9)
    dh.heading(doc, "2 Mål", 1)
    for i, t in enumerate(goals_t, start=1):
        dh.para(doc, f"**Mål {i}:** {t}", space_after=4)
    dh.heading(doc, "3 Tiltak", 1)
    dh.para(doc, "Tiltakene står samlet i tabellen under, ordnet etter mål. Tegnet \" betyr det samme som i "
                 "raden over (også skrevet «dito»).", italic=True, size=9.5, space_after=4)
    widths = [12, 92, 40, 26]
    t = dh.new_table(doc, widths)
    hr = dh.add_row(t, ["Nr", "Tiltak", "Ansvar", "Frist"], widths, size=9.5, bold=True, fill="BFCFE3")
    dh.set_repeat_header(hr)
    dh.set_cant_split(hr)
    for gi, gid in enumerate(rows, start=1):
        gr = dh.add_row(t, [f"Mål {gi}: {goals_t[gi - 1]}"], widths, size=9.5, bold=True, fill="E6ECF4",
                        span_all=True, keep_with_next=True)
        dh.set_cant_split(gr)
        items = rows[gid]
        if gid == "G4":
            items = [("Strø og måke gangveiene mellom omsorgssenteret og butikkene før klokka 07", None,
                      "Drift og vedlikehold", None, "2030", None, "")]
        for k, (text, _o, cell, _w, fc, _kind, _n) in enumerate(items, start=1):
            r = dh.add_row(t, [f"{gi}.{k}", text, cell, fc], widths, size=9.5)
            dh.set_cant_split(r)
            for c in (r.cells[2], r.cells[3]):
                if c.text.strip() in (D, "dito"):
                    c.paragraphs[0].alignment = dh.WD_ALIGN_PARAGRAPH.CENTER
    dh.heading(doc, "4 Oppfølging", 1)
    dh.para(doc, "Kommunalsjef for helse og omsorg rapporterer om planen til helse- og omsorgsutvalget hvert "
                 "år i juni. Planen rulleres i 2029.")
    dh.set_core_properties(doc, title=plan.title, author="Stallvik kommune")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, goal_after=1)
    return plan, pdf


def _check_dito() -> list[str]:
    """At least five ditto cells are printed ('"' or 'dito' alone in an Ansvar / Frist cell), and the reading
    note explaining the mark is on the measure page."""
    import zipfile

    slug = "fallforebygging-dito-nb"
    xml = zipfile.ZipFile(OUT / slug / f"{slug}.docx").read("word/document.xml").decode("utf-8")
    n = xml.count("<w:t>\"</w:t>") + xml.count("<w:t>&quot;</w:t>") + xml.count("<w:t>dito</w:t>")
    bad = [] if n >= 6 else [f"{slug}: only {n} ditto cells"]
    txt = "".join(mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf"))
    if mb3._squash("betyr det samme som i raden over") not in txt:
        bad.append(f"{slug}: ditto reading note missing")
    return bad


# =========================================================================== 2 Danish owner-as-subject sentences (odfpy)


@plan_builder
def build_sprogindsats_grundled_da() -> tuple[Plan, Path]:
    """Danish handleplan whose indsatser are plain sentences with the OWNER AS THE GRAMMATICAL SUBJECT and the
    deadline as a phrase inside the sentence ('Dagplejen indfører … inden udgangen af 2026.'): no table, no
    'Ansvarlig:' or 'Tidsfrist:' labels."""
    slug = "sprogindsats-grundled-da"
    ps = "Pædagogisk Psykologisk Rådgivning"
    goals_t = [
        "Alle børn skal have et alderssvarende sprog, når de begynder i skole",
        "Forældre skal vide, hvordan de kan støtte deres barns sprog i hverdagen",
        "Medarbejderne i dagtilbud skal have viden og redskaber til at arbejde med sprog",
    ]
    # (sentence = measure text, owners, deadline phrase as printed or None, kind, note)
    items = {
        "G1": [
            ("Dagplejen og daginstitutionerne sprogvurderer løbende alle børn ved treårsalderen og før skolestart",
             ["Dagplejen", "daginstitutionerne"], "løbende", "continuous",
             "two owners as a compound subject; 'løbende' continuous"),
            (f"{ps} udvikler et fælles materiale til børn med særligt behov for sprogstøtte inden udgangen af 2026",
             [ps], "inden udgangen af 2026", "period", "one owner (one unit); deadline phrase at the end"),
            ("Senest 1. august 2027 tilbyder Dagtilbudsafdelingen sprogstimulering i små grupper i alle "
             "distrikter", ["Dagtilbudsafdelingen"], "Senest 1. august 2027", "date",
             "the deadline phrase FIRST, the subject after the verb (Danish V2 order)"),
            ("Vi sætter fokus på sprog i overgangen fra dagtilbud til skole", [], None, None,
             "'Vi' (the municipality as a whole) names no owner and there is no time: no owner, no deadline"),
        ],
        "G2": [
            ("Sundhedsplejen giver alle nybagte forældre en sprogkuffert med bøger og sange ved fireugersbesøget",
             ["Sundhedsplejen"], None, None, "owner, but no time in the sentence: no deadline"),
            ("Biblioteket og Sundhedsplejen holder læseklub for forældre på biblioteket hvert forår",
             ["Biblioteket", "Sundhedsplejen"], "hvert forår", "recurring", "two owners; 'hvert forår' recurring"),
            ("I løbet af 2027 oversætter Borgerservice forældrefolderen om sprog til de fem mest talte sprog i "
             "kommunen", ["Borgerservice"], "I løbet af 2027", "period", "deadline phrase first"),
            ("Alle dagtilbud holder et forældremøde om sprog hvert år i september", ["Alle dagtilbud"],
             "hvert år i september", "recurring", "'Alle dagtilbud' diffuse; recurring"),
        ],
        "G3": [
            (f"{ps} uddanner to sprogpædagoger i hver daginstitution i 2026", [ps], "i 2026", "period", ""),
            ("Dagtilbudsafdelingen indkøber digitale dialogiske læsebøger til alle stuer i 1. halvår 2027",
             ["Dagtilbudsafdelingen"], "i 1. halvår 2027", "period", ""),
            ("Lederne af daginstitutionerne indfører faste sprogmøder på stuerne i 2030", ["Lederne af "
             "daginstitutionerne"], "i 2030", "period", "'i 2030' after the plan period 2026–2029"),
        ],
    }
    goals = [G(f"G{i}", t) for i, t in enumerate(goals_t, start=1)]
    measures = []
    for gid, its in items.items():
        for k, (text, owners, when, kind, note) in enumerate(its, start=1):
            measures.append(M(f"M{gid[1:]}.{k}", text, [gid], owners, when, kind,
                              diffuse=tuple(o for o in owners if o.startswith("Alle ")), outside=when == "i 2030",
                              note=note))
    plan = Plan(
        slug=slug, language="da", title="Handleplan for sprog i dagtilbud 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="odt",
        notes="""
odfpy → LibreOffice 7.4 Writer. Kildebæk Kommune, Danish, running header 'Kildebæk Kommune · Handleplan for
sprog i dagtilbud 2026–2029' and 'Side n'. Indledning quotes dagtilbudsloven ('Kommunalbestyrelsen skal
sikre, at der gennemføres en sprogvurdering …' — a legal duty, no goal) and 'Sprogvurderinger 2025' figures;
a working-group paragraph names some of the same units (no measures). 'Mål og indsatser': per goal a heading
'Mål n' and a bold goal sentence, then 'Det gør vi:' and the indsatser as PLAIN SENTENCES, one paragraph each
(hanging '•'), with NO LABELS: the OWNER IS THE GRAMMATICAL SUBJECT ('Sundhedsplejen giver …', 'Biblioteket
og Sundhedsplejen holder …' = two owners, 'Dagplejen og daginstitutionerne …' = two) and the DEADLINE is a
time phrase inside the sentence, at the end ('inden udgangen af 2026', 'i 2026', 'hvert forår') or FIRST
with the subject after the verb ('Senest 1. august 2027 tilbyder Dagtilbudsafdelingen …', 'I løbet af 2027
oversætter Borgerservice …'). Gold measure text = the whole sentence as printed (without the final full stop
and bullet); owner = the subject; deadline = the time phrase as printed. 'Vi sætter fokus på …' names no
owner ('Vi' is the whole municipality) and no time: no owner, no deadline. A sentence with an owner but no
time phrase = no deadline. 'Alle dagtilbud' diffuse. 'løbende' continuous; 'hvert forår', 'hvert år i
september' recurring; 'Senest 1. august 2027' date; 'i 2030' after 2026–2029. 'Opfølgning' holds no
measures ('i 2029' there is the revision of the plan).
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    od = mb.Odt(lang="da", country="DK", header="Kildebæk Kommune · Handleplan for sprog i dagtilbud 2026–2029")
    od.style("Meta", size=9.5, italic=True, after=0.4)
    od.style("Goal", size=10.5, bold=True, after=0.2, keep=True)
    od.style("Lead", size=10.5, italic=True, after=0.1, keep=True)
    od.style("Item", size=10.5, after=0.12, indent_cm=0.6, hanging_cm=0.6)
    od.p("Kildebæk Kommune", "Meta")
    od.p(plan.title, "Title")
    od.p("Vedtaget af Børne- og Familieudvalget den 10. marts 2026", "Meta")
    od.h("Indledning", 1)
    od.p("Et godt sprog er grundlaget for at lege, lære og få venner. I Kildebæk har hvert femte barn brug for "
         "fokuseret eller særlig sprogindsats, når det sprogvurderes som treårig. Handleplanen viser, hvad "
         "kommunen gør i 2026–2029.")
    od.p("Efter dagtilbudsloven skal kommunalbestyrelsen sikre, at der gennemføres en sprogvurdering af børn, "
         "der er optaget i dagtilbud, når der er sproglige eller andre forhold, der gør det nødvendigt. Det er et "
         "lovkrav og ikke et mål i denne plan.")
    od.h("Sprogvurderinger 2025", 2)
    od.table([9.0, 3.0], [["", "Andel"], ["Generel indsats", "78 %"], ["Fokuseret indsats", "15 %"],
                          ["Særlig indsats", "7 %"]], header_fill="#dde9e4")
    od.p("Planen er skrevet af en arbejdsgruppe med deltagere fra Dagplejen, Sundhedsplejen, Biblioteket og "
         "Pædagogisk Psykologisk Rådgivning.")
    od.h("Mål og indsatser", 1)
    for gi, gid in enumerate(items, start=1):
        od.h(f"Mål {gi}", 2)
        od.p(goals_t[gi - 1], "Goal")
        od.p("Det gør vi:", "Lead")
        for text, *_ in items[gid]:
            od.p(f"•  {text}.", "Item")
    od.h("Opfølgning", 1)
    od.p("Dagtilbudsafdelingen følger op på handleplanen hvert år og fremlægger status for Børne- og "
         "Familieudvalget. Handleplanen revideres i 2029.")
    src = od.save(d / f"{slug}.odt", title=plan.title, author="Kildebæk Kommune")
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf, goal_after=1)
    return plan, pdf


def _check_grundled() -> list[str]:
    """No owner/deadline LABEL is printed in the plan part; every gold owner is the start of its sentence or
    follows the deadline phrase and the verb."""
    slug = "sprogindsats-grundled-da"
    txt = "".join(mb3.pdftotext_pages(OUT / slug / f"{slug}.pdf"))
    bad = []
    for label in ("ansvarlig:", "tidsfrist:", "hvornår:", "ansvar:"):
        if label in txt:
            bad.append(f"{slug}: label {label!r} printed")
    return bad


# =========================================================================== 3 Swedish vertical timeline (HTML)


@plan_builder
def build_beredskap_tidslinje_sv() -> tuple[Plan, Path]:
    """Swedish plan as a web page whose åtgärder hang on a VERTICAL TIMELINE: a line down the middle, time
    labels ('Våren 2026', '2027', 'Löpande', 'Inte tidsatt') as pills on the line, the cards alternating left
    and right; each card the åtgärd, 'Ansvarig: …' and goal chips 'Mål n'. The time is printed ONLY in the
    label above the cards."""
    slug = "beredskap-tidslinje-sv"
    sak = "Säkerhetsenheten"
    goals_t = [
        "Kommunens samhällsviktiga verksamheter ska kunna fungera under minst en vecka utan el och internet",
        "Invånarna i Ekhammar ska veta hur de kan klara sig själva i en kris",
        "Kommunen ska ha en krisorganisation som är övad och kan samverka med andra aktörer",
        "Kommunen ska kunna ta emot och fördela frivilliga krafter vid en kris",
    ]
    # time label -> [(text, owners, Ansvarig line (None = no line), goal ids, note)]
    groups = [
        ("Våren 2026", "period", [
            ("Inventera vilka verksamheter som är samhällsviktiga och vad de behöver för att klara ett elavbrott",
             [sak], sak, ["G1"], ""),
            ("Ta fram en kommunikationsplan för kris med färdiga texter till webben och sociala medier",
             ["Kommunikationsenheten"], "Kommunikationsenheten", ["G2", "G3"], "two goal chips"),
        ]),
        ("Hösten 2026", "period", [
            ("Installera reservkraft på de två största äldreboendena och i kommunhuset", ["Fastighetsenheten"],
             "Fastighetsenheten", ["G1"], ""),
            ("Öppna tre trygghetspunkter där invånarna kan få information och ladda telefonen vid ett avbrott",
             ["Räddningstjänsten", sak], f"Räddningstjänsten och {sak}", ["G2"], "two owners"),
        ]),
        ("2027", "period", [
            ("Skaffa satellittelefoner och Rakel-terminaler till krisledningen och hemtjänsten", [sak], sak,
             ["G1", "G3"], ""),
            ("Dela ut broschyren Om krisen kommer till alla hushåll tillsammans med en lokal checklista", [],
             None, ["G2"], "NO 'Ansvarig:' line: no owner"),
        ]),
        ("Varje höst", "recurring", [
            ("Öva krisledningsnämnden och den centrala krisledningsstaben i ett gemensamt scenario", [sak], sak,
             ["G3"], "'Varje höst' recurring"),
        ]),
        ("Löpande", "continuous", [
            ("Uppdatera kontinuitetsplanerna i alla verksamheter när organisationen ändras",
             ["Alla förvaltningar"], "Alla förvaltningar", ["G1"], "'Alla förvaltningar' diffuse; 'Löpande'"),
        ]),
        ("2029", "period", [
            ("Bygga ett skyddat ledningsrum i räddningsstationen", ["Fastighetsenheten"], "Fastighetsenheten",
             ["G3"], "'2029' after the plan period 2026–2028"),
        ]),
        ("Inte tidsatt", None, [
            ("Utreda hur skolornas kök kan laga mat till fler invånare under en längre kris",
             ["Kostenheten"], "Kostenheten", ["G1"], "'Inte tidsatt' = no deadline"),
        ]),
    ]
    goals = [G(f"G{i}", t) for i, t in enumerate(goals_t, start=1)]
    measures = []
    n = 0
    for label, kind, cards in groups:
        for text, owners, _line, gids, note in cards:
            n += 1
            when = None if kind is None else label
            measures.append(M(f"M{n}", text, gids, owners, when, kind,
                              diffuse=tuple(o for o in owners if o.startswith("Alla ")), outside=label == "2029",
                              note=note))
    plan = Plan(
        slug=slug, language="sv", title="Handlingsplan för civil beredskap 2026–2028", period=(2026, 2028),
        goals=goals, measures=measures, source_ext="html",
        notes="""
HTML/CSS printed by headless Chromium (A4 portrait, 'Sida n av N' in the page margin). Ekhammars kommun web
page: site header and menu, breadcrumbs, 'Senast uppdaterad', intro quoting the lag om kommuners och
regioners åtgärder inför och vid extraordinära händelser ('Kommuner ska …' — a legal duty, no goal), a
'Fakta' box. 'Våra mål': an ordered list 'Mål 1'–'Mål 4' (gold goals, without 'Mål n'). 'Tidslinje för
åtgärderna': a VERTICAL TIMELINE — a line down the middle, TIME LABELS as pills on the line ('Våren 2026',
'Hösten 2026', '2027', 'Varje höst', 'Löpande', '2029', 'Inte tidsatt'), and under each label the cards of
that time, ALTERNATING LEFT AND RIGHT of the line (one card per row). Each card: the åtgärd (gold measure
text), 'Ansvarig: <owner>' and grey chips 'Mål n' (goal links; 'Mål 2 Mål 3' = two links). DEADLINE = the
time label the card hangs under, printed only once above the cards (the cards carry no date); 'Inte
tidsatt' = no deadline; 'Varje höst' recurring; 'Löpande' continuous; '2029' after 2026–2028. A card
without an 'Ansvarig:' line = no owner (M6). 'Räddningstjänsten och Säkerhetsenheten' two owners; 'Alla
förvaltningar' diffuse. Mål 4 (frivilliga) has no card → goal-has-measure. 'Uppföljning' holds no measures.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    rows = []
    side = 0
    for label, _kind, cards in groups:
        cards_html = []
        for text, _o, line, gids, _n in cards:
            cls = "l" if side % 2 == 0 else "r"
            side += 1
            chips = "".join(f'<span class="chip">Mål {g[1:]}</span>' for g in gids)
            own = f'<div class="own"><b>Ansvarig:</b> {E(line)}</div>' if line else ""
            cards_html.append(f'<div class="row"><div class="card {cls}"><div class="txt">{E(text)}</div>{own}'
                              f'<div class="chips">{chips}</div></div></div>')
        rows.append(f'<div class="grp"><div class="lbl"><span>{E(label)}</span></div>{"".join(cards_html)}</div>')
    goals_html = "".join(f"<li><b>Mål {i}</b> {E(t)}</li>" for i, t in enumerate(goals_t, start=1))
    html = f"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{E(plan.title)}</title>
<style>
@page {{ size: A4; margin: 14mm 15mm 16mm 15mm;
  @bottom-right {{ content: "Sida " counter(page) " av " counter(pages); font: 8pt 'Liberation Sans', sans-serif; color: #555 }} }}
body {{ font-family: 'Liberation Sans', sans-serif; font-size: 9.8pt; color: #222; margin: 0 }}
.site {{ background: #7a1f2b; color: #fff; padding: 3mm 4mm; display: flex; justify-content: space-between }}
.logo {{ font-weight: bold; font-size: 12pt }} .menu {{ font-size: 8.5pt; padding-top: 1mm }}
.crumbs {{ font-size: 8pt; color: #555; margin: 2mm 0 }}
h1 {{ font-size: 18pt; color: #7a1f2b; margin: 2mm 0 1mm }} .meta {{ font-size: 8pt; color: #666; margin-bottom: 3mm }}
h2 {{ font-size: 13pt; color: #7a1f2b; margin: 5mm 0 2mm; break-after: avoid }}
.facts {{ border-left: 3pt solid #7a1f2b; background: #f6eeee; padding: 2mm 4mm; font-size: 9pt; margin: 2mm 0 }}
ol.goals {{ list-style: none; padding: 0 }} ol.goals li {{ margin: 0 0 1.6mm }}
.tl {{ position: relative; margin-top: 3mm }}
.tl:before {{ content: ""; position: absolute; left: 50%; top: 0; bottom: 0; border-left: 2pt solid #c9a3a8 }}
.grp {{ break-inside: avoid; padding-bottom: 2mm }}
.lbl {{ text-align: center; position: relative; margin: 2mm 0 }}
.lbl span {{ background: #7a1f2b; color: #fff; font-weight: bold; padding: 1mm 4mm; border-radius: 4mm; font-size: 9.5pt }}
.row {{ display: flex; margin: 1.5mm 0 }}
.card {{ width: 44%; border: .6pt solid #c9a3a8; border-radius: 2mm; padding: 2mm 3mm; background: #fff; position: relative }}
.card.r {{ margin-left: 56% }}
.txt {{ font-weight: bold; margin-bottom: 1mm }} .own {{ font-size: 9pt }}
.chip {{ display: inline-block; background: #eee; color: #444; font-size: 7.5pt; padding: .3mm 2mm; border-radius: 2mm; margin: 1mm 1.5mm 0 0 }}
.foot {{ background: #7a1f2b; color: #fff; font-size: 8pt; padding: 2mm 4mm; margin-top: 5mm }}
</style></head><body>
<div class="site"><div class="logo">Ekhammars kommun</div><div class="menu">Trygghet och säkerhet · Kommun och politik · Sök</div></div>
<div class="crumbs">Startsida › Trygghet och säkerhet › Kris och beredskap › Handlingsplan</div>
<h1>{E(plan.title)}</h1>
<div class="meta">Senast uppdaterad 2026-03-02 · Antagen av kommunstyrelsen 2026-02-10</div>
<p>Kriget i vår omvärld, stormar och långa elavbrott har visat att kommunen måste kunna fortsätta sina
viktigaste verksamheter också när samhället är påfrestat. Handlingsplanen visar vad Ekhammars kommun gör
under 2026–2028 för att stärka den civila beredskapen.</p>
<p>Enligt lagen om kommuners och regioners åtgärder inför och vid extraordinära händelser ska kommuner ha en
krisledningsnämnd och analysera risker och sårbarheter. Det är ett lagkrav och inget mål i den här planen.</p>
<div class="facts"><b>Fakta</b><br>Ekhammar har 14 300 invånare, 38 samhällsviktiga verksamheter och två
reservvattentäkter. Senaste långa elavbrott: januari 2024, 41 timmar.</div>
<h2>Våra mål</h2>
<ol class="goals">{goals_html}</ol>
<h2>Tidslinje för åtgärderna</h2>
<p>Åtgärderna visas på tidslinjen efter när de ska vara genomförda. Etiketterna på kortet visar vilket mål
åtgärden bidrar till.</p>
<div class="tl">{''.join(rows)}</div>
<h2>Uppföljning</h2>
<p>Säkerhetsenheten följer upp planen varje år i samband med risk- och sårbarhetsanalysen och rapporterar
till kommunstyrelsen. Planen revideras 2028.</p>
<div class="foot">Ekhammars kommun · 0123-45 60 00 · kommun@ekhammar.se · Tillgänglighet · Kakor</div>
</body></html>"""
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf)
    return plan, pdf


def _check_tidslinje() -> list[str]:
    """Every time label is printed once; no card repeats its time (the card texts carry no 'Klart' or date)."""
    slug = "beredskap-tidslinje-sv"
    html = (OUT / slug / f"{slug}.html").read_text(encoding="utf-8")
    bad = []
    n = html.count('<div class="lbl">')
    if n != 7:
        bad.append(f"{slug}: {n} time labels")
    if html.count('class="card l"') < 5 or html.count('class="card r"') < 5:
        bad.append(f"{slug}: cards do not alternate")
    return bad


# =========================================================================== 4 nynorsk measures as columns (reportlab)


@plan_builder
def build_hytteutvikling_kolonnetiltak_nn() -> tuple[Plan, Path]:
    """Nynorsk plan on landscape A4 whose measure tables are TRANSPOSED WIDE: per goal one table with ONE
    COLUMN PER TILTAK ('Tiltak 1.1 | Tiltak 1.2 | …') and the labels in the first column, rows 'Kva gjer vi' /
    'Ansvarleg' / 'Frist' / 'Kostnad'."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
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

    slug = "hytteutvikling-kolonnetiltak-nn"
    pb = "Plan og byggesak"
    goals_t = [
        "Nye hytteområde skal byggjast ut der det tek minst mogleg natur og beite",
        "Hyttefolket skal bruke meir av det lokale næringslivet og tenestene i Fjølvik",
        "Vatn, avløp og renovasjon i hytteområda skal vere i orden",
    ]
    # per goal: [(text, owners, Ansvarleg cell, deadline cell, kind, Kostnad, note)]
    cols = {
        "G1": [
            ("Rullere arealdelen med ei samla vurdering av alle hytteområde i fjellet", [pb], pb, "2027", "period",
             "400 000", ""),
            ("Lage ein rettleiar for terrengtilpassing og storleik på hytter", [pb], pb, "Haust 2026", "period",
             "Innanfor ramma", ""),
            ("Kartleggje myr og viktige beiteområde før nye reguleringsplanar vert godkjende",
             ["Landbrukskontoret", pb], f"Landbrukskontoret og {pb}", "Vår 2027", "period", "150 000",
             "two owners"),
            ("Stille krav om felles parkering og stiar i alle nye reguleringsplanar", ["Alle einingar"],
             "Alle einingar", "Løpande", "continuous", "–", "'Alle einingar' diffuse; 'Løpande' continuous"),
        ],
        "G2": [
            ("Opprette ei hyttevertordning med kontaktperson i kommunen", ["Næringsavdelinga"],
             "Næringsavdelinga", "1.1.2027", "date", "250 000 per år", "the Kostnad 'per år' is no deadline"),
            ("Halde eit årleg hyttefolkmøte saman med Fjølvik Næringsforum", ["Næringsavdelinga",
             "Fjølvik Næringsforum"], "Næringsavdelinga og Fjølvik Næringsforum", "Kvar påske", "recurring",
             "50 000", "two owners; 'Kvar påske' recurring (the word 'årleg' in the text is part of the tiltak)"),
            ("Lage ei nettside med oversikt over handverkarar, butikkar og tenester", [], "", "2026", "period",
             "30 000", "EMPTY Ansvarleg: no owner"),
        ],
        "G3": [
            ("Kartleggje alle private avløpsanlegg i hytteområda og gje pålegg der anlegga ikkje held krava",
             ["Kommunalteknikk"], "Kommunalteknikk", "", None, "600 000", "EMPTY Frist: no deadline"),
            ("Byggje ut felles vass- og avløpsnett til Storlifjellet hyttefelt", ["Kommunalteknikk"],
             "Kommunalteknikk", "2031", "period", "18 mill.", "'2031' after the plan period 2026–2029"),
            ("Setje opp to nye returpunkt for hytteavfall med sortering", ["Fjølvik Renovasjon IKS"],
             "Fjølvik Renovasjon IKS", "Sommaren 2026", "period", "Gebyrfinansiert", ""),
        ],
    }
    goals = [G(f"G{i}", t) for i, t in enumerate(goals_t, start=1)]
    measures = []
    for gid, its in cols.items():
        for k, (text, owners, _cell, when, kind, _kost, note) in enumerate(its, start=1):
            measures.append(M(f"M{gid[1:]}.{k}", text, [gid], owners, when or None, kind,
                              diffuse=tuple(o for o in owners if o.startswith("Alle ")), outside=when == "2031",
                              note=note))
    plan = Plan(
        slug=slug, language="nn", title="Handlingsplan for hytteutvikling 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="py",
        notes="""
reportlab (Liberation Sans, invariant), A4 LANDSCAPE, running header 'Fjølvik kommune · Handlingsplan for
hytteutvikling 2026–2029' with a rule and 'Side n'. P. 1: Innleiing quoting plan- og bygningslova ('Kommunen
skal …' — a legal duty, no goal), a 'Hytter i tal' table (no measures), a reading note saying each tiltak is a
COLUMN. Then 'Mål og tiltak': per goal 'Mål n' + bold goal sentence, then a TRANSPOSED WIDE TABLE: the first
column holds the LABELS 'Kva gjer vi' / 'Ansvarleg' / 'Frist' / 'Kostnad (kr)', and each further COLUMN is
one tiltak, headed 'Tiltak n.m' (four, three and three columns). Gold: the measure is the 'Kva gjer vi' cell
of its column; OWNER = the 'Ansvarleg' cell in the same column; DEADLINE = the 'Frist' cell in the same
column; 'Kostnad' ('400 000', '250 000 per år', '18 mill.', 'Innanfor ramma', 'Gebyrfinansiert') is never
a deadline or owner. pdftotext reads the table ROW BY ROW, so the texts of all tiltak of a goal come first,
then all their owners, then all their deadlines. 'Landbrukskontoret og Plan og byggesak' and
'Næringsavdelinga og Fjølvik Næringsforum' two owners ('Plan og byggesak' is one unit); 'Alle einingar'
diffuse; EMPTY Ansvarleg (M2.3); EMPTY Frist (M3.1). 'Haust 2026', 'Vår 2027', '2027', '2026', 'Sommaren
2026' period; '1.1.2027' date; 'Kvar påske' recurring; 'Løpande' continuous; '2031' after 2026–2029.
'Oppfølging' holds no measures.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    f = bk.reportlab_fonts("LS")
    green = colors.HexColor("#2f5d3a")
    base = ParagraphStyle("b", fontName=f["normal"], fontSize=10, leading=13.5, spaceAfter=5)
    small = ParagraphStyle("s", parent=base, fontSize=9, leading=11.5, spaceAfter=0)
    smallb = ParagraphStyle("sb", parent=small, fontName=f["bold"])
    h1 = ParagraphStyle("h1", parent=base, fontName=f["bold"], fontSize=14, leading=18, textColor=green,
                        spaceBefore=6, spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=base, fontName=f["bold"], fontSize=11.5, leading=15, textColor=green,
                        spaceBefore=6, spaceAfter=2)
    title = ParagraphStyle("t", parent=base, fontName=f["bold"], fontSize=19, leading=24, textColor=green)
    meta = ParagraphStyle("m", parent=base, fontName=f["italic"], fontSize=9, leading=12)
    goal = ParagraphStyle("g", parent=base, fontName=f["bold"], fontSize=10.5, leading=14)
    story = [Paragraph("FJØLVIK KOMMUNE", meta), Paragraph(E(plan.title), title),
             Paragraph("Vedteken i kommunestyret 19. mars 2026, sak 22/26", meta), Spacer(1, 4 * mm),
             Paragraph("Innleiing", h1),
             Paragraph("Fjølvik har over 2 100 fritidsbustader, og talet aukar med om lag 40 i året. Hyttene gjev "
                       "arbeid og handel i bygda, men legg også press på natur, beite, vegar og avløp. Planen "
                       "viser kva kommunen gjer i 2026–2029.", base),
             Paragraph("Etter plan- og bygningslova skal kommunen ta omsyn til landbruk, natur og friluftsliv når "
                       "nye område vert regulerte. Det er eit lovkrav og ikkje eit mål i denne planen.", base)]
    facts = Table([["", "2020", "2025"], ["Fritidsbustader", "1 890", "2 104"], ["Nye hyttetomter regulert", "64",
                                                                                  "112"]],
                  colWidths=[60 * mm, 22 * mm, 22 * mm])
    facts.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), f["normal"], 9), ("FONT", (0, 0), (-1, 0), f["bold"], 9),
                               ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe9e1"))]))
    story += [Paragraph("Hytter i tal", h2), facts, Spacer(1, 3 * mm),
              Paragraph("<i>Slik les du tabellane: kvart tiltak står i ein eigen kolonne. Under tiltaket står kven "
                        "som er ansvarleg, fristen og kva tiltaket kostar.</i>", base),
              Paragraph("Mål og tiltak", h1)]
    lab_w = 30 * mm
    for gi, gid in enumerate(cols, start=1):
        its = cols[gid]
        cw = (257 * mm - lab_w) / 4
        data = [[Paragraph("", smallb)] + [Paragraph(f"Tiltak {gi}.{k}", smallb) for k in range(1, len(its) + 1)]]
        for lab, idx in (("Kva gjer vi", 0), ("Ansvarleg", 2), ("Frist", 3), ("Kostnad (kr)", 5)):
            data.append([Paragraph(lab, smallb)] + [Paragraph(E(c[idx]), small) for c in its])
        t = Table(data, colWidths=[lab_w] + [cw] * len(its), hAlign="LEFT")
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8aa592")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#cfe0d3")),
                               ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#eef4ef")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        story.append(KeepTogether([Paragraph(f"Mål {gi}", h2), Paragraph(E(goals_t[gi - 1]), goal), t,
                                   Spacer(1, 3 * mm)]))
    story += [Paragraph("Oppfølging", h1),
              Paragraph("Plan og byggesak rapporterer om planen til formannskapet kvart år. Planen vert rullert "
                        "saman med arealdelen i 2029.", base)]

    def onpage(canvas, doc):
        w, h = landscape(A4)
        canvas.saveState()
        canvas.setFont(f["normal"], 8)
        canvas.drawString(20 * mm, h - 12 * mm, "Fjølvik kommune · " + plan.title)
        canvas.setStrokeColor(green)
        canvas.line(20 * mm, h - 13.5 * mm, w - 20 * mm, h - 13.5 * mm)
        canvas.drawRightString(w - 20 * mm, 10 * mm, f"Side {doc.page}")
        canvas.restoreState()

    pdf = d / f"{slug}.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=landscape(A4), leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=16 * mm, title=plan.title, author="Fjølvik kommune",
                            invariant=1)
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    _gold(plan, pdf)
    return plan, pdf


def _check_kolonnetiltak() -> list[str]:
    """Each goal's table is printed with its 'Tiltak n.m' column heads on one line (pdftotext -layout) and the
    label 'Ansvarleg' appears once per goal table."""
    import subprocess

    slug = "hytteutvikling-kolonnetiltak-nn"
    txt = subprocess.run(["pdftotext", "-layout", str(OUT / slug / f"{slug}.pdf"), "-"], capture_output=True,
                         text=True, check=True).stdout
    bad = []
    for heads in (("Tiltak 1.1", "Tiltak 1.4"), ("Tiltak 2.1", "Tiltak 2.3"), ("Tiltak 3.1", "Tiltak 3.3")):
        if not any(heads[0] in ln and heads[1] in ln for ln in txt.splitlines()):
            bad.append(f"{slug}: {heads[0]} … {heads[1]} not side by side")
    if sum(ln.strip().startswith("Ansvarleg") for ln in txt.splitlines()) != 3:
        bad.append(f"{slug}: 'Ansvarleg' label not printed three times")
    return bad


# =========================================================================== verify / main


LAYOUT_CHECKS: dict[str, callable] = {
    "fallforebygging-dito-nb": _check_dito,
    "sprogindsats-grundled-da": _check_grundled,
    "beredskap-tidslinje-sv": _check_tidslinje,
    "hytteutvikling-kolonnetiltak-nn": _check_kolonnetiltak,
}


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page) plus one layout fact per plan."""
    return mb3.verify(slug) + LAYOUT_CHECKS.get(slug, lambda: [])()


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify)


if __name__ == "__main__":
    main(sys.argv[1:])
