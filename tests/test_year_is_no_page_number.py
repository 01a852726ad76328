"""A year at the end of a page's first line is no page number set apart from a running head.

A definition list whose last field a page break carried over opens the next page with
'Hvornår      2026': the wide gap and the number looked like a header's page number, and the
year, split off as furniture, was lost from its record (plancheck.layout.furniture.BARE_YEAR)."""

from __future__ import annotations

from plancheck.layout.furniture import mark_section_heads
from plancheck.layout.lines import Line, finish_line
from plancheck.layout.words import Word


def _page(n: int, label: str, value: str) -> list[Line]:
    words = [Word(text=label, x0=72, top=62, x1=110, bottom=72, size=10, bold=True),
             Word(text=value, x0=150, top=62, x1=172, bottom=72, size=10)]
    lines = [Line(page=n, words=words, x0=0, x1=0, top=62, bottom=72, size=0, bold=False),
             Line(page=n, words=[Word(text="Mål", x0=68, top=100, x1=90, bottom=114, size=14, bold=True),
                                 Word(text="4", x0=93, top=100, x1=100, bottom=114, size=14, bold=True)],
                  x0=0, x1=0, top=100, bottom=114, size=0, bold=True)]
    for ln in lines:
        finish_line(ln)
    return lines


def test_a_year_after_a_label_stays_on_its_line():
    pages = [_page(3, "Hvornår", "2026")]
    mark_section_heads(pages, [842.0])
    assert pages[0][0].text == "Hvornår 2026"
    assert not any(ln.kind == "furniture" for ln in pages[0])


def test_a_page_number_after_a_label_is_still_set_apart():
    pages = [_page(3, "Plan", "3")]
    mark_section_heads(pages, [842.0])
    assert pages[0][0].text == "Plan"
    assert any(ln.kind == "furniture" and ln.text == "3" for ln in pages[0])


def test_a_school_or_budget_year_after_a_label_stays_on_its_line():
    # 'page 2024 of 2025' is no page number: a year span ('Når   2024/2025') carried to the top
    for value in ("2024/2025", "2024/25"):
        pages = [_page(3, "Når", value)]
        mark_section_heads(pages, [842.0])
        assert pages[0][0].text == f"Når {value}"
        assert not any(ln.kind == "furniture" for ln in pages[0])


def test_a_page_of_pages_after_a_label_is_still_set_apart():
    pages = [_page(3, "Plan", "3/8")]
    mark_section_heads(pages, [842.0])
    assert pages[0][0].text == "Plan"
    assert any(ln.kind == "furniture" and ln.text == "3/8" for ln in pages[0])
