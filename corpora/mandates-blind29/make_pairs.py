"""Build the twenty-ninth blind batch of mandate/plan pairs under corpora/mandates-blind29/ and their gold.

Written on 2026-12-05 without reading plancheck's code, from how mandates are really delivered:
a bokmål MØTEPROTOKOLL with an INTERPELLASJON answered by the ordfører and OVERSENDELSESFORSLAG
voted on (printed by a case system, reportlab), whose points are the forslag that were sent to the
kommunedirektør (one fell, one was withdrawn); a nynorsk UTTALE FRÅ SIVILOMBODET (Word → PDF)
whose points are the "Ombodet ber kommunen om å …" sentences in the conclusion, among findings;
a Swedish nämnd VERKSAMHETSPLAN (Writer → PDF) whose table 'Nämndens uppdrag till förvaltningen'
(Nr | Verksamhet | Uppdrag | Återrapportering) gives the library's uppdrag, with rows for other
verksamheter that are none; an English LOCAL GOVERNMENT AND SOCIAL CARE OMBUDSMAN final decision
(web page printed with Chromium) whose 'Agreed action' groups the remedies by deadline; and a
Danish SAMARBEJDSAFTALE between a region and a kommune (reportlab) whose 'Kommunen / Parterne
forpligter sig til at …' clauses are the points and whose 'Regionen forpligter sig …' clauses
are none.

    python corpora/mandates-blind29/make_pairs.py               # all pairs
    python corpora/mandates-blind29/make_pairs.py --verify      # gold quotes against pdftotext

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


# =========================================================================== 1 interpellasjon (nb)
@pair
def interpellasjon(d: Path) -> dict:
    f = {
        "1": "Kommunedirektøren bes om å prioritere brøyting og strøing av fortau og gangveger "
             "ved skoler, sykehjem og legesenteret, slik at de er ryddet og strødd før kl. 07.00.",
        "2": "Kommunedirektøren bes om å utrede kostnadene ved å strø med grus blandet med salt "
             "i stedet for ren grus på fortauene i sentrum.",
        "3": "Kommunedirektøren bes om å dele ut gratis strøsand til alle husstander med "
             "innbyggere over 67 år.",
        "4": "Kommunedirektøren bes om å innføre en ordning der innbyggerne kan melde fra om "
             "glatte fortau og få svar på når det blir strødd.",
        "5": "Kommunedirektøren bes om å legge varmekabler i Tindstadbakken.",
        "6": "Kommunedirektøren bes om å sørge for at kommunens brøyteentreprenører har "
             "strøberedskap også lørdag og søndag.",
        "7": "Kommunedirektøren bes om å sette ut strøkasser ved bratte bakker og trapper i "
             "sentrum og sørge for at de blir fylt opp jevnlig.",
        "8": "Kommunedirektøren bes om å legge fram en revidert brøyte- og strøplan for hovedutvalg "
             "for teknikk og miljø innen 1. oktober 2045.",
    }
    m = [
        ("meta", "TINDSTAD KOMMUNE · Møteprotokoll · Kommunestyret"),
        ("meta", "Møtested: Kommunestyresalen, Tindstad rådhus · Møtedato: 13.03.2045 · Tid: "
                 "16:00–21:40"),
        ("meta", "Til stede: 33 av 35 representanter · Fra administrasjonen: kommunedirektør "
                 "Trond Haug"),
        ("title", "PS 19/45 Interpellasjon fra Kari Lunde (Sp) om glatte fortau og fallskader"),
        ("h2", "Interpellasjonen"),
        ("p", "Vinteren 2044/45 har legevakten behandlet 61 fallskader på glatte fortau og "
              "gangveger i Tindstad, mot 38 vinteren før. Mange av dem som har falt, er eldre. "
              "Fortauene blir ofte brøytet etter at bilvegene er ferdige, og på flere strekninger "
              "blir det ikke strødd før langt på dag."),
        ("p", "Jeg vil spørre ordføreren: Hvordan vil ordføreren sikre at fotgjengerne i "
              "Tindstad kan ferdes trygt om vinteren? Og er ordføreren villig til å se på om "
              "fortauene bør prioriteres foran bilvegene?"),
        ("h2", "Ordførerens svar"),
        ("p", "Ordfører Hilde Sørli svarte at kommunen tar fallskadene på alvor. Brøyte- og "
              "strøplanen er fra 2019 og skal revideres. Ordføreren viste til at vintervedlikeholdet "
              "i sentrum er satt ut til to entreprenører, og at kontraktene løper til 2047. Hun "
              "mente at fortau ved skoler og sykehjem allerede i dag blir prioritert, men at "
              "rutinene kan bli bedre."),
        ("h2", "Debatt"),
        ("p", "Følgende representanter hadde ordet: Kari Lunde (Sp), Ola Myrvang (SV), Ida "
              "Brekke (H), Per Hovde (FrP), Lise Tangen (Ap) og ordføreren."),
        ("h2", "Forslag fremmet i møtet"),
        ("p", "Følgende forslag ble fremmet som oversendelsesforslag:"),
        *[("p", f"<b>Forslag {k}</b> fra {who}: {f[k]}")
          for k, who in [("1", "Kari Lunde (Sp)"), ("2", "Kari Lunde (Sp)"),
                         ("3", "Per Hovde (FrP)"), ("4", "Ola Myrvang (SV)"),
                         ("5", "Ola Myrvang (SV)"), ("6", "Ida Brekke (H)"),
                         ("7", "Lise Tangen (Ap)"), ("8", "Kari Lunde (Sp)")]],
        ("h2", "Votering"),
        ("p", "Interpellasjonen ble besvart. Det ble votert over om forslagene skulle "
              "oversendes kommunedirektøren uten realitetsbehandling."),
        ("p", "Forslag 1, 2, 4, 6, 7 og 8 ble enstemmig oversendt kommunedirektøren."),
        ("p", "Forslag 3 fikk 9 stemmer (FrP, KrF) og falt."),
        ("p", "Forslag 5 ble trukket av forslagsstilleren før voteringen."),
        ("h2", "KS-019/45 Vedtak"),
        ("p", "Interpellasjonen er besvart. Forslag 1, 2, 4, 6, 7 og 8 oversendes "
              "kommunedirektøren."),
    ]
    running = "Tindstad kommune · Kommunestyret 13.03.2045 · Møteprotokoll"
    build_rl_pdf(d / "mandate.pdf", title="Møteprotokoll kommunestyret 13.03.2045 – PS 19/45",
                 author="Tindstad kommune", creator="Tindstad kommune, politisk sekretariat",
                 running=running, blocks=m, page_word="Side")
    p = [
        ("title", "Brøyte- og strøplan for fortau og gang- og sykkelveger 2045–2049"),
        ("meta", "Tindstad kommune · Kommunalteknikk · Revidert plan, september 2045"),
        ("h1", "1 Bakgrunn"),
        ("p", "Planen erstatter brøyte- og strøplanen fra 2019. Den følger opp interpellasjonen "
              "om glatte fortau i kommunestyret 13. mars 2045 og forslagene som ble oversendt "
              "kommunedirektøren."),
        ("h1", "2 Rekkefølge"),
        ("p", "Fortau og gangveger til skolene, sykehjemmene og Tindstad legesenter er "
              "prioritet 1. De skal være brøytet og strødd innen kl. 06.45 hver dag, før "
              "bilvegene i boligfeltene."),
        ("h1", "3 Strømidler"),
        ("p", "Fortauene strøs med ren grus (0–4 mm). Hva det vil koste å gå over til "
              "saltblandet grus i sentrum, vurderes i forbindelse med budsjettet for 2047."),
        ("h1", "4 Informasjon til innbyggerne"),
        ("p", "Brøytekartet på kommunens nettside viser hvor brøytebilene har vært det siste "
              "døgnet. Innbyggerne kan også følge kommunen på Facebook for driftsmeldinger."),
        ("h1", "5 Strøkasser og strøsand"),
        ("p", "Det settes ut strøkasser ved Tindstadbakken, trappene ved Torget og bakken opp "
              "til kirken. Alle kan hente gratis strøsand til eget bruk ved kommunalteknikks "
              "lager på Moen."),
        ("h1", "6 Behandling"),
        ("p", "Den reviderte planen ble lagt fram for hovedutvalg for teknikk og miljø i møte "
              "24. september 2045 (sak 31/45), før vintersesongen."),
        ("h1", "Vedlegg 1 Beredskap og ansvar"),
        ("table", ["Område", "Hverdager", "Lørdag og søndag", "Ansvarlig"],
         [["Sentrum, fortau og gangveger", "Entreprenør A, fra kl. 04.00",
           "Strøvakt hos entreprenør A fra kl. 05.00, utrykning ved melding fra kommunen",
           "Driftsleder veg"],
          ["Boligfeltene", "Entreprenør B, fra kl. 05.00",
           "Strøvakt hos entreprenør B fra kl. 06.00", "Driftsleder veg"],
          ["Skoleveger", "Kommunalteknikk", "Ved behov", "Driftsleder veg"]],
         [40, 40, 55, 30]),
    ]
    _b20.odt_to_pdf(p, d / "plan.pdf", title="Brøyte- og strøplan for fortau og gang- og "
                    "sykkelveger 2045–2049", lang="nb")
    g = [
        P("1", f["1"], "content", "covered", ev="Fortau og gangveger til skolene",
          trap="an OVERSENDELSESFORSLAG after an INTERPELLASJON in a kommunestyre's "
          "møteprotokoll, numbered by 'Forslag n', text the forslag without 'Forslag n fra … :'; "
          "only the forslag 'oversendt kommunedirektøren' in the votering are points. Answered "
          "in other words (prioritet 1, innen kl. 06.45)"),
        P("2", f["2"], "content", "uncovered",
          trap="COST answered only by a deferral: 'Hva det vil koste å gå over til saltblandet "
          "grus i sentrum, vurderes i forbindelse med budsjettet for 2047'"),
        P("4", f["4"], "content", "uncovered",
          trap="shared words only: 'Informasjon til innbyggerne' — the brøytekart shows where "
          "the ploughs have been; no way to melde fra om glatte fortau and no svar. Forslag 3 "
          "(gratis strøsand to those over 67) fell in the votering and is none; the plan's "
          "'gratis strøsand til eget bruk' answers a non-point. Forslag 5 (varmekabler) was "
          "withdrawn: none"),
        P("6", f["6"], "content", "covered", ev="Strøvakt hos entreprenør A",
          trap="answered ONLY in the appendix table 'Vedlegg 1 Beredskap og ansvar' (column "
          "'Lørdag og søndag', strøvakt hos both entreprenører)"),
        P("7", f["7"], "content", "partial", ev="Det settes ut strøkasser",
          missing=["hvem som fyller opp strøkassene, og hvor ofte"],
          trap="strøkasser at three places, but nothing on filling them up jevnlig"),
        P("8", f["8"], "process", "covered", ev="Den reviderte planen ble lagt fram",
          trap="a process forslag (lay the revised plan before the hovedutvalg by 1 October); "
          "answered in the plan's process chapter 'Behandling' (24 September 2045). The "
          "interpellant's questions, the ordfører's answer and the vedtak line are none"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf", drop=(running,),
                producer="kommunestyre's møteprotokoll printed by the case system (reportlab, "
                "'Side n'): an interpellasjon, the ordfører's answer, eight oversendelsesforslag "
                "'Forslag n fra …:' in bold, a votering in which six were sent to the "
                "kommunedirektør, one fell and one was withdrawn; plan written in Writer and "
                "exported by LibreOffice, an appendix table at the end", points=g)


# =========================================================================== 2 ombod (nn)
@pair
def ombod(d: Path) -> dict:
    b = [
        "Ombodet ber kommunen om å vurdere på nytt om A har krav på reduksjon av "
        "byggjesaksgebyret etter byggesaksforskrifta § 7-6.",
        "Ombodet ber kommunen om å sørgje for at byggjesaker blir avgjorde innan fristane i "
        "plan- og bygningslova.",
        "Ombodet ber kommunen om å gi søkjaren førebels svar når ei sak ikkje kan avgjerast "
        "innan fristen, med grunngiving og kva tid søkjaren kan vente vedtak.",
        "Ombodet ber kommunen om å gå gjennom rutinane for journalføring, slik at alle "
        "innkomne dokument i byggjesaker blir journalførte utan ugrunna opphald.",
        "Ombodet ber kommunen om å sjå til at klager på vedtak i byggjesaker blir førebudde og "
        "sende til Statsforvaltaren utan unødig opphald.",
    ]
    s1 = ("Vi ber om å bli orienterte om kva kommunen har gjort i saka til A og med "
          "rutinane sine, innan 1. mars 2046.")
    header = "Sivilombodet · Uttale i sak 2045/2214"
    m = [
        ("meta", "SIVILOMBODET · Postboks 3 Sentrum, 0101 Oslo"),
        ("meta", "Fjellvoll kommune, v/ kommunedirektøren · Vår ref. 2045/2214 · Dato: "
                 "18.11.2045"),
        ("title", "Lang sakshandsamingstid i byggjesak og manglande svar til søkjaren"),
        ("h1", "Samandrag"),
        ("p", "A søkte Fjellvoll kommune om løyve til å byggje eit tilbygg til bustaden sin. Det "
              "tok nesten sju månader før kommunen gjorde vedtak, og A fekk ikkje svar på tre "
              "førespurnader undervegs. Klaga hans på vedtaket låg i kommunen i fem månader "
              "før ho vart send til Statsforvaltaren."),
        ("h1", "Bakgrunnen for saka"),
        ("p", "A sende søknaden 3. februar 2045. Kommunen stadfesta ikkje at søknaden var "
              "komplett, og gjorde vedtak 28. august 2045. Tre e-postar frå A i april, mai og "
              "juni var ikkje journalførte. A klaga på vilkåra i vedtaket 10. september 2045."),
        ("h1", "Sivilombodet si undersøking"),
        ("p", "Vi bad kommunen gjere greie for sakshandsaminga. Kommunen svarte 14. oktober "
              "2045 at byggjesaksavdelinga hadde hatt to ledige stillingar i heile 2045, og at "
              "det no er tilsett ein ny sakshandsamar."),
        ("h1", "Sivilombodet sitt syn på saka"),
        ("h2", "Sakshandsamingstida"),
        ("p", "Etter plan- og bygningslova § 21-7 skal ein søknad om tiltak som dette avgjerast "
              "innan tolv veker. Fristen vart overskriden med meir enn tre månader. Når fristen "
              "blir overskriden, skal byggjesaksgebyret reduserast etter reglane i "
              "byggesaksforskrifta § 7-6."),
        ("h2", "Svar og journalføring"),
        ("p", "Etter forvaltningslova § 11 a skal forvaltninga gi førebels svar når ein "
              "førespurnad ikkje kan svarast på innan ein månad. Dokument som kjem inn, skal "
              "journalførast etter arkivforskrifta."),
        ("h1", "Konklusjon"),
        ("p", "Sivilombodet er kome til at Fjellvoll kommune har brukt for lang tid på "
              "byggjesaka til A, og at dette er i strid med plan- og bygningslova § 21-7. "
              "Kommunen har heller ikkje gitt A førebels svar, og tre av førespurnadene hans er "
              "ikkje journalførte. " + b[0] + " " + b[1]),
        ("p", "Ombodet merkar seg at kommunen har tilsett ein ny sakshandsamar, og at "
              "restansane er redusert sidan i sommar. " + b[2] + " " + b[3]),
        ("p", "Ombodet har ikkje grunnlag for å kritisere vilkåra i vedtaket. " + b[4]),
        ("p", s1),
        ("p", "Ragnhild Vik, sivilombod · Sakshandsamar: Jon Espeland"),
    ]
    _b20.build_pdf_l(m, d / "mandate.pdf", word_lang="nb",
                     title="Uttale – lang sakshandsamingstid i byggjesak (Fjellvoll kommune)",
                     author="Sivilombodet", header=header, lang="nn-NO")
    p = [
        ("meta", "Fjellvoll kommune · Plan, byggjesak og oppmåling · Vedteken av "
                 "kommunedirektøren 16. februar 2046"),
        ("h2", "Kvifor ein tiltaksplan"),
        ("p", "Sivilombodet kom i november 2045 til at kommunen hadde brukt for lang tid på "
              "ei byggjesak. Denne planen viser korleis vi skal få ned sakshandsamingstida og "
              "gi søkjarane betre svar."),
        ("h2", "Fristar"),
        ("p", "Frå januar 2046 har avdelinga fire fulle stillingar som sakshandsamar. Kvar sak "
              "får ein fristdato når ho er komplett, og leiaren går gjennom fristlista kvar "
              "måndag og fordeler saker som står i fare for å gå over fristen."),
        ("h2", "Svar til søkjarane"),
        ("p", "Når vi ser at fristen ikkje kan haldast, sender sakshandsamaren eit brev til "
              "søkjaren og forklarer kvifor saka tek lengre tid."),
        ("h2", "Gebyr"),
        ("p", "Krav om reduksjon av gebyr vil bli vurderte når nytt gebyrregulativ for 2047 er "
              "vedteke."),
        ("h2", "Klagesaker"),
        ("p", "Statsforvaltaren har opplyst at klagesaker i byggjesaker no blir avgjorde innan "
              "tolv veker etter at dei er komne inn dit."),
        ("h2", "Oppmålingsforretningar"),
        ("p", "Oppmålingsforretningar blir haldne innan 16 veker, også om vinteren."),
        ("h2", "Oppfølging av ombodet si uttale"),
        ("p", "Kommunedirektøren sende denne planen og ei utgreiing om saka til A til "
              "Sivilombodet 20. februar 2046."),
        ("break",),
        ("h2", "Vedlegg: Rutinar som er endra"),
        ("table", ["Rutine", "Endring", "Frå"],
         [["Journalføring", "Alle e-postar og brev i byggjesaker blir journalførte same dag "
           "eller neste arbeidsdag av arkivtenesta", "Januar 2046"],
          ["Fristliste", "Vekentleg gjennomgang av leiaren", "Januar 2046"]]),
    ]
    _b20.web_pdf(d / "plan.pdf", title="Tiltaksplan for byggjesakshandsaminga 2046",
                 nav="Fjellvoll kommune · Bygg og eigedom · Byggjesak",
                 foot="Sist oppdatert 20. februar 2046 · Fjellvoll kommune", blocks=p,
                 lang="nn", accent="#2f4f1f")
    g = [
        P("1", b[0], "content", "uncovered",
          trap="an 'Ombodet ber kommunen om å …' sentence inside the conclusion of a "
          "SIVILOMBODET UTTALE, numbered by order; the findings ('Sivilombodet er kome til "
          "at …', 'Kommunen har heller ikkje …'), 'Ombodet merkar seg …' and 'Ombodet har "
          "ikkje grunnlag for å kritisere …' are none. ASSESSMENT answered only by a deferral: "
          "'Krav om reduksjon av gebyr vil bli vurderte når nytt gebyrregulativ for 2047 er "
          "vedteke' (the gebyr rule already exists; A's case is not reassessed)"),
        P("2", b[1], "content", "covered", ev="Frå januar 2046 har avdelinga fire",
          trap="answered in other words (four sakshandsamarar, fristdato, weekly fristliste)"),
        P("3", b[2], "content", "partial", ev="Når vi ser at fristen ikkje kan haldast",
          missing=["kva tid søkjaren kan vente vedtak (brevet forklarer berre kvifor saka tek "
                   "lengre tid)"],
          trap="a letter with the reason, but no expected date"),
        P("4", b[3], "content", "covered", ev="Alle e-postar og brev i byggjesaker",
          trap="answered ONLY in the appendix table 'Vedlegg: Rutinar som er endra' on page "
          "2 (row 'Journalføring')"),
        P("5", b[4], "content", "uncovered",
          trap="ANOTHER BODY reporting ITS work: 'Statsforvaltaren har opplyst at klagesaker … "
          "blir avgjorde innan tolv veker' — the kommune's own step (preparing and sending the "
          "klage without delay) is not planned"),
        P("S1", s1, "process", "covered", ev="Kommunedirektøren sende denne planen",
          trap="the request to be informed, in its own paragraph; answered in the plan's "
          "section 'Oppfølging av ombodet si uttale' (sent 20 February, before 1 March). The "
          "plan's 'Oppmålingsforretningar' answers nothing in the uttale (out of scope)"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf", drop=(header,),
                producer="Sivilombodet's uttale exported from Word (nn, 'Side n av m'): "
                "Samandrag, Bakgrunnen, undersøking, 'Sivilombodet sitt syn på saka' and a "
                "'Konklusjon' whose five 'Ombodet ber kommunen om å …' sentences stand in prose "
                "among findings, a remark and a no-criticism sentence, then the request to be "
                "informed; plan the municipality's web page printed with Chromium, an appendix "
                "table on page 2", points=g)


# =========================================================================== 3 uppdrag (sv)
@pair
def uppdrag(d: Path) -> dict:
    rows = [
        ("1", "Fritid", "Se över fritidsgårdarnas öppettider under skolloven.",
         "Delårsrapport augusti"),
        ("2", "Fritid", "Utreda förutsättningarna för en mötesplats för unga vuxna 18–25 år i "
         "Tjärnbo.", "Nämnden oktober 2046"),
        ("3", "Idrott", "Ta fram en plan för underhåll av kommunens konstgräsplaner.",
         "Nämnden september 2046"),
        ("4", "Bibliotek", "Erbjuda alla förskolor i kommunen bokpåsar och ett besök med "
         "högläsning på biblioteket minst en gång per termin.", "Handlingsplan"),
        ("5", "Bibliotek", "Utreda kostnaden för en bokbuss som besöker skolorna på "
         "landsbygden.", "Handlingsplan"),
        ("6", "Bibliotek", "Anordna lovaktiviteter på biblioteken för barn 6–12 år under "
         "sommarlovet och höstlovet.", "Handlingsplan"),
        ("7", "Bibliotek", "Öka utbudet av barn- och ungdomsböcker på andra modersmål än "
         "svenska, särskilt arabiska, somaliska och dari.", "Handlingsplan"),
        ("8", "Bibliotek", "Samverka med barnavårdscentralerna om språkstimulans för de "
         "yngsta barnen, till exempel genom Bokstart.", "Handlingsplan"),
        ("9", "Kultur", "Ta fram riktlinjer för offentlig konst i nya bostadsområden.",
         "Nämnden december 2046"),
    ]
    u = {n: t for n, _, t, _ in rows}
    s1 = ("Biblioteksuppdragen 4–8 ska redovisas i en handlingsplan för läsfrämjande arbete "
          "bland barn och unga som nämnden antar senast i juni 2046.")
    m = [
        ("meta", "Ljungsåker kommun · Kultur- och fritidsnämnden · Dnr KFN 2045/188"),
        ("title", "Verksamhetsplan 2046 med budget"),
        ("meta", "Antagen av kultur- och fritidsnämnden 2045-12-09, § 112"),
        ("h1", "1 Inledning"),
        ("p", "Verksamhetsplanen beskriver hur kultur- och fritidsnämnden ska arbeta under 2046 "
              "inom ramen för kommunfullmäktiges mål och budget. Nämndens verksamheter är "
              "fritid, idrott, bibliotek och kultur."),
        ("h1", "2 Ekonomi"),
        ("p", "Nämndens budgetram för 2046 är 71,4 miljoner kronor, varav 18,2 miljoner kronor "
              "till biblioteken. Ramen har räknats upp med 2,1 procent."),
        ("h1", "3 Nämndens uppdrag till förvaltningen"),
        ("p", "Nämnden ger förvaltningen följande uppdrag för 2046. Kolumnen Återrapportering "
              "anger när och hur uppdraget ska redovisas till nämnden."),
        ("table", ["Nr", "Verksamhet", "Uppdrag", "Återrapportering"],
         [list(r) for r in rows], [10, 24, 96, 34]),
        ("p", s1 + " Övriga uppdrag återrapporteras enligt tabellen."),
        ("h1", "4 Uppföljning"),
        ("p", "Nämnden följer upp verksamhetsplanen i delårsrapporten per augusti och i "
              "verksamhetsberättelsen."),
    ]
    header = "Ljungsåker kommun · Kultur- och fritidsnämnden"
    _b20.build_pdf_l(m, d / "mandate.pdf", word_lang="sv",
                     title="Verksamhetsplan 2046 – kultur- och fritidsnämnden",
                     author="Ljungsåker kommun", header=header, lang="sv-SE")
    p = [
        ("title", "Handlingsplan för läsfrämjande arbete bland barn och unga 2046–2048"),
        ("meta", "Ljungsåker kommun · Biblioteken i Ljungsåker · Antagen av kultur- och "
                 "fritidsnämnden 2046-06-11, § 58"),
        ("h1", "1 Bakgrund"),
        ("p", "Barn som läser och får höra högläsning utvecklar ett rikare språk. Nämnden gav i "
              "verksamhetsplanen 2046 förvaltningen flera uppdrag om bibliotekens arbete med "
              "barn och unga. Handlingsplanen visar hur biblioteken arbetar med dem."),
        ("h1", "2 Förskolan"),
        ("p", "Varje förskoleavdelning får låna en bokpåse med tio böcker och besöker "
              "biblioteket för sagostund och högläsning på hösten och på våren."),
        ("h1", "3 Landsbygden"),
        ("p", "Frågan om en bokbuss tas upp i budgetarbetet inför 2048."),
        ("h1", "4 Lov"),
        ("p", "Under sommarlovet erbjuder biblioteken Sommarläsning för barn 6–12 år med "
              "boktips, skrivarverkstad och avslutningsfest i augusti. Under höstlovet "
              "ordnar fritidsgårdarna i Tjärnbo och Källmora aktiviteter för mellanstadiebarn."),
        ("h1", "5 De yngsta barnen"),
        ("p", "Barnavårdscentralen i Källmora ligger i samma hus som biblioteket, och många "
              "föräldrar med små barn hittar till oss."),
        ("h1", "6 Så har planen tagits fram"),
        ("p", "Planen har tagits fram av barnbibliotekarierna tillsammans med förskolan och "
              "skolan och antogs av kultur- och fritidsnämnden den 11 juni 2046. Den följs upp "
              "i verksamhetsberättelsen."),
        ("h1", "Bilaga Medieinköp 2046"),
        ("table", ["Medier", "Språk", "Antal titlar"],
         [["Bilderböcker och kapitelböcker", "Svenska", "420"],
          ["Bilderböcker, kapitelböcker och ungdomsromaner på modersmål",
           "Arabiska, somaliska, dari, tigrinja", "160 (2045: 40)"],
          ["Ljudböcker för barn", "Svenska, arabiska", "90"]], [70, 55, 35]),
    ]
    _b20.odt_to_pdf(p, d / "plan.pdf", title="Handlingsplan för läsfrämjande arbete bland "
                    "barn och unga 2046–2048", lang="sv")
    g = [
        P("4", u["4"], "content", "covered", ev="Varje förskoleavdelning får låna",
          trap="a row of the table 'Nämndens uppdrag till förvaltningen' (Nr | Verksamhet | "
          "Uppdrag | Återrapportering) in a nämnd's VERKSAMHETSPLAN, numbered by 'Nr', text the "
          "Uppdrag cell; only the Bibliotek rows (4–8) are points, as the sentence after the "
          "table says; rows 1–3 and 9 (Fritid, Idrott, Kultur) are none. Answered in other "
          "words (bokpåse per avdelning, besök på hösten och på våren)"),
        P("5", u["5"], "content", "uncovered",
          trap="COST answered only by a deferral: 'Frågan om en bokbuss tas upp i "
          "budgetarbetet inför 2048' (no utredning of the cost)"),
        P("6", u["6"], "content", "partial", ev="Under sommarlovet erbjuder biblioteken",
          missing=["lovaktiviteter på biblioteken under höstlovet (planen nämner bara "
                   "fritidsgårdarnas aktiviteter)"],
          trap="sommarlov only; for höstlov ANOTHER BODY reports ITS work (the fritidsgårdar, "
          "not the library)"),
        P("7", u["7"], "content", "covered", ev="Bilderböcker, kapitelböcker och ungdomsromaner",
          trap="answered ONLY in the appendix table 'Bilaga Medieinköp 2046' at the end (160 "
          "titles on modersmål, 40 in 2045)"),
        P("8", u["8"], "content", "uncovered",
          trap="shared words only: 'Barnavårdscentralen i Källmora ligger i samma hus som "
          "biblioteket' — no samverkan, no språkstimulans, no Bokstart"),
        P("S1", s1, "process", "covered", ev="Planen har tagits fram av barnbibliotekarierna",
          trap="the sentence after the table; answered in the plan's process chapter 'Så har "
          "planen tagits fram' (antagen 11 juni 2046). The Återrapportering column, the "
          "'Övriga uppdrag återrapporteras …' clause and '4 Uppföljning' are none"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf", drop=(header,),
                producer="nämnd's verksamhetsplan exported from Word (sv-SE, 'Sida n av m'): "
                "a table 'Nämndens uppdrag till förvaltningen' (Nr | Verksamhet | "
                "Uppdrag | Återrapportering) of nine uppdrag, five for the library, and the "
                "sentence after it sending those five to a handlingsplan; plan written in "
                "Writer and exported by LibreOffice, an appendix table at the end", points=g)


# =========================================================================== 4 ombudsman (en)
def decision_pdf(path: Path, *, title: str, crumbs: str, blocks: list[tuple]) -> Path:
    """An ombudsman's decision as published on its website and printed with Chromium: a
    breadcrumb, the title, a grey box of key facts (dt/dd), headings, paragraphs and bullet
    lists (<ul>, the bullets drawn by the browser), a footer line."""
    out = []
    for b in blocks:
        if b[0] in ("h2", "p"):
            out.append(f"<{b[0]}>{_h.escape(b[1])}</{b[0]}>")
        elif b[0] == "facts":
            out.append("<dl class='facts'>" + "".join(
                f"<dt>{_h.escape(k)}</dt><dd>{_h.escape(v)}</dd>" for k, v in b[1]) + "</dl>")
        elif b[0] == "ul":
            out.append("<ul>" + "".join(f"<li>{_h.escape(x)}</li>" for x in b[1]) + "</ul>")
        else:
            raise ValueError(b[0])
    css = ("body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:12mm 18mm;"
           "color:#1d1d1b}.crumbs{font-size:8pt;color:#555}h1{font-size:18pt;color:#5b1f69;"
           "margin:8px 0}h2{font-size:13pt;color:#5b1f69;margin:16px 0 4px}"
           ".facts{background:#f1eef3;padding:6px 10px;display:grid;grid-template-columns:"
           "38mm auto;font-size:9pt;margin:6px 0}.facts dt{font-weight:bold}.facts dd{margin:0}"
           "ul{margin:4px 0 8px;padding-left:7mm}li{margin:3px 0}"
           "footer{margin-top:20px;font-size:8pt;color:#666;border-top:1px solid #ccc}")
    page = (f"<!doctype html><html lang='en-GB'><head><meta charset='utf-8'><title>"
            f"{_h.escape(title)}</title><style>{css}</style></head><body>"
            f"<div class='crumbs'>{_h.escape(crumbs)}</div><h1>{_h.escape(title)}</h1>"
            + "".join(out) + "<footer>Local Government and Social Care Ombudsman · Decisions "
            "are published without the names of the people involved.</footer></body></html>")
    with tempfile.TemporaryDirectory(prefix="mblind29-decision-") as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(page, encoding="utf-8")
        chromium_pdf(src, path)
    return path


@pair
def ombudsman(d: Path) -> dict:
    one = [
        "apologise to Mr X for the distress caused by the repeated missed assisted "
        "collections;",
        "pay Mr X £250 to recognise the distress and the time and trouble he was put to.",
    ]
    three = [
        "review the list of residents who receive an assisted collection, to check that each "
        "is still needed and that the crews have the right details for each address;",
        "put in place a way to make sure a missed assisted collection is collected within 24 "
        "hours of it being reported;",
        "consider whether the cost of fitting in-cab devices to its collection vehicles, so "
        "that crews can record each assisted collection, is justified;",
        "remind complaint handlers that a repeated missed assisted collection must be "
        "escalated to the waste contract manager.",
    ]
    s1 = "The Council should provide us with evidence it has complied with the above actions."
    m = [
        ("facts", [("Category", "Environment and regulation > Refuse and recycling"),
                   ("Decision", "Upheld"), ("Decision date", "14 March 2046"),
                   ("Reference", "45 011 287"), ("Authority", "Marlford District Council")]),
        ("h2", "Summary"),
        ("p", "Mr X complained that the Council repeatedly failed to empty his bins under its "
              "assisted collection service and did not deal properly with his complaints. We "
              "found fault causing injustice. The Council has agreed to apologise, make a "
              "payment and improve its service."),
        ("h2", "The complaint"),
        ("p", "Mr X, who uses a wheelchair, complained that between January and September 2045 "
              "the Council missed his assisted collection eleven times. He says he had to ask "
              "neighbours to take his bins out, and that nothing changed when he complained."),
        ("h2", "What I have and have not investigated"),
        ("p", "I have not investigated Mr X's complaint about the charge for garden waste, "
              "because he has not yet complained to the Council about it."),
        ("h2", "What I found"),
        ("p", "The Council's waste collection is carried out by a contractor. The Council's "
              "records show that Mr X's address was on the assisted collection list, but that "
              "the crews' route sheets did not show it as assisted after a round change in "
              "January 2045. Each missed collection was returned to only at the next scheduled "
              "collection, two weeks later."),
        ("p", "Mr X complained five times. Each complaint was answered as a single missed bin, "
              "and no one looked at the pattern. This was fault."),
        ("h2", "Agreed action"),
        ("p", "Within one month of my final decision, the Council has agreed to:"),
        ("ul", one),
        ("p", "Within three months of my final decision, the Council has agreed to:"),
        ("ul", three),
        ("p", s1),
        ("h2", "Final decision"),
        ("p", "I have completed my investigation. There was fault by the Council which caused "
              "Mr X injustice. The Council has agreed to take action to remedy that injustice."),
        ("p", "Investigator's decision on behalf of the Ombudsman"),
    ]
    decision_pdf(d / "mandate.pdf", title="Marlford District Council (45 011 287)",
                 crumbs="Home › Decisions › Environment and regulation › Refuse and recycling",
                 blocks=m)
    header = "Marlford District Council · Waste and Street Services"
    p = [
        ("title", "Assisted Collections: Service Improvement Plan 2046"),
        ("meta", "Marlford District Council · Waste and Street Services · Approved by the "
                 "Head of Environment, 2 June 2046"),
        ("h1", "1 Why we have this plan"),
        ("p", "In March 2046 the Local Government and Social Care Ombudsman found that we had "
              "repeatedly missed a resident's assisted collection. This plan sets out what we "
              "are doing so that it does not happen again."),
        ("h1", "2 Putting things right for Mr X"),
        ("p", "The Head of Environment wrote to Mr X on 4 April 2046 to say sorry for the "
              "missed collections and the distress they caused him."),
        ("h1", "3 Returning for missed collections"),
        ("p", "When an assisted collection is reported as missed, it is added to the catch-up "
              "round and collected by the end of the next working day."),
        ("h1", "4 Recording collections"),
        ("p", "In-cab technology will be looked at when the collection fleet is replaced in "
              "2048."),
        ("h1", "5 Complaints"),
        ("p", "Residents can report a missed bin or make a complaint online, by phone or at "
              "the Civic Centre."),
        ("h1", "6 Reporting to the Ombudsman"),
        ("p", "We sent the Ombudsman a copy of the letter to Mr X on 8 April 2046 and will send "
              "this plan, with the reviewed list, by 14 June 2046."),
        ("break",),
        ("h1", "Appendix: Actions and progress"),
        ("table", ["Action", "Owner", "Status"],
         [["Every household on the assisted collection list contacted to confirm the service "
           "is still needed; route sheets and crew notes checked for each address",
           "Waste Contract Manager", "Complete, May 2046"],
          ["Catch-up round for missed assisted collections", "Greystone Environmental",
           "In place from April 2046"]], [85, 45, 35]),
    ]
    _b20.build_pdf_l(p, d / "plan.pdf", word_lang="en", title="Assisted Collections: Service "
                     "Improvement Plan 2046", author="Marlford District Council",
                     header=header, lang="en-GB")
    g = [
        P("1", one[0], "content", "covered", ev="The Head of Environment wrote to Mr X",
          trap="a bullet of 'Agreed action' in a LOCAL GOVERNMENT AND SOCIAL CARE OMBUDSMAN "
          "final decision (web page), under 'Within one month of my final decision, the "
          "Council has agreed to:'; numbered by order over both lists (1–2, then 3–6), text "
          "the bullet. Answered in other words (wrote to say sorry)"),
        P("2", one[1], "content", "uncovered",
          trap="the payment is not in the plan at all; section 'Putting things right for Mr "
          "X' mentions only the letter"),
        P("3", three[0], "content", "covered", ev="Every household on the assisted collection",
          trap="a bullet under 'Within three months …'; answered ONLY in the appendix table "
          "'Appendix: Actions and progress' on page 2"),
        P("4", three[1], "content", "partial", ev="When an assisted collection is reported",
          missing=["collection within 24 hours of the report when it is made on a Friday or "
                   "before a bank holiday ('by the end of the next working day' can be three "
                   "or four days)"],
          trap="'by the end of the next working day' meets 24 hours only on weekdays"),
        P("5", three[2], "content", "uncovered",
          trap="COST/ASSESSMENT answered only by a deferral: 'In-cab technology will be "
          "looked at when the collection fleet is replaced in 2048'"),
        P("6", three[3], "content", "uncovered",
          trap="shared words only: 'Residents can report a missed bin or make a complaint …' "
          "— no reminder to complaint handlers, no escalation"),
        P("S1", s1, "process", "covered", ev="We sent the Ombudsman a copy",
          trap="the sentence after the lists; answered in the plan's process section "
          "'Reporting to the Ombudsman'. The summary, the findings, the part not investigated "
          "(garden waste charge) and 'Final decision' are none"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf", drop=(header,),
                producer="Local Government and Social Care Ombudsman final decision as "
                "published on its website and printed with Chromium: key facts box, Summary, "
                "The complaint, What I found, 'Agreed action' with two <ul> lists under "
                "'Within one month …' and 'Within three months … the Council has agreed to:', "
                "an evidence sentence, Final decision; plan exported from Word (en-GB, 'Page n "
                "of m'), an appendix table on page 2", points=g)


# =========================================================================== 5 aftale (da)
@pair
def aftale(d: Path) -> dict:
    k = {
        "4.1": "Kommunen forpligter sig til at kontakte borgeren og tilbyde en første samtale "
               "senest syv kalenderdage efter modtagelsen af genoptræningsplanen.",
        "4.2": "Kommunen forpligter sig til at tilbyde genoptræning på hverdage og, for borgere "
               "der er udskrevet efter et hoftebrud, også i weekender.",
        "4.3": "Kommunen forpligter sig til at vurdere udgifterne til genoptræning på "
               "specialiseret niveau, som regionen udfører for kommunens borgere, og forelægge "
               "vurderingen for den administrative styregruppe.",
        "5.1": "Parterne forpligter sig til at udveksle genoptræningsplaner og "
               "afslutningsnotater elektronisk efter MedCom-standarderne.",
        "5.2": "Parterne forpligter sig til at udpege en kontaktperson for hver "
               "sygehusafdeling og hver kommunal genoptræningsenhed og holde "
               "kontaktoplysningerne opdateret på sundhedsaftalens hjemmeside.",
    }
    r = {
        "3.1": "Regionen forpligter sig til at sende genoptræningsplanen til kommunen senest på "
               "udskrivningsdagen.",
        "3.2": "Regionen forpligter sig til at beskrive borgerens funktionsevne ved "
               "udskrivningen i genoptræningsplanen.",
    }
    s1 = ("Kommunen sender hvert halve år en opgørelse over ventetiden til første samtale til "
          "den administrative styregruppe, første gang den 1. september 2046.")
    s2 = "Aftalen evalueres af parterne i fællesskab inden udgangen af 2047."
    m = [
        ("meta", "Region Vestkyst · Sundhedsaftalen 2044–2047 · Journalnr. 1-30-72-14-45"),
        ("title", "Samarbejdsaftale om genoptræning efter udskrivning fra sygehus"),
        ("meta", "mellem Region Vestkyst og Holmgaard Kommune · Godkendt i Sundhedsklyngen "
                 "Vest den 22. januar 2046"),
        ("h1", "§ 1 Formål"),
        ("p", "Aftalen skal sikre, at borgere, der udskrives fra Vestkysthospitalet med behov "
              "for genoptræning, får et sammenhængende forløb uden unødig ventetid."),
        ("h1", "§ 2 Aftalens omfang"),
        ("p", "Aftalen omfatter genoptræning på almindeligt niveau efter sundhedslovens § 140 "
              "og genoptræning på specialiseret niveau efter § 84. Aftalen omfatter ikke "
              "vederlagsfri fysioterapi."),
        ("h1", "§ 3 Regionens forpligtelser"),
        *[("p", f"{n} {t}") for n, t in r.items()],
        ("h1", "§ 4 Kommunens forpligtelser"),
        *[("p", f"{n} {t}") for n, t in k.items() if n.startswith("4")],
        ("h1", "§ 5 Fælles forpligtelser"),
        *[("p", f"{n} {t}") for n, t in k.items() if n.startswith("5")],
        ("h1", "§ 6 Opfølgning"),
        ("p", s1 + " " + s2),
        ("h1", "§ 7 Ikrafttræden og opsigelse"),
        ("p", "Aftalen træder i kraft den 1. marts 2046 og gælder, til den afløses af en ny "
              "aftale. Den kan opsiges af hver af parterne med seks måneders varsel."),
        ("p", "For Region Vestkyst: Signe Vedsted, koncerndirektør · For Holmgaard Kommune: "
              "Lene Dahl, direktør for Sundhed og Omsorg"),
    ]
    running = "Region Vestkyst · Samarbejdsaftale om genoptræning · Holmgaard Kommune"
    build_rl_pdf(d / "mandate.pdf", title="Samarbejdsaftale om genoptræning efter "
                 "udskrivning – Region Vestkyst og Holmgaard Kommune", author="Region "
                 "Vestkyst", creator="Region Vestkyst, Sundhedsaftalesekretariatet",
                 running=running, blocks=m, page_word="Side")
    p = [
        ("meta", "Holmgaard Kommune · Sundhed og Omsorg · Genoptræningen · April 2046"),
        ("h2", "Baggrund"),
        ("p", "Region Vestkyst og Holmgaard Kommune har indgået en ny samarbejdsaftale om "
              "genoptræning efter udskrivning. Handleplanen beskriver, hvad Genoptræningen i "
              "Holmgaard gør for at leve op til aftalen."),
        ("h2", "Hurtig start"),
        ("p", "Genoptræningen ringer til borgeren inden for en uge efter, at "
              "genoptræningsplanen er modtaget, og aftaler tid til den første samtale."),
        ("h2", "Træningstider"),
        ("p", "Der tilbydes holdtræning og individuel træning mandag til fredag kl. 8–16 i "
              "Genoptræningscenter Holmgaard og i borgerens hjem."),
        ("h2", "Specialiseret genoptræning"),
        ("p", "Kommunens udgifter til specialiseret genoptræning gennemgås i forbindelse med "
              "budget 2048."),
        ("h2", "Elektronisk kommunikation"),
        ("p", "Vestkysthospitalet sender genoptræningsplanerne elektronisk via MedCom, så de "
              "lander direkte i kommunens omsorgssystem."),
        ("h2", "Vederlagsfri fysioterapi"),
        ("p", "Borgere med en henvisning til vederlagsfri fysioterapi kan vælge mellem fire "
              "private klinikker i kommunen."),
        ("h2", "Opfølgning og samarbejde"),
        ("p", "Ventetiden til første samtale opgøres hvert halve år og sendes til den "
              "administrative styregruppe, første gang den 1. september 2046."),
        ("break",),
        ("h2", "Bilag: Kontaktpersoner"),
        ("table", ["Enhed", "Kontaktperson", "Opdatering"],
         [["Genoptræningscenter Holmgaard", "Teamleder for genoptræning",
           "Kontaktoplysningerne ajourføres på sundhedsaftalens hjemmeside hvert kvartal"],
          ["Hjemmetræning", "Koordinerende fysioterapeut", "Som ovenfor"]]),
    ]
    _b20.web_pdf(d / "plan.pdf", title="Handleplan for genoptræning efter udskrivning 2046",
                 nav="Holmgaard Kommune · Sundhed og Omsorg · Genoptræning",
                 foot="Senest opdateret 14. april 2046 · Holmgaard Kommune", blocks=p,
                 lang="da", accent="#00566b")
    g = [
        P("4.1", k["4.1"], "content", "covered", ev="Genoptræningen ringer til borgeren",
          trap="a 'Kommunen forpligter sig til at …' clause in § 4 of a SAMARBEJDSAFTALE between "
          "a region and a kommune, numbered as printed ('4.1'); the 'Regionen forpligter sig "
          "…' clauses of § 3 are none (the other party's duties). Answered in other words "
          "(ringer inden for en uge)"),
        P("4.2", k["4.2"], "content", "partial", ev="Der tilbydes holdtræning",
          missing=["genoptræning i weekenden for borgere udskrevet efter hoftebrud"],
          trap="hverdage only (mandag til fredag)"),
        P("4.3", k["4.3"], "content", "uncovered",
          trap="COST/ASSESSMENT answered only by a deferral: 'Kommunens udgifter til "
          "specialiseret genoptræning gennemgås i forbindelse med budget 2048' (nothing to "
          "the styregruppe)"),
        P("5.1", k["5.1"], "content", "uncovered",
          trap="a 'Parterne forpligter sig til at …' clause binds the kommune too; ANOTHER "
          "BODY reports ITS work: 'Vestkysthospitalet sender genoptræningsplanerne "
          "elektronisk via MedCom' — the kommune's own afslutningsnotater are not planned"),
        P("5.2", k["5.2"], "content", "covered", ev="Kontaktoplysningerne ajourføres",
          trap="answered ONLY in the appendix table 'Bilag: Kontaktpersoner' on page 2"),
        P("S1", s1, "process", "covered", ev="Ventetiden til første samtale opgøres",
          trap="a requirement in '§ 6 Opfølgning'; answered in the plan's process chapter "
          "'Opfølgning og samarbejde'"),
        P("S2", s2, "process", "uncovered",
          trap="the joint evaluation by end 2047 is not in the plan. § 2's 'Aftalen omfatter "
          "ikke vederlagsfri fysioterapi' is out of scope; the plan's 'Vederlagsfri "
          "fysioterapi' answers a non-point. § 1, § 7 and the signatures are none"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf", drop=(running,),
                producer="samarbejdsaftale between a region and a kommune laid out with "
                "reportlab ('Side n'): § 1–§ 7, clauses numbered '3.1' … '5.2' as paragraphs, "
                "'Regionen forpligter sig til at …' (none), 'Kommunen forpligter sig til at …' "
                "and 'Parterne forpligter sig til at …' (points), two requirements in '§ 6 "
                "Opfølgning'; plan the kommune's web page printed with Chromium, an appendix "
                "table on page 2", points=g)


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, or --verify them (pairkit.mandates_main)."""
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder="corpora/mandates-blind29/make_pairs.py")


if __name__ == "__main__":
    main(sys.argv[1:])
