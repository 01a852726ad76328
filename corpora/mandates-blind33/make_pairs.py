"""Build the thirty-third blind batch of mandate/plan pairs under corpora/mandates-blind33/ and their gold.

Written on 2026-12-05 without reading plancheck's code. COMMON mandate forms on surfaces of
this batch's own: a bokmål PROSJEKTMANDAT (Word → PDF) with a form table at the top and the
headings Bakgrunn, Mål, Leveranser (typed "L1" … "L5" with a tab), Rammer, Organisering; a
nynorsk FRÅSEGN from the statsforvaltar to a planprogram (Word letter → PDF) whose expectations
are sentences "Vi forventar at planen …" in the prose under sub-headings; a Swedish DIREKTIV
from kommunstyrelsen (reportlab, Helvetica, 'Sida n (m)') whose 'Uppdraget omfattar' lists
a)–e), with Tidplan and Samråd sentences; a Danish DAGSORDENSPUNKT exported from Word (the
ESDH's print) whose 'Indstilling' is "Det indstilles, at" with numbered at-clauses, changed by a
'Beslutning' that adds a demand; and an English SCOPING BRIEF (the committee site's page
printed with Chromium) with "The review will:" bullets. Plans: reportlab, Chromium, Word; tables
running over pages with repeated header rows.

    python corpora/mandates-blind33/make_pairs.py               # all pairs
    python corpora/mandates-blind33/make_pairs.py --verify      # gold quotes against pdftotext
    python corpora/mandates-blind33/make_pairs.py --twice       # build twice, compare sha256

Imports the twentieth batch's builder (P, verify, the construction check) through pairkit and
blindkit's freeze_zip / soffice_pdf / chromium_pdf / reportlab_fonts / sha256_files; the three
writers below (docx, reportlab, html) are this batch's own. Nothing of the earlier batches is
edited.
"""

from __future__ import annotations

import datetime as _dt
import html as _h
import io
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

import blindkit as bk  # noqa: E402
import pairkit as pk  # noqa: E402

_b20 = pk.load_module("mandates_blind20_make_pairs", HERE.parent / "mandates-blind20" / "make_pairs.py")
P = _b20.P

PAIRS, pair = pk.pair_registry()
FIXED = _dt.datetime(2047, 1, 1, 9, 0, 0)


# --------------------------------------------------------------------------- docx writer


def _field(par, code: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def fc(t):
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), t)
        return el

    r = par.add_run()
    r._r.append(fc("begin"))
    r = par.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {code} "
    r._r.append(it)
    r = par.add_run()
    r._r.append(fc("separate"))
    par.add_run("1")
    r = par.add_run()
    r._r.append(fc("end"))


def _fonts(style, font: str, size=None, bold=None, color=None, lang=None) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    rpr = style.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in list(rf.attrib):
        if a.endswith("Theme"):
            del rf.attrib[a]
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    if size:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    if color:
        style.font.color.rgb = RGBColor.from_string(color)
    if lang:
        la = rpr.find(qn("w:lang"))
        if la is None:
            la = OxmlElement("w:lang")
            rpr.append(la)
        la.set(qn("w:val"), lang)


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcpr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcpr.append(sh)


def docx_pdf(pdf: Path, blocks: list[tuple], *, title: str, author: str, font: str, size: float,
             lang: str, header: str | None, footer: str, accent: str = "1F3864",
             head_fill: str = "D9E2F3", landscape: bool = False) -> Path:
    """A Word document (python-docx) exported to PDF by LibreOffice; the .docx is not kept.
    FOOTER is a text with {PAGE} / {NUMPAGES}; blocks title / meta / h1 / h2 / p / bold /
    bullets / numbered / typed (marker, text, hang cm, left cm) / table (head, rows, widths cm)
    / form (rows of label, value; no header) / break."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    _fonts(doc.styles["Normal"], font, size, lang=lang)
    doc.styles["Normal"].paragraph_format.space_after = Pt(5)
    for name, sz in (("Title", size + 8), ("Heading 1", size + 3), ("Heading 2", size + 1)):
        _fonts(doc.styles[name], font, sz, bold=True, color=accent)
    for name in ("List Bullet", "List Number", "Header", "Footer"):
        _fonts(doc.styles[name], font, None)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.4), Cm(2.2)
    if header:
        hp = sec.header.paragraphs[0]
        hp.text = header
        hp.runs[0].font.size = Pt(size - 2)
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rest = footer
    while rest:
        i = rest.find("{")
        if i < 0:
            fp.add_run(rest)
            break
        if i:
            fp.add_run(rest[:i])
        j = rest.index("}", i)
        _field(fp, rest[i + 1:j])
        rest = rest[j + 1:]
    for r in fp.runs:
        r.font.size = Pt(size - 2)
    for b in blocks:
        k = b[0]
        if k == "title":
            doc.add_paragraph(b[1], style="Title")
        elif k == "meta":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
            r.font.size = Pt(size - 1)
        elif k in ("h1", "h2"):
            doc.add_paragraph(b[1], style="Heading 1" if k == "h1" else "Heading 2")
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "bold":
            doc.add_paragraph().add_run(b[1]).bold = True
        elif k in ("bullets", "numbered"):
            for t in b[1]:
                doc.add_paragraph(t, style="List Bullet" if k == "bullets" else "List Number")
        elif k == "typed":
            marker, text, hang, left = b[1:5]
            p = doc.add_paragraph(f"{marker}\t{text}")
            pf = p.paragraph_format
            pf.left_indent = Cm(left + hang)
            pf.first_line_indent = Cm(-hang)
            pf.tab_stops.add_tab_stop(Cm(left + hang))
        elif k in ("table", "form"):
            if k == "table":
                _, head, rows, widths = b
                data = [head, *rows]
            else:
                _, data, widths = b
            t = doc.add_table(rows=len(data), cols=len(widths))
            t.style = "Table Grid"
            t.autofit = False
            for j, col in enumerate(t.columns):
                col.width = Cm(widths[j])
            for i, row in enumerate(data):
                for j, txt in enumerate(row):
                    c = t.cell(i, j)
                    c.width = Cm(widths[j])
                    c.text = ""
                    run = c.paragraphs[0].add_run(txt)
                    run.font.size = Pt(size - 1)
                    if (k == "table" and i == 0) or (k == "form" and j == 0):
                        run.bold = True
                        _shade(c, head_fill)
            if k == "table":
                trpr = t.rows[0]._tr.get_or_add_trPr()
                th = OxmlElement("w:tblHeader")
                th.set(qn("w:val"), "true")
                trpr.append(th)
            doc.add_paragraph()
        elif k == "break":
            doc.add_page_break()
        else:
            raise ValueError(k)
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.revision = 1
    with tempfile.TemporaryDirectory(prefix="mblind33-docx-") as tmp:
        src = Path(tmp) / (pdf.stem + ".docx")
        doc.save(src)
        bk.freeze_zip(src)
        out = bk.soffice_pdf(src, Path(tmp) / "out")
        pdf.write_bytes(out.read_bytes())
    return pdf


# --------------------------------------------------------------------------- reportlab writer


def rl_pdf(pdf: Path, blocks: list[tuple], *, title: str, author: str, family: str, size: float,
           head_left: str, head_right: str, foot, accent: str = "#000000",
           head_fill: str = "#E6E6E6") -> Path:
    """A layout-tool print (reportlab, invariant): FAMILY 'Helvetica' (built in) or 'LS'
    (Liberation Sans), a running head with a rule, FOOT(n, m) printed at the bottom (m = pages,
    from a first pass). Blocks title / meta / h1 / h2 / p / typed (marker, text, hang mm, left
    mm) / bullets / table (head, rows, widths mm) / form (rows, widths mm) / break."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        ListFlowable,
        ListItem,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    if family == "LS":
        f = bk.reportlab_fonts("LS")
        reg, bold, ital = f["normal"], f["bold"], f["italic"]
    else:
        reg, bold, ital = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    base = ParagraphStyle("b", fontName=reg, fontSize=size, leading=size * 1.38, spaceAfter=5)
    meta = ParagraphStyle("m", parent=base, fontName=ital, fontSize=size - 1)
    cell = ParagraphStyle("c", parent=base, fontSize=size - 1, leading=(size - 1) * 1.3,
                          spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName=bold)
    h1 = ParagraphStyle("h1", parent=base, fontName=bold, fontSize=size + 3,
                        leading=(size + 3) * 1.3, spaceBefore=9, spaceAfter=4, textColor=accent)
    h2 = ParagraphStyle("h2", parent=base, fontName=bold, fontSize=size + 0.5, spaceBefore=5,
                        spaceAfter=2)
    tit = ParagraphStyle("t", parent=base, fontName=bold, fontSize=size + 9,
                         leading=(size + 9) * 1.25, spaceAfter=6, textColor=accent)
    x = _h.escape

    def story():
        out = []
        for b in blocks:
            k = b[0]
            if k == "title":
                out.append(Paragraph(x(b[1]), tit))
            elif k == "meta":
                out.append(Paragraph(x(b[1]), meta))
            elif k in ("h1", "h2"):
                out.append(Paragraph(x(b[1]), h1 if k == "h1" else h2))
            elif k == "p":
                out.append(Paragraph(x(b[1]), base))
            elif k == "typed":
                marker, text, hang, left = b[1:5]
                st = ParagraphStyle(f"ty{hang}-{left}", parent=base,
                                    leftIndent=(left + hang) * mm, firstLineIndent=-hang * mm)
                out.append(Paragraph(f"{x(marker)}<font size='1'> </font>{x(text)}"
                                     if not marker.endswith(" ") else x(marker + text), st))
            elif k == "bullets":
                out.append(ListFlowable([ListItem(Paragraph(x(t), base), leftIndent=12)
                                         for t in b[1]], bulletType="bullet", start="–",
                                        leftIndent=12))
            elif k in ("table", "form"):
                if k == "table":
                    _, head, rows, widths = b
                    data = [[Paragraph(x(c), cellb) for c in head]]
                    data += [[Paragraph(x(c), cell) for c in r] for r in rows]
                else:
                    _, rows, widths = b
                    data = [[Paragraph(x(r[0]), cellb)] + [Paragraph(x(c), cell) for c in r[1:]]
                            for r in rows]
                t = Table(data, colWidths=[w * mm for w in widths], hAlign="LEFT",
                          repeatRows=1 if k == "table" else 0)
                sty = [("GRID", (0, 0), (-1, -1), 0.4, "#8C8C8C"),
                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]
                sty.append(("BACKGROUND", (0, 0), (-1, 0) if k == "table" else (0, -1),
                            head_fill))
                t.setStyle(TableStyle(sty))
                out += [t, Spacer(1, 6)]
            elif k == "break":
                out.append(PageBreak())
            else:
                raise ValueError(k)
        return out

    def build(target, total):
        def onpage(canvas, doc):
            w, h = A4
            canvas.saveState()
            canvas.setFont(reg, size - 2)
            canvas.drawString(20 * mm, h - 12 * mm, head_left)
            canvas.drawRightString(w - 20 * mm, h - 12 * mm, head_right)
            canvas.setLineWidth(0.5)
            canvas.line(20 * mm, h - 13.8 * mm, w - 20 * mm, h - 13.8 * mm)
            canvas.drawRightString(w - 20 * mm, 11 * mm, foot(doc.page, total))
            canvas.restoreState()

        doc = SimpleDocTemplate(target, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                                topMargin=21 * mm, bottomMargin=19 * mm, title=title,
                                author=author, creator=author, invariant=1)
        doc.build(story(), onFirstPage=onpage, onLaterPages=onpage)
        return doc.page

    n = build(io.BytesIO(), 0)
    build(str(pdf), n)
    return pdf


# --------------------------------------------------------------------------- html writer


def e(s: str) -> str:
    return _h.escape(s)


def html_pdf(pdf: Path, *, lang: str, title: str, css: str, body: str) -> Path:
    """A web page (own template) printed with Chromium."""
    page = (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{e(title)}"
            f"</title><style>{css}</style></head><body>{body}</body></html>")
    with tempfile.TemporaryDirectory(prefix="mblind33-web-") as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(page, encoding="utf-8")
        bk.chromium_pdf(src, pdf)
    return pdf


def table_html(head: list[str], rows: list[list[str]], cls: str = "") -> str:
    th = "".join(f"<th>{e(c)}</th>" for c in head)
    tr = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table class='{cls}'><thead><tr>{th}</tr></thead><tbody>{tr}</tbody></table>"


def paras(*texts: str) -> str:
    return "".join(f"<p>{e(t)}</p>" for t in texts)


# =========================================================================== 1 trafikk (nb)
@pair
def trafikk(d: Path) -> dict:
    lev = {
        "L1": "kartlegger ulykkespunkter og strekninger med høy risiko, basert på "
              "ulykkesdata fra de siste ti årene",
        "L2": "gjennomgår skolevegene til alle barneskolene og peker ut farlige "
              "krysningspunkter",
        "L3": "beskriver hvordan kommunen skal bli godkjent som Trafikksikker kommune",
        "L4": "inneholder en handlingsdel med fysiske og holdningsskapende tiltak, med "
              "kostnad og ansvarlig for hvert tiltak",
        "L5": "vurderer fartsgrensene i boligområdene",
    }
    s1 = ("Planforslaget skal legges fram for hovedutvalg for teknikk og miljø innen "
          "15. november 2047.")
    s2 = ("Prosjektgruppen skal involvere elevrådene og FAU ved barneskolene i "
          "kartleggingen av skolevegene.")
    header = "Fjellvik kommune – Prosjektmandat"
    m = [
        ("title", "Prosjektmandat"),
        ("form", [["Prosjekt", "Trafikksikkerhetsplan for Fjellvik kommune 2048–2051"],
                  ["Prosjekteier", "Kommunalsjef for samfunnsutvikling"],
                  ["Prosjektleder", "Ida Strand, arealplanlegger"],
                  ["Godkjent", "Kommunedirektørens ledergruppe 3. februar 2047"],
                  ["Arkivsak", "2047/212"]], [4.2, 12.0]),
        ("h1", "1. Bakgrunn"),
        ("p", "Fjellvik kommune vedtok sin forrige trafikksikkerhetsplan i 2039. Planen er "
              "ikke rullert, og flere av tiltakene er gjennomført. Fylkeskommunen krever en "
              "oppdatert trafikksikkerhetsplan for at kommunen skal kunne søke om midler fra "
              "fylkets trafikksikkerhetsutvalg. Foreldre ved flere skoler har i 2046 meldt "
              "bekymring for trafikken ved skolene om morgenen."),
        ("h1", "2. Mål"),
        ("p", "Effektmål: Ingen skal bli drept eller hardt skadd i trafikken i Fjellvik."),
        ("p", "Resultatmål: Kommunen har en vedtatt trafikksikkerhetsplan som gir grunnlag "
              "for å søke om midler til trafikksikkerhetstiltak fra 2048."),
        ("h1", "3. Leveranser"),
        ("p", "Prosjektet skal levere et forslag til trafikksikkerhetsplan som"),
        *[("typed", k, v + ("," if k != "L5" else "."), 1.2, 0.0) for k, v in lev.items()],
        ("h1", "4. Rammer"),
        ("p", "Prosjektet har en ramme på 120 000 kroner til trafikktellinger og "
              "trykking. Arbeidet gjøres ellers innenfor ordinære stillinger. " + s1),
        ("p", "Fylkesvegene gjennom Fjellvik sentrum inngår ikke i prosjektet. De behandles i "
              "områdeplanen for sentrum."),
        ("h1", "5. Organisering"),
        ("table", ["Rolle", "Hvem", "Ansvar"],
         [["Prosjekteier", "Kommunalsjef for samfunnsutvikling", "Godkjenner mandatet og "
           "endringer i det"],
          ["Prosjektleder", "Ida Strand", "Leder arbeidet og prosjektgruppen"],
          ["Prosjektgruppe", "Vei, oppvekst, helsestasjon, politiet", "Utarbeider planforslaget"],
          ["Referansegruppe", "Trygg Trafikk, ungdomsrådet", "Gir råd underveis"]],
         [3.6, 6.0, 6.6]),
        ("p", s2 + " Prosjektlederen rapporterer status til prosjekteier hver måned."),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Prosjektmandat trafikksikkerhetsplan",
             author="Fjellvik kommune", font="Liberation Sans", size=10.5, lang="nb-NO",
             header=header, footer="Side {PAGE} av {NUMPAGES}", accent="2E5E2E",
             head_fill="E2EFD9")
    ulykker = [
        ["Rv. 711 Holtkrysset", "6", "1 hardt skadd, 5 lettere skadd"],
        ["Fv. 1020 Sandvika – Nesbyen", "5", "1 drept, 4 lettere skadd"],
        ["Storgata ved Coop", "4", "4 lettere skadd (fotgjengere)"],
        ["Fv. 1022 Holtbakken", "3", "3 lettere skadd (utforkjøring)"],
        ["Skolevegen / Lensmannsvegen", "2", "2 lettere skadd (syklister)"],
    ]
    tiltak = [
        ["1", "Opphøyd gangfelt i Skolevegen ved Fjellvik skole", "Fysisk", "450 000",
         "Vei og park", "2048"],
        ["2", "Fortau langs Lensmannsvegen, 400 meter", "Fysisk", "3 200 000",
         "Vei og park", "2049"],
        ["3", "Belysning av gang- og sykkelvegen Nesbyen – Holt", "Fysisk", "800 000",
         "Vei og park", "2048"],
        ["4", "Søke fylket om rundkjøring i Holtkrysset", "Fysisk", "–", "Plan", "2048"],
        ["5", "Fartsdumper i Solbakken og Furulia boligfelt", "Fysisk", "240 000",
         "Vei og park", "2049"],
        ["6", "Hente- og bringesone ved Nesbyen skole", "Fysisk", "600 000", "Vei og park",
         "2050"],
        ["7", "Skilting av 30 km/t i alle boligfelt", "Fysisk", "180 000", "Vei og park",
         "2048"],
        ["8", "Sykkelopplæring for 5. trinn hvert år", "Holdningsskapende", "20 000 per år",
         "Oppvekst", "2048–2051"],
        ["9", "Refleksaksjon i barnehagene hver høst", "Holdningsskapende", "10 000 per år",
         "Helsestasjon", "2048–2051"],
        ["10", "Kampanje «Gå til skolen» i september", "Holdningsskapende", "15 000 per år",
         "Oppvekst", "2048–2051"],
        ["11", "Trafikk som tema på foreldremøter i 1. trinn", "Holdningsskapende", "–",
         "Rektorene", "2048–2051"],
        ["12", "Kurs i sikring av last for kommunens sjåfører", "Holdningsskapende", "25 000",
         "Personal", "2049"],
        ["13", "Trafikksikkerhet i kommunens innkjøp av transport", "Holdningsskapende", "–",
         "Innkjøp", "2049"],
        ["14", "Årlig gjennomgang av ulykkestall med politiet", "Holdningsskapende", "–",
         "Plan", "2048–2051"],
    ]
    p = [
        ("title", "Trafikksikkerhetsplan for Fjellvik kommune 2048–2051"),
        ("meta", "Forslag til behandling i hovedutvalg for teknikk og miljø · oktober 2047"),
        ("h1", "1 Innledning"),
        ("p", "Denne planen viser hvordan Fjellvik kommune vil arbeide for at færre blir "
              "skadd i trafikken de neste fire årene. Den er laget av en prosjektgruppe med "
              "folk fra vei og park, oppvekst, helsestasjonen og politiet, etter mandat "
              "godkjent av kommunedirektørens ledergruppe i februar 2047."),
        ("p", "Kommunen har 9 400 innbyggere og om lag 140 kilometer kommunal veg. "
              "Fylkesvegene i sentrum er holdt utenfor planen."),
        ("h1", "2 Ulykkesbildet"),
        ("p", "Politiet registrerte 31 trafikkulykker med personskade i kommunen i årene "
              "2037–2046. Ulykkene samler seg på fem steder, som er vist i tabellen. "
              "Strekningen Sandvika – Nesbyen har smal veg, mange avkjørsler og høy fart, og "
              "regnes som den farligste strekningen i kommunen."),
        ("table", ["Sted", "Ulykker 2037–2046", "Skadegrad"], ulykker, [62, 34, 74]),
        ("h1", "3 Skolevegene"),
        ("p", "Alle skolevegene til Fjellvik skole, Nesbyen skole og Holt skole er gått "
              "gjennom høsten 2047. FAU ved de tre skolene deltok på befaringene og svarte på "
              "en spørreundersøkelse om hvordan barna kommer seg til skolen. Om lag "
              "60 prosent av elevene går eller sykler, mens resten blir kjørt eller tar "
              "bussen."),
        ("p", "Foreldrene er mest bekymret for trafikken ved skoleporten om morgenen og for "
              "manglende fortau i Lensmannsvegen. Tiltak 1, 2 og 6 i handlingsdelen svarer på "
              "dette."),
        ("h1", "4 Fart i boligområdene"),
        ("p", "I dag er fartsgrensen 40 km/t i de fleste boligfeltene og 50 km/t i Solbakken "
              "og Furulia. Vi foreslår at all kommunal veg i boligfelt får 30 km/t, og at det "
              "legges fartsdumper der målingene viser at mange kjører for fort. Dette gjelder "
              "særlig Solbakken og Furulia, der gjennomsnittsfarten i 2047 var 47 km/t."),
        ("h1", "5 Trafikksikker kommune"),
        ("p", "Trafikksikker kommune er en godkjenningsordning fra Trygg Trafikk. Fjellvik "
              "kommune ønsker på sikt å bli godkjent."),
        ("h1", "6 Handlingsdel 2048–2051"),
        ("p", "Tiltakene er delt i fysiske tiltak på vegnettet og holdningsskapende tiltak. "
              "Kostnadene er anslag i 2047-kroner. Tiltak på fylkesveg må søkes finansiert av "
              "fylkeskommunen."),
        ("table", ["Nr.", "Tiltak", "Type", "Kostnad (kr)", "Ansvarlig", "År"], tiltak,
         [10, 54, 34, 24, 25, 23]),
        ("h1", "7 Behandling og oppfølging"),
        ("p", "Planforslaget legges fram for hovedutvalg for teknikk og miljø 6. november "
              "2047 og sendes deretter på høring i seks uker. Handlingsdelen rulleres hvert "
              "år før søknadsfristen for trafikksikkerhetsmidler."),
    ]
    rl_pdf(d / "plan.pdf", p, title="Trafikksikkerhetsplan Fjellvik 2048–2051",
           author="Fjellvik kommune", family="LS", size=10,
           head_left="Trafikksikkerhetsplan 2048–2051", head_right="Fjellvik kommune",
           foot=lambda n, t: f"{n} / {t}", accent="#2E5E2E", head_fill="#E2EFD9")
    g = [
        P("L1", lev["L1"], "content", "covered", ev="Politiet registrerte 31 trafikkulykker",
          trap="a deliverable of a PROSJEKTMANDAT's '3. Leveranser' typed 'L1' + tab after the "
          "lead 'Prosjektet skal levere et forslag til trafikksikkerhetsplan som' (no point), "
          "text without the marker and the closing ','. Answered in other words in '2 "
          "Ulykkesbildet' (ten years of police data, five places, the most dangerous stretch)"),
        P("L2", lev["L2"], "content", "partial", ev="Alle skolevegene til Fjellvik skole",
          missing=["farlige krysningspunkter på skolevegene"],
          trap="the skoleveger of all three schools are gone through; no crossing point is "
               "pointed out (only the worries of the parents)"),
        P("L3", lev["L3"], "content", "uncovered",
          trap="words in passing: '5 Trafikksikker kommune' explains the scheme and says the "
               "kommune wishes to be approved 'på sikt'; nothing on how"),
        P("L4", lev["L4"], "deliverable", "covered", ev="Tiltakene er delt i fysiske tiltak",
          trap="the handlingsdel table `Nr. | Tiltak | Type | Kostnad (kr) | Ansvarlig | År` "
               "running over the page with its header row repeated"),
        P("L5", lev["L5"], "content", "covered", ev="I dag er fartsgrensen 40 km/t",
          trap="answered in other words in '4 Fart i boligområdene' (30 km/t proposed)"),
        P("S1", s1, "process", "covered", ev="Planforslaget legges fram for hovedutvalg",
          trap="the last sentence of the first paragraph of '4. Rammer' (after the budget, "
               "which is none); 6 November is before 15 November. The sentence on the "
               "fylkesveger (outside the project) is none"),
        P("S2", s2, "process", "partial", ev="Alle skolevegene til Fjellvik skole",
          missing=["elevrådene er ikke involvert"],
          trap="the sentence after the Organisering table; FAU took part, the elevråd are "
               "not named. The monthly status report to the prosjekteier (the project's own "
               "follow-up) and the roles table are none"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf", drop=(header,),
                producer="prosjektmandat exported from Word (Liberation Sans 10.5, running "
                "header, 'Side n av m'): a form table at the top, headings '1. Bakgrunn' … "
                "'5. Organisering', the deliverables typed 'L1' … 'L5' with a tab and hanging "
                "indent under '3. Leveranser', process sentences in Rammer and after the "
                "roles table; plan laid out with reportlab (Liberation Sans, running head, "
                "'n / m'), an ulykke table and a handlingsdel table over two pages with the "
                "header row repeated", points=g)


# =========================================================================== 2 klima (nn)
@pair
def klima(d: Path) -> dict:
    s = [
        "Vi forventar at planen set eit mål for kor mykje klimagassutsleppa i kommunen skal "
        "reduserast innan 2040, med eit delmål for 2030.",
        "Vi forventar at planen syner korleis kommunen vil redusere utsleppa frå landbruket og "
        "frå vegtrafikken.",
        "Vi forventar at planen gjer greie for kva område i kommunen som er utsette for flaum, "
        "skred og havnivåstiging, og korleis dette skal følgjast opp i arealplanane.",
        "Vi forventar at planen tek omsyn til karbonrike areal som myr, og at nedbygging av "
        "myr blir unngått.",
        "Vi forventar at planen får eit handlingsprogram som blir rullert årleg saman med "
        "økonomiplanen.",
        "Vi forventar at ungdomsrådet og næringslivet blir trekte med i planarbeidet.",
    ]
    foot1 = "Postadresse: Postboks 80, 6801 Førde · Telefon: 57 64 30 00 · sfvf@statsforvaltaren.no"
    m = [
        ("form", [["Vår dato:", "12.03.2047", "Vår ref:", "2047/1893"],
                  ["Dykkar dato:", "01.02.2047", "Dykkar ref:", "22/418"],
                  ["Sakshandsamar:", "Åse Lunde", "Direkte tlf.:", "57 64 31 22"]],
         [3.5, 4.6, 3.1, 5.2]),
        ("p", "Brekkestrand kommune"),
        ("p", "Postboks 14, 6893 Brekkestrand"),
        ("bold", "Fråsegn til oppstart og høyring av planprogram – kommunedelplan for klima "
                 "og energi – Brekkestrand kommune"),
        ("p", "Vi viser til brev av 1. februar 2047 med varsel om oppstart av arbeidet med "
              "kommunedelplan for klima og energi og høyring av planprogram. Statsforvaltaren "
              "skal sjå til at nasjonale og vesentlege regionale omsyn blir tekne vare på i "
              "kommunal planlegging, og gir her fråsegn innanfor våre ansvarsområde."),
        ("p", "Vi ser positivt på at kommunen no reviderer klima- og energiplanen frå 2036. "
              "Planprogrammet gir eit godt oversyn over tema og framdrift."),
        ("h2", "Reduksjon av klimagassutslepp"),
        ("p", "Statlege planretningslinjer for klima- og energiplanlegging og klimatilpassing "
              "gjeld for arbeidet. Kommunane skal ta sin del av ansvaret for at Noreg når "
              "måla i klimalova. " + s[0] + " Miljødirektoratet sin klimagassrekneskap for "
              "kommunane er eit godt grunnlag for å følgje utviklinga."),
        ("p", "Utsleppa i Brekkestrand kjem i hovudsak frå vegtrafikk, landbruk og "
              "sjøfart. " + s[1]),
        ("h2", "Klimatilpassing"),
        ("p", "Klimaet endrar seg, og kommunen må planleggje for meir nedbør, fleire "
              "skredhendingar og høgare havnivå. " + s[2] + " Vi viser òg til "
              "Statsforvaltaren sin rettleiar for klimatilpassing i kommunal planlegging."),
        ("h2", "Energi"),
        ("p", "Kommunen har fleire eldre formålsbygg med høgt energibruk, og det er planar om "
              "to nye småkraftverk i Nesdalen. Konsesjonssaker for kraftverk blir handsama "
              "av NVE, og Statsforvaltaren vil gi fråsegn i dei sakene. Vi ser det som "
              "positivt at planprogrammet legg opp til å greie ut solenergi på kommunale "
              "bygg."),
        ("h2", "Arealbruk"),
        ("p", "Nedbygging av natur gir utslepp og svekkjer naturmangfaldet. Store delar av "
              "arealreserven i kommuneplanen frå 2039 ligg på myr og i skog i Nesdalen, og "
              "nokre av desse områda er ikkje bygde ut enno. " + s[3] + " Vi rår til at "
              "kommunen ser dette i samanheng med rulleringa av arealdelen."),
        ("h2", "Oppfølging og medverknad"),
        ("p", s[4] + " " + s[5] + " Statsforvaltaren har ingen merknader til framdriftsplanen "
              "i planprogrammet."),
        ("p", "Ta gjerne kontakt med sakshandsamar dersom noko er uklart."),
        ("p", "Med helsing"),
        ("p", "Torunn Hovland, seksjonsleiar · Åse Lunde, seniorrådgivar"),
        ("meta", "Dokumentet er elektronisk godkjent"),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Fråsegn planprogram klima og energi",
             author="Statsforvaltaren i Vestfjord", font="Liberation Serif", size=11.5,
             lang="nn-NO", header="Statsforvaltaren i Vestfjord",
             footer=foot1 + "\nSide {PAGE} av {NUMPAGES}", accent="000000",
             head_fill="FFFFFF")
    tiltak = [
        ["T1", "Ladepunkt ved alle kommunale bygg og ferjekaien", "Transport", "Eigedom",
         "2048–2049"],
        ["T2", "Krav om nullutslepp i nye anbod på skuleskyss", "Transport", "Innkjøp", "2049"],
        ["T3", "Samkøyringsordning for tilsette", "Transport", "Personal", "2048"],
        ["T4", "Gang- og sykkelveg Brekkestrand – Nes", "Transport", "Plan og utbygging",
         "2050–2052"],
        ["T5", "Landstraum til fiskebåtar i Brekkestrand hamn", "Sjøfart", "Hamnevesenet",
         "2049–2050"],
        ["T6", "Energisparing i skular og barnehagar (EPC-kontrakt)", "Bygg", "Eigedom",
         "2048–2051"],
        ["T7", "Solceller på taket til Brekkestrand skule", "Energi", "Eigedom", "2049"],
        ["T8", "Kartlegging av skredfare i Nesfjellet", "Klimatilpassing", "Plan og utbygging",
         "2048"],
        ["T9", "Nye stikkrenner på kommunale vegar etter skyfallsanalyse", "Klimatilpassing",
         "Drift", "2048–2050"],
        ["T10", "Omsynssoner for flaum og havnivå i kommuneplanen sin arealdel",
         "Klimatilpassing", "Plan og utbygging", "2049"],
        ["T11", "Klimarekneskap i årsmeldinga", "Oppfølging", "Økonomi", "Årleg"],
        ["T12", "Klimabudsjett som del av økonomiplanen", "Oppfølging", "Økonomi", "Årleg"],
    ]
    utsette = [
        ["Brekkestrand sentrum, kaiområdet", "Havnivåstiging og stormflo",
         "Ny bygg under kote +3,0 blir ikkje tillate"],
        ["Nesdalen langs Neselva", "Flaum", "Flaumsone i arealdelen, 20 m byggjegrense"],
        ["Nesfjellet, bustadfeltet Li", "Steinsprang og jordskred", "Skredfarekartlegging "
         "før nye tomter"],
        ["Fv. 614 Sandvik – Nes", "Snøskred og flaum", "Varsling og stenging i samarbeid med "
         "fylket"],
    ]
    css = ("@page{size:A4;margin:20mm 17mm 20mm 17mm;@bottom-right{content:'Side ' "
           "counter(page);font:8.5pt 'DejaVu Sans',sans-serif;color:#555}}"
           "body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;line-height:1.5;"
           "color:#1d1d1d}header{border-left:6px solid #b5461a;padding:4px 0 4px 12px;"
           "margin-bottom:14px}header .k{font-size:9pt;color:#b5461a;letter-spacing:.06em;"
           "text-transform:uppercase}header h1{font-size:19pt;margin:4px 0;font-weight:600}"
           "header .d{font-size:8.5pt;color:#555}h2{font-size:12.5pt;color:#b5461a;"
           "margin:16px 0 4px}h3{font-size:10.5pt;margin:10px 0 2px}"
           "table{border-collapse:collapse;width:100%;font-size:8.5pt;margin:6px 0 12px}"
           "thead{display:table-header-group}th{background:#f3e3da;text-align:left;"
           "border-bottom:2px solid #b5461a}th,td{padding:4px 6px;vertical-align:top}"
           "td{border-bottom:1px solid #d8c8bf}tr{break-inside:avoid}"
           ".faktaboks{background:#f7f2ee;padding:6px 10px;margin:8px 0}")
    body = (
        "<header><div class='k'>Brekkestrand kommune · Kommunedelplan</div>"
        "<h1>Klima og energi 2048–2060</h1><div class='d'>Høyringsutkast · vedteke lagt ut "
        "til offentleg ettersyn av formannskapet 14. november 2047</div></header>"
        "<h2>1 Innleiing</h2>"
        + paras("Kommunedelplanen for klima og energi avløyser planen frå 2036. Han byggjer "
                "på planprogrammet som formannskapet fastsette i april 2047, og på "
                "fråsegnene som kom inn til planprogrammet.",
                "Planen har ein samfunnsdel med mål og ein handlingsdel med tiltak. Han "
                "gjeld for heile kommunen.")
        + "<h2>2 Klimamål</h2>"
        + paras("Brekkestrand kommune skal kutte dei direkte klimagassutsleppa i kommunen "
                "med 55 prosent innan 2030 og med 90 prosent innan 2040, rekna frå nivået i "
                "2009. I 2045 var utsleppa 31 400 tonn CO2-ekvivalentar, 23 prosent lågare "
                "enn i 2009.")
        + "<div class='faktaboks'>" + e("Utslepp i 2045 etter kjelde: vegtrafikk 38 %, "
                                        "jordbruk 27 %, sjøfart 24 %, anna 11 %.") + "</div>"
        + "<h2>3 Transport og energi</h2>"
        + paras("Vegtrafikken er den største kjelda til utslepp. Kommunen vil byggje ut "
                "ladepunkt, krevje nullutslepp i eigne anbod og gjere det tryggare å gå og "
                "sykle mellom Brekkestrand og Nes. Sjøfarten skal få landstraum i hamna, og "
                "kommunale bygg skal bruke mindre energi.",
                "Jordbruket står for ein stor del av utsleppa i kommunen. Utsleppa frå "
                "jordbruket blir følgde med i klimarekneskapen.")
        + "<h2>4 Natur og arealbruk</h2>"
        + paras("Myrane i kommunen lagrar mykje karbon, og det same gjer skogen i "
                "Nesdalen. Arealdelen av kommuneplanen blir rullert i 2049.")
        + "<h2>5 Klimatilpassing</h2>"
        + paras("Tabellen viser område som er utsette for flaum, skred og havnivåstiging, "
                "og korleis omsyna skal takast vare på når arealdelen av kommuneplanen og "
                "reguleringsplanar blir laga.")
        + table_html(["Område", "Fare", "Oppfølging i arealplanane"], utsette)
        + "<h2>6 Handlingsdel</h2>"
        + paras("Tiltaka under blir finansierte over budsjettet og økonomiplanen. "
                "Handlingsdelen blir gått gjennom kvart år i samband med "
                "økonomiplanarbeidet, og nye tiltak kan då takast inn.")
        + table_html(["Nr.", "Tiltak", "Sektor", "Ansvar", "Når"], tiltak)
        + "<h2>7 Planprosessen</h2>"
        + paras("Planprogrammet låg ute på høyring frå 1. februar til 15. mars 2047. Det kom "
                "inn ni fråsegner, mellom anna frå Statsforvaltaren, fylkeskommunen og "
                "Brekkestrand bondelag. Planforslaget er utarbeidd av ei arbeidsgruppe i "
                "administrasjonen.",
                "Innspela til planprogrammet er samanfatta i vedlegg 1.")
    )
    html_pdf(d / "plan.pdf", lang="nn", title="Kommunedelplan klima og energi 2048–2060",
             css=css, body=body)
    g = [
        P("S1", s[0], "content", "covered", ev="Brekkestrand kommune skal kutte dei direkte",
          trap="an expectation of a STATSFORVALTAR's fråsegn to a planprogram, a sentence "
          "'Vi forventar at planen …' in the prose under the sub-heading 'Reduksjon av "
          "klimagassutslepp', numbered S1 … S6 by order; the sentences around it (the "
          "planretningslinjer, the klimagassrekneskap) are none. Answered in other words in "
          "'2 Klimamål' (90 % by 2040, 55 % by 2030)"),
        P("S2", s[1], "content", "partial", ev="Vegtrafikken er den største kjelda",
          missing=["tiltak for å redusere utsleppa frå landbruket"],
          trap="vegtrafikk has measures; jordbruket is only 'followed in the "
               "klimarekneskap'"),
        P("S3", s[2], "content", "covered", ev="Tabellen viser område som er utsette",
          trap="answered in '5 Klimatilpassing' and its table `Område | Fare | Oppfølging i "
               "arealplanane`"),
        P("S4", s[3], "content", "uncovered",
          trap="words in passing: '4 Natur og arealbruk' says the myrane store carbon; "
               "nothing on avoiding building on them (left to the arealdel)"),
        P("S5", s[4], "deliverable", "covered", ev="Tiltaka under blir finansierte",
          trap="the handlingsdel (table T1–T12 over the page, header row repeated) gone "
               "through every year with the økonomiplan"),
        P("S6", s[5], "process", "uncovered",
          trap="'7 Planprosessen' names the høyring of the planprogram and an "
               "arbeidsgruppe in the administrasjon; neither ungdomsrådet nor "
               "næringslivet (Brekkestrand bondelag only as one of nine fråsegner). The "
               "sentence on the framdriftsplan and the letter's close are none"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Statsforvaltaren i Vestfjord", foot1),
                producer="the statsforvaltar's fråsegn as a Word letter exported to PDF "
                "(Liberation Serif 11.5, letterhead in the header, reference table, address "
                "line and 'Side n av m' in the footer): six sentences 'Vi forventar at "
                "planen …' in the prose under four sub-headings; plan the municipality's web "
                "page printed with Chromium (DejaVu Sans, 'Side n' at the foot right), a "
                "table of utsette område and a handlingsdel table over the page with the "
                "header row repeated", points=g)


# =========================================================================== 3 va (sv)
@pair
def va(d: Path) -> dict:
    u = {
        "a": "en kartläggning av områden utanför verksamhetsområdet där det finns behov av "
             "allmänt vatten och avlopp",
        "b": "en plan för när och i vilken ordning områdena ska anslutas till det kommunala "
             "ledningsnätet",
        "c": "åtgärder för att minska tillskottsvatten och bräddningar i spillvattennätet",
        "d": "hur enskilda avlopp med bristande rening ska åtgärdas",
        "e": "en bedömning av hur dagvatten ska hanteras vid kraftiga skyfall i Björkvalla "
             "tätort",
    }
    s1 = "Förslaget till VA-plan ska skickas på samråd senast den 30 april 2048."
    s2 = ("Samråd ska ske med Länsstyrelsen, grannkommunerna Ekeby och Nordås samt "
          "Björkvalla Vatten AB.")
    m = [
        ("meta", "Kommunstyrelsen · Dnr KS 2047/318 · Beslutat 2047-05-22, § 104"),
        ("title", "Direktiv för arbetet med VA-plan för Björkvalla kommun"),
        ("h1", "Bakgrund"),
        ("p", "Björkvalla kommun saknar en samlad plan för vatten och avlopp. Länsstyrelsen "
              "har i sin tillsyn påpekat att kommunen behöver planera för utbyggnad av "
              "allmänt VA i områden med permanentboende utanför tätorterna. Flera "
              "avloppsreningsverk har dessutom problem med stora mängder tillskottsvatten, "
              "och skyfallet i augusti 2046 orsakade översvämningar i centrala Björkvalla."),
        ("p", "En VA-översikt antogs av kommunfullmäktige 2045. Den beskriver nuläget men "
              "innehåller inga ställningstaganden om åtgärder."),
        ("h1", "Syfte"),
        ("p", "Syftet är att ge kommunen ett långsiktigt underlag för beslut om vatten och "
              "avlopp fram till 2060, så att utbyggnad och underhåll kan planeras och "
              "finansieras i tid."),
        ("h1", "Uppdraget omfattar"),
        ("p", "Samhällsbyggnadsförvaltningen får i uppdrag att i samarbete med Björkvalla "
              "Vatten AB ta fram ett förslag till VA-plan. Uppdraget omfattar"),
        *[("typed", f"{k}) ", v + ("," if k not in "de" else (" och" if k == "d" else ".")),
           7, 4) for k, v in u.items()],
        ("h1", "Avgränsning"),
        ("p", "Taxor och avgifter för vatten och avlopp ingår inte i uppdraget. De behandlas "
              "av Björkvalla Vatten AB:s styrelse."),
        ("h1", "Organisation"),
        ("p", "Samhällsbyggnadschefen är uppdragsgivare. En projektgrupp med representanter "
              "för planenheten, miljöenheten och Björkvalla Vatten AB tar fram förslaget. "
              "Kommunstyrelsens arbetsutskott är styrgrupp."),
        ("h1", "Tidplan"),
        ("p", s1 + " Planen ska kunna antas av kommunfullmäktige under hösten 2048."),
        ("h1", "Samråd och förankring"),
        ("p", s2 + " Projektgruppen informerar kommunstyrelsens arbetsutskott om arbetet "
              "varje kvartal."),
        ("h1", "Kostnader"),
        ("p", "Arbetet bekostas inom samhällsbyggnadsförvaltningens budget och Björkvalla "
              "Vatten AB:s budget, med hälften var."),
    ]
    rl_pdf(d / "mandate.pdf", m, title="Direktiv VA-plan", author="Björkvalla kommun",
           family="Helvetica", size=10, head_left="BJÖRKVALLA KOMMUN",
           head_right="DIREKTIV", foot=lambda n, t: f"Sida {n} ({t})", accent="#00467F")
    omr = [
        ["1", "Sjövik", "64", "Permanentboende, dåliga enskilda brunnar, nära sjön Ljusen",
         "Hög"],
        ["2", "Ekudden", "38", "Tät bebyggelse, många avlopp utan godkänd rening", "Hög"],
        ["3", "Lilla Näs", "27", "Omvandling från fritidshus till permanentboende", "Medel"],
        ["4", "Bergsäter", "19", "Saltvatten i brunnar", "Medel"],
        ["5", "Kvarntorp", "22", "Nära vattentäkten Kvarnåsen", "Hög"],
        ["6", "Västra Lund", "14", "Gles bebyggelse, få klagomål", "Låg"],
    ]
    etapp = [
        ["1", "Sjövik", "2049–2050", "Överföringsledning till Björkvalla reningsverk",
         "42 mnkr"],
        ["2", "Kvarntorp", "2050–2051", "Anslutning till Björkvalla reningsverk", "18 mnkr"],
        ["3", "Ekudden", "2051–2053", "Tryckavlopp och överföringsledning", "36 mnkr"],
        ["4", "Lilla Näs", "2054–2055", "Anslutning via Ekudden", "21 mnkr"],
        ["5", "Bergsäter", "2056–2057", "Gemensam anläggning, senare anslutning", "15 mnkr"],
        ["6", "Västra Lund", "Efter 2060", "Enskilda lösningar tills vidare", "–"],
    ]
    p = [
        ("title", "VA-plan för Björkvalla kommun 2048–2060"),
        ("meta", "Samrådshandling · Samhällsbyggnadsförvaltningen och Björkvalla Vatten AB · "
                 "april 2048"),
        ("h1", "1 Inledning"),
        ("p", "VA-planen visar hur kommunen ska planera för vatten och avlopp fram till 2060. "
              "Den har tagits fram av en projektgrupp från planenheten, miljöenheten och "
              "Björkvalla Vatten AB enligt kommunstyrelsens direktiv från maj 2047."),
        ("p", "Planen bygger på VA-översikten från 2045 och på översiktsplanen. Taxor och "
              "avgifter behandlas inte här."),
        ("h1", "2 Områden med behov av allmänt VA"),
        ("p", "Förvaltningen har gått igenom samtliga samlade bebyggelsegrupper utanför "
              "dagens verksamhetsområde. Bedömningen bygger på antal hus, andelen "
              "permanentboende, risken för vattentäkter och sjöar samt hur de enskilda "
              "anläggningarna fungerar. Sex områden har ett behov enligt 6 § vattentjänstlagen "
              "nu eller inom planperioden."),
        ("table", ["Nr", "Område", "Fastigheter", "Motiv", "Behov"], omr,
         [1.0, 2.6, 2.2, 7.2, 1.6]),
        ("h1", "3 Utbyggnadsplan"),
        ("p", "Områdena byggs ut i den ordning som tabellen visar. Ordningen styrs av hur "
              "stort behovet är och av att ledningar till ett område ibland kan användas för "
              "nästa. Utbyggnaden finansieras med anläggningsavgifter och lån i Björkvalla "
              "Vatten AB."),
        ("table", ["Etapp", "Område", "År", "Teknisk lösning", "Kostnad"], etapp,
         [1.4, 2.6, 2.4, 6.4, 2.0]),
        ("h1", "4 Tillskottsvatten"),
        ("p", "Tillskottsvatten är dagvatten och grundvatten som läcker in i "
              "spillvattennätet. År 2046 var nästan hälften av vattnet som kom till "
              "Björkvalla reningsverk tillskottsvatten. Björkvalla Vatten AB ska filma och "
              "relina de äldsta ledningarna i Östra stan, koppla bort takavvattning från "
              "spillvattennätet och mäta flöden i pumpstationerna för att hitta läckande "
              "delar av nätet."),
        ("h1", "5 Skyfall och dagvatten i Björkvalla tätort"),
        ("p", "En skyfallskartering från 2047 visar att vatten samlas vid Stationsgatan, i "
              "Parkskolans område och vid Ågatan vid ett 100-årsregn. Kommunen ska ordna "
              "översvämningsytor i Stadsparken och på Ågatans grönområde, och nya "
              "detaljplaner ska visa hur ytvatten leds bort utan att skada byggnader."),
        ("h1", "6 Enskilda avlopp"),
        ("p", "Det finns cirka 1 400 enskilda avlopp i kommunen. Hur de ska åtgärdas kommer "
              "att behandlas i en avloppspolicy som miljöenheten tar fram."),
        ("h1", "7 Samråd"),
        ("p", "Planen skickas på samråd den 2 april 2048, och samrådet pågår till den 14 maj "
              "2048. Handlingarna skickas till Länsstyrelsen och Björkvalla Vatten AB:s "
              "styrelse, och de finns på kommunens webbplats och i biblioteket."),
        ("h1", "8 Uppföljning"),
        ("p", "Björkvalla Vatten AB redovisar hur utbyggnaden går i sin årsredovisning. "
              "Planen ses över vart fjärde år."),
    ]
    docx_pdf(d / "plan.pdf", p, title="VA-plan för Björkvalla kommun 2048–2060",
             author="Björkvalla kommun", font="Liberation Serif", size=11, lang="sv-SE",
             header="VA-plan för Björkvalla kommun · Samrådshandling",
             footer="Sida {PAGE} av {NUMPAGES}", accent="00467F", head_fill="DCE6F0")
    g = [
        P("a", u["a"], "content", "covered", ev="Förvaltningen har gått igenom samtliga",
          trap="an item of a kommunstyrelse's DIREKTIV under 'Uppdraget omfattar', typed "
          "'a) ' with a hanging indent after the lead sentence (no point); numbered by its "
          "letter, text without the marker and the closing ',' / ' och' / '.'. Answered in "
          "'2 Områden med behov av allmänt VA' and its table"),
        P("b", u["b"], "deliverable", "covered", ev="Områdena byggs ut i den ordning",
          trap="the utbyggnadsplan: table `Etapp | Område | År | Teknisk lösning | Kostnad`"),
        P("c", u["c"], "content", "partial", ev="Tillskottsvatten är dagvatten",
          missing=["åtgärder mot bräddningar"],
          trap="'4 Tillskottsvatten' has measures; bräddningar are not named"),
        P("d", u["d"], "content", "uncovered",
          trap="'6 Enskilda avlopp' gives the number and postpones the question to a coming "
               "avloppspolicy"),
        P("e", u["e"], "content", "covered", ev="En skyfallskartering från 2047",
          trap="answered in other words in '5 Skyfall och dagvatten i Björkvalla tätort'"),
        P("S1", s1, "process", "covered", ev="Planen skickas på samråd den 2 april",
          trap="the first sentence of 'Tidplan'; 2 April is before 30 April. The antagande "
               "sentence after it (fullmäktige's step) is none"),
        P("S2", s2, "process", "partial", ev="Planen skickas på samråd den 2 april",
          missing=["samråd med grannkommunerna Ekeby och Nordås"],
          trap="the first sentence of 'Samråd och förankring'; Länsstyrelsen and the VA "
               "company get the documents, the neighbouring kommuner are not named. The "
               "quarterly information to the arbetsutskott, Avgränsning, Organisation and "
               "Kostnader are none"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                drop=("BJÖRKVALLA KOMMUN DIREKTIV", "BJÖRKVALLA KOMMUN", "DIREKTIV",
                      "Sida 1 (2)", "Sida 2 (2)", "Sida 1 (1)"),
                producer="kommunstyrelsen's DIREKTIV laid out with reportlab (Helvetica 10, "
                "running head 'BJÖRKVALLA KOMMUN … DIREKTIV' over a rule, 'Sida n (m)' at the "
                "foot): Bakgrund, Syfte, 'Uppdraget omfattar' with items typed 'a) ' … 'e) ' "
                "in a hanging indent, Avgränsning, Organisation, Tidplan, 'Samråd och "
                "förankring', Kostnader; plan exported from Word (Liberation Serif 11, sv-SE, "
                "'Sida n av m'), an områden table and an utbyggnadsplan table", points=g)


# =========================================================================== 4 natur (da)
@pair
def natur(d: Path) -> dict:
    at = {
        "2": "naturplanen udpeger områder, hvor kommunen vil arbejde for mere sammenhængende "
             "natur, og viser dem på et kort",
        "3": "naturplanen indeholder mål for, hvor meget ny natur der skal etableres, og "
             "beskriver, hvordan målene følges op",
        "4": "naturplanen beskriver, hvordan kommunen vil bekæmpe invasive arter som "
             "kæmpebjørneklo og rynket rose",
        "5": "lodsejere og grønne foreninger inddrages i arbejdet gennem et Grønt Råd",
        "6": "forslaget til naturplan forelægges Klima- og Miljøudvalget inden udgangen af "
             "2047",
    }
    s1 = ("naturplanen også skal indeholde en plan for, hvordan kommunens egne parker og "
          "grønne arealer kan plejes, så de bliver mere vilde")
    header = "Vesterholm Kommune · Byrådet · Referat 24.04.2047"
    m = [
        ("meta", "Byrådet · Mødedato 24.04.2047 · Mødested: Byrådssalen, Vesterholm Rådhus"),
        ("title", "7. Igangsætning af naturplan 2048–2058"),
        ("form", [["Sagsnr.", "47.11.00-P15-3-46"], ["Sagsansvarlig", "Mette Kjær, Natur og "
                  "Vand"], ["Beslutningstema", "Byrådet skal tage stilling til rammerne for "
                  "en ny naturplan."]], [3.6, 12.8]),
        ("h2", "Sagsfremstilling"),
        ("p", "Vesterholm Kommune har ikke en samlet plan for naturen. Kommunens natur består "
              "især af små og spredte områder, og mange arter er gået tilbage. Klima- og "
              "Miljøudvalget besluttede den 7. marts 2047 at anbefale, at der udarbejdes en "
              "naturplan, som kan samle indsatsen for natur og biodiversitet."),
        ("p", "Naturplanen skal bygge videre på Grønt Danmarkskort i kommuneplanen og på "
              "kortlægningen af § 3-natur fra 2045. Planen skal være en temaplan, der "
              "vedtages af byrådet, og ikke en del af kommuneplanen."),
        ("h2", "Økonomi"),
        ("p", "Udarbejdelsen af planen forventes at koste 400.000 kr. til konsulentbistand, "
              "kortlægning og borgerinddragelse."),
        ("h2", "Indstilling"),
        ("p", "Direktionen indstiller,"),
        ("typed", "1.", "at der udarbejdes en naturplan for Vesterholm Kommune for perioden "
                        "2048–2058,", 0.9, 0.0),
        *[("typed", f"{k}.", f"at {v},", 0.9, 0.0) for k, v in at.items()],
        ("typed", "7.", "at udgifterne på 400.000 kr. finansieres af puljen til grøn "
                        "omstilling.", 0.9, 0.0),
        ("h2", "Beslutning i Byrådet den 24.04.2047"),
        ("p", "Indstillingen blev godkendt med den tilføjelse, at " + s1 + "."),
        ("p", "Fraværende: Jens Holm (V)."),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Referat Byrådet 24.04.2047 punkt 7",
             author="Vesterholm Kommune", font="DejaVu Sans", size=9.5, lang="da-DK",
             header=header, footer="Side {PAGE} af {NUMPAGES}", accent="003B5C",
             head_fill="EAF1F5")
    indsats = [
        ["Kæmpebjørneklo", "Alle kendte bestande bekæmpes hvert år i juni og august. "
         "Private lodsejere får påbud efter indsatsplanen.", "2048–2058", "Natur og Vand"],
        ["Rynket rose", "Ryddes i klitterne ved Hvidsand over tre år; de fjernede planter "
         "køres til forbrænding.", "2048–2050", "Park og Vej"],
        ["Japansk pileurt", "Registreres og graves op på kommunale arealer.", "2049–2052",
         "Park og Vej"],
        ["Mink og mårhund", "Samarbejde med Naturstyrelsen om fælder.", "Løbende",
         "Natur og Vand"],
    ]
    korr = [
        ["K1", "Vester Å-dalen", "Ådal med enge og moser", "120"],
        ["K2", "Hvidsand – Klitplantagen", "Klit, hede og plantage", "85"],
        ["K3", "Skovbæltet ved Rødby", "Skov og levende hegn", "60"],
        ["K4", "Langsø-området", "Søer og vådområder", "45"],
        ["K5", "Bygrønt i Vesterholm by", "Parker, grøftekanter og kirkegårde", "15"],
    ]
    css = ("@page{size:A4;margin:18mm 20mm 18mm 20mm;@bottom-center{content:'Side ' "
           "counter(page) ' af ' counter(pages);font:8pt 'Liberation Sans',sans-serif}}"
           "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt;"
           "line-height:1.45;color:#20302a}.top{display:flex;justify-content:space-between;"
           "font-size:8.5pt;color:#3d6b4f;border-bottom:3px solid #3d6b4f;padding-bottom:4px}"
           "h1{font-size:22pt;color:#3d6b4f;margin:14px 0 2px;font-weight:700}"
           ".sub{font-size:10pt;color:#555;margin-bottom:12px}h2{font-size:13pt;"
           "color:#3d6b4f;margin:16px 0 4px}table{border-collapse:collapse;width:100%;"
           "font-size:9pt;margin:6px 0 12px}thead{display:table-header-group}"
           "th{background:#3d6b4f;color:#fff;text-align:left}th,td{padding:4px 6px;"
           "border:1px solid #b9cdbf;vertical-align:top}tr{break-inside:avoid}"
           "blockquote{margin:8px 0;padding:6px 12px;background:#eef4ef;"
           "border-left:4px solid #3d6b4f}")
    body = (
        "<div class='top'><span>Vesterholm Kommune</span><span>Forslag · september 2047"
        "</span></div><h1>Naturplan 2048–2058</h1><div class='sub'>Mere og bedre natur i "
        "Vesterholm</div>"
        "<h2>Forord</h2>"
        + paras("Naturen i Vesterholm er under pres. Med denne plan vil byrådet give plads "
                "til mere natur, både i det åbne land og i byerne. Planen er lavet efter "
                "byrådets beslutning den 24. april 2047.")
        + "<h2>1. Mål</h2>"
        + paras("Inden 2058 skal der etableres 325 hektar ny natur i kommunen, og mindst "
                "halvdelen skal ligge i de fem naturkorridorer. Andelen af kommunens areal, "
                "der er natur, skal stige fra 9 til 11 procent.")
        + "<h2>2. Naturkorridorer</h2>"
        + paras("Vi har peget på fem korridorer, hvor små naturområder kan bindes sammen, "
                "så dyr og planter kan sprede sig. Korridorerne er vist på kort 1 bagest i "
                "planen og bygger på Grønt Danmarkskort.")
        + table_html(["Nr.", "Korridor", "Naturtype", "Ny natur (ha)"], korr)
        + "<h2>3. Invasive arter</h2>"
        + paras("Invasive arter fortrænger den oprindelige natur. Tabellen viser, hvad vi "
                "gør ved de arter, der giver de største problemer.")
        + table_html(["Art", "Indsats", "Hvornår", "Ansvarlig"], indsats)
        + "<h2>4. Kommunens egne arealer</h2>"
        + paras("Kommunen vil gå foran. Fra 2048 slås rabatterne langs de kommunale veje "
                "kun to gange om året, og det afklippede materiale fjernes, så blomsterne "
                "får bedre vilkår. Der sås hjemmehørende frøblandinger, når rabatter "
                "anlægges på ny.")
        + "<h2>5. Samarbejde</h2>"
        + paras("Det Grønne Råd med lodsejere, Danmarks Naturfredningsforening, "
                "jægerforeningerne og landboforeningen har holdt fire møder om planen. "
                "Rådet fortsætter i planperioden og mødes to gange om året.")
        + "<blockquote>" + e("Har du et areal, der kan blive til natur? Kontakt Natur og "
                             "Vand på natur@vesterholm.dk.") + "</blockquote>"
        + "<h2>6. Vedtagelse</h2>"
        + paras("Naturplanen skal vedtages af byrådet.")
    )
    html_pdf(d / "plan.pdf", lang="da", title="Naturplan 2048–2058", css=css, body=body)
    g = [
        P("2", at["2"], "content", "covered", ev="Vi har peget på fem korridorer",
          trap="an at-clause of a byråd's DAGSORDENSPUNKT (ESDH print from Word), 'Direktionen "
          "indstiller,' then clauses typed '2.' + tab + 'at …'; numbered as printed, text "
          "without the number, 'at' and the closing ','. Clause 1 (the order to make the "
          "plan) and 7 (funding) are none. Answered in other words in '2. Naturkorridorer' "
          "(kort 1)"),
        P("3", at["3"], "content", "partial", ev="Inden 2058 skal der etableres 325",
          missing=["hvordan målene følges op"],
          trap="'1. Mål' has the targets; the plan says nothing on follow-up"),
        P("4", at["4"], "content", "covered", ev="Invasive arter fortrænger",
          trap="answered in '3. Invasive arter' and the table `Art | Indsats | Hvornår | "
               "Ansvarlig` (kæmpebjørneklo, rynket rose)"),
        P("5", at["5"], "process", "covered", ev="Det Grønne Råd med lodsejere",
          trap="answered in '5. Samarbejde'"),
        P("6", at["6"], "process", "uncovered",
          trap="'6. Vedtagelse' only says the byråd adopts it; no udvalg, no date"),
        P("S1", s1, "content", "partial", ev="Kommunen vil gå foran",
          missing=["pleje af kommunens parker"],
          trap="the addition in 'Beslutning i Byrådet' ('Indstillingen blev godkendt med den "
               "tilføjelse, at …'), numbered S1, text after 'at' without the closing '.'; "
               "'4. Kommunens egne arealer' covers the road verges only, not the parks"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf", drop=(header,),
                producer="byråd's DAGSORDENSPUNKT as the case system's Word print exported to "
                "PDF (DejaVu Sans 9.5, da-DK, running header, 'Side n af m'): a case form "
                "table, Sagsfremstilling, Økonomi, 'Indstilling' with at-clauses typed "
                "'1.' … '7.' with a tab, and 'Beslutning' adding one demand; plan the "
                "municipality's web page printed with Chromium (Liberation Sans, 'Side n af "
                "m'), a korridor table and an invasive-arter table", points=g)


# =========================================================================== 5 trees (en)
@pair
def trees(d: Path) -> dict:
    rv = [
        "assess the condition of the borough's street trees and set a target for canopy "
        "cover by 2060",
        "set out how many trees the council will plant each year, and where",
        "review the council's policy on tree works requested by residents, including "
        "overhanging branches and leaf fall",
        "identify opportunities for community planting and for volunteer tree wardens",
        "include an action plan with lead officers and timescales",
    ]
    s1 = ("A draft strategy will be published for a six-week public consultation, and ward "
          "councillors will be briefed before it is published.")
    s2 = ("The Parks and Open Spaces Manager will report progress against the action plan to "
          "the Environment Scrutiny Panel every year.")
    css = ("@page{size:A4;margin:16mm 18mm 18mm 18mm;@bottom-left{content:'Ashcombe Borough "
           "Council – Scoping brief';font:8pt 'Liberation Serif',serif;color:#444}"
           "@bottom-right{content:'Page ' counter(page) ' of ' counter(pages);font:8pt "
           "'Liberation Serif',serif;color:#444}}body{font-family:'Liberation Serif',serif;"
           "font-size:11pt;line-height:1.4;color:#111}.crumb{font-size:8.5pt;color:#5a2a6e;"
           "margin-bottom:8px}.crumb span{margin-right:6px}h1{font-size:18pt;margin:4px 0 "
           "10px;color:#5a2a6e}h2{font-size:12.5pt;margin:14px 0 4px;color:#5a2a6e}"
           "dl{display:grid;grid-template-columns:38mm 1fr;gap:2px 8px;font-size:10pt;"
           "border-top:1px solid #ccc;border-bottom:1px solid #ccc;padding:6px 0}"
           "dt{font-weight:bold}dd{margin:0}ul{margin:4px 0 8px 0;padding-left:22px}"
           "li{margin:2px 0}")
    body = (
        "<div class='crumb'><span>Home</span>›<span>Councillors and committees</span>›"
        "<span>Environment Scrutiny Panel</span>›<span>Documents</span></div>"
        "<h1>Scoping brief: Review of the Tree and Woodland Strategy</h1>"
        "<dl><dt>Sponsor</dt><dd>Cabinet Member for Environment and Climate</dd>"
        "<dt>Lead officer</dt><dd>Parks and Open Spaces Manager</dd>"
        "<dt>Agreed</dt><dd>Environment Scrutiny Panel, 11 January 2047</dd>"
        "<dt>Status</dt><dd>Final</dd></dl>"
        "<h2>Background</h2>"
        + paras("Ashcombe’s Tree and Woodland Strategy was adopted in 2036 and runs out at "
                "the end of 2047. Since then the council has declared a climate emergency, "
                "ash dieback has reached every ward, and the number of complaints about "
                "council trees has doubled.",
                "Canopy cover in the borough was measured at 16 per cent in 2045, with "
                "large differences between the leafy western wards and the town centre.")
        + "<h2>Scope</h2>"
        + paras("The review will produce a new Tree and Woodland Strategy for 2048–2060. "
                "The review will:")
        + "<ul>" + "".join(f"<li>{e(t)}</li>" for t in rv) + "</ul>"
        + paras("Trees on private land, other than those protected by Tree Preservation "
                "Orders, are outside the scope of the review. So are the council’s "
                "woodland holdings at Hartwell Forest, which have their own management "
                "plan.")
        + "<h2>Engagement</h2>"
        + paras(s1 + " Officers will also meet the Ashcombe Tree Forum.")
        + "<h2>Timescales</h2>"
        + paras("Evidence gathering: January to April 2047. Draft strategy: May 2047. "
                "Cabinet will consider the final strategy in November 2047.")
        + "<h2>Governance</h2>"
        + paras(s2 + " Any additional budget needed to deliver the strategy will be sought "
                "through the annual budget process.")
    )
    html_pdf(d / "mandate.pdf", lang="en-GB", title="Scoping brief: Tree and Woodland "
             "Strategy review", css=css, body=body)
    actions = [
        ["A1", "Plant 1,200 trees a year, 60 per cent of them in the five wards with the "
         "lowest canopy", "Parks and Open Spaces Manager", "Every planting season"],
        ["A2", "Replace every council tree felled for ash dieback with two new trees",
         "Arboricultural Officer", "2048–2052"],
        ["A3", "Map canopy cover again from aerial images", "GIS Team", "2050, 2055, 2060"],
        ["A4", "Publish the policy on tree works requested by residents on the council "
         "website", "Arboricultural Officer", "March 2048"],
        ["A5", "Add street tree planting to the design guide for new roads",
         "Highways Design Manager", "2048"],
        ["A6", "Plant a tree for every child born in the borough in the Millfield "
         "woodland", "Parks and Open Spaces Manager", "From 2049"],
        ["A7", "Fell and replant the ash trees along Station Road", "Arboricultural Officer",
         "2048–2049"],
        ["A8", "Set up a tree fund for developer contributions", "Planning Policy Manager",
         "2049"],
        ["A9", "Plant hedges along six school boundaries", "Parks and Open Spaces Manager",
         "2049–2051"],
        ["A10", "Review the tree risk inspection cycle", "Arboricultural Officer", "2050"],
        ["A11", "Report to the Environment Scrutiny Panel on the strategy",
         "Parks and Open Spaces Manager", "Each autumn"],
    ]
    wards = [
        ["Town Centre", "7", "Up to 320"],
        ["Brookside", "9", "Up to 180"],
        ["Eastgate", "10", "Up to 140"],
        ["Millfield", "11", "Up to 60"],
        ["Kingsway", "12", "Up to 20"],
    ]
    p = [
        ("title", "Ashcombe Tree and Woodland Strategy 2048–2060"),
        ("meta", "Ashcombe Borough Council · Draft for consultation · June 2047"),
        ("h1", "1. Why trees matter"),
        ("p", "Trees cool our streets, hold back rainwater and store carbon. They make the "
              "borough a better place to live. This strategy replaces the 2036 strategy and "
              "follows a review by the Environment Scrutiny Panel."),
        ("h1", "2. Our canopy"),
        ("p", "Canopy cover in Ashcombe was 16 per cent in 2045. Our aim is to reach "
              "22 per cent by 2060, and no ward should have less than 12 per cent. We will "
              "measure canopy cover every five years."),
        ("h1", "3. Planting"),
        ("p", "We will plant 1,200 trees every year. Most of them will go to the five wards "
              "with the lowest canopy, where streets are hottest in summer. The table shows "
              "the wards and how many trees each can expect a year."),
        ("table", ["Ward", "Canopy 2045 (%)", "New trees a year"], wards, [6.0, 4.0, 4.0]),
        ("h1", "4. Requests from residents"),
        ("p", "Many residents ask us to prune or fell council trees. We will not fell or prune "
              "a healthy council tree because of leaf fall, bird droppings, shade on solar "
              "panels or poor TV reception. Branches that hang over a private garden will be "
              "cut back to the boundary on request, but only where they touch a building or "
              "block a path. Trees that are dying or dangerous will always be dealt with."),
        ("h1", "5. Working with communities"),
        ("p", "Community groups and volunteers play an important part in caring for trees in "
              "Ashcombe."),
        ("h1", "6. Action plan"),
        ("p", "The actions below will deliver the strategy. Each has a lead officer and a "
              "date."),
        ("table", ["Ref", "Action", "Lead officer", "When"], actions, [1.4, 8.6, 4.2, 3.0]),
        ("h1", "7. Consultation"),
        ("p", "This draft is published for public consultation from 14 June to 26 July 2047. "
              "Comments can be made online or at the Civic Centre."),
        ("h1", "8. Monitoring"),
        ("p", "Progress will be reported annually to councillors on the Environment Scrutiny "
              "Panel by the Parks and Open Spaces Manager."),
    ]
    docx_pdf(d / "plan.pdf", p, title="Ashcombe Tree and Woodland Strategy 2048–2060",
             author="Ashcombe Borough Council", font="Liberation Sans", size=10.5,
             lang="en-GB", header="Tree and Woodland Strategy 2048–2060 – consultation draft",
             footer="{PAGE}", accent="5A2A6E", head_fill="E8DDEE")
    g = [
        P("1", rv[0], "content", "partial", ev="Canopy cover in Ashcombe was 16 per cent",
          missing=["the condition of the street trees"],
          trap="a bullet of a SCOPING BRIEF's 'Scope' after 'The review will:' (the lead "
          "and 'The review will produce …' are the mandate, no point), numbered by its "
          "place; text the bullet. A canopy target is set, the condition of the street "
          "trees is not assessed"),
        P("2", rv[1], "content", "covered", ev="We will plant 1,200 trees every year",
          trap="answered in '3. Planting' and its ward table"),
        P("3", rv[2], "content", "covered", ev="Many residents ask us to prune",
          trap="answered in other words in '4. Requests from residents'"),
        P("4", rv[3], "content", "uncovered",
          trap="words in passing: '5. Working with communities' has one sentence; no "
               "community planting or tree wardens"),
        P("5", rv[4], "deliverable", "covered", ev="The actions below will deliver",
          trap="the action table `Ref | Action | Lead officer | When` over the page with "
               "the header row repeated. The out-of-scope paragraph after the bullets is "
               "none"),
        P("S1", s1, "process", "partial", ev="This draft is published for public",
          missing=["ward councillors briefed before publication"],
          trap="the first sentence of 'Engagement'; 14 June – 26 July is six weeks, the "
               "ward councillors are not named. The Tree Forum sentence, the Timescales "
               "(Cabinet considers) and the budget sentence are none"),
        P("S2", s2, "process", "covered", ev="Progress will be reported annually",
          trap="the first sentence of 'Governance'; answered in other words in "
               "'8. Monitoring' (and A11)"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Ashcombe Borough Council – Scoping brief",),
                producer="scoping brief as the council's committee web page printed with "
                "Chromium (Liberation Serif 11, breadcrumb, a definition list, 'Page n of "
                "m' and a footer line): 'The review will:' and five HTML bullets under "
                "'Scope', process sentences under Engagement and Governance; plan exported "
                "from Word (Liberation Sans 10.5, en-GB, running header, bare page "
                "number), a ward table and an action table over two pages with the header "
                "row repeated", points=g)


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.mandates_main)."""
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder=BUILDER)


BUILDER = "corpora/mandates-blind33/make_pairs.py"

if __name__ == "__main__":
    main(sys.argv[1:])
