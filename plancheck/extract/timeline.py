"""A vertical timeline: time labels on a line, cards hanging beside it.

A web page or brochure may set its measures on a timeline: short time labels ("Høsten 2026",
"2027", "Løpende") as pills stacked on a vertical line, and under each the cards of that time,
left or right of the line (often alternating). A card is a title (the measure), perhaps a field
line ("Ansvarig: …") and chips naming the goals it serves ("Mål 2"). The deadline is printed
once, on the label; each card takes the label it hangs under: the nearest label above it on the
line, in reading order (a card at the top of a page hangs under the last label of the page
before).

Found by geometry: at least ``min_time_labels`` short blocks that the deadline parser reads as a
time, their centres on one vertical line; every other block from the first label to the last
stands beside that line, never across it. A short block centred on the line that is no time
("Ikke fastsatt", "Not scheduled") is a label too: its cards have no deadline. A column of dates in
a table is a table, and dated news items (the date over a text as wide as the page) cross the
line: neither is a timeline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import median

from plancheck.extract.fields import field_line
from plancheck.extract.roles import bare_label
from plancheck.lang.deadlines import looks_like_deadline
from plancheck.models import Block, BlockKind


@dataclass(frozen=True)
class TimelineSettings:
    """What makes a column of labels a timeline (PDF points)."""

    max_label_words: int = 4  # "Høsten 2026", "Not scheduled": a pill, not a sentence
    min_time_labels: int = 3  # fewer is no line
    line_tolerance: float = 12.0  # the labels' centres lie this close to the line
    beside_margin: float = 2.0  # a card may touch the line by this much and still stand beside it
    min_carded_share: float = 0.5  # at least this share of the cards say who or which goal


TIMELINE = TimelineSettings()


@dataclass
class TimelineCard:
    """One card: its title block, the blocks of its fields and chips, the label it hangs
    under (its text, "" for a label that is no time), the owner field's value and the goal
    numbers its chips name."""

    title: int
    label: str
    parts: list[int] = field(default_factory=list)
    owner: str | None = None
    deadline: str | None = None  # a deadline field on the card itself beats the label
    goals: list[str] = field(default_factory=list)


@dataclass
class Timeline:
    """The cards by title index and the indices of the labels (no items themselves)."""

    cards: dict[int, TimelineCard] = field(default_factory=dict)
    labels: set[int] = field(default_factory=set)


def _centre(b: Block) -> float | None:
    """The block's horizontal centre (None without a box): labels on the line share it."""
    box = b.provenance.bbox
    return None if box is None else (box.x0 + box.x1) / 2


def _short(b: Block, settings: TimelineSettings) -> bool:
    """Short enough for a pill on the line (``max_label_words``), not a card's sentence."""
    return b.kind in (BlockKind.heading, BlockKind.paragraph) and 0 < len(b.text.split()) <= settings.max_label_words


def _goal_chip(text: str) -> list[str] | None:
    """The goal numbers a chip names ("Mål 2", "Goal 3"): a goal label with nothing after it."""
    found = bare_label(text.strip())
    if found is None or found[0] not in ("goal", "main_goal", "sub_goal") or not found[1]:
        return None
    return [found[1].strip(".")]


def _crosses(b: Block, x: float, settings: TimelineSettings) -> bool:
    """Does ``b`` stand across the line at ``x`` (more than ``beside_margin`` on both sides)?
    A card stands beside it; a block across it is no part of a timeline."""
    box = b.provenance.bbox
    return box is not None and box.x0 + settings.beside_margin < x < box.x1 - settings.beside_margin


def _emphatic(b: Block) -> bool:
    """Set as a title: a heading or bold."""
    return b.kind == BlockKind.heading or b.bold


def _below(b: Block, label: Block, settings: TimelineSettings) -> bool:
    """Does ``b`` hang under ``label``: on a later page, or starting below the label's top?"""
    box, lbox = b.provenance.bbox, label.provenance.bbox
    if box is None or lbox is None or (b.provenance.page or 0) != (label.provenance.page or 0):
        return True
    return box.top >= lbox.bottom - settings.beside_margin


def _densest(values: list[float], tolerance: float) -> float:
    """The value with the most others within ``tolerance`` of it (a sliding window over the
    sorted values: a document of many dates stays linear after the sort)."""
    xs = sorted(values)
    best, most, lo, hi = xs[0], 0, 0, 0
    for i, v in enumerate(xs):
        while xs[lo] < v - tolerance:
            lo += 1
        hi = max(hi, i)
        while hi + 1 < len(xs) and xs[hi + 1] <= v + tolerance:
            hi += 1
        if hi - lo + 1 > most:
            best, most = v, hi - lo + 1
    return best


def find_timeline(blocks: list[Block], settings: TimelineSettings = TIMELINE) -> Timeline:
    """The timeline of the document, if it has one (see the module's docstring); an empty
    :class:`Timeline` otherwise."""
    times = [i for i, b in enumerate(blocks) if _short(b, settings) and _centre(b) is not None and looks_like_deadline(b.text)]
    if len(times) < settings.min_time_labels:
        return Timeline()
    # the line: the centre most time labels share
    centres = [c for i in times if (c := _centre(blocks[i])) is not None]
    best = _densest(centres, settings.line_tolerance)
    on_line = [i for i in times if abs((_centre(blocks[i]) or 0) - best) <= settings.line_tolerance]
    if len(on_line) < settings.min_time_labels:
        return Timeline()
    x = median(_centre(blocks[i]) or 0 for i in on_line)
    first, last = on_line[0], on_line[-1]
    labels: list[int] = []
    for i in range(first, last + 1):
        b = blocks[i]
        if b.kind == BlockKind.table or b.provenance.bbox is None:
            return Timeline()
        if _short(b, settings) and abs((_centre(b) or 0) - x) <= settings.line_tolerance:
            labels.append(i)  # a time label, or a label that is no time ("Not scheduled")
        elif _crosses(b, x, settings):
            return Timeline()
    # the cards of the last label: until a block crosses the line or a heading above the
    # level of the timeline's own headings (the next chapter) begins
    levels = [b.level for b in blocks[first : last + 1] if b.kind == BlockKind.heading and b.level is not None]
    top = min(levels) if levels else None
    end = last + 1
    while end < len(blocks):
        b = blocks[end]
        if b.kind == BlockKind.table or b.provenance.bbox is None:
            break
        if b.kind == BlockKind.heading and (top is None or (b.level or 0) < top):
            break
        if _short(b, settings) and abs((_centre(b) or 0) - x) <= settings.line_tolerance:
            labels.append(end)  # a label after the last time: "Ikke fastsatt", "Not scheduled"
        elif _crosses(b, x, settings):
            break
        end += 1
    line = Timeline(labels=set(labels))
    label_text = ""
    label_at = blocks[first]
    card: TimelineCard | None = None
    side = 0
    for i in range(first, end):
        b = blocks[i]
        if i in line.labels:
            label_text = b.text.strip() if looks_like_deadline(b.text) else ""
            label_at = b
            card = None
            continue
        if not _below(b, label_at, settings):
            return Timeline()  # beside its label, not under it: a row of a borderless table
        here = -1 if (_centre(b) or 0) < x else 1
        fields = field_line(b.text)
        chip = _goal_chip(b.text)
        if card is not None and here == side and (fields or chip):
            card.parts.append(i)
            for role, value in fields or []:
                if role == "owner" and value:
                    card.owner = value
                elif role == "deadline" and value:
                    card.deadline = value
            card.goals.extend(chip or [])
            continue
        if card is not None and here == side and not card.parts and _emphatic(blocks[card.title]) and not _emphatic(b):
            card.parts.append(i)  # the plain text under a bold title, before its fields: its description
            continue
        card = TimelineCard(title=i, label=label_text)
        side = here
        line.cards[i] = card
    carded = [c for c in line.cards.values() if c.owner or c.goals]
    if not line.cards or len(carded) < settings.min_carded_share * len(line.cards):
        return Timeline()
    return line
