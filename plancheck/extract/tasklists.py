"""Task lists printed from a project tool: a Microsoft Project Gantt view, a Planner or Smartsheet
export, a spreadsheet of tasks, a WBS table in Word.

Such a table names its tasks in one column ('Oppgavenavn', 'Task Name', 'Uppgiftsnamn') and
gives them a hierarchy that no cell's words state: an outline number ('1' / '1.1', a 'WBS'
column), or the type of the name cell (summary tasks bold, their tasks indented under them).
What marks it as a task list and not any numbered table is what a scheduler prints: a column
of durations ('40 d', '3 wks') or summary rows carrying the rolled-up start and finish of the
tasks under them, in the same date columns.

Read by structure: a SUMMARY row (the next row stands deeper in the hierarchy) is a goal of the
plan (a summary inside another a sub-goal); the rows under it are its measures; a row of zero
duration is a milestone, a checkpoint and no measure; a top row numbered '0' (Microsoft Project's
project summary, the plan's own title), or the one summary every other row stands under when
the outline has more than two levels, is the plan itself and no goal. Which columns are the
name, owner (resource names) and finish (deadline) is said by the header words of the lexicon
(``columns``); the duration column by its head (``tables.duration_heads``) or by its cells
(a number and a unit of ``tables.duration_units``). Any other column (the bar area, its
labels, % complete) holds nothing of the plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from plancheck.models import Cell, Table


@dataclass(frozen=True)
class TaskListSettings:
    # body rows a task list holds at least (a summary and two tasks)
    min_rows: int = 3
    # share of a column's filled cells that must be outline numbers ('1', '1.2') for it to give
    # the hierarchy, and durations for it to be the duration column
    outline_share: float = 0.8
    duration_share: float = 0.6
    # filled cells a column needs before its content can say it is the duration column
    min_duration_cells: int = 2
    # name cells whose text stands in from the cell's edge within this (pt) of each other stand at
    # one level of the outline; an outline shown by indentation has at most this many levels
    indent_tolerance: float = 4.0
    # share of the tasks (rows under a summary) that fill a start, finish or resource cell of their own
    leaf_field_share: float = 0.5
    max_indent_levels: int = 4


SETTINGS = TaskListSettings()

_OUTLINE = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})*)\.?\s*$")


@cache
def _duration() -> re.Pattern[str]:
    from plancheck.lang.vocab import alternation, table_words

    units = sorted(table_words("duration_units"), key=len, reverse=True)
    return re.compile(rf"^\s*(\d+(?:[.,]\d+)?)\s*(?:{alternation(units)})\.?\s*\??\s*$", re.IGNORECASE)


@cache
def _duration_heads() -> frozenset[str]:
    from plancheck.lang.vocab import table_words

    return frozenset(table_words("duration_heads"))


def duration_value(text: str) -> float | None:
    """The number of a duration cell ('40 d' → 40, '0 days' → 0, '2,5 uker' → 2.5), None when the
    cell is no duration."""
    m = _duration().match(text or "")
    return float(m.group(1).replace(",", ".")) if m else None


@dataclass
class TaskList:
    """The hierarchy of a task list: per body row its depth (None: no name), the summary rows,
    the project row(s) (no goal), the milestones (no measure) and the column of the names."""

    name_col: int
    depths: list[int | None]
    summaries: set[int]
    project: set[int]
    milestones: set[int]


def _texts(table: Table, col: int) -> list[str]:
    return [row[col].text.strip() if col < len(row) else "" for row in table.rows]


def duration_column(table: Table, roles: list[str | None], settings: TaskListSettings = SETTINGS) -> int | None:
    """The column of the tasks' durations: by its head, or by its cells (most filled cells a
    number and a duration unit)."""
    from plancheck.ingest.text import normalise

    for i, h in enumerate(table.header):
        if roles[i] is None and normalise(h or "") in _duration_heads():
            return i
    for i, r in enumerate(roles):
        if r is not None:
            continue
        filled = [t for t in _texts(table, i) if t]
        if len(filled) < settings.min_duration_cells:
            continue
        if sum(1 for t in filled if duration_value(t) is not None) >= settings.duration_share * len(filled):
            return i
    return None


def _outline_numbers(table: Table, roles: list[str | None], settings: TaskListSettings) -> list[str | None] | None:
    """The outline numbers ('0', '1', '1.1') of a column whose filled cells are nearly all outline
    numbers over two depths or more, one per row (None where a row has none)."""
    for i, r in enumerate(roles):
        if r not in (None, "number"):
            continue
        texts = _texts(table, i)
        filled = [t for t in texts if t]
        numbers = [m.group(1) if (m := _OUTLINE.match(t)) else None for t in texts]
        if not filled or sum(1 for n in numbers if n) < settings.outline_share * len(filled):
            continue
        if len({_depth(n) for n in numbers if n and n != "0"}) >= 2:
            return numbers
    return None


def _depth(number: str) -> int:
    """'1' is 1, '1.1' 2, '0' 0 (the project row)."""
    return 0 if number == "0" else number.count(".") + 1


def _indent_levels(named: list[Cell], settings: TaskListSettings) -> list[float] | None:
    """The indentation levels (their least indent each) of the name cells when every one says how
    far it stands in and they stand at two levels or more, the first row at the outermost."""
    values = [c.indent for c in named]
    if not named or any(v is None for v in values):
        return None
    levels: list[float] = []
    for v in sorted(v for v in values if v is not None):
        if not levels or v > levels[-1] + settings.indent_tolerance:
            levels.append(v)
    if not 2 <= len(levels) <= settings.max_indent_levels or (named[0].indent or 0.0) > levels[0] + settings.indent_tolerance:
        return None
    return levels


def _type_depths(table: Table, col: int, settings: TaskListSettings) -> list[int | None] | None:
    """Depths from the name cells' type: their outline levels when the layout read them, else how
    far each stands in from its cell's edge (indentation), else their weight (bold = 1, plain = 2)
    when the first named row is bold and some row is not."""
    cells: list[Cell | None] = [row[col] if col < len(row) and row[col].text.strip() else None for row in table.rows]
    named = [c for c in cells if c is not None]
    if len({c.level for c in named if c.level is not None}) >= 2:
        return [c.level + 1 if c is not None and c.level is not None else None for c in cells]
    if (levels := _indent_levels(named, settings)) is not None:
        return [None if c is None or c.indent is None
                else 1 + sum(1 for lv in levels[1:] if c.indent > lv - settings.indent_tolerance) for c in cells]
    if named and named[0].bold and not all(c.bold for c in named):
        return [None if c is None else (1 if c.bold else 2) for c in cells]
    return None


def task_list(table: Table, roles: list[str | None], settings: TaskListSettings = SETTINGS) -> TaskList | None:
    """The hierarchy of ``table`` if it is a task list printed from a project tool (see the
    module), else None."""
    if "measure" not in roles or len(table.rows) < settings.min_rows:
        return None
    col = roles.index("measure")
    durations = duration_column(table, roles, settings)
    numbers = _outline_numbers(table, roles, settings)
    depths = ([None if n is None else _depth(n) for n in numbers] if numbers is not None
              else _type_depths(table, col, settings))
    if depths is None:
        return None
    names = _texts(table, col)
    depths = [d if names[k] else None for k, d in enumerate(depths)]
    summaries: set[int] = set()
    for k, d in enumerate(depths):
        if d is None:
            continue
        j = next((j for j in range(k + 1, len(depths)) if depths[j] is not None), None)
        if j is None or depths[j] <= d:  # type: ignore[operator]
            continue
        if numbers is not None and numbers[k] and numbers[j] and numbers[k] != "0" \
                and not numbers[j].startswith(numbers[k] + "."):
            # '4.3' over '5.1.1': a deeper number of another branch is no task under this row
            # (a measure table numbering its measures by goal, two levels here and three there)
            continue
        summaries.add(k)
    leaves = [k for k, d in enumerate(depths) if d is not None and k not in summaries]
    if not summaries or not leaves:
        return None
    dated = [i for i, r in enumerate(roles) if r in ("start", "deadline")]
    rolled_up = any(any(row[i].text.strip() for i in dated if i < len(row)) for k, row in enumerate(table.rows)
                    if k in summaries)
    if durations is None and not rolled_up:
        return None  # numbered or bold group rows over measures: a measure table's groups, read there
    fields = [i for i, r in enumerate(roles) if r in ("start", "deadline", "owner")]
    if fields and sum(1 for k in leaves if any(i < len(table.rows[k]) and table.rows[k][i].text.strip() for i in fields)) \
            < settings.leaf_field_share * len(leaves):
        return None  # bold titles over plain rows of description: a task gives its own dates or resources
    if "owner" in roles:
        ocol = roles.index("owner")

        def owned(rows: list[int]) -> float:
            return sum(1 for k in rows if ocol < len(table.rows[k]) and table.rows[k][ocol].text.strip()) / max(len(rows), 1)

        if owned(sorted(summaries)) > owned(leaves):
            # an action with its owner over steps that name none ('Milestone: …' rows under it): the
            # action is the measure; a scheduler's summary rows name no resource of their own
            return None
    project = {k for k, d in enumerate(depths) if d == 0}
    top = [k for k in summaries if k not in project]
    if not project and len({depths[k] for k in top}) > 2:
        roots = [k for k in top if depths[k] == min(depths[j] for j in top)]  # type: ignore[type-var]
        if len(roots) == 1 and roots[0] == min(k for k, d in enumerate(depths) if d is not None):
            project = set(roots)  # one summary over all the rest: the project, the plan itself
    milestones = set()
    if durations is not None:
        for k in leaves:
            v = duration_value(table.rows[k][durations].text if durations < len(table.rows[k]) else "")
            if v == 0:
                milestones.add(k)
    return TaskList(col, depths, summaries - project, project, milestones)
