"""Build the forty-third blind batch of mandate/plan pairs under corpora/mandates-blind43/ and their gold.

Written on 2026-12-06 without reading plancheck's code. ORDINARY mandates of small
municipalities, one or two pages, on surfaces of this batch's own: a bokmål PLANPROGRAM (Word →
PDF) whose chapter 'Problemstillinger og utredningsbehov' holds typed questions 4.1–4.6; a
nynorsk kommunestyre's SAKSPROTOKOLL (the case system's web view printed with Chromium) whose
'Vedtak:' is one paragraph with the points a.–f. run into the text; a Swedish UPPDRAGSDIREKTIV
(reportlab) with 'Uppdragets innehåll' numbered 1–5 and a 'Tidplan och samråd' paragraph; a
Danish KOMMISSORIUM (Word → PDF) whose 'Opgaver' is a table Opgave | Leverance | Frist; and an
English SCOPING REPORT of a town council (Chromium) with 'The plan should address:' bullets and
an 'Engagement' section. Plans answer mostly in other words: a chapter, a table of measures row
by row, a process chapter in the past tense.

    python corpora/mandates-blind43/make_pairs.py               # all pairs
    python corpora/mandates-blind43/make_pairs.py --verify      # gold quotes against pdftotext
    python corpora/mandates-blind43/make_pairs.py --twice       # build twice, compare sha256

Imports the twentieth batch's builder (P, verify, the construction check) and the
thirty-third batch's three document writers (docx_pdf, rl_pdf, html_pdf, called with this
batch's own fonts, sizes, headers, footers and colours; the HTML pages' CSS and markup are this
batch's own) through pairkit, and blindkit's sha256 checks. Nothing of the earlier batches is
edited.
"""

from __future__ import annotations

import html as _h
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

_b20 = pk.load_module("mandates_blind20_make_pairs", HERE.parent / "mandates-blind20" / "make_pairs.py")
_b33 = pk.load_module("mandates_blind33_make_pairs", HERE.parent / "mandates-blind33" / "make_pairs.py")
P = _b20.P
docx_pdf, rl_pdf, html_pdf = _b33.docx_pdf, _b33.rl_pdf, _b33.html_pdf

PAIRS, pair = pk.pair_registry()


def e(s: str) -> str:
    return _h.escape(s)


def paras(*texts: str) -> str:
    return "".join(f"<p>{e(t)}</p>" for t in texts)


def table_html(head: list[str], rows: list[list[str]], cls: str = "") -> str:
    th = "".join(f"<th>{e(c)}</th>" for c in head)
    tr = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table class='{cls}'><thead><tr>{th}</tr></thead><tbody>{tr}</tbody></table>"


# =========================================================================== 1 landbruk (nb)
@pair
def landbruk(d: Path) -> dict:
    q = [
        ("4.1", "Hvor mye dyrka og dyrkbar jord finnes i kommunen, og hvor mye er omdisponert "
                "de siste ti årene?"),
        ("4.2", "Hvordan kan jordvernet styrkes i kommuneplanens arealdel?"),
        ("4.3", "Hvilke gårdsbruk står i fare for å bli lagt ned, og hva kan kommunen gjøre for "
                "å legge til rette for generasjonsskifte?"),
        ("4.4", "Hvordan skal beitet i utmark og på Sørdalsfjellet forvaltes, og hvordan kan "
                "konfliktene med rovvilt og hyttebygging dempes?"),
        ("4.5", "Hvordan bør kommunens næringsfond prioritere søknader fra landbruket?"),
        ("4.6", "Hvilke tiltak skal gjennomføres i planperioden, og hvem har ansvaret for dem?"),
    ]
    s1 = ("Sørdal Bondelag, Sørdal Bonde- og Småbrukarlag, beitelagene og fjellstyret skal "
          "inviteres til egne møter i planarbeidet.")
    m = [
        ("title", "Planprogram"),
        ("meta", "Kommunedelplan for landbruk 2049–2060 · Fastsatt av planutvalget 14.01.2048, "
                 "sak PU 3/48"),
        ("h1", "1 Innledning"),
        ("p", "Landbruket er en av de største næringene i Sørdal, med 74 aktive gårdsbruk og "
              "om lag 160 årsverk. Kommunal planstrategi 2046–2049 sier at kommunen skal "
              "utarbeide en kommunedelplan for landbruk. Planen skal være et verktøy for "
              "politikere, landbruksforvaltningen og næringen selv."),
        ("h1", "2 Rammer og føringer"),
        ("p", "Nasjonal jordvernstrategi, regional plan for landbruk i fylket og kommuneplanens "
              "samfunnsdel (2045) legger føringer for arbeidet. Planen blir utarbeidet etter "
              "plan- og bygningsloven kapittel 11."),
        ("h1", "3 Mål for planarbeidet"),
        ("p", "Arbeidet skal gi et samlet kunnskapsgrunnlag om landbruket i Sørdal og en "
              "felles forståelse av hvilke valg kommunen står overfor de neste tolv årene."),
        ("h1", "4 Problemstillinger og utredningsbehov"),
        ("p", "Planarbeidet skal gi svar på disse spørsmålene:"),
        *[("typed", n, t, 1.0, 0.0) for n, t in q],
        ("h1", "5 Medvirkning"),
        ("p", "Planprogrammet har vært på høring fra 20.november til 18.desember 2047, og "
              "det kom sju innspill. " + s1 + " Det blir også holdt åpent møte når "
              "planforslaget legges ut til offentlig ettersyn."),
        ("h1", "6 Organisering"),
        ("p", "Formannskapet er styringsgruppe. Landbrukssjefen leder arbeidsgruppen, der "
              "også næringssjef og arealplanlegger er med. Arbeidet dekkes innenfor "
              "landbrukskontorets budsjett."),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Planprogram – kommunedelplan for landbruk 2049–2060",
             author="Sørdal kommune", font="DejaVu Serif Condensed", size=10.5, lang="nb-NO",
             header="Sørdal kommune | Planprogram – kommunedelplan for landbruk",
             footer="Side {PAGE}", accent="4A5D23", head_fill="E4EAD6")
    areal = [
        ["Nerdalen", "8 900", "2 100", "4 600", "61"],
        ["Sørdal sentrum", "3 200", "700", "900", "188"],
        ["Vestbygda", "6 100", "1 900", "2 800", "43"],
        ["Fjellgardene", "1 300", "3 100", "700", "20"],
        ["Sum", "19 500", "7 800", "9 000", "312"],
    ]
    tiltak = [
        ["1", "Kjerneområder for landbruk vises i kommuneplanens arealdel", "Plan og landbruk",
         "–", "2049"],
        ["2", "Jordlova brukes fullt ut ved deling og omdisponering", "Landbruk", "–",
         "Løpende"],
        ["3", "Beitebruksplan for Sørdalsfjellet", "Landbruk og fjellstyret", "150 000",
         "2050"],
        ["4", "Nye sperregjerder og ferister på fjellbeitet", "Beitelagene, tilskudd", "400 000",
         "2050–2052"],
        ["5", "Kurs i HMS og driftsplanlegging for bønder", "Landbruk og Bondelaget",
         "30 000 per år", "Hvert år"],
        ["6", "Kartlegging av drenering på leid jord", "Landbruk", "80 000", "2051"],
    ]
    css = ("@page{size:A4;margin:18mm 19mm 18mm 21mm;@top-right{content:'Kommunedelplan for "
           "landbruk 2049–2060 · Høringsforslag';font:7.5pt 'DejaVu Sans',sans-serif;"
           "color:#4a5d23}@bottom-center{content:counter(page);font:8pt 'DejaVu Sans',"
           "sans-serif}}"
           "body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;line-height:1.45;"
           "color:#202020}h1{font-size:19pt;font-weight:normal;color:#4a5d23;margin:0}"
           ".sub{font-size:9pt;color:#666;margin:2px 0 14px}h2{font-size:11.5pt;color:#4a5d23;"
           "margin:14px 0 3px}p{margin:0 0 6px}table{border-collapse:collapse;width:100%;"
           "font-size:8.5pt;margin:5px 0 9px}th{background:#e4ead6;text-align:left;"
           "padding:3px 4px;border:1px solid #b9c4a3}td{border:1px solid #b9c4a3;"
           "padding:3px 4px;vertical-align:top}table.n td:nth-child(n+2){text-align:right}"
           "thead{display:table-header-group}tr{break-inside:avoid}")
    body = (
        "<h1>Kommunedelplan for landbruk 2049–2060</h1><div class='sub'>Sørdal kommune · "
        "Høringsforslag, september 2048</div>"
        "<h2>1 Innledning</h2>"
        + paras("Landbruket i Sørdal gir arbeid, mat og et åpent kulturlandskap. Samtidig blir "
                "det færre bruk, og jord går tapt til vei og boliger. Planen peker ut hva "
                "kommunen vil gjøre de neste tolv årene.")
        + "<h2>2 Slik har vi jobbet</h2>"
        + paras("Arbeidsgruppen startet opp i februar 2048. Vi hadde eget møte med Sørdal "
                "Bondelag og Sørdal Bonde- og Småbrukarlag 5. mars, og med de fire beitelagene "
                "og fjellstyret på Fjellstua 11. april. Innspillene fra møtene er tatt inn i "
                "kapittel 5 og 6 og i tiltak 3–5.")
        + "<h2>3 Jordressursene</h2>"
        + paras("Sørdal har 19 500 dekar fulldyrka jord og 7 800 dekar innmarksbeite. I tillegg "
                "er om lag 9 000 dekar registrert som dyrkbar, mest i Nerdalen. Fra 2038 til "
                "2047 ble 312 dekar dyrka jord omdisponert, mest til boliger og næring rundt "
                "sentrum.")
        + table_html(["Område", "Fulldyrka (daa)", "Innmarksbeite (daa)", "Dyrkbar (daa)",
                      "Omdisponert 2038–2047 (daa)"], areal, "n")
        + "<h2>4 Jordvern i arealplanen</h2>"
        + paras("Vi foreslår at de største og mest sammenhengende jordbruksområdene blir vist "
                "som kjerneområder for landbruk i neste rullering av kommuneplanens arealdel. "
                "Nye boligfelt skal legges utenom dyrka jord, og sentrum skal fortettes før det "
                "tas ny jord i bruk.")
        + "<h2>5 Bruk og eierskifte</h2>"
        + paras("Antall aktive gårdsbruk har gått ned fra 118 i 2030 til 74 i 2047. Halvparten "
                "av brukerne er over 60 år, og på 19 bruk er det ikke avklart hvem som skal ta "
                "over. Mest utsatt er de små melkebrukene i Vestbygda og fjellgardene, der det "
                "kreves store investeringer for å drive videre.")
        + "<h2>6 Beite og utmark</h2>"
        + paras("Om lag 3 200 sau og 420 storfe slippes på utmarksbeite hver sommer, de fleste "
                "på Sørdalsfjellet. Beitelagene ønsker en felles plan for bruken av fjellet, med "
                "sanketider, gjerder og ferister. Vi foreslår at landbruket og fjellstyret "
                "lager en beitebruksplan for Sørdalsfjellet (tiltak 3).")
        + "<h2>7 Næringsfondet</h2>"
        + paras("Landbruket fikk 38 prosent av tilsagnene fra næringsfondet i perioden "
                "2044–2047. Retningslinjene for fondet blir revidert i egen sak etter at planen "
                "er vedtatt.")
        + "<h2>8 Handlingsdel</h2>"
        + paras("Tiltakene under følges opp gjennom årsbudsjettet og økonomiplanen.")
        + table_html(["Nr.", "Tiltak", "Ansvar", "Kostnad (kr)", "Når"], tiltak)
    )
    html_pdf(d / "plan.pdf", lang="nb", title="Kommunedelplan for landbruk 2049–2060", css=css,
             body=body)
    g = [
        P("4.1", q[0][1], "content", "covered", ev="Sørdal har 19 500 dekar",
          trap="a typed question 4.1 of 'Problemstillinger og utredningsbehov' in a PLANPROGRAM "
               "(number, tab, hanging indent; the questions end in '?'); points keep their "
               "numbers 4.1 … 4.6. Answered in other words (fulldyrka, innmarksbeite, dyrkbar) "
               "and a table by område"),
        P("4.2", q[1][1], "content", "covered", ev="Vi foreslår at de største",
          trap="answered without the word 'jordvern': kjerneområder for landbruk in the "
               "arealdel, boligfelt utenom dyrka jord"),
        P("4.3", q[2][1], "content", "partial", ev="Antall aktive gårdsbruk",
          missing=["hva kommunen kan gjøre for å legge til rette for generasjonsskifte"],
          trap="the chapter says which bruk are at risk; what the kommune will do for the "
               "generasjonsskifte is never said, in the chapter or in the handlingsdel — partial"),
        P("4.4", q[3][1], "content", "partial", ev="Om lag 3 200 sau",
          missing=["hvordan konfliktene med rovvilt og hyttebygging kan dempes"],
          trap="beitet is answered (a beitebruksplan, tiltak 3 and 4); rovvilt and "
               "hyttebygging are never named"),
        P("4.5", q[4][1], "content", "uncovered",
          trap="put off: 'Retningslinjene for fondet blir revidert i egen sak etter at planen "
               "er vedtatt' (the næringsfond named, nothing on how to prioritise)"),
        P("4.6", q[5][1], "deliverable", "covered", ev="Tiltakene under følges opp",
          trap="the handlingsdel table Nr. | Tiltak | Ansvar | Kostnad (kr) | Når"),
        P("S1", s1, "process", "covered", ev="Arbeidsgruppen startet opp",
          trap="a sentence of '5 Medvirkning' in running text, between a høring sentence "
               "about the planprogram (past) and the åpent møte at offentlig ettersyn (after "
               "the plan): only the middle sentence is a point. Met in the past-tense "
               "chapter '2 Slik har vi jobbet'. Chapters 1–3 and 6 (Organisering) are none"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Sørdal kommune | Planprogram – kommunedelplan for landbruk",),
                producer="PLANPROGRAM exported from Word (DejaVu Serif Condensed 10.5, nb-NO, "
                "running header, 'Side n', one page): '4 Problemstillinger og utredningsbehov' "
                "with typed questions 4.1–4.6 in a hanging indent, '5 Medvirkning' in running "
                "text; plan a web page printed with Chromium (DejaVu Sans 9.5, running title "
                "top right, bare page number), a process chapter in the past tense, an areal "
                "table and a handlingsdel table", points=g)


# =========================================================================== 2 vegar (nn)
@pair
def vegar(d: Path) -> dict:
    pts = [
        ("a", "gjere greie for standarden på dei kommunale vegane, bruene og gatelysa"),
        ("b", "rangere vegane etter kor mykje dei blir brukte og kor viktige dei er for "
              "busetnad og næringsliv"),
        ("c", "syne kva det vil koste å ta att etterslepet på vedlikehaldet"),
        ("d", "vurdere om nokre vegar bør omklassifiserast til private vegar"),
        ("e", "ha ein handlingsdel med prioriterte tiltak år for år"),
        ("f", "vurdere om brøytinga skal gjerast med eigne mannskap eller av entreprenørar"),
    ]
    s1 = ("Grendeutvala skal få uttale seg før planen blir lagd fram for kommunestyret innan "
          "1.oktober 2048.")
    lead = ("Kommunestyret gjev kommunedirektøren i oppdrag å utarbeide hovudplan for "
            "kommunale vegar for perioden 2049–2058. Planen skal ")
    run = ", ".join(f"{n}. {t}" for n, t in pts[:-1]) + f" og {pts[-1][0]}. {pts[-1][1]}."
    vedtak = lead + run + " " + s1
    css = ("@page{size:A4;margin:12mm 16mm 16mm 16mm;@bottom-right{content:'Side ' "
           "counter(page) ' av ' counter(pages);font:7.5pt 'Liberation Sans',sans-serif;"
           "color:#444}@bottom-left{content:'Utskrive frå sakshandsamingssystemet 21.10.2047';"
           "font:7.5pt 'Liberation Sans',sans-serif;color:#444}}"
           "body{font-family:'Liberation Sans',sans-serif;font-size:10pt;line-height:1.45;"
           "color:#111}.top{border-bottom:3px solid #7b2d26;padding-bottom:4px;"
           "margin-bottom:10px;font-size:8.5pt;color:#7b2d26}.top b{font-size:12pt}"
           "h1{font-size:14pt;margin:10px 0 6px}h2{font-size:10.5pt;margin:12px 0 3px;"
           "text-transform:uppercase;letter-spacing:.5px;color:#7b2d26}p{margin:0 0 6px}"
           "table.meta{border-collapse:collapse;font-size:9pt;margin-bottom:8px}"
           "table.meta td{padding:1px 14px 1px 0}.vedtak{border-left:3px solid #7b2d26;"
           "padding:2px 0 2px 9px}")
    body = (
        "<div class='top'><b>Hallingvik kommune</b><br>Møteprotokoll · Kommunestyret · "
        "18.10.2047</div>"
        "<table class='meta'><tr><td>Arkivsak</td><td>47/1180</td></tr><tr><td>Saksnr.</td>"
        "<td>PS 64/47</td></tr><tr><td>Sakshandsamar</td><td>Ola Haugen, einingsleiar "
        "kommunalteknikk</td></tr></table>"
        "<h1>Hovudplan for kommunale vegar 2049–2058 – oppstart</h1>"
        "<h2>Saksprotokoll i Kommunestyret – 18.10.2047</h2>"
        "<p><b>Handsaming:</b></p>"
        + paras("Senterpartiet ved Kari Lien sette fram framlegg om at også bruene skal vere "
                "med i planen. Kommunedirektøren sitt framlegg med endringa frå Senterpartiet "
                "vart samrøystes vedteke.")
        + "<p><b>Vedtak:</b></p>"
        f"<p class='vedtak'>{e(vedtak)}</p>"
        "<h2>Saksutgreiing (samandrag)</h2>"
        + paras("Hallingvik kommune har 84 km kommunale vegar, 23 bruer og om lag 1 100 "
                "gatelyspunkt. Det er ikkje laga nokon samla plan for vegane sidan 2031. "
                "Mange vegar har fått dårlegare dekke, og grøfter og stikkrenner er ikkje "
                "haldne ved like. Arbeidet blir gjort av kommunalteknikk innanfor "
                "driftsbudsjettet.")
    )
    html_pdf(d / "mandate.pdf", lang="nn", title="Møteprotokoll Kommunestyret 18.10.2047 PS 64/47",
             css=css, body=body)
    klasse = [
        ["A", "Vegar med gjennomgangstrafikk, skuleskyss eller busetnad på begge sider", "22",
         "Stølsvegen, Kyrkjevegen, Industrivegen, Skulevegen"],
        ["B", "Vegar til grender og gardar med fast busetnad", "41",
         "Nordsidevegen, Lia, Bakkevegen m.fl."],
        ["C", "Vegar til hytter, skogsområde og enkelthus", "21",
         "Fjellvegen, Myrvegen m.fl."],
    ]
    tiltak = [
        ["2049", "Stølsvegen", "Nytt dekke og grøfting, 2,4 km", "3 100 000"],
        ["2049", "Brua over Lia-elva", "Nytt rekkverk og fuger", "650 000"],
        ["2050", "Kyrkjevegen", "Nytt dekke, nye stikkrenner", "2 200 000"],
        ["2050", "Skulevegen", "Forsterking og fortau 300 m", "2 900 000"],
        ["2051", "Nordsidevegen", "Grøfting og grusdekke", "1 400 000"],
        ["2052", "Bakkevegen", "Nytt dekke, 1,1 km", "1 300 000"],
        ["2053–2058", "Andre B-vegar", "Etter tilstandsregistrering", "1 500 000 per år"],
    ]
    p = [
        ("title", "Hovudplan for kommunale vegar 2049–2058"),
        ("meta", "Hallingvik kommune · Kommunalteknikk · Framlegg, november 2048"),
        ("h1", "1 Bakgrunn"),
        ("p", "Vegane er ein av dei største verdiane kommunen eig. Etter mange år med lite "
              "vedlikehald har standarden gått ned, og det kostar meir å reparere skadane jo "
              "lenger vi ventar. Planen viser korleis vi vil bruke pengane dei neste ti åra."),
        ("h1", "2 Korleis planen er laga"),
        ("p", "Kommunalteknikk registrerte tilstanden på alle vegane og bruene sommaren 2048. "
              "I august og september møtte vi dei fem grendeutvala, og tre av dei sende "
              "skriftlege innspel. Innspela har særleg verka inn på prioriteringa av "
              "Nordsidevegen og Skulevegen."),
        ("h1", "3 Tilstanden i dag"),
        ("p", "Av dei 84 kilometrane er 31 km asfalterte og 53 km grusvegar. Registreringa viser "
              "at 19 km har så dårleg dekke at vegen må byggjast opp att, og at om lag ein "
              "tredjedel av stikkrennene er tette eller øydelagde. Av dei 23 bruene har fire "
              "skadar på rekkverk eller fuger; ingen har nedsett bereevne."),
        ("h1", "4 Kva vegar er viktigast"),
        ("p", "Vi har delt vegnettet i tre klassar ut frå trafikk, skuleskyss og kor mange som "
              "bur langs vegen. Klassen avgjer kor tidleg vegen kjem med i handlingsdelen og "
              "kva standard vi held vinterstid."),
        ("table", ["Klasse", "Kva vegar", "Km", "Døme"], klasse, [1.6, 7.4, 1.2, 6.2]),
        ("h1", "5 Etterslep"),
        ("p", "For å få alle vegane opp på ein forsvarleg standard trengst det om lag 46 mill. "
              "kr, medrekna bruene. Med dagens budsjett på 2,1 mill. kr i året tek det over "
              "tjue år å ta att etterslepet. Planen føreset at løyvinga blir auka til 4 mill. "
              "kr i året frå 2049."),
        ("h1", "6 Andre spørsmål"),
        ("p", "Nokre av C-vegane har få eller ingen fastbuande. Om desse skal gjerast om til "
              "private vegar, må avklarast i ei eiga sak. Brøytinga blir i dag gjort av fem "
              "lokale entreprenørar på kontrakt."),
        ("h1", "7 Handlingsdel 2049–2058"),
        ("p", "Tiltaka er prioriterte etter vegklasse og tilstand. Summane er overslag i "
              "2048-kroner."),
        ("table", ["År", "Veg / bru", "Tiltak", "Kostnad (kr)"], tiltak, [2.4, 4.0, 6.6, 3.4]),
        ("p", "Kommunestyret får planen til handsaming i møtet 19. november 2048."),
    ]
    docx_pdf(d / "plan.pdf", p, title="Hovudplan for kommunale vegar 2049–2058",
             author="Hallingvik kommune", font="Liberation Serif", size=11, lang="nn-NO",
             header="Hallingvik kommune – Hovudplan for kommunale vegar",
             footer="Side {PAGE} av {NUMPAGES}", accent="7B2D26", head_fill="F1E3E1")
    g = [
        P("a", pts[0][1], "content", "partial", ev="Av dei 84 kilometrane",
          missing=["standarden på gatelysa"],
          trap="a point run into the text of a kommunestyre's one-paragraph 'Vedtak:' ('Planen "
               "skal a. …, b. …, … og f. ….'); the first sentence (gjev kommunedirektøren i "
               "oppdrag å utarbeide) is the mandate. Points keep their letters a … f, text "
               "without the letter and the joining comma / ' og' / full stop. Vegar and bruer "
               "are answered; gatelysa are never named in the plan"),
        P("b", pts[1][1], "content", "covered", ev="Vi har delt vegnettet i tre",
          trap="answered in other words: three vegklassar by trafikk, skuleskyss and how many "
               "live along the road, and a table"),
        P("c", pts[2][1], "content", "covered", ev="For å få alle vegane opp",
          trap="'etterslep' in the heading; the answer is a sum (46 mill. kr)"),
        P("d", pts[3][1], "content", "uncovered",
          trap="put off: 'Om desse skal gjerast om til private vegar, må avklarast i ei eiga "
               "sak'"),
        P("e", pts[4][1], "deliverable", "covered", ev="Tiltaka er prioriterte etter",
          trap="the handlingsdel table År | Veg / bru | Tiltak | Kostnad (kr)"),
        P("f", pts[5][1], "content", "uncovered",
          trap="named in passing only: 'Brøytinga blir i dag gjort av fem lokale "
               "entreprenørar' — today's state, nothing vurdert"),
        P("S1", s1, "process", "partial", ev="Kommunalteknikk registrerte tilstanden",
          missing=["planen lagd fram for kommunestyret innan 1.oktober 2048"],
          trap="the sentence after the lettered points in the same paragraph: two demands; the "
               "grendeutval were met (past tense), but the plan goes to the kommunestyre on "
               "19 November 2048, after 1 October. Handsaming and Saksutgreiing are none"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Hallingvik kommune",),
                producer="a kommunestyre's SAKSPROTOKOLL, the case system's web view printed "
                "with Chromium (Liberation Sans 10, a top band with a rule, 'Side n av m' and a "
                "print line at the foot, one page): a meta table, the title, Handsaming, "
                "'Vedtak:' as one paragraph with the points a.–f. run into the text and a "
                "process sentence after them, a Saksutgreiing; plan exported from Word "
                "(Liberation Serif 11, nn-NO, running header, 'Side n av m'), a process chapter "
                "in the past tense, a vegklasse table and a handlingsdel table", points=g)


# =========================================================================== 3 belysning (sv)
@pair
def belysning(d: Path) -> dict:
    items = [
        "Inventera kommunens belysningsanläggningar och redovisa deras ålder och skick i "
        "varje tätort.",
        "Föreslå en plan för övergång till LED-armaturer och beräkna den energibesparing som "
        "det ger.",
        "Pröva vilka gång- och cykelvägar som behöver belysning för att upplevas som trygga, "
        "särskilt vid skolor och busshållplatser.",
        "Ta ställning till om belysningen längs enskilda vägar i byarna ska ägas och skötas av "
        "kommunen eller av vägföreningarna.",
        "Redovisa en åtgärdsplan med kostnader per år för perioden 2049–2053.",
    ]
    s1 = ("Under arbetet ska trygghetsvandringar genomföras tillsammans med polisen, "
          "skolornas elevråd och kommunala pensionärsrådet.")
    s2 = "Förslaget ska lämnas till samhällsbyggnadsnämnden senast den 30 april 2048."
    m = [
        ("title", "Uppdragsdirektiv"),
        ("meta", "Belysningsprogram för Ålsby kommun 2049–2060"),
        ("form", [["Uppdragsgivare", "Samhällsbyggnadsnämnden"],
                  ["Uppdragstagare", "Samhällsbyggnadsförvaltningen, gatuenheten"],
                  ["Beslutat", "2047-11-22, § 141"], ["Diarienummer", "SBN 2047/603"]],
         [38, 122]),
        ("h1", "Bakgrund"),
        ("p", "Kommunen äger cirka 4 300 belysningspunkter längs gator, gång- och cykelvägar och "
              "i parker. En stor del av anläggningarna sattes upp på 1970-talet och många "
              "armaturer innehåller kvicksilverlampor som inte längre får säljas. Elkostnaden "
              "för gatubelysningen har ökat kraftigt sedan 2044."),
        ("h1", "Syfte"),
        ("p", "Belysningsprogrammet ska ge nämnden underlag för att prioritera investeringar i "
              "belysning under de kommande åren och bidra till en tryggare utemiljö."),
        ("h1", "Uppdragets innehåll"),
        ("p", "I uppdraget ingår att"),
        *[("typed", f"{i}.", t, 7, 4) for i, t in enumerate(items, start=1)],
        ("h1", "Tidplan och samråd"),
        ("p", s1 + " " + s2 + " Därefter ska programmet antas av kommunfullmäktige."),
        ("h1", "Resurser"),
        ("p", "Uppdraget genomförs inom gatuenhetens budget. För inventeringen får konsult "
              "anlitas till en kostnad av högst 250 000 kr."),
    ]
    rl_pdf(d / "mandate.pdf", m, title="Uppdragsdirektiv – belysningsprogram",
           author="Ålsby kommun", family="LS", size=9.5, head_left="ÅLSBY KOMMUN",
           head_right="Samhällsbyggnadsnämnden · Dnr SBN 2047/603",
           foot=lambda n, t: f"{n}/{t}", accent="#5B3A87", head_fill="#EFEAF6")
    nu = [
        ["Ålsby tätort", "2 650", "1 120", "Godtagbart, många gamla stolpar i Väster"],
        ["Forsa", "720", "410", "Dåligt, rötskadade trästolpar"],
        ["Kvarnby", "430", "160", "Godtagbart"],
        ["Gång- och cykelvägar", "380", "90", "Bra"],
        ["Parker och motionsspår", "120", "70", "Dåligt, flera släckta"],
    ]
    atg = [
        ["2049", "Byte till LED i Forsa, nya stolpar på Bruksgatan", "2,8 mnkr"],
        ["2049", "Ny belysning på gång- och cykelvägen Skolstigen–Busstorget", "0,9 mnkr"],
        ["2050", "Byte till LED i Ålsby Väster", "3,1 mnkr"],
        ["2050", "Belysning vid busshållplatserna Kvarnby vägskäl och Forsa kyrka", "0,4 mnkr"],
        ["2051", "Byte till LED i Ålsby centrum och Öster", "3,4 mnkr"],
        ["2052", "Motionsspåret Ålsbyskogen, nya stolpar och LED", "1,2 mnkr"],
        ["2053", "Byte till LED i Kvarnby, styrsystem för hela kommunen", "2,2 mnkr"],
    ]
    css = ("@page{size:A4;margin:20mm 22mm 18mm 22mm;@top-left{content:'Belysningsprogram "
           "Ålsby kommun';font:italic 8pt 'Liberation Serif',serif;color:#5b3a87}"
           "@bottom-right{content:counter(page);font:8.5pt 'Liberation Sans',sans-serif}}"
           "body{font-family:'Liberation Sans',sans-serif;font-size:10.5pt;line-height:1.42;"
           "color:#1c1c1c}h1{font-size:21pt;color:#5b3a87;margin:0 0 2px}.ing{font-size:11pt;"
           "color:#555;margin-bottom:14px}h2{font-size:12.5pt;color:#5b3a87;margin:15px 0 4px}"
           "p{margin:0 0 7px}table{border-collapse:collapse;width:100%;font-size:9.5pt;"
           "margin:6px 0 10px}th{background:#5b3a87;color:#fff;text-align:left;padding:4px 6px;"
           "font-weight:normal}td{border-bottom:1px solid #cfc6de;padding:4px 6px;"
           "vertical-align:top}thead{display:table-header-group}tr{break-inside:avoid}")
    body = (
        "<h1>Belysningsprogram 2049–2060</h1><div class='ing'>Ålsby kommun · Förslag till "
        "samhällsbyggnadsnämnden, april 2048</div>"
        "<h2>1 Inledning</h2>"
        + paras("Bra belysning gör det tryggare att gå och cykla, minskar olyckorna och gör "
                "kommunen trevligare att röra sig i när det är mörkt. Programmet visar hur vi "
                "ska förnya belysningen och samtidigt sänka kostnaderna för el.")
        + "<h2>2 Så har programmet tagits fram</h2>"
        + paras("Inventeringen gjordes av en konsult under hösten 2047. I januari och februari "
                "2048 gick vi trygghetsvandringar i Ålsby, Forsa och Kvarnby tillsammans med "
                "polisen och elevråden på Ålsbyskolan och Forsa skola. Synpunkterna från "
                "vandringarna finns med i kapitel 5.",
                "Förslaget lämnades till samhällsbyggnadsnämnden den 17 april 2048.")
        + "<h2>3 Anläggningarna i dag</h2>"
        + paras("Tabellen visar hur många ljuspunkter kommunen har i varje område, hur många "
                "stolpar som är äldre än 40 år och hur inventeringen bedömde skicket.")
        + table_html(["Område", "Ljuspunkter", "Stolpar äldre än 40 år", "Bedömning"], nu)
        + "<h2>4 Övergång till LED</h2>"
        + paras("Alla kvicksilver- och natriumarmaturer byts till LED under åren 2049–2053, "
                "område för område, med början i Forsa där stolparna också måste bytas. De nya "
                "armaturerna kan dimras nattetid.")
        + "<h2>5 Trygga stråk</h2>"
        + paras("På trygghetsvandringarna pekade eleverna ut skolstigen mellan Ålsbyskolan och "
                "Busstorget som mörk och otrygg. Två busshållplatser på landsbygden saknar helt "
                "belysning. Dessa platser får belysning 2049 och 2050.")
        + "<h2>6 Belysning i byarna</h2>"
        + paras("I byarna finns cirka 300 ljuspunkter längs enskilda vägar. Vem som ska äga "
                "dem utreds i ett separat ärende under 2049.")
        + "<h2>7 Åtgärdsplan</h2>"
        + paras("Åtgärderna nedan ryms i investeringsbudgeten om nämnden avsätter omkring "
                "2,5 mnkr per år.")
        + table_html(["År", "Åtgärd", "Kostnad"], atg)
    )
    html_pdf(d / "plan.pdf", lang="sv", title="Belysningsprogram 2049–2060", css=css, body=body)
    g = [
        P("1", items[0], "content", "covered", ev="Tabellen visar hur många ljuspunkter",
          trap="a typed item 1.–5. of 'Uppdragets innehåll' in an UPPDRAGSDIREKTIV, under "
               "'I uppdraget ingår att' (no colon), each an infinitive sentence with a "
               "capital and a full stop; points keep their numbers. Answered row by row: the "
               "columns 'Stolpar äldre än 40 år' and 'Bedömning' (ålder, skick)"),
        P("2", items[1], "content", "partial", ev="Alla kvicksilver- och natriumarmaturer",
          missing=["den beräknade energibesparingen"],
          trap="the LED change is planned area by area; no saving is computed (only 'sänka "
               "kostnaderna för el' in the introduction)"),
        P("3", items[2], "content", "covered", ev="På trygghetsvandringarna pekade",
          trap="in other words: 'skolstigen', 'mörk och otrygg', two busshållplatser"),
        P("4", items[3], "content", "uncovered",
          trap="put off: 'Vem som ska äga dem utreds i ett separat ärende under 2049'"),
        P("5", items[4], "deliverable", "covered", ev="Åtgärderna nedan ryms",
          trap="the Åtgärdsplan table År | Åtgärd | Kostnad, 2049–2053"),
        P("S1", s1, "process", "partial", ev="Inventeringen gjordes av en konsult",
          missing=["kommunala pensionärsrådet med på trygghetsvandringarna"],
          trap="the first sentence of 'Tidplan och samråd' (running text); the process chapter "
               "in the past tense names polisen and the elevråd, never the pensionärsråd"),
        P("S2", s2, "process", "covered", ev="Förslaget lämnades till",
          trap="17 April 2048, before 30 April. The sentence on adoption by fullmäktige "
               "(after the plan), Bakgrund, Syfte and Resurser are none"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                drop=("ÅLSBY KOMMUN", "Samhällsbyggnadsnämnden · Dnr SBN 2047/603"),
                producer="UPPDRAGSDIREKTIV laid out with reportlab (Liberation Sans 9.5, running "
                "head with a rule, 'n/m' at the foot, one page): title, a form table, Bakgrund, "
                "Syfte, 'Uppdragets innehåll' with 'I uppdraget ingår att' and typed items "
                "1.–5. in a hanging indent, 'Tidplan och samråd' in running text, Resurser; "
                "plan a web page printed with Chromium (Liberation Sans 10.5, running title top "
                "left, bare page number), a process chapter in the past tense, an inventory "
                "table and an Åtgärdsplan table", points=g)


# =========================================================================== 4 frivillighed (da)
@pair
def frivillighed(d: Path) -> dict:
    opg = [
        ["Kortlægge foreninger, frivillige og frivillige sociale indsatser i kommunen",
         "Oversigt fordelt på lokalområder", "1.februar 2048"],
        ["Beskrive, hvordan kommunens egne institutioner kan samarbejde med frivillige",
         "Afsnit i strategien", "1.april 2048"],
        ["Afdække foreningernes behov for lokaler og foreslå, hvordan lokalefordelingen kan "
         "gøres enklere", "Notat om lokaler", "1.april 2048"],
        ["Inddrage foreninger, frivillige og Frivilligrådet i arbejdet",
         "Dialogmøder i lokalområderne", "Marts 2048"],
        ["Udarbejde forslag til indsatser med ansvar og tidsplan", "Handleplan",
         "1.maj 2048"],
        ["Fremlægge udkast til strategi for Kultur- og Fritidsudvalget", "Udkast til "
         "frivillighedsstrategi", "Juni 2048"],
    ]
    m = [
        ("title", "Kommissorium"),
        ("meta", "Frivillighedsstrategi 2049–2052 · Godkendt i Kultur- og Fritidsudvalget "
                 "9.november 2047, punkt 6"),
        ("h1", "Baggrund"),
        ("p", "I Hjortlund Kommune er omkring hver tredje borger frivillig. Foreningerne og de "
              "frivillige løfter mange opgaver i idræt, kultur og det sociale arbejde. Den "
              "nuværende frivillighedspolitik er fra 2039 og trænger til at blive fornyet."),
        ("h1", "Formål"),
        ("p", "Formålet er at udarbejde en frivillighedsstrategi, der styrker samarbejdet "
              "mellem kommunen, foreningerne og de frivillige, og som gør det lettere at være "
              "frivillig i Hjortlund."),
        ("h1", "Opgaver"),
        ("p", "Arbejdsgruppen skal løse følgende opgaver:"),
        ("table", ["Opgave", "Leverance", "Frist"], opg, [9.0, 4.6, 2.8]),
        ("h1", "Organisering"),
        ("p", "Arbejdsgruppen består af kultur- og fritidschefen (formand), en konsulent fra "
              "Social og Sundhed, to repræsentanter for Frivilligrådet og en medarbejder fra "
              "Frivilligcenter Hjortlund. Sekretariatet ligger i Kultur og Fritid."),
        ("h1", "Økonomi"),
        ("p", "Arbejdet løses inden for den eksisterende ramme. Udgifter til dialogmøderne "
              "afholdes af Kultur og Fritid."),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Kommissorium – Frivillighedsstrategi 2049–2052",
             author="Hjortlund Kommune", font="DejaVu Serif", size=10, lang="da-DK",
             header="Hjortlund Kommune · Kultur og Fritid", footer="{PAGE}/{NUMPAGES}",
             accent="1E5B63", head_fill="DCEBED")
    omr = [
        ["Hjortlund by", "96", "22", "Frivilligcenter, besøgsvenner, lektiecafé"],
        ["Nørreby", "41", "6", "Spisefællesskab for ældre"],
        ["Skovrup", "38", "4", "Kirkens korshær, genbrug"],
        ["Vesterlund", "39", "5", "Motionsvenner"],
        ["I alt", "214", "37", ""],
    ]
    ind = [
        ["1", "Fælles frivilligportal med opslag fra foreninger og institutioner",
         "Kultur og Fritid", "2049"],
        ["2", "Frivilligkoordinator på alle fire plejecentre", "Social og Sundhed", "2049"],
        ["3", "Årlig frivilligfest og pris til årets frivillige", "Kultur og Fritid",
         "Hvert år"],
        ["4", "Kursus i bestyrelsesarbejde og økonomi for foreningerne",
         "Frivilligcenter Hjortlund", "2050"],
        ["5", "Puljen til frivillige sociale aktiviteter gøres enklere at søge",
         "Social og Sundhed", "2050"],
        ["6", "Status på strategien i Kultur- og Fritidsudvalget", "Kultur og Fritid", "2051"],
    ]
    p = [
        ("title", "Frivillighedsstrategi 2049–2052"),
        ("meta", "Hjortlund Kommune · Udkast til politisk behandling, juni 2048"),
        ("h1", "Forord"),
        ("p", "Frivillige gør en forskel hver dag i Hjortlund – på sportspladsen, i "
              "spejderhytten og hos ældre, der ellers ville sidde alene. Med strategien vil vi "
              "gøre det lettere at være frivillig og at samarbejde med kommunen."),
        ("h1", "Sådan har vi arbejdet"),
        ("p", "Arbejdsgruppen har mødtes seks gange siden december 2047. I marts 2048 holdt vi "
              "dialogmøder i Hjortlund by, Nørreby og Skovrup, hvor 112 frivillige og "
              "foreningsfolk deltog. Frivilligrådet har læst og kommenteret udkastet to gange."),
        ("p", "Udvalget fik udkastet forelagt på sit møde den 12. juni 2048."),
        ("h1", "Det frivillige Hjortlund"),
        ("p", "Ifølge borgerpanelet 2047 er 34 procent af de voksne frivillige, i alt omkring "
              "8 500 personer. Vi har talt 214 foreninger og 37 frivillige sociale indsatser. De "
              "fleste ligger i Hjortlund by, men alle lokalområder har et aktivt foreningsliv."),
        ("table", ["Lokalområde", "Foreninger", "Sociale indsatser", "Eksempler"], omr,
         [40, 26, 30, 74]),
        ("h1", "Det fortalte de frivillige os"),
        ("p", "På dialogmøderne gik tre ting igen. Foreningerne bruger meget tid på regler og "
              "ansøgninger, og de vil gerne have én indgang til kommunen. Det er svært at finde "
              "nye bestyrelsesmedlemmer, især i de små foreninger i Skovrup og Vesterlund. Og "
              "mange unge vil gerne give en hånd med, men helst i korte forløb og ikke som "
              "fast medlem af en forening."),
        ("p", "Frivilligcenter Hjortlund formidlede 260 frivillige i 2047. Centret oplever, at "
              "flere ældre melder sig som frivillige, mens færre i alderen 30–50 år har tid."),
        ("h1", "Frivillige i kommunens hverdag"),
        ("p", "På plejecentrene kommer besøgsvenner, sangkor og cykelpiloter hver uge. Vi vil "
              "gøre det lettere for frivillige at komme ind på plejecentrene med en fast "
              "frivilligkoordinator på hvert center og en kort introduktion til nye "
              "frivillige."),
        ("h1", "Lokaler"),
        ("p", "Mange foreninger peger på, at det er svært at få lokaler. Lokalefordelingen "
              "tages op, når folkeoplysningspolitikken skal revideres."),
        ("h1", "Indsatser 2049–2052"),
        ("p", "Indsatserne nedenfor gennemføres i strategiperioden."),
        ("table", ["Nr.", "Indsats", "Ansvarlig", "Hvornår"], ind, [12, 86, 42, 30]),
    ]
    rl_pdf(d / "plan.pdf", p, title="Frivillighedsstrategi 2049–2052", author="Hjortlund Kommune",
           family="Helvetica", size=10, head_left="Hjortlund Kommune",
           head_right="Frivillighedsstrategi 2049–2052 · udkast",
           foot=lambda n, t: f"Side {n}", accent="#1E5B63", head_fill="#DCEBED")
    g = [
        P("1", opg[0][0], "content", "covered", ev="Ifølge borgerpanelet 2047",
          trap="a row of the table Opgave | Leverance | Frist under 'Opgaver' in a KOMMISSORIUM "
               "(the Opgave cells unnumbered; points 1 … 6 by row, text the Opgave cell; the "
               "Leverance and Frist cells are read with it). Answered by a table per "
               "lokalområde"),
        P("2", opg[1][0], "content", "partial", ev="På plejecentrene kommer",
          missing=["samarbejdet med frivillige i andre institutioner end plejecentrene"],
          trap="only the plejecentre are described; skoler, dagtilbud and the others are not"),
        P("3", opg[2][0], "content", "uncovered",
          trap="put off: 'Lokalefordelingen tages op, når folkeoplysningspolitikken skal "
               "revideres'"),
        P("4", opg[3][0], "process", "covered", ev="Arbejdsgruppen har mødtes seks",
          trap="process chapter in the past tense: dialogmøder in March 2048 (the row's "
               "frist), Frivilligrådet read the udkast"),
        P("5", opg[4][0], "deliverable", "covered", ev="Indsatserne nedenfor gennemføres",
          trap="the Indsatser table Nr. | Indsats | Ansvarlig | Hvornår"),
        P("6", opg[5][0], "process", "covered", ev="Udvalget fik udkastet forelagt",
          trap="12 June 2048, within the row's frist 'Juni 2048'. Baggrund, Formål, "
               "Organisering and Økonomi are none"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Hjortlund Kommune · Kultur og Fritid",),
                producer="KOMMISSORIUM exported from Word (DejaVu Serif 10, da-DK, running "
                "header, 'n/m' at the foot, one page): Baggrund, Formål, 'Opgaver' with a table "
                "Opgave | Leverance | Frist of six rows, Organisering, Økonomi; plan laid out "
                "with reportlab (Helvetica 10, running head with a rule, 'Side n'), a process "
                "chapter in the past tense, a table by lokalområde and an Indsatser table",
                points=g)


# =========================================================================== 5 burial (en)
@pair
def burial(d: Path) -> dict:
    b = [
        "the remaining capacity at St Anne's Road Cemetery and how many years of burials it "
        "represents",
        "options for new burial land, including the field east of the cemetery and the land "
        "the council owns at Holt Lane",
        "whether the council should provide natural or woodland burial",
        "a costed programme of works for the first five years",
    ]
    s1 = ("Local funeral directors, faith leaders and the parish councils of Amble and Holt "
          "should be consulted on the draft.")
    s2 = "The draft strategy should be ready for the Full Council meeting in March 2049."
    css = ("@page{size:A4;margin:22mm 24mm 20mm 24mm;@top-center{content:'Wexbridge Town "
           "Council · Burial Space Strategy · Scoping report';font:7.5pt 'DejaVu Serif',serif;"
           "color:#555}@bottom-center{content:'– ' counter(page) ' –';font:8pt 'DejaVu Serif',"
           "serif}}"
           "body{font-family:'DejaVu Serif',serif;font-size:10pt;line-height:1.5;color:#1a1a1a}"
           "h1{font-size:17pt;margin:0 0 4px;font-weight:bold}.meta{font-size:8.5pt;color:#555;"
           "border-top:1px solid #888;border-bottom:1px solid #888;padding:3px 0;"
           "margin-bottom:12px}h2{font-size:11pt;margin:14px 0 4px}p{margin:0 0 7px}"
           "ul{margin:2px 0 8px 0;padding-left:20px}li{margin-bottom:2px}")
    body = (
        "<h1>Burial Space Strategy: scoping report</h1>"
        "<div class='meta'>Report to the Environment and Amenities Committee, 7 December 2047 · "
        "Author: Town Clerk · Agenda item 9</div>"
        "<h2>1. Introduction</h2>"
        + paras("This report sets out the scope of a Burial Space Strategy for Wexbridge. The "
                "Committee is asked to agree the scope so that work can start in January 2048.")
        + "<h2>2. Background</h2>"
        + paras("The town council is the burial authority for Wexbridge and, by agreement, for "
                "the parishes of Amble and Holt. St Anne's Road Cemetery opened in 1962 and has "
                "been extended once. The churchyard at St Anne's has been closed for burials "
                "since 1961. Around 45 burials and 30 burials of ashes take place each year.")
        + "<h2>3. Scope</h2>"
        + paras("The strategy will cover the next twenty years. The plan should address:")
        + "<ul>" + "".join(f"<li>{e(t)}</li>" for t in b) + "</ul>"
        + paras("Cremation services and the closed churchyard are outside the scope.")
        + "<h2>4. Engagement</h2>"
        + paras(s1 + " " + s2 + " The Council will then consult the public for six weeks "
                "before the strategy is adopted.")
        + "<h2>5. Resources</h2>"
        + paras("The work will be carried out by the Town Clerk and the Amenities Officer, with "
                "a budget of £6,000 for a ground investigation.")
        + "<h2>6. Recommendation</h2>"
        + paras("That the Committee agrees the scope of the Burial Space Strategy as set out in "
                "this report.")
    )
    html_pdf(d / "mandate.pdf", lang="en-GB", title="Burial Space Strategy – scoping report",
             css=css, body=body)
    opts = [
        ["A", "Field east of the cemetery (county council farm)", "1.6 ha", "about 1,900",
         "Ground investigation found clay and a high water table in the lower half; the upper "
         "half is suitable. The county council is willing to sell."],
        ["B", "Re-use of unpurchased grave spaces in the 1962 section", "–", "about 120",
         "Possible, but only for graves never sold."],
        ["C", "Closing the cemetery to burials from outside the three parishes", "–", "–",
         "Would add about two years; not recommended."],
    ]
    works = [
        ["2049/50", "Purchase of the upper part of the field (Option A)", "85,000"],
        ["2049/50", "Planning application and drainage design", "18,000"],
        ["2050/51", "Access road, drainage and boundary hedge", "140,000"],
        ["2051/52", "First burial section laid out, 400 graves", "60,000"],
        ["2052/53", "Paths, benches and a water point", "25,000"],
        ["2053/54", "Review of the strategy and of fees", "–"],
    ]
    p = [
        ("title", "Burial Space Strategy 2049–2069"),
        ("meta", "Wexbridge Town Council · Draft for Full Council, March 2049"),
        ("h1", "1. Why we need a strategy"),
        ("p", "Every year the town council arranges around 45 burials and 30 burials of ashes "
              "for families from Wexbridge, Amble and Holt. Space at the cemetery is running "
              "out, and finding new land takes several years. This strategy sets out how we "
              "will make sure there is burial space for the next twenty years."),
        ("h1", "2. Who we talked to"),
        ("p", "In October and November 2048 we met the three funeral directors who work in the "
              "town, the vicar of St Anne's, the Methodist minister and the imam of the "
              "Wexbridge mosque. Amble Parish Council discussed the draft at its November "
              "meeting. Their comments led to the section for Muslim burials in the new "
              "ground."),
        ("h1", "3. How much space is left"),
        ("p", "A survey of the cemetery in spring 2048 found 312 unused full grave spaces and "
              "room for about 150 more plots for ashes. At the present rate this will last "
              "for around seven years, so new ground must be ready by 2055 at the latest."),
        ("h1", "4. New burial ground"),
        ("p", "We looked at three ways of providing more space. The table sums up what we "
              "found."),
        ("table", ["", "Option", "Area", "Graves", "Comments"], opts, [0.8, 4.2, 1.6, 2.0, 7.8]),
        ("p", "We recommend Option A, buying the upper part of the field east of the cemetery."),
        ("h1", "5. Other matters"),
        ("p", "Several people asked about woodland burial. This can be considered when the "
              "strategy is reviewed."),
        ("h1", "6. Programme 2049–2054"),
        ("p", "The costs below are estimates at 2048 prices and would be met from reserves "
              "and borrowing."),
        ("table", ["Year", "Work", "Cost (£)"], works, [2.4, 10.4, 3.0]),
        ("p", "The draft was reported to Full Council on 11 March 2049."),
    ]
    docx_pdf(d / "plan.pdf", p, title="Burial Space Strategy 2049–2069",
             author="Wexbridge Town Council", font="Liberation Sans", size=10, lang="en-GB",
             header="Wexbridge Town Council – Burial Space Strategy 2049–2069 (draft)",
             footer="Page {PAGE}", accent="2E4A3B", head_fill="E3E9E5")
    g = [
        P("1", b[0], "content", "covered", ev="A survey of the cemetery in spring",
          trap="a bullet under 'The plan should address:' in a town council's SCOPING REPORT "
               "(HTML list, lower case, no closing marks); points 1 … 4 by place. Answered in "
               "other words ('unused full grave spaces', 'around seven years')"),
        P("2", b[1], "content", "partial", ev="We looked at three ways",
          missing=["an assessment of the council-owned land at Holt Lane"],
          trap="the field east of the cemetery is assessed (Option A, a table row); Holt Lane "
               "is never named"),
        P("3", b[2], "content", "uncovered",
          trap="named in passing and put off: 'Several people asked about woodland burial. "
               "This can be considered when the strategy is reviewed.'"),
        P("4", b[3], "deliverable", "covered", ev="The costs below are estimates",
          trap="the programme table Year | Work | Cost (£), 2049/50–2053/54"),
        P("S1", s1, "process", "partial", ev="In October and November 2048",
          missing=["Holt Parish Council consulted"],
          trap="a sentence of '4. Engagement' in running text; the past-tense chapter names the "
               "funeral directors, faith leaders and Amble Parish Council, not Holt"),
        P("S2", s2, "process", "covered", ev="The draft was reported to Full Council",
          trap="11 March 2049, the March meeting. The public consultation sentence (after the "
               "draft), the out-of-scope sentence, Resources and the Recommendation are none"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Wexbridge Town Council · Burial Space Strategy · Scoping report",),
                producer="a town council's SCOPING REPORT to committee, a web page printed with "
                "Chromium (DejaVu Serif 10, running title at the top centre, '– n –' at the "
                "foot, one page): a meta line between rules, Introduction, Background, '3. "
                "Scope' with 'The plan should address:' and four HTML bullets, '4. Engagement' "
                "in running text, Resources, Recommendation; plan exported from Word "
                "(Liberation Sans 10, en-GB, running header, 'Page n'), a process chapter in "
                "the past tense, an options table and a programme table", points=g)


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.mandates_main)."""
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder=BUILDER)


BUILDER = "corpora/mandates-blind43/make_pairs.py"

if __name__ == "__main__":
    main(sys.argv[1:])
