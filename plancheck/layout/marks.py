"""List bullets drawn as shapes instead of typed as characters.

A browser prints the discs and squares of an HTML ``<ul>`` (and ``::marker`` bullets) as small
filled or stroked paths, not as text: without them a bulleted list reads as a paragraph
("Styrke samarbeidet Bruke nye metoder …"). This stage finds such marks — small, nearly square
paths — and turns each one that stands just left of a word, on that word's line, into a "•"
word, so the later stages see the list marker a word processor would have typed.
"""

from __future__ import annotations

from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.words import Word

Box = tuple[float, float, float, float]  # x0, top, x1, bottom (top-down page coordinates)


def is_mark(box: Box, settings: LayoutSettings = DEFAULT) -> bool:
    """A path the size and shape of a bullet: small and nearly square."""
    w, h = box[2] - box[0], box[3] - box[1]
    if not (settings.mark_min_size <= w <= settings.mark_max_size and settings.mark_min_size <= h <= settings.mark_max_size):
        return False
    return min(w, h) / max(w, h) >= settings.mark_min_aspect


def bullet_words(marks: list[Box], words: list[Word], settings: LayoutSettings = DEFAULT) -> list[Word]:
    """A "•" word for every mark that sits left of a word on that word's line, within
    ``mark_gap_ratio`` font sizes of it, and smaller than the word's letters but not a speck
    beside them (``mark_min_height_ratio``: the parts of an icon beside a display numeral are
    no bullets). Marks anywhere else (a dot in a figure, a table's corner) are ignored."""
    out: list[Word] = []
    for box in marks:
        if not is_mark(box, settings):
            continue
        mid = (box[1] + box[3]) / 2
        best: Word | None = None
        for w in words:
            if not (w.top <= mid <= w.bottom) or w.x0 < box[2]:
                continue
            height = w.bottom - w.top
            if w.x0 - box[2] > settings.mark_gap_ratio * w.size or box[3] - box[1] > 0.8 * height:
                continue
            if box[3] - box[1] < settings.mark_min_height_ratio * height:
                continue
            if best is None or w.x0 < best.x0:
                best = w
        if best is None or any(o.x1 > box[0] and o.x0 < box[2] and o.top < box[3] and o.bottom > box[1] for o in words):
            continue
        out.append(Word("•", box[0], best.top, box[2], best.bottom, best.size, best.font, False, True))
    return out
