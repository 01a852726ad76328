"""Logical framework matrices (logframes): the levels of a programme's intervention logic, one
row each, read as its goals, and the activities band under them read as its measures.

A logframe (the EU's Project Cycle Management guidelines, NORAD's and DFID's logical framework
approach) sets a programme out as one matrix: rows for the levels of its intervention logic
('Overall objective' or 'Goal' or 'Impact'; 'Specific objective' or 'Purpose' or 'Outcome';
'Output 1' … or 'Result 1' …), each naming its level at the start of the first cell and then its
statement, with indicators, sources of verification and assumptions in the other columns. Under
them the activities stand in a band of their own whose head row gives the columns new meanings
('Activities | Responsible and resources | Timing | Pre-conditions'), each activity numbered after the
output it serves ('1.2' under 'Output 1').

The level names are the lexicon's ``tables.logframe_main_goal``, ``tables.logframe_goal`` and
``tables.logframe_sub_goal``; the reader needs three rows or more opening with them, of two
levels at least, so that a table of goals that merely opens a cell with 'Outcome' is left to the
other readers, and a column beside the levels must be headed as the indicators (the lexicon's
indicator column words: 'Indicators of achievement', 'Indicators').
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from plancheck.models import Block, Cell, GoalKind, Provenance, Table

_KINDS = (("logframe_main_goal", GoalKind.main_goal), ("logframe_goal", GoalKind.goal),
          ("logframe_sub_goal", GoalKind.sub_goal))
_RANK = {GoalKind.main_goal: 0, GoalKind.goal: 1, GoalKind.sub_goal: 2}


@dataclass(frozen=True)
class LogframeSettings:
    """How many level rows make a logframe, and of how many levels."""

    min_rows: int = 3
    min_levels: int = 2


@cache
def _level_pattern() -> re.Pattern[str]:
    from plancheck.lang.vocab import alternation, table_words

    groups = "|".join(f"(?P<{key}>{alternation(table_words(key))})" for key, _kind in _KINDS if table_words(key))
    # the level's name, its number ('Output 2', 'Result 1.1'), a bracket naming it in another
    # school's words ('(impact)'), then a colon or dash perhaps, then the statement
    return re.compile(
        rf"^\s*(?:{groups})\s*(?P<num>\d{{1,2}}(?:\.\d{{1,2}})?)?\s*(?:\([^()]{{1,40}}\))?\s*[:.–—-]?\s+(?P<rest>\S.*)$",
        re.IGNORECASE | re.DOTALL,
    )


def level_of(text: str) -> tuple[GoalKind, str | None, str] | None:
    """(the goal kind of its level, its number, the statement) of a cell that opens with a
    logframe level's name ('Output 2 Participants gain …'); None when it opens with none."""
    m = _level_pattern().match(text or "")
    if m is None:
        return None
    kind = next(k for key, k in _KINDS if m.groupdict().get(key))
    rest = " ".join(m.group("rest").split())
    return kind, m.group("num"), rest


def logframe_rows(table: Table, settings: LogframeSettings = LogframeSettings()) -> list[tuple[int, GoalKind, str | None, str]] | None:
    """(row index, kind, number, statement) of each level row of a logframe matrix (its first
    column opening with a level's name, a column beside it headed as the indicators); None when
    ``table`` is no logframe."""
    from plancheck.extract.tables import table_roles

    if "indicator" not in table_roles(table.header)[1:]:
        return None
    found = []
    for i, row in enumerate(table.rows):
        if not row:
            continue
        if (level := level_of(row[0].text)) is not None and sum(1 for c in row if c.text.strip()) >= 2:
            found.append((i, *level))
    if len(found) < settings.min_rows or len({k for _i, k, _n, _t in found}) < settings.min_levels:
        return None
    return found


def band_header(table: Table, start: int) -> int | None:
    """The body row at or after ``start`` that is a new head row: every filled cell bold, two or
    more of them, naming a measure column the table's own header does not name. None if none."""
    from plancheck.extract.tables import table_roles

    if "measure" in table_roles(table.header):
        return None
    for i in range(start, len(table.rows)):
        row = table.rows[i]
        filled = [c for c in row if c.text.strip()]
        if len(filled) >= 2 and all(c.bold for c in filled) and "measure" in table_roles([c.text for c in row]):
            return i
    return None


def read_logframe(st, block: Block, table: Table) -> Table | None:
    """Read the level rows of a logframe as goals (each level's parent the nearest row above of
    the level over it); the activities band under them, as a table of its own under its head
    row, for the ordinary reader, or an empty table when there is none. None when ``table`` is
    no logframe: nothing read."""
    from plancheck.extract.state import _add_goal

    rows = logframe_rows(table)
    if rows is None:
        return None
    last: dict[int, object] = {}
    for i, kind, number, text in rows:
        cell: Cell = table.rows[i][0]
        goal = _add_goal(st, block, text, kind, number)
        goal.kind = kind
        above = [last[r] for r in range(_RANK[kind] - 1, -1, -1) if r in last]
        goal.parent_id = above[0].id if above else None  # type: ignore[attr-defined]
        goal.page = cell.page or goal.page
        goal.provenance = Provenance(page=goal.page, bbox=cell.bbox, source_text=cell.text,
                                     location=block.provenance.location)
        last[_RANK[kind]] = goal
        for r in [r for r in last if r > _RANK[kind]]:
            del last[r]
    head = band_header(table, rows[-1][0] + 1)
    if head is None:
        return table.model_copy(update={"rows": []})
    return table.model_copy(update={"header": [c.text for c in table.rows[head]], "rows": table.rows[head + 1:]})
