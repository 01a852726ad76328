"""Spreadsheet columns cut across pages: a sheet wider than the paper is printed in strips.

A spreadsheet (LibreOffice Calc, Excel) whose columns do not fit the page width prints its left
columns on one page and the columns to their right on a later page, the SAME ROWS at the same
heights: 'Nr | Tiltak | Ansvar' on page 1, 'Frist | Status | Merknad' on page 2, with no measure
text on page 2 to say which row a deadline belongs to. A reader pairs them by position: the rows
of the right-hand strip stand exactly where the rows of the left-hand strip stand (same row
tops and bottoms, same gridlines), and the page of the strip holds nothing else. The print
order decides where the strip comes: right after its left page ('over, then down') or after
all the left pages ('down, then over'); either way its row grid is that of one earlier piece.

Why here, in the layout: the pairing is geometry only (row boxes, column edges, what else
stands on the page); the strip's cells are appended to the rows of its left piece before the
pieces over page breaks are joined (:func:`~plancheck.layout.tables.join_pieces`), so every
later reader sees one table with all its columns, each cell keeping the page it is printed on.
"""

from __future__ import annotations

from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.tables import TablePiece
from plancheck.models import Cell


def _row_spans(piece: TablePiece) -> list[tuple[float, float] | None]:
    """Each row's top and bottom from its cells' boxes (None for a row with no boxed cell)."""
    out: list[tuple[float, float] | None] = []
    for row in piece.rows:
        boxes = [c.bbox for c in row if c is not None and c.bbox is not None]
        out.append((min(b.top for b in boxes), max(b.bottom for b in boxes)) if boxes else None)
    return out


def same_row_grid(left: TablePiece, right: TablePiece, settings: LayoutSettings = DEFAULT) -> bool:
    """Do the two pieces have the same rows at the same heights: as many rows, each row's top and
    bottom within ``cut_columns_row_slack`` of the other's?"""
    a, b = _row_spans(left), _row_spans(right)
    if len(a) != len(b) or len(a) < settings.cut_columns_min_rows:
        return False
    slack = settings.cut_columns_row_slack
    return all(
        x is not None and y is not None and abs(x[0] - y[0]) <= slack and abs(x[1] - y[1]) <= slack
        for x, y in zip(a, b, strict=True)
    )


def _same_columns(left: TablePiece, right: TablePiece, settings: LayoutSettings) -> bool:
    """The pieces stand in the same columns: a table going on down the next page, not a strip."""
    slack = settings.table_continuation_column_slack
    return len(left.col_x) == len(right.col_x) and all(
        abs(x - y) <= slack for x, y in zip(left.col_x, right.col_x, strict=True)
    )


def _texts(row: list[Cell | None]) -> list[str]:
    """The row's cell texts with single spaces ("" for a missing cell), to compare rows."""
    return [" ".join(c.text.split()) if c is not None else "" for c in row]


def _repeated_first_column(left: TablePiece, right: TablePiece) -> bool:
    """The strip opens with the left piece's first column printed again (Calc's 'columns to
    repeat', or the row numbers): the same text in every row, and some text in it."""
    pairs = [(_texts(lr)[:1], _texts(rr)[:1]) for lr, rr in zip(left.rows, right.rows, strict=True)]
    return any(a and a[0] for a, _b in pairs) and all(a == b for a, b in pairs)


def is_cut_strip(
    left: TablePiece,
    right: TablePiece,
    content: dict[int, tuple[float, float]],
    settings: LayoutSettings = DEFAULT,
) -> bool:
    """Is ``right`` the strip of columns cut off ``left``: on a later page within
    ``cut_columns_pages_back``, the same row grid (:func:`same_row_grid`), other columns than
    ``left``'s (the same columns would be the table going on down the page), at least
    ``cut_columns_min_rows`` rows with text, and nothing else on its page (``content``: per page
    the top and bottom of the text that is no table's) outside its box?"""
    if not 0 < right.page - left.page <= settings.cut_columns_pages_back:
        return False
    if right.field_list or left.field_list or right.holds_rules or left.holds_rules:
        return False
    if _same_columns(left, right, settings) or not same_row_grid(left, right, settings):
        return False
    text = content.get(right.page)
    if text is not None and (text[0] < right.bbox[1] - settings.cut_columns_row_slack
                             or text[1] > right.bbox[3] + settings.cut_columns_row_slack):
        return False
    filled = sum(1 for row in right.rows if any(t for t in _texts(row)))
    return filled >= settings.cut_columns_min_rows


def _widen(left: TablePiece, right: TablePiece) -> None:
    """Append the strip's cells to the rows of ``left`` (a repeated first column dropped), each
    cell keeping its own page and box; the strip's column edges follow ``left``'s last one."""
    skip = 1 if _repeated_first_column(left, right) else 0
    spans = [*left.spans_to_bottom, *[False] * (len(left.rows[0]) - len(left.spans_to_bottom))]
    right_spans = [*right.spans_to_bottom, *[False] * (len(right.rows[0]) - len(right.spans_to_bottom))]
    for lrow, rrow in zip(left.rows, right.rows, strict=True):
        width = len(lrow)
        for k, c in enumerate(rrow[skip:]):
            lrow.append(c.model_copy(update={"col": width + k}) if c is not None else None)
    shift = left.bbox[2] - (right.col_x[skip] if skip < len(right.col_x) else right.bbox[0])
    left.col_x = [*left.col_x, *(x + shift for x in right.col_x[skip:])]
    left.spans_to_bottom = [*spans, *right_spans[skip:]]


def join_cut_columns(
    pieces: list[TablePiece],
    content: dict[int, tuple[float, float]],
    settings: LayoutSettings = DEFAULT,
) -> list[TablePiece]:
    """The pieces with every strip of cut-off columns appended to the piece it was cut from
    (:func:`is_cut_strip`) and dropped from the list. A strip goes to the earliest piece it fits
    that has no strip yet (print order 'down, then over': page 3 holds page 1's right columns,
    page 4 page 2's), else to the earliest it fits (a sheet cut into three strips: page 3 holds
    the columns right of page 2's, both cut off page 1)."""
    out: list[TablePiece] = []
    taken: set[int] = set()
    for piece in pieces:
        fits = [p for p in out if p.page < piece.page and is_cut_strip(p, piece, content, settings)]
        host = next((p for p in fits if id(p) not in taken), fits[0] if fits else None)
        if host is None:
            out.append(piece)
            continue
        _widen(host, piece)
        taken.add(id(host))
    return out
