"""Build the third batch of blind authored plans (corpora/authored/<slug>/), in layouts not yet in
the corpus.

    python corpora/scripts/make_blind_corpus3.py              # every plan
    python corpora/scripts/make_blind_corpus3.py SLUG ...     # some of them
    python corpora/scripts/make_blind_corpus3.py --verify     # check gold against the PDFs

Same method as make_blind_corpus.py (whose plan data classes, findings derivation, gold writer,
OpenDocument writer and Chromium printer are reused from there): each plan is written here as data
(goals, strategies, measures with owners and deadlines) and rendered by the tool a municipality
would use: Word (python-docx → LibreOffice PDF), OpenDocument (odfpy → LibreOffice PDF), a web page
printed by headless Chromium, a report generated with reportlab. The gold file is written from the
same data; only the page numbers are looked up in the PDF text. Gold files carry `held_out: true`
and were committed before plancheck was run on the documents.

--verify re-reads every PDF with pdftotext and checks that every gold goal, strategy, measure, owner,
deadline and finding quote is printed on the page the gold file names (owners and deadlines of a
measure may sit on the next page when a row breaks).

Deterministic: fixed zip times, core/meta properties, PDF dates and IDs.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _docx_helpers as dh  # noqa: E402
import make_blind_corpus as mb  # noqa: E402
from make_blind_corpus import G, M, Plan, S  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "corpora" / "authored"

PLANS, plan_builder, write_gold = mb.builder_registry("make_blind_corpus3.py")


# =========================================================================== 3 numbered table


@plan_builder
def build_integrering_nummerert() -> tuple[Plan, Path]:
    """Bokmål handlingsplan, one landscape table 'Nr | Strategi | Tiltak | Hovedansvar |
    Medansvar | Periode', Nr = goal.strategy.measure, strategy cells merged down."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    slug = "integrering-nummerert"
    goals = [
        G("G1", "Nyankomne flyktninger skal raskt komme i arbeid eller utdanning."),
        G("G2", "Barn og unge med innvandrerbakgrunn skal delta i barnehage, skole og fritid på lik linje med andre."),
        G("G3", "Innbyggerne i Nordvang skal oppleve tilhørighet og delta i lokalsamfunnet."),
    ]
    strategies = [
        S("S1.1", "Styrke kvalifiseringen i introduksjonsprogrammet", ["G1"]),
        S("S1.2", "Samarbeide med lokalt næringsliv om arbeidsplasser", ["G1"]),
        S("S2.1", "Øke deltakelsen i barnehage", ["G2"]),
        S("S2.2", "Gjøre fritidsaktiviteter tilgjengelige for alle", ["G2"]),
        S("S3.1", "Bygge møteplasser på tvers av kulturer", ["G3"]),
        S("S3.2", "Gjøre kommunens tjenester lettere å forstå", ["G3"]),
    ]
    # (nr, tiltak, hovedansvar, medansvar, periode, kind)
    rows = [
        ("1.1.1", "Tilby norskopplæring kombinert med arbeidspraksis for alle deltakere i introduksjonsprogrammet",
         ["Leder voksenopplæringen"], "NAV Nordvang", "2025–2026", "period"),
        ("1.1.2", "Etablere et kurs i norsk arbeidslivskunnskap sammen med næringsforeningen",
         ["NAV Nordvang"], "Nordvang næringsforening", "2. halvår 2026", "period"),
        ("1.1.3", "Kartlegge kompetansen til alle nyankomne innen tre måneder etter bosetting",
         ["Flyktningtjenesten"], "Voksenopplæringen", "2025", "period"),
        ("1.2.1", "Inngå avtaler om praksisplasser med minst ti lokale bedrifter",
         ["NAV Nordvang"], "Næringssjef", "2025–2026", "period"),
        ("1.2.2", "Arrangere jobbmesse for innvandrere og arbeidsgivere",
         ["Næringssjef"], "NAV Nordvang og flyktningtjenesten", "Hvert år", "recurring"),
        ("2.1.1", "Gi informasjon om barnehagetilbudet på flere språk ved bosetting",
         ["Barnehagefaglig rådgiver"], "Flyktningtjenesten", "1. halvår 2025", "period"),
        ("2.1.2", "Tilby gratis kjernetid i barnehage til familier med lav inntekt",
         ["Kommunalsjef oppvekst"], "", "2025–2027", "period"),
        ("2.2.1", "Opprette en utstyrssentral med gratis utlån av sports- og friluftsutstyr",
         ["Kultur- og fritidssjef"], "Frivilligsentralen", "2026", "period"),
        ("2.2.2", "Følge opp fritidskortet med egen veiledning for foreldre",
         [], "Kultur- og fritidssjef og Frivilligsentralen", "2. halvår 2026", "period"),
        ("2.2.3", "Gi tilskudd til idrettslag som tar imot barn fra lavinntektsfamilier",
         ["Kultur- og fritidssjef"], "Idrettsrådet", "2025–2027", "period"),
        ("3.1.1", "Videreføre språkkafé på biblioteket to kvelder i uken",
         ["Biblioteksjef"], "Frivilligsentralen / Røde Kors", "2025–2027", "period"),
        ("3.1.2", "Etablere en vennefamilieordning for nybosatte familier",
         ["Frivilligsentralen"], "Flyktningtjenesten", "1. halvår 2026", "period"),
        ("3.2.1", "Ta i bruk kvalifisert tolk i alle samtaler om vedtak",
         ["Kommunedirektørens ledergruppe"], "Alle enheter", "2025", "period"),
        ("3.2.2", "Oversette informasjon om kommunale tjenester til arabisk, tigrinja og ukrainsk",
         ["Kommunikasjonsrådgiver", "tjenestetorget"], "Flyktningtjenesten", "2. halvår 2025", "period"),
    ]
    measures = []
    for nr, text, owners, partner, per, kind in rows:
        g, s, _m = nr.split(".")
        note = []
        if not owners:
            note.append("empty Hovedansvar cell; the Medansvar cell names two units (partners, not owners)")
        if partner == "Alle enheter":
            note.append("'Alle enheter' is Medansvar (a partner), not an owner: no finding")
        measures.append(M(f"M{nr}", text, [f"G{g}"], owners, per, kind, strategies=[f"S{g}.{s}"], note="; ".join(note)))
    plan = Plan(
        slug=slug, language="nb", title="Handlingsplan for integrering 2025–2027", period=(2025, 2027),
        goals=goals, strategies=strategies, measures=measures,
        notes="""
Word (python-docx) → LibreOffice PDF, landscape A4. Goals only in chapter 3 as 'Mål 1: …' paragraphs;
the measure table in chapter 4 has NO goal column and no goal group rows: 'Nr | Strategi | Tiltak |
Hovedansvar | Medansvar | Periode', where Nr is 1.1.1 = goal.strategy.measure (the goal link comes from
the first number, the strategy link from the merged Strategi cell). Strategy cells are vertically merged
(w:vMerge) over their measures, so each strategy text appears once, at the top of its span; the table
breaks across the page with the header row repeated (rows do not split; the merged strategy cell that
spans the break is printed once, on the first page, and its continuation rows on the next page show an
empty Strategi cell). Medansvar is a partner column, not an owner: 'Alle enheter' there is not a diffuse owner.
'Kommunikasjonsrådgiver og tjenestetorget' is two owners (the narrow Hovedansvar cell breaks
'Kommunikasjonsrådgi-/ver' inside the word, no hyphen); 'Kultur- og fritidssjef' one. Periode forms:
'2025–2026', '2. halvår 2026', '1. halvår 2025', '2025', 'Hvert år' (recurring, warning). One empty
Hovedansvar cell while Medansvar is filled (error). Traps: chapter 2 quotes the national integration
strategy's goal and an SSB fact list; chapter 5 lists what was done in 2023–2024.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = dh.new_document(size=10, margins_mm=18, heading_color="2E5E4E")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    dh.setup_header_footer(sec, "Nordvang kommune · Handlingsplan for integrering 2025–2027", footer="page_of")
    dh.set_core_properties(doc, title=plan.title, author="Nordvang kommune")
    dh.para(doc, "Nordvang kommune", size=12, bold=True, color="2E5E4E")
    dh.para(doc, plan.title, size=22, bold=True, color="2E5E4E", space_after=2)
    dh.para(doc, "Vedtatt av kommunestyret 20. mars 2025, sak 19/25", italic=True)
    dh.heading(doc, "1 Innledning", 1)
    dh.para(doc, "Nordvang kommune har bosatt 142 flyktninger siden 2022. Handlingsplanen skal sikre at kommunen "
            "arbeider samordnet med kvalifisering, oppvekst og deltakelse. Planen gjelder for tre år og blir "
            "evaluert før den rulleres.")
    dh.heading(doc, "2 Bakgrunn", 1)
    dh.para(doc, "Regjeringens integreringsstrategi har som mål at flere innvandrere skal delta i arbeids- og "
            "samfunnslivet. Kommunens plan bygger på den nasjonale strategien og på kommuneplanens samfunnsdel.")
    dh.para(doc, "Tall fra SSB for Nordvang:", bold=True, space_after=2)
    b = dh.add_num(doc, dh.add_abstract_num(doc, "symbol_bullet"))
    for t in ["11 prosent av innbyggerne er innvandrere eller norskfødte med innvandrerforeldre.",
              "58 prosent av deltakerne i introduksjonsprogrammet var i arbeid eller utdanning ett år etter programmet.",
              "Barnehagedekningen blant minoritetsspråklige barn er 79 prosent, mot 93 prosent for alle barn."]:
        dh.list_item(doc, t, b)
    dh.heading(doc, "3 Mål", 1)
    dh.para(doc, "Kommunestyret har vedtatt tre mål for integreringsarbeidet:")
    for n, g in enumerate(goals, start=1):
        dh.para(doc, f"**Mål {n}:** {g.text}", space_after=3)
    dh.heading(doc, "4 Tiltak", 1)
    dh.para(doc, "Tiltakene er nummerert etter mål, strategi og tiltak (1.2.1 er tiltak 1 under strategi 2 for mål 1). "
            "Hovedansvar har ansvaret for gjennomføringen; Medansvar bidrar.", keep_with_next=True)
    widths = [15, 55, 92, 38, 40, 21]
    t = dh.new_table(doc, widths)
    r = dh.add_row(t, ["Nr", "Strategi", "Tiltak", "Hovedansvar", "Medansvar", "Periode"], widths, size=9.5,
                   bold=True, fill="D5E8D4")
    dh.set_repeat_header(r)
    stext = {s.id: s.text for s in strategies}
    prev = None
    for nr, text, owners, partner, per, _k in rows:
        g, s, _m = nr.split(".")
        sid = f"S{g}.{s}"
        scell = ("continue", "") if sid == prev else ("restart", stext[sid])
        prev = sid
        row = dh.add_row(t, [nr, scell, text, " og ".join(owners), partner, per], widths, size=9.5)
        dh.set_cant_split(row)
    dh.heading(doc, "5 Dette gjorde vi i 2023–2024", 1)
    b = dh.add_num(doc, dh.add_abstract_num(doc, "symbol_bullet"))
    for t_ in ["Tok i bruk digital kartlegging av kompetanse i flyktningtjenesten.",
               "Startet språkkafé på biblioteket i samarbeid med Røde Kors.",
               "Ansatte en egen koordinator for bosetting av ukrainske flyktninger."]:
        dh.list_item(doc, t_, b)
    dh.heading(doc, "6 Oppfølging", 1)
    dh.para(doc, "Flyktningtjenesten rapporterer status for tiltakene til hovedutvalg for oppvekst og levekår hvert år.")
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = mb.lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 1 nynorsk, ODF list


@plan_builder
def build_rusmiddelplan_nynorsk() -> tuple[Plan, Path]:
    """Nynorsk alkohol- og rusmiddelpolitisk handlingsplan: a Writer outline list (delmål at level 1
    '1.', measures at level 2 '1.1') whose measures end in '(Ansvar: …, <deadline>)'."""
    from odf.style import ListLevelProperties
    from odf.text import List, ListItem, ListLevelStyleNumber, ListStyle, P

    slug = "rusmiddelplan-nynorsk"
    goals = [
        G("H1", "Havstad skal ha eit lågt rusmiddelbruk og trygge oppvekstmiljø for barn og unge.", kind="main_goal"),
        G("D1", "Færre ungdommar skal debutere tidleg med alkohol og andre rusmiddel.", kind="sub_goal", parent="H1"),
        G("D2", "Sal og skjenking av alkohol skal skje i samsvar med lova og løyvevilkåra.", kind="sub_goal", parent="H1"),
        G("D3", "Personar med rusproblem og familiane deira skal få tidleg og samordna hjelp.", kind="sub_goal", parent="H1"),
    ]
    # (goal, text, owners as printed, owners split, deadline, kind)
    items = [
        ("D1", "Vidareføre den rusførebyggjande undervisninga «Tydelege vaksne» på 8.–10. trinn",
         "rektorane ved ungdomsskulane", ["rektorane ved ungdomsskulane"], "innan 2026", "period"),
        ("D1", "Invitere alle foreldre på 8. trinn til foreldremøte om alkohol, cannabis og snus",
         "helsestasjon for ungdom og SLT-koordinatoren", ["helsestasjon for ungdom", "SLT-koordinatoren"], "hausten 2025", "period"),
        ("D1", "Gjennomføre Ungdata-undersøkinga (spørjeundersøking blant elevar på ungdomstrinnet og i vidaregåande) på nytt",
         "folkehelsekoordinatoren", ["folkehelsekoordinatoren"], "våren 2027", "period"),
        ("D2", "Gjennomføre kontrollar av alle sals- og skjenkjestader",
         "servicetorget", ["servicetorget"], "kvar haust", "recurring"),
        ("D2", "Tilby kurs i ansvarleg vertskap til tilsette på alle skjenkjestader",
         "servicetorget og politiet", ["servicetorget", "politiet"], "innan 2026", "period"),
        ("D2", "Revidere retningslinjene for tildeling av prikkar ved brot på alkohollova",
         "", [], "innan 1. juli 2026", "date"),
        ("D3", "Opprette eit rusteam med ruskonsulent og erfaringskonsulent",
         "kommunalsjef for helse og omsorg", ["kommunalsjef for helse og omsorg"], "innan utgangen av 2026", "period"),
        ("D3", "Tilby samtalegrupper for barn som veks opp med rus i familien",
         "helsestasjonen og familiesenteret", ["helsestasjonen", "familiesenteret"], "2025–2026", "period"),
        ("D3", "Gje personar som er ferdige med rusbehandling tilbod om arbeidstrening og hjelp til å skaffe bustad",
         "NAV og tildelingskontoret", ["NAV", "tildelingskontoret"], "innan 2026", "period"),
        ("D3", "Lage ein rutine for oppfølging av pårørande etter overdosar",
         "legevakta og rusteamet", ["legevakta", "rusteamet"], "innan 2027", "period"),
    ]
    measures = []
    num = {"D1": 0, "D2": 0, "D3": 0}
    for g, text, _printed, owners, tid, kind in items:
        num[g] += 1
        nr = f"{g[1]}.{num[g]}"
        note = "no 'Ansvar:' in the parenthesis" if not owners else ""
        if "(" in text:
            note = "the measure text has its own parenthesis before the (Ansvar: …) one"
        measures.append(M(f"M{nr}", text, [g], owners, tid, kind, note=note))
    plan = Plan(
        slug=slug, language="nn", title="Alkohol- og rusmiddelpolitisk handlingsplan 2025–2028",
        period=(2025, 2028), goals=goals, measures=measures, source_ext="odt",
        notes="""
OpenDocument (odfpy) → LibreOffice PDF, portrait A4, Liberation Sans. Nynorsk. Chapter 4 is ONE Writer
outline list (text:list with a numbering list style, not typed numbers): the delmål are level-1 items
'1.', '2.', '3.' (bold) and the measures nested level-2 items '1.1', '1.2', … (display-levels 2), with
a hanging indent. Every measure ends with a parenthesis '(Ansvar: <owner(s)>, <deadline>)' where the
deadline has no label ('innan 2026', 'hausten 2025', 'våren 2027', 'kvar haust', 'innan 1. juli 2026',
'innan utgangen av 2026', '2025–2026'); long items wrap so the parenthesis starts mid-line or on the
next line. Measure 1.3 has its own parenthesis inside the text before the Ansvar one. Owners:
'helsestasjon for ungdom og SLT-koordinatoren', 'NAV og tildelingskontoret' etc. are two owners,
'kommunalsjef for helse og omsorg' and 'rektorane ved ungdomsskulane' one. Hovudmål (main_goal) as a
bold-labelled paragraph above the list. Measure 2.3 has only the deadline in its parenthesis (no owner:
error); 'kvar haust' is recurring (warning). Traps: chapter 3 'Skjenkjetider' is a regulation table
('Løyvetype | Måndag–torsdag | Fredag og laurdag') plus 'skal' sentences that are licence conditions,
not goals; chapter 2 quotes the national/WHO target for alcohol use and a 'Dette seier Ungdata' fact list.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    od = mb.Odt(font="Liberation Sans", size=10.5, lang="nn", header="Havstad kommune · Alkohol- og rusmiddelpolitisk handlingsplan 2025–2028",
                footer_text="Side")
    od.style("Dash", size=10.5, after=0.05, indent_cm=0.5, hanging_cm=0.4)
    od.style("GoalItem", size=10.5, bold=True, before=0.25, after=0.1, keep=True)
    od.style("Item", size=10.5, after=0.12)
    # the outline numbering: level 1 '1.', level 2 '1.1'
    ls = ListStyle(name="Utkast")
    l1 = ListLevelStyleNumber(level=1, numformat="1", numsuffix=".", displaylevels=1)
    l1.addElement(ListLevelProperties(spacebefore="0cm", minlabelwidth="0.7cm"))
    ls.addElement(l1)
    l2 = ListLevelStyleNumber(level=2, numformat="1", numsuffix="", displaylevels=2)
    l2.addElement(ListLevelProperties(spacebefore="0.7cm", minlabelwidth="0.9cm"))
    ls.addElement(l2)
    od.doc.automaticstyles.addElement(ls)

    od.p("Havstad kommune", "H3")
    od.p(plan.title, "Title")
    od.p("Vedteken i kommunestyret 24. april 2025, sak 31/25")
    od.h("1 Innleiing", 1)
    od.p("Alkohollova krev at kommunen har ein alkohol- og rusmiddelpolitisk handlingsplan. Planen fastset "
         "kommunen sin politikk for sal og skjenking av alkohol og kva kommunen gjer for å førebyggje og "
         "redusere skadane av rusmiddelbruk. Planen gjeld for kommunestyreperioden og vert rullert i 2028.")
    od.h("2 Bakgrunn", 1)
    od.p("Noreg har slutta seg til målet i WHO om at alkoholforbruket skal reduserast med minst 10 prosent innan "
         "2025. Folkehelsemeldinga legg det same målet til grunn.")
    od.p("**Dette seier Ungdata 2024 for Havstad:**")
    for t in ["31 prosent av elevane på 10. trinn har vore tydeleg rusa på alkohol minst éin gong.",
              "6 prosent av elevane i vidaregåande har brukt cannabis det siste året.",
              "Fire av ti foreldre veit ikkje kva reglar dei andre foreldra i klassen har for alkohol."]:
        od.p("– " + t, "Dash")
    od.h("3 Skjenkjetider og vilkår for løyve", 1)
    od.p("Skjenkjetidene gjeld for alle stader med skjenkjeløyve i Havstad:")
    od.table([6.0, 5.0, 5.0], [["Løyvetype", "Måndag–torsdag", "Fredag og laurdag"],
                               ["Alkoholhaldig drikk gruppe 1 og 2", "08.00–01.00", "08.00–02.00"],
                               ["Alkoholhaldig drikk gruppe 3", "13.00–00.30", "13.00–01.30"],
                               ["Uteservering", "11.00–23.00", "11.00–00.00"]])
    od.p("Alle som søkjer skjenkjeløyve skal dokumentere kunnskap om alkohollova. Styrar og stedfortredar skal "
         "vere godkjende av kommunen før skjenkinga tek til.")
    od.h("4 Mål og tiltak", 1)
    od.p(f"**Hovudmål:** {goals[0].text}")
    od.p("Under kvart delmål står tiltaka. Ansvarleg eining og tidspunkt står i parentes etter tiltaket.")
    outer = List(stylename=ls)
    for g in goals[1:]:
        li = ListItem()
        li.addElement(od._fill(P(stylename=od.styles["GoalItem"]), g.text))
        inner = List()
        for gid, text, printed, _o, tid, _k in items:
            if gid != g.id:
                continue
            paren = f"Ansvar: {printed}, {tid}" if printed else tid
            it = ListItem()
            it.addElement(od._fill(P(stylename=od.styles["Item"]), f"{text} ({paren})"))
            inner.addElement(it)
        li.addElement(inner)
        outer.addElement(li)
    od.doc.text.addElement(outer)
    od.h("5 Oppfølging og rapportering", 1)
    od.p("Kommunedirektøren rapporterer på tiltaka i årsmeldinga. Ungdomsrådet og rådet for personar med "
         "funksjonsnedsetjing får planen til uttale ved rulleringa.")
    src = od.save(d / f"{slug}.odt", title=plan.title, author="Havstad kommune")
    pdf = mb.lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 2 HTML cards


@plan_builder
def build_klimatilpasning_kort() -> tuple[Plan, Path]:
    """Bokmål klimatilpasningsplan designed as an HTML report and printed by Chromium: goals as
    coloured banners, measures as cards in a two-column grid with a label/value grid
    (Ansvarlig, Gjennomføres, Kostnad, Bidrar til mål)."""
    import html as _h

    slug = "klimatilpasning-kort"
    goals = [
        G("G1", "Nye bygg og anlegg i Elvdal skal plasseres og utformes slik at de tåler mer nedbør og flom."),
        G("G2", "Overvann skal håndteres lokalt og åpent der det er mulig."),
        G("G3", "Kommunen skal ha oversikt over områder som er utsatt for flom, skred og kvikkleire."),
        G("G4", "Innbyggerne skal vite hvordan de kan beskytte egen bolig mot følgene av klimaendringene."),
    ]
    # theme -> cards (text, owners printed, owners split, gjennomføres, kind, kostnad, goal numbers)
    themes = [
        ("Overvann og flom", [
            ("Utarbeide en overvannsnorm med krav om tretrinnsstrategien i alle reguleringsplaner",
             "Plan og bygg", ["Plan og bygg"], "2025", "period", "Innenfor driftsbudsjett", "1, 2"),
            ("Åpne bekken gjennom Storgata park", "Kommunalteknikk", ["Kommunalteknikk"], "2027–2028", "period",
             "8,5 mill. kr", "2"),
            ("Etablere regnbed og grønne tak på tre kommunale bygg", "Eiendom", ["Eiendom"], "2026–2027", "period",
             "2,1 mill. kr", "2"),
            ("Oppgradere kulverter langs fylkesvei 250 i samarbeid med fylkeskommunen", "Kommunalteknikk",
             ["Kommunalteknikk"], "Innen 2028", "period", "4 mill. kr", "1"),
        ]),
        ("Skred og kvikkleire", [
            ("Kartlegge kvikkleiresoner langs Elva sammen med NVE", "Plan og bygg", ["Plan og bygg"], "2025–2026",
             "period", "600 000 kr", "3"),
            ("Legge inn faresoner for flom og skred i kommuneplanens arealdel", "", [], "Høst 2026", "period",
             "Innenfor driftsbudsjett", "1, 3"),
            ("Rydde og vedlikeholde sikringstiltak i skredutsatte bekkeløp", "Kommunalteknikk", ["Kommunalteknikk"],
             "Løpende", "continuous", "300 000 kr per år", "3"),
        ]),
        ("Beredskap og kunnskap", [
            ("Oppdatere den helhetlige risiko- og sårbarhetsanalysen med klimaendringene", "Beredskapskoordinator",
             ["Beredskapskoordinator"], "2025", "period", "Innenfor driftsbudsjett", "3"),
            ("Lage en veileder for huseiere om sikring av kjellere mot overvann", "Plan og bygg, Kommunikasjon",
             ["Plan og bygg", "Kommunikasjon"], "1. halvår 2026", "period", "150 000 kr", "4"),
            ("Arrangere informasjonsmøter om klimatilpasning i alle grendene", "Beredskapskoordinator",
             ["Beredskapskoordinator"], "2026", "period", "50 000 kr", "4"),
        ]),
    ]
    measures = []
    i = 0
    for _theme, cards in themes:
        for text, _printed, owners, when, kind, _cost, gnums in cards:
            i += 1
            note = []
            if not owners:
                note.append("the Ansvarlig label is printed with an empty value")
            if "," in gnums:
                note.append("'Bidrar til mål' names two goals")
            measures.append(M(f"M{i}", text, [f"G{n.strip()}" for n in gnums.split(",")], owners, when, kind,
                              note="; ".join(note)))
    plan = Plan(
        slug=slug, language="nb", title="Klimatilpasningsplan for Elvdal kommune 2025–2030", period=(2025, 2030),
        goals=goals, measures=measures, source_ext="html",
        notes="""
An HTML report (as made with a web-based report designer) printed to PDF by headless Chromium
(--print-to-pdf, --no-pdf-header-footer), A4. Cover band with the title; an introduction; a
'Klimaprofil for Elvdal' fact box with projections ('skal'-free numbers) and a quoted national goal
from the white paper on climate adaptation ('Samfunnet skal forberedes på og tilpasses …', not a goal
of this plan). Goals as full-width coloured banners: a small 'Mål 1' label block at the left and the
goal sentence at the right. Measures are CARDS in a two-column CSS grid (so two measures stand side by
side), grouped by theme headings ('Overvann og flom', 'Skred og kvikkleire', 'Beredskap og kunnskap')
that are NOT the goals: each card has a small 'Tiltak n' label, the measure title in bold and a
label/value grid Ansvarlig | Gjennomføres | Kostnad | Bidrar til mål. The goal link comes only from
'Bidrar til mål' ('1, 2' = two goal links). Kostnad ('8,5 mill. kr', 'Innenfor driftsbudsjett', '300 000
kr per år') is not a deadline. 'Plan og bygg' is one owner; 'Plan og bygg, Kommunikasjon' two. One card
has the Ansvarlig label with an empty value (error); 'Løpende' is continuous (warning).""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    e = _h.escape
    colours = ["#1d6a96", "#2a9d8f", "#b5651d", "#6a4c93"]
    parts = [f"""<!DOCTYPE html>
<html lang="nb"><head><meta charset="utf-8"><title>{e(plan.title)}</title>
<style>
@page {{ size: A4; margin: 15mm 15mm 15mm 15mm; }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10pt; color: #1f2933; margin: 0; }}
.cover {{ background: #0f3d56; color: #fff; padding: 14px 18px; margin-bottom: 10px; }}
.cover .org {{ font-size: 11pt; letter-spacing: 1px; }}
.cover h1 {{ font-size: 21pt; margin: 4px 0 2px; }}
.cover .sub {{ font-size: 9.5pt; opacity: .85; }}
h2 {{ font-size: 13.5pt; color: #0f3d56; margin: 14px 0 6px; }}
.facts {{ background: #eef3f6; border-left: 4px solid #0f3d56; padding: 6px 10px; font-size: 9pt; }}
.facts ul {{ margin: 4px 0 0 16px; padding: 0; }}
.banner {{ display: flex; margin: 0 0 6px; color: #fff; break-inside: avoid; }}
.banner .no {{ width: 22mm; font-weight: bold; font-size: 11pt; padding: 7px 8px; background: rgba(0,0,0,.25); }}
.banner .txt {{ flex: 1; padding: 7px 10px; font-size: 10.5pt; }}
.grid {{ display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }}
.card {{ border: 1px solid #c5d3dc; border-radius: 4px; padding: 7px 9px; break-inside: avoid; background: #fbfdfe; }}
.card .lab {{ font-size: 7.5pt; text-transform: uppercase; letter-spacing: .5px; color: #6b7c88; }}
.card .title {{ font-weight: bold; font-size: 10pt; margin: 2px 0 6px; }}
.kv {{ display: grid; grid-template-columns: 27mm 1fr; row-gap: 2px; font-size: 8.5pt; }}
.kv .k {{ color: #52606d; }}
h3.theme {{ font-size: 11pt; margin: 12px 0 5px; color: #0f3d56; border-bottom: 1px solid #c5d3dc; }}
</style></head><body>
<div class="cover"><div class="org">ELVDAL KOMMUNE</div><h1>{e(plan.title)}</h1>
<div class="sub">Temaplan · Vedtatt av kommunestyret 19. juni 2025</div></div>
<h2>Om planen</h2>
<p>Klimaendringene gir Elvdal mer nedbør, flere flommer og større fare for skred. Planen viser hvordan kommunen
skal forberede seg, hvem som gjør hva og hva det koster. Den bygger på kommuneplanens samfunnsdel og statlige
planretningslinjer, og den rulleres i 2027.</p>
<div class="facts"><strong>Klimaprofil for Elvdal</strong>
<ul><li>Årsnedbøren ventes å øke med om lag 15 prosent mot slutten av århundret.</li>
<li>Kraftig nedbør kommer oftere og blir kraftigere.</li>
<li>Regnflommer blir større, mens snøsmelteflommene blir mindre.</li></ul>
<p style="margin:4px 0 0">Stortingsmeldingen om klimatilpasning slår fast at «samfunnet skal forberedes på og tilpasses
klimaendringene».</p></div>
<h2>Våre mål</h2>
"""]
    for n, g in enumerate(goals, start=1):
        parts.append(f'<div class="banner" style="background:{colours[n - 1]}"><div class="no">Mål {n}</div>'
                     f'<div class="txt">{e(g.text)}</div></div>\n')
    parts.append("<h2>Tiltak</h2>\n<p>Hvert tiltak viser hvem som har ansvaret, når det skal gjennomføres, hva det "
                 "koster og hvilke mål det bidrar til.</p>\n")
    n = 0
    for theme, cards in themes:
        parts.append(f'<h3 class="theme">{e(theme)}</h3>\n<div class="grid">\n')
        for text, printed, _o, when, _k, cost, gnums in cards:
            n += 1
            parts.append(f'<div class="card"><div class="lab">Tiltak {n}</div><div class="title">{e(text)}</div>'
                         f'<div class="kv"><div class="k">Ansvarlig</div><div>{e(printed)}</div>'
                         f'<div class="k">Gjennomføres</div><div>{e(when)}</div>'
                         f'<div class="k">Kostnad</div><div>{e(cost)}</div>'
                         f'<div class="k">Bidrar til mål</div><div>{e(gnums)}</div></div></div>\n')
        parts.append("</div>\n")
    parts.append("""<h2>Oppfølging</h2>
<p>Beredskapskoordinatoren samler status for tiltakene hvert år og legger den fram for formannskapet sammen med
årsmeldingen.</p>
</body></html>
""")
    src = d / f"{slug}.html"
    src.write_text("".join(parts), encoding="utf-8")
    pdf = mb.chromium_pdf(src, d / f"{slug}.pdf")
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== 4 Swedish, reportlab


@plan_builder
def build_folkhalsa_atgarder_sv() -> tuple[Plan, Path]:
    """Swedish handlingsplan för folkhälsa generated with reportlab: a summary table of the goals on
    page 1, 'Mål n …' headings, and 'Åtgärd n.m … – Ansvarig: … – Tidplan: …' lines."""
    import copy

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
        Table,
        TableStyle,
    )

    slug = "folkhalsa-atgarder-sv"
    goals = [
        G("G1", "Fler barn och unga ska vara fysiskt aktiva minst 60 minuter om dagen."),
        G("G2", "Andelen unga som använder alkohol, tobak och nikotin ska minska."),
        G("G3", "Äldre ska uppleva social gemenskap och mindre ensamhet."),
        G("G4", "Skillnaderna i hälsa mellan kommunens bostadsområden ska minska."),
    ]
    nämnd = {"G1": "Barn- och utbildningsnämnden", "G2": "Socialnämnden", "G3": "Socialnämnden",
             "G4": "Kommunstyrelsen"}
    # (goal, text, owners printed, owners split, tidplan, kind)
    rows = [
        ("G1", "Införa daglig rörelse i alla grundskolor", "Barn- och utbildningsförvaltningen",
         ["Barn- och utbildningsförvaltningen"], "2025", "period"),
        ("G1", "Erbjuda avgiftsfria lovaktiviteter för barn i åldern 7–15 år under sommarlovet",
         "Kultur- och fritidsförvaltningen", ["Kultur- och fritidsförvaltningen"], "sommaren 2025", "period"),
        ("G1", "Rusta upp spontanidrottsplatsen i Norrbacka", "Tekniska förvaltningen", ["Tekniska förvaltningen"],
         "2026", "period"),
        ("G2", "Genomföra föräldrautbildningen Effekt för föräldrar i årskurs 7", "Elevhälsan och fältsekreterarna",
         ["Elevhälsan", "fältsekreterarna"], "hösten 2025", "period"),
        ("G2", "Utföra tillsyn av försäljningsställen för tobak och nikotinprodukter", "Miljö- och hälsoskyddsenheten",
         ["Miljö- och hälsoskyddsenheten"], "löpande", "continuous"),
        ("G2", "Införa rökfri arbetstid för alla anställda i kommunen", "HR-avdelningen", ["HR-avdelningen"],
         "1 januari 2026", "date"),
        ("G3", "Starta träffpunkter för seniorer i tre kommundelar", "Socialförvaltningen och Svenska kyrkan",
         ["Socialförvaltningen", "Svenska kyrkan"], "2025–2026", "period"),
        ("G3", "Erbjuda förebyggande hembesök till alla invånare som fyller 80 år", "Socialförvaltningen",
         ["Socialförvaltningen"], None, None),
        ("G3", "Utbilda frivilliga samtalsvänner i samarbete med pensionärsorganisationerna", "Frivilligcentralen",
         ["Frivilligcentralen"], "våren 2026", "period"),
        ("G4", "Ta fram en lägesbild av hälsan per bostadsområde", "Folkhälsostrategen", ["Folkhälsostrategen"],
         "juni 2025", "period"),
        ("G4", "Anställa hälsokommunikatörer som når nyanlända på deras eget språk",
         "Arbetsmarknads- och integrationsenheten", ["Arbetsmarknads- och integrationsenheten"], "2026", "period"),
        ("G4", "Prioritera Norrbacka och Södra Berg när lekplatser rustas upp", "Tekniska förvaltningen",
         ["Tekniska förvaltningen"], "2025–2027", "period"),
    ]
    measures = []
    num = dict.fromkeys(nämnd, 0)
    for g, text, _p, owners, tid, kind in rows:
        num[g] += 1
        measures.append(M(f"M{g[1]}.{num[g]}", text, [g], owners, tid, kind,
                          note="no 'Tidplan:' part on the line" if tid is None else ""))
    plan = Plan(
        slug=slug, language="sv", title="Handlingsplan för folkhälsa 2025–2027", period=(2025, 2027),
        goals=goals, measures=measures, source_ext="py",
        notes="""
Generated with reportlab (as a document system would print it), portrait A4, Liberation Serif
(embedded TrueType subset), running header and 'Sida n av m' footer drawn on the canvas. Page 1:
title block, introduction and a summary table 'Mål | Antal åtgärder | Ansvarig nämnd' that repeats
the four goals in full (one goal, two copies: gold is the body heading on p. 2, a reader must not
make eight goals; 'Ansvarig nämnd' there is not a measure owner). Page 2 on: a background chapter
quoting the national public-health goal ('… att skapa samhälleliga förutsättningar …') and Agenda
2030 (not goals of this plan); then bold headings 'Mål 1 <goal sentence>' and measure paragraphs
'Åtgärd 1.1 <text> – Ansvarig: <owner> – Tidplan: <when>' on ONE line with en dashes (wrapping
over two lines, hanging indent). Deadline forms 'sommaren 2025', 'hösten 2025', '1 januari 2026',
'2025–2026', 'juni 2025', 'löpande' (continuous, warning). 'Barn- och utbildningsförvaltningen'
and 'Kultur- och fritidsförvaltningen' are one owner each (the hyphenated 'och' compound);
'Elevhälsan och fältsekreterarna', 'Socialförvaltningen och Svenska kyrkan' are two. Åtgärd 3.2
has no 'Tidplan:' part (error). A closing 'Uppföljning' chapter names indicators in prose.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    pdf = d / f"{slug}.pdf"
    fontdir = Path("/usr/share/fonts/truetype/liberation")
    pdfmetrics.registerFont(TTFont("LibSerif", str(fontdir / "LiberationSerif-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("LibSerif-Bold", str(fontdir / "LiberationSerif-Bold.ttf")))
    pdfmetrics.registerFontFamily("LibSerif", normal="LibSerif", bold="LibSerif-Bold")
    base = ParagraphStyle("b", fontName="LibSerif", fontSize=10.5, leading=13.5, spaceAfter=4)
    h1 = ParagraphStyle("h1", parent=base, fontName="LibSerif-Bold", fontSize=20, leading=24, spaceAfter=6,
                        textColor=colors.HexColor("#005a70"))
    h2 = ParagraphStyle("h2", parent=base, fontName="LibSerif-Bold", fontSize=14, leading=18, spaceBefore=10,
                        spaceAfter=4, textColor=colors.HexColor("#005a70"))
    goal_h = ParagraphStyle("gh", parent=base, fontName="LibSerif-Bold", fontSize=12, leading=15, spaceBefore=10,
                            spaceAfter=4)
    item = ParagraphStyle("it", parent=base, leftIndent=18 * mm, firstLineIndent=-18 * mm, spaceAfter=5)
    cell = ParagraphStyle("c", parent=base, fontSize=9.5, leading=12, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName="LibSerif-Bold")
    story = [Paragraph("Älvsåkers kommun", ParagraphStyle("o", parent=base, fontName="LibSerif-Bold", fontSize=12)),
             Paragraph(plan.title, h1),
             Paragraph("Antagen av kommunfullmäktige 2025-02-24, § 12. Dnr KS 2024/318.", base),
             Paragraph("Inledning", h2),
             Paragraph("Handlingsplanen beskriver hur kommunens nämnder och förvaltningar ska arbeta för en god och "
                       "jämlik hälsa under perioden 2025–2027. Planen utgår från kommunens folkhälsoprogram och "
                       "följs upp varje år i samband med årsredovisningen.", base),
             Paragraph("Sammanfattning", h2),
             Paragraph("Planen har fyra mål och tolv åtgärder:", base)]
    data = [[Paragraph(h, cellb) for h in ("Mål", "Antal åtgärder", "Ansvarig nämnd")]]
    for n, g in enumerate(goals, start=1):
        data.append([Paragraph(f"{n}. {g.text}", cell), Paragraph(str(sum(r[0] == g.id for r in rows)), cell),
                     Paragraph(nämnd[g.id], cell)])
    story.append(Table(data, colWidths=[100 * mm, 25 * mm, 50 * mm], hAlign="LEFT", style=TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7a9ca6")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d7e8ec"))])))
    story += [PageBreak(), Paragraph("Bakgrund", h2),
              Paragraph("Det övergripande nationella målet för folkhälsopolitiken är att skapa samhälleliga "
                        "förutsättningar för en god och jämlik hälsa i hela befolkningen och att sluta de påverkbara "
                        "hälsoklyftorna inom en generation. Planen bidrar också till mål 3 i Agenda 2030, God hälsa "
                        "och välbefinnande.", base),
              Paragraph("Enligt Skolverkets och Folkhälsomyndighetens undersökningar rör sig bara hälften av "
                        "flickorna i årskurs 9 tillräckligt, och var fjärde invånare över 75 år känner sig ofta "
                        "ensam.", base),
              Paragraph("Mål och åtgärder", h2)]
    k = 0
    for n, g in enumerate(goals, start=1):
        story.append(Paragraph(f"Mål {n}&nbsp;&nbsp;{g.text}", goal_h))
        m = 0
        for gid, text, printed, _o, tid, _kind in rows:
            if gid != g.id:
                continue
            m += 1
            k += 1
            parts = [f"<b>Åtgärd {n}.{m}</b>&nbsp;&nbsp;{text}", f"Ansvarig: {printed}"]
            if tid:
                parts.append(f"Tidplan: {tid}")
            story.append(Paragraph(" – ".join(parts), item))
    story += [Paragraph("Uppföljning", h2),
              Paragraph("Folkhälsostrategen sammanställer en uppföljning varje år. Indikatorer är bland annat andelen "
                        "elever som är fysiskt aktiva minst en timme om dagen, andelen elever i årskurs 9 som "
                        "röker eller snusar och andelen äldre som uppger att de ofta känner sig ensamma.", base)]

    def build(n_pages):
        def onpage(canvas, doc):
            canvas.saveState()
            canvas.setFont("LibSerif", 8.5)
            w, h = A4
            canvas.drawString(20 * mm, h - 12 * mm, "Älvsåkers kommun – Handlingsplan för folkhälsa 2025–2027")
            canvas.drawRightString(w - 20 * mm, 10 * mm, f"Sida {doc.page} av {n_pages}")
            canvas.restoreState()
        doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                                bottomMargin=18 * mm, title=plan.title, author="Älvsåkers kommun",
                                creator="Ärendehanteringssystem", invariant=1)
        doc.build(copy.deepcopy(story), onFirstPage=onpage, onLaterPages=onpage)
        return doc.page

    build(build(1))  # second pass with the page count known ('Sida n av m')
    write_gold(plan, pdf, goal_after=2, measure_after=2)
    return plan, pdf


# =========================================================================== 5 English outline + tables


def _outline_numbering(doc) -> int:
    """A Word multilevel list '1' / '1.1' / '1.1.1' (decimal, tab after the number), as Word's
    'Define new multilevel list' makes it; returns the w:numId."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    numbering = doc.part.numbering_part.element
    aid = dh._ABSTRACT_NEXT[0]
    dh._ABSTRACT_NEXT[0] += 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    an.append(mlt)
    for ilvl, (text, ind) in enumerate((("%1", 567), ("%1.%2", 851), ("%1.%2.%3", 1134))):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "tab"), ("w:lvlText", text),
                         ("w:lvlJc", "left")):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            lvl.append(el)
        ppr = OxmlElement("w:pPr")
        ind_el = OxmlElement("w:ind")
        ind_el.set(qn("w:left"), str(ind))
        ind_el.set(qn("w:hanging"), str(ind))
        ppr.append(ind_el)
        lvl.append(ppr)
        an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    return dh.add_num(doc, aid)


@plan_builder
def build_climate_outline_tables() -> tuple[Plan, Path]:
    """English climate action plan: goals (1) and objectives (1.1) as a Word multilevel outline,
    each goal followed by its action table 'Ref | Action | Lead | Timeline' (Ref 1.1.1)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    slug = "climate-outline-tables"
    outline = [
        ("1", "The council's own operations will be net zero carbon by 2030.", [
            ("1.1", "Cut energy use in council buildings by 35% from the 2019 baseline.", [
                ("Complete energy audits of all 42 council buildings", "Head of Property Services", ["Head of Property Services"], "Short term (0–2 years)", "period"),
                ("Replace the gas boilers at the Civic Centre and Kelsbridge Leisure Centre with heat pumps", "Head of Property Services", ["Head of Property Services"], "2027", "period"),
                ("Install solar panels on the roof of the Eastgate depot", "Energy Manager", ["Energy Manager"], "2025/26", "period"),
            ]),
            ("1.2", "Move the council fleet to zero-emission vehicles.", [
                ("Replace all pool cars with electric vehicles when their leases end", "Fleet Manager", ["Fleet Manager"], "Medium term (2–5 years)", "period"),
                ("Trial a hydrogen-powered refuse collection vehicle", "Waste and Recycling Services", ["Waste and Recycling Services"], "2026", "period"),
            ]),
        ]),
        ("2", "Kelsbridge will be a place where low-carbon travel is the easy choice.", [
            ("2.1", "Double the share of journeys to work made on foot or by bike by 2030.", [
                ("Build the Riverside cycle route between the railway station and the town centre", "Highways Manager", ["Highways Manager"], "2027", "period"),
                ("Provide secure cycle parking at every council-owned car park", "", [], "Short term (0–2 years)", "period"),
            ]),
            ("2.2", "Make it easier to own and charge an electric vehicle.", [
                ("Install 60 public charge points in council car parks", "Parking Services", ["Parking Services"], "March 2026", "period"),
                ("Publish guidance on charge points in new developments", "Planning Policy Team and Development Management", ["Planning Policy Team", "Development Management"], "Medium term (2–5 years)", "period"),
            ]),
        ]),
        ("3", "Residents and businesses will be supported to cut their own emissions.", [
            ("3.1", "Help 2,000 homes improve their energy efficiency by 2030.", [
                ("Run a free home energy advice service with Citizens Advice Kelsbridge", "Climate Officer", ["Climate Officer"], "Ongoing", "continuous"),
                ("Bid for government retrofit funding for social housing", "Housing Strategy Manager", ["Housing Strategy Manager"], "2025/26", "period"),
            ]),
            ("3.2", "Work with local businesses to reduce their carbon footprint.", [
                ("Launch a green business network with the Chamber of Commerce", "Economic Development Officer", ["Economic Development Officer"], "Short term (0–2 years)", "period"),
                ("Publish case studies of local firms that have cut their emissions", "Communications Team / Climate Officer", ["Communications Team", "Climate Officer"], "2026", "period"),
            ]),
        ]),
    ]
    goals, measures = [], []
    for gn, gtext, objectives in outline:
        goals.append(G(f"G{gn}", gtext, kind="goal"))
        for on, otext, actions in objectives:
            goals.append(G(f"G{on}", otext, kind="sub_goal", parent=f"G{gn}"))
            for an, (text, _printed, owners, when, kind) in enumerate(actions, start=1):
                measures.append(M(f"M{on}.{an}", text, [f"G{on}"], owners, when, kind,
                                  note="empty Lead cell" if not owners else ""))
    plan = Plan(
        slug=slug, language="en", title="Climate Action Plan 2025–2030", period=(2025, 2030),
        goals=goals, measures=measures,
        notes="""
Word (python-docx) → LibreOffice PDF, portrait A4, British English. Goals and objectives are ONE Word
multilevel list (w:abstractNum 'multilevel', levels '%1', '%1.%2', tab after the number): goals at
level 0 in bold 13 pt ('1', '2', '3'), objectives at level 1 ('1.1', '1.2'), no words 'Goal' or
'Objective' in the lines themselves (the introduction explains the numbering). Objectives are sub_goals
of their goal. After each goal's objectives comes its action table 'Ref | Action | Lead | Timeline'
with typed Refs '1.1.1' … whose prefix is the objective (goal link = the objective). Timeline forms:
'Short term (0–2 years)', 'Medium term (2–5 years)', '2027', 'March 2026', '2025/26' (a financial
year), 'Ongoing' (continuous, warning). 'Planning Policy Team and Development Management' and
'Communications Team / Climate Officer' are two owners; 'Waste and Recycling Services' is one. One
empty Lead cell (error). Traps: the Leader's foreword with 'we will' sentences and the 2019 climate
emergency declaration ('net zero by 2030'), a 'What we have done since 2019' list (past tense), and a
'Measuring progress' table 'Indicator | Baseline (2019) | Target (2030)' whose targets look like goals
and deadlines.""",
    )
    d = OUT / slug
    d.mkdir(parents=True, exist_ok=True)
    doc = dh.new_document(size=10.5, margins_mm=20, heading_color="1B5E20")
    mb.docx_lang(doc, "en-GB")
    dh.setup_header_footer(doc.sections[0], "Kelsbridge District Council · Climate Action Plan 2025–2030", footer="page")
    dh.set_core_properties(doc, title=plan.title, author="Kelsbridge District Council")
    dh.para(doc, "Kelsbridge District Council", bold=True, size=12, color="1B5E20")
    dh.para(doc, plan.title, bold=True, size=24, color="1B5E20", space_after=2)
    dh.para(doc, "Adopted by Cabinet on 14 May 2025", italic=True)
    dh.heading(doc, "Foreword", 1)
    dh.para(doc, "In 2019 the council declared a climate emergency and committed to making its own operations net "
            "zero by 2030. This plan sets out how we will get there. We will lead by example, we will work with "
            "partners across the district, and we will report openly on our progress every year.")
    dh.para(doc, "Councillor Ruth Amesbury, Cabinet Member for Climate and Environment", italic=True, size=9.5)
    dh.heading(doc, "What we have done since 2019", 1)
    bl = dh.add_num(doc, dh.add_abstract_num(doc, "bullet"))
    for t in ["Switched all council electricity contracts to a renewable tariff.",
              "Replaced 3,400 street lights with LED lanterns.",
              "Planted 12,000 trees with schools and community groups."]:
        dh.list_item(doc, t, bl)
    dh.heading(doc, "How this plan is organised", 1)
    dh.para(doc, "The plan has three goals. Each goal (1, 2, 3) is broken down into objectives (1.1, 1.2, …) and each "
            "objective into actions, which are listed in the table after the goal with a reference such as 1.1.1, "
            "the lead officer or team and the timeline.")
    dh.heading(doc, "Goals, objectives and actions", 1)
    num = _outline_numbering(doc)
    widths = [15, 85, 40, 30]
    for gn, gtext, objectives in outline:
        p = dh.list_item(doc, gtext, num, 0, size=13, space_after=4)
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.keep_with_next = True
        for r in p.runs:
            r.bold = True
            r.font.color.rgb = RGBColor.from_string("1B5E20")
        for _on, otext, _a in objectives:
            p = dh.list_item(doc, otext, num, 1, space_after=3)
            p.paragraph_format.keep_with_next = True
            for r in p.runs:
                r.bold = True
        dh.para(doc, f"Actions for goal {gn}", italic=True, size=9.5, space_before=4, space_after=2, keep_with_next=True)
        t = dh.new_table(doc, widths)
        r = dh.add_row(t, ["Ref", "Action", "Lead", "Timeline"], widths, size=9.5, bold=True, fill="DCEDC8")
        dh.set_repeat_header(r)
        for on, _o, actions in objectives:
            for an, (text, printed, _ow, when, _k) in enumerate(actions, start=1):
                row = dh.add_row(t, [f"{on}.{an}", text, printed, when], widths, size=9.5)
                dh.set_cant_split(row)
    dh.heading(doc, "Measuring progress", 1)
    dh.para(doc, "We will report on these indicators to Cabinet every year:")
    kw = [80, 45, 45]
    t = dh.new_table(doc, kw)
    dh.add_row(t, ["Indicator", "Baseline (2019)", "Target (2030)"], kw, size=9.5, bold=True, fill="DCEDC8")
    for row in [("Council operational emissions (tCO2e)", "6,850", "Net zero"),
                ("Energy use in council buildings (MWh)", "14,200", "9,230"),
                ("Share of journeys to work on foot or by bike", "11%", "22%"),
                ("Homes with improved energy efficiency (cumulative)", "0", "2,000")]:
        r = dh.add_row(t, list(row), kw, size=9.5)
        for c in r.cells[1:]:
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    dh.para(doc, "Progress is reported in the council's annual climate report each July.", space_before=6)
    src = d / f"{slug}.docx"
    dh.save_deterministic(doc, src)
    pdf = mb.lo_pdf(src)
    write_gold(plan, pdf)
    return plan, pdf


# =========================================================================== verify


def _squash(text: str) -> str:
    return re.sub(r"[\s\u00ad]+", "", text).replace("\u2011", "-").lower()


def pdftotext_pages(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return [_squash(p) for p in pages]


def _on(pages: list[str], text: str, page: int, *, spill: int = 0) -> bool:
    # pdftotext drops the hyphen of a word broken at a line end ('Kultur-' / 'och'), so compare
    # without hyphens as well
    for n in (28, 14):
        needle = _squash(text)[:n]
        for p in range(page, min(page + spill, len(pages)) + 1):
            hay = pages[p - 1]
            if needle in hay or needle.replace("-", "") in hay.replace("-", ""):
                return True
    return False


def verify(slug: str) -> list[str]:
    import yaml

    gold_path = OUT / slug / f"{slug}.gold.yaml"
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    pages = pdftotext_pages(gold_path.parent / gold["document"])
    bad = []
    assert gold.get("held_out") is True, "held_out missing"
    ids = {g["id"] for g in gold.get("goals") or []}
    sids = {s["id"] for s in gold.get("strategies") or []}
    for kind in ("focus_areas", "goals", "strategies", "measures"):
        for it in gold.get(kind) or []:
            if not _on(pages, it["text"], it["page"]):
                bad.append(f"{slug}: {kind} {it['id']} not on p. {it['page']}: {it['text'][:50]!r}")
            for gid in it.get("goals") or []:
                if gid not in ids:
                    bad.append(f"{slug}: {it['id']} links unknown goal {gid}")
            for sid in it.get("strategies") or []:
                if sid not in sids:
                    bad.append(f"{slug}: {it['id']} links unknown strategy {sid}")
    for m in gold.get("measures") or []:
        for o in m["owners"]:
            if not _on(pages, o, m["page"], spill=1):
                bad.append(f"{slug}: owner {o!r} of {m['id']} not on p. {m['page']}")
        if m["deadline"] and not _on(pages, m["deadline"], m["page"], spill=1):
            bad.append(f"{slug}: deadline {m['deadline']!r} of {m['id']} not on p. {m['page']}")
    for f in gold.get("findings") or []:
        if not _on(pages, f["quote"], f["page"]):
            bad.append(f"{slug}: finding quote not on p. {f['page']}: {f['quote'][:50]!r}")
    return bad


def main(argv: list[str]) -> None:
    if argv[:1] == ["--verify"]:
        names = argv[1:] or list(PLANS)
        bad = [b for name in names for b in verify(name)]
        for b in bad:
            print(b)
        print(f"verified {len(names)} plans: {'OK' if not bad else f'{len(bad)} problems'}")
        raise SystemExit(1 if bad else 0)
    for name in argv or list(PLANS):
        plan, pdf = PLANS[name]()
        n = len(pdftotext_pages(pdf))
        print(f"{name}: {n} pp., {len(plan.goals)} goals, {len(plan.strategies)} strategies, "
              f"{len(plan.measures)} measures, {len(mb.findings(plan))} findings")


if __name__ == "__main__":
    main(sys.argv[1:])
