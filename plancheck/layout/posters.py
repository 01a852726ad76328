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

Geometry only: no words are read here.
"""

from __future__ import annotations

from plancheck.layout.cards import distinct_boxes
from plancheck.layout.marks import Box
from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.tiles import holds_text
from plancheck.layout.words import Word


def stacks(boxes: list[Box], slack: float) -> list[Box]:
    """``boxes`` with each run of boxes stacked one on the next (same left and right edges
    within ``slack``, the next starting within ``slack`` of the bottom of the one above) joined
    into one box, top to bottom; a box in no stack is kept as it is."""
    out: list[Box] = []
    for b in sorted(boxes, key=lambda b: (b[1], b[0])):
        k = next(
            (k for k, s in enumerate(out)
             if abs(s[0] - b[0]) <= slack and abs(s[2] - b[2]) <= slack and abs(b[1] - s[3]) <= slack),
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
    columns = [b for b in columns if not any(o is not b and _within(b, o, slack) for o in columns)]
    if len(columns) < settings.poster_min_columns:
        return []
    return sorted(columns, key=lambda b: (round(b[1] / max(settings.tile_level_slack, 0.1)), b[0]))


def _within(inner: Box, outer: Box, slack: float) -> bool:
    return (outer[0] - slack <= inner[0] and outer[1] - slack <= inner[1]
            and inner[2] <= outer[2] + slack and inner[3] <= outer[3] + slack)
