"""Fixed-width text tables: columns given by a line of dashes under the column heads.

A report printed from a financial, case-handling or ERP system (a mainframe's or a report
writer's print) sets every line as one string padded with spaces, in a monospace font: the
column heads on one line, and under them a line of dash groups, one group per column, as wide
as the column ('Tiltak Ansv Beskrivelse …' over '------ ----- ------------ …'). One space parts
two columns, no wider than a word space, so nothing in the gaps tells a column from the next
word; the dash groups do. Read as text, each row is a line of its own (a list item when it opens
with a number) and its owner and date run into its description.

:func:`find_dash_tables` reads such a table when a line made of at least ``dash_min_columns``
dash groups stands right under a line whose words each stand over one of them. The columns are
the groups' x-extents. The lines under it are its rows while each of their words stands inside
one column (``dash_fit_slack``); a line with a word across the gap between two columns is running
text — a group heading over the rows, a note — and ends the rows above it, as does a line typed
as a rule ('=====', '-----') or a labelled line ('Note: …') with nothing in the first column.
A line with nothing in the first column right under a row goes on with that row (a cell wrapped
over two lines); under a rule it is a total, not a row. Each run of rows between such lines is
a table piece of its own under the same heads, so the text between them stays where it stands.

Geometry only: the heads are read as they are printed, no word is looked up. Layer: layout.
"""

from __future__ import annotations

from plancheck.ingest.text import join_lines
from plancheck.layout.lines import Line, line_text
from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.tables import TablePiece, _piece

#: a column's extent: its dash group's left and right edges
Extent = tuple[float, float]

#: characters a line typed as a rule is made of
RULE_CHARS = frozenset("-=_")


def _typed_rule(text: str, min_run: int) -> bool:
    """Is ``text`` (one word) a run of one rule character at least ``min_run`` long?"""
    return len(text) >= min_run and len(set(text)) == 1 and text[0] in RULE_CHARS


def dash_groups(ln: Line, settings: LayoutSettings = DEFAULT) -> list[Extent] | None:
    """The column extents of a dash line: a line whose words are all runs of '-' at least
    ``dash_min_run`` long, ``dash_min_columns`` of them or more. None for any other line (one
    long rule across the page is a rule, not columns)."""
    words = ln.words
    if len(words) < settings.dash_min_columns:
        return None
    if not all(len(w.text) >= settings.dash_min_run and set(w.text) == {"-"} for w in words):
        return None
    return [(w.x0, w.x1) for w in sorted(words, key=lambda w: w.x0)]


def is_rule_line(ln: Line, settings: LayoutSettings = DEFAULT) -> bool:
    """Is ``ln`` a rule typed with characters ('=====', '-----', or groups of them)?"""
    return bool(ln.words) and all(_typed_rule(w.text, settings.dash_min_run) for w in ln.words)


def _group_of(x0: float, x1: float, groups: list[Extent], slack: float) -> int | None:
    """The column a word from ``x0`` to ``x1`` stands inside, None when it stands in none."""
    return next((k for k, (g0, g1) in enumerate(groups) if g0 - slack <= x0 and x1 <= g1 + slack), None)


def fits_columns(ln: Line, groups: list[Extent], settings: LayoutSettings = DEFAULT) -> bool:
    """Does every word of ``ln`` stand inside one column? A word across a gap is running text."""
    return all(_group_of(w.x0, w.x1, groups, settings.dash_fit_slack) is not None for w in ln.words)


def head_over(dash: Line, lines: list[Line], groups: list[Extent], settings: LayoutSettings = DEFAULT) -> Line | None:
    """The head line of a dash line: the nearest line above it, within ``dash_head_gap_ratio``
    line heights, each of whose words stands over a group, in ``dash_min_columns`` groups or
    more. None when there is none."""
    above = [ln for ln in lines if ln.bottom <= dash.top + settings.dash_fit_slack and ln is not dash]
    if not above:
        return None
    head = max(above, key=lambda ln: ln.bottom)
    if dash.top - head.bottom > settings.dash_head_gap_ratio * max(head.height, dash.height):
        return None
    cols = [_group_of(w.x0, w.x1, groups, settings.dash_fit_slack) for w in head.words]
    if any(c is None for c in cols) or len(set(cols)) < settings.dash_min_columns:
        return None
    return head


def row_cells(rows: list[Line], groups: list[Extent], settings: LayoutSettings = DEFAULT) -> list[str]:
    """The cells of a row (its lines, top down): each column's words joined over the lines."""
    per: list[list[str]] = [[] for _ in groups]
    for ln in rows:
        by: dict[int, list] = {}
        for w in ln.words:
            k = _group_of(w.x0, w.x1, groups, settings.dash_fit_slack)
            if k is not None:
                by.setdefault(k, []).append(w)
        for k, ws in by.items():
            per[k].append(line_text(ws, settings))
    return [join_lines(parts) if parts else "" for parts in per]


def _labelled(ln: Line) -> bool:
    """Does ``ln`` open with a label ('Note:', 'Merk:'): a first word closing with a colon?"""
    return bool(ln.words) and ln.words[0].text.endswith(":") and len(ln.words[0].text) > 1


def runs_under(
    body: list[Line], groups: list[Extent], settings: LayoutSettings = DEFAULT
) -> list[list[list[Line]]]:
    """The runs of rows among ``body`` (the lines under a dash line, top down): see the module's
    docstring. Each run is a list of rows, each row its lines."""
    runs: list[list[list[Line]]] = [[]]
    open_row = False  # the last line read was a row's, so a line with an empty first column goes on with it
    for ln in body:
        if not fits_columns(ln, groups, settings) or is_rule_line(ln, settings):
            runs.append([])
            open_row = False
            continue
        first = _group_of(ln.words[0].x0, ln.words[0].x1, groups, settings.dash_fit_slack)
        if first == 0:
            runs[-1].append([ln])
            open_row = True
        elif open_row and runs[-1] and not _labelled(ln):
            runs[-1][-1].append(ln)  # a cell wrapped onto the next line
        else:
            runs.append([])  # a total under a rule, a labelled note: text between the rows
            open_row = False
    return [r for r in runs if r]


def find_dash_tables(
    lines: list[Line], page_no: int, settings: LayoutSettings = DEFAULT
) -> list[tuple[TablePiece, list[Line]]]:
    """The fixed-width tables of a page among its lines not yet taken (``kind`` empty): one
    piece per run of rows, each under the heads of the dash line above it. The lines used (the
    head and dash lines with the first piece) are marked ``kind = "table"``."""
    if not settings.dash_tables:
        return []
    free = sorted((ln for ln in lines if not ln.kind), key=lambda ln: (ln.top, ln.x0))
    dashes = [(ln, g) for ln in free if (g := dash_groups(ln, settings)) is not None]
    found: list[tuple[TablePiece, list[Line]]] = []
    for k, (dash, groups) in enumerate(dashes):
        head = head_over(dash, free, groups, settings)
        if head is None or head.kind:
            continue
        header = row_cells([head], groups, settings)
        stop = dashes[k + 1][0].top if k + 1 < len(dashes) else float("inf")
        left, right = groups[0][0], groups[-1][1]
        # every line across the table's width: one reaching past its columns is no row, and parts them
        body = [ln for ln in free if dash.bottom <= ln.top < stop and not ln.kind and ln.x1 >= left and ln.x0 <= right]
        if k + 1 < len(dashes):
            nhead = head_over(dashes[k + 1][0], free, dashes[k + 1][1], settings)
            body = [ln for ln in body if ln is not nhead]
        runs = runs_under(body, groups, settings)
        if not runs:
            continue
        col_x = [g[0] for g in groups]
        for j, run in enumerate(runs):
            used = [ln for row in run for ln in row]
            if j == 0 and run[0][0] is body[0]:
                used = [head, dash, *used]  # the heads stand right over the first piece
            cells = [row_cells(row, groups, settings) for row in run]
            piece = _piece(page_no, col_x, (None, header), cells, run, used)
            for ln in used:
                ln.kind = "table"
            found.append((piece, used))
        head.kind = "table"  # the heads of pieces further down: read with each of them
        dash.kind = "table"
    return found
