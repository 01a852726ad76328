"""An outline shown only by indentation in a table's first column (a strategy over its
measures, owner and deadline in columns): a measure cell at the foot of a page that ends on a
word no phrase ends with ("… suitable for", a text cut short to end before the owner's column)
and a strategy at the head of the next page, standing at an outer level of the outline. The
rest of a cell cut by the break goes on at the cell's own indentation; a line standing out to
the left of it opens a row of its own — hand-built pieces."""

from __future__ import annotations

import pytest

from plancheck.ingest.text import use_language
from plancheck.layout.tables import TablePiece, join_pieces
from plancheck.models import BBox, Cell

XS = [60.0, 340.0, 460.0, 530.0]
LEVEL_X = [60.0, 83.0, 106.0]


def _row(r: int, page: int, top: float, texts: list[str], level: int | None = None) -> list[Cell | None]:
    row = []
    for c, t in enumerate(texts):
        x0 = LEVEL_X[level] if c == 0 and level is not None else XS[c]
        row.append(Cell(row=r, col=c, text=t, page=page, bbox=BBox(x0=x0, top=top, x1=XS[c + 1], bottom=top + 12),
                        level=level if c == 0 else None, bold=c == 0 and level is not None and level < 2))
    return row


def _joined(foot: str, head: str, head_level: int, lang: str) -> list[list[str]]:
    use_language(lang)
    first = TablePiece(1, (60, 700, 530, 800), XS[:-1], [
        _row(0, 1, 700, ["", "Owner", "By when"]),
        _row(1, 1, 720, ["Goal one", "", ""], 0),
        _row(2, 1, 740, ["Strategy one", "", ""], 1),
        _row(3, 1, 760, [foot, "Public Health", "31 March 2027"], 2),
    ], [False] * 3, ruled=False)
    second = TablePiece(2, (60, 50, 530, 90), XS[:-1], [
        _row(0, 2, 50, [head, "", ""], head_level),
        _row(1, 2, 70, ["Expand summer jobs", "Procurement", "Spring 2027"], 2),
    ], [False] * 3, ruled=False)
    [(_, table)] = join_pieces([first, second], {1: 842, 2: 842}, {1: (700, 800), 2: (50, 90)})
    return [[c.text for c in r] for r in table.rows]


@pytest.mark.parametrize(("lang", "foot", "head"), [
    ("en", "Create a register of council homes suitable for", "Use evidence-based methods in all prevention work"),
    ("nb", "Lage et register over kommunale boliger for", "Bruke kunnskapsbaserte metoder i alt forebyggende arbeid"),
])
def test_a_line_at_an_outer_level_opens_a_row_of_its_own(lang, foot, head):
    rows = _joined(foot, head, 1, lang)
    assert [foot, "Public Health", "31 March 2027"] in rows
    assert [head, "", ""] in rows


def test_the_rest_at_the_cells_own_level_goes_on():
    rows = _joined("Create a register of council homes suitable for", "Older residents", 2, "en")
    assert ["Create a register of council homes suitable for Older residents", "Public Health", "31 March 2027"] in rows
