"""Build the twenty-second blind batch of mandate/plan pairs under corpora/mandates-blind22/ and their gold.

Written on 2026-12-04 without reading plancheck's code, from how mandates are really delivered:
a bokmål SÆRUTSKRIFT (case system, reportlab) whose innstilling was AMENDED in the meeting by
change, deletion and addition proposals ("Punkt 3 endres til …", "Punkt 4 strykes", "Nytt punkt
7 …") and whose vedtak only says "as the innstilling with the amendments adopted" — the gold is
the mandate as amended; a Danish KOMMISSORIUM (Word → PDF) with a ☐ checkbox list after
"Arbejdsgruppen skal:" and an "Inddragelse (sæt kryds)" list where only the ticked ☒ boxes are
points; a Swedish TJÄNSTESKRIVELSE (Writer → PDF) whose points stand only in "Förslag till
beslut" while the "Förvaltningens bedömning" prose ('bör', 'ska') gives none; an English PROJECT
BRIEF (Word → PDF) with a MoSCoW requirements table (Won't rows are out of scope); and a
nynorsk formannskap OPPDRAG (Writer → PDF) with sub-points 1a/1b … under numbered heading lines
that are no points.

    python corpora/mandates-blind22/make_pairs.py               # all pairs
    python corpora/mandates-blind22/make_pairs.py --verify      # gold quotes against pdftotext

Imports the twentieth batch's builder (corpora/mandates-blind20/make_pairs.py) and through it
the earlier ones; nothing of the earlier batches is edited.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

_b20 = pk.load_module("mandates_blind20_make_pairs", HERE.parent / "mandates-blind20" / "make_pairs.py")
P, build_rl_pdf = _b20.P, _b20.build_rl_pdf

PAIRS, pair = pk.pair_registry()


# =========================================================================== 1 bytraer (nb)
@pair
def bytraer(d: Path) -> dict:
    inn = [
        "registrere alle trær på kommunal grunn i sentrum, med art, alder og tilstand",
        "foreslå hvor nye trær skal plantes langs gater og plasser",
        "vurdere hvilke treslag som tåler salt, tørke og lite rotvolum",
        "beregne kostnadene til planting og skjøtsel over ti år",
        "gi regler for hvordan trær skal sikres ved graving og byggearbeid",
        "legges fram for kommunestyret innen 1. mars 2038.",
    ]
    ny3 = ("vurdere hvilke treslag som tåler salt, tørke og lite rotvolum, og som gir mat til "
           "pollinerende insekter")
    ny7 = ("beskrive hvordan innbyggere og velforeninger kan foreslå og ta ansvar for trær i "
           "sitt nærmiljø")
    m = [
        ("meta", "ALDERSUND KOMMUNE · Særutskrift · Arkivsak 2037/318 · Saksbehandler: Eirik "
                 "Holm"),
        ("title", "Plan for bytrær i Aldersund sentrum"),
        ("table", ["Utvalg", "Møtedato", "Saksnr."],
         [["Miljø- og planutvalget", "14.04.2037", "12/37"],
          ["Kommunestyret", "29.04.2037", "31/37"]], [80, 35, 30]),
        ("h2", "Kommunedirektørens innstilling"),
        ("p", "Kommunestyret ber kommunedirektøren utarbeide en plan for bytrær i Aldersund "
              "sentrum. Planen skal:"),
        *[("p", f"{i}. {t}") for i, t in enumerate(inn, 1)],
        ("h2", "Behandling i Kommunestyret 29.04.2037"),
        ("p", "Miljø- og planutvalget sluttet seg enstemmig til innstillingen."),
        ("p", f"Solveig Dahl (Ap) fremmet endringsforslag: Punkt 3 endres til: «{ny3}»."),
        ("p", "Per Lunde (H) fremmet forslag: Punkt 4 strykes. Kostnadene tas i "
              "budsjettprosessen."),
        ("p", f"Ingrid Moe (Sp) fremmet tilleggsforslag: Nytt punkt 7: «{ny7}»."),
        ("p", "Jon Berg (Frp) fremmet forslag: Punkt 2 strykes."),
        ("h2", "Votering"),
        ("p", "Innstillingens punkt 1, 5 og 6 ble enstemmig vedtatt. Aps endringsforslag til "
              "punkt 3 ble vedtatt mot 4 stemmer. Høyres forslag om å stryke punkt 4 ble vedtatt "
              "med 18 mot 13 stemmer. Frps forslag om å stryke punkt 2 falt med 3 mot 28 "
              "stemmer, og innstillingens punkt 2 ble deretter enstemmig vedtatt. Sps "
              "tilleggsforslag ble enstemmig vedtatt."),
        ("h2", "KST-031/37 Vedtak"),
        ("p", "Kommunedirektørens innstilling vedtas med de endringer som følger av voteringen."),
        ("meta", "Rett utskrift bekreftes. Aldersund, 30.04.2037"),
    ]
    build_rl_pdf(d / "mandate.pdf", title="Særutskrift – Plan for bytrær i Aldersund sentrum",
                 author="Aldersund kommune", creator="Aldersund kommune – Politisk sekretariat",
                 running="Aldersund kommune · Særutskrift sak 31/37", blocks=m, page_word="Side")
    p = [
        ("title", "Bytrær i Aldersund sentrum"),
        ("meta", "Plan 2038–2048 · Aldersund kommune, Kommunalteknikk · Til kommunestyret "
                 "24. februar 2038"),
        ("h1", "1 Innledning"),
        ("p", "Kommunestyret ba 29. april 2037 om en plan for trærne i sentrum. Planen er "
              "laget av Kommunalteknikk sammen med en landskapsarkitekt."),
        ("h1", "2 Trærne vi har"),
        ("p", "Vi har målt og vurdert 412 trær på kommunens grunn innenfor sentrumsgrensa. For "
              "hvert tre er treslag, plantingsår og vitalitet lagt inn i kartinnsynet."),
        ("h1", "3 Nye plantesteder"),
        ("p", "Planen peker ut 140 nye plantesteder i Storgata, på Torvet og langs Elvegata. "
              "Plantestedene er vist på kartet i vedlegg 1."),
        ("h1", "4 Valg av treslag"),
        ("p", "Langs gatene brukes lind, hestekastanje og bjørk, som klarer veisalt og tørre "
              "somre. Der det er lite jord, plantes trærne i skjelettjord med minst 15 m³ "
              "rotvolum."),
        ("h1", "5 Kostnader"),
        ("p", "Kostnadene til planting og skjøtsel tas i budsjettprosessen hvert år."),
        ("h1", "6 Graving i sentrum"),
        ("p", "Gravearbeid i sentrum styres av gravereglementet fra 2031 og krever "
              "gravetillatelse fra kommunen."),
        ("h1", "7 Innbyggerne"),
        ("p", "Innbyggere og velforeninger kan melde inn ønsker om nye trær i kartinnsynet. "
              "Innspillene vurderes hvert år."),
    ]
    _b20.build_pdf_l(p, d / "plan.pdf", word_lang="nb", title="Bytrær i Aldersund sentrum",
                     author="Aldersund kommune", header="Aldersund kommune · Plan for bytrær")
    g = [
        P("1", inn[0], "content", "covered", ev="Vi har målt og vurdert 412 trær",
          trap="answered in other words: treslag / plantingsår / vitalitet for art / alder / "
          "tilstand"),
        P("2", inn[1], "content", "covered", ev="Planen peker ut 140 nye plantesteder",
          trap="Frp's proposal to strike point 2 fell: the point stands as in the innstilling"),
        P("3", ny3, "content", "partial", ev="Langs gatene brukes lind",
          missing=["treslag som gir mat til pollinerende insekter"],
          trap="the point AS AMENDED (Ap's change was adopted); the plan answers only the "
          "innstilling's wording (salt, tørke, rotvolum), so against the old text it would look "
          "covered"),
        P("5", inn[4], "content", "uncovered",
          trap="shared words only: 'Gravearbeid i sentrum styres av gravereglementet' names "
          "digging but gives no rules for protecting the trees. Point 4 (costs) was STRUCK and "
          "is no point; the plan's sentence 'tas i budsjettprosessen' answers nothing asked"),
        P("6", inn[5], "process", "covered", ev="Plan 2038–2048 · Aldersund kommune",
          trap="answered only by the meta line: to the kommunestyre 24 February 2038, before "
          "1 March"),
        P("7", ny7, "content", "partial", ev="Innbyggere og velforeninger kan melde inn",
          missing=["hvordan innbyggere og velforeninger kan ta ansvar for og stelle trær"],
          trap="Sp's added point, printed only in the Behandling; the plan lets people propose "
          "trees but says nothing about taking responsibility for them"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Aldersund kommune · Særutskrift sak 31/37",),
                producer="særutskrift printed by the case system (reportlab): innstilling 1.–6., "
                "a Behandling with a change (3), a deletion (4, adopted), a deletion that fell (2) "
                "and an added point 7, a vedtak 'with the amendments' that reprints nothing; plan "
                "exported from Word", points=g)


# =========================================================================== 2 havnebade (da)
@pair
def havnebade(d: Path) -> dict:
    o = [
        "vurdere vandkvaliteten ved Kulkajen, Nordmolen og Strandparken",
        "foreslå placering af op til to nye havnebade",
        "beskrive krav til livredning og sikkerhed, også uden for badesæsonen",
        "afklare hvordan saunaer og omklædning kan drives i samarbejde med foreninger",
        "vurdere adgangsforholdene for borgere med handicap",
        "udarbejde et budget for anlæg og drift",
    ]
    ind = [
        ("☒", "Handicaprådet høres, før planen sendes til udvalget"),
        ("☐", "Borgermøde"),
        ("☒", "Vinterbadeklubben Isbjørnen inddrages i arbejdet"),
        ("☐", "Ældrerådet høres"),
    ]
    s1 = "Planen forelægges Kultur- og Fritidsudvalget senest den 1. december 2037."
    m = [
        ("meta", "Rødkilde Kommune · Kultur og Fritid · Sagsnr. 18.20.00-P20-4-37"),
        ("title", "Kommissorium: Plan for havnebade og vinterbadning"),
        ("h1", "Baggrund"),
        ("p", "Antallet af vinterbadere er tredoblet siden 2033, og borgerne efterspørger flere "
              "badesteder i havnen. Kommunen har i dag ét havnebad ved Kulkajen."),
        ("h1", "Formål"),
        ("p", "Kultur- og Fritidsudvalget ønsker en samlet plan for badning i havnen året rundt."),
        ("h1", "Opgaver"),
        ("p", "Arbejdsgruppen skal:"),
        *[("p", "☐ " + t) for t in o],
        ("h1", "Inddragelse (sæt kryds)"),
        *[("p", f"{box} {t}") for box, t in ind],
        ("h1", "Tidsplan"),
        ("p", s1 + " Arbejdsgruppen holder første møde i august."),
        ("h1", "Organisering"),
        ("p", "Formand: Fritidschef Lene Bach. Sekretær: Jonas Krog, Kultur og Fritid."),
    ]
    _b20.build_pdf_l(m, d / "mandate.pdf", word_lang="da",
                     title="Kommissorium: Plan for havnebade og vinterbadning",
                     author="Rødkilde Kommune", header="Rødkilde Kommune · Kommissorium",
                     lang="da-DK")
    p = [
        ("meta", "Behandlet i Kultur- og Fritidsudvalget 20. januar 2038 · Sagsnr. "
                 "18.20.00-P20-4-37"),
        ("p", "Rødkilde Kommune vil gøre det lettere og sikrere at bade i havnen hele året. "
              "Her kan du læse planen."),
        ("h2", "Vandkvalitet"),
        ("p", "Vandprøver fra sæsonen 2037 viser badevand af udmærket kvalitet ved Kulkajen og "
              "i Strandparken."),
        ("h2", "Nyt havnebad"),
        ("p", "Vi anbefaler et nyt havnebad i Strandparken med plads til 150 badende og en "
              "ny badebro."),
        ("fig", "Kort: Det nye havnebad i Strandparken"),
        ("h2", "Sikkerhed"),
        ("p", "Der er livreddere ved Kulkajen og i Strandparken i juli og august. Redningskranse "
              "og stiger efterses hver uge."),
        ("h2", "Sauna og omklædning"),
        ("p", "Saunaen på Kulkajen drives af Vinterbadeklubben Isbjørnen efter en aftale med "
              "kommunen. Den nye sauna i Strandparken udbydes til foreningerne, som selv står "
              "for omklædningsrummet."),
        ("h2", "Sådan har vi arbejdet"),
        ("p", "Vinterbadeklubben Isbjørnen har deltaget i arbejdsgruppen. Handicaprådet fik "
              "planen i høring i november 2037 og havde ingen bemærkninger. Der blev ikke holdt "
              "borgermøde."),
        ("h2", "Økonomi"),
        ("p", "Budget for anlæg og drift udarbejdes i forbindelse med budget 2039."),
    ]
    _b20.web_pdf(d / "plan.pdf", title="Plan for havnebade og vinterbadning",
                 nav="Rødkilde Kommune · Borger · Kultur og fritid · Havnebade",
                 foot="Siden er opdateret 22. januar 2038 · Rødkilde Kommune", blocks=p,
                 lang="da")
    g = [
        P("1", o[0], "content", "partial", ev="Vandprøver fra sæsonen 2037",
          missing=["vandkvaliteten ved Nordmolen"],
          trap="a checkbox item (the box is no part of the text); two of the three places"),
        P("2", o[1], "content", "covered", ev="Vi anbefaler et nyt havnebad",
          trap="'op til to': one new bath proposed answers the point"),
        P("3", o[2], "content", "partial", ev="Der er livreddere ved Kulkajen",
          missing=["livredning og sikkerhed uden for badesæsonen, for vinterbaderne"],
          trap="only July and August; the winter, the plan's own theme, is left open"),
        P("4", o[3], "content", "covered", ev="Saunaen på Kulkajen drives af",
          trap="answered in other words (aftale, udbydes til foreningerne)"),
        P("5", o[4], "content", "uncovered",
          trap="shared words only: 'Handicaprådet fik planen i høring' (which answers I1); "
          "no assessment of access for people with disabilities"),
        P("6", o[5], "deliverable", "uncovered",
          trap="deferred: 'udarbejdes i forbindelse med budget 2039'"),
        P("I1", ind[0][1], "process", "covered", ev="Handicaprådet fik planen i høring",
          trap="a TICKED box (☒) under 'Inddragelse (sæt kryds)' is a point; the unticked ones "
          "(☐ Borgermøde, ☐ Ældrerådet høres) are none, and 'Der blev ikke holdt borgermøde' "
          "answers nothing asked"),
        P("I2", ind[2][1], "process", "covered", ev="Vinterbadeklubben Isbjørnen har deltaget",
          trap="ticked box; answered in the process section"),
        P("S1", s1, "process", "uncovered",
          trap="the meta line says the committee treated the plan on 20 January 2038, after the "
          "deadline of 1 December 2037; 'første møde i august' and Organisering are none"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Rødkilde Kommune · Kommissorium",),
                producer="kommissorium exported from Word (da-DK): 'Arbejdsgruppen skal:' with "
                "six ☐ checkbox items (a to-do list, all points) and an 'Inddragelse (sæt kryds)' "
                "list where only the ticked ☒ items are points; plan the municipality's web "
                "page printed with Chromium", points=g)


# =========================================================================== 3 konstprogram (sv)
@pair
def konstprogram(d: Path) -> dict:
    f = [
        "beskriver hur enprocentregeln ska tillämpas vid kommunens byggprojekt,",
        "redovisar skick och underhållsbehov för de konstverk kommunen äger utomhus,",
        "föreslår hur barn och unga kan delta när ny konst tas fram,",
        "anger hur konst i de nya bostadsområdena i Norrstrand ska prioriteras.",
    ]
    s1 = "Programmet ska redovisas för kulturnämnden senast den 15 november 2037."
    m = [
        ("meta", "Holmsjö kommun · Kulturförvaltningen · Tjänsteskrivelse · 2037-03-02 · "
                 "Dnr KUN 2037/41"),
        ("title", "Uppdrag att ta fram ett program för offentlig konst"),
        ("h1", "Förslag till beslut"),
        ("p", "Kulturnämnden ger kulturförvaltningen i uppdrag att ta fram ett program för "
              "offentlig konst som"),
        *[("p", f"{i}. {t}") for i, t in enumerate(f, 1)],
        ("p", s1),
        ("h1", "Sammanfattning av ärendet"),
        ("p", "Holmsjö kommun äger 86 konstverk i det offentliga rummet. Många av dem saknar "
              "underhållsplan, och nya bostadsområden växer fram i Norrstrand."),
        ("h1", "Förvaltningens bedömning"),
        ("p", "Förvaltningen bedömer att ett program behövs för att konsten ska hållas i gott "
              "skick och för att nya verk ska tillkomma på ett planerat sätt. Programmet bör "
              "också kunna ge vägledning om gatukonst och graffiti, men det får prövas i ett "
              "senare skede. Konstnärerna ska liksom i dag få ersättning enligt MU-avtalet. "
              "Förvaltningen ser gärna att programmet samordnas med den nya översiktsplanen."),
        ("h1", "Ekonomiska konsekvenser"),
        ("p", "Uppdraget genomförs inom befintlig budget."),
        ("h1", "Beslutsunderlag"),
        ("p", "Tjänsteskrivelse 2037-03-02. Förteckning över kommunens konstverk."),
        ("p", "Anna Lindqvist, kulturchef"),
    ]
    _b20.odt_to_pdf(m, d / "mandate.pdf", title="Tjänsteskrivelse – program för offentlig konst",
                    lang="sv")
    p = [
        ("title", "Program för offentlig konst i Holmsjö 2038–2045"),
        ("meta", "Holmsjö kommun · Kulturförvaltningen · Kulturnämnden 2037-10-18 · "
                 "Dnr KUN 2037/41"),
        ("h1", "1 Inledning"),
        ("p", "Programmet visar hur kommunen tar hand om den konst som finns och hur ny konst "
              "kommer till. Det har tagits fram i samråd med samhällsbyggnadsförvaltningen."),
        ("h1", "2 En procent till konst"),
        ("p", "Vid kommunens ny- och ombyggnader avsätts en procent av byggkostnaden till "
              "konst. Regeln gäller projekt över 10 miljoner kronor, och kulturförvaltningen "
              "deltar redan i programskedet."),
        ("h1", "3 Konsten vi har"),
        ("p", "Fyra verk har besiktigats av en konservator under 2037:"),
        ("table", ["Konstverk", "Plats", "Skick", "Åtgärd"],
         [["Flickan och svanen", "Stadsparken", "Dåligt", "Rengöring, ny sockel"],
          ["Vågen", "Hamnplan", "Gott", "Ingen"],
          ["Portalen", "Resecentrum", "Måttligt", "Lagning av mosaik"],
          ["Ljusträdet", "Torget", "Dåligt", "Ny belysning"]], [40, 35, 25, 55]),
        ("p", "Övriga verk besiktigas efter hand."),
        ("h1", "4 Norrstrand"),
        ("p", "I Norrstrand prioriteras konst först vid den nya skolan och torget, därefter "
              "längs parkstråket mot sjön. Konsten i Norrstrand ska glädja barn och unga som "
              "växer upp där."),
        ("h1", "5 Gatukonst och graffiti"),
        ("p", "En laglig vägg för graffiti inrättas vid skateparken 2038."),
        ("h1", "6 Samordning"),
        ("p", "Programmet har stämts av mot arbetet med den nya översiktsplanen."),
    ]
    build_rl_pdf(d / "plan.pdf", title="Program för offentlig konst i Holmsjö 2038–2045",
                 author="Holmsjö kommun", creator="Holmsjö kommun – Kulturförvaltningen",
                 running="Holmsjö kommun · Program för offentlig konst", blocks=p,
                 page_word="Sida")
    g = [
        P("1", f[0], "content", "covered", ev="Vid kommunens ny- och ombyggnader",
          trap="answered in other words: 'avsätts en procent av byggkostnaden'"),
        P("2", f[1], "content", "partial", ev="Fyra verk har besiktigats",
          missing=["skick och underhållsbehov för de övriga 82 verken"],
          trap="four of 86 works in a table; 'besiktigas efter hand' defers the rest"),
        P("3", f[2], "content", "uncovered",
          trap="shared words only: 'ska glädja barn och unga' says nothing about how they "
          "take part"),
        P("4", f[3], "content", "covered", ev="I Norrstrand prioriteras konst",
          trap="answered with an order of priority"),
        P("S1", s1, "process", "covered", ev="Holmsjö kommun · Kulturförvaltningen · Kultur",
          trap="answered by the meta line (the committee 18 October, before 15 November). The "
          "'bör' and 'ska' sentences of 'Förvaltningens bedömning' (graffiti, MU-avtalet, "
          "översiktsplanen) are the officers' reasoning, not the decision, and are none; the "
          "plan's graffiti and samordning sections answer nothing asked"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                producer="tjänsteskrivelse written in Writer (sv) and exported by LibreOffice: "
                "the points only in 'Förslag till beslut' (1.–4. and one sentence), a "
                "'Förvaltningens bedömning' in 'bör'/'ska' prose that gives no points; plan laid "
                "out with reportlab, a condition table", points=g)


# =========================================================================== 4 customer-access (en)
@pair
def customer_access(d: Path) -> dict:
    req = [
        ("R1", "Map how and why residents contact the Council today, by channel", "Must"),
        ("R2", "Set service standards for answering calls, e-mails and letters", "Must"),
        ("R3", "Keep a face-to-face service for residents who cannot use digital channels",
         "Must"),
        ("R4", "Propose which transactions move online first", "Should"),
        ("R5", "Include an assisted digital offer with libraries and the voluntary sector",
         "Should"),
        ("R6", "Consider a webchat or out-of-hours service", "Could"),
        ("R7", "Replace the Council's telephony system", "Won't"),
        ("R8", "Review the parish council access points", "Won't"),
    ]
    s1 = "The strategy will be agreed by Cabinet by 30 November 2037."
    s2 = "An equality impact assessment must accompany the draft strategy."
    m = [
        ("meta", "Hartwell Vale District Council · Transformation Programme · Version 1.2 · "
                 "9 March 2037"),
        ("title", "Project Brief: Customer Access Strategy 2038–2042"),
        ("h1", "1. Background"),
        ("p", "Residents contact the Council by phone, e-mail, the website and at the Civic "
              "Centre. Call volumes have fallen by a quarter since 2034, but waiting times at "
              "peak periods are still long."),
        ("h1", "2. Objective"),
        ("p", "To produce a Customer Access Strategy that sets out how residents will contact "
              "the Council and get help over the next five years."),
        ("h1", "3. Requirements"),
        ("p", "Requirements are prioritised using MoSCoW: Must have, Should have, Could have, "
              "Won't have (this time)."),
        ("table", ["ID", "Requirement", "Priority"], [list(r) for r in req], [15, 120, 25]),
        ("h1", "4. Governance"),
        ("p", "The Customer Services Manager is the project lead and reports to the "
              "Transformation Board monthly. " + s1 + " " + s2),
        ("h1", "5. Resources"),
        ("p", "The work will be met from existing budgets."),
    ]
    _b20.build_pdf_l(m, d / "mandate.pdf", word_lang="en",
                     title="Project Brief: Customer Access Strategy",
                     author="Hartwell Vale District Council",
                     header="Hartwell Vale District Council · Project Brief", lang="en-GB")
    p = [
        ("meta", "Adopted by Cabinet on 18 November 2037 · Customer Services"),
        ("p", "This strategy sets out how you can contact Hartwell Vale District Council and "
              "get help from 2038 to 2042."),
        ("h2", "How residents contact us"),
        ("p", "In 2036 we handled 212,000 contacts. The main reasons were council tax, bins "
              "and benefits."),
        ("table", ["Channel", "Contacts 2036", "Share"],
         [["Telephone", "123,000", "58%"], ["Online forms", "57,000", "27%"],
          ["E-mail", "19,000", "9%"], ["In person", "13,000", "6%"]]),
        ("h2", "Our standards"),
        ("p", "We aim to answer 80% of calls within two minutes and all calls within ten "
              "minutes."),
        ("h2", "Seeing someone in person"),
        ("p", "The Civic Centre reception stays open Monday, Wednesday and Friday. Anyone who "
              "cannot get online can book a longer appointment or a home visit."),
        ("h2", "Going online"),
        ("p", "Which services go online first will be decided in the next revision of this "
              "strategy."),
        ("h2", "Partners"),
        ("p", "Our libraries are valued by residents, and the voluntary sector is a key partner "
              "across the district."),
        ("h2", "New ways to get help"),
        ("p", "We looked at webchat and an out-of-hours line. Webchat will be piloted on the "
              "council tax pages from April 2039."),
        ("h2", "Telephony"),
        ("p", "The telephony contract ends in 2040, and a new system will be procured."),
        ("h2", "Equality"),
        ("p", "An equality impact assessment will be carried out once the strategy is adopted."),
    ]
    _b20.web_pdf(d / "plan.pdf", title="Customer Access Strategy 2038–2042",
                 nav="Hartwell Vale District Council · Your council · Strategies and plans",
                 foot="Page last updated 20 November 2037 · Hartwell Vale District Council",
                 blocks=p, lang="en-GB")
    g = [
        P("R1", req[0][1], "content", "covered", ev="In 2036 we handled 212,000 contacts",
          trap="a MoSCoW row (ID as printed, the requirement cell; the priority column is no "
          "part of the text); answered by a channel table and the reasons"),
        P("R2", req[1][1], "content", "partial", ev="We aim to answer 80% of calls",
          missing=["standards for e-mails and letters"], trap="calls only"),
        P("R3", req[2][1], "content", "covered", ev="The Civic Centre reception stays open",
          trap="answered in other words ('Anyone who cannot get online')"),
        P("R4", req[3][1], "content", "uncovered",
          trap="deferred: 'will be decided in the next revision of this strategy'"),
        P("R5", req[4][1], "content", "uncovered",
          trap="shared words only: libraries and the voluntary sector named in passing, no "
          "assisted digital offer"),
        P("R6", req[5][1], "content", "covered", ev="We looked at webchat",
          trap="a 'Could' row is still asked; 'webchat or out-of-hours' — considered both, one "
          "chosen. The 'Won't' rows R7 and R8 are out of scope and are none; the plan's "
          "telephony section answers nothing asked"),
        P("S1", s1, "process", "covered", ev="Adopted by Cabinet on 18 November 2037",
          trap="answered only by the meta line"),
        P("S2", s2, "deliverable", "uncovered",
          trap="the assessment is promised after adoption, so it cannot accompany the draft; "
          "'reports to the Transformation Board monthly' and Resources are none"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Hartwell Vale District Council · Project Brief",),
                producer="project brief exported from Word (en-GB): a MoSCoW requirements table "
                "'ID | Requirement | Priority' with Must / Should / Could / Won't rows (Won't is "
                "out of scope) and two requirements in the Governance prose; plan the council's "
                "web page printed with Chromium", points=g)


# =========================================================================== 5 kommuneskog (nn)
@pair
def kommuneskog(d: Path) -> dict:
    tree = [
        ("1 Skogbruk", [
            ("1a", "gjere greie for kor mykje tømmer som kan hoggast kvart år"),
            ("1b", "vurdere om kommunen sjølv skal drive skogen eller leige ut drifta"),
        ]),
        ("2 Natur og friluftsliv", [
            ("2a", "kartleggje viktige naturtypar og kjerneområde for skogsfugl"),
            ("2b", "vise korleis stiane og skiløypene i Nordmarka skal takast vare på ved hogst"),
        ]),
        ("3 Klima", [
            ("3a", "rekne ut kor mykje karbon skogen bind i dag"),
            ("3b", "vurdere planting av ny skog på attgrodd beitemark"),
        ]),
    ]
    p4 = "Planen skal leggjast fram for kommunestyret før budsjettet for 2039 vert handsama."
    s1 = "Skogbrukssjefen i Vestskog-samarbeidet skal vere med i arbeidet."
    m = [
        ("meta", "Brynjevik kommune · Formannskapet · Møte 22.05.2037 · Sak 44/37"),
        ("title", "Oppdrag: Forvaltningsplan for kommuneskogen 2038–2048"),
        ("p", "Kommunen eig om lag 2 300 dekar skog på Lia og i Nordmarka. Den gamle "
              "skogbruksplanen gjekk ut i 2035."),
        ("p", "Formannskapet ber kommunedirektøren lage ein forvaltningsplan for kommuneskogen. "
              "Planen skal svare på desse punkta:"),
    ]
    for head, subs in tree:
        m.append(("h1", head))
        m += [("p", f"{n} {t}") for n, t in subs]
    m += [
        ("h1", "4 " + p4),
        ("p", s1 + " Kommunen har sett av 150 000 kroner til skogtakst."),
        ("meta", "Rett utskrift: Brynjevik, 23.05.2037, Håkon Vik, formannskapssekretær"),
    ]
    _b20.odt_to_pdf(m, d / "mandate.pdf", title="Oppdrag: Forvaltningsplan for kommuneskogen",
                    lang="nn")
    p = [
        ("title", "Forvaltningsplan for kommuneskogen i Brynjevik 2038–2048"),
        ("meta", "Brynjevik kommune · Landbruk og miljø · Høyringsutkast august 2038"),
        ("h1", "1 Innleiing"),
        ("p", "Skogen er viktig for klimaet, for naturen og for folk som går tur. Planen byggjer "
              "på ein ny skogtakst frå 2037."),
        ("h1", "2 Hogst og drift"),
        ("p", "Balansekvantumet er rekna til 1 900 m³ i året. Det er det skogen veks med, så "
              "ressursen blir ikkje mindre."),
        ("p", "Vi har samanlikna eiga drift med utleige. Utleige gir jamnare inntekt, men eiga "
              "drift gir kommunen styring med omsynet til friluftslivet. Vi tilrår eiga drift."),
        ("h1", "3 Naturverdiar"),
        ("p", "Det er registrert 14 naturtypelokalitetar, mellom anna gammal furuskog ved Lia "
              "og ei bekkekløft i Nordmarka. Desse blir ikkje hogde."),
        ("h1", "4 Friluftsliv"),
        ("p", "Nordmarka er mykje brukt til friluftsliv, og stiane er populære heile året."),
        ("h1", "5 Klima"),
        ("p", "Karbonrekneskap for skogen kjem i neste revisjon av planen."),
        ("p", "Om lag 80 dekar attgrodd beitemark ved Lia blir tilplanta med gran i 2039 og "
              "2040."),
        ("h1", "6 Vidare arbeid"),
        ("p", "Skogbrukssjefen i Vestskog har lese gjennom utkastet. Planen blir lagd fram for "
              "kommunestyret i oktober 2038, før budsjettet for 2039."),
    ]
    _b20.build_pdf_l(p, d / "plan.pdf", word_lang="nb",
                     title="Forvaltningsplan for kommuneskogen i Brynjevik",
                     author="Brynjevik kommune", header="Brynjevik kommune · Kommuneskogen",
                     lang="nn-NO")
    g = [
        P("1a", tree[0][1][0][1], "content", "covered", ev="Balansekvantumet er rekna til",
          trap="a sub-point under the HEADING '1 Skogbruk' (the parent line is no point); "
          "answered in other words (balansekvantum)"),
        P("1b", tree[0][1][1][1], "content", "covered", ev="Vi har samanlikna eiga drift",
          trap="both options weighed and one recommended"),
        P("2a", tree[1][1][0][1], "content", "partial", ev="Det er registrert 14",
          missing=["kjerneområde for skogsfugl (leikområde for tiur og orrfugl)"],
          trap="naturtypar answered, skogsfugl not"),
        P("2b", tree[1][1][1][1], "content", "uncovered",
          trap="shared words only: 'stiane er populære heile året' under 'Friluftsliv'; "
          "nothing on how paths and ski tracks are kept during felling"),
        P("3a", tree[2][1][0][1], "content", "uncovered",
          trap="deferred: 'kjem i neste revisjon av planen'; 'Skogen er viktig for klimaet' "
          "shares only the heading's word"),
        P("3b", tree[2][1][1][1], "content", "covered", ev="Om lag 80 dekar attgrodd",
          trap="answered by a decision"),
        P("4", p4, "process", "covered", ev="Planen blir lagd fram for kommunestyret",
          trap="a numbered line with NO sub-points, printed in the heading style like 1–3, "
          "is itself a point (number 4)"),
        P("S1", s1, "process", "partial", ev="Skogbrukssjefen i Vestskog har lese",
          missing=["at skogbrukssjefen er med i arbeidet undervegs, ikkje berre les utkastet"],
          trap="the 150 000 kroner sentence and 'Rett utskrift' are none"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf",
                producer="formannskap oppdrag written in Writer (nn) and exported by "
                "LibreOffice: numbered parent lines '1 Skogbruk' … set as headings (no points) "
                "with sub-points 1a/1b … under them, a heading-styled point 4 without sub-points, "
                "one requirement in the prose; plan exported from Word (nn-NO)", points=g)


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, or --verify them (pairkit.mandates_main)."""
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder="corpora/mandates-blind22/make_pairs.py", counts=False)


if __name__ == "__main__":
    main(sys.argv[1:])
