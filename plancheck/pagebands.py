"""The text in the top and bottom margin band of each page as shown, kept while the pages are
laid out, for the printed page labels of the reports (:mod:`plancheck.report.pages`).

Why: the reports name each finding's page by the number printed on it, read from every page's
margins. The layout already has each page loaded and its text page open; reading the two bands
there costs two look-ups a page, where opening the PDF again for the labels loads every page a
second time (a few per cent of a long plan's check). The bands are kept for the last document
read in this process only, under its resolved path, size and modification time, and only where
they are what a fresh opening of the file shows (no password, no form flattened into the pages
in memory); a page not kept (another process laid it out) is read from the file as before.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

#: the top and bottom share of a page where page numbers stand (PageSettings.margin_band)
MARGIN_BAND = 0.09
#: a page this many times as wide as tall may be a spread: its halves read apart (PageSettings.spread_aspect)
SPREAD_ASPECT = 1.35

Rect = tuple[float, float, float, float]  # left, bottom, right, top in PDF (y up) coordinates

#: (resolved path, size, mtime_ns, band, spread_aspect) -> {1-based page: band text}; one document
_KEPT: dict[tuple, dict[int, str]] = {}


def margin_boxes(width: float, height: float, rotation: int, band: float) -> tuple[Rect, Rect]:
    """The top and bottom margin bands of a page shown ``width`` × ``height`` (after its
    /Rotate of ``rotation`` degrees, clockwise), as rectangles of the unturned page: turned 90°,
    the shown top is the unturned page's left side; turned 270°, its right side."""
    rotation %= 360
    if rotation in (90, 270):
        uw, uh = height, width  # the unturned page: its width is the shown height
        left: Rect = (0, 0, uw * band, uh)
        right: Rect = (uw * (1 - band), 0, uw, uh)
        return (left, right) if rotation == 90 else (right, left)
    low: Rect = (0, 0, width, height * band)
    high: Rect = (0, height * (1 - band), width, height)
    return (high, low) if rotation != 180 else (low, high)


def margin_text(page, band: float, spread_aspect: float | None = None, textpage=None) -> str:
    """The text in the top and bottom ``band`` of a page as shown (where running heads and page
    numbers stand). A page with /Rotate is shown turned: its shown top and bottom are other
    sides of the unturned page, whose coordinates the text is looked up in. An unturned page
    at least ``spread_aspect`` times as wide as tall (a spread: two printed pages side by
    side) is read half by half, so the two pages' numbers stay apart ('4', '5', not '45').
    ``textpage``: the page's text page when one is open (left open), else one is opened."""
    width, height = page.get_size()
    rotation = page.get_rotation() % 360
    tp = textpage if textpage is not None else page.get_textpage()
    try:
        if spread_aspect and rotation == 0 and width >= spread_aspect * height:
            parts = []
            for lo, hi in ((0.0, width / 2), (width / 2, width)):
                for box in margin_boxes(width, height, 0, band):
                    parts.append(tp.get_text_bounded(lo, box[1], hi, box[3]))
            return "\n".join(parts)
        top_box, bottom_box = margin_boxes(width, height, rotation, band)
        bottom = tp.get_text_bounded(*bottom_box)
        top = tp.get_text_bounded(*top_box)
    finally:
        if textpage is None:
            tp.close()
    return f"{top}\n{bottom}"


def document_key(path: str | Path) -> tuple[str, int, int] | None:
    """The file as the reports' labels know it: resolved path, size and modification time."""
    try:
        p = Path(path)
        stat = p.stat()
        return (str(p.resolve()), stat.st_size, stat.st_mtime_ns)
    except (OSError, ValueError):
        return None


def start(key: tuple[str, int, int] | None) -> dict[int, str] | None:
    """The dict to keep the bands of the document ``key`` is in (the last one's are dropped);
    None when there is no key."""
    if key is None:
        return None
    full = (*key, MARGIN_BAND, SPREAD_ASPECT)
    kept = _KEPT.get(full)
    if kept is None:
        _KEPT.clear()
        kept = _KEPT[full] = {}
    return kept


def keep(kept: dict[int, str] | None, number: int, page, textpage) -> None:
    """Keep page ``number``'s (1-based) bands, read from its open ``textpage``; a page whose
    bands cannot be read is not kept (the labels read it from the file, as before)."""
    if kept is None:
        return
    with contextlib.suppress(Exception):
        kept[number] = margin_text(page, MARGIN_BAND, SPREAD_ASPECT, textpage)


def kept_bands(path: str, size: int, mtime: int, band: float, spread_aspect: float | None) -> dict[int, str]:
    """The bands kept of the document at the resolved ``path`` (of ``size`` and ``mtime``) read
    with ``band`` and ``spread_aspect``; empty when none are kept."""
    return dict(_KEPT.get((path, size, mtime, band, spread_aspect), {}))
