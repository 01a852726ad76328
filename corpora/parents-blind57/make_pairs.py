"""Build the fifty-seventh blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written by `b57p` without reading plancheck's code, tests, rules, docs or bench and without
running it. Five pairs, each in a real form no earlier batch used (see README.md for the forms,
the nearest earlier forms and the gold conventions):

- Ottersli (nb): the HØRINGSUTKAST of the kommuneplan's planbeskrivelse, chapter 'Arealstrategi',
  printed WITH LINE NUMBERS in the margin (Word line numbering, for comments by line); the goals
  are ITALIC paragraphs under each theme ('Målene står i kursiv'), beside 'Retningslinjer' full
  of 'skal' (python-docx → LibreOffice) → the PLANBESKRIVELSE of an OMRÅDEREGULERING for the
  station area: 'Målsettinger for planarbeidet', an arealtabell, rekkefølgekrav, and the
  proposer's own table 'Forholdet til kommuneplanens arealstrategi' (Chromium).
- Ulvsås (nn): a KOMMUNEDELPLAN FOR NATURMANGFALD whose six goals are ENUMERATED RUN-IN inside
  one paragraph, '(1) …; (2) …' after 'Kommunen skal arbeide for at' (reportlab) → the
  SKJØTSELSPLAN for one slåttemark: a site table, 'Hovudmål' and 'Tilstandsmål' T1–T5, a tiltak
  table `Nr | Tiltak | Sone | Når | Prioritet | Ansvar`, what the plan does not cover (odfpy).
- Vällinge (sv): a MÅLTIDSPOLICY whose goals CONTINUE ONE STEM ('Kommunfullmäktige vill att
  måltiderna i Vällinge kommun …') as paragraphs opening with '…' (python-docx → LibreOffice) →
  the måltidsservice's VERKSAMHETSPLAN as a PRINTOUT FROM THE PLANNING SYSTEM: one field table
  per verksamhetsmål (Kopplat till, Indikator, Utfall, Målvärde, Aktiviteter, Status) (reportlab).
- Lyngkær (da): an AFFALDSPLAN whose goals are the 'Målsætning' FIELD of six bordered INITIATIVE
  SHEETS (Chromium) → an affaldsselskab's UDVIKLINGSPLAN FOR GENBRUGSPLADSERNE: a site table,
  'Vores målsætninger' 1–5, 'Det gør vi', what lies with the kommune (python-docx → LibreOffice).
- Penhallow (en): a LOCAL ENERGY STRATEGY whose six 2070 targets stand beside BIG-NUMBER
  CALLOUTS ('60%', '12,000', …) (Chromium) → the council-owned energy company's ANNUAL
  INVESTMENT PLAN 2058/59, A4 landscape: investment objectives IO1–IO5, a capital programme
  `Ref | Scheme | Objective | 2058/59 £000 | 2059/60 £000 | Later years £000 | Status`,
  schemes considered and not included (odfpy).

    python corpora/parents-blind57/make_pairs.py                  # all pairs
    python corpora/parents-blind57/make_pairs.py --verify         # re-read the PDFs only
    python corpora/parents-blind57/make_pairs.py --twice          # build twice, compare sha256

Writers reused through batch 56's builder (`pk.load_module`), which has them from batch 55's:
batch 47's `_docx47`, batch 46's `_rl_doc`, batch 44's `_docx` and `_odt`, batch 43's `_html`
and `_rl_fonts`. One wrapper of its own: `_docx_lined`, batch 44's `_docx` with Word line
numbering switched on in the section (w:lnNumType). The gold writer and checks (`G`, `C`,
batch 14's `main`, batch 20's `verify`) come through the same chain and `pairkit.parents_main`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import _docx_helpers as dh  # noqa: E402
import pairkit as pk  # noqa: E402

_p56 = pk.load_module("parents_blind56_make_pairs", HERE.parent / "parents-blind56" / "make_pairs.py")
_p43 = _p56._p43
_p20, _p14 = _p56._p20, _p56._p14
G, C = _p56.G, _p56.C
_docx, _odt, _html, _rl_doc, _docx47, e = (_p56._docx, _p56._odt, _p56._html, _p56._rl_doc,
                                           _p56._docx47, _p56.e)

PAIRS, pair = pk.pair_registry()
BUILDER = "corpora/parents-blind57/make_pairs.py"


def _docx_lined(blocks, pdf: Path, **kw) -> Path:
    """Batch 44's `_docx` with Word's line numbering on (every line, continuous through the
    document, as a høringsutkast prints for comments 'by line number'): the section gets a
    w:lnNumType just before the document is saved (dh.save_deterministic wrapped for the
    call)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    orig = dh.save_deterministic

    def save(doc, path):
        sect = doc.sections[0]._sectPr
        ln = OxmlElement("w:lnNumType")
        ln.set(qn("w:countBy"), "1")
        ln.set(qn("w:distance"), "255")
        ln.set(qn("w:restart"), "continuous")
        after = None
        for tag in ("w:pgBorders", "w:paperSrc", "w:pgMar", "w:pgSz"):
            after = sect.find(qn(tag))
            if after is not None:
                break
        after.addnext(ln)
        orig(doc, path)

    dh.save_deterministic = save
    try:
        return _docx(blocks, pdf, **kw)
    finally:
        dh.save_deterministic = orig


# =========================================================================== 1 Ottersli (nb)


@pair
def ottersli_planbeskrivelse(d: Path) -> dict:
    g = {
        "1": "Minst tre av fire nye boliger skal bygges innenfor gangavstand fra Ottersli stasjon "
             "og sentrum.",
        "2": "Sentrum skal ha et variert boligtilbud, også for barnefamilier og for folk med lav "
             "inntekt.",
        "3": "Alle boliger skal ha en lekeplass eller et grøntområde innen 200 meter, og den "
             "sammenhengende grønnstrukturen langs Otterelva skal bevares.",
        "4": "Det skal være tryggere og enklere å gå og sykle enn å kjøre bil i sentrum.",
        "5": "Arbeidsplassintensive virksomheter skal ligge nær kollektivknutepunktet, og "
             "plasskrevende næring skal samles på Myrhaugen.",
        "6": "Ny bebyggelse skal plasseres og utformes slik at den tåler mer nedbør og flom, og "
             "overvann skal håndteres på overflaten.",
        "7": "Skoler, barnehager og helsetjenester skal ha kapasitet i takt med boligbyggingen i "
             "sentrum.",
    }
    parent = [
        ("title", "Kommuneplanens arealdel 2058–2070"),
        ("sub", "Ottersli kommune · Planbeskrivelse · HØRINGSUTKAST 12.03.2058 · Høringsfrist "
         "30. april 2058"),
        ("h1", "1 Om høringsutkastet"),
        ("p", "Formannskapet vedtok 5. mars 2058 å legge forslag til kommuneplanens arealdel ut "
         "på høring og offentlig ettersyn. Planbeskrivelsen forklarer hvilke valg som er gjort, "
         "og hvordan arealdelen følger opp samfunnsdelen fra 2056. Plankart og bestemmelser er "
         "egne dokumenter."),
        ("p", "Dokumentet har linjenummer i margen. Vi ber om at merknader viser til "
         "linjenummeret, slik at vi lettere finner fram til teksten det gjelder. Merknader "
         "sendes til postmottak@ottersli.kommune.no innen høringsfristen."),
        ("h1", "2 Utviklingstrekk"),
        ("p", "Ottersli har 14 200 innbyggere. Prognosen fra 2057 viser 16 100 innbyggere i "
         "2070, og nesten hele veksten kommer i aldersgruppen over 67 år. I dag bor 58 prosent "
         "av innbyggerne innenfor to kilometer fra stasjonen. Det er godkjent 1 150 boliger i "
         "gjeldende planer som ikke er bygget, de fleste i spredte felt utenfor sentrum."),
        ("p", "Siden 2046 er det omdisponert 212 dekar dyrka mark, vel halvparten til "
         "boligformål. Jordvernmålet i samfunnsdelen er fulgt opp i kapittel 4."),
        ("h1", "3 Arealstrategi"),
        ("p", "Arealstrategien viser hvordan kommunen skal bruke arealene for å nå målene i "
         "samfunnsdelen. Under hvert tema står målet for arealbruken i kursiv. Retningslinjene "
         "som følger, er ikke juridisk bindende, men skal legges til grunn når det lages "
         "reguleringsplaner."),
        ("h2", "3.1 Sentrum og stasjonsbyen"),
        ("p", "Stasjonsbyen er det området der flest kan gå til det meste de trenger i "
         "hverdagen. De siste ti årene har likevel under halvparten av de nye boligene kommet "
         "her."),
        ("i", g["1"]),
        ("i", g["2"]),
        ("b", "Retningslinjer"),
        ("num", [
            "Ny boligbebyggelse i sentrumsområdet skal ha en utnyttelse på minst 60 prosent BRA.",
            "Områder for handel over 3 000 m² bruksareal skal bare avsettes i sentrumsområdet.",
            "Minst en firedel av boligene i større prosjekter bør ha tre soverom eller mer.",
        ], "restart"),
        ("h2", "3.2 Grønnstruktur og møteplasser"),
        ("p", "Når sentrum blir tettere, blir de grønne områdene viktigere. Otterelva med "
         "turveien fra Grynnvik til fjorden er den viktigste grønne forbindelsen i byen."),
        ("i", g["3"]),
        ("b", "Retningslinjer"),
        ("num", [
            "Det skal settes av minst 25 m² felles uteoppholdsareal per boenhet i sentrum.",
            "Det skal ikke bygges nærmere Otterelva enn 20 meter.",
        ], "restart"),
        ("h2", "3.3 Mobilitet"),
        ("p", "Halvparten av reisene under tre kilometer i Ottersli gjøres i dag med bil."),
        ("i", g["4"]),
        ("b", "Retningslinjer"),
        ("num", [
            "I sentrumsområdet skal det være høyst 0,8 parkeringsplasser per boenhet.",
            "Det skal være minst to sykkelparkeringsplasser per boenhet, de fleste under tak.",
        ], "restart"),
        ("h2", "3.4 Næring"),
        ("p", "Kontorarbeidsplasser nær stasjonen gir flere mulighet til å reise kollektivt, "
         "mens lager og verksteder trenger plass og god vegforbindelse."),
        ("i", g["5"]),
        ("h2", "3.5 Klimatilpasning"),
        ("p", "Kraftigere regnskyll og høyere vannføring i Otterelva er ventet. Flomsonekartet "
         "fra 2056 viser at deler av stasjonsområdet ligger lavt."),
        ("i", g["6"]),
        ("b", "Retningslinjer"),
        ("num", [
            "Ny bebyggelse skal ha gulv minst 0,5 meter over beregnet 200-årsflom.",
        ], "restart"),
        ("h2", "3.6 Tjenester og sosial infrastruktur"),
        ("p", "Skolekapasiteten i sentrum er nesten fullt utnyttet, og Myrhaugen barnehage har "
         "venteliste."),
        ("i", g["7"]),
        ("h1", "4 Jordvern og konsekvenser"),
        ("p", "Forslaget tar ut 96 dekar ubebygde boligområder på dyrka mark fra gjeldende plan. "
         "Konsekvensutredningen og ROS-analysen ligger som vedlegg 2 og 3."),
        ("h1", "5 Videre arbeid"),
        ("p", "Etter høringen blir merknadene oppsummert og kommentert. Kommunestyret skal etter "
         "planen vedta arealdelen i september 2058. Områdereguleringen for "
         "stasjonsområdet arbeides det med parallelt."),
    ]
    _docx_lined(parent, d / "parent.pdf", title="Kommuneplanens arealdel 2058–2070 – "
                "planbeskrivelse, høringsutkast", author="Ottersli kommune",
                header="OTTERSLI KOMMUNE · Kommuneplanens arealdel 2058–2070 · Høringsutkast",
                footer="Planbeskrivelse, høringsutkast 12.03.2058", lang="nb-NO",
                font="Liberation Sans", size=10, color="4A5D23")

    c = {
        "P1": "Området rundt stasjonen skal omformes fra parkering og lager til en tett bydel "
              "med om lag 420 boliger.",
        "P2": "Minst en firedel av leilighetene skal ha tre soverom eller mer.",
        "P3": "Otterslitorget skal bli en bilfri møteplass med lek, benker og trær, og elvebredden "
              "skal bli en offentlig park.",
        "P4": "Gående og syklende skal få en trygg og direkte forbindelse over jernbanen til "
              "Grynnvik.",
        "P5": "Overvannet skal ledes åpent gjennom området, og ingen boliger skal ligge i "
              "flomsonen.",
        "P6": "Stasjonsbygningen fra 1912 skal bevares og få ny bruk.",
    }
    areal = [
        ("BB1–BB4", "Boligbebyggelse, blokk", "14,2", "ca. 340 boliger, 4–6 etasjer"),
        ("BKB1–BKB2", "Kombinert bolig og forretning", "3,6",
         "ca. 80 boliger; forretning eller tjenesteyting i 1. etasje mot torget"),
        ("o_GT", "Torg", "2,1", "Otterslitorget, bilfritt"),
        ("o_GP", "Park", "4,4", "Elveparken, 20 meter langs Otterelva"),
        ("o_SGG", "Gangbru over jernbanen", "0,3", "Til Grynnvik"),
        ("o_SPH", "Parkeringshus", "1,9", "380 plasser, også innfartsparkering"),
        ("o_BAK", "Stasjonsbygning, bevaring", "0,6", "Hensynssone bevaring kulturmiljø"),
    ]
    atab = "".join("<tr>" + "".join(f"<td>{e(v)}</td>" for v in r) + "</tr>" for r in areal)
    rekk = [
        "Gangbrua o_SGG skal være ferdig før det gis brukstillatelse for mer enn 200 boliger.",
        "Lekeplassen på torget og Elveparken skal være ferdig før første bolig i BB1 tas i bruk.",
        "Regnbed og åpen bekk gjennom BB2 og BB3 skal være opparbeidet før brukstillatelse.",
        "Parkeringshuset o_SPH skal være ferdig før eksisterende parkering ved stasjonen "
        "bygges ned.",
    ]
    forhold = [
        ("Tre av fire nye boliger nær stasjonen", "Planen gir om lag 420 boliger innenfor 400 "
         "meter fra stasjonen."),
        ("Variert boligtilbud", "Krav om at en firedel av leilighetene skal ha tre soverom. "
         "Planen kan ikke styre eierform eller pris. Boliger for vanskeligstilte følges opp i "
         "kommunens boligsosiale handlingsplan."),
        ("Lekeplass og grønnstruktur langs Otterelva", "Torget og Elveparken sikres med "
         "rekkefølgekrav."),
        ("Gange og sykkel foran bil", "Planen legger godt til rette for gående og syklende."),
        ("Arbeidsplasser nær knutepunktet", "Planen er i tråd med målet."),
        ("Overvann og flom", "Se kapittel 7.3."),
        ("Kapasitet i skole og barnehage", "Behovet for barnehageplasser vurderes i "
         "barnehagebehovsplanen. Det settes ikke av areal til barnehage i planen."),
    ]
    ftab = "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>" for a, b in forhold)
    body = [
        "<div class='top'><span>Ottersli kommune · Plan og utvikling</span><span>PlanID "
        "2058004 · Saksnr. 2056/1187</span></div>",
        "<h1>Planbeskrivelse</h1>",
        "<p class='h1b'>Områderegulering for Otterslitorget og stasjonsområdet</p>",
        "<p class='sub'>Forslag til 1. gangs behandling i planutvalget · Datert 2. september "
        "2058 · Utarbeidet av Ottersli kommune med Ryssbakken Arkitekter AS</p>",
        "<h2>1 Sammendrag</h2>",
        "<p>Planen legger til rette for at stasjonsområdet, som i dag i hovedsak er "
        "parkeringsplasser og lagerbygg, blir en ny bydel med boliger, torg og park. "
        "Stasjonsbygningen bevares. Det foreslås ei ny gangbru over jernbanen.</p>",
        "<h2>2 Bakgrunn</h2>",
        "<h3>2.1 Hensikten med planen</h3>",
        "<p>Kommunestyret vedtok i planstrategien at stasjonsområdet skulle reguleres samlet, "
        "slik at utbyggingen kan skje i riktig rekkefølge og med felles løsninger for torg, "
        "park og infrastruktur. Kommunen eier om lag 60 prosent av arealet.</p>",
        "<h3>2.2 Målsettinger for planarbeidet</h3>",
        "<ol>" + "".join(f"<li>{e(c[k])}</li>" for k in ("P1", "P2", "P3", "P4", "P5", "P6"))
        + "</ol>",
        "<h2>3 Planprosess og medvirkning</h2>",
        "<p>Oppstart ble varslet 14. mars 2057. Det kom 23 innspill. Det ble holdt to åpne møter "
        "og en befaring med ungdomsrådet. Ungdomsrådet ønsket seg et sted å være under tak på "
        "torget, og det er tatt inn i bestemmelsene.</p>",
        "<h2>4 Planstatus og rammebetingelser</h2>",
        "<p>I kommuneplanens arealdel (høringsutkast 2058) er området avsatt til sentrumsformål. "
        "Arealstrategien i planbeskrivelsen til arealdelen har sju mål for arealbruken. Hvordan "
        "planforslaget forholder seg til dem, er vurdert i kapittel 7.1. Statlige planretningslinjer "
        "for samordnet bolig-, areal- og transportplanlegging gjelder.</p>",
        "<h2>5 Planområdet i dag</h2>",
        "<p>Planområdet er 27,1 dekar. Det består av pendlerparkering med 290 plasser, tre "
        "lagerbygg og den verneverdige stasjonsbygningen fra 1912. "
        "Lagerbyggene er leid av Ottersli Trelast, som har kjøpt tomt på Myrhaugen og flytter "
        "dit i 2060. Området er tidligere jernbane- og industriareal, og det er funnet "
        "forurenset grunn to steder.</p>",
        "<h2>6 Beskrivelse av planforslaget</h2>",
        "<h3>6.1 Arealformål</h3>",
        "<table class='t'><thead><tr><th>Felt</th><th>Formål</th><th>Areal (daa)</th>"
        "<th>Merknad</th></tr></thead><tbody>" + atab + "</tbody></table>",
        "<p>Alle boligene i planen får mindre enn 200 meter til lekeplassen på torget eller "
        "til Elveparken.</p>",
        "<h3>6.2 Parkering</h3>",
        "<p>Parkeringsnormen i bestemmelsene er 1,0 plass per bolig, fordi kommunen vil unngå "
        "parkering i gatene rundt. Det skal være minst to sykkelplasser per bolig. Otterslivegen "
        "beholdes som gjennomkjøringsvei med fartsgrense 50 km/t.</p>",
        "<h3>6.3 Rekkefølgekrav</h3>",
        "<ul>" + "".join(f"<li>{e(x)}</li>" for x in rekk) + "</ul>",
        "<h2>7 Virkninger av planforslaget</h2>",
        "<h3>7.1 Forholdet til kommuneplanens arealstrategi</h3>",
        "<table class='t f'><thead><tr><th>Mål i arealstrategien (kortform)</th>"
        "<th>Forslagsstillers vurdering</th></tr></thead><tbody>" + ftab + "</tbody></table>",
        "<h3>7.2 Næring og arbeidsplasser</h3>",
        "<p>Kontor er ikke tatt inn som eget formål. Etterspørselen etter kontorlokaler i "
        "Ottersli er liten, og arbeidsplasser i sentrum er forutsatt løst i kvartalet ved "
        "rådhuset, som får egen plan.</p>",
        "<h3>7.3 Overvann og flom</h3>",
        "<p>Overvann fra tak og gater ledes til regnbed og en åpen bekk gjennom BB2 og BB3 og "
        "videre til Otterelva. Felt BB4 er trukket ut av flomsonen for 200-årsflom etter "
        "innspill fra NVE.</p>",
        "<h3>7.4 Skole og barnehage</h3>",
        "<p>Boligene vil gi om lag 70 barn i grunnskolealder. Otterslia skole har kapasitet til "
        "om lag 30 flere elever.</p>",
        "<p class='sign'>Håkon Rustberget, arealplanlegger</p>",
    ]
    css = (
        "@page{size:A4;margin:15mm 18mm 16mm 18mm;"
        "@bottom-left{content:'Planbeskrivelse · Områderegulering Otterslitorget og "
        "stasjonsområdet';font:7.5pt 'Liberation Sans';color:#666}"
        "@bottom-right{content:'Side ' counter(page) ' av ' counter(pages);"
        "font:7.5pt 'Liberation Sans';color:#666}}"
        "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        "body{font:9.6pt/1.45 'Liberation Sans';color:#222}"
        ".top{display:flex;justify-content:space-between;font-size:7.5pt;color:#555;"
        "border-bottom:1pt solid #7A4B2A;padding-bottom:2pt}"
        "h1{font:bold 22pt 'Liberation Sans';color:#7A4B2A;margin:10pt 0 0}"
        ".h1b{font:bold 13pt 'Liberation Sans';color:#333;margin:2pt 0 3pt}"
        ".sub{color:#555;margin:0 0 8pt;font-size:8.8pt}"
        "h2{font:bold 12pt 'Liberation Sans';color:#7A4B2A;margin:11pt 0 3pt}"
        "h3{font:bold 10pt 'Liberation Sans';color:#333;margin:8pt 0 2pt}"
        "p{margin:0 0 5pt}ol,ul{margin:0 0 5pt;padding-left:17pt}li{margin-bottom:2pt}"
        ".t th{background:#EFE6DD;text-align:left;font-size:8.6pt;padding:3pt 4pt;"
        "border-bottom:1pt solid #7A4B2A}"
        ".t td{border-bottom:.6pt solid #bbb;padding:3pt 4pt;font-size:8.8pt;vertical-align:top}"
        ".t.f td:first-child{width:38%}"
        ".sign{margin-top:12pt;font-style:italic}"
    )
    _html("nb", "Planbeskrivelse – Områderegulering for Otterslitorget og stasjonsområdet", css,
          body, d / "child.pdf")

    goals_ = [
        G("1", g["1"], "followed_up", [c["P1"]],
          ev="Området rundt stasjonen skal omformes",
          note="the goals are the ITALIC paragraphs under the headings 3.1–3.6 (the parent says "
          "'Under hvert tema står målet for arealbruken i kursiv'; 3.1 holds two; no numbers, "
          "id = order); the printed LINE NUMBERS in the margin are furniture; the numbered "
          "'Retningslinjer' (with 'skal'), the facts of '2 Utviklingstrekk', '4 Jordvern' and "
          "the theme paragraphs are no goals. In other words: about 420 homes in a dense new "
          "district around the station (the child's share of the growth)"),
        G("2", g["2"], "partial", [c["P2"]],
          ev="Minst en firedel av leilighetene",
          missing=["folk med lav inntekt: 'Planen kan ikke styre eierform eller pris. Boliger for "
                   "vanskeligstilte følges opp i kommunens boligsosiale handlingsplan'"],
          note="family-sized flats only (the child takes the parent's own RETNINGSLINJE 3, "
          "which is no goal, as its goal)"),
        G("3", g["3"], "followed_up", [c["P3"], "Lekeplassen på torget og Elveparken skal være "
          "ferdig før første bolig i BB1 tas i bruk."],
          ev="Otterslitorget skal bli en bilfri",
          note="both halves in other words: play on the square and a 20-metre park along "
          "Otterelva ('o_GP … Elveparken, 20 meter langs Otterelva'), every home under 200 "
          "metres from one of them, secured by a rekkefølgekrav"),
        G("4", g["4"], "partial", [c["P4"], "Gangbrua o_SGG skal være ferdig før det gis "
          "brukstillatelse for mer enn 200 boliger."],
          ev="Gående og syklende skal få",
          missing=["enklere å gå og sykle enn å kjøre bil: 'Parkeringsnormen i bestemmelsene er "
                   "1,0 plass per bolig' (above the parent's guideline of 0,8), a parking house "
                   "with 380 places, and 'Otterslivegen beholdes som gjennomkjøringsvei med "
                   "fartsgrense 50 km/t'"],
          note="a safe crossing of the railway (tryggere) only. Trap: the proposer's own "
          "verdict in 7.1, 'Planen legger godt til rette for gående og syklende', is a claim, "
          "not a follow-up"),
        G("5", g["5"], "not_followed_up",
          note="'Kontor er ikke tatt inn som eget formål … arbeidsplasser i sentrum er forutsatt "
          "løst i kvartalet ved rådhuset, som får egen plan' (handed on). Traps (shared words): "
          "Ottersli Trelast 'har kjøpt tomt på Myrhaugen' is a description of a tenant moving "
          "out, and the proposer's verdict in 7.1 'Planen er i tråd med målet' is a bare claim; "
          "shops or services in the ground floor of BKB1–2 are no workplace-intensive offices"),
        G("6", g["6"], "followed_up", [c["P5"], "Regnbed og åpen bekk gjennom BB2 og BB3 skal "
          "være opparbeidet før brukstillatelse."],
          ev="Overvannet skal ledes åpent gjennom",
          note="in other words: surface water led openly through the area, no homes in the "
          "flood zone (BB4 moved out of the 200-year flood zone, 7.3)"),
        G("7", g["7"], "not_followed_up",
          note="handed on: 'Behovet for barnehageplasser vurderes i barnehagebehovsplanen. Det "
          "settes ikke av areal til barnehage i planen.' Trap: 7.4 counts about 70 pupils "
          "against room for about 30 at Otterslia skole — a finding, no answer"),
    ]
    kids = [
        C(c["P1"], ["1"], note="the child goals are the ordered list of '2.2 Målsettinger for "
          "planarbeidet'; the rows of the arealtabell in 6.1 and the bullets of '6.3 "
          "Rekkefølgekrav' are measures. Never child goals: '2.1 Hensikten med planen', '4 "
          "Planstatus', '5 Planområdet i dag', the table of 7.1 (the parent's goals in short "
          "form beside the PROPOSER'S OWN VERDICTS), 7.2–7.4"),
        C(c["P2"], ["2"]),
        C(c["P3"], ["3"]),
        C(c["P4"], ["4"]),
        C(c["P5"], ["6"]),
        C(c["P6"], [], note="the station building of 1912 (heritage): no goal of the "
          "arealstrategi — stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice with Word LINE NUMBERING, Liberation "
        "Sans 10; the kommuneplan's planbeskrivelse, HØRINGSUTKAST): line numbers in the left "
        "margin of every body line, chapter '3 Arealstrategi' whose goals are ITALIC "
        "paragraphs under the theme headings 3.1–3.6, Word-numbered 'Retningslinjer' with "
        "'skal'; header left over a rule, footer left + page; child PDF (HTML → Chromium, "
        "Liberation Sans 9.6; the PLANBESKRIVELSE of an OMRÅDEREGULERING): top line with "
        "PlanID, '2.2 Målsettinger for planarbeidet' as an ordered list, an arealtabell `Felt "
        "| Formål | Areal (daa) | Merknad`, rekkefølgekrav, a table 'Forholdet til "
        "kommuneplanens arealstrategi' with the proposer's verdicts; footer left + 'Side n av "
        "N'",
        goals=goals_, kids=kids,
    )



# =========================================================================== 2 Ulvsås (nn)


@pair
def ulvsas_skjotselsplan(d: Path) -> dict:
    g = {
        "1": "slåttemarker, naturbeitemarker og anna gammal kulturmark blir haldne i hevd med "
             "tradisjonell drift",
        "2": "framande skadelege artar som hagelupin og kjempespringfrø ikkje spreier seg vidare",
        "3": "leveområda for villbier, humler og andre pollinerande insekt blir fleire og betre "
             "samanbundne",
        "4": "myr, kantsoner langs vassdrag og strandsona blir tekne vare på i arealplanlegginga",
        "5": "innbyggjarane kjenner naturverdiane i nærmiljøet og får oppleve dei",
        "6": "kunnskapen om naturen i kommunen er god nok til at han blir teken omsyn til i alle "
             "vedtak som rører ved han",
    }
    run_in = (
        "Planen har seks mål. Kommunen skal arbeide for at "
        f"(1) {g['1']}; (2) {g['2']}; (3) {g['3']}; (4) {g['4']}; (5) {g['5']}; og (6) {g['6']}. "
        "Måla gjeld heile kommunen og er like viktige."
    )
    parent = [
        ("kicker", "ULVSÅS KOMMUNE"),
        ("title", "Kommunedelplan for naturmangfald 2057–2069"),
        ("sub", "Vedteken av kommunestyret 11. desember 2057, sak 97/57"),
        ("h1", "1 Innleiing"),
        ("p", "Naturen i Ulvsås er variert, frå kystlynghei og strandenger ved fjorden til "
         "fjellbjørkeskog og myrar i heiane. Mykje av det mest artsrike er likevel kulturmark "
         "som er skapt av slått og beite gjennom hundrevis av år, og som no gror att."),
        ("p", "Naturmangfaldlova set forvaltningsmål for naturtypar og artar: mangfaldet av "
         "naturtypar skal takast vare på, og artane skal finnast i levedyktige bestandar i sine "
         "naturlege utbreiingsområde. Desse måla gjeld for alle styresmakter. Planen viser "
         "korleis Ulvsås vil ta sin del av ansvaret."),
        ("facts", "Naturen i Ulvsås i tal", [
            "36 registrerte naturtypelokalitetar, 9 av dei med A-verdi (svært viktig)",
            "12 kjende slåttemarker, berre 4 er i hevd i dag",
            "Hagelupin langs om lag 40 km kommunal og fylkeskommunal veg",
            "Om lag 1 900 dekar myr, 14 dekar er bygde ned sidan 2047",
        ]),
        ("h1", "2 Utfordringar"),
        ("p", "Det største trugsmålet mot naturmangfaldet i Ulvsås er at gamle slåtte- og "
         "beitemarker gror att eller blir gjødsla opp. Framande artar spreier seg langs vegane, "
         "og mange små inngrep i myr og kantsoner blir til store tap over tid. Kommunen manglar "
         "dessutan oppdatert kartlegging i store delar av heiane."),
        ("h1", "3 Mål"),
        ("p", run_in),
        ("h1", "4 Strategiar"),
        ("sq", [
            "Vi prioriterer dei ti mest verdifulle kulturmarkene og lagar skjøtselsplanar for dei "
            "saman med grunneigarane.",
            "Vi samordnar kampen mot framande artar med Statens vegvesen og fylkeskommunen.",
            "Myr skal ikkje byggjast ned, og kantsona langs vassdrag skal vere minst 20 meter ved "
            "nye tiltak.",
            "Vi gjer naturverdiane kjende gjennom skulen, lag og foreiningar og kommunen sine "
            "nettsider.",
        ]),
        ("h1", "5 Oppfølging"),
        ("p", "Tiltaka blir følgde opp i skjøtselsplanar for dei prioriterte lokalitetane, i "
         "arealplanane og i den årlege tildelinga av SMIL-midlar. Landbrukskontoret og "
         "miljørådgjevaren rapporterer til utval for plan og miljø kvart år."),
        ("sig", ["Ulvsås, 11. desember 2057", "Synnøve Lidvin, ordførar"]),
    ]
    _rl_doc(d / "parent.pdf", parent, fonts=_p43._rl_fonts("LiberationSans"), base=9.6,
            accent="#5B6E2E", tint="#EEF1E4", title="Kommunedelplan for naturmangfald "
            "2057–2069 – Ulvsås kommune", author="Ulvsås kommune", header="Ulvsås kommune · "
            "Kommunedelplan for naturmangfald 2057–2069", footer="Vedteken 11.12.2057",
            page_word="Side")

    c = {
        "H": "Hegglislåtta skal haldast i hevd som ei artsrik slåttemark med tradisjonell drift.",
        "T1": "Sone A skal vere open slåttemark med mindre enn 5 prosent busk- og tredekke.",
        "T2": "Bestanden av solblom skal ikkje gå ned.",
        "T3": "Det skal ikkje vere hagelupin eller andre framande artar på lokaliteten.",
        "T4": "Sone B skal bli ei blomerik eng som gir mat til humler og andre pollinatorar.",
        "T5": "Steingardane og den gamle løa skal takast vare på.",
    }
    t = {
        "1": "Slått etter 15. august; graset tørkar på bakken og blir rake bort",
        "2": "Etterbeite med sau frå september",
        "3": "Rydding av bjørk og einer i nordkanten",
        "4": "Luking og avklipping av hagelupin før frøsetting",
        "5": "Slått to gonger i året i tre år for å magre ut jorda",
        "6": "Teljing av solblom",
        "7": "Vøling av steingarden mot bygdevegen",
    }
    rows = [
        ("1", t["1"], "A", "Årleg", "1", "Grunneigar"),
        ("2", t["2"], "A, B", "Årleg", "2", "Grunneigar"),
        ("3", t["3"], "A", "2058, deretter kvart 5. år", "1", "Grunneigar med hjelp frå "
         "kommunen"),
        ("4", t["4"], "B og vegkanten", "Juli, årleg", "1", "Miljørådgjevar"),
        ("5", t["5"], "B", "2058–2060", "2", "Grunneigar"),
        ("6", t["6"], "A", "2058, 2061, 2064 og 2067", "1", "Miljørådgjevar"),
        ("7", t["7"], "A", "2059", "3", "Grunneigar"),
    ]
    child = [
        ("title", "Skjøtselsplan for Hegglislåtta"),
        ("sub", "Slåttemark · Ulvsås kommune · Planperiode 2058–2067"),
        ("table", ["Lokalitet", "Hegglislåtta"], [
            ("Kommune", "Ulvsås"),
            ("Gards- og bruksnummer", "41/3 Heggli"),
            ("Naturtype", "Slåttemark (utvald naturtype)"),
            ("Verdi", "A – svært viktig"),
            ("Areal", "11,4 dekar, delt i sone A (8,1 dekar) og sone B (3,3 dekar)"),
            ("Grunneigar", "Torunn Heggli"),
            ("Utarbeidd av", "Oddbjørn Trætteberg, miljørådgjevar, i samarbeid med grunneigaren"),
            ("Dato", "4. mars 2058"),
        ], [48, 118]),
        ("h1", "1 Skildring av lokaliteten"),
        ("p", "Hegglislåtta ligg i ei sørvendt li ovanfor bygdevegen, 180–220 meter over havet. "
         "Sone A er gammal slåttemark som har vore slegen nesten utan opphald, med mellom anna "
         "solblom (sårbar), bakkesøte, kvitkurle og marinøkkel. Sone B er ein tidlegare "
         "åkerkant som vart gjødsla fram til 2040-åra og no er grasdominert."),
        ("p", "Nordkanten gror til med bjørk og einer, og hagelupin har kome inn frå vegkanten i "
         "sone B. Den som går forbi på bygdevegen i juli, kan oppleve eit hav av blomar i sone "
         "A. Lokaliteten ligg på privat innmark og er ikkje lagd til rette for besøkjande."),
        ("h1", "2 Mål for skjøtselen"),
        ("lab", "Hovudmål"),
        ("p", c["H"]),
        ("lab", "Tilstandsmål"),
        ("hang", [("T1", c["T1"]), ("T2", c["T2"]), ("T3", c["T3"]), ("T4", c["T4"]),
                  ("T5", c["T5"])]),
        ("h1", "3 Skjøtselstiltak"),
        ("table", ["Nr.", "Tiltak", "Sone", "Når", "Prioritet", "Ansvar"], rows,
         [9, 58, 18, 30, 16, 35]),
        ("p", "Prioritet 1 er naudsynt for å halde verdien ved like, prioritet 3 kan vente om "
         "det ikkje er midlar."),
        ("h1", "4 Økonomi og avtale"),
        ("p", "Grunneigaren får tilskot til skjøtsel av utvalde naturtypar frå Statsforvaltaren, "
         "søkt kvart år. Kommunen dekkjer utgiftene til lupinfjerning og teljingar. Det er "
         "inngått ein skjøtselsavtale for ti år mellom grunneigaren og kommunen."),
        ("h1", "5 Dette omfattar ikkje planen"),
        ("inline", [
            "Heggemyra nord for lokaliteten er ikkje med i skjøtselsplanen. Ho er sett av til LNF "
            "i arealdelen.",
            "Kantsona langs Hegglibekken er ikkje med, sjølv om bekken renn gjennom sone B.",
        ]),
        ("h1", "6 Oppfølging"),
        ("p", "Miljørådgjevaren går over lokaliteten saman med grunneigaren kvar haust. Planen "
         "blir revidert i 2067, eller tidlegare om tilstanden endrar seg mykje."),
    ]
    _odt(child, d / "child.pdf", title="Skjøtselsplan for Hegglislåtta – Ulvsås kommune",
         header="Ulvsås kommune · Skjøtselsplan for Hegglislåtta 2058–2067",
         footer="Skjøtselsplan Hegglislåtta", font="Liberation Sans", size=9.8,
         color="#5B6E2E", tint="#EEF1E4", lang="nn", country="NO")

    goals_ = [
        G("1", g["1"], "followed_up", [c["H"], c["T1"], t["1"], t["2"], t["3"]],
          ev="Hegglislåtta skal haldast i hevd",
          note="the goals are the six clauses ENUMERATED RUN-IN '(1) … ; (2) … ; … og (6) …' "
          "inside ONE paragraph of '3 Mål', after 'Kommunen skal arbeide for at' (text as "
          "printed, a clause without the stem; id = the number in brackets); the law's "
          "management goals quoted in '1 Innleiing', the box 'Naturen i Ulvsås i tal' and the "
          "'▪' strategies of '4' are no goals. For the child's share (one slåttemark): the "
          "hovudmål nearly in the parent's words, open meadow, late mowing, grazing, clearing"),
        G("2", g["2"], "followed_up", [c["T3"], t["4"]],
          ev="Det skal ikkje vere hagelupin",
          note="in other words: no lupin or other alien species on the site, lupin pulled "
          "before seeding in zone B and the road verge"),
        G("3", g["3"], "partial", [c["T4"], t["5"]],
          ev="Sone B skal bli ei",
          missing=["betre samanbundne: nothing links the meadow to other habitats for "
                   "pollinators"],
          note="one more flowering meadow (fleire) only"),
        G("4", g["4"], "not_followed_up",
          note="left out: 'Heggemyra nord for lokaliteten er ikkje med i skjøtselsplanen. Ho er "
          "sett av til LNF i arealdelen' and 'Kantsona langs Hegglibekken er ikkje med'. Trap "
          "(shared words): myr and kantsone are named only to be excluded"),
        G("5", g["5"], "not_followed_up",
          note="trap (shared words): 'Den som går forbi på bygdevegen i juli, kan oppleve eit "
          "hav av blomar' is description, and the site 'er ikkje lagd til rette for "
          "besøkjande'; nothing for the residents' knowledge"),
        G("6", g["6"], "partial", [c["T2"], t["6"]],
          ev="Bestanden av solblom skal ikkje",
          missing=["omsyn i alle vedtak: nothing on bringing the knowledge into the "
                   "municipality's decisions"],
          note="knowledge of one red-listed species on one site, counted every third year"),
    ]
    kids = [
        C(c["H"], ["1"], note="the child goals are the 'Hovudmål' paragraph and the "
          "'Tilstandsmål' lines T1–T5 (code + tab, hanging) of '2 Mål for skjøtselen'; the rows "
          "of the table in '3 Skjøtselstiltak' are measures. Never child goals: the site table, "
          "'1 Skildring', the priority note, '4 Økonomi og avtale', '5 Dette omfattar ikkje "
          "planen', '6 Oppfølging'"),
        C(c["T1"], ["1"]),
        C(c["T2"], ["6"]),
        C(c["T3"], ["2"]),
        C(c["T4"], ["3"]),
        C(c["T5"], [], note="stone walls and the old barn (cultural heritage): no goal of the "
          "naturmangfald plan — stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (reportlab, Liberation Sans 9.6; a KOMMUNEDELPLAN FOR "
        "NATURMANGFALD): kicker, the law's management goals in prose, a tinted fact box, and "
        "in '3 Mål' the six goals ENUMERATED RUN-IN in one paragraph '(1) …; (2) …; … og (6) "
        "…', '▪' strategies; header over a rule, 'Side n'; child PDF (odfpy → LibreOffice, "
        "Liberation Sans 9.8; one site's SKJØTSELSPLAN): a site table `Lokalitet | "
        "Hegglislåtta`, description, 'Hovudmål' and 'Tilstandsmål' T1–T5 hanging, a tiltak "
        "table `Nr. | Tiltak | Sone | Når | Prioritet | Ansvar`, economy, '•' exclusions; header "
        "right, footer centred",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Vällinge (sv)


@pair
def vallinge_verksamhetsplan(d: Path) -> dict:
    g = {
        "1": "lagas från grunden i kommunens egna kök och smakar gott.",
        "2": "är näringsriktiga och anpassade efter gästernas ålder och behov, också för den som "
             "behöver specialkost.",
        "3": "ger äldre i ordinärt och särskilt boende lust att äta, så att färre blir "
             "undernärda.",
        "4": "har en klimatpåverkan som minskar med minst en fjärdedel till 2062, och att "
             "matsvinnet halveras.",
        "5": "i första hand bygger på närproducerade och ekologiska råvaror, med minst 50 procent "
             "ekologiskt.",
        "6": "äts i en lugn och trivsam miljö där barn och elever har minst 20 minuter att äta.",
        "7": "är en del av undervisningen, så att barn och elever lär sig om mat, hälsa och "
             "hållbarhet.",
    }
    parent = [
        ("title", "Måltidspolicy för Vällinge kommun"),
        ("sub", "Antagen av kommunfullmäktige 2057-11-27, § 142 · Gäller 2058–2062 · Dnr KS "
         "2057/388"),
        ("h1", "Därför har vi en måltidspolicy"),
        ("p", "Varje dag serverar Vällinge kommun omkring 6 800 måltider i förskolor, skolor och "
         "på äldreboenden. För många barn är skollunchen dagens viktigaste mål, och för många "
         "äldre är måltiden en höjdpunkt. Måltiderna påverkar också miljön, den lokala "
         "ekonomin och hur kommunens pengar används."),
        ("p", "Enligt skollagen ska eleverna i grundskolan erbjudas kostnadsfria och "
         "näringsriktiga skolmåltider. Policyn bygger vidare på Livsmedelsverkets råd och på "
         "måltidsmodellen, där en bra måltid är god, trygg, hållbar, näringsriktig, trivsam och "
         "en del av verksamheten."),
        ("h1", "Våra mål"),
        ("p", "Kommunfullmäktige vill att måltiderna i Vällinge kommun …"),
    ]
    parent += [("p", "… " + g[k]) for k in "1234567"]
    parent += [
        ("h1", "Så här arbetar vi"),
        ("num", [
            "Livsmedel upphandlas så att också mindre och lokala producenter kan lämna anbud.",
            "Nya och ombyggda kök planeras som tillagningskök, inte mottagningskök.",
            "Gästerna – barn, elever och äldre – får vara med och påverka matsedeln.",
        ]),
        ("h1", "Ansvar"),
        ("p", "Servicenämnden ansvarar för Måltidsservice, som lagar och serverar maten. Barn- "
         "och utbildningsnämnden och vård- och omsorgsnämnden ansvarar för måltidsmiljön och för "
         "att måltiden blir en del av verksamheten. Rektor ansvarar för att eleverna har "
         "tillräckligt med tid att äta."),
        ("h1", "Uppföljning"),
        ("p", "Nämnderna följer upp policyn i sina verksamhetsplaner och redovisar resultatet i "
         "årsredovisningen. Policyn revideras 2062."),
    ]
    _docx(parent, d / "parent.pdf", title="Måltidspolicy för Vällinge kommun",
          author="Vällinge kommun", header="VÄLLINGE KOMMUN · Måltidspolicy 2058–2062",
          footer="Antagen av KF 2057-11-27 § 142", lang="sv-SE", font="Liberation Sans",
          size=10.5, color="9A3B26")

    c = {
        "V1": "Minst 85 procent av måltiderna ska lagas från grunden i våra egna kök.",
        "V2": "Alla matsedlar ska vara näringsberäknade, och den som behöver specialkost ska få "
              "den inom två arbetsdagar.",
        "V3": "De äldre på våra särskilda boenden ska kunna välja mellan två rätter till lunch "
              "och middag.",
        "V4": "Matsvinnet i skolorna ska minska till högst 40 gram per portion.",
        "V5": "Minst hälften av livsmedlen, räknat i inköpsvärde, ska vara ekologiska.",
        "V6": "Sjukfrånvaron bland medarbetarna ska vara under 6 procent.",
    }
    a = {
        "bröd": "Egen sås-, potatis- och brödtillverkning i alla tillagningskök",
        "matråd": "Matråd med elever på varje skola två gånger per termin",
        "kostdata": "Alla matsedlar näringsberäknas i kostdataprogrammet",
        "special": "Specialkost lagas i ett eget kök på Brudsta skola",
        "val": "Valbar meny på Rönnhagen och Lärkhöjden",
        "värd": "Måltidsvärdar på alla avdelningar vid middagen",
        "mät": "Svinnmätning varje dag i alla skolkök",
        "vecka": "Tallrikssvinnveckor med tävling mellan klasserna",
        "klimat": "Klimatberäkning av matsedlarna",
        "upph": "Kött och mejeri upphandlas i mindre delar så att lokala producenter kan lämna "
                "anbud",
        "säsong": "Säsongsanpassade matsedlar med svenska grönsaker",
        "disk": "Ny diskmaskin på Brudsta skola ger ett lugnare arbetstempo i disken",
        "hälsa": "Hälsosamtal med alla medarbetare",
    }
    W = [44, 122]

    def goal_box(n, key, link, inds, acts, resp):
        rows = [("Kopplat till", link)]
        for name, out, target in inds:
            rows += [("Indikator", name), ("Utfall 2057 / Målvärde 2058", f"{out} / {target}")]
        for act, status in acts:
            rows += [("Aktivitet", act), ("Status", status)]
        rows.append(("Ansvarig", resp))
        return ("table", [f"Verksamhetsmål {n}", c[key]], rows, W)

    child = [
        ("kicker", "VÄLLINGE KOMMUN · PLANERINGSVERKTYGET"),
        ("title", "Verksamhetsplan 2058"),
        ("sub", "Serviceförvaltningen / Måltidsservice · Utskrift 2058-01-22 09:14 · Version: "
         "Fastställd"),
        ("h2", "Uppdrag"),
        ("p", "Måltidsservice lagar och serverar måltider i kommunens 14 förskolor, 9 skolor och "
         "3 särskilda boenden, sammanlagt cirka 1,5 miljoner portioner om året. Verksamheten "
         "har 96 medarbetare i 21 kök."),
        ("h2", "Nämndens mål"),
        ("p", "Servicenämndens mål 2: Kommunens verksamheter ska få service av hög kvalitet "
         "till rätt kostnad."),
        ("h2", "Verksamhetens mål"),
        goal_box("1", "V1", "Nämndmål 2 · Måltidspolicyn: lagat från grunden",
                 [("Andel måltider lagade från grunden", "71 %", "85 %"),
                  ("Andel elever som tycker att maten smakar bra (elevenkäten)", "62 %",
                   "70 %")],
                 [(a["bröd"], "● Pågår"), (a["matråd"], "● Pågår")], "Kostchef"),
        goal_box("2", "V2", "Nämndmål 2 · Måltidspolicyn: näringsriktigt",
                 [("Andel specialkoster levererade inom två arbetsdagar", "88 %", "100 %")],
                 [(a["kostdata"], "● Klar"), (a["special"], "● Pågår")], "Dietist"),
        goal_box("3", "V3", "Nämndmål 2",
                 [("Andel boende som är nöjda med maten (brukarenkäten)", "74 %", "85 %")],
                 [(a["val"], "● Pågår"), (a["värd"], "○ Ej påbörjad")], "Kostchef"),
        goal_box("4", "V4", "Måltidspolicyn: hållbart",
                 [("Matsvinn i skolorna, gram per portion", "58 g", "40 g")],
                 [(a["mät"], "● Pågår"), (a["vecka"], "● Pågår"),
                  (a["klimat"], "○ Flyttad till 2059 – kräver nytt kostdataprogram")],
                 "Kostchef"),
        goal_box("5", "V5", "Måltidspolicyn: ekologiskt och närproducerat",
                 [("Andel ekologiska livsmedel av inköpsvärdet", "41 %", "50 %")],
                 [(a["upph"], "● Pågår"), (a["säsong"], "● Klar")], "Kostchef"),
        goal_box("6", "V6", "Nämndmål 4",
                 [("Sjukfrånvaro", "7,9 %", "6,0 %")],
                 [(a["disk"], "● Klar"), (a["hälsa"], "● Pågår")], "Enhetschefer"),
        ("h2", "Avgränsningar"),
        ("table", ["Område", "Kommentar"], [
            ("Matdistribution till ordinärt boende", "Sköts från 1 januari 2058 av vård- och "
             "omsorgsförvaltningen."),
            ("Undernäring", "Riskbedömning och uppföljning av undernäring görs av "
             "sjuksköterskorna på boendena."),
            ("Lunchschema och matsalsmiljö", "Rektor ansvarar för schemaläggningen av lunchen "
             "och för miljön i matsalen."),
            ("Pedagogiska måltider", "Ingår i förskolans och skolans uppdrag. Måltidsservice "
             "deltar på förfrågan."),
        ], W),
    ]
    _rl_doc(d / "child.pdf", child, fonts=_p43._rl_fonts("LiberationSans"), base=9.2,
            accent="#34536B", tint="#E4EBF1", title="Verksamhetsplan 2058 – Måltidsservice",
            author="Vällinge kommun", header="Planeringsverktyget · Verksamhetsplan 2058 · "
            "Måltidsservice", footer="Utskrift 2058-01-22 09:14", page_word="Sida")

    goals_ = [
        G("1", g["1"], "followed_up", [c["V1"], a["bröd"], a["matråd"]],
          ev="Minst 85 procent av måltiderna",
          note="the goals are the seven paragraphs opening with '…' under 'Våra mål', each "
          "CONTINUING THE STEM 'Kommunfullmäktige vill att måltiderna i Vällinge kommun …' "
          "(text as printed after the '… ', without the stem; no numbers, id = order); the "
          "school act's duty quoted in the introduction ('ska eleverna … erbjudas kostnadsfria "
          "och näringsriktiga skolmåltider'), the Word-numbered 'Så här arbetar vi' and "
          "'Ansvar' are no goals. Both halves: cooked from scratch (85 %), taste measured in "
          "the pupils' survey, a food council with pupils"),
        G("2", g["2"], "followed_up", [c["V2"], a["kostdata"], a["special"]],
          ev="Alla matsedlar ska vara näringsberäknade,",
          note="in other words: every menu nutrient-calculated, special diets within two "
          "working days"),
        G("3", g["3"], "partial", [c["V3"], a["val"], a["värd"]],
          ev="De äldre på våra särskilda",
          missing=["ordinärt boende: 'Matdistribution till ordinärt boende … Sköts från 1 "
                   "januari 2058 av vård- och omsorgsförvaltningen'",
                   "färre undernärda: 'Riskbedömning och uppföljning av undernäring görs av "
                   "sjuksköterskorna'"],
          note="appetite in the särskilda boenden only (a choice of two dishes, meal hosts)"),
        G("4", g["4"], "partial", [c["V4"], a["mät"], a["vecka"]],
          ev="Matsvinnet i skolorna ska minska",
          missing=["klimatpåverkan: the activity 'Klimatberäkning av matsedlarna' is '○ Flyttad "
                   "till 2059'"],
          note="food waste in the schools only; the climate half is deferred"),
        G("5", g["5"], "followed_up", [c["V5"], a["upph"], a["säsong"]],
          ev="Minst hälften av livsmedlen, räknat",
          note="both halves: 50 % organic (the parent's figure, in other words) and procurement "
          "split so that local producers can bid"),
        G("6", g["6"], "not_followed_up",
          note="handed on: 'Rektor ansvarar för schemaläggningen av lunchen och för miljön i "
          "matsalen'. Trap (shared words): 'ett lugnare arbetstempo i disken' is the staff's "
          "working pace under the sick-leave goal"),
        G("7", g["7"], "not_followed_up",
          note="handed on: 'Pedagogiska måltider … Ingår i förskolans och skolans uppdrag. "
          "Måltidsservice deltar på förfrågan' (participation on request is no step of its "
          "own). The pupils' food council serves taste (goal 1), not teaching"),
    ]
    kids = [
        C(c["V1"], ["1"], note="the child goals are the texts in the head row of each table "
          "'Verksamhetsmål n' (the printout's field tables); the 'Aktivitet' fields are "
          "measures; 'Kopplat till', 'Indikator', 'Utfall 2057 / Målvärde 2058', 'Status' and "
          "'Ansvarig' are fields. Never child goals: 'Uppdrag', the nämnd's goal quoted under "
          "'Nämndens mål' ('Kommunens verksamheter ska få service …'), the table "
          "'Avgränsningar'"),
        C(c["V2"], ["2"]),
        C(c["V3"], ["3"]),
        C(c["V4"], ["4"]),
        C(c["V5"], ["5"]),
        C(c["V6"], [], note="sick leave among the kitchen staff: no goal of the måltidspolicy "
          "— stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Sans 10.5; a kommun's "
        "MÅLTIDSPOLICY): the school act's duty in prose, under 'Våra mål' a STEM paragraph "
        "'Kommunfullmäktige vill att måltiderna i Vällinge kommun …' and seven goals as "
        "paragraphs opening with '… ' that complete it, a Word-numbered 'Så här arbetar vi', "
        "'Ansvar'; header left over a rule, footer left + page; child PDF (reportlab, "
        "Liberation Sans 9.2; Måltidsservice's VERKSAMHETSPLAN 2058 as a PRINTOUT FROM THE "
        "PLANNING SYSTEM): kicker, print time, the nämnd's goal quoted, six two-column field "
        "tables headed `Verksamhetsmål n | goal` with Kopplat till, Indikator, Utfall / "
        "Målvärde, Aktivitet, Status ('● Pågår', '○ Ej påbörjad'), Ansvarig; a table "
        "'Avgränsningar'; header over a rule, 'Sida n'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Lyngkær (da)


@pair
def lyngkaer_genbrugsplads_plan(d: Path) -> dict:
    g = {
        "1": "Mindst 15 procent af det, borgerne afleverer på genbrugspladserne, skal genbruges "
             "direkte eller forberedes til genbrug i 2065.",
        "2": "Alle husstande skal kunne komme af med tekstiler til genbrug eller genanvendelse "
             "tæt på, hvor de bor.",
        "3": "Mindre farligt affald skal ende i restaffaldet, og borgerne skal kunne aflevere "
             "farligt affald uden at have bil.",
        "4": "Virksomhederne skal sortere deres affald i de samme fraktioner som "
             "husholdningerne, og kommunen skal føre tilsyn med det.",
        "5": "Mere bygge- og anlægsaffald skal genbruges, og kommunens egne byggerier skal gå "
             "forrest.",
        "6": "Kommunens skoler, daginstitutioner og plejecentre skal sortere i alle ti "
             "fraktioner og halvere restaffaldet pr. bruger.",
    }
    sheets = [
        ("1", "Mere genbrug på genbrugspladserne", g["1"],
         "I dag går kun 6 procent af det afleverede til direkte genbrug. Meget af det, der "
         "ender i containerne, kunne bruges igen.",
         "Genbrugsbutikker på pladserne, bedre vejledning ved indkørslen, samarbejde med "
         "lokale foreninger.", "2058–2065", "Nordkysten Affald I/S"),
        ("2", "Tekstiler", g["2"],
         "Fra 2055 skal tekstilaffald indsamles separat. I dag kan tekstiler kun afleveres på "
         "genbrugspladserne og i velgørende organisationers containere.",
         "Indsamling ved husstanden eller i nærgenbrugsstationer i alle byer over 500 "
         "indbyggere.", "2059", "Lyngkær Kommune, Teknik og Miljø"),
        ("3", "Farligt affald", g["3"],
         "Sorteringsanalysen fra 2056 viser batterier, spraydåser og maling i hver tiende "
         "sæk restaffald.",
         "Miljøbil, der kører til landsbyerne, og bedre skiltning på pladserne.", "2058–2060",
         "Nordkysten Affald I/S"),
        ("4", "Erhvervsaffald", g["4"],
         "Erhvervsaffald udgør to tredjedele af affaldet i kommunen. Reglerne om sortering "
         "gælder også for virksomheder.",
         "Tilsynskampagner i to brancher om året, vejledning af nye virksomheder.",
         "2058–2069", "Lyngkær Kommune, Teknik og Miljø"),
        ("5", "Bygge- og anlægsaffald", g["5"],
         "Bygge- og anlægsaffald er den største affaldsstrøm målt i vægt.",
         "Krav om selektiv nedrivning i kommunale udbud, byggematerialer til genbrug på "
         "genbrugspladserne.", "2058–2062", "Lyngkær Kommune og Nordkysten Affald I/S"),
        ("6", "Kommunens egne institutioner", g["6"],
         "Kommunen skal være et godt eksempel. I dag sorterer kun halvdelen af institutionerne "
         "madaffald og plast.",
         "Ens sorteringsløsninger i alle institutioner, affaldsambassadører blandt "
         "medarbejderne.", "2058–2061", "Lyngkær Kommune, Ejendomme"),
    ]

    def sheet(n, title, goal, why, acts, when, who):
        rows = [("Målsætning", goal), ("Baggrund", why), ("Aktiviteter", acts),
                ("Tidsplan", when), ("Ansvarlig", who)]
        tr = "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in rows)
        return (f"<table class='ark'><caption>Initiativ {n} · {e(title)}</caption>{tr}"
                "</table>")

    body = [
        "<div class='mast'>LYNGKÆR KOMMUNE</div>",
        "<h1>Affaldsplan 2058–2069</h1>",
        "<p class='sub'>Kommunal plan for affaldshåndtering · Vedtaget af kommunalbestyrelsen "
        "den 24. oktober 2057</p>",
        "<h2>Indledning</h2>",
        "<p>Affaldsplanen beskriver, hvordan Lyngkær Kommune vil håndtere affaldet de næste tolv "
        "år. Planen består af en kortlægning af affaldsmængderne og seks initiativer. Den "
        "nationale målsætning er, at 80 procent af husholdningsaffaldet skal sorteres til "
        "genanvendelse, og kommunen skal bidrage til at nå den.</p>",
        "<p>Genbrugspladserne og indsamlingen drives af Nordkysten Affald I/S, som ejes af "
        "Lyngkær og to nabokommuner. Selskabet udarbejder sine egne planer ud fra "
        "ejerkommunernes affaldsplaner.</p>",
        "<h2>Kortlægning</h2>",
        "<table class='k'><thead><tr><th>Affaldstype</th><th>Tons 2056</th><th>Heraf "
        "genanvendt</th></tr></thead><tbody>"
        "<tr><td>Husholdningsaffald ved husstanden</td><td>11 200</td><td>54 %</td></tr>"
        "<tr><td>Genbrugspladserne</td><td>14 900</td><td>71 %</td></tr>"
        "<tr><td>Erhvervsaffald</td><td>48 300</td><td>63 %</td></tr>"
        "<tr><td>Bygge- og anlægsaffald (ikke jord)</td><td>31 700</td><td>88 %</td></tr>"
        "</tbody></table>",
        "<h2>Initiativer</h2>",
        "<p>Hvert initiativ er beskrevet på et initiativark med målsætning, baggrund, "
        "aktiviteter, tidsplan og ansvar.</p>",
    ] + [sheet(*x) for x in sheets] + [
        "<h2>Økonomi</h2>",
        "<p>Initiativerne finansieres af affaldsgebyrerne efter hvile-i-sig-selv-princippet. "
        "Initiativ 4 og 6 finansieres af kommunens budget.</p>",
    ]
    css = (
        "@page{size:A4;margin:16mm 19mm 17mm 19mm;"
        "@bottom-right{content:'Side ' counter(page);font:7.5pt 'Liberation Sans';color:#666}"
        "@bottom-left{content:'Affaldsplan 2058–2069 · Lyngkær Kommune';"
        "font:7.5pt 'Liberation Sans';color:#666}}"
        "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        "body{font:9.7pt/1.45 'Liberation Sans';color:#222}"
        ".mast{font:bold 8pt 'Liberation Sans';letter-spacing:.12em;color:#1E6B52}"
        "h1{font:bold 22pt 'Liberation Sans';color:#1E6B52;margin:4pt 0 2pt}"
        ".sub{color:#555;margin:0 0 10pt}"
        "h2{font:bold 12pt 'Liberation Sans';color:#1E6B52;margin:12pt 0 4pt}"
        "p{margin:0 0 6pt}"
        ".k{width:70%}.k th{text-align:left;border-bottom:1pt solid #1E6B52;font-size:8.8pt;"
        "padding:2pt 4pt}.k td{padding:2pt 4pt;border-bottom:.5pt solid #ccc;font-size:8.8pt}"
        ".ark{border:1.2pt solid #1E6B52;margin:0 0 10pt;page-break-inside:avoid}"
        ".ark caption{caption-side:top;text-align:left;background:#1E6B52;color:#fff;"
        "font:bold 10pt 'Liberation Sans';padding:4pt 6pt}"
        ".ark th{width:22%;text-align:left;vertical-align:top;background:#E2EFEA;"
        "font-size:8.8pt;padding:3pt 6pt;border-bottom:.5pt solid #fff}"
        ".ark td{font-size:9pt;padding:3pt 6pt;border-bottom:.5pt solid #D5E4DD}"
    )
    _html("da", "Affaldsplan 2058–2069 – Lyngkær Kommune", css, body, d / "parent.pdf")

    c = {
        "M1": "Andelen af det afleverede, der går til direkte genbrug, skal op fra 6 til 12 "
              "procent i 2062.",
        "M2": "Borgerne skal kunne aflevere tøj, møbler og byggematerialer til genbrug på "
              "alle pladser, og brugte byggematerialer skal kunne købes på pladserne.",
        "M3": "Farligt affald skal kunne afleveres hele åbningstiden, også af dem, der ikke "
              "har bil.",
        "M4": "Pladserne skal være åbne med selvbetjening fra kl. 7 til 21 alle ugens dage.",
        "M5": "Ingen medarbejder på pladserne må komme til skade ved håndtering af farligt "
              "affald.",
    }
    m = {
        "butik": "Genbrugsbutik med gratis afhentning på alle tre pladser",
        "byg": "Byggemarked for brugte døre, vinduer, tegl og træ på Gyvelbjerg",
        "tekstil": "Tekstilcontainere ved genbrugsbutikkerne",
        "miljøbil": "Miljøbil, der holder i otte landsbyer hver anden måned",
        "skilt": "Nye skilte og en medarbejder ved containeren til farligt affald i "
                 "weekenderne",
        "selvbet": "Selvbetjening med nummerpladegenkendelse og kamera",
        "kurs": "Kursus i håndtering af farligt affald for alle medarbejdere",
    }
    child = [
        ("title", "Udviklingsplan for genbrugspladserne 2058–2062"),
        ("sub", "Nordkysten Affald I/S · Godkendt af bestyrelsen den 6. februar 2058"),
        ("h1", "1 Baggrund"),
        ("p", "Nordkysten Affald I/S driver tre genbrugspladser i Lyngkær Kommune: Gyvelbjerg, "
         "Hejlsø og Strandholm. Pladserne får tilsammen omkring 310.000 besøg om året. Planen "
         "viser, hvordan vi vil udvikle pladserne de næste fem år, og bygger på affaldsplanerne "
         "fra vores tre ejerkommuner."),
        ("table", ["Plads", "Åbent i dag", "Besøg 2057", "Direkte genbrug 2057"], [
            ("Gyvelbjerg", "Alle dage 10–18", "162.000", "7 %"),
            ("Hejlsø", "Tir–søn 10–17", "98.000", "5 %"),
            ("Strandholm", "Tor–søn 10–17", "51.000", "4 %"),
        ], [40, 45, 35, 45]),
        ("h1", "2 Vores målsætninger"),
        ("hang", [(str(i), c[f"M{i}"]) for i in range(1, 6)]),
        ("h1", "3 Det gør vi"),
        ("bul", [m["butik"], m["byg"], m["tekstil"], m["miljøbil"], m["skilt"], m["selvbet"],
                 m["kurs"]]),
        ("h1", "4 Det hører ikke under selskabet"),
        ("p", "Nogle af initiativerne i affaldsplanerne ligger hos kommunerne selv og er ikke "
         "en del af denne plan:"),
        ("bul", [
            "Indsamling af tekstiler ved husstandene indføres af kommunerne fra 2059.",
            "Erhvervsaffald: virksomheder, der ikke er små håndværkere, henvises til private "
            "indsamlere. Tilsyn med virksomhedernes sortering udføres af kommunernes "
            "miljømyndighed.",
            "Krav til nedrivning og genbrug i kommunale byggerier stilles af kommunerne i deres "
            "udbud.",
            "Sortering i kommunens egne institutioner aftales mellem kommunen og "
            "indsamlingsordningen.",
        ]),
        ("h1", "5 Økonomi"),
        ("p", "Planen koster 14,6 mio. kr. i anlæg, mest til selvbetjening og byggemarkedet på "
         "Gyvelbjerg. Driften finansieres af genbrugspladsgebyret, som stiger med 45 kr. pr. "
         "husstand i 2059."),
        ("p", "Ditte Mørkøv, direktør"),
    ]
    _docx47(child, d / "child.pdf", title="Udviklingsplan for genbrugspladserne 2058–2062 – "
            "Nordkysten Affald I/S", author="Nordkysten Affald I/S", header="Nordkysten Affald "
            "I/S · Udviklingsplan for genbrugspladserne", footer="Godkendt 06.02.2058",
            page_word="Side", of_word="af", lang="da-DK", font="Liberation Sans", size=9.8,
            color="24566E", tint="E3ECF1")

    goals_ = [
        G("1", g["1"], "followed_up", [c["M1"], c["M2"], m["butik"], m["byg"]],
          ev="Andelen af det afleverede, der",
          note="the goals are the 'Målsætning' FIELD of each bordered INITIATIVE SHEET "
          "'Initiativ n · …' (id = n); the sheets' 'Baggrund', 'Aktiviteter', 'Tidsplan' and "
          "'Ansvarlig' fields, the national goal in the introduction ('80 procent af "
          "husholdningsaffaldet skal sorteres …') and the table 'Kortlægning' are no goals. In "
          "other words: direct re-use from 6 to 12 per cent by 2062, a step on the way to 15 "
          "in 2065, with shops and a building-materials market"),
        G("2", g["2"], "partial", [m["tekstil"], c["M2"]],
          ev="Tekstilcontainere ved genbrugsbutikkerne",
          missing=["tæt på, hvor de bor: 'Indsamling af tekstiler ved husstandene indføres af "
                   "kommunerne fra 2059'"],
          note="textiles can be handed in at the three sites (a measure and the 'tøj' of M2), "
          "not close to home"),
        G("3", g["3"], "followed_up", [c["M3"], m["miljøbil"], m["skilt"]],
          ev="Farligt affald skal kunne afleveres",
          note="both halves in other words: whole opening hours, clearer signs and a "
          "collection van in the villages for those without a car"),
        G("4", g["4"], "not_followed_up",
          note="handed on: 'Erhvervsaffald: virksomheder … henvises til private indsamlere. "
          "Tilsyn … udføres af kommunernes miljømyndighed'. Trap (shared words): the "
          "sentence names virksomheder and tilsyn only to leave them to others"),
        G("5", g["5"], "partial", [c["M2"], m["byg"]],
          ev="Byggemarked for brugte døre, vinduer,",
          missing=["kommunens egne byggerier går forrest: 'Krav til nedrivning og genbrug i "
                   "kommunale byggerier stilles af kommunerne i deres udbud'"],
          note="re-use of the citizens' building materials on the sites only"),
        G("6", g["6"], "not_followed_up",
          note="handed on: 'Sortering i kommunens egne institutioner aftales mellem kommunen og "
          "indsamlingsordningen'"),
    ]
    kids = [
        C(c["M1"], ["1"], note="the child goals are the lines 1–5 of '2 Vores målsætninger' "
          "(number + tab, hanging); the '•' lines of '3 Det gør vi' are measures. Never child "
          "goals: '1 Baggrund' and its site table, '4 Det hører ikke under selskabet' (its '•' "
          "lines hand things to the kommuner), '5 Økonomi'"),
        C(c["M2"], ["1", "2", "5"], note="one goal serving three initiatives: re-use in "
          "general, textiles ('tøj') and building materials"),
        C(c["M3"], ["3"]),
        C(c["M4"], [], note="longer opening hours by self-service: no initiative of the "
          "affaldsplan — stands alone"),
        C(c["M5"], [], note="staff safety with hazardous waste: no goal of the plan (goal 3 is "
          "about the citizens' hazardous waste) — stands alone"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (HTML → Chromium, Liberation Sans 9.7; a kommune's AFFALDSPLAN): "
        "mast line, the national goal in prose, a 'Kortlægning' table, six bordered "
        "INITIATIVE SHEETS, each a table with a dark caption 'Initiativ n · …' over the field "
        "rows Målsætning, Baggrund, Aktiviteter, Tidsplan, Ansvarlig; footer left + 'Side n'; "
        "child PDF (python-docx → LibreOffice, Liberation Sans 9.8; an affaldsselskab's "
        "UDVIKLINGSPLAN FOR GENBRUGSPLADSERNE): site table, 'Vores målsætninger' 1–5 hanging, "
        "'Det gør vi' Word '•' list, 'Det hører ikke under selskabet', economy; header right "
        "over a rule, 'Side n af N'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Penhallow (en)


@pair
def penhallow_investment_plan(d: Path) -> dict:
    g = {
        "1": "Three in five homes in Penhallow will be heated from low-carbon sources by 2070, "
             "through heat pumps and heat networks.",
        "2": "12,000 homes will be insulated to EPC band C or better by 2065, starting with "
             "households in fuel poverty.",
        "3": "The borough will host 100 MW of locally owned renewable generation by 2068.",
        "4": "The Council's own buildings and vehicle fleet will be net zero by 2062.",
        "5": "Every household without off-street parking will have a public charge point "
             "within 250 metres of home by 2063.",
        "6": "Businesses will have the grid capacity they need to switch to electricity, "
             "without connection delays.",
    }
    big = {"1": "3 in 5", "2": "12,000", "3": "100 MW", "4": "2062", "5": "250 m",
           "6": "0"}
    targets = "".join(
        f"<div class='tg'><div class='big'>{e(big[k])}</div><p>{e(g[k])}</p></div>"
        for k in "123456")
    body = [
        "<div class='band'>PENHALLOW BOROUGH COUNCIL</div>",
        "<h1>Local Energy Strategy 2057–2070</h1>",
        "<p class='sub'>Powering a fairer, cleaner Penhallow · Adopted by Full Council, 16 July "
        "2057</p>",
        "<h2>Foreword</h2>",
        "<p>Energy bills are one of the biggest worries for families in Penhallow, and the "
        "way we heat our homes and move around is the largest source of the borough's "
        "emissions. This strategy sets out six targets for 2070 and the part the Council, "
        "Penhallow Energy Ltd and our partners will play in reaching them.</p>",
        "<p class='sig'>Cllr Rosalind Ferrier, Cabinet Member for Climate and Energy</p>",
        "<h2>Where we are now</h2>",
        "<p>Penhallow has 47,800 homes. 81% are heated by gas, and one household in seven is in "
        "fuel poverty. Local renewable generation is 21 MW, most of it on farm roofs. The "
        "Government's legally binding target is for the UK to be net zero by 2050; the "
        "borough's own emissions have fallen by 46% since 2035.</p>",
        "<h2>Our targets for 2070</h2>",
        "<div class='grid'>" + targets + "</div>",
        "<h2>Who will deliver</h2>",
        "<ul>"
        "<li>The Council: planning policy, its own estate and fleet, grants for home "
        "insulation and heat pumps.</li>"
        "<li>Penhallow Energy Ltd, the Council's wholly owned energy company: heat networks, "
        "solar and wind, public charging. The company sets out its investments each year in "
        "an annual investment plan approved by its Board.</li>"
        "<li>The distribution network operator, Kernow Grid plc: reinforcing the electricity "
        "network.</li>"
        "</ul>",
        "<h2>Monitoring</h2>",
        "<p>Progress on each target will be reported to the Climate Overview and Scrutiny "
        "Committee every year. The strategy will be reviewed in 2063.</p>",
    ]
    css = (
        "@page{size:A4;margin:15mm 17mm 16mm 17mm;"
        "@bottom-center{content:'Local Energy Strategy 2057–2070 · ' counter(page);"
        "font:7.5pt 'Liberation Sans';color:#666}}"
        "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        "body{font:9.8pt/1.45 'Liberation Sans';color:#222}"
        ".band{background:#1D3F6E;color:#fff;font:bold 8pt 'Liberation Sans';padding:4pt 6pt;"
        "letter-spacing:.08em}"
        "h1{font:bold 23pt 'Liberation Sans';color:#1D3F6E;margin:10pt 0 1pt}"
        ".sub{color:#555;margin:0 0 8pt;font-size:10pt}"
        "h2{font:bold 12.5pt 'Liberation Sans';color:#1D3F6E;margin:11pt 0 4pt}"
        "p{margin:0 0 6pt}.sig{font-style:italic}ul{padding-left:16pt}li{margin-bottom:3pt}"
        ".grid{display:flex;flex-wrap:wrap;gap:8pt}"
        ".tg{width:48%;display:flex;gap:8pt;align-items:flex-start;background:#EAF0F7;"
        "padding:6pt;box-sizing:border-box}"
        ".tg .big{flex:0 0 31%;white-space:nowrap;font:bold 17pt 'Liberation Sans';color:#E07A1F;line-height:1.1}"
        ".tg p{margin:0;font-size:9.4pt}"
    )
    _html("en-GB", "Local Energy Strategy 2057–2070 – Penhallow Borough Council", css, body,
          d / "parent.pdf")

    c = {
        "IO1": "Connect 1,400 more homes to the Tregarrick heat network, taking it to 5,200 "
               "homes.",
        "IO2": "Add 18 MW of solar generation on Council land and community buildings, with at "
               "least a third offered for community share ownership.",
        "IO3": "Take 14 Council buildings off gas by replacing their boilers with heat pumps or "
               "heat network connections.",
        "IO4": "Install 300 public charge points in residential streets where homes have no "
               "off-street parking.",
        "IO5": "Earn a return on capital of at least 6% across the company's portfolio.",
    }
    cap = [
        ("C01", "Tregarrick heat network, phase 3 (1,400 homes)", "IO1", "9,800", "6,200", "–",
         "Approved"),
        ("C02", "Second 8 MW heat pump at the Tregarrick energy centre", "IO1", "4,500", "1,500",
         "–", "Approved"),
        ("C03", "Solar farm on the former Halsey Moor landfill (12 MW)", "IO2", "7,200", "1,100",
         "–", "Approved"),
        ("C04", "Rooftop solar on 40 schools and community halls (6 MW)", "IO2", "2,900",
         "2,900", "–", "Approved, subject to share offer"),
        ("C05", "Heat pumps and network connections in 14 Council buildings", "IO3", "3,600",
         "2,400", "–", "Approved"),
        ("C06", "300 residential charge points", "IO4", "1,900", "400", "–", "Approved"),
        ("C07", "Battery storage at Halsey Moor (20 MWh)", "IO5", "–", "3,000", "6,000",
         "Business case due 2059"),
    ]
    child = [
        ("title", "Annual Investment Plan 2058/59"),
        ("sub", "Penhallow Energy Ltd · Approved by the Board on 12 February 2058 · For noting "
         "by the Shareholder Committee"),
        ("h1", "1 Purpose"),
        ("p", "The Shareholder Agreement requires the company to set out each year the "
         "investments it will make, how they will be funded and how they support the "
         "Council's Local Energy Strategy 2057–2070. This plan covers the financial year "
         "from April 2058 to March 2059 and the commitments it creates for later years."),
        ("h1", "2 Investment objectives for 2058/59"),
        ("hang", [(k, c[k]) for k in ("IO1", "IO2", "IO3", "IO4", "IO5")]),
        ("h1", "3 Capital programme"),
        ("table", ["Ref", "Scheme", "Objective", "2058/59 £000", "2059/60 £000",
                   "Later years £000", "Status"], cap, [14, 86, 20, 24, 24, 26, 59]),
        ("p", "Total 2058/59: £29.9 million, funded by Public Works Loan Board borrowing on-lent "
         "by the Council (£21.4 million), a community share offer (£1.5 million) and the "
         "company's reserves. Heat network customers in fuel poverty pay a capped tariff, "
         "which the Council funds."),
        ("h1", "4 Schemes considered and not included"),
        ("inline", [
            "Wind turbines at Halsey Moor: feasibility study only; no investment is proposed in "
            "2058/59.",
            "Home insulation and heat pump grants: run by the Council's housing team, outside "
            "the company's remit.",
            "Replacement of the Council's vehicle fleet: covered by the Council's Fleet "
            "Strategy.",
            "Grid reinforcement at Aldmoor primary substation, needed before the Rooksby "
            "business park can electrify: a matter for Kernow Grid plc, expected in 2061.",
        ]),
        ("h1", "5 Risks"),
        ("p", "The main risks are construction cost inflation, slower take-up of heat network "
         "connections and the wholesale electricity price. The Board reviews the risk register "
         "every quarter."),
        ("p", "Owain Pritchard, Managing Director"),
    ]
    _odt(child, d / "child.pdf", title="Annual Investment Plan 2058/59 – Penhallow Energy Ltd",
         header="Penhallow Energy Ltd · Annual Investment Plan 2058/59",
         footer="Approved by the Board 12.02.2058", font="Liberation Sans", size=9.6,
         color="#1D3F6E", tint="#EAF0F7", landscape=True, lang="en", country="GB")

    goals_ = [
        G("1", g["1"], "partial", [c["IO1"], cap[0][1], cap[1][1]],
          ev="Connect 1,400 more homes to",
          missing=["heat pumps in homes: 'Home insulation and heat pump grants: run by the "
                   "Council's housing team, outside the company's remit'"],
          note="the goals are the six target sentences under 'Our targets for 2070', each in a "
          "tinted box beside a BIG-NUMBER CALLOUT ('3 in 5', '12,000', '100 MW', '2062', '250 "
          "m', '0 delays' — furniture that repeats the number, not part of the goal; no "
          "numbers, id = order); the foreword, 'Where we are now' (with the Government's net "
          "zero target) and the '•' lines of 'Who will deliver' are no goals. Heat networks "
          "only"),
        G("2", g["2"], "not_followed_up",
          note="handed on: 'Home insulation and heat pump grants: run by the Council's housing "
          "team, outside the company's remit'. Trap (shared words): 'Heat network customers in "
          "fuel poverty pay a capped tariff' is a tariff, not insulation"),
        G("3", g["3"], "followed_up", [c["IO2"], cap[2][1], cap[3][1]],
          ev="Add 18 MW of solar",
          note="this year's share of the 100 MW, in other words: 18 MW of solar, a third in "
          "community ownership (locally owned); the wind turbines at Halsey Moor are a "
          "feasibility study only, but the goal asks for generation, not for wind"),
        G("4", g["4"], "partial", [c["IO3"], cap[4][1]],
          ev="Take 14 Council buildings off",
          missing=["vehicle fleet: 'Replacement of the Council's vehicle fleet: covered by the "
                   "Council's Fleet Strategy'"],
          note="buildings only"),
        G("5", g["5"], "followed_up", [c["IO4"], cap[5][1]],
          ev="Install 300 public charge points",
          note="in other words: charge points in residential streets where homes have no "
          "off-street parking"),
        G("6", g["6"], "not_followed_up",
          note="handed on: 'Grid reinforcement at Aldmoor primary substation … a matter for "
          "Kernow Grid plc, expected in 2061'. Trap: the sentence names the business park and "
          "the grid only to exclude them"),
    ]
    kids = [
        C(c["IO1"], ["1"], note="the child goals are the lines IO1–IO5 of '2 Investment "
          "objectives for 2058/59' (code + tab, hanging); the rows of '3 Capital programme' are "
          "measures (their 'Objective' column cites IO codes, not the strategy). Never child "
          "goals: '1 Purpose', the funding paragraph, '4 Schemes considered and not included', "
          "'5 Risks'"),
        C(c["IO2"], ["3"]),
        C(c["IO3"], ["4"]),
        C(c["IO4"], ["5"]),
        C(c["IO5"], [], note="the company's return on capital: no target of the strategy — "
          "stands alone"),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (HTML → Chromium, Liberation Sans 9.8; a borough's LOCAL ENERGY "
        "STRATEGY): band, foreword signed, facts with the Government's target in prose, six "
        "TARGETS in tinted boxes two by two, each a BIG-NUMBER CALLOUT beside the target "
        "sentence, '•' delivery roles; footer centred with the page; child PDF (odfpy → "
        "LibreOffice, Liberation Sans 9.6, A4 LANDSCAPE; the council-owned energy company's "
        "ANNUAL INVESTMENT PLAN 2058/59): 'Investment objectives' IO1–IO5 hanging, a capital "
        "programme `Ref | Scheme | Objective | 2058/59 £000 | 2059/60 £000 | Later years £000 "
        "| Status`, '•' schemes not included, risks; header right, footer centred",
        goals=goals_, kids=kids,
    )

def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder=BUILDER)


if __name__ == "__main__":
    main(sys.argv[1:])
