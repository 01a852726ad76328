"""Deadlines inherited from a year heading over a group of measures.

A plan may sort its measures by the year they are due, under sibling headings each naming one
year ('Measures in 2027', '2028'), often beside one more group with no year ('Ongoing through
the period'). The year of the heading is then the deadline of every measure under it, as a
year column is (due by the end of that year); a measure whose own text or cell already gives a
date keeps it. Every measure of such a group of headings had a place for its date, so one under
the heading with no year has none (``has_deadline_column``).

Only headings of one parent and one level count, and only when at least
``YearGroupSettings.min_years`` of them each name exactly one year, all different: a single
heading with a year (a plan's title, 'Budget 2026') is no such grouping.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plancheck.models import Document, Plan, Section

_YEAR = re.compile(r"(?<![\d.,/-])(?:19|20)\d\d(?![\d.,/-]?\d)")


@dataclass(frozen=True)
class YearGroupSettings:
    min_years: int = 2  # sibling headings naming one year each, at least this many


def heading_year(title: str) -> str | None:
    """The one year a heading names ('Measures for 2031' → '2031'); None for none, a range or two."""
    years = _YEAR.findall(title)
    return years[0] if len(years) == 1 and not re.search(r"\d\s*[-–—]\s*\d", title) else None


def year_groups(doc: Document, settings: YearGroupSettings = YearGroupSettings()) -> dict[str, str | None]:
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


def year_heading_deadlines(plan: Plan, doc: Document, lang: str, settings: YearGroupSettings = YearGroupSettings()) -> None:
    """Give each measure under a year heading of such a group that year as its deadline."""
    groups = year_groups(doc, settings)
    if not groups:
        return
    from plancheck.lang.deadlines import parse_deadline

    for m in plan.measures:
        if m.section_id not in groups or m.has_deadline_column:
            continue  # (a table with a date column says itself when each is due)
        m.has_deadline_column = True
        year = groups[m.section_id]
        if m.deadline is None and year:
            m.deadline = parse_deadline(year, lang=lang)
