"""Owners from a responsibility matrix written in letters (a RACI chart): unit columns holding only
letters that a legend of the plan explains ("R = does the work, A = answers for it, C = is
consulted, I = is informed").

A table whose measure rows name no owner column may give each unit a column of its own, headed by
the unit, and mark each row in it with a letter. The legend printed with it (a line of "<letter>
= <word>" entries, :func:`read_legend`) says what each letter means; the lexicon says which of
those words names the one who answers for the measure (``raci_accountable``: its owner) and which
the one who does the work (``raci_responsible``: the owner when no unit answers for the row).
A row with no such letter has no owner.

The columns are those whose header has no role of its own and whose filled body cells are all
letters of the legend (at least ``RaciSettings.min_columns`` of them, and at least one letter
naming the owner in the table).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plancheck.models import Block, BlockKind, Cell, Table

# one legend entry: a capital letter, "=" or ":" (or a dash), and its word ("E = eier", "R: Responsible")
_ENTRY = re.compile(r"(?:^|(?<=[\s,;·|(]))(?P<letter>[A-ZÆØÅÄÖ])\s*(?:=|:|–|—)\s*(?P<word>[^\W\d_][\w-]*)")


@dataclass(frozen=True)
class RaciSettings:
    #: a legend explains at least this many letters
    min_entries: int = 3
    #: a legend line is short: at most this many characters
    max_legend_chars: int = 300
    #: a letter matrix has at least this many unit columns
    min_columns: int = 2


# a cell of the matrix: one letter, or several for a unit with two parts ("A/R", "R, A", "RA")
_LETTERS = re.compile(r"^[A-ZÆØÅÄÖ](?:\s*[/,+&]?\s*[A-ZÆØÅÄÖ]){0,3}$")


def cell_letters(text: str, legend: dict[str, str]) -> set[str] | None:
    """The legend letters a matrix cell holds, or None when it holds anything else."""
    t = text.strip()
    if not _LETTERS.match(t):
        return None
    found = set(re.findall(r"[A-ZÆØÅÄÖ]", t))
    return found if found <= set(legend) else None


def read_legend(blocks: list[Block], settings: RaciSettings = RaciSettings()) -> dict[str, str]:
    """letter → the word the plan's legend gives it, from the first paragraph (or line of one)
    that explains at least ``settings.min_entries`` distinct letters, or the first table whose
    every row is a letter and its word; {} when none does."""
    for b in blocks:
        if b.kind == BlockKind.table and b.table is not None:
            # a legend set as a small table: one letter and its word per row ("A | Accountable")
            texts = [list(b.table.header), *[[c.text for c in row] for row in b.table.rows]]
            rows = [[t.strip() for t in row if (t or "").strip()] for row in texts]
            pairs = {r[0]: r[1].split()[0].strip(" :=–—,.").casefold() for r in rows
                     if len(r) == 2 and re.fullmatch(r"[A-ZÆØÅÄÖ]", r[0]) and r[1].split()}
            if len(pairs) >= settings.min_entries and len(pairs) == len(rows):
                return pairs
            continue
        if not b.text:
            continue
        for line in b.text.split("\n"):
            if len(line) > settings.max_legend_chars:
                continue
            found: dict[str, str] = {}
            for m in _ENTRY.finditer(line):
                found.setdefault(m.group("letter"), m.group("word").casefold())
            if len(found) >= settings.min_entries:
                return found
    return {}


def _kinds(legend: dict[str, str]) -> tuple[set[str], set[str]]:
    """(letters naming the owner, letters naming the one who does the work), by the lexicon."""
    from plancheck.lang.vocab import plain_words

    accountable = {w.casefold() for w in plain_words("raci_accountable")}
    responsible = {w.casefold() for w in plain_words("raci_responsible")}
    owner = {k for k, w in legend.items() if w in accountable}
    doer = {k for k, w in legend.items() if w in responsible and k not in owner}
    return owner, doer


def letter_owner_columns(
    blocks: list[Block],
    table: Table,
    roles: list[str | None],
    settings: RaciSettings = RaciSettings(),
    legend: dict[str, str] | None = None,
) -> tuple[dict[int, str], tuple[set[str], set[str]]] | None:
    """(column → the unit it names, (owner letters, doer letters)) of a letter matrix the
    plan's legend explains, or None when ``table`` is none. ``legend``: the plan's legend when
    already read (:func:`read_legend` of ``blocks``; a walk reads it once per document), else
    read here."""
    if legend is None:
        legend = read_legend(blocks, settings)
    if not legend:
        return None
    owner, doer = _kinds(legend)
    if not owner:
        return None
    cols: dict[int, str] = {}
    seen: set[str] = set()
    for i, (head, role) in enumerate(zip(table.header, roles, strict=False)):
        if role is not None or not (head or "").strip():
            continue
        filled = [row[i].text.strip() for row in table.rows if i < len(row) and row[i].text.strip()]
        marked = [cell_letters(t, legend) for t in filled]
        if filled and all(m is not None for m in marked):
            cols[i] = " ".join(head.split())
            seen.update(x for m in marked if m for x in m)
    if len(cols) < settings.min_columns or not (seen & owner):
        return None
    return cols, (owner, doer)


def row_owners(
    row: list[Cell], cols: dict[int, str], letters: tuple[set[str], set[str]], legend: dict[str, str]
) -> str:
    """The units a row of the matrix names as its owners: those marked with a letter naming the
    owner, else those marked with a letter naming the one who does the work; "" for none.
    ``legend``: the one the matrix was found with (:func:`letter_owner_columns`)."""
    owner, doer = letters

    def marked(i: int) -> set[str]:
        return cell_letters(row[i].text if i < len(row) else "", legend) or set()

    for wanted in (owner, doer):
        units = [unit for i, unit in cols.items() if marked(i) & wanted]
        if units:
            return ", ".join(units)
    return ""
