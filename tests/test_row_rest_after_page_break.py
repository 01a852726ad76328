"""A row split by a page break with its first cell on one page and the rest of its cells on the
next: the next page's first row leaves the first cell empty and fills only cells the row above
left empty ("Ny pumpestasjon" | "" / "" | "2028"). It is that row's rest, not a row of its own;
a row with a text of its own in a cell the row above filled is a new row."""

from __future__ import annotations

from plancheck.layout.tables import TablePiece, join_pieces
from plancheck.models import BBox, Cell

XS = [60.0, 360.0, 520.0]


def _piece(page: int, top: float, rows: list[list[str]]) -> TablePiece:
    grid = [[Cell(row=r, col=c, text=t, page=page, bbox=BBox(x0=XS[c], top=top + 20 * r, x1=XS[c + 1], bottom=top + 20 * r + 20))
             for c, t in enumerate(row)] for r, row in enumerate(rows)]
    return TablePiece(page, (XS[0], top, XS[-1], top + 20 * len(rows)), XS[:-1], grid, [False, False])


def _join(first_rows: list[list[str]], next_rows: list[list[str]]) -> list[list[str]]:
    pieces = [_piece(1, 720, [["Tiltak", "Ansvar / frist"], *first_rows]), _piece(2, 72, next_rows)]
    # the table ends the first page's text and opens the second's
    content = {p.page: (40.0, p.bbox[3]) if p.page == 1 else (p.bbox[1], 800.0) for p in pieces}
    [(_, table)] = join_pieces(pieces, {1: 842, 2: 842}, content)
    return [[c.text for c in r] for r in table.rows]


def test_the_cells_a_split_row_left_empty_go_on_at_the_head_of_the_next_page():
    rows = _join([["Pålegg om utbetring", "Plan og bygg Løpande"], ["Ny pumpestasjon på Holmen", ""]],
                 [["", "2028"], ["Overvasstiltak i nye reguleringsplanar", "Plan og bygg 2027"]])
    assert rows == [["Pålegg om utbetring", "Plan og bygg Løpande"], ["Ny pumpestasjon på Holmen", "2028"],
                    ["Overvasstiltak i nye reguleringsplanar", "Plan og bygg 2027"]]


def test_a_first_row_filling_a_cell_the_row_above_filled_is_a_row_of_its_own():
    rows = _join([["Ny pumpestasjon på Holmen", "Vatn og avløp"]], [["", "Plan og bygg"]])
    assert rows == [["Ny pumpestasjon på Holmen", "Vatn og avløp"], ["", "Plan og bygg"]]
