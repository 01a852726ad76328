"""The document model → .docx (python-docx); LibreOffice turns it into PDF (see convert.py).

Word features used as Word users use them: heading styles, a real multi-level numbering
definition ("1." then "1.1") for automatic numbering, "List Bullet", merged cells (vMerge /
gridSpan), repeated header rows, sections for landscape pages and two columns, character
spacing for letter-spaced headings, header and footer with a PAGE field.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from corpora.synth.compose import (
    Doc,
    Heading,
    ListBlock,
    PageBreak,
    Para,
    Section,
    TableBlock,
    TabOutline,
)

_ABSTRACT_ID = 90
_NUM_ID = 90


def _numbering(doc) -> None:
    """A two-level decimal list: "1." at level 0, "1.1" at level 1 (continuing over the
    whole document, as a Word user's goal list does)."""
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(_ABSTRACT_ID))
    for ilvl, fmt, indent in ((0, "%1.", 360), (1, "%1.%2", 792)):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", fmt), ("w:lvlJc", "left")):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            lvl.append(el)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(indent + 432))
        ind.set(qn("w:hanging"), "432")
        ppr.append(ind)
        lvl.append(ppr)
        absn.append(lvl)
    numbering.insert(0, absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(_NUM_ID))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(_ABSTRACT_ID))
    num.append(ref)
    numbering.append(num)


def _set_num(paragraph, ilvl: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    lvl = OxmlElement("w:ilvl")
    lvl.set(qn("w:val"), str(ilvl))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(_NUM_ID))
    numpr.append(lvl)
    numpr.append(nid)
    ppr.append(numpr)


def _spacing(run, twips: int) -> None:
    rpr = run._r.get_or_add_rPr()
    sp = OxmlElement("w:spacing")
    sp.set(qn("w:val"), str(twips))
    rpr.append(sp)


def _field(paragraph, instr: str) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
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


def _cols(section, n: int) -> None:
    sect = section._sectPr
    for old in sect.findall(qn("w:cols")):
        sect.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), "567")
    sect.append(cols)


def _orient(section, landscape: bool) -> None:
    w, h = Cm(21.0), Cm(29.7)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (h, w) if landscape else (w, h)


def _borders(table, on: bool) -> None:
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "single" if on else "nil")
        if on:
            el.set(qn("w:sz"), "4")
            el.set(qn("w:color"), "000000")
        b.append(el)
    tblpr.append(b)


def _shade(cell) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), "D9E2F3")
    tcpr.append(shd)


def _table(doc, t: TableBlock, width_cm: float) -> None:
    nrows, ncols = len(t.header) + len(t.rows), len(t.widths)
    table = doc.add_table(rows=nrows, cols=ncols)
    _borders(table, t.ruled)
    table.autofit = False
    total = sum(t.widths)
    for ci, w in enumerate(t.widths):
        table.columns[ci].width = Cm(width_cm * w / total)
        for cell in table.columns[ci].cells:
            cell.width = Cm(width_cm * w / total)
    all_rows = t.header + t.rows
    for ri, row in enumerate(all_rows):
        for ci, c in enumerate(row):
            if c is None:
                continue
            cell = table.cell(ri, ci)
            if c.rowspan > 1 or c.colspan > 1:
                cell = cell.merge(table.cell(ri + c.rowspan - 1, ci + c.colspan - 1))
            cell.text = ""
            run = cell.paragraphs[0].add_run(c.text)
            run.bold = c.bold
            if c.center:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            if c.shaded:
                _shade(cell)
            if c.turned:  # set upwards (bottom to top), the row tall enough for the word
                tcpr = cell._tc.get_or_add_tcPr()
                direction = OxmlElement("w:textDirection")
                direction.set(qn("w:val"), "btLr")
                tcpr.append(direction)
                height = OxmlElement("w:trHeight")
                height.set(qn("w:val"), str(int(max(len(x.text) for x in row if x) * 120 + 200)))
                height.set(qn("w:hRule"), "atLeast")
                trpr = table.rows[ri]._tr.get_or_add_trPr()
                if trpr.find(qn("w:trHeight")) is None:
                    trpr.append(height)
    for ri in range(len(t.header)):
        trpr = table.rows[ri]._tr.get_or_add_trPr()
        h = OxmlElement("w:tblHeader")
        trpr.append(h)
    if not t.allow_row_split:
        for r in table.rows[len(t.header):]:
            r._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    doc.add_paragraph()


def _tab_outline(doc, t: TabOutline, width_cm: float) -> None:
    """Word tab stops, as a planner types an outline with columns: a left stop for the owner
    and a right-aligned stop at the margin for the deadline (stops count from the margin)."""

    def stops(p) -> None:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(width_cm * 0.6), WD_TAB_ALIGNMENT.LEFT)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(width_cm), WD_TAB_ALIGNMENT.RIGHT)

    head = doc.add_paragraph()
    stops(head)
    run = head.add_run("\t" + "\t".join(t.head))
    run.bold, run.font.size = True, Pt(9)
    head.paragraph_format.space_after = Pt(6)
    for row in t.rows:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8 * row.level)
        p.paragraph_format.space_after = Pt(3)
        if row.cells is None:
            run = p.add_run(row.text)
            run.bold = row.bold
            if row.level == 0:
                run.font.size = Pt(11)
                p.paragraph_format.space_before = Pt(8)
            continue
        stops(p)
        run = p.add_run("\t".join([row.text, *row.cells]))
        run.font.size = Pt(9.5)


def render_docx(d: Doc, path: Path) -> Path:
    doc = Document()
    _numbering(doc)
    style = doc.styles["Normal"]
    style.font.name = "Liberation Sans"
    style.font.size = Pt(10.5)
    sec = doc.sections[0]
    _orient(sec, False)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.2))
    if d.header:
        sec.header.paragraphs[0].text = d.header
        fp = sec.footer.paragraphs[0]
        fp.add_run(f"{d.page_word} ")
        _field(fp, "PAGE")
    state = {"landscape": False}

    def width() -> float:
        full = (29.7 if state["landscape"] else 21.0) - 4.4
        return (full - 1.0) / 2 if state.get("columns") else full  # w:space 567 twips = 1 cm

    def emit(block) -> None:
        if isinstance(block, Heading):
            p = doc.add_heading("", level=min(block.level, 3))
            run = p.add_run(block.text)
            if d.letter_spaced:
                _spacing(run, 80)
        elif isinstance(block, Para):
            p = doc.add_paragraph()
            run = p.add_run(block.text)
            run.bold = block.bold
            if block.indent:
                p.paragraph_format.left_indent = Cm(0.9 * block.indent)
            if block.space_before:
                p.paragraph_format.space_before = Pt(8)
        elif isinstance(block, ListBlock):
            for item in block.items:
                if block.auto:
                    if block.ordered:
                        p = doc.add_paragraph(item.text)
                        _set_num(p, item.level)
                    else:
                        p = doc.add_paragraph(item.text, style="List Bullet")
                        if item.note is not None:  # owner and deadline on a line of their own
                            owner, when = item.note
                            p.runs[-1].add_break()
                            if owner:
                                r = p.add_run(owner)
                                r.italic = True
                                if block.note_small:
                                    r.font.size = Pt(9)
                            if when:
                                r = p.add_run(f" ({when})" if owner else f"({when})")
                                if block.note_small:
                                    r.font.size = Pt(9)
                else:
                    p = doc.add_paragraph(block.typed_text(item))
                    if item.level:
                        p.paragraph_format.left_indent = Cm(0.9 * item.level)
        elif isinstance(block, TableBlock):
            _table(doc, block, width())
        elif isinstance(block, TabOutline):
            _tab_outline(doc, block, width())
        elif isinstance(block, PageBreak):
            doc.add_page_break()
        elif isinstance(block, Section):
            if block.kind == "landscape":
                _orient(doc.add_section(WD_SECTION.NEW_PAGE), True)
                state["landscape"] = True
                for child in block.children:
                    emit(child)
                if block is not d.blocks[-1]:
                    _orient(doc.add_section(WD_SECTION.NEW_PAGE), False)
                    state["landscape"] = False
            else:
                _cols(doc.add_section(WD_SECTION.CONTINUOUS), 2)
                state["columns"] = True
                for child in block.children:
                    emit(child)
                state["columns"] = False
                _cols(doc.add_section(WD_SECTION.CONTINUOUS), 1)

    for block in d.blocks:
        emit(block)
    path = Path(path)
    doc.save(path)
    return path
