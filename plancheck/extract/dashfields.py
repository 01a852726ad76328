"""Fields a measure's line sets after dashes at its end: '<measure> – <deadline> – <goal codes>'.

A plan that lists its measures as bullets, not in a table, may close each bullet with the
deadline and the codes of the goals it serves, each after a dash ("Opne ein ny møteplass
– 2027 – M2", "Merke turstiar … – M3, M4" with no deadline). Read so only when the last field
is nothing but codes of goals (or strategies) the plan numbers: a dash inside a sentence ("… –
også for barn") is no field, and a closing year alone is left to the readers that look for one.
The fields between the text and the codes must each be a deadline; anything else and the line
is left as it is.
"""

from __future__ import annotations

import re

from plancheck.models import Plan

# a field separator: an en or em dash (or a hyphen) with space on both sides
_DASH = re.compile(r"\s+[–—-]\s+")


def dash_fields(text: str, known: set[str], lang: str) -> tuple[str, str | None, list[str]] | None:
    """(the measure's text, its deadline as printed or None, the goal codes) of a line closed by
    goal codes after a dash, or None when it is not. ``known``: the plan's goal and strategy
    codes as :func:`plancheck.extract.roles.code_key` gives them. What stands before the codes
    is read as any dash tail is (:func:`plancheck.extract.fields.split_fields`: '… – 2027'); a
    field there that is no deadline leaves the line as it is."""
    from plancheck.extract.fields import split_fields
    from plancheck.extract.roles import code_key, item_codes

    flat = " ".join(text.split())
    parts = _DASH.split(flat)
    if len(parts) < 2 or len(parts) > 3 or not parts[0].strip():
        return None
    codes = item_codes(parts[-1])
    if not codes or not all(code_key(c) in known for c in codes):
        return None
    if len(parts) == 2:
        return parts[0].strip(), None, codes
    head = flat[: flat.rindex(parts[-1])].rstrip(" –—-")
    fields = split_fields(head, lang)
    if fields.deadline is None or fields.owner is not None or fields.text.strip() != parts[0].strip():
        return None
    return fields.text.strip(), fields.deadline, codes


def read_dash_fields(plan: Plan, lang: str) -> None:
    """Set the text, deadline and goal codes of each measure whose line is closed by dash fields
    (:func:`dash_fields`), when the walk gave it none of its own: the codes link it to those
    goals (``related_codes``, :func:`plancheck.extract.link.link_by_codes`). When any such line
    gives a deadline, every one of them has a place for it."""
    from plancheck.extract.roles import code_key
    from plancheck.lang.deadlines import parse_deadline

    known = {code_key(x.number) for x in [*plan.goals, *plan.strategies] if x.number}
    if not known:
        return
    found = [(m, f) for m in plan.measures if not m.related_codes and " " in m.text and (f := dash_fields(m.text, known, lang))]
    dated = any(f[1] is not None for _m, f in found)
    for m, (text, deadline, codes) in found:
        m.text = text
        m.related_codes = codes
        if deadline is not None and m.deadline is None:
            m.deadline = parse_deadline(deadline, lang=lang)
        # the lines give a place for the deadline when one of them fills it: a line going
        # straight to its codes has none (a finding, as an empty deadline cell is)
        m.has_deadline_column = m.has_deadline_column or dated
