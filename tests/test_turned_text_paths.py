"""Text set at an angle read alike by the pypdfium2 path and the pdfplumber path.

A chart's axis title turned on its side, a table's column heads slanted at 60°, a label set
vertically in two text objects: each is one label (``Char.turned``) on both character paths,
with the same text, size and box, and it shares a line only with other such labels (the
word and line stages group along horizontal lines). Each PDF is drawn by hand with
reportlab; every test fails on main before session 21.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plancheck.layout.chars import Char, pdfium_chars, plumber_chars
from plancheck.layout.document import read_pages
from plancheck.layout.lines import Line, finish_line
from plancheck.layout.settings import LayoutSettings
from plancheck.layout.words import Word
from tests.conftest import pdf_of_objects

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


def _axis_title_pdf(path: Path, title: str = "Days over 30 C (count)  ") -> Path:
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
    assert "Days over 30 C (count)" in pdfium
    assert all(text in pdfium for text in BODY)


def test_a_turned_label_has_the_fonts_size_and_its_letters_box_on_both_paths(tmp_path: Path):
    """pdfminer reads a string's trailing spaces, pdfium's text page leaves them out: the
    label's box reached over the spaces on one path, and sorted it among other lines there."""
    ours, theirs = chars_both_ways(_axis_title_pdf(tmp_path / "axis.pdf"))
    (a,), (b,) = labels(ours), labels(theirs)
    assert a.text == b.text == "Days over 30 C (count)"
    assert abs(a.size - 10) < 0.01 and abs(b.size - 10) < 0.01
    # along the text (down the page) its letters' ends; across it each source's font metrics
    # (pdfium the font's ascent, pdfminer one size above the descent), as for upright glyphs
    for side, slack in (("top", 0.5), ("bottom", 0.5), ("x0", 2.0), ("x1", 2.0)):
        assert abs(getattr(a, side) - getattr(b, side)) < slack, side


HEADS = ["Owner unit", "Due year", "Budget line"]


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
    for k, (a, b) in enumerate(zip(labels(ours), labels(theirs), strict=True)):
        assert abs(a.size - 9) < 0.01 and abs(b.size - 9) < 0.01
        for side in ("x0", "top", "x1", "bottom"):
            assert abs(getattr(a, side) - getattr(b, side)) < 0.5, (a.text, side)
        # placed where it starts (in the cell under it): its first letter's box, at its origin
        x, y = 100 + 60 * k, 300 - 150
        assert a.x0 - 0.5 <= x <= a.x1 + 0.5 and a.top - 0.5 <= y <= a.bottom + 0.5
        assert a.x1 - a.x0 < 2 * a.size and a.bottom - a.top < 2 * a.size
    assert not any(len(c.text) == 1 and c.text.isalpha() and c.top < 150 for c in theirs)


def test_slanted_heads_share_a_line_with_each_other_only(tmp_path: Path):
    path = _slanted_heads_pdf(tmp_path / "heads.pdf")
    pdfium = lines_of(path, "pdfium")
    assert pdfium == lines_of(path, "pdfplumber")
    assert "The heads above name the columns of the table below." in pdfium
    assert any(all(head in text for head in HEADS) for text in pdfium)


def test_a_space_ending_one_text_object_of_a_turned_label(tmp_path: Path):
    """A label set vertically in two text objects, the first ending in a drawn space ('Water ',
    'Supply'): pdfium leaves that space out of its text page and guesses one off the text's
    column, and the words ran together on the pdfium path only."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "two-objects.pdf"
    c = canvas.Canvas(str(path), pagesize=(300, 300))
    c.setFont("Helvetica-Bold", 12)  # the font resource /F1
    c._code.append("BT /F1 12 Tf 0 1 -1 0 100 60 Tm (Water ) Tj ET")
    c._code.append("BT /F1 12 Tf 0 1 -1 0 100 96.67 Tm (Supply) Tj ET")
    c.save()
    ours, theirs = chars_both_ways(path)
    assert [c.text for c in labels(ours)] == [c.text for c in labels(theirs)] == ["Water Supply"]


def test_a_paragraph_gap_meeting_the_limit_is_read_alike_on_both_paths():
    """pdfium measures in single precision: a line ending at 635.0199944 on one path ended at
    635.02 on the other, and a gap of exactly 0.75 line heights to the next line was over the
    paragraph-gap limit on one path only. A gap within ``measure_precision`` of the limit
    meets it and, as an exact one does, keeps the lines one paragraph on both paths."""
    from plancheck.layout.blocks import build_blocks
    from plancheck.layout.settings import DEFAULT

    def blocks(drift: float) -> list[str]:
        out = []
        for text, top in (("Notes on the harbour plan come first.", 600.0), ("Then the notes on the quay.", 0.0)):
            top = top or 611.04 + DEFAULT.block_gap_ratio * 11.04 + drift
            line = Line(1, [Word(w, 72.0 + 40 * n, top, 72.0 + 40 * n + 35, top + 11.04, 11.04) for n, w in enumerate(text.split())], 0, 0, top, top + 11.04, 11.04, False)
            finish_line(line)
            out.append(line)
        return [b.text for b in build_blocks([out], [])]

    assert blocks(-2e-6) == blocks(0.0) == blocks(2e-6)
    assert len(blocks(0.0)) == 1


# --------------------------------------------------------------------------- glyphs, gaps


def _one_font_pdf(font: bytes, content: bytes, cmap: bytes = b"") -> bytes:
    """A 400 × 200 page drawing ``content`` with the font dictionary ``font`` as /F1 (and
    ``cmap`` as object 6, for its ToUnicode map)."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        font,
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
    ]
    if cmap:
        objs.append(b"<< /Length " + str(len(cmap)).encode() + b" >>\nstream\n" + cmap + b"\nendstream")
    return pdf_of_objects(objs)


def test_a_ligature_named_by_its_letters_reads_as_its_letters_on_both_paths(tmp_path: Path):
    """A font's encoding names the glyph of code 130 'f_f_i' (the Adobe glyph list's way of
    naming a ligature by its letters) and has no ToUnicode map: pdfium maps only names of the
    list and read "(cid:130)" in the middle of the word, pdfminer reads "ffi"."""
    font = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding "
        b"/BaseEncoding /WinAnsiEncoding /Differences [130 /f_f_i] >> >>"
    )
    path = tmp_path / "ligature.pdf"
    path.write_bytes(_one_font_pdf(font, b"BT /F1 12 Tf 20 100 Td (The e\\202ciency of public buildings) Tj ET"))
    assert lines_of(path, "pdfium") == lines_of(path, "pdfplumber") == ["The efficiency of public buildings"]


def test_an_unmapped_glyph_of_a_line_break_code_is_read_on_both_paths(tmp_path: Path):
    """A glyph of code 10 with no Unicode value (a subset font's own codes): pdfium reports
    its code, 10, as it reports the line breaks it guesses, and the glyph was skipped on the
    pdfium path alone."""
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding /Differences [9 /g9 /g10 /g11] >> >>"
    path = tmp_path / "codes.pdf"
    path.write_bytes(_one_font_pdf(font, b"BT /F1 12 Tf 20 100 Td (\\011\\012\\013) Tj ET"))
    pdfium = lines_of(path, "pdfium")
    assert pdfium == lines_of(path, "pdfplumber")
    assert "(cid:10)" in pdfium[0]


def test_a_gap_meeting_the_word_gap_limit_parts_the_words_on_both_paths():
    """In text set tight the word-gap limit is a fraction of the size; a gap equal to it fell
    over it on the pdfium path (single precision: 0.5790766 against 0.57907) and under it on
    the other. A gap within ``measure_precision`` of the limit meets it, and parts the words."""
    from plancheck.layout.words import split_words

    def line(gap: float) -> list[Char]:
        out, x = [], 10.0
        for k, letter in enumerate("Harbour–Road and more text set tight"):
            width = 0.0 if letter == " " else 3.0
            out.append(Char(letter, x, 0.0, x + width, 5.79, 5.79, "Sans"))
            x += width + (gap if k == 7 else 0.0)
        return out

    from plancheck.layout.settings import DEFAULT

    limit = DEFAULT.tight_word_gap_ratio * 5.79  # the limit of a run set tight, at 5.79 pt
    below, exact, above = (split_words(line(limit + d)) for d in (-7e-6, 0.0, 7e-6))
    assert [w.text for w in below] == [w.text for w in exact] == [w.text for w in above]
    assert [w.text for w in exact][:2] == ["Harbour–", "Road"]


def test_a_words_middle_at_the_edge_of_a_lines_band_is_inside_it_on_both_paths():
    """Two columns whose lines stand half a line apart: a line of the right column whose
    middle meets the band of a left column's line (its bottom and the slack) to a millionth
    of a point joined it on one character path and not the other. At the edge within
    ``measure_precision`` is inside, as exactly at it is (a cell centred between a wrapped
    cell's lines stands there)."""
    from plancheck.layout.lines import words_to_lines
    from plancheck.layout.settings import DEFAULT

    def lines(shift: float) -> list[str]:
        left = Word("harbour", 50.0, 600.0, 90.0, 610.0, 10.0)
        edge = 610.0 + DEFAULT.line_overlap_slack + shift  # the right word's middle
        right = Word("quayside", 300.0, edge - 5.0, 350.0, edge + 5.0, 10.0)
        return [ln.text for ln in words_to_lines([left, right], 1)]

    assert lines(-2e-6) == lines(0.0) == lines(2e-6) == ["harbour quayside"]


def test_letters_outside_the_basic_plane_are_read_on_both_paths(tmp_path: Path):
    """Mathematical italic letters (U+1D454 …, a font's ToUnicode map gives each as a UTF-16
    pair) in a formula: pdfium gives each letter as two UTF-16 halves, which the pdfium path
    dropped as surrogates ("(120 ) × 3"); pdfminer reads the letters."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Math-UCS def "
        b"/CMapType 2 def 1 begincodespacerange <00> <FF> endcodespacerange "
        b"3 beginbfchar <61> <D835DC4E> <67> <D835DC54> <6C> <D835DC59> endbfchar "
        b"2 beginbfrange <20> <5F> <0020> <7B> <7E> <007B> endbfrange "
        b"endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"
    data = _one_font_pdf(font, b"BT /F1 11 Tf 20 100 Td ((120 gal) x 3 = 360) Tj ET", cmap)
    path = tmp_path / "formula.pdf"
    path.write_bytes(data)
    assert lines_of(path, "pdfium") == lines_of(path, "pdfplumber") == ["(120 \U0001d454\U0001d44e\U0001d459) x 3 = 360"]


def test_text_set_oblique_by_a_skewed_matrix_is_horizontal_on_both_paths(tmp_path: Path):
    """A stamp set oblique by a skewed text matrix (a synthetic italic: the glyphs' upright
    strokes lean, the baseline is level): pdfium's character angle is that of the upright
    stroke, and the pdfium path read the stamp as text turned by 0.32 rad, one label a size
    larger than the other path's. Both tell the text's direction by the matrix."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "oblique.pdf"
    c = canvas.Canvas(str(path), pagesize=(400, 200))
    c.setFont("Helvetica-Bold", 20)  # the font resource /F1
    c._code.append("BT /F1 20 Tf 1 0 0.333 1 200 150 Tm (PROPOSAL) Tj ET")
    c.setFont("Helvetica", 10)
    c.drawString(20, 100, "The council decides the plan in its spring meeting.")
    c.save()
    ours, theirs = chars_both_ways(path)
    assert not labels(ours) and not labels(theirs)
    stamp = [ch for ch in ours if ch.size > 15]
    assert "".join(ch.text for ch in stamp) == "PROPOSAL" and all(abs(ch.size - 20) < 0.01 for ch in stamp)
    assert lines_of(path, "pdfium") == lines_of(path, "pdfplumber")
