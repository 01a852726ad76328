"""Build the thirty-eighth blind batch of mandate/plan pairs under corpora/mandates-blind38/ and their gold.

Written on 2026-12-05 without reading plancheck's code. COMMON mandate forms on surfaces of this
batch's own: a bokmål MØTEBOK of a kommunestyre (Word → PDF) whose vedtak starts the plan and
lists what it "skal særlig vurdere" in Word bullets, one with sub-bullets; a nynorsk
PLANPROGRAM (Word → PDF) whose 'Utgreiingar' table Tema | Utgreiing | Ansvar runs over a page
with its header row repeated; a Swedish DIREKTIV (reportlab) with Bakgrund, Syfte, Uppdrag,
Avgränsningar and Tidplan; a Danish referat of a BYRÅD (the web referat printed with Chromium)
whose 'Byrådets beslutning' has a numbered list; and an English STRATEGY BRIEF (Word → PDF)
whose 'Scope of the strategy' says "The strategy must:" with bullets, one with sub-bullets.
Plans answer in their own chapters, mostly in other words.

    python corpora/mandates-blind38/make_pairs.py               # all pairs
    python corpora/mandates-blind38/make_pairs.py --verify      # gold quotes against pdftotext
    python corpora/mandates-blind38/make_pairs.py --twice       # build twice, compare sha256

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


# =========================================================================== 1 sykkel (nb)
@pair
def sykkel(d: Path) -> dict:
    s = [
        "et sammenhengende hovednett for sykkel mellom sentrum, Vollan og Brattvoll stasjon",
        "hvordan skolebarn kan sykle trygt til Brattvoll ungdomsskole og Vollan skole",
        "behovet for sykkelparkering: ved kollektivknutepunktene; ved skoler og "
        "idrettsanlegg; i sentrum",
        "vinterdrift av gang- og sykkelveiene",
        "kostnader og finansiering av tiltakene, herunder muligheten for statlige tilskudd "
        "gjennom byvekstavtalen",
    ]
    s1 = "Planarbeidet skal skje i dialog med Statens vegvesen, fylkeskommunen og ungdomsrådet."
    s2 = "Planforslaget legges fram for kommunestyret innen 1.desember 2048."
    m = [
        ("form", [["Saksnr.", "88/47"], ["Arkivsak", "2047/1204"], ["Møtedato", "24.10.2047"],
                  ["Utvalg", "Kommunestyret"], ["Saksbehandler", "Trond Aasen, arealplanlegger"]],
         [3.6, 12.8]),
        ("title", "Kommunedelplan for sykkel – oppstart av planarbeid"),
        ("h2", "Sammendrag"),
        ("p", "I planstrategien 2045–2048 er det forutsatt at Brattvoll skal få en egen plan for "
              "sykkel. Andelen reiser med sykkel er i dag 4 prosent, mens målet i "
              "kommuneplanen er 10 prosent innen 2060. Mange korte reiser i sentrum gjøres med "
              "bil. Kommunedirektøren anbefaler at arbeidet starter nå, slik at planen kan "
              "legges til grunn for søknader om midler fra 2049."),
        ("h2", "Vurdering"),
        ("p", "Planen vil være en kommunedelplan etter plan- og bygningsloven, med krav om "
              "planprogram. Planprogrammet blir lagt ut til offentlig ettersyn samtidig med "
              "varsel om oppstart. Arbeidet ledes av plan og miljø, med deltakere fra teknisk "
              "drift og oppvekst. Utgiftene til konsulent, anslått til 350 000 kr, dekkes "
              "innenfor rammen til plan og miljø i 2048."),
        ("h2", "Behandling i kommunestyret 24.10.2047"),
        ("p", "Representanten Mona Lie (SV) fremmet tilleggsforslag om vinterdrift, som fikk "
              "25 av 27 stemmer. Innstillingen med tillegget ble deretter enstemmig vedtatt."),
        ("bold", "Vedtak:"),
        ("p", "Kommunestyret vedtar oppstart av arbeidet med kommunedelplan for sykkel "
              "2049–2060. Planen skal særlig vurdere:"),
        ("bullets", [s[0], s[1], "behovet for sykkelparkering:"]),
        ("typed", "o", "ved kollektivknutepunktene", 0.5, 1.9),
        ("typed", "o", "ved skoler og idrettsanlegg", 0.5, 1.9),
        ("typed", "o", "i sentrum", 0.5, 1.9),
        ("bullets", [s[3], s[4]]),
        ("p", s1 + " " + s2),
        ("p", ""),
        ("p", "Rett utskrift. Brattvoll, 25.10.2047 – Servicetorget, politisk sekretariat"),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Møtebok Kommunestyret 24.10.2047 sak 88/47",
             author="Brattvoll kommune", font="Liberation Sans Narrow", size=11, lang="nb-NO",
             header="Brattvoll kommune · Møtebok · Kommunestyret",
             footer="Side {PAGE} av {NUMPAGES}", accent="0B4F6C", head_fill="DCEBF2")
    park = [
        ["Brattvoll stasjon", "40", "60", "Ja, 40 i sykkelhotell med lås"],
        ["Bussterminalen Torget", "12", "30", "Ja"],
        ["Brattvoll ungdomsskole", "80", "40", "Halvparten"],
        ["Vollan skole", "35", "20", "Nei"],
        ["Brattvollhallen og kunstgressbanen", "20", "40", "Nei"],
        ["Storgata og Torget", "24", "50", "Ja, ved biblioteket"],
    ]
    tiltak = [
        ["T1", "Sykkelfelt i Stasjonsvegen, 900 m", "2 700 000", "2049"],
        ["T2", "Gang- og sykkelvei Vollan – Brattvoll ungdomsskole, langs Bakkevegen",
         "11 400 000", "2050–2051"],
        ["T3", "Sykkelhotell ved Brattvoll stasjon", "1 600 000", "2049"],
        ["T4", "Sykkelparkering ved skoler, hallen og i sentrum", "900 000", "2049–2050"],
        ["T5", "Skilting av hovednettet", "250 000", "2050"],
        ["T6", "Sykkelveg med fortau over Nordbrua", "18 000 000", "2053"],
    ]
    css = ("@page{size:A4;margin:22mm 20mm 20mm 22mm;"
           "@top-left{content:'Brattvoll kommune | Kommunedelplan for sykkel 2049–2060';"
           "font:8pt 'DejaVu Serif',serif;color:#0b4f6c}"
           "@bottom-right{content:'side ' counter(page);font:8pt 'DejaVu Serif',serif}}"
           "body{font-family:'DejaVu Serif',serif;font-size:10pt;line-height:1.45;color:#222}"
           "h1{font-size:19pt;color:#0b4f6c;margin:0 0 4px}.sub{font-style:italic;"
           "margin-bottom:14px}h2{font-size:12.5pt;color:#0b4f6c;margin:16px 0 5px}"
           "p{margin:0 0 7px;text-align:justify}"
           "table{border-collapse:collapse;width:100%;font-size:9pt;margin:6px 0 10px}"
           "th{background:#0b4f6c;color:#fff;text-align:left;padding:3px 5px}"
           "td{border:1px solid #9bb;padding:3px 5px;vertical-align:top}"
           "thead{display:table-header-group}tr{break-inside:avoid}")
    body = (
        "<h1>Kommunedelplan for sykkel 2049–2060</h1><div class='sub'>Planforslag til "
        "offentlig ettersyn · Brattvoll kommune, plan og miljø · desember 2048</div>"
        "<h2>1 Innledning</h2>"
        + paras("Brattvoll er en kompakt by. Fire av fem innbyggere bor mindre enn fem kilometer "
                "fra Torget, og mye av terrenget er flatt. Likevel er sykkelandelen bare 4 "
                "prosent. Innbyggerne sier at de ikke sykler fordi de ikke føler seg trygge, og "
                "fordi det mangler gode steder å sette fra seg sykkelen.",
                "Planen viser hvordan vi kan nå målet i kommuneplanen om at 10 prosent av "
                "reisene skal skje med sykkel innen 2060. Den har en arealdel som sikrer "
                "traseene, og en handlingsdel som rulleres hvert fjerde år.")
        + "<h2>2 Slik har vi jobbet</h2>"
        + paras("Planprogrammet ble fastsatt i mars 2048. Arbeidsgruppen hadde tre "
                "samarbeidsmøter med vegvesenet og Trøndelag fylkeskommune om tiltakene langs "
                "riks- og fylkesveiene. Ungdomsrådet befarte skoleveiene med oss i mai og ga en "
                "egen uttalelse om sykkelparkering ved skolene, som er tatt inn i kapittel 5. "
                "Det kom 41 innspill til varselet om oppstart.")
        + "<h2>3 Hovednettet</h2>"
        + paras("Vi har valgt ut fire ruter som til sammen skal binde byen sammen. Rute 1 går "
                "fra Torget langs Stasjonsvegen til jernbanen, rute 2 fra Torget over Nordbrua "
                "til boligområdene på Vollan, og rute 3 og 4 går på tvers, slik at Vollan og "
                "stasjonen også får en direkte forbindelse uten å gå om sentrum. Nettet er "
                "vist på plankartet, og hver strekning har fått en standard: sykkelfelt, "
                "sykkelvei med fortau eller blandet trafikk i 30-sone.",
                "Det meste av nettet finnes allerede, men det har tre brudd: Stasjonsvegen "
                "mangler sykkelfelt på 900 meter, Nordbrua er smal og har bare fortau på den "
                "ene siden, og det er ingen sammenhengende forbindelse mellom Vollan og "
                "stasjonen. Tiltak T1, T5 og T6 lukker bruddene.")
        + "<h2>4 Skoleveien</h2>"
        + paras("Elevene ved Brattvoll ungdomsskole kommer fra hele byen, og nær halvparten "
                "har mer enn to kilometer til skolen. Den farligste strekningen er Bakkevegen, "
                "der elevene sykler i vegbanen sammen med tungtrafikk til industriområdet. Vi "
                "foreslår en egen gang- og sykkelvei langs Bakkevegen (T2), og at skolen får en "
                "sykkelregel for 8. trinn i samarbeid med FAU. Inntil tiltaket er bygget, "
                "anbefaler vi at elevene fra Vollan bruker ruten over Gamle Kirkevei.")
        + "<h2>5 Sykkelparkering</h2>"
        + paras("Ved stasjonen og bussterminalen står syklene i dag i stativer uten tak, og "
                "mange lar være å sykle fordi de er redde for tyveri. Ungdomsrådet ønsket tak "
                "over stativene ved skolene. Tabellen viser antall plasser i dag og det vi "
                "foreslår å bygge ut:")
        + table_html(["Sted", "Plasser i dag", "Nye plasser", "Tak"], park)
        + paras("Alle nye stativer skal ha ramme som sykkelen kan låses til. Kostnaden er tatt "
                "med i tiltak T3 og T4.")
        + "<h2>6 Handlingsdel</h2>"
        + paras("Tiltakene er satt opp i den rekkefølgen vi mener de bør gjennomføres. Beløpene "
                "er grove overslag i 2048-kroner, inkludert planlegging og grunnerverv.")
        + table_html(["Nr.", "Tiltak", "Kostnad (kr)", "År"], tiltak)
        + paras("Samlet kostnad er 34,85 millioner kroner over tolv år.")
        + "<h2>7 Videre arbeid</h2>"
        + paras("Vinterdrift av gang- og sykkelveiene er viktig for at folk skal sykle hele "
                "året. Dette tas opp i den nye driftsplanen for kommunale veier.",
                "Planforslaget legges ut til offentlig ettersyn i seks uker fra januar 2049, og "
                "kommunestyret skal etter planen vedta kommunedelplanen i mai 2049.")
    )
    html_pdf(d / "plan.pdf", lang="nb", title="Kommunedelplan for sykkel 2049–2060", css=css,
             body=body)
    g = [
        P("1", s[0], "content", "covered", ev="Vi har valgt ut fire ruter",
          trap="a Word bullet of a kommunestyre's MØTEBOK ('Kommunestyret vedtar oppstart av "
               "arbeidet med … Planen skal særlig vurdere:'); the vedtak sentence is the "
               "mandate, not a point; bullets 1 … 5 by place. Answered in '3 Hovednettet' in "
               "other words (fire ruter binder byen sammen, Torget, stasjonen)"),
        P("2", s[1], "content", "partial", ev="Elevene ved Brattvoll ungdomsskole",
          missing=["trygg skolevei på sykkel til Vollan skole"],
          trap="'4 Skoleveien' is about the ungdomsskole only; Vollan skole appears in the "
               "parking table, not as a skolevei"),
        P("3", s[2], "content", "covered", ev="Ved stasjonen og bussterminalen",
          trap="the bullet with three 'o' sub-bullets, text the lead without ':' then ': ' and "
               "the sub-points joined by '; '; answered row by row by the table Sted | Plasser "
               "i dag | Nye plasser | Tak (stasjon/bussterminal, skoler/hallen, Storgata)"),
        P("4", s[3], "content", "uncovered",
          trap="names the words in passing and puts it off to 'den nye driftsplanen' in '7 "
               "Videre arbeid'"),
        P("5", s[4], "content", "partial", ev="Tiltakene er satt opp i den rekkefølgen",
          missing=["finansiering av tiltakene og statlige tilskudd gjennom byvekstavtalen"],
          trap="costs in the handlingsdel table; how it is paid for and the byvekstavtale are "
               "never named"),
        P("S1", s1, "process", "covered", ev="Planprogrammet ble fastsatt i mars",
          trap="a sentence in running text after the bullets (S1, S2 by order); the process "
               "chapter in the past tense: 'vegvesenet', 'Trøndelag fylkeskommune', "
               "ungdomsrådet"),
        P("S2", s2, "process", "uncovered",
          trap="'1.desember' typed without a space; the plan is to go to kommunestyret in mai "
               "2049, after the deadline: the process point is not met"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Brattvoll kommune · Møtebok · Kommunestyret",),
                producer="a kommunestyre's MØTEBOK exported from Word (Liberation Sans Narrow 11, "
                "nb-NO, running header, 'Side n av m', one page): a form table, Sammendrag, "
                "Vurdering, Behandling, 'Vedtak:' 'Kommunestyret vedtar oppstart … Planen skal "
                "særlig vurdere:' with five Word bullets (one with three 'o' sub-bullets) and "
                "two sentences after them; plan the kommune's web page printed with Chromium "
                "(DejaVu Serif 10, running title top left, 'side n' bottom right), a process "
                "chapter in the past tense, a parking table and a handlingsdel table",
                points=g)


# =========================================================================== 2 sentrum (nn)
@pair
def sentrum(d: Path) -> dict:
    u = [
        "Trafikkteljing i Storgata og Kaivegen. Vurdere korleis auka trafikk frå nye bustader "
        "påverkar krysset ved ferjekaien.",
        "Kartleggje område som kan bli råka av stormflo og havnivåstiging fram mot 2100, og "
        "fastsetje lågaste golvhøgd for nye bygg.",
        "Vurdere kva bygningar langs Strandgata som bør regulerast til bevaring.",
        "Analyse av behovet for nye areal til handel og kva det vil ha å seie for handelen i "
        "sentrum.",
        "Registrere korleis barn og unge brukar sentrum, mellom anna med barnetråkk.",
    ]
    tema = ["Trafikk", "Flaum og havnivå", "Kulturmiljø", "Handel", "Barn og unge"]
    ansv = ["Konsulent", "Konsulent", "Kommunen, kulturkontoret", "Konsulent",
            "Kommunen, oppvekst"]
    rows = [[t, x, r] for t, x, r in zip(tema, u, ansv, strict=True)]
    s1 = "Det skal haldast eit ope informasjonsmøte i Sjøvik i oppstartsfasen."
    s2 = "Grunneigarar i planområdet skal få tilbod om eigne møte med kommunen."
    intro = ("Planprogrammet gjer greie for føremålet med planarbeidet, kva spørsmål som skal "
             "utgreiast, korleis medverknaden skal gå føre seg og kva tid dei ulike fasane skal "
             "vere ferdige. Planprogrammet vart fastsett av formannskapet i Vestbø kommune "
             "14. november 2047, sak 102/47.")
    m = [
        ("title", "Planprogram for områdeplan for Sjøvik sentrum"),
        ("meta", "Vestbø kommune · Fastsett 14.11.2047 · PlanID 4612-2047004"),
        ("h1", "1 Innleiing"),
        ("p", intro),
        ("p", "Sjøvik er kommunesenteret i Vestbø og har om lag 2 400 innbyggjarar. Sentrum "
              "ligg tett ved sjøen, med ferjekaien, butikkane og rådhuset innanfor ein radius "
              "på 500 meter. Gjeldande reguleringsplan er frå 1986 og er ikkje tilpassa dagens "
              "behov for bustader, handel og trafikk."),
        ("h1", "2 Føremål"),
        ("p", "Føremålet er å leggje til rette for fleire bustader i sentrum, ein levande "
              "handelsgate og betre tilhøve for gåande og syklande. Samstundes skal planen ta "
              "vare på det gamle trehusmiljøet langs sjøen og gjere sentrum trygt mot stormflo."),
        ("h1", "3 Planområdet"),
        ("p", "Planområdet er om lag 38 dekar og omfattar Storgata, Strandgata, ferjekaien og "
              "dei ubygde tomtene ved gamle meieriet. Avgrensinga er vist på kartet i vedlegg 1. "
              "Planområdet kan bli justert undervegs dersom utgreiingane viser at det er "
              "naudsynt."),
        ("h2", "3.1 Overordna planar"),
        ("p", "Kommuneplanen sin arealdel (2044) viser sentrumsføremål for heile området. "
              "Regional plan for Vestland om attraktive senter gjeld for handel. Kommunen sin "
              "klimaplan legg vekt på at nye bustader skal liggje nær kollektivtilbodet."),
        ("h2", "3.2 Dagens situasjon"),
        ("p", "Storgata er einaste gjennomkøyringsveg, og ferjetrafikken gir kø i rushtida. "
              "Fleire av butikklokala i Storgata står tomme. Strandgata har ei rekkje trehus "
              "frå 1800-talet. Kaiområdet ligg lågt og vart sett under vatn ved stormen i 2043."),
        ("h1", "4 Utgreiingar"),
        ("p", "Tabellen viser kva tema som skal utgreiast før planforslaget blir lagt fram, og "
              "kven som har ansvaret for kvar utgreiing."),
        ("table", ["Tema", "Utgreiing", "Ansvar"], rows, [3.6, 9.4, 3.6]),
        ("h1", "5 Medverknad"),
        ("p", "Kommunen vil leggje vekt på god medverknad. " + s1 + " " + s2 + " Innspel kan "
              "elles sendast skriftleg til kommunen."),
        ("h1", "6 Framdrift"),
        ("table", ["Fase", "Tid"],
         [["Varsel om oppstart og høyring av planprogram", "september–oktober 2047"],
          ["Utgreiingar", "desember 2047 – april 2048"],
          ["Planforslag til første gongs handsaming", "juni 2048"],
          ["Offentleg ettersyn", "august–september 2048"],
          ["Vedtak i kommunestyret", "desember 2048"]], [10.6, 6.0]),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Planprogram for områdeplan for Sjøvik sentrum",
             author="Vestbø kommune", font="DejaVu Sans Condensed", size=10.5, lang="nn-NO",
             header="Vestbø kommune – Planprogram Sjøvik sentrum",
             footer="{PAGE}", accent="8A3B12", head_fill="F4E3D7")
    bevar = [
        ["Strandgata 2–14", "Sju trehus frå 1840–1890, heilskapleg rekkje", "Bevaring, "
         "omsynssone c"],
        ["Strandgata 17, gamle tollbua", "Einaste murbygning frå 1800-talet i Sjøvik",
         "Bevaring"],
        ["Strandgata 21, naustet", "Sterkt ombygd i 1970", "Ikkje bevaring"],
        ["Strandgata 25–29", "Trehus frå 1900-talet, mykje endra", "Ikkje bevaring, men krav "
         "til tilpassing"],
    ]
    p = [
        ("title", "Områdeplan for Sjøvik sentrum"),
        ("meta", "Planomtale · Vestbø kommune · Planforslag til første gongs handsaming, juni 2048"),
        ("h1", "1 Samandrag"),
        ("p", "Områdeplanen opnar for om lag 280 nye bustader i Sjøvik sentrum, mest på tomtene "
              "ved gamle meieriet og over butikkane i Storgata. Trehusa i Strandgata blir verna, "
              "og kaiområdet blir heva og sikra mot stormflo. Ein ny gangveg langs sjøen bind "
              "saman ferjekaien og Kyrkjebakken."),
        ("h1", "2 Planprosessen"),
        ("p", "Oppstart vart varsla 20. september 2047, samstundes med høyring av "
              "planprogrammet. Vi heldt folkemøte på kulturhuset i Sjøvik 4. oktober 2047, der "
              "om lag 90 personar kom. Grunneigarane i planområdet har fått skriftleg varsel og "
              "har kunna sende innspel på e-post. Det kom 27 innspel."),
        ("p", "Våren 2048 registrerte elevane ved Sjøvik skule kvar dei går, syklar og "
              "oppheld seg i sentrum. Barnetråkket viser at kaiområdet og biblioteket er dei "
              "mest brukte stadene, og at mange barn kryssar Storgata ved Coop utan "
              "gangfelt. Ungdomsrådet ønskte ein stad å vere ute om kvelden; det er teke inn "
              "som ein møteplass ved kaia."),
        ("h1", "3 Trafikk"),
        ("p", "Trafikken vart talt i veke 10 og 11 i 2048. Storgata har i snitt 4 100 køyretøy "
              "i døgnet og Kaivegen 2 300. Dei nye bustadene vil gi om lag 900 fleire turar i "
              "døgnet. Utan tiltak vil krysset ved ferjekaien ha kø i om lag 20 minutt når "
              "ferja kjem inn om morgonen; med ei eiga oppstillingsfil for ferjetrafikken "
              "blir køen borte. Planen regulerer oppstillingsfila og eit nytt gangfelt ved "
              "Coop."),
        ("h1", "4 Stormflo og havnivå"),
        ("p", "Konsulenten har rekna ut stormflo med 200 års gjentaksintervall og "
              "havnivåstiging fram mot 2100. Kaiområdet, dei nedste husa i Strandgata og "
              "delar av meieritomta ligg under dette nivået. Kartet i vedlegg 4 viser kva "
              "areal som er utsette. Planen regulerer ei omsynssone for stormflo over desse "
              "areala. Kor høgt nye bygg må liggje, blir avklart i detaljreguleringa av "
              "meieritomta."),
        ("h1", "5 Kulturmiljøet i Strandgata"),
        ("p", "Kulturkontoret har gått gjennom alle bygningane langs Strandgata saman med "
              "fylkeskommunen. Husa frå 1800-talet står i ei samanhengande rekkje som er "
              "sjeldan i regionen, og dei fleste har original kledning og vindauge. Tabellen "
              "viser kva planen foreslår for kvar bygning:"),
        ("table", ["Bygning", "Vurdering", "Forslag i planen"], bevar, [42, 78, 50]),
        ("h1", "6 Bustader, handel og tenester"),
        ("p", "Planen legg til rette for forretningar på gateplan i Storgata og bustader i "
              "etasjane over. Kor mykje nytt areal til handel sentrum treng, er ikkje "
              "analysert enno; ein handelsanalyse kan bli aktuell når kommuneplanen skal "
              "rullerast."),
        ("h1", "7 Teknisk infrastruktur, støy og landskap"),
        ("p", "Vassverket har nok kapasitet for dei nye bustadene, men avlaupsleidningen i "
              "Storgata må skiftast. Fasadane mot Kaivegen får krav om stille side. "
              "Fotomontasjar frå sjøen viser at bygg på inntil fire etasjar ikkje bryt "
              "silhuetten mot Kyrkjebakken."),
        ("h1", "8 Vidare handsaming"),
        ("p", "Planforslaget blir lagt ut til offentleg ettersyn etter første gongs "
              "handsaming i formannskapet."),
    ]
    rl_pdf(d / "plan.pdf", p, title="Områdeplan for Sjøvik sentrum – planomtale",
           author="Vestbø kommune", family="Helvetica", size=9.5,
           head_left="Vestbø kommune · Områdeplan for Sjøvik sentrum",
           head_right="Planomtale, juni 2048", foot=lambda n, m: f"Side {n} / {m}",
           accent="#8A3B12", head_fill="#F4E3D7")
    g = [
        P("1", u[0], "content", "covered", ev="Trafikken vart talt i veke 10",
          trap="a row of the PLANPROGRAM's 'Utgreiingar' table Tema | Utgreiing | Ansvar (header "
               "row repeated on page 2); rows 1 … 5 by place, text the Utgreiing cell (two "
               "sentences in row 1). Answered in '3 "
               "Trafikk' (oppstillingsfil, kø ved ferjekaien)"),
        P("2", u[1], "content", "partial", ev="Konsulenten har rekna ut stormflo",
          missing=["lågaste golvhøgd for nye bygg"],
          trap="the areas are mapped; how high new buildings must lie is put off to the "
               "detaljregulering"),
        P("3", u[2], "content", "covered", ev="Kulturkontoret har gått gjennom",
          trap="answered building by building in a table (Forslag i planen)"),
        P("4", u[3], "content", "uncovered",
          trap="names 'handel' and puts the analysis off ('kan bli aktuell når kommuneplanen "
               "skal rullerast')"),
        P("5", u[4], "content", "covered", ev="Våren 2048 registrerte elevane",
          trap="answered in the process chapter in other words (elevane registrerte kvar dei "
               "går, barnetråkket viser …)"),
        P("S1", s1, "process", "covered", ev="Oppstart vart varsla 20. september",
          trap="sentences in running text in '5 Medverknad' (S1, S2 by order); folkemøte on "
               "4 October 2047, in the oppstartsfase"),
        P("S2", s2, "process", "uncovered",
          trap="grunneigarane got only a written notice and could send innspel; no own "
               "meetings: not met"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Vestbø kommune – Planprogram Sjøvik sentrum", "1", "Tema", "Utgreiing",
                      "Ansvar", "Konsulent"),
                producer="a PLANPROGRAM exported from Word (DejaVu Sans Condensed 10.5, nn-NO, "
                "running header, bare page number, two pages): Innleiing, Føremål, "
                "Planområdet, '4 Utgreiingar' with a table Tema | Utgreiing | Ansvar (five "
                "rows, header row repeated), '5 Medverknad' in running text and a Framdrift "
                "table; plan a planomtale laid out with reportlab (Helvetica 9.5, running head "
                "with a rule, 'Side n / m'), a process chapter in the past tense and a table "
                "of buildings", points=g)


# =========================================================================== 3 gronplan (sv)
@pair
def gronplan(d: Path) -> dict:
    s = [
        "en kartläggning av parker, naturområden och tätortsnära skog och hur de används",
        "en bedömning av vilka delar av tätorten som saknar en park eller ett grönområde inom "
        "300 meter från bostaden",
        "förslag på hur dagvatten kan tas om hand i grönområdena",
        "principer för skötsel av parker och naturmark",
        "en åtgärdslista med kostnad, ansvarig och tidpunkt för varje åtgärd",
    ]
    s1 = ("Barn och unga ska ges möjlighet att påverka planen, till exempel genom skolornas "
          "elevråd.")
    s2 = "Förslaget redovisas för kommunstyrelsens arbetsutskott senast den 30 september 2048."
    m = [
        ("title", "Direktiv för framtagande av grönplan för Ekeby"),
        ("form", [["Beslutad av", "Kommunstyrelsen 2047-11-07, § 214"],
                  ["Diarienummer", "KS 2047/311"],
                  ["Uppdragstagare", "Samhällsbyggnadsförvaltningen"],
                  ["Kontaktperson", "Elin Sandberg, landskapsarkitekt"]], [38, 132]),
        ("h1", "Bakgrund"),
        ("p", "Ekeby växer och enligt översiktsplanen ska det byggas omkring 1 200 nya bostäder "
              "fram till 2040, främst genom förtätning. Samtidigt som efterfrågan på parker "
              "och natur ökar, minskar grönytorna. Kommunen saknar i dag en samlad bild av "
              "vilka grönområden som finns, hur de används och vilken kvalitet de har."),
        ("h1", "Syfte"),
        ("p", "Grönplanen ska vara ett underlag för fysisk planering, bygglov och skötsel, så "
              "att Ekeby även i framtiden har gröna miljöer som är lätta att nå och som "
              "bidrar till hälsa, biologisk mångfald och ett bättre lokalklimat."),
        ("h1", "Uppdrag"),
        ("p", "Samhällsbyggnadsförvaltningen får i uppdrag att ta fram ett förslag till "
              "grönplan för Ekeby tätort. Grönplanen ska innehålla"),
        *[("typed", "–", t, 5, 4) for t in s],
        ("h1", "Avgränsningar"),
        ("p", "Grönplanen omfattar Ekeby tätort enligt SCB:s avgränsning. Privata tomter och "
              "jordbruksmark ingår inte. Frågor om kommunens naturreservat hanteras i den "
              "pågående naturvårdsplanen."),
        ("h1", "Tidplan och förankring"),
        ("p", "Arbetet påbörjas i januari 2048. " + s1 + " " + s2 + " Planen antas därefter "
              "av kommunfullmäktige."),
        ("h1", "Resurser"),
        ("p", "Arbetet bekostas inom samhällsbyggnadsförvaltningens budget. För inventering och "
              "konsultstöd avsätts 250 000 kronor ur kommunstyrelsens utvecklingsmedel."),
    ]
    rl_pdf(d / "mandate.pdf", m, title="Direktiv för framtagande av grönplan för Ekeby",
           author="Sjöholms kommun", family="LS", size=10,
           head_left="SJÖHOLMS KOMMUN  Kommunstyrelsen", head_right="Direktiv KS 2047/311",
           foot=lambda n, m: f"Sida {n} av {m}", accent="#2E5E2E", head_fill="#E4EEE0")
    omr = [
        ["Stadsparken", "Park", "3,1", "Mycket", "Lekplats, scen, gamla träd"],
        ["Ekebyskogen", "Tätortsnära skog", "46", "Mycket", "Motionsspår, skola och förskola "
         "använder skogen"],
        ["Åparken", "Park", "1,4", "Måttligt", "Slitna gräsytor, översvämmas vår"],
        ["Norrängen", "Naturområde", "12", "Lite", "Ängsmark, svårt att hitta dit"],
        ["Hamnplan", "Torg med träd", "0,6", "Mycket", "Mest hårdgjort"],
        ["Kvarnbacken", "Tätortsnära skog", "9", "Lite", "Inga stigar från bostäderna i norr"],
    ]
    atg = [
        ["1", "Ny park i Norra Ekeby, kvarteret Lärkan", "3,2 mnkr", "Samhällsbyggnad, "
         "parkenheten", "2050"],
        ["2", "Gångväg och skyltning till Norrängen", "0,4 mnkr", "Parkenheten", "2049"],
        ["3", "Fickparker i Hamnen (två st.)", "1,1 mnkr", "Parkenheten", "2051"],
        ["4", "Upprustning av Åparken, nya planteringar och bänkar", "0,9 mnkr",
         "Parkenheten", "2049"],
        ["5", "Stigar från Norra Ekeby till Kvarnbacken", "0,2 mnkr", "Skogsförvaltaren",
         "2049"],
        ["6", "Grönytefaktor i detaljplaner för förtätning", "Inom ram", "Planenheten",
         "2049"],
        ["7", "Ny skötselplan för stadens parker", "Inom ram", "Parkenheten", "2050"],
    ]
    p = [
        ("title", "Grönplan för Ekeby 2049–2060"),
        ("meta", "Förslag till kommunstyrelsens arbetsutskott, september 2048 · Sjöholms kommun"),
        ("h1", "1 Inledning"),
        ("p", "Grönplanen visar vilka parker och naturområden Ekeby har i dag, var det behövs "
              "fler och hur de ska skötas. Den ska användas när vi gör detaljplaner, prövar "
              "bygglov och planerar skötseln av kommunens mark."),
        ("h1", "2 Så har planen tagits fram"),
        ("p", "Förvaltningen inventerade grönområdena under våren 2048. Under april gjorde "
              "eleverna i årskurs 5 på Ekebyskolan och Hamnskolan en digital karta över sina "
              "favoritplatser och platser de undviker, och elevrådet på Sjöholmsgymnasiet "
              "lämnade synpunkter på ett första utkast. Deras förslag om en fickpark i Hamnen "
              "finns med i åtgärdslistan. Förslaget redovisades för kommunstyrelsens "
              "arbetsutskott den 12 september 2048."),
        ("h1", "3 Grönområdena i dag"),
        ("p", "Vi har besökt alla allmänna grönområden större än 0,5 hektar och frågat 612 "
              "invånare hur ofta de använder dem. Tabellen visar de viktigaste:"),
        ("table", ["Område", "Typ", "Hektar", "Används", "Kommentar"], omr,
         [4.0, 3.6, 2.0, 2.4, 8.0]),
        ("h1", "4 Närhet till grönska"),
        ("p", "Boende i Norra Ekeby och i Hamnen har längre än 300 meter till närmaste park "
              "eller naturområde. I Norra Ekeby bor omkring 1 800 personer, och där finns "
              "bara små gräsytor mellan husen. I Hamnen är det nära till vattnet men inte till "
              "en park. Övriga delar av tätorten har en park eller skog inom gångavstånd."),
        ("h1", "5 Skötsel"),
        ("p", "Parkerna sköts i dag efter samma program oavsett hur de används. Vi föreslår "
              "tre skötselnivåer: hög skötsel i Stadsparken och på Hamnplan, normal skötsel i "
              "stadsdelsparkerna och extensiv skötsel med slåtter i parkernas kanter. "
              "Skötselnivåerna ska föras in i en ny skötselplan (åtgärd 7)."),
        ("h1", "6 Vatten och klimat"),
        ("p", "Grönområdena har stor betydelse för dagvatten, men frågan hanteras i "
              "dagvattenplanen som kommunen tar fram under 2049."),
        ("h1", "7 Åtgärdslista"),
        ("p", "Åtgärderna genomförs under planens första fem år. Kostnaderna är uppskattade i "
              "2048 års prisnivå."),
        ("table", ["Nr", "Åtgärd", "Kostnad", "Ansvarig", "År"], atg,
         [1.2, 9.0, 2.6, 4.8, 2.4]),
    ]
    docx_pdf(d / "plan.pdf", p, title="Grönplan för Ekeby", author="Sjöholms kommun",
             font="Liberation Serif", size=11, lang="sv-SE",
             header="Grönplan för Ekeby · förslag september 2048",
             footer="Sjöholms kommun – {PAGE} ({NUMPAGES})", accent="2E5E2E",
             head_fill="E4EEE0", landscape=True)
    g = [
        P("1", s[0], "content", "covered", ev="Vi har besökt alla allmänna",
          trap="a '–' item of 'Uppdrag' in a DIREKTIV ('Grönplanen ska innehålla' without a "
               "colon); the sentence giving the förvaltning the uppdrag is the mandate, not a "
               "point; items 1 … 5 by place. Answered by a table (Typ, Används); "
               "Avgränsningar, Bakgrund, Syfte and Resurser are none"),
        P("2", s[1], "content", "covered", ev="Boende i Norra Ekeby och i Hamnen",
          trap="answered in other words ('längre än 300 meter till närmaste park eller "
               "naturområde')"),
        P("3", s[2], "content", "uncovered",
          trap="put off to the dagvattenplan in '6 Vatten och klimat'"),
        P("4", s[3], "content", "partial", ev="Parkerna sköts i dag efter samma",
          missing=["principer för skötsel av naturmarken"],
          trap="skötselnivåer for the parks only; the naturmark (Ekebyskogen, Norrängen) gets "
               "no skötsel principle (slåtter i parkernas kanter is park)"),
        P("5", s[4], "deliverable", "covered", ev="Åtgärderna genomförs under planens",
          trap="the åtgärdslista table Nr | Åtgärd | Kostnad | Ansvarig | År"),
        P("S1", s1, "process", "covered", ev="Förvaltningen inventerade grönområdena",
          trap="sentences in running text in 'Tidplan och förankring' (S1, S2 by order); the "
               "process chapter: årskurs 5 and an elevråd"),
        P("S2", s2, "process", "covered", ev="Förvaltningen inventerade grönområdena",
          trap="12 September 2048, before the 30 September deadline; the same process "
               "paragraph as S1"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                drop=("SJÖHOLMS KOMMUN  Kommunstyrelsen", "Direktiv KS 2047/311",
                      "SJÖHOLMS KOMMUN Kommunstyrelsen Direktiv KS 2047/311"),
                producer="a kommunstyrelse's DIREKTIV laid out with reportlab (Liberation Sans "
                "10, running head with a rule, 'Sida n av m'): a form table, Bakgrund, Syfte, "
                "'Uppdrag' ('Grönplanen ska innehålla' and five '–' items), Avgränsningar, "
                "'Tidplan och förankring' in running text, Resurser; plan exported from Word in "
                "landscape (Liberation Serif 11, sv-SE, running header, 'Sjöholms kommun – n "
                "(m)'), a process chapter in the past tense, an area table and an åtgärdslista",
                points=g)


# =========================================================================== 4 demens (da)
@pair
def demens(d: Path) -> dict:
    b = [
        "Et overblik over, hvor mange borgere der lever med demens nu og frem mod 2060.",
        "Tilbud til pårørende, herunder aflastning og pårørendegrupper.",
        "Hvordan Egelund kan blive en demensvenlig kommune, hvor butikker, busser og "
        "foreninger ved, hvordan de møder en borger med demens.",
        "Boliger og plejecentre, der er indrettet til borgere med demens.",
        "Inddragelse af Ældrerådet, Handicaprådet og Alzheimerforeningens lokalafdeling i "
        "arbejdet.",
        "Handleplanen forelægges Social- og Sundhedsudvalget inden udgangen af marts 2048.",
    ]
    css = ("@page{size:A4;margin:16mm 17mm 18mm 17mm;@bottom-left{content:'Egelund Kommune · "
           "Referat Byrådet 28.08.2047';font:7.5pt 'Liberation Sans',sans-serif;color:#666}"
           "@bottom-right{content:counter(page) '/' counter(pages);font:7.5pt "
           "'Liberation Sans',sans-serif;color:#666}}"
           "body{font-family:'Liberation Sans',sans-serif;font-size:10pt;line-height:1.42;"
           "color:#202020}.top{border-bottom:3px solid #6b2d5c;padding-bottom:5px;"
           "margin-bottom:10px;font-size:9pt;color:#6b2d5c;font-weight:bold}"
           "h1{font-size:14pt;margin:2px 0 6px}.meta td{padding:1px 10px 1px 0;font-size:9pt}"
           "h3{font-size:10.5pt;margin:12px 0 3px;color:#6b2d5c}p{margin:0 0 6px}"
           "ol{margin:3px 0 6px;padding-left:24px}li{margin-bottom:2px}")
    body = (
        "<div class='top'>Egelund Kommune · Byrådet · Referat</div>"
        "<table class='meta'><tr><td>Mødedato</td><td>28. august 2047, kl. 17.00</td></tr>"
        "<tr><td>Mødested</td><td>Byrådssalen, Egelund Rådhus</td></tr>"
        "<tr><td>Sagsnr.</td><td>27.12.00-P20-3-47</td></tr></table>"
        "<h1>Punkt 14. Igangsætning af demenshandleplan 2049–2052</h1>"
        "<h3>Resumé</h3>"
        + paras("Den nuværende demenspolitik er fra 2040. Antallet af borgere med demens "
                "stiger, og Social- og Sundhedsudvalget har ønsket en ny handleplan. Sagen "
                "forelægges byrådet, fordi planen vil få betydning for budgettet fra 2049.")
        + "<h3>Sagsfremstilling</h3>"
        + paras("Administrationen foreslår, at handleplanen udarbejdes af Sundhed og Omsorg i "
                "samarbejde med Ældre og Handicap. Der nedsættes en arbejdsgruppe med "
                "demenskoordinatoren, en leder fra hjemmeplejen, en leder fra et plejecenter "
                "og en medarbejder fra aktivitetscentret.",
                "Den nationale demenshandlingsplan lægger vægt på tidlig opsporing, "
                "demensvenlige samfund og støtte til de pårørende. Egelund Kommune har i dag "
                "to demenskoordinatorer og et aktivitetstilbud på Egely.")
        + "<h3>Økonomi</h3>"
        + paras("Arbejdet med handleplanen holdes inden for den eksisterende ramme. Tiltag "
                "i handleplanen, der kræver nye midler, indgår i budgetforhandlingerne.")
        + "<h3>Indstilling</h3>"
        + paras("Administrationen indstiller, at byrådet godkender, at arbejdet med en "
                "demenshandleplan for 2049–2052 sættes i gang.")
        + "<h3>Byrådets beslutning</h3>"
        + paras("Godkendt. Byrådet lagde vægt på, at handleplanen kommer til at omfatte:")
        + "<ol>" + "".join(f"<li>{e(t)}</li>" for t in b) + "</ol>"
        + paras("Fraværende: Jens Holm (V).")
    )
    html_pdf(d / "mandate.pdf", lang="da", title="Referat Byrådet 28.08.2047 punkt 14",
             css=css, body=body)
    tilbud = [
        ["Pårørendegruppe, Egely", "Hver anden tirsdag", "Demenskoordinator",
         "Ny gruppe for unge pårørende fra 2049"],
        ["Pårørendekursus", "To gange om året, fire aftener", "Demenskoordinator og "
         "Alzheimerforeningen", "Som i dag"],
        ["Rådgivning i hjemmet", "Efter behov", "Demenskoordinator", "Svartid højst to uger"],
        ["Samtalegruppe for ægtefæller", "Månedligt", "Frivillige, Ældre Sagen", "Ny"],
    ]
    p = [
        ("title", "Demenshandleplan 2049–2052"),
        ("meta", "Egelund Kommune, Sundhed og Omsorg · marts 2048"),
        ("h1", "Forord"),
        ("p", "Demens rammer ikke kun den, der får sygdommen, men hele familien. Med denne "
              "handleplan vil vi gøre det lettere at leve et godt liv med demens i Egelund – "
              "både for borgeren og for de pårørende. Handleplanen blev behandlet i Social- og "
              "Sundhedsudvalget den 15. marts 2048."),
        ("h1", "1 Sådan er handleplanen blevet til"),
        ("p", "Arbejdsgruppen har holdt seks møder fra oktober 2047 til februar 2048. Ældrerådet "
              "og Handicaprådet fik et tidligt udkast i december og mødtes med arbejdsgruppen i "
              "januar. Lokalafdelingen af Alzheimerforeningen var med på to af møderne og "
              "stod for et dialogmøde for pårørende på biblioteket, hvor 35 deltog."),
        ("h1", "2 Demens i Egelund i tal"),
        ("p", "I dag lever omkring 640 borgere i Egelund med en demenssygdom. Fordi der bliver "
              "flere ældre over 80 år, regner vi med, at tallet er vokset til omkring 900 i "
              "2035 og 1.150 i 2060. Kun godt halvdelen har fået stillet en diagnose."),
        ("table", ["År", "Borgere med demens (skøn)", "Heraf over 80 år"],
         [["2047", "640", "410"], ["2035", "900", "610"], ["2060", "1.150", "820"]],
         [30, 60, 50]),
        ("h1", "3 Et demensvenligt Egelund"),
        ("p", "Vi vil have flere demensvenner. Inden 2052 skal alle chauffører på de lokale "
              "busruter, medarbejderne i de tre største supermarkeder og bibliotekets personale "
              "have været på et kort kursus i at genkende og hjælpe en borger med demens. "
              "Foreningerne i Egelund tilbydes et oplæg og et klistermærke, der viser, at man "
              "er demensvenlig."),
        ("h1", "4 Støtte til pårørende"),
        ("p", "Pårørende fortæller, at de har brug for at møde andre i samme situation. Vi "
              "viderefører og udvider de tilbud, der virker:"),
        ("table", ["Tilbud", "Hvor ofte", "Hvem", "Ændring"], tilbud, [42, 34, 44, 50]),
        ("h1", "5 Tidlig opsporing"),
        ("p", "Hjemmeplejen får et enkelt skema til at notere ændringer hos borgeren, og "
              "demenskoordinatoren kontaktes, når der er tegn på demens. Praktiserende læger "
              "inviteres til et fælles møde hvert år."),
        ("h1", "6 Opfølgning"),
        ("p", "Boliger til borgere med demens indgår i den kommende plan for ældreboliger. "
              "Handleplanen følges op hvert år i Social- og Sundhedsudvalget."),
    ]
    rl_pdf(d / "plan.pdf", p, title="Demenshandleplan 2049–2052", author="Egelund Kommune",
           family="LS", size=10.5, head_left="Demenshandleplan 2049–2052",
           head_right="Egelund Kommune", foot=lambda n, m: f"Side {n}",
           accent="#6B2D5C", head_fill="#EEDFEA")
    g = [
        P("1", b[0], "content", "covered", ev="I dag lever omkring 640 borgere",
          trap="an item of the numbered list under 'Byrådets beslutning' in a web referat "
               "('Godkendt. Byrådet lagde vægt på, at handleplanen kommer til at omfatte:'); "
               "the Indstilling (start the work) is the mandate; points 1 … 6 by their number, "
               "text with its full stop. Answered with other numbers (640, 900, 1.150)"),
        P("2", b[1], "content", "partial", ev="Pårørende fortæller, at de har brug",
          missing=["aflastning af pårørende"],
          trap="pårørendegrupper, kurser and rådgivning in a table; aflastning is never "
               "named"),
        P("3", b[2], "content", "covered", ev="Vi vil have flere demensvenner",
          trap="answered in other words: chauffører, supermarkeder, foreningerne"),
        P("4", b[3], "content", "uncovered",
          trap="put off in '6 Opfølgning' to 'den kommende plan for ældreboliger'"),
        P("5", b[4], "process", "covered", ev="Arbejdsgruppen har holdt seks møder",
          trap="process chapter in the past tense; 'Lokalafdelingen af Alzheimerforeningen'"),
        P("6", b[5], "process", "covered", ev="Demens rammer ikke kun den",
          trap="met in the Forord: behandlet 15 March 2048, before the end of March"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Egelund Kommune · Referat Byrådet 28.08.2047",),
                producer="a byråd's REFERAT as a web page printed with Chromium (Liberation "
                "Sans 10, a coloured top line, footer line and 'n/m'): a meta table, 'Punkt "
                "14.', Resumé, Sagsfremstilling, Økonomi, Indstilling, 'Byrådets beslutning' "
                "with 'Godkendt. Byrådet lagde vægt på, at handleplanen kommer til at "
                "omfatte:' and an ordered list 1.–6.; plan laid out with reportlab "
                "(Liberation Sans 10.5, running head with a rule, 'Side n'), a Forord, a "
                "process chapter in the past tense and two tables", points=g)


# =========================================================================== 5 parking (en)
@pair
def parking(d: Path) -> dict:
    must = [
        "assess how each car park is used, drawing on the 2047 occupancy surveys",
        "set out a tariff structure that supports the town centres, including: free or "
        "reduced charges for short stays; a consistent approach to evening and Sunday charges",
        "identify where electric vehicle charging points should be installed",
        "consider the future of the Station Road multi-storey car park",
        "include an action plan with costs and timescales",
    ]
    s1 = ("The draft strategy must be subject to public consultation for at least six weeks, "
          "and the town and parish councils and the Brimley Chamber of Trade must be invited "
          "to comment.")
    m = [
        ("title", "Car Parking Strategy 2049–2059"),
        ("meta", "Strategy brief · Brimley Borough Council · Place Directorate · approved by "
                 "the Place Overview Committee, 9 October 2047"),
        ("h1", "1. Background"),
        ("p", "The council owns and runs 14 surface car parks and one multi-storey car park in "
              "Brimley, Oakford and Lyme Cross, with 2,310 spaces in all. Parking income was "
              "£1.9m in 2046/47. The last parking strategy dates from 2036. Since then, shopping "
              "habits have changed, the number of electric vehicles has grown quickly and the "
              "Station Road multi-storey car park has reached the end of its design life."),
        ("h1", "2. Purpose"),
        ("p", "The strategy will guide decisions about the council's car parks for the next ten "
              "years. It should help the three town centres to thrive while supporting the "
              "council's climate commitments."),
        ("h1", "3. Scope of the strategy"),
        ("p", "The strategy will cover all council-owned car parks. On-street parking and "
              "enforcement are the responsibility of the county council and are outside its "
              "scope."),
        ("p", "The strategy must:"),
        ("bullets", [must[0], "set out a tariff structure that supports the town centres, "
                     "including:"]),
        ("typed", "–", "free or reduced charges for short stays", 0.5, 1.9),
        ("typed", "–", "a consistent approach to evening and Sunday charges", 0.5, 1.9),
        ("bullets", must[2:]),
        ("h1", "4. Engagement and timetable"),
        ("p", s1 + " The final strategy will be presented to Cabinet in spring 2049."),
        ("h1", "5. Resources"),
        ("p", "The work will be led by the Parking Services Manager with support from the "
              "Economic Development and Climate teams. A budget of £40,000 has been set aside "
              "for surveys and specialist advice."),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Car Parking Strategy 2049–2059 – Strategy brief",
             author="Brimley Borough Council", font="Liberation Sans", size=10.5,
             lang="en-GB", header="Brimley Borough Council | Strategy brief",
             footer="Page {PAGE} of {NUMPAGES}", accent="4B2E83", head_fill="E6E0F2")
    use = [
        ["Station Road MSCP", "Brimley", "420", "61%", "88%"],
        ["Market Street", "Brimley", "160", "97%", "92%"],
        ["Riverside", "Brimley", "310", "74%", "81%"],
        ["Church Lane", "Oakford", "95", "83%", "35%"],
        ["Bridge Street", "Oakford", "140", "52%", "40%"],
        ["Green Lane", "Lyme Cross", "120", "46%", "22%"],
        ["Other 9 sites", "All", "1,065", "48%", "37%"],
    ]
    actions = [
        ["P1", "Introduce 30 minutes free parking in all short-stay car parks", "Parking "
         "Services", "April 2049"],
        ["P2", "Install 24 fast chargers at Riverside, Bridge Street and Green Lane",
         "Parking Services / Climate team", "2049–2050"],
        ["P3", "Replace pay and display machines with pay-by-phone and card", "Parking "
         "Services", "2050"],
        ["P4", "Resurface Riverside and Church Lane car parks", "Property Services", "2051"],
        ["P5", "Review tariffs each year with the fees and charges report", "Finance",
         "Every year"],
    ]
    css = ("@page{size:A4;margin:20mm 19mm 20mm 19mm;@top-right{content:'Car Parking "
           "Strategy 2049–2059';font:8pt 'Liberation Serif',serif;color:#4b2e83}"
           "@bottom-center{content:counter(page);font:8.5pt 'Liberation Serif',serif}}"
           "body{font-family:'Liberation Serif',serif;font-size:11pt;line-height:1.4;"
           "color:#1a1a1a}h1{font-size:22pt;color:#4b2e83;margin:0 0 2px}"
           ".kick{font-size:10pt;color:#555;margin-bottom:16px}h2{font-size:13pt;"
           "color:#4b2e83;margin:18px 0 5px;border-bottom:1px solid #c9bfe0}p{margin:0 0 7px}"
           "table{border-collapse:collapse;width:100%;font-size:9.5pt;margin:6px 0 10px}"
           "th{background:#e6e0f2;text-align:left;padding:4px 5px;border:1px solid #b3a6d1}"
           "td{padding:3px 5px;border:1px solid #c9bfe0;vertical-align:top}"
           "table.n td:nth-child(n+3){text-align:right}thead{display:table-header-group}"
           "tr{break-inside:avoid}")
    body = (
        "<h1>Car Parking Strategy 2049–2059</h1><div class='kick'>Brimley Borough Council · "
        "Final draft for Cabinet, April 2049</div>"
        "<h2>1 Introduction</h2>"
        + paras("Good parking helps people to reach the shops, services and jobs in our three "
                "town centres. But parking also takes up valuable space, and traffic adds to "
                "congestion and carbon emissions. This strategy sets out how the council will "
                "manage its car parks over the next ten years so that they meet the needs of "
                "visitors, residents and businesses.",
                "The strategy covers the 15 car parks the council owns. It does not deal with "
                "on-street parking, which is managed by the county council.")
        + "<h2>2 What people told us</h2>"
        + paras("The consultation draft was published on 8 January 2049 and comments were "
                "invited until 19 February, a period of six weeks. We wrote to Brimley Town "
                "Council and to the parish councils of Oakford and Lyme Cross, held drop-in "
                "sessions in each town and received 389 responses. Most people asked for a "
                "short free period and for simpler payment; traders in Oakford were worried "
                "about the cost of all-day parking for their staff.")
        + "<h2>3 How our car parks are used</h2>"
        + paras("Counts were made on a weekday and a Saturday in May and again in October "
                "2047. The table shows the highest share of spaces taken on each type of day. "
                "Market Street is almost always full, while the Oakford and Lyme Cross car "
                "parks are busy on weekdays but quiet at weekends. The multi-storey is the "
                "only car park that is fuller on Saturdays.")
        + table_html(["Car park", "Town", "Spaces", "Peak weekday", "Peak Saturday"], use, "n")
        + "<h2>4 Charges</h2>"
        + paras("To encourage short visits to the shops, every short-stay car park will offer "
                "the first 30 minutes free, and stays of up to two hours will cost no more "
                "than £1.50 in any of the three towns. Long-stay car parks will keep a daily "
                "rate, with a cheaper season ticket for people who work in the town centres.")
        + "<h2>5 Electric vehicles</h2>"
        + paras("About one in eight cars registered in the borough is now electric, but the "
                "council's car parks have only six chargers, all at Market Street. Drivers "
                "told us they want to charge while shopping or at work. We will install fast "
                "chargers at Riverside, Bridge Street and Green Lane, where there is space and "
                "the electricity network has capacity, and rapid chargers at Riverside when "
                "the grid connection is upgraded.")
        + "<h2>6 Station Road multi-storey</h2>"
        + paras("A structural survey of the Station Road multi-storey car park is due in "
                "2050. Its future will be considered once the results are known.")
        + "<h2>7 Action plan</h2>"
        + paras("The actions below will be taken forward over the first three years of the "
                "strategy, and the plan will be reviewed in 2052.")
        + table_html(["Ref", "Action", "Lead", "When"], actions)
    )
    html_pdf(d / "plan.pdf", lang="en-GB", title="Car Parking Strategy 2049–2059", css=css,
             body=body)
    g = [
        P("1", must[0], "content", "covered", ev="Counts were made on a weekday",
          trap="a Word bullet under 'The strategy must:' in '3. Scope of the strategy' of a "
               "STRATEGY BRIEF; points 1 … 5 by place, text without a closing mark. Answered "
               "in other words (counts in May and October 2047) and the table; Background, "
               "Purpose, the scope sentences and Resources are none"),
        P("2", must[1], "content", "partial", ev="To encourage short visits to the shops",
          missing=["a consistent approach to evening and Sunday charges"],
          trap="the bullet with two '–' sub-points, text the lead without ':' then ': ' and "
               "the sub-points joined by '; '; short stays answered (30 minutes free), evening "
               "and Sunday charges never named"),
        P("3", must[2], "content", "covered", ev="About one in eight cars registered",
          trap="answered in '5 Electric vehicles' in other words (fast chargers at three "
               "named car parks)"),
        P("4", must[3], "content", "uncovered",
          trap="put off: its future 'will be considered once the results are known'"),
        P("5", must[4], "deliverable", "partial", ev="The actions below will be taken",
          missing=["costs of the actions"],
          trap="the action plan has leads and dates (When) but no costs"),
        P("S1", s1, "process", "partial", ev="The consultation draft was published",
          missing=["the Brimley Chamber of Trade invited to comment"],
          trap="a sentence in running text in '4. Engagement and timetable'; six weeks and the "
               "town and parish councils are met, the Chamber of Trade is never named "
               "('traders in Oakford' answered the public consultation)"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Brimley Borough Council | Strategy brief",),
                producer="a STRATEGY BRIEF exported from Word (Liberation Sans 10.5, en-GB, "
                "running header, 'Page n of m'): Background, Purpose, '3. Scope of the "
                "strategy' with the scope sentences and 'The strategy must:' with five Word "
                "bullets (one with two '–' sub-points), '4. Engagement and timetable' in "
                "running text, Resources; plan the council's web page printed with Chromium "
                "(Liberation Serif 11, running title top right, bare page number at the foot), "
                "a consultation chapter in the past tense, a usage table and an action plan "
                "table", points=g)


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.mandates_main)."""
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder=BUILDER)


BUILDER = "corpora/mandates-blind38/make_pairs.py"

if __name__ == "__main__":
    main(sys.argv[1:])
