"""Read a PDF into a :class:`~plancheck.models.Document` with pdfplumber.

The steps, each small and in its own function:

1. words per page with font name and size (pdfplumber ``extract_words``);
2. ruled tables (pdfplumber ``find_tables`` on lines); their words are taken out of the text;
3. lines from the remaining words; running headers, footers and page numbers removed
   (text repeated in the same band across pages);
4. a table of contents recognised and dropped;
5. unruled tables recognised from a header line of known column words ("Tiltak", "Ansvar",
   "Frist") and the x positions of its columns;
6. lines joined into headings, list items and paragraphs, with line-end hyphenation rejoined;
7. table pieces split over pages joined into one logical table, merged cells resolved.

Why by hand on top of pdfplumber: pdfplumber gives words, chars and ruling-line tables; the
document grammar of Word/LibreOffice exports (what is a heading, a list, a running header, a
continued table) is not something pdfplumber or any of our chosen packages knows.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from plancheck.errors import InputError
from plancheck.extract.roles import label_role
from plancheck.ingest.text import join_lines
from plancheck.models import BBox, Block, BlockKind, Cell, Document, Provenance, Table

# bullet glyphs; symbol fonts (Symbol, Wingdings) put theirs in the private use area U+F020–U+F0FF
BULLETS = "•●▪■◦○‣∙·–—-*\u25aa\u2022\u2013\u2043➢►✓" + "".join(chr(c) for c in range(0xF020, 0xF100))
TOC_TITLES = re.compile(
    r"^(innhold|innholdsfortegnelse|innhald|innhaldsliste|innehåll|innehållsförteckning|indhold|"
    r"indholdsfortegnelse|contents|table of contents)$",
    re.IGNORECASE,
)
TOC_ENTRY = re.compile(r"(\.{3,}|…{2,}|(\s\.){3,}|_{4,})\s*\d+\s*$|\s\d{1,3}$")
BACK_TO_TOC = re.compile(
    r"^(tilbake til (innhold|innholdsfortegnelsen?)|til innhold|back to (top|contents)|"
    r"tillbaka till innehåll)\b",
    re.IGNORECASE,
)
PAGE_NUMBER = re.compile(
    r"^(side|sida|page|s\.)?\s*-?\s*\d{1,4}\s*-?\s*((av|of|/|af)\s*\d{1,4})?$", re.IGNORECASE
)

WordDict = dict


@dataclass
class Line:
    page: int
    words: list[WordDict]
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    text: str = ""
    kind: str = ""  # "toc", "furniture" when removed

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def bbox(self) -> BBox:
        return BBox(x0=self.x0, top=self.top, x1=self.x1, bottom=self.bottom)


@dataclass
class TablePiece:
    """One table as it stands on one page, before pieces over page breaks are joined."""

    page: int
    bbox: tuple[float, float, float, float]
    col_x: list[float]
    rows: list[list[Cell | None]]
    spans_to_bottom: list[bool] = field(default_factory=list)
    ruled: bool = True
    has_header: bool = True


# --------------------------------------------------------------------------- open


def open_pdf(path: Path, password: str | None = None):
    """Open ``path`` with pdfplumber, or raise one :class:`InputError` that says what is wrong:
    missing, empty, not a PDF (and what it is instead), truncated, damaged, encrypted (with no
    or a wrong ``password``)."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    from plancheck.ingest.files import probe

    size, head = probe(path)
    try:
        with path.open("rb") as fh:
            fh.seek(max(0, size - 4096))
            tail = fh.read()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if size == 0:
        raise InputError(f"{path}: the file is empty")
    if b"%PDF" not in head:
        from plancheck.pipeline import sniff

        what = sniff(head)
        raise InputError(
            f"{path}: not a PDF file"
            + (f"; it is {what}" if what else " (it does not start with %PDF)")
        )
    if b"%%EOF" not in tail:
        raise InputError(f"{path}: the PDF is truncated (it does not end with %%EOF); get the whole file again")
    pdf = None
    try:
        pdf = pdfplumber.open(path, password=password or "")
        _ = len(pdf.pages)
    except Exception as exc:  # pdfminer raises many types on broken files
        if pdf is not None:
            pdf.close()
        cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect):
            if password:
                raise InputError(f"{path}: the password given with --password is wrong") from None
            raise InputError(
                f"{path}: the PDF is password-protected; give the password with --password"
            ) from None
        if isinstance(cause, PDFEncryptionError) or "Encrypt" in type(cause).__name__:
            raise InputError(
                f"{path}: the PDF is encrypted in a way plancheck cannot read ({cause}); "
                "save an unencrypted copy"
            ) from None
        name = type(cause).__name__ if isinstance(cause, BaseException) else type(exc).__name__
        raise InputError(f"{path}: the PDF cannot be read ({name}); is it truncated or damaged?") from None
    return pdf


# --------------------------------------------------------------------------- words and lines


def _is_bold(fontname: str) -> bool:
    f = fontname.lower()
    return any(k in f for k in ("bold", "black", "heavy", "semibold", "demi", ",b"))


def page_words(page) -> list[WordDict]:
    words = page.extract_words(
        x_tolerance=1.5,
        y_tolerance=2.5,
        keep_blank_chars=False,
        use_text_flow=False,
        extra_attrs=["size"],
        return_chars=True,
    )
    for w in words:
        w["fontname"] = w["chars"][0].get("fontname", "") if w.get("chars") else ""
        w["bold"] = sum(_is_bold(c.get("fontname", "")) for c in w["chars"]) * 2 > len(w["chars"])
        del w["chars"]
    return words


def words_to_lines(words: list[WordDict], page_no: int) -> list[Line]:
    """Group words into lines by their vertical position, left to right."""
    lines: list[Line] = []
    for w in sorted(words, key=lambda w: (round(w["top"], 0), w["x0"])):
        mid = (w["top"] + w["bottom"]) / 2
        for line in reversed(lines[-3:]):
            lone_bullet = (len(w["text"]) == 1 and w["text"] in BULLETS) or (
                len(line.words) == 1 and len(line.words[0]["text"]) == 1 and line.words[0]["text"] in BULLETS
            )
            if line.top - 1 <= mid <= line.bottom + 1 and (lone_bullet or abs(line.size - w["size"]) < 4):
                was_bullet = len(line.words) == 1 and line.words[0]["text"] in BULLETS
                line.words.append(w)
                if was_bullet:  # a big bullet glyph takes the size and place of its text
                    line.top, line.bottom, line.size = w["top"], w["bottom"], w["size"]
                else:
                    line.top = min(line.top, w["top"])
                    line.bottom = max(line.bottom, w["bottom"])
                break
        else:
            lines.append(
                Line(page_no, [w], w["x0"], w["x1"], w["top"], w["bottom"], w["size"], w["bold"])
            )
    for line in lines:
        line.words.sort(key=lambda w: w["x0"])
        line.x0 = line.words[0]["x0"]
        line.x1 = max(w["x1"] for w in line.words)
        sizes = Counter()
        for w in line.words:
            sizes[round(w["size"], 1)] += len(w["text"])
        line.size = sizes.most_common(1)[0][0]
        letters = [w for w in line.words if any(ch.isalpha() for ch in w["text"])]
        line.bold = bool(letters) and all(w["bold"] for w in letters)
        line.text = _line_text(line.words)
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return lines


def _line_text(words: list[WordDict]) -> str:
    out = ""
    prev = None
    for w in words:
        if prev is not None:
            gap = w["x0"] - prev["x1"]
            out += " " if gap > 0.15 * w["size"] or gap > 1.2 else ""
        out += w["text"]
        prev = w
    return out


def segments(line: Line, min_gap: float = 12.0) -> list[list[WordDict]]:
    """Split a line where the horizontal gap is wide: the columns of an unruled table."""
    segs: list[list[WordDict]] = [[line.words[0]]]
    for prev, w in zip(line.words, line.words[1:], strict=False):
        if w["x0"] - prev["x1"] > max(min_gap, 1.6 * w["size"]):
            segs.append([w])
        else:
            segs[-1].append(w)
    return segs


# --------------------------------------------------------------------------- furniture and toc


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def mark_furniture(pages: list[list[Line]], heights: list[float]) -> None:
    """Mark running headers, footers and page numbers: text in the top or bottom band of the
    page that repeats (digits ignored) on many pages, and lone page numbers in those bands."""
    n = len(pages)
    counts: Counter[tuple[str, str]] = Counter()
    for lines, h in zip(pages, heights, strict=True):
        seen = set()
        for ln in lines:
            band = _band(ln, h)
            if band:
                seen.add((band, _furniture_key(ln.text)))
        counts.update(seen)
    need = 2 if n <= 3 else max(2, int(0.3 * n))
    for lines, h in zip(pages, heights, strict=True):
        for ln in lines:
            band = _band(ln, h)
            if not band:
                continue
            if counts[(band, _furniture_key(ln.text))] >= need or PAGE_NUMBER.match(ln.text.strip()):
                ln.kind = "furniture"


def _band(ln: Line, page_height: float) -> str | None:
    if ln.bottom < page_height * 0.09:
        return "top"
    if ln.top > page_height * 0.91:
        return "bottom"
    return None


def mark_toc(pages: list[list[Line]]) -> list[int]:
    """Mark the table of contents: a "Innhold"/"Contents" title followed by entries that end
    in page numbers (with or without dot leaders), and any dot-leader line anywhere."""
    toc_pages: set[int] = set()
    in_toc = False
    for lines in pages:
        for ln in lines:
            if ln.kind:
                continue
            text = ln.text.strip()
            if TOC_TITLES.match(text.rstrip(":")):
                ln.kind = "toc"
                in_toc = True
                toc_pages.add(ln.page)
                continue
            if BACK_TO_TOC.match(text):
                ln.kind = "furniture"
                continue
            if re.search(r"(\.{4,}|…{2,}|(\s?\.){5,})\s*\d+\s*$", text):
                ln.kind = "toc"
                toc_pages.add(ln.page)
                continue
            if in_toc:
                if re.search(r"\s\d{1,3}$", text) and len(text) < 140:
                    ln.kind = "toc"
                    continue
                in_toc = False
    return sorted(toc_pages)


# --------------------------------------------------------------------------- ruled tables


def find_ruled_tables(page, words: list[WordDict], page_no: int) -> list[TablePiece]:
    pieces = []
    for t in page.find_tables({"vertical_strategy": "lines", "horizontal_strategy": "lines"}):
        rows = t.rows
        if not rows:
            continue
        ncols = len(rows[0].cells)
        if ncols < 2 or len(rows) < 1:
            continue
        if len(rows) == 1 and ncols < 3:
            continue
        col_x = sorted({c[0] for c in t.cells})
        # right edge of each column
        grid: list[list[Cell | None]] = []
        raw = [list(r.cells) for r in rows]
        spans: list[bool] = [False] * ncols
        for ri, row in enumerate(raw):
            out: list[Cell | None] = []
            for ci, bbox in enumerate(row):
                if bbox is None:
                    out.append(None)
                    continue
                text = cell_text(words, bbox)
                out.append(
                    Cell(row=ri, col=ci, text=text, page=page_no, bbox=BBox(x0=bbox[0], top=bbox[1], x1=bbox[2], bottom=bbox[3]))
                )
                if ri < len(raw) - 1 and bbox[3] >= t.bbox[3] - 1:
                    spans[ci] = True
            grid.append(out)
        # resolve merged cells: horizontal spans leave "", vertical ones copy down
        for ri, row in enumerate(grid):
            for ci, cell in enumerate(row):
                if cell is not None:
                    continue
                left = next((row[k] for k in range(ci - 1, -1, -1) if row[k] is not None), None)
                row_top = rows[ri].bbox[1]
                if left is not None and left.bbox and left.bbox.x1 > col_x[ci] + 1 and left.bbox.bottom > row_top:
                    row[ci] = Cell(row=ri, col=ci, text="", page=page_no, merged_from=None)
                    continue
                above = next((grid[k][ci] for k in range(ri - 1, -1, -1) if grid[k][ci] is not None and grid[k][ci].merged_from is None), None)
                if above is not None and above.bbox and above.bbox.bottom > row_top + 1:
                    row[ci] = Cell(row=ri, col=ci, text=above.text, page=page_no, bbox=above.bbox, merged_from=above.row)
                else:
                    row[ci] = Cell(row=ri, col=ci, text="", page=page_no)
        # spans_to_bottom: the bottom cell of each column reaches past its row (merged down)
        last_top = rows[-1].bbox[1]
        bottom_span = []
        for ci in range(ncols):
            c = grid[-1][ci]
            bottom_span.append(bool(c and c.merged_from is not None) or bool(c and c.bbox and c.bbox.top < last_top - 1))
        pieces.append(TablePiece(page_no, tuple(t.bbox), col_x, grid, bottom_span, True))
    return pieces


def cell_text(words: list[WordDict], bbox: tuple[float, float, float, float]) -> str:
    x0, top, x1, bottom = bbox
    inside = [
        w
        for w in words
        if x0 - 1 <= (w["x0"] + w["x1"]) / 2 <= x1 + 1 and top - 1 <= (w["top"] + w["bottom"]) / 2 <= bottom + 1
    ]
    if not inside:
        return ""
    lines = words_to_lines(inside, 0)
    inner = (x1 - x0) - 6
    texts = [ln.text for ln in lines]
    fills = [(ln.x1 - ln.x0) >= 0.8 * inner and len(ln.words) == 1 for ln in lines]
    return join_lines(texts, full_width=fills)


# --------------------------------------------------------------------------- unruled tables


def find_unruled_tables(
    lines: list[Line],
    column_role: Callable[[str], str | None],
    page_no: int,
    carry: tuple[list[float], list[str], float] | None = None,
) -> list[tuple[TablePiece, list[Line]]]:
    """Tables without ruling lines: a header line whose wide-gapped segments are mostly column
    words (with an owner or deadline column among them), and the lines under it aligned to it.

    ``carry`` (column x positions, header, font size) continues a table from the previous
    page: rows at the top of this page that fit its columns belong to it.
    """
    found = []
    body = [ln for ln in lines if not ln.kind]
    i = 0
    if carry is not None and body:
        col_x, header, size = carry
        rows, row_lines, used, i = _parse_rows(body, 0, col_x, header, size)
        if rows and sum(1 for c in rows[0] if c) >= 2:
            found.append((_piece(page_no, col_x, None, rows, row_lines, used), used))
        else:
            i = 0
    while i < len(body):
        ln = body[i]
        segs = segments(ln)
        roles = [column_role(_line_text(s)) for s in segs]
        known = [r for r in roles if r]
        if len(segs) >= 2 and len(known) >= 2 and len(known) * 3 >= len(segs) * 2 and (
            {"owner", "deadline"} & set(known)
        ):
            col_x = [s[0]["x0"] for s in segs]
            header = [_line_text(s) for s in segs]
            rows, row_lines, used, j = _parse_rows(body, i + 1, col_x, header, ln.size)
            if rows:
                found.append((_piece(page_no, col_x, (ln, header), rows, row_lines, [ln, *used]), [ln, *used]))
            i = max(j, i + 1)
            continue
        i += 1
    for _, used in found:
        for u in used:
            u.kind = "table"
    return found


def _piece(page_no, col_x, head, rows, row_lines, used) -> TablePiece:
    grid: list[list[Cell | None]] = []
    if head is not None:
        grid.append([Cell(row=0, col=k, text=h, page=page_no) for k, h in enumerate(head[1])])
    for cells, rls in zip(rows, row_lines, strict=True):
        ri = len(grid)
        top = min(r.top for r in rls)
        bottom = max(r.bottom for r in rls)
        right = max(r.x1 for r in rls)
        grid.append(
            [
                Cell(
                    row=ri,
                    col=k,
                    text=c,
                    page=page_no,
                    bbox=BBox(x0=col_x[k], top=top, x1=col_x[k + 1] if k + 1 < len(col_x) else right, bottom=bottom),
                )
                for k, c in enumerate(cells)
            ]
        )
    bbox = (min(u.x0 for u in used), min(u.top for u in used), max(u.x1 for u in used), max(u.bottom for u in used))
    piece = TablePiece(page_no, bbox, col_x, grid, [False] * len(col_x), False)
    piece.has_header = head is not None
    return piece


def _parse_rows(body: list[Line], j: int, col_x: list[float], header: list[str], size: float):
    """Rows of an unruled table from line ``j`` on, until text stops fitting the columns."""
    rows: list[list[str]] = []
    row_lines: list[list[Line]] = []
    used: list[Line] = []
    fills: list[list[bool]] = []  # per row, per column: its last line filled the column
    widths = [(col_x[k + 1] - col_x[k] - 8) if k + 1 < len(col_x) else 1e9 for k in range(len(col_x))]
    last_bottom = body[j - 1].bottom if j > 0 else None
    norm_header = [_norm(h) for h in header]
    while j < len(body):
        nxt = body[j]
        gap = nxt.top - last_bottom if last_bottom is not None else 0.0
        if gap > 2.2 * max(nxt.height, 8) or nxt.x0 < col_x[0] - 15 or nxt.size > size + 1.5:
            break
        cells = [""] * len(col_x)
        fill = [False] * len(col_x)
        by_col: dict[int, list[WordDict]] = {}
        for w in nxt.words:
            by_col.setdefault(max((k for k, x in enumerate(col_x) if w["x0"] >= x - 6), default=0), []).append(w)
        for ci, ws in by_col.items():
            cells[ci] = _line_text(ws)
            fill[ci] = len(ws) == 1 and ws[-1]["x1"] - ws[0]["x0"] >= 0.8 * widths[ci]
        if _crosses_columns(nxt, col_x):
            if nxt.bold and abs(nxt.x0 - col_x[0]) < 8:
                cells = [nxt.text] + [""] * (len(col_x) - 1)  # a row spanning the table
                fill = [False] * len(col_x)
            else:
                break
        if [_norm(c) for c in cells] == norm_header:
            pass  # the header repeated inside the table: not a row
        elif rows and not cells[0] and gap < 1.0 * nxt.height:
            for k, c in enumerate(cells):
                if c:
                    prev_text = rows[-1][k]
                    rows[-1][k] = join_lines([prev_text, c], full_width=[fills[-1][k], False]) if prev_text else c
                    fills[-1][k] = fill[k]
            row_lines[-1].append(nxt)
        else:
            rows.append(cells)
            fills.append(fill)
            row_lines.append([nxt])
        used.append(nxt)
        last_bottom = nxt.bottom
        j += 1
    return rows, row_lines, used, j


def _crosses_columns(line: Line, col_x: list[float]) -> bool:
    """Does running text on this line cross a column edge (so it is not a table row)?

    A word crosses when it starts in one column and ends past the next column's start, or
    when two neighbouring words in different columns stand closer than a word space would
    allow a cell gap (running text flowing over the column edge)."""
    def col(x: float) -> int:
        return max((k for k, cx in enumerate(col_x) if x >= cx - 6), default=0)

    for prev, w in zip([None, *line.words], line.words, strict=False):
        ci = col(w["x0"])
        if ci + 1 < len(col_x) and w["x1"] > col_x[ci + 1] + 2:
            return True
        if prev is not None and col(prev["x0"]) != ci and w["x0"] - prev["x1"] < 0.45 * w["size"]:
            return True
    return False


# --------------------------------------------------------------------------- joining table pieces


def _norm(s: str) -> str:
    return re.sub(r"\W+", "", s.lower())


def join_pieces(
    pieces: list[TablePiece], page_heights: dict[int, float], content: dict[int, tuple[float, float]]
) -> list[tuple[TablePiece, Table]]:
    """Join table pieces that continue over a page break into one logical table.

    A piece continues the previous one when it is the first thing on the next page's table
    list, the previous piece ended near the page bottom, and the column count matches. A
    repeated header row is dropped; a first row that starts in lower case continues the
    previous page's last row; a column merged down to the page end carries its text on.
    """
    out: list[tuple[TablePiece, Table]] = []
    current: tuple[TablePiece, Table, TablePiece] | None = None
    for piece in pieces:
        header = [c.text if c else "" for c in piece.rows[0]]
        cont = False
        if current is not None:
            first, table, last = current
            ncols = len(table.header)
            if (
                piece.page == last.page + 1
                and len(piece.rows[0]) == ncols
                and last.bbox[3] > page_heights.get(last.page, 842) * 0.6
                and piece.bbox[1] < page_heights.get(piece.page, 842) * 0.3
                and content.get(last.page, (0, 0))[1] <= last.bbox[3] + 2
                and content.get(piece.page, (1e9, 0))[0] >= piece.bbox[1] - 2
            ):
                cont = True
        if not cont:
            body = piece.rows[1:]
            header, body = _merge_header_rows(header, body)
            table = Table(header=header, rows=[], pages=[piece.page], ruled=piece.ruled)
            _append_rows(table, body, carry=None)
            current = (piece, table, piece)
            out.append((piece, table))
            continue
        first, table, last = current
        body = piece.rows
        if [_norm(h) for h in header] == [_norm(h) for h in table.header]:
            body = piece.rows[1:]
        table.pages.append(piece.page)
        carry = last.spans_to_bottom if table.rows else None
        _append_rows(table, body, carry=carry, may_continue=True)
        current = (first, table, piece)
    return out


def _merge_header_rows(header: list[str], body: list[list[Cell | None]]) -> tuple[list[str], list[list[Cell | None]]]:
    """A header drawn over several rows (tall merged header cells beside a header text broken
    into rows): rows that repeat the header's merged cells are part of the header."""
    while body:
        row = body[0]
        cells = [c.text if c else "" for c in row]
        filled = [i for i, h in enumerate(header) if h]
        same = [i for i in filled if cells[i] == header[i] and row[i] is not None and row[i].merged_from is not None]
        if not filled or len(same) * 2 < len(filled):
            break
        header = [h if (i in same or not cells[i]) else join_lines([h, cells[i]]) if h else cells[i] for i, h in enumerate(header)]
        body = body[1:]
    return header, body


def _append_rows(table: Table, body: list[list[Cell | None]], carry, may_continue: bool = False) -> None:
    for k, row in enumerate(body):
        cells = [c if c is not None else Cell(row=0, col=i, text="") for i, c in enumerate(row)]
        if k == 0 and may_continue and table.rows:
            prev = table.rows[-1]
            # a column merged down to the end of the previous page goes on with its text
            for i, c in enumerate(cells):
                if carry and i < len(carry) and carry[i] and not c.text:
                    c.text = prev[i].text
                    c.merged_from = prev[i].merged_from if prev[i].merged_from is not None else prev[i].row
            # the row itself continues: its first filled own cell starts in lower case
            own = [c for i, c in enumerate(cells) if c.text and not (carry and i < len(carry) and carry[i])]
            if own and all(c.text[0].islower() for c in own):
                for i, c in enumerate(cells):
                    if c.text and not (carry and i < len(carry) and carry[i]):
                        prev[i].text = join_lines([prev[i].text, c.text]) if prev[i].text else c.text
                continue
        idx = len(table.rows)
        fixed = []
        for i, c in enumerate(cells):
            merged_from = c.merged_from
            if merged_from is not None:
                # re-index into the logical table: the row above that holds this text
                merged_from = next(
                    (r for r in range(idx - 1, -1, -1) if table.rows[r][i].merged_from is None and table.rows[r][i].text == c.text),
                    None,
                )
                if merged_from is None and idx > 0 and table.rows[idx - 1][i].text == c.text:
                    merged_from = table.rows[idx - 1][i].merged_from
            fixed.append(Cell(row=idx, col=i, text=c.text, page=c.page, bbox=c.bbox, merged_from=merged_from))
        table.rows.append(fixed)


# --------------------------------------------------------------------------- blocks


LIST_NUMBER = re.compile(r"^(\(?\d{1,2}[.)]|\(?[a-zæøå][.)]|[ivx]{1,4}[.)])$", re.IGNORECASE)
LIST_OUTLINE = re.compile(r"^\d{1,2}(\.\d{1,2})+\.?$")
HEADING_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3}(?:(?<=\.\d)[a-z]|(?<=\.\d\d)[a-z])?)\.?$")


def body_size(pages: list[list[Line]]) -> float:
    sizes: Counter[float] = Counter()
    for lines in pages:
        for ln in lines:
            if not ln.kind:
                sizes[round(ln.size, 0)] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 11.0


def classify(ln: Line, body: float) -> tuple[str, str | None, str | None, str]:
    """Return (kind, number, bullet, text) for a line: heading / list / text."""
    text = ln.text.strip()
    first = ln.words[0]["text"]
    # bullets: a glyph on its own or glued to the first word
    if first[0] in BULLETS and (len(first) == 1 or first[0] in "•●▪■\u25aa➢►✓" or "\uf020" <= first[0] <= "\uf0ff"):
        rest = text[len(first):].strip() if len(first) == 1 else text[1:].strip()
        if rest and not (first[0] in "-–—" and len(first) > 1):
            return "list", None, first[0], rest
    label_match = LIST_NUMBER.match(first)
    is_large = ln.size >= body + 1.5
    num = HEADING_NUMBER.match(first)
    if num and len(ln.words) > 1 and (ln.bold or is_large) and len(text) < 160:
        return "heading", num.group(1), None, text[len(first):].strip()
    if (is_large or (ln.bold and ln.size >= body - 0.5)) and len(text) < 160 and not label_match:
        return "heading", None, None, text
    if (label_match or LIST_OUTLINE.match(first)) and len(ln.words) > 1:
        return "list", first.lstrip("("), None, text[len(first):].strip()
    return "text", None, None, text


def build_blocks(pages: list[list[Line]], tables: list[tuple[TablePiece, Table]]) -> list[Block]:
    """Turn lines (and tables, at their place) into blocks in reading order."""
    body = body_size(pages)
    heading_sizes = sorted(
        {round(ln.size, 0) for lines in pages for ln in lines if not ln.kind and ln.size >= body + 1.5},
        reverse=True,
    )
    items: list[tuple[int, float, object]] = []
    for lines in pages:
        for ln in lines:
            if not ln.kind:
                items.append((ln.page, ln.top, ln))
    for piece, table in tables:
        items.append((piece.page, piece.bbox[1], (piece, table)))
    items.sort(key=lambda t: (t[0], t[1]))

    blocks: list[Block] = []
    cur: dict | None = None

    def flush() -> None:
        nonlocal cur
        if cur is None:
            return
        lines_: list[Line] = cur["lines"]
        texts = [cur["first_text"]] + [ln.text for ln in lines_[1:]]
        text = join_lines(texts)
        bbox = lines_[0].bbox()
        for ln in lines_[1:]:
            if ln.page == lines_[0].page:
                bbox = bbox.union(ln.bbox())
        source = "\n".join(ln.text for ln in lines_)
        blocks.append(
            Block(
                id=f"b{len(blocks) + 1}",
                kind=cur["kind"],
                text=text,
                level=cur.get("level"),
                number=cur.get("number"),
                bullet=cur.get("bullet"),
                font_size=lines_[0].size,
                bold=lines_[0].bold,
                provenance=Provenance(page=lines_[0].page, bbox=bbox, source_text=source),
            )
        )
        cur = None

    prev_line: Line | None = None
    for _page_no, _top, obj in items:
        if isinstance(obj, tuple):
            flush()
            piece, table = obj
            if piece.page != table.pages[0]:
                continue  # a continuation: already part of the logical table
            cells = [(i, t) for i, t in enumerate(table.header) if t.strip()] + [
                (c.col, c.text) for r in table.rows for c in r if c.text.strip() and c.merged_from is None
            ]
            texts = [t for _i, t in cells]
            if cells and len({i for i, _t in cells}) == 1 and len(table.rows) <= 8:
                if len(" ".join(texts).split()) < 4:
                    continue  # a label drawn in a box ("Strategy"): decoration, not content
                # a framed text box drawn as a table: its text is a paragraph
                blocks.append(
                    Block(
                        id=f"b{len(blocks) + 1}",
                        kind=BlockKind.paragraph,
                        text=join_lines(texts),
                        provenance=Provenance(
                            page=piece.page,
                            bbox=BBox(x0=piece.bbox[0], top=piece.bbox[1], x1=piece.bbox[2], bottom=piece.bbox[3]),
                            source_text="\n".join(texts),
                        ),
                    )
                )
                prev_line = None
                continue
            blocks.append(
                Block(
                    id=f"b{len(blocks) + 1}",
                    kind=BlockKind.table,
                    text=" | ".join(table.header),
                    table=table,
                    provenance=Provenance(
                        page=piece.page,
                        bbox=BBox(x0=piece.bbox[0], top=piece.bbox[1], x1=piece.bbox[2], bottom=piece.bbox[3]),
                        source_text=" | ".join(table.header),
                    ),
                )
            )
            prev_line = None
            continue
        ln: Line = obj  # type: ignore[assignment]
        kind, number, bullet, text = classify(ln, body)
        if kind == "heading":
            level = None
            if number:
                level = number.count(".") + 1
            elif round(ln.size, 0) in heading_sizes:
                level = heading_sizes.index(round(ln.size, 0)) + 1
            else:
                level = len(heading_sizes) + 1
            if (
                cur is not None
                and cur["kind"] == BlockKind.heading
                and prev_line is not None
                and prev_line.page == ln.page
                and 0 <= ln.top - prev_line.bottom < 0.8 * ln.height
                and round(prev_line.size) == round(ln.size)
                and not number
                and label_role(ln.text)[0] is None  # "Visjon: …" under "1.2 Visjon" is its own line
            ):
                cur["lines"].append(ln)
                prev_line = ln
                continue
            flush()
            cur = {"kind": BlockKind.heading, "lines": [ln], "first_text": text, "level": level, "number": number}
        elif kind == "list":
            flush()
            cur = {
                "kind": BlockKind.list_item,
                "lines": [ln],
                "first_text": text,
                "number": number,
                "bullet": bullet,
                "indent": ln.words[1]["x0"] if len(ln.words) > 1 else ln.x0,
                "label_x": ln.x0,
            }
        else:
            if cur is not None and _continues(cur, prev_line, ln):
                cur["lines"].append(ln)
            else:
                flush()
                cur = {"kind": BlockKind.paragraph, "lines": [ln], "first_text": text}
        prev_line = ln
    flush()
    # list nesting level from indentation
    indents = sorted({round(b.provenance.bbox.x0 / 6) for b in blocks if b.kind == BlockKind.list_item and b.provenance.bbox})
    for b in blocks:
        if b.kind == BlockKind.list_item and b.provenance.bbox:
            b.level = indents.index(round(b.provenance.bbox.x0 / 6))
    return blocks


def _continues(cur: dict, prev: Line | None, ln: Line) -> bool:
    """Does line ``ln`` go on with the block being built?"""
    if prev is None or cur["kind"] == BlockKind.heading:
        return False
    if abs(prev.size - ln.size) > 1:
        return False
    if prev.page != ln.page:
        # a paragraph running over the page break: previous ends mid-sentence, next starts low
        return bool(ln.text[:1].islower()) and not prev.text.rstrip().endswith((".", ":", "!", "?"))
    gap = ln.top - prev.bottom
    if gap > 0.75 * max(prev.height, ln.height) or gap < -2:
        return False
    if cur["kind"] == BlockKind.list_item:
        # continuation lines of a list item are indented past the label
        return ln.x0 > cur["label_x"] + 3
    # "Action 1.1.2 …", "Mål 2: …" on a new line starts a new paragraph
    return label_role(ln.text)[0] is None


# --------------------------------------------------------------------------- main entry


def read_pdf(
    path: Path,
    *,
    password: str | None = None,
    column_role: Callable[[str], str | None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Document:
    """Read a PDF into a :class:`Document`. Raises :class:`InputError` for unreadable input."""
    from plancheck.ingest.sections import build_sections

    if column_role is None:
        from plancheck.lang.vocab import column_role as column_role
    from plancheck.ingest.language import SAMPLE_CHARS, detect_language
    from plancheck.ingest.text import use_language

    data = path.read_bytes() if path.exists() and path.is_file() else b""
    pdf = open_pdf(path, password)
    sample: list[str] = []  # the first pages' words: their language picks the word list
    use_language(lambda: detect_language(" ".join(sample)[:SAMPLE_CHARS]))
    with pdf:
        n = len(pdf.pages)
        if n == 0:
            raise InputError(f"{path}: the PDF has no pages")
        all_lines: list[list[Line]] = []
        pieces: list[TablePiece] = []
        heights: list[float] = []
        chars_total = 0
        for i, page in enumerate(pdf.pages, start=1):
            words = page_words(page)
            chars_total += sum(len(w["text"]) for w in words)
            if chars_total < SAMPLE_CHARS:
                sample.append(" ".join(w["text"] for w in words))
            ruled = find_ruled_tables(page, words, i)
            boxes = [p.bbox for p in ruled]
            free = [
                w
                for w in words
                if not any(b[0] - 1 <= (w["x0"] + w["x1"]) / 2 <= b[2] + 1 and b[1] - 1 <= (w["top"] + w["bottom"]) / 2 <= b[3] + 1 for b in boxes)
            ]
            all_lines.append(words_to_lines(free, i))
            pieces.extend(ruled)
            heights.append(float(page.height))
            page.flush_cache()
            if progress:
                progress(i, n)
        if chars_total == 0:
            raise InputError(
                f"{path}: the PDF has no text layer (a scanned image?); run OCR on it first, e.g. ocrmypdf"
            )
    mark_furniture(all_lines, heights)
    toc_pages = mark_toc(all_lines)
    carry = None
    for lines in all_lines:
        if not lines:
            carry = None
            continue
        found = find_unruled_tables(lines, column_role, lines[0].page, carry)
        pieces.extend(piece for piece, _used in found)
        prev_header = carry[1] if carry else None
        carry = None
        rest = [ln for ln in lines if not ln.kind]
        if found:
            last_piece, used = found[-1]
            if not rest or max(ln.bottom for ln in rest) <= last_piece.bbox[3]:
                header = [c.text if c else "" for c in last_piece.rows[0]] if last_piece.has_header else prev_header
                if header is not None:
                    carry = (last_piece.col_x, header, used[-1].size)
    pieces.sort(key=lambda p: (p.page, p.bbox[1]))
    content: dict[int, tuple[float, float]] = {}
    for lines in all_lines:
        body_lines = [ln for ln in lines if ln.kind not in ("furniture", "table")]
        if body_lines:
            content[body_lines[0].page] = (min(ln.top for ln in body_lines), max(ln.bottom for ln in body_lines))
    tables = join_pieces(pieces, {i + 1: h for i, h in enumerate(heights)}, content)
    blocks = build_blocks(all_lines, tables)
    sections = build_sections(blocks)
    title = _title(all_lines)
    return Document(
        path=str(path),
        format="pdf",
        sha256=hashlib.sha256(data).hexdigest(),
        page_count=n,
        title=title,
        blocks=blocks,
        sections=sections,
        toc_pages=toc_pages,
    )


def _title(pages: list[list[Line]]) -> str | None:
    """The largest text on the first page (or two): a plan's title page."""
    cands = [ln for lines in pages[:2] for ln in lines if ln.kind != "toc" and len(ln.text) > 3]
    if not cands:
        return None
    biggest = max(ln.size for ln in cands)
    tops = [ln for ln in cands if ln.size >= biggest - 0.5]
    page = tops[0].page
    return join_lines([ln.text for ln in tops if ln.page == page][:4])
