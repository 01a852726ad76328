"""Mechanisms of session 49 (branch s49fixd), on hand-built inputs with invented wording.

A page tool's database view printed as a table (Notion, Airtable, Microsoft Loop, a SharePoint
list): each header cell opens with its property type's glyph, the title property ('Aa …') names
each row's item, a relation cell lists the goals by label one under the other, and the view's
tabs over it and its add button and totals under it are controls (extract/dbviews.py)."""

from __future__ import annotations

from conftest import plan_of_blocks, table_of

from plancheck.extract.link import listed_goals
from plancheck.extract.tables import table_roles
from plancheck.models import Block, BlockKind, Goal, GoalKind

HEAD = ["Aa Name", "↗ Goal", "≡ Lead", "≡ Due", "◎ Status", "# Cost (£)"]
ROWS = [
    ["Plant forty street trees along Mill Lane", "Goal 1", "Parks Team", "March 2051", "Started", "40,000"],
    ["Paint shade canopies over the splash pad", "Goal 2", "Leisure Services", "Summer 2051", "Not started", "12,500"],
    ["Open the library as a cool room on hot days", "Goal 1\nGoal 2", "Libraries", "2052", "Done", ""],
]


def test_a_view_header_is_read_without_its_glyphs_and_its_title_column_names_the_items():
    from plancheck.extract.dbviews import view_header

    stripped, title = view_header(HEAD)
    assert stripped[2] == "Lead" and stripped[5] == "Cost (£)" and title == 0
    roles = table_roles(HEAD)
    assert roles[0] == "measure" and roles[2] == "owner" and roles[3] == "deadline"
    assert roles[5] != "number"  # '#' is the number property's glyph, not a number column
    # one symbol before one header cell is no view
    assert view_header(["# ", "Action", "Lead", "Due"]) is None


def _goal(n: int, text: str) -> Goal:
    return Goal(id=f"goal-{n}", text=text, number=str(n), kind=GoalKind.goal)


def test_goal_labels_listed_one_under_the_other_name_each_goal():
    goals = [_goal(1, "Streets stay cool in summer"), _goal(2, "Children can play outside on hot days")]
    assert [g.id for g in listed_goals("Goal 1 Goal 2", goals)] == ["goal-1", "goal-2"]
    assert listed_goals("Goal 1 of the heat strategy", goals) == []


def _blocks() -> list[Block]:
    return [
        Block(id="", kind=BlockKind.heading, text="Keeping Cool Plan 2051–2053", level=1),
        Block(id="", kind=BlockKind.heading, text="Goals", level=2),
        Block(id="", kind=BlockKind.heading, text="Goal 1 · Streets stay cool in summer", level=3),
        Block(id="", kind=BlockKind.heading, text="Goal 2 · Children can play outside on hot days", level=3),
        Block(id="", kind=BlockKind.heading, text="Actions", level=2),
        Block(id="", kind=BlockKind.paragraph, text="▦ All actions By goal Board Filter · Sort · New"),
        Block(id="", kind=BlockKind.table, text="", table=table_of(HEAD, ROWS)),
        Block(id="", kind=BlockKind.paragraph, text="+ New COUNT 3 · SUM 52,500"),
    ]


def test_the_view_controls_are_no_text_of_the_plan():
    from plancheck.extract.dbviews import view_controls

    blocks = _blocks()
    assert view_controls(blocks, 5) and view_controls(blocks, 7)
    assert not view_controls(blocks, 4)


def test_a_database_view_gives_measures_owners_deadlines_and_goal_links():
    plan = plan_of_blocks(_blocks(), "en")
    measures = {m.text: m for m in plan.measures}
    assert sorted(measures) == sorted(r[0] for r in ROWS)
    assert not plan.strategies
    goal_of = {g.id: g.number for g in plan.goals}
    assert [goal_of[g] for g in measures[ROWS[0][0]].goal_ids] == ["1"]
    assert sorted(goal_of[g] for g in measures[ROWS[2][0]].goal_ids) == ["1", "2"]
    assert [o.text for o in measures[ROWS[1][0]].owners] == ["Leisure Services"]


# --- a flowchart (ISO 5807) drawn with a decision diamond: read box by box (layout/flowboxes.py)

from plancheck.layout.words import Word  # noqa: E402


def _flow_pdf(tmp_path) -> str:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "flow.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    _draw_flow(c, A4[1])
    c.save()
    return str(path)


def _draw_flow(c, h):
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, h - 50, "Riverside Flood Response Plan 2051-2053")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, h - 80, "Our aims")
    c.setFont("Helvetica", 10)
    c.drawString(40, h - 100, "GOAL 1 Homes near the river stay dry when the water rises")
    c.drawString(40, h - 115, "GOAL 2 Residents know in good time when a flood is coming")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, h - 150, "What happens when the river alarm goes off")
    c.setLineWidth(1)
    # start: a rounded box
    c.roundRect(40, h - 220, 200, 36, 14, stroke=1, fill=0)
    c.setFont("Helvetica", 9)
    c.drawString(70, h - 206, "The river level alarm goes off")
    c.line(140, h - 220, 140, h - 250)
    # decision: a diamond
    p = c.beginPath()
    cx, cy, w2, h2 = 140, h - 290, 100, 40
    p.moveTo(cx, cy + h2)
    p.lineTo(cx + w2, cy)
    p.lineTo(cx, cy - h2)
    p.lineTo(cx - w2, cy)
    p.close()
    c.drawPath(p, stroke=1, fill=0)
    c.drawString(95, h - 287, "Is the water over the")
    c.drawString(105, h - 298, "red mark?")
    # Yes -> an action box on the right
    c.line(240, h - 290, 280, h - 290)
    c.drawString(250, h - 285, "Yes")
    c.rect(280, h - 330, 220, 80, stroke=1, fill=0)
    c.setFillColorRGB(0.2, 0.4, 0.7)
    c.rect(280, h - 262, 44, 12, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 7)
    c.drawString(284, h - 259, "GOAL 1")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(286, h - 276, "Put out the flood barriers on Quay Street")
    c.setFont("Helvetica", 8)
    c.drawString(286, h - 300, "Lead: Drainage Team")
    c.drawString(286, h - 312, "Timescale: June 2052")
    # No -> an end box under the decision
    c.line(140, h - 330, 140, h - 360)
    c.setFont("Helvetica", 9)
    c.drawString(146, h - 348, "No")
    c.roundRect(40, h - 396, 200, 36, 14, stroke=1, fill=0)
    c.drawString(70, h - 382, "Log the alarm and keep watch")
    # the action box leads on to a second action
    c.line(390, h - 330, 390, h - 360)
    c.rect(280, h - 440, 220, 80, stroke=1, fill=0)
    c.setFillColorRGB(0.2, 0.6, 0.3)
    c.rect(280, h - 372, 44, 12, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 7)
    c.drawString(284, h - 369, "GOAL 2")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(286, h - 386, "Send a text alert to every home by the river")
    c.setFont("Helvetica", 8)
    c.drawString(286, h - 410, "Lead: Emergency Planning")
    c.drawString(286, h - 422, "Timescale: March 2052")


def test_the_page_draws_a_diamond_and_rounded_boxes_as_flowchart_symbols(tmp_path):
    import pypdfium2

    from plancheck.layout.document import flow_symbols

    pdf = pypdfium2.PdfDocument(_flow_pdf(tmp_path))
    try:
        kinds = sorted(kind for kind, _box in flow_symbols(pdf[0]))
    finally:
        pdf.close()
    assert kinds == ["decision", "terminal", "terminal"]  # the plain rectangles are no symbols


def _w(text: str, x0: float, top: float) -> Word:
    return Word(text, x0, top, x0 + 6 * len(text), top + 9, 9.0)


def test_a_diagram_with_a_decision_is_a_flowchart_its_steps_and_labels_apart():
    from plancheck.layout.flowboxes import flowcharts

    start, decision, action, end = (40, 40, 240, 76), (40, 100, 240, 180), (280, 120, 500, 200), (40, 220, 240, 256)
    words = [_w("Alarm", 60, 50), _w("Water", 100, 130), _w("high?", 140, 130), _w("Close", 290, 150),
             _w("the", 330, 150), _w("gates", 360, 150), _w("Wait", 60, 230), _w("Yes", 250, 128), _w("No", 146, 195)]
    lines = [((140, 76), (140, 100)), ((240, 140), (280, 140)), ((140, 180), (140, 220))]
    symbols = [("terminal", start), ("decision", decision), ("terminal", end)]
    charts = flowcharts([start, decision, action, end], words, 595, lines=lambda: lines, symbols=lambda: symbols)
    assert len(charts) == 1
    chart = charts[0]
    assert sorted(chart.steps) == sorted([start, decision, end]) and action not in chart.steps
    assert sorted(w.text for w in chart.labels) == ["No", "Yes"]
    # without a diamond it is no flowchart (a goal tree drawn top down)
    assert flowcharts([start, decision, action, end], words, 595, lines=lambda: lines,
                      symbols=lambda: [("terminal", start)]) == []


def test_a_flowchart_gives_its_actions_with_the_goals_their_tags_name(tmp_path):
    import plancheck

    plan = plancheck.extract(_flow_pdf(tmp_path))
    assert sorted(g.text for g in plan.goals) == ["Homes near the river stay dry when the water rises",
                                                 "Residents know in good time when a flood is coming"]
    goal_no = {g.id: g.number for g in plan.goals}
    got = {m.text: ([o.text for o in m.owners], [goal_no[g] for g in m.goal_ids]) for m in plan.measures}
    assert got == {"Put out the flood barriers on Quay Street": (["Drainage Team"], ["1"]),
                   "Send a text alert to every home by the river": (["Emergency Planning"], ["2"])}


def test_a_head_chip_naming_a_goal_tags_the_item_under_it_and_a_step_is_no_item():
    plan = plan_of_blocks([
        Block(id="", kind=BlockKind.heading, text="Heat plan", level=1),
        Block(id="", kind=BlockKind.heading, text="Goal 1: Streets stay cool in summer", level=2),
        Block(id="", kind=BlockKind.heading, text="Goal 2: Children can play outside on hot days", level=2),
        Block(id="", kind=BlockKind.heading, text="Actions", level=2),
        Block(id="", kind=BlockKind.paragraph, text="Is it over 30 degrees?", flow_step=True),
        Block(id="", kind=BlockKind.paragraph, text="Goal 2", chip=True, head_chip=True),
        Block(id="", kind=BlockKind.list_item, text="Open the splash pads from nine in the morning", level=0, bullet="•"),
        Block(id="", kind=BlockKind.list_item, text="Hand out free water at the bus station", level=0, bullet="•"),
    ], "en")
    goal_no = {g.id: g.number for g in plan.goals}
    links = {m.text: [goal_no[g] for g in m.goal_ids] for m in plan.measures}
    assert links["Open the splash pads from nine in the morning"] == ["2"]
    assert not any("degrees" in t for t in links)


def test_the_tags_of_a_cell_are_one_value_each():
    from plancheck.layout.tables import split_tag_cells
    from plancheck.models import BBox, Cell

    def word(text: str, x0: float, top: float) -> tuple[Word, float, float]:
        w = Word(text, x0, top, x0 + 6 * len(text), top + 8, 8.0)
        return w, (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2

    cell = Cell(row=0, col=0, text="Parks Culture and Leisure", page=1, bbox=BBox(x0=0, top=0, x1=200, bottom=40))
    placed = [word("Parks", 4, 3), word("Culture", 4, 21), word("and", 50, 21), word("Leisure", 74, 21)]
    split_tag_cells([[cell]], placed, [(1, 1, 40, 14), (1, 19, 120, 32)])
    assert cell.text == "Parks; Culture and Leisure"
    # one tag over two lines stays one value; a word outside the tags leaves the cell as it is
    lone = Cell(row=0, col=0, text="Culture and Leisure", page=1, bbox=BBox(x0=0, top=0, x1=200, bottom=40))
    split_tag_cells([[lone]], placed[1:], [(1, 19, 120, 32), (150, 1, 190, 14)])
    assert lone.text == "Culture and Leisure"
    mixed = Cell(row=0, col=0, text="Parks Culture and Leisure", page=1, bbox=BBox(x0=0, top=0, x1=200, bottom=40))
    split_tag_cells([[mixed]], placed, [(1, 1, 40, 14), (1, 19, 60, 32)])
    assert mixed.text == "Parks Culture and Leisure"
