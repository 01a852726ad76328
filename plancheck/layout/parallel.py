"""Parallel texts: a page set in two columns divided by a drawn rule, the second column the
first one's translation (a bilingual plan: bokmål left, Northern Sámi right, row by row).

Such a page is read once, in its first column: the second says the same again, and read as
more text it makes every goal, strategy and measure twice (or, read across the page, a line of
one language runs on into a line of the other). The columns are told from two columns of a
table by their content's form, not its words: row by row both sides hold text of about the same
length and the same numbers (a section's number, a year, a figure, a date), which a goal beside
its measures, or a label beside its value, do not.

Geometry and digits only; no vocabulary (this is the layout layer).
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter

from plancheck.layout.marks import Box
from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.words import Word

_NUMBER = re.compile(r"\d+")

#: a divider: its x, top and bottom
Divider = tuple[float, float, float]


def dividers(shapes: list[Box], words: list[Word], settings: LayoutSettings = DEFAULT) -> list[Divider]:
    """The vertical rules of a page that divide two columns of text: thin vertical paths at one
    x (within ``settings.parallel_rule_slack``), joined where they meet (a table draws a rule
    per row), at least ``settings.parallel_min_height`` tall, with words on both sides of them
    and none across them within their height."""
    thin = settings.rule_max_thickness
    slack = settings.parallel_rule_slack
    rules = [((b[0] + b[2]) / 2, b[1], b[3]) for b in shapes if b[2] - b[0] <= thin and b[3] - b[1] > thin]
    runs: list[list[float]] = []  # [x, top, bottom]
    for x, top, bottom in sorted(rules, key=lambda r: (round(r[0] / max(slack, 0.1)), r[1], r[0], r[2])):
        run = next(
            (r for r in runs if abs(r[0] - x) <= slack and top <= r[2] + slack and bottom >= r[1] - slack), None
        )
        if run is None:
            runs.append([x, top, bottom])
        else:
            run[1], run[2] = min(run[1], top), max(run[2], bottom)
    out: list[Divider] = []
    for x, top, bottom in runs:
        if bottom - top < settings.parallel_min_height:
            continue
        inside = [w for w in words if w.mid_y >= top and w.mid_y <= bottom]
        if any(w.x0 < x - slack and w.x1 > x + slack for w in inside):
            continue
        if any(w.x1 <= x + slack for w in inside) and any(w.x0 >= x - slack for w in inside):
            out.append((x, top, bottom))
    return out


def _rows(left: list[Word], right: list[Word], settings: LayoutSettings) -> list[tuple[list[Word], list[Word]]]:
    """The rows of two columns: cut where neither side has text over a gap of at least
    ``settings.parallel_row_gap_ratio`` of the text's usual height."""
    both = sorted(left + right, key=lambda w: w.top)
    if not both:
        return []
    height = sorted(w.bottom - w.top for w in both)[len(both) // 2]
    gap = settings.parallel_row_gap_ratio * height
    cuts: list[float] = []
    bottom = both[0].bottom
    for w in both[1:]:
        if w.top - bottom >= gap:
            cuts.append((w.top + bottom) / 2)
        bottom = max(bottom, w.bottom)
    bounds = [float("-inf"), *cuts, float("inf")]
    if any(c != c for c in cuts) or any(a > b for a, b in itertools.pairwise(cuts)):
        # (a coordinate that is not a number: each row looked through for its words, as defined)
        return [
            ([w for w in left if lo <= w.mid_y < hi], [w for w in right if lo <= w.mid_y < hi])
            for lo, hi in itertools.pairwise(bounds)
        ]
    # each word filed in its row by a binary search of the cuts, not each row looked through
    # for its words: the same rows (the row of ``y`` is the one whose bounds hold it), in order
    rows: list[tuple[list[Word], list[Word]]] = [([], []) for _ in range(len(cuts) + 1)]
    for side, words in enumerate((left, right)):
        for w in words:
            y = w.mid_y
            if y < math.inf:  # (NaN and +inf stand in no row: no row's bounds hold them)
                rows[bisect.bisect_right(cuts, y)][side].append(w)
    return rows


def _text(words: list[Word]) -> str:
    return " ".join(w.text for w in words)


def is_parallel(left: list[Word], right: list[Word], settings: LayoutSettings = DEFAULT) -> bool:
    """Is ``right`` a parallel text of ``left``: in at least ``settings.parallel_min_rows`` rows
    both sides hold text, in nearly all of them (``settings.parallel_row_share``) of about the
    same length (within ``settings.parallel_length_ratio`` either way), and the rows that hold
    numbers hold the same numbers on both sides in nearly all of them, at least one?"""
    return parallel_texts([(_text(a), _text(b)) for a, b in _rows(left, right, settings)], settings)


def parallel_texts(rows: list[tuple[str, str]], settings: LayoutSettings = DEFAULT) -> bool:
    """Is the second text of each row the first one's translation (:func:`is_parallel`, on the
    rows' texts): also the test for a Word/OpenDocument table of two such columns."""
    pairs = [(a, b) for a, b in rows if a.strip() and b.strip()]
    if len(pairs) < settings.parallel_min_rows:
        return False
    r = settings.parallel_length_ratio
    alike = 0
    numbered = same = 0
    for ta, tb in pairs:
        if 1 / r <= len(tb) / max(len(ta), 1) <= r:
            alike += 1
        na, nb = Counter(_NUMBER.findall(ta)), Counter(_NUMBER.findall(tb))
        if na or nb:
            numbered += 1
            same += na == nb
    share = settings.parallel_row_share
    return alike >= share * len(pairs) and numbered > 0 and same >= share * numbered


def parallel_boxes(shapes: list[Box], words: list[Word], settings: LayoutSettings = DEFAULT) -> list[Box]:
    """The boxes (x0, top, x1, bottom) of a page's parallel columns (:func:`is_parallel`): the
    part right of each divider (:func:`dividers`) whose two sides are one text in two
    languages. The first column is read; the words and tables in these boxes are not."""
    out: list[Box] = []
    slack = settings.parallel_rule_slack
    for x, top, bottom in dividers(shapes, words, settings):
        inside = [w for w in words if top <= w.mid_y <= bottom]
        left = [w for w in inside if w.x1 <= x + slack]
        right = [w for w in inside if w.x0 >= x - slack]
        if is_parallel(left, right, settings):
            out.append((x - slack, top, max(w.x1 for w in right) + slack, bottom))
    return out
