"""Build the forty-ninth blind batch of mandate/plan pairs under corpora/mandates-blind49/ and their gold.

Written on 2026-12-08 without reading plancheck's code. Mandates in five forms the earlier
batches did not use: a bokmål LETTER FROM A MINISTRY FOLLOWING UP TWO ANMODNINGSVEDTAK OF THE
STORTING (python-docx → LibreOffice), where the quoted vedtak nr. 611 carries one point of its
own, vedtak nr. 612 is left to the state budget, and the ministry adds points typed 'i)' …
'vi)' (iii running over the page break) among a 'bør' sentence and a permission; a nynorsk
AVROP ON A FRAMEWORK AGREEMENT TO A CONSULTANT (reportlab), whose deliverables are the rows of
a PRICE SCHEDULE that is CONTINUED ON PAGE 2 under 'Prisskjema (forts.)', with project rows,
travel and an option that is not called off among them; a Swedish STEERING GROUP DECISION LOG
(odfpy → LibreOffice), a table Nr | Datum | Ansvarig | Beslut | Status whose Status column is
left blank, with 'att'-clauses, an administrative decision, a decision that rewords an earlier
one (B7 replaces B3) and one that sends a question elsewhere; a Danish JOB ADVERTISEMENT for a
project leader printed from the municipality's job portal (HTML → Chromium), whose 'Dine
opgaver bliver at:' bullets are the points among 'Vi forventer, at du:' and 'Vi tilbyder:'
bullets that are none; and an English CONSENT ORDER ending a claim for judicial review
(python-docx → LibreOffice), whose recitals and order paragraphs are none and whose Schedule
holds the points ('(a)' … '(f)' under paragraph 2, paragraphs 3 and 4). Plans answer as real
ones do: chapters whose headings restate a point in other words, answers in tables, process
facts in the past tense, deferrals, a referral to another document, words shared without an
answer, partial answers and plain refusals.

    python corpora/mandates-blind49/make_pairs.py               # all pairs
    python corpora/mandates-blind49/make_pairs.py --verify      # point texts and gold quotes
    python corpora/mandates-blind49/make_pairs.py --twice       # build twice, compare sha256

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
    "svommeopplaering": ("Kunnskapsdepartementet",),
    "stiplan": ("HOLTEFJELL KOMMUNE · Plan og næring", "Avrop 2049/14 på rammeavtale 2047/03"),
    "badplatser": ("Sälnäs kommun · Styrgruppen för badplatsplanen",),
    "hjemloese": ("job.havrum.dk › Ledige stillinger › Social og Sundhed",
                  "Projektleder til ny hjemløsestrategi – Havrum Kommune"),
    "accessibility": ("AC-2049-LON-002731 · Consent Order",),
}


# =========================================================================== 1 svommeopplaering (nb)
@pair
def svommeopplaering(d: Path) -> dict:
    v611 = ("Stortinget ber regjeringen sørge for at alle kommuner har en plan for "
            "svømmeopplæring som også gir nyankomne barn og unge opp til 18 år et tilbud om å "
            "lære å svømme.")
    v612 = ("Stortinget ber regjeringen i statsbudsjettet for 2050 legge fram en vurdering av "
            "et øremerket tilskudd til rehabilitering av svømmeanlegg.")
    pts = {
        "i": "gir en oversikt over hvor mange elever på 4. trinn som er svømmedyktige, basert på "
             "en kartlegging ved hver skole,",
        "ii": "beskriver hvilke bassenger skolene bruker, og hvordan elevene fraktes dit,",
        "iii": "viser hvordan elever som ikke er svømmedyktige etter 4. trinn, får ekstra "
               "opplæring til de har nådd kompetansemålet, hvem som har ansvaret for at "
               "opplæringen blir gitt, og hvordan foreldrene får vite resultatet av "
               "kartleggingen, hva skolen vil gjøre videre, og hva foreldrene selv kan gjøre "
               "for at barnet skal bli trygg i vann,",
        "iv": "beskriver hvordan elever med funksjonsnedsettelser får tilrettelagt "
              "svømmeopplæring,",
        "v": "angir hvor mange timer svømmeopplæring hver elev skal få på 1.–4. trinn, og",
        "vi": "beskriver samarbeidet med frivillige lag og foreninger om svømmekurs utenom "
              "skoletiden.",
    }
    s1 = ("Planen skal utarbeides i samarbeid med skolene, og foreldrene skal få uttale seg "
          "gjennom samarbeidsutvalgene før planen vedtas.")
    s2 = "Planen skal være vedtatt av kommunestyret innen 31. desember 2051."
    m = [
        ("form", [["Til", "Kommunene (etter liste)"], ["Kopi", "Statsforvalterne; KS"],
                  ["Deres ref.", ""], ["Vår ref.", "49/2217-4"], ["Dato", "2. september 2049"]],
         [3.2, 13.2]),
        ("title", "Oppfølging av Stortingets anmodningsvedtak nr. 611 og 612 (2048–2049) – "
                  "kommunale planer for svømmeopplæring"),
        ("p", "Stortinget behandlet 11. juni 2049 Innst. 402 S (2048–2049) om representantforslag "
              "om bedre svømmeferdigheter blant barn. Bakgrunnen for forslaget var at andelen "
              "elever som er svømmedyktige etter 4. trinn, har gått ned i flere år, og at det er "
              "store forskjeller mellom kommunene. Mange kommuner har lang reisevei til nærmeste "
              "basseng, og flere bassenger har vært stengt i lengre perioder på grunn av "
              "vedlikehold. Stortinget fattet blant annet disse to anmodningsvedtakene:"),
        ("typed", "Vedtak nr. 611", "«" + v611 + "»", 2.9, 0.6),
        ("typed", "Vedtak nr. 612", "«" + v612 + "»", 2.9, 0.6),
        ("p", "Vedtak nr. 612 følges opp i Prop. 1 S (2049–2050) og krever ikke noe av "
              "kommunene."),
        ("h1", "Departementets oppfølging av vedtak nr. 611"),
        ("p", "Opplæringsloven og læreplanen i kroppsøving setter allerede krav om at elevene skal "
              "kunne svømme etter 4. trinn. Departementet ser likevel at mange kommuner ikke har "
              "en samlet oversikt over hvordan svømmeopplæringen er organisert, hvem som har "
              "ansvaret, og hvor mange elever som faktisk når kompetansemålet. For å følge opp "
              "vedtaket ber departementet derfor alle kommuner om å lage en plan for "
              "svømmeopplæring. Planen kan være en egen plan eller et eget kapittel i en annen "
              "plan for oppvekst eller for idrett og fysisk aktivitet."),
        ("p", "Departementet har drøftet oppfølgingen med KS og med Norges Svømmeforbund. Begge "
              "har pekt på at kommunene trenger tid til å kartlegge elevenes ferdigheter før "
              "planen lages, og at planen bør bygge på erfaringene fra skolene. I tillegg til "
              "det som følger av vedtaket, ber departementet om at planen"),
    ]
    m += [("typed", f"{k})", t, 0.9, 0.4) for k, t in pts.items()]
    m += [
        ("p", "Planen bør også omtale opplæring i livredning og trygg ferdsel ved vann."),
        ("h1", "Prosess og frister"),
        ("p", s1 + " " + s2 + " Statsforvalteren vil be om å få planen i forbindelse med "
              "tilsyn med opplæringen i kroppsøving."),
        ("p", "Departementet vil i løpet av våren 2050 publisere en veileder med eksempler på "
              "gode planer. Spørsmål om brevet kan rettes til seniorrådgiver Helge Brennevik."),
        ("p", "Med hilsen"),
        ("p", "Lise Aamodt (e.f.), ekspedisjonssjef · Helge Brennevik, seniorrådgiver"),
        ("p", "Dokumentet er elektronisk godkjent og har derfor ikke håndskrevne signaturer."),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Oppfølging av anmodningsvedtak nr. 611 og 612",
             author="Kunnskapsdepartementet", font="Liberation Serif", size=11.5, lang="nb-NO",
             header=DROP["svommeopplaering"][0], footer="Side {PAGE} av {NUMPAGES}",
             accent="1B1B1B", head_fill="F2F2F2")
    # point iii runs over the page break: its first line on page 1, its last on page 2
    expect_on_page(d / "mandate.pdf", [(1, "får ekstra"), (2, "for at barnet skal bli trygg i vann")])

    skoler = [
        ["Tveitstrand skole", "52", "41", "79 %"],
        ["Lunnheia skole", "38", "33", "87 %"],
        ["Kvisteby skole", "21", "14", "67 %"],
        ["Furuvik oppvekstsenter", "9", "6", "67 %"],
        ["Ørnelia skole", "30", "27", "90 %"],
    ]
    timer = [["1. trinn", "4", "Tilvenning i opplæringsbassenget"],
             ["2. trinn", "6", "Tilvenning og flyteøvelser"],
             ["3. trinn", "8", "Svømming på magen og ryggen"],
             ["4. trinn", "10", "Test etter kompetansemålet i mai"]]
    css = ("@page{size:A4;margin:17mm 17mm 17mm 17mm;@bottom-right{content:'Side ' "
           "counter(page) ' av ' counter(pages);font:8pt 'Liberation Sans',sans-serif;color:#555}"
           "@bottom-left{content:'tveitstrand.kommune.no';font:8pt 'Liberation Sans',sans-serif;"
           "color:#555}}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
           "body{font-family:'Liberation Sans',sans-serif;font-size:10pt;line-height:1.45;"
           "color:#1e1e1e}.top{background:#005f73;color:#fff;padding:7px 10px;font-weight:bold;"
           "font-size:10.5pt}.crumb{font-size:8pt;color:#555;margin:5px 0 12px}"
           "h1{font-size:18pt;margin:0 0 4px;color:#005f73}.meta{font-size:8.8pt;color:#444;"
           "border-left:3px solid #0a9396;padding:2px 8px;margin:0 0 12px}"
           "h2{font-size:12pt;margin:13px 0 3px;color:#005f73;break-after:avoid}p{margin:0 0 6px}"
           "table{border-collapse:collapse;margin:4px 0 8px;font-size:9pt}"
           "th,td{border:1px solid #9aa;padding:2px 6px;text-align:left;vertical-align:top}"
           "th{background:#e0f0f2}")
    body = (
        "<div class='top'>TVEITSTRAND KOMMUNE</div><div class='crumb'>Forsiden › Politikk og "
        "planer › Planer › Oppvekst</div><h1>Plan for svømmeopplæring i grunnskolen 2052–2055</h1>"
        "<div class='meta'>Vedtatt av kommunestyret 14.12.2051, sak 88/51 · Ansvarlig: "
        "kommunalsjef oppvekst</div>"
        "<h2>1 Hvorfor en plan for svømmeopplæring?</h2>"
        + paras("Kunnskapsdepartementet ba i brev 2. september 2049 alle kommuner om å lage en "
                "plan for svømmeopplæring, som oppfølging av Stortingets anmodningsvedtak nr. "
                "611. Denne planen er Tveitstrand kommunes svar. Målet er at alle elever skal "
                "være svømmedyktige når de går ut av 4. trinn.")
        + "<h2>2 Slik har vi jobbet</h2>"
        + paras("Planen ble laget av en arbeidsgruppe ledet av kommunalsjef oppvekst. Rektorene "
                "ved de fem barneskolene var med i gruppen, og svømmelærerne ble intervjuet "
                "høsten 2050. Utkastet ble sendt til skolene til uttalelse i februar 2051, og "
                "tre skoler kom med innspill om tidspunktene for bassengleie.")
        + "<h2>3 Hvor mange kan svømme?</h2>"
        + paras("Alle skolene testet elevene på 4. trinn i mai 2050 etter kompetansemålet i "
                "kroppsøving. Tabellen viser resultatet for hver skole.")
        + table_html(["Skole", "Elever på 4. trinn", "Svømmedyktige", "Andel"], skoler)
        + paras("Kartleggingen omfattet også elever med funksjonsnedsettelser; de er talt med i "
                "tabellen over. Samlet var 121 av 150 elever svømmedyktige, eller 81 prosent.")
        + "<h2>4 Bassengene</h2>"
        + paras("Skolene bruker to bassenger: Tveitstrandbadet (25 meter, åpnet i 2039) og "
                "opplæringsbassenget ved Lunnheia helsehus (12,5 meter, 32 grader). De yngste "
                "elevene har opplæringen i det varme bassenget. Tveitstrandbadet er stengt for "
                "vedlikehold tre uker hver sommer.")
        + "<h2>5 Timer i svømmeopplæring</h2>"
        + paras("Hver elev får til sammen 28 timer svømmeopplæring på 1.–4. trinn, fordelt slik:")
        + table_html(["Trinn", "Timer per elev", "Innhold"], timer)
        + "<h2>6 Når fire år ikke er nok</h2>"
        + paras("Elever som ikke er svømmedyktige etter 4. trinn, får et intensivkurs på ti "
                "dager i juni på 5. trinn, med én lærer per fire elever. De som fortsatt ikke "
                "klarer testen, får et nytt kurs på 6. trinn og om nødvendig på 7. trinn, til "
                "de har nådd kompetansemålet. Rektor ved hver skole har ansvaret for at eleven "
                "får kurset, og kommunen dekker utgiftene til bassengleie og ekstra lærere. "
                "Foreldrene får et brev med resultatet av testen i juni, sammen med en "
                "beskrivelse av kurset barnet får tilbud om og råd om hva foreldrene selv kan gjøre "
                "for at barnet skal bli trygt i vann.")
        + "<h2>7 Nyankomne elever</h2>"
        + paras("Nyankomne elever i grunnskolealder får svømmeopplæring i innføringsklassen ved "
                "Tveitstrand skole, to timer i uken gjennom ett skoleår, uansett hvilket trinn "
                "de går på.")
        + "<h2>8 Svømming utenom skoletiden</h2>"
        + paras("Tveitstrand svømmeklubb holder i dag kurs for barn fra fem år. Hvordan kommunen "
                "kan samarbeide med klubben og andre lag om kurs utenom skoletiden, vil bli "
                "vurdert i kommunedelplanen for idrett og fysisk aktivitet, som rulleres i 2052.")
        + "<h2>9 Livredning</h2>"
        + paras("Alle elever på 7. trinn får et kurs i livredning og trygg ferdsel ved vann.")
    )
    html_pdf(d / "plan.pdf", lang="nb", title="Plan for svømmeopplæring i grunnskolen 2052–2055",
             css=css, body=body)
    note_ii = ("the plan names the two pools and who uses which; how the pupils get there is "
               "never said")
    g = [
        P("611", v611, "content", "partial", ev="Nyankomne elever i grunnskolealder",
          missing=["et tilbud til nyankomne ungdommer mellom 16 og 18 år som ikke går i "
                   "grunnskolen (planen gjelder bare elever i grunnskolealder)"],
          trap="the ANMODNINGSVEDTAK quoted in the ministry's letter (typed 'Vedtak nr. 611' + "
               "tab, in «»): the ministry follows it up and adds i)–vi), so the vedtak's own "
               "demand (an offer to nyankomne up to 18) is a point, numbered by the vedtak. "
               "Vedtak nr. 612 is left to the state budget ('krever ikke noe av kommunene') and "
               "is none"),
        P("i", pts["i"].rstrip(","), "content", "covered", ev="Alle skolene testet elevene",
          trap="typed 'i)' + tab with a hanging indent after 'ber departementet om at planen' "
               "(no colon); answered by a table per school"),
        P("ii", pts["ii"].rstrip(","), "content", "partial", ev="Skolene bruker to bassenger",
          missing=["hvordan elevene fraktes til bassengene"], trap=note_ii),
        P("iii", pts["iii"].rstrip(","), "content", "covered", ev="Elever som ikke er svømmedyktige",
          trap="the point runs over the page break of the letter (two lines on page 1, the rest "
               "on page 2, with the running header and the footer between); answered under a "
               "heading in other words ('Når fire år ikke er nok'): courses on 5., 6. and 7. "
               "trinn, the rektor responsible"),
        P("iv", pts["iv"].rstrip(","), "content", "uncovered",
          trap="SHARED WORDS: 'Kartleggingen omfattet også elever med funksjonsnedsettelser; de "
               "er talt med i tabellen' says who was counted, not how their teaching is "
               "tilrettelagt"),
        P("v", pts["v"].removesuffix(", og"), "content", "covered",
          ev="Hver elev får til sammen 28 timer",
          trap="the hours stand in a table Trinn | Timer per elev | Innhold"),
        P("vi", pts["vi"].rstrip("."), "content", "uncovered",
          trap="put off: 'vil bli vurdert i kommunedelplanen for idrett og fysisk aktivitet, som "
               "rulleres i 2052'; the swimming club is named only as a fact"),
        P("S1", s1, "process", "partial", ev="Planen ble laget av en arbeidsgruppe",
          missing=["foreldrenes uttalelse gjennom samarbeidsutvalgene"],
          trap="a sentence of 'Prosess og frister'; the rektorer were in the group and the draft "
               "went to the schools (past tense), the samarbeidsutvalg are never named"),
        P("S2", s2, "process", "covered", ev="Vedtatt av kommunestyret 14.12.2051",
          trap="the meta line of the web page: adopted 14 December 2051. Not points: vedtak nr. "
               "612 (the state budget), the ministry's order ('ber departementet derfor alle "
               "kommuner om å lage en plan', the mandate), the permission to make it a chapter "
               "of another plan, the 'bør' sentence on livredning (the plan answers it anyway), "
               "the statsforvalter's tilsyn, the veileder, the greeting"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["svommeopplaering"],
                producer="a LETTER FROM A MINISTRY FOLLOWING UP TWO ANMODNINGSVEDTAK OF THE "
                "STORTING, exported from Word (Liberation Serif 11.5, nb-NO, running header, "
                "'Side n av m'): an address table, the two vedtak quoted in «» after typed "
                "'Vedtak nr. 611' / 'Vedtak nr. 612' labels (611 holds a point, 612 is left to "
                "the budget), the ministry's order, points typed 'i)' … 'vi)' with a tab and a "
                "hanging indent (iii over the page break), a 'bør' sentence, two process "
                "sentences under 'Prosess og frister'; plan the kommune's web page printed with "
                "Chromium (Liberation Sans 10, 'Side n av m'), a process chapter in the past "
                "tense, a table per school, an hours table, a heading in other words, a "
                "deferral, shared words", points=g)


# =========================================================================== 2 stiplan (nn)
@pair
def stiplan(d: Path) -> dict:
    rows1 = [
        ["1.1", "Oppstartsmøte med kommunen", "RS", "1", "6 500", "6 500"],
        ["1.2", "Registrering av eksisterande stiar og løyper med GPS, med status for merking "
                "og skilting", "km", "140", "450", "63 000"],
        ["1.3", "Kartlegging av konfliktar mellom ferdsel og beitedyr og mellom ferdsel og "
                "viktige viltområde", "RS", "1", "38 000", "38 000"],
        ["2.1", "Folkemøte i Skarsbu og i Hovdestøl, med referat", "stk", "2", "9 000",
         "18 000"],
        ["2.2", "Dialogmøte med grunneigarlaga og Holtefjell turlag", "stk", "1", "7 500",
         "7 500"],
    ]
    rows2 = [
        ["3.1", "Prioritert tiltaksliste med kostnadsoverslag for kvart tiltak", "RS", "1",
         "42 000", "42 000"],
        ["3.2", "Framlegg til skiltplan for heile stinettet etter merkehandboka", "RS", "1",
         "24 000", "24 000"],
        ["3.3", "Opsjon: vurdering av parkering ved innfallsportane", "RS", "1", "15 000",
         "(15 000)"],
        ["4.1", "Reiser og køyring", "km", "1 200", "4,50", "5 400"],
        ["", "Sum eks. mva. (utan opsjon)", "", "", "", "204 400"],
    ]
    s1 = "Planen skal ha eit kartvedlegg i målestokk 1:50 000 som viser alle stiar og løyper."
    s2 = "Utkast til plan skal leverast til kommunen innan 15. mai 2050."
    head = ["Post", "Leveranse", "Eining", "Mengd", "Pris (kr)", "Sum (kr)"]
    w = [12, 80, 14, 16, 20, 24]
    m = [
        ("form", [["Til", "Tindeform landskap AS, v/ Marit Hovde"],
                  ["Frå", "Holtefjell kommune, plan og næring"],
                  ["Dato", "14.10.2049"], ["Vår ref.", "2049/1187-2"],
                  ["Rammeavtale", "2047/03 Plankonsulenttenester, delområde 2 Landskap og "
                                  "friluftsliv"]], [32, 134]),
        ("title", "Avrop: sti- og løypeplan for Holtefjell"),
        ("p", "Vi viser til rammeavtale 2047/03 og gjer med dette avrop på utarbeiding av ein sti- "
              "og løypeplan for Holtefjell kommune. Oppdraget skal utførast i samsvar med "
              "rammeavtalen og prisskjemaet nedanfor."),
        ("h1", "1 Bakgrunn"),
        ("p", "Kommunen har om lag 140 km merka stiar og løyper. Mykje av merkinga er gammal, "
              "og det har vore fleire konfliktar mellom turfolk, hundar og sau på beite. "
              "Kommunestyret vedtok i budsjettet for 2050 at det skal lagast ein sti- og "
              "løypeplan som grunnlag for søknader om spelemidlar og friluftsmidlar."),
        ("h1", "2 Omfang"),
        ("p", "Leveransane går fram av prisskjemaet. Postar merkte «Opsjon» blir berre utløyste "
              "etter skriftleg avrop frå kommunen. " + s1 + " Planen kan gjerne byggje på "
              "turkartet frå 2041."),
        ("h1", "3 Prisskjema"),
        ("p", "Prisane er faste i heile oppdraget og inkluderer alle utgifter, òg "
              "kontorarbeid. Timar utover prisskjemaet skal avtalast skriftleg på førehand."),
        ("table", head, rows1, w),
        ("break",),
        ("h2", "Prisskjema (forts.)"),
        ("table", head, rows2, w),
        ("h1", "4 Framdrift"),
        ("p", s2 + " Kommunestyret skal handsame planen hausten 2050."),
        ("h1", "5 Kontaktpersonar"),
        ("p", "Kontaktperson i kommunen er Torbjørn Skarsbu, rådgjevar friluftsliv. Faktura "
              "skal merkjast med avropsnummer 2049/14."),
        ("p", "Med helsing · Eirik Lundehaug, einingsleiar plan og næring"),
    ]
    rl_pdf(d / "mandate.pdf", m, title="Avrop: sti- og løypeplan for Holtefjell",
           author="Holtefjell kommune", family="Helvetica", size=10,
           head_left=DROP["stiplan"][0], head_right=DROP["stiplan"][1],
           foot=lambda n, t: f"Side {n} av {t}", accent="#2D5A27", head_fill="#E3EEDD")
    expect_on_page(d / "mandate.pdf", [(1, "Dialogmøte med grunneigarlaga"),
                                       (2, "Prisskjema (forts.)"),
                                       (2, "Prioritert tiltaksliste med kostnadsoverslag")])
    stiar = [
        ["Skarsbu – Storhaugen", "11,2", "God", "Manglar ved to kryss"],
        ["Hovdestøl – Kvitbergtjørna", "8,4", "Delvis borte", "Manglar"],
        ["Holtefjell rundt (løype)", "34,0", "God", "God"],
        ["Gamle postvegen", "19,5", "Delvis borte", "Gamle skilt frå 1990-talet"],
        ["Seterstiane i Hovdestøl (12 stiar)", "41,3", "Varierande", "Varierande"],
        ["Andre stiar (23 stiar)", "23,6", "Svak", "Manglar"],
    ]
    tiltak = [
        ["1", "Ny merking av Hovdestøl – Kvitbergtjørna", "45 000"],
        ["2", "Grinder med fjør på Gamle postvegen (6 stk.)", "30 000"],
        ["3", "Klopping over myrane ved Storhaugen", "120 000"],
        ["4", "Ny merking av Gamle postvegen", "80 000"],
        ["5", "Infotavler om beitedyr ved fire startpunkt", "28 000"],
    ]
    p = [
        ("title", "Sti- og løypeplan for Holtefjell 2051–2060"),
        ("meta", "Utarbeidd av Tindeform landskap AS for Holtefjell kommune · august 2050"),
        ("h1", "1 Innleiing"),
        ("p", "Holtefjell kommune gjorde i oktober 2049 avrop på rammeavtalen for "
              "plankonsulenttenester om ein sti- og løypeplan. Planen skal vere grunnlag for "
              "søknader om spelemidlar og friluftsmidlar dei neste ti åra."),
        ("h1", "2 Slik har vi arbeidd"),
        ("p", "Oppstartsmøtet med kommunen var 4. november 2049. Vi hadde dialogmøte med "
              "grunneigarlaga i Skarsbu og Hovdestøl og med Holtefjell turlag 20. januar 2050, "
              "der dei fekk sjå kartet over alle stiane og kom med merknader."),
        ("p", "Folkemøtet i Skarsbu vart halde på grendahuset 3. mars 2050, med 46 frammøtte. "
              "Referatet ligg ved planen."),
        ("p", "Utkastet vart levert til kommunen 12. mai 2050."),
        ("h1", "3 Stiane i dag"),
        ("p", "Vi registrerte 138 km sti og løype med GPS sommaren og hausten 2049. Tabellen "
              "viser lengda og tilstanden på merking og skilting."),
        ("table", ["Sti eller løype", "Lengd (km)", "Merking", "Skilting"], stiar,
         [6.0, 2.4, 3.2, 4.8]),
        ("h1", "4 Turfolk, hund og sau"),
        ("p", "Sau og storfe beitar i utmarka frå juni til september, særleg rundt Storhaugen og "
              "langs Gamle postvegen. Dei fleste konfliktane gjeld laus hund og grinder som "
              "blir ståande opne. Vi tilrår grinder med fjør og infotavler ved startpunkta."),
        ("p", "Vi har ikkje kartlagt viltområda. Det låg utanfor det vi hadde tid til innanfor "
              "avropet."),
        ("h1", "5 Merking og skilting"),
        ("p", "Nye skilt skal følgje merkehandboka. I dag er skiltinga varierande; sjå tabellen "
              "i kapittel 3."),
        ("h1", "6 Tiltak"),
        ("p", "Tiltaka står i prioritert rekkjefølgje, med kostnadsoverslag for kvart tiltak."),
        ("table", ["Prioritet", "Tiltak", "Kostnad (kr)"], tiltak, [2.4, 10.6, 3.4]),
        ("h1", "7 Kart"),
        ("p", "Kartvedlegget blir laga når planen er vedteken i kommunestyret."),
    ]
    odt_pdf(d / "plan.pdf", p, title="Sti- og løypeplan for Holtefjell 2051–2060",
            font="DejaVu Sans", size=9.5, lang="nn", country="NO",
            header="Holtefjell kommune · Sti- og løypeplan 2051–2060", footer="Side {n} av {m}",
            accent="#2D5A27", head_fill="#E3EEDD")
    g = [
        P("1.2", rows1[1][1], "content", "covered", ev="Vi registrerte 138 km sti",
          trap="a row of the PRICE SCHEDULE of an avrop to a consultant (Post | Leveranse | "
               "Eining | Mengd | Pris | Sum): the deliverables are the rows, numbered by their "
               "Post. Answered by a table of the paths with merking and skilting"),
        P("1.3", rows1[2][1], "content", "partial", ev="Sau og storfe beitar i utmarka",
          missing=["konfliktane mellom ferdsel og viktige viltområde (ikkje kartlagde)"],
          trap="the beitedyr half answered under a heading in other words ('Turfolk, hund og "
               "sau'); the vilt half refused in plain words ('Vi har ikkje kartlagt "
               "viltområda')"),
        P("2.1", rows1[3][1], "process", "partial", ev="Folkemøtet i Skarsbu vart halde",
          missing=["folkemøtet i Hovdestøl"],
          trap="one of the two folkemøte was held (past tense); Hovdestøl is named only for the "
               "dialogmøte with its grunneigarlag"),
        P("2.2", rows1[4][1], "process", "covered", ev="Oppstartsmøtet med kommunen var",
          trap="answered in the past tense in '2 Slik har vi arbeidd' (the dialogmøte of 20 "
               "January 2050, in the paragraph that opens with the oppstartsmøte)"),
        P("3.1", rows2[0][1], "deliverable", "covered", ev="Tiltaka står i prioritert",
          trap="the first row under 'Prisskjema (forts.)' on page 2: the schedule is CONTINUED "
               "on the next page under a typed heading with the header row printed again. "
               "Answered by a table Prioritet | Tiltak | Kostnad"),
        P("3.2", rows2[1][1], "deliverable", "uncovered",
          trap="SHARED WORDS: 'Nye skilt skal følgje merkehandboka' and a pointer to the table "
               "of today's skilting; no skiltplan"),
        P("S1", s1, "deliverable", "uncovered",
          trap="a sentence in '2 Omfang'; put off: 'Kartvedlegget blir laga når planen er "
               "vedteken'"),
        P("S2", s2, "process", "covered", ev="Utkastet vart levert til kommunen",
          trap="delivered 12 May 2050, before 15 May. Not points: the avrop sentence (the "
               "mandate), the option rows (3.3, not called off: «Opsjon» is only ordered in "
               "writing), the oppstartsmøte and the travel rows (project costs), the fixed "
               "prices, the permission to build on the 2041 map, the kommunestyre's handling "
               "(after the plan), contact and invoice lines"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf", drop=DROP["stiplan"],
                producer="an AVROP ON A FRAMEWORK AGREEMENT TO A CONSULTANT, the case system's "
                "print (reportlab, Helvetica 10, running head over a rule, 'Side n av m'): an "
                "address form, the avrop sentence, '2 Omfang' with a requirement in the prose, "
                "the deliverables as rows of a PRICE SCHEDULE Post | Leveranse | Eining | Mengd "
                "| Pris | Sum that is CONTINUED on page 2 under a typed 'Prisskjema (forts.)' "
                "with the header row again, project rows, an option and travel that are none, "
                "a deadline under '4 Framdrift'; plan written with odfpy (DejaVu Sans 9.5, "
                "nn-NO, running header, 'Side n av m'), a process chapter in the past tense, a "
                "path table, a refusal, shared words, a tiltak table, a deferral", points=g)


# =========================================================================== 3 badplatser (sv)
@pair
def badplatser(d: Path) -> dict:
    log = [
        ["B1", "2049-09-04", "att fastställa projektplanen daterad 2049-08-28", "Styrgruppen"],
        ["B2", "2049-09-04", "att badplatsplanen ska omfatta alla kommunala badplatser, även de "
                             "sex som sköts av byalag", "Projektledaren"],
        ["B3", "2049-09-04", "att planen ska redovisa vattenkvaliteten vid varje badplats de "
                             "senaste fem åren", "Miljöenheten"],
        ["B4", "2049-10-09", "att styrgruppens möten flyttas till tisdagar kl. 13", "Sekreteraren"],
        ["B5", "2049-10-09", "att planen ska föreslå vilka badplatser som ska få en "
                             "tillgänglighetsanpassad brygga och ramp", "Projektledaren"],
        ["B6", "2049-10-09", "att planen ska beskriva vilken livräddningsutrustning som ska finnas "
                             "vid varje badplats och vem som kontrollerar den", "Fritidsenheten"],
        ["B7", "2049-11-13", "att B3 ändras så att planen ska redovisa vattenkvaliteten vid varje "
                             "badplats under de tre senaste badsäsongerna", "Miljöenheten"],
        ["B8", "2049-11-13", "att frågan om att stänga badplatsen i Kvarnviken inte tas med i "
                             "planen utan lämnas till kultur- och fritidsnämnden", "Ordföranden"],
        ["B9", "2049-11-13", "att planen ska ange vilka badplatser som ska ha toalett och "
                             "sophämtning under badsäsongen", "Projektledaren"],
        ["B10", "2049-12-11", "att samråd om planförslaget ska hållas med byalagen och det "
                              "kommunala tillgänglighetsrådet före den 1 mars 2050",
         "Projektledaren"],
        ["B11", "2050-01-15", "att planen ska innehålla en åtgärdslista med kostnad och ansvarig "
                              "för varje åtgärd", "Projektledaren"],
        ["B12", "2050-01-15", "att planförslaget ska lämnas till kultur- och fritidsnämnden "
                              "senast den 30 april 2050", "Projektledaren"],
        ["B13", "2050-01-15", "att beslutsloggen läggs ut på intranätet", "Sekreteraren"],
    ]
    m = [
        ("title", "Beslutslogg – styrgruppen för badplatsplan 2051–2055"),
        ("meta", "Sälnäs kommun · Kultur- och fritidsförvaltningen · Dnr KFN 2049/142 · "
                 "uppdaterad 2050-01-15"),
        ("p", "Styrgruppen består av kultur- och fritidschefen (ordförande), miljöchefen, "
              "fritidsenhetens chef och en representant för tekniska förvaltningen. "
              "Projektledare är Annika Sandtjärn. Loggen förs av styrgruppens sekreterare och "
              "visar alla beslut i nummerordning. Kolumnen Status fylls i vid "
              "halvårsuppföljningen."),
        ("table", ["Nr", "Datum", "Ansvarig", "Beslut", "Status"],
         [[r[0], r[1], r[3], r[2], ""] for r in log], [1.1, 2.2, 2.9, 7.9, 1.9]),
        ("p", "Ett beslut som ändrar ett tidigare beslut får ett nytt nummer; det tidigare "
              "beslutet står kvar i loggen."),
        ("p", "Nästa möte: 2050-02-12. Frågor om loggen: Lena Björk, sekreterare."),
    ]
    odt_pdf(d / "mandate.pdf", m, title="Beslutslogg – styrgruppen för badplatsplan",
            font="Liberation Sans", size=10, lang="sv", country="SE",
            header=DROP["badplatser"][0], footer="Sida {n} av {m}", accent="#1D4E89",
            head_fill="#DCE6F2")
    bad = [
        ["Storsand", "Ja", "850", "Ja, 2051"],
        ["Sandtjärn", "Ja", "420", "Ja, 2052"],
        ["Kvarnviken", "Nej", "90", "Nej"],
        ["Ekbacksudden", "Ja", "300", "Ja, 2053"],
        ["Lillsjön", "Nej", "60", "Nej"],
        ["Granbacken", "Ja", "210", "Nej, för brant"],
        ["Norrbadet", "Ja", "380", "Ja, 2054"],
        ["Tallnäs", "Nej", "45", "Nej"],
        ["Fiskeviken", "Ja", "120", "Nej"],
    ]
    vatten = [
        ["Storsand", "Utmärkt", "Utmärkt", "Bra"],
        ["Sandtjärn", "Bra", "Bra", "Bra"],
        ["Kvarnviken", "Tillfredsställande", "Dålig", "Tillfredsställande"],
        ["Ekbacksudden", "Utmärkt", "Utmärkt", "Utmärkt"],
        ["Lillsjön", "Bra", "Bra", "Utmärkt"],
        ["Granbacken", "Utmärkt", "Bra", "Bra"],
        ["Norrbadet", "Utmärkt", "Utmärkt", "Utmärkt"],
        ["Tallnäs", "Bra", "Tillfredsställande", "Bra"],
        ["Fiskeviken", "Bra", "Bra", "Bra"],
    ]
    atg = [
        ["1", "Tillgänglig brygga och ramp vid Storsand", "380 000", "Tekniska förvaltningen",
         "2051"],
        ["2", "Tillgänglig brygga och ramp vid Sandtjärn", "310 000", "Tekniska förvaltningen",
         "2052"],
        ["3", "Ny sand vid Ekbacksudden och Norrbadet", "90 000", "Fritidsenheten", "2051"],
        ["4", "Nya livbojar och stegar vid alla badplatser", "65 000", "Fritidsenheten", "2051"],
        ["5", "Utredning av avloppen uppströms Kvarnviken", "120 000", "Miljöenheten", "2052"],
        ["6", "Tillgänglig brygga och ramp vid Ekbacksudden och Norrbadet", "640 000",
         "Tekniska förvaltningen", "2053–2054"],
    ]
    p = [
        ("title", "Badplatsplan för Sälnäs kommun 2051–2055"),
        ("meta", "Förslag till kultur- och fritidsnämnden · maj 2050"),
        ("h1", "1 Inledning"),
        ("p", "Badplatsplanen visar hur kommunen ska sköta och utveckla sina badplatser de "
              "kommande fem åren. Planen omfattar de nio badplatser som kommunen själv sköter. "
              "De sex badplatser som sköts av byalag ingår inte i planen; byalagen får som "
              "tidigare ett bidrag till skötseln."),
        ("h1", "2 Så har planen tagits fram"),
        ("p", "Planen har tagits fram av en projektgrupp med deltagare från fritidsenheten, "
              "miljöenheten och tekniska förvaltningen, med en styrgrupp under kultur- och "
              "fritidschefen."),
        ("p", "Samråd med byalagen hölls i Sälnäs församlingshem den 12 februari 2050. Åtta av "
              "de tio byalagen kom, och deras synpunkter finns i bilaga 1."),
        ("p", "Planförslaget beräknas behandlas av kultur- och fritidsnämnden den 11 juni 2050."),
        ("h1", "3 Badplatserna"),
        ("p", "Kommunen sköter nio badplatser. Storsand och Sandtjärn får en "
              "tillgänglighetsanpassad brygga och ramp först, eftersom de har flest besökare "
              "och parkering nära vattnet. Tabellen visar vilka badplatser som ska få brygga "
              "och ramp och när."),
        ("table", ["Badplats", "Sandstrand", "Besökare en vanlig sommardag",
                   "Tillgänglig brygga och ramp"], bad, [3.8, 2.6, 4.4, 4.8]),
        ("p", "Toaletten vid Storsand renoverades 2048 och är öppen från maj till september."),
        ("h1", "4 Rent badvatten"),
        ("p", "Miljöenheten tar prov på badvattnet fyra gånger varje badsäsong. Tabellen visar "
              "klassningen för de tre senaste badsäsongerna."),
        ("table", ["Badplats", "2047", "2048", "2049"], vatten, [4.0, 3.8, 3.8, 3.8]),
        ("h1", "5 Säkerhet vid vattnet"),
        ("p", "Vid varje badplats ska det finnas en livboj med lina, en räddningsstege vid "
              "bryggan och en skylt med badplatsens namn och adress att uppge vid larm. Vid "
              "Storsand och Sandtjärn finns också en räddningsbräda."),
        ("h1", "6 Åtgärder 2051–2055"),
        ("p", "Åtgärdslistan visar vad som ska göras, vad det kostar och vem som ansvarar."),
        ("table", ["Nr", "Åtgärd", "Kostnad (kr)", "Ansvarig", "År"], atg,
         [1.0, 6.4, 2.4, 4.0, 2.2]),
    ]
    docx_pdf(d / "plan.pdf", p, title="Badplatsplan för Sälnäs kommun 2051–2055",
             author="Sälnäs kommun", font="Liberation Sans", size=10, lang="sv-SE",
             header="Sälnäs kommun · Badplatsplan 2051–2055", footer="Sida {PAGE} av {NUMPAGES}",
             accent="1D4E89", head_fill="DCE6F2")
    t = {r[0]: r[2] for r in log}
    g = [
        P("B2", t["B2"], "content", "partial", ev="Badplatsplanen visar hur kommunen",
          missing=["de sex badplatser som sköts av byalag (uttryckligen utanför planen)"],
          trap="a row of a STEERING GROUP'S DECISION LOG (Nr | Datum | Ansvarig | Beslut | "
               "Status, the Status column left blank); the point is the Beslut cell, an "
               "'att'-clause, numbered by the log. The plan refuses the byalag's beaches in plain "
               "words"),
        P("B5", t["B5"], "content", "covered", ev="Kommunen sköter nio badplatser",
          trap="answered in the text and the table's last column (which beaches, which year)"),
        P("B6", t["B6"], "content", "partial", ev="Vid varje badplats ska det finnas",
          missing=["vem som kontrollerar livräddningsutrustningen"],
          trap="the equipment is listed under a heading in other words ('Säkerhet vid "
               "vattnet'); no one is named to check it"),
        P("B7", t["B7"], "content", "covered", ev="Miljöenheten tar prov på badvattnet",
          trap="B7 REWORDS B3 (five years → three seasons); B3, still printed in the log, is "
               "superseded and no point. Answered by a table of the three seasons"),
        P("B9", t["B9"], "content", "uncovered",
          trap="SHARED WORDS: 'Toaletten vid Storsand renoverades 2048' is a fact about one "
               "toilet; which beaches shall have toalett and sophämtning is said nowhere"),
        P("B10", t["B10"], "process", "partial", ev="Samråd med byalagen hölls",
          missing=["samråd med det kommunala tillgänglighetsrådet"],
          trap="the samråd with the byalag on 12 February 2050 (past tense, before 1 March); "
               "the tillgänglighetsråd is never named"),
        P("B11", t["B11"], "deliverable", "covered", ev="Åtgärdslistan visar vad som ska",
          trap="a table Nr | Åtgärd | Kostnad | Ansvarig | År"),
        P("B12", t["B12"], "process", "uncovered",
          trap="the plan 'beräknas behandlas av kultur- och fritidsnämnden den 11 juni 2050': "
               "after 30 April, and it is the nämnd's meeting, not the handing-in. Not points: "
               "B1 and B4 (project administration), B3 (superseded by B7), B8 (sent to the "
               "nämnd), B13 (publishing the log), the blank Status column, the note on how "
               "changes are numbered, the next meeting"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf", drop=DROP["badplatser"],
                producer="a STEERING GROUP'S DECISION LOG written with odfpy and exported by "
                "LibreOffice (Liberation Sans 10, sv-SE, running header, 'Sida n av m'): a "
                "title, a meta line, a paragraph on the group, a table Nr | Datum | Beslut | "
                "Beslut | Status of thirteen 'att'-clauses B1–B13 with the Status column left "
                "blank (administration, a rewording of an earlier decision, a question sent "
                "elsewhere among them), a note on numbering; plan exported from Word (Liberation "
                "Sans 10, sv-SE, running header, 'Sida n av m'), a refusal in the introduction, "
                "a process chapter in the past tense, a beach table, a water-quality table, a "
                "heading in other words, shared words, an action table", points=g)


# =========================================================================== 4 hjemloese (da)
@pair
def hjemloese(d: Path) -> dict:
    opg = [
        "lave en optælling af, hvor mange borgere i kommunen der er hjemløse, og hvor de "
        "overnatter",
        "beskrive, hvordan Housing First kan bruges i Havrum, herunder hvor mange boliger der "
        "er brug for",
        "komme med forslag til, hvordan unge, der forlader en anbringelse, undgår at blive "
        "hjemløse",
        "inddrage borgere med erfaring fra hjemløshed, herberget Læhuset og Rådet for Socialt "
        "Udsatte i arbejdet",
        "beskrive, hvordan samarbejdet med boligorganisationerne om anvisning af boliger skal "
        "foregå",
        "udarbejde en handleplan med indsatser, ansvarlige og økonomi",
        "sørge for, at strategien kan behandles i Socialudvalget i maj 2051",
    ]
    forv = ["har en relevant uddannelse, fx som socialrådgiver eller cand.scient.soc.",
            "har erfaring med projektledelse og med at skrive politiske sager",
            "trives med at samarbejde med mennesker, der har det svært",
            "kan skrive klart og kort"]
    tilb = ["en selvstændig stilling med stor indflydelse på kommunens socialpolitik",
            "en styregruppe med direktøren for Social og Sundhed",
            "kolleger i et fagligt stærkt sekretariat",
            "fleksibel arbejdstid og mulighed for hjemmearbejde én dag om ugen"]
    top = DROP["hjemloese"]
    css = ("@page{size:A4;margin:15mm 16mm 16mm 16mm;"
           f"@top-left{{content:'{top[0]}';font:7.5pt 'DejaVu Sans',sans-serif;color:#666}}"
           f"@bottom-left{{content:'{top[1]}';font:7.5pt 'DejaVu Sans',sans-serif;color:#666}}"
           "@bottom-right{content:counter(page) '/' counter(pages);font:7.5pt 'DejaVu Sans',"
           "sans-serif;color:#666}}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
           "body{font-family:'DejaVu Sans',sans-serif;font-size:9.8pt;line-height:1.5;"
           "color:#222}.logo{font-weight:bold;font-size:12pt;color:#8c1d40;letter-spacing:.5px;"
           "border-bottom:3px solid #8c1d40;padding-bottom:4px;margin-bottom:10px}"
           "h1{font-size:17pt;margin:4px 0 8px;line-height:1.2}"
           ".facts{background:#f4ecef;padding:6px 10px;display:grid;grid-template-columns:"
           "32mm 1fr;gap:1px 8px;font-size:8.8pt;margin-bottom:12px}"
           "h2{font-size:11.5pt;color:#8c1d40;margin:12px 0 3px;break-after:avoid}"
           "p{margin:0 0 6px}ul{margin:2px 0 8px;padding-left:18px}li{margin:0 0 2px}"
           ".apply{border:1px solid #8c1d40;padding:6px 10px;margin-top:10px;font-size:9pt}")
    body = (
        "<div class='logo'>HAVRUM KOMMUNE · Job</div>"
        "<h1>Projektleder til ny hjemløsestrategi</h1>"
        "<div class='facts'><b>Arbejdssted</b><div>Social og Sundhed, Rådhuset, Havrum</div>"
        "<b>Ansættelse</b><div>Tidsbegrænset, 18 måneder, 37 timer om ugen</div>"
        "<b>Tiltrædelse</b><div>1. februar 2050</div><b>Ansøgningsfrist</b>"
        "<div>6. december 2049</div><b>Jobnummer</b><div>SOS-2049-118</div></div>"
        "<h2>Om jobbet</h2>"
        + paras("Byrådet har besluttet, at Havrum Kommune skal have en ny hjemløsestrategi for "
                "2051–2055. Antallet af hjemløse er steget fra 38 til over 60 på fire år, og "
                "flere af dem er unge. Vi søger derfor en projektleder, som skal stå for "
                "arbejdet med strategien fra start til slut.")
        + "<h2>Dine opgaver bliver at:</h2><ul>" + "".join(f"<li>{e(t)}</li>" for t in opg)
        + "</ul>"
        + paras("Du refererer til sekretariatschefen i Social og Sundhed.")
        + "<h2>Vi forventer, at du:</h2><ul>" + "".join(f"<li>{e(t)}</li>" for t in forv)
        + "</ul><h2>Vi tilbyder:</h2><ul>" + "".join(f"<li>{e(t)}</li>" for t in tilb) + "</ul>"
        + "<h2>Løn og ansættelse</h2>"
        + paras("Løn efter overenskomst og aftale om forhåndsaftalt løn. Stillingen er "
                "tidsbegrænset, fordi den er knyttet til arbejdet med strategien.")
        + "<div class='apply'>"
        + paras("Vil du vide mere, så ring til sekretariatschef Jonas Lykkegaard på 72 14 30 "
                "55. Søg jobbet via knappen »Søg stillingen« senest den 6. december 2049. Vi "
                "holder samtaler den 13. december.")
        + "</div>"
    )
    html_pdf(d / "mandate.pdf", lang="da", title=top[1], css=css, body=body)
    tal = [["Herberget Læhuset", "19"], ["Hos familie eller venner (sofasurfere)", "27"],
           ["Natcafé eller gaden", "6"], ["Hospital eller behandlingssted", "4"],
           ["Andet eller ukendt", "5"]]
    hp = [["Fast hjemløseteam med tre medarbejdere", "Socialafdelingen", "2051"],
          ["Bostøtte i hjemmet efter Housing First", "Hjemløseteamet", "2051"],
          ["Akutplads til unge på Læhuset", "Læhuset", "2052"],
          ["Opsøgende arbejde i natcaféen to aftener om ugen", "Hjemløseteamet", "2051"],
          ["Årlig optælling i uge 6", "Socialafdelingen", "Hvert år"]]
    p = [
        ("title", "Hjemløsestrategi for Havrum Kommune 2051–2055"),
        ("meta", "Social og Sundhed · behandlet i Socialudvalget den 19. maj 2051"),
        ("h1", "1 Indledning"),
        ("p", "Byrådet besluttede i 2049, at Havrum Kommune skulle have en ny hjemløsestrategi. "
              "Strategien blev behandlet i Socialudvalget den 19. maj 2051 og sendes derefter "
              "til byrådet."),
        ("h1", "2 Sådan har vi arbejdet"),
        ("p", "Vi har holdt tre møder med brugerne på herberget Læhuset og med personalet dér i "
              "efteråret 2050. Rådet for Socialt Udsatte kommenterede udkastet på sit møde den "
              "3. marts 2051."),
        ("h1", "3 Hvor mange er hjemløse?"),
        ("p", "I uge 6 i 2050 talte vi 61 hjemløse borgere i Havrum. Tabellen viser, hvor de "
              "overnattede i tælleugen."),
        ("table", ["Overnatter", "Antal"], tal, [120, 30]),
        ("p", "Af de 61 hjemløse er 14 under 25 år. Mange af dem har tidligere været anbragt "
              "uden for hjemmet."),
        ("h1", "4 En bolig først"),
        ("p", "Vi vil arbejde efter Housing First. Borgeren får først en egen bolig og derefter "
              "den støtte i hjemmet, der skal til for at blive boende. Støtten gives af et fast "
              "hjemløseteam. Vi har valgt ikke at fastsætte, hvor mange boliger der skal bruges, "
              "fordi behovet skifter fra år til år."),
        ("h1", "5 Boliger"),
        ("p", "Aftalen med boligorganisationerne om kommunal anvisning genforhandles i 2052. "
              "Samarbejdet om anvisning beskrives i den nye aftale."),
        ("h1", "6 Handleplan"),
        ("p", "Handleplanen viser de indsatser, vi sætter i gang, og hvem der har ansvaret."),
        ("table", ["Indsats", "Ansvarlig", "Start"], hp, [95, 40, 25]),
    ]
    rl_pdf(d / "plan.pdf", p, title="Hjemløsestrategi 2051–2055", author="Havrum Kommune",
           family="LS", size=10, head_left="Havrum Kommune",
           head_right="Hjemløsestrategi 2051–2055", foot=lambda n, t: f"Side {n} af {t}",
           accent="#8C1D40", head_fill="#F4ECEF")
    g = [
        P("1", opg[0], "content", "covered", ev="I uge 6 i 2050 talte vi",
          trap="a bullet under 'Dine opgaver bliver at:' of a JOB ADVERTISEMENT for the "
               "project leader, printed from the job portal (numbered 1–7 by place). Answered "
               "by a count and a table of where they slept"),
        P("2", opg[1], "content", "partial", ev="Vi vil arbejde efter Housing First",
          missing=["hvor mange boliger der er brug for (afvist: 'Vi har valgt ikke at "
                   "fastsætte …')"],
          trap="the approach answered under a heading in other words ('En bolig først'); the "
               "number of homes refused in plain words"),
        P("3", opg[2], "content", "uncovered",
          trap="SHARED WORDS: 'Af de 61 hjemløse er 14 under 25 år. Mange af dem har tidligere "
               "været anbragt' is a fact; no proposal for young people leaving care (the "
               "akutplads in the handleplan is for young homeless people, not a way to avoid "
               "homelessness)"),
        P("4", opg[3], "process", "covered", ev="Vi har holdt tre møder med brugerne",
          trap="answered in the past tense and in other words: the users of Læhuset (people "
               "with experience of homelessness), its staff, and the Rådet's meeting"),
        P("5", opg[4], "content", "uncovered",
          trap="put off: 'Aftalen … genforhandles i 2052. Samarbejdet om anvisning beskrives i "
               "den nye aftale'"),
        P("6", opg[5], "deliverable", "partial", ev="Handleplanen viser de indsatser",
          missing=["økonomien for indsatserne"],
          trap="a table Indsats | Ansvarlig | Start, no cost column"),
        P("7", opg[6], "process", "covered", ev="Strategien blev behandlet i Socialudvalget",
          trap="treated in the Socialudvalg on 19 May 2051. Not points: the byråd's decision "
               "and the order in 'Om jobbet' (the mandate), the reporting line, the 'Vi "
               "forventer, at du:' and 'Vi tilbyder:' bullets (the person and the job), pay, "
               "contact and how to apply"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf", drop=DROP["hjemloese"],
                producer="a JOB ADVERTISEMENT for a project leader printed from the "
                "municipality's job portal (HTML → Chromium, DejaVu Sans 9.8, the portal's "
                "crumb at the top, the page title and 'n/m' at the foot): a fact grid, 'Om "
                "jobbet' with the byråd's decision, 'Dine opgaver bliver at:' and seven HTML "
                "bullets (the points), 'Vi forventer, at du:' and 'Vi tilbyder:' bullets that "
                "are none, pay and how to apply; plan laid out with reportlab (Liberation Sans "
                "10, running head with a rule, 'Side n af m'), a process chapter in the past "
                "tense, a count table, shared words, a heading in other words with a refusal, a "
                "deferral, a handleplan table without costs", points=g)


# =========================================================================== 5 accessibility (en)
@pair
def accessibility(d: Path) -> dict:
    sch = {
        "a": "set out how the Defendant will increase the extent to which disabled pupils can "
             "participate in the curriculum, including school trips and after-school clubs;",
        "b": "set out the planned improvements to the physical environment of each of its "
             "maintained schools, with a timetable for the works;",
        "c": "set out how information that is provided in writing to pupils who are not "
             "disabled will be made available to disabled pupils in formats they can use;",
        "d": "identify the resources the Defendant will allocate to implementing the strategy;",
        "e": "explain how and when the strategy will be reviewed; and",
        "f": "set out how the Defendant will monitor the use of part-time timetables for "
             "disabled pupils.",
    }
    s3 = ("Before adopting the strategy, the Defendant will consult the Barrowdene Parent Carer "
          "Forum and the headteachers of its maintained schools.")
    s4 = "The Defendant will publish the strategy on its website no later than 31 March 2050."
    m = [
        ("bold", "IN THE HIGH COURT OF JUSTICE"),
        ("p", "KING'S BENCH DIVISION · ADMINISTRATIVE COURT"),
        ("p", "Claim No. AC-2049-LON-002731"),
        ("p", "BETWEEN: THE KING (on the application of RT, a child, by her mother and litigation "
              "friend ST), Claimant – and – BARROWDENE COUNTY COUNCIL, Defendant"),
        ("title", "CONSENT ORDER"),
        ("p", "UPON the Claimant's claim for judicial review of the Defendant's failure to "
              "prepare an accessibility strategy under paragraph 1 of Schedule 10 to the "
              "Equality Act 2010, issued on 14 May 2049;"),
        ("p", "AND UPON the Defendant accepting that it has not had an accessibility strategy "
              "in place since 2046;"),
        ("p", "AND UPON the Defendant undertaking to take the steps set out in the Schedule to "
              "this Order;"),
        ("bold", "BY CONSENT IT IS ORDERED THAT:"),
        ("typed", "1.", "The claim is withdrawn.", 1.0, 0.0),
        ("typed", "2.", "The Defendant shall pay the Claimant's reasonable costs of the claim, "
                        "to be subject to detailed assessment if not agreed.", 1.0, 0.0),
        ("typed", "3.", "There is liberty to apply to the Court in relation to the "
                        "implementation of the Schedule.", 1.0, 0.0),
        ("p", "We consent to an Order in the above terms: Harlow Price LLP, solicitors for the "
              "Claimant; Head of Legal Services, Barrowdene County Council, for the Defendant. "
              "Dated 9 October 2049."),
        ("h1", "SCHEDULE"),
        ("bold", "Steps the Defendant will take"),
        ("typed", "1.", "The Defendant will prepare an accessibility strategy for the schools "
                        "for which it is the responsible body, covering the period 2050 to "
                        "2053.", 1.0, 0.0),
        ("typed", "2.", "The strategy will:", 1.0, 0.0),
    ]
    m += [("typed", f"({k})", t, 1.0, 1.0) for k, t in sch.items()]
    m += [
        ("typed", "3.", s3, 1.0, 0.0),
        ("typed", "4.", s4, 1.0, 0.0),
        ("typed", "5.", "The Defendant will send a copy of the published strategy to the "
                        "Claimant's solicitors within seven days of its publication.", 1.0, 0.0),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Consent Order AC-2049-LON-002731",
             author="Administrative Court", font="Liberation Serif", size=12, lang="en-GB",
             header=DROP["accessibility"][0], footer="Page {PAGE} of {NUMPAGES}",
             accent="000000", head_fill="FFFFFF")
    works = [
        ["Barrowdene Primary", "Ramp to the hall; accessible toilet", "2050"],
        ["St Edburga's CE Primary", "Lift to the first floor", "2051"],
        ["Copley Vale Infants", "Level access to the playground", "2050"],
        ["Hollinbrook Junior", "Hearing loop in two classrooms", "2050"],
        ["Wyndham Park Primary", "Accessible changing room", "2052"],
        ["Other 22 surveyed schools", "Minor works (handrails, signage, door closers)",
         "2050–2052"],
    ]
    css = ("@page{size:A4;margin:16mm 16mm 17mm 16mm;@bottom-center{content:'barrowdene.gov.uk "
           "· Page ' counter(page) ' of ' counter(pages);font:8pt 'Liberation Sans',sans-serif;"
           "color:#555}}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
           "body{font-family:'Liberation Sans',sans-serif;font-size:10.2pt;line-height:1.5;"
           "color:#0b0c0c}.mast{background:#263a5a;color:#fff;padding:7px 10px;font-weight:bold}"
           ".crumb{font-size:8.2pt;color:#505a5f;margin:6px 0 10px}h1{font-size:19pt;"
           "margin:0 0 6px;line-height:1.2}.meta{font-size:9pt;color:#505a5f;margin-bottom:12px}"
           "h2{font-size:12.5pt;margin:14px 0 3px;break-after:avoid}p{margin:0 0 6px}"
           "table{border-collapse:collapse;margin:4px 0 8px;font-size:9.2pt;width:100%}"
           "th,td{border-bottom:1px solid #b1b4b6;padding:3px 6px;text-align:left;"
           "vertical-align:top}th{background:#f3f2f1}")
    body = (
        "<div class='mast'>Barrowdene County Council</div><div class='crumb'>Home › Schools "
        "and education › Special educational needs and disabilities › Accessibility strategy"
        "</div><h1>Accessibility Strategy for Schools 2050–2053</h1>"
        "<div class='meta'>Published 27 March 2050 · Children's Services · Contact: "
        "send.access@barrowdene.gov.uk</div>"
        "<h2>About this strategy</h2>"
        + paras("This strategy covers the 38 maintained schools for which the Council is the "
                "responsible body. Academies publish their own accessibility plans. We prepared "
                "the strategy in the autumn and winter of 2049–2050, after a claim for judicial "
                "review showed that the Council had not had a strategy since 2046.")
        + "<h2>How we prepared it</h2>"
        + paras("We consulted headteachers at the Headteachers' Briefing on 8 January 2050 and "
                "through an online survey that closed on 31 January 2050; 29 of the 38 schools "
                "replied. Their comments led to the changes to the section on information.")
        + "<h2>Taking part in lessons, trips and clubs</h2>"
        + paras("Every maintained school will name an accessibility lead by September 2050. "
                "Schools will plan each trip and after-school club so that disabled pupils can "
                "take part, and the Council will fund accessible transport for trips where a "
                "school cannot. Teaching assistants will be trained in adapting PE and practical "
                "subjects.")
        + "<h2>Buildings and grounds</h2>"
        + paras("In 2049 we surveyed 27 of our 38 schools. The table shows the works we will do "
                "at those schools and when. The remaining 11 schools will be surveyed in 2051.")
        + table_html(["School", "Works", "Year"], works)
        + "<h2>Information pupils can use</h2>"
        + paras("Letters, homework sheets and reports will be available in large print, "
                "Braille, easy read and audio. A pupil or parent can ask the school, and the "
                "school will provide the format within ten school days. The Council's sensory "
                "support team will produce Braille for all schools.")
        + "<h2>Attendance</h2>"
        + paras("Some disabled pupils are on part-time timetables while adaptations are made to "
                "their school. Attendance overall is close to the national average.")
        + "<h2>Funding</h2>"
        + paras("Funding for the works is set out in the Council's Schools Capital Programme "
                "2050–2053.")
        + "<h2>Keeping the strategy up to date</h2>"
        + paras("We will review the strategy every autumn term, report progress to the Schools "
                "Forum each December and publish an updated version by 31 March each year.")
    )
    html_pdf(d / "plan.pdf", lang="en-GB", title="Accessibility Strategy for Schools 2050–2053",
             css=css, body=body)
    g = [
        P("a", sch["a"].rstrip(";"), "content", "covered", ev="Every maintained school will name",
          trap="a sub-paragraph typed '(a)' + tab under 'The strategy will:' in the SCHEDULE of "
               "a CONSENT ORDER ending a claim for judicial review; the recitals ('UPON …') and "
               "the order paragraphs 1–3 (withdrawal, costs, liberty to apply) are none. "
               "Answered under a heading in other words ('Taking part in lessons, trips and "
               "clubs')"),
        P("b", sch["b"].rstrip(";"), "content", "partial", ev="In 2049 we surveyed 27",
          missing=["the improvements and a timetable for the 11 schools not yet surveyed"],
          trap="a works table for the 27 surveyed schools; the other 11 are put off to 2051"),
        P("c", sch["c"].rstrip(";"), "content", "covered", ev="Letters, homework sheets",
          trap="answered under a heading in other words ('Information pupils can use')"),
        P("d", sch["d"].rstrip(";"), "content", "uncovered",
          trap="referred to another document: 'Funding for the works is set out in the "
               "Council's Schools Capital Programme'; no resources named here"),
        P("e", sch["e"].removesuffix("; and"), "content", "covered",
          ev="We will review the strategy every",
          trap="every autumn term, a report each December, an update by 31 March"),
        P("f", sch["f"].rstrip("."), "content", "uncovered",
          trap="SHARED WORDS: 'Some disabled pupils are on part-time timetables while "
               "adaptations are made' is a fact; no monitoring"),
        P("3", s3, "process", "partial", ev="We consulted headteachers",
          missing=["consultation with the Barrowdene Parent Carer Forum"],
          trap="headteachers consulted (past tense); the Parent Carer Forum is named nowhere"),
        P("4", s4, "process", "covered", ev="Published 27 March 2050",
          trap="the web page's meta line: published 27 March 2050, before 31 March. Not points: "
               "Schedule paragraph 1 (the order of the strategy itself, the mandate), paragraph "
               "5 (a copy to the solicitors after publication), the recitals, the order "
               "paragraphs and the consent line"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["accessibility"],
                producer="a CONSENT ORDER ending a claim for judicial review, exported from Word "
                "(Liberation Serif 12, en-GB, running header, 'Page n of m'): the court and "
                "parties, 'UPON' recitals, 'BY CONSENT IT IS ORDERED THAT:' 1.–3. (none), the "
                "consent line, a SCHEDULE with paragraph 1 (the strategy ordered), paragraph 2 "
                "'The strategy will:' and sub-paragraphs typed '(a)' … '(f)' (closing ';', "
                "'; and', '.'), paragraphs 3 and 4 (points) and 5 (after the plan); plan the "
                "council's web page printed with Chromium (Liberation Sans 10.2, 'Page n of m' "
                "at the foot), headings in other words, a works table for some schools, shared "
                "words, a referral to the capital programme", points=g)


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


BUILDER = "corpora/mandates-blind49/make_pairs.py"

if __name__ == "__main__":
    main(sys.argv[1:])
