"""The pdfplumber character path reads a page's text as the pdfium path does where pdfminer
alone would not: a marked-content span's ``/ActualText`` and the character spacing after the
last glyph of each shown string (hand-written one-page PDFs; ``tests/test_plan_paths.py``
compares whole plans)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import handmade_pdf

from plancheck.layout.chars import pdfium_chars, plumber_chars
from plancheck.layout.document import read_pages
from plancheck.layout.plumber import open_plumber
from plancheck.layout.settings import LayoutSettings


def both_ways(tmp_path: Path, content: bytes) -> tuple[list, list]:
    import pypdfium2 as pdfium

    path = tmp_path / "page.pdf"
    path.write_bytes(handmade_pdf(content))
    doc = pdfium.PdfDocument(str(path))
    page = doc[0]
    width, height = page.get_size()
    textpage = page.get_textpage()
    a = pdfium_chars(textpage, width, height, page.get_rotation())
    textpage.close()
    page.close()
    doc.close()
    plumber = open_plumber(path)
    try:
        b = plumber_chars(plumber.pages[0])
    finally:
        plumber.close()
    return a, b


def lines_both_ways(tmp_path: Path, content: bytes) -> tuple[list[str], list[str]]:
    path = tmp_path / "page.pdf"
    path.write_bytes(handmade_pdf(content))
    return tuple(  # type: ignore[return-value]
        [ln.text for ln in read_pages(path, settings=LayoutSettings(char_source=source))[0].lines]
        for source in ("pdfium", "pdfplumber")
    )


def test_a_span_s_actual_text_replaces_the_glyph_it_marks(tmp_path: Path):
    # a capital written as the text of a span around a lower-case glyph (as a layout program
    # writes a small-caps or case-shifted glyph): pdfium reads the span's text
    content = b"BT /F1 12 Tf 72 700 Td /Span<</ActualText(K)>> BDC (k)Tj EMC (ilo metre)Tj ET"
    a, b = both_ways(tmp_path, content)
    assert "".join(c.text for c in a) == "Kilo metre"
    assert [c.text for c in b] == [c.text for c in a]
    assert all(abs(x.x0 - y.x0) < 0.01 for x, y in zip(a, b, strict=True))
    assert lines_both_ways(tmp_path, content) == (["Kilo metre"], ["Kilo metre"])


def test_a_longer_actual_text_shares_the_span_s_width_and_an_empty_one_replaces_nothing(tmp_path: Path):
    content = (
        b"BT /F1 12 Tf 72 700 Td /Span<</ActualText<FEFF00660066>>> BDC (X)Tj EMC (ort)Tj"
        b" /Span<</ActualText()>> BDC (s)Tj EMC ET"
    )
    a, b = both_ways(tmp_path, content)
    assert "".join(c.text for c in a) == "fforts"
    assert [c.text for c in b] == [c.text for c in a]
    first, second = b[0], b[1]
    assert first.x0 == pytest.approx(a[0].x0) and first.x1 == pytest.approx(second.x0)
    assert second.x1 == pytest.approx(b[2].x0, abs=0.01)  # the span's box, shared


def test_character_spacing_follows_the_last_glyph_of_each_string(tmp_path: Path):
    # a letter-spaced word shown one letter a string: each letter starts where pdfium (and
    # the PDF reference) put it, the spacing after the last glyph of a string included
    content = b"BT /F1 12 Tf 4 Tc 72 700 Td (W)Tj (o)Tj (r)Tj (d)Tj 60 0 Td (p)Tj [(a) -50 (ir)] TJ ET"
    a, b = both_ways(tmp_path, content)
    assert [c.text for c in b] == [c.text for c in a]
    assert [round(c.x0, 2) for c in b] == [round(c.x0, 2) for c in a]
    assert lines_both_ways(tmp_path, content)[1] == lines_both_ways(tmp_path, content)[0]


def test_a_space_shown_by_a_text_object_of_its_own_is_read_on_the_pdfium_path(tmp_path: Path):
    # a word processor's run of one space between "1." and "May", set closer than a word gap:
    # pdfium leaves the object out of its text page, pdfminer reads it
    content = (
        b"BT /F1 10 Tf 72 700 Td (1.) Tj ET BT /F1 10 Tf 80.3 700 Td ( ) Tj ET"
        b" BT /F1 10 Tf 80.6 700 Td (May 2014) Tj ET"
    )
    assert lines_both_ways(tmp_path, content) == (["1. May 2014"], ["1. May 2014"])


def test_a_word_drawn_twice_over_itself_gains_no_space(tmp_path: Path):
    # objects pdfium's text page leaves out that draw ink are not read as spaces
    content = b"BT /F1 10 Tf 72 700 Td (Fakebold) Tj ET BT /F1 10 Tf 72.3 700 Td (Fakebold) Tj ET"
    assert lines_both_ways(tmp_path, content)[0] == ["Fakebold"]


def _page_in_described_font(descriptor: bytes) -> bytes:
    """A one-page PDF showing a line in a Type 1 font named without a weight word
    ("Acme-700"), whose descriptor holds ``descriptor`` besides its metrics."""
    content = b"BT /F1 12 Tf 72 100 Td (Plain words) Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources << /Font << /F1 5 0 R >> >>"
        b" /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Acme-700 /FirstChar 32 /LastChar 126 /Widths ["
        + b"600 " * 95
        + b"] /FontDescriptor 6 0 R >>",
        b"<< /Type /FontDescriptor /FontName /Acme-700 /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0"
        b" /Ascent 900 /Descent -200 /CapHeight 700 " + descriptor + b" >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


@pytest.mark.parametrize(
    ("descriptor", "bold"),
    [
        (b"/StemV 80 /FontWeight 700", True),  # the weight given
        (b"/StemV 130", True),  # no weight: pdfium takes it from the stem width (650)
        (b"/StemV 130 /FontWeight 400", False),  # the weight given wins over the stem
        (b"/StemV 80", False),
    ],
)
def test_a_font_is_bold_by_its_descriptor_s_weight_on_both_paths(tmp_path: Path, descriptor: bytes, bold: bool):
    import pypdfium2 as pdfium

    path = tmp_path / "page.pdf"
    path.write_bytes(_page_in_described_font(descriptor))
    doc = pdfium.PdfDocument(str(path))
    textpage = doc[0].get_textpage()
    a = pdfium_chars(textpage, 300, 200)
    plumber = open_plumber(path)
    try:
        b = plumber_chars(plumber.pages[0])
    finally:
        plumber.close()
    assert {c.bold for c in a} == {bold}
    assert {c.bold for c in b} == {bold}


def test_a_space_in_a_label_set_vertically_is_kept_on_both_paths(tmp_path: Path):
    # a chart's axis title turned to read bottom-to-top, its space narrower than a word gap
    # (word spacing tightened): the space shown is a word break both ways
    content = b"BT /F1 10 Tf -1.2 Tw 0 1 -1 0 100 500 Tm (Cost per year) Tj ET"
    a, b = both_ways(tmp_path, content)
    assert [c.text for c in a] == ["Cost per year"]
    assert [c.text for c in b] == ["Cost per year"]


def test_a_quarter_turn_written_with_a_rounding_error_is_set_vertically_on_both_paths(tmp_path: Path):
    # a and d not quite 0: pdfminer calls the characters upright, pdfium reads them as turned
    content = b"BT /F1 10 Tf 0.0000001 1 -1 0.0000001 100 500 Tm (Tonnes per year) Tj ET"
    a, b = both_ways(tmp_path, content)
    assert [c.text for c in a] == ["Tonnes per year"]
    assert [c.text for c in b] == ["Tonnes per year"]
