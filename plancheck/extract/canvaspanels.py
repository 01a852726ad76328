"""The panels of a project canvas: a purpose panel beside numbered goals, and goals with their criteria.

A project canvas (a business model canvas, an A3 report, a one-page project charter) sets its
parts in labelled panels, each a heading in capitals and a question under it. Two of them say
what the project wants, in two ways a reader must keep apart:

- the PURPOSE panel ('Formål', 'Purpose', 'Syfte': why we do it) states the reason in a
  paragraph or two. Where the plan has no goal list it is the plan's aim, and the lexicon reads a
  purpose heading as a goal heading. Where the plan states numbered goals of its own (two or more
  labelled with a goal word and a number, 'Mål 1.', 'Goal 2:'), the purpose is their
  background: the goals are the numbered ones (:func:`purpose_sections`);
- a panel headed by a goal word JOINED to an indicator word ('Mål og kendetegn', 'Goals
  and success criteria', 'Mål og måltal') holds both: each labelled goal ('Mål 1. …') and,
  in a list under it ('✓ Mindst 12 % …'), the criteria by which it is judged. Such a list item is
  an indicator of the goal above it, not a sub-goal (:func:`criterion_of_goal`), as an item under
  an indicator heading is.

Words come from the lexicon: ``purpose_headings`` and ``and_words``, and the heading roles.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from plancheck.extract.state import GOAL_ROLES
from plancheck.models import BlockKind, Document

if TYPE_CHECKING:
    from plancheck.extract.state import _State

#: at least this many goals labelled with a number make a purpose panel background
MIN_NUMBERED_GOALS = 2


@cache
def _purpose_words() -> frozenset[str]:
    from plancheck.lang.vocab import plain_words

    return frozenset(plain_words("purpose_headings"))


def _title_key(title: str) -> str:
    return " ".join(title.split()).strip(" :.").lower()


def purpose_sections(doc: Document) -> set[str]:
    """The ids of the sections headed by a purpose word alone ('FORMÅL', 'Purpose') when the
    plan states at least ``MIN_NUMBERED_GOALS`` goals labelled with a number elsewhere; else
    none. Their text is no goal (see the module's docstring)."""
    words = _purpose_words()
    found = {s.id for s in doc.sections if _title_key(s.title) in words}
    if not found:
        return set()  # (most plans: no look at their blocks)
    from plancheck.extract.roles import bare_label, label_role

    numbered = 0
    for b in doc.blocks:
        if b.kind == BlockKind.table or b.section_id in found or not b.text:
            continue
        role, num, rest = label_role(b.text)
        bare = bare_label(b.text.strip()) if role is None else None
        if (role in GOAL_ROLES and num and rest.strip()) or (bare is not None and bare[0] in GOAL_ROLES and bare[1]):
            numbered += 1
            if numbered >= MIN_NUMBERED_GOALS:
                return found
    return set()


def joined_roles(title: str) -> set[str]:
    """The roles the parts of a heading name when it joins two or more by an 'and' word or a
    comma ('Mål og kendetegn' → {goal, indicator}); empty for a heading of one part."""
    from plancheck.extract.roles import heading_role
    from plancheck.lang.vocab import plain_words

    ands = "|".join(re.escape(w) for w in plain_words("and_words"))
    parts = [p for p in re.split(rf"\s*(?:,|&|\+|\b(?:{ands})\b)\s*", " ".join(title.split()), flags=re.IGNORECASE) if p]
    if len(parts) < 2:
        return set()
    roles = {heading_role(p)[0] for p in parts}
    return set() if None in roles else roles  # type: ignore[return-value]


def criterion_of_goal(st: _State, block) -> bool:
    """Is the list item ``block`` a criterion of the goal above it: an item under a goal
    labelled with a number (read last), in a section, or under one, whose heading joins a goal
    word and an indicator word? Then it is the goal's indicator (see the module's docstring)."""
    goal = st.last_goal
    if block.kind != BlockKind.list_item or goal is None or not goal.number or goal.section_id is None:
        return False
    if block.section_id != goal.section_id:
        return False
    parent_of = st.parent_of
    sid: str | None = block.section_id
    titles = {s.id: s.title for s in st.plan.sections}
    for _ in range(2):  # the goal's own section, and the panel it stands in
        if sid is None:
            return False
        roles = joined_roles(titles.get(sid, ""))
        if "indicator" in roles and roles & GOAL_ROLES.keys():
            return True
        sid = parent_of.get(sid)
    return False
