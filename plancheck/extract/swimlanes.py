"""Swimlane matrices: a table whose rows are owners and whose columns are times.

A plan may print its measures not as rows of 'Tiltak | Ansvar | Frist' but in a grid: one row
per responsible unit (the row label), one column per year or period ('2026 | 2027 | Senere |
Løpende'), each measure a paragraph in the cell where its unit and its time meet. The row label
is then the owner of every item in the row and the column head the deadline of every item in
the column; the grid has no measure column, so the ordinary table reader sees only an owner
column and times. This module turns such a grid into the rows of an ordinary measure table
(owner, measure, deadline), which the table reader then reads as any other: goal-number tags
in the items ('(Mål 2)') are links like any closing goal bracket.

The same grid with an empty corner cell over row labels that read as units, or turned a quarter
(times down the first column, units across the header), is read the same way.

A grid whose lanes are the plan's GOALS ('Mål | 2026 | 2027 | … | Løpande', one row per goal) is
read the same way with the row label as the goal every item in the row serves instead of its
owner: who does the work is then written in the item itself ('… (Kulturkontoret)', read by
:mod:`plancheck.extract.bracketowners` as for any measure). A goal row's cell holding a share
('Minst 70 % av elevane') is the goal's target for that year, no work (a table of targets by year).

A box drawn over several time columns (a merged cell, a bar) is due by the end of the last: a PDF
says how far it reaches with its box, a word processor's table with the cells it covers (cells
that are not cells of their own, ``Cell.own``). A box over EVERY time column of the grid says
nothing about when: it is a note across the row ('Tiltak for dette målet blir vedtekne i 2027'),
no item of work.

Only geometry-free structure is used here: the header's roles and the cells' text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plancheck.extract.state import _clean
from plancheck.ingest.text import normalise
from plancheck.lang.vocab import alternation, evidence_words
from plancheck.models import Cell, Table


@dataclass(frozen=True)
class SwimlaneSettings:
    """How much text a grid's time cells must hold to be a swimlane plan, not a schedule of marks."""

    min_items: int = 2  # items with words in the time cells (one item is a note, not a plan)
    min_letters: int = 8  # letters an item needs to be an item of work, not a mark ('X', 'Ja', '50')
    # labels without an owner word over them (an empty corner, a transposed grid's header): at
    # least this share must read as units, roles or 'all' (split_owners), not as themes
    unit_share: float = 0.5
    # a box (a merged cell, a bar) covers the next time column when it reaches this far (pt) past
    # the column's left edge: it runs over both times and is due by the end of the last
    span_slack: float = 4.0
    # a box over every time column is a note across the row, no work, when the grid has at
    # least this many time columns (of two, a box over both may be work running over both,
    # due by the last)
    note_min_times: int = 3
    # the grid's convention of closing each item with the codes of the goals it serves, unbracketed
    # ('… flood hotspots O3', a tag chip or a line of codes under the item): at least this share of
    # the grid's items must end so for the codes to be its tags (closing_tags)
    tag_share: float = 0.5


#: a share or rate ('70 %', '5 ‰', '70 prosent': the lexicon's evidence.percent): a cell of a goal
#: row holding one states the goal's target
_SHARE = re.compile(rf"\d\s*(?:%|‰|(?:{alternation(evidence_words('percent'))})\b)", re.IGNORECASE)
#: the gap after an item's closing bracket when the next item's words begin (a capital after it)
_AFTER_BRACKET = re.compile(r"(?<=\))\s+(?=[A-ZÆØÅÄÖ][^\W\d_])")
_BRACKET_END = re.compile(r"\s*\([^()]{1,60}\)\s*$")  # a closing tag ('(Mål 2)'), not words of the item


def later_column_year(header: list[str], index: int) -> int | None:
    """The year a column headed by a 'later' word ('Senere', 'Senare', 'Later') stands for when it
    follows year columns: the year after the last of them ('2026 | 2027 | 2028 | Senere' → 2029,
    work due after the years the grid shows); None when the head is no such word or no year
    column stands before it."""
    from plancheck.extract.tables import year_columns
    from plancheck.lang.timewords import LATER

    if normalise(header[index] or "").strip(" .:") not in LATER:
        return None
    before = [y for i, y in year_columns(header).items() if i < index]
    return max(before) + 1 if before else None


def _time_column(header: list[str], index: int) -> bool:
    """Is column ``index`` headed by a time only ('2026', 'Høst 2026', 'Løpende') or a later word
    after year columns?"""
    from plancheck.lang.deadlines import parse_deadline, time_only

    head = " ".join((header[index] or "").split())
    if not head:
        return False
    if later_column_year(header, index) is not None:
        return True
    return time_only(head) and parse_deadline(head) is not None


def _unit_labels(labels: list[str], settings: SwimlaneSettings) -> bool:
    """Do enough of ``labels`` read as owners (a unit, a role, 'all units') for the grid's lanes
    to be owners when no header word says so? A grid of themes × years is no swimlane plan."""
    from plancheck.lang.owners import split_owners

    filled = [x for x in (" ".join((t or "").split()) for t in labels) if x]
    if len(filled) < 2:
        return False
    owners = sum(1 for x in filled if any(o.kind != "unknown" for o in split_owners(x)))
    return owners >= settings.unit_share * len(filled)


def _transposed(table: Table, roles: list[str | None], settings: SwimlaneSettings) -> Table | None:
    """The grid turned a quarter when its rows are the times and its columns the units
    ('År | Kulturkontoret | Eiendom', rows '2026', '2027'): every row label a time, two or more,
    the other header cells units (:func:`_unit_labels`); None otherwise."""
    if "owner" in roles or len(table.header) < 2 or len(table.rows) < 2:
        return None
    labels = [" ".join(row[0].text.split()) if row else "" for row in table.rows]
    if not all(labels) or not all(_time_column(labels, i) for i in range(len(labels))):
        return None
    if not _unit_labels(list(table.header[1:]), settings):
        return None
    rows = []
    for r, j in enumerate(range(1, len(table.header))):
        cells = [Cell(row=r, col=0, text=table.header[j] or "")]
        for c, row in enumerate(table.rows, start=1):
            src = row[j] if j < len(row) else None
            cells.append(Cell(row=r, col=c, text=src.text if src else "", page=src.page if src else None,
                              bbox=src.bbox if src else None))
        rows.append(cells)
    return table.model_copy(update={"header": ["", *labels], "rows": rows})


def grid_items(text: str) -> list[str]:
    """The items of one grid cell: its bulleted paragraphs, else its lines, else the cell; an
    item closed by a bracket and followed by words opening with a capital is two ('Tilby kurs
    (Vaksenopplæringa) Lage ein brosjyre (Servicetorget)': a PDF's cell joins its paragraphs)."""
    from plancheck.extract.tables import _CELL_BULLET

    text = (text or "").strip()
    if not text:
        return []
    if _CELL_BULLET.search(text):
        parts = _CELL_BULLET.split(text)
    elif "\n" in text:
        parts = _with_code_lines(text.split("\n"))
    else:
        parts = [text]
    parts = [q for p in parts for q in _AFTER_BRACKET.split(p)]
    return [c for c in (_clean(" ".join(p.split())) for p in parts) if c]


def _with_code_lines(lines: list[str]) -> list[str]:
    """The lines of a cell, a line of codes only ('O1 O3': the tags set under an item) joined to
    the line before it: the item's closing codes (:func:`closing_tags`), no item of its own."""
    from plancheck.extract.tables import _only_codes

    out: list[str] = []
    for line in lines:
        if out and out[-1].strip() and line.strip() and _only_codes(line.strip()):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


def _tail_codes(item: str, settings: SwimlaneSettings) -> int:
    """How many words at the end of ``item`` are letter-led codes and their separators only ('K1 K3',
    'O1, O3': the goals it serves, set as chips or a line of their own), the words before still an
    item of work (``min_letters``); 0 when none."""
    from plancheck.extract.tables import _only_codes

    words = item.split()
    n = 0
    while n < len(words) - 1 and _only_codes(" ".join(words[len(words) - n - 1:])):
        n += 1
    if n and letters(" ".join(words[: len(words) - n])) < settings.min_letters:
        return 0
    return n


def closing_tags(items: list[str], settings: SwimlaneSettings = SwimlaneSettings()) -> list[str]:
    """The items of a grid with their unbracketed closing codes bracketed ('… hotspots O1 O3' →
    '… hotspots (O1, O3)'), so that they are read as any closing bracket of goal codes, when the
    grid closes at least ``tag_share`` of its items so; the items unchanged otherwise.

    Why: a roadmap or calendar sets the goals an item serves as small tags under it or beside
    it, which the text layer gives as the item's last words; one item ending in a code ('… i sone
    B2') is no convention, most items of the grid ending so are."""
    counts = [_tail_codes(item, settings) for item in items]
    if not items or sum(1 for n in counts if n) < settings.tag_share * len(items):
        return items
    out = []
    for item, n in zip(items, counts, strict=True):
        if not n:
            out.append(item)
            continue
        words = item.split()
        codes = re.sub(r"\s*[,;]\s*", " ", " ".join(words[-n:])).split()
        out.append(f"{' '.join(words[:-n])} ({', '.join(codes)})")
    return out


def letters(text: str) -> int:
    """How many letters ``text`` holds: an item of fewer than ``min_letters`` is a mark or a
    figure, no activity (also read by :mod:`plancheck.extract.calendargrid`)."""
    return sum(ch.isalpha() for ch in text)


def _core(text: str) -> str:
    """The item's words without a closing tag, for telling a repeated item ('A (Mål 3)' and
    'A – sammen med B (Mål 3)' are one item printed in two rows)."""
    return normalise(_BRACKET_END.sub("", text))


def _column_lefts(table: Table) -> dict[int, float]:
    """The left edge of each column: the leftmost start of its cells that have a box."""
    lefts: dict[int, float] = {}
    for row in table.rows:
        for c in row:
            if c.bbox is not None:
                lefts[c.col] = min(lefts.get(c.col, c.bbox.x0), c.bbox.x0)
    return lefts


def _last_column(row: list[Cell], i: int, times: list[int], lefts: dict[int, float],
                 settings: SwimlaneSettings) -> int:
    """The last time column the box in ``row[i]`` covers: a box drawn over two or three years
    (a merged cell, a bar) is due when the last of them ends. The columns after ``i`` whose
    cells are empty and start before the box's right edge (by more than ``span_slack``)."""
    cell = row[i]
    if cell.bbox is None:
        return _covered_to(row, i, times)
    last = i
    for j in times:
        if j <= i:
            continue
        if j >= len(row) or row[j].text.strip() or j not in lefts:
            break
        if lefts[j] < cell.bbox.x1 - settings.span_slack:
            last = j
        else:
            break
    return last


def _covered_to(row: list[Cell], i: int, times: list[int]) -> int:
    """The last time column a word processor's merged cell in ``row[i]`` covers: the empty
    cells after it that are no cells of their own (``Cell.own`` False), when the reader says
    which cells are (a cell of its own in the row; a PDF's cells say nothing so)."""
    if not row[i].own:
        return i
    last = i
    for j in times:
        if j <= i:
            continue
        if j >= len(row) or row[j].own or row[j].text.strip():
            break
        last = j
    return last


def _grid_tags(table: Table, ocol: int, times: list[int], settings: SwimlaneSettings) -> dict[str, str]:
    """Each item of the grid's time cells → the item with its closing codes bracketed, when the grid
    closes its items so (:func:`closing_tags`); empty otherwise."""
    items = [item for row in table.rows for i in times if i < len(row) and i != ocol
             for item in grid_items(row[i].text) if letters(item) >= settings.min_letters]
    return {a: b for a, b in zip(items, closing_tags(items, settings), strict=True) if a != b}


def swimlane_table(table: Table, roles: list[str | None],
                   settings: SwimlaneSettings = SwimlaneSettings()) -> Table | None:
    """The grid as an ordinary measure table (:func:`swimlane_grid`) without its roles."""
    grid = swimlane_grid(table, roles, settings)
    return grid[0] if grid is not None else None


def swimlane_grid(table: Table, roles: list[str | None], settings: SwimlaneSettings = SwimlaneSettings(),
                  ) -> tuple[Table, list[str | None]] | None:
    """The grid as an ordinary measure table (columns: owner or goal, measure, deadline; one row
    per item) and its roles, or None when ``table`` is no swimlane grid: its header must have
    exactly one owner column (or, with none, exactly one goal column: lanes of goals), no measure
    column, and two or more other columns, every one headed by a time; the time cells must hold
    at least ``settings.min_items`` items of words.

    An item printed in the same column of two rows (the second copy lengthened by a note such as
    '– together with <the other unit>') is one measure that both rows own: the shortest copy is
    kept and each row's label becomes one of its owners. A 'later' column after the years
    ('Senere') gives the year after the last year column as the deadline. A lane labelled as
    dates ('Milestones', 'Key dates', a deadline column word) holds the plan's milestones, no
    measures."""
    from plancheck.lang.owners import split_owners
    from plancheck.lang.vocab import column_role

    if "measure" in roles:
        return None
    if (turned := _transposed(table, roles, settings)) is not None:
        table, roles = turned, ["owner", *([None] * (len(turned.header) - 1))]
    lane = "owner"
    if roles.count("owner") == 1:
        ocol = roles.index("owner")
    elif "owner" not in roles and roles.count("goal") == 1:
        ocol, lane = roles.index("goal"), "goal"  # lanes of goals: the owner is in each item
    elif "owner" not in roles and table.header and not (table.header[0] or "").strip() and _unit_labels(
            [row[0].text for row in table.rows if row], settings):
        ocol = 0  # an empty corner over labels that read as units
    else:
        return None
    times = [i for i in range(len(table.header)) if i != ocol]
    if len(times) < 2 or not all(_time_column(table.header, i) for i in times):
        return None
    # per column, items in row order: (core words, text, owners, cell, first row)
    found: dict[int, list[tuple[str, str, list[str], Cell, int]]] = {i: [] for i in times}
    # (a grid turned a quarter has its times down the rows: its boxes span no columns)
    lefts = _column_lefts(table) if turned is None else {}
    due: dict[int, int] = {}  # id of a cell → the last time column its box covers
    count = 0
    tagged = _grid_tags(table, ocol, times, settings)
    for n, row in enumerate(table.rows):
        if ocol >= len(row):
            continue
        owner = " ".join(row[ocol].text.split())
        if lane == "owner" and column_role(owner) == "deadline" and split_owners(owner):
            # a lane of the plan's own dates ('Milestones', 'Key dates'): no work of a unit (a
            # label saying no unit is decided yet, 'Uavklart', names no owner and is a lane)
            continue
        for i in times:
            if i >= len(row):
                continue
            due[id(row[i])] = last = _last_column(row, i, times, lefts, settings)
            if i == times[0] and last == times[-1] and len(times) >= settings.note_min_times:
                continue  # a box over every time: a note across the row, no work done at a time
            for item in grid_items(row[i].text):
                item = tagged.get(item, item)
                if letters(item) < settings.min_letters:
                    continue
                if lane == "goal" and _SHARE.search(item):
                    continue  # a goal's target for the year ('Minst 70 % av elevane'), no work
                count += 1
                core = _core(item)
                same = next((e for e in found[i] if core.startswith(e[0]) or e[0].startswith(core)), None)
                if same is None or not core:
                    found[i].append((core, item, [owner], row[i], n))
                    continue
                if owner not in same[2]:
                    same[2].append(owner)
                if len(core) < len(same[0]):  # the plain copy, not the one with the note
                    found[i][found[i].index(same)] = (core, item, same[2], row[i], same[4])
    if count < settings.min_items:
        return None
    # in reading order: by the row an item first stands in, then by time
    ordered = sorted(((e[4], i, e) for i in times for e in found[i]), key=lambda t: (t[0], t[1]))
    from plancheck.extract.calendargrid import _code_bracket

    # a bracket of codes alone closing an item ('… (O1, O3)') names the goals it serves: a
    # cross-reference column, as a calendar's ('(Mål 2)' is no code and stays the item's goal tag)
    coded = {k: _code_bracket(e[2][1]) for k, e in enumerate(ordered)}
    refs = any(codes for _text, codes in coded.values())
    rows: list[list[Cell]] = []
    for r, (_n, i, (_core_words, text, owners, cell, _first)) in enumerate(ordered):
        if refs:
            text, codes = coded[r]
        i = due.get(id(cell), i)  # (a box over two or three times: due when the last ends)
        later = later_column_year(table.header, i)
        deadline = str(later) if later is not None else " ".join(table.header[i].split())
        # a label saying no unit is decided yet ('TBD', 'uavklart') reads as no owner (split_owners)
        rows.append([
            Cell(row=r, col=0, text="; ".join(o for o in owners if o), page=cell.page, bbox=cell.bbox),
            Cell(row=r, col=1, text=text, page=cell.page, bbox=cell.bbox),
            Cell(row=r, col=2, text=deadline, page=cell.page, bbox=cell.bbox),
        ])
        if refs:
            rows[-1].append(Cell(row=r, col=3, text=codes, page=cell.page, bbox=cell.bbox))
    header = [table.header[ocol], "", "", *([""] if refs else [])]
    roles: list[str | None] = [lane, "measure", "deadline", *(["references"] if refs else [])]
    return table.model_copy(update={"header": header, "rows": rows}), roles

