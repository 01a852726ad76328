"""Running headers, footers, page numbers and tables of contents, found by form.

A running header or footer is text in the top or bottom band of the page that repeats (digits
ignored) on many pages; a table of contents is a contents title followed by lines ending in a
page number, and any dot-leader line.
"""

from __future__ import annotations

import re
from collections import Counter

from plancheck.layout.lines import Line
from plancheck.layout.settings import DEFAULT, LayoutSettings

TOC_TITLES = re.compile(
    r"^(innhold|innholdsfortegnelse|innhald|innhaldsliste|innehåll|innehållsförteckning|indhold|"
    r"indholdsfortegnelse|contents|table of contents)$",
    re.IGNORECASE,
)
BACK_TO_TOC = re.compile(
    r"^(tilbake til (innhold|innholdsfortegnelsen?)|til innhold|back to (top|contents)|"
    r"tillbaka till innehåll)\b",
    re.IGNORECASE,
)
PAGE_NUMBER = re.compile(
    r"^(side|sida|page|s\.)?\s*-?\s*\d{1,4}\s*-?\s*((av|of|/|af)\s*\d{1,4})?$", re.IGNORECASE
)
DOT_LEADER = re.compile(r"(\.{4,}|…{2,}|(\s?\.){5,})\s*\d+\s*$")
ENDS_IN_PAGE = re.compile(r"\s\d{1,3}$")


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def band(ln: Line, page_height: float, settings: LayoutSettings = DEFAULT) -> str | None:
    """"top" or "bottom" when the line stands in the page's header or footer band."""
    r = settings.furniture_band_ratio
    if ln.bottom < page_height * r:
        return "top"
    if ln.top > page_height * (1 - r):
        return "bottom"
    return None


def mark_furniture(pages: list[list[Line]], heights: list[float], settings: LayoutSettings = DEFAULT) -> None:
    """Mark running headers, footers and page numbers (``kind = "furniture"``)."""
    n = len(pages)
    counts: Counter[tuple[str, str]] = Counter()
    for lines, h in zip(pages, heights, strict=True):
        seen = set()
        for ln in lines:
            b = band(ln, h, settings)
            if b:
                seen.add((b, _furniture_key(ln.text)))
        counts.update(seen)
    need = 2 if n <= 3 else max(2, int(settings.furniture_repeat_ratio * n))
    for lines, h in zip(pages, heights, strict=True):
        for ln in lines:
            b = band(ln, h, settings)
            if b and (counts[(b, _furniture_key(ln.text))] >= need or PAGE_NUMBER.match(ln.text.strip())):
                ln.kind = "furniture"


def mark_toc(pages: list[list[Line]], settings: LayoutSettings = DEFAULT) -> list[int]:
    """Mark the table of contents (``kind = "toc"``); return the pages it is on."""
    toc_pages: set[int] = set()
    in_toc = False
    for lines in pages:
        for ln in lines:
            if ln.kind:
                continue
            text = ln.text.strip()
            if TOC_TITLES.match(text.rstrip(":")):
                ln.kind = "toc"
                in_toc = True
                toc_pages.add(ln.page)
                continue
            if BACK_TO_TOC.match(text):
                ln.kind = "furniture"
                continue
            if DOT_LEADER.search(text):
                ln.kind = "toc"
                toc_pages.add(ln.page)
                continue
            if in_toc:
                if ENDS_IN_PAGE.search(text) and len(text) < settings.toc_entry_max_chars:
                    ln.kind = "toc"
                    continue
                in_toc = False
    return sorted(toc_pages)
