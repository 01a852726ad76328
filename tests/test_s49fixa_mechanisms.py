"""Forms of session 49 (fix a), made general, on hand-built inputs with invented wording: a plan
written on a PROJECT CANVAS (a grid of labelled panels drawn as one ruled table), a bold group
label in capitals pointing at a goal over the panel's coded activities ('TOWARDS GOAL 2'), an
activity's bracketed owner wrapped onto its panel's next line, and a milestone panel that dates
each activity by its code alone."""

from __future__ import annotations

from conftest import plan_of_blocks
from test_layout_support import line_words

from plancheck.extract.roles import goal_pointer
from plancheck.layout.blocks import build_blocks
from plancheck.layout.lines import words_to_lines
from plancheck.layout.tables import TablePiece
from plancheck.layout.tiles import panel_grid_boxes
from plancheck.layout.words import Word
from plancheck.models import BBox, Block, BlockKind, Cell

# ----------------------------------------------------------------- layout: a grid of labelled panels


def _words(text: str, x: float, top: float, *, bold: bool = False, size: float = 10) -> list[Word]:
    return [Word(w.text, w.x0, w.top, w.x1, w.bottom, size, bold=bold) for w in line_words(text, x, top, size)]


def _panel(label: str, lines: list[str], box: tuple[float, float, float, float]) -> list[Word]:
    x, top = box[0] + 6, box[1] + 6
    out = _words(label, x, top, bold=True)
    for k, text in enumerate(lines, 1):
        out += _words(text, x, top + 14 * k)
    return out


def _grid(cells: list[tuple[str, list[str]]], boxes: list[tuple[float, float, float, float]]):
    words: list[Word] = []
    row: list[Cell | None] = []
    for k, ((label, lines), box) in enumerate(zip(cells, boxes, strict=True)):
        words += _panel(label, lines, box)
        row.append(Cell(row=0, col=k, text="\n".join([label, *lines]), page=1, bbox=BBox(x0=box[0], top=box[1], x1=box[2], bottom=box[3])))
    rows = [row[:2], row[2:]]
    piece = TablePiece(1, (50, 100, 650, 400), [50, 350], rows)
    return piece, words


_BOXES = [(50, 100, 350, 250), (350, 100, 650, 250), (50, 250, 350, 400), (350, 250, 650, 400)]


def test_a_grid_whose_every_cell_opens_with_a_label_in_capitals_is_read_panel_by_panel():
    piece, words = _grid([
        ("WHY", ["The harbour front floods twice", "a winter and the path is closed"]),
        ("TARGETS", ["Target 1. The path stays open", "all year round"]),
        ("WORK PACKAGES", ["P1 Raise the quay edge", "P2 Plant a salt meadow"]),
        ("DATES", ["P1 Spring 2041", "P2 Autumn 2041"]),
    ], _BOXES)
    found = panel_grid_boxes([piece], words)
    assert len(found) == 1 and found[0][0] is piece
    assert found[0][1] == sorted(_BOXES, key=lambda b: (b[1], b[0]))


def test_a_data_table_whose_header_alone_is_in_capitals_stays_a_table():
    piece, words = _grid([
        ("ACTION", ["Raise the quay edge", "along the old ferry berth"]),
        ("LEAD", ["Harbour office", "with the port engineers"]),
        ("Repair the benches", ["on the promenade", "before the summer"]),
        ("Parks team", ["and two volunteers", "from the rowing club"]),
    ], _BOXES)
    assert panel_grid_boxes([piece], words) == []


def test_panels_holding_a_label_and_one_line_each_are_a_table_row_of_fields():
    piece, words = _grid([
        ("OWNER", ["Harbour office"]),
        ("LEAD", ["Ada Berg"]),
        ("VERSION", ["3"]),
        ("STATUS", ["Draft"]),
    ], _BOXES)
    assert panel_grid_boxes([piece], words) == []


# ----------------------------------------------------------------- layout: a tile's own right edge


def test_a_bracket_wrapped_onto_a_tiles_next_line_stays_with_its_item():
    # a tile (region 0) over a panel spanning wider under it (region 1), their lines starting at one x:
    # the item's line ran to the tile's edge, so its bracket wrapped and is no note set apart
    def coded(code: str, text: str, top: float):
        return words_to_lines(_words(code, 60, top, bold=True) + _words(text, 82, top), 1)

    item = coded("B3", "Put up signs in three languages at both ends", 87)
    item += coded("B4", "Print the route maps in large type for the reading rooms", 100)
    item += words_to_lines(_words("(lead: Library service)", 60, 113), 1)
    wide = words_to_lines(_words("The budget may not be moved between the two years of the programme without the board of the", 60, 300), 1)
    wide += words_to_lines(_words("harbour agreeing to it in advance, and unspent money is returned at the close of each year.", 60, 313), 1)
    for ln in item:
        ln.region = 0
    for ln in wide:
        ln.region = 1
    blocks = build_blocks([item + wide], [], columns={(1, 0), (1, 1)}, tiles={(1, 0), (1, 1)})
    texts = [b.text for b in blocks]
    assert not any(t.startswith("(lead:") for t in texts), texts


# ----------------------------------------------------------------- extract: a group label pointing at a goal


def test_a_heading_or_capitals_label_leading_to_a_goal_needs_no_colon():
    assert goal_pointer("TOWARDS GOAL 2", heading=True) == "2"
    assert goal_pointer("Towards goal 3", heading=True) == "3"
    assert goal_pointer("Goal 2", heading=True) is None  # a goal's own label
    assert goal_pointer("TOWARDS GOAL 2") is None  # a line of running text needs its colon


def _b(kind: BlockKind, text: str, level: int | None = None, number: str | None = None, bold: bool = False) -> Block:
    return Block(id="", kind=kind, text=text, level=level, number=number, bold=bold)


def _canvas_blocks(schedule: bool = True) -> list[Block]:
    blocks = [
        _b(BlockKind.heading, "Harbour path programme 2041–2043", 1),
        _b(BlockKind.heading, "TARGETS", 1, bold=True),
        _b(BlockKind.heading, "Goal 1. The harbour path shall stay open all year round.", 2, bold=True),
        _b(BlockKind.heading, "Goal 2. More residents shall walk or cycle to the ferry.", 2, bold=True),
        _b(BlockKind.heading, "WORK PACKAGES", 1, bold=True),
        _b(BlockKind.paragraph, "TOWARDS GOAL 1", bold=True),
        _b(BlockKind.list_item, "Raise the quay edge along the old ferry berth (lead: Harbour office)", 2, "P1"),
        _b(BlockKind.list_item, "Plant a salt meadow behind the sea wall (lead: Parks team)", 2, "P2"),
        _b(BlockKind.paragraph, "TOWARDS GOAL 2", bold=True),
        _b(BlockKind.list_item, "Build a covered cycle shelter at the ferry pier (lead: Roads unit)", 2, "P3"),
        _b(BlockKind.list_item, "Print the route maps in large type (lead: Library service)", 2, "P4"),
    ]
    if schedule:
        blocks += [
            _b(BlockKind.heading, "DATES", 1, bold=True),
            _b(BlockKind.list_item, "Spring 2041", 3, "P1"),
            _b(BlockKind.list_item, "Autumn 2041", 3, "P2"),
            _b(BlockKind.paragraph, "◆ Opening walk with the mayor: 14 June 2042"),
            _b(BlockKind.paragraph, "P3 1 March 2042"),
            _b(BlockKind.heading, "P4 2043", 2, bold=True),
        ]
    return blocks


def test_activities_under_a_label_pointing_at_a_goal_serve_that_goal():
    plan = plan_of_blocks(_canvas_blocks(schedule=False), "en")
    goals = {g.id: g.number for g in plan.goals}
    served = {m.number: sorted(goals[i] for i in m.goal_ids) for m in plan.measures}
    assert served == {"P1": ["1"], "P2": ["1"], "P3": ["2"], "P4": ["2"]}
    assert not plan.strategies


# ----------------------------------------------------------------- extract: dates keyed by code


def test_a_milestone_panel_dates_each_activity_by_its_code():
    plan = plan_of_blocks(_canvas_blocks(), "en")
    dates = {m.number: (m.deadline.text if m.deadline else None) for m in plan.measures}
    assert dates == {"P1": "Spring 2041", "P2": "Autumn 2041", "P3": "1 March 2042", "P4": "2043"}
    assert len(plan.measures) == 4  # the event line and the dated lines are no measures
    assert all(m.has_deadline_column for m in plan.measures)  # a coded measure the list omits has no date
    # one coded date line alone dates nothing: a list of them keys the dates
    blocks = [
        *_canvas_blocks(schedule=False),
        _b(BlockKind.heading, "DATES", 1, bold=True),
        _b(BlockKind.list_item, "Spring 2041", 3, "P1"),
    ]
    plan = plan_of_blocks(blocks, "en")
    assert all(m.deadline is None for m in plan.measures)
