"""Build the thirty-ninth blind batch of mandate/plan pairs under corpora/mandates-blind39/ and their gold.

Written on 2026-12-05 without reading plancheck's code. ORDINARY mandates of small
municipalities, one or two pages, on surfaces of this batch's own: a nynorsk extract of an
utval's møtebok printed from the case system's web view (Chromium) whose vedtak is "Utvalet ber
administrasjonen …" with hand-typed a)–e); a bokmål BESTILLING memo from the kommunedirektør
(reportlab) with 'Leveranser' as numbered noun phrases and a 'Frister' paragraph; a Swedish
DIREKTIV (Word → PDF) whose 'Riktlinjerna ska innehålla' bullets hold one with sub-points, with
'Samråd' and 'Tidplan' in prose; a Danish KOMMISSORIUM (Word → PDF) whose 'Opgaver' is running
prose; and an English officer's REPORT TO COMMITTEE (Chromium) with 'The Committee is asked
to:' and (a)–(g). Plans answer mostly in other words: a chapter, a table of measures row by
row, a process chapter in the past tense, some points named in passing or put off.

    python corpora/mandates-blind39/make_pairs.py               # all pairs
    python corpora/mandates-blind39/make_pairs.py --verify      # gold quotes against pdftotext
    python corpora/mandates-blind39/make_pairs.py --twice       # build twice, compare sha256

Imports the twentieth batch's builder (P, verify, the construction check) and the
thirty-third batch's three document writers (docx_pdf, rl_pdf, html_pdf, called with this
batch's own fonts, sizes, headers, footers and colours; the HTML pages' CSS and markup are this
batch's own) through pairkit. Nothing of the earlier batches is edited.
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


def hang(marker: str, text: str, cls: str = "pt") -> str:
    """A hand-typed point: the marker in its own cell, the text hanging beside it."""
    return f"<div class='{cls}'><span class='mk'>{e(marker)}</span><span>{e(text)}</span></div>"


# =========================================================================== 1 idrett (nn)
@pair
def idrett(d: Path) -> dict:
    s = [
        "gjere ei oversikt over idrettsanlegga og friluftsanlegga i kommunen og kva stand dei er i",
        "setje opp ei prioritert liste over anlegg det skal søkjast spelemidlar til, delt i",
        "sjå særskilt på tilbodet til born og unge som ikkje er med i organisert idrett",
        "vurdere korleis turstiar og friluftsområde kan gjerast meir tilgjengelege for eldre og "
        "personar med nedsett funksjonsevne",
        "ha jamleg dialog med idrettsrådet og med lag og foreiningar undervegs i arbeidet",
    ]
    subs = ["ordinære anlegg", "nærmiljøanlegg"]
    s1 = ("Planen må vere vedteken i kommunestyret før 1.mars 2048, slik at søknadene om "
          "spelemidlar kan sendast innan fristen 15.april.")
    css = ("@page{size:A4;margin:15mm 17mm 18mm 17mm;@bottom-left{content:'Utskrift frå "
           "møtebok – Vangdal kommune';font:7.5pt 'DejaVu Sans',sans-serif;color:#666}"
           "@bottom-right{content:counter(page) '/' counter(pages);font:7.5pt 'DejaVu Sans',"
           "sans-serif;color:#666}}"
           "body{font-family:'DejaVu Serif',serif;font-size:10pt;line-height:1.45;color:#222}"
           ".logo{font-family:'DejaVu Sans',sans-serif;font-size:13pt;font-weight:bold;"
           "color:#6b3e1e;border-bottom:2px solid #6b3e1e;padding-bottom:3px;margin-bottom:10px}"
           "table.meta{border-collapse:collapse;font-family:'DejaVu Sans',sans-serif;"
           "font-size:8.5pt;margin-bottom:12px}table.meta td{padding:1px 14px 1px 0}"
           "table.meta td:first-child{color:#555}"
           "h1{font-family:'DejaVu Sans',sans-serif;font-size:13.5pt;margin:6px 0 10px}"
           "h2{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:14px 0 3px}"
           "p{margin:0 0 6px}.pt{display:flex;margin:0 0 2px 0}.pt .mk{flex:0 0 7mm}"
           ".sub{display:flex;margin:0 0 1px 7mm}.sub .mk{flex:0 0 5mm}"
           ".vedtak{border-left:3px solid #6b3e1e;padding-left:8px}"
           ".sign{font-size:8.5pt;color:#555;margin-top:14px}")
    meta = [["Arkivsak", "47/0388"], ["Sakshandsamar", "Oddny Vik, kultursjef"],
            ["Utval", "Utval for oppvekst og kultur"], ["Møtedato", "14.09.2047"],
            ["Saksnr.", "042/47"]]
    body = (
        "<div class='logo'>Vangdal kommune</div>"
        "<table class='meta'>" + "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>"
                                         for a, b in meta) + "</table>"
        "<h1>Rullering av kommunedelplan for idrett, fysisk aktivitet og friluftsliv</h1>"
        "<h2>Saksutgreiing</h2>"
        + paras("Gjeldande kommunedelplan for idrett, fysisk aktivitet og friluftsliv gjeld "
                "2043–2046. Kommunen må ha ein vedteken plan med eit prioritert "
                "handlingsprogram for at laga og kommunen skal kunne søkje spelemidlar frå "
                "fylkeskommunen. Planen skal rullerast kvart fjerde år.",
                "Kommunedirektøren rår til at arbeidet blir leidd av kultureininga, med "
                "eigedom og helse som deltakarar.")
        + "<h2>Handsaming i Utval for oppvekst og kultur 14.09.2047</h2>"
        + paras("Arve Lunde (Sp) sette fram forslag om å ta med ordlyden om eldre og personar "
                "med nedsett funksjonsevne i bokstav d. Tilrådinga med framlegget frå Lunde "
                "vart samrøystes vedteken.")
        + "<h2>UOK-042/47 Vedtak</h2><div class='vedtak'>"
        + paras("Utvalet ber administrasjonen starte rulleringa av kommunedelplan for idrett, "
                "fysisk aktivitet og friluftsliv 2048–2051, og i arbeidet")
        + hang("a)", s[0]) + hang("b)", s[1] + ":")
        + hang("–", subs[0], "sub") + hang("–", subs[1], "sub")
        + hang("c)", s[2]) + hang("d)", s[3]) + hang("e)", s[4] + ".")
        + "<p style='margin-top:6px'>" + e(s1) + "</p></div>"
        "<div class='sign'>Rett utskrift: Vangdal, 16.09.2047 · Politisk sekretariat</div>"
    )
    html_pdf(d / "mandate.pdf", lang="nn", title="Utskrift frå møtebok – UOK 042/47",
             css=css, body=body)
    anlegg = [
        ["Vangdal idrettspark, kunstgras", "Vangdal", "2031", "Dekket er slite, bør skiftast"],
        ["Vangdalshallen", "Vangdal", "1994", "God, nytt golv 2044"],
        ["Lysløypa Solbakken, 3,5 km", "Vangdal", "1988", "Lysa må skiftast til LED"],
        ["Ballbinge Nordbø skule", "Nordbø", "2012", "God"],
        ["Skytebana på Myrane", "Nordbø", "1979", "Standplass med råteskade"],
        ["Turstien rundt Vangsvatnet, 6 km", "Vangdal / Nordbø", "2020", "God, grusa"],
        ["Badeplassen i Lundsvika", "Lundsvik", "2002", "Bryggja må rettast opp"],
    ]
    prog = [
        ["1", "Nytt kunstgrasdekke, Vangdal idrettspark", "3 200 000", "1 000 000", "2048"],
        ["2", "LED-lys i lysløypa Solbakken", "1 400 000", "700 000", "2049"],
        ["3", "Ny standplass, skytebana på Myrane", "900 000", "300 000", "2049"],
        ["4", "Garderobebygg ved Lundsvika", "2 100 000", "700 000", "2050"],
        ["5", "Klatrevegg i Vangdalshallen", "600 000", "200 000", "2051"],
    ]
    tiltak = [
        ["Ope hall fredagskveldar for ungdom 13–18 år", "Kultur, fritidsklubben", "Frå haust 2048"],
        ["Utstyrsbu med gratis utlån av ski, sykkel og friluftsutstyr", "Kultur, frivilligsentralen",
         "2049"],
        ["Kontingentstøtte til born i familiar med låg inntekt", "NAV og kultur", "Kvart år"],
        ["Friluftsskule i sommarferien", "Vangdal turlag", "Kvar sommar"],
    ]
    p = [
        ("title", "Kommunedelplan for idrett, fysisk aktivitet og friluftsliv 2048–2051"),
        ("meta", "Vangdal kommune · Vedteken i kommunestyret 22.02.2048, sak 009/48"),
        ("h1", "1 Kvifor ein plan"),
        ("p", "Planen viser kva idretts- og friluftsanlegg Vangdal har, kva vi vil byggje og "
              "rehabilitere dei neste fire åra, og korleis fleire kan bli fysisk aktive. Han er "
              "grunnlaget for søknader om spelemidlar."),
        ("h1", "2 Arbeidet med planen"),
        ("p", "Kultureininga leidde arbeidet saman med eigedom og helse. Idrettsrådet var med på "
              "tre arbeidsmøte i oktober og november 2047, og alle lag og foreiningar vart "
              "inviterte til eit ope møte på Vangdal samfunnshus 2. november. Tolv lag kom med "
              "innspel, mellom anna turlaget og skyttarlaget. Kommunestyret vedtok planen "
              "22. februar 2048."),
        ("h1", "3 Anlegga vi har"),
        ("p", "Kommunen og laga har saman sju større anlegg for idrett og friluftsliv. Tabellen "
              "viser kvar dei ligg, når dei vart bygde og korleis dei står til i dag."),
        ("table", ["Anlegg", "Bygd", "Bygd år", "Tilstand"], anlegg, [5.8, 3.0, 1.8, 5.8]),
        ("h1", "4 Handlingsprogram for spelemidlar"),
        ("p", "Prioriteringa under gjeld dei ordinære anlegga. Spelemidlar utgjer om lag ein "
              "tredel av kostnaden; resten er kommunal del, dugnad og midlar frå laga."),
        ("table", ["Prio.", "Anlegg", "Kostnad (kr)", "Spelemidlar (kr)", "År"], prog,
         [1.3, 6.6, 2.8, 3.0, 1.3]),
        ("p", "Nærmiljøanlegg, som ballbingar og skateramper, blir tekne inn i den årlege "
              "søknadslista etter kvart som laga melder dei inn."),
        ("h1", "5 Aktivitet for alle"),
        ("p", "Ungdata frå 2047 viser at om lag ein av tre ungdomar i Vangdal ikkje trenar i "
              "noko lag. Mange av dei vil gjerne vere aktive, men ikkje konkurrere, og for "
              "nokre er kontingent og utstyr for dyrt. Vi vil difor satse på tilbod som er "
              "opne, gratis og utan krav om å melde seg inn:"),
        ("table", ["Tiltak", "Ansvar", "Når"], tiltak, [8.2, 5.0, 3.2]),
        ("h1", "6 Friluftsliv"),
        ("p", "Vangdal har korte avstandar til fjell og sjø, og turstien rundt Vangsvatnet er "
              "mykje brukt. Tilgjenge for eldre og personar med nedsett funksjonsevne blir "
              "vurdert når turstikartet skal rullerast."),
    ]
    docx_pdf(d / "plan.pdf", p, title="Kommunedelplan for idrett, fysisk aktivitet og friluftsliv",
             author="Vangdal kommune", font="Liberation Sans", size=10, lang="nn-NO",
             header="Vangdal kommune – Idrett, fysisk aktivitet og friluftsliv 2048–2051",
             footer="Side {PAGE}", accent="6B3E1E", head_fill="F2E6DC")
    g = [
        P("a", s[0], "content", "covered", ev="Kommunen og laga har saman sju",
          trap="a hand-typed letter point of an utval's vedtak in an UTSKRIFT FRÅ MØTEBOK "
               "('Utvalet ber administrasjonen starte rulleringa … og i arbeidet' then a)–e)); "
               "the lead sentence (starte rulleringa) is the mandate, not a point; points a … e "
               "by their letter, text without the closing mark. Answered by '3 Anlegga vi har' "
               "and its table (Tilstand for 'kva stand')"),
        P("b", s[1] + ": " + "; ".join(subs), "deliverable", "partial",
          ev="Prioriteringa under gjeld dei ordinære",
          missing=["prioritert liste over nærmiljøanlegg"],
          trap="the point with two '–' sub-points, text the lead, ': ' and the sub-points joined "
               "by '; '; the handlingsprogram prioritises the ordinære anlegg only, nærmiljøanlegg "
               "are left to the yearly list"),
        P("c", s[2], "content", "covered", ev="Ungdata frå 2047 viser",
          trap="answered in other words ('ikkje trenar i noko lag', 'utan krav om å melde seg "
               "inn') and a small tiltak table"),
        P("d", s[3], "content", "uncovered",
          trap="named in passing and put off: 'blir vurdert når turstikartet skal rullerast'"),
        P("e", s[4], "process", "covered", ev="Kultureininga leidde arbeidet",
          trap="process chapter in the past tense: idrettsrådet in three meetings, every lag "
               "invited to an open meeting"),
        P("S1", s1, "process", "covered", ev="Kultureininga leidde arbeidet",
          trap="the sentence after the letters inside the vedtak (running text, '1.mars' typed "
               "without a space); adopted 22 February 2048, before 1 March; shares the process "
               "passage with e. The saksutgreiing and the handsaming are none"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Vangdal kommune", "Utskrift frå møtebok – Vangdal kommune"),
                producer="UTSKRIFT FRÅ MØTEBOK printed from the case system's web view with "
                "Chromium (DejaVu Serif 10, a logo line over a rule, a meta table, "
                "'Utskrift frå møtebok – Vangdal kommune' and 'n/m' at the foot, one page): "
                "Saksutgreiing, Handsaming, 'UOK-042/47 Vedtak' with 'Utvalet ber "
                "administrasjonen … og i arbeidet' and hand-typed a)–e), b) with two '–' "
                "sub-points, and a deadline sentence; plan exported from Word (Liberation Sans "
                "10, nn-NO, running header, 'Side n'), a process chapter in the past tense, an "
                "anlegg table, a handlingsprogram table and a tiltak table", points=g)


# =========================================================================== 2 rus (nb)
@pair
def rus(d: Path) -> dict:
    order = ("Jeg ber om at det utarbeides en ny rusmiddelpolitisk handlingsplan for perioden "
             "2048–2052, som erstatter planen fra 2043.")
    s = [
        "Et oppdatert bilde av rusmiddelsituasjonen i kommunen, med tall fra Ungdata 2047 og fra "
        "politiet.",
        "Retningslinjer for salgs- og skjenkebevillinger som avklarer",
        "Mål og tiltak for det forebyggende arbeidet blant barn og unge, sett i sammenheng med "
        "SLT-modellen.",
        "En plan for hvordan kommunen skal kontrollere salgs- og skjenkestedene, med antall "
        "kontroller per år.",
        "En tiltaksdel der hvert tiltak har ansvarlig enhet og tidsfrist.",
    ]
    subs = ["skjenketider", "hvor mange salgsbevillinger kommunen skal ha",
            "vilkår for skjenking ved enkeltarrangementer"]
    s1 = ("Et første utkast legges fram for kommunedirektørens ledergruppe innen "
          "15.januar 2048.")
    s2 = ("Politiet, bevillingshaverne og ungdomsrådet skal få uttale seg før planen sendes til "
          "politisk behandling.")
    m = [
        ("form", [["Til", "Enhetsleder helse og velferd, Tone Aas"],
                  ["Kopi", "Kommunalsjef oppvekst, SLT-koordinator"],
                  ["Fra", "Kommunedirektør Geir Haugland"],
                  ["Dato", "03.10.2047"], ["Vår ref.", "47/1102-1"]], [28, 120]),
        ("title", "Bestilling – rusmiddelpolitisk handlingsplan"),
        ("h2", "Bakgrunn"),
        ("p", "Alkoholloven krever at kommunen har en alkoholpolitisk handlingsplan. Gjeldende "
              "plan er fra 2043, og flere av tiltakene er gjennomført eller ikke lenger aktuelle. "
              "Kommunestyret ba i budsjettvedtaket for 2048 om at planen rulleres."),
        ("h2", "Bestilling"),
        ("p", order + " Enhet for helse og velferd har ansvaret og setter sammen en "
              "arbeidsgruppe med deltakere fra oppvekst, NAV og servicetorget."),
        ("h2", "Leveranser"),
        ("p", "Arbeidsgruppen skal levere:"),
        ("typed", "1. ", s[0], 6, 0),
        ("typed", "2. ", s[1] + ":", 6, 0),
        *[("typed", "– ", t, 4, 8) for t in subs],
        ("typed", "3. ", s[2], 6, 0),
        ("typed", "4. ", s[3], 6, 0),
        ("typed", "5. ", s[4], 6, 0),
        ("h2", "Frister"),
        ("p", s1 + " " + s2 + " Saken er satt opp i kommunestyret 7.mai 2048."),
        ("h2", "Ressurser"),
        ("p", "Arbeidet gjøres innenfor enhetens ramme. Det er satt av kr 25000 til et "
              "dialogmøte med utestedene."),
        ("p", "Med hilsen"),
        ("p", "Geir Haugland, kommunedirektør"),
    ]
    rl_pdf(d / "mandate.pdf", m, title="Bestilling – rusmiddelpolitisk handlingsplan",
           author="Nordvik kommune", family="Helvetica", size=10, head_left="NORDVIK KOMMUNE",
           head_right="Notat", foot=lambda n, m: f"Side {n} av {m}", accent="#0E4D64",
           head_fill="#FFFFFF")
    bev = [
        ["Skjenking av alkohol", "Til kl. 01.00 fredag og lørdag, ellers til kl. 24.00"],
        ["Skjenking ute", "Til kl. 23.00"],
        ["Salg i butikk", "Til kl. 20.00 hverdager, kl. 18.00 lørdager"],
        ["Salgsbevillinger", "Inntil fire, én per dagligvarebutikk i sentrum og på Holm"],
    ]
    tiltak = [
        ["Foreldremøte om rus i 8. klasse hvert år", "Ungdomsskolen og helsestasjonen",
         "Hver høst"],
        ["Rusfrie arrangementer i ungdomsklubben i helgene", "Kultur", "Fra januar 2049"],
        ["SLT-gruppen gjennomgår Ungdata og politiets tall", "SLT-koordinator", "Årlig, mars"],
        ["Bekymringssamtaler med unge og foreldre", "Politiet og SLT-koordinator",
         "Fortløpende"],
        ["Kurs i ansvarlig vertskap for alle skjenkesteder", "Servicetorget", "Vår 2049"],
        ["Kartlegging av rusbruk hos nye brukere i NAV", "NAV", "31.12.2048"],
    ]
    css = ("@page{size:A4;margin:14mm 18mm 16mm 18mm;@bottom-center{content:counter(page);"
           "font:8pt 'Liberation Sans',sans-serif;color:#444}}"
           "body{font-family:'Liberation Sans',sans-serif;font-size:10pt;line-height:1.45;"
           "color:#1a1a1a}.top{display:flex;justify-content:space-between;font-size:8pt;"
           "color:#0e4d64;border-bottom:1px solid #0e4d64;padding-bottom:3px;margin-bottom:14px}"
           "h1{font-size:19pt;font-weight:normal;color:#0e4d64;margin:0 0 3px}"
           ".pub{font-size:8.5pt;color:#666;margin-bottom:12px}"
           "h2{font-size:12.5pt;color:#0e4d64;margin:16px 0 4px}p{margin:0 0 7px}"
           "table{border-collapse:collapse;width:100%;font-size:9pt;margin:6px 0 10px}"
           "th{text-align:left;border-bottom:2px solid #0e4d64;padding:3px 6px}"
           "td{border-bottom:1px solid #d5d5d5;padding:3px 6px;vertical-align:top}"
           "thead{display:table-header-group}tr{break-inside:avoid}"
           ".fakta{background:#eef4f6;padding:6px 10px;margin:6px 0 10px}")
    body = (
        "<div class='top'><span>nordvik.kommune.no › Helse og omsorg › Rus</span>"
        "<span>Nordvik kommune</span></div>"
        "<h1>Rusmiddelpolitisk handlingsplan 2048–2052</h1>"
        "<div class='pub'>Publisert 12.05.2048 · Vedtatt av kommunestyret 7. mai 2048</div>"
        + paras("Planen er kommunens alkoholpolitiske handlingsplan etter alkoholloven § 1-7d, "
                "og den omfatter også andre rusmidler. Den beskriver hvordan det står til, hva "
                "kommunen vil oppnå de neste fire årene og hvilke tiltak som skal gjøres, og "
                "den gir rammene for behandlingen av søknader om salgs- og skjenkebevilling.")
        + "<h2>Slik har vi jobbet</h2>"
        + paras("Arbeidsgruppen har hatt deltakere fra helse og velferd, oppvekst, NAV og "
                "servicetorget. Et første utkast ble drøftet i ledergruppen 9. januar 2048. "
                "Utkastet var deretter til uttalelse hos politiet og ungdomsrådet i februar. "
                "Ungdomsrådet ba om flere rusfrie tilbud i helgene, og det er tatt inn i "
                "tiltakene.")
        + "<h2>Rus i Nordvik i dag</h2>"
        + paras("De fleste voksne i Nordvik drikker lite eller moderat. Blant ungdom har "
                "alkoholbruken gått ned de siste ti årene, men ungdomsundersøkelsen fra 2047 "
                "viser at 14 prosent av elevene i 10. klasse har vært beruset siste år, og at "
                "flere enn før har prøvd cannabis. Lensmannskontoret registrerte 23 "
                "narkotikasaker i 2046, mot 11 i 2042. NAV melder at rusproblemer ofte henger "
                "sammen med gjeld og psykiske plager.")
        + "<h2>Salg og skjenking</h2>"
        + paras("Kommunestyret fastsetter tidene for salg og skjenking innenfor alkohollovens "
                "rammer. Tabellen viser hva som gjelder i denne planperioden.")
        + table_html(["Hva", "Regel i Nordvik"], bev)
        + "<h2>Forebygging blant barn og unge</h2>"
        + paras("Målet er at færre unge skal debutere med alkohol før de er 18 år, og at ingen "
                "skal bli stående alene med et rusproblem. Arbeidet med barn og unge samordnes "
                "i SLT-gruppen, der skole, helsestasjon, politi og kultur møtes fire ganger i "
                "året.")
        + "<h2>Hjelp til voksne</h2>"
        + paras("Voksne med rusproblemer får hjelp gjennom psykisk helse og rus, NAV og "
                "fastlegene. Mange trenger en bolig og noe å gå til før behandlingen virker, "
                "og vi vil derfor samarbeide tettere med boligkontoret og frivilligsentralen. "
                "Brukerne og pårørende skal få én fast kontaktperson i kommunen.",
                "Kommunen har i dag åtte kommunale boliger for personer med rusproblemer. "
                "Behovet vurderes i boligsosial handlingsplan, som rulleres i 2049.")
        + "<h2>Tiltak</h2>"
        + paras("Tiltakene under gjelder hele planperioden og følges opp i årsmeldingen.")
        + table_html(["Tiltak", "Ansvarlig", "Når"], tiltak)
        + "<h2>Kontroll</h2>"
        + paras("Salgs- og skjenkestedene kontrolleres i dag av et vaktselskap på oppdrag fra "
                "kommunen. Kontrollordningen blir gjennomgått når avtalen går ut i 2049.")
    )
    html_pdf(d / "plan.pdf", lang="nb", title="Rusmiddelpolitisk handlingsplan 2048–2052",
             css=css, body=body)
    g = [
        P("1", s[0], "content", "covered", ev="De fleste voksne i Nordvik",
          trap="a numbered noun-phrase 'Leveranse' of a BESTILLING memo from the "
               "kommunedirektør ('Arbeidsgruppen skal levere:' 1.–5.); the 'Bestilling' "
               "paragraph that orders the plan is the mandate, not a point; points 1 … 5 by "
               "their number, text with its full stop. Answered in other words "
               "('ungdomsundersøkelsen fra 2047', 'Lensmannskontoret')"),
        P("2", s[1] + ": " + "; ".join(subs), "content", "partial",
          ev="Kommunestyret fastsetter tidene",
          missing=["vilkår for skjenking ved enkeltarrangementer"],
          trap="the point with three '–' sub-points, text the lead, ': ' and the sub-points "
               "joined by '; '; answered row by row by the 'Hva | Regel i Nordvik' table "
               "(skjenketider, 'Salgsbevillinger: Inntil fire'); enkeltarrangementer never named"),
        P("3", s[2], "content", "covered", ev="Målet er at færre unge",
          trap="a goal paragraph and the tiltak table's rows; SLT as 'SLT-gruppen'"),
        P("4", s[3], "content", "uncovered",
          trap="put off: 'Kontrollordningen blir gjennomgått når avtalen går ut i 2049'; no "
               "number of controls"),
        P("5", s[4], "deliverable", "covered", ev="Tiltakene under gjelder hele",
          trap="the tiltak table Tiltak | Ansvarlig | Når"),
        P("S1", s1, "process", "covered", ev="Arbeidsgruppen har hatt deltakere",
          trap="a sentence of the 'Frister' paragraph ('15.januar' typed without a space); the "
               "utkast met the ledergruppe 9 January 2048, in time; process chapter in the past "
               "tense at the top of the page"),
        P("S2", s2, "process", "partial", ev="Arbeidsgruppen har hatt deltakere",
          missing=["bevillingshaverne hørt"],
          trap="politiet and ungdomsrådet heard, the bevillingshavere never. The third 'Frister' "
               "sentence (kommunestyret 7.mai) is what happens after the plan: none; the "
               "Ressurser paragraph and Bakgrunn are none"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf",
                drop=("NORDVIK KOMMUNE Notat", "NORDVIK KOMMUNE", "Notat"),
                producer="BESTILLING memo from the kommunedirektør laid out with reportlab "
                "(Helvetica 10, running head 'NORDVIK KOMMUNE … Notat' over a rule, 'Side n av "
                "m', one page): a Til/Kopi/Fra/Dato form, Bakgrunn, Bestilling, 'Leveranser' "
                "with 'Arbeidsgruppen skal levere:' and five numbered noun phrases (2 with three "
                "'–' sub-points), 'Frister' in prose; plan the kommune's web page printed with "
                "Chromium (Liberation Sans 10, breadcrumb line, bare page number), a process "
                "chapter in the past tense first, a rule table and a tiltak table", points=g)


# =========================================================================== 3 bostad (sv)
@pair
def bostad(d: Path) -> dict:
    order = ("Samhällsbyggnadsförvaltningen får i uppdrag att ta fram ett förslag till nya "
             "riktlinjer för bostadsförsörjningen i Björkås kommun.")
    s = [
        "en analys av befolkningsutvecklingen och bostadsbehovet fram till 2060",
        "kommunens mål för bostadsbyggandet, med antal nya bostäder per år",
        "planerade insatser för att nå målen, till exempel markanvisningar och nya detaljplaner",
        "hur behovet av bostäder för särskilda grupper ska tillgodoses, främst",
        "hur riktlinjerna förhåller sig till relevanta nationella och regionala mål, planer och "
        "program",
    ]
    subs = ["äldre", "personer med funktionsnedsättning", "nyanlända", "ungdomar och studenter"]
    s1 = ("Under arbetet ska samråd ske med det kommunala bostadsbolaget Björkåshem AB, med "
          "grannkommunerna och med Länsstyrelsen.")
    s2 = "Ett förslag ska lämnas till kommunstyrelsen senast 2048-06-15."
    m = [
        ("form", [["Dokumenttyp", "Direktiv"], ["Beslutat av", "Kommunstyrelsens arbetsutskott"],
                  ["Datum", "2047-10-17, § 188"], ["Diarienummer", "KS 2047/412"],
                  ["Dokumentansvarig", "Samhällsbyggnadschef"]], [4.2, 10.0]),
        ("title", "Direktiv för riktlinjer för bostadsförsörjning 2048–2052"),
        ("h2", "Bakgrund"),
        ("p", "Enligt lagen (2013:866) om kommunernas bostadsförsörjningsansvar ska kommunen "
              "varje mandatperiod anta riktlinjer för bostadsförsörjningen. De nuvarande "
              "riktlinjerna antogs 2043. Sedan dess har befolkningen ökat mer än väntat och "
              "efterfrågan på mindre lägenheter är stor."),
        ("h2", "Syfte"),
        ("p", "Riktlinjerna ska ge kommunen ett gemensamt underlag för planering, markanvisning "
              "och beslut om bostäder, och visa hur alla invånare kan få en bostad som passar "
              "deras behov."),
        ("h2", "Uppdrag"),
        ("p", order),
        ("p", "Riktlinjerna ska innehålla"),
        ("bullets", s[:3]),
        ("bullets", [s[3] + ":"]),
        *[("typed", "–", t, 0.5, 1.3) for t in subs],
        ("bullets", [s[4] + "."]),
        ("h2", "Avgränsning"),
        ("p", "Hyressättningen i Björkåshem AB och frågor om bostadsanpassningsbidrag ingår inte "
              "i uppdraget."),
        ("h2", "Samråd"),
        ("p", s1 + " Ett förslag till riktlinjer ska skickas på remiss innan det antas."),
        ("h2", "Tidplan"),
        ("p", s2 + " Riktlinjerna ska antas av kommunfullmäktige under hösten 2048."),
        ("h2", "Resurser"),
        ("p", "Uppdraget genomförs inom befintlig budget. Samhällsbyggnadsförvaltningen avsätter "
              "en planarkitekt på halvtid."),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Direktiv – riktlinjer för bostadsförsörjning",
             author="Björkås kommun", font="DejaVu Sans", size=9.5, lang="sv-SE",
             header="Björkås kommun · Kommunstyrelsen", footer="{PAGE}/{NUMPAGES}",
             accent="5B2C6F", head_fill="EFE8F2")
    folk = [["2047", "11 240", "790", "1 910"], ["2052", "11 700", "1 030", "1 960"],
            ["2060", "12 600", "1 380", "2 080"]]
    bygg = [
        ["Norra Sjöängen", "120", "Hyresrätt och bostadsrätt", "Antagen 2046", "2048"],
        ["Kvarteret Smedjan, centrum", "45", "Hyresrätt, Björkåshem", "Samråd 2048", "2049"],
        ["Ekbacken etapp 2", "30", "Småhus, egen tomt", "Pågår", "2050"],
        ["Stationsområdet", "60", "Markanvisning, tävling 2049", "Start 2049", "2052"],
        ["Förtätning i Lövsta", "15", "Radhus", "Ej påbörjad", "2052"],
    ]
    p = [
        ("title", "Riktlinjer för bostadsförsörjning 2048–2052"),
        ("meta", "Björkås kommun · Förslag till kommunstyrelsen juni 2048"),
        ("h1", "1 Inledning"),
        ("p", "Björkås växer. Fler vill bo här än det finns lediga bostäder, och både unga som "
              "vill flytta hemifrån och äldre som vill flytta från villan har svårt att hitta "
              "något som passar. Riktlinjerna visar hur kommunen ska planera för bostäder de "
              "kommande fem åren."),
        ("h1", "2 Så har riktlinjerna tagits fram"),
        ("p", "Arbetet har letts av samhällsbyggnadsförvaltningen. Björkåshem AB har varit med i "
              "arbetsgruppen från början, och Länsstyrelsen lämnade synpunkter på ett tidigt "
              "utkast vid ett möte i mars 2048. Förslaget lämnades till kommunstyrelsen den "
              "9 juni 2048 och skickas därefter på remiss."),
        ("h1", "3 Befolkning och behov"),
        ("p", "Kommunens befolkningsprognos visar att vi blir omkring 12 600 invånare år 2060. "
              "Det är framför allt antalet personer över 80 år som ökar. Med i genomsnitt 2,1 "
              "personer per hushåll behövs drygt 650 nya bostäder till 2060, de flesta "
              "lägenheter med ett eller två rum."),
        ("table", ["År", "Invånare", "Varav 80 år och äldre", "Varav 19–24 år"], folk,
         [20, 30, 45, 40]),
        ("h1", "4 Mål"),
        ("p", "Kommunen ska planera för i genomsnitt 45 nya bostäder om året under perioden, "
              "varav minst en tredjedel hyresrätter. Det ska alltid finnas detaljplanelagd mark "
              "för minst två års byggande."),
        ("h1", "5 Bostadsbyggande 2048–2052"),
        ("p", "Kommunen kommer att ta fram detaljplaner och anvisa mark för de områden som "
              "anges i tabellen. Antalet bostäder är ungefärligt."),
        ("table", ["Område", "Bostäder", "Upplåtelseform", "Detaljplan", "Byggstart"], bygg,
         [38, 18, 45, 30, 22]),
        ("h1", "6 Särskilda grupper"),
        ("p", "Äldre: Björkåshem bygger ett trygghetsboende med 24 lägenheter i kvarteret "
              "Smedjan. Kommunen behöver ett nytt särskilt boende med 40 platser omkring 2055; "
              "platsen reserveras i detaljplanen för Norra Sjöängen."),
        ("p", "Personer med funktionsnedsättning: två nya gruppbostäder enligt LSS byggs, en "
              "2049 och en 2051. Bostadsanpassning sker som i dag."),
        ("p", "Nyanlända: kommunen hyr lägenheter av Björkåshem och hyr ut dem i andra hand under "
              "etableringstiden, omkring tio lägenheter per år."),
        ("h1", "7 Andra planer"),
        ("p", "Riktlinjerna bygger på översiktsplanen från 2044. Hur de förhåller sig till "
              "regionens mål redovisas när den regionala utvecklingsstrategin har antagits."),
    ]
    rl_pdf(d / "plan.pdf", p, title="Riktlinjer för bostadsförsörjning 2048–2052",
           author="Björkås kommun", family="LS", size=10, head_left="Björkås kommun",
           head_right="Riktlinjer för bostadsförsörjning 2048–2052",
           foot=lambda n, m: f"Sidan {n} av {m}", accent="#5B2C6F", head_fill="#EFE8F2")
    g = [
        P("1", s[0], "content", "covered", ev="Kommunens befolkningsprognos visar",
          trap="a bullet (Word's List Bullet) under 'Riktlinjerna ska innehålla' in the "
               "'Uppdrag' section of a DIREKTIV; the sentence before it (får i uppdrag att ta "
               "fram) is the mandate, not a point; bullets numbered 1 … 5 by place, text "
               "without the closing mark. Answered in other words ('befolkningsprognos', 'nya "
               "bostäder till 2060') and a table"),
        P("2", s[1], "content", "covered", ev="Kommunen ska planera för i genomsnitt",
          trap="the goal as a number per year in '4 Mål'"),
        P("3", s[2], "content", "covered", ev="Kommunen kommer att ta fram detaljplaner",
          trap="answered row by row: the table's columns Detaljplan | Byggstart and "
               "'Markanvisning' in a cell"),
        P("4", s[3] + ": " + "; ".join(subs), "content", "partial",
          ev="Äldre: Björkåshem bygger",
          missing=["bostäder för ungdomar och studenter"],
          trap="the bullet with four '–' sub-points (hand-typed under an automatic bullet), "
               "text the lead, ': ' and the sub-points joined by '; '; three groups answered "
               "in labelled paragraphs, ungdomar och studenter only in the prognosis table "
               "column and the introduction"),
        P("5", s[4], "content", "uncovered",
          trap="put off: 'redovisas när den regionala utvecklingsstrategin har antagits'; the "
               "översiktsplan is a local plan, no national or regional goal is named"),
        P("S1", s1, "process", "partial", ev="Arbetet har letts av",
          missing=["samråd med grannkommunerna"],
          trap="a sentence of the 'Samråd' section (running text); the process chapter in the "
               "past tense names Björkåshem and Länsstyrelsen, never the grannkommuner. The "
               "remiss sentence after it is what happens after the plan: none"),
        P("S2", s2, "process", "covered", ev="Arbetet har letts av",
          trap="the first sentence of 'Tidplan'; handed in 9 June 2048, before 2048-06-15. "
               "The adoption by kommunfullmäktige is after the plan: none; Bakgrund, Syfte, "
               "Avgränsning and Resurser are none"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Björkås kommun · Kommunstyrelsen",),
                producer="DIREKTIV exported from Word (DejaVu Sans 9.5, sv-SE, running header "
                "'Björkås kommun · Kommunstyrelsen', 'n/m' at the foot): a form table, "
                "Bakgrund, Syfte, 'Uppdrag' with 'Riktlinjerna ska innehålla' and five "
                "automatic bullets, the fourth with four hand-typed '–' sub-points, Avgränsning, "
                "'Samråd' and 'Tidplan' in prose, Resurser; plan laid out with reportlab "
                "(Liberation Sans 10, running head with a rule, 'Sidan n av m'), a process "
                "chapter in the past tense, a prognosis table, a building table and labelled "
                "paragraphs per group", points=g)


# =========================================================================== 4 demens (da)
@pair
def demens(d: Path) -> dict:
    order = "Arbejdsgruppen skal udarbejde et forslag til en demenshandleplan for 2048–2051."
    s = [
        "Gruppen skal beskrive, hvor mange borgere med demens der er i kommunen i dag og frem "
        "mod 2055, og hvordan de og deres pårørende bruger kommunens tilbud.",
        "Den skal komme med forslag til, hvordan pårørende kan støttes og aflastes, fx gennem "
        "pårørendegrupper og aflastningspladser.",
        "Handleplanen skal tage stilling til, om Egelund skal være demensvenlig kommune, og "
        "hvordan medarbejderne i hjemmeplejen og på plejecentrene får den nødvendige viden om "
        "demens.",
        "Endelig skal gruppen pege på, hvordan den tidlige opsporing kan styrkes i samarbejde med "
        "de praktiserende læger.",
        "Ældrerådet og Alzheimerforeningens lokalafdeling inddrages undervejs, og der holdes et "
        "dialogmøde for pårørende.",
        "Forslaget afleveres til Social- og Sundhedsudvalget senest 1.juni 2048.",
    ]
    m = [
        ("title", "Kommissorium for arbejdsgruppen om demenshandleplan"),
        ("form", [["Godkendt af", "Social- og Sundhedsudvalget 9.10.2047, punkt 112"],
                  ["Ansvarlig", "Centerchef for Sundhed og Omsorg"],
                  ["Sagsnr.", "27.36.00-P15-3-47"]], [3.6, 11.0]),
        ("h2", "Baggrund"),
        ("p", "Antallet af ældre i Egelund Kommune stiger, og dermed også antallet af borgere med "
              "en demenssygdom. Den nationale demenshandlingsplan lægger op til, at alle "
              "kommuner har en plan for, hvordan de vil hjælpe borgere med demens og deres "
              "pårørende. Egelund har ikke haft en samlet plan siden 2041."),
        ("h2", "Formål"),
        ("p", "Formålet er, at borgere med demens kan leve et trygt og værdigt liv så længe som "
              "muligt i eget hjem, og at deres pårørende oplever sig set og støttet."),
        ("h2", "Opgaver"),
        ("p", order + " " + s[0] + " " + s[1] + " " + s[2] + " " + s[3]),
        ("h2", "Organisering"),
        ("p", "Arbejdsgruppen består af demenskoordinatoren (formand), en leder fra "
              "hjemmeplejen, en leder fra Solbakken Plejecenter, en terapeut fra "
              "træningsenheden og en konsulent fra staben. Gruppen refererer til "
              "centerchefen."),
        ("h2", "Inddragelse"),
        ("p", s[4]),
        ("h2", "Tidsplan"),
        ("p", "Arbejdet begynder i november 2047. " + s[5] + " Herefter sendes forslaget i "
              "høring."),
        ("h2", "Økonomi"),
        ("p", "Arbejdet udføres inden for de eksisterende rammer. Forslag, der kræver nye midler, "
              "indgår i budgetforhandlingerne for 2049."),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Kommissorium – demenshandleplan",
             author="Egelund Kommune", font="Liberation Serif", size=12, lang="da-DK",
             header="EGELUND KOMMUNE", footer="Side {PAGE}", accent="00594F",
             head_fill="FFFFFF")
    tal = [["2047", "390", "150", "85"], ["2050", "440", "–", "–"], ["2055", "560", "–", "–"]]
    indsats = [
        ["Egelund melder sig som demensvenlig kommune", "Centerchef", "Januar 2049"],
        ["Demensvenner-kursus for butikker, bibliotek og busselskab", "Demenskoordinator",
         "2049–2050"],
        ["Demensvenlig indretning af Solbakkens fællesrum og have", "Solbakken Plejecenter",
         "2050"],
        ["Holdtræning for borgere med demens i let til moderat fase", "Træningsenheden",
         "Fra august 2048"],
        ["Fast telefontid for borgere med demens hos demenskoordinatoren", "Demenskoordinator",
         "Fra september 2048"],
        ["Opfølgende hjemmebesøg efter diagnose", "Demenskoordinator", "Løbende"],
    ]
    p = [
        ("title", "Demenshandleplan 2048–2051"),
        ("meta", "Egelund Kommune · Sundhed og Omsorg · Forslag maj 2048"),
        ("h1", "1. Indledning"),
        ("p", "Flere borgere i Egelund lever med en demenssygdom, og de fleste bor i eget hjem. "
              "Handleplanen samler det, kommunen vil gøre de næste fire år, så de kan leve et "
              "godt liv med sygdommen og få den rette hjælp, når de har brug for den."),
        ("h2", "Mål for 2048–2051"),
        ("bullets", ["Borgere med demens skal kunne blive længere i eget hjem.",
                     "Borgere med demens skal have en fast kontaktperson i kommunen.",
                     "Flere i Egelund skal vide, hvordan man møder en person med demens."]),
        ("h1", "2. Arbejdet med handleplanen"),
        ("p", "Arbejdsgruppen mødtes syv gange fra november 2047 til maj 2048. Ældrerådet og "
              "Alzheimerforeningen i Egelund deltog i to temamøder i januar og marts 2048 og "
              "har kommenteret udkastet. Handleplanen blev afleveret til Social- og "
              "Sundhedsudvalget på mødet 27. maj 2048."),
        ("h1", "3. Demens i Egelund"),
        ("p", "Efter Nationalt Videnscenter for Demens' beregning lever omkring 390 borgere i "
              "Egelund med en demenssygdom. I 2055 ventes tallet at være ca. 560. Omkring 150 "
              "af dem modtager hjemmepleje, og 85 bor på plejecenter. Resten klarer sig med "
              "hjælp fra familien, og mange af dem kender vi ikke, før sygdommen er fremskreden. "
              "Få pårørende bruger kommunens rådgivning: demenskoordinatoren havde 46 samtaler "
              "med pårørende i 2047, og dagcentret bruges mest af borgere, hvis ægtefælle "
              "stadig arbejder."),
        ("table", ["År", "Borgere med demens", "Heraf med hjemmepleje", "Heraf på plejecenter"],
         tal, [20, 42, 46, 46]),
        ("h2", "Det gør vi allerede"),
        ("bullets", ["Demenskoordinatoren har siden 2043 fulgt op på alle nye diagnoser.",
                     "Solbakken Plejecenter har en skærmet enhed med 12 pladser.",
                     "Dagcentret har åbent for borgere med demens en dag om ugen."]),
        ("h1", "4. Et demensvenligt Egelund"),
        ("p", "Kommunen vil være et sted, hvor man kan leve med demens uden at blive holdt "
              "udenfor. Vi melder os derfor som demensvenlig kommune og tilbyder kurser til "
              "butikker, biblioteket og busselskabet, så flere ved, hvordan de kan hjælpe."),
        ("h1", "5. Indsatser"),
        ("p", "Tabellen viser de indsatser, der sættes i gang i planperioden."),
        ("table", ["Indsats", "Hvem", "Hvornår"], indsats, [88, 44, 36]),
        ("h1", "6. Det videre arbejde"),
        ("p", "Pårørende er en vigtig ressource og skal inddrages tæt. En samlet indsats for "
              "pårørende afklares i forbindelse med budget 2049."),
        ("p", "Samarbejdet med de praktiserende læger drøftes i det lokale samordningsudvalg "
              "under sundhedsaftalen."),
    ]
    rl_pdf(d / "plan.pdf", p, title="Demenshandleplan 2048–2051", author="Egelund Kommune",
           family="Helvetica", size=10, head_left="Egelund Kommune",
           head_right="Demenshandleplan 2048–2051", foot=lambda n, m: f"{n} af {m}",
           accent="#00594F", head_fill="#DDEDEA")
    g = [
        P("S1", s[0], "content", "covered", ev="Efter Nationalt Videnscenter for Demens",
          trap="a sentence of the 'Opgaver' section of a KOMMISSORIUM, written as running prose; "
               "its first sentence (udarbejde et forslag) is the mandate, not a point; points "
               "S1 … S6 by order over Opgaver, Inddragelse and Tidsplan. Answered in other words "
               "(the Videnscenter's beregning, hjemmepleje / plejecenter, the pårørende's use of the "
               "rådgivning and the dagcenter) and a table"),
        P("S2", s[1], "content", "uncovered",
          trap="named in passing and put off: 'Pårørende er en vigtig ressource … afklares i "
               "forbindelse med budget 2049'; no pårørendegruppe, no aflastning, no table row "
               "for the pårørende"),
        P("S3", s[2], "content", "partial", ev="Kommunen vil være et sted",
          missing=["viden om demens for medarbejderne i hjemmeplejen og på plejecentrene"],
          trap="the demensvenlig kommune is decided (and a table row); the staff's training is "
               "never answered (the kurser are for butikker, bibliotek, busselskab)"),
        P("S4", s[3], "content", "uncovered",
          trap="put off: 'drøftes i det lokale samordningsudvalg under sundhedsaftalen'"),
        P("S5", s[4], "process", "partial", ev="Arbejdsgruppen mødtes syv gange",
          missing=["dialogmøde for pårørende"],
          trap="the one sentence of 'Inddragelse'; the process chapter in the past tense: "
               "Ældrerådet and Alzheimerforeningen at two temamøder, no dialogmøde"),
        P("S6", s[5], "process", "covered", ev="Arbejdsgruppen mødtes syv gange",
          trap="the deadline sentence in 'Tidsplan' ('1.juni' typed without a space); "
               "delivered 27 May 2048. The start date and the høring after are none; Baggrund, "
               "Formål, Organisering and Økonomi are none"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf",
                drop=("EGELUND KOMMUNE",),
                producer="KOMMISSORIUM FOR ARBEJDSGRUPPEN exported from Word (Liberation Serif "
                "12, da-DK, running header 'EGELUND KOMMUNE', 'Side n'): the title, a small "
                "form table, Baggrund, Formål, 'Opgaver' as running prose of five sentences, "
                "Organisering, Inddragelse, Tidsplan, Økonomi; plan laid out with reportlab "
                "(Helvetica 10, running head with a rule, 'n af m'), a process chapter in the "
                "past tense, a table of numbers, an Indsats | Hvem | Hvornår table and a "
                "closing chapter that puts two points off", points=g)


# =========================================================================== 5 parking (en)
@pair
def parking(d: Path) -> dict:
    order = ("approve the preparation of a Car Parking Strategy for Harrowby town centre for "
             "2048–2058;")
    note = ("note the results of the parking occupancy survey carried out in May 2047 "
            "(Appendix A);")
    r = [
        "ask that the strategy assesses the demand for and capacity of the Council's car parks, "
        "including at peak times on market days",
        "ask that the strategy considers the provision of",
        "ask that the strategy reviews parking tariffs, including the case for free parking after "
        "3pm",
        "agree that Harrowby Town Council, town centre traders and residents are consulted on the "
        "draft strategy for a period of at least six weeks",
        "ask that the strategy includes an action plan setting out the cost and timescale of each "
        "action",
        "ask that the draft strategy is reported back to this Committee by March 2048",
    ]
    subs = ["electric vehicle charging points", "disabled parking bays", "secure cycle parking"]
    css = ("@page{size:A4;margin:16mm 19mm 18mm 19mm;@bottom-right{content:'Page ' counter(page);"
           "font:8pt 'Liberation Sans',sans-serif}@bottom-left{content:'Place and Economy "
           "Committee – 11 October 2047';font:8pt 'Liberation Sans',sans-serif}}"
           "body{font-family:'Liberation Sans',sans-serif;font-size:10.5pt;line-height:1.42;"
           "color:#000}.crest{font-size:15pt;font-weight:bold;letter-spacing:0.5px;margin-bottom:"
           "8px}table.box{border:1px solid #000;border-collapse:collapse;width:100%;"
           "font-size:9.5pt;margin-bottom:12px}table.box td{border:1px solid #000;padding:3px 6px;"
           "vertical-align:top}table.box td:first-child{width:32%;font-weight:bold}"
           "h1{font-size:13pt;margin:4px 0 10px;text-transform:uppercase}"
           "h2{font-size:11pt;margin:14px 0 4px}p{margin:0 0 7px}"
           ".pt{display:flex;margin:0 0 4px 8mm}.pt .mk{flex:0 0 9mm}"
           ".sub{display:flex;margin:0 0 2px 17mm}.sub .mk{flex:0 0 8mm}")
    box = [["Report to", "Place and Economy Committee"], ["Date of meeting", "11 October 2047"],
           ["Report of", "Head of Place and Regeneration"],
           ["Report author", "Daniel Okafor, Transport Policy Officer"],
           ["Wards affected", "Castle; Market; Abbey"], ["Key decision", "No"]]
    body = (
        "<div class='crest'>HARROWBY DISTRICT COUNCIL</div>"
        "<table class='box'>" + "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>"
                                        for a, b in box) + "</table>"
        "<h1>Town centre car parking strategy</h1>"
        "<h2>1. Summary</h2>"
        + paras("The Council's last parking review was carried out in 2039. Since then the "
                "Cattle Market car park has been extended, the number of electric vehicles has "
                "grown quickly and traders have raised concerns about the cost and availability "
                "of parking on market days. This report seeks approval to prepare a new strategy.")
        + "<h2>2. Recommendations</h2><p>The Committee is asked to:</p>"
        + hang("(a)", order) + hang("(b)", note)
        + hang("(c)", r[0] + ";") + hang("(d)", r[1] + ":")
        + hang("(i)", subs[0] + ";", "sub") + hang("(ii)", subs[1] + ";", "sub")
        + hang("(iii)", subs[2] + ";", "sub")
        + hang("(e)", r[2] + ";") + hang("(f)", r[3] + ";") + hang("(g)", r[4] + "; and")
        + hang("(h)", r[5] + ".")
        + "<h2>3. Reasons for recommendations</h2>"
        + paras("A strategy will allow the Council to plan its car parks as one network, "
                "support the town centre economy and meet the growing demand for charging.")
        + "<h2>4. Background</h2>"
        + paras("The Council owns five pay and display car parks in Harrowby with 812 spaces. "
                "The occupancy survey in May 2047 found that two of them were full by 10am on "
                "the Thursday market day, while Abbey Walk was never more than half full.")
        + "<h2>5. Financial implications</h2>"
        + paras("The strategy will be prepared within existing budgets. Parking income was "
                "£1.46m in 2046/47.")
        + "<h2>6. Equalities implications</h2>"
        + paras("An equality impact assessment will be completed with the draft strategy.")
        + "<p><b>Background papers:</b> Appendix A – Parking occupancy survey, May 2047.</p>"
    )
    html_pdf(d / "mandate.pdf", lang="en-GB", title="Report – Town centre car parking strategy",
             css=css, body=body)
    parks = [
        ["Cattle Market", "318", "72%", "100% by 10am"],
        ["Station Road", "164", "81%", "100% by 9.30am"],
        ["Market Place", "58", "94%", "100% all day"],
        ["Castle Street", "96", "55%", "88%"],
        ["Abbey Walk", "176", "31%", "48%"],
    ]
    actions = [
        ["P1", "Signs directing market-day visitors to Abbey Walk", "£18,000",
         "Parking Services", "Sept 2048"],
        ["P2", "20 fast chargers at Station Road and Cattle Market", "£260,000",
         "Parking Services", "March 2050"],
        ["P3", "Relocate Blue Badge bays nearer Market Place and add 14 more", "£22,000",
         "Highways (County Council)", "2049"],
        ["P4", "New pay machines taking card and phone payments", "£95,000", "Parking Services",
         "2049"],
        ["P5", "Resurface and re-line Castle Street car park", "£140,000", "Property Services",
         "2051"],
        ["P6", "Annual occupancy count in May", "Officer time", "Transport Policy",
         "Every year"],
    ]
    p = [
        ("title", "Harrowby Town Centre Car Parking Strategy 2048–2058"),
        ("meta", "Draft for the Place and Economy Committee, April 2048"),
        ("h1", "1 Introduction"),
        ("p", "Parking matters to Harrowby. Most visitors to the market and the shops arrive by "
              "car, and the town's car parks bring the Council around £1.4m a year. This "
              "strategy sets out how we will manage them over the next ten years."),
        ("h1", "2 How the strategy was prepared"),
        ("p", "Officers counted the cars in every council car park on six days in May 2047, "
              "including two market days. A first draft was published for comment from "
              "10 January to 7 February 2048. We wrote to Harrowby Town Council and the Chamber "
              "of Trade and held a drop-in session at the Corn Exchange; 212 residents sent "
              "comments. The draft was reported to this Committee on 18 April 2048."),
        ("h1", "3 How full are our car parks?"),
        ("p", "On an ordinary weekday the town's 812 spaces are rarely all in use. On a Thursday, "
              "when the market is on, the three car parks closest to the Market Place fill up "
              "by mid-morning and drivers circle the town looking for a space, while Abbey Walk "
              "stays half empty."),
        ("table", ["Car park", "Spaces", "Average weekday", "Thursday (market) peak"], parks,
         [4.6, 2.2, 4.2, 5.4]),
        ("h1", "4 Charging and accessible parking"),
        ("p", "There are four public chargers in the town today. We expect about one car in five "
              "registered in the district to be electric by 2050, and will install fast "
              "chargers in the two largest car parks (action P2)."),
        ("p", "Blue Badge holders told us the accessible bays are too far from the shops. We will "
              "move them nearer the Market Place and add 14 more (P3)."),
        ("h1", "5 Action plan"),
        ("p", "Each action below has a cost estimate and a target date. Costs will be confirmed "
              "in the capital programme."),
        ("table", ["Ref", "Action", "Estimated cost", "Lead", "By"], actions,
         [1.2, 6.6, 2.6, 3.6, 2.4]),
        ("h1", "6 Charges"),
        ("p", "Parking charges are unchanged for now. They will be looked at again when the new "
              "pay machines are in place."),
    ]
    docx_pdf(d / "plan.pdf", p, title="Town Centre Car Parking Strategy 2048–2058",
             author="Harrowby District Council", font="Liberation Serif", size=11, lang="en-GB",
             header="Harrowby District Council · Car Parking Strategy · Draft",
             footer="{PAGE} of {NUMPAGES}", accent="1D3557", head_fill="DCE3EC")
    g = [
        P("c", r[0], "content", "covered", ev="On an ordinary weekday the town",
          trap="a hand-typed lettered recommendation of an officer's REPORT TO COMMITTEE ('The "
               "Committee is asked to:' (a)–(h)); (a) approves the preparation (the mandate) "
               "and (b) only notes a survey: neither is a point; points c … h by their letter, "
               "text without the closing ';' / '; and' / '.'. Answered in other words "
               "('Thursday, when the market is on', 'fill up by mid-morning') and a table"),
        P("d", r[1] + ": " + "; ".join(subs), "content", "partial",
          ev="There are four public chargers",
          missing=["secure cycle parking"],
          trap="the recommendation with three sub-points (i)–(iii), text the lead, ': ' and the "
               "sub-points joined by '; '; chargers and Blue Badge bays (disabled bays in other "
               "words) answered, cycle parking never named"),
        P("e", r[2], "content", "uncovered",
          trap="put off: '6 Charges' leaves charges unchanged until the new pay machines; free "
               "parking after 3pm never named"),
        P("f", r[3], "process", "partial", ev="Officers counted the cars",
          missing=["consultation of at least six weeks"],
          trap="process chapter in the past tense: town council, Chamber of Trade (traders) and "
               "residents consulted, but for four weeks (10 January to 7 February 2048)"),
        P("g", r[4], "deliverable", "covered", ev="Each action below has a cost",
          trap="the action plan table's columns Estimated cost | By"),
        P("h", r[5], "process", "uncovered",
          trap="not met: the draft was reported on 18 April 2048, after March 2048. Summary, "
               "Reasons, Background, Financial and Equalities implications and the background "
               "papers are none"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf",
                drop=("HARROWBY DISTRICT COUNCIL",),
                producer="officer's REPORT TO COMMITTEE printed from the committee system's web "
                "view with Chromium (Liberation Sans 10.5, a bordered report box, the meeting "
                "and 'Page n' at the foot): Summary, '2. Recommendations' with 'The Committee is "
                "asked to:' and hand-typed (a)–(h) ending in ';' / '; and' / '.', (d) with "
                "(i)–(iii), Reasons, Background, Financial and Equalities implications; plan "
                "exported from Word (Liberation Serif 11, en-GB, running header, 'n of m'), a "
                "process chapter in the past tense, a car park table and an action plan table",
                points=g)


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.mandates_main)."""
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder=BUILDER)


BUILDER = "corpora/mandates-blind39/make_pairs.py"

if __name__ == "__main__":
    main(sys.argv[1:])
