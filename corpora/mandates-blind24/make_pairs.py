"""Build the twenty-fourth blind batch of mandate/plan pairs under corpora/mandates-blind24/ and their gold.

Written on 2026-12-04 without reading plancheck's code, from how mandates are really delivered:
a Danish DAGSORDENPUNKT (web page of the meeting system, Chromium) whose points are the
"at …" lines of the INDSTILLING, the first of them the commission itself; an English EXECUTIVE
RESPONSE (Word → PDF, en-GB) to a scrutiny review, a `No. | Recommendation | Response |
Comment` table where only the Accepted and Accepted-in-part rows are points; a Swedish
PROTOKOLLSUTDRAG (reportlab) with "Yrkanden", "Propositionsordning" and "att"-satser under
"Beslut", one tilläggsyrkande adopted and one rejected; a bokmål REFERAT FRA OPPSTARTSMØTE
(Word → PDF) whose points are rows of a `Tema | Kommunens merknad` table, two of them "Ikke
aktuelt"; and a nynorsk BESTILLING (Writer → PDF) whose points are direct QUESTIONS inside
running paragraphs, with rhetorical questions that are none.

    python corpora/mandates-blind24/make_pairs.py               # all pairs
    python corpora/mandates-blind24/make_pairs.py --verify      # gold quotes against pdftotext

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
P, build_rl_pdf, web_pdf = _b20.P, _b20.build_rl_pdf, _b20.web_pdf

PAIRS, pair = pk.pair_registry()


# =========================================================================== 1 skojtebaner (da)
@pair
def skojtebaner(d: Path) -> dict:
    commission = "at der udarbejdes en plan for kommunens udendørs skøjtebaner"
    at = [
        "at planen kortlægger, hvor der kan etableres naturis på søer, gadekær og "
        "oversprøjtede baner",
        "at planen vurderer behovet for en kunstfrossen bane i Egeslev by",
        "at planen beskriver, hvordan isens bæreevne kontrolleres, og hvem der har ret til at "
        "lukke en bane",
        "at planen beskriver, hvordan borgerne får besked, når en bane er åben",
        "at planen indeholder et overslag over udgifterne til anlæg og drift",
        "at lokalrådene og Egeslev Skøjteklub inddrages i arbejdet",
        "at planen forelægges udvalget senest på mødet i september 2038",
    ]
    lines = [commission + ","] + [t + ("," if i < len(at) - 2 else ", og" if i == len(at) - 2
                                       else ".") for i, t in enumerate(at)]
    m = [
        ("meta", "Kultur- og Fritidsudvalget · Ordinært møde 14. november 2037 kl. 16.00 · "
                 "Rådhuset, mødelokale 2 · Sagsnr. 37/18842"),
        ("h2", "Resumé"),
        ("p", "Udvalget bad i maj 2037 om en sag om udendørs skøjteløb. Forvaltningen foreslår, "
              "at der laves en samlet plan."),
        ("h2", "Sagsfremstilling"),
        ("p", "I de kolde vintre 2035 og 2036 kom mange borgere på isen på Egeslev Sø og "
              "Kirkegadekæret, og flere spurgte, hvorfor kommunen ikke sprøjter baner som i "
              "nabokommunerne. Isen blev ikke kontrolleret, og en 11-årig gik igennem isen på "
              "Kirkegadekæret i januar 2036. Kunstisbanen på Torvet i december drives af "
              "Egeslev Handelsstandsforening og er ikke en del af sagen."),
        ("h2", "Indstilling"),
        ("p", "Kultur og Fritid indstiller,"),
        *[("p", ln) for ln in lines],
        ("h2", "Økonomi"),
        ("p", "Sagen har ingen økonomiske konsekvenser i 2037."),
        ("h2", "Beslutning i Kultur- og Fritidsudvalget den 14. november 2037"),
        ("p", "Indstillingen blev godkendt. Fraværende: Jens Dam (V)."),
    ]
    web_pdf(d / "mandate.pdf", title="7. Plan for udendørs skøjtebaner",
            nav="Egeslev Kommune · Politik · Dagsordener og referater · Kultur- og "
                "Fritidsudvalget",
            foot="Udskrevet fra egeslev.dk/dagsordener · Referat godkendt 15. november 2037",
            blocks=m, lang="da", accent="#6a1b3a")
    p = [
        ("title", "Plan for udendørs skøjtebaner 2038–2042"),
        ("meta", "Egeslev Kommune · Kultur og Fritid · Til Kultur- og Fritidsudvalget 9. "
                 "oktober 2038"),
        ("h1", "1 Hvor kan der være is"),
        ("p", "Vi har gennemgået 11 søer og gadekær og 6 boldbaner. Fire søer og gadekær er "
              "lavvandede nok til skøjteløb, og tre boldbaner kan sprøjtes, når der er frost "
              "i mindst tre døgn. Stederne er vist i tabellen."),
        ("table", ["Sted", "Type", "Bemærkning"],
         [["Egeslev Sø, vestbredden", "Naturis", "Kun inden for bøjerne, højst 1,2 m dybt"],
          ["Kirkegadekæret", "Naturis", "Hele kæret"],
          ["Møllegårdens gadekær", "Naturis", "Hele kæret"],
          ["Lille Egeslev gadekær", "Naturis", "Hele kæret"],
          ["Egeslev Stadion, bane 3", "Oversprøjtet", "Vand fra stadions brandhane"],
          ["Rønnebæk Skole", "Oversprøjtet", "Grusbane"],
          ["Vejløse Idrætsplads", "Oversprøjtet", "Grusbane"]],
         [55, 30, 75]),
        ("h1", "2 Kunstfrossen bane"),
        ("p", "I gennemsnit har Egeslev 19 isdage om året. En kunstfrossen bane ville give "
              "skøjteløb i tre måneder, men kræver et køleanlæg med stort elforbrug. Vi "
              "vurderer, at der ikke er behov for en kunstfrossen bane, så længe Egeslev "
              "Skøjteklub kan leje is i Holmhallen i nabokommunen."),
        ("h1", "3 Sikkerhed på isen"),
        ("p", "Park og Vej måler isen med isbor hver morgen, når der er frost. Der skal være "
              "mindst 10 cm kerneis på søer og gadekær og 5 cm på oversprøjtede baner. "
              "Målingerne skrives i en logbog ved hver bane."),
        ("h1", "4 Når isen er åben"),
        ("p", "Et grønt skilt ved banen betyder, at isen er målt og åben. Samme morgen skriver "
              "vi på egeslev.dk og i kommunens app, hvilke baner der er åbne."),
        ("h1", "5 Økonomi"),
        ("p", "Udgifterne til anlæg vurderes senere, når placeringerne er endelige. Driften af "
              "de oversprøjtede baner afholdes inden for Park og Vejs budget."),
        ("h1", "6 Inddragelse"),
        ("p", "Egeslev Skøjteklub har deltaget i to møder og har målt isen sammen med Park og "
              "Vej i januar 2038."),
        ("h1", "7 Julebanen på Torvet"),
        ("p", "Handelsstandsforeningens kunstisbane bør fremover stå på Torvet fra 1. "
              "december til 6. januar."),
    ]
    build_rl_pdf(d / "plan.pdf", title="Plan for udendørs skøjtebaner 2038–2042",
                 author="Egeslev Kommune", creator="Egeslev Kommune – Kultur og Fritid",
                 running="Egeslev Kommune · Plan for udendørs skøjtebaner", blocks=p,
                 page_word="Side")
    g = [
        P("1", at[0], "content", "covered", ev="Vi har gennemgået 11 søer",
          trap="an 'at …' line of a Danish indstilling; the commission line before it ('at der "
          "udarbejdes en plan …') is none; answered in prose and a table"),
        P("2", at[1], "content", "covered", ev="I gennemsnit har Egeslev 19 isdage",
          trap="answered by an assessment that there is no need (isdage, Holmhallen)"),
        P("3", at[2], "content", "partial", ev="Park og Vej måler isen med isbor",
          missing=["hvem der har ret til at lukke en bane"],
          trap="control of the ice answered in other words (isbor, kerneis); who may close a "
          "bane is not said"),
        P("4", at[3], "content", "covered", ev="Et grønt skilt ved banen betyder",
          trap="answered in other words (skilt, egeslev.dk, app)"),
        P("5", at[4], "content", "uncovered",
          trap="COST: 'Udgifterne til anlæg vurderes senere' and drift 'afholdes inden for Park "
          "og Vejs budget' — money is named, no overslag is given"),
        P("6", at[5], "process", "partial", ev="Egeslev Skøjteklub har deltaget",
          missing=["inddragelse af lokalrådene"],
          trap="the skating club took part, the lokalråd are not mentioned"),
        P("7", at[6], "process", "uncovered",
          trap="the meta line says the plan goes to the udvalg on 9 October 2038, after the "
          "September meeting; the Sagsfremstilling, Økonomi and Beslutning give no points; the "
          "plan's 'Julebanen på Torvet' answers what the Sagsfremstilling holds outside"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf",
                producer="dagsordenpunkt printed from the meeting system's web page (Chromium): "
                "an Indstilling of 'at …' lines, the first the commission itself (none), seven "
                "points, the last two joined by ', og'; Sagsfremstilling, Økonomi and Beslutning "
                "give none; plan laid out with reportlab with a site table", points=g)



# =========================================================================== 2 fly-tipping (en)
@pair
def fly_tipping(d: Path) -> dict:
    rows = [
        ("1", "Map fly-tipping hotspots using at least five years of reports from residents "
              "and the street cleansing crews.", "Accepted",
         "This will be part of the Fly-tipping Action Plan."),
        ("2", "Install CCTV cameras at the ten worst hotspots.", "Accepted in part",
         "The plan will consider cameras at up to five hotspots, each subject to a data "
         "protection impact assessment."),
        ("3", "Abolish the charge for bulky waste collections.", "Not accepted",
         "The £25 charge covers the cost of the service and will remain."),
        ("4", "Run an awareness campaign for private landlords and students on their waste "
              "duty of care.", "Accepted", "Officers will work with Hartmere College."),
        ("5", "Publish the number of fixed penalty notices and prosecutions every quarter.",
         "Accepted", "Figures will be published on the Council's website."),
        ("6", "Estimate the cost to the Council of clearing fly-tips from private land and "
              "set out how that cost could be recovered.", "Accepted", "—"),
        ("7", "Agree a joint enforcement protocol with the Environment Agency and the "
              "neighbouring district councils.", "Accepted", "—"),
        ("8", "Extend the free Saturday skip days to the villages.", "Not accepted",
         "The skip days in the town centre are under review."),
        ("9", "Report progress to the Overview and Scrutiny Committee twelve months after the "
              "plan is adopted.", "Accepted", "—"),
    ]
    s1 = ("Cabinet asks the Head of Environmental Services to bring the Fly-tipping Action Plan "
          "to Cabinet by 31 March 2039.")
    m = [
        ("meta", "Hartmere District Council · Cabinet · 10 September 2038 · Agenda item 9 · "
                 "Appendix 2"),
        ("title", "Executive response to the scrutiny review of fly-tipping"),
        ("p", "The Task and Finish Group of the Overview and Scrutiny Committee reported on 3 "
              "July 2038 with nine recommendations. The table sets out Cabinet's response to "
              "each of them."),
        ("table", ["No.", "Recommendation", "Response", "Comment"],
         [list(r) for r in rows], [12, 78, 25, 45]),
        ("p", "The accepted recommendations, and the accepted part of recommendation 2, will "
              "be taken forward in a Fly-tipping Action Plan. " + s1),
        ("p", "Cabinet thanks the members of the Task and Finish Group and the residents who "
              "gave evidence."),
    ]
    _b20.build_pdf_l(m, d / "mandate.pdf", word_lang="en",
                     title="Executive response to the scrutiny review of fly-tipping",
                     author="Hartmere District Council",
                     header="Hartmere District Council · Cabinet 10 September 2038",
                     lang="en-GB")
    p = [
        ("meta", "Environmental Services · Approved by Cabinet on 11 March 2039"),
        ("p", "Fly-tipping costs us all. This plan sets out what Hartmere District Council will "
              "do over the next three years to prevent it, catch those who do it and clear it "
              "up faster."),
        ("h2", "Where fly-tipping happens"),
        ("p", "We plotted every report from residents and our street cleansing crews from 2033 "
              "to 2038 on a map. Twelve places account for almost half of all fly-tips: lay-bys "
              "on the A419, the lanes around Stowfield and the back alleys in the town centre."),
        ("h2", "Cameras"),
        ("p", "Mobile cameras will be moved between the five worst hotspots every three "
              "months."),
        ("h2", "Landlords and students"),
        ("p", "Every student moving into a shared house will get a leaflet from Hartmere "
              "College on how to get rid of furniture and waste legally."),
        ("h2", "Enforcement"),
        ("p", "Last year we issued 212 fixed penalty notices and took 9 cases to court."),
        ("p", "Together with the Environment Agency, Stowfield District Council and Kestrel "
              "Down Borough Council we have agreed a joint enforcement protocol, so that an "
              "offender who tips across a boundary is pursued by one authority only."),
        ("h2", "Private land"),
        ("p", "Clearing fly-tips from private land is the landowner's job, but we often step in "
              "where waste blocks a footpath. The cost of this work will be assessed later."),
        ("h2", "Bulky waste"),
        ("p", "The charge for a bulky waste collection stays at £25 for up to five items."),
        ("h2", "Keeping track"),
        ("p", "We will report to the Overview and Scrutiny Committee on progress one year after "
              "this plan is adopted."),
    ]
    web_pdf(d / "plan.pdf", title="Fly-tipping Action Plan 2039–2042",
            nav="Hartmere District Council · Bins, rubbish and recycling · Fly-tipping",
            foot="Page last updated 12 March 2039 · Hartmere District Council",
            blocks=p, lang="en-GB", accent="#2e5d2e")
    g = [
        P("1", rows[0][1], "content", "covered", ev="We plotted every report from residents",
          trap="a row of an executive-response table, Accepted; answered in other words "
          "(plotted, 2033 to 2038)"),
        P("2", rows[1][1], "content", "partial", ev="Mobile cameras will be moved",
          missing=["a data protection impact assessment for each camera site"],
          trap="ACCEPTED IN PART: the Comment narrows the point to up to five hotspots with a "
          "DPIA; five hotspots is met (ten is not asked any more), the DPIA is not"),
        P("4", rows[3][1], "content", "partial", ev="Every student moving into a shared",
          missing=["the campaign for private landlords"],
          trap="students answered, landlords not"),
        P("5", rows[4][1], "content", "uncovered",
          trap="shared words only: 'Last year we issued 212 fixed penalty notices' gives one "
          "year's figure and no quarterly publication"),
        P("6", rows[5][1], "content", "uncovered",
          trap="COST: 'The cost of this work will be assessed later' — no estimate and nothing "
          "on recovering it"),
        P("7", rows[6][1], "process", "covered", ev="Together with the Environment Agency",
          trap="answered: the neighbouring councils named"),
        P("9", rows[8][1], "process", "covered", ev="We will report to the Overview",
          trap="answered in other words (one year after adoption)"),
        P("S1", s1, "process", "covered", ev="Environmental Services · Approved by Cabinet",
          trap="the meta line only (11 March 2039, before 31 March). Rows 3 and 8 are NOT "
          "ACCEPTED and no points; the plan's 'Bulky waste' answers row 3"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Hartmere District Council · Cabinet 10 September 2038",),
                producer="executive response exported from Word (en-GB): a table No. | "
                "Recommendation | Response | Comment with nine rows, two 'Not accepted' (none) "
                "and one 'Accepted in part' whose Comment narrows it, one requirement in the "
                "prose after the table; plan the council's web page printed with Chromium",
                points=g)



# =========================================================================== 3 oppna-forskolan (sv)
@pair
def oppna_forskolan(d: Path) -> dict:
    commission = ("att uppdra åt barn- och utbildningsförvaltningen att ta fram en plan för den "
                  "öppna förskolan i Ekmarka kommun")
    att = [
        "att planen ska beskriva vilka familjer den öppna förskolan når i dag och vilka den "
        "inte når",
        "att planen ska pröva om den öppna förskolan i Rönnby kan flytta till familjecentralen "
        "i Västansjö",
        "att planen ska redovisa öppettider och bemanning för varje enhet",
        "att planen ska redovisa de ekonomiska konsekvenserna av förslagen",
        "att planen ska beskriva hur den öppna förskolan samverkar med barnhälsovården och "
        "socialtjänsten",
        "att planen ska tas fram i dialog med föräldrar som besöker den öppna förskolan",
        "att planen ska redovisas för kommunstyrelsen senast i mars 2039",
    ]
    lines = [commission + ","] + [t + ("," if i < len(att) - 2 else ", samt" if i == len(att) - 2
                                       else ".") for i, t in enumerate(att)]
    m = [
        ("meta", "EKMARKA KOMMUN · PROTOKOLLSUTDRAG · Kommunstyrelsen · Sammanträdesdatum "
                 "2037-10-24"),
        ("title", "§ 187 Uppdrag att ta fram en plan för den öppna förskolan"),
        ("meta", "Dnr KS 2037/455"),
        ("h2", "Ärendebeskrivning"),
        ("p", "Kommunen har öppen förskola i Ekmarka centrum, Rönnby och Västansjö. Besöken har "
              "minskat med en tredjedel sedan 2033, och lokalen i Rönnby ska enligt "
              "lokalförsörjningsplanen lämnas 2040. Arbetsutskottet föreslår att "
              "förvaltningen får i uppdrag att ta fram en plan för verksamheten."),
        ("h2", "Beslutsunderlag"),
        ("p", "Tjänsteskrivelse 2037-09-30. Arbetsutskottets protokoll 2037-10-10, § 142."),
        ("h2", "Yrkanden"),
        ("p", "Anna Berglund (S) yrkar bifall till arbetsutskottets förslag. Lars Ekholm (V) "
              "yrkar, som tillägg, att planen även ska omfatta öppettider på lördagar. Maria "
              "Holmqvist (M) yrkar, som tillägg, att planen ska beskriva samverkan med "
              "barnhälsovården och socialtjänsten."),
        ("h2", "Propositionsordning"),
        ("p", "Ordföranden ställer proposition på arbetsutskottets förslag och finner att "
              "kommunstyrelsen bifaller det. Ordföranden ställer därefter proposition på Lars "
              "Ekholms (V) tilläggsyrkande och finner att kommunstyrelsen avslår det, och på "
              "Maria Holmqvists (M) tilläggsyrkande och finner att kommunstyrelsen bifaller "
              "det."),
        ("h2", "Beslut"),
        ("p", "Kommunstyrelsen beslutar"),
        *[("p", ln) for ln in lines],
        ("h2", "Reservation"),
        ("p", "Lars Ekholm (V) reserverar sig mot beslutet till förmån för eget yrkande."),
        ("meta", "Expedieras: Barn- och utbildningsförvaltningen · Justerandes signatur: AB, "
                 "KL · Utdragsbestyrkande: Eva Lind"),
    ]
    build_rl_pdf(d / "mandate.pdf", title="Protokollsutdrag KS 2037-10-24 § 187",
                 author="Ekmarka kommun", creator="Ekmarka kommun – Platina",
                 running="Ekmarka kommun · Kommunstyrelsen 2037-10-24 · Protokollsutdrag",
                 blocks=m, page_word="Sida")
    p = [
        ("title", "Plan för den öppna förskolan 2039–2042"),
        ("meta", "Ekmarka kommun · Barn- och utbildningsförvaltningen · Till kommunstyrelsen "
                 "2039-03-18 · Dnr KS 2037/455"),
        ("h1", "Vilka som kommer"),
        ("p", "Under 2038 hade de tre enheterna 9 400 besök. De flesta besökarna är "
              "föräldralediga med barn under ett år, och 38 procent av besöken gjordes av "
              "familjer som bott i Sverige kortare än fem år."),
        ("h1", "Rönnby"),
        ("p", "Vi föreslår att den öppna förskolan i Rönnby flyttar till familjecentralen i "
              "Västansjö när lokalen lämnas 2040. Bussresan mellan orterna tar tolv minuter, "
              "och familjecentralen har plats för fler besökare."),
        ("h1", "Öppettider och personal"),
        ("table", ["Enhet", "Öppet", "Personal"],
         [["Ekmarka centrum", "mån–tors 9–15", "2 förskollärare"],
          ["Västansjö (familjecentralen)", "mån–fre 9–16", "2 förskollärare, 1 barnskötare"],
          ["Rönnby (till 2040)", "tis och tors 9–12", "1 förskollärare"]],
         [60, 45, 55]),
        ("h1", "Samverkan"),
        ("p", "BVC-sjuksköterskan har föräldragrupper i den öppna förskolan varje vecka, och en "
              "familjebehandlare från socialtjänsten har öppet hus varannan torsdag."),
        ("h1", "Föräldrarna"),
        ("p", "Föräldrar som besöker den öppna förskolan kommer oftast med barn mellan tre "
              "och tolv månader."),
        ("h1", "Ekonomi"),
        ("p", "De ekonomiska konsekvenserna bedöms i budgetarbetet inför 2040."),
        ("h1", "Lördagar"),
        ("p", "Vi föreslår att Västansjö håller öppet en lördag i månaden från hösten 2039."),
    ]
    _b20.odt_to_pdf(p, d / "plan.pdf", title="Plan för den öppna förskolan 2039–2042",
                    lang="sv")
    g = [
        P("1", att[0], "content", "partial", ev="Under 2038 hade de tre enheterna",
          missing=["vilka familjer den öppna förskolan inte når"],
          trap="an 'att'-sats under 'Beslut' (the commission line before it is none); who comes "
          "is answered, who does not come is not"),
        P("2", att[1], "content", "covered", ev="Vi föreslår att den öppna förskolan i Rönnby",
          trap="answered by a recommendation"),
        P("3", att[2], "content", "covered", ev="Ekmarka centrum",
          trap="answered in a table (Enhet | Öppet | Personal; the quote is its first row)"),
        P("4", att[3], "content", "uncovered",
          trap="COST: 'De ekonomiska konsekvenserna bedöms i budgetarbetet inför 2040' — an "
          "assessment promised later, none given"),
        P("5", att[4], "content", "covered", ev="BVC-sjuksköterskan har föräldragrupper",
          trap="the adopted TILLÄGGSYRKANDE (M), printed in Yrkanden and again as an att-sats; "
          "answered in other words (BVC, familjebehandlare)"),
        P("6", att[5], "process", "uncovered",
          trap="shared words only: 'Föräldrar som besöker den öppna förskolan kommer oftast "
          "med …' describes the parents, no dialogue with them"),
        P("7", att[6], "process", "covered", ev="Ekmarka kommun · Barn- och",
          trap="the meta line only (2039-03-18, in March). Lars Ekholm's (V) tilläggsyrkande "
          "on lördagar was REJECTED and is no point, though the plan's 'Lördagar' answers it; "
          "Ärendebeskrivning, Beslutsunderlag, Reservation and Expedieras are none"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Ekmarka kommun · Kommunstyrelsen 2037-10-24 · Protokollsutdrag",),
                producer="protokollsutdrag printed from the case system (reportlab): "
                "Ärendebeskrivning, Yrkanden (two tilläggsyrkanden), Propositionsordning (one "
                "adopted, one rejected), 'Kommunstyrelsen beslutar' and eight 'att …' lines, the "
                "first the commission itself (none), a Reservation; plan written in Writer (sv) "
                "and exported by LibreOffice, with a table", points=g)



# =========================================================================== 4 oppstartsmote (nb)
@pair
def oppstartsmote(d: Path) -> dict:
    rows = [
        ("Landskap og terreng", "Det skal lages snitt og fotomontasjer som viser hvordan "
         "bebyggelsen ligger i lia sett fra sentrum og fra fv. 214."),
        ("Barn og unge", "Planen skal sikre en felles lekeplass på minst 1,5 daa. Trygg skolevei "
         "til Granlia skole skal beskrives."),
        ("Kulturminner", "Ingen kjente kulturminner i området."),
        ("Overvann", "Det skal utarbeides en overvannsplan etter kommunens VA-norm, med "
         "tretrinnsstrategien."),
        ("Støy", "Ikke aktuelt."),
        ("Teknisk infrastruktur og økonomi", "Planen skal vise hvordan vei, vann og avløp skal "
         "opparbeides og finansieres, og om det er behov for utbyggingsavtale."),
        ("Naturmangfold", "Forholdet til naturmangfoldloven §§ 8–12 skal vurderes. Det er "
         "registrert hubro i nærområdet."),
        ("Medvirkning", "Forslagsstiller skal holde et åpent informasjonsmøte i "
         "høringsperioden."),
        ("ROS", "Det skal utarbeides ROS-analyse. Fare for kvikkleire skal særlig vurderes."),
    ]
    s1 = ("Forslagsstiller skal varsle oppstart av planarbeidet i Lundbakk-Posten og på "
          "kommunens nettside.")
    m = [
        ("title", "Referat fra oppstartsmøte"),
        ("meta", "Lundbakk kommune · Plan og miljø · Saksnr. 2038/211"),
        ("table", ["", ""],
         [["Plan", "Detaljregulering for Granlia boligfelt, planID 2038004"],
          ["Forslagsstiller", "Granlia Utvikling AS"],
          ["Plankonsulent", "Nordvest Arkitekter AS"],
          ["Møtedato", "12.01.2038"],
          ["Til stede", "Fra kommunen: Ida Rønning (saksbehandler), Per Aasen (VA). Fra "
                        "forslagsstiller: Ole Granli, Siv Moe."]],
         [40, 120]),
        ("h1", "1 Planinitiativet"),
        ("p", "Forslagsstiller ønsker å regulere om lag 40 boliger i rekkehus og eneboliger på "
              "gnr. 31 bnr. 4 i Granlia. Området er avsatt til boligbebyggelse i kommuneplanens "
              "arealdel 2035–2047."),
        ("h1", "2 Kommunens vurdering"),
        ("p", "Kommunen vurderer at planinitiativet er i tråd med kommuneplanen og kan fremmes. "
              "Planen er ikke omfattet av forskrift om konsekvensutredninger."),
        ("h1", "3 Tema som skal belyses i planarbeidet"),
        ("table", ["Tema", "Kommunens merknad"], [list(r) for r in rows], [45, 115]),
        ("h1", "4 Videre arbeid"),
        ("p", s1 + " Kommunen sender referatet til forslagsstiller innen to uker."),
        ("p", "Oppstartsmøtet gir ikke forslagsstiller noen rettigheter i den videre "
              "behandlingen av saken."),
    ]
    _b20.build_pdf_l(m, d / "mandate.pdf", word_lang="nb",
                     title="Referat fra oppstartsmøte – Granlia boligfelt",
                     author="Lundbakk kommune", header="Lundbakk kommune · Plan og miljø")
    p = [
        ("title", "Detaljregulering for Granlia boligfelt"),
        ("meta", "PlanID 2038004 · Planbeskrivelse · Nordvest Arkitekter AS for Granlia "
                 "Utvikling AS · 20.06.2038"),
        ("h1", "1 Bakgrunn og prosess"),
        ("p", "Planen legger til rette for 38 boliger i Granlia. Oppstart ble varslet i "
              "Lundbakk-Posten og på kommunens nettside 2. februar 2038."),
        ("h2", "Medvirkning"),
        ("p", "Naboer og berørte myndigheter fikk brev ved varsel om oppstart. Det kom fem "
              "merknader, som er oppsummert i vedlegg 2."),
        ("h1", "2 Landskap"),
        ("p", "Tre snitt gjennom lia (vedlegg 3) viser at husene følger terrenget, og at ingen "
              "tak når over tregrensen sett fra sentrum."),
        ("h1", "3 Barn og unge"),
        ("p", "En felles nærlekeplass på 1,8 daa ligger midt i feltet. Fra feltet går barna "
              "på fortau langs Granliveien og fv. 214 til Granlia skole, 900 meter, med "
              "gangfelt med lysregulering ved skolen."),
        ("h1", "4 Naturmangfold"),
        ("p", "Vurdering etter naturmangfoldloven §§ 8–12: Kunnskapsgrunnlaget er "
              "Artsdatabanken og en befaring i mai 2038. Hubroen har hekkeplass 700 meter "
              "nord for feltet, og anleggsarbeid skal ikke skje fra mars til juli."),
        ("break",),
        ("h1", "5 Teknisk infrastruktur"),
        ("p", "Internveien får 5 meter bredde og snuplass. Vann og avløp kobles til kommunalt "
              "nett i Granliveien. Tilknytningsavgift betales etter kommunens "
              "gebyrregulativ."),
        ("h1", "6 Overvann"),
        ("p", "Overvannsplan utarbeides i forbindelse med byggesaken."),
        ("h1", "7 Risiko og sårbarhet"),
        ("p", "ROS-analysen (vedlegg 5) har ti uønskede hendelser. NGU-kart og to "
              "grunnboringer viser fast fjell og morene; det er ikke fare for kvikkleire."),
    ]
    build_rl_pdf(d / "plan.pdf", title="Detaljregulering for Granlia boligfelt – planbeskrivelse",
                 author="Nordvest Arkitekter AS", creator="Nordvest Arkitekter AS",
                 running="Planbeskrivelse · Detaljregulering for Granlia boligfelt", blocks=p,
                 page_word="Side")

    def t(i: int) -> str:
        return f"{rows[i][0]}: {rows[i][1]}"

    g = [
        P("1", t(0), "content", "partial", ev="Tre snitt gjennom lia",
          missing=["fotomontasjer", "virkningen sett fra fv. 214"],
          trap="a row of the `Tema | Kommunens merknad` table, numbered by its place in the "
          "table, text 'Tema: merknad'; snitt yes, fotomontasjer and the view from the road not"),
        P("2", t(1), "content", "covered", ev="En felles nærlekeplass på 1,8 daa",
          trap="answered in other words (nærlekeplass 1,8 daa; fortau and gangfelt)"),
        P("4", t(3), "deliverable", "uncovered",
          trap="deferred: 'Overvannsplan utarbeides i forbindelse med byggesaken'"),
        P("6", t(5), "content", "partial", ev="Internveien får 5 meter bredde",
          missing=["hvem som finansierer opparbeidelsen av vei, vann og avløp",
                   "om det er behov for utbyggingsavtale"],
          trap="COST: how the roads and pipes are built is answered; the only money is the "
          "tilknytningsavgift in passing, financing and utbyggingsavtale are not"),
        P("7", t(6), "content", "covered", ev="Vurdering etter naturmangfoldloven",
          trap="answered, hubro included"),
        P("8", t(7), "process", "uncovered",
          trap="shared heading only: the plan's 'Medvirkning' tells of letters at oppstart; no "
          "åpent informasjonsmøte in the høringsperiode is held or promised"),
        P("9", t(8), "content", "covered", ev="ROS-analysen (vedlegg 5)",
          trap="answered, kvikkleire included"),
        P("S1", s1, "process", "covered", ev="Planen legger til rette for 38",
          trap="the prose of '4 Videre arbeid'. Rows 3 (Kulturminner: 'Ingen kjente "
          "kulturminner') and 5 (Støy: 'Ikke aktuelt') require nothing and are no points; the "
          "head table, 'Kommunens vurdering', 'Kommunen sender referatet …' and the closing "
          "reservation are none"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Lundbakk kommune · Plan og miljø",),
                producer="referat fra oppstartsmøte exported from Word: a head table, nine rows "
                "of `Tema | Kommunens merknad` (two that require nothing), one requirement in "
                "'Videre arbeid'; planbeskrivelse laid out with reportlab over two pages",
                points=g)



# =========================================================================== 5 leirskule (nn)
@pair
def leirskule(d: Path) -> dict:
    q = [
        "Kor mange elevar får i dag tilbod om leirskule, og kva kostar det kommunen per elev?",
        "Kva for leirskular bør kommunen bruke, og bør vi inngå avtale med éin fast leirskule?",
        "Korleis kan vi sikre at elevar med funksjonsnedsetjing kan vere med på lik line med "
        "dei andre?",
        "Og kva med foreldrebetaling – kva seier opplæringslova, og kva bør kommunen gjere med "
        "innsamling av pengar i klassane?",
        "Vi lurer òg på kor mange vaksne som bør følgje kvar klasse.",
        "Kan leirskulen flyttast frå 9. til 7. trinn?",
        "Kva meiner rektorane og elevrådet sjølve?",
    ]
    s1 = ("Vi ber om at planen vert lagd fram for utvalet før budsjettarbeidet tek til i "
          "oktober 2038.")
    m = [
        ("meta", "Fjærvoll kommune · Utval for oppvekst og kultur · Sak 41/37 · Møte 2. "
                 "desember 2037"),
        ("title", "Bestilling: plan for leirskule"),
        ("p", "Til kommunalsjef for oppvekst"),
        ("p", "Utvalet har gått gjennom korleis leirskulen fungerer i dag, og vil ha ein plan "
              "for leirskule i Fjærvoll-skulen. Kven hugsar ikkje si eiga leirskuletid? For "
              "mange er leirskulen det dei hugsar best frå ungdomsskulen."),
        ("p", "Først treng vi eit oversyn. " + q[0] + " " + q[1] + " Utvalet har merka seg at "
              "skulane i dag vel leirskule kvar for seg."),
        ("p", "Leirskulen skal vere for alle. " + q[2] + " " + q[3]),
        ("p", q[4] + " " + q[5] + " " + q[6]),
        ("p", s1 + " Er ikkje dette ei god investering i fellesskapet?"),
        ("p", "For utvalet"),
        ("p", "Gunn Tjønnås, leiar"),
    ]
    _b20.odt_to_pdf(m, d / "mandate.pdf", title="Bestilling: plan for leirskule", lang="nn")
    p = [
        ("title", "Plan for leirskule i Fjærvoll 2039–2043"),
        ("meta", "Fjærvoll kommune · Oppvekst · Til utval for oppvekst og kultur 24. september "
                 "2038"),
        ("h1", "1 Slik er det i dag"),
        ("p", "Skuleåret 2037/38 reiste 96 av dei 104 elevane på 9. trinn på leirskule. Åtte "
              "elevar vart verande heime. Utgiftene til leirskule vert rekna ut når avtalen med "
              "leirskulen er klar."),
        ("h1", "2 Val av leirskule"),
        ("p", "Vi rår til at alle fire ungdomsskulane nyttar Langesæter leirskule, og at "
              "kommunen inngår ein avtale med Langesæter for fire år om gongen. Då får elevane "
              "same tilbod uansett skule."),
        ("h1", "3 Alle skal vere med"),
        ("p", "Leirskulen er for alle elevar, og ingen skal vere att heime."),
        ("h1", "4 Foreldrebetaling"),
        ("p", "Elevane har etter opplæringslova rett til gratis opplæring, og leirskule er ein "
              "del av opplæringa. Foreldra kan difor ikkje krevjast for opphald og reise. "
              "Klassane kan samle inn pengar til ekstra aktivitetar, men ikkje til sjølve "
              "leirskulen."),
        ("h1", "5 Vaksne på tur"),
        ("p", "Kvar klasse har med to lærarar og ein fagarbeidar."),
        ("h1", "6 Trinn"),
        ("p", "Om leirskulen skal flyttast til 7. trinn, tek vi opp i neste revisjon av planen."),
        ("h1", "7 Arbeidet med planen"),
        ("p", "Planen er laga av ei gruppe med dei fire rektorane og ein representant for PPT."),
    ]
    _b20.build_pdf_l(p, d / "plan.pdf", word_lang="nb",  # "Side n av m" in nn too
                     title="Plan for leirskule i Fjærvoll 2039–2043", author="Fjærvoll kommune",
                     header="Fjærvoll kommune · Plan for leirskule", lang="nn-NO")
    g = [
        P("Q1", q[0], "content", "partial", ev="Skuleåret 2037/38 reiste 96",
          missing=["kva leirskulen kostar kommunen per elev"],
          trap="a QUESTION in a running paragraph (no list); COST: the count is answered, the "
          "cost is 'vert rekna ut når avtalen … er klar'"),
        P("Q2", q[1], "content", "covered", ev="Vi rår til at alle fire ungdomsskulane",
          trap="answered by a recommendation (Langesæter, avtale for fire år)"),
        P("Q3", q[2], "content", "uncovered",
          trap="shared words only: 'Leirskulen er for alle elevar, og ingen skal vere att "
          "heime' restates the aim and says nothing of how"),
        P("Q4", q[3], "content", "covered", ev="Elevane har etter opplæringslova rett",
          trap="answered: the law, and what the classes may collect money for"),
        P("Q5", q[4], "content", "covered", ev="Kvar klasse har med to lærarar",
          trap="an INDIRECT question ('Vi lurer òg på kor mange …') ending in a full stop; "
          "answered"),
        P("Q6", q[5], "content", "uncovered",
          trap="deferred: 'tek vi opp i neste revisjon av planen'"),
        P("Q7", q[6], "process", "partial", ev="Planen er laga av ei gruppe",
          missing=["kva elevrådet meiner"],
          trap="the rektorar took part, the elevråd was not heard"),
        P("S1", s1, "process", "covered", ev="Fjærvoll kommune · Oppvekst · Til utval",
          trap="the meta line only (24 September, before October). The RHETORICAL questions "
          "('Kven hugsar ikkje si eiga leirskuletid?', 'Er ikkje dette ei god investering i "
          "fellesskapet?') are none, and so are 'Leirskulen skal vere for alle' (an aim, "
          "answered by the plan's own words) and 'Utvalet har merka seg …'"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf",
                producer="bestilling from the utval written in Writer (nn) and exported by "
                "LibreOffice: the points are seven questions inside running paragraphs (one "
                "indirect, ending in a full stop), two rhetorical questions that are none, one "
                "requirement in the closing paragraph; plan exported from Word (nn-NO)",
                points=g)


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, or --verify them (pairkit.mandates_main)."""
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder="corpora/mandates-blind24/make_pairs.py")


if __name__ == "__main__":
    main(sys.argv[1:])
