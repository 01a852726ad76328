"""A spreadsheet printed with its headings: the column letters over the grid and the row
numbers down its left side are the program's frame. Dropped, the sheet's own header row heads the
table, and repeated on the next page with its row number it is still known as the header."""

from __future__ import annotations

from plancheck.layout.tables import TablePiece, join_pieces, without_sheet_frame
from plancheck.models import Cell


def _piece(page: int, rows: list[list[str]]) -> TablePiece:
    cells = [
        [Cell(row=r, col=c, text=t, page=page) for c, t in enumerate(row)]
        for r, row in enumerate(rows)
    ]
    return TablePiece(
        page=page,
        bbox=(40.0, 60.0, 560.0, 800.0),
        col_x=[40.0, 60.0, 100.0, 300.0, 400.0],
        rows=cells,
    )


HEAD = ["Nr", "Tiltak", "Ansvarlig", "Frist"]


def test_the_letters_and_the_row_numbers_are_dropped():
    piece = without_sheet_frame(
        _piece(
            1,
            [
                ["", "A", "B", "C", "D"],
                ["1", *HEAD],
                ["2", "1.1", "Lage en årsplan", "KOS", "Høst 2027"],
                ["", "1.2", "Gi alle barn en time ute", "SFO-leder", "Løpende"],
            ],
        )
    )
    assert [[c.text for c in r] for r in piece.rows] == [
        HEAD,
        ["1.1", "Lage en årsplan", "KOS", "Høst 2027"],
        ["1.2", "Gi alle barn en time ute", "SFO-leder", "Løpende"],
    ]
    assert piece.col_x == [60.0, 100.0, 300.0, 400.0]


def test_the_header_repeated_on_the_next_page_is_no_row():
    first = _piece(
        1,
        [
            ["", "A", "B", "C", "D"],
            ["1", *HEAD],
            ["2", "1.1", "Lage en årsplan", "KOS", "Høst 2027"],
        ],
    )
    first.bbox = (40.0, 500.0, 560.0, 820.0)
    second = _piece(
        2,
        [["", "A", "B", "C", "D"], ["1", *HEAD], ["9", "4.2", "Opprette nettverk", "KOS", "2028"]],
    )
    second.bbox = (40.0, 40.0, 560.0, 200.0)
    ((_, table),) = join_pieces(
        [first, second], {1: 842.0, 2: 842.0}, {1: (40.0, 820.0), 2: (40.0, 800.0)}
    )
    assert table.header == HEAD
    assert [[c.text for c in r] for r in table.rows] == [
        ["1.1", "Lage en årsplan", "KOS", "Høst 2027"],
        ["4.2", "Opprette nettverk", "KOS", "2028"],
    ]


def test_letters_out_of_order_or_a_first_column_of_words_are_content():
    grades = _piece(1, [["", "A", "C", "B", "D"], ["1", *HEAD]])
    assert without_sheet_frame(grades) is grades
    named = _piece(1, [["", "A", "B", "C", "D"], ["Skole", *HEAD]])
    assert without_sheet_frame(named) is named
