"""Session 50 (s50fixb): a year wheel drawn as a RING of segments, its entries outside the ring
joined by leader lines, read stage by stage on hand-built inputs with invented wording:

- layout (layout/wheels.py): the ring is found from its shapes' boxes; each entry joined to a
  segment by a leader line is one box of a one-column table, the segment's label on its first
  line; the hub's text is a box too; an entry set wholly in italic (a meeting, a holiday) is none
- lexicon: 'Heile året' / 'All year round' is a continuous time
- extraction (extract/calendargrid.py): a line of codes and a name under a calendar box's item
  ('G1, G2 · Parks Team') gives its goal codes and owner; a box titled by an all-year word holds
  items due continuously; a code line alone ('G2') is the item's bracket in such a grid
- extraction (extract/tables.py): a calendar of no one year in a plan of several years recurs:
  its months are recurring deadlines
"""

from __future__ import annotations

import io
import math

import pytest

from plancheck.layout.settings import DEFAULT
from plancheck.models import Cell, Table

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
_ENTRIES = {  # month index → (bold lines, field line, italic note)
    0: (["Tree planting day with the", "primary schools"], "G1, G2 · Parks Team", None),
    3: (["Bird box workshop"], "G1 · Nature Centre", "Council budget meeting"),
    6: (["Pond clean-up"], None, None),  # an italic note alone: no entry
    8: (["Bulb planting in the", "housing estates"], "G2", None),
}


def _wheel_pdf() -> bytes:
    from reportlab.lib.colors import Color, white
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    w, h = A4
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, h - 70, "Green Parks Action Plan 2031–2034")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, h - 110, "Goals")
    c.setFont("Helvetica", 10)
    c.drawString(60, h - 130, "G1  More residents should use the parks every week")
    c.drawString(60, h - 146, "G2  Every neighbourhood should have a green space within 300 metres")
    c.showPage()
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, h - 70, "The year in the parks")
    cx, cy, r, hole = w / 2, h - 330, 100.0, 58.0
    for k in range(len(_MONTHS)):
        c.setFillColor(Color(0.7, 0.85, 0.8) if k % 2 else Color(0.82, 0.9, 0.87))
        c.setStrokeColor(white)
        # clockwise from the top: reportlab's angles run counter-clockwise from the right
        start = 90 - 30 * (k + 1)
        c.wedge(cx - r, cy - r, cx + r, cy + r, start, 30, stroke=1, fill=1)
    c.setFillColor(white)
    c.circle(cx, cy, hole, stroke=0, fill=1)
    c.setFillColor(Color(0.1, 0.3, 0.25))
    c.setFont("Helvetica-Bold", 7.5)
    for k, name in enumerate(_MONTHS):
        a = math.radians(90 - 30 * k - 15)
        c.drawCentredString(cx + 79 * math.cos(a), cy + 79 * math.sin(a) - 3, name)
    c.setFont("Helvetica-Bold", 8)
    c.drawCentredString(cx, cy + 14, "All year round")
    c.setFont("Helvetica", 8)
    c.drawCentredString(cx, cy + 2, "Litter picking with")
    c.drawCentredString(cx, cy - 8, "volunteers")
    c.drawCentredString(cx, cy - 18, "G2 · Street Care")
    c.setStrokeColor(Color(0.4, 0.6, 0.5))
    for k, (bold, fields, note) in _ENTRIES.items():
        a = math.radians(90 - 30 * k - 15)
        x0, y0 = cx + r * math.cos(a), cy + r * math.sin(a)
        x1, y1 = cx + 150 * math.cos(a), cy + 150 * math.sin(a)
        c.line(x0, y0, x1, y1)
        right = x1 >= cx
        tx = x1 + 4 if right else x1 - 4
        y = y1 - 3

        def put(text: str, font: str, y: float = 0.0, tx: float = tx, right: bool = right) -> None:
            c.setFont(font, 8.5)
            (c.drawString if right else c.drawRightString)(tx, y, text)

        if k == 6:  # a holiday: its note alone, in grey italic
            c.setFillColor(Color(0.5, 0.5, 0.5))
            put("Summer holiday", "Helvetica-Oblique", y)
            c.setFillColor(Color(0.1, 0.1, 0.1))
            continue
        c.setFillColor(Color(0.1, 0.1, 0.1))
        for line in bold:
            put(line, "Helvetica-Bold", y)
            y -= 10.5
        if fields:
            put(fields, "Helvetica", y)
            y -= 10.5
        if note:
            c.setFillColor(Color(0.5, 0.5, 0.5))
            put(note, "Helvetica-Oblique", y)
            c.setFillColor(Color(0.1, 0.1, 0.1))
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture(scope="module")
def wheel_pdf(tmp_path_factory) -> str:
    pytest.importorskip("reportlab")
    path = tmp_path_factory.mktemp("wheel") / "wheel.pdf"
    path.write_bytes(_wheel_pdf())
    return str(path)


# --------------------------------------------------------------------------- layout


def test_a_ring_of_segments_is_found_from_the_boxes_of_its_shapes():
    from plancheck.layout.wheels import find_rings

    cx, cy, r = 300.0, 300.0, 100.0
    boxes = []
    for k in range(12):  # pie slices: each box reaches from the centre to the circle
        a0, a1 = math.radians(30 * k), math.radians(30 * (k + 1))
        xs = [cx, cx + r * math.sin(a0), cx + r * math.sin(a1)]
        ys = [cy, cy - r * math.cos(a0), cy - r * math.cos(a1)]
        for q in range(4):  # the circle's extremes inside the slice
            if 30 * k < 90 * q < 30 * (k + 1):
                xs.append(cx + r * math.sin(math.radians(90 * q)))
                ys.append(cy - r * math.cos(math.radians(90 * q)))
        boxes.append((min(xs), min(ys), max(xs), max(ys)))
    boxes.append((cx - 60, cy - 60, cx + 60, cy + 60))  # the disc over the hole
    rings = find_rings(boxes, DEFAULT)
    assert len(rings) == 1
    (x, y), hole, outer = rings[0]
    assert abs(x - cx) < 1 and abs(y - cy) < 1 and abs(outer - r) < 2 and abs(hole - 60) < 1
    # a table's cells (sharing only their edges) are no ring
    cells = [(50 + 60 * i, 50 + 20 * j, 110 + 60 * i, 70 + 20 * j) for i in range(4) for j in range(6)]
    assert find_rings(cells, DEFAULT) == []


def test_the_entries_round_a_drawn_ring_are_read_as_boxes_of_their_segments(wheel_pdf):
    from plancheck.layout.document import read_pages

    pages = read_pages(wheel_pdf)
    tables = [p for p in pages[1].pieces]
    assert len(tables) == 1
    texts = [c.text for row in tables[0].rows for c in row if c is not None]
    assert texts == [
        "January\nTree planting day with the primary schools\nG1, G2 · Parks Team",
        "April\nBird box workshop\nG1 · Nature Centre",
        "September\nBulb planting in the housing estates\nG2",
        "All year round\nLitter picking with volunteers\nG2 · Street Care",
    ]


# --------------------------------------------------------------------------- lexicon


def test_all_year_is_a_continuous_time():
    from plancheck.lang.deadlines import parse_deadline

    assert parse_deadline("Heile året", lang="nn").kind == "continuous"
    assert parse_deadline("All year round", lang="en").kind == "continuous"
    assert parse_deadline("Hela året", lang="sv").kind == "continuous"


# --------------------------------------------------------------------------- extraction


def test_a_calendar_box_reads_a_line_of_codes_and_a_name_under_its_item():
    from plancheck.extract.calendargrid import calendar_table

    boxes = ["Mars\nOpen day at the fire station\nG1, G3 · Fire Prevention",
             "Juni\nSwimming course for refugees\nG2",
             "Oktober\nSmoke alarm campaign\nG1 · Communications",
             "Heile året\nHome visits to elderly residents\nG1 · Home Care"]
    table = Table(header=[boxes[0]], rows=[[Cell(row=k, col=0, text=t)] for k, t in enumerate(boxes[1:])])
    grid = calendar_table(table, 1)
    assert grid is not None
    rows = [[c.text for c in row] for row in grid.rows]
    assert rows == [
        ["Fire Prevention", "Open day at the fire station", "Mars", "G1, G3"],
        ["", "Swimming course for refugees", "Juni", "G2"],
        ["Communications", "Smoke alarm campaign", "Oktober", "G1"],
        ["Home Care", "Home visits to elderly residents", "Heile året", "G1"],
    ]


def test_a_drawn_year_wheel_gives_measures_due_every_year_in_their_month(wheel_pdf):
    from plancheck import extract

    plan = extract(wheel_pdf, lang="en")
    got = {m.text: (m.deadline.text if m.deadline else None, str(getattr(m.deadline.kind, 'value', m.deadline.kind)) if m.deadline else None,
                    [o.text for o in m.owners]) for m in plan.measures}
    assert got == {
        "Tree planting day with the primary schools": ("January", "recurring", ["Parks Team"]),
        "Bird box workshop": ("April", "recurring", ["Nature Centre"]),
        "Bulb planting in the housing estates": ("September", "recurring", []),
        "Litter picking with volunteers": ("All year round", "continuous", ["Street Care"]),
    }
    assert not any("Summer holiday" in m.text or "budget" in m.text for m in plan.measures)
