"""Build the forty-sixth blind batch of mandate/plan pairs under corpora/mandates-blind46/ and their gold.

Written on 2026-12-08 without reading plancheck's code. Mandates in five forms the earlier
batches did not use: a bokmål OPPDRAGSBREV (Word → PDF) whose points are ORDINAL PROSE ("For det
første skal planen … For det andre … For det tredje … Videre … Planen skal også … Til sist …"),
no list anywhere, with an ordinal pair in the background paragraph that is no point; a nynorsk
PLANPROGRAM (odfpy → LibreOffice) with two automatically numbered lists whose numbering RESTARTS
('1.'–'3.' under '4 Utgreiingar', an interrupting paragraph, then '1.'–'4.' under '5 Innhaldet i
planomtalen'); a Swedish BESTÄLLNING form (Word → PDF) whose content rows carry CHECKBOXES, only
the ticked ('☒') rows being ordered; a Danish PLANSTRATEGI brochure printed from HTML with
Chromium in TWO COLUMNS, the numbered point list running from the foot of column 1 to the top
of column 2; and an English COMMISSION ON A PAGE (reportlab, landscape) of six boxes in a
three-by-two grid, the points in the box 'What we are asking for' and two lines of 'Key dates'.
Plans answer as real ones do: a closing table where the plan rates itself ('Ivaretatt / Delvis
ivaretatt', 'Omhändertagen / Delvis omhändertagen', 'Met / Partly met', some claims false), an
answer only in the 'Sammendrag' / 'Resumé', answers in an appendix the plan points to, headings
that restate a point in other words, process points in the past tense, deferrals, points named
only in passing, numbers given only in a table.

    python corpora/mandates-blind46/make_pairs.py               # all pairs
    python corpora/mandates-blind46/make_pairs.py --verify      # gold quotes against pdftotext
    python corpora/mandates-blind46/make_pairs.py --twice       # build twice, compare sha256

Imports the twentieth batch's builder (P, verify, the construction check) and the thirty-third
batch's document writers (docx_pdf, rl_pdf, html_pdf and its small HTML helpers e, paras,
table_html, called with this batch's own fonts, sizes, headers, footers and colours) through
pairkit, and blindkit (freeze_zip, soffice_pdf, reportlab_fonts). Two writers are this batch's
own: `odt_pdf` (odfpy → LibreOffice: running header and footer fields, headings, automatically
numbered lists that restart, tables with a repeated header row) and `page_boxes_pdf` (reportlab
canvas: a landscape page of boxed frames). Nothing of the earlier batches is edited.
"""

from __future__ import annotations

import html as _h
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
P = _b20.P
docx_pdf, rl_pdf, html_pdf = _b33.docx_pdf, _b33.rl_pdf, _b33.html_pdf
e, paras, table_html = _b33.e, _b33.paras, _b33.table_html

PAIRS, pair = pk.pair_registry()


# --------------------------------------------------------------------------- odfpy writer


def odt_pdf(pdf: Path, blocks: list[tuple], *, title: str, font: str, size: float, lang: str,
            country: str, header: str, footer: str, accent: str, head_fill: str) -> Path:
    """A Writer document written with odfpy and exported by LibreOffice (the .odt is written in
    a temporary folder and not kept): A4, a running header line (right) and a footer (centre)
    in which {n} and {m} are the page number and page count fields. Blocks: title / meta / h1
    (a real heading, outline level 1) / p / numbered (items of an automatically numbered list
    '1.', '2.', …; every block is a new list that starts again at 1, as Writer's 'Restart
    numbering' gives) / table (head, rows, widths cm; the header row repeats on a new page)."""
    from odf.dc import Title
    from odf.opendocument import OpenDocumentText
    from odf.style import (
        Footer,
        Header,
        ListLevelLabelAlignment,
        ListLevelProperties,
        MasterPage,
        PageLayout,
        PageLayoutProperties,
        ParagraphProperties,
        Style,
        TableCellProperties,
        TableColumnProperties,
        TableProperties,
        TextProperties,
    )
    from odf.table import Table, TableCell, TableColumn, TableHeaderRows, TableRow
    from odf.text import H, List, ListItem, ListLevelStyleNumber, ListStyle, PageCount, PageNumber
    from odf.text import P as TP

    doc = OpenDocumentText()
    pl = PageLayout(name="PL1")
    pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.5cm",
                                       marginbottom="1.5cm", marginleft="2.4cm",
                                       marginright="2.4cm", printorientation="portrait"))
    doc.automaticstyles.addElement(pl)

    def pstyle(name: str, sz: float, *, bold: bool = False, italic: bool = False,
               color: str = "#141414", before: str = "0cm", after: str = "0.22cm",
               align: str = "start", auto: bool = False, keep: bool = False) -> Style:
        s = Style(name=name, family="paragraph")
        pp = dict(margintop=before, marginbottom=after, textalign=align, lineheight="122%")
        if keep:
            pp["keepwithnext"] = "always"
        s.addElement(ParagraphProperties(**pp))
        kw = dict(fontsize=f"{sz}pt", fontfamily=font, fontname=font, color=color,
                  language=lang, country=country)
        if bold:
            kw["fontweight"] = "bold"
        if italic:
            kw["fontstyle"] = "italic"
        s.addElement(TextProperties(**kw))
        (doc.automaticstyles if auto else doc.styles).addElement(s)
        return s

    st_title = pstyle("Tittel", size + 6, bold=True, color=accent, after="0.15cm")
    st_meta = pstyle("Meta", size - 1, italic=True, color="#4a4a4a", after="0.45cm")
    st_h1 = pstyle("Overskrift1", size + 2.5, bold=True, color=accent, before="0.4cm",
                   after="0.15cm", keep=True)
    st_body = pstyle("Brodtekst", size)
    st_item = pstyle("Listeavsnitt", size, after="0.1cm")
    st_cell = pstyle("Tabellinnhald", size - 1, after="0cm")
    st_chead = pstyle("Tabelloverskrift", size - 1, bold=True, after="0cm")
    st_head = pstyle("Topptekst", size - 2, color="#4a4a4a", align="end", auto=True)
    st_foot = pstyle("Botntekst", size - 2, color="#4a4a4a", align="center", auto=True)

    ls = ListStyle(name="Nummerering")
    lvl = ListLevelStyleNumber(level=1, numformat="1", numsuffix=".")
    lp = ListLevelProperties(listlevelpositionandspacemode="label-alignment")
    lp.addElement(ListLevelLabelAlignment(labelfollowedby="listtab", listtabstopposition="1cm",
                                          textindent="-0.6cm", marginleft="1cm"))
    lvl.addElement(lp)
    ls.addElement(lvl)
    doc.automaticstyles.addElement(ls)

    cell_st = Style(name="Celle", family="table-cell")
    cell_st.addElement(TableCellProperties(border="0.5pt solid #808080", padding="0.08cm"))
    doc.automaticstyles.addElement(cell_st)
    hcell_st = Style(name="Hovudcelle", family="table-cell")
    hcell_st.addElement(TableCellProperties(border="0.5pt solid #808080", padding="0.08cm",
                                            backgroundcolor=head_fill))
    doc.automaticstyles.addElement(hcell_st)

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
    doc.meta.addElement(Title(text=title))

    ntab = 0
    for b in blocks:
        k = b[0]
        if k == "title":
            doc.text.addElement(TP(stylename=st_title, text=b[1]))
        elif k == "meta":
            doc.text.addElement(TP(stylename=st_meta, text=b[1]))
        elif k == "h1":
            doc.text.addElement(H(outlinelevel=1, stylename=st_h1, text=b[1]))
        elif k == "p":
            doc.text.addElement(TP(stylename=st_body, text=b[1]))
        elif k == "numbered":
            lst = List(stylename=ls, continuenumbering="false")
            for n, item in enumerate(b[1]):
                li = ListItem(startvalue=1) if n == 0 else ListItem()
                li.addElement(TP(stylename=st_item, text=item))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif k == "table":
            _, head, rows, widths = b
            ntab += 1
            ts = Style(name=f"Tab{ntab}", family="table")
            ts.addElement(TableProperties(width=f"{sum(widths)}cm", align="left"))
            doc.automaticstyles.addElement(ts)
            t = Table(name=f"Tabell{ntab}", stylename=ts)
            for j, w in enumerate(widths):
                cs = Style(name=f"T{ntab}C{j}", family="table-column")
                cs.addElement(TableColumnProperties(columnwidth=f"{w}cm"))
                doc.automaticstyles.addElement(cs)
                t.addElement(TableColumn(stylename=cs))

            def row(cells, pst, cst):
                tr = TableRow()
                for c in cells:
                    tc = TableCell(valuetype="string", stylename=cst)
                    tc.addElement(TP(stylename=pst, text=c))
                    tr.addElement(tc)
                return tr

            thr = TableHeaderRows()
            thr.addElement(row(head, st_chead, hcell_st))
            t.addElement(thr)
            for r in rows:
                t.addElement(row(r, st_cell, cell_st))
            doc.text.addElement(t)
            doc.text.addElement(TP(stylename=st_item, text=""))
        else:
            raise ValueError(k)
    with tempfile.TemporaryDirectory(prefix="mblind46-odt-") as tmp:
        src = Path(tmp) / (pdf.stem + ".odt")
        doc.save(str(src))
        bk.freeze_zip(src)
        out = bk.soffice_pdf(src, Path(tmp) / "out")
        pdf.write_bytes(out.read_bytes())
    return pdf


# --------------------------------------------------------------------------- reportlab boxes


def page_boxes_pdf(pdf: Path, *, title: str, subtitle: str, author: str, boxes: list[dict],
                   footer: str, accent: str, fill: str, size: float = 9.0) -> Path:
    """One landscape A4 page drawn on a reportlab canvas (invariant), as a 'plan on a page'
    template is: a coloured title band, a subtitle line, then BOXES, each a dict with x, y, w, h
    (mm from the bottom left), 'head' (the box's bold heading on a tinted bar) and 'items', a
    list of ('p', text) / ('lead', text) / ('bullet', text) / ('date', date, text) flowed into a
    Frame inside the box; FOOTER at the foot. Raises if a box's content does not fit."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Frame, Paragraph

    f = bk.reportlab_fonts("LS")
    x = _h.escape
    w, h = landscape(A4)
    base = ParagraphStyle("b", fontName=f["normal"], fontSize=size, leading=size * 1.3,
                          spaceAfter=3)
    lead = ParagraphStyle("l", parent=base, fontName=f["bold"], spaceAfter=2)
    bullet = ParagraphStyle("u", parent=base, leftIndent=9, firstLineIndent=-9, spaceAfter=2.5)
    date = ParagraphStyle("d", parent=base, leftIndent=0, spaceAfter=3)
    c = Canvas(str(pdf), pagesize=(w, h), invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(author)
    c.setFillColor(accent)
    c.rect(12 * mm, h - 27 * mm, w - 24 * mm, 15 * mm, stroke=0, fill=1)
    c.setFillColor("#FFFFFF")
    c.setFont(f["bold"], 16)
    c.drawString(17 * mm, h - 22 * mm, title)
    c.setFillColor("#333333")
    c.setFont(f["italic"], size)
    c.drawString(12 * mm, h - 33 * mm, subtitle)
    for bx in boxes:
        bx_x, bx_y, bx_w, bx_h = (bx[k] * mm for k in ("x", "y", "w", "h"))
        c.setStrokeColor(accent)
        c.setLineWidth(0.8)
        c.setFillColor(fill)
        c.rect(bx_x, bx_y + bx_h - 8 * mm, bx_w, 8 * mm, stroke=0, fill=1)
        c.rect(bx_x, bx_y, bx_w, bx_h, stroke=1, fill=0)
        c.setFillColor(accent)
        c.setFont(f["bold"], size + 2)
        c.drawString(bx_x + 3 * mm, bx_y + bx_h - 5.6 * mm, bx["head"])
        story = []
        for it in bx["items"]:
            if it[0] == "p":
                story.append(Paragraph(x(it[1]), base))
            elif it[0] == "lead":
                story.append(Paragraph(x(it[1]), lead))
            elif it[0] == "bullet":
                story.append(Paragraph("•&nbsp;&nbsp;" + x(it[1]), bullet))
            elif it[0] == "date":
                story.append(Paragraph(f"<b>{x(it[1])}</b> {x(it[2])}", date))
            else:
                raise ValueError(it[0])
        fr = Frame(bx_x + 1.5 * mm, bx_y + 1 * mm, bx_w - 3 * mm, bx_h - 10 * mm, leftPadding=3,
                   rightPadding=3, topPadding=2, bottomPadding=2, showBoundary=0)
        fr.addFromList(story, c)
        if story:
            raise SystemExit(f"box {bx['head']!r}: content does not fit")
    c.setFillColor("#555555")
    c.setFont(f["normal"], size - 1.5)
    c.drawString(12 * mm, 8 * mm, footer)
    c.drawRightString(w - 12 * mm, 8 * mm, "Page 1 of 1")
    c.showPage()
    c.save()
    return pdf


# =========================================================================== 1 skolefravaer (nb)
@pair
def skolefravaer(d: Path) -> dict:
    s = [
        "For det første skal planen vise hvor stort fraværet er ved hver av de fire skolene, og "
        "hvordan det har utviklet seg siden 2045.",
        "For det andre skal den beskrive hvordan skolene kan oppdage tidlig at en elev er i ferd "
        "med å falle ut, og hva skolen da skal gjøre.",
        "For det tredje skal planen avklare hvem som har ansvaret for å følge opp elever med "
        "langvarig fravær, og hvordan arbeidet fordeles mellom skolen, PPT, helsestasjonen og "
        "barneverntjenesten.",
        "Videre skal planen vurdere om kommunen bør opprette et eget tilbud for elever som i "
        "perioder ikke klarer å være i vanlig klasse, slik flere nabokommuner har gjort.",
        "Planen skal også vise hvordan foreldrene kan trekkes med tidligere enn i dag.",
        "Til sist skal planen ha en tiltaksdel der hvert tiltak har en ansvarlig og en frist.",
        "Elevrådene og foreldrerådenes arbeidsutvalg (FAU) ved skolene skal få uttale seg før "
        "planen ferdigstilles.",
        "Planen legges fram for hovedutvalg for oppvekst innen 1. november 2049.",
    ]
    m = [
        ("p", "Kommunalsjef oppvekst"),
        ("p", "Ingrid Haugland"),
        ("p", "Her"),
        ("meta", "Vår ref. 49/1187 · Arkivkode A20 · Dato 3. mars 2049"),
        ("bold", "Oppdrag: handlingsplan mot ufrivillig skolefravær 2050–2053"),
        ("p", "Kommunestyret vedtok 12. februar 2049 i sak 9/49 at kommunen skal ha en egen "
              "handlingsplan mot ufrivillig skolefravær i grunnskolen. Jeg gir deg med dette i "
              "oppdrag å lede arbeidet med planen."),
        ("p", "Fraværet i Lyngrudskolene har økt de siste årene, og flere elever er nå borte fra "
              "skolen i lange perioder. Det er alvorlig av to grunner: for det første går eleven "
              "glipp av opplæring som er vanskelig å ta igjen, og for det andre mister eleven "
              "kontakten med klassen og vennene sine. Rektorene har meldt at skolene mangler "
              "felles rutiner, og at det er uklart hvem som skal gjøre hva når fraværet blir "
              "langvarig."),
        ("p", "Jeg ber om at planen svarer på følgende. " + " ".join(s[0:3])),
        ("p", " ".join(s[3:6])),
        ("p", "Bakkeli skole har det siste året prøvd ut en egen fraværsrutine, og erfaringene "
              "derfra kan gjerne brukes i arbeidet."),
        ("p", s[6] + " " + s[7] + " Kommunestyret behandler planen i desember 2049."),
        ("p", "Arbeidet gjøres innenfor oppvekstsektorens rammer. Du kan bruke rådgiver skole og "
              "lederen for PPT i arbeidsgruppen."),
        ("p", "Med vennlig hilsen"),
        ("p", "Per Arne Sæther"),
        ("p", "kommunedirektør"),
        ("meta", "Dokumentet er elektronisk godkjent og har derfor ingen signatur."),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Oppdrag: handlingsplan mot ufrivillig skolefravær",
             author="Lyngrud kommune", font="Liberation Serif", size=12, lang="nb-NO",
             header="Lyngrud kommune · Kommunedirektøren",
             footer="Side {PAGE} av {NUMPAGES}", accent="23395B", head_fill="DDE5F0")
    fravaer = [
        ["Bakkeli skole (1–7)", "3,9", "4,6", "5,1"],
        ["Lyngrud barneskole (1–7)", "4,2", "4,4", "5,0"],
        ["Nordre Lyngrud skole (1–10)", "5,0", "6,3", "7,4"],
        ["Lyngrud ungdomsskole (8–10)", "6,1", "8,0", "9,8"],
    ]
    ansvar = [
        ["Skolen (rektor og kontaktlærer)", "Registrerer fraværet, følger opp eleven og lager "
         "en plan for tilrettelegging."],
        ["PPT", "Deltar i oppfølgingsteamet, kartlegger elevens behov og gir råd til skolen om "
         "tilrettelegging."],
        ["Helsestasjonen og skolehelsetjenesten", "Snakker med eleven om helse og trivsel og "
         "henviser videre til fastlege eller BUP ved behov."],
    ]
    vurdering = [
        ["Fraværet ved skolene og utviklingen", "Ivaretatt"],
        ["Tidlig oppdagelse og hva skolen gjør", "Ivaretatt"],
        ["Ansvarsdeling ved langvarig fravær", "Ivaretatt"],
        ["Eget tilbud for elever som ikke klarer vanlig klasse", "Delvis ivaretatt"],
        ["Foreldrene med tidligere", "Ivaretatt"],
        ["Tiltaksdel med ansvar og frist", "Ivaretatt"],
        ["Uttale fra elevråd og FAU", "Ivaretatt"],
        ["Framlegging innen 1. november 2049", "Ivaretatt"],
    ]
    tiltak = [
        ["1", "Felles fraværsrutine for alle fire skolene", "Kommunalsjef oppvekst", "1.8.2050"],
        ["2", "Ukentlig gjennomgang av fraværet i hver klasse", "Rektorene", "Fra høsten 2050"],
        ["3", "Oppfølgingsteam for elever med langvarig fravær", "Leder PPT", "1.1.2051"],
        ["4", "Felles mal for plan for tilrettelegging", "Rådgiver skole", "1.8.2050"],
        ["5", "Fast møtetid for ressursteamet ved hver skole", "Rektorene", "Fra høsten 2050"],
        ["6", "Kurs for kontaktlærere i samtaler med elever som strever", "Rådgiver skole",
         "31.12.2050"],
    ]
    p = [
        ("title", "Handlingsplan mot ufrivillig skolefravær 2050–2053"),
        ("meta", "Lyngrud kommune · Forslag til hovedutvalg for oppvekst, oktober 2049"),
        ("h1", "Sammendrag"),
        ("p", "Fraværet i Lyngrudskolene har økt siden 2045, mest på ungdomstrinnet. Planen "
              "innfører en felles fraværsrutine for alle fire skolene og et oppfølgingsteam for "
              "elever med langvarig fravær. Foreldrene skal kalles inn til samtale allerede "
              "etter fem dager med fravær i løpet av en måned, ikke først etter ti dager som i "
              "dag, og alle foreldre får tilbud om et kveldsmøte om skolevegring hver høst."),
        ("h1", "1 Hvor stort er fraværet?"),
        ("p", "Tabell 1 viser fraværet ved hver skole, målt i prosent av undervisningstimene."),
        ("table", ["Skole", "2044/45", "2046/47", "2048/49"], fravaer, [70, 30, 30, 30]),
        ("h1", "2 Når en elev begynner å bli borte"),
        ("p", "Alle skolene registrerer fravær daglig, og kontaktlæreren går gjennom fraværet i "
              "klassen hver fredag. Har en elev vært borte mer enn fem dager i løpet av en "
              "måned, eller kommer eleven ofte for sent, tar kontaktlæreren en samtale med "
              "eleven samme uke. Skolen drøfter deretter eleven i ressursteamet og lager en plan "
              "for tilrettelegging sammen med eleven."),
        ("h1", "3 Hvem gjør hva?"),
        ("p", "Når fraværet varer mer enn fire uker, tar et oppfølgingsteam over koordineringen. "
              "Tabellen viser hvem som har ansvaret for hva."),
        ("table", ["Hvem", "Ansvar"], ansvar, [52, 112]),
        ("p", "Barneverntjenesten er også en viktig samarbeidspartner for skolene."),
        ("h1", "4 Et eget tilbud?"),
        ("p", "Flere nabokommuner har egne grupper for elever med høyt fravær. Om Lyngrud skal ha "
              "et slikt tilbud, vurderes ved neste rullering av planen, når erfaringene med "
              "oppfølgingsteamet er kjent."),
        ("h1", "5 Slik har vi arbeidet"),
        ("p", "Arbeidsgruppen har bestått av de fire rektorene, lederen for PPT, rådgiver skole "
              "og en helsesykepleier. Vi har hatt møter med elevrådene ved alle fire skolene i "
              "september 2049, og elevene ba særlig om at skolen tar kontakt tidligere og på en "
              "vennlig måte. FAU blir orientert om planen når den er vedtatt."),
        ("p", "Planen legges fram for hovedutvalg for oppvekst 23. oktober 2049."),
        ("h1", "6 Tiltak"),
        ("p", "Tiltakene står i vedlegg 1, med ansvarlig og frist for hvert tiltak."),
        ("h1", "7 Oppfølging av oppdraget"),
        ("p", "Tabellen viser hvordan planen ivaretar punktene i oppdragsbrevet av 3. mars 2049."),
        ("table", ["Punkt i oppdraget", "Vurdering"], vurdering, [110, 54]),
        ("break",),
        ("h1", "Vedlegg 1 Tiltak 2050–2053"),
        ("p", "Tabellen viser tiltakene i planen, hvem som har ansvaret, og fristen for hvert "
              "tiltak."),
        ("table", ["Nr.", "Tiltak", "Ansvarlig", "Frist"], tiltak, [12, 80, 38, 34]),
    ]
    rl_pdf(d / "plan.pdf", p, title="Handlingsplan mot ufrivillig skolefravær 2050–2053",
           author="Lyngrud kommune", family="LS", size=10.5, head_left="Lyngrud kommune",
           head_right="Handlingsplan mot ufrivillig skolefravær · forslag",
           foot=lambda n, m: f"Side {n} av {m}", accent="#23395B", head_fill="#DDE5F0")
    g = [
        P("S1", s[0], "content", "covered", ev="Tabell 1 viser fraværet ved hver skole",
          trap="an ORDINAL sentence ('For det første skal planen …') in the running prose of an "
               "OPPDRAGSBREV with no list anywhere; the ordinals are no printed numbers, so the "
               "sentences are numbered S1 … S8 by order. Per school and since 2045 (2044/45) "
               "both answered, the figures only in the table Skole | 2044/45 | 2046/47 | 2048/49"),
        P("S2", s[1], "content", "covered", ev="Alle skolene registrerer fravær daglig",
          trap="'For det andre skal den …' (the subject a pronoun); answered under a heading in "
               "other words ('Når en elev begynner å bli borte'): weekly review, a talk with "
               "the pupil after five days, the ressursteam and a plan"),
        P("S3", s[2], "content", "partial", ev="Når fraværet varer mer enn fire uker",
          missing=["barneverntjenestens ansvar og rolle i oppfølgingen"],
          trap="the table Hvem | Ansvar gives skolen, PPT and helsestasjonen; barneverntjenesten "
               "is named once in passing ('også en viktig samarbeidspartner'). The plan's own "
               "table rates 'Ansvarsdeling' 'Ivaretatt': the claim is not the answer"),
        P("S4", s[3], "content", "uncovered",
          trap="'Videre skal planen …' (no ordinal number word); put off: 'vurderes ved neste "
               "rullering av planen'. The plan rates it 'Delvis ivaretatt' (false)"),
        P("S5", s[4], "content", "covered", ev="Foreldrene skal kalles inn til samtale",
          trap="'Planen skal også …' (no ordinal at all); answered ONLY in the 'Sammendrag' "
               "(innkalling after five days instead of ten, a kveldsmøte every autumn): no "
               "chapter and no measure of the appendix holds it. The plan's table says "
               "'Ivaretatt' (true)"),
        P("S6", s[5], "deliverable", "covered", ev="Tabellen viser tiltakene i planen",
          trap="'Til sist skal planen …'; chapter 6 only points to the appendix ('Tiltakene står "
               "i vedlegg 1'); the answer is the appendix table Nr. | Tiltak | Ansvarlig | Frist "
               "on the last page, every row with an owner and a deadline"),
        P("S7", s[6], "process", "partial", ev="Arbeidsgruppen har bestått av",
          missing=["uttale fra FAU før planen ble ferdigstilt (FAU orienteres først etter "
                   "vedtaket)"],
          trap="a process sentence after the ordinal paragraphs. The elevråd were met in "
               "September 2049 (past tense); 'FAU blir orientert om planen når den er vedtatt' "
               "is after the plan, not a hearing. The plan's table says 'Ivaretatt' (false)"),
        P("S8", s[7], "process", "covered", ev="Planen legges fram for hovedutvalg",
          trap="23 October 2049, before 1 November. Not points: the order sentence ('Jeg gir deg "
               "med dette i oppdrag …'), the background's 'for det første … for det andre …' "
               "(two reasons why absence is serious, no demand on the plan), the permission "
               "'erfaringene derfra kan gjerne brukes', the kommunestyre's treatment in "
               "December (after the plan) and the resources paragraph"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Lyngrud kommune · Kommunedirektøren",),
                producer="an OPPDRAGSBREV exported from Word (Liberation Serif 12, nb-NO, running "
                "header 'Lyngrud kommune · Kommunedirektøren', 'Side n av m'): address lines, a "
                "reference line, a bold subject line, and the points as ORDINAL PROSE in two "
                "paragraphs ('For det første skal planen …', 'For det andre …', 'For det tredje "
                "…', 'Videre …', 'Planen skal også …', 'Til sist …'), an ordinal pair in the "
                "background that is no point, two process sentences, greeting; plan laid out "
                "with reportlab (Liberation Sans 10.5, running head with a rule, 'Side n av m'), "
                "a 'Sammendrag' holding one answer, a table per school, an 'Oppfølging av "
                "oppdraget' table where the plan rates itself ('Ivaretatt', some claims false), "
                "the measures in 'Vedlegg 1' on the last page", points=g)


# =========================================================================== 2 sjoareal (nn)
@pair
def sjoareal(d: Path) -> dict:
    utg = [
        "kva sjøområde som eignar seg for akvakultur, og kor mykje produksjon kvart område kan tole",
        "kvar dei viktigaste fiskeplassane og gyteområda for kysttorsk ligg",
        "korleis småbåthamnene og friluftslivet langs sjøen blir påverka av auka ferdsel",
    ]
    innh = [
        "korleis omsynet til villaksen i Havrenesvassdraget er teke vare på",
        "kva nye område for akvakultur som blir føreslegne, og kvifor",
        "korleis planen følgjer opp den regionale planen for kystsona",
        "tiltak mot marin forsøpling, medrekna opprydding av gamle oppdrettsanlegg",
    ]
    s1 = ("Før planforslaget blir lagt ut til offentleg ettersyn, skal det haldast eigne møte med "
          "fiskarlaget og med oppdrettsselskapa i kommunen.")
    m = [
        ("title", "Planprogram"),
        ("meta", "Kommunedelplan for sjøareala 2050–2062 · Havrenes kommune · Fastsett av "
                 "formannskapet 14. april 2049, sak 31/49"),
        ("h1", "1 Innleiing"),
        ("p", "Havrenes har om lag 180 kilometer strandline og fleire hundre holmar og skjer. "
              "Sjøareala blir brukte til fiske, oppdrett, ferdsel og friluftsliv, og presset på "
              "areala aukar. Arealplanen for sjøen er frå 2031 og syner berre fire område for "
              "akvakultur, medan det i dag ligg sju anlegg i kommunen."),
        ("p", "Fleire av anlegga ligg nær munningen av Havrenesvassdraget, som er nasjonalt "
              "laksevassdrag. Fiskarlaget har i fleire år meldt at gode fiskeplassar er tekne i "
              "bruk til oppdrett."),
        ("h1", "2 Føremål"),
        ("p", "Føremålet med kommunedelplanen er ei heilskapleg avveging mellom bruk og vern av "
              "sjøareala i kommunen fram mot 2062."),
        ("h1", "3 Rammer og føringar"),
        ("p", "Plan- og bygningslova gjeld i sjø ut til ei nautisk mil utanfor grunnlinja. Regional "
              "plan for kystsona i Vestfjord 2046–2058, akvakulturlova og vassforskrifta er "
              "viktige rammer. Nasjonale laksevassdrag og laksefjordar har eit særskilt vern."),
        ("h1", "4 Utgreiingar"),
        ("p", "Planarbeidet skal utgreie:"),
        ("numbered", utg),
        ("p", "Utgreiingane byggjer så langt råd er på kunnskap som finst frå før, mellom anna "
              "Fiskeridirektoratet sine kartdata og kartlegginga av marine naturtypar frå 2044. "
              "Der kunnskapen manglar, blir det gjort eigne undersøkingar saman med fiskarane."),
        ("h1", "5 Innhaldet i planomtalen"),
        ("p", "Planomtalen skal gjere greie for:"),
        ("numbered", innh),
        ("h1", "6 Medverknad"),
        ("p", "Planprogrammet låg ute til offentleg ettersyn frå 10. januar til 24. februar 2049, "
              "og det kom elleve merknader. " + s1 + " Planforslaget blir deretter lagt ut til "
              "offentleg ettersyn i minst seks veker."),
        ("h1", "7 Framdrift"),
        ("table", ["Fase", "Tid"],
         [["Varsel om oppstart og planprogram", "hausten 2048 – våren 2049"],
          ["Utgreiingar", "2049–2050"],
          ["Planforslag til formannskapet", "september 2050"],
          ["Offentleg ettersyn", "oktober–november 2050"],
          ["Vedtak i kommunestyret", "mars 2051"]], [9.0, 6.0]),
    ]
    odt_pdf(d / "mandate.pdf", m, title="Planprogram – kommunedelplan for sjøareala 2050–2062",
            font="Liberation Sans", size=10.5, lang="nn", country="NO",
            header="Havrenes kommune · Planprogram for kommunedelplan for sjøareala",
            footer="Side {n} av {m}", accent="#0F4C5C", head_fill="#D7E8EC")
    omr = [
        ["Innervika", "420", "I bruk", "Anlegget blir flytta lenger ut i 2054"],
        ["Sørøya aust", "380", "I bruk", "Vidareført"],
        ["Hestholmen", "510", "I bruk", "Vidareført"],
        ["Kvalsundet", "600", "Nytt", "God straum, over 8 km frå munningen av "
         "Havrenesvassdraget, lite fiske i området"],
        ["Ytre Flesa", "450", "Nytt", "Djupt og ope, ingen kjende gyteområde, langt frå "
         "busetnad"],
    ]
    gyte = [
        ["Langfjordbotnen", "Gyteområde for kysttorsk", "Fiskeridirektoratet; fiskarlaget"],
        ["Sørøya vest", "Gyteområde for kysttorsk", "Fiskeridirektoratet"],
        ["Flesegrunnen", "Fiskeplass, line og garn", "Fiskarlaget"],
        ["Kvitberget", "Fiskeplass, sild og makrell om hausten", "Fiskarlaget"],
        ["Straumen ved Havrenes", "Fiskeplass, fritidsfiske", "Kartlegging 2049"],
    ]
    css = ("@page{size:A4;margin:17mm 19mm 18mm 19mm;@top-left{content:'Havrenes kommune · "
           "Kommunedelplan for sjøareala';font:8pt 'DejaVu Sans',sans-serif;color:#0f4c5c}"
           "@bottom-right{content:'Side ' counter(page);font:8pt 'DejaVu Sans',sans-serif}}"
           "body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;line-height:1.45;"
           "color:#1a1a1a}h1{font-size:18pt;color:#0f4c5c;margin:0}.sub{font-size:9pt;"
           "color:#555;margin:3px 0 14px}h2{font-size:11.5pt;color:#0f4c5c;margin:13px 0 4px}"
           "p{margin:0 0 6px}table{border-collapse:collapse;width:100%;font-size:8.6pt;"
           "margin:4px 0 10px}th{background:#d7e8ec;text-align:left;padding:3px 5px}"
           "td{border-bottom:1px solid #c9dde2;padding:3px 5px;vertical-align:top}"
           "thead{display:table-header-group}tr{break-inside:avoid}.app{break-before:page}")
    body = (
        "<h1>Kommunedelplan for sjøareala 2050–2062</h1><div class='sub'>Havrenes kommune · "
        "Planomtale · Framlegg til offentleg ettersyn, september 2050</div>"
        "<h2>1 Innleiing</h2>"
        + paras("Planen avklarer korleis sjøen i Havrenes skal brukast dei neste tolv åra: kvar det "
                "kan liggje oppdrett, kvar fisket skal ha forrang, og kvar naturen skal vernast. "
                "Ferdsla på sjøen aukar kvar sommar, særleg rundt Sørøya og småbåthamna i "
                "Havrenes.",
                "Plankart og føresegner ligg ved som vedlegg 1 (eige dokument). Planen byggjer "
                "på dei nasjonale og regionale rammene for kystsona. Kva den "
                "regionale planen for kystsona vil krevje av Havrenes, blir vurdert ved neste "
                "rullering, når den regionale planen er revidert.")
        + "<h2>2 Slik har vi arbeidd</h2>"
        + paras("Vi hadde møte med Havrenes fiskarlag 3. mai 2050 og med dei tre "
                "oppdrettsselskapa i kommunen 10. mai 2050. Fiskarane teikna inn fiskeplassane "
                "sine på kart i møtet, og oppdrettarane la fram planane sine for nye "
                "lokalitetar. Merknadene frå møta er tekne inn i kapittel 3 og 4.")
        + "<h2>3 Kvar kan det liggje oppdrett?</h2>"
        + paras("Kartlegginga av straum, djupn og botnforhold syner at fem område eignar seg for "
                "akvakultur. Tre av dei er i bruk i dag. Planen føreslår to nye område, "
                "Kvalsundet og Ytre Flesa. Tabellen syner storleiken på områda og kvifor dei er "
                "valde.")
        + table_html(["Område", "Storleik (dekar)", "Status", "Grunngjeving"], omr)
        + paras("Kor mykje produksjon kvart område toler, blir avklart i konsesjonshandsaminga "
                "hjå fylkeskommunen.")
        + "<h2>4 Fisket og gytefelta</h2>"
        + paras("Fiskeplassane og gytefelta er viste i vedlegg 2. Dei to viktigaste gytefelta "
                "er sette av til fiske og ferdsel, og der er det ikkje lov å leggje nye anlegg.")
        + "<h2>5 Når laksen går opp elva</h2>"
        + paras("Havrenesvassdraget er nasjonalt laksevassdrag. For å verne laksen opnar planen "
                "ikkje for nye anlegg nærare enn fem kilometer frå munningen, og anlegget i "
                "Innervika skal flyttast lenger ut når løyvet går ut i 2054. Lakselusa blir "
                "overvaka saman med elveeigarlaget kvar vår.")
        + "<h2>6 Rein sjø</h2>"
        + paras("Kvar vår ryddar skular og lag strendene på Sørøya og i Langfjorden, og kommunen "
                "dekkjer container og henting. Planen gjer strandryddinga fast og set av "
                "150 000 kr i året til ho. Hamnene får mottak for avfall frå fritidsbåtar innan "
                "2052.")
        + "<div class='app'><h2>Vedlegg 2 Fiskeplassar og gyteområde</h2>"
        + paras("Tabellen syner dei viktigaste fiskeplassane og gyteområda for kysttorsk i "
                "kommunen, og kvar opplysningane kjem frå.")
        + table_html(["Stad", "Kva", "Kjelde"], gyte) + "</div>"
    )
    html_pdf(d / "plan.pdf", lang="nn", title="Kommunedelplan for sjøareala 2050–2062",
             css=css, body=body)
    g = [
        P("4.1", utg[0], "content", "partial", ev="Kartlegginga av straum, djupn",
          missing=["kor mykje produksjon kvart område kan tole"],
          trap="item '1.' of the first automatically numbered list ('Planarbeidet skal "
               "utgreie:') in a nynorsk PLANPROGRAM whose second list, under the next heading, "
               "RESTARTS at '1.' after an interrupting paragraph. Both lists are points; gold "
               "numbers carry the chapter (4.1–4.3, 5.1–5.4), since the printed numbers repeat. "
               "Suitable areas answered; the production each can bear is put off to the "
               "konsesjonshandsaming"),
        P("4.2", utg[1], "content", "covered", ev="Tabellen syner dei viktigaste fiskeplassane",
          trap="chapter 4 only points to the appendix ('er viste i vedlegg 2'); the answer is "
               "the appendix table Stad | Kva | Kjelde on the last page"),
        P("4.3", utg[2], "content", "uncovered",
          trap="named in passing only: 'Ferdsla på sjøen aukar kvar sommar, særleg rundt Sørøya "
               "og småbåthamna' — shared words (ferdsel, småbåthamn), no account of the effect "
               "on harbours and outdoor life"),
        P("5.1", innh[0], "content", "covered", ev="Havrenesvassdraget er nasjonalt",
          trap="item '1.' of the RESTARTED list ('Planomtalen skal gjere greie for:'), after the "
               "paragraph 'Utgreiingane byggjer …' (method, no point). Answered under a heading "
               "in other words ('Når laksen går opp elva'; 'villaks' never written)"),
        P("5.2", innh[1], "content", "covered", ev="Planen føreslår to nye område",
          trap="the two new areas and why, the reasons only in the table's Grunngjeving cells"),
        P("5.3", innh[2], "content", "uncovered",
          trap="put off: 'Kva den regionale planen for kystsona vil krevje av Havrenes, blir "
               "vurdert ved neste rullering'; 'byggjer på dei … regionale rammene' is no account"),
        P("5.4", innh[3], "content", "partial", ev="Kvar vår ryddar skular og lag",
          missing=["opprydding av gamle oppdrettsanlegg"],
          trap="beach clean-ups and waste reception for boats answered; old fish-farm gear never "
               "named"),
        P("S1", s1, "process", "covered", ev="Vi hadde møte med Havrenes fiskarlag",
          trap="a process sentence in '6 Medverknad' between the planprogram's own ettersyn "
               "(past) and the plan's ettersyn (after the plan), which are none; answered in "
               "the past tense, both parties met. Innleiing, Føremål, Rammer, the interrupting "
               "method paragraph and the Framdrift table are none"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Havrenes kommune · Planprogram for kommunedelplan for sjøareala",),
                producer="a PLANPROGRAM written with odfpy and exported by LibreOffice "
                "(Liberation Sans 10.5, nn-NO, running header, 'Side n av m'): two "
                "AUTOMATICALLY NUMBERED lists, '1.'–'3.' under '4 Utgreiingar' and, after an "
                "interrupting paragraph, '1.'–'4.' under '5 Innhaldet i planomtalen' (the "
                "numbering restarts), a process sentence in '6 Medverknad', a Framdrift table; "
                "plan a web page printed with Chromium (DejaVu Sans 9.5, running title top left, "
                "'Side n'), a process chapter in the past tense, headings in other words, a "
                "table of areas, 'Vedlegg 2' on its own page", points=g)


# =========================================================================== 3 suicidprevention (sv)
@pair
def suicidprevention(d: Path) -> dict:
    rows = [
        ("☒", "En lägesbild med antalet suicid och suicidförsök i kommunen de senaste tio åren"),
        ("☐", "En jämförelse med andra kommuner i länet"),
        ("☒", "En kartläggning av vilka grupper i kommunen som har förhöjd risk"),
        ("☒", "Förslag på hur personal i skolan, äldreomsorgen och socialtjänsten ska utbildas"),
        ("☐", "Förslag om en tjänst som suicidpreventiv samordnare"),
        ("☒", "Rutiner för stöd till efterlevande"),
        ("☒", "Åtgärder som begränsar tillgången till medel och platser för suicid"),
        ("☐", "Kostnadsberäkning för varje åtgärd"),
        ("☒", "Indikatorer med målvärden för uppföljning av planen"),
    ]
    ticked = [t for box, t in rows if box == "☒"]
    s1 = ("Samråd ska ske med regionens vuxenpsykiatri, polisen och den lokala föreningen för "
          "efterlevande.")
    s2 = "Handlingsplanen ska redovisas för socialnämnden senast den 31 oktober 2049."
    m = [
        ("title", "Beställning"),
        ("meta", "Handlingsplan för suicidprevention 2050–2053"),
        ("form", [["Beställare", "Socialnämnden"],
                  ["Mottagare", "Socialchefen"],
                  ["Beslutad", "Socialnämnden 2049-03-18, § 24"],
                  ["Diarienummer", "SN 2049/77"],
                  ["Kontaktperson", "Maria Lindqvist, nämndsekreterare"]], [4.0, 12.4]),
        ("h1", "1 Bakgrund"),
        ("p", "I Ulvåsa tar i genomsnitt fem personer sitt liv varje år, vilket räknat per "
              "invånare är fler än i riket. Kommunen har ingen samlad plan för det "
              "suicidpreventiva arbetet, och folkhälsorådet har föreslagit att en handlingsplan "
              "tas fram."),
        ("h1", "2 Vad beställs"),
        ("p", "Beställningen avser:   ☐ Utredning   ☒ Handlingsplan   ☐ Riktlinje"),
        ("h1", "3 Innehåll"),
        ("p", "Markera det som ska ingå i handlingsplanen."),
        ("table", ["Ska ingå", "Innehåll"], [list(r) for r in rows], [2.0, 14.4]),
        ("h1", "4 Samråd och tidplan"),
        ("p", s1 + " " + s2 + " Kommunfullmäktige antar planen."),
        ("h1", "5 Resurser"),
        ("p", "Arbetet görs inom socialförvaltningens budget. Folkhälsostrategen deltar med 20 "
              "procent av sin tid under 2049."),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Beställning – handlingsplan för suicidprevention",
             author="Ulvåsa kommun", font="Liberation Sans", size=10, lang="sv-SE",
             header="Ulvåsa kommun · Socialnämnden",
             footer="Beställning SN 2049/77 · Sida {PAGE} av {NUMPAGES}", accent="4B2E5C",
             head_fill="E6DEEC")
    antal = [[str(y), n] for y, n in zip(range(2039, 2049),
                                         ["4", "6", "5", "3", "7", "5", "6", "4", "5", "6"], strict=True)]
    bed = [
        ["Lägesbild", "Omhändertagen"],
        ["Grupper med förhöjd risk", "Omhändertagen"],
        ["Utbildning av personal", "Omhändertagen"],
        ["Stöd till efterlevande", "Omhändertagen"],
        ["Tillgång till medel och platser", "Delvis omhändertagen"],
        ["Indikatorer med målvärden", "Omhändertagen"],
        ["Samråd", "Omhändertagen"],
        ["Redovisning senast 31 oktober", "Omhändertagen"],
    ]
    p = [
        ("title", "Handlingsplan för suicidprevention 2050–2053"),
        ("meta", "Ulvåsa kommun · Socialförvaltningen · Förslag till socialnämnden, oktober 2049"),
        ("h1", "1 Inledning"),
        ("p", "Varje suicid är en tragedi för de närstående och påverkar hela samhället. Många "
              "som tar sitt liv har haft kontakt med vården, skolan eller socialtjänsten året "
              "innan. Planen samlar det som kommunen gör för att fler ska få hjälp i tid."),
        ("h1", "2 Så har vi arbetat"),
        ("p", "En arbetsgrupp med folkhälsostrategen, elevhälsan och socialtjänsten har träffats "
              "åtta gånger under våren och sommaren 2049. Vi har haft samråd med regionens "
              "vuxenpsykiatri den 12 maj, med lokalpolisområdet den 2 juni och med föreningen "
              "SPES Ulvåsa, som stöder efterlevande, den 16 juni 2049."),
        ("p", "Planen redovisas för socialnämnden den 21 oktober 2049."),
        ("h1", "3 Läget i Ulvåsa"),
        ("p", "Tabell 1 visar hur många invånare i Ulvåsa som har tagit sitt liv varje år "
              "2039–2048."),
        ("table", ["År", "Antal"], antal, [3.0, 3.0]),
        ("p", "Räknat per 100 000 invånare ligger Ulvåsa högre än både länet och riket. Hur många "
              "suicidförsök som görs finns inte samlat för kommunen."),
        ("h1", "4 Vilka är mest utsatta?"),
        ("p", "Tre av fyra som tog sitt liv var män, och nästan hälften var över 65 år. Äldre män "
              "som bor ensamma i glesbygden, unga som har kontakt med barn- och "
              "ungdomspsykiatrin och personer som nyligen har skrivits ut från psykiatrisk vård "
              "har den högsta risken. Även personer som har förlorat en närstående genom suicid "
              "har förhöjd risk."),
        ("h1", "5 Kunskap hos personalen"),
        ("p", "All personal i elevhälsan och alla lärare på högstadiet går utbildningen Första "
              "hjälpen till psykisk hälsa under 2050 och 2051. Socialsekreterarna i barn- och "
              "familjeenheten och i vuxenenheten utbildas i att fråga om självmordstankar och i "
              "att göra en första bedömning."),
        ("h1", "6 När någon har tagit sitt liv"),
        ("p", "Socialtjänsten kontaktar de efterlevande inom en vecka och erbjuder stödsamtal. "
              "Skolan följer sin krisplan när en elev eller en förälder har tagit sitt liv. Alla "
              "efterlevande får information om SPES och om vart de kan vända sig för samtal."),
        ("h1", "7 Platser och medel"),
        ("p", "Ulvåbron och järnvägen vid Norrby är platser där flera har tagit sitt liv. Vilka "
              "åtgärder som behövs där tas upp i arbetet med investeringsbudgeten för 2051."),
        ("h1", "8 Uppföljning"),
        ("p", "Planen följs upp varje år med tre indikatorer: antalet suicid som "
              "treårsmedelvärde, antalet anställda som har gått utbildningen och hur snabbt de "
              "efterlevande fick kontakt med socialtjänsten."),
        ("p", "Någon särskild samordnartjänst föreslås inte; folkhälsostrategen samordnar "
              "arbetet."),
        ("h1", "9 Så har beställningen omhändertagits"),
        ("p", "Tabellen visar hur planen omhändertar socialnämndens beställning."),
        ("table", ["Beställningen", "Bedömning"], bed, [9.0, 7.0]),
    ]
    odt_pdf(d / "plan.pdf", p, title="Handlingsplan för suicidprevention 2050–2053",
            font="DejaVu Serif", size=10, lang="sv", country="SE",
            header="Ulvåsa kommun · Handlingsplan för suicidprevention 2050–2053",
            footer="Sida {n} av {m}", accent="#4B2E5C", head_fill="#E6DEEC")
    g = [
        P("1", ticked[0], "content", "partial", ev="Tabell 1 visar hur många invånare",
          missing=["antalet suicidförsök"],
          trap="a TICKED ('☒') row of the table 'Ska ingå | Innehåll' in a Swedish BESTÄLLNING "
               "form ('Markera det som ska ingå i handlingsplanen.'); only ticked rows are "
               "ordered, numbered 1–6 by place among them; the three unticked '☐' rows are no "
               "points (the plan even answers two of them: the comparison with länet and the "
               "samordnare). The yearly numbers stand only in Tabell 1; suicide attempts 'finns "
               "inte samlat'. The plan's table says 'Omhändertagen' (false)"),
        P("2", ticked[1], "content", "covered", ev="Tre av fyra som tog sitt liv",
          trap="answered under a heading in other words ('Vilka är mest utsatta?')"),
        P("3", ticked[2], "content", "partial", ev="All personal i elevhälsan",
          missing=["utbildning av personalen i äldreomsorgen"],
          trap="school staff and socialsekreterare trained; äldreomsorgen never named though "
               "the plan finds older men at highest risk. The plan says 'Omhändertagen' (false)"),
        P("4", ticked[3], "content", "covered", ev="Socialtjänsten kontaktar de efterlevande",
          trap="heading in other words ('När någon har tagit sitt liv')"),
        P("5", ticked[4], "content", "uncovered",
          trap="the places are named and the measures put off: 'tas upp i arbetet med "
               "investeringsbudgeten för 2051'; no measure for medel (e.g. läkemedel). The plan "
               "says 'Delvis omhändertagen' (false)"),
        P("6", ticked[5], "content", "partial", ev="Planen följs upp varje år med tre",
          missing=["målvärden för indikatorerna"],
          trap="three indicators, no target value for any of them. The plan says "
               "'Omhändertagen' (false)"),
        P("S1", s1, "process", "covered", ev="En arbetsgrupp med folkhälsostrategen",
          trap="a 'ska' sentence in the prose of '4 Samråd och tidplan', after the form's "
               "table; all three consulted in May and June 2049 (past tense; the association "
               "by name, SPES Ulvåsa)"),
        P("S2", s2, "process", "covered", ev="Planen redovisas för socialnämnden",
          trap="21 October 2049, before 31 October. Not points: the form's meta rows, "
               "'Beställningen avser: ☐ Utredning ☒ Handlingsplan ☐ Riktlinje' (the kind of "
               "document ordered, ticked, but the order itself, not a content point), the "
               "fullmäktige's adoption (after the plan), Bakgrund and Resurser"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Ulvåsa kommun · Socialnämnden",),
                producer="a BESTÄLLNING form exported from Word (Liberation Sans 10, sv-SE, "
                "running header, footer 'Beställning SN 2049/77 · Sida n av m'): a form table, "
                "Bakgrund, a 'Beställningen avser' line of three checkboxes, '3 Innehåll' with "
                "a table 'Ska ingå | Innehåll' of nine rows, six TICKED '☒' and three unticked "
                "'☐', and two 'ska' sentences in '4 Samråd och tidplan'; plan written with odfpy "
                "and exported by LibreOffice (DejaVu Serif 10, sv-SE, running header, 'Sida n "
                "av m'), a process chapter in the past tense, a table of yearly numbers, "
                "headings in other words, a closing table where the plan rates itself "
                "('Omhändertagen', some claims false)", points=g)


# =========================================================================== 4 klimatilpasning (da)
@pair
def klimatilpasning(d: Path) -> dict:
    pts = [
        "kortlægge, hvilke områder der oversvømmes ved et 100-års skybrud og ved stormflod med "
        "de forventede havvandsstigninger frem mod 2100,",
        "udpege de risikoområder, hvor indsatsen skal prioriteres først,",
        "beskrive, hvordan ansvar og udgifter fordeles mellem kommunen og Bredmose Forsyning,",
        "vurdere, om der skal stilles krav om lokal håndtering af regnvand i nye lokalplaner,",
        "indeholde en handleplan med indsatser, tidsplan og økonomi.",
    ]
    s1 = ("Borgerne og grundejerforeningerne i Strandparken og Engvejkvarteret skal inddrages, "
          "før planen sendes i høring.")
    s2 = "Planen forelægges byrådet senest i juni 2050."
    css = ("@page{size:A4;margin:14mm 15mm 18mm 15mm;@bottom-left{content:'Bredmose Kommune · "
           "Planstrategi 2049';font:7.5pt 'Liberation Sans',sans-serif;color:#555}"
           "@bottom-right{content:'side ' counter(page);font:7.5pt 'Liberation Sans',sans-serif;"
           "color:#555}}"
           "body{font-family:'Liberation Sans',sans-serif;font-size:9.6pt;line-height:1.42;"
           "color:#1b1b1b;margin:0}.band{background:#1f5e45;color:#fff;padding:9px 12px 10px;"
           "margin-bottom:12px}.band .k{font-size:8.5pt;letter-spacing:3px}.band h1{font-size:"
           "21pt;margin:2px 0 0;font-weight:bold}.band .s{font-size:9pt;margin-top:2px}"
           ".cols{column-count:2;column-gap:9mm;column-rule:0.6pt solid #b7cfc4;"
           "column-fill:auto;height:229mm}h2{font-size:12pt;color:#1f5e45;margin:0 0 4px;"
           "break-after:avoid}h2.n{margin-top:12px}p{margin:0 0 6px;text-align:left}"
           "ul{margin:0 0 8px;padding-left:14px}ul li{margin:0 0 2px}"
           "ol{margin:0 0 8px;padding-left:20px}ol li{margin:0 0 4px;padding-left:2px}"
           ".quote{font-style:italic;color:#1f5e45;font-size:10.5pt;margin:4px 0 8px}"
           ".sig{font-size:8.5pt;color:#444}")
    body = (
        "<div class='band'><div class='k'>BREDMOSE KOMMUNE</div><h1>Planstrategi 2049</h1>"
        "<div class='s'>Forslag til offentlig høring · vedtaget til udsendelse af byrådet "
        "25. marts 2049</div></div><div class='cols'>"
        "<h2>Forord</h2>"
        + paras("Planstrategien er byrådets bud på, hvilke planer vi skal lave i de næste fire "
                "år, og hvor kommuneplanen skal revideres. Den bygger på det, borgere, "
                "foreninger og virksomheder har fortalt os i de seneste år, og på de "
                "udfordringer, vi kan se komme.",
                "Bredmose vokser. Vi bliver flere børn og flere ældre, og vandet kommer oftere "
                "ind over land. Det stiller krav til, hvordan vi bygger og planlægger, og til "
                "at vi samarbejder på tværs af kommunen, forsyningen og borgerne.")
        + "<p class='sig'>Hanne Kjær Mogensen, borgmester</p>"
        "<h2 class='n'>Byrådets vision</h2><p class='quote'>Bredmose – hvor by, skov og fjord "
        "mødes</p><p>Byrådet vil i valgperioden arbejde for:</p><ul>"
        "<li>flere borgere i job og uddannelse</li><li>gode skoler og dagtilbud i alle "
        "byer</li><li>en grøn omstilling, hvor vi passer på vandet og naturen</li>"
        "<li>levende landsbyer med plads til nye beboere</li></ul>"
        "<h2 class='n'>Revision af kommuneplanen</h2>"
        + paras("Kommuneplan 2045 revideres delvist. Retningslinjerne for detailhandel og for "
                "erhvervsområderne ved motorvejen tages op, mens retningslinjerne for landområderne "
                "videreføres uændret. Byrådet vil desuden udlægge nye boligområder i Bredmose Nord "
                "og i Søby.")
        + "<h2 class='n'>Ny klimatilpasningsplan</h2>"
        + paras("Skybruddene i 2045 og 2047 satte store dele af Bredmose midtby under vand, og "
                "stormfloden i januar 2048 oversvømmede havnen og dele af Strandparken. Byrådet "
                "har derfor besluttet, at der i 2049–2050 skal udarbejdes en ny "
                "klimatilpasningsplan, som afløser planen fra 2034. Planen skal:")
        + "<ol>" + "".join(f"<li>{e(t)}</li>" for t in pts) + "</ol>"
        + paras(s1 + " " + s2 + " Derefter følger en offentlig høring på otte uger.")
        + "<h2 class='n'>Øvrige planer i perioden</h2><p>Ud over kommuneplanen og "
        "klimatilpasningsplanen udarbejder kommunen i perioden:</p><ul>"
        "<li>Spildevandsplan 2050–2061</li><li>Trafiksikkerhedsplan 2050–2054</li>"
        "<li>Sundhedspolitik 2050–2053</li><li>Landdistriktspolitik 2051–2055</li></ul>"
        + paras("Planerne skal så vidt muligt hænge sammen med kommuneplanen, og de sendes i "
                "høring hver for sig.")
        + "<h2 class='n'>Bredmose i tal</h2><ul>"
        "<li>41.200 indbyggere, heraf 9.300 over 65 år</li>"
        "<li>14 km kyst langs Bredmose Fjord</li>"
        "<li>ca. 900 nye boliger planlagt frem mod 2060</li>"
        "<li>3 skybrud med store skader siden 2040</li></ul>"
        "<h2 class='n'>Sådan er strategien blevet til</h2>"
        + paras("Byrådet drøftede strategien på to temamøder i efteråret 2048. Lokalrådene, "
                "Ungdomsrådet og Ældrerådet kom med input på et fællesmøde i januar 2049, og "
                "erhvervslivet blev hørt gennem Bredmose Erhvervsforum.")
        + "<h2 class='n'>Hvad sker der nu?</h2>"
        + paras("Forslaget til planstrategi er i offentlig høring fra 1. april til 27. maj 2049. "
                "Alle kan sende bemærkninger til planstrategi@bredmose.dk. Byrådet vedtager den "
                "endelige planstrategi i august 2049.")
        + "</div>"
    )
    html_pdf(d / "mandate.pdf", lang="da", title="Planstrategi 2049 – Bredmose Kommune", css=css,
             body=body)
    risiko = [
        ["1", "Bredmose midtby (Torvet, Ågade)", "210", "Flest ejendomme og butikker; vandet "
         "står op til 60 cm"],
        ["2", "Engvejkvarteret", "145", "Kældre oversvømmet i 2045 og 2047"],
        ["3", "Strandparken", "95", "Lavtliggende; skybrud og højvande samtidig"],
        ["4", "Søby skole og hal", "2", "Evakueringssted ved beredskab"],
        ["5", "Møllebækken ved Nørregade", "70", "Åen løber over ved kraftig regn"],
        ["6", "Erhvervsområdet Vestvej", "118", "Forurenende virksomheder nær vandløb"],
    ]
    handle = [
        ["Skybrudsvej gennem Ågade til havnen", "2050–2052", "38,0", "Kommunen, Vej og Park"],
        ["Regnvandsbassin i Engvejparken", "2051", "22,5", "Bredmose Forsyning"],
        ["Separatkloakering i Engvejkvarteret", "2051–2054", "61,0", "Bredmose Forsyning"],
        ["Lavning og grøn kile i Strandparken", "2052", "9,5", "Kommunen, Vej og Park"],
        ["Sikring af Søby skole og hal", "2050", "3,0", "Kommunale Ejendomme"],
        ["Åbning af Møllebækken ved Nørregade", "2053–2054", "12,0", "Kommunen, Natur og "
         "Miljø"],
    ]
    p = [
        ("title", "Klimatilpasningsplan 2050–2060"),
        ("meta", "Bredmose Kommune · Teknik og Miljø · Forslag til byrådet, august 2050"),
        ("h1", "Resumé"),
        ("p", "Planen viser, hvor vandet løber hen ved et kraftigt skybrud, og hvor vi sætter "
              "ind først. Udgifterne deles, så Bredmose Forsyning betaler for ledninger og "
              "bassiner, mens kommunen betaler for veje, pladser og grønne områder, der bruges "
              "til at lede vandet væk eller holde det tilbage. Forsyningen står for driften af "
              "sine anlæg, kommunen for resten. Den samlede investering er 146 mio. kr. over ti "
              "år."),
        ("h1", "1 Hvor løber vandet hen?"),
        ("p", "Kommunens skybrudskortlægning fra 2049 viser, at 640 ejendomme ligger i områder, "
              "hvor vandet står mere end 20 cm ved en regn, der statistisk kommer hvert 100. år. "
              "De største oversvømmelser sker i Bredmose midtby, Engvejkvarteret og "
              "Strandparken."),
        ("p", "Hvor højt havet kan stige ved stormflod frem mod 2100, vurderes, når "
              "Kystdirektoratets nye højvandsstatistik foreligger i 2051."),
        ("h1", "2 Hvor sætter vi ind først?"),
        ("p", "Seks områder er udpeget som risikoområder. Tabellen viser dem i den rækkefølge, de "
              "sikres, med antallet af berørte ejendomme."),
        ("table", ["Nr.", "Område", "Ejendomme", "Hvorfor"], risiko, [1.2, 5.2, 2.4, 7.6]),
        ("h1", "3 Nye byområder"),
        ("p", "Frem mod 2060 skal der bygges ca. 900 nye boliger, især i Bredmose Nord og i "
              "Søby. Regnvand er også et emne i lokalplanlægningen for de nye områder."),
        ("p", "Bredmose Nord ligger højt og er ikke truet ved skybrud. I Søby ligger en del af det "
              "nye boligområde tæt på Møllebækken, som løber over ved kraftig regn."),
        ("h1", "4 Handleplan 2050–2054"),
        ("p", "Handleplanen viser indsatserne, hvornår de gennemføres, hvad de koster, og hvem "
              "der står for dem."),
        ("table", ["Indsats", "År", "Mio. kr.", "Ansvarlig"], handle, [6.6, 2.4, 2.0, 5.4]),
        ("h1", "5 Sådan er planen blevet til"),
        ("p", "Vi holdt borgermøde med grundejerforeningen i Strandparken den 4. marts 2050, hvor "
              "62 deltog, og vi har gået området igennem med foreningens bestyrelse. Mange "
              "ønskede, at Strandparken sikres før midtbyen."),
        ("p", "Planen forelægges byrådet i september 2050 sammen med budgettet for 2051."),
    ]
    docx_pdf(d / "plan.pdf", p, title="Klimatilpasningsplan 2050–2060", author="Bredmose Kommune",
             font="DejaVu Sans", size=9.5, lang="da-DK",
             header="Bredmose Kommune · Klimatilpasningsplan 2050–2060",
             footer="Side {PAGE} af {NUMPAGES}", accent="1F5E45", head_fill="DDEBE4")
    g = [
        P("1", pts[0], "content", "partial", ev="Kommunens skybrudskortlægning fra 2049",
          missing=["områderne, der oversvømmes ved stormflod og havvandsstigning frem mod 2100"],
          trap="item '1.' of an HTML ordered list in a Danish PLANSTRATEGI brochure printed in "
               "TWO COLUMNS: items 1–3 stand at the foot of column 1, items 4–5 at the top of "
               "column 2, then the two process sentences (S1, S2); the lists of the vision ('Vi "
               "vil arbejde for …') and of 'Øvrige planer i perioden' are no points. Two "
               "demands: the 100-year cloudburst is mapped; storm surge is put off to 2051"),
        P("2", pts[1], "content", "covered", ev="Seks områder er udpeget",
          trap="answered under a heading in other words ('Hvor sætter vi ind først?') and a "
               "table in the order of the work"),
        P("3", pts[2], "content", "covered", ev="Udgifterne deles, så Bredmose Forsyning",
          trap="answered ONLY in the 'Resumé' (Forsyningen pays pipes and basins, the kommune "
               "roads and green areas; each runs its own); no chapter states the split (the "
               "handleplan's Ansvarlig column names who carries each indsats, not the rule)"),
        P("4", pts[3], "content", "uncovered",
          trap="the first item at the top of column 2. Named in passing only: 'Regnvand er også "
               "et emne i lokalplanlægningen for de nye områder' — no assessment of a demand"),
        P("5", pts[4], "deliverable", "covered", ev="Handleplanen viser indsatserne",
          trap="a table Indsats | År | Mio. kr. | Ansvarlig: indsatser, years and money"),
        P("S1", s1, "process", "partial", ev="Vi holdt borgermøde med",
          missing=["inddragelse af borgerne i Engvejkvarteret"],
          trap="a sentence after the list in column 2; Strandparken's grundejerforening met "
               "(past tense); Engvejkvarteret is a risk area in the plan but its residents are "
               "never said to have been involved"),
        P("S2", s2, "process", "uncovered",
          trap="the deadline is missed: 'Planen forelægges byrådet i september 2050 sammen med "
               "budgettet' (after June 2050). Not points: the order sentence ('Byrådet har derfor "
               "besluttet, at der … skal udarbejdes en ny klimatilpasningsplan … Planen skal:'), "
               "the eight weeks' høring (after the plan), the Forord, the vision bullets, the "
               "kommuneplan revision and the list of other plans"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Bredmose Kommune · Planstrategi 2049",),
                producer="a PLANSTRATEGI brochure printed from HTML with Chromium (Liberation "
                "Sans 9.6, a green title band, TWO COLUMNS with a rule between them, footer "
                "'Bredmose Kommune · Planstrategi 2049' and 'side n', one page): Forord, a "
                "vision with bullets, the kommuneplan revision, 'Ny klimatilpasningsplan' with "
                "an order sentence and an ordered list 1–5 running from the foot of column 1 to "
                "the top of column 2, then two process sentences, a list of other plans; plan "
                "exported from Word (DejaVu Sans 9.5, da-DK, running header, 'Side n af m'), a "
                "'Resumé' holding one answer, headings in other words, a risk table and a "
                "handleplan table, a process chapter in the past tense", points=g)


# =========================================================================== 5 play-sufficiency (en)
@pair
def play_sufficiency(d: Path) -> dict:
    ask = [
        "assess whether there is enough space to play in each ward, including the rural wards",
        "ask children and young people where and how they play, and what stops them",
        "review the condition of the Council's 64 play areas and how accessible they are for "
        "disabled children",
        "set out how planning, highways and housing decisions will take account of children's "
        "play",
        "include a costed programme of actions for 2050–2053 with a named lead for each action",
    ]
    dates = [
        ("March 2049:", "the steering group meets for the first time"),
        ("May–June 2049:", "survey of children and young people in every school"),
        ("By 31 October 2049:", "draft plan to the Children and Young People Scrutiny Committee"),
        ("March 2050:", "Cabinet approves the plan and sends it to the Welsh Government"),
    ]
    col = [12.0, 104.35, 196.7]
    wid = 88.3
    boxes = [
        dict(x=col[0], y=78, w=wid, h=92, head="Why are we doing this?", items=[
            ("p", "Every council in Wales must assess whether there are enough opportunities for "
                  "children to play, and publish an action plan every three years."),
            ("p", "Our last assessment, in 2046, found too few places to play in the valley "
                  "towns, and that many children under eleven are not allowed out to play on "
                  "their own because of traffic."),
            ("p", "The new plan will cover 2050 to 2053.")]),
        dict(x=col[1], y=78, w=wid, h=92, head="What we are asking for", items=[
            ("lead", "The action plan should:"),
            *[("bullet", t) for t in ask]]),
        dict(x=col[2], y=78, w=wid, h=92, head="What is not included", items=[
            ("bullet", "school playgrounds during the school day"),
            ("bullet", "sports pitches, leisure centres and swimming pools"),
            ("bullet", "holiday childcare schemes, which have their own review"),
            ("p", "These are covered by the School Estate Strategy and the Leisure Review.")]),
        dict(x=col[0], y=14, w=wid, h=60, head="Who", items=[
            ("p", "Sponsor: Corporate Director, Education and Communities."),
            ("p", "Lead officer: Play Development Officer."),
            ("p", "Steering group: Parks, Planning, Highways, Housing, the Youth Service and "
                  "the Glanmorfa Play Association.")]),
        dict(x=col[1], y=14, w=wid, h=60, head="Key dates", items=[
            ("date", a, b) for a, b in dates]),
        dict(x=col[2], y=14, w=wid, h=60, head="Resources", items=[
            ("p", "£12,000 from the Children and Communities Grant for the survey and the "
                  "mapping of play space."),
            ("p", "Officer time from each service in the steering group; no other budget.")]),
    ]
    page_boxes_pdf(d / "mandate.pdf", title="Commission: Play Sufficiency Action Plan 2050–2053",
                   subtitle="Glanmorfa County Borough Council · Education and Communities · "
                            "Agreed by the Corporate Management Team, 9 February 2049",
                   author="Glanmorfa County Borough Council", boxes=boxes,
                   footer="Glanmorfa County Borough Council · Commission on a page PSA-49 · "
                          "version 1.0", accent="#7A3E00", fill="#F6E7D6", size=9.0)
    wards = [
        ["Castell", "1,240", "1.9", "No"],
        ["Glanmorfa Central", "1,610", "1.4", "No"],
        ["Heol y Nant", "980", "3.8", "Yes"],
        ["Llwyn Onn", "1,120", "2.6", "Yes"],
        ["Pentre Isaf", "1,430", "1.7", "No"],
        ["Tir Coed", "870", "4.4", "Yes"],
        ["Ynys Wen", "1,050", "2.1", "No"],
    ]
    poor = [
        ["Parc Castell", "Needs rebuilding", "Equipment over 25 years old, surface worn"],
        ["Heol Fawr", "Close", "Vandalised, little used"],
        ["Maes y Felin", "Needs rebuilding", "Flooded twice since 2046"],
        ["Stryd y Bont", "Close", "Next to a busy road, no fence"],
        ["Bryn Eithin", "Needs rebuilding", "Swings and climbing frame removed in 2048"],
        ["Cae Ffynnon", "Close", "Replaced by the new park at Tir Coed"],
    ]
    actions = [
        ["1", "Rebuild three play areas (Parc Castell, Maes y Felin, Bryn Eithin)",
         "Parks Manager", "2050–2052", "420,000"],
        ["2", "Play streets: close 12 residential streets to traffic on summer evenings",
         "Road Safety Officer", "2050", "18,000"],
        ["3", "Open four school grounds for play after school and in the holidays",
         "Play Development Officer", "2051", "36,000"],
        ["4", "Play rangers in the three valley towns", "Youth Service Manager", "2050–2053",
         "96,000 a year"],
        ["5", "Repair the 17 play areas that need it", "Parks Manager", "2050–2051",
         "150,000"],
    ]
    meets = [
        ["Enough space to play in each ward", "Met"],
        ["Listen to children and young people", "Met"],
        ["Review of play areas and accessibility", "Met"],
        ["Planning, highways and housing", "Partly met"],
        ["Costed programme with leads", "Met"],
        ["Survey in every school", "Met"],
        ["Draft to Scrutiny by 31 October", "Met"],
    ]
    css = ("@page{size:A4;margin:16mm 18mm 18mm 18mm;@bottom-left{content:'Glanmorfa Play "
           "Sufficiency Action Plan 2050–2053 · draft';font:7.5pt 'Liberation Serif',serif;"
           "color:#555}@bottom-right{content:counter(page) ' / ' counter(pages);font:7.5pt "
           "'Liberation Serif',serif;color:#555}}"
           "body{font-family:'Liberation Serif',serif;font-size:10.5pt;line-height:1.4;"
           "color:#1a1a1a}h1{font-size:20pt;color:#7a3e00;margin:0;font-family:'Liberation "
           "Sans',sans-serif}.sub{font-size:9.5pt;color:#555;margin:3px 0 14px;border-bottom:"
           "2px solid #7a3e00;padding-bottom:6px}h2{font-size:12.5pt;color:#7a3e00;margin:13px "
           "0 4px;font-family:'Liberation Sans',sans-serif}p{margin:0 0 6px}table{border-"
           "collapse:collapse;width:100%;font-size:9.3pt;margin:4px 0 10px}th{background:"
           "#f6e7d6;text-align:left;padding:3px 5px;font-family:'Liberation Sans',sans-serif}"
           "td{border-bottom:1px solid #e2cdb6;padding:3px 5px;vertical-align:top}thead{display:"
           "table-header-group}tr{break-inside:avoid}.app{break-before:page}")
    body = (
        "<h1>Play Sufficiency Action Plan 2050–2053</h1><div class='sub'>Glanmorfa County "
        "Borough Council · Draft for scrutiny · October 2049</div>"
        "<h2>Summary</h2>"
        + paras("Children in Glanmorfa play most near home, and what stops them most is traffic. "
                "This plan sets out where there is too little space to play, what we will do "
                "about our play areas, and a programme of actions for the next four years.")
        + "<h2>1. How we listened</h2>"
        + paras("In May and June 2049 we ran a survey in every primary and secondary school in "
                "the county, and 3,870 children and young people took part. Play rangers also "
                "talked to children in parks and on estates during the summer holidays.",
                "This draft goes to the Children and Young People Scrutiny Committee on 23 "
                "October 2049.")
        + "<h2>2. Where children play and what gets in the way</h2>"
        + paras("Most children play close to home: in the street, in the park or in a friend's "
                "garden. Older children go to the skate park, the river and the woods above the "
                "town. The biggest barriers they named were traffic, having nothing to do nearby, "
                "and adults telling them to move on. Girls more often said they did not feel "
                "safe in parks after dark.")
        + "<h2>3. Is there enough space to play?</h2>"
        + paras("Table 1 shows the accessible play space per child in each of the seven town "
                "wards, against the benchmark of 2.5 square metres per child.")
        + table_html(["Ward", "Children 0–15", "Play space (m² per child)", "Enough?"], wards)
        + paras("Play space in the nine rural wards will be considered in next year's review of "
                "this plan.")
        + "<h2>4. Our play areas</h2>"
        + paras("The Council has 64 equipped play areas. We inspected all of them in 2049: 41 "
                "are in good condition, 17 need repairs, and six should be closed or rebuilt (see "
                "Appendix A). Several parents asked about swings for wheelchair users.")
        + "<h2>5. Planning for play</h2>"
        + paras("Planning decisions matter for play too. We will look at this with Planning, "
                "Highways and Housing when the Local Development Plan is reviewed.")
        + "<h2>6. Action programme 2050–2053</h2>"
        + paras("The table lists the actions, the lead for each and what they cost.")
        + table_html(["No.", "Action", "Lead", "Years", "Cost (£)"], actions)
        + "<h2>7. How this plan meets the commission</h2>"
        + table_html(["What we were asked to do", "Met?"], meets)
        + "<div class='app'><h2>Appendix A Play areas to close or rebuild</h2>"
        + paras("The six play areas in the worst condition after the 2049 inspections.")
        + table_html(["Play area", "Recommendation", "Why"], poor) + "</div>"
    )
    html_pdf(d / "plan.pdf", lang="en-GB", title="Play Sufficiency Action Plan 2050–2053",
             css=css, body=body)
    g = [
        P("1", ask[0], "content", "partial", ev="Table 1 shows the accessible play space",
          missing=["the rural wards"],
          trap="a '•' bullet in the box 'What we are asking for' ('The action plan should:') of "
               "an English COMMISSION ON A PAGE: six boxes in a three-by-two grid on one "
               "landscape page; the bullets are numbered 1–5 by place, the two 'Key dates' lines "
               "that ask a step of the plan's making 6–7. The figures stand only in Table 1, "
               "for the seven town wards; the rural wards 'will be considered in next year's "
               "review'. The plan's table says 'Met' (false)"),
        P("2", ask[1], "content", "covered", ev="Most children play close to home",
          trap="answered under a heading in other words ('Where children play and what gets in "
               "the way')"),
        P("3", ask[2], "content", "partial", ev="The Council has 64 equipped play areas",
          missing=["how accessible the play areas are for disabled children"],
          trap="condition answered (41 / 17 / 6, the six in Appendix A); accessibility only "
               "named in passing ('Several parents asked about swings for wheelchair users'). "
               "The plan's table says 'Met' (false)"),
        P("4", ask[3], "content", "uncovered",
          trap="named and put off: 'Planning decisions matter for play too. We will look at "
               "this … when the Local Development Plan is reviewed'. The plan's table says "
               "'Partly met' (false)"),
        P("5", ask[4], "deliverable", "covered", ev="The table lists the actions, the lead",
          trap="a table No. | Action | Lead | Years | Cost (£), 2050–2053"),
        P("6", " ".join(dates[1]), "process", "covered", ev="In May and June 2049 we ran a survey",
          trap="a line of the 'Key dates' box (bold date, then the step); text = the date and "
               "the step. Every school, May–June 2049, past tense"),
        P("7", " ".join(dates[2]), "process", "covered", ev="This draft goes to the Children",
          trap="23 October 2049, before 31 October. Not points: the 'Key dates' lines on the "
               "steering group (before the work) and Cabinet's approval (after the plan), the "
               "boxes 'Why are we doing this?', 'What is not included', 'Who' and 'Resources'"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf",
                drop=(),
                producer="a COMMISSION ON A PAGE drawn with reportlab on one landscape A4 page "
                "(Liberation Sans 9, a brown title band, a subtitle line, six boxes in a "
                "three-by-two grid with tinted heading bars: 'Why are we doing this?', 'What we "
                "are asking for' (a bold lead and five '•' bullets), 'What is not included', "
                "'Who', 'Key dates' (four lines, a bold date and a step), 'Resources'; footer "
                "and 'Page 1 of 1'); plan a web page printed with Chromium (Liberation Serif "
                "10.5, footer title and 'n / m'), a process chapter in the past tense, a ward "
                "table holding the only figures, a deferral, an action table, a closing table "
                "where the plan rates itself ('Met', 'Partly met', some claims false), "
                "Appendix A on its own page", points=g)


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.mandates_main)."""
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder=BUILDER)


BUILDER = "corpora/mandates-blind46/make_pairs.py"

if __name__ == "__main__":
    main(sys.argv[1:])
