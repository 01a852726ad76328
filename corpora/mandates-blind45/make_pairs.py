"""Build the forty-fifth blind batch of mandate/plan pairs under corpora/mandates-blind45/ and their gold.

Written on 2026-12-07 without reading plancheck's code. Mandates on five surfaces of this batch's
own: a nynorsk MØTEBOK extract (Chromium) whose 'Vedtak:' has points lettered a) … h), with a
'Protokolltilførsel' after it; a bokmål PLANPROGRAM (Word → PDF) whose points are the question
cells of a table 'Tema | Problemstillinger/spørsmål planen skal svare på | Metode' running over a
page break with its header row repeated, plus two requirements in the prose; an English PROJECT
INITIATION DOCUMENT (Word → PDF) with a '☐' checkbox list of objectives, an out-of-scope list and
a 'Milestones' table (Milestone | Date); a Danish KOMMISSORIUM (Chromium) with MARGIN HEADINGS
('Opgave', 'Leverancer', 'Proces', 'Tidsplan' in a narrow left column of a CSS grid, '–' and '▪'
lines on the right); and a Swedish DIREKTIV (odfpy → LibreOffice) of paragraphs opening with a
bold RUN-IN heading ('Kartläggning.', 'Förslag.', 'Samråd.') and holding one or two 'ska'
sentences, no list anywhere. Plans answer in other words: a crosswalk table first that only
points to chapters, an 'Innspill og oppfølging' table, a FAQ-style plan whose headings are
questions, a number given only in a figure caption or a table note, deferrals, points named in
passing, process chapters in the past tense.

    python corpora/mandates-blind45/make_pairs.py               # all pairs
    python corpora/mandates-blind45/make_pairs.py --verify      # gold quotes against pdftotext
    python corpora/mandates-blind45/make_pairs.py --twice       # build twice, compare sha256

Imports the twentieth batch's builder (P, verify, the construction check), the thirty-third
batch's document writers (docx_pdf, rl_pdf, html_pdf, called with this batch's own fonts, sizes,
headers, footers and colours), the forty-third batch's small HTML helpers (e, paras, table_html)
through pairkit, and blindkit (freeze_zip, soffice_pdf) for the Swedish direktiv, which this
batch writes with odfpy itself (run-in headings need bold spans inside a paragraph). Nothing of
the earlier batches is edited.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

import blindkit as bk  # noqa: E402
import pairkit as pk  # noqa: E402

_b20 = pk.load_module("mandates_blind20_make_pairs", HERE.parent / "mandates-blind20" / "make_pairs.py")
_b33 = pk.load_module("mandates_blind33_make_pairs", HERE.parent / "mandates-blind33" / "make_pairs.py")
_b43 = pk.load_module("mandates_blind43_make_pairs", HERE.parent / "mandates-blind43" / "make_pairs.py")
P = _b20.P
docx_pdf, rl_pdf, html_pdf = _b33.docx_pdf, _b33.rl_pdf, _b33.html_pdf
e, paras, table_html = _b43.e, _b43.paras, _b43.table_html

PAIRS, pair = pk.pair_registry()


# --------------------------------------------------------------------------- odfpy writer (run-in headings)


def odt_runin_pdf(pdf: Path, blocks: list[tuple], *, title: str, font: str, size: float,
                  lang: str, country: str, header: str, footer: str, accent: str) -> Path:
    """A Writer document written with odfpy and exported by LibreOffice: A4, a running header
    line (right), a footer 'FOOTER n av m' (centre; {n} and {m} are the page number and count
    fields). Blocks: title / meta / runin (bold run-in heading, then the paragraph's text on the
    same line). The .odt is written in a temporary folder and not kept."""
    from odf.opendocument import OpenDocumentText
    from odf.style import (
        Footer,
        Header,
        MasterPage,
        PageLayout,
        PageLayoutProperties,
        ParagraphProperties,
        Style,
        TextProperties,
    )
    from odf.text import P as TP
    from odf.text import PageCount, PageNumber, Span

    doc = OpenDocumentText()
    pl = PageLayout(name="PL1")
    pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.6cm",
                                       marginbottom="1.6cm", marginleft="2.5cm",
                                       marginright="2.5cm", printorientation="portrait"))
    doc.automaticstyles.addElement(pl)

    def pstyle(name: str, sz: float, *, bold: bool = False, italic: bool = False,
               color: str = "#111111", before: str = "0cm", after: str = "0.25cm",
               align: str = "start", auto: bool = False) -> Style:
        s = Style(name=name, family="paragraph")
        s.addElement(ParagraphProperties(margintop=before, marginbottom=after, textalign=align,
                                         lineheight="125%"))
        kw = dict(fontsize=f"{sz}pt", fontfamily=font, fontname=font, color=color,
                  language=lang, country=country)
        if bold:
            kw["fontweight"] = "bold"
        if italic:
            kw["fontstyle"] = "italic"
        s.addElement(TextProperties(**kw))
        (doc.automaticstyles if auto else doc.styles).addElement(s)
        return s

    st_title = pstyle("Rubrik", size + 7, bold=True, color=accent, after="0.2cm")
    st_meta = pstyle("Meta", size - 1, italic=True, color="#444444", after="0.5cm")
    st_body = pstyle("Brodtext", size, after="0.3cm")
    st_head = pstyle("Sidhuvud", size - 2, color="#444444", align="end", auto=True)
    st_foot = pstyle("Sidfot", size - 2, color="#444444", align="center", auto=True)
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold", color=accent))
    doc.styles.addElement(bold)

    mp = MasterPage(name="Standard", pagelayoutname=pl)
    h = Header()
    h.addElement(TP(stylename=st_head, text=header))
    mp.addElement(h)
    f = Footer()
    fp = TP(stylename=st_foot)
    rest = footer
    while rest:
        i = rest.find("{")
        if i < 0:
            fp.addText(rest)
            break
        fp.addText(rest[:i])
        j = rest.index("}", i)
        fp.addElement(PageNumber(selectpage="current", text="1") if rest[i + 1:j] == "n"
                      else PageCount(text="1"))
        rest = rest[j + 1:]
    f.addElement(fp)
    mp.addElement(f)
    doc.masterstyles.addElement(mp)
    doc.meta.addElement(__import__("odf.dc", fromlist=["Title"]).Title(text=title))

    for b in blocks:
        k = b[0]
        if k == "title":
            doc.text.addElement(TP(stylename=st_title, text=b[1]))
        elif k == "meta":
            doc.text.addElement(TP(stylename=st_meta, text=b[1]))
        elif k == "runin":
            p = TP(stylename=st_body)
            p.addElement(Span(stylename=bold, text=b[1]))
            p.addText(" " + b[2])
            doc.text.addElement(p)
        else:
            raise ValueError(k)
    with tempfile.TemporaryDirectory(prefix="mblind45-odt-") as tmp:
        src = Path(tmp) / (pdf.stem + ".odt")
        doc.save(str(src))
        bk.freeze_zip(src)
        out = bk.soffice_pdf(src, Path(tmp) / "out")
        pdf.write_bytes(out.read_bytes())
    return pdf


# =========================================================================== 1 omsorg (nn)
@pair
def omsorg(d: Path) -> dict:
    pts = [
        ("a)", "gje eit oversyn over dei kommunale omsorgsbustadene i dag, med tal på bustader, "
               "standard og kor mange som står tomme,"),
        ("b)", "berekne kor mange omsorgsbustader kommunen vil trenge fram mot 2060 og vurdere "
               "kor mange av dei som bør ha heildøgns bemanning,"),
        ("c)", "vurdere om dei eldste bustadene på Kleiva skal seljast eller rehabiliterast,"),
        ("d)", "greie ut korleis velferdsteknologi kan takast i bruk i omsorgsbustadene,"),
        ("e)", "beskrive korleis bebuarane og dei pårørande kan vere med og forme tenestene i "
               "bustadene,"),
        ("f)", "ha ein handlingsdel med tiltak, kostnad og ansvarleg for kvart år i "
               "økonomiplanperioden,"),
        ("g)", "leggjast fram for utvalet innan 1. desember 2049, etter at eldrerådet og rådet "
               "for personar med funksjonsnedsetjing har fått uttale seg,"),
        ("h)", "syne korleis planen følgjer opp kommuneplanen sin samfunnsdel."),
    ]
    t = dict(pts)
    css = ("@page{size:A4;margin:16mm 20mm 20mm 22mm;@bottom-left{content:'Lauvøy kommune · "
           "Møtebok Utval for helse og omsorg 12.03.2049';font:7.5pt 'DejaVu Sans',sans-serif;"
           "color:#555}@bottom-right{content:'Side ' counter(page) ' av ' counter(pages);"
           "font:7.5pt 'DejaVu Sans',sans-serif;color:#555}}"
           "body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;line-height:1.5;"
           "color:#151515}.top{display:flex;justify-content:space-between;align-items:baseline;"
           "border-bottom:3px solid #6b2d5c;padding-bottom:4px;margin-bottom:10px}"
           ".top b{font-size:13pt;color:#6b2d5c}.top span{font-size:11pt;letter-spacing:4px;"
           "color:#6b2d5c}table.m{border-collapse:collapse;font-size:8.5pt;margin:0 0 12px}"
           "table.m td{padding:1px 18px 1px 0;vertical-align:top}table.m td.l{color:#555}"
           "h1{font-size:12.5pt;margin:12px 0 8px}h2{font-size:10pt;margin:14px 0 4px;"
           "color:#6b2d5c}p{margin:0 0 6px}.vote{font-weight:bold;margin:6px 0 8px}"
           ".pt{padding-left:7mm;text-indent:-7mm;margin:0 0 3px;width:125mm}"
           ".pt .n{display:inline-block;width:7mm;text-indent:0}"
           ".pt2{margin-top:10px}.tilf{border-left:2px solid #bbb;padding-left:8px;"
           "font-style:italic}.sign{margin-top:18px;font-size:8.5pt;color:#444}")
    body = (
        "<div class='top'><b>Lauvøy kommune</b><span>MØTEBOK</span></div>"
        "<table class='m'><tr><td class='l'>Utval:</td><td>Utval for helse og omsorg</td>"
        "<td class='l'>Arkivsak:</td><td>49/211</td></tr>"
        "<tr><td class='l'>Møtedato:</td><td>12.03.2049</td><td class='l'>Saksnr.:</td>"
        "<td>PS 14/49</td></tr>"
        "<tr><td class='l'>Møtestad:</td><td>Kommunestyresalen, Lauvøy rådhus</td>"
        "<td class='l'>Sakshandsamar:</td><td>Eirik Solheim</td></tr></table>"
        "<h1>PS 14/49 Plan for omsorgsbustader 2050–2060 – oppstart</h1>"
        "<h2>Handsaming i Utval for helse og omsorg – 12.03.2049</h2>"
        + paras("Leiaren for bustadtenesta orienterte om saka og svara på spørsmål frå "
                "medlemene. Randi Lothe (Sp) sette fram framlegg om eit nytt punkt h) om "
                "samfunnsdelen. Kommunedirektøren sitt framlegg med tillegget frå Lothe vart "
                "røysta over samla.")
        + "<p class='vote'>Samrøystes vedteke.</p>"
        "<h2>Vedtak:</h2>"
        + paras("Utval for helse og omsorg gjer vedtak om oppstart av arbeidet med plan for "
                "omsorgsbustader for perioden 2050–2060. Planen skal:")
        + "".join(f"<div class='pt'><span class='n'>{n}</span>{e(x)}</div>" for n, x in pts)
        + "<h2 class='pt2'>Protokolltilførsel</h2>"
        + "<p class='tilf'>Frå Nils Aarvik (H): Høgre meiner at private utbyggjarar bør få "
          "byggje omsorgsbustader som kommunen leiger, og ber om at dette blir vurdert i det "
          "vidare arbeidet.</p>"
        + "<p class='sign'>Rett utskrift: Lauvøy, 14.03.2049 · Marte Vollan, politisk "
          "sekretariat<br>Kopi: Kommunalsjef helse og omsorg, leiar bustadtenesta</p>"
    )
    html_pdf(d / "mandate.pdf", lang="nn", title="Møtebok PS 14/49 – omsorgsbustader",
             css=css, body=body)
    kryss = [
        ["a) Oversyn over bustadene", "Kapittel 3"],
        ["b) Behov fram mot 2060", "Kapittel 4"],
        ["c) Bustadene på Kleiva", "Kapittel 5"],
        ["d) Velferdsteknologi", "Kapittel 6"],
        ["e) Bebuarar og pårørande", "Kapittel 6"],
        ["f) Handlingsdel", "Kapittel 7"],
        ["g) Uttale og framdrift", "Kapittel 2"],
        ["h) Samfunnsdelen", "Kapittel 1"],
    ]
    bust = [
        ["Lauvøy sentrum (Torget)", "32", "2011", "God", "0"],
        ["Nordvågen", "18", "1998", "Middels", "2"],
        ["Kleiva", "14", "1986", "Dårleg: små bad, trapp", "5"],
        ["Sandøyra", "12", "2004", "God", "1"],
        ["Hamnegata", "10", "1992", "Middels", "3"],
        ["I alt", "86", "", "", "11"],
    ]
    behov = [
        ["Innbyggjarar 80 år og eldre", "410", "520", "690"],
        ["Omsorgsbustader som trengst¹", "86", "101", "125"],
    ]
    tiltak = [
        ["2050", "Digitalt tilsyn om natta i alle bustadene, første del", "1 200 000",
         "Leiar bustadtenesta"],
        ["2050", "Elektroniske dørlåsar i Nordvågen og Hamnegata", "450 000", "Eigedomssjef"],
        ["2051", "Prosjektering av 16 nye bustader ved Torget", "2 800 000", "Eigedomssjef"],
        ["2051", "Medisindispenserar til alle bebuarar som treng det", "300 000",
         "Leiar heimetenesta"],
        ["2052–2053", "Bygging av 16 nye bustader ved Torget", "54 000 000", "Eigedomssjef"],
        ["2053", "Ny gjennomgang av standarden i alle bustadene", "100 000",
         "Leiar bustadtenesta"],
    ]
    p = [
        ("title", "Plan for omsorgsbustader 2050–2060"),
        ("meta", "Lauvøy kommune · Framlegg til Utval for helse og omsorg, januar 2050"),
        ("h1", "Oppfølging av vedtaket i sak 14/49"),
        ("p", "Tabellen viser kvar i planen kvart punkt i vedtaket er følgt opp."),
        ("table", ["Vedtakspunkt", "Kvar i planen"], kryss, [80, 40]),
        ("h1", "1 Innleiing"),
        ("p", "Kommuneplanen sin samfunnsdel 2046–2058 har som mål at «innbyggjarane skal kunne "
              "bu trygt i eigen heim så lenge dei ønskjer». Denne planen følgjer opp målet med "
              "tre grep: fleire tilrettelagde bustader nær butikk og helsesenter i sentrum, "
              "betre standard på dei bustadene vi har, og teknologi som gjer det tryggare å bu "
              "åleine. I handlingsdelen er kvart tiltak knytt til eitt av desse grepa."),
        ("h1", "2 Slik har vi arbeidd"),
        ("p", "Ei arbeidsgruppe med leiarane for bustadtenesta, heimetenesta og eigedom hadde "
              "sju møte frå april til oktober 2049. Vi besøkte alle bustadene og snakka med dei "
              "tilsette. Eldrerådet og rådet for personar med funksjonsnedsetjing handsama "
              "utkastet i eit felles møte 20. november 2049, og begge råda bad om fleire "
              "bustader nær sentrum."),
        ("p", "Utvalet ville sjå planen saman med budsjettet for 2050, og han blir difor lagd "
              "fram for utvalet 4. februar 2050."),
        ("h1", "3 Bustadene vi har"),
        ("p", "Kommunen eig 86 omsorgsbustader på fem stader. Tabellen viser kor mange det er på "
              "kvar stad, når dei vart bygde, korleis standarden er, og kor mange som stod tomme "
              "1. januar 2049."),
        ("table", ["Stad", "Bustader", "Bygd", "Standard", "Tomme 1.1.2049"], bust,
         [48, 20, 16, 50, 28]),
        ("h1", "4 Kor mange treng ein bustad i 2060?"),
        ("p", "Talet på innbyggjarar som er 80 år eller eldre, vil auke frå 410 i dag til om lag "
              "690 i 2060. Held vi fram med same tildelingspraksis, treng kommunen rundt 125 "
              "omsorgsbustader i 2060, 39 fleire enn i dag."),
        ("table", ["", "2049", "2055", "2060"], behov, [70, 24, 24, 24]),
        ("p", "¹ Rekna med same del av dei over 80 år som i dag (21 prosent)."),
        ("p", "Kor mange av bustadene som bør ha heildøgns bemanning, vil bli vurdert ved "
              "rulleringa av planen."),
        ("h1", "5 Bustadene på Kleiva"),
        ("p", "Dei 14 bustadene på Kleiva vart bygde i 1986. Bada er små, og det er trapp opp "
              "til inngangen. Fleire av bebuarane har fortalt at dei trivst godt der. Kva som "
              "skal skje med bygga, blir teke opp i budsjettarbeidet for 2051."),
        ("h1", "6 Ein tryggare kvardag"),
        ("p", "Frå 2051 får alle bustadene digitalt tilsyn om natta: ein sensor varslar "
              "nattpatruljen om nokon fell eller ikkje kjem tilbake til senga. Heimetenesta opnar "
              "dørene med mobilen i staden for nøkkel, og bebuarar som treng det, får ein "
              "medisindispenser som gjev beskjed når ei dose ikkje er teken. Vi reknar med at "
              "nattpatruljen kan bruke tida betre når han ikkje må gå runde i alle bustadene."),
        ("p", "Leiarane i bustadene har vore med og valt løysingane, og pårørande får ei "
              "orientering når teknologien blir teken i bruk."),
        ("h1", "7 Handlingsdel 2050–2053"),
        ("p", "Tabellen viser tiltaka for kvart år i økonomiplanperioden, kva dei kostar, og kven "
              "som har ansvaret."),
        ("table", ["År", "Tiltak", "Kostnad (kr)", "Ansvarleg"], tiltak, [24, 74, 26, 40]),
    ]
    rl_pdf(d / "plan.pdf", p, title="Plan for omsorgsbustader 2050–2060", author="Lauvøy kommune",
           family="LS", size=10, head_left="Lauvøy kommune",
           head_right="Plan for omsorgsbustader 2050–2060 · framlegg",
           foot=lambda n, m: f"Side {n} av {m}", accent="#6B2D5C", head_fill="#EFE3EC")
    g = [
        P("a", t["a)"], "content", "covered", ev="Kommunen eig 86 omsorgsbustader",
          trap="a point lettered 'a)' under 'Vedtak:' in a MØTEBOK extract (after 'Handsaming' "
               "and 'Samrøystes vedteke.'; the order sentence 'Utval for helse og omsorg gjer "
               "vedtak om oppstart … Planen skal:' is the mandate, not a point). Points keep "
               "their letters without ')' (a … h); lower case, ending ',' (h '.'). The plan's "
               "crosswalk 'Vedtakspunkt | Kvar i planen' only points to 'Kapittel 3'; the "
               "answer is the chapter and its table Stad | Bustader | Bygd | Standard | Tomme"),
        P("b", t["b)"], "content", "partial", ev="Talet på innbyggjarar som er 80",
          missing=["vurderinga av kor mange bustader som bør ha heildøgns bemanning"],
          trap="one lettered point with two demands joined by 'og' (it wraps). The need to 2060 "
               "is worked out (125 bustader; the share behind it only in the table's note "
               "'¹ Rekna med …'); heildøgns bemanning is put off: 'vil bli vurdert ved "
               "rulleringa av planen'"),
        P("c", t["c)"], "content", "uncovered",
          trap="the crosswalk points 'c) Bustadene på Kleiva' to kapittel 5, which describes "
               "the buildings and puts the question off: 'Kva som skal skje med bygga, blir "
               "teke opp i budsjettarbeidet for 2051'. A pointer is no answer"),
        P("d", t["d)"], "content", "covered", ev="Frå 2051 får alle bustadene",
          trap="answered in other words ('Ein tryggare kvardag': digitalt tilsyn, sensor, "
               "dører opna med mobilen, medisindispenser); 'velferdsteknologi' is never "
               "written in the plan"),
        P("e", t["e)"], "content", "uncovered",
          trap="the crosswalk points 'e) Bebuarar og pårørande' to kapittel 6, where pårørande "
               "are named once ('får ei orientering'): shared words, no account of how "
               "bebuarar and pårørande take part in forming the services"),
        P("f", t["f)"], "deliverable", "covered", ev="Tabellen viser tiltaka for kvart",
          trap="the handlingsdel table År | Tiltak | Kostnad (kr) | Ansvarleg, 2050–2053"),
        P("g", t["g)"], "process", "partial", ev="Ei arbeidsgruppe med leiarane",
          missing=["framlegging for utvalet innan 1. desember 2049 (planen kjem først 4. "
                   "februar 2050)"],
          trap="two demands: both råd heard in a joint meeting 20 November 2049 (past tense); "
               "the deadline is not kept ('blir difor lagd fram for utvalet 4. februar 2050')"),
        P("h", t["h)"], "content", "covered", ev="Kommuneplanen sin samfunnsdel 2046–2058",
          trap="point h) was added in the meeting (Lothe's framlegg in 'Handsaming'). Answered "
               "in the introduction: the samfunnsdel's goal quoted and followed by three grep. "
               "The 'Protokolltilførsel' after the vedtak ('ber om at dette blir vurdert') is "
               "no point: it is not part of the vedtak; nor are 'Handsaming', 'Samrøystes "
               "vedteke' and 'Rett utskrift'"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Lauvøy kommune MØTEBOK",
                      "Lauvøy kommune · Møtebok Utval for helse og omsorg 12.03.2049"),
                producer="a MØTEBOK extract from the case system printed with Chromium (DejaVu "
                "Sans 9.5, a top band 'Lauvøy kommune … MØTEBOK' over a rule, a meta table, "
                "footer 'Lauvøy kommune · Møtebok …' and 'Side n av m', one page): the case "
                "title, 'Handsaming' (an added point named), 'Samrøystes vedteke.', 'Vedtak:' "
                "with an order sentence and points lettered a) … h) in a hanging indent, some "
                "wrapping, then a 'Protokolltilførsel'; plan laid out with reportlab (Liberation "
                "Sans 10, running head with a rule, 'Side n av m'), a crosswalk table "
                "'Vedtakspunkt | Kvar i planen' first, a process chapter in the past tense, a "
                "table with a note and a handlingsdel table", points=g)


# =========================================================================== 2 vannmiljo (nb)
@pair
def vannmiljo(d: Path) -> dict:
    rows = [
        ("Tilstand i vannet",
         "Hvilken økologisk og kjemisk tilstand har elvene, bekkene og innsjøene i kommunen?",
         "Vann-Nett; kommunens egne prøver 2046–2049"),
        ("Landbruk",
         "Hvor stor del av fosforet i Brennmoelva kommer fra jordbruket? Hvilke tiltak kan "
         "redusere avrenningen fra jordbruksarealene?",
         "Avrenningsmodell; befaring med landbrukskontoret"),
        ("Spredt avløp",
         "Hvor mange private avløpsanlegg har ikke tilfredsstillende rensing, og i hvilken "
         "rekkefølge skal områdene ryddes opp?",
         "Kommunens register over avløpsanlegg; tilsyn"),
        ("Kommunalt avløp",
         "Hvor ofte går overløpene i Brennmo sentrum i drift, og hva vil det koste å redusere "
         "utslippene fra dem?",
         "Driftsdata fra renseanlegget; kostnadsoverslag"),
        ("Fremmede arter",
         "Finnes det fremmede arter, som vasspest eller signalkreps, i vassdragene i kommunen?",
         "Kartlegging sommeren 2049"),
        ("Friluftsliv",
         "Hvor kan folk bade og fiske i dag? Hvordan kan tilgangen til vassdragene bli bedre?",
         "Kartlegging; innspill fra lag og foreninger"),
    ]
    s1 = "Planen skal ha en handlingsdel med ansvar og kostnader."
    s2 = ("Vannområdeutvalget for Brenna og grunneierlagene langs Brennmoelva skal inviteres til "
          "egne dialogmøter før planforslaget legges ut til offentlig ettersyn.")
    m = [
        ("title", "Planprogram"),
        ("meta", "Kommunedelplan for vannmiljø 2050–2061 · Brennmo kommune · Fastsatt av "
                 "planutvalget 9. februar 2049, sak 12/49"),
        ("h1", "1 Bakgrunn"),
        ("p", "Brennmoelva renner gjennom hele kommunen, fra Vassbotnvatnet i nord til fjorden "
              "ved Brennmo sentrum. Langs elva ligger det meste av jordbruksarealet i kommunen, "
              "og mange hus i spredt bebyggelse har egne avløpsanlegg. Lomtjern og "
              "Vassbotnvatnet er viktige for bading, fiske og drikkevann."),
        ("p", "Etter den regionale vannforvaltningsplanen er flere av vannforekomstene i "
              "kommunen i moderat eller dårlig tilstand. Algeoppblomstring i Lomtjern har ført "
              "til badeforbud tre somre på rad, og fiskerne melder om mindre ørret i de nedre "
              "delene av elva. Kommunen har ikke hatt en samlet plan for vannmiljøet før."),
        ("p", "Vannområdeutvalget for Brenna, der Brennmo samarbeider med to nabokommuner, har "
              "pekt på at kommunene må ta et større ansvar for tiltakene i sine egne "
              "vannforekomster. Statsforvalteren har i sin uttalelse til kommuneplanens "
              "samfunnsdel bedt kommunen om å legge vannforvaltningsplanen til grunn i all "
              "planlegging som berører vassdragene."),
        ("h1", "2 Formål"),
        ("p", "Formålet med kommunedelplanen er å gi kommunen et samlet grunnlag for å nå "
              "miljømålene for vannet, og å samordne arbeidet i landbruk, avløp, arealplanlegging "
              "og friluftsliv. Planen gjelder for perioden 2050–2061."),
        ("h1", "3 Rammer og føringer"),
        ("p", "Vannforskriften setter miljømål for alle vannforekomster. Den regionale planen for "
              "vannforvaltning 2048–2053 med tiltaksprogram, kommuneplanens samfunnsdel og "
              "forskrift om utslipp fra mindre avløpsanlegg er de viktigste føringene. Planen "
              "erstatter ikke hovedplanen for vann og avløp, som fortsatt gjelder."),
        ("h1", "4 Utredningstema"),
        ("p", "Tabellen viser temaene som skal utredes, spørsmålene planen skal svare på, og "
              "hvordan de skal utredes."),
        ("table", ["Tema", "Problemstillinger/spørsmål planen skal svare på", "Metode"],
         [list(r) for r in rows], [3.4, 8.6, 4.4]),
        ("h1", "5 Planens innhold og form"),
        ("p", s1 + " Det lages ikke plankart; arealbruken langs vassdragene avklares i "
                   "kommuneplanens arealdel."),
        ("h1", "6 Medvirkning"),
        ("p", "Planprogrammet var på høring fra 1. november til 15. desember 2048, og det kom "
              "sju innspill. " + s2 + " Planforslaget legges ut til offentlig ettersyn i seks "
              "uker, og kommunestyret skal etter planen vedta planen i desember 2050."),
        ("h1", "7 Organisering"),
        ("p", "Enhet for plan og miljø leder arbeidet. Arbeidsgruppen består av miljørådgiveren, "
              "en rådgiver fra landbrukskontoret, en ingeniør fra vann og avløp og en "
              "arealplanlegger. Arbeidet gjøres innenfor vedtatt budsjett."),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Planprogram – kommunedelplan for vannmiljø 2050–2061",
             author="Brennmo kommune", font="Liberation Serif", size=11.5, lang="nb-NO",
             header="Brennmo kommune · Planprogram for kommunedelplan for vannmiljø",
             footer="Side {PAGE} av {NUMPAGES}", accent="1C5D7A", head_fill="DCEBF1")
    innspill = [
        ["Vannområdeutvalget for Brenna", "Ønsket felles prøvetaking med nabokommunene",
         "Tatt inn som tiltak 2 i handlingsdelen"],
        ["Brennmoelva grunneierlag", "Bekymret for krav om vegetasjonssoner langs elva",
         "Ingen nye krav om kantsoner i denne planen"],
        ["Naturvernforbundet i Brennmo", "Ba om at fremmede arter tas med",
         "Fremmede arter er et økende problem i hele landet, og kommunen følger med"],
        ["Brennmo jeger- og fiskeforening", "Ønsket flere fiskeplasser tilrettelagt for "
         "rullestol", "Vurderes ved neste rullering av planen"],
    ]
    tilstand = [
        ["Brennmoelva, øvre del", "God", "God"],
        ["Brennmoelva, nedre del", "Moderat", "God"],
        ["Lomtjern", "Dårlig", "God"],
        ["Vassbotnvatnet", "God", "God"],
        ["Sagbekken", "Moderat", "Ikke god (kobber)"],
        ["Øvrige bekker (9)", "God (5), moderat (4)", "Ikke undersøkt"],
    ]
    tiltak = [
        ["1", "Opprydding i private avløp rundt Lomtjern", "Plan og miljø", "600 000", "2051"],
        ["2", "Felles prøvetaking med nabokommunene", "Plan og miljø", "150 000 per år",
         "2050–2053"],
        ["3", "Måling av overløp i sentrum", "Vann og avløp", "400 000", "2051"],
        ["4", "Ny rensing av vann fra Sagbekken-deponiet", "Vann og avløp", "2 200 000",
         "2052"],
        ["5", "Opprydding i private avløp i Vassbotn", "Plan og miljø", "900 000",
         "2052–2053"],
    ]
    bars = [("Jordbruk", 55, "#4a8a3a"), ("Spredt avløp", 24, "#c08a2a"),
            ("Kommunalt avløp", 9, "#7a7a7a"), ("Naturlig bakgrunn", 12, "#8ab0c8")]
    svg = ["<svg width='440' height='150' viewBox='0 0 440 150' xmlns='http://www.w3.org/2000/svg'>"]
    for i, (_lbl, v, col) in enumerate(bars):
        x = 40 + i * 100
        h = v * 2.2
        svg.append(f"<rect x='{x}' y='{130 - h:.0f}' width='50' height='{h:.0f}' fill='{col}'/>")
    svg.append("<line x1='30' y1='130' x2='430' y2='130' stroke='#333' stroke-width='1'/></svg>")
    figur = ("<figure><div class='fig'>" + "".join(svg) + "</div><div class='lbl'>"
             + "".join(f"<span>{e(lbl)}</span>" for lbl, _v, _c in bars) + "</div>"
             "<figcaption>Figur 1 Kilder til fosfor i Brennmoelva, beregnet for 2049. "
             "Jordbruket står for om lag 55 prosent av tilførselen.</figcaption></figure>")
    css = ("@page{size:A4;margin:18mm 20mm 18mm 20mm;@top-right{content:'Kommunedelplan for "
           "vannmiljø 2050–2061';font:8pt 'Liberation Sans',sans-serif;color:#1c5d7a}"
           "@bottom-center{content:counter(page);font:8pt 'Liberation Sans',sans-serif}}"
           "body{font-family:'Liberation Sans',sans-serif;font-size:10pt;line-height:1.45;"
           "color:#1a1a1a}h1{font-size:20pt;color:#1c5d7a;margin:0}.sub{font-size:9pt;"
           "color:#555;margin:3px 0 14px}h2{font-size:12pt;color:#1c5d7a;margin:14px 0 4px;"
           "border-bottom:1px solid #c5dbe4}p{margin:0 0 6px}table{border-collapse:collapse;"
           "width:100%;font-size:8.8pt;margin:4px 0 10px}th{background:#dcebf1;text-align:left;"
           "padding:3px 5px}td{border-bottom:1px solid #d3e2e8;padding:3px 5px;"
           "vertical-align:top}thead{display:table-header-group}tr{break-inside:avoid}"
           "figure{margin:6px 0 10px;break-inside:avoid}.fig{padding-left:0}.lbl{display:flex;width:440px;"
           "font-size:8pt;color:#333}.lbl span{width:100px;text-align:center}"
           "figcaption{font-size:8.5pt;font-style:italic;color:#333;margin-top:3px}")
    body = (
        "<h1>Kommunedelplan for vannmiljø 2050–2061</h1><div class='sub'>Brennmo kommune · "
        "Planforslag til offentlig ettersyn, juni 2050</div>"
        "<h2>1 Innledning</h2>"
        + paras("Rent vann i elver og innsjøer er viktig for natur, landbruk, drikkevann og "
                "friluftsliv. Planen viser hvordan kommunen, bøndene og huseierne sammen skal få "
                "vannet i Brennmo i god tilstand innen 2061.",
                "Overløpene i sentrum er ikke målt. Måling starter i 2051, og kostnadene ved å "
                "redusere utslippene tas opp i budsjettet for 2052.")
        + "<h2>2 Innspill og oppfølging</h2>"
        + paras("Vi holdt dialogmøter med vannområdeutvalget for Brenna 14. mars 2050 og med "
                "grunneierlagene langs Brennmoelva 21. mars 2050. Tabellen viser innspillene vi "
                "har fått, og hvordan de er fulgt opp.")
        + table_html(["Fra", "Innspill", "Oppfølging"], innspill)
        + "<h2>3 Hvordan står det til i vannet?</h2>"
        + paras("Av kommunens 14 vannforekomster har sju god økologisk tilstand, seks moderat og "
                "én dårlig. Bare Sagbekken, som får avrenning fra et gammelt deponi, har ikke god "
                "kjemisk tilstand.")
        + table_html(["Vannforekomst", "Økologisk tilstand", "Kjemisk tilstand"], tilstand)
        + "<h2>4 Hvor kommer fosforet fra?</h2>"
        + paras("Fosfor gjør at alger vokser, og det er hovedgrunnen til badeforbudet i "
                "Lomtjern. Fosforet kommer fra flere kilder, som figuren viser.")
        + figur
        + paras("Hvilke tiltak som kan redusere avrenningen fra jordbruket, vil bli vurdert i "
                "rulleringen av planen, når de nye regionale miljøtilskuddene er kjent.")
        + "<h2>5 Private avløp</h2>"
        + paras("Kommunen har registrert 1 140 private avløpsanlegg. Etter tilsynene i 2048 og "
                "2049 har 390 av dem ikke god nok rensing. Oppryddingen tas område for område: "
                "rundt Lomtjern først (2051), så i Vassbotn (2052–2053) og til slutt i resten av "
                "kommunen (2054–2056).")
        + "<h2>6 Bading og fiske</h2>"
        + paras("Det er fem badeplasser ved vassdragene: to ved Lomtjern, to ved Vassbotnvatnet "
                "og én ved elveosen. Det fiskes ørret i hele Brennmoelva og i Vassbotnvatnet, og "
                "fiskekort selges av jeger- og fiskeforeningen.")
        + "<h2>7 Handlingsdel 2050–2053</h2>"
        + paras("Handlingsdelen viser hvem som har ansvaret for hvert tiltak, og hva det "
                "koster.")
        + table_html(["Nr.", "Tiltak", "Ansvar", "Kostnad (kr)", "År"], tiltak)
    )
    html_pdf(d / "plan.pdf", lang="nb", title="Kommunedelplan for vannmiljø 2050–2061", css=css,
             body=body)
    q = [r[1] for r in rows]
    g = [
        P("1", q[0], "content", "covered", ev="Av kommunens 14 vannforekomster",
          trap="a question cell of the table 'Tema | Problemstillinger/spørsmål planen skal "
               "svare på | Metode' in a PLANPROGRAM; points numbered by row (1–6, the text is "
               "the question cell; Tema and Metode are read with it), the prose requirements "
               "S1–S2 after them. Answered by a chapter whose heading asks in other words "
               "('Hvordan står det til i vannet?') and a table per vannforekomst"),
        P("2", q[1], "content", "partial", ev="Figur 1 Kilder til fosfor",
          missing=["tiltak som kan redusere avrenningen fra jordbruksarealene"],
          trap="a cell with two questions. The share is given only in the figure caption ('om "
               "lag 55 prosent'); the measures are put off: 'vil bli vurdert i rulleringen av "
               "planen'"),
        P("3", q[2], "content", "covered", ev="Kommunen har registrert 1 140",
          trap="how many (390 of 1 140) and the order of the areas (Lomtjern, Vassbotn, the "
               "rest) both answered"),
        P("4", q[3], "content", "uncovered",
          trap="put off in the introduction: 'Overløpene i sentrum er ikke målt. Måling starter "
               "i 2051, og kostnadene … tas opp i budsjettet for 2052'; the handlingsdel's "
               "'Måling av overløp' is the deferral, not an answer"),
        P("5", q[4], "content", "uncovered",
          trap="named in passing only, in a row of the 'Innspill og oppfølging' table: "
               "'Fremmede arter er et økende problem i hele landet, og kommunen følger med' — "
               "no survey result"),
        P("6", q[5], "content", "partial", ev="Det er fem badeplasser",
          missing=["hvordan tilgangen til vassdragene kan bli bedre"],
          trap="a cell with two questions: where to bathe and fish is answered; better access "
               "is not (the fiskeforening's wish for accessible fishing places 'Vurderes ved "
               "neste rullering')"),
        P("S1", s1, "deliverable", "covered", ev="Handlingsdelen viser hvem som har",
          trap="a requirement in the prose of '5 Planens innhold og form', not in the table. "
               "The handlingsdel table Nr. | Tiltak | Ansvar | Kostnad (kr) | År"),
        P("S2", s2, "process", "covered", ev="Vi holdt dialogmøter med",
          trap="a process sentence in '6 Medvirkning' between the planprogram's own høring "
               "(past) and the offentlig ettersyn and the kommunestyre's vedtak (after the "
               "plan), which are none; answered in the past tense above the 'Innspill og "
               "oppfølging' table, both parties met. Bakgrunn, Formål, Rammer, the out-of-scope "
               "sentence on plankart and Organisering are none"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Brennmo kommune · Planprogram for kommunedelplan for vannmiljø",),
                producer="a PLANPROGRAM exported from Word (Liberation Serif 11.5, nb-NO, running "
                "header, 'Side n av m', two pages): Bakgrunn, Formål, Rammer, '4 "
                "Utredningstema' with a table Tema | Problemstillinger/spørsmål planen skal "
                "svare på | Metode of six rows running over the page break with its header row "
                "repeated (two cells hold two questions), the prose requirements in '5 Planens "
                "innhold og form' and '6 Medvirkning', Organisering; plan a web page printed "
                "with Chromium (Liberation Sans 10, running title top right, bare page number), "
                "an 'Innspill og oppfølging' table, chapters headed by questions, a figure whose "
                "caption holds the only number, a handlingsdel table", points=g)


# =========================================================================== 3 rights-of-way (en)
@pair
def rights_of_way(d: Path) -> dict:
    obj = [
        "assess how far the rights of way network meets the present and likely future needs of "
        "walkers, cyclists, horse riders and people with mobility problems",
        "identify gaps in the network, including missing links between villages and to the "
        "Ravenmoor Greenway",
        "set out a costed Statement of Action for the first five years of the plan",
        "review how the Council deals with obstructions and with the backlog of applications to "
        "modify the definitive map",
        "propose performance indicators that the Rights of Way team can report on each year",
    ]
    miles = [
        ["Project start; project team appointed", "January 2049"],
        ["Engagement with the Local Access Forum, parish councils and user groups",
         "March–May 2049"],
        ["Draft plan to the Place Overview Board", "By 30 September 2049"],
        ["Cabinet adopts the final plan", "March 2050"],
    ]
    m = [
        ("title", "Project Initiation Document"),
        ("meta", "Rights of Way Improvement Plan 2050–2060 · Ravenmoor Council · Version 1.0, "
                 "6 January 2049"),
        ("form", [["Project", "Rights of Way Improvement Plan (ROWIP) 2050–2060"],
                  ["Sponsor", "Director of Place"],
                  ["Project manager", "Countryside Access Manager"],
                  ["Approved by", "Place Directorate Management Team, 4 January 2049"]],
         [4.2, 11.6]),
        ("h1", "1. Background"),
        ("p", "Ravenmoor has 1,640 km of public rights of way: footpaths, bridleways, restricted "
              "byways and byways open to all traffic. As highway authority the Council must "
              "publish a Rights of Way Improvement Plan and review it at least every ten years. "
              "The current plan was adopted in 2038 and most of its actions have been completed "
              "or overtaken."),
        ("p", "Since then the Ravenmoor Greenway has opened along the old railway, the number of "
              "people walking and cycling for leisure has grown, and the Council's budget for "
              "rights of way has fallen in real terms. The new plan will set priorities for the "
              "next ten years."),
        ("h1", "2. Objectives"),
        ("p", "The project will:"),
        *[("typed", "☐", x, 0.7, 0.2) for x in obj],
        ("h1", "3. Out of scope"),
        ("bullets", ["maintenance of the adopted highway and of footways in towns",
                     "the Moorland Way National Trail, which is managed by the Trail "
                     "Partnership",
                     "changes to the definitive map itself, which follow their own legal "
                     "process"]),
        ("h1", "4. Milestones"),
        ("table", ["Milestone", "Date"], miles, [11.0, 4.8]),
        ("h1", "5. Resources and governance"),
        ("p", "The project is run by the Countryside Access team within existing budgets, with "
              "£18,000 for survey work. The project board (Director of Place, Countryside Access "
              "Manager, Highways Asset Manager) meets every two months and reports to the "
              "Cabinet Member for Environment."),
    ]
    docx_pdf(d / "mandate.pdf", m, title="PID – Rights of Way Improvement Plan 2050–2060",
             author="Ravenmoor Council", font="DejaVu Sans", size=10, lang="en-GB",
             header="Ravenmoor Council · Countryside Access",
             footer="PID ROWIP 2050–2060 · page {PAGE}", accent="2F4F2F", head_fill="E2EBDD")
    soa = [
        ["1", "Build the missing link from Thornby to Low Ashgill along the beck",
         "Countryside Access Manager", "2050–2051"],
        ["2", "Connect Carrbeck and Wetherside to the Ravenmoor Greenway",
         "Countryside Access Manager", "2051–2052"],
        ["3", "Upgrade 12 km of footpath to bridleway around Kelsall Moor",
         "Rights of Way Officer", "2052"],
        ["4", "Survey and replace failing bridges, worst first", "Highways Asset Manager",
         "2050–2054"],
        ["5", "Publish the network as open data and in the Ravenmoor Explorer app",
         "GIS Team", "2050"],
    ]
    kpi = [
        ["Share of paths easy to use (annual survey of 5 % of the network)", "78 %", "88 %"],
        ["Reports of problems resolved within three months", "61 %", "80 %"],
        ["Km of new or upgraded routes opened in the year", "3", "8 a year"],
    ]
    p = [
        ("title", "Ravenmoor Rights of Way Improvement Plan 2050–2060"),
        ("meta", "Draft for consultation · Ravenmoor Council · October 2049"),
        ("h1", "What is this plan?"),
        ("p", "Public footpaths, bridleways and byways let people walk, ride and cycle through "
              "Ravenmoor's countryside and between its towns and villages. This plan sets out "
              "how the Council will improve the network over the next ten years. It is written "
              "as answers to the questions people most often asked us."),
        ("h1", "Who did we talk to?"),
        ("p", "Between March and May 2049 we met the Ravenmoor Local Access Forum twice, ran an "
              "online survey that 1,240 people answered, and held workshops with the Ramblers, "
              "Cycling UK and the British Horse Society. Landowners were represented through "
              "the NFU."),
        ("p", "The draft was considered by the Place Overview Board on 14 September 2049."),
        ("h1", "Who uses the paths, and what do they need?"),
        ("p", "Walking is by far the most common use: nine in ten of those who answered the "
              "survey walk on the network at least once a month, most of them close to home. "
              "Cyclists want more traffic-free routes between villages, and riders want "
              "bridleways that connect, so they do not have to ride on busy roads. Use has grown "
              "since 2038 and is likely to keep growing as new homes are built at Carrbeck."),
        ("h1", "Where are the gaps?"),
        ("p", "We found 23 places where a path ends at a busy road or stops at a parish "
              "boundary. The most important missing links are between Thornby and Low Ashgill, "
              "where people have to walk along the A684, and from Carrbeck and Wetherside to the "
              "Ravenmoor Greenway, which both villages can see but not reach without a car."),
        ("h1", "What will we do in the first five years?"),
        ("p", "The Statement of Action below lists what we will do from 2050 to 2054 and who "
              "will lead it. Costs will be set each year in the Council's budget."),
        ("table", ["No.", "Action", "Lead", "Years"], soa, [12, 88, 44, 22]),
        ("h1", "What happens when a path is blocked?"),
        ("p", "You can report a blocked or overgrown path on the Council's website. The backlog "
              "of applications to change the definitive map will be looked at when this plan is "
              "next reviewed."),
        ("h1", "How will we know it's working?"),
        ("p", "The Rights of Way team will report these three measures to the Cabinet Member "
              "every year."),
        ("table", ["Measure", "2048", "Target 2055"], kpi, [100, 24, 34]),
    ]
    rl_pdf(d / "plan.pdf", p, title="Ravenmoor Rights of Way Improvement Plan 2050–2060",
           author="Ravenmoor Council", family="Helvetica", size=10,
           head_left="Ravenmoor Council", head_right="ROWIP 2050–2060 · draft",
           foot=lambda n, m: f"{n}", accent="#2F4F2F", head_fill="#E2EBDD")
    g = [
        P("1", obj[0], "content", "partial", ev="Walking is by far the most",
          trap="a '☐' checkbox item under '2. Objectives' ('The project will:') in an ENGLISH "
               "PROJECT INITIATION DOCUMENT; items numbered by place (1–5), the Milestones rows "
               "that ask a step of the plan's making after them (6–7). Walkers, cyclists and "
               "riders answered in a FAQ heading in other words ('Who uses the paths, and what "
               "do they need?'); people with mobility problems never named",
          missing=["the needs of people with mobility problems"]),
        P("2", obj[1], "content", "covered", ev="We found 23 places where",
          trap="FAQ heading 'Where are the gaps?'; both links named (between villages, to the "
               "Greenway)"),
        P("3", obj[2], "deliverable", "partial", ev="The Statement of Action below",
          missing=["the cost of each action"],
          trap="a Statement of Action table No. | Action | Lead | Years for 2050–2054, but "
               "'Costs will be set each year in the Council's budget'"),
        P("4", obj[3], "content", "uncovered",
          trap="named in passing and put off: 'You can report a blocked or overgrown path on "
               "the Council's website' (no review of how obstructions are dealt with); the "
               "backlog 'will be looked at when this plan is next reviewed'"),
        P("5", obj[4], "content", "covered", ev="The Rights of Way team will report",
          trap="FAQ heading 'How will we know it's working?'; three measures with a baseline "
               "and a target, reported every year"),
        P("6", miles[1][0], "process", "partial", ev="Between March and May 2049",
          missing=["engagement with the parish councils"],
          trap="a row of the 'Milestones' table (Milestone | Date), text the Milestone cell, the "
               "date 'March–May 2049' read with it. The Local Access Forum and user groups were "
               "met in March–May 2049 (past tense); the parish councils are never named"),
        P("7", miles[2][0], "process", "covered", ev="The draft was considered by",
          trap="a Milestones row, date 'By 30 September 2049': the board considered the draft "
               "on 14 September 2049. The rows 'Project start; project team appointed' and "
               "'Cabinet adopts the final plan' (after the plan), the 'Out of scope' list, "
               "Background and Resources and governance are none"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Ravenmoor Council · Countryside Access",),
                producer="an ENGLISH PROJECT INITIATION DOCUMENT exported from Word (DejaVu Sans "
                "10, en-GB, running header, footer 'PID ROWIP 2050–2060 · page n'): a form "
                "table, Background, '2. Objectives' with five '☐' checkbox items typed with a "
                "hanging indent, '3. Out of scope' bullets, '4. Milestones' table Milestone | "
                "Date of four rows (two ask a step of the plan's making), Resources and "
                "governance; plan laid out with reportlab (Helvetica 10, running head with a "
                "rule, bare page number) as a FAQ whose headings are questions, a Statement of "
                "Action table without costs and a measures table", points=g)


# =========================================================================== 4 vinter (da)
@pair
def vinter(d: Path) -> dict:
    opg = [
        "kortlægge, hvilke veje, cykelstier og fortove kommunen rydder og glatførebekæmper i "
        "dag, og hvad vintertjenesten har kostet de seneste fire sæsoner",
        "vurdere, om cykelstierne til skolerne skal være ryddet før kl. 7 på hverdage",
        "beskrive, hvordan saltforbruget kan nedbringes, fx ved brug af saltlage",
        "afklare arbejdsdelingen mellem kommunen og grundejerne om rydning af fortove",
    ]
    lev = [
        "et forslag til serviceniveauer, hvor vejnettet deles i klasser, vist på kort",
        "et overslag over, hvad forslaget koster om året",
    ]
    proc = ["En følgegruppe med Cyklistforbundet, Ældrerådet og de lokale vognmænd inddrages "
            "undervejs"]
    tid = [
        "Marts 2049: arbejdsgruppen nedsættes",
        "Senest 15. august 2049: forslaget forelægges Teknik- og Miljøudvalget",
        "Oktober 2049: byrådet vedtager planen",
    ]

    def lines(items: list[str], mark: str) -> str:
        return "".join(f"<div class='li'><span class='b'>{mark}</span>{e(x)}</div>"
                       for x in items)

    def row(head: str, inner: str) -> str:
        return f"<div class='row'><div class='mh'>{e(head)}</div><div class='tx'>{inner}</div></div>"

    css = ("@page{size:A4;margin:18mm 18mm 18mm 18mm;@bottom-center{content:'Lynghøj Kommune · "
           "Teknik og Miljø · side ' counter(page);font:7.5pt 'Liberation Sans',sans-serif;"
           "color:#666}}"
           "body{font-family:'Liberation Sans',sans-serif;font-size:10pt;line-height:1.45;"
           "color:#1a1a1a}.hd{font-size:8.5pt;color:#8a3b12;letter-spacing:1px;"
           "border-bottom:1px solid #8a3b12;padding-bottom:3px;margin-bottom:14px}"
           "h1{font-size:17pt;margin:0 0 2px;color:#8a3b12}.meta{font-size:8.5pt;color:#555;"
           "margin-bottom:16px}.row{display:grid;grid-template-columns:34mm 1fr;column-gap:6mm;"
           "border-top:1px solid #e3d2c7;padding:7px 0 5px}.mh{font-weight:bold;"
           "font-size:9.5pt;color:#8a3b12}.tx p{margin:0 0 5px}.li{padding-left:5mm;"
           "text-indent:-5mm;margin:0 0 3px}.li .b{display:inline-block;width:5mm;"
           "text-indent:0}")
    body = (
        "<div class='hd'>LYNGHØJ KOMMUNE · TEKNIK OG MILJØ</div>"
        "<h1>Kommissorium: Plan for vintertjeneste 2050–2054</h1>"
        "<div class='meta'>Godkendt af Teknik- og Miljøudvalget 3. februar 2049 · Sag "
        "49/0318</div>"
        + row("Baggrund", paras(
            "Kommunen rydder sne og bekæmper glat føre på veje, cykelstier og en del fortove. "
            "Det gældende regulativ er fra 2039. Siden er der kommet flere cykelstier og to nye "
            "skoler, og mange borgere klager over, at cykelstierne først bliver ryddet sent på "
            "morgenen."))
        + row("Formål", paras(
            "Formålet er en vintertjeneste, der passer til, hvordan borgerne færdes i dag, og "
            "som bruger mindre salt."))
        + row("Opgave", "<p>Arbejdsgruppen skal:</p>" + lines(opg, "–"))
        + row("Leverancer", lines(lev, "–"))
        + row("Proces", lines(proc, "–"))
        + row("Tidsplan", lines(tid, "▪"))
        + row("Organisering", paras(
            "Arbejdsgruppe: vejchefen (formand), driftslederen for materielgården og en "
            "trafikplanlægger. Sekretariat: Vej og Park."))
        + row("Økonomi", paras(
            "Arbejdet udføres inden for Vej og Parks budget."))
    )
    html_pdf(d / "mandate.pdf", lang="da", title="Kommissorium – plan for vintertjeneste",
             css=css, body=body)
    ruter = [
        ["Hovedveje og busruter", "186", "Kommunen (egne biler)"],
        ["Øvrige kommuneveje", "301", "Vognmænd på kontrakt"],
        ["Cykelstier", "96", "Kommunen (egne maskiner)"],
        ["Fortove ved skoler, plejecentre og stationen", "14", "Kommunen"],
        ["I alt¹", "597", ""],
    ]
    klasser = [
        ["1", "Hovedveje, busruter og cykelstier til skolerne", "Kl. 6.30 på hverdage"],
        ["2", "Øvrige cykelstier og fordelingsveje", "Kl. 9"],
        ["3", "Boligveje", "Inden for 24 timer efter snefald"],
    ]
    p = [
        ("title", "Plan for vintertjeneste 2050–2054"),
        ("meta", "Lynghøj Kommune · Forslag til Teknik- og Miljøudvalget, august 2049"),
        ("h1", "1 Indledning"),
        ("p", "Når det sner eller fryser, skal borgerne kunne komme sikkert på arbejde, i skole "
              "og til lægen. Planen fastlægger, hvilke veje og stier der ryddes først, og hvor "
              "hurtigt. Mange har spurgt, hvem der skal rydde fortovet foran deres hus."),
        ("h1", "2 Sådan er planen blevet til"),
        ("p", "Arbejdsgruppen gik i gang i marts 2049. Følgegruppen, hvor Cyklistforbundet og "
              "Ældrerådet deltog, mødtes tre gange i løbet af foråret og gennemgik udkastet i "
              "juni. Cyklistforbundet ønskede især, at stierne til skolerne ryddes tidligt."),
        ("p", "Forslaget blev behandlet i Teknik- og Miljøudvalget den 11. august 2049."),
        ("h1", "3 Vintertjenesten i dag"),
        ("p", "Tabellen viser de veje, cykelstier og fortove, som kommunen rydder og salter i "
              "dag, og hvem der udfører arbejdet."),
        ("table", ["Rute", "Km", "Hvem rydder"], ruter, [8.2, 2.0, 6.2]),
        ("p", "¹ Vintertjenesten kostede i gennemsnit 7,8 mio. kr. om året i de fire sæsoner "
              "2045/46–2048/49."),
        ("h1", "4 Skolevejene først"),
        ("p", "Cykelstierne til de fem skoler bliver ryddet først, så de er farbare kl. 6.30 på "
              "hverdage. Det betyder, at to af kommunens egne maskiner starter kl. 4 i stedet for "
              "kl. 5, når der er varslet sne."),
        ("h1", "5 Salt"),
        ("p", "Sidste vinter brugte kommunen 2.900 tons vejsalt. Om der skal bruges saltlage, "
              "vil blive vurderet, når de nye saltspredere skal købes i 2052."),
        ("h1", "6 Tre serviceklasser"),
        ("p", "Vejnettet deles i tre klasser. Klassen bestemmer, hvornår vejen eller stien "
              "senest skal være ryddet og saltet."),
        ("table", ["Klasse", "Veje og stier", "Ryddet senest"], klasser, [2.0, 8.6, 5.8]),
        ("p", "Et kort over klasserne udarbejdes, når planen er vedtaget."),
        ("h1", "7 Økonomi"),
        ("p", "Med de nye klasser koster vintertjenesten ca. 8,6 mio. kr. om året, 0,8 mio. kr. "
              "mere end i dag. Merudgiften skyldes især den tidligere start på skolevejene."),
    ]
    docx_pdf(d / "plan.pdf", p, title="Plan for vintertjeneste 2050–2054",
             author="Lynghøj Kommune", font="Liberation Sans", size=10, lang="da-DK",
             header="Lynghøj Kommune – Plan for vintertjeneste 2050–2054",
             footer="Side {PAGE} af {NUMPAGES}", accent="8A3B12", head_fill="F3E4DA")
    g = [
        P("1", opg[0], "content", "covered", ev="Tabellen viser de veje, cykelstier",
          trap="a '–' line under the margin heading 'Opgave' ('Arbejdsgruppen skal:') in a "
               "Danish KOMMISSORIUM laid out in two columns (headings in a narrow left column of "
               "a CSS grid); lines numbered by place over Opgave (1–4), Leverancer (5–6), Proces "
               "(7) and Tidsplan (8). Answered by a table Rute | Km | Hvem rydder; the cost "
               "stands only in the note under it ('¹ Vintertjenesten kostede …')"),
        P("2", opg[1], "content", "covered", ev="Cykelstierne til de fem skoler",
          trap="answered in other words under 'Skolevejene først' (farbare kl. 6.30)"),
        P("3", opg[2], "content", "uncovered",
          trap="put off: 'Om der skal bruges saltlage, vil blive vurderet, når de nye "
               "saltspredere skal købes i 2052'; last winter's consumption is a fact, not a "
               "way to bring it down"),
        P("4", opg[3], "content", "uncovered",
          trap="named in passing only: 'Mange har spurgt, hvem der skal rydde fortovet foran "
               "deres hus' — never answered"),
        P("5", lev[0], "deliverable", "partial", ev="Vejnettet deles i tre klasser",
          missing=["kortet over klasserne"],
          trap="a '–' line under 'Leverancer': three classes with a table, but 'Et kort over "
               "klasserne udarbejdes, når planen er vedtaget'"),
        P("6", lev[1], "deliverable", "covered", ev="Med de nye klasser koster",
          trap="8,6 mio. kr. om året"),
        P("7", proc[0], "process", "partial", ev="Arbejdsgruppen gik i gang",
          missing=["de lokale vognmænd i følgegruppen"],
          trap="the only line under 'Proces' (a sentence with a capital, no full stop); "
               "Cyklistforbundet and Ældrerådet took part (past tense), the vognmænd are never "
               "said to be involved"),
        P("8", tid[1], "process", "covered", ev="Forslaget blev behandlet i",
          trap="a '▪' line under 'Tidsplan': 11 August 2049, before 15 August. The lines "
               "'arbejdsgruppen nedsættes' and 'byrådet vedtager planen' (after the plan), "
               "Baggrund, Formål, Organisering and Økonomi are none"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf",
                drop=("LYNGHØJ KOMMUNE · TEKNIK OG MILJØ",),
                producer="a KOMMISSORIUM printed from HTML with Chromium (Liberation Sans 10, a "
                "letter-spaced top line over a rule, footer 'Lynghøj Kommune · Teknik og Miljø "
                "· side n', one page): MARGIN HEADINGS in a narrow left column of a CSS grid "
                "(Baggrund, Formål, Opgave, Leverancer, Proces, Tidsplan, Organisering, "
                "Økonomi), the text and '–' / '▪' lines in the right column; plan exported from "
                "Word (Liberation Sans 10, da-DK, running header, 'Side n af m'), a process "
                "chapter in the past tense, a table whose note holds the only cost figure and a "
                "table of serviceklasser", points=g)


# =========================================================================== 5 kollektivtrafik (sv)
@pair
def kollektivtrafik(d: Path) -> dict:
    s = [
        "Utredaren ska kartlägga hur många som reser med de lokala linjerna, fördelat på linje "
        "och tid på dygnet.",
        "Utredaren ska också beskriva vilka bostadsområden som ligger mer än 600 meter från "
        "närmaste hållplats.",
        "Utredaren ska föreslå en ny linjedragning för tätortstrafiken.",
        "Förslaget ska innehålla en bedömning av vad det kostar och hur många fler resenärer det "
        "kan ge.",
        "Utredaren ska pröva om skolskjutsarna till Östra Hult och Skärby kan öppnas för andra "
        "resenärer.",
        "Under arbetet ska utredaren samråda med den regionala kollektivtrafikmyndigheten, "
        "pensionärsrådet och rådet för funktionshinderfrågor.",
        "Utredningen ska redovisas till kommunstyrelsens arbetsutskott senast den 30 november "
        "2049.",
    ]
    m = [
        ("title", "Direktiv för utredning om den lokala kollektivtrafiken"),
        ("meta", "Ljungmåla kommun · Beslutat av kommunstyrelsen 14 mars 2049, § 38 · Dnr KS "
                 "2049/112"),
        ("runin", "Bakgrund.", "De lokala busslinjerna i Ljungmåla har i stort sett samma "
                               "sträckning som när de startade 1998. Sedan dess har Norra Ljung "
                               "och Kvarnbacken byggts ut, medan resandet har minskat på flera "
                               "avgångar. Trafiken kostar kommunen drygt 9 miljoner kronor om "
                               "året."),
        ("runin", "Uppdraget.", "Kommunstyrelsen ger samhällsbyggnadschefen i uppdrag att utreda "
                                "hur den lokala kollektivtrafiken kan utvecklas. Uppdraget gäller "
                                "tätortstrafiken och linjerna till Östra Hult och Skärby."),
        ("runin", "Kartläggning.", s[0] + " " + s[1]),
        ("runin", "Förslag.", s[2] + " " + s[3]),
        ("runin", "Skolskjuts.", s[4]),
        ("runin", "Samråd.", s[5]),
        ("runin", "Redovisning.", s[6] + " Kommunfullmäktige tar ställning till förslaget i "
                                         "samband med budgeten för 2051."),
        ("runin", "Resurser.", "Utredningen görs inom samhällsbyggnadsförvaltningens budget. "
                               "Konsultstöd för resandeanalysen får köpas för högst 150 000 "
                               "kronor."),
    ]
    odt_runin_pdf(d / "mandate.pdf", m, title="Direktiv – lokal kollektivtrafik",
                  font="Liberation Serif", size=11.5, lang="sv", country="SE",
                  header="Ljungmåla kommun · Kommunstyrelsen",
                  footer="Dnr KS 2049/112 · Sida {n} av {m}", accent="#7A1F2B")
    linjer = [
        ["1", "Stationen – Norra Ljung", "310"],
        ["2", "Stationen – Kvarnbacken – vårdcentralen", "270"],
        ["3", "Ljungmåla – Östra Hult", "95"],
        ["4", "Ljungmåla – Skärby", "60"],
        ["Summa", "", "735"],
    ]
    atg = [
        ["Ringlinje i tätorten i stället för linje 1 och 2", "Samhällsbyggnadschefen", "2051",
         "1 300 000 per år"],
        ["Ombyggnad av tio hållplatser, vårdcentralen och stationen först", "Gatuchefen",
         "2051–2053", "2 400 000"],
        ["Tidtabeller som kan läsas upp i mobilen", "Kommunikationsenheten", "2051",
         "80 000"],
        ["Ny hållplats vid vårdcentralens entré", "Gatuchefen", "2051", "350 000"],
    ]
    resor = [
        ["2040", "268 000", "–"], ["2041", "262 000", "−2 %"], ["2042", "259 000", "−1 %"],
        ["2043", "255 000", "−2 %"], ["2044", "221 000", "−13 %"], ["2045", "218 000", "−1 %"],
        ["2046", "224 000", "+3 %"], ["2047", "216 000", "−4 %"], ["2048", "212 000", "−2 %"],
    ]
    p = [
        ("title", "Lokal kollektivtrafik i Ljungmåla"),
        ("meta", "Ljungmåla kommun · Utredning till kommunstyrelsens arbetsutskott, november "
                 "2049"),
        ("h1", "1 Sammanfattning"),
        ("p", "Bussarna i tätorten går i dag i två linjer som inte når de nya bostadsområdena. Vi "
              "föreslår en ringlinje som går åt båda hållen och binder ihop stationen, "
              "vårdcentralen och de nya områdena."),
        ("h1", "2 Så har vi arbetat"),
        ("p", "Utredningen startade i april 2049. Vi träffade pensionärsrådet den 6 september och "
              "rådet för funktionshinderfrågor den 13 september 2049. Båda råden ville ha fler "
              "hållplatser nära vårdcentralen. Den regionala kollektivtrafikmyndigheten har "
              "lämnat resandestatistik, men något samråd om förslaget har ännu inte hållits."),
        ("p", "Rapporten lämnas till kommunstyrelsens arbetsutskott den 24 november 2049."),
        ("h1", "3 Vem reser, och med vilken linje?"),
        ("p", "Under 2048 gjordes omkring 212 000 resor på de lokala linjerna. Tabellen visar "
              "hur många som stiger på en vanlig vardag, linje för linje."),
        ("table", ["Linje", "Sträckning", "Påstigande per vardag"], linjer, [20, 90, 44]),
        ("h1", "4 En ring genom tätorten"),
        ("p", "Vi föreslår att linje 1 och 2 ersätts av en ringlinje som går åt båda hållen var "
              "20:e minut och passerar Norra Ljung, stationen, vårdcentralen och Kvarnbacken. "
              "Linjerna till Östra Hult och Skärby går som i dag."),
        ("p", "Ringlinjen kostar cirka 1,3 miljoner kronor mer per år än dagens två linjer. Hur "
              "många fler som kommer att resa är svårt att bedöma innan linjen har prövats."),
        ("p", "Hur långt invånarna har till närmaste hållplats har inte analyserats i den här "
              "utredningen; det görs i regionens nya trafikförsörjningsprogram."),
        ("h1", "5 Skolskjutsarna"),
        ("p", "Skolskjutsarna till Östra Hult och Skärby körs av en entreprenör på uppdrag av "
              "barn- och utbildningsförvaltningen. Frågan om att öppna dem för andra resenärer "
              "tas upp när skolskjutsavtalet ska upphandlas 2051."),
        ("h1", "6 Hållplatserna"),
        ("p", "Många hållplatser saknar väderskydd, och kanterna är för låga för att den som "
              "sitter i rullstol eller går med rollator ska kunna ta sig rakt in i bussen. Vi "
              "föreslår att de tio hållplatser där flest stiger på byggs om under 2051–2053, "
              "med start vid vårdcentralen och stationen. Tidtabellerna vid hållplatserna ska "
              "också gå att läsa upp i mobilen."),
        ("h1", "7 Åtgärder"),
        ("p", "Tabellen sammanfattar förslagen och vem som ansvarar för dem."),
        ("table", ["Åtgärd", "Ansvar", "År", "Kostnad (kr)"], atg, [66, 40, 24, 30]),
        ("h1", "Bilaga 1 Resor på de lokala linjerna 2040–2048"),
        ("p", "Antalet resor per år har minskat sedan 2040, med ett tydligt avbrott under "
              "ombyggnaden av stationen 2044–2045."),
        ("table", ["År", "Resor", "Förändring mot året före"], resor, [30, 40, 50]),
    ]
    rl_pdf(d / "plan.pdf", p, title="Lokal kollektivtrafik i Ljungmåla", author="Ljungmåla kommun",
           family="LS", size=10.5, head_left="Ljungmåla kommun",
           head_right="Utredning: lokal kollektivtrafik",
           foot=lambda n, m: f"{n} ({m})", accent="#7A1F2B", head_fill="#F2E1E3")
    g = [
        P("S1", s[0], "content", "partial", ev="Under 2048 gjordes omkring",
          missing=["resandet fördelat på tid på dygnet"],
          trap="a 'ska' sentence in a paragraph opening with a bold RUN-IN heading "
               "('Kartläggning.') in a Swedish DIREKTIV with no list anywhere; sentences "
               "numbered S1 … S7 by order. Per linje answered in other words ('Påstigande per "
               "vardag'); the time of day is not"),
        P("S2", s[1], "content", "uncovered",
          trap="the second 'ska' sentence of the same paragraph; pointed elsewhere: 'har inte "
               "analyserats i den här utredningen; det görs i regionens nya "
               "trafikförsörjningsprogram'"),
        P("S3", s[2], "content", "covered", ev="Vi föreslår att linje 1",
          trap="run-in heading 'Förslag.'; answered under a heading in other words ('En ring "
               "genom tätorten')"),
        P("S4", s[3], "deliverable", "partial", ev="Ringlinjen kostar cirka",
          missing=["bedömningen av hur många fler resenärer ringlinjen kan ge"],
          trap="two demands joined by 'och': the cost is given, the passengers are 'svårt att "
               "bedöma'"),
        P("S5", s[4], "content", "uncovered",
          trap="put off: 'tas upp när skolskjutsavtalet ska upphandlas 2051'"),
        P("S6", s[5], "process", "partial", ev="Utredningen startade i april",
          missing=["samråd med den regionala kollektivtrafikmyndigheten"],
          trap="three bodies: both råd met in September 2049 (past tense); the "
               "kollektivtrafikmyndighet only sent statistics, 'något samråd om förslaget har "
               "ännu inte hållits'"),
        P("S7", s[6], "process", "covered", ev="Rapporten lämnas till kommunstyrelsens",
          trap="24 November 2049, before 30 November. The fullmäktige's decision with the budget "
               "(after the report), 'Bakgrund.', 'Uppdraget.' (the order sentence and the scope, "
               "the mandate, not points) and 'Resurser.' are none"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Ljungmåla kommun · Kommunstyrelsen",),
                producer="a Swedish DIREKTIV written with odfpy and exported by LibreOffice "
                "(Liberation Serif 11.5, sv-SE, running header, footer 'Dnr KS 2049/112 · Sida n "
                "av m', one page): paragraphs opening with a bold RUN-IN heading ending in a "
                "full stop (Bakgrund., Uppdraget., Kartläggning., Förslag., Skolskjuts., "
                "Samråd., Redovisning., Resurser.), each with one or two 'ska' sentences or "
                "none, no list; plan laid out with reportlab (Liberation Sans 10.5, running "
                "head with a rule, 'n (m)'), a process chapter in the past tense, a table per "
                "linje, deferrals", points=g)


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.mandates_main)."""
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder=BUILDER)


BUILDER = "corpora/mandates-blind45/make_pairs.py"

if __name__ == "__main__":
    main(sys.argv[1:])
