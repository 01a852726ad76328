"""Tables whose header row alone is ruled (a CSS grid: shaded header cells, the body rows
unruled below), goals stated by the heading right above a measure table, and the words of a
status column - layout and walk on hand-built words, pieces and blocks."""

from __future__ import annotations

from conftest import plan_of_blocks, table_of
from test_layout_support import line_words

from plancheck.extract.plan import _chip_role
from plancheck.lang.owners import is_owner_like
from plancheck.lang.vocab import is_status_value
from plancheck.layout.document import grid_bodies
from plancheck.layout.lines import words_to_lines
from plancheck.layout.tables import TablePiece, aligned_run, grid_rows, head_only, text_starts
from plancheck.models import BBox, Block, BlockKind, Cell

# column edges of a five-column grid, and where each column's text starts (3.5 pt padding)
EDGES = [(40.0, 76.0), (76.0, 312.0), (312.0, 414.0), (414.0, 488.0), (488.0, 556.0)]
STARTS = [x0 + 3.5 for x0, _x1 in EDGES]


def _head_piece(texts: list[str], top: float = 100.0) -> tuple[TablePiece, list]:
    """A ruled piece of one row (the shaded header cells) and the words in its cells."""
    cells, words = [], []
    for k, (t, (x0, x1)) in enumerate(zip(texts, EDGES, strict=True)):
        cells.append(Cell(row=0, col=k, text=t, page=1, bbox=BBox(x0=x0, top=top, x1=x1, bottom=top + 16)))
        words += line_words(t, x0 + 3.5, top + 3, 9)
    piece = TablePiece(1, (40.0, top, 556.0, top + 16), [x0 for x0, _ in EDGES], [cells])
    return piece, words


def _row(cells: list[str | None], top: float) -> list:
    """The words of one grid line, each cell's text at its column's start (None: empty)."""
    return [w for text, x in zip(cells, STARTS, strict=True) if text for w in line_words(text, x, top, 9)]


HEAD = ["Ref", "Action", "Lead", "By when", "Status"]


def _body(top: float = 120.0) -> list:
    return [
        *_row(["1.1.a", "Complete the cycle lane", "Highways Team", "March 2027", "On track"], top),
        *_row(["1.1.b", "Add 300 secure cycle parking", "Parking Services", "December", "At risk"], top + 18),
        *_row([None, "spaces in the town centre", None, "2026", None], top + 29),
        # the heading of the next group starts at the grid's edge, not at a cell's padding
        *line_words("Objective 1.2 Make streets around schools safer", 40, top + 52, 9),
    ]


def test_a_ruled_row_of_short_column_headings_heads_an_unruled_body():
    assert head_only(_head_piece(HEAD)[0])
    # three boxes of facts side by side are no header; nor is a table of two rows
    facts = ["38% of car trips in Brackwell are under 3 km", "1 in 4 adults", "Transport is 31%"]
    assert not head_only(TablePiece(1, (40, 100, 556, 116), [40, 76, 312], [_head_piece([*facts, "x", "y"])[0].rows[0][:3]]))
    piece, _ = _head_piece(HEAD)
    piece.rows.append(list(piece.rows[0]))
    assert not head_only(piece)


def test_text_starts_come_from_the_header_words_or_the_padding_of_the_others():
    _piece, words = _head_piece(HEAD)
    assert text_starts(EDGES, words) == STARTS
    without_lead = [w for w in words if w.text != "Lead"]
    assert text_starts(EDGES, without_lead) == STARTS  # the empty cell: its edge plus 3.5


def test_the_lines_of_a_grid_end_at_the_first_that_starts_at_no_cell_padding():
    lines = words_to_lines(_body(), 1)
    run = aligned_run(lines, STARTS)
    assert len(run) == len(lines) - 1 and run[-1].text.startswith("spaces")


def test_grid_rows_reads_the_body_under_the_header_cells():
    piece, head_words = _head_piece(HEAD)
    taken = grid_rows(piece, head_words + _body(), 1000.0)
    assert [[c.text for c in r] for r in piece.rows[1:]] == [
        ["1.1.a", "Complete the cycle lane", "Highways Team", "March 2027", "On track"],
        ["1.1.b", "Add 300 secure cycle parking spaces in the town centre", "Parking Services", "December 2026", "At risk"],
    ]
    assert piece.rows[1][2].bbox.x0 == 312.0 and piece.rows[1][2].bbox.x1 == 414.0  # the header cell's edges
    assert not any(w.text == "Objective" for w in taken)
    assert piece.bbox[3] < 120 + 52  # the heading under it stays out


def test_grid_rows_takes_nothing_when_the_text_below_is_running_text():
    piece, head_words = _head_piece(HEAD)
    prose = line_words("How to read this plan: each goal has objectives and each objective has actions", 43.5, 120, 9)
    assert grid_rows(piece, head_words + prose, 1000.0) == []
    assert len(piece.rows) == 1


def test_the_rows_of_one_grid_end_where_the_next_grid_begins():
    first, w1 = _head_piece(HEAD, 100)
    second, w2 = _head_piece(HEAD, 160)
    words = w1 + _row(["1.1.a", "Complete the cycle lane", "Highways Team", "2027", "On track"], 120) + w2 + _row(
        ["1.2.a", "Introduce School Streets", "Road Safety Team", "2026", "At risk"], 180)
    grid_bodies([first, second], [], words, 842.0)
    assert [r[0].text for r in first.rows[1:]] == ["1.1.a"]
    assert [r[0].text for r in second.rows[1:]] == ["1.2.a"]


# --------------------------------------------------------------------------- extract


def _goal_blocks(headings: list[tuple[str, str, bool]]) -> list[Block]:
    """Numbered level-2 headings under a chapter, each followed by a measure table (True) or a
    sentence (False)."""
    blocks = [Block(id="", kind=BlockKind.heading, text="Mål og tiltak", level=1, number="3")]
    for k, (number, text, with_table) in enumerate(headings):
        blocks.append(Block(id="", kind=BlockKind.heading, text=text, level=2, number=number))
        if with_table:
            t = table_of(["Tiltak", "Ansvar", "Frist", "Status"], [
                [f"Bygge fortau langs vei {k}", "Teknisk drift", "2027", "Pågår"],
                [f"Kartlegge farlige punkter på skolevei {k}", "Oppvekstsjef", "", "Ikke startet"],
            ])
            blocks.append(Block(id="", kind=BlockKind.table, text="", table=t))
        else:
            blocks.append(Block(id="", kind=BlockKind.paragraph, text="Tiltak for dette målet kommer ved neste rullering."))
    return blocks


def test_a_heading_stating_an_aim_over_a_measure_table_is_the_goal_of_its_rows():
    plan = plan_of_blocks(_goal_blocks([
        ("3.1", "Alle barn skal ha en trygg skolevei", True),
        ("3.2", "Ingen skal bli drept eller hardt skadd i trafikken", True),
        ("3.3", "Flere skal gå og sykle til skole og jobb", False),
    ]), "nb")
    assert [g.text for g in plan.goals] == [
        "Alle barn skal ha en trygg skolevei", "Ingen skal bli drept eller hardt skadd i trafikken",
        "Flere skal gå og sykle til skole og jobb",
    ]
    by_id = {g.id: g.text for g in plan.goals}
    assert [by_id[m.goal_ids[0]][:4] for m in plan.measures] == ["Alle", "Alle", "Inge", "Inge"]
    assert all(m.deadline is None for m in plan.measures if m.text.startswith("Kartlegge"))  # 'Ikke startet' is a status


def test_a_heading_naming_a_topic_over_a_measure_table_is_no_goal():
    plan = plan_of_blocks(_goal_blocks([("3.1", "Trygg skolevei", True), ("3.2", "Trafikk i sentrum", True)]), "nb")
    assert plan.goals == []
    assert len(plan.measures) == 4


def test_status_words_are_no_owner_and_no_name():
    for text in ["On track", "• At risk", "Off track", "Pågår", "Ikke startet", "Fullført 2024 på to skoler", "Påbörjad"]:
        assert is_status_value(text), text
        assert not is_owner_like(text, "en") and not is_owner_like(text, "nb")
    for text in ["Highways Team", "Road Safety Team", "Redningstjenesten", "Teknisk drift"]:
        assert not is_status_value(text), text
    assert _chip_role("On track", "en") is None
    assert _chip_role("Highways Team", "en") == "owner"


def test_a_band_row_between_row_rules_is_one_cell_not_cut_at_the_column_edges():
    """A web table with a rule under each row and a shaded goal row spanning it ('Mål 2: …',
    colspan): its sentence runs over the column edges, so it is one cell, in the first column;
    cut at the edges, its words made a row whose 'owner' was 'farliga ämnen'."""
    from plancheck.layout.tables import rows_between_rules

    col_x = list(STARTS)
    band = line_words("Mål 2: Kommunens inköp av varor ska ta hänsyn till innehållet av farliga ämnen", STARTS[0], 120, 9)
    row = _row(["2:1", "Ställa krav vid upphandling", "Upphandlingsenheten", "2027", "Andel"], 140)
    wrapped = _row([None, "av förbrukningsmaterial", None, None, None], 151)
    lines = words_to_lines([*band, *row, *wrapped], 1)
    rows, _ = rows_between_rules(lines, [133.0, 165.0], col_x)
    assert rows[0] == ["Mål 2: Kommunens inköp av varor ska ta hänsyn till innehållet av farliga ämnen", "", "", "", ""]
    assert rows[1][:3] == ["2:1", "Ställa krav vid upphandling av förbrukningsmaterial", "Upphandlingsenheten"]
    # a band short enough to stay in its first cells is still cut as before (no crossing, no change)
    short = line_words("Mål 3", STARTS[0], 120, 9)
    rows, _ = rows_between_rules(words_to_lines([*short, *row], 1), [133.0, 165.0], col_x)
    assert rows[0] == ["Mål 3", "", "", "", ""]
