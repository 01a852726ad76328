"""Build the fiftieth blind batch of mandate/plan pairs under corpora/mandates-blind50/ and their gold.

Written on 2026-12-07 without reading plancheck's code. Mandates in five forms the earlier
batches did not use: a bokmål REGIONAL PLAN'S RETNINGSLINJER FOR KOMMUNAL PLANLEGGING
(python-docx → LibreOffice), an extract of the fylkeskommune's plan whose guidelines stand in a
two-column box table R1–R9 running over the page break, among delmål, a 'bør' guideline and
one addressed to the fylkeskommune itself; a nynorsk GRANT CALL (utlysing) printed from the
grant portal (HTML → Chromium), whose 'Krav til planen' bullets and two 'Vilkår for
utbetaling' sentences are the points among the scheme's own rules; a Swedish UPPDRAGSKORT
printed from the municipality's follow-up system (reportlab), whose points stand in the
description's prose, in 'Förväntat resultat' bullets and in a dated COMMENT LOG (one comment
adds a point, one moves the deadline, one is a proposal not agreed); a Danish LEDELSESAFTALE
between the kommunaldirektør and a centerchef (odfpy → LibreOffice), where only one of the
'særlige indsatser' orders the plan; and an English SECTION 106 AGREEMENT (python-docx →
LibreOffice), whose points stand in the DEFINITION of the Travel Plan (items (a)–(f) under
'which shall include:') and in the paragraphs of its Schedule. Plans answer as real ones do:
chapters whose headings restate a point in other words, answers in tables, process facts in
the past tense, deferrals, words shared without an answer, partial answers and plain refusals.

    python corpora/mandates-blind50/make_pairs.py               # all pairs
    python corpora/mandates-blind50/make_pairs.py --verify      # point texts and gold quotes
    python corpora/mandates-blind50/make_pairs.py --twice       # build twice, compare sha256

Imports the forty-seventh batch's builder through pairkit (its odfpy writer `odt_pdf`, its
layout check `expect_on_page` and its point-text check `check_texts`, pointed at this folder)
and, through it, the twentieth (P, verify, the construction check) and thirty-third batch's
document writers (docx_pdf, rl_pdf, html_pdf and the HTML helpers e, paras, table_html), called
with this batch's own fonts, sizes, headers, footers and colours; the HTML pages' CSS and
markup are this batch's own. Nothing of the earlier batches is edited.
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
odt_pdf, expect_on_page = _b47.odt_pdf, _b47.expect_on_page

PAIRS, pair = pk.pair_registry()

# running header / footer lines of the mandates, left out by the construction check
DROP = {
    "bredband": ("Regional plan for digital infrastruktur 2049–2060 · Dalheim fylkeskommune",),
    "stadutvikling": ("regionalforvaltning.no › Utlysingar › Kvamdal fylkeskommune",),
    "hundrastgardar": ("Krokmåla kommun · Uppdragsuppföljning", "Utskrift 2050-03-18 09:14"),
    "sygefravaer": ("Klintrup Kommune · Ledelsesaftale 2050",),
    "travelplan": ("Land north of Fennick Lane, Ashby Fenn · Section 106 Agreement",),
}


# =========================================================================== 1 bredband (nb)
@pair
def bredband(d: Path) -> dict:
    r = {
        "R1": "Kommunene skal kartlegge hvilke adresser i kommunen som mangler tilbud om "
              "bredbånd med minst 100 Mbit/s.",
        "R2": "Kommunene skal kartlegge mobildekningen langs fylkesveger og kommunale veger og i "
              "områder som er mye brukt til friluftsliv.",
        "R3": "Kommunene bør stille kommunale bygg og tomter til disposisjon for master der "
              "det bedrer dekningen.",
        "R4": "Kommunene skal vise hvordan de vil sikre at det legges trekkerør for fiber når "
              "kommunale veger og vann- og avløpsledninger graves opp.",
        "R5": "Kommunene skal prioritere områdene uten tilbud og angi i hvilken rekkefølge "
              "kommunen vil søke om statlig og fylkeskommunalt bredbåndstilskudd.",
        "R6": "Kommunene skal vurdere behovet for reserveløsninger for ekom i kriseledelsen og "
              "i helse- og omsorgstjenestene.",
        "R7": "Fylkeskommunen skal hvert år samle kommunenes oversikter over dekning og legge "
              "dem fram for fylkestinget.",
        "R8": "Kommunene skal beskrive hvordan innbyggere som ikke bruker digitale tjenester, "
              "kan få hjelp, både på kommunens servicetorg og hjemme.",
        "R9": "Kommunene skal involvere næringslivet og bygdelagene i områder uten bredbånd i "
              "arbeidet med planen.",
    }
    s1 = "Planen skal være vedtatt innen utgangen av 2051."
    m = [
        ("title", "Regional plan for digital infrastruktur 2049–2060"),
        ("meta", "Vedtatt av fylkestinget i Dalheim 17. juni 2049, sak 41/49 · Utdrag: kapittel "
                 "5 og 6"),
        ("h1", "5 Mål"),
        ("p", "Hovedmålet for planen er at alle husstander og virksomheter i Dalheim skal ha "
              "tilgang til bredbånd med minst 1 Gbit/s innen 2058. Planen har tre delmål:"),
        ("typed", "5.1", "Alle fastboende skal ha tilbud om bredbånd med minst 100 Mbit/s innen "
                         "2053.", 1.1, 0.0),
        ("typed", "5.2", "Det skal være sammenhengende mobildekning langs alle fylkesveger innen "
                         "2055.", 1.1, 0.0),
        ("typed", "5.3", "Innbyggere som står utenfor digitale tjenester, skal få hjelp der de "
                         "bor.", 1.1, 0.0),
        ("p", "Kartleggingen fylkeskommunen gjorde i 2048, viser at om lag 6 400 adresser i "
              "fylket mangler et tilbud om bredbånd med minst 100 Mbit/s. De fleste ligger i "
              "spredt bebyggelse og i små bygder der markedet ikke vil bygge ut uten tilskudd. "
              "Dekningen for mobil er svakest i fjellområdene og langs flere fylkesveger i "
              "innlandet. Fylkeskommunen fordeler de statlige tilskuddsmidlene etter søknad fra "
              "kommunene og legger vekt på at kommunene har en plan som viser hvilke områder "
              "som skal prioriteres."),
        ("p", "Både kommunene og fylkeskommunen eier veger, bygg og ledningsnett som kan gjøre "
              "utbyggingen billigere. Erfaringene fra fylkets kommuner viser at samordning av "
              "gravearbeid kan redusere kostnadene med opptil en tredjedel."),
        ("h1", "6 Retningslinjer for kommunal planlegging"),
        ("p", "Retningslinjene gjelder for kommunene og fylkeskommunen. De er ikke juridisk "
              "bindende, men vesentlige avvik fra dem kan gi grunnlag for innsigelse. Hver "
              "kommune skal lage en egen plan for digital infrastruktur som følger opp "
              "retningslinjene nedenfor. Planen kan være en temaplan eller et kapittel i "
              "kommuneplanens samfunnsdel. " + s1),
        ("p", "Retningslinjene bygger på de nasjonale målene for bredbånd og mobil, på "
              "innspillene fra kommunene i høringen av planforslaget og på erfaringene fra "
              "utbyggingsprosjektene som har fått tilskudd fra fylkeskommunen siden 2044. De "
              "tre første retningslinjene handler om å vite hvor dekningen er dårlig, de neste "
              "om hvordan utbyggingen kan gjøres billigere og i riktig rekkefølge, og de siste "
              "om beredskap og om innbyggere som trenger hjelp."),
        ("form", [[k, v] for k, v in r.items()], [1.4, 15.0]),
        ("h1", "7 Oppfølging"),
        ("p", "Fylkeskommunen gir faglig råd til kommunene i arbeidet med planene og holder et "
              "årlig nettverksmøte for kommunenes kontaktpersoner. Kommunene sender planen til "
              "fylkeskommunen når den er vedtatt."),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Regional plan for digital infrastruktur 2049–2060",
             author="Dalheim fylkeskommune", font="Liberation Sans", size=10.5, lang="nb-NO",
             header=DROP["bredband"][0], footer="Side {PAGE} av {NUMPAGES}", accent="2E4A62",
             head_fill="E4ECF3")
    # the guideline table runs over the page break: R8 on page 1, R9 alone on page 2
    expect_on_page(d / "mandate.pdf", [(1, "både på kommunens servicetorg og hjemme"),
                                       (2, "involvere næringslivet og bygdelagene")])

    grender = [
        ["Sandlia", "84", "0", "Ingen"],
        ["Furuly", "61", "12", "Fiber fram til skolen"],
        ["Haldorsbu", "47", "0", "Ingen"],
        ["Vestre Granvollen", "132", "40", "Kobber, 10–20 Mbit/s"],
        ["Øvrige spredte adresser", "88", "9", "Varierende"],
    ]
    prio = [
        ["1", "Sandlia og Haldorsbu", "131", "Statlig tilskudd, søknad 2052"],
        ["2", "Vestre Granvollen", "92", "Fylkeskommunalt tilskudd, søknad 2053"],
        ["3", "Furuly", "49", "Statlig tilskudd, søknad 2054"],
        ["4", "Øvrige spredte adresser", "79", "Vurderes etter 2054"],
    ]
    veger = [
        ["Fv. 214 Granvollen – Sandlia", "14", "Tre strekninger uten dekning, til sammen 4 km"],
        ["Fv. 230 Furuly – Haldorsbu", "9", "Ingen dekning på 2,5 km ved Svartbekken"],
        ["Kommunale veger", "68", "Svak dekning i Haldorsbu"],
    ]
    p = [
        ("title", "Plan for digital infrastruktur i Granvollen 2052–2060"),
        ("meta", "Vedtatt av kommunestyret 9. februar 2052, sak 6/52"),
        ("h1", "1 Innledning"),
        ("p", "Planen følger opp den regionale planen for digital infrastruktur, som fylkestinget "
              "vedtok i 2049. Den viser hvor i Granvollen det mangler godt bredbånd og god "
              "mobildekning, og hva kommunen vil gjøre for å få det bygd ut."),
        ("h1", "2 Slik har vi arbeidet"),
        ("p", "Arbeidet ble ledet av kommunens IKT-rådgiver sammen med teknisk drift. Vi hadde "
              "møter med bygdelagene i Sandlia, Furuly og Haldorsbu i mars 2051, der folk fikk "
              "fortelle hvor dekningen er dårlig. Utkastet lå ute til høring i november og "
              "desember 2051."),
        ("h1", "3 Hvem mangler godt bredbånd?"),
        ("p", "I mai 2051 gikk vi gjennom tilbudet på alle adresser med fast bosetting. 412 "
              "adresser har i dag ikke tilbud om 100 Mbit/s eller mer. Tabellen viser hvor de "
              "ligger. Adressene er også lagt inn i kommunens kartinnsyn."),
        ("table", ["Grend", "Adresser uten tilbud", "Av dem med tilbud innen 2053",
                   "Eksisterende nett"], grender, [38, 34, 42, 56]),
        ("h1", "4 Mobildekning"),
        ("p", "Vi kjørte fylkesvegene og de kommunale vegene med måleutstyr i juni 2051. Tabellen "
              "viser strekningene der dekningen er svak eller mangler."),
        ("table", ["Veg", "Lengde (km)", "Resultat"], veger, [60, 26, 84]),
        ("p", "Dekningen i fjellet og langs turløypene er ikke målt. Det vil vi gjøre når "
              "løypeplanen rulleres i 2054."),
        ("h1", "5 Rekkefølge for utbygging"),
        ("p", "Områdene uten tilbud er satt opp i prioritert rekkefølge. Der flest adresser "
              "mangler tilbud og nettet er dårligst, kommer først."),
        ("table", ["Prioritet", "Område", "Adresser", "Finansiering"], prio, [22, 50, 24, 74]),
        ("h1", "6 Grav én gang"),
        ("p", "Når kommunen graver opp en veg eller legger nye vann- og avløpsledninger, legger "
              "vi samtidig tomme rør som fiberselskapene kan trekke kabel i senere. Teknisk drift "
              "sender varsel om alle planlagte gravearbeider til fiberselskapene hvert år i "
              "januar, og rørene leies ut til alle selskap på like vilkår."),
        ("h1", "7 Trygghet når nettet faller ut"),
        ("p", "Helse- og omsorgstjenestene bruker stadig flere digitale løsninger, som "
              "trygghetsalarmer, medisindispensere og elektroniske meldinger til fastlegene. "
              "Kriseledelsen møtes på rådhuset."),
        ("h1", "8 Hjelp til dem som ikke er digitale"),
        ("p", "Servicetorget på rådhuset hjelper innbyggere med digitale skjema og med å logge "
              "inn i offentlige tjenester. Biblioteket holder kurs for seniorer hver høst. Vi har "
              "ikke kapasitet til å gi slik hjelp hjemme hos folk."),
    ]
    rl_pdf(d / "plan.pdf", p, title="Plan for digital infrastruktur i Granvollen 2052–2060",
           author="Granvollen kommune", family="LS", size=10,
           head_left="Granvollen kommune", head_right="Plan for digital infrastruktur 2052–2060",
           foot=lambda n, t: f"Side {n} av {t}", accent="#2E4A62", head_fill="#E4ECF3")
    box = ("a guideline in a two-column BOX TABLE (R-number | text, the label column shaded) in "
           "chapter 6 of a REGIONAL PLAN")
    g = [
        P("R1", r["R1"], "content", "covered", ev="I mai 2051 gikk vi gjennom",
          trap=box + "; answered under a heading in other words ('Hvem mangler godt "
               "bredbånd?') with a table per grend"),
        P("R2", r["R2"], "content", "partial", ev="Vi kjørte fylkesvegene",
          missing=["mobildekningen i områder som er mye brukt til friluftsliv (ikke målt, "
                   "utsatt til rulleringen av løypeplanen i 2054)"],
          trap="the roads measured and tabled; the friluftsliv areas put off"),
        P("R4", r["R4"], "content", "covered", ev="Når kommunen graver opp en veg",
          trap="answered under a heading in other words ('Grav én gang'): tomme rør laid at "
               "every dig, a yearly notice to the fibre companies"),
        P("R5", r["R5"], "content", "covered", ev="Områdene uten tilbud er satt opp",
          trap="a priority table with the grant and the year of application per area"),
        P("R6", r["R6"], "content", "uncovered",
          trap="SHARED WORDS: 'Helse- og omsorgstjenestene bruker stadig flere digitale "
               "løsninger …' and 'Kriseledelsen møtes på rådhuset' under a heading that promises "
               "the subject ('Trygghet når nettet faller ut'); no assessment of reserve "
               "solutions"),
        P("R8", r["R8"], "content", "partial", ev="Servicetorget på rådhuset hjelper",
          missing=["hjelp hjemme hos innbyggerne (avvist: 'Vi har ikke kapasitet')"],
          trap="the servicetorg and the library answered; help at home refused in plain words"),
        P("R9", r["R9"], "process", "partial", ev="Arbeidet ble ledet av kommunens",
          missing=["næringslivet (ikke nevnt i arbeidet med planen)"],
          trap="the table's last row, alone on page 2 of the mandate after the footer and the "
               "running header; past tense: meetings with three bygdelag in March 2051, no "
               "business named"),
        P("S1", s1, "process", "uncovered",
          trap="the last sentence of chapter 6's opening paragraph; the plan was adopted 9 "
               "February 2052, after the end of 2051 (a missed deadline). Not points: the "
               "hovedmål and the delmål 5.1–5.3 typed under chapter 5 (the region's own "
               "goals), the background, the order of the plan itself ('Hver kommune skal lage "
               "en egen plan …', the mandate), the permission to make it a chapter of the "
               "samfunnsdel, R3 ('bør'), R7 (the fylkeskommune's own task), chapter 7 (advice, "
               "and sending the plan after adoption)"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf", drop=DROP["bredband"],
                producer="an extract of a REGIONAL PLAN with RETNINGSLINJER FOR KOMMUNAL "
                "PLANLEGGING, exported from Word (Liberation Sans 10.5, nb-NO, running header, "
                "'Side n av m'): typed delmål 5.1–5.3 (none), the background, the order of a "
                "municipal plan with its deadline in chapter 6's prose, the guidelines R1–R9 in a "
                "two-column box table running over the page break, R9 alone on page 2 (R3 'bør' and R7 the "
                "fylkeskommune's own: none); plan a report print (reportlab, Liberation Sans "
                "10, running head, 'Side n av m'), a process chapter in the past tense, tables "
                "per grend, per road and by priority, headings in other words, a deferral, "
                "shared words, a refusal, a late adoption", points=g)


# =========================================================================== 2 stadutvikling (nn)
@pair
def stadutvikling(d: Path) -> dict:
    krav = [
        "byggje på ein stadanalyse som viser kvalitetane og utfordringane på staden",
        "vise korleis barn og unge har vore med i arbeidet",
        "ha ein tiltaksdel med kostnadsoverslag, ansvar og tidspunkt for kvart tiltak",
        "gjere greie for korleis tiltaka skal finansierast, også kva kommunen vil søkje om "
        "frå andre tilskotsordningar",
        "omtale korleis staden kan bli meir tilgjengeleg for personar med nedsett "
        "funksjonsevne",
        "syne korleis handel og tenester kan haldast oppe i sentrum, og korleis tomme "
        "forretningslokale kan takast i bruk",
    ]
    s1 = "Planen skal vere politisk handsama innan 18 månader etter at tilsegna er gitt."
    s2 = ("Fylkeskommunen skal få planutkastet til uttale før det blir lagt fram for politisk "
          "handsaming.")
    fakta = [["Utlysar", "Kvamdal fylkeskommune, seksjon for regional utvikling"],
             ["Søknadsfrist", "1. mars 2050"], ["Ramme", "3 000 000 kr"],
             ["Største tilskot", "300 000 kr per kommune"], ["Status", "Open for søknader"]]
    css = ("@page{size:A4;margin:15mm 16mm 16mm 16mm;@bottom-left{content:"
           "'regionalforvaltning.no/utlysing/2050-0117';font:7.5pt 'DejaVu Sans',sans-serif;"
           "color:#666}@bottom-right{content:counter(page) '/' counter(pages);font:7.5pt "
           "'DejaVu Sans',sans-serif;color:#666}}*{-webkit-print-color-adjust:exact;"
           "print-color-adjust:exact}body{font-family:'DejaVu Sans',sans-serif;font-size:9.4pt;"
           "line-height:1.42;color:#222}.crumb{font-size:7.8pt;color:#555;margin:0 0 8px}"
           ".band{background:#3c5a3a;color:#fff;padding:6px 9px;font-size:9pt;"
           "letter-spacing:.5px}h1{font-size:16.5pt;margin:10px 0 6px;color:#2b4229}"
           "h2{font-size:11pt;margin:12px 0 3px;color:#2b4229;break-after:avoid}"
           "p{margin:0 0 6px}ul{margin:2px 0 8px 0;padding-left:20px}li{margin:0 0 3px}"
           "table.f{border-collapse:collapse;margin:4px 0 10px;font-size:8.8pt}"
           "table.f td{border-bottom:1px solid #ccd;padding:3px 10px 3px 0;vertical-align:top}"
           "table.f td:first-child{font-weight:bold;width:34mm}"
           ".box{border:1px solid #9aa99a;background:#f3f6f2;padding:6px 9px;margin:8px 0;"
           "font-size:8.8pt}")
    body = (
        f"<div class='crumb'>{e(DROP['stadutvikling'][0])}</div>"
        "<div class='band'>REGIONALFORVALTNING.NO · UTLYSING</div>"
        "<h1>Stadutviklingsmidlar 2050 – tilskot til stadutviklingsplanar</h1>"
        "<table class='f'>" + "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>"
                                      for a, b in fakta) + "</table>"
        "<h2>Om ordninga</h2>"
        + paras("Kvamdal fylkeskommune vil hjelpe kommunane med å utvikle attraktive "
                "kommunesenter og bygdesentra der folk vil bu, drive næring og møtast. I "
                "regional plan for by- og tettstadutvikling er det sett som mål at alle "
                "kommunane skal ha ein oppdatert plan for sentrum innan 2055. Ordninga blir "
                "finansiert over fylkesbudsjettet og med regionale utviklingsmidlar frå staten.")
        + "<h2>Kven kan søkje?</h2>"
        + paras("Kommunane i Kvamdal. Kommunar med under 5 000 innbyggjarar blir prioriterte.")
        + "<h2>Kva kan det søkjast om?</h2>"
        + paras("Tilskot til å lage ein stadutviklingsplan for eit kommunesenter eller ein "
                "bygdestad, til dømes innleigd kompetanse, medverknad og stadanalyse. Planen kan "
                "vere ein temaplan eller ein kommunedelplan. Tilskotet kan dekkje inntil 50 "
                "prosent av kostnadene. Fysiske tiltak kan ikkje få tilskot frå denne ordninga.")
        + "<h2>Krav til planen</h2>"
        + paras("Planar som får tilskot, skal:")
        + "<ul>" + "".join(f"<li>{e(k)}</li>" for k in krav) + "</ul>"
        + paras("Fylkeskommunen tilrår at kommunane nyttar rettleiaren for stadanalyse frå "
                "Riksantikvaren og at planen blir laga i samarbeid med næringslivet på staden.")
        + "<h2>Vilkår for utbetaling</h2>"
        + paras(s1 + " " + s2 + " Tilskotet blir utbetalt når planen er vedteken og "
                "sluttrapport og rekneskap er sende inn gjennom regionalforvaltning.no.")
        + "<h2>Slik søkjer du</h2>"
        + paras("Søknaden skal sendast i søknadssenteret på regionalforvaltning.no. Legg ved "
                "ein kort prosjektplan med budsjett og framdrift. Søknader som kjem inn etter "
                "fristen, blir ikkje handsama.")
        + "<div class='box'>Kontakt: rådgjevar Signe Tindra, seksjon for regional utvikling, "
          "tlf. 51 00 41 17.</div>"
    )
    html_pdf(d / "mandate.pdf", lang="nn",
             title="Stadutviklingsmidlar 2050 – tilskot til stadutviklingsplanar", css=css,
             body=body)

    analyse = [
        ["Kvalitetar", "Kaia og utsikta mot fjorden, gamle trehus i Naustgata, kort veg til "
                       "skule, butikk og legekontor"],
        ["Utfordringar", "Fv. 512 deler sentrum i to, mange tomme lokale i Naustgata, få "
                         "stader å opphalde seg utan å handle"],
    ]
    tiltak = [
        ["1", "Ny gangfelt og fartsdump over fv. 512 ved skulen", "650 000",
         "Kvamdal fylkeskommune"],
        ["2", "Benkar og leikeapparat på kaia", "420 000", "Teknisk drift"],
        ["3", "Ny belysning i Naustgata", "380 000", "Teknisk drift"],
        ["4", "Sommarmarknad på kaia kvar laurdag i juli", "40 000 per år",
         "Ramsnes næringsforeining"],
        ["5", "Rampe til inngangen på biblioteket", "150 000", "Eigedomsavdelinga"],
    ]
    p = [
        ("title", "Stadutviklingsplan for Ramsnes 2051–2062"),
        ("meta", "Hovlandsnes kommune · Vedteken av kommunestyret 23. september 2051, sak 52/51"),
        ("h1", "1 Innleiing"),
        ("p", "Ramsnes er kommunesenteret i Hovlandsnes, med om lag 1 100 av dei 3 400 "
              "innbyggjarane i kommunen. Kvamdal fylkeskommune gav i april 2050 eit tilskot på "
              "250 000 kr til arbeidet med planen."),
        ("h1", "2 Kva kjenneteiknar Ramsnes i dag?"),
        ("p", "Vinteren 2050–2051 gjekk ein arbeidsgruppe gjennom sentrum gate for gate, og "
              "tok for seg bygningar, uterom, trafikk og kva folk brukar sentrum til. Dette er "
              "det viktigaste vi fann:"),
        ("table", ["", "Det vi fann"], analyse, [3.4, 12.6]),
        ("h1", "3 Medverknad"),
        ("p", "I oktober 2050 gjekk elevrådet ved Ramsnes skule ein tur gjennom sentrum saman "
              "med planleggjaren. Elevane markerte på kart kvar dei likar å vere, og kvar dei "
              "ikkje kjenner seg trygge. Ungdomsrådet hadde planen oppe på to møte. Utkastet låg "
              "ute til offentleg ettersyn i juni 2051, og Rådet for personar med "
              "funksjonsnedsetjing fekk det til uttale."),
        ("h1", "4 Handel og tenester"),
        ("p", "Daglegvarebutikken, apoteket og banken ligg alle i Naustgata, og kommunen vil "
              "halde fast på at nye tenester skal liggje i sentrum og ikkje langs fv. 512 ved "
              "Hagamo. Kommunen eig ikkje forretningslokale i sentrum, og planen tek ikkje "
              "stilling til korleis dei tomme lokala skal brukast."),
        ("h1", "5 Tiltak"),
        ("p", "Tiltaka nedanfor skal gjennomførast i planperioden. Tabellen viser kva dei kostar "
              "og kven som har ansvaret."),
        ("table", ["Nr.", "Tiltak", "Kostnad (kr)", "Ansvarleg"], tiltak, [1.2, 7.6, 3.0, 4.2]),
        ("p", "Kva tiltak som får pengar, og når, blir avklart i budsjettet for 2052 og i "
              "økonomiplanen."),
    ]
    docx_pdf(d / "plan.pdf", p, title="Stadutviklingsplan for Ramsnes 2051–2062",
             author="Hovlandsnes kommune", font="Liberation Serif", size=11, lang="nn-NO",
             header="Hovlandsnes kommune · Stadutviklingsplan for Ramsnes",
             footer="Side {PAGE} av {NUMPAGES}", accent="2B4229", head_fill="E6EEE4")
    g = [
        P("1", krav[0], "content", "covered", ev="Vinteren 2050–2051 gjekk ein arbeidsgruppe",
          trap="a bullet under the lead-in 'Planar som får tilskot, skal:' of a GRANT CALL "
               "printed from the grant portal; answered under a heading in other words ('Kva "
               "kjenneteiknar Ramsnes i dag?') with a table of qualities and challenges"),
        P("2", krav[1], "process", "covered", ev="I oktober 2050 gjekk elevrådet",
          trap="past tense: the pupils' council walked the centre and marked a map, the "
               "ungdomsråd had the plan on two meetings"),
        P("3", krav[2], "deliverable", "partial", ev="Tiltaka nedanfor skal gjennomførast",
          missing=["tidspunkt for kvart tiltak (tabellen har berre kostnad og ansvar)"],
          trap="a tiltak table Nr. | Tiltak | Kostnad | Ansvarleg, no time column"),
        P("4", krav[3], "content", "uncovered",
          trap="put off: 'Kva tiltak som får pengar, og når, blir avklart i budsjettet for "
               "2052'; no other grant scheme named"),
        P("5", krav[4], "content", "uncovered",
          trap="SHARED WORDS: 'Rådet for personar med funksjonsnedsetjing fekk det til uttale' "
               "and a ramp in the tiltak table; nothing on how the centre becomes accessible"),
        P("6", krav[5], "content", "partial", ev="Daglegvarebutikken, apoteket og banken",
          missing=["korleis tomme forretningslokale kan takast i bruk (planen tek ikkje stilling)"],
          trap="trade and services answered under 'Handel og tenester'; the empty premises "
               "refused in plain words"),
        P("S1", s1, "process", "covered", ev="Hovlandsnes kommune · Vedteken av",
          trap="a sentence under 'Vilkår for utbetaling'; the grant was given in April 2050 "
               "('gav i april 2050 eit tilskot', page 1) and the plan adopted 23 September "
               "2051, within 18 months"),
        P("S2", s2, "process", "uncovered",
          trap="the plan says the draft lay out for offentleg ettersyn and went to the council "
               "for disabled people; the fylkeskommune is named only as the giver of the grant "
               "and as owner of a tiltak. Not points: the scheme's aim and the regional goal, "
               "who may apply, what the grant may pay for (the permission 'kan vere ein "
               "temaplan eller ein kommunedelplan'), the 'tilrår' sentence, the payment on "
               "sluttrapport and rekneskap, how to apply, the contact box"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["stadutvikling"],
                producer="a GRANT CALL (utlysing) printed from the grant portal (HTML → "
                "Chromium, DejaVu Sans 9.4, the portal's crumb on top, the page address and "
                "'n/m' at the foot): a fact table, the scheme's rules (none), 'Krav til "
                "planen' with the lead-in 'Planar som får tilskot, skal:' and six HTML bullets, "
                "a 'tilrår' sentence (none), two process sentences under 'Vilkår for "
                "utbetaling' among payment rules; plan exported from Word (Liberation Serif 11, "
                "nn-NO, running header, 'Side n av m'), a heading in other words with an "
                "analysis table, medverknad in the past tense, a refusal, a tiltak table without "
                "time, a deferral to the budget, shared words", points=g)


# =========================================================================== 3 hundrastgardar (sv)
@pair
def hundrastgardar(d: Path) -> dict:
    s = {
        "S1": "Planen ska visa var nya hundrastgårdar kan anläggas i Krokmåla, Lindholmen och "
              "Ljusvreten.",
        "S2": "Hänsyn ska tas till närboende och till förskolor och skolor i närheten.",
        "S3": "Hundägarna ska få tycka till, bland annat genom en enkät, och den lokala "
              "brukshundklubben ska ges tillfälle att lämna synpunkter.",
        "S4": "Planen ska redovisas för kommunstyrelsen senast den 30 juni 2050.",
    }
    res = [
        "en kostnadsberäkning för anläggning och årlig skötsel av varje hundrastgård",
        "förslag på hur hundägare kan hjälpa till med skötseln, till exempel genom fadderskap",
        "en bedömning av om det behövs ett hundbad vid någon av kommunens sjöar",
    ]
    k1 = ("Arbetsutskottet vill att planen också ska redovisa hur hundrastgårdarna kan nås med "
          "rullstol och rollator.")
    log = [
        ["2049-11-20", "Parkenheten", "Uppdraget startat. Projektgrupp utsedd med parkenheten, "
                                      "miljö- och hälsoskydd och planenheten."],
        ["2050-01-14", "KS arbetsutskott", k1],
        ["2050-02-20", "Kommunstyrelsen", "Slutdatum ändrat från 2050-06-30 till 2050-12-31 "
                                          "efter begäran från samhällsbyggnadsnämnden (KS "
                                          "2050-02-20 § 31)."],
        ["2050-03-10", "Samhällsbyggnadsnämnden", "Nämndens ordförande föreslår att även en "
                                                  "plats vid Lindholmens idrottsplats prövas. "
                                                  "Frågan tas upp vid nästa avstämning med "
                                                  "arbetsutskottet."],
    ]
    m = [
        ("title", "Uppdrag KS 2049:17 – Plan för hundrastgårdar"),
        ("form", [["Uppdrags-id", "KS 2049:17"],
                  ["Beslutat av", "Kommunstyrelsen 2049-11-05 § 182"],
                  ["Uppdragstagare", "Samhällsbyggnadsnämnden"],
                  ["Handläggare", "Parkenheten, Petra Kjellvik"],
                  ["Koppling till mål", "Mål 3: Krokmåla ska vara en attraktiv kommun att bo i"],
                  ["Slutdatum", "2050-12-31"],
                  ["Status", "Pågår (gul: risk för försening)"]], [40, 130]),
        ("h2", "Uppdragsbeskrivning"),
        ("p", "Kommunstyrelsen ger samhällsbyggnadsnämnden i uppdrag att ta fram en plan för "
              "hundrastgårdar i kommunens tätorter. Antalet hundar i kommunen har ökat med "
              "nästan en tredjedel sedan 2045, och i dag finns det bara en hundrastgård, vid "
              "Krokmåla sporthall. Klagomål på lösa hundar i parker och på skolgårdar har "
              "ökat. " + s["S1"] + " " + s["S2"] + " " + s["S3"] + " " + s["S4"]),
        ("h2", "Förväntat resultat"),
        ("bullets", res),
        ("h2", "Kommentarer"),
        ("table", ["Datum", "Av", "Kommentar"], log, [24, 38, 108]),
        ("p", "Utskriften visar uppdragets aktuella uppgifter. Ändringar av slutdatum beslutas "
              "av kommunstyrelsen; tidigare datum framgår av kommentarerna."),
    ]
    rl_pdf(d / "mandate.pdf", m, title="Uppdrag KS 2049:17 – Plan för hundrastgårdar",
           author="Krokmåla kommun", family="Helvetica", size=9.5,
           head_left=DROP["hundrastgardar"][0], head_right=DROP["hundrastgardar"][1],
           foot=lambda n, t: f"Sida {n} av {t}", accent="#5B3A6E", head_fill="#ECE4F1")

    platser = [
        ["Krokmåla, Åsparken", "2 400 m²", "85 m", "Förskolan Ekorren 140 m", "310 000"],
        ["Krokmåla, Sporthallen (finns)", "1 800 m²", "60 m", "–", "–"],
        ["Lindholmen, Strandängen", "1 500 m²", "70 m", "Lindholmens skola 220 m", "260 000"],
    ]
    p = [
        ("title", "Plan för hundrastgårdar i Krokmåla kommun"),
        ("meta", "Samhällsbyggnadsförvaltningen · Antagen av samhällsbyggnadsnämnden 2050-10-22 "
                 "och överlämnad till kommunstyrelsen"),
        ("h1", "1 Bakgrund"),
        ("p", "Kommunstyrelsen gav i november 2049 samhällsbyggnadsnämnden i uppdrag att ta "
              "fram en plan för hundrastgårdar. Planen visar var nya hundrastgårdar ska ligga, "
              "hur de ska utformas och hur hundägarna kan bidra."),
        ("h1", "2 Hundägarnas synpunkter"),
        ("p", "I april 2050 fick hundägarna svara på en enkät på kommunens webbplats och i "
              "lokaltidningen. 386 personer svarade. De flesta vill ha en hundrastgård inom "
              "gångavstånd från bostaden, med belysning och med en separat del för små hundar."),
        ("h1", "3 Nya hundrastgårdar"),
        ("p", "Vi föreslår två nya hundrastgårdar, i Åsparken i Krokmåla och på Strandängen i "
              "Lindholmen. Platserna ligger minst 70 meter från närmaste bostad, och ingen av dem "
              "ligger närmare en förskola eller skola än 140 meter. Tabellen visar storlek, "
              "avstånd och vad anläggningen kostar."),
        ("table", ["Plats", "Yta", "Närmaste bostad", "Närmaste förskola eller skola",
                   "Anläggning (kr)"], platser, [5.0, 2.0, 2.8, 4.6, 2.4]),
        ("p", "Platsen i Ljusvreten väljs när detaljplanen för Norra Ljusvreten är klar."),
        ("p", "Hur mycket skötseln kommer att kosta varje år, tas upp i nämndens budgetförslag "
              "för 2052."),
        ("h1", "4 Utformning"),
        ("p", "Hundrastgårdarna får ett 1,2 meter högt staket och en dubbelgrind. Grindarna görs "
              "så breda att man kommer in med rullstol eller rollator, och gångvägen fram till "
              "varje hundrastgård får fast beläggning. Vid varje hundrastgård sätts en bänk, en "
              "papperskorg och en vattenpost upp."),
        ("h1", "5 Rastgårdsvärdar"),
        ("p", "Hundägare som bor nära en hundrastgård kan bli rastgårdsvärdar. Värdarna "
              "tittar till grinden och staketet, plockar skräp och meddelar parkenheten när "
              "något är trasigt. Parkenheten ordnar en träff för värdarna varje vår."),
        ("h1", "6 Hundar och bad"),
        ("p", "Hundbad är inte tillåtet vid kommunens badplatser under badsäsongen, från 1 juni "
              "till 31 augusti."),
    ]
    odt_pdf(d / "plan.pdf", p, title="Plan för hundrastgårdar i Krokmåla kommun",
            font="Liberation Sans", size=10, lang="sv", country="SE",
            header="Krokmåla kommun · Plan för hundrastgårdar", footer="Sida {n} av {m}",
            accent="#5B3A6E", head_fill="#ECE4F1")
    g = [
        P("S1", s["S1"], "content", "partial", ev="Vi föreslår två nya hundrastgårdar",
          missing=["en plats i Ljusvreten (uppskjuten tills detaljplanen för Norra Ljusvreten "
                   "är klar)"],
          trap="a sentence in the prose of 'Uppdragsbeskrivning' on an UPPDRAGSKORT printed "
               "from the follow-up system; sites for two of the three tätorter, the third put "
               "off"),
        P("S2", s["S2"], "content", "covered", ev="Vi föreslår två nya hundrastgårdar",
          trap="the distances to homes and to förskolor and skolor in the sentence after the "
               "proposal and in a table"),
        P("S3", s["S3"], "process", "partial", ev="I april 2050 fick hundägarna svara",
          missing=["synpunkter från den lokala brukshundklubben"],
          trap="the survey in the past tense under a heading in other words ('Hundägarnas "
               "synpunkter'); the brukshundklubb is named nowhere"),
        P("S4", s["S4"], "process", "covered", ev="Samhällsbyggnadsförvaltningen · Antagen av",
          trap="the deadline was MOVED in the comment log (2050-02-20: 'Slutdatum ändrat från "
               "2050-06-30 till 2050-12-31'; the Slutdatum field shows 2050-12-31); the plan "
               "was adopted by the nämnd on 2050-10-22 and handed to the kommunstyrelse, after "
               "the first date and before the one in force"),
        P("1", res[0], "deliverable", "partial", ev="Vi föreslår två nya hundrastgårdar",
          missing=["den årliga skötselkostnaden (uppskjuten till budgetförslaget för 2052)"],
          trap="a 'Förväntat resultat' bullet; the installation cost per new site stands in "
               "the table's last column, the yearly upkeep is put off to the budget for 2052"),
        P("2", res[1], "content", "covered", ev="Hundägare som bor nära en hundrastgård",
          trap="answered under a heading in other words ('Rastgårdsvärdar')"),
        P("3", res[2], "content", "uncovered",
          trap="SHARED WORDS: 'Hundbad är inte tillåtet vid kommunens badplatser under "
               "badsäsongen' is a rule, not an assessment of the need for a hundbad"),
        P("2050-01-14", k1, "content", "covered", ev="Hundrastgårdarna får ett 1,2 meter",
          trap="a point ADDED IN THE COMMENT LOG by the arbetsutskott; answered in other words "
               "(wide gates, a firm path). Not points: the uppdrag sentence (the mandate), the "
               "background, the goal link, the start comment, the moved date (it changes S4), "
               "the chair's proposal of 2050-03-10 (not agreed, left to the next meeting), the "
               "print note"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["hundrastgardar"],
                producer="an UPPDRAGSKORT printed from the municipality's follow-up system "
                "(reportlab, Helvetica 9.5, running head with the print time over a rule, 'Sida "
                "n av m'): a field table (id, decided by, Slutdatum, a status colour), points "
                "as four sentences in the 'Uppdragsbeskrivning' prose, three 'Förväntat "
                "resultat' bullets, and a dated COMMENT LOG where one entry adds a point, one "
                "moves the deadline and one is a proposal not agreed; plan written with odfpy "
                "(Liberation Sans 10, sv-SE, running header, 'Sida n av m'), a survey in the "
                "past tense, a site table, two deferrals, headings in other words, shared "
                "words", points=g)


# =========================================================================== 4 sygefravaer (da)
@pair
def sygefravaer(d: Path) -> dict:
    hp = [
        "bygge på en analyse af fraværet fordelt på enheder, faggrupper og kort og langt "
        "fravær",
        "beskrive, hvordan lederne følger op, når en medarbejder er syg, herunder "
        "sygesamtaler og fraværssamtaler",
        "indeholde konkrete tiltag, der forebygger fysisk nedslidning, særligt i hjemmeplejen",
        "forholde sig til, hvordan arbejdstid og vagtplanlægning påvirker fraværet",
        "angive, hvordan effekten af de enkelte tiltag måles",
    ]
    s1 = ("Centerchefen udarbejder i samarbejde med centrets MED-udvalg en handleplan for at "
          "nedbringe sygefraværet.")
    s2 = "Handleplanen forelægges Fælles MED og godkendes af direktionen senest 1. oktober 2050."
    drift = [
        ["Borgere, der får rehabilitering før hjemmehjælp", "Andel af nye borgere", "72 %",
         "80 %"],
        ["Sygefravær", "Fraværsprocent, hele centret", "8,9 %", "7,5 %"],
        ["Budgetoverholdelse", "Afvigelse fra budget", "+0,4 %", "0 %"],
    ]
    m = [
        ("title", "Ledelsesaftale 2050"),
        ("center", "Center for Pleje og Omsorg"),
        ("meta", "Indgået mellem kommunaldirektør Bent Kirkeskov og centerchef Hanne "
                 "Rognebakken · 20. januar 2050"),
        ("h1", "1 Aftalens formål"),
        ("p", "Ledelsesaftalen beskriver, hvad kommunaldirektøren forventer af centret i 2050, "
              "og hvordan resultaterne følges op. Aftalen bygger på byrådets budget og "
              "Klintrup Kommunes ledelsesgrundlag. Den indgås hvert år i januar og er offentlig."),
        ("h1", "2 Fælles mål for alle centre"),
        ("bullets", ["Borgerne oplever en sammenhængende kommune, hvor de ikke selv skal "
                     "koordinere.", "Vi rekrutterer og fastholder dygtige medarbejdere.",
                     "Vi bruger ressourcerne, hvor de gør størst forskel."], "–"),
        ("h1", "3 Centrets driftsmål"),
        ("table", ["Område", "Indikator", "Niveau 2049", "Mål 2050"], drift,
         [6.2, 4.4, 2.4, 2.2]),
        ("h1", "4 Særlige indsatser i 2050"),
        ("bold", "4.1 Velfærdsteknologi"),
        ("p", "Centret udbreder skærmbesøg i hjemmeplejen, så mindst 150 borgere får et eller "
              "flere besøg via skærm ved udgangen af 2050."),
        ("bold", "4.2 Et lavere sygefravær"),
        ("p", "Sygefraværet i centret har i tre år ligget over kommunens gennemsnit, og det "
              "er højest blandt social- og sundhedshjælperne i hjemmeplejen. " + s1 + " "
              "Handleplanen skal:"),
        ("bullets", hp, "–"),
        ("p", s2),
        ("bold", "4.3 Rekruttering af social- og sundhedsassistenter"),
        ("p", "Centret opretter i 2050 ti ekstra elevpladser til social- og "
              "sundhedsassistenter i samarbejde med SOSU-skolen."),
        ("h1", "5 Opfølgning"),
        ("p", "Aftalen følges op på to dialogmøder mellem kommunaldirektøren og centerchefen "
              "i juni og november 2050. Driftsmålene afrapporteres i kommunens "
              "ledelsesinformation hver måned."),
        ("p", "Bent Kirkeskov, kommunaldirektør · Hanne Rognebakken, centerchef"),
    ]
    odt_pdf(d / "mandate.pdf", m, title="Ledelsesaftale 2050 – Center for Pleje og Omsorg",
            font="Liberation Sans", size=10, lang="da", country="DK",
            header=DROP["sygefravaer"][0], footer="Side {n} af {m}", accent="#7A2E2E",
            head_fill="#F3E6E3")

    enheder = [
        ["Hjemmeplejen Nord", "11,2 %", "4,1 %", "7,1 %"],
        ["Hjemmeplejen Syd", "10,4 %", "3,6 %", "6,8 %"],
        ["Plejecenter Lyngtoften", "7,9 %", "3,8 %", "4,1 %"],
        ["Plejecenter Åhaven", "6,8 %", "3,5 %", "3,3 %"],
        ["Sygeplejen", "5,6 %", "2,9 %", "2,7 %"],
    ]
    tiltag = [
        ["Forflytningsvejledere på begge plejecentre, to timer om ugen", "Plejecenterlederne",
         "1. januar 2051"],
        ["Loftlifte i alle boliger på Plejecenter Åhaven", "Ejendomsafdelingen", "2051"],
        ["Kursus i forflytning for alle nyansatte på plejecentrene", "Uddannelseskonsulenten",
         "Løbende"],
    ]
    css = ("@page{size:A4;margin:16mm 17mm 17mm 17mm;@bottom-center{content:'Side ' "
           "counter(page) ' af ' counter(pages);font:8pt 'Liberation Sans',sans-serif;"
           "color:#666}}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
           "body{font-family:'Liberation Sans',sans-serif;font-size:10pt;line-height:1.45;"
           "color:#1d1d1d}.intra{border-bottom:3px solid #7a2e2e;padding:0 0 4px;"
           "font-size:8.5pt;color:#7a2e2e;font-weight:bold}.crumb{font-size:8pt;color:#666;"
           "margin:4px 0 10px}h1{font-size:17pt;margin:0 0 4px}.meta{font-size:8.6pt;"
           "color:#555;margin:0 0 12px}h2{font-size:12pt;margin:13px 0 3px;color:#7a2e2e;"
           "break-after:avoid}p{margin:0 0 6px}table{border-collapse:collapse;margin:4px 0 "
           "8px;font-size:9pt}th,td{border:1px solid #bbb;padding:2px 6px;text-align:left;"
           "vertical-align:top}th{background:#f3e6e3}")
    body = (
        "<div class='intra'>KLINTRUP INTRA</div><div class='crumb'>Forside › Pleje og Omsorg › "
        "Arbejdsmiljø</div><h1>Handleplan for et lavere sygefravær 2050–2052</h1>"
        "<div class='meta'>Center for Pleje og Omsorg · Godkendt af direktionen 29. oktober "
        "2050</div>"
        "<h2>Hvorfor en handleplan?</h2>"
        + paras("Ledelsesaftalen for 2050 pålægger centret at lave en handleplan for at få "
                "sygefraværet ned. Fraværet var 8,9 % i 2049, og målet er 7,5 %.")
        + "<h2>Sådan er planen blevet til</h2>"
        + paras("Centrets MED-udvalg drøftede et første udkast på møder 12. august og 2. "
                "september 2050, og arbejdsmiljørepræsentanterne kom med forslag til "
                "tiltagene. Handleplanen blev drøftet i Fælles MED 15. oktober 2050.")
        + "<h2>Hvor er fraværet højest?</h2>"
        + paras("Tabellen viser fraværet i 2049 for hver enhed, delt op i kort fravær (under 14 "
                "dage) og langt fravær.")
        + table_html(["Enhed", "Fravær i alt", "Kort fravær", "Langt fravær"], enheder)
        + paras("Det lange fravær i hjemmeplejen skyldes især smerter i ryg og skuldre.")
        + "<h2>Når en medarbejder er syg</h2>"
        + paras("Lederen ringer til medarbejderen senest på fjerdedagen. Ved tre "
                "fraværsperioder på et halvt år holder lederen en samtale om, hvad der kan gøres "
                "på arbejdspladsen. Ved fravær over fire uger holdes en sygesamtale efter "
                "kommunens retningslinjer, og lederen og medarbejderen laver en plan for "
                "tilbagevenden, evt. med delvis raskmelding.")
        + "<h2>Forebyggelse af nedslidning</h2>"
        + paras("Vi sætter ind med disse tiltag:")
        + table_html(["Tiltag", "Ansvarlig", "Hvornår"], tiltag)
        + "<h2>Vagtplaner</h2>"
        + paras("Vagtplanen for 2051 lægges i december 2050 og sendes ud til medarbejderne "
                "senest fire uger før.")
        + "<h2>Opfølgning</h2>"
        + paras("Fraværet følges hver måned i ledelsesinformationen, for hver enhed og for "
                "centret samlet. Handleplanen evalueres i Fælles MED i december 2051.")
    )
    html_pdf(d / "plan.pdf", lang="da", title="Handleplan for et lavere sygefravær 2050–2052",
             css=css, body=body)
    g = [
        P("1", hp[0], "content", "partial", ev="Tabellen viser fraværet i 2049",
          missing=["fraværet fordelt på faggrupper"],
          trap="a '–' bullet under 'Handleplanen skal:' in indsats 4.2 of a LEDELSESAFTALE; the "
               "table splits by enhed and short/long absence, not by faggruppe"),
        P("2", hp[1], "content", "covered", ev="Lederen ringer til medarbejderen",
          trap="answered under a heading in other words ('Når en medarbejder er syg')"),
        P("3", hp[2], "content", "partial", ev="Vi sætter ind med disse tiltag",
          missing=["tiltag i hjemmeplejen (tiltagene gælder plejecentrene)"],
          trap="a tiltag table for the plejecentre; the hjemmepleje, which the point names "
               "and the plan calls the worst, gets none"),
        P("4", hp[3], "content", "uncovered",
          trap="SHARED WORDS: 'Vagtplanen for 2051 lægges i december 2050 …' says when the "
               "rota is made, nothing on how working hours and rotas affect absence"),
        P("5", hp[4], "content", "partial", ev="Fraværet følges hver måned",
          missing=["hvordan effekten af de enkelte tiltag måles (kun det samlede fravær)"],
          trap="the absence as a whole is followed monthly; no measure per tiltag"),
        P("S1", s1, "process", "covered", ev="Centrets MED-udvalg drøftede",
          trap="the sentence before the lead-in in 4.2, which also orders the plan (the "
               "mandate) and names the MED-udvalg; answered in the past tense (two meetings in "
               "August and September 2050)"),
        P("S2", s2, "process", "uncovered",
          trap="a missed deadline: Fælles MED on 15 October and the direktion on 29 October "
               "2050, after 1 October. Not points: the aftale's purpose, the shared goals, the "
               "driftsmål table (its 7,5 % is the aftale's target, which the plan repeats), "
               "indsatser 4.1 and 4.3, the follow-up meetings, the signatures"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["sygefravaer"],
                producer="a LEDELSESAFTALE between the kommunaldirektør and a centerchef, "
                "written with odfpy (Liberation Sans 10, da-DK, running header, 'Side n af "
                "m'): the purpose, shared goals as '–' bullets and a driftsmål table (none), "
                "three bold-numbered 'særlige indsatser' of which only 4.2 orders the plan: a "
                "sentence naming the MED-udvalg, the lead-in 'Handleplanen skal:' and five '–' "
                "bullets, a deadline sentence; plan the intranet page printed with Chromium "
                "(Liberation Sans 10, 'Side n af m' at the foot), a table by enhed, a heading "
                "in other words, a tiltag table, shared words, a late approval", points=g)


# =========================================================================== 5 travelplan (en)
@pair
def travelplan(d: Path) -> dict:
    tp = {
        "a": "targets for the share of residents' journeys made by car, on foot, by bicycle and "
             "by public transport, measured against a baseline taken from the first residents' "
             "travel survey;",
        "b": "measures to encourage walking and cycling, including secure and covered cycle "
             "storage for every dwelling;",
        "c": "a Travel Information Pack to be given to every household on first occupation of "
             "its dwelling, with bus timetables and a voucher for public transport;",
        "d": "arrangements for a car club, or the reasons why a car club is not viable;",
        "e": "the role and contact details of the Travel Plan Coordinator; and",
        "f": "a monitoring programme with annual surveys for five years from First Occupation "
             "and the steps to be taken if the targets are not met.",
    }
    sch = {
        "1": "The Owner shall submit the Travel Plan to the Council for approval no later than "
             "three months before First Occupation.",
        "2": "The Owner shall appoint a Travel Plan Coordinator who shall remain in post for "
             "not less than five years from First Occupation.",
        "3": "The Owner shall pay the Travel Plan Monitoring Contribution to the Council before "
             "First Occupation.",
        "4": "Before submitting the Travel Plan the Owner shall consult the County Council as "
             "local highway authority on its draft.",
        "5": "The Owner shall implement the Travel Plan as approved and shall not permit "
             "Occupation of more than 50 Dwellings unless the Travel Information Packs have "
             "been given to the occupiers of all Dwellings then occupied.",
    }
    m = [
        ("p", "DATED 14 March 2049"),
        ("form", [["(1)", "TIDEMERE DISTRICT COUNCIL"], ["(2)", "COPPERBECK HOMES LIMITED"],
                  ["(3)", "RAVENSHOLT COUNTY COUNCIL"]], [1.4, 14.9]),
        ("title", "AGREEMENT under section 106 of the Town and Country Planning Act 1990"),
        ("meta", "relating to Land north of Fennick Lane, Ashby Fenn · Planning application "
                 "reference 48/01377/OUT · extract: clause 1 and Schedule 3"),
        ("h1", "1. DEFINITIONS AND INTERPRETATION"),
        ("p", "In this Deed the following words and expressions shall have the following "
              "meanings:"),
        ("typed", "“Development”", "the erection of up to 180 dwellings with open space, "
                                   "access from Fennick Lane and associated works pursuant "
                                   "to the Planning Permission;", 3.4, 0.0),
        ("typed", "“First Occupation”", "the first Occupation of any Dwelling, and "
                                        "“Occupation” and “Occupied” shall be construed "
                                        "accordingly, excluding occupation for the purposes "
                                        "of construction, fitting out, marketing or security;",
         3.4, 0.0),
        ("typed", "“Travel Plan”", "a residential travel plan for the Development to be "
                                   "submitted to and approved in writing by the Council which "
                                   "shall include:", 3.4, 0.0),
    ]
    m += [("typed", f"({k})", v, 1.0, 3.4) for k, v in tp.items()]
    m += [
        ("typed", "“Travel Plan Monitoring Contribution”", "the sum of £7,500 (seven thousand "
                                                          "five hundred pounds) Index Linked "
                                                          "towards the Council's costs of "
                                                          "monitoring the Travel Plan;", 3.4,
         0.0),
        ("h1", "2. COVENANTS"),
        ("typed", "2.1", "The Owner covenants with the Council and the County Council to "
                         "observe and perform the obligations in Schedules 1 to 4.", 1.0, 0.0),
        ("typed", "2.2", "The Council covenants with the Owner to observe and perform the "
                         "obligations in Schedule 5.", 1.0, 0.0),
        ("h1", "SCHEDULE 3 – TRAVEL PLAN"),
    ]
    m += [("typed", f"{k}.", v, 0.8, 0.0) for k, v in sch.items()]
    m += [
        ("p", "IN WITNESS whereof the parties have executed this Deed on the date first above "
              "written."),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Section 106 Agreement – Land north of Fennick Lane",
             author="Tidemere District Council", font="Liberation Serif", size=11,
             lang="en-GB", header=DROP["travelplan"][0], footer="Page {PAGE} of {NUMPAGES}",
             accent="1A1A1A", head_fill="FFFFFF")

    targets = [
        ["Car (as driver)", "Survey in the first year", "At least 10 points below the baseline"],
        ["On foot", "Survey in the first year", "At least 5 points above the baseline"],
        ["Bicycle", "Survey in the first year", "At least 3 points above the baseline"],
        ["Bus and train", "Survey in the first year", "At least 2 points above the baseline"],
    ]
    p = [
        ("title", "Fennick Lane, Ashby Fenn – Residential Travel Plan"),
        ("meta", "Prepared for Copperbeck Homes Limited by Harlow Tate Transport Planning · "
                 "Version 2 · submitted to Tidemere District Council on 2 September 2050"),
        ("h1", "1 Introduction"),
        ("p", "This Travel Plan sets out how Copperbeck Homes will help the residents of the "
              "180 new homes at Fennick Lane to make fewer journeys by car. It is submitted "
              "under the section 106 agreement of 14 March 2049. The first homes are expected "
              "to be occupied in March 2051."),
        ("h1", "2 The site"),
        ("p", "The site is 900 metres from Ashby Fenn high street and 1.4 km from the station. "
              "Bus route 31 stops on Fennick Lane every 30 minutes. The County Council, as local "
              "highway authority, is responsible for the bus stops and will move the "
              "westbound stop closer to the site entrance."),
        ("h1", "3 Targets"),
        ("p", "The first residents' survey will be carried out six months after the first homes "
              "are occupied, and its results will be the baseline. The targets are set "
              "against that baseline:"),
        ("table", ["Mode", "Baseline", "Target after five years"], targets, [3.8, 4.4, 7.8]),
        ("h1", "4 Walking and cycling"),
        ("p", "A footway and cycle path will link the site to Fennick Lane and to the "
              "bridleway towards the station. Each house will have a lockable cycle shed in its "
              "garden. Cycle storage for the 36 flats will be considered at the reserved "
              "matters stage."),
        ("h1", "5 Moving-in pack"),
        ("p", "Every household will receive a pack when it moves in, with maps of walking and "
              "cycling routes, the timetables for route 31 and the railway, and a voucher for "
              "a month's free bus travel."),
        ("h1", "6 Car club"),
        ("p", "We approached the one car club operator in the county, Fennway Cars, in 2049. It "
              "will not serve a site of this size outside a town centre, as a car would not be "
              "used enough to cover its costs. No car club is therefore proposed."),
        ("h1", "7 Travel Plan Coordinator"),
        ("p", "Copperbeck Homes will appoint a Travel Plan Coordinator, who will hand out the "
              "moving-in packs, run the surveys and be the residents' contact for travel "
              "questions. The Coordinator will stay in post until five years after the first "
              "home is occupied. Contact details will be given to the Council before the first "
              "home is occupied."),
        ("h1", "8 Monitoring"),
        ("p", "A monitoring programme will be agreed with the Council once the Travel Plan "
              "Coordinator is in post."),
        ("h1", "9 Document history"),
        ("p", "Version 1 was sent to Copperbeck Homes for comment in July 2050. Version 2 adds "
              "the car club chapter and the walking and cycling links to the bridleway."),
    ]
    odt_pdf(d / "plan.pdf", p, title="Fennick Lane, Ashby Fenn – Residential Travel Plan",
            font="DejaVu Sans", size=9.5, lang="en", country="GB",
            header="Harlow Tate Transport Planning · Fennick Lane Travel Plan",
            footer="Page {n} of {m}", accent="#1F4E5F", head_fill="#DDEBEF")
    g = [
        P("a", tp["a"].rstrip(";"), "content", "covered", ev="The first residents' survey will",
          trap="an item typed '(a)' + tab inside the DEFINITION of “Travel Plan” in clause 1 "
               "of a SECTION 106 AGREEMENT ('which shall include:'); answered by a target table "
               "against the first survey's baseline"),
        P("b", tp["b"].rstrip(";"), "content", "partial", ev="A footway and cycle path will link",
          missing=["cycle storage for the 36 flats (put off to reserved matters)"],
          trap="sheds for the houses; the flats' storage put off"),
        P("c", tp["c"].rstrip(";"), "content", "covered", ev="Every household will receive a pack",
          trap="answered under a heading in other words ('Moving-in pack')"),
        P("d", tp["d"].rstrip(";"), "content", "covered", ev="We approached the one car club",
          trap="the point's second branch answered: reasons why a car club is not viable, "
               "then 'No car club is therefore proposed'"),
        P("e", tp["e"].removesuffix("; and"), "content", "partial",
          ev="Copperbeck Homes will appoint",
          missing=["the Coordinator's contact details (to be given later)"],
          trap="the role described; the contact details deferred"),
        P("f", tp["f"].rstrip("."), "content", "uncovered",
          trap="put off: 'A monitoring programme will be agreed with the Council once the "
               "Travel Plan Coordinator is in post'; the surveys named under Targets and for "
               "the Coordinator are no programme, and no steps if targets are missed"),
        P("1", sch["1"], "process", "covered", ev="Prepared for Copperbeck Homes Limited",
          trap="a paragraph of Schedule 3; the meta line gives submission on 2 September "
               "2050 and the introduction first occupation in March 2051: more than three "
               "months before"),
        P("2", sch["2"], "content", "covered", ev="Copperbeck Homes will appoint",
          trap="answered in the Coordinator chapter (in post until five years after the first "
               "home is occupied)"),
        P("4", sch["4"], "process", "uncovered",
          trap="SHARED WORDS: 'The County Council, as local highway authority, is responsible "
               "for the bus stops …'; no consultation on the draft. Not points: the parties, "
               "the other definitions, the monitoring contribution (the definition and "
               "Schedule paragraph 3: money), clause 2 (covenants), paragraph 5 (implementing "
               "the approved plan and the occupation trigger: after the plan), the "
               "attestation"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf", drop=DROP["travelplan"],
                producer="an extract of a SECTION 106 AGREEMENT, exported from Word (Liberation "
                "Serif 11, en-GB, running header, 'Page n of m'): the parties, clause 1 "
                "definitions typed with a tab and a hanging indent, the definition of “Travel "
                "Plan” ending 'which shall include:' with items typed '(a)' … '(f)' (closing "
                "';', '; and', '.'), a money definition, covenants, SCHEDULE 3 paragraphs typed "
                "'1.' … '5.' (1, 2 and 4 points; 3 money and 5 after the plan: none); plan a "
                "consultant's report written with odfpy (DejaVu Sans 9.5, running header, 'Page "
                "n of m'), a target table, headings in other words, a reasoned 'no', two "
                "deferrals, shared words", points=g)


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


BUILDER = "corpora/mandates-blind50/make_pairs.py"

if __name__ == "__main__":
    main(sys.argv[1:])
