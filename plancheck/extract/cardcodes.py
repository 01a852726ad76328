"""A goal's code set in a chip of its card: 'O1' in a small coloured box beside 'Objective 1'.

A plan printed from a web page or a design tool sets each goal on a card: a label ('Objective 1',
'Priority 2'), the goal's sentence and, in the card's corner or under the sentence, a CHIP holding
only the goal's code ('O1', 'P-2'), the code the plan's roadmap or action table tags each action
with ('… O1 O3' under a swimlane's box). The layout reads the chip as a block of its own
(:attr:`plancheck.models.Block.chip`) after the card's text, wherever it is drawn on the card
(:mod:`plancheck.layout.cards`). Read as any paragraph, the code alone was taken for a goal of its
own, and the card's goal, numbered only by its label, was one no tag could name.

A chip holding a code alone (capitals and a number), read right after the goal that the walk read
from its card's text (other chips of the card between), is that goal's code: it becomes the goal's
number, where the goal has none or the label numbered it with the code's own number ('Objective 1'
and 'O1'), and the chip is no item. A code whose number is another than the label's names
something else, and is read as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from plancheck.extract.roles import BARE_CODE

if TYPE_CHECKING:
    from plancheck.extract.state import _State


def card_goal_code(st: _State, index: int) -> bool:
    """Is block ``index`` a chip holding the code of the goal read from its card's text right
    before it? Then the goal takes the code as its number (see the module's docstring). True if
    so: the chip is read."""
    block = st.blocks[index]
    if not block.chip or block.head_chip or (m := BARE_CODE.match(" ".join(block.text.split()))) is None:
        return False
    goal = st.last_goal
    k = index - 1
    while k >= 0 and st.blocks[k].chip:
        k -= 1  # (the card's other chips, read before this one)
    if goal is None or k < 0 or not _same_place(goal.provenance, st.blocks[k].provenance):
        return False
    own = (goal.number or "").strip(" .):")
    if own and own != m.group("num") and own != m.group(0):
        return False  # 'Objective 2' with an 'O3' chip: the chip names another
    goal.number = m.group(0)
    return True


def _same_place(a, b) -> bool:
    """Were two items read from one block (the same page and box)?"""
    return a is b or (a.page == b.page and a.bbox is not None and a.bbox == b.bbox)
