"""Text set at an angle read alike by the pypdfium2 path and the pdfplumber path.

A chart's axis title turned on its side, a table's column heads slanted at 60°, a label set
vertically in two text objects: each is one label (``Char.turned``) on both character paths,
with the same text, size and box, and it shares a line only with other such labels (the
word and line stages group along horizontal lines). Each PDF is drawn by hand with
reportlab; every test fails on main before session 21.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from plancheck.layout.chars import Char, pdfium_chars, plumber_chars
from plancheck.layout.document import read_pages
from plancheck.layout.lines import Line, finish_line
from plancheck.layout.settings import LayoutSettings
from plancheck.layout.words import Word

BODY = [
    "Warmer summers will raise the demand for cooling",
    "in the public buildings the council runs, and the",
    "number of days above thirty degrees is expected",
    "to double before the middle of the century.",
]


def chars_both_ways(path: Path) -> tuple[list[Char], list[Char]]:
    import pdfplumber
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(str(path))[0]
    ours = pdfium_chars(page.get_textpage(), page.get_width(), page.get_height())
    with pdfplumber.open(path) as pdf:
        theirs = plumber_chars(pdf.pages[0])
    return ours, theirs


def labels(chars: list[Char]) -> list[Char]:
    return [c for c in chars if c.turned]


def lines_of(path: Path, source: str) -> list[str]:
    page = read_pages(path, settings=LayoutSettings(char_source=source))[0]
    return [ln.text for ln in sorted(page.lines, key=lambda ln: (ln.region, ln.top, ln.x0))]


def _axis_title_pdf(path: Path, title: str = "Mean daily maximum (F)  ") -> Path:
    """Four lines of body text at 10 pt, and left of them a chart's axis title at 10 pt
    turned to read upwards, drawn with two trailing spaces, its middle level with the body."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(420, 300))
    c.setFont("Helvetica", 10)
    for k, text in enumerate(BODY):
        c.drawString(90, 200 - 14 * k, text)
    c.saveState()
    c.translate(60, 120)
    c.rotate(90)
    c.drawString(0, 0, title)
    c.restoreState()
    c.save()
    return path


def test_a_turned_axis_title_keeps_apart_from_the_body_lines_beside_it(tmp_path: Path):
    """pdfium gives the turned title the font's size, pdfminer (its matrix without the font
    size) a size of 1: the title's middle stood level with a body line of its size on the
    pdfium path only, and the two read as one line there."""
    path = _axis_title_pdf(tmp_path / "axis.pdf")
    pdfium = lines_of(path, "pdfium")
    assert pdfium == lines_of(path, "pdfplumber")
    assert "Mean daily maximum (F)" in pdfium
    assert all(text in pdfium for text in BODY)


def test_a_turned_label_has_the_fonts_size_and_its_letters_box_on_both_paths(tmp_path: Path):
    """pdfminer reads a string's trailing spaces, pdfium's text page leaves them out: the
    label's box reached over the spaces on one path, and sorted it among other lines there."""
    ours, theirs = chars_both_ways(_axis_title_pdf(tmp_path / "axis.pdf"))
    (a,), (b,) = labels(ours), labels(theirs)
    assert a.text == b.text == "Mean daily maximum (F)"
    assert abs(a.size - 10) < 0.01 and abs(b.size - 10) < 0.01
    # along the text (down the page) its letters' ends; across it each source's font metrics
    # (pdfium the font's ascent, pdfminer one size above the descent), as for upright glyphs
    for side, slack in (("top", 0.5), ("bottom", 0.5), ("x0", 2.0), ("x1", 2.0)):
        assert abs(getattr(a, side) - getattr(b, side)) < slack, side


HEADS = ["Lead partner", "Status 2025", "Funding source"]


def _slanted_heads_pdf(path: Path, angle: float = 60.0) -> Path:
    """A row of column heads set at ``angle`` degrees (each a string of its own, the way a
    spreadsheet exports them), above a line of body text."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(420, 300))
    c.setFont("Helvetica", 9)
    for k, head in enumerate(HEADS):
        c.saveState()
        c.translate(100 + 60 * k, 150)
        c.rotate(angle)
        c.drawString(0, 0, head)
        c.restoreState()
    c.setFont("Helvetica", 10)
    c.drawString(60, 120, "The heads above name the columns of the table below.")
    c.save()
    return path


@pytest.mark.parametrize("angle", [60.0, 30.0, -45.0])
def test_slanted_column_heads_are_one_label_each_on_both_paths(tmp_path: Path, angle: float):
    """pdfium joined a text object's characters into one label (with its first letter's box);
    pdfminer calls a glyph turned by less than a quarter upright, and the heads' letters were
    scattered over the lines around them. Both paths join the characters by origin and
    advance, and the label covers its letters."""
    ours, theirs = chars_both_ways(_slanted_heads_pdf(tmp_path / "heads.pdf", angle))
    assert [c.text for c in labels(ours)] == [c.text for c in labels(theirs)] == HEADS
    for a, b in zip(labels(ours), labels(theirs), strict=True):
        assert abs(a.size - 9) < 0.01 and abs(b.size - 9) < 0.01
        for side in ("x0", "top", "x1", "bottom"):
            assert abs(getattr(a, side) - getattr(b, side)) < 0.5, (a.text, side)
        # the box spans the head along its direction, not its first letter only
        length = (a.x1 - a.x0) if abs(math.cos(math.radians(angle))) > 0.5 else (a.bottom - a.top)
        assert length > 3 * a.size
    assert not any(len(c.text) == 1 and c.text.isalpha() and c.top < 150 for c in theirs)


def test_slanted_heads_share_a_line_with_each_other_only(tmp_path: Path):
    path = _slanted_heads_pdf(tmp_path / "heads.pdf")
    pdfium = lines_of(path, "pdfium")
    assert pdfium == lines_of(path, "pdfplumber")
    assert "The heads above name the columns of the table below." in pdfium
    assert any(all(head in text for head in HEADS) for text in pdfium)


def test_a_space_ending_one_text_object_of_a_turned_label(tmp_path: Path):
    """A label set vertically in two text objects, the first ending in a drawn space ('Waste ',
    'Systems'): pdfium leaves that space out of its text page and guesses one off the text's
    column, and the words ran together on the pdfium path only."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "two-objects.pdf"
    c = canvas.Canvas(str(path), pagesize=(300, 300))
    c.setFont("Helvetica-Bold", 12)  # the font resource /F1
    c._code.append("BT /F1 12 Tf 0 1 -1 0 100 60 Tm (Waste ) Tj ET")
    c._code.append("BT /F1 12 Tf 0 1 -1 0 100 98.66 Tm (Systems) Tj ET")
    c.save()
    ours, theirs = chars_both_ways(path)
    assert [c.text for c in labels(ours)] == [c.text for c in labels(theirs)] == ["Waste Systems"]


def test_a_line_box_is_rounded_so_that_both_sources_meet_a_tolerance_alike():
    """pdfium measures in single precision: a line ending at 635.0199944 on one path ended at
    635.02 on the other, and a paragraph gap of exactly 0.75 line heights was over the
    tolerance on one path only."""
    one = Line(1, [Word("Construction", 72.0240021, 623.9800018, 129.64, 635.0199944, 11.04)], 0, 0, 623.9800018, 635.0199944, 11.04, False)
    other = Line(1, [Word("Construction", 72.024, 623.98, 129.64, 635.02, 11.04)], 0, 0, 623.98, 635.02, 11.04, False)
    finish_line(one)
    finish_line(other)
    assert (one.x0, one.top, one.x1, one.bottom) == (other.x0, other.top, other.x1, other.bottom)
