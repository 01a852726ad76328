"""A measure table grouped by owner: full-width group rows 'Responsible: <unit>' over its rows.

A table of measures with no owner column may sort its rows by who answers for them, under a
row spanning the table that names the owner after an owner label ('Responsible: Youth unit').
That owner is the owner of every row below it until the next group row, also over a page
break where the group row is not repeated (the layout joins the table's pieces first).

:func:`owner_group_tables` rewrites such a table as the table it stands for: the group rows
dropped and an owner column added, headed by the label as printed, each row's cell holding its
group's owner (an owner the group row says is not decided yet is read as none by the owner
splitter, as an owner cell is). A table qualifies when it has a measure column and no owner
column, its first row is a group row, and a group row is a row with text in one cell only
that opens with one of the language's ``owner_labels`` and a colon.
"""

from __future__ import annotations

import re
from functools import cache

from plancheck.models import Block, BlockKind, Cell, Document, Table


@cache
def _group_label() -> re.Pattern[str]:
    from plancheck.lang.vocab import plain_words

    words = sorted(plain_words("owner_labels"), key=len, reverse=True)
    return re.compile(r"^\s*(" + "|".join(re.escape(w) for w in words) + r")\s*:\s*(\S.*)$", re.IGNORECASE | re.DOTALL)


def group_owner(row: list[Cell]) -> tuple[str, str, Cell] | None:
    """(label, owner, cell) of a group row: text in one cell only, 'label: owner'."""
    filled = [c for c in row if c.text.strip()]
    if len(filled) != 1:
        return None
    m = _group_label().match(filled[0].text)
    return (m.group(1), m.group(2).strip(), filled[0]) if m else None


def owner_groups(table: Table) -> Table | None:
    """The table with its owner group rows turned into an owner column, or None."""
    from plancheck.extract.tables import table_roles

    roles = table_roles(table.header)
    if "owner" in roles or "measure" not in roles or not table.rows or group_owner(table.rows[0]) is None:
        return None
    col = len(table.header)
    label = ""
    owner: tuple[str, Cell] | None = None
    rows: list[list[Cell]] = []
    for row in table.rows:
        group = group_owner(row)
        if group is not None:
            label = label or group[0]
            owner = (group[1], group[2])
            continue
        assert owner is not None
        text, cell = owner
        out = [c.model_copy(update={"row": len(rows)}) for c in row]
        out.append(Cell(row=len(rows), col=col, text=text, page=cell.page, bbox=cell.bbox))
        rows.append(out)
    if not rows:
        return None
    return table.model_copy(update={"header": [*table.header, label], "rows": rows})


def owner_group_tables(doc: Document) -> Document:
    """``doc`` with every measure table grouped by owner rewritten (see the module)."""
    changed = False
    blocks: list[Block] = []
    for b in doc.blocks:
        if b.kind == BlockKind.table and b.table is not None and (t := owner_groups(b.table)) is not None:
            b = b.model_copy(update={"table": t, "text": " | ".join(t.header)})
            changed = True
        blocks.append(b)
    return doc.model_copy(update={"blocks": blocks}) if changed else doc
