"""Build the twenty-first blind batch of mandate/plan pairs under corpora/mandates-blind21/ and their gold.

Written on 2026-12-04 without reading plancheck's code: a bokmål oppdragsbrev (reportlab) whose
points are QUESTIONS ("Hvordan kan …?", "Hvilke …?") under 'Spørsmål utredningen skal svare
på', and a Danish KOMMISSORIUM (Word → PDF) with 'Opgaver:' dash items and a
separate 'Leverancer' list with dates.

    python corpora/mandates-blind21/make_pairs.py               # all pairs
    python corpora/mandates-blind21/make_pairs.py --verify      # gold quotes against pdftotext

Imports the twentieth batch's builder (corpora/mandates-blind20/make_pairs.py) and through it the
earlier ones; nothing of the earlier batches is edited.
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


# =========================================================================== 1 havn (nb)
@pair
def havn(d: Path) -> dict:
    q = [
        "Hvordan kan kommunen få bedre oversikt over tilstanden på de sju kommunale kaiene?",
        "Hvilke kaier bør kommunen eie også i framtida, og hvilke kan selges eller leies ut?",
        "Hvordan kan gjestehavna i sentrum bli mer attraktiv for båtturister?",
        "Hvor mange nye båtplasser trengs fram mot 2045, og hvor bør de ligge?",
        "Hvordan kan avfall og septik fra fritidsbåter tas imot på en forsvarlig måte?",
        "Hva vil det koste å sikre kaiene mot høyere havnivå og stormflo?",
        "Hvordan kan havnene gjøres tilgjengelige for personer med nedsatt funksjonsevne?",
    ]
    s = [
        "Utredningen skal ha en prioritert tiltaksliste med kostnadsoverslag.",
        "Båtforeningene og havnestyret skal involveres underveis.",
    ]
    m = [
        ("meta", "Tjernvik kommune · Kommunedirektøren · Vår ref. 2036/412 · 3. februar 2036"),
        ("title", "Oppdrag: Havneplan for Tjernvik 2037–2047"),
        ("p", "Til: Teknisk sjef Mona Strand"),
        ("h1", "Bakgrunn"),
        ("p", "Kommunen eier sju kaier og driver gjestehavna i sentrum. Flere kaier har "
              "skader etter vinterstormene i 2035, og ventelista til båtplass er på 140 navn."),
        ("h1", "Spørsmål utredningen skal svare på"),
        *[("p", f"{i}. {t}") for i, t in enumerate(q, 1)],
        ("h1", "Krav til arbeidet"),
        ("p", s[0] + " " + s[1] + " Teknisk sjef kan bruke inntil 200 000 kroner til "
              "konsulent."),
        ("p", "Med hilsen Kari Nygård, kommunedirektør"),
    ]
    build_rl_pdf(d / "oppdrag.pdf", title="Oppdrag: Havneplan for Tjernvik",
                 author="Tjernvik kommune", creator="Tjernvik kommune – Kommunedirektøren",
                 running="Tjernvik kommune · Oppdrag havneplan", blocks=m, page_word="Side")
    p = [
        ("title", "Havneplan for Tjernvik 2037–2047"),
        ("meta", "Tjernvik kommune · Teknisk · Til kommunestyret 10. desember 2036"),
        ("h1", "1 Slik har vi arbeidet"),
        ("p", "Havnestyret har behandlet planen to ganger. Båtforeningene fikk utkastet til "
              "uttalelse i oktober."),
        ("h1", "2 Kaienes tilstand"),
        ("p", "Alle sju kaier ble dykket og inspisert sommeren 2036. Resultatet er samlet i et "
              "tilstandsregister som oppdateres hvert femte år."),
        ("h1", "3 Eierskap"),
        ("p", "Kommunen beholder kaiene i sentrum, på Holmen og i Vika. De fire andre tilbys "
              "velforeningene for en krone."),
        ("h1", "4 Gjestehavna"),
        ("p", "Gjestehavna får nye servicebygg med dusj, vaskeri og strøm på alle plasser. "
              "Vi vil også lage nettbooking."),
        ("h1", "5 Båtplasser"),
        ("p", "Ventelista tilsier behov for om lag 120 nye plasser. Plassering tas i neste "
              "revisjon av planen."),
        ("h1", "6 Miljø"),
        ("p", "Tømmestasjon for septik bygges i gjestehavna i 2038."),
        ("h1", "7 Klima"),
        ("p", "Stormfloa i 2035 viste at kaiene er sårbare."),
        ("h1", "8 Tiltak"),
        ("table", ["Tiltak", "Kostnad", "Prioritet"],
         [["Reparasjon av kai i Vika", "1,2 mill. kr", "1"],
          ["Servicebygg i gjestehavna", "3,4 mill. kr", "2"],
          ["Tømmestasjon for septik", "0,6 mill. kr", "3"]], [80, 40, 30]),
    ]
    build_rl_pdf(d / "plan.pdf", title="Havneplan for Tjernvik 2037–2047",
                 author="Tjernvik kommune", creator="Tjernvik kommune – Teknisk",
                 running="Tjernvik kommune · Havneplan 2037–2047", blocks=p, page_word="Side")
    g = [
        P("1", q[0], "content", "covered", ev="Alle sju kaier ble dykket",
          trap="a question; answered in other words (inspection and a tilstandsregister)"),
        P("2", q[1], "content", "covered", ev="Kommunen beholder kaiene i sentrum",
          trap="answered in other words: 'beholder', 'tilbys velforeningene for en krone'"),
        P("3", q[2], "content", "covered", ev="Gjestehavna får nye servicebygg",
          trap="answered by measures, not with the word 'attraktiv'"),
        P("4", q[3], "content", "partial", ev="Ventelista tilsier behov for",
          missing=["hvor de nye båtplassene skal ligge"],
          trap="the number is given; the location is deferred ('tas i neste revisjon')"),
        P("5", q[4], "content", "partial", ev="Tømmestasjon for septik bygges",
          missing=["mottak av avfall fra fritidsbåter"],
          trap="septik answered, avfall not"),
        P("6", q[5], "content", "uncovered",
          trap="shared words only: 'Stormfloa i 2035 viste at kaiene er sårbare' gives no cost"),
        P("7", q[6], "content", "uncovered", trap="nothing on tilgjengelighet"),
        P("S1", s[0], "deliverable", "covered", ev="Tiltak Kostnad Prioritet",
          trap="the table has cost and priority"),
        P("S2", s[1], "process", "partial", ev="Havnestyret har behandlet planen",
          missing=["involvering av båtforeningene underveis, ikke bare uttalelse til utkastet"],
          trap="the boat clubs were only sent the draft; the 200 000 kroner sentence is none"),
    ]
    return dict(language="nb", mandate="oppdrag.pdf", plan="plan.pdf", header="",
                drop=("Tjernvik kommune · Oppdrag havneplan",),
                producer="oppdragsbrev laid out with reportlab: seven numbered QUESTIONS "
                "('Hvordan kan …?') as points, two requirements in prose; plan reportlab, "
                "a measure table", points=g)


# =========================================================================== 2 legepladser (da)
@pair
def legepladser(d: Path) -> dict:
    o = [
        "kortlægge alle kommunale legepladser og deres sikkerhedsmæssige stand",
        "vurdere behovet for legepladser i de nye boligområder i Østerby",
        "foreslå en model for borgerinddragelse ved fornyelse af legepladser",
        "vurdere tilgængelighed for børn med handicap",
        "beskrive drift og tilsyn fremover",
    ]
    lev = [
        "Statusnotat med kortlægning senest 1. maj 2036.",
        "Udkast til legepladsplan til Teknik- og Miljøudvalget senest 1. oktober 2036.",
    ]
    m = [
        ("meta", "Møllebjerg Kommune · Teknik og Miljø · J.nr. 04.12.00-P20-3-36"),
        ("title", "Kommissorium for legepladsplan 2037–2041"),
        ("h1", "Baggrund"),
        ("p", "Kommunen har 46 legepladser. Mange er over 25 år gamle."),
        ("h1", "Opgaver"),
        ("p", "Arbejdsgruppen skal:"),
        *[("p", "– " + t) for t in o],
        ("h1", "Leverancer"),
        *[("p", "– " + t) for t in lev],
        ("h1", "Organisering"),
        ("p", "Arbejdsgruppen ledes af Park og Vej. Budgettet er 150.000 kr."),
    ]
    _b20.build_pdf_l(m, d / "kommissorium.pdf", word_lang="da",
                     title="Kommissorium for legepladsplan", author="Møllebjerg Kommune",
                     header="Møllebjerg Kommune · Kommissorium", lang="da-DK")
    p = [
        ("title", "Legepladsplan 2037–2041"),
        ("meta", "Møllebjerg Kommune · Park og Vej · Teknik- og Miljøudvalget 28. september 2036"),
        ("h1", "1 Status"),
        ("p", "Park og Vej har gennemgået alle 46 legepladser med en certificeret inspektør. "
              "Statusnotatet blev afleveret 24. april 2036."),
        ("h1", "2 Nye boligområder"),
        ("p", "I Østerby planlægges 600 boliger. Der er afsat areal til to nye legepladser."),
        ("h1", "3 Inddragelse"),
        ("p", "Borgerne i Østerby har været inviteret til et møde om boligområdet."),
        ("h1", "4 Drift"),
        ("p", "Alle legepladser får et visuelt tilsyn hver uge og en hovedinspektion hvert år."),
    ]
    build_rl_pdf(d / "plan.pdf", title="Legepladsplan 2037–2041",
                 author="Møllebjerg Kommune", creator="Møllebjerg Kommune – Park og Vej",
                 running="Møllebjerg Kommune · Legepladsplan 2037–2041", blocks=p,
                 page_word="Side")
    g = [
        P("1", o[0], "content", "covered", ev="Park og Vej har gennemgået alle 46",
          trap="a dash item after 'Arbejdsgruppen skal:'; answered in other words"),
        P("2", o[1], "content", "covered", ev="I Østerby planlægges 600 boliger"),
        P("3", o[2], "content", "uncovered",
          trap="shared words: a meeting on the housing area is no model for inddragelse"),
        P("4", o[3], "content", "uncovered", trap="nothing on tilgængelighed"),
        P("5", o[4], "content", "covered", ev="Alle legepladser får et visuelt tilsyn"),
        P("L1", lev[0], "deliverable", "covered", ev="Park og Vej har gennemgået alle 46",
          trap="a dated item of the separate 'Leverancer' list; delivered 24 April"),
        P("L2", lev[1], "process", "covered", ev="Møllebjerg Kommune · Park og Vej",
          trap="answered only by the meta line date (28 September)"),
    ]
    return dict(language="da", mandate="kommissorium.pdf", plan="plan.pdf", header="",
                drop=("Møllebjerg Kommune · Kommissorium",),
                producer="kommissorium written in Word and exported to PDF: "
                "'Opgaver' dash items after 'Arbejdsgruppen skal:' and a separate dated "
                "'Leverancer' list; plan reportlab, prose only", points=g)


# =========================================================================== 3 toaletter (sv)
@pair
def toaletter(d: Path) -> dict:
    s = [
        "Planen ska ge en samlad bild av kommunens allmänna toaletter och deras skick.",
        "Planen ska bedöma var det saknas toaletter längs de mest besökta stråken och vid "
        "lekplatser.",
        "Den ska också föreslå hur öppettider och städning kan ordnas året runt.",
        "Alla förslag ska vara tillgängliga för personer med funktionsnedsättning.",
        "Planen ska redovisa driftkostnader per toalett och år.",
        "Förslaget ska remitteras till kommunala pensionärsrådet och rådet för "
        "funktionshinderfrågor innan det lämnas till tekniska nämnden.",
        "Planen ska lämnas till tekniska nämnden senast den 30 september 2036.",
    ]
    m = [
        ("p", "Uppdragsbeskrivning · Hallstena kommun · Samhällsbyggnad · Dnr TN 2036/77"),
        ("h2", "Plan för allmänna toaletter i Hallstena"),
        ("h3", "Syfte"),
        ("p", "Besökare och invånare klagar på att det är svårt att hitta en toalett i "
              "centrum och vid sjön. " + s[0] + " " + s[1]),
        ("h3", "Mål"),
        ("p", "Målet är att alla ska kunna röra sig i Hallstena utan att oroa sig för var "
              "närmaste toalett finns. " + s[2] + " " + s[3]),
        ("h3", "Avgränsningar"),
        ("p", "Toaletter i skolor, förskolor och äldreboenden ingår inte. " + s[4]),
        ("h3", "Tidplan"),
        ("p", s[5] + " " + s[6] + " Uppdragsgivare är samhällsbyggnadschefen."),
    ]
    _b20.web_pdf(d / "uppdrag.pdf", title="Uppdragsbeskrivning – allmänna toaletter",
                 nav="Hallstena kommun · Intranätet · Samhällsbyggnad · Uppdrag",
                 foot="Sidan uppdaterad 14 januari 2036 · Hallstena kommun", blocks=m,
                 lang="sv")
    p = [
        ("title", "Toalettplan för Hallstena 2037–2040"),
        ("meta", "Hallstena kommun · Gata och park · Tekniska nämnden 22 september 2036"),
        ("h1", "1 Dagens toaletter"),
        ("p", "Kommunen har nio allmänna toaletter. Fyra är i dåligt skick och två är stängda "
              "vintertid."),
        ("table", ["Toalett", "Skick", "Öppet"],
         [["Torget", "Bra", "Året runt"], ["Stationen", "Dåligt", "Året runt"],
          ["Sjöbadet", "Dåligt", "Maj–sept"], ["Stadsparken", "Bra", "Året runt"]],
         [60, 40, 40]),
        ("h1", "2 Behov"),
        ("p", "Längs strandpromenaden och vid Norrängens lekpark saknas toalett. Vi föreslår "
              "två nya där."),
        ("h1", "3 Drift"),
        ("p", "Alla toaletter ska vara öppna året runt mellan 07 och 22. Städningen upphandlas "
              "med tillsyn två gånger per dag under sommaren."),
        ("p", "Driften kostar i dag 1,1 miljoner kronor per år."),
        ("h1", "4 Tillgänglighet"),
        ("p", "De två nya toaletterna byggs som RWC med larm. Övriga anpassas i mån av medel."),
        ("h1", "5 Samråd"),
        ("p", "Kommunala pensionärsrådet har yttrat sig över förslaget."),
    ]
    _b20.build_pdf_l(p, d / "plan.pdf", word_lang="sv", title="Toalettplan för Hallstena",
                     author="Hallstena kommun", header="Hallstena kommun · Toalettplan",
                     lang="sv-SE")
    g = [
        P("S1", s[0], "content", "covered", ev="Kommunen har nio allmänna toaletter",
          trap="a 'ska' sentence under the 'Syfte' heading after a background sentence; "
          "answered with a count, condition and a table"),
        P("S2", s[1], "content", "partial", ev="Längs strandpromenaden och vid Norrängens",
          missing=["bedömning vid övriga lekplatser och stråk"],
          trap="one promenade and one playground named; no assessment of the other stråk "
          "or playgrounds"),
        P("S3", s[2], "content", "covered", ev="Alla toaletter ska vara öppna året runt",
          trap="'Den ska också' — the subject is the plan; answered in other words"),
        P("S4", s[3], "content", "partial", ev="De två nya toaletterna byggs som RWC",
          missing=["tillgänglighet för de befintliga toaletterna"],
          trap="a requirement under 'Mål'; 'i mån av medel' leaves the existing ones open"),
        P("S5", s[4], "content", "partial", ev="Driften kostar i dag 1,1 miljoner",
          missing=["kostnad per toalett och år"],
          trap="a requirement under 'Avgränsningar' beside a sentence that excludes schools "
          "(none); only the total is given"),
        P("S6", s[5], "process", "partial", ev="Kommunala pensionärsrådet har yttrat sig",
          missing=["remiss till rådet för funktionshinderfrågor"],
          trap="one of the two councils"),
        P("S7", s[6], "process", "covered", ev="Hallstena kommun · Gata och park",
          trap="answered only by the meta line date (22 September); 'Uppdragsgivare är …' is none"),
    ]
    return dict(language="sv", mandate="uppdrag.pdf", plan="plan.pdf", header="",
                drop=("Hallstena kommun · Intranätet · Samhällsbyggnad · Uppdrag",
                      "Sidan uppdaterad 14 januari 2036 · Hallstena kommun"),
                producer="uppdragsbeskrivning on the intranet printed with Chromium: "
                "headings Syfte / Mål / Avgränsningar / Tidplan with the points as 'ska' "
                "sentences in prose; plan exported from Word (sv-SE), one table", points=g)


# =========================================================================== 4 markets (en)
@pair
def markets(d: Path) -> dict:
    sc = [
        "Footfall, trader numbers and income at the Tuesday and Saturday markets since 2030",
        "The condition of the market stalls, canopies and electricity supply",
        "Options for a monthly evening or food market",
        "Pitch fees and the concessions for new and young traders",
        "How the markets are promoted, including online",
    ]
    dl = [
        "Baseline report on current performance: 15 May 2036",
        "Draft Markets Strategy for consultation with traders: 31 July 2036",
        "Final strategy and action plan to Cabinet: 12 November 2036",
    ]
    m = [
        ("meta", "Kelbridge Borough Council · Economy and Town Centres"),
        ("title", "Terms of reference: Markets Review 2036"),
        ("h1", "1. Purpose"),
        ("p", "Kelbridge's two street markets have lost almost half their regular traders "
              "since 2030. This review will set a direction for the markets for the next "
              "ten years."),
        ("h1", "2. Scope"),
        ("table", ["No.", "The review will cover"], [[str(i), t] for i, t in enumerate(sc, 1)],
         [15, 150]),
        ("h1", "3. Out of scope"),
        ("table", ["Not covered by this review"],
         [["The Christmas lights switch-on and other one-off events"],
          ["Car parking charges in the town centre"]], [165]),
        ("h1", "4. Deliverables"),
        ("table", ["Deliverable", "Due"], [t.split(": ") for t in dl], [120, 45]),
        ("h1", "5. Governance"),
        ("p", "The review is sponsored by the Director of Place and reports to the Town "
              "Centre Board."),
    ]
    _b20.build_pdf_l(m, d / "tor.pdf", word_lang="en", title="Terms of reference: Markets "
                     "Review 2036", author="Kelbridge Borough Council",
                     header="Kelbridge Borough Council – Markets Review", lang="en-GB")
    p = [
        ("h2", "Kelbridge Markets Strategy 2037–2047"),
        ("p", "Report to Cabinet, 12 November 2036 · Lead officer: Town Centre Manager"),
        ("h3", "How we got here"),
        ("p", "Our baseline report (May 2036) showed trader numbers falling from 64 to 35 and "
              "income down by 41 per cent. We consulted traders on a draft strategy over the "
              "summer; 27 responded."),
        ("h3", "The stalls"),
        ("p", "The 40 stalls will be replaced with lighter gazebo stalls, and the canopies "
              "on Market Square will be repaired in 2037."),
        ("h3", "A new food market"),
        ("p", "A monthly food and street-food market on the first Friday evening will be "
              "trialled from April 2037."),
        ("h3", "Fees"),
        ("p", "Pitch fees are frozen for two years."),
        ("h3", "Town centre parking"),
        ("p", "Traders asked for free parking on market days; this is outside the review and "
              "has been passed to the parking team."),
        ("h3", "Action plan"),
        ("table", ["Action", "Lead", "When"],
         [["Replace stalls", "Markets team", "2037"], ["Repair canopies", "Property", "2037"],
          ["Food market trial", "Town Centre Manager", "April 2037"]]),
    ]
    _b20.web_pdf(d / "plan.pdf", title="Kelbridge Markets Strategy 2037–2047",
                 nav="Kelbridge Borough Council · Council and democracy · Cabinet papers",
                 foot="Kelbridge Borough Council · kelbridge.gov.uk", blocks=p, lang="en")
    g = [
        P("1", sc[0], "content", "partial", ev="Our baseline report (May 2036) showed",
          missing=["footfall"],
          trap="a row of the 'Scope' table (No. | The review will cover); trader numbers and "
          "income are given, footfall is not"),
        P("2", sc[1], "content", "partial", ev="The 40 stalls will be replaced",
          missing=["the electricity supply"], trap="stalls and canopies, not electricity"),
        P("3", sc[2], "content", "covered", ev="A monthly food and street-food market",
          trap="answered in other words ('first Friday evening')"),
        P("4", sc[3], "content", "partial", ev="Pitch fees are frozen",
          missing=["concessions for new and young traders"]),
        P("5", sc[4], "content", "uncovered", trap="nothing on promotion"),
        P("D1", dl[0], "deliverable", "covered", ev="Our baseline report (May 2036) showed",
          trap="a row of the 'Deliverables' table, text 'Deliverable: Due' joined; the "
          "'Out of scope' rows are no points (parking is answered as out of scope, a trap)"),
        P("D2", dl[1], "deliverable", "covered", ev="Our baseline report (May 2036) showed",
          trap="'We consulted traders on a draft strategy over the summer'"),
        P("D3", dl[2], "deliverable", "covered", ev="Report to Cabinet, 12 November 2036",
          trap="answered by the line under the title and the action plan table"),
    ]
    return dict(language="en", mandate="tor.pdf", plan="plan.pdf", header="",
                drop=("Kelbridge Borough Council – Markets Review",),
                producer="terms of reference exported from Word (en-GB): 'Scope', 'Out of "
                "scope' and 'Deliverables' tables; plan a web page printed with Chromium",
                points=g)


# =========================================================================== 5 lading (nn)
@pair
def lading(d: Path) -> dict:
    pts = [
        ("a", "kartleggje kor mange ladepunkt det finst i kommunen i dag, offentlege og "
              "private"),
        ("b", "rekne ut behovet for ladepunkt fram mot 2035 ut frå tal på elbilar"),
        ("c", "peike ut kommunale tomter og parkeringsplassar som eignar seg for hurtiglading"),
        ("d", "vurdere lading ved kommunale bygg for tilsette og besøkjande"),
        ("e", "greie ut lading for kommunen sine eigne tenestebilar"),
        ("f", "vurdere korleis burettslag og sameige kan få hjelp til å byggje ladeanlegg"),
        ("g", "sjå på behovet for lading for tyngre køyretøy og anleggsmaskinar"),
        ("h", "vurdere kapasiteten i straumnettet saman med nettselskapet"),
        ("i", "foreslå kven som skal eige og drifte ladepunkta"),
        ("j", "vurdere lading for båtar i småbåthamnene"),
        ("k", "gje ei oversikt over kostnader og moglege tilskot frå Enova"),
    ]
    bgs = [
        "Talet på elbilar i Hovlandsvik har auka frå 310 i 2028 til over 1 900 i 2034, og "
        "om lag fire av ti nye bilar som vert registrerte i kommunen, er no elbilar. Mange "
        "bur i eldre bustadfelt utan garasje eller eigen parkeringsplass, og fleire "
        "velforeiningar og burettslag har spurt kommunen om hjelp til å få på plass lading.",
        "Kommunen har i dag åtte offentlege ladepunkt, alle på parkeringsplassen ved "
        "rådhuset. Dei er i bruk store delar av døgnet, og det har kome klager på kø og på at "
        "bilar står parkerte på ladeplassane etter at dei er fulladde.",
        "Nettselskapet har varsla at nettet i sentrum er nær full kapasitet, og at større "
        "ladeanlegg kan krevje ny nettstasjon. Anleggsbidraget kan verte høgt, og det er "
        "difor viktig å sjå ladeplassane i samanheng med andre planar for sentrum.",
        "Klimaplanen som kommunestyret vedtok i 2033, har eit mål om at alle tenestebilar "
        "skal vere utsleppsfrie innan 2030. Kommunen har i dag 74 tenestebilar, og 29 av "
        "dei går på straum. Heimetenesta køyrer mest, og bilane står om natta ved tre "
        "ulike tenestestader.",
        "Fylkeskommunen arbeider med ein regional ladestrategi som skal vere ferdig i 2036. "
        "Statens vegvesen har peika ut riksvegen gjennom kommunen som ein viktig korridor "
        "for lading av tyngre køyretøy. Næringslivet i kommunen, mellom anna dei to "
        "transportfirmaa på Nesodden, har vist interesse for samarbeid om lading.",
        "Småbåthamnene i kommunen har til saman om lag 900 båtplassar. Sal av elektriske "
        "båtmotorar aukar, og hamnelaga har spurt om kommunen kan vere med på å finansiere "
        "ladepunkt på bryggene.",
        "Kommunedirektøren har i saka peika på at kommunen ikkje har noka plikt til å "
        "byggje ut lading, men at kommunen som planstyresmakt og grunneigar kan leggje til "
        "rette for at private aktørar byggjer. Fleire nabokommunar har gjort dette gjennom "
        "konsesjonar eller leigeavtalar for kommunal grunn.",
        "I formannskapet vart det peika på at planen må vere konkret, at han må seie kva "
        "kommunen sjølv skal gjere dei nærmaste åra, og at han må sjåast i samanheng med "
        "budsjettet for 2036 og økonomiplanen.",
        "Innbyggjarundersøkinga frå hausten 2034 viser at mangel på lademoglegheiter er "
        "den viktigaste grunnen til at folk som vurderer elbil, lèt vere å kjøpe. Særleg "
        "gjeld dette folk som bur i leilegheiter i sentrum og i dei eldre felta på Vikane og "
        "Hovland. Undersøkinga viser også at mange ønskjer lading ved butikkar, "
        "idrettsanlegg og turområde, der bilen likevel står i ein til to timar. Fleire "
        "svarte at dei ville betale for lading dersom prisen var føreseieleg, og at dei "
        "heller ladar om natta enn på dagtid.",
        "Formannskapet handsama saka 14. mars 2035 og gjorde samrøystes dette vedtaket:",
    ]
    m = [
        ("meta", "Hovlandsvik kommune · Formannskapet · Arkivsak 35/218"),
        ("title", "Oppdrag: Plan for lading av elbilar i Hovlandsvik"),
        ("h1", "Bakgrunn"),
        *[("p", t) for t in bgs],
        ("h1", "Kva planen skal innehalde"),
        ("p", "Kommunedirektøren skal leggje fram ein plan som"),
        *[("p", f"{a}) {t}") for a, t in pts],
        ("h1", "Framdrift"),
        ("p", "Planen skal leggjast fram for formannskapet innan 1. desember 2035."),
    ]
    _b20.odt_to_pdf(m, d / "oppdrag.pdf", title="Oppdrag: Plan for lading av elbilar", lang="nn")
    p = [
        ("title", "Ladeplan for Hovlandsvik 2036–2040"),
        ("meta", "Hovlandsvik kommune · Plan og utvikling · Formannskapet 24. november 2035"),
        ("h1", "1 Status"),
        ("p", "Det er 8 offentlege og om lag 60 private ladepunkt i kommunen i dag."),
        ("h1", "2 Behov"),
        ("p", "Med 4 500 elbilar i 2035 treng kommunen om lag 90 offentlege ladepunkt."),
        ("h1", "3 Lokalisering"),
        ("p", "Parkeringsplassen ved Kaigata og tomta ved idrettshallen eignar seg for "
              "hurtigladarar."),
        ("h1", "4 Kommunen som verksemd"),
        ("p", "Alle tenestebilar skal ha fast ladeplass ved tenestestaden innan 2028."),
        ("p", "Lading for tilsette vert teke i neste revisjon av planen."),
        ("h1", "5 Burettslag"),
        ("p", "Kommunen vil tilby gratis rådgjeving til burettslag og sameige."),
        ("h1", "6 Straumnettet"),
        ("p", "Straumnettet er ikkje vurdert."),
        ("h1", "7 Eigarskap og drift"),
        ("p", "Kommunen lyser ut ein konsesjon der ein privat operatør byggjer og driv "
              "ladepunkta på kommunal grunn."),
        ("h1", "8 Økonomi"),
        ("p", "Kommunen sin del er rekna til 2,4 millionar kroner."),
        ("table", ["Tiltak", "Ansvar", "År"],
         [["Konsesjon for hurtiglading", "Plan og utvikling", "2036"],
          ["Rådgjeving til burettslag", "Plan og utvikling", "2036"],
          ["Ladeplassar for tenestebilar", "Eigedom", "2036–2038"]], [80, 50, 30]),
    ]
    _b20.build_docx_l(p, d / "plan.docx", word_lang="nb", title="Ladeplan for Hovlandsvik",
                      author="Hovlandsvik kommune", header="Hovlandsvik kommune · Ladeplan",
                      lang="nn-NO")
    P_ = {a: t for a, t in pts}
    g = [
        P("a", P_["a"], "content", "covered", ev="Det er 8 offentlege og om lag 60 private",
          trap="lettered points a)–k) after the open lead-in 'ein plan som'; the list runs "
               "over the page break"),
        P("b", P_["b"], "content", "covered", ev="Med 4 500 elbilar i 2035"),
        P("c", P_["c"], "content", "covered", ev="Parkeringsplassen ved Kaigata",
          trap="answered in other words ('hurtigladarar')"),
        P("d", P_["d"], "content", "uncovered",
          trap="deferred: 'Lading for tilsette vert teke i neste revisjon av planen'; "
               "besøkjande not mentioned"),
        P("e", P_["e"], "content", "covered", ev="Alle tenestebilar skal ha fast ladeplass"),
        P("f", P_["f"], "content", "covered", ev="Kommunen vil tilby gratis rådgjeving"),
        P("g", P_["g"], "content", "uncovered", trap="nothing on heavy vehicles"),
        P("h", P_["h"], "content", "uncovered",
          trap="shared words: a heading 'Straumnettet' and 'Straumnettet er ikkje vurdert'"),
        P("i", P_["i"], "content", "covered", ev="Kommunen lyser ut ein konsesjon",
          trap="answered in other words (a concession to a private operator)"),
        P("j", P_["j"], "content", "uncovered", trap="nothing on boats"),
        P("k", P_["k"], "content", "partial", ev="Kommunen sin del er rekna til",
          missing=["tilskot frå Enova", "kostnad per tiltak"],
          trap="one total figure, no grants"),
        P("S1", "Planen skal leggjast fram for formannskapet innan 1. desember 2035.",
          "process", "covered", ev="Hovlandsvik kommune · Plan og utvikling",
          trap="answered only by the meta line date (24 November)"),
    ]
    return dict(language="nn", mandate="oppdrag.pdf", plan="plan.docx", header="",
                producer="oppdrag written in Writer (nn) and exported by LibreOffice: "
                "lettered points a)–k) after an open lead-in, running over a page break; "
                "plan kept as .docx (nn-NO) with a measure table without cost", points=g)


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, or --verify them (pairkit.mandates_main)."""
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder="corpora/mandates-blind21/make_pairs.py", counts=False)


if __name__ == "__main__":
    main(sys.argv[1:])
