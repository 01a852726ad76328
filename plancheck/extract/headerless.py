"""Measure tables printed with NO header row: the column roles read from what the cells hold.

Some plans print the table of each goal's measures without a header row ("1.1 | Införa … |
Skolchef | HT 2026"): the columns are named once in the running text ("Kolumnerna visar nummer,
åtgärd, ansvarig och när …") or not at all. The layout reads every table's first row as its
header, so such a table has a header of body cells, no column role, and its measures go unread
(the plan then looks as if it had no action part at all).

A table is read this way only when all of these hold (never crying wolf: a statistics table, a
timeline or a list of facts must stay no measure table):

- it stands directly under a goal the reader has just read (``tables._goal_above``): the
  structural place of a goal's measure table;
- its top row names no column (no role word, no horizon) and every column's role is unknown;
- judged over the top row and the body of every table of the document with as many columns and
  no header (a plan repeats its form goal after goal, and one goal may have a single row),
  each column is exactly one of: a CODE column (every filled cell a number like "1.2"), a
  DEADLINE column (its cells read as deadlines, most of them dated), the MEASURE column (the
  text column with the most words, at least ``min_measure_words`` per filled cell on average),
  or the one OWNER column (short texts with letters, none of them dated);
- there is a measure column, a deadline column and at most one owner column; any other column
  (amounts, percentages, a second text column) leaves the table unread;
- the top row's own time cell is empty or a deadline (a header in words the lexicon does not
  know, "Dato", is no body row).

Layer: extract (reads Table blocks built by the layout; language only through the deadline
parser and its data files)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from plancheck.models import Block, BlockKind, Cell, DeadlineKind, Table

_CODE = re.compile(r"^\s*[A-ZÆØÅÄÖ]{0,3}-?\d{1,2}(?:\.\d{1,2}){0,3}[.)]?\s*$")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class HeaderlessSettings:
    """When a table with no header row is read as a measure table by its cells."""

    min_columns: int = 3  # a measure, an owner or a code, a deadline
    min_measure_words: float = 3.0  # mean words of the measure column's filled cells
    max_owner_words: float = 6.0  # mean words of the owner column's filled cells
    deadline_share: float = 0.6  # filled cells of the deadline column that read as deadlines …
    dated_share: float = 0.5  # … and that name a year or a date
    min_deadline_rows: float = 0.5  # share of the rows whose deadline cell is filled


def _header_score(cells: list[str]) -> int:
    from plancheck.extract.tables import _header_score as score

    return score(cells)


def _headerless(table: Table) -> bool:
    from plancheck.extract.tables import table_roles

    return bool(table.header) and _header_score(table.header) == 0 and not any(table_roles(table.header))


def all_rows(table: Table) -> list[list[Cell]]:
    """The table's top row (read by the layout as its header) as its first body row, then its body."""
    page = table.pages[0] if table.pages else None
    top = [Cell(row=0, col=k, text=h or "", page=page) for k, h in enumerate(table.header)]
    return [top, *table.rows]


def _columns(blocks: list[Block], width: int) -> list[list[str]]:
    """Column k → its filled cells over every headerless table of ``width`` columns in the document."""
    cols: list[list[str]] = [[] for _ in range(width)]
    for b in blocks:
        t = b.table
        if b.kind != BlockKind.table or t is None or len(t.header) != width or not _headerless(t):
            continue
        for row in all_rows(t):
            for k, c in enumerate(row[:width]):
                if c.text.strip():
                    cols[k].append(" ".join(c.text.split()))
    return cols


def _words(cells: list[str]) -> float:
    return sum(len(c.split()) for c in cells) / len(cells) if cells else 0.0


def headerless_roles(
    table: Table, blocks: list[Block], lang: str = "nb", settings: HeaderlessSettings = HeaderlessSettings()
) -> list[str | None] | None:
    """The column roles of a measure table printed with no header row, read from its cells (see
    the module's doc), or None when the table is not plainly one. Roles: "number", "measure",
    "owner", "deadline"."""
    from plancheck.lang.deadlines import parse_deadline

    width = len(table.header)
    if width < settings.min_columns or not _headerless(table):
        return None
    cols = _columns(blocks, width)
    roles: list[str | None] = [None] * width
    texts: list[int] = []
    for k, cells in enumerate(cols):
        if not cells:
            return None  # an empty column: nothing says what it is
        if all(_CODE.match(c) for c in cells):
            roles[k] = "number"
            continue
        parsed = [parse_deadline(c, lang=lang) for c in cells]
        read = sum(1 for d in parsed if d is not None and d.kind != DeadlineKind.none)
        dated = sum(1 for d in parsed if d is not None and d.start is not None)
        if read >= settings.deadline_share * len(cells) and dated >= settings.dated_share * len(cells):
            if "deadline" in roles:
                return None  # two time columns: a schedule, not one due date per row
            roles[k] = "deadline"
            continue
        if dated or not all(_LETTER.search(c) for c in cells):
            return None  # amounts, percentages, dates among text: no column of a measure table
        texts.append(k)
    if "deadline" not in roles or not 1 <= len(texts) <= 2:
        return None
    measure = max(texts, key=lambda k: _words(cols[k]))
    if _words(cols[measure]) < settings.min_measure_words:
        return None
    roles[measure] = "measure"
    owner = [k for k in texts if k != measure]
    if owner:
        if _words(cols[owner[0]]) > settings.max_owner_words or _words(cols[owner[0]]) >= _words(cols[measure]):
            return None
        roles[owner[0]] = "owner"
    rows = all_rows(table)
    due = roles.index("deadline")
    top = rows[0][due].text.strip() if due < len(rows[0]) else ""
    if top and ((d := parse_deadline(top, lang=lang)) is None or d.kind == DeadlineKind.none):
        return None  # the top row's time cell names a column ("Dato"): a header in words not known
    filled = sum(1 for r in rows if due < len(r) and r[due].text.strip())
    if filled < settings.min_deadline_rows * len(rows):
        return None
    return roles


def as_body(table: Table, roles: list[str | None], names: dict[str, str]) -> Table:
    """``table`` with its top row moved into its body and a header naming each column by its role
    (``names``: role → a column word of the document's language, so the readers downstream see
    the header they know)."""
    header = [names.get(r or "", "") for r in roles]
    return table.model_copy(update={"header": header, "rows": all_rows(table)})
