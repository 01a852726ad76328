"""Cards side by side drawn as boxes (rounded corners drawn as curves, or plain rectangles),
between heading bars: pdfplumber takes their straight stretches for the rules of one table, and
each card's text ran together into one cell. A row of boxed cells apart by a gutter is tiles,
each card read on its own (:func:`plancheck.layout.tiles.tile_row_pieces`) — hand-built pages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plancheck.layout.document import read_pages
from plancheck.layout.tables import TablePiece
from plancheck.layout.tiles import tile_row_pieces
from plancheck.models import BBox, Cell

CARD_LINES = ("OUTCOME", "Goal {k} for the district", "What this means", "A short reason for this goal.",
              "Our commitments", "We will do a first thing.", "We will do a second thing.")


def _card_page(path: Path, rounded: bool) -> None:
    """Two rows of two cards (236 × 150 pt, 9 pt apart; corners of radius 2.5 pt when
    ``rounded``), a full-width heading bar 6 pt above each row, a ruled table below."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica", 10)
    c.drawString(60, 800, "Council plan with outcome cards")
    for y in (718, 548, 368):
        c.rect(57, y, 481, 16, stroke=1, fill=0)
        c.drawString(62, y + 4, "Priority heading")
    for row, y in enumerate((562, 382)):
        for col, x in enumerate((57, 302)):
            if rounded:
                c.roundRect(x, y, 236, 150, 2.5, stroke=1, fill=0)
            else:
                c.rect(x, y, 236, 150, stroke=1, fill=0)
            for k, t in enumerate(CARD_LINES):
                c.drawString(x + 10, y + 130 - 16 * k, t.format(k=f"{row}{col}"))
    for k in range(4):
        c.line(57, 330 - 18 * k, 538, 330 - 18 * k)
    for x in (57, 400, 538):
        c.line(x, 330, x, 276)
    for k, (a, b) in enumerate((("Measure", "2027"), ("Population", "118,400"), ("Waste recycled", "47%"))):
        c.drawString(62, 317 - 18 * k, a)
        c.drawString(405, 317 - 18 * k, b)
    c.save()


def _texts(path: Path) -> tuple[list[str], list[str]]:
    """The page's lines and the texts of its table cells."""
    page = read_pages(path)[0]
    cells = [c.text for p in page.pieces for row in p.rows for c in row if c is not None]
    return [ln.text for ln in page.lines], cells


@pytest.mark.parametrize("rounded", [True, False])
def test_cards_between_heading_bars_are_read_each_on_its_own(tmp_path, rounded):
    pdf = tmp_path / "cards.pdf"
    _card_page(pdf, rounded)
    lines, cells = _texts(pdf)
    assert not any("OUTCOME" in c for c in cells)  # no card in a table cell
    assert lines.count("What this means") == 4 and lines.count("Our commitments") == 4
    assert any(c == "Population" for c in cells)  # the ruled table is still a table


_HTML = """<!doctype html><html><head><meta charset="utf-8"><style>
h2{background:#e8e8e8;border:1px solid #444;margin:0 0 4px 0;font-size:12pt}
body{font-family:sans-serif;font-size:11pt;margin:40px}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:8px;margin-bottom:20px}
.card{border:1px solid #888;border-radius:3px;padding:8px}
table{border-collapse:collapse;width:100%} td,th{border:1px solid #444;padding:3px}
</style></head><body><h1>Council plan</h1><h2>Priority 1</h2><div class="grid">
<div class="card"><div>OUTCOME</div><h3>Clean streets for every resident</h3><div>What this means</div>
<p>Litter is the top complaint in our survey.</p><div>Our commitments</div>
<ul><li>We will act against fly-tipping.</li><li>We will keep streets clean.</li></ul></div>
<div class="card"><div>OUTCOME</div><h3>Parks that everyone can enjoy</h3><div>What this means</div>
<p>Our parks are used by more people than ever.</p><div>Our commitments</div><ul><li>We will invest in play areas.</li></ul></div>
</div><h2>In numbers</h2>
<table><tr><th>Measure</th><th>2027</th></tr><tr><td>Population</td><td>118,400</td></tr></table>
</body></html>"""


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Chromium is not installed")
def test_border_radius_cards_printed_by_chromium_are_read_each_on_its_own(tmp_path):
    from corpora.synth.convert import chromium_to_pdf

    html, pdf = tmp_path / "cards.html", tmp_path / "cards.pdf"
    html.write_text(_HTML, encoding="utf-8")
    chromium_to_pdf([(html, pdf)])
    lines, cells = _texts(pdf)
    assert not any("OUTCOME" in c for c in cells)
    assert lines.count("What this means") == 2 and lines.count("Our commitments") == 2
    assert "Population" in cells


def _piece(boxes: list[tuple[float, float, float, float]], texts: list[str]) -> TablePiece:
    cells: list[Cell | None] = [Cell(row=0, col=k, text=t, bbox=BBox(x0=b[0], top=b[1], x1=b[2], bottom=b[3]))
                                for k, (b, t) in enumerate(zip(boxes, texts, strict=True))]
    bbox = (boxes[0][0], boxes[0][1], boxes[-1][2], boxes[-1][3])
    return TablePiece(page=1, bbox=bbox, col_x=[b[0] for b in boxes], rows=[cells])


def test_a_row_of_drawn_boxes_apart_by_a_gutter_is_tiles_and_touching_cells_a_table():
    cards = [(57, 100, 293, 250), (293, 100, 302, 250), (302, 100, 538, 250)]
    drawn = [(56, 99, 294, 251), (301, 99, 539, 251)]
    assert tile_row_pieces([_piece(cards, ["card one", "", "card two"])], drawn, 595)
    # the gutter holds text: a table of three columns
    assert not tile_row_pieces([_piece(cards, ["card one", "x", "card two"])], drawn, 595)
    # cells that touch, each drawn as its own box (a table's shaded cells): a table
    cells = [(57, 100, 297, 250), (297, 100, 538, 250)]
    assert not tile_row_pieces([_piece(cells, ["one", "two"])], [(57, 100, 297, 250), (297, 100, 538, 250)], 595)
    # no drawn box for the cells: a ruled table
    assert not tile_row_pieces([_piece(cards, ["card one", "", "card two"])], [], 595)
