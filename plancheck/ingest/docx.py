"""Read a Word (.docx) draft into a :class:`~plancheck.models.Document`.

python-docx opens the package; the body, numbering, styles and comments are read from its
lxml elements, so that:

- headings come from paragraph styles ("Heading N", "Overskrift N", "Title") and outline
  levels (``w:outlineLvl``, direct or inherited through ``w:basedOn``);
- list labels are computed from the numbering definitions exactly as Word prints them
  ("1.", "2.", "a)", "1.2.1", bullets), with counters per abstract numbering, level restarts,
  ``w:startOverride`` and ``w:lvlRestart``; typed labels ("1. ", "• ") are recognised too;
- tables are resolved on the grid: ``w:gridSpan`` cells appear once at their first column,
  ``w:vMerge`` continuation cells repeat the top cell's text with ``merged_from``;
- tracked insertions are kept in the text, deletions (and rows marked deleted) are dropped,
  as with every change accepted, and both, with comments,
  are listed in ``Document.comments``;
- what the PDF layout reads from a line's type is read from the runs' type, so a draft and
  the PDF exported from it give the same blocks (``bench/source_vs_pdf.py``): a paragraph set
  wholly in bold is a heading, a bold item numbered with digits a numbered heading, the bold
  words opening a paragraph its run-in title, a bold or italic run after regular text an
  emphasis start; a borderless table whose first column holds only short bold labels is a
  margin of side headings; a table of two columns, the second the first one's translation
  row by row (a parallel text), is read once, in its first column;
- footnotes and endnotes are read as the PDF prints them: the note's number, in the order of
  the references (one sequence for both kinds), joins the referring paragraph
  (``Block.note_refs``) to a paragraph "<number> <note text>" after the body, where
  :mod:`plancheck.extract.notes` finds a measure's owner and deadline written only in its note
  (a note referred to from a table cell is not read: a table's rows share one block);
- headers, footers, text boxes, hidden text and the table of contents are ignored.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from plancheck.errors import InputError
from plancheck.ingest.layoutlines import (
    Run,
    lettered_headings,
    mark_runs,
    split_item_note,
    tab_stop_tables,
)
from plancheck.ingest.pages import PageCounter
from plancheck.ingest.sections import (
    assign_locations,
    build_sections,
    section_labels,
    split_heading_number,
)
from plancheck.layout.blocks import GLUED_NUMBER, HEADING_NUMBER, QUANTITY_SIGNS
from plancheck.layout.lines import LIST_NUMBER
from plancheck.layout.parallel import parallel_texts
from plancheck.layout.settings import DEFAULT as DEFAULT_LAYOUT
from plancheck.layout.settings import LayoutSettings
from plancheck.models import Block, BlockKind, Cell, Document, Provenance, Table

#: Office XML is parsed with entities left unresolved, no network, no DTD and no huge trees:
#: lxml 4.x resolved external entities by default (an XXE in a .docx returned /etc/passwd)
SAFE_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MATH_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
COMMENTS_RELTYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
#: the parts holding a document's footnotes and endnotes, by the kind of note each holds
NOTES_RELTYPES = {
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes": "footnote",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes": "endnote",
}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def _val(el: Any, attr: str = "val") -> str | None:
    return None if el is None else el.get(_w(attr))


def _on(el: Any) -> bool:
    """A toggle property (w:b, w:vanish): present and not switched off."""
    return el is not None and _val(el) not in ("0", "false", "off", "none")


# ============================================================================ shared helpers
# (also used by the ODT reader)


def roman(n: int) -> str:
    if n <= 0:
        return str(n)
    out = []
    for value, numeral in (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ):
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def letters(n: int) -> str:
    """Word's letter numbering: a..z, then aa..zz, aaa.. (the letter repeated)."""
    if n <= 0:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


_PUA_BULLETS = {
    "\uf0b7": "•",
    "\uf02d": "–",
    "\uf0a7": "▪",
    "\uf0d8": "➢",
    "\uf0fc": "✓",
    "\uf076": "❖",
}


def normalise_bullet(glyph: str | None) -> str:
    """Symbol/Wingdings private-use glyphs become their Unicode look-alike; empty -> '•'."""
    glyph = (glyph or "").strip()
    if not glyph:
        return "•"
    glyph = glyph[0]
    if glyph in _PUA_BULLETS:
        return _PUA_BULLETS[glyph]
    if "\ue000" <= glyph <= "\uf8ff":
        return "•"
    return glyph


_WS = re.compile(r"[ \t\u00a0\u2007\u202f]+")


def clean_text(text: str, keep_newlines: bool = False) -> str:
    """Collapse runs of spaces/tabs; line breaks become spaces unless ``keep_newlines``."""
    if not keep_newlines:
        text = text.replace("\n", " ")
    lines = [_WS.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line) if keep_newlines else lines[0]


_BULLET_LABEL = re.compile(r"([•·▪◦‣○●■□➢►✓❖\u2610\u2611\u2612\-–—*])[ \t\u00a0]+(?=\S)")
_NUMBER_LABEL = re.compile(
    r"(\(\d{1,2}\)|\d{1,2}\)|\([a-zæøå]\)|[a-zæøå]\)"
    r"|(?P<dot>\d{1,2}(?:\.\d{1,2}){0,3}\.?|[a-zæøåA-ZÆØÅ]\.))"
    r"[ \t\u00a0]+(?=\S)"
)


def heading_block(
    text: str, label: str | None, number: str | None, level: int, size: float | None, bold: bool
) -> Block:
    """A heading: its number from the numbering (``label``) or typed in front of the text
    ("3.1 Mål"), kept out of ``text``. Shared by the Word and OpenDocument readers."""
    if label is None:
        number, text = split_heading_number(text)
        source = text if number is None else f"{number} {text}"
    else:
        source = f"{label} {text}"
        number = number.rstrip(".") if number else None
    return Block(
        id="",
        kind=BlockKind.heading,
        text=text,
        level=level,
        number=number,
        font_size=size,
        bold=bold,
        provenance=Provenance(source_text=source),
    )


def body_block(
    text: str, number: str | None, bullet: str | None, level: int | None, size: float | None, bold: bool
) -> Block:
    """A list item (when it has a number or bullet) or a paragraph; the label is kept in the
    source text, not in ``text``. Shared by the Word and OpenDocument readers."""
    kind = BlockKind.list_item if (number or bullet) else BlockKind.paragraph
    label = number or bullet
    return Block(
        id="",
        kind=kind,
        text=text,
        level=level if kind == BlockKind.list_item else None,
        number=number,
        bullet=bullet,
        font_size=size,
        bold=bold,
        provenance=Provenance(source_text=f"{label} {text}" if label else text),
    )


def split_typed_label(text: str) -> tuple[str | None, str | None, str]:
    """A label typed by hand at the start of a paragraph: ``(number, bullet, rest)``.

    "1. Gi en beskrivelse" -> ("1.", None, "Gi en beskrivelse"); "1.2 Alle …", "a) …",
    "(2) …", "• …", "- …" likewise, and "10.Gi …" glued as the PDF reader reads it
    (:data:`plancheck.layout.blocks.GLUED_NUMBER`). "1. mars 2026", "2. kvartal" and "2025 var …" are not
    labels: a label without a closing parenthesis must be followed by a capital letter, a digit
    or a quote, and a bare number ("3 …") must be a multi-part one.
    """
    m = _BULLET_LABEL.match(text)
    if m:
        return None, m.group(1), text[m.end() :]
    m = GLUED_NUMBER.match(text)
    if m:  # "10.Ivareta …": typed with no space after the number, a list item in the PDF too
        return m.group(1), None, text[m.end() :]
    m = _NUMBER_LABEL.match(text)
    if m:
        rest = text[m.end() :]
        dot = m.group("dot")
        if dot:
            if not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "«\"'“"):
                return None, None, text
            if "." not in dot:  # "3 Tiltak": a bare number is not a list label
                return None, None, text
        return m.group(1), None, rest
    return None, None, text


_HEX_COLOUR = re.compile(r"^#?([0-9A-Fa-f]{6})$")


def shading_fill(shd: Any) -> str | None:
    """A Word cell's own shading (``w:shd w:fill="1D5C63"``) as '#1d5c63'; None for none or
    "auto". (A pattern over the fill, ``w:val`` other than "clear", is read as the fill.)"""
    if shd is None:
        return None
    m = _HEX_COLOUR.match(shd.get(_w("fill")) or "")
    return f"#{m.group(1).lower()}" if m else None


def _paragraph_indent(p: Any) -> float | None:
    """The direct left indentation of paragraph ``p`` in points (``w:ind`` left or start, twips)."""
    ppr = p.find(_w("pPr"))
    ind = ppr.find(_w("ind")) if ppr is not None else None
    if ind is None:
        return None
    raw = ind.get(_w("left")) or ind.get(_w("start"))
    try:
        return int(raw) / 20 if raw else None
    except ValueError:
        return None


class GridTable:
    """A table as a grid of slots, filled by a reader and resolved into a :class:`Table`.

    Each slot is ``("cell", text)`` for a cell's own position, ``("ref", r, c)`` for a
    position covered by the cell at ``(r, c)`` (merged down or across), or ``None`` (no cell:
    ``w:gridBefore``/``w:gridAfter``, a ragged row).
    """

    def __init__(self) -> None:
        self.grid: list[list[Any]] = []
        self.header_rows = 0
        # the background colour ('#rrggbb') of each cell's own position that has one, when the
        # reader reads cell shading; None when it does not (every cell's fill unknown)
        self.fills: dict[tuple[int, int], str] | None = None
        # the page each cell's own position begins on, when the reader counts pages
        self.pages: dict[tuple[int, int], int] = {}
        # the cells' own positions whose every paragraph of text is set bold (the PDF layout reads
        # it from the words' weight)
        self.bolds: set[tuple[int, int]] = set()
        # the left indentation (pt) of each cell's first paragraph of text, where Word sets one
        self.indents: dict[tuple[int, int], float] = {}

    def set(self, r: int, c: int, slot: Any) -> None:
        while len(self.grid) <= r:
            self.grid.append([])
        row = self.grid[r]
        while len(row) <= c:
            row.append(None)
        row[c] = slot

    def get(self, r: int, c: int) -> Any:
        if 0 <= r < len(self.grid) and 0 <= c < len(self.grid[r]):
            return self.grid[r][c]
        return None

    def origin(self, r: int, c: int) -> tuple[int, int] | None:
        slot = self.get(r, c)
        if slot is None:
            return None
        if slot[0] == "ref":
            return slot[1], slot[2]
        return r, c

    def to_table(self) -> Table:
        """Resolve into header and body rows. Grid columns that start no cell in any row
        (always covered by a cell from the left) are dropped; the header is the marked
        header rows joined per column, or the first row; every row has ``len(header)`` cells.
        """
        ncols = max((len(row) for row in self.grid), default=0)
        keep = [
            c
            for c in range(ncols)
            if any(c < len(row) and row[c] is not None and row[c][0] == "cell" for row in self.grid)
        ]
        nhead = self.header_rows if 0 < self.header_rows < len(self.grid) else 1
        nhead = min(nhead, len(self.grid))

        def text_at(r: int, c: int) -> tuple[str, int | None]:
            """(text, origin row) of a kept position; '' for horizontally covered slots."""
            slot = self.get(r, c)
            if slot is None:
                return "", None
            if slot[0] == "cell":
                return slot[1], None
            r0, c0 = slot[1], slot[2]
            if c0 != c:
                return "", None
            origin = self.get(r0, c0)
            return (origin[1] if origin and origin[0] == "cell" else ""), r0

        spans = self._header_groups(keep, nhead)
        header: list[str] = []
        for c in keep:
            parts: list[str] = []
            for r in range(nhead):
                if (r, c) in spans:
                    continue
                text, _ = text_at(r, c)
                text = " ".join(text.split())  # a header is one line
                if text and text not in parts:
                    parts.append(text)
            groups = [spans[(r, c)] for r in range(nhead) if (r, c) in spans]
            header.append(" ".join(parts) + "".join(f" ({g})" for g in groups))
        rows: list[list[Cell]] = []
        for r in range(nhead, len(self.grid)):
            cells = []
            for j, c in enumerate(keep):
                text, r0 = text_at(r, c)
                merged_from = None
                if r0 is not None:
                    if r0 < nhead:  # merged down out of the header: not body text
                        text = ""
                    else:
                        merged_from = r0 - nhead
                origin = self.origin(r, c)
                fill = None if self.fills is None else self.fills.get(origin, "") if origin else ""
                page = self.pages.get(origin) if origin else None
                # a cell of its own, or one merged down (the PDF layout gives that one the box of
                # the cell above); not a position covered from the left or with no cell at all
                own = origin is not None and origin[1] == c
                cells.append(Cell(row=r - nhead, col=j, text=text, merged_from=merged_from, fill=fill, page=page, own=own,
                                  bold=origin in self.bolds if origin and text else False,
                                  indent=self.indents.get(origin, 0.0) if origin and text else None))
            rows.append(cells)
        return Table(header=header, rows=rows, pages=sorted(set(self.pages.values())))

    def _header_groups(self, keep: list[int], nhead: int) -> dict[tuple[int, int], str]:
        """Header cells spanning several columns over a header row that names each of them
        ("Ansvar" over "Oppvekst | Helse | Kultur"): (row, column) → the spanning cell's text,
        for every column it covers. Such a column is named "<own label> (<spanning text>)", as
        the PDF layout names it, not the spanning text joined to its first column's label."""
        out: dict[tuple[int, int], str] = {}
        for r in range(nhead):
            for c in keep:
                slot = self.get(r, c)
                if slot is None or slot[0] != "cell" or not slot[1].strip():
                    continue
                cover = [c] + [k for k in keep if k > c and self.get(r, k) == ("ref", r, c)]
                if len(cover) < 2:
                    continue
                own = [
                    any((s := self.get(r2, k)) is not None and s[0] == "cell" and s[1].strip() for r2 in range(r + 1, nhead))
                    for k in cover
                ]
                if all(own):
                    text = " ".join(slot[1].split())
                    out.update({(r, k): text for k in cover})
        return out

    def row_label(self, grid_row: int) -> str:
        nhead = self.header_rows if 0 < self.header_rows < len(self.grid) else 1
        if grid_row < nhead:
            return "header row"
        return f"row {grid_row - nhead + 1}"


@dataclass
class Note:
    """A comment or tracked change, anchored to a block (and a table row) until the block
    locations are known."""

    kind: str  # "comment", "tracked insertion", "tracked deletion"
    text: str
    author: str | None = None
    block: Block | None = None
    grid: GridTable | None = None
    grid_row: int | None = None
    where: str | None = None  # for notes anchored outside the body


@dataclass
class Anchor:
    """Where the reader is: the block being read, or the table and row being read."""

    table_block: Block | None = None
    grid: GridTable | None = None
    grid_row: int | None = None


_SENTENCE_END = (".", "!", "?", ";", ",")
_CAPTION = re.compile(r"(tabell|figur|table|figure|fig\.)\s*\d", re.I)
_TOC_TITLE = re.compile(
    r"(innhold|innholdsfortegnelse|innhald|innhaldsliste|innehåll|innehållsförteckning|indhold|"
    r"indholdsfortegnelse|contents|table of contents)\s*:?",
    re.I,
)
_TOC_ENTRY = re.compile(r"\s*\S.*?(?:\t|\.{3,}|…{2,}|\s{2,})[\s.…]*\d{1,3}\s*")


def drop_toc(blocks: list[Block], raw: dict[int, str], toc_after: set[int]) -> list[Block]:
    """Remove a typed table of contents: two or more paragraphs in a row that end in a page
    number after a tab or dot leader ("1 Innledning<tab>3"), with the "Innhold" title before
    them. ``raw`` holds each paragraph's text before tabs were collapsed (by ``id(block)``);
    ``toc_after`` holds the index of the block after which a styled or field TOC was skipped,
    so that its title goes too."""
    entry = [
        b.kind in (BlockKind.paragraph, BlockKind.list_item, BlockKind.heading)
        and bool(_TOC_ENTRY.fullmatch(raw.get(id(b), "")))
        for b in blocks
    ]
    drop: set[int] = set()
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and entry[j]:
            j += 1
        if j - i >= 2:
            drop.update(range(i, j))
            if i > 0:
                toc_after.add(i - 1)
            i = j
        else:
            i += 1
    for k in toc_after:
        if 0 <= k < len(blocks) and _TOC_TITLE.fullmatch(blocks[k].text.strip()):
            drop.add(k)
    return [b for k, b in enumerate(blocks) if k not in drop]


def bold_statement_heading(b: Block, body: float | None, settings: LayoutSettings = DEFAULT_LAYOUT) -> bool:
    """Is ``b`` a paragraph set wholly in bold at the body's size or larger that the PDF reader
    reads as a heading, whatever its length and end: a bold line is a heading there, and the
    bold lines under it in the same type are more of it (``plancheck.layout.blocks``), so
    "**Mål 1.1 Sentrum skal være et møtested for alle.**" above its strategies and its measure
    table heads them in the PDF. Not a paragraph that opens with a list label ("1.", "a)": a
    numbered line there) or holds no letter or digit; a size ``bold_heading_size_slack`` pt
    under the body's still counts as the body's."""
    if b.kind != BlockKind.paragraph or not b.bold or not any(ch.isalnum() for ch in b.text):
        return False
    if body is not None and b.font_size is not None and b.font_size < body - settings.bold_heading_size_slack:
        return False
    first = b.text.split(None, 1)[0]
    return not LIST_NUMBER.match(first)


def bold_numbered_heading(b: Block) -> bool:
    """Is ``b`` a list item numbered with digits ("1.", "2.3", from Word's numbering or typed)
    and set wholly in bold? The PDF reader reads such a line as a heading with that number
    (:data:`plancheck.layout.blocks.HEADING_NUMBER`): "**1. Flere skal være aktive.**" over
    its lettered sub-goals and the measures under them."""
    return (
        b.kind == BlockKind.list_item
        and b.bold
        and not b.bullet
        and bool(b.number and HEADING_NUMBER.match(b.number))
        and b.text[:1] not in QUANTITY_SIGNS
        and any(ch.isalpha() for ch in b.text)
    )


def margin_label(text: str, max_words: int = 5) -> bool:
    """Is ``text`` (a cell's only paragraph, set in bold) a side heading in a margin column: a
    phrase of at most ``max_words`` words with a letter, not ending like a sentence, not
    a number? ('Dette vil vi oppnå', 'Our aim')."""
    words = text.split()
    return (0 < len(words) <= max_words and any(ch.isalpha() for ch in text)
            and not text.endswith(_SENTENCE_END) and not HEADING_NUMBER.match(words[0]))


def promote_pseudo_headings(blocks: list[Block]) -> list[Block]:
    """Read short paragraphs set in bold or in a larger font as headings, as a reader (and
    the PDF reader) does: "Mål" in bold above a list is a heading even without a heading style.

    A candidate is a plain paragraph after the first styled heading (if there is one) of at most 100 characters that does not end like a
    sentence, is all bold (in the body's size or larger, within ``bold_heading_size_slack``:
    a bold label in small type is no heading in the PDF either) or at least 1.5 pt larger
    than the body text; or a bold paragraph
    lettered as an outline's top level ('A␣…', 'B␣…': :func:`plancheck.ingest.layoutlines.lettered_headings`),
    whose letter is its number; a paragraph set wholly in bold at the body's size, of any length
    and end (:func:`bold_statement_heading`); a list item numbered with digits and set wholly
    in bold, whose number is the heading's (:func:`bold_numbered_heading`): the last two as the
    PDF reader reads their lines. With styled headings
    in the document it goes one level below the heading before it; without, its level is the
    rank of its font size among the candidates (bold body-size text last).
    """
    sizes: dict[float, int] = {}
    for b in blocks:
        if b.kind in (BlockKind.paragraph, BlockKind.list_item) and b.font_size:
            sizes[b.font_size] = sizes.get(b.font_size, 0) + len(b.text)
    body = max(sizes.items(), key=lambda kv: kv[1])[0] if sizes else None

    def large(b: Block) -> bool:
        return body is not None and b.font_size is not None and b.font_size >= body + 1.5

    def bold_line(b: Block) -> bool:  # bold in the body's type, as the PDF reader's bold headings
        slack = DEFAULT_LAYOUT.bold_heading_size_slack
        return b.bold and not (body is not None and b.font_size is not None and b.font_size < body - slack)

    lettered = lettered_headings(blocks)
    candidates = [b for b in blocks if id(b) in lettered or bold_numbered_heading(b)] + [
        b
        for b in blocks
        if b.kind == BlockKind.paragraph
        and id(b) not in lettered
        and not _CAPTION.match(b.text)
        and (
            (0 < len(b.text) <= 100 and not b.text.endswith(_SENTENCE_END) and (bold_line(b) or large(b)))
            or bold_statement_heading(b, body)
        )
    ]
    if not candidates:
        return blocks
    styled = any(b.kind == BlockKind.heading for b in blocks)
    big = sorted({b.font_size for b in candidates if large(b) and b.font_size}, reverse=True)
    chosen = {id(b) for b in candidates}
    last_level = 0
    for b in blocks:
        if b.kind == BlockKind.heading:
            if not b.side_label:  # the text beside a side heading stands at its level, not under it
                last_level = b.level or 1
            continue
        if id(b) not in chosen or (styled and last_level == 0):
            continue  # with styled headings, the cover page before them stays front matter
        if b.kind == BlockKind.list_item:  # a bold numbered item: its number numbers the heading
            number, text = (b.number or "").rstrip("."), b.text
        else:
            number, text = lettered.get(id(b)) or split_heading_number(b.text)
        b.kind = BlockKind.heading
        b.run_in, b.emphasis = None, []  # a heading has neither, as in the PDF
        b.number, b.text = number, text
        if styled:
            b.level = min(last_level + 1, 9)
        else:
            b.level = (
                big.index(b.font_size) + 1 if large(b) and b.font_size in big else len(big) + 1
            )
    return blocks


def typed_tables(blocks: list[Block], raw: dict[int, str], indents: dict[int, float], notes: list[Note]) -> list[Block]:
    """Outlines typed with tab stops read as tables (:func:`plancheck.ingest.layoutlines.tab_stop_tables`);
    notes anchored to a paragraph taken into a table go with the table."""
    from plancheck.lang.vocab import column_role

    blocks, moved = tab_stop_tables(blocks, raw, indents, column_role)
    for note in notes:
        if note.block is not None and id(note.block) in moved:
            note.block = moved[id(note.block)]
    return blocks


def finish_document(
    path: Path,
    fmt: str,
    blocks: list[Block],
    notes: list[Note],
    *,
    title: str | None,
    page_count: int,
) -> Document:
    """Number the blocks, build the sections, set locations and resolve the notes. Runs of
    labelled records become tables and inline outline labels are kept, as in the PDF reader."""
    from plancheck.lang.vocab import column_role
    from plancheck.layout.blocks import inline_label
    from plancheck.layout.records import records_to_tables

    blocks = records_to_tables(blocks, hint=column_role)
    for block in blocks:
        found = inline_label(block.text) if block.kind != BlockKind.table else None
        if found is not None:
            block.label = found[0]
    for i, block in enumerate(blocks, 1):
        block.id = f"b{i}"
    sections = build_sections(blocks)
    assign_locations(blocks, sections)
    labels = section_labels(sections)
    comments: list[Provenance] = []
    for note in notes:
        if note.where is not None:
            where = note.where
        elif note.block is not None:
            where = note.block.provenance.location or labels.get(
                note.block.section_id or "", "table of contents"
            )
            if note.grid is not None and note.grid_row is not None:
                where = f"{where}, {note.grid.row_label(note.grid_row)}"
        else:
            where = "front matter" if blocks else "document"
        who = f" by {note.author}" if note.author else ""
        comments.append(Provenance(source_text=note.text, location=f"{where} ({note.kind}{who})"))
    return Document(
        path=str(path),
        format=fmt,  # type: ignore[arg-type]
        sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
        page_count=page_count,
        title=title,
        blocks=blocks,
        sections=sections,
        comments=comments,
    )


def drop_pages(blocks: list[Block]) -> None:
    """Forget the pages counted from page breaks that did not add up
    (:meth:`~plancheck.ingest.pages.PageCounter.trusted`): no page is better than a wrong one."""
    for block in blocks:
        block.provenance.page = None
        if block.table is not None:
            block.table.pages = []
            for row in block.table.rows:
                for cell in row:
                    cell.page = None


def check_zip(path: Path, kind: str) -> zipfile.ZipFile:
    """Open ``path`` as a zip package or raise a one-line :class:`InputError`."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a {kind} file")
    with path.open("rb") as fh:
        head = fh.read(8)
    if not head:
        raise InputError(f"{path}: the file is empty")
    if head == OLE_MAGIC:
        data = path.read_bytes()
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise InputError(
                f"{path}: the document is password-protected; save it without a password"
            )
        raise InputError(
            f"{path}: a legacy binary Office file (.doc); save it as {kind} and try again"
        )
    if not zipfile.is_zipfile(path):
        raise InputError(f"{path}: not a {kind} file (not a zip package)")
    try:
        zf = zipfile.ZipFile(path)
        _refuse_zip_bomb(path, kind, zf)
        bad = zf.testzip()
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as exc:
        raise InputError(f"{path}: the {kind} file is corrupt ({exc})") from None
    if bad is not None:
        raise InputError(f"{path}: the {kind} file is corrupt (bad entry {bad})")
    return zf


def _refuse_zip_bomb(path: Path, kind: str, zf: zipfile.ZipFile) -> None:
    """Refuse a package whose XML parts unpack to more than ``MAX_UNPACKED_XML_MB``, before
    any of it is unpacked (a zip reader never gives more than an entry's recorded size, so the
    sizes the package records bound what reading it costs)."""
    from plancheck.limits import MAX_UNPACKED_XML_MB

    size = sum(i.file_size for i in zf.infolist() if i.filename.lower().endswith((".xml", ".rels")))
    if size > MAX_UNPACKED_XML_MB * 1024 * 1024:
        zf.close()
        raise InputError(
            f"{path}: the {kind} file is corrupt or a zip bomb: its text unpacks to "
            f"{size // (1024 * 1024)} MB"
        )


# ============================================================================ numbering


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    restart: int | None = None  # w:lvlRestart; None = after any higher level
    legal: bool = False
    pstyle: str | None = None


def _parse_level(lvl: Any) -> _Level:
    level = _Level()
    fmt = lvl.find(_w("numFmt"))
    if fmt is not None and _val(fmt):
        level.fmt = _val(fmt) or "decimal"
    text = lvl.find(_w("lvlText"))
    if text is not None:
        level.text = _val(text) or ""
    start = lvl.find(_w("start"))
    if start is not None and (_val(start) or "").lstrip("-").isdigit():
        level.start = int(_val(start) or 1)
    restart = lvl.find(_w("lvlRestart"))
    if restart is not None and (_val(restart) or "").isdigit():
        level.restart = int(_val(restart) or 0)
    level.legal = _on(lvl.find(_w("isLgl")))
    pstyle = lvl.find(_w("pStyle"))
    level.pstyle = _val(pstyle)
    return level


def format_number(n: int, fmt: str) -> str:
    """One counter in a Word ``numFmt`` (ODF formats are mapped onto these)."""
    if fmt in ("lowerLetter",):
        return letters(n)
    if fmt in ("upperLetter",):
        return letters(n).upper()
    if fmt == "lowerRoman":
        return roman(n)
    if fmt == "upperRoman":
        return roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    if fmt == "ordinal":
        return f"{n}."
    if fmt == "decimalEnclosedParen":
        return f"({n})"
    return str(n)


class _Numbering:
    """Word's numbering definitions and the running counters."""

    def __init__(self, root: Any, styles: _Styles) -> None:
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.style_link: dict[str, str] = {}
        self.nums: dict[str, str] = {}
        self.overrides: dict[str, dict[int, tuple[int | None, _Level | None]]] = {}
        self.styles = styles
        self.counters: dict[str, list[int | None]] = {}
        self.pending_start: dict[tuple[str, int], int] = {}
        self.seen: set[str] = set()
        if root is None:
            return
        for an in root.iter(_w("abstractNum")):
            aid = an.get(_w("abstractNumId"))
            if aid is None:
                continue
            levels = {}
            for lvl in an.findall(_w("lvl")):
                ilvl = lvl.get(_w("ilvl"))
                if ilvl is not None and ilvl.isdigit():
                    levels[int(ilvl)] = _parse_level(lvl)
            self.abstract[aid] = levels
            link = an.find(_w("numStyleLink"))
            if link is not None and _val(link):
                self.style_link[aid] = _val(link) or ""
        for num in root.iter(_w("num")):
            nid = num.get(_w("numId"))
            ref = num.find(_w("abstractNumId"))
            if nid is None or ref is None:
                continue
            self.nums[nid] = _val(ref) or ""
            over: dict[int, tuple[int | None, _Level | None]] = {}
            for lo in num.findall(_w("lvlOverride")):
                ilvl = lo.get(_w("ilvl"))
                if ilvl is None or not ilvl.isdigit():
                    continue
                so = lo.find(_w("startOverride"))
                start = (
                    int(_val(so) or 1) if so is not None and (_val(so) or "").isdigit() else None
                )
                lvl = lo.find(_w("lvl"))
                over[int(ilvl)] = (start, _parse_level(lvl) if lvl is not None else None)
            self.overrides[nid] = over

    def _abstract_id(self, num_id: str) -> str | None:
        aid = self.nums.get(num_id)
        for _ in range(5):  # follow w:numStyleLink -> style's numId -> its abstractNum
            if aid is None or aid not in self.style_link or self.abstract.get(aid):
                return aid
            linked = self.styles.num_pr(self.style_link[aid])
            if linked is None or linked[0] not in self.nums:
                return aid
            aid = self.nums[linked[0]]
        return aid

    def levels(self, num_id: str) -> tuple[str, dict[int, _Level]] | None:
        aid = self._abstract_id(num_id)
        if aid is None:
            return None
        levels = dict(self.abstract.get(aid, {}))
        for ilvl, (_, lvl) in self.overrides.get(num_id, {}).items():
            if lvl is not None:
                levels[ilvl] = lvl
        return aid, levels

    def level_for_style(self, num_id: str, style_id: str) -> int | None:
        found = self.levels(num_id)
        if found:
            for ilvl, lvl in found[1].items():
                if lvl.pstyle == style_id:
                    return ilvl
        return None

    def next_label(self, num_id: str, ilvl: int) -> tuple[str | None, str | None]:
        """Advance the counter of ``(num_id, ilvl)``; return ``(number, bullet)``."""
        found = self.levels(num_id)
        if found is None:
            return None, None
        aid, levels = found
        ilvl = max(0, min(ilvl, 8))
        level = levels.get(ilvl, _Level())
        counters = self.counters.setdefault(aid, [None] * 9)
        if num_id not in self.seen:
            self.seen.add(num_id)
            for lv, (start, lvl) in self.overrides.get(num_id, {}).items():
                if start is not None or lvl is not None:
                    counters[lv] = None
                    if start is not None:
                        self.pending_start[(aid, lv)] = start
        if counters[ilvl] is None:
            counters[ilvl] = self.pending_start.pop((aid, ilvl), level.start)
        else:
            counters[ilvl] = (counters[ilvl] or 0) + 1
        for j in range(ilvl + 1, 9):
            restart = levels.get(j, _Level()).restart
            threshold = j if restart is None else restart
            if ilvl < threshold:
                counters[j] = None
        if level.fmt == "bullet":
            return None, normalise_bullet(level.text)

        def sub(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            lv = levels.get(k, _Level())
            value = counters[k] if counters[k] is not None else lv.start
            fmt = "decimal" if level.legal and lv.fmt not in ("none",) else lv.fmt
            return format_number(value or 0, fmt)

        label = re.sub(r"%([1-9])", sub, level.text).strip()
        return (label or None), None


# ============================================================================ styles

_HEADING_STYLE = re.compile(
    r"(?:heading|overskrift|rubrik|otsikko|überschrift|berschrift|titre|kop)\s*([1-9])", re.I
)
_TITLE_STYLE = re.compile(r"(?:title|tittel|titel|tittel\s*\d*)", re.I)
_TOC_STYLE = re.compile(
    r"toc\s*\d|toc heading|innholdsfortegnelse|table of contents|innehåll|indholdsfortegnelse",
    re.I,
)


class _Styles:
    def __init__(self, root: Any) -> None:
        self.by_id: dict[str, Any] = {}
        self.default_para: str | None = None
        self.default_rpr: Any = None
        if root is None:
            return
        for st in root.findall(_w("style")):
            sid = st.get(_w("styleId"))
            if sid:
                self.by_id[sid] = st
                if st.get(_w("type")) == "paragraph" and _on_attr(st.get(_w("default"))):
                    self.default_para = sid
        dd = root.find(_w("docDefaults"))
        if dd is not None:
            self.default_rpr = dd.find(f"{_w('rPrDefault')}/{_w('rPr')}")

    def chain(self, sid: str | None) -> list[Any]:
        out: list[Any] = []
        seen: set[str] = set()
        while sid and sid in self.by_id and sid not in seen and len(out) < 20:
            seen.add(sid)
            st = self.by_id[sid]
            out.append(st)
            sid = _val(st.find(_w("basedOn")))
        return out

    def name(self, sid: str | None) -> str:
        st = self.by_id.get(sid or "")
        return (_val(st.find(_w("name"))) or sid or "") if st is not None else (sid or "")

    def heading_level(self, sid: str | None) -> tuple[int | None, bool]:
        """(level, is_title) from the style chain: the nearest style that is a heading style
        by name, a title style, or has an outline level."""
        for st in self.chain(sid):
            for name in (_val(st.find(_w("name"))) or "", st.get(_w("styleId")) or ""):
                m = _HEADING_STYLE.fullmatch(name.strip())
                if m:
                    return int(m.group(1)), False
                if _TITLE_STYLE.fullmatch(name.strip()):
                    return 1, True
            ol = st.find(f"{_w('pPr')}/{_w('outlineLvl')}")
            if ol is not None and (_val(ol) or "").isdigit():
                n = int(_val(ol) or 9)
                return (n + 1, False) if n < 9 else (None, False)
        return None, False

    def num_pr(self, sid: str | None) -> tuple[str, int | None] | None:
        for st in self.chain(sid):
            np_ = st.find(f"{_w('pPr')}/{_w('numPr')}")
            if np_ is not None:
                nid = _val(np_.find(_w("numId")))
                ilvl = _val(np_.find(_w("ilvl")))
                if nid is not None:
                    return nid, (int(ilvl) if ilvl and ilvl.isdigit() else None)
        return None

    def rpr_prop(self, sid: str | None, tag: str) -> Any:
        for st in self.chain(sid):
            el = st.find(f"{_w('rPr')}/{_w(tag)}")
            if el is not None:
                return el
        return None


def _on_attr(value: str | None) -> bool:
    return value in ("1", "true", "on")


# ============================================================================ the reader


@dataclass
class _Para:
    text: str = ""
    notes: list[Note] = field(default_factory=list)
    comment_ids: list[str] = field(default_factory=list)
    sizes: dict[float, int] = field(default_factory=dict)
    bold_chars: int = 0
    chars: int = 0
    runs: list[Run] = field(default_factory=list)  # the text in its type, for an item's note line
    page: int | None = None  # the page its first text falls on (plancheck/ingest/pages.py)
    note_refs: list[tuple[str, str]] = field(default_factory=list)  # (kind, id) of its footnote/endnote references


class _DocxReader:
    def __init__(self, doc: Any) -> None:
        self.doc = doc
        part = doc.part
        self.styles = _Styles(doc.styles.element)
        try:
            numbering_root = part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            numbering_root = None
        self.numbering = _Numbering(numbering_root, self.styles)
        self.comment_texts: dict[str, tuple[str, str | None]] = {}
        for rel in part.rels.values():
            if rel.reltype == COMMENTS_RELTYPE and not rel.is_external:
                target = rel.target_part
                root = getattr(target, "element", None)
                if root is None:
                    root = etree.fromstring(target.blob, parser=SAFE_PARSER)
                for c in root.iter(_w("comment")):
                    text = "\n".join(t for t in (self._plain_text(p) for p in c.iter(_w("p"))) if t)
                    self.comment_texts[c.get(_w("id")) or ""] = (text, c.get(_w("author")))
        self.note_texts: dict[tuple[str, str], list[str]] = {}  # (kind, id) → the note's paragraphs
        for rel in part.rels.values():
            kind = NOTES_RELTYPES.get(rel.reltype)
            if kind is None or rel.is_external:
                continue
            try:
                root = etree.fromstring(rel.target_part.blob, parser=SAFE_PARSER)
            except (etree.XMLSyntaxError, ValueError):
                continue  # a damaged notes part: the body is still read, without its notes
            for n in root.iter(_w(kind)):
                if n.get(_w("type")) in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                lines = [t for t in (self._plain_text(p) for p in n.iter(_w("p"))) if t]
                if lines:
                    self.note_texts[(kind, n.get(_w("id")) or "")] = lines
        self.note_bodies: list[tuple[str, list[str]]] = []  # (number, paragraphs) in reference order
        self.blocks: list[Block] = []
        self.notes: list[Note] = []
        self.comments_seen: set[str] = set()
        self.title: str | None = None
        self.raw: dict[int, str] = {}
        self.indents: dict[int, float] = {}  # left indent (pt) of each body paragraph, by id(block)
        self.toc_after: set[int] = set()
        self.pages = PageCounter()
        self._cell_page: int | None = None  # the page the cell being read begins on

    # ------------------------------------------------------------------ text of a paragraph

    def _skip_breaks(self, el: Any) -> None:
        """Count the page breaks in content that is not read (a table of contents), in order."""
        for x in el.iter(_w("lastRenderedPageBreak"), _w("br"), _w("t")):
            if x.tag == _w("lastRenderedPageBreak"):
                self.pages.rendered_break()
            elif x.tag == _w("br"):
                if x.get(_w("type")) == "page":
                    self.pages.hard_break()
            else:
                self.pages.text(len((x.text or "").strip()))

    def _breaks_before(self, p: Any, pstyle: str | None) -> None:
        """A paragraph set to start a new page (``w:pageBreakBefore``, its own or its style's)."""
        ppr = p.find(_w("pPr"))
        chain = ([ppr] if ppr is not None else []) + [st.find(_w("pPr")) for st in self.styles.chain(pstyle)]
        for pr in chain:
            el = pr.find(_w("pageBreakBefore")) if pr is not None else None
            if el is not None:
                if _on(el):
                    self.pages.hard_break()
                return

    def _breaks_after(self, p: Any) -> None:
        """A paragraph that ends a section whose successor starts on a new page."""
        ppr = p.find(_w("pPr"))
        sect = ppr.find(_w("sectPr")) if ppr is not None else None
        if sect is None:
            return
        kind = _val(sect.find(_w("type")))
        if kind != "continuous":
            self.pages.hard_break()

    @staticmethod
    def _plain_text(p: Any) -> str:
        out = []
        for el in p.iter(_w("t"), _w("tab"), _w("br")):
            out.append((el.text or "") if el.tag == _w("t") else " ")
        return clean_text("".join(out))

    def _para_text(self, p: Any, pstyle: str | None) -> _Para:
        para = _Para()
        buf: list[str] = []
        state = {"since_change": False}

        def add_note(kind: str, author: str | None, text: str) -> None:
            last = para.notes[-1] if para.notes else None
            if (
                last is not None
                and last.kind == kind
                and last.author == author
                and not state["since_change"]
            ):
                last.text += text
            else:
                para.notes.append(Note(kind=kind, text=text, author=author))
            state["since_change"] = False

        def run_props(r: Any) -> tuple[bool, float | None, bool, bool]:
            rpr = r.find(_w("rPr"))
            rstyle = _val(rpr.find(_w("rStyle"))) if rpr is not None else None

            def prop(tag: str) -> Any:
                if rpr is not None:
                    el = rpr.find(_w(tag))
                    if el is not None:
                        return el
                el = self.styles.rpr_prop(rstyle, tag) if rstyle else None
                if el is None:
                    el = self.styles.rpr_prop(pstyle, tag)
                if el is None and self.styles.default_rpr is not None:
                    el = self.styles.default_rpr.find(_w(tag))
                return el

            hidden = _on(rpr.find(_w("vanish")) if rpr is not None else None) or _on(
                rpr.find(_w("webHidden")) if rpr is not None else None
            )
            sz = prop("sz")
            size = float(_val(sz)) / 2 if sz is not None and (_val(sz) or "").isdigit() else None
            return hidden, size, _on(prop("b")), _on(prop("i"))

        def run(r: Any, deleted: bool, change: tuple[str, str | None] | None) -> None:
            hidden, size, bold, italic = run_props(r)
            pieces: list[str] = []
            for el in r:
                tag = el.tag
                if tag == _w("t"):
                    pieces.append(el.text or "")
                    if not hidden and not deleted and (el.text or "").strip():
                        if para.page is None:
                            para.page = self.pages.page
                        self.pages.text(len((el.text or "").strip()))
                elif tag == _w("lastRenderedPageBreak"):
                    self.pages.rendered_break()
                elif tag == _w("delText"):
                    if deleted:
                        pieces.append(el.text or "")
                elif tag in (_w("tab"), _w("ptab")):
                    pieces.append("\t")
                elif tag in (_w("br"), _w("cr")):
                    if el.get(_w("type")) not in ("page", "column"):
                        pieces.append("\n")
                    elif el.get(_w("type")) == "page":
                        self.pages.hard_break()
                elif tag == _w("noBreakHyphen"):
                    pieces.append("-")
                elif tag == _w("sym"):
                    ch = el.get(_w("char")) or ""
                    with contextlib.suppress(ValueError):
                        pieces.append(normalise_bullet(chr(int(ch, 16))) if ch else "")
                elif tag == _w("commentReference"):
                    cid = el.get(_w("id"))
                    if cid is not None:
                        para.comment_ids.append(cid)
                elif tag in (_w("footnoteReference"), _w("endnoteReference")) and not (hidden or deleted):
                    para.note_refs.append(("footnote" if tag == _w("footnoteReference") else "endnote",
                                           el.get(_w("id")) or ""))
            text = "".join(pieces)
            if hidden or not text:
                return
            if change is not None:
                add_note(change[0], change[1], text)
                if deleted:
                    return
            elif text.strip():
                state["since_change"] = True
            buf.append(text)
            para.runs.append(Run(text, italic, size, bold))
            n = len(text.strip())
            para.chars += n
            if bold:
                para.bold_chars += n
            if size is not None and n:
                para.sizes[size] = para.sizes.get(size, 0) + n

        def walk(el: Any, deleted: bool, change: tuple[str, str | None] | None) -> None:
            for child in el:
                tag = child.tag
                if not isinstance(tag, str):
                    continue
                if tag == _w("r"):
                    run(child, deleted, change)
                elif tag in (_w("del"), _w("moveFrom")):
                    walk(child, True, ("tracked deletion", child.get(_w("author"))))
                elif tag in (_w("ins"), _w("moveTo")):
                    walk(child, deleted, ("tracked insertion", child.get(_w("author"))))
                elif tag == _w("commentRangeStart"):
                    cid = child.get(_w("id"))
                    if cid is not None:
                        para.comment_ids.append(cid)
                elif tag in (_w("pPr"), _w("rPr"), _w("sdtPr"), _w("sdtEndPr")):
                    continue
                elif tag == f"{{{MATH_NS}}}t":
                    buf.append(child.text or "")
                else:  # hyperlink, smartTag, fldSimple, sdt/sdtContent, customXml, oMath …
                    walk(child, deleted, change)

        walk(p, False, None)
        para.text = "".join(buf).replace("\u00ad", "")
        return para

    # ------------------------------------------------------------------ paragraphs

    def _paragraph_info(self, p: Any) -> dict[str, Any] | None:
        """Style, heading level and label of a paragraph (advancing the numbering)."""
        ppr = p.find(_w("pPr"))
        pstyle = _val(ppr.find(_w("pStyle"))) if ppr is not None else None
        pstyle = pstyle or self.styles.default_para
        own_name = self.styles.name(pstyle)
        if _TOC_STYLE.match(own_name.strip()) or _TOC_STYLE.match(pstyle or ""):
            return None
        level, is_title = self.styles.heading_level(pstyle)
        if ppr is not None:
            ol = ppr.find(_w("outlineLvl"))
            if ol is not None and (_val(ol) or "").isdigit() and level is None:
                n = int(_val(ol) or 9)
                level = n + 1 if n < 9 else None
        num_id: str | None = None
        ilvl: int | None = None
        np_ = ppr.find(_w("numPr")) if ppr is not None else None
        if np_ is not None:
            num_id = _val(np_.find(_w("numId")))
            il = _val(np_.find(_w("ilvl")))
            ilvl = int(il) if il and il.isdigit() else None
        if num_id is None:
            from_style = self.styles.num_pr(pstyle)
            if from_style is not None:
                num_id = from_style[0]
                if ilvl is None:
                    ilvl = from_style[1]
                if ilvl is None and pstyle:
                    ilvl = self.numbering.level_for_style(num_id, pstyle)
        if ilvl is None and num_id is not None and pstyle:
            ilvl = self.numbering.level_for_style(num_id, pstyle)
        return {
            "pstyle": pstyle,
            "level": level,
            "title": is_title,
            "num_id": num_id if num_id not in (None, "0") else None,
            "ilvl": ilvl or 0,
        }

    def _label(self, info: dict[str, Any]) -> tuple[str | None, str | None]:
        if info["num_id"] is None:
            return None, None
        return self.numbering.next_label(info["num_id"], info["ilvl"])

    def _emit_paragraph(self, p: Any, anchor: Anchor) -> None:
        info = self._paragraph_info(p)
        if info is None:
            self.toc_after.add(len(self.blocks) - 1)
            self._skip_breaks(p)
            return
        number, bullet = self._label(info)
        self._breaks_before(p, info["pstyle"])
        para = self._para_text(p, info["pstyle"])
        self._breaks_after(p)
        text = clean_text(para.text)
        block: Block | None = None
        split: tuple[str, str] | None = None
        if text:
            size = max(para.sizes.items(), key=lambda kv: kv[1])[0] if para.sizes else None
            bold = para.chars > 0 and para.bold_chars == para.chars
            if info["level"] is not None:
                block = heading_block(text, number or bullet, number, info["level"], size, bold)
                text = block.text
                if info["title"] and self.title is None:
                    self.title = text
            else:
                level = info["ilvl"]
                if number is None and bullet is None:
                    number, bullet, rest = split_typed_label(text)
                    if number or bullet:
                        text = rest
                        level = 0
                split = split_item_note(para.runs) if (number or bullet) and "\n" in para.text else None
                if split is not None:  # owner and deadline on a line of their own under the item
                    text = split[0]
                block = body_block(text, number, bullet, level, size, bold)
                if split is None:
                    mark_runs(block, para.runs)
                if split is not None:
                    self.blocks.append(block)
                    self.raw[id(block)] = text
                    block = body_block(split[1], None, None, None, size, False)
                    block.item_note = True
            self.blocks.append(block)
            self.raw[id(block)] = split[1] if split is not None else para.text
            for b in self.blocks[-2 if split is not None else -1:]:
                b.provenance.page = para.page
            self.indents[id(block)] = self._indent(p, info["pstyle"])
            self._number_notes(para, self.blocks[-2] if split is not None else block)
        self._anchor_notes(para, block or (self.blocks[-1] if self.blocks else None), anchor)
        for box in self._text_boxes(p):
            self.walk_body(box, anchor)

    def _number_notes(self, para: _Para, block: Block) -> None:
        """Give each footnote or endnote ``para`` refers to its number, in the order of the
        references, on ``block`` (the item, when its owner line was split off)."""
        for key in para.note_refs:
            lines = self.note_texts.get(key)
            if lines is None:
                continue
            number = str(len(self.note_bodies) + 1)
            block.note_refs.append(number)
            self.note_bodies.append((number, lines))

    def note_blocks(self) -> list[Block]:
        """The notes referred to, each a paragraph opening with its number, as the PDF prints
        them after the body or at the page foot (:func:`plancheck.extract.notes.find_notes`)."""
        out = []
        for number, lines in self.note_bodies:
            text = "\n".join([f"{number} {lines[0]}", *lines[1:]])
            block = body_block(" ".join([f"{number} {lines[0]}", *lines[1:]]), None, None, None, None, False)
            self.raw[id(block)] = text
            block.provenance.source_text = text
            out.append(block)
        return out

    def _indent(self, p: Any, pstyle: str | None) -> float:
        """The paragraph's left indent in pt (its own, else its style's)."""
        ppr = p.find(_w("pPr"))
        chain = ([ppr] if ppr is not None else []) + [st.find(_w("pPr")) for st in self.styles.chain(pstyle)]
        for pr in chain:
            ind = pr.find(_w("ind")) if pr is not None else None
            if ind is None:
                continue
            val = ind.get(_w("left")) or ind.get(_w("start"))
            if val is not None and val.lstrip("-").isdigit():
                return int(val) / 20
        return 0.0

    @staticmethod
    def _text_boxes(p: Any) -> list[Any]:
        """The outermost text boxes anchored in a paragraph (their text follows it), taking
        the DrawingML version and not its VML fallback."""
        boxes = []
        for box in p.iter(_w("txbxContent")):
            ancestor = box.getparent()
            nested = False
            while ancestor is not None and ancestor is not p:
                if ancestor.tag in (_w("txbxContent"), f"{{{MC_NS}}}Fallback"):
                    nested = True
                    break
                ancestor = ancestor.getparent()
            if not nested:
                boxes.append(box)
        return boxes

    def _anchor_notes(self, para: _Para, block: Block | None, anchor: Anchor) -> None:
        if anchor.table_block is not None:
            block = anchor.table_block
        for note in para.notes:
            note.block = block
            note.grid, note.grid_row = anchor.grid, anchor.grid_row
            self.notes.append(note)
        for cid in para.comment_ids:
            if cid in self.comments_seen:
                continue
            self.comments_seen.add(cid)
            text, author = self.comment_texts.get(cid, ("", None))
            self.notes.append(
                Note(
                    kind="comment",
                    text=text,
                    author=author,
                    block=block,
                    grid=anchor.grid,
                    grid_row=anchor.grid_row,
                )
            )

    def unanchored_comments(self) -> None:
        """Comments whose anchor is not in the body (a header, a footnote) still count."""
        for cid, (text, author) in self.comment_texts.items():
            if cid not in self.comments_seen:
                self.notes.append(Note(kind="comment", text=text, author=author, where="document"))

    # ------------------------------------------------------------------ body

    def walk_body(self, parent: Any, anchor: Anchor) -> None:
        for child in parent:
            tag = child.tag
            if tag == _w("p"):
                self._emit_paragraph(child, anchor)
            elif tag == _w("tbl"):
                self._emit_table(child, anchor)
            elif tag == _w("sdt"):
                if self._is_toc(child):
                    self.toc_after.add(len(self.blocks) - 1)
                    self._skip_breaks(child)
                    continue
                content = child.find(_w("sdtContent"))
                if content is not None:
                    self.walk_body(content, anchor)
            elif tag in (_w("customXml"), _w("ins"), _w("moveTo"), f"{{{MC_NS}}}Fallback"):
                self.walk_body(child, anchor)
            elif tag == f"{{{MC_NS}}}AlternateContent":
                fallback = child.find(f"{{{MC_NS}}}Fallback")
                if fallback is not None:
                    self.walk_body(fallback, anchor)

    @staticmethod
    def _is_toc(sdt: Any) -> bool:
        gallery = sdt.find(f"{_w('sdtPr')}/{_w('docPartObj')}/{_w('docPartGallery')}")
        return gallery is not None and "contents" in (_val(gallery) or "").lower()

    # ------------------------------------------------------------------ tables

    @staticmethod
    def _children(el: Any, tag: str) -> list[Any]:
        """Direct children named ``tag``, looking through sdt/customXml wrappers."""
        out = []
        for child in el:
            if child.tag == _w(tag):
                out.append(child)
            elif child.tag in (_w("sdt"), _w("customXml")):
                inner = child.find(_w("sdtContent")) if child.tag == _w("sdt") else child
                if inner is not None:
                    out.extend(_DocxReader._children(inner, tag))
        return out

    def _emit_table(self, tbl: Any, anchor: Anchor) -> None:
        # a row deleted with tracked changes (``w:trPr/w:del``) is read as accepted: gone, and
        # listed with the other tracked changes
        rows = []
        for tr in self._children(tbl, "tr"):
            deleted = tr.find(f"{_w('trPr')}/{_w('del')}")
            if deleted is None:
                rows.append(tr)
                continue
            cells = (" ".join((x.text or "") for x in tc.iter(_w("t"), _w("delText"))).strip()
                     for tc in self._children(tr, "tc"))
            text = " | ".join(t for t in cells if t)
            if text:
                self.notes.append(Note(kind="tracked deletion", text=text, author=deleted.get(_w("author")),
                                       block=self.blocks[-1] if self.blocks else None))
        if len(rows) == 1 and len(self._children(rows[0], "tc")) == 1:
            # a one-cell table is a frame around text (a fact box): read it as body text
            self.walk_body(self._children(rows[0], "tc")[0], anchor)
            return
        if not rows:
            return
        first = self._parallel_column(rows)
        if first is not None:
            for tc in first:  # one language read; its translation beside it is not
                self.walk_body(tc, anchor)
            return
        margin = self._margin_rows(tbl, rows)
        if margin is not None:
            self._emit_margin_table(margin, anchor)
            return
        self._emit_grid(rows, anchor)

    def _parallel_column(self, rows: list[Any]) -> list[Any] | None:
        """The cells to read of a table that lays out a parallel text: two columns, the second
        the first one's translation row by row (:func:`~plancheck.layout.parallel.parallel_texts`,
        the test the PDF layout makes of two columns divided by a rule), and the first holding
        a document's body, not a value (a heading, a table or several paragraphs in a cell).
        Returns the first column's cells and the cells that span both, in order; None for
        another table."""
        cells: list[Any] = []
        pairs: list[tuple[str, str]] = []
        body = False
        for tr in rows:
            tcs = self._children(tr, "tc")
            trpr = tr.find(_w("trPr"))
            if trpr is not None and (trpr.find(_w("gridBefore")) is not None or trpr.find(_w("gridAfter")) is not None):
                return None
            if any((tc.find(f"{_w('tcPr')}/{_w('vMerge')}") is not None) for tc in tcs):
                return None  # a cell spanning rows: a grid, not a page layout
            spans = [self._span(tc) for tc in tcs]
            if spans == [2]:
                cells.append(tcs[0])  # one text across both columns
                continue
            if spans != [1, 1]:
                return None
            cells.append(tcs[0])
            texts = ["\n".join(t for t in (self._plain_text(p) for p in tc.iter(_w("p"))) if t) for tc in tcs]
            pairs.append((texts[0], texts[1]))
            paragraphs = [p for p in self._children(tcs[0], "p") if self._plain_text(p)]
            heading = any(self.styles.heading_level(_val(p.find(f"{_w('pPr')}/{_w('pStyle')}")))[0] for p in paragraphs)
            body = body or heading or len(paragraphs) > 1 or bool(self._children(tcs[0], "tbl"))
        return cells if body and parallel_texts(pairs, DEFAULT_LAYOUT) else None

    def _emit_grid(self, rows: list[Any], anchor: Anchor, skip: int = 0) -> None:
        """A table block from the rows ``rows``, their first ``skip`` grid columns left out."""
        block = Block(id="", kind=BlockKind.table)
        self.blocks.append(block)
        grid = GridTable()
        grid.fills = {}
        header_rows = 0
        counting_header = True
        for r, tr in enumerate(rows):
            trpr = tr.find(_w("trPr"))
            is_header = trpr is not None and _on(trpr.find(_w("tblHeader")))
            if counting_header and is_header:
                header_rows += 1
            else:
                counting_header = False
            col = -skip
            before = _val(trpr.find(_w("gridBefore"))) if trpr is not None else None
            if before and before.isdigit():
                col += int(before)
            for tc in self._children(tr, "tc"):
                if col < 0:  # a column left out
                    col += self._span(tc)
                    continue
                tcpr = tc.find(_w("tcPr"))
                span_el = tcpr.find(_w("gridSpan")) if tcpr is not None else None
                span = int(_val(span_el) or 1) if (_val(span_el) or "").isdigit() else 1
                span = max(span, 1)
                vm = tcpr.find(_w("vMerge")) if tcpr is not None else None
                above = grid.origin(r - 1, col) if r > 0 else None
                if vm is not None and _val(vm) != "restart" and above is not None:
                    for k in range(span):  # merged down; spanned columns are covered too
                        grid.set(r, col + k, ("ref", above[0], above[1]))
                else:
                    cell_anchor = Anchor(table_block=block, grid=grid, grid_row=r)
                    self._cell_page = None
                    grid.set(r, col, ("cell", self._cell_text(tc, cell_anchor)))
                    if self._cell_page is not None:
                        grid.pages[(r, col)] = self._cell_page
                    paras = [p for p in self._children(tc, "p") if self._plain_text(p)]
                    if paras and all(self._bold_paragraph(p) for p in paras):
                        grid.bolds.add((r, col))
                    if paras and (left := _paragraph_indent(paras[0])):
                        grid.indents[(r, col)] = left
                    shade = shading_fill(tcpr.find(_w("shd")) if tcpr is not None else None)
                    if shade:
                        grid.fills[(r, col)] = shade
                    for k in range(1, span):
                        grid.set(r, col + k, ("ref", r, col))
                col += span
        grid.header_rows = header_rows
        table = grid.to_table()
        block.table = table
        block.text = " | ".join(table.header).strip()  # an empty first header cell leaves no leading space
        block.provenance = Provenance(page=min(grid.pages.values(), default=None), source_text=block.text)

    def _span(self, tc: Any) -> int:
        tcpr = tc.find(_w("tcPr"))
        span = _val(tcpr.find(_w("gridSpan"))) if tcpr is not None else None
        return max(int(span), 1) if span and span.isdigit() else 1

    def _bold_paragraph(self, p: Any) -> bool:
        """Is every run of text in paragraph ``p`` set in bold (direct, by its run style or its
        paragraph style, or the document default)?"""
        ppr = p.find(_w("pPr"))
        pstyle = _val(ppr.find(_w("pStyle"))) if ppr is not None else None
        pstyle = pstyle or self.styles.default_para  # no style named: the document's default one
        runs = [r for r in p.iter(_w("r")) if "".join(t.text or "" for t in r.iter(_w("t"))).strip()]
        for r in runs:
            rpr = r.find(_w("rPr"))
            b = rpr.find(_w("b")) if rpr is not None else None
            if b is None:
                rstyle = _val(rpr.find(_w("rStyle"))) if rpr is not None else None
                b = self.styles.rpr_prop(rstyle, "b") if rstyle else None
            if b is None:
                b = self.styles.rpr_prop(pstyle, "b")
            if b is None and self.styles.default_rpr is not None:
                b = self.styles.default_rpr.find(_w("b"))
            if not _on(b):
                return False
        return bool(runs)

    def _margin_rows(self, tbl: Any, rows: list[Any]) -> list[tuple[str, list[Any], Any]] | None:
        """The rows of a table that lays out side headings (:func:`margin_label`): for each
        row its label ('' for none), its other cells and the row; None for another table."""
        tblpr = tbl.find(_w("tblPr"))
        borders = tblpr.find(_w("tblBorders")) if tblpr is not None else None
        if borders is None or not all(
            _val(borders.find(_w(side))) in ("nil", "none") for side in ("insideH", "insideV")
        ):
            return None  # ruled between its cells: a table to read as one
        out: list[tuple[str, list[Any], Any]] = []
        for tr in rows:
            tcs = self._children(tr, "tc")
            trpr = tr.find(_w("trPr"))
            if not tcs or self._span(tcs[0]) != 1 or (trpr is not None and trpr.find(_w("gridBefore")) is not None):
                return None
            paras = [p for p in self._children(tcs[0], "p") if self._plain_text(p)]
            if len(paras) > 1 or len(tcs[0]) > len(self._children(tcs[0], "p")) + 1:
                return None  # more than a paragraph (and its properties) in the margin cell
            label = self._plain_text(paras[0]) if paras else ""
            if label and not (self._bold_paragraph(paras[0]) and margin_label(label)):
                return None
            out.append((label, tcs[1:], tr))
        if not any(label for label, _, _ in out) or not out[0][0]:
            return None
        if not any(not label and any(self._plain_text(p) for tc in rest for p in tc.iter(_w("p")))
                   for label, rest, _ in out):
            return None  # the text beside the labels goes on under an empty margin somewhere
        return out

    def _emit_margin_table(self, rows: list[tuple[str, list[Any], Any]], anchor: Anchor) -> None:
        """A table that lays out side headings, read as the PDF layout reads such a page: each
        label a heading of its own (:attr:`Block.side_label`), then what stands beside it: the
        paragraphs of a cell that fills the rest of its row, or, for rows of several cells, a
        table of those columns (the labels of such a run of rows first, as they stand in the
        margin beside it)."""
        level = next((b.level or 1 for b in reversed(self.blocks) if b.kind == BlockKind.heading
                      and not b.side_label), 0) + 1

        def heading(label: str) -> None:
            block = heading_block(label, None, None, level, None, True)
            block.side_label = True
            self.blocks.append(block)

        i = 0
        while i < len(rows):
            label, rest, _ = rows[i]
            texts = [tc for tc in rest if any(self._plain_text(p) for p in tc.iter(_w("p")))]
            if len(texts) <= 1 and len(rest) <= 1:
                if label:
                    heading(label)
                for tc in texts:
                    self.walk_body(tc, anchor)
                i += 1
                continue
            j = i
            while j < len(rows) and len(rows[j][1]) > 1:
                j += 1
            for label, _, _ in rows[i:j]:
                if label:
                    heading(label)
            self._emit_grid([tr for _, _, tr in rows[i:j]], anchor, skip=1)
            i = j

    def _cell_text(self, tc: Any, anchor: Anchor) -> str:
        """The text of a cell: its paragraphs (with their list labels) one per line."""
        lines: list[str] = []
        for child in tc:
            tag = child.tag
            if tag == _w("p"):
                info = self._paragraph_info(child)
                if info is None:
                    continue
                number, bullet = self._label(info)
                para = self._para_text(child, info["pstyle"])
                if self._cell_page is None:
                    self._cell_page = para.page
                self._anchor_notes(para, anchor.table_block, anchor)
                text = clean_text(para.text)
                if text:
                    label = number or bullet
                    lines.append(f"{label} {text}" if label else text)
            elif tag == _w("tbl"):
                for tr in self._children(child, "tr"):
                    cells = [self._cell_text(c, anchor) for c in self._children(tr, "tc")]
                    line = " ".join(c.replace("\n", " ") for c in cells if c)
                    if line:
                        lines.append(line)
            elif tag in (_w("sdt"), _w("customXml")):
                inner = child.find(_w("sdtContent")) if tag == _w("sdt") else child
                if inner is not None:
                    sub = self._cell_text(inner, anchor)
                    if sub:
                        lines.append(sub)
        return "\n".join(lines)


class WordListLabels:
    """The labels Word prints before the numbered paragraphs of a python-docx document ("1.",
    "1.a", "a)", a bullet), for a reader that walks the paragraphs itself (the mandate reader):
    a multilevel list's second level may print "%1.%2" as "1.a", which no style name tells.
    Call :meth:`label` once per paragraph, in document order (the counters advance)."""

    def __init__(self, doc: Any) -> None:
        self._reader = _DocxReader(doc)

    def label(self, p: Any) -> tuple[str | None, str | None, int]:
        """``(number, bullet, ilvl)`` of the paragraph element ``p`` (both None when it is not
        a list paragraph)."""
        info = self._reader._paragraph_info(p)
        if info is None:
            return None, None, 0
        number, bullet = self._reader._label(info)
        return number, bullet, int(info["ilvl"] or 0)


def _page_count(zf: zipfile.ZipFile) -> int:
    try:
        root = etree.fromstring(zf.read("docProps/app.xml"), parser=SAFE_PARSER)
    except (KeyError, etree.XMLSyntaxError, ValueError):
        return 0
    for el in root:
        if isinstance(el.tag, str) and el.tag.endswith("}Pages") and (el.text or "").isdigit():
            return int(el.text or 0)
    return 0


def read_docx(path: Path) -> Document:
    """Read a .docx file into a :class:`Document` (``format="docx"``).

    Raises :class:`InputError` (one line) when the file is missing, empty, not a Word
    package, corrupt or password-protected.
    """
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    path = Path(path)
    with check_zip(path, ".docx") as zf:
        names = set(zf.namelist())
        if "EncryptionInfo" in names or "EncryptedPackage" in names:
            raise InputError(
                f"{path}: the document is password-protected; save it without a password"
            )
        if "[Content_Types].xml" not in names:
            raise InputError(f"{path}: not a .docx file (no Office package inside the zip)")
        try:
            rels = zf.read("_rels/.rels") if "_rels/.rels" in names else b""
        except (zipfile.BadZipFile, OSError) as exc:
            raise InputError(f"{path}: the .docx file is corrupt ({exc})") from None
        if b"purl.oclc.org/ooxml" in rels:
            raise InputError(
                f"{path}: Strict Open XML is not supported; save it as a standard Word document"
            )
        page_count = _page_count(zf)
    try:
        doc = docx.Document(str(path))
    except PackageNotFoundError:
        raise InputError(f"{path}: not a .docx file") from None
    except ValueError as exc:  # wrong content type: .xlsx, .pptx, .docm …
        kind = str(exc).rsplit("content type is", 1)[-1].strip(" '\"")
        raise InputError(f"{path}: not a Word .docx document ({kind})") from None
    except (KeyError, etree.XMLSyntaxError, zipfile.BadZipFile) as exc:
        raise InputError(f"{path}: the .docx file is corrupt ({exc})") from None
    try:
        reader = _DocxReader(doc)
        reader.walk_body(doc.element.body, Anchor())
        reader.unanchored_comments()
        reader.blocks.extend(reader.note_blocks())
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{path}: the .docx file is corrupt ({exc})") from None
    title = reader.title
    if title is None:
        try:
            title = (doc.core_properties.title or "").strip() or None
        except (ValueError, KeyError):
            title = None
    if not reader.pages.trusted(page_count):
        drop_pages(reader.blocks)
    elif page_count == 0:
        page_count = reader.pages.page
    blocks = drop_toc(reader.blocks, reader.raw, reader.toc_after)
    blocks = promote_pseudo_headings(typed_tables(blocks, reader.raw, reader.indents, reader.notes))
    if not blocks:
        raise InputError(f"{path}: the document has no text")
    return finish_document(path, "docx", blocks, reader.notes, title=title, page_count=page_count)
