"""Low-level helpers for authoring Word documents the way municipalities make them.

Used by make_tables_corpus.py. Everything here writes plain OOXML through python-docx, so
the .docx files look like ordinary Word output: real numbering definitions (including the
Symbol-font bullet Word uses by default), vertically merged cells (w:vMerge), repeated header
rows (w:tblHeader), landscape sections, fields (PAGE, NUMPAGES, TOC) and fixed core
properties so that a rebuild gives byte-identical .docx files.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

FIXED_DATE = dt.datetime(2024, 3, 1, 9, 0, 0)
FONT = "Arial"  # rendered with Liberation Sans (metric compatible) by LibreOffice


# --------------------------------------------------------------------------- document


def new_document(
    *, font: str = FONT, size: float = 11, margins_mm: float = 25, heading_color: str = "1F3864"
) -> Document:
    doc = Document()
    # per-document counters, so a document's XML does not depend on what was built before it
    _ABSTRACT_NEXT[0] = 50
    _NUM_NEXT[0] = 50
    _bookmark_id[0] = 100
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Mm(margins_mm))
    sec.header_distance = Mm(12)
    sec.footer_distance = Mm(12)

    # document defaults: font and Norwegian language
    rpr_default = (
        doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    )
    for old in rpr_default.findall(qn("w:rFonts")) + rpr_default.findall(qn("w:lang")):
        rpr_default.remove(old)
    fonts = OxmlElement("w:rFonts")
    for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(k), font)
    rpr_default.insert(0, fonts)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "nb-NO")
    lang.set(qn("w:eastAsia"), "en-US")
    lang.set(qn("w:bidi"), "ar-SA")
    rpr_default.append(lang)

    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.1

    sizes = {1: 16, 2: 13, 3: 11.5}
    for level, hsize in sizes.items():
        st = doc.styles[f"Heading {level}"]
        st.font.name = font
        st.font.size = Pt(hsize)
        st.font.bold = True
        st.font.italic = False
        st.font.color.rgb = RGBColor.from_string(heading_color)
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        for k in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf is not None and rf.get(qn(k)) is not None:
                del rf.attrib[qn(k)]
        st.paragraph_format.space_before = Pt(18 if level == 1 else 12)
        st.paragraph_format.space_after = Pt(6)
        st.paragraph_format.keep_with_next = True
    for name in ("Title", "Subtitle"):
        st = doc.styles[name]
        st.font.name = font
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is not None:
            for k in list(rf.attrib):
                if k.endswith("Theme") or k.endswith("theme"):
                    del rf.attrib[k]
    lp = doc.styles["List Paragraph"]
    lp.paragraph_format.space_after = Pt(3)
    return doc


def set_core_properties(
    doc: Document,
    *,
    title: str,
    author: str,
    subject: str = "",
    keywords: str = "",
    when: dt.datetime = FIXED_DATE,
) -> None:
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.subject = subject
    cp.keywords = keywords
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = when
    cp.modified = when
    cp.last_printed = when


def save_deterministic(doc: Document, path: Path) -> None:
    """Save with fixed zip timestamps and member order (no thumbnail)."""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    items = [(n, d) for n, d in items if not n.startswith("docProps/thumbnail")]
    fixed = []
    for name, data in items:
        if name == "[Content_Types].xml":
            data = re.sub(rb'<Default Extension="jpeg"[^>]*/>', b"", data)
        if name == "_rels/.rels":
            data = re.sub(rb"<Relationship [^>]*thumbnail[^>]*/>", b"", data)
        fixed.append((name, data))
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in fixed:
            info = zipfile.ZipInfo(name, date_time=(2024, 3, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)


# --------------------------------------------------------------------------- PDF export


def export_pdf(docx_path: Path, outdir: Path) -> Path:
    """Export with LibreOffice (own profile, so parallel runs do not clash) and normalise
    the volatile parts of the PDF (creation date, document id)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("LibreOffice (soffice) not found on PATH")
    with tempfile.TemporaryDirectory(prefix="lo_profile_") as prof:
        cmd = [
            soffice,
            f"-env:UserInstallation=file://{prof}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(docx_path),
        ]
        subprocess.run(
            cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300
        )
    pdf = outdir / (docx_path.stem + ".pdf")
    if not pdf.exists():
        raise SystemExit(f"export failed: {pdf}")
    normalise_pdf(pdf)
    return pdf


def normalise_pdf(pdf: Path) -> None:
    data = pdf.read_bytes()

    def fix_date(m: re.Match) -> bytes:
        # keep LibreOffice's own format, only replace the timestamp digits
        return m.group(1) + re.sub(rb"^D:\d{14}", b"D:20240301090000", m.group(2)) + m.group(3)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\()([^)]*)(\))", fix_date, data)
    stable = re.sub(rb"/ID\s*\[[^\]]*\]|/DocChecksum /[0-9A-F]+", b"", data)
    digest = hashlib.md5(stable).hexdigest().upper().encode()

    def fix_id(m: re.Match) -> bytes:
        return re.sub(
            rb"<[0-9A-Fa-f]+>",
            lambda h: b"<" + digest[: len(h.group(0)) - 2].ljust(len(h.group(0)) - 2, b"0") + b">",
            m.group(0),
        )

    data = re.sub(rb"/ID\s*\[[^\]]*\]", fix_id, data)
    data = re.sub(
        rb"(/DocChecksum /)([0-9A-F]+)",
        lambda m: m.group(1) + digest[: len(m.group(2))].ljust(len(m.group(2)), b"0"),
        data,
    )
    pdf.write_bytes(data)


# --------------------------------------------------------------------------- sections, header, footer


def add_field(paragraph, instr: str, cached: str = "1", *, size: float | None = None, bold=False):
    """Insert a complex field (PAGE, NUMPAGES, ...) into paragraph."""

    def run_with(child):
        r = OxmlElement("w:r")
        if size or bold:
            rpr = OxmlElement("w:rPr")
            if bold:
                rpr.append(OxmlElement("w:b"))
            if size:
                sz = OxmlElement("w:sz")
                sz.set(qn("w:val"), str(int(size * 2)))
                rpr.append(sz)
            r.append(rpr)
        r.append(child)
        paragraph._p.append(r)

    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    run_with(b)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    run_with(it)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    run_with(s)
    t = OxmlElement("w:t")
    t.text = cached
    run_with(t)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run_with(e)


def setup_header_footer(
    section,
    header_text: str,
    *,
    footer: str = "page_of",
    size: float = 9,
    different_first_page: bool = False,
    footer_left: str = "",
) -> None:
    """Running header (text, right aligned, with a bottom rule) and footer with page number."""
    section.different_first_page_header_footer = different_first_page
    hdr = section.header
    hdr.is_linked_to_previous = False
    p = hdr.paragraphs[0]
    p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(header_text)
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
    _para_border(p, "bottom")

    ftr = section.footer
    ftr.is_linked_to_previous = False
    p = ftr.paragraphs[0]
    p.text = ""
    if footer_left:
        # left text, page number right aligned via a right tab at the text width
        width = section.page_width - section.left_margin - section.right_margin
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(footer_left + "\t")
        r.font.size = Pt(size)
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer == "page_of":
        r = p.add_run("Side ")
        r.font.size = Pt(size)
        add_field(p, "PAGE", "1", size=size)
        r = p.add_run(" av ")
        r.font.size = Pt(size)
        add_field(p, "NUMPAGES", "1", size=size)
    else:
        add_field(p, "PAGE", "1", size=size)


def ruled_header(section, text: str, *, size: float):
    """The section's header paragraph emptied and given TEXT at SIZE pt over a bottom rule (the
    running header of the blind plan builders); returns the paragraph."""
    hp = section.header.paragraphs[0]
    hp.text = ""
    hp.add_run(text).font.size = Pt(size)
    _para_border(hp, "bottom")
    return hp


def page_of_footer(paragraph, page_word: str, of_word: str, total: str | None, *, size: float) -> None:
    """'<page_word>PAGE<of_word>NUMPAGES' as runs and fields at SIZE pt ('Side 1 av 3', 'Page 1 of 3');
    TOTAL is NUMPAGES' cached result, None for no total (then OF_WORD is not written either)."""
    paragraph.add_run(page_word).font.size = Pt(size)
    add_field(paragraph, "PAGE", "1", size=size)
    if total is not None:
        paragraph.add_run(of_word).font.size = Pt(size)
        add_field(paragraph, "NUMPAGES", total, size=size)


def _para_border(paragraph, side: str, sz: int = 4, color: str = "808080") -> None:
    ppr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)
    # keep the schema order of w:pPr (pBdr comes before shd, tabs, spacing, ind, jc, ...)
    later = (
        "shd",
        "tabs",
        "suppressAutoHyphens",
        "kinsoku",
        "wordWrap",
        "overflowPunct",
        "topLinePunct",
        "autoSpaceDE",
        "autoSpaceDN",
        "bidi",
        "adjustRightInd",
        "snapToGrid",
        "spacing",
        "ind",
        "contextualSpacing",
        "mirrorIndents",
        "suppressOverlap",
        "jc",
        "textDirection",
        "textAlignment",
        "textboxTightWrap",
        "outlineLvl",
        "divId",
        "cnfStyle",
        "rPr",
        "sectPr",
        "pPrChange",
    )
    for child in ppr:
        if child.tag in {qn(f"w:{t}") for t in later}:
            child.addprevious(bdr)
            break
    else:
        ppr.append(bdr)


def add_section(doc: Document, *, landscape: bool, margins_mm: float = 20):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Mm(margins_mm))
    sec.different_first_page_header_footer = False
    return sec


def page_break(doc: Document) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# --------------------------------------------------------------------------- text helpers


def para(
    doc_or_cell,
    text: str = "",
    *,
    style: str | None = None,
    bold=False,
    italic=False,
    size: float | None = None,
    align=None,
    space_after: float | None = None,
    space_before: float | None = None,
    color: str | None = None,
    keep_with_next=False,
):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        add_runs(p, text, bold=bold, italic=italic, size=size, color=color)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    if keep_with_next:
        p.paragraph_format.keep_with_next = True
    return p


def add_runs(p, text: str, *, bold=False, italic=False, size=None, color=None):
    """Add text; **bold** segments are bold."""
    parts = re.split(r"(\*\*[^*]+\*\*)", text)
    for part in parts:
        if not part:
            continue
        b = bold
        if part.startswith("**") and part.endswith("**"):
            part, b = part[2:-2], True
        r = p.add_run(part)
        r.bold = b or None
        r.italic = italic or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return p


_bookmark_id = [100]


def heading(doc: Document, text: str, level: int = 1, *, bookmark: str | None = None):
    p = doc.add_heading(level=level)
    if bookmark:
        _bookmark_id[0] += 1
        bs = OxmlElement("w:bookmarkStart")
        bs.set(qn("w:id"), str(_bookmark_id[0]))
        bs.set(qn("w:name"), bookmark)
        p._p.append(bs)
    p.add_run(text)
    if bookmark:
        be = OxmlElement("w:bookmarkEnd")
        be.set(qn("w:id"), str(_bookmark_id[0]))
        p._p.append(be)
    return p


# --------------------------------------------------------------------------- numbering

_ABSTRACT_NEXT = [50]
_NUM_NEXT = [50]


def _numbering(doc):
    return doc.part.numbering_part.element


def add_abstract_num(doc: Document, kind: str) -> int:
    """kind: 'decimal' (1.), 'symbol_bullet' (Word default: U+F0B7 in Symbol),
    'bullet' (U+2022 in the body font), 'dash' (en dash), 'decimal_paren' (1))."""
    numbering = _numbering(doc)
    aid = _ABSTRACT_NEXT[0]
    _ABSTRACT_NEXT[0] += 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "hybridMultilevel")
    an.append(mlt)
    for ilvl in range(3):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        start = OxmlElement("w:start")
        start.set(qn("w:val"), "1")
        lvl.append(start)
        fmt = OxmlElement("w:numFmt")
        txt = OxmlElement("w:lvlText")
        font = None
        if kind.startswith("decimal"):
            fmt.set(qn("w:val"), "decimal" if ilvl != 1 else "lowerLetter")
            txt.set(qn("w:val"), f"%{ilvl + 1}." if kind == "decimal" else f"%{ilvl + 1})")
        else:
            fmt.set(qn("w:val"), "bullet")
            if kind == "symbol_bullet":
                txt.set(qn("w:val"), "\uf0b7" if ilvl != 1 else "o")
                font = "Symbol" if ilvl != 1 else "Courier New"
            elif kind == "dash":
                txt.set(qn("w:val"), "\u2013")
                font = FONT
            else:
                txt.set(qn("w:val"), "\u2022")
                font = FONT
        lvl.append(fmt)
        lvl.append(txt)
        jc = OxmlElement("w:lvlJc")
        jc.set(qn("w:val"), "left")
        lvl.append(jc)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(360 * (ilvl + 1) + 360 * ilvl))
        ind.set(qn("w:hanging"), "360")
        ppr.append(ind)
        lvl.append(ppr)
        if font:
            rpr = OxmlElement("w:rPr")
            rf = OxmlElement("w:rFonts")
            for k in ("w:ascii", "w:hAnsi", "w:hint"):
                rf.set(qn(k), font if k != "w:hint" else "default")
            rpr.append(rf)
            lvl.append(rpr)
        an.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    return aid


def add_num(doc: Document, abstract_id: int, restart_at: int | None = None) -> int:
    numbering = _numbering(doc)
    nid = _NUM_NEXT[0]
    _NUM_NEXT[0] += 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), str(abstract_id))
    num.append(a)
    if restart_at is not None:
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), str(restart_at))
        ov.append(so)
        num.append(ov)
    numbering.append(num)
    return nid


def list_item(doc_or_cell, text: str, num_id: int, level: int = 0, *, size=None, space_after=3):
    p = doc_or_cell.add_paragraph(style="List Paragraph")
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(level))
    numpr.append(il)
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(ni)
    ppr.insert(1 if ppr.find(qn("w:pStyle")) is not None else 0, numpr)
    add_runs(p, text, size=size)
    p.paragraph_format.space_after = Pt(space_after)
    return p


# --------------------------------------------------------------------------- tables


def _twips(mm: float) -> int:
    return round(mm / 25.4 * 1440)


def _set_cell_width(cell, mm: float):
    tcpr = cell._tc.get_or_add_tcPr()
    w = tcpr.find(qn("w:tcW"))
    if w is None:
        w = OxmlElement("w:tcW")
        tcpr.insert(0, w)
    w.set(qn("w:w"), str(_twips(mm)))
    w.set(qn("w:type"), "dxa")


def shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def set_vmerge(cell, restart: bool) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    vm = OxmlElement("w:vMerge")
    if restart:
        vm.set(qn("w:val"), "restart")
    # vMerge must come after tcW / gridSpan
    after = [tcpr.find(qn("w:tcW")), tcpr.find(qn("w:gridSpan"))]
    after = [a for a in after if a is not None]
    if after:
        after[-1].addnext(vm)
    else:
        tcpr.insert(0, vm)


def set_repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    trpr.append(el)


def set_cant_split(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def set_table_borders(table, *, none: bool = False, color: str = "808080", sz: int = 4) -> None:
    tblpr = table._tbl.tblPr
    old = tblpr.find(qn("w:tblBorders"))
    if old is not None:
        tblpr.remove(old)
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        if none:
            el.set(qn("w:val"), "nil")
        else:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), color)
        b.append(el)
    # order inside tblPr: tblStyle, tblW, jc, tblBorders, ..., tblLayout, tblCellMar, tblLook
    anchor = tblpr.find(qn("w:jc"))
    if anchor is None:
        anchor = tblpr.find(qn("w:tblW"))
    if anchor is not None:
        anchor.addnext(b)
    else:
        tblpr.append(b)


def set_table_layout(table, widths_mm: list[float]) -> None:
    """Fixed column widths (tblGrid, tblW, every tcW) and fixed layout."""
    tbl = table._tbl
    tblpr = tbl.tblPr
    total = sum(widths_mm)
    tblw = tblpr.find(qn("w:tblW"))
    if tblw is None:
        tblw = OxmlElement("w:tblW")
        tblpr.append(tblw)
    tblw.set(qn("w:w"), str(_twips(total)))
    tblw.set(qn("w:type"), "dxa")
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    look = tblpr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(lay)
    else:
        tblpr.append(lay)
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm, strict=False):
        gc.set(qn("w:w"), str(_twips(w)))
    table.autofit = False


def new_table(doc: Document, widths_mm: list[float], *, style: str | None = "Table Grid"):
    table = doc.add_table(rows=0, cols=len(widths_mm))
    if style:
        table.style = doc.styles[style]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    set_table_layout(table, widths_mm)
    return table


def add_row(
    table,
    values: list,
    widths_mm: list[float],
    *,
    size: float = 10,
    bold=False,
    fill: str | None = None,
    span_all: bool = False,
    keep_with_next=False,
):
    """Append a row. A value may be a str (\n = new paragraph), '' (empty cell),
    or None for a vertically merged continuation cell (value of the cell above continues).
    A value wrapped as ('restart', text) starts a vertical merge."""
    row = table.add_row()
    cells = row.cells
    if span_all:
        c = cells[0].merge(cells[-1])
        _set_cell_width(c, sum(widths_mm))
        _fill_cell(c, values[0], size=size, bold=bold)
        if fill:
            shade(c, fill)
        if keep_with_next:
            for p in c.paragraphs:
                p.paragraph_format.keep_with_next = True
        return row
    for cell, val, w in zip(cells, values, widths_mm, strict=False):
        _set_cell_width(cell, w)
        if isinstance(val, tuple) and val[0] == "restart":
            set_vmerge(cell, restart=True)
            _fill_cell(cell, val[1], size=size, bold=bold)
        elif isinstance(val, tuple) and val[0] == "continue":
            set_vmerge(cell, restart=False)
            _fill_cell(cell, "", size=size)
        else:
            _fill_cell(cell, val or "", size=size, bold=bold)
        if fill:
            shade(cell, fill)
        if keep_with_next:
            for p in cell.paragraphs:
                p.paragraph_format.keep_with_next = True
    return row


def _fill_cell(cell, text: str, *, size: float, bold=False):
    paras = text.split("\n") if text else [""]
    first = cell.paragraphs[0]
    for i, t in enumerate(paras):
        p = first if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.space_before = Pt(1)
        p.paragraph_format.line_spacing = 1.0
        if t:
            add_runs(p, t, size=size, bold=bold)
        else:
            # empty cells still carry the run size so the row height is normal
            rpr = p._p.get_or_add_pPr()
            r = OxmlElement("w:rPr")
            sz = OxmlElement("w:sz")
            sz.set(qn("w:val"), str(int(size * 2)))
            r.append(sz)
            rpr.append(r)


# --------------------------------------------------------------------------- table of contents


def add_toc_field(
    doc: Document,
    entries: list[tuple[int, str, int]],
    *,
    text_width_mm: float,
    instr: str = 'TOC \\o "1-2" \\h \\z \\u',
) -> None:
    """A real Word TOC field whose cached result lists entries (level, text, page), each with a
    right-aligned tab with dot leader, as Word writes it after 'Oppdater felt'."""
    for lvl in (1, 2):
        name = f"toc {lvl}"
        try:
            doc.styles[name]
        except KeyError:
            st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            st.base_style = doc.styles["Normal"]
            st.paragraph_format.space_after = Pt(4 if lvl == 1 else 2)
            st.paragraph_format.left_indent = Mm(0 if lvl == 1 else 6)
            st.paragraph_format.tab_stops.add_tab_stop(
                Mm(text_width_mm), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
            )
            if lvl == 1:
                st.font.bold = True

    def mk_run(parent, child=None, text=None):
        r = OxmlElement("w:r")
        if child is not None:
            r.append(child)
        if text is not None:
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = text
            r.append(t)
        parent.append(r)
        return r

    for i, (lvl, text, page) in enumerate(entries):
        p = doc.add_paragraph(style=f"toc {lvl}")
        if i == 0:
            b = OxmlElement("w:fldChar")
            b.set(qn("w:fldCharType"), "begin")
            mk_run(p._p, b)
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = f" {instr} "
            mk_run(p._p, it)
            s = OxmlElement("w:fldChar")
            s.set(qn("w:fldCharType"), "separate")
            mk_run(p._p, s)
        mk_run(p._p, text=text)
        mk_run(p._p, OxmlElement("w:tab"))
        mk_run(p._p, text=str(page))
        if i == len(entries) - 1:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), "end")
            mk_run(p._p, e)


def typed_toc(doc: Document, entries: list[tuple[int, str, int]], *, text_width_mm: float) -> None:
    """A typed table of contents: text, tab with dot leader, page number."""
    for lvl, text, page in entries:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(
            Mm(text_width_mm), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
        p.paragraph_format.left_indent = Mm(0 if lvl == 1 else 6)
        p.paragraph_format.space_after = Pt(4)
        add_runs(p, f"{text}\t{page}", bold=(lvl == 1))
