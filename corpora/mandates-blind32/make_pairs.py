"""Build the thirty-second blind batch of mandate/plan pairs under corpora/mandates-blind32/ and their gold.

Written on 2026-12-05 without reading plancheck's code. COMMON mandate forms on surfaces of this
batch's own: a bokmål OPPDRAGSBREV from the kommunedirektør (Word → PDF) with a 'Bestilling'
bullet list and process sentences under 'Medvirkning og frister'; a nynorsk MØTEPROTOKOLL of a
kommunestyre (the case system's print, reportlab) whose vedtak points "1)" … "7)" sit among
other saker and run over the page; a Swedish PLANPROGRAM (Word → PDF) whose chapter on the
plan's content is a table 'Tema | Frågeställningar'; a Danish DAGSORDEN/BESLUTNINGSPROTOKOL
printed from the web (Chromium) with an 'Indstilling' of "at"-clauses and an addition in the
'Beslutning'; an English CABINET MINUTE (reportlab) 'RESOLVED' (1)–(4) with sub-points (i)–(iv).
Plans: reportlab, Word, Chromium; several pages each, tables running over pages with repeated
header rows.

    python corpora/mandates-blind32/make_pairs.py               # all pairs
    python corpora/mandates-blind32/make_pairs.py --verify      # gold quotes against pdftotext
    python corpora/mandates-blind32/make_pairs.py --twice       # build twice, compare sha256

Imports the twentieth batch's builder through pairkit (P, verify, the construction check) and
blindkit's freeze_zip / soffice_pdf / chromium_pdf / reportlab_fonts; own writers `docx_pdf`
(python-docx → LibreOffice), `rl_pdf` (reportlab) and `web_pdf` (Chromium).
"""

from __future__ import annotations

import copy
import datetime as _dt
import html as _h
import shutil
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


# --------------------------------------------------------------------------- own writers


def _field(run, instr: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"),
                       ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == instr:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instr} "
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)


def docx_pdf(blocks: list[tuple], pdf: Path, *, lang: str, font: str, size: float,
             header: str, footer: tuple[str, str], title: str, author: str,
             landscape: bool = False) -> Path:
    """A Word document (python-docx) exported by LibreOffice; the .docx is not kept.
    Blocks: title / meta / h1 / h2 / p / bullets (Word 'List Bullet') / kv (two-column
    borderless table) / table (head, rows, widths cm: header row repeated on each page).
    FOOTER = (word before the page number, word before the page count) e.g. ('Side', 'av')."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    cp = doc.core_properties
    fixed = _dt.datetime(2024, 1, 1)
    cp.created = cp.modified = cp.last_printed = fixed
    cp.title, cp.author, cp.last_modified_by, cp.revision = title, author, author, 1
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.4), Cm(2.2)
    st = doc.styles["Normal"]
    st.font.name, st.font.size = font, Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    lg = OxmlElement("w:lang")
    lg.set(qn("w:val"), lang)
    rpr.append(lg)
    st.paragraph_format.space_after = Pt(5)
    for name, sz in (("Heading 1", size + 3), ("Heading 2", size + 1), ("Title", size + 9)):
        hs = doc.styles[name]
        hs.font.name, hs.font.size, hs.font.bold = font, Pt(sz), True
        hs.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        hr = hs.element.get_or_add_rPr().find(qn("w:rFonts"))
        if hr is None:
            hr = OxmlElement("w:rFonts")
            hs.element.get_or_add_rPr().append(hr)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            hr.set(qn(a), font)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if hr.get(qn(a)) is not None:
                del hr.attrib[qn(a)]
    hp = sec.header.paragraphs[0]
    hp.text = header
    hp.runs[0].font.size = Pt(8.5)
    hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for part in (f"{footer[0]} ", "PAGE", f" {footer[1]} ", "NUMPAGES"):
        r = fp.add_run()
        r.font.size = Pt(8.5)
        if part in ("PAGE", "NUMPAGES"):
            _field(r, part)
        else:
            r.text = part

    def borders(tbl, on: bool):
        tblpr = tbl._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "single" if on else "nil")
            el.set(qn("w:sz"), "4")
            el.set(qn("w:color"), "808080")
            b.append(el)
        tblpr.append(b)

    for b in blocks:
        k = b[0]
        if k == "title":
            doc.add_paragraph(b[1], style="Title")
        elif k == "meta":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.italic, r.font.size = True, Pt(size - 1.5)
        elif k in ("h1", "h2"):
            doc.add_paragraph(b[1], style="Heading 1" if k == "h1" else "Heading 2")
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "bullets":
            for item in b[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif k in ("kv", "table"):
            head, rows, widths = (None, b[1], b[2]) if k == "kv" else b[1:4]
            allrows = ([head] if head else []) + rows
            t = doc.add_table(rows=len(allrows), cols=len(allrows[0]))
            borders(t, k == "table")
            t.autofit = False
            for j, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
                gc.set(qn("w:w"), str(int(widths[j] * 567)))
            for i, row in enumerate(allrows):
                for j, txt in enumerate(row):
                    c = t.cell(i, j)
                    c.width = Cm(widths[j])
                    c.text = ""
                    r = c.paragraphs[0].add_run(txt)
                    r.font.size = Pt(size - 1)
                    if (head and i == 0) or (k == "kv" and j == 0):
                        r.bold = True
                    if head and i == 0:
                        shd = OxmlElement("w:shd")
                        shd.set(qn("w:val"), "clear")
                        shd.set(qn("w:fill"), "DCE6F0")
                        c._tc.get_or_add_tcPr().append(shd)
            if head:
                trpr = t.rows[0]._tr.get_or_add_trPr()
                th = OxmlElement("w:tblHeader")
                th.set(qn("w:val"), "true")
                trpr.append(th)
            doc.add_paragraph()
        elif k == "break":
            doc.add_page_break()
        else:
            raise ValueError(k)
    with tempfile.TemporaryDirectory(prefix="mblind32-docx-") as tmp:
        src = Path(tmp) / (pdf.stem + ".docx")
        doc.save(src)
        bk.freeze_zip(src)
        out = bk.soffice_pdf(src, Path(tmp))
        shutil.copyfile(out, pdf)
    return pdf


def rl_pdf(path: Path, blocks: list[tuple], *, title: str, author: str, head: str,
           foot: str, font: str = "LS", size: float = 10.0) -> Path:
    """A print laid out with reportlab (invariant): running head at the top left and the page
    as FOOT.format(n=…) at the bottom right, no rule. Font 'LS' = Liberation Sans (registered),
    or a core font family ('Helvetica'). Blocks: title / meta / h1 / h2 / p / hang (marker,
    text, indent mm, left mm) / table (head, rows, widths mm; header row repeated) / space mm."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if font == "LS":
        bk.reportlab_fonts("LS")
        reg, bold, ital = "LS", "LS-Bold", "LS-Italic"
    else:
        reg, bold = (font, f"{font}-Bold") if font != "Times" else ("Times-Roman", "Times-Bold")
        ital = {"Times": "Times-Italic"}.get(font, f"{font}-Oblique")
    base = ParagraphStyle("b", fontName=reg, fontSize=size, leading=size * 1.38, spaceAfter=5)
    small = ParagraphStyle("s", parent=base, fontName=ital, fontSize=size - 1.5,
                           leading=(size - 1.5) * 1.3)
    cell = ParagraphStyle("c", parent=base, fontSize=size - 1, leading=(size - 1) * 1.3,
                          spaceAfter=0)
    h1 = ParagraphStyle("h1", parent=base, fontName=bold, fontSize=size + 3,
                        leading=(size + 3) * 1.3, spaceBefore=9, spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=base, fontName=bold, fontSize=size + 0.5,
                        leading=(size + 0.5) * 1.3, spaceBefore=6, spaceAfter=2)
    tit = ParagraphStyle("t", parent=base, fontName=bold, fontSize=size + 8,
                         leading=(size + 8) * 1.25, spaceAfter=6)
    story = []
    for b in blocks:
        k = b[0]
        if k == "title":
            story.append(Paragraph(_h.escape(b[1]), tit))
        elif k == "meta":
            story.append(Paragraph(_h.escape(b[1]), small))
        elif k in ("h1", "h2"):
            story.append(Paragraph(_h.escape(b[1]), h1 if k == "h1" else h2))
        elif k == "p":
            story.append(Paragraph(_h.escape(b[1]), base))
        elif k == "hang":
            marker, text, indent, left = b[1:5]
            sty = ParagraphStyle(f"hg{indent}-{left}", parent=base,
                                 leftIndent=(left + indent) * mm, firstLineIndent=-indent * mm)
            story.append(Paragraph(_h.escape(marker + text), sty))
        elif k == "table":
            _, hd, rows, widths = b
            data = [[Paragraph(f"<b>{_h.escape(c)}</b>", cell) for c in hd]]
            data += [[Paragraph(_h.escape(c), cell) for c in r] for r in rows]
            t = Table(data, colWidths=[w * mm for w in widths], hAlign="LEFT", repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "#9A9A9A"),
                                   ("BACKGROUND", (0, 0), (-1, 0), "#E4E9EF"),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]))
            story += [t, Spacer(1, 3 * mm)]
        elif k == "space":
            story.append(Spacer(1, b[1] * mm))
        else:
            raise ValueError(k)

    def onpage(canvas, doc):
        w, h = A4
        canvas.saveState()
        canvas.setFont(reg, 8)
        canvas.setFillColor("#555555")
        canvas.drawString(20 * mm, h - 11 * mm, head)
        canvas.drawRightString(w - 20 * mm, 11 * mm, foot.format(n=doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=title, author=author,
                            creator=author, invariant=1)
    doc.build(copy.deepcopy(story), onFirstPage=onpage, onLaterPages=onpage)
    return path


def web_pdf(path: Path, *, lang: str, title: str, css: str, body: str) -> Path:
    """A web page (own template) printed with Chromium."""
    page = (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>"
            f"{_h.escape(title)}</title><style>{css}</style></head><body>{body}</body></html>")
    with tempfile.TemporaryDirectory(prefix="mblind32-web-") as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(page, encoding="utf-8")
        bk.chromium_pdf(src, path)
    return path


def e(s: str) -> str:
    return _h.escape(s)


def ps(*texts: str) -> str:
    return "".join(f"<p>{e(t)}</p>" for t in texts)


def table_html(head: list[str], rows: list[list[str]]) -> str:
    th = "".join(f"<th>{e(c)}</th>" for c in head)
    tr = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{th}</tr></thead><tbody>{tr}</tbody></table>"


# =========================================================================== 1 vold (nb)
@pair
def vold(d: Path) -> dict:
    b = [
        "gir en oversikt over omfanget av vold i nære relasjoner i Brekkvik",
        "beskriver hvordan ansatte i barnehage, skole og helsetjenesten skal avdekke vold, og "
        "hvem de skal melde fra til",
        "inneholder tiltak for barn som lever med vold i familien",
        "vurderer behovet for et behandlingstilbud til voldsutøvere",
        "har en tiltaksdel der hvert tiltak har en ansvarlig enhet og en frist",
        "sikrer at personer som ikke snakker norsk, får informasjon om hjelpetilbudet på sitt "
        "eget språk",
    ]
    s1 = "Planen skal utarbeides i samarbeid med politiet og Krisesenteret i Midt-Fjorden."
    s2 = "Utkast til plan legges fram for formannskapet innen 1. mars 2048."
    header = "Brekkvik kommune – Kommunedirektøren"
    m = [
        ("meta", "Brekkvik kommune"),
        ("title", "Oppdragsbrev"),
        ("kv", [["Til:", "Kommunalsjef helse og velferd"],
                ["Fra:", "Kommunedirektøren"],
                ["Dato:", "22.08.2047"],
                ["Vår ref.:", "2047/2214-1"]], [3.2, 10.0]),
        ("h1", "Handlingsplan mot vold i nære relasjoner 2048–2051"),
        ("h2", "Bakgrunn"),
        ("p", "Kommunestyret vedtok i budsjettet for 2047 at Brekkvik skal ha en egen "
              "handlingsplan mot vold i nære relasjoner. Kommunen har i dag ingen samlet plan "
              "på området, og rutinene varierer mellom enhetene. Regjeringens "
              "opptrappingsplan forutsetter at alle kommuner har en slik plan."),
        ("p", "Politiet i Brekkvik registrerte 41 anmeldelser om vold i nære relasjoner i "
              "2046, mot 29 året før. Mange saker blir aldri anmeldt."),
        ("h2", "Bestilling"),
        ("p", "Kommunalsjef helse og velferd bes om å utarbeide en handlingsplan som:"),
        ("bullets", b),
        ("p", "Planen skal ikke omfatte krisesentertilbudet, som er regulert i en egen avtale "
              "med vertskommunen."),
        ("h2", "Medvirkning og frister"),
        ("p", s1 + " Brukerrepresentanter bør involveres der det er mulig. " + s2),
        ("h2", "Ressurser"),
        ("p", "Arbeidet gjøres innenfor eksisterende rammer. Det kan brukes inntil 60 000 "
              "kroner til ekstern bistand."),
        ("p", "Med hilsen"),
        ("p", "Terje Oppedal, kommunedirektør"),
    ]
    docx_pdf(m, d / "mandate.pdf", lang="nb-NO", font="Liberation Sans", size=11,
             header=header, footer=("Side", "av"), title="Oppdragsbrev – handlingsplan mot "
             "vold i nære relasjoner", author="Brekkvik kommune")
    tiltak = [
        ["1", "Alle ansatte i barnehage og skole gjennomfører e-læringskurset «Snakke med "
         "barn» fra RVTS.", "Oppvekst", "Juni 2048"],
        ["2", "Helsestasjonen spør alle foreldre om vold ved fireårskontrollen.",
         "Helsestasjonen", "Fra 2048"],
        ["3", "Fastleger og legevakt får en felles veileder for å stille spørsmål om vold.",
         "Kommuneoverlegen", "Desember 2048"],
        ["4", "Barn som har vært utsatt for vold, får tilbud om samtalegruppe «Sterke sammen» "
         "to ganger i året.", "Familiens hus", "Fra høsten 2048"],
        ["5", "Barnehuset i Midt-Fjorden brukes ved tilrettelagte avhør, og barnevernet følger "
         "opp barnet etterpå.", "Barnevernet", "Løpende"],
        ["6", "Skolehelsetjenesten har faste samtaler med elever der det er meldt bekymring "
         "om vold.", "Skolehelsetjenesten", "Fra 2049"],
        ["7", "Informasjonsfolderen om hjelpetilbudet oversettes til arabisk, tigrinja, polsk "
         "og somali.", "Helse og velferd", "Mars 2049"],
        ["8", "Kvalifisert tolk brukes alltid i samtaler om vold, aldri familie eller barn.",
         "Alle enheter", "Løpende"],
        ["9", "Ressursteamet mot vold møtes hver måned og gir råd i enkeltsaker.",
         "Helse og velferd", "Fra januar 2048"],
        ["10", "Planen evalueres, og tallene i kapittel 2 oppdateres.", "Helse og velferd",
         "Desember 2050"],
    ]
    p = [
        ("title", "Handlingsplan mot vold i nære relasjoner 2048–2051"),
        ("meta", "Brekkvik kommune · Helse og velferd · Utkast januar 2048"),
        ("h1", "1 Om planen"),
        ("p", "Kommunedirektøren ga i oppdragsbrev av 22. august 2047 helse og velferd i "
              "oppdrag å lage en handlingsplan mot vold i nære relasjoner. Planen gjelder for "
              "alle kommunens tjenester som møter barn, unge og voksne."),
        ("p", "Planen er skrevet av en arbeidsgruppe med representanter fra oppvekst, "
              "helse og velferd, barnevernet og Brekkvik lensmannskontor. Politiet deltok på "
              "tre av fem møter."),
        ("h1", "2 Hvor stort er problemet"),
        ("p", "Politiet fikk 41 anmeldelser om vold i nære relasjoner i Brekkvik i 2046. "
              "Barnevernet mottok 33 bekymringsmeldinger der vold i hjemmet var nevnt, og "
              "legevakten behandlet 18 personer for skader etter vold fra en partner. Ut fra "
              "nasjonale undersøkelser regner vi med at om lag 400 innbyggere har vært utsatt "
              "for alvorlig vold fra en partner i løpet av livet."),
        ("h1", "3 Å se og spørre"),
        ("p", "Ansatte som jobber med barn og familier, skal være trygge på å spørre om vold. "
              "Derfor skal alle ansatte i barnehager og skoler gjennomføre e-læringskurset "
              "«Snakke med barn», og helsestasjonen og fastlegene skal spørre rutinemessig. "
              "Ressursteamet mot vold gir råd når en ansatt er usikker på hva hun har sett."),
        ("h1", "4 Barn som lever med vold"),
        ("p", "Barn som ser eller hører vold, er selv utsatt for vold. Familiens hus starter "
              "samtalegrupper for barn, og barnevernet følger opp barn etter avhør i "
              "Barnehuset. Tiltakene står som nr. 4, 5 og 6 i tiltaksdelen."),
        ("h1", "5 De som utøver vold"),
        ("p", "Et tilbud til voldsutøvere vil bli vurdert ved rulleringen av planen i 2050."),
        ("h1", "6 Språk og informasjon"),
        ("p", "Mange som trenger hjelp, forstår lite norsk. Informasjonsfolderen om "
              "hjelpetilbudet skal finnes på de fire språkene flest innvandrere i Brekkvik "
              "snakker, og det skal alltid brukes kvalifisert tolk."),
        ("h1", "7 Tiltaksdel"),
        ("p", "Tabellen viser tiltakene, hvem som har ansvaret, og når tiltaket skal være "
              "gjennomført."),
        ("table", ["Nr.", "Tiltak", "Ansvarlig", "Frist"], tiltak, [11, 95, 36, 28]),
        ("h1", "8 Videre behandling"),
        ("p", "Planen legges fram for formannskapet 14. februar 2048 og deretter for "
              "kommunestyret."),
    ]
    rl_pdf(d / "plan.pdf", p, title="Handlingsplan mot vold i nære relasjoner 2048–2051",
           author="Brekkvik kommune", head="Brekkvik kommune | Handlingsplan mot vold i nære "
           "relasjoner", foot="{n}", font="LS", size=10.5)
    g = [
        P("1", b[0], "content", "covered", ev="Politiet fikk 41 anmeldelser",
          trap="a Word bullet of the OPPDRAGSBREV's 'Bestilling' after 'bes om å utarbeide en "
          "handlingsplan som:' (the lead is the mandate), numbered by place; answered in "
          "'2 Hvor stort er problemet'"),
        P("2", b[1], "content", "partial", ev="Ansatte som jobber med barn og familier",
          missing=["hvem ansatte skal melde fra til"],
          trap="how to avdekke (kurs, spørre rutinemessig) is there; no melding route "
          "(barnevern, politi) is named"),
        P("3", b[2], "content", "covered", ev="Barn som ser eller hører vold",
          trap="answered in '4 Barn som lever med vold' and rows 4–6"),
        P("4", b[3], "content", "uncovered",
          trap="a promise to look at it later: '5 De som utøver vold' postpones the tilbud to "
          "2050"),
        P("5", b[4], "deliverable", "covered", ev="Tabellen viser tiltakene, hvem",
          trap="the tiltak table `Nr. | Tiltak | Ansvarlig | Frist` running over the page"),
        P("6", b[5], "content", "covered", ev="Mange som trenger hjelp, forstår lite",
          trap="answered in other words ('forstår lite norsk', folder on four languages, "
          "tolk). The exclusion after the list (krisesentertilbudet) is none"),
        P("S1", s1, "process", "partial", ev="Planen er skrevet av en arbeidsgruppe",
          missing=["samarbeid med Krisesenteret i Midt-Fjorden"],
          trap="a sentence of 'Medvirkning og frister'; politiet (lensmannskontoret) took "
          "part, the krisesenter is not named. 'Brukerrepresentanter bør involveres' (a "
          "wish) and 'Ressurser' are none"),
        P("S2", s2, "process", "covered", ev="Planen legges fram for formannskapet",
          trap="14 February 2048 is before 1 March"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf", drop=(header,),
                producer="oppdragsbrev from the kommunedirektør written in Word (python-docx, "
                "Liberation Sans 11, running header, 'Side n av m' at the right) and exported "
                "by LibreOffice: a Til/Fra/Dato table, 'Bestilling' with a Word bullet list "
                "after 'handlingsplan som:', process sentences in 'Medvirkning og frister'; "
                "plan laid out with reportlab (Liberation Sans 10.5, running head, bare page "
                "number), chapters and a tiltak table over the page with its header repeated",
                points=g)


# =========================================================================== 2 trafikk (nn)
@pair
def trafikk(d: Path) -> dict:
    v = {
        "1": "Kommunestyret ber kommunedirektøren utarbeide ein trafikktryggingsplan for "
             "Hovdefjord kommune for perioden 2048–2051.",
        "2": "Planen skal ha ei oversikt over trafikkulukker med personskade i kommunen dei "
             "siste ti åra.",
        "3": "Planen skal vurdere skulevegen til alle dei tre barneskulane, og peike på "
             "strekningar der elevane bør få skuleskyss fordi vegen er særleg farleg.",
        "4": "Planen skal innehalde tiltak for gåande og syklande langs fylkesveg 5410 gjennom "
             "Haugsbygda.",
        "5": "Planen skal oppfylle krava for at Hovdefjord kan bli godkjend som Trafikksikker "
             "kommune.",
        "6": "Ungdomsrådet og Statens vegvesen skal få kome med innspel før planen blir lagd "
             "ut på høyring.",
        "7": "Planen skal leggjast fram for kommunestyret til vedtak innan 1. juni 2048.",
    }
    head = "Hovdefjord kommune – Møteprotokoll Kommunestyret 19.09.2047"
    m = [
        ("title", "Møteprotokoll"),
        ("meta", "Utval: Kommunestyret   Møtestad: Kommunestyresalen, Hovdefjord rådhus   "
                 "Dato: 19.09.2047   Tid: 18:00 – 21:40"),
        ("p", "Til stades: 23 av 25 representantar. Forfall: Lars Hovden (H), Marit Sæbø (Sp). "
              "Varamedlem: Ivar Nesheim (H). Frå administrasjonen: kommunedirektør Randi "
              "Eikeland, kommunalsjef teknisk Olav Rysstad."),
        ("h1", "PS 51/47 Godkjenning av innkalling og sakliste"),
        ("h2", "Kommunestyret sitt vedtak"),
        ("p", "Innkalling og sakliste vart godkjende utan merknader."),
        ("h1", "PS 52/47 Ny brannstasjon – val av tomt"),
        ("h2", "Kommunedirektøren si innstilling"),
        ("p", "Kommunestyret vel tomta på Skeie næringsområde til ny brannstasjon. "
              "Kommunedirektøren får fullmakt til å kjøpe tomta for inntil 4,2 millionar "
              "kroner."),
        ("h2", "Handsaming i møtet"),
        ("p", "Olav Rysstad orienterte om utrykkingstider frå dei to alternative tomtene. Sigrid "
              "Flatebø (Ap) sette fram forslag om at tomta på Hovdeneset òg skulle utgreiast "
              "vidare. Forslaget fekk 6 røyster og fall. Innstillinga vart vedteken med 17 mot "
              "6 røyster."),
        ("h2", "Kommunestyret sitt vedtak"),
        ("p", "Kommunestyret vel tomta på Skeie næringsområde til ny brannstasjon. "
              "Kommunedirektøren får fullmakt til å kjøpe tomta for inntil 4,2 millionar "
              "kroner."),
        ("h1", "PS 53/47 Oppstart av arbeid med trafikktryggingsplan 2048–2051"),
        ("h2", "Kommunedirektøren si innstilling"),
        ("p", "Som vedtaket, utan punkt 5 og 6."),
        ("h2", "Handsaming i møtet"),
        ("p", "Tor Helge Aasen (KrF) sette fram tilleggsforslag om at planen skal oppfylle "
              "krava til Trafikksikker kommune, og at ungdomsrådet og Statens vegvesen skal få "
              "kome med innspel. Det vart røysta over innstillinga og tilleggsforslaget "
              "samla. Samrøystes vedteke."),
        ("p", "Kommunestyret drøfta også kva som er farleg skuleveg, og fleire representantar "
              "viste til at foreldre i Haugsbygda har klaga på at det ikkje er gang- og "
              "sykkelveg langs fylkesvegen. Kommunedirektøren orienterte om at "
              "fylkeskommunen har varsla at dei ikkje har midlar til tiltak før 2050."),
        ("p", "Olav Rysstad svara på spørsmål om kostnadene. Planarbeidet blir gjort av "
              "teknisk eining saman med oppvekst, og det er ikkje sett av eigne midlar. "
              "Tiltak i planen som krev investeringar, må takast inn i økonomiplanen på "
              "vanleg måte."),
        ("h2", "Kommunestyret sitt vedtak"),
        *[("hang", f"{k}) ", t, 7, 0) for k, t in v.items()],
        ("h1", "PS 54/47 Referatsaker"),
        ("p", "Referatsakene vart tekne til orientering."),
        ("p", "Rett utskrift stadfestar: Kari Nordbø, møtesekretær"),
    ]
    rl_pdf(d / "mandate.pdf", m, title="Møteprotokoll Kommunestyret 19.09.2047",
           author="Hovdefjord kommune", head=head, foot="Side {n}", font="Helvetica",
           size=10.5)
    ulukker = [
        ["2037", "6", "0"], ["2038", "4", "1"], ["2039", "7", "0"], ["2040", "3", "0"],
        ["2041", "5", "0"], ["2042", "8", "1"], ["2043", "4", "0"], ["2044", "6", "0"],
        ["2045", "3", "0"], ["2046", "5", "1"],
    ]
    tiltak = [
        ["T1", "Fortau langs Skulevegen frå Hovde skule til bustadfeltet på Lia", "Kommunen",
         "2048", "2,6 mill."],
        ["T2", "Opphøgd gangfelt ved Nesheim skule", "Kommunen", "2048", "0,4 mill."],
        ["T3", "Gang- og sykkelveg langs fv. 5410 frå Haugsbygda skule til butikken, 1,1 km",
         "Fylkeskommunen", "2050", "14 mill."],
        ["T4", "Fartsgrense 40 km/t og fartsdump på fv. 5410 gjennom Haugsbygda sentrum",
         "Fylkeskommunen", "2049", "0,3 mill."],
        ["T5", "Belysning av busslommene på fv. 5410", "Fylkeskommunen", "2049", "0,8 mill."],
        ["T6", "Sykkeldag og refleksaksjon for 5. trinn kvart år", "Skulane", "Årleg",
         "Drift"],
        ["T7", "Trafikkopplæring i barnehagane etter Trygg Trafikk sitt opplegg",
         "Barnehagane", "Årleg", "Drift"],
        ["T8", "Gjennomgang av skuleskyssordninga saman med skulane", "Oppvekst", "2048",
         "Drift"],
    ]
    p = [
        ("title", "Trafikktryggingsplan 2048–2051"),
        ("meta", "Hovdefjord kommune · Teknisk · Framlegg til høyring, mars 2048"),
        ("h1", "1 Innleiing"),
        ("p", "Kommunestyret vedtok 19. september 2047 (PS 53/47) at det skulle lagast ein ny "
              "trafikktryggingsplan. Planen viser korleis kommunen vil arbeide for at ingen "
              "skal bli drepne eller hardt skadde i trafikken i Hovdefjord."),
        ("p", "Før planen vart sendt på høyring, hadde arbeidsgruppa eit møte med "
              "ungdomsrådet 8. februar 2048, og Statens vegvesen sende skriftlege merknader "
              "til eit tidleg utkast."),
        ("h1", "2 Ulukker 2037–2046"),
        ("p", "Tabellen viser politiregistrerte trafikkulukker med personskade i Hovdefjord "
              "dei siste ti åra. Over halvparten av ulukkene skjedde på fv. 5410."),
        ("table", ["År", "Ulukker med personskade", "Av dei med drepne"], ulukker,
         [2.5, 6.0, 5.0]),
        ("h1", "3 Skulevegen"),
        ("p", "Arbeidsgruppa har gått skulevegen til Hovde, Nesheim og Haugsbygda skule saman "
              "med FAU. Ved Hovde manglar det fortau på 600 meter av Skulevegen, og ved "
              "Nesheim kryssar mange elevar fylkesvegen utan opphøgd gangfelt. I Haugsbygda "
              "går elevane i vegskuldra langs fv. 5410."),
        ("h1", "4 Trafikksikker kommune"),
        ("p", "Kommunen ønskjer på sikt å bli godkjend som Trafikksikker kommune."),
        ("h1", "5 Tiltak"),
        ("p", "Tiltaka i fylkesvegen må fylkeskommunen vedta og betale. Kommunen vil be om at "
              "gang- og sykkelvegen i Haugsbygda blir prioritert i handlingsprogrammet for "
              "fylkesvegar."),
        ("table", ["Nr.", "Tiltak", "Ansvar", "År", "Kostnad"], tiltak,
         [1.4, 7.6, 3.2, 1.6, 2.2]),
        ("h1", "6 Oppfølging"),
        ("p", "Teknisk eining rapporterer om tiltaka i årsmeldinga."),
    ]
    docx_pdf(p, d / "plan.pdf", lang="nn-NO", font="DejaVu Sans", size=10,
             header="Trafikktryggingsplan 2048–2051 · Høyringsframlegg",
             footer=("Side", "av"), title="Trafikktryggingsplan 2048–2051",
             author="Hovdefjord kommune")
    g = [
        P("2", v["2"], "content", "covered", ev="Tabellen viser politiregistrerte",
          trap="a vedtak point of a MØTEPROTOKOLL (among other saker), typed '2)' with a "
          "hanging indent, text without the number; point 1 (the order) is none; answered in "
          "'2 Ulukker 2037–2046' with a table by year"),
        P("3", v["3"], "content", "partial", ev="Arbeidsgruppa har gått skulevegen",
          missing=["strekningar der elevane bør få skuleskyss på grunn av farleg skuleveg"],
          trap="the skuleveg to the three schools is assessed; no strekning is named for "
          "skuleskyss (row T8 only promises a gjennomgang)"),
        P("4", v["4"], "content", "covered", ev="Gang- og sykkelveg langs",
          trap="answered in rows T3–T5 of the tiltak table (fv. 5410 = fylkesveg 5410)"),
        P("5", v["5"], "content", "uncovered",
          trap="shared words only: '4 Trafikksikker kommune' is one sentence of wish"),
        P("6", v["6"], "process", "covered", ev="Før planen vart sendt på høyring",
          trap="the amendment's process point, answered in '1 Innleiing' in other words "
          "(møte med ungdomsrådet, merknader frå Statens vegvesen)"),
        P("7", v["7"], "process", "uncovered",
          trap="the plan says nothing of when it goes to the kommunestyre; '6 Oppfølging' is "
          "about reporting"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf", drop=(head,),
                producer="møteprotokoll of a kommunestyre printed by the case system "
                "(reportlab, Helvetica 10.5, running head, 'Side n' at the right): saker PS "
                "51/47 – 54/47, the vedtak of PS 53/47 typed '1)' … '7)' with a hanging indent "
                "after the innstilling and the handsaming; plan written in Word (DejaVu Sans "
                "10, nn-NO, 'Side n av m') and exported by LibreOffice, an ulukke table and a "
                "tiltak table", points=g)


# =========================================================================== 3 gronplan (sv)
@pair
def gronplan(d: Path) -> dict:
    rows = [
        ["Parker och lekplatser", "Hur långt det är från bostäderna till närmaste park eller "
         "lekplats, och var avståndet är längre än 300 meter."],
        ["Tätortsnära natur", "Vilka naturområden som är viktiga för friluftslivet och som "
         "bör skyddas i översiktsplanen."],
        ["Biologisk mångfald", "Var spridningssambanden för ek och groddjur finns och hur de "
         "kan stärkas."],
        ["Klimatanpassning", "Hur parker och grönytor kan ta hand om dagvatten vid skyfall."],
        ["Skötsel", "Vilken skötselnivå olika parker och grönytor ska ha."],
    ]
    s1 = ("Förslaget till grönplan ska skickas på samråd till föreningar, grannkommuner och "
          "länsstyrelsen under minst sex veckor.")
    s2 = ("Förvaltningen ska varje år redovisa hur grönplanen följs upp i det gröna "
          "bokslutet.")
    header = "Ålsjö kommun · Program för grönplan · Samhällsbyggnadsförvaltningen"
    m = [
        ("title", "Program för grönplan för Ålsjö tätort"),
        ("meta", "Ålsjö kommun · Samhällsbyggnadsförvaltningen · Godkänt av "
                 "samhällsbyggnadsnämnden 2047-04-12, § 58 · Dnr SBN 2047/311"),
        ("h1", "1. Inledning"),
        ("p", "Ålsjö tätort växer, och flera parker och naturområden har tagits i anspråk för "
              "bostäder de senaste tio åren. Kommunen saknar en samlad bild av vilka gröna "
              "värden som finns och hur de ska utvecklas. En grönplan ska ge det underlaget."),
        ("h1", "2. Syfte"),
        ("p", "Grönplanen ska vara ett underlag för översiktsplanen, detaljplaneringen och "
              "förvaltningen av kommunens parker och naturmark. Den ska antas av "
              "kommunfullmäktige."),
        ("h1", "3. Avgränsning"),
        ("p", "Planen omfattar Ålsjö tätort och den tätortsnära naturen inom två kilometer från "
              "bebyggelsen. Kyrkogårdar och privata trädgårdar ingår inte."),
        ("h1", "4. Vad grönplanen ska innehålla"),
        ("p", "Tabellen visar de teman som grönplanen ska behandla och de frågeställningar som "
              "ska belysas inom varje tema."),
        ("table", ["Tema", "Frågeställningar"], rows, [4.5, 11.4]),
        ("h1", "5. Samråd och tidplan"),
        ("p", s1 + " " + s2 + " Planen beräknas kunna antas under våren 2049."),
        ("table", ["Skede", "Tid"],
         [["Inventering och analys", "Maj 2047 – januari 2048"],
          ["Förslag till grönplan", "Februari – maj 2048"],
          ["Samråd", "Hösten 2048"],
          ["Antagande i kommunfullmäktige", "Våren 2049"]], [7.0, 6.0]),
        ("p", "Kontaktperson: Elin Lindqvist, landskapsarkitekt, samhällsbyggnadsförvaltningen."),
    ]
    docx_pdf(m, d / "mandate.pdf", lang="sv-SE", font="Liberation Serif", size=11.5,
             header=header, footer=("Sida", "av"), title="Program för grönplan",
             author="Ålsjö kommun")
    css = ("@page{size:A4;margin:20mm 20mm 22mm 24mm;@bottom-right{content:'Sida ' "
           "counter(page)}}body{font-family:'DejaVu Serif',serif;font-size:10pt;color:#1d1d1d;"
           "line-height:1.5}header{border-bottom:3px solid #4a7a2a;margin-bottom:10px;"
           "padding-bottom:4px}header .org{font-family:'Liberation Sans',sans-serif;"
           "font-size:9pt;color:#4a7a2a;letter-spacing:1px;text-transform:uppercase}"
           "h1{font-family:'Liberation Sans',sans-serif;font-size:20pt;margin:4px 0}"
           "h2{font-family:'Liberation Sans',sans-serif;font-size:12.5pt;color:#2f5418;"
           "margin:16px 0 4px}table{border-collapse:collapse;width:100%;font-size:9pt;"
           "margin:6px 0 10px}th{background:#e5efdc;text-align:left}th,td{border-bottom:1px "
           "solid #a9c193;padding:3px 6px;vertical-align:top}thead{display:table-header-group}"
           "tr{break-inside:avoid}.ingress{font-size:11pt;font-style:italic}")
    skotsel = [
        ["A", "Stadsparken, Torgparken", "Klippt gräs varje vecka, rabatter, städning dagligen"],
        ["B", "Kvarterslekplatser och bostadsnära parker", "Klippt gräs varannan vecka, "
         "städning två gånger i veckan"],
        ["C", "Bollplaner och större gräsytor", "Klippt gräs var tredje vecka"],
        ["D", "Naturmark i tätorten", "Slåtter en gång per år, gallring vart tionde år"],
        ["E", "Ekhagar och våtmarker", "Skötsel enligt naturvårdsplan, bete där det går"],
    ]
    natur = [
        ["Ålsjöskogen", "Motionsspår, elljusspår, svampskog", "Mycket stort"],
        ["Kvarnbäckens dalgång", "Promenadstråk, fiske", "Stort"],
        ["Norra ekhagen", "Promenader, fågelskådning", "Stort"],
        ["Björkuddens strand", "Bad, picknick, kanotiläggning", "Mycket stort"],
        ["Lertagsdammarna", "Naturpedagogik för skolor", "Måttligt"],
    ]
    body = (
        "<header><div class='org'>Ålsjö kommun · Samhällsbyggnadsförvaltningen</div>"
        "<h1>Grönplan för Ålsjö tätort</h1><div>Samrådsförslag · oktober 2048</div></header>"
        "<p class='ingress'>" + e("Grönplanen visar hur parker och natur i Ålsjö ska "
        "utvecklas och skötas fram till 2040-talets slut.") + "</p>"
        "<h2>1 Bakgrund</h2>"
        + ps("Samhällsbyggnadsnämnden godkände programmet för grönplanen i april 2047. "
             "Planen har tagits fram av samhällsbyggnadsförvaltningen med hjälp av en "
             "naturinventering som gjordes sommaren 2047.")
        + "<h2>2 Nära till park</h2>"
        + ps("Vi har mätt gångavståndet längs gator och stigar från varje bostadsadress till "
             "närmaste park eller lekplats. Nio av tio bostäder har mindre än 300 meter. "
             "Bostäderna i Södra Hagen och längs Industrivägen har längre än så, och där "
             "föreslås två nya kvarterslekplatser.")
        + "<h2>3 Natur för friluftsliv</h2>"
        + ps("Fem naturområden är särskilt viktiga för friluftslivet i Ålsjö. De har valts ut "
             "efter hur många som besöker dem och vad de används till.")
        + table_html(["Område", "Användning", "Betydelse för friluftslivet"], natur)
        + "<h2>4 Ek och groddjur</h2>"
        + ps("Gamla ekar finns i Norra ekhagen, på kyrkbacken och längs Kvarnbäcken. "
             "Sambandet mellan dem bryts av Industrivägen. Genom att plantera nya ekar i en "
             "rad längs bäcken och spara döda träd knyts bestånden ihop. För grodor och "
             "vattensalamander anläggs två nya småvatten mellan Lertagsdammarna och "
             "Kvarnbäcken, och en grodtunnel byggs under Bäckvägen.")
        + "<h2>5 Skyfall</h2>"
        + ps("Grönytorna är viktiga när det regnar mycket. Frågan hanteras i kommunens "
             "dagvattenplan.")
        + "<h2>6 Skötsel</h2>"
        + ps("Parkerna delas in i fem skötselklasser. Klassen styr hur ofta gräset klipps och "
             "hur mycket arbete som läggs på varje yta.")
        + table_html(["Klass", "Ytor", "Skötsel"], skotsel)
        + "<h2>7 Samråd</h2>"
        + ps("Förslaget skickas på samråd till föreningar, grannkommunerna Västra Ålsjö och "
             "Brånäs och länsstyrelsen från den 1 till den 29 november 2048. Synpunkter "
             "lämnas till samhällsbyggnadsförvaltningen.")
        + "<h2>8 Fortsatt arbete</h2>"
        + ps("Efter samrådet bearbetas förslaget, och planen lämnas till kommunfullmäktige "
             "för antagande våren 2049.")
    )
    web_pdf(d / "plan.pdf", lang="sv", title="Grönplan för Ålsjö tätort", css=css, body=body)
    g = [
        P("1", rows[0][1], "content", "covered", ev="Vi har mätt gångavståndet",
          trap="a row of the PLANPROGRAM's table 'Tema | Frågeställningar' in '4. Vad "
          "grönplanen ska innehålla', numbered by its place; text the Frågeställningar cell "
          "(the Tema cell is the row's label); answered in '2 Nära till park'"),
        P("2", rows[1][1], "content", "partial", ev="Fem naturområden är särskilt",
          missing=["vilka områden som bör skyddas i översiktsplanen"],
          trap="the areas are named and ranked, no protection proposed"),
        P("3", rows[2][1], "content", "covered", ev="Gamla ekar finns i Norra ekhagen",
          trap="answered in other words in '4 Ek och groddjur' (vattensalamander, grodtunnel)"),
        P("4", rows[3][1], "content", "uncovered",
          trap="shared words only: '5 Skyfall' says grönytor are important and points to the "
          "dagvattenplan"),
        P("5", rows[4][1], "content", "covered", ev="Parkerna delas in i fem skötselklasser",
          trap="answered in '6 Skötsel' and its table"),
        P("S1", s1, "process", "partial", ev="Förslaget skickas på samråd",
          missing=["en samrådstid på minst sex veckor"],
          trap="a sentence of '5. Samråd och tidplan'; the three parties are there, but 1–29 "
          "November is four weeks. 'Planen beräknas kunna antas …', the tidplan table, "
          "'2. Syfte' (antas av kommunfullmäktige) and the contact are none"),
        P("S2", s2, "process", "uncovered",
          trap="the plan says nothing of a yearly follow-up or the gröna bokslutet"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf", drop=(header,),
                producer="planprogram written in Word (python-docx, Liberation Serif 11.5, "
                "sv-SE, running header, 'Sida n av m') and exported by LibreOffice: chapters "
                "1.–5., chapter '4. Vad grönplanen ska innehålla' a table 'Tema | "
                "Frågeställningar', process sentences and a tidplan table in '5. Samråd och "
                "tidplan'; plan as the municipality's web page printed with Chromium (DejaVu "
                "Serif, green rule, 'Sida n'), two tables", points=g)


# =========================================================================== 4 frivillighed (da)
@pair
def frivillighed(d: Path) -> dict:
    at = [
        "der udarbejdes en handleplan for frivillighedspolitikken for 2048–2051",
        "handleplanen beskriver, hvordan foreninger og frivillige grupper kan låne kommunale "
        "lokaler uden betaling",
        "handleplanen indeholder en model for, hvordan kommunen rekrutterer og fastholder "
        "unge frivillige",
        "handleplanen fastsætter et mål for, hvor mange borgere der arbejder frivilligt i 2051",
        "Frivilligcenter Ravnsbjerg inddrages i arbejdet med handleplanen",
        "handleplanen forelægges Kultur- og Fritidsudvalget senest i december 2047",
    ]
    tillaeg = "handleplanen også skal omfatte frivillige i ældreplejen"
    css = ("@page{size:A4;margin:16mm 18mm 18mm 18mm}body{font-family:'Liberation Sans',"
           "Arial,sans-serif;font-size:10pt;color:#222;line-height:1.4}.top{display:flex;"
           "justify-content:space-between;font-size:8.5pt;color:#666;border-bottom:1px solid "
           "#bbb;padding-bottom:3px}h1{font-size:15pt;margin:10px 0 2px}.mode{font-size:9pt;"
           "color:#444;margin-bottom:10px}h2{font-size:11pt;margin:14px 0 3px;color:#7a1f1f}"
           "ul.at{list-style:none;padding-left:0}ul.at li{margin:3px 0;padding-left:18px;"
           "text-indent:-18px}.beslut{background:#f4efe6;padding:6px 10px;border-left:4px "
           "solid #7a1f1f}.foot{font-size:8pt;color:#777;margin-top:18px;border-top:1px solid "
           "#ccc;padding-top:3px}")
    body = (
        "<div class='top'><span>Ravnsbjerg Kommune · Dagsorden og beslutninger</span><span>"
        "Kultur- og Fritidsudvalget · 04-09-2047</span></div>"
        "<h1>7. Frivillighedspolitik – handleplan 2048–2051</h1>"
        "<div class='mode'>Sagsnr.: 20.00.00-A00-14-47 · Sagsansvarlig: Kultur og Fritid · "
        "Åben sag</div>"
        "<h2>Sagsfremstilling</h2>"
        + ps("Byrådet vedtog i 2046 en ny frivillighedspolitik med tre pejlemærker: "
             "Frivillighed skal være let, alle skal kunne være med, og kommunen skal være en "
             "god samarbejdspartner. Politikken skal omsættes til en handleplan.",
             "Foreningerne har i dialogmøder peget på, at det er svært og dyrt at låne "
             "lokaler, og at det er blevet sværere at finde unge, der vil være trænere og "
             "ledere. Ifølge den seneste borgerundersøgelse arbejder 31 procent af borgerne "
             "i Ravnsbjerg frivilligt mod 38 procent på landsplan.")
        + "<h2>Økonomi</h2>"
        + ps("Udarbejdelsen af handleplanen sker inden for Kultur og Fritids budget. Eventuelle "
             "udgifter til initiativer i handleplanen forelægges ved budgetlægningen for "
             "2049.")
        + "<h2>Indstilling</h2>"
        + ps("Forvaltningen indstiller,")
        + "<ul class='at'>" + "".join(f"<li>at {e(a)}.</li>" if i == len(at) - 1 else
                                      f"<li>at {e(a)},</li>" for i, a in enumerate(at)) + "</ul>"
        + "<h2>Beslutning</h2>"
        + "<div class='beslut'>" + ps("Kultur- og Fritidsudvalget, 04-09-2047:",
                                      "Indstillingen godkendt med den tilføjelse, at " +
                                      tillaeg + ".",
                                      "Fraværende: Per Kjærgaard (V).") + "</div>"
        + "<div class='foot'>Udskrevet fra ravnsbjerg.dk/dagsordener 05-09-2047</div>"
    )
    web_pdf(d / "mandate.pdf", lang="da", title="Kultur- og Fritidsudvalget 04-09-2047, punkt 7",
            css=css, body=body)
    indsats = [
        ["Gratis lokaler", "Foreninger og frivillige grupper kan booke skoler, idrætshaller "
         "og mødelokaler gratis i BookRavnsbjerg. Nøglebrikker udleveres på Borgerservice.",
         "Kultur og Fritid", "1. kvartal 2048"],
        ["Frivillighedsmesse", "En årlig messe på gymnasiet, hvor foreninger møder unge, der "
         "vil prøve at være frivillige.", "Frivilligcenter Ravnsbjerg", "2048"],
        ["Ung-til-ung", "Unge på 15–19 år kan få et frivilligbevis, der kan bruges i "
         "ansøgninger til job og uddannelse.", "Ungdomsskolen", "2048"],
        ["Foreningsguide", "En samlet digital guide til regler om børneattest, tilskud og "
         "lokaler.", "Kultur og Fritid", "2049"],
        ["Frivilligpris", "Byrådet uddeler hvert år en pris til en frivillig ildsjæl.",
         "Byrådet", "Årligt"],
        ["Kursuspulje", "Puljen på 150.000 kr. til kurser for foreningsledere "
         "videreføres.", "Kultur og Fritid", "Årligt"],
    ]
    p = [
        ("title", "Handleplan for frivillighed 2048–2051"),
        ("meta", "Ravnsbjerg Kommune · Kultur og Fritid · Udkast, november 2047"),
        ("h1", "Indledning"),
        ("p", "Handleplanen udmønter frivillighedspolitikken fra 2046. Den er skrevet af Kultur "
              "og Fritid i samarbejde med Frivilligcenter Ravnsbjerg, som har holdt to "
              "værksteder med foreninger og frivillige grupper i efteråret 2047."),
        ("h1", "Mål"),
        ("p", "I 2051 skal mindst 36 procent af borgerne i Ravnsbjerg arbejde frivilligt. Målet "
              "følges i borgerundersøgelsen, som gennemføres hvert andet år."),
        ("h1", "Lokaler"),
        ("p", "Foreningerne har efterlyst bedre og billigere adgang til lokaler. Fra 2048 kan "
              "alle kommunale lokaler bookes uden beregning af godkendte foreninger og "
              "frivillige grupper, også i weekenden."),
        ("h1", "Unge frivillige"),
        ("p", "Vi vil have flere unge til at prøve frivilligt arbejde. Frivillighedsmessen og "
              "frivilligbeviset skal vise de unge, hvad de kan bruge i foreningslivet, og hvad "
              "de får ud af det."),
        ("h1", "Indsatser"),
        ("table", ["Indsats", "Indhold", "Ansvarlig", "Tid"], indsats, [3.0, 8.0, 3.8, 2.2]),
        ("h1", "Ældreområdet"),
        ("p", "Der er også frivillige på plejecentrene."),
        ("h1", "Politisk behandling"),
        ("p", "Udkastet behandles i Kultur- og Fritidsudvalget den 20. november 2047."),
    ]
    docx_pdf(p, d / "plan.pdf", lang="da-DK", font="Liberation Sans", size=10.5,
             header="Handleplan for frivillighed 2048–2051 · Ravnsbjerg Kommune",
             footer=("Side", "af"), title="Handleplan for frivillighed 2048–2051",
             author="Ravnsbjerg Kommune")
    g = [
        P("2", at[1], "content", "covered", ev="Foreningerne har efterlyst bedre",
          trap="an 'at'-clause of the INDSTILLING in a dagsorden printed from the web, numbered "
          "by its place among the clauses (the first, 'at der udarbejdes en handleplan', is "
          "the order itself and none); text without 'at' and the closing ','; answered in "
          "other words ('uden beregning')"),
        P("3", at[2], "content", "partial", ev="Vi vil have flere unge til at",
          missing=["hvordan unge frivillige fastholdes"],
          trap="recruitment only (messe, frivilligbevis); nothing on keeping them"),
        P("4", at[3], "content", "covered", ev="I 2051 skal mindst 36 procent",
          trap="answered in 'Mål'"),
        P("5", at[4], "process", "covered", ev="Handleplanen udmønter",
          trap="answered in 'Indledning' (written in samarbejde with the Frivilligcenter)"),
        P("6", at[5], "process", "covered", ev="Udkastet behandles i Kultur- og",
          trap="20 November 2047 is before the end of December"),
        P("B", tillaeg, "content", "uncovered",
          trap="the addition in the BESLUTNING ('godkendt med den tilføjelse, at …'), "
          "numbered 'B'; 'Ældreområdet' has one sentence that names frivillige on the "
          "plejecentre. Sagsfremstilling and Økonomi are none"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf", drop=(),
                producer="dagsorden and beslutning of a fagudvalg printed from the "
                "municipality's web page with Chromium (Liberation Sans, a top line, no page "
                "number): Sagsfremstilling, Økonomi, 'Indstilling' with 'at'-clauses ending "
                "',' / '.', 'Beslutning' with an addition; plan written in Word (python-docx, "
                "Liberation Sans 10.5, da-DK, 'Side n af m') and exported by LibreOffice, "
                "unnumbered chapters and an indsats table", points=g)


# =========================================================================== 5 trees (en)
@pair
def trees(d: Path) -> dict:
    sub = {
        "i": "sets a target for tree canopy cover across the borough by 2060",
        "ii": "identifies sites on council-owned land for new tree planting",
        "iii": "sets out how the Council will manage ash dieback and protect veteran trees",
        "iv": "includes a policy on replacing trees that the Council fells",
    }
    r3 = ("That the draft Strategy be published for public consultation for a period of not "
          "less than six weeks before it is brought back to Cabinet.")
    r4 = ("That an annual report on progress against the Strategy be presented to the "
          "Environment Scrutiny Committee.")
    head = "ASHCOMBE BOROUGH COUNCIL – CABINET – 8 MARCH 2047"
    m = [
        ("title", "Minutes"),
        ("meta", "Minutes of the meeting of the Cabinet held in the Council Chamber, Ashcombe "
                 "Town Hall, on Wednesday 8 March 2047 at 7.00 pm."),
        ("p", "Present: Councillor J. Whitfield (Leader, in the Chair); Councillors P. Adeyemi, "
              "R. Clough, S. Marsh, H. Okafor and D. Penrose."),
        ("h2", "61. APOLOGIES FOR ABSENCE"),
        ("p", "Apologies were received from Councillor T. Byrne."),
        ("h2", "62. DECLARATIONS OF INTEREST"),
        ("p", "There were no declarations of interest."),
        ("h2", "63. TREE AND WOODLAND STRATEGY"),
        ("p", "The Portfolio Holder for Environment introduced the report, which set out the "
              "case for a borough-wide Tree and Woodland Strategy. Ashcombe's canopy cover was "
              "estimated at 13 per cent, below the national average, and ash dieback was now "
              "present in most council woodlands. Members asked about the cost of new planting "
              "and were advised that external grants would be sought."),
        ("p", "RESOLVED:"),
        ("hang", "(1) ", "That the report be noted.", 9, 0),
        ("hang", "(2) ", "That officers prepare a Tree and Woodland Strategy for the borough "
                         "which:", 9, 0),
        *[("hang", f"({k}) ", t + (";" if k != "iv" else "."), 9, 9) for k, t in sub.items()],
        ("hang", "(3) ", r3, 9, 0),
        ("hang", "(4) ", r4, 9, 0),
        ("hang", "(5) ", "That the Head of Environmental Services, in consultation with the "
                         "Portfolio Holder, be authorised to submit bids for external funding "
                         "for tree planting.", 9, 0),
        ("p", "Reason for decision: to give the Council a framework for managing and "
              "expanding its tree stock."),
        ("h2", "64. HOUSING REVENUE ACCOUNT BUSINESS PLAN"),
        ("p", "RESOLVED: That the Housing Revenue Account Business Plan 2047–2077 be "
              "recommended to Council for approval."),
        ("p", "The meeting ended at 8.25 pm."),
    ]
    rl_pdf(d / "mandate.pdf", m, title="Cabinet minutes 8 March 2047",
           author="Ashcombe Borough Council", head=head, foot="Page {n}", font="Times",
           size=11)
    sites = [
        ["S1", "Hollybank Recreation Ground", "Avenue planting along the footpath", "40",
         "2047–48"],
        ["S2", "Millfield Open Space", "Community woodland", "1,800", "2048–49"],
        ["S3", "Queen's Road verges", "Street trees in verges wider than 2.5 m", "65",
         "2048–49"],
        ["S4", "Ashcombe Cemetery extension", "Parkland trees", "30", "2049–50"],
        ["S5", "Brookside allotments boundary", "Native hedgerow with standard trees", "25",
         "2049–50"],
        ["S6", "Former Tannery Lane depot", "Pocket woodland", "350", "2050–51"],
        ["S7", "Wyvern Park", "Mixed native trees around the lake and the play area", "120",
         "2050–52"],
    ]
    css = ("@page{size:A4;margin:22mm 20mm 22mm 20mm}body{font-family:'Liberation Serif',"
           "serif;font-size:11pt;color:#111;line-height:1.45}.mast{border-top:6px solid "
           "#2b4f81;padding-top:6px;margin-bottom:14px}.mast .c{font-family:'Liberation Sans',"
           "sans-serif;font-size:9pt;color:#2b4f81;font-weight:bold}.mast h1{font-size:22pt;"
           "margin:4px 0 2px;font-weight:normal}h2{font-family:'Liberation Sans',sans-serif;"
           "font-size:12pt;margin:18px 0 4px}table{border-collapse:collapse;width:100%;"
           "font-family:'Liberation Sans',sans-serif;font-size:8.5pt;margin:6px 0 12px}"
           "th{border-bottom:2px solid #2b4f81;text-align:left;padding:3px 4px}td{border-bottom:"
           "1px solid #ccc;padding:3px 4px;vertical-align:top}thead{display:table-header-group}"
           "tr{break-inside:avoid}.box{border:1px solid #2b4f81;padding:6px 10px;margin:8px 0}")
    body = (
        "<div class='mast'><div class='c'>ASHCOMBE BOROUGH COUNCIL</div><h1>Tree and Woodland "
        "Strategy 2047–2060</h1><div>Consultation draft · July 2047</div></div>"
        "<h2>Foreword</h2>"
        + ps("Trees make Ashcombe a better place to live. They cool our streets in summer, "
             "soak up rain and give us somewhere to walk. This strategy sets out how the "
             "Council will look after the trees it owns and plant many more.",
             "Councillor Sarah Marsh, Portfolio Holder for Environment")
        + "<h2>1. Where we are now</h2>"
        + ps("A survey from aerial imagery in 2046 found that trees cover 13 per cent of the "
             "borough. Cover is lowest in the town centre and on the Eastgate estate, where it "
             "is under 5 per cent.")
        + "<div class='box'>" + ps("Our ambition: by 2060, one fifth of Ashcombe will be "
                                   "under tree canopy, with no ward below 10 per cent.") + "</div>"
        + "<h2>2. Ash dieback</h2>"
        + ps("Ash dieback has been found in all council woodlands. We will survey ash trees "
             "next to roads, paths and play areas every year, fell those that are a danger "
             "to the public and leave dead wood standing in woodland where it is safe to do "
             "so.")
        + "<h2>3. Where we will plant</h2>"
        + ps("We looked at all council-owned land for space that is not needed for sport, "
             "play or future building. The sites below are those we will plant first; "
             "further sites will be added as the strategy is reviewed.")
        + table_html(["Ref", "Site", "Planting", "Trees", "Season"], sites)
        + "<h2>4. Trees and development</h2>"
        + ps("The Local Plan requires new development to retain existing trees where "
             "possible. The Council will use Tree Preservation Orders to protect important "
             "trees under threat. Replacement planting will be considered in a future review "
             "of this strategy.")
        + "<h2>5. Have your say</h2>"
        + ps("This draft is open for comment from 3 July to 14 August 2047. You can respond "
             "online, by email or at the Town Hall. A final strategy will go to Cabinet in "
             "the autumn.")
        + "<h2>6. Delivery</h2>"
        + ps("Progress will be monitored.")
    )
    web_pdf(d / "plan.pdf", lang="en-GB", title="Tree and Woodland Strategy 2047–2060",
            css=css, body=body)
    g = [
        P("i", sub["i"], "content", "covered", ev="Our ambition: by 2060, one fifth",
          trap="sub-point (i) of CABINET MINUTE 63's 'RESOLVED: (2) That officers prepare a "
          "Tree and Woodland Strategy … which:' (the lead is the mandate), numbered by its "
          "roman numeral without brackets, text without the closing ';'; answered in a boxed "
          "sentence in other words ('one fifth … under tree canopy'). (1) noted, (5) funding "
          "bids and minutes 61, 62, 64 are none"),
        P("ii", sub["ii"], "content", "covered", ev="We looked at all council-owned land",
          trap="answered in '3. Where we will plant' and its sites table"),
        P("iii", sub["iii"], "content", "partial", ev="Ash dieback has been found",
          missing=["protection of veteran trees"],
          trap="ash dieback managed; nothing on veteran trees"),
        P("iv", sub["iv"], "content", "uncovered",
          trap="a promise to look at it later ('Replacement planting will be considered in a "
          "future review' in '4. Trees and development'); no replacement policy anywhere"),
        P("3", r3, "process", "covered", ev="This draft is open for comment",
          trap="3 July to 14 August 2047 is six weeks; answered in '5. Have your say'"),
        P("4", r4, "process", "uncovered",
          trap="'Progress will be monitored.' only; no annual report, no Scrutiny Committee"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf", drop=(head,),
                producer="cabinet minutes printed by the committee system (reportlab, Times "
                "11, capitalised running head, 'Page n' at the right): minutes 61–64, minute 63 "
                "'RESOLVED:' (1)–(5) with hanging indents, (2) with sub-points (i)–(iv); plan "
                "as the council's consultation web page printed with Chromium (Liberation "
                "Serif, blue masthead rule, no page number), a boxed ambition and a sites table",
                points=g)


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.mandates_main)."""
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder=BUILDER)


BUILDER = "corpora/mandates-blind32/make_pairs.py"

if __name__ == "__main__":
    main(sys.argv[1:])
