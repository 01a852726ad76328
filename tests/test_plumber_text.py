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
