"""Build the thirty-eighth batch of blind authored plans (corpora/authored/<slug>/), in ORDINARY forms on new
surfaces: a nynorsk tiltaksplan for eldre whose action part is one landscape table 'Satsingsområde | Delmål |
Nr. | Tiltak | Ansvarleg | 2026 | 2027 | 2028' with the area and the goal merged down the rows and crosses in the
year columns, running over pages with the header repeated (python-docx → LibreOffice); a Swedish handlingsplan
för hållbara resor where each 'Mål n.' section has the sub-headings 'Aktiviteter' (a table 'Aktivitet | Ansvar
| Tidplan') and 'Uppföljning' (indicators) (odfpy → LibreOffice); a Danish handleplan for natur og biodiversitet
whose chapters are the goals ('3.2 Mål: …') with the indsatser as a numbered list continuing the sentence
'For at nå målet vil kommunen:' and owner and time in a closing sentence (HTML → Chromium); an English carers
action plan with one table 'Priority | Outcome | Actions | Who | When' whose priority and outcome cells are
merged over their action rows (reportlab).

    python corpora/scripts/make_blind_corpus38.py              # every plan
    python corpora/scripts/make_blind_corpus38.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus38.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus38.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py; plan data classes, findings, gold writer and the `Odt` writer from
make_blind_corpus.py, the pdftotext check from make_blind_corpus3.py, the measure-row helper and the whole-text
check on pdftotext -raw from make_blind_corpus34.py, the page-break heading style and the row helper from
make_blind_corpus37.py (imported, not copied).
Gold files carry `held_out: true` and were committed before plancheck was run on them.
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
import make_blind_corpus34 as mb34  # noqa: E402
import make_blind_corpus37 as mb37  # noqa: E402
from make_blind_corpus import G, Plan  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus38.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731


def _gold(plan: Plan, pdf: Path, **kw) -> Path:
    """write_gold with the pages looked up as pdftotext reads them (blindkit.gold_by_pdftotext)."""
    return bk.gold_by_pdftotext(write_gold, plan, pdf, **kw)


# =========================================================================== 1 nynorsk tiltaksplan (python-docx)

NN_SLUG = "eldre-aarskryss-nn"
NN_AREAS = [("F1", "Aktivitet og fellesskap"), ("F2", "Trygt å bu heime"), ("F3", "Samanhengande tenester")]
NN_GOALS = [
    ("G1", "Fleire eldre skal delta i aktivitetar og sosiale fellesskap i nærmiljøet", "F1"),
    ("G2", "Bebuarar på sjukeheimen skal ha noko meiningsfullt å gjere kvar dag", "F1"),
    ("G3", "Eldre skal kunne bu trygt i eigen heim så lenge dei sjølve ønskjer det", "F2"),
    ("G4", "Overgangen mellom sjukehus, korttidsopphald og heim skal vere trygg for pasient og pårørande", "F3"),
    ("G5", "Pårørande skal få støtte og avlasting slik at dei orkar å stå i omsorgsoppgåvene", "F3"),
]
# (id, nr, text, goal, Ansvarleg as printed, owners, years crossed, note)
NN_ROWS = [
    ("T1", "1.1", "Lage ein felles aktivitetskalender for eldre på nettsida til kommunen og i lokalavisa", "G1",
     "Kultur og fritid", ["Kultur og fritid"], (2026,), "one owner (one eining named with 'og')"),
    ("T2", "1.2", "Starte to nye møteplassar for eldre i grendehusa på Skor og Nesvik", "G1", "Frivilligsentralen",
     ["Frivilligsentralen"], (2026, 2027), ""),
    ("T3", "1.3", "Tilby trening med instruktør i symjehallen for innbyggjarar over 67 år", "G1",
     "Fysio- og ergoterapitenesta", ["Fysio- og ergoterapitenesta"], (2026, 2027, 2028),
     "one owner ('Fysio- og ergoterapitenesta' is one teneste); crosses in every year: last column"),
    ("T4", "1.4", "Tilsetje ein aktivitør i full stilling ved Vassbygd sjukeheim", "G2", "Tenesteleiar sjukeheim",
     ["Tenesteleiar sjukeheim"], (2027,), ""),
    ("T5", "1.5", "Lage ein plan for kvardagsaktivitetar på kvar avdeling", "G2", "Alle avdelingsleiarar",
     ["Alle avdelingsleiarar"], (2027,), "'Alle avdelingsleiarar' diffuse"),
    ("T6", "1.6", "Rekruttere besøksvener til bebuarar som får lite besøk", "G2",
     "Tenesteleiar sjukeheim og frivilligkoordinator", ["Tenesteleiar sjukeheim", "frivilligkoordinator"],
     (2026, 2027, 2028), "two owners (a title and a person in lower case)"),
    ("T7", "2.1", "Gjennomføre førebyggjande heimebesøk hos alle som fyller 78 år", "G3", "Helsestasjon for eldre",
     ["Helsestasjon for eldre"], (2026, 2027, 2028), ""),
    ("T8", "2.2", "Ta i bruk digitalt tilsyn og elektroniske medisindispenserar i heimetenesta", "G3",
     "Heimetenesta", ["Heimetenesta"], (2026, 2027), ""),
    ("T9", "2.3", "Kartleggje behovet for tilrettelagde bustader i sentrum av Vassbygd", "G3", "Plan og utvikling",
     ["Plan og utvikling"], (), "one owner (one eining); no cross: no deadline"),
    ("T10", "2.4", "Informere om tilskot frå Husbanken til å tilpasse bustaden", "G3", "", [], (2026,),
     "empty Ansvarleg: no owner"),
    ("T11", "3.1", "Innføre ein fast samtale med pasienten innan tre dagar etter utskriving frå sjukehus", "G4",
     "Tildelingskontoret", ["Tildelingskontoret"], (2026,), ""),
    ("T12", "3.2", "Gje alle pasientar på korttidsopphald ein fast kontaktperson", "G4", "Tenesteleiar sjukeheim",
     ["Tenesteleiar sjukeheim"], (2026,), ""),
    ("T13", "3.3", "Opprette ein pårørandeskule saman med nabokommunane", "G5", "Helse og omsorg",
     ["Helse og omsorg"], (2027, 2028), "one owner (one sektor named with 'og')"),
    ("T14", "3.4", "Tilby fleksibel avlasting på dagtid, kveld og i helgene", "G5", "Heimetenesta og dagsenteret",
     ["Heimetenesta", "dagsenteret"], (2027,), "two owners (a name and a definite noun)"),
    ("T15", "3.5", "Arrangere ein pårørandedag med informasjon og kurs", "G5", "Frivilligsentralen",
     ["Frivilligsentralen"], (2026, 2027, 2028), ""),
]
NN_YEARS = (2026, 2027, 2028)
NN_TEXT = {
    "1 Innleiing": [
        "Talet på eldre i Vassbygd aukar mykje dei neste åra. Dei fleste eldre er friske og aktive, og mange "
        "bidreg i frivillig arbeid, i familien og i lokalsamfunnet. Samstundes veit vi at fleire vil trenge "
        "helse- og omsorgstenester, og at det blir færre yrkesaktive per pensjonist.",
        "Kommunestyret bad i sak 41/24 om ein tiltaksplan for eldre som byggjer på reforma Leve heile livet. "
        "Planen gjeld for 2026–2028 og skal rullerast kvart år saman med budsjettet.",
        "Planen er utarbeidd av ei arbeidsgruppe med representantar frå helse og omsorg, kultur og fritid, plan "
        "og utvikling og frivilligsentralen. Eldrerådet og rådet for personar med funksjonsnedsetting har vore "
        "med i heile prosessen.",
    ],
    "2 Bakgrunn": [
        "I 2025 budde det 1 240 personar over 67 år i Vassbygd. Statistisk sentralbyrå reknar med at talet vil "
        "vere over 1 600 i 2035, og at talet på personar over 80 år vil auke med nesten 60 prosent.",
        "Dei fleste eldre bur i eigen heim. Om lag 190 personar får heimetenester, og 46 bur på Vassbygd "
        "sjukeheim. Det er ventelister på korttidsopphald i periodar, særleg om vinteren.",
        "Reforma Leve heile livet har eit nasjonalt mål om at eldre skal meistre livet lenger og ha trygge og "
        "gode tenester. Kommunen har sjølv ansvaret for å velje tiltak som passar lokalt.",
    ],
    "3 Kva innbyggjarane har sagt": [
        "Hausten 2025 heldt vi tre folkemøte og gjennomførte ei spørjeundersøking blant innbyggjarar over 60 år. "
        "Om lag 420 personar svarte.",
        "Mange fortalde at dei saknar stader å møtast utan å måtte kjøpe noko, og at det er vanskeleg å finne ut "
        "kva som skjer. Pårørande fortalde at dei ofte kjenner seg åleine med ansvaret, og at overgangen frå "
        "sjukehus til heim kan vere utrygg.",
        "Innspela er tekne med i arbeidet med satsingsområda og tiltaka i denne planen.",
    ],
    "4 Slik les du tiltaksplanen": [
        "Tiltaksplanen i kapittel 5 er ein tabell. Satsingsområdet står i den første kolonnen og delmålet i den "
        "andre. Under kvart delmål står tiltaka med nummer, og kolonnen Ansvarleg viser kven som skal sørgje for "
        "at tiltaket blir gjennomført.",
        "Eit kryss under eit årstal viser at tiltaket skal gjennomførast det året. Når tiltaket har kryss i fleire "
        "år, skal det halde fram til og med det siste året som er kryssa av. Tiltak utan kryss er enno ikkje "
        "tidfesta.",
    ],
    "6 Oppfølging og økonomi": [
        "Kommunalsjef helse og omsorg har ansvaret for å følgje opp planen. Status for tiltaka blir lagd fram for "
        "eldrerådet og for utval for helse og omsorg kvar haust.",
        "Tiltak som krev nye midlar, blir vurderte i arbeidet med budsjett og økonomiplan. Nokre tiltak kan "
        "finansierast med tilskot frå Helsedirektoratet.",
    ],
}
NN_STATS = [["Aldersgruppe", "2025", "2030", "2035"], ["67–79 år", "860", "960", "1 040"],
            ["80–89 år", "310", "390", "470"], ["90 år og eldre", "70", "80", "110"]]


@plan_builder
def build_eldre_aarskryss_nn() -> tuple[Plan, Path]:
    """Nynorsk tiltaksplan (python-docx → LibreOffice): cover, contents and background chapters on their own
    pages in portrait, then chapter 5 in a landscape section: one table 'Satsingsområde | Delmål | Nr. | Tiltak |
    Ansvarleg | 2026 | 2027 | 2028' with the area and the goal merged down their rows and crosses under the
    years; header row repeated."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt, RGBColor

    slug = NN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    rows = [(r[0], r[2], [r[3]], r[5], str(max(r[6])) if r[6] else None, "period", r[7]) for r in NN_ROWS]
    plan = Plan(
        slug=slug, language="nn", title="Tiltaksplan for eit aldersvenleg Vassbygd 2026–2028", period=(2026, 2028),
        goals=[G(g, t, focus_area=f) for g, t, f in NN_GOALS], measures=mb34._measures(rows, period_end=2028),
        source_ext="docx", focus_areas=NN_AREAS,
        notes="""
python-docx → LibreOffice Writer (Liberation Sans Narrow 11 pt body, headings in dark red), Vassbygd kommune. Header
'Vassbygd kommune · Tiltaksplan for eit aldersvenleg Vassbygd' over a rule, footer 'Side n' left-aligned.
Cover, 'Innhald', 1 Innleiing, 2 Bakgrunn (a population table; quotes the national goal of the reform Leve heile
livet: a trap, no goal), 3 Kva innbyggjarane har sagt, 4 Slik les du tiltaksplanen (explains the columns and
the crosses), each on a new page; 5 Tiltaksplan 2026–2028 in a LANDSCAPE section: ONE table 'Satsingsområde |
Delmål | Nr. | Tiltak | Ansvarleg | 2026 | 2027 | 2028', header row repeated on every page, rows kept whole.
The Satsingsområde cell (the FOCUS AREAS) and the Delmål cell (the GOALS) are merged down over their rows (a
merged cell's text is printed once, on the page where the merge starts). Each Tiltak cell is a MEASURE (Nr.
'1.2' not part of the text) linked to the Delmål merged beside it. 6 Oppfølging og økonomi back in portrait.
Gold: OWNERS = Ansvarleg ('Tenesteleiar sjukeheim og frivilligkoordinator', 'Heimetenesta og dagsenteret' two
each; 'Kultur og fritid', 'Plan og utvikling', 'Helse og omsorg', 'Fysio- og ergoterapitenesta' ONE eining
each; 'Alle avdelingsleiarar' diffuse; empty = none). DEADLINE = the head of the LAST year column with an 'X'
(docs/gold-format.md: crosses in 2026 and 2027 → '2027'; crosses in all three → '2028'), kind period; no cross
= no deadline. No deadline can lie outside 2026–2028.
""")
    red = "8A1C2B"
    doc = dh.new_document(font="Liberation Sans Narrow", size=11, margins_mm=24, heading_color=red)
    mb.docx_lang(doc, "nn-NO")
    for lvl, size in ((1, 17), (2, 13)):
        st = doc.styles[f"Heading {lvl}"]
        st.font.name = "Liberation Sans Narrow"
        st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    dh.ruled_header(sec, "Vassbygd kommune · Tiltaksplan for eit aldersvenleg Vassbygd", size=8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    dh.page_of_footer(fp, "Side ", "", None, size=8.5)
    dh.para(doc, "", space_after=150)
    dh.para(doc, "VASSBYGD KOMMUNE", size=12, bold=True, color=red, space_after=10)
    dh.para(doc, "Tiltaksplan for eit aldersvenleg Vassbygd 2026–2028", size=26, bold=True, color="5A1320",
            space_after=8)
    dh.para(doc, "Leve heile livet i Vassbygd", size=14, italic=True, space_after=170)
    dh.para(doc, "Vedteken i kommunestyret 19. februar 2026, sak 9/26", size=9, space_after=2)
    dh.para(doc, "Arkivsak 24/1186", size=9)

    def chapter(title):
        dh.page_break(doc)
        dh.heading(doc, title, 1)

    # the page break before the contents sits on the cover page; the contents open page 2
    dh.page_break(doc)
    dh.heading(doc, "Innhald", 1)
    for t, n in (("1 Innleiing", 3), ("2 Bakgrunn", 4), ("3 Kva innbyggjarane har sagt", 5),
                 ("4 Slik les du tiltaksplanen", 6), ("5 Tiltaksplan 2026–2028", 7), ("6 Oppfølging og økonomi", 9)):
        pp = dh.para(doc, f"{t}\t{n}", space_after=4)
        pp.paragraph_format.tab_stops.add_tab_stop(Mm(160), 2, 1)  # right tab with dot leader
    for chap in ("1 Innleiing", "2 Bakgrunn", "3 Kva innbyggjarane har sagt", "4 Slik les du tiltaksplanen"):
        chapter(chap)
        for t in NN_TEXT[chap]:
            dh.para(doc, t, space_after=7)
        if chap.startswith("2 "):
            w = [50, 25, 25, 25]
            t = dh.new_table(doc, w)
            for i, r in enumerate(NN_STATS):
                dh.add_row(t, r, w, size=9.5, bold=i == 0, fill="F2DCDF" if i == 0 else None)
            dh.para(doc, "Tabell 1. Folketal etter alder, registrert 2025 og framskrive. Kjelde: SSB.", italic=True,
                    size=8.5, space_before=3)
    lsec = dh.add_section(doc, landscape=True, margins_mm=16)
    lsec.header_distance = Mm(8)
    lsec.footer_distance = Mm(8)
    dh.heading(doc, "5 Tiltaksplan 2026–2028", 1)
    dh.para(doc, "Tabellen viser tiltaka i planperioden, ordna etter satsingsområde og delmål. Tiltak som alt er "
                 "sette i gang, er tekne med når dei skal vidareutviklast.", space_after=4)
    dh.para(doc, "X = tiltaket blir gjennomført dette året.", italic=True, size=9.5, space_after=6)
    w = [34, 58, 11, 86, 45, 11, 11, 11]
    t = dh.new_table(doc, w)
    hr = dh.add_row(t, ["Satsingsområde", "Delmål", "Nr.", "Tiltak", "Ansvarleg", "2026", "2027", "2028"], w,
                    size=10, bold=True, fill=red)
    dh.set_repeat_header(hr)
    for c in hr.cells:
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    area_text = dict(NN_AREAS)
    goal_of = {g: (txt, f) for g, txt, f in NN_GOALS}
    prev_goal = prev_area = None
    for _id, nr, text, g, a, _o, years, _n in NN_ROWS:
        gt, f = goal_of[g]
        ac = ("restart", area_text[f]) if f != prev_area else ("continue", "")
        gc = ("restart", gt) if g != prev_goal else ("continue", "")
        marks = ["X" if y in years else "" for y in NN_YEARS]
        row = dh.add_row(t, [ac, gc, nr, text, a, *marks], w, size=10.5)
        for c in row.cells:
            for pp in c.paragraphs:
                pp.paragraph_format.space_before = Pt(4)
                pp.paragraph_format.space_after = Pt(8)
        dh.set_cant_split(row)
        for j in (0, 1):
            if (ac if j == 0 else gc)[0] == "restart":
                for pp in row.cells[j].paragraphs:
                    for r in pp.runs:
                        r.bold = True
        for j in (5, 6, 7):
            row.cells[j].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
            row.cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        prev_goal, prev_area = g, f
    dh.add_section(doc, landscape=False, margins_mm=24)
    dh.heading(doc, "6 Oppfølging og økonomi", 1)
    for tx in NN_TEXT["6 Oppfølging og økonomi"]:
        dh.para(doc, tx, space_after=7)
    dh.set_core_properties(doc, title=plan.title, author="Vassbygd kommune")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf)
    return plan, pdf


# =========================================================================== 2 Swedish handlingsplan (odfpy)

SV_SLUG = "resor-aktiviteter-uppfoljning-sv"
SV_GOALS = [
    ("G1", "Fler invånare ska gå och cykla i vardagen"),
    ("G2", "Kollektivtrafiken ska vara ett attraktivt alternativ till bilen"),
    ("G3", "Kommunens egna resor och transporter ska vara fossilfria"),
    ("G4", "Barn ska kunna ta sig säkert till skolan och fritidsaktiviteter på egen hand"),
]
# (id, nr, text, goal, Ansvar as printed, owners, Tidplan as printed or None, kind, note)
SV_ROWS = [
    ("A1", "", "Bygga ut gång- och cykelvägen mellan Lindeå centrum och Västby", "G1", "Tekniska förvaltningen",
     ["Tekniska förvaltningen"], "2027", "period", ""),
    ("A2", "", "Ta fram en norm för cykelparkering i nya bostadsområden", "G1", "Plan- och byggenheten",
     ["Plan- och byggenheten"], "Hösten 2026", "period", "one owner ('Plan- och byggenheten' is one enhet)"),
    ("A3", "", "Snöröja de prioriterade cykelstråken före bilvägarna", "G1", "Tekniska förvaltningen",
     ["Tekniska förvaltningen"], "Varje vinter", "recurring", "recurring"),
    ("A4", "", "Genomföra kampanjen Cykla till jobbet för kommunens anställda", "G1", "Alla förvaltningar",
     ["Alla förvaltningar"], "Årligen i maj", "recurring", "'Alla förvaltningar' diffuse; recurring"),
    ("A5", "", "Anlägga pendelparkeringar vid stationerna i Lindeå och Norrby", "G2",
     "Tekniska förvaltningen och Trafikverket", ["Tekniska förvaltningen", "Trafikverket"], "2028", "period",
     "two owners"),
    ("A6", "", "Verka för halvtimmestrafik på regionbusslinje 310", "G2", "Kommunledningskontoret",
     ["Kommunledningskontoret"], "Löpande", "continuous", "continuous"),
    ("A7", "", "Tillgänglighetsanpassa tio busshållplatser längs Storgatan och Järnvägsgatan", "G2",
     "Tekniska förvaltningen", ["Tekniska förvaltningen"], "2026-12-31", "date", "ISO date"),
    ("A8", "", "Utreda anropsstyrd kollektivtrafik för landsbygden", "G2", "", [], "2027", "period",
     "empty Ansvar: no owner"),
    ("A9", "", "Byta ut kommunens personbilar mot el- eller biogasbilar", "G3", "Fordonsenheten",
     ["Fordonsenheten"], "2030", "period", "'2030' after the plan period 2026–2029"),
    ("A10", "", "Införa en resepolicy som prioriterar digitala möten, tåg och cykel", "G3", "HR-avdelningen",
     ["HR-avdelningen"], "Juni 2026", "period", ""),
    ("A11", "", "Ställa krav på fossilfria transporter i kommunens upphandlingar", "G3", "Upphandlingsenheten",
     ["Upphandlingsenheten"], "Tertial 1 2027", "period", ""),
    ("A12", "", "Erbjuda förmånscyklar till kommunens anställda", "G3", "HR-avdelningen och Ekonomiavdelningen",
     ["HR-avdelningen", "Ekonomiavdelningen"], "Våren 2027", "period", "two owners"),
    ("A13", "", "Inventera trafiksäkerheten runt alla grundskolor", "G4",
     "Tekniska förvaltningen och Barn- och utbildningsförvaltningen",
     ["Tekniska förvaltningen", "Barn- och utbildningsförvaltningen"], "2027", "period", "two owners"),
    ("A14", "", "Ta fram skolvägskartor tillsammans med elever och vårdnadshavare", "G4",
     "Barn- och utbildningsförvaltningen", ["Barn- och utbildningsförvaltningen"], "Läsåret 2026/27", "period",
     "one owner ('Barn- och utbildningsförvaltningen' is one förvaltning); a school year"),
    ("A15", "", "Sänka hastigheten till 30 km/tim vid alla skolor och förskolor", "G4", "Trafiknämnden",
     ["Trafiknämnden"], None, None, "empty Tidplan: no deadline"),
]
SV_WHY = {
    "G1": "Hälften av alla bilresor i Lindeå är kortare än fem kilometer. Många av dem skulle kunna göras till "
          "fots eller med cykel, vilket är bra både för hälsan och för klimatet.",
    "G2": "Buss och tåg behöver vara snabba, pålitliga och lätta att använda om fler ska välja bort bilen. "
          "Kommunen ansvarar för hållplatser och pendelparkeringar och påverkar regionens trafikutbud.",
    "G3": "Kommunen har drygt 140 fordon och anställda gör många tjänsteresor. Som stor arbetsgivare kan "
          "kommunen gå före och visa att det går att resa fossilfritt.",
    "G4": "Allt färre barn går eller cyklar till skolan. Barn som tar sig till skolan på egen hand rör sig mer "
          "och lär sig trafiken, men föräldrarna måste kunna lita på att vägen är säker.",
}
SV_FOLLOW = {
    "G1": ["Andel resor till fots och med cykel (resvaneundersökningen)", "Antal cyklister i cykelmätaren på "
           "Storgatan"],
    "G2": ["Antal påstigande i kollektivtrafiken per invånare", "Andel tillgänglighetsanpassade hållplatser"],
    "G3": ["Andel fossilfria fordon i kommunens fordonsflotta", "Utsläpp av koldioxid från tjänsteresor"],
    "G4": ["Andel elever i årskurs 4–6 som går eller cyklar till skolan", "Antal skolor med skolvägskarta"],
}
SV_TEXT = {
    "Sammanfattning": [
        "Lindeå kommun vill att det ska vara enkelt att resa hållbart. Handlingsplanen beskriver vad kommunen ska "
        "göra under åren 2026–2029 för att fler ska gå, cykla och åka kollektivt, och för att kommunens egna "
        "resor ska bli fossilfria.",
        "Planen har fyra mål. Under varje mål finns de aktiviteter som ska genomföras, vem som ansvarar och när "
        "aktiviteten ska vara klar, och hur vi följer upp målet.",
    ],
    "1 Inledning": [
        "Transporterna står för nästan hälften av utsläppen av växthusgaser i Lindeå. Samtidigt behöver "
        "invånarna kunna ta sig till arbete, skola och service på ett enkelt sätt, även på landsbygden.",
        "Kommunfullmäktige antog 2024 en klimatstrategi med målet att Lindeå ska vara klimatneutralt år 2040. "
        "Den här handlingsplanen är en av flera planer som ska bidra till strategin. Den gäller för 2026–2029.",
        "Handlingsplanen gäller kommunens förvaltningar. De kommunala bolagen berörs av aktiviteterna om "
        "tjänsteresor och fordon.",
    ],
    "2 Nuläge": [
        "Resvaneundersökningen från 2024 visar att 61 procent av resorna i kommunen görs med bil, 22 procent "
        "till fots eller med cykel och 12 procent med buss eller tåg. Andelen bilresor är högre än i länet i "
        "övrigt.",
        "Gång- och cykelvägnätet är väl utbyggt i centrala Lindeå men saknar länkar till Västby och Norrby. "
        "Pendeltåget mot residensstaden går en gång i timmen.",
    ],
    "3 Så har planen tagits fram": [
        "Planen har tagits fram av en arbetsgrupp med representanter för samhällsbyggnad, tekniska "
        "förvaltningen, barn- och utbildningsförvaltningen och kommunledningskontoret. Region Lindland och "
        "Trafikverket har deltagit i två workshoppar.",
        "Invånarna kunde lämna synpunkter i en enkät på kommunens webbplats under hösten 2025. 730 personer "
        "svarade. De vanligaste önskemålen var bättre cykelvägar mellan orterna och fler bussturer på kvällar "
        "och helger.",
    ],
    "5 Genomförande och uppföljning": [
        "Varje förvaltning ansvarar för att genomföra sina aktiviteter inom befintlig budget, om inget annat "
        "anges. Aktiviteter som kräver investeringar prövas i budgetprocessen.",
        "Samhällsbyggnadsförvaltningen samordnar uppföljningen. Målen och aktiviteterna följs upp varje år i "
        "kommunens miljöbokslut, och planen revideras 2029.",
    ],
}
SV_STATS = [["Färdsätt", "Lindeå", "Länet"], ["Bil", "61 %", "55 %"], ["Till fots eller med cykel", "22 %", "26 %"],
            ["Buss eller tåg", "12 %", "15 %"], ["Övrigt", "5 %", "4 %"]]


@plan_builder
def build_resor_aktiviteter_uppfoljning_sv() -> tuple[Plan, Path]:
    """Swedish handlingsplan (odfpy → LibreOffice): cover, contents, summary and background chapters, then chapter
    4 with one section per goal on its own page: heading 'Mål n. <goal>', a short why-paragraph, the sub-heading
    'Aktiviteter' with a table 'Aktivitet | Ansvar | Tidplan' and the sub-heading 'Uppföljning' with indicators."""
    slug = SV_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="sv", title="Handlingsplan för hållbara resor 2026–2029", period=(2026, 2029),
        goals=[G(g, t) for g, t in SV_GOALS], measures=mb37._rows(SV_ROWS, 2029), source_ext="odt",
        notes="""
odfpy → LibreOffice Writer (Liberation Serif 11 pt body, Liberation Sans headings and tables, A4 portrait),
Lindeå kommun. Running header 'Lindeå kommun – Handlingsplan för hållbara resor 2026–2029', footer 'Sida n'.
Cover, Innehåll, Sammanfattning, 1 Inledning (names the klimatstrategi's target 'klimatneutralt år 2040': a
trap, no goal), 2 Nuläge (a table of travel shares), 3 Så har planen tagits fram, each on a new page; 4 Mål och
aktiviteter: four sections, each on a new page, headed 'Mål n. <sentence>' (the GOALS, the sentence without
'Mål n.'), a paragraph on why, a sub-heading 'Aktiviteter' with a table 'Aktivitet | Ansvar | Tidplan' (each
Aktivitet cell a MEASURE linked to the Mål of its section) and a sub-heading 'Uppföljning' with indicator lines
'• Andel …' / '• Antal …' (indicators: never measures; not scored). 5 Genomförande och uppföljning. Gold:
OWNERS = Ansvar ('Tekniska förvaltningen och Trafikverket', 'HR-avdelningen och Ekonomiavdelningen', 'Tekniska
förvaltningen och Barn- och utbildningsförvaltningen' two each; 'Plan- och byggenheten', 'Barn- och
utbildningsförvaltningen' ONE unit each; 'Alla förvaltningar' diffuse; empty = none). DEADLINE = Tidplan
('2027', 'Hösten 2026', '2028', 'Juni 2026', 'Tertial 1 2027', 'Våren 2027', 'Läsåret 2026/27' periods;
'2026-12-31' date; 'Löpande' continuous; 'Varje vinter', 'Årligen i maj' recurring; '2030' after 2026–2029;
empty = none).
""")
    o = mb.Odt(font="Liberation Sans", size=11, lang="sv", country="SE",
               header="Lindeå kommun – Handlingsplan för hållbara resor 2026–2029", footer_text="Sida",
               margin_cm=2.4)
    green = "#2f5d34"
    mb37._odt_page_style(o, "Chap", 16, green)
    o.style("Body", size=11, after=0.25)
    o.style("H3", size=11.5, bold=True, before=0.4, after=0.15, color=green, keep=True)
    o.style("Ind", size=10.5, after=0.1, indent_cm=0.6, hanging_cm=0.4)
    o.style("CoverK", size=12, bold=True, color=green, before=5.0, after=0.5)
    o.style("CoverT", size=27, bold=True, color="#1c3a20", after=0.3)
    o.style("CoverU", size=12.5, italic=True, after=10.0)
    o.style("Small", size=8.5, after=0.1)
    o.style("Toc", size=11, after=0.2)
    # body paragraphs in a serif: a second Body style on Liberation Serif
    from odf.style import TextProperties
    for key in ("Body",):
        st = next(s for s in o.doc.automaticstyles.childNodes if s.getAttribute("name") == o.styles[key])
        for tp in st.getElementsByType(TextProperties):
            tp.setAttribute("fontname", "Liberation Serif")
    o.p("LINDEÅ KOMMUN", "CoverK")
    o.p("Handlingsplan för hållbara resor 2026–2029", "CoverT")
    o.p("Gå, cykla och åk kollektivt – så ska det bli lättare", "CoverU")
    o.p("Antagen av kommunfullmäktige 2026-03-16, § 27", "Small")
    o.p("Diarienummer KS 2025/204", "Small")
    o.p("Innehåll", "Chap")
    toc = [("Sammanfattning", 3), ("1 Inledning", 4), ("2 Nuläge", 5), ("3 Så har planen tagits fram", 6),
           ("4 Mål och aktiviteter", 7), ("5 Genomförande och uppföljning", 11)]
    for t, n in toc:
        o.p(f"{t} ........................................................ {n}", "Toc")
    for chap in ("Sammanfattning", "1 Inledning", "2 Nuläge", "3 Så har planen tagits fram"):
        o.p(chap, "Chap")
        for t in SV_TEXT[chap]:
            o.p(t)
        if chap.startswith("2 "):
            o.table([8.0, 3.0, 3.0], SV_STATS, header_fill="#dbe8d8", border="0.5pt solid #8aa88d")
            o.p("Källa: Resvaneundersökning Lindeå 2024 och Region Lindland.", "Small")
    for i, (g, gt) in enumerate(SV_GOALS, 1):
        if i == 1:
            o.p("4 Mål och aktiviteter", "Chap")
            o.p("Här redovisas planens fyra mål. Under varje mål står aktiviteterna med ansvarig förvaltning och "
                "tidplan, och hur målet följs upp.")
            o.p(f"Mål {i}. {gt}", "H2")
        else:
            o.p(f"Mål {i}. {gt}", "Chap")
        o.p(SV_WHY[g])
        o.p("Aktiviteter", "H3")
        rows = [["Aktivitet", "Ansvar", "Tidplan"]]
        rows += [[r[2], r[4], r[6] or ""] for r in SV_ROWS if r[3] == g]
        t = o.table([8.6, 4.8, 2.8], rows, header_fill="#dbe8d8", border="0.5pt solid #8aa88d")
        mb37._odt_rows_unsplit(o, t)
        o.p("Uppföljning", "H3")
        for ind in SV_FOLLOW[g]:
            o.p(f"•\u00a0{ind}", "Ind")
    o.p("5 Genomförande och uppföljning", "Chap")
    for t in SV_TEXT["5 Genomförande och uppföljning"]:
        o.p(t)
    src = d / f"{slug}.odt"
    o.save(src, title=plan.title, author="Lindeå kommun")
    pdf = bk.soffice_pdf(src)
    _gold(plan, pdf)
    return plan, pdf


# =========================================================================== 3 Danish handleplan (Chromium)

DA_SLUG = "natur-maalkapitler-da"
DA_GOALS = [
    ("G1", "Der skal være mere vild natur på kommunens egne arealer"),
    ("G2", "Vandløb, søer og vådområder skal have en god økologisk tilstand"),
    ("G3", "Borgere, foreninger og landmænd skal være aktive medspillere i naturarbejdet"),
    ("G4", "Kommunen skal have et godt overblik over naturen og dens udvikling"),
]
# (id, nr, text, goal, closing sentence as printed, owners, deadline as printed or None, kind, note)
DA_ROWS = [
    ("N1", "1", "omlægge mindst 30 hektar græsplæne og rabatter til vilde blomsterenge", "G1",
     "Park og Vej har ansvaret, og indsatsen skal være gennemført i 2027.", ["Park og Vej"], "2027", "period",
     "one owner (one afdeling named with 'og')"),
    ("N2", "2", "stoppe brugen af sprøjtemidler på alle kommunale arealer, også på kirkegårdene", "G1",
     "Park og Vej og kirkegårdsforvaltningen har ansvaret, og indsatsen skal være gennemført inden 1. januar "
     "2027.", ["Park og Vej", "kirkegårdsforvaltningen"], "1. januar 2027", "date",
     "two owners (a unit and a definite noun); a date"),
    ("N3", "3", "lade døde træer blive stående eller liggende i de kommunale skove, hvor det er sikkert", "G1",
     "Ansvaret ligger hos Natur og Miljø, og indsatsen er løbende.", ["Natur og Miljø"], "løbende", "continuous",
     "one owner; continuous"),
    ("N4", "4", "gøre udearealerne ved skoler, plejecentre og daginstitutioner mere vilde", "G1",
     "Alle institutioner har ansvaret for deres egne arealer, og indsatsen skal være gennemført i 2028.",
     ["Alle institutioner"], "2028", "period", "'Alle institutioner' diffuse"),
    ("N5", "5", "plante 10.000 hjemmehørende træer og buske i nye levende hegn", "G1",
     "Natur og Miljø har ansvaret, og indsatsen skal være gennemført i 2030.", ["Natur og Miljø"], "2030", "period",
     "'2030' after the plan period 2026–2029"),
    ("N6", "1", "genslynge to kilometer af Kildeå ved Møllemosen", "G2",
     "Vand og Klima har ansvaret, og indsatsen skal være gennemført i 2028.", ["Vand og Klima"], "2028", "period",
     "one owner"),
    ("N7", "2", "etablere fire nye vådområder i samarbejde med lodsejerne", "G2", "Vand og Klima har ansvaret.",
     ["Vand og Klima"], None, None, "owner but no time: no deadline"),
    ("N8", "3", "fjerne spærringer for fisk ved de tre gamle mølledæmninger", "G2",
     "Indsatsen skal være gennemført i 2029.", [], "2029", "period", "time but no owner: no owner"),
    ("N9", "4", "føre tilsyn med alle spildevandsudledninger til søerne", "G2",
     "Vand og Klima har ansvaret, og tilsynet gentages hvert år.", ["Vand og Klima"], "hvert år", "recurring",
     "recurring"),
    ("N10", "1", "give tilskud til foreninger og grundejerforeninger, der laver projekter for vild natur", "G3",
     "Kultur og Fritid har ansvaret, og puljen åbner hvert forår.", ["Kultur og Fritid"], "hvert forår",
     "recurring", "one owner; recurring"),
    ("N11", "2", "oprette et naturråd med repræsentanter for foreninger, landbruget og borgerne", "G3",
     "Teknik- og Miljøudvalget har ansvaret, og indsatsen skal være gennemført i efteråret 2026.",
     ["Teknik- og Miljøudvalget"], "efteråret 2026", "period", "one owner (one udvalg)"),
    ("N12", "3", "tilbyde gratis naturvejledning til alle skoler og daginstitutioner", "G3",
     "Naturskolen har ansvaret, og indsatsen er løbende.", ["Naturskolen"], "løbende", "continuous", "continuous"),
    ("N13", "1", "gennemføre en ny kortlægning af naturen i hele kommunen", "G4",
     "Natur og Miljø har ansvaret, og indsatsen skal være gennemført i 1. halvår 2027.", ["Natur og Miljø"],
     "1. halvår 2027", "period", ""),
    ("N14", "2", "offentliggøre et digitalt naturkort på kommunens hjemmeside", "G4",
     "GIS-teamet har ansvaret, og indsatsen skal være gennemført i december 2027.", ["GIS-teamet"],
     "december 2027", "period", ""),
]
DA_INTRO = {
    "G1": "Kommunen ejer omkring 900 hektar jord: parker, skove, grønne områder, vejrabatter og arealer ved "
          "skoler og institutioner. Meget af det bliver slået ofte og plejet, så der er kun lidt plads til vilde "
          "planter og dyr. Med en anden pleje kan de samme arealer give levesteder for insekter, fugle og "
          "svampe.",
    "G2": "Kun en tredjedel af vandløbene i Kildeby har god økologisk tilstand. Mange af dem er rettet ud og "
          "uddybet, og gamle dæmninger hindrer fiskene i at vandre. Søerne er påvirket af næringsstoffer fra "
          "spildevand og landbrug.",
    "G3": "Kommunen ejer kun en lille del af naturen. Derfor kan vi ikke nå langt uden lodsejere, foreninger og "
          "borgere. Mange har allerede lyst til at gøre en indsats, men efterspørger viden, råd og lidt økonomisk "
          "hjælp.",
    "G4": "Den seneste samlede kortlægning af naturen i kommunen er fra 2012. Vi ved derfor for lidt om, hvor de "
          "vigtigste levesteder er, og om naturen bliver bedre eller dårligere.",
}
DA_TEXT = {
    "Forord": [
        "Naturen i Kildeby er under pres, ligesom i resten af landet. Mange arter af planter, insekter og fugle "
        "er blevet sjældnere, og der er for lidt plads til vild natur.",
        "Med denne handleplan tager kommunen ansvar på sine egne arealer og inviterer borgerne, foreningerne og "
        "landbruget til at være med. Planen er blevet til efter en lang dialog med Grønt Råd og mange borgere.",
        "Lise Brandt, formand for Teknik- og Miljøudvalget",
    ],
    "1 Indledning": [
        "Byrådet vedtog i 2024 en naturpolitik for Kildeby Kommune. Handleplanen for natur og biodiversitet "
        "omsætter politikken til konkrete indsatser i perioden 2026–2029.",
        "I kapitel 2 beskriver vi naturens tilstand i dag. Kapitel 3 er selve handleplanen: hvert afsnit handler "
        "om ét mål og beskriver, hvad kommunen vil gøre for at nå det. Efter hver indsats står der, hvem der har "
        "ansvaret, og hvornår indsatsen skal være gennemført.",
    ],
    "2 Naturen i Kildeby i dag": [
        "Kildeby er en landkommune med store landbrugsarealer, to større skove og ådalen langs Kildeå. Omkring "
        "8 procent af kommunens areal er beskyttet natur som enge, moser, heder og søer.",
        "Danmark har tilsluttet sig EU's biodiversitetsstrategi, hvor 30 procent af landarealet skal beskyttes. "
        "Det er et nationalt og europæisk mål, som kommunen bidrager til, men ikke selv kan opfylde.",
    ],
    "4 Opfølgning": [
        "Natur og Miljø følger op på handleplanen hvert år og giver Teknik- og Miljøudvalget en status i "
        "forbindelse med budgetlægningen. Grønt Råd får samme status.",
        "Handleplanen revideres i 2029, når resultaterne af den nye naturkortlægning kan indgå.",
    ],
}
DA_FACTS = [("Beskyttet natur (§ 3)", "2.450 ha"), ("Kommunalt ejede arealer", "ca. 900 ha"),
            ("Vandløb i alt", "214 km"), ("Vandløb med god økologisk tilstand", "33 %")]


@plan_builder
def build_natur_maalkapitler_da() -> tuple[Plan, Path]:
    """Danish handleplan (HTML → Chromium): foreword, introduction and background, then chapter 3 whose sections
    are the goals ('3.1 Mål: …'): a paragraph, the sentence 'For at nå målet vil kommunen:' and a numbered list
    of indsatser in lower case continuing it, each followed by a sentence naming the owner and the time."""
    slug = DA_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="da", title="Handleplan for natur og biodiversitet 2026–2029", period=(2026, 2029),
        goals=[G(g, t) for g, t in DA_GOALS], measures=mb37._rows(DA_ROWS, 2029), source_ext="html",
        notes="""
HTML/CSS → Chromium print, Kildeby Kommune. Liberation Serif 11 pt body, Liberation Sans headings in green.
@page header 'Kildeby Kommune' left and 'Handleplan for natur og biodiversitet' right, footer 'Side n' right;
none on the first page. Title block and Indhold (chapters only) on p. 1, Forord (signed by the committee
chair), 1 Indledning (says each section of chapter 3 is one goal and that owner and time follow each
indsats), 2 Naturen i Kildeby i dag (a fact box; quotes the EU target of protecting 30 % of the land: a trap, no
goal), 3 Mål og indsatser: four sections headed '3.n Mål: <sentence>' (the GOALS, the sentence without '3.n
Mål:'), each with a paragraph of background, the sentence 'For at nå målet vil kommunen:' and a numbered list
'1.' … restarting in each section whose items continue that sentence in lower case ('omlægge mindst 30 hektar
…'). Each item's first sentence is a MEASURE (text without the number and the full stop), linked to the goal
of its section; the sentence after it in the same item names the owner and the time ('Park og Vej har
ansvaret, og indsatsen skal være gennemført i 2027.'). 4 Opfølgning. Gold: OWNERS = the subject of 'har
ansvaret' / the name after 'Ansvaret ligger hos' ('Park og Vej og kirkegårdsforvaltningen' two; 'Park og Vej',
'Natur og Miljø', 'Vand og Klima', 'Kultur og Fritid' ONE afdeling each; 'Teknik- og Miljøudvalget' one udvalg;
'Alle institutioner' diffuse; 'Indsatsen skal være gennemført i 2029.' = no owner). DEADLINE = the time in that
sentence, without 'i' / 'inden' ('2027', '2028', 'efteråret 2026', '1. halvår 2027', 'december 2027', '2029'
periods; '1. januar 2027' date; 'løbende' continuous; 'hvert år', 'hvert forår' recurring; '2030' after
2026–2029; 'Vand og Klima har ansvaret.' with no time = none).
""")
    css = """
@page { size: A4; margin: 22mm 20mm 20mm 24mm;
  @top-left { content: "Kildeby Kommune"; font: 8pt 'Liberation Sans'; color: #3d6b35; }
  @top-right { content: "Handleplan for natur og biodiversitet"; font: 8pt 'Liberation Sans'; color: #3d6b35; }
  @bottom-right { content: "Side " counter(page); font: 8pt 'Liberation Sans'; color: #555; } }
@page :first { @top-left { content: none; } @top-right { content: none; } }
body { font-family: 'Liberation Serif', serif; font-size: 11pt; line-height: 1.45; color: #1d1d1d; }
h1 { font: bold 24pt/1.2 'Liberation Sans', sans-serif; color: #2b5326; margin: 18mm 0 2mm 0; }
.sub { font: 11pt 'Liberation Sans'; color: #444; margin-bottom: 12mm; }
h2 { font: bold 15pt 'Liberation Sans', sans-serif; color: #2b5326; margin: 9mm 0 3mm 0; }
h2.np { break-before: page; }
h3 { font: bold 12.5pt 'Liberation Sans', sans-serif; color: #2b5326; margin: 7mm 0 2mm 0;
     border-bottom: 0.6pt solid #9fbf97; padding-bottom: 1mm; break-after: avoid; }
.toc { font: 10.5pt 'Liberation Sans'; width: 60%; }
.toc div { display: flex; justify-content: space-between; border-bottom: 0.4pt dotted #999; margin-bottom: 1.5mm; }
.sig { font-style: italic; }
.fact { float: right; width: 62mm; margin: 0 0 3mm 5mm; background: #eef4ec; border-left: 2.5pt solid #3d6b35;
        padding: 3mm 4mm; font: 9pt/1.4 'Liberation Sans'; }
.fact b { display: block; margin-bottom: 1.5mm; }
.fact table { border-collapse: collapse; width: 100%; }
.fact td { padding: 0.6mm 0; vertical-align: top; }
.fact td:last-child { text-align: right; white-space: nowrap; padding-left: 2mm; }
ol.ind { margin: 1mm 0 3mm 0; padding-left: 7mm; }
ol.ind li { margin-bottom: 2.2mm; padding-left: 1mm; break-inside: avoid; }
.lead { margin-bottom: 1mm; }
"""
    p = [f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{E(plan.title)}</title>"
         f"<style>{css}</style></head><body>"]
    p.append("<h1>Handleplan for natur og biodiversitet 2026–2029</h1>"
             "<div class='sub'>Kildeby Kommune · Vedtaget af byrådet den 24. februar 2026</div>")
    toc = [("Forord", 2), ("1 Indledning", 2), ("2 Naturen i Kildeby i dag", 2), ("3 Mål og indsatser", 3),
           ("4 Opfølgning", 4)]
    p.append("<h2>Indhold</h2><div class='toc'>" + "".join(
        f"<div><span>{E(t)}</span><span>{n}</span></div>" for t, n in toc) + "</div>")
    for i, chap in enumerate(("Forord", "1 Indledning", "2 Naturen i Kildeby i dag")):
        p.append(f"<h2{' class=np' if i == 0 else ''}>{E(chap)}</h2>")
        if chap.startswith("2 "):
            p.append("<div class='fact'><b>Naturen i tal</b><table>" + "".join(
                f"<tr><td>{E(a)}</td><td>{E(b)}</td></tr>" for a, b in DA_FACTS) + "</table></div>")
        texts = DA_TEXT[chap]
        for t in texts:
            cls = " class='sig'" if chap == "Forord" and t is texts[-1] else ""
            p.append(f"<p{cls}>{E(t)}</p>")
    p.append("<h2 class=np>3 Mål og indsatser</h2>")
    for i, (g, gt) in enumerate(DA_GOALS, 1):
        p.append(f"<h3>3.{i} Mål: {E(gt)}</h3><p>{E(DA_INTRO[g])}</p>"
                 "<p class='lead'>For at nå målet vil kommunen:</p><ol class='ind'>")
        for _id, _nr, text, gg, closing, *_r in DA_ROWS:
            if gg == g:
                p.append(f"<li>{E(text)}. {E(closing)}</li>")
        p.append("</ol>")
    p.append("<h2>4 Opfølgning</h2>" + "".join(f"<p>{E(t)}</p>" for t in DA_TEXT["4 Opfølgning"]))
    p.append("</body></html>")
    src = d / f"{slug}.html"
    src.write_text("".join(p), encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    _gold(plan, pdf)
    return plan, pdf


# =========================================================================== 4 English action plan (reportlab)

EN_SLUG = "carers-priority-outcome-en"
EN_AREAS = [("F1", "Identifying and recognising carers"), ("F2", "Carers' health and wellbeing"),
            ("F3", "Caring, work and learning")]
EN_GOALS = [
    ("G1", "Carers are identified early and know where to get help", "F1"),
    ("G2", "Young carers are recognised and supported at school", "F1"),
    ("G3", "Carers can take a break from caring when they need one", "F2"),
    ("G4", "Carers stay physically and mentally well", "F2"),
    ("G5", "Carers are able to stay in work or learning alongside caring", "F3"),
]
# (id, nr, text, goal, Who as printed, owners, When as printed or None, kind, note)
EN_ROWS = [
    ("C1", "", "Add a question about caring to every adult social care assessment and review", "G1",
     "Head of Adult Social Care", ["Head of Adult Social Care"], "September 2026", "period", ""),
    ("C2", "", "Train reception and care coordination staff in GP practices to identify and refer carers", "G1",
     "Carers Hub and the Primary Care Network", ["Carers Hub", "Primary Care Network"], "March 2027", "period",
     "two owners (an article after 'and' opens the second)"),
    ("C3", "", "Launch a Kingsholm Carers Card giving discounts at leisure centres and local shops", "G1",
     "Carers Lead", ["Carers Lead"], "Q2 2027/28", "period", "a quarter of the financial year"),
    ("C4", "", "Appoint a young carers champion in every secondary school", "G2", "All secondary schools",
     ["All secondary schools"], "July 2027", "period", "'All secondary schools' diffuse"),
    ("C5", "", "Offer young carers' needs assessments through the Family Hubs", "G2", "Early Help Manager",
     ["Early Help Manager"], "Ongoing", "continuous", "continuous"),
    ("C6", "", "Commission a flexible short breaks service that carers can book directly", "G3",
     "Adults Commissioning Manager", ["Adults Commissioning Manager"], "1 April 2027", "date", "a date"),
    ("C7", "", "Run free wellbeing days and activities for carers", "G3", "Carers Hub", ["Carers Hub"],
     "Every Carers Week", "recurring", "recurring"),
    ("C8", "", "Review the charging policy for replacement care while the carer has a break", "G3", "", [],
     "December 2026", "period", "empty Who: no owner"),
    ("C9", "", "Provide free counselling sessions for carers in crisis", "G4", "Carers Hub", ["Carers Hub"],
     "Ongoing", "continuous", "continuous"),
    ("C10", "", "Offer carers a free flu vaccination and health check", "G4", "Director of Public Health",
     ["Director of Public Health"], "Annually", "recurring", "recurring"),
    ("C11", "", "Adopt a carer-friendly employment policy with paid carers' leave for council staff", "G5",
     "HR Business Partner", ["HR Business Partner"], "June 2026", "period", ""),
    ("C12", "", "Achieve Carer Confident accreditation for the council as an employer", "G5",
     "HR Business Partner and Carers Lead", ["HR Business Partner", "Carers Lead"], "March 2028", "period",
     "two owners"),
    ("C13", "", "Agree flexible deadlines and attendance for student carers with Kingsholm College", "G5",
     "Skills and Employment Team", ["Skills and Employment Team"], None, None,
     "one owner (a team named with 'and'); empty When: no deadline"),
    ("C14", "", "Set up a peer support network for working carers with local employers", "G5", "Carers Hub",
     ["Carers Hub"], "April 2030", "period", "'April 2030' after the plan period 2026–2029"),
]
EN_TEXT = {
    "Foreword": [
        "Every day, thousands of people in Kingsholm look after a family member, partner or friend who could not "
        "manage without them. Many do so for years, often while working, studying or bringing up children of "
        "their own. Without them, health and care services could not cope.",
        "Carers told us that they want to be recognised, to be listened to and to have a life of their own "
        "alongside caring. This action plan sets out what the council and its partners will do over the next "
        "four years to make that happen.",
        "Councillor Malik Osei, Cabinet Member for Adult Social Care and Health",
    ],
    "1 Introduction": [
        "A carer is anyone, including children and adults, who looks after a family member, partner or friend "
        "who needs help because of their illness, frailty, disability, a mental health problem or an addiction "
        "and cannot cope without their support. The care they give is unpaid.",
        "The Care Act 2014 gives adult carers a right to an assessment of their own needs, and the Children and "
        "Families Act 2014 gives the same right to young carers. The council has a duty to meet carers' eligible "
        "needs and to prevent their needs from getting worse.",
        "This plan replaces the Carers Strategy 2021–2025 and runs from April 2026 to March 2029. It was "
        "developed by the Kingsholm Carers Partnership Board, which includes carers, the Carers Hub, the NHS, "
        "schools and the voluntary sector.",
    ],
    "2 Carers in Kingsholm": [
        "At the 2021 Census, 19,400 residents of Kingsholm said that they provided unpaid care, and more than a "
        "third of them cared for 50 hours or more a week. The true number is likely to be higher, as many "
        "people do not see themselves as carers.",
        "Only 3,150 carers are registered with the Carers Hub, and fewer than 900 had a carer's assessment in "
        "2024/25. Young carers are the group we know least about: schools identified 240, but national "
        "research suggests there may be more than a thousand in the city.",
    ],
    "3 What carers told us": [
        "In autumn 2025 we ran an online survey, which 612 carers answered, and held eight listening events in "
        "libraries, schools and community centres. Carers described the strain of caring and the difficulty of "
        "finding information at the right time.",
        "The most common requests were for a break from caring that can be arranged at short notice, for "
        "GPs and hospital staff to ask about caring, and for employers to be more understanding. Young "
        "carers asked that teachers know about their situation without them having to explain it again.",
    ],
    "4 How to read the action plan": [
        "The action plan in section 5 is grouped under three priorities. Each priority has one or more outcomes: "
        "the differences we want carers to notice by 2029. The actions under each outcome are the things we "
        "will do to achieve it.",
        "The Who column names the officer, team or organisation responsible for delivering the action. The When "
        "column shows when the action will be completed, or how often it will happen. Where no date has yet "
        "been agreed, the column is left blank.",
    ],
    "6 Monitoring and review": [
        "The Carers Partnership Board will monitor progress on the action plan at every meeting, and an annual "
        "report will go to the Health and Wellbeing Board each autumn. Carers will be invited to say whether "
        "they have noticed a difference.",
        "The plan will be reviewed in 2028, in time to shape the next plan from 2029.",
    ],
}
EN_STATS = [["Indicator", "Kingsholm", "England"],
            ["Residents providing unpaid care (Census 2021)", "8.9%", "8.9%"],
            ["Of whom caring 50 or more hours a week", "36%", "30%"],
            ["Carers registered with the Carers Hub", "3,150", "–"],
            ["Carers' assessments completed, 2024/25", "884", "–"]]


@plan_builder
def build_carers_priority_outcome_en() -> tuple[Plan, Path]:
    """English carers action plan (reportlab, Liberation Sans): cover, contents, foreword and background chapters,
    then section 5: one table 'Priority | Outcome | Actions | Who | When' whose priority and outcome cells are
    merged (SPAN) over their action rows, header repeated when the table runs on to the next page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    slug = EN_SLUG
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        slug=slug, language="en", title="Carers Action Plan 2026–2029", period=(2026, 2029),
        goals=[G(g, t, focus_area=f) for g, t, f in EN_GOALS], measures=mb37._rows(EN_ROWS, 2029),
        source_ext="pdf", focus_areas=EN_AREAS,
        notes="""
reportlab (Liberation Sans 10 pt body, table 9.5 pt, invariant), A4 portrait, Kingsholm City Council. Header
'Kingsholm City Council' left and 'Carers Action Plan 2026–2029' right in purple, footer 'Page n' centred,
none on the cover. Cover page, Contents, Foreword (signed by a cabinet member), 1 Introduction (the Care Act),
2 Carers in Kingsholm (an indicator table), 3 What carers told us, 4 How to read the action plan (explains
priorities, outcomes, Who and When), 5 Action plan: ONE table 'Priority | Outcome | Actions | Who | When'
running from p. 4 to p. 5 with the header row repeated (the break falls between two priorities). The
Priority cell (the FOCUS AREAS) and the Outcome cell (the GOALS) are merged (SPAN) down over their action
rows. Each Actions cell is a MEASURE linked to the outcome merged beside it. 6 Monitoring and review. Gold:
OWNERS = Who ('Carers Hub and the Primary Care Network' two, listed without the article; 'HR Business Partner and Carers Lead' two; 'Skills and Employment Team' ONE team; 'All
secondary schools' diffuse; empty = none). DEADLINE = When ('September 2026', 'March 2027', 'July 2027', 'December
2026', 'June 2026', 'March 2028' periods, 'Q2 2027/28' a quarter of a financial year, period; '1 April 2027'
date; 'Ongoing' continuous; 'Every Carers Week', 'Annually' recurring; 'April 2030' after 2026–2029; empty =
none).
""")
    f = bk.reportlab_fonts("KC")
    purple = colors.HexColor("#4b2a6b")
    lilac = colors.HexColor("#ece4f3")
    body = ParagraphStyle("b", fontName=f["normal"], fontSize=10, leading=14.2, spaceAfter=7)
    sig = ParagraphStyle("sig", parent=body, fontName=f["italic"])
    h1 = ParagraphStyle("h1", fontName=f["bold"], fontSize=15, leading=19, textColor=purple, spaceBefore=6,
                        spaceAfter=7, keepWithNext=1)
    cell = ParagraphStyle("c", fontName=f["normal"], fontSize=9.5, leading=12)
    cellb = ParagraphStyle("cb", parent=cell, fontName=f["bold"])
    head = ParagraphStyle("h", parent=cell, fontName=f["bold"], textColor=colors.white)
    toc_st = ParagraphStyle("toc", parent=body, fontSize=10.5, spaceAfter=4)

    def onpage(canvas, doc):
        if doc.page == 1:
            return
        w, h = A4
        canvas.saveState()
        canvas.setFont(f["normal"], 8)
        canvas.setFillColor(purple)
        canvas.drawString(20 * mm, h - 13 * mm, "Kingsholm City Council")
        canvas.drawRightString(w - 20 * mm, h - 13 * mm, "Carers Action Plan 2026–2029")
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawCentredString(w / 2, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()

    pdf = d / f"{slug}.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                            bottomMargin=20 * mm, title=plan.title, author="Kingsholm City Council", invariant=1)
    s = [Spacer(1, 60 * mm),
         Paragraph("Kingsholm City Council", ParagraphStyle("k", fontName=f["bold"], fontSize=12, textColor=purple)),
         Spacer(1, 6 * mm),
         Paragraph("Carers Action Plan 2026–2029",
                   ParagraphStyle("t", fontName=f["bold"], fontSize=28, leading=33, textColor=purple)),
         Spacer(1, 4 * mm),
         Paragraph("Recognising, valuing and supporting unpaid carers",
                   ParagraphStyle("u", fontName=f["italic"], fontSize=13, leading=17)),
         Spacer(1, 95 * mm),
         Paragraph("Approved by Cabinet, 4 March 2026", ParagraphStyle("a", fontName=f["normal"], fontSize=9)),
         PageBreak(), Paragraph("Contents", h1)]
    for t, n in (("Foreword", 3), ("1 Introduction", 3), ("2 Carers in Kingsholm", 3), ("3 What carers told us", 3),
                 ("4 How to read the action plan", 4), ("5 Action plan", 4), ("6 Monitoring and review", 5)):
        s.append(Table([[Paragraph(t, toc_st), Paragraph(str(n), toc_st)]], colWidths=[150 * mm, 20 * mm],
                       style=TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
                                         ("ALIGN", (1, 0), (1, 0), "RIGHT")])))
    s.append(PageBreak())
    for chap in ("Foreword", "1 Introduction", "2 Carers in Kingsholm", "3 What carers told us",
                 "4 How to read the action plan"):
        s.append(Paragraph(chap, h1))
        texts = EN_TEXT[chap]
        for t in texts:
            s.append(Paragraph(t, sig if chap == "Foreword" and t is texts[-1] else body))
        if chap.startswith("2 "):
            st = Table([[Paragraph(c, cellb if i == 0 else cell) for c in r] for i, r in enumerate(EN_STATS)],
                       colWidths=[100 * mm, 30 * mm, 30 * mm])
            st.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), lilac),
                                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#b7a3c9"))]))
            s += [st, Paragraph("Sources: ONS Census 2021, Kingsholm Carers Hub, adult social care records.",
                                ParagraphStyle("src", parent=body, fontSize=8, textColor=colors.HexColor("#555555")))]
        if chap.startswith("1 ") or chap.startswith("3 "):
            s.append(Spacer(1, 4 * mm))
    s += [Spacer(1, 3 * mm), Paragraph("5 Action plan", h1),
          Paragraph("The table sets out the actions for 2026–2029 under each priority and outcome.", body)]
    area_text = dict(EN_AREAS)
    data = [[Paragraph(h, head) for h in ("Priority", "Outcome", "Actions", "Who", "When")]]
    spans = []
    r = 1
    for fid, _ft in EN_AREAS:
        a_start = r
        for g, gt, ff in EN_GOALS:
            if ff != fid:
                continue
            g_start = r
            for _id, _nr, text, gg, who, _o, when, *_x in EN_ROWS:
                if gg != g:
                    continue
                data.append([Paragraph(area_text[fid], cellb) if r == a_start else "",
                             Paragraph(gt, cell) if r == g_start else "",
                             Paragraph(text, cell), Paragraph(who, cell), Paragraph(when or "", cell)])
                r += 1
            spans.append(("SPAN", (1, g_start), (1, r - 1)))
        spans.append(("SPAN", (0, a_start), (0, r - 1)))
        spans.append(("BACKGROUND", (0, a_start), (0, r - 1), lilac))
    t = Table(data, colWidths=[29 * mm, 37 * mm, 55 * mm, 28 * mm, 21 * mm], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), purple), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9d86b5")),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                           *spans]))
    s.append(t)
    s.append(Paragraph("6 Monitoring and review", h1))
    for tx in EN_TEXT["6 Monitoring and review"]:
        s.append(Paragraph(tx, body))
    doc.build(s, onFirstPage=onpage, onLaterPages=onpage)
    _gold(plan, pdf)
    return plan, pdf


# =========================================================================== checks


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page) and batch 34's whole-text check on content order."""
    return mb3.verify(slug) + mb34._whole_text_raw(slug)


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify)


if __name__ == "__main__":
    main(sys.argv[1:])
