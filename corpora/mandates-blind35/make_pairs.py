"""Build the thirty-fifth blind batch of mandate/plan pairs under corpora/mandates-blind35/ and their gold.

Written on 2026-12-05 without reading plancheck's code. COMMON mandate forms, other than the
earlier batches', on surfaces of this batch's own: a bokmål MØTEBOK of a formannskap (the
politics portal's page printed with Chromium) whose 'Vedtak:' is running text, one order a
sentence, no numbers; a nynorsk MANDAT FOR PLANARBEIDET (Word → PDF) whose questions stand in
a two-column table 'Kva planen skal svare på | Merknad'; a Swedish PROTOKOLLSUTDRAG of
kommunstyrelsen (Word → PDF) whose 'Beslut' is "Kommunstyrelsen beslutar" and att-satser each
on a line of its own; a Danish PLANSTRATEGI (a layout-tool print, reportlab) whose chapter on
the kommuneplan revision lists "Kommuneplanrevisionen skal:" bullets that wrap over a page
break; and an English PROJECT INITIATION DOCUMENT (Word → PDF) with 'Objectives' and
'Products' tables. Plans: Word (one in landscape), reportlab, Chromium.

    python corpora/mandates-blind35/make_pairs.py               # all pairs
    python corpora/mandates-blind35/make_pairs.py --verify      # gold quotes against pdftotext
    python corpora/mandates-blind35/make_pairs.py --twice       # build twice, compare sha256

Imports the twentieth batch's builder (P, verify, the construction check) and the
thirty-third batch's three document writers (docx_pdf, rl_pdf, html_pdf, called with this
batch's own fonts, sizes, headers, footers, colours and page orientation) through pairkit, and
blindkit's sha256 checks. Nothing of the earlier batches is edited.
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


# =========================================================================== 1 idrett (nb)
@pair
def idrett(d: Path) -> dict:
    order = ("Formannskapet ber kommunedirektøren starte arbeidet med ny kommunedelplan for "
             "idrett, fysisk aktivitet og friluftsliv for perioden 2048–2051.")
    s = [
        "Planen skal gi en oversikt over dagens idrettsanlegg og nærmiljøanlegg og hvilken "
        "tilstand de er i.",
        "Planen skal ha en prioritert handlingsplan for anlegg det kan søkes spillemidler til, "
        "delt i ordinære anlegg og nærmiljøanlegg.",
        "Planen skal beskrive hvordan kommunen kan få flere inaktive voksne og eldre i "
        "aktivitet.",
        "Behovet for turstier og skiløyper i nærheten av boligområdene skal kartlegges.",
        "Planen skal vurdere om kommunen skal innføre gratis leie av kommunale hallflater for "
        "barn og unge under 19 år.",
        "Idrettsrådet og friluftsrådet skal trekkes med i arbeidet fra starten.",
        "Forslag til plan skal legges fram for formannskapet innen 1. november 2047.",
    ]
    css = ("@page{size:A4;margin:15mm 16mm 18mm 16mm;@bottom-left{content:'Lindvåg kommune – "
           "Møtebok Formannskapet 14.03.2047';font:7.5pt 'Liberation Sans',sans-serif;"
           "color:#666}@bottom-right{content:'Side ' counter(page) ' av ' counter(pages);"
           "font:7.5pt 'Liberation Sans',sans-serif;color:#666}}"
           "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt;"
           "line-height:1.45;color:#222}.top{display:flex;justify-content:space-between;"
           "border-bottom:3px solid #00557f;padding-bottom:6px;margin-bottom:10px}"
           ".top .k{font-size:15pt;font-weight:bold;color:#00557f}.top .r{font-size:8.5pt;"
           "text-align:right;color:#444}h1{font-size:14pt;margin:8px 0 6px}"
           "h2{font-size:11pt;margin:14px 0 3px;color:#00557f}"
           "dl{display:grid;grid-template-columns:32mm auto;font-size:9pt;margin:0 0 8px}"
           "dt{font-weight:bold}dd{margin:0}.vedtak{border:1px solid #9bb7c8;"
           "background:#f2f7fa;padding:6px 10px}.vedtak h2{margin-top:2px}"
           "blockquote{margin:4px 18px;font-style:italic}")
    body = (
        "<div class='top'><div class='k'>Lindvåg kommune</div><div class='r'>Politiske møter"
        "<br>Utskrift fra møteportalen</div></div>"
        "<h1>Møtebok – Formannskapet</h1>"
        "<dl><dt>Møtedato</dt><dd>14.03.2047 kl. 09:00</dd><dt>Møtested</dt>"
        "<dd>Kommunestyresalen, rådhuset</dd><dt>Sak</dt><dd>18/47</dd><dt>Arkivsak</dt>"
        "<dd>47/318</dd><dt>Saksbehandler</dt><dd>Tor Eide, kultur og fritid</dd></dl>"
        "<h2>Oppstart av arbeidet med kommunedelplan for idrett, fysisk aktivitet og "
        "friluftsliv 2048–2051</h2>"
        "<h2>Saksopplysninger</h2>"
        + paras("Gjeldende kommunedelplan for idrett og fysisk aktivitet gjelder til utgangen "
                "av 2047. Kulturdepartementet krever at anlegg som får spillemidler, er med i "
                "en vedtatt plan. Ny plan må derfor være vedtatt før søknadsfristen i januar "
                "2048.",
                "Kommunedirektøren foreslår at friluftsliv tas inn i planen, slik at "
                "turstier, løyper og nærturterreng blir sett i sammenheng med idrettsanleggene. "
                "Arbeidet gjøres innenfor avdelingens ordinære budsjett.")
        + "<h2>Behandling i Formannskapet – 14.03.2047</h2>"
        + paras("Siv Aune (Ap) fremmet følgende tilleggsforslag:")
        + f"<blockquote>«{e(s[5])}»</blockquote>"
        + paras("Votering: Kommunedirektørens innstilling med tilleggsforslaget fra Siv Aune "
                "ble enstemmig vedtatt.")
        + "<div class='vedtak'><h2>FSK-18/47 Vedtak:</h2>"
        + paras(order + " " + " ".join(s[:4]),
                s[4] + " " + s[5] + " " + s[6])
        + "</div>"
        + "<h2>Vedlegg</h2>"
        + paras("Kommunedelplan for idrett og fysisk aktivitet 2044–2047 (lenke)")
    )
    html_pdf(d / "mandate.pdf", lang="nb", title="Møtebok Formannskapet 14.03.2047 sak 18/47",
             css=css, body=body)
    anlegg = [
        ["Lindvåghallen", "Flerbrukshall", "1998", "Dårlig: tak og ventilasjon må skiftes"],
        ["Lindvåg stadion", "Kunstgress 11er", "2031", "God"],
        ["Vikan kunstgress", "Kunstgress 7er", "2024", "Dekket er slitt ut"],
        ["Lindvåg svømmehall", "Basseng 12,5 m", "1979", "Dårlig: stengt deler av 2046"],
        ["Skistua Storåsen", "Lysløype 5 km", "2012", "God"],
        ["Bjørkås skole", "Nærmiljøanlegg, ballbinge", "2020", "God"],
        ["Vikan skole", "Nærmiljøanlegg, aktivitetsløype", "2035", "God"],
        ["Sjøparken", "Nærmiljøanlegg, skatepark", "2041", "Middels: belysning mangler"],
        ["Lindvåg skytebane", "Skytebane 100 m", "1985", "Middels"],
    ]
    ordinaere = [
        ["1", "Rehabilitering av Lindvåghallen", "Lindvåg kommune", "24 000 000", "2048"],
        ["2", "Nytt kunstgressdekke Vikan", "Vikan IL", "2 800 000", "2048"],
        ["3", "Ny svømmehall ved Lindvåg ungdomsskole", "Lindvåg kommune", "140 000 000",
         "2050"],
        ["4", "Lysløype Storåsen, forlengelse 2 km", "Lindvåg skilag", "1 600 000", "2049"],
        ["5", "Klubbhus med garderober, Lindvåg stadion", "Lindvåg IL", "6 500 000", "2050"],
        ["6", "Standplass for elektroniske skiver, skytebanen", "Lindvåg skytterlag",
         "900 000", "2051"],
    ]
    naer = [
        ["1", "Belysning i skateparken i Sjøparken", "Lindvåg kommune", "450 000", "2048"],
        ["2", "Ballbinge ved Vikan bydelshus", "Vikan vel", "600 000", "2048"],
        ["3", "Turvei med lys rundt Lindvågtjernet, 2,3 km", "Lindvåg kommune", "1 900 000",
         "2049"],
        ["4", "Aktivitetspark for alle aldre ved omsorgssenteret", "Lindvåg kommune",
         "800 000", "2050"],
    ]
    p = [
        ("title", "Kommunedelplan for idrett, fysisk aktivitet og friluftsliv 2048–2051"),
        ("meta", "Lindvåg kommune · Planforslag, oktober 2047"),
        ("h1", "1 Innledning"),
        ("p", "Planen er kommunens styringsdokument for idrett, fysisk aktivitet og "
              "friluftsliv de neste fire årene. Den avløser kommunedelplanen for idrett og "
              "fysisk aktivitet 2044–2047 og tar for første gang med friluftslivet. "
              "Formannskapet vedtok oppstart av arbeidet 14. mars 2047 (sak 18/47)."),
        ("p", "Planen har en beskrivende del og en handlingsdel. Handlingsdelen er grunnlaget "
              "for søknader om spillemidler fra 2048."),
        ("h2", "Mål for planperioden"),
        ("bullets", ["Alle barn og unge i Lindvåg skal ha et idrettstilbud de har råd til å "
                     "delta i.",
                     "Flere innbyggere skal være fysisk aktive minst 30 minutter hver dag.",
                     "Alle skal ha under en kilometer til et turområde eller en tursti.",
                     "Anleggene skal holdes i god stand og brukes mer enn i dag."]),
        ("h1", "2 Slik har vi jobbet"),
        ("p", "Idrettsrådet har vært med i arbeidsgruppen fra første møte i april 2047, "
              "sammen med kultur og fritid, eiendom og folkehelsekoordinatoren. Alle lag og "
              "foreninger fikk i mai et spørreskjema om anleggsbehov, og 23 av 31 svarte. "
              "Ungdomsrådet har gitt innspill om skateparken og ballbingene."),
        ("h1", "3 Anleggene i dag"),
        ("p", "Kommunen og lagene eier til sammen ni anlegg som er bygd med spillemidler. "
              "Tabellen viser anleggene og tilstanden etter befaringer sommeren 2047. "
              "Lindvåghallen og svømmehallen er de største utfordringene."),
        ("table", ["Anlegg", "Type", "Bygd", "Tilstand 2047"], anlegg, [3.8, 4.6, 1.4, 6.6]),
        ("h1", "4 Fysisk aktivitet i befolkningen"),
        ("p", "Folkehelseprofilen viser at en stor andel av de voksne i Lindvåg er lite fysisk "
              "aktive, og at andelen øker med alderen. Blant barn og unge deltar 74 prosent i "
              "organisert idrett i barneskolealder, men bare 41 prosent i videregående "
              "alder."),
        ("p", "For de eldre vil kommunen utvide seniortreningen på omsorgssenteret fra to til "
              "fire dager i uka, og frisklivssentralen starter turgrupper for eldre i Vikan og "
              "sentrum. Aktivitetsparken ved omsorgssenteret (nærmiljøanlegg nr. 4) skal gjøre "
              "det lettere å være aktiv for dem som bor der."),
        ("p", "Frafallet fra organisert idrett i ungdomsårene er størst blant jentene. "
              "Ungdomsrådet ønsker flere tilbud som ikke handler om konkurranse, som "
              "skating, klatring og åpen hall på fredagskvelder. Kommunen vil prøve ut åpen "
              "hall i Lindvåghallen høsten 2048 sammen med Lindvåg IL."),
        ("h1", "5 Nærturer, stier og løyper"),
        ("p", "Vi har gått gjennom stinettet og løypene innenfor én kilometer fra de fem "
              "største boligområdene: sentrum, Vikan, Bjørkås, Sjøsiden og Storåsen. Sentrum "
              "og Storåsen har gode nærturer. I Vikan og på Sjøsiden mangler det merkede stier "
              "og en lysløype, og stiene går over privat grunn uten avtale. På Bjørkås må "
              "barna krysse fylkesvegen for å komme til turterrenget."),
        ("p", "Kommunen vil inngå avtaler med grunneierne om merking av stier i Vikan og på "
              "Sjøsiden, og turveien rundt Lindvågtjernet skal gi et lyst turtilbud nær "
              "sentrum."),
        ("p", "Kommunen har i dag 38 kilometer merkede turstier og 21 kilometer preparerte "
              "skiløyper. Løypene på Storåsen kjøres av Lindvåg skilag med tilskudd fra "
              "kommunen, og skilaget har meldt at det trenger en ny løypemaskin innen 2050."),
        ("h1", "6 Leie av anlegg"),
        ("p", "Flere lag har tatt opp prisen for leie av kommunale hallflater. Spørsmålet om "
              "leie for barn og unge vil bli tatt opp i arbeidet med gebyrregulativet for "
              "2049."),
        ("h1", "7 Handlingsdel – prioriterte anlegg"),
        ("p", "Handlingsdelen viser hvilke anlegg kommunen og lagene vil søke spillemidler til "
              "i planperioden, i prioritert rekkefølge. Ordinære anlegg og nærmiljøanlegg er "
              "prioritert hver for seg, slik ordningen krever. Beløpene er anslått totalkostnad."),
        ("h2", "Ordinære anlegg"),
        ("table", ["Prioritet", "Anlegg", "Utbygger", "Kostnad (kr)", "Søknadsår"], ordinaere,
         [1.9, 6.0, 3.6, 2.7, 2.2]),
        ("h2", "Nærmiljøanlegg"),
        ("table", ["Prioritet", "Anlegg", "Utbygger", "Kostnad (kr)", "Søknadsår"], naer,
         [1.9, 6.0, 3.6, 2.7, 2.2]),
        ("h1", "8 Videre behandling"),
        ("p", "Planforslaget legges fram for formannskapet 17. oktober 2047 og sendes deretter "
              "på høring i seks uker. Kommunestyret skal vedta planen i desember 2047. "
              "Handlingsdelen rulleres hvert år."),
    ]
    docx_pdf(d / "plan.pdf", p, title="Kommunedelplan idrett, fysisk aktivitet og friluftsliv",
             author="Lindvåg kommune", font="DejaVu Sans", size=9.5, lang="nb-NO",
             header="Kommunedelplan for idrett, fysisk aktivitet og friluftsliv 2048–2051",
             footer="Lindvåg kommune  |  side {PAGE}", accent="00557F", head_fill="DCE9F0")
    g = [
        P("S1", s[0], "content", "covered", ev="Kommunen og lagene eier til sammen",
          trap="a sentence of a formannskap's 'Vedtak:' in a MØTEBOK, running text with no "
          "numbers; the first sentence (the order to start the plan) is the mandate, not a "
          "point; points S1 … S7 by order, text the whole sentence. Answered in '3 Anleggene "
          "i dag' and its table `Anlegg | Type | Bygd | Tilstand 2047`"),
        P("S2", s[1], "deliverable", "covered", ev="Handlingsdelen viser hvilke anlegg",
          trap="the handlingsdel in '7', two prioritised tables (ordinære anlegg, "
               "nærmiljøanlegg) introduced by a paragraph"),
        P("S3", s[2], "content", "partial", ev="For de eldre vil kommunen utvide",
          missing=["tiltak for inaktive voksne"],
          trap="the eldre get measures (seniortrening, turgrupper, aktivitetspark); the "
               "inactive adults are only described in the folkehelseprofil sentence"),
        P("S4", s[3], "content", "covered", ev="Vi har gått gjennom stinettet",
          trap="answered in other words in '5 Nærturer, stier og løyper' (stinettet og "
               "løypene within a kilometre of the five largest boligområder)"),
        P("S5", s[4], "content", "uncovered",
          trap="a promise for later: '6 Leie av anlegg' puts the question off to the "
               "gebyrregulativ for 2049"),
        P("S6", s[5], "process", "partial", ev="Idrettsrådet har vært med i arbeidsgruppen",
          missing=["friluftsrådet trukket med i arbeidet"],
          trap="the sentence came into the vedtak by a tilleggsforslag quoted in "
               "'Behandling' (printed twice); idrettsrådet from the first meeting, "
               "friluftsrådet never named"),
        P("S7", s[6], "process", "covered", ev="Planforslaget legges fram for formannskapet",
          trap="'8 Videre behandling': 17 October 2047, before the 1 November deadline. "
               "Saksopplysninger (the budget sentence, the spillemidler rule) are none"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Lindvåg kommune – Møtebok Formannskapet 14.03.2047",),
                producer="a formannskap's MØTEBOK printed from the politics portal with Chromium "
                "(Liberation Sans 10, a definition list of the meeting, a footer line and 'Side "
                "n av m'): Saksopplysninger, Behandling with a tilleggsforslag in a blockquote, "
                "a boxed 'FSK-18/47 Vedtak:' in two paragraphs of running text whose sentences "
                "each order something (no numbers); plan exported from Word (DejaVu Sans 9.5, "
                "nb-NO, running header, footer 'Lindvåg kommune | side n'), an anlegg table and "
                "two prioritised handlingsdel tables", points=g)


# =========================================================================== 2 helse (nn)
@pair
def helse(d: Path) -> dict:
    q = [
        ("Korleis vil talet på innbyggjarar over 80 år utvikle seg fram mot 2040, og kva betyr "
         "det for behovet for tenester?", "Bruk SSB si framskriving, hovudalternativet."),
        ("Kor mange sjukeheimsplassar og omsorgsbustader med heildøgns bemanning treng "
         "kommunen i 2030 og i 2040?", "Sjå vedtaket om Haugnestunet i økonomiplanen "
         "2047–2050."),
        ("Korleis skal kommunen rekruttere og halde på sjukepleiarar og "
         "helsefagarbeidarar?", ""),
        ("Kva rolle skal frivillige og pårørande ha i omsorgstenestene framover?",
         "Jf. reforma Leve heile livet."),
        ("Korleis kan fleire få hjelp heime slik at dei kan bu lenger i eigen bustad?",
         "Gjeld både heimetenester og velferdsteknologi."),
        ("Ein handlingsdel med tiltak, ansvar og kostnad som kan rullerast kvart år.",
         "Knytt til økonomiplanen."),
    ]
    s1 = ("Eldrerådet og rådet for personar med funksjonsnedsetjing skal få planutkastet til "
          "uttale før det blir lagt ut på høyring.")
    s2 = "Planforslaget skal vere klart til politisk handsaming i juni 2048."
    m = [
        ("title", "Mandat for planarbeidet"),
        ("meta", "Kommunedelplan for helse og omsorg 2048–2060 · godkjend av kommunedirektøren "
                 "22. august 2047"),
        ("h1", "1 Bakgrunn"),
        ("p", "Kommuneplanen sin samfunnsdel (2046) seier at Haugnes skal ha gode og "
              "berekraftige helse- og omsorgstenester når talet på eldre aukar. Den kommunale "
              "planstrategien 2044–2047 tilrådde ein eigen kommunedelplan for helse og omsorg. "
              "Kommunestyret slutta seg til dette i sak 61/46."),
        ("p", "Planen skal gjelde alle helse- og omsorgstenestene i kommunen, også dei som "
              "private og frivillige utfører på oppdrag frå kommunen. Barnevernet er ikkje med."),
        ("h1", "2 Spørsmål planen skal svare på"),
        ("p", "Kommunedirektøren ber om at planforslaget svarar på spørsmåla i tabellen. "
              "Merknadene er rettleiing til arbeidsgruppa."),
        ("table", ["Kva planen skal svare på", "Merknad"], [[a, b] for a, b in q], [10.6, 5.6]),
        ("h1", "3 Organisering og medverknad"),
        ("p", "Kommunalsjef for helse og omsorg er prosjekteigar. Ei arbeidsgruppe med "
              "leiarane for heimetenesta, Haugnestunet, tildelingskontoret og "
              "folkehelsekoordinatoren lagar planforslaget. Hovudtillitsvalde og "
              "verneombod er med i arbeidsgruppa."),
        ("p", s1 + " Brukarar og pårørande skal bli høyrde gjennom eit eige møte."),
        ("h1", "4 Framdrift og ressursar"),
        ("p", s2 + " Arbeidet skal gjerast innanfor ordinære rammer. Planleggjar på "
              "kommunedirektøren sin stab set av 40 prosent stilling til arbeidet."),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Mandat kommunedelplan helse og omsorg",
             author="Haugnes kommune", font="Liberation Serif", size=11.5, lang="nn-NO",
             header="Haugnes kommune · Mandat for kommunedelplan for helse og omsorg",
             footer="Side {PAGE} av {NUMPAGES}", accent="7A1F2B", head_fill="F2DEDE")
    fram = [
        ["67–79 år", "1 020", "1 260", "1 310"],
        ["80–89 år", "410", "640", "820"],
        ["90 år og eldre", "95", "140", "230"],
        ["Alle over 80 år", "505", "780", "1 050"],
    ]
    tiltak = [
        ["1", "Fleire digitale tilsyn om natta i heimetenesta", "Leiar heimetenesta",
         "0,4 mill. per år", "2048"],
        ["2", "Medisindispenser til alle som får hjelp med medisinar", "Leiar heimetenesta",
         "0,6 mill.", "2048–2049"],
        ["3", "Kvardagsrehabilitering i heile kommunen", "Fysio- og ergoterapitenesta",
         "1,1 mill. per år", "2049"],
        ["4", "12 nye sjukeheimsplassar ved Haugnestunet", "Kommunalsjef helse og omsorg",
         "84 mill.", "2051–2053"],
        ["5", "Stipend til helsefagarbeidarar som tek sjukepleieutdanning",
         "Personal og organisasjon", "0,5 mill. per år", "2048–2060"],
        ["6", "Lærlingplassar i helsearbeidarfaget aukar frå 6 til 10", "Personal og "
         "organisasjon", "0,9 mill. per år", "2049"],
        ["7", "Dagtilbod for personar med demens fem dagar i veka", "Leiar Haugnestunet",
         "1,3 mill. per år", "2050"],
        ["8", "Felles tildelingskontor for alle tenestene", "Kommunalsjef helse og omsorg",
         "Innanfor ramma", "2048"],
    ]
    css = ("@page{size:A4;margin:18mm 22mm 20mm 22mm;@top-left{content:'Kommunedelplan for "
           "helse og omsorg 2048–2060';font:8pt 'DejaVu Serif',serif;color:#7a1f2b}"
           "@bottom-center{content:counter(page) ' / ' counter(pages);font:8pt 'DejaVu Serif',"
           "serif}}body{font-family:'DejaVu Serif',serif;font-size:9.5pt;line-height:1.5}"
           "h1{font-size:17pt;color:#7a1f2b;margin:0 0 4px}.ingress{font-size:10.5pt;"
           "color:#444;margin-bottom:10px}h2{font-size:12pt;margin:14px 0 4px;"
           "border-bottom:1px solid #7a1f2b;padding-bottom:2px}"
           "table{border-collapse:collapse;width:100%;font-size:8.5pt;margin:6px 0 10px}"
           "thead{display:table-header-group}th{background:#7a1f2b;color:#fff;text-align:left}"
           "th,td{padding:3px 6px;border:1px solid #c9a9ad;vertical-align:top}"
           "tr{break-inside:avoid}.ramme{border-left:4px solid #7a1f2b;background:#faf3f3;"
           "padding:4px 10px;margin:8px 0}")
    body = (
        "<h1>Kommunedelplan for helse og omsorg 2048–2060</h1>"
        "<div class='ingress'>Haugnes kommune · Høyringsutkast, mai 2048</div>"
        "<h2>1 Innleiing</h2>"
        + paras("Planen viser korleis Haugnes kommune skal gi gode helse- og omsorgstenester "
                "fram mot 2060, når det blir mange fleire eldre og færre i arbeidsfør alder. "
                "Han byggjer på mandatet frå kommunedirektøren i august 2047.",
                "Planen har ein del om utfordringar og mål og ein handlingsdel med tiltak.")
        + "<h2>Mål</h2><ul>"
        + "".join(f"<li>{e(t)}</li>" for t in (
            "Innbyggjarane i Haugnes skal meistre eigne liv lengst mogleg.",
            "Tenestene skal vere trygge, samanhengande og gitt på lågaste effektive nivå.",
            "Kommunen skal ha nok kompetente tilsette i helse og omsorg.",
            "Ressursane skal brukast der dei gir mest helse for pengane."))
        + "</ul>"
        + "<h2>2 Fleire eldre</h2>"
        + paras("Etter SSB sitt hovudalternativ blir det dobbelt så mange innbyggjarar over "
                "80 år i Haugnes i 2040 som i dag. Talet på dei aller eldste, over 90 år, "
                "aukar mest. Dei fleste av dei treng hjelp kvar dag, og mange har demens.")
        + table_html(["Alder", "2047", "2030", "2040"], fram)
        + paras("Med same dekningsgrad som i dag vil behovet for heimetenester auke med om "
                "lag 60 prosent og behovet for plassar med heildøgns omsorg med om lag 80 "
                "prosent fram mot 2040.")
        + "<h2>3 Plassar med heildøgns omsorg</h2>"
        + paras("Haugnestunet har i dag 48 sjukeheimsplassar. Kommunen treng 56 plassar i "
                "2030 og 68 plassar i 2040 dersom fleire skal få hjelp heime. Tolv nye plassar "
                "blir bygde ved Haugnestunet (tiltak 4); dei siste åtte plassane må kommunen ta "
                "stilling til i økonomiplanen for 2052–2055.",
                "Omsorgsbustadene blir omtala i den bustadsosiale planen.")
        + "<h2>4 Hjelp heime</h2>"
        + paras("Dei fleste ønskjer å bu heime så lenge som mogleg. Kommunen vil derfor gi "
                "meir av hjelpa i heimen: kvardagsrehabilitering skal tilbydast i heile "
                "kommunen, alle som får hjelp med medisinar skal få medisindispenser, og "
                "nattpatruljen skal bruke digitalt tilsyn der brukaren ønskjer det. Eit "
                "dagtilbod for personar med demens fem dagar i veka skal gjere det lettare for "
                "pårørande å ha dei heime.")
        + "<h2>5 Rekruttering</h2>"
        + paras("Haugnes manglar i dag sju sjukepleiarar. Kommunen vil rekruttere fleire ved "
                "å gi stipend til helsefagarbeidarar som tek sjukepleieutdanning, ta inn fleire "
                "lærlingar og marknadsføre ledige stillingar på nye måtar. Sjukepleiarstudentar "
                "skal få sommarjobb og praksis i kommunen.")
        + "<h2>Førebygging og folkehelse</h2>"
        + paras("Dei fleste eldre i Haugnes er friske og klarer seg sjølv. Kommunen vil "
                "halde fram med førebyggjande heimebesøk til alle som fyller 78 år, og "
                "frisklivssentralen skal ha eit eige tilbod om styrke- og balansetrening. "
                "Folkehelsekoordinatoren lagar ei oversikt over møteplassar for eldre i "
                "kommunen.",
                "Tannhelse, ernæring og fallførebygging skal vere tema på alle førebyggjande "
                "heimebesøk. Heimetenesta skal kartleggje ernæringa til alle nye brukarar.")
        + "<div class='ramme'>" + e("Frivillige og pårørande gjer ein stor innsats i "
                                    "omsorga i Haugnes.") + "</div>"
        + "<h2>6 Handlingsdel</h2>"
        + paras("Tiltaka under har ansvarleg eining og kostnad. Handlingsdelen blir rullert "
                "kvart år saman med økonomiplanen, og kommunestyret prioriterer tiltaka der.")
        + table_html(["Nr.", "Tiltak", "Ansvar", "Kostnad", "Når"], tiltak)
        + "<h2>Økonomi</h2>"
        + paras("Helse og omsorg brukar i dag 41 prosent av driftsbudsjettet. Utan endringar "
                "i måten tenestene blir gitt på, vil utgiftene auke med om lag 90 millionar "
                "kroner i året fram mot 2040. Tiltaka i handlingsdelen skal dempe veksten ved "
                "at fleire får hjelp tidleg og heime.")
        + "<h2>7 Planprosessen</h2>"
        + paras("Planforslaget blir lagt fram for hovudutval for helse og omsorg 11. juni "
                "2048, som skal vedta å leggje det ut på offentleg høyring i seks veker. "
                "Arbeidsgruppa har hatt ti møte, og tillitsvalde har vore med i alle.")
    )
    html_pdf(d / "plan.pdf", lang="nn", title="Kommunedelplan helse og omsorg 2048–2060",
             css=css, body=body)
    g = [
        P("1", q[0][0], "content", "covered", ev="Etter SSB sitt hovudalternativ",
          trap="a row of the two-column table 'Kva planen skal svare på | Merknad' of a "
          "MANDAT FOR PLANARBEIDET, numbered 1 … 6 by its place; text the left cell (a "
          "question); the Merknad cells are guidance to the working group, none. Answered "
          "in '2 Fleire eldre' with a table and the sentence on the behov"),
        P("2", q[1][0], "content", "partial", ev="Haugnestunet har i dag 48",
          missing=["talet på omsorgsbustader med heildøgns bemanning i 2030 og 2040"],
          trap="the sjukeheimsplassar are counted (56 and 68); the omsorgsbustader are "
               "pushed to the bustadsosial plan"),
        P("3", q[2][0], "content", "partial", ev="Haugnes manglar i dag sju",
          missing=["korleis kommunen skal halde på dei tilsette"],
          trap="rekruttering has measures (stipend, lærlingar, sommarjobb); nothing on "
               "keeping staff (halde på)"),
        P("4", q[3][0], "content", "uncovered",
          trap="words in passing: one sentence in a framed box ('gjer ein stor innsats'); "
               "no role for frivillige or pårørande described"),
        P("5", q[4][0], "content", "covered", ev="Dei fleste ønskjer å bu heime",
          trap="answered in other words in '4 Hjelp heime'"),
        P("6", q[5][0], "deliverable", "covered", ev="Tiltaka under har ansvarleg eining",
          trap="an order typed as a noun phrase in the question column; answered by '6 "
               "Handlingsdel' (table Nr. | Tiltak | Ansvar | Kostnad | Når, rolled with the "
               "økonomiplan)"),
        P("S1", s1, "process", "uncovered",
          trap="the first sentence of the second paragraph of '3 Organisering og "
               "medverknad'; '7 Planprosessen' names only the høyring and the tillitsvalde, "
               "neither eldrerådet nor the råd for personar med funksjonsnedsetjing. The "
               "sentence on the brukarmøte, the organisation and the resources are none"),
        P("S2", s2, "process", "covered", ev="Planforslaget blir lagt fram for hovudutval",
          trap="the first sentence of '4 Framdrift og ressursar'; 11 June 2048"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Haugnes kommune · Mandat for kommunedelplan for helse og omsorg",),
                producer="MANDAT FOR PLANARBEIDET exported from Word (Liberation Serif 11.5, "
                "nn-NO, running header, 'Side n av m'): Bakgrunn, a two-column table 'Kva "
                "planen skal svare på | Merknad' of six rows (five questions, one noun "
                "phrase), process sentences under Organisering og medverknad and Framdrift; "
                "plan the kommune's web page printed with Chromium (DejaVu Serif 9.5, running "
                "title at the top left, 'n / m' at the foot), a framskriving table, a framed "
                "box and a handlingsdel table", points=g)


# =========================================================================== 3 bostad (sv)
@pair
def bostad(d: Path) -> dict:
    order = ("uppdra åt samhällsbyggnadsförvaltningen att ta fram förslag till "
             "bostadsförsörjningsprogram för Ekeryds kommun 2048–2052,")
    a = [
        "programmet ska redovisa behovet av bostäder för äldre, unga och nyanlända",
        "programmet ska ange mål för bostadsbyggandet fördelat på kommunens tätorter",
        "programmet ska beskriva hur det kommunala bostadsbolaget AB Ekerydshem kan bidra "
        "till att målen nås",
        "möjligheten att använda markanvisningar för att få fler hyresrätter ska utredas",
        "programmet ska innehålla en handlingsplan med åtgärder och ansvarig förvaltning",
        "samråd ska ske med länsstyrelsen, Region Kronmark och grannkommunerna",
        "programmet ska följas upp årligen av kommunstyrelsen",
    ]
    m = [
        ("bold", "EKERYDS KOMMUN"),
        ("form", [["Sammanträdesdatum", "2047-04-08"], ["Organ", "Kommunstyrelsen"],
                  ["Paragraf", "§ 87"], ["Diarienummer", "KS 2047/114"]], [4.2, 11.6]),
        ("h1", "Uppdrag att ta fram bostadsförsörjningsprogram 2048–2052"),
        ("h2", "Sammanfattning av ärendet"),
        ("p", "Enligt lagen om kommunernas bostadsförsörjningsansvar ska kommunfullmäktige "
              "varje mandatperiod anta riktlinjer för bostadsförsörjningen. Kommunens "
              "nuvarande program gäller till och med 2047. Befolkningen har ökat med drygt "
              "1 100 personer sedan 2040, och kön till AB Ekerydshem är över två år för en "
              "tvåa i Ekeryd."),
        ("p", "Samhällsbyggnadsförvaltningen föreslår att ett nytt program tas fram under "
              "2047. Arbetet bekostas inom befintlig ram."),
        ("h2", "Beslutsunderlag"),
        ("p", "Tjänsteskrivelse från samhällsbyggnadsförvaltningen 2047-03-15. "
              "Arbetsutskottets protokoll 2047-03-25, § 41."),
        ("h2", "Beslut"),
        ("p", "Kommunstyrelsen beslutar"),
        ("p", "att " + order),
        *[("p", "att " + t + ("," if i < len(a) - 1 else ".")) for i, t in enumerate(a)],
        ("h2", "Beslutet skickas till"),
        ("p", "Samhällsbyggnadsförvaltningen, AB Ekerydshem, kommunfullmäktiges presidium"),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Protokollsutdrag KS 2047-04-08 § 87",
             author="Ekeryds kommun", font="Liberation Sans", size=10, lang="sv-SE",
             header="PROTOKOLLSUTDRAG  ·  Kommunstyrelsen  ·  2047-04-08",
             footer="Justerandes sign ______    Utdragsbestyrkande ______    Sida {PAGE} av "
                    "{NUMPAGES}", accent="000000", head_fill="EDEDED")
    mal = [
        ["Ekeryd", "260", "110", "60"],
        ["Stensjö", "90", "20", "15"],
        ["Håkanstorp", "60", "10", "10"],
        ["Lövnäs", "30", "0", "5"],
        ["Landsbygd", "40", "0", "0"],
        ["Hela kommunen", "480", "140", "90"],
    ]
    atg = [
        ["1", "Detaljplan för Norra Åsen, cirka 180 bostäder", "2048"],
        ["2", "Detaljplan för Stensjö centrum, cirka 60 bostäder", "2049"],
        ["3", "Bygga trygghetsboende med 40 lägenheter i Ekeryd", "2050"],
        ["4", "Anvisa kommunal mark för småhus i Håkanstorp och Lövnäs", "2048–2052"],
        ["5", "Erbjuda lägenheter till unga under 26 år genom ett eget kösystem", "2049"],
        ["6", "Ta fram en markanvisningspolicy", "2049"],
        ["7", "Se över bostadsanpassningsbidragen och rådgivningen om boende för äldre",
         "2050"],
        ["8", "Ny bostadsbehovsanalys inför nästa program", "2052"],
    ]
    p = [
        ("title", "Bostadsförsörjningsprogram 2048–2052"),
        ("meta", "Ekeryds kommun · Samrådshandling · oktober 2047"),
        ("h1", "1. Inledning"),
        ("p", "Bostadsförsörjningsprogrammet är kommunens riktlinjer för bostadsförsörjningen "
              "enligt lagen om kommunernas bostadsförsörjningsansvar. Det visar hur många "
              "bostäder som behövs, för vilka grupper, och vad kommunen gör för att de ska "
              "byggas. Kommunstyrelsen gav uppdraget den 8 april 2047."),
        ("h1", "2. Befolkning och bostadsbehov"),
        ("p", "Ekeryd har 18 900 invånare. Befolkningsprognosen visar en ökning med cirka "
              "900 personer till 2052, främst i åldrarna över 75 år och i barnfamiljer."),
        ("h2", "Äldre"),
        ("p", "Antalet invånare över 80 år ökar med 35 procent till 2052. Många äldre bor i "
              "villor som är svåra att anpassa. Det behövs fler tillgängliga lägenheter och "
              "trygghetsboenden i tätorterna, främst i Ekeryd och Stensjö."),
        ("h2", "Unga"),
        ("p", "Unga vuxna har svårt att få en första bostad. Kön till små lägenheter hos "
              "AB Ekerydshem är längst, och många unga flyttar till större orter. Det behövs "
              "cirka 60 små lägenheter för unga under programperioden."),
        ("h2", "Bostadsmarknaden"),
        ("p", "Två av tre hushåll i kommunen bor i småhus. Hyresrätterna finns nästan bara i "
              "Ekeryd och Stensjö, och vakansgraden hos AB Ekerydshem har varit under en "
              "procent sedan 2042. Priserna på småhus har stigit med 40 procent på tio år."),
        ("table", ["Upplåtelseform", "Antal bostäder 2046", "Andel"],
         [["Äganderätt (småhus)", "5 610", "66 %"], ["Hyresrätt", "2 040", "24 %"],
          ["Bostadsrätt", "720", "8 %"], ["Övrigt", "170", "2 %"],
          ["Totalt", "8 540", "100 %"]], [60, 50, 30]),
        ("h1", "3. Mål för bostadsbyggandet"),
        ("p", "Kommunen har som mål att det byggs 480 nya bostäder under perioden "
              "2048–2052, cirka 95 om året. Tabellen visar hur bostäderna fördelas på "
              "tätorterna och hur många som ska vara hyresrätter och tillgängliga bostäder "
              "för äldre."),
        ("table", ["Tätort", "Bostäder 2048–2052", "Varav hyresrätter",
                   "Varav för äldre"], mal, [42, 40, 40, 40]),
        ("h1", "4. AB Ekerydshems roll"),
        ("p", "Det kommunala bostadsbolaget är kommunens viktigaste verktyg för att få fram "
              "hyresrätter. Enligt ägardirektivet ska Ekerydshem bygga minst 120 nya "
              "lägenheter under perioden, varav 40 i det nya trygghetsboendet. Bolaget ska "
              "också ge unga förtur till en del av de små lägenheterna och bygga om "
              "lägenheter i beståndet så att äldre kan bo kvar."),
        ("h2", "Planberedskap"),
        ("p", "Gällande detaljplaner rymmer cirka 350 bostäder som ännu inte är byggda. "
              "Tillsammans med planerna för Norra Åsen och Stensjö centrum räcker "
              "planberedskapen för hela programperioden i Ekeryd och Stensjö, men inte i "
              "Håkanstorp och Lövnäs, där det behövs nya planer för småhus."),
        ("h1", "5. Kommunens mark"),
        ("p", "Kommunen äger mark för cirka 300 bostäder i detaljplanelagda områden. Frågan om "
              "markanvisningar kommer att behandlas i en markanvisningspolicy."),
        ("h1", "6. Handlingsplan"),
        ("p", "Åtgärderna nedan ska genomföras under programperioden."),
        ("table", ["Nr", "Åtgärd", "År"], atg, [12, 128, 30]),
        ("h1", "7. Samråd"),
        ("p", "Förslaget har varit på samråd hos länsstyrelsen, Region Kronmark, AB Ekerydshem "
              "och grannkommunerna Stensby, Rödvik och Alnäs. Synpunkterna redovisas i en "
              "samrådsredogörelse."),
        ("h1", "8. Uppföljning"),
        ("p", "Kommunstyrelsen följer upp programmet varje år i samband med årsredovisningen. "
              "Uppföljningen visar antalet färdigställda bostäder per tätort och hur "
              "åtgärderna i handlingsplanen går."),
    ]
    rl_pdf(d / "plan.pdf", p, title="Bostadsförsörjningsprogram 2048–2052",
           author="Ekeryds kommun", family="LS", size=10.5,
           head_left="Ekeryds kommun", head_right="Bostadsförsörjningsprogram 2048–2052",
           foot=lambda n, t: f"Sida {n} ({t})", accent="#8A5A00", head_fill="#F4E9D2")
    g = [
        P("1", a[0], "content", "partial", ev="Antalet invånare över 80 år",
          missing=["bostadsbehovet för nyanlända"],
          trap="an att-sats of a kommunstyrelse's 'Beslut' in a PROTOKOLLSUTDRAG, each att "
          "on a line of its own after 'Kommunstyrelsen beslutar'; the first att (the "
          "uppdrag) is the mandate, not a point; points numbered 1 … 7 over the rest by "
          "place, text without 'att' and the closing ','/'.'. Äldre and unga have their own "
          "sub-headings; the nyanlända are never named"),
        P("2", a[1], "content", "covered", ev="Kommunen har som mål att det byggs 480",
          trap="answered in '3. Mål för bostadsbyggandet' and its table by tätort"),
        P("3", a[2], "content", "covered", ev="Det kommunala bostadsbolaget är kommunens",
          trap="answered in other words in '4. AB Ekerydshems roll'"),
        P("4", a[3], "content", "uncovered",
          trap="a promise for later: '5. Kommunens mark' leaves markanvisningar to a policy "
               "(also action 6 'Ta fram en markanvisningspolicy')"),
        P("5", a[4], "deliverable", "partial", ev="Åtgärderna nedan ska genomföras",
          missing=["ansvarig förvaltning för varje åtgärd"],
          trap="the handlingsplan table `Nr | Åtgärd | År` has no column for who is "
               "responsible"),
        P("6", a[5], "process", "covered", ev="Förslaget har varit på samråd hos",
          trap="'7. Samråd' names all three"),
        P("7", a[6], "process", "covered", ev="Kommunstyrelsen följer upp programmet",
          trap="who follows up: '8. Uppföljning'. Sammanfattning, Beslutsunderlag and "
               "'Beslutet skickas till' are none"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                drop=("PROTOKOLLSUTDRAG · Kommunstyrelsen · 2047-04-08",),
                producer="PROTOKOLLSUTDRAG of kommunstyrelsen exported from Word (Liberation "
                "Sans 10, sv-SE, running header, footer 'Justerandes sign … Utdragsbestyrkande "
                "… Sida n av m'): a form table of the meeting, Sammanfattning, "
                "Beslutsunderlag, 'Beslut': 'Kommunstyrelsen beslutar' and eight att-satser "
                "each a paragraph of its own; plan laid out with reportlab (Liberation Sans "
                "10.5, running head with a rule, 'Sida n (m)'), a mål table by tätort and a "
                "handlingsplan table without an owner column", points=g)


# =========================================================================== 4 kommuneplan (da)
@pair
def kommuneplan(d: Path) -> dict:
    b = [
        "udpege nye arealer til boliger, så der kan bygges omkring 250 boliger om året i "
        "planperioden",
        "placere nye erhvervsarealer, så de får direkte adgang til motorvejen",
        "kortlægge de områder, der risikerer oversvømmelse fra havet, vandløbene eller ved "
        "skybrud, også når grundvandet stiger, og fastlægge retningslinjer for, hvordan der "
        "må bygges og anlægges i disse områder, så nye boliger, veje og kloakker ikke "
        "kommer til at stå under vand",
        "vurdere behovet for arealer til store solcelleanlæg og vindmøller",
        "udpege potentielle naturområder og økologiske forbindelser som en del af Grønt "
        "Danmarkskort, i samarbejde med nabokommunerne",
    ]
    s1 = ("Borgere, lokalråd og erhvervsliv inddrages i en debatfase i foråret 2048, før "
          "forslaget til kommuneplan udarbejdes.")
    m = [
        ("title", "Planstrategi 2047"),
        ("meta", "Hvidå Kommune · Vedtaget af byrådet den 30. oktober 2047"),
        ("h1", "1  Forord"),
        ("p", "Hvidå Kommune vokser. Vi er blevet 2.300 flere indbyggere på otte år, og flere "
              "børnefamilier vælger at flytte hertil, fordi der er kort til motorvejen og til "
              "arbejdspladserne i Aarslev og Kolstrup. Det stiller krav til, hvor vi bygger, "
              "hvordan vi passer på naturen, og hvordan vi sikrer os mod mere vand."),
        ("p", "Planstrategien fortæller, hvad byrådet vil med kommunens udvikling de næste "
              "tolv år, og hvilke dele af kommuneplanen der skal revideres. Den bygger på "
              "de input, vi fik fra borgerne i foråret 2047, og på de statslige interesser i "
              "planlægningen. Strategien er udarbejdet af Plan og Byg i samarbejde med "
              "direktionen."),
        ("h1", "2  Hvidå i udvikling"),
        ("p", "Kommunen har 41.600 indbyggere. Befolkningsprognosen viser 45.000 indbyggere "
              "i 2060, og væksten sker i Hvidå by og i Tversted. Landsbyerne mod vest mister "
              "til gengæld indbyggere, og flere butikker og skoler er lukket. Samtidig vokser "
              "antallet af ældre over 80 år med næsten 60 procent frem mod 2060, og det "
              "kræver flere boliger, der er egnede for ældre."),
        ("p", "Hver anden beskæftigede pendler ud af kommunen. Virksomhederne efterspørger "
              "store grunde tæt på motorvejen, og der er ikke flere ledige erhvervsgrunde i "
              "Hvidå Erhvervspark."),
        ("p", "De seneste ti år har der været tre stormfloder og flere skybrud, som har sat "
              "huse i Hvidå Havn og langs Hvidå under vand. Havet ventes at stige op til en "
              "meter i løbet af dette århundrede, og grundvandet står allerede højt i de "
              "lave dele af Hvidå by og i Aarup."),
        ("h1", "3  Byrådets mål"),
        ("p", "Byrådet vil skabe plads til vækst i de to store byer og samtidig bevare "
              "landsbyernes særpræg. Nye boliger skal ligge, hvor der er skoler, indkøb og "
              "kollektiv trafik. Byrådet vil have mere og bedre sammenhængende natur, og "
              "kommunen skal være fossilfri i 2045."),
        ("p", "Byrådet vil også arbejde for, at der bliver bygget flere almene boliger og "
              "seniorboliger, og at stationsbyerne langs jernbanen styrkes. Turismen ved "
              "kysten skal kunne udvikle sig uden at skade naturen."),
        ("p", "Målene skal følges op i kommuneplanen, i budgettet og i de sektorplaner, der "
              "laves i planperioden. Byrådet vil gøre status over målene midt i perioden."),
        ("h1", "4  Revision af kommuneplanen"),
        ("p", "Byrådet beslutter med denne planstrategi at foretage en samlet revision af "
              "kommuneplanen, så der kan vedtages en Kommuneplan 2049."),
        ("p", "Kommuneplanrevisionen skal:"),
        *[("typed", "•  ", t + ("," if i < len(b) - 1 else "."), 5, 3)
          for i, t in enumerate(b)],
        ("p", "Retningslinjerne for detailhandel og for store husdyrbrug videreføres uden "
              "ændringer."),
        ("h2", "Inddragelse og tidsplan"),
        ("p", s1 + " Forslaget til Kommuneplan 2049 forventes vedtaget af byrådet i efteråret "
              "2049."),
        ("h1", "5  Lokalplaner i planperioden"),
        ("p", "Byrådet forventer at vedtage 12–15 lokalplaner om året. De vigtigste er "
              "lokalplanerne for Hvidå Havn, for den nye skole i Tversted og for boligerne "
              "på Møllebakken."),
    ]
    rl_pdf(d / "mandate.pdf", m, title="Planstrategi 2047", author="Hvidå Kommune",
           family="LS", size=11, head_left="Planstrategi 2047", head_right="Hvidå Kommune",
           foot=lambda n, t: f"Side {n} af {t}", accent="#1B6B4A", head_fill="#DDEFE6")
    rammer = [
        ["1.B.12", "Møllebakken", "Hvidå", "180", "2049–2052"],
        ["1.B.13", "Nørre Mark Øst", "Hvidå", "320", "2053–2060"],
        ["1.B.14", "Havnefronten", "Hvidå", "240", "2050–2056"],
        ["2.B.07", "Tversted Vest", "Tversted", "260", "2049–2054"],
        ["2.B.08", "Skolevej Syd", "Tversted", "90", "2052–2055"],
        ["3.B.02", "Bøgelund", "Aarup", "40", "2050–2053"],
        ["4.B.03", "Kirkebakken", "Lille Hvidå", "25", "2049–2051"],
        ["5.B.01", "Stationsvej", "Skovby", "60", "2051–2056"],
        ["1.C.05", "Jernbanegade (blandet bolig og erhverv)", "Hvidå", "110", "2050–2058"],
        ["2.C.02", "Tversted bymidte (blandet bolig og erhverv)", "Tversted", "80",
         "2054–2060"],
        ["I alt", "", "", "1.405", ""],
    ]
    p = [
        ("title", "Kommuneplan 2049 – Hovedstruktur"),
        ("meta", "Hvidå Kommune · Forslag til offentlig høring, marts 2049"),
        ("h1", "1  Om kommuneplanen"),
        ("p", "Kommuneplan 2049 afløser Kommuneplan 2045. Hovedstrukturen fastlægger de "
              "overordnede rammer for byudvikling, erhverv, landskab og natur de næste tolv "
              "år. Rammer for lokalplanlægningen og retningslinjerne findes i den digitale "
              "kommuneplan. Revisionen er besluttet i Planstrategi 2047."),
        ("p", "Byrådets vision er, at Hvidå skal være et godt sted at bo og arbejde, tæt på "
              "naturen og kysten. Hovedstrukturen bygger på fire principper: byerne vokser "
              "indefra og ud, ny byudvikling sker ved stationerne, erhverv samles ved "
              "motorvejen, og det åbne land holdes fri for spredt bebyggelse."),
        ("h1", "2  Debatfasen"),
        ("p", "I debatfasen fra 1. marts til 15. april 2048 holdt kommunen borgermøder i "
              "Hvidå, Tversted og Skovby og møder med alle ni lokalråd. Der kom 86 "
              "skriftlige bidrag fra borgere og lokalråd. Bidragene og byrådets svar er "
              "samlet i en hvidbog."),
        ("h1", "3  Boliger"),
        ("p", "Kommuneplanen lægger nye rammeområder ud til i alt ca. 1.400 boliger, så der "
              "kan bygges omkring 250 boliger om året i hele planperioden, når de "
              "eksisterende rammer regnes med. Hovedparten ligger i Hvidå by og Tversted, tæt på skoler og "
              "station. Tabellen viser de nye rammeområder og den forventede etape."),
        ("table", ["Rammeområde", "Navn", "By", "Boliger", "Etape"], rammer,
         [3.4, 8.6, 4.2, 2.6, 3.6]),
        ("h1", "4  Erhverv"),
        ("p", "Det nye erhvervsområde Tversted Syd på 64 ha ligger umiddelbart ved "
              "motorvejens afkørsel 47 og får vejadgang direkte fra motorvejstilslutningen. "
              "Området er forbeholdt transport- og produktionsvirksomheder. Hvidå "
              "Erhvervspark udvides ikke."),
        ("h1", "5  Klimatilpasning"),
        ("p", "Kommunen har kortlagt de områder, der kan blive oversvømmet ved en "
              "100-års-hændelse i 2100 fra havet, fra Hvidå og de øvrige vandløb, ved "
              "skybrud og ved højt grundvand. Kortet i bilag 2 viser, at 610 boliger i "
              "Hvidå Havn, Strandvejen og Aarup ligger i risikoområderne."),
        ("p", "Kortlægningen bruges i lokalplanlægningen og i kommunens "
              "klimatilpasningsplan."),
        ("h1", "6  Energi"),
        ("p", "Byrådet ønsker mere vedvarende energi i kommunen. Spørgsmålet om arealer til "
              "store solcelleanlæg og vindmøller vil blive behandlet i et særskilt "
              "kommuneplantillæg, når der er udarbejdet en energistrategi."),
        ("h1", "7  Natur og Grønt Danmarkskort"),
        ("p", "Kommuneplanen udpeger 1.450 ha potentielle naturområder og seks potentielle "
              "økologiske forbindelser langs ådalene og kysten. Forbindelserne over "
              "kommunegrænsen er aftalt med Aarslev og Kolstrup kommuner, så de fortsætter "
              "på den anden side af grænsen. Udpegningen indgår i Grønt Danmarkskort."),
        ("h1", "8  Landsbyerne"),
        ("p", "Landsbyerne får hver en afgrænsning, inden for hvilken der kan bygges enkelte "
              "nye boliger som huludfyldning. I Aarup, Lille Hvidå og Skovby er der udlagt "
              "nye rammeområder, fordi der er skole og station. De øvrige landsbyer udvikles "
              "ikke med nye rammeområder i planperioden."),
        ("h1", "9  Trafik"),
        ("p", "Den nye omfartsvej nord om Hvidå by er indarbejdet som en reservation. "
              "Stationerne i Hvidå, Tversted og Skovby skal have flere cykelparkeringer og "
              "bedre stier fra de nye boligområder."),
        ("h1", "10  Det videre forløb"),
        ("p", "Forslaget er i offentlig høring i otte uger. Herefter behandler byrådet "
              "høringssvarene og vedtager Kommuneplan 2049 endeligt."),
    ]
    docx_pdf(d / "plan.pdf", p, title="Kommuneplan 2049 – Hovedstruktur",
             author="Hvidå Kommune", font="Liberation Sans Narrow", size=11, lang="da-DK",
             header="Kommuneplan 2049 · Hovedstruktur · Forslag", footer="{PAGE}",
             accent="1B6B4A", head_fill="DDEFE6", landscape=True)
    g = [
        P("1", b[0], "content", "covered", ev="Kommuneplanen lægger nye rammeområder ud",
          trap="a bullet of a PLANSTRATEGI's chapter on the kommuneplan revision after the "
          "lead 'Kommuneplanrevisionen skal:' (no point), numbered 1 … 5 by place; text "
          "without '•' and the closing ','/'.'. Answered in '3 Boliger' and the rammeområde "
          "table (over the page in landscape, header row repeated)"),
        P("2", b[1], "content", "covered", ev="Det nye erhvervsområde Tversted Syd",
          trap="answered in other words in '4 Erhverv' (afkørsel 47, vejadgang direkte fra "
               "motorvejstilslutningen)"),
        P("3", b[2], "content", "partial", ev="Kommunen har kortlagt de områder",
          missing=["retningslinjer for byggeri i de oversvømmelsestruede områder"],
          trap="the bullet that wraps over the page break of the planstrategi; the "
               "kortlægning is done (havet, vandløb, skybrud), no retningslinjer are set"),
        P("4", b[3], "content", "uncovered",
          trap="a promise for later: '6 Energi' hands the question to a særskilt "
               "kommuneplantillæg"),
        P("5", b[4], "content", "covered", ev="Kommuneplanen udpeger 1.450 ha",
          trap="answered in '7 Natur og Grønt Danmarkskort', the neighbouring kommuner "
               "by name"),
        P("S1", s1, "process", "partial", ev="I debatfasen fra 1. marts",
          missing=["erhvervslivet inddraget i debatfasen"],
          trap="the first sentence under 'Inddragelse og tidsplan'; borgere and lokalråd "
               "were heard, erhvervslivet is not named. The adoption sentence, the "
               "unchanged retningslinjer and the lokalplan chapter are none"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Planstrategi 2047 Hvidå Kommune", "Planstrategi 2047", "Hvidå Kommune"),
                producer="PLANSTRATEGI laid out with reportlab (Liberation Sans 11, running "
                "head with a rule, 'Side n af m'), two pages: Forord, Hvidå i udvikling, "
                "Byrådets mål, 'Revision af kommuneplanen' with 'Kommuneplanrevisionen "
                "skal:' and five '•' bullets in a hanging indent, one wrapping over the page "
                "break, and 'Inddragelse og tidsplan'; plan exported from Word in LANDSCAPE "
                "(Liberation Sans Narrow 11, da-DK, running header, bare page number), a "
                "rammeområde table over the page with its header row repeated", points=g)


# =========================================================================== 5 lcwip (en)
@pair
def lcwip(d: Path) -> dict:
    prods = [
        ("P1", "Cycle network plan", "A map of the preferred cycle routes in Harford, Kelby "
         "and Oxley, with the improvements each route needs"),
        ("P2", "Core walking zones", "Walking zones around the three town centres, with the "
         "key routes to schools and stations audited on foot"),
        ("P3", "Prioritised programme of schemes", "Short, medium and long-term schemes "
         "ranked by cost, benefit and deliverability"),
        ("P4", "Equality impact assessment", "An assessment of how the network serves "
         "disabled people, older people and people without a car"),
        ("P5", "Engagement report", "A summary of what residents, schools and local "
         "businesses told us and how the plan responds"),
    ]
    s1 = ("Ward members in each town will be briefed on the draft network before public "
          "engagement begins.")
    s2 = "The draft LCWIP will be presented to Cabinet by 31 March 2048."
    m = [
        ("title", "Project Initiation Document"),
        ("form", [["Project", "Local Cycling and Walking Infrastructure Plan (LCWIP)"],
                  ["Directorate", "Place and Growth"],
                  ["Project sponsor", "Director of Place"],
                  ["Project manager", "Transport Planning Team Leader"],
                  ["Version", "1.0 – approved by the Place Board, 12 June 2047"]],
         [4.0, 12.4]),
        ("h1", "1. Background"),
        ("p", "Harford District Council declared a climate emergency in 2039. Transport is "
              "the largest source of carbon emissions in the district, and more than half of "
              "all car trips are shorter than five kilometres. Government funding for walking "
              "and cycling now goes to authorities with an LCWIP that follows the national "
              "technical guidance."),
        ("h1", "2. Objectives"),
        ("p", "The project supports these objectives of the council’s Transport Strategy:"),
        ("table", ["Ref", "Objective", "Success measure"],
         [["O1", "More short trips made on foot or by bike", "Share of trips under 5 km "
           "walked or cycled rises from 31% to 40% by 2035"],
          ["O2", "A pipeline of schemes ready for funding bids", "At least two bids a year "
           "from 2049"],
          ["O3", "Safer streets for people walking and cycling", "Casualties among people "
           "walking and cycling fall by a third by 2035"]], [1.4, 6.6, 8.4]),
        ("h1", "3. Products"),
        ("p", "The project will deliver the following products, which together make up the "
              "LCWIP:"),
        ("table", ["Ref", "Product", "Description"], [list(x) for x in prods],
         [1.4, 4.6, 10.4]),
        ("h1", "4. Scope"),
        ("p", "The LCWIP covers the three market towns and the routes between them. Rural "
              "villages and leisure routes are out of scope; they are covered by the "
              "county’s rights of way improvement plan."),
        ("h1", "5. Communication and engagement"),
        ("p", s1 + " Residents, schools and businesses will be invited to comment on an "
              "online map for six weeks."),
        ("h1", "6. Timescales"),
        ("p", s2 + " Data collection and route audits will take place between July and "
              "November 2047."),
        ("h1", "7. Budget and resources"),
        ("p", "The project has a budget of £85,000 from the Active Travel Capability Fund, "
              "mainly for consultants and surveys."),
    ]
    docx_pdf(d / "mandate.pdf", m, title="PID – LCWIP", author="Harford District Council",
             font="Liberation Sans", size=11, lang="en-GB",
             header="Harford District Council · PID · LCWIP · OFFICIAL",
             footer="Page {PAGE} of {NUMPAGES}", accent="003B5C", head_fill="D6E4EC")
    routes = [
        ["C1", "Harford station – town centre – Brook Lane", "Harford", "Segregated track on "
         "Station Road; 20 mph and filtered streets elsewhere"],
        ["C2", "Harford – Kelby via the old railway", "Harford / Kelby", "Surface the 4.2 km "
         "path and light the section at Kelby"],
        ["C3", "Kelby town centre – Mill Park estate", "Kelby", "Quiet route with parallel "
         "crossing of the A61"],
        ["C4", "Oxley station – Oxley Business Park", "Oxley", "Light segregation on Park "
         "Way, new toucan crossing"],
        ["C5", "Oxley – Harford along the A61", "Oxley / Harford", "Widen the shared path to "
         "3 m and separate from the road"],
        ["C6", "Kelby – Oxley via Hollins Lane", "Kelby / Oxley", "Quiet lane: advisory "
         "signs, 30 mph limit"],
    ]
    schemes = [
        ["1", "Station Road cycle track, Harford", "Short (to 2050)", "£2.4m", "High"],
        ["2", "A61 crossing at Mill Park, Kelby", "Short (to 2050)", "£0.6m", "High"],
        ["3", "Harford town centre walking zone: wider pavements and seating", "Short "
         "(to 2050)", "£1.1m", "High"],
        ["4", "Old railway path Harford – Kelby", "Medium (2051–2055)", "£1.8m", "Medium"],
        ["5", "Park Way, Oxley", "Medium (2051–2055)", "£0.9m", "Medium"],
        ["6", "A61 shared path Oxley – Harford", "Long (after 2055)", "£3.5m", "Medium"],
        ["7", "Hollins Lane quiet lane", "Long (after 2055)", "£0.2m", "Low"],
    ]
    p = [
        ("title", "Harford Local Cycling and Walking Infrastructure Plan"),
        ("meta", "Draft for Cabinet · March 2048"),
        ("h1", "1 Introduction"),
        ("p", "This plan sets out the walking and cycling network that Harford District "
              "Council wants to build over the next fifteen years, and the order in which we "
              "will build it. It follows the government’s technical guidance for LCWIPs and "
              "covers Harford, Kelby and Oxley."),
        ("h2", "Policy context"),
        ("p", "The LCWIP supports the council’s Transport Strategy and its Climate Action "
              "Plan. It will inform the new Local Plan, so that new housing sites connect to "
              "the network, and it will be used to secure developer contributions."),
        ("h2", "Travel in Harford today"),
        ("p", "In 2046, 31 per cent of trips shorter than five kilometres were made on foot "
              "or by bike. Walking is common in the town centres, but few people cycle: "
              "main roads between the towns are busy and fast, and most junctions have no "
              "crossing. Between 2042 and 2046, 58 people were killed or seriously injured "
              "while walking or cycling in the district."),
        ("h1", "2 The cycle network"),
        ("p", "We have mapped where people travel today and where new homes and jobs will "
              "come. From this we chose six routes that link homes with stations, schools, "
              "town centres and the business parks. The table shows the routes and what "
              "each needs."),
        ("table", ["Route", "From – to", "Town", "Improvements needed"], routes,
         [13, 52, 26, 79]),
        ("h1", "3 Walking"),
        ("p", "Each town centre has a core walking zone of about 400 metres around the "
              "market place. Inside the zones we will widen pavements, add seating and "
              "remove clutter. Officers walked every street in the three zones in September "
              "2047 and scored them for comfort, directness and safety."),
        ("h1", "4 Programme"),
        ("p", "Schemes were scored for cost, benefit and how easily they can be built, and "
              "put into three groups by when they can be delivered."),
        ("table", ["No.", "Scheme", "Period", "Cost", "Priority"], schemes,
         [12, 70, 36, 22, 30]),
        ("h1", "5 What people told us"),
        ("p", "1,240 people commented on the online map between 2 October and 13 November "
              "2047, and pupils at six schools drew the routes they use. The most common "
              "requests were a safe crossing of the A61 at Kelby and lighting on the old "
              "railway path; both are in the short or medium term programme."),
        ("h1", "6 Equalities"),
        ("p", "An equality impact assessment will be carried out before the plan is "
              "adopted."),
        ("h1", "7 Monitoring"),
        ("p", "Automatic counters will be installed on routes C1, C2 and C4 before work "
              "starts. Progress on the programme will be reported each year to the Place "
              "Board, together with counts and casualty figures."),
        ("h1", "8 Next steps"),
        ("p", "Cabinet will consider this draft on 16 March 2048. Once adopted, the plan "
              "will be reviewed every four years."),
    ]
    rl_pdf(d / "plan.pdf", p, title="Harford LCWIP", author="Harford District Council",
           family="Helvetica", size=10, head_left="Harford LCWIP – Draft",
           head_right="Harford District Council", foot=lambda n, t: f"{n}",
           accent="#003B5C", head_fill="#D6E4EC")
    g = [
        P("P1", "Cycle network plan: " + prods[0][2], "deliverable", "covered",
          ev="We have mapped where people travel",
          trap="a row of the 'Products' table of a PROJECT INITIATION DOCUMENT, numbered by "
          "its Ref P1 … P5; text 'Product: Description'. The 'Objectives' table O1–O3 "
          "(outcome goals of the council's Transport Strategy with success measures) is "
          "none, like the Effektmål of a prosjektmandat. Answered by '2 The cycle network' "
          "and its route table"),
        P("P2", "Core walking zones: " + prods[1][2], "deliverable", "partial",
          ev="Each town centre has a core walking zone",
          missing=["routes to schools and stations audited on foot"],
          trap="the zones are drawn and their streets walked; the routes to schools and "
               "stations are not audited"),
        P("P3", "Prioritised programme of schemes: " + prods[2][2], "deliverable", "covered",
          ev="Schemes were scored for cost",
          trap="'4 Programme' and its scheme table (short / medium / long)"),
        P("P4", "Equality impact assessment: " + prods[3][2], "deliverable", "uncovered",
          trap="a promise for later: '6 Equalities' has one sentence, the assessment will "
               "be carried out before adoption"),
        P("P5", "Engagement report: " + prods[4][2], "deliverable", "partial",
          ev="1,240 people commented on the online map",
          missing=["what local businesses said"],
          trap="residents and schools are summarised and answered; businesses are not "
               "named"),
        P("S1", s1, "process", "uncovered",
          trap="the first sentence of '5. Communication and engagement'; the plan never "
               "names ward members. The six-week online map sentence, Scope, Budget are "
               "none"),
        P("S2", s2, "process", "covered", ev="Cabinet will consider this draft",
          trap="the first sentence of '6. Timescales'; 16 March 2048 is before the 31 March "
               "deadline"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Harford District Council · PID · LCWIP · OFFICIAL",),
                producer="PROJECT INITIATION DOCUMENT exported from Word (Liberation Sans 11, "
                "en-GB, running header, 'Page n of m'): a form table, Background, an "
                "'Objectives' table Ref | Objective | Success measure, a 'Products' table Ref "
                "| Product | Description, Scope, Communication and engagement, Timescales, "
                "Budget; plan laid out with reportlab (Helvetica 10, running head with a rule, "
                "bare page number), a route table and a scheme programme table", points=g)


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.mandates_main)."""
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder=BUILDER)


BUILDER = "corpora/mandates-blind35/make_pairs.py"

if __name__ == "__main__":
    main(sys.argv[1:])
