"""The badges and goal chips of field cards: a poster's numbered callout bubbles.

A poster or an infographic sets each measure in a CALLOUT BUBBLE round a picture: the measure's
sentence over its fields ('Who: …  When: …'), a NUMBER BADGE on the bubble's edge (a small disc
holding '1', '2' … that the leader line into the picture starts from), and at the bubble's foot a
row of GOAL CHIPS after a goal word ('Goal  A  B': the letters or numbers of the goals the
measure serves, as the poster's goal list labels them). The layout reads the sentence and its
fields as a one-row field card (a table whose head is the field labels over an unnamed cell) and
each chip as a paragraph of one character. Read as text, each lone character is an item of its
own ('A', '2' read as goals) and the goal word over them a label.

:func:`card_chips` finds, beside each field card, the lone badge characters that belong to it:

- a CHIP ROW: a paragraph that is a goal column word alone (the lexicon's ``columns``: 'Mål',
  'Goal'), under the card (its top within ``row_gap`` of the card's foot, its left within
  ``row_indent`` of the card's), and the lone characters level with it on its right, each within
  ``chip_gap`` of the one before: the codes of the goals the card's measure serves, linked once
  the goals are read (:func:`link_chip_goals`) to the goals that carry those letters or numbers;
- a BADGE, on a card with a chip row only: a lone number whose box reaches the card's top edge
  (``badge_reach``), the bubble's own number. (A card whose goals no chip row names may carry
  its goal's number in its corner: a fishbone's measure boxes; that is left as it is read.)
- on a page with such cards, a lone character opening a line of text (``chip_gap`` before it,
  level with it): a chip labelling a bubble of its own (a grey information bubble's goal letter).

The blocks found are no items. A lone character is never a goal; what it labels is its bubble.
Gate: a page without a one-row field card and a lone character is not looked at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plancheck.models import Block, BlockKind

#: a badge's or chip's text: one letter, or a number of one or two digits
_LONE = re.compile(r"^(?:\d{1,2}|[^\W\d_])$")


@dataclass(frozen=True)
class BubbleChipSettings:
    #: how far (pt) a badge's box may stand from the card's top edge and its sides
    badge_reach: float = 12.0
    #: how far (pt) under the card's foot the chip row's goal word may start
    row_gap: float = 14.0
    #: how far (pt) the goal word's left may stand from the card's left
    row_indent: float = 6.0
    #: the widest gap (pt) between the goal word and its first chip, or one chip and the next
    chip_gap: float = 24.0
    #: how far (pt) a chip's middle may stand from the chip row's middle
    level: float = 4.0


BUBBLE_CHIPS = BubbleChipSettings()


@dataclass
class CardChips:
    taken: set[int] = field(default_factory=set)  # the badges, goal words and chips: no items
    codes: dict[int, list[str]] = field(default_factory=dict)  # card block → its goal chips


def _field_card(block: Block) -> bool:
    t = block.table
    return (block.kind == BlockKind.table and t is not None and len(t.rows) == 1 and len(t.header) >= 2
            and not t.header[0].strip() and all(h.strip() for h in t.header[1:]))


def _box(block: Block) -> tuple[float, ...]:
    b = block.provenance.bbox
    return (b.x0, b.top, b.x1, b.bottom) if b is not None else ()


def _lone(block: Block) -> bool:
    return block.kind == BlockKind.paragraph and bool(_LONE.match(block.text.strip()))


def card_chips(blocks: list[Block], settings: BubbleChipSettings = BUBBLE_CHIPS) -> CardChips:
    """The badges and goal chip rows of the field cards among ``blocks`` (see the module)."""
    out = CardChips()
    cards = [k for k, b in enumerate(blocks) if _field_card(b)]
    if not cards:
        return out
    from plancheck.lang.vocab import column_role

    lone = [k for k, b in enumerate(blocks) if _lone(b)]
    if not lone:
        return out
    words = [k for k, b in enumerate(blocks)
             if b.kind == BlockKind.paragraph and len(b.text.split()) == 1 and not _lone(b)
             and column_role(b.text.strip().rstrip(":")) == "goal"]
    s = settings
    for c in cards:
        card = blocks[c]
        if card.provenance.bbox is None:
            continue
        x0, top, x1, bottom = _box(card)
        page = card.provenance.page
        for w in words:
            wb = _box(blocks[w])
            if (w in out.taken or blocks[w].provenance.page != page or not wb
                    or not (bottom - s.level <= wb[1] <= bottom + s.row_gap) or abs(wb[0] - x0) > s.row_indent):
                continue
            middle = (wb[1] + wb[3]) / 2
            row = sorted((kb[0], k) for k in lone
                         if k not in out.taken and blocks[k].provenance.page == page and (kb := _box(blocks[k]))
                         and abs((kb[1] + kb[3]) / 2 - middle) <= s.level and kb[0] >= wb[2])
            right, codes = wb[2], []
            for bx0, k in row:
                if bx0 - right > s.chip_gap:
                    break
                codes.append(k)
                right = _box(blocks[k])[2]
            if codes:
                out.taken |= {w, *codes}
                out.codes[c] = [blocks[k].text.strip() for k in codes]
                break
        if c not in out.codes:
            continue  # a card whose goals no chip row names: a number on its edge may be its goal's
        for k in lone:
            b = blocks[k]
            bb = _box(b)
            if (k not in out.taken and b.provenance.page == page and bb and b.text.strip().isdigit()
                    and abs(bb[1] - top) <= s.badge_reach and bb[0] >= x0 - s.badge_reach and bb[2] <= x1 + s.badge_reach):
                out.taken.add(k)
    if not out.codes:
        return out
    pages = {blocks[c].provenance.page for c in out.codes}
    for k in lone:
        # a chip opening a line of its own bubble ('D' before 'Culture and events:'): its label
        b = blocks[k]
        kb = _box(b)
        if k in out.taken or not kb or b.provenance.page not in pages:
            continue
        for j in (k - 1, k + 1, k - 2, k + 2):
            if (0 <= j < len(blocks) and j not in out.taken and blocks[j].provenance.page == b.provenance.page
                    and blocks[j].kind != BlockKind.table and len(blocks[j].text.split()) > 1):
                jb = _box(blocks[j])
                if jb and 0 <= jb[0] - kb[2] <= s.chip_gap and abs(jb[1] - kb[1]) <= s.level:
                    out.taken.add(k)
                    break
    return out


def link_chip_goals(goals: list, blocks: list[Block], chipped: list[tuple[object, list[str]]]) -> None:
    """Each measure of ``chipped`` (a measure and its bubble's goal chips) serves the goals its
    chips name, and only those: a goal carries a chip's code as its number, or as the number of
    the block it was read from (a goal list's letter chips 'A'–'D' set by each goal's sentence).
    A measure a chip of which names no goal keeps the goals the walk gave it (by its place on the
    page, which on a poster says nothing of its goal)."""
    if not chipped:
        return
    from plancheck.extract.roles import code_key

    numbered = {(b.provenance.page, _box(b)): b.number for b in blocks if b.number and b.provenance.bbox is not None}
    by_code: dict[str, object] = {}
    for g in goals:
        number = g.number or numbered.get((g.provenance.page, (g.provenance.bbox.x0, g.provenance.bbox.top,
                                                                g.provenance.bbox.x1, g.provenance.bbox.bottom))
                                          if g.provenance is not None and g.provenance.bbox is not None else None)
        if number:
            by_code.setdefault(code_key(number), g)
    for m, codes in chipped:
        named = [by_code.get(code_key(c)) for c in codes]
        if named and all(g is not None for g in named):
            m.goal_ids = list(dict.fromkeys(g.id for g in named))
            m.strategy_ids = []
