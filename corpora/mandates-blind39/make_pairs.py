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


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.mandates_main)."""
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder=BUILDER)


BUILDER = "corpora/mandates-blind39/make_pairs.py"

if __name__ == "__main__":
    main(sys.argv[1:])
