"""A measure cell listing lettered sub-items ("… including: a. … b. …") cut by a page break goes
on at the top of the next page ("c. Utilize …"), under the column-head row the table repeats
there: that rest belongs to the measure above, it is no measure of its own — hand-built pieces."""

from __future__ import annotations

from plancheck.layout.tables import TablePiece, continues_letters, join_pieces
from plancheck.models import BBox, Cell

XS = [60.0, 300.0, 360.0, 530.0]
HEAD = ["Initiative", "Short", "Department"]


def _row(r: int, page: int, top: float, texts: list[str], merged_from: int | None = None) -> list[Cell | None]:
    return [
        Cell(row=r, col=c, text=t, page=page, bbox=BBox(x0=XS[c], top=top, x1=XS[c + 1], bottom=top + 20),
             merged_from=merged_from if c == 0 else None)
        for c, t in enumerate(texts)
    ]


def _table(rest: str, spans: bool = False):
    """A table titled in its first row, its column heads in the second and repeated at the top
    of page 2, where ``rest`` opens the body."""
    first = TablePiece(
        1, (60, 500, 530, 800), XS[:-1],
        [
            _row(0, 1, 500, ["4. CITY AGENCIES", "", ""]),
            _row(1, 1, 520, HEAD),
            _row(2, 1, 540, ["9. Develop a green procurement program", "X", ""]),
            _row(3, 1, 560, ["10. Green all city services, including: a. Minimize emissions b. Expand recycling", "X", ""]),
            *([_row(4, 1, 580, ["10. Green all city services, including: a. Minimize emissions b. Expand recycling", "", ""], 3)]
              if spans else []),
        ],
        [spans, False, False],
    )
    second = TablePiece(
        2, (60, 60, 530, 140), XS[:-1],
        [_row(0, 2, 60, HEAD), _row(1, 2, 80, [rest, "", ""]), _row(2, 2, 100, ["11. Audit city buildings", "X", ""])],
        [False] * 3,
    )
    [(_, table)] = join_pieces([first, second], {1: 842, 2: 842}, {1: (500, 800), 2: (60, 140)})
    return [[c.text for c in r] for r in table.rows]


def test_the_next_letter_continues_the_list_and_a_new_item_does_not():
    assert continues_letters("c. Utilize pest management", "… including: a. Minimize b. Expand")
    assert not continues_letters("d. Utilize pest management", "… including: a. Minimize b. Expand")
    assert not continues_letters("a. Green Buildings", "9. Develop a program")
    assert not continues_letters("b. Public Works Commission", "10. Incorporate principles into all services")
    assert not continues_letters("Utilize pest management", "a. Minimize b. Expand")


def test_the_rest_under_a_repeated_head_row_goes_on_with_the_measure_above():
    rows = _table("c. Utilize integrated pest management")
    texts = [r[0] for r in rows]
    assert any(t.endswith("b. Expand recycling c. Utilize integrated pest management") for t in texts)
    assert "c. Utilize integrated pest management" not in texts
    assert "11. Audit city buildings" in texts


def test_the_rest_goes_into_every_row_a_merged_cell_spans():
    rows = _table("c. Utilize integrated pest management", spans=True)
    joined = [r for r in rows if r[0].startswith("10.")]
    assert len(joined) == 2 and all(r[0].endswith("c. Utilize integrated pest management") for r in joined)


def test_a_group_row_under_the_repeated_head_row_stays_a_row_of_its_own():
    rows = _table("b. Public Works Commission")
    assert ["b. Public Works Commission", "", ""] in rows
