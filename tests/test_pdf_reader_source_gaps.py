"""What the PDF reader read differently from the Word/Writer source of the same plan
(``bench/source_vs_pdf.py``): each test draws a small PDF with reportlab showing one of those
layouts and checks the reader reads it as the source says. The texts are invented."""

from __future__ import annotations

from pathlib import Path

from plancheck.layout.document import assemble, read_pages


def _layout(path: Path):
    return assemble(read_pages(path))


def _grid(c, xs: list[float], ys: list[float]) -> None:
    """A ruled grid: vertical rules at ``xs``, horizontal ones at ``ys`` (reportlab y, from the foot)."""
    for x in xs:
        c.line(x, ys[0], x, ys[-1])
    for y in ys:
        c.line(xs[0], y, xs[-1], y)


def test_a_note_number_glued_to_a_word_in_a_ruled_cell_is_no_part_of_the_word(tmp_path: Path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "note.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica", 10)
    c.drawString(60, 800, "Tiltak i planperioden")
    xs, ys = [60, 300, 450], [700, 730, 760]
    _grid(c, xs, ys)
    c.drawString(65, 745, "Tiltak")
    c.drawString(305, 745, "Frist")
    text = "Kjøpe inn en ny brannbil"
    c.drawString(65, 715, text)
    end = 65 + c.stringWidth(text, "Helvetica", 10)
    c.setFont("Helvetica", 6)
    c.drawString(end + 0.2, 719, "2")  # small, raised, glued to the word
    c.setFont("Helvetica", 10)
    c.drawString(305, 715, "2027")
    c.drawString(60, 660, "Mer tekst her om planen og tiltakene i den.")
    c.setFont("Helvetica", 7)
    c.drawString(60, 60, "2 Brannbilen deles med nabokommunen.")
    c.save()
    layout = _layout(path)
    cells = [cell.text for _piece, table in layout.tables for row in table.rows for cell in row if cell]
    assert "Kjøpe inn en ny brannbil" in cells, cells
