"""A Gantt chart of activities: rows that are the plan's measures though no owner column says so.

A handlingsplan often shows its measures only as a timeline: one row per activity, its name at the
left ('Insats', 'Aktivitet', or no head at all), a bar under the years, quarters or months it runs
in (an X in each cell, or the cells filled), perhaps a column of notes or of the goals each row
serves. A measure table is otherwise read only when an owner column, or a strong measure word
('Tiltak', 'Action'), says its rows are measures; a chart of this shape says it by its form: each
row is a piece of work with a time it is done in. Its deadline is the end of the bar (read by
``tables._measure_table`` from the time columns as for any measure table with year columns).

Why so narrow: tables with years as columns are as often budgets ("Prosjekt | 2025 | 2026" over
amounts) or indicators ("Indikator | 2024 | 2028" over values): a chart qualifies only when its
time cells hold marks or fills and nothing else (an amount anywhere makes it a budget or an
indicator table), it has several rows, most of them marked, and no column of a cost, indicator,
owner or strategy role. A goal column is allowed only as tags, each cell a short name of the goal
the row serves ('TRYGGHET', 'Mål 2'): the row's link, not a goal of the plan; it is dropped from the
read. Without a measure column the activities are the first column, its
head empty or naming no role, and the other columns are few beside the time columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from plancheck.models import Cell, Table


@dataclass(frozen=True)
class ActivityChartSettings:
    # several activities: a chart of fewer rows is as likely a note on one project's phases
    min_rows: int = 3
    # the share of the chart's labelled rows that must mark a time (an X or a filled cell)
    marked_share: float = 0.75
    # without a measure column, at most this many columns beside the label and time columns
    # (a note column, the goal each row serves)
    max_other_columns: int = 2
    # a goal column's cells as tags naming the goal a row serves: at most this many words each
    tag_words: int = 3
    # read a chart with such a goal-tag column at all. Off: the tags name the parent plan's goals,
    # and the rød tråd lifts a parent goal two or more tagged rows name to 'followed up' whatever
    # the rows' scope (parents-blind21: a goal for every area followed up by two areas' work, a
    # false 'followed up'); on once the rød tråd holds a goal narrowed to some places partial
    goal_tags: bool = False


class ActivityChart(NamedTuple):
    """The column naming the activities, and the goal-tag columns to drop from the read."""

    label: int
    tags: tuple[int, ...]


# roles that make a table with year columns something else than a chart of activities
_OTHER_TABLE_ROLES = frozenset({"owner", "cost", "indicator", "strategy"})
# roles a column beside the activities and the time columns of a headless chart may have
_BESIDE_ROLES = frozenset({None, "number", "references", "status"})
_LETTER = re.compile(r"[^\W\d_]")


def _time_columns(header: list[str]) -> dict[int, int]:
    """Column → place in time of the chart's year columns, or of its period columns ("Q1 2026")."""
    from plancheck.extract.tables import period_columns, year_columns

    years = year_columns(header)
    if years:
        return years
    return {i: k for k, (i, _head) in enumerate(period_columns(header))}


def activity_chart(
    table: Table, roles: list[str | None], settings: ActivityChartSettings = ActivityChartSettings()
) -> ActivityChart | None:
    """The column naming the activities of ``table`` (and its goal-tag columns) when it is a Gantt
    chart of activities (see the module), else None. ``roles`` are the table's column roles as read so far
    (a column of marks for the goals each row serves already dropped)."""
    from plancheck.extract.tables import _MARK, budget_years, filled_years

    header = table.header
    if _OTHER_TABLE_ROLES & set(roles):
        return None
    times = _time_columns(header)
    if len(times) < 2 or budget_years(header, times):
        return None
    if "measure" in roles:
        label = roles.index("measure")
    else:
        label = 0
        others = [i for i in range(1, len(header)) if i not in times]
        if (
            0 in times or roles[0] is not None or len(others) > settings.max_other_columns
            or any(roles[i] not in _BESIDE_ROLES for i in others)
        ):
            return None
    if label in times:
        return None
    rows = [r for r in table.rows if _is_activity_row(r, label)]
    if len(rows) < settings.min_rows:
        return None
    tags = tuple(i for i, r in enumerate(roles) if r == "goal")
    if tags and not settings.goal_tags:
        return None
    if any(len(row[i].text.split()) > settings.tag_words for row in rows for i in tags if i < len(row)):
        return None  # goals written out beside the activities: a measure table of another shape
    cells = [[r[i].text.strip() if i < len(r) else "" for i in times] for r in rows]
    if any(text and not _MARK.match(text) for row in cells for text in row):
        return None  # an amount, a value or a word under a time: a budget, indicator or schedule table
    bars = filled_years(rows, times)
    marked = sum(1 for row, bar in zip(cells, bars, strict=True) if any(row) or bar)
    return ActivityChart(label, tags) if marked >= settings.marked_share * len(rows) else None


def _is_activity_row(row: list[Cell], label: int) -> bool:
    """A row naming an activity in its label cell (words, not a number), and not a group row
    whose one cell spans the chart."""
    text = row[label].text.strip() if label < len(row) else ""
    filled = sum(1 for c in row if c.text.strip() or c.fill)
    return bool(_LETTER.search(text)) and filled >= 2
