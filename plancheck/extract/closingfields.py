"""Items that close with their own owner and deadline are measures, whatever the lead-in said.

A plan on a page or a brochure lists what it will do as bullets under a lead-in such as "What we
will do" or "Dette gjer vi", a lead-in the lexicon reads as announcing strategies. When most of
those bullets close with fields of their own — an owner in brackets and a deadline after a dash
("Extend CCTV coverage to the bus station (CSP) – Q4 2027", "Opne ein ny møteplass (Kultur) –
2027") — they are measures: a strategy names a direction, it has no one to answer for it by a
date. The lead-in is one piece of evidence; the fields every item carries outweigh it.

Read by form, not by words: the dash field must be a deadline (:func:`parse_deadline`), the
bracket must hold only short names (:func:`plancheck.extract.bracketowners.closing_names`), and a
plan must close at least ``min_items`` of its strategies, and ``min_share`` of those in the
sections they stand in, so. Strategies that measures carry out are left as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plancheck.models import Measure, Plan

# a deadline field after a dash at the end of the item: "… – Q4 2027", "… — Ongoing"
_DASH_TAIL = re.compile(r"\s+[–—-]\s+(?P<when>[^–—()]{1,40})$")


@dataclass(frozen=True)
class ClosingFieldSettings:
    # at least this many strategies close with fields, and this share of those in their sections
    min_items: int = 3
    min_share: float = 0.6


def closing_fields(text: str, lang: str) -> tuple[str, str | None, str | None] | None:
    """(the item's text, the owner bracket's inside or None, the deadline as printed or None) of an
    item closing with a deadline after a dash, an owner bracket, or both (bracket first: "…
    (CSP) – Q4 2027"); None when it closes with neither."""
    from plancheck.extract.bracketowners import closing_names
    from plancheck.lang.deadlines import parse_deadline
    from plancheck.models import DeadlineKind

    rest, owner, when = text.strip(), None, None
    tail = _DASH_TAIL.search(rest)
    if tail is not None:
        found = parse_deadline(tail.group("when").strip(), lang=lang)
        if found is not None and found.kind != DeadlineKind.none:
            when = tail.group("when").strip()
            rest = rest[: tail.start()].rstrip()
    bracket = closing_names(rest, lang)
    if bracket is not None:
        owner = " ".join(bracket.group("inside").split())
        rest = rest[: bracket.start()].rstrip()
    if owner is None and when is None:
        return None
    return rest, owner, when


def fielded_strategies(plan: Plan, lang: str, settings: ClosingFieldSettings = ClosingFieldSettings()) -> None:
    """Turn the strategies of ``plan`` that close with an owner and a deadline into measures, when
    the plan closes its items so (see the module's docstring)."""
    from plancheck.lang.deadlines import parse_deadline
    from plancheck.lang.owners import split_owners

    carried = {s for m in plan.measures for s in m.strategy_ids}
    leaves = [s for s in plan.strategies if s.id not in carried]
    fields = {s.id: closing_fields(s.text, lang) for s in leaves}
    fielded = [s for s in leaves if fields[s.id] is not None]
    if len(fielded) < settings.min_items:
        return
    sections = {s.section_id for s in fielded}
    group = [s for s in leaves if s.section_id in sections]
    if len(fielded) < settings.min_share * len(group):
        return
    # beside them, a strategy without fields is one of the same list when it is worded as an
    # action ('Light the harbour walls …' with its fields lost); a line of another kind (a
    # running header read as text) is left
    group = [s for s in group if fields[s.id] is not None or s.worded_as_action]
    turned = {s.id for s in group}
    for s in group:
        text, owner, when = fields[s.id] or (s.text, None, None)
        m = Measure(
            id=f"measure-{len(plan.measures) + 1}",
            text=text,
            number=s.number,
            page=s.page,
            section_id=s.section_id,
            provenance=s.provenance,
            goal_ids=list(s.goal_ids),
            owners=split_owners(owner, lang=lang) if owner else [],
            owner_text=owner,
            deadline=parse_deadline(when, lang=lang) if when else None,
            has_owner_column=True,
            has_deadline_column=True,
        )
        plan.measures.append(m)
    plan.strategies = [s for s in plan.strategies if s.id not in turned]
    _fields_expected(plan, sections, lang)


def _fields_expected(plan: Plan, sections: set[str | None], lang: str) -> None:
    """A measure already read in one of the sections whose items close with fields, itself closing
    with an owner bracket but no deadline after a dash ("Light the harbour walls (Head of
    Culture)"), is an item of the same list: the list gives every item a place for a deadline,
    so this one lacks it, as a row with an empty deadline cell does."""
    for m in plan.measures:
        if m.section_id not in sections or m.has_deadline_column or m.deadline is not None:
            continue
        found = closing_fields(" ".join(m.provenance.source_text.split()), lang) if m.provenance else None
        if found is not None and found[1] is not None:
            m.has_deadline_column = True
