"""A running header that heads only a later page (a plan on two pages whose first page has a title
band instead): the council and the title the first page prints in its title block, in small type
at the top of page 2, is furniture, not the page's first paragraph."""

from __future__ import annotations

from plancheck.layout.furniture import mark_later_title_headers
from plancheck.layout.lines import Line, finish_line
from plancheck.layout.words import Word


def _line(page: int, text: str, top: float, size: float, *, bold: bool = False) -> Line:
    words, x = [], 40.0
    for t in text.split():
        words.append(Word(text=t, x0=x, top=top, x1=x + 0.5 * size * len(t), bottom=top + size, size=size, bold=bold))
        x += 0.5 * size * len(t) + 3
    ln = Line(page=page, words=words, x0=0, x1=0, top=top, bottom=top + size, size=0, bold=bold)
    finish_line(ln)
    return ln


BODY = "These are the signs that will tell us the plan is working in the town centre at night."


def _pages(header: str) -> list[list[Line]]:
    first = [
        _line(1, "Larkhaven Borough Council", 30, 9),
        _line(1, "Evening Economy Plan 2027–2030", 45, 19, bold=True),
        *[_line(1, BODY, 120 + 14 * k, 10.5) for k in range(12)],
    ]
    second = [_line(2, header, 30, 8.5), _line(2, "How we will measure success", 72, 17, bold=True),
              *[_line(2, BODY, 110 + 14 * k, 10.5) for k in range(12)]]
    return [first, second]


def test_the_council_and_the_title_over_page_two_are_furniture():
    pages = _pages("Larkhaven Borough Council · Evening Economy Plan 2027–2030")
    mark_later_title_headers(pages, [842.0, 842.0])
    assert pages[1][0].kind == "furniture"
    assert not pages[1][1].kind


def test_a_small_line_of_other_words_at_the_top_of_page_two_is_text():
    pages = _pages("Residents told us the market should run every summer")
    mark_later_title_headers(pages, [842.0, 842.0])
    assert not pages[1][0].kind


def test_a_table_head_repeated_over_page_two_stays_the_table_s():
    # the head is bold on page 1, in the body's size: a table's head, not the title block
    first = [
        _line(1, "Larkhaven Borough Council", 30, 9),
        _line(1, "Evening Economy Plan 2027–2030", 45, 19, bold=True),
        _line(1, "Action Lead When", 120, 10.5, bold=True),
        *[_line(1, BODY, 134 + 14 * k, 10.5) for k in range(12)],
    ]
    second = [_line(2, "Action Lead When", 30, 8.5), *[_line(2, BODY, 110 + 14 * k, 10.5) for k in range(12)]]
    pages = [first, second]
    mark_later_title_headers(pages, [842.0, 842.0])
    assert not pages[1][0].kind
