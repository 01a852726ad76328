"""A definition list whose last record stands alone on a page is no side-heading layout.

A field list ('Kva' / 'Kven' / 'Når' in a column of their own, each value beside its label) is
set in from the left edge on its pages, under headings that stand further left. A page holding
nothing but its last record has the labels at its left edge: read as side headings (margins.py),
the labels became headings of their own and the record was lost (margin_inset_ratio)."""

from __future__ import annotations

from dataclasses import replace

from test_layout_support import line_words

from plancheck.layout.lines import words_to_lines
from plancheck.layout.margins import margin_indent, split_margin_labels

HEAD, LABEL, VALUE = 57.0, 62.0, 140.0


def _line(words, page: int):
    return words_to_lines(words, page)[0]


def _bold(words):
    return [replace(w, bold=True) for w in words]


def _record(top: float, page: int, action: str) -> tuple[list, float]:
    lines = []
    for label, value in (("Kva", action), ("Kven", "Rådgiver skole"), ("Når", "Haust 2025")):
        lines.append(_line(_bold(line_words(label, LABEL, top)) + line_words(value, VALUE, top), page))
        top += 14
        if label == "Kva":
            for rest in ("og rapportere resultata til kommunestyret", "kvart år i samband med budsjettet"):
                lines.append(_line(line_words(rest, VALUE, top), page))
                top += 14
    return lines, top + 10


def _pages() -> list[list]:
    first, top = [], 60.0
    for k in range(4):
        first.append(_line(_bold(line_words(f"Delmål 1.{k + 1}", HEAD, top, size=12)), 1))
        top += 20
        lines, top = _record(top, 1, f"Greie ut tiltak nummer {k} i kommunen")
        first += lines
    last, _ = _record(60.0, 2, "Greie ut energisparetiltak i kommunen sine bygg")
    return [first, last]


def test_a_field_list_alone_on_its_last_page_keeps_its_labels_beside_their_values():
    pages = _pages()
    assert margin_indent(pages) is None
    assert split_margin_labels(pages) == pages


def test_the_same_labels_with_no_inset_lines_elsewhere_are_still_side_headings():
    # the lone page's labels at the left edge, body text at the indent: a side-heading layout
    pages = _pages()[1:]
    body = [_line(line_words(f"Vanleg tekst i planen linje {k} som held fram", VALUE, 200 + 14 * k), 2) for k in range(8)]
    assert margin_indent([pages[0] + body]) is not None
