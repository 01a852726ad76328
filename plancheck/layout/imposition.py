"""A printer's imposed booklet: the halves of its sheets read in the order of their page labels.

A booklet stapled in the fold (saddle stitching) is printed two pages to a sheet side: a
municipality's brochure or 'hefte' of A5 pages published as the printer's file has every PDF
page one side of an A4 landscape sheet, its halves in BOOKLET ORDER — for eight pages 8 | 1,
2 | 7, 6 | 3, 4 | 5 — so that the folded sheets read 1 to 8. Each half is a page of its own
with its own head and its printed page label, and the layout cuts it as one
(:func:`plancheck.layout.columns.spread_halves`); read sheet by sheet, left to right, a goal on
page 6 comes before the measures on page 5 of the goal before it, and a table running from
page 5 on to page 6 is read backwards.

:func:`imposed_order` finds the form from the labels alone: every sheet side is a spread cut
into its halves, and the bare numbers printed in the foot band of the halves (a cover has
none) are each the page that saddle-stitch imposition puts there — side ``s`` (from 0) of
``n`` sides holds pages ``2n - s`` and ``s + 1`` (left, right) when ``s`` is even and
``s + 1`` and ``2n - s`` when it is odd. Half the halves or more must carry such a label and
none another, so a document of spreads in reading order (two pages to a sheet, 1 | 2, 3 | 4)
is never reordered. Geometry only.
"""

from __future__ import annotations

import re
from typing import Protocol

from plancheck.layout.furniture import band
from plancheck.layout.lines import Line
from plancheck.layout.settings import DEFAULT, LayoutSettings

_LABEL = re.compile(r"^\d{1,3}$")


class _Page(Protocol):
    number: int
    width: float
    height: float
    regions: list


def imposed_page(side: int, sides: int, right: bool) -> int:
    """The page number saddle-stitch imposition prints on the left or right half of sheet side
    ``side`` (from 0) of a booklet of ``sides`` sides (``2 * sides`` pages)."""
    outer, inner = 2 * sides - side, side + 1
    if side % 2 == 0:
        return inner if right else outer
    return outer if right else inner


def imposed_order(pages: list[_Page], lines: list[list[Line]], settings: LayoutSettings = DEFAULT) -> dict[tuple[int, int], int] | None:
    """(page number, region) → the reading place (from 0) of the half the region stands on,
    when the document is a booklet imposed for saddle stitching (see the module's docstring),
    else None. ``lines``: each page's lines, in the order of ``pages``."""
    if len(pages) < 2 or any(p.height <= 0 or p.width < settings.spread_min_aspect * p.height for p in pages):
        return None  # (a cheap test first: every page a sheet wider than a landscape page)
    sides = len(pages)
    order: dict[tuple[int, int], int] = {}
    labelled = 0
    for s, (page, page_lines) in enumerate(zip(pages, lines, strict=True)):
        mid = page.width / 2
        halves = [False, False]  # does each half hold a region
        for k, r in enumerate(page.regions):
            if not r.words:
                continue
            if r.x1 <= mid:
                right = False
            elif r.x0 >= mid:
                right = True
            else:
                return None  # a region across the fold: no sheet of two pages
            halves[right] = True
            order[(page.number, k)] = imposed_page(s, sides, right) - 1
        if not all(halves):
            return None
        for right in (False, True):
            foot = [ln for ln in page_lines
                    if band(ln, page.height, settings) == "bottom" and (ln.x0 >= mid if right else ln.x1 <= mid)]
            numbers = [int(ln.text.strip()) for ln in foot if _LABEL.match(ln.text.strip())]
            if not numbers:
                continue
            if len(numbers) > 1 or numbers[0] != imposed_page(s, sides, right):
                return None
            labelled += 1
    if labelled < sides:
        return None  # half the halves at least (``2 * sides`` of them) carry their label
    return order
