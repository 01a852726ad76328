"""Plans kept in an issue tracker and printed from it: a Jira issue navigator's printable view, an
Azure DevOps or GitHub query exported to a table, a Trello board listed as cards.

Such an export is one table of work items, one row each, whatever their level: a column gives
each row's ITEM TYPE ('T', 'Issue Type', 'Work Item Type'), one its title ('Summary', 'Title'),
and a PARENT LINK column ('Epic Link', 'Parent') names the item a row belongs under, by the
parent's key ('OSP-4'), its short name (Jira's 'Epic Name' column) or its title. The container
types (an epic, a feature, an initiative) are the plan's goals, their titles the goal; the work
items under them (stories, tasks, product backlog items) its measures. Read as it stands, the
table has no goal or measure column: the title column is headed by no role, and the levels stand
in one column of type words.

Here (:func:`tracker_tables`, before the walk) such a table becomes a measure table with a goal
column: each container row a goal row alone (its measure cell empty), each work item row its
title as the measure under the title of the parent its link names (nothing where it names none),
the type, link and short-name columns left out; the owner and deadline columns stay as they are
read (the lexicon's ``columns``: 'Assignee', 'Due'). Only when every filled type cell is a type
word of the lexicon (``tables.container_types`` or ``tables.work_types``) and both kinds occur.
Words: the lexicon's ``tables`` keys ``issue_type_columns``, ``summary_columns``,
``parent_columns``, ``short_name_columns``, ``issue_key_columns``."""

from __future__ import annotations

from plancheck.models import BlockKind, Cell, Document, Table


def _norm(text: str) -> str:
    return " ".join((text or "").lower().split())


def _text(row: list[Cell], col: int | None) -> str:
    return row[col].text.strip() if col is not None and col < len(row) else ""


def tracker_table(table: Table) -> Table | None:
    """``table`` read as a measure table with a goal column (see the module); None when it is
    no issue tracker's export."""
    header = list(table.header)
    from plancheck.lang.vocab import headed_column, table_word_set

    tcol, scol = headed_column(header, "issue_type_columns"), headed_column(header, "summary_columns")
    if tcol is None or scol is None or tcol == scol:
        return None
    containers, work = table_word_set("container_types"), table_word_set("work_types")
    kinds: list[str | None] = []
    for row in table.rows:
        kind = _norm(_text(row, tcol))
        if not kind or _norm(_text(row, scol)) == _norm(header[scol]):
            kinds.append(None)  # an empty row, or the header repeated on a new page
        elif kind in containers:
            kinds.append("goal")
        elif kind in work:
            kinds.append("measure")
        else:
            return None
    if "goal" not in kinds or "measure" not in kinds:
        return None
    pcol, ncol = headed_column(header, "parent_columns"), headed_column(header, "short_name_columns")
    kcol = headed_column(header, "issue_key_columns")
    parents: dict[str, str] = {}  # a container's key, short name and title → its title
    for row, kind in zip(table.rows, kinds, strict=True):
        if kind == "goal":
            title = _text(row, scol)
            for name in (_text(row, kcol), _text(row, ncol), title):
                if name:
                    parents.setdefault(_norm(name), title)
    from plancheck.lang.vocab import COLUMN_WORDS, words

    keep = [k for k in range(len(header)) if k not in (tcol, pcol, ncol)]
    new_header = [words(COLUMN_WORDS, "goal")[0]]
    new_header += [words(COLUMN_WORDS, "measure")[0] if k == scol else header[k] for k in keep]
    unlinked: list[list[Cell]] = []
    linked: list[list[Cell]] = []
    for ri, (row, kind) in enumerate(zip(table.rows, kinds, strict=True)):
        if kind is None:
            continue
        title = _text(row, scol)
        goal = title if kind == "goal" else parents.get(_norm(_text(row, pcol)), "")
        first = row[scol] if scol < len(row) else Cell(row=ri, col=0, text="", page=table.pages[0] if table.pages else None)
        cells = [first.model_copy(update={"text": goal, "col": 0})]
        for j, k in enumerate(keep, 1):
            cell = row[k] if k < len(row) else Cell(row=ri, col=j, text="", page=first.page)
            if k == scol and kind == "goal":
                cell = cell.model_copy(update={"text": ""})
            cells.append(cell.model_copy(update={"col": j}))
        # a work item linked to nothing stands before the containers: under none of them, as a
        # goal cell left empty would carry the goal above down to it
        (linked if goal else unlinked).append(cells)
    rows = [[c.model_copy(update={"row": ri}) for c in r] for ri, r in enumerate([*unlinked, *linked])]
    return table.model_copy(update={"header": new_header, "rows": rows})


def tracker_tables(doc: Document) -> Document:
    """``doc`` with each issue tracker export read as a measure table under its goals (see the
    module); the same document when it holds none."""
    blocks = list(doc.blocks)
    changed = False
    for i, b in enumerate(blocks):
        if b.kind != BlockKind.table or b.table is None:
            continue
        table = tracker_table(b.table)
        if table is None:
            continue
        blocks[i] = b.model_copy(update={"table": table, "text": " | ".join(table.header)})
        changed = True
    return doc.model_copy(update={"blocks": blocks}) if changed else doc

