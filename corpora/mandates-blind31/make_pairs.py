"""Build the thirty-first blind batch of mandate/plan pairs under corpora/mandates-blind31/ and their gold.

Written on 2026-12-05 without reading plancheck's code. This batch keeps to COMMON mandate forms
on surfaces of its own: a bokmål PLANPROGRAM whose chapter 'Hva planen skal inneholde' is a
Word bullet list, with process requirements in its 'Medvirkning og framdrift' chapter; a nynorsk
SÆRUTSKRIFT of a kommunestyrevedtak (the case system's print, reportlab, Times) whose points are
typed "1.Planen …" without a space, one point with sub-points a)–c); a Swedish UPPDRAG (the
nämnd's bestilling to the förvaltning, a web page printed with Chromium) with bullets; a Danish
KOMMISSORIUM for an arbejdsgruppe (Word → PDF) whose 'Opgaver' are typed "1." … "5." with a
tab, a deadline in 'Tidsplan'; and English TERMS OF REFERENCE (Writer → PDF) numbered 3.1 …,
4.1 …. Plans: Word, Writer, reportlab and Chromium, several pages each, tables running over
pages with repeated header rows.

    python corpora/mandates-blind31/make_pairs.py               # all pairs
    python corpora/mandates-blind31/make_pairs.py --verify      # gold quotes against pdftotext

Imports the twentieth batch's builder (P, build_pdf_l, odt_to_pdf, verify, the construction
check) through pairkit, blindkit's chromium_pdf; nothing of the earlier batches is edited.
"""

from __future__ import annotations

import copy
import html as _h
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402
from blindkit import chromium_pdf  # noqa: E402

_b20 = pk.load_module("mandates_blind20_make_pairs", HERE.parent / "mandates-blind20" / "make_pairs.py")
P = _b20.P

PAIRS, pair = pk.pair_registry()


# --------------------------------------------------------------------------- own writers


def rl_doc(path: Path, blocks: list[tuple], *, title: str, author: str, head_left: str,
           head_right: str, foot: str, landscape_pages: bool = False) -> Path:
    """A case-system or layout-tool print (reportlab, Times, invariant): a rule under a
    two-part running head, `FOOT n` centred at the bottom; blocks title / meta / h1 / h2 / p /
    typed (marker, text, indent mm, left mm) / table (head, rows, widths mm) / break."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    size = landscape(A4) if landscape_pages else A4
    base = ParagraphStyle("b", fontName="Times-Roman", fontSize=11.5, leading=15, spaceAfter=6)
    small = ParagraphStyle("s", parent=base, fontSize=9.5, leading=12, spaceAfter=2)
    cell = ParagraphStyle("c", parent=base, fontSize=10, leading=12.5, spaceAfter=0)
    h1 = ParagraphStyle("h1", parent=base, fontName="Times-Bold", fontSize=13.5, leading=17,
                        spaceBefore=10, spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=base, fontName="Times-BoldItalic", fontSize=11.5,
                        leading=15, spaceBefore=6, spaceAfter=2)
    tit = ParagraphStyle("t", parent=base, fontName="Times-Bold", fontSize=18, leading=23,
                         spaceAfter=8)
    story = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            story.append(Paragraph(_h.escape(b[1]), tit))
        elif kind == "meta":
            story.append(Paragraph(_h.escape(b[1]), small))
        elif kind in ("h1", "h2"):
            story.append(Paragraph(_h.escape(b[1]), h1 if kind == "h1" else h2))
        elif kind == "p":
            story.append(Paragraph(_h.escape(b[1]), base))
        elif kind == "typed":
            marker, text, indent, left = b[1:5]
            st = ParagraphStyle(f"ty{indent}-{left}", parent=base, leftIndent=(left + indent) * mm,
                                firstLineIndent=-indent * mm, spaceAfter=4)
            story.append(Paragraph(_h.escape(marker + text), st))
        elif kind == "table":
            _, head, rows, widths = b
            data = [[Paragraph(f"<b>{_h.escape(c)}</b>", cell) for c in head]]
            data += [[Paragraph(_h.escape(c), cell) for c in r] for r in rows]
            t = Table(data, colWidths=[w * mm for w in widths], hAlign="LEFT", repeatRows=1)
            t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, "#7A7A7A"),
                                   ("LINEABOVE", (0, 0), (-1, 0), 1.0, "#000000"),
                                   ("BACKGROUND", (0, 0), (-1, 0), "#F1ECDD"),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
            story.append(t)
            story.append(Paragraph("", base))
        elif kind == "break":
            story.append(PageBreak())
        else:
            raise ValueError(kind)

    def onpage(canvas, doc):
        w, h = size
        canvas.saveState()
        canvas.setFont("Times-Italic", 9)
        canvas.drawString(22 * mm, h - 12 * mm, head_left)
        canvas.drawRightString(w - 22 * mm, h - 12 * mm, head_right)
        canvas.setLineWidth(0.4)
        canvas.line(22 * mm, h - 13.5 * mm, w - 22 * mm, h - 13.5 * mm)
        canvas.setFont("Times-Roman", 9)
        canvas.drawCentredString(w / 2, 10 * mm, f"{foot} {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, title=title, author=author,
                            creator=author, invariant=1)
    doc.build(copy.deepcopy(story), onFirstPage=onpage, onLaterPages=onpage)
    return path


def html_pdf(path: Path, *, lang: str, title: str, head: str, css: str, body: str) -> Path:
    """A web page (own template) printed with Chromium."""
    page = (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>"
            f"{_h.escape(title)}</title><style>{css}</style></head><body>{head}{body}</body></html>")
    with tempfile.TemporaryDirectory(prefix="mblind31-web-") as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(page, encoding="utf-8")
        chromium_pdf(src, path)
    return path


def e(s: str) -> str:
    return _h.escape(s)


def table_html(head: list[str], rows: list[list[str]], cls: str = "") -> str:
    th = "".join(f"<th>{e(c)}</th>" for c in head)
    tr = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table class='{cls}'><thead><tr>{th}</tr></thead><tbody>{tr}</tbody></table>"


# =========================================================================== 1 idrett (nb)
@pair
def idrett(d: Path) -> dict:
    b = [
        "gi en oversikt over dagens anlegg for idrett og friluftsliv og tilstanden til dem",
        "vurdere behovet for en ny flerbrukshall i Skårvik sentrum",
        "prioritere anlegg som gir muligheter for egenorganisert aktivitet for ungdom",
        "beskrive hvordan turstier og skiløyper skal merkes og vedlikeholdes",
        "inneholde et handlingsprogram med en prioritert liste over anlegg det skal søkes "
        "spillemidler til",
        "vise hvordan barn og unge med nedsatt funksjonsevne skal få tilgang til "
        "aktivitetstilbud",
    ]
    s1 = "Planforslaget skal legges ut til offentlig ettersyn i minst seks uker."
    s2 = ("Idrettsrådet og Skårvik turlag skal delta i en arbeidsgruppe som følger "
          "planarbeidet.")
    header = "Skårvik kommune · Planprogram kommunedelplan for idrett og fysisk aktivitet"
    m = [
        ("title", "Planprogram – kommunedelplan for idrett, fysisk aktivitet og friluftsliv "
                  "2047–2050"),
        ("meta", "Skårvik kommune · Kultur og fritid · Fastsatt av formannskapet 9. oktober 2046, "
                 "sak 88/46"),
        ("h1", "1 Innledning"),
        ("p", "Kommunen må ha en vedtatt plan for idrett og fysisk aktivitet for å kunne søke "
              "spillemidler til anlegg. Gjeldende plan er fra 2041 og er utdatert. Dette "
              "planprogrammet beskriver formålet med planarbeidet, hvilke tema planen skal "
              "handle om, og hvordan innbyggere og lag skal få medvirke."),
        ("h1", "2 Rammer og føringer"),
        ("p", "Planen utarbeides etter plan- og bygningsloven kapittel 11 som en tematisk "
              "kommunedelplan. Den skal bygge på kommuneplanens samfunnsdel, der «en aktiv "
              "oppvekst» er ett av fire satsingsområder, og på folkehelseoversikten fra 2045."),
        ("p", "Kulturdepartementets bestemmelser om tilskudd til anlegg for idrett og fysisk "
              "aktivitet gjelder for handlingsprogrammet."),
        ("h1", "3 Mål for planarbeidet"),
        ("p", "Flere innbyggere i Skårvik skal være fysisk aktive i hverdagen. Planarbeidet "
              "skal gi et felles grunnlag for kommunen, idrettslagene og friluftslivet når "
              "anlegg skal bygges og rustes opp."),
        ("h1", "4 Hva planen skal inneholde"),
        ("p", "Planen skal:"),
        ("bullets", b),
        ("p", "Planen skal ikke ta stilling til drift av svømmehallen; det gjøres i en egen "
              "sak om bygget."),
        ("h1", "5 Medvirkning og framdrift"),
        ("p", s1 + " " + s2 + " I tillegg inviteres alle lag og foreninger til et "
              "innspillsmøte i januar 2047."),
        ("table", ["Fase", "Tid"],
         [["Oppstart og innspill", "Desember 2046 – februar 2047"],
          ["Utarbeiding av planforslag", "Februar – april 2047"],
          ["Offentlig ettersyn", "Mai – juni 2047"],
          ["Vedtak i kommunestyret", "September 2047"]], [90, 70]),
    ]
    _b20.build_pdf_l(m, d / "mandate.pdf", word_lang="nb", title="Planprogram kommunedelplan "
                     "idrett og fysisk aktivitet", author="Skårvik kommune", header=header,
                     font="Liberation Serif", size=11.5, lang="nb-NO")
    anlegg = [
        ["Skårvikhallen", "Idrettshall", "1988"],
        ["Skårvik stadion", "Kunstgressbane 11er", "2031"],
        ["Nordbygda grusbane", "Grusbane 7er", "1975"],
        ["Svartåsen lysløype", "Lysløype 3,2 km", "1992"],
        ["Skårvik skole", "Ballbinge og nærmiljøanlegg", "2024"],
        ["Vika badeplass", "Friluftslivsanlegg", "2019"],
    ]
    prog = [
        ["1", "Ny flerbrukshall, Skårvik sentrum", "Skårvik kommune", "2048–2049", "62 mill."],
        ["2", "Rehabilitering av Svartåsen lysløype", "Skårvik skiklubb", "2047", "3,1 mill."],
        ["3", "Kunstgress på Nordbygda grusbane", "Nordbygda IL", "2048", "5,8 mill."],
        ["4", "Turvei rundt Vikvatnet med universell utforming", "Skårvik kommune", "2049",
         "2,4 mill."],
        ["5", "Garderobebygg ved Skårvik stadion", "Skårvik IL", "2050", "4,2 mill."],
    ]
    p = [
        ("title", "Kommunedelplan for idrett, fysisk aktivitet og friluftsliv 2047–2050"),
        ("meta", "Skårvik kommune · Høringsutkast · Kultur og fritid · April 2047"),
        ("h1", "1 Innledning"),
        ("p", "Denne planen avløser planen fra 2041. Den bygger på planprogrammet som "
              "formannskapet fastsatte 9. oktober 2046, og på innspillene fra lag, foreninger "
              "og skoler i Skårvik."),
        ("h1", "2 Slik er anleggene i dag"),
        ("p", "Tabellen viser de viktigste anleggene i kommunen og når de ble bygget."),
        ("table", ["Anlegg", "Type", "Byggeår"], anlegg, [60, 65, 30]),
        ("h1", "3 Hallkapasitet"),
        ("p", "Skårvikhallen er fullbooket fra kl. 16 til 22 alle hverdager, og håndball, "
              "futsal og turn må avvise nye medlemmer. Befolkningen i sentrum vil øke med om "
              "lag 900 innbyggere fram mot 2050. Kommunen anbefaler derfor at det bygges en "
              "ny hall med tre spilleflater ved Skårvik ungdomsskole, med byggestart i 2048."),
        ("h1", "4 Ungdom og egenorganisert aktivitet"),
        ("p", "Egenorganisert aktivitet er populært blant ungdom i Skårvik. Ungdomsrådet "
              "har deltatt i arbeidet med planen."),
        ("h1", "5 Turstier og skiløyper"),
        ("p", "Turstier merkes etter Merkehåndboka med røde T-er og skilt ved alle "
              "innfallsporter. Skiklubben kjører opp løypene etter avtale med kommunen, og "
              "kommunen betaler for rydding av traseene hvert femte år. Grunneierne har gitt "
              "skriftlig tillatelse til merking og rydding."),
        ("h1", "6 Universell utforming"),
        ("p", "Alle nye anlegg skal være universelt utformet. Turveien rundt Vikvatnet får "
              "fast dekke og hvilebenker for hver 200. meter, slik at rullestolbrukere kan "
              "bruke den."),
        ("h1", "7 Handlingsprogram 2047–2050"),
        ("p", "Anleggene er ført opp i prioritert rekkefølge. Listen rulleres hvert år før "
              "søknadsfristen for spillemidler 15. januar."),
        ("table", ["Prioritet", "Anlegg", "Søker", "Bygges", "Kostnad"], prog,
         [20, 62, 35, 22, 22]),
        ("h1", "8 Medvirkning"),
        ("p", "Planforslaget lå ute til offentlig ettersyn fra 2. mai til 13. juni 2047. Lag "
              "og foreninger ga innspill i et åpent møte i januar 2047."),
    ]
    _b20.build_pdf_l(p, d / "plan.pdf", word_lang="nb", title="Kommunedelplan for idrett, "
                     "fysisk aktivitet og friluftsliv 2047–2050", author="Skårvik kommune",
                     header="Kommunedelplan idrett, fysisk aktivitet og friluftsliv – "
                     "høringsutkast", font="Liberation Sans", size=10.5, lang="nb-NO")
    g = [
        P("1", b[0], "content", "partial", ev="Tabellen viser de viktigste anleggene",
          missing=["tilstanden til anleggene"],
          trap="a Word bullet under 'Planen skal:' in a PLANPROGRAM's chapter '4 Hva planen "
          "skal inneholde', numbered by its place in the list; text the bullet. The anlegg are "
          "listed with type and byggeår, nothing on their condition"),
        P("2", b[1], "content", "covered", ev="Skårvikhallen er fullbooket",
          trap="answered in other words in '3 Hallkapasitet' (need argued, a new hall "
          "recommended)"),
        P("3", b[2], "content", "uncovered",
          trap="shared words only: '4 Ungdom og egenorganisert aktivitet' says it is popular; "
          "no anlegg prioritised for it (the handlingsprogram has none)"),
        P("4", b[3], "content", "covered", ev="Turstier merkes etter Merkehåndboka",
          trap="answered in '5 Turstier og skiløyper'"),
        P("5", b[4], "deliverable", "covered", ev="Anleggene er ført opp i prioritert",
          trap="the handlingsprogram table with a 'Prioritet' column. The sentence on the "
          "svømmehall after the list (what the plan shall NOT do) is none"),
        P("6", b[5], "content", "partial", ev="Alle nye anlegg skal være universelt",
          missing=["tilgang til aktivitetstilbud for barn og unge med nedsatt funksjonsevne"],
          trap="universell utforming of anlegg only; nothing on the aktivitetstilbud"),
        P("S1", s1, "process", "covered", ev="Planforslaget lå ute til offentlig ettersyn",
          trap="a sentence of '5 Medvirkning og framdrift'; 2 May – 13 June is six weeks. The "
          "innspillsmøte sentence and the framdrift table are none"),
        P("S2", s2, "process", "uncovered",
          trap="no arbeidsgruppe in the plan; only lag og foreninger at an open meeting and "
          "'Ungdomsrådet har deltatt'"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf", drop=(header,),
                producer="planprogram exported from Word (Liberation Serif 11.5, 'Side n av m', "
                "running header): chapters 1–5, chapter '4 Hva planen skal inneholde' a Word "
                "bullet list after 'Planen skal:', process sentences in '5 Medvirkning og "
                "framdrift' and a framdrift table; plan exported from Word (Liberation Sans), "
                "chapters answering the bullets, an anlegg table and a handlingsprogram table",
                points=g)


# =========================================================================== 2 bustad (nn)
@pair
def bustad(d: Path) -> dict:
    v2 = ("Planen skal kartleggje kor mange vanskelegstilte på bustadmarknaden det er i "
          "heradet, og kva slags bustader dei treng.")
    subs = {"a": "bustader for unge med rusproblem",
            "b": "korleis fleire kan gå frå å leige til å eige bustad med startlån",
            "c": "behovet for tilrettelagde bustader for eldre med demens"}
    v4 = ("Planen skal innehalde eit mål for kor mange kommunale utleigebustader heradet skal "
          "ha i 2050.")
    v5 = ("Kommunedirektøren legg planen fram for heradsstyret innan utgangen av juni 2047, "
          "etter at eldrerådet og rådet for personar med funksjonsnedsetjing har fått uttale "
          "seg.")
    m = [
        ("meta", "LINDÅSEN HERAD"),
        ("title", "SÆRUTSKRIFT"),
        ("table", ["Utval", "Møtedato", "Saksnr.", "Arkivsak"],
         [["Heradsstyret", "14.11.2046", "71/46", "2046/1187"]], [45, 35, 30, 35]),
        ("h1", "Bustadsosial handlingsplan 2047–2050 – oppstart"),
        ("h2", "Saksopplysningar"),
        ("p", "Lindåsen herad har i dag 48 kommunale utleigebustader. Ventelista har auka frå "
              "9 til 23 søkjarar på tre år, og NAV melder at fleire unge bur i mellombelse "
              "løysingar hos venner og familie. Den gjeldande bustadsosiale planen gjekk ut i "
              "2045."),
        ("p", "Husbanken tilrår at kommunane har ein plan som viser korleis dei vil hjelpe "
              "vanskelegstilte på bustadmarknaden, og at planen blir sett i samanheng med "
              "økonomiplanen. Kommunedirektøren foreslår at arbeidet blir leidd av "
              "tenesteleiar for helse og velferd."),
        ("p", "Tala under er henta frå Husbanken sitt kommunemonitor og frå NAV Lindåsen."),
        ("table", ["Indikator", "2043", "2046"],
         [["Kommunale utleigebustader", "46", "48"],
          ["Søkjarar på venteliste", "9", "23"],
          ["Hushaldningar med startlån innvilga", "14", "8"],
          ["Unge under 25 år i mellombels bustad", "3", "11"],
          ["Eldre over 80 år", "412", "468"],
          ["Bustønad, tal på mottakarar", "96", "131"]], [80, 30, 30]),
        ("p", "Heradet har ikkje eigne bustader for personar med rusproblem. Dei som får "
              "tilbod om bustad, bur spreidd i ordinære kommunale bustader, og tenestene "
              "melder om mange konfliktar med naboar. Eldre med demens som ikkje lenger kan "
              "bu heime, får i dag plass på Lindåsen omsorgssenter, der det er venteliste."),
        ("p", "Kommunedirektøren meiner at ein ny plan bør ha konkrete mål, slik at "
              "heradsstyret kan følgje med på utviklinga kvart år i samband med "
              "årsmeldinga. Planen bør også vise kva tiltak som krev investeringar, slik at "
              "dei kan takast inn i økonomiplanen for 2048–2051."),
        ("h2", "Kommunedirektøren si innstilling"),
        ("p", "Som vedtaket, utan tillegget i punkt 3 c)."),
        ("h2", "Handsaming i heradsstyret"),
        ("p", "Kristin Aarvik (Sp) sette fram tillegg om at planen særleg skal omtale "
              "bustader for eldre med demens. Innstillinga med tillegget vart samrøystes "
              "vedteken."),
        ("h2", "Vedtak"),
        ("typed", "1.", "Heradsstyret vedtek at det skal utarbeidast ein bustadsosial "
                        "handlingsplan for 2047–2050.", 7, 0),
        ("typed", "2.", v2, 7, 0),
        ("typed", "3.", "Planen skal særleg omtale:", 7, 0),
        ("typed", "a) ", subs["a"] + ",", 7, 7),
        ("typed", "b) ", subs["b"] + ",", 7, 7),
        ("typed", "c) ", subs["c"] + ".", 7, 7),
        ("typed", "4.", v4, 7, 0),
        ("typed", "5.", v5, 7, 0),
        ("typed", "6.", "Kostnadene ved planarbeidet blir dekte innanfor ramma til helse og "
                        "velferd.", 7, 0),
        ("p", "Rett utskrift: Lindåsen, 16.11.2046. Solveig Myklebust, utvalssekretær"),
    ]
    rl_doc(d / "mandate.pdf", m, title="Særutskrift sak 71/46", author="Lindåsen herad",
           head_left="Lindåsen herad", head_right="Sak 71/46 Heradsstyret 14.11.2046",
           foot="Side")
    p = [
        ("title", "Bustadsosial handlingsplan 2047–2050"),
        ("meta", "Lindåsen herad · Helse og velferd · Høyringsutkast mai 2047"),
        ("h1", "1 Bakgrunn"),
        ("p", "Heradsstyret vedtok 14. november 2046 at det skulle lagast ein ny bustadsosial "
              "handlingsplan. Planen er utarbeidd av ei gruppe med folk frå NAV, helse og "
              "velferd, eigedom og plan."),
        ("h1", "2 Kven treng hjelp til å skaffe seg bustad"),
        ("p", "I 2046 hadde NAV og tenestene kontakt med 61 hushaldningar som ikkje "
              "greidde å skaffe seg eller halde på ein eigna bustad. 23 av dei står på "
              "ventelista til kommunal utleigebustad. Talet er henta frå "
              "kartleggingsverktøyet til Husbanken."),
        ("h1", "3 Unge med rusutfordringar"),
        ("p", "Heradet skal kjøpe fire husvære i Sentrumsvegen med bemanna base i første "
              "etasje. Dei er for unge vaksne som treng oppfølging kvar dag for å klare å "
              "bu, og som elles ville enda i mellombelse løysingar."),
        ("h1", "4 Frå leige til eige"),
        ("p", "Leigetakarar i kommunale bustader med stabil inntekt får tilbod om ein samtale "
              "om startlån kvart år. Heradet kan også selje husværet til leigetakaren, og "
              "startlånet kan då dekkje heile kjøpesummen."),
        ("h1", "5 Eldre"),
        ("p", "Talet på eldre over 80 år aukar fram mot 2050. Sjå omsorgsplanen."),
        ("h1", "6 Mål"),
        ("p", "Ved utgangen av 2050 skal heradet ha 60 kommunale utleigebustader, mot 48 i dag. "
              "Ingen skal stå meir enn seks månader på ventelista."),
        ("h1", "7 Tiltak"),
        ("table", ["Tiltak", "Ansvar", "År"],
         [["Kjøpe fire husvære med bemanna base", "Eigedom", "2048"],
          ["Årleg startlånsamtale med leigetakarar", "NAV", "2047–2050"],
          ["Sal av utleigebustader til leigetakarar", "Eigedom", "2047–2050"],
          ["Kjøpe åtte nye utleigebustader", "Eigedom", "2048–2050"],
          ["Auke ramma for startlån til 16 mill. kr", "NAV", "2048"],
          ["Gjennomgang av ventelista kvar månad", "Helse og velferd", "2047–2050"],
          ["Rettleiing om bustønad ved tildeling av bustad", "NAV", "2047"]], [75, 40, 35]),
        ("h1", "8 Økonomi"),
        ("p", "Kjøpet av husvære i Sentrumsvegen og dei åtte nye utleigebustadene er "
              "rekna til 38 millionar kroner og blir lagde fram i økonomiplanen for "
              "2048–2051. Heradet søkjer Husbanken om tilskot til utleigebustader, som kan "
              "dekkje inntil 40 prosent av kostnaden. Husleiga blir sett etter gjengs leige."),
        ("p", "Startlån blir finansiert med innlån frå Husbanken. Ramma for startlån blir "
              "auka frå 10 til 16 millionar kroner i året frå 2048."),
        ("h1", "9 Oppfølging"),
        ("p", "Tenesteleiar for helse og velferd rapporterer på måla i årsmeldinga. "
              "Tiltakstabellen blir rullert kvart år i samband med budsjettet."),
        ("h1", "10 Vidare handsaming"),
        ("p", "Planen skal handsamast i heradsstyret 19. juni 2047."),
    ]
    _b20.odt_to_pdf(p, d / "plan.pdf", title="Bustadsosial handlingsplan 2047–2050", lang="nn")
    g = [
        P("2", v2, "content", "partial", ev="I 2046 hadde NAV og tenestene",
          missing=["kva slags bustader dei vanskelegstilte treng"],
          trap="a point of a SÆRUTSKRIFT's vedtak typed '2.Planen …' without a space, text "
          "without the number. Point 1 (the order to make the plan: the mandate itself) and "
          "point 6 (funding) are none. The number of households is there, not the kind of "
          "bustader they need"),
        P("a", subs["a"], "content", "covered", ev="Heradet skal kjøpe fire husvære",
          trap="sub-point a) of '3.Planen skal særleg omtale:' (the lead line is no point), "
          "numbered by its letter, text without the closing ','; answered in other words in "
          "'3 Unge med rusutfordringar'"),
        P("b", subs["b"], "content", "covered", ev="Leigetakarar i kommunale bustader",
          trap="answered in '4 Frå leige til eige'"),
        P("c", subs["c"], "content", "uncovered",
          trap="the amendment's sub-point; '5 Eldre' only names the number of eldre and "
               "refers to another plan; nothing on tilrettelagde bustader or demens"),
        P("4", v4, "content", "covered", ev="Ved utgangen av 2050 skal heradet ha 60",
          trap="answered in '6 Mål' (60 utleigebustader by the end of 2050)"),
        P("5", v5, "process", "partial", ev="Planen skal handsamast i heradsstyret",
          missing=["at eldrerådet og rådet for personar med funksjonsnedsetjing har fått "
                   "uttale seg"],
          trap="the date is met (19 June 2047), the two råd are not mentioned"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Lindåsen herad Sak 71/46 Heradsstyret 14.11.2046", "Lindåsen herad",
                      "Sak 71/46 Heradsstyret 14.11.2046"),
                producer="særutskrift printed by the case system (reportlab, Times, running "
                "head with a rule, centred 'Side n'): a møte table, Saksopplysningar, "
                "Handsaming, a Vedtak typed '1.' … '6.' without a space, point 3 with "
                "sub-points 'a) ' … 'c) '; plan written in Writer (.odt) and exported by "
                "LibreOffice, chapters and a tiltak table", points=g)


# =========================================================================== 3 bibliotek (sv)
@pair
def bibliotek(d: Path) -> dict:
    u = [
        "beskriva hur biblioteken ska nå barn och unga som inte besöker biblioteket i dag",
        "redovisa öppettiderna för samtliga filialer och hur meröppet ska införas",
        "ange hur samarbetet med skolbiblioteken ska organiseras",
        "innehålla mål som kan följas upp med nyckeltal varje år",
        "belysa bibliotekens roll för den digitala delaktigheten bland äldre",
    ]
    s1 = ("Förslaget ska remitteras till Regionbibliotek Mitt och till grundskolornas rektorer "
          "innan det lämnas till nämnden senast den 30 april 2047.")
    css = ("@page{size:A4;margin:16mm 20mm 18mm 20mm}"
           "body{font-family:'DejaVu Serif',serif;font-size:10.5pt;color:#1a1a1a;line-height:1.4}"
           ".top{display:flex;justify-content:space-between;border-bottom:2px solid #6b2c3a;"
           "padding-bottom:4px;margin-bottom:10px}.org{font:bold 13pt 'DejaVu Sans',sans-serif;"
           "color:#6b2c3a}.ref{font:8.5pt 'DejaVu Sans',sans-serif;text-align:right;color:#444}"
           "h1{font:bold 16pt 'DejaVu Sans',sans-serif;margin:8px 0 10px}"
           "h2{font:bold 11.5pt 'DejaVu Sans',sans-serif;color:#6b2c3a;margin:14px 0 4px}"
           "ul{margin:4px 0 8px 0;padding-left:7mm}li{margin:2px 0}"
           ".sign{margin-top:18px}")
    head = ("<div class='top'><div class='org'>Hedelunda kommun<br><span style='font-weight:"
            "normal;font-size:9pt'>Kultur- och fritidsnämnden</span></div><div class='ref'>"
            "Datum 2046-09-24<br>Dnr KFN 2046/214<br>Till: Kultur- och fritidsförvaltningen"
            "</div></div>")
    body = (
        "<h1>Uppdrag: Ta fram en biblioteksplan för 2047–2050</h1>"
        "<h2>Bakgrund</h2>"
        f"<p>{e('Enligt bibliotekslagen (2013:801) ska kommunen anta en plan för sin biblioteksverksamhet. Hedelundas nuvarande plan gäller till och med 2046. Utlåningen har minskat med 14 procent sedan 2041, samtidigt som besöken på filialerna i Norrbyn och Lövsta har ökat.')}</p>"
        "<h2>Uppdrag</h2>"
        f"<p>{e('Kultur- och fritidsnämnden ger förvaltningen i uppdrag att ta fram ett förslag till biblioteksplan för 2047–2050. Planen ska')}</p>"
        "<ul>" + "".join(f"<li>{e(x)}</li>" for x in u) + "</ul>"
        f"<p>{e('Planen ska rymmas inom nuvarande budgetram. Frågan om ett nytt huvudbibliotek ingår inte i uppdraget.')}</p>"
        "<h2>Tidplan och förankring</h2>"
        f"<p>{e(s1 + ' Planen antas av kommunfullmäktige i juni 2047.')}</p>"
        "<h2>Kontaktperson</h2>"
        f"<p>{e('Bibliotekschef Annika Wallin, telefon 0640-18 22 40.')}</p>"
        f"<p class='sign'>{e('Kultur- och fritidsnämnden i Hedelunda kommun')}<br>"
        f"{e('Per-Olof Sandin, ordförande')}</p>"
    )
    html_pdf(d / "mandate.pdf", lang="sv", title="Uppdrag biblioteksplan 2047–2050", head=head,
             css=css, body=body)
    open_rows = [
        ["Hedelunda stadsbibliotek", "10–19", "10–19", "10–19", "10–19", "10–17", "11–15"],
        ["Norrbyns bibliotek", "13–19", "–", "13–19", "–", "10–14", "–"],
        ["Lövsta bibliotek", "–", "13–18", "–", "13–18", "–", "–"],
        ["Sjöviks bibliotek", "14–18", "–", "–", "14–18", "–", "–"],
    ]
    mal = [
        ["Fler barn och unga läser", "Antal utlån av barn- och ungdomsmedier per invånare "
         "0–17 år", "5,1", "6,0"],
        ["Biblioteket når nya grupper", "Andel besökare 13–19 år enligt besöksräkning",
         "8 %", "12 %"],
        ["Fler känner sig digitalt delaktiga", "Antal deltagare i Digitalhjälpen per år",
         "310", "500"],
    ]
    p = [
        ("title", "Biblioteksplan för Hedelunda kommun 2047–2050"),
        ("meta", "Kultur- och fritidsförvaltningen · Förslag till kultur- och fritidsnämnden "
                 "· April 2047"),
        ("h1", "1 Inledning"),
        ("p", "Biblioteksplanen visar hur folkbiblioteken i Hedelunda ska utvecklas de "
              "kommande fyra åren. Den har tagits fram på uppdrag av kultur- och "
              "fritidsnämnden (KFN 2046/214)."),
        ("h1", "2 Barn och unga"),
        ("p", "Bibliotekarierna besöker varje förskoleklass och årskurs 4 en gång per termin "
              "och delar ut lånekort på plats. På fritidsgårdarna i Norrbyn och Lövsta finns "
              "en bokautomat och en bibliotekarie varannan fredagskväll, så att unga som "
              "aldrig kommer till biblioteket möter det där de redan är."),
        ("h1", "3 Öppettider"),
        ("p", "Tabellen visar bemannade öppettider på biblioteken från och med januari 2047."),
        ("table", ["Bibliotek", "Mån", "Tis", "Ons", "Tor", "Fre", "Lör"], open_rows,
         [50, 18, 18, 18, 18, 18, 18]),
        ("h1", "4 Skolan"),
        ("p", "Folkbiblioteken och skolbiblioteken har olika uppdrag enligt bibliotekslagen. "
              "Skolbiblioteken är skolans ansvar."),
        ("h1", "5 Digital delaktighet"),
        ("p", "Varje tisdag håller stadsbiblioteket Digitalhjälpen, där seniorer får hjälp "
              "med BankID, e-tjänster och videosamtal. Samma hjälp ges en gång i månaden på "
              "filialerna och på träffpunkterna för äldre."),
        ("h1", "6 Mål och uppföljning"),
        ("p", "Målen följs upp i nämndens verksamhetsberättelse varje år med följande "
              "nyckeltal."),
        ("table", ["Mål", "Nyckeltal", "Utfall 2046", "Målvärde 2050"], mal, [42, 70, 25, 25]),
        ("h1", "7 Så har planen tagits fram"),
        ("p", "Förslaget har remitterats till Regionbibliotek Mitt, som lämnade synpunkter i "
              "mars 2047. Det lämnas till kultur- och fritidsnämnden den 24 april 2047."),
    ]
    _b20.build_pdf_l(p, d / "plan.pdf", word_lang="sv", title="Biblioteksplan 2047–2050",
                     author="Hedelunda kommun", header="Hedelunda kommun · Biblioteksplan "
                     "2047–2050 · Förslag", font="Liberation Sans", size=10.5, lang="sv-SE")
    g = [
        P("1", u[0], "content", "covered", ev="Bibliotekarierna besöker varje förskoleklass",
          trap="a bullet of an UPPDRAG (the nämnd's bestilling, a web page printed with "
          "Chromium) after 'Planen ska', numbered by its place; answered in other words "
          "(bibliotekarier at school and at the fritidsgårdar)"),
        P("2", u[1], "content", "partial", ev="Tabellen visar bemannade öppettider",
          missing=["hur meröppet ska införas"],
          trap="the opening hours of every filial in a table; no word on meröppet"),
        P("3", u[2], "content", "uncovered",
          trap="shared words only: '4 Skolan' says the skolbibliotek are the school's "
          "responsibility; no organised samarbete"),
        P("4", u[3], "content", "covered", ev="Målen följs upp i nämndens",
          trap="answered in '6 Mål och uppföljning' (nyckeltal table, yearly). The budget "
          "sentence and the huvudbibliotek exclusion after the list are none"),
        P("5", u[4], "content", "covered", ev="Varje tisdag håller stadsbiblioteket",
          trap="answered in other words (Digitalhjälpen for seniorer)"),
        P("S1", s1, "process", "partial", ev="Förslaget har remitterats till Regionbibliotek",
          missing=["remiss till grundskolornas rektorer"],
          trap="a sentence of 'Tidplan och förankring'; the remiss to the Regionbibliotek and "
          "the date (24 April) are met, the rektorer are not asked. The antagande sentence "
          "(kommunfullmäktige, June) is what the council does: none"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf", drop=(),
                producer="uppdrag from the nämnd to the förvaltning as the municipality's web "
                "page printed with Chromium (own template: organisation and Dnr head, serif "
                "body), a bullet list after 'Planen ska', process sentence in 'Tidplan och "
                "förankring'; plan exported from Word (sv-SE, 'Sida n av m'), chapters, an "
                "öppettider table and a nyckeltal table", points=g)


# =========================================================================== 4 demens (da)
@pair
def demens(d: Path) -> dict:
    o = {
        "1": "Beskrive, hvordan pårørende til personer med demens kan få aflastning og "
             "rådgivning.",
        "2": "Opgøre antallet af borgere med demens i kommunen og fremskrive det til 2055.",
        "3": "Foreslå, hvordan Egestrup kan blive en demensvenlig kommune, herunder uddannelse "
             "af demensvenner i butikker og foreninger.",
        "4": "Fastlægge, hvilke kompetencer medarbejderne i hjemmeplejen og på plejecentrene "
             "skal have.",
        "5": "Beskrive samarbejdet med de praktiserende læger og regionens hukommelsesklinik "
             "om udredning af demens.",
    }
    s1 = ("Arbejdsgruppen afleverer et udkast til demensplan til Sundheds- og Ældreudvalget "
          "senest den 1. juni 2047.")
    header = "Egestrup Kommune – Kommissorium for arbejdsgruppe om demensplan"
    m = [
        ("title", "Kommissorium"),
        ("meta", "Arbejdsgruppe om Demensplan 2047–2050 · Godkendt af Sundheds- og "
                 "Ældreudvalget den 3. december 2046"),
        ("h1", "Baggrund"),
        ("p", "Antallet af ældre over 80 år i Egestrup Kommune stiger de kommende år, og dermed "
              "også antallet af borgere med en demenssygdom. Den nationale demenshandlingsplan "
              "forventer, at alle kommuner har en demensplan, der beskriver indsatsen fra "
              "opsporing til pleje i sidste fase."),
        ("h1", "Formål"),
        ("p", "Arbejdsgruppen skal udarbejde et forslag til en samlet demensplan for Egestrup "
              "Kommune for perioden 2047–2050."),
        ("h1", "Opgaver"),
        ("p", "Arbejdsgruppen skal i forslaget til demensplan:"),
        *[("typed", f"{k}.", o[k], "\t", 8) for k in ("1", "2", "3", "4", "5")],
        ("h1", "Organisering"),
        ("p", "Arbejdsgruppen består af demenskoordinatoren (formand), en leder fra "
              "hjemmeplejen, en leder fra Solbakken Plejecenter, en medarbejder fra "
              "træningsenheden og en repræsentant for Ældrerådet. Sekretariatet ligger i "
              "Sundhed og Omsorg."),
        ("h1", "Tidsplan"),
        ("p", "Arbejdsgruppen holder første møde i januar 2047. " + s1 + " Udvalget sender "
              "herefter planen i høring."),
        ("h1", "Økonomi"),
        ("p", "Arbejdet gennemføres inden for den eksisterende ramme. Forslag med "
              "merudgifter indgår i budgetforhandlingerne for 2048."),
    ]
    _b20.build_pdf_l(m, d / "mandate.pdf", word_lang="da", title="Kommissorium – "
                     "arbejdsgruppe om demensplan", author="Egestrup Kommune", header=header,
                     font="DejaVu Sans", size=10, lang="da-DK")
    ind = [
        ["Tidlig opsporing", "Hjemmeplejen bruger et fast skema, når en borger viser tegn på "
         "demens, og demenskoordinatoren kontakter borgeren inden for 14 dage.",
         "Hjemmeplejen", "2047"],
        ["Udredning", "Egen læge henviser til hukommelsesklinikken på Regionshospitalet "
         "Nordby. Demenskoordinatoren tilbyder et hjemmebesøg, når diagnosen er stillet, og "
         "sender et kort notat til lægen.", "Demenskoordinator", "2047"],
        ["Aflastning", "Pårørende kan få aflastning i dagcentret Lyngly tre dage om ugen og "
         "på en aflastningsplads på Solbakken i op til to uger ad gangen.",
         "Visitationen", "2047"],
        ["Kompetencer", "Alle medarbejdere i hjemmeplejen og på plejecentrene gennemfører "
         "ABC Demens. Hver gruppe har en demensnøgleperson med diplommodulet i demens.",
         "Leder af Sundhed og Omsorg", "2047–2049"],
        ["Pleje i sidste fase", "Plejecentrene følger den palliative indsats i regionens "
         "forløbsprogram.", "Plejecentrene", "2048"],
        ["Aktiviteter", "Motionsholdet for borgere med demens flytter til Lyngly og får et "
         "ekstra hold om onsdagen.", "Træningsenheden", "2048"],
        ["Boliger", "Solbakken får en skærmet enhed med otte boliger til borgere med "
         "udadreagerende adfærd.", "Ejendomme", "2049–2050"],
    ]
    p = [
        ("title", "Demensplan 2047–2050"),
        ("meta", "Egestrup Kommune · Sundhed og Omsorg · Udkast til Sundheds- og "
                 "Ældreudvalget, maj 2047"),
        ("h1", "1. Indledning"),
        ("p", "Demensplanen er udarbejdet af en arbejdsgruppe nedsat af Sundheds- og "
              "Ældreudvalget den 3. december 2046. Udkastet blev afleveret til udvalget den "
              "18. maj 2047. Planen beskriver kommunens indsats for borgere med demens og "
              "deres pårørende."),
        ("h1", "2. Borgere med demens i Egestrup"),
        ("p", "Ud fra Nationalt Videnscenter for Demens' beregninger lever omkring 740 "
              "borgere i Egestrup med en demenssygdom i 2047. Med den forventede "
              "befolkningsudvikling vil tallet være omkring 1.150 i 2055."),
        ("h1", "3. Et demensvenligt Egestrup"),
        ("p", "Egestrup vil gerne være en demensvenlig kommune."),
        ("h1", "4. Indsatser"),
        ("p", "Tabellen viser de indsatser, planen omfatter, hvem der har ansvaret, og "
              "hvornår de sættes i gang."),
        ("table", ["Indsats", "Hvad gør vi", "Ansvarlig", "Start"], ind, [40, 150, 45, 25]),
        ("h1", "5. Opfølgning"),
        ("p", "Demenskoordinatoren gør status på planen over for Sundheds- og Ældreudvalget "
              "hvert år i marts."),
    ]
    rl_doc(d / "plan.pdf", p, title="Demensplan 2047–2050", author="Egestrup Kommune",
           head_left="Egestrup Kommune · Demensplan 2047–2050", head_right="Udkast maj 2047",
           foot="side", landscape_pages=True)
    g = [
        P("1", o["1"], "content", "partial", ev="Pårørende kan få aflastning",
          missing=["rådgivning af pårørende"],
          trap="an item of a KOMMISSORIUM's 'Opgaver', typed '1.' + tab, text without the "
          "number; answered in the 'Aflastning' row of the indsats table (aflastning only, no "
          "rådgivning)"),
        P("2", o["2"], "content", "covered", ev="Ud fra Nationalt Videnscenter",
          trap="answered in '2. Borgere med demens i Egestrup' (740 today, about 1.150 in "
          "2055)"),
        P("3", o["3"], "content", "uncovered",
          trap="shared words only: '3. Et demensvenligt Egestrup' has one sentence of wish; "
          "no proposal, no demensvenner"),
        P("4", o["4"], "content", "covered", ev="Alle medarbejdere i hjemmeplejen",
          trap="answered in the 'Kompetencer' row of the indsats table (ABC Demens, a "
          "demensnøgleperson per gruppe)"),
        P("5", o["5"], "content", "covered", ev="Egen læge henviser til",
          trap="answered in other words in the 'Udredning' row (henvisning, hjemmebesøg, "
          "notat to the læge); the table runs over pages with its header row repeated"),
        P("S1", s1, "process", "covered", ev="Demensplanen er udarbejdet af en",
          trap="a sentence of 'Tidsplan'; answered in '1. Indledning' (handed to the udvalg "
          "18 May 2047). The first meeting, the høring by the udvalg, 'Organisering' and "
          "'Økonomi' are none"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf", drop=(header,),
                producer="kommissorium exported from Word (da-DK, DejaVu Sans 10, 'Side n af m', "
                "running header): Baggrund, Formål, 'Opgaver' typed '1.' + tab … '5.' with "
                "hanging indent, Organisering, Tidsplan, Økonomi; plan laid out with reportlab "
                "in LANDSCAPE (Times, running head with a rule, centred 'side n'), an indsats "
                "table running over pages with its header row repeated", points=g)


# =========================================================================== 5 lcwip (en)
@pair
def lcwip(d: Path) -> dict:
    sc = {
        "3.1": "identify a network of cycle routes linking the town centre, Thornmere station "
               "and the three secondary schools",
        "3.2": "identify core walking zones and the key walking routes within them",
        "3.3": "set out a prioritised programme of infrastructure improvements for the next "
               "ten years, with outline cost estimates",
        "3.4": "consider the needs of disabled people, informed by an Equality Impact "
               "Assessment",
        "3.5": "include proposals for secure cycle parking at the station and in the town "
               "centre",
    }
    g42 = ("The draft LCWIP will be subject to public consultation for a minimum of eight "
           "weeks.")
    g44 = ("The Active Travel Officer will report progress on delivering the LCWIP to the "
           "Transport Board once a year.")
    m = [
        ("title", "Thornmere Local Cycling and Walking Infrastructure Plan"),
        ("meta", "Terms of Reference · Thornmere District Council · Approved by the Transport "
                 "Board, 12 September 2046"),
        ("h1", "1. Background"),
        ("p", "1.1 The Government's Cycling and Walking Investment Strategy asks local "
              "authorities to prepare a Local Cycling and Walking Infrastructure Plan (LCWIP). "
              "An adopted LCWIP strengthens bids for active travel funding."),
        ("p", "1.2 Thornmere has no plan of this kind. Around 38 per cent of journeys to work "
              "in the town are under 5 km, but only 3 per cent are made by bike."),
        ("h1", "2. Purpose"),
        ("p", "2.1 To prepare an LCWIP for the town of Thornmere and its surrounding villages "
              "for the period 2047–2057."),
        ("h1", "3. Scope"),
        ("p", "The LCWIP will:"),
        *[("p", f"{k} {v}" + (";" if k != "3.5" else ".")) for k, v in sc.items()],
        ("p", "3.6 Rural routes outside the district boundary and the maintenance of existing "
              "footways are outside the scope of this work."),
        ("h1", "4. Governance and timetable"),
        ("p", "4.1 The work will be led by the Active Travel Officer and overseen by a "
              "steering group of officers from highways, planning and public health."),
        ("p", "4.2 " + g42),
        ("p", "4.3 The Transport Board will be asked to adopt the final LCWIP in spring 2048."),
        ("p", "4.4 " + g44),
        ("h1", "5. Budget"),
        ("p", "5.1 The work will be funded from the Capability Fund grant of £60,000."),
    ]
    with tempfile.TemporaryDirectory(prefix="mblind31-odt-") as tmp:
        odt = _b20.build_odfpy(m, Path(tmp) / "tor.odt", title="Thornmere LCWIP Terms of "
                               "Reference", lang="nb")
        _b20.odf_language(odt, "en", "GB")
        out = _b20.export_pdf(odt, Path(tmp) / "out")
        (d / "mandate.pdf").write_bytes(out.read_bytes())
    css = ("@page{size:A4;margin:18mm 18mm 20mm 18mm;@bottom-center{content:counter(page)}}"
           "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt;color:#222;"
           "line-height:1.45}.band{background:#0f5a3c;color:#fff;padding:10px 12px;"
           "margin-bottom:12px}.band h1{margin:0;font-size:18pt}.band p{margin:2px 0 0;"
           "font-size:9pt}h2{font-size:13pt;color:#0f5a3c;border-bottom:1px solid #0f5a3c;"
           "margin:16px 0 6px;padding-bottom:2px}table{border-collapse:collapse;width:100%;"
           "font-size:9pt;margin:6px 0 10px}th{background:#dfeee6;text-align:left}"
           "th,td{border:1px solid #9bb;padding:3px 5px;vertical-align:top}"
           "thead{display:table-header-group}tr{break-inside:avoid}")
    head = ("<div class='band'><h1>Thornmere Local Cycling and Walking Infrastructure Plan "
            "2047–2057</h1><p>Thornmere District Council · Final draft for adoption · "
            "February 2048</p></div>")
    routes = [
        ["C1", "Station – town centre via Bridge Street", "Segregated track both sides",
         "High", "2048–2049", "£1.9m"],
        ["C2", "Town centre – Thornmere Academy", "Quiet route with filtered junctions",
         "High", "2048–2050", "£0.8m"],
        ["C3", "Station – St Aldhelm's School via Mill Road", "Segregated track, new crossing "
         "of the A39", "High", "2049–2051", "£2.6m"],
        ["C4", "Hollins Green – Castle Hill School", "Shared path beside Hollins Brook",
         "Medium", "2050–2052", "£1.1m"],
        ["C5", "Town centre – Eastfield industrial estate", "Light segregation, cycle lanes",
         "Medium", "2051–2053", "£1.4m"],
        ["C6", "Thornmere – Upper Wick village", "Shared path alongside B3154", "Low",
         "2053–2056", "£2.2m"],
        ["W1", "Town centre core walking zone", "Wider footways in Market Place, raised "
         "crossings at four junctions", "High", "2048–2050", "£1.3m"],
        ["W2", "Station core walking zone", "Pedestrian priority at the station forecourt",
         "Medium", "2050–2051", "£0.6m"],
        ["P1", "Cycle parking at the station", "Secure cycle hub for 120 bikes with "
         "CCTV and card access", "High", "2048", "£0.45m"],
        ["P2", "Cycle parking in the town centre", "40 covered Sheffield stands in Market "
         "Place and at the library", "High", "2048", "£0.06m"],
    ]
    body = (
        "<h2>1 Introduction</h2>"
        f"<p>{e('This plan sets out where Thornmere District Council will invest in routes for cycling and walking over the next ten years. It was prepared under the terms of reference approved by the Transport Board in September 2046, using the Department for Transport technical guidance for LCWIPs.')}</p>"
        f"<p>{e('The work was led by the Active Travel Officer with a steering group from highways, planning and public health.')}</p>"
        "<h2>2 The cycle network</h2>"
        f"<p>{e('We mapped origins and destinations across the town using census travel-to-work data and school travel surveys. Six routes form the network: three radial routes join the town centre to the railway station and to Thornmere Academy, St Aldhelm’s School and Castle Hill School, and three further routes serve Eastfield and the villages. The routes are shown as C1 to C6 in the programme in section 5.')}</p>"
        "<h2>3 Walking</h2>"
        f"<p>{e('Two core walking zones were identified: the town centre around Market Place and the area around the station. Both have high footfall and many short trips that start and end within them.')}</p>"
        "<h2>4 Accessibility</h2>"
        f"<p>{e('An Equality Impact Assessment will be carried out when individual schemes reach detailed design.')}</p>"
        "<h2>5 Programme of improvements</h2>"
        f"<p>{e('The schemes below are listed in order of priority. Priority reflects expected use, safety benefit and how easily each scheme can be delivered. Costs are outline estimates at 2047 prices.')}</p>"
        + table_html(["Ref", "Scheme", "Proposal", "Priority", "Years", "Outline cost"], routes)
        + "<h2>6 Consultation</h2>"
        f"<p>{e('The draft plan was published for consultation from 2 October to 27 November 2047. We received 412 responses through the online survey and held drop-in sessions at the library and at Upper Wick village hall.')}</p>"
        "<h2>7 Adoption</h2>"
        f"<p>{e('The Transport Board will be asked to adopt the plan at its meeting on 18 March 2048.')}</p>"
    )
    html_pdf(d / "plan.pdf", lang="en-GB", title="Thornmere LCWIP 2047–2057", head=head,
             css=css, body=body)
    g = [
        P("3.1", sc["3.1"], "content", "covered", ev="We mapped origins and destinations",
          trap="an item of a TERMS OF REFERENCE's '3. Scope' after 'The LCWIP will:', typed "
          "'3.1 ', text without the number and the closing ';'. 1.1, 1.2, 2.1 (purpose) and "
          "3.6 (outside the scope) are none; answered in '2 The cycle network'"),
        P("3.2", sc["3.2"], "content", "partial", ev="Two core walking zones were identified",
          missing=["the key walking routes within the core walking zones"],
          trap="zones identified, no walking routes (the programme has scheme areas W1, W2, "
          "not routes)"),
        P("3.3", sc["3.3"], "deliverable", "covered", ev="The schemes below are listed in order",
          trap="the programme table (Priority, Years, Outline cost) in '5 Programme of "
          "improvements'"),
        P("3.4", sc["3.4"], "content", "uncovered",
          trap="shared words only: '4 Accessibility' postpones the Equality Impact Assessment "
          "to detailed design; no needs of disabled people considered"),
        P("3.5", sc["3.5"], "content", "covered", ev="Secure cycle hub for 120 bikes",
          trap="answered ONLY in rows P1 and P2 of the programme table"),
        P("4.2", g42, "process", "covered", ev="The draft plan was published for consultation",
          trap="2 October to 27 November 2047 is eight weeks; answered in '6 Consultation'. "
          "4.1 (who leads: the plan restates it), 4.3 (the Board adopts) and 5.1 (budget) are "
          "none"),
        P("4.4", g44, "process", "uncovered",
          trap="the plan names the Active Travel Officer only as the one who led the work; "
          "no yearly progress report"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf", drop=(),
                producer="terms of reference written in Writer (.odt) and exported by "
                "LibreOffice: numbered paragraphs '1.1 ' … '5.1 ' typed under headings "
                "'1. Background' … '5. Budget', the scope items 3.1–3.5 after 'The LCWIP "
                "will:'; plan as the council's web page printed with Chromium (green title "
                "band, page number at the foot), a programme table over pages with the header "
                "row repeated", points=g)


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, or --verify them (pairkit.mandates_main)."""
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20,
                     builder="corpora/mandates-blind31/make_pairs.py")


if __name__ == "__main__":
    main(sys.argv[1:])
