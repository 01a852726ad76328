"""Read an OpenDocument text (.odt) draft into a :class:`~plancheck.models.Document`.

odfpy parses the package; the reader walks ``office:text`` in document order:

- headings are ``text:h`` (``text:outline-level``) and paragraphs whose style (or a parent
  style) is a heading style by name ("Heading 1", "Overskrift 1", "Title") or has a
  ``style:default-outline-level``; heading numbers come from ``text:outline-style``;
- list labels are computed from the list styles (``text:list-level-style-number`` with
  prefix/suffix/display-levels, ``text:list-level-style-bullet``), with counters per list,
  ``text:continue-numbering``/``text:continue-list`` and ``text:start-value``;
- tables are resolved on the grid: a cell spanning columns appears once at its first
  column, a cell spanning rows repeats its text below with ``merged_from``; a table of two
  columns, the second the first one's translation row by row (a parallel text), is read
  once, in its first column, as the PDF layout reads such a page;
- tracked changes (``text:tracked-changes``) and annotations (``office:annotation``) go to
  ``Document.comments``; deleted text is not in the body, inserted text is;
- headers and footers (in the master pages), notes, frames and indexes are ignored.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plancheck.errors import InputError
from plancheck.ingest.docx import (
    Anchor,
    GridTable,
    Note,
    body_block,
    check_zip,
    clean_text,
    drop_toc,
    finish_document,
    format_number,
    heading_block,
    normalise_bullet,
    promote_pseudo_headings,
    split_typed_label,
    typed_tables,
)
from plancheck.ingest.layoutlines import Run, mark_runs, split_item_note
from plancheck.layout.parallel import parallel_texts
from plancheck.layout.settings import DEFAULT as DEFAULT_LAYOUT
from plancheck.models import Block, BlockKind, Document, Provenance
from plancheck.stdio import captured

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
FO_NS = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
DC = "http://purl.org/dc/elements/1.1/"
META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
XML = "http://www.w3.org/XML/1998/namespace"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"

ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"

_HEADING_STYLE = re.compile(
    r"(?:heading|overskrift|rubrik|otsikko|überschrift|titre|kop)[ _]*(?:_20_)?([1-9])", re.I
)
_TITLE_STYLE = re.compile(r"title|tittel|titel", re.I)
_ODF_FORMATS = {
    "1": "decimal",
    "a": "lowerLetter",
    "A": "upperLetter",
    "i": "lowerRoman",
    "I": "upperRoman",
    "": "none",
}
_SKIP = {
    (TEXT, "tracked-changes"),
    (TEXT, "table-of-content"),
    (TEXT, "alphabetical-index"),
    (TEXT, "illustration-index"),
    (TEXT, "table-index"),
    (TEXT, "object-index"),
    (TEXT, "user-index"),
    (TEXT, "bibliography"),
    (TEXT, "sequence-decls"),
    (TEXT, "variable-decls"),
    (TEXT, "user-field-decls"),
    (OFFICE, "forms"),
}


def _attr(el: Any, ns: str, name: str) -> str | None:
    attrs = getattr(el, "attributes", None)
    return attrs.get((ns, name)) if attrs else None


def _qname(el: Any) -> tuple[str, str] | None:
    return getattr(el, "qname", None)


_UNITS_PT = {"pt": 1.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "in": 72.0, "pc": 12.0, "px": 0.75}


def _length_pt(value: str) -> float:
    """An ODF length ('0.8cm', '12pt') in pt; 0 when unreadable."""
    m = re.fullmatch(r"\s*(-?[\d.]+)\s*([a-z]*)\s*", value)
    if m is None:
        return 0.0
    try:
        return float(m.group(1)) * _UNITS_PT.get(m.group(2) or "pt", 0.0)
    except ValueError:
        return 0.0


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _plain(el: Any) -> str:
    """All text inside ``el`` (for annotations and deleted regions)."""
    out: list[str] = []

    def walk(node: Any) -> None:
        for child in node.childNodes:
            if child.nodeType == child.TEXT_NODE:
                out.append(child.data)
            elif _qname(child) == (TEXT, "s"):
                out.append(" " * _int(_attr(child, TEXT, "c"), 1))
            elif _qname(child) in ((TEXT, "tab"), (TEXT, "line-break")):
                out.append(" ")
            elif _qname(child) in ((TEXT, "p"), (TEXT, "h")):
                if out:
                    out.append("\n")
                walk(child)
            elif _qname(child) not in ((OFFICE, "change-info"), (DC, "creator"), (DC, "date")):
                walk(child)

    walk(el)
    return clean_text("".join(out), keep_newlines=True)


# ============================================================================ styles


@dataclass
class _ListLevel:
    bullet: str | None = None
    fmt: str = "decimal"
    prefix: str = ""
    suffix: str = ""
    display: int = 1
    start: int = 1


_HEX_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


def _cell_background(style: Any) -> str | None:
    """The ``fo:background-color`` of a table-cell style ('#1d5c63'), None for none or
    "transparent"."""
    for props in style.childNodes:
        if _qname(props) == (STYLE, "table-cell-properties"):
            colour = _attr(props, FO_NS, "background-color") or ""
            return colour.lower() if _HEX_COLOUR.match(colour) else None
    return None


class _Styles:
    def __init__(self, doc: Any) -> None:
        self.para: dict[str, Any] = {}
        self.text: dict[str, Any] = {}
        self.lists: dict[str, dict[int, _ListLevel]] = {}
        self.outline: dict[int, _ListLevel] = {}
        self.default_para: Any = None
        self.cell_fill: dict[str, str] = {}  # table-cell style → its background colour
        containers = [doc.styles, doc.automaticstyles]
        for container in containers:
            if container is None:
                continue
            for el in container.childNodes:
                q = _qname(el)
                if q == (STYLE, "style"):
                    family = _attr(el, STYLE, "family")
                    name = _attr(el, STYLE, "name") or ""
                    if family == "paragraph":
                        self.para[name] = el
                    elif family == "text":
                        self.text[name] = el
                    elif family == "table-cell":
                        colour = _cell_background(el)
                        if colour:
                            self.cell_fill[name] = colour
                elif q == (STYLE, "default-style") and _attr(el, STYLE, "family") == "paragraph":
                    self.default_para = el
                elif q == (TEXT, "list-style"):
                    self.lists[_attr(el, STYLE, "name") or ""] = self._levels(el)
                elif q == (TEXT, "outline-style"):
                    self.outline = self._levels(el)

    @staticmethod
    def _levels(el: Any) -> dict[int, _ListLevel]:
        levels: dict[int, _ListLevel] = {}
        for lv in el.childNodes:
            q = _qname(lv)
            if q is None or q[0] != TEXT:
                continue
            level = _int(_attr(lv, TEXT, "level"), 1)
            if q[1] == "list-level-style-bullet":
                levels[level] = _ListLevel(bullet=normalise_bullet(_attr(lv, TEXT, "bullet-char")))
            elif q[1] == "list-level-style-image":
                levels[level] = _ListLevel(bullet="•")
            elif q[1] in ("list-level-style-number", "outline-level-style"):
                fmt = _attr(lv, STYLE, "num-format")
                levels[level] = _ListLevel(
                    fmt=_ODF_FORMATS.get(fmt or "", "decimal") if fmt is not None else "none",
                    prefix=_attr(lv, STYLE, "num-prefix") or "",
                    suffix=_attr(lv, STYLE, "num-suffix") or "",
                    display=_int(_attr(lv, TEXT, "display-levels"), 1),
                    start=_int(_attr(lv, TEXT, "start-value"), 1),
                )
        return levels

    def chain(self, name: str | None) -> list[Any]:
        out: list[Any] = []
        seen: set[str] = set()
        while name and name in self.para and name not in seen and len(out) < 20:
            seen.add(name)
            st = self.para[name]
            out.append(st)
            name = _attr(st, STYLE, "parent-style-name")
        return out

    def heading_level(self, name: str | None) -> tuple[int | None, bool]:
        for st in self.chain(name):
            for n in (_attr(st, STYLE, "display-name") or "", _attr(st, STYLE, "name") or ""):
                n = n.replace("_20_", " ").strip()
                m = _HEADING_STYLE.fullmatch(n)
                if m:
                    return int(m.group(1)), False
                if _TITLE_STYLE.fullmatch(n):
                    return 1, True
            level = _attr(st, STYLE, "default-outline-level")
            if level and level.isdigit() and int(level) > 0:
                return int(level), False
        return None, False

    def list_style(self, name: str | None) -> str | None:
        for st in self.chain(name):
            ls = _attr(st, STYLE, "list-style-name")
            if ls:
                return ls
        return None

    def text_props(self, style: Any) -> tuple[float | None, bool | None]:
        size: float | None = None
        bold: bool | None = None
        for child in style.childNodes if style is not None else []:
            if _qname(child) == (STYLE, "text-properties"):
                fs = _attr(child, FO_NS, "font-size")
                if fs and fs.endswith("pt"):
                    try:
                        size = float(fs[:-2])
                    except ValueError:
                        size = None
                fw = _attr(child, FO_NS, "font-weight")
                if fw:
                    bold = fw == "bold" or (fw.isdigit() and int(fw) >= 600)
        return size, bold

    @staticmethod
    def italic(style: Any) -> bool | None:
        """The style's own italic setting (None: not set here)."""
        for child in style.childNodes if style is not None else []:
            if _qname(child) == (STYLE, "text-properties"):
                fs = _attr(child, FO_NS, "font-style")
                if fs:
                    return fs in ("italic", "oblique")
        return None

    def para_italic(self, name: str | None) -> bool:
        for st in [*self.chain(name), self.default_para]:
            it = self.italic(st)
            if it is not None:
                return it
        return False

    def indent(self, name: str | None) -> float:
        """The left margin (pt) of a paragraph style, from its chain."""
        for st in self.chain(name):
            for child in st.childNodes:
                if _qname(child) == (STYLE, "paragraph-properties"):
                    ml = _attr(child, FO_NS, "margin-left")
                    if ml:
                        return _length_pt(ml)
        return 0.0

    def para_props(self, name: str | None) -> tuple[float | None, bool]:
        size: float | None = None
        bold: bool | None = None
        for st in [*self.chain(name), self.default_para]:
            s, b = self.text_props(st)
            size = size if size is not None else s
            bold = bold if bold is not None else b
        return size, bool(bold)


# ============================================================================ lists


@dataclass
class _ListInstance:
    style: str | None
    counters: dict[int, int | None] = field(default_factory=dict)


class _Counters:
    """Running counters of one list (or of the outline numbering)."""

    @staticmethod
    def advance(
        inst: _ListInstance, levels: dict[int, _ListLevel], level: int, start: int | None
    ) -> tuple[str | None, str | None]:
        lv = levels.get(level, _ListLevel())
        if start is not None:
            inst.counters[level] = start
        elif inst.counters.get(level) is None:
            inst.counters[level] = lv.start
        else:
            inst.counters[level] = (inst.counters[level] or 0) + 1
        for deeper in [k for k in inst.counters if k > level]:
            inst.counters[deeper] = None
        if lv.bullet is not None:
            return None, lv.bullet
        if lv.fmt == "none":
            return None, None
        parts = []
        for k in range(max(1, level - lv.display + 1), level + 1):
            klv = levels.get(k, _ListLevel())
            value = inst.counters.get(k)
            if value is None:
                value = klv.start
            if klv.fmt != "none":
                parts.append(format_number(value, klv.fmt))
        label = f"{lv.prefix}{'.'.join(parts)}{lv.suffix}".strip()
        return (label or None), None


# ============================================================================ the reader


@dataclass
class _Para:
    text: str = ""
    number_text: str | None = None
    notes: list[Note] = field(default_factory=list)
    sizes: dict[float, int] = field(default_factory=dict)
    bold_chars: int = 0
    chars: int = 0
    boxes: list[Any] = field(default_factory=list)  # draw:text-box frames anchored here
    runs: list[Run] = field(default_factory=list)  # the text in its type, for an item's note line


@dataclass
class _ListCtx:
    inst: _ListInstance
    levels: dict[int, _ListLevel]
    level: int
    first_in_item: bool = True
    start: int | None = None


class _OdtReader:
    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.styles = _Styles(doc)
        self.blocks: list[Block] = []
        self.notes: list[Note] = []
        self.title: str | None = None
        self.raw: dict[int, str] = {}
        self.indents: dict[int, float] = {}  # left indent (pt) of each body paragraph, by id(block)
        self.toc_after: set[int] = set()
        self.outline = _ListInstance(style=None)
        self.list_by_id: dict[str, _ListInstance] = {}
        self.last_list: dict[str | None, _ListInstance] = {}
        self.changes: dict[str, tuple[str, str | None, str]] = {}
        self.open_insertions: dict[str, Note] = {}
        self._read_tracked_changes()

    def _read_tracked_changes(self) -> None:
        body = self.doc.text
        for tc in body.childNodes:
            if _qname(tc) != (TEXT, "tracked-changes"):
                continue
            for region in tc.childNodes:
                if _qname(region) != (TEXT, "changed-region"):
                    continue
                rid = _attr(region, XML, "id") or _attr(region, TEXT, "id") or ""
                for change in region.childNodes:
                    q = _qname(change)
                    if q is None or q[1] not in ("insertion", "deletion", "format-change"):
                        continue
                    author = None
                    for info in change.childNodes:
                        if _qname(info) == (OFFICE, "change-info"):
                            for c in info.childNodes:
                                if _qname(c) == (DC, "creator"):
                                    author = _plain(c) or None
                    deleted = _plain(change) if q[1] == "deletion" else ""
                    kind = {"insertion": "tracked insertion", "deletion": "tracked deletion"}.get(
                        q[1], "format change"
                    )
                    self.changes[rid] = (kind, author, deleted)

    # ------------------------------------------------------------------ inline text

    def _para_text(self, p: Any, pstyle: str | None, anchor: Anchor) -> _Para:
        para = _Para()
        buf: list[str] = []
        base_size, base_bold = self.styles.para_props(pstyle)
        italic_now = [self.styles.para_italic(pstyle)]

        def add(text: str, size: float | None, bold: bool) -> None:
            if not text:
                return
            buf.append(text)
            para.runs.append(Run(text, italic_now[-1], size, bold))
            for note in self.open_insertions.values():
                note.text += text
            n = len(text.strip())
            para.chars += n
            if bold:
                para.bold_chars += n
            if size is not None and n:
                para.sizes[size] = para.sizes.get(size, 0) + n

        def walk(node: Any, size: float | None, bold: bool) -> None:
            for child in node.childNodes:
                if child.nodeType == child.TEXT_NODE:
                    add(child.data, size, bold)
                    continue
                q = _qname(child)
                if q is None:
                    continue
                if q == (TEXT, "s"):
                    add(" " * _int(_attr(child, TEXT, "c"), 1), size, bold)
                elif q == (TEXT, "tab"):
                    add("\t", size, bold)
                elif q == (TEXT, "line-break"):
                    add("\n", size, bold)
                elif q == (TEXT, "number"):
                    para.number_text = _plain(child)
                elif q == (DRAW, "frame"):
                    para.boxes.extend(
                        c for c in child.childNodes if _qname(c) == (DRAW, "text-box")
                    )
                elif q == (TEXT, "span"):
                    st = self.styles.text.get(_attr(child, TEXT, "style-name") or "")
                    s, b = self.styles.text_props(st)
                    it = self.styles.italic(st)
                    italic_now.append(italic_now[-1] if it is None else it)
                    walk(child, s if s is not None else size, b if b is not None else bold)
                    italic_now.pop()
                elif q == (OFFICE, "annotation"):
                    self._annotation(child, anchor, para)
                elif q == (TEXT, "change-start"):
                    cid = _attr(child, TEXT, "change-id") or ""
                    kind, author, _ = self.changes.get(cid, ("", None, ""))
                    if kind == "tracked insertion":
                        note = Note(kind=kind, text="", author=author)
                        self.open_insertions[cid] = note
                        para.notes.append(note)
                elif q == (TEXT, "change-end"):
                    self.open_insertions.pop(_attr(child, TEXT, "change-id") or "", None)
                elif q == (TEXT, "change"):
                    cid = _attr(child, TEXT, "change-id") or ""
                    kind, author, deleted = self.changes.get(cid, ("", None, ""))
                    if kind == "tracked deletion":
                        para.notes.append(Note(kind=kind, text=deleted, author=author))
                elif q in (
                    (TEXT, "note"),
                    (OFFICE, "annotation-end"),
                    (TEXT, "soft-page-break"),
                    (TEXT, "bookmark"),
                    (TEXT, "bookmark-start"),
                    (TEXT, "bookmark-end"),
                    (TEXT, "reference-mark"),
                    (TEXT, "reference-mark-start"),
                    (TEXT, "reference-mark-end"),
                    (TEXT, "toc-mark"),
                    (TEXT, "alphabetical-index-mark"),
                    (DRAW, "custom-shape"),
                ):
                    continue
                else:  # text:a, text:ruby, fields (text:date, text:page-number …)
                    walk(child, size, bold)

        for note in self.open_insertions.values():  # an insertion running over paragraphs
            if note.text and not note.text.endswith("\n"):
                note.text += "\n"
        walk(p, base_size, base_bold)
        para.text = "".join(buf).replace("\u00ad", "")
        return para

    def _annotation(self, ann: Any, anchor: Anchor, para: _Para) -> None:
        author = None
        texts = []
        for c in ann.childNodes:
            q = _qname(c)
            if q == (DC, "creator"):
                author = _plain(c) or None
            elif q in ((TEXT, "p"), (TEXT, "list")):
                t = _plain(c)
                if t:
                    texts.append(t)
        para.notes.append(Note(kind="comment", text="\n".join(texts), author=author))

    def _anchor_notes(self, para: _Para, block: Block | None, anchor: Anchor) -> None:
        if anchor.table_block is not None:
            block = anchor.table_block
        for note in para.notes:
            note.block = block
            note.grid, note.grid_row = anchor.grid, anchor.grid_row
            self.notes.append(note)

    # ------------------------------------------------------------------ paragraphs

    def _label(self, el: Any, lst: _ListCtx | None, heading_level: int | None):
        """(number, bullet) of a paragraph or heading, advancing the counters."""
        if lst is not None:
            if not lst.first_in_item:
                return None, None
            lst.first_in_item = False
            return _Counters.advance(lst.inst, lst.levels, lst.level, lst.start)
        if _qname(el) == (TEXT, "h") and heading_level is not None:
            if _attr(el, TEXT, "is-list-header") == "true":
                return None, None
            if not self.styles.outline:
                return None, None
            start = None
            if _attr(el, TEXT, "restart-numbering") == "true":
                start = _int(_attr(el, TEXT, "start-value"), 1)
            return _Counters.advance(self.outline, self.styles.outline, heading_level, start)
        return None, None

    def _paragraph(self, el: Any, anchor: Anchor, lst: _ListCtx | None) -> tuple[Block | None, str]:
        """Read a text:p/text:h: returns the block (or None when empty) and the printed
        text with its label (for table cells)."""
        pstyle = _attr(el, TEXT, "style-name")
        level, is_title = self.styles.heading_level(pstyle)
        if _qname(el) == (TEXT, "h"):
            level = _int(_attr(el, TEXT, "outline-level"), level or 1)
        number, bullet = self._label(el, lst, level)
        para = self._para_text(el, pstyle, anchor)
        if para.number_text:
            number, bullet = para.number_text.strip() or number, None
        text = clean_text(para.text)
        label = number or bullet
        printed = f"{label} {text}" if label and text else text
        if anchor.table_block is not None:
            self._anchor_notes(para, None, anchor)
            return None, printed
        block: Block | None = None
        split: tuple[str, str] | None = None
        if text:
            size = max(para.sizes.items(), key=lambda kv: kv[1])[0] if para.sizes else None
            bold = para.chars > 0 and para.bold_chars == para.chars
            if level is not None:
                block = heading_block(text, label, number, level, size, bold)
                text = block.text
                if is_title and self.title is None:
                    self.title = text
            else:
                item_level = lst.level - 1 if lst is not None else None
                if label is None:
                    number, bullet, rest = split_typed_label(text)
                    if number or bullet:
                        text, item_level = rest, item_level or 0
                split = split_item_note(para.runs) if label and "\n" in para.text else None
                if split is not None:  # owner and deadline on a line of their own under the item
                    text = split[0]
                block = body_block(text, number, bullet, item_level, size, bold)
                if split is None:
                    mark_runs(block, para.runs)
                if split is not None:
                    self.blocks.append(block)
                    self.raw[id(block)] = text
                    block = body_block(split[1], None, None, None, size, False)
                    block.item_note = True
            self.blocks.append(block)
            self.raw[id(block)] = split[1] if split is not None else para.text
            self.indents[id(block)] = self.styles.indent(pstyle)
        self._anchor_notes(para, block or (self.blocks[-1] if self.blocks else None), anchor)
        for box in para.boxes:  # a text box's text follows the paragraph it is anchored in
            for child in box.childNodes:
                self._block(child, anchor)
        return block, printed

    # ------------------------------------------------------------------ lists

    def _list(self, el: Any, anchor: Anchor, parent: _ListCtx | None, out: list[str] | None):
        style = _attr(el, TEXT, "style-name")
        if parent is not None:
            inst, level = parent.inst, parent.level + 1
            levels = self.styles.lists.get(style or "", parent.levels) if style else parent.levels
        else:
            level = 1
            xml_id = _attr(el, XML, "id")
            cont = _attr(el, TEXT, "continue-list")
            if cont and cont in self.list_by_id:
                inst = self.list_by_id[cont]
            elif _attr(el, TEXT, "continue-numbering") == "true" and style in self.last_list:
                inst = self.last_list[style]
            else:
                inst = _ListInstance(style=style)
            if xml_id:
                self.list_by_id[xml_id] = inst
            self.last_list[style] = inst
            levels = self.styles.lists.get(style or "", {})
        for item in el.childNodes:
            q = _qname(item)
            if q not in ((TEXT, "list-item"), (TEXT, "list-header")):
                continue
            start_value = _attr(item, TEXT, "start-value")
            ctx = _ListCtx(
                inst=inst,
                levels=levels or self._paragraph_list_levels(item),
                level=level,
                first_in_item=q == (TEXT, "list-item"),
                start=_int(start_value, 1) if start_value else None,
            )
            for child in item.childNodes:
                cq = _qname(child)
                if cq in ((TEXT, "p"), (TEXT, "h")):
                    no_style = not ctx.levels and ctx.first_in_item
                    _, printed = self._paragraph(child, anchor, None if no_style else ctx)
                    ctx.first_in_item = False
                    if out is not None and printed:
                        out.append(printed)
                elif cq == (TEXT, "list"):
                    self._list(child, anchor, ctx, out)
                else:
                    self._block(child, anchor, out)

    def _paragraph_list_levels(self, item: Any) -> dict[int, _ListLevel]:
        """A list without a list style takes the one its paragraph style names, if any."""
        for child in item.childNodes:
            if _qname(child) in ((TEXT, "p"), (TEXT, "h")):
                name = self.styles.list_style(_attr(child, TEXT, "style-name"))
                return self.styles.lists.get(name or "", {})
        return {}

    # ------------------------------------------------------------------ body

    def _block(self, el: Any, anchor: Anchor, out: list[str] | None = None) -> None:
        q = _qname(el)
        if q is None or q in _SKIP:
            if q == (TEXT, "table-of-content"):
                self.toc_after.add(len(self.blocks) - 1)
            return
        if q in ((TEXT, "p"), (TEXT, "h")):
            _, printed = self._paragraph(el, anchor, None)
            if out is not None and printed:
                out.append(printed)
        elif q == (TEXT, "list"):
            self._list(el, anchor, None, out)
        elif q == (TABLE, "table"):
            if out is not None:
                out.extend(self._nested_table_lines(el, anchor))
            else:
                self._table(el, anchor)
        elif q in ((TEXT, "section"), (TEXT, "soft-page-break")) or q[0] == TEXT:
            for child in el.childNodes:
                self._block(child, anchor, out)

    def walk_body(self, body: Any) -> None:
        for child in body.childNodes:
            self._block(child, Anchor())

    # ------------------------------------------------------------------ tables

    @staticmethod
    def _rows(table_el: Any) -> list[tuple[Any, bool]]:
        """(row, is_header) in order, through row groups; repeated rows expanded."""
        out: list[tuple[Any, bool]] = []

        def walk(node: Any, header: bool) -> None:
            for child in node.childNodes:
                q = _qname(child)
                if q == (TABLE, "table-row"):
                    repeat = min(_int(_attr(child, TABLE, "number-rows-repeated"), 1), 1000)
                    out.extend([(child, header)] * max(repeat, 1))
                elif q == (TABLE, "table-header-rows"):
                    walk(child, True)
                elif q in ((TABLE, "table-rows"), (TABLE, "table-row-group")):
                    walk(child, header)

        walk(table_el, False)
        return out

    @staticmethod
    def _cells(row: Any) -> list[Any]:
        return [
            c
            for c in row.childNodes
            if _qname(c) in ((TABLE, "table-cell"), (TABLE, "covered-table-cell"))
        ]

    def _cell_lines(self, cell: Any, anchor: Anchor) -> list[str]:
        lines: list[str] = []
        for child in cell.childNodes:
            self._block(child, anchor, lines)
        return lines

    def _nested_table_lines(self, table_el: Any, anchor: Anchor) -> list[str]:
        lines = []
        for row, _ in self._rows(table_el):
            parts = []
            for cell in self._cells(row):
                if _qname(cell) == (TABLE, "table-cell"):
                    text = " ".join(self._cell_lines(cell, anchor))
                    if text:
                        parts.append(text)
            if parts:
                lines.append(" ".join(parts))
        return lines

    def _parallel_column(self, rows: list[tuple[Any, bool]]) -> list[Any] | None:
        """The cells to read of a table that lays out a parallel text: two columns, the second
        the first one's translation row by row (:func:`~plancheck.layout.parallel.parallel_texts`,
        the test the PDF layout makes of two columns divided by a rule), and the first holding
        a document's body, not a value (a heading, a list, a table or several paragraphs in a
        cell). Returns the first column's cells and the cells that span both, in order; None
        for another table."""
        cells: list[Any] = []
        pairs: list[tuple[str, str]] = []
        body = False
        for row, _ in rows:
            real = self._cells(row)
            if any(_qname(c) != (TABLE, "table-cell") for c in real):
                return None  # a cell spanning rows: a grid, not a page layout
            spans = [
                _int(_attr(c, TABLE, "number-columns-spanned"), 1) * _int(_attr(c, TABLE, "number-columns-repeated"), 1)
                for c in real
            ]
            if spans == [2]:
                cells.append(real[0])  # one text across both columns
                continue
            if spans != [1, 1]:
                return None
            cells.append(real[0])
            pairs.append((_plain(real[0]), _plain(real[1])))
            kinds = [_qname(c) for c in real[0].childNodes]
            paragraphs = [c for c in real[0].childNodes if _qname(c) == (TEXT, "p") and _plain(c)]
            body = body or len(paragraphs) > 1 or any(
                k in ((TABLE, "table"), (TEXT, "h"), (TEXT, "list")) for k in kinds
            )
        return cells if body and parallel_texts(pairs, DEFAULT_LAYOUT) else None

    def _table(self, table_el: Any, anchor: Anchor) -> None:
        rows = self._rows(table_el)
        if not rows:
            return
        real = [c for c in self._cells(rows[0][0]) if _qname(c) == (TABLE, "table-cell")]
        if len(rows) == 1 and len(real) == 1:
            for child in real[0].childNodes:  # a one-cell frame around text
                self._block(child, anchor)
            return
        first = self._parallel_column(rows)
        if first is not None:
            for cell in first:  # one language read; its translation beside it is not
                for child in cell.childNodes:
                    self._block(child, anchor)
            return
        block = Block(id="", kind=BlockKind.table)
        self.blocks.append(block)
        grid = GridTable()
        grid.fills = {}
        header_rows = 0
        counting = True
        for r, (row, is_header) in enumerate(rows):
            if counting and is_header:
                header_rows += 1
            else:
                counting = False
            col = 0
            for cell in self._cells(row):
                repeat = max(1, min(_int(_attr(cell, TABLE, "number-columns-repeated"), 1), 1000))
                if _qname(cell) == (TABLE, "covered-table-cell"):
                    for _ in range(repeat):
                        if grid.get(r, col) is None:
                            grid.set(r, col, None)
                        col += 1
                    continue
                cspan = max(1, _int(_attr(cell, TABLE, "number-columns-spanned"), 1))
                rspan = max(1, _int(_attr(cell, TABLE, "number-rows-spanned"), 1))
                cell_anchor = Anchor(table_block=block, grid=grid, grid_row=r)
                text = "\n".join(self._cell_lines(cell, cell_anchor))
                fill = self.styles.cell_fill.get(_attr(cell, TABLE, "style-name") or "")
                for _ in range(repeat):
                    grid.set(r, col, ("cell", text))
                    if fill:
                        grid.fills[(r, col)] = fill
                    for dr in range(rspan):
                        for dc in range(cspan):
                            if dr or dc:
                                grid.set(r + dr, col + dc, ("ref", r, col))
                    col += 1  # the covered positions follow as table:covered-table-cell
        grid.header_rows = header_rows
        # spans that run past the last row must not add rows
        grid.grid = grid.grid[: len(rows)]
        block.table = grid.to_table()
        block.text = " | ".join(block.table.header).strip()  # an empty first header cell leaves no leading space
        block.provenance = Provenance(source_text=block.text)


def _page_count(doc: Any) -> int:
    meta = getattr(doc, "meta", None)
    if meta is None:
        return 0
    for el in meta.childNodes:
        if _qname(el) == (META, "document-statistic"):
            return _int(_attr(el, META, "page-count"), 0)
    return 0


def _meta_title(doc: Any) -> str | None:
    meta = getattr(doc, "meta", None)
    for el in meta.childNodes if meta is not None else []:
        if _qname(el) == (DC, "title"):
            return _plain(el).strip() or None
    return None


#: defusedxml's refusals (an entity bomb, an external entity, a DTD): their repr names the
#: entity, not what is wrong
_FORBIDDEN_XML = frozenset({"EntitiesForbidden", "DTDForbidden", "ExternalReferenceForbidden"})


def read_odt(path: Path) -> Document:
    """Read a .odt file into a :class:`Document` (``format="odt"``).

    Raises :class:`InputError` (one line) when the file is missing, empty, not an
    OpenDocument text, corrupt or password-protected.
    """
    from odf.opendocument import load

    path = Path(path)
    with check_zip(path, ".odt") as zf:
        names = set(zf.namelist())
        try:
            mimetype = (
                zf.read("mimetype").decode("ascii", "replace").strip()
                if "mimetype" in names
                else ""
            )
            manifest = zf.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
        except (zipfile.BadZipFile, OSError) as exc:
            raise InputError(f"{path}: the .odt file is corrupt ({exc})") from None
        if b"encryption-data" in manifest:
            raise InputError(
                f"{path}: the document is password-protected; save it without a password"
            )
        if mimetype and mimetype != ODT_MIMETYPE:
            raise InputError(f"{path}: not an OpenDocument text (.odt) file ({mimetype})")
        if "content.xml" not in names:
            raise InputError(f"{path}: not an OpenDocument text (.odt) file (no content.xml)")
    try:
        # odfpy does not raise on an XML error in a part: it prints the whole part to stdout
        # and goes on with what it parsed so far. Keep it off our stdout, and fail instead.
        with captured(fd_level=False) as printed:
            doc = load(str(path))
    except Exception as exc:  # odfpy raises bare SAX/XML/KeyError on damaged packages
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if type(exc).__name__ in _FORBIDDEN_XML:  # defusedxml, which odfpy parses with
            first = "a part declares XML entities or a DTD, which no word processor writes; refused"
        raise InputError(f"{path}: the .odt file is corrupt ({first})") from None
    if "FAILED TO PARSE" in printed.getvalue():
        raise InputError(f"{path}: the .odt file is corrupt (a part is not well-formed XML)")
    if getattr(doc, "text", None) is None:
        raise InputError(f"{path}: not an OpenDocument text (.odt) file (no text body)")
    reader = _OdtReader(doc)
    reader.walk_body(doc.text)
    blocks = drop_toc(reader.blocks, reader.raw, reader.toc_after)
    blocks = promote_pseudo_headings(typed_tables(blocks, reader.raw, reader.indents, reader.notes))
    if not blocks:
        raise InputError(f"{path}: the document has no text")
    return finish_document(
        path,
        "odt",
        blocks,
        reader.notes,
        title=reader.title or _meta_title(doc),
        page_count=_page_count(doc),
    )
