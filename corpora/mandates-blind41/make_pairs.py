"""Build the forty-first blind batch of mandate/plan pairs under corpora/mandates-blind41/ and their gold.

Written on 2026-12-06 without reading plancheck's code. ORDINARY mandates of small
municipalities, one or two pages, on surfaces of this batch's own: a bokmål SAKSFRAMLEGG with
'Saksgang' table whose 'Formannskapet vedtok enstemmig:' points are typed '1)' … '7)' and run over
the page break (Word → PDF); a nynorsk PLANPROGRAM with 'Føremål med planarbeidet' bullets and a
'Medverknad og framdrift' paragraph (Word → PDF); a Swedish PROTOKOLLSUTDRAG of an arbetsutskott
('§ 87', 'Beslut', 'Uppdraget innebär att förvaltningen ska' and dash bullets, printed from the
meeting system with Chromium); a Danish POLITISK BESTILLING with 'Vi ønsker, at planen' bullets
and 'Proces' sentences (reportlab); an English CABINET REPORT whose 'Recommendations' are typed
1.–7., one with i)–iii) sub-points (Word → PDF). Plans answer mostly in other words: a chapter,
a table of measures row by row, a process chapter in the past tense.

    python corpora/mandates-blind41/make_pairs.py               # all pairs
    python corpora/mandates-blind41/make_pairs.py --verify      # gold quotes against pdftotext
    python corpora/mandates-blind41/make_pairs.py --twice       # build twice, compare sha256

Imports the twentieth batch's builder (P, verify, the construction check) and the
thirty-third batch's three document writers (docx_pdf, rl_pdf, html_pdf, called with this
batch's own fonts, sizes, headers, footers and colours) through pairkit, and blindkit's sha256
checks. Nothing of the earlier batches is edited.
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
docx_pdf, rl_pdf = _b33.docx_pdf, _b33.rl_pdf


def html_pdf(pdf: Path, **kw) -> Path:
    """Batch 33's Chromium print, then the tagged PDF's structure-element ids ('/ID
    (node00000027)') renumbered by rank: Chromium numbers them from a DOM counter that can be off
    by one between two runs, which broke --twice. Same width, same order, so offsets, the xref and
    the sorted IDTree stay valid."""
    import re

    _b33.html_pdf(pdf, **kw)
    data = pdf.read_bytes()
    ids = sorted(set(re.findall(rb"node(\d{8})", data)), key=int)
    rank = {v: b"%08d" % (i + 1) for i, v in enumerate(ids)}
    pdf.write_bytes(re.sub(rb"node(\d{8})", lambda m: b"node" + rank[m.group(1)], data))
    return pdf

PAIRS, pair = pk.pair_registry()


def e(s: str) -> str:
    return _h.escape(s)


def paras(*texts: str) -> str:
    return "".join(f"<p>{e(t)}</p>" for t in texts)


def table_html(head: list[str], rows: list[list[str]], cls: str = "") -> str:
    th = "".join(f"<th>{e(c)}</th>" for c in head)
    tr = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table class='{cls}'><thead><tr>{th}</tr></thead><tbody>{tr}</tbody></table>"


# =========================================================================== 1 idrett (nb)
@pair
def idrett(d: Path) -> dict:
    order = ("Det utarbeides en kommunedelplan for idrett, fysisk aktivitet og friluftsliv for "
             "perioden 2049–2052. Kultursjefen er prosjektleder.")
    v = {
        2: "Planen skal gi en oversikt over kommunens anlegg for idrett og friluftsliv, med "
           "tilstand og behov for rehabilitering.",
        3: "Planen skal ha et prioritert handlingsprogram for anlegg det kan søkes spillemidler "
           "til, både ordinære anlegg og nærmiljøanlegg.",
        4: "Behovet for en ny flerbrukshall ved Bjørkelid skole utredes, herunder plassering og "
           "årlige driftsutgifter.",
        5: "Tilbudet til barn og unge som ikke er med i organisert idrett, og tilbudet til "
           "eldre, skal omtales særskilt.",
        6: "Idrettsrådet, lag og foreninger og ungdomsrådet trekkes med i arbeidet.",
        7: "Planforslaget legges fram for kommunestyret innen 1.april 2049.",
    }
    m = [
        ("p", "Saksbehandler: Trine Haugli\tArkiv: FA-C20\tArkivsaksnr.: 48/1187"),
        ("table", ["Saksnr.", "Utvalg", "Møtedato"],
         [["088/48", "Formannskapet", "03.11.2048"]], [3.0, 8.0, 4.0]),
        ("title", "Oppstart – kommunedelplan for idrett og fysisk aktivitet 2049–2052"),
        ("h2", "Bakgrunn"),
        ("p", "Bjørkelid kommune har hatt en kommunedelplan for idrett og fysisk aktivitet siden "
              "2036. Gjeldende plan gikk ut i 2047 og er forlenget ett år i påvente av en ny "
              "plan. Kulturdepartementet krever at anlegg det søkes spillemidler til, skal være "
              "med i en vedtatt kommunal plan som er rullert i løpet av de siste fire årene. "
              "Uten en ny plan kan verken kommunen eller idrettslagene søke om spillemidler for "
              "2050."),
        ("h2", "Saksopplysninger"),
        ("p", "Kommunen eier 14 anlegg for idrett og friluftsliv, blant annet Bjørkelidhallen, "
              "kunstgressbanen på Moen, svømmehallen ved ungdomsskolen og lysløypa i Åsmarka. "
              "Flere av anleggene ble bygget på 1980-tallet og har behov for oppgradering. "
              "Idrettslagene eier i tillegg skistadion på Lia, to grusbaner og en skytebane."),
        ("p", "Bjørkelidhallen er fullbooket på ettermiddag og kveld fra oktober til april, og "
              "både håndballgruppa og turngruppa har søkt om flere timer. Idrettsrådet har i "
              "brev av 12. mai 2048 bedt kommunen om å vurdere en ny hall ved Bjørkelid skole, "
              "som også mangler gymsal av forskriftsmessig størrelse."),
        ("p", "Ungdata-undersøkelsen fra 2047 viser at andelen ungdom som trener i et "
              "idrettslag, har gått ned fra 61 til 48 prosent på seks år. Samtidig er det flere "
              "som trener på egen hånd, i treningsstudio eller ute. Folkehelseoversikten peker "
              "på at inaktivitet blant eldre er en økende utfordring."),
        ("h2", "Vurdering"),
        ("p", "Kommunedirektøren anbefaler at planen får et noe bredere innhold enn den "
              "gjeldende planen, slik at også egenorganisert aktivitet og friluftsliv blir tatt "
              "med. Arbeidet gjøres innenfor kulturenhetens budsjett. Det er ikke behov for "
              "planprogram, da planen ikke fastsetter rammer for utbygging."),
        ("h2", "Behandling i Formannskapet 03.11.2048"),
        ("p", "Ole Brenna (Sp) foreslo nytt punkt om tilbudet til eldre, innarbeidet i punkt 5. "
              "Kommunedirektørens innstilling med tillegget ble enstemmig vedtatt."),
        ("bold", "Formannskapet vedtok enstemmig:"),
        ("typed", "1)", order, 0.8, 0.0),
        *[("typed", f"{k})", t, 0.8, 0.0) for k, t in v.items()],
    ]
    docx_pdf(d / "mandate.pdf", m, title="Saksframlegg 088/48 – Oppstart kommunedelplan idrett",
             author="Bjørkelid kommune", font="Liberation Sans", size=11, lang="nb-NO",
             header="Bjørkelid kommune", footer="Side {PAGE} av {NUMPAGES}",
             accent="000000", head_fill="DDDDDD")
    anlegg = [
        ["Bjørkelidhallen", "1984", "Middels", "Nytt gulv og ventilasjon"],
        ["Svømmehallen, ungdomsskolen", "1979", "Dårlig", "Rehabilitering av basseng og "
         "garderober"],
        ["Kunstgressbanen på Moen", "2038", "God", "Nytt dekke innen 2053"],
        ["Lysløypa i Åsmarka, 4 km", "1991", "Middels", "LED-lys, drenering av 600 m"],
        ["Tursti rundt Bjørkevatnet", "2029", "God", "Ingen"],
        ["Skistadion på Lia (idrettslaget)", "1996", "Middels", "Snøproduksjon"],
        ["Ballbinge, Nordre Moen", "2031", "Dårlig", "Nytt dekke og vant"],
    ]
    prog = [
        ["1", "Rehabilitering av svømmehallen", "Kommunen", "38,0", "2050"],
        ["2", "LED-lys og drenering, lysløypa i Åsmarka", "Kommunen", "2,4", "2050"],
        ["3", "Snøproduksjonsanlegg, Lia skistadion", "Bjørkelid IL", "3,1", "2051"],
        ["4", "Nytt gulv og ventilasjon, Bjørkelidhallen", "Kommunen", "6,5", "2051"],
        ["5", "Klubbhus med garderober, Moen", "Bjørkelid IL", "4,8", "2052"],
    ]
    css = ("@page{size:A4;margin:17mm 18mm 18mm 22mm;@top-right{content:'Kommunedelplan for "
           "idrett, fysisk aktivitet og friluftsliv 2049–2052';font:7.5pt 'DejaVu Sans',"
           "sans-serif;color:#4a4a4a}@bottom-left{content:counter(page);font:8pt 'DejaVu Sans',"
           "sans-serif;color:#4a4a4a}}"
           "body{font-family:'DejaVu Serif',serif;font-size:9.5pt;line-height:1.45;color:#111}"
           "h1{font-family:'DejaVu Sans',sans-serif;font-size:17pt;color:#0b5e3c;margin:0}"
           ".under{font-family:'DejaVu Sans',sans-serif;font-size:9pt;color:#555;"
           "margin:3px 0 14px}h2{font-family:'DejaVu Sans',sans-serif;font-size:11.5pt;"
           "color:#0b5e3c;margin:14px 0 3px}p{margin:0 0 6px}"
           "table{border-collapse:collapse;width:100%;font-size:8.5pt;margin:5px 0 9px}"
           "th{background:#dcebe3;text-align:left;padding:3px 5px;border:1px solid #9bbfad}"
           "td{padding:3px 5px;border:1px solid #9bbfad;vertical-align:top}"
           "thead{display:table-header-group}tr{break-inside:avoid}")
    body = (
        "<h1>Kommunedelplan for idrett, fysisk aktivitet og friluftsliv 2049–2052</h1>"
        "<div class='under'>Bjørkelid kommune · Forslag til kommunestyret, mars 2049</div>"
        "<h2>1 Innledning</h2>"
        + paras("Planen er kommunens verktøy for å prioritere mellom anleggsprosjekter og for "
                "å få flere innbyggere i aktivitet. Den er også grunnlaget for søknader om "
                "spillemidler, både fra kommunen og fra lagene.")
        + "<h2>2 Slik har vi jobbet</h2>"
        + paras("Kulturenheten har ledet arbeidet, med folkehelsekoordinator og eiendom i "
                "prosjektgruppen. Alle lag og foreninger fikk et spørreskjema i desember 2048, "
                "og 19 av 26 svarte. Idrettsrådet hadde to arbeidsmøter med prosjektgruppen i "
                "januar, og ungdomsrådet kom med innspill på sitt møte 15. januar 2049. "
                "Ungdomsrådet ønsket seg først og fremst et sted å være aktiv uten å være "
                "medlem av et lag.",
                "Formannskapet drøftet utkastet 24. februar, og kommunestyret behandler "
                "planforslaget 26. mars 2049.")
        + "<h2>3 Hva har vi i dag?</h2>"
        + paras("Tabellen viser de viktigste anleggene, når de ble bygget, hvordan de ble "
                "vurdert ved befaringen i november 2048, og hva som må gjøres.")
        + table_html(["Anlegg", "Bygget", "Tilstand", "Hva må gjøres"], anlegg)
        + "<h2>4 Aktivitet utenfor klubbene</h2>"
        + paras("Stadig flere ungdommer trener på egen hånd. Vi vil derfor åpne "
                "Bjørkelidhallen for fri trening fredag kveld med voksenvakt, låne ut utstyr "
                "gratis gjennom BUA, og bygge en parkoursone ved ungdomsskolen sammen med "
                "elevrådet. Aktivitetskortet gir barn i familier med lav inntekt gratis "
                "deltakelse i to aktiviteter.")
        + "<h2>5 Hall ved Bjørkelid skole</h2>"
        + paras("Spørsmålet om ny flerbrukshall tas opp i en egen sak om skolebygg høsten 2049.")
        + "<h2>6 Handlingsprogram 2050–2052</h2>"
        + paras("Anleggene under er satt opp i prioritert rekkefølge. Kostnaden er oppgitt i "
                "millioner kroner, og det søkes spillemidler til alle fem. Nærmiljøanlegg "
                "prioriteres ved neste rullering av planen.")
        + table_html(["Nr.", "Anlegg", "Eier", "Kostnad (mill. kr)", "Søkes"], prog)
    )
    html_pdf(d / "plan.pdf", lang="nb", title="Kommunedelplan for idrett 2049–2052", css=css,
             body=body)
    g = [
        P("2", v[2], "content", "covered", ev="Tabellen viser de viktigste anleggene",
          trap="a point typed '2)' (a hanging indent, the number and a tab) under 'Formannskapet "
               "vedtok enstemmig:' at the end of a SAKSFRAMLEGG; point 1) (det utarbeides en "
               "plan …) is the mandate, not a point; points 2 … 7 by their number, text the "
               "whole sentence. Answered by the table's columns Tilstand | Hva må gjøres"),
        P("3", v[3], "deliverable", "partial", ev="Anleggene under er satt opp",
          missing=["nærmiljøanlegg i handlingsprogrammet"],
          trap="the programme lists five ordinary anlegg; nærmiljøanlegg are put off to the "
               "next rullering in the introducing paragraph"),
        P("4", v[4], "content", "uncovered",
          trap="the first point after the mandate's page break (points 1) … 3) on page 1, "
               "4) … 7) on page 2). Put off: '5 Hall ved Bjørkelid skole' has one sentence, 'tas opp i en egen sak "
               "… høsten 2049'; no plassering, no driftsutgifter"),
        P("5", v[5], "content", "partial", ev="Stadig flere ungdommer trener",
          missing=["tilbudet til eldre"],
          trap="in other words ('trener på egen hånd', 'utenfor klubbene'); the eldre added by "
               "the formannskap are never named in the plan"),
        P("6", v[6], "process", "covered", ev="Kulturenheten har ledet arbeidet",
          trap="the process chapter in the past tense: spørreskjema to all lag, idrettsrådet's "
               "arbeidsmøter, ungdomsrådet's møte"),
        P("7", v[7], "process", "covered", ev="Formannskapet drøftet utkastet",
          trap="'1.april' typed without a space; kommunestyret treats the plan 26 March 2049, "
               "before the deadline (the second paragraph of '2 Slik har vi jobbet'). Bakgrunn, Saksopplysninger, Vurdering (budget, no "
               "planprogram) and Behandling are none"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Bjørkelid kommune",),
                producer="a SAKSFRAMLEGG exported from Word (Liberation Sans 11, nb-NO, running "
                "header, 'Side n av m', two pages): the saksbehandler line with tabs, a Saksgang "
                "table Saksnr. | Utvalg | Møtedato, Bakgrunn, Saksopplysninger, Vurdering, "
                "Behandling, 'Formannskapet vedtok enstemmig:' and seven points typed '1)' … '7)' "
                "in a hanging indent, running over the page break; plan the kommune's web page "
                "printed with Chromium (DejaVu Serif 9.5, running title top right, bare page "
                "number bottom left), a process chapter in the past tense, an anlegg table and a "
                "handlingsprogram table", points=g)


# =========================================================================== 2 bustad (nn)
@pair
def bustad(d: Path) -> dict:
    b = [
        "gi ei oversikt over bustadbehovet fram mot 2060, fordelt på aldersgrupper og bygder",
        "leggje til rette for fleire utleigebustader og for bustader til unge i "
        "etableringsfasen",
        "vurdere korleis kommunen best kan nytte dei kommunale tomtene på Nesje og i Bøfjorden",
        "avklare kva rolle kommunen skal ha i bustadbygginga, mellom anna om det er aktuelt å "
        "skipe eit kommunalt bustadselskap",
        "sjå på behovet for tilrettelagde bustader for eldre og for personar med nedsett "
        "funksjonsevne",
    ]
    s1 = "Kommunen vil invitere til ope møte på Nesje og i Bøfjorden i april 2049."
    s2 = ("Eldrerådet, ungdomsrådet og rådet for personar med funksjonsnedsetjing skal få "
          "utkastet til uttale før planen vert send på høyring.")
    s3 = "Planforslaget skal leggjast fram for formannskapet innan utgangen av september 2049."
    m = [
        ("title", "Planprogram"),
        ("h2", "Bustadpolitisk plan for Hovland kommune 2050–2061"),
        ("meta", "Fastsett av formannskapet 9.3.2049, sak 21/49"),
        ("h1", "1  Bakgrunn"),
        ("p", "Hovland har i fleire år hatt for få bustader til dei som vil flytte hit. "
              "Bedriftene i Bøfjorden melder at dei mistar folk fordi det ikkje finst bustader "
              "å leige, og mange eldre bur i store einebustader som er tungvinte å halde ved "
              "like. Kommunal planstrategi 2048–2051 peikar på at kommunen treng ein "
              "bustadpolitisk plan."),
        ("h1", "2  Føremål med planarbeidet"),
        ("p", "Føremålet med planarbeidet er å:"),
        ("bullets", b),
        ("h1", "3  Avgrensing"),
        ("p", "Planen tek ikkje stilling til nye bustadområde. Det vert gjort når arealdelen "
              "av kommuneplanen vert rullert i 2051. Planen er ein temaplan etter plan- og "
              "bygningslova § 10-1 og får ein handlingsdel som vert rullert kvart år."),
        ("h1", "4  Medverknad og framdrift"),
        ("p", f"Oppstart vert kunngjort på kommunen si nettside og i Hovlandsposten. {s1} {s2} "
              f"{s3} Planen skal etter høyringa vedtakast av kommunestyret i desember 2049."),
        ("table", ["Fase", "Tid"],
         [["Oppstart og kunngjering", "Mars 2049"], ["Innspel og opne møte", "April–mai 2049"],
          ["Utkast til råda", "August 2049"], ["Høyring", "Oktober–november 2049"],
          ["Vedtak i kommunestyret", "Desember 2049"]], [8.0, 5.0]),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Planprogram – Bustadpolitisk plan 2050–2061",
             author="Hovland kommune", font="DejaVu Sans", size=9.5, lang="nn-NO",
             header="Hovland kommune · Planprogram bustadpolitisk plan",
             footer="{PAGE}", accent="8A3B12", head_fill="F4E6DC")
    folk = [
        ["Nesje", "1 640", "1 590", "52", "190", "40"],
        ["Bøfjorden", "1 120", "1 180", "31", "120", "35"],
        ["Hovlandsøyra", "540", "470", "22", "75", "10"],
        ["Heile kommunen", "3 300", "3 240", "105", "385", "85"],
    ]
    tomt = [
        ["Nesje sentrum", "6", "Leilegheiter for eldre, sal til utbyggjar"],
        ["Nesjeåsen", "14", "Einebustader, sal til private"],
        ["Bøfjorden kai", "4", "Utleigebustader, kommunen byggjer sjølv"],
        ["Bøfjorden nord", "11", "Ligg som reserve til etter 2055"],
    ]
    tiltak = [
        ["Åtte kommunale utleigebustader på Bøfjorden kai", "Eigedom", "2051"],
        ["Tilskot til private utleigehusvære, 50000 kr per bustad", "Plan og utvikling",
         "Frå 2050"],
        ["Sal av tomtene i Nesjeåsen", "Eigedom", "2050"],
        ["Bufellesskap med seks plassar, Nesje", "Helse og omsorg", "2052"],
        ["Rettleiing om tilpassing av eigen bustad", "Helse og omsorg", "Kvart år"],
    ]
    p = [
        ("title", "Bustadpolitisk plan 2050–2061"),
        ("meta", "Hovland kommune · Høyringsutkast oktober 2049"),
        ("h1", "1 Samandrag"),
        ("p", "Hovland treng fleire små bustader, fleire bustader å leige og fleire bustader "
              "som passar for dei som treng hjelp i kvardagen. Planen byggjer på SSB si "
              "framskriving og på innspela frå dei opne møta."),
        ("h1", "2 Korleis planen er laga"),
        ("p", "Arbeidet starta i mars 2049. Vi heldt ope møte på Nesje skule 15. april og på "
              "Bø samfunnshus 22. april 2049, med til saman 85 deltakarar. Eldrerådet, "
              "ungdomsrådet og rådet for personar med funksjonsnedsetjing fekk utkastet i "
              "august og gav uttale i møta sine i september. Formannskapet handsama "
              "planforslaget 2. oktober 2049 og sende det på høyring."),
        ("h1", "3 Kven skal bu i Hovland?"),
        ("p", "SSB si framskriving viser at folketalet vil halde seg om lag som i dag. Det vert "
              "nokre færre barn og unge, talet på vaksne i arbeid held seg, og talet på "
              "innbyggjarar over 80 år meir enn doblar seg fram mot 2060. Tabellen viser talet "
              "for kvar bygd og kor mange nye bustader vi reknar med trengst."),
        ("table", ["Bygd", "Innb. 2049", "Innb. 2060", "Over 80 år 2049", "Over 80 år 2060",
                   "Nye bustader"], folk, [32, 24, 24, 30, 30, 26]),
        ("h1", "4 Bustader å leige"),
        ("p", "Det er nesten ikkje bustader å leige i Hovland, og dei få som finst, vert "
              "leigde ut utan annonse. Kommunen vil sjølv byggje åtte utleigebustader på "
              "Bøfjorden kai og gi private som byggjer eit utleigehusvære i eigen bustad, eit "
              "tilskot."),
        ("h1", "5 Dei kommunale tomtene"),
        ("p", "Kommunen eig 35 ledige bustadtomter. Tabellen viser kva vi rår til for kvart "
              "område."),
        ("table", ["Område", "Ledige tomter", "Tilrådd bruk"], tomt, [40, 28, 98]),
        ("h1", "6 Bustader med tilrettelegging"),
        ("p", "Om lag 40 av dei som i dag bur i eigen heim, vil trenge ein bustad utan trapper "
              "og med plass til hjelpemiddel innan 2060. Omsorgsbustadene på Nesje er fulle. "
              "Unge vaksne med utviklingshemming bur i dag hos foreldra sine eller i "
              "nabokommunen; eit bufellesskap med seks plassar på Nesje skal gi dei eit "
              "tilbod heime."),
        ("h1", "7 Kommunen si rolle"),
        ("p", "Kva rolle kommunen skal ha i bustadbygginga, og om kommunen skal eige og drive "
              "bustader gjennom eit eige selskap, vert vurdert i eiga sak etter kommunevalet."),
        ("h1", "8 Handlingsdel 2050–2053"),
        ("table", ["Tiltak", "Ansvar", "Når"], tiltak, [92, 44, 30]),
    ]
    rl_pdf(d / "plan.pdf", p, title="Bustadpolitisk plan 2050–2061", author="Hovland kommune",
           family="LS", size=9.5, head_left="Bustadpolitisk plan 2050–2061",
           head_right="Høyringsutkast", foot=lambda n, t: f"Side {n}", accent="#8A3B12",
           head_fill="#F4E6DC")
    g = [
        P("1", b[0], "content", "covered", ev="SSB si framskriving viser",
          trap="a '•' bullet (Word's List Bullet) under 'Føremålet med planarbeidet er å:' in "
               "'2 Føremål med planarbeidet' of a PLANPROGRAM; bullets numbered 1 … 5 by place, "
               "text without bullet (infinitives, no closing marks). Answered by a table per "
               "bygd; aldersgrupper in other words ('barn og unge', 'vaksne i arbeid', 'over "
               "80 år')"),
        P("2", b[1], "content", "partial", ev="Det er nesten ikkje bustader",
          missing=["bustader til unge i etableringsfasen"],
          trap="utleige is answered in '4 Bustader å leige'; the unge are never named"),
        P("3", b[2], "content", "covered", ev="Kommunen eig 35 ledige bustadtomter",
          trap="answered row by row: the table's column 'Tilrådd bruk' for the areas at Nesje "
               "and Bøfjorden"),
        P("4", b[3], "content", "uncovered",
          trap="put off: '7 Kommunen si rolle' has one sentence that names both halves of the "
               "point and 'vert vurdert i eiga sak etter kommunevalet'"),
        P("5", b[4], "content", "covered", ev="Om lag 40 av dei som i dag",
          trap="in other words: 'bustad utan trapper og med plass til hjelpemiddel' for the "
               "eldre, 'unge vaksne med utviklingshemming' for personar med nedsett "
               "funksjonsevne"),
        P("S1", s1, "process", "covered", ev="Arbeidet starta i mars 2049",
          trap="first of three process sentences in the paragraph of '4 Medverknad og "
               "framdrift' (S1 … S3 by order); the kunngjering sentence before them and the "
               "vedtak after høyringa are none. Met: open meetings 15 and 22 April"),
        P("S2", s2, "process", "covered", ev="Arbeidet starta i mars 2049",
          trap="the process chapter in the past tense: all three råd gave uttale in September, "
               "before the høyring"),
        P("S3", s3, "process", "uncovered",
          trap="not met: formannskapet had the plan 2 October 2049, after the end of September. "
               "The framdrift table (Fase | Tid) restates the phases and is none; Bakgrunn and "
               "Avgrensing are none"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Hovland kommune · Planprogram bustadpolitisk plan",),
                producer="a PLANPROGRAM exported from Word (DejaVu Sans 9.5, nn-NO, running "
                "header, bare page number, one page): Bakgrunn, 'Føremål med planarbeidet' with "
                "'Føremålet med planarbeidet er å:' and five '•' bullets, Avgrensing, "
                "'Medverknad og framdrift' (a paragraph with three process sentences) and a "
                "Fase | Tid table; plan laid out with reportlab (Liberation Sans 9.5, running "
                "head with a rule, 'Side n'), a process chapter in the past tense, a bygd table, "
                "a tomt table with the proposal per row and a handlingsdel table", points=g)


# =========================================================================== 3 gronplan (sv)
@pair
def gronplan(d: Path) -> dict:
    order = ("Arbetsutskottet ger samhällsbyggnadsförvaltningen i uppdrag att ta fram en grönplan "
             "för Tallåsa tätort.")
    u = [
        "inventera parker, grönområden och tätortsnära natur i Tallåsa och bedöma deras "
        "kvaliteter",
        "föreslå riktlinjer för hur långt det högst får vara från bostaden till närmaste park "
        "eller grönområde",
        "föreslå åtgärder som gynnar den biologiska mångfalden, till exempel ängsmark och fler "
        "träd längs gatorna",
        "redovisa hur grönytorna påverkas av den planerade utbyggnaden i Västra Tallåsa",
        "genomföra en medborgardialog där bland annat skolor och föreningar får komma till tals",
        "redovisa grönplanen för arbetsutskottet senast 2049-10-15",
    ]
    css = ("@page{size:A4;margin:14mm 16mm 14mm 16mm}"
           "body{font-family:'Liberation Sans',sans-serif;font-size:10pt;line-height:1.4;"
           "color:#000}.hd{display:flex;justify-content:space-between;border-bottom:1.5px solid "
           "#000;padding-bottom:4px;margin-bottom:10px}.hd .k{font-size:14pt;font-weight:bold;"
           "letter-spacing:1px}.hd .r{text-align:right;font-size:8.5pt}.hd .r b{font-size:10pt}"
           ".par{display:flex;gap:18px;margin:12px 0 2px}.par .n{font-weight:bold;width:50px}"
           ".par .dnr{font-size:9pt}h1{font-size:12pt;margin:0 0 10px 68px}"
           ".sect{margin-left:68px}h2{font-size:10pt;margin:12px 0 3px}p{margin:0 0 6px}"
           "ul.d{list-style:none;padding-left:16px;margin:2px 0 8px}"
           "ul.d li{text-indent:-12px;margin-bottom:2px}ul.d li::before{content:'\\2013';"
           "display:inline-block;width:12px;text-indent:0}"
           ".sig{display:flex;gap:0;margin-top:22px;font-size:8pt}.sig div{border:1px solid #000;"
           "padding:2px 5px 18px;width:33%}")
    body = (
        "<div class='hd'><div><div class='k'>TALLÅSA KOMMUN</div>"
        "<div>Kommunstyrelsens arbetsutskott</div></div>"
        "<div class='r'><b>SAMMANTRÄDESPROTOKOLL</b><br>Sammanträdesdatum 2049-02-14<br>"
        "Sida 7 (12)</div></div>"
        "<div class='par'><div class='n'>§ 87</div><div class='dnr'>Dnr KS 2048/512</div></div>"
        "<h1>Uppdrag att ta fram en grönplan för Tallåsa tätort</h1>"
        "<div class='sect'><h2>Beslut</h2>"
        + paras(order, "Uppdraget innebär att förvaltningen ska")
        + "<ul class='d'>" + "".join(f"<li>{e(t)}</li>" for t in u[:-1])
        + f"<li>{e(u[-1])}.</li></ul>"
        "<h2>Beskrivning av ärendet</h2>"
        + paras("Tallåsa växer, och flera av de större grönområdena i tätorten ligger på mark "
                "som i översiktsplanen är utpekad för bostäder. Kommunen saknar i dag ett samlat "
                "underlag om vilka grönområden som finns, hur de används och vilka värden de "
                "har. En grönplan ger ett sådant underlag och gör det lättare att väga "
                "grönskan mot annan markanvändning i detaljplaneringen.",
                "Arbetet bedöms kosta 350 000 kronor, varav 200 000 kronor avser en konsult för "
                "naturvärdesinventering. Kostnaden ryms inom samhällsbyggnadsförvaltningens "
                "budget för 2049. Kommunfullmäktige antar grönplanen.")
        + "<h2>Beslutsunderlag</h2>"
        + paras("Tjänsteskrivelse från samhällsbyggnadsförvaltningen 2049-01-30")
        + "<h2>Expedieras till</h2>"
        + paras("Samhällsbyggnadschef, planchef, parkchef")
        + "</div><div class='sig'><div>Justerandes sign</div><div>Justerandes sign</div>"
        "<div>Utdragsbestyrkande</div></div>"
    )
    html_pdf(d / "mandate.pdf", lang="sv", title="Protokollsutdrag KSAU 2049-02-14 § 87",
             css=css, body=body)
    omr = [
        ["Stadsparken", "Park", "3,2", "Lek, evenemang, gamla ekar"],
        ["Ån och Åstråket", "Naturområde", "11,5", "Promenader, fiske, fågelliv"],
        ["Ekbacken", "Naturområde", "6,8", "Ekhagar med höga naturvärden, skolans uteklassrum"],
        ["Norrgärdets bollplan", "Park", "1,1", "Bollspel, saknar träd och sittplatser"],
        ["Tallåsaskogen", "Tätortsnära skog", "48,0", "Motionsspår, svamp och bär, skidspår"],
        ["Kyrkogårdsparken", "Park", "0,9", "Lugn och ro, gamla lindar"],
    ]
    atg = [
        ["Ängsmark på 4 ha gräsyta i Stadsparken, Ekbacken och längs Ån", "Parkenheten",
         "2050–2051"],
        ["Ny lekplats, sittplatser och trädplantering vid Norrgärdets bollplan",
         "Parkenheten", "2050"],
        ["Skötselplan för ekhagarna i Ekbacken", "Parkenheten och ekolog", "2050"],
        ["Ny gångbro över Ån vid Kvarnen", "Gatuenheten", "2052"],
        ["Grönplanen följs upp", "Samhällsbyggnadsförvaltningen", "Vart fjärde år"],
    ]
    p = [
        ("title", "Grönplan för Tallåsa"),
        ("meta", "Samhällsbyggnadsförvaltningen · Förslag till kommunfullmäktige, oktober 2049"),
        ("h1", "1 Inledning"),
        ("p", "Parker och natur nära bostaden gör att människor rör sig mer, mår bättre och "
              "träffar varandra. Grönskan tar också hand om regnvatten och ger svalka under "
              "varma somrar. Grönplanen beskriver Tallåsas gröna områden och hur de ska "
              "utvecklas när tätorten växer."),
        ("h1", "2 Så togs planen fram"),
        ("p", "Under våren 2049 gick en ekolog igenom tätortens gröna områden tillsammans med "
              "parkenheten. I maj hade vi en webbenkät som 412 personer svarade på, och vi gick "
              "promenader i närmiljön med två klasser från Tallåsaskolan och en klass från "
              "Ekbackens skola. Barnen ville ha fler platser att klättra och bygga koja på."),
        ("p", "Arbetsutskottet fick grönplanen redovisad den 8 oktober 2049."),
        ("h1", "3 Tallåsas gröna områden"),
        ("p", "Sammanlagt finns 27 parker och naturområden i tätorten. Tabellen visar de sex "
              "största, hur stora de är och vad de betyder för dem som bor i Tallåsa."),
        ("table", ["Område", "Typ", "Yta (ha)", "Värden"], omr, [4.4, 3.4, 2.0, 7.0]),
        ("h1", "4 Nära till grönt"),
        ("p", "Den som bor i Tallåsa ska ha högst 300 meter till en park eller ett grönområde "
              "och högst en kilometer till ett större naturområde. I dag klarar 86 procent av "
              "bostäderna det. De som inte gör det ligger i Norrgärdet, där bollplanen ska "
              "göras om till en park."),
        ("h1", "5 Mer liv i grönskan"),
        ("p", "Stora gräsmattor som klipps varje vecka ger lite åt fjärilar och bin. Vi föreslår "
              "att 4 hektar gräsyta görs om till ängsmark som slås en gång om året, och att döda "
              "träd får ligga kvar där det är säkert."),
        ("h1", "6 Åtgärder"),
        ("table", ["Åtgärd", "Ansvar", "När"], atg, [9.0, 5.0, 2.8]),
        ("h1", "7 Fortsatt arbete"),
        ("p", "Konsekvenserna för grönytorna i Västra Tallåsa redovisas i detaljplanen för "
              "området."),
    ]
    docx_pdf(d / "plan.pdf", p, title="Grönplan för Tallåsa", author="Tallåsa kommun",
             font="Liberation Sans Narrow", size=11, lang="sv-SE",
             header="Grönplan för Tallåsa – förslag", footer="Sida {PAGE} av {NUMPAGES}",
             accent="2E6B30", head_fill="E3EFE3")
    g = [
        P("1", u[0], "content", "covered", ev="Sammanlagt finns 27 parker",
          trap="a '–' bullet (CSS marker, hanging) after 'Uppdraget innebär att förvaltningen "
               "ska' in the 'Beslut' of a PROTOKOLLSUTDRAG (§ 87); the sentence before "
               "('Arbetsutskottet ger … i uppdrag att ta fram en grönplan') is the mandate; "
               "bullets 1 … 6 by place, text without the dash (the last bullet's full stop "
               "left off). Answered row by row: the table's column 'Värden'"),
        P("2", u[1], "content", "covered", ev="Den som bor i Tallåsa ska ha",
          trap="in other words: 'högst 300 meter till en park', no 'riktlinje' word"),
        P("3", u[2], "content", "partial", ev="Stora gräsmattor som klipps",
          missing=["fler träd längs gatorna"],
          trap="ängsmark is answered; no street trees anywhere (the trädplantering in the "
               "Åtgärder table is at a bollplan, not along streets)"),
        P("4", u[3], "content", "uncovered",
          trap="put off: '7 Fortsatt arbete', 'redovisas i detaljplanen för området'"),
        P("5", u[4], "process", "partial", ev="Under våren 2049 gick en ekolog",
          missing=["föreningarna i medborgardialogen"],
          trap="process chapter in the past tense: webbenkät and three school classes; no "
               "förening is named"),
        P("6", u[5], "process", "covered", ev="Arbetsutskottet fick grönplanen redovisad",
          trap="8 October 2049, before 2049-10-15. Beskrivning av ärendet (cost, who adopts), "
               "Beslutsunderlag and Expedieras till are none"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                producer="a PROTOKOLLSUTDRAG of kommunstyrelsens arbetsutskott printed from the "
                "meeting system with Chromium (Liberation Sans 10, a header band 'TALLÅSA "
                "KOMMUN … SAMMANTRÄDESPROTOKOLL … Sida 7 (12)', one page): '§ 87', the ärende "
                "title, 'Beslut' with the uppdrag sentence, 'Uppdraget innebär att "
                "förvaltningen ska' and six '–' bullets, Beskrivning av ärendet, "
                "Beslutsunderlag, Expedieras till, justering boxes; plan exported from Word "
                "(Liberation Sans Narrow 11, sv-SE, running header, 'Sida n av m'), a process "
                "chapter in the past tense, an område table and an Åtgärder table", points=g)


# =========================================================================== 4 landsby (da)
@pair
def landsby(d: Path) -> dict:
    b = [
        "beskriver, hvordan kommunen kan støtte forsamlingshuse og andre mødesteder i "
        "landsbyerne",
        "giver bud på, hvordan både unge og ældre i landsbyerne kan komme til og fra skole, "
        "arbejde, indkøb og fritidsaktiviteter",
        "indeholder en pulje, som landsbyerne selv kan søge til lokale projekter",
        "tager stilling til, hvordan kommunen skal håndtere faldefærdige huse i landsbyerne",
        "har en handleplan med konkrete initiativer, hvem der er ansvarlig, og hvornår de "
        "gennemføres",
    ]
    s1 = ("Landsbyrådet og de lokale landsbyforeninger skal inddrages undervejs, bl.a. på et "
          "fælles dialogmøde.")
    s2 = "Udkastet forelægges udvalget senest på mødet den 11.maj 2049."
    m = [
        ("form", [["Udvalg", "Land- og Byudviklingsudvalget"],
                  ["Godkendt", "Udvalgsmødet 9. december 2048, punkt 7"],
                  ["Sagsnr.", "24.10.00-P20-3-48"],
                  ["Kontakt", "Mette Kjær, landdistriktskoordinator"]], [32, 128]),
        ("title", "Politisk bestilling: Landsbyhandleplan 2049–2052"),
        ("h1", "Baggrund"),
        ("p", "Kongsbjerg Kommune har 36 landsbyer med under 1.000 indbyggere. Mange af dem har "
              "mistet skolen, købmanden og bussen inden for de sidste 20 år, men der er også "
              "landsbyer, hvor nye familier flytter til. Landdistriktspolitikken fra 2045 skal "
              "følges op af en konkret handleplan."),
        ("h1", "Formål"),
        ("p", "Handleplanen skal gøre det mere attraktivt at bo og leve i landsbyerne og "
              "understøtte det store frivillige arbejde, der allerede foregår."),
        ("h1", "Indhold"),
        ("p", "Vi ønsker, at planen"),
        *[("typed", "•", t, 5, 2) for t in b],
        ("h1", "Proces"),
        ("p", f"Forvaltningen udarbejder planen. {s1} {s2} Herefter sendes planen i høring i "
              "seks uger, inden den godkendes af byrådet."),
        ("h1", "Økonomi"),
        ("p", "Der er afsat 1,2 mio. kr. om året i 2049–2052 til handleplanens initiativer. "
              "Udarbejdelsen af planen sker inden for forvaltningens ramme."),
    ]
    rl_pdf(d / "mandate.pdf", m, title="Politisk bestilling – Landsbyhandleplan 2049–2052",
           author="Kongsbjerg Kommune", family="Helvetica", size=9.5,
           head_left="Kongsbjerg Kommune", head_right="Politisk bestilling",
           foot=lambda n, t: f"Side {n} af {t}", accent="#1D4E89", head_fill="#E4ECF5")
    hp = [
        ["Fast driftstilskud til forsamlingshusene, 15.000 kr. om året", "Kultur og Fritid",
         "Fra 2050"],
        ["Energitjek af alle forsamlingshuse", "Ejendomme", "2049–2050"],
        ["Skolernes gymnastiksale åbnes for landsbyforeningerne i weekenden",
         "Børn og Skole", "Skoleåret 2049/50"],
        ["Gratis ungdomskort til unge under 20 år i landsbyerne", "Trafik og Vej",
         "August 2049"],
        ["Cykelsti mellem Vrå og Hjortlund", "Trafik og Vej", "2051"],
        ["Landsbypuljen, 400.000 kr. om året", "Landdistriktskoordinator", "Hvert år"],
    ]
    css = ("@page{size:A4;margin:20mm 21mm 20mm 21mm;@top-left{content:'Landsbyhandleplan "
           "2049–2052';font:8pt 'Liberation Serif',serif;color:#1d4e89}@bottom-center{content:"
           "'side ' counter(page);font:8pt 'Liberation Serif',serif;color:#444}}"
           "body{font-family:'Liberation Serif',serif;font-size:10.5pt;line-height:1.42;"
           "color:#1a1a1a}h1{font-size:21pt;font-weight:normal;color:#1d4e89;margin:0 0 2px}"
           ".kick{font-size:9.5pt;text-transform:uppercase;letter-spacing:1px;color:#777;"
           "margin-bottom:16px}h2{font-size:12.5pt;color:#1d4e89;margin:15px 0 3px}"
           "p{margin:0 0 7px}table{border-collapse:collapse;width:100%;font-size:9.5pt;"
           "margin:6px 0}th{text-align:left;background:#1d4e89;color:#fff;padding:4px 6px}"
           "td{padding:4px 6px;border-bottom:1px solid #b9c8da;vertical-align:top}"
           "tbody tr:nth-child(even) td{background:#eef3f9}thead{display:table-header-group}"
           "tr{break-inside:avoid}")
    body = (
        "<div class='kick'>Kongsbjerg Kommune · udkast maj 2049</div>"
        "<h1>Landsbyhandleplan 2049–2052</h1>"
        "<h2>Forord</h2>"
        + paras("Landsbyerne er en stor del af det, der gør Kongsbjerg til et godt sted at bo. "
                "Med denne plan vil vi bakke op om de mange ildsjæle og gøre hverdagen lettere "
                "for dem, der bor uden for byerne.")
        + "<h2>Sådan har vi arbejdet</h2>"
        + paras("Landsbyrådet har siddet med i følgegruppen og har holdt fire møder med "
                "forvaltningen. Den 24. januar 2049 holdt vi dialogmøde i Vrå Forsamlingshus, "
                "hvor 31 af de 36 landsbyforeninger var repræsenteret. Ønskerne fra mødet er "
                "samlet i bilag 2.",
                "Land- og Byudviklingsudvalget behandlede udkastet på mødet den 11. maj 2049.")
        + "<h2>Steder at mødes</h2>"
        + paras("Forsamlingshusene er landsbyernes dagligstue, men mange af dem har svært ved at "
                "betale varme og vedligehold. Fra 2050 får hvert forsamlingshus et fast "
                "driftstilskud, og kommunen betaler for et energitjek. Hvor der stadig ligger en "
                "skole, åbnes gymnastiksalen for landsbyens foreninger i weekenden.")
        + "<h2>Ud og hjem</h2>"
        + paras("Mange unge i landsbyerne er afhængige af, at forældrene kan køre dem. Fra "
                "august 2049 får alle unge under 20 år, der bor i en landsby, et gratis "
                "ungdomskort til den kollektive trafik, og i 2051 bygges en cykelsti mellem "
                "Vrå og Hjortlund, så eleverne kan cykle sikkert til skolen.")
        + "<h2>Landsbypuljen</h2>"
        + paras("Foreninger og lokalråd kan hvert år søge om tilskud til egne projekter, f.eks. "
                "legepladser, shelters, byfester og istandsættelse af mødesteder. Puljen er på "
                "400.000 kr. om året, og ansøgningsfristen er 1. marts.")
        + "<h2>Tomme og forfaldne huse</h2>"
        + paras("Kommunen afventer en ny statslig pulje til nedrivning, før der tages stilling "
                "til en indsats.")
        + "<h2>Handleplan</h2>"
        + table_html(["Initiativ", "Ansvarlig", "Hvornår"], hp)
    )
    html_pdf(d / "plan.pdf", lang="da", title="Landsbyhandleplan 2049–2052", css=css, body=body)
    g = [
        P("1", b[0], "content", "covered", ev="Forsamlingshusene er landsbyernes dagligstue",
          trap="a '•' bullet typed in a hanging indent after 'Vi ønsker, at planen' under "
               "'Indhold' of a POLITISK BESTILLING; bullets 1 … 5 by place, text without bullet "
               "(lower case, no closing marks). Answered in 'Steder at mødes' in other words "
               "(dagligstue, driftstilskud, gymnastiksalen)"),
        P("2", b[1], "content", "partial", ev="Mange unge i landsbyerne",
          missing=["transport for de ældre"],
          trap="'Ud og hjem' answers for the unge (ungdomskort, cykelsti); the ældre are never "
               "named"),
        P("3", b[2], "content", "covered", ev="Foreninger og lokalråd kan hvert år",
          trap="in other words: 'søge om tilskud til egne projekter'"),
        P("4", b[3], "content", "uncovered",
          trap="put off: 'Kommunen afventer en ny statslig pulje til nedrivning, før der tages "
               "stilling til en indsats.'"),
        P("5", b[4], "deliverable", "covered", ev="Fast driftstilskud til forsamlingshusene",
          trap="the table Initiativ | Ansvarlig | Hvornår under 'Handleplan' with no "
               "introducing paragraph (the quote is the first row's initiative)"),
        P("S1", s1, "process", "covered", ev="Landsbyrådet har siddet med",
          trap="the second sentence of the 'Proces' paragraph (the first, 'Forvaltningen "
               "udarbejder planen', and the høring/byråd sentence after S2 are none); the "
               "process chapter in the past tense: følgegruppe and dialogmøde"),
        P("S2", s2, "process", "covered", ev="Land- og Byudviklingsudvalget behandlede",
          trap="'11.maj' typed without a space; the udvalg had the udkast on 11 May 2049. "
               "Baggrund, Formål and Økonomi are none"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Kongsbjerg Kommune", "Politisk bestilling"),
                producer="a POLITISK BESTILLING laid out with reportlab (Helvetica 9.5, running "
                "head with a rule, 'Side n af m', one page): a form table (Udvalg, Godkendt, "
                "Sagsnr., Kontakt), Baggrund, Formål, 'Indhold' with 'Vi ønsker, at planen' and "
                "five typed '•' bullets, 'Proces' (a paragraph with two process sentences), "
                "Økonomi; plan the kommune's web page printed with Chromium (Liberation Serif "
                "10.5, running title top left, 'side n' at the foot), a process chapter in the "
                "past tense, short chapters and a Handleplan table", points=g)


# =========================================================================== 5 evcharge (en)
@pair
def evcharge(d: Path) -> dict:
    order = ("Agrees that an Electric Vehicle Charging Strategy for the district for 2049–2054 "
             "is prepared.")
    lead2 = "Agrees that the strategy should"
    sub2 = [
        "estimate the demand for public chargepoints to 2054 in each of the three towns and in "
        "the rural area",
        "identify council car parks suitable for chargepoints",
        "set out options for residents without off-street parking",
    ]
    r = {
        3: "Asks that the strategy covers charging for the council's own fleet and for the taxi "
           "trade.",
        4: "Agrees that the strategy considers a tariff for charging in council car parks and "
           "how any income will be used.",
        5: "Requests that the strategy includes a delivery plan with costs, funding sources and "
           "timescales for each phase.",
        6: "Agrees that town and parish councils, disability groups and local businesses are "
           "engaged in preparing the strategy.",
        7: "Requests that the draft strategy is reported back to Cabinet in March 2049.",
    }
    m = [
        ("form", [["Report to", "Cabinet"], ["Date of meeting", "11 January 2049"],
                  ["Report of", "Director of Place"],
                  ["Portfolio", "Environment and Climate"], ["Wards affected", "All"],
                  ["Key decision", "No"], ["Forward plan reference", "n/a"]], [5.0, 11.4]),
        ("title", "Electric Vehicle Charging Strategy – scope"),
        ("h1", "1.  Summary"),
        ("p", "Fenwold has 61 public chargepoints, most of them in private car parks in "
              "Fenbridge. Electric vehicle ownership in the district has grown by 40% a year "
              "since 2045, and residents and businesses increasingly ask the council where "
              "they can charge. This report seeks agreement to the scope of a strategy."),
        ("h1", "2.  Recommendations"),
        ("p", "It is recommended that Cabinet:"),
        ("typed", "1.", order, 0.9, 0.0),
        ("typed", "2.", lead2 + ":", 0.9, 0.0),
        ("typed", "i)", sub2[0] + ";", 0.8, 0.9),
        ("typed", "ii)", sub2[1] + "; and", 0.8, 0.9),
        ("typed", "iii)", sub2[2] + ".", 0.8, 0.9),
        *[("typed", f"{k}.", t, 0.9, 0.0) for k, t in r.items()],
        ("h1", "3.  Reasons for recommendations"),
        ("p", "The council declared a climate emergency in 2044 and has committed to net zero "
              "for its own operations by 2050 and for the district by 2060. Transport "
              "is the largest source of emissions in Fenwold. A strategy will allow the council "
              "to bid for government funding for local chargepoints, which requires an "
              "adopted plan."),
        ("h1", "4.  Financial implications"),
        ("p", "The strategy will be prepared by the Climate and Parking teams within existing "
              "budgets. Consultancy support for the demand assessment is estimated at £18,000 "
              "and will be met from the Climate Reserve."),
        ("h1", "5.  Legal implications"),
        ("p", "There are no direct legal implications arising from this report."),
        ("h1", "6.  Equality implications"),
        ("p", "An equality impact assessment will be carried out on the draft strategy."),
        ("p", "Background papers: none. Contact officer: Sam Whitlock, Climate Officer, "
              "climate@fenwold.gov.uk"),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Cabinet 11 January 2049 – EV Charging Strategy scope",
             author="Fenwold District Council", font="Liberation Sans", size=10.5, lang="en-GB",
             header="Fenwold District Council – Cabinet – 11 January 2049",
             footer="Page {PAGE} of {NUMPAGES}", accent="00594F", head_fill="DCEBE8")
    demand = [
        ["Fenbridge", "2,150", "7,400", "48", "120"],
        ["Marston", "980", "3,300", "9", "55"],
        ["Oakley", "610", "2,100", "4", "35"],
        ["Rural area", "1,420", "4,600", "0", "30"],
    ]
    parks = [
        ["Station Road", "Fenbridge", "210", "Yes – 12 fast, 2 rapid"],
        ["Market Place", "Fenbridge", "95", "Yes – 6 fast"],
        ["Leisure Centre", "Marston", "160", "Yes – 8 fast, 2 rapid"],
        ["Church Lane", "Marston", "40", "No – no grid capacity"],
        ["Riverside", "Oakley", "75", "Yes – 6 fast"],
        ["High Street rear", "Oakley", "28", "No – too small"],
    ]
    phases = [
        ["1", "Chargepoints in the four largest car parks; depot chargers for the fleet",
         "£620,000", "LEVI grant, council capital", "2049–2050"],
        ["2", "Chargepoints in the remaining suitable car parks; taxi rank chargers at "
         "Fenbridge station", "£410,000", "LEVI grant, operator investment", "2051–2052"],
        ["3", "Rural hubs at village halls and pubs", "£260,000", "Operator investment, "
         "parish councils", "2053–2054"],
    ]
    p = [
        ("title", "Electric Vehicle Charging Strategy 2049–2054"),
        ("meta", "Fenwold District Council · Draft for Cabinet, March 2049"),
        ("h1", "1 Introduction"),
        ("p", "More people in Fenwold are choosing electric cars and vans, but many cannot be "
              "sure of finding somewhere to charge. This strategy sets out where the council "
              "will put chargepoints, how it will work with operators and parishes, and how the "
              "council will move its own vehicles to electric."),
        ("h1", "2 Developing this strategy"),
        ("p", "We sent a questionnaire to all 19 town and parish councils in October 2048, and "
              "17 replied. In November we held two workshops, one with the Fenwold Access Group "
              "and one with the Chamber of Trade and its members, and met the taxi licensing "
              "forum. The draft strategy was reported to Cabinet on 14 March 2049."),
        ("h1", "3 How many chargepoints will we need?"),
        ("p", "By 2054 we expect around one car in three registered in Fenwold to be electric. "
              "The table shows our estimate for each town and for the villages, based on "
              "vehicle registrations and the number of homes without a driveway."),
        ("table", ["Area", "Electric vehicles 2049", "Electric vehicles 2054 (est.)",
                   "Public chargepoints today", "Needed by 2054"], demand, [30, 32, 36, 36, 32]),
        ("h1", "4 Council car parks"),
        ("p", "We assessed all 22 council car parks for grid capacity, space, lighting and "
              "distance to shops. The table shows the six largest; nine car parks in total are "
              "suitable."),
        ("table", ["Car park", "Town", "Spaces", "Suitable for chargepoints"], parks,
         [40, 30, 20, 76]),
        ("h1", "5 Our own vehicles and taxis"),
        ("p", "The council's 38 vans and pool cars will be replaced by electric vehicles as "
              "their leases end, and the depot at Marston Road will get 12 chargers. Hackney "
              "carriage and private hire drivers told us that they need rapid chargers near the "
              "station; two will be installed at the Fenbridge station rank in phase 2."),
        ("h1", "6 Paying for charging"),
        ("p", "Charges for using council chargepoints will be set in the Parking Review due in "
              "2050."),
        ("h1", "7 Delivery"),
        ("p", "Delivery is split into three phases. Costs are estimates at 2049 prices."),
        ("table", ["Phase", "What", "Estimated cost", "Funding", "When"], phases,
         [18, 60, 26, 36, 26]),
    ]
    rl_pdf(d / "plan.pdf", p, title="Electric Vehicle Charging Strategy 2049–2054",
           author="Fenwold District Council", family="LS", size=10.5,
           head_left="Fenwold District Council",
           head_right="EV Charging Strategy 2049–2054 · Draft",
           foot=lambda n, t: f"{n} of {t}", accent="#00594F", head_fill="#DCEBE8")
    g = [
        P("2", lead2 + ": " + "; ".join(sub2), "content", "partial",
          ev="By 2054 we expect around one car",
          missing=["options for residents without off-street parking"],
          trap="a recommendation typed '2.' with a tab in a hanging indent under 'It is "
               "recommended that Cabinet:' in a CABINET REPORT; recommendation 1 (agrees that "
               "a strategy is prepared) is the mandate; points 2 … 7 by their number. Point 2 "
               "has three sub-points typed 'i)' … 'iii)' ending in ';', '; and', '.': text the "
               "lead, ': ', the sub-points without their closing marks joined by '; '. i) by the "
               "table per town, ii) by the car park table; homes without a driveway are only "
               "counted in the demand estimate, no option for them"),
        P("3", r[3], "content", "covered", ev="The council's 38 vans and pool cars",
          trap="in other words: 'vans and pool cars' for the fleet, 'Hackney carriage and "
               "private hire drivers' for the taxi trade"),
        P("4", r[4], "content", "uncovered",
          trap="put off: '6 Paying for charging' leaves charges to the Parking Review due in "
               "2050; no word on income"),
        P("5", r[5], "deliverable", "covered", ev="Delivery is split into three phases",
          trap="the table Phase | What | Estimated cost | Funding | When"),
        P("6", r[6], "process", "covered", ev="We sent a questionnaire to all 19",
          trap="process chapter in the past tense: parishes by questionnaire, 'Fenwold Access "
               "Group' for disability groups, 'Chamber of Trade and its members' for local "
               "businesses"),
        P("7", r[7], "process", "covered", ev="We sent a questionnaire to all 19",
          trap="the last sentence of the same paragraph: Cabinet on 14 March 2049. Summary, "
               "Reasons, Financial, Legal and Equality implications and the contact line are "
               "none"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Fenwold District Council – Cabinet – 11 January 2049",),
                producer="a CABINET REPORT exported from Word (Liberation Sans 10.5, en-GB, "
                "running header, 'Page n of m'): a form table (Report to, Date of meeting, "
                "Report of, Portfolio, Wards affected, Key decision, Forward plan reference), "
                "'1. Summary', '2. Recommendations' with 'It is recommended that Cabinet:' and "
                "seven recommendations typed '1.' … '7.' with a tab in a hanging indent, the "
                "second with three sub-points typed 'i)' … 'iii)', Reasons, Financial, Legal and "
                "Equality implications, background papers and contact line; plan laid out with "
                "reportlab (Liberation Sans 10.5, running head with a rule, 'n of m'), a "
                "process chapter in the past tense, a demand table, a car park table and a "
                "delivery table by phase", points=g)


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.mandates_main)."""
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder=BUILDER)


BUILDER = "corpora/mandates-blind41/make_pairs.py"

if __name__ == "__main__":
    main(sys.argv[1:])
