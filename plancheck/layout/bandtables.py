"""Tables ruled between their rows only, with no header row: found by their row rules and the
column alignment of their words, not by vertical lines.

A web page's table with a border under (or above and under) each row and no column rule, a
LibreOffice table whose cells have only a bottom border, a reportlab table with LINEBELOW on
every row: there is no grid for pdfplumber to find (no vertical line), and with no header row
there is no line of column words for the aligned-text reader
(:func:`plancheck.layout.tables.find_unruled_tables`) to start from. Read as text, each row
becomes a line of its own, often a list item (a bold code 'A1' reads as its marker), and the
plan seems to have no measures at all.

Such a table is read when all of these hold:

- horizontal rules of one extent (same left and right ends within ``band_rule_tolerance``, at
  least ``band_rule_min_width`` wide) stand one under the other, each under a row of text
  (collinear pieces, a border drawn cell by cell, are joined first);
- the lines of each row follow each other at line spacing up from the rule under the row (a
  heading above the table, set apart by its spacing, is no row; a rule above the first row is
  not needed);
- the word runs of the rows (cells parted by a wide gap) start at the same x positions, in at
  least ``band_column_share`` of the rows: at least two columns, and no line of a row runs
  across a column edge (running text);
- at least ``band_min_rows`` rows under rules of that extent on the page.

A line that runs across the columns (a goal heading between two tables of the same width) ends
one table; the rows under the next rule begin the next. Layer: layout (geometry only)."""

from __future__ import annotations

from plancheck.ingest.text import join_lines
from plancheck.layout.lines import BULLETS, Line, line_text
from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.tables import TablePiece, _crosses_columns, _piece, words_by_column

#: a horizontal rule: (left, y, right) in top-down page coordinates
Rule = tuple[float, float, float]
Box = tuple[float, float, float, float]


def horizontal_rules(shapes: list[Box], settings: LayoutSettings = DEFAULT) -> list[Rule]:
    """The page's horizontal rules from its drawn paths' boxes: thin and wide enough, pieces
    at one height that meet (a border drawn cell by cell) joined into one rule."""
    thin = settings.rule_max_thickness
    pieces = sorted(((b[1] + b[3]) / 2, b[0], b[2]) for b in shapes if b[3] - b[1] <= thin and b[2] - b[0] > thin)
    out: list[list[float]] = []
    for y, x0, x1 in pieces:
        for r in out:
            if abs(r[1] - y) <= thin / 2 and x0 <= r[2] + settings.band_rule_join_gap and x1 >= r[0] - settings.band_rule_join_gap:
                r[0], r[2] = min(r[0], x0), max(r[2], x1)
                break
        else:
            out.append([x0, y, x1])
    return sorted((r[0], r[1], r[2]) for r in out if r[2] - r[0] >= settings.band_rule_min_width)


def _stacks(rules: list[Rule], settings: LayoutSettings) -> list[list[Rule]]:
    """Rules of one extent, top down (a rule once, where two lie within a rule's thickness)."""
    tol = settings.band_rule_tolerance
    groups: list[list[Rule]] = []
    for r in sorted(rules, key=lambda r: r[1]):
        g = next((g for g in groups if abs(g[0][0] - r[0]) <= tol and abs(g[0][2] - r[2]) <= tol), None)
        if g is None:
            groups.append([r])
        elif r[1] - g[-1][1] > settings.rule_max_thickness:
            g.append(r)
    return [g for g in groups if len(g) >= settings.band_min_rows]


def _row_above(lines: list[Line], y: float, settings: LayoutSettings) -> list[Line]:
    """The lines of the row over the rule at ``y``: from the one right above it up, each
    following the next at line spacing (top down)."""
    above = sorted((ln for ln in lines if (ln.top + ln.bottom) / 2 < y), key=lambda ln: ln.bottom, reverse=True)
    if not above:
        return []
    row = [above[0]]
    if y - above[0].bottom > settings.band_row_padding_ratio * above[0].size:
        return []
    top = above[0].top
    for ln in above[1:]:
        if ln.bottom < top - settings.band_line_gap_ratio * ln.size:
            break
        row.append(ln)
        top = min(top, ln.top)
    return sorted(row, key=lambda ln: (ln.top, ln.x0))


def _starts(row: list[Line], settings: LayoutSettings) -> list[float]:
    """Where the row's cells start: its lines' left ends and each word after a gap wider than
    a word space (``band_cell_gap_ratio`` type sizes)."""
    out: list[float] = []
    for ln in row:
        prev = None
        for w in ln.words:
            if prev is None or w.x0 - prev.x1 >= settings.band_cell_gap_ratio * w.size:
                out.append(w.x0)
            prev = w
    return out


def _columns(rows: list[list[Line]], settings: LayoutSettings) -> list[float]:
    """The x positions where the rows' cells start (:func:`_starts`) in enough of the rows and
    where no word of any row runs across; the rows' left edge is the first."""
    slack = settings.table_col_slack
    words = [w for row in rows for ln in row for w in ln.words]
    starts = sorted((x, k) for k, row in enumerate(rows) for x in _starts(row, settings))
    clusters: list[list[tuple[float, int]]] = []
    for x, k in starts:
        if clusters and x - clusters[-1][-1][0] <= slack:
            clusters[-1].append((x, k))
        else:
            clusters.append([(x, k)])
    need = max(2, settings.band_column_share * len(rows))
    left = min(ln.x0 for row in rows for ln in row)
    out: list[float] = []
    for c in clusters:
        x = min(x for x, _ in c)
        if x <= left + slack:
            if not out:
                out.append(x)
        elif len({k for _, k in c}) >= need and not any(w.x0 < x - slack and w.x1 > x + 1 for w in words):
            out.append(x)
    return out


def find_banded_tables(
    lines: list[Line], rules: list[Rule], page_no: int, settings: LayoutSettings = DEFAULT
) -> list[tuple[TablePiece, list[Line]]]:
    """Headerless tables ruled between their rows only, among the page's lines not yet taken
    (``kind`` empty); the lines used are marked ``kind = "table"``."""
    free = [ln for ln in lines if not ln.kind]
    found: list[tuple[TablePiece, list[Line]]] = []
    slack = settings.table_col_slack
    for stack in _stacks(rules, settings):
        left, right = min(r[0] for r in stack), max(r[2] for r in stack)
        inside = [ln for ln in free if not ln.kind and ln.x0 >= left - slack and ln.x1 <= right + slack]
        # runs of rows of two cells or more; a row with lines above it in its band that are not
        # its own (a heading over the next table) starts a new run
        runs: list[list[list[Line]]] = [[]]
        for k, rule in enumerate(stack):
            upper = stack[k - 1][1] if k else rule[1] - settings.band_row_max_height
            band = [ln for ln in inside if upper < (ln.top + ln.bottom) / 2 < rule[1]]
            row = _row_above(band, rule[1], settings)
            if k and len(band) > len(row):
                runs.append([])
            if len(_starts(row, settings)) - len(row) >= 1:
                runs[-1].append(row)
            elif row:
                runs[-1].append(row)  # one cell: kept only if it stays inside the run's columns
            else:
                runs.append([])
        _last_row_under_rule(runs, stack, inside, settings)
        for run in runs:
            _table(run, page_no, settings, found)
    return found


def _row_below(lines: list[Line], y: float, settings: LayoutSettings) -> list[Line]:
    """The lines of a row under the rule at ``y``: from the one right below it down, each
    following the one before at line spacing (:func:`_row_above` turned over)."""
    below = sorted((ln for ln in lines if (ln.top + ln.bottom) / 2 > y), key=lambda ln: ln.top)
    if not below or below[0].top - y > settings.band_row_padding_ratio * below[0].size:
        return []
    row = [below[0]]
    bottom = below[0].bottom
    for ln in below[1:]:
        if ln.top > bottom + settings.band_line_gap_ratio * ln.size:
            break
        row.append(ln)
        bottom = max(bottom, ln.bottom)
    return sorted(row, key=lambda ln: (ln.top, ln.x0))


def _last_row_under_rule(runs: list[list[list[Line]]], stack: list[Rule], inside: list[Line],
                         settings: LayoutSettings) -> None:
    """A table ruled ABOVE each row (a web page's rows with a top border only): its last row hangs
    under the last rule with no rule under it, and what stands over the first rule is the heading
    over the table, not a row. Read so when the lines right under the last rule are a row of
    cells starting where the last run's rows of cells start, and the first row read is one cell
    (the heading): that row is added. The heading stays the table's first line, which the table
    reader takes as its head row, as it did (a headerless table's first row is its head)."""
    run = runs[-1] if runs else []
    if len(run) < settings.band_min_rows:
        return
    y = stack[-1][1]
    band = [ln for ln in inside if y < (ln.top + ln.bottom) / 2 < y + settings.band_row_max_height]
    tail = _row_below(band, y, settings)
    first = run[0]
    if not tail or len(_starts(tail, settings)) <= len(tail) or len(_starts(first, settings)) > len(first):
        return
    slack = settings.table_col_slack
    known = [x for row in run[1:] for x in _starts(row, settings)]
    if not all(any(abs(x - k) <= slack for k in known) for x in _starts(tail, settings)):
        return
    run.append(tail)


def _table(run: list[list[Line]], page_no: int, settings: LayoutSettings,
           found: list[tuple[TablePiece, list[Line]]], split: bool = True) -> None:
    """A table of the rows of ``run``, in the columns its rows of several cells give. A row
    that runs across those columns (a heading between two tables of one width, each with
    columns of its own) parts the run, and each part is read for columns of its own."""
    multi = [r for r in run if len(_starts(r, settings)) > len(r)]
    if len(multi) < settings.band_min_rows:
        return
    col_x = _columns(multi, settings)
    slack = settings.table_col_slack

    def foreign(row: list[Line]) -> bool:
        if len(col_x) < 2:
            return len(_starts(row, settings)) <= len(row)
        return any(_crosses_columns(ln, col_x, settings) for ln in row) or row[0].x0 < col_x[0] - slack

    parts: list[list[list[Line]]] = [[]]
    for row in run:
        if foreign(row):
            parts.append([])
        else:
            parts[-1].append(row)
    parts = [p for p in parts if p]
    if split and (len(parts) > 1 or len(col_x) < 2):
        for p in parts:
            _table(p, page_no, settings, found, split=len(p) < len(run))
        return
    if not 2 <= len(col_x) <= settings.table_max_cols:
        return
    rows = parts[0] if parts else []
    cells = [_cells(r, col_x, settings) for r in rows]
    if len(rows) < settings.band_min_rows or sum(1 for c in cells if sum(1 for t in c if t) >= 2) * 2 < len(cells):
        return
    if all(c[0].strip() in BULLETS for c in cells if c[0].strip()) and any(c[0].strip() for c in cells):
        return  # a first "column" of dashes and bullets: list items, one to a band, not cells
    used = [ln for r in rows for ln in r]
    piece = _piece(page_no, col_x, None, cells, rows, used)
    for ln in used:
        ln.kind = "table"
    found.append((piece, used))


def _cells(row: list[Line], col_x: list[float], settings: LayoutSettings) -> list[str]:
    per: list[list[str]] = [[] for _ in col_x]
    for ln in row:
        for k, ws in words_by_column(ln.words, col_x, settings).items():
            per[k].append(line_text(ws, settings))
    return [join_lines(parts) if parts else "" for parts in per]
