"""Cards hanging under the boxes of an organisation chart: each card belongs to the box it hangs from.

A plan that says who does what by drawing its ORGANISATION CHART (kven gjer kva, who does what)
sets each unit in a box, the units joined into a tree by connector lines, and hangs the measures
a unit carries out as CARDS under its box: a SPINE, a thin vertical rule, runs down from the
box's bottom edge, and the unit's cards stand one under another just right of it (a tag in the
card's corner - 'Goal 2' - a sentence, a 'When: …' line). Read as running text, the boxes of a
level ran into one heading ('Water Sewage Planning'), the cards of neighbouring units into each
other, and nothing said which unit a card hangs under.

:func:`hanging_cards` finds them: a spine is a drawn shape at most ``rule_max_thickness`` wide
and at least ``orgchart_spine_min_length`` tall whose top end stands at a box's bottom edge
(within ``connector_reach``, inside the box or below it) and inside that box's width (by more
than ``side_box_slack``): the box is the UNIT. A unit whose box the page draws in no path of its own
(a dashed border drawn dash by dash in a pattern) is the text standing over the spine's top, within
``orgchart_label_reach``, above its cards; but at least ``orgchart_min_units`` units of the chart
are drawn boxes. A spine lies in no box (the side of a card is none). A CARD of the spine is a drawn box holding at
least ``card_min_words`` words and cutting through none, narrower than
``side_box_max_width_ratio`` of the page, whose left edge stands right of the spine by more
than ``side_box_slack`` and at most ``orgchart_card_gap``, its top within the spine's height; the
outermost such box (a card's coloured band or its tag is a box inside it). The chips inside a
card (:func:`plancheck.layout.cards.is_chip`: its tag) are read as the card's chips, the one at
its head first. A page is an organisation chart when spines with cards hang from at least
``orgchart_min_units`` units. The unit's NAME is the text of its box in the box's largest type
(a smaller line under it, 'staff', says what kind of unit it is).

The page reads each card as a region of its own and gives its lines the unit's name
(``Line.meta["hangs_under"]``, then :attr:`plancheck.models.Block.hangs_under`); what the name
means (the owner of the card's measure) is for extraction to read.

Cost: a page is looked at only when it draws ``orgchart_min_units`` thin vertical shapes of a
spine's length (one pass over the shapes' boxes); then the boxes of the page are listed once.

Geometry and typography only: no words are read here.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from plancheck.layout.boxes import box_within, crosses_box, inside_box
from plancheck.layout.cards import distinct_boxes, is_chip
from plancheck.layout.marks import Box
from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.words import Word


@dataclass
class HangingCard:
    """A card hanging on a spine under a unit's box: its box, its chips (head first), the unit's
    box and the unit's name as printed in its largest type."""

    box: Box
    chips: list[Box]
    unit: Box
    name: str


def _spines(shapes: list[Box], settings: LayoutSettings) -> list[Box]:
    """The thin vertical shapes of a spine's length."""
    thin, least = settings.rule_max_thickness, settings.orgchart_spine_min_length
    return [s for s in shapes if s[2] - s[0] <= thin and s[3] - s[1] >= least]


def _name(words: list[Word], settings: LayoutSettings) -> str:
    """The words of a unit's box in its largest type, in reading order."""
    biggest = max(w.size for w in words)
    big = [w for w in words if w.size >= biggest - settings.orgchart_name_size_slack]
    rows: list[list[Word]] = []
    for w in sorted(big, key=lambda w: (w.top, w.x0)):
        if rows and abs(w.top - rows[-1][0].top) <= settings.y_tolerance:
            rows[-1].append(w)
        else:
            rows.append([w])
    return " ".join(w.text for row in rows for w in sorted(row, key=lambda w: w.x0))


def hanging_cards(shapes: list[Box], words: list[Word], page_width: float,
                  settings: LayoutSettings = DEFAULT) -> list[HangingCard]:
    """The cards of an organisation chart hanging on spines under its units' boxes (see the
    module's docstring), top to bottom, left to right; [] when the page is no such chart."""
    spines = _spines(shapes, settings)
    if len(spines) < settings.orgchart_min_units:
        return []
    slack, reach = settings.side_box_slack, settings.connector_reach
    least = settings.connector_box_min_size
    boxes = [b for b in distinct_boxes([s for s in shapes if s[2] - s[0] >= least and s[3] - s[1] >= least], slack)
             if b[2] - b[0] <= settings.side_box_max_width_ratio * page_width]
    # the shapes first: a spine under a box with boxes beside it (no word is looked at before)
    hanging: list[tuple[Box, list[Box], list[Box]]] = []  # (spine, boxes it may hang from, boxes beside it)
    boxes.sort(key=lambda b: b[0])
    lefts = [b[0] for b in boxes]  # (the boxes beside a spine found by bisection: a ruled page draws hundreds)
    for s in spines:
        near = boxes[bisect.bisect_right(lefts, s[2] + slack):bisect.bisect_right(lefts, s[2] + settings.orgchart_card_gap)]
        beside = [c for c in near if s[1] - slack <= c[1] <= s[3]]
        if not beside or any(box_within(s, b, slack) for b in boxes):
            continue  # nothing hangs on it, or a side of a box (a card's border): no spine
        x = (s[0] + s[2]) / 2
        under = [b for b in boxes if b[0] + slack < x < b[2] - slack and -reach <= s[1] - b[3] <= reach]
        hanging.append((s, under, beside))
    if len({u for _s, under, _b in hanging for u in under}) < settings.orgchart_min_units:
        return []
    held: dict[Box, list[Word]] = {}

    def words_of(b: Box) -> list[Word] | None:
        """The words inside ``b``, or None when a word is cut through by its edge."""
        if b not in held:
            held[b] = [w for w in words if inside_box(w, b, slack)]
            if any(crosses_box(w, b, slack) for w in words):
                held[b] = []
        return held[b] or None

    out: list[HangingCard] = []
    units: set[Box] = set()
    for s, under, beside in hanging:
        named = [b for b in under if words_of(b)]
        cards = [c for c in beside if c not in named and len(words_of(c) or []) >= settings.card_min_words]
        cards = [c for c in cards if not any(o != c and box_within(c, o, slack) for o in cards)]
        if not cards:
            continue
        if named:
            unit = min(named, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]))
            label = held[unit]
        else:
            # a unit whose outline the page draws in no path of its own (a dashed border): its
            # label is the text standing right over the spine's top, above the spine's cards
            right = max(c[2] for c in cards)
            label = [w for w in words if 0 <= s[1] - w.bottom <= settings.orgchart_label_reach
                     and w.x1 > s[0] and w.x0 < right and not any(inside_box(w, b, slack) for b in boxes)]
            if not label:
                continue
            unit = (min(w.x0 for w in label), min(w.top for w in label), max(w.x1 for w in label), max(w.bottom for w in label))
        name = _name(label, settings)
        for c in cards:
            inner = [b for b in boxes if b != c and box_within(b, c, slack)]
            chips = [b for b in inner if is_chip(b, held[c], settings)]
            out.append(HangingCard(c, sorted(chips, key=lambda b: (b[1], b[0])), unit, name))
        units.add(unit)
    if len(units) < settings.orgchart_min_units:
        return []
    return sorted(out, key=lambda h: (h.box[1], h.box[0]))
