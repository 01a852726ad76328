"""Callouts round a figure: numbered discs, each with a short text beside it, set around a drawing.

An infographic page may set a plan's points as CALLOUTS placed round a figure (an outline map,
a wheel, a photo): each a small filled disc holding a number, and beside the disc a short
heading and a sentence or two, left-aligned at one x, the callouts stacked in a column at each
side of the figure. No frame is drawn round them, and the figure's labels (a map's place names)
and caption stand level with their lines, so the column cut reads a callout's lines across the
figure into the callout at the other side ("Homes for … Oakmere 2 SKILLS").
:func:`disc_callouts` gives the box of each callout; the page reads each as a region of its own
(like a frame), so its heading and sentence stay together and the figure's words stay out.

Geometry only: no words are read here beyond "is this a number".
"""

from __future__ import annotations

import re

from plancheck.layout.boxes import nearly_square
from plancheck.layout.marks import Box
from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.words import Word

_NUMBER = re.compile(r"^\d{1,2}\.?$")


def _disc(box: Box, words: list[Word], settings: LayoutSettings) -> Word | None:
    """The number drawn in ``box`` when it is a disc holding a number alone: nearly square, at
    most ``shape_number_max_ratio`` times the number's height, the number's x inside it (the
    digit may have been moved onto the first line beside it, :func:`cards.shape_numbers`)."""
    if not nearly_square(box, settings):
        return None
    bh = box[3] - box[1]
    slack = settings.side_box_slack
    held = [
        w for w in words
        if box[0] - slack <= w.x0 and w.x1 <= box[2] + slack
        and box[1] - bh <= (w.top + w.bottom) / 2 <= box[3] + slack
    ]
    if len(held) != 1 or not _NUMBER.match(held[0].text):
        return None
    digit = held[0]
    if bh > settings.shape_number_max_ratio * (digit.bottom - digit.top):
        return None
    return digit


def _rows(words: list[Word], settings: LayoutSettings) -> list[list[Word]]:
    """``words`` grouped into rows by their vertical middles, top to bottom."""
    rows: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        mid = (w.top + w.bottom) / 2
        if rows and mid <= max(x.bottom for x in rows[-1]) + settings.line_overlap_slack:
            rows[-1].append(w)
        else:
            rows.append([w])
    return rows


def _callout(disc: Box, digit: Word, words: list[Word], stop: float, settings: LayoutSettings) -> Box | None:
    """The box of the text beside ``disc``: the lines starting at one x just right of it (a row
    of the figure's words alone, further right, passed over), from level with the disc down to ``stop`` (the next disc under it) or a gap of more than
    ``callout_line_gap_ratio`` line heights, each line's words as far right as they follow each
    other within ``callout_word_gap_ratio`` font sizes."""
    slack = settings.side_box_slack
    beside = [
        w for w in words
        if w is not digit and w.x0 >= disc[2] - slack
        and w.x0 - disc[2] <= settings.mark_gap_ratio * max(w.size, digit.size)
        and w.bottom > disc[1] and w.top < disc[3]
    ]
    if not beside:
        return None
    start = min(w.x0 for w in beside)
    below = [w for w in words if w is not digit and w.top >= disc[1] - slack and w.bottom <= stop + slack and w.x0 >= start - slack]
    taken: list[Word] = []
    for row in _rows(below, settings):
        row = sorted(row, key=lambda w: w.x0)
        first = row[0]
        if first.x0 > start + slack:
            continue  # the figure's words only (a caption line level with none of the callout's)
        if abs(first.x0 - start) > slack:
            break
        height = first.bottom - first.top
        if taken and first.top - max(w.bottom for w in taken) > settings.callout_line_gap_ratio * height:
            break
        line = [first]
        for w in row[1:]:
            if w.x0 - line[-1].x1 > settings.callout_word_gap_ratio * max(w.size, line[-1].size):
                break
            line.append(w)
        taken.extend(line)
    if not taken:
        return None
    return (
        min(disc[0], min(w.x0 for w in taken)),
        min(disc[1], min(w.top for w in taken)),
        max(w.x1 for w in taken),
        max(disc[3], max(w.bottom for w in taken)),
    )


def _beside(a: Box, b: Box) -> bool:
    """Do the boxes stand apart left to right?"""
    return a[2] <= b[0] or b[2] <= a[0]


def disc_callouts(shapes: list[Box], words: list[Word], settings: LayoutSettings = DEFAULT) -> list[Box]:
    """The boxes of the callouts round a figure (see the module's text): at least
    ``callout_min_count`` numbered discs, each with text beside it, every callout beside a drawn
    figure (a shape at least ``callout_figure_min_size`` wide and tall, no disc) whose height
    overlaps the callouts', callouts on both sides of it; else []."""
    if not shapes or len(shapes) > settings.card_max_shapes:
        return []
    discs: list[tuple[Box, Word]] = []
    for box in shapes:
        digit = _disc(box, words, settings)
        if digit is not None and not any(abs(box[0] - d[0]) < 1 and abs(box[1] - d[1]) < 1 for d, _w in discs):
            discs.append((box, digit))
    if len(discs) < settings.callout_min_count:
        return []
    out: list[Box] = []
    for box, digit in discs:
        # the next disc under this one in its column ends its callout
        under = [d[1] for d, _w in discs if d[1] > box[3] and d[0] < box[2] and box[0] < d[2]]
        call = _callout(box, digit, words, min(under, default=float("inf")), settings)
        if call is None:
            return []
        out.append(call)
    top, bottom = min(b[1] for b in out), max(b[3] for b in out)
    size = settings.callout_figure_min_size
    for fig in shapes:
        if fig[2] - fig[0] < size or fig[3] - fig[1] < size or fig[1] >= bottom or fig[3] <= top:
            continue
        if not all(_beside(fig, b) for b in out):
            continue
        left = [b for b in out if b[2] <= fig[0]]
        if left and len(left) < len(out):
            return out
    return []
