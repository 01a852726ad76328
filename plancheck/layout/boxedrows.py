"""Rows of boxes drawn one under another: a form's table, each row a ruled table of its own.

A form (a fillable PDF's text fields, or a template that draws a box for each entry) draws
every cell as a box of its own, with a small gap between neighbouring boxes. pdfplumber joins
the boxes of one row into a one-row table (the gaps between columns are within its snapping
tolerance) but not the rows: the gap under each row breaks its rules. Read that way, each row
is a headless table of its own, and rows of one fill look like the stripes of a zebra table.

Here one-row ruled pieces stacked with gaps of at most ``settings.boxed_row_max_gap`` and the
same column edges (within ``settings.boxed_row_edge_slack``) are joined into one piece; a zebra
table's stripes are a whole unshaded row apart, far more than that gap. The line of column
heads set just above the first row (within ``settings.boxed_head_reach``, a shaded band or
plain text, its words in two columns or more of the rows' grid) becomes its header row.
"""

from __future__ import annotations

from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.tables import TablePiece
from plancheck.layout.words import Word
from plancheck.models import BBox, Cell


def _same_grid(a: TablePiece, b: TablePiece, slack: float) -> bool:
    return (
        len(a.col_x) == len(b.col_x)
        and all(abs(x - y) <= slack for x, y in zip(a.col_x, b.col_x, strict=True))
        and abs(a.bbox[0] - b.bbox[0]) <= slack
        and abs(a.bbox[2] - b.bbox[2]) <= slack
    )


def _one_row(p: TablePiece) -> bool:
    return p.ruled and len(p.rows) == 1 and len(p.rows[0]) >= 2


def _renumbered(row: list[Cell | None], ri: int) -> list[Cell | None]:
    return [None if c is None else c.model_copy(update={"row": ri}) for c in row]


def _head(piece: TablePiece, words: list[Word], settings: LayoutSettings) -> list[Cell | None] | None:
    """The column heads on the line just above ``piece``, one cell per column, or None."""
    x0, top, x1, _bottom = piece.bbox
    above = [
        w for w in words
        if w.bottom <= top + settings.cell_slack and w.bottom >= top - settings.boxed_head_reach
        and w.x0 >= x0 - settings.cell_slack and w.x1 <= x1 + settings.cell_slack
    ]
    if not above:
        return None
    last = max(w.bottom for w in above)
    line = [w for w in above if w.bottom >= last - settings.boxed_head_line_slack]
    if len(line) != len(above):
        return None  # more than one line of text there: no line of column heads
    edges = [*piece.col_x[1:], x1]
    texts: list[list[Word]] = [[] for _ in piece.col_x]
    for w in sorted(line, key=lambda w: w.x0):
        ci = next((k for k, e in enumerate(edges) if w.x1 <= e + settings.cell_slack), None)
        if ci is None or w.x0 < piece.col_x[ci] - settings.cell_slack:
            return None  # a word across a column edge: no head of these columns
        texts[ci].append(w)
    if sum(1 for t in texts if t) < settings.boxed_head_min_cols:
        return None
    ltop = min(w.top for w in line)
    return [
        Cell(row=0, col=ci, text=" ".join(w.text for w in t), page=piece.page, bold=bool(t) and all(w.bold for w in t),
             bbox=BBox(x0=piece.col_x[ci], top=ltop, x1=edges[ci], bottom=last))
        for ci, t in enumerate(texts)
    ]


def stack_boxed_rows(pieces: list[TablePiece], words: list[Word], settings: LayoutSettings = DEFAULT) -> list[TablePiece]:
    """``pieces`` with each run of stacked one-row pieces of one grid joined into one (see the
    module's docstring); other pieces unchanged, in their order."""
    singles = sorted((p for p in pieces if _one_row(p)), key=lambda p: p.bbox[1])
    runs: list[list[TablePiece]] = []
    for p in singles:
        run = next(
            (r for r in runs
             if _same_grid(r[-1], p, settings.boxed_row_edge_slack)
             and 0 <= p.bbox[1] - r[-1].bbox[3] <= settings.boxed_row_max_gap),
            None,
        )
        if run is None:
            runs.append([p])
        else:
            run.append(p)
    joined: dict[int, TablePiece | None] = {}
    for run in runs:
        if len(run) < settings.boxed_min_rows:
            continue
        first = run[0]
        bbox = (min(p.bbox[0] for p in run), first.bbox[1], max(p.bbox[2] for p in run), run[-1].bbox[3])
        piece = TablePiece(first.page, bbox, list(first.col_x), [], list(run[-1].spans_to_bottom), True, False, first.region)
        head = _head(piece, words, settings)
        rows = [] if head is None else [head]
        for p in run:
            rows.append(_renumbered(p.rows[0], len(rows)))
        piece.rows = rows
        piece.has_header = head is not None
        piece.open_foot = run[-1].open_foot
        if head is not None:
            piece.bbox = (bbox[0], min(c.bbox.top for c in head if c is not None and c.bbox is not None), bbox[2], bbox[3])
        joined[id(first)] = piece
        for p in run[1:]:
            joined[id(p)] = None
    out: list[TablePiece] = []
    for p in pieces:
        if id(p) not in joined:
            out.append(p)
        elif joined[id(p)] is not None:
            out.append(joined[id(p)])  # type: ignore[arg-type]
    return out
