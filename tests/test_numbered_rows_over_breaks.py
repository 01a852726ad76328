"""Numbered table rows over a page or column break. A numbered table whose items stand under group rows ("Goal 1: …" across the table) is cut by
a page break inside an item's row, and the producer draws the rule under the cut row
(LibreOffice): the row at the head of the next page has no number, and that alone says it is
the rest of the row above. The group rows carry no number and must not hide that the items
are numbered — hand-built pieces."""

from __future__ import annotations

from plancheck.ingest.text import use_language
from plancheck.layout.tables import TablePiece, join_pieces
from plancheck.models import BBox, Cell

XS = [60.0, 100.0, 330.0, 450.0, 530.0]
HEAD = ["Ref", "Initiative", "Responsible", "Deadline"]


def _row(r: int, page: int, top: float, texts: list[str]) -> list[Cell | None]:
    return [Cell(row=r, col=c, text=t, page=page, bbox=BBox(x0=XS[c], top=top, x1=XS[c + 1], bottom=top + 20))
            for c, t in enumerate(texts)]


def _rows(group_rows: bool) -> list[list[str]]:
    use_language("en")
    body = [["1.1", "Map safe routes to school", "Highways", "2027"],
            ["2.1", "Deliver home visits for residents", "Procurement, Economic", "As needed"]]
    if group_rows:
        body = [["Goal 1: Safe streets", "", "", ""], body[0], ["Goal 2: Good ageing", "", "", ""], body[1]]
    first = TablePiece(1, (60, 660, 530, 800), XS[:-1],
                       [_row(k, 1, 660 + 20 * k, t) for k, t in enumerate([HEAD, *body])], [False] * 4)
    second = TablePiece(2, (60, 60, 530, 140), XS[:-1],
                        [_row(0, 2, 60, HEAD), _row(1, 2, 80, ["", "", "Development", ""])], [False] * 4)
    [(_, table)] = join_pieces([first, second], {1: 842, 2: 842}, {1: (660, 800), 2: (60, 140)})
    return [[c.text for c in r] for r in table.rows]


def test_a_row_without_its_number_under_group_rows_goes_on_with_the_row_cut_above():
    rows = _rows(group_rows=True)
    assert ["2.1", "Deliver home visits for residents", "Procurement, Economic Development", "As needed"] in rows
    assert ["", "", "Development", ""] not in rows


def test_without_group_rows_the_same_row_goes_on_as_before():
    rows = _rows(group_rows=False)
    assert ["2.1", "Deliver home visits for residents", "Procurement, Economic Development", "As needed"] in rows


def test_an_item_number_broken_over_the_break_and_in_its_piece_is_joined_at_its_dots():
    """"C." at the foot of the page, "3." / "a" (read "3. a") at the head of the next: one
    number, "C.3.a", as the lines of one cell would be joined."""
    use_language("sv")
    first = TablePiece(1, (60, 700, 530, 800), XS[:-1],
                       [_row(0, 1, 700, ["Nr", "Åtgärd", "Ansvarig", "Tidpunkt"]),
                        _row(1, 1, 720, ["C.3", "Stärka samverkan", "", ""]),
                        _row(2, 1, 760, ["C.", "Bygga ut laddplatser vid", "Förskol", "Vid"])], [False] * 4)
    second = TablePiece(2, (60, 60, 530, 140), XS[:-1],
                        [_row(0, 2, 60, ["Nr", "Åtgärd", "Ansvarig", "Tidpunkt"]),
                         _row(1, 2, 80, ["3. a", "skolor och daghem", "echef", "behov"])], [False] * 4)
    [(_, table)] = join_pieces([first, second], {1: 842, 2: 842}, {1: (700, 800), 2: (60, 140)})
    assert table.rows[-1][0].text == "C.3.a"
    # the words of the other cells are no number's pieces: they go on with a space
    assert table.rows[-1][1].text == "Bygga ut laddplatser vid skolor och daghem"


def test_a_bracketed_note_alone_at_the_head_of_the_next_page_goes_on_with_the_cell_above():
    """"… / Housing Services" at the foot, "(2026–2028)" alone under the repeated head: the
    owner cell's deadline in brackets, carried over the break; a cell above that holds its own
    bracket is whole, and a bracket under it stays a row of its own."""
    use_language("en")

    def rows(owner_at_foot: str) -> list[list[str]]:
        head = ["Key actions", "Lead (deadline)"]
        xs = [60.0, 330.0, 530.0]

        def row(r: int, page: int, top: float, texts: list[str]) -> list[Cell | None]:
            return [Cell(row=r, col=c, text=t, page=page, bbox=BBox(x0=xs[c], top=top, x1=xs[c + 1], bottom=top + 20))
                    for c, t in enumerate(texts)]

        first = TablePiece(1, (60, 700, 530, 800), xs[:-1],
                           [row(0, 1, 700, head), row(1, 1, 720, ["Review a joint protocol", "Communications (2027)"]),
                            row(2, 1, 760, ["Pilot a homework club", owner_at_foot])], [False] * 2)
        second = TablePiece(2, (60, 60, 530, 140), xs[:-1],
                            [row(0, 2, 60, head), row(1, 2, 80, ["", "(2026–2028)"]),
                             row(2, 2, 100, ["Expand summer jobs", "Public Health Lead (Spring 2027)"])], [False] * 2)
        [(_, table)] = join_pieces([first, second], {1: 842, 2: 842}, {1: (700, 800), 2: (60, 140)})
        return [[c.text for c in r] for r in table.rows]

    assert ["Pilot a homework club", "Head of Housing / Housing Services (2026–2028)"] in rows("Head of Housing / Housing Services")
    assert ["", "(2026–2028)"] in rows("Housing Services (2027)")


def _dotted_rows(numbers_above: list[str], foot: str, head: str) -> list[list[str]]:
    """Rows numbered ``numbers_above``, then a row numbered ``foot`` at the page's foot whose
    rest, numbered ``head``, opens the next page under a repeated head row (a Word row allowed to
    break across pages, its border drawn at the break)."""
    use_language("en")
    body = [[n, f"Measure {n} for all", "Highways", "2027"] for n in numbers_above]
    body.append([foot, "Expand a multi-agency team for", "Road Safety", "Spring"])
    first = TablePiece(1, (60, 660, 530, 800), XS[:-1],
                       [_row(k, 1, 660 + 20 * k, t) for k, t in enumerate([HEAD, *body])], [False] * 4)
    second = TablePiece(2, (60, 60, 530, 140), XS[:-1],
                        [_row(0, 2, 60, HEAD), _row(1, 2, 80, [head, "families with complex needs", "Manager and Head of Housing", "2027"]),
                         _row(2, 2, 100, ["2.1.3", "Create a register of homes", "Public Health", "Every autumn"])], [False] * 4)
    [(_, table)] = join_pieces([first, second], {1: 842, 2: 842}, {1: (660, 800), 2: (60, 140)})
    return [[c.text for c in r] for r in table.rows]


def test_a_number_ending_in_a_dot_the_column_never_ends_in_goes_on_over_the_break():
    """'2.1.' at the foot, '2' at the head of the next page, its measure going on in lower case:
    the column's other numbers end without a dot ('1.1', '2.1.1'), so '2.1.' is the first piece
    of '2.1.2', not a number of its own."""
    rows = _dotted_rows(["1.1", "2.1.1"], "2.1.", "2")
    assert ["2.1.2", "Expand a multi-agency team for families with complex needs", "Road Safety Manager and Head of Housing",
            "Spring 2027"] in rows
    assert len(rows) == 4


def test_in_a_column_of_numbers_ending_in_dots_a_number_stays_whole():
    rows = _dotted_rows(["1.", "2."], "3.", "1")
    assert ["3.", "Expand a multi-agency team for", "Road Safety", "Spring"] in rows
