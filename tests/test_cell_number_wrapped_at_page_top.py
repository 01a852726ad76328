"""A figure alone in a page's top band ("2024/2025") reads like a page number ("2024 of
2025"); under a row of a borderless table at the top of the page, right-aligned with the
row's last cell ("Skoleåret") at the leading, it is that cell's wrapped rest — under a running
header repeated on every page it is still the page number — hand-built lines."""

from __future__ import annotations

from test_layout_support import line_words

from plancheck.layout.furniture import mark_furniture
from plancheck.layout.lines import words_to_lines


def _page(p: int, rows: list[tuple[str, float, float]]) -> list:
    out = []
    for text, x, top in rows:
        out += words_to_lines(line_words(text, x, top, 9), p)
    return out


def _right(text: str, x1: float, top: float) -> tuple[str, float, float]:
    """A line of ``text`` ending at ``x1`` (line_words sets 9 pt words at about 0.5 em a letter)."""
    words = line_words(text, 0, top, 9)
    return text, x1 - words[-1].x1, top


def _pages(second_top: list[tuple[str, float, float]]) -> list[list]:
    header = ("Solvik kommune · Handlingsdel 2024–2027", 62, 22)
    pages = [_page(1, [header, ("Tiltak og ansvar for planperioden", 62, 300)])]
    pages.append(_page(2, [header, *second_top, ("Utvide tilbudet om sommerjobb for ungdom", 85, 300)]))
    pages.append(_page(3, [header, ("Side tre av planen med tekst", 62, 300)]))
    return pages


def test_a_figure_right_aligned_under_a_rows_last_cell_is_the_cells_rest():
    row = "Sikre trafikksikre skoleveier rundt alle NAV Skoleåret"
    words = line_words(row, 85, 54, 9)
    pages = _pages([(row, 85, 54), _right("2024/2025", words[-1].x1, 67)])
    rest = next(ln for ln in pages[1] if ln.text == "2024/2025")
    mark_furniture(pages, [842.0] * 3)
    assert rest.kind != "furniture"


def test_a_figure_under_a_running_header_is_still_the_page_number():
    header = "Solvik kommune · Handlingsdel 2024–2027"
    words = line_words(header, 62, 22, 9)
    pages = _pages([_right("2/3", words[-1].x1, 35)])
    number = next(ln for ln in pages[1] if ln.text == "2/3")
    mark_furniture(pages, [842.0] * 3)
    assert number.kind == "furniture"
