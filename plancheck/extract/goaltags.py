"""A small tag over an action naming the goals it serves by label and number ('Aim 1', 'Aims 2 and 4').

A leaflet or card layout often prints each action with a small tag right above it, set in
smaller type than the action (a coloured lozenge: 'Aim 2', 'Mål 3', 'Aims 2 and 4'), naming the
declared goals it serves by the goal label and their numbers alone. The tag is drawn as a shape,
not as a card's chip (no frame holds the action), so the layout reads it as a paragraph of its
own: it is not the label of a goal that follows (the goals were declared earlier), and the item
right under it serves the goals it names.

The tag must stand right above the item (at most ``max_gap_lines`` of its own line heights, its
left edge within ``max_indent`` points of the item's) and be set smaller than the item; only a
paragraph of at most ``max_words`` words is looked at, so other documents cost nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass

from plancheck.lang.vocab import plain_words


@dataclass(frozen=True)
class GoalTagSettings:
    """How a goal tag over an item is recognised."""

    max_words: int = 6  # 'Aims 1, 2 and 3'
    max_gap_lines: float = 2.0  # the item starts this many of the tag's line heights under it, at most
    max_indent: float = 12.0  # points between the tag's left edge and the item's
    min_size_step: float = 0.5  # the tag is set at least this many points smaller than the item
    max_blocks: int = 2  # the item under it is read within this many blocks (a title, then its fields)


GOAL_TAGS = GoalTagSettings()


def _tag_pattern() -> re.Pattern[str]:
    ands = "|".join(re.escape(w) for w in sorted(plain_words("and_words"), key=len, reverse=True))
    return re.compile(
        rf"^\s*(?P<word>[^\W\d_]+)\s+(?P<nums>\d{{1,2}}(?:\s*(?:,|&|{ands})\s*\d{{1,2}})*)\s*$", re.IGNORECASE
    )


_TAG: re.Pattern[str] | None = None


def tag_numbers(text: str) -> list[str]:
    """The goal numbers a tag names ('Aim 2' → ['2'], 'Aims 2 and 4' → ['2', '4']): a goal label
    of the lexicon (or its plural in -s) and numbers joined by commas or and-words; [] for any
    other text."""
    global _TAG
    from plancheck.extract.roles import _label_role_of
    from plancheck.extract.state import GOAL_ROLES

    if len(text.split()) > GOAL_TAGS.max_words:
        return []
    _TAG = _TAG or _tag_pattern()
    m = _TAG.match(" ".join(text.split()))
    if m is None:
        return []
    word = m.group("word")
    role = _label_role_of(word) or (_label_role_of(word[:-1]) if word.lower().endswith("s") else "")
    if role not in GOAL_ROLES:
        return []
    return re.findall(r"\d{1,2}", m.group("nums"))


def tag_over_item(tag, item, settings: GoalTagSettings = GOAL_TAGS) -> bool:
    """Does the paragraph ``tag`` stand right above ``item``, set smaller, at its left edge?"""
    a, b = tag.provenance, item.provenance
    if a is None or b is None or a.bbox is None or b.bbox is None or a.page != b.page or tag.font_size is None:
        return False
    height = a.bbox.bottom - a.bbox.top
    gap = b.bbox.top - a.bbox.bottom
    if gap < 0 or gap > settings.max_gap_lines * height or abs(b.bbox.x0 - a.bbox.x0) > settings.max_indent:
        return False
    if item.font_size is None and item.table is not None:
        # (a table's text has no one size: its first cell's height stands for it, a line or more)
        return height + settings.min_size_step <= _first_row_height(item)
    return item.font_size is not None and tag.font_size + settings.min_size_step <= item.font_size


def _first_row_height(item) -> float:
    """The height of a table block's first line of text, from its cells' boxes (0 when unknown)."""
    rows = getattr(item.table, "rows", None) or []
    for row in rows:
        for cell in row:
            box = getattr(cell, "bbox", None)
            if box is not None:
                return box.bottom - box.top
    return 0.0
