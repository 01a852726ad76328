"""A table nested in a cell of a ruled table (layout/tables.unnest_cells, lift_inner_heads): the inner
table's cells own their words; the holding cell, its row and its column go."""

from plancheck.layout.settings import LayoutSettings
from plancheck.layout.tables import lift_inner_heads, unnest_cells
from plancheck.models import Cell

S = LayoutSettings()


def _nested_raw():
    """Outer 'Mål | Tiltak' (x 0–200–400), the right cell of each goal row holding a 3-column
    table (x 205–270–335–400) with a head row and two rows, as pdfplumber gives it."""
    inner = [205.0, 270.0, 335.0, 400.0]
    raw, boxes = [[(0, 0, 200, 12), (200, 0, 400, 12), None, None, None]], [(0, 0, 400, 12)]
    top = 12.0
    for _goal in range(2):
        bottom = top + 12 + 3 * 20
        raw.append([(0, top, 200, bottom), (200, top, 400, bottom), None, None, None])
        boxes.append((0, top, 400, bottom))
        y = top + 6
        for _ in range(3):
            raw.append([None, None] + [(inner[k], y, inner[k + 1], y + 20) for k in range(3)])
            boxes.append((205, y, 400, y + 20))
            y += 20
        top = bottom
    return raw, boxes, [0.0, 200.0, 205.0, 270.0, 335.0]


def test_nested_table_cells_own_their_words():
    raw, boxes, col_x = _nested_raw()
    new, new_boxes, new_x, firsts = unnest_cells(raw, boxes, col_x, S)
    assert new_x == [0.0, 205.0, 270.0, 335.0]
    assert len(new) == len(new_boxes) == 1 + 2 * 3  # the holders' rows folded into the first inner rows
    assert all(len(r) == 4 for r in new)
    assert new[0][1] == (200, 0, 400, 12)  # the outer head over the nested columns moved onto them
    assert new[1][0][1] == 12 and new[1][1][0] == 205  # the goal cell starts in the inner table's first row
    assert firsts == [1, 4]


def test_plain_grid_and_box_around_a_table_are_left_alone():
    plain = [[(0, 0, 100, 10), (100, 0, 200, 10)], [(0, 10, 100, 20), (100, 10, 200, 20)]]
    assert unnest_cells(plain, [(0, 0, 200, 10), (0, 10, 200, 20)], [0.0, 100.0], S)[3] == []
    # one cell spanning the whole grid around a table of its own: a box, not a nested table
    box = [[(0, 0, 300, 100), None, None],
           [None, (10, 10, 150, 40), (150, 10, 290, 40)],
           [None, (10, 40, 150, 70), (150, 40, 290, 70)]]
    out = unnest_cells(box, [(0, 0, 300, 100), (10, 10, 290, 40), (10, 40, 290, 70)], [0.0, 10.0, 150.0], S)
    assert out[0] == box and out[3] == []


def _cell(ri, ci, text, merged_from=None):
    return Cell(row=ri, col=ci, text=text, merged_from=merged_from)


def test_repeated_inner_head_becomes_the_header():
    rows = [["Mål", "Tiltak", "", ""]]
    for g, goal in enumerate(["Mål A", "Mål B"]):
        first = len(rows)
        rows.append([goal, "Tiltak", "Ansvar", "Frist"])
        rows.append([goal, f"tiltak {g}.1", "Eining", "2027"])
        rows.append([goal, f"tiltak {g}.2", "", "2028"])
        for k in (first + 1, first + 2):
            rows[k][0] = (rows[k][0], first)
    grid = [[_cell(ri, ci, *(v if isinstance(v, tuple) else (v,))) for ci, v in enumerate(r)] for ri, r in enumerate(rows)]
    out = lift_inner_heads(grid, [1, 4])
    assert [c.text for c in out[0]] == ["Mål", "Tiltak", "Ansvar", "Frist"]
    assert [c.text for c in out[1]] == ["Mål A", "tiltak 0.1", "Eining", "2027"]
    assert out[1][0].merged_from is None and out[2][0].merged_from == 1
    assert out[3][0].merged_from is None and out[4][0].merged_from == 3
    assert [c.row for r in out for c in r][::4] == [0, 1, 2, 3, 4]


def test_different_first_rows_are_no_head():
    grid = [[_cell(0, 0, "Mål"), _cell(0, 1, "Tiltak"), _cell(0, 2, "")],
            [_cell(1, 0, "A"), _cell(1, 1, "gjere x"), _cell(1, 2, "Eining")],
            [_cell(2, 0, "B"), _cell(2, 1, "gjere y"), _cell(2, 2, "Rådmann")]]
    assert lift_inner_heads(grid, [1, 2]) is grid


# --------------------------------------------------------------------------- a goal × measure matrix by codes


def test_matrix_columns_headed_by_goal_codes_link_the_marked_goals():
    from plancheck.extract.link import match_goal
    from plancheck.extract.tables import mark_goal_columns
    from plancheck.models import Goal

    header = ["Action", "Lead", "By", "O1", "O2", "O3"]
    rows = [[_cell(1, k, t) for k, t in enumerate(["Do a thing", "Unit", "2027", "X", "", "X"])],
            [_cell(2, k, t) for k, t in enumerate(["Do another", "Unit", "2028", "", "X", ""])]]
    marks = mark_goal_columns(header, rows, ["measure", "owner", "deadline", None, None, None])
    assert marks == {3: "O1", 4: "O2", 5: "O3"}
    goals = [Goal(id=f"g{k}", text=f"O{k}: Goal number {k} of the plan.") for k in (1, 2, 3)]
    assert match_goal("O2", goals).id == "g2"
    assert match_goal("Q2", goals) is None


def test_code_columns_with_other_than_marks_are_no_matrix():
    from plancheck.extract.tables import mark_goal_columns

    rows = [[_cell(1, k, t) for k, t in enumerate(["Do a thing", "120", "80"])]]
    assert mark_goal_columns(["Action", "K1", "K2"], rows, ["measure", None, None]) == {}


# --------------------------------------------------------------------------- inner tables found apart


def _boxed(ri, ci, text, box, merged_from=None):
    from plancheck.models import BBox

    return Cell(row=ri, col=ci, text=text, bbox=BBox(x0=box[0], top=box[1], x1=box[2], bottom=box[3]),
                merged_from=merged_from)


def test_tables_apart_inside_a_cell_of_another_become_its_rows():
    from plancheck.layout.tables import TablePiece, nest_pieces

    outer_rows = [[_boxed(0, 0, "Goal", (0, 0, 200, 12)), _boxed(0, 1, "Action · Lead · By when", (200, 0, 500, 12))]]
    inners, top = [], 12.0
    for g in range(2):
        bottom = top + 70
        outer_rows.append([_boxed(1 + g, 0, f"Goal {g}", (0, top, 200, bottom)),
                           _boxed(1 + g, 1, "run of all the inner words", (200, top, 500, bottom))])
        rows = [[_boxed(k, j, f"c{g}{k}{j}", (210 + 90 * j, top + 10 + 25 * k, 300 + 90 * j, top + 35 + 25 * k))
                 for j in range(3)] for k in range(2)]
        inners.append(TablePiece(1, (210, top + 10, 480, top + 60), [210, 300, 390], rows))
        top = bottom
    outer = TablePiece(1, (0, 0, 500, top), [0, 200], outer_rows)
    (piece,) = nest_pieces([outer, *inners])
    assert [c.text for c in piece.rows[0]] == ["Goal", "Action", "Lead", "By when"]
    assert [[c.text for c in r] for r in piece.rows[1:]] == [
        ["Goal 0", "c000", "c001", "c002"], ["Goal 0", "c010", "c011", "c012"],
        ["Goal 1", "c100", "c101", "c102"], ["Goal 1", "c110", "c111", "c112"]]
    assert piece.rows[2][0].merged_from == 1 and piece.col_x == [0, 210, 300, 390]


def test_tables_side_by_side_are_not_nested():
    from plancheck.layout.tables import TablePiece, nest_pieces

    a = TablePiece(1, (0, 0, 200, 50), [0, 100], [[_boxed(0, 0, "a", (0, 0, 100, 50)), _boxed(0, 1, "b", (100, 0, 200, 50))]])
    b = TablePiece(1, (220, 0, 400, 50), [220, 300], [[_boxed(0, 0, "c", (220, 0, 300, 50)), _boxed(0, 1, "d", (300, 0, 400, 50))]])
    assert nest_pieces([a, b]) == [a, b]
