"""Build the twentieth batch of blind authored plans (corpora/authored/<slug>/), in layouts not yet in
the corpus: a bokmål plan with a FOUR-LEVEL GOAL HIERARCHY (Hovedmål → Effektmål E1… → Resultatmål
R1.1… → Tiltak) whose measure tables have NO BORDERS AT ALL (shaded header row, white space between the
columns; python-docx → LibreOffice); a nynorsk plan whose owner and deadline stand after each numbered
measure on a TAB-STOP LINE WITH DOT LEADERS ('Ansvar: … ........ Frist: …', a real right tab with a
dotted leader; odfpy → LibreOffice); a Danish plan whose action table is on LANDSCAPE pages stored
ROTATED (portrait media box, /Rotate 90, content drawn turned; reportlab); a New Zealand plan as an
HTML page with a GOAL SIDEBAR (CSS grid: each goal a shaded box spanning the rows of its action cards;
Chromium).

    python corpora/scripts/make_blind_corpus20.py              # every plan
    python corpora/scripts/make_blind_corpus20.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus20.py --verify     # check gold against the PDFs
    python corpora/scripts/make_blind_corpus20.py --twice      # build twice, compare sha256

Generic helpers from blindkit.py (new in this batch: `odt_tab_leader_style`, `pdf_page_rotations`);
plan data classes, findings and gold writer from make_blind_corpus.py (its Odt writer too), the
pdftotext check from make_blind_corpus3.py. Gold files carry `held_out: true` and were committed before
plancheck was run on the documents.
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

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus20.py")
E = lambda s: _h.escape(s, quote=False)  # noqa: E731


# =========================================================================== 1 bokmål goal hierarchy, unruled tables


@plan_builder
def build_bolyst_effektmaal() -> tuple[Plan, Path]:
    """Bokmål plan for settlement and attractiveness: one Hovedmål, four Effektmål E1–E4, Resultatmål
    R1.1 … under each, and per effektmål a measure table 'Tiltak | Ansvar | Frist | Resultatmål' with NO
    borders (only a shaded header row)."""
    from docx.shared import Pt

    slug = "bolyst-effektmaal"
    hoved = "Tverrdal skal være en kommune folk velger å flytte til og blir boende i, med minst 5 200 innbyggere"
    tree = [
        ("Flere unge voksne skal velge å flytte til eller bli boende i Tverrdal", [
            "Minst 40 nye boliger for førstegangsetablerere skal være tatt i bruk innen utgangen av 2029",
            "Alle som flytter til kommunen, skal få tilbud om en velkomstsamtale det første året",
        ]),
        ("Tverrdal skal ha et variert arbeidsliv med flere arbeidsplasser i privat sektor", [
            "Det skal etableres minst 15 nye bedrifter med adresse i kommunen i planperioden",
            "Fjernarbeidere og gründere skal ha tilgang til et kontorfellesskap i sentrum",
        ]),
        ("Sentrum og bygdene skal ha gode møteplasser og et levende kulturliv", [
            "Sentrum skal ha en ny møteplass som brukes av alle aldersgrupper",
            "Bygdelagene skal ha bedre vilkår for å holde lokaler og aktiviteter i gang",
        ]),
        ("Tverrdal skal være kjent som et godt sted å bo utenfor kommunegrensen", [
            "Kommunen skal ha én felles nettside og én felles profil for bosetting",
        ]),
    ]
    nr, nl, kd = "Næringsrådgiver", "Kommunalsjef samfunnsutvikling", "Kommunikasjonsrådgiver"
    # per effektmål: (tiltak, ansvar printed, owners, frist, kind, resultatmål cited, note)
    rows = {
        1: [
            ("Regulere og selge 20 rimelige tomter på Moheia, med rabatt for kjøpere under 35 år", nl, [nl], "2027",
             "period", ["R1.1"], ""),
            ("Gi startlån og tilskudd til etablering for førstegangskjøpere i samarbeid med Husbanken",
             "NAV og Økonomiavdelingen", ["NAV", "Økonomiavdelingen"], "Løpende", "continuous", ["R1.1"],
             "two owners; 'Løpende' continuous"),
            ("Opprette en tilflytterkontakt som holder velkomstsamtaler og følger opp nye innbyggere",
             "Rådmannen", ["Rådmannen"], "1. halvår 2026", "period", ["R1.2"], ""),
            ("Samle informasjon om ledige boliger, barnehage, skole og jobb i én velkomstpakke for nye innbyggere",
             "Tilflytterkontakten", ["Tilflytterkontakten"], "Høst 2026", "period", ["R1.1", "R1.2"],
             "cites TWO resultatmål 'R1.1, R1.2': two goal links"),
        ],
        2: [
            ("Etablere et kontorfellesskap med tolv arbeidsplasser i det gamle bankbygget", nr, [nr], "31.12.2026",
             "date", ["R2.2"], ""),
            ("Tilby gründerveiledning og etableringstilskudd gjennom det kommunale næringsfondet", nr, [nr], "Årlig",
             "recurring", ["R2.1"], "'Årlig' recurring"),
            ("Kartlegge ledige næringsarealer og gjøre dem kjent for aktuelle etablerere", "", [], "2027", "period",
             ["R2.1"], "empty Ansvar: no owner"),
            ("Arrangere næringsfrokost sammen med næringsforeningen", "Tverrdal Næringsforening og næringsrådgiver",
             ["Tverrdal Næringsforening", "næringsrådgiver"], "Hvert halvår", "recurring", ["R2.1", "R2.2"],
             "two owners; 'Hvert halvår' recurring; two resultatmål"),
        ],
        3: [
            ("Bygge en aktivitetspark med lekeplass, sittegrupper og en liten scene i Torgparken", "Teknisk sjef",
             ["Teknisk sjef"], "Sommer 2027", "period", ["R3.1"], ""),
            ("Holde en sentrumsfest med lag, foreninger og næringsliv", "Alle enheter", ["Alle enheter"],
             "Hver august", "recurring", ["R3.1"], "'Alle enheter' diffuse; 'Hver august' recurring"),
            ("Sette opp benker, belysning og gratis trådløst nett på torget og langs kaia", "Teknisk sjef",
             ["Teknisk sjef"], "2026", "period", ["R3.1"], ""),
            ("Utvide åpningstiden på biblioteket til kl. 21 fire kvelder i uka, som meråpent bibliotek",
             "Kultursjef", ["Kultursjef"], "", None, ["R3.1"], "empty Frist: no deadline"),
        ],
        4: [
            ("Lage nettsiden «Bo i Tverrdal» med ledige boliger, tomter og stillinger samlet på ett sted", kd, [kd],
             "Vår 2026", "period", ["R4.1"], ""),
            ("Kjøre en kampanje i sosiale medier rettet mot utflyttede tverrdøler og studenter", kd, [kd], "2031",
             "period", ["R4.1"], "'2031' after the plan period 2026–2029"),
        ],
    }
    goals = [G("H1", hoved, kind="main_goal")]
    for ei, (etext, rlist) in enumerate(tree, start=1):
        goals.append(G(f"E{ei}", etext, kind="goal", parent="H1"))
        for ri, rtext in enumerate(rlist, start=1):
            goals.append(G(f"R{ei}.{ri}", rtext, kind="sub_goal", parent=f"E{ei}"))
    measures = []
    for ei, items in rows.items():
        for k, (text, _a, owners, when, kind, rm, note) in enumerate(items, start=1):
            measures.append(M(f"M{ei}.{k}", text, rm, owners, when or None, kind,
                              diffuse=tuple(o for o in owners if o.startswith("Alle")),
                              outside=(when == "2031"), note=note))
    plan = Plan(
        slug=slug, language="nb", title="Handlingsplan for bolyst og tilflytting 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures,
        notes="""
python-docx → LibreOffice 7.4, A4 portrait, header 'Tverrdal kommune · Bolyst og tilflytting', footer 'Side n
av N'. A FOUR-LEVEL GOAL HIERARCHY in chapter 3 'Mål og tiltak': one 'Hovedmål' (bold sentence in a shaded
paragraph), four 'Effektmål E1'–'E4' (heading 2 'Effektmål E1' + bold sentence), under each a list of
'Resultatmål' with typed codes 'R1.1', 'R1.2' … (hanging indent, code + tab + sentence), then the measures
of that effektmål in a TABLE WITH NO BORDERS AT ALL: 'Tiltak | Ansvar | Frist | Resultatmål', only the
header row shaded, the columns separated by white space, header row repeated where a table breaks over
a page. Gold convention: Hovedmål = main_goal; Effektmål = goal (parent the hovedmål); Resultatmål =
sub_goal (parent its effektmål); the 'R…' codes are not part of the goal text. A measure links to the
RESULTATMÅL its last column cites (goals: ['R1.1']); a cell 'R1.1, R1.2' gives two links; a served
resultatmål serves its effektmål and the hovedmål. R3.2 (bygdelagene) is cited by no measure:
goal-has-measure for that resultatmål. Owners as printed, split at the 'og' joining two units ('NAV og
Økonomiavdelingen', 'Tverrdal Næringsforening og næringsrådgiver'); 'Alle enheter' diffuse; empty Ansvar
(error). Deadlines: '2027', '1. halvår 2026', 'Høst 2026', 'Sommer 2027', 'Vår 2026' period; '31.12.2026'
date; 'Løpende' continuous, 'Årlig', 'Hvert halvår', 'Hver august' recurring (warnings); empty Frist
(error); '2031' after 2026–2029. Traps: the samfunnsdel's goal and the national 'skal' quoted in
chapter 1, an unruled 'Nøkkeltall' table (population by year) that looks like the measure tables, a
'Dette har vi gjort' list, the hovedmål's figure '5 200' and the resultatmål's 'innen utgangen av 2029'
(targets, not deadlines).
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    green = "2E5E3E"
    doc = dh.new_document(font="Liberation Sans", size=10.5, margins_mm=22, heading_color=green)
    mb.docx_lang(doc, "nb-NO")
    sec = doc.sections[0]
    dh.setup_header_footer(sec, "Tverrdal kommune · Bolyst og tilflytting", size=8.5)
    dh.para(doc, "TVERRDAL KOMMUNE", size=9, color=green, space_after=2)
    dh.para(doc, plan.title, bold=True, size=20, color=green, space_after=4)
    dh.para(doc, "Vedtatt av kommunestyret 5. mars 2026, sak 14/26 · Arkivsak 25/1187", italic=True, size=9.5,
            space_after=14)
    dh.heading(doc, "1 Bakgrunn", 1)
    dh.para(doc, "Tverrdal har mistet nesten 300 innbyggere de siste ti årene. Det er særlig de mellom 20 og 35 år "
                 "som flytter, og færre av dem kommer tilbake etter studiene. Samtidig mangler bedriftene folk, "
                 "og flere av grendeskolene har under 30 elever. Denne planen viser hva kommunen vil gjøre for å "
                 "snu utviklingen de neste fire årene.")
    dh.para(doc, "Kommuneplanens samfunnsdel 2023–2035 har som mål at «Tverrdal skal vokse og være en attraktiv "
                 "kommune å bo og arbeide i». Regjeringens distriktsmelding slår fast at alle skal ha "
                 "likeverdige muligheter uansett hvor de bor. Handlingsplanen konkretiserer samfunnsdelens mål "
                 "for perioden 2026–2029; målene i denne planen står i kapittel 3.")
    dh.heading(doc, "Nøkkeltall", 2)
    w = [70, 25, 25, 25, 25]
    t = dh.new_table(doc, w, style=None)
    dh.set_table_borders(t, none=True)
    dh.add_row(t, ["", "2019", "2021", "2023", "2025"], w, size=9.5, bold=True, fill="DCE9DF")
    for r in [("Innbyggere 1. januar", "5 214", "5 102", "5 037", "4 968"),
              ("Innflyttede i året", "181", "166", "172", "158"),
              ("Utflyttede i året", "232", "219", "201", "214"),
              ("Andel innbyggere 20–35 år", "16,1 %", "15,4 %", "14,9 %", "14,2 %")]:
        dh.add_row(t, list(r), w, size=9.5)
    dh.para(doc, "Kilde: SSB, statistikkbanken, tabell 06913 og 09588.", italic=True, size=8.5, space_before=3)
    dh.heading(doc, "2 Slik er planen bygd opp", 1)
    dh.para(doc, "Planen har ett hovedmål. Under hovedmålet står fire effektmål, som beskriver hvilken virkning "
                 "vi vil oppnå i samfunnet. Hvert effektmål har ett eller flere resultatmål, som er konkrete og "
                 "målbare. Tiltakene står i en tabell under hvert effektmål; kolonnen «Resultatmål» viser hvilket "
                 "resultatmål tiltaket skal bidra til.")
    dh.para(doc, "Planen er laget av en arbeidsgruppe med næringsrådgiver, kommunalsjef samfunnsutvikling, "
                 "kultursjef, to representanter fra ungdomsrådet og leder av Tverrdal Næringsforening. "
                 "Innbyggerne ga innspill på to folkemøter og i en digital spørreundersøkelse med 612 svar.")
    dh.para(doc, "Dette har vi gjort", bold=True, space_before=6)
    done = dh.add_num(doc, dh.add_abstract_num(doc, "dash"))
    for s in ["solgt 11 boligtomter på Nordre Moen med redusert pris (2022–2024)",
              "innført gratis kjernetid i SFO for alle førsteklassinger (2024)",
              "bygd ut fiber til 96 prosent av husstandene (2025)"]:
        dh.list_item(doc, s, done)
    dh.heading(doc, "3 Mål og tiltak", 1)
    hp = dh.para(doc, "", space_after=10, space_before=4)
    dh.add_runs(hp, "Hovedmål: ", bold=True, color=green)
    dh.add_runs(hp, hoved, bold=True)
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    ppr = hp._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), "E6F0E8")
    ppr.append(shd)
    w = [76, 42, 23, 25]
    why = {
        1: "Unge voksne som flytter hit, nevner oftest bolig og jobb til partneren som det som avgjør. Det er "
           "nesten ikke bygd nye utleieboliger i kommunen siden 2010, og mange opplever at de ikke blir "
           "tatt imot når de kommer.",
        2: "Tre av fire arbeidsplasser i Tverrdal er i offentlig sektor eller i landbruket. Flere som har "
           "flyttet hjem, jobber på avstand for arbeidsgivere i byene og savner kolleger og et sted å sitte. Næringsforeningen "
           "anslår at minst 30 personer i kommunen har hjemmekontor hele eller deler av uka.",
        3: "I spørreundersøkelsen svarte over halvparten at de savner steder å møtes uten å måtte kjøpe noe. "
           "Bygdelagene driver fem grendehus med frivillig innsats og har problemer med å få endene til å "
           "møtes.",
        4: "Mange utenfor kommunen vet lite om Tverrdal ut over at det ligger langt unna. Informasjonen om "
           "ledige tomter og stillinger er i dag spredt på mange nettsider.",
    }
    for ei, (etext, rlist) in enumerate(tree, start=1):
        dh.heading(doc, f"Effektmål E{ei}", 2)
        dh.para(doc, etext, bold=True, keep_with_next=True, space_after=4)
        dh.para(doc, why[ei], space_after=4)
        dh.para(doc, "Resultatmål", italic=True, size=9.5, keep_with_next=True, space_after=2, color=green)
        for ri, rtext in enumerate(rlist, start=1):
            p = dh.para(doc, f"R{ei}.{ri}\t{rtext}", size=10, space_after=2, keep_with_next=True)
            p.paragraph_format.left_indent = Pt(34)
            p.paragraph_format.first_line_indent = Pt(-34)
        dh.para(doc, "", space_after=2, keep_with_next=True)
        t = dh.new_table(doc, w, style=None)
        dh.set_table_borders(t, none=True)
        hdr = dh.add_row(t, ["Tiltak", "Ansvar", "Frist", "Resultatmål"], w, size=9.5, bold=True, fill="DCE9DF")
        dh.set_repeat_header(hdr)
        for text, ans, _o, when, _k, rm, _n in rows[ei]:
            r = dh.add_row(t, [text, ans, when, ", ".join(rm)], w, size=9.5)
            dh.set_cant_split(r)
        if ei == 3:
            dh.para(doc, "For resultatmål R3.2 kommer tiltakene i kulturplanen, som rulleres i 2027.",
                    italic=True, size=9, space_before=3)
    dh.heading(doc, "4 Oppfølging og økonomi", 1)
    dh.para(doc, "Kommunalsjef samfunnsutvikling rapporterer på resultatmålene til formannskapet hvert år i "
                 "forbindelse med årsmeldingen. Tiltak som krever nye midler, spilles inn til økonomiplanen "
                 "2027–2030. Planen rulleres i 2028.")
    dh.para(doc, "Kontakt: Tverrdal kommune, Rådhusgata 1 · postmottak@tverrdal.kommune.no", size=9)
    for p in doc.paragraphs:
        if p.style.name.startswith("Heading"):
            p.paragraph_format.space_before = Pt(12)
    dh.set_core_properties(doc, title=plan.title, author="Tverrdal kommune")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = bk.soffice_pdf(src)
    pages = mb.pdf_pages(pdf)
    ch3 = next(i for i, t in enumerate(pages, start=1) if mb._squash("3 Mål og tiltak") in t)
    write_gold(plan, pdf, goal_after=ch3, measure_after=ch3)
    return plan, pdf



# =========================================================================== 2 nynorsk tab-stop lines with dot leaders (odfpy)

@plan_builder
def build_ungdomsmedverknad_prikkleiar_nn(toc_pages=("1", "1", "1", "2")) -> tuple[Plan, Path]:
    """Nynorsk plan for youth participation: a hovudmål, goals as heading 2 'Delmål n' + sentence, each
    measure a numbered paragraph followed by a line 'Ansvar: <eining> ........ Frist: <tid>' whose
    deadline is pushed right by a real right tab stop with a DOTTED LEADER."""
    slug = "ungdomsmedverknad-prikkleiar-nn"
    hovud = "Ungdom i Brekkvik skal ha reell påverknad på avgjerder som gjeld dei"
    goals_t = [
        "Ungdomsrådet skal vere eit aktivt og synleg organ som blir høyrt i alle saker som gjeld ungdom",
        "Fleire ungdommar skal delta i val og i høyringar om planar og saker i kommunen",
        "Ungdom skal ha møteplassar som dei sjølve har vore med på å forme",
        "Elevråda skal ha opplæring og tid til å gjere jobben sin",
        "Ungdom med funksjonsnedsetjing skal vere med i medverknadsarbeidet på lik linje med andre",
    ]
    uk = "Ungdomskoordinatoren"
    # per delmål: (tiltak, ansvar or None, owners, frist or None, kind, note)
    rows = {
        1: [
            ("Gje ungdomsrådet fast plass på sakslista i formannskapet og kommunestyret, med rett til å leggje fram "
             "eigne saker", "Politisk sekretariat", ["Politisk sekretariat"], "1. halvår 2026", "period", ""),
            ("Tilsetje ein ungdomskoordinator i halv stilling som sekretær for ungdomsrådet", "Kommunedirektøren",
             ["Kommunedirektøren"], "2026", "period", ""),
            ("Lage ein rapport om kva saker ungdomsrådet har uttalt seg om, og korleis innspela vart følgde opp",
             uk, [uk], "Kvart år", "recurring", "'Kvart år' recurring"),
        ],
        2: [
            ("Halde skuleval og valdebattar på ungdomsskulen og den vidaregåande skulen før kvart val",
             f"{uk} og rektor ved Brekkvik ungdomsskule", [uk, "rektor ved Brekkvik ungdomsskule"], "Hausten 2027",
             "period", "two owners"),
            ("Prøve ut digitale høyringar på mobil for planar og saker som gjeld ungdom", "Plan og utvikling",
             ["Plan og utvikling"], None, None, "only the Ansvar part on the line (no tab, no Frist): no deadline"),
            ("Sende eit kort spørjeskjema på mobilen til alle førstegongsveljarar om kva som får dei til å "
             "røyste, og bruke svara når kommunen planlegg informasjonen før kommunestyrevalet og "
             "stortingsvalet, slik at informasjonen når fram til dei som sjeldan røystar", uk, [uk], "Vår 2027", "period",
             "the measure WRAPS OVER THE PAGE BREAK; its 'Ansvar … Frist' line stands on the next page"),
        ],
        3: [
            ("Pusse opp ungdomshuset Bryggja saman med ungdommane som brukar det, med nytt kjøkken og eit "
             "lite lydstudio", None, [], "2027", "period",
             "the line holds only the tab, the leader dots and 'Frist': no owner"),
            ("Opprette eit ungdomsfond der ungdom sjølve fordeler 200 000 kroner i året til eigne tiltak og "
             "arrangement", "Ungdomsrådet", ["Ungdomsrådet"], "Årleg", "recurring", "'Årleg' recurring"),
            ("Halde ungdomshuset ope tre kveldar i veka i sommarferien", "Alle tenesteområda",
             ["Alle tenesteområda"], "Sommaren 2026", "period", "'Alle tenesteområda' diffuse"),
        ],
        4: [
            ("Gje alle elevrådsleiarar og kontaktlærarar for elevråda kurs i møteleiing og medverknad",
             "Oppvekstsjefen", ["Oppvekstsjefen"], "Hausten 2026", "period", ""),
            ("Setje av ein skuletime i månaden til elevrådsarbeid på alle skulane", "Oppvekstsjefen",
             ["Oppvekstsjefen"], "Løpande", "continuous", "'Løpande' continuous"),
            ("Evaluere ordninga med elevrådstime og leggje fram resultatet for ungdomsrådet", "Oppvekstsjefen",
             ["Oppvekstsjefen"], "2030", "period", "'2030' after the plan period 2026–2029"),
        ],
    }
    goals = [G("H1", hovud, kind="main_goal")]
    goals += [G(f"D{i}", t, kind="sub_goal", parent="H1") for i, t in enumerate(goals_t, start=1)]
    measures = []
    for gi, items in rows.items():
        for k, (text, _a, owners, when, kind, note) in enumerate(items, start=1):
            measures.append(M(f"M{gi}.{k}", text, [f"D{gi}"], owners, when, kind,
                              diffuse=tuple(o for o in owners if o.startswith("Alle")),
                              outside=(when == "2030"), note=note))
    plan = Plan(
        slug=slug, language="nn", title="Handlingsplan for ungdomsmedverknad 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="odt",
        notes="""
odfpy → LibreOffice 7.4, A4 portrait, header 'Brekkvik kommune · Ungdomsmedverknad', footer 'Side n'. A typed
table of contents 'Innhald' whose lines use the SAME dotted-leader right tab as the measures ('1 Innleiing
....... 2'). Chapter 1 quotes barnekonvensjonen art. 12 and kommunelova § 5-12 ('skal') and states the
HOVUDMÅL (bold, shaded); chapter 3 'Delmål og tiltak' has the goals as HEADING 2 'Delmål n' + a bold
sentence, and under each the measures as NUMBERED PARAGRAPHS (typed '1.1', '1.2' + tab, hanging indent),
each followed by ONE LINE 'Ansvar: <eining>' + a real RIGHT TAB STOP at the right margin with a DOTTED
LEADER (style:leader-style dotted, leader-text '.') + 'Frist: <tid>': the dots are drawn by the tab, not
typed. Some lines hold only 'Ansvar: …' (no tab, no Frist: no deadline, error) or only the tab, the dots
and 'Frist: …' (no owner, error). Measure 2.3 WRAPS OVER THE PAGE BREAK: its first lines on one page, its
last line and its 'Ansvar … Frist' line on the next. Gold convention: hovudmål = main_goal; 'Delmål n' =
sub_goal (parent the hovudmål); measure text without the typed number; owners and deadline from the
tab line after it (owner = text after 'Ansvar:' up to the dots, deadline = text after 'Frist:' as
printed); two owners joined by 'og' ('Ungdomskoordinatoren og rektor ved Brekkvik ungdomsskule');
'Alle tenesteområda' diffuse. Deadlines: '1. halvår 2026', '2026', 'Hausten 2027', 'Vår 2027', '2027',
'Sommaren 2026', 'Hausten 2026' period; 'Kvart år', 'Årleg' recurring and 'Løpande' continuous
(warnings); '2030' after 2026–2029. Delmål 5 has no measures (a sentence refers to the
kommunedelplan for helse): goal-has-measure. Traps: the TOC's dotted-leader lines, the ungdomsrådet's
member list, a 'Dette har vi fått til' list, and the 'Årshjul' lines at the end (month + tab + event)
that look like owner/deadline lines but belong to no measure.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    od = mb.Odt(lang="nn", country="NO", header="Brekkvik kommune · Ungdomsmedverknad", footer_text="Side")
    od.style("Small", size=8.5, italic=True, after=0.2)
    od.style("Item", size=10.5, after=0.1, indent_cm=0.6, hanging_cm=0.4)
    od.style("Goal", size=10.5, bold=True, after=0.2, keep=True)
    od.style("Hovud", size=11, bold=True, before=0.2, after=0.3, fill="#f1e9d8", padding="0.2cm",
             border="0.6pt solid #a8874a")
    od.style("Measure", size=10.5, before=0.15, after=0.0, indent_cm=1.0, hanging_cm=1.0)
    # no widow / orphan control on the measures (as in the template the plan was typed in): a wrapped measure
    # may leave a single line on either side of a page break
    mst = od.doc.automaticstyles.childNodes[-1]
    mst.childNodes[0].setAttribute("orphans", "1")
    mst.childNodes[0].setAttribute("widows", "1")
    mst.childNodes[0].setAttribute("keeptogether", "auto")
    body_w = 17.0
    lead = bk.odt_tab_style(od.doc, "PLead", tabs=[(body_w - 1.0, "right", ".")], indent_cm=1.0, after_cm=0.15,
                            size=10, italic=True)
    toc = bk.odt_tab_style(od.doc, "PToc", tabs=[(body_w, "right", ".")], after_cm=0.08, size=10.5)
    cal = bk.odt_tab_style(od.doc, "PCal", tabs=[(3.0, "left", "")], after_cm=0.05, size=10)
    od.p("BREKKVIK KOMMUNE", "Small")
    od.p(plan.title, "Title")
    od.p("Vedteken av kommunestyret 19. februar 2026, sak 9/26", "Small")
    od.p("**Innhald**")
    toc_lines = list(zip(["1 Innleiing", "2 Slik har vi arbeidd", "3 Delmål og tiltak", "4 Oppfølging og årshjul"],
                         toc_pages, strict=True))
    for t, pg in toc_lines:
        bk.odt_tab_paragraph(od.doc.text, toc, [t, pg])
    od.h("1 Innleiing", 1)
    od.p("Brekkvik har hatt ungdomsråd sidan 2009, men rådet har sjeldan fått saker til uttale før dei var "
         "avgjorde. Denne planen skal gjere medverknaden til ein fast del av korleis kommunen arbeider.")
    od.p("Etter barnekonvensjonen artikkel 12 skal barn få seie meininga si i alle saker som gjeld dei. "
         "Kommunelova § 5-12 seier at kommunen skal ha eit ungdomsråd eller eit anna medverknadsorgan for "
         "ungdom. Dette er krav frå staten og ikkje mål i denne planen.")
    od.p("Hovudmål: " + hovud, "Hovud")
    od.h("2 Slik har vi arbeidd", 1)
    od.p("Planen er skriven av ungdomskoordinatoren saman med ungdomsrådet; sjå kapittel 4.")
    od.h("3 Delmål og tiltak", 1)
    od.p("Linja under kvart tiltak viser kven som har ansvaret, og når tiltaket skal vere gjennomført.")
    for gi, gtext in enumerate(goals_t, start=1):
        od.h(f"Delmål {gi}", 2)
        od.p(gtext, "Goal")
        if gi not in rows:
            od.p("Tiltak for dette delmålet blir laga saman med rådet for personar med funksjonsnedsetjing og "
                 "står i kommunedelplanen for helse og omsorg.", "Small")
            continue
        for k, (text, ans, _o, when, _kd, _n) in enumerate(rows[gi], start=1):
            od.p(f"{gi}.{k}\t{text}", "Measure")
            if ans and when:
                parts = [f"Ansvar: {ans}", f"Frist: {when}"]
            elif ans:
                parts = [f"Ansvar: {ans}"]
            else:
                parts = ["", f"Frist: {when}"]
            bk.odt_tab_paragraph(od.doc.text, lead, parts)
    od.h("4 Oppfølging og årshjul", 1)
    od.p("Ungdomskoordinatoren følgjer opp planen og rapporterer til ungdomsrådet og formannskapet. Planen blir "
         "rullert i 2028.")
    od.h("Økonomi", 2)
    od.p("Stillinga som ungdomskoordinator og ungdomsfondet kostar til saman om lag 650 000 kroner i året og "
         "er lagde inn i økonomiplanen 2026–2029. Oppussinga av Bryggja blir finansiert med investeringsmidlar "
         "og spelemidlar til nærmiljøanlegg. Dei andre tiltaka skal gjennomførast innanfor ramma til einingane.")
    od.h("Samanheng med andre planar", 2)
    od.p("Planen byggjer på kommuneplanen sin samfunnsdel 2024–2036, der eitt av satsingsområda er «Gode "
         "oppvekstvilkår». Tiltaka for elevråda heng saman med kvalitetsplanen for skulen, og tiltaka for "
         "ungdomshuset med kommunedelplanen for idrett, fysisk aktivitet og friluftsliv. Ungdomsrådet får "
         "alle desse planane til uttale når dei blir rullerte.")
    od.p("Reglementet for ungdomsrådet blir revidert i 2026 slik at det samsvarar med denne planen. Rådet skal "
         "ha sju medlemer mellom 13 og 19 år, valde av elevråda og ungdomshuset for to år om gongen. Rådet "
         "møtest minst seks gonger i året, og møta er opne for alle.")
    od.p("**Årshjul for ungdomsrådet**")
    for mth, ev in [("Januar", "Møte med formannskapet om budsjettet"), ("Mars", "Fordeling frå ungdomsfondet"),
                    ("September", "Valveke på skulane"), ("November", "Uttale til økonomiplanen")]:
        bk.odt_tab_paragraph(od.doc.text, cal, [mth, ev])
    od.p("Ungdomsrådet 2025–2027: Ada Nesheim (leiar), Tobias Vik, Sunniva Klepp, Jonas Haugland, Marte Fosse, "
         "Eirik Lunde og Iselin Bakke. Sekretær: ungdomskoordinatoren.", "Small")
    od.p("**Dette har vi fått til i førre periode**")
    for s in ["ungdomsrådet har fått eige budsjett på 50 000 kroner (2023)",
              "ungdomshuset Bryggja har fått utvida opningstid på fredagar (2024)",
              "ungdomsrådet har uttalt seg om kommuneplanen sin samfunnsdel (2024)"]:
        od.p(f"•\t{s}", "Item")
    src = od.save(d / f"{slug}.odt", title=plan.title, author="Brekkvik kommune")
    pdf = bk.soffice_pdf(src)
    pages = mb.pdf_pages(pdf)
    # the typed table of contents: rebuild once with the chapters' real pages (the TOC itself stands on p. 1)
    real = tuple(str(next(i for i, t in enumerate(pages, start=1) if i > 1 or t.count(mb._squash(h)) > 1))
                 for h, _ in toc_lines)
    if real != tuple(toc_pages):
        return build_ungdomsmedverknad_prikkleiar_nn(real)
    ch3 = next(i for i, t in enumerate(pages, start=1) if mb._squash("3 Delmål og tiltak") in t)
    write_gold(plan, pdf, goal_after=ch3, measure_after=ch3)
    return plan, pdf



# =========================================================================== 3 Danish rotated landscape table pages (reportlab)


@plan_builder
def build_handicap_roterede_sider_da() -> tuple[Plan, Path]:
    """Danish disability-policy action plan: portrait text pages, 'Målsætning n' in chapter 2, and the
    action table 'Indsats | Ansvarlig | Tidsfrist | Økonomi' on LANDSCAPE pages STORED ROTATED (portrait
    A4 media box with /Rotate 90, the content drawn turned by 90°), as a scanned or assembled PDF has them."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    slug = "handicap-roterede-sider-da"
    bk.reportlab_fonts("LS")
    goals_t = [
        ("Tilgængelighed", "Borgere med handicap skal have lige adgang til kommunens bygninger, veje og digitale "
                           "løsninger"),
        ("Job og uddannelse", "Flere borgere med handicap skal være i job eller uddannelse"),
        ("Fritid og fællesskab", "Borgere med handicap skal have et aktivt fritidsliv på lige fod med andre"),
        ("Pårørende", "Pårørende skal opleve, at kommunen lytter og samarbejder med dem"),
        ("Bolig", "Borgere med handicap skal have en bolig, der passer til deres behov og ønsker"),
    ]
    kf, jc = "Kultur og Fritid", "Jobcenter Brovig"
    # per målsætning: (indsats, ansvarlig printed, owners, tidsfrist, kind, økonomi, note)
    rows = {
        1: [
            ("Gennemgå alle kommunale bygninger for tilgængelighed og udarbejde en prioriteret plan for ombygning",
             "Ejendomscentret", ["Ejendomscentret"], "2. halvår 2026", "period", "0,3 mio. kr. i 2026", ""),
            ("Gøre kommunens hjemmeside og selvbetjeningsløsninger tilgængelige efter webtilgængelighedsloven",
             "Digitalisering og IT", ["Digitalisering og IT"], "31. december 2026", "date", "Inden for rammen",
             "'Digitalisering og IT' is ONE unit"),
            ("Etablere ledelinjer og niveaufri adgang ved de ti mest benyttede busstoppesteder", "Vej og Park",
             ["Vej og Park"], "2030", "period", "1,2 mio. kr. i 2028",
             "'2030' after the plan period 2026–2029; the amount's year 2028 is no deadline"),
        ],
        2: [
            ("Oprette 15 nye fleksjob i kommunens egne afdelinger", f"{jc} og HR", [jc, "HR"], "2027", "period",
             "0,5 mio. kr. i 2027", "two owners"),
            ("Give virksomhedskonsulenterne viden om handicap og hjælpemidler på arbejdspladsen", jc, [jc],
             "løbende", "continuous", "Inden for rammen", "'løbende' continuous"),
            ("Samarbejde med erhvervsskolen om praktikpladser til unge med handicap", "", [], "1. halvår 2027",
             "period", "–", "empty Ansvarlig: no owner"),
        ],
        3: [
            ("Udgive en fritidsguide med tilgængelige tilbud i foreninger og kulturinstitutioner", kf, [kf],
             "foråret 2027", "period", "0,1 mio. kr. i 2027", "'Kultur og Fritid' one unit"),
            ("Give foreninger tilskud til at inkludere medlemmer med handicap", kf, [kf], "hvert år", "recurring",
             "0,25 mio. kr. årligt", "'hvert år' recurring"),
            ("Tilbyde ledsagere gratis adgang til kommunens svømmehaller og museer", kf, [kf], "1. januar 2027",
             "date", "0,05 mio. kr. årligt", ""),
        ],
        4: [
            ("Oprette et pårørendepanel, som mødes med Social og Sundhed to gange om året", "Socialchefen",
             ["Socialchefen"], "", None, "Inden for rammen", "empty Tidsfrist: no deadline"),
            ("Give alle pårørende én fast kontaktperson, når en borger visiteres til et botilbud",
             "Alle afdelinger", ["Alle afdelinger"], "1. januar 2027", "date", "Inden for rammen",
             "'Alle afdelinger' diffuse"),
            ("Uddanne medarbejdere i Borgerservice i at kommunikere med borgere med kognitive handicap",
             "Borgerservice", ["Borgerservice"], "efteråret 2026", "period", "0,15 mio. kr. i 2026", ""),
        ],
    }
    goals = [G(f"G{i}", t) for i, (_s, t) in enumerate(goals_t, start=1)]
    measures = []
    for gi, items in rows.items():
        for k, (text, _a, owners, when, kind, _e, note) in enumerate(items, start=1):
            measures.append(M(f"M{gi}.{k}", text, [f"G{gi}"], owners, when or None, kind,
                              diffuse=tuple(o for o in owners if o.startswith("Alle")),
                              outside=(when == "2030"), note=note))
    plan = Plan(
        slug=slug, language="da", title="Handleplan for handicappolitikken 2026–2029", period=(2026, 2029),
        goals=goals, measures=measures, source_ext="pdf",
        notes="""
Generated with reportlab (Liberation Sans TTF, invariant), A4. PDF pp. 1–2 and 5 PORTRAIT (header 'Brovig
Kommune · Handleplan for handicappolitikken', footer 'Side n af 5'); PDF pp. 3–4 are LANDSCAPE PAGES STORED
ROTATED: each has a PORTRAIT media box (595 × 842 pt) with /Rotate 90 and its content drawn turned by 90°
(a translate + rotate in the content stream), so a viewer shows it landscape and the text runs along the
long side, as in scanned or assembled PDFs; their header and footer are drawn turned too. Chapter 1
Indledning quotes FN's handicapkonvention ('skal') and the Handicaprådet's composition; chapter 2
'Målsætninger' holds 'Målsætning 1'–'Målsætning 5' (bold heading + sentence + a short reason). Chapter 3
'Indsatser' (the rotated pages) is ONE table 'Indsats | Ansvarlig | Tidsfrist | Økonomi' with shaded
full-width rows 'Målsætning n – <short name>' (goal links of the rows below), the header row repeated on
the second rotated page while the group row 'Målsætning 4 – Pårørende' stays ALONE at the foot of the
first rotated page (its three indsatser follow on the next page under the repeated header); a closing
row 'I alt 2026–2029' with the total amount (not an indsats). Gold conventions:
goals = the chapter-2 sentences (kind goal); a measure links to the Målsætning of the group row above it;
owners from 'Ansvarlig' ('Jobcenter Brovig og HR' two owners; 'Digitalisering og IT', 'Kultur og Fritid',
'Vej og Park' one unit each; 'Alle afdelinger' diffuse; empty cell no owner, error); deadline = the
'Tidsfrist' cell as printed ('2. halvår 2026', '2027', '1. halvår 2027', 'foråret 2027', 'efteråret 2026'
period; '31. december 2026', '1. januar 2027' date; 'løbende' continuous, 'hvert år' recurring: warnings;
empty: error; '2030' after 2026–2029). The 'Økonomi' amounts ('0,5 mio. kr. i 2027', '0,25 mio. kr.
årligt') are costs, NEVER deadlines. Målsætning 5 (Bolig) has no group row and no indsatser (they are in
the boligpolitik): goal-has-measure. Page numbers in the gold are PDF page indexes.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    pdf = d / f"{slug}.pdf"
    W, H = A4
    teal, pale = colors.HexColor("#1d5c63"), colors.HexColor("#e3eff0")
    base = ParagraphStyle("b", fontName="LS", fontSize=10.2, leading=14, spaceAfter=6)
    small = ParagraphStyle("s", parent=base, fontSize=8.8, leading=11.5)
    cell = ParagraphStyle("c", parent=base, fontSize=10, leading=13, spaceAfter=0)
    headc = ParagraphStyle("hc", parent=cell, fontName="LS-Bold", textColor=colors.white)
    grp = ParagraphStyle("gr", parent=cell, fontName="LS-Bold", textColor=teal)
    h1 = ParagraphStyle("h1", parent=base, fontName="LS-Bold", fontSize=20, leading=24, textColor=teal, spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=base, fontName="LS-Bold", fontSize=14, leading=18, textColor=teal,
                        spaceBefore=10, spaceAfter=5)
    h3 = ParagraphStyle("h3", parent=base, fontName="LS-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=2)
    head_txt = "Brovig Kommune · Handleplan for handicappolitikken"
    total_pages = 5

    def furniture(canvas, doc, w, h):
        canvas.setFont("LS", 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(20 * mm, h - 12 * mm, head_txt)
        canvas.setStrokeColor(teal)
        canvas.line(20 * mm, h - 13.5 * mm, w - 20 * mm, h - 13.5 * mm)
        canvas.drawRightString(w - 20 * mm, 10 * mm, f"Side {doc.page} af {total_pages}")

    def on_portrait(canvas, doc):
        canvas.saveState()
        furniture(canvas, doc, W, H)
        canvas.restoreState()

    def on_rotated(canvas, doc):
        # the page stays portrait in the file; /Rotate 90 turns it for the viewer, so everything on it is
        # drawn in a landscape coordinate system turned by 90° (not restored: the frame draws in it too)
        canvas.translate(W, 0)
        canvas.rotate(90)
        canvas.saveState()
        furniture(canvas, doc, H, W)
        canvas.restoreState()

    port = PageTemplate(id="portrait", frames=[Frame(20 * mm, 18 * mm, W - 40 * mm, H - 38 * mm, id="p")],
                        onPage=on_portrait, pagesize=A4)
    rot = PageTemplate(id="rotated", frames=[Frame(20 * mm, 16 * mm, H - 40 * mm, W - 36 * mm, id="r")],
                       onPage=on_rotated, pagesize=A4)
    port.rotation, rot.rotation = 0, 90  # the /Rotate reportlab writes for pages of each template
    doc = BaseDocTemplate(str(pdf), pagesize=A4, pageTemplates=[port, rot], title=plan.title,
                          author="Brovig Kommune", creator="Brovig Kommune", invariant=1)
    st = [Paragraph("BROVIG KOMMUNE", ParagraphStyle("k", parent=base, fontName="LS-Bold", fontSize=9,
                                                     textColor=teal)),
          Paragraph(plan.title, h1),
          Paragraph("Vedtaget af Byrådet den 24. februar 2026 · Sagsnr. 26/00412", small), Spacer(1, 6),
          Paragraph("1 Indledning", h2),
          Paragraph("Omkring hver sjette borger i Brovig Kommune lever med et fysisk, psykisk eller kognitivt "
                    "handicap. Handicappolitikken fra 2024 beskriver kommunens værdier og vision. Denne handleplan "
                    "omsætter politikken til konkrete indsatser i perioden 2026–2029.", base),
          Paragraph("FN's handicapkonvention forpligter Danmark til, at personer med handicap skal kunne deltage "
                    "fuldt ud i samfundet på lige fod med andre. Konventionens krav gælder for kommunen, men de er "
                    "ikke målsætninger i denne plan; kommunens egne målsætninger står i kapitel 2.", base),
          Paragraph("Sådan er planen blevet til", h3),
          Paragraph("Handleplanen er udarbejdet af Social og Sundhed i samarbejde med Handicaprådet. Rådet består "
                    "af fem medlemmer udpeget af Danske Handicaporganisationer Brovig og fem medlemmer fra Byrådet "
                    "og forvaltningen. Der har været afholdt et borgermøde med 70 deltagere og tre fokusgrupper med "
                    "unge, pårørende og ansatte på botilbud.", base),
          Paragraph("Handicap i tal", h3)]
    facts = [["", "Brovig", "Hele landet"],
             ["Borgere med fleksjob", "612", "–"],
             ["Modtagere af hjælpemidler (§ 112)", "2 340", "–"],
             ["Tilgængelige kommunale bygninger", "41 %", "–"],
             ["Unge med handicap i uddannelse (18–25 år)", "48 %", "53 %"]]
    st.append(Table(facts, colWidths=[90 * mm, 30 * mm, 30 * mm], hAlign="LEFT", style=TableStyle([
        ("FONT", (0, 0), (-1, -1), "LS", 9.2), ("FONT", (0, 0), (-1, 0), "LS-Bold", 9.2),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, teal), ("LINEBELOW", (0, -1), (-1, -1), 0.6, teal),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])))
    st += [Paragraph("Kilde: Danmarks Statistik og kommunens egne opgørelser 2025.", small),
           Paragraph("2 Målsætninger", h2),
           Paragraph("Handleplanen har fem målsætninger. De bygger på de fem temaer i handicappolitikken.", base)]
    why = {
        1: "I dag er kun fire ud af ti kommunale bygninger fuldt tilgængelige, og mange borgere oplever, at de "
           "digitale løsninger er svære at bruge med skærmlæser.",
        2: "Unge med handicap er sjældnere i uddannelse end andre unge, og mange voksne står uden for "
           "arbejdsmarkedet, selv om de gerne vil arbejde.",
        3: "Foreningerne vil gerne have flere medlemmer med handicap, men mangler viden og penge til ledsagere "
           "og hjælpemidler.",
        4: "Pårørende fortæller, at de skal forklare den samme historie mange gange, og at de ikke ved, hvem de "
           "skal kontakte.",
        5: "Der mangler boliger til unge med handicap, som vil flytte hjemmefra. Indsatserne på boligområdet "
           "står i kommunens boligpolitik og gentages ikke her.",
    }
    for gi, (_short, gtext) in enumerate(goals_t, start=1):
        st += [Paragraph(f"Målsætning {gi}", h3), Paragraph(f"<b>{E(gtext)}</b>", base), Paragraph(why[gi], base)]
    st += [NextPageTemplate("rotated"), PageBreak(), Paragraph("3 Indsatser", h2),
           Paragraph("Tabellen viser indsatserne i planperioden under hver målsætning, hvem der er ansvarlig, "
                     "hvornår indsatsen skal være gennemført, og hvad den koster. Økonomien er angivet i "
                     "2026-priser.", base)]
    widths = [(H - 40 * mm) * f for f in (0.50, 0.19, 0.14, 0.17)]
    data = [[Paragraph(x, headc) for x in ("Indsats", "Ansvarlig", "Tidsfrist", "Økonomi")]]
    style = [("BACKGROUND", (0, 0), (-1, 0), teal), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9bb8bb")), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
             ("TOPPADDING", (0, 0), (-1, -1), 5)]
    for gi, items in rows.items():
        data.append([Paragraph(f"Målsætning {gi} – {goals_t[gi - 1][0]}", grp), "", "", ""])
        style += [("SPAN", (0, len(data) - 1), (-1, len(data) - 1)), ("BACKGROUND", (0, len(data) - 1),
                                                                      (-1, len(data) - 1), pale)]
        for text, ans, _o, when, _k, eco, _n in items:
            data.append([Paragraph(E(text), cell), Paragraph(E(ans), cell), Paragraph(E(when), cell),
                         Paragraph(E(eco), cell)])
    data.append([Paragraph("<b>I alt 2026–2029</b>", cell), "", "", Paragraph("<b>2,9 mio. kr.</b>", cell)])
    st.append(Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", style=TableStyle(style)))
    st += [Spacer(1, 5), Paragraph("Indsatser under målsætning 5 (Bolig) fremgår af boligpolitikken 2025–2030.", small),
           NextPageTemplate("portrait"), PageBreak(),
           Paragraph("4 Opfølgning", h2),
           Paragraph("Social og Sundhed følger op på handleplanen hvert halve år og drøfter status med "
                     "Handicaprådet. En samlet status forelægges Social- og Sundhedsudvalget i januar hvert år. "
                     "Handleplanen revideres i 2028 sammen med handicappolitikken.", base),
           Paragraph("Kontakt: Brovig Kommune, Social og Sundhed, Torvet 3, 6980 Brovig · "
                     "socialogsundhed@brovig.dk", small)]
    doc.build(st)
    # reportlab writes the media box of a /Rotate 90 page landscape; an assembled or scanned PDF keeps the
    # portrait box of the sheet and only turns it: put the portrait box back (same byte length, so the
    # cross-reference offsets stay right)
    data = pdf.read_bytes()
    land, portr = b"/MediaBox [ 0 0 841.8898 595.2756 ]", b"/MediaBox [ 0 0 595.2756 841.8898 ]"
    assert data.count(land) == 2 and len(land) == len(portr)
    pdf.write_bytes(data.replace(land, portr))
    rot_pages = bk.pdf_page_rotations(pdf)
    assert rot_pages == [0, 0, 90, 90, 0], rot_pages
    pages = mb3.pdftotext_pages(pdf)
    # look pages up as pdftotext reads the turned text
    bk.gold_by_pdftotext(write_gold, plan, pdf, goal_after=1, measure_after=3)
    assert len(pages) == total_pages
    return plan, pdf



# =========================================================================== 4 New Zealand HTML goal sidebar (Chromium)


@plan_builder
def build_waste_goal_sidebar_nz() -> tuple[Plan, Path]:
    """New Zealand Waste Minimisation and Management Plan as a council web page printed from the browser:
    a CSS grid whose narrow left column holds each goal in a shaded box spanning the rows of its action
    cards in the right column (card: action text, 'Lead:' line, 'By:' line); a 'Key achievements' card
    list that is not actions."""
    slug = "waste-goal-sidebar-nz"
    goals_t = [
        "Less waste is created in our district",
        "More of what is thrown away is reused, recycled or composted",
        "Waste that cannot be avoided is managed safely and protects our whenua and waterways",
        "Our community, iwi and businesses work together to reduce waste",
    ]
    ws, wmo, igm = "Waste Services Manager", "Waste Minimisation Officer", "Infrastructure Group Manager"
    # per goal: (action, lead printed or None, owners, by printed or None, kind, note)
    cards = {
        1: [
            ("Introduce a rates-funded food scraps collection for urban households", ws, [ws], "July 2027", "period",
             ""),
            ("Require a waste minimisation plan for every council-funded event with more than 500 people",
             "Events Team", ["Events Team"], "Ongoing", "continuous", "'Ongoing' continuous"),
            ("Run a Love Food Hate Waste programme in schools and on marae, with cooking sessions that use "
             "leftovers, a meal-planning challenge for whānau and a small grant for schools that start a worm farm "
             "or a compost bin, and report each year how much food waste the schools and marae have diverted",
             f"{wmo} and Enviroschools Kōwhai Coast", [wmo, "Enviroschools Kōwhai Coast"], "Annually", "recurring",
             "two owners; 'Annually' recurring; the card BREAKS over the page"),
        ],
        2: [
            ("Open a resource recovery centre at the Tōtara Road transfer station, with a reuse shop run by a "
             "community enterprise", igm, [igm], "June 2028", "period", ""),
            ("Extend the kerbside glass collection to Waipiro and Te Rauone", None, [], "December 2026", "period",
             "the card has no 'Lead:' line: no owner"),
            ("Trial a sorting service for construction and demolition waste with local builders",
             "All council teams", ["All council teams"], "2027", "period", "'All council teams' diffuse"),
            ("Hold a free repair café every month in each of the three libraries", "Libraries Manager",
             ["Libraries Manager"], None, None, "the card has no 'By:' line: no deadline"),
        ],
        3: [
            ("Close and cap the old Rangiwai landfill and monitor leachate in the Rangiwai Stream", igm, [igm],
             "2034", "period", "'2034' after the plan period 2026–2032"),
            ("Hold free drop-off days for household hazardous waste in Kōwhai and Waipiro", ws, [ws], "March 2027",
             "period", ""),
            ("Install cameras at the five worst illegal dumping sites and publish the number of fines issued each "
             "quarter", "Compliance Team Leader", ["Compliance Team Leader"], "December 2026", "period", ""),
        ],
    }
    # the goal sentence shares its lines with the cards beside it: look its page up by the box's 'Goal n'
    goals = [G(f"G{i}", t, find=f"Goal {i}") for i, t in enumerate(goals_t, start=1)]
    measures = []
    for gi, items in cards.items():
        for k, (text, _l, owners, when, kind, note) in enumerate(items, start=1):
            measures.append(M(f"M{gi}.{k}", text, [f"G{gi}"], owners, when, kind,
                              diffuse=tuple(o for o in owners if o.startswith("All")),
                              outside=(when == "2034"), note=note))
    plan = Plan(
        slug=slug, language="en", title="Waste Minimisation and Management Plan 2026–2032", period=(2026, 2032),
        goals=goals, measures=measures, source_ext="html",
        notes="""
HTML/CSS printed by headless Chromium on A4, as a New Zealand district council's web page saved to PDF:
@page margin boxes with the running title 'Kōwhai Coast District Council · Waste Minimisation and
Management Plan 2026–2032' and 'Page n of N'. Intro with the Waste Minimisation Act 2008 'must' (s 43) and
the national Te rautaki para waste strategy's goals quoted (not goals of this plan), a 'Key achievements
2020–2025' section as a row of CARDS (past results, not actions), then 'Our goals and actions': ONE CSS
GRID with a narrow left column (26 %) and a wide right column, one grid row per goal: the goal is a
SHADED BOX in the left column ('Goal n' + the goal sentence) stretched over the height of the stack of
its action cards beside it in the right column; each card = the action text, then a 'Lead:' line and a 'By:' line. Goal 1's last card
BREAKS OVER THE PAGE (its text starts at the foot of one page, its 'Lead:' / 'By:' lines are on the
next; the Goal 1 box stops at the foot of the first page). Goal 4 has no action cards: its box stands beside a
single note card ('Actions for this goal will be agreed with the Waste Forum …'), not an action.
Gold conventions: goals = the sidebar boxes' sentences (kind goal); a measure links to the goal whose
box spans its card; owners from 'Lead:' (split at the 'and' joining two bodies: 'Waste Minimisation
Officer and Enviroschools Kōwhai Coast'); 'All council teams' diffuse; a card with no 'Lead:' line has no
owner (error), one with no 'By:' line no deadline (error). Deadlines as printed: 'July 2027', 'June 2028',
'December 2026', 'March 2027', '2027' period; 'Ongoing' continuous and 'Annually' recurring (warnings);
'2034' after the plan period 2026–2032. Goal 4 has no measure: goal-has-measure.
""")
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    grid = []
    for gi, gtext in enumerate(goals_t, start=1):
        items = cards.get(gi)
        grid.append(f'<div class="goal"><div class="gno">Goal {gi}</div><div class="gtext">{E(gtext)}</div></div>')
        if not items:
            grid.append('<div class="stack"><div class="card note">Actions for this goal will be agreed with the '
                        'Waste Forum, iwi and the business associations during 2027 and added to this plan at its '
                        'first review.</div></div>')
            continue
        stack = []
        for text, lead, _o, when, _k, _n in items:
            lines = f'<p class="atext">{E(text)}</p>'
            if lead:
                lines += f'<p class="meta"><b>Lead:</b> {E(lead)}</p>'
            if when:
                lines += f'<p class="meta"><b>By:</b> {E(when)}</p>'
            stack.append(f'<div class="card">{lines}</div>')
        grid.append(f'<div class="stack">{"".join(stack)}</div>')
    ach = [("3,400", "more households with kerbside recycling since 2021"),
           ("18 %", "less waste to landfill per person than in 2019"),
           ("12", "schools in the Enviroschools programme"),
           ("1", "community compost hub opened in Kōwhai township")]
    ach_html = "".join(f'<div class="ach"><div class="num">{E(a)}</div><div>{E(b)}</div></div>' for a, b in ach)
    html = f"""<!DOCTYPE html><html lang="en-NZ"><head><meta charset="utf-8"><title>{E(plan.title)}</title>
<style>
@page {{ size: A4; margin: 20mm 16mm 20mm 16mm;
  @top-left {{ content: "Kōwhai Coast District Council · Waste Minimisation and Management Plan 2026–2032"; font: 7.5pt 'Liberation Sans', sans-serif; color: #555 }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans', sans-serif; color: #555 }} }}
body {{ font: 10pt/1.45 'Liberation Sans', sans-serif; color: #222; margin: 0 }}
.brand {{ font-weight: bold; color: #1f6f50; letter-spacing: .04em; font-size: 9pt }}
h1 {{ font-size: 22pt; line-height: 1.15; color: #174a37; margin: 1mm 0 2mm }}
h2 {{ font-size: 14pt; color: #174a37; margin: 7mm 0 2.5mm; border-bottom: 1.2pt solid #9cc9b4; padding-bottom: 1mm }}
p {{ margin: 0 0 2.5mm }}
.crumbs {{ font-size: 8pt; color: #666; margin-bottom: 3mm }}
.achievements {{ display: flex; gap: 3mm; margin: 2mm 0 3mm }}
.ach {{ flex: 1; border: 0.8pt solid #c9ddd3; border-radius: 2mm; padding: 2.5mm; font-size: 9pt; background: #fbfdfc }}
.ach .num {{ font-size: 16pt; font-weight: bold; color: #1f6f50 }}
.plan {{ display: grid; grid-template-columns: 26% 1fr; column-gap: 4mm; row-gap: 3mm }}
.goal {{ grid-column: 1; background: #dcefe6; border-left: 2.5mm solid #1f6f50; padding: 3mm; border-radius: 1.5mm }}
.gno {{ font-size: 8.5pt; font-weight: bold; text-transform: uppercase; letter-spacing: .05em; color: #1f6f50 }}
.gtext {{ font-weight: bold; font-size: 10.5pt; line-height: 1.3; margin-top: 1mm }}
.stack {{ grid-column: 2; display: flex; flex-direction: column; gap: 3mm }}
.card {{ border: 0.8pt solid #b9cfc4; border-radius: 1.5mm; padding: 2.5mm 3.5mm; background: #fff }}
.card.note {{ font-style: italic; color: #555; background: #f6f6f6 }}
.atext {{ margin: 0 0 1.5mm; font-size: 10.3pt }}
.meta {{ margin: 0; font-size: 9pt; color: #333 }}
.foot {{ font-size: 8.5pt; color: #555; margin-top: 6mm; border-top: .6pt solid #aaa; padding-top: 2mm }}
</style></head><body>
<div class="crumbs">Home › Council › Plans and strategies › Waste Minimisation and Management Plan</div>
<div class="brand">KŌWHAI COAST DISTRICT COUNCIL</div>
<h1>{E(plan.title)}</h1>
<p><i>Adopted by Council on 26 March 2026 following public consultation under the special consultative procedure.</i></p>
<h2>About this plan</h2>
<p>Every year our district sends about 14,000 tonnes of waste to landfill, or 520 kilograms for each resident.
Much of it is food, garden waste, timber and packaging that could be reused, recycled or composted. This plan
sets out how the Council will work with the community over the next six years to reduce the amount of waste
we create and make better use of what is left.</p>
<p>Under section 43 of the Waste Minimisation Act 2008, a territorial authority must adopt a waste
minimisation and management plan and review it at least every six years. The national waste strategy,
Te rautaki para, sets goals for the whole country, such as reducing the amount of material that needs final
disposal; those are national goals that this plan contributes to, not goals of this plan.</p>
<h2>Key achievements 2020–2025</h2>
<div class="achievements">{ach_html}</div>
<p>These results were achieved under the previous plan. The work continues below where it is not finished.</p>
<h2>Our goals and actions</h2>
<p>Each goal is shown on the left with the actions that will help us reach it on the right. Every action
has a lead team, which is accountable for reporting progress, and a date by which it will be done.</p>
<div class="plan">{''.join(grid)}</div>
<h2>Funding and monitoring</h2>
<p>The actions are funded from the waste minimisation levy, the solid waste targeted rate and user charges.
Progress is reported to the Infrastructure and Environment Committee every six months and published in the
Council's annual report.</p>
<p>The plan was shaped by the 2025 Waste Assessment, by workshops with Te Rūnanga o Kōwhai and by 286
submissions. It will be reviewed in 2029 and replaced by 2032.</p>
<p class="foot">Kōwhai Coast District Council · 41 Marine Parade, Kōwhai · 0800 456 700 · kowhaicoast.govt.nz/waste</p>
</body></html>"""
    src = d / f"{slug}.html"
    src.write_text(html, encoding="utf-8")
    pdf = bk.chromium_pdf(src, d / f"{slug}.pdf")
    pages = mb.pdf_pages(pdf)
    ch = next(i for i, t in enumerate(pages, start=1) if mb._squash("Our goals and actions") in t)
    write_gold(plan, pdf, goal_after=ch, measure_after=ch)
    return plan, pdf



# =========================================================================== verify / main


def verify(slug: str) -> list[str]:
    """mb3.verify (pdftotext, page by page), plus the layout checks of this batch: the rotated pages of
    the Danish plan really are portrait boxes with /Rotate 90, and the dot leaders of the nynorsk plan are
    tab stops (no typed run of dots in the ODT source)."""
    import re
    import zipfile

    bad = mb3.verify(slug)
    d = OUT / slug
    if slug == "handicap-roterede-sider-da":
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(d / f"{slug}.pdf"))
        try:
            for i in range(len(doc)):
                x0, y0, x1, y1 = doc[i].get_mediabox()
                rot = doc[i].get_rotation()
                want = 90 if i in (2, 3) else 0
                if rot != want or not (x1 - x0) < (y1 - y0):
                    bad.append(f"{slug}: PDF p. {i + 1} has /Rotate {rot} and box {x1 - x0:.0f}×{y1 - y0:.0f}")
        finally:
            doc.close()
    if slug == "ungdomsmedverknad-prikkleiar-nn":
        xml = zipfile.ZipFile(d / f"{slug}.odt").read("content.xml").decode("utf-8")
        if re.search(r"\.{4,}", xml) or 'style:leader-text="."' not in xml:
            bad.append(f"{slug}: the dot leaders are not (only) tab-stop leaders")
    return bad


def main(argv: list[str]) -> None:
    """Build the plans (or the SLUGs), --verify or --twice: blindkit.plans_main."""
    bk.plans_main(argv, plans=PLANS, out=OUT, verify=verify, strategies=True)


if __name__ == "__main__":
    main(sys.argv[1:])
