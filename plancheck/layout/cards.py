"""Cards with chips, and numbers drawn inside shapes: two things a web page prints as boxes.

A designer sets each action of a plan on a CARD: a filled or framed rectangle holding the
action's sentence and, under it, a row of CHIPS - small rounded boxes of a few words each (the
team that leads it, the target date), with no label saying which is which. The cards often stand
in a grid of two or three columns, too close together for the column cut, so the card beside
joins the sentence's lines ("Publish an online map … Install accessible paths …") and the chips
run into one line ("Finance 2026 Roads and Transport Team 2027"). The rectangles say
where each card and chip ends: :func:`item_boxes` finds them, and the page reads each card as a
region of its own (like a frame) and each chip as a line of its own (``Line.meta["chip"]``,
then :attr:`plancheck.models.Block.chip`); what a chip holds is for extraction to read.

An outline number is sometimes drawn inside a filled circle or square beside its item's text
(a numbered badge: "2", or a number of two or three levels, "3.4", a goal numbered by the target
it adapts). When the item runs over two lines the badge stands between them, and its number is
read as a line of its own ("2") that cuts the item's text in two, or joins the second line ("3.4
gjennom hele livet."). :func:`shape_numbers` puts such a number on the first line of the text
beside its shape, where a typed number stands.

Geometry only: no words are read here beyond "is this a number".
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from plancheck.layout.boxes import box_within, crosses_box, inside_box, nearly_square
from plancheck.layout.marks import Box
from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.words import Word

if TYPE_CHECKING:
    from plancheck.layout.columns import Region

# a number badge's number: "3" (a circled goal number in a card's corner, :func:`number_badges`)
_BADGE_NUMBER = re.compile(r"^\d{1,2}$")

# "2", "2.", and an outline number of two or three levels ("3.4", "11.7", "2.1.3")
_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,2}\.?$")


def distinct_boxes(boxes: list[Box], slack: float) -> list[Box]:
    """The boxes, each once: a shape filled and then stroked is two paths of one box. A box
    is dropped when a box kept before it has every side within ``slack`` of its own.

    Why the grid: a page of a few hundred shapes compared every box with every kept one (a
    tenth of reading a plan of drawn boxes). The kept boxes are filed by their top-left
    corner in cells ``2 * slack`` wide, so a box within ``slack`` of a kept one lies in the
    same or a neighbouring cell (the quotients differ by at most a half, rounding included);
    the exact test then decides, so the result is the one of the pairwise comparison. A box
    whose corner is not a finite number matches no box under that test and is kept unfiled."""
    out: list[Box] = []
    cell = 2.0 * slack if slack > 0 else 1.0
    grid: dict[tuple[int, int], list[Box]] = {}
    for b in boxes:
        x0, y0, x1, y1 = b[0], b[1], b[2], b[3]
        try:
            cx, cy = math.floor(x0 / cell), math.floor(y0 / cell)
        except (ValueError, OverflowError):  # NaN or infinite: never within slack of anything
            out.append(b)
            continue
        duplicate = False
        for gx in (cx - 1, cx, cx + 1):
            for gy in (cy - 1, cy, cy + 1):
                for o in grid.get((gx, gy), ()):
                    if abs(x0 - o[0]) <= slack and abs(y0 - o[1]) <= slack and abs(x1 - o[2]) <= slack and abs(y1 - o[3]) <= slack:
                        duplicate = True
                        break
                if duplicate:
                    break
            if duplicate:
                break
        if not duplicate:
            out.append(b)
            grid.setdefault((cx, cy), []).append(b)
    return out


def _one_line(words: list[Word], settings: LayoutSettings) -> bool:
    return bool(words) and max(w.top for w in words) - min(w.top for w in words) <= settings.y_tolerance


#: a bound checked before an exact test is widened by this (pt), so that rounding in the bound's
#: sums can only let a box through to the exact test, never keep one out of it
_BOUND_SLACK = 1e-6


def _tallest(words: list[Word]) -> float:
    """The height of the tallest of ``words`` (0 for none; infinite when a height is not a
    number, so that a bound made from it keeps nothing out of the exact test)."""
    heights = [w.bottom - w.top for w in words]
    if any(h != h for h in heights):  # NaN
        return math.inf
    return max(heights, default=0.0)


def is_chip(box: Box, words: list[Word], settings: LayoutSettings = DEFAULT, tallest: float | None = None) -> bool:
    """A chip: a box around a few words on one line (``chip_max_words``), hardly taller than
    them (``chip_max_height_ratio`` of their height), that cuts through no word.

    ``tallest`` (:func:`_tallest` of ``words``, when the caller asks for many boxes): the words
    a chip holds stand on one line, their tops within ``y_tolerance``, so they are at most
    ``y_tolerance`` more than the tallest word tall; a box taller than the ratio of that is no
    chip, and the words are not looked through for it."""
    if tallest is not None and box[3] - box[1] > (
        settings.chip_max_height_ratio * (tallest + settings.y_tolerance) + _BOUND_SLACK
    ):
        return False
    slack = settings.side_box_slack
    held = [w for w in words if inside_box(w, box, slack)]
    if not held or len(held) > settings.chip_max_words or not _one_line(held, settings):
        return False
    if any(crosses_box(w, box, slack) for w in words):
        return False
    text_height = max(w.bottom for w in held) - min(w.top for w in held)
    return box[3] - box[1] <= settings.chip_max_height_ratio * text_height


def item_boxes(shapes: list[Box], words: list[Word], page_width: float, settings: LayoutSettings = DEFAULT) -> list[tuple[Box, list[Box]]]:
    """The cards of a page and the chips of each, left to right: a card is a box narrower than
    ``side_box_max_width_ratio`` of the page that cuts through no word, holds at least one chip
    (at most half its height) and at least ``card_min_words`` words in no box inside it (the
    item's own text, not a table's cells). A card inside another card is the one read (the
    outer box is a panel around the grid)."""
    slack = settings.side_box_slack
    if not shapes or len(shapes) > settings.card_max_shapes:
        return []  # a drawing (a map, a chart), not a page of cards
    boxes = distinct_boxes(shapes, slack)
    tallest = _tallest(words)
    chips = [b for b in boxes if is_chip(b, words, settings, tallest)]
    cards: list[tuple[Box, list[Box]]] = []
    for b in boxes:
        w, h = b[2] - b[0], b[3] - b[1]
        if b in chips or min(w, h) < settings.side_box_min_size or w > settings.side_box_max_width_ratio * page_width:
            continue
        if any(crosses_box(x, b, slack) for x in words):
            continue
        own = [c for c in chips if box_within(c, b, slack) and c[3] - c[1] <= 0.5 * h]
        if not own:
            continue
        # the card's own text stands on the card, in no box inside it: a small table drawn
        # with a box per cell (single-line cells look like chips) is no card
        inner = [o for o in boxes if o != b and box_within(o, b, slack)]
        text = [x for x in words if inside_box(x, b, slack) and not any(inside_box(x, o, slack) for o in inner)]
        if len(text) < settings.card_min_words:
            continue
        cards.append((b, sorted(own, key=lambda c: (round((c[1] + c[3]) / 2 / settings.y_tolerance), c[0]))))
    return [(b, cs) for b, cs in cards if not any(o != b and box_within(o, b, slack) for o, _c in cards)]


def shape_numbers(shapes: list[Box], words: list[Word], settings: LayoutSettings = DEFAULT) -> list[Word]:
    """``words`` with every number drawn inside a shape (a number alone - "2", "3.4" - in a filled circle or
    square no bigger than ``shape_number_max_ratio`` of the number's height, nearly square) moved
    onto the first line of the text beside the shape on its right (within
    ``mark_gap_ratio`` font sizes): the item's outline number, where a typed one would stand."""
    slack = settings.side_box_slack
    out = list(words)
    if len(shapes) > settings.card_max_shapes:
        return out  # a drawing (a map, a chart), not a page of badges
    # a badge is at most the ratio times as tall as the digit it holds, and no digit is taller
    # than the tallest word (a moved digit takes the height of a word already here): a taller
    # shape is no badge, and the words are not looked through for it
    badge_max = settings.shape_number_max_ratio * _tallest(words) + _BOUND_SLACK
    for box in distinct_boxes(shapes, slack):
        bh = box[3] - box[1]
        if not nearly_square(box, settings) or bh > badge_max:
            continue
        held = [k for k, w in enumerate(out) if inside_box(w, box, slack)]
        if len(held) != 1 or not _NUMBER.match(out[held[0]].text):
            continue
        digit = out[held[0]]
        if bh > settings.shape_number_max_ratio * (digit.bottom - digit.top):
            continue
        beside = [w for w in out if w.x0 >= box[2] and w.x0 - box[2] <= settings.mark_gap_ratio * max(w.size, digit.size)
                  and w.bottom > box[1] and w.top < box[3]]
        if not beside:
            continue
        first = min(beside, key=lambda w: w.top)
        out[held[0]] = replace(digit, top=first.top, bottom=first.bottom)
    return out


def number_badges(chips: list[Region], rest: list[Word], settings: LayoutSettings = DEFAULT) -> bool:
    """Marks the chips of a card that are NUMBER BADGES as :attr:`Region.head_chip` (read before
    the card's text) and says whether there were any: a chip holding one number alone ("3", a
    circled number), level with the card's first line and right of all its words, in the card's
    top corner. A card drawn for an action often names the goals it serves so (a fishbone's
    measure boxes, an infographic's action cards: "the numbered rings are the goals"); read after the text,
    as other chips are, the number would stand alone after the item it tags. A chip beside a line
    further down (a date, a team) or holding words is no badge, and a card none of whose chips
    is one is read as before. Geometry only: no words are read here beyond "is this a number"."""
    top = min(w.top for w in rest)
    first = [w for w in rest if w.top <= top + settings.y_tolerance]
    first_bottom, first_right = max(w.bottom for w in first), max(w.x1 for w in first)
    badges = [r for r in chips if len(r.words) == 1 and _BADGE_NUMBER.match(r.words[0].text)
              and r.top < first_bottom and r.bottom > top and r.x0 >= first_right]
    for r in badges:
        r.head_chip = True
    return bool(badges)
