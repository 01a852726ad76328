"""Running headers and footers with a field: the same words on every page, one part changing.

A spreadsheet prints each sheet with a page header that names the workbook and the sheet
('Kommune · Plan 2026–2028 · <sheet name>'); a report's running head names the chapter the page
stands in ('Plan 2026–2029 | 3 Tiltak'). The line repeats from page to page except for that field,
so it is no running header for :func:`plancheck.layout.furniture.mark_furniture`, which asks for
the same text (digits aside), and read as text it opens each page as a paragraph (or the
document's title) of its own.

:func:`mark_field_headers` marks such a line as furniture: a line in the top or bottom band of
its page, set no larger than the running text, whose words open (or close) with the same
``furniture_field_min_words`` words or more as a line in the same band at the same height
(``furniture_place_tolerance``) on enough other pages (the share :func:`mark_furniture` asks),
those words making at least ``furniture_field_share`` of each line's words. A heading set in the
top band of pages ('Goal 1 …', 'Goal 2 …') shares a word or two and is set larger than the text.
A line in regular weight may be set up to ``furniture_field_size_slack`` points larger than the
text: a dashboard's head ('Byn kommune · Rapporter' at the left, the report page's name at the
right, on one line) is set a little larger than its visuals' small type, and it is no heading.
"""

from __future__ import annotations

from plancheck.layout.furniture import band, band_at, furniture_key, repeat_need
from plancheck.layout.lines import Line, text_size
from plancheck.layout.settings import DEFAULT, LayoutSettings


def _shared(a: list[str], b: list[str]) -> int:
    """How many words ``a`` and ``b`` open with or close with in common (the larger)."""
    head = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    tail = next((k for k, (x, y) in enumerate(zip(reversed(a), reversed(b), strict=False)) if x != y), min(len(a), len(b)))
    return max(head, tail)


def mark_field_headers(pages: list[list[Line]], heights: list[float], settings: LayoutSettings = DEFAULT) -> None:
    """Mark running headers and footers that differ in one field (see the module's docstring)."""
    n = len(pages)
    need = repeat_need(n, settings)
    body = text_size(pages, 0)
    if body is None:
        return
    found: list[tuple[Line, str, list[str]]] = []
    for lines, h in zip(pages, heights, strict=True):
        for ln in lines:
            where = band(ln, h, settings)
            if where and not ln.kind and (round(ln.size, 0) <= body or (
                    not ln.bold and round(ln.size, 0) <= body + settings.furniture_field_size_slack)):
                found.append((ln, where, furniture_key(ln.text).split()))
    tol = settings.furniture_place_tolerance
    for ln, where, words in found:
        if len(words) < settings.furniture_field_min_words:
            continue
        pages_alike = {ln.page}
        for other, where2, words2 in found:
            if other.page in pages_alike or where2 != where or abs(other.top - ln.top) > tol:
                continue
            k = _shared(words, words2)
            if k >= settings.furniture_field_min_words and k >= settings.furniture_field_share * max(len(words), len(words2)):
                pages_alike.add(other.page)
        if len(pages_alike) >= need:
            ln.kind = "furniture"


def furniture_pieces(pieces: list, heights: dict[int, float], n_pages: int, settings: LayoutSettings = DEFAULT) -> list:
    """The ruled tables that are page furniture: a row of boxes in the top or bottom band of its
    page whose cell texts (digits aside) repeat in the same band on enough pages (the share
    :func:`plancheck.layout.furniture.mark_furniture` asks of a running footer). A minutes
    book prints such a footer on every page ('Signature | Extract certified | Page n'); read as
    a table it would stand between the lines of a clause that runs on over the page break."""
    need = repeat_need(n_pages, settings)

    def where(p) -> str | None:
        h = heights.get(p.page)
        return band_at(p.bbox[1], p.bbox[3], h, settings) if h else None

    def key(p) -> str:
        return " | ".join(furniture_key(c.text if c else "") for row in p.rows for c in row)

    seen: dict[tuple[str, str], set[int]] = {}
    for p in pieces:
        if (b := where(p)) is not None:
            seen.setdefault((b, key(p)), set()).add(p.page)
    return [p for p in pieces if (b := where(p)) is not None and len(seen[(b, key(p))]) >= need]
