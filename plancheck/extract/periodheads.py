"""The time columns of a Gantt chart whose heads are not times by themselves: parts of a year
numbered under the year spanning them, and a column for work running past the chart's last year.

A Gantt by quarter is often set with a two-row header: the years on top, each spanning its parts
numbered "1 | 2 | 3 | 4" below. The layout joins each part to the year above it as "1 (2026)"
(see ``layout.tables``: a column under a spanning header cell is written "<own> (<spanning>)"),
and a bare number with a year says nothing of a quarter until the count of parts under each year
does: four parts are quarters, two halves, three tertials, twelve months. Each such head is named
as the plan's language writes the part (the lexicon's ``time.numbered_parts``: "3. kvartal 2027",
"Q3 2027"), so the deadline read off the last marked column is a time of its own.

A column right after the last time column headed by one of the lexicon's ``time.later_columns``
("Senere", "Later") holds work running past the chart: a bar reaching it is due after the last
year, read as the year after it (the earliest year such work can end).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

# a bare number joined to the year spanning it by the layout ("3 (2027)"), or written with it ("3
# 2027"); or a month's initial letter ("M (2027)": a chart by month headed "J F M A …")
_NUMBERED = re.compile(r"^\s*(\d{1,2}|[^\W\d_])\.?\s*(?:\(\s*((?:19|20)\d\d)\s*\)|((?:19|20)\d\d))\s*$")
# the number of parts a year is numbered in, smallest first: halves, tertials, quarters, months
_PART_COUNTS = (2, 3, 4, 12)
# a bracket after a column's own head: the name of a header cell spanning it
_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")


@cache
def _time_section(lang: str) -> dict:
    from plancheck.lang.vocab import LANGS, lexicon_file

    return (lexicon_file(lang).get("time") or {}) if lang in LANGS else {}


def _month_name(lang: str, n: int) -> str | None:
    """The name of month ``n`` in ``lang`` (the lexicon's ``time.months``), capitalised as a head."""
    names = [w for w, k in (_time_section(lang).get("months") or {}).items() if int(k) == n]
    return str(names[0]).capitalize() if names else None


def _initials_as_months(marks: dict[int, tuple[str, int]], lang: str) -> dict[int, tuple[int, int]] | None:
    """column → (month number, year) for heads that are months' initials under their years
    ("J F M A M J J A S O N D" under "2027"), when each year's letters are the initials of the
    language's months in order: all twelve, the last ones in the first year (a chart starting
    in the autumn), or the first ones in the last year; None otherwise."""
    names = sorted((int(k), str(w)) for w, k in (_time_section(lang).get("months") or {}).items())
    initials = [w[:1].upper() for _n, w in names]
    if len(initials) != 12:
        return None
    by_year: dict[int, list[tuple[int, str]]] = {}
    for i, (t, year) in marks.items():
        by_year.setdefault(year, []).append((i, t.upper()))
    years = list(by_year)
    out: dict[int, tuple[int, int]] = {}
    for k, year in enumerate(years):
        letters = [t for _i, t in by_year[year]]
        if letters == initials:
            first = 1
        elif k == 0 and letters == initials[12 - len(letters):]:
            first = 13 - len(letters)
        elif k == len(years) - 1 and letters == initials[: len(letters)]:
            first = 1
        else:
            return None
        for j, (i, _t) in enumerate(by_year[year]):
            out[i] = (first + j, year)
    return out


def numbered_part_heads(header: list[str], lang: str) -> list[str]:
    """``header`` with each head numbering a part of the year spanning it ("3 (2027)") named as
    that part ("3. kvartal 2027"), or a month's initial its month (:func:`_initials_as_months`),
    when every year's numbers run 1, 2, … in column order, at least
    one year has all its parts, and the count of parts is that of halves, tertials, quarters or
    months (the largest number decides); ``header`` unchanged otherwise, or when the language
    has no name for the part."""
    marks: dict[int, tuple[str, int]] = {}
    for i, h in enumerate(header):
        m = _NUMBERED.match(h or "")
        if m:
            marks[i] = (m.group(1), int(m.group(2) or m.group(3)))
    if len(marks) < 2:
        return header
    if all(t.isdigit() for t, _y in marks.values()):
        parts = {i: (int(t), year) for i, (t, year) in marks.items()}
    elif (months := _initials_as_months(marks, lang)) is not None:
        parts = months
    else:
        return header
    by_year: dict[int, list[int]] = {}
    for n, year in parts.values():
        by_year.setdefault(year, []).append(n)
    for numbers in by_year.values():
        # a year's parts in column order, one after another (the first year may start late, the
        # last end early: "3 | 4" under the plan's first year)
        if any(b != a + 1 for a, b in pairwise(numbers)) or numbers[0] < 1:
            return header
    top = max(n for n, _y in parts.values())
    count = next((c for c in _PART_COUNTS if c >= top), None)
    if count is None or not any(len(ns) == count for ns in by_year.values()):
        return header
    form = (_time_section(lang).get("numbered_parts") or {}).get(str(count))
    if not form:
        return header
    out = list(header)
    for i, (n, year) in parts.items():
        month = _month_name(lang, n) if "{month}" in form else ""
        if month is None:
            return header
        out[i] = str(form).format(n=n, year=year, month=month)
    return out


def later_column(header: list[str], last: int, lang: str) -> int | None:
    """The column right after ``last`` (the chart's last time column) when its head is one of
    the lexicon's ``time.later_columns`` (of ``lang``, or any language: a chart's words may be
    another's), a bracket naming a spanning cell left out; None otherwise."""
    j = last + 1
    if j >= len(header):
        return None
    head = _BRACKET.sub("", header[j] or "").strip().strip(".:").casefold()
    return j if head and head in _later_words() else None


@cache
def _later_words() -> frozenset[str]:
    """The lexicon's ``time.later_columns`` of every language, case folded: the one list
    :data:`plancheck.lang.timewords.LATER` holds (the swimlane reader's too), read once."""
    from plancheck.lang.timewords import LATER

    return frozenset(str(w).casefold() for w in LATER)
