"""Deadlines a plan gives once, in the headings over groups of measures.

A plan may sort its measures by when they are due and say so in the heading over each group
instead of a deadline column. Two forms are read here, with one settings object
(:class:`TimeHeadingSettings`):

- a **measure heading qualified by a time** (:func:`time_qualified_heading`): "Tiltak i 2031",
  "Actions for 2026/27", "Åtgärder under 2027" (the role word, a short joiner, a time) and, as
  the time of one that follows another time heading, "Løpande tiltak", "Ongoing actions". The
  rule walk (``extract/plan.py``) frames the measures under it with that time, and a heading set
  alike after it that names only a time ("Seinare i planperioden (2028–2029)", at most
  ``sibling_chars`` long) moves the frame on.
- **sibling year headings** (:func:`year_heading_deadlines`): headings of one parent and one level
  each naming one year ('Measures in 2027', '2028'), often beside one more with no year
  ('Ongoing through the period'), whatever role the walk gave them. The year is the deadline of
  every measure under it, as a year column is (due by the end of that year); a measure whose own
  text or cell already gives a date keeps it. Every measure of such a group of headings had a
  place for its date, so one under the heading with no year has none (``has_deadline_column``).
  Only when at least ``min_years`` of the siblings each name exactly one year, all different: a
  single heading with a year (a plan's title, 'Budget 2026') is no such grouping.

The year groups run after the walk and leave the measures the walk framed alone (the frame
already set ``has_deadline_column``): the two read different layouts (a measure role word
beside the time; bare years as siblings) and keep their own readings of the time, since
reading one form with the other's parser changes which headings count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plancheck.models import Document, Plan, Section


@dataclass(frozen=True)
class TimeHeadingSettings:
    # a time-qualified measure heading has at most this many words
    max_words: int = 8
    # a heading that names only a time, set like the time-qualified measure heading before it,
    # is at most this long
    sibling_chars: int = 60
    # sibling headings naming one year each, at least this many, make a group of year headings
    min_years: int = 2


TIME_HEADINGS = TimeHeadingSettings()

# the time part of a time-qualified heading is joined to the role word by at most one short
# lower-case word ("i", "for", "under", "in")
_TIME_JOINER = re.compile(r"^[^\W\d_]{1,6}$")
_YEAR = re.compile(r"(?<![\d.,/-])(?:19|20)\d\d(?![\d.,/-]?\d)")


def time_qualified_heading(title: str, before: bool = True, settings: TimeHeadingSettings = TIME_HEADINGS) -> object | None:
    """The deadline a measure heading qualified by a time gives the measures under it, or None:
    "Tiltak i 2031", "Actions for 2026/27", "Åtgärder under 2027" (the role word, a short joiner,
    a time) and, with ``before``, "Løpande tiltak", "Ongoing actions" (a time word that is
    continuous or recurring, then the role word). The role part must be a measure heading by
    itself. The second form alone does not make a heading a measure heading ("Ongoing
    initiatives" may list what already runs); it gives the time of one that follows another
    time heading."""
    from plancheck.extract.roles import _heading_matchers, _heading_tail_only
    from plancheck.lang.deadlines import parse_deadline
    from plancheck.models import DeadlineKind

    words = " ".join(title.split()).strip(" :").split()
    if not 2 <= len(words) <= settings.max_words:
        return None
    measure_rx = _heading_matchers().get("measure")
    if measure_rx is None:
        return None
    for k in range(1, len(words)):
        head, tail = " ".join(words[:k]), words[k:]
        if measure_rx.match(head) and not _heading_tail_only(head, measure_rx):
            if len(tail) > 1 and _TIME_JOINER.match(tail[0]) and tail[0].islower() and not any(c.isdigit() for c in tail[0]):
                tail = tail[1:]
            when = " ".join(tail)
            if not any(c.isdigit() for c in when):
                continue
            d = parse_deadline(when)
            if d.kind in (DeadlineKind.date, DeadlineKind.period) and d.start is not None and _all_time(when, d):
                return d
        front, rest = " ".join(words[:k]), " ".join(words[k:])
        if before and measure_rx.match(rest) and not _heading_tail_only(rest, measure_rx):
            d = parse_deadline(front)
            if d.kind in (DeadlineKind.continuous, DeadlineKind.recurring):
                return d
    return None


def _all_time(when: str, d: object) -> bool:
    """Does every word of ``when`` say something of the time ``d`` it parses to? A word without
    a digit whose removal leaves the same time ("digital tjeneste 2026") is no time word."""
    from plancheck.lang.deadlines import parse_deadline

    words = when.split()
    for i, w in enumerate(words):
        if any(c.isdigit() for c in w):
            continue
        rest = parse_deadline(" ".join(words[:i] + words[i + 1 :]))
        if rest.start == d.start and rest.end == d.end:  # type: ignore[attr-defined]
            return False
    return True


def heading_year(title: str) -> str | None:
    """The one year a heading names ('Measures for 2031' → '2031'); None for none, a range or two."""
    years = _YEAR.findall(title)
    return years[0] if len(years) == 1 and not re.search(r"\d\s*[-–—]\s*\d", title) else None


def year_groups(doc: Document, settings: TimeHeadingSettings = TIME_HEADINGS) -> dict[str, str | None]:
    """Section id → the year its heading names, for the sections of each group of sibling
    headings sorted by year (None for a sibling naming none)."""
    siblings: dict[tuple[str | None, int], list[Section]] = {}
    for s in doc.sections:
        if s.title:
            siblings.setdefault((s.parent_id, s.level), []).append(s)
    out: dict[str, str | None] = {}
    for group in siblings.values():
        years = {s.id: heading_year(s.title) for s in group}
        named = [y for y in years.values() if y]
        if len(named) >= settings.min_years and len(set(named)) == len(named):
            out.update(years)
    return out


def year_heading_deadlines(plan: Plan, doc: Document, lang: str, settings: TimeHeadingSettings = TIME_HEADINGS) -> None:
    """Give each measure under a year heading of such a group that year as its deadline."""
    groups = year_groups(doc, settings)
    if not groups:
        return
    from plancheck.lang.deadlines import parse_deadline

    for m in plan.measures:
        if m.section_id not in groups or m.has_deadline_column:
            continue  # (a table with a date column, or a time heading the walk read, says itself when each is due)
        m.has_deadline_column = True
        year = groups[m.section_id]
        if m.deadline is None and year:
            m.deadline = parse_deadline(year, lang=lang)
