"""Measures linked to goals through the causes they address: a cause analysis (a Lean A3 report's
'5 x why' box, a fishbone written out) lists under each goal, in a heading that names the goal
by its number and asks why it is not met ('Mål 1 – Hvorfor …?', 'Goal 2: Why …?'), the root
causes it found, each an item opened by a code ('R1', 'R2'); the countermeasure table names in a
column of its own (the lexicon's ``tables.cause_columns``: 'Rotårsak', 'Root cause') the code of
the cause each measure addresses.

Read as it stands, the causes are items under a goal heading, taken for goals themselves, the
questions for goals again, and the cause column links nothing. Here (:func:`cause_code_tables`,
before the walk) the causes and their question headings, which hold no item of the plan, are
left out, and the cause column becomes a goal column naming, row by row, the goal its cause
stands under ('R3' → 'Mål 2'): the rows of the table link to their goals by number as any goal
column's. Only when every code of the column names a cause found so, under a goal heading.
"""

from __future__ import annotations

import re

from plancheck.models import Block, BlockKind, Document, Table

#: a cause's code: letters and a number ('R1', 'RC2', 'Å3'), set apart from the cause's text
_CODE = re.compile(r"^(?P<code>[^\W\d_]{1,3}\d{1,2})\b[\s.:)–-]*(?P<rest>.*)$", re.DOTALL)


def _cause_column(table: Table) -> int | None:
    """The column of ``table`` headed as the cause each row addresses, when the table also has a
    measure column; None otherwise."""
    from plancheck.lang.vocab import column_role, headed_column

    if "measure" not in [column_role(" ".join(h.lower().split())) for h in table.header]:
        return None
    return headed_column(list(table.header), "cause_columns")


def _code_of(block: Block) -> str | None:
    """The code opening a cause item (its list number 'R1', or the first word of its text)."""
    number = (getattr(block, "number", None) or "").strip()
    whole = _CODE.match(number)
    if whole and not whole.group("rest"):
        return number
    m = _CODE.match(block.text.strip())
    return m.group("code") if m and m.group("rest").strip() else None


def _cause_map(doc: Document) -> tuple[dict[str, str], set[int]]:
    """code → the number of the goal whose question heading the cause stands under, and the
    indexes of the blocks the analysis takes (its headings and its causes)."""
    from plancheck.extract.roles import label_role
    from plancheck.extract.state import GOAL_ROLES

    causes: dict[str, str] = {}
    taken: set[int] = set()
    goal: str | None = None
    head: int | None = None
    for i, b in enumerate(doc.blocks):
        if b.kind == BlockKind.heading:
            role, number, rest = label_role(b.text)
            goal, head = None, None
            if role in GOAL_ROLES and number and rest.strip().endswith("?"):
                goal, head = number, i  # 'Mål 1 – Hvorfor …?': the causes of goal 1 follow
            continue
        if goal is None or b.kind not in (BlockKind.list_item, BlockKind.paragraph):
            if b.kind == BlockKind.table:
                goal = None
            continue
        code = _code_of(b)
        if code is None:
            continue
        causes.setdefault(code, goal)
        taken.update({i, head} if head is not None else {i})
    return causes, taken


def cause_code_tables(doc: Document) -> Document:
    """``doc`` with its cause analysis read as the link from measures to goals (see the module);
    the same document when no measure table's cause column names only causes found under goals."""
    tables = [(i, col) for i, b in enumerate(doc.blocks)
              if b.kind == BlockKind.table and b.table is not None and (col := _cause_column(b.table)) is not None]
    if not tables:
        return doc
    causes, taken = _cause_map(doc)
    if not causes:
        return doc
    from plancheck.extract.roles import item_codes
    from plancheck.lang.vocab import COLUMN_WORDS, words

    blocks = list(doc.blocks)
    changed = False
    for i, col in tables:
        table = blocks[i].table
        assert table is not None
        cells = [r[col].text for r in table.rows if col < len(r) and r[col].text.strip()]
        named = [item_codes(t) for t in cells]
        if not cells or any(not codes or any(c not in causes for c in codes) for codes in named):
            continue
        rows = []
        for r in table.rows:
            if col < len(r):
                goals = list(dict.fromkeys(causes[c] for c in item_codes(r[col].text) if c in causes))
                text = ", ".join(goals)
                r = [*r[:col], r[col].model_copy(update={"text": text}), *r[col + 1:]]
            rows.append(r)
        header = list(table.header)
        header[col] = words(COLUMN_WORDS, "goal")[0]
        table = table.model_copy(update={"header": header, "rows": rows})
        blocks[i] = blocks[i].model_copy(update={"table": table, "text": " | ".join(header)})
        changed = True
    if not changed:
        return doc
    return doc.model_copy(update={"blocks": [b for k, b in enumerate(blocks) if k not in taken]})
