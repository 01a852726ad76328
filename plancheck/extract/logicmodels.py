"""Logic models (programteori, effektkjede, theory of change): measures on the left leading to
results and goals on the right, read as a table of goal levels.

A logic model draws, per goal, its activities in the first column, the short-term results they
lead to in the next and the long-term goal at the right, arrows between them (the layout reads
such a diagram of boxes as a table: :mod:`plancheck.layout.flowboxes`); a document may also type
it as a table with '→' columns between. Read left to right, the columns climb: the measure
column first, then the goal-level columns, the one nearest the measures the lowest. Each row's
farthest goal-level cell is a goal, every nearer one a sub-goal of the one beyond it, and the
row's measure serves the nearest. A cell merged down over rows (a result box spanning its
activities) is one goal for all of them.

Only a table whose measure column stands left of two or more goal-level columns is read so: a
'Mål | Delmål | Tiltak' table (goals first) is the ordinary measure table with its goal columns.
"""

from __future__ import annotations

from plancheck.extract.state import _State
from plancheck.extract.tables import NUMBERED_LABEL
from plancheck.models import Block, Cell, Goal, GoalKind, Provenance


def chain_columns(roles: list[str | None]) -> tuple[int, list[int]] | None:
    """(the measure column, the goal-level columns nearest first) when the table reads left to
    right from its measures to goals at two or more levels; None otherwise."""
    if roles.count("measure") != 1:
        return None
    mcol = roles.index("measure")
    goals = [i for i, r in enumerate(roles) if r == "goal"]
    if len(goals) < 2 or any(i < mcol for i in goals):
        return None
    return mcol, goals


def diagram_columns(header: list[str]) -> tuple[list[str | None], tuple[int, list[int]]] | None:
    """(the column roles, (the measure column, the goal-level columns nearest it first)) of a
    diagram of boxes joined by lines read as a table of its levels (``Table.diagram``): the roles
    the column heads' words name where the diagram has heads ('Aim | Primary drivers | Change
    ideas', 'Activities | Outcomes | Impact'), else by level: the last level (the leaves) the
    measures, every level before it a goal level (root first). None when the heads name no one
    measure level with every goal level on one side of it."""
    from plancheck.lang.vocab import column_role

    roles = [column_role(h) if h and h.strip() else None for h in header]
    if not any(roles):
        roles = [*(["goal"] * (len(header) - 1)), "measure"]
    if roles.count("measure") != 1:
        return None
    mcol = roles.index("measure")
    goals = [i for i, r in enumerate(roles) if r == "goal"]
    if not goals or (any(i < mcol for i in goals) and any(i > mcol for i in goals)):
        return None
    return roles, (mcol, sorted(goals, key=lambda i: abs(i - mcol)))


def row_goals(st: _State, block: Block, row: list[Cell], goal_cols: list[int], made: dict[tuple[int, str], Goal]) -> Goal | None:
    """The goals of one row of a logic model, made on first sight (``made``: per column and text,
    those made before), each farther one the parent of the nearer; the nearest, which the row's
    measure serves, or None when the row names no goal."""
    from plancheck.extract.state import _add_goal
    from plancheck.ingest.text import normalise

    parent: Goal | None = None
    for col in reversed(goal_cols):
        cell = row[col] if col < len(row) else None
        text = " ".join(cell.text.split()) if cell is not None else ""
        if not text:
            continue
        key = (col, normalise(text))
        goal = made.get(key)
        if goal is None:
            number = None
            first, _sep, rest = cell.text.strip().partition("\n")  # type: ignore[union-attr]
            if rest.strip() and (label := NUMBERED_LABEL.match(first)) is not None:
                # the box's label over its text ('Långsiktigt mål 2', set apart): its number
                number, text = label.group("num"), " ".join(rest.split())
            goal = _add_goal(st, block, text, GoalKind.goal if parent is None else GoalKind.sub_goal, number=number)
            goal.kind = GoalKind.goal if parent is None else GoalKind.sub_goal
            goal.parent_id = parent.id if parent is not None else None
            goal.page = cell.page or block.provenance.page  # type: ignore[union-attr]
            goal.provenance = Provenance(page=goal.page, bbox=cell.bbox, source_text=text,  # type: ignore[union-attr]
                                         location=block.provenance.location)
            made[key] = goal
        parent = goal
    return parent
