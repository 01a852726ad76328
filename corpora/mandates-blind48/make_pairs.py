"""Build the forty-eighth blind batch of mandate/plan pairs under corpora/mandates-blind48/ and their gold.

Written on 2026-12-06 without reading plancheck's code. Mandates in five forms the earlier
batches did not use: a bokmål RUNDSKRIV from a ministry as its web page is printed from the
browser (HTML → Chromium, the browser's own date, title, address and page lines in the margins),
whose points are the 'Planen skal …' sentences of numbered subsections 4.1–4.6 among 'bør' and
'anbefaler' sentences that are none, and two process sentences in section 5; a nynorsk
OPPSUMMERING FRÅ TEMAMØTE in the heradsstyre (odfpy → LibreOffice), where a table of the
groups' raw input is none and only the list the heradsstyre agreed on in plenum and two
sentences under 'Vidare arbeid' are points; a Swedish PLANBESKED from the samhällsbyggnadsnämnd
to a developer (python-docx → LibreOffice), whose points are the questions 'som behöver utredas
i planarbetet' and the two process sentences on the procedure; a Danish BORGERTING REPORT
(reportlab) with seven recommendations in boxes, of which the byråd's decision printed at the
end takes five into the plan, sends one to the budget and rejects one; and an English OFSTED
INSPECTION LETTER (ILACS) whose 'What needs to improve' bullets are NOUN PHRASES, with the
written statement of action ordered in the closing paragraph (odfpy → LibreOffice). Plans
answer as real ones do: chapters whose headings restate a point in other words, answers in a
table or one column of it, process facts in the past tense, deferrals to later work, points
named only in passing, words shared without an answer, a missed deadline.

    python corpora/mandates-blind48/make_pairs.py               # all pairs
    python corpora/mandates-blind48/make_pairs.py --verify      # point texts and gold quotes
    python corpora/mandates-blind48/make_pairs.py --twice       # build twice, compare sha256

Imports the forty-seventh batch's builder through pairkit (its odfpy writer `odt_pdf` and its
point-text check `check_texts`) and, through it, the twentieth (P, verify, the construction
check) and thirty-third batch's document writers (docx_pdf, rl_pdf, html_pdf and the HTML
helpers e, paras, table_html), called with this batch's own fonts, sizes, headers, footers and
colours; the HTML pages' CSS and markup are this batch's own. Nothing of the earlier batches is
edited.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

_b47 = pk.load_module("mandates_blind47_make_pairs", HERE.parent / "mandates-blind47" / "make_pairs.py")
_b20, _b33 = _b47._b20, _b47._b33
P = _b20.P
docx_pdf, rl_pdf, html_pdf = _b33.docx_pdf, _b33.rl_pdf, _b33.html_pdf
e, paras, table_html = _b33.e, _b33.paras, _b33.table_html
odt_pdf = _b47.odt_pdf

PAIRS, pair = pk.pair_registry()

# running header / footer lines of the mandates, left out by the construction check
DROP = {
    "drikkevann": ("17.03.2049, 10:42", "Rundskriv I-4/2049 – regjeringen.no",
                   "https://www.regjeringen.no/no/dokumenter/rundskriv-i-4-2049/id3017744/"),
    "ungdomsplan": ("Lauvstad herad · Oppsummering frå temamøte 14. mars 2049",),
    "planbesked": ("Håvesta kommun · Samhällsbyggnadsnämnden",),
    "maaltider": ("TANGBJERG KOMMUNE", "Borgertinget om mad og måltider · Anbefalinger"),
    "ofsted": ("Ofsted · Inspection of local authority children's services · Thornhallow",),
}


# =========================================================================== 1 drikkevann (nb)
@pair
def drikkevann(d: Path) -> dict:
    sub = {
        "4.1": ("Oversikt over vannforsyningen",
                "Planen skal gi en oversikt over alle vannverk i kommunen som forsyner minst 50 "
                "personer, med antall personer forsynt og hvilken vannkilde de bruker.", ""),
        "4.2": ("Reservevann",
                "Planen skal vurdere behovet for reservevannkilde for hvert vannverk som forsyner "
                "mer enn 500 personer, og angi når en reservevannkilde skal være på plass.",
                "Et høydebasseng alene regnes ikke som reservevannkilde."),
        "4.3": ("Langvarig strømbrudd",
                "Planen skal vise hvordan vannforsyningen opprettholdes ved strømbrudd som varer "
                "lenger enn 48 timer.",
                "Departementet anbefaler at kommunen vurderer fast installerte aggregater ved de "
                "viktigste pumpestasjonene."),
        "4.4": ("Ledningsnettet",
                "Planen skal beskrive tilstanden på ledningsnettet og angi et mål for "
                "utskiftingstakten.",
                "Lekkasjetapet bør ikke være høyere enn 25 prosent."),
        "4.5": ("Nødvann",
                "Planen skal beskrive hvordan nødvann skal deles ut, og hvilke abonnenter som "
                "skal prioriteres, som sykehjem, legevakt og barnehager.", ""),
        "4.6": ("Tiltak",
                "Planen skal ha en tiltaksdel der det går fram hvem som er ansvarlig for hvert "
                "tiltak, og når det skal være gjennomført.", ""),
    }
    s1 = ("Planen skal utarbeides i samarbeid med Mattilsynet og med eierne av de private "
          "vannverkene i kommunen.")
    s2 = "Planen skal være vedtatt av kommunestyret innen 31. desember 2050."
    top = DROP["drikkevann"]
    css = ("@page{size:A4;margin:16mm 15mm 16mm 15mm;"
           f"@top-left{{content:'{top[0]}';font:8pt 'Liberation Sans',sans-serif}}"
           f"@top-right{{content:'{top[1]}';font:8pt 'Liberation Sans',sans-serif}}"
           f"@bottom-left{{content:'{top[2]}';font:8pt 'Liberation Sans',sans-serif}}"
           "@bottom-right{content:counter(page) '/' counter(pages);font:8pt 'Liberation Sans',"
           "sans-serif}}"
           "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
           "body{font-family:'Liberation Sans',sans-serif;font-size:10.5pt;line-height:1.5;"
           "color:#222;margin:0 6mm}"
           ".crumbs{font-size:8.5pt;color:#555;margin-bottom:10px}"
           ".kind{font-size:9pt;text-transform:uppercase;letter-spacing:1px;color:#7a1f2b;"
           "font-weight:bold}h1{font-size:20pt;margin:2px 0 8px;color:#1a1a1a;line-height:1.2}"
           ".facts{display:grid;grid-template-columns:28mm 1fr;gap:1px 6px;font-size:9pt;"
           "border-top:2px solid #7a1f2b;border-bottom:1px solid #ccc;padding:5px 0;"
           "margin-bottom:12px}.facts b{color:#444}"
           "h2{font-size:13pt;margin:14px 0 4px;break-after:avoid}"
           "h3{font-size:11pt;margin:8px 0 2px;break-after:avoid}p{margin:0 0 6px}"
           ".sign{margin-top:12px}")
    body = [
        "<div class='crumbs'>Regjeringen.no › Helse- og omsorgsdepartementet › Dokumenter › "
        "Rundskriv</div><div class='kind'>Rundskriv</div>"
        "<h1>Kommunale planer for forsyningssikkerhet for drikkevann</h1>"
        "<div class='facts'><b>Dato</b><div>17.03.2049</div><b>Nummer</b><div>I-4/2049</div>"
        "<b>Mottakere</b><div>Landets kommuner; Statsforvalterne; Mattilsynet</div>"
        "<b>Utgiver</b><div>Helse- og omsorgsdepartementet</div></div>",
        "<h2>1 Innledning</h2>",
        paras("Departementet ber med dette rundskrivet alle kommuner om å utarbeide en plan for "
              "forsyningssikkerhet for drikkevann. Rundskrivet utdyper kravene i "
              "drikkevannsforskriften og sier hva planen skal inneholde."),
        "<h2>2 Bakgrunn</h2>",
        paras("Tørkesommeren 2047 og de lange strømbruddene etter stormen i januar 2048 viste at "
              "mange vannverk er sårbare. Fjorten kommuner måtte kjøre ut vann med tankbil i mer "
              "enn en uke, og i flere av dem manglet det oversikt over hvem som hadde størst "
              "behov for vann."),
        "<h2>3 Hvem rundskrivet gjelder for</h2>",
        paras("Rundskrivet gjelder alle kommuner. Der vannforsyningen er organisert i et "
              "interkommunalt selskap, kan kommunene lage en felles plan. Kommuner som allerede "
              "har en oppdatert beredskapsplan for drikkevann, kan bygge videre på den."),
        "<h2>4 Krav til innholdet i planen</h2>",
    ]
    for num, (head, req, extra) in sub.items():
        body.append(f"<h3>{num} {e(head)}</h3>" + paras(" ".join(t for t in (req, extra) if t)))
    body += [
        "<h2>5 Samarbeid og behandling</h2>",
        paras(s1 + " " + s2 + " Kommunen skal sende en kopi av den vedtatte planen til "
              "statsforvalteren, som vil følge opp planene i sine tilsyn."),
        "<h2>6 Økonomiske og administrative konsekvenser</h2>",
        paras("Arbeidet med planen dekkes innenfor kommunenes rammer. Departementet vil i løpet "
              "av 2049 gi ut en veileder med eksempler."),
        "<div class='sign'>" + paras("Med hilsen", "Kari Nyhus (e.f.)",
                                     "Trond Vik, avdelingsdirektør") + "</div>",
    ]
    html_pdf(d / "mandate.pdf", lang="nb", title=top[1], css=css, body="".join(body))
    verk = [
        ["Kvernhaug vannverk", "Kommunen", "4 850", "Gjølstadvatnet"],
        ["Skjærsund vannverk", "Kommunen", "620", "Tre borebrønner"],
        ["Ulvsnes vannverk", "Ulvsnes vannlag SA", "180", "Ulvsnesbekken"],
        ["Fjellsæter hyttevannverk", "Fjellsæter hytteeierforening", "95", "Borebrønn"],
        ["Trollvik vannverk", "Trollvik grendelag", "60", "Kilde i Trollvikåsen"],
    ]
    tiltak = [
        ["1", "Fast aggregat ved Skjærsund pumpestasjon", "VA-sjef", "850 000"],
        ["2", "Skifte 2,5 km støpejernsledning i Storgata og Kvernveien", "VA-sjef",
         "11 000 000"],
        ["3", "Lekkasjesøk på hele ledningsnettet", "Driftsleder vann og avløp", "400 000"],
        ["4", "Øvelse i vannforsyning ved strømbrudd sammen med Sivilforsvaret",
         "Beredskapskoordinator", "50 000"],
        ["5", "Sensorer for vannstand i høydebassengene", "Driftsleder vann og avløp",
         "300 000"],
    ]
    p = [
        ("title", "Plan for forsyningssikkerhet for drikkevann 2051–2054"),
        ("meta", "Kvernhaug kommune · Forslag til kommunestyret · november 2050"),
        ("h1", "1 Innledning"),
        ("p", "Helse- og omsorgsdepartementet ba i rundskriv I-4/2049 alle kommuner om å lage en "
              "plan for forsyningssikkerhet for drikkevann. Denne planen er Kvernhaug kommunes "
              "svar. Den gjelder de kommunale vannverkene og, så langt kommunen har "
              "opplysninger, de private."),
        ("p", "Planforslaget behandles i kommunestyret 10. desember 2050."),
        ("h1", "2 Slik er planen laget"),
        ("p", "Planen er laget av en arbeidsgruppe med VA-sjefen, driftslederen for vann og "
              "avløp og kommunens beredskapskoordinator. Mattilsynet deltok på to av "
              "arbeidsgruppens møter, i mai og i september 2050, og har gitt innspill til "
              "utkastet. Opplysningene om de private vannverkene er hentet fra Mattilsynets "
              "register."),
        ("h1", "3 Vannverkene i kommunen"),
        ("p", "Tabellen viser alle vannverk i kommunen som forsyner minst 50 personer."),
        ("table", ["Vannverk", "Eier", "Personer forsynt", "Vannkilde"], verk,
         [4.6, 4.8, 2.8, 4.2]),
        ("p", "Ingen av vannverkene har i dag en reservevannkilde. Sykehjemmet har et "
              "reservevannlager på 2 000 liter på flasker, som fornyes hvert år."),
        ("h1", "4 Når strømmen blir borte"),
        ("p", "Kvernhaug vannverk har et fast aggregat ved renseanlegget, og dieselen som lagres "
              "der, holder i fem døgn. Høydebassenget på Kollen gir selvfall til sentrum i to "
              "døgn til. Skjærsund vannverk har i dag bare et mobilt aggregat, som hentes fra "
              "brannstasjonen; det får et fast aggregat i 2051. Sivilforsvaret kan stille med to "
              "store aggregater hvis strømmen er borte i mer enn en uke. De tre private "
              "vannverkene har selvfall fra kilden og trenger ikke strøm."),
        ("h1", "5 Ledningsnettet"),
        ("p", "Kommunen har 86 km vannledninger. Om lag 30 km er støpejernsledninger lagt før "
              "1970, og det er på disse de fleste bruddene skjer. Lekkasjetapet var 34 prosent i "
              "2049. Hvor mange kilometer som skal skiftes hvert år, fastsettes i hovedplanen for "
              "vann og avløp, som rulleres i 2052."),
        ("h1", "6 Nødvann"),
        ("p", "Hvordan nødvann skal deles ut, står i kommunens overordnede beredskapsplan."),
        ("h1", "7 Tiltak 2051–2054"),
        ("p", "Tiltakene nedenfor er prioritert i økonomiplanen for 2051–2054."),
        ("table", ["Nr.", "Tiltak", "Ansvarlig", "Kostnad (kr)"], tiltak, [1.2, 8.8, 4.0, 2.4]),
    ]
    docx_pdf(d / "plan.pdf", p, title="Plan for forsyningssikkerhet for drikkevann 2051–2054",
             author="Kvernhaug kommune", font="Liberation Sans", size=10.5, lang="nb-NO",
             header="Kvernhaug kommune · Forsyningssikkerhet for drikkevann",
             footer="Side {PAGE} av {NUMPAGES}", accent="1F4E79", head_fill="DCE6F1")
    g = [
        P("4.1", sub["4.1"][1], "content", "covered", ev="Tabellen viser alle vannverk",
          trap="a 'Planen skal …' sentence under a numbered subheading of a RUNDSKRIV printed "
               "from the ministry's web page (the browser's date, title, address and page "
               "number in the margins); the points are numbered by the subsection. Answered by "
               "a table with owner, persons supplied and source for all five vannverk"),
        P("4.2", sub["4.2"][1], "content", "uncovered",
          trap="SHARED WORDS: 'Ingen av vannverkene har i dag en reservevannkilde' is a fact and "
               "'reservevannlager på 2 000 liter på flasker' at the sykehjem is something else; "
               "no assessment per vannverk over 500 persons, no date. The 'Et høydebasseng "
               "alene …' sentence after it is a definition, no point"),
        P("4.3", sub["4.3"][1], "content", "covered", ev="Kvernhaug vannverk har et fast",
          trap="answered under a heading in other words ('Når strømmen blir borte'): five days "
               "on the fixed generator, two more from the høydebasseng, a fixed generator at "
               "Skjærsund in 2051. The 'Departementet anbefaler …' sentence is advice, no point"),
        P("4.4", sub["4.4"][1], "content", "partial", ev="Kommunen har 86 km vannledninger",
          missing=["et mål for utskiftingstakten (skjøvet til hovedplanen for vann og avløp "
                   "2052)"],
          trap="the state is described (length, cast iron before 1970, leakage 34 %); the "
               "renewal rate is put off. 'Lekkasjetapet bør …' is advice, no point"),
        P("4.5", sub["4.5"][1], "content", "uncovered",
          trap="referred to another document: 'Hvordan nødvann skal deles ut, står i kommunens "
               "overordnede beredskapsplan' — not in this plan, and the prioritised "
               "abonnenter are named nowhere"),
        P("4.6", sub["4.6"][1], "deliverable", "partial", ev="Tiltakene nedenfor er prioritert",
          missing=["når hvert tiltak skal være gjennomført (tabellen har ingen frist; bare "
                   "aggregatet i Skjærsund har et år, i kapittel 4)"],
          trap="a tiltak table Nr. | Tiltak | Ansvarlig | Kostnad (kr): an owner in every row, "
               "no deadline column"),
        P("S1", s1, "process", "partial", ev="Planen er laget av en arbeidsgruppe",
          missing=["samarbeid med eierne av de private vannverkene (opplysningene er bare hentet "
                   "fra Mattilsynets register)"],
          trap="a sentence of '5 Samarbeid og behandling'; Mattilsynet took part in two meetings "
               "(past tense), the private owners were never involved"),
        P("S2", s2, "process", "covered", ev="Planforslaget behandles i kommunestyret",
          trap="the plan goes to the kommunestyre on 10 December 2050, before 31 December. Not "
               "points: section 1's order ('Departementet ber … alle kommuner om å utarbeide "
               "en plan', the mandate), the background, the permissions in section 3 (a "
               "common plan, building on an existing one), the 'bør' and 'anbefaler' "
               "sentences, the copy to the statsforvalter (after the plan), the economics and "
               "the signature"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf", drop=DROP["drikkevann"],
                producer="a RUNDSKRIV from a ministry as its web page is printed from the browser "
                "(HTML → Chromium, Liberation Sans 10.5, the browser's date and title at the "
                "top, the address and 'n/m' at the foot; crumbs, a fact grid Dato / Nummer / "
                "Mottakere / Utgiver, sections 1–6): the points are the 'Planen skal …' "
                "sentences under the subheadings 4.1–4.6, some followed by 'bør' or "
                "'anbefaler' sentences that are none, and two process sentences in section 5; "
                "plan exported from Word (Liberation Sans 10.5, nb-NO, running header, 'Side n "
                "av m'), a table of vannverk, a heading in other words, a deferral, a referral "
                "to another plan, a tiltak table without deadlines", points=g)


# =========================================================================== 2 ungdomsplan (nn)
@pair
def ungdomsplan(d: Path) -> dict:
    pts = [
        "gjere greie for kva møteplassar ungdom i heile heradet har i dag, og kva som manglar",
        "vise korleis ungdomsklubben kan opnast att, med lokale og tilsette",
        "vurdere om skyssen heim frå fritidsaktivitetar på kveldstid kan bli betre",
        "ha eigne tiltak mot einsemd blant ungdom",
        "beskrive korleis ungdomsrådet skal få seie si meining i saker som gjeld ungdom",
        "ha ein tiltaksdel med kostnad for kvart tiltak",
    ]
    s1 = ("Ungdom skal få seie si meining gjennom ei eiga spørjeundersøking i alle "
          "ungdomsskuleklassane før planutkastet er klart.")
    s2 = "Planutkastet skal leggjast fram for heradsstyret før sommaren 2050."
    program = [
        ["17.00", "Velkomen ved ordføraren"],
        ["17.10", "Ungdata 2048 – kva seier ungdomen? Ved folkehelsekoordinatoren"],
        ["17.40", "Ungdomsrådet: Dette vil vi ha"],
        ["18.10", "Gruppearbeid"],
        ["19.00", "Oppsummering i plenum"],
    ]
    grupper = [
        ["1", "Ein stad å vere etter skuletid, ikkje berre i sentrum · Klubben må opne att · "
              "Nokon vaksne som er der fast · Billeg kafé"],
        ["2", "Bussen heim frå trening går for tidleg · Ungdom i Nordeid har ingenting · Kven "
              "snakkar ungdom med når dei har det tungt? · Skatepark ved Lauvstad skule"],
        ["3", "Ungdomsrådet blir spurt for seint · Kva kostar det? Planen må vere realistisk · "
              "Gratis ferie- og fritidsaktivitetar for alle"],
    ]
    m = [
        ("title", "Oppsummering frå temamøte om ungdomsplan"),
        ("meta", "Heradsstyret i Lauvstad · temamøte 14. mars 2049 i heradsstyresalen · skrive "
                 "av Ingvild Rørvik, rådgjevar oppvekst, 18. mars 2049"),
        ("h1", "Bakgrunn"),
        ("p", "Heradsstyret vedtok i sak 9/49 at det skal lagast ein ungdomsplan for Lauvstad "
              "for perioden 2050–2054, og at heradsstyret skulle drøfte innhaldet på eit "
              "temamøte før arbeidet tok til. Til stades var 19 av 21 representantar, fem "
              "medlemer av ungdomsrådet og leiargruppa til kommunedirektøren."),
        ("h1", "Program"),
        ("table", ["Tid", "Innhald"], program, [2.2, 13.8]),
        ("h1", "Frå innleiingane"),
        ("p", "Ungdata-undersøkinga frå 2048 viser at 38 prosent av elevane på 10. trinn meiner "
              "at det er lite å gjere for ungdom i heradet, og at kvar femte ungdom ofte kjenner "
              "seg einsam. Ungdomsklubben i kjellaren på Lauvstad skule har vore stengd sidan "
              "2047. Ungdomsrådet la fram sine ønske: ein klubb, betre buss og å bli høyrt "
              "tidlegare."),
        ("h1", "Gruppearbeid"),
        ("p", "Gruppene svara på spørsmålet «Kva må ungdomsplanen handle om?». Innspela er "
              "skrivne av slik dei kom fram på lappane:"),
        ("table", ["Gruppe", "Innspel"], grupper, [2.2, 13.8]),
        ("h1", "Det heradsstyret vart samd om"),
        ("p", "I plenum gjekk ordføraren gjennom innspela frå gruppene. Heradsstyret var samd om "
              "at ungdomsplanen skal:"),
        ("bullets", pts, "–"),
        ("p", "Gruppe 2 ønskte at planen òg skulle vurdere ein skatepark ved Lauvstad skule. Det "
              "fekk ikkje fleirtal i plenum, og skateparken blir teken opp att i arbeidet med "
              "kommuneplanen."),
        ("h1", "Vidare arbeid"),
        ("p", "Kommunedirektøren set ned ei arbeidsgruppe med to medlemer frå ungdomsrådet. "
              + s1 + " " + s2 + " Heradsstyret vedtek planen etter høyringa hausten 2050."),
    ]
    odt_pdf(d / "mandate.pdf", m, title="Oppsummering frå temamøte om ungdomsplan",
            font="Liberation Sans", size=10.5, lang="nn", country="NO",
            header=DROP["ungdomsplan"][0], footer="Side {n} av {m}", accent="#6A2C70",
            head_fill="#EFE3F0")
    stader = [
        ["Lauvstad bibliotek", "Lauvstad sentrum", "Måndag–torsdag til kl. 20"],
        ["Lauvstadhallen", "Lauvstad sentrum", "Open hall fredag kl. 18–22"],
        ["Tensing i kyrkjelyden", "Lauvstad sentrum", "Onsdag kl. 18–20"],
        ["Lauvstad kino", "Lauvstad sentrum", "Fredag og laurdag"],
    ]
    tiltak = [
        ["1", "Ungdomsklubb i det gamle bankbygget", "Kultursjef", "620 000"],
        ["2", "Klubbleiar i 60 prosent stilling", "Kultursjef", "(inngår i tiltak 1)"],
        ["3", "Open hall kvar fredag også om sommaren", "Kultursjef", "45 000"],
        ["4", "Ungdomsrådet får alle saker om barn og unge til uttale", "Politisk sekretariat",
         "Ikkje berekna"],
        ["5", "Kurs for ungdomsrådet i saksbehandling", "Politisk sekretariat",
         "Ikkje berekna"],
    ]
    p = [
        ("title", "Ungdomsplan for Lauvstad 2050–2054"),
        ("meta", "Lauvstad herad · Framlegg til heradsstyret · mai 2050"),
        ("h1", "1 Kvifor ein ungdomsplan?"),
        ("p", "Lauvstad har om lag 420 ungdomar mellom 13 og 19 år. Dei fleste bur i sentrum, "
              "resten i grendene Hovdebygd og Nordeid. Ungdomsskuleelevane går på Lauvstad skule "
              "og Nordeid skule."),
        ("p", "Mange unge i Lauvstad seier at det er lite å gjere i heradet. Kvar femte ungdom "
              "svarte i Ungdata 2048 at dei ofte kjenner seg einsame. Planen byggjer på "
              "innspela frå temamøtet i heradsstyret 14. mars 2049."),
        ("h1", "2 Slik har vi arbeidd"),
        ("p", "Arbeidsgruppa har hatt to medlemer frå ungdomsrådet og har hatt seks møte. I "
              "november 2049 svarte 164 elevar på 8.–10. trinn ved Lauvstad skule på ei "
              "spørjeundersøking om fritida si. Dei fleste ønskte seg ein stad å vere på "
              "kveldstid og betre buss heim."),
        ("p", "Planframlegget blir lagt fram for heradsstyret 12. juni 2050."),
        ("h1", "3 Kvar kan ungdom vere?"),
        ("p", "Tabellen viser dei faste tilboda for ungdom i dag."),
        ("table", ["Stad", "Kvar", "Når"], stader, [55, 45, 70]),
        ("p", "Utanom desse tilboda er det lite å gjere for ungdom i sentrum på kveldstid, og "
              "ungdomsklubben har vore stengd i tre år."),
        ("h1", "4 Ein klubb att"),
        ("p", "Ungdomsklubben flyttar inn i det gamle bankbygget i Lauvstad sentrum frå januar "
              "2051. Heradet leiger andre etasjen, og ungdomsrådet er med og innreier lokala. "
              "Heradet tilset ein klubbleiar i 60 prosent stilling, og klubben skal vere open "
              "tre kveldar i veka."),
        ("h1", "5 Bussen heim"),
        ("p", "Mange ungdomar seier at dei ikkje kjem seg heim etter trening. Skyss på kveldstid "
              "blir teken opp med fylkeskommunen når ruteplanen for 2052 skal lagast."),
        ("h1", "6 Ungdomsrådet"),
        ("p", "Frå 2050 får ungdomsrådet alle saker som gjeld barn og unge, til uttale før dei "
              "går til formannskapet, og leiaren i ungdomsrådet får møte- og talerett i "
              "heradsstyret. Ungdomsrådet får eit kurs i saksbehandling kvart år."),
        ("h1", "7 Tiltak"),
        ("p", "Tiltaka i planen, med ansvar og kostnad per år:"),
        ("table", ["Nr.", "Tiltak", "Ansvar", "Kostnad per år (kr)"], tiltak, [12, 78, 42, 38]),
    ]
    rl_pdf(d / "plan.pdf", p, title="Ungdomsplan for Lauvstad 2050–2054", author="Lauvstad herad",
           family="LS", size=10.5, head_left="Lauvstad herad",
           head_right="Ungdomsplan 2050–2054", foot=lambda n, t: f"Side {n} av {t}",
           accent="#6A2C70", head_fill="#EFE3F0")
    g = [
        P("1", pts[0], "content", "partial", ev="Tabellen viser dei faste tilboda",
          missing=["møteplassane i grendene Hovdebygd og Nordeid (berre tilboda i sentrum er "
                   "viste)"],
          trap="a '–' bullet of the list the heradsstyre AGREED ON in plenum ('Heradsstyret var "
               "samd om at ungdomsplanen skal:') in an OPPSUMMERING FRÅ TEMAMØTE; the groups' "
               "raw input in the table above it is none (numbered 1–6 by place). 'i heile "
               "heradet': the plan's table lists only places in Lauvstad sentrum, and what is "
               "missing is said only for sentrum"),
        P("2", pts[1], "content", "covered", ev="Ungdomsklubben flyttar inn",
          trap="answered under a heading in other words ('Ein klubb att'): the old bank, a "
               "klubbleiar in 60 %"),
        P("3", pts[2], "content", "uncovered",
          trap="put off: 'Skyss på kveldstid blir teken opp med fylkeskommunen når ruteplanen "
               "for 2052 skal lagast'"),
        P("4", pts[3], "content", "uncovered",
          trap="SHARED WORDS: 'Kvar femte ungdom svarte … at dei ofte kjenner seg einsame' is a "
               "Ungdata fact in the introduction; no measure against einsemd anywhere"),
        P("5", pts[4], "content", "covered", ev="Frå 2050 får ungdomsrådet alle saker",
          trap="every case on children and young people to the ungdomsråd before the "
               "formannskap, the leader's right to speak in the heradsstyre"),
        P("6", pts[5], "deliverable", "partial", ev="Tiltaka i planen, med ansvar og kostnad",
          missing=["kostnad for tiltak 4 og 5 (ungdomsrådet sine tiltak står som «Ikkje "
                   "berekna»)"],
          trap="a table Nr. | Tiltak | Ansvar | Kostnad per år with a cost column, two rows "
               "'Ikkje berekna'"),
        P("S1", s1, "process", "partial", ev="Arbeidsgruppa har hatt to medlemer",
          missing=["spørjeundersøkinga i ungdomsskuleklassane ved Nordeid skule (berre elevane "
                   "ved Lauvstad skule svarte)"],
          trap="a sentence under 'Vidare arbeid'; the survey was held (past tense) at one of the "
               "two ungdomsskular"),
        P("S2", s2, "process", "covered", ev="Planframlegget blir lagt fram for heradsstyret",
          trap="12 June 2050, before the summer. Not points: the heradsstyre's earlier vedtak "
               "in 'Bakgrunn' (the order), the programme, the Ungdata facts, the groups' input "
               "in the table (raw, not agreed), the skatepark that got no majority, the "
               "arbeidsgruppe set up, the heradsstyre's adoption after the høyring"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf", drop=DROP["ungdomsplan"],
                producer="an OPPSUMMERING FRÅ TEMAMØTE in the heradsstyre written with odfpy and "
                "exported by LibreOffice (Liberation Sans 10.5, nn-NO, running header, 'Side n "
                "av m'): Bakgrunn, a Program table, facts from the talks, a table Gruppe | "
                "Innspel of the groups' raw notes (none), 'Det heradsstyret vart samd om' with "
                "'… samd om at ungdomsplanen skal:' and six ODF '–' bullets (the points), a "
                "proposal without majority, and two process sentences under 'Vidare arbeid'; "
                "plan laid out with reportlab (Liberation Sans 10.5, running head with a rule, "
                "'Side n av m'), a process chapter in the past tense, a table of places, "
                "headings in other words, a deferral, a tiltak table with two costs 'Ikkje "
                "berekna'", points=g)


# =========================================================================== 3 planbesked (sv)
@pair
def planbesked(d: Path) -> dict:
    fr = [
        "hur dagvattnet ska tas om hand utan att belasta Almestaån mer än i dag",
        "bullernivåerna från väg 614 vid de planerade bostäderna och på förskolegården",
        "risken för markföroreningar från det tidigare sågverket",
        "hur de skyddsvärda ekarna i Lindvedelbacken kan bevaras",
        "en trafiksäker gång- och cykelväg mellan förskolan och busshållplatsen vid Almesta torg",
        "förskolegårdens storlek, med minst 40 kvadratmeter friyta per barn",
    ]
    s1 = "Detaljplanen ska handläggas med utökat förfarande."
    s2 = ("Tidigt samråd ska hållas med Trafikverket och Almesta vägförening innan "
          "samrådshandlingen skickas ut.")
    m = [
        ("title", "Planbesked"),
        ("meta", "Lindvedel 2:14 och 2:15 i Almesta – bostäder och förskola"),
        ("form", [["Datum", "2049-05-22"], ["Diarienummer", "SBN 2049/311"],
                  ["Sökande", "Almestaskogen Bostäder AB, Box 118, 745 31 Håvesta"],
                  ["Fastigheter", "Lindvedel 2:14, Lindvedel 2:15"],
                  ["Handläggare", "Sofia Ek, planarkitekt"]], [3.6, 12.8]),
        ("h1", "Beslut"),
        ("p", "Samhällsbyggnadsnämnden beslutar att lämna positivt planbesked för att pröva "
              "bostäder och en förskola inom Lindvedel 2:14 och 2:15 i Almesta genom en ny "
              "detaljplan. Planarbetet beräknas kunna påbörjas hösten 2049 och detaljplanen "
              "beräknas kunna antas under 2051."),
        ("h1", "Ansökan"),
        ("p", "Sökanden vill bygga omkring 120 lägenheter i flerbostadshus och radhus samt en "
              "förskola med sex avdelningar på den tidigare sågverkstomten och åkermarken norr "
              "om den."),
        ("h1", "Förutsättningar"),
        ("p", "I översiktsplanen från 2045 är området utpekat som utvecklingsområde för "
              "bostäder. Gällande detaljplan från 1968 medger industri. Området gränsar i söder "
              "till väg 614. I Lindvedelbacken står fjorton ekar som är utpekade som särskilt "
              "skyddsvärda träd. Sågverket lades ned 1994."),
        ("h1", "Bedömning"),
        ("p", "Nämnden bedömer att bostäder och en förskola är en lämplig användning av platsen "
              "och att förslaget stämmer med översiktsplanen. Följande frågor behöver utredas "
              "och redovisas i planarbetet:"),
        ("bullets", fr),
        ("p", "Nämnden ser gärna att en del av lägenheterna blir hyresrätter, men "
              "upplåtelseformen kan inte regleras i en detaljplan."),
        ("h1", "Planförfarande och tidplan"),
        ("p", s1 + " Det beror på att planen kan antas vara av betydande intresse för "
              "allmänheten. " + s2),
        ("h1", "Avgift"),
        ("p", "Avgiften för planbeskedet är 26 400 kronor enligt plan- och bygglovstaxan. Ett "
              "planavtal ska tecknas innan planarbetet påbörjas."),
        ("h1", "Upplysningar"),
        ("p", "Ett planbesked är inte bindande och kan inte överklagas."),
        ("p", "Samhällsbyggnadsnämnden · Per Nordin, ordförande · Sofia Ek, planarkitekt"),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Planbesked Lindvedel 2:14 och 2:15",
             author="Håvesta kommun", font="Liberation Sans", size=10.5, lang="sv-SE",
             header=DROP["planbesked"][0], footer="Sida {PAGE} av {NUMPAGES}",
             accent="0F5C4D", head_fill="DCEEE9")
    css = ("@page{size:A4;margin:15mm 18mm 16mm 18mm;@bottom-left{content:'håvesta.se › Bygga, "
           "bo och miljö › Detaljplaner › Lindvedel 2:14';font:7.5pt 'DejaVu Sans',sans-serif;"
           "color:#666}@bottom-right{content:counter(page) ' (' counter(pages) ')';font:7.5pt "
           "'DejaVu Sans',sans-serif;color:#666}}"
           "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
           "body{font-family:'DejaVu Sans',sans-serif;font-size:9.6pt;line-height:1.45;"
           "color:#1d1d1d}.band{background:#0f5c4d;color:#fff;padding:6px 10px;font-weight:bold;"
           "font-size:11pt;letter-spacing:.5px}.crumb{font-size:8pt;color:#555;margin:5px 0 10px}"
           "h1{font-size:17pt;margin:0 0 4px;color:#0f5c4d}.lead{font-size:10.5pt;color:#333;"
           "margin:0 0 10px}.status{display:inline-block;background:#dceee9;padding:2px 8px;"
           "font-size:8.5pt;margin-bottom:8px}"
           "h2{font-size:11.5pt;color:#0f5c4d;margin:12px 0 3px;break-after:avoid}"
           "p{margin:0 0 6px}")
    body = (
        "<div class='band'>HÅVESTA KOMMUN</div><div class='crumb'>Start › Bygga, bo och miljö "
        "› Detaljplaner › Pågående planer</div>"
        "<h1>Detaljplan för Lindvedel 2:14 m.fl. i Almesta</h1>"
        "<div class='status'>Samråd 2 mars–13 april 2050 · Dnr SBN 2049/311</div>"
        "<p class='lead'>Planbeskrivning, samrådshandling. Planen gör det möjligt att bygga "
        "omkring 110 bostäder och en förskola på den gamla sågverkstomten i Almesta.</p>"
        "<h2>Planens syfte och huvuddrag</h2>"
        + paras("Syftet med detaljplanen är att pröva bostäder i flerbostadshus och radhus, en "
                "förskola med sex avdelningar och en park kring ekarna i Lindvedelbacken. "
                "Samhällsbyggnadsnämnden lämnade positivt planbesked den 22 maj 2049.")
        + "<h2>Planprocessen</h2>"
        + paras("Detaljplanen handläggs med utökat förfarande enligt plan- och bygglagen "
                "(2010:900). Efter samrådet sammanställs synpunkterna i en "
                "samrådsredogörelse.",
                "Ett tidigt samråd hölls med Trafikverket den 3 februari 2050 om bullret och "
                "om anslutningen till väg 614. Trafikverket hade inget att invända mot att "
                "Lindvedelvägen ansluts i den befintliga korsningen.")
        + "<h2>Dagvatten</h2>"
        + paras("Dagvattenutredningen (bilaga 2) visar att dagvattnet kan fördröjas i ett "
                "svackdike längs den nya gatan och i en damm i parken innan det når Almestaån. "
                "Flödet till ån blir inte större än i dag, och dammen renar vattnet från "
                "gatorna.")
        + "<h2>Buller</h2>"
        + paras("Bullerutredningen (bilaga 3) visar att ljudnivån vid fasaderna närmast väg 614 "
                "blir upp till 61 dBA ekvivalent nivå. Husen närmast vägen planeras med "
                "genomgående lägenheter, så att alla bostäder får en ljuddämpad sida och en "
                "uteplats med högst 50 dBA.")
        + "<h2>Markföroreningar</h2>"
        + paras("Sågverket doppade virke i träskyddsmedel fram till 1970-talet. En "
                "miljöteknisk markundersökning görs inför granskningsskedet.")
        + "<h2>Ekarna i Lindvedelbacken</h2>"
        + paras("Tolv av de fjorton skyddsvärda ekarna ligger inom parkmarken och skyddas med "
                "planbestämmelsen n1: trädet får inte fällas, och marklov krävs för åtgärder "
                "inom trädens rotzon. De två ekarna vid infarten måste tas ned för att gatan "
                "ska kunna byggas.")
        + "<h2>Gator och trafik</h2>"
        + paras("Området nås från väg 614 via den nya Lindvedelvägen. Biltrafiken beräknas öka "
                "med omkring 400 fordon per dygn. Busshållplatsen vid Almesta torg ligger 450 "
                "meter från förskolan.")
        + "<h2>Förskolan</h2>"
        + paras("Förskolan placeras i områdets södra del och får plats för omkring 110 barn. "
                "Förskoletomten är 5 000 kvadratmeter, varav 4 200 kvadratmeter är friyta för "
                "lek och utevistelse.")
    )
    html_pdf(d / "plan.pdf", lang="sv", title="Detaljplan för Lindvedel 2:14 m.fl. – "
             "planbeskrivning", css=css, body=body)
    g = [
        P("1", fr[0], "content", "covered", ev="Dagvattenutredningen (bilaga 2) visar",
          trap="a Word bullet under 'Följande frågor behöver utredas och redovisas i "
               "planarbetet:' in the 'Bedömning' of a PLANBESKED to a developer (numbered 1–6 "
               "by place); the plan is the planbeskrivning (samrådshandling), a web page. "
               "Svackdike and damm, flow not larger than today"),
        P("2", fr[1], "content", "partial", ev="Bullerutredningen (bilaga 3) visar",
          missing=["bullernivåerna på förskolegården"],
          trap="the levels at the facades and the quiet side for the homes; the förskolegård is "
               "never named under Buller"),
        P("3", fr[2], "content", "uncovered",
          trap="put off: 'En miljöteknisk markundersökning görs inför granskningsskedet'; the "
               "sentence before it is history"),
        P("4", fr[3], "content", "covered", ev="Tolv av de fjorton skyddsvärda",
          trap="answered under a heading naming the place: twelve oaks protected by the "
               "bestämmelse n1, two taken down (an answer, though not every oak is saved)"),
        P("5", fr[4], "content", "uncovered",
          trap="SHARED WORDS: 'Busshållplatsen vid Almesta torg ligger 450 meter från "
               "förskolan' is a distance; no gång- och cykelväg anywhere"),
        P("6", fr[5], "content", "partial", ev="Förskolan placeras i områdets södra",
          missing=["friytan per barn: 4 200 kvadratmeter för omkring 110 barn är cirka 38 "
                   "kvadratmeter per barn, under nämndens krav på 40, och planen säger inget om "
                   "det"],
          trap="the size is given in totals only; the figure per child must be computed and "
               "falls short"),
        P("S1", s1, "process", "covered", ev="Detaljplanen handläggs med utökat",
          trap="a sentence of 'Planförfarande och tidplan'; the next sentence gives the reason "
               "and is none"),
        P("S2", s2, "process", "partial", ev="Ett tidigt samråd hölls med Trafikverket",
          missing=["tidigt samråd med Almesta vägförening"],
          trap="the Trafikverket meeting on 3 February 2050 (past tense); the vägförening is "
               "never named. Not points: the decision (the order), the estimated start and "
               "adoption ('beräknas'), the application, the Förutsättningar, the wish for "
               "hyresrätter ('ser gärna', not regulable), the fee and the planavtal, "
               "'Upplysningar' and the signatures"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf", drop=DROP["planbesked"],
                producer="a PLANBESKED from the samhällsbyggnadsnämnd to a developer, exported "
                "from Word (Liberation Sans 10.5, sv-SE, running header, 'Sida n av m'): a "
                "form table, Beslut, Ansökan, Förutsättningar, 'Bedömning' with 'Följande "
                "frågor behöver utredas och redovisas i planarbetet:' and six Word bullets (the "
                "points), a wish that is none, 'Planförfarande och tidplan' with two process "
                "sentences, Avgift, Upplysningar; plan the planbeskrivning (samrådshandling) "
                "as the kommun's web page printed with Chromium (DejaVu Sans 9.6, a band, "
                "crumbs, a status line, 'n (m)'), a process chapter in the past tense, "
                "appendices referred to, a deferral, totals that fall short", points=g)


# =========================================================================== 4 maaltider (da)
@pair
def maaltider(d: Path) -> dict:
    anb = {
        "1": ("Lokale råvarer",
              "Mindst 30 procent af råvarerne i kommunens køkkener skal komme fra producenter "
              "inden for 50 kilometer.",
              "Kortere transport, friskere råvarer og flere lokale arbejdspladser.",
              "33 for · 2 imod · 1 undlod"),
        "2": ("Madspild",
              "Kommunens køkkener skal måle madspildet og halvere det inden 2054.",
              "Vi smider for meget god mad ud, og det koster både penge og klima.",
              "36 for"),
        "3": ("Skolemad",
              "Alle elever i 0.–9. klasse skal tilbydes et gratis varmt frokostmåltid hver "
              "skoledag.",
              "Mange børn har ingen madpakke med, og det går ud over indlæringen.",
              "25 for · 9 imod · 2 undlod"),
        "4": ("Plejecentrene",
              "Beboerne på plejecentrene skal kunne vælge mellem to hovedretter hver dag, og "
              "maden skal laves i plejecentrets eget køkken.",
              "Duften af mad og muligheden for at vælge giver appetit og livskvalitet.",
              "34 for · 2 imod"),
        "5": ("Måltidet i daginstitutionerne",
              "Personalet i daginstitutionerne skal spise sammen med børnene og bruge måltidet "
              "pædagogisk.",
              "Børn lærer at spise varieret, når de voksne spiser med.",
              "31 for · 3 imod · 2 undlod"),
        "6": ("Køkkenpersonale",
              "Alle køkkenmedarbejdere skal have en faglig uddannelse inden for ernæring eller "
              "gastronomi.",
              "Faglighed i køkkenet giver bedre mad.",
              "26 for · 8 imod · 2 undlod"),
        "7": ("Madråd",
              "Brugerne skal have indflydelse på menuen gennem et madråd på hver skole og hvert "
              "plejecenter.",
              "Dem, der spiser maden, ved bedst, hvad der virker.",
              "35 for · 1 undlod"),
    }
    at = [
        "at anbefaling 1, 2, 4, 5 og 7 indarbejdes i måltidsplanen,",
        "at anbefaling 3 oversendes til budgetforhandlingerne for 2050,",
        "at anbefaling 6 ikke følges, da den ikke kan forenes med de nuværende ansættelser,",
        "at forslaget til måltidsplan forelægges Borgertinget på et opfølgningsmøde, før det "
        "sendes i høring, og",
        "at måltidsplanen forelægges Social- og Sundhedsudvalget og Børne- og Skoleudvalget "
        "senest den 1. november 2049.",
    ]
    m = [
        ("title", "Borgertingets anbefalinger"),
        ("meta", "Borgertinget om mad og måltider i Tangbjerg Kommune · 36 borgere udtrukket "
                 "ved lodtrækning · fire weekender, januar–marts 2049 · overrakt til byrådet 27. "
                 "marts 2049"),
        ("h1", "Om Borgertinget"),
        ("p", "Byrådet nedsatte i oktober 2048 et borgerting, der skulle give anbefalinger til "
              "kommunens kommende måltidsplan for daginstitutioner, skoler og plejecentre. "
              "Borgertinget har hørt oplæg fra køkkenledere, en ernæringsforsker, pårørende og "
              "elever og har besøgt tre køkkener. Hver anbefaling er vedtaget ved afstemning "
              "blandt medlemmerne."),
        ("h1", "Vores syv anbefalinger"),
    ]
    for k, (head, text, why, vote) in anb.items():
        m.append(("table", [f"Anbefaling {k} · {head}"],
                  [[text], [f"Begrundelse: {why}"], [f"Afstemning: {vote}"]], [170]))
    m += [
        ("h1", "Byrådets behandling"),
        ("p", "Byrådet behandlede Borgertingets anbefalinger på mødet den 24. april 2049, punkt "
              "7. Byrådet besluttede,"),
        *[("typed", "– ", t, 4, 0) for t in at],
        ("p", "Byrådet takker Borgertingets medlemmer for et grundigt arbejde."),
    ]
    rl_pdf(d / "mandate.pdf", m, title="Borgertingets anbefalinger", author="Tangbjerg Kommune",
           family="Helvetica", size=10, head_left=DROP["maaltider"][0],
           head_right=DROP["maaltider"][1], foot=lambda n, t: f"Side {n} af {t}",
           accent="#8A4B08", head_fill="#F6E7D2")
    roede = [
        ["Lokale råvarer, andel af indkøb", "12 %", "20 %", "30 %"],
        ["Madspild, gram pr. kuvert", "95", "85", "71"],
    ]
    p = [
        ("title", "Måltidsplan for Tangbjerg Kommune 2050–2054"),
        ("meta", "Forslag · Social, Sundhed og Børn · oktober 2049"),
        ("h1", "1 Indledning"),
        ("p", "Planen samler kommunens mål for maden i daginstitutioner, skoler og på "
              "plejecentrene. Den bygger på Borgertingets anbefalinger og byrådets beslutning "
              "af 24. april 2049."),
        ("h1", "2 Sådan er planen blevet til"),
        ("p", "Forvaltningen har skrevet planen sammen med køkkenlederne. Den 2. oktober 2049 "
              "mødtes Borgertinget igen til et opfølgningsmøde, hvor 27 af de 36 medlemmer "
              "drøftede udkastet, inden det blev sendt i høring. Deres bemærkninger om "
              "madrådene er indarbejdet."),
        ("p", "Planen forelægges Social- og Sundhedsudvalget den 3. november og Børne- og "
              "Skoleudvalget den 5. november 2049."),
        ("h1", "3 Råvarer fra egnen"),
        ("p", "I dag kommer 12 procent af råvarerne fra producenter inden for 50 kilometer. "
              "Målet er 30 procent i 2052. Vi deler det næste udbud af fødevarer op i mindre "
              "delaftaler for grøntsager, mejerivarer og kød, så lokale producenter kan byde."),
        ("h1", "4 Mindre spild"),
        ("p", "Alle køkkener vejer madspildet hver dag fra januar 2050. Målet er at nedbringe "
              "madspildet med 25 procent frem mod 2054."),
        ("table", ["Mål", "2049", "2052", "2054"], roede, [7.0, 2.6, 2.6, 2.6]),
        ("h1", "5 Maden på plejecentrene"),
        ("p", "Fra 2051 kan beboerne på alle fire plejecentre vælge mellem to hovedretter hver "
              "dag. Maden laves fortsat i Centralkøkkenet i Tangbjerg og køres ud to gange "
              "dagligt."),
        ("p", "Måltidet er også et fællesskab: på plejecentrene spiser beboerne sammen i "
              "fællesstuen, og pårørende er velkomne til at spise med."),
        ("h1", "6 Madråd"),
        ("p", "Hver skole og hvert plejecenter opretter i 2050 et madråd med elever eller "
              "beboere, pårørende og køkkenlederen. Madrådet mødes to gange om året og kan "
              "ønske retter til menuen, som køkkenet skal prøve mindst én gang."),
        ("h1", "7 Det, planen ikke omfatter"),
        ("p", "Gratis skolemad indgår ikke i planen; spørgsmålet behandles i "
              "budgetforhandlingerne for 2050."),
    ]
    odt_pdf(d / "plan.pdf", p, title="Måltidsplan for Tangbjerg Kommune 2050–2054",
            font="Liberation Sans", size=10.5, lang="da", country="DK",
            header="Tangbjerg Kommune · Måltidsplan 2050–2054", footer="Side {n} af {m}",
            accent="#8A4B08", head_fill="#F6E7D2")
    g = [
        P("1", anb["1"][1], "content", "covered", ev="I dag kommer 12 procent",
          trap="the recommendation sentence in a box 'Anbefaling 1 · …' of a BORGERTING REPORT "
               "(Begrundelse and Afstemning rows are no part of it); it is a point because the "
               "byråd's decision printed at the end takes recommendations 1, 2, 4, 5 and 7 into "
               "the plan (numbered by the recommendation). 30 % by 2052 and a split tender"),
        P("2", anb["2"][1], "content", "partial", ev="Alle køkkener vejer madspildet",
          missing=["en halvering af madspildet (planens mål er 25 procent)"],
          trap="measured every day from 2050, but the plan's target is a quarter, not half; the "
               "table's 95 → 71 grams says the same"),
        P("4", anb["4"][1], "content", "partial", ev="Fra 2051 kan beboerne på alle fire",
          missing=["at maden laves i plejecentrets eget køkken (den laves fortsat i "
                   "Centralkøkkenet)"],
          trap="two demands: the choice of two dishes is met, the own kitchen is refused in "
               "plain words"),
        P("5", anb["5"][1], "content", "uncovered",
          trap="SHARED WORDS: 'Måltidet er også et fællesskab' is about the plejecentre; "
               "daginstitutionerne and the staff eating with the children are named nowhere"),
        P("7", anb["7"][1], "content", "covered", ev="Hver skole og hvert plejecenter",
          trap="answered under the heading 'Madråd'; recommendation 3 (gratis skolemad, sent to "
               "the budget) and 6 (køkkenpersonale, not followed) are NO points, though the "
               "plan names 3 in its last chapter"),
        P("S1", at[3].removesuffix(", og"), "process", "covered",
          ev="Den 2. oktober 2049 mødtes",
          trap="an at-clause of the byråd's decision; the follow-up meeting on 2 October 2049 "
               "before the høring (past tense)"),
        P("S2", at[4].removesuffix("."), "process", "uncovered",
          trap="a MISSED DEADLINE: the plan goes to the two udvalg on 3 and 5 November 2049, "
               "after 1 November. Not points: 'Om Borgertinget', the Begrundelse and "
               "Afstemning rows, recommendations 3 and 6, the first three at-clauses as such "
               "(they select the points), the thanks"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf", drop=DROP["maaltider"],
                producer="a BORGERTING REPORT laid out with reportlab (Helvetica 10, running head "
                "'TANGBJERG KOMMUNE' / 'Borgertinget om mad og måltider · Anbefalinger' over a "
                "rule, 'Side n af m'): 'Om Borgertinget', seven recommendations each in a BOX "
                "(a one-column table: 'Anbefaling k · title' shaded, the recommendation, "
                "'Begrundelse: …', 'Afstemning: …'), then 'Byrådets behandling' with five "
                "hand-typed '– at …' clauses: recommendations 1, 2, 4, 5 and 7 into the plan, 3 "
                "to the budget, 6 not followed, and two process clauses; plan written with "
                "odfpy and exported by LibreOffice (Liberation Sans 10.5, da-DK, running "
                "header, 'Side n af m'), a process chapter in the past tense, headings in other "
                "words, a target table, a refusal in plain words, a missed deadline", points=g)


# =========================================================================== 5 ofsted (en)
@pair
def ofsted(d: Path) -> dict:
    imp = [
        "The timeliness and quality of strategy discussions and child protection enquiries, "
        "including the involvement of the police and health partners",
        "The response to children aged 16 and 17 who present as homeless",
        "Management oversight and supervision of social work practice, so that drift in "
        "children's plans is identified and addressed",
        "The stability of the social work workforce and the size of social workers' caseloads",
        "The quality of pathway plans for care leavers, including their access to suitable "
        "accommodation",
        "The use of performance information and quality assurance by senior leaders to "
        "understand the quality of practice",
    ]
    s1 = ("This should be a local authority-wide plan that includes the actions of partner "
          "agencies.")
    s2 = ("The statement should be submitted to Ofsted within 70 working days of receiving "
          "this letter.")
    s3 = "It should also be shared with the Department for Education."
    grades = [
        ["The impact of leaders on social work practice with children and families",
         "Inadequate"],
        ["The experiences and progress of children who need help and protection", "Inadequate"],
        ["The experiences and progress of children in care",
         "Requires improvement to be good"],
        ["The experiences and progress of care leavers", "Requires improvement to be good"],
        ["Overall effectiveness", "Inadequate"],
    ]
    m = [
        ("p", "14 May 2049"),
        ("p", "Mrs Joanne Pike, Director of Children's Services, Thornhallow County Council, "
              "County Hall, Thornhallow TH1 4AA"),
        ("p", "Dear Mrs Pike"),
        ("bold", "Ofsted inspection of Thornhallow local authority children's services"),
        ("p", "Ofsted inspected Thornhallow local authority children's services from 10 March "
              "2049 to 21 March 2049. The inspection was led by His Majesty's Inspector Sarah "
              "Gant. Three Ofsted inspectors supported her."),
        ("table", ["Judgement", "Grade"], grades, [11.6, 4.6]),
        ("p", "Since the last inspection in 2045, when services were judged to require "
              "improvement, the quality of help and protection for children has declined. A "
              "large rise in demand, the loss of experienced managers and a heavy reliance on "
              "agency social workers mean that too many children wait too long for help. "
              "Children in care and care leavers are better served, and most live in stable "
              "homes."),
        ("bold", "What needs to improve in this area of social care practice?"),
        ("bullets", [t + "." for t in imp], "•"),
        ("bold", "The experiences and progress of children who need help and protection: "
                 "inadequate"),
        ("p", "When concerns are first raised, most children are seen promptly, but strategy "
              "discussions are often held days later and without the police or health "
              "professionals. Some children remain in situations of harm for too long before "
              "child protection enquiries start. Young people aged 16 and 17 who are homeless "
              "are mostly offered housing advice only, and few are told that they could become "
              "looked after."),
        ("bold", "The experiences and progress of children in care and care leavers: requires "
                 "improvement to be good"),
        ("p", "Children in care do not always see their social worker as often as their plans "
              "say. Pathway plans are too often written late and do not say where young people "
              "will live when they leave care."),
        ("bold", "The impact of leaders on social work practice with children and families: "
                 "inadequate"),
        ("p", "Senior leaders have not had an accurate understanding of the quality of "
              "frontline practice. Performance reports show numbers, not quality, and audits "
              "are not completed. Caseloads in the assessment teams are high, with some social "
              "workers holding more than 30 children."),
        ("p", "Ofsted will take the findings from this inspection into account when planning "
              "your next inspection or visit. Your local authority is now required to prepare "
              "a written statement of proposed action responding to the findings outlined in "
              "this letter. " + s1 + " " + s2 + " " + s3),
        ("p", "Yours sincerely"),
        ("p", "Martin Oyelaran, Regional Director, Social Care"),
    ]
    odt_pdf(d / "mandate.pdf", m, title="Ofsted inspection of Thornhallow local authority "
            "children's services", font="Liberation Sans", size=10.5, lang="en", country="GB",
            header=DROP["ofsted"][0], footer="Page {n} of {m}", accent="#2B2B2B",
            head_fill="#E4E4EE")
    actions = [
        ["1.1", "Strategy discussions within one working day, the police attending",
         "Head of Children's Safeguarding", "September 2049"],
        ["1.2", "Joint housing protocol for homeless 16- and 17-year-olds", "Head of Early Help",
         "Agreed July 2049"],
        ["2.1", "Four-weekly supervision recorded on every child's file", "Service managers",
         "October 2049"],
        ["2.2", "Monthly drift panel for plans not progressing", "Head of Service",
         "October 2049"],
        ["3.1", "Recruit 14 permanent social workers", "Principal Social Worker", "March 2050"],
        ["3.2", "Agency staff down from 38 % to 15 %", "Director of Children's Services",
         "March 2051"],
    ]
    p = [
        ("title", "Written Statement of Action"),
        ("meta", "Children's Services Improvement Plan 2049–2051 · Thornhallow County Council · "
                 "August 2049"),
        ("h1", "Foreword"),
        ("p", "In May 2049 Ofsted judged our services for children to be inadequate. We accept "
              "every finding. This plan sets out what we will do, by when and who is "
              "responsible."),
        ("p", "This statement was submitted to Ofsted on 15 August 2049, within the 70 working "
              "days the inspection letter allows."),
        ("h1", "1 Who this plan is for"),
        ("p", "The plan covers the Council's children's social care and early help services. "
              "Thornhallow Police have agreed the actions in section 2 that fall to them."),
        ("h1", "2 When children may be at risk"),
        ("p", "From September 2049 every strategy discussion will be held within one working day "
              "of a concern being raised, and child protection enquiries will start the same "
              "day. The police will attend every discussion, by video "
              "where needed, and each month the Head of Children's Safeguarding will audit "
              "twenty discussions for timeliness and quality."),
        ("h1", "3 Young people with nowhere to live"),
        ("p", "In July 2049 we agreed a joint protocol with the housing service. Every 16- or "
              "17-year-old who presents as homeless now gets a children's services assessment "
              "the same day, and is told in writing what it would mean to become looked after."),
        ("h1", "4 Keeping plans on track"),
        ("p", "Team managers will supervise every social worker every four weeks, and the "
              "supervision will be recorded on each child's file. Plans that have not moved on "
              "in three months will go to a monthly drift panel chaired by the Head of "
              "Service."),
        ("h1", "5 A stable workforce"),
        ("p", "We will recruit 14 permanent social workers by March 2050 and reduce the share of "
              "agency staff from 38 % to 15 % by March 2051. A new market supplement for "
              "experienced social workers starts in October 2049."),
        ("h1", "6 Care leavers"),
        ("p", "Care leavers told us they want more say in where they live. A new care leavers' "
              "offer will be published in the spring of 2050."),
        ("h1", "7 Knowing ourselves"),
        ("p", "A new quality assurance framework and a practice scorecard for senior leaders "
              "will be developed by April 2050."),
        ("h1", "Appendix A Action plan"),
        ("p", "The table lists the actions in this statement, with the lead officer and the "
              "date for each."),
        ("table", ["Ref", "Action", "Lead", "By"], actions, [1.2, 8.2, 4.2, 2.8]),
    ]
    docx_pdf(d / "plan.pdf", p, title="Written Statement of Action 2049–2051",
             author="Thornhallow County Council", font="DejaVu Sans", size=10, lang="en-GB",
             header="Thornhallow County Council · Written Statement of Action",
             footer="Page {PAGE} of {NUMPAGES}", accent="005A70", head_fill="D9ECF0")
    g = [
        P("1", imp[0], "content", "partial", ev="From September 2049 every strategy",
          missing=["the involvement of health partners in strategy discussions and enquiries"],
          trap="a bullet under 'What needs to improve in this area of social care practice?' of "
               "an OFSTED INSPECTION LETTER: the points are NOUN PHRASES ('The timeliness and "
               "quality of …'), no verb, each ending in a full stop (numbered 1–6 by place). "
               "Timeliness, enquiries starting the same day, police and audits are answered; "
               "health partners are named nowhere in the plan"),
        P("2", imp[1], "content", "covered", ev="In July 2049 we agreed a joint",
          trap="answered under a heading in other words ('Young people with nowhere to live')"),
        P("3", imp[2], "content", "covered", ev="Team managers will supervise",
          trap="heading in other words ('Keeping plans on track'): four-weekly supervision and "
               "a drift panel"),
        P("4", imp[3], "content", "partial", ev="We will recruit 14 permanent",
          missing=["the size of social workers' caseloads"],
          trap="permanent staff and agency share are answered; caseloads are named nowhere in "
               "the plan (the letter's body says more than 30 children)"),
        P("5", imp[4], "content", "uncovered",
          trap="put off: 'A new care leavers' offer will be published in the spring of 2050'; "
               "pathway plans are never named"),
        P("6", imp[5], "content", "uncovered",
          trap="put off: 'A new quality assurance framework and a practice scorecard … will be "
               "developed by April 2050'"),
        P("S1", s1, "content", "partial", ev="The plan covers the Council's",
          missing=["the actions of the health partners and other agencies (only the police's "
                   "actions are in the plan)"],
          trap="a sentence of the letter's closing paragraph, after the order ('Your local "
               "authority is now required to prepare a written statement of proposed action', "
               "the mandate)"),
        P("S2", s2, "process", "covered", ev="This statement was submitted to Ofsted",
          trap="answered in the foreword in the past tense, 15 August 2049, 'within the 70 "
               "working days'"),
        P("S3", s3, "process", "uncovered",
          trap="the Department for Education is named nowhere in the plan. Not points: the "
               "grades table, the narrative sections (their findings are background; e.g. "
               "'Children in care do not always see their social worker as often as their plans "
               "say' is no listed improvement), 'Ofsted will take the findings … into account' "
               "(Ofsted's own next step), the order sentence and the signature"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf", drop=DROP["ofsted"],
                producer="an OFSTED INSPECTION LETTER (ILACS) written with odfpy and exported by "
                "LibreOffice (Liberation Sans 10.5, en-GB, running header, 'Page n of m'): "
                "date, addressee, salutation, a bold title, a grades table, a summary, 'What "
                "needs to improve in this area of social care practice?' with six ODF bullets "
                "that are NOUN PHRASES, three narrative sections with bold headings, and a "
                "closing paragraph ordering a written statement of action with three "
                "requirement sentences; plan exported from Word (DejaVu Sans 10, en-GB, running "
                "header, 'Page n of m'), a foreword holding a process answer, headings in other "
                "words, deferrals, an action table in an appendix", points=g)


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them (point texts in the mandate with
    batch 47's check_texts on this folder, then the gold quotes on their pages), or --twice:
    build everything twice and compare the sha256 of every file (pairkit.mandates_main)."""
    if argv[:1] == ["--verify"]:
        _b47.HERE, _b47.DROP = HERE, DROP
        bad = _b47.check_texts(argv[1:] or list(PAIRS))
        for b in bad:
            print(b)
        if bad:
            raise SystemExit(f"verify: {len(bad)} point text(s) not printed")
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder=BUILDER)


BUILDER = "corpora/mandates-blind48/make_pairs.py"

if __name__ == "__main__":
    main(sys.argv[1:])
