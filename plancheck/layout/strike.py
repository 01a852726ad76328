"""Struck-through text: characters with a thin rule drawn through their middle.

A draft printed with its review marks shown (tracked changes) strikes the
deleted text through and underlines the inserted text: the text layer holds both, run
together ('godtbedre', '20272028'). Struck text is deleted text, on any document: it is no
part of what the plan says. An underline runs under the baseline, a strike-through across the
letters' middle; this stage takes the characters a thin horizontal path crosses there out of
the text, before they make words, and hands them back apart (:func:`split_struck`): the lines
they make are kept as ``Document.struck``, where a number a withdrawn row held is no gap in the
plan's numbering. Geometry only.
"""

from __future__ import annotations

from collections import defaultdict

from plancheck.layout.chars import Char
from plancheck.layout.marks import Box
from plancheck.layout.settings import DEFAULT, LayoutSettings

_BUCKET = 4.0  # pt: rules filed by the height of their middle


def strike_rules(shapes: list[Box], settings: LayoutSettings = DEFAULT) -> list[Box]:
    """The thin horizontal paths of a page (at most ``settings.strike_max_thickness`` tall,
    wider than tall): the candidates for strike-throughs."""
    return [
        b for b in shapes
        if 0 <= b[3] - b[1] <= settings.strike_max_thickness and b[2] - b[0] > 2 * max(b[3] - b[1], 0.1)
    ]


def split_struck(chars: list[Char], shapes: list[Box], settings: LayoutSettings = DEFAULT) -> tuple[list[Char], list[Char]]:
    """``chars`` less those struck through, and those struck through: a thin horizontal rule (:func:`strike_rules`) spans
    the character's horizontal middle, no thicker than ``settings.strike_thickness_ratio`` of its
    size, its middle between ``settings.strike_low_ratio`` and ``settings.strike_high_ratio``
    sizes above the character's bottom (an underline lies at or under the bottom, a rule of a
    table or a frame above or below the text's box, not across it). Only upright characters:
    a column header turned on its side is one box taller than ``settings.
    strike_upright_height_ratio`` sizes, and a table's rule may cross it without striking it."""
    rules = strike_rules(shapes, settings)
    if not rules or not chars:
        return chars, []
    by_height: dict[int, list[Box]] = defaultdict(list)
    for r in rules:
        by_height[int(((r[1] + r[3]) / 2) // _BUCKET)].append(r)
    lo, hi = settings.strike_low_ratio, settings.strike_high_ratio
    # the rules that may strike a character through, per bottom and size: alike for the
    # characters of one line, so looked for once per line, not per character
    near: dict[tuple[float, float], list[Box]] = {}
    out: list[Char] = []
    struck: list[Char] = []
    for c in chars:
        size = c.size
        if c.text.isspace() or size <= 0 or c.bottom - c.top > settings.strike_upright_height_ratio * size:
            out.append(c)  # a label turned on its side (one box over the run) has no middle line to strike
            continue
        across = near.get((c.bottom, size))
        if across is None:
            top, bottom = c.bottom - hi * size, c.bottom - lo * size
            thick = settings.strike_thickness_ratio * size
            across = near[(c.bottom, size)] = [
                r
                for k in range(int(top // _BUCKET), int(bottom // _BUCKET) + 1)
                for r in by_height.get(k, ())
                if top <= (r[1] + r[3]) / 2 <= bottom and r[3] - r[1] <= thick
            ]
        if across:
            mid_x = (c.x0 + c.x1) / 2
            if any(r[0] <= mid_x <= r[2] for r in across):
                struck.append(c)
                continue
        out.append(c)
    return out, struck
