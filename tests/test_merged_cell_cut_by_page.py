"""Stage test on hand-built table pieces: a goal cell merged down over several measure rows and
cut by the page break, its last words heading the next page in the row the break cut."""

from __future__ import annotations

from plancheck.layout.tables import TablePiece, join_pieces
from plancheck.models import BBox, Cell

XS = [60.0, 100.0, 220.0, 400.0, 480.0, 540.0]
HEAD = ["Nr.", "Delmål", "Tiltak", "Ansvar", "Frist"]


def _piece(page: int, top: float, rows: list[list[tuple[str, int | None]]], bottom: float) -> TablePiece:
    grid: list[list[Cell | None]] = [[Cell(row=0, col=c, text=t, page=page) for c, t in enumerate(HEAD)]]
    for r, row in enumerate(rows, 1):
        grid.append([Cell(row=r, col=c, text=t, page=page, merged_from=m,
                          bbox=BBox(x0=XS[c], top=top + 20 * r, x1=XS[c + 1], bottom=top + 20 * r + 20))
                     for c, (t, m) in enumerate(row)])
    return TablePiece(page, (XS[0], top, XS[-1], bottom), XS[:-1], grid, [False, True, False, False, False])


def test_the_rest_of_a_merged_cell_the_page_break_cut_goes_into_every_row_merged_from_it():
    goal = "Kommunen skal redusere utsleppa med 50 prosent gjennom"
    page1 = _piece(1, 700, [[("4.1", None), (goal, None), ("Oppdatere oversikta", None), ("Eigedom", None), ("2024", None)],
                            [("4.2", None), (goal, 1), ("Opprette ei ressursgruppe", None), ("Alle", None), ("Kontinuerle", None)]],
                   800)
    # the cut row goes on in lower case ('for familiar …', 'g'); its goal cell holds the goal's rest
    page2 = _piece(2, 40, [[("", None), ("heile planperioden", None), ("for familiar", None), ("", None), ("g", None)],
                           [("4.3", None), ("heile planperioden", 1), ("Revidere rutinar", None), ("PPT", None), ("2025", None)]],
                   120)
    [(_, table)] = join_pieces([page1, page2], {1: 842, 2: 842}, {1: (40, 800), 2: (40, 800)})
    assert [[c.text for c in r] for r in table.rows] == [
        ["4.1", f"{goal} heile planperioden", "Oppdatere oversikta", "Eigedom", "2024"],
        ["4.2", f"{goal} heile planperioden", "Opprette ei ressursgruppe for familiar", "Alle", "Kontinuerleg"],
        ["4.3", f"{goal} heile planperioden", "Revidere rutinar", "PPT", "2025"],
    ]
