"""Session 42: the footers of slides printed several to a page (handouts). Invented wordings."""

from __future__ import annotations

from test_layout_support import line_words

from plancheck.layout.furniture import mark_furniture, mark_slide_footers
from plancheck.layout.lines import words_to_lines


def _page(page: int, first_slide: int, footer: str = "Fjordvik kommune · Helse") -> list:
    words = []
    for k in range(3):
        top = 80 + k * 240
        words += line_words(f"Mål {first_slide + k}: Flere skal gå til skolen", 70, top)
        words += line_words("Tiltak: gangvei langs fjorden", 70, top + 20)
        words += line_words(f"{footer} {first_slide + k}", 70, top + 180, size=8)
    return words_to_lines(words, page)


def test_slide_footers_repeated_on_each_page_are_furniture() -> None:
    pages = [_page(1, 1), _page(2, 4)]
    mark_furniture(pages, [842.0, 842.0])
    kinds = {ln.text: ln.kind for p in pages for ln in p}
    assert kinds["Fjordvik kommune · Helse 2"] == "furniture"
    assert kinds["Fjordvik kommune · Helse 5"] == "furniture"
    assert kinds["Mål 2: Flere skal gå til skolen"] == ""
    assert kinds["Tiltak: gangvei langs fjorden"] == ""


def test_one_page_of_numbered_lines_is_no_deck() -> None:
    page = _page(1, 1)
    mark_slide_footers([page])
    assert all(ln.kind == "" for ln in page)


def test_numbered_labels_at_other_heights_on_each_page_are_text() -> None:
    pages = []
    for page, shift in ((1, 0), (2, 37)):
        words = []
        for k in range(3):
            words += line_words(f"Mål {page} › Tiltak {page}.{k + 1}", 70, 90 + k * 150 + shift * k)
            words += line_words("Bygge gangvei langs fjorden", 70, 110 + k * 150 + shift * k)
        pages.append(words_to_lines(words, page))
    mark_slide_footers(pages)
    assert all(ln.kind == "" for p in pages for ln in p)
