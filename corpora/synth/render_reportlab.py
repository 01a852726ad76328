"""The document model → PDF with reportlab platypus, as report generators in case-handling
systems make them.

Page templates give portrait, landscape and two-column pages (a template applies from a new
page, so the two-column part starts on a fresh page here: platypus cannot change the frame
layout in the middle of a page). ``ListFlowable`` numbers automatic lists ("1." and "1.1"),
``Table`` spans cells, repeats header rows and splits a row over a page (``splitInRow``);
letter-spaced headings are drawn with the canvas' character spacing; header and footer are
drawn on every page.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from corpora.synth.compose import Doc, Heading, ListBlock, Para, Section, TableBlock, TabOutline
from corpora.synth.compose import PageBreak as DocPageBreak

FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
MARGIN = 2.2 * cm


@cache
def _fonts() -> tuple[str, str]:
    """Liberation Sans when installed (æøåäö and dashes in any case), else Helvetica."""
    try:
        pdfmetrics.registerFont(TTFont("LibSans", str(FONT_DIR / "LiberationSans-Regular.ttf")))
        pdfmetrics.registerFont(TTFont("LibSans-Bold", str(FONT_DIR / "LiberationSans-Bold.ttf")))
        pdfmetrics.registerFont(TTFont("LibSans-Italic", str(FONT_DIR / "LiberationSans-Italic.ttf")))
        pdfmetrics.registerFontFamily("LibSans", normal="LibSans", bold="LibSans-Bold", italic="LibSans-Italic",
                                      boldItalic="LibSans-Bold")
        return "LibSans", "LibSans-Bold"
    except Exception:
        return "Helvetica", "Helvetica-Bold"


class SpacedHeading(Flowable):
    """A heading set with wide character spacing (canvas ``charSpace``), wrapped by words."""

    def __init__(self, text: str, font: str, size: float, space: float):
        super().__init__()
        self.text, self.font, self.size, self.space = text, font, size, space
        self.lines: list[str] = []

    def _width(self, s: str) -> float:
        return pdfmetrics.stringWidth(s, self.font, self.size) + self.space * len(s)

    def wrap(self, avail_w, avail_h):
        self.lines, line = [], ""
        for word in self.text.split():
            cand = f"{line} {word}".strip()
            if line and self._width(cand) > avail_w:
                self.lines.append(line)
                line = word
            else:
                line = cand
        self.lines.append(line)
        self.lead = self.size * 1.3
        return avail_w, self.lead * len(self.lines) + self.size * 0.6

    def draw(self):
        c = self.canv
        for i, line in enumerate(self.lines):
            t = c.beginText(0, self.lead * (len(self.lines) - i - 1) + self.size * 0.4)
            t.setFont(self.font, self.size)
            t.setCharSpace(self.space)
            t.textOut(line)
            c.drawText(t)


class TurnedText(Flowable):
    """A cell's text set upwards (turned 90° to the left), as a narrow column's head."""

    def __init__(self, text: str, font: str, size: float):
        super().__init__()
        self.text, self.font, self.size = text, font, size

    def wrap(self, avail_w, avail_h):
        self.width = min(avail_w, self.size * 1.3)
        return self.width, pdfmetrics.stringWidth(self.text, self.font, self.size) + 2

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFont(self.font, self.size)
        c.translate(self.size, 1)
        c.rotate(90)
        c.drawString(0, 0, self.text)
        c.restoreState()


def render_reportlab(d: Doc, path: Path) -> Path:
    regular, bold = _fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=13.5, spaceAfter=4)
    cell = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12, spaceAfter=0)
    cell_b = ParagraphStyle("cellb", parent=cell, fontName=bold)
    cell_c = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
    sizes = {0: 20, 1: 15, 2: 12.5, 3: 11.5}
    heads = {lvl: ParagraphStyle(f"h{lvl}", parent=body, fontName=bold, fontSize=s, leading=s * 1.25,
                                 spaceBefore=8, spaceAfter=5) for lvl, s in sizes.items()}

    def page_deco(canvas, doc) -> None:
        if not d.header:
            return
        _w, h = canvas._pagesize
        canvas.saveState()
        canvas.setFont(regular, 8.5)
        canvas.drawString(MARGIN, h - 1.2 * cm, d.header)
        canvas.drawString(MARGIN, 1.0 * cm, f"{d.page_word} {doc.page}")
        canvas.restoreState()

    pw, ph = A4
    lw, lh = landscape(A4)
    top = 1.8 * cm
    templates = [
        PageTemplate("portrait", [Frame(MARGIN, top, pw - 2 * MARGIN, ph - 2 * top, id="p")],
                     onPage=page_deco, pagesize=A4),
        PageTemplate("cols", [Frame(MARGIN, top, (pw - 2 * MARGIN - 0.6 * cm) / 2, ph - 2 * top, id="c1"),
                              Frame(pw / 2 + 0.3 * cm, top, (pw - 2 * MARGIN - 0.6 * cm) / 2, ph - 2 * top, id="c2")],
                     onPage=page_deco, pagesize=A4),
        PageTemplate("landscape", [Frame(MARGIN, top, lw - 2 * MARGIN, lh - 2 * top, id="l")],
                     onPage=page_deco, pagesize=landscape(A4)),
    ]
    doc = BaseDocTemplate(str(path), pagesize=A4, title=d.title, author="", creator="synth")
    doc.addPageTemplates(templates)
    state = {"width": pw - 2 * MARGIN}

    def para(text: str, style=body, *, b: bool = False) -> Paragraph:
        t = escape(text)
        return Paragraph(f"<b>{t}</b>" if b else t, style)

    def heading(h: Heading):
        if d.letter_spaced:
            return SpacedHeading(h.text, bold, sizes[min(h.level, 3)], 3.0)
        return para(h.text, heads[min(h.level, 3)])

    def table(t: TableBlock) -> Table:
        rows = t.header + t.rows
        data = [[(TurnedText(c.text, bold if c.bold else regular, 9.5) if c.turned
                  else para(c.text, cell_c if c.center else cell_b if c.bold else cell)) if c else "" for c in row]
                for row in rows]
        total = sum(t.widths)
        widths = [state["width"] * w / total for w in t.widths]
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4)]
        if t.ruled:
            cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        for ri, row in enumerate(rows):
            for ci, c in enumerate(row):
                if c and (c.rowspan > 1 or c.colspan > 1):
                    cmds.append(("SPAN", (ci, ri), (ci + c.colspan - 1, ri + c.rowspan - 1)))
                if c and c.shaded:
                    cmds.append(("BACKGROUND", (ci, ri), (ci + c.colspan - 1, ri), colors.HexColor("#d9e2f3")))
        return Table(data, colWidths=widths, repeatRows=len(t.header), style=TableStyle(cmds),
                     splitInRow=1 if t.allow_row_split else 0, hAlign="LEFT")

    def tab_outline(t: TabOutline) -> Table:
        """Owner and deadline columns beside an indented outline: a borderless table whose
        outline column has no head, as a report generator draws it."""
        a_st = ParagraphStyle("a", parent=cell, fontSize=9.5, leading=12)
        g_st = ParagraphStyle("g", parent=a_st, fontName=bold, fontSize=11, leading=14)
        s_st = ParagraphStyle("s", parent=a_st, fontName=bold)
        r_st = ParagraphStyle("r", parent=a_st, alignment=TA_RIGHT)
        h_st = ParagraphStyle("h", parent=a_st, fontName=bold, fontSize=9)
        hr_st = ParagraphStyle("hr", parent=h_st, alignment=TA_RIGHT)
        rows = [["", Paragraph(escape(t.head[0]), h_st), Paragraph(escape(t.head[1]), hr_st)]]
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (2, 0), (2, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
        for r in t.rows:
            i = len(rows)
            pad = 0.8 * cm * r.level
            if r.cells is None:
                rows.append([Paragraph(escape(r.text), g_st if r.level == 0 else s_st if r.bold else a_st), "", ""])
                cmds += [("SPAN", (0, i), (-1, i)), ("LEFTPADDING", (0, i), (0, i), pad)]
                if r.level == 0:
                    cmds.append(("TOPPADDING", (0, i), (-1, i), 8))
            else:
                rows.append([Paragraph(escape(r.text), a_st), Paragraph(escape(r.cells[0]), a_st),
                             Paragraph(escape(r.cells[1]), r_st)])
                cmds.append(("LEFTPADDING", (0, i), (0, i), pad))
        w = state["width"]
        return Table(rows, colWidths=[w * 0.6, w * 0.24, w * 0.16], hAlign="LEFT", style=TableStyle(cmds))

    def note(b: ListBlock, it) -> str:
        if it.note is None:
            return ""
        owner, when = it.note
        parts = ([f"<i>{escape(owner)}</i>"] if owner else []) + ([f"({escape(when)})"] if when else [])
        text = " ".join(parts)
        return "<br/>" + (f'<font size="9">{text}</font>' if b.note_small else text)

    def lst(b: ListBlock) -> list:
        if not b.auto:
            return [Paragraph(escape(b.typed_text(it)), ParagraphStyle("t", parent=body, leftIndent=0.9 * cm * it.level))
                    for it in b.items]
        if not b.ordered:
            return [ListFlowable([ListItem(Paragraph(escape(it.text) + note(b, it), body)) for it in b.items],
                                 bulletType="bullet", start="•",
                                 leftIndent=14, bulletFontName=regular)]
        items: list = []
        i = 0
        while i < len(b.items):
            it = b.items[i]
            subs = []
            while i + 1 < len(b.items) and b.items[i + 1].level > 0:
                subs.append(b.items[i + 1])
                i += 1
            content: list = [para(it.text)]
            if subs:  # the sub-list sits inside the parent's item, numbered "3.1", "3.2"
                content.append(ListFlowable([ListItem(para(s.text)) for s in subs], bulletType="1",
                                            bulletFormat=f"{it.number}.%s", leftIndent=24,
                                            bulletFontName=regular, bulletFontSize=10.5))
            items.append(ListItem(content, value=int(it.number or 1)))
            i += 1
        return [ListFlowable(items, bulletType="1", bulletFormat="%s.", leftIndent=18,
                             bulletFontName=regular, bulletFontSize=10.5)]

    story: list = []

    def emit(block) -> None:
        if isinstance(block, Heading):
            story.append(heading(block))
        elif isinstance(block, Para):
            style = ParagraphStyle("p", parent=body, leftIndent=0.9 * cm * block.indent,
                                   spaceBefore=8 if block.space_before else 0)
            story.append(para(block.text, style, b=block.bold))
        elif isinstance(block, ListBlock):
            story.extend(lst(block))
        elif isinstance(block, TableBlock):
            story.append(table(block))
            story.append(Spacer(1, 8))
        elif isinstance(block, TabOutline):
            story.append(tab_outline(block))
            story.append(Spacer(1, 8))
        elif isinstance(block, DocPageBreak):
            story.append(PageBreak())
        elif isinstance(block, Section):
            last = block is d.blocks[-1]
            if block.kind == "landscape":
                story.extend([NextPageTemplate("landscape"), PageBreak()])
                state["width"] = lw - 2 * MARGIN
            else:
                story.extend([NextPageTemplate("cols"), PageBreak()])
                state["width"] = (pw - 2 * MARGIN - 0.6 * cm) / 2
            for child in block.children:
                emit(child)
            state["width"] = pw - 2 * MARGIN
            if not last:
                story.append(NextPageTemplate("portrait"))
                if block.kind == "landscape":
                    story.append(PageBreak())

    for block in d.blocks:
        emit(block)
    doc.build(story)
    return Path(path)
