"""Session 51 (fixa), each stage on hand-built inputs with invented wording:

- the field lines of an easy-read action list whose owner label is a question of several words
  ('Who looks after it: …' over 'By when: …'), set under an action that filled its line: the
  label opens a field line of its own when the document opens lines with it again and again
  (layout/blocks.py ``repeated_long_fields``, ``_continues``, ``_field_wrapped``);
- a ruled box of one row under a calendar grid of headed boxes ('Year-round' / 'Later on', each a
  head over bulleted items) is the grid's last row (layout/tables.py ``grid_foot_rows``), and the
  calendar reads a box titled by all of the year as due continuously and a box headed by no period
  as items due when each says after its codes (extract/calendargrid.py)."""

from __future__ import annotations

from test_layout_support import line_words

from plancheck.extract.calendargrid import calendar_table
from plancheck.layout.blocks import build_blocks, repeated_long_fields
from plancheck.layout.lines import Line, words_to_lines
from plancheck.layout.tables import TablePiece, grid_foot_rows, headed_bullets
from plancheck.models import BBox, Cell, Table

# --------------------------------------------------------------------------- easy-read field lines


def _line(text: str, top: float, x: float = 120.0) -> Line:
    return words_to_lines(line_words(text, x, top, 14), 1)[0]


ACTIONS = [
    ("We will plant forty fruit trees along the old railway path each spring.", "Who looks after it: Grounds Crew", "By when: spring 2031"),
    ("We will open the allotments.", "Who looks after it: Allotment Society", "By when: 2030"),
    ("We will mend the footbridge.", "Who looks after it: Highways", "By when: 2032"),
]


def _action_lines(actions) -> list[Line]:
    lines, top = [], 100.0
    for rec in actions:
        for text in rec:
            lines.append(_line(text, top))
            top += 20.0
        top += 8.0
    return lines


def test_a_long_field_label_repeated_down_the_document_opens_a_field_line_after_a_full_action():
    lines = _action_lines(ACTIONS)
    assert repeated_long_fields(lines) == frozenset({"who looks after it"})
    texts = [b.text for b in build_blocks([lines], [])]
    # the first action filled its line (its next word would not have fitted after it), yet its
    # owner line is a field line of its own, as the owner lines under the short actions are
    assert texts[:3] == [ACTIONS[0][0], "Who looks after it: Grounds Crew", "By when: spring 2031"]
    assert len(texts) == 9


def test_a_long_label_used_once_is_no_field_label_and_the_full_line_still_runs_on():
    one = _action_lines(ACTIONS[:1])
    assert repeated_long_fields(one) == frozenset()
    # (a sentence that happens to hold a colon, once, after a full line: the paragraph goes on)
    texts = [b.text for b in build_blocks([one], [])]
    assert texts[0].startswith(ACTIONS[0][0] + " Who looks after it")


# --------------------------------------------------------------------------- a grid's foot row


def _cell(r: int, c: int, text: str, x0: float, top: float, x1: float, bottom: float) -> Cell:
    return Cell(row=r, col=c, text=text, page=2, bbox=BBox(x0=x0, top=top, x1=x1, bottom=bottom))


GRID = [["Spring • Sweep the bandstand – Parks (P1)", "Summer • Paint the benches – Parks (P2)",
         "Autumn • Rake the lawns – Grounds (P1)", "Winter • Grit the paths – Roads (P2)"],
        ["Q1 • Count the swans – Rangers (P3)", "Q2 • Clean the pond – Rangers (P3)",
         "Q3 • Prune the hedges – Grounds (P1)", "Q4 • Plant bulbs – Parks (P2)"]]
XS = [40.0, 220.0, 400.0, 580.0, 760.0]


def _grid() -> TablePiece:
    rows = [[_cell(r, c, t, XS[c], 80.0 + 90 * r, XS[c + 1], 170.0 + 90 * r) for c, t in enumerate(row)]
            for r, row in enumerate(GRID)]
    return TablePiece(2, (40.0, 80.0, 760.0, 260.0), XS[:4], rows, [False] * 4, True)


def _foot(texts: list[str], edges: list[float], top: float = 272.0) -> TablePiece:
    cells = [_cell(0, k, t, edges[k], top, edges[k + 1], top + 50) for k, t in enumerate(texts)]
    return TablePiece(2, (edges[0], top, edges[-1], top + 50), edges[:-1], [cells], [False] * len(cells), True)


FOOT = ["Year-round • Check the play areas – Parks (P1)", "Later on • Survey the old mill – Heritage Unit (P3), done 2033"]


def test_a_one_row_box_of_headed_bullets_under_a_grid_of_them_is_the_grids_last_row():
    assert headed_bullets(FOOT[0]) and not headed_bullets("Note: the depot shuts in August.")
    assert not headed_bullets("Open day – Parks")  # (a dash parts an owner, it opens no item)
    grid = _grid()
    out = grid_foot_rows([grid], [_foot(FOOT, [40.0, 400.0, 760.0])])
    assert out == [grid] and len(grid.rows) == 3
    assert [c.text if c else None for c in grid.rows[2]] == [FOOT[0], "", FOOT[1], ""]
    assert grid.bbox[3] == 322.0


def test_a_box_of_a_note_or_one_standing_apart_from_the_grid_is_no_row_of_it():
    grid = _grid()
    # a note under the grid, not a head over bulleted items
    grid_foot_rows([grid], [_foot(["Note: the depot shuts in August.", "Ask the parks desk."], [40.0, 400.0, 760.0])])
    # a box far below, or one whose inner rule stands on none of the grid's
    grid_foot_rows([grid], [_foot(FOOT, [40.0, 400.0, 760.0], top=400.0)])
    grid_foot_rows([grid], [_foot(FOOT, [40.0, 300.0, 760.0])])
    assert len(grid.rows) == 2


# --------------------------------------------------------------------------- the calendar reads it


def test_the_all_year_box_is_due_continuously_and_a_box_of_no_period_holds_items_due_when_they_say():
    header = ["Mars • Rydde turstiane – Parkavdelinga (K2)", "April • Kurs i kompostering – Renovasjonen (K1)",
              "Mai • Plante blomar i beda – Parkavdelinga (K2)"]
    rows = [["Juni • Vaske benkane – Parkavdelinga (K2)", "Heile året • Tømme søppelkassane – Renovasjonen (K1)",
             "Seinare • Kartlegge gamle murar – Kulturavdelinga (K2), ferdig 2031 • Greie ut ein ny park – Rådmannen (K2)"]]
    table = Table(header=header, rows=[[Cell(row=0, col=c, text=t, page=2) for c, t in enumerate(rows[0])]], pages=[2])
    grid = calendar_table(table, 2, lang="nn")
    assert grid is not None
    got = {r[1].text: (r[0].text, r[2].text, r[3].text) for r in grid.rows}
    assert got["Tømme søppelkassane"] == ("Renovasjonen", "Heile året", "K1")
    assert got["Kartlegge gamle murar"] == ("Kulturavdelinga", "2031", "K2")
    assert got["Greie ut ein ny park"] == ("Rådmannen", "", "K2")
    assert len(grid.rows) == 7
