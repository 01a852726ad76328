"""Poster columns: boxes of one width standing side by side, tops level, each as tall as its text.

A plan set on one page is a poster: a band across the top, then a few COLUMNS side by side, each a
stack of drawn boxes (a coloured title bar over tinted boxes, one under the other, touching).
The columns are as tall as their texts, so their bottoms differ and they are no grid row of
tiles (:mod:`plancheck.layout.tiles` asks for level bottoms); their gutter is too narrow for the
column cut, and read as lines of the page the columns' lines run into each other ('Our aim Our
aim Our aim' / 'Residents will feel Victims will get …').

:func:`poster_columns` joins the boxes of each stack (boxes with the same left and right edges,
within ``poster_stack_slack``, one under the next with no more than that between them) and
finds the stacks that stand beside another of one width (``tile_size_slack``), tops level
(``tile_level_slack``), a gutter between (``tile_min_gap`` to ``tile_max_gap_ratio`` of the
page wide), each holding text on ``tile_min_lines`` lines wholly inside and cutting through no
word. The page reads each as a tile: a region of its own whose lines wrap at its edge, column
after column.

An INFOGRAPHIC sets its goals the same way with a gap between the boxes and the goal over them
in no box: each column a numbered circle, 'GOAL' and the goal's sentence, then the goal's
measures each on a card of its own, the cards a few points apart. :func:`headed_columns` joins
such stacks (``poster_card_gap``) and grows each up over the unboxed text heading it (each line
within one column's edges, ``poster_head_gap_ratio``); the page reads each column, head and
cards, as a tile.

Geometry only: no words are read here, only where they stand.
"""

from __future__ import annotations

from itertools import pairwise

from plancheck.layout.boxes import box_within
from plancheck.layout.cards import distinct_boxes
from plancheck.layout.marks import Box
from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.tiles import holds_text
from plancheck.layout.words import Word


def stacks(boxes: list[Box], slack: float, gap: float | None = None) -> list[Box]:
    """``boxes`` with each run of boxes stacked one on the next (same left and right edges
    within ``slack``, the next starting within ``slack`` of the bottom of the one above, or at
    most ``gap`` below it when given) joined into one box, top to bottom; a box in no stack is
    kept as it is."""
    high = slack if gap is None else gap
    out: list[Box] = []
    for b in sorted(boxes, key=lambda b: (b[1], b[0])):
        k = next(
            (k for k, s in enumerate(out)
             if abs(s[0] - b[0]) <= slack and abs(s[2] - b[2]) <= slack and -slack <= b[1] - s[3] <= high),
            None,
        )
        if k is None:
            out.append(b)
        else:
            s = out[k]
            out[k] = (min(s[0], b[0]), s[1], max(s[2], b[2]), max(s[3], b[3]))
    return out


def _beside(a: Box, b: Box, page_width: float, settings: LayoutSettings) -> bool:
    """Do ``a`` and ``b`` stand side by side as two columns of a poster: one width, tops level,
    a gutter between?"""
    if abs((a[2] - a[0]) - (b[2] - b[0])) > settings.tile_size_slack:
        return False
    if abs(a[1] - b[1]) > settings.tile_level_slack:
        return False
    left, right = (a, b) if a[0] <= b[0] else (b, a)
    gap = right[0] - left[2]
    return settings.tile_min_gap <= gap <= settings.tile_max_gap_ratio * page_width


def poster_columns(shapes: list[Box], words: list[Word], page_width: float, settings: LayoutSettings = DEFAULT) -> list[Box]:
    """The columns of a poster page, left to right (see the module's docstring); none when
    fewer than ``poster_min_columns`` stand side by side."""
    if not shapes or len(shapes) > settings.card_max_shapes:
        return []  # a drawing (a map, a chart), not a poster of boxes
    slack = settings.side_box_slack
    joined = stacks(distinct_boxes(shapes, slack), settings.poster_stack_slack)
    boxes = [b for b in joined if holds_text(b, words, page_width, settings)]
    columns = [b for b in boxes if any(o is not b and _beside(b, o, page_width, settings) for o in boxes)]
    # a box inside a column (a box of its stack that did not join it) is none
    columns = [b for b in columns if not any(o is not b and box_within(b, o, slack) for o in columns)]
    if len(columns) < settings.poster_min_columns:
        return []
    return sorted(columns, key=lambda b: (round(b[1] / max(settings.tile_level_slack, 0.1)), b[0]))


def _line_bands(words: list[Word]) -> list[list[Word]]:
    """``words`` in bands of overlapping height, bottom up (a big numeral beside a small label
    is one band)."""
    bands: list[list[Word]] = []
    for w in sorted(words, key=lambda w: -w.bottom):
        band = next((b for b in bands if w.top < max(x.bottom for x in b) and w.bottom > min(x.top for x in b)), None)
        if band is None:
            bands.append([w])
        else:
            band.append(w)
    return bands


def _heads(columns: list[Box], words: list[Word], panels: list[Box], settings: LayoutSettings) -> list[Box] | None:
    """Each column grown up over the unboxed text standing above it: the bands of words above
    the columns' tops, and the drawn shapes there that stand within one column (a numbered
    circle), bottom up, while every word of a band lies within one column's edges and no drawn
    panel spans two columns there, each at most ``poster_head_gap_ratio`` letter heights above
    what is under it. None unless every column has a head of words set in no drawn box."""
    slack = settings.side_box_slack
    top = min(c[1] for c in columns)
    span = (min(c[0] for c in columns), max(c[2] for c in columns))

    def home(box: Box) -> int | None:
        return next((k for k, c in enumerate(columns) if c[0] - slack <= box[0] and box[2] <= c[2] + slack), None)

    above = [w for w in words if w.bottom <= top + slack and w.x1 > span[0] - slack and w.x0 < span[1] + slack]
    over = [p for p in panels if p[3] <= top + slack and p[2] > span[0] and p[0] < span[1]]
    wide = [p for p in over if sum(1 for c in columns if p[0] < c[2] - slack and p[2] > c[0] + slack) > 1]
    items: list[tuple[float, float, list[Word] | None, Box | None]] = [
        (min(w.top for w in b), max(w.bottom for w in b), b, None) for b in _line_bands(above)]
    items += [(p[1], p[3], None, p) for p in over if p not in wide and home(p) is not None]
    heads = [c[1] for c in columns]
    worded = [False] * len(columns)
    low, letters = top, 0.0
    for i_top, i_bottom, band, shape in sorted(items, key=lambda t: -t[1]):
        height = max(w.bottom - w.top for w in band) if band else letters
        if low - i_bottom > settings.poster_head_gap_ratio * max(height, letters):
            break
        if band is None:
            assert shape is not None
            k = home(shape)
            assert k is not None
            heads[k] = min(heads[k], i_top)
            low = min(low, i_top)
            continue
        if any(p[1] < i_bottom and p[3] > i_top for p in wide):
            break
        homes = [home((w.x0, w.top, w.x1, w.bottom)) for w in band]
        if None in homes:
            break
        for w, k in zip(band, homes, strict=True):
            assert k is not None
            heads[k] = min(heads[k], i_top)
            # a head is text set on the page, not in a box (an org chart's unit boxes over
            # the cards hung under them are another form)
            worded[k] = worded[k] or not any(_holds(p, w, slack) for p in over)
        low, letters = min(low, i_top), height
    if not all(worded):
        return None
    return [(c[0], h, c[2], c[3]) for h, c in zip(heads, columns, strict=True)]


def headed_columns(shapes: list[Box], words: list[Word], page_width: float, settings: LayoutSettings = DEFAULT) -> list[Box]:
    """The columns of an infographic page, each a stack of cards under a head of unboxed text,
    left to right: boxes of one width one under the other with at most ``poster_card_gap``
    between them (the measures of a goal, each on a card of its own), the stacks side by side
    as poster columns are (one width, tops level, a gutter apart), and over every stack the
    text that heads it, drawn in no box (a numbered circle, 'GOAL', the goal's sentence):
    :func:`_heads`. Each column (head and cards) is read as a tile, so the heads, set too
    close together for the column cut, do not run into one line across the page."""
    if not shapes or len(shapes) > settings.card_max_shapes:
        return []
    slack = settings.side_box_slack
    joined = stacks(distinct_boxes(shapes, slack), settings.tile_size_slack, settings.poster_card_gap)
    boxes = [b for b in joined if holds_text(b, words, page_width, settings)]
    columns = [b for b in boxes if any(o is not b and _beside(b, o, page_width, settings) for o in boxes)]
    columns = [b for b in columns if not any(o is not b and box_within(b, o, slack) for o in columns)]
    if len(columns) < settings.poster_min_columns:
        return []
    columns.sort(key=lambda b: b[0])
    if any(a[2] > b[0] for a, b in pairwise(columns)):
        return []
    return _heads(columns, words, shapes, settings) or []


def _holds(box: Box, w: Word, slack: float) -> bool:
    return box[0] - slack <= w.x0 and w.x1 <= box[2] + slack and box[1] - slack <= w.top and w.bottom <= box[3] + slack
