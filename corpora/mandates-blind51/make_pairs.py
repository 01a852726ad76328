"""Build the fifty-first blind batch of mandate/plan pairs under corpora/mandates-blind51/ and their gold.

Written on 2026-12-07 without reading plancheck's code. Mandates in five forms the earlier
batches did not use: a bokmål MANDATE SENT OUT WITH TRACKED CHANGES SHOWN (python-docx + raw
WordprocessingML → LibreOffice), the formannskap's amendments printed as Word prints them with
markup — struck deletions, underlined insertions, change bars and comment balloons in a wide
right margin — so that one point is struck out whole, one is added, four points and a process
sentence are reworded inside the sentence and a deadline is moved; a nynorsk NEWSPAPER PAGE OF PUBLIC NOTICES (reportlab, the
e-paper's page, three columns), where the kommune's notice of the start of the plan work holds
'Planen skal mellom anna:' and five dashes among other notices on the same page (a zoning
hearing, a road closure, a shop's job advert, a grendalag's annual meeting with a numbered
agenda); a Swedish SLIDE DECK PRINTED AS HANDOUTS, three slides to a page with ruled note lines
(reportlab), whose 'Planen ska' slide holds the points, 'Planen ska inte' none, 'Så arbetar vi'
two process bullets among one that is none, and the time plan on a slide one more; a Danish
MIND MAP from a start-up workshop (SVG printed with Chromium, A4 landscape), whose branches
'Planen skal indeholde' and 'Sådan arbejder vi' the steering group approved as the brief, and
whose branches 'Ikke med i planen', 'Parkeret' and 'Baggrund' are none; and an English
NEIGHBOURHOOD PLAN EXAMINER'S REPORT (python-docx → LibreOffice), whose Schedule of Recommended
Modifications PM1–PM8 holds the points and whose table of minor corrections the Parish Council
'may make at its discretion' is none. Plans answer as real ones do: chapters whose headings
restate a point in other words, answers in tables, process facts in the past tense, deferrals,
words shared without an answer, partial answers, refusals, a deadline met only as amended, a
deadline missed, and a referendum version that keeps one policy in its old wording.

    python corpora/mandates-blind51/make_pairs.py               # all pairs
    python corpora/mandates-blind51/make_pairs.py --verify      # point texts and gold quotes
    python corpora/mandates-blind51/make_pairs.py --twice       # build twice, compare sha256

Imports, through pairkit, the forty-seventh batch's builder (its odfpy writer `odt_pdf`, its
layout check `expect_on_page` and its point-text check `check_texts`) and through it the
twentieth (P, verify, the construction check) and the thirty-third batch's document writers
(docx_pdf, rl_pdf, html_pdf, e, paras, table_html), and the tracked-change runs and comment
balloons (`Rev`) of corpora/scripts/make_blind_corpus16.py with the Word helpers of
corpora/scripts/_docx_helpers.py. Four writers are this batch's own, for printings no earlier
builder makes: the document with its tracked changes shown, the newspaper page, the handout page
and the mind map. Nothing of the earlier
batches is edited.
"""

from __future__ import annotations

import html as _h
import re
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import blindkit as bk  # noqa: E402
import pairkit as pk  # noqa: E402

_b47 = pk.load_module("mandates_blind47_make_pairs", HERE.parent / "mandates-blind47" / "make_pairs.py")
_b20, _b33 = _b47._b20, _b47._b33
_mb16 = pk.load_module("make_blind_corpus16", HERE.parent / "scripts" / "make_blind_corpus16.py")
dh = _mb16.dh
P = _b20.P
docx_pdf, rl_pdf, html_pdf = _b33.docx_pdf, _b33.rl_pdf, _b33.html_pdf
e, paras, table_html = _b33.e, _b33.paras, _b33.table_html
odt_pdf, expect_on_page = _b47.odt_pdf, _b47.expect_on_page

PAIRS, pair = pk.pair_registry()

# running header / footer lines of the mandates, left out by the construction check
DROP = {
    "digital-inkludering": ("Rustadvik kommune · Mandat for handlingsplan for digital inkludering",),
    "naerbutikkar": ("URDVIKPOSTEN", "Laurdag 9. mars 2050", "Kunngjeringar", "22",
                     "urdvikposten.no · E-avis"),
    "nedskrapning": ("Handlingsplan mot nedskräpning – dragning för KSAU", "2050-01-21"),
    "mental-sundhed": ("Kærsvig Kommune · Børn og Unge",),
    "stoke-ardley": ("Stoke Ardley Neighbourhood Plan · Report of the Independent Examination",),
}

# the tracked-change marks of a point or sentence: '[-deleted-]', '[+inserted+]'
DEL_RE = re.compile(r"\[-.*?-\]")


def accepted(marked: str) -> str:
    """MARKED with every change accepted (make_blind_corpus16.accepted)."""
    return _mb16.accepted(marked)


def printed_parts(marked: str) -> list[str]:
    """The stretches of MARKED's accepted text that stand unbroken in the print: the text
    between two deletions (insertions are printed in place, deletions between them)."""
    out = []
    for piece in DEL_RE.split(marked):
        t = " ".join(piece.replace("[+", "").replace("+]", "").split())
        if t.strip(" ,.;"):
            out.append(t)
    return out


# =========================================================================== writers of this batch


def tracked_docx_pdf(pdf: Path, blocks: list[tuple], *, title: str, author: str, header: str,
                     lang: str, reviser: str, size: float = 10.5) -> Path:
    """A Word document sent out with its TRACKED CHANGES SHOWN, exported by LibreOffice as Word
    prints it with markup: python-docx + raw w:ins / w:del runs (make_blind_corpus16.Rev, change
    bars and struck / underlined colour), a wide right margin with comment BALLOONS at the
    height of the commented paragraph, a running header over a rule and 'Side n av m'.

    Blocks (a text may carry '[-deleted-]' and '[+inserted+]' marks): org (bold, coloured) /
    title / meta (italic) / note (italic, small) / h1 / p / typed (marker, text, whole) where
    WHOLE is None, 'del' (the paragraph struck out, marker and all) or 'ins' (added whole) /
    sign / comment (initials, n, text: a balloon at the previous paragraph)."""
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt

    w_ns = _mb16.W_NS
    doc = dh.new_document(font="Arial", size=size, margins_mm=22, heading_color="7A2E0E")
    sec = doc.sections[0]
    sec.left_margin, sec.right_margin = Cm(2.2), Cm(6.2)
    _mb16.mb.docx_lang(doc, lang)
    dh.setup_header_footer(sec, header)
    dh.set_core_properties(doc, title=title, author=author)
    doc.settings.element.append(parse_xml(f"<w:trackRevisions {w_ns}/>"))
    rev = _mb16.Rev(doc)
    last = None

    def mark_run(p, kind: str, inner: str) -> None:
        attrs = (f'w:id="{rev._id()}" w:author="{_h.escape(reviser)}" '
                 f'w:date="{_mb16.REV_DATE.format(d=11)}"')
        p._p.append(parse_xml(f"<w:{kind} {w_ns} {attrs}><w:r>{inner}</w:r></w:{kind}>"))

    for b in blocks:
        k = b[0]
        if k == "org":
            last = dh.para(doc, b[1], bold=True, color="7A2E0E", size=size, space_after=2)
        elif k == "title":
            last = dh.para(doc, b[1], bold=True, size=size + 6.5, color="7A2E0E", space_after=4)
        elif k == "meta":
            last = dh.para(doc, b[1], italic=True, size=size - 0.5, space_after=3)
        elif k == "note":
            last = doc.add_paragraph()
            last.paragraph_format.space_after = Pt(9)
            rev.runs(last, b[1], author=reviser, day=11)
            for r in last._p.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}r"):
                rpr = r.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rPr")
                if rpr is None:
                    rpr = parse_xml(f"<w:rPr {w_ns}/>")
                    r.insert(0, rpr)
                rpr.append(parse_xml(f"<w:i {w_ns}/>"))
                rpr.append(parse_xml(f'<w:sz {w_ns} w:val="{int((size - 1.5) * 2)}"/>'))
        elif k == "h1":
            last = dh.heading(doc, b[1], 2)
        elif k in ("p", "sign"):
            last = doc.add_paragraph()
            if k == "sign":
                last.paragraph_format.space_before = Pt(10)
            rev.runs(last, b[1], author=reviser, day=11)
        elif k == "typed":
            marker, text, whole = b[1], b[2], b[3]
            last = doc.add_paragraph()
            pf = last.paragraph_format
            pf.left_indent, pf.first_line_indent = Cm(1.0), Cm(-0.8)
            pf.tab_stops.add_tab_stop(Cm(1.0))
            pf.space_after = Pt(3)
            if whole:
                esc = _h.escape(marker, quote=False)
                tag = "w:delText" if whole == "del" else "w:t"
                mark_run(last, whole, f'<{tag} xml:space="preserve">{esc}</{tag}>')
                mark_run(last, whole, "<w:tab/>")
                rev.runs(last, f"[{'-' if whole == 'del' else '+'}{text}"
                               f"{'-' if whole == 'del' else '+'}]", author=reviser, day=11)
                ppr = last._p.get_or_add_pPr()
                ppr.append(parse_xml(
                    f'<w:rPr {w_ns}><w:{whole} w:id="{rev._id()}" w:author="{_h.escape(reviser)}" '
                    f'w:date="{_mb16.REV_DATE.format(d=11)}"/></w:rPr>'))
            else:
                rev.runs(last, marker, author=reviser, day=11)
                last._p.append(parse_xml(f"<w:r {w_ns}><w:tab/></w:r>"))
                rev.runs(last, text, author=reviser, day=11)
        elif k == "comment":
            initials, n, text = b[1:4]
            rev.balloon(last, reviser, initials, n, text, x_cm=15.3, width_cm=5.0)
        else:
            raise ValueError(k)
    with tempfile.TemporaryDirectory(prefix="mblind51-docx-") as tmp:
        src = Path(tmp) / (pdf.stem + ".docx")
        dh.save_deterministic(doc, src)
        # python-docx stamps each comment with the current time: pin it, as the marks are
        bk.patch_zip(src, {"word/comments.xml": lambda x: re.sub(
            rb'w:date="[^"]*"', b'w:date="2026-02-11T10:00:00Z"', x)})
        out = bk.soffice_pdf(src, Path(tmp) / "out", options={"ExportNotes": ("boolean", "false")})
        pdf.write_bytes(out.read_bytes())
    return pdf


def _serif_fonts() -> dict[str, str]:
    """Liberation Serif registered for reportlab as 'LSerif', 'LSerif-Bold', 'LSerif-Italic'
    (blindkit.reportlab_fonts registers the sans only)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    names = {"normal": "LSerif", "bold": "LSerif-Bold", "italic": "LSerif-Italic",
             "boldItalic": "LSerif-BoldItalic"}
    for k, f in (("normal", "Regular"), ("bold", "Bold"), ("italic", "Italic"),
                 ("boldItalic", "BoldItalic")):
        pdfmetrics.registerFont(TTFont(names[k], str(bk.LIBERATION / f"LiberationSerif-{f}.ttf")))
    pdfmetrics.registerFontFamily("LSerif", **names)
    return names


def newspaper_pdf(pdf: Path, columns: list[list[dict]], *, paper: str, date: str, page: str,
                  section: str, foot: str, title: str, advert: list[str] | None = None) -> Path:
    """One page of a local newspaper's notices as the e-paper prints it (reportlab, invariant):
    a masthead line (PAPER, DATE, PAGE) over a heavy rule, a SECTION band, three columns of
    framed notices stacked from the top, FOOT at the bottom. A notice is a dict: org (a spaced
    capitals line), head (bold), blocks [('p', text) | ('dash', text) | ('num', marker, text) |
    ('small', text)], tint (a fill colour or None). ADVERT: the lines of a display advert across
    the foot of the page (the first one large)."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    sans = bk.reportlab_fonts("LS")
    serif = _serif_fonts()
    W, H = A4
    left, gap, ncol = 11 * mm, 4 * mm, 3
    colw = (W - 2 * left - (ncol - 1) * gap) / ncol
    pad = 2.6 * mm
    st = {
        "org": ParagraphStyle("org", fontName=sans["bold"], fontSize=7.2, leading=9, spaceAfter=2,
                              textColor=HexColor("#1d3b5c")),
        "head": ParagraphStyle("head", fontName=sans["bold"], fontSize=10.4, leading=12.2,
                               spaceAfter=3.5),
        "p": ParagraphStyle("p", fontName=serif["normal"], fontSize=8.1, leading=10.1,
                            spaceAfter=3.2),
        "dash": ParagraphStyle("dash", fontName=serif["normal"], fontSize=8.1, leading=10.1,
                               leftIndent=3.2 * mm, firstLineIndent=-3.2 * mm, spaceAfter=1.6),
        "num": ParagraphStyle("num", fontName=serif["normal"], fontSize=8.1, leading=10.1,
                              leftIndent=3.8 * mm, firstLineIndent=-3.8 * mm, spaceAfter=0.8),
        "small": ParagraphStyle("small", fontName=sans["normal"], fontSize=7, leading=8.8,
                                spaceAfter=2, textColor=HexColor("#333333")),
    }
    x = _h.escape

    def flowables(n: dict) -> list:
        out = []
        if n.get("org"):
            out.append(Paragraph(x(n["org"]), st["org"]))
        out.append(Paragraph(x(n["head"]), st["head"]))
        for b in n["blocks"]:
            if b[0] == "dash":
                out.append(Paragraph("–&nbsp;" + x(b[1]), st["dash"]))
            elif b[0] == "num":
                out.append(Paragraph(f"{x(b[1])}&nbsp;{x(b[2])}", st["num"]))
            else:
                out.append(Paragraph(x(b[1]), st[b[0]]))
        return out

    c = Canvas(str(pdf), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(paper)
    c.setCreator(paper)
    top = H - 10 * mm
    c.setFont(sans["bold"], 15)
    c.drawString(left, top - 5 * mm, paper)
    c.setFont(sans["normal"], 8.5)
    c.drawCentredString(W / 2, top - 5 * mm, date)
    c.setFont(sans["bold"], 11)
    c.drawRightString(W - left, top - 5 * mm, page)
    c.setLineWidth(1.6)
    c.line(left, top - 7.5 * mm, W - left, top - 7.5 * mm)
    c.setFillColor(HexColor("#1d3b5c"))
    c.rect(left, top - 14.5 * mm, W - 2 * left, 5.5 * mm, stroke=0, fill=1)
    c.setFillColor(HexColor("#ffffff"))
    c.setFont(sans["bold"], 10)
    c.drawString(left + 2.5 * mm, top - 12.9 * mm, section)
    c.setFillColor(HexColor("#000000"))
    y0 = top - 18 * mm
    for ci, col in enumerate(columns):
        cx = left + ci * (colw + gap)
        y = y0
        for n in col:
            fl = flowables(n)
            heights = []
            for f in fl:
                _, hgt = f.wrap(colw - 2 * pad, H)
                heights.append(hgt + f.getSpaceAfter())
            box = sum(heights) + 2 * pad
            if n.get("tint"):
                c.setFillColor(HexColor(n["tint"]))
                c.rect(cx, y - box, colw, box, stroke=0, fill=1)
                c.setFillColor(HexColor("#000000"))
            c.setLineWidth(0.7)
            c.rect(cx, y - box, colw, box, stroke=1, fill=0)
            yy = y - pad
            for f, hgt in zip(fl, heights, strict=True):
                f.wrap(colw - 2 * pad, H)
                f.drawOn(c, cx + pad, yy - (hgt - f.getSpaceAfter()))
                yy -= hgt
            y -= box + 3.5 * mm
            if y < (70 if advert else 16) * mm:
                raise SystemExit(f"{pdf.parent.name}: column {ci + 1} runs off the page")
    if advert:
        c.setFillColor(HexColor("#b5121b"))
        c.rect(left, 16 * mm, W - 2 * left, 50 * mm, stroke=0, fill=1)
        c.setFillColor(HexColor("#ffffff"))
        c.setFont(sans["bold"], 30)
        c.drawCentredString(W / 2, 49 * mm, advert[0])
        c.setFont(sans["bold"], 13)
        for i, line in enumerate(advert[1:]):
            c.drawCentredString(W / 2, (37 - 8 * i) * mm, line)
        c.setFillColor(HexColor("#000000"))
    c.setFont(sans["normal"], 7)
    c.setFillColor(HexColor("#555555"))
    c.drawCentredString(W / 2, 8 * mm, foot)
    c.showPage()
    c.save()
    return pdf


def handouts_pdf(pdf: Path, slides: list[dict], *, head_left: str, head_right: str, title: str,
                 author: str, accent: str = "#2e6b30") -> Path:
    """A slide deck PRINTED AS HANDOUTS, three slides to a page with ruled note lines beside
    each (reportlab, invariant): the handout header (HEAD_LEFT, HEAD_RIGHT), a thin frame per
    slide (16:9, 100 mm wide, text about 6.5–15 pt), the slide number in the slide's corner,
    eight ruled lines to the right, the page number at the foot. A slide is a dict: title, and
    either cover (lines of a title slide) or blocks [('p', text) | ('bullets', [text, …]) |
    ('table', head, rows, widths mm)]."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Frame, ListFlowable, ListItem, Paragraph, Table, TableStyle

    f = bk.reportlab_fonts("LS")
    W, H = A4
    sw, sh = 100 * mm, 56.25 * mm
    sx = 17 * mm
    tops = [H - 24 * mm - i * (sh + 26 * mm) for i in range(3)]
    base = ParagraphStyle("s", fontName=f["normal"], fontSize=7.2, leading=9.2, spaceAfter=2.5)
    cell = ParagraphStyle("sc", parent=base, fontSize=6.6, leading=8, spaceAfter=0)
    cellb = ParagraphStyle("scb", parent=cell, fontName=f["bold"])
    tit = ParagraphStyle("st", fontName=f["bold"], fontSize=11.5, leading=13.5, spaceAfter=4,
                         textColor=HexColor(accent))
    x = _h.escape
    c = Canvas(str(pdf), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(author)
    for i, s in enumerate(slides):
        slot = i % 3
        if slot == 0:
            if i:
                c.showPage()
            c.setFont(f["normal"], 8)
            c.setFillColor(HexColor("#444444"))
            c.drawString(sx, H - 12 * mm, head_left)
            c.drawRightString(W - 17 * mm, H - 12 * mm, head_right)
            c.drawCentredString(W / 2, 10 * mm, str(i // 3 + 1))
            c.setFillColor(HexColor("#000000"))
        top = tops[slot]
        c.setLineWidth(0.5)
        c.setStrokeColor(HexColor("#7f7f7f"))
        c.rect(sx, top - sh, sw, sh, stroke=1, fill=0)
        c.setFillColor(HexColor(accent))
        c.rect(sx, top - sh, sw, 2.2 * mm, stroke=0, fill=1)
        c.setFillColor(HexColor("#666666"))
        c.setFont(f["normal"], 5.5)
        c.drawRightString(sx + sw - 2.5 * mm, top - sh + 3.6 * mm, str(i + 1))
        c.setFillColor(HexColor("#000000"))
        if "cover" in s:
            lines = s["cover"]
            c.setFillColor(HexColor(accent))
            c.setFont(f["bold"], 14.5)
            c.drawCentredString(sx + sw / 2, top - 20 * mm, lines[0])
            c.setFillColor(HexColor("#000000"))
            c.setFont(f["normal"], 9.5)
            for j, line in enumerate(lines[1:]):
                c.drawCentredString(sx + sw / 2, top - (29 + 6.5 * j) * mm, line)
        else:
            story = [Paragraph(x(s["title"]), tit)]
            for b in s["blocks"]:
                if b[0] == "p":
                    story.append(Paragraph(x(b[1]), base))
                elif b[0] == "bullets":
                    story.append(ListFlowable(
                        [ListItem(Paragraph(x(t), base), leftIndent=9) for t in b[1]],
                        bulletType="bullet", start="•", leftIndent=9, bulletFontSize=7))
                elif b[0] == "table":
                    _, head, rows, widths = b
                    data = [[Paragraph(x(t), cellb) for t in head]]
                    data += [[Paragraph(x(t), cell) for t in r] for r in rows]
                    t = Table(data, colWidths=[w * mm for w in widths], hAlign="LEFT")
                    t.setStyle(TableStyle([
                        ("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor("#9a9a9a")),
                        ("BACKGROUND", (0, 0), (-1, 0), HexColor("#e3eee3")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
                    story.append(t)
                else:
                    raise ValueError(b[0])
            fr = Frame(sx + 5 * mm, top - sh + 4 * mm, sw - 10 * mm, sh - 7 * mm,
                       leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            fr.addFromList(story, c)
            if story:
                raise SystemExit(f"{pdf.parent.name}: slide {i + 1} overflows")
        c.setStrokeColor(HexColor("#b0b0b0"))
        c.setLineWidth(0.4)
        for j in range(8):
            yy = top - 5 * mm - j * 6.6 * mm
            c.line(128 * mm, yy, W - 17 * mm, yy)
        c.setStrokeColor(HexColor("#000000"))
    c.showPage()
    c.save()
    return pdf


def mindmap_svg(center: str, right: list[tuple[str, str, list[str]]],
                left: list[tuple[str, str, list[str]]], *, width: float = 277,
                height: float = 152) -> str:
    """A MIND MAP as a mind-mapping tool exports it (SVG, user units in mm): a central topic,
    main topics to the right and left (each (label, colour, children)), their children stacked
    in a column on the outer side, rounded boxes and curved connectors in the branch colour.
    Texts are wrapped by hand into <tspan> lines, as such tools do."""
    import textwrap

    fs, lh, pad = 3.25, 4.0, 1.8
    cw, mw = 56.0, 36.0
    out = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}mm' height='{height}mm' "
           f"viewBox='0 0 {width} {height}' font-family='Liberation Sans, sans-serif'>"]

    def box(x, y, w, lines, *, fill, stroke, bold=False, size=fs, rx=2.2):
        h = len(lines) * lh * size / fs + 2 * pad
        out.append(f"<rect x='{x:.2f}' y='{y:.2f}' width='{w:.2f}' height='{h:.2f}' rx='{rx}' "
                   f"fill='{fill}' stroke='{stroke}' stroke-width='0.35'/>")
        weight = " font-weight='bold'" if bold else ""
        ty = y + pad + size * 0.92
        spans = "".join(f"<tspan x='{x + pad + 0.6:.2f}' y='{ty + i * lh * size / fs:.2f}'>"
                        f"{_h.escape(t)}</tspan>" for i, t in enumerate(lines))
        out.append(f"<text font-size='{size}'{weight} fill='#1e1e1e'>{spans}</text>")
        return h

    def curve(x1, y1, x2, y2, colour, wdt):
        mx = (x1 + x2) / 2
        out.append(f"<path d='M{x1:.2f},{y1:.2f} C{mx:.2f},{y1:.2f} {mx:.2f},{y2:.2f} "
                   f"{x2:.2f},{y2:.2f}' fill='none' stroke='{colour}' stroke-width='{wdt}'/>")

    def wrap(t, n):
        return textwrap.wrap(t, n, break_long_words=False, break_on_hyphens=False)

    def tint(colour):
        r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
        return "#" + "".join(f"{round(v + (255 - v) * 0.78):02x}" for v in (r, g, b))

    cx, cy = width / 2, height / 2
    cl = wrap(center, 26)
    chh = len(cl) * lh * 3.8 / fs + 2 * pad
    cbw = 58.0
    sides = []
    for side, groups in (("right", right), ("left", left)):
        # children in one outer column, groups 5 mm apart, centred vertically
        items = []
        for label, colour, kids in groups:
            ks = [wrap(k, 32) for k in kids]
            hs = [len(k) * lh + 2 * pad for k in ks]
            items.append((label, colour, ks, hs))
        total = sum(sum(hs) + 2.6 * (len(hs) - 1) for *_, hs in items) + 7 * (len(items) - 1)
        y = (height - total) / 2
        for label, colour, ks, hs in items:
            gh = sum(hs) + 2.6 * (len(hs) - 1)
            my = y + gh / 2
            if side == "right":
                kx, mx = width - cw - 0.5, cx + cbw / 2 + 9
            else:
                kx, mx = 0.5, cx - cbw / 2 - 9 - mw
            ml = wrap(label, 17)
            mh = len(ml) * lh * 3.5 / fs + 2 * pad
            sides.append(dict(side=side, colour=colour, mx=mx, my=my, mh=mh, kx=kx, y=y,
                              hs=hs, ks=ks, ml=ml))
            y += gh + 7
    for s in sides:
        if s["side"] == "right":
            curve(cx + cbw / 2, cy, s["mx"], s["my"], s["colour"], 0.9)
        else:
            curve(cx - cbw / 2, cy, s["mx"] + mw, s["my"], s["colour"], 0.9)
        yy = s["y"]
        for h in s["hs"]:
            if s["side"] == "right":
                curve(s["mx"] + mw, s["my"], s["kx"], yy + h / 2, s["colour"], 0.45)
            else:
                curve(s["mx"], s["my"], s["kx"] + cw, yy + h / 2, s["colour"], 0.45)
            yy += h + 2.6
    box(cx - cbw / 2, cy - chh / 2, cbw, cl, fill="#fff4d6", stroke="#8a6d1d", bold=True,
        size=3.8, rx=4)
    for s in sides:
        box(s["mx"], s["my"] - s["mh"] / 2, mw, s["ml"], fill=tint(s["colour"]),
            stroke=s["colour"], bold=True, size=3.5)
        yy = s["y"]
        for k, h in zip(s["ks"], s["hs"], strict=True):
            box(s["kx"], yy, cw, k, fill="#ffffff", stroke=s["colour"])
            yy += h + 2.6
        if s["y"] < 0 or yy - 2.6 > height:
            raise SystemExit(f"mind map: the {s['side']} column runs off the page")
    out.append("</svg>")
    return "".join(out)


# =========================================================================== 1 digital-inkludering (nb)
# the points and sentences as the formannskap amended them: '[-struck-]', '[+inserted+]'
DI_PTS = {
    "1": "gi en oversikt over hvilke grupper av innbyggere som ikke bruker digitale "
         "tjenester, og hvorfor,",
    "2": "beskrive hvordan innbyggerne kan få hjelp til å bruke kommunens digitale tjenester "
         "på servicetorget[- og-][+,+] på biblioteket[+ og på de tre omsorgssentrene+],",
    "3": "vurdere om kommunen skal tilby kurs i digitale ferdigheter for seniorer i samarbeid "
         "med [-frivilligsentralen-][+pensjonistforeningene og frivilligsentralen+],",
    "4": "foreslå hvordan kommunen kan låne ut nettbrett til innbyggere som ikke har egen "
         "datamaskin eller mobiltelefon,",
    "5": "beskrive hvordan innbyggere som ikke kan bruke digitale løsninger, fortsatt skal få "
         "tjenestene på papir eller ved personlig oppmøte,",
    "6": "gjennomgå om kommunens nettsider og selvbetjeningsløsninger oppfyller kravene til "
         "universell utforming[+, og vise hvordan feilene skal rettes+],",
    "7": "inneholde en tiltaksliste med ansvar, frist og kostnad for hvert tiltak,",
    "8": "beskrive hvordan ansatte i hjemmetjenesten kan hjelpe brukerne med digitale "
         "tjenester[-.-][+, og+]",
    "9": "vurdere om kommunen skal gi digital veiledning på andre språk enn norsk.",
}
DI_S1 = ("Eldrerådet[- og-][+,+] rådet for personer med funksjonsnedsettelse[+ og "
         "ungdomsrådet+] skal få uttale seg om utkastet før det sendes på høring.")
DI_S2 = "Planen legges fram for kommunestyret innen [-1. november-][+1. desember+] 2050."
MARKED = {"digital-inkludering": {"2": DI_PTS["2"], "3": DI_PTS["3"], "6": DI_PTS["6"],
                                    "8": DI_PTS["8"], "S1": DI_S1, "S2": DI_S2}}


@pair
def digital_inkludering(d: Path) -> dict:
    pts, s1, s2 = DI_PTS, DI_S1, DI_S2
    m = [
        ("org", "RUSTADVIK KOMMUNE"),
        ("title", "Mandat for arbeidet med handlingsplan for digital inkludering 2051–2054"),
        ("meta", "Arkivsak 2050/311 · Versjon 2 etter behandling i formannskapet 11. februar "
                 "2050, sak 14/50"),
        ("note", "Lesehjelp: Endringene formannskapet vedtok i møtet, er vist med sporede "
                 "endringer. Gjennomstreket tekst er tatt ut, understreket tekst er lagt til. "
                 "Mandatet gjelder slik det lyder med endringene."),
        ("h1", "1 Bakgrunn"),
        ("p", "Stadig flere av kommunens tjenester gis digitalt, fra søknad om barnehageplass til "
              "timebestilling på legekontoret. I innbyggerundersøkelsen høsten 2049 svarte 11 "
              "prosent at de sjelden eller aldri bruker internett, og blant innbyggere over 75 år "
              "var andelen 38 prosent. Servicetorget får mange henvendelser fra innbyggere som "
              "trenger hjelp med BankID og digitale skjemaer."),
        ("h1", "2 Formål"),
        ("p", "Formålet med planen er at alle innbyggere i Rustadvik skal kunne bruke kommunens "
              "digitale tjenester, eller få den hjelpen de trenger når de ikke kan."),
        ("h1", "3 Oppdraget"),
        ("p", "Formannskapet gir kommunedirektøren i oppdrag å utarbeide en handlingsplan for "
              "digital inkludering for perioden 2051–2054. Planen skal"),
    ]
    for k, t in pts.items():
        whole = "del" if k == "4" else "ins" if k == "9" else None
        m.append(("typed", f"{k}.", t, whole))
        if k == "4":
            m.append(("comment", "IB", 1, "Punkt 4 strøket etter forslag fra H (vedtatt 6–3). "
                                          "Utlån av nettbrett ligger i bibliotekplanen."))
    m += [
        ("p", "Arbeidet skal gjennomføres innenfor kommunedirektørens budsjettramme for 2050.[- "
              "Kommunedirektøren bes også vurdere å opprette en stilling som digital veileder.-]"),
        ("h1", "4 Organisering og medvirkning"),
        ("p", "Arbeidet ledes av digitaliseringsrådgiveren, med en arbeidsgruppe fra "
              "servicetorget, biblioteket, helse og omsorg og kommunikasjonsavdelingen. " + s1
              + " Arbeidsgruppen kan invitere frivillige organisasjoner til å delta."),
        ("h1", "5 Framdrift"),
        ("p", s2),
        ("comment", "IB", 2, "Fristen flyttet etter forslag fra Sp, jf. møteplanen for "
                             "kommunestyret."),
        ("sign", "Rustadvik, 12. februar 2050 · Ingrid Bårdsen, formannskapssekretær"),
        ("p", "Kopi: Eldrerådet, Rådet for personer med funksjonsnedsettelse, Ungdomsrådet"),
    ]
    tracked_docx_pdf(d / "mandate.pdf", m, title="Mandat – handlingsplan for digital inkludering",
                     author="Rustadvik kommune", header=DROP["digital-inkludering"][0],
                     lang="nb-NO", reviser="Ingrid Bårdsen")

    grupper = [
        ["Over 75 år", "38 %", "Mangler ferdigheter og har ingen å spørre"],
        ["67–75 år", "14 %", "Redd for svindel og usikker på sikkerheten"],
        ["Innbyggere med utviklingshemming", "ikke målt", "Løsningene er for vanskelige"],
        ["Innvandrere med kort botid", "19 %", "Språk, og mange har ikke BankID"],
        ["Alle andre", "4 %", "Ser ikke behovet"],
    ]
    tiltak = [
        ["1", "Digital hjelp på biblioteket tirsdag og torsdag", "Biblioteksjef", "2051",
         "60 000 per år"],
        ["2", "Seniorkurs med frivilligsentralen og pensjonistforeningene", "Leder "
         "frivilligsentralen", "Høst 2051", "45 000 per år"],
        ["3", "Opplæring av alle ansatte på servicetorget i digital veiledning", "Leder "
         "servicetorget", "1. halvår 2051", "30 000"],
        ["4", "Papirskjema for alle tjenester som har digital søknad", "Kommunikasjonssjef",
         "2051", "10 000"],
        ["5", "Ny test av nettsidene mot kravene til universell utforming", "Kommunikasjonssjef",
         "2053", "25 000"],
    ]
    css = ("@page{size:A4;margin:16mm 17mm 17mm 17mm;@bottom-left{content:'rustadvik.kommune.no';"
           "font:8pt 'Liberation Sans',sans-serif;color:#666}@bottom-right{content:'Side ' "
           "counter(page) ' av ' counter(pages);font:8pt 'Liberation Sans',sans-serif;color:#666}}"
           "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
           "body{font-family:'Liberation Sans',sans-serif;font-size:9.8pt;line-height:1.45;"
           "color:#222}.band{background:#7a2e0e;color:#fff;padding:6px 10px;font-weight:bold;"
           "letter-spacing:.6px}.crumb{font-size:8pt;color:#666;margin:5px 0 12px}"
           "h1{font-size:17.5pt;margin:0 0 5px;color:#7a2e0e;line-height:1.2}"
           ".meta{font-size:8.6pt;color:#444;background:#f7efe9;padding:4px 8px;margin:0 0 12px}"
           "h2{font-size:12pt;margin:12px 0 3px;color:#7a2e0e;break-after:avoid}p{margin:0 0 6px}"
           "table{border-collapse:collapse;margin:4px 0 8px;font-size:8.8pt;width:100%}"
           "th,td{border:1px solid #c9b8ad;padding:2px 6px;text-align:left;vertical-align:top}"
           "th{background:#f1e3d9}")
    body = (
        "<div class='band'>RUSTADVIK KOMMUNE</div><div class='crumb'>Forsiden › Politikk og "
        "planer › Planer og strategier</div>"
        "<h1>Handlingsplan for digital inkludering 2051–2054</h1>"
        "<div class='meta'>Vedtatt av kommunestyret 28. november 2050, sak 71/50 · Ansvarlig: "
        "digitaliseringsrådgiveren</div>"
        "<h2>Om planen</h2>"
        + paras("Formannskapet ga i februar 2050 kommunedirektøren i oppdrag å lage en "
                "handlingsplan for digital inkludering. Planen gjelder for 2051–2054 og skal "
                "sørge for at ingen blir stående uten kommunens tjenester fordi de ikke er "
                "digitale.")
        + "<h2>Slik har vi arbeidet</h2>"
        + paras("Arbeidsgruppen hadde seks møter våren og sommeren 2050 og intervjuet 40 "
                "innbyggere som hadde fått hjelp på servicetorget.",
                "Eldrerådet og rådet for personer med funksjonsnedsettelse behandlet utkastet i et "
                "felles møte 2. oktober 2050, før planen ble sendt på høring. Rådene ba om at "
                "papirskjemaene blir beholdt, og det er tatt inn i planen.")
        + "<h2>Hvem står utenfor?</h2>"
        + paras("Tabellen bygger på innbyggerundersøkelsen 2049 og intervjuene. Den viser hvor "
                "stor del av hver gruppe som sjelden eller aldri bruker digitale tjenester, og "
                "den viktigste grunnen de selv oppgir.")
        + table_html(["Gruppe", "Bruker sjelden eller aldri", "Viktigste grunn"], grupper)
        + "<h2>Hjelp der du er</h2>"
        + paras("På servicetorget kan alle få hjelp med BankID, digital postkasse og kommunens "
                "skjemaer mandag til fredag kl. 9–15. Biblioteket har digital hjelp hver tirsdag "
                "og torsdag, og to bibliotekarer har tatt kurs som digitale veiledere.")
        + "<h2>Kurs for seniorer</h2>"
        + paras("Fra høsten 2051 holder frivilligsentralen kurs i nettbank, helsetjenester på "
                "nett og videosamtaler for seniorer, sammen med pensjonistforeningene i "
                "Rustadvik og Austbygda. Kommunen betaler lokaler og kursmateriell.")
        + "<h2>Fortsatt på papir</h2>"
        + paras("Ingen skal måtte bruke digitale løsninger for å få kommunens tjenester. Alle "
                "skjemaer kan fortsatt fås på papir på servicetorget, og den som ikke kan bruke "
                "digitale løsninger, kan møte opp og få hjelp til å søke.")
        + "<h2>Nettsidene</h2>"
        + paras("Kommunikasjonsavdelingen testet nettsidene og de ti mest brukte "
                "selvbetjeningsløsningene mot kravene til universell utforming i august 2050. "
                "Testen fant 23 feil, de fleste i skjemaene for byggesak og i PDF-dokumenter.")
        + "<h2>Hjemmetjenesten</h2>"
        + paras("Hjemmetjenesten tok i bruk digitalt tilsyn og elektroniske medisindispensere i "
                "2049, og mange av brukerne har nå nettbrett fra kommunen.")
        + "<h2>Andre språk</h2>"
        + paras("Behovet for digital veiledning på andre språk enn norsk vil bli vurdert i "
                "integreringsplanen, som rulleres i 2052.")
        + "<h2>Tiltak 2051–2054</h2>"
        + paras("Tabellen viser tiltakene, hvem som har ansvaret, når de skal være gjennomført "
                "og hva de koster.")
        + table_html(["Nr", "Tiltak", "Ansvar", "Frist", "Kostnad (kr)"], tiltak)
    )
    html_pdf(d / "plan.pdf", lang="nb", title="Handlingsplan for digital inkludering 2051–2054",
             css=css, body=body)

    def txt(k: str) -> str:
        return re.sub(r"(,| og|, og|\.)$", "", accepted(pts[k]).strip()).rstrip(",")

    g = [
        P("1", txt("1"), "content", "covered", ev="Tabellen bygger på innbyggerundersøkelsen",
          trap="a point typed '1.' + tab under 'Planen skal' in a MANDATE SENT OUT WITH ITS "
               "TRACKED CHANGES SHOWN (struck deletions, underlined insertions, change bars, "
               "balloons in the margin); unchanged. Answered by a table of groups and reasons "
               "under a heading in other words ('Hvem står utenfor?')"),
        P("2", txt("2"), "content", "partial", ev="På servicetorget kan alle få hjelp",
          missing=["hjelp på de tre omsorgssentrene"],
          trap="AMENDED in the meeting: ' og' struck, ', ' and ' og på de tre omsorgssentrene' "
               "inserted (printed 'servicetorget og, på biblioteket og på de tre "
               "omsorgssentrene'); the plan answers the original wording (servicetorget and "
               "biblioteket) and not the inserted demand"),
        P("3", txt("3"), "content", "covered", ev="Fra høsten 2051 holder frivilligsentralen",
          trap="AMENDED: 'frivilligsentralen' struck and 'pensjonistforeningene og "
               "frivilligsentralen' inserted, so the print reads 'med "
               "frivilligsentralenpensjonistforeningene og frivilligsentralen'; the plan's "
               "courses are held with both"),
        P("5", txt("5"), "content", "covered", ev="Ingen skal måtte bruke digitale løsninger",
          trap="answered under a heading in other words ('Fortsatt på papir'). Point 4 above it "
               "is STRUCK OUT WHOLE, number and all (a balloon says why) and is no point, though "
               "the plan mentions nettbrett in passing"),
        P("6", txt("6"), "content", "partial", ev="Kommunikasjonsavdelingen testet nettsidene",
          missing=["hvordan de 23 feilene skal rettes (bare en ny test i 2053)"],
          trap="AMENDED: ', og vise hvordan feilene skal rettes' inserted; the plan reports the "
               "test and its 23 faults, and its tiltak table only plans a new test"),
        P("7", txt("7"), "deliverable", "covered", ev="Tabellen viser tiltakene, hvem",
          trap="a table Nr | Tiltak | Ansvar | Frist | Kostnad"),
        P("8", txt("8"), "content", "uncovered",
          trap="SHARED WORDS: 'Hjemmetjenesten tok i bruk digitalt tilsyn … mange av brukerne "
               "har nå nettbrett fra kommunen' is a fact; how the staff can help the users is "
               "said nowhere. The point's closing '.' was struck and ', og' inserted when point "
               "9 was added"),
        P("9", txt("9"), "content", "uncovered",
          trap="INSERTED WHOLE in the meeting ('9.' + tab and the text underlined). Put off: "
               "'vil bli vurdert i integreringsplanen, som rulleres i 2052'; the groups table's "
               "'Språk' shares a word"),
        P("S1", accepted(s1), "process", "partial", ev="Eldrerådet og rådet for personer",
          missing=["uttalelse fra ungdomsrådet"],
          trap="a sentence of '4 Organisering og medvirkning', AMENDED: ' og' struck, ', ' and "
               "' og ungdomsrådet' inserted. The two councils of the original wording treated "
               "the draft (past tense); the inserted ungdomsråd is named nowhere in the plan"),
        P("S2", accepted(s2), "process", "covered", ev="Vedtatt av kommunestyret 28. november",
          trap="the deadline MOVED in the meeting: '1. november' struck, '1. desember' inserted "
               "(printed 'innen 1. november1. desember 2050'). The plan was adopted on 28 "
               "November 2050: in time only by the amended date. Not points: the struck point "
               "4, the struck sentence on a digital veileder, the budget frame, the "
               "arbeidsgruppe, the permission to invite organisations, the comment balloons, "
               "the reading note, the copy list"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["digital-inkludering"],
                producer="a MANDATE SENT OUT WITH TRACKED CHANGES SHOWN (python-docx + raw "
                "WordprocessingML → LibreOffice, Arial as Liberation Sans 10.5, nb-NO, a wide "
                "right margin with two comment balloons, running header over a rule, 'Side n "
                "av m'): the formannskap's amendments printed as struck deletions and "
                "underlined insertions with change bars — point 4 struck whole, point 9 "
                "inserted whole, points 2, 3, 6 and 8 and sentence S1 reworded inside, the "
                "deadline S2 moved; plan the kommune's web page printed with Chromium "
                "(Liberation Sans 9.8, 'Side n av m'), a process chapter in the past tense, a "
                "groups table, headings in other words, shared words, a deferral, a tiltak "
                "table with costs", points=g)


# =========================================================================== 2 naerbutikkar (nn)
@pair
def naerbutikkar(d: Path) -> dict:
    dash = [
        "kartleggje kva tenester kvar av dei fem nærbutikkane har i dag, som post, apotekvarer "
        "og drivstoff",
        "vurdere korleis kommunen kan støtte butikkane ved å kjøpe varer og tenester lokalt",
        "greie ut om butikkane kan vere utleveringsstad for bibliotekbøker og tekniske "
        "hjelpemiddel",
        "foreslå korleis eldre og andre utan bil kan kome seg til butikken",
        "vise kva kommunen skal gjere når ein butikk står i fare for å leggje ned",
    ]
    s1 = ("Det skal haldast eit ope møte på Hamrane, på Lid og i Skorvoll før planframlegget blir "
          "lagt fram.")
    s2 = "Planframlegget skal leggjast fram for kommunestyret før sommarferien 2051."
    ours = dict(
        org="URDVIK KOMMUNE",
        head="Oppstart av arbeidet med plan for nærbutikkar og service i bygdene",
        blocks=[("p", "Kommunestyret i Urdvik vedtok 27. februar 2050 (sak 12/50) at kommunen "
                      "skal lage ein plan for nærbutikkar og service i bygdene. Sidan 2046 har to "
                      "av dei sju daglegvarebutikkane i kommunen lagt ned, og fleire av dei som er "
                      "att, slit med å gå rundt. Nærbutikken er ofte den siste møteplassen i "
                      "bygda."),
                ("p", "Planen skal mellom anna:")]
        + [("dash", t) for t in dash]
        + [("p", s1 + " " + s2),
           ("p", "Innspel til planarbeidet kan sendast til postmottak@urdvik.kommune.no innan "
                 "15. april 2050. Merk innspelet «Nærbutikkplan». Spørsmål kan rettast til "
                 "næringsrådgjevar Oddny Rusten, tlf. 57 84 20 11."),
           ("small", "Urdvik kommune · Rådhusvegen 4 · urdvik.kommune.no")],
    )
    zoning = dict(
        org="URDVIK KOMMUNE",
        head="Offentleg ettersyn: detaljregulering for Lidsvingen bustadfelt",
        blocks=[("p", "Planutvalet vedtok 26. februar 2050 å leggje framlegg til "
                      "detaljregulering for Lidsvingen bustadfelt (planID 4650-2049003) ut til "
                      "offentleg ettersyn. Planen legg til rette for 14 einebustader, ein "
                      "leikeplass og fortau langs Lidsvegen fram til butikken."),
                ("p", "Planframlegget ligg på urdvik.kommune.no/horingar og på servicetorget i "
                      "rådhuset. Merknader kan sendast til postmottak@urdvik.kommune.no innan 20. "
                      "april 2050.")],
    )
    agm = dict(
        org="SKORVOLL GRENDALAG",
        head="Årsmøte",
        blocks=[("p", "Årsmøtet blir halde i Skorvoll grendahus torsdag 21. mars kl. 19.00. "
                      "Saker:"),
                ("num", "1.", "Årsmelding 2049"), ("num", "2.", "Rekneskap 2049"),
                ("num", "3.", "Framtida til butikken i Skorvoll"),
                ("num", "4.", "Kontingent"), ("num", "5.", "Val"),
                ("p", "Saker som skal opp på årsmøtet, må vere styret i hende innan 14. mars. "
                      "Kaffi og vaflar. Alle velkomne!"),
                ("small", "Styret")],
    )
    job = dict(
        org="LEDIG STILLING",
        head="Nærkjøp Lid søkjer butikkmedarbeidar (50 %)",
        tint="#f2efe4",
        blocks=[("p", "Vi er ein travel nærbutikk med post i butikk, apotekvarer, "
                      "drivstoffpumpe og tippekiosk. Vi søkjer ein blid og påliteleg medarbeidar "
                      "i 50 % stilling frå 1. mai. Arbeidstida er kveldar og annakvar laurdag."),
                ("p", "Du må vere fylt 18 år. Erfaring frå butikk er ein fordel, men ikkje eit "
                      "krav. Søknad med CV sendast til dagleg leiar Sverre Lidal innan 25. mars."),
                ("small", "Nærkjøp Lid · Lidsvegen 31")],
    )
    road = dict(
        org="FYLKESKOMMUNEN",
        head="Stenging av fv. 5630 ved Skorvoll bru",
        blocks=[("p", "Fylkesveg 5630 blir stengd ved Skorvoll bru måndag 18. mars kl. 09.00–"
                      "15.00 på grunn av inspeksjon av brua. Utrykkingskøyretøy kjem fram. "
                      "Omkøyring via Hamrane er skilta."),
                ("small", "Vegavdelinga · tlf. 57 60 00 00")],
    )
    tax = dict(
        org="URDVIK KOMMUNE",
        head="Eigedomsskatt 2050",
        blocks=[("p", "Eigedomsskattelista for 2050 ligg ute til offentleg ettersyn på "
                      "servicetorget og på urdvik.kommune.no frå 11. mars til 8. april 2050. "
                      "Skattesatsen er 4 promille. Klage på utskrivinga må sendast innan seks "
                      "veker etter at skattesetelen er send ut.")],
    )
    church = dict(
        org="URDVIK SOKNERÅD",
        head="Gudstenester",
        blocks=[("p", "Sundag 10. mars: Urdvik kyrkje kl. 11.00, nattverd."),
                ("p", "Sundag 17. mars: Hamrane kyrkje kl. 11.00, familiegudsteneste med "
                      "tårnagentane."),
                ("p", "Sundag 24. mars: Skorvoll kapell kl. 18.00, kveldsmesse."),
                ("small", "Kyrkjekontoret · tlf. 57 84 21 50")],
    )
    lease = dict(
        org="TIL LEIGE",
        head="Lokale i Hamrane sentrum",
        tint="#f2efe4",
        blocks=[("p", "Tidlegare butikklokale på 140 m² med lager og parkering, eigna for "
                      "kontor, verkstad eller sal. Ledig frå 1. juni."),
                ("small", "Hamrane Eigedom AS · tlf. 913 44 208")],
    )
    newspaper_pdf(d / "mandate.pdf", [[ours], [zoning, agm, church], [job, road, tax, lease]],
                  paper=DROP["naerbutikkar"][0], date=DROP["naerbutikkar"][1],
                  page=DROP["naerbutikkar"][3], section=DROP["naerbutikkar"][2],
                  foot=DROP["naerbutikkar"][4], title="Urdvikposten 9. mars 2050, side 22",
                  advert=["VÅRSALG", "Måling, beis og hagereiskap – opptil 40 % rabatt",
                          "Urdvik Byggvare · Industrivegen 2 · Ope 7–18, laurdag 9–15"])

    butikk = [
        ["Hamrane Handel", "Ja", "Ja", "Ja", "9–20"],
        ["Nærkjøp Lid", "Ja", "Ja", "Ja", "8–21"],
        ["Skorvoll Landhandel", "Ja", "Nei", "Nei", "10–18"],
        ["Brekkeli Matsenter", "Nei", "Ja", "Nei", "9–19"],
        ["Kvåle Samvirkelag", "Ja", "Nei", "Ja", "10–17"],
    ]
    p = [
        ("title", "Plan for nærbutikkar og service i bygdene 2051–2054"),
        ("meta", "Urdvik kommune · planframlegg frå næringsavdelinga · august 2051"),
        ("h1", "1 Innleiing"),
        ("p", "Kommunestyret vedtok i februar 2050 at kommunen skal lage ein plan for "
              "nærbutikkar og service i bygdene. Urdvik har i dag fem nærbutikkar utanfor "
              "sentrum: på Hamrane, Lid, Skorvoll, Brekkeli og Kvåle. Planen gjeld for 2051–2054."),
        ("h1", "2 Slik har vi arbeidd"),
        ("p", "Vi heldt ope møte på Hamrane 22. mai 2050 og på Lid 23. mai 2050, med til saman 85 "
              "frammøtte. Alle dei fem butikkane har svart på ei spørjeundersøking om tenestene "
              "og økonomien sin, og vi har hatt møte med kvar av dei."),
        ("p", "Planframlegget blir lagt fram for kommunestyret 16. oktober 2051."),
        ("h1", "3 Butikkane i dag"),
        ("p", "Tabellen viser kva tenester kvar av dei fem butikkane har, og når dei er opne."),
        ("table", ["Butikk", "Post i butikk", "Apotekvarer", "Drivstoff", "Ope kvardagar"],
         butikk, [4.4, 2.6, 2.6, 2.4, 3.0]),
        ("p", "Butikkane på Skorvoll og Kvåle har hatt underskot dei tre siste åra."),
        ("h1", "4 Kommunen som kunde"),
        ("p", "Frå 2052 skal omsorgsbustadene på Lid og Skorvoll og barnehagane i bygdene kjøpe "
              "matvarer frå nærbutikken der det er mogleg innanfor innkjøpsreglane. Kommunen vil "
              "òg bruke butikkane til utlevering av sekkar til hageavfall og av fiskekort."),
        ("h1", "5 Butikken som utleveringsstad"),
        ("p", "Frå hausten 2051 kan lånarane hente og levere bibliotekbøker i alle dei fem "
              "butikkane. Tekniske hjelpemiddel må framleis hentast på hjelpemiddellageret i "
              "sentrum; det har vi ikkje greidd ut."),
        ("h1", "6 Når butikken står i fare"),
        ("p", "Når ein butikk varslar at han kan måtte leggje ned, kallar næringsrådgjevaren inn "
              "eigaren, grendalaget og kommunedirektøren til eit møte innan to veker. Kommunen "
              "kan gje tilskot frå næringsfondet til ei omstilling, til dømes til nytt kjøle- "
              "og frysanlegg, og hjelper med søknad om tilskot frå fylkeskommunen."),
        ("h1", "7 Transport"),
        ("p", "Mange eldre i bygdene har ikkje bil, og bussen går sjeldan. Korleis dei kan kome "
              "seg til butikken, vil bli vurdert når fylkeskommunen lagar ny rutestruktur for "
              "Urdvik i 2052."),
    ]
    docx_pdf(d / "plan.pdf", p, title="Plan for nærbutikkar og service i bygdene 2051–2054",
             author="Urdvik kommune", font="Liberation Sans", size=10, lang="nn-NO",
             header="Urdvik kommune · Nærbutikkplan 2051–2054", footer="Side {PAGE} av {NUMPAGES}",
             accent="1D3B5C", head_fill="DCE4EE")
    g = [
        P("1", dash[0], "content", "covered", ev="Tabellen viser kva tenester kvar",
          trap="a dash under 'Planen skal mellom anna:' in the kommune's NOTICE on a NEWSPAPER "
               "PAGE OF PUBLIC NOTICES (three columns, framed notices; numbered 1–5 by place). "
               "Answered by a table of the five shops' services"),
        P("2", dash[1], "content", "covered", ev="Frå 2052 skal omsorgsbustadene",
          trap="answered under a heading in other words ('Kommunen som kunde')"),
        P("3", dash[2], "content", "partial", ev="Frå hausten 2051 kan lånarane",
          missing=["utlevering av tekniske hjelpemiddel i butikkane (ikkje greidd ut)"],
          trap="library books answered; the hjelpemiddel refused in plain words ('det har vi "
               "ikkje greidd ut')"),
        P("4", dash[3], "content", "uncovered",
          trap="put off: 'vil bli vurdert når fylkeskommunen lagar ny rutestruktur for Urdvik i "
               "2052'; 'Mange eldre i bygdene har ikkje bil' shares the point's words"),
        P("5", dash[4], "content", "covered", ev="Når ein butikk varslar at han",
          trap="answered under a heading in other words ('Når butikken står i fare')"),
        P("S1", s1, "process", "partial", ev="Vi heldt ope møte på Hamrane",
          missing=["det opne møtet i Skorvoll"],
          trap="a sentence after the dashes; two of the three open meetings held (past tense), "
               "Skorvoll's never"),
        P("S2", s2, "process", "uncovered",
          trap="MISSED: 'Planframlegget blir lagt fram for kommunestyret 16. oktober 2051', after "
               "the summer holiday of 2051. Not points: the notice's background, the address "
               "for innspel and its deadline (for the public), the contact line, and everything "
               "in the other notices on the page: the zoning hearing ('Planen legg til rette for "
               "…'), the grendalag's numbered agenda (item 3 'Framtida til butikken i "
               "Skorvoll'), the shop's job advert ('post i butikk, apotekvarer, "
               "drivstoffpumpe'), the road closure"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["naerbutikkar"],
                producer="a NEWSPAPER PAGE OF PUBLIC NOTICES as the e-paper prints it "
                "(reportlab, Liberation Serif 8.1 in framed notices in three columns under a "
                "masthead and a 'Kunngjeringar' band): the kommune's notice of the start of the "
                "plan work with 'Planen skal mellom anna:' and five hand-typed '–' dashes and "
                "two process sentences, beside a zoning hearing, a grendalag's annual meeting "
                "with a numbered agenda, a shop's job advert and a road closure; plan exported "
                "from Word (Liberation Sans 10, nn-NO, running header, 'Side n av m'), a process "
                "chapter in the past tense, a shops table, headings in other words, a refusal, "
                "a deferral, a missed deadline", points=g)


# =========================================================================== 3 nedskrapning (sv)
@pair
def nedskrapning(d: Path) -> dict:
    ska = [
        "redovisa var i kommunen nedskräpningen är störst, utifrån skräpmätningar",
        "föreslå fler och bättre placerade papperskorgar i centrum och vid badplatserna",
        "beskriva hur skolorna kan delta i skräpplockning och i undervisning om nedskräpning",
        "ange hur nedskräpningen vid återvinningsstationerna ska minska, i samverkan med "
        "producenterna",
        "innehålla en åtgärdslista med ansvar och kostnad för varje åtgärd",
    ]
    arbete = [
        "Projektgrupp: gatu- och parkenheten, miljöenheten och kommunikationsenheten",
        "Medborgardialog på torget och digitalt under våren 2050",
        "Samråd med Håll Sverige Rent och fastighetsägarna i centrum",
    ]
    tid = [["21 jan 2050", "Dragning i KSAU (i dag)"],
           ["mars–maj 2050", "Medborgardialog och samråd"],
           ["sept 2050", "Förslaget lämnas till kommunstyrelsen"]]
    slides = [
        dict(title="", cover=["Handlingsplan mot nedskräpning 2051–2054",
                              "Uppdrag och upplägg",
                              "Dragning för kommunstyrelsens arbetsutskott 21 januari 2050",
                              "Gatu- och parkenheten · Björkvåla kommun"]),
        dict(title="Bakgrund", blocks=[("bullets", [
            "Skräpmätningen 2049: i snitt 34 skräp per 10 m² på Stora torget",
            "312 felanmälningar om nedskräpning 2049 (186 år 2046)",
            "Mest fimpar, snus och engångsmuggar",
            "Nedskräpning vid fyra av sju återvinningsstationer"])]),
        dict(title="Uppdraget", blocks=[
            ("p", "Kommunstyrelsen gav den 14 november 2049 (§ 188) samhällsbyggnadsförvaltningen "
                  "i uppdrag att ta fram en handlingsplan mot nedskräpning för 2051–2054."),
            ("p", "Planen ska antas av kommunfullmäktige.")]),
        dict(title="Planen ska", blocks=[("bullets", ska)]),
        dict(title="Planen ska inte", blocks=[("bullets", [
            "omfatta naturreservaten (länsstyrelsens ansvar)",
            "ta upp tillsyn och sanktioner enligt miljöbalken",
            "omfatta nedskräpning i sjöar och vattendrag"])]),
        dict(title="Så arbetar vi", blocks=[("bullets", arbete)]),
        dict(title="Tidplan", blocks=[("table", ["När", "Vad"], tid, [24, 60])]),
        dict(title="Att ta ställning till", blocks=[
            ("p", "Ska planen också omfatta skräp från båtlivet i gästhamnen?"),
            ("p", "Förvaltningens förslag: frågan tas upp med referensgruppen i mars.")]),
        dict(title="Tack!", blocks=[
            ("p", "Frågor? Kontakta projektledaren Elin Sandgren, gatu- och parkenheten, "
                  "elin.sandgren@bjorkvala.se")]),
    ]
    handouts_pdf(d / "mandate.pdf", slides, head_left=DROP["nedskrapning"][0],
                 head_right=DROP["nedskrapning"][1], title="Handlingsplan mot nedskräpning – "
                 "uppdrag och upplägg", author="Björkvåla kommun")
    matt = [["Stora torget", "34", "29"], ["Resecentrum", "27", "31"],
            ["Stadsparken", "12", "10"], ["Strandvägen", "9", "8"],
            ["Björkvålabadet", "6", "7"], ["Industriområdet Norr", "5", "4"]]
    atg = [["1", "18 nya papperskorgar med sensorer runt Stora torget och resecentrum",
            "Gatu- och parkenheten", "2051"],
           ["2", "Fimpkampanj med restaurangerna vid torget", "Miljöenheten", "2051"],
           ["3", "Extra städrunda på lördagar i centrum", "Gatu- och parkenheten", "2051–2054"],
           ["4", "Skräpmätning varje juni", "Gatu- och parkenheten", "Varje år"]]
    css = ("@page{size:A4;margin:16mm 17mm 18mm 17mm;@bottom-left{content:'bjorkvala.se › Gator "
           "och parker';font:8pt 'DejaVu Sans',sans-serif;color:#666}@bottom-right{content:"
           "counter(page) ' (' counter(pages) ')';font:8pt 'DejaVu Sans',sans-serif;color:#666}}"
           "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
           "body{font-family:'DejaVu Sans',sans-serif;font-size:9.4pt;line-height:1.5;"
           "color:#1b1b1b}.band{border-top:5px solid #2e6b30;padding:6px 0 4px;font-weight:bold;"
           "font-size:11pt;color:#2e6b30}.crumb{font-size:7.8pt;color:#666;margin:2px 0 12px}"
           "h1{font-size:17pt;margin:0 0 5px;line-height:1.2}.meta{font-size:8.4pt;color:#444;"
           "margin:0 0 12px}h2{font-size:11.5pt;margin:12px 0 3px;color:#2e6b30;"
           "break-after:avoid}p{margin:0 0 6px}table{border-collapse:collapse;margin:4px 0 8px;"
           "font-size:8.6pt;width:100%}th,td{border-bottom:1px solid #b9c9b9;padding:2px 6px;"
           "text-align:left;vertical-align:top}th{background:#e3eee3}")
    body = (
        "<div class='band'>BJÖRKVÅLA KOMMUN</div><div class='crumb'>Start › Bo, bygga och "
        "miljö › Gator och parker › Nedskräpning</div>"
        "<h1>Handlingsplan mot nedskräpning 2051–2054</h1>"
        "<div class='meta'>Antagen av kommunfullmäktige 2050-11-23, § 141 · Ansvarig: gatu- "
        "och parkenheten</div>"
        "<h2>Om planen</h2>"
        + paras("Kommunstyrelsen gav i november 2049 samhällsbyggnadsförvaltningen i uppdrag att "
                "ta fram en handlingsplan mot nedskräpning. Planen gäller 2051–2054 och omfattar "
                "gator, torg, parker och badplatser som kommunen sköter.")
        + "<h2>Så har vi arbetat</h2>"
        + paras("Under april och maj 2050 frågade vi invånarna om skräp, två lördagar på Stora "
                "torget och i en webbenkät som fick 640 svar. Flest ville ha fler papperskorgar "
                "och bättre städning på helgerna.",
                "Vi hade ett samrådsmöte med Håll Sverige Rent den 12 maj 2050.",
                "Förslaget lämnades till kommunstyrelsen den 8 september 2050.")
        + "<h2>Här är det mest skräp</h2>"
        + paras("Vi mätte skräpet i juni 2049 och juni 2050 med Håll Sverige Rents metod. "
                "Tabellen visar antal skräp per 10 m² på de platser vi mätte.")
        + table_html(["Plats", "2049", "2050"], matt)
        + "<h2>Fler papperskorgar i centrum</h2>"
        + paras("Vi sätter upp 18 nya papperskorgar med sensorer som larmar när de är fulla, de "
                "flesta runt Stora torget och resecentrum. Papperskorgar som står där få "
                "passerar flyttas till gångstråken mellan torget och stationen.")
        + "<h2>Skolorna</h2>"
        + paras("Skolgårdarna städas av fastighetsenheten varje måndag, och alla skolor sorterar "
                "sitt avfall i fem fraktioner.")
        + "<h2>Återvinningsstationerna</h2>"
        + paras("Nedskräpningen vid återvinningsstationerna tas upp i den nya avfallsplanen för "
                "2052–2060, som tas fram tillsammans med producenterna.")
        + "<h2>Åtgärder</h2>"
        + paras("Åtgärdslistan visar vad vi ska göra, vem som ansvarar och när. Kostnaderna tas "
                "fram i budgetarbetet för 2051.")
        + table_html(["Nr", "Åtgärd", "Ansvarig", "År"], atg)
    )
    html_pdf(d / "plan.pdf", lang="sv", title="Handlingsplan mot nedskräpning 2051–2054",
             css=css, body=body)
    g = [
        P("1", ska[0], "content", "covered", ev="Vi mätte skräpet i juni 2049",
          trap="a bullet on the slide 'Planen ska' of a SLIDE DECK PRINTED AS HANDOUTS (three "
               "slides to a page, ruled note lines beside each; numbered 1–5 by place). "
               "Answered by a table of the measurements"),
        P("2", ska[1], "content", "partial", ev="Vi sätter upp 18 nya papperskorgar",
          missing=["papperskorgar vid badplatserna"],
          trap="centrum answered under 'Fler papperskorgar i centrum'; the badplatser are named "
               "only in the plan's scope ('omfattar gator, torg, parker och badplatser')"),
        P("3", ska[2], "content", "uncovered",
          trap="SHARED WORDS under a heading that promises an answer ('Skolorna'): the "
               "schoolyards are cleaned by the property unit and the schools sort their waste; "
               "how the schools take part in picking litter or teach about it is said nowhere"),
        P("4", ska[3], "content", "uncovered",
          trap="put off: 'tas upp i den nya avfallsplanen för 2052–2060, som tas fram "
               "tillsammans med producenterna'"),
        P("5", ska[4], "deliverable", "partial", ev="Åtgärdslistan visar vad vi ska göra",
          missing=["kostnaden för varje åtgärd (tas fram i budgetarbetet)"],
          trap="a table Nr | Åtgärd | Ansvarig | År without costs"),
        P("6", arbete[1], "process", "covered", ev="Under april och maj 2050 frågade vi",
          trap="a bullet on the slide 'Så arbetar vi' (numbered on by place; the first bullet, "
               "the project group, is none); answered in the past tense"),
        P("7", arbete[2], "process", "partial", ev="Vi hade ett samrådsmöte med Håll",
          missing=["samråd med fastighetsägarna i centrum"],
          trap="Håll Sverige Rent consulted (past tense); the property owners are named nowhere"),
        P("8", f"{tid[2][1]}: {tid[2][0]}", "process", "covered", ev="Förslaget lämnades till kommunstyrelsen",
          trap="a row of the TABLE on the slide 'Tidplan' (activity and date joined with ': '); handed "
               "in on 8 September 2050. Not points: the title slide, 'Bakgrund', the order on "
               "'Uppdraget' (the mandate) and its adoption by the fullmäktige, 'Planen ska "
               "inte' (three exclusions), the project group, the rows for today's briefing and "
               "for the dialogue (the bullets already give it), the open question on "
               "'Att ta ställning till', 'Tack!', the note lines, the handout header and page "
               "numbers"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["nedskrapning"],
                producer="a SLIDE DECK PRINTED AS HANDOUTS (reportlab, Liberation Sans, three "
                "16:9 slides to a page in thin frames with the slide number in the corner, eight "
                "ruled note lines beside each, the handout header and the page number): nine "
                "slides, the points on 'Planen ska' (five bullets), 'Så arbetar vi' (two of "
                "three bullets) and one row of the 'Tidplan' table; 'Planen ska inte', the "
                "background and an open question none; plan the kommun's web page printed with "
                "Chromium (DejaVu Sans 9.4, a crumb footer and 'n (m)'), a process chapter in "
                "the past tense, a measurement table, a heading in other words, shared words "
                "under a heading that promises an answer, a deferral, an action table without "
                "costs", points=g)


# =========================================================================== 4 mental-sundhed (da)
@pair
def mental_sundhed(d: Path) -> dict:
    indhold = [
        "en opgørelse af, hvor mange unge der mistrives, ud fra trivselsmålingen",
        "et tilbud til unge med angst og depression, som ikke er syge nok til psykiatrien",
        "hvordan skolerne opdager mistrivsel tidligt, og hvad der sker bagefter",
        "samarbejdet mellem sundhedsplejen, PPR og ungdomsskolen",
        "indsatser med ansvarlig og tidsplan",
    ]
    proces = [
        "Ungerådet og elevrådene på alle folkeskoler inddrages",
        "dialogmøde med forældre i efteråret 2050",
        "planen behandles i Børne- og Ungeudvalget i januar 2051",
    ]
    right = [("Planen skal indeholde", "#1f6f8b", indhold),
             ("Sådan arbejder vi", "#2f7d32", proces)]
    left = [("Baggrund", "#7d7d7d",
             ["hver femte elev i 8. og 9. klasse føler sig ofte ensom",
              "flere henvisninger til PPR siden 2047",
              "lang ventetid i børne- og ungdomspsykiatrien"]),
            ("Ikke med i planen", "#b23a48",
             ["behandling i børne- og ungdomspsykiatrien (regionens opgave)",
              "unge over 25 år"]),
            ("Parkeret", "#c07d12",
             ["ungecafé på Havnegade", "app, hvor unge kan skrive anonymt med en voksen"])]
    svg = mindmap_svg("Handleplan for unges mentale sundhed 2051–2054", right, left)
    css = ("@page{size:A4 landscape;margin:9mm 10mm 9mm 10mm}"
           "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
           "body{font-family:'Liberation Sans',sans-serif;margin:0;color:#1e1e1e}"
           ".top{display:flex;justify-content:space-between;font-size:8pt;color:#555;"
           "border-bottom:0.6pt solid #999;padding-bottom:2px}h1{font-size:14pt;margin:5px 0 1px}"
           ".sub{font-size:8.6pt;color:#444;margin:0 0 3px}.note{font-size:8pt;color:#333;"
           "border-top:0.6pt solid #999;padding-top:3px;margin-top:2px}")
    body = (f"<div class='top'><span>{e(DROP['mental-sundhed'][0])}</span><span>Eksporteret "
            "22.03.2050</span></div>"
            "<h1>Mindmap fra opstartsworkshoppen 7. marts 2050</h1>"
            "<div class='sub'>28 deltagere fra skoler, sundhedspleje, PPR, ungdomsskole, "
            "Ungerådet og forældrebestyrelser</div>" + svg
            + "<div class='note'>Styregruppen godkendte den 21. marts 2050 grenene »Planen skal "
            "indeholde« og »Sådan arbejder vi« som kommissorium for arbejdsgruppen. Grenen "
            "»Parkeret« tages op igen, når planen revideres.</div>")
    html_pdf(d / "mandate.pdf", lang="da", title="Mindmap – unges mentale sundhed", css=css,
             body=body)
    trivsel = [["4.–6. klasse", "6 %", "9 %"], ["7. klasse", "9 %", "14 %"],
               ["8. klasse", "13 %", "19 %"], ["9. klasse", "15 %", "21 %"]]
    ind = [["Ungepsykolog, 30 timer om ugen", "Sundhed og Forebyggelse", "Januar 2051"],
           ["Trivselssamtaler i 5. og 8. klasse", "Sundhedsplejen", "Skoleåret 2051/52"],
           ["Kursus i mental førstehjælp for alle lærere i udskolingen", "Skoleafdelingen",
            "2052"],
           ["Gruppeforløb om angst og bekymringer", "Ungdomsskolen", "Efteråret 2051"]]
    p = [
        ("title", "Handleplan for unges mentale sundhed 2051–2054"),
        ("meta", "Kærsvig Kommune · Børn og Unge · januar 2051"),
        ("h1", "1 Indledning"),
        ("p", "Styregruppen for unges mentale sundhed satte arbejdet i gang i marts 2050 efter en "
              "workshop med fagfolk fra skoler, sundhedspleje, PPR og ungdomsskole. Kommunen har "
              "seks folkeskoler. Handleplanen gælder for 2051–2054."),
        ("h1", "2 Sådan har vi arbejdet"),
        ("p", "Ungerådet holdt en workshop om planen den 24. april 2050. Elevrådene på Brønsvang "
              "Skole og Kærsvig Centralskole kom med forslag på et fællesmøde i maj 2050."),
        ("p", "Et dialogmøde med forældre holdes, når planen er vedtaget."),
        ("h1", "3 Hvor mange mistrives?"),
        ("p", "Trivselsmålingen i foråret 2050 viser, hvor stor en del af eleverne der har lav "
              "trivsel, og hvor mange der ofte føler sig ensomme."),
        ("table", ["Klassetrin", "Lav trivsel", "Ofte ensom"], trivsel, [45, 30, 30]),
        ("h1", "4 Når det er svært, men ikke svært nok"),
        ("p", "Unge mellem 12 og 25 år med lettere angst eller depression, som ikke er henvist "
              "til psykiatrien, kan få et gratis forløb på op til otte samtaler hos kommunens "
              "ungepsykolog. Ventetiden er højst to uger, og de unge kan selv henvende sig."),
        ("h1", "5 Tidlig opsporing i skolen"),
        ("p", "Alle elever i 5. og 8. klasse får en trivselssamtale med sundhedsplejersken, og "
              "lærerne bruger trivselsmålingen til at finde de elever, der mistrives."),
        ("h1", "6 Fælles om de unge"),
        ("p", "Sundhedsplejen, PPR og ungdomsskolen har hver deres tilbud til unge, og mange unge "
              "kender ungdomsskolens klubber og kurser."),
        ("h1", "7 Indsatser"),
        ("p", "Tabellen viser indsatserne, hvem der er ansvarlig, og hvornår de sættes i gang."),
        ("table", ["Indsats", "Ansvarlig", "Hvornår"], ind, [80, 45, 35]),
        ("h1", "8 Politisk behandling"),
        ("p", "Planen blev behandlet i Børne- og Ungeudvalget den 13. januar 2051 og sendes "
              "derefter til byrådet."),
    ]
    rl_pdf(d / "plan.pdf", p, title="Handleplan for unges mentale sundhed 2051–2054",
           author="Kærsvig Kommune", family="LS", size=10, head_left="Kærsvig Kommune",
           head_right="Unges mentale sundhed 2051–2054", foot=lambda n, t: f"Side {n} af {t}",
           accent="#1F6F8B", head_fill="#DDEBF0")
    g = [
        P("1", indhold[0], "content", "covered", ev="Trivselsmålingen i foråret 2050",
          trap="a topic under the branch 'Planen skal indeholde' of a MIND MAP from a start-up "
               "workshop (SVG, topics wrapped into boxes; numbered 1–8 by place, clockwise from "
               "the top right). Answered by a table of the survey"),
        P("2", indhold[1], "content", "covered", ev="Unge mellem 12 og 25 år",
          trap="answered under a heading in other words ('Når det er svært, men ikke svært "
               "nok')"),
        P("3", indhold[2], "content", "partial", ev="Alle elever i 5. og 8. klasse",
          missing=["hvad der sker, når skolen har opdaget, at en elev mistrives"],
          trap="the early detection is described; what follows is said nowhere"),
        P("4", indhold[3], "content", "uncovered",
          trap="SHARED WORDS under a heading that promises an answer ('Fælles om de unge'): the "
               "three services are named, each with its own offer; no cooperation"),
        P("5", indhold[4], "deliverable", "covered", ev="Tabellen viser indsatserne",
          trap="a table Indsats | Ansvarlig | Hvornår"),
        P("6", proces[0], "process", "partial", ev="Ungerådet holdt en workshop",
          missing=["elevrådene på de fire andre folkeskoler"],
          trap="a topic under 'Sådan arbejder vi'; the Ungeråd held a workshop, the elevråd of "
               "two of the six schools took part (the plan says there are six)"),
        P("7", proces[1], "process", "uncovered",
          trap="put off: 'Et dialogmøde med forældre holdes, når planen er vedtaget'"),
        P("8", proces[2], "process", "covered", ev="Planen blev behandlet i Børne- og",
          trap="treated on 13 January 2051. Not points: the central topic, the branches "
               "'Baggrund' (facts), 'Ikke med i planen' (exclusions) and 'Parkeret' (ideas left "
               "for the revision), the workshop line, the approval note (it says which branches "
               "are the brief)"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["mental-sundhed"],
                producer="a MIND MAP from a start-up workshop as a mind-mapping tool exports it "
                "(SVG printed with Chromium, A4 landscape, one page, Liberation Sans about 8 pt "
                "in rounded boxes with curved connectors): a central topic, the branches "
                "'Planen skal indeholde' (five topics) and 'Sådan arbejder vi' (three) to the "
                "right, 'Baggrund', 'Ikke med i planen' and 'Parkeret' to the left, a note that "
                "the steering group approved the two right branches as the brief; plan laid out "
                "with reportlab (Liberation Sans 10, running head with a rule, 'Side n af m'), a "
                "process chapter in the past tense with a deferral, a survey table, headings in "
                "other words, shared words under a heading that promises an answer, an "
                "indsats table", points=g)


# =========================================================================== 5 stoke-ardley (en)
@pair
def stoke_ardley(d: Path) -> dict:
    pm = [
        ["PM1", "Policy SA1", "In the second sentence, replace 'will not be permitted' with 'will "
                              "not normally be supported'."],
        ["PM2", "Policy SA2", "Replace the policy with: 'Proposals for five or more dwellings "
                              "should provide a mix of house sizes that reflects the most recent "
                              "evidence of housing need in the parish.'"],
        ["PM3", "Policy SA4", "Delete the Recreation Ground from the list of Local Green Spaces "
                              "and from the Policies Map."],
        ["PM4", "Policy SA5", "Add a new criterion: 'g) provides secure, covered storage for at "
                              "least one bicycle per bedroom'."],
        ["PM5", "Policy SA7", "Replace the requirement for three parking spaces for each dwelling "
                              "of four or more bedrooms with a requirement to meet the District "
                              "Council's adopted parking standards."],
        ["PM6", "Paragraph 4.12", "Update the paragraph to state that the Harlingdon Local Plan "
                                  "2048–2063 was adopted in March 2049."],
        ["PM7", "Policy SA9", "Add the village shop and post office at 2 Church Street and the "
                              "Ardley Arms public house to the list of community facilities."],
        ["PM8", "New section after Section 7", "Add a section setting out how the Parish Council "
                                              "will monitor the Plan and when it will consider a "
                                              "review."],
    ]
    minor = [["7", "'Ardley Brook', not 'Ardley Stream'"],
             ["15", "Figure 3: add a north point and a key"],
             ["22", "Delete the duplicated paragraph 6.4"],
             ["24", "Policy SA8: 'Environment Agency', not 'Environmental Agency'"]]
    m = [
        ("title", "Stoke Ardley Neighbourhood Development Plan 2050–2065"),
        ("bold", "Report of the Independent Examination"),
        ("meta", "Submitted to Harlingdon District Council by Helen Marchbank BA (Hons) MA MRTPI, "
                 "Independent Examiner · 14 November 2049"),
        ("h1", "1 Summary"),
        ("p", "I have examined the Stoke Ardley Neighbourhood Development Plan 2050–2065 (the "
              "Plan), submitted by Stoke Ardley Parish Council (the Qualifying Body). I conclude "
              "that, subject to the modifications I recommend in Appendix 1, the Plan meets the "
              "basic conditions and the other legal requirements."),
        ("p", "I recommend that the Plan, as modified, proceeds to a referendum, and that the "
              "referendum area is the neighbourhood area."),
        ("h1", "2 The examination"),
        ("p", "I was appointed by Harlingdon District Council, with the agreement of the Parish "
              "Council, in August 2049. I visited the parish on 9 October 2049 and considered "
              "the Plan by written representations; no hearing was needed. Eleven "
              "representations were made during the Regulation 16 consultation, and I have "
              "taken all of them into account."),
        ("h1", "3 The policies"),
        ("p", "Policy SA1 (Settlement boundary). The policy is clear, but its statement that "
              "development outside the boundary 'will not be permitted' goes further than "
              "national policy, which allows some kinds of development in the countryside. PM1 "
              "corrects this."),
        ("p", "Policy SA2 (Housing mix). The requirement that at least 40 per cent of new homes "
              "have one or two bedrooms is not supported by the housing needs survey, which is "
              "now six years old. PM2 replaces it with a policy that looks to the most recent "
              "evidence."),
        ("p", "Policy SA4 (Local Green Spaces). The Recreation Ground is already protected as a "
              "playing field and is an extensive tract of land; it does not meet the national "
              "criteria for a Local Green Space. The other five spaces do. PM3 deletes it."),
        ("p", "Policy SA5 (Design). The Plan's evidence on cycling supports a requirement for "
              "cycle storage in new homes. PM4 adds one."),
        ("p", "Policy SA7 (Parking). The District Council's parking standards were adopted after "
              "the Plan was drafted, and a different local standard has not been justified. PM5 "
              "refers to the adopted standards instead."),
        ("p", "Paragraph 4.12 is out of date (PM6), and Policy SA9 leaves out two of the "
              "facilities the community valued most in the survey (PM7). The Plan says nothing "
              "about how it will be monitored; PM8 asks for a short section on this."),
        ("h1", "4 Other matters"),
        ("p", "Appendix 2 lists minor corrections of fact and spelling. They are not needed to "
              "meet the basic conditions, and the Parish Council may make them at its "
              "discretion. The Policies Map would be easier to read at a larger scale."),
        ("h1", "Appendix 1 – Schedule of recommended modifications"),
        ("table", ["Ref", "Policy or paragraph", "Modification"], pm, [1.6, 3.6, 11.2]),
        ("h1", "Appendix 2 – Minor corrections"),
        ("table", ["Page", "Correction"], minor, [1.6, 14.8]),
        ("p", "Helen Marchbank, Independent Examiner, 14 November 2049"),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Stoke Ardley Neighbourhood Plan – Examiner's Report",
             author="Helen Marchbank", font="Liberation Serif", size=11, lang="en-GB",
             header=DROP["stoke-ardley"][0], footer="Page {PAGE} of {NUMPAGES}",
             accent="2B4A6F", head_fill="E4EAF2")
    p = [
        ("title", "Stoke Ardley Neighbourhood Development Plan 2050–2065"),
        ("meta", "Referendum Version · January 2050 · Stoke Ardley Parish Council"),
        ("h1", "1 Introduction"),
        ("p", "This is the Referendum Version of the Stoke Ardley Neighbourhood Development Plan. "
              "The Plan was prepared by the Parish Council with a steering group of residents "
              "and was examined by an independent examiner in the autumn of 2049. Following the "
              "examination, the Plan has been modified in line with the examiner's "
              "recommendations."),
        ("h1", "2 The parish"),
        ("p", "Stoke Ardley has 1,140 residents in 496 homes. The village has a primary school, "
              "a village hall, a shop with a post office, a public house and the Recreation "
              "Ground, which is protected as a playing field."),
        ("h1", "3 Vision and objectives"),
        ("p", "In 2065 Stoke Ardley will still be a compact village in open countryside, with "
              "homes that local people can afford and the services that make it a community."),
        ("h1", "4 Planning context"),
        ("typed", "4.11", "The Plan must be in general conformity with the strategic policies of "
                          "the development plan for Harlingdon.", 1.1, 0.0),
        ("typed", "4.12", "The Harlingdon Local Plan 2048–2063 was submitted for examination in "
                          "2048. When it is adopted, it will replace the Harlingdon Core "
                          "Strategy 2031.", 1.1, 0.0),
        ("h1", "5 Housing and design"),
        ("bold", "Policy SA1 – Settlement boundary"),
        ("p", "Development will be supported within the settlement boundary shown on the "
              "Policies Map. Outside the boundary, new homes will not normally be supported "
              "unless they are rural exception sites or replacement dwellings."),
        ("bold", "Policy SA2 – Housing mix"),
        ("p", "On sites of five or more dwellings, at least 40 per cent of new homes shall have "
              "one or two bedrooms."),
        ("bold", "Policy SA3 – Affordable housing"),
        ("p", "Affordable homes on rural exception sites will be let first to people with a "
              "local connection to the parish."),
        ("bold", "Policy SA4 – Local Green Spaces"),
        ("p", "The following are designated as Local Green Spaces, where development will be "
              "managed in line with national policy for Green Belts: Church Meadow; the Pound; "
              "Mill Pond and its banks; the Ardley Lane orchard; the Cricket Field."),
        ("bold", "Policy SA5 – Design"),
        ("p", "New development should: a) respect the scale and spacing of the buildings around "
              "it; b) use brick, flint or render as found in the village; c) keep hedgerows on "
              "site boundaries; d) avoid lighting that spills into the countryside; e) provide "
              "gardens in keeping with the street; f) bring forward designs that save energy; g) "
              "provide secure, covered cycle storage."),
        ("h1", "6 Getting around"),
        ("bold", "Policy SA6 – Footpaths"),
        ("p", "Proposals that would improve the footpaths between the village and Ardley Halt "
              "station will be supported."),
        ("bold", "Policy SA7 – Parking"),
        ("p", "New homes should provide off-street parking that meets Harlingdon District "
              "Council's adopted parking standards."),
        ("h1", "7 Community and environment"),
        ("bold", "Policy SA8 – Flood risk"),
        ("p", "Development near Ardley Brook must show, to the satisfaction of the Environment "
              "Agency, that it will not increase the risk of flooding elsewhere."),
        ("bold", "Policy SA9 – Community facilities"),
        ("p", "The following community facilities will be protected: the Village Hall, St "
              "Michael's Primary School, the Recreation Ground pavilion, and the village shop "
              "and post office at 2 Church Street. Proposals that would lead to the loss of any "
              "of them will be supported only if the facility is no longer viable or is "
              "replaced."),
        ("h1", "8 Monitoring and review"),
        ("p", "The Parish Council will report on how the policies have been used at each Annual "
              "Parish Meeting, drawing on the planning decisions made by the District Council "
              "in the year before. It will consider whether the Plan needs a review in 2055, or "
              "sooner if national policy changes."),
    ]
    odt_pdf(d / "plan.pdf", p, title="Stoke Ardley Neighbourhood Development Plan 2050–2065",
            font="Liberation Sans", size=10, lang="en", country="GB",
            header="Stoke Ardley Neighbourhood Development Plan · Referendum Version",
            footer="{n}", accent="#2B4A6F", head_fill="#E4EAF2")
    t = {r[0]: r[2] for r in pm}
    g = [
        P("PM1", t["PM1"], "content", "covered", ev="Development will be supported within",
          trap="a row of the SCHEDULE OF RECOMMENDED MODIFICATIONS in a NEIGHBOURHOOD PLAN "
               "EXAMINER'S REPORT (Ref | Policy or paragraph | Modification; the point is the "
               "Modification cell, numbered by its Ref). Answered when the referendum version "
               "carries the new wording: 'will not normally be supported'"),
        P("PM2", t["PM2"], "content", "uncovered",
          trap="SHARED WORDS: Policy SA2 – Housing mix is still there in its OLD wording ('at "
               "least 40 per cent of new homes shall have one or two bedrooms'), though the "
               "introduction says the Plan 'has been modified in line with the examiner's "
               "recommendations'"),
        P("PM3", t["PM3"], "content", "covered", ev="The following are designated as Local",
          trap="answered by an absence: the Recreation Ground is no longer in the list (it is "
               "named elsewhere as a playing field and its pavilion under SA9)"),
        P("PM4", t["PM4"], "content", "partial", ev="New development should: a) respect",
          missing=["at least one bicycle per bedroom (criterion g) has no number)"],
          trap="criterion g) added without the quantity the examiner set"),
        P("PM5", t["PM5"], "content", "covered", ev="New homes should provide off-street",
          trap="the three spaces are gone; the policy refers to the adopted standards"),
        P("PM6", t["PM6"], "content", "uncovered",
          trap="paragraph 4.12 not updated: the Local Plan is still 'submitted for examination "
               "in 2048. When it is adopted …' — the words of the modification shared, its "
               "fact missing"),
        P("PM7", t["PM7"], "content", "partial", ev="The following community facilities will",
          missing=["the Ardley Arms public house"],
          trap="the shop and post office added to SA9; the pub (named in the parish "
               "description as 'a public house') is not in the list"),
        P("PM8", t["PM8"], "content", "covered", ev="The Parish Council will report on how",
          trap="a new section '8 Monitoring and review'. Not points: the recommendations in the "
               "Summary (the referendum and its area: the District Council's decisions), the "
               "reasoning in '3 The policies' (it names the modifications by their Ref), the "
               "discretionary minor corrections of Appendix 2 and the remark on the map's "
               "scale"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["stoke-ardley"],
                producer="a NEIGHBOURHOOD PLAN EXAMINER'S REPORT exported from Word (Liberation "
                "Serif 11, en-GB, running header, 'Page n of m'): a summary recommending a "
                "referendum, the examination, the reasoning policy by policy (naming PM1–PM8), "
                "'Other matters', Appendix 1 'Schedule of recommended modifications' (Ref | "
                "Policy or paragraph | Modification: the points) and Appendix 2 'Minor "
                "corrections' (discretionary, none); plan the referendum version written with "
                "odfpy (Liberation Sans 10, en-GB, running header, bare page number), policies "
                "in bold lead lines, a paragraph left in its old wording, a policy left "
                "unmodified, modifications made in part", points=g)


# =========================================================================== checks and main


def marked_parts(name: str, points: list[dict]) -> list[dict]:
    """POINTS with each point that carries tracked changes (MARKED) replaced by the stretches
    of its accepted text that are printed unbroken (printed_parts): the struck words stand
    inside the accepted text, so it is not printed in one piece."""
    marked = MARKED.get(name, {})
    out = []
    for pt in points:
        if pt["number"] in marked:
            out += [dict(pt, text=t) for t in printed_parts(marked[pt["number"]])]
        else:
            out.append(pt)
    return out


class _B20Marked:
    """Batch 20's builder as pairkit uses it (HERE, verify, check_points_in_mandate), its
    construction check given the printed stretches of a point with tracked changes."""

    def __getattr__(self, name):
        return getattr(_b20, name)

    def __setattr__(self, name, value):
        setattr(_b20, name, value)

    def check_points_in_mandate(self, d, mandate, points, drop=()):
        _b20.check_points_in_mandate(d, mandate, marked_parts(d.name, points), drop)


def check_texts(names: list[str]) -> list[str]:
    """--verify, first half: every gold point's text printed in its mandate (batch 20's
    construction check on the written gold, running header and footer lines dropped); for a
    point with tracked changes its gold text must be the accepted wording of MARKED and every
    stretch of it printed."""
    bad = []
    for name in names:
        d = HERE / name
        gold = yaml.safe_load((d / "coverage.gold.yaml").read_text(encoding="utf-8"))
        for pt in gold["points"]:
            mk = MARKED.get(name, {}).get(pt["number"])
            if mk and not accepted(mk).startswith(pt["text"]):
                bad.append(f"{name} {pt['number']}: gold text is not the accepted wording")
        try:
            _b20.check_points_in_mandate(d, gold["mandate"], marked_parts(name, gold["points"]),
                                         DROP[name])
        except SystemExit as exc:
            bad.append(str(exc))
        print(f"{name}: {len(gold['points'])} point texts checked", file=sys.stderr)
    return bad


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them (point texts in the mandate,
    then the gold quotes on their pages), or --twice: build everything twice and compare the
    sha256 of every file (pairkit.mandates_main)."""
    if argv[:1] == ["--verify"]:
        bad = check_texts(argv[1:] or list(PAIRS))
        for b in bad:
            print(b)
        if bad:
            raise SystemExit(f"verify: {len(bad)} point text(s) not printed")
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_B20Marked(), builder=BUILDER)


BUILDER = "corpora/mandates-blind51/make_pairs.py"

if __name__ == "__main__":
    main(sys.argv[1:])
