"""Build the thirtieth blind batch of mandate/plan pairs under corpora/mandates-blind30/ and their gold.

Written on 2026-12-05 without reading plancheck's code, from how mandates are really delivered:
a bokmål PROTOKOLL FRA DRØFTINGSMØTE (hovedavtalen § 1-4-2, Word → PDF) whose points are the
items after "Partene er enige om følgende:", with a 'Uenighet' paragraph and a
'Protokolltilførsel' that are none; a nynorsk HEILSKAPLEG ROS-ANALYSE (Writer → PDF) whose risk
table marks each hending Raud / Gul / Grøn and whose 'Oppfølging' sends only the tiltak of the
red hendingar to the plan; a Swedish SAMRÅDSREDOGÖRELSE (Word → PDF) whose table of yttranden
has a 'Kommunens kommentar' column, the points being the changes the kommun promises
("Beaktas. Planen kompletteras med …"), not the synpunkter it notes or rejects; a Danish
BEKENDTGØRELSE printed from a legal-information web page (Chromium) whose '§ 3' lists what an
indsatsplan must contain; and an English DECISION NOTICE granting planning permission with
conditions (the council's planning system print, reportlab), whose CEMP condition lists (a)–(f).

    python corpora/mandates-blind30/make_pairs.py               # all pairs
    python corpora/mandates-blind30/make_pairs.py --verify      # gold quotes against pdftotext

Imports the twentieth batch's builder (corpora/mandates-blind20/make_pairs.py) and through it
the earlier ones; nothing of the earlier batches is edited.
"""

from __future__ import annotations

import html as _h
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402
from blindkit import chromium_pdf  # noqa: E402

_b20 = pk.load_module("mandates_blind20_make_pairs", HERE.parent / "mandates-blind20" / "make_pairs.py")
P, build_rl_pdf = _b20.P, _b20.build_rl_pdf

PAIRS, pair = pk.pair_registry()


# =========================================================================== 1 drofting (nb)
@pair
def drofting(d: Path) -> dict:
    e = {
        "1": "Alle ansatte skal få tre uker sammenhengende ferie i hovedferieperioden 15. juni–"
             "15. september, og ferielistene skal være klare innen 1. april 2046.",
        "2": "Sommervikarer skal ha minst to opplæringsvakter med lønn før første selvstendige "
             "vakt.",
        "3": "Det skal være minst én sykepleier på hver vakt i hver sone i hjemmetjenesten.",
        "4": "Bruk av ekstravakter og forskjøvne vakter som ansatte blir pålagt, skal "
             "registreres, og omfanget skal rapporteres til de tillitsvalgte hver fjortende dag "
             "gjennom sommeren.",
        "5": "Dagsenteret for personer med demens skal holde åpent hele sommeren.",
        "6": "Bemanningsplanen for sommeren skal drøftes med de tillitsvalgte og "
             "hovedverneombudet i nytt møte innen 15. mars 2046.",
    }
    m = [
        ("meta", "VARDHAUG KOMMUNE · Helse og omsorg · Saksnr. 2046/112"),
        ("title", "Protokoll fra drøftingsmøte etter hovedavtalen § 1-4-2"),
        ("meta", "Dato: 12.01.2046 · Sted: Møterom Lyngen, Vardhaug rådhus"),
        ("meta", "Til stede for arbeidsgiver: kommunalsjef helse og omsorg Berit Nygård, "
                 "HR-rådgiver Jonas Eek. For arbeidstakerne: Fagforbundet (hovedtillitsvalgt "
                 "Siri Haugan), NSF (Arne Dahle), Delta (Mona Rud), FO (Tone Vik). "
                 "Hovedverneombud: Leif Sande."),
        ("h1", "Sak: Sommeravvikling 2046 i helse og omsorg"),
        ("h2", "Bakgrunn"),
        ("p", "Sommeren 2045 måtte 41 ansatte i hjemmetjenesten og på sykehjemmet flytte "
              "ferien eller ta ekstravakter på kort varsel. Arbeidsgiver skal lage en "
              "bemanningsplan for sommeren 2046 og ønsket å drøfte rammene for den med "
              "arbeidstakerorganisasjonene."),
        ("h2", "Drøfting"),
        ("p", "Arbeidsgiver orienterte om at rekrutteringen av sommervikarer starter i februar, "
              "og at det er budsjettert med 38 sommervikarer. De tillitsvalgte pekte på at "
              "mange vikarer sist sommer gikk alene på vakt for tidlig, og at sykepleierne i "
              "hjemmetjenesten hadde for mange pasienter per vakt."),
        ("p", "Partene er enige om følgende:"),
        *[("p", f"{k}. {e[k]}") for k in ("1", "2", "3", "4", "5", "6")],
        ("h2", "Uenighet"),
        ("p", "Fagforbundet og NSF krever at sommervikarer i hjemmetjenesten skal disponere "
              "egen tjenestebil. Arbeidsgiver kan ikke imøtekomme kravet innenfor budsjettet."),
        ("h2", "Protokolltilførsel fra Delta"),
        ("p", "Delta ber om at arbeidsgiver vurderer en egen sommerkompensasjon for "
              "sykepleiere som tar lange vakter."),
        ("p", "Protokollen er lest opp og godkjent i møtet. Berit Nygård (sign.) · "
              "Siri Haugan (sign.) · Arne Dahle (sign.) · Mona Rud (sign.) · Tone Vik (sign.) · "
              "Leif Sande (sign.)"),
    ]
    header = "Vardhaug kommune · Protokoll fra drøftingsmøte 12.01.2046"
    _b20.build_pdf_l(m, d / "mandate.pdf", word_lang="nb",
                     title="Protokoll fra drøftingsmøte – sommeravvikling 2046",
                     author="Vardhaug kommune", header=header, lang="nb-NO")
    p = [
        ("title", "Bemanningsplan for sommeren 2046 – helse og omsorg"),
        ("meta", "Vardhaug kommune · Helse og omsorg · Mars 2046"),
        ("h1", "1 Formål"),
        ("p", "Planen skal sikre forsvarlige tjenester og en forutsigbar sommer for de "
              "ansatte i hjemmetjenesten, på Vardhaug sykehjem og på dagsenteret."),
        ("h1", "2 Ferie"),
        ("p", "Alle fast ansatte får avvikle tre uker ferie i ett strekk mellom 15. juni og "
              "15. september. Ønsker om ferie leveres til nærmeste leder."),
        ("h1", "3 Sommervikarer"),
        ("p", "Hver sommervikar går to betalte vakter sammen med en erfaren kollega før hen "
              "går alene. Sommervikarene i hjemmetjenesten bruker kommunens leasingbiler når "
              "de ikke er i bruk av faste ansatte."),
        ("h1", "4 Ekstravakter"),
        ("p", "Ledige vakter lyses ut i vaktappen. Ansatte som tar ekstravakter, får "
              "overtidsbetaling etter tariffavtalen."),
        ("h1", "5 Dagsenteret"),
        ("p", "Dagsenteret for personer med demens holder sommerstengt i ukene 28–31. "
              "Brukerne får i disse ukene tilbud om avlastning på sykehjemmet."),
        ("h1", "6 Medvirkning"),
        ("p", "Planen ble drøftet med de tillitsvalgte og hovedverneombudet 11. mars 2046."),
        ("h1", "Vedlegg: Minimumsbemanning per vakt i hjemmetjenesten"),
        ("table", ["Sone", "Dag", "Kveld", "Natt", "Sykepleier"],
         [["Nord", "6", "4", "1", "1 på hver vakt"],
          ["Sentrum", "8", "5", "1", "1 på hver vakt"],
          ["Sør", "5", "3", "1", "1 på hver vakt"]], [30, 22, 22, 22, 50]),
    ]
    _b20.odt_to_pdf(p, d / "plan.pdf", title="Bemanningsplan for sommeren 2046 – helse og "
                    "omsorg", lang="nb")
    g = [
        P("1", e["1"], "content", "partial", ev="Alle fast ansatte får avvikle",
          missing=["at ferielistene skal være klare innen 1. april 2046"],
          trap="an item after 'Partene er enige om følgende:' in a PROTOKOLL FRA DRØFTINGSMØTE "
          "(hovedavtalen § 1-4-2), numbered as printed; three weeks in one stretch are there, "
          "but no date for the ferielister (only 'Ønsker om ferie leveres til nærmeste leder')"),
        P("2", e["2"], "content", "covered", ev="Hver sommervikar går to betalte vakter",
          trap="answered in other words (to betalte vakter sammen med en erfaren kollega). The "
          "'Uenighet' paragraph (egen tjenestebil for sommervikarer) is none; the plan's "
          "leasingbiler answer a non-point"),
        P("3", e["3"], "content", "covered", ev="1 på hver vakt",
          trap="answered ONLY in the appendix table 'Vedlegg: Minimumsbemanning per vakt i "
          "hjemmetjenesten' (column 'Sykepleier': 1 på hver vakt in every sone)"),
        P("4", e["4"], "content", "uncovered",
          trap="shared words only: '4 Ekstravakter' (utlysning in the vaktapp, overtidsbetaling); "
          "nothing registered and nothing reported to the tillitsvalgte"),
        P("5", e["5"], "content", "uncovered",
          trap="the plan does the OPPOSITE: 'Dagsenteret for personer med demens holder "
          "sommerstengt i ukene 28–31' (avlastning instead). The 'Protokolltilførsel fra "
          "Delta' (sommerkompensasjon) is one party's statement: none"),
        P("6", e["6"], "process", "covered", ev="Planen ble drøftet med de tillitsvalgte",
          trap="a process item among the enighet items; answered in the plan's 'Medvirkning' "
          "(11 March 2046). The orientation on recruitment, the Bakgrunn and the signatures "
          "are none"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf", drop=(header,),
                producer="protokoll fra drøftingsmøte etter hovedavtalen § 1-4-2 exported from "
                "Word ('Side n av m', running header): Bakgrunn, Drøfting, six items typed "
                "'n. ' after 'Partene er enige om følgende:', 'Uenighet' and 'Protokolltilførsel "
                "fra Delta' (none), signatures; plan written in Writer and exported by "
                "LibreOffice, an appendix table at the end", points=g)


# =========================================================================== 2 ros (nn)
@pair
def ros(d: Path) -> dict:
    rows = [
        ("1", "Langvarig straumbrot om vinteren", "Middels", "Stor", "Raud",
         "Peike ut Hamrevik skule som evakueringsstad og utstyre han med naudstraum, "
         "sengeplassar og mat for eitt døgn."),
        ("2", "Skred over fylkesvegen ved Nesøyra", "Middels", "Stor", "Raud",
         "Kartleggje kva bustader i Nesøyra som må evakuerast når vegen er stengd, og korleis "
         "innbyggjarane der skal varslast."),
        ("3", "Pandemi", "Låg", "Stor", "Gul",
         "Oppdatere smittevernplanen og avtalen om vaksinasjon med nabokommunane."),
        ("4", "Brann i den tette trehusbusetnaden i sentrum", "Låg", "Svært stor", "Raud",
         "Inngå avtale med hotell og overnattingsstader om mellombels innkvartering av inntil "
         "80 personar."),
        ("5", "Flaum i Hamreelva", "Middels", "Middels", "Gul",
         "Reinske kulvertane langs Elvegata kvar haust."),
        ("6", "Bortfall av mobilnett og internett", "Middels", "Stor", "Raud",
         "Sikre at evakuerte og pårørande kan registrerast og få informasjon utan mobilnett og "
         "internett."),
        ("7", "Ulukke med turistbuss", "Låg", "Stor", "Gul",
         "Øve saman med naudetatane på ei bussulukke minst kvart fjerde år."),
        ("8", "Brann om bord i cruiseskip ved kai", "Låg", "Svært stor", "Raud",
         "Etablere rutine for samarbeid med politiet om registrering av pårørande og om kven "
         "som gir informasjon til dei."),
    ]
    t = {r[0]: r[5] for r in rows}
    s1 = ("Tiltaka for hendingar med raud risiko skal innarbeidast i ein plan for evakuering og "
          "evakuerte- og pårørandesenter (EPS), som skal vere vedteken av kommunestyret innan "
          "1. oktober 2046.")
    m = [
        ("title", "Heilskapleg risiko- og sårbarheitsanalyse for Hamrevik kommune 2046–2049"),
        ("meta", "Hamrevik kommune · Beredskap · Vedteken av kommunestyret 11.02.2046, sak 9/46"),
        ("h1", "1 Innleiing"),
        ("p", "Etter sivilbeskyttelseslova § 14 skal kommunen kartleggje kva uønskte hendingar "
              "som kan inntreffe i kommunen, vurdere sannsynet for dei og korleis dei kan "
              "påverke kommunen. Analysen er utarbeidd av beredskapsrådet i Hamrevik saman med "
              "politiet, Hamrevik brann og redning, Sivilforsvaret og næringslivet."),
        ("h1", "2 Metode"),
        ("p", "Kvar hending er vurdert etter sannsyn og konsekvens på ein skala frå låg til "
              "svært stor. Risikoen er sett saman av dei to og vist som raud (høg), gul "
              "(middels) eller grøn (låg)."),
        ("h1", "3 Risikobilete"),
        ("p", "Tabellen viser dei åtte hendingane som er vurderte, med tiltaket som "
              "beredskapsrådet tilrår for kvar av dei."),
        ("table", ["Nr", "Uønskt hending", "Sannsyn", "Konsekvens", "Risiko", "Tiltak"],
         [list(r) for r in rows], [9, 33, 17, 19, 14, 68]),
        ("h1", "4 Oppfølging"),
        ("p", s1 + " Tiltaka for hendingar med gul risiko blir følgde opp i dei planane og "
              "budsjetta som gjeld for kvart fagområde."),
        ("p", "Analysen skal reviderast når risikobiletet endrar seg, og seinast i 2050."),
    ]
    _b20.odt_to_pdf(m, d / "mandate.pdf", title="Heilskapleg ROS-analyse Hamrevik kommune "
                    "2046–2049", lang="nn")
    p = [
        ("h1", "Plan for evakuering og evakuerte- og pårørandesenter (EPS)"),
        ("p", "Hamrevik kommune · Beredskap · 2046"),
        ("h2", "Kvifor planen"),
        ("p", "Den heilskaplege ROS-analysen frå februar 2046 viser kva hendingar som kan gjere "
              "det naudsynt å evakuere innbyggjarar og tilreisande i Hamrevik. Planen viser "
              "korleis kommunen tek imot, registrerer og tek vare på dei som må forlate "
              "heimen sin."),
        ("h2", "Evakuertsenter"),
        ("p", "Hamrevik skule er evakuertsenter. Skulen har fått eit aggregat som forsyner "
              "heile bygget, og på lageret står 120 feltsenger, ullteppe og tørrmat for eitt "
              "døgn."),
        ("h2", "Nesøyra"),
        ("p", "Tolv bustader i Nesøyra ligg slik til at dei må evakuerast når fylkesvegen er "
              "stengd av skred. Oversikta over bustadene og kven som bur der, ligg i "
              "krisestøtteverktøyet."),
        ("h2", "Innkvartering"),
        ("p", "Hamrevik fjordhotell har 46 rom og er open heile året."),
        ("h2", "Pårørande"),
        ("p", "Evakuerte- og pårørandesenteret blir leidd av helse- og omsorgssjefen."),
        ("h2", "Handsaming"),
        ("p", "Planen vart vedteken av kommunestyret 17. september 2046 (sak 58/46)."),
        ("h2", "Vedlegg: Registrering og informasjon"),
        ("table", ["Oppgåve", "Korleis", "Ansvar"],
         [["Registrering av evakuerte og pårørande",
           "Papirskjema i tre eksemplar i beredskapskassa; blir lagt inn i krisestøtteverktøyet "
           "når nettet er tilbake", "Leiar for EPS"],
          ["Informasjon utan mobilnett og internett",
           "Oppslag på tavla ved skulen og Coop Hamrevik, og bod med naudnett-radio ved "
           "evakuertsenteret", "Informasjonsleiar"]], [45, 85, 30]),
    ]
    header = "Hamrevik kommune · Plan for evakuering og EPS"
    _b20.build_pdf_l(p, d / "plan.pdf", word_lang="nb", title="Plan for evakuering og "
                     "evakuerte- og pårørandesenter (EPS)", author="Hamrevik kommune",
                     header=header, lang="nn-NO")
    g = [
        P("1", t["1"], "content", "covered", ev="Hamrevik skule er evakuertsenter",
          trap="the Tiltak cell of a row with Risiko 'Raud' in the risk table of a HEILSKAPLEG "
          "ROS-ANALYSE; '4 Oppfølging' sends only the red hendingar's tiltak to the EPS plan, "
          "so the Gul rows 3, 5 and 7 are none. Numbered by the row's Nr, text the Tiltak cell "
          "(the hending, sannsyn, konsekvens and risiko cells are no part of it). Answered in "
          "other words (aggregat, feltsenger, tørrmat)"),
        P("2", t["2"], "content", "partial", ev="Tolv bustader i Nesøyra",
          missing=["korleis innbyggjarane i Nesøyra skal varslast"],
          trap="the houses are mapped; nothing on varsling"),
        P("4", t["4"], "content", "uncovered",
          trap="a fact, no agreement: 'Hamrevik fjordhotell har 46 rom og er open heile året' "
          "(no avtale om mellombels innkvartering)"),
        P("6", t["6"], "content", "covered", ev="Papirskjema i tre eksemplar",
          trap="answered ONLY in the appendix table 'Vedlegg: Registrering og informasjon' "
          "(papirskjema, oppslag, naudnett-radio)"),
        P("8", t["8"], "content", "uncovered",
          trap="shared words only: 'Pårørande' heads one sentence on who leads the senter; no "
          "rutine with the politiet on registration or information"),
        P("S1", s1, "process", "covered", ev="Planen vart vedteken av kommunestyret",
          trap="the sentence in '4 Oppfølging' that orders the plan and its date; answered in "
          "the plan's 'Handsaming' (17 September 2046). The Gul-risk sentence after it, the "
          "revision of the analysis itself ('seinast i 2050'), the method and the law are none"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf", drop=(),
                producer="heilskapleg risiko- og sårbarheitsanalyse written in Writer and "
                "exported by LibreOffice: a six-column risk table Nr | Uønskt hending | Sannsyn | "
                "Konsekvens | Risiko | Tiltak (Raud rows points, Gul rows none), then '4 "
                "Oppfølging'; plan exported from Word (nn, 'Side n av m'), an appendix table at "
                "the end", points=g)


# =========================================================================== 3 samrad (sv)
@pair
def samrad(d: Path) -> dict:
    c = {
        "2": "Planen kompletteras med ett avsnitt om hur hastigheterna ska mätas före och efter "
             "ändringen.",
        "3": "Bergsvägen förbi Backaskolan får 30 km/tim under hela dygnet.",
        "5": "Planen kompletteras med en skrivning om att fartgupp inte ska anläggas på "
             "räddningstjänstens primära utryckningsvägar.",
        "6": "Planen kompletteras med en redovisning av hur restiden för busslinje 3 påverkas av "
             "de nya hastighetsgränserna.",
        "8": "Planen kompletteras med en lista över de övergångsställen där hastigheten ska "
             "säkras med fysiska åtgärder.",
    }
    rows = [
        ("1", "Trafikverket", "Hastigheten på väg 612 genom Norrby bör sänkas till 40 km/tim.",
         "Noteras. Trafikverket beslutar om hastigheter på statliga vägar."),
        ("2", "Polisen", "Planen bör beskriva hur kommunen ska följa upp att de nya "
         "hastighetsgränserna efterlevs.", "Beaktas. " + c["2"]),
        ("3", "Backaskolans föräldraförening", "Vi önskar 30 km/tim förbi skolan även på "
         "kvällar och helger, då skolgården används som lekplats.", "Beaktas. " + c["3"]),
        ("4", "Privatperson", "Hela Vretsta tätort borde få 40 km/tim, även huvudgatorna.",
         "Beaktas inte. Huvudgatorna behåller 50 km/tim för att trafiken inte ska söka sig "
         "till bostadsgatorna."),
        ("5", "Räddningstjänsten Vretsta-Ådal", "Fartdämpande åtgärder får inte försvåra "
         "utryckning.", "Beaktas. " + c["5"]),
        ("6", "Region Ådal, kollektivtrafik", "Lägre hastigheter på Storgatan och Kyrkvägen kan "
         "förlänga restiden för busslinje 3.", "Beaktas. " + c["6"]),
        ("7", "Naturskyddsföreningen Vretsta", "Gaturummen bör förses med fler träd.",
         "Noteras. Frågan hanteras i kommunens trädplan."),
        ("8", "Kommunala pensionärsrådet", "Det är svårt att korsa Storgatan vid torget och vid "
         "vårdcentralen.", "Beaktas. " + c["8"]),
    ]
    s1 = ("Efter samrådet revideras planen och ställs ut för granskning under minst tre veckor "
          "innan den antas av kommunfullmäktige.")
    m = [
        ("meta", "Vretsta kommun · Samhällsbyggnadsförvaltningen · Dnr SBN 2045/402"),
        ("title", "Samrådsredogörelse – Hastighetsplan för Vretsta kommun"),
        ("meta", "2046-05-20"),
        ("h1", "1 Samrådet"),
        ("p", "Förslaget till hastighetsplan har varit på samråd 1 mars–15 april 2046. Det har "
              "skickats till myndigheter, organisationer och kommunala råd och funnits på "
              "kommunens webbplats. Det kom in 23 yttranden, varav 14 från privatpersoner."),
        ("h1", "2 Inkomna synpunkter och kommunens kommentarer"),
        ("p", "Yttrandena sammanfattas nedan. I kolumnen Kommunens kommentar anges om "
              "synpunkten beaktas, och i så fall hur planen ändras. Yttranden med samma innehåll "
              "har förts samman."),
        ("table", ["Nr", "Yttrande från", "Synpunkt", "Kommunens kommentar"],
         [list(r) for r in rows], [9, 35, 55, 65]),
        ("h1", "3 Fortsatt arbete"),
        ("p", s1 + " Samrådsredogörelsen publiceras tillsammans med granskningshandlingen."),
    ]
    header = "Vretsta kommun · Samrådsredogörelse hastighetsplan"
    _b20.build_pdf_l(m, d / "mandate.pdf", word_lang="sv",
                     title="Samrådsredogörelse – Hastighetsplan för Vretsta kommun",
                     author="Vretsta kommun", header=header, lang="sv-SE")
    p = [
        ("meta", "Granskningshandling · Samhällsbyggnadsförvaltningen · juni 2046"),
        ("h2", "Varför en hastighetsplan"),
        ("p", "Hastighetsplanen anger vilka hastighetsgränser som ska gälla på kommunens gator "
              "i Vretsta, Norrby och Ådalsbruk. Lägre hastighet där människor går och cyklar "
              "minskar risken för allvarliga olyckor."),
        ("h2", "Hastighetsgränser"),
        ("p", "Bostadsgator får 30 km/tim. Huvudgatorna Storgatan och Kyrkvägen har 40 km/tim "
              "genom centrum och 50 km/tim utanför. Busslinje 3 trafikerar Storgatan och "
              "Kyrkvägen."),
        ("h2", "Fysiska åtgärder"),
        ("p", "Där räddningstjänsten kör på utryckning används avsmalningar och upphöjda "
              "korsningar med mjuk profil i stället för gupp. Övergångsställen ska "
              "hastighetssäkras där det behövs."),
        ("h2", "Uppföljning"),
        ("p", "Ett år efter att de nya gränserna har införts mäter kommunen hastigheten på tio "
              "gator och redovisar resultatet för samhällsbyggnadsnämnden."),
        ("h2", "Så tas planen fram"),
        ("p", "Planen ställs ut för granskning 1–22 september 2046 och beräknas antas av "
              "kommunfullmäktige i november 2046."),
        ("break",),
        ("h2", "Bilaga: Hastighetsgränser per gata"),
        ("table", ["Gata", "Hastighet", "Kommentar"],
         [["Storgatan (centrum)", "40 km/tim", "Busslinje 3"],
          ["Bergsvägen förbi Backaskolan", "30 km/tim", "Dygnet runt, alla dagar"],
          ["Kyrkvägen (centrum)", "40 km/tim", "Busslinje 3"],
          ["Industrivägen", "50 km/tim", ""]]),
    ]
    _b20.web_pdf(d / "plan.pdf", title="Hastighetsplan för Vretsta kommun",
                 nav="Vretsta kommun · Trafik och gator · Hastighetsplan",
                 foot="Sidan uppdaterades 2046-06-18 · Vretsta kommun", blocks=p, lang="sv",
                 accent="#2e5e2a")
    g = [
        P("2", c["2"], "content", "partial", ev="Ett år efter att de nya gränserna",
          missing=["mätning av hastigheterna före ändringen"],
          trap="a promise in the column 'Kommunens kommentar' of a SAMRÅDSREDOGÖRELSE "
          "('Beaktas. Planen kompletteras med …'), numbered by the table's Nr, text the kommentar "
          "without 'Beaktas.'; rows the kommun notes ('Noteras', rows 1 and 7) or rejects "
          "('Beaktas inte', row 4) are none, and so is every synpunkt cell. Measurement after "
          "the change only"),
        P("3", c["3"], "content", "covered", ev="Dygnet runt, alla dagar",
          trap="answered ONLY in the appendix table 'Bilaga: Hastighetsgränser per gata' on "
          "page 2 ('Dygnet runt, alla dagar')"),
        P("5", c["5"], "content", "covered", ev="Där räddningstjänsten kör på utryckning",
          trap="answered in other words (avsmalningar and upphöjda korsningar i stället för "
          "gupp)"),
        P("6", c["6"], "content", "uncovered",
          trap="shared words only: 'Busslinje 3 trafikerar Storgatan och Kyrkvägen' (and the "
          "appendix's 'Busslinje 3' comments); no account of the restid"),
        P("8", c["8"], "deliverable", "uncovered",
          trap="a promised LIST; the plan only says 'Övergångsställen ska hastighetssäkras där "
          "det behövs' (no list). Row 4 (40 km/tim everywhere) was rejected and row 1 is the "
          "Trafikverket's road: none"),
        P("S1", s1, "process", "covered", ev="Planen ställs ut för granskning",
          trap="the requirement in '3 Fortsatt arbete'; answered in the plan's 'Så tas planen "
          "fram' (granskning 1–22 September 2046, three weeks; antagande in kommunfullmäktige)"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf", drop=(header,),
                producer="samrådsredogörelse exported from Word (sv-SE, 'Sida n av m'): a "
                "four-column table Nr | Yttrande från | Synpunkt | Kommunens kommentar, the "
                "points the promises after 'Beaktas.', 'Noteras' and 'Beaktas inte' rows none, "
                "'3 Fortsatt arbete'; plan the granskningshandling as the municipality's web "
                "page printed with Chromium, an appendix table on page 2", points=g)


# =========================================================================== 4 bekendtgorelse (da)
def lov_pdf(path: Path, *, title: str, crumbs: str, head: list[tuple[str, str]],
            paras: list[tuple], foot: str) -> Path:
    """A regulation as a legal-information web site shows it, printed with Chromium: a crumb
    line, a grey head box (dt/dd), the title, paragraph headings ('§ n.') with their text,
    'Stk. n.' paragraphs and numbered items '1)' … drawn as an indented list of <p>."""
    out = []
    for b in paras:
        if b[0] == "kap":
            out.append(f"<h2>{_h.escape(b[1])}</h2>")
        elif b[0] == "par":
            out.append(f"<p><b>{_h.escape(b[1])}</b> {_h.escape(b[2])}</p>")
        elif b[0] == "stk":
            out.append(f"<p class='stk'><i>{_h.escape(b[1])}</i> {_h.escape(b[2])}</p>")
        elif b[0] == "nr":
            out.append("".join(f"<p class='nr'>{_h.escape(n)} {_h.escape(x)}</p>"
                               for n, x in b[1]))
        elif b[0] == "p":
            out.append(f"<p>{_h.escape(b[1])}</p>")
        else:
            raise ValueError(b[0])
    css = ("body{font-family:'DejaVu Serif',serif;font-size:10.5pt;margin:12mm 20mm;"
           "color:#111}.crumbs{font-family:'DejaVu Sans',sans-serif;font-size:8pt;color:#555}"
           ".head{font-family:'DejaVu Sans',sans-serif;background:#eeeeee;padding:6px 10px;"
           "display:grid;grid-template-columns:40mm auto;font-size:8.5pt;margin:6px 0}"
           ".head dt{font-weight:bold}.head dd{margin:0}h1{font-size:15pt;text-align:center}"
           "h2{font-size:11pt;text-align:center;margin:14px 0 6px}p{margin:4px 0}"
           ".stk{text-indent:6mm}.nr{margin:2px 0 2px 12mm}"
           "footer{margin-top:18px;font-family:'DejaVu Sans',sans-serif;font-size:8pt;"
           "color:#666;border-top:1px solid #ccc}")
    page = (f"<!doctype html><html lang='da'><head><meta charset='utf-8'><title>"
            f"{_h.escape(title)}</title><style>{css}</style></head><body>"
            f"<div class='crumbs'>{_h.escape(crumbs)}</div><dl class='head'>"
            + "".join(f"<dt>{_h.escape(k)}</dt><dd>{_h.escape(v)}</dd>" for k, v in head)
            + f"</dl><h1>{_h.escape(title)}</h1>" + "".join(out)
            + f"<footer>{_h.escape(foot)}</footer></body></html>")
    with tempfile.TemporaryDirectory(prefix="mblind30-lov-") as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(page, encoding="utf-8")
        chromium_pdf(src, path)
    return path


@pair
def bekendtgorelse(d: Path) -> dict:
    nr = [
        ("1)", "en redegørelse for de vandværker og boringer, som planen omfatter,"),
        ("2)", "en vurdering af den fremtidige vandindvinding i indsatsområdet,"),
        ("3)", "en prioriteret liste over de indsatser, der skal gennemføres for at beskytte "
               "grundvandet,"),
        ("4)", "en tidsplan for gennemførelsen af indsatserne og"),
        ("5)", "en angivelse af, hvem der er ansvarlig for hver indsats, og hvordan indsatsen "
               "finansieres."),
    ]
    n = {k: v.rstrip(",.").removesuffix(" og") for k, v in nr}
    s1 = "Indsatsplanen skal beskrive, hvordan indsatsernes virkning overvåges."
    s2 = ("Forslag til indsatsplan skal offentliggøres og sendes i høring i mindst 12 uger, "
          "før kommunalbestyrelsen vedtager planen.")
    s3 = ("Kommunalbestyrelsen skal drøfte forslaget med et koordinationsforum med deltagelse "
          "af de berørte vandforsyninger og landbrugets organisationer, inden forslaget "
          "sendes i høring.")
    paras = [
        ("kap", "Kapitel 1 Anvendelsesområde"),
        ("par", "§ 1.", "Bekendtgørelsen gælder for indsatsplaner for områder med særlige "
                        "drikkevandsinteresser og indvindingsoplande til almene vandværker, "
                        "hvor Miljøstyrelsen har udpeget indsatsområder."),
        ("kap", "Kapitel 2 Indsatsplanens indhold"),
        ("par", "§ 2.", "Kommunalbestyrelsen udarbejder en indsatsplan for hvert indsatsområde, "
                        "som Miljøstyrelsen har udpeget i kommunen."),
        ("par", "§ 3.", "En indsatsplan skal indeholde:"),
        ("nr", nr),
        ("stk", "Stk. 2.", s1),
        ("par", "§ 4.", "Miljøstyrelsen stiller resultaterne af grundvandskortlægningen til "
                        "rådighed for kommunalbestyrelsen og vejleder om udarbejdelsen af "
                        "indsatsplaner."),
        ("kap", "Kapitel 3 Procedure"),
        ("par", "§ 5.", s2),
        ("stk", "Stk. 2.", s3),
        ("par", "§ 6.", "Vandforsyningerne afholder udgifterne til de indsatser, som de efter "
                        "planen er ansvarlige for."),
        ("kap", "Kapitel 4 Ikrafttræden"),
        ("par", "§ 7.", "Bekendtgørelsen træder i kraft den 1. juli 2045."),
        ("p", "Miljøministeriet, den 20. juni 2045"),
    ]
    lov_pdf(d / "mandate.pdf", title="Bekendtgørelse om indsatsplaner for beskyttelse af "
            "grundvandet", crumbs="Retsinformation › Miljø › Vandforsyning › Bekendtgørelser",
            head=[("Dokument", "BEK nr. 8812 af 20/06/2045"), ("Ministerium",
                  "Miljøministeriet"), ("Status", "Gældende"),
                  ("Hjemmel", "Lov om vandforsyning m.v. § 13")],
            paras=paras, foot="Retsinformation · Udskrevet fra den officielle lovsamling. "
            "Kun den kundgjorte tekst er gyldig.")
    p = [
        ("title", "Indsatsplan for grundvandsbeskyttelse – Kildeby Nord 2046–2056"),
        ("meta", "Kildeby Kommune · Natur og Vand · Vedtaget af byrådet den 22. oktober 2046"),
        ("h1", "1 Indledning"),
        ("p", "Miljøstyrelsen har udpeget Kildeby Nord som indsatsområde. Kortlægningen viser, "
              "at grundvandet under de nordlige marker er sårbart over for nitrat og "
              "sprøjtemidler."),
        ("h1", "2 Vandindvinding i dag"),
        ("p", "De tre vandværker indvandt i 2045 i alt 1,2 mio. m³ grundvand. Resultaterne fra "
              "den nationale grundvandsovervågning er brugt i kortlægningen."),
        ("h1", "3 Indsatser"),
        ("p", "Kommunen og vandværkerne gennemfører disse indsatser:"),
        ("table", ["Indsats", "Periode", "Ansvarlig", "Finansiering"],
         [["Aftaler med lodsejere om dyrkning uden sprøjtemidler på 240 ha",
           "2047–2050", "Vandværkerne", "Vandtaksten"],
          ["Sløjfning af 35 ubenyttede private boringer", "2047–2048", "Kildeby Kommune",
           "Kommunens miljøbudget"],
          ["Skovrejsning på 60 ha ved Hestehave Kildeplads", "2048–2052",
           "Kildeby Vandværk", "Vandtaksten og statstilskud"]], [60, 22, 35, 45]),
        ("h1", "4 Høring"),
        ("p", "Forslaget til indsatsplan blev offentliggjort den 3. februar 2046 og var i "
              "høring til og med den 28. april 2046. Der kom ti høringssvar."),
        ("break",),
        ("h1", "Bilag 1 Vandværker og boringer"),
        ("table", ["Vandværk", "Boringer", "Tilladelse (m³/år)"],
         [["Kildeby Vandværk", "DGU 88.1021, 88.1022, 88.1187", "700.000"],
          ["Nørre Kildeby Vandværk", "DGU 88.0954, 88.1203", "350.000"],
          ["Hestehave Vandværk", "DGU 88.1311", "200.000"]], [55, 65, 40]),
    ]
    running = "Kildeby Kommune · Indsatsplan Kildeby Nord"
    build_rl_pdf(d / "plan.pdf", title="Indsatsplan for grundvandsbeskyttelse – Kildeby Nord",
                 author="Kildeby Kommune", creator="Kildeby Kommune, Natur og Vand",
                 running=running, blocks=p, page_word="Side")
    g = [
        P("3.1", n["1)"], "content", "covered", ev="DGU 88.1021",
          trap="an item of a BEKENDTGØRELSE's '§ 3. En indsatsplan skal indeholde:' (printed "
          "from a legal-information web page), numbered `3.n` for nr. n, text the item without "
          "'1)' and without the closing comma / 'og'. Answered ONLY in 'Bilag 1 Vandværker og "
          "boringer' on page 2 (the body names 'De tre vandværker' and nothing more)"),
        P("3.2", n["2)"], "content", "uncovered",
          trap="only today's figure ('indvandt i 2045 i alt 1,2 mio. m³'); no assessment of the "
          "future indvinding"),
        P("3.3", n["3)"], "content", "partial", ev="Kommunen og vandværkerne gennemfører",
          missing=["prioriteringen af indsatserne (listen er ikke prioriteret)"],
          trap="a list of three indsatser, not prioritised"),
        P("3.4", n["4)"], "content", "covered", ev="2047–2050",
          trap="answered in the 'Periode' column of the indsats table (in other words)"),
        P("3.5", n["5)"], "content", "covered", ev="Kommunens miljøbudget",
          trap="answered in the 'Ansvarlig' and 'Finansiering' columns of the same table. "
          "§ 6 (the vandforsyninger pay) states who pays under the law: none"),
        P("S1", s1, "content", "uncovered",
          trap="'Stk. 2.' of § 3, a requirement without a number; shared words only: 'den "
          "nationale grundvandsovervågning' is used for the mapping, nothing on monitoring "
          "the indsatser's effect. § 4 (Miljøstyrelsen's kortlægning and guidance) is another "
          "body's duty: none"),
        P("S2", s2, "process", "covered", ev="Forslaget til indsatsplan blev offentliggjort",
          trap="§ 5: answered in other words in '4 Høring' (3 February to 28 April 2046, twelve weeks "
          "to the day, before the byråd's vedtagelse on 22 October)"),
        P("S3", s3, "process", "uncovered",
          trap="§ 5 stk. 2: no koordinationsforum in the plan (only 'ti høringssvar'). § 1, "
          "§ 2 (the duty to make the plan), § 7 and the date line are none"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf", drop=(),
                producer="bekendtgørelse as a legal-information web site shows it, printed "
                "with Chromium: a head box, Kapitel headings, '§ n.' paragraphs, 'Stk. 2.' "
                "paragraphs and the items '1)' … '5)' of § 3 as indented paragraphs; plan laid "
                "out with reportlab ('Side n'), an indsats table on page 1 and 'Bilag 1' on "
                "page 2", points=g)


# =========================================================================== 5 cemp (en)
@pair
def cemp(d: Path) -> dict:
    lead = ("No development shall take place until a Construction Environmental Management Plan "
            "(CEMP) has been submitted to and approved in writing by the Local Planning "
            "Authority.")
    items = [
        ("(a)", "the routing of construction vehicles to and from the site, which shall avoid "
                "Mill Lane;"),
        ("(b)", "the location of parking for site operatives and visitors;"),
        ("(c)", "wheel-washing facilities;"),
        ("(d)", "measures to control the emission of dust and dirt during construction;"),
        ("(e)", "noise and vibration monitoring at the nearest houses in Orchard Close;"),
        ("(f)", "the name of a community liaison contact and a procedure for recording and "
                "responding to complaints."),
    ]
    it = {k.strip("()"): v.rstrip(";.") for k, v in items}
    m = [
        ("meta", "ASHVALE BOROUGH COUNCIL · Planning and Building Control · Civic Offices, "
                 "Market Street, Ashvale"),
        ("title", "Decision Notice: Grant of Planning Permission"),
        ("meta", "Town and Country Planning Act 1990 · Town and Country Planning General "
                 "Regulations 1992, Regulation 3"),
        ("table", ["Application no.", "Site", "Proposal", "Applicant"],
         [["AB/45/0871/R3", "Ashvale Highways Depot, Station Road, Ashvale",
           "Demolition of the existing depot buildings and erection of a highways depot with a "
           "salt barn, workshop, offices and parking",
           "Ashvale Borough Council (Property Services)"]], [28, 40, 62, 30]),
        ("p", "Ashvale Borough Council, as Local Planning Authority, GRANTS planning permission "
              "for the development described above, subject to the following conditions."),
        ("h2", "Conditions"),
        ("p", "1. The development hereby permitted shall begin not later than three years from "
              "the date of this decision."),
        ("p", "<i>Reason: To comply with section 91 of the Town and Country Planning Act "
              "1990.</i>"),
        ("p", "2. The development shall be carried out in accordance with the approved "
              "drawings listed in the schedule below."),
        ("p", "3. Construction work shall take place only between 08:00 and 18:00 on Mondays to "
              "Fridays and 08:00 and 13:00 on Saturdays, and not at all on Sundays or bank "
              "holidays."),
        ("p", "<i>Reason: To protect the amenity of nearby residents.</i>"),
        ("p", "4. No external lighting shall be installed until details have been approved in "
              "writing by the Local Planning Authority."),
        ("p", "5. " + lead + " The CEMP shall include:"),
        *[("p", f"{k} {v}") for k, v in items],
        ("p", "The approved CEMP shall be adhered to throughout the construction period."),
        ("p", "<i>Reason: To protect the amenity of residents in Orchard Close and Mill Lane "
              "and highway safety during construction. This is a pre-commencement condition "
              "because the impacts arise from the start of work.</i>"),
        ("p", "6. The oak trees T3 and T4 shown on the tree survey shall be retained and "
              "protected by fencing during construction."),
        ("h2", "Informatives"),
        ("p", "The applicant is reminded that a separate permit is required for any "
              "temporary closure of Station Road."),
        ("p", "Date of decision: 14 January 2046 · Signed: Helen Marsh, Head of Planning"),
    ]
    running = "Ashvale Borough Council · Decision Notice AB/45/0871/R3"
    build_rl_pdf(d / "mandate.pdf", title="Decision Notice AB/45/0871/R3",
                 author="Ashvale Borough Council", creator="Ashvale Borough Council planning "
                 "system", running=running, blocks=m, page_word="Page")
    p = [
        ("title", "Construction Environmental Management Plan"),
        ("meta", "Ashvale Highways Depot, Station Road · Planning permission AB/45/0871/R3 · "
                 "Revision B, March 2046"),
        ("h1", "1 Purpose"),
        ("p", "This CEMP sets out how the depot will be built with as little disturbance as "
              "possible to neighbours, road users and the environment. It was submitted to the "
              "Local Planning Authority on 2 March 2046 to discharge condition 5 and was "
              "approved in writing on 30 March 2046, before work starts on site in May."),
        ("h1", "2 Construction traffic"),
        ("p", "Deliveries will arrive from the A614 and enter the site from Station Road. "
              "Drivers will be given a route map with their delivery booking."),
        ("h1", "3 Keeping the roads clean"),
        ("p", "A jet-wash bay at the site exit will clean the wheels and underside of every "
              "lorry before it joins Station Road, and a road sweeper will be on call."),
        ("h1", "4 Dust"),
        ("p", "Haul roads will be damped down with a water bowser in dry weather, stockpiles "
              "will be sheeted, and no cutting will be done without water suppression."),
        ("h1", "5 Noise"),
        ("p", "Noisy work will only take place within the hours set by condition 3, and "
              "generators will be fitted with silencers."),
        ("h1", "6 Neighbours"),
        ("p", "The site manager, Dan Pearce, is the community liaison contact. His phone "
              "number is shown on the site hoarding and in a letter to houses in Orchard "
              "Close and Mill Lane."),
        ("h1", "7 Trees"),
        ("p", "The oak trees T3 and T4 are fenced off with protective fencing before any "
              "machinery arrives."),
        ("break",),
        ("h1", "Appendix: Site set-up"),
        ("table", ["Area", "Use", "Notes"],
         [["Compound A (north)", "Site office, welfare cabins", "Fenced, lit at night"],
          ["Compound B (east)", "Parking for site operatives and visitors, 24 spaces",
           "No parking on Station Road"],
          ["Compound C (south)", "Materials storage", "Stockpiles sheeted"]], [45, 70, 45]),
    ]
    header = "Ashvale Borough Council · CEMP Ashvale Highways Depot"
    _b20.build_pdf_l(p, d / "plan.pdf", word_lang="en", title="Construction Environmental "
                     "Management Plan – Ashvale Highways Depot", author="Ashvale Borough "
                     "Council", header=header, lang="en-GB")
    g = [
        P("a", it["a"], "content", "partial", ev="Deliveries will arrive from the A614",
          missing=["that construction vehicles keep out of Mill Lane"],
          trap="an item (a)–(f) of the CEMP condition in a DECISION NOTICE granting planning "
          "permission, numbered by its letter, text the item without the closing ';'. Only "
          "condition 5's items are points: conditions 1–4 and 6, the reasons, the informative "
          "and 'The approved CEMP shall be adhered to …' (carrying out, not the plan) are none. "
          "A route from the A614, but nothing to keep lorries out of Mill Lane"),
        P("b", it["b"], "content", "covered", ev="Parking for site operatives and visitors",
          trap="answered ONLY in the appendix table 'Appendix: Site set-up' on page 2 "
          "(Compound B)"),
        P("c", it["c"], "content", "covered", ev="A jet-wash bay at the site exit",
          trap="answered in other words (jet-wash bay)"),
        P("d", it["d"], "content", "covered", ev="Haul roads will be damped down",
          trap="answered in other words (damping down, sheeting, water suppression)"),
        P("e", it["e"], "content", "uncovered",
          trap="shared words only: '5 Noise' answers condition 3 (hours, a non-point) and "
          "silencers; no monitoring of noise or vibration at Orchard Close"),
        P("f", it["f"], "content", "partial", ev="The site manager, Dan Pearce",
          missing=["a procedure for recording and responding to complaints"],
          trap="a named contact, nothing on complaints. The plan's '7 Trees' answers "
          "condition 6, a non-point"),
        P("S1", lead, "process", "covered", ev="This CEMP sets out how the depot",
          trap="the condition's lead sentence: submit the CEMP and have it approved before "
          "development; answered in '1 Purpose' (submitted 2 March, approved 30 March 2046, "
          "work in May)"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf", drop=(running,),
                producer="planning decision notice printed by the council's planning system "
                "(reportlab, 'Page n'): an application table, conditions typed '1. ' … '6. ' "
                "with italic reasons, condition 5 the CEMP condition with items '(a)' … '(f)' "
                "as paragraphs, an informative; plan exported from Word (en-GB, 'Page n of m'), "
                "an appendix table on page 2", points=g)


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, or --verify them (pairkit.mandates_main)."""
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder="corpora/mandates-blind30/make_pairs.py")


if __name__ == "__main__":
    main(sys.argv[1:])
