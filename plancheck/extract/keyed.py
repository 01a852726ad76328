"""Owners and deadlines given apart from their measures, in a table keyed by measure number.

A plan may list its measures in its chapters without owner or date ('Tiltak 2.1 …') and give
both in a table of its own, often an appendix: 'No. | Responsible | Deadline | Cost', each
row naming a measure by its number only. A row may name a range of measures ('4.2–4.5', the
numbers between its two ends at the last level) or several ('1.1, 1.2'); each of them gets that
row's owners and deadline. A row whose number names no measure of the plan adds nothing, and a
numbered measure no row names keeps none - but the plan gave it a place for both, as a table
row left empty does (``has_owner_column``, ``has_deadline_column``).

Such a table is one whose columns are a number, an owner or a deadline and no measure text,
whose number cells are all measure numbers, ranges or lists of them, and whose rows name at
least ``KeyedSettings.min_matches`` measures of the plan (and at least ``min_share`` of its
numbered rows): a table of figures by number is none. Only a measure with no owner and no
deadline of its own is given the row's.

The dates alone may stand in a list of their own keyed by code, a project canvas's milestone
box or a schedule beside the activities ('Milestones (number = activity)': 'A1 October 2026',
'A2 Spring 2027', an event line without a code between them): each line opens with the code of
a measure of the plan and holds nothing but a date after it (:func:`join_keyed_lines`). Only
when such lines name at least ``min_matches`` measures, each code once.

The same join runs the other way round in a lookup table by owner (a reverse index, often the
last page: 'Service | Actions led', 'Ansvarlig | Indsatser'): each row names one unit and lists
the numbers of the measures it leads ('2.1, 2.4, 3.2', '3.1–3.3'). Every measure a row lists gets
that row's unit; a number listed under two units gets both, and a numbered measure no row lists
has no owner. Such a table has an owner column and a column whose cells are all measure numbers
(ranges or lists), and no column of measure text or deadlines (that is a measure table, read row
by row); the owner cells are no numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plancheck.models import Block, BlockKind, Document, Measure, Plan, Table

_CODE = r"\d{1,3}(?:\.\d{1,3}){0,3}"
_RANGE = re.compile(rf"^({_CODE})\s*[-–—]\s*({_CODE})$")
_LIST_SEP = re.compile(r"\s*[,;/]\s*|\s+")


@dataclass(frozen=True)
class KeyedSettings:
    min_matches: int = 2  # rows must name at least this many of the plan's measures ...
    min_share: float = 0.5  # ... and at least this share of its numbered rows name one
    max_range: int = 30  # a range naming more measures than this is no range of measures
    line_max_words: int = 5  # a keyed date line's date ('A3 1. marts 2026') has at most this many words


def _norm(code: str) -> str:
    return code.strip().rstrip(".)")


def row_codes(text: str, settings: KeyedSettings = KeyedSettings()) -> list[str] | None:
    """The measure numbers a number cell names ('4.2–4.4' → 4.2, 4.3, 4.4; '1.1, 1.2'), or
    None when the cell is not made of measure numbers."""
    text = text.strip()
    if not text:
        return None
    m = _RANGE.match(text)
    if m:
        a, b = m.group(1).split("."), m.group(2).split(".")
        if len(a) != len(b) or a[:-1] != b[:-1] or not int(a[-1]) <= int(b[-1]) <= int(a[-1]) + settings.max_range:
            return None
        return [".".join([*a[:-1], str(k)]) for k in range(int(a[-1]), int(b[-1]) + 1)]
    parts = [p for p in _LIST_SEP.split(text) if p]
    if not parts or not all(re.fullmatch(_CODE + r"[.)]?", p) for p in parts):
        return None
    return [_norm(p) for p in parts]


def _numbered_measures(plan: Plan) -> dict[str, Measure]:
    """The plan's numbered measures by their normalised number, the first of each number."""
    by_number: dict[str, Measure] = {}
    for m in plan.measures:
        if m.number:
            by_number.setdefault(_norm(m.number), m)
    return by_number


def _joins(row_lists: list[list[str]], by_number: dict[str, Measure], settings: KeyedSettings) -> bool:
    """Do the rows of a table keyed by measure numbers (``row_lists``: the numbers of each row)
    name the plan's measures: at least ``min_share`` of the rows name one, and the rows name
    ``min_matches`` in all? Why: a table of figures by number names few of them, or none."""
    named = [codes for codes in row_lists if any(c in by_number for c in codes)]
    return len(named) >= settings.min_share * len(row_lists) and sum(
        1 for codes in named for c in codes if c in by_number
    ) >= settings.min_matches


def _code_column(table: Table, roles: list[str | None], settings: KeyedSettings) -> tuple[int, list[list[str] | None]] | None:
    """The column of a lookup table by owner whose filled body cells all list measure numbers,
    and the numbers of each row (None for an empty cell); None when no column is so."""
    for col, role in enumerate(roles):
        if role == "owner":
            continue
        cells = [row[col].text.strip() if col < len(row) else "" for row in table.rows]
        if not any(cells):
            continue
        codes = [row_codes(c, settings) if c else None for c in cells]
        if all(k is not None for c, k in zip(cells, codes, strict=True) if c):
            return col, codes
    return None


def owner_index(table: Table, settings: KeyedSettings = KeyedSettings()) -> list[tuple[list[str], str]] | None:
    """The rows of a lookup table by owner (see the module's docstring) as (the numbers a row
    lists, its unit), by the table's form alone; None when ``table`` is no such table."""
    from plancheck.extract.tables import table_roles

    if not table.rows:
        return None
    roles = table_roles(table.header)
    if roles.count("owner") != 1 or "deadline" in roles:
        return None
    owner_col = roles.index("owner")
    found = _code_column(table, roles, settings)
    if found is None:
        return None
    code_col, row_lists = found
    if any(r == "measure" for i, r in enumerate(roles) if i not in (owner_col, code_col)):
        return None  # a measure table with its own number column
    units = [row[owner_col].text.strip() if owner_col < len(row) else "" for row in table.rows]
    if any(row_codes(u, settings) is not None for u in units if u):
        return None
    keyed = [(codes, unit) for codes, unit in zip(row_lists, units, strict=True) if codes and unit]
    return keyed or None


def indexed_codes(blocks: list[Block], settings: KeyedSettings = KeyedSettings()) -> set[str]:
    """Every measure number the document's lookup tables by owner list. Why: a measure table
    with no owner column ('Nr. | Indsats | Tidsfrist') whose numbers such a table lists is a
    table of measures whose owners stand elsewhere, however weak its measure header."""
    out: set[str] = set()
    for block in blocks:
        if block.kind == BlockKind.table and block.table is not None:
            for codes, _unit in owner_index(block.table, settings) or []:
                out.update(codes)
    return out


def join_owner_index(plan: Plan, doc: Document, lang: str, settings: KeyedSettings = KeyedSettings()) -> None:
    """Give the plan's numbered measures the owners of a lookup table by owner, whose rows list
    the numbers of the measures each unit leads (see the module's docstring)."""
    from plancheck.lang.owners import split_owners

    by_number = _numbered_measures(plan)
    if len(by_number) < settings.min_matches:
        return
    for block in doc.blocks:
        if block.kind != BlockKind.table or block.table is None:
            continue
        keyed = owner_index(block.table, settings)
        if keyed is None:
            continue
        if not _joins([codes for codes, _unit in keyed], by_number, settings):
            continue
        led: dict[str, list[str]] = {}
        for codes, unit in keyed:
            for code in codes:
                if code in by_number and unit not in led.setdefault(code, []):
                    led[code].append(unit)
        for code, m in by_number.items():  # the table is where each numbered measure's owner goes
            m.has_owner_column = True
            if m.owners or code not in led:
                continue
            m.owners = [o for unit in led[code] for o in split_owners(unit, lang=lang)]
            m.owner_text = ", ".join(led[code])


def join_keyed_rows(plan: Plan, doc: Document, lang: str, settings: KeyedSettings = KeyedSettings()) -> None:
    """Give the plan's numbered measures the owners and deadlines of the tables keyed by
    their numbers (see the module's docstring)."""
    from plancheck.extract.tables import has_column, owner_and_deadline, table_roles
    from plancheck.lang.deadlines import parse_deadline
    from plancheck.lang.owners import split_owners

    by_number = _numbered_measures(plan)
    if len(by_number) < settings.min_matches:
        return
    for block in doc.blocks:
        table = block.table
        if block.kind != BlockKind.table or table is None or not table.rows:
            continue
        roles = table_roles(table.header)
        if "measure" in roles or "number" not in roles or not {"owner", "deadline"} & set(roles):
            continue
        col = roles.index("number")
        keyed: list[tuple[list[str], list]] = []
        for row in table.rows:
            cell = row[col].text if col < len(row) else ""
            if not cell.strip():
                continue
            codes = row_codes(cell, settings)
            if codes is None:
                keyed = []
                break
            keyed.append((codes, row))
        if not _joins([codes for codes, _row in keyed], by_number, settings):
            continue
        owner_col, deadline_col = has_column(table.header, roles, "owner"), has_column(table.header, roles, "deadline")
        for m in by_number.values():  # the table is where each numbered measure's owner and date go
            m.has_owner_column = m.has_owner_column or owner_col
            m.has_deadline_column = m.has_deadline_column or deadline_col
        for codes, row in keyed:
            otext, dtext = owner_and_deadline(row, roles, table.header)
            for code in codes:
                m = by_number.get(code)
                if m is None or m.owners or m.deadline is not None:
                    continue
                m.owners = split_owners(otext, lang=lang) if otext else []
                m.owner_text = otext or None
                m.deadline = parse_deadline(dtext, lang=lang) if dtext else None


_LINE_CODE = re.compile(r"^(?P<code>[^\W\d_]{0,3}\d{1,3}(?:\.\d{1,3}){0,2})[.:)]?\s+(?P<rest>\S.*)$")


def keyed_date_lines(doc: Document, codes: set[str], lang: str, settings: KeyedSettings = KeyedSettings()) -> dict[str, tuple[str, Block]]:
    """The lines of ``doc`` that give a date to a measure by its code alone: a block opening with
    one of ``codes`` (its list number, or the first word of its text) whose rest is a date of at
    most ``line_max_words`` words and nothing else ('A1 Oktober 2026'); code → (date, block).
    A code given two dates gives none."""
    from plancheck.lang.deadlines import looks_like_deadline

    found: dict[str, tuple[str, Block]] = {}
    twice: set[str] = set()
    for block in doc.blocks:
        if block.kind == BlockKind.table or not block.text:
            continue
        number = _norm(getattr(block, "number", None) or "")
        text = " ".join(block.text.split())
        if number and number in codes:
            code, rest = number, text
        else:
            m = _LINE_CODE.match(text)
            if m is None or _norm(m.group("code")) not in codes:
                continue
            code, rest = _norm(m.group("code")), m.group("rest")
        if len(rest.split()) > settings.line_max_words or rest.endswith(".") or not looks_like_deadline(rest, lang=lang):
            continue
        if code in found:
            twice.add(code)
        found[code] = (rest, block)
    return {c: v for c, v in found.items() if c not in twice}


def join_keyed_lines(plan: Plan, doc: Document, lang: str, settings: KeyedSettings = KeyedSettings()) -> None:
    """Give the plan's coded measures with no time of their own the dates of the lines keyed by
    their codes (a milestone box: see the module's docstring)."""
    from plancheck.lang.deadlines import parse_deadline
    from plancheck.models import DeadlineKind

    by_number = _numbered_measures(plan)
    if len(by_number) < settings.min_matches:
        return
    lines = keyed_date_lines(doc, set(by_number), lang, settings)
    if len(lines) < settings.min_matches:
        return
    for m in by_number.values():  # the list is where each coded measure's date goes: one it omits has none
        m.has_deadline_column = True
    for code, (rest, _block) in lines.items():
        m = by_number[code]
        if m.deadline is not None and m.deadline.kind != DeadlineKind.none:
            continue
        m.deadline = parse_deadline(rest, lang=lang)
