"""Owners a plan names once, in the heading over a group of measures.

A plan may sort its measures by who carries them out and say so in the group's heading instead of
an owner column: "Socialnämnden ansvarar för" over a table 'Åtgärd | Mål | Klart', "Parks Team is
responsible for" over a list, or a label heading "Ansvarlig: Kulturenheten". The body named there
owns every measure under the heading that names no owner of its own. The phrases are the
lexicon's ``owner_heading_phrases`` and ``owner_labels`` per language.

A plan that gives owners this way gives every measure a place for one: a measure under a heading
that names no owner ("Ansvar fördelas senare") has none, and the checks say so.
"""

from __future__ import annotations

import re
from functools import cache

from plancheck.models import Measure, Section

# the owner named before the phrase is a short name: at most this many characters
_OWNER_CHARS = 80


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    from plancheck.lang.vocab import alternation, plain_words

    phrases = plain_words("owner_heading_phrases", lang)
    labels = plain_words("owner_labels", lang)
    before = (
        re.compile(rf"^\s*(?P<owner>\S.{{0,{_OWNER_CHARS}}}?)\s+(?:{alternation(phrases)})\s*:?\s*$", re.IGNORECASE)
        if phrases else None
    )
    after = re.compile(rf"^\s*(?:{alternation(labels)})\s*:\s*(?P<owner>\S.{{0,{_OWNER_CHARS}}})$", re.IGNORECASE) if labels else None
    return before, after


def heading_owner(title: str, lang: str) -> str | None:
    """The owner a group heading names ("Socialnämnden ansvarar för" → "Socialnämnden"), or None."""
    from plancheck.lang.owners import is_owner_like

    before, after = _patterns(lang)
    for rx in (before, after):
        m = rx.match(" ".join(title.split())) if rx is not None else None
        if m is None:
            continue
        owner = m.group("owner").strip(" :–—-")
        if owner and not any(c.isdigit() for c in owner) and (owner[:1].isupper() or is_owner_like(owner, lang)):
            return owner
    return None


def owner_over(sections: list[Section], section_id: str | None, lang: str) -> str | None:
    """The owner the nearest heading over ``section_id`` (itself or one above it) names as a group
    owner, or None. A table of activities under such a heading is a table of measures whose
    owner the heading gives, though it has no owner column of its own."""
    by_id = {s.id: s for s in sections}
    cur, seen = by_id.get(section_id or ""), set()
    while cur is not None and cur.id not in seen:
        if (owner := heading_owner(cur.title, lang)) is not None:
            return owner
        seen.add(cur.id)
        cur = by_id.get(cur.parent_id) if cur.parent_id else None
    return None


def group_owners(measures: list[Measure], sections: list[Section], lang: str) -> None:
    """Give each measure without an owner (and without an owner column of its own) the owner
    its nearest group heading names."""
    from plancheck.lang.owners import split_owners

    by_id = {s.id: s for s in sections}
    named: dict[str, str | None] = {s.id: heading_owner(s.title, lang) for s in sections}
    if not any(named.values()):
        return
    for m in measures:
        if m.owners or m.has_owner_column:
            continue
        owner, cur, seen = None, by_id.get(m.section_id or ""), set()
        while cur is not None and cur.id not in seen and owner is None:
            # the heading the measure stands under, or one above it ("Socialnämnden ansvarar
            # för" over "Mål 1"); a sibling group's heading is none of these
            owner = named.get(cur.id)
            seen.add(cur.id)
            cur = by_id.get(cur.parent_id) if cur.parent_id else None
        m.has_owner_column = True  # the plan gives owners in its group headings
        if owner:
            m.owners = split_owners(owner, lang=lang)
            m.owner_text = owner
