"""Build the twenty-eighth blind batch of mandate/plan pairs under corpora/mandates-blind28/ and their gold.

Written on 2026-12-05 without reading plancheck's code, from how mandates are really delivered:
a bokmål HØRINGSUTTALELSE FRA ELDRERÅDET (Word → PDF) whose points are the "Rådet ber om at …"
sentences inside prose paragraphs, among sentences that support, note or regret (none); an
English REGULATION 28 REPORT TO PREVENT FUTURE DEATHS from a coroner (reportlab) whose
'MATTERS OF CONCERN' (1)–(6) are the points, one addressed to another body; a Swedish IVO
BESLUT MED FÖRELÄGGANDE (Word → PDF, sv) whose "förelägger nämnden att … vidta följande
åtgärder:" dash list is the points, with 'kritik' and a closed part that are none; a Danish
ARBEJDSTILSYNET AFGØRELSE (case system, reportlab) with 'Påbud' headings whose "I skal sørge for,
at …" sentences are the points, a strakspåbud already complied with and a 'Vejledning' that are
none; and a nynorsk TILSYNSRAPPORT frå Statsforvaltaren (Writer → PDF) whose 'Avvik' are the
points and whose 'Merknad' is none.

    python corpora/mandates-blind28/make_pairs.py               # all pairs
    python corpora/mandates-blind28/make_pairs.py --verify      # gold quotes against pdftotext

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


# =========================================================================== 1 eldrerad (nb)
@pair
def eldrerad(d: Path) -> dict:
    r = [
        "Rådet ber om at servicebussen kan bestilles på telefon, og ikke bare i appen.",
        "Rådet ber om at alle holdeplassene servicebussen bruker, får benk, leskur og "
        "belysning, og at det er trinnfri adkomst fra fortauet.",
        "Rådet ber om at planen viser hva en tur med servicebussen vil koste for brukerne.",
        "Rådet ber om at sjåførene får opplæring i å hjelpe passasjerer med rullator og "
        "rullestol.",
        "Rådet ber om at servicebussen også kjører til Grøttvika og Nordre Sandnes på "
        "lørdager.",
    ]
    s1 = ("Rådet ber om å få den reviderte planen til ny uttalelse før den legges fram for "
          "kommunestyret.")
    m = [
        ("meta", "Gransund kommune · Eldrerådet"),
        ("meta", "Til: Kommunedirektøren, v/ seksjon for samfunnsutvikling · Saksnr. 44/212 · "
                 "Dato: 19.02.2044"),
        ("title", "Høringsuttalelse – Plan for servicebuss og tilbringertjeneste 2044–2047"),
        ("p", "Eldrerådet behandlet høringsutkastet til plan for servicebuss og "
              "tilbringertjeneste i møte 13. februar 2044, sak 5/44. Rådet gjorde enstemmig "
              "denne uttalelsen:"),
        ("h2", "Eldrerådets uttalelse"),
        ("p", "Eldrerådet støtter at kommunen vil innføre en fast servicebuss to dager i uka, og "
              "mener den kan gjøre det lettere for mange eldre å bo hjemme lenger. Rådet merker "
              "seg at bussen skal bestilles dagen før. Mange eldre bruker ikke smarttelefon. "
              + r[0]),
        ("p", "Holdeplassene er i dag svært ulike. Ved Gransund sentrum er det både benk og "
              "leskur, mens flere av holdeplassene i bygdene bare er et skilt i grøfta. " + r[1]
              + " Rådet er klar over at noen av holdeplassene ligger langs fylkesveg."),
        ("p", "I høringsutkastet står det at prisen skal fastsettes senere. For mange eldre med "
              "minstepensjon er prisen avgjørende for om de kan bruke tilbudet. " + r[2]),
        ("p", "Rådet har god erfaring med sjåførene i dagens TT-ordning. " + r[3]
              + " Rådet er glad for at bussen skal ha lav inngang."),
        ("p", "Rådet beklager at kveldsruten til Gransund kulturhus er tatt ut av "
              "høringsutkastet, men forstår at dette handler om økonomi. " + r[4]),
        ("p", "Rådet er også opptatt av at TT-kortet må gjelde for flere turer i året, men er "
              "kjent med at dette er fylkeskommunens ansvar. " + s1),
        ("p", "For eldrerådet, Berit Kvålsvoll, leder · Sekretær: Anders Myhr"),
    ]
    _b20.build_pdf_l(m, d / "mandate.pdf", word_lang="nb",
                     title="Høringsuttalelse fra eldrerådet – plan for servicebuss",
                     author="Gransund kommune, Eldrerådet",
                     header="Gransund kommune · Eldrerådet")
    p = [
        ("title", "Plan for servicebuss og tilbringertjeneste 2044–2047"),
        ("meta", "Gransund kommune · Seksjon for samfunnsutvikling · Revidert plan etter høring, "
                 "8. april 2044"),
        ("h1", "1 Formål"),
        ("p", "Servicebussen skal gjøre det mulig for eldre og andre som ikke kan kjøre selv, å "
              "handle, gå til lege og delta i aktiviteter i Gransund sentrum."),
        ("h1", "2 Ruter og dager"),
        ("p", "Bussen kjører tirsdag og fredag. Rute A går fra Grøttvika via Hestnes til "
              "sentrum, rute B fra Nordre Sandnes via Lia. Rutene og tidene står i vedlegg 1."),
        ("h1", "3 Bestilling"),
        ("p", "Turen bestilles innen kl. 14 dagen før. Den som ikke bruker appen, kan ringe "
              "servicetorget på 74 20 15 00 mellom kl. 08 og 15."),
        ("h1", "4 Holdeplasser"),
        ("p", "Holdeplassene ved Gransund sentrum, helsehuset og Lia skole får benk og leskur i "
              "2044."),
        ("h1", "5 Pris"),
        ("p", "Egenandelen for servicebussen fastsettes i gebyrregulativet for 2045."),
        ("h1", "6 TT-ordningen"),
        ("p", "TT-kortet forvaltes av fylkeskommunen. Kommunen vil be fylkeskommunen om flere "
              "turer for brukere som bor mer enn 10 km fra sentrum."),
        ("h1", "7 Høring og behandling"),
        ("p", "Høringsutkastet ble sendt til eldrerådet, rådet for personer med "
              "funksjonsnedsettelse og ungdomsrådet. Den reviderte planen ble lagt fram for "
              "eldrerådet i møte 2. april 2044, før kommunestyret behandler den 25. april."),
        ("h1", "Vedlegg 1 Ruter, tider og bussens utstyr"),
        ("table", ["Rute", "Dager", "Avgang", "Merknad"],
         [["A Grøttvika – Hestnes – sentrum", "Tirsdag, fredag", "09.30", "Retur 13.00"],
          ["B Nordre Sandnes – Lia – sentrum", "Tirsdag, fredag", "10.00", "Retur 13.30"],
          ["Utstyr", "–", "–", "Lav inngang, rampe, plass til to rullestoler"],
          ["Sjåfører", "–", "–", "Kurs i forflytning og hjelp med rullator og rullestol før "
                                 "oppstart"]], [50, 30, 20, 60]),
    ]
    _b20.odt_to_pdf(p, d / "plan.pdf", title="Plan for servicebuss og tilbringertjeneste "
                    "2044–2047", lang="nb")
    g = [
        P("1", r[0], "content", "covered", ev="Den som ikke bruker appen, kan ringe",
          trap="a 'Rådet ber om at …' sentence inside a prose paragraph of a HØRINGSUTTALELSE "
          "FRA ELDRERÅDET, numbered by order; the sentences around it ('støtter', 'merker seg', "
          "'Mange eldre bruker ikke smarttelefon') are none. Answered in other words (ringe "
          "servicetorget)"),
        P("2", r[1], "content", "partial", ev="Holdeplassene ved Gransund sentrum",
          missing=["belysning ved holdeplassene", "trinnfri adkomst fra fortauet",
                   "holdeplassene i bygdene (bare tre av holdeplassene får benk og leskur)"],
          trap="benk and leskur at three stops only; light and step-free access not named"),
        P("3", r[2], "content", "uncovered",
          trap="COST answered only by a deferral: 'Egenandelen … fastsettes i "
          "gebyrregulativet for 2045'"),
        P("4", r[3], "content", "covered", ev="Kurs i forflytning og hjelp med rullator",
          trap="answered ONLY in the appendix table 'Vedlegg 1' (row 'Sjåfører': kurs i "
          "hjelp med rullator og rullestol); 'Lav inngang' there answers the rådet's "
          "statement of joy, a non-point"),
        P("5", r[4], "content", "uncovered",
          trap="shared words only: Grøttvika and Nordre Sandnes are in the routes, but the "
          "bus runs 'tirsdag og fredag' — no lørdag. The regret about the kveldsrute is none"),
        P("S1", s1, "process", "covered", ev="Høringsutkastet ble sendt til eldrerådet",
          trap="the last 'Rådet ber om …' sentence, after a TT-kort remark the rådet itself "
          "calls the fylkeskommune's (none; the plan's 'TT-ordningen' answers a non-point); "
          "answered in the plan's process chapter 'Høring og behandling' (2 April, before "
          "kommunestyret)"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Gransund kommune · Eldrerådet",),
                producer="høringsuttalelse fra eldrerådet exported from Word: five 'Rådet ber om "
                "at …' sentences and one 'Rådet ber om å …' inside prose paragraphs among "
                "sentences that support, note or regret; plan written in Writer and exported "
                "by LibreOffice, an appendix table at the end", points=g)


# =========================================================================== 2 prevent-deaths (en)
@pair
def prevent_deaths(d: Path) -> dict:
    c = {
        "1": "There were no warning signs at the northern entrance to the lake, which is the "
             "entrance most used by young people.",
        "2": "The throw line at the jetty had been missing for several months, and there is no "
             "system of regular inspection of the public rescue equipment.",
        "3": "The council has not assessed whether the depth and temperature of the water below "
             "the old quarry face mean that this part of the shore should be fenced.",
        "4": "Schools in the borough are not offered water safety sessions by the council's "
             "leisure service before the summer holidays.",
        "5": "The caller could not tell the ambulance service where she was, because there are "
             "no location markers anywhere around the lake.",
    }
    c6 = ("The ambulance trust's call handlers did not use the what3words location that the "
          "caller offered.")
    s1 = ("You are under a duty to respond to this report within 56 days of the date of this "
          "report, namely by 22 May 2044.")
    s2 = ("Your response must contain details of action taken or proposed to be taken, setting "
          "out the timetable for action.")
    m = [
        ("title", "REGULATION 28: REPORT TO PREVENT FUTURE DEATHS"),
        ("meta", "NOTE: This form is to be used after an inquest."),
        ("h1", "THIS REPORT IS BEING SENT TO:"),
        ("p", "1. The Chief Executive, Larkmoor Borough Council. 2. The Chief Executive, "
              "Fenmoor Ambulance Service NHS Trust."),
        ("h1", "1 CORONER"),
        ("p", "I am Helen Marsden, Assistant Coroner for the coroner area of Larkmoor and "
              "Fenmoor."),
        ("h1", "2 CORONER'S LEGAL POWERS"),
        ("p", "I make this report under paragraph 7, Schedule 5, of the Coroners and Justice Act "
              "2009 and regulations 28 and 29 of the Coroners (Investigations) Regulations 2013."),
        ("h1", "3 INVESTIGATION and INQUEST"),
        ("p", "On 9 August 2043 I commenced an investigation into the death of Kieran Doyle, "
              "aged 15. The investigation concluded at the end of the inquest on 27 March 2044. "
              "The conclusion of the inquest was accident."),
        ("h1", "4 CIRCUMSTANCES OF THE DEATH"),
        ("p", "On 3 August 2043 Kieran went swimming with friends in Sedgecombe Quarry Lake, a "
              "former gravel pit owned and managed by Larkmoor Borough Council as a country "
              "park. He got into difficulty in cold, deep water below the old quarry face. A "
              "friend called 999 but could not describe where they were. Kieran was recovered "
              "from the water 41 minutes later and could not be resuscitated."),
        ("h1", "5 CORONER'S CONCERNS"),
        ("p", "During the course of the inquest the evidence revealed matters giving rise to "
              "concern. In my opinion there is a risk that future deaths will occur unless "
              "action is taken. In the circumstances it is my statutory duty to report to you."),
        ("p", "The MATTERS OF CONCERN are as follows."),
        *[("p", f"({k}) {t}") for k, t in c.items()],
        ("p", "(6) " + c6),
        ("p", "Concerns (1) to (5) are directed to Larkmoor Borough Council. Concern (6) is "
              "directed to Fenmoor Ambulance Service NHS Trust."),
        ("h1", "6 ACTION SHOULD BE TAKEN"),
        ("p", "In my opinion action should be taken to prevent future deaths and I believe you "
              "and your organisation have the power to take such action."),
        ("h1", "7 YOUR RESPONSE"),
        ("p", s1 + " I, the coroner, may extend the period. " + s2 + " Otherwise you must "
              "explain why no action is proposed."),
        ("h1", "8 COPIES and PUBLICATION"),
        ("p", "I have sent a copy of my report to the Chief Coroner and to the family of "
              "Kieran. I am also under a duty to send the Chief Coroner a copy of your response. "
              "The Chief Coroner may publish either or both in a complete or redacted or summary "
              "form."),
        ("h1", "9 DATE AND SIGNATURE"),
        ("p", "27 March 2044 · Helen Marsden, Assistant Coroner"),
    ]
    build_rl_pdf(d / "mandate.pdf", title="Regulation 28: Report to Prevent Future Deaths",
                 author="Larkmoor and Fenmoor Coroner's Office", creator="HM Coroner",
                 running="Regulation 28 report · Kieran Doyle", blocks=m, page_word="Page")
    p = [
        ("meta", "Larkmoor Borough Council · Parks and Countryside · Published 16 May 2044"),
        ("h2", "Why this plan"),
        ("p", "Kieran Doyle died at Sedgecombe Quarry Lake in August 2043. This plan sets out what "
              "the council will do to make the lake safer, in response to the coroner's report."),
        ("h2", "Signs"),
        ("p", "New water safety signs, with pictures and the words 'Cold deep water – no "
              "swimming', have been put up at all four entrances, including the Withy Lane "
              "entrance on the north side, and at the jetty."),
        ("h2", "Location markers"),
        ("p", "Numbered posts have been placed every 100 metres along the main path between the "
              "car park and the jetty. Each post shows its number and the park's postcode."),
        ("h2", "The quarry face"),
        ("p", "Options for fencing the shore below the quarry face will be considered in the "
              "2045/46 capital programme."),
        ("h2", "Schools"),
        ("p", "Water safety is important to every family in Larkmoor, and we thank the schools "
              "that shared our summer messages."),
        ("h2", "Emergency calls"),
        ("p", "The ambulance trust has told us it is reviewing how call handlers use location "
              "apps."),
        ("h2", "Our response to the coroner"),
        ("p", "This plan is the council's response to the Regulation 28 report and was sent to "
              "the Assistant Coroner on 16 May 2044, within the 56 days. Each action, its lead "
              "officer and its date are in the table below."),
        ("break",),
        ("h2", "Action table"),
        ("table", ["Action", "Lead", "By"],
         [["Water safety signs at all entrances and the jetty", "Parks Manager", "Done, April "
           "2044"],
          ["Throw lines replaced; all rescue equipment inspected weekly and logged, missing "
           "items replaced within 24 hours", "Ranger Team Leader", "From May 2044"],
          ["Numbered location posts along the main path", "Parks Manager", "Done, May 2044"],
          ["Fencing options below the quarry face", "Head of Parks", "2045/46 programme"]]),
    ]
    _b20.web_pdf(d / "plan.pdf", title="Sedgecombe Quarry Lake Water Safety Plan 2044",
                 nav="Larkmoor Borough Council · Parks and open spaces · Sedgecombe Quarry Lake",
                 foot="Page last updated 16 May 2044 · Larkmoor Borough Council", blocks=p,
                 lang="en-GB", accent="#16405b")
    g = [
        P("1", c["1"], "content", "covered", ev="New water safety signs, with pictures",
          trap="a MATTER OF CONCERN in a coroner's REGULATION 28 REPORT, numbered as printed "
          "'(1)'–'(5)': a finding the council must answer with action, although it is worded "
          "as a fact. Answered in other words (all four entrances, Withy Lane on the north side)"),
        P("2", c["2"], "content", "covered", ev="Throw lines replaced; all rescue equipment",
          trap="answered ONLY in the 'Action table' on page 2 (weekly inspection, logged); the "
          "body of the plan says nothing about rescue equipment"),
        P("3", c["3"], "content", "uncovered",
          trap="ASSESSMENT answered only by a deferral: 'Options for fencing … will be "
          "considered in the 2045/46 capital programme' (no assessment of depth and "
          "temperature is made or planned)"),
        P("4", c["4"], "content", "uncovered",
          trap="shared words only: 'Water safety is important to every family … we thank the "
          "schools' — no sessions offered"),
        P("5", c["5"], "content", "partial", ev="Numbered posts have been placed",
          missing=["location markers around the whole lake, not only along the main path to "
                   "the jetty (the quarry face, where Kieran drowned, has none)"],
          trap="markers along the main path only; the concern says 'anywhere around the "
          "lake'. Concern (6) is none: directed to the ambulance trust (the plan's 'Emergency "
          "calls' answers a non-point)"),
        P("S1", s1, "process", "covered", ev="This plan is the council's response",
          trap="the duty to respond in '7 YOUR RESPONSE'; answered in the plan's section 'Our "
          "response to the coroner' (sent 16 May, within the 56 days). 'I, the coroner, may "
          "extend the period' and 'COPIES and PUBLICATION' are none"),
        P("S2", s2, "process", "covered", ev="Each action, its lead officer and its date",
          trap="answered by the section 'Our response to the coroner' and the action table "
          "(lead and date per action)"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Regulation 28 report · Kieran Doyle",),
                producer="coroner's Regulation 28 report to prevent future deaths laid out with "
                "reportlab ('Page n'): sections 1–9 in capitals, '5 CORONER'S CONCERNS' with "
                "matters of concern (1)–(6), (6) directed to the ambulance trust, '7 YOUR "
                "RESPONSE' with two requirements; plan the council's web page printed with "
                "Chromium, the action table on page 2", points=g)


# =========================================================================== 3 ivo (sv)
@pair
def ivo(d: Path) -> dict:
    a = [
        "säkerställa att det finns tillräckligt med personal nattetid på Solgläntan så att de "
        "boendes behov av tillsyn och trygghet tillgodoses",
        "säkerställa att de boendes genomförandeplaner upprättas tillsammans med den enskilde "
        "och hålls aktuella",
        "säkerställa att händelser som har medfört eller hade kunnat medföra ett allvarligt "
        "missförhållande rapporteras och utreds enligt bestämmelserna om lex Sarah",
        "säkerställa att personalen har kunskap om hur de ska bemöta boende med "
        "demenssjukdom som visar oro eller utåtagerande beteende",
        "säkerställa att varje boendes behov av stöd vid måltiderna bedöms och dokumenteras",
    ]
    s1 = ("Nämnden ska senast samma dag redovisa till IVO vilka åtgärder som har vidtagits med "
          "anledning av föreläggandet.")
    m = [
        ("meta", "Inspektionen för vård och omsorg · Avdelning mitt · Dnr 3.5.1-04417/2044"),
        ("meta", "Vård- och omsorgsnämnden i Brenneby kommun · Beslutsdatum 2044-04-11"),
        ("title", "Beslut efter tillsyn av Solgläntans särskilda boende"),
        ("h1", "IVO:s beslut"),
        ("p", "Inspektionen för vård och omsorg (IVO) förelägger med stöd av 13 kap. 8 § "
              "socialtjänstlagen vård- och omsorgsnämnden i Brenneby kommun att senast den "
              "30 september 2044 vidta följande åtgärder:"),
        ("bullets", a),
        ("p", s1),
        ("p", "IVO riktar kritik mot nämnden för att en boende vid två tillfällen i januari "
              "2044 inte fick hjälp på flera timmar under natten."),
        ("p", "IVO avslutar ärendet i den del som gäller läkemedelshanteringen."),
        ("h1", "Ärendet"),
        ("p", "IVO genomförde en oanmäld inspektion på Solgläntan den 12 februari 2044 efter ett "
              "klagomål från en anhörig. Solgläntan har 32 platser på fyra avdelningar, varav "
              "två är inriktade mot personer med demenssjukdom. IVO har intervjuat personal, "
              "enhetschef och medicinskt ansvarig sjuksköterska och granskat 12 personakter."),
        ("h1", "Skälen för beslutet"),
        ("h2", "Bemanning nattetid"),
        ("p", "Nattetid arbetar två undersköterskor på de fyra avdelningarna. Personalen har "
              "berättat att de ofta inte hinner göra tillsyn enligt planeringen när flera "
              "boende behöver hjälp samtidigt. IVO bedömer att nämnden inte har säkerställt en "
              "bemanning som tillgodoser de boendes behov."),
        ("h2", "Genomförandeplaner"),
        ("p", "I sju av tolv akter var genomförandeplanen äldre än ett år, och i fem av dem "
              "framgick inte att den boende eller en företrädare hade deltagit."),
        ("h2", "Lex Sarah"),
        ("p", "Personalen kände inte till att händelserna i januari skulle ha rapporterats. "
              "Ingen lex Sarah-rapport hade upprättats på Solgläntan under 2043."),
        ("h2", "Bemötande vid demenssjukdom"),
        ("p", "Flera i personalen har inte fått utbildning om demenssjukdom, och IVO såg "
              "situationer där oro hos boende hanterades med tvång."),
        ("h2", "Måltider"),
        ("p", "Det saknades dokumentation om vilket stöd de boende behöver vid måltiderna, och "
              "flera boende hade gått ned i vikt."),
        ("h2", "Läkemedel"),
        ("p", "Brister i signeringslistorna har åtgärdats under tillsynen. IVO avslutar därför "
              "den delen av ärendet."),
        ("p", "Beslutet har fattats av avdelningschef Maria Ekström efter föredragning av "
              "inspektör Jonas Berg."),
    ]
    _b20.build_pdf_l(m, d / "mandate.pdf", word_lang="sv",
                     title="Beslut efter tillsyn av Solgläntans särskilda boende",
                     author="Inspektionen för vård och omsorg",
                     header="IVO · Dnr 3.5.1-04417/2044", lang="sv-SE")
    p = [
        ("title", "Åtgärdsplan för Solgläntans särskilda boende 2044"),
        ("meta", "Brenneby kommun · Vård- och omsorgsförvaltningen · Antagen av vård- och "
                 "omsorgsnämnden 10 september 2044, § 88"),
        ("h1", "1 Bakgrund"),
        ("p", "IVO inspekterade Solgläntan i februari 2044 och förelade nämnden att vidta "
              "åtgärder. Planen visar vad som görs."),
        ("h1", "2 Natt"),
        ("p", "Från den 1 juni arbetar tre undersköterskor natt i stället för två, en på varje "
              "demensavdelning och en på de två somatiska avdelningarna. Tillsynen planeras "
              "efter varje boendes behov och följs upp varje vecka av enhetschefen."),
        ("h1", "3 Genomförandeplaner"),
        ("p", "Alla genomförandeplaner ses över inom två veckor efter inflyttning och därefter "
              "var sjätte månad. Kontaktpersonen ansvarar för översynen."),
        ("h1", "4 Demenssjukdom"),
        ("p", "Många av de boende på Solgläntan har en demenssjukdom, och antalet ökar."),
        ("h1", "5 Måltider"),
        ("p", "En översyn av måltidssituationen på alla särskilda boenden görs under 2045."),
        ("h1", "6 Läkemedel"),
        ("p", "Signeringslistorna kontrolleras varje månad av sjuksköterskan."),
        ("h1", "7 Redovisning till IVO"),
        ("p", "Nämnden redovisade åtgärderna till IVO den 24 september 2044 genom att skicka "
              "denna plan och protokollet från nämndens sammanträde."),
        ("break",),
        ("h1", "Bilaga Nya och ändrade rutiner"),
        ("table", ["Rutin", "Innehåll", "Gäller från"],
         [["Nattbemanning", "Tre undersköterskor natt", "1 juni 2044"],
          ["Lex Sarah", "All personal rapporterar missförhållanden och risker till "
                        "enhetschefen samma dag; enhetschefen utreder och anmäler allvarliga "
                        "fall till IVO", "1 maj 2044"],
          ["Genomförandeplan", "Översyn var sjätte månad", "1 maj 2044"]], [35, 95, 30]),
    ]
    build_rl_pdf(d / "plan.pdf", title="Åtgärdsplan för Solgläntans särskilda boende 2044",
                 author="Brenneby kommun", creator="Brenneby kommun, vård och omsorg",
                 running="Brenneby kommun · Åtgärdsplan Solgläntan", blocks=p,
                 page_word="Sida")
    g = [
        P("1", a[0], "content", "covered", ev="Från den 1 juni arbetar tre undersköterskor",
          trap="a dash item of an IVO BESLUT MED FÖRELÄGGANDE ('förelägger … att senast den 30 "
          "september 2044 vidta följande åtgärder:'), numbered by order. Answered in other "
          "words (three at night, tillsyn after each boende's need)"),
        P("2", a[1], "content", "partial", ev="Alla genomförandeplaner ses över",
          missing=["att den boende (eller en företrädare) deltar när genomförandeplanen "
                   "upprättas"],
          trap="kept up to date (every six months), but nothing on making the plan together "
          "with the boende — the half IVO found missing in five of twelve akter"),
        P("3", a[2], "content", "covered", ev="All personal rapporterar missförhållanden",
          trap="answered ONLY in the appendix table 'Bilaga Nya och ändrade rutiner' on page "
          "2 (row 'Lex Sarah')"),
        P("4", a[3], "content", "uncovered",
          trap="shared words only: 'Många av de boende … har en demenssjukdom' — no training "
          "or knowledge"),
        P("5", a[4], "content", "uncovered",
          trap="ASSESSMENT answered only by a deferral: 'En översyn av måltidssituationen … "
          "görs under 2045' (after the deadline, no individual bedömning)"),
        P("S1", s1, "process", "covered", ev="Nämnden redovisade åtgärderna till IVO",
          trap="the sentence after the list; answered in the plan's section 'Redovisning till "
          "IVO' (24 September, before 30 September). The kritik (past nights) and the closed "
          "part (läkemedel) are none; the plan's 'Läkemedel' answers a non-point. 'Skälen för "
          "beslutet' are reasons, none"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                drop=("IVO · Dnr 3.5.1-04417/2044",),
                producer="IVO beslut efter tillsyn exported from Word (sv-SE, 'Sida n av m'): "
                "'förelägger … att … vidta följande åtgärder:' and five Word bullets, one "
                "requirement after them, kritik and a closed part (none), 'Skälen för beslutet'; "
                "plan laid out with reportlab ('Sida n'), an appendix table on page 2",
                points=g)


# =========================================================================== 4 paabud (da)
@pair
def paabud(d: Path) -> dict:
    pb = {
        "1": "I skal sørge for, at medarbejdernes udsættelse for hånd-arm-vibrationer fra "
             "buskryddere og hækkeklippere bliver vurderet og nedbragt mest muligt.",
        "2": "I skal sørge for, at arbejde i og ved vejen bliver planlagt, så medarbejderne er "
             "afskærmet fra den kørende trafik, og at afmærkningen er godkendt af "
             "vejmyndigheden.",
        "3": "I skal sørge for, at medarbejderne bliver instrueret i sikker brug af "
             "ukrudtsbrænderne og af de kemiske produkter i værkstedet.",
        "4": "I skal sørge for, at omklædningsrummet indrettes med adskilte skabe til "
             "arbejdstøj og eget tøj.",
        "5": "I skal have bistand fra en autoriseret arbejdsmiljørådgiver til at udarbejde en "
             "handlingsplan for, hvordan I løser problemerne med vibrationer.",
    }
    s1 = ("I skal senest den 1. juli 2044 sende Arbejdstilsynet en skriftlig redegørelse for, "
          "hvordan I har efterkommet påbuddene.")
    heads = {
        "1": "Påbud 1 om at vurdere og nedbringe udsættelse for vibrationer",
        "2": "Påbud 2 om at sikre arbejdet ved vej mod påkørsel",
        "3": "Påbud 3 om instruktion i brug af ukrudtsbrændere og kemiske produkter",
        "4": "Påbud 4 om omklædningsforhold",
        "5": "Påbud 5 om at få bistand fra en autoriseret arbejdsmiljørådgiver",
    }
    why = {
        "1": "Arbejdstilsynet konstaterede, at medarbejderne i sæsonen bruger buskryddere og "
             "hækkeklippere fem til seks timer om dagen, og at udsættelsen ikke er vurderet.",
        "2": "Under besøget arbejdede to medarbejdere med rabatklipning på Holmstedvej uden "
             "afskærmning, og der var ingen godkendt afmærkningsplan.",
        "3": "Medarbejderne kunne ikke forklare, hvad de skal gøre, hvis en ukrudtsbrænder "
             "antænder tørt græs.",
        "4": "Arbejdstøj, der er forurenet med olie og kemikalier, hænger i samme skab som "
             "medarbejdernes eget tøj.",
        "5": "Påbuddet gives, fordi problemerne med vibrationer er alvorlige og ikke er løst "
             "trods tidligere vejledning.",
    }
    m = [
        ("meta", "Arbejdstilsynet · Tilsynscenter Syd · Afgørelse sendt med Digital Post"),
        ("meta", "Holmsted Kommune, Vej og Park, Materielgården, Engvej 12 · CVR 29189757 · "
                 "Sagsnr. 20244-117823 · Dato: 2. april 2044"),
        ("title", "Afgørelse om påbud efter tilsynsbesøg"),
        ("p", "Arbejdstilsynet var på tilsynsbesøg hos Holmsted Kommune, Vej og Park, den "
              "18. marts 2044. Vi har givet jer fem påbud og ét strakspåbud, og vi har "
              "vejledt jer om støj."),
    ]
    for k in pb:
        m += [("h1", heads[k]), ("p", "<b>Hvad skal I gøre?</b> " + pb[k]),
              ("p", "<b>Frist:</b> 15. juni 2044"), ("p", "<b>Hvorfor får I påbuddet?</b> "
                                                    + why[k])]
    m += [
        ("h1", "Strakspåbud om afskærmning af rundsav"),
        ("p", "Rundsaven i værkstedet manglede afskærmning. Strakspåbuddet blev efterkommet "
              "under besøget, og I skal ikke gøre mere."),
        ("h1", "Vejledning om støj"),
        ("p", "Vi vejleder jer om, at høreværn skal være tilgængeligt ved arbejde med "
              "løvblæsere. Vejledningen er ikke et påbud."),
        ("h1", "Sådan skal I fortælle os, at I har efterkommet påbuddene"),
        ("p", s1 + " Redegørelsen kan sendes via virk.dk."),
        ("p", "Med venlig hilsen Søren Bak, tilsynsførende · Klagevejledning: I kan klage over "
              "afgørelsen til Arbejdsmiljøklagenævnet inden fire uger."),
    ]
    build_rl_pdf(d / "mandate.pdf", title="Afgørelse om påbud – Holmsted Kommune, Vej og Park",
                 author="Arbejdstilsynet", creator="Arbejdstilsynet",
                 running="Arbejdstilsynet · Sagsnr. 20244-117823", blocks=m, page_word="Side")
    p = [
        ("title", "Handlingsplan for arbejdsmiljøet i Vej og Park 2044"),
        ("meta", "Holmsted Kommune · Teknik og Miljø · Vej og Park, Materielgården · Juni 2044"),
        ("h1", "1 Baggrund"),
        ("p", "Arbejdstilsynet besøgte Materielgården i marts 2044. Handlingsplanen beskriver, "
              "hvad Vej og Park gør for at rette op."),
        ("h1", "2 Vibrationer"),
        ("p", "Alle buskryddere og hækkeklippere er målt, og medarbejdernes daglige udsættelse "
              "er beregnet. De seks ældste buskryddere er udskiftet med maskiner med lavere "
              "vibrationer, og ingen bruger maskinerne mere end to timer ad gangen, fordi "
              "holdene skifter mellem opgaverne."),
        ("h1", "3 Arbejde ved vej"),
        ("p", "Fra april udarbejdes der en afmærkningsplan for hver opgave ved vej, og planen "
              "godkendes af vejmyndigheden, inden arbejdet begynder."),
        ("h1", "4 Omklædning"),
        ("p", "Om omklædningsrummet skal bygges om, afklares i budget 2045."),
        ("h1", "5 Støj"),
        ("p", "Der hænger høreværn ved alle løvblæsere og i alle biler."),
        ("h1", "6 Sådan er planen lavet"),
        ("p", "Planen er udarbejdet af arbejdsmiljøgruppen på Materielgården med bistand fra "
              "Arbejdsmiljørådgivning Sydkyst ApS, som er autoriseret arbejdsmiljørådgiver. "
              "Redegørelsen til Arbejdstilsynet sendes, når det nye omklædningsrum er taget i "
              "brug."),
        ("break",),
        ("h1", "Bilag 1 Instruktioner"),
        ("table", ["Instruktion", "Hvem", "Hvornår"],
         [["Sikker brug af ukrudtsbrænder, herunder brandslukning og arbejde i tørt vejr",
           "Alle i parkholdene", "April 2044"],
          ["Brug og opbevaring af de kemiske produkter i værkstedet efter "
           "sikkerhedsdatabladene", "Værkstedet", "Maj 2044"],
          ["Afmærkning ved vejarbejde", "Alle i vejholdene", "April 2044"]], [80, 45, 35]),
    ]
    _b20.build_pdf_l(p, d / "plan.pdf", word_lang="da",
                     title="Handlingsplan for arbejdsmiljøet i Vej og Park 2044",
                     author="Holmsted Kommune", header="Holmsted Kommune · Vej og Park",
                     lang="da-DK")
    g = [
        P("1", pb["1"], "content", "covered", ev="Alle buskryddere og hækkeklippere er målt",
          trap="the 'Hvad skal I gøre?' sentence of a PÅBUD in an ARBEJDSTILSYNET AFGØRELSE, "
          "numbered by the påbud; 'Frist' and 'Hvorfor får I påbuddet?' are none. Answered in "
          "other words (målt, beregnet, maskiner udskiftet, rotation)"),
        P("2", pb["2"], "content", "partial", ev="Fra april udarbejdes der en afmærkningsplan",
          missing=["afskærmning af medarbejderne fra den kørende trafik (fx afmærkningsvogn "
                   "eller sikkerhedsafstand)"],
          trap="approved afmærkning, but no afskærmning, which the påbud asks for first"),
        P("3", pb["3"], "content", "covered", ev="Sikker brug af ukrudtsbrænder",
          trap="answered ONLY in the appendix table 'Bilag 1 Instruktioner' on page 2"),
        P("4", pb["4"], "content", "uncovered",
          trap="COST answered only by a deferral: 'Om omklædningsrummet skal bygges om, "
          "afklares i budget 2045' (after the frist; no adskilte skabe)"),
        P("5", pb["5"], "process", "covered", ev="Planen er udarbejdet af arbejdsmiljøgruppen",
          trap="a påbud about how the plan is made (autoriseret rådgiver); answered in the "
          "plan's process chapter 'Sådan er planen lavet'"),
        P("S1", s1, "process", "partial", ev="Redegørelsen til Arbejdstilsynet sendes",
          missing=["at redegørelsen sendes senest 1. juli 2044 (planen venter til "
                   "omklædningsrummet er ombygget, tidligst efter budget 2045)"],
          trap="a redegørelse is promised, but only once the new omklædningsrum is in use — "
          "after the deadline. The strakspåbud (complied with during the "
          "visit) and the 'Vejledning om støj' (no påbud) are none; the plan's 'Støj' answers "
          "a non-point. The klagevejledning is none"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Arbejdstilsynet · Sagsnr. 20244-117823",),
                producer="Arbejdstilsynet's afgørelse om påbud from its case system (reportlab, "
                "'Side n'): 'Påbud 1'–'Påbud 5', each with bold 'Hvad skal I gøre?', 'Frist:' "
                "and 'Hvorfor får I påbuddet?' lead-ins, a strakspåbud already complied with and "
                "a 'Vejledning' (none), one requirement about the redegørelse; plan exported "
                "from Word (da-DK), an appendix table on page 2", points=g)


# =========================================================================== 5 legemiddel (nn)
@pair
def legemiddel(d: Path) -> dict:
    av = {
        "1": "Skjelvåg kommune sikrar ikkje at alle tilsette som deler ut legemiddel i "
             "heimetenesta, har fått opplæring og har skriftleg delegering.",
        "2": "Skjelvåg kommune sikrar ikkje at legemiddellistene til pasientane er samstemde "
             "med fastlegen sine lister.",
        "3": "Skjelvåg kommune sikrar ikkje at avvik i legemiddelhandteringa blir melde, "
             "følgde opp og brukte til forbetring.",
        "4": "Skjelvåg kommune har ikkje vurdert risikoen ved at multidosepakka legemiddel blir "
             "oppbevarte ulåst heime hos pasientar med kognitiv svikt.",
    }
    mk = "Kommunen bør vurdere å ta i bruk elektronisk signering av utdelte legemiddel."
    s1 = ("Statsforvaltaren ber om at kommunen innan 1. desember 2044 sender oss ein plan for "
          "korleis avvika skal rettast, med fristar og ansvarleg for kvart tiltak.")
    grunn = {
        "1": "Fire av dei ti tilsette vi intervjua, hadde ikkje delegering. To vikarar hadde "
             "delt ut legemiddel utan opplæring.",
        "2": "I seks av femten journalar var legemiddellista ulik lista til fastlegen. Ingen "
             "rutine sikrar samstemming etter sjukehusopphald.",
        "3": "Dei tilsette melde sjeldan avvik. Meldingane som var skrivne, var ikkje "
             "følgde opp, og leiinga hadde ikkje oversikt.",
        "4": "Vi såg multidoseruller liggje framme på kjøkenbordet hos to pasientar med "
             "demens.",
    }
    law = {
        "1": "Forskrift om legemiddelhandtering § 4 og § 7, jf. helse- og omsorgstenestelova "
             "§ 4-1.",
        "2": "Forskrift om legemiddelhandtering § 7.",
        "3": "Forskrift om leiing og kvalitetsforbetring § 6, § 8 og § 9.",
        "4": "Forskrift om legemiddelhandtering § 4 og § 7.",
    }
    m = [
        ("meta", "Statsforvaltaren i Sognhei · Helse- og sosialavdelinga · Vår ref. 2044/6631"),
        ("title", "Rapport frå tilsyn med legemiddelhandtering i heimetenesta i Skjelvåg "
                  "kommune"),
        ("meta", "Tilsynsbesøk 3.–4. september 2044 · Rapporten er datert 2. oktober 2044"),
        ("h1", "1 Samandrag"),
        ("p", "Statsforvaltaren har undersøkt om Skjelvåg kommune sikrar forsvarleg "
              "legemiddelhandtering i heimetenesta. Vi fann fire avvik og gir éin merknad. Eit "
              "avvik er manglande oppfylling av krav i lov eller forskrift. Ein merknad er eit "
              "forhold som ikkje er i strid med krav, men der vi meiner det er grunn til "
              "forbetring."),
        ("h1", "2 Avvik"),
    ]
    for k, t in av.items():
        m += [("p", f"Avvik {k}: {t}"), ("p", "Avviket er brot på: " + law[k]),
              ("p", "Avviket byggjer på: " + grunn[k])]
    m += [
        ("h1", "3 Merknad"),
        ("p", "Merknad 1: " + mk),
        ("h1", "4 Oppfølging av avvika"),
        ("p", s1 + " Vi vil halde tilsynet ope til avvika er retta."),
        ("h1", "5 Deltakarar"),
        ("p", "Frå kommunen: kommunalsjef for helse og omsorg, leiar for heimetenesta, to "
              "sjukepleiarar og fire helsefagarbeidarar. Frå Statsforvaltaren: seniorrådgivar "
              "Kari Nesheim (leiar) og rådgivar Eirik Tveit."),
    ]
    _b20.odt_to_pdf(m, d / "mandate.pdf", title="Rapport frå tilsyn med legemiddelhandtering "
                    "– Skjelvåg kommune", lang="nn")
    p = [
        ("meta", "Skjelvåg kommune · Helse og omsorg · Heimetenesta · Vedteken av kommunalsjefen "
                 "18. november 2044"),
        ("h2", "Bakgrunn"),
        ("p", "Statsforvaltaren fann i september fire avvik i legemiddelhandteringa i "
              "heimetenesta. Planen viser kva vi gjer."),
        ("h2", "Samstemming av legemiddellister"),
        ("p", "Når ein ny pasient får heimeteneste, samanliknar sjukepleiaren legemiddellista "
              "med lista til fastlegen, og avvik blir avklarte med fastlegen same veke."),
        ("h2", "Avvik og forbetring"),
        ("p", "Alle feil og nesten-feil i legemiddelhandteringa skal meldast i kvalitetssystemet "
              "same dag. Leiaren for heimetenesta går gjennom meldingane kvar veke, og "
              "avdelingsmøtet kvar månad drøftar kva vi kan lære og endre."),
        ("h2", "Oppbevaring"),
        ("p", "Risikoen ved oppbevaring av legemiddel heime skal vurderast når ny "
              "legemiddelforskrift er på plass."),
        ("h2", "Elektronisk signering"),
        ("p", "Heimetenesta tek i bruk elektronisk signering i fagsystemet frå januar 2045."),
        ("h2", "Vidare arbeid"),
        ("p", "Planen blir lagd fram for hovudutval for helse og omsorg i desember."),
        ("break",),
        ("h2", "Vedlegg: Opplæring og delegering"),
        ("table", ["Tiltak", "Kven", "Frist"],
         [["Alle som deler ut legemiddel, tek e-læringskurs og praktisk prøve og får "
           "skriftleg delegering frå leiaren", "Alle tilsette og vikarar", "Før første vakt"],
          ["Oversikt over delegeringar blir oppdatert kvar månad", "Leiar heimetenesta",
           "Frå november 2044"]]),
    ]
    _b20.web_pdf(d / "plan.pdf", title="Plan for betre legemiddelhandtering i heimetenesta",
                 nav="Skjelvåg kommune · Helse og omsorg · Heimetenesta",
                 foot="Sist oppdatert 19. november 2044 · Skjelvåg kommune", blocks=p,
                 lang="nn", accent="#5a2d1b")
    g = [
        P("1", av["1"], "content", "covered", ev="Alle som deler ut legemiddel, tek",
          trap="an AVVIK in a statsforvaltar's TILSYNSRAPPORT, numbered by 'Avvik n', text the "
          "statement after the label; 'Avviket er brot på' and 'Avviket byggjer på' are none. "
          "Answered ONLY in the appendix table on page 2 (e-læring, prøve, skriftleg "
          "delegering before the first shift)"),
        P("2", av["2"], "content", "partial", ev="Når ein ny pasient får heimeteneste",
          missing=["samstemming når legemiddelbruken blir endra, særleg etter "
                   "sjukehusopphald"],
          trap="only at the start of the service; the grunnlag names the gap after "
          "sjukehusopphald"),
        P("3", av["3"], "content", "covered", ev="Alle feil og nesten-feil",
          trap="answered in other words (meldast same dag, gått gjennom kvar veke, drøfta "
          "kvar månad)"),
        P("4", av["4"], "content", "uncovered",
          trap="ASSESSMENT answered only by a deferral: 'Risikoen … skal vurderast når ny "
          "legemiddelforskrift er på plass'"),
        P("S1", s1, "process", "uncovered",
          trap="the request in '4 Oppfølging av avvika'; shared words only: 'Planen blir lagd "
          "fram for hovudutval for helse og omsorg' — the plan is not said to be sent to the "
          "Statsforvaltaren, and fristar and ansvar are given for avvik 1 only. Merknad 1 "
          "(elektronisk signering) is none: not a breach of a requirement and not part of "
          "what the plan must answer; the plan's 'Elektronisk signering' answers a "
          "non-point. The samandrag's definitions and 'Deltakarar' are none"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf",
                producer="statsforvaltar's tilsynsrapport written in Writer (nn) and exported by "
                "LibreOffice: 'Avvik 1'–'Avvik 4', each followed by 'Avviket er brot på:' and "
                "'Avviket byggjer på:' paragraphs, 'Merknad 1' (none), one request in '4 "
                "Oppfølging av avvika'; plan the municipality's web page printed with "
                "Chromium, an appendix table on page 2", points=g)


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, or --verify them (pairkit.mandates_main)."""
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder="corpora/mandates-blind28/make_pairs.py")


if __name__ == "__main__":
    main(sys.argv[1:])
