"""Owners and deadlines written as bullet lists beside a cell of bulleted measures, in the same order.

A table row may hold several measures as a bullet list in its measure cell and their owners and
deadlines as bullet lists in the neighbouring cells: the k-th owner bullet and the k-th deadline
bullet belong to the k-th measure. The bullets do not stand on the same baselines (a measure wraps
over several lines, an owner takes one), so only their order pairs them, not their height.

- as many bullets as measures: one each, in order;
- one bullet (or one value without a bullet): it holds for every measure of the row;
- any other count: no pairing (the cell is read as a whole, as before).

An owner or deadline bullet that repeats the one above it ("same as above", '"', the lexicon's
``same_as_above``: :func:`plancheck.extract.dittos.same_as_above`) is that value; a bullet saying
no owner is settled yet (``owner_pending``) or a deadline bullet that is only a dash is no value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_EMPTY = re.compile(r"^[\s\-–—.?]*$")


@dataclass(frozen=True)
class ParallelSettings:
    #: at least this many measures in the cell before its neighbours are paired bullet by bullet
    min_items: int = 2


def cell_bullets(text: str) -> list[str] | None:
    """The bullet items of a cell ("• A • B"), None when the cell does not open with a bullet."""
    from plancheck.extract.tables import _CELL_BULLET

    text = (text or "").strip()
    if not _CELL_BULLET.match(text):
        return None
    return [" ".join(x.split()) for x in _CELL_BULLET.split(text) if x.strip()]


def _phrase(item: str, key: str, lang: str) -> bool:
    """Whether ``item`` is, up to case, spacing and surrounding punctuation, one of the lexicon's
    words under ``key`` for ``lang``."""
    from plancheck.lang.vocab import plain_words

    said = " ".join(item.casefold().strip(" .:;()").split())
    return said in {w.casefold() for w in plain_words(key, lang)}


def parallel_values(
    count: int, cell: str, role: str, lang: str, settings: ParallelSettings = ParallelSettings()
) -> list[str] | None:
    """The value of a bulleted owner or deadline ``cell`` for each of ``count`` measures of its row
    ("" for none), or None when the cell is not a bullet list to pair (fewer than
    ``settings.min_items`` measures, no bullets, or a count that matches neither)."""
    from plancheck.extract.dittos import same_as_above

    if count < settings.min_items:
        return None
    items = cell_bullets(cell)
    if items is None:
        return None
    if len(items) == 1:
        items = items * count
    elif len(items) != count:
        return None
    out: list[str] = []
    for item in items:
        if _EMPTY.match(item):
            out.append("")
        elif same_as_above(item, lang):
            out.append(out[-1] if out else "")
        elif role == "owner" and _phrase(item, "owner_pending", lang):
            out.append("")
        else:
            out.append(item)
    return out
